"""Bodies read from the lists they stand in: short names sharing one ending (环保、住建、市场监督局),
members ending like a body beside them, the outlets of a media list, and a bare 政府 coordinated with
a party committee.  A list holds things of one kind, so one member that is a body makes its siblings
bodies too.
"""

from __future__ import annotations

import re

from ...grammar.natural import BEFORE_NAME
from .bodies import NOT_IN_BODY
from .knowledge import LEADING_FUNCTION, PlaceKnowledge
from .placing import Candidate, taken_mask

#: a bare government after a committee and a joint (、政府, 和政府), not a government's work or office
#: or its own level's government written right after it with no mark (县委|县政府, 市委|市人民政府)
BARE_GOVERNMENT = re.compile(r"(?:[、和及与]|(?=[省市县区州旗]))([省市县区州旗]?(?:人民)?政府)"
                             r"(?!工作|部门|机关|网|办|采购|门户|信息|投资|债务|专项|主导)")
#: what a party committee's ORG ends with when a government may be coordinated after it: the committee (区委,
#: 旗委) or its standing committee, whose meeting pairs with the government's (市委常委会、|政府常务会)
COMMITTEE_ENDINGS = ("委", "委常委会")
#: words that make the bodies after them every such body, not one named body
GENERIC_BODIES = re.compile(r"^各|各级|各地|有关|地方|[(（][市县区州旗、]+[)）]")
#: endings shared by the members of a list of bodies (财政局、发改局; 人民医院、妇幼保健院)
LIST_BODY_FAMILIES = (("医院", "保健院", "卫生院"), ("局",), ("污水处理厂", "污水厂", "净水厂"), ("处置中心",))
LIST_BODY_ENDINGS = tuple(w for family in LIST_BODY_FAMILIES for w in family)
#: the close of a list of outlets: …、某某新媒体等多家新闻媒体, …等驻荆媒体, …等中央和省级媒体
MEDIA_LIST_CLOSE = re.compile(r"等(?:多家|\d+家|[一二三四五六七八九十]+家|各大|各级)?"
                              r"(?:中央|省级?|市级?|县级?|主流|新闻|网络|驻[\u4e00-\u9fff]|在[\u4e00-\u9fff]|[、和及])*媒体(?!关注|聚焦|报道|热议|曝光|普遍|反映|监督)")
#: words of a member that is people or a group of bodies, not an outlet (各相关部门负责人、某某日报记者)
NOT_OUTLET = re.compile(r"记者|负责人|代表|人员|干部|群众|各|相关|部门")
#: one member of such a list, read back from the close
MEDIA_MEMBER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}$")


def _clause_before(text: str, pos: int) -> str:
    """The clause up to ``pos`` (from the last comma, full stop or line break)."""
    start = max(text.rfind(c, 0, pos) for c in "，,。；;：:\n") + 1
    return text[start:pos]


def short_bodies_in_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                          blocked: bytearray) -> list[Candidate]:
    """Bodies listed by short name before one written with its ending (对环保、住建、市场监督局…): the
    shared 局 is elided, each short name is one body (ORG).  Every member must be two or three
    characters after a 、, the first after a function word or punctuation; places are no bodies."""
    out = sorted(chosen)
    for s, e, label, _, _ in list(out):
        if label != "ORG" or not text[s:e].endswith(("局", "委", "办")) or e - s > 6 or s < 1 or text[s - 1] != "、":
            continue
        items, pos, opened = [], s - 1, False
        while pos > 0 and text[pos] == "、" and not opened:
            sizes = [k for k in (2, 3) if pos - k >= 1 and re.fullmatch(r"[\u4e00-\u9fff]+", text[pos - k:pos])]
            k = next((k for k in sizes if text[pos - k - 1] == "、"), None)  # another member before it
            if k is None:  # the first member: after punctuation or a function word
                k = next((k for k in sizes if text[pos - k - 1] in "，,。；;：:\n" or text[pos - k - 1] in LEADING_FUNCTION), None)
                opened = k is not None
            if k is None:
                break
            items.append((pos - k, pos))
            pos -= k + 1
        if not opened:
            continue
        if any(knowledge.is_known_place(text[a:b]) or blocked.find(1, a, b) != -1 for a, b in items):
            continue
        if any(c[0] < b and a < c[1] and ((c[0], c[1]) != (a, b) or c[2] not in ("PERSON", "ORG"))
               for a, b in items for c in out):
            continue
        out = [c for c in out if (c[0], c[1]) not in items] + [(a, b, "ORG", "rule", 1.0) for a, b in items]
    return sorted(out)


