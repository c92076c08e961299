"""Towns, villages and hamlets (GPE): no table lists them, so the word's shape is the evidence.

Each level is a whole word of two to four characters before its ending (镇, 乡, 街道, 苏木; 村;
社, 组), never a generic word (家乡, 农村, 工作组); a chain of them after a place is one place
(X县|Y镇|Z村).  A village is also read inside a river's section name (某河|某家村断面).
"""

from __future__ import annotations

import re

from ...grammar.natural import LEADING as NATURAL_LEADING
from ..entity_rules import CLAUSE_VERBS
from .knowledge import LEADING_FUNCTION, NOT_DIVISIONS, TOWN_END, PlaceKnowledge
from .placing import Candidate, put_places, taken_mask

#: the levels below a county, in order: town (镇, 乡, 街道, 苏木), village (村), hamlet or group (社, 组)
TOWN_PIECE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:" + "|".join(TOWN_END) + ")")
#: characters of a clause's words, never in a long (five- or six-character) town name such as a transcribed Mongolian
#: one (满都宝力格镇): 进一步压实|某镇, 湖北已明确省市县乡 are clauses ending on a town's word
CLAUSE_CHARS_IN_LONG_TOWN = set("的了与和及在已是为对把被将向从到一压实确明处调研帮扶组村市鎮镇乡鄉")


def _long_piece_with_clause_words(piece: str) -> bool:
    """Is ``piece`` a town's word after five or six characters, one of which reads as a clause's word?"""
    name = piece[:-len(next(end for end in TOWN_END if piece.endswith(end)))] if piece.endswith(TOWN_END) else piece
    return len(name) > 4 and bool(set(name) & CLAUSE_CHARS_IN_LONG_TOWN)
VILLAGE_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?村")
COMMUNITY_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?社区")
HAMLET_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:村|社|组)")
#: the endings of a river or a lake a village's name may follow in a section's name (某河|周家村)
WATER_FEATURE_END = ("河", "江", "溪", "水", "渠", "湖", "库")
#: words inside a "village" after a river that make it a stretch of land, not a village (沿岸村, 两岸乡村)
NOT_IN_VILLAGE = re.compile(r"沿|岸|流域|周边|附近|上游|下游|中游|干流|支流|沿线|各|全|部分|重点|所有|[的和与及等、]")
#: words that end like a town or a village but name none (家乡, 特色小镇, 美丽乡村, 行政村)
NOT_TOWN_TAIL = ("水乡", "之乡", "城乡", "下乡", "返乡", "故乡", "他乡", "异乡", "小镇", "城镇", "乡村", "古镇", "名镇",
                 "重镇", "城镇", "集镇", "村镇", "乡镇", "强镇", "市镇", "各镇", "全镇", "本镇", "该镇", "农村", "乡村", "山村",
                 "渔村", "古村", "名村", "全村", "各村", "本村", "该村", "行政村", "自然村", "示范村", "村村", "社区", "公社",
                 "合作社", "旅行社", "报社", "小组", "专班组", "工作组", "督察组", "巡视组", "检查组", "调查组", "专家组")
#: what makes X城镇 the word for towns at large (小城镇, 新型城镇) rather than a town named X城 (某城镇)
CITY_TOWN_MODIFIERS = set("小新大老古名重强特各全本该每中集村乡市县农型")
#: characters a town's name never starts with: function words (汇川区|以高坪街道, 检查组沿|兴坪镇)
NOT_TOWN_START = set("各全本该每等和及与的以在于对向从把将被由经沿至到为是让使并我就")
#: verbs of a town's work report that stand before a bare 镇 ("the town"): 总结镇…工作, 部署镇…任务
TOWN_WORK_VERBS = frozenset(("总结", "部署", "安排", "研究", "听取", "汇报", "通报", "统筹", "促进", "推动", "强化", "助力", "服务",
                             "代表", "组织", "召开", "学习", "传达", "分析", "谋划", "介绍", "回顾"))
