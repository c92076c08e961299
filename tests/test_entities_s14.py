"""Entities on the pages of the newest cities (S14N): counties by their short names.

Every sentence here is written for the test; none is taken from an article.  Each test fails on the
pipeline before this round.
"""

from __future__ import annotations

import pytest

from .page_helpers import ents


def gpes(extractor, text: str) -> list[str]:
    return [t for t, label in ents(extractor, text) if label == "GPE"]


# -- a county of the article's prefecture or province, by a short name ----------------------------------

@pytest.mark.parametrize("text, county", [
    # 开州区 -> 开州: a short name may end in 州 and is still a short name, not a full one
    ("重庆市生态环境局发布通报。今年以来，开州持续推进污染防治。", "开州"),
    ("遵义市召开会议，播州在会上作交流发言。", "播州"),
])
def test_a_county_short_name_ending_in_zhou(extractor, text, county):
    assert county in gpes(extractor, text)


@pytest.mark.parametrize("text, county", [
    # 琼海, 仙桃: counties their province governs directly have the province, not a placeholder, as parent
    ("海南省生态环境厅通报，琼海不断加强海岸带保护。", "琼海"),
    ("湖北省近日公布考核结果，仙桃空气优良天数比例居前。", "仙桃"),
])
def test_a_county_the_province_governs_directly(extractor, text, county):
    assert county in gpes(extractor, text)


def test_a_directly_governed_county_needs_its_province_in_the_article(extractor):
    assert "琼海" not in gpes(extractor, "会上介绍，琼海不断加强海岸带保护。")


# -- an environmental committee named with no place or level before it ---------------------------------

@pytest.mark.parametrize("text, body", [
    ("某县2024年生态环境保护委员会第二次全体会议近日召开。", "生态环境保护委员会"),
    ("区长主持召开生态环境保护工作委员会全体会议。", "生态环境保护工作委员会"),
])
def test_a_placeless_environmental_committee_is_a_body(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


def test_a_committee_s_office_or_any_committee_s_duties_are_no_placeless_body(extractor):
    assert ("生态环境保护委员会", "ORG") not in ents(extractor, "会议明确了河长的职责和生态环境保护委员会职责。")
    assert ("生态环境保护委员会", "ORG") not in ents(extractor, "2024年生态环境保护委员会办公室印发通知。")
