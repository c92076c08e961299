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
from spacy.tokens import Doc, Span

from .entity_passes.county_names import COUNTY_LEVELS
from .gazetteer import CITY_PART_KIND, DIRECT_COUNTY_MARK, county_short_words, division_short, lone_county_names
from .segmenter import resolve_project_path
from .spans import text_of

from ..contract import META_KEY, doc_meta  # noqa: F401  (META_KEY re-exported)

#: a web page's year: pages are not older than the web (a founding date, 创刊 1945年, is no publication date)
PAGE_YEAR = r"(?:199\d|20\d{2})"
#: a labelled page field (发布时间: 2024-07-26, 发文日期: | 2021-06-05 in a table of fields, 时间: alone); a time
#: of something else (拍摄时间, 督察进驻时间, 最后修改时间, 归档时间) is none
LABELLED_DATE = re.compile(
    r"(?:成文日期|发布日期|发布时间|发文日期|(?:更新|上传|录入|刊发|发稿|信息|北京)(?:日期|时间)|(?<![\u4e00-\u9fff])(?:日期|时间))[\s|｜:：]*"
    rf"({PAGE_YEAR})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})")
#: the page's own publication field, which wins over any other labelled date before it (归档时间:2024/2/27 above
#: 发布时间:2019-10-15: the archive's date is when the site filed the page, not when it was published)
PUBLICATION_FIELD = re.compile(
    r"(?:成文日期|发布日期|发布时间|发文日期|发表时间|發佈日期|發布時間|發表時間)[\s|｜:：]*"
    rf"({PAGE_YEAR})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})")
#: a date near the top of a line standing as a dateline: followed by a time, the line's end, a separator, the
#: page's byline fields (after a closing bracket too: 【2017-08-03】 点击:, 网址(2020-06-01)来源:) or an e-paper's
#: issue (第2018-05-08期)
#: — never a date that opens a range or a clause of the body (…如下:2023年4月6日至6月5日), nor the lead's own date
#: (2016年11月11日上午,…: the day the report tells of, :data:`LEAD_DATE`), nor the day a portal prints for its reader
#: (今天是 2025年06月21日); an e-paper writes the year apart (2024 7月13日 星期六)
DATE_PARTS = rf"({PAGE_YEAR})(?:[-/.年]|[ \t]+(?=\d{{1,2}}月))(\d{{1,2}})[-/.月](\d{{1,2}})"
DATELINE = re.compile(rf"(?:^|\n)[^\n]{{0,30}}?(?<!今天是)(?<!今天是 ){DATE_PARTS}[日/]?(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                      r"(?=\s|$|[|｜]|[)）】\]]\s*(?:来源|来自|作者|浏览|阅读|点击|编辑)|来源|来自|作者|发布|浏览|阅读|点击|编辑|责任|字号|【|星期|期)")
#: a lead opening on its day (2016年11月11日上午,某市召开…; 某某讯(记者 X)2020年11月6日下午,…): the day the report
#: tells of, not the page's publication (GUIDELINES: a body date is no ``published``), yet the year and day the
#: page's other dates are read against when the page prints no date of its own
LEAD_DATE = re.compile(rf"(?:^|\n)[^\n]{{0,30}}?{DATE_PARTS}日?(?=(?:上午|下午|晚上?|早上|中午)?[,，])")
#: a page stamp with its time of day anywhere near the top (某某网 http://… 2022-09-23 10:49:30, 来源:某某日报
#: 2019-01-02 09:24:14): a time written beside a date is what a page prints, a body sentence writes 上午10时
TIMED_STAMP = re.compile(rf"{DATE_PARTS}日?[ \t]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?")
#: a date closing a line after a space, near the top (…的报告 2024-04-02, 某某发布 2024-02-20): the page's date
#: printed after its headline or outlet
LINE_END_DATE = re.compile(rf"[ \t\u3000]{DATE_PARTS}日?[ \t]*(?=\n)")

