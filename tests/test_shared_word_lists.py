"""Word lists kept once and read by several components: the zone words of bodies.

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
from pipeline.components.officials import named_zone

ROOT = Path(__file__).resolve().parent.parent


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
