"""The Python API: pipeline.load() / nlp(text) / pipeline.extract() agree with `ecoie run`, on the input's offsets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ECOIE = Path(sys.executable).with_name("ecoie")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="module")
def run_records(tmp_path_factory) -> dict[str, dict]:
    """What `ecoie run` writes for the seeds (one process, so it is quick)."""
    out = tmp_path_factory.mktemp("run") / "records.jsonl"
    subprocess.run([str(ECOIE), "run", str(ROOT / "seeds"), "--out", str(out), "--workers", "1", "--no-summary"],
                   check=True, cwd=ROOT, capture_output=True)
    return {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_nlp_normalises_inside_and_spans_point_into_the_input(nlp, run_records):
    """seed 000 is traditional characters with pinyin glosses: nlp(text) finds what `ecoie run` finds."""
    path = SEEDS[0]
    text = path.read_text(encoding="utf-8")
    assert "(" in text and "聞" in text  # the glosses and traditional characters are really there
    doc = nlp(text)
    assert doc._.original_text == text
    assert "闻" in doc.text  # the Doc holds the normalised text
    ents = [(e._.orig_start, e._.orig_end, e.label_, e._.orig_text) for e in doc.ents]
    expected = [(e["start"], e["end"], e["label"], e["text"]) for e in run_records[path.name]["entities"]]
    assert ents == expected
    for start, end, _, surface in ents:
        assert text[start:end] == surface


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_extract_gives_the_run_record(path, run_records):
    expected = dict(run_records[path.name])
    record = pipeline.extract(path.read_text(encoding="utf-8"), meta={"encoding": "utf-8"}, doc_id=path.name)
    got = record.to_json_dict()
    expected.pop("source"), got.pop("source")  # a file's path vs an in-memory text
    assert got == expected


def test_pipe_with_two_processes_keeps_extensions_and_offsets(nlp):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:3]]

    def summary(doc):
        return ([(e._.orig_start, e._.orig_end, e.label_, e._.indicator, e._.role, e._.period) for e in doc.ents],
                doc._.context, [(ev.type, ev.date, ev.organizer) for ev in doc._.events or []],
                [o.person for o in doc._.officials or []])

    single = [summary(d) for d in nlp.pipe(texts)]
    multi = [summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert multi == single
    assert any(ev for _, _, ev, _ in single)


def test_displacy_preset_shows_indicator_and_role(nlp):
    text = "2024年上半年，聊城市PM2.5平均浓度为38微克/立方米，同比下降8.8%。"
    doc = nlp(text)
    data = pipeline.displacy_data(doc)
    quantities = [e for e in data["ents"] if e["label"] == "QUANTITY"]
    assert quantities and all(" · " in e["kb_id"] for e in quantities)
    assert any(e["kb_id"] == "air.pm25 · change" for e in quantities)
    html = pipeline.render(doc)
    assert "air.pm25 · value" in html and "38微克/立方米" in html


def test_spacy_load_of_the_shipped_model_needs_no_import(tmp_path):
    """Entry points (pyproject) register the factories and the tokenizer for spacy.load."""
    code = ("import sys, spacy\n"
            "assert 'pipeline' not in sys.modules\n"
            f"nlp = spacy.load({str(ROOT / 'models' / 'ner')!r})\n"
            "doc = nlp('2024年聊城市生态环境局局长吕克军介绍，PM2.5浓度为38微克/立方米。')\n"
            "print(nlp.pipe_names, sorted({e.label_ for e in doc.ents}))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "['sentences', 'quantities', 'gazetteer', 'ner']" in done.stdout


def test_import_pipeline_is_cheap():
    done = subprocess.run([sys.executable, "-c", "import sys, pipeline; print('spacy' in sys.modules)"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
