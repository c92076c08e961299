"""Entities on unseen pages, fourth silver round (S9N): features with the sentence's verb in front, towns
named like cities, renamed counties and numerals inside a chain of places, places written by informal
names with the article's evidence, names between a body and a post, and 任 read as a surname.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

from pipeline.components.informal_places import InformalPlaces

from .page_helpers import ents


# -- natural places: the sentence's words are not the name's ------------------------------------

def test_a_verb_before_an_unlisted_reservoir_is_no_part_of_its_name(extractor):
    found = ents(extractor, "上周,青石镇举行松岭水库水源地巡护启动仪式,镇干部参加。")
    assert ("松岭水库", "LOC") in found
    assert not any(t.startswith("举行") for t, _ in found)


def test_a_verb_and_the_word_reservoir_name_no_place(extractor):
    found = ents(extractor, "要强化水库水源地管控,强化水库污染防治,确保供水安全。")
    assert not any(label == "LOC" for _, label in found)


def test_a_verb_inside_a_clause_before_a_reservoir_ends_no_name(extractor):
    found = ents(extractor, "过去养殖户把污水直排水库,对水质造成污染。")
    assert not any(label == "LOC" for _, label in found)


def test_a_description_completed_by_the_feature_word_is_no_name(extractor):
    found = ents(extractor, "饮用水库周边污染治理工程今年开工。")
    assert not any(label == "LOC" for _, label in found)


def test_a_direction_from_the_city_is_no_part_of_a_mountains_name(extractor):
    found = ents(extractor, "图为包头市城北大青山的秋色。")
    assert ("大青山", "LOC") in found


def test_a_road_before_a_river_is_where_it_is_seen(extractor):
    found = ents(extractor, "记者在团结路阿什河上游看到,阿什河两岸已完成整治。")
    assert not any(t.startswith("团结路") and label == "LOC" for t, label in found)


def test_a_feature_is_cut_to_the_name_the_article_writes_alone(extractor):
    found = ents(extractor, "毛家冲水库是全镇的水源地。听取了县、镇毛家冲水库水质改善情况的汇报。")
    assert [t for t, label in found if label == "LOC"] == ["毛家冲水库", "毛家冲水库"]


def test_a_kind_of_protected_area_is_no_name(extractor):
    found = ents(extractor, "青枫岛湿地公园通过验收,正式成为国家湿地公园。")
    assert ("青枫岛湿地公园", "LOC") in found
    assert not any(t.endswith("国家湿地公园") for t, _ in found)


# -- chains of places --------------------------------------------------------------------------

def test_a_town_named_like_a_city_continues_the_chain(extractor):
    found = ents(extractor, "溪水流经台山市赤城镇的村庄。")
    assert ("台山市赤城镇", "GPE") in found


def test_small_towns_in_general_are_no_town(extractor):
    found = ents(extractor, "鹤山市小城镇建设成效明显。")
    assert ("鹤山市小城镇", "GPE") not in found


def test_a_numeral_opening_a_townships_name_stays_in_the_chain(extractor):
    found = ents(extractor, "检查组来到永定区三家馆乡开展督查。")
    assert ("永定区三家馆乡", "GPE") in found


def test_a_county_renamed_a_city_is_a_place_by_its_old_name(extractor):
    found = ents(extractor, "项目位于黑龙江省佳木斯市抚远县境内。")
    assert ("黑龙江省佳木斯市抚远县", "GPE") in found


# -- informal names of places --------------------------------------------------------------------

def test_a_short_city_form_is_a_place_where_the_article_names_the_city(extractor):
    found = ents(extractor, "哈尔滨市生态环境局通报,今年哈市空气质量持续改善。")
    assert ("哈市", "GPE") in found


def test_a_short_city_form_needs_the_city_named(extractor):
    found = ents(extractor, "今年哈市空气质量持续改善。")
    assert ("哈市", "GPE") not in found


def test_a_short_city_form_joins_the_district_after_it(extractor):
    found = ents(extractor, "近日,呼市赛罕区召开环保工作会议。")
    assert ("呼市赛罕区", "GPE") in found


def test_a_city_nickname_is_a_place_with_the_city_named(extractor):
    found = ents(extractor, "齐齐哈尔市空气质量良好,鹤城人对蓝天更有信心。")
    assert ("鹤城", "GPE") in found


def test_a_nickname_before_a_division_word_is_another_place(extractor):
    found = ents(extractor, "齐齐哈尔市的客人来到鹤城区参观。")
    assert ("鹤城", "GPE") not in found


def test_a_provinces_customary_name_is_a_place(extractor):
    found = ents(extractor, "黑龙江省召开会议,为加快龙江全面振兴贡献力量。")
    assert ("龙江", "GPE") in found


def test_an_abbreviation_in_a_visit_frame_is_a_place(extractor):
    found = ents(extractor, "滁州市林业局介绍,今年有三百只白鹤来滁越冬。")
    assert ("滁", "GPE") in found


def test_an_abbreviation_replaces_a_name_read_over_the_verb():
    places = InformalPlaces((("闽", "福建省", "abbrev"),), frozenset(), {"厦门市": frozenset({"福建省"})})
    text = "厦门市各界学习领导来闽考察讲话精神。"
    found = places.find(text, set(), set(), ("厦门市",))
    assert [(text[s:e], text[lo:e]) for s, e, lo in found] == [("闽", "来闽")]


# -- persons ---------------------------------------------------------------------------------------

def test_a_name_between_a_body_and_its_post_is_a_person(extractor):
    found = ents(extractor, "会上,区政府包云飞副区长讲话,县水务局邓立新委员参加。")
    assert ("包云飞", "PERSON") in found
    assert ("邓立新", "PERSON") in found


def test_ren_between_two_posts_means_serves_as(extractor):
    found = ents(extractor, "工作专班由区长任总指挥,分管副区长任副总指挥。")
    assert not any(label in ("PERSON", "TITLE") for _, label in found)


def test_a_people_is_no_person(extractor):
    found = ents(extractor, "赫哲族渔民在江面上撒网,赫哲族人世代以打鱼为生。")
    assert not any(label == "PERSON" and t.endswith("族") for t, label in found)


def test_a_nickname_opening_an_outlets_name_is_no_place(extractor):
    found = ents(extractor, "山东省环保厅通报。青州日报·齐鲁天天记者获悉,全省空气质量改善。")
    assert ("齐鲁", "GPE") not in found


# -- parks and scenic areas ---------------------------------------------------------------------

def test_a_named_scenic_area_is_a_place(extractor):
    found = ents(extractor, "执法人员深入石门峡景区开展巡查,了解现阶段景区管护情况。")
    assert ("石门峡景区", "LOC") in found
    assert not any(t.endswith("景区") and t != "石门峡景区" for t, _ in found)


def test_a_park_takes_its_kind_after_a_known_name(extractor):
    found = ents(extractor, "周末,游客在月牙岛生态公园游玩,城市公园和口袋公园建设同步推进。")
    assert ("月牙岛生态公园", "LOC") in found
    assert not any(t in ("城市公园", "口袋公园") for t, _ in found)


# -- credits and outlets -------------------------------------------------------------------------

def test_every_name_in_a_datelines_brackets_is_a_person(extractor):
    found = ents(extractor, "某某新闻网6月2日讯(褚明远 吴佳 谢立州)6月1日,市生态环境局开展督查。")
    assert {("褚明远", "PERSON"), ("吴佳", "PERSON"), ("谢立州", "PERSON")} <= set(found)


def test_a_county_media_centre_is_an_outlet(extractor):
    found = ents(extractor, "武陵全媒讯(通讯员 周建华)9月1日上午,保护区管理局出动执法人员。")
    assert ("武陵全媒", "ORG") in found


def test_a_papers_multimedia_reporter_credits_the_paper(extractor):
    found = ents(extractor, "青川日报全媒记者 夏华 报道")
    assert ("青川日报", "ORG") in found


# -- places by their usual short forms ----------------------------------------------------------

def test_an_autonomous_county_written_as_a_county_is_a_place(extractor):
    found = ents(extractor, "峨边县召开生态环境保护推进会,会议要求峨边加快整改。")
    assert ("峨边县", "GPE") in found


def test_a_citys_blue_sky_in_quotes_names_the_city(extractor):
    found = ents(extractor, "今年优良天数增加,“鄂尔多斯蓝”成为常态。")
    assert ("鄂尔多斯", "GPE") in found


def test_a_count_before_a_bare_level_word_stays_out_of_the_place(extractor):
    found = ents(extractor, "对城关、东关、西关三个街道开展夜间巡查。")
    assert ("西关", "GPE") in found
