"""Figures listed after places: under one measure written with 分别为, after the places of a superlative or a
ranking list (bracketed figures as values or changes), and what other rules keep (sentences written for these
tests)."""

import pytest

from pipeline.linking.contract_rules import pollutant_change_links
from pipeline.linking.ranked_lists import list_change_word, ranked_list_links
from pipeline.linking.structure_rules import value_change_links

from .page_helpers import quantity_links, quantity_links_directed
from .text_spans import spans_in_order as _spans


def test_day_counts_listed_after_cities_count_the_good_days(nlp):
    text = ("3月份,全省各市空气质量优良天数分别为:甲城市、乙港市29天,丙山市、丁水市25天,"
            "戊林市20天,己原市16天。")
    links = quantity_links(nlp, text)
    for surface in ("29天", "25天", "20天", "16天"):
        assert links[surface] == ("air.good_days", "value"), surface


def test_case_counts_listed_after_counties_are_no_air_measure(nlp):
    text = "上半年全市空气质量持续改善。各县区立案查处环境违法案件分别为:甲县12件,乙县9件,丙区7件。"
    links = quantity_links(nlp, text)
    for surface in ("9件", "7件"):
        assert not (links[surface][0] or "").startswith("air."), surface


def test_two_lists_are_left_to_the_list_rules():
    text = "可吸入颗粒物、细颗粒物浓度分别为66微克/立方米、41微克/立方米，较2019年下降9.6%、11.0%。"
    spans = _spans(text, ["66微克/立方米", "41微克/立方米", "9.6%", "11.0%"])
    current = ["air.pm10", "air.pm25", "air.pm10", "air.pm25"]
    assert pollutant_change_links(text, spans, current) == {}
    assert value_change_links(text, spans, current) == {}


def test_day_counts_after_the_best_and_worst_place_count_the_days_the_sentence_before_names():
    text = "2023年，各县区优良天数平均为318天，平均优良率为87.1%。最多的是青山县341天，最少的是河口区296天。"
    spans = _spans(text, ["318天", "87.1%", "341天", "296天"])
    links = ranked_list_links(text, spans, ["air.good_days", "air.good_days_ratio", "other", "other"])
    assert links == {2: ("air.good_days", "value"), 3: ("air.good_days", "value")}


def test_figures_after_listed_places_measure_what_the_sentence_ranks():
    text = "从综合指数看，最好的是青山县，为3.12，其余区县依次为南湖区和西城区均为3.40、北山县3.95。"
    spans = _spans(text, ["3.12", "3.40", "3.95"])
    assert ranked_list_links(text, spans, ["other"] * 3) == {k: ("air.aqi_composite", "value") for k in range(3)}


def test_figures_after_the_places_of_an_improvement_ranking_are_changes():
    text = ("从细颗粒物(PM2.5)单项指标看，全市最好的是南湖区，为29微克/立方米；各县区均同比改善，"
            "改善幅度最大的是南湖区，为14.2%；依次为北山县9.3%、西城区6.7%。")
    spans = _spans(text, ["29微克/立方米", "14.2%", "9.3%", "6.7%"])
    links = ranked_list_links(text, spans, ["air.pm25", "other", "other", "air.good_days_ratio"])
    assert links == {0: ("air.pm25", "value"), 1: ("air.pm25", "change"), 2: ("air.pm25", "change"),
                     3: ("air.pm25", "change")}
    assert list_change_word(text, *spans[2]) == "改善幅度"


def test_a_month_or_a_plain_noun_before_a_figure_is_not_a_listed_place():
    text = "全年空气质量最好的是8月份，优良天数31天；PM2.5浓度最高的是1月，为68微克/立方米。"
    spans = _spans(text, ["31天", "68微克/立方米"])
    assert ranked_list_links(text, spans, ["air.good_days", "air.pm25"]) == {}


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
    found = quantity_links_directed(nlp, "与去年同期相比，9个区县综合指数均下降，其中降幅前3位的区县依次是：甲县(15.2%)、乙区(12.0%)、丙县(9.4%)。"
                             "恶化最多的是丁县(3.1%)。")
    position = next(surface for surface in found if surface.endswith("3位"))  # 前 inside or outside the span
    assert found[position] == ("air.aqi_composite", "rank", None)
    assert found["15.2%"] == ("air.aqi_composite", "change", "down")
    assert found["3.1%"] == ("air.aqi_composite", "change", "up")


def test_a_signed_figure_in_a_ranking_list_is_signed_and_goes_the_way_of_its_sign(nlp):
    # the sign is part of the quantity (ANNOTATION: a signed change keeps its sign) and the real pages' gold gives
    # every signed change the direction of its sign
    found = quantity_links_directed(nlp, "与去年同期相比，9个区县综合指数均下降，其中降幅前3位的区县依次是：甲县(-15.2%)、乙区(-12.0%)、丙县(-9.4%)。")
    assert found["-15.2%"] == ("air.aqi_composite", "change", "down")
