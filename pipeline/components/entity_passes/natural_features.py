"""Natural features and water: rivers, lakes, reservoirs, mountains and the regions around them (LOC).

The natural-places gazetteer names the major features wherever they stand as words; the rest are
read from where a monitoring report writes them: a river after its division (某县|白沙江|入境断面),
a river listed after a river, a lake of the plateau among known lakes, a river's section with its
place in brackets.  Words that only look like a feature (河长制, a province after 东湖) are dropped.
"""

from __future__ import annotations

import re

from ...grammar.natural import BEFORE_NAME
from ...grammar.natural import LEADING as NATURAL_LEADING
from ...grammar.natural import past_leading_words
from .knowledge import DIVISION_END, NOT_DIVISIONS, PlaceKnowledge
from .placing import Candidate, put_natural, put_places

#: a river's section in brackets: 某某河（某州段）, 某江(某县段)
RIVER_SECTION = re.compile(r"(?:(?<=[河江溪水渠湖])|(?<=流域)|(?<=干流)|(?<=水系))[（(]([\u4e00-\u9fff]{2,5}?)段[）)]")
#: a count of monitoring sections or sites closing a list of their names (…、某口、某桥4个断面)
SECTION_COUNT = re.compile(r"等?(?:[一二两三四五六七八九十\d]+)个(?:国控|省控|市控|国家|省级|市级|考核|监测|水质)*(?:断面|点位|站点|监测点|监测站|自动站)")
#: where such a list opens: a clause mark or a word that introduces it
LIST_OPENING = re.compile(r"[，,。；;：:\n]|其中|包括|以及")
#: how the names of the plateau's lakes end (色林错, 巴松措)
LAKE_ENDS = "错措"
#: the river/lake chief system after a word ending in 河 or 湖 (推动河|(湖)长制, 全面推行河|长制): no water body
CHIEF_SYSTEM_AFTER = re.compile(r"(?:[(（][湖河][)）])?长制|[(（][湖河][)）]长"
                                # the river-and-lake chiefs written as one word (总河|湖长会议, 市级河|湖长): 河 is the post's
                                r"|(?<=河)湖[长長]")
#: a level or a charge written before the 河 of a river-and-lake chief's post (县河|湖长, 责任河|湖长, 市级总河|湖长)
CHIEF_LEVEL = re.compile(r"(?:[省市县區县区州旗盟乡镇鄉鎮縣]|责任|責任)?(?:[\u4e00-\u9fff]{1,2}级)?总?河")
#: the surroundings written after a place that make it a planning region (京津冀|及周边地区)
SURROUNDINGS = re.compile(r"(?:及|及其)周边(?:地区|区域)")
#: how the name of a river ends, and what may not follow or open it (某市|河长制, 某市|城区河道, 某县|内河)
RIVER_ENDS = ("河", "江", "溪")
#: how the streams of a list of watercourses end: rivers, gullies and channels (某河、某沟、某渠)
STREAM_ENDS = RIVER_ENDS + ("沟", "渠")
RIVER_NOT_AFTER = set("道湖流长段网库岸畔堤滩沿")
RIVER_NOT_OPEN = ("全市", "全县", "境内", "辖区", "主要", "重点", "城市", "黑臭", "内河", "所有", "各条", "多条", "一条", "两条")


