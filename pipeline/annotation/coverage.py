"""Coverage of a gold set: documents per genre and province, spans per label,
quantities per indicator and role.

``python -m pipeline.annotation.coverage annotations/train/train.jsonl [--markdown]``
prints the table README.md shows; :func:`coverage` returns the numbers the
tests check against the training-set requirements.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

from ..schema import GoldDoc
from .goldio import read_gold
from ..taxonomy import load_taxonomy


@dataclass
class Coverage:
    documents: int = 0
    characters: list[int] = field(default_factory=list)
    genres: Counter = field(default_factory=Counter)
    provinces: Counter = field(default_factory=Counter)
    scripts: Counter = field(default_factory=Counter)
    noise: int = 0
    labels: Counter = field(default_factory=Counter)
    indicators: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    indicator_roles: Counter = field(default_factory=Counter)
    officials: int = 0
    events: Counter = field(default_factory=Counter)


def coverage(docs: list[GoldDoc]) -> Coverage:
    cov = Coverage(documents=len(docs))
    for d in docs:
        cov.characters.append(len(d.text))
        cov.genres[d.meta.get("genre", "unknown")] += 1
        cov.provinces[d.meta.get("province", "unknown")] += 1
        cov.scripts[d.meta.get("script", "simplified")] += 1
        cov.noise += bool(d.meta.get("noise"))
        for s in d.spans:
            cov.labels[s.label] += 1
            if s.label == "QUANTITY":
                cov.indicators[s.indicator] += 1
                cov.roles[s.role] += 1
                cov.indicator_roles[(s.indicator, s.role)] += 1
        cov.officials += len(d.officials)
        for e in d.events:
            cov.events[e.type] += 1
    return cov


def render_markdown(cov: Coverage) -> str:
    out = [f"{cov.documents} documents, {sum(cov.characters):,} characters "
           f"({min(cov.characters)}–{max(cov.characters)} per document); "
           f"{cov.scripts.get('traditional', 0)} traditional, {cov.noise} with web-page noise; "
           f"{len(cov.provinces)} provinces; {cov.officials} officials; "
           + ", ".join(f"{n} {t}" for t, n in sorted(cov.events.items())) + " events", ""]
    out.append("| genre | documents |\n|---|---|")
    out += [f"| {g} | {n} |" for g, n in sorted(cov.genres.items())]
    out.append("")
    out.append("| province | documents |\n|---|---|")
    out += [f"| {p} | {n} |" for p, n in sorted(cov.provinces.items(), key=lambda kv: (-kv[1], kv[0]))]
    out.append("")
    out.append("| label | spans |\n|---|---|")
    out += [f"| {lab} | {n} |" for lab, n in sorted(cov.labels.items())]
    out.append("")
    out.append("| indicator | value | change | rank | target | total |\n|---|---|---|---|---|---|")
    for ind in load_taxonomy():
        row = [cov.indicator_roles.get((ind, r), 0) for r in ("value", "change", "rank", "target")]
        out.append(f"| {ind} | " + " | ".join(map(str, row)) + f" | {cov.indicators.get(ind, 0)} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print(__doc__)
        return 2
    docs = []
    for a in argv:
        docs.extend(read_gold(a))
    print(render_markdown(coverage(docs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
