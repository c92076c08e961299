"""Indicators that the shape of a passage decides: totals and their breakdowns, inspection tallies, non-air indices.

Real pages report a total and then split it by place (``排查企业520家，其中，A区90家，B县75家…``,
``交办件累计40件：A12件（其中3件重复投诉…），B9件…``).  The classifier sees each item of the
breakdown alone — a place name and a number — and answers ``other`` or a neighbour's indicator,
while the contract says the indicator is the thing measured (ANNOTATION s.3), which the total names.
The rules here return ``{index: (indicator or None, role or None)}`` like those of
:mod:`pipeline.linking.contract_rules`, and the component applies them in the same chain:

* :func:`breakdown_links` — every item of a breakdown takes its total's indicator;
* :func:`inspection_tally_links` — an inspection's task and problem lists and the petitions its team
  hands over are ``inspection.feedback_issues`` (GUIDELINES: 督察转办信访件), batches of them are ``other``;
* :func:`other_index_links` — composite indices that are not the air index (water-quality index,
  CWQI) are ``other``, and so are their changes and ranks;
* :func:`rank_subject_links` — a rank takes the indicator its own clause or the clause just before
  it names (``达标天数位居全市第一``, ``优Ⅲ比例100%，位列全省第一``);
* :func:`vehicle_links` — vehicles and machines punished are enforcement cases, vehicles found
  over the limit in road checks are ``emission.mobile``; persons counted with transferred cases
  (``移送公安6件共10人``) are ``other``.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import (CHANGE_WORD, CONCENTRATION_UNITS, DAY_CATEGORY, LIST_NEXT, PATROL_BEFORE, SENTENCE_BREAK, Decision, _clause_left,  # noqa: F401
                             _sentence_bounds)
CLAUSE_MARK = re.compile(r"[，,。；;！？!?\n：:]")

# ---------------------------------------------------------------------------------------------
# Totals and their breakdowns
# ---------------------------------------------------------------------------------------------

#: what opens a breakdown right after a total: ``，其中，`` / ``，其中`` / ``：``
#: a grouping key that opens a breakdown: 按县(市、区)分, 按污染类型分主要为
BY_KEY = r"按[^，,。；;\d]{1,10}?分(?:类)?(?:主要)?(?:为|是)?[：:]?"
BREAKDOWN_OPEN = re.compile(r"(?:[（(][^（()）\d]{1,8}\d+[^（()）]{0,4}[)）])?"  # 29件(重点件3件), 按…: the total's own note first
                            r"[ \t\u3000]*(?:(?P<among>[，,]?[ \t\u3000]*其中[ \t\u3000]*[，,：:]?)|"
                            rf"(?P<by>[，,][ \t\u3000]*{BY_KEY})|(?P<colon>[：:]))[ \t\u3000]*")
#: a total followed by the noun it counts before the breakdown opens, in its sentence or the next
#: (交办第十批91件群众举报件，其中A市13件…; 共计2306件。其中A市1263件…): the noun names what the items count too
COUNTED_NOUN_OPEN = re.compile(r"[\u4e00-\u9fff]{0,8}?(?P<among>[，,。；;][ \t\u3000]*其中[ \t\u3000]*[，,：:]?)[ \t\u3000]*")
#: a nested breakdown of one item: ``A19件（其中8件…）``, ``A7件（重点件1件）``
NESTED_OPEN = re.compile(r"[（(](?:其中[，,]?|含|[\u4e00-\u9fff]{1,4})")
#: an item's name is a place or a body: short, no digits, no verb or measure word that would make it a
#: sub-count of another kind (``其中已整改80个``, ``其中结案12起``, ``其中重点企业中发现问题的``)
ITEM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z·]{1,8}")
ITEM_NOT_NAME = re.compile(r"完成|整改|办结|结案|立案|处罚|查处|罚|关闭|取缔|发现|涉及|已|未|新增|累计|共|达|为|占|同比|较|"
                           r"下降|上升|增加|减少|率|比例|浓度|天数|超标|达标|重复|投诉|举报|问题|其他|其余|剩余|分别")
ITEM_SEPARATORS = " \t\u3000，,、；;"


def _unit(surface: str) -> str | None:
    return normalize_quantity(surface).unit


def _item_name(gap: str) -> str | None:
    """The name before an item's number, or None when the gap is not ``[separator] name``."""
    name = gap.strip(ITEM_SEPARATORS)
    if not ITEM_NAME.fullmatch(name) or ITEM_NOT_NAME.search(name):
        return None
    return name


#: the same total broken down again by another key after the first breakdown's last item
#: (…、E区2件，按污染类型分主要为涉水5件、大气15件、…、其他5件)
REGROUP = re.compile(rf"[，,]?[ \t\u3000]*{BY_KEY}")
REMAINDER = ("其他", "其它", "其余")


def _regrouped_item(gap: str) -> bool:
    """An item after a regrouping phrase, or the remainder (其他, 其余) closing a list of items."""
    name = gap.strip(ITEM_SEPARATORS)
    regroup = REGROUP.match(name)
    if regroup:
        name = name[regroup.end():]
        return name in REMAINDER or _item_name(name) is not None
    return name in REMAINDER


#: the day categories that are indicators of their own (ANNOTATION s.2)
DAY_KIND_OF = {"heavy": "air.heavy_pollution_days", "good": "air.good_days"}


def _own_day_category(text: str, spans: list[tuple[int, int]], k: int, total: str | None,
                      current: list[str | None]) -> bool:
    """True when item ``k`` is a count of days its own category word names, heavy or good, and the rules
    before read it so: ``超标96天，其中…重度污染7天`` counts heavy-pollution days, not the total's polluted days."""
    start, end = spans[k]
    if _unit(text[start:end]) != "days" or current[k] == total:
        return False
    name = text[max(0, start - 8):start]
    name = re.split(r"[，,、；;：:]", name)[-1]
    hits = [h for h in DAY_CATEGORY.finditer(name) if not re.fullmatch(r"污染[天日]", h.group())]
    return bool(hits) and DAY_KIND_OF.get(hits[-1].lastgroup) == current[k]


def _counted_noun_open(text: str, spans: list[tuple[int, int]], i: int) -> re.Match | None:
    """The breakdown opening after the noun a total counts (``91件群众举报件，其中``), or after the sentence it
    closes (``共计2306件。其中``); no other figure stands between the total and 其中, and the noun is no clause."""
    opener = COUNTED_NOUN_OPEN.match(text, spans[i][1])
    if not opener or (i + 1 < len(spans) and spans[i + 1][0] < opener.end()):
        return None
    noun = text[spans[i][1]:opener.start("among")]
    return None if ITEM_NOT_NAME.search(noun) and not PETITION.search(noun) else opener


