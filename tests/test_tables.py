"""Numbers in data tables: every numeric cell is a QUANTITY with its column's indicator, unit and role,
and its row head as the place (ANNOTATION.md s.2).  All tables here are made up for the tests."""

from __future__ import annotations

import pytest

from pipeline.grammar.tables import find_tables, split_cells
from pipeline.io.readers import Document, extract_html

PIPE_TABLE = """某市生态环境局发布2025年3月各县区空气质量状况。
表2 2025年3月各县区空气质量
县区 | 优良天数比例(%) | PM10浓度(微克/立方米) | 综合指数
|
青石县 | 93.5 | 41 | 3.12 |
白马区 | 90.3 | 45 | 3.40 |
全市 | 91.9 | 43 | 3.26 |
下一步，我们将持续推进扬尘治理。
"""

TAB_TABLE = ("2024年各县罚没情况如下。\n"
             "县名\t立案查处案件（件）\t罚款金额（万元）\n"
             "柳河县\t12\t35.5\n"
             "桐山县\t8\t20\n")

RANK_TABLE = """今年前两个月各区空气质量排名如下。
排名 | 城区 | 优良天数 | PM2.5浓度(微克/立方米) | 排名
1 | 红枫区 | 52 | 30 | 2
2 | 翠湖区 | 50 | 28 | 1
"""

CHANGE_TABLE = """各监测点位浓度对比如下。
点位所在地 | PM2.5浓度(微克/立方米) | 同比变化(%)
金沙县 | 35 | -5.3
玉溪区 | 38 | 2.1
"""


def test_pipe_table_cells_take_their_columns_indicator_unit_and_row_place(extractor):
    record = extractor.process_one(Document("t", text=PIPE_TABLE, meta={}))
    cells = [q for q in record.quantities if q.start > PIPE_TABLE.index("青石县")]
    assert [q.text for q in cells] == ["93.5", "41", "3.12", "90.3", "45", "3.40", "91.9", "43", "3.26"]
    first = {q.text: q for q in cells[:3]}
    assert (first["93.5"].indicator, first["93.5"].role, first["93.5"].unit) == ("air.good_days_ratio", "value", "%")
    assert (first["41"].indicator, first["41"].unit, first["41"].value) == ("air.pm10", "µg/m³", 41)
    assert first["3.12"].indicator == "air.aqi_composite"
    assert {q.jurisdiction for q in cells[:3]} == {"青石县"}
    assert {q.jurisdiction for q in cells[3:6]} == {"白马区"}
    assert {q.period for q in cells} == {"2025-03"}  # the caption's month
    # offsets point into the input
    assert all(PIPE_TABLE[q.start:q.end] == q.text for q in cells)


def test_tab_table_header_unit_scales_the_cell(extractor):
    record = extractor.process_one(Document("t", text=TAB_TABLE, meta={}))
    cells = {q.text: q for q in record.quantities if q.start > TAB_TABLE.index("柳河县")}
    assert set(cells) == {"12", "35.5", "8", "20"}
    assert (cells["12"].indicator, cells["12"].role, cells["12"].unit) == ("enforcement.penalty_cases", "value", "件")
    assert (cells["35.5"].indicator, cells["35.5"].value, cells["35.5"].unit) == ("enforcement.penalty_amount", 355000, "CNY")
    assert cells["8"].jurisdiction == "桐山县"


def test_rank_columns_are_ranks_of_the_table_or_of_the_column_before(extractor):
    record = extractor.process_one(Document("t", text=RANK_TABLE, meta={}))
    row = [q for q in record.quantities if RANK_TABLE.index("1 | 红枫区") <= q.start < RANK_TABLE.index("2 | 翠湖区")]
    assert [(q.text, q.indicator, q.role) for q in row] == [
        ("1", "air.aqi_composite", "rank"),  # an overall air-quality ranking
        ("52", "air.good_days", "value"),
        ("30", "air.pm25", "value"),
        ("2", "air.pm25", "rank"),  # the rank of the column before it
    ]
    assert row[0].jurisdiction == "红枫区"  # the row head stands after the rank


