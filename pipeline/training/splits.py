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


#: splits stated in a document's own ``meta.split`` (the real-article set)
STATED_SPLITS = ("dev", "test")


def select(docs, split: str | None, fold: int = DEV_FOLD):
    """Documents of a split: ``heldout``, ``train`` (the rest), ``dev``/``test`` (as the gold states), or all."""
    if split in (None, "", "all"):
        return list(docs)
    if split in STATED_SPLITS:
        return [d for d in docs if d.meta.get("split") == split]
    if split == "heldout":
        return [d for d in docs if is_heldout(d.id, fold)]
    if split == "train":
        return [d for d in docs if not is_heldout(d.id, fold)]
    raise ValueError(f"unknown split {split!r}: choose heldout, train, dev, test or all")


def trainable(docs):
    """Documents a trainer may learn from: never the seeds, never the real-article set.

    The seeds are the development set and the real articles (``meta.split``
    dev/test) the measuring stick; training on either would make their figures
    meaningless, so trainers take their documents only through this filter.
    """
    return [d for d in docs if not d.id.startswith("seed") and d.meta.get("split") not in STATED_SPLITS]
