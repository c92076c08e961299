"""How much of a plan is done, and the plan's own size: ``淘汰黄标车3350辆，完成计划总数的54%``.

A share of a plan done sits in a sentence full of plan words (计划, 任务, 目标), so the classifier and the goal
rules read it as a target.  GUIDELINES s.3 decides otherwise: a share of a plan done is the planned
indicator's ``value`` (``完成年度任务的52%``) — it reports what was achieved — while the plan itself, its
planned rest and its goals are ``target``.  So:

* a percentage written right after ``(完成|为|占|达)…计划/任务/目标…的`` is a value, unless its clause states it as
  an aim (``力争完成年度任务的100%``);
* a figure in brackets right after the plan's name (``占年度任务（1026台）的55.75%``) is the plan's size: a target.

Only the role is decided; the indicator stays the one already read.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import Decision, _clause_left

#: the plan a share is taken of, written right before the share: 完成年度任务的, 为年度计划的, 占目标任务总量的
PLAN_SHARE_BEFORE = re.compile(r"(?:完成|為|为|占|佔|达到|達到|达|達)[^，,。；;：:\d]{0,10}?(?:计划|計劃|任务|任務|目标|目標)"
                               r"[^，,。；;：:\d]{0,4}?的$")
#: the share is an aim, not an achievement, when its clause says so
AIM_WORD = re.compile(r"力争|力爭|确保|確保|争取|爭取|预计|預計|计划到|要求|将|將|要")
#: the plan's name followed by a bracket that holds its size: 年度任务（1026台）, 全年计划(50个)
PLAN_BRACKET_BEFORE = re.compile(r"(?:计划|計劃|任务|任務|目标|目標)(?:总数|總數|总量|總量)?\s?[（(]$")
SHARE_UNITS = ("%",)
#: how far back the share's own clause is read
CLAUSE_REACH = 30


def is_share_of_plan_done(text: str, start: int, end: int) -> bool:
    """True for a percentage written right after the plan it is a share of, in a clause that states no aim.

    The direction component asks this too: its goal cue (年度任务, 计划…) would turn the value back into a target.
    """
    clause_left = _clause_left(text, start, CLAUSE_REACH)
    return normalize_quantity(text[start:end]).unit in SHARE_UNITS and bool(PLAN_SHARE_BEFORE.search(clause_left)) \
        and not AIM_WORD.search(clause_left)


def plan_share_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, role): ``value`` for a share of a plan done, ``target`` for the plan's size in brackets."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if PLAN_BRACKET_BEFORE.search(_clause_left(text, start, CLAUSE_REACH)):
            out[i] = (None, "target")
        elif is_share_of_plan_done(text, start, end):
            out[i] = (None, "value")
    return out
