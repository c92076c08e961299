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
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from .pages import has_sentence, stated_date

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
    #: notes about the input that the record carries (e.g. a renamed duplicate id)
    warnings: list[str] = field(default_factory=list)

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
    # a byte-order mark that the rest of the file contradicts: say so, rather than the codec's message
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError:
            raise ValueError("undecodable bytes (a UTF-8 byte-order mark, but not UTF-8)") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("undecodable bytes (a UTF-16 byte-order mark, but not UTF-16)") from None
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
    """Main text, title and publication date of a page, through trafilatura.

    Data tables are first rewritten as rows of cells joined by `` | `` (:mod:`.tables`), the shape the
    table reader expects whichever of trafilatura's extractors wins.
    """
    import trafilatura

    from .tables import parse_with_flat_tables

    tree = parse_with_flat_tables(html)
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
    )
    if doc is None:
        raise ValueError("HTML page has no extractable main text")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        raise ValueError("HTML page has no extractable main text")
    if not has_sentence(text):
        raise ValueError("HTML page has no sentence of main text (navigation or boilerplate only)")
    meta = {k: get(k) for k in ("title", "date", "sitename", "url") if get(k)}
    published = stated_date(meta.pop("date", None), html)  # never a date the page does not state
    if published:
        meta["published"] = published
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


