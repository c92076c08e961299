"""Repair rules for statistical entities, and byline names (character offsets).

A general-domain NER trained mostly on news sentences makes predictable
mistakes on bureau news: organisation spans that run on into the verb
(``天津市武清区联合签订``), meetings taken for bodies (``第十四次党代会``),
names inside 《document titles》, titles that are bylines (``记者``).  Each
rule here is small, general (no seed strings) and driven by the word lists
in ``configs/gazetteers/entity_rules.json``:

* nothing inside 《…》 unless the whole title is an outlet;
* ORG must end in an organisation suffix: trimmed to the longest prefix that
  does, dropped when none does or when it ends like a meeting or a system;
  a leading verb before a bare 市/县 prefix is cut (``联合市发改委``); a place
  written right before it is joined (``廊坊`` + ``市委宣传部…``); a development
  zone is relabelled GPE;
* GPE must end in a division suffix or be a known division: trimmed or dropped;
  generic words (``城区``, ``全市``) are dropped;
* PERSON is 2–4 Han characters starting with a surname, not a dictionary word;
* TITLE is not a byline word;
* LOC takes a following ``流域``.

Byline names (``记者 林晨``, ``通讯员沈晋 鲁记``, ``高宇摄``, a name alone on the
last line of a piece) are read by pattern, not by the model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from .segmenter import resolve_project_path

HAN = "\u4e00-\u9fff"


#: titles a place is awarded (国家卫生城市, 国家森林城市, 全国文明城区, 生态文明先行示范区, 全域旅游示范区):
#: they end like places but name none
HONOUR_TITLE = re.compile(r"^(?:国家|全国|國家|全國)[\u4e00-\u9fff]{1,10}(?:城市|城区|城區|区|區|县|縣|市)$"
                          r"|(?:先行|全域旅游|全域旅遊|文明|卫生|衛生|森林|园林|園林|生态|生態)示范(?:区|區|市|县|縣)$")
#: how the name of a body ends when the model ran it into the post after it (管委会|主任, 某区政协|委员)
#: (only bodies that are no section of another: a section run into its post is the section step's to join;
#: a government's secretary-general is one post with it, 省政府副秘书长)
TITLED_BODY_END = re.compile(r"(?:管委会|委员会|人大|政协|政府)$")
#: a body's ending and the post of its head (某某局|局长, 某某厅|副厅长): a title run over the body it heads
#: (only bureaus and departments: a section's post, 某处|处长, is left whole for the section passes to join to its body)
HEAD_POSTS = (("局", "局长"), ("厅", "厅长"))
#: the roles of a byline, whatever word comes before them (ANNOTATION s.2: bylines are no TITLE): 首席记者,
#: 初审编辑, 首席编辑, • 作者 — but a paper's editor-in-chief is a post (总编辑)
#: a town, village or community by its shape (某某镇, 某某村, 某某社区): what a verb before it leaves
LOCAL_PLACE_SHAPE = re.compile(rf"[{HAN}]{{2,4}}(?:镇|乡|村|社区|街道)")
#: endings of place and feature words that given names also have (某宝山, 某金河, 某春江)
NAME_LIKE_FEATURE_ENDINGS = ("山", "河", "江", "湖", "桥", "橋",
                             # …and of sections and bodies (某技科, 某建团): a name where a person's evidence stands by
                             "科", "团", "院")
BYLINE_ROLES = ("记者", "通讯员", "编辑", "作者", "編輯")
EDITORS_IN_CHIEF = ("总编辑", "總編輯")


@dataclass(frozen=True)
class RuleLists:
    not_titles: frozenset[str]
    not_gpe: frozenset[str]
    not_org_endings: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    org_leading_verbs: tuple[str, ...]
    gpe_endings: tuple[str, ...]
    loc_extensions: tuple[str, ...]
    byline_cues: tuple[str, ...]
    org_false_endings: tuple[str, ...]
    org_breaking_verbs: tuple[str, ...]
    person_bad_endings: tuple[str, ...]
    outlet_cue: str
    outlet_endings: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    person_min: int
    person_max: int
    #: 本报, 本台: the newspaper speaking of itself, not an outlet name
    not_outlets: frozenset[str] = frozenset()
    #: words that point at a body without naming it (该公司, 本站): never an ORG span
    not_orgs: frozenset[str] = frozenset()
    #: words a byline name runs into: 张明报道, 高宇摄
    byline_name_endings: tuple[str, ...] = ()
    #: words that open a source line (来源:X): X is an outlet
    source_cues: tuple[str, ...] = ("来源",)
    #: verbs that follow a speaker's name: a name cut one character short runs up to them (王某某介绍)
    person_speech_verbs: tuple[str, ...] = ()
    #: a page's field labels (来源, 作者, 发布时间): an empty credit runs into the next label, never a name
    field_labels: tuple[str, ...] = ()
    #: verb phrases opened by one character a name may run into (王某作表态发言, 李某下沉一线): a
    #: three-character span ending in that character is a two-character name and the verb
    person_verb_phrases: tuple[str, ...] = ()
    #: words a page writes in a credit's place that name no one (作者:文字, 来源:本站, 编辑:佚名)
    credit_not_names: frozenset[str] = frozenset()
    #: everyday words that open with a surname's character (关于, 胡杨, 康养, 安排): never a name
    common_words: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_rule_lists(rules_path: str, org_suffixes_path: str, surnames_path: str) -> RuleLists:
    data = json.loads(resolve_project_path(rules_path).read_text(encoding="utf-8"))
    suffixes = [ln.split("#", 1)[0].strip() for ln in
                resolve_project_path(org_suffixes_path).read_text(encoding="utf-8").splitlines()]
    suffixes = [s for s in suffixes if s] + list(data.get("extra_org_suffixes", []))
    words = " ".join(ln for ln in resolve_project_path(surnames_path).read_text(encoding="utf-8").splitlines()
                     if not ln.startswith("#")).split()
    return RuleLists(
        not_titles=frozenset(data["not_titles"]),
        not_gpe=frozenset(data["not_gpe"]),
        not_org_endings=tuple(data["not_org_endings"]),
        org_suffixes=tuple(sorted(set(suffixes), key=len, reverse=True)),
        org_leading_verbs=tuple(sorted(data["org_leading_verbs"], key=len, reverse=True)),
        gpe_endings=tuple(sorted(data["gpe_endings"], key=len, reverse=True)),
        loc_extensions=tuple(data["loc_extensions"]),
        byline_cues=tuple(sorted(data["byline_cues"], key=len, reverse=True)),
        org_false_endings=tuple(data.get("org_false_endings", [])),
        org_breaking_verbs=tuple(sorted(data.get("org_breaking_verbs", []), key=len, reverse=True)),
        person_bad_endings=tuple(data.get("person_bad_endings", [])),
        outlet_cue=data.get("outlet_cue", "记者|讯"),
        outlet_endings=tuple(sorted(data.get("outlet_endings", []), key=len, reverse=True)),
        not_outlets=frozenset(data.get("not_outlets", [])),
        not_orgs=frozenset(data.get("not_orgs", [])),
        byline_name_endings=tuple(sorted(data.get("byline_name_endings", []), key=len, reverse=True)),
        source_cues=tuple(sorted(data.get("source_cues", ["来源"]), key=len, reverse=True)),
        person_speech_verbs=tuple(sorted(data.get("person_speech_verbs", []), key=len, reverse=True)),
        field_labels=tuple(sorted(data.get("field_labels", []), key=len, reverse=True)),
        person_verb_phrases=tuple(sorted(data.get("person_verb_phrases", []), key=len, reverse=True)),
        credit_not_names=frozenset(data.get("credit_not_names", [])),
        common_words=frozenset(data.get("common_words", [])),
        surnames=frozenset(w for w in words if len(w) == 1),
        compound_surnames=tuple(w for w in words if len(w) == 2),
        person_min=int(data.get("person_min", 2)),
        person_max=int(data.get("person_max", 4)),
    )


#: words after a name that only a person takes (X同志, X一行); speech verbs come from the rule lists
#: a preposition opening the topic an official takes up right after the name (县长某某|就…作出部署)
TOPIC_AFTER_NAME = ("就", "围绕", "圍繞")
#: characters ending both a unit's, a town's or a feature's name and many given names (某科, 某镇, 某江, 某山, 某会)
GIVEN_NAME_ENDINGS = frozenset("科镇江山会湖河渠桥橋庫库")
PERSON_AFTER = ("同志", "摄", "攝", "等同志", "等领导", "一行", "说", "說")
#: of those, the two-character words the model runs a name into (某某某同志, 某某一行)
PERSON_AFTER_WORDS = ("同志", "一行")
#: words after a "name" that make it a place or a facility's name (郭二庄|煤矿, 李八沟|断面, 宋家|村委会)
PERSON_NOT_BEFORE = ("煤矿", "煤业", "矿区", "矿业", "断面", "斷面", "水库", "水庫", "水厂", "水廠", "电厂", "電廠", "公园", "公園",
                     "景区", "景區", "湿地", "濕地", "地块", "地塊", "社区", "社區", "小区", "小區", "园区", "園區", "村委", "街道",
                     "大道", "北路", "南路", "东路", "西路", "中路", "大街", "大桥", "大橋", "河段", "片区", "片區", "工业园", "工業園",
                     "设备", "設備", "机组", "機組",
                     # a gully, a channel, a cave or a gorge named after its first words (某某子|沟, 某某|洞)
                     "沟", "溝", "渠", "洞", "峡", "峽", "港", "浜")
QUOTE_OPEN = "“\"‘「『"
QUOTE_CLOSE = "”\"’」』"
#: an ordinal with its measure word (第五次, 第三批): never a name, though 第五 is a surname
ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+[次个批届轮季期名位条项场年]")
#: characters that end a clause word, never a given name (王某说, 王某在)
NOT_NAME_END = set("说称在对向和与及等是也都就还将把被的了着过为从到于以指表率赴携致叫")
#: conjunctions' characters, which end a name only where something follows them to be joined (某某和|，)
CONJUNCTION_CHARS = ("和", "与", "及")
#: what 相关 describes after a body's name (某厅|相关处室, 某局|相关部门): no body's name of its own
RELATED_DESCRIPTION = re.compile(r"(?:职能|业务)?(?:部门|处室站|处室|科室|单位|人员|负责同志|负责人|领导)")
#: clause marks that close a name written before them
CLAUSE_MARKS = frozenset("，,、；;。")
#: what follows 作 when it is the verb after a name (王某作表态发言), not a name's last character
SPEECH_AFTER_ZUO = ("表态", "讲话", "报告", "发言", "重要讲话", "动员", "部署", "总结", "工作报告", "交流", "点评", "了")
TITLE_RE = re.compile(r"《([^《》\n]{1,80})》")
OUTLET_RE = re.compile(r"(报|日报|晚报|杂志|周刊|电视台|网|新闻)$")


#: documents that end like a newspaper's name: 环境状况公报, 通报, 年报 are not outlets
DOCUMENT_REPORT = re.compile(r"(?:公报|通报|简报|年报|月报|季报|快报|情况报|汇报|报告|申报|预报|举报)$")


def title_regions(text: str) -> list[tuple[int, int]]:
    """Inner regions of 《…》 titles that are not outlet names (《中国环境报》 is an outlet; 《…环境状况公报》 is not)."""
    return [m.span(1) for m in TITLE_RE.finditer(text)
            if not (OUTLET_RE.search(m.group(1)) and not DOCUMENT_REPORT.search(m.group(1)) and len(m.group(1)) <= 12)]


#: 会 that ends an association or a standing body, not a meeting (市委常委会 is an ORG, 推进会 is not)
ASSOCIATION_ENDINGS = ("委员会", "协会", "学会", "联合会", "工会", "管委会", "商会", "理事会", "董事会", "监事会", "基金会",
                       "研究会", "促进会", "红十字会", "常委会", "居委会", "村委会", "议会", "总会", "分会", "联谊会", "社会")
#: a body pointed at (该厂, 此公司, 本单位), never a name
ANAPHORIC_BODY = re.compile(r"[该此本該](?:厂|廠|公司|企业|企業|单位|單位)$")
ZONE_FULL = re.compile(r"[\u4e00-\u9fff()（）]{2,12}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区?|工业园|新区|经济区)")

#: the sentence's words before a zone the model read as one place (全力建设|某某新区, 重点排查各|工业园区): adverbs,
#: verbs of work on a zone and words for all or some of them
ZONE_SENTENCE_WORDS = re.compile(r"^(?:全力|全面|重点|加快|大力|积极|持续|进一步|着力|不断|深入|严格)*"
                                 r"(?:建设|推进|完善|防治|排查|整治|打造|推动|加强|规范|提升|谋划|入驻|进驻|落户|引导|支持|开展|"
                                 r"实施|督促|指导|检查|巡查|治理|新建|扩建|改造|创建)?(?:各类|各个|各|全市|全县|全区|所有|相关)?")
#: a zone named only by its kind (工业园区, 重点工业园区, 省级化工园区): no place, whatever verb stood before it
GENERIC_ZONE = re.compile(r"(?:重点|省级|市级|县级|国家级|化工|工业|产业|物流|经济|特色|生态)*"
                          r"(?:工业园区|产业园区|化工园区|园区|工业园|产业园|开发区|工业集中区|集聚区|集中区)")
#: verbs of a clause that a zone's name never holds (杨某主持召开|盟开发区…): the zone's name opens after the last
ZONE_NAME_BREAK = re.compile(r"召开|主持|举行|出席|参加|调研|视察|督导|考察|走访|来到|前往|深入|部署|开展|落实|实施|推动|推进")


def zone_name_start(text: str, start: int, end: int) -> int:
    """Where a development zone's name opens inside a zone match: after the last clause verb before the zone
    word, or at ``start`` when the match holds none."""
    last = None
    for m in ZONE_NAME_BREAK.finditer(text, start, end):
        last = m.end()
    return last if last is not None else start


#: development zones named without their place (GUIDELINES: 高新区, 经开区 are GPE)
BARE_ZONES = frozenset({"高新区", "经开区", "开发区", "高铁新区", "综保区", "保税区"})
#: the level words a division's full name ends with (某某市, 某某县, 某某区, 某某州, 某某盟, 某某旗), the one
#: list of them: the passes take the subsets they need from it (a county-level name never ends in 州 or 盟).
#: A bare level before a bare zone word names the zone of the article's own place (市高新区, 盟开发区)
LEVEL_WORDS = "市县区州盟旗"
#: the levels only a prefecture-level division ends with
PREFECTURE_ONLY_LEVELS = "州盟"
#: the bare words of a zone's kind that its own bodies are written with in the zone's article (示范区管委会,
#: 开发区党工委), as 县委 is in a county's: the body passes take such a body as written
#: (entity_passes.bodies.ZONE_BODY) and the officials' linker names it after the one zone of that kind the
#: article names (officials.named_zone); one list, so a kind added here is read by both
ZONE_KIND_WORDS = ("示范区", "开发区", "高新区", "经开区", "新区", "合作区", "试验区", "实验区")
SEPARATORS = re.compile(r"[、，,；;|｜/\s]+")


#: a party committee and the government (or congress) of the same level written without a joint
#: endings of a complete body's name, before a conjunction that joins it to the next (某镇政府|及|某乡政府)
BODY_ENDINGS = ("政府", "小组", "委员会", "管委会", "办公室", "指挥部", "中心", "公司", "集团", "工厂", "处理厂", "法院",
                "检察院", "医院", "学校", "大学", "分局", "支队", "大队", "中队", "总队", "监测站", "督察组", "检查组",
                "工作组", "政协", "常委会", "委会", "局", "厅", "委", "办", "院", "所", "站", "处", "科", "部", "厂")
#: field words that end like a body but name a domain inside a body's name (规划和自然资源局: never here)
FIELD_ENDINGS = ("社会", "机关事务", "科学", "技术")
#: prepositions that open a clause after a conjunction (某小组和|以|某某为组长的…), never a name
CLAUSE_PREPOSITIONS = frozenset("以由在对向为把将被从给经")
#: words that open with a conjunction's character (和平区, 及时, 与会): no conjunction there
CONJUNCTION_WORDS = frozenset(("和平", "和田", "和顺", "和龙", "和林", "和政", "和静", "和硕", "和布", "和谐", "和美", "和县",
                               "及时", "与会"))
COMMITTEE_AND_GOVERNMENT = re.compile(rf"([{HAN}]{{0,8}}?(?:[省市县区州旗]委|党委|党工委))((?:[省市县区州旗]|自治区)?(?:人民政府|政府|人大|政协))")
#: prefixes that belong to a body's name before its level (中共省委, 团市委, 民盟市委)
BODY_PREFIXES = frozenset({"中共", "共青团", "团", "中国", "国家", "全国", "民革", "民盟", "民建", "民进", "农工党",
                           "致公党", "九三学社", "台盟", "自治", "特别行政", "各", "原", "新", "老", "副"})
#: a pronoun and a copula before a name (我是某台记者)
#: prefixes that open the name of a national body: a word before them belongs to the sentence
NATIONAL_PREFIXES = ("中共", "国家", "国务院", "全国", "中华全国", "中国共产党")
COPULA = re.compile(r"[我你他她]?[是在为到向对从给]|我们是|这是|来自")
#: words for part of a place that begin with a division suffix: 大连市区 is 大连 + 市区, not 大连市 + 区
AREA_WORDS = frozenset({"市区", "市域", "市内", "市级", "城区", "县城", "县域", "县内", "县级", "区域", "区内", "区级", "省内", "省级", "省域"})


def _clause_pieces(surface: str) -> list[tuple[int, int]]:
    """The stretches of ``surface`` between clause marks (，,。；;、); a 、 inside brackets lists
    levels of one body (县(市、区)政府) and does not cut."""
    pieces, begin, depth = [], 0, 0
    for i, ch in enumerate(surface):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch in "，,。；;" or (ch == "、" and not depth and not surface.startswith("第", i + 1)):  # 第一、第二督察组
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, len(surface)))
    return [(a, b) for a, b in pieces if b > a]


#: a town's name and level opening a title the model ran over it (某某镇|党委书记, 某某乡|乡长)
TOWN_BEFORE_POST = re.compile(rf"[{HAN}]{{2,4}}?(?:街道|镇|乡)(?=党|[副]?[镇乡]长|人大|办事处)")


class EntityRepair:
    """Applies the rules to one ``(start, end, label)``; returns the repaired spans.

    ``known`` maps dictionary terms to labels (the gazetteer); ``token_ends``,
    when given, are the character offsets where tokens end: a trimmed
    organisation must end on one (``监管部门`` is not ``监管部`` + ``门``).
    """

    def __init__(self, lists: RuleLists, known):
        self.lists = lists
        self.known = known

    def is_person_name(self, name: str, confidence: float | None = None, *, spoken: bool = False) -> bool:
        """Whether ``name`` can be a person's name.  ``spoken``: a post stands right before it and a person's
        verb right after it (副县长某科|主持, 县政协主席某镇|出席), which settles a given name ending like a
        section, a town or a river (科, 镇, 江): the ending alone no longer speaks against it."""
        lists = self.lists
        if not (lists.person_min <= len(name) <= lists.person_max) and "·" not in name:
            return False
        if len(name) < 2 or name.startswith("·") or name.endswith("·"):
            return False  # a lone or dangling dot (a page's bullet, ·X) is no transcribed name
        if not re.fullmatch(rf"[{HAN}·]+", name) or self.known.get(name) not in (None, "PERSON"):
            return False
        if name[0] == name[1]:
            return False  # 谢谢, 常常: a reduplicated word, not a surname and a given name
        if name.startswith(lists.field_labels) or name in lists.common_words:
            return False  # 来源, 时间, 编辑: a page field's label; 关于, 安排: a word, whatever surname it opens with
        if (name.endswith(lists.person_bad_endings) and not (spoken and name[-1] in GIVEN_NAME_ENDINGS)) \
                or name.endswith(lists.outlet_endings):
            return False
        if name[1:] in PEOPLE_AT_LARGE:
            return False  # 委员|和群众|代表: a surname-like character before a word for people at large
        if ORDINAL.match(name):
            return False  # 市委书记|第五次|到…: an ordinal and its measure word, not the surname 第五
        if name[0] in lists.surnames or name.startswith(lists.compound_surnames):
            return True
        return confidence is not None and confidence >= 0.9  # a rare surname the model is sure of

    def is_person_name_here(self, text: str, start: int, end: int, confidence: float | None = None) -> bool:
        """:meth:`is_person_name`, or a three-character name ending like a mountain, a river or a lake
        (某宝山, 某金河) where a person's evidence stands beside it (县委书记|某宝山|出席): given names end so."""
        name = text[start:end]
        if self.is_person_name(name, confidence):
            return True
        if self.is_person_name(name, confidence, spoken=True) and self.spoken_here(text, start, end):
            return True  # 副厅长某江|介绍: a post before the name and a person's verb after it
        if len(name) == 2 and name[-1] in NAME_LIKE_FEATURE_ENDINGS and name[0] in self.lists.surnames \
                and self.known.get(name) is None and text.startswith(PERSON_AFTER_WORDS, end):
            # 副厅长某山|同志: a two-character name ending like a mountain or a river, with 同志 after it
            return self._post_ends_at(text[max(0, start - 8):start])
        return (len(name) == 3 and name[-1] in NAME_LIKE_FEATURE_ENDINGS and name[0] in self.lists.surnames
                and re.fullmatch(rf"[{HAN}]+", name) is not None and self.known.get(name) is None
                and self.person_evidence(text, start, end))

    def spoken_here(self, text: str, start: int, end: int) -> bool:
        """A listed post ends right before ``start`` and a person's verb opens at ``end`` (局长某科|主持会议)."""
        return self._post_ends_at(text[max(0, start - 8):start]) \
            and text.startswith(self.lists.person_speech_verbs + self.lists.person_verb_phrases, end)

    def _post_ends_at(self, before: str, longest: int = 8) -> bool:
        """A listed post (TITLE) of two to ``longest`` characters closes ``before``."""
        return any(self.known.get(before[-k:]) == "TITLE" for k in range(2, min(len(before), longest) + 1))

    def _name_closes_at(self, text: str, end: int) -> bool:
        """What follows ``end`` is what follows a whole name (a speech verb, 一行, a clause mark): the character
        before is the name's own (姜有为|强调, 某大为|一行), not a verb after a shorter name (王某|为…)."""
        return end >= len(text) or text[end] in "，,。；;：:、）)\n" \
            or text.startswith(self.lists.person_speech_verbs + PERSON_AFTER + self.lists.person_verb_phrases, end)

    def _name_ends_in_wei(self, text: str, start: int, end: int) -> bool:
        """The two characters at ``start:end`` and the 为 after them are one name: somewhere in the article
        that name stands before what follows a whole name (某某为|一行, 某某为|主持, 某某为|，) with a person's
        evidence beside it (a post before it, a speech verb after it).  One such mention settles the others
        (副主席某某为|到…): an article names a person one way."""
        name = text[start:end] + "为"
        for m in re.finditer(re.escape(name), text):
            if self._name_closes_at(text, m.end()) and (self.person_evidence(text, m.start(), m.end())
                                                        or self.person_evidence(text, m.start(), m.end() - 1)):
                return True
        return False

    def person_evidence(self, text: str, start: int, end: int) -> bool:
        """Something beside a name that only a person has: a title written right before or after it
        (局长X, X局长), a speech verb or 同志 after it (X介绍, X同志), a byline cue before it (记者 X)
        or a photo credit after it (X摄).

        The model's beam is sure of almost every span it decodes, so its confidence is no evidence:
        on unseen pages it reads machines, mines and verbs (搅拌机, 列席) as names.
        """
        lists = self.lists
        before = text[max(0, start - 10):start].rstrip(" \t\u3000")
        if self._post_ends_at(before):
            return True
        if before.endswith(lists.byline_cues):
            return True
        after = text[end:end + 10].lstrip(" \t\u3000")
        if any(self.known.get(after[:k]) == "TITLE" for k in range(2, min(len(after), 8) + 1)):
            return True
        return after.startswith(lists.person_speech_verbs + PERSON_AFTER)

    def doubtful_person(self, text: str, start: int, end: int) -> bool:
        """A model PERSON whose shape says it is something else, unless a person's evidence stands beside it:
        a rare surname (搅拌机, 列席, 务求) or four characters without a compound surname, a name followed by a place's or facility's word (郭二庄|煤矿,
        李八沟|断面), or a term quoted on its own (“唐山蓝”)."""
        name = text[start:end]
        quoted = start > 0 and text[start - 1] in QUOTE_OPEN and text[end:end + 1] in QUOTE_CLOSE
        compound = name.startswith(self.lists.compound_surnames)
        rare = not (name[0] in self.lists.surnames or compound) or (len(name) == 4 and not compound)  # 林下种植
        facility = text.startswith(PERSON_NOT_BEFORE, end)
        # 委员|和群众|代表: a surname-like character before a word for people at large (群众, 居民, 干部)
        common = name[1:] in PEOPLE_AT_LARGE or (compound and name[2:] in PEOPLE_AT_LARGE)
        if quoted or common:
            return True
        return (rare or facility) and not self.person_evidence(text, start, end)

    def is_place(self, name: str, strict: bool = False) -> bool:
        """A known division or a chain of them, a development zone, or (unless ``strict``)
        a short name ending in a division suffix (``军屯乡``, ``某某苗族自治县``)."""
        if not name or name in self.lists.not_gpe:
            return False
        if self.known.get(name) == "GPE" or (ZONE_FULL.fullmatch(name) and zone_name_start(name, 0, len(name)) == 0) \
                or self._is_chain(name):
            return True
        if name[0] in LEVEL_WORDS and name[1:] in BARE_ZONES:
            return True  # 盟开发区, 市高新区: the zone of the article's own league or city
        if strict or name.endswith("区"):
            return False
        limit = 12 if name.endswith(("自治县", "自治州", "自治旗", "自治区")) else 6
        return len(name) <= limit and name.endswith(self.lists.gpe_endings)

    def _is_chain(self, name: str) -> bool:
        i = 0
        while i < len(name):
            for j in range(len(name), i + 1, -1):
                if self.known.get(name[i:j]) == "GPE":
                    i = j
                    break
            else:
                rest = name[i:]
                return i > 0 and len(rest) <= 4 and rest.endswith(("镇", "乡", "村", "街道"))
        return True

    def repair(self, text: str, start: int, end: int, label: str, confidence: float | None = None,
               token_ends: set[int] | None = None) -> list[tuple[int, int, str]]:
        surface = text[start:end]
        lists = self.lists
        if surface in lists.field_labels and label in ("GPE", "ORG", "LOC"):
            return []  # a page field's label (a portal's 发布开发区:) names no place or body
        if label == "TITLE":
            # any kind of reporter (实习记者, 融媒记者, 本报记者) is a byline's role, not a post
            if surface in lists.not_titles or (surface.endswith(BYLINE_ROLES) and not surface.endswith(EDITORS_IN_CHIEF)):
                return []
            if len(surface) >= 3 and surface.endswith(SECTION_ENDINGS) and self.known.get(surface) != "TITLE":
                return [(start, end, "ORG")]  # 规划财务处|某某副处长: a section, the body the person serves in
            return self._split_title(surface, start, end, text)
        if label == "PERSON":
            out = []
            for m in re.finditer(rf"[{HAN}·]+", surface):
                s, e = start + m.start(), start + m.end()
                if s >= 2 and text[s - 2] == text[s] and re.match(rf"[{HAN}]", text[s - 1]):
                    continue  # 常学常新, 真抓实干: the second half of a parallel phrase, not a name
                cue = next((c for c in lists.byline_cues if m.group().endswith(c) and len(m.group()) - len(c) in (2, 3)
                            and self.is_person_name(m.group()[:-len(c)], confidence)), None)
                if cue:
                    out.append((s, e - len(cue), "PERSON"))  # 某某编审:某某 — the next credit's role, not the name
                    continue
                post = next((k for k in (4, 3, 2) if len(m.group()) - k in (2, 3) and self.known.get(m.group()[-k:]) == "TITLE"
                             and self.is_person_name(m.group()[:-k], confidence)
                             and m.group()[0] not in "任兼"), None)  # (领导)任|双组长: the verb of taking the post
                if post:  # 某某|部长一行: the name and the post written after it (a name is never a post's first part)
                    out += [(s, e - post, "PERSON"), (e - post, e, "TITLE")]
                    continue
                verb = next((v for v in lists.person_speech_verbs if len(v) == 2 and m.group().endswith(v)), None)
                # a run past the longest name, or a name and a whole two-character verb phrase (某某|一同,
                # 某某|先后): a four-character span whose last two characters are the phrase is the name before it
                run_on = next((k for k in (3, 2) if (e - s > lists.person_max or m.group()[k:] in lists.person_verb_phrases)
                               and self.is_person_name(m.group()[:k], confidence)
                               and (m.group().startswith(lists.person_speech_verbs, k)
                                    or m.group().startswith(lists.person_verb_phrases, k)
                                    or (m.group()[k] == "作" and m.group().startswith(SPEECH_AFTER_ZUO, k + 1)))), None)
                if run_on:
                    e = s + run_on  # 王某|作交流发言: a name the model ran on into the verb phrase after it
                elif verb and e - s - 2 in (2, 3) and self.is_person_name(m.group()[:-2], confidence):
                    e -= 2  # 某某主持, 某某讲话: the verb after a name is never part of it
                elif e - s in (3, 4) and text[e - 1] in "任兼" and self.is_person_name(text[s:e - 1], confidence) \
                        and any(self.known.get(text[e:e + k]) == "TITLE" for k in range(2, 7)):
                    out.append((s, e - 1, "PERSON"))  # 区长王某|任|指挥长, 甲某|兼|组长: the verb of taking a post
                    continue
                elif (e - s in (4, 5, 6) and m.group().endswith(PERSON_AFTER_WORDS)
                      and self.is_person_name(m.group()[:-2], confidence)):
                    e -= 2  # 某某某|同志, 某某|一行: the word only a person takes is no part of the name
                elif not self.is_person_name_here(text, s, e, confidence):
                    continue
                if text[s] in "为兼" and any(self.known.get(text[e:e + n]) == "TITLE" for n in range(2, 6)):
                    continue  # 区长|为双|组长: the verb of taking a post (为 is hardly ever a surname)
                if (e - s == 2 and re.match(rf"[{HAN}]", text[e:e + 1] or " ") and text[e] not in NOT_NAME_END
                        and not (text[e] == "作" and text.startswith(SPEECH_AFTER_ZUO, e + 1))
                        and not any(self.known.get(text[e:e + k]) == "TITLE" for k in (2, 3, 4))
                        and (text.startswith(lists.person_speech_verbs + lists.person_verb_phrases + TOPIC_AFTER_NAME, e + 1)
                             or self.known.get(text[e + 1:e + 3]) == "TITLE" or self.known.get(text[e + 1:e + 4]) == "TITLE")
                        and self.is_person_name(text[s:e + 1], confidence)):
                    e += 1  # 顾某某介绍, 顾某某局长: the model stopped one character short of the name
                elif e - s == 2 and text[e:e + 1] == "为" and not re.match(r"为(?:主(?!持)|重点)", text[e:e + 3]) \
                        and self.is_person_name(text[s:e + 1], confidence) and self._name_ends_in_wei(text, s, e):
                    e += 1  # 副主席刘某为|一行, 刘某为|主持: 为 before what follows a whole name ends the name
                elif e - s == 2 and text[e:e + 1] in CONJUNCTION_CHARS and self.is_person_name(text[s:e + 1], confidence) \
                        and ((text[e + 1:e + 2] and text[e + 1] in CLAUSE_MARKS)
                             or text.startswith(lists.person_speech_verbs + TOPIC_AFTER_NAME, e + 1)
                             or (text[e + 1:e + 2] == "作" and text.startswith(SPEECH_AFTER_ZUO, e + 2))):
                    e += 1  # 县长某某和|，, 某某和|作表态发言: a conjunction's character before a clause mark or a verb joins nothing
                elif e - s == 3 and (text[e - 1] in NOT_NAME_END or text.startswith(lists.person_verb_phrases, e - 1)
                                     or (text[e - 1] == "作" and text.startswith(SPEECH_AFTER_ZUO, e))) \
                        and not (text[e - 1] == "为" and self._name_closes_at(text, e)) \
                        and not (text[e - 1] in CONJUNCTION_CHARS and (text[e:e + 1] in CLAUSE_MARKS
                                                                       or text.startswith(TOPIC_AFTER_NAME, e))) \
                        and self.is_person_name(text[s:e - 1], confidence):
                    e -= 1  # 王某说, 王某作表态发言, 王某下沉: the verb after a two-character name is not part of it
                elif e - s == 4 and text.startswith(lists.person_verb_phrases, e - 1) \
                        and self.is_person_name(text[s:e - 1], confidence) and self.person_evidence(text, s, e - 1):
                    e -= 1  # 副镇长某某某|道出…, 处长某某某|围绕…: the verb after a three-character name
                elif e - s == 4 and text[e - 1] in CONJUNCTION_CHARS and text[s - 1:s] == "、" \
                        and self.is_person_name(text[s:e - 1], confidence):
                    e -= 1  # 副主任甲、乙、某某某|和|委员…: the last member of a list of names before the conjunction
                elif e - s == 4 and text[e - 1] in NOT_NAME_END and text[e - 1] not in "为" \
                        and self.is_person_name(text[s:e - 1], confidence) and self.person_evidence(text, s, e - 1):
                    e -= 1  # 市长付某某|于1月2日…: a preposition after a three-character name
                out.append((s, e, "PERSON"))
            return out
        if label == "LOC":
            for ext in lists.loc_extensions:
                if text.startswith(ext, end) and not surface.endswith(ext):
                    end += len(ext)
            return [(start, end, label)]
        if label == "GPE":
            out = []
            for m in re.finditer(r"[^、，,；;|｜/\s]+", surface):
                out += self._repair_gpe(start + m.start(), start + m.end(), text)
            return out
        if label == "ORG":
            roster = ROSTER_NAME_BEFORE_BODY.match(surface)
            if roster and self.is_person_name(roster.group(1)) and not self.is_place(roster.group(1)) \
                    and (self._starts_body(surface[roster.end():]) or surface.endswith(self.lists.org_suffixes)):
                # 某某某 自治区某某厅 (a roster line: the name, a space, the body and its post): a person and a body
                return [(start, start + len(roster.group(1)), "PERSON")] \
                    + self.repair(text, start + roster.end(), end, label, confidence, token_ends)
            m = re.search(r"[^|｜\s]+", surface)  # cut at page separators: 人民政府 | 网站
            if not m:
                return []
            out = []
            # a name holds no clause punctuation: a run-on span over a sentence (某厅副厅长、某委主委X到某地
            # 开展…调研,市政府) is repaired piece by piece, each piece its own candidate
            pieces = _clause_pieces(m.group())
            for n, (p0, p1) in enumerate(pieces):
                s0, e0 = start + m.start() + p0, start + m.start() + p1
                while s0 < e0 and not re.match(rf"[{HAN}A-Za-z0-9]", text[s0]):
                    s0 += 1
                if e0 - s0 < 2:
                    continue
                if n and not (self._starts_body(text[s0:e0]) or text.startswith(NATIONAL_PREFIXES, s0)):
                    continue  # …时发现,|该公司…, …,|跟踪督办…: the words after a clause mark open no name
                # a name cut down to a word that points at a body without naming it (该公司, 省督察组) is none
                out += [r for r in self._repair_org(text, s0, e0, token_ends)
                        if r[2] != "ORG" or text[r[0]:r[1]] not in lists.not_orgs]
            return out
        return [(start, end, label)]

    def _name_and_post_after_body(self, surface: str) -> tuple[int, int, int] | None:
        """Where a body's name is followed by a person's name and a listed post (市环保局|某某某|局长, the order
        reports use for 局长某某某): the body's end and the post's start and end in ``surface``, else ``None``."""
        for j in range(3, len(surface) - 3):
            if not surface[:j].endswith(BODY_ENDINGS):
                continue
            for n in (3, 2):
                if not self.is_person_name(surface[j:j + n]) or self.is_place(surface[j:j + n]) \
                        or surface[j] in NOT_NAME_OPENERS or surface[j:j + n].startswith(POST_MODIFIERS):
                    continue  # 某小组|和以|市委书记…: a conjunction or preposition opens no name
                post = next((k for k in range(min(6, len(surface) - j - n), 1, -1)
                             if self.known.get(surface[j + n:j + n + k]) == "TITLE"), None)
                if post and not self._post_opens_suffix(surface, j + n, post):
                    return j, j + n, j + n + post
        return None

    def _post_opens_suffix(self, surface: str, at: int, size: int) -> bool:
        """Is the post at ``surface[at:at + size]`` the opening of a longer body word written there
        (某政协|农牧|委员会: 委员 opens 委员会)?  Then it is no post but the end of a body's name."""
        return any(len(suffix) > size and surface.startswith(suffix, at) for suffix in self.lists.org_suffixes)

    def _post_run_into_name(self, text: str, start: int, surface: str) -> tuple[int, int] | None:
        """Where a listed post ends one or two characters before the span's end and a name starts there
        (市级河长|伍 of 市级河长伍某某): the post's start and end in ``surface``, else ``None``."""
        for cut in (len(surface) - 1, len(surface) - 2):
            if cut < 2:
                continue
            j = next((j for j in range(0, cut - 1) if self.known.get(surface[j:cut]) == "TITLE"), None)
            if j is None or (j and not surface[:j].endswith(BODY_ENDINGS)):
                continue
            at = start + cut
            if any(self.is_person_name(text[at:at + n]) for n in (3, 2)):
                return j, cut
        # 州政协副主席|某某 出席: a name with no Han surname after the post, closed by a person's verb right
        # after the span (a Tibetan or Mongolian name); the name itself is read by the person passes
        verbs = self.lists.person_speech_verbs
        for cut in range(len(surface) - 2, 1, -1):
            closed = next((n for n in (2, 3, 4) if text.startswith(verbs, start + cut + n)), None)
            if closed is None or not re.fullmatch(rf"[{HAN}]+", text[start + cut:start + cut + closed]):
                continue
            j = next((j for j in range(0, cut - 1) if self.known.get(surface[j:cut]) == "TITLE"), None)
            if j and surface[:j].endswith(BODY_ENDINGS) and not self._post_opens_suffix(surface, j, cut - j):
                return j, cut
        return None

    def _split_title(self, surface: str, start: int, end: int, text: str) -> list[tuple[int, int, str]]:
        """A title the model ran over the place or the body it belongs to (乌兰浩特|市委书记, 管委会|主任)
        is that place (GPE) or body (ORG) and the listed post after it; a listed title stays whole.
        Posts a caption spaces apart (党组书记 局长) are each a title."""
        if self.known.get(surface) == "TITLE":
            return [(start, end, "TITLE")]
        town = TOWN_BEFORE_POST.match(surface)
        if town and self.known.get(surface[town.end():]) == "TITLE" and surface[0] not in "各全该本每":
            return [(start, start + town.end(), "GPE"), (start + town.end(), end, "TITLE")]  # 某某镇|党委书记
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", surface)]
        if len(words) > 1 and all(self.known.get(surface[a:b]) == "TITLE" for a, b in words):
            return [(start + a, start + b, "TITLE") for a, b in words]
        for k in (len(surface) - 3, len(surface) - 2):
            # 县长某志江|，: a post the model ran on into the name after it (a given name ending like a river's)
            name = surface[k:]
            if k >= 2 and self.known.get(surface[:k]) == "TITLE" and self.known.get(name) is None \
                    and (self.is_person_name(name) or (self.is_person_name(name, spoken=True) and self._name_closes_at(text, end))):
                return [(start, start + k, "TITLE")] + self.repair(text, start + k, end, "PERSON")
        for k in range(2, len(surface) - 1):
            if self.known.get(surface[k:]) != "TITLE":
                continue
            head = surface[:k]
            if len(head) >= 3 and self.known.get(head) == "TITLE":
                # 党组成员|副区长: two posts held; a two-character post opens one longer post (主任|委员)
                return [(start, start + k, "TITLE"), (start + k, end, "TITLE")]
            # 某某|市委书记: the place's short name before a committee's post written with its level
            if self.is_place(head, strict=True) or self.known.get(head + surface[k]) == "GPE":
                return [(start, start + k, "GPE"), (start + k, end, "TITLE")]
            if k in (2, 3) and self.is_person_name(head) and not self.is_place(head) and not head.startswith(POST_MODIFIERS) \
                    and not TITLED_BODY_END.search(head):
                return [(start, start + k, "PERSON"), (start + k, end, "TITLE")]  # 某某|副区长: the name before its post
            if TITLED_BODY_END.search(head) and not head.startswith(("该", "本", "此")) \
                    and not (head.endswith("政府") and surface.endswith("秘书长")):  # 省政府副秘书长: one post
                return [(start, start + k, "ORG"), (start + k, end, "TITLE")]
            head_post = next((post for body, post in HEAD_POSTS if head.endswith(body)), None)
            if head_post and len(head) >= 3 and surface[k:].endswith(head_post) and not head.startswith(("该", "本", "此")):
                return [(start, start + k, "ORG"), (start + k, end, "TITLE")]  # 某某保障局|局长: the bureau and its head
            break
        return [(start, end, "TITLE")]

    def _repair_gpe(self, start: int, end: int, text: str) -> list[tuple[int, int, str]]:
        surface = text[start:end]
        if surface in self.lists.not_gpe:
            return []  # 全市, 我县: no place's name (ANNOTATION.md s.2)
        stripped = self.known.get(surface) != "GPE"  # 同江市, 和平区 are places as they stand
        while stripped:  # 分别来自高新区 -> 高新区: a place never starts with a verb
            stripped = False
            for verb in self.lists.org_leading_verbs:
                rest = surface[len(verb):]
                if surface.startswith(verb) and len(rest) >= 2 and (self.is_place(rest) or rest in BARE_ZONES
                                                                    or ZONE_FULL.match(rest)
                                                                    or LOCAL_PLACE_SHAPE.fullmatch(rest)):
                    start += len(verb)
                    surface = rest
                    stripped = self.known.get(surface) != "GPE"
                    break
        if self.known.get(surface) != "GPE" and surface.endswith(self.lists.gpe_endings):
            lead = ZONE_SENTENCE_WORDS.match(surface).end()
            if lead and GENERIC_ZONE.fullmatch(surface[lead:]):
                return []  # 完善|工业园区, 重点排查各|工业园区: a kind of zone, no place's name
            if lead and len(surface) - lead >= 2 and (self.is_place(surface[lead:]) or ZONE_FULL.fullmatch(surface[lead:])):
                start, surface = start + lead, surface[lead:]  # 全力建设|某某新区
        if self.known.get(surface) != "GPE" and ZONE_FULL.fullmatch(surface):
            cut = self._words_before_zone(surface)
            start += cut
            surface = surface[cut:]
        if self.is_place(surface) or surface in BARE_ZONES:  # 经开区 named without its place is GPE
            return [(start, end, "GPE")]
        for k in range(len(surface) - 1, 1, -1):  # longest valid head: 泰安市东平县 | 开展…
            if self.is_place(surface[:k]):
                if surface[k - 1:k + 1] in AREA_WORDS and self.is_place(surface[:k - 1]):
                    k -= 1  # 大连|市区, 某县|县城: the suffix belongs to the word for the area after it
                return [(start, start + k, "GPE")]
        for k in range(1, len(surface) - 1):  # longest valid tail: 推进 | 高新区
            if self.is_place(surface[k:], strict=True):
                return [(start + k, end, "GPE")]
        return []

    def _words_before_zone(self, surface: str) -> int:
        """How many leading characters of a zone's span are the sentence's (下沉至|某某经开区, 督察组要求|某某经开区):
        a zone's name opens with its place, and the zone pattern alone accepts any characters before the zone
        word; 0 when the span opens with a place or names none."""
        if self._starts_with_place(surface):
            return 0
        for k in range(1, len(surface) - 3):
            if surface[k] in LEVEL_WORDS and surface[k + 1:] in BARE_ZONES:
                return k  # 要加快启动建设|县经开区: the bare level's own zone, the verbs before it the sentence's
        for k in range(1, len(surface) - 3):
            if self._starts_with_place(surface[k:]) and ZONE_FULL.fullmatch(surface[k:]):
                return k
        return 0

    def _words_before_body(self, surface: str) -> int:
        """How many leading characters are words of the sentence, not of the name: a verb before a bare
        level (锚定|省委, 对标|市委) or a copula before a place (我是|某市广播电视台).  A body's own prefix
        (中共, 团|市委, 自治|区…) or a place (某某|市…) is never cut."""
        for k in (1, 2, 3):
            head, rest = surface[:k], surface[k:]
            if len(rest) >= 2 and re.fullmatch(r"[一二三四五六七八九十]是", head):
                return k  # 二是|旗委: a list marker opens the clause, not the name
            if len(rest) < 2 or not re.fullmatch(rf"[{HAN}]+", head) or head in BODY_PREFIXES or head[-1] in "省市县区州旗":
                continue
            if self.is_place(head) or self.known.get(head) in ("GPE", "ORG") or self._starts_with_place(head + rest[:1]):
                continue
            if rest[0] in "省市县区州" and re.fullmatch(r"[省市县区州](?:委|政府|人大|政协)", rest[:3] if rest[1:3] in ("政府", "人大", "政协") else rest[:2]) \
                    and not self.is_place(head + rest[0], strict=True):
                return k  # 锚定|省委: a bare level body opens the name
            if COPULA.fullmatch(head) and self._starts_with_place(rest):
                return k  # 我是|贵阳广播电视台
            if rest.startswith(NATIONAL_PREFIXES) and not self._starts_with_place(head + rest[:1]):
                return k  # 时任|中共中央…, 届时|国家发展改革委: a national body's name opens with its own prefix
        return 0

    def _leading_place(self, surface: str) -> int:
        """The length of the longest known place the surface opens with, or 0."""
        return next((k for k in range(min(len(surface), 12), 1, -1) if self.known.get(surface[:k]) == "GPE"), 0)

    def _place_head(self, surface: str) -> int:
        """The length of the longest place or chain of places the surface opens with (海南省澄迈县…), or 0."""
        return next((k for k in range(min(len(surface), 16), 1, -1) if self.is_place(surface[:k], strict=True)), 0)

    def _starts_body(self, surface: str) -> bool:
        """A body's name begins here: a bare level (省财政厅, 市指挥部) or a known place (某某市…)."""
        return len(surface) >= 3 and (surface[0] in "省市县区州" or self._starts_with_place(surface))

    def _lower_place_before_firm(self, surface: str) -> int:
        """The length of a district, county or zone written before a firm whose own name opens with a
        higher-level place (某某区|某某市某某厂, 某某开发区|某某市某某公司), else 0.  A name that runs from the
        higher level down (某某市某某区某某公司) is one firm's name and is left whole."""
        for k in range(min(len(surface) - 4, 12), 1, -1):
            head = surface[:k]
            if not (head.endswith(("区", "县", "旗")) and self.is_place(head, strict=True)) and not ZONE_FULL.fullmatch(head):
                continue
            rest = surface[k:]
            higher = next((j for j in range(min(len(rest), 8), 1, -1)  # 杭州市, 金华 (a city's short name)
                           if self.known.get(rest[:j]) == "GPE" and not rest[:j].endswith(("区", "县", "旗", "镇", "乡", "街道", "村"))), 0)
            if higher and len(rest) - higher >= 2 and rest.endswith(self.lists.org_suffixes):
                return k
        return 0

    def _conjunction_after_name(self, surface: str) -> int:
        """The index of a 和/及/与 that joins two names inside one span, or 0.

        Chinese coordinates bodies by writing each in full: 某镇政府及某乡政府, 市公安局和市生态环境局,
        some places and the last one's plant (某地和某地污水处理厂).  Before such a conjunction stands a
        complete name: a known place, or a name of three or more characters ending in a body's suffix.
        A conjunction inside a name follows a field word instead (自然资源和规划局, 发展和改革委,
        海洋与渔业局, 网络安全和信息化委员会), which ends in no suffix.
        """
        for k in range(2, len(surface) - 2):
            if surface[k] not in "和及与":
                continue
            left, right = surface[:k], surface[k + 1:]
            if right[:1] in "和及与" or surface[k:k + 2] in CONJUNCTION_WORDS:
                continue  # 和平, 和田, 及时: a word that opens with the conjunction's character
            if self.known.get(left) == "GPE":
                if self._starts_with_place(right) or right.endswith(self.lists.org_suffixes):
                    return k
                continue
            if (len(left) >= 3 and left.endswith(BODY_ENDINGS) and left.endswith(self.lists.org_suffixes)
                    and not left.endswith(FIELD_ENDINGS)):
                return k
        return 0

    def _starts_with_place(self, surface: str) -> bool:
        return any(self.known.get(surface[:k]) == "GPE" for k in range(2, min(len(surface), 8) + 1))

    def _repair_org(self, text: str, start: int, end: int, token_ends: set[int] | None) -> list[tuple[int, int, str]]:
        lists = self.lists
        surface = text[start:end]
        if surface in lists.not_orgs or GENERIC_FACILITY.fullmatch(surface):
            return []
        qualified = next((k for k in range(2, 5) if QUALIFIED_GENERIC_FACILITY.fullmatch(surface, k)), None)
        if qualified:  # 某县|农村小水电站: the place a known one, else left to the place passes (a county's short name)
            return [(start, start + qualified, "GPE")] if self.is_place(surface[:qualified], strict=True) else []
        clause = CLAUSE_BREAK.search(surface, 2)
        if clause:  # 某某公司|执法检查时发现,该公司…: a name never runs over a clause's punctuation
            end = start + clause.start()
            surface = surface[:clause.start()]
        pair = BODY_AND_ALIAS.fullmatch(surface)
        if pair and all(p.endswith(lists.org_suffixes + lists.outlet_endings) for p in pair.groups()) \
                and len(pair.group(2)) >= 3 and not re.match(r"(?:以下)?简称|下称", pair.group(2)):
            # 某某网(某某日报网), 某某河长制办公室(某局): a body and the other name it goes by, two names
            inner = start + pair.start(2)
            return self._repair_org(text, start, start + pair.end(1), token_ends) + \
                self._repair_org(text, inner, inner + len(pair.group(2)), token_ends)
        bracket = max(surface.rfind("("), surface.rfind("（"))
        if bracket >= 2 and not re.search(r"[)）]", surface[bracket:]):
            end = start + bracket  # 党委|(党组: a bracket the name opens and never closes is no part of it
            surface = surface[:bracket]
        joined = surface.rfind("暨")
        if 2 <= joined < len(surface) - 3 and self._starts_body(surface[joined + 1:]):
            # 全县…工作会议|暨|县生态环境保护委员会: two gatherings named together; the body is the second's
            start += joined + 1
            surface = surface[joined + 1:]
        elif 2 <= joined < len(surface) - 3 and surface[:joined].endswith(MEETING_WORDS):
            # 某市…保护大会|暨|生态环境保护委员会…: the body after the meeting is named without its place;
            # the place that opens the meeting's name stays a place
            place = self._place_head(surface)
            # the body's own meeting follows it (…委员会|2024年第一次全体会议): its name stops before the sitting
            sitting = MEETING_SITTING.search(surface, joined + 1)
            tail_end = start + sitting.start() if sitting else end
            return ([(start, start + place, "GPE")] if place else []) + \
                self._repair_org(text, start + joined + 1, tail_end, token_ends)
        alias = ALIAS_OPENING.search(surface, 2)
        if alias:  # 某某督察组|(以下简称督察组): the short name after it is no part of the name
            end = start + alias.start()
            surface = surface[:alias.start()]
        chaired_by = CHAIRED_BY.match(surface)
        if chaired_by and len(surface) - chaired_by.end() >= 2:  # 会议由|某厅…: the body after 由 is the name
            return self._repair_org(text, start + chaired_by.end(), end, token_ends)
        led = LEADER_RUN_INTO_BODY.match(surface)
        if led and self.known.get(led.group(1)) == "TITLE" and self.is_person_name(led.group(2)) \
                and len(surface) - led.end() >= 2:
            # 县长|某某某|率|县府办: a post, its holder and the bodies led, run together; the name is found from the post
            return [(start, start + led.end(1), "TITLE")] + self._repair_org(text, start + led.end(), end, token_ends)
        leader = NAME_LEADING_BODY.match(surface)
        if leader and self.is_person_name(leader.group(1)) and self.person_evidence(text, start, start + leader.end(1)) \
                and len(surface) - leader.end() >= 3:
            # 市级河长|某某|带领|市某局: the leader named after a post, then the bodies led, run together; the name is a
            # person, the body after the verb a body
            return [(start, start + leader.end(1), "PERSON")] + self._repair_org(text, start + leader.end(), end, token_ends)
        post_and_name = next((k for k in range(len(surface) - 2, 1, -1) if self.known.get(surface[:k]) == "TITLE"
                              and len(surface) - k in (2, 3) and self.is_person_name_here(text, start + k, end)
                              and not self.is_place(surface[k:])), None)
        if post_and_name:  # 副县长|某某某: a post and its holder the model read as a body (the name repaired as any:
            # 县长|某某|和就…: cut one character short)
            return [(start, start + post_and_name, "TITLE")] + self.repair(text, start + post_and_name, end, "PERSON")
        named = self._name_and_post_after_body(surface)
        if named:  # 市环保局|某某某|局长|率…: a body, then its official's name and post, run together by the model
            j, t0, t1 = named
            return self._repair_org(text, start, start + j, token_ends) + [(start + t0, start + t1, "TITLE")]
        run_on = self._post_run_into_name(text, start, surface)
        if run_on:  # 市级河长|伍 (某某某): a post the model ran into the name after it; the name is found from the post
            j, cut = run_on
            head = self._repair_org(text, start, start + j, token_ends) if j >= 2 else []
            return head + [(start + j, start + cut, "TITLE")]
        post = next((k for k in range(len(surface) - 2, 2, -1) if self.known.get(surface[k:]) == "TITLE"
                     and surface[:k].endswith(BODY_ENDINGS) and self.known.get(surface) != "ORG"
                     and not re.search(r"[和及与、]", surface[:k])), None)  # two names joined: the conjunction rule's
        if post:  # 某市农业农村局|三级调研员: the model ran a body into the listed post after it
            # a longer listed post after the place itself wins (内蒙古自治区|党委副书记, not …党委|副书记)
            longer = next((k for k in range(2, post) if self.known.get(surface[k:]) == "TITLE"
                           and self.is_place(surface[:k], strict=True)), None)
            if longer:
                return [(start, start + longer, "GPE"), (start + longer, end, "TITLE")]
            return self._repair_org(text, start, start + post, token_ends) + [(start + post, end, "TITLE")]
        if self.known.get(surface) == "GPE":
            return [(start, end, "GPE")]  # 邢台|铁腕治污: a place the model read as a body
        place = self._leading_place(surface)
        if place and place < len(surface) and (surface[place] in CLAUSE_ADVERBS or surface.startswith(CLAUSE_VERBS, place)):
            # 某市|还持续加大污水处理厂…, 某市|贯彻落实省委省政府…: the place opens a clause, it is no part of a name;
            # a body named inside the clause (省委, 省政府) is repaired on its own
            rest = surface[place:]
            inner = next((k for k in range(1, len(rest) - 1) if rest[k] in "省市县区州" and rest[k + 1] in "委政人党"), None)
            return [(start, start + place, "GPE")] + (self._repair_org(text, start + place + inner, end, token_ends) if inner else [])
        if place and place < len(surface) - 2 and surface[place] in "和及与、" and self._starts_with_place(surface[place + 1:]):
            # 某县、某县|和|某县污水处理厂: places listed before one body; only the last one names it
            return [(start, start + place, "GPE")] + self._repair_org(text, start + place + 1, end, token_ends)
        joined_at = self._conjunction_after_name(surface)
        if joined_at:
            # 某镇政府|及|某乡政府, 市公安局|和|市生态环境局, 某地|和|某某污水处理厂: a conjunction after a complete
            # name or a place joins two names; it never stands inside one (a name's own 和 follows a
            # field word: 自然资源和规划局, 发展和改革委)
            left = surface[:joined_at]
            first = [(start, start + joined_at, "GPE")] if self.known.get(left) == "GPE" \
                else self._repair_org(text, start, start + joined_at, token_ends)
            if surface[joined_at + 1] in CLAUSE_PREPOSITIONS:
                return first  # …小组|和|以市委书记任总指挥的…: a clause follows, no second name
            return first + self._repair_org(text, start + joined_at + 1, end, token_ends)
        possessive = surface.find("的", 3)
        if possessive != -1 and surface[:possessive].endswith(BODY_ENDINGS) and self._starts_body(surface[:possessive]):
            # 县政府|的正确领导和…: a body's own words end at its possessive
            return self._repair_org(text, start, start + possessive, token_ends)
        passive = BODY_AFTER_FUNCTION.search(surface, 2)
        if passive and (self._starts_body(surface[passive.end():])
                        or re.fullmatch(r"[省市县区州旗盟][委府]", surface[passive.end():])):
            # 某区政府|被|省某某办公室评为…, 某市|已向|省财政厅申请: two names on either side of a function word
            before = self._repair_org(text, start, start + passive.start(), token_ends) if not self.is_place(surface[:passive.start()]) \
                else [(start, start + passive.start(), "GPE")]
            return before + self._repair_org(text, start + passive.end(), end, token_ends)
        preposition = PREPOSITION_AFTER_NAME.search(surface, 2)
        if preposition:
            # 某某社区|对|辖区企业…, 某县环保局|向|…: a preposition after a place or a body opens the clause's
            # object; no name holds one (应对气候变化…领导小组 keeps its 对: no place or body before it)
            head = surface[:preposition.start()]
            if self.is_place(head, strict=True) or re.search(r"(?:社区|村|镇|乡|街道)$", head):
                return [(start, start + len(head), "GPE")]
            return self._repair_org(text, start, start + len(head), token_ends)
        joint = JOINT_ACTION.search(surface, 3)
        if joint and surface[:joint.start()].endswith(BODY_ENDINGS):
            # 县环保局|联同|县公安局, 某某执法科|会同|某某分局: a body acting with another; two names, never one
            before = self._repair_org(text, start, start + joint.start(), token_ends)
            after = surface[joint.end():]
            return before + (self._repair_org(text, start + joint.end(), end, token_ends)
                             if len(after) >= 3 and after.endswith(self.lists.org_suffixes) else [])
        pair = BODIES_JOINED.search(surface, 3)
        if pair and surface[:pair.start()].endswith(BODY_ENDINGS) and surface.endswith(BODY_ENDINGS):
            # 某某分局|和|县农业农村局: a body and another of a bare level, joined by 和 — two names
            return self._repair_org(text, start, start + pair.start(), token_ends) \
                + self._repair_org(text, start + pair.start() + 1, end, token_ends)
        for pair in CONJUNCTION_BEFORE_PLACE.finditer(surface, 3):
            # 某某职业技术学院|和|宁夏林业和草原局: a body and another opening with a known place — two names
            # (a field joined inside one name, 林业和草原局, has no place after its 和)
            rest = surface[pair.end():]
            if surface[:pair.start()].endswith(BODY_ENDINGS) and len(rest) >= 4 and rest.endswith(BODY_ENDINGS) \
                    and self._starts_with_place(rest):
                return self._repair_org(text, start, start + pair.start(), token_ends) \
                    + self._repair_org(text, start + pair.end(), end, token_ends)
        lower = self._lower_place_before_firm(surface)
        if lower:  # 某某区|某某市某某配件厂: where the case lies, then the firm's own registered name
            return [(start, start + lower, "GPE")] + self._repair_org(text, start + lower, end, token_ends)
        if text[end + 1:end + 2] == "委" and self.known.get(surface + text[end:end + 1]) == "GPE":
            return [(start, end, "GPE")]  # 武进|区委常委: the place before a folded committee title
        parts = re.split(r"\s*[-－—–·]\s*", surface)
        if len(parts) == 2 and all(len(p) >= 2 and OUTLET_RE.search(p) for p in parts):
            # two outlets joined by a hyphen (东北网-佳木斯日报): two names
            second = start + surface.index(parts[1], len(parts[0]))
            return [(start, start + len(parts[0]), "ORG"), (second, second + len(parts[1]), "ORG")]
        pair = COMMITTEE_AND_GOVERNMENT.fullmatch(surface)
        if pair:  # 市委市政府, 县委县政府: two bodies written together (GUIDELINES: 市委、市政府 -> two spans)
            cut = start + pair.end(1)
            return self._repair_org(text, start, cut, token_ends) + self._repair_org(text, cut, end, token_ends)
        own = re.match(r"我[市省县区]", surface)
        if own and len(surface) >= 6 and surface[2] not in "市省县区州旗":
            start += 2  # 我市|某某环境监察大队: "our city" is no part of the body's name
            surface = surface[2:]
        for verb in lists.org_leading_verbs:  # 联合市发改委 -> 市发改委
            if surface.startswith(NAMES_OPENED_BY_VERBS):
                break  # 联合国环境规划署: the verb's characters open the body's own name
            if surface.startswith(verb) and len(surface) > len(verb) + 1 and (
                    surface[len(verb)] in "市省县区州旗" or len(verb) >= 2):
                start += len(verb)
                surface = surface[len(verb):]
                break
        if surface.startswith("原") and len(surface) >= 4 and not self._starts_with_place(surface) \
                and (self.known.get(surface[1:]) == "ORG" or self._starts_with_place(surface[1:])
                     or surface[1:].startswith(("中国", "中國", "国家", "國家", "全国", "全國"))):
            start += 1  # 原|林业部部长, 原|中国某某学会理事: "former" is no part of the body's name
            surface = surface[1:]
        cut = self._words_before_body(surface)
        if cut:
            start += cut
            surface = surface[cut:]
        if self.known.get(surface) == "ORG":
            return [(start, end, "ORG")]
        # a run-on span stops at the first verb after the name: 市政府新闻办公室|组织召开…发布会;
        # a body named after the verb is an organisation of its own (X人民政府|指定|Y生态环境局)
        second: list[tuple[int, int, str]] = []
        for ending in lists.not_org_endings:  # 某某专项整治行动会议|在|县环保局: a meeting held at a body
            at = surface.find(ending + "在")
            if at < 0 or "会" not in ending:
                at = surface.find(ending + "于") if "会" in ending else -1
            rest = start + at + len(ending) + 1
            level_body = re.match(r"[省市县区州旗](?:委|政府)", text[rest:end])  # …会议在|县委礼堂召开
            if at >= 0 and (end - rest >= 3 and text[rest:end].endswith(lists.org_suffixes) or level_body):
                # the place that opens the meeting's name (某省某县|…工作会议在县委) stays a place
                place = self._place_head(surface)
                return ([(start, start + place, "GPE")] if place and place < at else []) + \
                    self._repair_org(text, rest, end, token_ends)
        for verb in lists.org_breaking_verbs:
            cut = surface.find(verb, 2)
            if cut <= 0:
                continue
            rest = start + cut + len(verb)
            described = RELATED_DESCRIPTION.match(text, rest) if verb == "相关" else None
            if described and described.end() <= end:
                rest = described.end()  # 某厅|相关部门|和|某局: the bodies described, no name; the next body is one
            while rest < end and text[rest] in "和及与、":
                rest += 1  # 某局|负责人|及|某管理局: the conjunction joins the next body, it opens no name
            tail = self._repair_org(text, rest, end, token_ends) if end - rest >= 3 else []
            tail_is_body = bool(tail) and tail[0][0] == rest and tail[0][2] == "ORG"
            # the name is complete before the verb; or a body opens right after it (X工作|得到|Y部…); or the
            # verb closes the span (某某经开区|交办: 办 is the verb's, not an office's)
            if surface[:cut].endswith(lists.org_suffixes) or tail_is_body or rest == end:
                if tail_is_body or (tail and text[rest:end].endswith(lists.org_suffixes)):
                    second = tail
                end = start + cut
                surface = surface[:cut]
        if second:
            return self._repair_org(text, start, end, token_ends) + second
        anonymous = re.search(r"(?<!某)某(?!某)", surface)
        if anonymous:
            # 湖南某钢铁公司: a firm left unnamed is no ORG, the place before it is (某某公司 stands for a name)
            place = surface[:anonymous.start()]
            return [(start, start + len(place), "GPE")] if place and self.is_place(place) else []
        if re.search(r"[(（][市县区旗、]+[)）]", surface):
            return []  # 区(市)政府, 县(市、区): every such body, not one named body
        if "等" in surface[1:]:  # a list's tail (保障等中心) is no name
            surface = surface[:surface.index("等", 1)]
            end = start + len(surface)
        # a generic noun before a place (…权利人部门|某市生态环境局): the name starts at the place
        for generic in ("部门", "单位", "机构"):
            cut = surface.find(generic)
            if cut >= 0 and self._starts_with_place(surface[cut + len(generic):]):
                start += cut + len(generic)
                surface = surface[cut + len(generic):]
                break
        if ZONE_FULL.fullmatch(surface):
            start += self._words_before_zone(surface)
            return [(start, end, "GPE")]
        if surface.endswith(lists.not_org_endings) and not surface.endswith(("委员会", "协会", "学会", "联合会", "工会", "管委会")):
            meeting = next((w for w in sorted(lists.not_org_endings, key=len, reverse=True)
                            if surface.endswith(w) and "会" in w), None)
            if meeting and len(surface) - len(meeting) >= 3:
                # the body that holds the meeting (市政府|常务会议, 市委常委会|会议): the body is the ORG when
                # only a short qualifier stands between it and the meeting word
                body = self._repair_org(text, start, end - len(meeting), token_ends)
                if body and body[-1][2] == "ORG" and end - len(meeting) - body[-1][1] <= 4:
                    return body
            return []
        k = len(surface)
        while k >= 2:
            head = surface[:k]
            if (head.endswith(lists.org_suffixes) and not head.endswith(lists.org_false_endings)
                    and not any(text.startswith(f, start + k - len(f) + 1) for f in lists.org_false_endings
                                if f[:-1] and head.endswith(f[:-1]))
                    and (token_ends is None or start + k in token_ends)):
                break
            k -= 1
        if k < 2:
            return []
        lead = self._leading_place(surface)
        if lead and k <= lead:
            # 七台|河市生态环境质量…: a body's ending inside the place the span opens with (台, 河) ends no body;
            # the place is what the run-on span names
            return [(start, start + lead, "GPE")]
        end = start + k
        surface = surface[:k]
        pair = COMMITTEE_AND_GOVERNMENT.fullmatch(surface)
        if pair and self.known.get(surface) != "ORG":
            # 省委省政府|环境保护督察…: the pair shows only once the run-on tail is cut; two bodies
            cut = start + pair.end(1)
            return self._repair_org(text, start, cut, token_ends) + self._repair_org(text, cut, end, token_ends)
        if surface.endswith("会") and not surface.endswith(ASSOCIATION_ENDINGS):
            return []  # 生态环境保护大会(暨…), 专题务虚会: a meeting, also once its run-on tail is cut
        if ANAPHORIC_BODY.search(surface):
            return []  # 检查时该厂: a body pointed at, not named
        for plen in range(min(start, 8), 1, -1):  # a place written right before: 廊坊 + 市委宣传部
            place = text[start - plen : start]
            if self.known.get(place) == "GPE" and surface[0] in "市省县区州":
                start -= plen
                break
        return [(start, end, "ORG")]


