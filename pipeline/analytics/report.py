"""``ecoie report``: one self-contained HTML file for people who would rather look than read.

Everything the page needs is inside it — the data as JSON, plotly.js (from
the ``plotly`` package, inlined, MIT), the page's own script and style — so it
opens offline, from a mail attachment or a USB stick, and looks the same in
ten years.  Charts are drawn by plotly.js; this module only chooses what to
plot: the consolidated figures (:mod:`.consolidate`) per place and indicator
over time, every point carrying its sources so a click shows the evidence
sentences and the articles; conflicting points are drawn differently.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..event_types import types_of_kind
from .consolidate import load_rows
from .stores import StoreReader


class ReportError(ValueError):
    """The report cannot be written; one line for the user."""


@dataclass
class ReportStats:
    places: int
    points: int
    conflicts: int
    events: int
    enforcement: int


def inline_plotly_js() -> str:
    """plotly.js itself, to inline: also used by the evaluation report (`ecoie evaluate --html`)."""
    try:
        from plotly.offline import get_plotlyjs
    except ImportError:
        raise ReportError("the report needs plotly: pip install 'ecoie[report]'") from None
    return get_plotlyjs()


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _midpoint(start: Any, end: Any) -> str | None:
    """Where a period sits on a time axis: its middle (a year at 1 July, a half at April)."""
    if not isinstance(start, dt.date):
        return None
    if not isinstance(end, dt.date) or end < start:
        return start.isoformat()
    return (start + (end - start) / 2).isoformat()


def collect(reader: StoreReader) -> dict[str, Any]:
    """The report's data: points (consolidated values), events, enforcement outcomes."""
    points = []
    for row in load_rows(reader):
        if row["role"] != "value":
            continue
        x = _midpoint(row.get("period_start"), row.get("period_end"))
        if x is None:
            continue
        sources = json.loads(row["sources"]) if isinstance(row["sources"], str) else row["sources"]
        points.append({
            "place": row["place"], "province": row.get("province"), "city": row.get("city"),
            "indicator": row["indicator"], "unit": row.get("unit"), "period": row["period"], "x": x,
            "value": row["value"], "conflict": bool(row["conflict"]), "values": row.get("values"),
            "n_articles": row["n_articles"], "sources": sources,
        })
    # which types are gatherings and which outcomes is declared in event_types.py
    gatherings = ", ".join(f"'{t}'" for t in types_of_kind("gathering")) or "NULL"
    outcomes = ", ".join(f"'{t}'" for t in types_of_kind("outcome")) or "NULL"
    events = [{k: _plain(v) for k, v in r.items()} for r in reader.query(f"""
        SELECT e.type, coalesce(CAST(e.event_date AS VARCHAR), e.date) AS date, e.title, e.organizer, e.speakers,
               e.moderator, e.evidence, d.province, d.city, d.title AS article, e.doc_id,
               CAST(d.published AS VARCHAR) AS published
        FROM events e JOIN documents d ON d.record_key = e.record_key
        WHERE e.type IN ({gatherings})
        ORDER BY date NULLS LAST, e.organizer""")]
    enforcement = [{k: _plain(v) for k, v in r.items()} for r in reader.query(f"""
        SELECT coalesce(e.place, e.jurisdiction) AS place, e.province, e.city, e.period, m.metric,
               max(m.value) AS value, count(DISTINCT d.text_sha256) AS articles,
               string_agg(DISTINCT e.doc_id, ' ') AS doc_ids
        FROM events e JOIN event_metrics m ON m.record_key = e.record_key AND m.event_idx = e.idx
        JOIN documents d ON d.record_key = e.record_key
        WHERE e.type IN ({outcomes})
        GROUP BY ALL ORDER BY e.province, place, e.period, m.metric""")]
    return {"points": points, "events": events, "enforcement": enforcement,
            "generated": dt.datetime.now().strftime("%Y-%m-%d %H:%M")}