#: a JSON escape of a UTF-16 surrogate; only lines with one need the full (slower) check
_ESCAPED_SURROGATE_RE = re.compile(r"\\[uU][dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(value: Any) -> bool:
    """True when a decoded JSON value holds a surrogate code point on its own, anywhere (id, text, meta).

    Pairs written as two escapes decode to one astral character and pass;
    only an unpaired half survives decoding as a surrogate, which UTF-8 cannot encode.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def documents_from_jsonl(lines: Iterable[str], source: str, id_prefix: str, start: int = 1) -> Iterator[Document]:
    """One document per JSONL line ``{"id", "text", "meta"}``; bad lines become error documents."""
    for lineno, line in enumerate(lines, start):
        if not line.strip():
            continue
        fallback = f"{id_prefix}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(fallback, source=source, error=f"line {lineno}: not JSON ({exc.msg})")
            continue
        except RecursionError:  # json's decoder recurses per level: a deep line would end the whole run
            yield Document(fallback, source=source, error=f"line {lineno}: not JSON (nested too deeply)")
            continue
        if not isinstance(obj, dict):
            yield Document(fallback, source=source, error=f"line {lineno}: not a JSON object")
            continue
        if _ESCAPED_SURROGATE_RE.search(line) and _has_lone_surrogate(obj):
            # valid JSON, but a lone "\ud800" cannot be written as UTF-8: the writer would fail
            # and take every record of the run with it
            yield Document(fallback, source=source,
                           error=f"line {lineno}: a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not text")
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
            with open(path, "rb") as fh:
                yield from documents_from_jsonl_stream(fh, source, rel, max_bytes)
        except OSError as exc:
            yield Document(f"{rel}:read", source=source, error=f"cannot read: {exc.strerror or exc}")
        return
    if size > max_bytes:
        yield Document(rel, source=source, error=too_large(f"file too large: {size:,} bytes", max_bytes))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Document(rel, source=source, error=f"cannot read: {exc.strerror}")
        return
    yield document_from_bytes(rel, data, source, path.name)


def too_large(what: str, max_bytes: int) -> str:
    """The one-line reason for input over the byte limit, naming the setting that raises it."""
    return f"{what} (limit read.max_bytes = {max_bytes:,} bytes); split it, or raise it with --set read.max_bytes=N"


def documents_from_jsonl_stream(stream: BinaryIO, source: str, id_prefix: str, max_bytes: int,
                                first: bytes = b"") -> Iterator[Document]:
    """JSONL read line by line in bytes: each line bounded by ``max_bytes`` and decoded on its own.

    A line over the limit or not in UTF-8 becomes an error document; the lines
    after it are still read (one bad line never hides the rest of the file).
    ``first`` is data already read from the stream (stdin's sniffed head).
    """
    lineno = 0
    for raw, complete in _byte_lines(stream, max_bytes, first):
        lineno += 1
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not complete:
            yield Document(f"{id_prefix}:{lineno}", source=source,
                           error=too_large(f"line {lineno}: longer than the limit", max_bytes))
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield Document(f"{id_prefix}:{lineno}", source=source, error=f"line {lineno}: not UTF-8")
            continue
        yield from documents_from_jsonl([line], source, id_prefix, start=lineno)


def _byte_lines(stream: BinaryIO, max_bytes: int, first: bytes = b"") -> Iterator[tuple[bytes, bool]]:
    """``(line, complete)`` pairs; a line longer than ``max_bytes`` is skipped to its end, in bounded memory."""
    pending = first
    while True:
        if b"\n" not in pending and len(pending) <= max_bytes:
            more = stream.readline(max_bytes + 1 - len(pending))
            pending += more
            if more and not pending.endswith(b"\n") and len(pending) <= max_bytes:
                continue
        if not pending:
            return
        cut = pending.find(b"\n")
        if cut != -1 and cut <= max_bytes:
            line, pending = pending[:cut + 1], pending[cut + 1:]
            yield line, True
            continue
        if len(pending) <= max_bytes:  # the last line, without a newline
            line, pending = pending, b""
            yield line, True
            continue
        # over the limit: drop the rest of this line without keeping it
        rest = pending[max_bytes + 1:]
        while b"\n" not in rest:
            rest = stream.readline(1 << 20)
            if not rest:
                break
        pending = rest[rest.find(b"\n") + 1:] if b"\n" in rest else b""
        yield b"", False


def iter_files(root: Path, extensions: Iterable[str] = DEFAULT_EXTENSIONS) -> list[Path]:
    exts = {e.lower() if e.startswith(".") else "." + e.lower() for e in extensions}
    files = [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in exts and not _hidden(p, root)]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """stdin under the same rules as files: JSONL (one document per line, bad lines as errors) or one document.

    The stream is JSONL when its first non-blank line is a JSON object; from
    then on every line is a record, and a line that is not one (``null``,
    broken JSON) is an error document in its place.  Anything else is one
    text or HTML document of at most ``max_bytes``.
    """
    stream = stream or sys.stdin.buffer
    head = b""
    while not head.strip() and len(head) <= max_bytes:
        line = stream.readline(max_bytes + 1 - len(head))
        if not line:
            break
        head += line
    if _is_json_object_line(head, max_bytes):
        yield from documents_from_jsonl_stream(stream, "-", "stdin", max_bytes, first=head)
        return
    data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    if len(data) > max_bytes:
        yield Document("stdin", source="-", error=too_large(f"stdin too large: over {max_bytes:,} bytes", max_bytes))
        return
    yield document_from_bytes("stdin", data, "-")


def _is_json_object_line(head: bytes, max_bytes: int) -> bool:
    """True when ``head``'s first non-blank line looks like a JSON object: ``{ ... }`` (or ``{`` and too long).

    Whether it parses does not matter: a broken first line is an error
    record like any other broken line, not a reason to read the stream as text.
    """
    text = head.lstrip(b"\xef\xbb\xbf").strip()
    return text.startswith(b"{") and (text.endswith(b"}") or len(head) > max_bytes)


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
    return unique_ids(_generate(inputs, tuple(extensions), max_bytes))


def unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """Give a repeated id a suffix (``id#2``, ``id#3`` …) and a warning, so every record's id is unique.

    Two JSONL lines with one ``id`` (or two folders holding the same relative
    path) would otherwise give two records no reader can tell apart, and
    ``--resume`` could not either.  Suffixes follow input order, so they are
    the same in every run over the same input.
    """
    seen: dict[str, int] = {}
    for document in documents:
        count = seen.get(document.id, 0) + 1
        seen[document.id] = count
        if count > 1:
            new_id = f"{document.id}#{count}"
            while new_id in seen:
                count += 1
                new_id = f"{document.id}#{count}"
            seen[document.id] = count
            seen[new_id] = 1
            document.warnings.append(f"duplicate id {document.id!r}: renamed {new_id!r}")
            document.id = new_id
        yield document


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
