"""How far a figure can be trusted: percentile intervals from resampling whole documents.

A real-article split of twenty documents holds a dozen officials and a few dozen
event slots; one article more or less moves such a figure by several points.  The
intervals say how much: draw as many documents as the split has, with replacement,
score the draw by summing each drawn document's counts, repeat, and take the 2.5th
and 97.5th percentiles.  Documents are the unit because errors cluster inside an
article (one page's chrome, one writer's style), so resampling single spans would
claim a certainty the data does not have.

The draws are seeded: the same predictions give the same intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .scorer import Accuracy, PRF, Scores

#: headline figure -> the counts it is computed from, read off one document's Scores
_PRF_FIGURES: dict[str, Callable[[Scores], PRF]] = {
    "entity_micro_f1": lambda s: s.entities,
    "officials_person_title_f1": lambda s: s.person_title,
    "officials_person_org_f1": lambda s: s.person_org,
    "event_slots_f1": lambda s: s.events_all,
    "enforcement_metrics_f1": lambda s: s.event_slots["metric"],
}
_ACCURACY_FIGURES: dict[str, Callable[[Scores], Accuracy]] = {
    "indicator_accuracy": lambda s: s.indicator,
    "indicator_role_accuracy": lambda s: s.indicator_role,
    "indicator_role_direction_accuracy": lambda s: s.indicator_role_direction,
}


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def as_dict(self) -> dict[str, float]:
        return {"low": round(self.low, 4), "high": round(self.high, 4)}


def _f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
    """F1 from summed counts, 0 where nothing was predicted or expected (as :class:`PRF` does)."""
    denominator = 2 * tp + fp + fn
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp, dtype=float), where=denominator > 0)


def _ratio(correct: np.ndarray, total: np.ndarray) -> np.ndarray:
    return np.divide(correct, total, out=np.zeros_like(correct, dtype=float), where=total > 0)


def document_intervals(per_document: list[Scores], samples: int = 1000, seed: int = 0,
                       level: float = 0.95) -> dict[str, Interval]:
    """Percentile intervals of the headline figures, documents resampled with replacement.

    ``per_document`` holds one :class:`Scores` per gold document, each scored alone.
    A figure no document has counts for (no officials in the split) gets no interval.
    """
    if samples < 1:
        raise ValueError("bootstrap samples must be at least 1")
    n = len(per_document)
    if n == 0:
        return {}
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(samples, n))
    # how many times each document is drawn in each sample: the sums below are then one matrix product
    weights = np.stack([np.bincount(row, minlength=n) for row in draws]).astype(float)
    lo_q, hi_q = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    out: dict[str, Interval] = {}
    for name, read in _PRF_FIGURES.items():
        counts = np.array([[read(s).tp, read(s).fp, read(s).fn] for s in per_document], dtype=float)
        if not counts.any():
            continue
        tp, fp, fn = (weights @ counts).T
        values = _f1(tp, fp, fn)
        out[name] = Interval(float(np.percentile(values, lo_q)), float(np.percentile(values, hi_q)))
    for name, read in _ACCURACY_FIGURES.items():
        counts = np.array([[read(s).correct, read(s).total] for s in per_document], dtype=float)
        if not counts[:, 1].any():
            continue
        correct, total = (weights @ counts).T
        values = _ratio(correct, total)
        out[name] = Interval(float(np.percentile(values, lo_q)), float(np.percentile(values, hi_q)))
    return out
