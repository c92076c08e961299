"""HTML data tables as text rows: one line per ``<tr>``, cells joined by `` | ``.

trafilatura renders a table two ways depending on which extractor wins: its
own extractor writes Markdown rows (``| 东湖区 | 90.3 | 18 |`` and a
``|---|---|`` rule), its fallbacks write every cell on a line of its own, which
loses the table.  Pages converted to text by other tools write ``东湖区 | 90.3 | 18``.
:func:`flatten_tables` rewrites every data table of the page, before
trafilatura sees it, as paragraphs in that last shape, so every path gives the
text :mod:`pipeline.grammar.tables` reads (merged cells are repeated over the
columns and rows they span, so every row has the header's width).

Layout tables are left alone: a table holding another table, a cell of more
than ``MAX_CELL_CHARS`` characters (an article laid out in a table), rows of
a single cell, or mostly link text (related articles, navigation).
"""

from __future__ import annotations

import re

from lxml import etree

MAX_CELL_CHARS = 300
_SPACE = re.compile(r"\s+")


def _cell_text(cell) -> str:
    # a bar inside a cell would split it (｜ too: normalisation folds it to |)
    return _SPACE.sub(" ", cell.text_content()).strip().replace("|", "¦").replace("｜", "¦")


def _grid(table) -> list[list[str]]:
    """The table's rows with every merged cell repeated over the columns and rows it spans."""
    rows = [tr for tr in table.iter("tr")]
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text)
    for tr in rows:
        line: list[str] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        col = 0
        queue = list(cells)
        while queue or col in pending:
            if col in pending:
                left, text = pending[col]
                line.append(text)
                pending[col] = (left - 1, text)
                if left - 1 <= 0:
                    del pending[col]
                col += 1
                continue
            cell = queue.pop(0)
            text = _cell_text(cell)
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            for _ in range(span):
                line.append(text)
                if down > 1:
                    pending[col] = (down - 1, text)
                col += 1
        grid.append(line)
    return grid


def _int(value: str | None) -> int:
    try:
        return max(1, min(50, int(value or 1)))
    except ValueError:
        return 1


def _data_table(table, grid: list[list[str]]) -> bool:
    if table.find(".//table") is not None or len(grid) < 2:
        return False
    text = _SPACE.sub("", table.text_content())
    links = sum(len(_SPACE.sub("", a.text_content())) for a in table.iter("a"))
    if text and links * 2 > len(text):
        return False  # a list of links (related articles, navigation): left to trafilatura's judgement
    if sum(1 for row in grid if len(row) >= 2) * 2 <= len(grid):
        return False
    return all(len(text) <= MAX_CELL_CHARS for row in grid for text in row)


def flatten_tables(tree) -> int:
    """Replace each data ``<table>`` of an lxml HTML tree by one ``<p>`` per row; the number replaced."""
    done = 0
    for table in list(tree.iter("table")):
        grid = _grid(table)
        if not _data_table(table, grid):
            continue
        block = etree.Element("div")
        caption = table.find("caption")
        if caption is not None and _cell_text(caption):
            etree.SubElement(block, "p").text = _cell_text(caption)  # the table's title line stays above it
        for row in grid:
            if not any(row):
                continue
            p = etree.SubElement(block, "p")
            p.text = " | ".join(row)
        block.tail = table.tail
        parent = table.getparent()
        if parent is None:
            continue
        parent.replace(table, block)
        done += 1
    return done


def parse_with_flat_tables(html: str):
    """The page as trafilatura parses it, with its data tables flattened; None when it has none
    (the page then goes to trafilatura untouched) or cannot be parsed."""
    if "<table" not in html.lower():
        return None
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except (etree.ParserError, ValueError):
        return None
    if tree is None or not flatten_tables(tree):
        return None
    return tree
