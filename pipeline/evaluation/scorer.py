"""The metrics of ANNOTATION.md section 7, exactly.

* Entities: exact (start, end, label) P/R/F1, micro and per label; a partial
  score counts a span as matched when it overlaps a span of the same label.
* Indicator linking: over gold QUANTITY spans the system also found (same
  offsets), accuracy of ``indicator`` and of (``indicator``, ``role``); end to
  end, F1 over (start, end, indicator, role).
* Officials: F1 over (person, title) and (person, org) pairs, on normalised
  strings.
* Events: F1 over (type, date), (type, organizer), (type, speaker),
  (type, moderator); enforcement outcomes over (indicator, value) and, apart,
  jurisdictions.  A slot that gold leaves null is not scored.
* Beyond section 7, the article's own place and date (``meta.province``,
  ``city``, ``county``, ``published``): F1 per field, where gold gives the
  field (:mod:`.article_meta`).

Predictions are matched to gold documents by ``doc_id`` == gold ``id``, else by
``text_sha256`` of the gold text.  Every tuple carries its document, so
scores are micro-averaged over the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ..event_types import SCORED, kind_of
from ..schema import GoldDoc
from .article_meta import META_FIELDS, meta_field_sets

EVENT_SLOTS = ("date", "organizer", "speaker", "moderator")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_sets(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


# --- string normalisation for officials and events ----------------------------------

_GLOSS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def norm_str(value: Any) -> str | None:
    if value is None:
        return None
    s = _GLOSS_RE.sub("", str(value))
    s = re.sub(r"\s+", "", _t2s().convert(s))
    return s or None


def _num(value: Any) -> float | None:
    try:
        return round(float(value), 2)
    except (TypeError, ValueError):
        return None


# --- per-document tuple extraction -----------------------------------------------

def gold_entities(doc: GoldDoc) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in doc.spans}


def pred_entities(rec: dict) -> set[tuple[int, int, str]]:
    ents = {(e["start"], e["end"], e["label"]) for e in rec.get("entities", [])}
    ents |= {(q["start"], q["end"], "QUANTITY") for q in rec.get("quantities", [])}
    return ents


def official_pairs(officials: Iterable[dict]) -> tuple[set, set, set]:
    """(person, title) pairs, (person, org) pairs, and persons whose org is null."""
    titles, orgs, null_org = set(), set(), set()
    for off in officials:
        person = norm_str(off.get("person"))
        if not person:
            continue
        for t in off.get("titles") or []:
            if norm_str(t):
                titles.add((person, norm_str(t)))
        org = norm_str(off.get("org"))
        if org:
            orgs.add((person, org))
        else:
            null_org.add(person)
    return titles, orgs, null_org


def _typed(slot: str):
    """A gathering slot: scored as (event type, value), so a meeting's organizer is not a press conference's."""
    def read(out: dict[str, set], etype: str, value: Any) -> None:
        for v in (value if isinstance(value, list) else [value]):
            v = str(v) if slot == "date" and v else norm_str(v)
            if v:
                out[slot].add((etype, v))
    return read


def _metrics(out: dict[str, set], etype: str, value: Any) -> None:
    for ind, val in (value or {}).items():
        if _num(val) is not None:
            out["metric"].add((ind, _num(val)))


def _jurisdiction(out: dict[str, set], etype: str, value: Any) -> None:
    if norm_str(value):
        out["jurisdiction"].add(norm_str(value))


#: how each scored event field (event_types.SCORED) becomes slot tuples
_SLOT_READERS = {"date": _typed("date"), "organizer": _typed("organizer"), "speakers": _typed("speaker"),
                 "moderator": _typed("moderator"), "metrics": _metrics, "jurisdiction": _jurisdiction}


def event_tuples(events: Iterable[dict]) -> dict[str, set]:
    """Slot -> set of tuples; which fields are scored is declared per event kind (``event_types.py``)."""
    out: dict[str, set] = defaultdict(set)
    for ev in events:
        etype = ev.get("type")
        for name in SCORED[kind_of(etype)]:
            _SLOT_READERS[name](out, etype, ev.get(name))
    return out


def in_ignored(rec: dict, start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap a range the prediction ignored as boilerplate?"""
    return any(r["start"] < end and start < r["end"] for r in rec.get("ignored", []))


def _gold_event_types(events: Iterable[dict]) -> set[str]:
    return {e.get("type") for e in events}


# --- the scorer ------------------------------------------------------------------------