#: a page stamp written day first, as some portals print it (17.10.2017 04:57): always with its time, which no
#: version number or decimal has, and alone on its line or before the page's source field
DAY_FIRST_STAMP = re.compile(rf"(?:^|\n)[ \t]*(\d{{1,2}})\.(\d{{1,2}})\.({PAGE_YEAR})[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*(?=\n|$|本文来源|来源)")
#: a page stamp with the month's English name (Jul 17th 2018, 19:50)
MONTH_NAME_STAMP = re.compile(rf"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+({PAGE_YEAR})\b")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
#: who the article speaks for: a province, a city or a county
PROVINCE_WORDS = re.compile(r"全省|我省|本省|省委|省政府|省生态环境厅|省环保厅|全区(?=[^县市]{0,3}(?:各市|地级))|自治区")
CITY_WORDS = re.compile(r"全市|我市|本市|市委|市政府|市生态环境局|市环保局"
                        # a prefecture or league speaking of itself (州委, 我州, 盟委): a city's voice
                        r"|我州|本州|州委|州政府|我盟|盟委|盟行署")
COUNTY_WORDS = re.compile(r"全县|我县|本县|县委|县政府|县生态环境|分局|全区|我区|区委|区政府|全旗|旗委")
#: a county speaking of itself, with no word an autonomous region or a city's branch office shares (全区, 分局)
COUNTY_OWN_VOICE = re.compile(r"全县|我县|本县|县委|县政府|县长|我区|区委|区政府|区长|全旗|旗委|旗政府|我旗")

#: a breadcrumb's news column named after the site's place (当前位置: 主页 > 某某要闻, 首页 > 某某新闻)
SITE_COLUMN = re.compile(r"(?:当前位置|您的位置|您当前的位置|所在位置|当前的位置)\s*[:：]?[^\n]{0,40}?[>›»＞]\s*"
                         r"([\u4e00-\u9fff]{2,4}?)(?:要闻|新闻|动态|资讯|时政|政务)")
#: a team a province or city sends to a place (某省第四督察组, 某厅帮扶组): in a headline it names the visitor
VISITING_TEAM = re.compile(r"(?:督察|督查|督导|调研|检查|帮扶|包保|巡查|指导|工作)组$")
#: what follows a city or province that a headline names only as the field a county is ranked in
#: (进入某省前十, 居某市第一, 某省县级排名): such a headline is still the county's
RANKING_SCOPE_AFTER = re.compile(r"(?:县级|区县|县区|同类|\d+个)?(?:前[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]|排名|排行|榜首|首位)")


@dataclass
class DocContext:
    #: the page's own date (its metadata, a labelled field, a dateline or stamp): exported as ``meta.published``
    published: str | None = None
    #: the date the page's month-and-day dates are read against: its publication date, else its lead's day
    reference: str | None = None
    year: int | None = None
    title: str | None = None
    city: str | None = None
    province: str | None = None
    county: str | None = None
    #: the most mentioned county even when the article is not about it: what a bare 县/区 in a
    #: body's name (县生态环境分局) stands for; never exported as the article's county
    local_county: str | None = None
    #: the city the body names most on a page the headline gives to its province (山东发布…排名): what a bare
    #: 市 in a body's name (市生态环境局) stands for; never exported as the article's city
    local_city: str | None = None

    def as_meta(self) -> dict:
        return {k: v for k, v in asdict(self).items()
                if v is not None and k not in ("reference", "year", "local_county", "local_city")}


@dataclass(frozen=True)
class Division:
    name: str
    short: str
    level: str
    province: str
    city: str


#: a bureau's branch named by its county's short name (市生态环境局某某分局): the county's own body
BUREAU_BRANCH = re.compile(r"局([\u4e00-\u9fff]{2,4}?)分局")
#: the title of a document, a plan or a law (《某省大气污染防治条例》)
DOCUMENT_TITLE = re.compile(r"《([^《》\n]{2,60})》")
#: what a body's formal name opens with before its place (中共|某市委, 政协|某市委员会, 中国共产党|某县委员会)
PARTY_BEFORE_PLACE = re.compile(r"^(?:中共|中国共产党|政协|中国人民政治协商会议)")
#: the level of a town, a village or a street after a name (白沙|村, 青山|镇): the name is that place's own
TOWN_LEVEL_AFTER = re.compile(r"镇|乡|村|社区|街道|街|路|屯|嘎查|苏木|组|寨|庄|湾|坝|沟|塘|桥|岭")


