"""Places the article names in lists, by short names, in slogans and zones.

A county's short name alone (鄞州, 和平) is often a common word; the article's own shape is the
evidence that it names a place: a 、-list or a list of counts with a known division among its
members, counties of one prefecture written together, a place named in full and then again by its
short name, a slogan about a place (美丽|洛川), an informal name of a place the article names, a zone
named after its place.  The module ends with the last step of the merger, which joins places written
together into one GPE.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Set

from ...grammar.natural import BEFORE_NAME, FEATURE_WORDS, past_leading_words
from ..entity_rules import BARE_ZONES, HONOUR_TITLE
from ..gazetteer import LOC_SUFFIXES, division_short
from .bodies import FIRM_END, NOT_IN_BODY
from .knowledge import DIVISION_END, LEADING_FUNCTION, NOT_DIVISIONS, PlaceKnowledge
from .natural_features import plateau_lakes
from .placing import CN_NUMERAL, Candidate, opens_word, put_natural, put_places
from .towns import township_list

#: a run of short Han items joined by 、 (the last may be joined by 和/及/与): a candidate list of places
ENUMERATION = re.compile(r"[\u4e00-\u9fff]{2,9}(?:、[\u4e00-\u9fff]{2,9})+")
ITEM_JOIN = re.compile(r"[和及与]")
#: where the last item of a list ends: 新晃等地, 渭南均, 鄞州获评
ITEM_END = re.compile(r"[一二两三四五六七八九十百\d]|等|共|均|分别|获|为|的|在|是|都|已|开展|完成|实现|达到|进入|位列|排名|列入|入选|被")
#: how a county-level division's full name ends; no county's full name ends in 州, so a county's short
#: name may (开州区 -> 开州, 鄞州区 -> 鄞州) and is still a short name, not a full one
COUNTY_FULL_END = tuple(end for end in DIVISION_END if end != "州")
#: a member of a list of counts per place: a Han name right after punctuation, then a number and its unit
#: (八步3件，平桂1件；A区383家、B市327家)
COUNT_ITEM = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8})(?=\d+(?:\.\d+)?([\u4e00-\u9fff%]))")
#: members of such lists that are no place: the city's own departments, the rest, the total
COUNT_NOT_PLACE = frozenset({"市直", "县直", "区直", "省直", "州直", "市本级", "县本级", "区本级", "本级", "其他", "其它",
                             "其余", "其中", "合计", "共计", "总计", "累计", "另有", "同比", "环比", "分别", "包括", "全年",
                             "上年", "去年", "今年", "较上年", "比上年"})
#: words after a river's name in a sentence about its water (唐河|出境断面, 龙江|干流): the member is the river
WATER_CONTEXT = ("出境", "入境", "断面", "干流", "支流", "水质", "河段", "界江", "入江", "入河", "入海", "水系", "水位")
#: words in a clause that make a name the water or the land feature, not the place named like it
#: (细河|高台子断面, 某江|水质, 某山|林区)
FEATURE_CONTEXT = WATER_CONTEXT + ("上游", "下游", "中游", "流域", "水域", "水体", "沿岸", "河道", "河口", "湖区", "库区",
                                   "水库", "大桥", "水源", "林区", "山区", "景区", "风景", "保护区", "湿地", "公园")
#: words right before a name that make it a feature (流经某江, 注入某河, 登上某山)
FEATURE_BEFORE = ("流经", "注入", "汇入", "流入", "排入", "沿着", "登上", "河流", "湖泊", "水库", "山脉")
#: a zone's name running on after a place's short name (大兴|国际机场临空经济区, 华容|工业集中区)
ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:经济区|集中区|工业园|产业园|园区|开发区|新区|示范区|高新区|经开区)")
#: what makes a place's short name the start of a street, a bridge or a building (驿城|大道, 民和|桥)
STREET_AFTER = ("大道", "大街", "路", "街", "巷", "桥", "广场", "公园", "小区", "宾馆", "饭店", "酒店", "新闻", "日报", "网")
#: bare zone words: a zone of the place the article is about when it stands as a member of a list or a subject
#: (开发区104家; 新区 after the article named its 新区), although alone they are generic (not_gpe)
ZONE_WORDS = frozenset({"开发区", "高新区", "经开区", "新区"})
#: slogans that name the place they are about (美丽洛川建设, 绿美某镇): the word after them is the place
PLACE_SLOGAN = re.compile(r"(?:美丽|绿美)(?=[\u4e00-\u9fff]{2})")
#: what a list of places is followed by (等地, 三个街道, 两县): the list names places
PLACE_LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+个?)?(?:地|县|区|市|街道办事处|街道|办事处|乡镇|镇街|街镇|镇|乡|旗|片区|城区)")
#: how a member of a list of water bodies or landforms ends (not 地区/区域: 京津冀、周边地区)
NATURAL_ENDS = tuple(w for w in FEATURE_WORDS if w not in ("地区", "区域", "流域", "保护区", "水", "港", "泉", "峰"))
#: a count of water bodies closing a list (…、某某水等5条重点河流, …和某某湖两个湖泊): the members are water bodies
RIVER_LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+)(?:条|个|座|处)(?:重点|主要|城市|城区|黑臭|市控|省控)?(?:河流|河道|河湖|江河|湖泊|湖库|水库|水体)")
#: verbs of work on water before a name (保护|洪湖, 治理|某江): the name is the feature, even where a division
#: shares it
WORK_ON_WATER_BEFORE = ("保护", "治理", "修复", "整治", "守护", "清理", "疏浚", "污染", "巡河", "巡湖", "沿", "环", "入",
                        "流经", "注入", "汇入", "流入", "排入")
#: a zone's name after the place it is named for: 瓯江口|产业集聚区, 某某|经济技术开发区 (up to 4 characters between)
ZONE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:产业集聚区|经济技术开发区|高新技术产业开发区|经济开发区|工业园区|产业园区|工业集中区"
                              r"|产业转移工业园|产业转移园)")
#: a zone two places build together, the host written in brackets (某区(某县)产业转移工业园, 某市(某某)产业园):
#: one GPE over the places and the bracket (GUIDELINES: 梁山(韩岗)环保装备产业园)
ZONE_WITH_HOST = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]{0,6}?(?:产业集聚区|经济技术开发区|经济开发区|工业园区"
                            r"|产业园区|工业集中区|产业转移工业园|产业转移园|工业园|产业园)")


def _body_under(place: str, body: str, starts_with_place: Callable[[str], bool]) -> bool:
    """Is ``body`` a public body of a place below ``place``, written as one name (西藏自治区|林芝市人民政府)?

    The writer's prefix is part of the name (ANNOTATION: organisations as written).  A firm after the
    district of its case, or a body after a place of the same or a lower level, is not prefixed.
    """
    return (place.endswith(("省", "自治区", "自治區")) or (place.endswith("市") and len(place) >= 3)) \
        and starts_with_place(body) and not FIRM_END.search(body)


def places_in_enumerations(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                            credits: Set[tuple[int, int]] = frozenset(), word_ends: set[int] | None = None,
                            word_starts: set[int] | None = None) -> list[Candidate]:
    """Places listed by short name (宝鸡、咸阳、渭南; 在麻阳、芷江、新晃等地).

    The list is its own evidence: when one member is a known division
    (by full or short name), its siblings of the same shape are places
    too.  A known place is never PERSON or LOC inside such a list, and a
    known division alone is never PERSON.  ``blocked`` marks the characters
    of titles and boilerplate.  Entities are kept sorted with their starts
    beside them, so each member looks up its neighbours by bisection
    (long documents stay linear).
    """
    out = sorted((s, e, "GPE" if lab == "PERSON" and (s, e) not in credits and len(text[s:e]) >= 2 and knowledge.is_known_place(text[s:e])
                  else lab, src, cf)  # 伊犁州, 湘西州, 马龙 are places, not people
                 for s, e, lab, src, cf in chosen)
    starts = [c[0] for c in out]

    def overlapping(s: int, e: int) -> range:
        lo = bisect.bisect_right(starts, s) - 1
        lo = lo if lo >= 0 and out[lo][1] > s else lo + 1
        return range(max(lo, 0), bisect.bisect_left(starts, e))

    for m in ENUMERATION.finditer(text):
        items = enumeration_items(text, m.start(), m.end(), knowledge.is_known_place, word_ends)
        # a list whose predicate is about water (…、唐河出境断面, …、怒江干流水质) names rivers, even
        # where a member is also a county's or a prefecture's name
        water = bool(items) and text.startswith(WATER_CONTEXT, items[-1][1])
        shaped = [text[s:e].endswith(LOC_SUFFIXES + NATURAL_ENDS) for s, e in items]
        unknown = sum(sh and not knowledge.is_known_place(text[s:e]) for sh, (s, e) in zip(shaped, items))
        natural = sum(shaped) if water and unknown else unknown
        # 甲、乙、丙等村社: the level after the list says what its members are, whatever they are named like
        villages = villages_by_name(knowledge, text, items)
        if items and RIVER_LIST_TAIL.match(text, items[-1][1]) and all(2 <= e - s <= 6 for s, e in items):
            # 天等河、公益水、新桥水等5条重点河流: the count names what the members are, each a water body
            first = knowledge.natural.repair(text, *items[0])  # 推进|天等河: the words before the list are no name
            items = ([first] if first else []) + items[1:]
            out = put_natural(out, items, blocked)
            starts = [c[0] for c in out]
            continue
        lakes = plateau_lakes(knowledge, text, items)
        if lakes:
            # 色林错、班公错、某某错和某错湖泊…: a list with a known lake names its siblings written 错/措 too
            out = put_natural(out, lakes, blocked)
            starts = [c[0] for c in out]
            continue
        if natural * 2 >= len(items) and not villages:
            # a list of rivers or mountains (布尔哈通河、嘎呀河、牡丹江): a member named like a city is the river
            for s, e in items:
                for j in overlapping(s, e):
                    cs, ce, lab, src, cf = out[j]
                    if (cs, ce) == (s, e) and lab == "GPE" and text[s:e].endswith(LOC_SUFFIXES):
                        out[j] = (cs, ce, "LOC", src, cf)
            for s, e in items:
                k = text.find("水质", s, e)  # the last member runs into its predicate: …河网水质均为优
                e = k if k >= s + 2 else e
                # a member nothing was found for, named like its siblings (…溪、X水系、Y河网): a LOC too
                fixed = knowledge.natural.repair(text, s, e) if text[s:e].endswith(NATURAL_ENDS) else None
                opens = fixed is not None and (fixed[0] == s or fixed[0] == past_leading_words(text, s, fixed[1]))
                if fixed and (opens and (s == 0 or text[s - 1] in BEFORE_NAME)) \
                        and not overlapping(*fixed) and blocked.find(1, *fixed) == -1 \
                        and not CHIEF_AFTER_WATER.match(text, fixed[1]):
                    k = bisect.bisect_left(starts, fixed[0])
                    out.insert(k, (fixed[0], fixed[1], "LOC", "rule", 1.0))
                    starts.insert(k, fixed[0])
            continue
        if water and sum(shaped) * 2 >= len(items):
            continue  # 白河、唐河|出境断面: rivers named like their counties; the model decides
        items = [(s, e) for s, e in items if not _scenery(text, s, e)]  # 蓝天白云、清水绿岸: no places
        if items and not knowledge.is_known_place(text[items[0][0]:items[0][1]]):
            fs, fe = items[0]  # 在麻阳、芷江…: words before the list are not part of its first member
            # the place is not the tail of one word: 建设|示范县 is a model county, no county 范县 (a word the
            # segmenter cut wrongly, 除桥|东区, still holds the place)
            trimmed = next((k for k in range(fs + 1, fe - 1) if knowledge.is_known_place(text[k:fe])
                            and not _inside_one_word(k, fe, word_starts, word_ends)), None)
            if trimmed is not None:
                items[0] = (trimmed, fe)
        known = [(s, e) for s, e in items if knowledge.is_known_place(text[s:e])]
        if not known:
            towns = township_list(text, items, word_starts)
            if towns:
                items = known = towns  # 大名镇、大街镇、旧治乡: a list of townships
        if len(known) < 2 and villages:
            items = known = villages
        if not known or (len(known) < 2 and len(items) < 3):
            continue
        if (len(known) < 2 and not knowledge.strong_place(text[known[0][0]:known[0][1]])
                and not PLACE_LIST_TAIL.match(text, items[-1][1])):
            continue  # one county's short name (资源, 和平) among common words is no evidence of a list of places
        lengths = {e - s for s, e in known}
        # as many members the model read as persons, none a known place, as known places: a list of people
        # (副县长甲、乙、丙、某省某区管委会…; 甲、乙、丙、丁及某县、某县负责人), whose persons stay persons whatever
        # places the list names
        # (the first member may hold the words before the list: 县领导|甲)
        people = sum((s, e) not in known and any(out[j][1] == e and out[j][0] >= s and out[j][2] == "PERSON"
                                                 for j in overlapping(s, e))
                     for s, e in items) >= len(known)
        for s, e in items:
            name = text[s:e]
            if (s, e) not in known and name[0] in LEADING_FUNCTION and name not in BARE_ZONES:  # 经开区 keeps its 经
                s, name = s + 1, name[1:]
            shaped = (s, e) in known or (e - s in lengths and e - s <= 4) or (
                name.endswith(DIVISION_END) and len(name) >= 3)
            if (not shaped or name in knowledge.repair.lists.not_gpe or name in NOT_DIVISIONS
                    or blocked.find(1, s, e) != -1):
                continue
            if people and (s, e) not in known and knowledge.repair.is_person_name(name):
                continue  # in a list of people, an unknown member shaped like a name is one of them
            near = overlapping(s, e)
            if any(out[j][2] == "GPE" and out[j][0] <= s and e <= out[j][1] for j in near):
                continue  # already (inside) a place: 河南省濮阳市台前县 is never cut down to 台前县
            if any(out[j][2] == "GPE" and (out[j][0] < s or out[j][1] > e) for j in near):
                continue  # a longer place reaches beyond this member: keep it
            def numeral_inside(j: int) -> bool:  # 十家 in 十家堡镇: a numeral the place's name begins with
                cs, ce, lab = out[j][0], out[j][1], out[j][2]
                return lab == "QUANTITY" and cs == s and ce < e and bool(CN_NUMERAL.match(text[cs:ce]))

            if any((out[j][2] not in ("PERSON", "LOC", "GPE") and not numeral_inside(j))
                   or (out[j][2] == "LOC" and (s, e) not in known)
                   or (out[j][2] == "PERSON" and people and (s, e) not in known) for j in near):
                continue
            del out[near.start:near.stop], starts[near.start:near.stop]
            k = bisect.bisect_left(starts, s)
            out.insert(k, (s, e, "GPE", "rule", 1.0))
            starts.insert(k, s)
    return out


#: what makes a water word the start of a chief's post (市总河|(湖)长, 县级河|湖长, 总河|长): no river
CHIEF_AFTER_WATER = re.compile(r"(?:[(（][湖河][)）])?长|湖长")
#: two-character words of a landscape described (蓝天|白云、清水|绿岸, 青山|绿水): four of them in a row are a
#: picture, not a place, though 白云 and 清水 are counties' short names
SCENERY_WORDS = frozenset({"蓝天", "白云", "碧水", "清水", "绿水", "青山", "绿岸", "净土", "碧空", "晴空", "繁星", "绿地",
                           "鸟语", "花香", "绿树", "清流", "碧波", "河畅", "岸绿", "水清", "景美", "天蓝", "地绿"})


def _scenery(text: str, start: int, end: int) -> bool:
    """A member that opens or closes with two scenery words (蓝天白云, 满足群众蓝天白云, 清水绿岸…)."""
    return any(text[k:k + 2] in SCENERY_WORDS and text[k + 2:k + 4] in SCENERY_WORDS for k in (start, end - 4))


#: the level noun closing a list of bare names (…、某某、某某等村, 等3个乡镇, 等地): its members are places of that level
#: (not 等村干部, 等镇长: the village's or the town's people)
BARE_NAMES_TAIL = re.compile(r"等(?:[一二两三四五六七八九十\d]+个)?(?:村社|行政村|村居|村|社区|乡镇|镇街|镇|乡|街道|地)"
                             r"(?![干民委长支书主级组])")


def villages_by_name(knowledge: PlaceKnowledge, text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The members of a list of three names or more closed by its level (甲、乙、丙等村社, 流经甲、乙、丙等地),
    each of the same two or three characters: villages, towns or places written by their bare names.  The
    first member may hold the words before the list (对|甲, 流经|甲): it is cut to its siblings' length.
    [] when the list is not such a one."""
    tail = BARE_NAMES_TAIL.match(text, items[-1][1]) if len(items) >= 3 else None
    if tail is None:
        return []
    lengths = {e - s for s, e in items[1:]}
    if len(lengths) != 1 or not lengths <= {2, 3}:
        return []
    size = lengths.pop()
    first_s, first_e = items[0]
    if first_e - first_s < size:
        return []
    out = [(first_e - size, first_e)] + items[1:]
    names = [text[s:e] for s, e in out]
    lists = knowledge.repair.lists
    if any(n in lists.not_gpe or n in NOT_DIVISIONS or not re.fullmatch(r"[\u4e00-\u9fff]+", n) for n in names):
        return []
    if "村" in tail.group() or "社区" in tail.group():
        # villages: a member named like a county elsewhere (吉利, 和平) is the village here, and the list
        # leaves it unnamed rather than give the article a county it is not about
        out = [(s, e) for s, e in out if not knowledge.is_known_place(text[s:e])]
    return out


