"""A list of changes that names no subject changes the figures listed before it, in order.

``全年立案查处案件126件，罚款835.6万元，同比分别增长12%和8.5%``: the two changes are the changes of the two
figures before them, the first of the cases, the second of the fines (ANNOTATION s.2: a change measures what
the figure it changes measures).  The same holds without 分别 (``较上年增长192%、153%``) and for multiples
(``分别是上年的1.14倍、2.03倍``).  Reading each change alone, the classifier gives every one of them the
subject nearest to it, or ``other``.

The rule applies only where nothing else could decide: the changes stand together in a clause that holds
nothing but a baseline, 分别 and a verb of change; exactly as many figures precede them in the sentence, each
with an indicator and none of them a change itself.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from ..taxonomy import load_taxonomy
from .contract_rules import RATE_LIST_JOINT as BARE_LIST_JOINT  # numbers listed with 、 or 和 (12.3、11.9和11.3个百分点)
from .contract_rules import Decision
from .reach import clause_start, sentence_start

taxonomy = load_taxonomy()

#: a verb of change, or "N times the baseline's"
CHANGE_VERB = (r"(?:增长|上升|提高|增加|提升|下降|降低|减少|削减|改善|"
               r"(?:是|为)(?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期)?的)了?")
#: a baseline (同比, 较上年, 比2017年同期)
BASELINE = r"(?:同比|环比|[较比与](?:上年|去年|上一年|前一年|(?:19|20)\d\d年)(?:同期|度)?(?:相比)?)"
#: the clause before the list: a baseline, 分别 or 均 (before or after it), and a verb of change
CHANGE_LEAD = re.compile(rf"\s*(?:分别|均)?{BASELINE}?[，,]?\s*(?:分别|均)?{CHANGE_VERB}\s*$")
#: what joins the members of the list, perhaps with each member's own verb (下降5.4%、上升2.1个百分点)
#: (never a comma: 优良率79%，同比上升12.7%，增加23天 are clauses of their own, each changing what it names)
LIST_JOINT = re.compile(rf"\s*(?:、|和|及|与|以及)\s*(?:{CHANGE_VERB})?\s*")
#: a verb of change right before a figure: that figure is a change itself, no value to pair with
CHANGE_BEFORE = re.compile(r"(?:增长|上升|提高|增加|提升|下降|降低|减少|削减|改善|增幅|降幅)(?:了|为|达)?\s*$")


def listed_groups(text: str, spans: list[tuple[int, int]], joint: re.Pattern) -> list[list[int]]:
    """The spans in runs joined by ``joint`` (one run per span that stands alone), as lists of indices in order."""
    groups: list[list[int]] = []
    i = 0
    while i < len(spans):
        group = [i]
        while group[-1] + 1 < len(spans) and joint.fullmatch(text, spans[group[-1]][1], spans[group[-1] + 1][0]):
            group.append(group[-1] + 1)
        groups.append(group)
        i = group[-1] + 1
    return groups


def parallel_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (the k-th preceding figure's indicator, "change") for the k-th member of a subjectless change list."""
    out: dict[int, Decision] = {}
    for group in listed_groups(text, spans, LIST_JOINT):
        first = spans[group[0]][0]
        clause = clause_start(text, first, 120)
        if len(group) < 2 or not CHANGE_LEAD.fullmatch(text, clause, first):
            continue
        before = list(range(group[0] - len(group), group[0]))
        sentence = sentence_start(text, first, 400)
        if not before or before[0] < 0 or spans[before[0]][0] < sentence:
            continue
        if any(current[k] in (None, "other") or CHANGE_BEFORE.search(text, max(0, spans[k][0] - 6), spans[k][0])
               or spans[k][1] > clause for k in before):
            continue
        for member, figure in zip(group, before):
            out[member] = (current[figure], "change")
    return out


#: a multiple of a baseline written after the figure it compares: 是上年的2.15倍, 为2016年(862件)的2.2倍
MULTIPLE_OF_BASELINE = re.compile(r"(?:是|为|為|达到|达)(?:上年|去年|上一年|前一年|(?:19|20)\d\d年)(?:同期|度)?"
                                  r"(?:[（(][^（）()]{1,16}[）)])?的\s*$")