#: what follows provinces written together by their one-character abbreviations and makes them one region
#: (甘青|两省, 滇川藏|三省区, 川滇|两省, 吉辽|两地, 京张|跨界): a count of the places, or a word of a border
#: or of working together across it
JOINED_PROVINCES_AFTER = re.compile(r"([两二三四五])(?:省区|省市|省|地|区|方)|双方|跨界|跨省|交界|边界|界河|毗邻|联合|协同|合作")
#: a region named by its cities' first characters joined with dashes, in quotes (“乌-昌-石”区域): the
#: characters and the region word that follows
DASHED_REGION = re.compile(r"(?<=[“‘\"'])([\u4e00-\u9fff](?:[-—–－―][\u4e00-\u9fff]){1,4})(?=[”’\"']?(?:区域|地区|城市群|片区))")
#: level words: a chain of them joined with dashes is a hierarchy (省—市—县三级), no region
LEVEL_CHARS = set("省市县区乡镇村级")
COUNT_OF = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def joined_regions(knowledge: PlaceKnowledge, text: str) -> list[tuple[int, int]]:
    """Regions written by joining their places' abbreviations: provinces by their one-character
    abbreviations before a count of them or a border word (云贵|两省, 滇川藏|三省区, 吉辽|两地), and
    cities by their first characters joined with dashes in quotes before a region word (“乌-昌-石”区域).

    The shape is the evidence: two to four province abbreviations in a row are no word of their own
    (a run that a non-abbreviation opens, 江|苏, 四|川, is not taken), and a count written after them must
    count them."""
    abbreviations = knowledge.province_abbreviations
    out = []
    i = 0
    while i < len(text):
        if text[i] not in abbreviations or (i > 0 and text[i - 1] in abbreviations):
            i += 1
            continue
        j = i
        while j < len(text) and text[j] in abbreviations and j - i < 4:
            j += 1
        m = JOINED_PROVINCES_AFTER.match(text, j)
        if 2 <= j - i <= 4 and (j >= len(text) or text[j] not in abbreviations) and m \
                and (m.group(1) is None or COUNT_OF[m.group(1)] == j - i):
            out.append((i, j))
        i = j
    for m in DASHED_REGION.finditer(text):
        if not LEVEL_CHARS & set(m.group(1)):
            out.append(m.span(1))
    return sorted(out)


def _count_opening_name(text: str, c: Candidate, start: int, end: int) -> bool:
    """A count in characters that opens a known name and ends inside it (五台|山, 九华|山 read as 五台, 九华): a
    numeral and a measure word the name happens to begin with, not a quantity (a count in digits is one)."""
    return c[2] == "QUANTITY" and start <= c[0] and c[1] < end and not re.search(r"\d", text[c[0]:c[1]])


def known_natural_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                         word_starts: set[int]) -> list[Candidate]:
    """Names from the natural-places gazetteer are LOC wherever they stand as words.

    They replace what the model or the gazetteer made of them (a TITLE crossing the name:
    地处|长江 read as 处长; a GPE or PERSON over part of it), never a DATE, a QUANTITY, a
    byline, an ORG, a GPE reaching beyond the name, or a longer LOC already repaired.
    """
    out = sorted(chosen)
    for s, e in sorted(knowledge.natural.known_spans(text, word_starts) + joined_regions(knowledge, text)):
        if blocked.find(1, s, e) != -1:
            continue
        near = [c for c in out if c[0] < e and s < c[1]]
        if any((s, e) == (c[0], c[1]) and c[2] == "LOC" for c in near):
            continue
        if any((c[3] in ("grammar", "rule") or c[2] in ("ORG", "DATE", "QUANTITY")
                or (c[2] in ("GPE", "LOC") and c[0] <= s and e <= c[1])) and not _count_opening_name(text, c, s, e)
               for c in near):
            continue
        out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
    for s, e in knowledge.natural.shaped_spans(text):  # unlisted reserves, parks, reservoirs: only into gaps
        # …or over the short name of the place that opens the park's name (湖南|某某湖国家湿地公园)
        near = [c for c in out if c[0] < e and s < c[1]]
        if blocked.find(1, s, e) == -1 and all(
                (c[2] == "GPE" and s <= c[0] and c[1] <= e and c[3] in ("gazetteer", "model")
                 and (not text[c[0]:c[1]].endswith(DIVISION_END) or text[c[0]:c[1]] in knowledge.provinces))
                # …or over the listed feature the reserve is named after, with its province before it
                # (贵州|草海国家级自然保护区: the reserve's name as written opens with the province)
                or (c[2] == "LOC" and c[1] == e and s < c[0] and knowledge.is_known_place(text[s:c[0]]))
                # …or over a count of characters a place's name opens with (五大|连池风景名胜区: 五大连池)
                or (c[0] == s and _count_opening_name(text, c, s, e)
                    and any(knowledge.is_known_place(text[s:j]) for j in range(c[1] + 1, min(e, s + 8))))
                for c in near):
            out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
    return sorted(out)


