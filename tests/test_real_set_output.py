"""The pipeline's output on the real-article set: canonical periods, signed changes, offsets.

Runs only where the article texts have been restored (annotations/real/README.md);
the texts are not in the repository, so a clean clone skips these tests.
"""

from __future__ import annotations

import json

import pytest

from pipeline.annotation.goldio import read_gold
from pipeline.grammar.periods import is_canonical
from pipeline.io.readers import Document

from .conftest import ROOT

REAL = ROOT / "annotations" / "real"
pytestmark = pytest.mark.skipif(not (REAL / "texts").is_dir(), reason="real-article texts not restored")


@pytest.fixture(scope="module")
def records(extractor, tmp_path_factory):
    # the articles whose texts were restored: a page the store has since re-captured cannot be
    gold = tmp_path_factory.mktemp("real") / "gold.jsonl"
    gold.write_text("".join(line + "\n" for line in (REAL / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                            if (REAL / "texts" / f"{json.loads(line)['id']}.txt").is_file()), encoding="utf-8")
    docs = [d for d in read_gold(gold, REAL / "texts") if d.meta.get("split") == "dev"]
    assert len(docs) > 400
    return [(d, extractor.process_one(Document(d.id, text=d.text)).to_json_dict()) for d in docs]


def test_every_change_has_a_direction_and_a_delta_and_every_period_is_canonical(records):
    changes = 0
    for _, record in records:
        for q in record["quantities"]:
            if q["role"] == "change":
                changes += 1
                assert q["direction"] in ("up", "down", "flat") and q["delta"] is not None, q
            if q["period"] is not None:
                assert is_canonical(q["period"]) and q["period_start"] <= q["period_end"], q
    assert changes > 50


def test_offsets_point_into_the_original_text(records):
    for doc, record in records:
        for ent in record["entities"]:
            assert doc.text[ent["start"]:ent["end"]] == ent["text"]
        for r in record["ignored"]:
            assert 0 <= r["start"] < r["end"] <= len(doc.text)
