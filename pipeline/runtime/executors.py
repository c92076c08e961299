"""Where chunks run: in this process, in a local process pool, or on a Dask cluster.

The three executors share one small interface — ``submit(chunk)`` returns a
future, ``is_worker_loss(exc)`` tells a dead worker from an ordinary error,
``recover()`` makes the executor usable again after one — so the ordering,
retry and isolation logic in :mod:`.ordered` is written once.

* :class:`InProcessExecutor` runs chunks synchronously; used for one worker
  and for inputs too small to be worth starting processes.
* :class:`ProcessExecutor` is a ``concurrent.futures`` pool of spawned
  processes, each building the pipeline once in its initializer.  A worker
  that dies breaks the whole pool (that is how ``ProcessPoolExecutor``
  reports it); ``recover()`` starts a new one.
* :class:`DaskExecutor` submits chunks to a ``dask.distributed`` cluster;
  a worker plugin builds the pipeline once per worker.  Dask reschedules
  the tasks of a dead worker itself; only when a task has killed workers
  repeatedly does it raise ``KilledWorker``, which counts as a loss here.
"""

from __future__ import annotations

import multiprocessing
import os
import weakref
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from ..io.readers import Document
from .work import WorkerSpec, init_pool_worker, process_chunk, warm_up


#: how long to try to connect to a ``--scheduler`` before giving up
SCHEDULER_TIMEOUT = "30s"


class WorkerStartError(RuntimeError):
    """Worker processes died before they could take any work."""


class ChunkExecutor(Protocol):
    workers: int
    name: str

    def submit(self, chunk: list[Document]) -> Any: ...

    def result(self, future: Any) -> list: ...

    def is_worker_loss(self, exc: BaseException) -> bool: ...

    def stale(self, future: Any) -> bool:
        """True when ``future`` will never deliver (it belonged to a pool that broke)."""

    def recover(self) -> None: ...

    def close(self) -> None: ...


class InProcessExecutor:
    """Run chunks here and now; the future is already resolved."""

    workers = 1
    name = "in-process"

    def __init__(self, spec: WorkerSpec):
        self.spec = spec
        warm_up(spec)

    def submit(self, chunk: list[Document]) -> Future:
        future: Future = Future()
        try:
            future.set_result(process_chunk(self.spec, chunk))
        except Exception as exc:  # noqa: BLE001 - delivered through the future like the other executors
            future.set_exception(exc)
        return future

    def result(self, future: Future) -> list:
        return future.result()

    def is_worker_loss(self, exc: BaseException) -> bool:
        return False

    def stale(self, future: Future) -> bool:
        return False

    def recover(self) -> None:
        pass

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A pool of ``workers`` spawned processes (spawn: no inherited locks or threads)."""

    name = "processes"

    def __init__(self, spec: WorkerSpec, workers: int):
        self.spec = spec
        self.workers = workers
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        """A new pool whose workers have all built the pipeline (errors surface here, as themselves)."""
        self._current: weakref.WeakSet[Future] = weakref.WeakSet()
        pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_pool_worker, initargs=(os.getpid(),))
        try:
            for warming in [pool.submit(warm_up, self.spec) for _ in range(self.workers)]:
                warming.result()
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            raise WorkerStartError("worker processes could not start (each died while loading the pipeline); "
                                   "try --workers 1 to see the error") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return pool

    def submit(self, chunk: list[Document]) -> Future:
        future = self._pool.submit(process_chunk, self.spec, chunk)
        self._current.add(future)
        return future

    def result(self, future: Future) -> list:
        return future.result()

    def is_worker_loss(self, exc: BaseException) -> bool:
        return isinstance(exc, BrokenProcessPool)

    def stale(self, future: Future) -> bool:
        return future not in self._current

    def recover(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """Chunks as tasks on a ``dask.distributed`` cluster (an address, or a LocalCluster we start)."""

    PLUGIN_NAME = "ecoie-pipeline"
    name = "dask"

    def __init__(self, spec: WorkerSpec, scheduler: str | None = None, local_workers: int | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - depends on the install
            raise RuntimeError("the Dask backend needs the 'dask' extra: pip install 'ecoie[dask]'") from None
        self.spec = spec
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
            except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError for a bad address …
                detail = str(exc).strip().splitlines()
                raise WorkerStartError(f"cannot reach the Dask scheduler at {scheduler}: "
                                       f"{detail[0] if detail else type(exc).__name__}") from None
        else:
            n = local_workers or 1
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=None)
            self.client = Client(self._cluster)
        from .dask_plugin import PipelinePlugin

        self.client.register_plugin(PipelinePlugin(spec), name=self.PLUGIN_NAME)
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))

    def submit(self, chunk: list[Document]) -> Any:
        return self.client.submit(process_chunk, self.spec, chunk, pure=False)

    def result(self, future: Any) -> list:
        return future.result()

    def is_worker_loss(self, exc: BaseException) -> bool:
        from distributed.scheduler import KilledWorker

        return isinstance(exc, KilledWorker)

    def stale(self, future: Any) -> bool:
        return future.status in ("error", "cancelled", "lost")

    def recover(self) -> None:
        pass  # the scheduler replaces workers and reschedules by itself

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(spec: WorkerSpec, workers: int, scheduler: str | None = None,
                  dask_local: int | None = None) -> ChunkExecutor:
    if scheduler or dask_local:
        return DaskExecutor(spec, scheduler=scheduler, local_workers=dask_local)
    if workers <= 1:
        return InProcessExecutor(spec)
    return ProcessExecutor(spec, workers)
