"""Indicator and role of table cells, as their table decides them (contract rule, applied last).

A cell's context sentence is its table row (``东湖区 | 90.3 | 18``): the
classifier cannot tell the indicator from it.  The table can — the column's
header names the indicator (``优良率(%)``), and a rank, change or target
column decides the role (``pipeline.components.tables``).  So:

* :func:`table_contexts` shows the classifier each cell as its table reads it
  (``东湖区 优良率(%) 90.3%``), for cells whose header names no indicator;
* :func:`table_links` returns the table's own decisions, ``{index: (indicator
  or None, role)}``, which ``ecoie_indicators`` applies after every other
  contract rule.
"""

from __future__ import annotations

from ..linking.features import QuantityContext

Decision = tuple[str | None, str | None]


def _by_span(cells) -> dict[tuple[int, int], object]:
    return {(c.start, c.end): c for c in cells or []}


def table_contexts(cells, spans: list[tuple[int, int]], contexts: list[QuantityContext]) -> None:
    """Replace the row-as-sentence context of table cells by the reading ``row head + header + cell``."""
    found = _by_span(cells)
    for i, span in enumerate(spans):
        cell = found.get(span)
        if cell is None:
            continue
        ctx = contexts[i]
        ctx.left = f"{cell.row_label}{cell.label}为"
        ctx.right = ""
        ctx.prev_gap = ctx.prev_text = ctx.prev_index = None


def table_links(cells, spans: list[tuple[int, int]]) -> dict[int, Decision]:
    """Index -> (indicator, role) for the spans that are numeric table cells."""
    found = _by_span(cells)
    out: dict[int, Decision] = {}
    for i, span in enumerate(spans):
        cell = found.get(span)
        if cell is not None:
            out[i] = (cell.indicator, cell.role)
    return out
