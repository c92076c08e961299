"""Issue 16, "nothing lost, nothing hangs": one test (at least) per numbered case of the issue.

Each test names its case.  The bad-input corpus is the folder
``tests/data/bad_inputs/`` (one small file per case of bad input) with its
expected outcomes in ``BAD_INPUTS`` below: one ``ecoie run`` over the folder
must give exactly one record per input (``error`` where the input is bad),
a one-line reason and never a traceback.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.annotation.samples import long_text
from pipeline.cli import app
from pipeline.io.readers import read_file, read_stdin
from pipeline.runtime import journal
from pipeline.runtime.journal import OutputJournal

from .conftest import DATA, SEEDS

ARTICLE = "3月12日上午，聊城市生态环境局召开新闻发布会，优良天数245天，同比增加40天。"
runner = CliRunner()


def _jsonl(path: Path, *objects) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def _line(doc_id: str, status: str = "ok", **extra) -> str:
    return json.dumps({"doc_id": doc_id, "text_sha256": doc_id * 2, "model_version": "v", "status": status,
                       **extra}) + "\n"


def _one_line_error(result) -> str:
    text = result.output.strip()
    assert "Traceback" not in text, text
    assert len(text.splitlines()) == 1, text
    return text


# --- case 1: --out is an input, or inside an input folder ------------------------------------

def test_case1_out_equal_to_the_input_is_refused_and_the_input_kept(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    before = src.read_bytes()
    result = runner.invoke(app, ["run", str(src), "--out", str(src)])
    assert result.exit_code == 2
    assert "is an input" in _one_line_error(result)
    assert src.read_bytes() == before


def test_case1_out_inside_an_input_folder_is_refused(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for option in ("--out", "--errors"):
        args = ["run", str(folder), "--out", str(tmp_path / "o.jsonl")]
        args += [option, str(folder / "sub" / "records.jsonl")]
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert "inside the input folder" in _one_line_error(result)
    assert sorted(p.name for p in folder.rglob("*")) == ["a.txt"]


def test_case1_a_hard_link_to_the_input_is_the_input(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    os.link(src, tmp_path / "alias.jsonl")
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "alias.jsonl")])
    assert result.exit_code == 2 and "is an input" in result.output


# --- case 2: devices, FIFOs, directories, symlinks ------------------------------------------

@pytest.mark.parametrize("kind", ["fifo", "directory"])
def test_case2_special_outputs_are_refused_and_left_alone(tmp_path, kind):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    result = runner.invoke(app, ["run", str(src), "--out", str(target)])
    assert result.exit_code == 2
    assert "not a regular file" in _one_line_error(result)
    mode = os.lstat(target).st_mode
    assert stat.S_ISFIFO(mode) if kind == "fifo" else stat.S_ISDIR(mode)


def test_case2_a_device_is_refused_before_anything_is_written():
    from pipeline.runtime.outputs import OutputRefused, check_outputs

    with pytest.raises(OutputRefused, match="is a device"):
        check_outputs(["in.jsonl"], "/dev/null", None)


def test_case2_a_symlink_is_written_through(extractor, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    real = tmp_path / "real" / "records.jsonl"
    real.parent.mkdir()
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    result = runner.invoke(app, ["run", str(src), "--out", str(link), "--no-summary"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["doc_id"] == "a"
    assert sorted(p.name for p in real.parent.iterdir()) == ["records.jsonl"]


# --- case 3: a failure during --resume keeps the journal ------------------------------------------

class _FullDisk:
    """A file whose writes fail with ENOSPC (the rest passes through)."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.fh, name)


def _full_disk(monkeypatch):
    real_open = open

    def open_full(path, mode="r", *a, **k):
        fh = real_open(path, mode, *a, **k)
        return _FullDisk(fh) if "w" in mode or "a" in mode else fh

    monkeypatch.setattr(journal, "open", open_full, raising=False)


def test_case3_disk_full_during_resume_keeps_the_journal_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    part.write_text(_line("a") + _line("b"), encoding="utf-8")
    before = part.read_bytes()
    _full_disk(monkeypatch)
    j = OutputJournal(out, resume=True).open()
    with pytest.raises(journal.WriteError, match="No space left"):
        j.write_lines([(("c", "cc", "v"), _line("c"))])
    assert part.read_bytes() == before
    assert not out.exists()