def features_named_alone(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A feature's span cut to the name the article writes alone elsewhere (毛宅水库 … 县、镇|毛宅水库).

    The article itself is the evidence: where it names a river or reservoir on its own, a longer
    span ending in that name carries the sentence's words in front of it (a level word, a verb).  A
    one-character prefix is cut only when it is a division's level or a list mark (西|洞庭湖 is a
    name of its own), a longer one only when it is no place and the whole is no listed name.
    """
    alone = set()
    for s, e, lab, *_ in chosen:
        if lab == "LOC" and e - s >= 3 and (s == 0 or text[s - 1] in BEFORE_NAME or not re.match(r"[\u4e00-\u9fff]", text[s - 1])):
            alone.add(text[s:e])
    if not alone:
        return chosen
    out = []
    for c in chosen:
        surface = text[c[0]:c[1]]
        if c[2] == "LOC" and c[3] in ("model", "rule") and surface not in knowledge.natural.names:
            inner = max((n for n in alone if surface.endswith(n) and n != surface
                         and not knowledge.natural.is_generic(n) and not n.startswith(("国家", "省级", "市级"))),
                        key=len, default=None)
            if inner:
                prefix = surface[:-len(inner)]
                if (len(prefix) == 1 and prefix in "镇乡村县市区、") or (
                        len(prefix) >= 2 and not knowledge.is_known_place(prefix) and not knowledge.repair.is_place(prefix)
                        and prefix not in knowledge.natural.names):
                    c = (c[1] - len(inner),) + tuple(c[1:])
        out.append(c)
    return out


def straddles_feature(knowledge: PlaceKnowledge, text: str, start: int) -> bool:
    """A province's name whose first character ends a water body or mountain written before it
    (阳澄湖东|湖|南, 洞庭|湖|北岸, 黄|河|南岸, 泰|山|东): the feature's name, not the province."""
    if start == 0 or text[start] not in "湖河江海山":
        return False
    return any(text[k:start + 1] in knowledge.natural.names for k in range(max(0, start - 6), start))