def baseline_multiple_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (the figure's indicator, "change") for a multiple of the baseline written right after a figure.

    ``全年办理案件1850件，是2016年的2.15倍``: the multiple is how much the figure before it grew, so it changes what
    that figure measures (ANNOTATION s.2); a baseline's own figure in brackets (是上年(2.1亿元)的2.19倍) is passed
    over.  Only where the multiple's clause is nothing but the baseline."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not text[start:end].rstrip().endswith("倍"):
            continue
        clause = clause_start(text, start, 80)
        lead = MULTIPLE_OF_BASELINE.search(text, clause, start)
        if lead is None or text[clause:lead.start()].strip():
            continue
        sentence = sentence_start(text, start, 300)
        figure = next((k for k in range(i - 1, -1, -1) if spans[k][1] <= clause and spans[k][0] >= sentence), None)
        if figure is None or current[figure] in (None, "other") or CHANGE_BEFORE.search(text, max(0, spans[figure][0] - 6), spans[figure][0]):
            continue
        out[i] = (current[figure], "change")
    return out


def shared_unit_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (the last member's indicator, None) for bare numbers listed before the one that carries the list's unit.

    ``德阳、绵阳、遂宁优良天数比例分别上升12.3、11.9、11.3个百分点``: the unit written once, after the last number, is every
    member's, so they all measure what the last one does; read alone, a bare 12.3 says nothing of percentage points."""
    out: dict[int, Decision] = {}
    for group in listed_groups(text, spans, BARE_LIST_JOINT):
        last = group[-1]
        if len(group) < 2 or current[last] in (None, "other"):
            continue
        shared = normalize_quantity(text[spans[last][0]:spans[last][1]]).unit
        for member in group[:-1]:
            if not BARE_NUMBER.fullmatch(text, *spans[member]):
                continue
            # a member's own reading stands unless it is the count beside the last member's share (good days for the
            # good-day ratio) and the shared unit is percentage points, which change a share, never a count; a 分别
            # list of different measures keeps each its own (PM10和PM2.5…分别下降1.9和12个百分点, 68、41微克/立方米)
            own = taxonomy.get(current[member] or "other")
            sibling = current[member] is not None and current[last].startswith(current[member])
            if current[member] in (None, "other") or (shared == "pp" and sibling and own is not None and "%" not in own.unit):
                out[member] = (current[last], None)
    return out


#: a number written without a unit
BARE_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def signed_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, "change") for a figure written with its sign (+31.0%, -6.5%): a sign says the figure is a
    difference from a baseline (the real pages' gold gives every signed figure role change, its direction the sign's)."""
    return {i: (None, "change") for i, (start, end) in enumerate(spans) if SIGNED.match(text, start, end)}


#: a number written with a sign in front
SIGNED = re.compile(r"[+＋－-]\d")



#: what a list read with 分别 opens with right after its subject: 分别, perhaps with the list's verb (分别下降)
RESPECTIVE_LEAD = re.compile(r"(?:分别|分別)(?:为|是|达到?|下降|上升|降低|提高|增长|减少|增加|改善|同比下降|同比上升)?了?\s*$")


def subject_list_links(text: str, spans: list[tuple[int, int]], current: list[str | None], featurizer) -> dict[int, Decision]:
    """Index -> (the subject's indicator, None) for every member of a list read with 分别 whose subject names one
    indicator: ``甲、乙、丙…11个县环境空气质量综合指数均同比下降，分别下降21.7%、14.6%、…``.  The subject is what
    the sentence says between the figure before the list (or the sentence's start) and 分别; it must name exactly one
    indicator by the taxonomy's cue words (a list of pollutants, ``SO2、NO2浓度分别…``, names several and is paired
    item by item by the contract rules).  Read alone, each member takes whatever its neighbours suggest."""
    out: dict[int, Decision] = {}
    for group in listed_groups(text, spans, LIST_JOINT):
        first = spans[group[0]][0]
        lead = RESPECTIVE_LEAD.search(text, max(0, first - 10), first)
        if len(group) < 2 or lead is None:
            continue
        sentence = sentence_start(text, first, 400)
        # figures of the sentence's own before the list are what its members change, one by one (全年立案…，罚款…，
        # 分别增长a、b: parallel_change_links): the subject names them only where none stands before the list
        if any(sentence <= spans[k][0] and current[k] not in (None, "other") for k in range(group[0])):
            continue
        before = group[0] - 1
        start = max(sentence, spans[before][1] if before >= 0 and spans[before][1] <= lead.start() else sentence)
        named = {indicator for _, _, indicator in featurizer.cue_hits(text[start:lead.start()])}
        if len(named) != 1:
            continue
        indicator = named.pop()
        row = taxonomy.get(indicator)
        # percentage points change a share only: a count's or a day's cue (优良天数 in 优良天数率) is not the subject
        if row is not None and "%" not in (row.unit or "") and any(
                normalize_quantity(text[spans[m][0]:spans[m][1]]).unit == "pp" for m in group):
            continue
        for member in group:
            out[member] = (indicator, None)
    return out
