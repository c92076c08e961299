"""Water indicators: shares of good sections, drinking-source compliance, water quality indices and
concentrations, groundwater and effluent.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import drinking_share_links, water_share_links

from .page_helpers import quantity_links
from .text_spans import spans_in_order as _spans


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


@pytest.mark.parametrize("text, surfaces, index", [
    # a drinking-water source reported by its share of good water, not by a compliance rate
    ("全县6个集中式饮用水水源地水质优良(达到或优于Ⅲ类)比例为100%，无劣V类水体。", ["6个", "100%"], 1),
    ("城区饮用水水源Ⅰ—Ⅲ类水质比例保持100%。", ["100%"], 0),
    ("今年全市空气优良天数比例为90%；城乡集中式饮用水水源地水质优良比例为100%。", ["90%", "100%"], 1),
])
def test_a_good_water_share_of_drinking_sources_is_drinking_compliance(text, surfaces, index):
    links = drinking_share_links(text, _spans(text, surfaces), ["water.good_sections_ratio"] * len(surfaces))
    assert links == {index: ("water.drinking_source_compliance", None)}


@pytest.mark.parametrize("text, surfaces", [
    # a value shared by a list of waters goes to the first named (sections)
    ("同时，全县5个地表水断面水质优良比例、3个地下水点位水质优良比例、4个饮用水水源地水质优良比例均为100%。",
     ["5个", "3个", "4个", "100%"]),
    ("8个国控断面、城镇集中式饮用水水源地水质优良比例均为100%。", ["8个", "100%"]),
    # a compliance rate is compliance_links' business
    ("乡镇饮用水水源地水质达标率100%。", ["100%"]),
])
def test_a_share_whose_first_subject_is_not_a_drinking_source_is_left_alone(text, surfaces):
    assert drinking_share_links(text, _spans(text, surfaces), ["water.good_sections_ratio"] * len(surfaces)) == {}


@pytest.mark.parametrize("text, surfaces", [
    # "better than class III" written with 好
    ("全县无劣Ⅴ类水体，达到或好于Ⅲ类水体的比例为80.5%，高于年度目标2.5个百分点。", ["80.5%", "2.5个百分点"]),
    ("十年间，全县省控断面好三类水体比例由60.1%提升至75.2%。", ["60.1%", "75.2%"]),
])
def test_better_than_class_three_written_with_hao_is_a_good_sections_share(text, surfaces):
    links = water_share_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert links == {i: ("water.good_sections_ratio", None) for i in range(len(surfaces))}


@pytest.mark.parametrize("text, surface", [
    ("全县水环境质量指数为4.12，同比改善6%。", "6%"),
    ("本季度城区综合水质指数1.46，较上年同期改善3.2%。", "3.2%"),
    ("全區水環境質量指數降至3.9，同比改善4%。", "4%"),
])
def test_improvement_of_a_water_quality_index_is_down(text, surface):
    from pipeline.grammar.direction import read_direction

    start = text.index(surface)
    assert read_direction(text, start, start + len(surface), "other").direction == "down"


@pytest.mark.parametrize("text, surface, current, expected", [
    # a value shared by a long list goes to its first item, even when each item carries a count and an example
    ("全县甲河大桥等9个地表水、乙水库等6个乡镇级饮用水和丙村水源等4个地下水水质达标率均为100%。", "100%",
     "groundwater.quality", "water.sections_compliance"),
    # rivers and lakes written as 内河/湖库 are sections
    ("城区内河、县级集中式水源地、重点湖库水质达标率均达100%。", "100%", "water.drinking_source_compliance",
     "water.sections_compliance"),
])
def test_a_compliance_rate_shared_by_a_list_takes_its_first_item(text, surface, current, expected):
    from pipeline.linking.contract_rules import compliance_links

    assert compliance_links(text, _spans(text, [surface]), [current]) == {0: (expected, None)}


def test_a_groundwater_compliance_rate_is_left_to_the_classifier():
    from pipeline.linking.contract_rules import compliance_links

    text = "地表水断面水质稳定。全县地下水水质达标率为85%。"
    assert compliance_links(text, _spans(text, ["85%"]), ["groundwater.quality"]) == {}


@pytest.mark.parametrize("text, surfaces, expected", [
    ("今年8月，出境断面主要污染物氨氮由8.4毫克/升下降到0.62毫克/升。", ["8.4毫克/升", "0.62毫克/升"],
     {0: ("water.ammonia_nitrogen", None), 1: ("water.ammonia_nitrogen", None)}),
    ("湖区总磷平均浓度为0.048mg/L，达到考核目标值0.06mg/L的要求。", ["0.048mg/L", "0.06mg/L"],
     {0: ("water.total_phosphorus", None), 1: ("water.total_phosphorus", None)}),
    # total nitrogen has no taxonomy id
    ("总磷稳定达标，总氮浓度由2.1毫克/升降至1.6毫克/升。", ["2.1毫克/升", "1.6毫克/升"], {}),
])
def test_water_concentrations_take_the_pollutant_named_before_them(text, surfaces, expected):
    from pipeline.linking.water_pollutants import water_concentration_links

    assert water_concentration_links(text, _spans(text, surfaces), ["other"] * len(surfaces)) == expected


def test_the_same_water_share_reported_for_a_later_year():
    text = "十年来，全县省控断面优良水体比例由62.5%提升至87.5%，2022年跃升为100%。"
    links = water_share_links(text, _spans(text, ["62.5%", "87.5%", "100%"]), ["other", "other", "air.good_days_ratio"])
    assert links.get(2) == ("water.good_sections_ratio", None)


def test_effluent_concentrations_are_not_surface_water():
    from pipeline.linking.water_pollutants import water_concentration_links

    text = "全县污水处理厂出水化学需氧量稳定低于25毫克/升的提标要求。"
    assert water_concentration_links(text, _spans(text, ["25毫克/升"]), ["other"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("出境断面Ⅱ类水质以上占100%,与上年同期持平。", "100%"),
    ("全市优Ⅲ水体比例为94.6%。", "94.6%"),
])
def test_class_two_or_better_water_is_the_good_sections_ratio(nlp, text, surface):
    assert quantity_links(nlp, text)[surface][0] == "water.good_sections_ratio"


def test_the_share_of_sections_at_or_better_than_a_class_is_a_level_not_a_change():
    from pipeline.grammar.direction import governed_change
    text = "全市12个国考断面水质优良(达到或优于Ⅲ类)比例达到91.7%，同比提高8.3个百分点。"
    start = text.index("91.7%")
    assert not governed_change(text, start, start + 5)
    later = text.index("8.3个百分点")
    assert governed_change(text, later, later + 7)
    text = "全市空气质量优良天数比例为86.3%，优于全省平均水平5.2个百分点。"
    start = text.index("5.2个百分点")
    assert governed_change(text, start, start + 7)


def test_a_water_index_and_its_change_are_not_the_air_composite_index(nlp):
    text = "以上8个考核断面水污染物综合指数为7.82，同比下降6.3%。"
    found = {e.text: e._.indicator for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["7.82"] == found["6.3%"] == "other"


def test_class_iv_and_v_shares_of_surface_water_are_other_but_groundwater_keeps_its_id():
    text = ("全市河流Ⅰ～Ⅲ类水质比例为61.0%，Ⅳ类水质比例为20.5%，Ⅴ类水质比例为11.0%。"
            "地下水考核点位中，Ⅴ类水比例为12.5%。")
    spans = _spans(text, ["61.0%", "20.5%", "11.0%", "12.5%"])
    links = water_share_links(text, spans, ["water.good_sections_ratio"] * 3 + ["groundwater.quality"])
    assert links == {0: ("water.good_sections_ratio", None), 1: ("other", None), 2: ("other", None)}
