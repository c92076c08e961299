"""Across articles: one row per (place, period, indicator, role), agreement and conflicts flagged.

Articles repeat each other: a press conference, its reprints on portals, a
newspaper's summary, the year's bulletin.  Counting every copy would make a
figure look better attested than it is, and a different number in one of
them is exactly what an analyst wants to see.  So:

* places are the gazetteer-normalised ``place`` of the store, periods its
  canonical ``period`` (2024, 2024-H1, 2024-03, ISO ranges);
* an *article* is a text: records with the same ``text_sha256`` are one
  article, and so are texts whose SimHashes are within :data:`NEAR_BITS`
  bits (the same release wrapped in a portal's menu and footer);
* two values agree when they differ by no more than the rounding of the less
  precise one, as written: ``38`` means 37.5–38.5, ``38.0`` 37.95–38.05,
  ``87%`` 86.5–87.5, ``1250万元`` is rounded to 万; so 38/38.0 and 86.9%/87%
  agree and 38/41 conflict; values in different units never agree;
* values fall into groups of mutually agreeing values (the most precise
  first); more than one group is a conflict; the agreed value is the group
  stated by most articles (a tie goes to the group of the most recent
  article), written as its most precise member; the conflict flag needs two
  *different* articles in different groups (an article that states several
  values for one slot is an extraction question, shown in ``values``).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .flatten import hamming
from .schema import CONSOLIDATED
from .stores import StoreReader

#: SimHash distance (of 64 bits) up to which two texts are the same article
NEAR_BITS = 6
_NUMBER = re.compile(r"[0-9]+(?:\.([0-9]+))?")


def tolerance(text: Optional[str], value: float) -> float:
    """Half a unit of the last digit written, in the value's own unit (``1250万元`` -> 5000 yuan)."""
    m = _NUMBER.search((text or "").replace(",", "").replace("，", ""))
    if m is None:
        return 0.5 if float(value).is_integer() else 1e-9
    written = float(m.group(0))
    decimals = len(m.group(1) or "")
    scale = abs(value / written) if written and value else 1.0
    return 0.5 * 10 ** -decimals * scale


def agree(a: float, tol_a: float, b: float, tol_b: float) -> bool:
    return abs(a - b) <= max(tol_a, tol_b) + 1e-9


@dataclass
class _Source:
    row: dict
    tol: float
    article: str


@dataclass
class _Group:
    value: float
    tol: float
    unit: Optional[str]
    members: list[_Source] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.members}


def _articles(rows: list[dict]) -> dict[str, str]:
    """record_key -> article id: the same text, or a near-identical one, is one article."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_sha: dict[str, str] = {}
    hashes: list[tuple[str, str]] = []
    for row in rows:
        key = row["record_key"]
        find(key)
        sha = row.get("text_sha256")
        if sha:
            if sha in by_sha:
                parent[find(key)] = find(by_sha[sha])
            else:
                by_sha[sha] = key
        if row.get("text_simhash"):
            hashes.append((key, row["text_simhash"]))
    seen: dict[str, str] = {}
    for key, h in hashes:
        seen.setdefault(key, h)
    items = list(seen.items())
    for i, (k1, h1) in enumerate(items):
        for k2, h2 in items[i + 1:]:
            if find(k1) != find(k2) and hamming(h1, h2) <= NEAR_BITS:
                parent[find(k2)] = find(k1)
    return {row["record_key"]: find(row["record_key"]) for row in rows}


_QUERY = """
SELECT q.record_key, q.doc_id, q.idx, q.place, q.province, q.city, q.period, q.period_start, q.period_end,
       q.indicator, q.role, q.unit, q.value, q.text, q.sentence, q.start, q."end",
       d.text_sha256, d.text_simhash, d.published, d.title
FROM quantities q JOIN documents d ON d.record_key = q.record_key
WHERE d.status = 'ok' AND q.value IS NOT NULL AND q.place IS NOT NULL AND q.period IS NOT NULL
  AND q.indicator IS NOT NULL AND q.indicator <> 'other' AND q.role IS NOT NULL
