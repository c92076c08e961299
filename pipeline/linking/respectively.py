"""List rules: ``A、B…分别为x、y`` and ``A、B…均为x``.

The 分别 rule: ``A、B、C…分别为x、y、z`` links the k-th number to the k-th indicator.

``PM10、PM2.5年均浓度分别为68、41微克/立方米`` and ``O3浓度、优良天数比例、PM2.5
浓度的改善幅度分别位居全省第1位、第2位、第3位`` list their subjects first and
their numbers after 分别 in the same order.  When the clause before 分别
names exactly as many indicators (by the taxonomy's cue words) as there are
numbers after it, each number takes its subject's indicator; otherwise the
classifier's answer stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .features import Featurizer

CLAUSE_END = re.compile(r"[，,。；;！？\n]")


class _Clauses:
    """Clause bounds and span lookups by position, so each trigger costs O(log n), not a scan of the text."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.ends = [c.end() for c in CLAUSE_END.finditer(text)]
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def clause_start(self, pos: int) -> int:
        """End of the last clause mark before ``pos`` (0 if none)."""
        i = bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 else 0

    def clause_end(self, pos: int) -> int:
        """Start of the first clause mark at or after ``pos`` (the text's end if none)."""
        i = bisect_left(self.ends, pos + 1)
        return self.ends[i] - 1 if i < len(self.ends) else len(self.text)

    def inside(self, lo: int, hi: int) -> list[int]:
        """Indices of spans with ``lo <= start`` and ``end <= hi``, in order."""
        if not self.ordered:
            return [i for i, (s, e) in enumerate(self.spans) if lo <= s and e <= hi]
        out = []
        for i in range(bisect_left(self.starts, lo), len(self.spans)):
            s, e = self.spans[i]
            if s >= hi:
                break
            if e <= hi:
                out.append(i)
        return out


def respectively_links(text: str, spans: list[tuple[int, int]], featurizer: Featurizer) -> dict[int, str]:
    """Index of a span in ``spans`` -> indicator, for spans in a 分别 list."""
    out: dict[int, str] = {}
    clauses = _Clauses(text, spans)
    for m in re.finditer("分别", text):
        start = clauses.clause_start(m.start())
        end = clauses.clause_end(m.end())
        idx = clauses.inside(m.end(), end)
        if len(idx) < 2:
            continue
        subjects = _subjects(featurizer, text[start : m.start()])
        if not subjects and start > 0 and text[start - 1] in "，,":
            # PM2.5、PM10和SO2浓度同比上升，升幅分别为…: the list's subjects in the clause before, the same sentence
            subjects = _subjects(featurizer, text[clauses.clause_start(start - 1) : start])
        if len(subjects) == len(idx):
            out.update(zip(idx, subjects))
    return out


def _subjects(featurizer: Featurizer, piece: str) -> list[str]:
    """The indicators a clause names, in order, each once in a row."""
    subjects: list[str] = []
    for _, _, ind in featurizer.cue_hits(piece):
        if not subjects or subjects[-1] != ind:
            subjects.append(ind)
    return subjects


def shared_value_links(text: str, spans: list[tuple[int, int]], featurizer: Featurizer) -> dict[int, str]:
    """``A、B…均列全市第一``: one value or rank shared by several subjects takes the first one's indicator.

    This is the guidelines' rule for shared values (GUIDELINES.md section 6); it applies when the clause
    before 均 names at least two indicators and the number follows 均 in the same clause.
    """
    out: dict[int, str] = {}
    clauses = _Clauses(text, spans)
    for m in re.finditer("(?<![年平人日月])均(?![值衡匀])", text):  # not 年均/平均 (averages)
        start = clauses.clause_start(m.start())
        end = clauses.clause_end(m.end())
        idx = clauses.inside(m.end(), end)
        if not idx:
            continue
        subjects = []
        for _, _, ind in featurizer.cue_hits(text[start : m.start()]):
            if ind not in subjects:
                subjects.append(ind)
        if len(subjects) >= 2:
            out[idx[0]] = subjects[0]
    return out
