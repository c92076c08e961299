"""``ecoie_tables``: the numbers in data tables, with the indicator, unit and place their table gives them.

A table cell holds a bare number (``83.9``): the quantity grammar, which needs a
unit or a measure word, misses it, and the indicator classifier, which reads the
sentence around a number, sees only ``东湖区 | 83.9 | 18``.  The table says it
all the same: the column's header names the indicator and the unit, the row
head names the place (ANNOTATION.md s.2: a table cell is a QUANTITY).  This
component reads tables with :mod:`pipeline.grammar.tables` and

* adds every numeric cell as a QUANTITY to the grammar's span group (after the
  ``quantities`` component, before the entity merger), replacing what the
  grammar found inside the cell;
* records one :class:`TableCell` per cell in ``doc._.tables``: its value and
  canonical unit (the header's unit applied to the cell), the indicator the
  header (or, in a transposed table, the row head; else the table's caption)
  names by the taxonomy's cue words (``configs/indicators.tsv``), its role from the header's role words
  (rank, change, target columns; value otherwise), and the spans of its row
  head, column header and the table's caption.

``ecoie_values``, ``ecoie_indicators`` (:func:`pipeline.linking.tables.table_links`),
``ecoie_direction`` and ``ecoie_scope`` then take value, unit, indicator, role
and place from there.  Header cells with no cue leave the indicator to the
classifier, which is shown the cell as its table reads it (row head, header,
number and unit).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..contract import boilerplate_of
from ..grammar import tables as grammar
from ..grammar.values import normalize_quantity
from ..linking.contract_rules import day_column_indicator
from ..linking.features import Featurizer
from ..taxonomy import load_taxonomy
from .segmenter import resolve_project_path
from .spans import char_span_split, text_of

DEFAULT_WORDS = {
    # header words that make a column (or a row, in a transposed table) a rank, a change or a target
    "rank_words": ["排名", "名次", "排序", "位次", "排位"],
    "change_words": ["同比", "环比", "变化", "增减", "升降", "变幅", "增幅", "降幅", "涨幅", "较上年", "较去年", "比上年",
                     "比去年", "改善幅度", "改善率", "下降率", "上升率", "增长率"],
    "target_words": ["目标", "任务", "考核要求", "要求值", "限值", "标准值"],
    # columns (and rows) that hold identifiers or periods, never quantities
    "skip_words": ["序号", "编号", "代码", "代号", "年份", "年度", "日期", "时间", "月份", "电话", "邮编", "批次", "号码"],
}


#: indicators of days a table may rank by when it shows no composite index
DAY_RANKINGS = frozenset(("air.heavy_pollution_days", "air.good_days", "air.good_days_ratio"))


@dataclass
class TableCell:
    """One numeric cell of a table and what its table says about it (offsets on the normalised text)."""

    start: int
    end: int
    value: float | None
    unit: str | None
    indicator: str | None  # None: the header names no indicator (the classifier decides)
    role: str
    label: str  # the column header, as the table writes it (every header line's cell)
    row_label: str  # the row head's text
    row_start: int = -1  # the row head's cell
    row_end: int = -1
    column_start: int = -1  # the column's header cell (last header line)
    column_end: int = -1
    caption_start: int = -1  # the line above the table (表1 2024年8月各区空气质量状况), if any
    caption_end: int = -1


@Language.factory("ecoie_tables", requires=["doc.spans"], assigns=["doc.spans", "doc._.tables"],
                  default_config={"spans_key": "grammar", "taxonomy": "configs/indicators.tsv", "min_rows": 2,
                                  **DEFAULT_WORDS})
def create_table_reader(nlp: Language, name: str, spans_key: str, taxonomy: str, min_rows: int,
                        rank_words: list[str], change_words: list[str], target_words: list[str],
                        skip_words: list[str]) -> "TableReader":
    return TableReader(Featurizer(load_taxonomy(resolve_project_path(taxonomy))), spans_key, min_rows,
                       rank_words, change_words, target_words, skip_words)


class TableReader:
    def __init__(self, featurizer: Featurizer, spans_key: str = "grammar", min_rows: int = 2,
                 rank_words: list[str] | None = None, change_words: list[str] | None = None,
                 target_words: list[str] | None = None, skip_words: list[str] | None = None):
        self.featurizer = featurizer
        self.spans_key = spans_key
        self.min_rows = min_rows
        self.rank_words = tuple(rank_words if rank_words is not None else DEFAULT_WORDS["rank_words"])
        self.change_words = tuple(change_words if change_words is not None else DEFAULT_WORDS["change_words"])
        self.target_words = tuple(target_words if target_words is not None else DEFAULT_WORDS["target_words"])
        self.skip_words = tuple(skip_words if skip_words is not None else DEFAULT_WORDS["skip_words"])

    # --- reading headers ------------------------------------------------------------------------

    def indicator_of(self, label: str) -> str | None:
        """The indicator a header names, by the taxonomy's cue words (the first one named)."""
        hits = self.featurizer.cue_hits(label)
        return hits[0][2] if hits else None

    def role_of(self, label: str) -> str | None:
        if any(w in label for w in self.rank_words):
            return "rank"
        if any(w in label for w in self.change_words):
            return "change"
        if any(w in label for w in self.target_words):
            return "target"
        return None

    def read(self, text: str, boilerplate: list[tuple[int, int]] | None = None,
             dates: list[tuple[int, int]] | None = None) -> list[TableCell]:
        """Every numeric cell of every table in ``text``, with what its table says about it."""
        dates = dates or []
        out: list[TableCell] = []
        for table in grammar.find_tables(text, self.min_rows, boilerplate, dates):
            out.extend(self._cells(text, table, dates))
        return out

    def _cells(self, text: str, table: grammar.Table, dates: list[tuple[int, int]]) -> list[TableCell]:
        width = len(table.header)
        caption = text[table.caption[0]:table.caption[1]] if table.caption else ""
        labels = [table.column_label(j) for j in range(width)]
        indicators = [day_column_indicator(label, caption) or self.indicator_of(label) for label in labels]
        roles = [self.role_of(label) for label in labels]
        # a change or rank column without a cue of its own ranks or compares the column before it (PM2.5 | 同比)
        for j in range(width):
            if indicators[j] is None and roles[j] in ("change", "rank"):
                left = [indicators[k] for k in range(j - 1, -1, -1) if indicators[k] and roles[k] is None]
                if left:
                    indicators[j] = left[0]
                elif roles[j] == "rank":
                    indicators[j] = self._overall_rank(indicators)
        out: list[TableCell] = []
        for j in range(width):
            if j == table.head_column or any(w in labels[j] for w in self.skip_words) or grammar.year_column(table, j):
                continue
            if roles[j] != "rank" and indicators[j] is None and grammar.serial_column(table, j):
                continue  # rows numbered 1, 2, 3 under a header that names neither a ranking nor an indicator
            column_unit = grammar.header_unit(labels[j])
            table_unit = grammar.caption_unit(caption) or grammar.header_unit(caption)
            for row in table.rows:
                cell = row[j]
                if not grammar.is_number_cell(cell.text) or any(ds < cell.end and cell.start < de for ds, de in dates):
                    continue
                head = row[table.head_column] if table.head_column is not None else None
                row_label = head.text if head else ""
                if any(w in row_label for w in self.skip_words):
                    continue  # a row of identifiers: 邮编 | 252000, 编号 | 17
                # the column's unit, else the row's (a transposed table: 优良率(%) | 86.2 | 88.0), else the caption's
                unit = column_unit or grammar.header_unit(row_label) or table_unit
                # transposed, the row names the indicator; a table of one indicator names it in its caption
                indicator = indicators[j] or self.indicator_of(row_label) or self.indicator_of(caption)
                role = roles[j] or self.role_of(row_label) or "value"
                column = table.header[j]
                for part in grammar.number_parts(cell):  # 3.25(3.76): the figure and its comparison figure
                    value, canonical = self._value(part.text, unit, role)
                    out.append(TableCell(part.start, part.end, value, canonical, indicator, role, labels[j],
                                         row_label, head.start if head else -1, head.end if head else -1,
                                         column.start, column.end, table.caption[0] if table.caption else -1,
                                         table.caption[1] if table.caption else -1))
        return out

    @staticmethod
    def _overall_rank(indicators: list[str | None]) -> str | None:
        """A ranking column before every indicator column: the table's overall ranking.

        ANNOTATION.md s.2: overall air-quality rankings are ``air.aqi_composite`` rank; a table
        of other figures ranks by its first named indicator.
        """
        named = [i for i in indicators if i]
        if not named:
            return None
        if "air.aqi_composite" in named:
            return "air.aqi_composite"
        # a ranking of days (排序 | 城市 | 重污染天数 | 比例) ranks by its days: its ties follow them, no composite index is
        # shown; a ranking of pollutants' figures alone is the overall one
        if named[0] in DAY_RANKINGS and all(i in DAY_RANKINGS or i == "other" for i in named):
            return named[0]
        if all(i.startswith("air.") for i in named):
            return "air.aqi_composite"
        return named[0]

    @staticmethod
    def _value(cell: str, unit: str | None, role: str) -> tuple[float | None, str | None]:
        """The cell's value in the header's unit (``12.5`` under ``万元`` is 125000 CNY); a rank's place."""
        number = cell.replace("−", "-").replace("－", "-").replace("+", "")
        sign = -1 if number.startswith("-") else 1
        number = number.lstrip("-")
        if role == "rank" and not grammar.NUMBER_WITH_UNIT.fullmatch(cell):
            q = normalize_quantity(f"第{number}位")
        else:
            has_unit = bool(grammar.NUMBER_WITH_UNIT.fullmatch(number)) or number.endswith(("%", "‰"))
            q = normalize_quantity(number if has_unit or not unit else f"{number}{unit}")
        value = q.value * sign if q.value is not None else None
        if isinstance(value, float) and value.is_integer() and "." not in number:
            value = int(value)
        return value, q.unit

    # --- the component ----------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        group = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        dates = [(s.start_char, s.end_char) for s in group if s.label_ == "DATE"]
        cells = self.read(text, boilerplate_of(doc), dates)
        doc._.tables = cells
        if not cells:
            return doc
        kept = [(s.start_char, s.end_char, s.label_) for s in group
                if not any(c.start < s.end_char and s.start_char < c.end for c in cells)]
        for c in cells:
            char_span_split(doc, c.start, c.end, "QUANTITY")
        spans = sorted(kept + [(c.start, c.end, "QUANTITY") for c in cells])
        # re-create every span after the splits (splitting invalidates earlier Span objects)
        doc.spans[self.spans_key] = [sp for sp in (doc.char_span(s, e, label=lab) for s, e, lab in spans) if sp is not None]
        return doc
