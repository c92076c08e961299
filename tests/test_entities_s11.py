"""Entities on the pages of the newest cities (S11N): quantities whose unit or range the grammar cut short
(dust fall per area and month, a range written like a code, the two ends of a range of bare values, a rank
after 的, area-times and centimetres in words), and organisations named in lists.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

import pytest

from pipeline.grammar.quantities import find_all

from .page_helpers import ents


def _quantities(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_all(text) if m.label == "QUANTITY"]


# -- quantities ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("本月东城区降尘量为2.7吨/平方公里•月，较上月有所下降。", "2.7吨/平方公里•月"),
    ("全县平均降尘量为3.2吨/(平方千米·30天)，与去年持平。", "3.2吨/(平方千米·30天)"),
    ("北山站降尘量为8.5t/km2·月，高于省控标准。", "8.5t/km2·月"),
])
def test_dust_fall_keeps_its_area_and_month(text, value):
    assert value in _quantities(text)


def test_a_range_of_long_numbers_before_a_unit_is_no_code():
    found = _quantities("各乡镇优良天数在275-331天之间，对举报属实的给予200-800元奖励。")
    assert ["275", "331天", "200", "800元"] == [q for q in found if q[0].isdigit()]


def test_a_telephone_number_stays_out():
    assert _quantities("值班电话：0571-6543210。") == []


def test_both_ends_of_a_range_of_bare_values():
    found = _quantities("全年降水pH均值范围在5.62至6.48之间，未出现酸雨。")
    assert "5.62" in found and "6.48" in found


def test_a_rank_after_de_keeps_its_front_word():
    found = _quantities("综合指数较低的前15位县(市、区)依次为东山县、西河区。")
    assert "前15位" in found


def test_area_times_and_centimetres_are_units():
    assert "12.5万亩次" in _quantities("今年累计推广绿色防控12.5万亩次。")
    assert "约45公分" in _quantities("放流的鱼苗身长约45公分。")


# -- outlets ---------------------------------------------------------------------------------------

def test_members_of_a_media_list_are_outlets(extractor):
    found = ents(extractor, "发布会上，东方日报、南国网、青山新媒体等多家新闻媒体记者参加了活动。")
    assert ("青山新媒体", "ORG") in found
    found = ents(extractor, "江南县融媒体中心、江南先锋号等媒体记者应邀参加发布会。")
    assert ("江南先锋号", "ORG") in found


def test_a_paper_named_after_its_province_in_a_media_list(extractor):
    found = ents(extractor, "本次活动邀请了北河日报、湖北工人报、湖北法治报、网易荆门等驻荆媒体参加。")
    assert {("湖北工人报", "ORG"), ("湖北法治报", "ORG"), ("网易荆门", "ORG")} <= set(found)
    assert ("湖北", "GPE") not in found


def test_topics_the_media_follow_are_no_outlets(extractor):
    found = ents(extractor, "发布会通报了生物多样性保护、农村污染治理、企业清洁生产等媒体关注的内容。")
    assert not [f for f in found if f[1] == "ORG"]


def test_people_before_a_media_list_stay_out(extractor):
    found = ents(extractor, "县直各相关部门负责人、江南县融媒体中心、江南先锋号等媒体记者参加。")
    assert not [f for f in found if "负责人" in f[0]]
    assert ("江南先锋号", "ORG") in found


def test_a_new_media_brand_opens_a_dateline(extractor):
    found = ents(extractor, "青山新媒体10月18日讯（记者 王小明）近日，本市召开大气污染防治推进会。")
    assert ("青山新媒体", "ORG") in found


# -- parks and scenic areas ------------------------------------------------------------------------

def test_a_park_after_a_modifier_with_de(extractor):
    found = ents(extractor, "记者来到绿树掩映的青云公园片区。")
    assert ("青云公园", "LOC") in found


def test_a_scenic_area_after_its_county(extractor):
    found = ents(extractor, "山西省临汾市隰县东岭景区。")
    assert ("东岭景区", "LOC") in found


def test_a_kind_of_park_after_de_is_no_name(extractor):
    found = ents(extractor, "这里将建成全国首个以湿地为主的湿地类型国家公园。")
    assert not [f for f in found if f[1] == "LOC" and "类型" in f[0]]


def test_a_code_before_a_line_break_is_no_range():
    assert _quantities("索引号 11330900/2024-00318\n组配分类：工作动态") == []


# -- rivers listed after rivers ----------------------------------------------------------------------

def test_a_river_listed_after_a_main_stream(extractor):
    found = ents(extractor, "汉江干流、北河稳定在Ⅱ类，小清河水质改善。")
    assert ("北河", "LOC") in found


def test_a_basin_after_a_listed_river_is_not_cut(extractor):
    found = ents(extractor, "长江、黄河流域生态保护取得成效。")
    assert ("黄河", "LOC") not in found
