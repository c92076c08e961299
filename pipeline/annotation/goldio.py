"""Reading gold JSONL files (one :class:`~pipeline.schema.GoldDoc` a line).

A file may hold full documents (with ``text``) or offset-only ones (``text_sha256``
and no text, ``annotations/real``); the latter are joined with their texts from
``texts_dir`` (default: ``texts/`` beside the file), sha256-checked.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..schema import GoldDoc
from .offset_gold import is_offset_only, load_offset_gold


def read_gold(path: str | Path, texts_dir: str | Path | None = None, restored_only: bool = False) -> list[GoldDoc]:
    """All documents of a gold file; a bad line or a missing/changed text is a one-line ``ValueError``."""
    path = Path(path)
    docs: list[GoldDoc] = []
    offset_only: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if isinstance(obj, dict) and is_offset_only(obj):
                    offset_only.append(obj)
                    continue
                docs.append(GoldDoc.model_validate(obj))
            except ValueError as exc:
                raise ValueError(f"{path}:{lineno}: not a valid gold document "
                                 f"(run `ecoie validate {path}`): {str(exc).splitlines()[0]}") from None
    if offset_only:
        try:
            docs.extend(load_offset_gold(offset_only, path, Path(texts_dir) if texts_dir else None, restored_only))
        except FileNotFoundError as exc:
            raise ValueError(str(exc)) from None
    return docs
