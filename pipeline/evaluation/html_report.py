"""``ecoie evaluate --html``: one self-contained page for the person improving the pipeline.

The terminal tables say how good the pipeline is; this page says what to fix
next.  It shows, per document, every wrong and missed span in its context
(gold against system, coloured by kind of error), the indicator, role and
direction confusion tables, the officials and event-slot errors, and the
error catalogue ranked by the points each category is worth.  Nothing is
computed here that another module already computes: the rows come from
:func:`.errors.list_errors`, the confusion counts from :func:`.errors.confusion`,
the categories and their points from :mod:`.catalogue`, the figures from the
scorer's result.

Like ``ecoie report`` the page inlines plotly.js (from the ``plotly``
package) and its own script and style, so it opens offline.  Bars start
near the lowest value shown, with the axis start written beside the chart:
on an axis from 0, 0.91 and 1.00 look the same.  Colours are the
Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.

For offset-only gold (``annotations/real``) the page holds snippets of texts
that may not be redistributed: its header says so, and it belongs under
``out/`` (ignored by git), like the ``--errors`` file.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from ..schema import GoldDoc
from .catalogue import AREAS, categorise, ranked
from .errors import ErrorRow, confusion, list_errors

#: characters of text shown either side of an error (the --errors file keeps 8; a page can afford more)
CONTEXT = 24

#: kind -> (short name, colour); Okabe-Ito colours
KINDS: dict[str, tuple[str, str]] = {
    "entity_missed": ("missed", "#E69F00"),
    "entity_false_alarm": ("false alarm", "#D55E00"),
    "entity_boundary": ("boundary", "#0072B2"),
    "entity_label": ("label", "#CC79A7"),
    "entity_ignored": ("ignored as boilerplate", "#7A7A7A"),
    "indicator": ("indicator", "#009E73"),
    "role": ("role", "#56B4E9"),
    "direction": ("direction", "#8A6D00"),
    "official_missed": ("official missed", "#E69F00"),
    "official_false_alarm": ("official false alarm", "#D55E00"),
    "event_missed": ("event slot missed", "#E69F00"),
    "event_false_alarm": ("event slot false alarm", "#D55E00"),
    "meta_missed": ("article field missed", "#E69F00"),
    "meta_false_alarm": ("article field false alarm", "#D55E00"),
    "meta_wrong": ("article field wrong", "#CC79A7"),
}
#: a confusion table with more values than this shows only the confused ones
MAX_FULL_CONFUSION = 8
SPAN_KINDS = ("entity_missed", "entity_false_alarm", "entity_boundary", "entity_label", "entity_ignored",
              "indicator", "role", "direction")


class EvalReportError(ValueError):
    """The page cannot be written; one line for the user."""


@dataclass
class RunInfo:
    """What was evaluated, with what, and when: the page's header."""

    gold: str
    predictions: str
    split: str | None = None
    model_versions: list[str] = field(default_factory=list)
    evaluated: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    predictions_written: str | None = None
    offset_only: bool = False


def model_versions(predictions: list[dict[str, Any]]) -> list[str]:
    """The distinct ``model_version`` values of the records, most frequent first."""
    counts = Counter(r.get("model_version") for r in predictions if r.get("model_version"))
    return [v for v, _ in counts.most_common()]


# --- small HTML helpers -----------------------------------------------------------------

def _e(value: Any) -> str:
    return "" if value is None else escape(str(value))


def _chip(kind: str, text: str | None = None) -> str:
    name, _ = KINDS.get(kind, (kind, "#555"))
    return f'<span class="chip k-{_e(kind)}">{_e(text or name)}</span>'


def _f(value: float) -> str:
    return f"{value:.3f}"


def _prf_cells(m: dict[str, Any]) -> str:
    return "".join(f'<td class="num">{_f(m[k])}</td>' for k in ("precision", "recall", "f1")) + \
        "".join(f'<td class="num">{m[k]}</td>' for k in ("tp", "fp", "fn"))


_PRF_HEAD = "<th>P</th><th>R</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th>"


