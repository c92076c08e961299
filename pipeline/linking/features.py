"""Features of a QUANTITY in its context, for the indicator and role classifiers.

A quantity is described by:

* its left context (the sentence up to it, last ``LEFT`` characters) and
  right context (``RIGHT`` characters), as character 1–3-grams, plus the
  words right before it (the verb or noun that governs the number);
* the taxonomy's cue words (``configs/indicators.tsv``): which indicators'
  cues occur to the left in the sentence, the nearest one, and how close;
* its unit family and measure word (from :mod:`pipeline.grammar.values`);
* change, rank and target cue words around it;
* the previous quantity in the sentence (its cue and gap), so chains like
  ``优良天数245天，同比增加40天`` can share an indicator.

Everything is a plain ``dict`` so a scikit-learn ``DictVectorizer`` (no
custom classes: the persisted model loads with skops' default trust) turns
it into a sparse vector.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..grammar.values import normalize_quantity
from ..taxonomy import Indicator

LEFT = 24
RIGHT = 20
CHANGE_CUES = ("同比", "环比", "较上年", "较去年", "比上年", "比去年", "较", "比", "增加", "减少", "下降", "上升", "提高", "提升",
               "改善", "降低", "增长", "增幅", "降幅", "高于", "低于", "优于", "前移", "后退", "上升了", "多", "少", "持平", "削减")
RANK_CUES = ("居", "位列", "位居", "排名", "排", "名列", "列", "全省", "全市", "全国", "并列")
FUTURE_CUES = ("下一步", "下半年", "将", "计划", "力争", "目标", "年底前", "确保", "今后", "拟", "预计", "争取")
TARGET_CUES = ("力争", "目标", "计划", "确保", "要求", "不低于", "不高于", "不超过", "任务", "年底前", "将", "拟", "预计", "争取",
               "完成全年", "达到", "控制在", "以下", "以内", "考核")


# full- and half-width punctuation are the same character to the n-gram features (pages mix them)
PUNCT_FOLD = str.maketrans("，；：！？（）％", ",;:!?()%")
CLAUSE_BREAK = re.compile(r"[，,；;：:、。！？\n]")


@dataclass
class QuantityContext:
    """One quantity and what surrounds it (all offsets on the normalised text)."""

    text: str  # the quantity surface
    left: str  # sentence text before it
    right: str  # sentence text after it
    prev_gap: int | None = None  # characters since the previous quantity in the sentence
    prev_text: str | None = None
    prev_index: int | None = None  # index of the previous quantity in the same list
    prev_indicator: str | None = None  # its indicator (gold when training, predicted when running)
    paragraph: str = ""  # the paragraph text before the sentence (plans are announced at its start)
    doc_id: str = ""
    extra: dict = field(default_factory=dict)


def contexts_for(text: str, spans: list[tuple[int, int]], sentences: list[tuple[int, int]],
                 doc_id: str = "") -> list[QuantityContext]:
    """Contexts for quantity spans ``(start, end)`` of ``text`` given sentence bounds."""
    out = []
    # sentences and spans are in text order (sorted here if not): lookups by bisection keep long documents linear
    sentences = sorted(sentences)
    sent_starts = [ss for ss, _ in sentences]
    ordered = all(a <= b for a, b in zip(spans, spans[1:]))
    first_index: dict[tuple[int, int], int] = {}
    for i, span in enumerate(spans):
        first_index.setdefault(span, i)
    for i, (s, e) in enumerate(spans):
        sent = _sentence_of(sentences, sent_starts, s) or (max(0, s - LEFT * 2), min(len(text), e + RIGHT * 2))
        prev = _previous_in(spans, i, sent[0], s, ordered)
        para_start = text.rfind("\n", 0, sent[0]) + 1
        ctx = QuantityContext(text=text[s:e], left=text[sent[0]:s], right=text[e:sent[1]], doc_id=doc_id,
                              paragraph=text[para_start:sent[0]])
        if prev:
            ps, pe = prev
            ctx.prev_gap, ctx.prev_text, ctx.prev_index = s - pe, text[ps:pe], first_index[prev]
        out.append(ctx)
    return out


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The sentence holding ``pos`` (sentences do not overlap: the last one starting at or before it)."""
    k = bisect_right(starts, pos) - 1
    if k >= 0 and sentences[k][0] <= pos < sentences[k][1]:
        return sentences[k]
    return None


def _previous_in(spans: list[tuple[int, int]], i: int, sent_start: int, pos: int,
                 ordered: bool) -> tuple[int, int] | None:
    """The last span before ``spans[i]`` that starts in the sentence and ends before ``pos``."""
    if not ordered:
        prev = [(ps, pe) for ps, pe in spans[:i] if ps >= sent_start and pe <= pos]
        return prev[-1] if prev else None
    for k in range(i - 1, -1, -1):
        ps, pe = spans[k]
        if ps < sent_start:
            return None
        if pe <= pos:
            return spans[k]
    return None


def _unit_family(unit: str | None) -> str:
    if unit is None:
        return "none"
    if unit in ("%", "pp", "‰", "CNY", "USD", "days", "years", "months", "hours", "rank", "rank_from_end", "top",
                "bottom", "times", "t", "t/year"):
        return unit
    if "/" in unit and ("m³" in unit or "L" in unit):
        return "concentration"
    return "count"


