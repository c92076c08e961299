"""The project's gold data: seeds gold and the domain training set meet their requirements."""

from __future__ import annotations

import json

from pipeline.annotation.build import build
from pipeline.annotation.coverage import coverage, read_gold
from pipeline.taxonomy import load_taxonomy

from .conftest import ROOT, SEEDS

GOLD = ROOT / "annotations" / "gold"
TRAIN = ROOT / "annotations" / "train"


def _built_matches_committed(src_dir, jsonl):
    docs, problems = build(sorted(src_dir.glob("*.ann")))
    assert problems == []
    committed = [json.loads(l) for l in jsonl.read_text(encoding="utf-8").splitlines() if l.strip()]
    rebuilt = [d.model_dump(mode="json", exclude_none=True) for d in sorted(docs, key=lambda d: d.id)]
    assert committed == rebuilt, f"{jsonl} is stale: run python -m pipeline.annotation.build {src_dir} {jsonl}"


def test_seed_gold_is_built_from_sources_and_matches_seed_files():
    _built_matches_committed(GOLD / "src", GOLD / "seeds.jsonl")
    docs = {d.id: d for d in read_gold(GOLD / "seeds.jsonl")}
    assert sorted(docs) == ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]
    for seed_file in SEEDS.glob("*.txt"):
        assert docs[f"seed-{seed_file.name[:3]}"].text == seed_file.read_text(encoding="utf-8")
    for sid in ("seed-000", "seed-001", "seed-003"):
        assert any(e.type == "press_conference" and e.date and e.organizer for e in docs[sid].events)
    assert any(e.type == "meeting" and e.date == "2024-01-30" for e in docs["seed-004"].events)


def test_training_set_meets_coverage_requirements():
    _built_matches_committed(TRAIN / "src", TRAIN / "train.jsonl")
    docs = read_gold(TRAIN / "train.jsonl")
    cov = coverage(docs)
    assert cov.documents >= 60
    assert all(400 <= n <= 3000 for n in cov.characters)
    assert cov.scripts["traditional"] >= 10
    assert cov.noise >= 10
    assert len(cov.provinces) >= 20
    assert set(cov.genres) == {"press_conference", "results", "meeting", "enforcement_bulletin", "county_news"}
    for ind in load_taxonomy():
        assert cov.indicators[ind] >= 5, ind
    assert all(cov.roles[r] > 0 for r in ("value", "change", "rank", "target"))
    assert not {d.id for d in docs} & {f"seed-{i:03d}" for i in range(5)}