def _in_context(text: str, row: ErrorRow) -> str:
    """The span marked in ``CONTEXT`` characters either side, coloured by the kind of error."""
    if row.start is None or row.end is None or not text:
        return ""
    s, e = row.start, row.end
    left, mid, right = text[max(0, s - CONTEXT): s], text[s:e], text[e: e + CONTEXT]
    clean = lambda t: _e(t.replace("\n", "⏎"))  # noqa: E731
    return (f'<span class="ctx">{"…" if s > CONTEXT else ""}{clean(left)}'
            f'<mark class="k-{_e(row.kind)}">{clean(mid)}</mark>{clean(right)}{"…" if e + CONTEXT < len(text) else ""}</span>')


# --- sections -----------------------------------------------------------------------------

def _header(info: RunInfo, result: dict[str, Any], n_rows: int) -> str:
    docs = result["documents"]
    items = [("gold", info.gold), ("split", info.split or "all"),
             ("documents", f"{docs['gold']}" + (f" ({docs['unmatched']} without a prediction)" if docs["unmatched"] else "")),
             ("predictions", info.predictions),
             ("model version", ", ".join(info.model_versions) or "not recorded in the predictions"),
             ("evaluated", info.evaluated)]
    if info.predictions_written:
        items.append(("predictions written", info.predictions_written))
    items.append(("disagreements", str(n_rows)))
    meta = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in items)
    warning = ""
    if info.offset_only:
        warning = ('<p class="warning" id="offset-warning"><strong>Do not publish this page with the gold.</strong> '
                   "The gold is offset-only: its texts may not be redistributed, and this page quotes snippets of "
                   "them. Keep it out of git (write it under <code>out/</code>, which is ignored).</p>")
    return f'<header><h1>ecoie evaluation: {_e(info.gold)}</h1>{warning}<dl class="run">{meta}</dl></header>'


def _summary_figures(result: dict[str, Any]) -> list[tuple[str, float]]:
    ind, ev, off, ents = result["indicators"], result["events"], result["officials"], result["entities"]
    return [("entity micro F1", ents["micro"]["f1"]), ("entity partial F1", ents["partial"]["f1"]),
            ("indicator accuracy", ind["indicator_accuracy"]),
            ("(indicator, role) accuracy", ind["indicator_role_accuracy"]),
            ("(indicator, role, direction) accuracy", ind["indicator_role_direction_accuracy"]),
            ("direction accuracy", ind["direction_accuracy"]), ("link F1", ind["link"]["f1"]),
            ("officials (person, title) F1", off["person_title"]["f1"]),
            ("officials (person, org) F1", off["person_org"]["f1"]), ("event slot F1", ev["all_slots"]["f1"])]


def _summary(result: dict[str, Any]) -> str:
    rows = "".join(f'<tr><th>{_e(k)}</th><td class="num">{_f(v)}</td></tr>' for k, v in _summary_figures(result))
    baselines = "".join(
        f'<tr><th>baseline ({_e(name)}): (indicator, role) accuracy</th><td class="num">{_f(b["indicator_role_accuracy"])}</td></tr>'
        for name, b in result.get("baselines", {}).items())
    oracle = '<p class="note">Quantities are the gold spans (--oracle-spans): indicator figures measure the classifier alone.</p>' \
        if result.get("oracle_spans") else ""
    return (f'<section id="summary"><h2>Summary</h2>{oracle}<div class="two"><div class="chart" id="chart-summary"></div>'
            f'<table class="figures">{rows}{baselines}</table></div></section>')


