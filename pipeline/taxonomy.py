"""The indicator taxonomy, read from ``configs/indicators.tsv``.

The taxonomy is configuration, not code: adding a row (and annotations for
it) is all it takes to teach the pipeline a new indicator.  Ids are stable:
rows are added, never renamed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import CONFIG_DIR

DEFAULT_TAXONOMY = CONFIG_DIR / "indicators.tsv"


@dataclass(frozen=True)
class Indicator:
    id: str
    domain: str
    name_zh: str
    cues: tuple[str, ...]
    unit: str
    description: str


@lru_cache(maxsize=8)
def load_taxonomy(path: str | Path = DEFAULT_TAXONOMY) -> dict[str, Indicator]:
    """Return the indicators keyed by id, in file order."""
    out: dict[str, Indicator] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for row in reader:
            ind_id = (row.get("id") or "").strip()
            if not ind_id:
                continue
            cues = tuple(c.strip() for c in (row.get("cues") or "").split("|") if c.strip())
            out[ind_id] = Indicator(
                id=ind_id,
                domain=(row.get("domain") or "").strip(),
                name_zh=(row.get("name_zh") or "").strip(),
                cues=cues,
                unit=(row.get("unit") or "").strip(),
                description=(row.get("what it counts") or "").strip(),
            )
    if "other" not in out:
        out["other"] = Indicator("other", "other", "其他", (), "", "not an indicator")
    return out


def indicator_ids(path: str | Path = DEFAULT_TAXONOMY) -> frozenset[str]:
    return frozenset(load_taxonomy(path))
