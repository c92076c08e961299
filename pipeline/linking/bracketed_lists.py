"""A list of places with their figures in brackets measures one indicator.

Ranking paragraphs list places with each one's figure in brackets (``A县(1.67)、B县(1.72)、C区(1.80)…``)
under a sentence that names the measure once.  The classifier sees each bracketed number alone and often
calls it ``other``; the list is one measurement, so every item takes the indicator most of its items were
given, or the composite index when the list's sentence names one (综合指数).  A list of concentrations
(``A区(73µg/m3)、B区(68µg/m3)…``) measures the pollutant last named before it — in a table laid out one cell
per line, the row head on the line above — whatever the items were given.  A list ends at a line break
(the next line is another row) and has at least three items.
"""

from __future__ import annotations

import re
from collections import Counter

from ..grammar.values import normalize_quantity
from .contract_rules import CONCENTRATION_UNITS, POLLUTANT_NAMES, Decision, last_named
from .reach import sentence_start

#: the size of a change named before a list (改善幅度较大的是, 下降幅度前三的县是, 降幅最大的): its items are changes
MAGNITUDE = re.compile(r"(?:改善|下降|降低|上升|增长|提高|变化|恶化)幅度|降幅|增幅|升幅|涨幅")
#: how far before a list its change's size may be named (下降幅度前三的县(区、市)是：…)
MAGNITUDE_REACH = 30
#: items of one list stand this close: the place's name and the brackets between two figures
ITEM_GAP = 12
#: how far back the list's sentence is searched for the pollutant it measures
POLLUTANT_REACH = 200


def bracketed_list_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """The indicator every item of a bracketed list of three or more figures shares (see module doc)."""
    def bracketed(i: int) -> bool:
        s, e = spans[i]
        return text[s - 1:s] in "（(" and text[e:e + 1] in "）)"

    out: dict[int, Decision] = {}
    run: list[int] = []
    for i in list(range(len(spans))) + [None]:
        if i is not None and bracketed(i) and (not run or (spans[i][0] - spans[run[-1]][1] <= ITEM_GAP
                                                           and "\n" not in text[spans[run[-1]][1]:spans[i][0]])):
            run.append(i)
            continue
        if len(run) >= 3:
            indicator = _shared_indicator(text, spans, run, [out.get(j, (current[j], None))[0] for j in run])
            # 改善幅度较大的是A(17.1%)、B(14.8%)…: the items are the sizes of the changes the clause names
            first = spans[run[0]][0]
            role = "change" if MAGNITUDE.search(text, sentence_start(text, first, MAGNITUDE_REACH), first) else None
            if indicator or role:
                out.update((j, (indicator, role)) for j in run)
        run = [i] if i is not None and bracketed(i) else []
    return out


def _shared_indicator(text: str, spans: list[tuple[int, int]], run: list[int], given: list[str | None]) -> str | None:
    named = Counter(g for g in given if g and g != "other")
    first = spans[run[0]][0]
    sentence = text[max(0, text.rfind("。", 0, first)):first]
    indicator = named.most_common(1)[0][0] if named else ("air.aqi_composite" if "综合指数" in sentence else None)
    if all(normalize_quantity(text[s:e]).unit in CONCENTRATION_UNITS for s, e in (spans[j] for j in run)):
        indicator = last_named(POLLUTANT_NAMES, sentence[-POLLUTANT_REACH:]) or indicator
    return indicator
