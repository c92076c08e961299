"""``ecoie_gazetteer``: dictionary matching with HanLP's trie.

Dictionaries (all in ``configs/gazetteers/``, all editable):

* ``divisions.tsv`` — China's administrative divisions, derived from a
  maintained package by ``scripts/build_divisions.py`` (full names at every
  level; short forms of provinces and prefecture-level cities);
* ``titles.txt`` — position titles; ``org_suffixes.txt`` — endings of
  organisation names;
* ``user.tsv`` — the user's own ``term<TAB>LABEL`` entries.

The component does two things.  It writes the longest non-overlapping
matches to ``doc.spans["gazetteer"]`` (GPE, TITLE, and the user's labels),
which the entity merger uses to fill gaps.  And it writes a coarse
dictionary tag to every token's ``tag_`` (``GPE``, ``TITLE``, ``ORG``,
``ORGSUF``, ``LOCSUF``), which the statistical NER reads as an input
feature — the gazetteer acts as a prior the model learns to trust or not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hanlp_trie import Trie
from spacy.language import Language
from spacy.tokens import Doc

from .entity_rules import zone_name_start
from .segmenter import resolve_project_path
from .spans import text_of

LOC_SUFFIXES = ("河", "江", "湖", "淀", "流域", "水库", "湾", "海", "山", "岛", "溪", "湿地", "渠", "泉", "峡", "平原", "草原")
ZONE_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|新区)"
                     r"|(?<![\u4e00-\u9fff])(?:高新区|经开区))")


#: an outlet's channel written after its name (人民网-北京频道, 大众网威海频道, 四川在线德阳频道): the channel is
#: part of the outlet's name (GUIDELINES §2 ORG: an outlet with its channel is one span)
OUTLET_CHANNEL = re.compile(r"[-－—]?[\u4e00-\u9fff]{0,6}?频道")


#: words that address the people present (各位来宾, 诸位嘉宾, 尊敬的…): a bare short name after them is the
#: noun it also spells (来宾 is a city in 广西, and the guests of a press conference)
ADDRESS_BEFORE = re.compile(r"(?:各位|诸位|諸位|尊敬的)$")
DIVISION_END = ("省", "市", "县", "縣", "区", "區", "州", "盟", "旗")
#: the city column of a county the province (or autonomous region) governs directly
DIRECT_COUNTY_MARK = "直辖县级行政区划"


def _addressed(text: str, start: int, end: int) -> bool:
    """A short name right after an addressing word (各位来宾): a noun of address, not a place."""
    return not text[start:end].endswith(DIVISION_END) and bool(ADDRESS_BEFORE.search(text, max(0, start - 3), start))


#: words a zone match may have swallowed on its left (分别来自高新区 -> 高新区)
ZONE_LEADING = ("分别", "来自", "位于", "地处", "包括", "涉及", "针对", "前往", "深入", "对", "在", "和", "与", "及",
                "将", "把", "是", "为", "赴", "到", "从", "向", "由", "经", "均", "共")


def _zone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A development-zone match with leading function words and any clause before the name cut off, if a
    zone remains."""
    start = zone_name_start(text, start, end)
    stripped = True
    while stripped:
        stripped = False
        for word in ZONE_LEADING:
            if text.startswith(word, start) and ZONE_RE.fullmatch(text, start + len(word), end):
                start += len(word)
                stripped = True
                break
    return (start, end) if end - start >= 3 else None


_ETHNIC_GROUPS = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
                  "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
                  "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
_ETHNIC_TAIL = re.compile("(?:" + "|".join(sorted(_ETHNIC_GROUPS, key=len, reverse=True)) + ")族?$")
_AUTONOMY = re.compile(r"自治(?:县|州|旗)$")
_DIVISION_SUFFIX = re.compile(r"(?:特别行政区|地区|林区|特区|新区|市|县|区|旗|州|盟|省)$")


def division_short(name: str) -> str:
    """A division's name without its suffix: 麻阳苗族自治县 -> 麻阳, 鄞州区 -> 鄞州, 湘西土家族苗族自治州 -> 湘西."""
    base = _AUTONOMY.sub("", name)
    if base != name:
        while len(base) > 2 and _ETHNIC_TAIL.search(base[2:]):
            base = base[:2] + _ETHNIC_TAIL.sub("", base[2:])
        return base
    return _DIVISION_SUFFIX.sub("", name)