def _labels(result: dict[str, Any]) -> str:
    ents = result["entities"]
    rows = "".join(f"<tr><th>{_e(lab)}</th>{_prf_cells(m)}<td class=\"num\">{_f(ents['per_label_partial'][lab]['f1'])}</td></tr>"
                   for lab, m in ents["per_label"].items())
    ignored = ents.get("missed_in_ignored", {})
    note = ""
    if ignored.get("total"):
        per = ", ".join(f"{lab} {n}" for lab, n in ignored["per_label"].items())
        note = f'<p class="note">Gold entities missed inside ranges ignored as boilerplate: {ignored["total"]} ({_e(per)}).</p>'
    return (f'<section id="entities"><h2>Entities per label</h2><div class="chart wide" id="chart-labels"></div>{note}'
            f'<table><thead><tr><th>label</th>{_PRF_HEAD}<th>partial F1</th></tr></thead>'
            f'<tbody><tr class="micro"><th>micro</th>{_prf_cells(ents["micro"])}<td class="num">{_f(ents["partial"]["f1"])}</td></tr>'
            f"{rows}</tbody></table></section>")


def _kinds(rows: list[ErrorRow]) -> str:
    counts = Counter(r.kind for r in rows)
    body = "".join(f'<tr><td>{_chip(k)}</td><td class="num">{counts[k]}</td></tr>' for k in KINDS if counts[k])
    return (f'<section id="kinds"><h2>Errors by kind</h2><table class="kinds"><thead><tr><th>kind</th><th>rows</th>'
            f"</tr></thead><tbody>{body or '<tr><td colspan=2>none</td></tr>'}</tbody></table></section>")


def _catalogue(rows: list[ErrorRow], result: dict[str, Any]) -> str:
    lines = ranked(categorise([r.as_dict() for r in rows]), result)
    parts = ['<section id="catalogue"><h2>Error catalogue</h2><p class="note">Every row in the first category whose '
             "rule matches (<code>evaluation/catalogue.py</code>); <em>points</em> is what fixing the whole category "
             "would add to its area's headline figure.</p>"]
    for area, heading in AREAS.items():
        mine = [r for r in lines if r.area == area]
        if not mine:
            continue
        body = "".join(f'<tr><td class="num">{r.rank}</td><td>{_e(r.name)}</td><td class="num">{r.errors}</td>'
                       f'<td class="num">{r.misses}</td><td class="num">{r.false_alarms}</td><td class="num">{r.wrong}</td>'
                       f'<td class="num">{r.points:.1f}</td><td class="ex">{_e(r.examples.replace("`", ""))}</td></tr>'
                       for r in mine)
        parts.append(f'<h3>{_e(heading)}</h3><table class="catalogue" data-area="{_e(area)}"><thead><tr><th>#</th>'
                     "<th>category</th><th>errors</th><th>missed</th><th>false</th><th>wrong</th><th>points</th>"
                     f"<th>examples (gold → system)</th></tr></thead><tbody>{body}</tbody></table>")
    if not lines:
        parts.append("<p>No errors.</p>")
    parts.append("</section>")
    return "".join(parts)


def _confusion_table(counts: Counter, table_id: str, what: str) -> str:
    """Gold values as rows, predicted values as columns; the diagonal is right, the rest is a confusion."""
    if not counts:
        return f'<p class="note" id="{table_id}">No {_e(what)} to compare.</p>'
    note = ""
    values = {v for pair in counts for v in pair}
    confused = {v for g, p in counts if g != p for v in (g, p)}
    if len(values) > MAX_FULL_CONFUSION and confused:
        # a taxonomy of 60 rows is a page of empty cells: keep the confused ones, list the always-right ones
        right = sorted((v for v in values - confused), key=str)
        note = (f'<p class="note always-right">Always right ({len(right)}): '
                + ", ".join(f"{_e(v)} {counts[(v, v)]}" for v in right) + "</p>")
        counts = Counter({k: n for k, n in counts.items() if k[0] in confused or k[1] in confused})
    golds = sorted({g for g, _ in counts}, key=str)
    preds = sorted({p for _, p in counts}, key=lambda v: (v not in golds, str(v)))
    biggest = max((n for (g, p), n in counts.items() if g != p), default=1)
    head = "".join(f'<th class="pred">{_e(p if p is not None else "(none)")}</th>' for p in preds)
    body = []
    for g in golds:
        cells = []
        for p in preds:
            n = counts.get((g, p), 0)
            if not n:
                cells.append('<td class="num"></td>')
            elif g == p:
                cells.append(f'<td class="num right" title="gold {_e(g)} = system">{n}</td>')
            else:
                alpha = 0.15 + 0.6 * n / biggest
                cells.append(f'<td class="num wrong" style="background:rgba(213,94,0,{alpha:.2f})" '
                             f'data-gold="{_e(g)}" data-pred="{_e(p)}" title="gold {_e(g)} → system {_e(p)}">{n}</td>')
        total = sum(counts.get((g, p), 0) for p in preds)
        body.append(f'<tr><th>{_e(g if g is not None else "(none)")}</th>{"".join(cells)}<td class="num">{total}</td></tr>')
    return (f'<div class="scroll"><table class="confusion" id="{table_id}"><thead><tr><th>gold ↓ / system →</th>{head}'
            f'<th>total</th></tr></thead><tbody>{"".join(body)}</tbody></table></div>{note}')


