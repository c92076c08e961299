"""Evaluation reports: rich tables for the terminal, a self-contained HTML page."""

from __future__ import annotations

import html
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
    if result["documents"]["unmatched"]:
        console.print(f"[yellow]{result['documents']['unmatched']} gold document(s) had no prediction[/yellow]")


def html_report(result: dict[str, Any], title: str = "ecoie evaluation") -> str:
    """A single self-contained page: per-label bars and the worst documents."""
    def bar(value: float, colour: str) -> str:
        return (f'<div class="bar"><div style="width:{value * 100:.1f}%;background:{colour}"></div>'
                f'<span>{value:.3f}</span></div>')

    rows = []
    for label, m in result["entities"]["per_label"].items():
        rows.append(f"<tr><th>{html.escape(label)}</th><td>{bar(m['precision'], '#4e79a7')}</td>"
                    f"<td>{bar(m['recall'], '#59a14f')}</td><td>{bar(m['f1'], '#f28e2b')}</td>"
                    f"<td>{m['tp']}</td><td>{m['fp']}</td><td>{m['fn']}</td></tr>")
    worst = sorted(result["per_document"], key=lambda d: (d["entity_f1"], d["doc_id"]))[:10]
    worst_rows = "".join(
        f"<tr><td>{html.escape(d['doc_id'])}</td><td>{d['entity_f1']:.3f}</td><td>{d['entity_fp']}</td>"
        f"<td>{d['entity_fn']}</td><td>{d['link_f1']:.3f}</td></tr>" for d in worst)
    ind = result["indicators"]
    ev = result["events"]
    off = result["officials"]
    summary = [
        ("entity micro F1", result["entities"]["micro"]["f1"]),
        ("entity partial F1", result["entities"]["partial"]["f1"]),
        ("indicator accuracy", ind["indicator_accuracy"]),
        ("(indicator, role) accuracy", ind["indicator_role_accuracy"]),
        ("(indicator, role, direction) accuracy", ind["indicator_role_direction_accuracy"]),
        ("link F1", ind["link"]["f1"]),
        ("officials (person, title) F1", off["person_title"]["f1"]),
        ("officials (person, org) F1", off["person_org"]["f1"]),
        ("event slot F1", ev["all_slots"]["f1"]),
    ]
    summary_rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{bar(v, '#76b7b2')}</td></tr>" for k, v in summary)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2em;color:#222}} table{{border-collapse:collapse;margin-bottom:2em}}
th,td{{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}}
.bar{{position:relative;width:180px;height:16px;background:#eee}} .bar div{{height:100%}}
.bar span{{position:absolute;left:6px;top:0;font-size:12px}}
</style></head><body>
<h1>{html.escape(title)}</h1>
<h2>Summary</h2><table>{summary_rows}</table>
<h2>Entities per label</h2>
<table><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th></tr>{''.join(rows)}</table>
<h2>Worst documents (entity F1)</h2>
<table><tr><th>document</th><th>entity F1</th><th>fp</th><th>fn</th><th>link F1</th></tr>{worst_rows}</table>
</body></html>
"""