def write_report(store: str | Path, out: str | Path) -> ReportStats:
    """Write the report of ``store`` to ``out`` (atomically)."""
    plotly_js = inline_plotly_js()
    reader = StoreReader(store)
    try:
        data = collect(reader)
    finally:
        reader.close()
    html = render(data, plotly_js, title=f"ecoie report: {Path(store).name}")
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        raise ReportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return ReportStats(places=len({p["place"] for p in data["points"]}), points=len(data["points"]),
                       conflicts=sum(p["conflict"] for p in data["points"]), events=len(data["events"]),
                       enforcement=len(data["enforcement"]))


def json_for_script(data: Any) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def render(data: dict[str, Any], plotly_js: str, title: str = "ecoie report") -> str:
    from html import escape

    return (_TEMPLATE.replace("__TITLE__", escape(title))
            .replace("__STYLE__", _STYLE)
            .replace("__DATA__", json_for_script(data))
            .replace("__APP__", _APP)
            .replace("__PLOTLY__", plotly_js.replace("</script", "<\\/script")))


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>__STYLE__</style>
</head>
<body>
<header>
  <h1>__TITLE__</h1>
  <p class="lede">Figures reported by the articles, per place and period. Click a point to see the sentence it comes
  from and the articles that state it. <span class="legend-conflict">✕ red</span> = the articles disagree.</p>
  <form id="filters" onsubmit="return false">
    <label>Province <select id="f-province"></select></label>
    <label>City <select id="f-city"></select></label>
    <label>Indicator <select id="f-indicator"></select></label>
    <span id="f-count"></span>
  </form>
</header>
<main>
  <section id="series-section"><h2>Indicators over time</h2><div id="charts"></div></section>
  <aside id="evidence" aria-live="polite"><h2>Evidence</h2><p class="hint">Click a point in a chart.</p></aside>
  <section><h2>Press conferences and meetings</h2><table id="events-table"></table></section>
  <section><h2>Enforcement outcomes per place and period</h2><table id="enforcement-table"></table></section>
</main>
<footer>Generated by ecoie on <span id="generated"></span>. Self-contained: nothing is loaded from the network.</footer>
<script type="application/json" id="ecoie-data">__DATA__</script>
<script>__PLOTLY__</script>
<script>__APP__</script>
</body>
</html>
"""

_STYLE = """
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #1f6fb2; --bad: #c62828; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; color: var(--ink); margin: 0; }
header, main, footer { padding: 0 24px; }
h1 { font-size: 22px; margin: 16px 0 4px; } h2 { font-size: 17px; margin: 20px 0 8px; }
.lede { color: var(--muted); margin: 0 0 8px; } .legend-conflict { color: var(--bad); font-weight: 600; }
#filters { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; padding: 8px 0;
  border-bottom: 1px solid var(--line); position: sticky; top: 0; background: #fff; z-index: 5; }
#filters select { font: inherit; padding: 2px 4px; } #f-count { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 0 24px; }
main > section { grid-column: 1; } #evidence { grid-column: 2; grid-row: 1 / span 3; position: sticky; top: 56px;
  align-self: start; max-height: calc(100vh - 70px); overflow: auto; border-left: 3px solid var(--accent);
  padding: 0 12px; }
