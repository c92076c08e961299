"""``ecoie_context``: what the article is about — place, date, title.

Every stage that resolves ``市``/``全市``/``我市`` or a year needs to know the
article's city and date.  This component reads them, in order of trust:

* the input's metadata (``meta.published``, ``meta.title``, ``meta.city``);
* labelled page fields (``成文日期 | 2024-01-31``, ``发布时间：2024年07月26日``,
  ``发布日期：…``) and a dateline near the top (``2022-03-10 13:30:03``);
* for the place, the most mentioned prefecture-level city among the GPE
  entities and the place prefixes of organisation names (``聊城市生态环境局``),
  with its province from the division table.

The result is ``doc._.context`` (a :class:`DocContext`), exported to the
record's ``meta``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import CITY_PART_KIND, DIRECT_COUNTY_MARK, county_short_words, division_short
from .segmenter import resolve_project_path
from .spans import text_of

from ..contract import META_KEY, doc_meta  # noqa: F401  (META_KEY re-exported)

LABELLED_DATE = re.compile(
    r"(?:成文日期|发布日期|发布时间|发文日期|日期|时间)\s*[|｜:：]?\s*"
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
DATELINE = re.compile(r"(?:^|\n)[^\n]{0,30}?((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
#: who the article speaks for: a province, a city or a county
PROVINCE_WORDS = re.compile(r"全省|我省|本省|省委|省政府|省生态环境厅|省环保厅|全区(?=[^县市]{0,3}(?:各市|地级))|自治区")
CITY_WORDS = re.compile(r"全市|我市|本市|市委|市政府|市生态环境局|市环保局")
COUNTY_WORDS = re.compile(r"全县|我县|本县|县委|县政府|县生态环境|分局|全区|我区|区委|区政府|全旗|旗委")
#: a county speaking of itself, with no word an autonomous region or a city's branch office shares (全区, 分局)
COUNTY_OWN_VOICE = re.compile(r"全县|我县|本县|县委|县政府|县长|我区|区委|区政府|区长|全旗|旗委|旗政府|我旗")


@dataclass
class DocContext:
    published: str | None = None
    year: int | None = None
    title: str | None = None
    city: str | None = None
    province: str | None = None
    county: str | None = None
    #: the most mentioned county even when the article is not about it: what a bare 县/区 in a
    #: body's name (县生态环境分局) stands for; never exported as the article's county
    local_county: str | None = None

    def as_meta(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None and k not in ("year", "local_county")}


@dataclass(frozen=True)
class Division:
    name: str
    short: str
    level: str
    province: str
    city: str


@lru_cache(maxsize=2)
def load_divisions(path: str) -> dict[str, Division]:
    """Name and short form -> division (prefecture-level and provinces win for short forms)."""
    table: dict[str, Division] = {}
    for line in resolve_project_path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, short, level, _code, province, city = (line.split("\t") + [""] * 6)[:6]
        direct = DIRECT_COUNTY_MARK in city
        if direct:
            city = name  # 文昌市, 济源市, 仙桃市: governed by the province directly, each is its own city
        div = Division(name, short, level, province, city)
        table.setdefault(name, div)
        if (level in ("province", "city") or direct) and len(short) >= 2:
            table.setdefault(short, div)  # …and is written short like a city (济源, 仙桃)
        if level == "city" and name.endswith("自治州"):  # 湘西州, 延边州, 伊犁州 as articles write them
            base = division_short(name)
            table.setdefault(f"{base}州", div)
            table.setdefault(base, div)
        if level == "county" and name.endswith(("自治县", "自治旗")) and len(division_short(name)) >= 2:
            table.setdefault(f"{division_short(name)}{name[-1]}", div)  # 景东县, 玉屏县: without its peoples
    return table


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}" if 1 <= int(m) <= 12 and 1 <= int(d) <= 31 else None
    except ValueError:
        return None


def find_published(text: str, head: int = 800) -> str | None:
    m = LABELLED_DATE.search(text)
    if m:
        return _iso(*m.groups())
    m = DATELINE.search(text[:head])
    return _iso(*m.groups()) if m else None


#: how many short lines above the headline are read as a page's column heading (新闻详情, 正文, 工作动态)
HEADING_LINES = 2
#: a headline is longer than a column heading: fewer characters than this name the page's column
HEADLINE_MIN = 8


def find_title(text: str, boilerplate: list[tuple[int, int]]) -> str | None:
    """The article's headline: the first line outside the boilerplate that reads as one (no sentence end,
    no leading figure).  A short line before it (新闻详情, 工作动态) is the column the page files it
    under, not the headline; with nothing longer after it, the short line is the headline after all."""
    pos, skipped = 0, []
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or any(bs <= start < be for bs, be in boilerplate):
            continue
        if 4 <= len(stripped) <= 60 and not re.search(r"[。；;！!？?]$", stripped) and not re.match(r"\d", stripped):
            if len(stripped) >= HEADLINE_MIN or len(skipped) >= HEADING_LINES:
                return stripped
            skipped.append(stripped)
            continue
        break
    return skipped[0] if skipped else None


@Language.factory("ecoie_context", requires=["doc.ents"], assigns=["doc._.context"],
                  default_config={"divisions": "configs/gazetteers/divisions.tsv",
                                  "county_words": "configs/gazetteers/county_short_words.txt"})
def create_context(nlp: Language, name: str, divisions: str,
                   county_words: str = "configs/gazetteers/county_short_words.txt") -> "ContextReader":
    return ContextReader(divisions, county_words)


#: a county's own media, named by its short name (某某融媒, 某某发布, 某某融媒体中心): in a county article
#: often the only place the county is named at all ("信息来源:某某融媒")
LOCAL_OUTLET = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:县|区|市|旗)?(?:融媒体中心|融媒|发布|新闻网|新闻中心|广播电视台|电视台|手机台|微讯|日报|报)$")


class ContextReader:
    def __init__(self, divisions: str, county_words: str | None = "configs/gazetteers/county_short_words.txt"):
        self.divisions = load_divisions(divisions)
        # a short name the entity layer tagged as a place already has the article's evidence, so an ordinary
        # word (和平, 资源) may well be the article's own county; only the narrower kind "a part of any city
        # or county" of the county words (阳泉市|城区, 某市|郊区, 某县|城关) names no one county even then
        city_parts = county_short_words(county_words, (CITY_PART_KIND,)) if county_words else frozenset()
        #: county-level short names (蕉城, 平原) -> the counties so named, for articles that write their own
        #: county short; the table above keeps short forms of provinces and cities only
        self.county_shorts: dict[str, list[Division]] = {}
        for div in {id(d): d for d in self.divisions.values()}.values():
            if div.level == "county" and len(div.short) >= 2 and div.short not in self.divisions \
                    and div.short not in city_parts:
                self.county_shorts.setdefault(div.short, []).append(div)

    def __call__(self, doc: Doc) -> Doc:
        meta = doc_meta(doc)
        boilerplate = meta.get("_boilerplate", [])
        published = _normal_date(meta.get("published")) or find_published(text_of(doc))
        ctx = DocContext(published=published, year=int(published[:4]) if published else None,
                         title=meta.get("title") or find_title(text_of(doc), boilerplate))
        ctx.city, ctx.province, ctx.county, ctx.local_county = self._place(doc, meta, ctx.title or "")
        doc._.context = ctx
        return doc

    def _place(self, doc: Doc, meta: dict, title: str) -> tuple[str | None, str | None, str | None, str | None]:
        """The article's city, province and county.

        * city: the most mentioned prefecture-level city — unless the article
          speaks for a whole province (省政府, 全省, 省生态环境厅 outnumber the
          city-level words and no city is in the headline): then none;
        * county: only for an article about a county (it is in the headline,
          or named at least twice and more often than its city), never merely
          the first county mentioned.
        """
        cities: Counter = Counter()
        provinces: Counter = Counter()
        counties: Counter = Counter()
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "ORG"):
                continue
            if ent.label_ == "GPE" and len(named := self.county_shorts.get(ent.text, [])) == 1 and named[0].city \
                    and ent.text not in self.divisions:
                # a county by its short name alone (乌兰浩特|市委书记) points at its prefecture; the county
                # itself is counted only where written in full (a list of short names is no county article)
                cities[named[0].city] += 0.5
                continue
            for div in self._divisions_in(ent.text):
                if div.level == "city":
                    cities[div.name] += 1
                elif div.level == "province":
                    provinces[div.name] += 1
                elif div.level == "county":
                    counties[div.name] += 1
                    if div.city:
                        cities[div.city] += 0.5
        text = text_of(doc)
        city_voice = len(CITY_WORDS.findall(text))
        province = meta.get("province")
        city = meta.get("city")
        if not city and cities:
            top, n = cities.most_common(1)[0]
            province_voice = len(PROVINCE_WORDS.findall(text))
            in_title = any(name in title for name in self._names(top))
            if in_title or n >= 3 or not (province_voice >= 2 and province_voice > 1.5 * city_voice):
                city = self._as_written(top, text)
        if not province and city and city in self.divisions:
            province = self.divisions[city].province
        if not province and provinces:
            province = provinces.most_common(1)[0][0]
        if not province and cities:  # a province-wide article naming only its cities
            top = self.divisions.get(cities.most_common(1)[0][0])
            province = top.province if top else None
        if not city and province in MUNICIPALITIES:
            city = province  # 北京市, 天津市, 上海市, 重庆市 are cities too
        county = meta.get("county")
        county_voice = len(COUNTY_WORDS.findall(text))
        if not county and counties:
            top, n = counties.most_common(1)[0]
            in_title = any(name in title for name in self._names(top))
            own_city = self.divisions[top].city if top in self.divisions else None
            if in_title or (n >= 2 and county_voice >= city_voice) or n >= max(3, cities.get(own_city, 0)):
                county = top
        if not county:
            # an article in its own county's voice (县委, 我县, 区政府…) that names one county and only one,
            # perhaps by its short name or its media alone (蕉城, "来源:某某融媒")
            named = set(counties) | set(self._counties_by_short_name(doc, city, province))
            own_voice = len(COUNTY_OWN_VOICE.findall(text))
            if len(named) == 1 and own_voice >= 3 and own_voice > city_voice:
                county = named.pop()
                if not city and county in self.divisions:
                    city = self.divisions[county].city or None
                    province = province or self.divisions[county].province
        municipality = self.divisions[county].province if county in self.divisions else None
        if municipality in MUNICIPALITIES and not (city or province):
            # a district of 天津/上海… (西青区, 普陀区): its municipality, which no count above names, is
            # its city and province both
            city = province = municipality
        local = county or (counties.most_common(1)[0][0] if counties else None)
        return city, province, self._as_written(county, text), self._as_written(local, text)

    def _counties_by_short_name(self, doc: Doc, city: str | None, province: str | None) -> Counter:
        """Counties the article names by their short name: a place (蕉城, 平原) or its own media (某某融媒).

        A short name counts only where it points at one county: the one in the article's city, else in its
        province, else the only county in the country so named.
        """
        found: Counter = Counter()
        for ent in doc.ents:
            if ent.label_ == "GPE":
                short = ent.text
            elif ent.label_ == "ORG" and (m := LOCAL_OUTLET.match(ent.text)):
                short = m.group(1)
            else:
                continue
            named = self.county_shorts.get(short, [])
            for scope in ([d for d in named if city and d.city == city], [d for d in named if province and d.province == province], named):
                if scope:
                    if len(scope) == 1:
                        found[scope[0].name] += 1
                    break
        return found

    def _as_written(self, name: str | None, text: str) -> str | None:
        """An autonomous prefecture or county as the article writes it, when it writes it without its peoples
        more often than in full (湘西土家族苗族自治州 -> 湘西州, 景东彝族自治县 -> 景东县)."""
        if name and name.endswith(("自治州", "自治县", "自治旗")):
            short = f"{division_short(name)}{name[-1]}"
            if text.count(short) > text.count(name):
                return short
        return name

    def _names(self, name: str) -> list[str]:
        """A division's full and short names (聊城市, 聊城)."""
        div = self.divisions.get(name)
        return [n for n in {name, div.short if div else ""} if len(n) >= 2]

    def _divisions_in(self, text: str) -> list[Division]:
        """Divisions a GPE names (河南省濮阳市台前县 -> three) or an ORG starts with (聊城市生态环境局)."""
        out, i = [], 0
        while i < len(text):
            for j in range(min(len(text), i + 12), i + 1, -1):
                div = self.divisions.get(text[i:j])
                if div:
                    out.append(div)
                    i = j
                    break
            else:
                break
        return out


def _normal_date(value) -> str | None:
    if not value:
        return None
    m = re.match(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", str(value))
    return _iso(*m.groups()) if m else None
