"""Batch runs at scale: worker processes, Dask, resume after a kill, faults never lose a document."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.runtime import batch, journal
from pipeline.runtime.journal import OutputJournal

from .conftest import ROOT, SEEDS

KILLER = ROOT / "tests" / "data" / "killer_component.py"
ECOIE = [sys.executable, "-m", "pipeline.cli"]


def corpus(tmp_path: Path, n: int, marker_at: int | None = None) -> Path:
    """``n`` documents in a JSONL file, cut from the seed articles (distinct ids and texts)."""
    paragraphs = [p for s in sorted(SEEDS.glob("*.txt")) for p in s.read_text(encoding="utf-8").split("\n") if len(p) > 60]
    lines = []
    for i in range(n):
        text = "\n".join(paragraphs[(3 * i + k) % len(paragraphs)] for k in range(3))
        if i == marker_at:
            text += "\nKILL-THE-WORKER"
        lines.append(json.dumps({"id": f"doc-{i:03d}", "text": text}, ensure_ascii=False))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(inputs, out, **kw) -> batch.RunStats:
    return batch.run_pipeline(batch.RunOptions(inputs=[str(i) for i in inputs], out=str(out), **kw))


def killer_config(tmp_path: Path) -> Path:
    text = (ROOT / "configs" / "default.cfg").read_text(encoding="utf-8")
    text = text.replace('pipeline = ["sentences", ', 'pipeline = ["sentences", "killer", ', 1)
    text += '\n[components.killer]\nfactory = "ecoie_test_killer"\n'
    path = tmp_path / "killer.cfg"
    path.write_text(text, encoding="utf-8")
    return path


# --- the journal, without models ------------------------------------------------------

def _line(doc_id: str, status: str = "ok") -> str:
    return json.dumps({"doc_id": doc_id, "text_sha256": doc_id * 2, "model_version": "v", "status": status}) + "\n"


def test_journal_cuts_a_torn_tail_and_indexes_complete_lines(tmp_path):
    out = tmp_path / "o.jsonl"
    (tmp_path / "o.jsonl.part").write_text(_line("a") + _line("b") + '{"doc_id": "c", "te', encoding="utf-8")
    j = OutputJournal(out, resume=True).open()
    assert set(j.done) == {("a", "aa", "v"), ("b", "bb", "v")}
    j.write_lines([(("c", "cc", "v"), _line("c"))])
    j.commit(order=[("a", "aa", "v"), ("b", "bb", "v"), ("c", "cc", "v")])
    assert out.read_text(encoding="utf-8") == _line("a") + _line("b") + _line("c")
    assert not (tmp_path / "o.jsonl.part").exists()


def test_journal_puts_lines_back_in_input_order_and_writes_errors(tmp_path):
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    (tmp_path / "o.jsonl.part").write_text(_line("c") + _line("a"), encoding="utf-8")
    j = OutputJournal(out, resume=True).open()
    j.write_lines([(("b", "bb", "v"), _line("b", "error"))])
    keys = [("a", "aa", "v"), ("b", "bb", "v"), ("c", "cc", "v"), ("a", "aa", "v")]  # a duplicate input: two lines
    j.commit(order=keys, errors=errors)
    assert out.read_text(encoding="utf-8") == _line("a") + _line("b", "error") + _line("c") + _line("a")
    assert errors.read_text(encoding="utf-8") == _line("b", "error")


def test_resume_redoes_error_records(tmp_path):
    """An error in the journal (a worker that died, say) is tried again; its old line is dropped."""
    out = tmp_path / "o.jsonl"
    (tmp_path / "o.jsonl.part").write_text(_line("a") + _line("b", "error"), encoding="utf-8")
    j = OutputJournal(out, resume=True).open()
    assert set(j.done) == {("a", "aa", "v")}
    j.write_lines([(("b", "bb", "v"), _line("b"))])
    j.commit(order=[("a", "aa", "v"), ("b", "bb", "v")])
    assert out.read_text(encoding="utf-8") == _line("a") + _line("b")


def test_disk_full_is_one_line_exit_1_and_leaves_no_file(extractor, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    real_open = open

    class FullDisk:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    def open_full(path, mode="r", *a, **k):
        fh = real_open(path, mode, *a, **k)
        return FullDisk(fh) if "w" in mode or "a" in mode else fh

    monkeypatch.setattr(journal, "open", open_full, raising=False)
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1
    assert "cannot write" in result.output and "No space left on device" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_resume_needs_a_file(tmp_path):
    with pytest.raises(batch.UsageError):
        run([SEEDS], "-", resume=True)


# --- real processes -------------------------------------------------------------------------

def test_killed_run_resumes_to_the_same_file(extractor, tmp_path):
    """SIGKILL a real `ecoie run` half-way; `--resume` finishes it; the file equals an uninterrupted run."""
    src = corpus(tmp_path, 24)
    reference = tmp_path / "reference.jsonl"
    run([src], reference, workers=1, chunk_size=2)

    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    cmd = ECOIE + ["run", str(src), "--out", str(out), "--workers", "1", "--chunk-size", "2", "--no-summary",
                   "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        if part.exists() and part.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.05)
    assert proc.poll() is None, proc.stderr.read().decode()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    kept = part.read_bytes().count(b"\n")
    assert 6 <= kept < 24

    resumed = subprocess.run(cmd + ["--resume"], cwd=ROOT, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not part.exists()
    # resuming a finished run does nothing and changes nothing
    stats = run([src], out, workers=1, chunk_size=2, resume=True)
    assert (stats.skipped, stats.ok) == (24, 0)
    assert out.read_bytes() == reference.read_bytes()


def test_two_worker_processes_write_what_one_process_writes(extractor, tmp_path):
    src = corpus(tmp_path, 10)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run([src], one, workers=1, chunk_size=2)
    stats = run([src], two, workers=2, chunk_size=2)
    assert stats.backend == "processes" and stats.workers == 2 and stats.ok == 10
    assert two.read_bytes() == one.read_bytes()


def test_a_worker_that_dies_loses_no_document(extractor, tmp_path):
    """A component hard-kills its process on one document: that document is an error, the rest are records."""
    src = corpus(tmp_path, 8, marker_at=5)
    cfg = killer_config(tmp_path)
    out, errors = tmp_path / "o.jsonl", tmp_path / "errors.jsonl"
    stats = run([src], out, workers=2, chunk_size=2, config=cfg, code=[KILLER], errors=errors)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == [f"doc-{i:03d}" for i in range(8)]
    assert [r["status"] for r in records] == ["ok"] * 5 + ["error"] + ["ok"] * 2
    assert "worker process died" in records[5]["error"]
    assert (stats.ok, stats.errors) == (7, 1)
    assert [json.loads(line)["doc_id"] for line in errors.read_text(encoding="utf-8").splitlines()] == ["doc-005"]


def test_dask_cluster_writes_the_same_records_as_a_local_run(extractor, tmp_path):
    distributed = pytest.importorskip("distributed")
    src = corpus(tmp_path, 10)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run([src], local, workers=1, chunk_size=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        stats = run([src], remote, chunk_size=2, scheduler=cluster.scheduler_address)
    assert stats.backend == "dask" and stats.workers == 2 and stats.ok == 10
    assert sorted(remote.read_bytes().splitlines()) == sorted(local.read_bytes().splitlines())
    assert remote.read_bytes() == local.read_bytes()  # and in input order