def breakdown_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Items of a breakdown take the total's indicator (ANNOTATION s.3: the indicator is the thing measured).

    A total is followed by ``，其中，`` or a colon, then items ``name + number`` in the total's unit up to
    the end of the sentence; an item may carry its own bracketed breakdown (``A19件（其中8件…，2件…）``),
    whose counts belong to it.  The breakdown stops at the first item that is not a bare name and a
    number in the same unit (``其中已整改80个`` is a sub-count of another kind and is left alone).  A colon
    needs at least two items (a colon also introduces a list of different measures).
    """
    out: dict[int, Decision] = {}
    i = 0
    while i < len(spans):
        start, end = spans[i]
        opener = BREAKDOWN_OPEN.match(text, end) or _counted_noun_open(text, spans, i)
        unit = _unit(text[start:end])
        indicator = current[i]
        if not opener or unit is None or indicator is None:
            i += 1
            continue
        stop = SENTENCE_BREAK.search(text, opener.end())
        sent_end = stop.start() if stop else len(text)
        pos, close, items, j = opener.end(), None, [], i + 1
        while j < len(spans) and spans[j][0] < pos:
            j += 1  # a count inside the total's own note (29件(重点件3件)) is no item
        while j < len(spans) and spans[j][0] < sent_end:
            js, je = spans[j]
            if _unit(text[js:je]) != unit:
                if j + 1 < len(spans) and spans[j + 1][0] == je and spans[j + 1][0] < sent_end:
                    j += 1  # a place name read as a number (a numeral in the name) right before the item's count
                    continue
                break
            if close is not None:
                if js < close:  # a count inside the item's own bracketed breakdown
                    items.append(j)
                    pos, j = je, j + 1
                    continue
                pos, close = close + 1, None
            gap = text[pos:js]
            if items and NESTED_OPEN.fullmatch(gap.strip(ITEM_SEPARATORS)):
                bracket = re.compile(r"[)）]").search(text, je, sent_end)
                close = bracket.start() if bracket else sent_end
            elif _item_name(gap) is None and not (items and _regrouped_item(gap)):
                break
            items.append(j)
            pos, j = je, j + 1
        if len(items) >= (2 if opener.groupdict().get("colon") else 1):
            for k in items:
                if not _own_day_category(text, spans, k, indicator, current):
                    out[k] = (indicator, None)
            i = items[-1] + 1
        else:
            i += 1
    return out


# ---------------------------------------------------------------------------------------------
# An inspection's task and problem lists, and the petitions its team hands over
# ---------------------------------------------------------------------------------------------

#: an environmental inspection (督察) (a bare 转办 is any referral: 上级转办)
INSPECTION = re.compile(r"督察")
#: petitions from the public, handed over by the inspection team
PETITION = re.compile(r"投诉|举报|信访|交办件|转办件|来信|来电")
#: the inspection's own list: tasks set by its feedback, problems it reported
TASK_LIST = re.compile(r"整改任务|(?:反馈|通报|指出|披露|交办|移交)(?:的)?[^，,。；;\d]{0,6}问题")
TALLY_UNIT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超.]+(?:项|个|件|条|批)$")
#: counts whose wording says what became of them: the rectification rule reads those
SETTLED = re.compile(r"完成|办结|整改到位|销号|阶段|责令|立案|处罚|查处|未|剩余|其余|正在|推进|序时")
#: work still open later in the sentence: 正按…推进, 序时, 未完成
PENDING_LATER = re.compile(r"正按|正在|推进中|持续推进|序时|时序|未完成|尚未")
#: a count the team handed over, its petitions named earlier in the sentence: 交办信访件96件，分解后交办99件
HANDED_OVER = re.compile(r"(?:交办|转办)了?$")
#: ``16批共292件``, ``32批271件``: batches of petitions, then the petitions
BATCH_THEN_COUNT = re.compile(r"^[，,、]?(?:共|共计|合计|累计)?[\d一二两三四五六七八九十百千万余多近约超.]+(?:件|个|条|项)")


def _clause_before(text: str, start: int, limit: int = 40) -> str:
    lo = max(0, start - limit)
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, lo, start)]
    return text[max(marks) if marks else lo:start]


def _in_inspection(text: str, start: int) -> bool:
    """督察 in the number's sentence or the 300 characters before it (inspection reports open with the inspection)."""
    stop = SENTENCE_BREAK.search(text, start)
    return bool(INSPECTION.search(text, max(0, start - 300), stop.start() if stop else len(text)))


def inspection_tally_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """An inspection's tallies (GUIDELINES: 督察转办信访件 → inspection.feedback_issues; real-article notes).

    * a count of the inspection's tasks or reported problems (``督察整改任务49项``, ``警示片通报问题18项``,
      ``26项整改任务``) or of petitions its team handed over (``转交群众举报投诉案件37件``,
      ``群众投诉7件``) is ``inspection.feedback_issues``;
    * batches (``已反馈12批共205件``) are ``other``, and the count after them is the petitions'.
    Counts whose clause says what became of them (完成, 办结, 阶段性办结, 未完成…) are left to the
    rectification rule, which runs after this one.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if not TALLY_UNIT.match(surface) or not _in_inspection(text, start):
            continue
        left = _clause_before(text, start)
        right = text[end:end + 12]
        if surface.endswith("批"):
            if BATCH_THEN_COUNT.match(right) and (PETITION.search(left) or TASK_LIST.search(left)):
                out[i] = ("other", None)
            continue
        if SETTLED.search(left):
            continue
        segment_start = max((m.end() for m in re.finditer(r"[。；;！？\n]", text[max(0, start - 120):start])), default=0)
        own_segment = text[max(0, start - 120) + segment_start:start]
        # petitions count as the inspection's only where their own clause group says the team handed them over
        named_before = (PETITION.search(left) and INSPECTION.search(own_segment)) or TASK_LIST.search(left) \
            or (HANDED_OVER.search(left) and PETITION.search(own_segment) and INSPECTION.search(own_segment))
        named_after = re.match(r"^(?:项|个|件|条)?(?P<noun>整改任务|信访件|信访举报件|举报件|投诉件|交办件|转办件)"
                               r"(?![^，,。；;]{0,12}(?:完成|办结|销号|整改到位))", right)
        if named_after and named_after.group("noun") != "整改任务" and not INSPECTION.search(own_segment):
            named_after = None
        stop = SENTENCE_BREAK.search(text, end)
        if named_after and PENDING_LATER.search(text, end, stop.start() if stop else len(text)):
            continue  # 共计7项整改任务，正按序时推进: still open, the rectification rule's target
        if named_before or named_after:
            out[i] = ("inspection.feedback_issues", None)
    return out


#: a sentence that sorts a tally by a key before listing its parts: ``从地区分布看，A市20件，B市19件``,
#: ``按区域分布为：``, ``按照污染类型划分为，大气污染52件…``
GROUPING_KEY = re.compile(r"(?:从|按照?)(?:地区|区域|地域|县区|县市区|行政区域|污染类型|污染类别|问题类型|举报类型|类型|类别|行业)"
                          r"(?:分布|划分|分类|分)?(?:情况)?(?:来看|看|为|是)?[ \t\u3000]*[：:，,]?")


#: several places or kinds sharing one count: A州和B州各7件, C地区、D市和E市均为1件, 涉及噪声类30件
GROUP_LEAD = re.compile(r"^(?:涉及|其中|包括|主要是|主要为)")
GROUP_SHARED = re.compile(r"(?:各|均为|均是|均)$")
GROUP_JOIN = re.compile(r"[、和及与]")
GROUP_PART = re.compile(r"[\u4e00-\u9fffA-Za-z·]{1,12}")


def _grouped_names(gap: str) -> str | None:
    """The names before a count shared by several places or kinds, or one kind after 涉及; None otherwise."""
    name = GROUP_LEAD.sub("", gap.strip(ITEM_SEPARATORS))
    shared = GROUP_SHARED.search(name)
    body = name[:shared.start()] if shared else name
    parts = GROUP_JOIN.split(body)
    if not body or (len(parts) < 2 and not shared and body == gap.strip(ITEM_SEPARATORS)):
        return None  # a single name is _item_name's to read
    if all(GROUP_PART.fullmatch(p) and not ITEM_NOT_NAME.search(p) for p in parts):
        return name
    return None


def grouped_petition_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Petitions an inspection handed over, counted again by place or by kind (GUIDELINES: 督察转办信访件 →
    ``inspection.feedback_issues``).

    Inspection bulletins give the batch's total and then, in a sentence of its own, the same petitions by
    place and by pollution type (``第五批信访件从地区分布看，A市20件，B市19件…；按污染类型分为，大气污染52件…``).
    The items name only a place or a kind, so neither the classifier nor the breakdown rule (which needs the
    total in the same sentence) sees what they count.  Every ``name + N件`` after the grouping key, up to the
    end of the sentence, counts petitions when the sentence or the text just before it speaks of petitions
    handed over by an inspection.  Shares (``分别占21.8%``) are not items.
    """
    out: dict[int, Decision] = {}
    for key in GROUPING_KEY.finditer(text):
        stop = SENTENCE_BREAK.search(text, key.end())
        sent_end = stop.start() if stop else len(text)
        s_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, key.start() - 200), key.start())), default=0)
        before = text[max(0, s_start - 300):key.start()]
        petitions = PETITION.search(text, s_start, key.start()) or PETITION.search(before[-120:])
        if not petitions or not (INSPECTION.search(before) or _in_inspection(text, key.start())):
            continue
        pos = key.end()
        for i, (start, end) in enumerate(spans):
            if start < pos or start >= sent_end:
                continue
            gap = text[pos:start].lstrip(")）")  # after an item's own note: A县25件(重复件3件)，B区22件
            regroup = GROUPING_KEY.search(gap)
            rest = gap[regroup.end():] if regroup else gap
            name = _item_name(rest) or _grouped_names(rest) or (rest.strip(ITEM_SEPARATORS) if rest.strip(ITEM_SEPARATORS) in REMAINDER else None)
            if not re.fullmatch(r"[\d一二两三四五六七八九十百千万余多近约超]+件", text[start:end]) or name is None:
                if not re.fullmatch(r"[ \t\u3000]*[（(][^（()）]{0,12}[)）]?[ \t\u3000]*", gap) or i not in out:
                    pos = end  # not an item: later items still follow their own separators
                    continue
            out[i] = ("inspection.feedback_issues", "value")
            pos = end
    return out


