"""``ecoie_direction``: signed changes, and one role for every item of a governed list.

Runs after ``ecoie_indicators``.  Every QUANTITY whose role is ``change`` gets
``Span._.direction`` (up, down, flat; :mod:`pipeline.grammar.direction`) and
``Span._.delta``, its value signed in its own unit (下降8.8% → -8.8), so trend
data can be used as it stands.

The object of a change verb is a change whatever the classifier guessed
(``同比下降8.8%``, ``进步3个名次``, ``比目标低4.2微克/立方米``), and a cue
before a list governs every item (``分别下降12.3%、8%、5.6%``): the
classifier sees each item alone and may call a later item a value, so items
chained to a first item by list separators take the first item's role here.
Table cells (``doc._.tables``) keep the role their column gave them; a change
cell's direction is read from its sign, else from its column header's verb.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grammar.direction import governed_change, load_cues, read_direction, signed_delta
from ..linking.plan_shares import is_share_of_plan_done
from ..linking.ranked_lists import list_change_word
from ..linking.structure_rules import CHANGE_LIST_VERB
from .. import contract  # noqa: F401  (registers the span extensions)
from .segmenter import resolve_project_path
from .spans import text_of


#: what may stand between two items of one list: 、 和 及 与 , and spaces
_LIST_GLUE = re.compile(r"^\s*(?:[、，,]|和|及|与|以及)\s*$")
_TIGHT_GLUE = re.compile(r"^\s*(?:、|和|及|与|以及)\s*$")
_GOVERNED_LIST = re.compile(r"分别(为|是|达到?|下降|上升|增加|减少|降低|提高|改善|提升|增长|上涨|回落|减排|超标)?[了约近]?$")
#: a change verb, with its baseline, right before a list's first item (the list rule of structure_rules)
_CHANGE_LIST_VERB = CHANGE_LIST_VERB
#: a rank written as one: 第一, 倒数第2位, 首位, 前3, 前十名, 后10位
RANK_SURFACE = re.compile(r"^(?:倒数)?第[\d一二三四五六七八九十百]+(?:位|名)?$|^首位$|^榜首$|^[前后][\d一二三四五六七八九十百]+(?:位|名|个)?$")
#: a goal, plan or limit stated right before the number: 要达83%, 力争达到, 确保…以上, 应完成整改的32项,
#: 完成年度任务2660辆, 禁止新建35蒸吨
TARGET_CUE = re.compile(r"(?:要达到?|力争(?:达到|实现|控制在)?|确保(?:达到|实现|控制在)?|目标(?:为|是|值为)?|控制目标|约束性指标|"
                        r"计划(?:完成|实现)?|应(?:于[^，,。；;]{0,6})?完成(?:整改)?的?|须完成|需完成|年度任务|禁止新建)"
                        r"[^，,。；;\d]{0,4}$")
#: a goal verb opening the number's clause, however long its object (确保A、B和C四大行业…运输比例超过70%),
#: or a greater/less sign written straight before it (比例≥90%): the number states the goal, not a result
GOAL_CLAUSE = re.compile(r"(?:^|[，,。；;：:！？\n])\s*[\u4e00-\u9fff]{0,4}?(?:确保|確保|力争|力爭)[^，,。；;：:！？\n]{0,36}$|[≥≤]\s*$")
#: ...the goal clause's number closes it (``确保四大行业…`` counts the industries, it sets no goal)
CLAUSE_CLOSE = re.compile(r"\s*(?:以上|以下|以内|以內|左右)?\s*(?:[，,。；;！？\n)）]|$)")
#: a comparison with a standard, target or benchmark right before the number: 超过二级标准, 低于全国平均水平
AGAINST_STANDARD = re.compile(r"(?:(?:超过|超出|超|高于|低于|优于|好于|差于)(?:国家|省|市|全国|全省|考核)?[^，,。；;\d的]{0,6}"
                              r"(?:标准|目标|要求|限值|均值|平均水平|平均值)(?:值)?"
                              # 比省下达的控制目标低, 较国家标准高出: the comparison written with 比/较 before the benchmark
                              r"|[比较][^，,。；;\d]{0,12}(?:标准|目标|要求|限值|均值|平均水平|平均值)(?:值)?(?:低|高|少|多)(?:出|了)?)$")
#: ...unless a goal governs it: 要低于, 力争优于, 确保不高于
GOAL_BEFORE = re.compile(r"(?:要|力争|确保|须|需|应|不得|控制(?!目标|指标))[^，,。；;]{0,10}$")  # 控制目标: the benchmark's name
#: ``在已完成年度任务53.23%的基础上``: the base reached, not a goal
ACHIEVED_BASE = re.compile(r"的?基础上")
#: ``2022年应完成12项整改任务，目前已全部完成``: a due count the sentence reports done is a value
_DONE_LATER = re.compile(r"(?:已经|均已|已)(?:全部|全面|提前|基本)?完成(?![^，,。；;]{0,3}[\d一二两三四五六七八九十])")  # not 已完成整改29项 (a part done)


def _goal_clause(text: str, start: int, end: int) -> bool:
    """True when a goal verb opens the number's clause and the number closes it, or a ≥/≤ sign precedes it."""
    found = GOAL_CLAUSE.search(text, max(0, start - 48), start)
    if found is None:
        return False
    return found.group().lstrip().startswith(("≥", "≤")) or bool(CLAUSE_CLOSE.match(text, end))


