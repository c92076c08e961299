"""Reading: formats, encodings, ids, and bad input becoming error documents."""

from __future__ import annotations

import io
import json

import pytest

from pipeline.io.readers import (
    InputError,
    decode_bytes,
    documents_from_jsonl,
    read_file,
    read_inputs,
    read_stdin,
)

ARTICLE = "3月12日上午，聊城市生态环境局召开新闻发布会，优良天数245天，同比增加40天。"
TRAD = "3月12日上午，聊城市生態環境局召開新聞發布會，優良天數245天，同比增加40天。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_decodes_simplified_encodings(encoding):
    text, used = decode_bytes(ARTICLE.encode(encoding))
    assert text == ARTICLE


def test_decodes_big5_traditional():
    text, used = decode_bytes(TRAD.encode("big5"))
    assert text == TRAD
    assert used.replace("_", "").lower().startswith(("big5", "cp950"))


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\x81\x30\xff\xfe\xfd\x80\x80\xc3\x28" * 20, "undecodable"),
])
def test_bad_bytes_have_one_line_reasons(data, reason):
    with pytest.raises(ValueError) as exc:
        decode_bytes(data)
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


def test_folder_ids_are_relative_paths_and_bad_files_become_errors(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "gbk.txt").write_bytes(ARTICLE.encode("gbk"))
    (tmp_path / "ignored.bin").write_bytes(b"xx")
    docs = list(read_inputs([str(tmp_path)]))
    by_id = {d.id: d for d in docs}
    assert sorted(by_id) == ["blob.txt", "empty.txt", "gbk.txt", "sub/a.txt"]
    assert by_id["gbk.txt"].ok and by_id["gbk.txt"].text == ARTICLE
    assert by_id["empty.txt"].error == "empty file"
    assert "binary" in by_id["blob.txt"].error


def test_jsonl_bad_lines_are_error_documents():
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "meta": {"published": "2024-03-12"}}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"text": ARTICLE}, ensure_ascii=False),
        json.dumps([1, 2]),
    ]
    docs = list(documents_from_jsonl(lines, "x.jsonl", "x.jsonl"))
    assert [d.id for d in docs] == ["a", "x.jsonl:2", "c", "x.jsonl:4", "x.jsonl:5"]
    assert docs[0].ok and docs[0].meta["published"] == "2024-03-12"
    assert "not JSON" in docs[1].error
    assert "missing 'text'" in docs[2].error
    assert docs[3].ok
    assert "not a JSON object" in docs[4].error


def test_html_page_main_text_title_and_date(tmp_path):
    html = f"""<!DOCTYPE html><html><head><title>聊城市生态环境局发布会</title>
    <meta property="article:published_time" content="2024-03-12"></head><body>
    <nav><a href="/">首页</a> &gt; <a href="/news">新闻中心</a></nav>
    <article><h1>聊城市生态环境局召开新闻发布会</h1>
    <p>{ARTICLE}</p><p>{ARTICLE.replace('245', '246')}</p><p>全市空气质量持续改善，水环境质量稳中向好，土壤环境安全稳定。</p></article>
    <footer>版权所有 聊城市生态环境局 鲁ICP备12345678号</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    [doc] = list(read_file(p, tmp_path))
    assert doc.ok, doc.error
    assert "优良天数245天" in doc.text
    assert "ICP" not in doc.text
    assert doc.meta["format"] == "html"
    assert doc.meta.get("title")
    assert doc.meta.get("published", "").startswith("2024-03-12")


def test_large_file_is_refused_without_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB sparse file
    [doc] = list(read_file(p, tmp_path, max_bytes=20_000_000))
    assert "too large" in doc.error


def test_jsonl_with_a_huge_line_is_bounded(tmp_path):
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False) + "\n" + "x" * 5000 + "\n", encoding="utf-8")
    docs = list(read_file(p, tmp_path, max_bytes=1000))
    assert docs[0].ok
    assert "longer than the limit" in docs[-1].error


def test_stdin_text_and_jsonl():
    [doc] = list(read_stdin(io.BytesIO(ARTICLE.encode("gb18030"))))
    assert doc.ok and doc.id == "stdin" and doc.text == ARTICLE
    data = "\n".join(json.dumps({"id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(3))
    docs = list(read_stdin(io.BytesIO(data.encode())))
    assert [d.id for d in docs] == ["d0", "d1", "d2"]


def test_empty_folder_and_missing_path_are_input_errors(tmp_path):
    (tmp_path / "only.bin").write_bytes(b"x")
    with pytest.raises(InputError, match="no readable documents"):
        read_inputs([str(tmp_path)])
    with pytest.raises(InputError, match="no such file"):
        read_inputs([str(tmp_path / "nope")])
