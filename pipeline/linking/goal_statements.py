"""Goals written out as a statement: a list announced by ``目标为：``, a goal's wording in quotation marks, and
a level to reach named as a task (``实现普及率、合格率分别达到99%和90%以上的任务``).

ANNOTATION s.3 makes every figure of a goal, plan or requirement role ``target``.  Work reports state the goal
first and the result after it (``省下达目标为：优良天数比例87%，PM2.5浓度32微克/立方米。2025年，全市…``), or quote
the goal's wording and then name it as a goal (``完成了“优良天数比例达到95%以上”的年度目标``).  The classifier reads
each figure with its own indicator's words, which in both shapes are the words of a measurement, so it says
``value``; the frame of the sentence says ``target``.  Only the role is decided: the indicator stays as read.
"""

from __future__ import annotations

import re

from .reach import sentence_start

Decision = tuple[str | None, str | None]

#: the head of a goal list, in the figure's own sentence before it: 目标为：, 下达目标任务为, 考核任务是：, 目标：
GOAL_LIST_HEAD = re.compile(r"(?:目标|目標)(?:任务|任務)?(?:值)?(?:为|為|是)[：:]?|(?:目标|目標)[：:]"
                            r"|(?:考核|下达|下達)(?:任务|任務)(?:为|為|是)[：:]?")
#: what ends a goal stated without a colon: its own clause
CLAUSE_BREAK = re.compile(r"[，,；;]")
#: a goal's quoted wording: the quotation holds no other quotation and no sentence end
QUOTATION = re.compile(r"[“\"]([^“”\"。！？\n]{2,80})[”\"]")
#: the quotation names a goal at its end (“完成100个村治理任务”) or is named one after it (”2025年约束性指标)
GOAL_WORD_AT_END = re.compile(r"(?:目标|目標|任务|任務)$")
#: a level to reach whose own noun is a task: 达到99%和90%以上的任务 (not 完成全年80%的任务, a share done)
LEVEL_BEFORE = re.compile(r"(?:达到|達到|控制在|不低于|不低於|不超过|不超過|降至|提高到|提升至|提高至)(?:分别|分別)?$")
TASK_AFTER = re.compile(r"(?:以上|以下|以内|以內)?的(?:目标|目標)?(?:任务|任務)(?![量数數])")
#: what joins two figures of one list: 、 和 及 与
LIST_GLUE = re.compile(r"\s*(?:、|和|及|与|與|以及)\s*")
GOAL_NAMED_AFTER = re.compile(r"[^，,。；;：:“”\"\n]{0,16}?(?:目标|目標|约束性指标|約束性指標|考核指标|考核指標|任务|任務)")


def goal_statement_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, ``target``) for figures of a goal list or of a quoted goal.

    A count of things the taxonomy does not measure (``other``) inside a goal list is the goal's scope
    (``目标为：9个省控断面优良比例为100%``: the nine sections are counted, not aimed at) and keeps its role.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "other" and _in_goal_list(text, start):
            out[i] = (None, "target")
        elif _in_quoted_goal(text, start, end):
            out[i] = (None, "target")
    for first, last in _figure_lists(text, spans):
        if TASK_AFTER.match(text, spans[last][1]) and LEVEL_BEFORE.search(text, max(0, spans[first][0] - 8), spans[first][0]):
            out.update({i: (None, "target") for i in range(first, last + 1)})
    return out


def _figure_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first, last) indices of runs of figures joined only by list glue (a single figure is a run of one)."""
    runs: list[tuple[int, int]] = []
    for i in range(len(spans)):
        if runs and LIST_GLUE.fullmatch(text[spans[i - 1][1]:spans[i][0]]):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _in_goal_list(text: str, start: int) -> bool:
    """Whether a goal list's head stands before ``start`` in the same sentence (its clause, if no colon)."""
    # the list ends with its sentence (the result is reported in the next one)
    for head in GOAL_LIST_HEAD.finditer(text, sentence_start(text, start, 160), start):
        # a colon opens a list to the sentence's end; without one the goal is the head's own clause
        # (目标是将…控制在12%以内，而…已降至9.3%: the figure after the comma is the result)
        if head.group().endswith(("：", ":")) or not CLAUSE_BREAK.search(text, head.end(), start):
            return True
    return False


def _in_quoted_goal(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a quotation that a goal word ends or follows."""
    lo = max(0, start - 80)
    for quote in QUOTATION.finditer(text, lo, min(len(text), end + 80)):
        if quote.start() < start and end < quote.end():
            return bool(GOAL_WORD_AT_END.search(quote.group(1)) or GOAL_NAMED_AFTER.match(text, quote.end()))
    return False
