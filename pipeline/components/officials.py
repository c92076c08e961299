"""``ecoie_officials``: who holds which position in which body.

Chinese news writes officials as ``[ORG][TITLE、TITLE…]PERSON`` (``市生态环境局
党组书记、局长吕克军``), sometimes ``PERSON TITLE`` (``吕克军局长``), with posts
in brackets (``甲（市委书记）``) or taken by a verb (``甲，乙任组长``: both are
组长), and in transcripts as speaker labels (``廊坊市生态环境局党组书记、局长尹崧：``).
Posts in several bodies are one chain (``甲市委副书记、市长，乙新区党工委副书记、
管委会主任某某``); a title folded with its committee (``市委书记``) brings the
committee as the body when no other is written for the person.  The
linker walks left from each PERSON over titles joined by ``、`` or nothing,
then takes the ORG written right before the first title; a title with no
body before it takes the nearest body earlier in the same sentence (``市生态
环境局…局长张斌举出席会议并讲话，党组副书记刘云廷主持会议``), else the nearest
one earlier in the paragraph (``市政府召开…会议。…副市长甲主持``), else none —
in both cases only a body that can hold the post (a ``副市长`` sits in a
``…政府``, not in the bureau that convened; :mod:`.official_bodies`).

A name written after an official's name with 、 and no post of its own holds the same post
(``副县长甲、乙``); a bracketed note between post and name (``副局长（主持工作）甲``) is skipped;
a body the entity layer left untagged right before a post is taken when its name ends as the post
requires (``…监督管理处副处长``), and a body written for a later member of a 、-list is lent to
another member only for a post that names its kind of body.  In an article about a county-level
city a bare ``市`` is that city.  An assembly written by its kind right before a post (``政协副主席甲``,
``人大副主任乙``) is the one of the article's place, and such a word tagged as a name is no person.

Only people with a position become officials (reporters, photographers and
editors have none).  All mentions of one person are merged; titles keep text
order.  Organisation names are normalised: a leading bare 市/省/县/区/州/旗 is
replaced by the article's place (``市生态环境局`` in a Liaocheng article ->
``聊城市生态环境局``), the rest is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from .. import contract  # noqa: F401  (registers doc._.officials)
from .entity_rules import ZONE_KIND_WORDS
from .official_bodies import OfficialWords, load_official_words
from .spans import text_of


JOINERS = re.compile(r"^[、\s]*$")
#: spaces that pad a post to a column before the name on the same line (科长      某  某)
#: the space between a roster line's name and its body (某某某 某某厅副厅长)
ROSTER_GAP = re.compile(r"[ \t\u3000]{1,6}(?=\S)")
COLUMN_PADDING = re.compile(r"[ \t\u3000]{1,12}")
#: an organisation name opening with one of these is normalised to the article's place instead
BARE_PREFIXES = "市省县区州旗盟"
#: a body whose name opens with a place or zone of its own (某某新区开发办, 某某县水利局): no earlier place is prefixed
OWN_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:新区|开发区|高新区|经开区|园区|自治县|县|市|州|旗|镇|乡)"
                               r"(?=[\u4e00-\u9fff]{2})")
#: the posts of a river's or a lake's chief, written after the water they serve (某河|市级河长)
RIVER_CHIEF_ENDINGS = ("河长", "湖长")
#: what a chief's water may carry between its name and the chief's post: its trunk or a tributary, or the
#: stretch the chief serves (某江干流|市级河长, 某江(某某段)|县级河长, 某河某某段|河长)
WATER_STRETCH = re.compile(r"干流|支流|主流|[（(][\u4e00-\u9fff]{1,8}[）)]|[\u4e00-\u9fff]{1,4}段")
#: posts written one after another for one person: 、, or 兼 (县总河长兼某河县级河长), or nothing before a chief's
#: water (常务副市长某河河长)
CHIEF_JOINTS = ("、", "兼", "")
#: a chief's water the entity layer left untagged between two posts (县总河长兼|某河|县级河长)
UNTAGGED_WATER = re.compile(r"[、兼]?[\u4e00-\u9fff]{1,6}?(?:河|江|湖|溪|渠|水库)(?:干流|支流|主流|[\u4e00-\u9fff]{1,4}段)?")
#: what joins the persons of a list (甲，乙任组长; 甲、乙和丙)
LIST_JOINTS = {"，", ",", "、", "和", "与", "及", "以及"}
CLAUSE_OPENERS = set("，,。；;：:\n（(“\"") | {" ", "\u3000", "\t"}
#: township levels written before their party committee in a folded title (镇党委书记)
TOWN_LEVELS = ("镇", "乡", "街道")
BRANCH = re.compile(r"分局|支队|大队|中队|分队|监测站")
#: a place the entity layer left untagged between two posts of one chain (市委书记、盟开发区党工委书记):
#: Han characters ending in a division or zone
UNTAGGED_PLACE = re.compile(r"、[\u4e00-\u9fff]{1,8}?(?:开发区|新区|园区|高新区|自治县|自治州|区|县|市|旗|州|盟)")
#: what joins a former post to the present one before a name (原…局长，现任…区长甲)
CURRENT_POST = re.compile(r"[，,]\s*现任")
#: words opening a clause before an untagged body that are no part of its name: a preposition, and the
#: word marking a post as former or present (对原规划局局长甲, 现任…)
UNTAGGED_LEAD = re.compile(r"(?:对|向|由|经|给)?(?:原|时任|现任)?")
ANAPHOR = re.compile(r"(?:该|本|我)?(分局|局|支队|大队|中心)$")


@dataclass
class OfficialMention:
    person: str
    titles: list[str] = field(default_factory=list)
    org: str | None = None
    start: int = 0
    end: int = 0
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    #: where the written chain ([place][body]titles) before the name starts
    chain_start: int | None = None


def normalize_org(name: str, context) -> str:
    """Replace a leading bare 市/省/县/区/州/旗/盟 with the article's place (ANNOTATION.md section 1); a bare 行署
    is the article's league's or prefecture's (锡林郭勒盟行署)."""
    if not name or context is None:
        return name
    head = name[0]
    place = None
    county = getattr(context, "county", None)
    if name.startswith("政府") and len(name) > 2 and not name.startswith("政府和"):
        # a government's office or section written without its level (政府办, 政府办公室): the article's own
        # county's in a county's article, else its city's
        place = county or context.city
        return place + name if place else name
    if name.startswith("行署") and context.city and context.city.endswith(("盟", "地区")):
        # a league's or prefecture's administrative office written bare (行署副盟长, 行署召开): the article's
        return context.city + name
    if head == "市" and county and county.endswith("市"):
        # an article about a county-level city (海林市召开…) speaks of its own 市委, 市政府
        place = county
    elif head == "市" and (context.city or getattr(context, "local_city", None)):
        place = context.city or context.local_city
    elif head == "省" and context.province:
        place = context.province
    elif head == "区" and (context.province or "").endswith("自治区") and (name[1:].startswith("党委") or name.endswith("厅")) \
            and not (county and county.endswith("区")):
        # an autonomous region's own bodies written with its bare 区 (区党委, 区生态环境厅): a district has a 区委
        # and no 厅, so these are the region's
        place = context.province
    elif head in "县区旗镇乡":
        county = county or getattr(context, "local_county", None)
        place = county if county and county.endswith(head) else None
    elif head in "州盟" and context.city and context.city.endswith(head):
        place = context.city  # 州委 in a prefecture's article, 盟开发区管委会 in a league's
    if place and not name.startswith(place):
        return place + name[1:]
    return name