#: words that make a facility's name a kind of facility, not one facility (镇级|污水处理厂, 农村|小|水电站)
GENERIC_FACILITY_MODIFIERS = ("镇级", "乡级", "村级", "县级", "市级", "乡镇", "农村", "城镇", "城市", "园区", "工业", "生活",
                              "集中式", "集中", "小型", "小", "医废", "医疗废物", "危废", "危险废物", "疫情防控", "定点",
                              "通信", "移动", "配套", "各类", "现有", "已建", "在建", "新建")
#: the kinds of facilities such words qualify (水电站, 污水处理厂, 基站, 医院, 处置中心)
GENERIC_FACILITY_KINDS = ("水电站", "电站", "污水处理厂", "污水处理站", "污水厂", "基站", "医院", "处置中心", "变电站",
                          "加油站", "中转站", "填埋场", "焚烧厂")
_MODIFIER = "|".join(sorted(GENERIC_FACILITY_MODIFIERS, key=len, reverse=True))
_KIND = "|".join(sorted(GENERIC_FACILITY_KINDS, key=len, reverse=True))
#: a facility named by its kind alone (污水处理厂, 镇级污水处理厂, 疫情防控定点医院): no body, the kind of one
GENERIC_FACILITY = re.compile(rf"(?:{_MODIFIER})*(?:{_KIND})")
#: the same after a place of two to four characters with one kind word at least (某县|农村小水电站: the county's small
#: plants at large, the county a place); a place and the bare kind (某县|污水处理厂) is the place's own plant, a body
QUALIFIED_GENERIC_FACILITY = re.compile(rf"(?:{_MODIFIER})+(?:{_KIND})")
#: names that open with the characters of a leading verb (联合|国…): no verb to cut there
NAMES_OPENED_BY_VERBS = ("联合国", "保护区", "保护站", "保护中心")  # 保护区|管理局 is no verb 保护 and its object
#: words that end a gathering's name (…保护大会, …工作会议): a body named after them is a second name
MEETING_WORDS = ("大会", "会议", "全体会议")
#: the sitting of a body's meeting written after the body's name (…委员会|第二次全体会议, …委员会|2024年第一次会议)
MEETING_SITTING = re.compile(r"\d{4}年|第[一二三四五六七八九十\d]+次|全体会议|会议")
#: an alias announced inside brackets after a name: （以下简称“督察组”）
ALIAS_OPENING = re.compile(r"[(（](?:以下)?简称")
#: a name with a second name in brackets after it, the bracket perhaps left open by the span (某网(某报网)
BODY_AND_ALIAS = re.compile(rf"([{HAN}]{{2,20}})[(（]([{HAN}]{{2,12}})[)）]?")
#: adverbs that open a clause after its subject (某市|还持续加大…, 某县|已完成…): never inside a name
CLAUSE_ADVERBS = frozenset("还也都均已将要正仍又再更并就才却曾来去")
#: verbs that open a clause right after a place (某市|贯彻落实…): never inside a name
CLAUSE_VERBS = ("贯彻", "落实", "加大", "持续", "全面", "深入", "扎实", "积极", "认真", "围绕", "聚焦", "按照", "坚持", "推进", "开展", "召开", "举行",
                "成立", "组建", "设立", "构建", "建立", "打造", "加强", "强化", "荣获", "获得")
