"""Word lists kept once and read by several components: the zone words of bodies, the county short names
that are something else too.

A list kept twice drifts: a word added to one copy is missing from the other.  These tests add a word to
the one list and check that every reader sees it; they fail if a reader keeps a copy of its own.  Every
name and sentence here is written for the test; none is taken from an article.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.components.entity_passes.bodies import ZONE_BODY
from pipeline.components.entity_rules import ZONE_KIND_WORDS
from pipeline.components.gazetteer import (CITY_PART_KIND, NOT_THE_COUNTY_KIND, county_short_words,
                                           county_word_kinds)
from pipeline.components.officials import named_zone
from pipeline.io.readers import Document

ROOT = Path(__file__).resolve().parent.parent
COUNTY_WORDS = ROOT / "configs/gazetteers/county_short_words.txt"


@pytest.mark.parametrize("kind", ZONE_KIND_WORDS)
def test_every_zone_word_opens_a_zone_body_and_takes_the_zone_name(kind):
    assert ZONE_BODY.fullmatch(f"{kind}管委会")
    assert named_zone(f"{kind}党工委", {f"东港{kind}"}, "", None) == f"东港{kind}党工委"


def test_a_zone_word_added_to_the_one_tuple_is_read_by_the_body_pass_and_the_officials():
    # in a fresh interpreter: the tuple is extended and its readers are loaded again, as an edit of the source
    # and a new run would have them
    script = """
import importlib
import pipeline.components.entity_rules as rules
from pipeline.components import officials
from pipeline.components.entity_passes import bodies
assert "保税区" not in rules.ZONE_KIND_WORDS
rules.ZONE_KIND_WORDS += ("保税区",)
importlib.reload(bodies)
importlib.reload(officials)
assert bodies.ZONE_BODY.fullmatch("保税区管委会"), "the body pass keeps its own zone words"
assert officials.named_zone("保税区管委会", {"东港保税区"}, "", None) == "东港保税区管委会", "the officials keep their own"
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_zone_word_left_out_of_the_tuple_is_no_zone_body():
    assert "保税区" not in ZONE_KIND_WORDS
    assert not ZONE_BODY.fullmatch("保税区管委会")
    assert named_zone("保税区管委会", {"东港保税区"}, "", None) == "保税区管委会"


def test_county_words_are_read_by_kind(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# a note\n## first kind (例)\n甲乙 丙丁  # a comment\n## second kind\n戊己\n## first kind\n庚辛\n",
                    encoding="utf-8")
    assert county_word_kinds(str(path))["first kind"] == {"甲乙", "丙丁", "庚辛"}
    assert county_short_words(str(path)) == {"甲乙", "丙丁", "戊己", "庚辛"}
    assert county_short_words(str(path), ("second kind",)) == {"戊己"}
    with pytest.raises(ValueError, match="third kind"):
        county_short_words(str(path), ("third kind",))


def test_the_county_words_file_holds_the_kinds_its_readers_ask_for():
    kinds = county_word_kinds(str(COUNTY_WORDS))
    assert {"振兴", "和平", "新区"} <= kinds[NOT_THE_COUNTY_KIND] | kinds[CITY_PART_KIND]
    assert {"城区", "郊区", "城关", "市中"} <= kinds[CITY_PART_KIND]
    assert not kinds[NOT_THE_COUNTY_KIND] & kinds[CITY_PART_KIND]  # each word is kept once


@pytest.fixture(scope="module")
def extractor_with_more_county_words(tmp_path_factory):
    """The pipeline with the county words file plus 如东 (a county's short name that names it alone) read
    otherwise even beside its full name, and 蕉城 as a part of any city."""
    from pipeline.extractor import Extractor

    path = tmp_path_factory.mktemp("words") / "county_short_words.txt"
    path.write_text(COUNTY_WORDS.read_text(encoding="utf-8")
                    + f"\n## {NOT_THE_COUNTY_KIND}\n如东\n## {CITY_PART_KIND}\n蕉城\n", encoding="utf-8")
    return Extractor.from_config(overrides={"components.entities.county_words": str(path)})


def test_a_word_added_to_the_county_words_file_is_a_word_to_every_reader(extractor, extractor_with_more_county_words):
    before = extractor.nlp.get_pipe("entities").knowledge
    after = extractor_with_more_county_words.nlp.get_pipe("entities").knowledge
    # the county-name pass: no longer a place on its own
    assert {"如东", "蕉城"} <= before.lone_counties
    assert not {"如东", "蕉城"} & after.lone_counties
    # the places named again: no longer a place beside the county's full name
    assert not {"如东", "蕉城"} & before.counties_never_by_evidence
    assert {"如东", "蕉城"} <= after.counties_never_by_evidence
    # the article's own county: only a part of any city is left out there
    assert {"如东", "蕉城"} <= extractor.nlp.get_pipe("context").county_shorts.keys()
    shorts = extractor_with_more_county_words.nlp.get_pipe("context").county_shorts
    assert "如东" in shorts and "蕉城" not in shorts


def test_a_county_word_alone_is_no_place(extractor, extractor_with_more_county_words):
    text = "会上，市生态环境局通报了如东近期的执法检查情况。"

    def gpes(ex):
        return [e["text"] for e in ex.process_one(Document("t", text=text)).to_json_dict()["entities"]
                if e["label"] == "GPE"]

    assert gpes(extractor) == ["如东"]
    assert gpes(extractor_with_more_county_words) == []
