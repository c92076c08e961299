"""Batch runs: stream documents from the inputs through the pipeline to JSONL.

The coordinating process reads documents lazily, cuts them into chunks,
hands the chunks to an executor (this process, a local process pool, or a
Dask cluster: :mod:`.executors`), and writes the returned lines in input
order (:mod:`.ordered`).  Memory stays bounded whatever the input size: at
most a window of chunks is in flight.  Every input document yields exactly
one output line, ``ok`` or ``error``; ``--resume`` skips documents already
in the output (:mod:`.journal`) and counts them as skipped.

Inputs that fit in one chunk run in this process even when workers are
asked for: starting processes would cost more than the work.
"""

from __future__ import annotations

import itertools
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from ..io.readers import Document, count_inputs, read_inputs
from ..io.writers import WriteError
from ..records import error_record
from .journal import Key, OutputJournal, check_resumable_shape
from .outputs import OutputRefused, check_outputs, resolve_output
from .work import Outcome, WorkerSpec, document_key


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class RunOptions:
    inputs: list[str]
    out: str = "-"
    config: Optional[Path] = None
    overrides: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    errors: Optional[Path] = None
    with_text: bool = False
    progress: bool = False
    #: local worker processes (1: run in this process)
    workers: int = field(default_factory=default_workers)
    #: documents per task sent to a worker
    chunk_size: int = 16
    #: a Dask scheduler address (tcp://host:8786), or a number of LocalCluster workers to start
    scheduler: Optional[str] = None
    dask_local: Optional[int] = None
    resume: bool = False
    #: Python files with extra components, imported in every worker
    code: list[Path] = field(default_factory=list)
    #: an analytical store (.duckdb, .sqlite) that receives every chunk of records as it is written
    to: Optional[Path] = None


@dataclass
class RunStats:
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    rows: list[dict] = field(default_factory=list)  # per-document summary (first 50)
    error_reasons: Counter = field(default_factory=Counter)
    out: str = "-"
    workers: int = 1
    backend: str = "in-process"
    #: wall-clock seconds until the workers were ready, and for the whole run
    startup_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.ok + self.errors + self.skipped

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "ok":
            self.ok += 1
        elif outcome.status == "skipped":
            self.skipped += 1
        else:
            self.errors += 1
            self.error_reasons[outcome.error or "error"] += 1
        if len(self.rows) < 50:
            self.rows.append({"doc_id": outcome.doc_id, "status": outcome.status, "error": outcome.error,
                              **outcome.summary})

    def add_skipped(self, doc_id: str) -> None:
        self.skipped += 1
        if len(self.rows) < 50:
            self.rows.append({"doc_id": doc_id, "status": "skipped", "error": None, "entities": 0,
                              "quantities": 0, "officials": 0, "events": 0, "preview": "already in the output"})


ProgressHook = Callable[[Optional[int]], Callable[[], None]]


class UsageError(ValueError):
    """Options that do not go together."""


def run_pipeline(opts: RunOptions, progress_hook: ProgressHook | None = None) -> RunStats:
    """Run ``opts`` to completion; return counts.  Raises on usage, config and write errors."""
    from ..config import parse_overrides
    from ..extractor import load_run_config, model_version

    if opts.resume and opts.out == "-":
        raise UsageError("--resume needs an output file (--out FILE): there is nothing to resume on stdout")
    overrides = parse_overrides(opts.overrides)
    config = load_run_config(opts.config, overrides, opts.disable)
    version = model_version(config)
    spec = WorkerSpec.create(opts.config, overrides, opts.disable, opts.with_text, opts.code)
    documents = _read(opts, config)  # checks the inputs exist
    try:
        check_outputs(opts.inputs, opts.out, opts.errors)
    except OutputRefused as exc:
        raise UsageError(str(exc)) from None
    out_target = resolve_output(opts.out) if opts.out != "-" else None
    errors_target = resolve_output(opts.errors) if opts.errors else None
    tick = progress_hook(count_inputs(opts.inputs, _extensions(config) or ())) if progress_hook else None

    journal = OutputJournal(out_target, resume=opts.resume).open() if out_target is not None else None
    error_lines = None
    store = None
    try:
        if journal is not None and opts.resume:
            check_resumable_shape(journal, opts.with_text)
        error_lines = _ErrorFile(errors_target) if errors_target and not opts.resume else None
        store = _store_sink(opts.to)
    except BaseException:
        if journal is not None:
            journal.abort(keep=True)
        if error_lines is not None:
            error_lines.abort()
        raise
    skip = journal.done if journal is not None and opts.resume else {}
    order: list[Key] | None = [] if opts.resume else None
    stats = RunStats(out=opts.out)
    started = time.perf_counter()
    texts: dict = {}
    executor = None
    try:
        todo = _skipping(documents, skip, version, order, stats, tick)
        if store is not None:
            todo = _keeping_texts(todo, texts, version)
        chunks = _chunks(todo, opts.chunk_size)
        first = list(itertools.islice(chunks, 2))
        if first:  # nothing to do (everything resumed, say): no pipeline to load
            executor = _executor(spec, opts, small=len(first) < 2)
            stats.workers, stats.backend = executor.workers, executor.name
        stats.startup_seconds = time.perf_counter() - started
        from .ordered import run_ordered

        lost = _lost_document_record(version)
        work = run_ordered(executor, itertools.chain(first, chunks), _window(executor), lost) if first else ()
        for outcomes in work:
            lines = [(o.key, o.line) for o in outcomes]
            if journal is not None:
                journal.write_lines(lines)
            else:
                _write_stdout(lines)
            if store is not None:
                store.write_lines([line for _, line in lines], texts)
            for outcome in outcomes:
                stats.add(outcome)
                if error_lines is not None and outcome.status == "error":
                    error_lines.write(outcome.line)
                if tick:
                    tick()
        if journal is not None:
            journal.commit(order=order, errors=errors_target)
        if error_lines is not None:
            error_lines.commit()
        stats.seconds = time.perf_counter() - started
    except WriteError:
        if journal is not None:
            journal.abort(keep=opts.resume)  # a resumed journal holds earlier work: never removed
        if error_lines is not None:
            error_lines.abort()
        raise
    except BaseException:
        # interrupted (Ctrl-C, a bug): keep the journal so `--resume` can continue
        if journal is not None:
            journal.abort(keep=True)
        if error_lines is not None:
            error_lines.abort()
        raise
    finally:
        if executor is not None:
            executor.close()
        if store is not None:
            store.close()
    return stats