#: punctuation that closes a clause: no organisation's name runs over it (a line break may cut a name)
CLAUSE_BREAK = re.compile(r"[，,。；;！？!?：:]")
#: a preposition right after a place's or a body's last character (某社区|对…, 某局|向…, 某镇|到…)
PREPOSITION_AFTER_NAME = re.compile(r"(?<=[局厅委办院站队所司府区县市镇乡村组心])(?:对(?!外|口)|向|把|将|从|给|到(?!位))")
#: a roster line read as one body: a name of two to four characters, a space, then the body (某某某 某某厅)
ROSTER_NAME_BEFORE_BODY = re.compile(r"([\u4e00-\u9fff]{2,4})[ \t\u3000]+(?=[\u4e00-\u9fff])")
#: what a section or a body ends with, never a post (a "title" ending so is the body the post belongs to)
SECTION_ENDINGS = ("处", "科", "室", "局", "厅", "中心", "站", "大队", "支队")
#: verbs of acting together that join two bodies (甲局联同乙局, 甲会同乙): a name never holds one
#: 和/与/及 before a bare level opening a second body (…分局|和|县农业农村局, …督察办|和|县生态环境局)
BODIES_JOINED = re.compile(r"[和与及](?=[省市县区州](?:[\u4e00-\u9fff]{1,10}(?:局|厅|委|办|中心|站|所|队)|委|政府)$)")
#: the conjunction between two bodies named in full (某学院|和|某省某局): the second opens with its place
CONJUNCTION_BEFORE_PLACE = re.compile("[" + "".join(CONJUNCTION_CHARS) + "]")
JOINT_ACTION = re.compile(r"联同|聯同|会同|會同|联合|聯合|协同|協同|配合|陪同|伙同|夥同")
#: a function word between two bodies (某区政府|被|省办公室评为, 某市|已向|省财政厅): the passive marker or
#: a preposition after an adverb, never a character of a name
#: words that qualify a post and open it (常务|副主席, 专职|副主任): never a name before the post
POST_MODIFIERS = ("常务", "专职", "执行", "第一", "驻会", "兼职", "挂职", "名誉", "首席", "代理", "分管", "主管")
#: function words a name never opens with (某小组|和以|市委书记: 和 joins, 以 introduces)
NOT_NAME_OPENERS = frozenset("和及与以由在对向为把被将从")
#: a post, a name of two or three characters and a verb of leading (县长|某某某|率|…局): the model's run over a leader
LEADER_RUN_INTO_BODY = re.compile(r"([\u4e00-\u9fff]{2,6}?)([\u4e00-\u9fff]{2,3}?)(?:率领|带领|率|带|陪同)")
#: a name of two or three characters and a verb of leading or a preposition opening a body's span (某某|带领|市某局,
#: 局长某某|向|督察组报告)
NAME_LEADING_BODY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:率领|带领|帶領|率領|陪同|向|对|對|给|給)")
#: a gathering's words before the body that holds or chairs it, run into the body by the model (会议由|某厅)
CHAIRED_BY = re.compile(r"(?:会议|会上|活动|发布会|座谈会|仪式)?(?:并)?由")
BODY_AFTER_FUNCTION = re.compile(r"(?:已经|已|正|先后|分别)?(?:被|向)|(?:已经|已|正|先后|分别)(?:对|与|和)"
                                 r"|(?<=[局厅委办院站队所司])在|(?<=工作)在(?=[\u4e00-\u9fff]{2,12}(?:委|政府|局|厅))")  # 某分局|在|县委、县政府的领导下


