"""Content hashes of files, read in blocks (models are tens of MB)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def update_from_file(digest: "hashlib._Hash", path: Path) -> None:
    """Feed ``path``'s bytes into ``digest``."""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    update_from_file(digest, path)
    return digest.hexdigest()
