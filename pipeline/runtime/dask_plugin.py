"""The Dask worker plugin (imported only when the Dask backend is used)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from .work import WorkerSpec, one_thread_per_worker, warm_up


class PipelinePlugin(WorkerPlugin):
    """Build the pipeline when a worker starts (and when a replacement starts), not on its first task."""

    def __init__(self, spec: WorkerSpec):
        self.spec = spec

    def setup(self, worker: Any) -> None:
        one_thread_per_worker()
        warm_up(self.spec)
