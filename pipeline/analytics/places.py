"""Jurisdiction names to divisions, so that 聊城, 聊城市 and 山东省聊城市 are one place.

Articles name a place in many ways: the full name, the short form, with its
province or city in front, or — for municipalities — as both province and
city.  Grouping figures across articles needs one key per place, so names are
parsed against the division gazetteer (``configs/gazetteers/divisions.tsv``,
the file :func:`pipeline.components.context.load_divisions` reads): the
longest known division name at each position, left to right; the last one is
the place and the earlier ones choose between namesakes (朝阳区 in 北京市 or
长春市).  A name that is not made of divisions keeps its own spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..components.context import Division
from ..components.segmenter import resolve_project_path

DEFAULT_DIVISIONS = "configs/gazetteers/divisions.tsv"
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}


@dataclass(frozen=True)
class Place:
    name: str
    level: Optional[str]
    province: Optional[str]
    city: Optional[str]


class Gazetteer:
    """Every division under its full name and (provinces, cities) its short form; namesakes kept."""

    def __init__(self, path: str = DEFAULT_DIVISIONS):
        self.by_name: dict[str, list[Division]] = {}
        for line in resolve_project_path(path).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith(("#", "name\t")):
                continue
            name, short, level, _code, province, city = (line.split("\t") + [""] * 6)[:6]
            div = Division(name, short, level, province, city)
            self.by_name.setdefault(name, []).append(div)
            if level in ("province", "city") and len(short) >= 2 and short != name:
                self.by_name.setdefault(short, []).append(div)
        self.longest = max(len(k) for k in self.by_name)
        self._cache: dict[tuple, Place] = {}

    def resolve(self, name: Optional[str], province: Optional[str] = None, city: Optional[str] = None) -> Optional[Place]:
        """The place ``name`` denotes; ``province``/``city`` (the article's) break ties between namesakes."""
        if not name or not name.strip():
            return None
        key = (name, province, city)
        place = self._cache.get(key)
        if place is None:
            place = self._cache[key] = self._resolve(name.strip(), province, city)
        return place

    def _resolve(self, name: str, province: Optional[str], city: Optional[str]) -> Place:
        parts: list[list[Division]] = []
        i = 0
        while i < len(name):
            for size in range(min(self.longest, len(name) - i), 0, -1):
                found = self.by_name.get(name[i:i + size])
                if found:
                    parts.append(found)
                    i += size
                    break
            else:
                break
        ctx_province, ctx_city = province, city
        chosen: Optional[Division] = None
        for candidates in parts:
            chosen = _pick(candidates, ctx_province, ctx_city)
            ctx_province = chosen.province or chosen.name
            if chosen.level == "city":
                ctx_city = chosen.name
            elif chosen.level == "county":
                ctx_city = chosen.city or ctx_city
        if chosen is None or i < len(name):
            # not (only) divisions: keep the name, with whatever the known prefix tells
            prov = chosen.province or chosen.name if chosen is not None else None
            cty = (chosen.name if chosen.level == "city" else chosen.city or None) if chosen is not None else None
            return Place(name, None, prov, cty)
        if chosen.level == "province":
            return Place(chosen.name, "province", chosen.name, chosen.name if _municipality(chosen) else None)
        if chosen.level == "city":
            return Place(chosen.name, "city", chosen.province, chosen.name)
        return Place(chosen.name, "county", chosen.province, chosen.city or chosen.province)


def _municipality(div: Division) -> bool:
    return div.name in ("北京市", "天津市", "上海市", "重庆市")


def _pick(candidates: list[Division], province: Optional[str], city: Optional[str]) -> Division:
    """Among namesakes: the one in the context's city, then province; else the higher level."""
    def score(d: Division) -> tuple:
        return (
            0 if city and d.city == city else 1,
            0 if province and (d.province == province) else 1,
            _LEVEL_RANK.get(d.level, 3),
        )
    return min(candidates, key=score)


@lru_cache(maxsize=2)
def gazetteer(path: str = DEFAULT_DIVISIONS) -> Gazetteer:
    return Gazetteer(path)
