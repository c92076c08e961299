"""Put several `ecoie evaluate --json` results side by side as the README's Markdown table.

    .venv/bin/ecoie evaluate annotations/real/gold.jsonl --split dev --json > dev.json
    .venv/bin/ecoie evaluate annotations/real/gold.jsonl --split dev --pred base.jsonl --json > dev-base.json
    .venv/bin/python benchmarks/figures_table.py "real-dev before=dev-base.json" "real-dev now=dev.json"

Every row is a metric of ANNOTATION.md section 7 (entities per label, indicator
linking, officials, event slots), then the article's own place and date (``meta``:
"—" where the gold does not give the field); the figures are the JSON's own, rounded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LABELS = ("ORG", "PERSON", "TITLE", "GPE", "LOC", "DATE", "QUANTITY")


def rows(result: dict) -> list[tuple[str, float | None]]:
    ents, ind, off, ev = result["entities"], result["indicators"], result["officials"], result["events"]
    out: list[tuple[str, float | None]] = [("entity micro F1", ents["micro"]["f1"]),
                                           ("entity partial F1", ents["partial"]["f1"])]
    out += [(f"  {lab} F1", ents["per_label"].get(lab, {}).get("f1")) for lab in LABELS]
    out += [
        ("gold entities missed inside ignored ranges", float(ents.get("missed_in_ignored", {}).get("total", 0))),
        ("indicator accuracy", ind["indicator_accuracy"]),
        ("(indicator, role) accuracy", ind["indicator_role_accuracy"]),
        ("(indicator, role, direction) accuracy", ind.get("indicator_role_direction_accuracy")),
        ("direction accuracy (gold changes)", ind.get("direction_accuracy")),
        ("end-to-end link F1", ind["link"]["f1"]),
        ("officials (person, title) F1", off["person_title"]["f1"]),
        ("officials (person, org) F1", off["person_org"]["f1"]),
        ("event slots F1", ev["all_slots"]["f1"]),
    ]
    out += [(f"  event {slot} F1", _f1(ev["slots"][slot])) for slot in ("date", "organizer", "speaker", "moderator")]
    out += [("  enforcement (indicator, value) F1", _f1(ev["enforcement_metrics"])),
            ("  enforcement jurisdiction F1", _f1(ev["enforcement_jurisdictions"]))]
    article = result.get("article", {})
    out += [(f"article {field} F1", article[field]["f1"] if field in article else None)
            for field in ("province", "city", "county", "published")]
    return out


def _f1(prf: dict) -> float | None:
    """The F1, or None (shown as —) when the set holds no such item and none was predicted: no score, not 0."""
    if not prf.get("tp") and not prf.get("fp") and not prf.get("fn") and "tp" in prf:
        return None
    return prf["f1"]


def fmt(value: float | None, name: str) -> str:
    if value is None:
        return "—"
    return f"{int(value)}" if name.startswith("gold entities missed") else f"{value:.3f}"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    columns = []
    for arg in argv:
        name, _, path = arg.rpartition("=")
        result = json.loads(Path(path).read_text(encoding="utf-8"))
        columns.append((name or path, result))
    print("| measure | " + " | ".join(f"{n} ({r['documents']['gold']} docs)" for n, r in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    table = [rows(r) for _, r in columns]
    for i, (name, _) in enumerate(table[0]):
        print(f"| {name} | " + " | ".join(fmt(t[i][1], name) for t in table) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