def _error_list(rows: list[ErrorRow], texts: dict[str, str], cols: str = "context", with_doc: bool = True) -> str:
    """A table of error rows: the span in context (``cols="context"``) or the slot, gold, system (∅ = none)."""
    if not rows:
        return '<p class="note">None.</p>'
    body = []
    for r in rows:
        where = _in_context(texts.get(r.doc_id, ""), r) if cols == "context" else _e(r.label)
        doc = f'<td><a href="#doc-{_e(r.doc_id)}" class="doclink">{_e(r.doc_id)}</a></td>' if with_doc else ""
        body.append(f'<tr class="err k-{_e(r.kind)}">{doc}<td>{_chip(r.kind)}</td><td>{where}</td>'
                    f"<td>{_e(r.gold if r.gold is not None else '∅')}</td>"
                    f"<td>{_e(r.pred if r.pred is not None else '∅')}</td></tr>")
    head = "context" if cols == "context" else "slot"
    return (f'<table class="errors"><thead><tr>{"<th>document</th>" if with_doc else ""}<th>kind</th><th>{head}</th>'
            f'<th>gold</th><th>system</th></tr></thead><tbody>{"".join(body)}</tbody></table>')


def _indicators(gold: list[GoldDoc], preds: list[dict], rows: list[ErrorRow], result: dict[str, Any]) -> str:
    ind = result["indicators"]
    texts = {g.id: g.text for g in gold}
    role_rows = [r for r in rows if r.kind in ("role", "direction")]
    return (f'<section id="indicators"><h2>Indicators, roles and directions</h2>'
            f'<p class="note">On the {ind["found_quantities"]} gold quantities the system found (same offsets): '
            f'indicator accuracy {_f(ind["indicator_accuracy"])}, (indicator, role) {_f(ind["indicator_role_accuracy"])}, '
            f'direction {_f(ind["direction_accuracy"])} on {ind["gold_changes_found"]} gold changes. '
            "Rows are gold, columns the system; the diagonal is right.</p>"
            f'<h3>Indicator confusion</h3>{_confusion_table(confusion(gold, preds, "indicator"), "confusion-indicator", "indicators")}'
            f'<div class="two"><div><h3>Role confusion</h3>{_confusion_table(confusion(gold, preds, "role"), "confusion-role", "roles")}</div>'
            f'<div><h3>Direction confusion (gold changes)</h3>'
            f'{_confusion_table(confusion(gold, preds, "direction"), "confusion-direction", "directions")}</div></div>'
            f'<h3>Role and direction errors</h3><div id="role-errors">{_error_list(role_rows, texts)}</div></section>')