def test_change_column_signed_cells(extractor):
    record = extractor.process_one(Document("t", text=CHANGE_TABLE, meta={}))
    cells = {q.text: q for q in record.quantities if q.start > CHANGE_TABLE.index("金沙县")}
    assert (cells["-5.3"].indicator, cells["-5.3"].role, cells["-5.3"].direction, cells["-5.3"].delta) == (
        "air.pm25", "change", "down", -5.3)
    assert (cells["2.1"].role, cells["2.1"].direction) == ("change", "up")
    assert cells["35"].role == "value"


@pytest.mark.parametrize("text", [
    # a navigation bar with bars and a sentence with one bar
    "首页 | 机构概况 | 政务公开 | 环境质量 | 互动交流\n2024年3月5日 10:21 | 来源：某市生态环境局\n全市优良天数达到245天。\n",
    # an open-information header: words, not numbers
    "索引号 | 11370000/2024-00031 | 发布机构 | 某市生态环境局\n成文日期 | 2024-01-31 | 公开方式 | 主动公开\n"
    "文号 | 无 | 有效性 | 有效\n正文内容。\n",
    # a header and one row only
    "区县 | 优良率(%)\n东城区 | 88.1\n",
])
def test_lines_with_bars_that_are_no_table(text):
    assert find_tables(text) == []


def test_non_table_lines_add_no_quantity(extractor):
    text = "首页 | 新闻 | 公开 | 服务\n发布时间：2024-05-06 | 浏览次数：12\n全市优良天数达到245天。\n"
    record = extractor.process_one(Document("t", text=text, meta={}))
    assert [q.text for q in record.quantities] == ["245天"]


def test_markdown_rows_and_rules_are_read():
    text = "| 站点 | 二氧化氮(微克/立方米) |\n|---|---|\n| 甲站 | 21 |\n| 乙站 | 19 |\n"
    [table] = find_tables(text)
    assert [c.text for c in table.header] == ["站点", "二氧化氮(微克/立方米)"]
    assert [[c.text for c in r] for r in table.rows] == [["甲站", "21"], ["乙站", "19"]]
    assert split_cells("甲 | 乙", 0, 5)[1].start == 4


HTML_TABLE = """<table>
<tr><th>区县</th><th>优良天数比例(%)</th><th>PM2.5浓度(微克/立方米)</th></tr>
<tr><td>青石县</td><td>93.5</td><td>27</td></tr>
<tr><td>白马区</td><td>90.3</td><td>31</td></tr>
</table>"""
HTML_TABLE_PAGE = f"<html><body><p>各县区空气质量情况如下。</p>{HTML_TABLE}</body></html>"


@pytest.mark.parametrize("paragraphs", [1, 6])  # a short page (trafilatura's fallback) and a long one (its extractor)
def test_html_tables_become_pipe_rows_whatever_the_extractor(paragraphs):
    body = "".join(f"<p>第{i + 1}部分：全市持续推进大气污染防治，强化扬尘管控，空气质量稳步改善，各项工作取得积极成效。</p>"
                   for i in range(paragraphs))
    html = (f"<html><head><title>各县区空气质量</title></head><body><div class='article'><h1>各县区空气质量</h1>"
            f"{body}{HTML_TABLE}<p>下一步将继续加强监管，确保完成年度目标。</p></div></body></html>")
    text, _ = extract_html(html)
    assert "区县 | 优良天数比例(%) | PM2.5浓度(微克/立方米)\n青石县 | 93.5 | 27\n白马区 | 90.3 | 31" in text


def test_html_merged_header_cells_keep_the_rows_width():
    html = ("<html><body><p>各站点浓度与同比变化情况如下，数据为初步统计结果，仅供参考，请以正式发布为准。</p><table>"
            "<tr><td rowspan='2'>站点</td><td colspan='2'>臭氧</td></tr><tr><td>浓度</td><td>同比(%)</td></tr>"
            "<tr><td>甲站</td><td>150</td><td>-3.2</td></tr><tr><td>乙站</td><td>162</td><td>1.5</td></tr>"
            "</table></body></html>")
    text, _ = extract_html(html)
    assert "站点 | 臭氧 | 臭氧\n站点 | 浓度 | 同比(%)\n甲站 | 150 | -3.2" in text
    [table] = find_tables(text)
    assert table.column_label(2) == "臭氧 同比(%)"


