"""End-to-end CLI behaviour: exit codes, error records, atomic output, config."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import SEEDS

ARTICLE = "3月12日上午，聊城市生态环境局召开新闻发布会，优良天数245天，同比增加40天。"
runner = CliRunner()


def _lines(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and "ecoie" in result.output


def test_run_seeds_gives_five_ok_records(extractor, tmp_path):
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(out), "--with-text", "--no-summary"])
    assert result.exit_code == 0, result.output
    records = _lines(out)
    assert [r["status"] for r in records] == ["ok"] * 5
    assert records[0]["doc_id"] == "000_cf766a50f9936a8d.txt"
    seed0 = records[0]
    assert "生态环境局" in seed0["normalized_text"] and "(fā)" not in seed0["normalized_text"]
    for r in records:
        for key in ("doc_id", "source", "text_sha256", "status", "meta", "entities", "quantities",
                    "officials", "events", "warnings"):
            assert key in r


def test_empty_binary_and_gbk_give_three_lines_and_exit_1(extractor, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "c_gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    out = tmp_path / "o.jsonl"
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["run", str(d), "--out", str(out), "--errors", str(errors)])
    assert result.exit_code == 1
    records = _lines(out)
    assert [(r["doc_id"], r["status"]) for r in records] == [
        ("a_empty.txt", "error"), ("b_binary.txt", "error"), ("c_gbk.txt", "ok")]
    assert records[0]["error"] == "empty file"
    assert len(_lines(errors)) == 2


def test_folder_without_documents_is_a_usage_error(extractor, tmp_path):
    (tmp_path / "x.bin").write_bytes(b"1")
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "no readable documents" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_missing_input_path_exits_2_with_one_line(tmp_path):
    """A path that does not exist is the caller's mistake (usage, exit 2), reported before any model loads."""
    missing = tmp_path / "no-such-article.txt"
    result = runner.invoke(app, ["run", str(missing), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [f"error: {missing}: no such file or folder"]
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("args", [[], ["run"], ["evaluate"], ["train"], ["setup"], ["annotations"],
                                  ["annotations", "export"], ["annotations", "import"]])
def test_help_shows_flags_without_a_bool_type(args):
    """typer printed ``<bool>`` beside every flag (and ``--help``) as if it took a value."""
    result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output
    assert "--help" in result.output
    if args == ["run"]:
        assert "<path>" in result.output and "SECTION.KEY=VALUE" in result.output  # options with values keep a type


def test_unwritable_output_exit_1_and_no_partial_file(extractor, tmp_path):
    if os.geteuid() == 0:
        target = "/proc/ecoie-cannot-write/o.jsonl"  # root ignores permissions; /proc refuses
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        target = str(ro / "o.jsonl")
    result = runner.invoke(app, ["run", str(SEEDS / "000_cf766a50f9936a8d.txt"), "--out", target])
    assert result.exit_code == 1
    assert "cannot write" in result.output
    assert "Traceback" not in result.output


def test_interrupted_run_keeps_only_the_journal_and_resume_finishes_it(extractor, tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    from pipeline.runtime import batch

    reference = tmp_path / "ref.jsonl"
    batch.run_pipeline(batch.RunOptions(inputs=[str(SEEDS)], out=str(reference), workers=1, chunk_size=2))
    calls = {"n": 0}
    original = batch.RunStats.add

    def interrupt_on_third(self, outcome):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        original(self, outcome)

    monkeypatch.setattr(batch.RunStats, "add", interrupt_on_third)
    with pytest.raises(KeyboardInterrupt):
        batch.run_pipeline(batch.RunOptions(inputs=[str(SEEDS)], out=str(out), workers=1, chunk_size=2))
    monkeypatch.setattr(batch.RunStats, "add", original)
    assert not out.exists()
    part = tmp_path / "o.jsonl.part"
    kept = len(part.read_text(encoding="utf-8").splitlines())
    assert 0 < kept < 5  # the chunks written before the interruption
    stats = batch.run_pipeline(batch.RunOptions(inputs=[str(SEEDS)], out=str(out), workers=1, chunk_size=2,
                                                resume=True))
    assert (stats.skipped, stats.ok) == (kept, 5 - kept)
    assert out.read_bytes() == reference.read_bytes()
    assert not part.exists()


def test_bad_override_is_usage_error(extractor, tmp_path):
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "o"), "--set", "nonsense"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "o"), "--disable", "nope"])
    assert result.exit_code == 2