def autonomous_region_short(name: str) -> str:
    """广西壮族自治区 -> 广西, 新疆维吾尔自治区 -> 新疆, 内蒙古自治区 -> 内蒙古: how articles write them."""
    base = name[:-3] if name.endswith("自治区") else name
    return base[:2] + _ETHNIC_TAIL.sub("", base[2:]) if len(base) > 2 else base


@lru_cache(maxsize=4)
def short_place_names(divisions: str) -> frozenset[str]:
    """Every division's name and its name without the suffix, 2+ characters.

    County short names are often ordinary words too (和平, 城关), so they are
    evidence inside an enumeration of places, never a place on their own.
    """
    names = set()
    for line in Path(resolve_project_path(divisions)).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name = line.split("\t", 1)[0]
        base = autonomous_region_short(name) if name.endswith("自治区") else division_short(name)
        if len(base) >= 2:
            names.add(base)
        names.add(name)
    return frozenset(names)


@lru_cache(maxsize=4)
def division_parents(divisions: str) -> dict[str, frozenset[str]]:
    """County-level names (full and short, 2+ characters) -> the prefecture(s) they lie in.

    Articles list a city's counties by short name, often with no separator (象山宁海海曙);
    two adjacent short names of one prefecture are a list of places, where either alone
    may be a common word.  A county of a municipality has its province as parent, and so has a
    county the province governs directly (陵水, 济源, 仙桃): the table's city column names no city
    for it, only the placeholder 省直辖县级行政区划.
    """
    parents: dict[str, set[str]] = {}
    for line in Path(resolve_project_path(divisions)).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _short, level, _code, province, city = (line.split("\t") + [""] * 6)[:6]
        if level != "county":
            continue
        parent = province if not city or city.endswith(DIRECT_COUNTY_MARK) else city
        for key in {name, division_short(name)}:
            if len(key) >= 2:
                parents.setdefault(key, set()).add(parent)
    return {k: frozenset(v) for k, v in parents.items()}


#: kinds of ``configs/gazetteers/county_short_words.txt`` (its ``## kind`` headings) that readers ask for:
#: a part of any city or county (城区, 城关) names no one county even standing as a place; a word read
#: otherwise even beside its county's full name (振兴, 和平) is no place by that evidence either
CITY_PART_KIND = "a part of any city or county"
NOT_THE_COUNTY_KIND = "not the county even beside its full name"


@lru_cache(maxsize=4)
def county_word_kinds(path: str) -> dict[str, frozenset[str]]:
    """The county short names that are something else too (``configs/gazetteers/county_short_words.txt``),
    by kind: a line ``## kind (note)`` opens the words of ``kind``; words before any heading are of kind "".

    Loaded once for all its readers (the county-name pass, the places named again, the article's own
    county), so each word is kept in this one file and each reader takes the kinds its question needs.
    """
    kinds: dict[str, set[str]] = {}
    kind = ""
    for line in Path(resolve_project_path(path)).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].split(" (", 1)[0].strip()
            continue
        kinds.setdefault(kind, set()).update(line.split("#", 1)[0].split())
    return {k: frozenset(words) for k, words in kinds.items()}


