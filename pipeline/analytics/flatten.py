"""Records (ANNOTATION.md section 6) to rows of the store's tables.

One function turns a batch of records into columns per table; every writer
(DuckDB, SQLite, Parquet, CSV) takes those columns, so the formats cannot
drift apart.  Evidence sentences are cut from the text the offsets point
into when it is known (``--with-text`` records, HTML input, a live run, or a
source file that still hashes the same); otherwise they stay NULL and the
offsets remain.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import re
from typing import Any, Iterable, Optional

from .places import Gazetteer, gazetteer
from .schema import TABLES

#: characters that end a sentence for evidence purposes (line breaks too: headlines, list items)
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def record_key(doc_id: str, text_sha256: Optional[str], model_version: Optional[str]) -> str:
    """The store's row key: the ``--resume`` identity of a record, digested to a short string."""
    raw = "\x1f".join((doc_id, text_sha256 or "", model_version or ""))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


class Sentences:
    """Sentence bounds of one text, found once and looked up by offset."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]

    def around(self, start: int, end: int) -> tuple[Optional[str], Optional[int], Optional[int]]:
        if start < 0 or end > len(self.text) or start > end:
            return None, None, None
        i = bisect.bisect_right(self.ends, start)
        s = self.ends[i - 1] if i > 0 else 0
        j = bisect.bisect_left(self.ends, end)
        e = self.ends[j] if j < len(self.ends) else len(self.text)
        # a sentence may hold a line break inside a figure's span: keep extending until it covers [start, end)
        while e < end and j + 1 < len(self.ends):
            j += 1
            e = self.ends[j]
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return self.text[s:e], s, e


def simhash(text: str, width: int = 4) -> str:
    """64-bit SimHash over character ``width``-grams (whitespace dropped), as 16 hex digits.

    Reprints differ by a portal's menu, a byline or a footer; their SimHashes
    differ by a few bits, where unrelated articles differ by about 32.  CRC32
    (two seeds) keeps the hashing in C and stable across processes.
    """
    import zlib

    import numpy as np

    chars = "".join(text.split())
    if len(chars) < width:
        chars = chars.ljust(width)
    grams = [chars[i:i + width].encode("utf-8") for i in range(len(chars) - width + 1)]
    hashes = np.fromiter(((zlib.crc32(g) << 32) | zlib.crc32(g, 0x9E3779B9) for g in grams), dtype=np.uint64,
                         count=len(grams))
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > len(grams)
    value = int(np.packbits(votes, bitorder="little").view("<u8")[0])
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _date(value: Any) -> Optional[dt.date]:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _num(value: Any) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> Optional[str]:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


class Columns:
    """Rows of every table, column by column (what the writers bulk-load)."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, list]] = {name: {c: [] for c in t.names} for name, t in TABLES.items()}
        self.keys: list[str] = []

    def add(self, table: str, row: dict[str, Any]) -> None:
        cols = self.data[table]
        for name, values in cols.items():
            values.append(row.get(name))

    def count(self, table: str) -> int:
        return len(self.data[table]["record_key"])

    def __len__(self) -> int:
        return len(self.keys)


def flatten(records: Iterable[tuple[dict, Optional[str]]], places: Gazetteer | None = None,
            loaded_at: dt.datetime | None = None) -> Columns:
    """``(record, text or None)`` pairs to :class:`Columns`; the text is what the offsets point into."""
    places = places or gazetteer()
    loaded_at = loaded_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    latest: dict[str, tuple[dict, Optional[str]]] = {}
    for record, text in records:
        # the same extraction twice in one batch: the later line wins, as it would across batches
        key = record_key(str(record.get("doc_id")), record.get("text_sha256"), record.get("model_version"))
        latest.pop(key, None)
        latest[key] = (record, text)
    out = Columns()
    for key, (record, text) in latest.items():
        _one(out, key, record, text if text is not None else record.get("text"), places, loaded_at)
    return out