#: page fields that follow a source's name on its line: 来源 某某零距离 发布时间 …
_NEXT_FIELD = r"(?:发布时间|發佈時間|發布時間|发布日期|時間|时间|日期|作者|编辑|編輯|阅读|閱讀|浏览|瀏覽|点击|點擊)"


#: the channels a source line names after its publisher (某局|微信公众号, 某报|客户端, 某部|网站)
SOURCE_CHANNELS = ("微信公众号", "公众号", "客户端", "客戶端", "官方微博", "微博", "官网", "官網", "网站", "網站")
#: of those, the words a site's own name may end with (某某水利网站 is an outlet's name; 某部|网站 is the body's site)
SITE_WORDS = ("官网", "官網", "网站", "網站")


def source_orgs(text: str, lists: RuleLists) -> list[tuple[int, int]]:
    """Outlets named in source lines: 来源:某某网, 来源: 某某发布, 来源:某某日报-某某新闻网 (two names),
    来源:“某某观察”公众号 (the quoted name), 来源 某某零距离 发布时间 (no colon, the next field after it).

    The name runs to the first space, punctuation or credit (作者, 编辑, 收集); 本报, 本网 and 网络 are not
    names.  The source's name given again as the page's author or editor (编辑:某某) is the outlet again.
    """
    found = []
    cues = "|".join(re.escape(c) for c in lists.source_cues)
    runs = [(m.group(1), m.start(1)) for m in re.finditer(
        rf"(?:{cues})[ \t]*[:：][ \t]*[“\"「『]?([{HAN}A-Za-z0-9·\-－—]{{2,30}})", text)]
    runs += [(m.group(1), m.start(1)) for m in re.finditer(
        rf"(?:{cues})[ \t]+([{HAN}A-Za-z0-9·]{{2,16}})(?=[ \t]+{_NEXT_FIELD}|[ \t]*(?:\n|$))", text)]
    names = set()
    for run, pos in runs:
        run = re.split(r"作者|责任编辑|编辑|編輯|责编|記者|记者|发布时间|發布時間|发表时间|發表時間|時間|时间|浏览|瀏覽|点击|點擊|收集|整理|采编|採編", run)[0]
        for part in re.finditer(rf"[{HAN}A-Za-z0-9·]+", run):
            name = part.group()
            # the account or the site a body publishes on (某局公众号, 某部网站): the body is the source
            app = next((w for w in SOURCE_CHANNELS if name.endswith(w) and len(name) - len(w) >= 2
                        and (w not in SITE_WORDS or name[:-len(w)].endswith(lists.org_suffixes))), "")
            name = name[:len(name) - len(app)]
            if 2 <= len(name) <= 16 and re.search(rf"[{HAN}]", name) and name not in lists.not_outlets \
                    and name not in lists.credit_not_names:  # 来源:未知, 来源:本站
                found.append((pos + part.start(), pos + part.start() + len(name)))
                names.add(name)
    # a government's new-media account credited as the author (作者:某某发布): an outlet, as in a source line
    for m in re.finditer(rf"(?:作者|作\s者)[ \t]*[:：][ \t]*([{HAN}]{{2,10}}(?:发布|發布))(?![{HAN}])", text):
        found.append(m.span(1))
    for name in names:  # 来源:某某发布 … 编辑:某某发布
        for m in re.finditer(rf"(?:作者|编辑|編輯|责编|責編)[ \t]*[:：][ \t]*({re.escape(name)})(?![{HAN}])", text):
            found.append(m.span(1))
    return sorted(set(found))