def _done_later(text: str, end: int) -> bool:
    """True when the rest of the number's sentence says the required work was done."""
    stop = re.compile(r"[。！？\n]").search(text, end)
    return bool(_DONE_LATER.search(text, end, stop.start() if stop else len(text)))


#: a figure written straight after the year it belongs to, in a series of years: 2017年61天，2018年51天;
#: PM2.5浓度2019年为40微克/立方米，2020年为33微克/立方米 — each is that year's level, not a change or a goal
YEAR_LEVEL = re.compile(r"(?:^|[（(，,、；;])\s*(?:\d{4}|今|去|上)年(?:上半年|下半年|全年|同期)?(?:为|為|是)?\s*$")
#: a goal or plan in the sentence: the years may be goal years (到2025年…)
YEAR_GOAL = re.compile(r"力争|力爭|目标|目標|计划|計劃|确保|確保|预计|預計|规划|規劃|要求|[到至]\d{4}年")


def _year_level(text: str, start: int) -> bool:
    """True when the number follows its year directly, in a sentence that states no goal."""
    if not YEAR_LEVEL.search(text, max(0, start - 14), start):
        return False
    stop = re.compile(r"[。！？\n]")
    s = max((m.end() for m in stop.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    e = stop.search(text, start)
    return not YEAR_GOAL.search(text, s, e.start() if e else len(text))


#: the two ends of a range: 4.8%~28.6%, 3至5个百分点
_RANGE_GLUE = re.compile(r"^\s*(?:~|～|〜|－|-|—|至|到)\s*$")
_CHANGE_VERBS = {"下降", "上升", "增加", "减少", "降低", "提高", "改善", "提升", "增长", "上涨", "回落", "超标"}


@Language.factory("ecoie_direction", requires=["doc.ents", "span._.role", "span._.value", "span._.indicator"],
                  assigns=["span._.role", "span._.direction", "span._.delta"], default_config={"cues": "configs/direction.json"})
def create_direction(nlp: Language, name: str, cues: str) -> "ChangeDirection":
    return ChangeDirection(str(resolve_project_path(cues)))


class ChangeDirection:
    def __init__(self, cues_path: str):
        self.cues = load_cues(cues_path)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        # table cells keep the role their column decided; their direction is read from sign and header
        cells = {(c.start, c.end): c for c in (doc._.tables or [])} if Doc.has_extension("tables") else {}
        in_table = [e for e in doc.ents if e.label_ == "QUANTITY" and (e.start_char, e.end_char) in cells]
        quantities = [e for e in doc.ents if e.label_ == "QUANTITY" and (e.start_char, e.end_char) not in cells]
        for ent in in_table:
            cell = cells[(ent.start_char, ent.end_char)]
            if ent._.role != "change":
                ent._.direction = ent._.delta = None
                continue
            reading = f"{cell.label}为"  # the header's verb governs the column: 降幅(%) | 12.5 is down
            found = read_direction(reading + ent.text, len(reading), len(reading) + len(ent.text), ent._.indicator, self.cues)
            ent._.direction = found.direction
            ent._.delta = signed_delta(ent._.value, found.direction)
        for ent in quantities:
            # a figure right after its year in a series of years is that year's level (2017年61天，2018年51天)
            if ent._.role in ("change", "target") and _year_level(text, ent.start_char):
                ent._.role = "value"
                continue
            # the object of a change verb is a change (同比下降8.8%, 进步3个名次, 比目标低4.2微克/立方米)
            # (a top or bottom position after 降幅/改善幅度 is where a place stands: 降幅前3位的城市)
            if ent._.role in ("value", "rank") and governed_change(text, ent.start_char, ent.end_char, self.cues) \
                    and not (ent._.role == "rank" and RANK_SURFACE.match(ent.text)):
                ent._.role = "change"
            # a level compared with a standard or target is a change of the measured indicator (GUIDELINES,
            # "Real articles": 超过二级标准0.40倍 → change, up), unless a goal word governs the comparison
            # (a value too: 超省定目标12.6个百分点 would otherwise be read as the 目标 it names)
            elif ent._.role in ("target", "value") and AGAINST_STANDARD.search(text, max(0, ent.start_char - 16), ent.start_char) \
                    and not GOAL_BEFORE.search(text, max(0, ent.start_char - 16), ent.start_char):
                ent._.role = "change"
            # a rank written as one is a rank (第一, 首位, 前3); a goal stated right before the number is a target
            elif ent._.role == "value" and RANK_SURFACE.match(ent.text):
                ent._.role = "rank"
            elif ent._.role == "value" and (TARGET_CUE.search(text, max(0, ent.start_char - 24), ent.start_char)
                                            or _goal_clause(text, ent.start_char, ent.end_char)) \
                    and not ACHIEVED_BASE.match(text, ent.end_char) and not _done_later(text, ent.end_char) \
                    and not is_share_of_plan_done(text, ent.start_char, ent.end_char):
                ent._.role = "target"
        self._share_list_roles(text, quantities)
        self._share_range_roles(text, quantities)
        for ent in quantities:
            if ent._.role == "change" and ent._.value is None and RANK_SURFACE.match(ent.text):
                ent._.role = "rank"  # 排名某地区|首位: a position written as a word has no amount to change by
            if ent._.role != "change":
                ent._.direction = ent._.delta = None
                continue
            word = list_change_word(text, ent.start_char, ent.end_char)
            if word:  # a ranking list's header says what changed, as a table's column header does
                reading = f"{word}为"
                found = read_direction(reading + ent.text, len(reading), len(reading) + len(ent.text), ent._.indicator, self.cues)
            else:
                found = read_direction(text, ent.start_char, ent.end_char, ent._.indicator, self.cues)
            ent._.direction = found.direction
            ent._.delta = signed_delta(ent._.value, found.direction)
        return doc

    @staticmethod
    def _share_range_roles(text: str, quantities: list[Span]) -> None:
        """The upper end of a range takes the lower end's change role: 改善幅度在4.8%~28.6%之间 (both changes).

        GUIDELINES, "Real articles": a verb before a list or a range governs every item.
        """
        for a, b in zip(quantities, quantities[1:]):
            if a._.role == "change" and b._.role == "value" and _RANGE_GLUE.match(text[a.end_char:b.start_char]):
                b._.role = "change"

    @staticmethod
    def _share_list_roles(text: str, quantities: list[Span]) -> None:
        """Items of a ``分别`` list share one role: change after a change verb, else the first item's."""
        i = 0
        while i < len(quantities):
            first = quantities[i]
            j = i
            while j + 1 < len(quantities) and _LIST_GLUE.match(text[quantities[j].end_char:quantities[j + 1].start_char]):
                j += 1
            governed = _GOVERNED_LIST.search(text[max(0, first.start_char - 8):first.start_char]) if j > i else None
            # a change verb before the list governs it with or without 分别: 分别同比改善a、b, 较2017年下降a、b
            verb = _CHANGE_LIST_VERB.search(text[max(0, first.start_char - 14):first.start_char]) if j > i else None
            last = j
            if verb and not governed:  # without 分别 the list ends at a comma: 改善6.1%，16个断面… is another clause
                last = i
                while last < j and _TIGHT_GLUE.match(text[quantities[last].end_char:quantities[last + 1].start_char]):
                    last += 1
                verb = verb if last > i else None
            if governed or verb:
                # after a change verb every item is a change; otherwise the first item decides
                role = "change" if verb or governed.group(1) in _CHANGE_VERBS else first._.role
                for ent in quantities[i:last + 1]:
                    if ent._.role in ("value", "change") and role in ("value", "change"):
                        ent._.role = role
            i = j + 1
