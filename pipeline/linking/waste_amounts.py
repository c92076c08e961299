"""Tonnages of hazardous and medical waste are ``waste.hazardous``.

The taxonomy's ``waste.hazardous`` counts hazardous-waste sites, cases or tonnage; medical waste is on the
national hazardous-waste list, and pages report it in tonnes produced, collected or disposed of
(``全区医疗机构产生医疗废物1052吨``, ``累计处置医疗废物7566吨``).  The classifier, trained on 危险废物, leaves
医疗废物 tonnages ``other``.  The waste named last before the number in its clause decides; a general
solid waste named after it (``一般工业固体废物``) is another measure.
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

WASTE = re.compile(r"(?P<hazardous>医疗废物|醫療廢物|危险废物|危險廢物|危废|危廢)|(?P<other>一般(?:工业)?固(?:体)?废|固体废物|生活垃圾|建筑垃圾|污泥|废渣)")
CLAUSE_BREAK = re.compile(r"[，,。；;！？\n、]")
TONNES = re.compile(r"(?:万|萬)?(?:吨|噸)$")


def hazardous_tonnage_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (``waste.hazardous``, None) for tonnes of hazardous or medical waste named in the number's clause."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if current[i] == "waste.hazardous" or not TONNES.search(surface.rstrip("余多以上左右")):
            continue
        lo = max(0, start - 20)
        marks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
        hits = list(WASTE.finditer(text, max(marks) if marks else lo, start))
        if hits and hits[-1].lastgroup == "hazardous":
            out[i] = ("waste.hazardous", None)
    return out