def _officials_events(rows: list[ErrorRow], result: dict[str, Any]) -> str:
    off, ev = result["officials"], result["events"]
    off_rows = [r for r in rows if r.kind.startswith("official")]
    ev_rows = [r for r in rows if r.kind.startswith("event")]
    slot_errors: dict[str, Counter] = defaultdict(Counter)
    for r in ev_rows:
        slot_errors[r.label][r.kind] += 1
    slots = [*ev["slots"].items(), ("metric", ev["enforcement_metrics"]), ("jurisdiction", ev["enforcement_jurisdictions"])]
    slot_body = "".join(
        f"<tr><th>{_e(slot)}</th>{_prf_cells(m)}<td class=\"num\">{slot_errors[slot]['event_missed']}</td>"
        f"<td class=\"num\">{slot_errors[slot]['event_false_alarm']}</td></tr>" for slot, m in slots)
    return (f'<section id="officials"><h2>Officials</h2><table><thead><tr><th>pair</th>{_PRF_HEAD}</tr></thead><tbody>'
            f'<tr><th>(person, title)</th>{_prf_cells(off["person_title"])}</tr>'
            f'<tr><th>(person, org)</th>{_prf_cells(off["person_org"])}</tr></tbody></table>'
            f'<div id="official-errors">{_error_list(off_rows, {}, cols="slot")}</div></section>'
            f'<section id="events"><h2>Events per slot</h2><table id="event-slots"><thead><tr><th>slot</th>{_PRF_HEAD}'
            f'<th>missed rows</th><th>false rows</th></tr></thead><tbody>'
            f'<tr class="micro"><th>all slots</th>{_prf_cells(ev["all_slots"])}<td></td><td></td></tr>{slot_body}</tbody></table>'
            f'<div id="event-errors">{_error_list(ev_rows, {}, cols="slot")}</div></section>'
            + _article(rows, result))


def _article(rows: list[ErrorRow], result: dict[str, Any]) -> str:
    """The article's place and date per field, where the gold gives them (nothing for gold without them)."""
    fields = result.get("article") or {}
    if not fields:
        return ""
    body = "".join(f"<tr><th>{_e(name)}</th>{_prf_cells(m)}</tr>" for name, m in fields.items())
    meta_rows = [r for r in rows if r.kind.startswith("meta")]
    return (f'<section id="article"><h2>The article\'s place and date</h2><table><thead><tr><th>field</th>{_PRF_HEAD}'
            f'</tr></thead><tbody>{body}</tbody></table>'
            f'<div id="article-errors">{_error_list(meta_rows, {}, cols="slot")}</div></section>')


def _documents(gold: list[GoldDoc], rows: list[ErrorRow], result: dict[str, Any]) -> str:
    by_doc: dict[str, list[ErrorRow]] = defaultdict(list)
    for r in rows:
        by_doc[r.doc_id].append(r)
    per_doc = {d["doc_id"]: d for d in result["per_document"]}
    order = sorted(gold, key=lambda g: (-len(by_doc[g.id]), per_doc.get(g.id, {}).get("entity_f1", 0.0), g.id))
    parts = ['<section id="documents"><h2>Documents</h2><p class="note">Most errors first. Open a document to see '
             'its errors in context; the marked text is the gold span (for a false alarm, the system\'s). '
             '<button type="button" id="open-all">open all</button> <button type="button" id="close-all">close all</button>'
             f'</p><p class="legend">{"".join(_chip(k) for k in SPAN_KINDS)}</p>']
    for g in order:
        mine = by_doc[g.id]
        d = per_doc.get(g.id, {})
        counts = Counter(r.kind for r in mine)
        chips = "".join(_chip(k, f"{KINDS[k][0]} {counts[k]}") for k in KINDS if counts[k])
        missing = '<span class="nopred">no prediction</span>' if d and not d.get("matched", True) else ""
        span_rows = [r for r in mine if r.kind in SPAN_KINDS]
        other_rows = [r for r in mine if r.kind not in SPAN_KINDS]
        body = (_error_list(span_rows, {g.id: g.text}, with_doc=False) if span_rows
                else '<p class="note">No span errors.</p>')
        if other_rows:
            body += "<h4>Officials, events and the article's place and date</h4>" + _error_list(other_rows, {}, cols="slot", with_doc=False)
        parts.append(
            f'<details class="doc" id="doc-{_e(g.id)}" data-doc="{_e(g.id)}" data-errors="{len(mine)}"><summary>'
            f'<span class="docid">{_e(g.id)}</span> <span class="f">entity F1 {_f(d.get("entity_f1", 0.0))} · '
            f'link F1 {_f(d.get("link_f1", 0.0))} · {len(mine)} error{"" if len(mine) == 1 else "s"}</span> {missing}{chips}'
            f"</summary>{body}</details>")
    parts.append("</section>")
    return "".join(parts)


