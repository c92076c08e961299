"""Checks for gold files: every problem, with document id and offsets.

``ecoie validate`` runs these over JSONL gold files and markup sources.  It
never stops at the first problem: annotators fix a whole file per round.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pydantic import ValidationError

from ..event_types import event_type, type_names
from ..schema import DIRECTIONS, ENTITY_LABELS, ROLES, GoldDoc
from ..taxonomy import indicator_ids
from .markup import MarkupError, read_source
from .offset_gold import (MAX_SURFACE, TextMismatch, TextsMissing, is_offset_only, join_text,
                          resolve_texts_dir, text_path)

GOLD_SUFFIXES = (".jsonl",)
SOURCE_SUFFIXES = (".ann",)


@dataclass(frozen=True)
class Problem:
    file: str
    doc_id: str | None
    message: str
    start: int | None = None
    end: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.doc_id is not None:
            where += f" [{self.doc_id}]"
        if self.start is not None:
            where += f" @{self.start}-{self.end}"
        return f"{where}: {self.message}"


def check_doc(doc: GoldDoc, file: str, valid_indicators: frozenset[str]) -> Iterator[Problem]:
    """Semantic checks on one parsed gold document."""
    text_len = len(doc.text)
    last_end = -1
    last = None
    for span in sorted(doc.spans, key=lambda s: (s.start, s.end)):
        def bad(msg: str, span=span) -> Problem:
            return Problem(file, doc.id, msg, span.start, span.end)

        if not (0 <= span.start < span.end <= text_len):
            yield bad(f"offsets outside the text (length {text_len}) or empty")
            continue
        surface = doc.text[span.start : span.end]
        if surface != surface.strip():
            yield bad(f"span {surface!r} starts or ends with whitespace")
        if span.label not in ENTITY_LABELS:
            yield bad(f"unknown label {span.label!r}")
        if span.label == "QUANTITY":
            if span.indicator not in valid_indicators:
                yield bad(f"QUANTITY {surface!r} has unknown indicator {span.indicator!r}")
            if span.role not in ROLES:
                yield bad(f"QUANTITY {surface!r} has unknown role {span.role!r}")
            if span.direction is not None and span.direction not in DIRECTIONS:
                yield bad(f"QUANTITY {surface!r} has unknown direction {span.direction!r}")
            if span.direction is not None and span.role != "change":
                yield bad(f"QUANTITY {surface!r} has a direction but role {span.role!r} (only change has one)")
        elif span.indicator is not None or span.role is not None or span.direction is not None:
            yield bad(f"{span.label} {surface!r} carries indicator/role/direction (only QUANTITY may)")
        if span.start < last_end and last is not None:
            yield bad(f"span {surface!r} overlaps {doc.text[last.start:last.end]!r} at {last.start}-{last.end}")
        if span.end > last_end:
            last_end, last = span.end, span
    for i, off in enumerate(doc.officials):
        if not off.person.strip():
            yield Problem(file, doc.id, f"official #{i} has an empty person")
        if any(not t.strip() for t in off.titles):
            yield Problem(file, doc.id, f"official {off.person!r} has an empty title")
    for i, ev in enumerate(doc.events):
        declared = event_type(ev.type)
        if declared is None:
            yield Problem(file, doc.id, f"event #{i} has unknown type {ev.type!r} (known: {', '.join(type_names())})")
        if ev.date is not None and not _is_event_date(ev.date):
            yield Problem(file, doc.id, f"event #{i} date {ev.date!r} is not YYYY-MM-DD or XXXX-MM-DD")
        if declared is None:
            continue
        if "metrics" in declared.fields:
            for key in ev.metrics:
                if key not in valid_indicators:
                    yield Problem(file, doc.id, f"event #{i} metric {key!r} is not an indicator id")
        for required in declared.required:
            if not getattr(ev, required, None):
                yield Problem(file, doc.id, f"{ev.type} #{i} has no {required}")


def _is_event_date(value: str) -> bool:
    import re

    return bool(re.fullmatch(r"(\d{4}|XXXX)-\d{2}-\d{2}", value))


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, None, f"line {lineno}: not JSON ({exc.msg})"
                continue
            if not isinstance(obj, dict):
                yield lineno, None, f"line {lineno}: not a JSON object"
                continue
            yield lineno, obj, None


def _pydantic_message(exc: ValidationError) -> list[str]:
    msgs = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msgs.append(f"{loc}: {err['msg']}")
    return msgs


def _placeholder_text(obj: dict) -> str:
    """A stand-in text for offset-only gold whose text is absent: surfaces at their offsets.

    Lets :func:`check_doc` run its structural checks (bounds, overlaps, labels,
    indicators, whitespace at span edges) without the article itself.
    """
    chars = obj.get("chars")
    length = chars if isinstance(chars, int) and chars >= 0 else max(
        (sp.get("end", 0) for sp in obj.get("spans", []) if isinstance(sp, dict)), default=0)
    buf = ["x"] * length
    for sp in obj.get("spans", []):
        surface, start = (sp.get("text") or "", sp.get("start")) if isinstance(sp, dict) else ("", None)
        if isinstance(start, int) and start >= 0:
            for i, ch in enumerate(surface):
                if start + i < length:
                    buf[start + i] = ch
    return "".join(buf)


def _offset_only_problems(obj: dict, path: Path, doc_id: str) -> Iterator[Problem]:
    """Checks that need no text: sha256 and length present, surfaces consistent with offsets."""
    digest = obj.get("text_sha256")
    if not (isinstance(digest, str) and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        yield Problem(str(path), doc_id, "text_sha256 is not a 64-character hex digest")
    if not isinstance(obj.get("chars"), int):
        yield Problem(str(path), doc_id, "offset-only gold needs 'chars' (the text's length)")
    for sp in obj.get("spans", []):
        if not isinstance(sp, dict) or not isinstance(sp.get("start"), int) or not isinstance(sp.get("end"), int):
            continue
        surface = sp.get("text")
        if surface is None:
            yield Problem(str(path), doc_id, "span without its surface ('text')", sp["start"], sp["end"])
        elif len(surface) != min(sp["end"] - sp["start"], MAX_SURFACE):
            yield Problem(str(path), doc_id, f"surface {surface!r} does not fit offsets", sp["start"], sp["end"])


def validate_file(path: Path, valid_indicators: frozenset[str] | None = None,
                  texts_dir: Path | None = None, notices: list[str] | None = None) -> list[Problem]:
    """All problems of one gold JSONL file or markup source.

    Offset-only gold (no ``text``, a ``text_sha256``) is joined with its text
    from ``texts_dir`` (default: ``texts/`` beside the file) when it is there,
    and checked structurally when it is not; ``notices`` collects what could
    not be checked, so absent texts are said, never silently skipped.
    """
    valid_indicators = valid_indicators or indicator_ids()
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    docs: list[GoldDoc] = []
    if path.suffix in SOURCE_SUFFIXES:
        try:
            docs.append(read_source(path))
        except (MarkupError, ValidationError, OSError, UnicodeDecodeError) as exc:
            msgs = _pydantic_message(exc) if isinstance(exc, ValidationError) else [str(exc)]
            problems.extend(Problem(str(path), None, m) for m in msgs)
    else:
        directory = resolve_texts_dir(path, texts_dir)
        absent = 0
        for lineno, obj, err in _iter_jsonl(path):
            if err:
                problems.append(Problem(str(path), None, err))
                continue
            doc_id = str(obj.get("id")) if obj.get("id") is not None else f"line {lineno}"
            if is_offset_only(obj):
                problems.extend(_offset_only_problems(obj, path, doc_id))
                if text_path(directory, doc_id).is_file():
                    try:
                        obj = join_text(obj, directory)
                    except (TextMismatch, TextsMissing) as exc:
                        problems.append(Problem(str(path), doc_id, str(exc).split(": ", 1)[-1]))
                        continue
                else:
                    absent += 1
                    obj = {k: v for k, v in obj.items() if k not in ("text_sha256", "chars")} | {
                        "text": _placeholder_text(obj),
                        "spans": [{k: v for k, v in sp.items() if k != "text"} if isinstance(sp, dict) else sp
                                  for sp in obj.get("spans", [])]}
            try:
                docs.append(GoldDoc.model_validate(obj))
            except ValidationError as exc:
                problems.extend(Problem(str(path), doc_id, m) for m in _pydantic_message(exc))
        if absent and notices is not None:
            notices.append(f"{path}: {absent} offset-only document(s) without their text in {directory}: "
                           f"checked structurally only (restore the texts to check surfaces and sha256)")
    for doc in docs:
        if doc.id in seen:
            problems.append(Problem(str(path), doc.id, f"duplicate id (also in {seen[doc.id]})"))
        seen[doc.id] = str(path)
        problems.extend(check_doc(doc, str(path), valid_indicators))
    return problems


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the gold files they hold."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix in GOLD_SUFFIXES + SOURCE_SUFFIXES))
        else:
            out.append(p)
    return out


MANIFEST_NAME = "manifest.jsonl"
MANIFEST_REQUIRED = ("id", "url", "query", "chars", "sha256", "split")
#: present, but may be null (an excerpt that starts below the page's headline has none)
MANIFEST_KEYS = ("title", "genre", "province", "city", "script")
SPLITS = ("dev", "test")


def validate_manifest(path: Path) -> list[Problem]:
    """A real-article manifest: every field present, and in step with ``gold.jsonl`` beside it."""
    problems: list[Problem] = []
    entries: dict[str, dict] = {}
    for lineno, obj, err in _iter_jsonl(path):
        if err:
            problems.append(Problem(str(path), None, err))
            continue
        doc_id = str(obj.get("id", f"line {lineno}"))
        missing = [k for k in MANIFEST_REQUIRED if obj.get(k) in (None, "")]
        missing += [k for k in MANIFEST_KEYS if k not in obj]
        if missing:
            problems.append(Problem(str(path), doc_id, f"missing {', '.join(missing)}"))
        if obj.get("split") not in SPLITS:
            problems.append(Problem(str(path), doc_id, f"split {obj.get('split')!r} is not one of {', '.join(SPLITS)}"))
        if doc_id in entries:
            problems.append(Problem(str(path), doc_id, "duplicate id"))
        entries[doc_id] = obj
    gold = path.parent / "gold.jsonl"
    if gold.is_file():
        gold_docs = {str(o.get("id")): o for _, o, e in _iter_jsonl(gold) if o is not None}
        for doc_id in sorted(set(entries) ^ set(gold_docs)):
            where = "the manifest" if doc_id in entries else "gold.jsonl"
            problems.append(Problem(str(path), doc_id, f"only in {where}"))
        for doc_id in sorted(set(entries) & set(gold_docs)):
            m, g = entries[doc_id], gold_docs[doc_id]
            if m.get("sha256") != g.get("text_sha256") or m.get("chars") != g.get("chars"):
                problems.append(Problem(str(path), doc_id, "sha256/chars differ from gold.jsonl"))
            if m.get("split") != (g.get("meta") or {}).get("split"):
                problems.append(Problem(str(path), doc_id, "split differs from gold.jsonl"))
    return problems


def validate_paths(paths: Iterable[str | Path], texts_dir: Path | None = None,
                   notices: list[str] | None = None, taxonomy: Path | None = None) -> tuple[list[Path], list[Problem]]:
    """Validate every gold file under ``paths``; ids must be unique across JSONL files.

    ``taxonomy``: a user's indicator table (the shipped rows plus their own) instead of ``configs/indicators.tsv``.
    """
    files = gold_files(paths)
    valid = indicator_ids(taxonomy) if taxonomy else None
    problems: list[Problem] = []
    ids: dict[str, str] = {}
    for f in files:
        if not f.exists():
            problems.append(Problem(str(f), None, "no such file"))
            continue
        if f.name == MANIFEST_NAME:
            problems.extend(validate_manifest(f))
            continue
        problems.extend(validate_file(f, valid, texts_dir=texts_dir, notices=notices))
        if f.suffix in GOLD_SUFFIXES:
            for _, obj, err in _iter_jsonl(f):
                if obj is None or obj.get("id") is None:
                    continue
                key = str(obj["id"])
                if key in ids and ids[key] != str(f):
                    problems.append(Problem(str(f), key, f"duplicate id (also in {ids[key]})"))
                ids.setdefault(key, str(f))
    return files, problems