def _inside_one_word(start: int, end: int, word_starts: set[int] | None, word_ends: set[int] | None) -> bool:
    """Do ``start``–``end`` lie inside one segmenter word that opens before them (示|范县 in 示范县)?"""
    if word_starts is None or word_ends is None or start in word_starts:
        return False
    return not any(k in word_ends for k in range(start + 1, end))


def enumeration_items(text: str, start: int, end: int, known: Callable[[str], bool] = lambda name: False,
                       word_ends: set[int] | None = None) -> list[tuple[int, int]]:
    """The members of a 、-list, the first trimmed of words before it, the last of words after it.

    ``known`` says whether a name is a known place: a member that is one keeps its 和/及/与
    (民和, 和平 are counties, not two words joined), and a last member that only starts with
    one ends there (蓟州|浓度较高, 师宗|成功创建: the predicate follows the list).
    """
    pieces: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split("、"):
        sub = pos
        joined = [part] if known(part) else ITEM_JOIN.split(part)
        for bit in joined:
            if bit:
                pieces.append((sub, sub + len(bit)))
            sub += len(bit) + 1
        pos += len(part) + 1
    if not pieces:
        return []
    s, e = pieces[-1]
    cut = ITEM_END.search(text, s + 2, e)
    e = cut.start() if cut else e
    water = next((k for k in range(s + 2, e) if text.startswith(WATER_CONTEXT, k)), None)
    e = water if water is not None else e  # …、怒江|干流水质: the river ends where its water is spoken of
    if not known(text[s:e]):  # …at a word's end, never before a suffix or a feature word (阳朔|镇, 红河|流域)
        e = next((k for k in range(min(e - 1, s + 4), s + 1, -1)
                  if known(text[s:k]) and (word_ends is None or k in word_ends)
                  and not text.startswith(FEATURE_WORDS + DIVISION_END + WATER_CONTEXT, k)), e)
    pieces[-1] = (s, e)
    return [(s, e) for s, e in pieces if e - s >= 2]