# --- charts ---------------------------------------------------------------------------------

def axis_start(values: list[float]) -> float:
    """Where a 0–1 bar axis starts: a step of 0.05 below the lowest value, so 0.91 and 1.00 differ visibly."""
    if not values:
        return 0.0
    return max(0.0, math.floor((min(values) - 0.05) * 20) / 20)


def chart_data(result: dict[str, Any]) -> dict[str, Any]:
    summary = _summary_figures(result)
    labels = result["entities"]["per_label"]
    label_values = [m[k] for m in labels.values() for k in ("precision", "recall", "f1")]
    return {
        "summary": {"names": [k for k, _ in summary], "values": [v for _, v in summary],
                    "start": axis_start([v for _, v in summary])},
        "labels": {"names": list(labels), "precision": [m["precision"] for m in labels.values()],
                   "recall": [m["recall"] for m in labels.values()], "f1": [m["f1"] for m in labels.values()],
                   "start": axis_start(label_values)},
    }


# --- the page --------------------------------------------------------------------------------

def render_page(gold: list[GoldDoc], predictions: list[dict[str, Any]], result: dict[str, Any], info: RunInfo,
                plotly_js: str) -> str:
    """The whole page as a string (no file access: the unit tests call it with a stub for plotly.js)."""
    from ..analytics.report import json_for_script

    rows = list_errors(gold, predictions)
    body = "".join([_header(info, result, len(rows)), "<main>", _summary(result), _labels(result), _kinds(rows),
                    _catalogue(rows, result), _indicators(gold, predictions, rows, result),
                    _officials_events(rows, result), _documents(gold, rows, result), "</main>"])
    kind_css = "".join(f".k-{k}{{--k:{c}}}" for k, (_, c) in KINDS.items())
    return (_TEMPLATE.replace("__TITLE__", _e(f"ecoie evaluation: {info.gold}"))
            .replace("__STYLE__", _STYLE + kind_css)
            .replace("__BODY__", body)
            .replace("__DATA__", json_for_script(chart_data(result)))
            .replace("__APP__", _APP)
            .replace("__PLOTLY__", plotly_js.replace("</script", "<\\/script")))


def load_plotly_js() -> str:
    """plotly.js to inline; called before scoring so a missing ``plotly`` costs no pipeline run."""
    from ..analytics.report import ReportError, inline_plotly_js

    try:
        return inline_plotly_js()
    except ReportError as exc:
        raise EvalReportError(f"--html: {exc}") from None