#: a government's head post, by level: the level a bare 政府 before it belongs to (政府县长 -> 县政府)
GOVERNMENT_HEADS = re.compile(r"^(?:常务)?副?([省市县区州旗盟])长$")


def leveled_government(name: str, titles: list[str], orgs: list[str]) -> str:
    """A bare 政府 (人民政府) takes the level of its head's post written with it (县委副书记、政府县长X ->
    县政府), so the place normalisation below can name it; any other body is returned as it is.

    The bare word names no form of its own, so it takes the one the article writes for that level's
    government (县人民政府 where only that is written), as 县委 takes its county's name."""
    if name not in ("政府", "人民政府"):
        return name
    level = next((m.group(1) for t in titles if (m := GOVERNMENT_HEADS.match(t))), None)
    if level is None:
        return name
    written = {form for form in ("政府", "人民政府") if any(o.endswith(level + form) for o in orgs)}
    return level + (written.pop() if len(written) == 1 else name)


#: a people's congress or political consultative conference written by its kind alone before a post
#: (，政协副主席甲; 县政协主席乙): the level's body, which the entity layer often leaves untagged
ASSEMBLY_BEFORE_POST = re.compile(r"(?:^|(?<=[，,。；;：:、\s]))([省市县区州旗]?)(政协|人大常委会|人大)$")

ASSEMBLY_NAME = re.compile(r"[省市县区州旗]?(?:政协|人大常委会|人大)")


def assembly_before(text: str, mention: OfficialMention, context) -> str | None:
    """``政协副主席刘某`` in a county's article -> 某县政协: the assembly written right before the first post,
    opening its clause, is the one of the level written with it or else of the article's own place (its
    county, else its city), as a bare 县委 is the county's (GUIDELINES §4: a bare kind word is the body
    it points back at).  None when the article's place is unknown."""
    if not mention.title_spans or context is None:
        return None
    first = min(s for s, _ in mention.title_spans)
    m = ASSEMBLY_BEFORE_POST.search(text, max(0, first - 6), first)
    return own_assembly(m.group(1), m.group(2), context) if m else None


def own_assembly(level: str, kind: str, context) -> str | None:
    """The assembly of ``kind`` (政协, 人大) at ``level`` (县, 市; empty when not written) of the article's own
    place (its county, else its city): 政协 in 台山市's article -> 台山市政协.  None when the place is unknown."""
    if context is None:
        return None
    own = getattr(context, "county", None) or getattr(context, "city", None) or ""
    level = level or (own[-1] if own else "")
    body = normalize_org(level + kind, context) if level else kind
    return body if body[0] not in BARE_PREFIXES and body != kind else None


def written_place(name: str, orgs: list[str], places: set[str], context, text: str | None = None) -> str | None:
    """The place a bare-prefix body stands for when the article names that body in full elsewhere
    (``市生态环境局执法大队`` beside ``江油市生态环境局``: a county-level city's article, whose 市 is not
    the prefecture the context reads).  Only when the article names no body of its context city, and
    the place is one the article mentions; None otherwise (the context decides)."""
    if not name or name[0] not in BARE_PREFIXES or context is None:
        return None
    city = getattr(context, "city", None)
    if city and any(org.startswith(city) for org in orgs):
        return None
    key, level = _org_key(name), name[0]
    counts: dict[str, int] = {}
    for org in orgs:
        if org[0] in BARE_PREFIXES:
            continue
        full = _org_key(org)
        j = next((j for j in range(len(key), 2, -1) if full.endswith(key[:j]) and len(full) > j), None)
        if j is None:
            continue
        place = full[: len(full) - j] + level
        if place in places or place in (getattr(context, "county", None), getattr(context, "local_county", None)):
            counts[place] = counts.get(place, 0) + 1
    if len(counts) != 1:
        return None  # no body named in full, or several places' bodies (a list of counties reporting)
    best = next(iter(counts))
    if best == city or (city and text is not None and text.count(best[:-1]) < text.count(city[:-1])):
        return None  # the article speaks of its city more than of that place
    return best


# a body's short-form ending and what its full form adds (新闻办 -> 新闻办公室)
def _org_key(name: str) -> str:
    """What two names of one body share: 人民政府 is written 政府, 环境保护 is written 环保
    (``省第一环境保护督察组`` and ``省第一环保督察组`` in one article are one team)."""
    return name.replace("人民政府", "政府").replace("环境保护", "环保")


def named_zone(name: str, places: set[str], text: str, context) -> str:
    """A zone's body written with the bare zone word takes the zone's name when the article names one zone
    of that kind (示范区管委会 beside 济源示范区 -> 济源示范区管委会), as 县委 takes its county's (GUIDELINES §4:
    a bare kind word pointing back at a named body is that body).  The zone is a place the article tags, or
    one written with the name of the article's own city or county (济源|示范区)."""
    zone = next((w for w in ZONE_KIND_WORDS if name.startswith(w)), None)
    if zone is None:
        return name
    named = {p for p in places if p.endswith(zone) and len(p) > len(zone)}
    own = [getattr(context, k, None) for k in ("county", "city")] if context is not None else []
    for place in filter(None, own):
        short = place[:-1] if len(place) > 2 and place[-1] in "市县区州盟旗" else place
        if short + zone in text:
            named.add(short + zone)
    return next(iter(named)) + name[len(zone):] if len(named) == 1 else name


