"""Records to the store: ``ecoie export`` (JSONL files) and ``ecoie run --to`` (as records come).

Both go through :class:`RecordSink`: parse record lines, find the text their
offsets point into, flatten (:mod:`.flatten`) and replace the records' rows
in the store (:mod:`.stores`), one transaction per batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..records import text_sha256
from .flatten import flatten
from .places import gazetteer
from .stores import StoreError, open_writer


class ExportError(ValueError):
    """Unreadable records; the message is one line for the user."""


@dataclass
class ExportStats:
    records: int = 0
    ok: int = 0
    errors: int = 0
    with_text: int = 0
    rows: dict[str, int] = field(default_factory=dict)


class SourceTexts:
    """The original text of a record that does not carry it, re-read from ``source`` when it still hashes the same.

    Plain-text sources are read with the pipeline's own reader (same encoding
    detection, same HTML extraction), so the offsets fit; a JSONL source is
    indexed once by id.  A changed or missing source gives None: the rows
    keep their offsets and the evidence sentences stay empty.
    """

    def __init__(self, bases: Iterable[Path] = ()):
        self.bases = [Path(".")] + list(bases)
        self._jsonl: dict[Path, dict[str, str]] = {}

    def __call__(self, record: dict) -> Optional[str]:
        source, sha = record.get("source"), record.get("text_sha256")
        if not source or not sha or source == "-":
            return None
        path = self._find(source)
        if path is None:
            return None
        text = self._jsonl_text(path, str(record.get("doc_id"))) if path.suffix.lower() == ".jsonl" \
            else self._file_text(path, str(record.get("doc_id")))
        return text if text is not None and text_sha256(text) == sha else None

    def _find(self, source: str) -> Optional[Path]:
        for base in self.bases:
            path = base / source
            if path.is_file():
                return path
        return None

    @staticmethod
    def _file_text(path: Path, doc_id: str) -> Optional[str]:
        from ..io.readers import document_from_bytes

        try:
            return document_from_bytes(doc_id, path.read_bytes(), str(path), path.name).text
        except OSError:
            return None

    def _jsonl_text(self, path: Path, doc_id: str) -> Optional[str]:
        index = self._jsonl.get(path)
        if index is None:
            from ..io.readers import read_file

            index = self._jsonl[path] = {d.id: d.text for d in read_file(path, path.parent) if d.text}
        return index.get(doc_id)


class RecordSink:
    """A store opened for writing, fed record lines in batches."""

    def __init__(self, path: str | Path, streaming: bool = False, texts: SourceTexts | None = None):
        self.path = Path(path)
        self.store = open_writer(path, streaming=streaming)
        self.texts = texts or SourceTexts()
        self.places = gazetteer()
        self.stats = ExportStats()

    def write(self, items: Iterable[tuple[dict, Optional[str]]]) -> None:
        """``(record, text or None)`` pairs; one transaction."""
        batch = []
        for record, text in items:
            if text is None and record.get("text") is None:
                text = self.texts(record)
            batch.append((record, text))
            self.stats.records += 1
            if record.get("status") == "ok":
                self.stats.ok += 1
            else:
                self.stats.errors += 1
            if text is not None or record.get("text") is not None:
                self.stats.with_text += 1
        cols = flatten(batch, self.places)
        for name in cols.data:
            self.stats.rows[name] = self.stats.rows.get(name, 0) + cols.count(name)
        self.store.replace(cols)

    def write_lines(self, lines: Iterable[str], texts: dict | None = None) -> None:
        """Record lines (a live run: ``texts`` maps the run's key to the document text it read)."""
        items = []
        for line in lines:
            record = json.loads(line)
            key = (record.get("doc_id"), record.get("text_sha256"), record.get("model_version"))
            items.append((record, (texts or {}).pop(key, None)))
        self.write(items)

    def close(self) -> None:
        self.store.close()


def read_records(paths: list[Path]) -> Iterator[dict]:
    """Records of JSONL files, in order; a line that is not a record is an :class:`ExportError`."""
    for path in paths:
        try:
            fh = open(path, encoding="utf-8-sig")
        except OSError as exc:
            raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from None
        with fh:
            try:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ExportError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
                    if not isinstance(record, dict) or "doc_id" not in record:
                        raise ExportError(f"{path}:{lineno}: not an ecoie record (no doc_id)")
                    yield record
            except UnicodeDecodeError:
                raise ExportError(f"{path}: not UTF-8") from None


def export_records(paths: list[Path], to: str | Path, batch_size: int = 500) -> ExportStats:
    """Write every record of ``paths`` into the store ``to`` (created, or appended to with replacement)."""
    for path in paths:
        if not Path(path).is_file():
            raise ExportError(f"{path}: no such file")
    sink = RecordSink(to, texts=SourceTexts(Path(p).parent for p in paths))
    try:
        batch: list[tuple[dict, None]] = []
        for record in read_records([Path(p) for p in paths]):
            batch.append((record, None))
            if len(batch) >= batch_size:
                sink.write(batch)
                batch = []
        if batch:
            sink.write(batch)
    finally:
        try:
            sink.close()
        except StoreError:
            raise
    return sink.stats