def _one(out: Columns, key: str, rec: dict, text: Optional[str], places: Gazetteer, loaded_at: dt.datetime) -> None:
    doc_id = str(rec.get("doc_id"))
    out.keys.append(key)
    meta = rec.get("meta") or {}
    base = {"record_key": key, "doc_id": doc_id}
    entities, quantities = rec.get("entities") or [], rec.get("quantities") or []
    officials, events = rec.get("officials") or [], rec.get("events") or []
    out.add("documents", {
        **base, "text_sha256": rec.get("text_sha256"),
        "text_simhash": simhash(text) if isinstance(text, str) and text else None, "model_version": rec.get("model_version"),
        "source": _str(rec.get("source")), "status": rec.get("status"), "error": rec.get("error"),
        "title": _str(meta.get("title")), "published": _date(meta.get("published")),
        "province": _str(meta.get("province")), "city": _str(meta.get("city")), "county": _str(meta.get("county")),
        "n_entities": len(entities), "n_quantities": len(quantities), "n_officials": len(officials),
        "n_events": len(events), "warnings": " | ".join(map(str, rec.get("warnings") or [])) or None,
        "meta": json.dumps(meta, ensure_ascii=False), "loaded_at": loaded_at,
    })
    sentences = Sentences(text) if isinstance(text, str) else None
    ctx_province, ctx_city = _str(meta.get("province")), _str(meta.get("city"))

    def place_cols(name: Optional[str]) -> dict[str, Any]:
        place = places.resolve(name, ctx_province, ctx_city)
        if place is None:
            return {"place": None, "place_level": None, "province": None, "city": None}
        return {"place": place.name, "place_level": place.level, "province": place.province, "city": place.city}

    for i, ent in enumerate(entities):
        out.add("entities", {**base, "idx": i, "label": ent.get("label"), "text": ent.get("text"),
                             "norm": ent.get("norm"), "start": ent.get("start"), "end": ent.get("end"),
                             "confidence": _num(ent.get("confidence")), "source": ent.get("source")})
    for i, q in enumerate(quantities):
        sent = sentences.around(q["start"], q["end"]) if sentences else (None, None, None)
        out.add("quantities", {
            **base, "idx": i, "text": q.get("text"), "value": _num(q.get("value")), "unit": q.get("unit"),
            "approx": q.get("approx"), "indicator": q.get("indicator"), "role": q.get("role"),
            "direction": q.get("direction"), "delta": _num(q.get("delta")), "confidence": _num(q.get("confidence")),
            "jurisdiction": q.get("jurisdiction"), **place_cols(q.get("jurisdiction")),
            "period": q.get("period"), "period_start": _date(q.get("period_start")),
            "period_end": _date(q.get("period_end")), "start": q.get("start"), "end": q.get("end"),
            "sentence": sent[0], "sentence_start": sent[1], "sentence_end": sent[2],
        })
    people: dict[str, dict] = {}
    for i, off in enumerate(officials):
        titles = "、".join(off.get("titles") or []) or None
        people.setdefault(off.get("person"), {"titles": titles, "org": off.get("org")})
        out.add("officials", {**base, "idx": i, "person": off.get("person"), "titles": titles,
                              "org": off.get("org"), "start": off.get("start"), "end": off.get("end")})
    for i, ev in enumerate(events):
        evidence = ev.get("evidence") or []
        first = evidence[0] if evidence else (None, None)
        sent = sentences.around(first[0], first[1]) if sentences and first[0] is not None else (None, None, None)
        speakers = [s for s in ev.get("speakers") or [] if s]
        out.add("events", {
            **base, "idx": i, "type": ev.get("type"), "date": ev.get("date"), "event_date": _date(ev.get("date")),
            "title": ev.get("title"), "organizer": ev.get("organizer"), "speakers": "、".join(speakers) or None,
            "moderator": ev.get("moderator"), "jurisdiction": ev.get("jurisdiction"),
            **place_cols(ev.get("jurisdiction")), "period": ev.get("period"),
            "evidence_start": first[0], "evidence_end": first[1], "evidence": sent[0],
        })
        for metric, value in (ev.get("metrics") or {}).items():
            out.add("event_metrics", {**base, "event_idx": i, "metric": metric, "value": _num(value)})
        for part, names in (("speaker", speakers), ("moderator", [ev.get("moderator")] if ev.get("moderator") else [])):
            for person in names:
                known = people.get(person, {})
                out.add("event_people", {**base, "event_idx": i, "person": person, "part": part,
                                         "titles": known.get("titles"), "org": known.get("org")})
