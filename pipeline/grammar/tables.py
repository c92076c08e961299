"""Data tables written as text: a header line of labels and rows of separated cells.

Bureau pages publish monthly rankings by district, water sections and their
class, air figures by county.  Converted to text (and the HTML reader converts
``<table>`` this way too, :func:`pipeline.io.readers.flatten_tables`) a table is
a header line and rows whose cells are separated by ``|`` (Markdown's leading
and trailing bars and ``|---|`` rules allowed) or tabs::

    区县 | 优良率(%) | PM2.5浓度(微克/立方米)
    东湖区 | 90.3 | 18
    西山县 | 87.1 | 21

A cell holding a number is a QUANTITY (ANNOTATION.md s.2: every number that
measures or counts something) although no unit follows it: its unit is written
once in the column's header, its indicator is the one the header names, and
the row head says where it was measured.  This module only reads the shape;
:mod:`pipeline.components.tables` turns the cells into spans and decisions.

What is never a table: a single line with bars (a sentence with one ``|``, a
navigation bar), and rows whose cells are mostly words (open-information
header tables ``索引号 | 发布机构 | 成文日期``, link bars): a table needs a
header line and at least ``min_rows`` rows with the same number of cells, most
of them numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .quantities import CONCENTRATION, UNIT

#: a number as a table writes it: sign, thousands commas, decimals, and optionally its unit or %
_SIGNED = r"[-+−－]?\d+(?:,\d{3})*(?:\.\d+)?"
BARE_NUMBER = re.compile(rf"{_SIGNED}\s?[%％‰]?")
NUMBER_WITH_UNIT = re.compile(rf"{_SIGNED}\s?(?:{UNIT})")
#: what stands in an empty cell, or in a change column for no change (持平): no figure, but the row's data
EMPTY_CELL = re.compile(r"[-—–/／\\*×_＿]{0,3}|无|暂无|--|持平|无变化|不变")
#: a figure with its comparison figure in brackets, as a table cell writes both: ``3.25(3.76)``, ``31（74）``
PAIRED_NUMBER = re.compile(rf"({_SIGNED}\s?[%％‰]?)\s?[（(]\s?({_SIGNED}\s?[%％‰]?)\s?[）)]")
#: a rule line inside a table: ``|---|---|``, a lone ``|``, ``+----+``
RULE_LINE = re.compile(r"[\s|:+\-=—]*")
#: the unit a header states: ``优良率(%)``, ``PM2.5浓度（微克/立方米）``, ``罚款(单位:万元)``
HEADER_UNIT = re.compile(rf"[（(\[【]\s*(?:单位\s*[:：]\s*)?({UNIT})\s*[）)\]】]")
#: a unit written at the end of a header without brackets: ``优良率%``, ``PM2.5浓度μg/m³``
HEADER_TRAILING_UNIT = re.compile(rf"(?<![\d.])(%|％|‰|{CONCENTRATION}|万元|亿元|元)\s*$")
#: the unit a caption or note states for the whole table: ``单位：微克/立方米``
CAPTION_UNIT = re.compile(rf"单位\s*[:：为]\s*({UNIT})")
#: a year written alone, as in a 年份 column
BARE_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")


@dataclass(frozen=True)
class Cell:
    """A cell's stripped text and where it stands in the text."""

    start: int
    end: int
    text: str
    date: bool = False  # the cell is a date (a label, whatever digits it has)


@dataclass
class Table:
    """A recognised table: its header line(s), its rows, and where the row heads are."""

    header: list[Cell]  # the last header line, aligned with the rows
    header_lines: list[list[Cell]]  # every header line, top first, each aligned with the rows
    rows: list[list[Cell]]
    head_column: int | None  # the column whose cells name the rows (None: no such column)
    caption: tuple[int, int] | None = None  # the title line right above the header (no sentence punctuation)
    start: int = 0
    end: int = 0
    quantity_columns: list[int] = field(default_factory=list)

    def column_label(self, j: int) -> str:
        """The column's header text, every header line's cell joined (two-level headers)."""
        parts: list[str] = []
        for line in self.header_lines:
            if j < len(line) and line[j].text and line[j].text not in parts:
                parts.append(line[j].text)
        return " ".join(parts)


