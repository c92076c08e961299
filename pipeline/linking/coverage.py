"""Coverage rates: which cover a 覆盖率 measures decides whether it is forest coverage.

GUIDELINES (Indicators): forest cover of a city or county is ``ecology.forest_coverage``; other
measures without a taxonomy id are ``other``.  Pages write forest cover as 森林覆盖率 or 林木覆盖率
(tree cover, the same measure in plains counties), and beside it report greening of the built-up
area (建成区绿化覆盖率, 绿地率) and grassland vegetation (植被覆盖率, 综合植被盖度), which are not
forest.  The classifier, trained on 森林覆盖率, reads any 覆盖率 as forest and misses 林木覆盖率.
The cover named last before the number, in its own clause, decides; a list read with 分别 is left to
the list rules, and a number written before its noun (``33.8%的林木覆盖率``) takes that noun.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

#: the cover named before the number, nearest last; group says which
COVER = re.compile(r"(?P<forest>森林覆盖率|森林覆蓋率|林木覆盖率|林木覆蓋率|森林覆盖|森林覆蓋|林木覆盖|林木覆蓋)"
                   r"|(?P<other>(?:绿化|綠化|植被|绿地|綠地|草原|草地)[^，,。；;、\d]{0,8}?(?:覆盖率|覆蓋率|盖度|蓋度)|绿化率|綠化率|绿地率|綠地率)")
#: the cover named right after the number: ``凭借33.8%的林木覆盖率``
COVER_AFTER = re.compile(r"的?(?:" + COVER.pattern + ")")
CLAUSE_BREAK = re.compile(r"[，,。；;！？\n、]")
RESPECTIVELY = re.compile(r"分别|分別")


def coverage_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Forest cover (森林/林木覆盖率) is ``ecology.forest_coverage``; greenery and vegetation cover are ``other``."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit != "%":
            continue
        lo = max(0, start - 30)
        marks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
        left = text[max(marks) if marks else lo:start]
        after = COVER_AFTER.match(text, end)
        if after:
            kind = "forest" if after.group("forest") else "other"
        else:
            if RESPECTIVELY.search(left):
                continue
            hits = list(COVER.finditer(left))
            if not hits:
                continue
            kind = hits[-1].lastgroup
        out[i] = ("ecology.forest_coverage" if kind == "forest" else "other", None)
    return out