#: a word before 记者/讯 after a dot that is a place or a pen's role, not a brand (北京·某某日报记者)
BRAND_NOT = ("省", "市", "县", "区", "州", "盟", "旗", "縣", "區", "报道", "消息", "通讯员")


#: words that credit a source before an outlet's name (据某某日报报道, 转自某某网): never part of the name
#: (a closed list: 经济日报, 和讯网 open with words that are verbs elsewhere)
SOURCE_LEADS = ("根据", "转载自", "转自", "来自", "据")


def outlet_orgs(text: str, lists: RuleLists) -> list[tuple[int, int]]:
    """Media outlets named before 记者/讯/·: 齐鲁网·闪电新闻3月10日讯, 河北广播电视台记者."""
    endings = "|".join(re.escape(e) for e in lists.outlet_endings)
    found = []
    # 某某网记者, 某某网3月10日讯, 某某网某地2月6日讯 (the dateline's place between the outlet and the date)
    dated = rf"(?:[{HAN}]{{2,4}})?\d{{1,2}}月\d{{1,2}}日(?:讯|訊|电|電)"
    # 某某网某地讯(记者…): an undated dateline; its 讯 closes the line's opening words, so a space, a
    # bracket or the line's end follows it (通讯 inside a sentence never does)
    dated += rf"|[{HAN}]{{2,4}}(?:讯|訊)(?=[ \t\u3000(（:：\n]|$)"
    # 某某网 记者 某某: a byline may space the outlet from its reporter
    for m in re.finditer(rf"(?<![{HAN}])([{HAN}]{{1,10}}?(?:{endings}))(?=(?:{lists.outlet_cue})|[ \t\u3000]+(?:记者|記者)|{dated})",
                         text):
        if m.group(1) in lists.not_outlets:
            continue
        s, e = m.span(1)
        lead = next((v for v in SOURCE_LEADS if m.group(1).startswith(v) and e - s - len(v) >= 3), "")
        s += len(lead)  # 据某某日报报道: "according to" opens the clause, not the outlet's name
        if m.group(1).endswith("客户端") and e - s - 3 >= 2:
            e -= 3  # 某某头条客户端讯: the outlet is named without the word for its app, like 某某官网
        if m.group(1).endswith(("全媒", "融媒")) and m.group(1)[:-2].endswith(tuple(lists.outlet_endings)):
            e -= 2  # 某某日报|全媒记者: the paper is the outlet, 全媒 qualifies its reporter (a county's 某某融媒 is one)
        found.append((s, e))
    # 某某日报·某某讯, 某某网/某某头条客户端讯: the second outlet, named after a first, may end in any word
    for m in re.finditer(rf"(?:{endings})[·/／]([{HAN}]{{2,8}}?)(?:客户端|客戶端)?(?:讯|訊)", text):
        if m.group(1) not in lists.not_outlets:
            found.append(m.span(1))
    # 某某云·某某日报记者, 某某云—某某晚报讯: a brand (an app, a channel) opening a dateline names the
    # outlet it belongs to after a dot or a dash; the brand is an outlet too, whatever word it ends in
    for m in re.finditer(rf"(?<![{HAN}])([{HAN}]{{2,6}})[·—－\-]{{1,2}}(?=[{HAN}]{{1,10}}?(?:{endings})"
                         rf"(?:记者|記者|讯|訊|\d{{1,2}}月\d{{1,2}}日))", text):
        if m.group(1) not in lists.not_outlets and not m.group(1).endswith(BRAND_NOT) and m.span(1) not in found:
            found.append(m.span(1))
    # a title that is an outlet's name: 《中国环境报》 -> ORG 中国环境报 (ANNOTATION.md s.2)
    for m in TITLE_RE.finditer(text):
        name = m.group(1)
        if OUTLET_RE.search(name) and not DOCUMENT_REPORT.search(name) and len(name) <= 12:
            found.append(m.span(1))
    return found


