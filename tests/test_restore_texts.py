"""Restoring the real set's texts: the queries still needed, most missing texts first, and the verified write
(pipeline/annotation/restore.py), on the offset-gold fixture."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.annotation.real import main as real_main
from pipeline.annotation.restore import missing_queries, put_excerpt, write_chunks

from .conftest import DATA

FIXTURE = DATA / "offset_gold"


@pytest.fixture()
def real_dir(tmp_path):
    target = tmp_path / "real"
    shutil.copytree(FIXTURE, target)
    return target


def test_only_the_queries_of_missing_texts_are_listed(real_dir, tmp_path):
    assert missing_queries(real_dir) == []
    (real_dir / "texts" / "fx-001.txt").unlink()
    needs = missing_queries(real_dir)
    assert [n.urls for n in needs] == [("https://example.org/fx-001",)]
    assert missing_queries(real_dir, ("test",)) == []
    paths = write_chunks(needs, tmp_path / "chunks", 55)
    assert [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()] == [
        {"query": needs[0].query, "urls": ["https://example.org/fx-001"]}]


def test_a_query_finding_more_missing_texts_comes_first(real_dir):
    manifest = [json.loads(line) for line in (real_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest[0]["query"] = "a query of its own"
    (real_dir / "manifest.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in manifest),
                                             encoding="utf-8")
    for name in ("fx-001.txt", "fx-002.txt"):
        (real_dir / "texts" / name).unlink()
    # one query each: the test split's first within the same count
    assert [n.urls for n in missing_queries(real_dir)] == [("https://example.org/fx-002",), ("https://example.org/fx-001",)]


def test_an_excerpt_is_written_only_when_it_is_the_annotated_text(real_dir):
    text = (real_dir / "texts" / "fx-001.txt").read_text(encoding="utf-8")
    (real_dir / "texts" / "fx-001.txt").unlink()
    assert put_excerpt(real_dir, "https://example.org/fx-001", text.replace("。", "，", 1)) == ("MISMATCH", "fx-001")
    assert not (real_dir / "texts" / "fx-001.txt").exists()
    assert put_excerpt(real_dir, "https://example.org/none", text) == ("UNKNOWN", None)
    assert put_excerpt(real_dir, "https://example.org/fx-001", text) == ("OK", "fx-001")
    assert (real_dir / "texts" / "fx-001.txt").read_text(encoding="utf-8") == text
    assert put_excerpt(real_dir, "https://example.org/fx-001", text + "x") == ("ALREADY", "fx-001")


def test_the_command_line_writes_chunks_and_puts_files(real_dir, tmp_path, capsys):
    text = (real_dir / "texts" / "fx-001.txt").read_text(encoding="utf-8")
    (real_dir / "texts" / "fx-001.txt").unlink()
    assert real_main(["restore-queries", "--dir", str(real_dir), "--out", str(tmp_path / "q"), "--size", "1"]) == 0
    assert (tmp_path / "q" / "chunk01.jsonl").is_file()
    assert "1 missing text(s) under 1 queries" in capsys.readouterr().out
    good, bad, broken = tmp_path / "good.json", tmp_path / "bad.json", tmp_path / "broken.json"
    good.write_text(json.dumps({"url": "https://example.org/fx-001", "excerpt": text}, ensure_ascii=False), encoding="utf-8")
    bad.write_text(json.dumps({"url": "https://example.org/fx-002", "excerpt": "not it"}), encoding="utf-8")
    broken.write_text("{not json", encoding="utf-8")
    assert real_main(["restore-put", "--dir", str(real_dir), str(good), str(bad), str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("OK fx-001") and out[1].endswith("ALREADY fx-002") and "UNREADABLE" in out[2]
