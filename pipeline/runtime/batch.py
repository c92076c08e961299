"""Batch runs: stream documents from the inputs through the Extractor to JSONL.

Memory stays bounded whatever the input size: documents are read lazily,
processed in ``nlp.pipe`` batches and written as they come.  Every input
document yields exactly one output line; error records also go to
``--errors`` when asked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..io.readers import count_inputs, read_inputs
from ..io.writers import AtomicJsonlWriter
from ..schema import Record


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


@dataclass
class RunStats:
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    rows: list[dict] = field(default_factory=list)  # per-document summary (first 50)
    error_reasons: Counter = field(default_factory=Counter)
    out: str = "-"

    @property
    def total(self) -> int:
        return self.ok + self.errors + self.skipped

    def add(self, record: Record) -> None:
        if record.status == "ok":
            self.ok += 1
        elif record.status == "skipped":
            self.skipped += 1
        else:
            self.errors += 1
            self.error_reasons[record.error or "error"] += 1
        if len(self.rows) < 50:
            self.rows.append({
                "doc_id": record.doc_id, "status": record.status, "error": record.error,
                "entities": len(record.entities), "quantities": len(record.quantities),
                "officials": len(record.officials), "events": len(record.events),
                "preview": " · ".join(str(x) for x in (record.meta.get("city"), record.meta.get("published"),
                                                          (record.meta.get("title") or "")[:18]) if x),
            })


ProgressHook = Callable[[Optional[int]], Callable[[], None]]


def run_pipeline(opts: RunOptions, progress_hook: ProgressHook | None = None) -> RunStats:
    """Run ``opts`` to completion; return counts.  Raises on usage/config/write errors."""
    from ..config import parse_overrides
    from ..extractor import Extractor

    overrides = parse_overrides(opts.overrides)
    extractor = Extractor.from_config(opts.config, overrides, opts.disable, with_text=opts.with_text)
    read_cfg = extractor.config.get("read", {})
    extensions = tuple(read_cfg.get("extensions", ())) or None
    max_bytes = int(read_cfg.get("max_bytes", 20_000_000))
    kwargs = {"max_bytes": max_bytes}
    if extensions:
        kwargs["extensions"] = extensions
    documents = read_inputs(opts.inputs, **kwargs)
    tick = progress_hook(count_inputs(opts.inputs, extensions or ())) if progress_hook else None
    stats = RunStats(out=opts.out)
    with AtomicJsonlWriter(opts.out) as writer:
        error_writer = AtomicJsonlWriter(opts.errors) if opts.errors else None
        if error_writer:
            error_writer.__enter__()
        try:
            for record in extractor.process(documents):
                writer.write(record)
                if error_writer and record.status == "error":
                    error_writer.write(record)
                stats.add(record)
                if tick:
                    tick()
        except BaseException as exc:
            if error_writer:
                error_writer.__exit__(type(exc), exc, None)
            raise
        if error_writer:
            error_writer.__exit__(None, None, None)
    return stats
