"""Indicators the contract decides outright, applied where the classifier answers otherwise.

Two decisions of ANNOTATION.md and the guidelines that real pages phrase in ways the
written training documents rarely do:

* counts of enforcement cases are ``enforcement.penalty_cases`` (below);
* separate counts of 优 days and 良 days, 达标天数 and 好天气 days are
  ``air.good_days`` (:func:`good_day_links`).

Counts of enforcement cases the classifier calls ``other``:

ANNOTATION.md s.2: every count of enforcement cases — 立案查处, 按日计罚, 查封扣押,
限产停产, 移送拘留 — is ``enforcement.penalty_cases``.  Real pages write them in
many ways the written training documents do not (``实施按日计罚11起``, ``这4起案件``,
``立案处罚1765起``), and the classifier, seeing an unfamiliar clause, answers
``other``.  A count of cases (起/件 before or after 案) in a clause that speaks of
punishment takes the contract's indicator; complaints, petitions and inspection
hand-overs (信访, 投诉, 举报, 交办) never do.
"""

from __future__ import annotations

import re

PUNISHMENT = re.compile(r"立案|处罚|查处|计罚|查封|扣押|限产|停产|移送|拘留|违法|典型案")
NOT_PUNISHMENT = re.compile(r"信访|投诉|举报|交办|督察|赔偿|磋商|来信|来电|诉讼")
CASE_COUNT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超]+(?:起|件)$")
CLAUSE_START = re.compile(r"[，,。；;！？\n]")


def case_count_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, str]:
    """Index -> ``enforcement.penalty_cases`` for case counts the classifier put outside the taxonomy."""
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "other" or not CASE_COUNT.match(text[start:end]):
            continue
        clause_start = max((m.end() for m in CLAUSE_START.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        clause_end = next((m.start() for m in CLAUSE_START.finditer(text, end, end + 20)), end + 20)
        clause = text[clause_start:clause_end]
        if text.startswith(("案件", "案"), end):  # 这4起案件…: the sentence around says what the cases are
            sentence_start = text.rfind("。", max(0, start - 80), start) + 1
            sentence_end = text.find("。", end)
            clause = text[max(sentence_start, start - 80):sentence_end if sentence_end != -1 else end + 80]
        if PUNISHMENT.search(clause) and not NOT_PUNISHMENT.search(clause):
            out[i] = "enforcement.penalty_cases"
    return out


#: what stands right before a count of good days: 优266天、良66天, 达标天数为331天, "好天气"152天, 187个优良天
GOOD_DAY_CUE = re.compile(r"(?:(?:(?<![\u4e00-\u9fff])|(?<=空气)|(?<=质量)|(?<=级))[优良]|一级优|二级良|达标天数(?:为|达|共)?|好天气[”\"]?|优良天数(?:为|达|共)?)$")


def good_day_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, str]:
    """Index -> ``air.good_days`` for day counts written after 优/良/达标天数 that the classifier missed."""
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if current[i] == "air.good_days" or not re.fullmatch(r"[\d一二三四五六七八九十百]+(?:余|多)?天", surface):
            continue
        if GOOD_DAY_CUE.search(text, max(0, start - 6), start):
            out[i] = "air.good_days"
    return out