def canonical_org(name: str | None, known: list[str], places: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The same body mentioned twice is one body: use the fullest name in the article that ends like it
    (``督察组`` -> ``某省第二生态环境保护督察组``, ``管委会`` -> ``某开发区管委会``).
    A name that opens with one of ``places`` names its own body and keeps its place as written
    (``果洛州生态环境局`` beside ``青海省果洛州生态环境局``; GUIDELINES §4: as written, only a bare
    leading 市/省/县/区 is replaced): no longer place chain from elsewhere in the article completes it.
    A short form is never expanded to a longer word (``市政府新闻办`` stays ``…新闻办``, not ``…新闻办公室``;
    ``县政府`` stays ``…县政府``, not ``…县人民政府``: ANNOTATION s.1, no expansion)."""
    if not name:
        return name
    key = _org_key(name)
    candidates = [k for k in known if len(k) >= len(name)
                  and (_org_key(k).endswith(key) or _place_suffix_dropped(_org_key(k)) == key)]
    # 县政府副县长甲 beside 某县人民政府召开, 环保局局长乙 beside 某市环境保护局: the post's body keeps the
    # words the article writes it with (GUIDELINES §4: as written, no expansion; 市政府新闻办 is not
    # 人民政府新闻办公室); only what it leaves unwritten before them is filled in, or the spelling of a
    # name written in full both times (省第二环保督察组 beside 省第二环境保护督察组: one team)
    # (or its place written short: 江苏生态环境厅 is 江苏省生态环境厅)
    candidates = [k for k in candidates if k.endswith(name) or (
        (_org_key(k) == key or _place_suffix_dropped(_org_key(k)) == key) and "人民政府" not in k)]
    if names_own_place(name, places):
        candidates = [k for k in candidates if not k.endswith(name)]
    return max(candidates, key=len) if candidates else name


def names_own_place(name: str, places: frozenset[str] | set[str]) -> bool:
    """Does ``name`` open with a place (``果洛州生态环境局``, ``武清区生态环境局``)?  Such a body is
    named in full where it is written; a bare kind word (``督察组``, ``分局``) is not."""
    return any(len(place) >= 2 and name.startswith(place) and len(name) > len(place) for place in places)


def _place_suffix_dropped(key: str) -> str | None:
    """A body's name with its place written short (``湖北省生态环境厅`` -> ``湖北生态环境厅``,
    ``南宁市生态环境局`` -> ``南宁生态环境局``): the 省/市 after a two- or three-character place dropped."""
    for i in (2, 3):
        if len(key) > i + 2 and key[i] in "省市" and "省" not in key[:i] and "市" not in key[:i]:
            return key[:i] + key[i + 1:]
    return None


def context_places(context) -> set[str]:
    """The article's own places its context reads (province, city, county), for :func:`names_own_place`."""
    keys = ("province", "city", "county", "local_county")
    return {p for p in (getattr(context, k, None) for k in keys) if p} if context is not None else set()


def document_orgs(doc, context) -> list[str]:
    """Normalised names of the organisations the article mentions (``doc``: a Doc or anything with ``.ents``)."""
    return sorted({normalize_org(e.text, context) for e in doc.ents if e.label_ == "ORG"})


@Language.factory("ecoie_officials", requires=["doc.ents", "doc._.context"], assigns=["doc._.officials"],
                  default_config={"max_gap": 2, "words": "configs/officials.json",
                                  "titles": "configs/gazetteers/titles.txt",
                                  "surnames": "configs/gazetteers/surnames.txt"})
def create_officials(nlp: Language, name: str, max_gap: int, words: str, titles: str, surnames: str) -> "OfficialLinker":
    return OfficialLinker(max_gap, load_official_words(words, titles, surnames))


@dataclass(frozen=True)
class Piece:
    """A place or title the linker reads inside an ORG span that folds them (``开封市委`` + ``书记``);
    shaped like a Span for the linker (label_, text, character offsets), never added to ``doc.ents``."""
    label_: str
    text: str
    start_char: int
    end_char: int
    sent: object = None


COMMITTEE = re.compile(r"^(.*?)((?:省|市|县|区|州|旗|盟|党|党工)委)$")
#: a title folded with its committee (市委书记, 县委常委): it names its body itself
FOLDED_COMMITTEE = re.compile(r"^(?:(?:省|市|县|区|州|旗|盟)委|(?:镇|乡|街道)?党工?委|政法委|纪委)")
#: a bracketed note between a post and the name (副局长（主持工作）甲): Han characters only
NOTE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]$")


def _zone_committee(text: str, start: int, title: str) -> str | None:
    """A zone's working committee written by the zone's kind word with the post (``示范区党工委书记``, also
    ``示范区|党工委书记`` with the kind word left out of the title): ``示范区党工委``, which :func:`named_zone`
    names after the article's zone, as a town's 党委书记 belongs to the town's committee."""
    opened = next((w for w in ZONE_KIND_WORDS if title.startswith(w)), "")
    before = "" if opened else next((w for w in ZONE_KIND_WORDS if text.endswith(w, 0, start)), "")
    rest = title[len(opened):]
    if not (opened or before) or not rest.startswith(("党工委", "工委")):
        return None
    cut = rest.find("委") + 1
    return before + opened + rest[:cut] if len(rest) > cut else None


def _town_name_before(text: str, pos: int) -> str:
    """Two or three Han characters that open a clause right before ``pos`` (，青莲|镇党委书记): a town's
    name written before its folded committee title; '' when the clause holds more (a verb, a list)."""
    for size in (2, 3):
        start = pos - size
        if start >= 0 and re.fullmatch(r"[\u4e00-\u9fff]+", text[start:pos]) \
                and (start == 0 or text[start - 1] in CLAUSE_OPENERS | {"、"}):
            return text[start:pos]
    return ""