def members_of_body_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                          blocked: bytearray) -> list[Candidate]:
    """Members of a 、-list of bodies that end like a body found beside them (财政局、发改局、|住建局|、…,
    人民医院、|藏医院|、…): a list holds things of one kind, so a member written without its place
    and ending in the same word is a body too.  The list's last member may be followed by the thing
    the list shares (…、妇幼保健院|污水处理站): it is cut at its ending."""
    out = sorted(chosen)
    taken = taken_mask(text, out)
    queue = [c for c in out if c[2] == "ORG" and text[c[0]:c[1]].endswith(LIST_BODY_ENDINGS)]
    seen: set[tuple[int, int]] = set()
    while queue:
        s, e = queue.pop()[:2]
        if (s, e) in seen:
            continue
        seen.add((s, e))
        family = next(f for f in LIST_BODY_FAMILIES if text[s:e].endswith(f))
        members = []
        if e < len(text) and text[e] == "、":  # the member after
            run = re.match(r"[\u4e00-\u9fff]{2,10}", text[e + 1:])
            if run:
                name = run.group()
                ends = [name.find(w, 1) + len(w) for w in family if name.find(w, 1) >= 1]
                if ends and min(ends) < len(name) + 1 and name[:min(ends)] not in family:
                    members.append((e + 1, e + 1 + min(ends)))
        if s >= 2 and text[s - 1] == "、":  # the member before
            run = re.search(r"[\u4e00-\u9fff]{2,8}$", text[max(0, s - 9):s - 1])
            if run and run.group().endswith(family) and run.group() not in family \
                    and run.group()[0] not in BEFORE_NAME and run.group()[0] not in "并並" \
                    and not any(v in run.group() for v in knowledge.repair.lists.org_leading_verbs):
                a = s - 1 - len(run.group())  # …not a verb's object run into the member (并联合|市公安局)
                if a == 0 or not re.match(r"[\u4e00-\u9fff]", text[a - 1]) or text[a - 1] in "、和及与":
                    members.append((a, s - 1))
        for a, b in members:
            name = text[a:b]
            if b - a < 3 or b - a > 8 or taken.find(1, a, b) != -1 or blocked.find(1, a, b) != -1 \
                    or knowledge.is_known_place(name) or NOT_IN_BODY.search(name) or name.startswith(("等", "各", "其他", "相关")):
                continue
            out.append((a, b, "ORG", "rule", 1.0))
            taken[a:b] = b"\x01" * (b - a)
            queue.append((a, b))
    return sorted(out)


def outlets_in_media_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                           blocked: bytearray) -> list[Candidate]:
    """Members of a 、-list closed by 等…媒体 (某某日报、某某新媒体等多家新闻媒体) are outlets (ORG,
    ANNOTATION.md s.2), whatever their ending: a brand (某某先锋号, 网易某地) or a paper whose name
    begins with a province (湖北工人报), which the model reads as a place.  Members are read back
    from the close over the 、; the first must follow punctuation or already be an ORG, so that the
    verb before a list (邀请了…) never joins it.  Known places and single characters (省、市等媒体)
    stay out."""
    out = sorted(chosen)
    for m in MEDIA_LIST_CLOSE.finditer(text):
        members, pos = [], m.start()
        while True:
            run = MEDIA_MEMBER.search(text, max(0, pos - 10), pos)
            if not run:
                break
            a = run.start()
            if a > 0 and text[a - 1] == "、":
                members.append((a, pos))
                pos = a - 1
                continue
            if a == 0 or text[a - 1] in "，,。；;：:\n（(":
                lead = re.match(r"以及|及|和|与", text[a:pos])  # …，及某某网、…: the conjunction opens no name
                members.append((a + (lead.end() if lead else 0), pos))
            else:  # the first member after a verb: only as the ORG already found there
                members.extend((c[0], c[1]) for c in out if c[1] == pos and c[2] == "ORG" and c[0] > a)
            break
        members = members[:next((i for i, (a, b) in enumerate(members) if NOT_OUTLET.search(text[a:b])), len(members))]
        if len(members) < 2:
            continue  # one name before 等媒体 is no list
        if not any(text[a:b].endswith(knowledge.repair.lists.outlet_endings)
                   or any((c[0], c[1], c[2]) == (a, b, "ORG") for c in out) for a, b in members):
            continue  # a list of topics the media follow (…、农村污染治理等媒体关注的内容), no outlet in it
        for a, b in members:
            name = text[a:b]
            if blocked.find(1, a, b) != -1 or knowledge.is_known_place(name) or name.isdigit() or name.startswith(("等", "各", "其他", "相关")):
                continue
            inside = [c for c in out if c[0] < b and a < c[1]]
            if any(c[0] < a or c[1] > b or c[2] not in ("GPE", "ORG", "LOC") for c in inside):
                continue  # a piece reaching out of the member, or a person or a number inside it
            if any((c[0], c[1], c[2]) == (a, b, "ORG") for c in inside):
                continue
            out = [c for c in out if c not in inside] + [(a, b, "ORG", "rule", 1.0)]
    return sorted(out)


