"""Restoring the real set's texts from the page store: which queries to look up next, and a verified write.

The texts are not committed (annotations/real/README.md): a machine that lacks them looks each
manifest ``query`` up in the page store and keeps the result whose address is the manifest's ``url``.
The store answers a limited number of look-ups a session, so the queries still needed are ordered by
how many missing texts each finds (a query that found several pages finds them again in one look-up),
and cut into chunks one helper can work through.  A returned excerpt is written to ``texts/<id>.txt``
only when its sha256 is the manifest's: a copy with one character wrong would shift every offset after it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .offset_gold import sha256_text, text_path


@dataclass(frozen=True)
class QueryNeed:
    """One manifest query and the addresses of the pages it finds whose texts are still missing."""
    query: str
    urls: tuple[str, ...]


def read_manifest(real_dir: Path) -> list[dict]:
    """The manifest's lines, in order."""
    with open(real_dir / "manifest.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def missing_queries(real_dir: Path, splits: tuple[str, ...] = ()) -> list[QueryNeed]:
    """The queries whose pages lack a text under ``texts/``, the ones finding the most missing texts first
    (test before dev within a count, then in the manifest's order); ``splits`` keeps only those splits."""
    by_query: dict[str, list[dict]] = defaultdict(list)
    order: dict[str, int] = {}
    for i, entry in enumerate(read_manifest(real_dir)):
        if splits and entry.get("split") not in splits:
            continue
        if text_path(real_dir / "texts", entry["id"]).is_file():
            continue
        by_query[entry["query"]].append(entry)
        order.setdefault(entry["query"], i)
    ranked = sorted(by_query, key=lambda q: (-len(by_query[q]),
                                             not any(e.get("split") == "test" for e in by_query[q]), order[q]))
    return [QueryNeed(q, tuple(e["url"] for e in by_query[q])) for q in ranked]


def write_chunks(needs: list[QueryNeed], out_dir: Path, size: int) -> list[Path]:
    """``chunk01.jsonl``, ``chunk02.jsonl``… of ``size`` queries each (``{"query", "urls"}`` a line)."""
    if size < 1:
        raise ValueError(f"--size {size}: give at least one query a chunk")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, first in enumerate(range(0, len(needs), size), 1):
        path = out_dir / f"chunk{n:02d}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for need in needs[first:first + size]:
                fh.write(json.dumps({"query": need.query, "urls": list(need.urls)}, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def manifest_by_url(real_dir: Path) -> dict[str, dict]:
    """The manifest's lines by their page address (the key a page-store result carries)."""
    return {e["url"]: e for e in read_manifest(real_dir) if e.get("url")}


def put_excerpt(real_dir: Path, url: str, excerpt: str, by_url: dict[str, dict] | None = None) -> tuple[str, str | None]:
    """Write one returned excerpt as its document's text when the sha256 matches the manifest's.

    Returns ``(status, id)``: ``OK`` (written), ``ALREADY`` (a text is there: never overwritten),
    ``MISMATCH`` (not the annotated text: nothing written) or ``UNKNOWN`` (no manifest line has that
    address, id ``None``)."""
    entry = (by_url if by_url is not None else manifest_by_url(real_dir)).get(url)
    if entry is None:
        return "UNKNOWN", None
    path = text_path(real_dir / "texts", entry["id"])
    if path.is_file():
        return "ALREADY", entry["id"]
    if sha256_text(excerpt) != entry["sha256"]:
        return "MISMATCH", entry["id"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(excerpt)
    return "OK", entry["id"]
