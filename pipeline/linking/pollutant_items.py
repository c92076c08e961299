"""A number whose own clause names one air pollutant measures that pollutant.

Chinese news lists a pollutant's figures item by item, each item led by the pollutant's name:
``二氧化硫下降41.2%、二氧化氮下降2.2%、PM10下降15.2%`` or ``PM10浓度削减率全省排名第一``.  The
classifier reads the words on both sides of a number and, in such a run of look-alike items, often
takes the name of the neighbouring item (the next one or the one before).  ANNOTATION s.3 says the
indicator is the thing measured; when the number's own item — the text back to the last comma,
enumeration comma or semicolon — is nothing but one pollutant's name, a concentration word and a
change word, or one pollutant's name and a ranking, the item says which pollutant it is.

Items that name a second measure (综合指数, 优良天数, 达标) or two pollutants are left to the list and
shared-value rules; so are items with more than a short lead (``其中``, ``城区``) before the name.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from .contract_rules import CHANGE_WORD, CONCENTRATION_UNITS, POLLUTANT_NAMES, SHARE_UNITS, Decision, pollutant_sequence

#: where an item of a run begins
ITEM_START = re.compile(r"[、，,；;。！？\n：:]")
#: what may stand between the pollutant's name and a change: a bracketed alias, a concentration word
CONCENTRATION_TAIL = re.compile(r"\s*[)）]?\s*(?:[（(][^（()）]{1,10}[)）])?(?:的)?(?:年|月|日)?(?:平均|年均|月均|日均)?(?:浓度)?(?:均值|平均值)?\s*")
#: a ranking after the name: PM10浓度削减率全省排名, PM2.5改善幅度居全市
RANK_TAIL = re.compile(r"[^，,。；;、\d]{0,12}?(?:排名|排|居|位列|位居|列)(?:全国|全省|全市|全区|[^，,。；;、\d]{0,8})?(?:第)?$")
RANK_UNITS = ("rank", "rank_from_end", "top", "bottom")
#: another measure in the item: the item is not one pollutant's
OTHER_MEASURE = re.compile(r"综合指数|优良|达标|天数|天气|指标|均为|均居|均列|分别|水质|断面")
#: a short lead before the name (其中, 城区, 全市); anything longer is another construction
LEAD = re.compile(r"(?:其中|其次|另外|城区|市区|主城区|中心城区|全市|全县|全区|全省)?\s*")


def _name_end(item: str) -> int | None:
    """End of the single pollutant name that leads ``item`` (after a short lead), or None."""
    if len(pollutant_sequence(item)) != 1:
        return None
    hits = sorted((m.start(), m.end()) for _, pat in POLLUTANT_NAMES for m in pat.finditer(item))
    first_start = hits[0][0]
    if not LEAD.fullmatch(item[:first_start]):
        return None
    return max(e for _, e in hits)


def pollutant_item_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (pollutant, None) for changes and ranks whose own item names one pollutant and nothing else."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        unit = normalize_quantity(text[start:end]).unit
        is_rank = unit in RANK_UNITS
        if not is_rank and unit not in SHARE_UNITS and unit not in CONCENTRATION_UNITS:
            continue
        lo = max(0, start - 40)
        marks = [m.end() for m in ITEM_START.finditer(text, lo, start)]
        item = text[max(marks) if marks else lo:start]
        if OTHER_MEASURE.search(item):
            continue
        name_end = _name_end(item)
        if name_end is None:
            continue
        tail = item[name_end:]
        if is_rank:
            if not RANK_TAIL.fullmatch(tail):
                continue
        else:
            rest = tail[CONCENTRATION_TAIL.match(tail).end():]
            if not CHANGE_WORD.fullmatch(rest.strip()) or "分别" in rest or "分別" in rest:
                continue
        pollutant = pollutant_sequence(item)[0]
        if current[i] != pollutant:
            out[i] = (pollutant, None)
    return out
