"""A rank shift written right after a rank moves in that ranking.

``综合指数在全省排第7名，同比提升4名``: the shift is the change of the rank just given (ANNOTATION s.2:
rank shifts are role ``change`` of the ranked indicator).  The classifier scores the shift before the
rank rules have decided the rank's indicator, and reading ``提升4名`` alone it often answers ``other``.
The shift takes the indicator the rank ended with, and role change, when its own clause is nothing but
a baseline and a shift verb and it follows the rank in the same sentence with only a comma between.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import Decision, _clause_left

RANK_UNITS = ("rank", "rank_from_end")
SHIFT_UNITS = ("位", "名", "个名次", "名次", "个位次", "位次")
#: the shift's own clause: an optional baseline and a verb of moving in a ranking
SHIFT_CLAUSE = re.compile(r"(?:同比|环比|[较比](?:上年|去年|上一年|上月|(?:19|20)\d\d年)(?:同期|度)?|与(?:上年|去年)(?:同期)?相比)?"
                          r"(?:排名)?(?:提升|上升|前移|进步|提高|前进|下降|后退|退步|后移|下滑)了?")
GAP = re.compile(r"\s*[，,]\s*")


def rank_shift_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (the rank's indicator, "change") for shifts written right after a rank."""
    out: dict[int, Decision] = {}
    for i in range(1, len(spans)):
        start, end = spans[i]
        if normalize_quantity(text[start:end]).unit not in SHIFT_UNITS:
            continue
        p_start, p_end = spans[i - 1]
        if normalize_quantity(text[p_start:p_end]).unit not in RANK_UNITS or current[i - 1] is None:
            continue
        left = _clause_left(text, start, 20)
        if not SHIFT_CLAUSE.fullmatch(left.strip()) or not GAP.fullmatch(text[p_end:start - len(left)]):
            continue
        out[i] = (current[i - 1], "change")
    return out
