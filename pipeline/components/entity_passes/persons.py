"""Persons (PERSON): names after titles, between a body and its post, listed after 市领导, named again.

The model misses names in long title chains and in later mentions, and reads some names as
places; the words around a name (a title before it, a person's verb after it, the article's other
mentions) are the evidence.  A name hidden behind 某 names nobody a reader can follow.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Set

from spacy.tokens import Span

from ..entity_rules import CLAUSE_MARKS, CONJUNCTION_CHARS, NOT_NAME_END, SPEECH_AFTER_ZUO, TOPIC_AFTER_NAME
from .knowledge import PlaceKnowledge
from .placing import HAN, Candidate, opens_word, taken_mask

#: a post written after 任/兼 (任|副指挥长, 兼|办公室主任): the shape of a title, from its head word
SERVED_POST = re.compile(r"(?:副|总|常务副)?[\u4e00-\u9fff]{0,4}?(?:长|主任|书记|委员|成员|组长|指挥|主席|专员)")
#: a list of names after 市领导/县领导, closed by 出席/参加/等 (市领导甲某、乙某出席)
LEADERS_LIST = re.compile(r"(?:[省市县区州]|区县|县区)领导[：:]?((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?=出席|参加|陪同|等|[,，。])")
#: verbs after a person's name in meeting reports (X出席, X带队)
PERSON_VERBS = ("出席", "带队", "率队", "参加", "陪同", "主持", "调研", "检查", "督导")
#: two-character adverbs that may follow a name (X某正在, X某已经): their first character is no given name's last
ADVERBS_AFTER_NAME = ("正在", "还在", "也在", "都在", "已在", "已经", "再次", "一直", "正式")
#: a surname written with 某 for the given name or a part of it (姜某, 李某某, 欧阳某, 雷某军): a hidden name
ANONYMISED_PERSON = re.compile(r"[\u4e00-\u9fff]{1,2}?某(?:某|[\u4e00-\u9fff])?")


class Persons:
    """PERSON character spans, searchable by where they start and by where they end."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.by_start = sorted(spans)
        self.starts = [s for s, _ in self.by_start]
        self.by_end = sorted(spans, key=lambda span: span[1])
        self.ends = [e for _, e in self.by_end]

    def starting_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose start lies in ``[low, high]``."""
        return self.by_start[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]

    def ending_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose end lies in ``[low, high]``."""
        return self.by_end[bisect.bisect_left(self.ends, low):bisect.bisect_right(self.ends, high)]


#: characters Chinese writes the names of Uyghur, Kazakh, Kyrgyz, Tibetan and Mongolian people with: a dotted name
#: made of nothing else is a person's (阿孜古丽·某某, 吾斯曼·某某), while a dotted pair of words is a page's
#: column or two outlets (民生·城事, 湖南日报·华声在线)
TRANSLITERATION = frozenset(
    "阿艾爱安昂奥巴拜班邦贝别宾波伯布才仓策查昌朝达大丹旦得德迪丁顿多朵鄂尔法凡菲夫甫嘎盖甘刚高戈格根古"
    "瓜哈海汗罕杭合赫黑洪胡华吉加佳贾坚江杰金久卡开凯坎康考柯科克肯库拉腊来兰朗勒雷力丽利莲林琳鲁路伦罗洛玛"
    "马麦曼毛梅美门蒙米密民敏明莫姆木穆那纳乃奈南尼妮努诺帕潘佩皮普齐奇恰钦琴秦然热仁日荣如萨塞桑色森沙山尚"
    "舍什石史斯松苏索塔太泰坦唐提图吐托瓦旺维卫温文翁沃乌吾西希夏先肖谢辛欣雅亚扬央耶叶伊依尤于玉扎"
    "则泽詹占章卓孜宗左娜逊买赛娃措嘉珠次堆琼登曲增贡确让尕排祖牙"
    # Uyghur, Kazakh and Mongolian names' frequent characters (阿不都, 肉孜, 喀斯木, 巴特尔, 牙生, 其其格, 乌云, 杜力洪,
    # 托乎提, 雪克来提, 铁力瓦尔迪, 吾守尔, 沙比提, 塞依提; not 居 or 农: 居民|某某·某某, 农民|某某·某某)
    "不都满肉喀特生其云乎守敖杜比衣铁雪")
#: how long each part of such a name runs
DOTTED_PART = range(2, 7)