#: how many petition counts by place make a list, and how far before it the petitions' inspection is named
PETITION_LIST_MIN = 3
PETITION_LIST_REACH = 300
#: an item of such a list: a place or a body and a count in 件 (A市13件, 市环保局3件, 来电15件)
PETITION_COUNT = re.compile(r"[\d一二两三四五六七八九十百千万余多近约超]+件")


def petition_place_list_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Petitions an inspection handed over, listed by place or body with no total or grouping key before them
    (``…督察组转办的信访件…和平区9件、沈河区8件、铁西区4件…``): three or more ``name + N件`` items in a row,
    in a passage that names the inspection and the petitions, count petitions (GUIDELINES: 督察转办信访件 →
    ``inspection.feedback_issues``).  A list in a sentence saying what became of the petitions (办结, 立案…)
    is the rectification rules'."""
    out: dict[int, Decision] = {}
    run: list[int] = []

    def close(run: list[int]) -> None:
        if len(run) < PETITION_LIST_MIN:
            return
        first = spans[run[0]][0]
        sent_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, first - 200), first)), default=0)
        before = text[max(0, first - PETITION_LIST_REACH):first]
        if not (PETITION.search(before) and INSPECTION.search(before)) or SETTLED.search(text, sent_start, first):
            return
        out.update((k, ("inspection.feedback_issues", None)) for k in run if current[k] != "inspection.feedback_issues")

    for i, (start, end) in enumerate(spans):
        if not PETITION_COUNT.fullmatch(text[start:end]):
            close(run)
            run = []
            continue
        if run and _item_name(text[spans[run[-1]][1]:start].lstrip(")）")) is not None:
            run.append(i)
            continue
        close(run)
        # a list's first item: the name after the clause mark or the word that opens the list (其中|A市13件)
        head = re.split(r"[、，,：:；;（(\n]|其中|涉及|包括", text[max(0, start - 10):start])[-1]
        run = [i] if _item_name(head) is not None else []
    close(run)
    return out


# ---------------------------------------------------------------------------------------------
# Composite indices that are not the air index, and ranks
# ---------------------------------------------------------------------------------------------

#: water-quality indices (the CWQI and its Chinese names): no taxonomy id, so ``other`` (real-article notes)
OTHER_INDEX = re.compile(r"水环境综合指数|水环境质量综合指数|水质综合指数|水质指数|CWQI|水质量指数"
                         # indexes outside the taxonomy: 水环境质量指数6.1, 地表水环境污染指数, 生态文明指数
                         r"|水环境质量指数|水[环環]境[污汙]染指数|生[态態]文明指[数數]"
                         # surveys of the public: 公众生态环境满意度92.5%，排名全省第六
                         r"|满意度|滿意度|满意率|滿意率")
#: an air measure named after the index, nearer the number: the number is the air measure's
AIR_AFTER_INDEX = re.compile(r"空[气氣]|[优優]良|PM|臭氧|[颗顆]粒物")
#: a clause that is only a change word: 同比改善, 较上年下降了
CHANGE_ONLY = re.compile(r"(?:同比上年|同比去年|同比|环比|较上年同期|较上年|比上年|较去年|比去年)?(?:分别)?(?:下降|上升|提高|增加|减少|降低|改善|提升)了?(?:幅度)?(?:为|达)?")
RANK_UNITS = ("rank", "rank_from_end", "top", "bottom")
#: a rank clause that names nothing but the ranking: 位列全省, 在全市排名, 全疆排名, 居全国
BARE_RANK_CLAUSE = re.compile(r"(?:连续[^，,。；;]{1,3}年)?(?:在|于)?(?:全[国省市县区疆]|[\u4e00-\u9fff]{1,4}(?:省|市|地区)中)?(?:[^，,。；;\d]{0,4}城市中)?"
                              r"(?:排名|排|位列|位居|名列|列|居|稳居|蝉联)(?:全[国省市县区疆])?(?:排名)?"
                              r"|全[国省市县区疆]")  # 综合指数5.40，全省第7位: the scope alone
#: what a rank's own clause may name: days meeting the air standard, an evaluation of work
GOOD_DAYS_SUBJECT = re.compile(r"(?:优良|达标)天数")
EVALUATION_SUBJECT = re.compile(r"工作|考核|考评|评比|评估|满意度|测评")
WATER_QUALITY_SUBJECT = re.compile(r"水环境质量(?!改善|变化)")  # not 水质改善幅度 (the improvement of a named share)
SHARE_WORD = re.compile(r"比例|比率|占比|达标率|优良率|断面")


#: "every indicator": a rank shared by all the measures of the sentence
ALL_INDICATORS = re.compile(r"各项(?:主要)?(?:污染物)?指标|各项污染物|主要指标均|六项指标")
AIR_QUALITY = re.compile(r"空气质量|环境空气|大气环境")
#: water or ecology named in the sentence (not a bare 水, which place names hold: 彭水, 水城)
NOT_AIR_SUBJECT = re.compile(r"水质|水环境|地表水|断面|河流|湖库|饮用水|生态环境状况|生态质量")
#: air measures a sentence may list before an overall ranking
AIR_MEASURE = re.compile(r"优良天数比例|优良率|优良天数|重污染天数|综合指数|PM2\.5|PM10|细颗粒物|可吸入颗粒物|臭氧")