@lru_cache(maxsize=2)
def load_divisions(path: str) -> dict[str, Division]:
    """Name and short form -> division (prefecture-level and provinces win for short forms)."""
    table: dict[str, Division] = {}
    for line in resolve_project_path(path).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, short, level, _code, province, city = (line.split("\t") + [""] * 6)[:6]
        if level in ("city", "county") and "自治" in name:
            short = division_short(name)  # 景宁畲族自治县 is written 景宁, not 景宁畲族 (the table's short)
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
            table.setdefault(f"{division_short(name)}{name[-3:]}", div)  # 沿河自治县: the autonomy, not the peoples
    return table


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}" if 1 <= int(m) <= 12 and 1 <= int(d) <= 31 else None
    except ValueError:
        return None


def find_published(text: str, head: int = 800) -> str | None:
    """The page's own date: a labelled field (发布日期：…) anywhere, else a dateline near the top, else a
    page stamp near the top: a date with its time of day, a date closing a line, one written day first
    (17.10.2017 04:57) or with the month's English name (Jul 17th 2018, 19:50) — the layouts of portals
    that print no Chinese date at all.  The lead's own day (2016年11月11日上午，…) is no publication date:
    :func:`find_lead_date` reads it."""
    m = PUBLICATION_FIELD.search(text) or LABELLED_DATE.search(text)
    if m:
        return _iso(*m.groups())
    top = text[:head]
    m = DATELINE.search(top) or TIMED_STAMP.search(top) or LINE_END_DATE.search(top)
    if m:
        return _iso(*m.groups())
    m = DAY_FIRST_STAMP.search(top)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    m = MONTH_NAME_STAMP.search(top)
    return _iso(m.group(3), str(MONTHS.index(m.group(1)) + 1), m.group(2)) if m else None


def find_lead_date(text: str, head: int = 800) -> str | None:
    """The day a report's lead opens on (2016年11月11日上午，某市召开…), near the top of the page."""
    m = LEAD_DATE.search(text[:head])
    return _iso(*m.groups()) if m else None


#: how many short lines above the headline are read as a page's column heading (新闻详情, 正文, 工作动态)
HEADING_LINES = 2
#: a headline is longer than a column heading: fewer characters than this name the page's column
HEADLINE_MIN = 8


#: a line of the page's fields (• 发布日期:…, 来源:…): above or below the headline, never the headline itself
PAGE_FIELD_LINE = re.compile(r"^[•·\s]*(?:发布日期|发布时间|发表时间|更新时间|来源|时间|日期|作者|编辑|点击|浏览)\s*[:：]")

#: a line that is only a bracketed column tag (【概况】, 【要闻】): the page's filing, not the headline
COLUMN_TAG_LINE = re.compile(r"[【\[][^】\]]{1,8}[】\]]")


def find_title(text: str, boilerplate: list[tuple[int, int]]) -> str | None:
    """The article's headline: the first line outside the boilerplate that reads as one (no sentence end,
    no leading figure).  A short line before it (新闻详情, 工作动态) is the column the page files it
    under, not the headline; with nothing longer after it, the short line is the headline after all."""
    pos, skipped = 0, []
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or any(bs <= start < be for bs, be in boilerplate) or PAGE_FIELD_LINE.match(stripped) \
                or COLUMN_TAG_LINE.fullmatch(stripped):
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
LOCAL_OUTLET = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:县|区|市|旗)?(?:融媒体中心|融媒|发布|新闻网|新闻中心|新闻|广播电视台|电视台|手机台|微讯|日报|报)$"
                          # a county's own "today" brand (今日某某, 今日某某网)
                          r"|^今日([\u4e00-\u9fff]{2,4}?)(?:县|区|市|旗)?(?:网|新闻网)?$")


