"""The worker side of a batch run: one Extractor per process, chunks of documents in, lines out.

Whatever executes the work — the calling process, a local process pool or a
Dask worker — calls :func:`process_chunk` with a :class:`WorkerSpec` (how to
build the pipeline) and a list of documents.  The pipeline is built once per
process and cached under its spec, so a long run pays the cold start once per
worker, not once per chunk.

Workers return :class:`Outcome` objects: the finished JSON line plus the few
fields the coordinating process needs for its summary and for ``--resume``.
Sending lines instead of ``Record`` objects keeps the coordinator's share of
the CPU small (it only writes), which is what lets two workers use two cores.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..io.readers import Document
from ..io.writers import record_line
from ..records import text_sha256
from ..schema import Record


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a fresh process needs to build the same pipeline as the coordinator."""

    config: Optional[str] = None
    #: config overrides as (key, JSON of the value): a value may be a list or dict (``--set nlp.pipeline=[...]``),
    #: and the spec is a cache key, so it must stay hashable
    overrides: tuple[tuple[str, str], ...] = ()
    disable: tuple[str, ...] = ()
    with_text: bool = False
    #: Python files defining extra components (``--code``), as (name, source) so remote workers need no shared disk
    code: tuple[tuple[str, str], ...] = ()

    @classmethod
    def create(cls, config: str | Path | None = None, overrides: dict[str, Any] | None = None,
               disable: list[str] | tuple[str, ...] = (), with_text: bool = False,
               code: list[str | Path] | tuple = ()) -> "WorkerSpec":
        sources = tuple((Path(p).name, Path(p).read_text(encoding="utf-8")) for p in code)
        encoded = tuple(sorted((key, json.dumps(value, sort_keys=True, ensure_ascii=False))
                               for key, value in (overrides or {}).items()))
        return cls(str(config) if config else None, encoded,
                   tuple(disable), with_text, sources)

    def override_values(self) -> dict[str, Any]:
        """The overrides decoded back to the values ``--set`` parsed."""
        return {key: json.loads(value) for key, value in self.overrides}


@dataclass
class Outcome:
    """One document's result as the coordinator sees it."""

    doc_id: str
    status: str
    line: str
    key: tuple[str, Optional[str], Optional[str]]
    error: Optional[str] = None
    summary: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, record: Record) -> "Outcome":
        return cls(
            doc_id=record.doc_id, status=record.status, line=record_line(record),
            key=(record.doc_id, record.text_sha256, record.model_version), error=record.error,
            summary={
                "entities": len(record.entities), "quantities": len(record.quantities),
                "officials": len(record.officials), "events": len(record.events),
                "preview": " · ".join(str(x) for x in (record.meta.get("city"), record.meta.get("published"),
                                                          (record.meta.get("title") or "")[:18]) if x),
            },
        )


def document_key(document: Document, model_version: str) -> tuple[str, Optional[str], str]:
    """The ``--resume`` identity of an input document: the same fields its record carries."""
    return (document.id, text_sha256(document.text) if document.text else None, model_version)


_EXTRACTORS: dict[tuple, Any] = {}
#: environment variables that change what a spec builds (model and config locations)
_ENVIRONMENT = ("ECOIE_HOME", "ECOIE_MODELS_DIR", "ECOIE_CONFIG_DIR")


def load_code(sources: tuple[tuple[str, str], ...]) -> None:
    """Import user code (custom components) once per process, from its source text."""
    for name, source in sources:
        module_name = "ecoie_user_code_" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]
        if module_name in sys.modules:
            continue
        spec = importlib.util.spec_from_loader(module_name, loader=None, origin=name)
        module = importlib.util.module_from_spec(spec)
        module.__file__ = name
        sys.modules[module_name] = module
        exec(compile(source, name, "exec"), module.__dict__)  # noqa: S102 - the user's own --code file


def extractor_for(spec: WorkerSpec):
    """The process-wide Extractor for ``spec`` (built on first use)."""
    cache_key = (spec, tuple(os.environ.get(name) for name in _ENVIRONMENT))
    extractor = _EXTRACTORS.get(cache_key)
    if extractor is None:
        from ..extractor import Extractor

        load_code(spec.code)
        extractor = Extractor.from_config(spec.config, spec.override_values(), list(spec.disable),
                                          with_text=spec.with_text)
        _EXTRACTORS[cache_key] = extractor
    return extractor


def one_thread_per_worker() -> None:
    """Worker processes already use every core between them: keep BLAS/OpenMP pools to one thread each."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - comes with scikit-learn
        return
    threadpool_limits(1)


#: seconds between two looks at the parent process
PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(parent_pid: int, interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Watch the coordinator from a daemon thread; end this worker as soon as it is gone.

    A worker of a process pool otherwise blocks on its task queue forever
    when the coordinator is killed with SIGKILL (no cleanup runs there), and
    keeps its ~800 MB pipeline alive.  When the parent dies the worker is
    re-parented, so ``getppid()`` changes: that is checked every ``interval``
    seconds (also while a document is being processed: the thread needs the
    GIL only for a moment).  ``os._exit`` skips cleanup on purpose — the
    coordinator that would receive the results is gone.
    """

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(70)
            time.sleep(interval)

    thread = threading.Thread(target=watch, name="ecoie-parent-watch", daemon=True)
    thread.start()
    return thread


def init_pool_worker(parent_pid: int) -> None:
    """Initializer of a local pool worker: die with the coordinator, one BLAS thread."""
    exit_with_parent(parent_pid)
    one_thread_per_worker()


def warm_up(spec: WorkerSpec) -> str:
    """Build the pipeline now (a pool initializer / worker plugin calls this); return its version."""
    return extractor_for(spec).model_version


def process_chunk(spec: WorkerSpec, documents: list[Document]) -> list[Outcome]:
    """Run one chunk; exactly one :class:`Outcome` per document, in order."""
    extractor = extractor_for(spec)
    return [Outcome.of(record) for record in extractor.process(documents)]


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports kilobytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
