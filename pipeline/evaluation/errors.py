"""Every disagreement between gold and predictions, one row each, for error analysis.

The scorer says how much is wrong; this says what: each entity miss, false
alarm, boundary or label error, each wrong indicator, role or direction on a
found quantity, each official pair and event slot missed or invented — with a
few characters of context so errors can be grouped into a catalogue
(``annotations/real/ERRORS.md``).  ``ecoie evaluate --errors FILE`` writes
them as JSONL; the file holds snippets of the texts, so it is written where
the texts are, never committed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from ..schema import GoldDoc
from .article_meta import meta_field_sets
from .scorer import gold_entities, in_ignored, match_predictions, official_pairs, pred_entities, scored_event_slots

CONTEXT = 8


@dataclass
class ErrorRow:
    doc_id: str
    kind: str          # entity_missed, entity_ignored (inside a range ignored as boilerplate), entity_false_alarm, entity_boundary, entity_label, indicator, role, direction, official, event, meta (the article's place or date)
    label: str         # the gold label (or predicted, for false alarms), or the slot
    gold: str | None   # gold value (surface, indicator, role, …)
    pred: str | None   # predicted value
    start: int | None = None
    end: int | None = None
    context: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT): start].replace("\n", "⏎")
    right = text[end: end + CONTEXT].replace("\n", "⏎")
    return f"{left}[{text[start:end]}]{right}"


def _overlapping(span: tuple[int, int, str], others: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [o for o in others if o[0] < span[1] and span[0] < o[1]]


def entity_errors(g: GoldDoc, rec: dict) -> list[ErrorRow]:
    gold, pred = gold_entities(g), pred_entities(rec)
    rows = []
    # sorted: a set's order of (start, end, label) tuples follows the per-process string hash, and the
    # first overlapping span is the one a row names (two wrong spans would swap from run to run)
    spurious = sorted(pred - gold)
    for span in sorted(gold - pred):
        s, e, label = span
        near = _overlapping(span, spurious)
        same = [p for p in near if p[2] == label]
        if same:
            p = same[0]
            rows.append(ErrorRow(g.id, "entity_boundary", label, g.text[s:e], g.text[p[0]:p[1]], s, e, _context(g.text, s, e)))
        elif near:
            p = near[0]
            rows.append(ErrorRow(g.id, "entity_label", label, g.text[s:e], f"{p[2]}:{g.text[p[0]:p[1]]}", s, e,
                                 _context(g.text, s, e)))
        elif in_ignored(rec, s, e):
            rows.append(ErrorRow(g.id, "entity_ignored", label, g.text[s:e], None, s, e, _context(g.text, s, e)))
        else:
            rows.append(ErrorRow(g.id, "entity_missed", label, g.text[s:e], None, s, e, _context(g.text, s, e)))
    for span in sorted(pred - gold):
        s, e, label = span
        if not _overlapping(span, gold - pred):
            rows.append(ErrorRow(g.id, "entity_false_alarm", label, None, g.text[s:e], s, e, _context(g.text, s, e)))
    return rows


def link_errors(g: GoldDoc, rec: dict) -> list[ErrorRow]:
    pred = {(q["start"], q["end"]): q for q in rec.get("quantities", [])}
    rows = []
    for sp in g.spans:
        if sp.label != "QUANTITY" or (sp.start, sp.end) not in pred:
            continue
        q = pred[(sp.start, sp.end)]
        ctx = _context(g.text, sp.start, sp.end)
        if q.get("indicator") != sp.indicator:
            rows.append(ErrorRow(g.id, "indicator", sp.indicator or "", sp.indicator, q.get("indicator"), sp.start, sp.end, ctx))
        if q.get("role") != sp.role:
            rows.append(ErrorRow(g.id, "role", sp.role or "", sp.role, q.get("role"), sp.start, sp.end, ctx))
        if sp.role == "change" and sp.direction and q.get("direction") != sp.direction:
            rows.append(ErrorRow(g.id, "direction", sp.indicator or "", sp.direction, q.get("direction"),
                                 sp.start, sp.end, ctx))
    return rows


def _tuple_text(t) -> str:
    return "/".join(map(str, t)) if isinstance(t, (tuple, list)) else str(t)


def official_errors(g: GoldDoc, rec: dict) -> list[ErrorRow]:
    g_titles, g_orgs, g_null = official_pairs(o.model_dump() for o in g.officials)
    p_titles, p_orgs, _ = official_pairs(rec.get("officials", []))
    p_orgs = {p for p in p_orgs if p[0] not in g_null}
    rows = []
    for slot, gold, pred in (("person_title", g_titles, p_titles), ("person_org", g_orgs, p_orgs)):
        rows += [ErrorRow(g.id, "official_missed", slot, _tuple_text(t), None) for t in sorted(gold - pred)]
        rows += [ErrorRow(g.id, "official_false_alarm", slot, None, _tuple_text(t)) for t in sorted(pred - gold)]
    return rows


def event_errors(g: GoldDoc, rec: dict) -> list[ErrorRow]:
    rows = []
    # the scorer's own slots, so rows and scores agree (a slot gold leaves null is not an error)
    for slot, gold, pred in scored_event_slots([e.model_dump() for e in g.events], rec.get("events", [])):
        rows += [ErrorRow(g.id, "event_missed", slot, _tuple_text(t), None) for t in sorted(gold - pred, key=str)]
        rows += [ErrorRow(g.id, "event_false_alarm", slot, None, _tuple_text(t)) for t in sorted(pred - gold, key=str)]
    return rows


def meta_errors(g: GoldDoc, rec: dict) -> list[ErrorRow]:
    """The article's place or date given wrong, missed or invented, as the scorer counts them."""
    rows = []
    for name, gold, pred in meta_field_sets(g.meta, rec.get("meta") or {}):
        if gold == pred:
            continue
        gold_value = next(iter(gold))[1] if gold else None
        pred_value = next(iter(pred))[1] if pred else None
        kind = "meta_missed" if not pred else "meta_false_alarm" if not gold else "meta_wrong"
        rows.append(ErrorRow(g.id, kind, name, gold_value, pred_value))
    return rows


