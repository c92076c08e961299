"""A county's short name that is no ordinary word: a place wherever it stands as a word.

Articles from a county name it, and its neighbours, by the short name (如东 for 如东县, 清城 for
清城区: 清城今年新建了两座污水处理站).  Many short names are ordinary words, given names or brands
too (和平, 资源, 会同, 建华, 吉利), so the other place passes take a short name only with the
article's evidence: a list of places, the county named in full, its prefecture named.  The rest —
most of them, 如东, 德钦, 蕉城 — mean nothing but the county, and need no evidence; which are which
is data (``configs/gazetteers/county_short_words.txt``), read by
:func:`..gazetteer.lone_county_names`.
"""

from __future__ import annotations

import re

from ..gazetteer import LOC_SUFFIXES
from .knowledge import NOT_DIVISIONS, PlaceKnowledge
from .places import STREET_AFTER, ZONE_AFTER
from .placing import Candidate, put_places, taken_mask

#: a name running on from the county's short name to a firm, a school, a hospital (如东|某某化工有限公司,
#: 德钦|中学), with no function word between (位于如东|的某某公司: a place): the short name is part of
#: that organisation's name, never a place of its own (a facility's name, 某某|机场, 某某|车站, is no
#: entity: the place in it is one)
FIRM_AFTER = re.compile(r"[^\W\d_的和与及在是为对向把将被了等由]{0,6}?(?:有限公司|公司|集团|厂|中学|小学|大学|学校|医院|银行)")
#: a trade right after the county's short name names a firm (某某|钢铁, 某某|化工): the firm's name
TRADE_AFTER = ("钢铁", "化工", "水泥", "电力", "热电", "能源", "矿业", "实业", "药业")
#: a feature or an area named after the county's name (文昌|湖区, 木里|矿区, 某某|河): the name is the feature's
FEATURE_AFTER = LOC_SUFFIXES + ("矿区", "林区", "景区", "库区")
#: words right after the short name that make it part of a longer name
NAME_GOES_ON = STREET_AFTER + FEATURE_AFTER + TRADE_AFTER


def county_names_alone(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                       starts: set[int], ends: set[int]) -> list[Candidate]:
    """Short names of counties (``knowledge.lone_counties``) standing as words nothing else claimed.

    A name counts where the segmenter made it a word (its start a token start, its end a token
    end: 如东 in 如东县 or 如东海 is no word); where it is no feature of the natural gazetteer, no
    word of the repair lists, and no prefecture's name too (阿坝: the gazetteer and its evidence
    decide those); and where it starts no street, zone, feature or firm (清城|大道, 如东|经济开发区,
    文昌|湖区, 德钦|某某有限公司, 某某|钢铁).  A place is never put over an entity another step
    chose (a person's given name, a firm the model read): only free characters are taken.
    """
    names = knowledge.lone_counties
    if not names:
        return chosen
    longest = max(map(len, names))
    taken = taken_mask(text, chosen)
    new = []
    for s in sorted(starts):
        e = next((s + k for k in range(longest, 1, -1) if s + k in ends and text[s:s + k] in names), None)
        if e is None or taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1:
            continue
        name = text[s:e]
        if (name in knowledge.natural.names or name in knowledge.prefectures or name in NOT_DIVISIONS
                or name in knowledge.repair.lists.not_gpe):
            continue
        if text.startswith(NAME_GOES_ON, e) or ZONE_AFTER.match(text, e) or FIRM_AFTER.match(text, e):
            continue
        new.append((s, e, False))
    return put_places(text, list(chosen), new)
