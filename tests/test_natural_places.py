"""Named natural places (LOC): the natural-places gazetteer and the extent grammar (pipeline/grammar/natural.py),
and end to end the rivers, lakes, reservoirs, basins and their sections, mountains, parks, scenic areas and
reserves a text names, with the words around them that are no part of a name.

Every sentence here is written for the test; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.natural_features import straddles_feature
from pipeline.grammar.natural import NaturalPlaces, load_natural_names

from .page_helpers import doc_ents, ents, gpes

DIVISIONS = {"郑州", "运城", "丹江口", "西湖区", "昆山", "长乐区", "湖里区", "九江", "哈尔滨市", "深圳"}


@pytest.fixture(scope="module")
def natural():
    return NaturalPlaces(load_natural_names("configs/gazetteers/natural.txt"), lambda n: n in DIVISIONS)


def fix(natural, text, surface):
    s = text.index(surface)
    out = natural.repair(text, s, s + len(surface))
    return text[out[0]:out[1]] if out else None


def test_a_model_span_runs_back_to_the_known_name(natural):
    assert fix(natural, "力争在华北平原周边省份排名靠前", "华北平原周边省份") == "华北平原"
    assert fix(natural, "全力推动保护黄河行动", "推动保护黄河") == "黄河"
    assert fix(natural, "规划建设京杭大运河国家文化公园", "京杭大运河国家文化公园") == "京杭大运河"


def test_a_place_before_the_name_stays_and_extensions_are_kept(natural):
    assert fix(natural, "郑州黄河国家湿地公园对外开放", "郑州黄河国家湿地公园") == "郑州黄河国家湿地公园"
    assert fix(natural, "巢湖流域综合治理", "巢湖") == "巢湖流域"
    assert fix(natural, "祁连山东麓开展修复", "祁连山东麓") == "祁连山东麓"
    # a small catchment named after its stream (水土保持: 某某河|小流域) is one place with it
    assert fix(natural, "白石河小流域综合治理通过验收", "白石河") == "白石河小流域"
    # a reserve or a water park written after its lake is one place with it
    assert fix(natural, "申报青龙湖生态保护区", "青龙湖") == "青龙湖生态保护区"


def test_a_river_takes_its_section(natural):
    # 干流 between river and place splits the stretch (GUIDELINES: 长江|干流|万州|段)
    assert fix(natural, "沱江干流内江段水质达标", "沱江") == "沱江"
    assert fix(natural, "白鹭溪城北段完成清淤", "白鹭溪") == "白鹭溪城北段"
    # a stretch that reads as a clause is no section
    assert fix(natural, "汉江流域进入了发展新阶段", "汉江流域") == "汉江流域"
    # the part of a town a river runs through names no place: the river alone (GUIDELINES: a stretch
    # takes its place's name, 长江宜昌段)
    assert fix(natural, "推进白鹭溪城区段清淤", "白鹭溪") == "白鹭溪"
    assert fix(natural, "推进白鹭溪城区段清淤", "白鹭溪城区段") == "白鹭溪"
    assert fix(natural, "检查青衣河县城段护岸", "青衣河县城段") == "青衣河"


def test_a_verb_or_a_cause_before_a_river_is_the_clauses(natural):
    assert fix(natural, "厂区排水沟,河道通向青衣河,未做防渗", "河道通向青衣河") == "青衣河"
    assert fix(natural, "厂区排水沟,河道通向青衣河,未做防渗", "青衣河") == "青衣河"
    assert fix(natural, "某区因白鹭溪整治被列入控制区", "因白鹭溪") == "白鹭溪"


def test_modifiers_and_generic_words_are_not_places(natural):
    assert fix(natural, "游客在主城碧波湖畔散步", "主城碧波湖") == "碧波湖"
    assert fix(natural, "全市主要湖泊水库水质良好", "湖泊水库") is None
    assert fix(natural, "城市内河水质为优", "内河") is None
    assert fix(natural, "对本地区水环境有益", "本地区") is None
    assert fix(natural, "检测点位检测结", "检测点位检测结") is None
    assert fix(natural, "其他水库水质达标", "其他水库") is None
    assert fix(natural, "游客在望海角游玩", "望海角") == "望海角"   # one character after the feature word stays


def test_a_name_the_segmenter_cut_takes_its_head_and_feature(natural):
    # the model saw only the tail of the name: the characters after the town belong to it
    assert fix(natural, "工程位于巴音镇查干诺尔盐湖北岸", "干诺尔盐湖") == "查干诺尔盐湖"
    assert fix(natural, "整治团结渠和鹅湖", "团结") == "团结渠"


def test_known_names_stand_as_words_only(natural):
    def found(text):
        return [text[s:e] for s, e in natural.known_spans(text, set())]

    assert found("城市地处嘉陵江与渠江交汇处") == ["嘉陵江", "渠江"]
    assert found("沿长江路北行到黄河大桥") == []          # a road, a bridge
    assert found("全市入海河流水质达标") == []            # 入海|河流, not 海河
    assert found("机关中层干部") == []                   # 关中 inside other words
    assert found("居关中五市首位") == ["关中"]
    assert found("皖南皖北黄土高原区治理") == ["皖南皖北黄土高原区"]  # regions written together are one
    assert found("大别山区生态持续改善") == ["大别山区"]


def test_known_name_opening_an_organisation_is_left_to_it(natural):
    text = "联合青海湖国家级自然保护区管理局开展巡护"
    assert [text[s:e] for s, e in natural.known_spans(text, set())] == []


def test_a_division_before_a_feature_word_names_the_feature(natural):
    text = "运城盐湖保护成效显著,丹江口水库水质优良,运城市区空气改善"
    s = text.index("运城")
    assert natural.after_place(text, s, s + 2) == s + 4
    s = text.index("丹江口")
    assert text[s:natural.after_place(text, s, s + 3)] == "丹江口水库"
    s = text.rindex("运城")
    assert natural.after_place(text, s, s + 2) is None


def test_end_to_end_natural_places(nlp):
    doc = nlp("城市地处长江与京杭大运河交汇处,白鹭溪城北段水质优良,城市内河全部消除黑臭。")
    locs = [e.text for e in doc.ents if e.label_ == "LOC"]
    assert "长江" in locs and "京杭大运河" in locs
    assert "内河" not in locs
    assert not any(e.label_ == "TITLE" for e in doc.ents)  # 地处长江 is no 处长


def test_a_list_of_water_bodies_is_evidence_for_its_untagged_members(nlp):
    doc = nlp("南岸溪、北岸溪、青石水系、西部丘陵河网水质均为优。")
    locs = [e.text for e in doc.ents if e.label_ == "LOC"]
    assert "青石水系" in locs and "西部丘陵河网" in locs


def test_unlisted_reserves_parks_and_reservoirs_by_their_feature_word(natural):
    def shaped(text):
        return [text[s:e] for s, e in natural.shaped_spans(text)]

    assert shaped("境内有青峰岭国家级自然保护区、白石湿地公园") == ["青峰岭国家级自然保护区", "白石湿地公园"]
    assert shaped("在青龙坝水库开展巡查,全市小型水库除险加固") == ["青龙坝水库"]
    assert shaped("主要湖泊水库水质良好") == []
    assert shaped("青峰岭自然保护区管理局开展巡护") == []   # the reserve's administration is an ORG


def test_a_known_name_after_our_province(natural):
    text = "我省长江岸线修复完成,副市长江海涛出席"
    assert [text[s:e] for s, e in natural.known_spans(text, set())] == ["长江"]


def test_unlisted_water_bodies_by_what_the_sentence_says_of_them(natural):
    def in_context(text, words):
        tokens, p = [], 0
        for w in words:
            p = text.index(w, p)
            tokens.append((p, p + len(w)))
            p += len(w)
        return [text[s:e] for s, e in natural.water_in_context(text, tokens)]

    text = "今年以来,白沙镇青石河水质稳定在Ⅱ类,双龙湖沿岸整治完成,桃源水库上游排查结束。"
    assert in_context(text, ["青石河", "水质", "双龙湖", "沿岸", "桃源水库", "上游"]) == ["青石河", "双龙湖", "桃源水库"]
    # no word about water after the name: a river's name alone is the model's to judge (青石河畔 is a
    # residential estate as often as a bank)
    assert in_context("青石河畔小区居民反映噪声扰民", ["青石河", "畔"]) == []
    # generic words, a verb before the feature, a whole lake and divisions named like rivers are no names
    text = "城镇内河水质提升,严厉打击涉河违法行为,全湖水质为优,九江断面达标"
    assert in_context(text, ["内河", "水质", "涉河", "全湖", "水质", "九江", "断面"]) == []


def test_unlisted_water_body_end_to_end(nlp):
    doc = nlp("监测结果显示,临川县青石河水质为Ⅱ类,较上年有所改善。")
    assert "青石河" in [e.text for e in doc.ents if e.label_ == "LOC"]


def test_a_listed_river_the_model_cut_into_keeps_its_first_character(extractor):
    found = ents(extractor, "周末游潮白河国家湿地公园，碧波绿廊入画来。")
    assert ("潮白河国家湿地公园", "LOC") in found


def test_a_river_after_a_city_in_a_section_list_is_a_place(extractor):
    found = ents(extractor, "监测断面中，海口市白沙河河口断面水质重度污染；东安县罗川江石门桥断面水质中度污染。")
    assert ("白沙河", "LOC") in found
    assert ("罗川江", "LOC") in found
    assert ("海口市", "GPE") in found


def test_words_for_rivers_at_large_after_a_city_are_no_river(extractor):
    found = ents(extractor, "青州市河长制工作成效明显，东安县江河湖泊水质稳定。")
    assert not any(label == "LOC" for _, label in found)


def test_a_grassland_named_after_a_place_is_one_place(extractor):
    found = ents(extractor, "夏日的甘南草原风光秀美。")
    assert ("甘南草原", "LOC") in found


def test_a_park_after_a_modifier_with_de(extractor):
    found = ents(extractor, "记者来到绿树掩映的青云公园片区。")
    assert ("青云公园", "LOC") in found


def test_a_scenic_area_after_its_county(extractor):
    found = ents(extractor, "山西省临汾市隰县东岭景区。")
    assert ("东岭景区", "LOC") in found


def test_a_kind_of_park_after_de_is_no_name(extractor):
    found = ents(extractor, "这里将建成全国首个以湿地为主的湿地类型国家公园。")
    assert not [f for f in found if f[1] == "LOC" and "类型" in f[0]]


def test_a_river_listed_after_a_main_stream(extractor):
    found = ents(extractor, "汉江干流、北河稳定在Ⅱ类，小清河水质改善。")
    assert ("北河", "LOC") in found


def test_a_basin_after_a_listed_river_is_not_cut(extractor):
    found = ents(extractor, "长江、黄河流域生态保护取得成效。")
    assert ("黄河", "LOC") not in found


@pytest.mark.parametrize("text, place", [
    ("冷水江市位于湖南中部。冷水江今年的首要任务是治理锑矿污染。", "冷水江"),
    ("北戴河区召开会议。各县区中，北戴河的优良天数最多。", "北戴河"),
    ("鹰潭市下辖余江区。余江今年新建污水管网12公里。", "余江"),
])
def test_a_division_the_article_names_is_a_place_when_no_water_is_spoken_of(extractor, text, place):
    found = ents(extractor, text)
    assert (place, "GPE") in found and (place, "LOC") not in found


def test_the_river_named_like_a_division_stays_a_river_beside_its_section(extractor):
    found = ents(extractor, "细河区召开会议。细河高台子断面水质为Ⅳ类。")
    assert ("细河", "LOC") in found


def test_a_full_division_before_a_feature_word_stays_a_place(extractor):
    found = ents(extractor, "保山市自然保护区面积达到20万公顷。")
    assert ("保山市", "GPE") in found and not any(label == "LOC" for _, label in found)


def test_a_short_place_name_still_names_its_feature(extractor):
    assert ("郑州黄河国家湿地公园", "LOC") in ents(extractor, "郑州黄河国家湿地公园候鸟增多。")


@pytest.mark.parametrize("text, part", [
    ("上半年，洪泽湖宿迁湖区水质总体稳定。", "洪泽湖宿迁湖区"),
    ("监测显示，太湖苏州水域总磷浓度同比下降。", "太湖苏州水域"),
    ("大别山安徽段森林覆盖率持续提高。", "大别山安徽段"),
])
def test_a_feature_part_named_by_a_division_is_one_place(extractor, text, part):
    assert (part, "LOC") in ents(extractor, text)


@pytest.mark.parametrize("text, river, place", [
    ("今年以来，汉江干流襄阳段水质保持Ⅱ类。", "汉江", "襄阳"),
    ("沱江干流内江段水质稳定达标。", "沱江", "内江"),
])
def test_a_stretch_written_with_the_main_stream_word_splits(extractor, text, river, place):
    found = ents(extractor, text)
    assert (river, "LOC") in found
    assert (place, "GPE") in found


def test_an_upstream_stretch_keeps_only_the_river(extractor):
    found = ents(extractor, "嘉陵江上游段水质稳定。")
    assert ("嘉陵江", "LOC") in found
    assert not any(label == "LOC" and text != "嘉陵江" for text, label in found)


def test_a_bare_water_word_after_a_lake_stays_outside(extractor):
    assert ("巢湖", "LOC") in ents(extractor, "巢湖水域活动需要报备。")


@pytest.mark.parametrize("text, place", [
    ("洪湖市召开生态环境保护委员会会议。会议要求，全面做好洪湖生态文明建设工作。", "洪湖"),
    ("黔江区生态环境局通报全年工作，推动黔江生态环境保护工作再上台阶。", "黔江"),
])
def test_the_short_name_of_a_division_named_like_water_is_the_place(extractor, text, place):
    found = ents(extractor, text)
    assert (place, "GPE") in found
    assert (place, "LOC") not in found


def test_the_short_name_beside_water_words_stays_the_lake(extractor):
    found = ents(extractor, "洪湖市加强湿地保护。洪湖水质稳定在Ⅲ类，全力保护洪湖。")
    assert [t for t, label in found if label == "GPE"] == ["洪湖市"]


@pytest.mark.parametrize("text", ["清水河沿岸村庄污水全部收集。", "加强白沙河两岸村民环保宣传。"])
def test_the_land_along_a_river_is_no_village(extractor, text):
    assert not any(label == "GPE" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text", [
    "建成区绿地率达到41.2%，人均公园绿地面积为15.3平方米。",
    "创建宁静小区12个、宁静公园8个。",
    "推进生态连城和市民休闲森林公园等工程。",
])
def test_a_measure_or_a_designation_is_no_park(extractor, text):
    assert not any(label == "LOC" for _, label in ents(extractor, text))


def test_a_named_park_stays_a_place(extractor):
    assert ("南湖公园", "LOC") in ents(extractor, "南湖公园完成提升改造。")


def test_a_mountain_after_a_region_is_a_feature_of_its_own(extractor):
    found = ents(extractor, "这里是滇西南哀牢山生态安全屏障的重要组成部分。")
    assert ("滇西南", "LOC") in found and ("哀牢山", "LOC") in found


def test_a_counted_description_ending_in_a_feature_word_is_no_place(extractor):
    found = ents(extractor, "岛上处处可见“一片花海、一片大海”的景象,千岛湖水质保持优良。")
    assert not any(t.startswith("一片") for t, _ in found)
    assert ("千岛湖", "LOC") in found


def test_kinds_of_wetland_are_no_places(extractor):
    found = ents(extractor, "江城的河流湿地、湖泊湿地、沼泽湿地和人工湿地面积达53万亩。")
    assert not any(label == "LOC" for _, label in found)


def test_water_at_large_after_an_attribute_is_no_place(extractor):
    found = ents(extractor, "各地将建设安全河湖、生态河湖和幸福河湖作为重点。")
    assert not any(label == "LOC" for _, label in found)


def test_a_bare_feature_word_is_no_place(extractor):
    found = ents(extractor, "城北的青云河、白鹭河等湿地公园已经建成开放。")
    assert ("湿地公园", "LOC") not in found
    assert ("白鹭河", "LOC") in found


def test_a_clause_before_a_feature_word_is_no_name(extractor):
    found = ents(extractor, "在青石水库,她询问了蓄水情况,并仔细查看了水库大坝。")
    assert ("青石水库", "LOC") in found
    assert [t for t, label in found if label == "LOC"] == ["青石水库"]


def test_a_rivers_name_opening_a_citys_name_is_no_river(extractor):
    found = ents(extractor, "去年,丹江口库区的水环境持续改善。")
    assert ("丹江", "LOC") not in found
    assert ("丹江", "LOC") in ents(extractor, "汉江、丹江和唐白河水质稳定。")


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


def test_a_named_scenic_area_is_a_place(extractor):
    found = ents(extractor, "执法人员深入石门峡景区开展巡查,了解现阶段景区管护情况。")
    assert ("石门峡景区", "LOC") in found
    assert not any(t.endswith("景区") and t != "石门峡景区" for t, _ in found)


def test_a_park_takes_its_kind_after_a_known_name(extractor):
    found = ents(extractor, "周末,游客在月牙岛生态公园游玩,城市公园和口袋公园建设同步推进。")
    assert ("月牙岛生态公园", "LOC") in found
    assert not any(t in ("城市公园", "口袋公园") for t, _ in found)


def test_a_province_inside_a_lake_or_river_name_is_no_place(nlp):
    merger = nlp.get_pipe("entities")
    text = "东湖南岸建成湿地。调研组赴湖南考察。"
    assert straddles_feature(merger.knowledge, text, text.index("湖南"))           # 东湖 + 南岸
    assert not straddles_feature(merger.knowledge, text, text.rindex("湖南"))      # 赴湖南: the province


def test_natural_places_that_are_roads_verbs_or_clipped_reservoirs(nlp):
    natural = nlp.get_pipe("entities").knowledge.natural
    text = "调研组来到湘江北路检查。做到守河有责。汾河水库出口断面为Ⅰ类。"
    s = text.index("湘江")
    assert natural.repair(text, s, s + 2) is None                        # a road named after the river
    s = text.index("守河")
    assert natural.repair(text, s, s + 2) is None                        # a verb and a feature character
    s = text.index("汾河")
    assert natural.repair(text, s, s + 2) == (s, s + 4)                   # the reservoir named after the river


def test_monitoring_levels_are_no_part_of_a_river_name(nlp):
    natural = nlp.get_pipe("entities").knowledge.natural
    text = "清水河省控白沙断面和市控三江口断面水质优良"
    s = text.index("清水河")
    assert natural.repair(text, s, s + 7) == (s, s + 3)
    s = text.index("市控")
    fixed = natural.repair(text, s, s + 5)
    assert fixed and text[fixed[0]:fixed[1]] == "三江口"


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


@pytest.mark.parametrize("text, name, whole", [
    ("研究部署瓯江河口湿地保护工作", "瓯江", "瓯江河口湿地"),
    ("兴化湾河口湿地保护区的红树林", "兴化湾", "兴化湾河口湿地保护区"),
])
def test_an_estuary_written_with_hekou_is_one_place_with_its_wetland(natural, text, name, whole):
    s = text.index(name)
    assert text[s:natural.extend(text, s, s + len(name))] == whole


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


def test_a_list_whose_predicate_is_about_water_names_rivers(extractor):
    found = ents(extractor, "金沙江、澜沧江、怒江干流水质达到Ⅱ类。")
    assert ("怒江", "LOC") in found
    found = ents(extractor, "目标完成，白河、唐河出境断面水质达标。")
    assert ("白河", "GPE") not in found and ("唐河", "GPE") not in found
    assert gpes(extractor, "江西、浙江水质较好。") == ["江西", "浙江"]


def test_a_park_named_after_its_province_is_one_feature(extractor):
    assert ents(extractor, "活动在湖南某某湖国家湿地公园举行。") == [("湖南某某湖国家湿地公园", "LOC")]


def test_a_reservoir_s_first_character_after_punctuation(natural):
    assert fix(natural, "营养状态为中营养；上李水库水质良好", "李水库") == "上李水库"
    assert fix(natural, "全部达标，除东涌水库外", "东涌水库") == "东涌水库"


def test_the_place_of_a_river_section_in_brackets(extractor):
    assert gpes(extractor, "某某河（克州段）水质优良。") == ["克州"]


def test_rare_characters_of_a_feature_name(natural):
    text = "芷江则把㵲水国家湿地公园作为重点"
    assert [text[s:e] for s, e in natural.shaped_spans(text)] == ["㵲水国家湿地公园"]


def test_the_river_chief_system_is_no_river(nlp):
    assert not [e for e in nlp("各地要凝心聚力,推动河(湖)长制工作取得新成效。").ents if e.label_ == "LOC"]


def test_members_of_a_counted_list_of_rivers_are_water_bodies(nlp):
    ents = doc_ents(nlp, "推进东岸河、龙门水、石桥水、沙坪水等4条重点河流综合整治。")
    assert {("东岸河", "LOC"), ("龙门水", "LOC"), ("石桥水", "LOC"), ("沙坪水", "LOC")} <= ents


@pytest.mark.parametrize("text, place", [
    ("全面推进沱江流域(内江段)水污染综合治理。", "内江"),
    ("渭河干流(宝鸡段)水质稳定达到Ⅱ类。", "宝鸡"),
])
def test_the_place_of_a_basins_section_in_brackets_is_a_place(extractor, text, place):
    assert (place, "GPE") in ents(extractor, text)


def test_names_in_a_list_of_monitoring_sections_are_no_places(extractor):
    found = ents(extractor, "其中,北门大桥、白沙口、临江、凤凰4个断面水质达到Ⅲ类。")
    assert not [t for t, label in found if label == "GPE"]


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


# -- the gazetteer file itself ---------------------------------------------------------------------
NATURAL_LIST = "configs/gazetteers/natural.txt"
DIVISION_TABLE = "configs/gazetteers/divisions.tsv"
#: the comment opening the section of features that share a division's name (太湖 and 太湖县)
SHARED_SECTION = "# shared with divisions"


def listed_words(lines: list[str]) -> list[tuple[str, bool]]:
    """Every entry of the gazetteer in order, repeats kept (the loader's set would hide them), each with
    whether it stands in the section of names shared with divisions (from its comment to the next)."""
    words, shared = [], False
    for line in lines:
        if line.startswith("#"):
            shared = line.startswith(SHARED_SECTION)
            continue
        words.extend((word, shared) for word in line.split("#", 1)[0].split())
    return words


def gazetteer_problems(words: list[tuple[str, bool]], divisions: frozenset[str]) -> list[str]:
    """What makes an entry wrong for natural.txt: a repeat, a single character (never a name on its own),
    a division's name, full or short, outside the shared section (九江, 清河: a listed name is a LOC
    wherever it stands as a word, so the division gazetteer must decide those), or a name in the shared
    section that no division has (it belongs with its province, where it is taken as a word)."""
    seen: set[str] = set()
    problems = []
    for word, shared in words:
        if word in seen:
            problems.append(f"listed twice: {word}")
        seen.add(word)
        if len(word) < 2:
            problems.append(f"too short: {word}")
        if word in divisions and not shared:
            problems.append(f"a division: {word}")
        if shared and word not in divisions:
            problems.append(f"shared with no division: {word}")
    return problems


def test_the_check_flags_repeats_single_characters_and_divisions():
    divisions = frozenset({"九江", "九江市", "清河", "太湖"})
    lines = ["# rivers", "长江 九江 长江", "湖 清河 白鹭溪",
             SHARED_SECTION + ": features named like a division", "太湖 青石湖", "# 某省: lakes", "太湖"]
    assert gazetteer_problems(listed_words(lines), divisions) == [
        "a division: 九江", "listed twice: 长江", "too short: 湖", "a division: 清河",
        "shared with no division: 青石湖", "listed twice: 太湖", "a division: 太湖"]


def test_natural_places_list_has_no_repeat_short_entry_or_stray_division():
    from pipeline.components.gazetteer import short_place_names
    from pipeline.paths import resolve_data_path

    lines = resolve_data_path(NATURAL_LIST).read_text(encoding="utf-8").splitlines()
    words = listed_words(lines)
    assert len(words) > 2000  # the provinces' rivers, lakes, reservoirs, reserves and mountains
    assert any(shared for _, shared in words)
    assert gazetteer_problems(words, short_place_names(DIVISION_TABLE)) == []


def test_a_lake_named_with_hai_written_with_hu_after_it_is_one_place(extractor):
    assert ("草海湖", "LOC") in ents(extractor, "近年来草海湖水质不断改善,候鸟数量逐年增加。")
    # 湖心, 湖区: the first word of a part of the lake, the lake's name stays as listed
    found = ents(extractor, "1—6月,草海湖心点位总磷浓度同比下降。")
    assert ("草海", "LOC") in found and ("草海湖", "LOC") not in found


def test_a_reserve_written_with_baohuqu_alone_is_one_place(extractor):
    assert ("洞庭湖保护区", "LOC") in ents(extractor, "核心面积占洞庭湖保护区的三成以上。")


def test_a_reserve_named_with_its_province_first_is_one_place(extractor):
    assert ("贵州草海国家级自然保护区", "LOC") in ents(extractor, "初春时节,贵州草海国家级自然保护区内水鸟成群。")


def test_a_preposition_before_a_listed_feature_is_no_part_of_its_name(extractor):
    found = ents(extractor, "全县以高黎贡山国家公园建设为引领,推进生态保护修复。")
    assert ("高黎贡山国家公园", "LOC") in found


@pytest.mark.parametrize("text, area", [
    ("今年完成木里矿区生态修复治理任务。", "木里矿区"),
    ("推进祁连山林区和太湖流域生态保护。", "祁连山林区"),
])
def test_a_mining_or_forest_area_named_after_a_place_or_feature_is_one_region(extractor, text, area):
    assert (area, "LOC") in ents(extractor, text)


def test_a_districts_own_name_stays_a_place(extractor):
    # 阳泉市矿区 is a district: the area word after a city's full name is the district's name
    assert ("阳泉市矿区", "GPE") in ents(extractor, "阳泉市矿区空气质量持续改善。")


def test_a_gully_listed_after_a_river_is_a_watercourse_too(extractor):
    assert ("黄泥沟", "LOC") in ents(extractor, "今年完成白马河、黄泥沟综合整治。")


@pytest.mark.parametrize("sentence, reserve", [
    ("开展漓江源自然保护区违规建设专项排查。", "漓江源自然保护区"),
    ("加强嘉陵江特有鱼类国家级水产种质资源保护区巡护。", "嘉陵江特有鱼类国家级水产种质资源保护区"),
])
def test_a_reserve_named_after_a_river_with_its_source_or_its_species_between_is_one_place(extractor, sentence, reserve):
    assert (reserve, "LOC") in ents(extractor, sentence)


def test_a_verb_between_a_feature_and_its_park_leaves_the_feature_alone(extractor):
    found = ents(extractor, "今年,青龙湖获批国家级湿地公园。")
    assert ("青龙湖", "LOC") in found
    assert not any("公园" in t for t, _ in found)


def test_a_lake_written_with_hu_before_its_surroundings_is_one_name(extractor):
    found = ents(extractor, "生态补水使乌梁素海湖周边的滩涂逐步恢复。")
    assert ("乌梁素海湖", "LOC") in found


def test_a_count_of_the_listed_rivers_is_cut_off_the_last_one(extractor):
    found = ents(extractor, "沅江、澧水、资江、湘江四水干流水质均为优,赣江、抚河、信江、修河五河也保持稳定。")
    locs = [s for s, label in found if label == "LOC"]
    assert "修河" in locs and not any(s.endswith(("四水", "五河")) for s in locs)


def test_a_forest_or_geological_park_named_after_its_mountain_is_one_loc_with_it(extractor):
    found = ents(extractor, "在大黑山国家森林公园和白云山国家地质公园周边,禁止露天烧烤。")
    locs = [s for s, label in found if label == "LOC"]
    assert locs == ["大黑山国家森林公园", "白云山国家地质公园"]


@pytest.mark.parametrize("text, members", [
    ("全年完成青石岭港和马家坝港两条小流域综合治理。", ["青石岭港", "马家坝港"]),
    ("加快柳树沟、石门沟等4条生态清洁小流域建设。", ["柳树沟", "石门沟"]),
    ("并对金鸡、白马岭水库两个饮用水水源地存在的问题进行整治。", ["金鸡", "白马岭水库"]),
    ("其中，甲、乙、丙、丁四水流域水质均为优。", ["甲", "乙", "丙", "丁"]),
])
def test_the_members_of_a_list_a_count_of_water_bodies_closes_are_water_bodies(extractor, text, members):
    found = ents(extractor, text)
    assert all((m, "LOC") in found for m in members)


@pytest.mark.parametrize("text", [
    "其中，甲、乙、丙、丁三水流域水质均为优。",  # four members but a count of three: no list of rivers
    "完成甲、乙两个项目。",  # a count of other things
])
def test_a_count_that_does_not_fit_the_list_names_no_water(extractor, text):
    assert not any(label == "LOC" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("其中，城南水库、黄河艾山断面水质为Ⅱ类。", "黄河"),  # a monitoring site after the river
    ("工程从百公里外的兴凯湖引水到市区。", "兴凯湖"),  # a verb and its object after the lake
    ("该县将获大别山水生态补偿资金200万元。", "大别山"),  # the compensation's 水生态 after the mountain
])
def test_a_short_run_after_a_known_name_is_no_part_of_it_unless_a_direction_opens_it(extractor, text, name):
    assert [s for s, label in ents(extractor, text) if label == "LOC"] == [name]


def test_two_rivers_written_together_are_two_places(extractor):
    found = ents(extractor, "该市召开南流江九洲江综合治理推进会。")
    assert ("南流江", "LOC") in found and ("南流江九洲江", "LOC") not in found


@pytest.mark.parametrize("text, surface", [
    ("九龙江北溪水质稳定。", "九龙江北溪"),  # a branch opened by its direction
    ("锦江河沿岸绿道贯通。", "锦江河"),  # the river written with its water word again
])
def test_a_named_part_or_the_water_word_again_stays_in_the_name(natural, text, surface):
    assert fix(natural, text, surface) == surface


@pytest.mark.parametrize("text, name", [
    ("游客在五台山观光。", "五台山"),  # 五台 reads as a numeral and a measure word
    ("五台山风景名胜区执行环境空气质量一级标准。", "五台山风景名胜区"),
])
def test_a_known_name_opening_with_a_numeral_and_a_measure_word_is_no_quantity(extractor, text, name):
    found = ents(extractor, text)
    assert (name, "LOC") in found and not any(label == "QUANTITY" for _, label in found)


@pytest.mark.parametrize("text", ["全面开展非煤矿山安全排查。", "加强磷矿山生态保护与修复。", "完成废弃矿山治理面积120公顷。"])
def test_a_kind_of_mine_is_no_mountain(extractor, text):
    assert not any(label == "LOC" for _, label in ents(extractor, text))


@pytest.mark.parametrize("sentence, feature", [
    ("要发挥东湖公园生态示范作用。", "东湖公园"),
    ("位于滨江新区的龙溪河公园水质明显改善。", "龙溪河公园"),
])
def test_a_verb_or_a_possessive_before_a_feature_is_no_part_of_its_name(extractor, sentence, feature):
    assert (feature, "LOC") in ents(extractor, sentence)


@pytest.mark.parametrize("sentence", ["绿水青山、冰天雪地也是金山银山。", "开展城镇内河水污染治理。"])
def test_slogans_and_kinds_of_water_are_no_places(extractor, sentence):
    assert not any(label == "LOC" for _, label in ents(extractor, sentence))


def test_a_name_before_a_gully_or_a_cave_is_no_person(extractor):
    assert not any(label == "PERSON" for _, label in ents(extractor, "对马家岭子沟水源地和白龙洞景点开展巡查。"))


def test_a_gully_the_model_read_as_a_person_is_the_gully(extractor):
    assert ("石峡子沟", "LOC") in ents(extractor, "对石峡子沟集中式饮用水水源地开展监测。")


def test_a_features_region_word_is_part_of_the_region(extractor):
    found = ents(extractor, "其中成都平原地区同比下降9.6%，大别山区域生态保护持续加强。")
    assert ("成都平原地区", "LOC") in found and ("大别山", "LOC") in found


@pytest.mark.parametrize("sentence, canal", [
    ("(三)第三排水沟\n沟道内堆放生活垃圾,水面漂浮物较多。", "第三排水沟"),
    ("河长先后查看了城西镇李庄干沟清淤疏浚情况。", "李庄干沟"),
    ("督导组沿东风干渠察看了渠道两侧的垃圾清理情况。", "东风干渠"),
])
def test_drains_and_canals_are_named_places(extractor, sentence, canal):
    assert (canal, "LOC") in ents(extractor, sentence)


def test_ditches_and_ponds_at_large_are_no_places(extractor):
    found = ents(extractor, "该企业利用无防渗措施的沟渠、坑塘排放水污染物,执法人员当场责令改正。")
    assert not any(label == "LOC" for _, label in found)


def test_a_park_named_after_a_lake_or_wetland_is_one_place_with_it(extractor):
    found = ents(extractor, "走进县城南部的青龙湖国家城市湿地公园,眼前是一片水清岸绿的景象。")
    assert ("青龙湖国家城市湿地公园", "LOC") in found


# --- reserves written short, and names read as rivers (sentences written for these tests) ---


def test_a_reserve_written_short_is_one_place(extractor):
    found = ents(extractor, "巡护队员从白熊坪保护区出发，三天后再从黄羊岭保护区返回。")
    assert ("白熊坪保护区", "LOC") in found and ("黄羊岭保护区", "LOC") in found


def test_a_county_before_a_reserve_written_short_is_one_place(extractor):
    found = ents(extractor, "近年来，佛坪保护区内大熊猫数量稳步增长。")
    assert ("佛坪保护区", "LOC") in found


def test_kinds_of_protected_zone_are_no_reserves(extractor):
    found = ents(extractor, "饮用水水源一级保护区内禁止设置排污口，生态保护区和水源保护区的边界已经划定，"
                            "要科学制定保护区功能区调整方案。")
    assert not any(label == "LOC" and name.endswith("保护区") for name, label in found)


def test_a_post_and_a_name_read_as_a_river_are_the_post_and_the_name(extractor):
    found = ents(extractor, "自治区生态环境厅厅长江白介绍，去年全区生态环境质量总体良好。")
    assert ("厅长", "TITLE") in found and ("江白", "PERSON") in found
    assert ("长江", "LOC") not in found


def test_a_name_like_a_river_after_a_post_is_a_person_each_time(extractor):
    found = ents(extractor, "县委书记杨长江出席会议并讲话。杨长江强调，要保护好长江和汉江。")
    assert found.count(("杨长江", "PERSON")) == 2
    assert ("长江", "LOC") in found


def test_a_verb_before_reserves_at_large_names_no_reserve(extractor):
    found = ents(extractor, "会议提出五点要求:一是抓好保护区的能力建设,二是加强保护区管护。")
    assert not any(label == "LOC" for _, label in found)


def test_a_count_a_place_name_opens_with_is_the_scenic_areas_name(extractor):
    """五大连池风景名胜区: 五大 is how the name begins, not five of anything; a verb before a scenic area is no name."""
    found = ents(extractor, "五大连池风景名胜区的火山地貌独一无二,要恢复自然景区原貌,实现景区可持续发展。")
    assert ("五大连池风景名胜区", "LOC") in found
    assert not any(label == "QUANTITY" for _, label in found)
    assert not any(t.startswith("实现") for t, _ in found)


def test_a_tributarys_order_before_its_name_is_no_part_of_it(extractor):
    found = ents(extractor, "一级支流清溪河,流经两个乡镇。")
    assert ("清溪河", "LOC") in found and not any(t.startswith("一级") for t, _ in found)


def test_the_members_of_a_counted_list_of_reserves_are_reserves_even_named_after_a_county(extractor):
    found = ents(extractor, "省内的宁陕、鹰嘴岩、天华山、老县城4个自然保护区评估结果为优。")
    assert {("宁陕", "LOC"), ("鹰嘴岩", "LOC"), ("天华山", "LOC"), ("老县城", "LOC")} <= set(found)


def test_a_wetland_of_international_importance_or_a_rivers_source_park_is_one_feature(extractor):
    found = ents(extractor, "成功创建了洮河源国家湿地公园,调研组深入尕海国际重要湿地,调研黄河水源补给区生态保护。")
    assert {("洮河源国家湿地公园", "LOC"), ("尕海国际重要湿地", "LOC"), ("黄河水源补给区", "LOC")} <= set(found)


def test_valleys_and_creeks_listed_by_name_are_features(extractor):
    found = ents(extractor, "峪口峪道,具体为甘峪、栗峪、黄柏峪3个峪。调研了沙墟涌、罗家涌的治理情况。")
    assert {("甘峪", "LOC"), ("栗峪", "LOC"), ("黄柏峪", "LOC"), ("罗家涌", "LOC")} <= set(found)


@pytest.mark.parametrize("text", ["二是要建立保护区巡护制度。", "各地积极争取公园建设资金。", "他强调,要充分肯定自然保护区建设成效。"])
def test_a_modal_or_a_verb_of_setting_up_before_a_kind_of_site_names_no_place(extractor, text):
    assert not any(label == "LOC" for _, label in ents(extractor, text))


def test_a_patrol_or_a_chiefs_post_names_no_water(extractor):
    # 村级河长|全天候巡河、…常态化巡河: a chief's post and the patrol it makes are no river
    text = "乡镇级河长每周一次巡河、村级河长全天候巡河”三级河长常态化巡河制度。"
    found = ents(extractor, text)
    assert not any(label in ("LOC", "PERSON") for _, label in found)


def test_a_county_named_like_its_river_is_the_county_before_its_people(extractor):
    found = ents(extractor, "市领导对綦江的工作给予肯定。他说,綦江干部群众上下同心,綦江流域水质持续改善。")
    assert ("綦江", "GPE") in found and ("綦江流域", "LOC") in found


def test_a_span_opened_inside_the_verb_before_the_name_starts_after_it(natural):
    text = "副市长督导白鹭湖保护区问题整改"
    s = text.index("导白鹭湖")
    fixed = natural.repair(text, s, s + 7)
    assert fixed and text[fixed[0]:fixed[1]] == "白鹭湖保护区"


def test_kinds_of_marsh_and_water_at_large_are_no_places(extractor):
    text = ("保护区湿地类型有藓类沼泽湿地、沼泽化草甸湿地、草本沼泽湿地、灌丛沼泽湿地、森林沼泽湿地。"
            "该县治理小流域12条,守护碧海蓝天,海岛风光秀丽。")
    assert not any(label == "LOC" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text", ["全旗召开2024年总河湖长会议。", "各乡镇设立市级河湖长公示牌。"])
def test_the_river_of_the_river_and_lake_chiefs_is_no_water_body(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "LOC"]


def test_a_level_before_the_river_and_lake_chiefs_post_is_the_posts(extractor):
    found = ents(extractor, "县委书记、县河湖长、林长庄立祥出席会议。")
    assert ("县河湖长", "TITLE") in found and not any(label == "LOC" for _, label in found)


def test_a_river_named_by_what_it_should_be_is_no_water_body(extractor):
    """幸福河, 家乡河, 爱河, 致富之河: a slogan's river, not a feature's name; the named river beside it stays."""
    from .page_helpers import ents
    found = ents(extractor, "要把黄河建设成为造福人民的幸福河。护河、爱河已成为群众的自觉,走近最美的家乡河活动启动。"
                            "清水河是我们的母亲河,也是致富之河。")
    assert ("黄河", "LOC") in found and ("清水河", "LOC") in found
    assert not {t for t, label in found if label == "LOC"} & {"幸福河", "爱河", "家乡河", "母亲河", "致富之河"}


def test_provinces_joined_by_their_abbreviations_are_one_region(extractor):
    found = ents(extractor, "今年,黔陇两省建立跨省界河流联防机制,湘桂粤三省区同步开展联合巡河,蜀黔交界处水质稳定。")
    assert ("黔陇", "LOC") in found and ("湘桂粤", "LOC") in found and ("蜀黔", "LOC") in found
    assert ("三省区", "QUANTITY") in found  # the count of the provinces is one quantity with its 省区
    # a count that does not count them, or a run a province's own name opens, is no such region
    found = ents(extractor, "陕甘三地协作,江苏两地合作,四川两地共建。")
    assert not any(label == "LOC" for _, label in found)


def test_cities_joined_with_dashes_in_quotes_name_a_region_but_levels_do_not(extractor):
    found = ents(extractor, "“临-安-溪”区域优良天数比例同比提高,‘北—平—东’地区也有改善。")
    assert ("临-安-溪", "LOC") in found and ("北—平—东", "LOC") in found
    assert not any(label == "LOC" for _, label in ents(extractor, "用好“省—市—县”三级联动机制。"))


def test_regions_by_customary_names(extractor):
    found = ents(extractor, "筑牢秦巴生态屏障,共建大湾区森林城市,守护三湘大地,推动渝东南城镇群绿色发展。")
    for name in ("秦巴", "大湾区", "三湘", "渝东南"):
        assert (name, "LOC") in found


def test_national_planning_regions_are_one_region_with_their_own_word(extractor):
    found = ents(extractor, "推动成渝地区双城经济圈建设,闽西南协同发展区召开联席会议,关中平原城市群空气质量改善。")
    for name in ("成渝地区双城经济圈", "闽西南协同发展区", "关中平原城市群"):
        assert (name, "LOC") in found


def test_a_river_named_shui_written_with_he_is_the_same_river(extractor):
    found = ents(extractor, "持续推进潇水河流域综合治理,沅水河水质稳定。")
    assert ("潇水河流域", "LOC") in found and ("沅水河", "LOC") in found
    # the riverside and a chief's post are no part of the name
    found = ents(extractor, "记者来到永州市道县潇水河畔采访。")
    assert ("潇水", "LOC") in found


def test_a_protected_area_or_park_named_after_a_name_or_a_short_place_is_one_feature(extractor):
    # a name the model may read as a person's, a short place, a county's park: the area's name, one LOC
    found = ents(extractor, "工作组先后到王朗国家级自然保护区、江门中华白海豚省级自然保护区和灵川县森林公园调研。")
    for name in ("王朗国家级自然保护区", "江门中华白海豚省级自然保护区", "灵川县森林公园"):
        assert (name, "LOC") in found
    # a city's areas in general, a water source's zone and an act between place and area are no such name
    found = ents(extractor, "南平市自然保护区面积扩大,赣江源头保护区出水断面达标,兴安县积极融入国家公园建设。")
    assert ("南平市", "GPE") in found and ("兴安县", "GPE") in found
    assert not any(label == "LOC" and name.endswith(("保护区", "公园")) for name, label in found)
    # the body that runs an area is no part of this reading
    found = ents(extractor, "王朗国家级自然保护区管理局组织巡护。")
    assert ("王朗国家级自然保护区", "LOC") not in found