def places_in_count_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                          credits: Set[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """Places listed with a count each (八步3件，平桂1件，钟山1件；A区383家，B市327家，开发区104家).

    The list is the evidence, as for 、-lists: when two members of a sentence are known
    places, the members counted in the same unit and shaped like them (the same length,
    or a division ending) are places too.  A numeral a name starts with is no quantity there.
    """
    out = sorted(chosen)
    sentences = [m.span() for m in re.finditer(r"[^。！？\n]+", text)]
    new: list[tuple[int, int, bool]] = []
    for low, high in sentences:
        items = []
        for m in COUNT_ITEM.finditer(text, low, high):
            s, e = m.span(1)
            if not knowledge.is_known_place(text[s:e]):  # 其中昔阳县: words before the first member
                s = next((k for k in range(s + 1, e - 1) if knowledge.is_known_place(text[k:e])), s)
            items.append((s, e, m.group(2)))
        known = [(s, e, unit) for s, e, unit in items if knowledge.is_known_place(text[s:e])]
        if len(known) < 2:
            continue
        units = {unit for *_, unit in known}
        lengths = {e - s for s, e, _ in known}
        for s, e, unit in items:
            name = text[s:e]
            is_known = (s, e, unit) in known
            shaped = is_known or (unit in units and ((e - s in lengths and e - s <= 4)
                                                     or (name.endswith(DIVISION_END) and 3 <= len(name) <= 6)))
            # an unknown member counts only after the first known one, and a total before a colon
            # heads the list (受理75件：…) instead of being one of its members
            head = re.match(r"\d+(?:\.\d+)?[\u4e00-\u9fff%]{0,2}\s*[：:]", text[e:e + 12])
            if not is_known and (s < known[0][0] or head):
                continue
            if not is_known and s > known[-1][0] and not name.endswith(DIVISION_END):
                continue  # …，企业2件 after the last place: a bare word there is no evidence of a place
            if (not shaped or name in COUNT_NOT_PLACE or name in NOT_DIVISIONS
                    or (name in knowledge.repair.lists.not_gpe and name not in ZONE_WORDS)
                    or blocked.find(1, s, e) != -1 or name[0] in LEADING_FUNCTION):
                continue
            if not is_known and text[s - 1:s] in ("(", "（"):
                continue  # 某县25件(重复件3件): a bracketed part of the member's count, no member of its own
            new.append((s, e, is_known))
    return put_places(text, out, new, credits)


def adjacent_county_names(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                          tokens: list[tuple[int, int]]) -> list[Candidate]:
    """Short names of one prefecture's counties written together with no separator (象山宁海海曙空气质量…).

    Each alone may be a common word; two or more names of counties of the same prefecture
    one after the other, from a word's start to a word's end, are a list of places (read by
    characters: the segmenter cuts such runs anywhere).  They stay separate places.
    """
    starts = {s for s, _ in tokens}
    ends = {e for _, e in tokens}
    new = []
    for p in sorted(starts):
        if new and p < new[-1][1]:
            continue
        run, common, q = [], None, p
        while True:
            step = next((k for k in (3, 2) if knowledge.parents.get(text[q:q + k])
                         and (common is None or common & knowledge.parents[text[q:q + k]])), None)
            if step is None:
                break
            common = knowledge.parents[text[q:q + step]] if common is None else common & knowledge.parents[text[q:q + step]]
            run.append((q, q + step))
            q += step
        while len(run) >= 2 and run[-1][1] not in ends:
            run.pop()  # the run ends where a word ends
        if len(run) >= 2 and blocked.find(1, p, run[-1][1]) == -1:
            new.extend((s, e, True, p, run[-1][1]) for s, e in run)
    return put_places(text, list(chosen), new, source="list")


def places_named_again(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                       starts: set[int], ends: set[int]) -> list[Candidate]:
    """Places the article names in full, mentioned again by a shorter name.

    * a county, district or town by its name without the suffix (长乐区 … 是长乐两家企业;
      下马关镇 … 下马关地区), where that short name stands as a word;
    * a new district by the bare word 新区 (X新区 … 2022年，新区空气质量…), where it opens a clause;
    * the country in the slogan 中国式现代化;
    * a city written with 城区/市区 (黄石城区): the place is the city alone (ANNOTATION.md, GPE).
    """
    out = []
    for c in chosen:
        m = re.fullmatch(r"(.{2,}?)(?:城区|市区)", text[c[0]:c[1]]) if c[2] == "GPE" else None
        if m and knowledge.is_known_place(m.group(1)):
            c = (c[0], c[0] + len(m.group(1))) + tuple(c[2:])
        if c[2] == "LOC" and c[3] == "model" and places_together(knowledge, text[c[0]:c[1]]):
            c = c[:2] + ("GPE",) + tuple(c[3:])  # 北京房山: a city and its district, no feature (山 of 房山)
        out.append(c)
    chosen = out
    bases = set()
    # a division named in full after a river or a lake (洪湖市, 黔江区): its short name is the place where
    # the clause speaks of no water (STRICT_FEATURE_BEFORE, FEATURE_CONTEXT); it is never searched for
    featured_bases = set()
    zone_named = False
    for s, e, lab, *_ in chosen:
        if lab == "ORG":  # 黔江区|生态环境局: the body's place is named in full too
            head = re.match(r"[\u4e00-\u9fff]{2,4}?[市区县]", text[s:e])
            base = division_short(head.group()) if head and knowledge.is_known_place(head.group()) else ""
            if len(base) >= 2 and base in knowledge.natural.names:
                featured_bases.add(base)
        if lab != "GPE":
            continue
        name = text[s:e]
        zone_named = zone_named or (name.endswith("新区") and len(name) > 2)
        last = re.search(r"[\u4e00-\u9fff]{2,}?(?:自治县|自治旗|区|县|市|旗|镇|乡)$", name)
        if last and not last.group().endswith(("新区", "开发区", "园区", "矿区", "城区", "市区", "林区", "景区")):
            base = division_short(last.group()) if not last.group().endswith(("镇", "乡")) else last.group()[:-1]
            if len(base) >= 2 and base in knowledge.natural.names and last.group().endswith(("市", "区", "县")) \
                    and knowledge.is_known_place(last.group()):
                featured_bases.add(base)
            if last.group().endswith("区") and not knowledge.is_known_place(last.group()):
                continue  # 生态区 (a title a district earns, read as a place): no short name 生态 to find again
            if len(base) >= 2 and base not in NOT_DIVISIONS and base not in knowledge.repair.lists.not_gpe \
                    and base not in knowledge.natural.names and base not in knowledge.counties_never_by_evidence:  # 草海镇 … 草海 the lake
                bases.add(base)
    # the article's prefectures (宁波市, 北京): their counties are places by short name too (娄烦 in a
    # Taiyuan article), where the short name stands as a word
    own = {knowledge.prefectures[t[:k]] for s, e, lab, *_ in chosen if lab in ("GPE", "ORG") for t in (text[s:e],)
           for k in range(2, len(t) + 1) if t[:k] in knowledge.prefectures}
    own |= {place for s, e, lab, *_ in chosen if lab == "ORG" for place in [_channel_place(knowledge, text[s:e])] if place}
    if own:
        bases |= {name for name, parents in knowledge.parents.items() if parents & own and 2 <= len(name) <= 4
                  and not name.endswith(COUNTY_FULL_END) and name not in knowledge.natural.names
                  and name not in knowledge.counties_never_by_evidence
                  and name not in NOT_DIVISIONS and name not in knowledge.repair.lists.not_gpe}
    new = []
    if featured_bases:
        chosen = [c[:2] + ("GPE",) + tuple(c[3:]) if division_read_as_feature(text, c, featured_bases)
                  and not text[max(0, c[0] - 4):c[0]].endswith(WORK_ON_WATER_BEFORE) else c for c in chosen]
    if bases:
        chosen = [c[:2] + ("GPE",) + tuple(c[3:]) if division_read_as_feature(text, c, bases) else c
                  for c in chosen]
        pattern = re.compile("|".join(sorted(map(re.escape, bases), key=len, reverse=True)))
        for m in pattern.finditer(text):
            if m.start() in starts and m.end() in ends and not ZONE_AFTER.match(text, m.end()) \
                    and not text.startswith(STREET_AFTER, m.end()):
                new.append((m.start(), m.end(), False))  # never over a LOC: 柳江区 … 柳江 the river
    if zone_named:
        for m in re.finditer(r"(?<![\u4e00-\u9fff])新区|(?<=[年，,。；;])新区", text):
            if m.start() in starts and m.end() in ends:
                new.append((m.start(), m.end(), False))
    for m in re.finditer(r"中国(?=式现代化)", text):
        new.append((m.start(), m.end(), True))
    new = [n for n in new if blocked.find(1, n[0], n[1]) == -1]
    return put_places(text, list(chosen), new)


def _channel_place(knowledge: PlaceKnowledge, name: str) -> str | None:
    """The prefecture or province an outlet's channel is named after (人民网-海南频道 -> 海南省): the channel
    reports from the article's place, which it may be the only one to name."""
    if not name.endswith("频道"):
        return None
    head = name[:-2]
    return next((knowledge.prefectures[head[k:]] for k in range(len(head) - 1) if head[k:] in knowledge.prefectures), None)


def division_read_as_feature(text: str, c: Candidate, bases: set[str]) -> bool:
    """A LOC that is the short name of one of the article's own divisions, with no water around it.

    Counties and cities are often named like rivers, lakes and hills (冷水江, 北戴河, 石泉, 余江), and
    the model reads them as features.  Where the article names that division (冷水江市) or its
    prefecture, and the clause says nothing of water (某地|最突出短板, 某地|3.03 in a list of
    counties), the name is the place; beside 断面, 水质, 干流 or 上游 it stays the river (细河区 …
    细河|高台子断面).  Names of the natural gazetteer never reach here (``bases`` leaves them out).
    """
    if c[2] != "LOC" or text[c[0]:c[1]] not in bases:
        return False
    clause = re.match(r"[^，,。；;：:！？!?\n]{0,10}", text[c[1]:]).group()
    before = text[max(0, c[0] - 4):c[0]]
    return not any(w in clause for w in FEATURE_CONTEXT) and not before.endswith(FEATURE_BEFORE)


def places_together(knowledge: PlaceKnowledge, name: str) -> bool:
    """Two or more known places written together and nothing else (河北邯郸, 北京房山), no natural name."""
    if name in knowledge.natural.names:
        return False
    parts, i = 0, 0
    while i < len(name):
        k = next((k for k in range(len(name) - i, 1, -1) if knowledge.is_known_place(name[i:i + k])), None)
        if k is None:
            return False
        parts, i = parts + 1, i + k
    return parts >= 2


#: what opens a word for a place's people (作为|恩施人, 全体|博乐人, a clause's start) and what after 人 makes another
#: word (人民, 人员, 人大, 人口, 人士, 人才, 人家, 人居, 人工, 人为, 人们, 人均, 人次)
PEOPLE_OPENERS = ("作为", "全体", "广大", "每个", "让", "是", "的")
PEOPLE_NOT_AFTER = set("民员大口士才家居工为们均次")


def places_in_slogans(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                      blocked: bytearray) -> list[Candidate]:
    """The place a slogan is about: 美丽|洛川建设, 绿美|X: a known place by its short name after 美丽/绿美;
    and the place in a word for its people (作为恩施人)."""
    new = []
    for m in PLACE_SLOGAN.finditer(text):
        p = m.end()
        k = next((k for k in (4, 3, 2) if knowledge.is_known_place(text[p:p + k])), None)
        if k and text[p:p + k] not in NOT_DIVISIONS and blocked.find(1, p, p + k) == -1:
            new.append((p, p + k, True))
    # a city's blue sky named after it in quotes (“某某蓝”): the place the slogan is about
    for m in re.finditer(r"(?<=[“\"「])([\u4e00-\u9fff]{2,4})(?=蓝[”\"」])", text):
        if knowledge.is_known_place(m.group(1)) and m.group(1) not in NOT_DIVISIONS \
                and blocked.find(1, m.start(1), m.end(1)) == -1:
            new.append((m.start(1), m.end(1), True))
    # the people of a place (作为|恩施|人, 全体|博乐|人, 无锡|人|做到了): the place is named (GUIDELINES, GPE)
    for j in (i for i, ch in enumerate(text) if ch == "人" and text[i + 1:i + 2] not in PEOPLE_NOT_AFTER):
        for k in (4, 3, 2):
            p = j - k
            if p < 0:
                continue
            # a word opens where no Han character stands before it or after an opener (作为|, 全体|)
            opens = opens_word(text, p, frozenset()) or text.endswith(PEOPLE_OPENERS, 0, p)
            if opens and knowledge.is_known_place(text[p:j]) and text[p:j] not in NOT_DIVISIONS \
                    and blocked.find(1, p, j) == -1:
                new.append((p, j, True))
                break
    return put_places(text, list(chosen), new)


def informal_place_names(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                         starts: set[int], ends: set[int]) -> list[Candidate]:
    """Nicknames, abbreviations and short city forms of places the article names (informal_places.py)."""
    if knowledge.informal is None:
        return chosen
    named = tuple(text[c[0]:c[1]] for c in chosen if c[2] == "GPE")
    new = [(s, e, True, lo, e) for s, e, lo in knowledge.informal.find(text, starts, ends, named)
           if blocked.find(1, lo, e) == -1]
    return put_places(text, list(chosen), new)


def zones_named_after_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A development zone named after a place or a river is one GPE (瓯江口|产业集聚区, 湘江|新区):
    the model tags the place and leaves the zone's name (GUIDELINES: industrial parks and zones are GPE)."""
    out = sorted(chosen)
    drop = set()
    for i, (s, e, label, source, conf) in enumerate(out):
        hosted = ZONE_WITH_HOST.match(text, e) if label == "GPE" else None
        m = hosted or (ZONE_NAMED_AFTER.match(text, e) if label in ("GPE", "LOC") else None)
        if not m:
            continue
        # a place's own 和 inside the brackets (某某(河源和平)…) is no conjunction
        words = re.sub(r"[(（][^)）]*[)）]", "", text[e:m.end()]) if hosted else text[e:m.end()]
        if NOT_IN_BODY.search(text, e, m.end()) or re.search(r"[等和及与]", words) \
                or text.startswith("域", m.end()):
            continue
        inside = [o for o in out[i + 1:i + 4] if o[0] < m.end() and e <= o[0]]
        if hosted and all(o[2] == "GPE" and o[1] <= m.end() for o in inside):
            drop |= {(o[0], o[1]) for o in inside}  # the host place in brackets is the zone's name
        elif inside:
            continue  # something else was found inside the zone's name
        out[i] = (s, m.end(), "GPE", "rule", conf)
    return [o for o in out if (o[0], o[1]) not in drop]


def join_places(text: str, chosen: list[Candidate],
                starts_with_place: Callable[[str], bool] = lambda surface: False) -> list[Candidate]:
    """Places written together are one GPE (河南省 + 濮阳市台前县); a place written right before a body
    that opens with a lower place is the body's prefix (西藏自治区 + 林芝市人民政府: one ORG, as written).
    Members of a list of county names written together (source ``list``: 象山|宁海) stay apart."""
    out = []
    for item in sorted(chosen):
        if out and item[2] in ("GPE", "ORG") and out[-1][2] == "GPE" and out[-1][1] == item[0] \
                and "list" not in (item[3], out[-1][3]) \
                and (item[2] == "GPE" or _body_under(text[out[-1][0]:out[-1][1]], text[item[0]:item[1]], starts_with_place)):
            prev = out.pop()
            confs = [c for c in (prev[4], item[4]) if c is not None]
            item = (prev[0], item[1], item[2], prev[3] if item[2] == "GPE" else item[3], min(confs) if confs else None)
        out.append(item)
    return out


def sibling_places_apart(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Two places of one level written together are two places (无锡苏州联合巡河, 甲自治州乙自治州): a city never
    lies in a city nor a province in a province, so no chain of divisions reads them as one (河南省|濮阳市 is one).
    Only a GPE that splits into two prefecture-level names, or two province-level names, whole."""
    out = []
    for c in chosen:
        surface = text[c[0]:c[1]]
        cut = next((k for k in range(2, len(surface) - 1)
                    if _same_level_pair(knowledge, surface[:k], surface[k:])), None) if c[2] == "GPE" else None
        if cut is None:
            out.append(c)
            continue
        out += [(c[0], c[0] + cut) + tuple(c[2:]), (c[0] + cut, c[1]) + tuple(c[2:])]
    return out


def _same_level_pair(knowledge: PlaceKnowledge, first: str, second: str) -> bool:
    """Both names are prefecture-level places (full or short) or both provinces, and different places."""
    a, b = knowledge.prefectures.get(first), knowledge.prefectures.get(second)
    if a is None or b is None or a == b:
        return False
    return (a in knowledge.provinces) == (b in knowledge.provinces)  # by the full names: 宁夏 is a province


def without_time_zones(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a city's name in 北京时间: a time zone is named after a city, it is no place of the article."""
    return [c for c in chosen if not (c[2] == "GPE" and text.startswith("时间", c[1]) and c[1] - c[0] <= 3)]


def without_honour_titles(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a title a place is awarded (国家森林城市, 生态文明先行示范区), whichever step read it as a place."""
    return [c for c in chosen if not (c[2] == "GPE" and HONOUR_TITLE.search(text[c[0]:c[1]])
                                      and knowledge.repair.known.get(text[c[0]:c[1]]) != "GPE")]


#: a division of the Xinjiang Production and Construction Corps (兵团第八师): it and the city it runs are one
#: administration (师市合一), so the division written before the city is part of the place's name; pages of the
#: corps write it short too (八师石河子市), which only the city right after it makes a place
CORPS_DIVISION = re.compile(r"(?:(?:新疆生产建设)?兵团)?第?[一二三四五六七八九十]{1,3}师")


def corps_division_cities(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A corps division written right before its city is one GPE with it (兵团第八师|石河子市): the pieces read
    inside the division's words (兵团 as the corps' ORG) give way to the joined place."""
    out = list(chosen)
    for m in CORPS_DIVISION.finditer(text):
        city = next((c for c in out if c[0] == m.end() and c[2] == "GPE"), None)
        if city is None:
            continue
        out = [c for c in out if not (m.start() <= c[0] and c[1] <= m.end()) and c != city]
        out.append((m.start(), city[1], "GPE", "rule", city[4]))
    return sorted(out)


#: places visited, listed before 等地 after a verb of going (赴甲、乙、丙和工业园区等地): the list names places
VISITED_LIST = re.compile(r"(?:赴|到|来到|深入|前往|走访|先后到|分别到|分赴)((?:[\u4e00-\u9fff]{2,3}[、，,])+[\u4e00-\u9fff]{2,3}"
                          r"(?:[和及与][\u4e00-\u9fff]{2,6})?)等地")
#: one member: two or three characters between the list's marks (the last may follow 和)
VISITED_MEMBER = re.compile(r"(?:^|[、，,和及与])([\u4e00-\u9fff]{2,6}?)(?=[、，,]|[和及与][\u4e00-\u9fff]{2}|$)")
#: members of such a list that name no place (企业, 园区, 部门 …)
NOT_VISITED_PLACE = re.compile(r"企业|公司|园区|工业园|部门|单位|工地|现场|项目|社区|乡镇|村组|学校|医院|景区|码头|河道|河段|一线")


def places_visited_in_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                            blocked: bytearray) -> list[Candidate]:
    """Members of a list of places visited (赴妙某、云某、濂某和工业园区等地): 等地 after the list says its
    members are places, so a town or county written by its short name, unknown to the gazetteer, is a GPE."""
    new = []
    for m in VISITED_LIST.finditer(text):
        for item in VISITED_MEMBER.finditer(m.group(1)):
            s, e = m.start(1) + item.start(1), m.start(1) + item.end(1)
            name = text[s:e]
            if not 2 <= len(name) <= 3 or NOT_VISITED_PLACE.search(name) or blocked.find(1, s, e) != -1 \
                    or name in NOT_DIVISIONS or name[0] in LEADING_FUNCTION:
                continue
            new.append((s, e, knowledge.is_known_place(name)))
    return put_places(text, chosen, new)



#: a place written by one character after a verb of coming (来乐调研, 莅孟调研, 赴奉开展, 来陕考察时): an
#: official's visit to the county, city or province the article speaks of, named by its first (or defining)
#: character; the visit's own verb follows it (never 莅会 or 来此, which name no place)
VISITED_BY_ONE_CHARACTER = re.compile(
    r"(?<=[来來莅蒞赴])(?![会會临臨此这這我本])[\u4e00-\u9fff]"
    r"(?=调研|調研|视察|視察|考察|检查|檢查|督导|督導|督察|督查|指导|指導|开展|開展|就|参加|參加|出席|召开|召開"
    r"|宣讲|宣講|专题|專題|实地|實地|巡[河湖林]|开会|開會)")


def places_visited_by_one_character(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """The one-character name of the place an official comes to (某厅长一行来乐调研: 乐 for 乐清) is a GPE,
    as the guidelines tag a province's one-character name (来陕考察): the verb of coming before it and the
    visit's verb after it leave no other reading."""
    new = [(m.start(), m.end(), False) for m in VISITED_BY_ONE_CHARACTER.finditer(text)
           if blocked.find(1, m.start(), m.end()) == -1]
    return put_places(text, chosen, new)
