"""Rankings written as lists of places: top and bottom positions, and the figure bracketed after each place.

Monthly air bulletins rank counties and cities in prose rather than in a table::

    综合指数方面，居前3位的是A县、B区、C县；改善幅度居前3位的是D县、E县、F区。
    与上年同期相比，各市综合指数均下降，其中降幅前3位城市依次是：G市(-20.1%)、H市(-18.4%)、J市(-9.9%)。
    12个盟市优良天数比例由高至低依次为：K市(100.0%)、L盟(96.8%)……

The classifier sees a bare ``前3位`` or a number in brackets after a place name and answers ``other``,
``value`` or a neighbour's indicator.  The contract decides both parts:

* a top or bottom position that introduces the places (``前3位的是``, ``后三位为``) is role ``rank`` of
  the measure the sentence ranks; ranks of an improvement take the ranked indicator (GUIDELINES:
  ``O3浓度…改善幅度…第1位`` → ``air.o3`` rank);
* a figure bracketed right after a listed place measures what the list ranks: its ``change`` when the
  list ranks a change (降幅, 升幅, 改善幅度, 恶化, 反弹), else its ``value`` (ANNOTATION s.3: the indicator
  is the thing measured, wherever it is named).

The measure is the last one the sentence names before the list; a sentence that names none
(``改善幅度后三位的是…``) continues the ranking of the sentence before it.  Rankings held as a goal
(力争进入前十) are left to the goal rules, and rankings of anything the air measures below do not name
(cases, fines, water sections) are left alone.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import SENTENCE_BREAK, Decision

#: the air measures a ranking of places names, most specific first (优良天数比例 before 优良天数);
#: simplified and traditional forms
MEASURES: tuple[tuple[str, str], ...] = (
    ("air.good_days_ratio", r"优良天数比[例率]|優良天數比[例率]|优良率|優良率|达标率|達標率|优良天数占比"),
    ("air.good_days", r"优良天数|優良天數|优良天|好天气|好天氣|达标天数|達標天數"),
    ("air.heavy_pollution_days", r"重污染天[数數气氣]"),
    ("air.blue_sky_days", r"蓝天白云|藍天白雲|繁星闪烁|繁星閃爍"),
    ("air.pm25", r"PM\s*2\s*[.．]\s*5|[细細][颗顆]粒物"),
    ("air.pm10", r"PM\s*10|可吸入[颗顆]粒物"),
    ("air.o3", r"(?<![A-Za-z])O\s*3|臭氧"),
    ("air.so2", r"(?<![A-Za-z])SO\s*2|二氧化硫"),
    ("air.no2", r"(?<![A-Za-z])NO\s*2|二氧化氮"),
    ("air.co", r"(?<![A-Za-z])CO(?![A-Za-z0-9])|一氧化碳"),
    # (not the standard a measure meets: PM2.5浓度达到空气质量二级标准)
    ("air.aqi_composite", r"综合指数|綜合指數|综合质量指数|綜合質量指數|(?:空气质量|空氣質量)(?![一二]级|[一二]級|标准|標準)"),
)
MEASURE = re.compile("|".join(f"(?P<m{k}>{pattern})" for k, (_, pattern) in enumerate(MEASURES)))
#: what else a ranking may rank: then the air measures of the sentence are not what is ranked
NOT_AIR = re.compile(r"案件|案|处罚|處罰|罚款|罰款|信访|信訪|举报|舉報|断面|斷面|水质|水質|水环境|水環境|噪声|噪聲|考核|评价|評價")
#: a ranking held as a goal: the goal rules decide it
GOAL = re.compile(r"力争|力爭|目标|目標|确保|確保|争取|爭取|计划|計劃")
#: what follows a top or bottom position that opens a list of places
LIST_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:的是|依次是|依次为|依次為|是|为|為|[：:])")
#: a list ranks a change: the figures after its places are changes
CHANGE_RANKED = re.compile(r"降幅|升幅|增幅|涨幅|漲幅|改善幅度|恶化|惡化|反弹|反彈|变化幅度|變化幅度|改善最|下降最|上升最|增加最|减少最|減少最")
#: what introduces the places of a ranking list; ``分别为：`` introduces a plain list of places and their
#: figures (各市优良天数分别为：A市、B市27天，C市26天…), read like a ranking without an order
LIST_INTRO = re.compile(r"依次(?:是|为|為)|分别(?:是|为|為)\s*[：:]?|分別(?:是|為)\s*[：:]?|(?:最大|最小|最多|最少|最好|最差|最高|最低|前[\d一二三四五六七八九十]+位?|后[\d一二三四五六七八九十]+位?|後[\d一二三四五六七八九十]+位?)"
                        r"(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:是|为|為|[：:])")
#: a plain list's introducer at the end of its header
RESPECTIVE_INTRO = re.compile(r"分[别別](?:是|为|為)\s*[：:]?$")
#: a listed place right before the bracket: a short name after a list separator or the introducer
PLACE_BEFORE = re.compile(r"(?:^|[、，,：:；;]|的是|為|为)[\u4e00-\u9fff]{1,10}[（(]\s*[-−－]?\s*$")
#: a place name that ends as an administrative unit does (县, 区, 旗, 开发区…), so that an unbracketed
#: figure after it is read as that place's figure, and "最好的是8月份" or "依次为春季" are not
_PLACE_NAME = r"[\u4e00-\u9fff]{1,12}?(?:县|縣|区|區|市|州|盟|旗|镇|鎮|乡|鄉|街道)"
#: a listed place written straight before its figure, without brackets: 最多的是A县341天, 最好的是B区，为3.31,
#: 依次为C县9.3%、D区6.7%, E区和F区均为3.67 (several places sharing one figure)
PLAIN_PLACE_BEFORE = re.compile(rf"(?:[、，,：:；;]|的是|依次[是为為])\s*{_PLACE_NAME}(?:\s*[和与與及、]\s*{_PLACE_NAME})*"
                                r"\s*[，,]?\s*(?:均|都)?(?:[为為是]|达到?|達到?)?\s*$")
#: the measures a figure's unit can belong to: a count of days is never a share or a concentration
_UNIT_MEASURES = {
    "days": ("air.good_days", "air.heavy_pollution_days", "air.blue_sky_days"),
    "µg/m³": ("air.pm25", "air.pm10", "air.o3", "air.so2", "air.no2"),
    "mg/m³": ("air.co",),
}


def _measure(fragment: str, unit: str | None = None) -> str | None:
    """The last air measure named in ``fragment``; with a ``unit``, the last one a figure in that unit measures.

    ``优良天数平均为318天，平均优良率为87.1%`` names two measures; a later ``341天`` counts the days.
    """
    found = compatible = None
    allowed = _UNIT_MEASURES.get(unit or "")
    for match in MEASURE.finditer(fragment):
        found = MEASURES[int(match.lastgroup[1:])][0]
        if allowed and found in allowed:
            compatible = found
    return compatible or found


def _sentence_start(text: str, start: int) -> int:
    return max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))


def _ranked_measure(text: str, s_start: int, header_end: int, unit: str | None = None) -> str | None:
    """What the ranking ranks: the measure its sentence names, else the one of the sentence before."""
    header = text[s_start:header_end]
    if GOAL.search(header) or NOT_AIR.search(header):
        return None
    measure = _measure(header, unit)
    # a plain 分别为 list names its measure itself; the sentence before may speak of something else
    if measure is None and s_start > 0 and not RESPECTIVE_INTRO.search(header):
        previous = text[_sentence_start(text, s_start - 1):s_start]
        if not NOT_AIR.search(previous):
            measure = _measure(previous, unit)
    return measure


def _is_list_position(text: str, start: int, end: int) -> bool:
    """A top or bottom position (``前3位``, ``后三位``, or ``三位`` after 前/后) that opens a list of places."""
    q = normalize_quantity(text[start:end])
    if q.unit in ("top", "bottom"):
        pass
    elif q.unit in ("位", "名") and start > 0 and text[start - 1] in "前后後":
        pass
    else:
        return False
    return bool(LIST_AFTER.match(text[end:end + 8]))


def _list_header(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(sentence start, end of the list's introducer)`` when the number is bracketed after a listed place."""
    s_start = _sentence_start(text, start)
    bracketed = PLACE_BEFORE.search(text[max(s_start, start - 14):start]) and re.match(r"\s*[)）]", text[end:end + 2])
    if not bracketed and not PLAIN_PLACE_BEFORE.search(text[max(s_start, start - 32):start]):
        return None
    intros = list(LIST_INTRO.finditer(text, s_start, start))
    return (s_start, intros[-1].end()) if intros else None