#: words for kinds of towns, never a town's name (重点镇, 生态镇, 示范镇)
TOWN_KINDS = frozenset(("重点", "中心", "示范", "特色", "建制", "卫星", "专业", "生态", "文明", "卫生", "旅游", "工业", "农业",
                        "美丽", "森林", "园林", "历史", "文化", "边境", "口岸", "商贸", "试点", "先进", "乡镇", "城镇", "小城",
                        "新型", "宜居", "平安", "和美", "绿色", "低碳", "环保", "清洁", "无废", "全域", "所在", "毗邻", "周边"))
#: words before a place that say it is one (在首占镇, 位于某镇, 前往某乡)
TOWN_CUES = ("在", "于", "到", "赴", "至", "往", "进", "经", "入", "位于", "地处", "来自", "投诉", "举报",
             # the object of a check or a deal (对某镇几家企业, 就某镇土壤改良), a town of our county (我县某镇)
             "对", "就", "我县", "本县", "我区", "本区", "我市", "本市")


TOWN_CUE_RE = re.compile("|".join(sorted(TOWN_CUES, key=len, reverse=True)))


def _town_named_like_city(word: str) -> bool:
    """A town whose name is a one-character word and 城 (凤城镇, 鹤城镇): three characters, the first no
    modifier; the generic tail 城镇 is then the name's 城 and the level 镇.  Likewise a town named with
    市 or 村 (苗市镇, 禹村镇): the generic tail 市镇/村镇 is the name's last character and the level 镇,
    unless a modifier stands before it (新村镇)."""
    return len(word) == 3 and word.endswith("城镇") and word[0] not in CITY_TOWN_MODIFIERS \
        or (len(word) >= 3 and word.endswith(("市镇", "村镇")) and word[-3] not in CITY_TOWN_MODIFIERS)


def town_piece(pattern: re.Pattern, text: str, at: int, ends: set[int]) -> int | None:
    """The end of one level of a place chain starting at ``at`` (a whole word, no generic word), or None."""
    m = pattern.match(text, at)
    if not m or m.end() not in ends or m.group()[0] in NOT_TOWN_START:
        return None
    if m.group().endswith(NOT_TOWN_TAIL) and not _town_named_like_city(m.group()):
        return None
    return m.end()


def chain_end(text: str, end: int, ends: set[int], town_done: bool) -> int:
    """Where a chain down to towns, villages and hamlets ends after a place ending at ``end``
    (同心县|下马关镇|某某村|某某社)."""
    if not town_done:
        town = town_piece(TOWN_PIECE, text, end, ends)
        if town is None:
            return end
        end = town
    village = town_piece(VILLAGE_PIECE, text, end, ends)
    if village is None:
        # an urban community below a town is the village level (某某镇|燕子社区); not a generic word
        # (该社区, 各社区: a function word or a modifier opens those)
        community = COMMUNITY_PIECE.match(text, end)
        return community.end() if community and community.end() in ends \
            and community.group()[0] not in NOT_TOWN_START and community.group()[0] not in "本该各全每" else end
    hamlet = town_piece(HAMLET_PIECE, text, village, ends)
    return hamlet or village


def villages_after_rivers(text: str, chosen: list[Candidate], blocked: bytearray, ends: set[int]) -> list[Candidate]:
    """A river's monitoring section at a village (某河|某家村断面, 某江|某某村桥、): the village is a place
    even inside a section's name (GUIDELINES: 石桥村|断面), written with its level word 村."""
    new = []
    for s, e, lab, *_ in chosen:
        village = VILLAGE_PIECE.match(text, e) if lab == "LOC" and text[s:e].endswith(WATER_FEATURE_END) else None
        if village and (village.end() in ends or text.startswith(("桥", "断面"), village.end())) \
                and village.group()[0] not in NOT_TOWN_START and village.group() not in NOT_TOWN_TAIL \
                and not village.group().endswith(("行政村", "自然村", "示范村")) \
                and not NOT_IN_VILLAGE.search(village.group()) \
                and blocked.find(1, e, village.end()) == -1:
            new.append((e, village.end(), False))
    return put_places(text, list(chosen), new)