def test_case3_failed_commit_during_resume_keeps_the_journal(tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    part.write_text(_line("b") + _line("a"), encoding="utf-8")  # out of order: commit rewrites it
    j = OutputJournal(out, resume=True).open()
    _full_disk(monkeypatch)
    with pytest.raises(journal.WriteError):
        j.commit(order=[("a", "aa", "v"), ("b", "bb", "v")])
    assert part.read_text(encoding="utf-8") == _line("b") + _line("a")
    assert [p.name for p in tmp_path.iterdir()] == ["o.jsonl.part"]


def test_case3_cli_resume_on_a_full_disk_exits_1_and_keeps_earlier_work(extractor, tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    first = runner.invoke(app, ["run", str(SEEDS / "000_cf766a50f9936a8d.txt"), "--out", str(out), "--no-summary"])
    assert first.exit_code == 0, first.output
    out.rename(part)  # as if the run had been killed after its first document
    before = part.read_bytes()
    _full_disk(monkeypatch)
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(out), "--resume", "--workers", "1"])
    assert result.exit_code == 1
    assert "No space left on device" in _one_line_error(result)
    assert part.read_bytes() == before


def test_case8_resume_in_a_read_only_folder_is_one_line_and_keeps_the_journal(tmp_path, monkeypatch):
    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    part.write_text(_line("a"), encoding="utf-8")
    real_open = open

    def read_only(path, mode="r", *a, **k):
        if "w" in mode or "a" in mode:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr(journal, "open", read_only, raising=False)
    with pytest.raises(journal.WriteError, match="Permission denied"):
        OutputJournal(out, resume=True).open()
    assert part.read_text(encoding="utf-8") == _line("a")


# --- case 4: stdin JSONL, line by line -------------------------------------------------------------

def test_case4_stdin_jsonl_with_a_null_line_gives_three_documents():
    data = (json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False) + "\nnull\n"
            + json.dumps({"id": "b", "text": ARTICLE}, ensure_ascii=False) + "\n").encode("utf-8")
    docs = list(read_stdin(io.BytesIO(data)))
    assert [(d.id, d.ok) for d in docs] == [("a", True), ("stdin:2", False), ("b", True)]
    assert docs[1].error == "line 2: not a JSON object"