def _same_level(text: str, start: int, end: int, government: int) -> bool:
    """A government written with its level (县委|县政府, 市委、|市政府) is the committee's partner only at the
    committee's own level; a bare 政府 is always (区委和|政府)."""
    level = text[government]
    if level not in "省市县区州旗":
        return True
    committee = text[start:end].removesuffix("常委会")  # 市委常委会 → 市委: the level stands before 委
    return committee[-2:-1] == level


def governments_after_committees(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A bare 政府 coordinated with a party committee names that level's government (区委和|政府,
    自治区党委、|政府: GUIDELINES, real articles); a committee of several places (市(州)党委) names none."""
    # a bare 政府 of every place (各有关市(州)党委、政府, 地方政府) is no named body
    out = [c for c in sorted(chosen) if not (c[2] == "ORG" and text[c[0]:c[1]] in ("政府", "人民政府")
                                             and GENERIC_BODIES.search(_clause_before(text, c[0])))]
    taken = [(c[0], c[1]) for c in out]
    for s, e, label, _, conf in list(out):
        if label != "ORG" or not text[s:e].endswith(COMMITTEE_ENDINGS) or re.search(r"[(（)）]", text[s:e]):
            continue
        m = BARE_GOVERNMENT.match(text, e)
        if m and not _same_level(text, s, e, m.start(1)):
            continue
        if not m or blocked.find(1, m.start(1), m.end(1)) != -1 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        out.append((m.start(1), m.end(1), "ORG", "rule", 1.0))
    return sorted(out)


#: the close of a list of firms: 等18家相关企业, 等单位, 等7家土壤污染重点监管单位 (the words between the count
#: and the noun say which firms)
FIRM_LIST_CLOSE = re.compile(r"等(?:[\d一二两三四五六七八九十百]+余?家)?[\u4e00-\u9fff]{0,8}?(?:企业|公司|单位|工厂|厂家)")
#: words of a sector, a kind or a count, never a firm's own name (钢铁行业、重点排污企业、涉气工业企业)
NOT_A_FIRM = re.compile(r"行业|领域|企业|单位|项目|工业|重点|涉气|涉水|涉重|排污|类|等|各|相关|其他|其它|所有|部分"
                        r"|[的和与及对在于将把被]|\d")
#: words that may open a list's first member without being part of it (以及|某某, 督促|某某, 对|某某)
FIRST_MEMBER_OPENINGS = ("以及", "包括", "其中", "督促", "要求", "推动", "责令", "对", "和", "及", "与", "如")


def _firm_run(knowledge: PlaceKnowledge, text: str, members: list[tuple[int, int]],
              tagged: bytearray) -> list[tuple[int, int]]:
    """The members read back from a firm list's close while each names a firm: four to twelve characters, no
    sector word (钢铁行业), no place, nothing tagged already but as a body (``tagged``: the other labels).  A list may open with places or bodies of another
    kind (某乡、某镇、某某矿业、某某矿业等单位): the firms are the run next to the close, the rest stay what they are."""
    run: list[tuple[int, int]] = []
    for a, b in reversed(members):
        name = text[a:b]
        if (not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{4,12}", name) or NOT_A_FIRM.search(name)
                or knowledge.is_known_place(name) or tagged.find(1, a, b) != -1):
            break
        run.insert(0, (a, b))
    return run


def firms_in_firm_lists(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate],
                        blocked: bytearray) -> list[Candidate]:
    """Firms listed by their own short names before the list's kind (某某钢铁、某某冶炼、某某金铅等18家相关企业,
    某某矿业、某某矿业等单位): what the list closes with says each member is a firm.  A member is four to
    twelve characters that name no sector (钢铁行业), no place and nothing already tagged; the first
    member must open at a clause start or after a word that introduces a list, so a verb's object is
    never read into it.  A list needs two members at least, or one member ending in 公司/集团/厂."""
    taken = taken_mask(text, chosen)
    not_bodies = taken_mask(text, [c for c in chosen if c[2] != "ORG"])
    out = list(chosen)
    for close in FIRM_LIST_CLOSE.finditer(text):
        clause_start = max(text.rfind(ch, max(0, close.start() - 90), close.start()) for ch in "，,。；;：:\n（(“\"") + 1
        pieces = text[clause_start:close.start()].split("、")
        opening = next((w for w in FIRST_MEMBER_OPENINGS if pieces[0].startswith(w)), "")
        pieces[0] = pieces[0][len(opening):]
        members, pos = [], clause_start + len(opening)
        for piece in pieces:
            members.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        members = _firm_run(knowledge, text, members, not_bodies)
        names = [text[a:b] for a, b in members]
        if not (len(members) >= 2 or (members and re.search(r"(?:公司|集团|厂)$", names[0]))):
            continue
        for a, b in members:
            if blocked.find(1, a, b) == -1 and taken.find(1, a, b) == -1:
                out.append((a, b, "ORG", "rule", 1.0))
                taken[a:b] = b"\x01" * (b - a)
    return sorted(out)
