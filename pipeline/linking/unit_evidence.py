"""The unit as evidence against an indicator: a number cannot measure what its unit rules out.

The classifier scores indicators from the words around a number and can land on one whose unit
(``configs/indicators.tsv``, column ``unit``) the number cannot have: a concentration read as
rectified inspection issues (``最差的是某市，为61μg/m3``), a sum of money read as a pollutant
(``分别为3.82亿元``), a number of days read as rectifications in a table of air figures.  ANNOTATION s.3
says the indicator is the thing measured; a thing measured in µg/m³ is a pollutant's concentration.

* a concentration in air units (µg/m³, mg/m³) takes the air pollutant last named before it in its
  sentence, and a concentration in mg/L the water pollutant (COD, ammonia nitrogen, total phosphorus);
  with none named, ``other``;
* a sum of money takes the indicator of the sum of money just before it in the same or the previous
  sentence when that one is an amount (``处罚金额超过1亿元的有A市、B市，分别为3.82亿元、1.95亿元``), else
  ``other``;
* a span of time in hours, weeks or months (``全天24小时监控``, ``进驻1个月``) is never a count or a share: ``other``;
* a count of times (``启动重污染天气应急13次``) is never a count of days: ``other``;
* a count with a measure word (``Ⅰ-Ⅲ类水质断面336个``) is never a share (an indicator the taxonomy
  measures in %): ``other`` — counts of sections, points and sources are outside the taxonomy;
* percentage points (``上升3.2个百分点``) never measure a count of days: good days become their share,
  other day counts ``other``;
* a number of days or years is never a count of issues, projects, cases or a share: ``other`` (years
  without a radiation accident are the exception the guidelines make);
* a length (``新建管网48.6公里``, ``巡河里程2万公里``) measures nothing the taxonomy holds — no row has a length
  for its unit, and GUIDELINES s.3 lists lengths with the counts that are ``other``.

Only indicators the unit rules out are replaced; ``other`` and every compatible answer are kept.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity
from ..taxonomy import load_taxonomy
from .contract_rules import POLLUTANT_NAMES, SENTENCE_BREAK, Decision, last_named

AIR_UNITS = ("µg/m³", "mg/m³")
WATER_POLLUTANT_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("water.cod", re.compile(r"化学需氧量|化學需氧量|COD")),
    ("water.ammonia_nitrogen", re.compile(r"氨氮|NH3-N")),
    ("water.total_phosphorus", re.compile(r"[总總]磷|(?<![A-Za-z])TP(?![A-Za-z])")),
)
#: indicators measured in days, or whose unit the taxonomy leaves open
DAY_UNITS = ("days", "years")
#: counts of days that their indicator does measure: accident-free years (GUIDELINES), good days as a share
#: (the unit rule reads those as good days)
DAYS_ALLOWED = ("radiation.safety", "air.good_days_ratio")
#: taxonomy units a number of days or years can never have
NOT_DAYS = ("count", "%", "count or %", "CNY", "CNY or count", "count or CNY", "index", "µg/m³", "mg/m³", "mg/L")

#: spans of time shorter than a day or longer than one (全天24小时监控, 进驻1个月): never a count or a share
DURATION_UNITS = ("hours", "小時", "months", "weeks", "minutes", "个工作日", "個工作日")
#: a count of times (预警5次, 应急响应13次) is never a count of days (天次, day-times, is a unit of its own)
TIMES_UNITS = ("次",)
#: things counted with a measure word (断面336个, 劣Ⅴ类断面1个, 监测点位12处) are never a share
COUNT_UNITS = ("个", "個", "条", "條", "处", "處", "座", "家", "项", "項", "件", "起", "次", "批", "所", "口", "段")
#: lengths: no indicator of the taxonomy is measured in them
LENGTH_UNITS = ("km", "m")


def unit_evidence_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Indicators the unit rules out, replaced by what the unit and the sentence allow (see module doc)."""
    taxonomy = load_taxonomy()
    units = [normalize_quantity(text[s:e]).unit for s, e in spans]
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        indicator, unit = current[i], units[i]
        if indicator in (None, "other") or indicator not in taxonomy:
            continue
        allowed = taxonomy[indicator].unit
        s_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
        if unit in LENGTH_UNITS:
            out[i] = ("other", None)
        elif unit in AIR_UNITS and allowed not in AIR_UNITS:
            out[i] = (last_named(POLLUTANT_NAMES, text[s_start:start]) or "other", None)
        elif unit == "mg/L" and allowed != "mg/L":
            out[i] = (last_named(WATER_POLLUTANT_NAMES, text[s_start:start]) or "other", None)
        elif unit == "CNY" and "CNY" not in allowed:
            p_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, s_start - 300), max(0, s_start - 1))),
                          default=max(0, s_start - 300))
            before = [j for j in range(i) if units[j] == "CNY" and spans[j][0] >= p_start]
            previous = out.get(before[-1], (current[before[-1]],))[0] if before else None
            amount = previous not in (None, "other") and "CNY" in taxonomy.get(previous, taxonomy["other"]).unit
            out[i] = (previous if amount else "other", None)
        elif unit in DAY_UNITS and allowed in NOT_DAYS and indicator not in DAYS_ALLOWED:
            out[i] = ("other", None)
        elif unit in DURATION_UNITS and allowed in NOT_DAYS:
            out[i] = ("other", None)
        elif unit in TIMES_UNITS and allowed == "days":
            out[i] = ("other", None)
        elif unit in COUNT_UNITS and allowed == "%":
            out[i] = ("other", None)
        elif unit == "pp" and allowed == "days":
            # percentage points move a share, never a count of days: good days' share has its own id
            out[i] = ("air.good_days_ratio" if indicator == "air.good_days" else "other", None)
    return out
