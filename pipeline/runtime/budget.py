"""A per-document time budget: a runaway document becomes an error record, not a stuck worker.

The budget is enforced with ``SIGALRM`` (``setitimer``), which interrupts
Python code between bytecodes — the components, spaCy's parser loop — so a
document that takes too long raises :class:`DocumentTimeout` inside whatever
component is running, and the extractor names that component in the error
record.  Signals reach only the main thread of a process: that is where the
local workers and the in-process executor run documents.  In other threads
(Dask workers run tasks in a thread pool) the budget is not enforced.
A long stretch inside one C call (pkuseg segmenting one huge text) is
interrupted only when it returns.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class DocumentTimeout(Exception):
    """The document used up its time budget."""


def enforceable() -> bool:
    """True when an alarm can interrupt work in this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this block after ``seconds`` (0 or less: no limit)."""
    if seconds <= 0 or not enforceable():
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(f"over the time budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
