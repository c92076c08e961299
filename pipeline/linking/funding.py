"""Funds secured from higher levels are ``funding.secured``.

The taxonomy's ``funding.secured`` counts central, provincial or municipal funds secured.  Pages write the
amount right after the funds' name, with the verb some way before it or not at all (``争取到中央、省级资金
2.53亿元``, ``获得国家财政支持资金2亿元``, ``其中中央专项补助资金5849万元``); the classifier, without 争取
right before the amount, answers ``other``.  Compensation, reward and incentive funds are ``funding.reward``,
and money invested, lent or applied for is not funding secured, so those words keep the classifier's answer.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

FUNDS_BEFORE = re.compile(r"资金(?:共计|共|总计|合计|累计|达到|达|为)?\s*$")
SECURED = re.compile(r"争取|获得|到位|下达|中央|省级|国家|财政|专项|补助")
NOT_SECURED = re.compile(r"补偿|奖励|激励|奖补|罚|赔偿|投资|贷款|申请|申报|计划|拟|需要|需")
CLAUSE_BREAK = re.compile(r"[，,。；;！？\n]")


def funding_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (``funding.secured``, None) for amounts named as funds secured from higher levels."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] not in ("other", None) or normalize_quantity(text[start:end]).unit != "CNY":
            continue
        lo = max(0, start - 30)
        marks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
        left = text[max(marks) if marks else lo:start]
        if FUNDS_BEFORE.search(left) and SECURED.search(left) and not NOT_SECURED.search(left):
            out[i] = ("funding.secured", None)
    return out
