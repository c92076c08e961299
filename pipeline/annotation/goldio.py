"""Reading gold JSONL files (one :class:`~pipeline.schema.GoldDoc` a line)."""

from __future__ import annotations

from pathlib import Path

from ..schema import GoldDoc


def read_gold(path: str | Path) -> list[GoldDoc]:
    """All documents of a gold file; a bad line is a one-line ``ValueError`` naming it."""
    path = Path(path)
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    docs.append(GoldDoc.model_validate_json(line))
                except ValueError as exc:
                    raise ValueError(f"{path}:{lineno}: not a valid gold document "
                                     f"(run `ecoie validate {path}`): {str(exc).splitlines()[0]}") from None
    return docs