def test_case4_stdin_follows_the_file_rules_for_broken_and_long_lines():
    good = json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False)
    data = f"{good}\n{{broken\n\"a string\"\n{json.dumps({'id': 'c', 'text': 'x' * 500})}\n{good}\n".encode("utf-8")
    docs = list(read_stdin(io.BytesIO(data), max_bytes=300))
    assert [d.ok for d in docs] == [True, False, False, False, True]
    assert "not JSON" in docs[1].error and "not a JSON object" in docs[2].error
    assert "read.max_bytes" in docs[3].error
    # plain text is still one document
    [doc] = list(read_stdin(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert doc.ok and doc.text == ARTICLE


# --- case 5: two runs on one output --------------------------------------------------------------

def test_case5_a_second_run_on_the_same_output_stops_at_once_naming_the_first(extractor, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    out = tmp_path / "o.jsonl"
    first = OutputJournal(out).open()
    first.write_lines([(("x", "xx", "v"), _line("x"))])
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1
    message = _one_line_error(result)
    assert "being written by another ecoie run" in message and f"pid {os.getpid()}" in message
    assert (tmp_path / "o.jsonl.part").read_text(encoding="utf-8") == _line("x")
    first.commit()
    assert out.read_text(encoding="utf-8") == _line("x")


def test_case5_the_lock_is_released_when_a_run_ends(tmp_path):
    out = tmp_path / "o.jsonl"
    j = OutputJournal(out).open()
    with pytest.raises(journal.OutputBusy):
        OutputJournal(out, resume=True).open()
    j.abort(keep=True)
    OutputJournal(out, resume=True).open().commit()


def test_case5_errors_equal_to_out_is_refused(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o.jsonl"),
                                 "--errors", str(tmp_path / "." / "o.jsonl")])
    assert result.exit_code == 2
    assert "same file" in _one_line_error(result)


# --- case 8: one line, exit 2 or 1 ------------------------------------------------------------------

@pytest.mark.parametrize("args,needle", [
    (["--set", "read.max_bytes=abc"], "read.max_bytes must be"),
    (["--set", "read.max_bytes=-5"], "read.max_bytes must be"),
    (["--out", ""], "--out is empty"),
])
def test_case8_usage_errors_are_one_line_exit_2(tmp_path, args, needle):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    base = ["run", str(src)] + ([] if "--out" in args else ["--out", str(tmp_path / "o.jsonl")])
    result = runner.invoke(app, base + args)
    assert result.exit_code == 2
    assert needle in _one_line_error(result)


# --- case 9: limits in bytes, named right ------------------------------------------------------------

def test_case9_jsonl_lines_are_limited_in_bytes_not_characters(tmp_path):
    text = "中" * 400  # 400 characters, 1,200 bytes
    src = _jsonl(tmp_path / "in.jsonl", {"id": "wide", "text": text}, {"id": "after", "text": ARTICLE})
    docs = list(read_file(src, tmp_path, max_bytes=1000))
    assert [d.id for d in docs] == ["in.jsonl:1", "after"]
    assert "read.max_bytes" in docs[0].error and "--max-bytes" not in docs[0].error


def test_case9_file_too_large_names_the_real_setting(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(ARTICLE.encode("utf-8") * 100)
    [doc] = list(read_file(big, tmp_path, max_bytes=1000))
    assert "too large" in doc.error and "--set read.max_bytes=" in doc.error
    assert "--max-bytes" not in doc.error


def test_case9_a_non_utf8_jsonl_line_does_not_hide_the_rest(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "\xd6\xd0\xce\xc4"}\n' + json.dumps({"id": "b", "text": ARTICLE}).encode() + b"\n")
    docs = list(read_file(src, tmp_path))
    assert [(d.id, d.ok) for d in docs] == [("in.jsonl:1", False), ("b", True)]
    assert docs[0].error == "line 1: not UTF-8"


# --- case 10: metadata and record shapes ---------------------------------------------------------------

def test_case10_resume_refuses_a_changed_output_shape(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    out = tmp_path / "o.jsonl"
    (tmp_path / "o.jsonl.part").write_text(_line("a", text="t", normalized_text="t"), encoding="utf-8")
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--resume"])
    assert result.exit_code == 2
    assert "--with-text" in _one_line_error(result)
    assert (tmp_path / "o.jsonl.part").read_text(encoding="utf-8") == _line("a", text="t", normalized_text="t")


# --- case 6: workers die with their coordinator ------------------------------------------------------

def test_case6_kill_9_of_the_coordinator_leaves_no_worker_behind(extractor, tmp_path):
    """SIGKILL a real `ecoie run --workers 2`: its workers (and the resource tracker) are gone within seconds."""
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    from .conftest import ROOT
    from .test_batch_scale import corpus

    src = corpus(tmp_path, 40)
    part = tmp_path / "o.jsonl.part"
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(tmp_path / "o.jsonl"),
           "--workers", "2", "--chunk-size", "1", "--no-summary", "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    children: list = []
    try:
        deadline = time.time() + 300
        while time.time() < deadline and proc.poll() is None:
            if part.exists() and part.read_bytes().count(b"\n") >= 2:
                break  # both workers have loaded and are working
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read().decode()
        children = psutil.Process(proc.pid).children(recursive=True)
        assert len(children) >= 2  # two workers (and the resource tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_at = time.time()

        def alive():
            out = []
            for child in children:
                try:
                    if child.status() != psutil.STATUS_ZOMBIE:
                        out.append(child)
                except psutil.NoSuchProcess:
                    pass
            return out

        while alive() and time.time() - killed_at < 10:
            time.sleep(0.2)
        survivors = alive()
        assert not survivors, f"still running {time.time() - killed_at:.1f} s after the kill: {survivors}"
    finally:
        if proc.poll() is None:
            proc.kill()
        for child in children:  # never leave an orphan behind, even when the test fails
            try:
                child.kill()
            except psutil.NoSuchProcess:
                pass


# --- case 8 and 11: the segmenter loads from its absolute cache path, never through pickle ---------------

class _Planted:
    """Unpickling this creates a marker file: proof that a pickle was executed."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _cache_copy(tmp_path: Path, name: str, skip: tuple[str, ...] = ()) -> Path:
    """A segmenter cache of symlinks to the real one (no 150 MB copies)."""
    from pipeline.paths import pkuseg_model_dir
    from pipeline.provision import MODEL_FILES

    d = tmp_path / name
    d.mkdir(parents=True)
    for f in MODEL_FILES:
        if f not in skip:
            (d / f).symlink_to(pkuseg_model_dir() / f)
    return d


def test_case11_no_msgpack_is_refused_and_the_pickle_never_runs(tmp_path):
    import pickle

    from pipeline.components.segmenter import SegmenterModelMissing, build_segmenter

    d = _cache_copy(tmp_path, "cache", skip=("features.msgpack",))
    marker = tmp_path / "pickle-ran"
    (d / "features.pkl").write_bytes(pickle.dumps(_Planted(marker)))
    with pytest.raises(SegmenterModelMissing, match="no features.msgpack.*ecoie setup"):
        build_segmenter(d, [])
    assert not marker.exists()


def test_case11_a_relative_model_dir_named_like_a_pkuseg_model_is_not_redirected(tmp_path, monkeypatch):
    import pickle

    import spacy_pkuseg

    from pipeline.components.segmenter import build_segmenter

    _cache_copy(tmp_path, "mixed")
    home = tmp_path / "pkuseg_home"
    planted = _cache_copy(home, "mixed", skip=("features.msgpack",))
    marker = tmp_path / "pickle-ran"
    (planted / "features.pkl").write_bytes(pickle.dumps(_Planted(marker)))
    (home / "mixed.zip").write_bytes(b"")  # what spacy-pkuseg's download looks for

    def no_download(*args, **kwargs):
        raise AssertionError("spacy-pkuseg tried to download a model")

    monkeypatch.setattr(spacy_pkuseg, "download_model", no_download)
    monkeypatch.setattr(spacy_pkuseg.config, "pkuseg_home", str(home))
    monkeypatch.chdir(tmp_path)
    seg = build_segmenter("mixed", [])
    assert seg.cut("聊城市生态环境局召开新闻发布会") == ["聊城市", "生态", "环境局", "召开", "新闻", "发布会"]
    assert not marker.exists()


def test_case8_a_truncated_segmenter_cache_is_one_line_exit_1(tmp_path, monkeypatch):
    from pipeline.paths import pkuseg_model_dir

    home = tmp_path / "home"
    d = _cache_copy(home / "pkuseg", "mixed", skip=("features.msgpack",))
    with open(pkuseg_model_dir() / "features.msgpack", "rb") as fh:
        (d / "features.msgpack").write_bytes(fh.read(1_000_000))
    monkeypatch.setenv("ECOIE_HOME", str(home))
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 1
    message = _one_line_error(result)
    assert "damaged" in message and "ecoie setup --force" in message


def test_case8_an_unreachable_scheduler_is_one_line_exit_1(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from pipeline.runtime import executors

    monkeypatch.setattr(executors, "SCHEDULER_TIMEOUT", "2s")
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE})
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o.jsonl"), "--chunk-size", "1",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in _one_line_error(result)
    assert list(tmp_path.iterdir()) == [src]


def test_case8_any_other_failure_is_still_one_line_exit_1(tmp_path, monkeypatch):
    from pipeline.runtime import batch

    def broken(*args, **kwargs):
        raise RuntimeError("something unforeseen\nwith a second line")

    monkeypatch.setattr(batch, "run_pipeline", broken)
    monkeypatch.delenv("ECOIE_DEBUG", raising=False)
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE})
    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "RuntimeError: something unforeseen" in _one_line_error(result)


# --- case 10: metadata is never invented ----------------------------------------------------------------

def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>2023年工作总结</title>{head}</head><body><article>{body}</article></body></html>"


def test_case10_a_page_that_only_mentions_a_year_gets_no_invented_day(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(_page(f"<h1>2023年工作总结</h1><p>{ARTICLE}</p><p>2023年，全市空气质量持续改善，水环境质量稳中向好。</p>"),
                    encoding="utf-8")
    [doc] = list(read_file(page, tmp_path))
    assert doc.ok, doc.error
    assert doc.meta.get("published") == "2023"


def test_case10_a_stated_date_is_kept_and_a_missing_one_is_not_made_up():
    from pipeline.io.pages import stated_date

    assert stated_date("2024-03-12", "发布时间：2024年3月12日") == "2024-03-12"
    assert stated_date("2024-03-12", '<meta content="2024-03-12">') == "2024-03-12"
    assert stated_date("2024-03-01", "2024年3月全市空气质量") == "2024-03"
    assert stated_date("2023-01-01", "2023年工作总结") == "2023"
    assert stated_date("2023-01-01", "no year at all") is None
    assert stated_date("2023-01-01", "12023 is not a year") is None


def test_case10_a_navigation_only_page_is_an_error_record(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text('<html><head><title>x</title></head><body><nav><a href="/">home</a></nav></body></html>',
                    encoding="utf-8")
    [doc] = list(read_file(page, tmp_path))
    assert not doc.ok and "no sentence" in doc.error


def test_case10_duplicate_ids_warn_and_get_a_suffix(extractor, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", {"id": "x", "text": ARTICLE}, {"id": "x", "text": ARTICLE + "。"},
                 {"id": "x#2", "text": ARTICLE}, {"id": "y", "text": ARTICLE})
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--no-summary", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["doc_id"] for r in records]
    assert ids == ["x", "x#2", "x#2#2", "y"] and len(set(ids)) == 4
    assert records[0]["warnings"] == [] and "duplicate id 'x'" in records[1]["warnings"][0]
    assert "duplicate id 'x#2'" in records[2]["warnings"][0]


# --- case 7: long documents ----------------------------------------------------------------------------

def test_case7_windows_cut_at_sentences_cover_the_document(nlp):
    from pipeline.components.ner import sentence_windows

    doc = nlp.make_doc(long_text(20000))
    for _, proc in nlp.pipeline[:1]:  # sentences
        doc = proc(doc)
    windows = sentence_windows(doc, 3000)
    assert windows[0][0] == 0 and windows[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    starts = {s.start for s in doc.sents}
    for start, end in windows:
        assert doc[end - 1].idx + len(doc[end - 1].text) - doc[start].idx <= 3000
        assert start in starts


def test_case7_long_documents_are_stitched_exactly_and_short_ones_are_unchanged(extractor):
    """The windowed NER equals decoding each window as a document of its own, at the right offsets;
    a document under the window size takes the whole-document path."""
    from pipeline.components.ner import sentence_windows
    from pipeline.contract import ner_scores

    ner = extractor.nlp.get_pipe("ner")
    doc = extractor.nlp.make_doc(long_text(12000))
    for name, proc in extractor.nlp.pipeline:
        if name == "ner":
            break
        doc = proc(doc)
    reference = doc.copy()
    saved = ner.window_chars
    try:
        ner.window_chars = 4000
        windowed = ner(doc)
        expected, scores = [], {}
        for start, end in sentence_windows(reference, 4000):
            part = ner.__class__.__bases__[0].__call__(ner, reference[start:end].as_doc())
            offset = reference[start].idx
            expected += [(e.start_char + offset, e.end_char + offset, e.label_) for e in part.ents]
            scores.update({(s + offset, e + offset, label): p
                           for (s, e, label), p in ner_scores(part).items()})
        got = [(e.start_char, e.end_char, e.label_) for e in windowed.ents]
        assert got == expected and len(got) > 50
        assert ner_scores(windowed) == scores
        for s, e, _ in got:
            assert windowed.text[s:e] == reference.text[s:e]
        # under the window size: the whole-document decoder, as before
        short = reference[: 300].as_doc()
        ner.window_chars = 10 ** 6
        whole = [(e.start_char, e.end_char, e.label_) for e in ner(short.copy()).ents]
        assert whole == [(e.start_char, e.end_char, e.label_)
                         for e in ner.__class__.__bases__[0].__call__(ner, short.copy()).ents]
    finally:
        ner.window_chars = saved


def test_case7_a_runaway_document_becomes_an_error_record_naming_the_component(tmp_path):
    from pipeline.runtime import batch

    from .conftest import ROOT

    cfg_text = (ROOT / "configs" / "default.cfg").read_text(encoding="utf-8")
    cfg_text = cfg_text.replace('pipeline = ["sentences", ', 'pipeline = ["sentences", "slow", ', 1)
    cfg_text += '\n[components.slow]\nfactory = "ecoie_test_slow"\n'
    cfg = tmp_path / "slow.cfg"
    cfg.write_text(cfg_text, encoding="utf-8")
    src = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE + "TAKE-FOREVER"},
                 {"id": "c", "text": ARTICLE + "。"})
    out = tmp_path / "o.jsonl"
    stats = batch.run_pipeline(batch.RunOptions(
        inputs=[str(src)], out=str(out), workers=1, config=cfg, overrides=["limits.doc_seconds=2"],
        code=[ROOT / "tests" / "data" / "slow_component.py"]))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["error"].startswith("component slow ran over the time budget of 2 s")
    assert (stats.ok, stats.errors) == (2, 1)


# --- the bad-input corpus: one ecoie run over tests/data/bad_inputs/ --------------------------------------

BAD_INPUT_DIR = DATA / "bad_inputs"
#: run with a small byte limit so the two "huge" files (3.2 kB) are over it and everything else under
BAD_INPUT_MAX_BYTES = 3000
#: file -> the records it must give: (doc_id, status, a piece of the reason or warning).  Every file in
#: the folder must be listed here, so a new case cannot be added without saying what it must give.
BAD_INPUTS: dict[str, list[tuple[str, str, str]]] = {
    "empty.txt": [("empty.txt", "error", "empty file")],
    "blank.txt": [("blank.txt", "error", "empty document")],
    "binary.txt": [("binary.txt", "error", "binary file")],
    "nul_bytes.txt": [("nul_bytes.txt", "error", "binary file")],
    "undecodable.txt": [("undecodable.txt", "error", "undecodable bytes")],
    "bad_utf8_bom.txt": [("bad_utf8_bom.txt", "error", "a UTF-8 byte-order mark, but not UTF-8")],
    "bad_utf16_bom.txt": [("bad_utf16_bom.txt", "error", "a UTF-16 byte-order mark, but not UTF-16")],
    "huge_file.txt": [("huge_file.txt", "error", "--set read.max_bytes=N")],
    "navigation_only.html": [("navigation_only.html", "error", "no sentence of main text")],
    "broken_line.jsonl": [("broken_line.jsonl:1", "error", "line 1: not JSON")],
    "null_line.jsonl": [("null_line.jsonl:1", "error", "line 1: not a JSON object")],
    "array_line.jsonl": [("array_line.jsonl:1", "error", "line 1: not a JSON object")],
    "no_text.jsonl": [("no-text", "error", "missing 'text' string")],
    "text_not_string.jsonl": [("number-text", "error", "missing 'text' string")],
    "empty_text.jsonl": [("empty-text", "error", "empty text")],
    "not_utf8_line.jsonl": [("not_utf8_line.jsonl:1", "error", "line 1: not UTF-8")],
    "huge_line.jsonl": [("huge_line.jsonl:1", "error", "--set read.max_bytes=N")],
    "deep_nesting.jsonl": [("deep_nesting.jsonl:1", "error", "nested too deeply")],
    "lone_surrogate.jsonl": [("lone_surrogate.jsonl:1", "error", "lone UTF-16 surrogate")],
    "duplicate_ids.jsonl": [("dup", "ok", ""), ("dup#2", "ok", "duplicate id 'dup'")],
    "bom.txt": [("bom.txt", "ok", "")],
    "gbk.txt": [("gbk.txt", "ok", "")],
    "id_not_string.jsonl": [("7", "ok", "")],
}


def test_bad_input_corpus_gives_one_line_per_input_and_no_traceback(extractor, tmp_path):
    """Every bad input of the issue in one run: each gives exactly one record line, ok or error,
    with a one-line reason; nothing takes the run down (a lone surrogate once made the writer
    fail and lost every record), nothing prints a traceback, and the run exits 1 (errors)."""
    listed = sorted(p.name for p in BAD_INPUT_DIR.iterdir() if not p.name.startswith("."))
    assert listed == sorted(BAD_INPUTS), "every file in tests/data/bad_inputs/ needs an entry in BAD_INPUTS"
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["run", str(BAD_INPUT_DIR), "--out", str(out), "--workers", "1", "--no-summary",
                                 "--set", f"read.max_bytes={BAD_INPUT_MAX_BYTES}"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 1, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    expected = [item for items in BAD_INPUTS.values() for item in items]
    assert len(records) == len(expected), [r["doc_id"] for r in records]
    by_id = {r["doc_id"]: r for r in records}
    assert len(by_id) == len(records), "doc ids must be unique"
    for doc_id, status, needle in expected:
        record = by_id[doc_id]
        assert record["status"] == status, (doc_id, record.get("error"))
        if status == "error":
            reason = record["error"]
            assert reason and "\n" not in reason and "Traceback" not in reason, (doc_id, reason)
            assert needle in reason, (doc_id, reason)
            assert record["entities"] == []
        else:
            assert record.get("error") is None and record["entities"], doc_id
            assert needle in " ".join(record.get("warnings", [])), (doc_id, record.get("warnings"))


# --- a lone surrogate in a caller's text ---


def test_a_text_with_a_lone_surrogate_gets_an_error_record_not_a_crash(extractor):
    from pipeline.io.readers import Document
    record = extractor.process_one(Document("t", text="区委副书记\udce7主持会议。")).to_json_dict()
    assert record["status"] in ("ok", "error") and record["text_sha256"]