def _headline_line(text: str, start: int, end: int) -> bool:
    """Is the number on a short line without sentence punctuation near the top (a headline or its copy)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    return start < 600 and len(line.strip()) <= 40 and not re.search(r"[。，,；;]", line)


def _same_rank_later(text: str, spans: list[tuple[int, int]], current: list[str | None], i: int) -> str | None:
    """The indicator of the first later rank in the body with the same position (第一 … 第一)."""
    def position(s: int, e: int) -> int | None:
        return 1 if text[s:e] in ("首位", "榜首") else normalize_quantity(text[s:e]).value

    value = position(*spans[i])
    for j in range(i + 1, len(spans)):
        s, e = spans[j]
        if _headline_line(text, s, e):
            continue
        if _is_rank(text, s, e) and position(s, e) == value:
            return current[j] if current[j] not in (None, "other") else None
    return None


def _is_rank(text: str, start: int, end: int) -> bool:
    if text[start:end] in ("首位", "榜首"):
        return True  # GUIDELINES: 首位 and 榜首 are ranks (= 第一)
    q = normalize_quantity(text[start:end])
    return q.unit in RANK_UNITS or (q.unit in ("位", "名") and bool(re.search(r"(?:排|排名|居|位列|位居|列)$", _clause_before(text, start, 12))))


def other_index_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A water-quality index (``水环境综合指数1.62``, ``CWQI排名全市第二``) is ``other``, with its change and rank.

    The taxonomy's composite index is the air-quality one; the classifier, seeing 综合指数, answers it.  A
    change whose clause is only a change word (``同比改善5.1%``) right after such an index measures it too.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        left = _clause_before(text, start, 30)
        hits = list(OTHER_INDEX.finditer(left))
        # a headline pairs two rankings with a space: 生态文明指数全国第一 空气质量优良率全国第二
        if hits and not AIR_AFTER_INDEX.search(left, hits[-1].end()):
            out[i] = ("other", None)
        elif i > 0 and i - 1 in out and CHANGE_ONLY.fullmatch(left.strip()) and start - spans[i - 1][1] <= 16 \
                and not SENTENCE_BREAK.search(text, spans[i - 1][1], start):
            out[i] = ("other", None)
    return out


def rank_subject_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A rank takes the indicator that its own clause, or the figure just before it, names.

    * ``达标天数位居全市第一`` ranks good days, not the overall air quality the sentence also names;
    * ``优Ⅲ比例100%，位列全省第一`` / ``综合指数4.8，在全市排名第3``: a rank clause that names nothing
      but the ranking, right after a figure of the same sentence, ranks that figure's indicator;
    * a second rank right after a first (``居全国第13名，全省排名第一名``) ranks the same thing;
    * ranks of work evaluations (``治理工作均排名全市第一``) and of water quality in general
      (``水环境质量居全国第9名``) have no taxonomy id: ``other`` (GUIDELINES: an evaluation rank with no
      indicator is other rank).
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not _is_rank(text, start, end):
            continue
        left = _clause_before(text, start, 30)
        if re.search(r"前移|后退|上升|下降|提升|进步|退步|提高", left):
            continue  # a rank shift is a change
        if GOOD_DAYS_SUBJECT.search(left) and not re.search(r"比例|比率|优良率|达标率|增加|增幅", left):
            out[i] = ("air.good_days", "rank")
            continue
        if EVALUATION_SUBJECT.search(left) or (WATER_QUALITY_SUBJECT.search(left) and not SHARE_WORD.search(left)):
            out[i] = ("other", "rank")
            continue
        bare = BARE_RANK_CLAUSE.fullmatch(re.sub(r"^[ \t\u3000]*【[^】]{0,8}】", "", left).strip(" \t\u3000"))  # 【column】 tags
        s_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
        before = text[s_start:start - len(left)]
        if ALL_INDICATORS.search(left) and AIR_QUALITY.search(before) and not NOT_AIR_SUBJECT.search(before + left):
            out[i] = ("air.aqi_composite", "rank")  # 空气质量…，各项指标均居全省首位: the overall air ranking
            continue
        headline = _headline_line(text, start, end)
        if bare and headline:
            later = _same_rank_later(text, spans, current, i)
            if later:
                out[i] = (later, "rank")  # a headline's bare rank is the body's rank of the same place
            continue
        if not bare:
            continue
        k = i - 1
        while k >= 0 and spans[k][0] >= start - len(left):
            k -= 1  # a duration inside the rank's own clause (连续8年全省排名第1) is not the figure ranked
        p_start, p_end = spans[k] if k >= 0 else (0, 0)
        between = text[p_end:start - len(left)]
        if k < 0 or p_end < s_start or not re.fullmatch(r"[ \t\u3000]*[，,；;][ \t\u3000]*", between):
            # no figure right before: a sentence listing several air measures is ranked as a whole
            if len(set(AIR_MEASURE.findall(before))) >= 2 and AIR_QUALITY.search(before) and not NOT_AIR_SUBJECT.search(before):
                out[i] = ("air.aqi_composite", "rank")
            continue
        previous = out.get(k, (current[k], None))[0]
        if previous is None:
            continue
        if _is_rank(text, p_start, p_end) or previous != "other" or OTHER_INDEX.search(_clause_before(text, p_start, 30)):
            out[i] = (previous, "rank")
    return out


# ---------------------------------------------------------------------------------------------
# Vehicles and machines, persons with their cases
# ---------------------------------------------------------------------------------------------

VEHICLE_COUNT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超.]+(?:辆次|台次|辆|台|艘次|艘)$")
PUNISH_BEFORE = re.compile(r"处罚|罚款")  # not 查处排放超标车辆 (vehicles dealt with in road checks: emission.mobile)
ROAD_CHECK = re.compile(r"(?:检查|抽测|抽检|路检|检测|筛查)[^，,。；;]{0,6}(?:超标|冒黑烟)[^，,。；;]{0,4}(?:车|机械)")
#: vehicle work of mobile-source control: scrapping old and yellow-label vehicles, diesel and smoky vehicles, exhaust checks
MOBILE_WORK = re.compile(r"淘汰|黄标车|黃標車|老旧|老舊|柴油|冒黑烟|冒黑煙|黑烟车|黑煙車|尾气|尾氣|遥感|遙感|路检|路檢|抽测|抽測|超标车|超標車|国[一二三]|國[一二三]")
#: vehicles bought or in use are no mobile-source work (新能源汽车7293辆 is ``other``)
NOT_MOBILE_WORK = re.compile(r"新能源|推广|推廣|保有量|新增|更新|购置|購置|清理")
VEHICLE_UNIT = re.compile(r"^[\d一二两三四五六七八九十百千万萬余餘多近约超.]+(?:辆次|輛次|辆|輛)$")
#: ``移送公安6件共10人``: the persons of the cases just counted
PERSONS_OF_CASES = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超]+(?:件|起)[，,、]?(?:共|共计|涉及|涉案)?$")


def vehicle_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Vehicles and machines counted by what was done to them.

    * punished (``处罚超标车1.2万辆次``, ``处罚排放超标非道路移动机械86台次``) → ``enforcement.penalty_cases``
      (ANNOTATION s.2: every count of enforcement cases);
    * found over the limit in road checks (``检查出超标车辆21辆``) → ``emission.mobile`` (GUIDELINES: vehicle
      road checks are emission.mobile);
    * persons counted with the cases they belong to (``移送公安4件共7人``) → ``other``.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        left = _clause_before(text, start, 30)
        if VEHICLE_COUNT.match(surface):
            if PUNISH_BEFORE.search(left):
                out[i] = ("enforcement.penalty_cases", None)
            elif ROAD_CHECK.search(left) and current[i] in ("other", None):
                out[i] = ("emission.mobile", None)
        if VEHICLE_UNIT.match(surface) and i not in out and current[i] in ("other", None):
            # 淘汰黄标车4809辆, 公交车"冒黑烟"目测120辆, 完成淘汰3000辆国三柴油车: mobile-source control (GUIDELINES)
            around = left + re.split(r"[，,。；;、\n]", text[end:end + 10])[0]
            if MOBILE_WORK.search(around) and not NOT_MOBILE_WORK.search(around):
                out[i] = ("emission.mobile", None)
        elif re.fullmatch(r"[\d一二两三四五六七八九十百千万余多近约超]+人", surface) and i > 0:
            p_start, p_end = spans[i - 1]
            if PERSONS_OF_CASES.match(text[p_start:start]):
                out[i] = ("other", None)
    return out


# ---------------------------------------------------------------------------------------------
# Lists of changes after one change verb
# ---------------------------------------------------------------------------------------------

#: list glue between two items: 、 和 及 与, spaces (a comma starts another clause)
LIST_GLUE = re.compile(r"[ \t\u3000]*(?:、|和|及|与|以及)[ \t\u3000]*")
#: a change verb right before the first item, with its baseline: 较2017年下降, 同比分别改善, 分别同比上升
CHANGE_LIST_VERB = re.compile(r"(?:分别)?(?:同比|环比|较上年|比上年|较去年|比去年|较\d{4}年|比\d{4}年|与上年相比)?(?:分别)?"
                              r"(?:下降|上升|提高|增加|减少|降低|改善|提升|增长)了?(?:幅度)?(?:分别)?(?:为|达)?[约近]?$")


def change_lists(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of two or more quantities joined by list glue whose first item follows a change verb."""
    runs: list[list[int]] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and LIST_GLUE.fullmatch(text[spans[j][1]:spans[j + 1][0]]):
            j += 1
        if j > i and CHANGE_LIST_VERB.search(text[max(0, spans[i][0] - 14):spans[i][0]]):
            runs.append(list(range(i, j + 1)))
        i = j + 1
    return runs


