"""The places a top or bottom rank spans, written in brackets after it, are ranks of that ranking.

``PM2.5浓度较低的前10位(1-10名)依次是…``, ``后10位(倒1-10名)``: the bracket restates the positions the list
covers, and both its ends are positions of the same ranking (role ``rank`` of the indicator the top/bottom
rank was given).  Read alone, ``1`` and ``10名`` look like a count and a bare number to the classifier.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import Decision

TOP_UNITS = ("top", "bottom")
#: the bracket after a top/bottom rank: (1-10名), (倒1—10名), (第1至10位)
RANGE = re.compile(r"[（(]\s*(?:倒数?|第)?(\d+)\s*[-—–~～至到]\s*(?:倒数?|第)?(\d+)\s*[名位]\s*[）)]")


def rank_range_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (the top/bottom rank's indicator, "rank") for the ends of a bracketed range right after it."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit not in TOP_UNITS:
            continue
        m = RANGE.match(text, end)
        if not m:
            continue
        for j in range(i + 1, min(i + 3, len(spans))):
            s, e = spans[j]
            if m.start() < s and e <= m.end():
                out[j] = (current[i], "rank")
    return out