def test_html_caption_stays_above_the_rows_and_bars_inside_cells_split_nothing():
    html = ("<html><body><p>各县区空气质量情况如下，数据为初步统计结果，仅供参考，请以正式发布为准。</p><table>"
            "<caption>表1 2025年2月各县区空气质量</caption>"
            "<tr><th>县区</th><th>优良率|排名</th></tr><tr><td>甲县</td><td>91</td></tr><tr><td>乙县</td><td>89</td></tr>"
            "</table></body></html>")
    text, _ = extract_html(html)
    assert "表1 2025年2月各县区空气质量\n县区 | 优良率¦排名\n甲县 | 91\n乙县 | 89" in text


def test_html_layout_tables_stay_as_they_are():
    long_cell = "市生态环境局召开专题会议，研究部署下一阶段大气污染防治重点工作。" * 12
    html = (f"<html><body><table><tr><td>导航</td><td><p>{long_cell}</p></td></tr>"
            f"<tr><td>链接</td><td><p>{long_cell}</p></td></tr></table></body></html>")
    from pipeline.io.tables import parse_with_flat_tables

    assert parse_with_flat_tables(html) is None  # an article laid out in a table is not a data table
    assert parse_with_flat_tables(HTML_TABLE_PAGE).find(".//table") is None
    links = ("<html><body><table><tr><td><a href='/1'>我市召开生态环境保护工作会议</a></td><td>2024-03-01</td></tr>"
             "<tr><td><a href='/2'>全市空气质量持续改善水环境稳中向好</a></td><td>2024-02-27</td></tr></table></body></html>")
    assert parse_with_flat_tables(links) is None  # a related-articles list


def test_html_input_end_to_end(extractor, tmp_path):
    from pipeline.io.readers import read_file

    body = "".join(f"<p>第{i + 1}部分：全市持续推进大气污染防治，强化扬尘管控，空气质量稳步改善，各项工作取得积极成效。</p>"
                   for i in range(4))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>空气质量</title></head><body><div>{body}{HTML_TABLE}</div></body></html>",
                    encoding="utf-8")
    [document] = list(read_file(page, tmp_path))
    record = extractor.process_one(document)
    cells = [(q.text, q.indicator, q.unit, q.jurisdiction) for q in record.quantities if q.text in ("93.5", "27", "31")]
    assert cells == [("93.5", "air.good_days_ratio", "%", "青石县"), ("27", "air.pm25", "µg/m³", "青石县"),
                     ("31", "air.pm25", "µg/m³", "白马区")]


def test_caption_names_the_indicator_and_unit_of_a_table_of_years(extractor):
    text = ("各县PM2.5浓度变化情况见下表。\n表3 各县PM2.5年均浓度（微克/立方米）\n县区 | 2023年 | 2024年\n"
            "青石县 | 36 | 33\n白马区 | 39 | 35\n")
    record = extractor.process_one(Document("t", text=text, meta={}))
    cells = [q for q in record.quantities if q.start > text.index("青石县")]
    assert [(q.text, q.indicator, q.unit, q.period, q.jurisdiction) for q in cells[:2]] == [
        ("36", "air.pm25", "µg/m³", "2023", "青石县"), ("33", "air.pm25", "µg/m³", "2024", "青石县")]


def test_a_sentence_above_the_table_is_no_caption():
    text = "全市优良率为80.5%，各县区情况如下。\n县区 | 降尘量\n青石县 | 2.1\n白马区 | 2.4\n"
    [table] = find_tables(text)
    assert table.caption is None


def test_a_month_column_names_the_rows_and_their_period(extractor):
    text = "2024年某县空气质量逐月统计\n月份 | 优良天数(天) | PM2.5浓度(微克/立方米)\n1月 | 24 | 41\n2月 | 22 | 45\n"
    record = extractor.process_one(Document("t", text=text, meta={"published": "2024-03-10"}))
    cells = [q for q in record.quantities if q.start > text.index("1月 |")]
    assert [(q.text, q.indicator, q.unit, q.period) for q in cells] == [
        ("24", "air.good_days", "days", "2024-01"), ("41", "air.pm25", "µg/m³", "2024-01"),
        ("22", "air.good_days", "days", "2024-02"), ("45", "air.pm25", "µg/m³", "2024-02")]


