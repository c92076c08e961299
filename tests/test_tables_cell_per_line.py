"""Tables copied out of a web page one cell per line, cells holding a figure and its comparison figure,
and a pollutant named on the line above its figures.  Every table here is made up for the tests."""

from __future__ import annotations

from pipeline.grammar.tables import find_tables
from pipeline.io.readers import Document

#: a two-level header (the corner, two groups, a sub-label per column) then rows, one cell per line
TWO_LEVEL = """青川市2025年4月各县(区)环境空气质量综合指数排名表

区县名称

综合指数

同比变化率(%)

2025年4月

排序

与去年同期比

排序

北湖区

3.92

2

-8.4

3

南岭县

4.35

4

6.1

4

西岸县

3.10

1

-12.5

1

东坪山

3.44

_

-2.0

_

注:东坪山为风景区,不参加排名。
"""

#: each cell a line that ends with a Markdown bar; a figure and last year's figure in one cell
BARRED = """二、各县区综合指数排名情况
县区 |
综合指数 |
排名 |
云溪县 |
4.12(4.40) |
23(41) |
石门区 |
3.87(3.95) |
12(15) |
凤台县 |
4.56(4.31) |
57(48) |
"""

#: a pollutant alone on its line, the places' concentrations on the next (a two-column table)
POLLUTANT_ROWS = """各污染物浓度最高的区县
SO2 |
安平区(14µg/m3)、河口县(12µg/m3) |
NO2 |
安平区(33µg/m3)、北塘区(30µg/m3) |
"""


def _cells(record, text: str, after: str):
    return [q for q in record.quantities if q.start > text.index(after)]


def test_a_two_level_header_names_each_column_of_a_cell_per_line_table(extractor):
    tables = find_tables(TWO_LEVEL)
    assert len(tables) == 1 and len(tables[0].rows) == 4
    labels = [tables[0].column_label(j) for j in range(5)]
    assert labels[1] == "综合指数 2025年4月" and labels[4] == "同比变化率(%) 排序"
    record = extractor.process_one(Document("t", text=TWO_LEVEL, meta={}))
    cells = {(q.start, q.text): q for q in _cells(record, TWO_LEVEL, "北湖区")}
    got = [(q.text, q.indicator, q.role, q.direction) for _, q in sorted(cells.items())]
    assert got[:4] == [("3.92", "air.aqi_composite", "value", None), ("2", "air.aqi_composite", "rank", None),
                       ("-8.4", "air.aqi_composite", "change", "down"), ("3", "air.aqi_composite", "rank", None)]
    assert ("6.1", "air.aqi_composite", "change", "up") in got
    # the empty cells (_) of the unranked row are no figures; the sentence under the table is no row
    assert [t for t, *_ in got].count("_") == 0 and len(got) == 4 * 3 + 2
    assert all(TWO_LEVEL[q.start:q.end] == q.text for q in record.quantities)


def test_a_cell_with_its_comparison_figure_in_brackets_is_two_figures(extractor):
    record = extractor.process_one(Document("t", text=BARRED, meta={}))
    got = [(q.text, q.indicator, q.role) for q in _cells(record, BARRED, "云溪县")]
    assert got[:4] == [("4.12", "air.aqi_composite", "value"), ("4.40", "air.aqi_composite", "value"),
                       ("23", "air.aqi_composite", "rank"), ("41", "air.aqi_composite", "rank")]
    assert len(got) == 12
    assert {q.jurisdiction for q in _cells(record, BARRED, "凤台县")} == {"凤台县"}


def test_short_lines_of_words_and_numbers_without_a_repeating_shape_are_no_table():
    menu = "首页\n\n机构设置\n\n2025\n\n政务公开\n\n12\n\n互动交流\n\n联系我们\n"
    assert find_tables(menu) == []
    # a list of labels with one number each but no header before them is no table either
    assert find_tables("青川市\n\n3\n\n南岭县\n\n5\n\n西岸县\n\n7\n") == []


def test_a_pollutant_alone_on_its_line_names_the_figures_of_the_next_line(extractor):
    record = extractor.process_one(Document("t", text=POLLUTANT_ROWS, meta={}))
    got = {(q.text, q.indicator) for q in record.quantities}
    assert {("14µg/m3", "air.so2"), ("12µg/m3", "air.so2"), ("33µg/m3", "air.no2"), ("30µg/m3", "air.no2")} <= got


def test_top_or_bottom_places_before_a_ranking_word_are_a_rank(extractor):
    text = "附表:2025年3月各区县污染物浓度后5位排名情况,以及优良天数前3名排序。"
    record = extractor.process_one(Document("t", text=text, meta={}))
    assert {"后5位", "前3名"} <= {q.text for q in record.quantities}


def test_a_long_table_is_read_whole_and_long_headerless_runs_are_no_table():
    rows = "\n".join(f"第{i}测点\n{i % 300}\n{i % 50}" for i in range(600))
    tables = find_tables("点位\n优良天数\nPM2.5浓度\n" + rows)
    assert len(tables) == 1 and len(tables[0].rows) == 600
    # alternating words and numbers with no header line above them: a list, not a table
    assert find_tables("\n".join("某县" if i % 2 == 0 else str(i) for i in range(2000))) == []


#: a cell-per-line table whose merged header cells carry several bars and whose change column writes 持平
#: (written for this test)
MERGED_HEADER = """表二:某市2024年1-3月各县空气优良率统计
县城 |
排名 |
空气优良天数比率(%) | ||
2024年 |
2023年 |
同比变化 | ||
东安县 |
1 |
97.8 |
98.9 |
-1.1 |
南岭县 |
2 |
95.6 |
95.6 |
持平 |
西峰区 |
3 |
93.3 |
91.1 |
+2.2 |
"""


def test_merged_header_cells_and_no_change_cells_keep_a_cell_per_line_table(extractor):
    record = extractor.process_one(Document("t", text=MERGED_HEADER, meta={}))
    figures = [q.text for q in _cells(record, MERGED_HEADER, "东安县")]
    assert figures == ["1", "97.8", "98.9", "-1.1", "2", "95.6", "95.6", "3", "93.3", "91.1", "+2.2"]
    assert "持平" not in figures