def change_list_pollutant_links(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """``PM10、PM2.5浓度分别为70、44微克/立方米，较上年下降9.0%、11.2%``: the k-th change is the k-th pollutant's.

    Like the 分别 pairing (:func:`~pipeline.linking.contract_rules.pollutant_list_links`), for a list of changes
    after one change verb with no 分别 of its own: where the sentence before the verb speaks of
    concentrations and names exactly as many pollutants as the list has numbers, they pair in order.
    """
    from .contract_rules import CONCENTRATION_WORD, pollutant_sequence

    out: dict[int, str] = {}
    for run in change_lists(text, spans):
        start = spans[run[0]][0]
        sentence_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
        subject = text[sentence_start:start]
        if not CONCENTRATION_WORD.search(subject):
            continue
        pollutants = pollutant_sequence(subject)
        if len(pollutants) == len(run):
            out.update(zip(run, pollutants))
    return out


# ---------------------------------------------------------------------------------------------
# Counts of things outside the taxonomy, fines written as a ticket, water sections' good rate
# ---------------------------------------------------------------------------------------------

#: the counted noun right after a list count or a count of water bodies, stations or listed firms:
#: ``六项主要污染物``, ``三项指标``, ``8条省控河流``, ``40家守法企业``, ``监测站11座`` (GUIDELINES: list counts,
#: counts of rivers, sections and monitoring points are other)
COUNTED_OTHER = re.compile(r"^(?:主要)?(?:污染物|污染因子|指标|考核指标)|^(?:省控|国控|市控|重点)?(?:入海|入河)?(?:河流|河道|湖泊|水库)(?!.{0,2}黑臭)"
                           r"|^(?:守法|诚信|信用良好)企业|^[^，,。；;]{0,4}(?:正面清单|白名单)")
LIST_OF_MEASURES = re.compile(r"^(?:主要)?(?:污染物|污染因子|指标|考核指标)")
#: places counted: ``168城市``, ``珠三角9市``, ``18个省辖市``, ``74个城市中`` (ANNOTATION s.2: counts of cities are other)
PLACE_UNITS = ("城市", "市", "盟市", "地市", "县", "县区", "县(市、区)")
PLACE_COUNTED = re.compile(r"^(?:地级及以上|地级以上|重点|省会|中心)?(?:城市|省辖市|设区市|地市|地级市|盟市|县|区(?!域))")
#: places counted for an award or a programme (``4个县（市）已建成国家生态文明建设示范区``): ecology.demonstration
PLACE_AWARD = re.compile(r"示范|创建|建成|获评|获批|命名|生态文明")
STATION_BEFORE = re.compile(r"(?:监测站|监测站点|监测点位|监测点)(?:共|数量|达到|达)?$")
LIST_COUNT = re.compile(r"^[\d一二两三四五六七八九十]+(?:项|个|类|种|条|家|座|大)$")
#: a count written with 大 (``三大领域``, ``9大行动``, ``3大类``) only ever counts the items of a list (GUIDELINES:
#: ``4大基础性保障工程`` → other, value), whatever indicator the words after it name
BIG_LIST_COUNT = re.compile(r"^[\d一二两三四五六七八九十]+大(?:类|類)?$")
#: ``开出800余万元罚单``: a fine written as the ticket issued
FINE_TICKET = re.compile(r"^(?:的)?(?:罚单|罚款)")
#: a good rate after a water subject in its own clause: ``国控断面水质达标率100%、优良率85.7%``
WATER_SUBJECT = re.compile(r"断面|地表水|水体|河流|湖库|水质")


def count_noun_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Indicators the counted noun or the surrounding wording decides.

    * counts of cities and counties (``168城市``, ``18个省辖市``), list counts of pollutants or indicators,
      counts of rivers, lakes and reservoirs, of monitoring stations and of firms on a good-conduct list
      → ``other``; so is a count written with 大 (``三大领域``, ``9大行动``), a value;
    * money right before 罚单 (``开出350万元罚单``) → ``enforcement.penalty_amount``;
    * a bare 优良率 / 优良比例 in a clause about water sections (``断面水质达标率100%、优良率85.7%``,
      ``断面优良率、…达标率均达到100%``) → ``water.good_sections_ratio``, not the air good-days share.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        unit = normalize_quantity(surface).unit
        right = text[end:end + 12]
        left = _clause_before(text, start, 40)
        if (unit in PLACE_UNITS or (unit == "个" and PLACE_COUNTED.match(right))) \
                and not PLACE_AWARD.search(re.split(r"[，,；;。！？\n]", text[end:end + 40], maxsplit=1)[0]):
            out[i] = ("other", "value")  # a count of places, whatever ranking or measure follows it
        elif BIG_LIST_COUNT.match(surface):
            out[i] = ("other", "value")
        elif LIST_COUNT.match(surface) and COUNTED_OTHER.match(right):
            # a count of the pollutants or indicators a list names is a value, never a change of them
            out[i] = ("other", "value" if LIST_OF_MEASURES.match(right) else None)
        elif unit in ("座", "个") and STATION_BEFORE.search(left):
            out[i] = ("other", None)
        elif unit == "CNY" and FINE_TICKET.match(right) and current[i] in ("other", None):
            out[i] = ("enforcement.penalty_amount", None)
        elif unit in ("%", "pp") and current[i] in ("air.good_days_ratio", "other", None):
            rate = _good_rate_subject(left)
            if rate:
                out[i] = ("water.good_sections_ratio", None)
    return out


def _good_rate_subject(left: str) -> bool:
    """Is the rate in ``left`` (the clause before a share) a good rate of water sections?

    The measure is the last rate named, or the first where the value is shared (均); a bare 优良率 or
    优良比例 is the water sections' when its own list item, or the clause before it, names water and no air.
    """
    rates = list(re.finditer(r"优良率|优良比例|达标率|利用率|覆盖率|比例", left))
    if not rates:
        return False
    shared = re.search(r"均(?:达到|为|达|保持)", left)
    rate = rates[0] if shared else rates[-1]
    if rate.group() not in ("优良率", "优良比例"):
        return False
    lead = left[:rate.start()]
    if re.search(r"空气|天数|大气|AQI", lead):
        return False
    return bool(WATER_SUBJECT.search(lead))


# ---------------------------------------------------------------------------------------------
# Chains, rank words and water rankings (silver review of unseen pages, round 7)
# ---------------------------------------------------------------------------------------------

#: what may stand between a value and the change clause after it: a unit cut off the span, a bracket, the comma
#: the tail of a concentration unit the span left out (47微克|/米3)
CUT_UNIT_TAIL = r"(?:\s*/\s*(?:米|m)\s*[3³])?"
CHAIN_GAP = re.compile(CUT_UNIT_TAIL + r"\s*(?:[（(][^（()）]{0,16}[)）])?\s*[，,]\s*")
#: a clause that itself reports a change or a rank: its number is not the level the next change starts from
NOT_A_LEVEL = re.compile(r"(?:下降|上升|增加|减少|提高|降低|改善|增长|提升|优于|高于|低于|好于|变差|排名|排|居|位列|位居)了?$")


def _compatible(value_unit: str | None, change_unit: str | None) -> bool:
    """Can a change in ``change_unit`` be the change of a level in ``value_unit``?"""
    if change_unit == value_unit or change_unit == "%":
        return True
    if change_unit == "pp":
        return value_unit == "%"
    return value_unit in ("微克", "毫克") and change_unit in CONCENTRATION_UNITS  # ``47微克/米3`` cut short


def _rank_clause_after_level(text: str, level: tuple[int, int], rank: tuple[int, int]) -> bool:
    """Is ``rank`` a bare rank clause (``列全省第12位``) right after the level ``level`` (only a comma between)?"""
    if normalize_quantity(text[rank[0]:rank[1]]).unit not in RANK_UNITS:
        return False
    left = _clause_left(text, rank[0], 20)
    return bool(BARE_RANK_CLAUSE.fullmatch(left.strip())) and bool(CHAIN_GAP.fullmatch(text[level[1]:rank[0] - len(left)]))


def value_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A change clause right after a level measures what the level measures.

    ``降水pH平均值为5.63，比上年同期上升0.42``, ``优断面比例96.46%，同比下降0.78个百分点``: the indicator is the
    thing measured, wherever it is named (ANNOTATION s.3: in ``优良天数245天，同比增加40天`` the 40 days are
    still good days).  The classifier reads the change's own short clause and the words after it, and where
    the next item of a list follows (``；PM10平均浓度…``) it often names that item instead.  Applies when the
    change's clause is nothing but a change word, only a comma (a cut unit or a bracket) separates it from
    the level, the level's own clause is not a change or a rank, and the units fit (the same unit, a
    percentage, or percentage points after a percentage).
    """
    out: dict[int, Decision] = {}
    for i in range(1, len(spans)):
        start, end = spans[i]
        p_start, p_end = spans[i - 1]
        gap_start = p_end
        indicator = current[i - 1]
        if i >= 2 and _rank_clause_after_level(text, spans[i - 2], spans[i - 1]):
            # 优良天数7天，列全省第12位，同比减少17天: the change goes back past the rank to the level
            p_start, p_end = spans[i - 2]
            indicator = current[i - 2]
        if indicator is None or indicator == current[i]:
            continue
        left = _clause_left(text, start, 20)
        if "分别" in left or not CHANGE_WORD.fullmatch(left.strip()):
            continue
        if LIST_NEXT.match(text, end) or LIST_NEXT.match(text, p_end):
            continue  # 分别为70、44，较上年下降10.3%、12.0%: two lists, paired item by item
        if not CHAIN_GAP.fullmatch(text[gap_start:start - len(left)]):
            continue
        if NOT_A_LEVEL.search(_clause_left(text, p_start, 20).strip()):
            continue
        p_unit = normalize_quantity(text[p_start:p_end]).unit
        if p_unit in RANK_UNITS or p_unit in ("位", "名"):
            continue
        if _compatible(p_unit, normalize_quantity(text[start:end]).unit):
            out[i] = (indicator, None)
    return out


#: a year's figure written in brackets as the baseline of a change, after the level (…为25μg/m3，与2017年(21μg/m3)…)
BASELINE_OPEN = re.compile(r"[，,]\s*(?:与|與|较|較|比)(?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期)?\s*[（(]$")
#: the change after that bracket (…)同比上升19%)
BASELINE_CHANGE = re.compile(r"\s*[)）]\s*(?:同比|相比|相比较)?[，,]?\s*(?:分别|分別)?"
                             r"(?:下降|上升|提高|增加|减少|減少|降低|改善|增长|增長|持平)了?$")


def baseline_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """``PM10浓度均值为54μg/m3，与2017年(57μg/m3)同比下降5.3%``: the bracketed figure is the same measure a year
    before and the change after it is that measure's change (ANNOTATION s.3: the indicator is the thing measured,
    wherever it is named); the classifier, reading the next item of the list (``；PM2.5…``), often names another."""
    out: dict[int, Decision] = {}
    for i in range(1, len(spans)):
        indicator = current[i - 1]
        gap = text[spans[i - 1][1]:spans[i][0]]
        opening = BASELINE_OPEN.search(gap)
        if indicator is None or opening is None or not re.fullmatch(CUT_UNIT_TAIL + r"\s*", gap[:opening.start()]):
            continue
        if _compatible(normalize_quantity(text[spans[i - 1][0]:spans[i - 1][1]]).unit,
                       normalize_quantity(text[spans[i][0]:spans[i][1]]).unit):
            out[i] = (indicator, None)
        if i + 1 < len(spans) and BASELINE_CHANGE.fullmatch(text[spans[i][1]:spans[i + 1][0]]):
            out[i + 1] = (indicator, None)
    return out


#: a goal stated before a rank in its sentence (``力争进入全省前三``): the rank is a target, left to the goal rules
RANK_GOAL = re.compile(r"力争|力爭|目标|目標|确保|確保|争取|爭取|计划|計劃|要求|预计|預計")


def rank_role_links(text: str, spans: list[tuple[int, int]], roles: list[str | None]) -> dict[int, str]:
    """Rank words (``第四名``, ``倒数第一``, ``前5名``, ``后20位``) are positions: role ``rank``, never value or change.

    ANNOTATION s.2 counts rank words inside the QUANTITY and s.3 gives them role rank; the written documents
    rarely list places (``前5名为…，后5位为…``) or say where a place moved to (``从第八名上升到了第四名``), and
    the classifier reads such numbers as values or as the change.  A goal before the rank in its sentence
    leaves it to the goal rules (target).  Returns roles only.
    """
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        if roles[i] not in ("value", "change"):
            continue
        unit = normalize_quantity(text[start:end]).unit
        # a position in brackets after a place of a ranked list: 遂宁(22位)、雅安(25位)
        bracketed = unit in ("位", "名") and text[start - 1:start] in ("(", "（") and text[end:end + 1] in (")", "）")
        if unit not in RANK_UNITS and not bracketed:
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        if RANK_GOAL.search(text, s_start, start):
            continue
        out[i] = "rank"
    return out


_RANK_NUM = r"[\d一二三四五六七八九十]+"
#: the items after the first of a shared-ordinal list: 第12、15、19位, 第6和9名 — one 第 and one 位 for all
RANK_CHAIN_BEFORE = re.compile(rf"第{_RANK_NUM}(?:位|名)?(?:\s*[、和及]\s*{_RANK_NUM})*\s*[、和及]\s*$")
RANK_CHAIN_ITEM = re.compile(rf"^{_RANK_NUM}(?:位|名)?$")
#: a place outside or inside a cut-off position: 排名在30名以外, 排在50位之后
RANK_BOUND = re.compile(r"(?:排名|排位|排|位列|名列)(?:均|都|也|则|則)?[在于於]?\s*$")
RANK_BOUND_AFTER = re.compile(r"\s*(?:以外|之外|以内|之内|以后|之后|以後|之後)")


def rank_chain_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Later items of ``第12、15、19位`` and a cut-off such as ``排名在30名以外`` are ranks.

    One 第 before the first item and one 位 after the last are shared by the list, so the classifier
    sees ``15`` or ``19位`` without the ordinal and calls it a value, often of ``other``.  Each later
    item takes the role rank and the first item's indicator.  A goal in the sentence leaves them to
    the goal rules.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        s_start, _ = _sentence_bounds(text, start, end)
        if RANK_GOAL.search(text, s_start, start):
            continue
        if i > 0 and RANK_CHAIN_ITEM.match(surface) and RANK_CHAIN_BEFORE.search(text, max(s_start, start - 24), start):
            head = next((k for k in range(i - 1, -1, -1) if text[spans[k][0]:spans[k][1]].startswith("第")
                         and spans[k][0] >= s_start), None)
            if head is not None:
                out[i] = (current[head], "rank")
        elif normalize_quantity(surface).unit in ("位", "名") and RANK_BOUND.search(text, max(s_start, start - 6), start) \
                and RANK_BOUND_AFTER.match(text, end):
            out[i] = (None, "rank")
    return out


#: a ranking of water quality named in the sentence: ``河流水环境质量综合排名情况``, ``地表水考核断面水环境质量状况排名中``
WATER_RANKING = re.compile(r"(?:水环境|地表水|水质)[^。！？\n，,]{0,16}排名|排名[^。！？\n]{0,6}(?:水环境|水质)")
#: air named after the water ranking (``…，空气质量排名第3``): that rank is the air's
AIR_NAMED = re.compile(r"空[气氣]|大[气氣]|PM2|PM10|臭氧|优良天")


def water_ranking_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A rank in a sentence that reports a water-quality ranking is ``other`` rank.

    GUIDELINES: ranks of water quality in general have no taxonomy id (``水环境质量居全国第9名`` → other rank).
    Real pages name the ranking once and list the places after it (``…水环境质量综合排名情况，石林县、
    阳宗海风景名胜区并列第一``), so the rank's own clause names no subject and the classifier, which knows
    rankings mostly from air-quality pages, answers ``air.aqi_composite``.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not _is_rank(text, start, end):
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        hits = list(WATER_RANKING.finditer(text, s_start, start))
        if not hits or AIR_NAMED.search(text, hits[-1].start(), start):
            continue
        out[i] = ("other", "rank")
    return out


#: counts an enumeration may list: cases, petitions, firms, items
ENUMERATION_UNITS = ("件", "起", "宗", "家", "个", "项", "条", None)  # None: index values listed after places (某县2.35、某县2.91…)
#: the name of an enumeration item: a short category (``大气``, ``噪声类``, ``违法建设项目类``)
ENUMERATION_NAME = re.compile(r"[、，,][ \t\u3000]*[\u4e00-\u9fff]{1,8}")
#: a count that restates or splits the one before it is no sibling category: 交办信访件96件，分解后交办99件，其中重点件18件
NOT_A_SIBLING = re.compile(r"其中|分解|交办|转办")


def enumeration_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Items of one enumeration by category count the same thing: ``涉及大气3件、土壤1件、噪声2件``.

    A run of three or more counts in one unit, each after ``、`` and a short category name, is one
    breakdown (of petitions by pollution type, of cases by kind) with no total right before it, so the
    breakdown rule does not see it; the classifier reads each item alone and calls a rare category
    (``土壤1件``, ``其他类4起``) ``other``.  Every item takes the indicator most items have that is not
    ``other`` (the indicator is the thing measured, ANNOTATION s.3); a run the classifier reads as ``other``
    throughout is left alone.
    """
    out: dict[int, Decision] = {}
    i = 0
    while i < len(spans):
        unit = normalize_quantity(text[spans[i][0]:spans[i][1]]).unit
        if unit not in ENUMERATION_UNITS:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(spans):
            gap = text[spans[j - 1][1]:spans[j][0]]
            if normalize_quantity(text[spans[j][0]:spans[j][1]]).unit != unit or not ENUMERATION_NAME.fullmatch(gap) \
                    or ITEM_NOT_NAME.search(gap.replace("其他", "")) or NOT_A_SIBLING.search(gap):
                break
            run.append(j)
            j += 1
        if len(run) >= 3:
            named = [current[k] for k in run if current[k] not in (None, "other")]
            if named:
                indicator = max(named, key=lambda ind: (named.count(ind), -named.index(ind)))
                for k in run:
                    if current[k] != indicator:
                        out[k] = (indicator, None)
        i = run[-1] + 1
    return out


