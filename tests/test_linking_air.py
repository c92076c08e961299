"""Air indicators: good days and their share, day grades, pollutant concentrations and their changes, and
air tables.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import (
    day_category_links,
    good_day_links,
    pollutant_change_links,
    pollutant_list_links,
    pollutant_sequence,
)
from pipeline.linking.pollutant_items import pollutant_item_links

from .page_helpers import quantity_links, quantity_links_directed
from .text_spans import spans_in_order as _spans


DAY_TABLE = """表3 某县2025年4月环境空气质量天数统计
单位:天
月份 | 优 | 良 | 轻度 污染 | 中度 污染 | 重度 污染 | 达标天数
2025年4月 | 9 | 17 | 3 | 1 | 0 | 26 |
2024年4月 | 6 | 18 | 4 | 2 | 0 | 24 |
"""


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # the baseline is a named year, not 同比/较上年
    ("细颗粒物（PM2.5）平均浓度为31微克/立方米，较2020年同期下降8.8%；可吸入颗粒物（PM10）平均浓度为50微克/立方米，较2020年同期下降6.1%。",
     ["31微克/立方米", "8.8%", "50微克/立方米", "6.1%"], ["air.pm25", "air.pm10", "air.pm10", "air.pm25"],
     {1: ("air.pm25", None), 3: ("air.pm10", None)}),
    ("PM10年均浓度58微克/立方米，比2016年下降12.3%，优良天数增加。", ["58微克/立方米", "12.3%"], ["air.pm10", "air.pm25"],
     {1: ("air.pm10", None)}),
    # a traditional page, and 反弹 (a rise back)
    ("二氧化氮濃度為21μg/m3，同比反彈4.9%；臭氧濃度為150μg/m3，同比持平。", ["21μg/m3", "4.9%", "150μg/m3"],
     ["air.no2", "air.o3", "air.o3"], {1: ("air.no2", None)}),
])
def test_a_change_after_a_concentration_against_a_named_year(text, surfaces, current, expected):
    assert pollutant_change_links(text, _spans(text, surfaces), current) == expected


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # a run of items, each led by its pollutant: the neighbour's name does not win
    ("六项指标中，二氧化硫下降20.5%、二氧化氮下降3.1%、PM10下降12.4%、一氧化碳下降6.0%，臭氧持平。",
     ["20.5%", "3.1%", "12.4%", "6.0%"], ["air.so2", "air.so2", "air.no2", "air.pm25"],
     {1: ("air.no2", None), 2: ("air.pm10", None), 3: ("air.co", None)}),
    ("可吸入颗粒物（PM10）平均浓度同比改善9.7%。", ["9.7%"], ["air.aqi_composite"], {0: ("air.pm10", None)}),
    # a ranking in the pollutant's own clause
    ("全年优良天数280天，PM2.5浓度削减率全省排名第二，未出现重污染天气。", ["280天", "第二"], ["air.good_days", "air.aqi_composite"],
     {1: ("air.pm25", None)}),
])
def test_an_item_led_by_one_pollutant_measures_it(text, surfaces, current, expected):
    assert pollutant_item_links(text, _spans(text, surfaces), current) == expected


@pytest.mark.parametrize("text, surfaces", [
    ("综合指数、PM2.5浓度均列全市第一。", ["第一"]),                      # two measures share the rank
    ("PM10、PM2.5浓度分别下降6.2%、4.4%。", ["6.2%", "4.4%"]),            # a list after 分别
    ("PM2.5浓度达标的城市有5个，占38%。", ["5个", "38%"]),                 # not a change of the pollutant
])
def test_items_that_name_more_than_one_pollutant_are_left_alone(text, surfaces):
    assert pollutant_item_links(text, _spans(text, surfaces), ["other"] * len(surfaces)) == {}


def test_a_table_of_bracketed_concentrations_one_row_per_pollutant(extractor):
    """A table laid out one cell per line: each row head names the pollutant of the bracketed list below it."""
    from pipeline.io.readers import Document

    text = ("各区县4月份污染物浓度前3位\n项目 |\n前3位区县 |\n综合指数 |\n东城区(4.51)、南山区(4.32)、北湖区(4.20) |\n"
            "NO2 |\n东城区(38µg/m3)、西河县(35µg/m3)、南山区(33µg/m3) |\n"
            "PM10 |\n北湖区(81µg/m3)、东城区(77µg/m3)、西河县(70µg/m3) |\n")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    by_text = {}
    for q in record["quantities"]:
        by_text.setdefault(q["text"], set()).add(q["indicator"])
    assert by_text["38µg/m3"] == by_text["35µg/m3"] == by_text["33µg/m3"] == {"air.no2"}
    assert by_text["81µg/m3"] == by_text["77µg/m3"] == by_text["70µg/m3"] == {"air.pm10"}
    assert by_text["4.51"] == {"air.aqi_composite"}


@pytest.mark.parametrize("text, surface", [
    ("今年前九个月本市“好天”共241天。", "241天"),
    ("上月全省各市平均有24个好天。", "24个"),
    ("上半年全区收获152个“滨湖蓝”。", "152个"),
    ("全年共有297个“蓝天”陪伴市民。", "297个"),
])
def test_colloquial_good_days_are_good_days(text, surface):
    assert good_day_links(text, _spans(text, [surface]), ["other"]) == {0: "air.good_days"}


def test_a_quoted_blue_sky_count_of_another_kind_is_no_good_day_count():
    text = "全年出现18个“蓝天白云、繁星闪烁”天数。"
    assert good_day_links(text, _spans(text, ["18个"]), ["other"]) == {}


def test_formulas_that_lost_their_subscripts_inside_a_pollutant_list():
    text = "SO、NO、PM10、CO浓度较去年同期分别下降20.0%、5.2%、7.7%、10.1%。"
    links = pollutant_list_links(text, _spans(text, ["20.0%", "5.2%", "7.7%", "10.1%"]))
    assert [links.get(i) for i in range(4)] == ["air.so2", "air.no2", "air.pm10", "air.co"]
    assert pollutant_sequence("NO OBJECTION，SOP流程") == []


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # a breakdown of the year's days by grade, each with its share (占比 / traditional 佔)
    ("全年优良天数300天；其中，优天数为80天，占比21.9%；良天数为220天，占比60.1%；重度污染数为2天，占比0.5%。",
     ["300天", "80天", "21.9%", "220天", "60.1%", "2天", "0.5%"],
     ["air.good_days", "air.good_days", "other", "air.good_days", "other", "air.heavy_pollution_days", "air.good_days_ratio"],
     {2: "air.good_days_ratio", 4: "air.good_days_ratio", 6: "air.heavy_pollution_days"}),
    ("全年優良天數290天；其中優70天，佔全年有效天數的19.2%；良220天，佔60.3%。",
     ["290天", "70天", "19.2%", "220天", "60.3%"], ["air.good_days", "other", "other", "air.good_days", "other"],
     {1: "air.good_days", 2: "air.good_days_ratio", 4: "air.good_days_ratio"}),
    # the share of a category named before 占, with no count of its own
    ("轻度污染天数占9.5%，中度污染天数占2.5%，重度污染以上的天数占0.8%。", ["9.5%", "2.5%", "0.8%"],
     ["air.good_days_ratio", "air.good_days_ratio", "other"], {0: "other", 1: "other", 2: "air.heavy_pollution_days"}),
])
def test_day_grade_breakdowns_with_shares(text, surfaces, current, expected):
    spans = _spans(text, surfaces)
    indicators = list(current)
    for i, indicator in good_day_links(text, spans, current).items():  # the component's order: days first
        indicators[i] = indicator
    for i, (indicator, _) in day_category_links(text, spans, indicators).items():
        indicators[i] = indicator or indicators[i]
    assert {i: indicators[i] for i in expected} == expected
    assert all(indicators[i] == current[i] for i in range(len(current)) if i not in expected)


@pytest.mark.parametrize("text, surface", [
    ("城区总采样天数为362天，优为200天，良为150天。", "362天"),
    ("縣城總採樣天數為350天，優為180天。", "350天"),
    ("全年总天数366天，其中优良天数330天。", "366天"),
])
def test_sampling_days_are_not_good_days(text, surface):
    spans = _spans(text, [surface])
    assert day_category_links(text, spans, ["air.good_days"]) == {0: ("other", None)}


@pytest.mark.parametrize("text, surface", [
    ("去年全县八成日子空气优良。", "八成"),
    ("今年以来，全省6成以上天數空氣質量優良。", "6成以上"),
])
def test_a_share_of_good_air_days_written_in_tenths(text, surface):
    assert good_day_links(text, _spans(text, [surface]), ["other"]) == {0: "air.good_days_ratio"}


def test_tenths_of_something_else_are_left_alone():
    text = "全县九成村庄完成污水治理。"
    assert good_day_links(text, _spans(text, ["九成"]), ["other"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("上半年全市空气优良天数超九成,PM2.5浓度同比下降。", "超九成"),
    ("优良天数占上半年有效天数的93.4%。", "93.4%"),
    ("全市优良天数率同比增加3.1个百分点。", "3.1个百分点"),
])
def test_good_days_as_a_share_are_the_ratio(nlp, text, surface):
    assert quantity_links(nlp, text)[surface][0] == "air.good_days_ratio"


def test_a_change_of_the_count_in_percent_stays_good_days(nlp):
    assert quantity_links(nlp, "全市优良天数为298天,同比增加12.5%。")["12.5%"][0] == "air.good_days"


def test_good_days_named_after_their_count(nlp):
    assert quantity_links(nlp, "6月的30天当中,有27天达到了优良标准。")["27天"][0] == "air.good_days"


def test_days_over_the_limit_stay_a_count():
    from pipeline.grammar.direction import governed_change
    text = "今年以来，该断面氨氮超标12天。"
    start = text.index("12天")
    assert not governed_change(text, start, start + 3)


def test_change_after_a_concentration_keeps_its_pollutant_when_the_unit_is_cut_or_a_concentration():
    text = ("二氧化硫平均浓度为9微克/米3，同比上升12.5%；一氧化碳浓度为0.8毫克/立方米，"
            "比上年同期下降0.2毫克/立方米；臭氧浓度为150微克/立方米。")
    spans = _spans(text, ["9微克", "12.5%", "0.8毫克/立方米", "0.2毫克/立方米", "150微克/立方米"])
    current = ["air.so2", "air.o3", "air.co", "air.o3", "air.o3"]
    assert pollutant_change_links(text, spans, current) == {1: ("air.so2", None), 3: ("air.co", None)}


def test_share_of_good_days_with_the_effective_days_in_brackets():
    text = "空气质量优良天数为80天，占有效监测天数（90天）的88.9%，同比上升2.2个百分点。"
    spans = _spans(text, ["80天", "90天", "88.9%", "2.2个百分点"])
    links = day_category_links(text, spans, ["air.good_days", "other", "other", "other"])
    assert links.get(2) == ("air.good_days_ratio", None)


def test_years_and_counts_are_never_a_pollutants_concentration():
    from pipeline.linking.contract_rules import unit_links
    text = "本市臭氧浓度为八年来最低，在全省11市中排名第2，PM10浓度为40微克/立方米。"
    spans = _spans(text, ["八年", "11市", "第2", "40微克/立方米"])
    assert unit_links(text, spans, ["air.o3", "air.o3", "air.o3", "air.pm10"]) == {0: ("other", None), 1: ("other", None)}


def test_day_category_columns_of_an_air_table(extractor):
    from pipeline.io.readers import Document
    record = extractor.process_one(Document("t", text=DAY_TABLE, meta={}))
    row = [q for q in record.quantities if DAY_TABLE.index("2025年4月 |") < q.start < DAY_TABLE.index("2024年4月 |")]
    assert [(q.text, q.indicator) for q in row] == [
        ("9", "air.good_days"), ("17", "air.good_days"), ("3", "other"), ("1", "other"),
        ("0", "air.heavy_pollution_days"), ("26", "air.good_days")]


def test_day_column_needs_an_air_or_day_table():
    from pipeline.linking.contract_rules import day_column_indicator
    assert day_column_indicator("轻度\n污染", "表1 空气质量状况") == "other"
    assert day_column_indicator("优", "表2 各河流断面水质类别") is None


@pytest.mark.parametrize("text, surfaces", [
    ("今年前三季度，全县空气质量为优150天、良98天，轻度污染7天。", ["150天", "98天"]),
    ("截至10月底，无一天污染天气，有19天为优，11天为良。", ["19天", "11天"]),
])
def test_days_named_by_their_grade_are_good_days(nlp, text, surfaces):
    found = quantity_links_directed(nlp, text)
    assert all(found[s][0] == "air.good_days" for s in surfaces)
    assert found.get("7天", ("other",))[0] == "other"


@pytest.mark.parametrize("text, surface", [
    # the days that are not good hold the words 优良 after 非
    ("今年一季度全县非优良天数仅为6天，同比减少2天。", "6天"),
    ("去年該區非優良天數為21天。", "21天"),
    # days over a pollutant's limit, haze days and the days measured are counts of days in a period
    ("上半年全市臭氧超标4天，细颗粒物未出现超标。", "4天"),
    ("近五年该县每年霾天不超过9天。", "9天"),
    ("全年空气质量实测天数362天，其中优良天数340天。", "362天"),
    ("全年環境空氣質量總監測天數365天。", "365天"),
    # how early a goal of good days was met is a lead in time
    ("截至11月底优良天数已达300天，提前12天完成年度优良天数目标。", "12天"),
])
def test_days_that_are_no_grade_of_good_air_are_other(text, surface):
    assert day_category_links(text, _spans(text, [surface]), ["air.good_days"]) == {0: ("other", None)}


def test_good_days_counted_after_the_days_measured_stay_good_days():
    text = "全年空气质量实测天数362天，其中优良天数340天，非优良天数22天。"
    spans = _spans(text, ["362天", "340天", "22天"])
    links = day_category_links(text, spans, ["air.good_days", "air.good_days", "air.good_days"])
    assert links == {0: ("other", None), 2: ("other", None)}


@pytest.mark.parametrize("text, surface, expected", [
    ("2022年全县空气质量好于二级天数达到327天。", "327天", {0: ("air.good_days", "value")}),
    ("上半年达到或优于二级天数比例为98.9%。", "98.9%", {0: ("air.good_days_ratio", "value")}),
    # a share written after days, or days after a share word, is not what the construction names
    ("优于二级天数比例提高了3.5天。", "3.5天", {}),
    # a concentration better than a grade's standard is a comparison, left to the change rules
    ("PM10浓度优于二级标准15微克/立方米。", "15微克/立方米", {}),
])
def test_days_graded_at_or_better_than_a_class_are_good_days(text, surface, expected):
    from pipeline.linking.graded_days import graded_day_links

    assert graded_day_links(text, _spans(text, [surface]), ["other"]) == expected



@pytest.mark.parametrize("text, surfaces, expected", [
    ("11月,全市环境空气质量I级(优)为6天;II级(良)为21天,占月监测天数的90.0%。", ["6天", "21天", "90.0%"],
     {0: ("air.good_days", "value"), 1: ("air.good_days", "value"), 2: ("air.good_days_ratio", "value")}),
    ("全年有效监测天数为360天,其中,优102天,良211天。", ["360天", "102天", "211天"],
     {1: ("air.good_days", "value"), 2: ("air.good_days", "value")}),
    ("全县空气质量达到二级(良)以上天数共计29天,占月监测天数的96.7%。", ["29天", "96.7%"],
     {0: ("air.good_days", "value"), 1: ("air.good_days_ratio", "value")}),
])
def test_days_counted_by_a_good_grades_name_are_good_days(text, surfaces, expected):
    """优 and 良 are the good grades: a count written after a grade's name counts good days, and the share of the
    monitored days right after such a count is the good-days ratio; the monitored days themselves are not."""
    from pipeline.linking.graded_days import graded_day_links

    assert graded_day_links(text, _spans(text, surfaces), ["other"] * len(surfaces)) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("上半年全县优良天数168天,仅2天轻度污染天气。", "2天", ("other", None)),
    ("全年污染天数为5天,其中2天为重度污染。", "2天", ("air.heavy_pollution_days", None)),
])
def test_a_grade_written_after_a_day_count_is_the_counts(text, surface, expected):
    from pipeline.linking.contract_rules import day_category_links

    assert day_category_links(text, _spans(text, [surface]), ["air.good_days"]) == {0: expected}
