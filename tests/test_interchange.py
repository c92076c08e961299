"""Annotation-tool round trips: the seed gold through Label Studio, doccano and DocBin comes back unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.annotation.interchange import (InterchangeError, export_file, from_labelstudio, import_file,
                                             read_documents, to_labelstudio)
from pipeline.schema import GoldDoc

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "annotations" / "gold" / "seeds.jsonl"
ECOIE = Path(sys.executable).with_name("ecoie")
SUFFIX = {"labelstudio": ".json", "doccano": ".jsonl", "docbin": ".spacy"}


def _gold() -> list[GoldDoc]:
    return [GoldDoc.model_validate_json(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "docbin"])
def test_seed_gold_round_trips_unchanged(fmt, tmp_path):
    exported = tmp_path / f"tasks{SUFFIX[fmt]}"
    assert export_file(GOLD, fmt, exported) == 5
    back = import_file(exported, fmt)
    original = _gold()
    assert [d.id for d in back] == [d.id for d in original]
    for got, want in zip(back, original):
        want = want.model_copy(update={"spans": sorted(want.spans, key=lambda s: (s.start, s.end))})
        assert got == want
    assert sum(s.indicator is not None for d in back for s in d.spans) > 100  # the attributes travelled too


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "docbin"])
def test_cli_round_trip_validates(fmt, tmp_path):
    exported, back = tmp_path / f"t{SUFFIX[fmt]}", tmp_path / "back.jsonl"
    subprocess.run([str(ECOIE), "annotations", "export", str(GOLD), "--format", fmt, "--out", str(exported)],
                   check=True, capture_output=True)
    done = subprocess.run([str(ECOIE), "annotations", "import", str(exported), "--format", fmt, "--out", str(back)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert subprocess.run([str(ECOIE), "validate", str(back)], capture_output=True).returncode == 0


def test_a_correction_in_label_studio_comes_back():
    doc = _gold()[1]
    task = to_labelstudio(doc)
    result = task["annotations"][0]["result"]
    quantity = next(r for r in result if r["type"] == "labels" and r["value"]["labels"] == ["QUANTITY"])
    role = next(r for r in result if r["id"] == quantity["id"] and r["from_name"] == "role")
    role["value"]["choices"] = ["target"]  # the annotator's correction
    back = from_labelstudio(task, "task 1")
    span = next(s for s in back.spans if (s.start, s.end) == (quantity["value"]["start"], quantity["value"]["end"]))
    assert span.role == "target"


def test_records_export_as_predictions_scored_by_doubt(tmp_path):
    record = {"doc_id": "a", "status": "ok", "text": "PM2.5浓度为38微克/立方米。", "meta": {},
              "entities": [{"start": 8, "end": 16, "label": "QUANTITY", "text": "38微克/立方米", "confidence": 1.0}],
              "quantities": [{"start": 8, "end": 16, "text": "38微克/立方米", "indicator": "air.pm25", "role": "value",
                              "confidence": 0.62}], "officials": [], "events": []}
    src = tmp_path / "records.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    export_file(src, "labelstudio", tmp_path / "tasks.json")
    task = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))[0]
    assert "annotations" not in task and task["predictions"][0]["score"] == 0.62
    (back,) = import_file(tmp_path / "tasks.json", "labelstudio")
    assert [(s.start, s.end, s.label, s.indicator, s.role) for s in back.spans] == [(8, 16, "QUANTITY", "air.pm25", "value")]


def test_records_without_text_are_refused_in_one_line(tmp_path):
    src = tmp_path / "records.jsonl"
    src.write_text(json.dumps({"doc_id": "a", "status": "ok", "entities": []}) + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"record 'a' has no text: run `ecoie run --with-text`"):
        list(read_documents(src))


@pytest.mark.parametrize("task, message", [
    ({"data": {}}, "task has no data.text"),
    ({"data": {"text": "abc"}}, "neither annotations nor predictions"),
    ({"data": {"text": "abc"}, "annotations": [{"result": [
        {"id": "x", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["ORG"]}}]}]}, "outside the text"),
    ({"data": {"text": "abc"}, "annotations": [{"result": [
        {"id": "x", "type": "labels", "value": {"start": 0, "end": 2, "labels": ["ORG", "GPE"]}}]}]}, "needs exactly one"),
])
def test_bad_label_studio_tasks_are_one_line_errors(task, message, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    done = subprocess.run([str(ECOIE), "annotations", "import", str(path), "--format", "labelstudio",
                           "--out", str(tmp_path / "g.jsonl")], capture_output=True, text=True)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr and "task 1" in done.stderr