def split_title_bodies(ents: list, words: OfficialWords) -> list:
    """A TITLE the entity layer tagged together with the office or section before it (``办公室主任``,
    ``大气处副处长``) is that body and the title; the body joins an ORG written right before it
    (``郑州市生态环境局`` + ``大气处`` -> ``郑州市生态环境局大气处``).  A body named by its level alone
    (``省政府副秘书长``) is read as the body, but the post keeps the word it is written as."""
    if not words.titles or not words.title_body_suffixes:
        return ents
    out: list = []
    for ent in ents:
        head = None
        if ent.label_ == "TITLE" and ent.text not in words.titles:
            for cut in range(2, len(ent.text) - 1):
                if ent.text[cut:] in words.titles and ent.text[:cut].endswith(words.title_body_suffixes):
                    head = ent.text[:cut]
                    break
        if head is None:
            out.append(ent)
            continue
        mid = ent.start_char + len(head)
        if out and out[-1].label_ == "ORG" and out[-1].end_char == ent.start_char:
            before = out.pop()
            out.append(Piece("ORG", before.text + head, before.start_char, mid))
        else:
            out.append(Piece("ORG", head, ent.start_char, mid))
        # 省政府副秘书长: a body named by its level alone is folded into the post, which stays one title as
        # written (GUIDELINES: titles folded with their body are one TITLE, as 市委书记); a section
        # (大气处|副处长) is a body of its own the entity layer should have tagged apart
        title = ent.text if head[0] in BARE_PREFIXES else ent.text[len(head):]
        out.append(Piece("TITLE", title, mid, ent.end_char))
    return out


def unfold_titles(text: str, ents: list, titles: frozenset[str]) -> tuple[list, dict[int, str]]:
    """Entities with the titles the entity layer left untagged between a body and a name read in.

    ``开封市委``(ORG) ``书记`` ``高建军``: the title is written folded with its committee, which the
    guidelines annotate as one TITLE (``市委书记``) after a GPE (``开封``); ``市生态环境局``(ORG)
    ``局长`` ``甲``: the title follows its body.  Returns the new list and, for each folded title
    (by start offset), the body folded into it (``开封市委``) — the official's body when no other
    is written for the person."""
    if not titles:
        return ents, {}
    out, folded = [], {}
    for n, ent in enumerate(ents):
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        # 市委宣传部副部长、市政府新闻办主任甲: a post listed with 、 before the next body of a chain of posts
        if ent.label_ != "ORG" or nxt is None or nxt.label_ not in ("TITLE", "PERSON", "ORG"):
            out.append(ent)
            continue
        gap = text[ent.end_char:nxt.start_char]
        word = gap.rstrip("、 \u3000")
        if not word or word not in titles or not JOINERS.match(gap[len(word):]) \
                or (nxt.label_ == "ORG" and "、" not in gap[len(word):]):
            out.append(ent)
            continue
        m = COMMITTEE.match(ent.text)
        if m and m.group(2) + word in titles:
            place, committee = m.group(1), m.group(2)
            if place:
                out.append(Piece("GPE", place, ent.start_char, ent.start_char + len(place)))
            title = Piece("TITLE", committee + word, ent.start_char + len(place), ent.end_char + len(word))
            folded[title.start_char] = ent.text
            out.append(title)
        else:
            out.append(ent)
            out.append(Piece("TITLE", word, ent.end_char, ent.end_char + len(word)))
    return out, folded