@dataclass
class DocScore:
    doc_id: str
    entities: PRF = field(default_factory=PRF)
    links: PRF = field(default_factory=PRF)
    matched: bool = True


@dataclass
class Scores:
    entities: PRF = field(default_factory=PRF)
    entities_partial: PRF = field(default_factory=PRF)
    per_label: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    per_label_partial: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    #: gold entities missed because they lie inside a range the pipeline ignored as boilerplate
    missed_in_ignored: Counter = field(default_factory=Counter)
    indicator: Accuracy = field(default_factory=Accuracy)
    indicator_role: Accuracy = field(default_factory=Accuracy)
    indicator_role_direction: Accuracy = field(default_factory=Accuracy)
    direction: Accuracy = field(default_factory=Accuracy)
    links: PRF = field(default_factory=PRF)
    person_title: PRF = field(default_factory=PRF)
    person_org: PRF = field(default_factory=PRF)
    event_slots: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    #: the article's place and date, one PRF per ``meta`` field gold scores
    article: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    documents: list[DocScore] = field(default_factory=list)
    unmatched_gold: list[str] = field(default_factory=list)

    @property
    def events_all(self) -> PRF:
        total = PRF()
        for slot in (*EVENT_SLOTS, "metric", "jurisdiction"):
            total += self.event_slots[slot]
        return total

    def as_dict(self) -> dict[str, Any]:
        labels = sorted(set(self.per_label) | set(self.per_label_partial))
        return {
            "documents": {"gold": len(self.documents), "unmatched": len(self.unmatched_gold)},
            "entities": {
                "micro": self.entities.as_dict(),
                "partial": self.entities_partial.as_dict(),
                "per_label": {lab: self.per_label[lab].as_dict() for lab in labels},
                "per_label_partial": {lab: self.per_label_partial[lab].as_dict() for lab in labels},
                "missed_in_ignored": {"total": sum(self.missed_in_ignored.values()),
                                      "per_label": dict(sorted(self.missed_in_ignored.items()))},
            },
            "indicators": {
                "found_quantities": self.indicator.total,
                "indicator_accuracy": round(self.indicator.value, 4),
                "indicator_role_accuracy": round(self.indicator_role.value, 4),
                "indicator_role_direction_accuracy": round(self.indicator_role_direction.value, 4),
                "gold_changes_found": self.direction.total,
                "direction_accuracy": round(self.direction.value, 4),
                "link": self.links.as_dict(),
            },
            "officials": {"person_title": self.person_title.as_dict(), "person_org": self.person_org.as_dict()},
            "events": {
                "all_slots": self.events_all.as_dict(),
                "slots": {slot: self.event_slots[slot].as_dict() for slot in EVENT_SLOTS},
                "enforcement_metrics": self.event_slots["metric"].as_dict(),
                "enforcement_jurisdictions": self.event_slots["jurisdiction"].as_dict(),
            },
            "article": {f: self.article[f].as_dict() for f in META_FIELDS if f in self.article},
            "per_document": [
                {"doc_id": d.doc_id, "matched": d.matched, "entity_f1": round(d.entities.f1, 4),
                 "entity_tp": d.entities.tp, "entity_fp": d.entities.fp, "entity_fn": d.entities.fn,
                 "link_f1": round(d.links.f1, 4)}
                for d in self.documents
            ],
        }


def _partial(gold: set, pred: set) -> PRF:
    """Overlap-based match with the same label."""
    def overlaps(a, others):
        return any(a[2] == b[2] and a[0] < b[1] and b[0] < a[1] for b in others)

    prf = PRF()
    prf.tp = sum(1 for g in gold if overlaps(g, pred))
    prf.fn = len(gold) - prf.tp
    prf.fp = sum(1 for p in pred if not overlaps(p, gold))
    return prf


def match_predictions(gold_docs: list[GoldDoc], predictions: list[dict]) -> dict[str, dict | None]:
    by_id = {str(r.get("doc_id")): r for r in predictions}
    by_sha = {r.get("text_sha256"): r for r in predictions if r.get("text_sha256")}
    out = {}
    for g in gold_docs:
        rec = by_id.get(g.id)
        if rec is None:
            rec = by_sha.get(hashlib.sha256(g.text.encode("utf-8")).hexdigest())
        out[g.id] = rec
    return out


