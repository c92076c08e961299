"""A figure reached, followed in brackets by the goal set for it: ``PM2.5浓度为17微克/立方米（考核任务为21微克/立方米）``.

The goal's words sit in the same clause as the figure reached, so the classifier and the goal rules read
both as targets; but the bracket is the goal's own place (ANNOTATION s.3: a goal, plan or requirement is
``target``), and the figure before it is what was measured (``value``).  Figures inside such a bracket
are targets; the figure right before it keeps the indicator it has and is a value.
"""

from __future__ import annotations

import re

Decision = tuple[str | None, str | None]

#: a bracket that opens on a goal's words: （考核任务为…）, (目标值…), （省下达目标：…）
GOAL_BRACKET = re.compile(r"\s?[（(][^（()）]{0,8}?(?:考核任务|考核目标|考核要求|目标值|目标任务|年度目标|下达目标|目标|任务)"
                          r"[^（()）]{0,30}[）)]")


def bracketed_goal_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, role): ``value`` for a figure right before a goal's bracket, ``target`` inside it."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        bracket = GOAL_BRACKET.match(text, end)
        if not bracket:
            continue
        out[i] = (None, "value")
        for j in range(i + 1, len(spans)):
            if spans[j][0] >= bracket.end():
                break
            out[j] = (None, "target")
    return out
