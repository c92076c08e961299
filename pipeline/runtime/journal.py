"""The output file of a run: written as a journal, put in place only when the run completes.

Records are appended to ``<out>.part`` as they are produced (flushed after
every chunk), and the finished journal is renamed to ``<out>``.  So:

* a completed run leaves exactly ``<out>``;
* an interrupted or killed run leaves ``<out>.part``, never a half-written
  ``<out>``; ``--resume`` picks the journal up, trusts every complete line
  in it (a torn last line is cut off) and skips the documents those lines
  already cover;
* a write failure (disk full, read-only folder) removes the journal of a
  fresh run and raises :class:`~pipeline.io.writers.WriteError` with one line
  to show; during ``--resume`` the journal holds earlier work, so it is never
  removed: it is kept as it was (plus any complete lines this run added);
* the journal is locked (an advisory ``flock``) while a run writes it, so a
  second run on the same output stops at once with :class:`OutputBusy`
  naming the first, instead of interleaving lines with it.

A resumed run ends with the same file an uninterrupted run writes: lines are
re-ordered into input order when the journal is not already in it.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from pathlib import Path
from typing import IO, Iterable, Optional

from ..io.writers import WriteError

Key = tuple[str, Optional[str], Optional[str]]


def line_entry(line: str) -> tuple[Key, str, bool] | None:
    """``((doc_id, text_sha256, model_version), status, with_text)`` of a record line, or None when it is not one.

    ``with_text`` is the record's shape: whether it carries ``normalized_text``
    (written by ``--with-text`` runs only).
    """
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict) or "doc_id" not in data:
        return None
    key = (data["doc_id"], data.get("text_sha256"), data.get("model_version"))
    return key, str(data.get("status")), "normalized_text" in data


def check_resumable_shape(journal: "OutputJournal", with_text: bool) -> None:
    """Refuse to resume a journal whose records have another shape (``--with-text`` changed)."""
    other = journal.shapes - {with_text}
    if other:
        from .batch import UsageError

        was = "with" if True in other else "without"
        now = "with" if with_text else "without"
        raise UsageError(f"--resume {now} --with-text, but {journal.path} was written {was} it: "
                         "use the same option, or write to a new --out")


class OutputBusy(WriteError):
    """Another run holds the journal's lock."""


