"""Days whose air was graded at or better than a class: ``好于二级天数达到301天``, ``达到或优于二级天数比例100%``.

The comparative (好于, 优于) names the kind of day counted — a day at grade I or II is a good day (ANNOTATION s.2:
优良 = AQI grade I–II) — so the number is the count or share of good days, a value, not a difference from the
class.  The classifier, which reads 优于 as a change word, says ``change``; the construction decides both the
indicator (a day count → ``air.good_days``, a share → ``air.good_days_ratio``) and the role.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

#: (达到或)优于/好于 (国家)一级/二级(标准)(的)天数(比例) and a copula, right before the number
GRADED_DAYS_BEFORE = re.compile(r"(?:优于|優於|好于|好於)(?:国家|國家|环境空气质量|環境空氣質量)?(?:[ⅠⅡ]|I{1,2}|[一二])[级級]"
                                r"(?:标准|標準)?(?:的)?(?P<days>天数|天數|天)(?P<share>比例|比率|占比|佔比)?"
                                r"(?:为|為|达到|達到|达|達|是|共|有)?$")


def graded_day_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (good-day indicator, ``value``) for the count or share of days graded at or better than a class."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        graded = GRADED_DAYS_BEFORE.search(text, max(0, start - 24), start)
        if not graded:
            continue
        unit = normalize_quantity(text[start:end]).unit
        if graded.group("share") and unit == "%":
            out[i] = ("air.good_days_ratio", "value")
        elif not graded.group("share") and unit == "days":
            out[i] = ("air.good_days", "value")
    return out