class OfficialLinker:
    def __init__(self, max_gap: int = 2, words: OfficialWords | None = None):
        self.max_gap = max_gap
        self.words = words or OfficialWords()

    def __call__(self, doc: Doc) -> Doc:
        ents = split_title_bodies(sorted(doc.ents, key=lambda e: e.start_char), self.words)
        ents, folded = unfold_titles(text_of(doc), ents, self.words.titles)
        ents = self._named_after_titles(doc, ents)
        context = doc._.context if doc.has_extension("context") else None
        raw_orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
        places = {e.text for e in doc.ents if e.label_ == "GPE"}
        mentions: list[OfficialMention] = []
        for i, ent in enumerate(ents):
            # 县政协|主席: an assembly the entity layer took for a name holds no post itself
            if ent.label_ != "PERSON" or ASSEMBLY_NAME.fullmatch(ent.text):
                continue
            roster = self._roster_line(doc, ents, i)
            mention = roster or self._before(doc, ents, i) or self._after(doc, ents, i)
            stated = None if roster else self._stated_after(doc, ents, i)
            if mention is None and stated is None:
                listed = self._listed_after(doc, ents, i, mentions)
                if listed is not None:
                    mentions.append(listed)
                    continue
            if stated is not None:
                titles, body, shared = stated
                if mention is None:
                    mention = OfficialMention(ent.text, [], None, ent.start_char, ent.end_char, [], ent.start_char)
                if shared:  # 市委书记甲，市长乙任组长: every person listed before the verb takes the post
                    for earlier in self._coordinated(doc, mentions, mention):
                        earlier.titles.extend(t.text for t in titles if t.text not in earlier.titles)
                mention.titles.extend(t.text for t in titles if t.text not in mention.titles)
                mention.title_spans.extend((t.start_char, t.end_char) for t in titles)
                mention.org = mention.org or (body.text if body is not None else None)
            if mention and mention.titles:
                if mention.org is None:
                    own = self._own_bodies(mentions + [mention], ents, doc)
                    mention.org = (self._anaphoric_org(doc, ents, mention) or self._folded_org(doc, ents, mention, folded)
                                   or self._untagged_body(doc, ents, mention)
                                   or assembly_before(text_of(doc), mention, context)
                                   or self._partner_org(doc, mentions, mention)
                                   or self._sentence_org(doc, ents, i, mention, own)
                                   or self._paragraph_org(doc, ents, i, mention))
                if mention.org and (bare := ASSEMBLY_NAME.fullmatch(mention.org)) and mention.org[0] not in "省市县区州旗":
                    # a bare assembly the entity layer tagged (政协|副主席甲) is the article's own, as an untagged one
                    mention.org = own_assembly("", bare.group(), context) or mention.org
                if mention.org:
                    mention.org = leveled_government(mention.org, mention.titles, raw_orgs)
                    place = written_place(mention.org, raw_orgs, places, context, text_of(doc))
                    mention.org = place + mention.org[1:] if place else normalize_org(mention.org, context)
                    mention.org = named_zone(mention.org, places, text_of(doc), context)
                mentions.append(mention)
        known = document_orgs(doc, context)
        own_places = places | context_places(context)
        for m in mentions:
            m.org = canonical_org(m.org, known, own_places)
            m.person = re.sub(r"\s+", "", m.person)  # a name padded to a column (某  某) is the name
        doc._.officials = merge_mentions(mentions)
        return doc

    def _named_after_titles(self, doc: Doc, ents: list) -> list:
        """Names the entity layer missed right after a title chain (``新闻发言人闫某对…进行介绍``):
        read for the official record only (``doc.ents`` is the entity layer's); the name must be
        a surname and one or two characters followed by a cue word (:meth:`OfficialWords.name_at`)."""
        text, out = text_of(doc), []
        for n, ent in enumerate(ents):
            out.append(ent)
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if ent.label_ != "TITLE":
                continue
            name = self.words.name_at(text, ent.end_char)
            if name and (nxt is None or nxt.start_char >= ent.end_char + len(name)):
                span = doc.char_span(ent.end_char, ent.end_char + len(name), alignment_mode="expand")
                out.append(Piece("PERSON", name, ent.end_char, ent.end_char + len(name),
                                 span.sent if span is not None and doc.has_annotation("SENT_START") else None))
        return out

    def _gap(self, doc: Doc, a: int, b: int) -> str:
        return text_of(doc)[a:b]

    @staticmethod
    def _note_start(doc: Doc, ents: list, i: int) -> int:
        """Where the titles before ``ents[i]`` must end: the name's start, or the start of a bracketed
        note written between the post and the name (``副局长（主持工作）胡某``: the deputy in charge),
        when no entity stands inside the brackets."""
        person, text = ents[i], text_of(doc)
        m = NOTE.search(text, max(0, person.start_char - 8), person.start_char)
        if m is None or (i and ents[i - 1].end_char > m.start()):
            return person.start_char
        return m.start()

    @staticmethod
    def _listed_after(doc: Doc, ents: list, i: int, mentions: list[OfficialMention]) -> OfficialMention | None:
        """``副县长甲、乙``: a name written right after an official's name, joined by 、 and with no post
        of its own, holds the same post (GUIDELINES: a post before a list of names is every name's).
        Only after a name whose posts are written before it (``甲局长、乙`` says nothing of 乙)."""
        if not i or not mentions or ents[i - 1].label_ != "PERSON":
            return None
        prev, person = mentions[-1], ents[i]
        if prev.person != ents[i - 1].text or prev.end != ents[i - 1].end_char \
                or text_of(doc)[prev.end:person.start_char] != "、" \
                or not prev.title_spans or max(e for _, e in prev.title_spans) > prev.start:
            return None
        return OfficialMention(person.text, list(prev.titles), prev.org, person.start_char, person.end_char,
                               list(prev.title_spans), person.start_char)

    def _untagged_body(self, doc: Doc, ents: list, mention: OfficialMention) -> str | None:
        """A body the entity layer left untagged, written between a separator and the first title
        (``、市市场监管委质量监督管理处副处长乙``, ``北京林业大学副校长丙``): taken when its name ends the
        way that post requires (``…处`` for a 副处长; :meth:`OfficialWords.endings_for`), so that the
        person does not borrow another person's body named earlier in the list."""
        if not mention.title_spans:
            return None
        text, first = text_of(doc), min(s for s, _ in mention.title_spans)
        start = first
        while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if first - start < 3 or first - start > 25 or (start and text[start - 1] not in CLAUSE_OPENERS | {"、", "："}):
            return None
        # a place or a tagged part of the name may stand inside (北京|林业大学, 市市场监管委|…管理处);
        # another person, post or figure may not, nor may a name run across either edge
        if any(e.start_char < first and e.end_char > start
               and (e.label_ not in ("ORG", "GPE", "LOC") or e.start_char < start or e.end_char > first)
               for e in ents):
            return None
        endings = self.words.endings_for(text[first:min(e for s, e in mention.title_spans if s == first)])
        name = text[start:first]
        name = name[UNTAGGED_LEAD.match(name).end():]  # 对原|规划局局长: the preposition and 原 are no part of it
        return name if endings and len(name) >= 2 and name.endswith(endings) else None

    @staticmethod
    def _own_bodies(mentions: list[OfficialMention], ents: list, doc: Doc) -> set[int]:
        """Start offsets of the bodies written in the chain of a person who is not the first of a list
        joined by 、 (``局长甲、党组成员、监测中心主任乙、二级调研员丙``: 监测中心 is 乙's alone)."""
        text, own = text_of(doc), set()
        for a, b in zip(mentions, mentions[1:]):
            if b.chain_start is None or a.end > b.chain_start or text[a.end:b.chain_start] != "、":
                continue
            own.update(e.start_char for e in ents if e.label_ == "ORG" and b.chain_start <= e.start_char < b.start)
        return own

    def _before(self, doc: Doc, ents: list[Span], i: int) -> OfficialMention | None:
        """``[PLACE][ORG] TITLE(、TITLE)* PERSON``, read leftwards block by block.

        A block is titles joined by ``、`` (or nothing) with the body and place written before them.
        Blocks before the first are the same person's posts in other bodies: joined by ``、`` after a
        block that names its body (``扬州市委宣传部副部长、扬州市政府新闻办主任周学军``), or by ``，``
        before a block that opens with its body or place, when the earlier block opens a clause
        (``甲市委副书记、市长，乙新区党工委副书记、管委会主任某某``).  The official's body is the
        first one named; a body written without its place takes the place that opens its
        comma-separated part (``贵安新区党工委副书记、管委会主任`` -> ``贵安新区管委会``)."""
        person = ents[i]
        blocks: list[tuple[list[Span], Span | None, Span | None]] = []  # (titles, body, place)
        comma_after: list[bool] = []  # is block k separated from block k+1 by ，?
        where: dict[int, int] = {}  # position in ``ents`` of each body and place read
        j, edge = i - 1, self._note_start(doc, ents, i)
        while True:
            titles: list[Span] = []
            while j >= 0 and ents[j].label_ == "TITLE" and JOINERS.match(self._gap(doc, ents[j].end_char, edge)) \
                    and (edge - ents[j].end_char <= self.max_gap or COLUMN_PADDING.fullmatch(self._gap(doc, ents[j].end_char, edge))):
                if titles and doc.text[ents[j].start_char - 1:ents[j].start_char] in ("任", "兼") and j > 0 \
                        and ents[j - 1].label_ == "PERSON" and ents[j - 1].end_char == ents[j].start_char - 1:
                    break  # 甲任|政委、区长乙: the post taken by the name before 任 is that name's
                if not titles and "、" in self._gap(doc, ents[j].end_char, edge) and j > 0 \
                        and ents[j - 1].label_ == "PERSON" and ents[j - 1].end_char == ents[j].start_char:
                    break  # 甲局长、乙副局长: a post written after the name before it is that name's
                titles.insert(0, ents[j])
                edge = ents[j].start_char
                j -= 1
            if not titles:
                break
            body = place = None
            named = False  # a body is written for this block (perhaps only as 领导小组, unresolved)
            if j >= 0 and ents[j].label_ == "ORG" and ents[j].end_char == edge:
                where[id(ents[j])] = j
                body, edge, j = ents[j], ents[j].start_char, j - 1
                named = True
            elif j >= 0 and ents[j].label_ == "TITLE":
                # 市长、领导小组组长甲: a body referred to by its short name, untagged between two titles
                short = self._short_body(doc, ents, j, edge)
                if short is not None:
                    body, edge, named = short[0], short[1], True
            if j >= 0 and ents[j].label_ == "GPE" and ents[j].end_char == edge:
                where[id(ents[j])] = j
                place, edge, j = ents[j], ents[j].start_char, j - 1
            # 市委副书记、某河|市级河长甲: the water a chief serves is no body; it joins the posts before it
            # (a place inside the stretch's brackets, 某江(某某段), is the stretch's: k steps over it)
            chief = not named and place is None and titles[0].text.endswith(RIVER_CHIEF_ENDINGS)
            k = j - 1 if j >= 1 and ents[j].label_ == "GPE" and ents[j].end_char < edge else j
            river = chief and k >= 0 and ents[k].label_ == "LOC" \
                and (ents[k].end_char == edge or WATER_STRETCH.fullmatch(self._gap(doc, ents[k].end_char, edge)))
            if river:
                edge, j = ents[k].start_char, k - 1
            elif chief and j >= 0 and ents[j].label_ == "TITLE" \
                    and UNTAGGED_WATER.fullmatch(self._gap(doc, ents[j].end_char, edge)):
                river, edge = True, ents[j].end_char
            blocks.insert(0, (titles, body, place))
            if j < 0 or ents[j].label_ != "TITLE":
                break
            joint = self._gap(doc, ents[j].end_char, edge)
            if ((joint == "、" and named) or (river and joint in CHIEF_JOINTS)) and place is None:
                comma_after.insert(0, False)
                continue
            # 省委副书记、赣州市委书记甲: a place and a title folded with its committee name their body; a place
            # before a chief's post (县委书记、某某|总河长) names the waters of the posts before it
            if joint == "、" and place is not None and not named \
                    and (FOLDED_COMMITTEE.match(titles[0].text) or titles[0].text.endswith(RIVER_CHIEF_ENDINGS)):
                comma_after.insert(0, False)
                continue
            # 乌兰浩特市委书记、盟开发区党工委书记甲: a place left untagged opens the later block, which names a
            # post of its own; like a comma, it keeps the earlier block's place from the later body
            if UNTAGGED_PLACE.fullmatch(joint) and ents[j].label_ == "TITLE":
                comma_after.insert(0, True)
                edge = ents[j].end_char
                continue
            # 原公路局总工程师，现任国资公司副总经理甲: the post held before and the post held now, one person's
            if CURRENT_POST.fullmatch(joint):
                comma_after.insert(0, True)
                edge = ents[j].end_char
                continue
            if joint in ("，", ",") and (body is not None or place is not None) and self._opens_clause(doc, ents, j):
                comma_after.insert(0, True)
                edge = ents[j].end_char  # the comma is the joint, not a gap inside the next block
                continue
            break
        if not blocks:
            return None
        titles = [t for block in blocks for t in block[0]]
        org = None
        n = next((k for k, block in enumerate(blocks) if block[1] is not None), None)
        if n is not None:
            org = blocks[n][1].text
            written_here = blocks[n][1].end_char == blocks[n][0][0].start_char  # not a short name resolved
            # the place opening this comma-separated part, when the body is written without one
            k = n
            while blocks[k][2] is None and k > 0 and not comma_after[k - 1]:
                k -= 1
            place = blocks[k][2]
            if not written_here:
                pass
            elif place is not None and not org.startswith(place.text) and org[0] not in BARE_PREFIXES \
                    and not OWN_PLACE_OPENING.match(org):
                org = place.text + org
                # 商丘市生态环境局|柘城|分局: a body, a place and a branch written as one name
                if k == n:
                    owner = self._written_before(doc, ents, where[id(place)])
                    if owner is not None:
                        org, edge = owner.text + org, min(edge, owner.start_char)
            elif place is None:
                owner = self._written_before(doc, ents, where[id(blocks[n][1])])
                if owner is not None:  # 市生态环境局|大气处: a body and its section written as one name
                    org, edge = text_of(doc)[owner.start_char:blocks[n][1].end_char], min(edge, owner.start_char)
        return OfficialMention(person.text, [t.text for t in titles], org, person.start_char, person.end_char,
                               [(t.start_char, t.end_char) for t in titles], edge)

    def _stated_after(self, doc: Doc, ents: list, i: int) -> tuple[list, Span | None, bool] | None:
        """Posts written after the name: in brackets (``高某某（市委书记）``, ``甲（市环委办主任）``) or
        after a verb of taking a post (``乙任组长``, ``丙担任副组长``).  Returns (titles, body, shared):
        a post taken by a verb is shared by the persons listed before it."""
        text, person = text_of(doc), ents[i]
        pos, bracket = person.end_char, text[person.end_char:person.end_char + 1] in ("（", "(")
        verb = None if bracket else next((v for v in self.words.subject_sharing_verbs if text.startswith(v, pos)), None)
        if not bracket and verb is None:
            return None
        pos += 1 if bracket else len(verb)
        j, body, titles = i + 1, None, []
        if bracket and j < len(ents) and ents[j].label_ == "ORG" and ents[j].start_char == pos:
            body, pos, j = ents[j], ents[j].end_char, j + 1
        while j < len(ents) and ents[j].label_ == "TITLE" and (ents[j].start_char == pos or titles and
                                                             JOINERS.match(text[pos:ents[j].start_char])
                                                             and ents[j].start_char - pos <= self.max_gap):
            if titles and j + 1 < len(ents) and ents[j + 1].label_ == "PERSON" and ents[j + 1].start_char == ents[j].end_char:
                break  # 甲任政委、区长乙任指挥长: the post right before the next name is that name's
            titles.append(ents[j])
            pos, j = ents[j].end_char, j + 1
        if not titles or (bracket and text[pos:pos + 1] not in ("）", ")")):
            return None
        return titles, body, not bracket

    @staticmethod
    def _roster_line(doc: Doc, ents: list, i: int) -> OfficialMention | None:
        """A roster line of a press conference's or a meeting's header: the name opens the line, then a space,
        the body and the post close it (``某某某 自治区某某厅副厅长``).  The post is this name's, never the
        previous line's (whose post ends right before the line break)."""
        text, person = text_of(doc), ents[i]
        line_start = text.rfind("\n", 0, person.start_char) + 1
        if text[line_start:person.start_char].strip() or not ROSTER_GAP.match(text, person.end_char):
            return None
        pos, j, body, titles = ROSTER_GAP.match(text, person.end_char).end(), i + 1, None, []
        if j < len(ents) and ents[j].label_ == "ORG" and ents[j].start_char == pos:
            body, pos, j = ents[j], ents[j].end_char, j + 1
        while j < len(ents) and ents[j].label_ == "TITLE" and (ents[j].start_char == pos
                                                             or titles and JOINERS.match(text[pos:ents[j].start_char])):
            titles.append(ents[j])
            pos, j = ents[j].end_char, j + 1
        line_end = text.find("\n", pos)
        if not titles or text[pos:line_end if line_end != -1 else len(text)].strip():
            return None
        return OfficialMention(person.text, [t.text for t in titles], body.text if body is not None else None,
                               person.start_char, person.end_char, [(t.start_char, t.end_char) for t in titles])

    @staticmethod
    def _coordinated(doc: Doc, mentions: list[OfficialMention], mention: OfficialMention) -> list[OfficialMention]:
        """The officials listed right before ``mention`` (``市委书记甲，市委副书记、市长乙``), nearest last."""
        out, start = [], mention.chain_start if mention.chain_start is not None else mention.start
        for earlier in reversed(mentions):
            if earlier.end > start or text_of(doc)[earlier.end:start].strip() not in LIST_JOINTS:
                break
            out.insert(0, earlier)
            start = earlier.chain_start if earlier.chain_start is not None else earlier.start
        return out

    def _short_body(self, doc: Doc, ents: list, j: int, edge: int) -> tuple | None:
        """``、领导小组`` between ``ents[j]`` (a title) and ``edge``: a body written by its short name.
        Returns (the body named in full earlier with that ending, or None; where the short name starts)."""
        gap = self._gap(doc, ents[j].end_char, edge)
        word = gap.lstrip("、")
        if gap == word or word not in self.words.short_bodies:
            return None
        start = edge - len(word)
        full = next((ents[k] for k in range(j - 1, -1, -1) if ents[k].label_ == "ORG"
                     and ents[k].text.endswith(word) and len(ents[k].text) > len(word)), None)
        return full, start

    @staticmethod
    def _written_before(doc: Doc, ents: list, k: int) -> Span | None:
        """The ORG written right against ``ents[k]`` on its left (one name split by the entity layer); a
        bare branch (``分局``) may have its own untagged place between (``商丘市生态环境局|柘城|分局``)."""
        span = ents[k]
        if not k or ents[k - 1].label_ != "ORG":
            return None
        gap = text_of(doc)[ents[k - 1].end_char:span.start_char]
        if not gap or (BRANCH.fullmatch(span.text) and len(gap) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", gap)):
            return ents[k - 1]
        return None

    def _opens_clause(self, doc: Doc, ents: list[Span], j: int) -> bool:
        """Does the block of titles ending at ``ents[j]`` open a clause (sentence start or after punctuation)?"""
        k = j
        while k > 0 and ents[k - 1].label_ in ("TITLE", "ORG", "GPE") and \
                JOINERS.match(self._gap(doc, ents[k - 1].end_char, ents[k].start_char)):
            k -= 1
        before = text_of(doc)[max(0, ents[k].start_char - 1): ents[k].start_char]
        return not before or before in CLAUSE_OPENERS

    def _after(self, doc: Doc, ents: list[Span], i: int) -> OfficialMention | None:
        """``PERSON TITLE`` (吕克军局长), with the ORG before the name if written there."""
        person = ents[i]
        if i + 1 < len(ents) and ents[i + 1].label_ == "TITLE" and ents[i + 1].start_char == person.end_char:
            org = None
            if i > 0 and ents[i - 1].label_ == "ORG" and ents[i - 1].end_char == person.start_char:
                org = ents[i - 1].text
            title = ents[i + 1]
            return OfficialMention(person.text, [title.text], org, person.start_char, person.end_char,
                                   [(title.start_char, title.end_char)])
        return None

    @staticmethod
    def _folded_org(doc: Doc, ents: list, mention: OfficialMention, folded: dict[int, str]) -> str | None:
        """The body folded into the first title that folds one (``市委书记`` -> ``市委``, with the place
        written right before it: ``开封`` + ``市委书记`` -> ``开封市委``; GUIDELINES, real articles)."""
        for start, end in mention.title_spans:
            if start in folded:
                return folded[start]
            title = text_of(doc)[start:end]
            # the place written right before the post (开封|市委书记, 某某镇|党委书记)
            place = next((e.text for e in ents if e.label_ == "GPE" and e.end_char == start), "")
            if place.endswith(TOWN_LEVELS) and title.startswith(("党委", "党工委")):
                return place + title[: title.find("委") + 1]  # 某某镇|党委书记 -> 某某镇党委
            if place and title.startswith("党工委"):
                return place + "党工委"  # 某某新区|党工委书记 -> 某某新区党工委
            if place.endswith("自治区") and title.startswith("党委"):
                return place + "党委"  # 某某自治区|党委副书记 -> 某某自治区党委 (a region's committee is its 党委)
            if place and title.startswith(("政法委", "纪委")) and place[-1] in BARE_PREFIXES:
                return place + "委"  # 某某区|政法委书记: a member of the district's party committee, 某某区委
            zone = _zone_committee(text_of(doc), start, title)
            if zone:
                return zone
            m = COMMITTEE.match(title[: title.find("委") + 1]) if "委" in title else None
            if not m or title == m.group(0) or title.startswith("党"):
                continue
            # 市委书记 -> 市委; 镇党委书记 -> 镇党委 (a township's committee keeps its level, GUIDELINES)
            body = m.group(2) if not m.group(1) else m.group(0) if m.group(1) in TOWN_LEVELS else None
            if body is None:
                continue
            if not place and body.startswith(TOWN_LEVELS):
                place = _town_name_before(text_of(doc), start)  # 青莲|镇党委书记: towns no table lists
            if place and body[0] in BARE_PREFIXES + "镇乡" and place.endswith(body[0]):
                body = body[1:]  # 天水市|市委书记 -> 天水市委, not 天水市市委
            return place + body
        return None

    @staticmethod
    def _anaphoric_org(doc: Doc, ents: list[Span], mention: OfficialMention) -> str | None:
        """``分局局长X`` / ``该局局长X``: the short word refers to the last body named in full with that ending."""
        first_title = min((s for s, _ in mention.title_spans), default=mention.start)
        before = text_of(doc)[max(0, first_title - 3) : first_title]
        m = ANAPHOR.search(before)
        if not m:
            return None
        ending = m.group(1)
        at = max(0, first_title - 3) + m.start()
        # 综合行政执法局局长甲: a bare ending closing a longer name the entity layer left untagged is that
        # name's, no word referring back (the untagged body is read as written)
        if m.group(0) == ending and at and "\u4e00" <= text_of(doc)[at - 1] <= "\u9fff":
            return None
        bodies = [e.text for e in ents if e.end_char <= first_title - len(m.group(0)) and e.label_ == "ORG"
                  and e.text.endswith(ending) and len(e.text) > len(ending) + 1]
        if not bodies:
            return None
        if m.group(0) == ending and len(bodies) > 1:
            # a bare 局党组成员 speaks of the article's own bureau: the one it names most, not the last named
            return max(reversed(bodies), key=bodies.count)
        return bodies[-1]  # 该局: the body named last

    def _partner_org(self, doc: Doc, mentions: list[OfficialMention], mention: OfficialMention) -> str | None:
        """``督察组组长甲、副组长乙``, ``区政协副主席甲，秘书长乙``: a post written with no body right after
        another official of a list is held in that official's body when the post's name says it fits
        that body (a 副组长 in a …组, a 秘书长 in a …政协; :meth:`OfficialWords.endings_for`), since the
        list names one body's members.  A post that fits any body (党组成员) or a body of another kind
        (市委书记甲、市长乙: a 市长 sits in no …委) takes nothing from the one before."""
        if not mentions or not mention.title_spans:
            return None
        prev = mentions[-1]
        first = min(s for s, _ in mention.title_spans)
        start = mention.chain_start if mention.chain_start is not None else first
        if not prev.org or prev.end > start or text_of(doc)[prev.end:start] not in ("、", "，", ","):
            return None
        endings = [self.words.endings_for(t) for t in mention.titles]
        if any(e and prev.org.endswith(e) for e in endings):
            return prev.org
        # the deputies of the head named just before (主任甲，副主任乙、丙; 组长甲，常务副组长乙) serve in the head's body
        # (a post whose name says its kind of body looks for that kind: 县长甲、副县长乙 of a 县委 chain is no 县委's)
        deputy = any(t.removeprefix("常务").removeprefix("副") in prev.titles and e is None
                     for t, e in zip(mention.titles, endings) if "副" in t[:3])
        return prev.org if deputy else None

    def _sentence_org(self, doc: Doc, ents: list[Span], i: int, mention: OfficialMention,
                      own: set[int] = frozenset()) -> str | None:
        """The nearest body earlier in the sentence (the title's body when none is written before it).
        A body written for a later member of a list (``own``) is taken only when the post's name says it
        fits that body (``监测中心主任乙、副主任丙``), not for any post (``…、二级调研员丙``)."""
        person = ents[i]
        sent = person.sent if doc.has_annotation("SENT_START") and person.sent is not None else doc[:]
        first_title = min((s for s, _ in mention.title_spans), default=person.start_char)
        for ent in reversed(ents[:i]):
            if ent.start_char < sent.start_char:
                break
            if ent.label_ == "ORG" and ent.end_char <= first_title and self.words.can_hold(ent.text, mention.titles):
                if ent.start_char in own and not any(self.words.endings_for(t) for t in mention.titles):
                    continue
                return ent.text
        return None


    def _paragraph_org(self, doc: Doc, ents: list[Span], i: int, mention: OfficialMention) -> str | None:
        """A body named earlier in the paragraph that can hold the titles (``市政府召开…会议。副市长甲主持``):
        the nearest one whose name ends as the post requires (:mod:`.official_bodies`)."""
        person = ents[i]
        sent_start = person.sent.start_char if doc.has_annotation("SENT_START") and person.sent is not None else 0
        para_start = text_of(doc).rfind("\n", 0, sent_start) + 1
        for ent in (ents[k] for k in range(i - 1, -1, -1)):
            if ent.start_char < para_start:
                break
            if ent.label_ == "ORG" and ent.end_char <= sent_start and self.words.can_hold(ent.text, mention.titles):
                return ent.text
        return None


def merge_mentions(mentions: list[OfficialMention]) -> list[OfficialMention]:
    """One record per person: titles in text order without repeats, the first body found."""
    merged: dict[str, OfficialMention] = {}
    for m in mentions:
        if m.person not in merged:
            merged[m.person] = OfficialMention(m.person, [], m.org, m.start, m.end, [])
        target = merged[m.person]
        for t in m.titles:
            if t not in target.titles:
                target.titles.append(t)
        if target.org is None and m.org:
            target.org = m.org
    return list(merged.values())
