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

from ..entity_rules import LEVEL_WORDS, PREFECTURE_ONLY_LEVELS
from ..gazetteer import LOC_SUFFIXES
from .knowledge import LEADING_FUNCTION, NOT_DIVISIONS, PlaceKnowledge
from .places import STREET_AFTER, ZONE_AFTER
from .placing import Candidate, opens_word, put_places, taken_mask

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


#: the level a county-level division's full name ends with, which its own bodies repeat (县委, 区政府, 旗委)
COUNTY_LEVELS = "".join(level for level in LEVEL_WORDS if level not in PREFECTURE_ONLY_LEVELS)


def county_short_names_before_bodies(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                                     blocked: bytearray, starts: set[int]) -> list[Candidate]:
    """A county's short name written before a body or post that opens with the county's level word.

    会同县委 is read 会同|县委 by the segmenter: the county's full name (会同县) and its committee
    (县委) share the 县.  Before a body the short name is the body's own (会同县委, 澜沧县人民政府,
    泾源县委宣传部: one ORG, as written); before a post folded with its committee it is the place
    (会同|县委书记: GPE + TITLE, GUIDELINES).  Only a name whose short form plus that level word is
    a known division counts, so an ordinary word before 县委 (要求县委, 全县委) changes nothing; a
    person or an organisation already over the short name keeps it.
    """
    out = sorted(chosen)
    taken = {}
    for c in out:
        for i in range(c[0], c[1]):
            taken[i] = c
    result = list(out)
    for c in out:
        s, e, label = c[0], c[1], c[2]
        if label not in ("ORG", "TITLE") or text[s] not in COUNTY_LEVELS:
            continue
        for k in (8, 7, 6, 4, 3, 2):  # 马边彝族自治|县委: an autonomous county's name before its level
            p = s - k
            short = text[p:s] if p >= 0 else ""
            if k > 4 and not short.endswith("自治"):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]+", short) or not knowledge.is_known_place(short + text[s]) \
                    or blocked.find(1, p, s) != -1:
                continue
            if not (opens_word(text, p, starts)
                    or text[p - 1] in LEADING_FUNCTION or (p - 1 in taken and taken[p - 1][2] == "GPE")):
                continue
            over = {taken[i] for i in range(p, s) if i in taken}
            if any(o[2] not in ("GPE", "LOC") or o[0] < p for o in over):
                break  # 某人|县委书记, a firm's name: what another step chose stands
            result = [o for o in result if o not in over and o != c]
            if label == "ORG":
                result.append((p, e, "ORG", "rule", c[4]))
            else:
                result += [(p, s, "GPE", "rule", c[4]), c]
            break
    return sorted(result)


#: the level words a county's full name ends with, simplified and traditional
COUNTY_SUFFIXES_ALL = ("区", "县", "市", "旗", "區", "縣")
#: what after a county's short name speaks of the county's people and economy, never of a river (某某|干部群众, 某某|GDP)
PEOPLE_AFTER = re.compile(r"干部|幹部|群众|群眾|人民|经济|經濟|GDP|作为|作為|发展|發展|区委|區委|县委|縣委|政府")


def counties_named_like_rivers(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A county named like the river it lies on (綦江区 on the 綦江), written short before words for its people
    and economy (某某|干部群众, 某某|作为…城市): the county (GPE), not the river the natural gazetteer reads it as.
    Anywhere else (某某|流域, 某某|某断面, 保护|某某。) the river keeps it: the river's words are too many to list."""
    out = []
    for c in chosen:
        s, e, label = c[0], c[1], c[2]
        name = text[s:e]
        if label == "LOC" and name in knowledge.parents and not name.endswith(COUNTY_SUFFIXES_ALL) \
                and PEOPLE_AFTER.match(text, e):
            c = (s, e, "GPE") + tuple(c[3:])
        out.append(c)
    return out
