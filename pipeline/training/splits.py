"""The fixed held-out split of the domain training documents.

A document is held out when its id hashes into fold 0 of ``DEV_FOLD``:
stable across runs and machines, independent of file order.  Trainers
leave these documents out; ``ecoie evaluate --split heldout`` scores them.
"""

from __future__ import annotations

import hashlib

DEV_FOLD = 5


def is_heldout(doc_id: str, fold: int = DEV_FOLD) -> bool:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % fold == 0


def select(docs, split: str | None, fold: int = DEV_FOLD):
    """Documents of a split: ``heldout``, ``train`` (the rest), or all when ``None``."""
    if split in (None, "", "all"):
        return list(docs)
    if split == "heldout":
        return [d for d in docs if is_heldout(d.id, fold)]
    if split == "train":
        return [d for d in docs if not is_heldout(d.id, fold)]
    raise ValueError(f"unknown split {split!r}: choose heldout, train or all")