# ---------------------------------------------------------------------------------------------
# A ranking named by its subject, and a place's move in it
# ---------------------------------------------------------------------------------------------

#: the words that open a ranking after its subject: 优良率排名, 综合指数全国排名, 地表水优良率全省排
RANKING_WORD = re.compile(r"(?:同期|在)?(?:全[国省市区县疆]|[\u4e00-\u9fff]{1,4}(?:省|市|区)中)?(?:排名|排位|位次|排|位列|位居|居)")
#: a ranking by improvement (改善幅度排名全省第四): it ranks the figure just before it, not a named subject
IMPROVEMENT_RANKING = re.compile(r"^(?:改善幅度|改善率|改善程度|降幅|下降幅度|增幅|上升幅度)")
#: where a place stood and where it went: 排名由去年的51名上升到40名 (both are positions)
MOVE_FROM = re.compile(r"(?:由|从)(?:去年|上年|前年|上一年|同期|全国|全省|全市|全区|的){0,3}$")
MOVE_TO = re.compile(r"(?:上升|提升|下降|前移|后退|跃升|升|降)(?:了)?(?:到|至)(?:全国|全省|全市|全区)?(?:的)?$")
#: how far it moved: 同比上升11名, 前移3位 (a change of rank)
MOVE_BY = re.compile(r"(?:同比|较上年|较去年|比上年|比去年)?(?:上升|提升|下降|前移|后退|进步|退步|提高)(?:了)?$")


