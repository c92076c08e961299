"""Rich rendering of run summaries (CLI side; the library never prints)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .runtime.batch import RunStats


def print_run_summary(stats: RunStats, console: Console) -> None:
    if stats.rows and stats.total <= 50:
        table = Table(title="documents", show_lines=False)
        for col in ("doc_id", "status", "entities", "quantities", "officials", "events", "detail"):
            table.add_column(col, overflow="fold")
        for row in stats.rows:
            status = "[green]ok[/green]" if row["status"] == "ok" else f"[red]{row['status']}[/red]"
            detail = row["error"] or row["preview"]
            table.add_row(row["doc_id"], status, str(row["entities"]), str(row["quantities"]),
                          str(row["officials"]), str(row["events"]), detail)
        console.print(table)
    summary = Table(title="run summary")
    for col in ("ok", "error", "skipped", "total", "output"):
        summary.add_column(col)
    summary.add_row(str(stats.ok), str(stats.errors), str(stats.skipped), str(stats.total), stats.out)
    console.print(summary)
    for reason, n in stats.error_reasons.most_common(10):
        console.print(f"  [red]{n}×[/red] {reason}", markup=True, soft_wrap=True)
