"""Places written by informal names: nicknames (冰城, 龙江), abbreviations (来闽, 在京) and short city forms (哈市).

Press releases name their own city and province by the names people use, not only by the
divisions' official ones.  Each such name is a common word or character too (龙城, 明, 京), so a
name here is a place only with evidence:

* a nickname (``configs/gazetteers/informal_places.tsv``, kind ``nickname``) where it stands as a word,
  is not the start of a division or a street (鹤城|镇, 鹤城|区 are places of their own), and the article
  names the place it stands for (its full or short name);
* a one-character abbreviation (kind ``abbrev``, and the first character of a prefecture the article
  names: 滁 of 滁州) only in the frame of a movement verb before and a verb or a clause mark after
  (来闽考察, 在京召开, 来滁越冬), where the article names the place;
* a prefecture of three or more characters by its first character and 市 (哈市, 呼市, 乌市), derived
  from the divisions table, where it stands as a word and the article names the city.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import resolve_data_path
from .gazetteer import autonomous_region_short, division_short

#: verbs of coming, going and being before a one-character abbreviation (来闽, 赴京, 驻黔, 在京)
ABBREV_BEFORE = set("来赴驻入离返抵进莅在")
#: what follows such an abbreviation: a verb of the visit or a clause mark (来闽考察, 在京召开, 来滁越冬)
ABBREV_AFTER = re.compile(r"考察|调研|视察|指导|督导|督察|检查|越冬|栖息|召开|举行|举办|出席|参加|开展|工作|期间|以来|后|、|，|,|。|；|;")
#: what makes a nickname the start of another name (鹤城|镇, 龙城|区, 金城|路)
NOT_AFTER = tuple("镇乡村区县市州旗街路道巷站桥网报台")
#: an outlet's name opened by a nickname (某某晚报·齐鲁某某记者): a credit follows within a few characters
OUTLET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:记者|讯|报道|客户端|新闻|频道|融媒)")


@lru_cache(maxsize=4)
def load_informal_places(path: str) -> tuple[tuple[str, str, str], ...]:
    """Rows ``(name, place, kind)`` of the table (``#`` comments, tab-separated)."""
    rows = []
    for line in resolve_data_path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name, place, kind = (line.split("\t") + ["", ""])[:3]
        if name and place and kind in ("nickname", "abbrev"):
            rows.append((name.strip(), place.strip(), kind.strip()))
    return tuple(rows)


def _forms(place: str) -> tuple[str, ...]:
    """How an article names a place: its full name and its short names (哈尔滨市, 哈尔滨; 广西壮族自治区, 广西)."""
    forms = {place, division_short(place)}
    if place.endswith("自治区"):
        forms.add(autonomous_region_short(place))
    return tuple(f for f in forms if len(f) >= 2)


class InformalPlaces:
    """Finds informal place names with the article's evidence; ``prefectures`` are the full names of
    prefecture-level places (for the 哈市 forms and the first-character abbreviations)."""

    def __init__(self, rows: tuple[tuple[str, str, str], ...], prefectures: frozenset[str],
                 ancestors: dict[str, frozenset[str]] | None = None):
        #: a division's name (full or short) -> the province and prefecture it lies in: a page that names
        #: 回民区 names 呼和浩特 by it, a page that names 三明 names 福建
        self.ancestors = ancestors or {}
        self.nicknames: dict[str, list[str]] = {}
        self.abbrevs: dict[str, list[str]] = {}
        for name, place, kind in rows:
            (self.nicknames if kind == "nickname" else self.abbrevs).setdefault(name, []).append(place)
        self.city_forms: dict[str, list[str]] = {}
        self.first_chars: dict[str, list[str]] = {}
        for place in prefectures:
            short = division_short(place)
            if len(short) >= 3 and not place.endswith(("自治州", "地区", "盟")):
                self.city_forms.setdefault(short[0] + "市", []).append(place)
            if len(short) == 2 and place.endswith("市"):
                self.first_chars.setdefault(short[0], []).append(place)

    @staticmethod
    def _named(text: str, places: list[str], around: frozenset[str] = frozenset()) -> bool:
        return any(place in around or any(form in text for form in _forms(place)) for place in places)

    def find(self, text: str, starts: set[int], ends: set[int], places: tuple[str, ...] = ()) -> list[tuple[int, int, int]]:
        """``(start, end, extent_start)`` of each informal place name; the extent reaches over the verb
        of an abbreviation's frame, which a model may have read with it as a name (来闽).  ``places``
        are the places the article names (its GPE spans): their province and prefecture are named too."""
        around = frozenset(a for p in places for a in self.ancestors.get(p, ()))
        out = []
        words = {**{k: v for k, v in self.nicknames.items()}, **self.city_forms}
        if words:
            pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
            for m in pattern.finditer(text):
                s, e = m.start(), m.end()
                # a word of its own, or with 人 (鹤城人: the people of the place)
                whole = e in ends or (text[e:e + 1] == "人" and e + 1 in ends)
                outlet = OUTLET_AFTER.match(text, e) or text[s - 1:s] == "·"
                if s in starts and whole and not outlet and not text.startswith(NOT_AFTER, e) \
                        and self._named(text, words[m.group()], around):
                    out.append((s, e, s))
        for m in re.finditer(r"(?<=[%s])[\u4e00-\u9fff]" % "".join(sorted(ABBREV_BEFORE)), text):
            s, e = m.start(), m.end()
            abbrev_places = self.abbrevs.get(m.group(), []) + self.first_chars.get(m.group(), [])
            if abbrev_places and ABBREV_AFTER.match(text, e) and self._named(text, abbrev_places, around):
                out.append((s, e, s - 1))
        return out
