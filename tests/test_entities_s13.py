"""Entities on the pages of the newest cities (S13N): the parts of lakes, ranges and rivers.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

import pytest

from .page_helpers import ents, marked


# -- a lake's, a range's part in one place is one LOC; a stretch written with 干流/上游 splits -------------

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


# -- treatment and disposal plants with a proper name are ORG ---------------------------------------

@pytest.mark.parametrize("text, plant", [
    ("目前，城东污水处理厂已完成提标改造。", "城东污水处理厂"),
    ("生活垃圾全部运往青山焚烧厂处理。", "青山焚烧厂"),
    ("其余垃圾送往长岭填埋场进行卫生填埋。", "长岭填埋场"),
    ("全县加快推进河西污水处理厂建设。", "河西污水处理厂"),
])
def test_a_plant_with_a_proper_name_is_an_organisation(extractor, text, plant):
    assert (plant, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text", [
    "城镇污水处理厂提标改造全部完成。",
    "新建6座污水处理厂，园区污水处理厂实现全覆盖。",
    "督促污水处理厂落实在线监测要求。",
    "对颜家岭垃圾填埋场开展生态修复。",
])
def test_a_plant_named_only_by_its_kind_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


# -- a division named after a river or a lake, mentioned again by its short name ---------------------

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


# -- a village named in a river's monitoring section is a place --------------------------------------

@pytest.mark.parametrize("text, village", [
    ("考核断面清水河周家村和白沙河后河桥水质均达到Ⅲ类。", "周家村"),
    ("琼海市九曲江羊头外村桥水质为优。", "羊头外村"),
])
def test_a_village_after_a_river_in_a_section_name_is_a_place(extractor, text, village):
    assert (village, "GPE") in ents(extractor, text)


@pytest.mark.parametrize("text", ["清水河沿岸村庄污水全部收集。", "加强白沙河两岸村民环保宣传。"])
def test_the_land_along_a_river_is_no_village(extractor, text):
    assert not any(label == "GPE" for _, label in ents(extractor, text))


# -- zones built by two places, the host in brackets ---------------------------------------------------

@pytest.mark.parametrize("text, zone", [
    ("广州白云(清远)产业转移工业园污水全部收集处理。", "广州白云(清远)产业转移工业园"),
    ("中山(河源)产业转移工业园、深圳福田(河源和平)产业转移工业园均建立了污水处理设施。",
     "深圳福田(河源和平)产业转移工业园"),
    ("紫金、连平产业转移园现有项目均按要求落实。", "连平产业转移园"),
])
def test_a_zone_with_its_host_in_brackets_is_one_place(extractor, text, zone):
    assert (zone, "GPE") in ents(extractor, text)


# -- a field label followed by a reporter's cue ----------------------------------------------------

@pytest.mark.parametrize("text, name, cue", [
    ("作者:全媒体记者 唐小雨", "唐小雨", "全媒体"),
    ("作者：融媒体记者 梁晓东", "梁晓东", "融媒体"),
])
def test_a_reporter_cue_after_the_author_label_is_no_name(extractor, text, name, cue):
    found = ents(extractor, text)
    assert (name, "PERSON") in found
    assert not any(t.startswith(cue) for t, _ in found)


# -- a measure or a designation ending in 公园 names no park ---------------------------------------

@pytest.mark.parametrize("text", [
    "建成区绿地率达到41.2%，人均公园绿地面积为15.3平方米。",
    "创建宁静小区12个、宁静公园8个。",
    "推进生态连城和市民休闲森林公园等工程。",
])
def test_a_measure_or_a_designation_is_no_park(extractor, text):
    assert not any(label == "LOC" for _, label in ents(extractor, text))


def test_a_named_park_stays_a_place(extractor):
    assert ("南湖公园", "LOC") in ents(extractor, "南湖公园完成提升改造。")


# -- regions named by a province's abbreviation and a direction -------------------------------------

@pytest.mark.parametrize("text, region", [
    ("全力筑牢滇东南生态安全屏障。", "滇东南"),
    ("辽东重要水源地保护治理持续推进。", "辽东"),
])
def test_a_region_by_abbreviation_and_direction_is_a_place(extractor, text, region):
    assert (region, "LOC") in ents(extractor, text)


def test_a_mountain_after_a_region_is_a_feature_of_its_own(extractor):
    found = ents(extractor, "这里是滇西南哀牢山生态安全屏障的重要组成部分。")
    assert ("滇西南", "LOC") in found and ("哀牢山", "LOC") in found


def test_a_university_named_after_a_great_region_is_no_place(extractor):
    assert not any(label == "LOC" for _, label in ents(extractor, "华东师范大学专家参加论证。"))


# -- a portal's slogan line is page chrome --------------------------------------------------------------

def test_a_portal_slogan_line_is_chrome():
    text = "黄冈新闻网\n湖北鄂东地区第一门户\n黄冈市召开生态环境保护大会\n打造中部地区重要的开放门户\n"
    assert marked(text, "湖北鄂东地区第一门户")
    assert not marked(text, "黄冈市召开生态环境保护大会")
    assert not marked(text, "打造中部地区重要的开放门户")


# -- a body's bare level glued to the verb before it --------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("会议听取市环委会工作情况汇报。", "市环委会"),
    ("联合区园林绿化局、区水务局开展检查。", "区园林绿化局"),
])
def test_a_bare_level_after_a_verb_stays_inside_the_body(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


def test_a_place_before_a_body_is_not_cut(extractor):
    assert ("郑州市环委会办公室", "ORG") in ents(extractor, "郑州市环委会办公室印发通知。")


# -- anonymised persons with one character of the given name ------------------------------------------

def test_a_surname_with_mou_and_one_character_is_anonymised(extractor):
    found = ents(extractor, "经查，某村村民龙某军、雷某雄等6人在未取得许可的情况下非法倾倒废物。")
    assert not any(label == "PERSON" for _, label in found)


# -- a bare committee folded with its secretary's post ----------------------------------------------

def test_a_committee_before_its_secretary_with_nobody_named_is_no_body(extractor):
    assert not any(label == "ORG" for _, label in ents(extractor, "坚持市委书记围绕重点工作亲自部署。"))


def test_a_secretary_with_a_name_keeps_the_title(extractor):
    found = ents(extractor, "市委书记孙立新出席会议并讲话。")
    assert ("市委书记", "TITLE") in found and ("孙立新", "PERSON") in found


# -- a word for people at large after a surname-like character is no name -------------------------------

@pytest.mark.parametrize("text", [
    "邀请人大代表、区政协委员和群众代表参与监督。",
    "组织机关干部同居民代表一起清理河道垃圾。",
])
def test_people_at_large_are_no_person(extractor, text):
    assert not any(label in ("PERSON", "TITLE") for _, label in ents(extractor, text))


# -- a bare court names no body; a court with its place does ---------------------------------------------

@pytest.mark.parametrize("text", ["共移送公安机关21人，1人经法院判决获实刑。", "申请人民法院强制执行79宗。"])
def test_a_bare_court_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


def test_a_court_with_its_place_is_an_organisation(extractor):
    assert ("青山区人民法院", "ORG") in ents(extractor, "青山区人民法院依法公开审理该案。")


@pytest.mark.parametrize("text", [
    "本年度推进法治政府建设主要举措如下。",
    "全市生态环境保护工作会议在会展中心召开。",
])
def test_a_concept_or_a_venue_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


# -- a surname with 总 (a boss, 任总指挥) and a verb of charge after 由 are no names ------------------------

@pytest.mark.parametrize("text", [
    "企业负责人王总介绍了治理情况。",
    "由分管副市长任总召集人，统筹推进整改。",
])
def test_an_honorific_or_a_verb_of_charge_is_no_person(extractor, text):
    assert not any(label == "PERSON" for _, label in ents(extractor, text))


# -- towns named with 市 or 村 before their level word -------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("对慈利县苗市镇白龙村某大型养殖场下达整改通知。", "慈利县苗市镇白龙村"),
    ("新泰市禹村镇、宁阳县磁窑镇排名靠前。", "新泰市禹村镇"),
])
def test_a_town_named_with_shi_or_cun_joins_the_chain(extractor, text, place):
    assert (place, "GPE") in ents(extractor, text)


def test_a_named_community_below_a_town_joins_the_chain(extractor):
    found = ents(extractor, "对慈利县通津铺镇燕子社区某养殖场已下达停养通知。")
    assert ("慈利县通津铺镇燕子社区", "GPE") in found
