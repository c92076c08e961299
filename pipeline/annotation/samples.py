"""Long inputs made of real annotation text, for the long-document benchmark and its tests.

Windowing, sentence splitting and per-character cost only show on documents far longer
than an article; joining the written training documents (repeated as needed) gives such a
document with the punctuation, lists and numbers the pipeline meets in practice.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..paths import PROJECT_DIR

TRAIN_JSONL = PROJECT_DIR / "annotations" / "train" / "train.jsonl"


def long_text(chars: int, gold: Path = TRAIN_JSONL) -> str:
    """The texts of ``gold`` (a gold JSONL file) joined by newlines, repeated and cut to ``chars`` characters."""
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        raise ValueError(f"{gold}: no documents to build a long text from")
    text = "\n".join(texts)
    while len(text) < chars:
        text += "\n" + text
    return text[:chars]