#: the ending of an outlet's name (某某网, 某某日报, 某某电视台, 某某客户端)
OUTLET_END = re.compile(r"(?:网|網|报|報|电视台|電視台|广播电视台|客户端|客戶端)$")
#: how much of the article, from its first line outside the boilerplate, is its headline and lead
LEAD_CHARS = 120
#: a title line that is no headline of the article's own (an outlet's or a site's line, a breadcrumb, a table of
#: page fields) or one in a county's or city's own voice (我县, 我市): no evidence that the page is the province's
NOT_A_HEADLINE = re.compile(r"我[县市区州旗]|首页|欢迎|网站|平台|频道|新闻中心|位置|网|报|客户端|版|公开目录")
#: a water body's kind word after a place's name (赤水|河, 抚仙|湖): the water, not the county
WATER_AFTER_NAME = re.compile(r"[河江湖溪湾海泉渠]")
#: a county's body written after the county's short name (某某分局, 某某生态环境局, 某某县委 is a full name)
COUNTY_BODY_AFTER_SHORT = re.compile(r"分局|生态环境|环保局|融媒|人民政府|政府")


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
        # every county name a text may write that names a county and nothing else: full names of three
        # characters or more (a two-character one, 和县 or 西区, sits inside ordinary words) and the short
        # names no other word shares; longest first, so 土默特左旗 is read before 土默特
        lone = lone_county_names(divisions, county_words) if county_words else frozenset()
        written = {name for name, div in self.divisions.items() if div.level == "county" and name == div.name
                   and len(name) >= 3} | {short for short in lone if short in self.county_shorts}
        self.county_written = re.compile("|".join(sorted(map(re.escape, written), key=len, reverse=True))) \
            if written else None
        # what a headline may name, read once here rather than for every article: the provinces by full and short
        # name, and any name of a city or county in them (the headline naming one is no province's page)
        self.province_keys = tuple((name, div.name) for name, div in self.divisions.items()
                                   if div.level == "province" and len(name) >= 2)
        local = {name for name, div in self.divisions.items() if div.level in ("city", "county") and len(name) >= 2}
        local |= set(self.county_shorts)
        self.local_place_named = re.compile("|".join(sorted(map(re.escape, local), key=len, reverse=True)))

    def __call__(self, doc: Doc) -> Doc:
        meta = doc_meta(doc)
        boilerplate = meta.get("_boilerplate", [])
        published = _normal_date(meta.get("published")) or find_published(text_of(doc))
        reference = published or find_lead_date(text_of(doc))
        ctx = DocContext(published=published, reference=reference, year=int(reference[:4]) if reference else None,
                         title=meta.get("title") or find_title(text_of(doc), boilerplate))
        ctx.city, ctx.province, ctx.county, ctx.local_county, ctx.local_city = \
            self._place(doc, meta, ctx.title or "", boilerplate)
        doc._.context = ctx
        return doc

    def _place(self, doc: Doc, meta: dict, title: str,
               boilerplate: list[tuple[int, int]] = ()) -> tuple[str | None, str | None, str | None, str | None, str | None]:
        """The article's city, province and county, and the county and city its bare 县 and 市 stand for.

        * city: the most mentioned prefecture-level city — unless the article
          speaks for a whole province (省政府, 全省, 省生态环境厅 outnumber the
          city-level words and no city is in the headline): then none;
        * county: only for an article about a county (it is in the headline,
          or named at least twice and more often than its city, or the one county
          the headline and lead name and the article names again), never merely
          the first county mentioned; never a county-level city the province
          governs directly (文昌市, 济源市): that is the article's city.
        """
        cities: Counter = Counter()
        provinces: Counter = Counter()
        counties: Counter = Counter()
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "ORG"):
                continue
            if ent.label_ == "GPE" and len(named := self.county_shorts.get(ent.text, [])) == 1 \
                    and (named[0].city or named[0].province in MUNICIPALITIES) and ent.text not in self.divisions:
                # a county by its short name alone (乌兰浩特|市委书记) points at its prefecture; the county
                # itself is counted only where written in full (a list of short names is no county article)
                # (a county-level city the province governs directly, 万宁|市委书记, is a city of its own)
                cities[named[0].city or named[0].province] += 1 if named[0].city == named[0].name else 0.5
                continue
            for div in self._divisions_in(ent.text):
                if div.level == "city":
                    cities[div.name] += 1
                elif div.level == "province":
                    provinces[div.name] += 1
                    if div.name in MUNICIPALITIES:
                        cities[div.name] += 1  # 重庆, 天津: a province and a city both
                elif div.level == "county":
                    counties[div.name] += 1
                    if div.city or div.province in MUNICIPALITIES:
                        # a district of 重庆 is in the city 重庆; a county-level city the province governs
                        # directly (万宁市, 济源市) is a city of its own
                        cities[div.city or div.province] += 1 if div.city == div.name else 0.5
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
        local_city = None
        if city and not meta.get("city") and self._province_headline(title):
            # the headline speaks of the province and of no place in it (湖北上半年环境执法罚款…, 山东发布…排名):
            # the province's page, whichever of its cities the body names most (still the one its bare 市 means)
            province, city, local_city = province or self._province_named(title), None, city
        if not province and provinces:
            province = provinces.most_common(1)[0][0]
        if not province and not cities and len(PROVINCE_WORDS.findall(text)) >= 2:
            # a province's own voice (省政府新闻办, 省生态环境厅) whose name is written only in the titles of the
            # documents it presents (《某省“十四五”生态环境保护规划》): the one province those titles name
            named = {div.name for m in DOCUMENT_TITLE.finditer(text) for div in self._divisions_in(m.group(1))
                     if div.level == "province"}
            province = named.pop() if len(named) == 1 else None
        if not province and cities:  # a province-wide article naming only its cities
            top = self.divisions.get(cities.most_common(1)[0][0])
            province = top.province if top else None
        if not city and province in MUNICIPALITIES:
            city = province  # 北京市, 天津市, 上海市, 重庆市 are cities too
        county = meta.get("county")
        county_voice = len(COUNTY_WORDS.findall(text))
        # the counties each place or body names, read once for the headline, the lead and the county's voice
        places = [(ent, self._counties_named(ent, city, province)) for ent in doc.ents if ent.label_ in ("GPE", "ORG")]
        named_counts = Counter(name for _, names in places for name in names)  # by full or short name, or a body's
        lead_county, city_page = self._lead_county(doc, places, boilerplate, city, title)
        if not county and counties and not city_page:
            top, n = counties.most_common(1)[0]
            in_title = any(name in title for name in self._names(top))
            own_city = self.divisions[top].city if top in self.divisions else None
            if in_title or (n >= 2 and county_voice >= city_voice) or n >= max(3, cities.get(own_city, 0)):
                county = top
        if not county:
            county = lead_county
        if not county and not city_page:
            # one county named again and again, by its full or short name, and no other: the county's page
            # (沿河 ×5 and 沿河自治县 in a page that names its city once)
            if len(named_counts) == 1:
                (only, n), = named_counts.items()
                own_city = self.divisions[only].city if only in self.divisions else None
                if n >= 3 and n > cities.get(own_city, 0):
                    county = only
        if not county and not city_page:
            # an article in its own county's voice (县委, 我县, 区政府…) that names one county and only one,
            # perhaps by its short name or its media alone (蕉城, "来源:某某融媒")
            named = set(counties) | {name for _, names in places for name in names}
            own_voice = len(COUNTY_OWN_VOICE.findall(text))
            if len(named) == 1 and own_voice >= 3 and own_voice > city_voice:
                county = named.pop()
                if not city and county in self.divisions:
                    city = self.divisions[county].city or None
                    province = province or self.divisions[county].province
        if not county and not city_page and COUNTY_OWN_VOICE.search(text):
            # a county's site names itself in its breadcrumb (当前位置: 主页 > 某某要闻) and its article speaks of
            # its own 县委/县政府 without naming the county again
            county = self._site_column_county(text) or county
        if not county and not city_page and not counties:
            # a county's article in its own voice (区政府常务会议…全区…我区) that names its county only in the
            # titles of the documents it adopts (《某某区…方案》): the one county those titles name
            own_voice = len(COUNTY_OWN_VOICE.findall(text))
            titled = {div.name for m in DOCUMENT_TITLE.finditer(text) for div in self._divisions_in(m.group(1))
                      if div.level == "county" and (not city or div.city in (city, None) or div.province == city)}
            if len(titled) == 1 and own_voice >= 3 and own_voice > city_voice:
                county = titled.pop()
        if not county and not city_page:
            # an article in its own county's voice that writes its county only inside other words (a site's
            # name, a column, a body's or a firm's name: 欢迎访问某某县人民政府网, 某某水务股份有限公司), which
            # the entity layer tags as no place: the one county the text writes at all
            own_voice = len(COUNTY_OWN_VOICE.findall(text))
            if own_voice >= 2 and own_voice > city_voice:
                county = self._written_county(text, city, province)
        if county in self.divisions and not city:
            # a county's page that never names its prefecture is in it all the same
            city = self.divisions[county].city or None
            province = province or self.divisions[county].province
        municipality = self.divisions[county].province if county in self.divisions else None
        if municipality in MUNICIPALITIES and not (city or province):
            # a district of 天津/上海… (西青区, 普陀区): its municipality, which no count above names, is
            # its city and province both
            city = province = municipality
        local = county or (counties.most_common(1)[0][0] if counties else None)
        if local is None and len(named_counts) == 1:
            local = next(iter(named_counts))  # named only by its short name or its bodies' (崇阳): still the bare 县's
        if county in self.divisions and self.divisions[county].city == county:
            county = None  # governed by the province directly: the article's city, which bodies of 县/市 still name
        return city, province, self._as_written(county, text), self._as_written(local, text), \
            (None if city else local_city)

    def _province_named(self, title: str) -> str | None:
        """The province a headline names (full or short name), when it names one."""
        named = {province for name, province in self.province_keys if name in title}
        return named.pop() if len(named) == 1 else None

    def _province_headline(self, title: str) -> bool:
        """Does the headline name a province and no city or county in it (by full or short name), in no
        county's or city's own voice (我县, 我市), and read as a headline, not an outlet's or a page's line
        (某某新闻网, 首页, 当前位置)?"""
        if not title or NOT_A_HEADLINE.search(title) or self._province_named(title) is None:
            return False
        return self.local_place_named.search(title) is None

    def _written_county(self, text: str, city: str | None, province: str | None) -> str | None:
        """The one county the text writes, by its full name or a short name that names it alone, within the
        article's city (else its province); where the article's place is unknown, only a county written twice
        or more, since a name written once may be a firm's or a person's (宝山 in a brand), unless that once is the
        county's branch of a bureau (市生态环境局某某分局).  None when the text writes no county, or several."""
        if self.county_written is None:
            return None
        found: Counter = Counter()
        branch = False  # the county written as a bureau's branch (市生态环境局某某分局): the county's own body
        for m in self.county_written.finditer(text):
            name = m.group(0)
            if WATER_AFTER_NAME.match(text, m.end()):
                continue  # a river or lake named after the place (赤水河流域): no county
            div = self.divisions.get(name)
            if div is None or div.name != name:  # a short name: the county it points at here
                one = self._one_county(name, city, province)
                div = self.divisions.get(one) if one else None
            if div is None or div.level != "county":
                continue
            if (city and city not in (div.city, div.province)) or (not city and province and div.province != province):
                continue
            found[div.name] += 1
            branch = branch or text.startswith("分局", m.end())
        for m in BUREAU_BRANCH.finditer(text):  # …局某某分局 by a short name that is also a word (永嘉): one county's
            named = [d for d in self.county_shorts.get(m.group(1), []) if d.level == "county"
                     and not (city and city not in (d.city, d.province)) and not (not city and province and d.province != province)]
            if len(named) == 1:
                found[named[0].name] += 1
                branch = True
        if len(found) != 1:
            return None
        (name, n), = found.items()
        return name if city or province or n >= 2 or branch else None

    def _site_column_county(self, text: str) -> str | None:
        """The county whose short name opens the news column of the page's breadcrumb (主页 > 某某要闻), when
        that short name is one county's and no prefecture's."""
        for m in SITE_COLUMN.finditer(text[:2000]):
            named = self.county_shorts.get(m.group(1), [])
            if len(named) == 1 and named[0].level == "county" and m.group(1) not in self.divisions:
                return named[0].name
        return None

    def _lead_county(self, doc: Doc, places: list[tuple[Span, list[str]]], boilerplate,
                     city: str | None, title: str = "") -> tuple[str | None, bool]:
        """The one county the headline and the lead name, when the article names it again; and whether the
        headline names the city or province and no county (the city's page, whatever its body counts).

        A county's own page opens with it (某某县召开…, 2023年,某某分局…, 某某空气质量创新高) even when a
        column heading or its city comes first; a city's page opens with the city and names its counties
        further down.  The headline (the title's line, else the first line outside the boilerplate) decides
        when it names a place: its one county, or no county when it names the city or province alone (某市:…
        在某区召开 is the city's page) — unless it speaks as the county (我县…), names the province only as
        the field the county ranks in (进入某省前十) or only as the visiting team's (某省督察组督察某县);
        otherwise the lead, its first ``LEAD_CHARS`` characters, must name one county only, the
        article must name it at least as often as its city, and an article in a city's voice (全市, 市委) must name
        no other county: a county-level city speaks of 全市 and 市委 as its prefecture does, so the voice alone
        cannot tell them apart, but a prefecture's page lists its counties.  Names count written in full, by their
        short form resolved in the article's city or province, or as the head of a body (某某分局, 某某融媒).
        """
        text = text_of(doc)
        first_line, window_end, seen, pos = None, len(text), 0, 0
        # the headline is the title's line, past a masthead before it (某某商报电子版); else the first line
        headline_at = text.find(title) if title else -1
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip() or any(bs <= start < be for bs, be in boilerplate):
                continue
            if first_line is None:
                if 0 <= headline_at and pos <= headline_at:
                    continue
                first_line = (start, start + len(line))
            seen += len(line.strip())
            if seen >= LEAD_CHARS:
                window_end = start + len(line)
                break
        lead: Counter = Counter()
        everywhere: Counter = Counter()
        headline_counties: set[str] = set()
        headline_cities = False
        city_mentions = higher_mentions = 0
        for ent, named in places:
            everywhere.update(named)
            if ent.label_ == "ORG" and OUTLET_END.search(ent.text):
                # an outlet's place (某省长安网, 某某报) is its brand: it backs a county named elsewhere, but it
                # opens no article, nor makes the page a city's or province's
                continue
            divisions = self._divisions_in(ent.text) if not named else []
            city_mentions += bool(city) and any(d.name == city for d in divisions)
            higher_mentions += any(d.level in ("city", "province") for d in divisions)
            if ent.start_char < window_end and not any(bs <= ent.start_char < be for bs, be in boilerplate):
                lead.update(named)
            if first_line and first_line[0] <= ent.start_char < first_line[1]:
                headline_counties.update(named)
                ranked_in = RANKING_SCOPE_AFTER.match(text, ent.end_char)  # 进入某省前十: where it ranks
                visiting = ent.label_ == "ORG" and VISITING_TEAM.search(ent.text)  # 某省督察组督察某县: the visitor
                headline_cities = headline_cities or (not ranked_in and not visiting
                                                      and any(d.level in ("city", "province") for d in divisions))
        own_headline = bool(first_line and COUNTY_OWN_VOICE.search(text, *first_line))
        if headline_counties:
            lead = Counter({name: 1 for name in headline_counties})
        elif headline_cities and not own_headline:
            return None, True  # the headline names the city or province and no county: the city's page
        if len(lead) != 1:
            return None, False
        name = next(iter(lead))
        if not headline_counties:
            others = sum(everywhere.values()) - everywhere[name]
            city_voice = len(CITY_WORDS.findall(text)) > len(COUNTY_WORDS.findall(text))
            if (city_voice and others) or everywhere[name] < city_mentions:
                return None, False  # a city's page naming one of its counties in the lead (市某局某某分局作交流发言)
        # named once, in the lead, where the article names no other county and never its city: the county's own page
        # (某某县委副书记、县长某某率队深入…; 孟州市委副书记、市长某某带领…) — a city's page names its city or several counties
        # and only where the county opens the article: named in its first sentence, not in a later paragraph of a
        # city's round-up (全市…。⏎某县立案9件…)
        # (a headline without a full stop is followed by the lead's first sentence, which the county may open)
        line_start, line_end = first_line if first_line else (0, len(text))
        stop = text.find("。", line_start)
        first_end = stop if -1 < stop < line_end else text.find("。", line_end)
        first_end = len(text) if first_end == -1 else first_end
        opening = any(name in named and ent.start_char < first_end for ent, named in places)
        alone = sum(everywhere.values()) == everywhere[name] and not city_mentions and not higher_mentions and opening
        return (name if everywhere[name] >= 2 or alone else None), False

    def _counties_named(self, ent, city: str | None, province: str | None) -> list[str]:
        """The counties an entity names: in full (a GPE, an ORG's prefix), or by the short form a place, a
        body (某某分局) or a county's media (某某融媒) is written with, where it points at one county — also
        after the prefecture (北京房山, 某市生态环境局某某分局) and before the level word that opens the
        county's own post (会同|县委书记: the GPE the posts' rule leaves, 会同 + 县)."""
        if ent.label_ not in ("GPE", "ORG"):
            return []
        divisions, taken = self._division_prefix(ent.text)
        full = [d.name for d in divisions if d.level == "county"]
        if full:
            return full
        rest = ent.text[taken:]
        shorts: list[str] = []
        if ent.label_ == "GPE":
            after = ent.doc.text[ent.end_char:ent.end_char + 1]
            if after and after in COUNTY_LEVELS and (div := self.divisions.get(ent.text + after)) and div.level == "county":
                return [div.name]
            shorts.append(rest)
        else:
            if m := LOCAL_OUTLET.match(rest):
                shorts.append(m.group(1) or m.group(2))
            for m in COUNTY_BODY_AFTER_SHORT.finditer(rest):
                shorts += [rest[m.start() - k:m.start()] for k in (4, 3, 2) if m.start() >= k]
        for short in shorts:
            div = self.divisions.get(short)
            if div is not None and div.level == "county" and short == div.name:
                return [div.name]  # a one-character county's full name inside a body (生态环境局|莘县|分局)
            if one := self._one_county(short, city, province):
                return [one]
        return []

    def _one_county(self, short: str, city: str | None, province: str | None) -> str | None:
        """The county a short name points at: the one in the article's city, else its province, else the only
        one in the country so named."""
        named = self.county_shorts.get(short, [])
        # a short name the article's own city or province has no county of is a nickname or another
        # place (鹤城 for 齐齐哈尔, 巴州 for 巴音郭楞, 龙江 for 黑龙江): the country is searched only when
        # the article's place is unknown
        scopes = ([d for d in named if d.city == city] if city else [],
                  [d for d in named if d.province == province] if province else [],
                  [] if city or province else named)
        for scope in scopes:
            if scope:
                return scope[0].name if len(scope) == 1 else None
        return None

    def _as_written(self, name: str | None, text: str) -> str | None:
        """An autonomous prefecture or county as the article writes it, when it writes it without its peoples
        more often than in full (湘西土家族苗族自治州 -> 湘西州, 景东彝族自治县 -> 景东县); a prefecture the article
        writes neither way is written short, as pages write it (大理州委 where the page says only 州委)."""
        if name and name.endswith(("自治州", "自治县", "自治旗")):
            short = f"{division_short(name)}{name[-1]}"
            if text.count(short) > text.count(name) or (name.endswith("自治州") and not text.count(name)):
                return short
        return name

    def _names(self, name: str) -> list[str]:
        """A division's full and short names (聊城市, 聊城)."""
        div = self.divisions.get(name)
        return [n for n in {name, div.short if div else ""} if len(n) >= 2]

    def _divisions_in(self, text: str) -> list[Division]:
        """Divisions a GPE names (河南省濮阳市台前县 -> three) or an ORG starts with (聊城市生态环境局), after the
        party or the consultative conference a body's formal name opens with (中共某市委, 政协某市第四届委员会)."""
        return self._division_prefix(PARTY_BEFORE_PLACE.sub("", text, count=1))[0]

    def _division_prefix(self, text: str) -> tuple[list[Division], int]:
        """The divisions a name opens with, and how many characters they take (北京房山 -> 北京, 2)."""
        out, i = [], 0
        while i < len(text):
            j = next((j for j in range(min(len(text), i + 12), i + 1, -1) if text[i:j] in self.divisions), None)
            if j is None:
                break
            div = self.divisions[text[i:j]]
            if text[i:j] != div.name and TOWN_LEVEL_AFTER.match(text, j):
                break  # 白沙|村, 青山|镇, 和平|社区: a town or village that shares a division's short name
            out.append(div)
            i = j
        return out, i


def _normal_date(value) -> str | None:
    if not value:
        return None
    m = re.match(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", str(value))
    return _iso(*m.groups()) if m else None
