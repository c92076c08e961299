"""Session 12 indicator and role rules, on sentences written for these tests (none copied from an article)."""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import (case_count_links, good_day_links, pollutant_change_links, pollutant_list_links, pollutant_sequence,
                                             rectification_links, water_share_links)
from pipeline.linking.pollutant_items import pollutant_item_links
from pipeline.linking.rank_shifts import rank_shift_links
from pipeline.linking.structure_rules import grouped_petition_links, rank_subject_links, value_change_links
from pipeline.linking.unit_evidence import unit_evidence_links

from .text_spans import spans_in_order as _spans


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


def test_two_lists_are_left_to_the_list_rules():
    text = "可吸入颗粒物、细颗粒物浓度分别为66微克/立方米、41微克/立方米，较2019年下降9.6%、11.0%。"
    spans = _spans(text, ["66微克/立方米", "41微克/立方米", "9.6%", "11.0%"])
    current = ["air.pm10", "air.pm25", "air.pm10", "air.pm25"]
    assert pollutant_change_links(text, spans, current) == {}
    assert value_change_links(text, spans, current) == {}



@pytest.mark.parametrize("text, surfaces, expected", [
    # the share stands alone; the clause before says which sections it counts
    ("全市12个湖库中，水质达到Ⅲ类及以上的有10个，占83.3%。", ["12个", "10个", "83.3%"], "water.good_sections_ratio"),
    ("20个考核断面中水质优良断面18个，占比为90%。", ["20个", "18个", "90%"], "water.good_sections_ratio"),
    # classes written with Arabic numerals
    ("31条小河中水质达到1-3类的有25条，占比80.6%。", ["31条", "25条", "80.6%"], "water.good_sections_ratio"),
    # a bare 优良率 of sections
    ("全县地表水监测断面共16个，优良率为87.5%。", ["16个", "87.5%"], "water.good_sections_ratio"),
])
def test_a_share_of_good_sections_named_by_its_clause_before(text, surfaces, expected):
    links = water_share_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert links.get(len(surfaces) - 1) == (expected, None)


def test_a_goal_handed_down_for_the_share_just_reported():
    text = "8个国考断面水质优良率为100%，超额完成省下达的87.5%考核目标任务。"
    links = water_share_links(text, _spans(text, ["8个", "100%", "87.5%"]), ["other", "air.good_days_ratio", "air.good_days_ratio"])
    assert links.get(1) == ("water.good_sections_ratio", None)
    assert links.get(2) == ("water.good_sections_ratio", None)


@pytest.mark.parametrize("text, surfaces", [
    ("全年空气质量优良天数为330天，优良率为90.4%。", ["330天", "90.4%"]),
    ("15条河流中有12条消灭了劣5类水质，占80%。", ["15条", "12条", "80%"]),
    ("共有28个乡镇，占全县的40%。", ["28个", "40%"]),
])
def test_shares_of_other_things_are_left_alone(text, surfaces):
    links = water_share_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert len(surfaces) - 1 not in links


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


def test_a_rank_shift_after_a_rank_moves_in_that_ranking():
    text = "该市空气质量综合指数4.12，在全省排第9名，同比提升3名；在168个重点城市中排第60名，较上年前移12位。"
    spans = _spans(text, ["4.12", "第9名", "3名", "168个", "第60名", "12位"])
    current = ["air.aqi_composite", "air.aqi_composite", "other", "other", "air.aqi_composite", "other"]
    assert rank_shift_links(text, spans, current) == {2: ("air.aqi_composite", "change"), 5: ("air.aqi_composite", "change")}


def test_a_count_after_a_rank_is_not_a_shift():
    text = "水质排名全省第3位，新增监测点位5个。"
    spans = _spans(text, ["第3位", "5个"])
    assert rank_shift_links(text, spans, ["other", "other"]) == {}


def test_rectifications_proceeding_on_schedule_are_still_to_do():
    text = "督察组交办的问题20个，已完成整改16个，按序时推进4个。"
    spans = _spans(text, ["20个", "16个", "4个"])
    links = rectification_links(text, spans, ["inspection.feedback_issues", "inspection.rectified", "other"])
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "target")


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
])
def test_colloquial_good_days_are_good_days(text, surface):
    assert good_day_links(text, _spans(text, [surface]), ["other"]) == {0: "air.good_days"}


