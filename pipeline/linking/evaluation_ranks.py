"""Ranks in an evaluation: places ranked by an assessment, a satisfaction survey or a contest are ``other``.

GUIDELINES (Indicators and roles): an evaluation rank with no indicator is ``other`` rank.  Pages report
where a city came in the assessment of its pollution-control work (``污染防治攻坚战成效考核中…排名全省第一``),
in a public-satisfaction survey (``满意度…位居全省第三``) or in an enforcement contest (``执法大练兵中总成绩排名
第三``); the classifier, seeing 排名全省第N in an environmental article, reads the overall air-quality rank.
The evaluation named last before the rank in its sentence decides, unless a measured subject (air, water,
a pollutant, days, an index) is named between it and the rank; 考核目标 and 考核断面 name no evaluation.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

#: (an overall eco-environment rating — 生态环境质量排名, 综合评价位列 — ranks no single measure either)
EVALUATION = re.compile(r"考核(?!目标|目標|断面|斷面|点位|點位)|考评|考評|评比|評比|满意度|滿意度|练兵|練兵|总成绩|總成績|测评|測評|评估|評估"
                        r"|综合评价|綜合評價|生态环境质量|生態環境質量|生态环境状况|生態環境狀況|生态质量指数|生態質量指數")
#: a measured subject between the evaluation and the rank: the rank is that measure's
MEASURED = re.compile(r"空[气氣]|PM|颗粒物|顆粒物|臭氧|优良|優良|综合指数|綜合指數|天数|天數|水质|水質|断面|斷面|二氧化|浓度|濃度|降幅|改善幅度")
SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
RANK_UNITS = ("rank", "rank_from_end", "top", "bottom")


def evaluation_rank_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (``other``, None) for ranks placed by an evaluation named before them in their sentence."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] == "other" or normalize_quantity(text[start:end]).unit not in RANK_UNITS:
            continue
        lo = max(0, start - 200)
        s_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, lo, start)), default=lo)
        found = [m.end() for m in EVALUATION.finditer(text, s_start, start)]
        if found and not MEASURED.search(text, found[-1], start):
            out[i] = ("other", None)
    return out


#: between a rank and a second rank of the same figure in a narrower or wider scope: ``全省排名第5、同类市第1``
SECOND_SCOPE_GAP = re.compile(r"\s*[、，,]\s*(?:在|居|列|位列|位居)?[^\d，,。；;、：:（）()]{1,8}?(?:中|内|內)?(?:排名|排|位列|位居|列|居)?\s*")
SCOPE_WORD = re.compile(r"[省市国國区區县縣州盟]|同类|同類|地区|地區|城市|重点|重點")
#: a measure named in the gap starts a new ranking: ``排名第5、PM2.5第3``
GAP_MEASURE = MEASURED


def second_scope_rank_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A rank written right after another rank, in another scope and naming no measure, ranks the same figure.

    ``PM10平均浓度52.1微克/立方米，全省排名第5、同类市第1``: both rank PM10 (GUIDELINES: a rank right after
    one indicator's value ranks that indicator).  The second sees only a scope before it, and the classifier
    reads the overall air-quality rank.
    """
    out: dict[int, Decision] = {}
    for i in range(1, len(spans)):
        (p_start, p_end), (start, end) = spans[i - 1], spans[i]
        if normalize_quantity(text[start:end]).unit not in RANK_UNITS or normalize_quantity(text[p_start:p_end]).unit not in RANK_UNITS:
            continue
        gap = text[p_end:start]
        if SECOND_SCOPE_GAP.fullmatch(gap) and SCOPE_WORD.search(gap) and not GAP_MEASURE.search(gap) \
                and not EVALUATION.search(gap) and current[i - 1] and current[i] != current[i - 1]:
            out[i] = (current[i - 1], None)
    return out