def test_overrides_and_disabling_stages(extractor, tmp_path):
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["run", str(SEEDS / "000_cf766a50f9936a8d.txt"), "--out", str(out), "--with-text",
                                 "--set", "normalize.enabled=false", "--disable", "sentences", "--no-summary"])
    assert result.exit_code == 0, result.output
    [rec] = _lines(out)
    assert "發(fā)布" in rec["normalized_text"]


def test_user_dict_override(extractor, tmp_path):
    from pipeline.extractor import Extractor

    words = tmp_path / "words.txt"
    words.write_text("新篇章主题\n", encoding="utf-8")
    ex = Extractor.from_config(overrides={"segment.user_dict": str(words)})
    doc = ex.nlp("新篇章主题系列")
    assert doc[0].text == "新篇章主题"


def test_missing_segmenter_model_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ECOIE_HOME", str(tmp_path / "empty-cache"))
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "ecoie setup" in result.output
    assert "Traceback" not in result.output


def test_jsonl_input_and_stdin(extractor, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "good", "text": ARTICLE}, ensure_ascii=False), "{broken", json.dumps({"id": "notext"})]),
        encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--no-summary"])
    assert result.exit_code == 1
    assert [r["status"] for r in _lines(out)] == ["ok", "error", "error"]
    result = runner.invoke(app, ["run", "-", "--out", "-", "--no-summary"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["doc_id"] == "stdin"


def test_component_failure_is_an_error_record_naming_it(extractor, tmp_path):
    from pipeline.io.readers import Document

    class Exploding:
        def __call__(self, doc):
            if "爆炸" in doc.text:
                raise RuntimeError("boom")
            return doc

    extractor.nlp.add_pipe("ecoie_sentences", name="exploding_probe", last=True)
    try:
        extractor.nlp.replace_pipe("exploding_probe", "ecoie_sentences")
        extractor.nlp.pipeline[-1]  # the component slot exists
        name = "exploding_probe"
        idx = extractor.nlp.pipe_names.index(name)
        extractor.nlp._components[idx] = (name, Exploding())
        docs = [Document("a", ARTICLE), Document("b", "这里会爆炸。"), Document("c", ARTICLE)]
        records = list(extractor.process(docs))
    finally:
        extractor.nlp.remove_pipe("exploding_probe")
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert "exploding_probe" in records[1].error


def test_list_override_runs_and_caches_its_worker(extractor, tmp_path):
    """A list value (``--set nlp.pipeline=[...]``) used to crash the worker cache with "unhashable type: 'list'"."""
    from pipeline.runtime.work import WorkerSpec, extractor_for

    stages = ["sentences", "quantities", "gazetteer", "ner", "entities", "context"]
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["run", str(SEEDS / "000_cf766a50f9936a8d.txt"), "--out", str(out), "--no-summary",
                                 "--workers", "1", "--set", "nlp.pipeline=" + json.dumps(stages)])
    assert result.exit_code == 0, result.output
    [rec] = _lines(out)
    assert rec["status"] == "ok" and rec["entities"] and rec["events"] == []
    spec = WorkerSpec.create(overrides={"nlp.pipeline": stages})
    hash(spec)
    assert spec.override_values() == {"nlp.pipeline": stages}
    assert extractor_for(spec) is extractor_for(WorkerSpec.create(overrides={"nlp.pipeline": list(stages)}))
    assert extractor_for(spec).nlp.pipe_names == stages
