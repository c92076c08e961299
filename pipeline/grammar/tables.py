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
#: what stands in an empty cell
EMPTY_CELL = re.compile(r"[-—–/／\\*×]{0,3}|无|暂无|--")
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
    return cells if len(cells) >= 2 else None


#: eight digits or more in a row: an identifier (a postcode-like or file number), as in the quantity grammar
IDENTIFIER = re.compile(r"\d{8,}")


def is_number_cell(text: str) -> bool:
    """A bare number, or a number with its unit (``83.9``, ``-5.3``, ``12%``, ``245天``); not an identifier."""
    if IDENTIFIER.search(text):
        return False
    return bool(BARE_NUMBER.fullmatch(text) or NUMBER_WITH_UNIT.fullmatch(text))


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
        table = _read_run(text, lines, parsed, run, min_rows)
        if table is not None:
            tables.append(table)
        i = j
    return tables


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
    caption = None
    above = run[0] - 1
    while above >= 0 and parsed[above] == "blank":
        above -= 1
    # a title line (表1 2024年8月各区空气质量状况; 单位：微克/立方米), not a sentence of the article
    if above >= 0 and parsed[above] is None and lines[above][1] - lines[above][0] <= 60 \
            and not re.search(r"[。，,；;！？!?]", text[lines[above][0]:lines[above][1]]):
        caption = lines[above]
    start, end = lines[run[0]][0], lines[run[-1]][1]
    return Table(header=header, header_lines=header_lines, rows=rows, head_column=head_column, caption=caption,
                 start=start, end=end)


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
