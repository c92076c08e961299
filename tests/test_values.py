"""Quantity and date normalisation, and the document context they rely on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components.context import find_lead_date, find_published, find_title
from pipeline.grammar.dates import DateContext, normalize_date
from pipeline.grammar.values import cn_number, normalize_quantity


@pytest.mark.parametrize("surface,value,unit,approx", [
    ("245天", 245, "days", None), ("3.8%", 3.8, "%", None), ("43微克/立方米", 43, "µg/m³", None),
    ("36μg/m3", 36, "µg/m³", None), ("9 µg/m³", 9, "µg/m³", None), ("28ug/m3", 28, "µg/m³", None),
    ("0.9mg/m³", 0.9, "mg/m³", None), ("4.73", 4.73, None, None), ("500万元", 5_000_000, "CNY", None),
    ("2.08亿元", 208_000_000, "CNY", None), ("449余万元", 4_490_000, "CNY", "more_than"),
    ("1,200万元", 12_000_000, "CNY", None), ("35000余个", 35000, "个", "more_than"),
    ("近700人次", 700, "人次", "nearly"), ("4.87万台", 48700, "台", None), ("21个百分点", 21, "pp", None),
    ("两年", 2, "years", None), ("一倍以上", 1, "times", "more_than"), ("第2位", 2, "rank", None),
    ("第一", 1, "rank", None), ("倒数第25位", 25, "rank_from_end", None), ("前3", 3, "top", None),
    ("40%以上", 40, "%", "more_than"), ("约2000立方米", 2000, "m³", "about"), ("三千余家", 3000, "家", "more_than"),
    ("三千五百吨", 3500, "t", None), ("近九成", 90, "%", "nearly"), ("95%左右", 95, "%", "about"),
    ("4174家(次)", 4174, "家(次)", None), ("3.6万吨", 36000, "t", None), ("零", 0, None, None),
    ("超9万元", 90000, "CNY", "more_than"), ("逾百家", 100, "家", "more_than"),
])
def test_normalize_quantity(surface, value, unit, approx):
    q = normalize_quantity(surface)
    assert (q.value, q.unit, q.approx) == (value, unit, approx)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_rendered_arabic_numbers_come_back(n):
    assert normalize_quantity(f"{n}个").value == n
    assert normalize_quantity(f"{n:,}元").value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["万", "亿"]))
def test_rendered_scaled_numbers_come_back(n, scale):
    factor = 10_000 if scale == "万" else 100_000_000
    assert normalize_quantity(f"{n / 100:g}{scale}元").value == pytest.approx(n / 100 * factor)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_rendered_chinese_numerals_come_back(n):
    import cn2an

    assert normalize_quantity(cn2an.an2cn(n) + "家").value == n


def test_cn_number_edge_cases():
    assert cn_number("两") == 2 and cn_number("两千") == 2000 and cn_number("二〇二四") == 2024
    assert cn_number("三千五百") == 3500 and cn_number("十") == 10 and cn_number("abc") is None


@pytest.mark.parametrize("surface,ctx,expected", [
    ("2024年", DateContext(), "2024"),
    ("2024年上半年", DateContext(), "2024-H1"),
    ("2023年年底", DateContext(), "2023-12"),
    ("3月12日上午", DateContext(), "XXXX-03-12"),
    ("3月12日上午", DateContext(year=2024), "2024-03-12"),
    ("1-6月", DateContext(year=2024), "2024-01/2024-06"),
    ("今年1至9月", DateContext(reference="2024-10-16"), "2024-01/2024-09"),
    ("上半年", DateContext(year=2024), "2024-H1"),
    ("上半年", DateContext(), None),
    ("今年", DateContext(), None),
    ("去年同期", DateContext(reference="2024-07-26"), "2023"),
    ("今天", DateContext(reference="2024-07-26"), "2024-07-26"),
    ("2022-03-10 13:30:03", DateContext(), "2022-03-10T13:30:03"),
    ("2024年7月18日（星期四）上午10:00", DateContext(), "2024-07-18"),
    ("第三季度", DateContext(year=2024), "2024-Q3"),
    ("2015至2023年", DateContext(), "2015/2023"),
])
def test_normalize_date(surface, ctx, expected):
    assert normalize_date(surface, ctx) == expected


def test_published_date_and_title_from_page_text():
    assert find_published("索 引 号 | 1137 |\n发布机构 | 济宁市生态环境局 |\n成文日期 | 2024-01-31 |") == "2024-01-31"
    assert find_published("文章来源:发布时间:2024年07月26日 点击数: 9730 次") == "2024-07-26"
    assert find_published("全部\n\n标题\n\n2022-03-10 13:30:03\n\n正文") == "2022-03-10"
    assert find_published("正文里没有日期。") is None
    # the site's archive or update stamp above the page's own publication field is not the page's date
    assert find_published("归档时间:2024/2/27 12:33:21\n某县召开会议\n来源:县政府办 发布时间:2019-10-15 15:40") == "2019-10-15"
    assert find_published("更新时间:2023-01-05\n某县召开会议\n发布日期:2021年3月2日") == "2021-03-02"


def test_published_date_is_a_dateline_never_a_body_clause_or_a_founding_date():
    # a field table whose label and value stand in separate cells
    assert find_published("索引号: | 1234/2023-00012 |\n发文日期: | 2023-05-08 |\n文号: | 无 |") == "2023-05-08"
    # a date glued to its time, or written with slashes and a trailing slash
    assert find_published("新闻中心\n2023年05月08日09:41 | 来源:某某日报\n正文") == "2023-05-08"
    assert find_published("新闻中心\n 2023/05/08/ 09:41 来源:某某网\n正文") == "2023-05-08"
    # an e-paper's issue date with the year written apart
    assert find_published("版面导航\n当前报纸日期:\n2023 5月8日 星期一\n正文") == "2023-05-08"
    # the lead's own date opening the article is the day it tells of, not the page's date: only the year and
    # day the page's other dates are read against
    assert find_published("某市召开会议\n2023年5月8日上午,某市召开生态环境保护大会。") is None
    assert find_lead_date("某市召开会议\n2023年5月8日上午,某市召开生态环境保护大会。") == "2023-05-08"
    assert find_lead_date("某某网讯(记者 甲乙)2021年6月2日,某县召开会议。") == "2021-06-02"
    assert find_lead_date("某市召开会议\n会议要求,2023年5月8日前完成整改。") is None
    # a range that opens a sentence of the body is no dateline
    assert find_published("某市公开整改情况如下:2022年3月1日至5月1日,督察组对我市开展督察。") is None
    # a newspaper's founding date in a sidebar of page chrome is older than any web page
    assert find_published("中文名\n某某日报\n创刊\n1949年10月1日\n归属\n某某省委") is None
    # a portal's stamp written day first, with its time, or with the month's English name
    assert find_published("某县推进秸秆禁烧\n08.11.2019 09:15\n本文来源: 某某网\n正文。") == "2019-11-08"
    assert find_published("某市治水 Mar 3rd 2021, 10:20 正文。") == "2021-03-03"
    # a stamp in brackets before the page's fields, a stamp with its time of day after a long run of chrome, a
    # date closing the headline's or outlet's line, an e-paper's issue
    assert find_published("某县开展巡河\n\nwww.example.com.cn(2019-03-02)来源:某某网\n正文。") == "2019-03-02"
    assert find_published("某县开展巡河\n【2016-05-04】       点击: 321次\n正文。") == "2016-05-04"
    assert find_published("某某市委统一战线工作部 http://www.example.gov.cn/  2020-08-09 10:11:12\n正文。") == "2020-08-09"
    assert find_published("关于某某问题整改落实情况的报告 2021-04-05\n正文。") == "2021-04-05"
    assert find_published("当前位置:某某日报 第2018-03-04期 第A2版:要闻\n正文。") == "2018-03-04"
    # a related link's date, a portal's greeting and the time of something else are not the page's date
    assert find_published("- 上一篇:某局召开会议 [2020/2/19]\n正文。") is None
    assert find_published("欢迎访问某某网  今天是 2025年06月21日 星期六\n正文。") is None
    assert find_published("某县开展巡河\n正文。\n(拍摄时间:2018年12月4日)") is None
    assert find_published("督察进驻时间:2023年9月13日—9月27日。") is None
    assert find_published("摘要:北京时间2022年7月25日,某县召开会议。") == "2022-07-25"
    # a version number or a decimal list is no stamp
    assert find_published("软件版本\n1.2.2019\n正文。") is None
    assert find_title("\n\n聊城描绘生态宜居秀美画卷\n\n2022年空气质量", []) == "聊城描绘生态宜居秀美画卷"
    # a field line between a breadcrumb and the headline is neither
    assert find_title("• 发布日期:2024-3-19 10:28:37\n某市空气质量持续向好\n正文。", []) == "某市空气质量持续向好"
    assert find_title("【要闻】\n某市空气质量持续向好\n正文。", []) == "某市空气质量持续向好"


def test_record_meta_and_values_on_seeds(extractor, seed_texts):
    from pipeline.io.readers import Document

    rec = extractor.process_one(Document("s4", seed_texts["004"]))
    assert rec.meta["published"] == "2024-01-31" and rec.meta["city"] == "济宁市" and rec.meta["province"] == "山东省"
    dates = {e.text: e.norm for e in rec.entities if e.label == "DATE"}
    assert dates["1月30日下午"] == "2024-01-30"
    rec = extractor.process_one(Document("s0", seed_texts["000"]))
    assert rec.meta["city"] == "聊城市" and "published" not in rec.meta
    dates = {e.text: e.norm for e in rec.entities if e.label == "DATE"}
    assert dates["3月12日上午"] == "XXXX-03-12"  # no year anywhere: never invented


def test_a_column_heading_above_the_headline_is_not_the_title():
    text = "新闻详情\n\n青川市秸秆禁烧工作推进会召开\n\n浏览:120\n会议要求…"
    assert find_title(text, []) == "青川市秸秆禁烧工作推进会召开"
    # a short headline with nothing longer after it is still the headline
    assert find_title("蓝天保卫战\n\n今年全市优良天数为300天。", []) == "蓝天保卫战"


def test_a_signed_changes_value_is_its_size():
    from pipeline.grammar.values import normalize_quantity
    assert normalize_quantity("-6.5%").value == 6.5 and normalize_quantity("+12%").value == 12
