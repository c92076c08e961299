"""One canonical form for reporting periods, with their first and last days.

A quantity's ``period`` is always one of (ANNOTATION.md s.3):

* a year ``2024``, a half ``2024-H1``, a quarter ``2024-Q3``, a month ``2024-03``;
* otherwise an ISO range ``2024-01/2024-07`` (months) or ``2024-03-01/2024-03-12`` (days);

so that the same half-year never appears as ``2024-H1`` in one record and
``2024-01/2024-06`` in another.  ``period_start`` and ``period_end`` are the
first and last days.  A date whose year is unknown (``XXXX-03-12``) has no
period: a year is never invented.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

#: season codes of :mod:`pipeline.grammar.dates` -> (first month, last month, last month is next year)
SEASON_MONTHS = {"SP": (3, 5, False), "SU": (6, 8, False), "AU": (9, 11, False), "WI": (12, 2, True),
                 "AW": (10, 3, True), "WS": (12, 3, True), "SA": (6, 11, False), "SS": (3, 8, False)}

CANONICAL = re.compile(r"\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2]))?"
                       r"|\d{4}-\d{2}/\d{4}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Period:
    period: str
    start: str
    end: str


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months(y1: int, m1: int, y2: int, m2: int) -> Period | None:
    """A month range in its shortest canonical name."""
    if (y2, m2) < (y1, m1) or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    start, end = f"{y1}-{m1:02d}-01", f"{y2}-{m2:02d}-{_last_day(y2, m2):02d}"
    if y1 == y2:
        if (m1, m2) == (1, 12):
            return Period(str(y1), start, end)
        if (m1, m2) in ((1, 6), (7, 12)):
            return Period(f"{y1}-H{1 if m1 == 1 else 2}", start, end)
        if m2 - m1 == 2 and m1 % 3 == 1:
            return Period(f"{y1}-Q{(m1 - 1) // 3 + 1}", start, end)
        if m1 == m2:
            return Period(f"{y1}-{m1:02d}", start, end)
    return Period(f"{y1}-{m1:02d}/{y2}-{m2:02d}", start, end)


def _point(value: str) -> tuple[int, int, int | None] | None:
    """``2024``, ``2024-03``, ``2024-03-12`` (time of day dropped) as (year, month, day)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0), int(m.group(3)) if m.group(3) else None


def canonical_period(norm: str | None) -> Period | None:
    """The canonical period of a normalised DATE value, or None when it names no whole period."""
    if not norm or "X" in norm:
        return None
    m = re.fullmatch(r"(\d{4})-H([12])", norm)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return _months(y, 1 if h == 1 else 7, y, 6 if h == 1 else 12)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", norm)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return _months(y, 3 * q - 2, y, 3 * q)
    m = re.fullmatch(r"(\d{4})-([A-Z]{2})", norm)
    if m and m.group(2) in SEASON_MONTHS:
        y = int(m.group(1))
        first, last, next_year = SEASON_MONTHS[m.group(2)]
        return _months(y, first, y + 1 if next_year else y, last)
    if "/" in norm:
        a, b = (_point(x) for x in norm.split("/", 1))
        if not a or not b:
            return None
        (y1, m1, d1), (y2, m2, d2) = a, b
        if d1 is None and d2 is None:
            return _months(y1, m1 or 1, y2, m2 or 12)
        start = f"{y1}-{m1 or 1:02d}-{d1 or 1:02d}"
        end = f"{y2}-{m2 or 12:02d}-{d2 or _last_day(y2, m2 or 12):02d}"
        return Period(f"{start}/{end}", start, end) if start <= end else None
    point = _point(norm)
    if not point:
        return None
    y, mo, d = point
    if not mo:
        return _months(y, 1, y, 12)
    if d is None:
        return _months(y, mo, y, mo)
    day = f"{y}-{mo:02d}-{d:02d}"
    return Period(f"{day}/{day}", day, day)


def is_canonical(period: str) -> bool:
    return bool(CANONICAL.fullmatch(period))