def list_errors(gold_docs: list[GoldDoc], predictions: list[dict]) -> list[ErrorRow]:
    """All error rows, document by document, in gold order."""
    matched = match_predictions(gold_docs, predictions)
    rows: list[ErrorRow] = []
    for g in gold_docs:
        rec = matched.get(g.id) or {}
        if rec.get("status", "ok") != "ok":
            rec = {}
        rows += entity_errors(g, rec) + link_errors(g, rec) + official_errors(g, rec) + event_errors(g, rec) + meta_errors(g, rec)
    return rows


def confusion(gold_docs: list[GoldDoc], predictions: list[dict], field: str = "indicator") -> Counter:
    """(gold value, predicted value) -> count over the gold QUANTITY spans the system found.

    ``field`` is ``indicator``, ``role`` or ``direction`` (gold changes only).
    The same quantities as the scorer's accuracies (same offsets, ``status`` ok),
    so the diagonal over the total is the accuracy ``ecoie evaluate`` prints and
    the off-diagonal cells are the rows :func:`link_errors` lists.
    """
    matched = match_predictions(gold_docs, predictions)
    counts: Counter = Counter()
    for g in gold_docs:
        rec = matched.get(g.id) or {}
        if rec.get("status", "ok") != "ok":
            continue
        pred = {(q["start"], q["end"]): q for q in rec.get("quantities", [])}
        for sp in g.spans:
            if sp.label != "QUANTITY" or (sp.start, sp.end) not in pred:
                continue
            if field == "direction" and not (sp.role == "change" and sp.direction):
                continue
            counts[(getattr(sp, field), pred[(sp.start, sp.end)].get(field))] += 1
    return counts


def summarise(rows: list[ErrorRow]) -> list[tuple[str, str, int]]:
    """(kind, label, count), most frequent first."""
    counts = Counter((r.kind, r.label) for r in rows)
    return [(k, lab, n) for (k, lab), n in counts.most_common()]
