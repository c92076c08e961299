"""The markup format, and validation that rejects every problem with its place."""

from __future__ import annotations


import pytest
from typer.testing import CliRunner

from pipeline.annotation.markup import MarkupError, parse_markup, read_source, render_markup
from pipeline.annotation.validate import validate_paths
from pipeline.cli import app

from .conftest import ROOT

BROKEN = ROOT / "tests" / "data" / "broken_gold.jsonl"


def test_parse_markup_offsets():
    text, spans = parse_markup("{{3月12日|DATE}}，优良天数{{245天|QUANTITY|air.good_days|value}}。")
    assert text == "3月12日，优良天数245天。"
    assert spans[0] == {"start": 0, "end": 5, "label": "DATE"}
    assert text[spans[1]["start"]:spans[1]["end"]] == "245天"
    assert spans[1]["indicator"] == "air.good_days" and spans[1]["role"] == "value"


def test_unbalanced_markup_is_rejected():
    with pytest.raises(MarkupError):
        parse_markup("{{3月12日|DATE}，好")


def test_roundtrip(tmp_path):
    src = tmp_path / "x.ann"
    src.write_text("---\nid: x\nofficials:\n  - {person: 王明, titles: [局长], org: 某市生态环境局}\n---\n"
                   "{{王明|PERSON}}说，PM_{2.5}浓度{{43微克/立方米|QUANTITY|air.pm25|value}}。\n", encoding="utf-8")
    doc = read_source(src)
    assert doc.text.startswith("王明说，PM_{2.5}浓度43微克/立方米")
    assert render_markup(doc) == src.read_text(encoding="utf-8").split("---\n", 2)[2]


def test_broken_file_rejected_with_each_problem_named():
    files, problems = validate_paths([BROKEN])
    messages = "\n".join(str(p) for p in problems)
    assert "line 3: not JSON" in messages
    assert "[d1] @0-99: offsets outside the text" in messages
    assert "unknown label 'PLACE'" in messages
    assert "unknown indicator 'air.pm26'" in messages
    assert "unknown role 'level'" in messages
    assert "overlaps" in messages
    assert "duplicate id" in messages
    assert "unknown type 'party'" in messages
    assert "officials.0.titles" in messages  # a title list that is not a list
    assert "carries indicator/role" in messages
    assert "not YYYY-MM-DD" in messages


def test_validate_cli_exit_codes():
    runner = CliRunner()
    bad = runner.invoke(app, ["validate", str(BROKEN)])
    assert bad.exit_code == 1
    assert "@0-99" in bad.output
    good = runner.invoke(app, ["validate", str(ROOT / "annotations")])
    assert good.exit_code == 0, good.output
