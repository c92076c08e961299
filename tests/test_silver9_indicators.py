"""Indicator, role and direction rules from the round-9 silver review of unseen pages (sentences written here):
ranking lists of places, petitions counted again by place and kind, changes against a benchmark."""

from __future__ import annotations

import pytest

from pipeline.linking.ranked_lists import list_change_word, ranked_list_links
from pipeline.linking.structure_rules import grouped_petition_links

from .text_spans import spans_in_order as _spans


def _quantities(nlp, text):
    return {e.text: (e._.indicator, e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}


# --- ranking lists of places ---

def test_top_and_bottom_positions_rank_the_measure_the_sentence_names():
    text = ("本月臭氧方面，居前3位的是东山县、西河区、南湖县，居后3位的是北岭区、中州区、青石县；"
            "改善幅度居前3位的是东山县、北岭区、青石县。")
    spans = _spans(text, ["前3位", "后3位", "前3位"])
    assert ranked_list_links(text, spans, ["other"] * 3) == {k: ("air.o3", "rank") for k in range(3)}


def test_a_sentence_without_a_measure_continues_the_ranking_before_it():
    text = "各乡镇综合指数后三位的是甲镇、乙镇、丙镇。改善幅度后三位的是丁镇、戊镇、己镇。"
    spans = _spans(text, ["后三位", "后三位"])
    assert ranked_list_links(text, spans, ["air.aqi_composite", "other"]) == {
        0: ("air.aqi_composite", "rank"), 1: ("air.aqi_composite", "rank")}


def test_bracketed_figures_after_listed_places_are_changes_when_the_list_ranks_a_change():
    text = "与去年同期相比，9个区县综合指数均下降，其中降幅前3位的区县依次是：甲县(-15.2%)、乙区(-12.0%)、丙县(-9.4%)。"
    spans = _spans(text, ["前3位", "15.2%", "12.0%", "9.4%"])
    links = ranked_list_links(text, spans, ["other", "air.aqi_composite", "other", "inspection.rectified"])
    assert links == {0: ("air.aqi_composite", "rank"), 1: ("air.aqi_composite", "change"),
                     2: ("air.aqi_composite", "change"), 3: ("air.aqi_composite", "change")}
    assert list_change_word(text, *spans[1]) == "降幅"


def test_bracketed_figures_of_a_list_of_levels_are_values():
    text = "8个旗县优良天数比例由高至低依次为：甲旗(98.9%)、乙县(95.0%)、丙旗(90.3%)。"
    spans = _spans(text, ["98.9%", "95.0%", "90.3%"])
    assert ranked_list_links(text, spans, ["inspection.rectified"] * 3) == {
        k: ("air.good_days_ratio", "value") for k in range(3)}
    assert list_change_word(text, *spans[0]) is None


@pytest.mark.parametrize("text, surfaces", [
    ("全省行政处罚案件数量排名前十的地市中，我市名列第一。", ["前十"]),                       # cases, not air
    ("全市力争空气质量排名前5位的是中心城区。", ["前5位"]),                                  # a goal
    ("全县PM2.5平均浓度达到二级标准，其中排名前十的依次为甲县、乙县。", ["前十"]),         # the standard is no measure
])
def test_rankings_left_to_other_rules(text, surfaces):
    links = ranked_list_links(text, _spans(text, surfaces), ["air.pm25"])
    assert links in ({}, {0: ("air.pm25", "rank")})
    if "处罚" in text or "力争" in text:
        assert links == {}


def test_ranking_list_end_to_end_gives_the_direction_of_the_header(nlp):
    found = _quantities(nlp, "与去年同期相比，9个区县综合指数均下降，其中降幅前3位的区县依次是：甲县(-15.2%)、乙区(-12.0%)、丙县(-9.4%)。"
                             "恶化最多的是丁县(-3.1%)。")
    position = next(surface for surface in found if surface.endswith("3位"))  # 前 inside or outside the span
    assert found[position] == ("air.aqi_composite", "rank", None)
    assert found["15.2%"] == ("air.aqi_composite", "change", "down")
    assert found["3.1%"] == ("air.aqi_composite", "change", "up")


# --- petitions counted again by place and by kind ---

def test_petitions_by_place_and_by_kind_are_the_inspections():
    text = ("5月8日，省生态环境保护督察组向我市转办第六批群众信访举报件45件。第六批信访件从地区分布看，东城区12件，"
            "西山县9件（重复件2件），南湖区8件；按照污染类型划分为，大气污染20件，水污染15件，其他10件，分别占44.4%、33.3%。")
    surfaces = ["45件", "12件", "9件", "2件", "8件", "20件", "15件", "10件", "44.4%", "33.3%"]
    links = grouped_petition_links(text, _spans(text, surfaces), ["inspection.feedback_issues"] + ["other"] * 9)
    items = [k for k, link in links.items() if link == ("inspection.feedback_issues", "value")]
    assert items == [1, 2, 4, 5, 6, 7]


def test_a_distribution_of_other_counts_is_left_alone():
    text = "全年立案处罚环境违法案件80件。从地区分布看，东城区30件，西山县50件。"
    assert grouped_petition_links(text, _spans(text, ["80件", "30件", "50件"]), ["enforcement.penalty_cases"] * 3) == {}


# --- changes against a benchmark ---

@pytest.mark.parametrize("text, surface, direction", [
    ("今年以来全县空气质量综合指数为3.10。PM2.5平均浓度为22微克/立方米，比自治区下达的控制目标低4.9微克/立方米。",
     "4.9微克/立方米", "down"),
    ("国控、省控断面水体优良率分别为80.0%、70.5%，其中省控断面优良率超市定目标12.6个百分点，各项指标均达到考核要求。",
     "12.6个百分点", "up"),
])
def test_a_level_compared_with_its_target_is_a_change(nlp, text, surface, direction):
    indicator, role, found = _quantities(nlp, text)[surface]
    assert role == "change" and found == direction


# --- good days named by their grade, and a change after a rank clause ---

@pytest.mark.parametrize("text, surfaces", [
    ("今年前三季度，全县空气质量为优150天、良98天，轻度污染7天。", ["150天", "98天"]),
    ("截至10月底，无一天污染天气，有19天为优，11天为良。", ["19天", "11天"]),
])
def test_days_named_by_their_grade_are_good_days(nlp, text, surfaces):
    found = _quantities(nlp, text)
    assert all(found[s][0] == "air.good_days" for s in surfaces)
    assert found.get("7天", ("other",))[0] == "other"


def test_a_change_after_a_rank_clause_measures_the_level_before_the_rank():
    from pipeline.linking.structure_rules import value_change_links

    text = "本月优良天数11天，列全省第13位，同比减少9天；全市地表水环境质量指数4.80，全省第5位，同比改善3.3%。"
    spans = _spans(text, ["11天", "第13位", "9天", "4.80", "第5位", "3.3%"])
    current = ["air.good_days", "air.good_days", "other", "other", "other", "air.aqi_composite"]
    assert value_change_links(text, spans, current) == {2: ("air.good_days", None), 5: ("other", None)}


def test_petitions_handed_over_restated_after_splitting_are_the_inspections(nlp):
    found = _quantities(nlp, "5月2日，省生态环境保护督察组向我市交办信访件37件，分解后交办40件，其中重点件6件。")
    assert [found[s][0] for s in ("37件", "40件", "6件")] == ["inspection.feedback_issues"] * 3


def test_a_restated_count_is_no_sibling_of_an_enumeration():
    from pipeline.linking.structure_rules import enumeration_links

    text = "督察组向我市交办信访件37件，分解后交办40件，其中重点件6件。"
    spans = _spans(text, ["37件", "40件", "6件"])
    assert enumeration_links(text, spans, ["inspection.feedback_issues", "inspection.rectified", "inspection.rectified"]) == {}


# --- the unit as evidence against an indicator ---

def test_the_unit_rules_out_indicators_it_cannot_measure():
    from pipeline.linking.unit_evidence import unit_evidence_links

    text = ("二氧化硫浓度最好的是东港市，为6μg/m3，最差的是西岭市，为21μg/m3。湖区总磷浓度一度升至0.092毫克/升。"
            "罚款金额超过5000万元的有甲市和乙市，分别为1.2亿元、0.6亿元。表中沙尘天数为12天。")
    surfaces = ["6μg/m3", "21μg/m3", "0.092毫克/升", "5000万元", "1.2亿元", "0.6亿元", "12天"]
    current = ["air.so2", "inspection.rectified", "inspection.rectified", "enforcement.penalty_amount",
               "air.pm25", "finance.green_loans", "inspection.rectified"]
    assert unit_evidence_links(text, _spans(text, surfaces), current) == {
        1: ("air.so2", None), 2: ("water.total_phosphorus", None), 4: ("enforcement.penalty_amount", None), 6: ("other", None)}


def test_years_without_an_accident_stay_radiation_safety():
    from pipeline.linking.unit_evidence import unit_evidence_links

    text = "全市已连续12年保持辐射安全零事故。"
    assert unit_evidence_links(text, _spans(text, ["12年"]), ["radiation.safety"]) == {}
