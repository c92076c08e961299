"""Places and natural features in the shapes real pages write them (session 5).

Every sentence here is written for the test; none is taken from an article.  Each test
fails on the pipeline before this round: lists of counts per county, county short names
written together, towns and villages, a full division before a feature's own name,
plateau lakes and peaks, rivers named after a city.
"""

from __future__ import annotations

import pytest

from pipeline.components.gazetteer import Gazetteer, division_parents
from pipeline.grammar.natural import NaturalPlaces, load_natural_names
from pipeline.io.readers import Document


def ents(extractor, text: str) -> list[tuple[str, str]]:
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [(e["text"], e["label"]) for e in record["entities"]]


def gpes(extractor, text: str) -> list[str]:
    return [t for t, lab in ents(extractor, text) if lab == "GPE"]


# -- lists of places ---------------------------------------------------------------------------

def test_a_list_of_counts_per_county_names_its_counties(extractor):
    # 八步 is a district (never the quantity 八步), 钟山 a county (never the mountain)
    text = "本周转办信访件9件，其中八步4件，平桂2件，钟山2件，昭平1件，市直0件。"
    assert gpes(extractor, text) == ["八步", "平桂", "钟山", "昭平"]


def test_a_member_counted_like_known_places_is_one_too(extractor):
    text = "共检查企业300家，其中昔阳县120家，开发区90家，左权县60家，市直30家。"
    assert gpes(extractor, text) == ["昔阳县", "开发区", "左权县"]


def test_a_total_before_the_colon_heads_the_list(extractor):
    text = "累计办结12件：钟山5件，八步4件，富川3件。"
    assert gpes(extractor, text) == ["钟山", "八步", "富川"]


def test_counts_of_other_things_are_no_places(extractor):
    assert gpes(extractor, "检查企业120家，出动人员300人次，立案15件。") == []


def test_county_short_names_written_together_are_separate_places(extractor):
    assert gpes(extractor, "今年一季度，宁海象山海曙三地优良天数最多。") == ["宁海", "象山", "海曙"]


def test_parents_of_county_names():
    parents = division_parents("configs/gazetteers/divisions.tsv")
    assert "宁波市" in parents["宁海"] and "宁波市" in parents["海曙区"]
    assert "海东市" in parents["民和"]  # 民和回族土族自治县 by its short name


def test_a_list_member_keeps_its_he_and_the_last_member_ends_at_the_place(extractor):
    assert gpes(extractor, "空气质量排名依次为循化、民和、互助、乐都。") == ["循化", "民和", "互助", "乐都"]
    assert gpes(extractor, "武清、宝坻、蓟州降尘量较高。") == ["武清", "宝坻", "蓟州"]


def test_the_place_of_a_slogan(extractor):
    assert "洛川" in gpes(extractor, "全力推进美丽洛川建设。")


def test_a_bare_autonomous_region_is_no_place(extractor):
    assert "自治区" not in gpes(extractor, "认真落实国家、自治区和南宁市的部署要求。")


# -- towns and villages -------------------------------------------------------------------------

def test_a_chain_down_to_the_village_is_one_place(extractor):
    text = "经核查，同心县下马关镇红星村李家社共有农户40户。"
    assert "同心县下马关镇红星村李家社" in gpes(extractor, text)


def test_a_district_and_its_town_are_one_place(extractor):
    assert gpes(extractor, "吴中区胥口镇完成整改。") == ["吴中区胥口镇"]


def test_a_town_alone_and_with_its_village(extractor):
    assert "下马关镇" in gpes(extractor, "2019年下马关镇新建梯田500亩。")
    assert "首占镇上洋村" in gpes(extractor, "在首占镇上洋村码头放流鱼苗。")


def test_words_that_end_like_towns_are_no_places(extractor):
    places = gpes(extractor, "他回到家乡，总结镇街经验，建设特色小镇和美丽乡村，获评治理先进镇。")
    assert places == []


# -- zones --------------------------------------------------------------------------------------

def test_a_listed_zone_drops_the_verb_before_it():
    gaz = Gazetteer("configs/gazetteers/divisions.tsv", "configs/gazetteers/titles.txt",
                    "configs/gazetteers/org_suffixes.txt", "configs/gazetteers/user.tsv")
    text = "全面落实滨海新区发展规划"
    assert [text[s:e] for s, e, lab in gaz.matches(text) if lab == "GPE"] == ["滨海新区"]


# -- natural features -------------------------------------------------------------------------

DIVISIONS = {"郑州", "哈尔滨市", "深圳", "运城"}


@pytest.fixture(scope="module")
def natural():
    return NaturalPlaces(load_natural_names("configs/gazetteers/natural.txt"), lambda n: n in DIVISIONS)


def fix(natural, text, surface):
    s = text.index(surface)
    out = natural.repair(text, s, s + len(surface))
    return text[out[0]:out[1]] if out else None


def test_a_full_division_before_a_feature_name_stays_outside(natural):
    assert fix(natural, "哈尔滨市西泉眼水库水质优良", "哈尔滨市西泉眼水库") == "西泉眼水库"
    assert fix(natural, "郑州黄河国家湿地公园对外开放", "郑州黄河国家湿地公园") == "郑州黄河国家湿地公园"


def test_a_monitoring_section_after_the_main_stream_is_outside(natural):
    assert fix(natural, "大通河干流桥头断面水质变优", "大通河干流桥") == "大通河"


def test_a_name_cut_after_a_collective_word_gets_its_head(natural):
    assert fix(natural, "三条主要河流母猪河、乳山河水质达标", "猪河") == "母猪河"