def towns_and_villages(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                       starts: set[int], ends: set[int]) -> list[Candidate]:
    """Towns, villages and hamlets are places, and a chain of them after a place is one place
    (GUIDELINES: 汶上县军屯乡): X县|Y镇|Z村|W社 is one GPE, and a town's full name alone (Y镇)
    is a GPE where it stands as a word.  No table lists towns; the word shape is the evidence:
    each level a whole word of 2-4 characters before its ending, never a generic word (家乡, 农村).
    """
    token_end = dict(zip(sorted(starts), sorted(ends)))
    ends = ends | {c[0] for c in chosen}  # a word ends where an entity starts (额吉淖尔镇|额吉淖尔盐湖)
    new = []
    for s, e, lab, *_ in chosen:
        # a place, or a known place's short name the model read as something else (钟山|某某乡)
        if lab == "GPE" or (lab in ("LOC", "PERSON") and knowledge.is_known_place(text[s:e])):
            end = chain_end(text, e, ends, text[s:e].endswith(TOWN_END))
            if lab != "GPE" and end == e:
                continue
            if end > e and blocked.find(1, s, end) == -1:
                new.append((s, end, True))
    # a town's name opens at a word's start, or right after a cue the segmenter glued to it (我县石桥|镇, 就青山|镇)
    after_cues = {m.end() for m in TOWN_CUE_RE.finditer(text)}
    # 某溪流域|某某乡交接断面: the town of a river's stretch opens where the river ends (not a scenic area's: 某景区某镇
    # is one place); read once, not for every candidate town
    water_ends = {c[1] for c in chosen if c[2] == "LOC" and text[c[0]:c[1]].endswith(WATER_FEATURE_END + ("流域",))}
    for s in sorted(starts | after_cues):
        m = TOWN_PIECE.match(text, s)
        listed = s > 0 and text[s - 1] in LIST_MARKS  # 、向阳镇: a list member's name may open like a function word
        if not m or m.end() not in ends or (m.group()[0] in NOT_TOWN_START and not listed) \
                or re.search(r"[省县区]", m.group()[:-1]) or _long_piece_with_clause_words(m.group()) \
                or (m.group().endswith(NOT_TOWN_TAIL) and not _town_named_like_city(m.group())):
            continue
        base_end = m.end() - (2 if m.group().endswith(("街道", "苏木")) else 1)
        # a town standing alone: one word (首占镇), or a long word and its bare ending (额吉淖尔|镇)
        # (after a cue, a long name the segmenter cut in two, 对|红星|满族|镇, is still one word: its ends are word
        # ends, and it names no kind of town and opens with no verb)
        glued = s in after_cues and base_end - s >= 3 and not m.group()[:-1].endswith(tuple(TOWN_KINDS)) \
            and not m.group().startswith(CLAUSE_VERBS) and not m.group().startswith(TOWN_CUES)  # 对|位于|某镇
        if not (token_end.get(s) == m.end() or (token_end.get(s) == base_end and base_end - s >= 3) or glued):
            continue
        if any(c[0] <= s < c[1] or c[0] < m.end() <= c[1] or c[1] == s for c in chosen if c[2] == "GPE"):
            continue  # after or inside a place: the chain above decides
        end = chain_end(text, m.end(), ends, True)
        # a town opening a line past its indent and closed by a colon heads its part (某某镇：…)
        heading = text.startswith(("：", ":"), end) and not text[text.rfind("\n", 0, s) + 1:s].strip(" \t\u3000") \
            and m.group()[:-1] not in TOWN_WORK_VERBS and m.group()[:-1] not in TOWN_KINDS
        after_water = s in water_ends
        if base_end - s < 3 and end == m.end() and not text[max(0, s - 2):s].endswith(TOWN_CUES) and not after_water \
                and not town_among_parties(knowledge, text, s, m.end(), m.group()) and not heading:
            continue  # 先进镇, 总结|镇: a two-character word before 镇 needs a village below it or a place verb
        if blocked.find(1, s, end) == -1:
            new.append((s, end, False))
    return put_places(text, list(chosen), new)