#: the size of a change reported as the largest or smallest, with its figure after a comma:
#: ``二氧化氮降幅最大，达到12.4%`` (GUIDELINES s.3: a fall reported as a size is still down)
MAGNITUDE_BEFORE = re.compile(r"(?P<word>降幅|升幅|增幅|涨幅|漲幅|改善幅度|下降幅度|上升幅度)(?:最大|最小|最为明显|最明显|最高|居首)"
                              r"\s*[，,]?\s*(?:达到?|達到?|为|為|是)\s*$")


def _magnitude(text: str, start: int) -> re.Match | None:
    """The superlative change word right before a figure (``降幅最大，达``), within its sentence."""
    s_start = _sentence_start(text, start)
    return MAGNITUDE_BEFORE.search(text, max(s_start, start - 16), start)


def magnitude_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """``X降幅最大，达到N%``: the change of the air measure the sentence names before the word.

    The classifier reads ``达到`` as a level reached and the comma hides the change word from it;
    a sentence that names no air measure before the word is left alone.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        found = _magnitude(text, start)
        if found is None:
            continue
        s_start = _sentence_start(text, start)
        fragment = text[s_start:found.start()]
        if GOAL.search(fragment):
            continue
        measure = _measure(fragment)
        if measure is not None:
            out[i] = (measure, "change")
    return out


def list_change_word(text: str, start: int, end: int) -> str | None:
    """The word of a ranking list's header that says what changed (降幅, 恶化…), for a bracketed item.

    The direction component reads the item's direction from it, as it reads a table cell's from its
    column header: ``降幅前3位依次是：A(-20.1%)`` is down, ``恶化最多的是B(-6.1%)`` is up.
    """
    header = _list_header(text, start, end)
    if header is None:
        found = _magnitude(text, start)
        return found.group("word") if found else None
    words = list(CHANGE_RANKED.finditer(text, *header))
    return words[-1].group().rstrip("最") if words else None


def ranked_list_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Top and bottom positions of a ranking list, and the figures bracketed after its places (see module doc)."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if _is_list_position(text, start, end):
            measure = _ranked_measure(text, _sentence_start(text, start), start)
            if measure is not None:
                out[i] = (measure, "rank")
            continue
        header = _list_header(text, start, end)
        if header is None:
            continue
        measure = _ranked_measure(text, *header, unit=normalize_quantity(text[start:end]).unit)
        if measure is None:
            continue
        out[i] = (measure, "change" if CHANGE_RANKED.search(text, *header) else "value")
    return out
