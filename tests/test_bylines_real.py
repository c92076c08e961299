"""Bylines and credits as real pages write them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.io.readers import Document


def ents(extractor, text: str) -> list[tuple[str, str]]:
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [(e["text"], e["label"]) for e in record["entities"]]


@pytest.mark.parametrize("text, persons", [
    ("(记者刘凯 通讯员赵敏吴伟)日前,", ["刘凯", "赵敏", "吴伟"]),
    ("本报讯 记者孙阳报道 近日,", ["孙阳"]),
    ("本报讯 【记者 荀晓光】 昨日,", ["荀晓光"]),
    ("全媒体记者:伞红梅 朴成哲)\n", ["伞红梅", "朴成哲"]),
    ("编辑:胡静 审核:邓刚", ["胡静", "邓刚"]),
    ("江城讯(记者/唐明) 3月5日,记者了解到", ["唐明"]),
    ("本报讯 记者方正报道:近日,", ["方正"]),                       # a name that is also a county
    ("本报讯 记者张科报道:近日,", ["张科"]),                       # a name ending like a section word
    ("编辑:阿依古丽·买买提      2025-01-02", ["阿依古丽·买买提"]),
    ("责任编辑:许海燕我来说两句\n", ["许海燕"]),                   # page words glued to the name
    ("江城台记者了解到,安宁区空气质量改善", []),                   # 记者了解到 is no credit
    ("责任编辑:江城新闻网\n", []),                                 # an outlet credited, not a person
    ("江城日报记者:农村环境整治进展如何?\n", []),                 # a reporter's question, not a credit
    ("在队员带领下,记者来到江城开发区现场。", []),                   # a cue run into a sentence
])
def test_byline_names(extractor, text, persons):
    assert [s for s, label in ents(extractor, text) if label == "PERSON"] == persons


def test_our_paper_is_not_an_outlet_name(extractor):
    assert ("本报", "ORG") not in ents(extractor, "本报讯 记者孙阳报道 近日,市生态环境局通报了执法情况。")


def test_dateline_day_before_a_reporter_and_yesterday(extractor):
    found = ents(extractor, "(记者 刘凯)16日记者从省生态环境厅获悉,昨日全省开展了执法检查。")
    assert ("16日", "DATE") in found and ("昨日", "DATE") in found


def test_document_titles_are_skipped_but_a_newspaper_title_is_an_outlet(extractor):
    found = ents(extractor, "据《2021年某某市环境状况公报》显示,唐山市空气质量改善。《中国环境报》对此作了报道。")
    assert ("中国环境报", "ORG") in found
    assert not any(s == "某某市" or (s == "唐山" and lab == "GPE") for s, lab in found[:1])
    assert all("公报" not in s for s, _ in found)


def test_bodies_named_without_a_place_and_pointers_that_are_no_names(extractor):
    found = ents(extractor, "中央第五生态环境保护督察组对该省开展督察,省委、省政府高度重视。该公司已完成整改。")
    assert ("中央第五生态环境保护督察组", "ORG") in found
    assert ("省政府", "ORG") in found
    assert not any(s == "该公司" for s, _ in found)


def test_two_outlets_joined_by_a_hyphen_are_two_names(extractor):
    found = ents(extractor, "来源:东南网-泉州晚报  作者:林涛")
    assert ("东南网", "ORG") in found and ("泉州晚报", "ORG") in found


def test_an_outlet_never_spans_a_blank_line(extractor):
    orgs = [s for s, label in ents(extractor, "放大 -缩小\n\n江城网讯(记者 王海峰)日前,全市空气质量改善。") if label == "ORG"]
    assert orgs == ["江城网"]