def split_cells(text: str, start: int, end: int) -> list[Cell] | None:
    """The cells of the line ``text[start:end]``, or None when it is no table line.

    Bars first, then tabs; a leading or trailing bar opens or closes the row
    (Markdown) and adds no cell.
    """
    line = text[start:end]
    if "|" in line:
        sep = re.compile(r"\|")
    elif "\t" in line:
        sep = re.compile(r"\t+")
    else:
        return None
    cells: list[Cell] = []
    pos = 0
    for m in list(sep.finditer(line)) + [None]:
        stop = m.start() if m else len(line)
        raw = line[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        cells.append(Cell(start + pos + lead, start + pos + lead + len(stripped), stripped))
        pos = m.end() if m else pos
    if cells and not cells[0].text and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1].text and line.rstrip().endswith("|"):
        cells = cells[:-1]
    if line.rstrip().endswith("||") and sum(1 for c in cells if c.text) == 1:
        return None  # 环境空气优良天数比率(%) | ||: one merged header cell written alone on its line, no row
    return cells if len(cells) >= 2 else None


#: eight digits or more in a row: an identifier (a postcode-like or file number), as in the quantity grammar
IDENTIFIER = re.compile(r"\d{8,}")


def is_number_cell(text: str) -> bool:
    """A bare number, or a number with its unit (``83.9``, ``-5.3``, ``12%``, ``245天``), or a figure
    with its comparison figure (``3.25(3.76)``); not an identifier."""
    if IDENTIFIER.search(text):
        return False
    return bool(BARE_NUMBER.fullmatch(text) or NUMBER_WITH_UNIT.fullmatch(text) or PAIRED_NUMBER.fullmatch(text))


def number_parts(cell: Cell) -> list[Cell]:
    """The figures a number cell holds: itself, or a figure and the comparison figure in its brackets.

    ``3.25(3.76)`` under 综合指数 is this period's index and the same period's last year (two
    QUANTITY spans, ANNOTATION.md s.2: every number that measures something); ``31(74)`` under
    排名 two ranks.
    """
    m = PAIRED_NUMBER.fullmatch(cell.text)
    if not m:
        return [cell]
    return [Cell(cell.start + m.start(g), cell.start + m.end(g), m.group(g).strip()) for g in (1, 2)]


def _is_empty(text: str) -> bool:
    return bool(EMPTY_CELL.fullmatch(text))


def _number(cell: Cell) -> bool:
    return not cell.date and is_number_cell(cell.text)


def _data_row(cells: list[Cell]) -> bool:
    """Most filled cells are numbers (the row head, a label, does not count against it)."""
    filled = [c for c in cells if not _is_empty(c.text)]
    numbers = sum(1 for c in filled if _number(c))
    return numbers >= 1 and numbers * 2 >= len(filled) - 1


def _header_row(cells: list[Cell]) -> bool:
    """Labels: fewer than half the cells are bare numbers, and some cell has letters."""
    bare = sum(1 for c in cells if BARE_NUMBER.fullmatch(c.text))
    return bare * 2 < len(cells) and any(re.search(r"[^\W\d_]", c.text) for c in cells)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _align(header: list[Cell], width: int) -> list[Cell] | None:
    """The header cut or padded to the rows' width: a header may leave the row-head corner out."""
    if len(header) == width:
        return header
    if len(header) == width - 1:
        return [Cell(header[0].start, header[0].start, "")] + header
    return None