#: where a dateline names its place: 某某网|某地|2月6日讯, 6日|某地|讯 (a line opening 日某地讯 has lost its
#: day to the page), 本报|某地|讯, 记者 张明 |某地|报道
DATELINE_PLACES = (
    re.compile(rf"(?<=[网網报報台社])([{HAN}]{{2,4}}?)\d{{1,2}}月\d{{1,2}}日(?:讯|訊|电|電)"),
    re.compile(rf"(?:\d{{1,2}}|^[ \t\u3000]*)日([{HAN}]{{2,4}}?)(?:讯|訊|电|電)(?=[\s\u3000(（]|$)", re.M),
    re.compile(rf"(?:本报|本報|本台|本网|本網)([{HAN}]{{2,4}}?)(?:讯|訊|电|電)(?![{HAN}])"),
    re.compile(rf"(?<=[网網报報台])([{HAN}]{{2,4}}?)(?:讯|訊)(?=[ \t\u3000(（:：]|$)", re.M),
    re.compile(rf"(?<=[ \t\u3000])([{HAN}]{{2,5}}?)(?:报道|報道)(?![{HAN}])"),
)


def dateline_places(text: str, is_place) -> list[tuple[int, int]]:
    """The place of a dateline or a filing line (大众网某地2月6日讯, 6日某地讯, 本报某地讯, 某地报道).

    The page's joins often cut it from its neighbours' words (日镇|江讯), so the segmenter
    and the gazetteer miss it; only a known place is taken.
    """
    return sorted({m.span(1) for pattern in DATELINE_PLACES for m in pattern.finditer(text) if is_place(m.group(1))})