def score(gold_docs: list[GoldDoc], predictions: list[dict]) -> Scores:
    """Score predictions (pipeline output records) against gold documents."""
    scores = Scores()
    matched = match_predictions(gold_docs, predictions)
    for g in gold_docs:
        rec = matched[g.id]
        ds = DocScore(g.id, matched=rec is not None)
        if rec is None:
            scores.unmatched_gold.append(g.id)
            rec = {}
        if rec.get("status", "ok") != "ok":
            rec = {}
        _score_doc(g, rec, scores, ds)
        scores.documents.append(ds)
    return scores


def _score_doc(g: GoldDoc, rec: dict, scores: Scores, ds: DocScore) -> None:
    gold_e = gold_entities(g)
    pred_e = pred_entities(rec)
    ds.entities.add_sets(gold_e, pred_e)
    scores.entities.add_sets(gold_e, pred_e)
    scores.entities_partial += _partial(gold_e, pred_e)
    for s, e, lab in gold_e - pred_e:
        if in_ignored(rec, s, e):
            scores.missed_in_ignored[lab] += 1
    for lab in {e[2] for e in gold_e | pred_e}:
        ge = {e for e in gold_e if e[2] == lab}
        pe = {e for e in pred_e if e[2] == lab}
        scores.per_label[lab].add_sets(ge, pe)
        scores.per_label_partial[lab] += _partial(ge, pe)

    # indicator linking
    gold_q = {(s.start, s.end): (s.indicator, s.role) for s in g.spans if s.label == "QUANTITY"}
    gold_dir = {(s.start, s.end): s.direction for s in g.spans
                if s.label == "QUANTITY" and s.role == "change" and s.direction}
    pred_q = {(q["start"], q["end"]): (q.get("indicator"), q.get("role")) for q in rec.get("quantities", [])}
    pred_dir = {(q["start"], q["end"]): q.get("direction") for q in rec.get("quantities", [])}
    for key, (ind, role) in gold_q.items():
        if key in pred_q:
            p_ind, p_role = pred_q[key]
            pair_ok = p_ind == ind and p_role == role
            scores.indicator.total += 1
            scores.indicator_role.total += 1
            scores.indicator_role_direction.total += 1
            scores.indicator.correct += int(p_ind == ind)
            scores.indicator_role.correct += int(pair_ok)
            # direction is counted for gold changes only (ANNOTATION.md s.7)
            dir_ok = key not in gold_dir or pred_dir.get(key) == gold_dir[key]
            scores.indicator_role_direction.correct += int(pair_ok and dir_ok)
            if key in gold_dir:
                scores.direction.total += 1
                scores.direction.correct += int(pred_dir.get(key) == gold_dir[key])
    gold_links = {(s, e, i, r) for (s, e), (i, r) in gold_q.items()}
    pred_links = {(s, e, i, r) for (s, e), (i, r) in pred_q.items()}
    ds.links.add_sets(gold_links, pred_links)
    scores.links.add_sets(gold_links, pred_links)

    # officials
    g_titles, g_orgs, g_null = official_pairs(o.model_dump() for o in g.officials)
    p_titles, p_orgs, _ = official_pairs(rec.get("officials", []))
    scores.person_title.add_sets(g_titles, p_titles)
    p_orgs = {p for p in p_orgs if p[0] not in g_null}  # gold null org: not scored
    scores.person_org.add_sets(g_orgs, p_orgs)

    # events
    gold_events = [e.model_dump() for e in g.events]
    for slot, gold_set, pred_set in scored_event_slots(gold_events, rec.get("events", [])):
        scores.event_slots[slot].add_sets(gold_set, pred_set)

    # the article's place and date
    for name, gold_set, pred_set in meta_field_sets(g.meta, rec.get("meta") or {}):
        scores.article[name].add_sets(gold_set, pred_set)


def scored_event_slots(gold_events: list[dict], pred_events: list[dict]):
    """(slot, gold tuples, predicted tuples) as scored: a slot gold leaves null (for an event
    type gold has) is not scored, so the prediction's value for it is left out too."""
    g_ev, p_ev = event_tuples(gold_events), event_tuples(pred_events)
    gold_types = _gold_event_types(gold_events)
    for slot in (*EVENT_SLOTS, "metric", "jurisdiction"):
        gold_set, pred_set = g_ev.get(slot, set()), p_ev.get(slot, set())
        if slot in EVENT_SLOTS:
            scored_types = {t for t, _ in gold_set}
            pred_set = {(t, v) for t, v in pred_set if t in scored_types or t not in gold_types}
        yield slot, gold_set, pred_set