def dotted_names(text: str, chosen: list[Candidate], blocked: bytearray, starts: set[int]) -> list[Candidate]:
    """A transcribed name written with its dot is a person (某村居民阿孜古丽·某某对…, or 某某 · 某某 spaced): both parts made of the
    characters such names are written with; the first opens where the segmenter opens a word (居民|阿孜古丽),
    the second ends at the first character no such name has (…·某某|摄, …·某某|对)."""
    out = list(chosen)
    for dot in (i for i, ch in enumerate(text) if ch == "·"):
        # a page may set the dot off with a space on each side (某某 · 某某某): the parts end and start past them
        spaced = 0 < dot < len(text) - 1 and text[dot - 1] in " \u3000" and text[dot + 1] in " \u3000"
        d, r = (dot - 1, dot + 2) if spaced else (dot, dot + 1)
        a = d
        while a > 0 and d - a < DOTTED_PART[-1] and text[a - 1] in TRANSLITERATION:
            a -= 1
        while d - a > DOTTED_PART[0] and not opens_word(text, a, starts):
            a += 1
        b = r
        while b < len(text) and b - r < DOTTED_PART[-1] and text[b] in TRANSLITERATION:
            b += 1
        if d - a not in DOTTED_PART or b - r not in DOTTED_PART or blocked.find(1, a, b) != -1 or not opens_word(text, a, starts):
            continue
        near = [c for c in out if c[0] < b and a < c[1]]
        if any(c[2] not in ("PERSON", "GPE", "LOC") or c[3] == "grammar" for c in near):
            continue
        out = [c for c in out if c not in near] + [(a, b, "PERSON", "rule", 1.0)]
    return sorted(out)


#: the two-character elements Tibetan given names are made of (次仁, 平措, 扎西, 卓玛, 才让…), simplified and
#: traditional: a Tibetan name is two or three of them (次仁平措, 尼玛扎西, 格桑伦珠), with no surname the
#: surname-based readers could find
TIBETAN_NAME_ELEMENTS = frozenset(
    "次仁 平措 扎西 才让 多杰 卓玛 洛桑 江村 索朗 强巴 強巴 白玛 央金 拉姆 旺堆 格桑 达瓦 達瓦 尼玛 尼瑪 顿珠 頓珠 德吉 普布 边巴 邊巴 "
    "罗布 羅布 曲珍 次旦 仁青 桑杰 桑傑 丹增 嘎玛 嘎瑪 群培 益西 加措 嘉措 旦增 贡保 貢保 尕藏 更登 巴桑 阿旺 土登 多吉 才旦 拉巴 次央 "
    "伦珠 倫珠 旺姆 卓嘎 措姆 央宗 琼达 瓊達 普琼 普瓊 旺杰 旺傑 次珍 德庆 德慶 朗杰 朗傑 坚参 堅參 坚赞 堅贊 巴珠 昂江 丹智 刚登 剛登 "
    "晋美 晉美 旺措 南杰 南傑 欧珠 歐珠 米玛 米瑪 加布 贡嘎 貢嘎 扎巴 洛松 赤列 罗松 羅松 吉美 向巴 拉珍 白珍 次吉 江白 扎桑 格列 桑珠 "
    "仁增 洛珠 才仁 公保 万玛 萬瑪 道吉 周加 拉毛 才项 才項 华旦 華旦 娘吉 更尕 久美 尖措 丹巴 桑吉 诺布 諾布 昂旺 达娃 達娃 泽仁 澤仁 "
    "泽郎 澤郎 根敦 多布 卓尕 东珠 東珠 斗拉 完玛 完瑪 次珠 索南 次成 顿旦 頓旦 旦巴 曲扎 次松 坚才 堅才".split())
TIBETAN_NAME = re.compile("(?:" + "|".join(sorted(TIBETAN_NAME_ELEMENTS)) + "){2,3}")


def tibetan_names(text: str, chosen: list[Candidate], token_ends: set[int]) -> list[tuple[int, int, list[Candidate]]]:
    """Tibetan names: two or three name elements (:data:`TIBETAN_NAME_ELEMENTS`) where a word opens, followed by
    no further element (县政协主席才让|吉 is not one; 副主席次仁平措参加, 洛桑江村介绍 are).  Each comes with the
    candidates it replaces: a place, a water or a shorter name the model read in it (洛桑江村 as a village);
    one over a body, a title, the grammar's spans or reaching past it is left alone."""
    out = []
    for m in TIBETAN_NAME.finditer(text):
        a, b = m.span()
        if a and a not in token_ends and HAN.match(text[a - 1]):
            continue
        near = [c for c in chosen if c[0] < b and a < c[1]]
        if any(c[2] not in ("PERSON", "GPE", "LOC") or c[3] == "grammar" or c[0] < a or c[1] > b for c in near):
            continue
        out.append((a, b, near))
    return out


def is_anonymised(name: str) -> bool:
    """A person's name that hides the given name behind 某 (姜某, 李某某), never a real name with 某 in it."""
    return ANONYMISED_PERSON.fullmatch(name.strip()) is not None and not name.startswith("某")


