"""Pollutant lists, changes after a concentration, and day categories (contract rules), on sentences written here."""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import (day_category_links, pollutant_change_links, pollutant_list_links,
                                             pollutant_sequence)


from .text_spans import spans_in_order as _spans  # noqa: E402


def test_pollutant_sequence_counts_a_name_and_its_formula_once():
    assert pollutant_sequence("一氧化碳(CO)、臭氧（O3）和氮氧化物的月均浓度") == ["air.co", "air.o3", "air.no2"]
    assert pollutant_sequence("SO\n2\n、NO\n2\n和PM2.5浓度") == ["air.so2", "air.no2", "air.pm25"]


@pytest.mark.parametrize("text, surfaces, expected", [
    ("其中，二氧化硫、氮氧化物、细颗粒物、臭氧的平均浓度分别较去年下降12.0%、4.1%、9.5%、3.3%。",
     ["12.0%", "4.1%", "9.5%", "3.3%"], ["air.so2", "air.no2", "air.pm25", "air.o3"]),
    ("东川市综合指数排名第5位，PM10、SO\n2\n、NO\n2\n浓度同比分别改善6.0%、15.5%、2.2%，优良天数250天。",
     ["6.0%", "15.5%", "2.2%"], ["air.pm10", "air.so2", "air.no2"]),
    ("一氧化碳（CO）和臭氧（O3）浓度分别上升4.5%。", ["4.5%"], ["air.co"]),
])
def test_pollutant_lists_pair_in_order(text, surfaces, expected):
    links = pollutant_list_links(text, _spans(text, surfaces))
    assert [links.get(i) for i in range(len(surfaces))] == expected


def test_emission_lists_are_not_concentrations():
    text = "二氧化硫、氮氧化物排放量分别削减3.1%、2.7%。"
    assert pollutant_list_links(text, _spans(text, ["3.1%", "2.7%"])) == {}


def test_change_after_a_concentration_measures_its_pollutant():
    text = "PM10浓度61微克/立方米，同比下降7.6%；SO2浓度6微克/立方米，同比上升20%。"
    spans = _spans(text, ["61微克/立方米", "7.6%", "6微克/立方米", "20%"])
    links = pollutant_change_links(text, spans, ["air.pm10", "air.pm25", "air.so2", "air.o3"])
    assert links == {1: ("air.pm10", None), 3: ("air.so2", None)}


@pytest.mark.parametrize("text, surfaces, k, current, expected", [
    ("全年污染天数为40天（其中，轻度污染33天，中度污染5天，重度污染2天）。", ["40天", "33天", "5天", "2天"], 0,
     "air.heavy_pollution_days", "other"),
    ("全年污染天数为40天（其中，轻度污染33天，中度污染5天，重度污染2天）。", ["40天", "33天", "5天", "2天"], 1,
     "air.heavy_pollution_days", "other"),
    ("全年污染天数为40天（其中，轻度污染33天，中度污染5天，重度污染2天）。", ["40天", "33天", "5天", "2天"], 3,
     "air.heavy_pollution_days", None),
    ("与上年相比，轻度污染天增加3天、中度污染天减少2天、重度污染天减少1天。", ["3天", "2天", "1天"], 1,
     "air.heavy_pollution_days", "other"),
    ("全年重污染天数4天，同比减少6天。", ["4天", "6天"], 1, "air.heavy_pollution_days", None),
    ("以臭氧为首要污染物的天数为88天，占比24.1%。", ["88天", "24.1%"], 0, "air.heavy_pollution_days", "other"),
    ("以臭氧为首要污染物的天数为88天，占比24.1%。", ["88天", "24.1%"], 1, "air.good_days_ratio", "other"),
    ("优良天数占全年有效监测天数（366天）的85.0%。", ["366天", "85.0%"], 0, "air.good_days", "other"),
    ("全年出现灰霾天数3天，同比减少2天。", ["3天", "2天"], 1, "air.good_days", "other"),
    ("上半年空气质量为优的天数有41天，良为110天。", ["41天", "110天"], 0, "other", "air.good_days"),
    # 良好N天 and 优级天数 count good days too (优N天，良好M天; 优级天数同比增加N天)
    ("城区空气质量优152天，良好170天。", ["152天", "170天"], 1, "other", "air.good_days"),
    ("全年优级天数同比增加9天。", ["9天"], 0, "other", "air.good_days"),
    # a share of 轻度/中度 days named before a list of figures is other
    ("三市轻度污染天数比例分别为12.5%、8.3%、4.2%。", ["12.5%", "8.3%", "4.2%"], 2, "air.good_days_ratio", "other"),
])
def test_day_categories(text, surfaces, k, current, expected):
    links = day_category_links(text, _spans(text, surfaces), [current] * len(surfaces))
    assert (links.get(k) or (None,))[0] == expected


