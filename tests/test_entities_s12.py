"""Entities on the pages of the newest cities (S12N): bodies joined by a conjunction inside one model span.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

import pytest

from .page_helpers import ents, marked


# -- organisations joined by 和/及 -----------------------------------------------------------------

@pytest.mark.parametrize("text, bodies", [
    ("市公安局和市生态环境局联合开展夜查行动。", ["市公安局", "市生态环境局"]),
    ("问责组认为，城关镇政府及花园乡政府等相关部门履职不力。", ["城关镇政府", "花园乡政府"]),
    ("市交通局及市城管局等部门联合检查。", ["市交通局", "市城管局"]),
])
def test_a_conjunction_after_a_complete_name_joins_two_bodies(extractor, text, bodies):
    found = ents(extractor, text)
    for body in bodies:
        assert (body, "ORG") in found


@pytest.mark.parametrize("text, body", [
    ("县自然资源和规划局、县住房和城乡建设局参加会议。", "县自然资源和规划局"),
    ("市发展和改革委负责牵头落实。", "市发展和改革委"),
    ("长乐区海洋与渔业局派员参加。", "长乐区海洋与渔业局"),
])
def test_a_conjunction_after_a_field_word_stays_inside_the_name(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


# -- open-information headers written with spaces ----------------------------------------------------

_SPACED_HEADER = (
    "当前位置:首页\n"
    "索引号 330100000/2023-00412\n"
    "组配分类 统计数据 发布机构 青山市生态环境局\n"
    "生成日期 2023-05-08 公开方式 主动公开\n"
    "青山市2022年生态环境状况公报\n"
    "2022年，青山市生态环境局全面完成年度目标任务。\n"
)


@pytest.mark.parametrize("piece", ["索引号 330100000/2023-00412", "组配分类 统计数据 发布机构 青山市生态环境局",
                                   "生成日期 2023-05-08 公开方式 主动公开"])
def test_an_open_information_header_with_spaces_is_chrome(piece):
    assert marked(_SPACED_HEADER, piece)


def test_the_body_under_a_spaced_header_is_read(extractor):
    found = ents(extractor, _SPACED_HEADER)
    assert found.count(("青山市生态环境局", "ORG")) == 1
    assert not marked(_SPACED_HEADER, "青山市2022年生态环境状况公报")


# -- divisions named like rivers and hills ------------------------------------------------------------

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


# -- regions named by the abbreviations of several places ---------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("广东将加强与港澳联防联控，共同应对臭氧污染。", "港澳"),
    ("三地生态环境部门推动粤港澳大气监测数据共享。", "粤港澳"),
    ("川渝两地签署跨界河流联防联治协议。", "川渝"),
])
def test_a_region_of_several_places_is_a_loc(extractor, text, region):
    assert (region, "LOC") in ents(extractor, text)


# -- names that hold a verb's characters --------------------------------------------------------------

def test_a_task_force_named_for_its_goal_keeps_its_place_and_verb(extractor):
    found = ents(extractor, "会议由青州市创建国家生态文明建设示范市领导小组组织召开。")
    assert ("青州市创建国家生态文明建设示范市领导小组", "ORG") in found


def test_a_clause_before_a_task_force_still_stays_outside(extractor):
    found = ents(extractor, "吴忠市共接到中央第四生态环境保护督察组转办件120件。")
    assert ("吴忠市", "GPE") in found and ("中央第四生态环境保护督察组", "ORG") in found


def test_the_united_nations_loses_no_characters_to_the_verb_联合(extractor):
    assert ("联合国环境规划署", "ORG") in ents(extractor, "该项目获联合国环境规划署表彰。")


# -- names in datelines and credits -------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("经济日报雅安讯(周昆 记者 庄祥贵)近日，雅安市召开会议。", ["周昆", "庄祥贵"]),
    ("中新网拉萨11月4日电(白玛央宗)西藏自治区近日召开会议。", ["白玛央宗"]),
    ("本报讯（记者 姚 肖）9月5日，全市召开会议。", ["姚 肖"]),
])
def test_names_in_a_datelines_brackets(extractor, text, names):
    found = ents(extractor, text)
    for name in names:
        assert (name, "PERSON") in found


# -- a division written in full before a feature word ------------------------------------------------

def test_a_full_division_before_a_feature_word_stays_a_place(extractor):
    found = ents(extractor, "保山市自然保护区面积达到20万公顷。")
    assert ("保山市", "GPE") in found and not any(label == "LOC" for _, label in found)


def test_a_short_place_name_still_names_its_feature(extractor):
    assert ("郑州黄河国家湿地公园", "LOC") in ents(extractor, "郑州黄河国家湿地公园候鸟增多。")


# -- towns written alone ------------------------------------------------------------------------------

def test_a_town_opening_a_clause_is_a_place(extractor):
    assert ("新华镇", "GPE") in ents(extractor, "案件反映的问题，新华镇暂时未能解决。")


@pytest.mark.parametrize("text", ["全县共创建生态镇、生态村各5个。", "会议总结镇生态环境保护工作，部署下一步任务。"])
def test_kinds_of_towns_and_the_bare_town_after_a_verb_are_no_places(extractor, text):
    assert not [e for e in ents(extractor, text) if e[1] == "GPE"]


# -- a chain of posts in several bodies ---------------------------------------------------------------

def test_the_first_post_of_a_chain_across_bodies_is_a_title(extractor):
    found = ents(extractor, "发布会由市委宣传部副部长、市政府新闻办主任李建国主持。")
    assert ("副部长", "TITLE") in found and ("主任", "TITLE") in found


def test_a_role_without_a_name_in_such_a_chain_stays_out(extractor):
    found = ents(extractor, "会议要求各部门主要负责人、市生态环境局局长李强参加。")
    assert ("主要负责人", "TITLE") not in found and ("局长", "TITLE") in found


# -- a body named without its place before a titled person --------------------------------------------

def test_a_body_without_its_place_before_a_post_and_its_holder_is_an_org(extractor):
    found = ents(extractor, "同时，生态环境分局副局长王明进行现场咨询。")
    assert ("生态环境分局", "ORG") in found and ("副局长", "TITLE") in found


def test_a_town_that_opens_a_bodys_name_is_left_to_the_body(extractor):
    found = ents(extractor, "据悉，新华镇党委副书记、镇长周斌带队巡查。")
    assert ("新华镇", "GPE") not in found
