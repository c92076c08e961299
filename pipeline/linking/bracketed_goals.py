"""A figure reached, followed in brackets by the goal set for it: ``PM2.5浓度为17微克/立方米（考核任务为21微克/立方米）``.

The goal's words sit in the same clause as the figure reached, so the classifier and the goal rules read
both as targets; but the bracket is the goal's own place (ANNOTATION s.3: a goal, plan or requirement is
``target``), and the figure before it is what was measured (``value``).  Figures inside such a bracket
are targets; the figure right before it keeps the indicator it has and is a value.

A standard is a goal's kin (a limit set from above that a measurement is held against), and pages write it in
brackets too: the standard's figure alone in brackets beside the standard's name (``符合省级标准（8吨/平方公里·月）``,
``低于全省（5.0吨/平方公里·月）考核目标``), or the figure compared with and the standard's name in brackets after it
(``低于8吨/平方公里·月（省推荐控制标准）``).  That figure is the limit, not the level reached nor a difference:
role target.
"""

from __future__ import annotations

import re

Decision = tuple[str | None, str | None]

#: a bracket that opens on a goal's words: （考核任务为…）, (目标值…), （省下达目标：…）
GOAL_BRACKET = re.compile(r"\s?[（(][^（()）]{0,8}?(?:考核任务|考核目标|考核要求|目标值|目标任务|年度目标|下达目标|目标|任务)"
                          r"[^（()）]{0,30}[）)]")


#: a standard's or goal's name right before a bracket holding only a figure: 省级标准（8吨）, 限值（35微克/立方米）
STANDARD_BEFORE = re.compile(r"(?:标准|標準|限值|目标|目標|要求)[\s]?[（(]\s?$")
#: ...or right after it: （5.0吨/平方公里·月）考核目标
STANDARD_AFTER = re.compile(r"\s?[）)]\s?(?:的)?(?:考核|控制|年度)?(?:标准|標準|限值|目标|目標)")
#: a bracket after a figure that only names a standard (no figure of its own): （省推荐降尘控制标准）
STANDARD_NAME_BRACKET = re.compile(r"\s?[（(][^（()）\d]{0,14}(?:标准|標準|限值)[）)]")
#: the comparison that puts a figure against a standard: 低于, 优于, 符合, 不超过
COMPARED_BEFORE = re.compile(r"(?:低于|低於|高于|高於|优于|優於|好于|好於|超过|超過|不超过|不超過|符合|达到|達到)$")


def standard_figure_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, ``target``) for the figure of a standard written with brackets (see the module's doc)."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        closes = re.match(r"\s?[）)]", text[end:end + 2])
        alone = closes and STANDARD_BEFORE.search(text, max(0, start - 8), start) or (
            re.search(r"[（(]\s?$", text[max(0, start - 2):start]) and STANDARD_AFTER.match(text, end))
        named = COMPARED_BEFORE.search(text, max(0, start - 4), start) and STANDARD_NAME_BRACKET.match(text, end)
        if alone or named:
            out[i] = (None, "target")
    return out


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