#: generic tails that also end villages' names (印山村, 沙渔村): generic only after a modifier (小山村, 偏远山村)
NAMEABLE_TAILS = ("山村", "渔村", "古村")
VILLAGE_MODIFIERS = frozenset(("小", "大", "老", "新", "偏远", "贫困", "美丽", "边远", "传统", "千年", "一个", "整个", "沿海", "海边"))
#: what opens a community named alone: a list mark or a word of place
COMMUNITY_OPENERS = set("、对在于到至赴往经入")
#: a site's community, no place (访问移动社区, 网上社区)
ONLINE_COMMUNITY = re.compile(r"移动|網|网|线上|在线|論壇|论坛|虚拟|访问")
#: verbs of two characters or more that take a place as their object (保障, 推进, 来到): never a village's first word
VERBS_BEFORE_PLACE = tuple(sorted((w for w in NATURAL_LEADING if len(w) >= 2), key=len, reverse=True))
#: marks before a list member
LIST_MARKS = "、，,；;"
#: what ends a word for villages or communities at large (农业农村, 美丽乡村, 该社区): every generic tail but 社区
VILLAGE_NOT_TAIL = tuple(t for t in NOT_TOWN_TAIL if t != "社区")


def town_among_parties(knowledge: PlaceKnowledge, text: str, start: int, end: int, word: str) -> bool:
    """A two-character town name (某某镇) that stands as a member of a list or opens a clause: after
    、 ， “ or 和/及 and before 、 ， a verb or a facility (县水务局、|某某镇|签订…, 和|某某镇|污水处理站).
    Words for kinds of towns (重点镇, 生态镇, 中心镇) are no names."""
    base = word[:-1]
    if base in TOWN_KINDS or not word.endswith("镇") or base in NATURAL_LEADING or base in CLAUSE_VERBS \
            or base in TOWN_WORK_VERBS:
        return False  # 总结|镇…工作: a verb before the bare 镇 of "our town" is no town's name
    if text.startswith(knowledge.repair.lists.org_suffixes, end):
        return False  # 某某镇|党委, 某某镇|政府: the town opens a body's name, which the body rules read
    before = text[start - 1:start] if start else ""
    return before in ("、", "，", ",", "“", "；", ";") or (before in ("和", "及") and start >= 2
                                                       and text[start - 2] not in "、，,")


def township_list(text: str, items: list[tuple[int, int]],
                  word_starts: set[int] | None = None) -> list[tuple[int, int]]:
    """The members of a list of townships, each cut after its first township ending, or [] when it is none.

    Leading pieces that are no township (…负责同志及) are dropped; two members at least.
    """
    towns = []
    for n, (s, e) in enumerate(items):
        name = text[s:e]
        cut = next((i + len(end) for i in range(2, len(name)) for end in TOWN_END if name.startswith(end, i)), None)
        if n == 0 and word_starts and name.endswith(TOWN_END):
            # 重点检查|草海镇、…: the first member is the town at the end of the words before the list
            k = next((k for k in range(e - 3, s, -1) if k in word_starts), None)
            # (a whole name the segmenter keeps as one word is never cut: only a word of two characters or
            # more before the town's own word, 保障|某某村, is the clause's)
            if k is not None and k > s and (TOWN_PIECE.fullmatch(text, k, e) or VILLAGE_PIECE.fullmatch(text, k, e)) \
                    and text[k] not in NOT_TOWN_START and (k - s >= 2 or cut is None or cut != len(name) or cut > 6):
                towns.append((k, e))
                continue
        # a member that runs on past its township ending is no town, unless it is the last one (…、某某乡等地):
        # 整治城镇|秩序、整治乡|容镇貌 lists the work done, not townships
        runs_on = cut is not None and cut < len(name) and n < len(items) - 1
        if cut is None or not 3 <= cut <= 6 or name[:cut] in NOT_DIVISIONS or name[0] in LEADING_FUNCTION or runs_on:
            if towns:
                return []
            continue  # words before the list
        towns.append((s, s + cut))
    return towns if len(towns) >= 2 else []