.place { margin: 12px 0 20px; } .place h3 { font-size: 16px; margin: 0; } .place .where { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 8px; } .chart { width: 420px; height: 260px; }
.source { border-bottom: 1px solid var(--line); padding: 6px 0; } .source .meta { color: var(--muted); font-size: 13px; }
.source.disagrees { border-left: 3px solid var(--bad); padding-left: 6px; }
.sentence mark { background: #ffe08a; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f4f8; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { color: var(--muted); font-size: 13px; margin: 24px 0; }
@media (max-width: 900px) { main { display: block; } #evidence { position: static; max-height: none; } }
"""

_APP = r"""
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("ecoie-data").textContent);
  document.getElementById("generated").textContent = data.generated;
  const $ = (id) => document.getElementById(id);
  const MAX_PLACES = 40;
  const sel = { province: $("f-province"), city: $("f-city"), indicator: $("f-indicator") };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v; else if (k === "cls") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children || []) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    return node;
  }
  function fill(select, values, label) {
    const keep = select.value;
    select.innerHTML = "";
    select.appendChild(el("option", { value: "", text: "all " + label }));
    for (const v of values) select.appendChild(el("option", { value: v, text: v }));
    if (values.includes(keep)) select.value = keep;
  }
  const uniq = (xs) => [...new Set(xs.filter((x) => x))].sort();
  function matches(row, useIndicator) {
    if (sel.province.value && row.province !== sel.province.value) return false;
    if (sel.city.value && row.city !== sel.city.value && row.place !== sel.city.value) return false;
    if (useIndicator && sel.indicator.value && row.indicator !== sel.indicator.value) return false;
    return true;
  }
  function refreshFilters() {
    const all = data.points.concat(data.enforcement);
    fill(sel.province, uniq(all.map((r) => r.province)), "provinces");
    fill(sel.city, uniq(all.filter((r) => !sel.province.value || r.province === sel.province.value).map((r) => r.city)), "cities");
    fill(sel.indicator, uniq(data.points.map((r) => r.indicator)), "indicators");
  }
  function fmt(v) { return typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : (v ?? ""); }

  function showEvidence(point) {
    const box = $("evidence");
    box.innerHTML = "";
    box.appendChild(el("h2", { text: "Evidence" }));
    box.appendChild(el("p", { cls: "what" }, [el("strong", { text: point.place + " · " + point.indicator + " · " + point.period }),
      " — " + fmt(point.value) + " " + (point.unit || "") + " (" + point.n_articles + " article" + (point.n_articles === 1 ? "" : "s") + ")"]));
    if (point.conflict) box.appendChild(el("p", { cls: "legend-conflict", text: "Articles disagree: " + point.values }));
    for (const s of point.sources) {
      const sentence = el("div", { cls: "sentence" });
      const text = s.sentence || s.text || "";
      const at = s.text ? text.indexOf(s.text) : -1;
      if (at >= 0) { sentence.append(text.slice(0, at), el("mark", { text: s.text }), text.slice(at + s.text.length)); }
      else sentence.textContent = text;
      const meta = [s.published || "undated", s.doc_id, s.title || ""].filter((x) => x).join(" · ")
        + (s.reprint_of ? " · reprint of " + s.reprint_of : "") + (s.agrees ? "" : " · states " + fmt(s.value));
      box.appendChild(el("div", { cls: "source" + (s.agrees ? "" : " disagrees"), "data-doc": s.doc_id },
        [sentence, el("div", { cls: "meta", text: meta })]));
    }
  }

  function drawCharts() {
    const host = $("charts");
    host.innerHTML = "";
    const byPlace = new Map();
    for (const p of data.points) if (matches(p, true)) {
      if (!byPlace.has(p.place)) byPlace.set(p.place, []);
      byPlace.get(p.place).push(p);
    }
    const places = [...byPlace.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    $("f-count").textContent = places.length + " places" + (places.length > MAX_PLACES ? " (first " + MAX_PLACES + " shown; filter to see others)" : "");
    for (const [place, points] of places.slice(0, MAX_PLACES)) {
      const first = points[0];
      const box = el("div", { cls: "place", "data-place": place }, [
        el("h3", {}, [place + " ", el("span", { cls: "where", text: [first.province, first.city].filter((x) => x && x !== place).join(" ") })]),
      ]);
      const charts = el("div", { cls: "charts" });
      box.appendChild(charts);
      host.appendChild(box);
      const byIndicator = new Map();
      for (const p of points) { if (!byIndicator.has(p.indicator)) byIndicator.set(p.indicator, []); byIndicator.get(p.indicator).push(p); }
      for (const [indicator, pts] of [...byIndicator.entries()].sort()) {
        pts.sort((a, b) => a.x.localeCompare(b.x));
        const div = el("div", { cls: "chart", "data-indicator": indicator });
        charts.appendChild(div);
        const values = pts.map((p) => p.value);
        const lo = Math.min(...values), hi = Math.max(...values), pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.05 || 1;
        // whole years joined by a line; halves, quarters, months and ranges as points of their own
        const traces = [["annual", pts.filter((p) => /^\d{4}$/.test(p.period))], ["other", pts.filter((p) => !/^\d{4}$/.test(p.period))]]
          .filter(([, ps]) => ps.length).map(([kind, ps]) => ({
            x: ps.map((p) => p.x), y: ps.map((p) => p.value), type: "scatter", name: kind === "annual" ? "year" : "part of a year",
            mode: kind === "annual" && ps.length > 1 ? "lines+markers" : "markers",
            marker: { size: ps.map((p) => (p.conflict ? 14 : 10)), symbol: ps.map((p) => (p.conflict ? "x" : kind === "annual" ? "circle" : "diamond")),
                      color: ps.map((p) => (p.conflict ? "#c62828" : kind === "annual" ? "#1f6fb2" : "#7b8794")), line: { width: 1, color: "#ffffff" } },
            line: { color: "#9fb3c8", width: 1.5 }, customdata: ps.map((p) => data.points.indexOf(p)),
            text: ps.map((p) => p.period + (p.conflict ? " — conflict: " + p.values : "") + " · " + p.n_articles + " article(s)"),
            hovertemplate: "%{y} " + (pts[0].unit || "") + "<br>%{text}<extra></extra>",
          }));
        Plotly.newPlot(div, traces, {
          title: { text: indicator + (pts[0].unit ? " (" + pts[0].unit + ")" : ""), font: { size: 13 } },
          margin: { l: 56, r: 12, t: 32, b: 36 }, xaxis: { type: "date", tickformat: "%Y-%m" },
          yaxis: { range: [lo - pad, hi + pad], zeroline: false }, showlegend: false, hovermode: "closest",
        }, { displayModeBar: false, responsive: true });
        div.on("plotly_click", (ev) => { if (ev.points.length) showEvidence(data.points[ev.points[0].customdata]); });
      }
    }
  }

  function drawTable(table, columns, rows) {
    table.innerHTML = "";
    table.appendChild(el("thead", {}, [el("tr", {}, columns.map((c) => el("th", { text: c[0] })))]));
    const body = el("tbody");
    for (const r of rows) body.appendChild(el("tr", {}, columns.map((c) => el("td", { text: fmt(c[1](r)), cls: c[2] || "" }))));
    if (!rows.length) body.appendChild(el("tr", {}, [el("td", { text: "none for this selection", colspan: String(columns.length) })]));
    table.appendChild(body);
  }
  function drawTables() {
    drawTable($("events-table"), [["date", (r) => r.date], ["type", (r) => r.type.replace("_", " ")],
      ["organizer", (r) => r.organizer], ["speakers", (r) => r.speakers], ["moderator", (r) => r.moderator],
      ["title", (r) => r.title], ["article", (r) => r.article || r.doc_id]], data.events.filter((r) => matches(r, false)));
    drawTable($("enforcement-table"), [["place", (r) => r.place], ["province", (r) => r.province], ["period", (r) => r.period],
      ["metric", (r) => r.metric], ["value", (r) => r.value, "num"], ["articles", (r) => r.articles, "num"],
      ["documents", (r) => r.doc_ids]], data.enforcement.filter((r) => matches(r, false)));
  }
  function redraw() { drawCharts(); drawTables(); }
  refreshFilters();
  sel.province.addEventListener("change", () => { refreshFilters(); redraw(); });
  sel.city.addEventListener("change", redraw);
  sel.indicator.addEventListener("change", redraw);
  redraw();
  window.ecoieReport = { data, showEvidence };
})();
"""