def find_tables(text: str, min_rows: int = 2, skip: list[tuple[int, int]] | None = None,
                dates: list[tuple[int, int]] | None = None) -> list[Table]:
    """Every table of ``text``: a header line then at least ``min_rows`` numeric rows of one width.

    Lines overlapping a ``skip`` region (page boilerplate) are no table lines.  Cells that are
    ``dates`` (``1月``, ``2023年``: the grammar's DATE spans) are labels, not numbers: a month
    column names the rows.
    """
    skip = skip or []
    date_set = set(dates or [])
    lines = _lines(text)
    parsed: list[list[Cell] | None | str] = []  # cells, None (not a table line), or "rule"/"blank"
    for s, e in lines:
        if any(rs < max(e, s + 1) and s < re_ for rs, re_ in skip):
            parsed.append(None)
        elif not text[s:e].strip():
            parsed.append("blank")
        elif "|" in text[s:e] and RULE_LINE.fullmatch(text[s:e]):
            parsed.append("rule")
        else:
            cells = split_cells(text, s, e)
            parsed.append([Cell(c.start, c.end, c.text, (c.start, c.end) in date_set) for c in cells] if cells else None)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cells = parsed[i]
        if not isinstance(cells, list):
            i += 1
            continue
        # a run of table lines (rules and blank lines inside it are skipped)
        run: list[int] = []
        j = i
        while j < len(lines) and (isinstance(parsed[j], list) or parsed[j] in ("rule", "blank")):
            if isinstance(parsed[j], list):
                run.append(j)
            j += 1
        for part in _tables_in_run(parsed, run):
            table = _read_run(text, lines, parsed, part, min_rows)
            if table is not None:
                tables.append(table)
        i = j
    tables.extend(_cell_per_line_tables(text, lines, parsed, min_rows, date_set))
    return sorted(tables, key=lambda t: t.start)


def _tables_in_run(parsed, run: list[int]) -> list[list[int]]:
    """A run of table lines cut where a header line follows data rows: two tables printed one under the other
    (a ranking by index, then a ranking by days), each with its own header and width."""
    parts: list[list[int]] = []
    for k, li in enumerate(run):
        after_data = k > 0 and _data_row(parsed[run[k - 1]])
        if not parts or (after_data and not _data_row(parsed[li]) and _header_row(parsed[li])):
            parts.append([])
        parts[-1].append(li)
    return parts


def _read_run(text: str, lines, parsed, run: list[int], min_rows: int) -> Table | None:
    """The table in a run of table lines: header lines, then data rows of one width."""
    first_data = next((k for k, li in enumerate(run) if _data_row(parsed[li]) and k > 0), None)
    if first_data is None:
        return None
    width = len(parsed[run[first_data]])
    rows = [parsed[li] for li in run[first_data:] if len(parsed[li]) == width and _data_row(parsed[li])]
    if len(rows) < min_rows:
        return None
    header_lines: list[list[Cell]] = []
    above = run[:first_data]
    for k, li in enumerate(above):
        # a line of the rows' width; one cell short only right above the rows (its corner left out):
        # a shorter upper line spans merged cells, whose columns the text no longer tells
        aligned = parsed[li] if len(parsed[li]) == width else (
            _align(parsed[li], width) if k == len(above) - 1 else None)
        if aligned is not None and _header_row(parsed[li]):
            header_lines.append(aligned)
    if not header_lines:
        return None
    header = header_lines[-1]
    head_column = _head_column(rows, width)
    start, end = lines[run[0]][0], lines[run[-1]][1]
    return Table(header=header, header_lines=header_lines, rows=rows, head_column=head_column,
                 caption=_caption_above(text, lines, parsed, run[0]), start=start, end=end)


def _caption_above(text: str, lines, parsed, first: int) -> tuple[int, int] | None:
    """The title line right above a table's first line (表1 2024年8月各区空气质量状况; 单位：微克/立方米),
    not a sentence of the article."""
    above = first - 1
    while above >= 0 and parsed[above] == "blank":
        above -= 1
    if above >= 0 and parsed[above] is None and lines[above][1] - lines[above][0] <= 60 \
            and not re.search(r"[。，,；;！？!?]", text[lines[above][0]:lines[above][1]]):
        return lines[above]
    return None