def write_page(path: Path, gold: list[GoldDoc], predictions: list[dict[str, Any]], result: dict[str, Any],
               info: RunInfo, plotly_js: str | None = None) -> None:
    """Write the page atomically (a ``.part`` file renamed), so a failed write leaves no half page."""
    page = render_page(gold, predictions, result, info, plotly_js if plotly_js is not None else load_plotly_js())
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise EvalReportError(f"cannot write {path}: {exc.strerror or exc}") from None


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>__STYLE__</style>
</head>
<body>
__BODY__
<footer>Generated by <code>ecoie evaluate --html</code>. Self-contained: nothing is loaded from the network.</footer>
<script type="application/json" id="ecoie-eval-data">__DATA__</script>
<script>__PLOTLY__</script>
<script>__APP__</script>
</body>
</html>
"""

_STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --head: #f0f4f8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); margin: 0 24px; }
h1 { font-size: 22px; margin: 16px 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; } h4 { font-size: 14px; margin: 10px 0 4px; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
dl.run dt { color: var(--muted); } dl.run dd { margin: 0; font-family: ui-monospace, monospace; font-size: 13px; }
.warning { background: #fff4e5; border-left: 4px solid #D55E00; padding: 8px 12px; }
.note { color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; font-size: 14px; margin: 4px 0 12px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); } td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.micro { font-weight: 600; }
.two { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.chart { width: 560px; height: 380px; } .chart.wide { width: 900px; height: 360px; }
.scroll { overflow-x: auto; max-width: 100%; }
table.confusion th.pred { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; }
table.confusion td.right { background: #e3f2ec; } table.confusion td.wrong { font-weight: 600; }
.chip { display: inline-block; border-left: 4px solid var(--k); background: color-mix(in srgb, var(--k) 14%, white);
  padding: 0 6px; margin: 1px 3px 1px 0; border-radius: 3px; font-size: 12px; white-space: nowrap; }
mark { background: color-mix(in srgb, var(--k) 30%, white); border-bottom: 2px solid var(--k); color: inherit; padding: 0 1px; }
.ctx { font-size: 14px; }
details.doc { border-bottom: 1px solid var(--line); padding: 4px 0; }
details.doc > summary { cursor: pointer; } details.doc[open] > summary { font-weight: 600; }
.docid { font-family: ui-monospace, monospace; } .f { color: var(--muted); font-size: 13px; }
.nopred { background: #D55E00; color: #fff; padding: 0 6px; border-radius: 3px; font-size: 12px; }
.legend .chip { font-size: 13px; } td.ex { font-size: 13px; color: var(--muted); }
footer { color: var(--muted); font-size: 13px; margin: 24px 0; }
"""

_APP = r"""
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("ecoie-eval-data").textContent);
  const font = { family: "system-ui, sans-serif", size: 12, color: "#1f2933" };
  const config = { displayModeBar: false, responsive: true };
  const axisNote = (start) => (start > 0 ? "axis starts at " + start.toFixed(2) + ", not 0" : "");
  const axis = (start, title) => ({ range: [start, 1.02], title: { text: title }, gridcolor: "#e4e7eb", zeroline: false,
    tickformat: ".2f" });

  // headline figures: horizontal bars from near the lowest value (written under the axis) up to 1
  const s = data.summary;
  Plotly.newPlot("chart-summary", [{
    type: "bar", orientation: "h", x: s.values, y: s.names, marker: { color: "#0072B2" },
    text: s.values.map((v) => v.toFixed(3)), textposition: "outside", cliponaxis: false,
    hovertemplate: "%{y}: %{x:.3f}<extra></extra>",
  }], {
    font, margin: { l: 250, r: 40, t: 10, b: 50 }, xaxis: axis(s.start, axisNote(s.start)),
    yaxis: { autorange: "reversed", automargin: true }, bargap: 0.25,
  }, config);

  // per label: precision, recall, F1 side by side (Okabe-Ito blue, orange, green)
  const l = data.labels;
  const series = [["precision", "#0072B2"], ["recall", "#E69F00"], ["F1", "#009E73"]];
  Plotly.newPlot("chart-labels", series.map(([name, colour]) => ({
    type: "bar", name, x: l.names, y: l[name.toLowerCase()], marker: { color: colour },
    hovertemplate: "%{x} " + name + ": %{y:.3f}<extra></extra>",
  })), {
    font, margin: { l: 60, r: 10, t: 10, b: 40 }, barmode: "group",
    yaxis: axis(l.start, axisNote(l.start)), legend: { orientation: "h", y: 1.1 },
  }, config);

  // a link to a document opens it
  function openDoc(hash) {
    const el = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    if (el && el.tagName === "DETAILS") { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", () => openDoc(location.hash));
  openDoc(location.hash);
  document.getElementById("open-all").addEventListener("click", () => document.querySelectorAll("details.doc").forEach((d) => { d.open = true; }));
  document.getElementById("close-all").addEventListener("click", () => document.querySelectorAll("details.doc").forEach((d) => { d.open = false; }));
  window.ecoieEval = { data };
})();
"""
