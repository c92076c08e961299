"""A figure in a heading repeats a figure of the text below it, where its subject is named.

Headlines and sub-headings summarise (``水质达标率100%``, ``100%优良！某市交出生态环境成绩单``); the body says
whose rate it is (``全市集中式饮用水源地…达标率100%``, ``中心城区空气质量优良天数比例达到100%``).  ANNOTATION s.3:
the indicator is the thing measured, wherever named — so the heading's figure takes the indicator of the same
figure below it.  The echo must be the same quantity (value and unit) and be written with one of the heading's
own words near it (达标率, 优良), so that a 100% of another measure further down is not taken for it.  A heading
figure already read with an indicator keeps it (the heading named its subject), and a list count (三项桂冠) stays
a count.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

#: a heading: a short line that ends without a sentence's full stop
HEADING_MAX = 40
SENTENCE_MARK = re.compile(r"[。；;]")
#: how far below the heading its echo is looked for, and how near the echo a heading word must stand
ECHO_WINDOW = 2000
ECHO_NEAR = 12
#: compliance rates of waters, which a heading often names only as 水质达标率
COMPLIANCE_RATES = ("water.sections_compliance", "water.drinking_source_compliance")
#: list counts (三项桂冠, 4大工程) count items, never an indicator (GUIDELINES: list counts are other)
LIST_COUNT_UNITS = ("项", "項", "大")
#: the heading's words next to its figure that an echo must repeat (two characters of Chinese, no digits)
WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def heading_echo_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (indicator, None) for a heading's figure, from its echo in the text below."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if len(line.strip()) > HEADING_MAX or SENTENCE_MARK.search(line):
            continue
        words = _words_near(text[max(line_start, start - 6):start] + " " + text[end:min(line_end, end + 6)])
        if not words:
            continue
        echo = _echo(text, spans, i, line_end, words, current)
        if echo is not None and current[echo] != current[i] and _may_take(current[i], current[echo]):
            out[i] = (current[echo], None)
    return out


def _may_take(heading: str | None, echo: str | None) -> bool:
    """A heading's figure read as no indicator takes its echo's; one read with an indicator keeps it (the heading
    names its own subject: ``优良天数改善幅度全省第一``), except a compliance rate whose water the heading leaves
    unnamed (``水质达标率100%``: sections or drinking-water sources, as the text below says)."""
    return heading in ("other", None) or (heading in COMPLIANCE_RATES and echo in COMPLIANCE_RATES)


def _words_near(context: str) -> set[str]:
    """The two-character words of the heading around its figure (every pair of adjacent Chinese characters)."""
    return {context[k:k + 2] for k in range(len(context) - 1) if WORD.fullmatch(context[k:k + 2])}


def _echo(text: str, spans: list[tuple[int, int]], i: int, below: int, words: set[str],
          current: list[str | None]) -> int | None:
    """The first figure below the heading with the same value and unit, an indicator, and a heading word near it."""
    quantity = normalize_quantity(text[spans[i][0]:spans[i][1]])
    if quantity.value is None or quantity.unit in LIST_COUNT_UNITS:
        return None
    for j in range(i + 1, len(spans)):
        start, end = spans[j]
        if start < below:
            continue
        if start > below + ECHO_WINDOW:
            return None
        other = normalize_quantity(text[start:end])
        if (other.value, other.unit) != (quantity.value, quantity.unit) or current[j] in ("other", None):
            continue
        near = text[max(below, start - ECHO_NEAR):start]
        if any(word in near for word in words):
            return j
    return None