# --- tables written one cell per line ----------------------------------------------------------------
#
# Copied out of a web page, an HTML table often loses its row structure: every cell
# becomes a line of its own (blank lines, or a Markdown bar at the line's end, between
# them)::
#
#     城市名称 / 综合指数 / 同比变化率(%) / 2024年5月 / 排序 / 同期比 / 排序
#     东湖区 / 4.73 / 8 / -10.1 / 6
#     西山县 / 6.20 / 13 / -21.8 / 3
#
# (one line each).  The rows are still there as a period: a row head (a word) then the
# same number of figures, again and again.  The header is the run of labels before the
# first row: as many labels as the row is wide (or one fewer, the corner left out), or a
# two-level header — the corner, group labels, then one sub-label per column, which
# repeat from group to group (综合指数 | 同比变化率 over 月份 | 排序 | 月份 | 排序).

#: a cell alone on its line is short and no sentence (no clause punctuation, no ``标签:`` pair)
_CELL_LINE_MAX = 24
_NOT_A_CELL = re.compile(r"[。，,；;！？!?：:|]")
#: the widest row a one-cell-per-line table is read with
_MAX_WIDTH = 12


def _single_cell(text: str, start: int, end: int) -> Cell | None:
    """The line as one table cell (its leading or trailing Markdown bars dropped: a merged header cell is
    written with several, 环境空气优良天数比率(%) | ||), or None."""
    m = re.fullmatch(r"\s*(?:\|\s*)*(.*?)(?:\s*\|)*\s*", text[start:end])
    content = m.group(1) if m else ""
    if not content or len(content) > _CELL_LINE_MAX:
        return None
    if not is_number_cell(content) and _NOT_A_CELL.search(content):
        return None
    return Cell(start + m.start(1), start + m.end(1), content)


def _kind(cell: Cell) -> str:
    """``N``: a figure or an empty cell (a row's data); ``L``: a label (a row head, a header, a date)."""
    return "N" if _number(cell) or _is_empty(cell.text) else "L"


def _cell_per_line_tables(text: str, lines, parsed, min_rows: int, date_set: set) -> list[Table]:
    """The tables written one cell per line: runs of cell lines whose rows repeat one shape."""
    out: list[Table] = []
    run: list[tuple[int, Cell]] = []  # (line index, cell)
    for i, (s, e) in enumerate(lines + [(len(text), len(text))]):
        state = parsed[i] if i < len(lines) else None
        cell = _single_cell(text, s, e) if state is None and i < len(lines) else None
        if cell is not None:
            run.append((i, Cell(cell.start, cell.end, cell.text, (cell.start, cell.end) in date_set)))
        elif state in ("blank", "rule"):
            continue
        else:
            out.extend(_read_cell_run(text, lines, parsed, run, min_rows))
            run = []
    return out


def _read_cell_run(text: str, lines, parsed, run: list[tuple[int, Cell]], min_rows: int) -> list[Table]:
    cells = [c for _, c in run]
    kinds = [_kind(c) for c in cells]
    line_of = {c.start: i for i, c in run}
    tables: list[Table] = []
    p = 1
    while p < len(cells) - 1:
        if kinds[p] != "L" or kinds[p + 1] != "N" or not _number(cells[p + 1]):
            p += 1
            continue
        width, count = _row_period(cells, kinds, p, min_rows)
        if not width:
            p += 1
            continue
        labels = _labels_before(cells, kinds, p)
        header_lines = _cell_header(labels, width)
        if not header_lines:
            p += count * width  # rows with no header are no table, and no later row of them starts one
            continue
        rows = [cells[p + r * width:p + (r + 1) * width] for r in range(count)]
        first_line, last_line = line_of[header_lines[0][0].start], line_of[rows[-1][-1].start]
        # the caption stands above the run of labels (a header written one label per line)
        label_top = line_of[labels[0].start]
        tables.append(Table(header=header_lines[-1], header_lines=header_lines, rows=rows,
                            head_column=_head_column(rows, width),
                            caption=_caption_above(text, lines, parsed, label_top),
                            start=lines[first_line][0], end=lines[last_line][1]))
        p += count * width
    return tables