# --- inspection rectification: counts due by a date, and counts whose completion is written after the noun ---

from pipeline.linking.contract_rules import rectification_links  # noqa: E402

INSPECTION = "省生态环境保护督察反馈问题整改工作稳步推进。"


@pytest.mark.parametrize("sentence, surface, expected", [
    ("今年应完成9项整改任务，目前已全部完成。", "9项", ("inspection.rectified", "value")),
    ("今年应完成9项整改任务，正在加快推进。", "9项", ("inspection.rectified", "target")),
    ("明年需完成整改的5项督察反馈问题已提前完成。", "5项", ("inspection.rectified", "value")),
    ("截至目前，27项整改任务已经全部完成。", "27项", ("inspection.rectified", "value")),
    ("已到期的4个问题已全部完成整改。", "4个", ("inspection.rectified", "value")),
    ("对已完成的8项整改任务开展抽查。", "8项", ("inspection.rectified", "value")),
    ("督察组交办我区的52件群众举报件已全部办结。", "52件", None),
])
def test_rectification_counts(sentence, surface, expected):
    text = INSPECTION + sentence
    start = text.index(surface)
    assert rectification_links(text, [(start, start + len(surface))], ["other"]).get(0) == expected


def test_a_due_count_with_only_part_done_stays_a_target():
    text = INSPECTION + "今年应完成整改的20项问题已完成整改17项，其余正在推进。"
    start = text.index("20项")
    assert rectification_links(text, [(start, start + 3)], ["other"]).get(0) == ("inspection.rectified", "target")


def test_direction_keeps_a_due_count_reported_done_as_a_value():
    from pipeline.components.direction import _done_later
    text = "今年应完成9项整改任务，目前已全部完成。明年应完成4项整改任务。"
    assert _done_later(text, text.index("9项") + 2)
    assert not _done_later(text, text.index("4项") + 2)
    partial = "今年应完成整改的20项问题已完成整改17项。"
    assert not _done_later(partial, partial.index("20项") + 3)


from pipeline.linking.contract_rules import compliance_links  # noqa: E402


@pytest.mark.parametrize("text, surfaces, current, expected", [
    ("全县12个集中式饮用水水源地均达到地表水Ⅲ类标准，水质达标率为100%。", ["12个", "100%"],
     ["other", "water.sections_compliance"], {1: ("water.drinking_source_compliance", None)}),
    ("城区河流断面水功能区达标率为76.5%，同比上升8.1%。", ["76.5%", "8.1%"], ["water.sections_compliance", "noise.compliance"],
     {0: ("water.sections_compliance", None), 1: ("water.sections_compliance", None)}),
    ("城区功能区噪声昼间和夜间达标率分别为97.2%和85.0%。", ["97.2%", "85.0%"], ["noise.level", "water.sections_compliance"],
     {0: ("noise.compliance", None), 1: ("noise.compliance", None)}),
    ("省控断面、县级以上饮用水水源水质达标率100%。", ["100%"], ["water.drinking_source_compliance"],
     {0: ("water.sections_compliance", None)}),
    ("全市酸雨频率为12.4%，同比下降3.0个百分点。", ["12.4%", "3.0个百分点"], ["air.good_days_ratio", "air.good_days_ratio"],
     {0: ("other", None), 1: ("other", None)}),
    ("空气质量AQI达标率为91.0%。", ["91.0%"], ["air.good_days_ratio"], {}),
])
def test_compliance_rates_take_their_subject(text, surfaces, current, expected):
    assert compliance_links(text, _spans(text, surfaces), current) == expected


from pipeline.linking.contract_rules import unnamed_rank_links  # noqa: E402


def test_rank_after_one_pollutant_is_that_pollutants():
    text = "上半年，青川市PM2.5平均浓度28微克/立方米，同比下降6.7%，在西部省会城市中排名第二。"
    spans = _spans(text, ["28微克/立方米", "6.7%", "第二"])
    assert unnamed_rank_links(text, spans, ["air.pm25", "air.pm25", "air.aqi_composite"]) == {2: ("air.pm25", "rank")}


