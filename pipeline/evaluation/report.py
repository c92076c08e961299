"""Evaluation reports: rich tables for the terminal (the HTML page is :mod:`.html_report`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _row(name: str, m: dict[str, Any]) -> list[str]:
    return [name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["tp"]), str(m["fp"]), str(m["fn"])]


def _prf_table(title: str) -> Table:
    t = Table(title=title)
    for col in ("", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="right" if col else "left")
    return t


def print_report(result: dict[str, Any], console: Console) -> None:
    ents = result["entities"]
    t = _prf_table("entities (exact)")
    t.add_row(*_row("micro", ents["micro"]), style="bold")
    t.add_row(*_row("partial (overlap)", ents["partial"]))
    for label, m in ents["per_label"].items():
        t.add_row(*_row(label, m))
    console.print(t)
    ignored = ents.get("missed_in_ignored", {})
    if ignored.get("total"):
        per = ", ".join(f"{lab} {n}" for lab, n in ignored["per_label"].items())
        console.print(f"gold entities missed inside ranges ignored as boilerplate: {ignored['total']} ({per})")

    ind = result["indicators"]
    t = Table(title="indicator linking")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("gold quantities found", str(ind["found_quantities"]))
    t.add_row("indicator accuracy", f"{ind['indicator_accuracy']:.3f}")
    t.add_row("(indicator, role) accuracy", f"{ind['indicator_role_accuracy']:.3f}")
    t.add_row("(indicator, role, direction) accuracy", f"{ind['indicator_role_direction_accuracy']:.3f}")
    t.add_row(f"direction accuracy ({ind['gold_changes_found']} gold changes found)", f"{ind['direction_accuracy']:.3f}")
    t.add_row("end-to-end link F1", f"{ind['link']['f1']:.3f}")
    for name, extra in result.get("baselines", {}).items():
        t.add_row(f"baseline ({name}): indicator accuracy", f"{extra['indicator_accuracy']:.3f}")
        t.add_row(f"baseline ({name}): (indicator, role) accuracy", f"{extra['indicator_role_accuracy']:.3f}")
    if result.get("oracle_spans"):
        t.title = "indicator linking (gold QUANTITY spans)"
    console.print(t)

    t = _prf_table("officials and events")
    t.add_row(*_row("officials (person, title)", result["officials"]["person_title"]))
    t.add_row(*_row("officials (person, org)", result["officials"]["person_org"]))
    ev = result["events"]
    t.add_row(*_row("events: all slots", ev["all_slots"]), style="bold")
    for slot, m in ev["slots"].items():
        t.add_row(*_row(f"events: {slot}", m))
    t.add_row(*_row("enforcement (indicator, value)", ev["enforcement_metrics"]))
    t.add_row(*_row("enforcement jurisdiction", ev["enforcement_jurisdictions"]))
    console.print(t)
    if result.get("article"):
        t = _prf_table("the article's place and date (meta)")
        for name, m in result["article"].items():
            t.add_row(*_row(name, m))
        console.print(t)
    if result["documents"]["unmatched"]:
        console.print(f"[yellow]{result['documents']['unmatched']} gold document(s) had no prediction[/yellow]")

    intervals = result.get("intervals")
    if intervals:
        t = Table(title=f"{intervals['level']:.0%} intervals, {intervals['samples']} resamples of the documents")
        t.add_column("figure")
        t.add_column("low", justify="right")
        t.add_column("high", justify="right")
        for name, iv in intervals["figures"].items():
            t.add_row(name.replace("_", " "), f"{iv['low']:.3f}", f"{iv['high']:.3f}")
        console.print(t)