def _row_period(cells: list[Cell], kinds: list[str], p: int, min_rows: int) -> tuple[int, int]:
    """The narrowest row width whose shape (label / figure per column) repeats from ``p`` on at least
    ``min_rows`` (and three) times, and how many rows it covers; (0, 0) when none does.  A width that fails
    costs fewer than three rows' reading and the caller skips the rows a found width covers, so reading a
    page stays linear in its length."""
    for width in range(2, _MAX_WIDTH + 1):
        shape = kinds[p:p + width]
        if len(shape) < width or "N" not in shape:
            continue
        count = 0
        while kinds[p + count * width:p + (count + 1) * width] == shape:
            count += 1
        # three rows at least: two short lines of words and numbers are as often a menu as a table; the
        # narrowest width that repeats is the row (every multiple of it repeats too)
        if count >= max(min_rows, 3):
            return width, count
    return 0, 0


def _labels_before(cells: list[Cell], kinds: list[str], p: int) -> list[Cell]:
    """The label cells right before position ``p`` (the header, and maybe a caption above it)."""
    k = p
    while k > 0 and kinds[k - 1] == "L":
        k -= 1
    return cells[k:p]


def _cell_header(labels: list[Cell], width: int) -> list[list[Cell]] | None:
    """The header lines, aligned with rows of ``width`` cells, the labels before the first row make.

    Two levels when the last labels are the corner, two or more group labels, then one sub-label
    per column, the same sub-label at the same place in every group (排序 under each group); else the
    last ``width`` labels; else the last ``width - 1`` (the corner left out).
    """
    columns = width - 1
    for groups in range(2, columns):
        if columns % groups or len(labels) < 1 + groups + columns:
            continue
        cand = labels[len(labels) - (1 + groups + columns):]
        subs = cand[1 + groups:]
        span = columns // groups
        if any(len({subs[q + k * span].text for k in range(groups)}) == 1 for q in range(span)):
            top = [cand[0]] + [cand[1 + k // span] for k in range(columns)]
            return [top, [Cell(cand[0].start, cand[0].start, "")] + subs]
    if len(labels) >= width:
        header = labels[-width:]
        return [header] if _header_row(header) else None
    if len(labels) == columns:
        aligned = _align(labels, width)
        return [aligned] if aligned and _header_row(labels) else None
    return None


def _head_column(rows: list[list[Cell]], width: int) -> int | None:
    """The first column whose cells are mostly words: it names the rows."""
    for j in range(width):
        words = sum(1 for r in rows if r[j].text and not _number(r[j]) and not _is_empty(r[j].text))
        if words * 2 > len(rows):
            return j
    return None


def header_unit(label: str) -> str | None:
    """The unit a header states, in brackets (``优良率(%)``) or at its end (``优良率%``) — as spelt."""
    m = HEADER_UNIT.search(label) or HEADER_TRAILING_UNIT.search(label)
    return m.group(1) if m else None


def caption_unit(caption: str) -> str | None:
    """The unit a caption states for every column (``单位：微克/立方米``)."""
    m = CAPTION_UNIT.search(caption)
    return m.group(1) if m else None


def year_column(table: Table, j: int) -> bool:
    """A column of bare years (a 年份 column the header does not name): periods, not quantities."""
    cells = [r[j].text for r in table.rows if r[j].text and not _is_empty(r[j].text)]
    return bool(cells) and all(BARE_YEAR.fullmatch(c) for c in cells)


def serial_column(table: Table, j: int) -> bool:
    """A column counting the rows 1, 2, 3… (a 序号 column left unnamed): list numbers, not quantities."""
    cells = [r[j].text for r in table.rows]
    if not cells or not all(re.fullmatch(r"\d{1,4}", c) for c in cells):
        return False
    numbers = [int(c) for c in cells]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1
