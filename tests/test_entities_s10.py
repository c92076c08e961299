"""Entities on the pages of new cities (S10N): brands that open a dateline before their outlet, undated
datelines closed by a colon, 榜首 as a rank, county counters written in traditional characters, and a
listed river's name the model cut into.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

from pipeline.grammar.quantities import find_all

from .page_helpers import ents


def _quantities(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_all(text) if m.label == "QUANTITY"]


# -- outlets in datelines ---------------------------------------------------------------------------

def test_a_brand_before_a_dot_and_a_paper_is_an_outlet(extractor):
    found = ents(extractor, "东风网8月3日讯（青山云·东风日报记者 王小明）近日，本市召开生态环境保护大会。")
    assert ("青山云", "ORG") in found
    assert ("东风日报", "ORG") in found


def test_a_brand_before_a_dash_and_an_evening_paper_is_an_outlet(extractor):
    found = ents(extractor, "青山云—东风晚报讯（记者 李大力）本市空气质量持续改善。")
    assert ("青山云", "ORG") in found
    assert ("东风晚报", "ORG") in found


def test_a_place_before_the_dot_stays_no_outlet(extractor):
    found = ents(extractor, "（东营市·东风日报记者 王小明）本市召开生态环境保护大会。")
    assert ("东营市", "ORG") not in found


def test_an_undated_dateline_closed_by_a_colon_names_its_outlet(extractor):
    found = ents(extractor, "远方传媒网东山讯：（记者 赵一）本市开展夏季执法检查。")
    assert ("远方传媒网", "ORG") in found


# -- quantities ---------------------------------------------------------------------------------------

def test_bangshou_after_a_ranking_verb_is_a_rank():
    assert "榜首" in _quantities("该区空气质量连续三年蝉联全省榜首。")
    assert "榜首" in _quantities("在十一个城市中，本市位居榜首。")


def test_bangshou_as_a_plain_noun_is_no_rank():
    assert "榜首" not in _quantities("榜首之争十分激烈。")


def test_county_counters_in_traditional_characters_keep_their_unit():
    assert "八縣市" in _quantities("全州八縣市空氣品質持續改善。")
    assert "三縣區" in _quantities("沿江三縣區聯合開展巡查。")


# -- natural places -----------------------------------------------------------------------------------

def test_a_listed_river_the_model_cut_into_keeps_its_first_character(extractor):
    found = ents(extractor, "周末游潮白河国家湿地公园，碧波绿廊入画来。")
    assert ("潮白河国家湿地公园", "LOC") in found


# -- a place, a clause, then a body -------------------------------------------------------------------

def test_a_total_received_from_a_provincial_group_splits_place_and_group(extractor):
    found = ents(extractor, "截至11月底，青川区共接到省委第二生态环境保护督察组交办信访件120件。")
    assert ("青川区", "GPE") in found
    assert ("省委第二生态环境保护督察组", "ORG") in found


def test_a_plant_built_by_a_city_is_named_after_le(extractor):
    found = ents(extractor, "近年来，东安市先后建设了城北污水处理厂、市医疗废物集中处置中心。")
    assert ("东安市", "GPE") in found
    assert ("城北污水处理厂", "ORG") in found


def test_a_section_set_up_by_a_city_keeps_its_whole_name(extractor):
    found = ents(extractor, "近年来，东安市专门成立了东安县生态环境局北湖执法室，配备执法船。")
    assert ("东安县生态环境局北湖执法室", "ORG") in found


def test_a_group_is_not_extended_over_the_verb_after_it(extractor):
    found = ents(extractor, "省第二生态环境保护督察组共交办信访件86件。")
    assert ("省第二生态环境保护督察组", "ORG") in found
    found = ents(extractor, "对中央生态环境保护督察组专办的信访件实行限时办结。")
    assert ("中央生态环境保护督察组", "ORG") in found


# -- bodies named by their bare level -----------------------------------------------------------------

def test_a_committee_after_a_joint_meeting_is_a_body(extractor):
    found = ents(extractor, "县生态环境保护工作会议暨县生态环境保护委员会第五次全体会议召开。")
    assert ("县生态环境保护委员会", "ORG") in found


def test_a_government_after_a_title_and_daibiao_is_a_body(extractor):
    found = ents(extractor, "会上，副县长代表县政府与各乡镇签订目标责任书。")
    assert ("县政府", "ORG") in found


def test_bodies_that_are_the_object_of_naru_and_lieru(extractor):
    found = ents(extractor, "该项工作已纳入市政府重点督办事项，列入市人大重要议案。")
    assert ("市政府", "ORG") in found
    assert ("市人大", "ORG") in found


# -- members of a list of bodies ------------------------------------------------------------------------

def test_bureaus_listed_beside_a_found_bureau_are_bodies(extractor):
    found = ents(extractor, "县财政局、发改局、住建局、水务局、农业农村局等部门负责人参加会议。")
    assert ("住建局", "ORG") in found
    assert ("水务局", "ORG") in found


def test_hospitals_listed_beside_a_found_hospital_are_bodies(extractor):
    found = ents(extractor, "市人民医院、藏医院、妇幼保健院污水处理站均已完成提标改造。")
    assert ("藏医院", "ORG") in found
    assert ("妇幼保健院", "ORG") in found


def test_a_place_listed_beside_a_bureau_stays_a_place(extractor):
    found = ents(extractor, "市生态环境局、东安县、西平县相关负责人参加会议。")
    assert not any(label == "ORG" and text in ("东安县", "西平县") for text, label in found)


# -- rivers of monitoring sections written after their city ---------------------------------------------

def test_a_river_after_a_city_in_a_section_list_is_a_place(extractor):
    found = ents(extractor, "监测断面中，海口市白沙河河口断面水质重度污染；东安县罗川江石门桥断面水质中度污染。")
    assert ("白沙河", "LOC") in found
    assert ("罗川江", "LOC") in found
    assert ("海口市", "GPE") in found


def test_words_for_rivers_at_large_after_a_city_are_no_river(extractor):
    found = ents(extractor, "青州市河长制工作成效明显，东安县江河湖泊水质稳定。")
    assert not any(label == "LOC" for _, label in found)


def test_a_chinese_numeral_with_decimals_is_one_quantity():
    assert "二点三个百分点" in _quantities("优良天数比例同比提高二点三个百分点。")
    assert "一点五倍" in _quantities("处罚金额增长一点五倍。")


def test_a_chinese_numeral_with_decimals_keeps_its_value():
    from pipeline.grammar.values import normalize_quantity

    parsed = normalize_quantity("十二点零五个百分点")
    assert parsed.value == 12.05 and parsed.unit == "pp"


def test_a_slogan_of_numerals_stays_no_quantity():
    assert _quantities("坚持三点一线，落实四减四增。") == []


# -- regions ------------------------------------------------------------------------------------------

def test_a_place_and_its_surroundings_are_one_region(extractor):
    found = ents(extractor, "要着力抓好乌海及周边地区生态环境问题整改。")
    assert ("乌海及周边地区", "LOC") in found


def test_a_grassland_named_after_a_place_is_one_place(extractor):
    found = ents(extractor, "夏日的甘南草原风光秀美。")
    assert ("甘南草原", "LOC") in found


def test_a_verb_before_the_first_member_of_a_list_stays_outside(extractor):
    found = ents(extractor, "开展差异化执法，并联合市公安局、市农业农村局开展专项检查。")
    assert not any(text.startswith(("并", "联合")) for text, label in found if label == "ORG")