BYLINE_NAME = rf"[{HAN}]{{2,4}}"
#: a name with a middle dot (贾孜拉·博拉提拜): the parts of transcribed names
DOTTED_NAME = rf"[{HAN}]{{2,6}}·[{HAN}]{{2,8}}"
#: a plain 记者 credit: the name must be closed (记者/张明), 记者张明报道, (记者张明 通讯员…): 记者了解到 is no credit
REPORTER = re.compile(rf"记者[/／:：\s]*([{HAN}]{{2,3}})(?=\s*[)）】]|报道|\s+(?:通讯员|实习生|摄)|[ \t]*(?:\n|$))")
#: 本报记者 张明 某地报道: the place a reporter files from, written before 报道
FILED_FROM = re.compile(rf"([{HAN}]{{2,5}}?)(?:报道|報道)")


def _byline_names(run: str, lists: RuleLists, is_name, continues: bool = False) -> list[tuple[int, int]]:
    """Names in one run of a byline: 张明报道 -> 张明; 李静周晓 (two names, no space) -> 李静, 周晓;
    a name running into the next word (于晓彤） ) keeps its longest valid prefix."""
    for ending in lists.byline_name_endings:
        # a one-character credit word (文) is read off a run only when a full name stays: 薛某文 is a name
        if run.endswith(ending) and len(run) - len(ending) >= (3 if ending in ("文",) else 2):
            run = run[: -len(ending)]
            break
    if continues and len(run) == 4:
        run = run[:3]  # the name runs into the page's next words (许某某我来说两句): no two-name split
    elif len(run) == 4 and run[:2] not in lists.compound_surnames and is_name(run[:2]) and is_name(run[2:]):
        return [(0, 2), (2, 4)]
    for k in range(len(run), 1, -1):
        if is_name(run[:k]):
            return [(0, k)]
    return []