ORDER BY q.place, q.period, q.indicator, q.role, d.published NULLS LAST, q.doc_id, q.idx
"""


def consolidate_rows(rows: list[dict]) -> list[dict]:
    """Quantity rows (the query above) to consolidated rows."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault((row["place"], row["period"], row["indicator"], row["role"]), []).append(row)
    out = []
    for (place, period, indicator, role), members in groups.items():
        article_of = _articles(members)
        sources = sorted((_Source(r, tolerance(r.get("text"), r["value"]), article_of[r["record_key"]]) for r in members),
                         key=lambda s: (s.tol, str(s.row.get("published") or ""), s.row["doc_id"]))
        value_groups: list[_Group] = []
        for src in sources:
            for g in value_groups:
                if g.unit == src.row.get("unit") and agree(g.value, g.tol, src.row["value"], src.tol):
                    g.members.append(src)
                    break
            else:
                value_groups.append(_Group(src.row["value"], src.tol, src.row.get("unit"), [src]))

        def latest(g: _Group) -> str:
            return max(str(m.row.get("published") or "") for m in g.members)

        best = max(value_groups, key=lambda g: (len(g.articles), latest(g)))
        first = members[0]
        by_article: dict[str, str] = {}
        source_list = []
        for m in sorted(sources, key=lambda s: (str(s.row.get("published") or "9999"), s.row["doc_id"], s.row["idx"])):
            r = m.row
            reprint_of = by_article.setdefault(m.article, r["doc_id"])
            source_list.append({
                "doc_id": r["doc_id"], "published": _iso(r.get("published")), "title": r.get("title"),
                "value": r["value"], "unit": r.get("unit"), "text": r.get("text"), "sentence": r.get("sentence"),
                "start": r.get("start"), "end": r.get("end"),
                "reprint_of": reprint_of if reprint_of != r["doc_id"] else None,
                "agrees": any(m is x for x in best.members),
            })
        out.append({
            "place": place, "province": first.get("province"), "city": first.get("city"), "period": period,
            "period_start": first.get("period_start"), "period_end": first.get("period_end"),
            "indicator": indicator, "role": role, "unit": best.unit, "value": best.value,
            "n_articles": len(best.articles), "n_sources": len({s.article for s in sources}),
            "conflict": _disagree(value_groups),
            "values": " | ".join(f"{_fmt(g.members[0].row)} ×{len(g.articles)}"
                                 for g in sorted(value_groups, key=lambda g: -len(g.articles))),
            "sources": json.dumps(source_list, ensure_ascii=False),
        })
    return out


def _disagree(groups: list[_Group]) -> bool:
    """Two articles state values that do not agree (one article's several values alone is no conflict)."""
    for i, a in enumerate(groups):
        for b in groups[i + 1:]:
            if any(x != y for x in a.articles for y in b.articles):
                return True
    return False


def _fmt(row: dict) -> str:
    """A value as its most precise source wrote it, with the unit (38.0 µg/m³)."""
    text = row.get("text")
    m = _NUMBER.search(text or "")
    number = m.group(0) if m and row.get("unit") not in ("yuan",) else _num(row["value"])
    return f"{number} {row.get('unit') or ''}".strip()


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if hasattr(value, "isoformat") else value


def columns(rows: list[dict]) -> dict[str, list]:
    return {c: [r[c] for r in rows] for c in CONSOLIDATED.names}


@dataclass
class ConsolidateStats:
    rows: int
    conflicts: int
    multi_source: int
    csv: Optional[Path]


def consolidate_store(store: str | Path, csv_path: str | Path | None = None) -> ConsolidateStats:
    """Compute the ``consolidated`` table of ``store``, write it into the store and (if given) as CSV."""
    reader = StoreReader(store)
    try:
        rows = consolidate_rows(reader.query(_QUERY))
        reader.put_table(CONSOLIDATED, columns(rows))
    finally:
        reader.close()
    if csv_path is not None:
        write_csv(rows, Path(csv_path))
    return ConsolidateStats(len(rows), sum(r["conflict"] for r in rows), sum(r["n_sources"] > 1 for r in rows),
                            Path(csv_path) if csv_path else None)


def load_rows(reader: StoreReader) -> list[dict]:
    """The consolidated rows of an open store (computed now when the store has none)."""
    if reader.has("consolidated"):
        return reader.query("SELECT * FROM consolidated")
    return consolidate_rows(reader.query(_QUERY))


def write_csv(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CONSOLIDATED.names)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _iso(v) for k, v in row.items()})
    tmp.replace(path)


def default_csv(store: str | Path) -> Path:
    store = Path(store)
    if store.is_dir():
        return store / "consolidated.csv"
    return store.with_name(store.stem + ".consolidated.csv")