def test_places_and_kinds_sharing_one_count_of_handed_over_petitions():
    text = ("督察组转办的第六批52件信访件已全部办结。从地域来看，东河市20件、南岭自治州和北原蒙古族自治州各9件，"
            "西川地区、中林市和远山市均为3件。从污染类型来看，涉及噪声类18件、大气类15件。")
    surfaces = ["52件", "20件", "9件", "3件", "18件", "15件"]
    links = grouped_petition_links(text, _spans(text, surfaces), ["inspection.feedback_issues"] + ["enforcement.penalty_cases"] * 5)
    assert [links.get(i) for i in range(1, 6)] == [("inspection.feedback_issues", "value")] * 5


def test_a_run_of_years_inside_the_rank_clause_is_not_the_figure_ranked():
    text = "全市空气质量达标天数比例98.7%，连续6年全省排名第1，各项污染物浓度均达到二级标准。"
    spans = _spans(text, ["98.7%", "6年", "第1"])
    links = rank_subject_links(text, spans, ["air.good_days_ratio", "other", "air.aqi_composite"])
    assert links.get(2) == ("air.good_days_ratio", "rank")


def test_a_rank_of_public_satisfaction_is_outside_the_taxonomy():
    text = "全市空气质量优良天数310天。公众生态环境满意度达91.3%，排名全省第四。"
    spans = _spans(text, ["310天", "91.3%", "第四"])
    current = ["air.good_days", "other", "air.aqi_composite"]
    assert rank_subject_links(text, spans, current).get(2) == ("other", "rank")


@pytest.mark.parametrize("text, surface, wrong", [
    ("全省120个监测断面中，Ⅰ-Ⅲ类水质断面共113个，占94.2%。", "113个", "water.good_sections_ratio"),
    ("劣Ⅴ类断面由去年的5个减少到2个。", "2个", "water.inferior_v_ratio"),
    ("全市集中式饮用水水源地共14处，水质全部达标。", "14处", "water.drinking_source_compliance"),
])
def test_a_count_with_a_measure_word_is_never_a_share(text, surface, wrong):
    assert unit_evidence_links(text, _spans(text, [surface]), [wrong]) == {0: ("other", None)}


def test_a_share_keeps_its_share_indicator():
    text = "Ⅰ-Ⅲ类水质断面比例为94.2%。"
    assert unit_evidence_links(text, _spans(text, ["94.2%"]), ["water.good_sections_ratio"]) == {}


@pytest.mark.parametrize("text, wrong, expected", [
    ("“蓝天白云”天数增加4天，上升2.6个百分点。", "air.blue_sky_days", "other"),
    ("优良天数增加9天，上升2.5个百分点。", "air.good_days", "air.good_days_ratio"),
])
def test_percentage_points_never_count_days(text, wrong, expected):
    assert unit_evidence_links(text, _spans(text, [text[text.index("上升") + 2:text.index("。")]]), [wrong]) == {0: (expected, None)}


def test_formulas_that_lost_their_subscripts_inside_a_pollutant_list():
    text = "SO、NO、PM10、CO浓度较去年同期分别下降20.0%、5.2%、7.7%、10.1%。"
    links = pollutant_list_links(text, _spans(text, ["20.0%", "5.2%", "7.7%", "10.1%"]))
    assert [links.get(i) for i in range(4)] == ["air.so2", "air.no2", "air.pm10", "air.co"]
    assert pollutant_sequence("NO OBJECTION，SOP流程") == []


def test_one_of_a_list_of_exemplary_cases_is_not_a_count_of_cases_punished():
    text = "该县河长制做法入选生态环境部五个典型案例之一。全年公开通报6个环境违法典型案例。"
    links = case_count_links(text, _spans(text, ["五个", "6个"]), ["other", "other"])
    assert links == {1: "enforcement.penalty_cases"}