def _store_sink(path: Optional[Path]):
    """``--to``: the analytical store records also go to (opened now, so a bad path fails before any work)."""
    if path is None:
        return None
    from ..analytics.export import RecordSink

    return RecordSink(path, streaming=True)


def _keeping_texts(documents: Iterable[Document], texts: dict, version: str) -> Iterator[Document]:
    """Remember each document's text until its record reaches the store (evidence sentences need it)."""
    for document in documents:
        if document.text:
            texts[document_key(document, version)] = document.text
        yield document


def _extensions(config) -> tuple[str, ...]:
    return tuple(config.get("read", {}).get("extensions", ()))


def _read(opts: RunOptions, config) -> Iterator[Document]:
    read_cfg = config.get("read", {})
    kwargs: dict[str, Any] = {"max_bytes": max_bytes_setting(read_cfg)}
    if _extensions(config):
        kwargs["extensions"] = _extensions(config)
    return read_inputs(opts.inputs, **kwargs)


def max_bytes_setting(read_cfg: dict) -> int:
    """``read.max_bytes`` as a positive whole number of bytes, or a one-line :class:`ConfigError`."""
    from ..config import ConfigError

    raw = read_cfg.get("max_bytes", 20_000_000)
    if isinstance(raw, bool) or not isinstance(raw, (int, str)) or not str(raw).strip().isdigit() or int(raw) <= 0:
        raise ConfigError(f"read.max_bytes must be a positive whole number of bytes, not {raw!r}")
    return int(raw)


def _skipping(documents: Iterable[Document], done: dict, version: str, order: list | None,
              stats: RunStats, tick) -> Iterator[Document]:
    """Documents still to do; those already in the output (or earlier in this input) count as skipped.

    ``order`` (resume runs only) collects every input document's key, so the
    journal can be put in input order at the end.
    """
    if order is None:
        yield from documents
        return
    submitted: set = set()
    for document in documents:
        key = document_key(document, version)
        order.append(key)
        if key in done or key in submitted:
            stats.add_skipped(document.id)
            if tick:
                tick()
            continue
        submitted.add(key)
        yield document


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, max(1, size))):
        yield chunk


def _executor(spec: WorkerSpec, opts: RunOptions, small: bool):
    from .executors import InProcessExecutor, make_executor

    if opts.scheduler or opts.dask_local:
        return make_executor(spec, opts.workers, opts.scheduler, opts.dask_local)
    if small:
        return InProcessExecutor(spec)
    return make_executor(spec, opts.workers)


def _window(executor) -> int:
    """Chunks in flight: enough that a slow chunk at the head does not leave a worker idle."""
    return max(2, 4 * executor.workers)


def _lost_document_record(version: str):
    def lost(document: Document, reason: str) -> Outcome:
        return Outcome.of(error_record(document, reason, version))

    return lost


def _write_stdout(lines: list[tuple[Key, str]]) -> None:
    import sys

    try:
        sys.stdout.write("".join(line for _, line in lines))
        sys.stdout.flush()
    except OSError as exc:
        raise WriteError(f"cannot write stdout: {exc.strerror or exc}") from None


class _ErrorFile:
    """``--errors FILE`` for runs that stream: a journal of its own, committed with the output."""

    def __init__(self, path: Path):
        self.journal = OutputJournal(path).open()

    def write(self, line: str) -> None:
        self.journal.write_lines([(None, line)])

    def commit(self) -> None:
        self.journal.commit()

    def abort(self) -> None:
        self.journal.abort(keep=False)
