"""Titles (TITLE) as whole posts: the longest listed title, a bare level or a section written before
it, a party committee written with its position (市委副书记).  A title is an entity only beside a
named person (ANNOTATION.md s.2), so the persons found so far are passed in where it matters.
"""

from __future__ import annotations

import bisect
import re

from ..entity_rules import ZONE_FULL
from .bodies import TASK_FORCE_AFTER
from .knowledge import LEADING_FUNCTION, PlaceKnowledge
from .persons import Persons
from .placing import Candidate, taken_mask

#: what ends the sentence a title and its holder share
SENTENCE_ENDS = "。！？；;!?\n"
#: how far (characters) a named person may stand from a title that describes them
TITLE_REACH = 30
#: a party committee at the end of an ORG span, and the position that may follow it
#: (a place's own political-legal or discipline committee, or a zone's party working committee, is folded the same
#: way: 某区|政法委书记, 某新区|党工委书记)
COMMITTEE = re.compile(r"(?:(?:市|省|县|区|州|旗|盟|自治区)委|(?:镇|乡|街道)党(?:工)?委|政法委|纪委|党工委)$")
#: bare committees of a level (市委, 县委) and the secretary's post written right after one (市委|副书记)
BARE_COMMITTEES = frozenset(("省委", "市委", "县委", "区委", "州委", "旗委", "盟委"))
SECRETARY_AFTER = re.compile(r"(?:常务)?副?书记")
#: (a department's head written short after its committee is folded the same way: 县委|宣传部长, 市委|统战部长)
COMMITTEE_TITLE = re.compile(r"(?:常务)?副?书记|常委|委员|(?:宣传|组织|统战)部长|(?:政法委|纪委)副?书记")
#: a committee and its position inside one ORG span (陕西|省委常委, 省委副书记)
FOLDED_TITLE = re.compile(r"(?:市|省|县|区|州|旗|盟|自治区)委(?:(?:常务)?副?书记|常委|委员|副?秘书长|(?:宣传|组织|统战)部长|(?:政法委|纪委)副?书记)$")
#: the rank a post is held at, written before it (副厅长级|监察专员, 正处级|调研员)
RANK_BEFORE_TITLE = re.compile(r"(?:正|副)?(?:省部|厅局|县处|乡科|厅|局|处|科)长?级")
#: how a post is held, written before it (专职|副主任, 兼职|委员, 驻会|副主席)
POST_KIND_BEFORE = re.compile(r"专职|專職|兼职|兼職|驻会|駐會")
#: how a section or office ends (大气处, 综合科, 办公室, 监测中心): written before a title it is a body
SECTION_END = re.compile(r"(?:办公室|中心|大队|支队|中队|处|科|室|股|站|所|办)$")
#: a body referred to by 该/本 (该局, 本中心): it opens a post's mention, it is no part of the post
ANAPHORIC_BODY = re.compile(r"(?:该|本)(?:分局|局|厅|委|办|中心|支队|大队|站|所|院|部|公司|单位)")


#: the last character of a river's, a lake's or a canal's name (某某河|市级河长, 某某湖|湖长)
WATER_NAME_LAST = "河江湖溪渠沟库"


def _river_before_chief(known, text: str, s: int, e: int, high: int, lasts: str = WATER_NAME_LAST) -> tuple[int, int] | None:
    """A span run over the water a chief serves and the chief's post (永定河市级|河长 read as one post): the listed
    post (市级河长, 湖长) that starts inside the span, right after a character of ``lasts`` (the water's last), and
    ends at or past the span's end but before ``high``; None when no such post starts inside."""
    for a in range(s + 2, e):
        if text[a - 1] not in lasts:
            continue
        b = next((b for b in range(min(high, e + 6), e - 1, -1) if known.get(text[a:b]) == "TITLE"), None)
        if b is not None and text[a:b].endswith(("河长", "湖长")):
            return a, b
    return None


#: the water a chief serves, written right before the post and after a list mark or a clause's start: a river,
#: a lake or its stretch (、某江|市级河长, 、某河某县段|副河长)
WATER_BEFORE_CHIEF = re.compile(rf"(?:^|(?<=[、，,：:\s]))([\u4e00-\u9fff]{{1,4}}[{WATER_NAME_LAST}](?:[\u4e00-\u9fff]{{2,4}}段)?)$")


def _water_named_before_chief(text: str, s: int, low: int) -> tuple[int, int] | None:
    """The untagged water right before a chief's post (、某江|市级河长): its span, or None."""
    m = WATER_BEFORE_CHIEF.search(text, max(low, s - 10), s)
    return m.span(1) if m and m.end(1) == s else None


