"""Rich rendering of run summaries (CLI side; the library never prints)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .runtime.batch import RunStats


def print_run_summary(stats: RunStats, console: Console) -> None:
    if stats.rows and stats.total <= 50:
        table = Table(title="documents", show_lines=False)
        table.add_column("doc_id", no_wrap=True, overflow="ellipsis", max_width=22)
        table.add_column("status", no_wrap=True, min_width=6)
        for col in ("ents", "qty", "off", "ev"):
            table.add_column(col, justify="right", no_wrap=True, min_width=4)
        table.add_column("detail", no_wrap=True, overflow="ellipsis", max_width=36)
        for row in stats.rows:
            status = "[green]ok[/green]" if row["status"] == "ok" else f"[red]{row['status']}[/red]"
            detail = row["error"] or row["preview"]
            table.add_row(row["doc_id"], status, str(row["entities"]), str(row["quantities"]),
                          str(row["officials"]), str(row["events"]), detail)
        console.print(table)
    summary = Table(title="run summary")
    for col in ("ok", "error", "skipped", "total", "output", "workers", "seconds"):
        summary.add_column(col)
    summary.add_row(str(stats.ok), str(stats.errors), str(stats.skipped), str(stats.total), stats.out,
                    f"{stats.workers} {stats.backend}", f"{stats.seconds:.1f} ({stats.startup_seconds:.1f} start-up)")
    console.print(summary)
    for reason, n in stats.error_reasons.most_common(10):
        console.print(f"  [red]{n}×[/red] {reason}", markup=True, soft_wrap=True)


def print_training_table(meta: dict, console: Console) -> None:
    """Per-epoch dev scores of a training run, best epoch highlighted."""
    table = Table(title=f"training (best epoch {meta['best_epoch']}, held-out F {meta['dev_f']:.3f})")
    for col in ("epoch", "loss", "P", "R", "F", "per label", "s"):
        table.add_column(col, justify="right" if col not in ("per label",) else "left")
    for h in meta["history"]:
        style = "bold green" if h["epoch"] == meta["best_epoch"] else None
        per = " ".join(f"{k} {v:.2f}" for k, v in sorted(h["per_type"].items()))
        table.add_row(str(h["epoch"]), f"{h['loss']:.0f}", f"{h['p']:.3f}", f"{h['r']:.3f}", f"{h['f']:.3f}",
                      per, f"{h['seconds']:.0f}", style=style)
    console.print(table)


def print_indicator_report(rows: list[tuple[str, str]], confusions: list[tuple[str, str, int]], console: Console) -> None:
    table = Table(title="indicator classifier (cross-validated by document)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    if confusions:
        conf = Table(title="most frequent confusions")
        for col in ("gold indicator", "predicted", "count"):
            conf.add_column(col)
        for gold, pred, n in confusions:
            conf.add_row(gold, pred, str(n))
        console.print(conf)


#: what each training stage is called on screen
_STAGES = {"documents": "reading training documents", "folds": "cross-validation folds", "fit": "fitting the final model"}


class TrainingProgress:
    """Training progress on stderr: rich bars on a terminal, one plain line per step elsewhere.

    ``ecoie train indicators`` used to be silent for minutes.  On a terminal
    each stage gets a bar; in a log (CI, a pipe) a bar would only appear at
    the end, so each finished fold and the final fit print a line instead
    (documents only once, when all are read, to keep logs short).  Use as a
    context manager; the instance is the ``progress(stage, done, total)``
    callback the trainers take.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.bars = None
        self.tasks: dict[str, int] = {}
        self.started = 0.0

    def __enter__(self) -> "TrainingProgress":
        import time

        self.started = time.monotonic()
        if self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self.bars = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=self.console)
            self.bars.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bars is not None:
            self.bars.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        import time

        label = _STAGES.get(stage, stage)
        if self.bars is not None:
            if stage not in self.tasks:
                self.tasks[stage] = self.bars.add_task(label, total=total)
            self.bars.update(self.tasks[stage], completed=done, total=total)
            return
        if stage == "documents" and done < total:
            return
        if stage == "fit" and done == 0:
            self.console.print(f"{label} …", soft_wrap=True)
            return
        self.console.print(f"{label}: {done}/{total} ({time.monotonic() - self.started:.0f} s)", soft_wrap=True)
