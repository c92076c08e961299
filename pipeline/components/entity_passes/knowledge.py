"""What every family of entity passes knows about places, held in one object passed explicitly.

The passes decide whether a name is a place from the same tables: the division gazetteer (full and
short names, each county's prefectures, the provinces), the natural-places gazetteer, the repair
lists of :mod:`..entity_rules` and the informal names of places.  ``ecoie_entities`` builds one
:class:`PlaceKnowledge` when the pipeline loads and hands it to each pass that needs it, so a pass
shows in its signature what it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...grammar.natural import NaturalPlaces
from ..entity_rules import EntityRepair
from ..informal_places import InformalPlaces

#: how a division's full name ends
DIVISION_END = ("省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "街道")
#: a township-level member: 大名镇, 旧治乡, 康平街道 (no table lists them; the list's shape is the evidence)
TOWN_END = ("镇", "乡", "街道", "苏木")
#: words that end like a division but name no place
NOT_DIVISIONS = frozenset({"自治区", "自治州", "自治县", "自治旗", "乡镇", "城镇", "村镇", "集镇", "小镇", "市区", "城区", "县城", "郊区", "景区", "园区", "社区", "小区", "片区", "山区", "林区", "矿区",
                           "库区", "湖区", "城市", "县区", "地市", "各县", "各区", "全市", "全县", "全区", "全省", "本市"})
#: function words that open a phrase: never the first character of a name after them (在麻阳, 对环保)
LEADING_FUNCTION = "对在于从向和与及把将由经"


@dataclass
class PlaceKnowledge:
    """The tables the entity passes read, and the questions about places they all ask.

    ``natural`` is built from ``natural_names`` with :meth:`is_division` as its test for a
    division, so a feature named like a county is told from the county by the same tables.
    """

    repair: EntityRepair
    #: every division's name and its name without the suffix (鄞州区, 鄞州): a place by either
    short_places: frozenset[str] = frozenset()
    natural_names: frozenset[str] = frozenset()
    #: county-level names (full and short) -> the prefecture(s) they lie in
    parents: dict[str, frozenset[str]] = field(default_factory=dict)
    #: prefectures and provinces by full and short name -> the full name ``parents`` uses (宁波 -> 宁波市)
    prefectures: dict[str, str] = field(default_factory=dict)
    #: province names, full and short (四川省, 四川): a firm registered under its province
    provinces: frozenset[str] = frozenset()
    #: nicknames and abbreviations of places (冰城, 来闽, 哈市), each with the article's evidence
    informal: InformalPlaces | None = None
    #: county short names that are no ordinary word (如东, 德钦): a place wherever they stand as a word
    lone_counties: frozenset[str] = frozenset()
    #: county short names read otherwise even where the article names the county in full or its prefecture
    #: (振兴 in 创城促振兴 beside 振兴区, 城区; two kinds of configs/gazetteers/county_short_words.txt): a place
    #: only where the article lists it among places
    counties_never_by_evidence: frozenset[str] = frozenset()
    natural: NaturalPlaces = field(init=False)

    def __post_init__(self) -> None:
        self.natural = NaturalPlaces(self.natural_names, self.is_division)

    def is_known_place(self, name: str) -> bool:
        """A division by full or short name, or a prefecture written as short name + 州 (湘西州)."""
        return (name in self.short_places or self.repair.known.get(name) == "GPE"
                or (name.endswith("州") and len(name) >= 3 and name[:-1] in self.short_places))

    def is_division(self, name: str) -> bool:
        """A division or a chain of them, by full or short name (郑州, 河南省濮阳市, 巫山)."""
        return self.is_known_place(name) or self.repair.is_place(name, strict=True)

    @cached_property
    def province_abbreviations(self) -> frozenset[str]:
        """The one-character abbreviations of provinces (川, 滇, 粤) from the informal-places table."""
        if self.informal is None:
            return frozenset()
        return frozenset(a for a, places in self.informal.abbrevs.items()
                         if len(a) == 1 and any(p in self.provinces for p in places))

    def strong_place(self, name: str) -> bool:
        """A place by its own right: a full division name, a province's or city's short name, or a division suffix."""
        return self.repair.known.get(name) == "GPE" or name.endswith(DIVISION_END)
