"""Writing records: JSONL, atomically.

Records go to a temporary file beside the target, renamed into place only
when the run completes, so an interrupted run never leaves a half-written
output.  Write failures (disk full, read-only folder) become one
:class:`WriteError` with a one-line message, and the temporary file is removed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from ..schema import Record


class WriteError(OSError):
    """The output could not be written."""


def record_line(record: Record) -> str:
    return json.dumps(record.to_json_dict(), ensure_ascii=False) + "\n"


class AtomicJsonlWriter:
    """Context manager: ``with AtomicJsonlWriter(path) as w: w.write(record)``."""

    def __init__(self, path: str | Path):
        self.path = None if str(path) == "-" else Path(path)
        self._fh: IO[str] | None = None
        self._tmp: str | None = None
        self.count = 0

    def __enter__(self) -> "AtomicJsonlWriter":
        if self.path is None:
            self._fh = sys.stdout
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
            self._fh = os.fdopen(fd, "w", encoding="utf-8")
        except OSError as exc:
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return self

    def write(self, record: Record) -> None:
        try:
            self._fh.write(record_line(record))
        except OSError as exc:
            self._discard()
            raise WriteError(f"cannot write {self.path or 'stdout'}: {exc.strerror or exc}") from None
        self.count += 1

    def _discard(self) -> None:
        if self._fh is not None and self.path is not None:
            try:
                self._fh.close()
            except OSError:
                pass
        if self._tmp and os.path.exists(self._tmp):
            os.unlink(self._tmp)
        self._fh = None

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            if self._fh is not None:
                self._fh.flush()
            return
        if exc_type is not None or self._fh is None:
            self._discard()
            return
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self._discard()
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self._fh = None
