"""Run chunks on an executor, a bounded window at a time, and yield results in input order.

This is where "nothing is lost" is enforced.  When a worker dies, the chunk
at the head of the window is retried alone; if it kills a worker again, its
documents are run one at a time, and a document that still kills its worker
becomes an error record saying so.  Chunks that were merely in flight on a
broken pool are resubmitted.  Every document therefore comes back exactly
once, as a record or as an error, in the order it was read.

Memory is bounded by the window (``4 x workers`` chunks by default): chunks
are read lazily from the input and at most ``window`` of them are in flight
or waiting to be written.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ..io.readers import Document
from .executors import ChunkExecutor
from .work import Outcome

LostDocument = Callable[[Document, str], Outcome]


@dataclass
class _Slot:
    chunk: list[Document]
    future: Any = None


def run_ordered(executor: ChunkExecutor, chunks: Iterable[list[Document]], window: int,
                lost: LostDocument) -> Iterator[list[Outcome]]:
    """Yield one list of outcomes per chunk, in chunk order."""
    pending: deque[_Slot] = deque()
    source = iter(chunks)
    exhausted = False

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(pending) < window:
            chunk = next(source, None)
            if chunk is None:
                exhausted = True
                return
            pending.append(_Slot(chunk, executor.submit(chunk)))

    fill()
    while pending:
        head = pending[0]
        if head.future is None:
            head.future = executor.submit(head.chunk)
        try:
            outcomes = executor.result(head.future)
        except Exception as exc:  # noqa: BLE001 - only worker loss is handled here
            if not executor.is_worker_loss(exc):
                raise
            outcomes = _recover(executor, head, pending, lost, exc)
        pending.popleft()
        yield outcomes
        fill()


def _recover(executor: ChunkExecutor, head: _Slot, pending: deque[_Slot], lost: LostDocument,
             first: BaseException) -> list[Outcome]:
    """The head chunk lost its worker: retry it alone, then document by document."""
    executor.recover()
    for slot in pending:
        if slot is not head and (slot.future is None or executor.stale(slot.future)):
            slot.future = None  # resubmitted once the head is settled
    try:
        outcomes = executor.result(executor.submit(head.chunk))
    except Exception as exc:  # noqa: BLE001
        if not executor.is_worker_loss(exc):
            raise
        executor.recover()
        outcomes = []
        for document in head.chunk:
            try:
                outcomes.extend(executor.result(executor.submit([document])))
            except Exception as single:  # noqa: BLE001
                if not executor.is_worker_loss(single):
                    raise
                executor.recover()
                outcomes.append(lost(document, _describe(single)))
    for slot in pending:
        if slot is not head and slot.future is None:
            slot.future = executor.submit(slot.chunk)
    return outcomes


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()
    detail = f" ({name}: {text[0]})" if text else f" ({name})"
    return "worker process died while processing this document" + detail
