"""Places, water bodies and sources as real pages write them (our own sentences): the place of a basin's
section, monitoring sections named like towns, time zones, sources credited by a place, water bodies after
photo captions, reservoirs' areas, reserves, rivers named after a place; forum post headers and page titles
with the site's name after hyphens."""
import pytest

from .page_helpers import ents, marked


@pytest.mark.parametrize("text, place", [
    ("全面推进沱江流域(内江段)水污染综合治理。", "内江"),
    ("渭河干流(宝鸡段)水质稳定达到Ⅱ类。", "宝鸡"),
])
def test_the_place_of_a_basins_section_in_brackets_is_a_place(extractor, text, place):
    assert (place, "GPE") in ents(extractor, text)


def test_names_in_a_list_of_monitoring_sections_are_no_places(extractor):
    found = ents(extractor, "其中,北门大桥、白沙口、临江、凤凰4个断面水质达到Ⅲ类。")
    assert not [t for t, label in found if label == "GPE"]


def test_a_list_of_cities_counted_as_cities_stays_places(extractor):
    found = ents(extractor, "其中,宝鸡、咸阳、渭南3个城市空气质量明显改善。")
    assert {("宝鸡", "GPE"), ("咸阳", "GPE"), ("渭南", "GPE")} <= set(found)


def test_a_time_zone_is_no_place(extractor):
    found = ents(extractor, "北京时间2023年5月8日,某县召开生态环境保护大会。")
    assert ("北京", "GPE") not in found


def test_a_source_credited_by_its_place_is_the_place(extractor):
    found = ents(extractor, "[来源:自贡市] [点击量:]\n今年以来全市空气质量持续改善。")
    assert ("自贡市", "GPE") in found


def test_a_place_before_a_clause_about_investing_is_no_firm(extractor):
    found = ents(extractor, "很多企业都到绵阳来投资办厂。")
    assert ("绵阳", "GPE") in found
    assert not [t for t, label in found if label == "ORG"]


def test_a_bracket_a_name_never_closes_is_no_part_of_it(extractor):
    found = ents(extractor, "各级党委(党组)理论学习中心组开展专题学习。")
    assert not [t for t, label in found if label == "ORG" and "(" in t]


@pytest.mark.parametrize("text, expected", [
    ("资料图为航拍银川市阅海湿地公园。", [("银川市", "GPE"), ("阅海湿地公园", "LOC")]),
    ("守护好三峡库区的一江清水。", [("三峡库区", "LOC")]),
    ("就甘肃连城国家自然保护区问题发出通报。", [("甘肃连城国家自然保护区", "LOC")]),
    ("芒市大河两岸的截污管网已全部建成。", [("芒市大河", "LOC")]),
    ("推进红崖水库库区综合治理。", [("红崖水库", "LOC")]),
])
def test_water_bodies_and_reserves_as_written(extractor, text, expected):
    found = ents(extractor, text)
    assert set(expected) <= set(found)


def test_a_forum_posts_header_is_chrome():
    text = "zhangsan 发表于 2023-4-12 09:15:22\n\n今年一季度全县空气质量优良天数达到85天,同比增加6天。"
    assert marked(text, "zhangsan 发表于 2023-4-12 09:15:22")
    assert not marked(text, "今年一季度全县空气质量优良天数")


def test_a_page_title_with_the_sites_name_after_hyphens_is_chrome():
    text = "某县召开2023年度生态环境保护工作推进会-地方政务信息-某某网\n某县召开2023年度生态环境保护工作推进会\n会议由县政府副县长主持。"
    assert marked(text, "某县召开2023年度生态环境保护工作推进会-地方政务信息-某某网")