def ranking_subject_links(text: str, spans: list[tuple[int, int]], current: list[str | None], featurizer) -> dict[int, Decision]:
    """A rank takes the indicator its ranking names, and a move in a ranking is read as the positions it joins.

    * ``优良率排名从全省倒数第一名上升至第十七名``: the subject named right before the ranking word
      (the taxonomy's cue words, longest first) is what both positions rank — not the overall air quality the
      classifier knows rankings from;
    * ``…比例为78.8%，同比上升7.3个百分点，改善幅度排名全省第一``: a ranking by improvement ranks the
      figure just before it in the sentence;
    * ``全国排名由去年的51名上升到40名、同比上升11名``: 51名 and 40名 are positions (role rank) and
      11名 the change of rank, whatever the measure word 名 reads as elsewhere (persons).
    Returns ``(indicator or None, role or None)``.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        s_start, _ = _sentence_bounds(text, start, end)
        clause_start = max([m.end() for m in CLAUSE_MARK.finditer(text, s_start, start)], default=s_start)
        clause = text[clause_start:start]
        unit = normalize_quantity(text[start:end]).unit
        ranked = _is_rank(text, start, end) or text[start:end] in ("首位", "榜首")
        role = None
        if unit in ("名", "位") and not ranked and re.search(r"排名|排位|位次", clause):
            if MOVE_FROM.search(clause) or MOVE_TO.search(clause):
                role, ranked = "rank", True
            elif MOVE_BY.search(clause):
                role = "change"
        if not ranked and role != "change":
            continue
        word = RANKING_WORD.search(clause)
        if not word:
            continue
        subject = clause[:word.start()]
        # the subject stands right before the ranking word; 抽检量和处罚量均居… ranks two things at once
        hits = [] if re.search(r"[均都也]$", subject) else [
            h for h in featurizer.cue_hits(subject) if h[0] + len(h[1]) >= len(subject) - 2]
        if hits:
            out[i] = (hits[-1][2], role)
            continue
        if IMPROVEMENT_RANKING.search(subject) and i > 0 and spans[i - 1][1] > s_start:
            j = i - 1
            while j >= 0 and spans[j][1] > s_start and _is_rank(text, *spans[j]):
                j -= 1
            if j >= 0 and spans[j][1] > s_start and current[j] not in (None, "other"):
                out[i] = (out.get(j, (current[j], None))[0] or current[j], role)
        elif role:
            out[i] = (None, role)
    return out


#: an item of a labelled list of levels: a short label and its figure (、中度污染9天)
_LABELLED_GAP = re.compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{0,8}\s*(?:为|為|是|达|達)?\s*")
#: what joins the last level to the change verb of the changes list: 轻度污染58天、重度污染2天，同比减少
_LEVELS_TO_CHANGES = re.compile(r"\s*[，,]?\s*")


def positional_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Changes listed by position after as many labelled levels: ``A58天、B9天、C2天，同比减少8天、11天、9天``.

    The k-th change is the change of the k-th level, so it takes that level's indicator (ANNOTATION s.3:
    the indicator is the thing measured, wherever it is named).  The classifier reads each change alone
    and gives every item the indicator of the label nearest the verb.  Applies only when the levels are
    exactly as many as the changes, in the same unit, each after a short label, and the changes list
    follows the last level directly.
    """
    out: dict[int, Decision] = {}
    for run in change_lists(text, spans):
        k, first = len(run), run[0]
        if first < k:
            continue
        levels = list(range(first - k, first))
        verb = CHANGE_LIST_VERB.search(text[max(0, spans[first][0] - 14):spans[first][0]])
        gap = text[spans[levels[-1]][1]:spans[first][0] - len(verb.group())] if verb else None
        if gap is None or not _LEVELS_TO_CHANGES.fullmatch(gap):
            continue
        if not all(_LABELLED_GAP.fullmatch(text[spans[a][1]:spans[b][0]]) for a, b in zip(levels, levels[1:])):
            continue
        units = {_unit(text[s:e]) for s, e in (spans[x] for x in levels + run)}
        if len(units) != 1:
            continue
        for level, change in zip(levels, run):
            if current[level] is not None:
                out[change] = (current[level], "change")
    return out


