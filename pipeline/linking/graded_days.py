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


#: days counted by their grade's name (优90天, 良87天, 二级(良)为26天, 一级优6天, 二级(良)以上天数共计31天): the
#: grades 优 and 良 are the good days (ANNOTATION s.2), each grade's count a count of good days
GRADE_NAMED_DAYS_BEFORE = re.compile(r"(?:(?<=[，,、；;：:（(\s])|(?<=其中)|(?<=[级級天]))"
                                     r"(?:(?:[ⅠⅡ]|I{1,2}|[一二])[级級])?[（(]?(?:优良|優良|优|優|良)[）)]?"
                                     r"(?:级|級)?(?:以上)?(?:的)?(?:天数|天數)?(?:为|為|共计|共計|达到|達到|达|達|有|共)?$")
#: the share of the period's monitored days right after a count of good days (…良26天，占月监测天数的83.9%)
SHARE_OF_DAYS_BEFORE = re.compile(r"占(?:全年|全月|当月|當月|月|年|同期|总|總|有效)?(?:监测|監測)?(?:天数|天數)(?:的)?$")


def graded_day_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (good-day indicator, ``value``) for the count or share of days graded at or better than a class,
    or counted by a good grade's name, and the share of the monitored days such a count makes."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        unit = normalize_quantity(text[start:end]).unit
        graded = GRADED_DAYS_BEFORE.search(text, max(0, start - 24), start)
        if graded:
            if graded.group("share") and unit == "%":
                out[i] = ("air.good_days_ratio", "value")
            elif not graded.group("share") and unit == "days":
                out[i] = ("air.good_days", "value")
            continue
        if unit == "days" and GRADE_NAMED_DAYS_BEFORE.search(text, max(0, start - 16), start):
            out[i] = ("air.good_days", "value")
        elif unit == "%" and SHARE_OF_DAYS_BEFORE.search(text, max(0, start - 12), start) and i > 0 \
                and out.get(i - 1, (None,))[0] == "air.good_days" and spans[i - 1][1] >= start - 16:
            out[i] = ("air.good_days_ratio", "value")
    return out