def plateau_lakes(knowledge: PlaceKnowledge, text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members of a list of plateau lakes (names ending in 错/措, cut there), when one is a known lake."""
    lakes = []
    for s, e in items:
        cut = next((k + 1 for k in range(s + 1, e) if text[k] in LAKE_ENDS), None)
        if cut is None or not 3 <= cut - s <= 6:
            return []
        lakes.append((s, cut))
    if len(lakes) < 2 or not any(text[s:e] in knowledge.natural.names for s, e in lakes):
        return []
    return lakes


def rivers_after_divisions(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                           blocked: bytearray) -> list[Candidate]:
    """A river written right after a division's full name (某某市|东山河|某桥断面, 某县|白沙江|入境断面):
    monitoring reports name each section by its city, its river and its site.  The river is the
    shortest run of three or four characters after the place that ends in 河, 江 or 溪 and is no
    word for rivers at large; the place stays a place."""
    spans = []
    for c in chosen:
        if c[2] != "GPE" or not text[c[0]:c[1]].endswith(("市", "县", "縣", "区", "區", "旗")):
            continue
        e = c[1]
        for size in (3, 4):
            name = text[e:e + size]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or not name.endswith(RIVER_ENDS) or len(name) < size:
                continue
            if (any(ch in name[:-1] for ch in "市县区镇乡村城省州") or knowledge.natural.is_generic(name)
                    or name[:2] in RIVER_NOT_OPEN or text[e + size:e + size + 1] in RIVER_NOT_AFTER
                    or name[0] in BEFORE_NAME or name.startswith(NATURAL_LEADING)):  # 某区|在|某河: the sentence's word
                break
            spans.append((e, e + size))
            break
    return put_natural(sorted(chosen), spans, blocked)


def rivers_listed_after_rivers(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                               blocked: bytearray) -> list[Candidate]:
    """A river listed after a river (长江、|某江, 某江干流、|某河稳定在Ⅱ类): a list holds things of one
    kind, so the member after a found river that ends in 河, 江, 溪, 沟 or 渠 is a watercourse too.  The member is
    the shortest run of two to four characters after the 、 that ends so, and is no word for rivers
    at large."""
    spans = []
    for c in chosen:
        if c[2] != "LOC" or not text[c[0]:c[1]].endswith(STREAM_ENDS):
            continue
        e = c[1] + (2 if text.startswith(("干流", "支流"), c[1]) else 0)
        if not text.startswith("、", e):
            continue
        for size in (2, 3, 4):
            name = text[e + 1:e + 1 + size]
            if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
                break
            if not name.endswith(STREAM_ENDS):
                continue
            if (any(ch in name[:-1] for ch in "市县区镇乡村城省州") or knowledge.natural.is_generic(name)
                    or name[:2] in RIVER_NOT_OPEN or text[e + 1 + size:e + 2 + size] in RIVER_NOT_AFTER
                    or name[0] in BEFORE_NAME or name.startswith(NATURAL_LEADING)):
                break
            spans.append((e + 1, e + 1 + size))
            break
    return put_natural(sorted(chosen), spans, blocked)


#: a count of water bodies closing a list (…、某沟等4条生态清洁小流域, 某港和某港两条小流域, 某某、某某水库两个饮用水
#: 水源地, 湘、资、沅、澧四水流域): the count, a measure word, up to ten characters of description, a word for water bodies
COUNTED_WATER_TAIL = re.compile(r"(等)?([一二两三四五六七八九十]|\d+)(?:(?:条|个|座|处)[\u4e00-\u9fff]{0,10}?"
                                r"(?:河流|河道|河湖|江河|湖泊|湖库|水库|水体|潟湖|泻湖|小流域|水源地|饮用水源)"
                                r"|(?:潟湖|泻湖|湖泊|河流|水库)|水(?=流域|干流|水系))")
#: the members of such a list: names joined by 、 (the last also by 和, 及 or 与), back to the sentence's punctuation
COUNTED_WATER_MEMBERS = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,8}?)+$")
CHINESE_COUNTS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
#: how a member that is a division's full name ends: the water body of that place, the place stays a GPE
MEMBER_NOT_WATER_END = ("省", "市", "县", "区", "镇", "乡", "旗", "州")


#: a count of reserves or parks closing a list (周至、太白山、某某梁6个自然保护区, 甲、乙两处国家湿地公园): each member
#: is a reserve written by its short name, even one named after its county (GUIDELINES: a reserve is LOC)
COUNTED_RESERVE_TAIL = re.compile(r"(等)?([一二两三四五六七八九十]|\d+)(?:个|处|座)(?:国家级|省级|市级|县级|国家)?"
                                  r"(?:自然保护区|保护区|湿地公园|森林公园|地质公园|国家公园|风景名胜区)")


def _counted_members(text: str, count: re.Match) -> list[tuple[int, int]]:
    """The members of the list a count closes (甲、乙和丙|3条河流): the names joined by 、, 和, 及 or 与 before it."""
    run = COUNTED_WATER_MEMBERS.search(text, max(0, count.start() - 40), count.start())
    if not run:
        return []
    return [(p.start() + run.start(), p.end() + run.start()) for p in re.finditer(r"[^、和及与]+", run.group())]


def _counted(numeral: str) -> int:
    """The number a count writes, in digits or one Chinese numeral."""
    return int(numeral) if numeral.isdigit() else CHINESE_COUNTS[numeral]


def members_of_counted_water_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                                   blocked: bytearray) -> list[Candidate]:
    """The members of a list a count of water bodies closes are water bodies (LOC), however short their names.

    A list holds things of one kind and the count after it says which: 某港和某港两条小流域, 某沟、某沟等4条小流域,
    某某、某某水库两个饮用水水源地 (the second name's 水库 shared), 湘、资、沅、澧四水流域 (the rivers by their one
    character).  Without 等 the count must equal the members, which is what makes one-character names safe;
    with 等 each member needs two characters.  Divisions' names among the members stay places, and the words
    before the first member are the sentence's (加强|某某、某某两潟湖).
    """
    spans = []
    for m in COUNTED_WATER_TAIL.finditer(text):
        pieces = _counted_members(text, m)
        if len(pieces) < 2 or (m.group(1) is None and len(pieces) != _counted(m.group(2))) \
                or (m.group(1) is not None and (_counted(m.group(2)) < len(pieces) or min(e - s for s, e in pieces) < 2)):
            continue
        first_start = past_leading_words(text, *pieces[0])
        pieces[0] = (first_start, pieces[0][1])
        if any(e - s > 6 for s, e in pieces) or any(text[s:e].startswith(NATURAL_LEADING) for s, e in pieces[1:]):
            continue  # a clause, not a list of names
        spans += [(s, e) for s, e in pieces if not knowledge.is_known_place(text[s:e])
                  and not text[s:e].endswith(MEMBER_NOT_WATER_END) and not knowledge.natural.is_generic(text[s:e])]
    out = put_natural(sorted(chosen), spans, blocked)
    for m in COUNTED_RESERVE_TAIL.finditer(text):
        pieces = _counted_members(text, m)
        if len(pieces) < 2 or (m.group(1) is None and len(pieces) != _counted(m.group(2))):
            continue
        first = max(pieces[0][0], text.rfind("的", *pieces[0]) + 1)  # 陕西境内的|周至: the clause before the list
        pieces[0] = (past_leading_words(text, first, pieces[0][1]), pieces[0][1])
        if any(e - s > 6 or e - s < 2 for s, e in pieces) or any(text[s:e].startswith(NATURAL_LEADING) for s, e in pieces[1:]):
            continue
        members = [(s, e) for s, e in pieces if not text[s:e].endswith(MEMBER_NOT_WATER_END)]
        # a county's short name among them is the reserve named after it (周至, 佛坪): the place's span gives way
        out = [c for c in out if not (c[2] == "GPE" and (c[0], c[1]) in members)]
        out = put_natural(out, members, blocked)
    return out


def regions_with_surroundings(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A place and its surroundings are one region (京津冀及周边地区, 某市及周边区域): the planning term
    names an area, not the place alone, so the whole is one LOC."""
    out = []
    for c in sorted(chosen):
        tail = SURROUNDINGS.match(text, c[1]) if c[2] in ("GPE", "LOC") else None
        if tail is None and c[2] == "LOC":
            tail = REGION_WORD.match(text, c[1])  # 成都平原|地区: a feature's region is the feature's area
        if tail and blocked.find(1, c[0], tail.end()) == -1 \
                and not any(o[0] < tail.end() and c[1] <= o[0] for o in chosen if o is not c):
            out.append((c[0], tail.end(), "LOC", "rule", 1.0))
        else:
            out.append(c)
    return out


#: the word of a region written right after a natural feature (某某平原地区, 六盘山地区), not before a word that makes
#: it a part of something else; 区域 after a feature stays outside it (某山|区域, as the real pages' gold writes it)
REGION_WORD = re.compile(r"(?:地区|地區)(?![\u4e00-\u9fff]{0,1}(?:中心|管理|办|局|站|公司))")
#: the word of an area named after a place or a feature: a mining area, a forest area (木里|矿区, 某山|林区)
NAMED_AREA = re.compile(r"矿区|林区")


def named_areas(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A mining or forest area named after a place or a feature is a region, one LOC (木里矿区, GUIDELINES:
    a mining area named as a region is LOC): the place's short name is no place of its own there, and the
    area word no district (阳泉 has a district called 矿区).  Only a known place or a feature found before it
    names one."""
    out = sorted(chosen)
    for m in NAMED_AREA.finditer(text):
        e = m.end()
        features = {c[0] for c in out if c[2] == "LOC" and c[1] == m.start()}  # 某某湾(LOC)|矿区
        s = next((m.start() - k for k in (4, 3, 2) if m.start() - k >= 0
                  and (knowledge.is_known_place(text[m.start() - k:m.start()]) or m.start() - k in features
                       or text[m.start() - k:m.start()] in knowledge.natural.names)), None)
        if s is None or blocked.find(1, s, e) != -1 or text[s:m.start()].endswith(("省", "市", "县", "区")):
            continue
        near = [c for c in out if c[0] < e and s < c[1]]
        if all(c[2] in ("GPE", "LOC") and s <= c[0] and c[1] <= e for c in near):
            out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
    return sorted(out)


#: the word closing the name of a protected area or a park (某某国家级自然保护区, 某县森林公园, 某某水利风景区); a
#: resort zone (某某旅游度假区) is an administrative zone, a GPE in the pages' gold, and stays out
AREA_END = re.compile(r"自然保护区|保护区|湿地公园|森林公园|地质公园|国家公园|风景名胜区|风景区|主题公园|公园")
#: what a name's middle may not hold: a clause's or a list's word, a quote, a count, an act (某县|积极融入国家公园,
#: 某地|申报国家湿地公园, 某区|携手某保护区), or the generic words of a kind of area rather than a name
#: (某县|集中式饮用水水源保护区, 某江|源头保护区, 某水库|地表水型饮用水源地保护区, 某山|区域自然保护区)
AREA_MIDDLE_NOT = re.compile(r"[的和与及等在到对是为了个各、，,。；;：:“”\"'「」\s\d一二两三四五六七八九十]"
                             r"|融入|推进|打造|申报|申请|具备|落实|划定|创成|建设|围绕|携手|沿着|沿著|跻身|积极|全面|考察|位于|建成|成为|开展|加快"
                             r"|列入|建立|选定|获批|获评|入选|评为|成功|正式|通过|[我就将要把被集]|大$"
                             r"|^(?:集中式|饮用水|水源|源头|头|地表水|区域|流域|城市|县级|市级|省级|重点|生态红线|全|国家文化|大)")
#: a body that runs the area (某某自然保护区|管理局, 某公园|管护站): the whole is an organisation, no LOC of this pass
AREA_BODY_AFTER = re.compile(r"管理[局处站所]|管理委员会|管委会|管护[站局]|[局处站所]|中心|办")
#: the level a place's full name ends in (某市, 某县, 某镇): written out, it stands before the area's own name
#: (某区|某港红树林保护区) rather than opening it
LEVEL_END = ("省", "市", "县", "縣", "区", "區", "州", "旗", "乡", "鄉", "镇", "鎮", "村")


def areas_named_after_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                             blocked: bytearray) -> list[Candidate]:
    """A protected area or park named after a feature, a short place name or a name is one LOC (王朗国家级自然
    保护区, 某湖草原风景区, 广东某某湖国家湿地公园; the issue's 滨江湿地公园): the short place inside names the
    area, so it is no GPE there, and a name the model read as a person's (王朗) is the area's.  A place written
    with its level stands before the area's name (某区|某港红树林保护区, 某市|某溪口湿地公园) and stays a place; a
    county's park is one (某县森林公园), a city's or province's areas in general are none (某市|自然保护区); a
    water source's or a basin's zone is no name (某江|源头保护区, 某水库|保护区)."""
    out = sorted(chosen)
    for m in AREA_END.finditer(text):
        if AREA_BODY_AFTER.match(text, m.end()):
            continue
        before = [c for c in out if c[1] <= m.start() and c[2] in ("GPE", "PERSON", "LOC") and m.start() - c[1] <= 10]
        if not before or any(c[0] < m.end() and c[1] > before[-1][1] for c in out):
            continue  # no name before the area word, or another entity between: the model's reading stands
        last = before[-1]
        middle, name = text[last[1]:m.start()], text[last[0]:last[1]]
        if AREA_MIDDLE_NOT.search(middle) or blocked.find(1, last[0], m.end()) != -1:
            continue
        if last[2] == "GPE" and name.endswith(LEVEL_END) and (middle or not name.endswith(("县", "縣", "旗"))):
            continue
        if last[2] == "LOC" and not middle and m.group() == "保护区":
            continue
        first = last
        for c in reversed(before[:-1]):  # short places written together before the name (广东|花都湖) open it
            if c[1] == first[0] and c[2] == "GPE" and not text[c[0]:c[1]].endswith(LEVEL_END):
                first = c
        span = [c for c in out if first[0] <= c[0] and c[1] <= last[1]]
        out = sorted([c for c in out if c not in span] + [(first[0], m.end(), "LOC", "rule", 1.0)])
    return out


def places_of_river_sections(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                             blocked: bytearray) -> list[Candidate]:
    """The place of a river's section written in brackets after it (某某河（某州段）): a known place, or a
    prefecture, county or city by its suffix (GUIDELINES: a place inside a section name is GPE)."""
    new = []
    for m in RIVER_SECTION.finditer(text):
        name = m.group(1)
        if (knowledge.is_known_place(name) or name.endswith(("州", "县", "市", "区", "旗"))) \
                and name not in NOT_DIVISIONS and blocked.find(1, m.start(1), m.end(1)) == -1:
            new.append((m.start(1), m.end(1), False))
    return put_places(text, list(chosen), new)


def section_names_not_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Members of a list closed by a count of monitoring sections (某桥、某口、玉溪|4个断面) name sections.

    A section is named after a bridge, a river mouth or a village, often one that shares a city's
    name; the list's count says what its members are, so none of them is a place (ANNOTATION:
    monitoring sections are no GPE)."""
    drop: set[tuple[int, int]] = set()
    for m in SECTION_COUNT.finditer(text):
        start = max([k.end() for k in LIST_OPENING.finditer(text, max(0, m.start() - 80), m.start())], default=max(0, m.start() - 80))
        if "、" not in text[start:m.start()]:
            continue
        drop |= {(c[0], c[1]) for c in chosen if c[2] == "GPE" and start <= c[0] and c[1] <= m.start()}
    return [c for c in chosen if (c[0], c[1]) not in drop]


def without_straddled_provinces(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a GPE whose first character ends the feature written before it (:func:`straddles_feature`)."""
    return [c for c in chosen if not (c[2] == "GPE" and straddles_feature(knowledge, text, c[0]))]


def without_chief_systems(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a LOC that is the 河/湖 of the river or lake chief system (推动河|(湖)长制, 总河|湖长): no water body.
    A level or a charge before such a 河 with the post after it (县河|湖长, 责任河|湖长) is the post's own."""
    titles = [c for c in chosen if c[2] == "TITLE"]
    out, joined = [], {}
    for c in chosen:
        if c[2] == "LOC" and CHIEF_SYSTEM_AFTER.match(text, c[1]):
            # the post read after the 河, or from it (责任河 + 河湖长: the passes before may share the 河)
            post = next((t for t in titles if c[0] <= t[0] <= c[1] < t[1]), None)
            if post and CHIEF_LEVEL.fullmatch(text, c[0], c[1]):
                joined[post] = (c[0], post[1], "TITLE", post[3], post[4])
            continue
        out.append(c)
    return [joined.get(c, c) for c in out]


#: a river or lake named by what it should be or is like, not by its name (幸福河, 垃圾河, 家乡河, 样板河,
#: 致富之河): a slogan's or a campaign's word, no water body (GUIDELINES: LOC names a feature)
FIGURATIVE_WATER = re.compile(r"(?:幸福|垃圾|黑臭|家乡|家鄉|健康|美丽|美麗|生态|生態|平安|民生|示范|示範|样板|樣板|过境|過境|境内|境內"
                              r"|乡村|鄉村|母亲|母親|清洁|清潔|景观|景觀|爱|愛|[\u4e00-\u9fff]{2}之)(?:河|湖|河湖|江)")


def without_figurative_waters(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a LOC that is a figurative river or lake (:data:`FIGURATIVE_WATER`): 建设造福人民的幸福河, 护河、爱河."""
    return [c for c in chosen if not (c[2] == "LOC" and FIGURATIVE_WATER.fullmatch(text, c[0], c[1]))]


#: a count of the water bodies just listed, written after the last one (金沙江、雅砻江、大渡河|三江, 赣江…修河|五河)
COUNTED_FEATURES = re.compile(r"[一二两三四五六七八九十]+(?:大)?[江河湖溪库]$")


def without_counted_tails(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Cut the count of a list's water bodies off its last member (大渡河三江 -> 大渡河): the count says how many
    were listed (三江 as 三江侗族自治县 or 五河 as 五河县 only where they stand alone), and the name before it is
    the feature.  Only a member of a list (、 before it) whose remaining name ends as a water body is cut."""
    out = []
    for c in chosen:
        m = COUNTED_FEATURES.search(text, c[0], c[1]) if c[2] == "LOC" else None
        if m and m.start() - c[0] >= 2 and text[m.start() - 1] in "江河湖溪库" and "、" in text[max(0, c[0] - 12):c[0]]:
            c = (c[0], m.start(), *c[2:])
        out.append(c)
    return out
