"""A rank whose clause names nothing but the ranking ranks the figure reported before it in the sentence.

GUIDELINES ("A rank written right after one indicator's value, its clause naming no other subject, ranks that
indicator"): ``优良率达97.0%，全省排名第5位``, ``…优良率98.6%，在全国169个重点城市排名第二``.  Pages often put a
remark between the figure and its rank (``PM2.5浓度为26微克/立方米，创有监测以来最好水平，全国排名第13位``) or
count the places ranked inside the rank's own clause (``位居皖北6市第2位``, ``连续11年位居首位``); the rules that read the rank's clause alone then fall back on the overall air quality or ``other``.
Here the rank takes the indicator of the last figure of the sentence that measures something, provided that
neither the rank's clause nor the words between that figure and the rank name another subject.  A ranking of
air quality or of a quality in general (水环境质量), the national ranking of key cities (168个重点城市, by the
composite index: ANNOTATION s.2), a shared rank (均, 分别) and a rank held as a goal are left to their own rules.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .reach import clause_start, sentence_start

Decision = tuple[str | None, str | None]

#: words that name a subject of their own (a measure, a medium, a list sharing one rank)
OWN_SUBJECT = re.compile(r"空[气氣]|综合指数|綜合指數|指数|指數|优良|優良|PM|浓度|濃度|比例|比率|率|天数|天數|水质|水質|断面|斷面"
                         r"|污染|臭氧|颗粒物|顆粒物|二氧化|案件|罚|罰|项目|項目|工作|考核|评价|評價|满意|滿意|均|都|分别|分別|各项|各項"
                         # a quality in general (水环境质量, 生态环境质量) and scores of an evaluation (总成绩)
                         r"|质量|質量|成绩|成績|评比|評比|程度"
                         # the national rankings of cities, which rank by the composite index (ANNOTATION s.2)
                         r"|重点城市|重點城市|地级市|地級市|地级及以上城市|地級及以上城市")
#: a rank held as a goal (the goal rules' business)
GOAL = re.compile(r"力争|力爭|目标|目標|确保|確保|争取|爭取|保持")
#: a rank of how much the figure before it changed ranks that figure's indicator: 降幅全区第一, 增幅全省第三
CHANGE_RANKED = re.compile(r"降幅|增幅|升幅|下降率|改善率")
RANK_UNITS = ("rank", "top")
RANK_WORDS = ("首位", "榜首")


def preceding_figure_rank_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (indicator, ``rank``) for a bare rank after a measured figure of its sentence."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if surface not in RANK_WORDS and normalize_quantity(surface).unit not in RANK_UNITS:
            continue
        sentence = sentence_start(text, start, 200)
        clause = clause_start(text, start, 200)
        own = text[clause:start]
        if OWN_SUBJECT.search(CHANGE_RANKED.sub("", own)) or GOAL.search(own):
            continue
        figure = _measured_figure_before(spans, i, sentence, clause, current)
        if figure is None or OWN_SUBJECT.search(text, spans[figure][1], clause):
            continue
        out[i] = (current[figure], "rank")
    return out


def _measured_figure_before(spans: list[tuple[int, int]], i: int, sentence_begin: int, clause_begin: int,
                            current: list[str | None]) -> int | None:
    """The last figure of the sentence before span ``i`` with an indicator; counts of the places ranked (``other``,
    inside the rank's clause) are passed over, any other figure without an indicator ends the search."""
    for k in range(i - 1, -1, -1):
        start, _ = spans[k]
        if start < sentence_begin:
            return None
        if current[k] not in ("other", None):
            return k
        if start < clause_begin:
            return None
    return None
