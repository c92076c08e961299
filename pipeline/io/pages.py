"""What a web page really states: its publication date and whether it has any text.

trafilatura fills gaps: a page that only mentions "2023" gets the date
``2023-01-01``, and a navigation-only page yields "home" as its main text.
Both would pass as facts about the article, so they are checked against the
page itself here:

* :func:`stated_date` keeps a date only as precise as the page states it —
  a day, a month, or a year alone — and drops one the page never states;
* :func:`has_sentence` says whether the text holds at least one sentence
  (a run of words with sentence punctuation, or a long line), so a page of
  links becomes an error record instead of an ``ok`` record about "home".
"""

from __future__ import annotations

import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[，。！？；：,.!?;:]")


def _day_patterns(year: str, month: int, day: int | None) -> list[str]:
    m = f"0?{month}"
    sep = r"\s*[-/.年]\s*"
    if day is None:
        return [rf"{year}{sep}{m}(?!\d)", rf"{year}{month:02d}(?!\d)"]
    d = f"0?{day}"
    return [rf"{year}{sep}{m}\s*[-/.月]\s*{d}(?!\d)", rf"{year}{month:02d}{day:02d}(?!\d)"]


def stated_date(date: str | None, page: str) -> str | None:
    """``date`` (ISO, from trafilatura) cut to the precision ``page`` states it with; None if never stated.

    ``2023-01-01`` stays a day only if the page writes that day
    (``2023-01-01``, ``2023/1/1``, ``2023年1月1日``, ``20230101``); else it
    becomes ``2023-01`` if the month is written, ``2023`` if the year is,
    and nothing otherwise.
    """
    if not date:
        return None
    match = _ISO.match(str(date).strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month and day and any(re.search(p, page) for p in _day_patterns(year, int(month), int(day))):
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month and any(re.search(p, page) for p in _day_patterns(year, int(month), None)):
        return f"{year}-{int(month):02d}"
    if re.search(rf"(?<!\d){year}(?!\d)", page):
        return year
    return None


def has_sentence(text: str, min_letters: int = 6, long_line: int = 30) -> bool:
    """True when some line has ``min_letters`` letters and sentence punctuation, or ``long_line`` letters."""
    for line in text.splitlines():
        letters = len(_LETTER.findall(line))
        if letters >= long_line or (letters >= min_letters and _PUNCT.search(line)):
            return True
    return False
