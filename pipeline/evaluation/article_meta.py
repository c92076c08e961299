"""Scoring the article's own place and date: ``meta.province``, ``city``, ``county`` and ``published``.

An analyst files every figure under the article's place and date, so a wrong ``meta.county`` (a
city-level article given the first county it mentions) or a ``published`` taken from a body date
misfiles a whole article.  Gold documents of the real-article set carry these fields (the manifest's
answers); the scorer compares them field by field as one tuple each, so the usual precision and recall
say what a user meets:

* a field the gold document leaves out altogether (most written documents and the seeds give only
  ``city``) is not scored;
* a field gold sets to null is scored: a predicted value there is a false alarm (``meta.county`` on an
  article that is not about a county);
* places are compared as divisions, not strings: ``克孜勒苏柯尔克孜自治州`` and ``克州``, ``聊城`` and
  ``聊城市`` name the same prefecture; dates are compared as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: the article fields scored, in report order
META_FIELDS = ("province", "city", "county", "published")
#: the division table the pipeline reads places with (``components.gazetteer.divisions``)
DIVISIONS = "configs/gazetteers/divisions.tsv"
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@lru_cache(maxsize=1)
def _prefecture_abbreviations() -> dict[str, str]:
    """Autonomous prefectures written by their first character and 州 (克州, 巴州, 博州, 昌州), as pages
    of their own region write them; only where that short form names one prefecture and no other
    division is written so."""
    from ..components.context import load_divisions

    table = load_divisions(DIVISIONS)
    seen: dict[str, set[str]] = {}
    for div in table.values():
        if div.level == "city" and div.name.endswith("自治州"):
            seen.setdefault(div.name[0] + "州", set()).add(div.name)
    return {short: next(iter(names)) for short, names in seen.items() if len(names) == 1 and short not in table}


def canonical_place(name: str | None) -> str | None:
    """The division's full name for any way of writing it, else the name with spaces removed."""
    if not name:
        return None
    from ..components.context import load_divisions

    name = re.sub(r"\s+", "", str(name))
    div = load_divisions(DIVISIONS).get(name)
    if div is not None:
        return div.name
    return _prefecture_abbreviations().get(name, name)


def canonical_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` of a date written with -, /, . or 年月日; any other value as written."""
    if not value:
        return None
    m = _ISO_DATE.match(str(value))
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else str(value)


def _canonical(field: str, value: Any) -> str | None:
    return canonical_date(value) if field == "published" else canonical_place(value)


def meta_field_sets(gold_meta: dict[str, Any], pred_meta: dict[str, Any]):
    """(field, gold set, predicted set) for each field the gold document scores: at most one
    (field, value) tuple each, so a wrong value counts once as a false alarm and once as a miss."""
    for field in META_FIELDS:
        if field not in gold_meta:
            continue
        gold = _canonical(field, gold_meta.get(field))
        pred = _canonical(field, (pred_meta or {}).get(field))
        yield field, ({(field, gold)} if gold else set()), ({(field, pred)} if pred else set())