def test_a_river_mouth_reserve_is_one_place(natural):
    text = "辽河口湿地保护区和鸭绿江口湿地保护区"
    s = text.index("鸭绿江")
    assert text[s:natural.extend(text, s, s + 3)] == "鸭绿江口湿地保护区"


def test_a_river_or_basin_named_after_a_city(natural):
    text = "深圳河水质改善，深圳河道整治"
    s = text.index("深圳")
    assert natural.after_place(text, s, s + 2) == s + 3
    s2 = text.index("深圳", s + 1)
    assert natural.after_place(text, s2, s2 + 2) is None
    text = "运城流域治理"
    assert natural.after_place(text, 0, 2) == 4


def test_peaks_and_plateau_lakes(extractor):
    found = ents(extractor, "发源于珠穆朗玛峰的河流水质优良。")
    assert ("珠穆朗玛峰", "LOC") in found
    found = ents(extractor, "纳木错、甲乙错、丙丁措和色林错湖泊水质均达到Ⅰ类。")
    assert [t for t, lab in found if lab == "LOC"] == ["纳木错", "甲乙错", "丙丁措", "色林错"]


def test_a_reserve_after_a_verb_keeps_its_known_mountain(extractor):
    assert ("贡嘎山国家级自然保护区", "LOC") in ents(extractor, "该项目涉贡嘎山国家级自然保护区。")


# -- places named again, lists about water --------------------------------------------------------

def test_a_county_named_in_full_is_a_place_by_its_short_name_too(extractor):
    places = gpes(extractor, "长乐区开展增殖放流。据了解，这是长乐两家企业的赔偿款。")
    assert places == ["长乐区", "长乐"]


def test_a_town_named_in_full_never_turns_its_lake_into_a_place(extractor):
    found = ents(extractor, "分局在草海镇举办培训。草海是高原湿地。")
    assert ("草海", "GPE") not in found


def test_a_short_name_opening_a_zone_is_left_to_the_zone(extractor):
    assert "大兴" not in gpes(extractor, "大兴区加强监管，重点覆盖大兴国际机场临空经济区。")


def test_bare_new_district_after_the_article_named_it(extractor):
    assert gpes(extractor, "2022年，滨海新区深入推进治污。2023年，新区将突出精准治污。") == ["滨海新区", "新区"]
    assert gpes(extractor, "2023年，新区将突出精准治污。") == []


def test_the_country_in_its_modernisation_slogan(extractor):
    assert gpes(extractor, "人与自然和谐共生是中国式现代化的重要特征。") == ["中国"]


def test_an_autonomous_county_by_its_short_name_and_suffix(extractor):
    assert gpes(extractor, "2023年，彭水自治县空气质量创历史最好。") == ["彭水自治县"]


def test_a_city_and_its_urban_area(extractor):
    assert "黄石" in gpes(extractor, "最近黄石城区的空气质量改善明显。")


def test_a_list_whose_predicate_is_about_water_names_rivers(extractor):
    found = ents(extractor, "金沙江、澜沧江、怒江干流水质达到Ⅱ类。")
    assert ("怒江", "LOC") in found
    found = ents(extractor, "目标完成，白河、唐河出境断面水质达标。")
    assert ("白河", "GPE") not in found and ("唐河", "GPE") not in found
    assert gpes(extractor, "江西、浙江水质较好。") == ["江西", "浙江"]


def test_a_list_member_is_never_cut_before_a_suffix(extractor):
    places = gpes(extractor, "检查组沿兴坪镇、白沙镇、阳朔镇开展巡查。")
    assert "阳朔" not in places and not any(p.startswith("检查组") for p in places)


def test_a_county_of_the_article_s_prefecture_by_its_short_name(extractor):
    # 娄烦 is a county of 太原: in a 太原 article its short name is a place, as are those of a Beijing article
    assert "娄烦" in gpes(extractor, "太原市生态环境局通报：移送公安1件，即娄烦一起非法倾倒案。")
    assert "娄烦" not in gpes(extractor, "移送公安1件，即娄烦一起非法倾倒案。")


def test_a_county_name_that_is_a_common_word_needs_more_than_its_prefecture(extractor):
    assert "振兴" not in gpes(extractor, "丹东市坚持创城促振兴、创建惠民生。")


def test_a_park_named_after_its_province_is_one_feature(extractor):
    assert ents(extractor, "活动在湖南某某湖国家湿地公园举行。") == [("湖南某某湖国家湿地公园", "LOC")]


def test_a_reservoir_s_first_character_after_punctuation(natural):
    assert fix(natural, "营养状态为中营养；上李水库水质良好", "李水库") == "上李水库"
    assert fix(natural, "全部达标，除东涌水库外", "东涌水库") == "东涌水库"


def test_counties_before_their_exit_sections_stay_places(extractor):
    assert gpes(extractor, "流域共治见成效，麻阳、芷江、新晃出境断面水质稳定达标。") == ["麻阳", "芷江", "新晃"]


def test_the_place_of_a_river_section_in_brackets(extractor):
    assert gpes(extractor, "某某河（克州段）水质优良。") == ["克州"]


def test_a_list_of_towns_after_a_verb(extractor):
    assert gpes(extractor, "分局重点检查甲乙镇、丙丁镇沿湖村寨的生活污水。") == ["甲乙镇", "丙丁镇"]


def test_rare_characters_of_a_feature_name(natural):
    text = "芷江则把㵲水国家湿地公园作为重点"
    assert [text[s:e] for s, e in natural.shaped_spans(text)] == ["㵲水国家湿地公园"]


def test_a_word_counted_after_the_last_place_is_no_place(extractor):
    assert gpes(extractor, "共受理9件，其中八步4件，平桂3件，企业2件。") == ["八步", "平桂"]