def county_short_words(path: str, kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """The county short names of ``kinds`` (None: of every kind); a kind the file lacks is an error, so a
    renamed heading cannot silently empty a reader's list."""
    table = county_word_kinds(path)
    missing = [k for k in kinds or () if k not in table]
    if missing:
        raise ValueError(f"{path}: no '## {missing[0]}' heading")
    return frozenset().union(*(table[k] for k in (kinds if kinds is not None else table)))


@lru_cache(maxsize=4)
def lone_county_names(divisions: str, ordinary_words: str) -> frozenset[str]:
    """County-level short names (2+ characters) that name the county alone: 如东, 德钦, 蕉城.

    ``ordinary_words`` lists the short names that are also ordinary words, given names, brands or
    other places (和平, 建华, 吉利, 泰山): those stay evidence in lists only (``short_place_names``).
    """
    ordinary = county_short_words(ordinary_words)
    names = set()
    for line in Path(resolve_project_path(divisions)).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _short, level = (line.split("\t") + ["", ""])[:3]
        base = division_short(name)
        if level == "county" and len(base) >= 2 and base != name and base not in ordinary:
            names.add(base)
    return frozenset(names)


@lru_cache(maxsize=4)
def prefecture_names(divisions: str) -> dict[str, str]:
    """Prefectures (and provinces, the parents of a municipality's districts) by full and short name
    -> the full name ``division_parents`` uses (宁波 -> 宁波市, 北京 -> 北京市)."""
    names: dict[str, str] = {}
    for line in Path(resolve_project_path(divisions)).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _short, level = (line.split("\t") + ["", ""])[:3]
        if level in ("city", "province"):
            for key in {name, division_short(name),
                        autonomous_region_short(name) if name.endswith("自治区") else name}:
                if len(key) >= 2:
                    names.setdefault(key, name)
    return names


#: an alternation inside a word-list line: {省级|市级|}总河长 stands for 省级总河长, 市级总河长 and 总河长
ALTERNATION = re.compile(r"\{([^{}]*)\}")


def expand_alternations(line: str) -> list[str]:
    """Every word a line with ``{a|b|…}`` alternations stands for, in order (an empty choice drops the part):
    a family of posts (a level, 副/总, the water or forest they are chief of) is one line, not forty."""
    m = ALTERNATION.search(line)
    if m is None:
        return [line]
    return [word for choice in m.group(1).split("|")
            for word in expand_alternations(line[:m.start()] + choice + line[m.end():])]


def _lines(path: Path) -> list[str]:
    """The words of a word list: comments after #, blank lines dropped, alternations expanded."""
    return [word for ln in path.read_text(encoding="utf-8").splitlines()
            if (kept := ln.split("#", 1)[0].strip()) for word in expand_alternations(kept)]


def read_word_list(path: str) -> list[str]:
    """:func:`_lines` of a project path (configs/gazetteers/titles.txt and the like)."""
    return _lines(resolve_project_path(path))


@lru_cache(maxsize=8)
def load_dictionaries(divisions: str, titles: str, org_suffixes: str, user: str) -> tuple[Trie, tuple[str, ...]]:
    """One trie (term -> label) over divisions, titles and user terms; org suffixes apart."""
    entries: dict[str, str] = {}
    div_path = resolve_project_path(divisions)
    for line in div_path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, short, level, *_ = line.split("\t")
        entries[name] = "GPE"
        if level in ("province", "city") and len(short) >= 2:
            entries.setdefault(short, "GPE")
        if level == "province" and name.endswith("自治区"):  # 广西, 宁夏, 新疆: the table's short keeps the peoples' names
            entries.setdefault(autonomous_region_short(name), "GPE")
        if level == "county" and name.endswith("自治县") and len(division_short(name)) >= 2:
            entries.setdefault(f"{division_short(name)}自治县", "GPE")  # 彭水自治县: peoples' names left out
            entries.setdefault(f"{division_short(name)}县", "GPE")  # 景东县, 三都县: the usual way of writing it
        if level == "county" and name.endswith("族区") and len(name) >= 5:
            # 某某回族区 is written 某某区: the peoples' name is left out, as in 彭水自治县
            base = name[:2] + _ETHNIC_TAIL.sub("", name[2:-1])
            if len(base) >= 2:
                entries.setdefault(f"{base}区", "GPE")
        if level == "county" and name.endswith(("市", "县")) and len(short) >= 2 and not name.endswith("自治县"):
            # counties and county-level cities made districts after the table was cut (X县 -> X区)
            entries.setdefault(f"{short}区", "GPE")
        if level == "county" and name.endswith(("市", "区")) and len(short) >= 2 and not name.endswith(("自治县", "自治旗")) \
                and not name.endswith(("新区", "城区", "矿区", "林区")):
            # counties made county-level cities or districts (X县 -> X市, X区): older pages still write X县
            entries.setdefault(f"{short}县", "GPE")
        if level == "city" and name.endswith("自治州"):  # 湘西州, 湘西 (the table's short keeps the peoples' names)
            base = division_short(name)
            entries.setdefault(f"{base}州", "GPE")
            entries.setdefault(base, "GPE")
    for title in _lines(resolve_project_path(titles)):
        entries[title] = "TITLE"
    if user:
        for line in _lines(resolve_project_path(user)):
            term, _, label = line.partition("\t")
            if term and label.strip():
                entries[term.strip()] = label.strip()
    suffixes = tuple(sorted(_lines(resolve_project_path(org_suffixes)), key=len, reverse=True))
    return Trie(entries), suffixes


@Language.factory(
    "ecoie_gazetteer",
    assigns=["doc.spans", "token.tag"],
    default_config={
        "divisions": "configs/gazetteers/divisions.tsv",
        "titles": "configs/gazetteers/titles.txt",
        "org_suffixes": "configs/gazetteers/org_suffixes.txt",
        "user": "configs/gazetteers/user.tsv",
        "spans_key": "gazetteer",
        "set_tags": True,
    },
)
def create_gazetteer(nlp: Language, name: str, divisions: str, titles: str, org_suffixes: str, user: str,
                     spans_key: str, set_tags: bool) -> "Gazetteer":
    return Gazetteer(divisions, titles, org_suffixes, user, spans_key, set_tags)


class Gazetteer:
    def __init__(self, divisions: str, titles: str, org_suffixes: str, user: str = "",
                 spans_key: str = "gazetteer", set_tags: bool = True):
        self.trie, self.org_suffixes = load_dictionaries(divisions, titles, org_suffixes, user)
        self.spans_key = spans_key
        self.set_tags = set_tags

    def matches(self, text: str, starts: set[int] | None = None, ends: set[int] | None = None) -> list[tuple[int, int, str]]:
        """Longest dictionary terms, left to right, not overlapping; adjacent divisions joined, and a listed
        outlet's channel read with the outlet.

        With the token ``starts`` and ``ends`` only terms that are whole words count, and a shorter
        word wins where the longest term cuts a word (大连|市区: 大连市 cuts 市区, 大连 is the place).
        """
        if starts is None or ends is None:
            found = [(s, e, lab) for s, e, lab in self.trie.parse_longest(text)]
        else:
            found = [(s, e, lab) for s, e, lab in self.trie.parse(text) if s in starts and e in ends]
        found = [(s, e, lab) for s, e, lab in found if not (lab == "GPE" and _addressed(text, s, e))]
        zones = [z for z in (_zone(text, m.start(), m.end()) for m in ZONE_RE.finditer(text)) if z]
        # a named zone inside a zone match keeps only its name (落实|滨海新区): the words before it are no place
        found += [(s, e, "GPE") for s, e in (self._named_zone(found, text, s, e) for s, e in zones)]
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        flat: list[tuple[int, int, str]] = []
        for m in found:
            if flat and m[0] < flat[-1][1]:
                continue
            # divisions written together are one place: 河南省濮阳市台前县, 河北邯郸
            if flat and m[2] == "GPE" and flat[-1][2] == "GPE" and flat[-1][1] == m[0]:
                flat[-1] = (flat[-1][0], m[1], "GPE")
                continue
            if m[2] == "ORG":
                m = (m[0], self._channel_end(text, m[1], ends), "ORG")
            flat.append(m)
        return flat

    @staticmethod
    def _channel_end(text: str, end: int, ends: set[int] | None) -> int:
        """Where a listed outlet's name ends once the channel written after it is read with it (人民网-北京频道);
        ``end`` when no channel follows, or when the channel's end cuts a word."""
        channel = OUTLET_CHANNEL.match(text, end)
        if channel and (ends is None or channel.end() in ends):
            return channel.end()
        return end

    def _named_zone(self, found: list[tuple[int, int, str]], text: str, start: int, end: int) -> tuple[int, int]:
        """A zone match cut to the listed zone it ends with (落实|滨海新区), unless a place stands before it."""
        inner = [s for s, e, lab in found if lab == "GPE" and e == end and start < s]
        if inner and not any(s == start and lab == "GPE" for s, _, lab in found):
            return min(inner), end
        return start, end

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        token_tags = [""] * len(doc)
        starts = {t.idx for t in doc}
        ends = {t.idx + len(t.text) for t in doc}
        for s, e, label in self.matches(text_of(doc), starts, ends):
            span = doc.char_span(s, e, label=label)
            if span is None:
                continue  # the dictionary term does not fall on token boundaries: not a word here
            spans.append(span)
            for t in span:
                token_tags[t.i] = label
        doc.spans[self.spans_key] = spans
        if self.set_tags:
            for token, tag in zip(doc, token_tags):
                if not tag:
                    text = token.text
                    if len(text) >= 1 and text.endswith(self.org_suffixes) and "\u4e00" <= text[-1] <= "\u9fff":
                        tag = "ORGSUF"
                    elif text.endswith(LOC_SUFFIXES):
                        tag = "LOCSUF"
                token.tag_ = tag or "_"
        return doc