class Featurizer:
    """Turns :class:`QuantityContext` objects into feature dicts, using the taxonomy's cues."""

    def __init__(self, taxonomy: dict[str, Indicator]):
        self.cues: list[tuple[str, str]] = sorted(
            ((cue, ind.id) for ind in taxonomy.values() for cue in ind.cues if cue and ind.id != "other"),
            key=lambda x: -len(x[0]))
        self.cue_indicator: dict[str, str] = {}
        for cue, ind in self.cues:
            self.cue_indicator.setdefault(cue, ind)  # a cue shared by two rows goes to the first
        # one alternation, longest cue first: at each position the longest cue wins, matches never overlap
        self.cue_re = re.compile("|".join(re.escape(c) for c in self.cue_indicator)) if self.cue_indicator else None

    def cue_hits(self, text: str) -> list[tuple[int, str, str]]:
        """(position, cue, indicator) of every cue in ``text``, scanning left to right."""
        if self.cue_re is None:
            return []
        return [(m.start(), m.group(), self.cue_indicator[m.group()]) for m in self.cue_re.finditer(text)]

    def nearest_left_cue(self, ctx: QuantityContext) -> str | None:
        hits = self.cue_hits(ctx.left)
        return hits[-1][2] if hits else None

    def features(self, ctx: QuantityContext) -> dict[str, float]:
        f: dict[str, float] = {"bias": 1.0}
        left = ctx.left[-LEFT:].translate(PUNCT_FOLD)
        right = ctx.right[:RIGHT].translate(PUNCT_FOLD)
        for n in (1, 2, 3):
            for i in range(max(0, len(left) - n + 1)):
                key = f"L{n}:{left[i:i + n]}"
                f[key] = f.get(key, 0.0) + (1.0 + i / max(1, len(left)))  # closer characters weigh more
            for i in range(max(0, len(right) - n + 1)):
                key = f"R{n}:{right[i:i + n]}"
                f[key] = f.get(key, 0.0) + (1.0 - i / (2 * max(1, len(right))))
        for k in (1, 2, 3, 4):
            if len(ctx.left) >= k:
                f[f"W{k}:{ctx.left[-k:].translate(PUNCT_FOLD)}"] = 1.0  # the words right before the number
        q = normalize_quantity(ctx.text)
        f[f"unit:{q.unit or 'none'}"] = 1.0
        f[f"family:{_unit_family(q.unit)}"] = 1.0
        f[f"approx:{q.approx}"] = 1.0
        if q.value is not None:
            f["value_log"] = min(10.0, len(str(int(abs(q.value)))) / 2)
            f["value_le_100"] = float(q.value <= 100)
        hits = self.cue_hits(ctx.left)
        for rank, (pos, cue, ind) in enumerate(reversed(hits)):
            dist = len(ctx.left) - pos
            weight = 1.0 / (1.0 + dist / 8.0)
            f[f"cue:{ind}"] = max(f.get(f"cue:{ind}", 0.0), weight)
            if rank == 0:
                f[f"nearest_cue:{ind}"] = 1.0
                f["nearest_cue_dist"] = min(dist, 60) / 60
        for pos, cue, ind in self.cue_hits(right):
            f[f"rcue:{ind}"] = max(f.get(f"rcue:{ind}", 0.0), 1.0 / (1.0 + pos / 4.0))
            if pos <= 2:
                f[f"rnear:{ind}"] = 1.0  # the counted noun: 154个|地块开展土壤污染状况调查
        for k in (1, 2, 3, 4):
            if len(right) >= k:
                f[f"RW{k}:{right[:k]}"] = 1.0  # the words right after the number
        # the clause around the number (between commas, semicolons, 、): does it name any indicator?
        # counts of things outside the taxonomy (关闭企业80家, 两项指标) usually have no cue in their own clause
        lc = CLAUSE_BREAK.split(ctx.left)[-1]
        rc = CLAUSE_BREAK.split(ctx.right)[0]
        clause_hits = {ind for _, _, ind in self.cue_hits(lc)} | {ind for _, _, ind in self.cue_hits(rc)}
        if clause_hits:
            for ind in clause_hits:
                f[f"clause_cue:{ind}"] = 1.0
        else:
            f["clause_no_cue"] = 1.0
        tail = ctx.left[-8:]
        for cue in CHANGE_CUES:
            if cue in tail:
                f[f"change:{cue}"] = 1.0
        for cue in RANK_CUES:
            if cue in ctx.left[-6:]:
                f[f"rankcue:{cue}"] = 1.0
        for cue in TARGET_CUES:
            if cue in ctx.left or cue in right:
                f[f"target:{cue}"] = 1.0
        for cue in FUTURE_CUES:
            if cue in ctx.paragraph[:80]:
                f[f"para_future:{cue}"] = 1.0  # a paragraph that opens with plans
        if ctx.prev_gap is not None:
            f["has_prev"] = 1.0
            f["prev_close"] = float(ctx.prev_gap <= 12)
            pq = normalize_quantity(ctx.prev_text or "")
            f[f"prev_family:{_unit_family(pq.unit)}"] = 1.0
            f["same_family_as_prev"] = float(_unit_family(pq.unit) == _unit_family(q.unit))
            if ctx.prev_indicator and ctx.prev_gap <= 16:
                between = ctx.left[len(ctx.left) - ctx.prev_gap:] if ctx.prev_gap else ""
                own_cue = bool(self.cue_hits(between))
                f[f"prev_ind:{ctx.prev_indicator}"] = 0.5 if own_cue else 1.0
        return f