def test_transposed_table_rows_name_indicator_and_unit_columns_name_places(extractor):
    text = ("指标 | 青石县 | 白马区\n优良天数比例(%) | 88.2 | 85.0\nPM2.5浓度(微克/立方米) | 29 | 33\n"
            "PM2.5浓度同比变化(%) | -6.5 | -2.9\n")
    record = extractor.process_one(Document("t", text=text, meta={}))
    cells = [(q.text, q.indicator, q.role, q.unit, q.jurisdiction) for q in record.quantities]
    assert cells == [("88.2", "air.good_days_ratio", "value", "%", "青石县"), ("85.0", "air.good_days_ratio", "value", "%", "白马区"),
                     ("29", "air.pm25", "value", "µg/m³", "青石县"), ("33", "air.pm25", "value", "µg/m³", "白马区"),
                     ("-6.5", "air.pm25", "change", "%", "青石县"), ("-2.9", "air.pm25", "change", "%", "白马区")]


@pytest.mark.parametrize("first_header", ["序号", ""])
def test_row_numbers_are_no_quantities_but_a_rank_column_is(extractor, first_header):
    text = (f"{first_header} | 县区 | 重污染天数(天)\n1 | 青石县 | 3\n2 | 白马区 | 5\n3 | 金沙县 | 4\n")
    record = extractor.process_one(Document("t", text=text, meta={}))
    assert [q.text for q in record.quantities] == ["3", "5", "4"]
    assert {q.indicator for q in record.quantities} == {"air.heavy_pollution_days"}
    ranked = extractor.process_one(Document("t", text=text.replace(f"{first_header} |", "名次 |", 1), meta={}))
    assert [(q.text, q.role) for q in ranked.quantities][:2] == [("1", "rank"), ("3", "value")]


def test_a_contact_block_in_tabs_gives_no_quantity(extractor):
    text = "联系人\t王工\n邮编\t252000\n联系电话\t8123456\n传真\t12345678\n全市优良天数达到245天。\n"
    record = extractor.process_one(Document("t", text=text, meta={}))
    assert [q.text for q in record.quantities] == ["245天"]


def test_an_upper_header_line_of_merged_cells_is_not_aligned_with_the_columns():
    text = "区县 | 空气质量 | 水环境\n优良率(%) | 同比变化(%) | 断面达标率(%)\n东湖区 | 90.3 | 1.2 | 100\n西山县 | 87.1 | -0.5 | 95\n"
    [table] = find_tables(text)
    assert [table.column_label(j) for j in range(4)] == ["", "优良率(%)", "同比变化(%)", "断面达标率(%)"]


@pytest.mark.parametrize("label, unit", [("优良率(%)", "%"), ("优良率%", "%"), ("PM10浓度 ug/m3", "ug/m3"),
                                         ("罚没金额（万元）", "万元"), ("优良天数", None), ("PM2.5", None)])
def test_header_units(label, unit):
    from pipeline.grammar.tables import header_unit

    assert header_unit(label) == unit


STACKED_TABLES = ("各县空气质量排名如下:\n"
                  "排序 | 县区 | 综合指数 | 同比增幅(%) |\n1 | 红枫区 | 2.81 | 3.2 |\n2 | 翠湖区 | 3.05 | -1.4 |\n"
                  "3 | 青山县 | 3.40 | 0.6 |\n"
                  "排序 | 县区 | 重污染天数(天) | 重污染天数比例(%) |\n1 | 翠湖区 | 0 | 0 |\n2 | 红枫区 | 2 | 0.6 |\n"
                  "3 | 青山县 | 5 | 1.4 |\n")


def test_two_tables_printed_one_under_the_other_are_read_apart(extractor):
    tables = find_tables(STACKED_TABLES)
    assert [len(t.rows) for t in tables] == [3, 3]
    record = extractor.process_one(Document("t", text=STACKED_TABLES, meta={}))
    second = STACKED_TABLES.index("重污染天数(天)")
    cells = [(q.text, q.indicator, q.role) for q in record.quantities if q.start > second]
    # a ranking of days with no composite index ranks by those days
    assert cells[:3] == [("1", "air.heavy_pollution_days", "rank"), ("0", "air.heavy_pollution_days", "value"),
                         ("0", "air.heavy_pollution_days", "value")]
    first = [(q.text, q.indicator, q.role) for q in record.quantities if STACKED_TABLES.index("1 | 红枫区") <= q.start < second]
    assert first[0] == ("1", "air.aqi_composite", "rank")
