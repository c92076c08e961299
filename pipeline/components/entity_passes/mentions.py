"""A name the article has already read, read again wherever it stands as a word.

An article names its people, bodies and places several times; the model and the rules find most
mentions but miss some — a short place name in a run of prose (作为|恩施|人), a person named again
without a post, a firm in a later list.  Within one article a string names one thing (one sense per
discourse), so a later mention takes the label the article gave it elsewhere: only where the same
string was read with one label only, where it stands as a word (the segmenter opens and closes a token
at its ends), where nothing else claims any of its characters and outside page chrome.  A wrong reading
would be copied too, so only names that say what they are by their form are read again: a known division
(恩施, 会同县), a water body or other feature by its ending (东辽河), a person, a firm by its ending
(某某钢铁, 某某有限公司) — never a body named by a generic word (林业厅, 专家委员会) or an outlet (某某网).
"""

from __future__ import annotations

import re
from collections.abc import Set

from ...grammar.natural import FEATURE_WORDS
from .county_names import COUNTY_LEVELS
from .knowledge import PlaceKnowledge
from .placing import Candidate, taken_mask

#: the shortest string of each label read again: two-character bodies are too often generic words (党委, 政府)
MIN_CHARS = {"PERSON": 2, "GPE": 2, "LOC": 2, "ORG": 4}
#: the endings of a firm's name: a firm is named by its own words, never by a generic kind of body
FIRM_ENDINGS = ("有限公司", "公司", "集团", "钢铁", "化工", "电厂", "水泥", "纸业", "药业")


#: the level words a county's full name ends with (市, 县, 区, 旗)
COUNTY_SUFFIXES = tuple(COUNTY_LEVELS)
#: what, right after a mention, makes it the head of a longer name (济源|示范区, 草海|国家级自然保护区管理委员会)
LONGER_NAME_AFTER = re.compile(r"(?:国家级|省级|市级)?(?:示范区|新区|开发区|高新区|园区|自然保护区|保护区|湿地公园|森林公园"
                               r"|管理|委员会|管委会|公司|集团|新闻|融媒|日报|发布|网)")


def _says_what_it_is(knowledge: PlaceKnowledge, name: str, label: str, text: str) -> bool:
    if label == "GPE":
        # a county's short name that is an ordinary word too (资源, 和平, 会同) says nothing by its form unless
        # the article writes the county in full somewhere (会同县): read once as a place (perhaps wrongly,
        # inside 自然资源局), it is not read again in 矿产资源
        ordinary = name in knowledge.parents and name not in knowledge.lone_counties \
            and name not in knowledge.prefectures and not name.endswith(COUNTY_SUFFIXES) \
            and not any(name + suffix in text for suffix in COUNTY_SUFFIXES)
        return knowledge.is_known_place(name) and not ordinary
    if label == "LOC":
        return name.endswith(FEATURE_WORDS)
    if label == "ORG":
        return name.endswith(FIRM_ENDINGS)
    return label == "PERSON" and len(name) <= 4


def names_read_again(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                     starts: Set[int], ends: Set[int]) -> list[Candidate]:
    """Add the unread mentions of names the article already holds with one label (see the module doc)."""
    labels: dict[str, set[str]] = {}
    for c in chosen:
        labels.setdefault(text[c[0]:c[1]], set()).add(c[2])
    taken = taken_mask(text, chosen)
    new: list[Candidate] = []
    for name, kinds in labels.items():
        if len(kinds) != 1:
            continue
        label = next(iter(kinds))
        if label not in MIN_CHARS or len(name) < MIN_CHARS[label] or not re.fullmatch(r"[\u4e00-\u9fff·]+", name) \
                or not _says_what_it_is(knowledge, name, label, text):
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if s in starts and e in ends and taken.find(1, s, e) == -1 and blocked.find(1, s, e) == -1 \
                    and not LONGER_NAME_AFTER.match(text, e):
                new.append((s, e, label, "rule", 1.0))
                taken[s:e] = b"\x01" * (e - s)
    return sorted(chosen + new) if new else chosen