#: words for kinds of villages, never a village's name (贫困村, 城中村, 移民村): with TOWN_KINDS (示范, 生态)
VILLAGE_KINDS = ("贫困", "城中", "空心", "移民", "搬迁", "边境", "民族", "传统", "红色", "样板", "明星", "富裕", "后进",
                 "集体", "产业", "整治", "保洁", "达标", "和美", "宜居", "帮扶", "结对", "定点", "薄弱", "涣散", "文明")
#: what opens a village named alone: a clause mark or quote, or a word of place or object (对|某某村, 在|某某村, 的|某某村)
VILLAGE_OPENERS = set("，,。；;：:、“\"（(\n 对在于到至赴往经入的和及与")
#: what the village's own words never go on with: its people, committee, level, affairs (村民, 村委会, 村级, 村务),
#: or a town's level (某村镇: 村 is then part of the town's name, the chain above reads it)
VILLAGE_WORD_AFTER = set("民委级务干规两组镇乡")
#: verbs a "village" would open with (组织|村…, 开展|居村…, 有|贺村镇): a clause, not a name
VILLAGE_VERB_OPENINGS = tuple(CLAUSE_VERBS) + tuple(TOWN_WORK_VERBS) + ("有", "是", "使", "让", "推动", "带动", "引导")


def villages_named_alone(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A village named without its town (对|某某村|…, “某某村”国控断面, 的|某某村|水环境整治) is a place like a town
    named alone (GUIDELINES: towns and villages are GPE).  The evidence is the word's shape and what opens
    it: two to four characters and 村, after a clause mark, a quote or a word of place or object; never a
    kind of village (贫困村, 生态文明村, 行政村), a determiner's (全村, 该村), a verb's (组织|村), or the first half
    of 村民, 村委会 or a town's name (某村镇)."""
    new = []
    chosen = list(chosen)
    # a village the model read as a body, word for word (、某某村|等): a village is a place (GUIDELINES)
    model_orgs = {(c[0], c[1]): c for c in chosen if c[2] == "ORG" and c[3] == "model"}
    taken = taken_mask(text, chosen)
    opened = (i for i in range(len(text)) if not i or text[i - 1] in VILLAGE_OPENERS)
    # an urban community is the village level of a town (到|某某社区开展…), read the same way
    for m in filter(None, (VILLAGE_PIECE.match(text, i) or COMMUNITY_PIECE.match(text, i) for i in opened)):
        verb = next((w for w in VERBS_BEFORE_PLACE if m.group().startswith(w) and len(m.group()) - len(w) >= 3), None)
        if verb:  # 保障|某某村、…: a verb of the clause opens the run, the village follows it
            m = VILLAGE_PIECE.fullmatch(text, m.start() + len(verb), m.end()) \
                or COMMUNITY_PIECE.fullmatch(text, m.start() + len(verb), m.end())
            if m is None:
                continue
        s, e = m.span()
        word, base = m.group(), m.group()[:-2 if m.group().endswith("社区") else -1]
        if (s, e) in model_orgs and word.endswith("村") and not word.endswith(VILLAGE_NOT_TAIL):
            chosen.remove(model_orgs.pop((s, e)))
            taken[s:e] = bytes(e - s)
        generic = word.endswith(VILLAGE_NOT_TAIL) and not (
            word.endswith(NAMEABLE_TAILS) and word[:-2] and word[:-2] not in VILLAGE_MODIFIERS)  # 印山村, not 小山村
        # a community alone needs a place word or a list before it (到|某某社区, 、|某某社区): after a clause mark
        # 社区 is as often the word for "the community" (，移交社区综管部门)
        generic = generic or (word.endswith("社区") and (ONLINE_COMMUNITY.search(word) is not None
                                                         or (s and text[s - 1] not in COMMUNITY_OPENERS)))
        if word[0] in NOT_TOWN_START or generic or base.startswith(VILLAGE_VERB_OPENINGS) \
                or base in TOWN_KINDS or base[-2:] in TOWN_KINDS or base.endswith(VILLAGE_KINDS) \
                or text[e:e + 1] in VILLAGE_WORD_AFTER or NOT_IN_VILLAGE.search(word) \
                or taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1:
            continue
        new.append((s, e, False))
    return put_places(text, list(chosen), new)
