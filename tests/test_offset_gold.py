"""Offset-only gold (the real-article set's format), on a tiny fixture written for these tests."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.annotation.goldio import read_gold
from pipeline.annotation.markup import parse_markup, render_markup
from pipeline.annotation.offset_gold import join_text, sha256_text, strip_text
from pipeline.annotation.validate import validate_paths
from pipeline.cli import app
from pipeline.evaluation.scorer import score
from pipeline.schema import GoldDoc
from pipeline.training.splits import select, trainable

from .conftest import DATA

FIXTURE = DATA / "offset_gold"
runner = CliRunner()


@pytest.fixture()
def real_dir(tmp_path):
    """A writable copy of the fixture: gold, manifest and texts."""
    target = tmp_path / "real"
    shutil.copytree(FIXTURE, target)
    return target


def test_strip_and_join_round_trip():
    doc = read_gold(FIXTURE / "gold.jsonl")[0]
    stored = strip_text(doc)
    assert "text" not in stored and stored["text_sha256"] == sha256_text(doc.text)
    assert all(sp["text"] == doc.text[sp["start"]:sp["end"]] for sp in stored["spans"])
    assert GoldDoc.model_validate(join_text(stored, FIXTURE / "texts")) == doc


def test_read_gold_joins_texts_and_keeps_direction():
    docs = {d.id: d for d in read_gold(FIXTURE / "gold.jsonl")}
    fx = docs["fx-001"]
    changes = {fx.text[s.start:s.end]: s.direction for s in fx.spans if s.role == "change"}
    assert changes == {"7天": "up", "8.8%": "down"}


def test_missing_texts_are_said_in_one_line(real_dir):
    shutil.rmtree(real_dir / "texts")
    with pytest.raises(ValueError) as info:
        read_gold(real_dir / "gold.jsonl")
    message = str(info.value)
    assert "\n" not in message and "texts" in message and "--texts" in message


def test_changed_text_is_refused_naming_the_document(real_dir):
    path = real_dir / "texts" / "fx-002.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("23件", "24件"), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        read_gold(real_dir / "gold.jsonl")
    assert "fx-002" in str(info.value) and "sha256" in str(info.value)


def test_texts_option_points_elsewhere(real_dir, tmp_path):
    moved = tmp_path / "elsewhere"
    shutil.move(str(real_dir / "texts"), moved)
    assert len(read_gold(real_dir / "gold.jsonl", texts_dir=moved)) == 2


def test_validate_without_texts_checks_structure_and_says_so(real_dir):
    shutil.rmtree(real_dir / "texts")
    notices: list[str] = []
    files, problems = validate_paths([real_dir], notices=notices)
    assert problems == [] and len(files) == 2
    assert notices and "without their text" in notices[0]


def test_validate_without_texts_still_finds_overlaps(real_dir):
    shutil.rmtree(real_dir / "texts")
    lines = [json.loads(l) for l in (real_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    first = lines[0]["spans"][0]
    lines[0]["spans"].append({**first, "end": first["end"] + 1, "label": "QUANTITY",
                              "text": first["text"] + "x", "indicator": "other", "role": "value"})
    (real_dir / "gold.jsonl").write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines), encoding="utf-8")
    _, problems = validate_paths([real_dir / "gold.jsonl"], notices=[])
    assert any("overlaps" in p.message for p in problems)


def test_validate_with_changed_text_is_a_problem(real_dir):
    (real_dir / "texts" / "fx-001.txt").write_text("另一篇文章", encoding="utf-8")
    _, problems = validate_paths([real_dir], notices=[])
    assert [p.doc_id for p in problems] == ["fx-001"] and "sha256" in problems[0].message


def test_manifest_must_agree_with_gold(real_dir):
    lines = [json.loads(l) for l in (real_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    lines[1]["split"] = "dev"
    del lines[0]["query"]
    (real_dir / "manifest.jsonl").write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines),
                                             encoding="utf-8")
    _, problems = validate_paths([real_dir / "manifest.jsonl"])
    messages = {(p.doc_id, p.message) for p in problems}
    assert ("fx-001", "missing query") in messages
    assert ("fx-002", "split differs from gold.jsonl") in messages


def test_cli_validate_and_evaluate_with_texts(real_dir, tmp_path):
    moved = tmp_path / "t"
    shutil.move(str(real_dir / "texts"), moved)
    result = runner.invoke(app, ["validate", str(real_dir), "--texts", str(moved)])
    assert result.exit_code == 0, result.output
    preds = tmp_path / "pred.jsonl"
    preds.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(real_dir / "gold.jsonl"), "--pred", str(preds), "--json"])
    assert result.exit_code == 1 and "texts" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["evaluate", str(real_dir / "gold.jsonl"), "--texts", str(moved),
                                 "--pred", str(preds), "--json", "--split", "test"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"]["gold"] == 1


def test_splits_and_training_exclusion():
    docs = read_gold(FIXTURE / "gold.jsonl")
    assert [d.id for d in select(docs, "dev")] == ["fx-001"]
    assert [d.id for d in select(docs, "test")] == ["fx-002"]
    assert trainable(docs) == []


def test_markup_direction_round_trip():
    text, spans = parse_markup("PM2.5同比下降{{8.8%|QUANTITY|air.pm25|change|down}}。")
    assert spans[0]["direction"] == "down"
    doc = GoldDoc(id="x", text=text, spans=spans)
    assert render_markup(doc) == "PM2.5同比下降{{8.8%|QUANTITY|air.pm25|change|down}}。"


def test_scorer_counts_direction_on_gold_changes_only():
    gold = read_gold(FIXTURE / "gold.jsonl")[:1]
    doc = gold[0]
    quantities = []
    for sp in doc.spans:
        if sp.label == "QUANTITY":
            q = {"start": sp.start, "end": sp.end, "indicator": sp.indicator, "role": sp.role}
            if sp.role == "change":
                q["direction"] = "up"  # right for 7天, wrong for 8.8%
            quantities.append(q)
    result = score(gold, [{"doc_id": doc.id, "quantities": quantities}]).as_dict()["indicators"]
    assert result["indicator_role_accuracy"] == 1.0
    assert result["gold_changes_found"] == 2 and result["direction_accuracy"] == 0.5
    assert result["indicator_role_direction_accuracy"] == 0.75


def test_error_rows_name_each_kind_of_disagreement():
    from pipeline.evaluation.errors import list_errors

    doc = read_gold(FIXTURE / "gold.jsonl")[0]
    spans = {doc.text[s.start:s.end]: s for s in doc.spans}
    date, good, pm = spans["9日上午"], spans["165天"], spans["8.8%"]
    entities = [
        {"start": date.start, "end": date.end - 2, "label": "DATE"},          # boundary
        {"start": good.start, "end": good.end, "label": "QUANTITY"},
        {"start": pm.start, "end": pm.end, "label": "QUANTITY"},
        {"start": 0, "end": 1, "label": "ORG"},                               # false alarm
    ]
    quantities = [{"start": good.start, "end": good.end, "indicator": "air.pm25", "role": "value"},
                  {"start": pm.start, "end": pm.end, "indicator": "air.pm25", "role": "change", "direction": "up"}]
    rows = list_errors([doc], [{"doc_id": doc.id, "entities": entities, "quantities": quantities}])
    kinds = {(r.kind, r.gold, r.pred) for r in rows}
    assert ("entity_boundary", "9日上午", "9日") in kinds
    assert ("entity_false_alarm", None, "据") in kinds
    assert ("indicator", "air.good_days", "air.pm25") in kinds
    assert ("direction", "down", "up") in kinds
    assert ("entity_missed", "赵一平", None) in kinds
    assert any(r.kind == "official_missed" for r in rows)


def test_validate_accepts_a_users_own_indicator_rows(tmp_path):
    from pipeline.paths import CONFIG_DIR

    gold = tmp_path / "mine.jsonl"
    doc = GoldDoc(id="u1", text="全市共有城市绿道120公里。",
                  spans=[{"start": 6, "end": 11, "label": "QUANTITY", "indicator": "greenway.length", "role": "value"}])
    gold.write_text(doc.model_dump_json() + "\n", encoding="utf-8")
    _, problems = validate_paths([gold])
    assert any("unknown indicator" in p.message for p in problems)
    table = tmp_path / "indicators.tsv"
    table.write_text((CONFIG_DIR / "indicators.tsv").read_text(encoding="utf-8").rstrip("\n")
                     + "\ngreenway.length\tgreenway\t绿道长度\t绿道\tkm\tlength of urban greenways\n", encoding="utf-8")
    _, problems = validate_paths([gold], taxonomy=table)
    assert problems == []
    result = runner.invoke(app, ["validate", str(gold), "--taxonomy", str(table)])
    assert result.exit_code == 0, result.output


def test_sources_are_written_back_from_gold_and_build_gives_the_gold_again(real_dir, tmp_path):
    """A fresh checkout has gold and restored texts but no markup sources: `sources` rebuilds them,
    and building those untouched sources reproduces the committed gold line for line."""
    from pipeline.annotation.real import build, sources_from_gold

    written, problems = sources_from_gold(real_dir)
    assert problems == [] and len(written) == 2
    assert "{{赵一平|PERSON}}" in (real_dir / "src" / "fx-001.ann").read_text(encoding="utf-8")
    docs, _, problems = build(real_dir)
    assert problems == []
    rebuilt = [json.dumps(strip_text(d), ensure_ascii=False) for d in docs]
    assert rebuilt == (real_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    # an existing source is an annotator's work: never overwritten unless asked
    assert sources_from_gold(real_dir) == ([], [])


def test_sources_refuse_a_text_that_is_not_the_annotated_one(real_dir):
    from pipeline.annotation.real import sources_from_gold

    path = real_dir / "texts" / "fx-002.txt"
    path.write_text(path.read_text(encoding="utf-8") + "。", encoding="utf-8")
    written, problems = sources_from_gold(real_dir)
    assert [p.name for p in written] == ["fx-001.ann"]
    assert len(problems) == 1 and problems[0].startswith("fx-002:") and "sha256" in problems[0]


def test_a_build_keeps_the_committed_gold_of_a_document_whose_source_is_not_here(real_dir):
    """A page the store re-captured cannot be restored: building the other sources must not drop its gold."""
    from pipeline.annotation.real import build, sources_from_gold, write_outputs

    committed = (real_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    sources_from_gold(real_dir)
    (real_dir / "src" / "fx-002.ann").unlink()
    docs, manifest, problems = build(real_dir)
    assert problems == [] and [d.id for d in docs] == ["fx-001"]
    assert write_outputs(docs, manifest, real_dir) == ["fx-002"]
    assert (real_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() == committed
    ids = [json.loads(line)["id"] for line in (real_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == ["fx-001", "fx-002"]


def test_a_source_whose_genre_is_none_of_the_sets_kinds_is_a_problem(real_dir):
    """A genre spelled outside the set's kinds (inspection for inspection_rectification) would split its counts."""
    from pipeline.annotation.real import build, sources_from_gold

    sources_from_gold(real_dir)
    path = real_dir / "src" / "fx-001.ann"
    path.write_text(path.read_text(encoding="utf-8").replace("split: dev\n", "split: dev\ngenre: inspection\n", 1),
                    encoding="utf-8")
    _, _, problems = build(real_dir)
    assert len(problems) == 1 and "genre 'inspection'" in problems[0]


def test_a_partial_restore_is_scored_on_its_restored_texts_only_when_asked(real_dir, tmp_path):
    (real_dir / "texts" / "fx-001.txt").unlink()  # a session restored fx-002 only
    with pytest.raises(ValueError) as info:
        read_gold(real_dir / "gold.jsonl")
    assert "fx-001" in str(info.value) and "--restored-only" in str(info.value)
    assert [d.id for d in read_gold(real_dir / "gold.jsonl", restored_only=True)] == ["fx-002"]
    # a restored text that differs is still refused: its offsets would score other characters
    path = real_dir / "texts" / "fx-002.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("23件", "24件"), encoding="utf-8")
    with pytest.raises(ValueError):
        read_gold(real_dir / "gold.jsonl", restored_only=True)


def test_cli_evaluate_restored_only(real_dir, tmp_path):
    (real_dir / "texts" / "fx-001.txt").unlink()
    preds = tmp_path / "pred.jsonl"
    preds.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(real_dir / "gold.jsonl"), "--pred", str(preds), "--json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    result = runner.invoke(app, ["evaluate", str(real_dir / "gold.jsonl"), "--pred", str(preds), "--json",
                                 "--restored-only"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"]["gold"] == 1
