"""The component contract: analyze_pipes is clean, a wrong order is refused, custom fields reach the output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from pipeline import contract
from pipeline.config import DEFAULT_CONFIG

ROOT = Path(__file__).resolve().parent.parent
ECOIE = Path(sys.executable).with_name("ecoie")
SEED = ROOT / "seeds" / "001_a91cbd6fc8df54cb.txt"
DEFAULT_PIPELINE = ["sentences", "quantities", "tables", "gazetteer", "ner", "entities", "context", "values", "indicators",
                    "direction", "scope", "officials", "events"]


def test_every_factory_declares_its_contract_and_analyze_pipes_is_clean():
    import pipeline

    nlp = pipeline.load()
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} declares no assigns"
    needs = {name: nlp.get_pipe_meta(name).requires for name in nlp.pipe_names}
    assert "doc._.context" in needs["values"] and "doc._.officials" in needs["events"]


def test_extensions_are_declared_in_the_contract_only():
    """No component registers an extension itself: the contract's tables are the whole list."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline" / "components").glob("*.py"))
    assert "set_extension" not in sources
    for name in contract.SPAN_EXTENSIONS:
        assert Span.has_extension(name)
    for name in contract.DOC_EXTENSIONS:
        assert Doc.has_extension(name)


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(ECOIE), "run", *args], cwd=cwd, capture_output=True, text=True)


def test_a_misordered_pipeline_is_refused_at_load_with_one_line(tmp_path):
    order = list(DEFAULT_PIPELINE)
    order.remove("context")
    order.insert(order.index("officials"), "context")  # values and scope would read doc._.context = None
    cfg = DEFAULT_CONFIG.read_text(encoding="utf-8").replace(json.dumps(DEFAULT_PIPELINE), json.dumps(order))
    assert json.dumps(order) in cfg
    (tmp_path / "misordered.cfg").write_text(cfg, encoding="utf-8")
    done = _run(str(SEED), "--out", str(tmp_path / "r.jsonl"), "--workers", "1", "--no-summary",
                "--config", str(tmp_path / "misordered.cfg"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert re.search(r"'values' requires doc\._\.context, which 'context' assigns only after it", lines[0])
    assert not (tmp_path / "r.jsonl").exists()


def test_check_pipeline_order_accepts_a_disabled_producer():
    """--disable context is allowed (the readers cope); only a producer placed after its reader is wrong."""
    import pipeline

    nlp = pipeline.load(disable=["context"])
    contract.check_pipeline_order(nlp)
    assert "context" not in nlp.pipe_names


def test_a_code_component_adds_output_fields(tmp_path):
    cfg = DEFAULT_CONFIG.read_text(encoding="utf-8")
    cfg = cfg.replace('"officials", "events"]', '"officials", "events", "digits"]')
    cfg += '\n[components.digits]\nfactory = "test_digit_counter"\n'
    (tmp_path / "custom.cfg").write_text(cfg, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    done = _run(str(SEED), "--out", str(out), "--workers", "1", "--no-summary",
                "--config", str(tmp_path / "custom.cfg"), "--code", str(ROOT / "tests" / "data" / "custom_field_component.py"))
    assert done.returncode == 0, done.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["sentence_count"] > 5
    assert record["quantities"]
    for q in record["quantities"]:
        assert q["digits"] == sum(ch.isdigit() for ch in q["text"])
    assert all("digits" not in e for e in record["entities"])  # a quantity field, not an entity one
