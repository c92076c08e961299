"""Entity precision on unseen pages: patterns found by reviewing pages the rules were never tuned on.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_rules import EntityRepair, byline_persons, load_rule_lists


@pytest.fixture(scope="module")
def lists():
    return load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                           "configs/gazetteers/surnames.txt")


@pytest.fixture(scope="module")
def repair(lists):
    return EntityRepair(lists, {"局长": "TITLE", "副局长": "TITLE", "科长": "TITLE"})


def _doubtful(repair, text, name):
    s = text.index(name)
    return repair.doubtful_person(text, s, s + len(name))


def test_a_rare_surname_needs_a_persons_evidence(repair):
    assert _doubtful(repair, "车间里的粉碎机、拌料机已经拆除", "粉碎机")        # a machine, not a name
    assert _doubtful(repair, "会上,列席人员分别发言", "列席")                  # a verb
    assert not _doubtful(repair, "副局长逄立新介绍了执法情况", "逄立新")        # a title before the name
    assert not _doubtful(repair, "蔺红军科长带队检查", "蔺红军")                # a title after the name
    assert not _doubtful(repair, "(记者 蔺红军)近日", "蔺红军")                 # a byline


def test_a_name_before_a_facility_or_in_quotes_is_no_person(repair):
    assert _doubtful(repair, "执法人员对张家洼煤矿进行检查", "张家洼")        # a mine named after its village
    assert _doubtful(repair, "王官屯断面水质达到Ⅲ类", "王官屯")               # a monitoring section
    assert _doubtful(repair, "全力擦亮“金城蓝”这张名片", "金城蓝")             # a quoted slogan
    assert not _doubtful(repair, "王官屯介绍了断面水质情况", "王官屯")          # a speaker
    assert not _doubtful(repair, "执法人员刘建华检查了现场", "刘建华")          # a common surname, nothing after


def test_a_byline_name_ending_in_wen_keeps_its_last_character(repair, lists):
    text = "(记者 韩梦文 周涛)本月起,"
    names = [text[s:e] for s, e in byline_persons(text, lists, repair.is_person_name)]
    assert names == ["韩梦文", "周涛"]


def test_end_to_end_machines_and_mines_are_no_persons(nlp):
    doc = nlp("检查时该厂车间内的切菜机、搅拌机设备已拆除。执法人员随后对李家庄煤矿进行了检查。")
    assert [e.text for e in doc.ents if e.label_ in ("PERSON", "TITLE")] == []
