"""The output file of a run: written as a journal, put in place only when the run completes.

Records are appended to ``<out>.part`` as they are produced (flushed after
every chunk), and the finished journal is renamed to ``<out>``.  So:

* a completed run leaves exactly ``<out>``;
* an interrupted or killed run leaves ``<out>.part``, never a half-written
  ``<out>``; ``--resume`` picks the journal up, trusts every complete line
  in it (a torn last line is cut off) and skips the documents those lines
  already cover;
* a write failure (disk full, read-only folder) removes the journal and
  raises :class:`~pipeline.io.writers.WriteError` with one line to show.

A resumed run ends with the same file an uninterrupted run writes: lines are
re-ordered into input order when the journal is not already in it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import IO, Iterable, Optional

from ..io.writers import WriteError

Key = tuple[str, Optional[str], Optional[str]]


def line_entry(line: str) -> tuple[Key, str] | None:
    """``((doc_id, text_sha256, model_version), status)`` of a record line, or None when it is not one."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict) or "doc_id" not in data:
        return None
    return (data["doc_id"], data.get("text_sha256"), data.get("model_version")), str(data.get("status"))


class OutputJournal:
    """``<out>.part`` while the run lasts, ``<out>`` once it is committed."""

    def __init__(self, path: str | Path, resume: bool = False):
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.resume = resume
        #: lines already in the journal when the run started: key -> (offset, length)
        self.done: dict[Key, tuple[int, int]] = {}
        self._fh: IO[bytes] | None = None
        #: bytes of journal lines that a resumed run replaces (error records, redone)
        self._stale_bytes = 0

    # --- opening ------------------------------------------------------------------

    def open(self) -> "OutputJournal":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.resume and not self.part.exists() and self.path.exists():
                shutil.copyfile(self.path, self.part)  # resume a finished run: keep <out> until commit
            if self.resume and self.part.exists():
                self._index_existing()
                self._fh = open(self.part, "ab")
            else:
                self._fh = open(self.part, "wb")
        except OSError as exc:
            self._remove_part()
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return self

    def _index_existing(self) -> None:
        """Index the journal's complete lines; cut a torn tail left by a kill.

        Error records are not indexed, so a resumed run tries those documents
        again (a worker that died, a full disk at the time); their old lines
        are dropped when the journal is put in order.
        """
        good_end = 0
        with open(self.part, "rb") as fh:
            offset = 0
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                entry = line_entry(raw.decode("utf-8", errors="replace"))
                if entry is None:
                    break
                key, status = entry
                if status == "error" or key in self.done:
                    self._stale_bytes += len(raw)
                else:
                    self.done[key] = (offset, len(raw))
                offset += len(raw)
                good_end = offset
        if good_end != self.part.stat().st_size:
            os.truncate(self.part, good_end)

    # --- writing --------------------------------------------------------------------

    def write_lines(self, items: Iterable[tuple[Key, str]]) -> None:
        try:
            for key, line in items:
                offset = self._fh.tell()
                self._fh.write(line.encode("utf-8"))
                if self.resume and key not in self.done:
                    self.done[key] = (offset, self._fh.tell() - offset)
            self._fh.flush()
        except OSError as exc:
            self.abort(keep=False)
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def commit(self, order: list[Key] | None = None, errors: Path | None = None) -> None:
        """Finish: fsync, re-order into ``order`` if needed, rename into place, write ``errors``."""
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
            if order is not None and not self._journal_follows(order):
                self._rewrite_in_order(order)
            if errors is not None and self.resume:
                self._write_errors(errors)
            os.replace(self.part, self.path)
        except OSError as exc:
            self.abort(keep=False)
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def abort(self, keep: bool) -> None:
        """Stop writing; keep the journal for ``--resume`` (unless empty) or remove it (failed writes)."""
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:
                pass
            self._fh = None
        try:
            empty = self.part.stat().st_size == 0
        except OSError:
            empty = True
        if not keep or empty:
            self._remove_part()

    def _remove_part(self) -> None:
        try:
            self.part.unlink()
        except FileNotFoundError:
            pass

    # --- ordering -------------------------------------------------------------------

    def _journal_follows(self, order: list[Key]) -> bool:
        """True when the journal's lines are exactly ``order`` already (the usual case)."""
        if self._stale_bytes or len(order) != len(self.done) or len(set(order)) != len(order):
            return False
        offsets = [self.done[key][0] for key in order]
        return all(a < b for a, b in zip(offsets, offsets[1:]))

    def _rewrite_in_order(self, order: list[Key]) -> None:
        tmp = self.part.with_name(self.part.name + ".sorted")
        try:
            with open(self.part, "rb") as src, open(tmp, "wb") as dst:
                for key in order:
                    offset, length = self.done[key]
                    src.seek(offset)
                    dst.write(src.read(length))
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, self.part)
        finally:
            if tmp.exists():
                tmp.unlink()

    def _write_errors(self, errors: Path) -> None:
        errors.parent.mkdir(parents=True, exist_ok=True)
        tmp = errors.with_name(errors.name + ".part")
        with open(self.part, "rb") as src, open(tmp, "wb") as dst:
            for raw in src:
                if json.loads(raw).get("status") == "error":
                    dst.write(raw)
        os.replace(tmp, errors)
