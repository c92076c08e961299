"""Offset-only gold: annotations of texts the repository may not redistribute.

Real published articles (``annotations/real``) are annotated like any other
document, but their texts stay out of git.  The committed gold keeps, per
document, the sha256 of the exact text annotated and, per span, the offsets,
the label, the indicator/role/direction and the span's own short surface;
the texts live in a git-ignored folder (``texts/<id>.txt``) and are joined
back at load time.  The join refuses a text whose sha256 differs, so a
restored page that is not byte-for-byte the annotated one can never be
scored against offsets that no longer point at the right characters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..schema import GoldDoc

#: a committed surface never exceeds this many characters (entities are short;
#: the cap keeps a mis-annotated long span from carrying a sentence into git)
MAX_SURFACE = 24


class TextsMissing(FileNotFoundError):
    """Offset-only gold whose texts are not on disk; the message says where they belong."""


class TextMismatch(ValueError):
    """A text on disk whose sha256 is not the annotated one; the message names the document."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_offset_only(record: dict[str, Any]) -> bool:
    """An offset-only gold line has ``text_sha256`` and no ``text``."""
    return "text" not in record and "text_sha256" in record


def strip_text(doc: GoldDoc) -> dict[str, Any]:
    """The committed form of one document: everything but the text, plus its sha256."""
    data = doc.model_dump(mode="json", exclude_none=True)
    text = data.pop("text")
    data["text_sha256"] = sha256_text(text)
    data["chars"] = len(text)
    for span in data["spans"]:
        span["text"] = text[span["start"]: span["end"]][:MAX_SURFACE]
    return data


def text_path(texts_dir: Path, doc_id: str) -> Path:
    return texts_dir / f"{doc_id}.txt"


def read_text(path: Path) -> str:
    """The annotated text exactly as stored: UTF-8, no newline translation."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@dataclass(frozen=True)
class JoinProblem:
    doc_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.message}"


def join_text(record: dict[str, Any], texts_dir: Path) -> dict[str, Any]:
    """Return ``record`` with its text restored from ``texts_dir``; checks sha256 and surfaces."""
    doc_id = str(record.get("id"))
    path = text_path(texts_dir, doc_id)
    if not path.is_file():
        raise TextsMissing(f"{doc_id}: text not found at {path} (see annotations/real/README.md to restore it; "
                           f"`ecoie evaluate --restored-only` scores the restored ones)")
    text = read_text(path)
    digest = sha256_text(text)
    if digest != record["text_sha256"]:
        raise TextMismatch(f"{doc_id}: {path} has sha256 {digest[:12]}…, the gold was annotated on "
                           f"{record['text_sha256'][:12]}… — not the same text")
    joined = {k: v for k, v in record.items() if k not in ("text_sha256", "chars")}
    joined["text"] = text
    spans = []
    for span in record.get("spans", []):
        span = dict(span)
        surface = span.pop("text", None)
        actual = text[span["start"]: span["end"]][:MAX_SURFACE]
        if surface is not None and surface != actual:
            raise TextMismatch(f"{doc_id}: span {span['start']}-{span['end']} reads {actual!r}, gold says {surface!r}")
        spans.append(span)
    joined["spans"] = spans
    return joined


def resolve_texts_dir(gold_path: Path, texts_dir: Path | None) -> Path:
    """``--texts DIR`` or, by default, ``texts/`` beside the gold file."""
    return texts_dir if texts_dir is not None else gold_path.parent / "texts"


def load_offset_gold(records: Iterable[dict[str, Any]], gold_path: Path, texts_dir: Path | None,
                     restored_only: bool = False) -> list[GoldDoc]:
    """Join every offset-only record with its text; one clear line when texts are absent.

    ``restored_only`` leaves out the records whose text file is not there (a partial restore: the page
    store answers a limited number of look-ups a session) instead of refusing them; a text that is there
    but differs is still refused, since its offsets would score the wrong characters."""
    records = list(records)
    directory = resolve_texts_dir(gold_path, texts_dir)
    if restored_only and directory.is_dir():
        records = [r for r in records if text_path(directory, str(r.get("id"))).is_file()]
    if records and not directory.is_dir():
        raise TextsMissing(f"{gold_path}: offset-only gold; its texts are not here ({directory} does not exist). "
                           f"Restore them (annotations/real/README.md) or pass --texts DIR")
    return [GoldDoc.model_validate(join_text(r, directory)) for r in records]
