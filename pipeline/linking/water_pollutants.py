"""Surface-water concentrations in mg/L take the pollutant named last before them in their sentence.

GUIDELINES (Indicators): concentrations of COD, ammonia nitrogen and total phosphorus in rivers, sections and
lakes — and their goals — are ``water.cod``, ``water.ammonia_nitrogen``, ``water.total_phosphorus``.  Pages
write the figure away from the pollutant's name (``主要污染物氨氮由12.6毫克/升下降到0.57毫克/升``,
``总磷平均浓度为0.05mg/L，达到考核目标值0.07mg/L的要求``), and the classifier, seeing no name right
before it, answers ``other``.  Total nitrogen and the permanganate index have no taxonomy id: named last,
they keep the figure ``other``, and so do a plant's effluent and discharge standards (``出水化学需氧量稳定低于
30毫克/升的提标要求``).
"""

from __future__ import annotations

import re

from ..grammar.values import normalize_quantity

Decision = tuple[str | None, str | None]

WATER_POLLUTANT = re.compile(
    r"(?P<cod>化学需氧量|化學需氧量|COD)"
    r"|(?P<nh>氨氮|NH3-N)"
    r"|(?P<tp>总磷|總磷)"
    r"|(?P<none>总氮|總氮|高锰酸盐指数|高錳酸鹽指數|溶解氧|氟化物|石油类|石油類)")
INDICATOR = {"cod": "water.cod", "nh": "water.ammonia_nitrogen", "tp": "water.total_phosphorus", "none": None}
MG_PER_L = re.compile(r"(?:毫克|mg)\s*/\s*(?:升|L|l)$", re.I)
EFFLUENT = re.compile(r"出水|尾水|排放|污水处理|提标|排口")
SENTENCE_BREAK = re.compile(r"[。！？!?\n；;]")


def water_concentration_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (water pollutant indicator, None) for mg/L figures the classifier left ``other``."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "other" or not MG_PER_L.search(text[start:end].rstrip("以下以上左右")):
            continue
        lo = max(0, start - 80)
        s_start = max((m.end() for m in SENTENCE_BREAK.finditer(text, lo, start)), default=lo)
        hits = list(WATER_POLLUTANT.finditer(text, s_start, start))
        if EFFLUENT.search(text, s_start, end + 8):
            continue  # a plant's effluent or its discharge standard is no surface-water concentration
        if hits and INDICATOR[hits[-1].lastgroup]:
            out[i] = (INDICATOR[hits[-1].lastgroup], None)
    return out