#: a town's post written folded with the town's level (镇党委书记, 乡长, 街道党工委副书记)
TOWN_POST = re.compile(r"(?:镇|乡|街道)(?:党(?:工)?委(?:副)?书记|党(?:工)?委委员|长|人大主席|办事处主任)")


def towns_before_town_posts(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """The two or three characters between a list mark (or a line's start) and a town's folded post name the town
    (县委常委、|某某|镇党委书记): the town with its level is the GPE and the post the TITLE (某某镇|党委书记, as the
    real pages' gold writes a town before its committee's post)."""
    out = list(chosen)
    taken = taken_mask(text, chosen)
    for c in chosen:
        post = TOWN_POST.match(text, c[0]) if c[2] == "TITLE" else None
        if post is None or post.end() != c[1]:
            continue
        level = next(w for w in ("街道", "镇", "乡") if text.startswith(w, c[0]))
        for size in (2, 3):
            s = c[0] - size
            if s < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", text[s:c[0]]) or (s and text[s - 1] not in "、，,：:\n \u3000"):
                continue
            name = text[s:c[0]]
            if taken.find(1, s, c[0]) == -1 and blocked.find(1, s, c[0]) == -1 and name[0] not in "各全该本每" \
                    and not name.endswith(("乡", "镇", "村", "和", "及", "与")):
                out.remove(c)
                out += [(s, c[0] + len(level), "GPE", "rule", 1.0), (c[0] + len(level), c[1], "TITLE", c[3], c[4])]
            break
    return sorted(out)


def chiefs_cut_from_waters(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A river or its stretch the model read with its chief's post (某河某县段河长, 某湖湖长) is the water (LOC) and
    the post (TITLE): GUIDELINES tags the water a chief serves apart from the post."""
    known = knowledge.repair.known
    out = []
    for c in chosen:
        s, e = c[0], c[1]
        post = _river_before_chief(known, text, s, e, e, WATER_NAME_LAST + "段") if c[2] == "LOC" else None
        if post is None:
            out.append(c)
            continue
        out += [(s, post[0], "LOC", c[3], c[4]), (post[0], e, "TITLE", "rule", c[4])]
    return out


#: the endings of the chiefs' posts of waters and forests (总河长, 湖长, 林长)
CHIEF_POST_ENDINGS = ("河长", "湖长", "林长", "河湖长", "河(湖)长", "河（湖）长")


def places_before_chief_posts(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place's name the model read into a chief's post (某县委书记、某某|总河长) is the place (GPE) and the post
    (TITLE), as 某某|市委书记 is: no chief's post opens with a place's name, and a county is often written by its
    short name there.  The longest listed post after a known place wins (某某|市第一总河长)."""
    known, out = knowledge.repair.known, []
    for c in chosen:
        s, e = c[0], c[1]
        if c[2] == "TITLE" and text.endswith(CHIEF_POST_ENDINGS, s, e) and known.get(text[s:e]) != "TITLE":
            k = next((k for k in range(2, e - s - 1) if known.get(text[s + k:e]) == "TITLE"
                      and knowledge.is_known_place(text[s:s + k])), None)
            if k is not None:
                out += [(s, s + k, "GPE", "rule", c[4]), (s + k, e, "TITLE", c[3], c[4])]
                continue
        out.append(c)
    return out


def places_run_into_posts(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place the model ran into the post after it and stopped inside the post (某县副县|长某某, 某市副市|长): the
    known place is the GPE and the listed post, finished with the free characters after the span, the TITLE
    (a place never ends on 副县 or 副市)."""
    known, out = knowledge.repair.known, []
    starts = sorted(c[0] for c in chosen)
    for c in sorted(chosen):
        s, e = c[0], c[1]
        if c[2] == "GPE" and not knowledge.is_known_place(text[s:e]):
            k = bisect.bisect_left(starts, e)
            nxt = starts[k] if k < len(starts) else len(text)  # the next span: the post ends before it
            cut = next(((k, b) for k in range(s + 2, e) if knowledge.is_known_place(text[s:k])
                        for b in range(min(nxt, e + 3), e, -1) if known.get(text[k:b]) == "TITLE"), None)
            if cut is not None:
                out += [(s, cut[0], "GPE", c[3], c[4]), (cut[0], cut[1], "TITLE", "rule", c[4])]
                continue
        out.append(c)
    return out


def whole_titles(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A title is the longest listed title around it (常务|副县长, 镇党委|书记, 二级主任|科员): the model
    often stops inside a graded or folded post; the longer word is taken when its extra characters are
    free.  A title that took the anaphoric body before it (该局|党支部委员) gives the body back: 该局
    points at the bureau named earlier (the officials linker resolves it), it is no part of the post."""
    known = knowledge.repair.known
    out = sorted(chosen)
    chiefs_waters: list[Candidate] = []
    for n, (s, e, label, source, conf) in enumerate(out):
        if label != "TITLE":
            continue
        m = ANAPHORIC_BODY.match(text, s, e)
        if m and known.get(text[m.end():e]) == "TITLE":
            s = m.end()
        low = out[n - 1][1] if n else 0
        high = out[n + 1][0] if n + 1 < len(out) else len(text)
        water = _river_before_chief(known, text, s, e, high)
        if water is not None:
            chiefs_waters.append((s, water[0], "LOC", "rule", conf))  # 某河|市级河长: the river the chief serves
            s, e = water
        best = (s, e)
        for a in range(max(low, s - 8), s + 1):  # eight characters: 市总河(湖)|长, 县级副总河|长
            b = next((b for b in range(min(high, e + 8), e - 1, -1) if known.get(text[a:b]) == "TITLE"), None)
            if b is not None and b - a > best[1] - best[0]:
                best = (a, b)
        rank = RANK_BEFORE_TITLE.search(text, max(low, best[0] - 5), best[0])
        if rank and rank.end() == best[0]:
            best = (rank.start(), best[1])  # 副厅长级|生态环境监察专员: the rank the post is held at is part of it
        kind = POST_KIND_BEFORE.search(text, max(low, best[0] - 2), best[0])
        if kind and kind.end() == best[0]:
            best = (kind.start(), best[1])  # 专职|副主任: how the post is held is part of it
        if water is None and text[best[0]:best[1]].endswith(("河长", "湖长")) \
                and (named := _water_named_before_chief(text, best[0], low)):
            chiefs_waters.append(named + ("LOC", "rule", conf))  # 、某江|市级河长, the water left untagged
        out[n] = (best[0], best[1], label, source, conf)
    out = sorted(out + [c for c in chiefs_waters if not any(o[0] < c[1] and c[0] < o[1] for o in out if o[2] != "TITLE")])
    merged: list = []
    for c in out:  # 四级主任|科员 tagged as two titles: one listed title written as one word
        if merged and c[2] == "TITLE" and merged[-1][2] == "TITLE" and c[0] - merged[-1][1] <= 1:
            # …or cut around a bracket the post is written with (市总河|(|湖)|长): up to two characters left out
            end = next((b for b in range(min(len(text), c[1] + 2), c[1] - 1, -1)
                        if known.get(text[merged[-1][0]:b]) == "TITLE"), None)
            if end is not None and (end == c[1] or not text[c[1]:end].strip("()（）长")):
                prev = merged.pop()
                c = (prev[0], end, "TITLE", prev[3], prev[4])
        merged.append(c)
    return merged


def sections_before_titles(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A title tagged with the section before it (大气处|副处长, 综合科|科长) is the section, an ORG that
    continues the body written right before it (某市生态环境局|大气处, GUIDELINES: a body with its
    section is one span), and the title."""
    known = knowledge.repair.known
    out: list = []
    for s, e, label, source, conf in sorted(chosen):
        cut = None
        if label == "TITLE" and known.get(text[s:e]) != "TITLE":
            cut = next((k for k in range(s + 2, e - 1) if known.get(text[k:e]) == "TITLE"
                        and SECTION_END.search(text[s:k])), None)
        if cut is None:
            out.append((s, e, label, source, conf))
            continue
        if out and out[-1][2] == "ORG" and out[-1][1] == s:
            prev = out.pop()
            out.append((prev[0], cut, "ORG", prev[3], prev[4]))
        else:
            out.append((s, cut, "ORG", "rule", conf))
        out.append((cut, e, "TITLE", source, conf))
    return out


def level_before_titles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A bare level written before a title or a body belongs to it (省|生态环境保护督察专员 ->
    省生态环境保护督察专员, 从|区|生态环境局获悉 -> 区生态环境局: GUIDELINES keeps bare-prefix bodies
    as written), when nothing else claims it and it opens a phrase (after punctuation or a function word)."""
    ends = {c[1] for c in chosen}
    out = []
    for c in sorted(chosen):
        s = c[0]
        opens = s == 1 or text[s - 2] in TASK_FORCE_AFTER or (c[2] == "ORG" and text[s - 2] in LEADING_FUNCTION)
        if (c[2] in ("TITLE", "ORG") and s >= 1 and text[s - 1] in "省市县区州" and s - 1 not in ends
                and opens and not (out and out[-1][1] > s - 1)
                and not (c[2] == "ORG" and text[s] in "省市县区州委")):
            c = (s - 1,) + tuple(c[1:])
        out.append(c)
    return out


def folded_committee_titles(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                            persons: Persons) -> list[Candidate]:
    """A party committee written with its position is one TITLE, its place a GPE (GUIDELINES:
    贵阳|市委副书记, 市委书记): the model reads the committee as an ORG and drops the position."""
    out = []
    for s, e, label, source, conf in sorted(chosen):
        m = COMMITTEE.search(text, s, e) if label == "ORG" else None
        title = COMMITTEE_TITLE.match(text, e) if m and m.end() == e else None
        title_end = title.end() if title else None
        if label == "ORG" and title is None:
            # the model took the position into the ORG (陕西省委常委): the same split
            folded = FOLDED_TITLE.search(text, s, e)
            if folded and folded.end() == e:
                m, title_end = folded, e
        if title_end and (person_in_sentence(text, s, title_end, persons) or stated_for_one(text, s, title_end, persons)) and \
                all(not (c[0] < title_end and e <= c[0]) or c[2] == "TITLE" for c in chosen):
            place = text[s:m.start()]
            # the committee's level word may close the place's name (某某|区委书记 of 某某区)
            if place and not knowledge.is_division(place) and not knowledge.is_division(place + text[m.start()]) \
                    and not (m.group().endswith("党工委") and ZONE_FULL.fullmatch(place)):
                out.append((s, e, label, source, conf))
                continue
            if place:
                out.append((s, m.start(), "GPE", "rule", conf))
            out.append((m.start(), title_end, "TITLE", "rule", conf))
            continue
        out.append((s, e, label, source, conf))
    # a TITLE the position swallowed (书记 inside 市委书记) goes
    titles = [(s, e) for s, e, lab, src, _ in out if lab == "TITLE" and src == "rule"]
    return [c for c in out if not (c[2] == "TITLE" and c[3] != "rule"
                                   and any(ts <= c[0] and c[1] <= te and (ts, te) != (c[0], c[1]) for ts, te in titles))]


def stated_for_one(text: str, s: int, e: int, persons: Persons) -> bool:
    """The same place and post are written elsewhere right before a name (a headline's 某市委书记主持召开…
    restating the lead's 某市委书记某某): the post is stated for that person (ANNOTATION.md, TITLE)."""
    written = text[s:e]
    return any(m.start() != s and persons.starting_between(m.end(), m.end() + 1)
               for m in re.finditer(re.escape(written), text))


def person_in_sentence(text: str, s: int, e: int, persons: Persons) -> bool:
    """A named person in the title's sentence (the model links titles across chains the
    gazetteer's narrow window does not reach: 宣传部副部长、市政府新闻办主任X)."""
    low = max(text.rfind(c, 0, s) for c in SENTENCE_ENDS) + 1
    highs = [i for i in (text.find(c, e) for c in SENTENCE_ENDS) if i != -1]
    high = min(highs) if highs else len(text)
    # within reach of the title: a name a long sentence further on (…思想) is no holder of the post
    return any(ps - e <= TITLE_REACH and s - pe <= TITLE_REACH
               for ps, pe in persons.starting_between(max(low, s - TITLE_REACH - 4), min(high, e + TITLE_REACH)))


def near_person(knowledge: PlaceKnowledge, text: str, s: int, e: int, persons: Persons) -> bool:
    """A title is an entity only when it describes a named person nearby.

    Only persons within reach are looked at (found by bisection): a scan
    of every person for every title made long documents quadratic.
    """
    for ps, pe in persons.starting_between(e, e + 16):
        between_after = text[e:ps]  # title before the name: 局长吕克军, 党组书记、局长尹崧
        if re.fullmatch(r"[、，,\s\u4e00-\u9fff]{0,8}", between_after) and (ps - e <= 1 or "、" in between_after):
            return True
        if re.fullmatch(r"[ \t\u3000]{1,12}", between_after):
            return True  # a roster's column: 科长      某  某
        # a chain of posts in several bodies (宣传部副部长、市政府新闻办主任X): the next post, with its
        # body, ends right before the name
        if re.fullmatch(r"、[\u4e00-\u9fff]{2,15}", between_after) and any(
                knowledge.repair.known.get(between_after[k:]) == "TITLE" for k in range(1, len(between_after) - 1)):
            return True
    for ps, pe in persons.ending_between(s - 2, s):
        if text[pe:s].strip() == "":  # name before the title: 吕克军局长
            return True
        if text[pe:s] in ("任", "兼"):  # a post taken by the name before it: 某某任指挥长, 某某兼组长
            return True
    return False


def without_bare_secretary_committees(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a bare committee folded with its secretary (坚持|市委|书记…负总责): the post, named by nobody
    here (GUIDELINES: 市委书记 is one TITLE, and a title only beside a person); never the committee alone."""
    return [c for c in chosen if not (c[2] == "ORG" and text[c[0]:c[1]] in BARE_COMMITTEES
                                      and SECRETARY_AFTER.match(text, c[1]))]