def lock_holder(fileno: int) -> str:
    """Who holds the flock on the file open as ``fileno``: ``pid N (command)`` from /proc/locks, or ''."""
    st = os.fstat(fileno)
    wanted = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return ""
    for line in lines:
        fields = line.split()
        if "FLOCK" in fields and wanted in fields:
            pid = fields[fields.index(wanted) - 1]
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    command = fh.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
            except OSError:
                command = ""
            return f"pid {pid}" + (f" ({command[:120]})" if command else "")
    return ""


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
        #: record shapes (True: with text) among the journal's ok lines when the run started
        self.shapes: set[bool] = set()
        self._lock_fh = None
        self._sorted_lock = None
        self._finished = False

    # --- opening ------------------------------------------------------------------

    def open(self) -> "OutputJournal":
        """Lock the journal (creating it, never truncating it before the lock is ours) and index it."""
        created = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            created = not self.part.exists()
            self._fh = self._locked_part()
            if not self.resume:
                self._fh.truncate(0)
                self._fh.seek(0)
            elif created and self.path.exists():
                with open(self.path, "rb") as src:  # resume a finished run: keep <out> until commit
                    shutil.copyfileobj(src, self._fh)
                self._fh.flush()
            if self.resume:
                self._index_existing()
                self._fh.seek(0, os.SEEK_END)
        except OutputBusy:
            raise
        except OSError as exc:
            self._close()
            if created or not self.resume:
                self._remove_part()  # only a journal this run created: earlier work is never removed
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return self

    def _locked_part(self):
        """``<out>.part`` opened for appending with an exclusive flock held, or :class:`OutputBusy`."""
        for _ in range(5):
            fh = open(self.part, "ab")
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = lock_holder(fh.fileno())
                fh.close()
                raise OutputBusy(f"{self.path} is being written by another ecoie run"
                                 f"{' (' + holder + ')' if holder else ''}: wait for it to finish "
                                 "or choose another --out") from None
            try:
                same = os.path.samestat(os.fstat(fh.fileno()), os.stat(self.part))
            except FileNotFoundError:
                same = False
            if same:
                return fh
            fh.close()  # the other run renamed its journal into place meanwhile: lock the new one
        raise WriteError(f"cannot lock {self.part}: it keeps being replaced")

    def _index_existing(self) -> None:
        """Index the journal's complete lines; cut a torn tail left by a kill.

        Error records are not indexed, so a resumed run tries those documents
        again (a worker that died, a full disk at the time); their old lines
        are dropped when the journal is put in order.
        """
        good_end = 0
        with open(self.part, "rb") as fh:  # a second handle: the flock stays on self._fh
            offset = 0
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                entry = line_entry(raw.decode("utf-8", errors="replace"))
                if entry is None:
                    break
                key, status, with_text = entry
                if status == "error" or key in self.done:
                    self._stale_bytes += len(raw)
                else:
                    self.done[key] = (offset, len(raw))
                    self.shapes.add(with_text)
                offset += len(raw)
                good_end = offset
        if good_end != self.part.stat().st_size:
            self._fh.truncate(good_end)  # a torn tail: the line is redone

    # --- writing --------------------------------------------------------------------

    def write_lines(self, items: Iterable[tuple[Key, str]]) -> None:
        start = self._fh.tell()
        try:
            for key, line in items:
                offset = self._fh.tell()
                self._fh.write(line.encode("utf-8"))
                if self.resume and key not in self.done:
                    self.done[key] = (offset, self._fh.tell() - offset)
            self._fh.flush()
        except OSError as exc:
            if self.resume:
                self._cut_back(start)
            self.abort(keep=self.resume)
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def _cut_back(self, size: int) -> None:
        """Drop a chunk that failed half-way, so the kept journal holds complete lines only."""
        try:
            os.ftruncate(self._fh.fileno(), size)
        except (OSError, ValueError):
            pass  # a resumed run cuts a torn tail anyway

    def commit(self, order: list[Key] | None = None, errors: Path | None = None) -> None:
        """Finish: fsync, re-order into ``order`` if needed, rename into place, write ``errors``.

        The lock is held until the rename is done (a second handle keeps it
        while the first is closed), so no other run slips in between.
        """
        self._lock_fh = self._fh
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh = None
            if order is not None and not self._journal_follows(order):
                self._rewrite_in_order(order)
            if errors is not None and self.resume:
                self._write_errors(errors)
            os.replace(self.part, self.path)
            self._finished = True
        except OSError as exc:
            self.abort(keep=self.resume)
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        finally:
            self._release()

    def abort(self, keep: bool) -> None:
        """Stop writing; keep the journal for ``--resume`` (unless empty) or remove it (failed writes).

        Only the first call acts: once the lock is released the journal may be another run's.
        """
        if self._finished:
            return
        self._finished = True
        try:
            empty = self.part.stat().st_size == 0
        except OSError:
            empty = True
        if not keep or empty:
            self._remove_part()  # while the lock is still ours
        self._close()

    def _close(self) -> None:
        fh, self._fh = self._fh, None
        if fh is not None:
            try:
                fh.close()
            except OSError:
                pass
        self._release()

    def _release(self) -> None:
        """Close the handles that hold the lock (the lock goes with the last one)."""
        for name in ("_lock_fh", "_sorted_lock"):
            fh = getattr(self, name)
            setattr(self, name, None)
            if fh is not None:
                try:
                    fh.close()
                except OSError:
                    pass

    def _remove_part(self) -> None:
        try:
            self.part.unlink()
        except OSError:
            pass  # already gone, or a read-only folder: nothing to clean up there

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
            dst = open(tmp, "wb")
            fcntl.flock(dst.fileno(), fcntl.LOCK_EX)  # the new journal is locked before it takes the name
            self._sorted_lock = dst
            with open(self.part, "rb") as src:
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
