"""The user gazetteer's organisations: national bodies, outlets, institutes and state groups.

Every sentence here is written for the test; none is taken from an article.  The entity tests fail
without the entries of ``configs/gazetteers/user.tsv`` (the model misses the name, or reads a place
inside it) or without the outlet's channel read with the outlet.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.components.gazetteer import Gazetteer, short_place_names

from .page_helpers import ents

ROOT = Path(__file__).resolve().parent.parent
USER = ROOT / "configs" / "gazetteers" / "user.tsv"
DIVISIONS = ROOT / "configs" / "gazetteers" / "divisions.tsv"
LABELS = {"ORG", "PERSON", "TITLE", "GPE", "LOC"}


def user_entries() -> list[tuple[str, str]]:
    """(term, label) of every line of the user gazetteer that is not a comment."""
    rows = []
    for line in USER.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, label = line.partition("\t")
            rows.append((term, label))
    return rows


# -- the file ---------------------------------------------------------------------------------------

def test_every_entry_is_a_term_and_a_known_label():
    bad = [(t, lab) for t, lab in user_entries() if lab not in LABELS or not t or t != t.strip() or "\t" in lab]
    assert not bad


def test_no_entry_is_listed_twice():
    assert [t for t, n in Counter(t for t, _ in user_entries()).items() if n > 1] == []


def test_no_entry_is_a_division_name():
    # a division is read from divisions.tsv already; listed again (or as an ORG) it would shadow the place
    places = short_place_names(str(DIVISIONS))
    assert [t for t, _ in user_entries() if t in places] == []


def test_no_entry_is_a_single_character():
    assert [t for t, _ in user_entries() if len(t) < 2] == []


# -- an outlet's channel ----------------------------------------------------------------------------

def _matches(words: list[str]) -> list[tuple[str, str]]:
    gaz = Gazetteer("configs/gazetteers/divisions.tsv", "configs/gazetteers/titles.txt",
                    "configs/gazetteers/org_suffixes.txt", "configs/gazetteers/user.tsv")
    text, starts, ends, pos = "".join(words), set(), set(), 0
    for w in words:
        starts.add(pos)
        pos += len(w)
        ends.add(pos)
    return [(text[s:e], lab) for s, e, lab in gaz.matches(text, starts, ends)]


def test_a_listed_outlet_is_read_with_its_channel():
    assert _matches(["大众网", "威海", "频道", "讯"]) == [("大众网威海频道", "ORG")]
    assert _matches(["人民网", "-", "北京", "频道", "消息"]) == [("人民网-北京频道", "ORG")]


def test_a_channel_that_cuts_a_word_is_not_read():
    assert ("大众网", "ORG") in _matches(["大众网", "威海", "频道讯"])


# -- the pipeline -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("国家电网加快建设特高压输电工程。", "国家电网"),       # 电网 is no body's ending: the model's span was dropped
    ("中国石化在当地投资建设炼化项目。", "中国石化"),       # the model read only the country
    ("最高检与水利部联合召开新闻发布会。", "最高检"),       # a short form the model does not know
    ("第1眼TV记者在现场看到，施工已经结束。", "第1眼TV"),    # an app named with Latin letters
])
def test_a_listed_body_is_an_organisation(extractor, text, org):
    assert (org, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text, org", [
    ("大众网威海频道讯 当地组织开展净滩活动。", "大众网威海频道"),   # the byline cue read the outlet alone
    ("人民网-北京频道消息，北京市启动专项行动。", "人民网-北京频道"),
    ("四川在线德阳频道记者获悉，德阳市加快推进治污。", "四川在线德阳频道"),
])
def test_an_outlet_with_its_channel_is_one_organisation(extractor, text, org):
    found = ents(extractor, text)
    assert (org, "ORG") in found
    assert not any(label == "GPE" and text.index(name) < len(org) for name, label in found)


def test_the_channel_names_the_place_of_a_county_written_short(extractor):
    # 陵水 is a county 海南 governs directly: a place by its short name only where the article names 海南,
    # here only in the channel's name
    text = "来源：人民网-海南频道\n\n会上介绍，陵水持续加强海岸带生态保护。"
    found = ents(extractor, text)
    assert ("人民网-海南频道", "ORG") in found and ("陵水", "GPE") in found


def test_a_site_after_a_listed_body_is_not_part_of_its_name(extractor):
    # with the body listed the model ran on to 网站; a body's site is not the body (as 某某官网)
    assert ("中国气象局", "ORG") in ents(extractor, "中国气象局网站对外发布了天气预报。")
