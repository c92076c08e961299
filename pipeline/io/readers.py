"""Reading documents: files, folders, stdin, JSONL and HTML, any common encoding.

Every input becomes a :class:`Document`.  A document that cannot be read is
still a ``Document`` — with ``error`` set — so the batch writes an error
record for it instead of stopping or dropping it.  Ids are stable: the path
relative to the input root, or the JSONL ``id`` (``file.jsonl:LINE`` when the
line has none).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

DEFAULT_EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm", ".shtml", ".xhtml", ".jsonl")
DEFAULT_MAX_BYTES = 20_000_000
#: encodings tried for non-UTF-8 input, in order of preference for this genre
CANDIDATE_ENCODINGS = ("gb18030", "big5", "utf_16")


@dataclass
class Document:
    id: str
    text: str = ""
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class InputError(ValueError):
    """A usage problem with the input as a whole (e.g. a folder with nothing to read)."""


# --- decoding ---------------------------------------------------------------------

def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean this is not a text file."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM carries NULs legitimately
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``ValueError`` with a one-line reason."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if looks_binary(data):
        raise ValueError("binary file (not text)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is not None and best.chaos < 0.3:
        enc = best.encoding
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    for enc in CANDIDATE_ENCODINGS[:2]:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _mostly_cjk(text):
            return text, enc
    raise ValueError("undecodable bytes (not UTF-8, GB18030/GBK or Big5)")


def _mostly_cjk(text: str) -> bool:
    letters = [c for c in text if not c.isspace() and not c.isascii()]
    if not letters:
        return False
    cjk = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return cjk / len(letters) > 0.8


# --- HTML -----------------------------------------------------------------------

def is_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".shtml", ".xhtml")):
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:5000])


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Main text, title and publication date of a page, through trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
    )
    if doc is None:
        raise ValueError("HTML page has no extractable main text")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        raise ValueError("HTML page has no extractable main text")
    meta = {k: get(k) for k in ("title", "date", "sitename", "url") if get(k)}
    if "date" in meta:
        meta["published"] = meta.pop("date")
    meta["format"] = "html"
    return text, meta


# --- documents ------------------------------------------------------------------------

def document_from_bytes(doc_id: str, data: bytes, source: str | None, name: str = "") -> Document:
    try:
        text, encoding = decode_bytes(data)
    except (ValueError, UnicodeDecodeError) as exc:
        return Document(doc_id, source=source, error=str(exc).splitlines()[0])
    meta: dict[str, Any] = {"encoding": encoding}
    if is_html(text, name):
        try:
            text, html_meta = extract_html(text)
        except Exception as exc:  # trafilatura raises many types on broken pages
            return Document(doc_id, source=source, meta=meta, error=f"HTML extraction failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        meta.update(html_meta)
    if not text.strip():
        return Document(doc_id, source=source, meta=meta, error="empty document")
    return Document(doc_id, text=text, source=source, meta=meta)


def documents_from_jsonl(lines: Iterable[str], source: str, id_prefix: str) -> Iterator[Document]:
    """One document per JSONL line ``{"id", "text", "meta"}``; bad lines become error documents."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fallback = f"{id_prefix}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(fallback, source=source, error=f"line {lineno}: not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield Document(fallback, source=source, error=f"line {lineno}: not a JSON object")
            continue
        doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else fallback
        text = obj.get("text")
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        if not isinstance(text, str):
            yield Document(doc_id, source=source, meta=meta, error=f"line {lineno}: missing 'text' string")
            continue
        if not text.strip():
            yield Document(doc_id, source=source, meta=meta, error=f"line {lineno}: empty text")
            continue
        yield Document(doc_id, text=text, source=source, meta=dict(meta))


def read_file(path: Path, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents of one file (several for JSONL)."""
    rel = path.relative_to(root).as_posix() if root and path != root else path.name
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Document(rel, source=source, error=f"cannot read: {exc.strerror}")
        return
    if path.suffix.lower() == ".jsonl":
        try:
            with open(path, encoding="utf-8-sig", errors="strict") as fh:
                yield from documents_from_jsonl(_bounded_lines(fh, max_bytes), source, rel)
        except UnicodeDecodeError:
            yield Document(rel, source=source, error="JSONL file is not UTF-8")
        except _LineTooLong as exc:
            yield Document(f"{rel}:{exc.lineno}", source=source, error=str(exc))
        return
    if size > max_bytes:
        yield Document(rel, source=source,
                       error=f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB); split it or raise --max-bytes")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Document(rel, source=source, error=f"cannot read: {exc.strerror}")
        return
    yield document_from_bytes(rel, data, source, path.name)


class _LineTooLong(ValueError):
    def __init__(self, lineno: int, limit: int):
        super().__init__(f"line {lineno}: longer than the limit of {limit} bytes")
        self.lineno = lineno


def _bounded_lines(fh, max_bytes: int) -> Iterator[str]:
    """Lines of a text stream, refusing any single line over ``max_bytes`` (bounded memory)."""
    for lineno, line in enumerate(iter(lambda: fh.readline(max_bytes + 1), ""), 1):
        if len(line) > max_bytes and not line.endswith("\n"):
            raise _LineTooLong(lineno, max_bytes)
        yield line


def iter_files(root: Path, extensions: Iterable[str] = DEFAULT_EXTENSIONS) -> list[Path]:
    exts = {e.lower() if e.startswith(".") else "." + e.lower() for e in extensions}
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in exts and not _hidden(p, root)]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    stream = stream or sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Document("stdin", source="-", error=f"input too large (> {max_bytes / 1e6:.1f} MB)")
        return
    try:
        text, _ = decode_bytes(data)
    except ValueError as exc:
        yield Document("stdin", source="-", error=str(exc))
        return
    stripped = text.lstrip()
    if stripped.startswith("{") and _all_json_lines(text):
        yield from documents_from_jsonl(text.splitlines(), "-", "stdin")
    else:
        yield document_from_bytes("stdin", data, "-")


def _all_json_lines(text: str) -> bool:
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("{"):
            return False
    return True


def count_inputs(inputs: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS) -> int | None:
    """Number of documents the inputs hold (for a progress bar); None if unknown (stdin).

    A file is one document, except JSONL files: one per non-blank line.
    """
    total = 0
    for item in inputs:
        if item == "-":
            return None
        p = Path(item)
        for path in iter_files(p, extensions) if p.is_dir() else [p]:
            total += _count_jsonl_documents(path) if path.suffix.lower() == ".jsonl" else 1
    return total


def _count_jsonl_documents(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1  # unreadable: it will be one error document


def check_inputs(inputs: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS) -> None:
    """Raise :class:`InputError` for a missing path or a folder with nothing to read.

    Those are the user's mistakes, not a document's, so they are reported
    before any document is processed.
    """
    for item in inputs:
        if item == "-":
            continue
        path = Path(item)
        if path.is_dir():
            if not iter_files(path, extensions):
                exts = ", ".join(sorted(set(extensions)))
                raise InputError(f"{item}: folder has no readable documents (looked for {exts})")
        elif not path.is_file():
            if os.path.lexists(path):
                raise InputError(f"{item}: not a regular file or folder")
            raise InputError(f"{item}: no such file or folder")


def read_inputs(inputs: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents from files, folders (recursive, by extension) and ``-`` (stdin), lazily."""
    inputs = list(inputs)
    check_inputs(inputs, extensions)
    return _generate(inputs, tuple(extensions), max_bytes)


def _generate(inputs: list[str], extensions: tuple[str, ...], max_bytes: int) -> Iterator[Document]:
    for item in inputs:
        if item == "-":
            yield from read_stdin(max_bytes=max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for f in iter_files(path, extensions):
                yield from read_file(f, root=path, max_bytes=max_bytes)
        else:
            yield from read_file(path, root=path.parent, max_bytes=max_bytes)
