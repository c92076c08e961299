"""Entities on the pages of the newest cities (S12N): bodies joined by a conjunction inside one model span.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

import pytest

from .page_helpers import ents


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