def names_between_body_and_title(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                                 free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A name written between its body or its place and its post (市环保局|某某某|副局长, 县水务局|某某|委员,
    某区|某某某|副区长): the body before and the post after are the evidence; the name is two or three
    characters with a surname and names no place, and the post a listed title."""
    out = []
    for c in chosen:
        if c[2] not in ("ORG", "GPE"):
            continue
        p = c[1]
        for k in (3, 2):
            name = text[p:p + k]
            if not (free(p, p + k) and knowledge.repair.is_person_name(name)) or knowledge.is_known_place(name):
                continue
            if c[2] == "GPE" and not _titled_name_after_place(knowledge, text, p, p + k):
                continue
            if any(knowledge.repair.known.get(text[p + k:p + k + n]) == "TITLE" for n in range(2, 7)) \
                    and not any(knowledge.repair.known.get(text[p + j:p + j + n]) == "TITLE"
                                for j in range(0, k) for n in range(2, 7)):
                out.append((p, p + k))  # …and no post starts inside the name (某局|副局长)
                break
    return out


#: characters of a clause's function words, never inside a name written between a place and a post (某县|明确了|河长)
NOT_IN_NAME_AFTER_PLACE = set("了把将和与及在对为是的被由向从等")


def _titled_name_after_place(knowledge: PlaceKnowledge, text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]``, written right after a place, a name whose post follows and closes the phrase (某区|某某某|
    副区长、)?  A place is a weaker cue than a body: the run holds no function word (某县|明确了|河长), names no
    place inside (和|某地), and the post ends at a clause mark or before a verb, never inside a body's name (某开发区
    |管理|委员会) or a system (|河长制)."""
    name = text[s:e]
    if set(name) & NOT_IN_NAME_AFTER_PLACE or knowledge.is_known_place(name[1:]):
        return False
    known = knowledge.repair.known
    ends = [e + n for n in range(6, 1, -1) if known.get(text[e:e + n]) == "TITLE"]
    return bool(ends) and (ends[0] >= len(text) or text[ends[0]] in "、，,。；;）) \n"
                           or text.startswith(knowledge.repair.lists.person_speech_verbs, ends[0]))


#: what an official does in person right after the post written after the name (某某区长|现场调度, 某某省长|现场
#:督办, 某某书记|批示): with the speech verbs and the verb phrases before a visit, the evidence of a name + post
POST_HOLDER_ACTS = ("现场", "督办", "调度", "检查", "巡查", "巡河", "巡湖", "督导", "视察", "批示", "部署", "听取", "亲临")
#: where such a name opens: a clause mark, or a conjunction or preposition joining it to the clause (以及|某某省长)
NAME_OPENS_AFTER = set("，,。；;：:\n、 \u3000及和与由请向对")


def names_before_posts_and_verbs(knowledge: PlaceKnowledge, text: str,
                                 free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``上午，某某区长主持召开…``: a name opening its clause, written before its listed post and a person's verb
    (the order reports use for 区长某某主持); the post and the verb are the evidence, the name two or three
    characters with a surname that names no place.  Read on the text, as the segmenter often cuts such a run
    across the post (某某|恒区|长).  Returns the name (PERSON) and the post (TITLE)."""
    repair, out = knowledge.repair, []
    words = set(repair.lists.person_speech_verbs + repair.lists.person_verb_phrases) | set(POST_HOLDER_ACTS)
    verbs = "|".join(re.escape(v) for v in sorted(words, key=len, reverse=True) if len(v) >= 2)
    for m in re.finditer(verbs, text):
        post = next((n for n in range(5, 1, -1) if repair.known.get(text[max(0, m.start() - n):m.start()]) == "TITLE"), None)
        if post is None:
            continue
        title_start = m.start() - post
        for k in (3, 2):
            s = title_start - k
            name = text[max(s, 0):title_start]
            if s < 0 or (s and text[s - 1] not in NAME_OPENS_AFTER) or not repair.is_person_name(name) \
                    or knowledge.is_known_place(name) or not free(s, title_start):
                continue
            out += [(s, title_start, "PERSON"), (title_start, m.start(), "TITLE")]
            break
    return out


def names_before_posts_in_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                                free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """``某某厅长、某某专员、某某副厅长先后到…``: after a name written with its post after it, the next members of
    the 、-list written the same way are a name (two or three characters with a surname, no place) and a listed
    post each; the first member's shape is the evidence for the rest.  Returns PERSON and TITLE spans."""
    repair, out = knowledge.repair, []
    person_ends = {c[1] for c in chosen if c[2] == "PERSON"}
    have = {(c[0], c[1], c[2]) for c in chosen}

    def open_for(s: int, e: int, label: str) -> bool:  # free, or already read so (the model's name in the list)
        return (s, e, label) in have or free(s, e)

    for c in chosen:
        if c[2] != "TITLE" or c[0] not in person_ends:
            continue
        pos = c[1]
        while pos < len(text) and text[pos] == "、":
            item = None
            for k in (2, 3):  # the shorter name first: 某某|副厅长, not 某某副|厅长
                name_s, name_e = pos + 1, pos + 1 + k
                post = next((n for n in range(6, 1, -1) if repair.known.get(text[name_e:name_e + n]) == "TITLE"), None)
                if post and repair.is_person_name(text[name_s:name_e]) and not knowledge.is_known_place(text[name_s:name_e]) \
                        and open_for(name_s, name_e, "PERSON") and open_for(name_e, name_e + post, "TITLE"):
                    item = (name_s, name_e, name_e + post)
                    break
            if item is None:
                break
            out += [span for span in ((item[0], item[1], "PERSON"), (item[1], item[2], "TITLE")) if span not in have]
            pos = item[2]
    return out


def names_between_late_bodies(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                              blocked: bytearray) -> list[Candidate]:
    """Names between a body and its post where the body was only found by a later pass (区人大 and 县政协
    by ``bare_level_bodies``: 区委刘某副书记、区人大|某某某|副主任): the same evidence as
    :func:`names_between_body_and_title`, read again once every body is known."""
    taken = taken_mask(text, chosen)

    def free(s: int, e: int) -> bool:
        return s < e and taken.find(1, s, e) == -1 and blocked.find(1, s, e) == -1

    found = names_between_body_and_title(knowledge, text, chosen, free)
    return sorted(chosen + [(s, e, "PERSON", "rule", 1.0) for s, e in found]) if found else chosen


def serves_as(text: str, start: int, chosen: list[Candidate]) -> bool:
    """任 (or 兼) right after a post, opening another post, is the verb "serves as", no surname:
    由市长|任|指挥长, 副市长|任|副组长 name nobody (ANNOTATION.md s.2: titles without a person)."""
    if text[start:start + 1] not in ("任", "兼") or not any(c[2] == "TITLE" and c[1] == start for c in chosen):
        return False
    return bool(SERVED_POST.match(text, start + 1))


def without_anonymised_persons(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop persons written as a surname and 某 (姜某, 赵某等四人, 李某某) and the post written right
    beside one (公司总经理|姜某, 姜某|总经理): a court or bureau hides the name, so nobody a reader can
    follow is named, and a title is an entity only for a named person (GUIDELINES, Names)."""
    hidden = [(s, e) for s, e, label, *_ in chosen if label == "PERSON" and is_anonymised(text[s:e])]
    if not hidden:
        return chosen

    def beside(s: int, e: int) -> bool:
        return any(0 <= hs - e <= 1 and not text[e:hs].strip(" \u3000") or 0 <= s - he <= 1 and not text[he:s].strip(" \u3000")
                   for hs, he in hidden)

    return [c for c in chosen if not (c[2] == "PERSON" and (c[0], c[1]) in hidden)
            and not (c[2] == "TITLE" and beside(c[0], c[1]))]


def leaders_listed(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                   blocked: bytearray) -> list[Candidate]:
    """Names listed after 市领导/县领导 are persons (市领导甲某、乙某、丙某出席): the cue is the evidence,
    so members the model missed or read as places or rivers (程水泉) are taken too."""
    out = list(chosen)
    for m in LEADERS_LIST.finditer(text):
        for n in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group(1)):
            s, e = m.start(1) + n.start(), m.start(1) + n.end()
            name = text[s:e]
            lists = knowledge.repair.lists
            if not (name[0] in lists.surnames or name.startswith(lists.compound_surnames)) \
                    or knowledge.is_known_place(name) or blocked.find(1, s, e) != -1:
                continue
            near = [c for c in out if c[0] < e and s < c[1]]
            if any(c[2] not in ("LOC", "GPE", "PERSON") or c[3] == "grammar" for c in near):
                continue
            out = [c for c in out if c not in near] + [(s, e, "PERSON", "rule", 1.0)]
    return out


#: a transcript's turn under a role header (主持人 ⏎ 某某：各位媒体朋友…, 主持人 某某：…): the name opening the turn
ROLE_HEADER_TURN = re.compile(r"(?m)^[ \t\u3000]*[【\[]?(?:主持人|发布人|发言人|主讲人)[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*\n?"
                              r"[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*[:：]")


def names_under_role_headers(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                             blocked: bytearray) -> list[Candidate]:
    """The name opening a transcript's turn right under its role header (主持人 ⏎ 甲：各位媒体朋友) is a person:
    the header says who speaks, the colon that the turn is theirs; a name with a surname, free, no place."""
    out = list(chosen)
    lists = knowledge.repair.lists
    taken = taken_mask(text, chosen)
    for m in ROLE_HEADER_TURN.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if not (name[0] in lists.surnames or name.startswith(lists.compound_surnames)) or knowledge.is_known_place(name) \
                or taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1:
            continue
        out.append((s, e, "PERSON", "rule", 1.0))
    return sorted(out)


#: a member of a 、-list: two or three characters between the list's marks, or the last one before 及/和/等
LIST_MEMBER = re.compile(r"(?<=、)[\u4e00-\u9fff]{2,3}(?=、)")
#: the last member of a list of names: before 及/和/等, or before the verb the listed people share (甲、乙|出席)
LAST_LIST_MEMBER = re.compile(r"(?<=、)[\u4e00-\u9fff]{2,3}(?=[及和等]|出席|参加|陪同|列席|一同|一起)")


def names_between_names(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                        blocked: bytearray) -> list[Candidate]:
    """A member of a list of names whose neighbours on both sides are persons is a person too (甲、乙、丙、丁
    参加, where the model knew 甲 and 丁 but not the rarer surnames between): a list holds one kind of thing.
    So is the last member before 及/和/等 after two persons (甲、乙、丙及某县负责同志), when it opens with a
    surname.  Only members of two or three characters that name no known place, free or read by the model
    alone as a place (a rare name such as 班某某 looks like one)."""
    persons = {(c[0], c[1]) for c in chosen if c[2] == "PERSON"}
    person_ends, person_starts = {e for _, e in persons}, {s for s, _ in persons}
    title_ends = {c[1] for c in chosen if c[2] == "TITLE"}
    lists = knowledge.repair.lists
    # what the model alone read as a place, or as a body whose name is a surname and a given name ending like a
    # section (某金科, 某建站: a rare name between names looks like one)
    model_places = {(c[0], c[1]) for c in chosen if c[3] == "model" and (
        c[2] in ("GPE", "LOC") or (c[2] == "ORG" and c[1] - c[0] == 3 and text[c[0]] in lists.surnames))}
    taken = taken_mask(text, [c for c in chosen if (c[0], c[1]) not in model_places])
    out = list(chosen)
    members = sorted([(m, False) for m in LIST_MEMBER.finditer(text)] + [(m, True) for m in LAST_LIST_MEMBER.finditer(text)],
                     key=lambda x: x[0].start())
    for m, last in members:
        s, e = m.span()
        name = m.group()
        if last:
            before = next((ps for ps, pe in persons if pe == s - 1), None)
            # two persons listed before, or one with its post before it when a shared verb closes the list
            # (副主席甲、乙|出席): the post is the first name's evidence, the verb the second's
            listed = before is not None and ((text[before - 1:before] == "、" and before - 1 in person_ends)
                                             or (before in title_ends and not text.startswith(("及", "和", "等"), e)))
            if not (listed and (name[0] in lists.surnames or name.startswith(lists.compound_surnames))):
                continue
        # the member before may itself be one just found (甲、乙、丙、丁: 乙 and 丙 both new): person_ends grows below
        elif not (s - 1 in person_ends and (e + 1 in person_starts or _run_reaches_person(text, e, person_starts))):
            continue
        if taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1 or knowledge.is_known_place(name):
            continue
        out = [c for c in out if (c[0], c[1]) != (s, e)] + [(s, e, "PERSON", "rule", 1.0)]
        person_ends.add(e)
    return sorted(out)


def _run_reaches_person(text: str, pos: int, person_starts: set[int]) -> bool:
    """The list goes on from ``pos`` (a 、) through members of two or three characters to a known person."""
    while pos < len(text) and text[pos] == "、":
        nxt = re.match(r"[\u4e00-\u9fff]{2,3}", text[pos + 1:pos + 4])
        if pos + 1 in person_starts:
            return True
        if not nxt:
            return False
        pos += 1 + len(nxt.group())
    return False


def persons_among_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A model PERSON listed between places with nothing of a person about it is a place's name
    (三湾湿地公园、宋夹城、邵伯湖): the list's other members say what it is."""
    places = {(c[0], c[1]) for c in chosen if c[2] in ("LOC", "GPE")}
    ends = {e for _, e in places}
    starts = {s for s, _ in places}
    out = []
    for c in chosen:
        s, e = c[0], c[1]
        if c[2] == "PERSON" and c[3] == "model" and not knowledge.repair.person_evidence(text, s, e) and (
                (s >= 1 and text[s - 1] == "、" and s - 1 in ends) or (text[e:e + 1] == "、" and e + 1 in starts)):
            continue
        out.append(c)
    return out


def titled_places_are_persons(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place name written right after a title and before a person's verb is a person's name
    (副主任|向阳|出席, 局长|黄山|介绍): places do not hold posts or attend meetings."""
    lists = knowledge.repair.lists
    title_ends = {c[1] for c in chosen if c[2] == "TITLE"}
    out = []
    for c in chosen:
        s, e = c[0], c[1]
        if c[2] == "GPE" and 2 <= e - s <= 3 and knowledge.repair.is_person_name(text[s:e]) and (
                s in title_ends or any(knowledge.repair.known.get(text[k:s]) == "TITLE" for k in range(max(0, s - 6), s - 1))) \
                and (text[e:e + 1] in NOT_NAME_END or text.startswith(lists.person_speech_verbs + PERSON_VERBS, e)):
            c = (s, e, "PERSON", "rule", c[4])
        out.append(c)
    # the names the document gives a post to (市委书记|某正): the same name again before a speech verb is that person
    # (某正|指出), whatever county shares it
    titled = {text[c[0]:c[1]] for c in out if c[2] == "PERSON" and c[0] in title_ends}
    return [(c[0], c[1], "PERSON", "rule", c[4])
            if c[2] == "GPE" and text[c[0]:c[1]] in titled and text.startswith(lists.person_speech_verbs, c[1]) else c
            for c in out]


#: what closes a name in a list of officials (书记甲，副书记乙、…)
NAME_LIST_END = ("，", ",", "、", "。", "；", ";")


#: what opens a speaker's clause right after a name (某某某|致辞, 某某某|在致辞中表示, 某某某|指出)
SPEECH_OPENING = re.compile(r"(?:在(?:致辞|讲话|发言|会上)[^，,。]{0,3}?)?(?:致辞|致詞|指出|强调|強調|表示|介绍|介紹|讲话|講話|说|說)")


def names_read_as_rivers(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A river's name read across a post and the name after it, or inside a name, is the post and the person:
    某厅厅|长江|某 (厅长 + 江某: the post's 长 and the name's first character make 长江), 书记|杨长江|出席 (a
    surname right after a post, then a river's name: a given name like a river's).  Only two-character waters;
    a name needs what a name needs (surname, no known place)."""
    repair = knowledge.repair
    taken = taken_mask(text, chosen)
    title_ends = {c[1] for c in chosen if c[2] == "TITLE"}

    def after_title(at: int) -> bool:
        return at in title_ends or any(repair.known.get(text[k:at]) == "TITLE" for k in range(max(0, at - 6), at - 1))

    out, added = [], []
    for c in chosen:
        s, e = c[0], c[1]
        if c[2] != "LOC" or e - s != 2:
            out.append(c)
            continue
        post = next((k for k in range(max(0, s - 4), s) if repair.known.get(text[k:s + 1]) == "TITLE"
                     and taken.find(1, k, s) == -1), None)
        name = next((text[s + 1:s + 1 + n] for n in (3, 2) if repair.is_person_name(text[s + 1:s + 1 + n])
                     and not repair.is_place(text[s + 1:s + 1 + n])
                     and (text[s + 1 + n:s + 2 + n] in NOT_NAME_END or not re.match(r"[\u4e00-\u9fff]", text[s + 1 + n:s + 2 + n] or " ")
                          or text.startswith(repair.lists.person_speech_verbs + PERSON_VERBS, s + 1 + n))), None)
        if post is not None and name and taken.find(1, e, s + 1 + len(name)) == -1:
            added += [(post, s + 1, "TITLE", "rule", 1.0), (s + 1, s + 1 + len(name), "PERSON", "rule", 1.0)]
            continue  # 厅|长江|白介绍 -> 厅长 + 江白
        whole = text[s - 1:e] if s >= 1 else ""
        if whole and after_title(s - 1) and text[s - 1] in repair.lists.surnames and repair.is_person_name_here(text, s - 1, e) \
                and not repair.is_place(whole) \
                and (text[e:e + 1] in NOT_NAME_END or text.startswith(repair.lists.person_speech_verbs + PERSON_VERBS, e)):
            added.append((s - 1, e, "PERSON", "rule", 1.0))
            continue  # 县委书记|杨长江|出席
        whole = text[s:e + 1]
        if after_title(s) and len(whole) == 3 and repair.is_person_name(whole) and not repair.is_place(whole) \
                and taken.find(1, e, e + 1) == -1 and text[e + 1:e + 2] in NAME_LIST_END:
            added.append((s, e + 1, "PERSON", "rule", 1.0))
            continue  # 县委书记|黄海|蓉，: a water's name opening a name right after its post
        if len(whole) == 3 and whole[0] in repair.lists.surnames and repair.is_person_name(whole) \
                and not repair.is_place(whole) and taken.find(1, e, e + 1) == -1 \
                and SPEECH_OPENING.match(text, e + 1) and text[e + 1:e + 3] not in ("流域", "水系"):
            added.append((s, e + 1, "PERSON", "rule", 1.0))
            continue  # 黄海|峰|致辞, 黄海|峰|在致辞中表示: a name whose first two characters make a sea's
        out.append(c)
    # the person named again (杨长江强调): the same surname before the same water is the same name
    named = {text[a:b] for a, b, label, *_ in added if label == "PERSON" and b - a == 3}
    if named:
        again = [c for c in out if c[2] == "LOC" and c[0] >= 1 and text[c[0] - 1:c[1]] in named
                 and taken.find(1, c[0] - 1, c[0]) == -1]
        out = [c for c in out if c not in again]
        added += [(c[0] - 1, c[1], "PERSON", "rule", 1.0) for c in again]
    return sorted(out + added)


def persons_not_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A model place that is exactly a name the article gives a person elsewhere is that person
    (市长X…会议宣读了X的批示: the name's last character 海, 山 or 江 reads like a feature).  Known
    divisions and natural places stay places (马龙 is a district, not a surname and a name)."""
    names = {text[s:e] for s, e, lab, _, _ in chosen if lab == "PERSON" and 2 <= e - s <= 4}
    names = {n for n in names if not knowledge.is_known_place(n) and n not in knowledge.natural.names}
    return [(s, e, "PERSON", src, cf) if lab in ("LOC", "GPE") and src == "model" and text[s:e] in names
            else (s, e, lab, src, cf) for s, e, lab, src, cf in chosen]


#: a name in a roster's column after a post, at the line's end, often padded to three characters' width
#: with spaces inside (局长      某  某⏎): the name runs from its first to its last character
PADDED_NAME_AT_LINE_END = re.compile(r"[ \t\u3000]{2,12}([\u4e00-\u9fff](?:[ \t\u3000]{0,3}[\u4e00-\u9fff]){1,2})"
                                     r"(?=[ \t\u3000]*(?:\n|$))")


def names_after_titles(knowledge: PlaceKnowledge, text: str, gazetteer: Iterable[Span], free: Callable[[int, int], bool],
                       word_ends: set[int] | None = None, title_ends: Iterable[int] = (),
                       body_ends: Set[int] = frozenset()) -> list[tuple[int, int]]:
    """A name written right after a known title and closed by a clause word (新闻发言人X某对…, 局长X某介绍).

    The model misses names in long title chains; the title and the word after the name
    together are the evidence.  A speech verb is never read as a name (局长表示).  A name may
    also be closed by a person's verb (副市长X某某陪同, 局长X某某参加) or, for three characters,
    by the segmenter's word boundary before a two-character word (市长X某某乘船督查): the
    segmenter cuts a name off from the verb that follows it.
    """
    lists = knowledge.repair.lists
    found = []
    # the gazetteer's titles, and the ends of titles chosen elsewhere where the segmenter ran the post into
    # the name (市级|河长伍|振湘: no token ends after 河长, so the gazetteer has no title there)
    ends = sorted({span.end_char for span in gazetteer if span.label_ == "TITLE"} | set(title_ends))
    # the titles that follow their body or another title in a chain (某政协|副主席, 县委副书记、|县长): after those
    # a name with no Han surname is looked for too
    chained = {span.end_char for span in gazetteer if span.label_ == "TITLE"
               and (span.start_char in body_ends or text[span.start_char - 1:span.start_char] == "、"
                    or text[max(0, span.start_char - 6):span.start_char].endswith(lists.org_suffixes + ("政协", "人大")))}
    for e in ends:
        labelled = TITLE_AS_LABEL.match(text, e)
        if labelled:  # a roster line's label (湖长:某某某 省委常委): the name after the colon, closed by a space or a post
            name_s, name_e = labelled.span(1)
            if knowledge.repair.is_person_name(text[name_s:name_e]) and free(name_s, name_e):
                found.append((name_s, name_e))
            continue
        padded = PADDED_NAME_AT_LINE_END.match(text, e)
        if padded and knowledge.repair.is_person_name(re.sub(r"\s", "", padded.group(1))) and free(*padded.span(1)):
            found.append(padded.span(1))  # a roster line: 某某科科长      某  某 (the name padded to a column)
            continue
        if text.startswith(lists.person_speech_verbs, e):
            continue
        # a compound surname (上官, 欧阳) makes the name one character longer
        for k in ((4, 3) if text.startswith(lists.compound_surnames, e) else (3, 2)):
            name, after = text[e:e + k], text[e + k:e + k + 1]
            # a conjunction's character ends a name only where something follows it (县长某某和|，: the name's own)
            conjunction_closed = len(name) == 3 and name[-1] in CONJUNCTION_CHARS and (
                after in CLAUSE_MARKS or text.startswith(lists.person_speech_verbs + TOPIC_AFTER_NAME, e + k)
                or (after == "作" and text.startswith(SPEECH_AFTER_ZUO, e + k + 1)))
            # a person's verb right after the name (副县长某科|主持): the post and the verb vouch for its ending
            spoken = text.startswith(lists.person_speech_verbs + lists.person_verb_phrases + PERSON_VERBS, e + k)
            if len(name) < k or (name[-1] in NOT_NAME_END and not conjunction_closed) \
                    or not knowledge.repair.is_person_name(name, spoken=spoken):
                continue
            if name[0] in "为任兼" and any(knowledge.repair.known.get(text[e + 1:e + n]) == "TITLE" for n in range(3, 7)):
                continue  # 区长|为双组长, 书记|任组长: the verb of taking a post, whose object is the post
            if name[-1] == "作" and text.startswith(SPEECH_AFTER_ZUO, e + k):
                continue  # 书记X某作表态发言: 作 is the verb
            if k == 3 and text.startswith(ADVERBS_AFTER_NAME, e + 2):
                continue  # 专家X某|正在…, 局长X某|还在…: the third character opens the adverb after a two-character name
            closed_by_word = (k == 3 and word_ends is not None and e + k in word_ends and e + k + 2 in word_ends
                              and e + k + 1 not in word_ends and knowledge.repair.known.get(name[1:]) is None
                              and name[1:] not in lists.common_words  # 总书记|和|中央…: a conjunction and a word
                              and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[e + k:e + k + 2]) is not None)
            if (not after or not re.match(r"[\u4e00-\u9fff]", after) or after in NOT_NAME_END
                    or text.startswith(lists.person_speech_verbs + lists.person_verb_phrases + PERSON_VERBS, e + k)
                    or closed_by_word):
                if free(e, e + k):
                    found.append((e, e + k))
                break
        else:
            ethnic = _name_without_surname(knowledge, text, e) if e in chained else None
            if ethnic and free(*ethnic):
                found.append(ethnic)
    return found


#: a title written as a roster line's label: the colon, the name, then a space, a clause mark or the line's end
TITLE_AS_LABEL = re.compile(r"[:：][ \t\u3000]*([\u4e00-\u9fff]{2,3})(?=[ \t\u3000]|[，,、；;。\n]|$)")


#: honorifics written after a name (某某先生介绍)
HONORIFICS = ("先生", "女士")
#: words no transcribed name holds: an honorific or a word for those who attend (某某先生, 委员|代表|参加)
NOT_ETHNIC_NAME_WORDS = ("先生", "女士", "同志", "代表", "列席", "人员", "负责")
#: endings of transcribed names that also end places' names (某某江村): allowed in a long transcribed name
ETHNIC_NAME_ENDINGS = ("村",)
#: characters no transcribed name holds: particles, prepositions, the words of a meeting (不是名字)
NOT_IN_ETHNIC_NAME = set("的了在和与及或是为等对将把被从向到于中会议要就也还并各该本我你他这那有无制级况选办责志求下以情")


def _name_without_surname(knowledge: PlaceKnowledge, text: str, e: int) -> tuple[int, int] | None:
    """A name of two to six characters with no Han surname right after a title and closed by a speech verb or a
    person's verb (政协副主席|其其格|介绍, 管委会主任|旦正道吉|出席): Tibetan, Mongolian and Uyghur names written
    in characters.  The title before and the verb after are the evidence; the run opens with no verb and holds no
    particle, place, title or body."""
    lists = knowledge.repair.lists
    closing = lists.person_speech_verbs + PERSON_VERBS
    if text.startswith(closing + lists.person_verb_phrases, e):
        return None
    for k in range(2, 7):
        name = text[e:e + k]
        if len(name) < k or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or set(name) & NOT_IN_ETHNIC_NAME:
            return None
        if any(name.find(v) > 0 for v in closing + lists.person_verb_phrases):
            return None  # a verb inside the run (某某|一同调研): the name, if any, ended before it
        if text.startswith(closing, e + k):
            if name.endswith(HONORIFICS) and 2 <= k - 2 <= 3:
                return e, e + k - 2  # 副厅长|某江|先生|介绍: the honorific after a name that is also a river's
            # a Tibetan name of four characters or more may end in 村 (某某江村) as a village's name does
            bad_ending = name.endswith(lists.person_bad_endings) and not (k >= 4 and name.endswith(ETHNIC_NAME_ENDINGS))
            if knowledge.repair.known.get(name) is not None or knowledge.is_known_place(name) \
                    or any(w in name for w in NOT_ETHNIC_NAME_WORDS) or name in lists.common_words or bad_ending:
                return None
            return e, e + k
    return None


#: single characters that follow a name as adverbs or verbs, never as its third character (某某|也表示, 某某|则指出)
AFTER_NAME_WORDS = set("等也还都又则就再亦先即均更并曾已正将要便才只在对向从为是的了说称讲谈")


#: characters that are verbs or prepositions of their own after a name (李某|率|调研组, 王某|赴|某地): never its last
VERB_CHARS_AFTER_NAME = frozenset("率带赴携到在于对向从将把被")


def names_cut_by_the_model(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], free: Callable[[int, int], bool],
                           listed_title_ends: Set[int] = frozenset()) -> list[tuple[Candidate, tuple[int, int]]]:
    """Two-character names the model cut out of three: the surname left behind a title (书记|车|向某, the model read
    向某) or the given name's last character left before a speech verb (书记周永|和|强调: 和 read as a conjunction).
    Returns (the model's span, the name's new extent) pairs; the title before (chosen, or ``listed_title_ends``: the gazetteer's) or the
    speech verb after is the evidence."""
    repair, lists = knowledge.repair, knowledge.repair.lists
    title_ends = {c[1] for c in chosen if c[2] == "TITLE"} | set(listed_title_ends)
    verbs = lists.person_speech_verbs + PERSON_VERBS
    out = []
    for c in chosen:
        s, e, label, source, _ = c
        if label != "PERSON" or e - s != 2 or source != "model":
            continue
        if s - 1 in title_ends and text[s - 1] in lists.surnames and free(s - 1, s) \
                and repair.is_person_name(text[s - 1:e]):
            out.append((c, (s - 1, e)))  # 书记|车|向某: the character between the post and the name is its surname
        elif (text[e:e + 1] and re.match(r"[\u4e00-\u9fff]", text[e]) and text[e] not in AFTER_NAME_WORDS
              # a verb's character (李某|率|调研组) is no part of the name; a conjunction's may be (周永|和|强调)
              and text[e] not in VERB_CHARS_AFTER_NAME
              and not text.startswith(verbs + lists.person_verb_phrases, e) and text.startswith(verbs, e + 1)
              and free(e, e + 1) and repair.is_person_name(text[s:e + 1])):
            out.append((c, (s, e + 1)))  # 周永|和|强调
    return out


def persons_named_again(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                        free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Every mention of a name the document already gives as a PERSON (谢谢X局长 after X was introduced).

    The model decodes long pages in windows and misses later mentions; a name it found once is
    the same person elsewhere.  Longer names first (顾某某 before 顾某), and a mention inside a
    longer run of name characters is left alone.
    """
    names = sorted({text[s:e] for s, e, lab, _, _ in chosen if lab == "PERSON" and e - s >= 2
                    and not knowledge.is_known_place(text[s:e])}, key=len, reverse=True)  # 马龙 is a place
    found: list[tuple[int, int]] = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if len(name) == 2 and any(p[0] <= s and e <= p[1] for p in found):
                continue
            if free(s, e) and not any(fs < e and s < fe for fs, fe in found):
                found.append((s, e))
    return found


def without_serving_verbs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the PERSON spans that are the verb 任/兼 between two posts (:func:`serves_as`)."""
    return [c for c in chosen if not (c[2] == "PERSON" and serves_as(text, c[0], chosen))]