def test_ranks_in_an_air_quality_ranking_article():
    text = "生态环境部发布\n\n3月全国城市\n\n空气质量状况\n\n青川市榜上有名\n\n3月，位列全国第9位\n\n1-3月，进入全国前20强\n"
    spans = _spans(text, ["第9位", "前20强"])
    assert unnamed_rank_links(text, spans, ["other", "other"]) == {0: ("air.aqi_composite", "rank"), 1: ("air.aqi_composite", "rank")}


@pytest.mark.parametrize("text, surface", [
    ("今年空气质量持续向好。在全国地表水考核断面水质排名中，青川市获得全国第五。", "第五"),
    ("今年空气质量持续向好。青川市生态文明指数在全国地级城市中排名第一。", "第一"),
    ("今年空气质量持续向好。公众满意度在全省排名第三。", "第三"),
])
def test_ranks_of_other_subjects_are_left_alone(text, surface):
    start = text.index(surface)
    assert unnamed_rank_links(text, [(start, start + len(surface))], ["other"]) == {}


def test_changes_listed_after_fenbie_are_not_chained_to_the_last_concentration():
    text = "PM10、PM2.5年均浓度分别为70、40微克/立方米，分别下降5.0%、4.2%。"
    spans = _spans(text, ["70", "40微克/立方米", "5.0%", "4.2%"])
    assert pollutant_change_links(text, spans, ["air.pm10", "air.pm25", "air.pm10", "air.pm25"]) == {}


def test_petitions_handed_over_and_closed_stay_the_handed_over_total():
    text = INSPECTION + "督察转办信访件130件已全部办结。"
    start = text.index("130件")
    assert rectification_links(text, [(start, start + 4)], ["other"]).get(0) is None


def test_compliance_list_with_a_long_second_item_shares_its_first_subject():
    text = "县级饮用水水源地达标率、清河上游段断面达标率均为100%。"
    assert compliance_links(text, _spans(text, ["100%"]), ["water.sections_compliance"]) == \
        {0: ("water.drinking_source_compliance", None)}


@pytest.mark.parametrize("sentence, surface", [
    ("省督察组反馈的9个问题已全部完成整改。", "9个"),        # the feedback total
    ("其中涉及油烟的12件已全部办结。", "12件"),             # no noun of its own: a part of the petitions
    ("清河沿岸14个排污口问题已全部销号。", "14个"),          # outfalls keep their own indicator
])
def test_completion_after_the_noun_needs_a_rectification_count(sentence, surface):
    text = INSPECTION + sentence
    start = text.index(surface)
    assert rectification_links(text, [(start, start + len(surface))], ["other"]).get(0) is None


def test_compliance_list_item_written_as_two_subject_words_is_one_item():
    text = "全县地表水考核断面、县级以上集中式饮用水水源地水质达标率保持100%。"
    assert compliance_links(text, _spans(text, ["100%"]), ["water.drinking_source_compliance"]) == \
        {0: ("water.sections_compliance", None)}


from pipeline.linking.contract_rules import composite_change_links, water_share_links  # noqa: E402


def test_share_of_good_days_in_the_monitored_days():
    text = "一季度空气质量为优的天数共40天，占有效监测天数的44.4%。"
    links = day_category_links(text, _spans(text, ["40天", "44.4%"]), ["air.good_days", "other"])
    assert links.get(1) == ("air.good_days_ratio", None)


def test_change_of_the_composite_index():
    text = "与上年相比，综合指数降低了5.5%，PM2.5浓度下降9.0%。"
    assert composite_change_links(text, _spans(text, ["5.5%", "9.0%"]), ["other", "air.pm25"]) == {0: ("air.aqi_composite", None)}


@pytest.mark.parametrize("text, surface", [
    ("全市河流Ⅱ类-Ⅲ类水质断面占61.5%，同比上升4.0%。", "61.5%"),
    ("全市市控断面三类水质比例为88.0%。", "88.0%"),
])
def test_class_two_to_three_and_class_three_shares_are_good_sections(text, surface):
    assert water_share_links(text, _spans(text, [surface]), ["other"]) == {0: ("water.good_sections_ratio", None)}