#: words for people at large that never stand as a given name (和|群众, 与|企业, 同|干部), nor verbs of charge
PEOPLE_AT_LARGE = frozenset(("群众", "居民", "市民", "村民", "农民", "干部", "职工", "员工", "专家", "学生", "游客", "代表",
                             "企业", "单位", "部门", "党员", "委员", "人员", "业主", "商户", "网友", "家属", "儿童",
                             # verbs of charge after 由 (由|分管副市长任…): the clause's words, never a given name
                             "分管", "主管", "牵头", "负责", "协管"))


#: a paragraph closed by its authors' names in brackets, with no credit word: 。（某某 某某）⏎
BRACKETED_CREDIT = re.compile(rf"(?<=[。！？!?”\n])[ \t\u3000]*[（(][ \t\u3000]*([{HAN}]{{2,3}}(?:[ \t\u3000]+[{HAN}]{{2,3}})*)"
                              rf"[ \t\u3000]*[)）][ \t\u3000]*(?=\n|$)")


def bracketed_credit_persons(text: str, lists: RuleLists, is_name) -> list[tuple[int, int]]:
    """Authors credited in brackets after a paragraph's last sentence without a credit word (…。（某某 某某）):
    every bracketed word must be a name and none a credit word (记者, 资料图), or the bracket is no credit."""
    found = []
    for m in BRACKETED_CREDIT.finditer(text):
        names = [(m.start(1) + n.start(), m.start(1) + n.end()) for n in re.finditer(rf"[{HAN}]+", m.group(1))]
        if all(is_name(text[a:b]) and not any(c in text[a:b] for c in lists.byline_cues) for a, b in names):
            found.extend(names)
    return found


def byline_persons(text: str, lists: RuleLists, is_name, word_ends: set[int] | None = None) -> list[tuple[int, int]]:
    """Names in bylines, photo credits and author lines (character offsets)."""
    found: list[tuple[int, int]] = []
    cues = "|".join(re.escape(c) for c in lists.byline_cues)
    endings = "|".join(re.escape(e) for e in lists.outlet_endings if len(e) >= 2 or e in "网报")
    outlet_after = re.compile(rf"[{HAN}]{{1,8}}?(?:{endings})(?![{HAN}])")
    # 记者 林晨 / 本报通讯员沈晋 鲁记 / （记者 于晓彤） / 责任编辑：何敏
    # a later name never starts with the next credit's cue (记者王涛 通讯员李静: 通讯员 opens a new credit)
    # …nor does the first: 作者:全媒体记者 某某 — the next credit's cue (全媒体记者) follows the field label
    # 编辑 | 某某, 终审｜某某: a bar may stand between a credit and its name, as a colon does
    # a name never runs over the next credit's label (某某编审:某某 — the label is glued to the name before it)
    name = rf"(?:(?!(?:{cues})[:：])[{HAN}]){{2,4}}"
    for m in re.finditer(rf"(?:{cues})[ \t:：/／|｜]*(?!{cues})((?:{name})(?:[ \t、，,]+(?!{cues}){name})*)", text):
        base = m.start(1)
        if lists.field_labels and text.startswith(lists.field_labels, base):
            continue  # 作者:  来源: — an empty credit, the next field's label is no name
        if re.match(DOTTED_NAME, text[base:]):
            continue  # a transcribed name, read whole below
        if outlet_after.match(text, base):
            continue  # 责任编辑:某某新闻网 credits an outlet, not a person
        line_end = text.find("\n", base)
        question = re.search(r"[？?]", text[base:line_end if line_end != -1 else len(text)])
        for i, n in enumerate(re.finditer(BYLINE_NAME, m.group(1))):
            after = base + n.end()
            continues = after < len(text) and bool(re.match(rf"[{HAN}]", text[after]))
            if continues and question:
                break  # 某报记者：农村环境整治进展如何？ — a reporter's question, not a credit
            if continues and i == 0 and re.match(rf"[{HAN}]", text[base - 1]):
                break  # 记者来到…: a cue run straight into a sentence, no separator, no closed name
            if i > 0 and lists.field_labels and text.startswith(lists.field_labels, base + n.start()):
                break  # 编辑:张明 来源:某某电台 — the next field's label is no second name
            if i > 0 and (filed := FILED_FROM.match(text, base + n.start())) and not is_name(filed.group(1)):
                break  # 记者 张明 某地报道: the place the report was filed from, not a second name
            names = _byline_names(n.group(), lists, is_name, continues)
            # 作者:文字, 编辑:佚名 — the page's word for no one in particular
            names = [(a, b) for a, b in names if n.group()[a:b] not in lists.credit_not_names]
            if continues and word_ends and names:
                # the name runs into the next words (责编:陈某中国环境报讯 after a joined line break):
                # the segmenter's word end decides where the name stops
                start = base + n.start()
                fits = [k for k in (3, 2) if start + k in word_ends and is_name(text[start:start + k])]
                names = [(0, fits[0])] if fits else names
            if i == 0 and not names:
                break  # 记者了解到，…: no name after the cue, so no list of names either
            found.extend((base + n.start() + s, base + n.start() + e) for s, e in names)
    # transcribed names keep their dot: 编辑:贾孜拉·博拉提拜
    for m in re.finditer(rf"(?:{cues}|编辑|作者|记者)[ \t:：]*({DOTTED_NAME})", text):
        found.append(m.span(1))
    for m in REPORTER.finditer(text):
        name = m.group(1)
        if lists.field_labels and name.startswith(lists.field_labels):
            continue
        # a closed credit is strong evidence: a name may end like a section word here (记者X科报道)
        if is_name(name) or (name[0] in lists.surnames and name[0] != name[1] and not name.endswith(lists.outlet_endings)):
            found.append(m.span(1))
    # photo credits: 高宇摄 / 鹿清泉摄 at the end of a line, alone or after a caption's sentence (…乐趣。高宇摄)
    for m in re.finditer(rf"(?:^|\n|[。！？!?])[ \t]*({BYLINE_NAME})摄[ \t]*(?=\n|$)", text):
        name = m.group(1)
        if is_name(name):
            found.append(m.span(1))
    # credits by role mark inside a dateline's brackets: (某某/文 某某/图), (记者 某某/文)
    for m in re.finditer(rf"(?<=[(（\s、,，])([{HAN}]{{2,3}})[ \t]*[/／](?:文|图|摄|视频|编辑)(?=[\s)）、,，]|$)", text):
        if is_name(m.group(1)):
            found.append(m.span(1))
    # the role mark before the name, each credit after a bracket or a space: (文/某某 图/某某某)
    for m in re.finditer(rf"(?<=[(（\s])(?:文|图|圖|摄|攝|摄影|攝影)[ \t]*[/／][ \t]*([{HAN}]{{2,3}})(?=[\s)）、,，]|$)", text):
        if is_name(m.group(1)):
            found.append(m.span(1))
    # a dateline's bracketed authors with no cue word: 某某客户端4月14日讯(某某)13日, 某某网讯(甲某 乙某某 丙某)
    # 某报某地讯(甲某 记者 乙某某): the cue words between the names are no names; a name of four characters
    # (a minority name written without its dot: 某某卓玛) stands there as well
    for m in re.finditer(rf"(?:讯|电)[ \t]*[(（]((?:[{HAN}]{{2,4}})(?:[ \t\u3000]+[{HAN}]{{2,4}}){{0,4}})[)）]", text):
        names = [n for n in re.finditer(rf"[{HAN}]+", m.group(1)) if n.group() not in lists.byline_cues]
        if names and all(is_name(n.group()) for n in names):
            found.extend((m.start(1) + n.start(), m.start(1) + n.end()) for n in names)
    # a two-character name spaced out to the width of three in a credit (记者 某 某, 终审 | 某 某, 责任编辑:某 某):
    # one name, space and all; the credit closes with a bracket, the line's end or the next credit (记者 某 某 通讯员…)
    for m in re.finditer(rf"(?:{cues})[ \t\u3000:：|｜/／]*([{HAN}][ \t\u3000]{{1,2}}[{HAN}])"
                         rf"(?=[)）】]|[ \t\u3000]*\n|[ \t\u3000]*$|[ \t\u3000]+(?:{cues}))", text):
        if is_name(re.sub(r"\s", "", m.group(1))):
            found.append(m.span(1))
    # author lines: one to three names alone on a line (王珊珊 / 章国华 王涛)
    for m in re.finditer(rf"(?:^|\n)[ \t]*((?:{BYLINE_NAME})(?:[ \t]+{BYLINE_NAME}){{0,2}})[ \t]*(?=\n|$)", text):
        names = list(re.finditer(BYLINE_NAME, m.group(1)))
        if all(is_name(n.group()) and len(n.group()) <= 3 for n in names):
            found.extend((m.start(1) + n.start(), m.start(1) + n.end()) for n in names)
    return sorted(set(found))