#: what a water-quality sentence names as its subject: 水质综合指数, 水环境质量, 地表水质, 水污染物综合指数
WATER_SUBJECT = re.compile(r"水质|水質|水环境|水環境|地表水|水污染物|水体|水體")
#: what an air-quality sentence names: 空气质量, PM2.5, 优良天数, a composite index not of water
AIR_SUBJECT = re.compile(r"空[气氣]|大[气氣]|PM\s*2|PM\s*10|臭氧|[优優]良天|(?<![质質物])(?:综合指数|綜合指數)")


def water_subject_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A composite-index reading of a number whose sentence last names water quality becomes ``other``.

    Water indices, water-quality rankings and their changes (``水质综合指数4.82，在全市排名第4``,
    ``水环境质量…较上年提升10名``) are outside the taxonomy (GUIDELINES: an evaluation rank with no
    indicator is ``other``); the classifier, seeing 综合指数 or 排名, answers ``air.aqi_composite``.
    The subject is the last one the sentence names before the number, so ``空气质量排名第3，水质…``
    keeps its air rank.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "air.aqi_composite":
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        water = [m.end() for m in WATER_SUBJECT.finditer(text, s_start, start)]
        if not water:
            continue
        air = [m.end() for m in AIR_SUBJECT.finditer(text, s_start, start)]
        if not air or water[-1] > air[-1]:
            out[i] = ("other", None)
    return out


#: a count of batches (批, 批次) with the count of items it holds right after: ``交办32批共250件``
BATCH_COUNT = re.compile(r"[\d一二两三四五六七八九十百]+(?:批次|批)")
BATCH_ITEMS_AFTER = re.compile(r"\s*(?:共|共计|共計|合计|合計)?\s*[\d一二两三四五六七八九十百千万]+(?:余|餘|多)?(?:件|个|個|项|項|起)")


def batch_count_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """The number of batches petitions or cases came in is ``other``; the items counted after it carry the indicator.

    ``督察组分32批共交办信访件250件``: 250 petitions were handed over (``inspection.feedback_issues``); 32 only
    says how they were parcelled out, which measures nothing (GUIDELINES: counts that measure no indicator are
    ``other``).  The classifier, seeing 交办, gives both the petitions' indicator.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if BATCH_COUNT.fullmatch(text[start:end]) and BATCH_ITEMS_AFTER.match(text, end) and current[i] != "other":
            out[i] = ("other", None)
    return out


#: a count of person-times: staff turned out, visitors received (出动执法人员5000余人次, 接待游客120万人次)
PERSON_TIMES = re.compile(r"(?:逾|超|超过|近|约)?[\d.一二两三四五六七八九十百千万萬余餘多]+(?:人次)")


def person_time_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Counts of person-times are ``other`` (GUIDELINES: staff turnout ``出动执法人员6820人次`` → other).

    Enforcement paragraphs give the staff sent out before the firms checked (``出动2186人次，检查企业430家``);
    only the firms are ``enforcement.inspections``.  The classifier, reading the paragraph, gives both.
    Patrols counted in person-times (各级河长巡河2106人次) are inspections (:func:`enforcement_count_links`).
    """
    return {i: ("other", None) for i, (start, end) in enumerate(spans)
            if PERSON_TIMES.fullmatch(text[start:end]) and current[i] != "other"
            and not PATROL_BEFORE.search(_clause_left(text, start, 12))}  # 巡河2106人次: patrols are inspections
