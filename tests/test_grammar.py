"""The date and quantity grammar: what is a DATE/QUANTITY, and what is not."""

from __future__ import annotations

import pytest

from pipeline.grammar.quantities import find_all


def spans(text):
    return [(text[m.start:m.end], m.label) for m in find_all(text)]


@pytest.mark.parametrize("text,expected", [
    ("优良天数245天，同比增加40天", [("245天", "QUANTITY"), ("40天", "QUANTITY")]),
    ("累计排查问题35000余个", [("35000余个", "QUANTITY")]),
    ("参训人员近700人次", [("近700人次", "QUANTITY")]),
    ("非道路移动机械4.87万台", [("4.87万台", "QUANTITY")]),
    ("综合指数4.73，同比下降3.1%", [("4.73", "QUANTITY"), ("3.1%", "QUANTITY")]),
    ("优于考核目标30个百分点", [("30个百分点", "QUANTITY")]),
    ("PM2.5浓度43微克/立方米", [("43微克/立方米", "QUANTITY")]),
    ("PM2.5浓度36μg/m3，CO为0.9mg/m³", [("36μg/m3", "QUANTITY"), ("0.9mg/m³", "QUANTITY")]),
    ("涉案金额449余万元", [("449余万元", "QUANTITY")]),
    ("共争取专项资金2.08亿元", [("2.08亿元", "QUANTITY")]),
    ("非现场执法占比40%以上", [("40%以上", "QUANTITY")]),
    ("提高一倍以上", [("一倍以上", "QUANTITY")]),
    ("增加天数居全省第2位", [("第2位", "QUANTITY")]),
    ("排名倒数第25位", [("倒数第25位", "QUANTITY")]),
    ("两项指标均列全市第一", [("两项", "QUANTITY"), ("第一", "QUANTITY")]),
    ("连续6年保持辐射零事故记录", [("6年", "QUANTITY")]),
    ("提前两年完成", [("两年", "QUANTITY")]),
    ("共排查企业三千余家", [("三千余家", "QUANTITY")]),
    ("分别为6.2和11.6个百分点", [("6.2", "QUANTITY"), ("11.6个百分点", "QUANTITY")]),
    ("劣V类水体比例为0", [("0", "QUANTITY")]),
])
def test_quantities(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "建设“六个新聊城”", "按照“1+4”的基本思路", "以新一轮“四减四增”推动", "新闻发布会第四场",
    "聊城市第十四次党代会", "第五批生态环境损害赔偿", "一是打好蓝天保卫战", "PM2.5和O3协同控制",
    "新闻热线0635-8271275", "鲁ICP备09083931号", "《聊城市打好碧水保衛戰2024年工作方案》",
    "督促一批企业整改", "下一步，我们将", "日最大8小时平均第90百分位浓度", "严格落实中央八项规定精神",
])
def test_not_quantities(text):
    assert [s for s in spans(text) if s[1] == "QUANTITY"] == []


@pytest.mark.parametrize("text,expected", [
    ("3月12日上午，市政府新闻办召开", ["3月12日上午"]),
    ("2024年上半年，全市", ["2024年上半年"]),
    ("1-6月，全市9个断面", ["1-6月"]),
    ("今年1至9月，全市", ["今年1至9月"]),
    ("2023年年底前", ["2023年年底"]),
    ("2022-03-10 13:30:03", ["2022-03-10 13:30:03"]),
    ("与去年同期相比", ["去年同期"]),
    ("比上年多9天", ["上年"]),
    ("2024年以来，全市", ["2024年"]),
    ("截至6月底，已完成", ["6月底"]),
    ("做好秋冬季重污染天气应对", ["秋冬季"]),
    ("时间：2024年7月18日（星期四）上午10:00", ["2024年7月18日（星期四）上午10:00"]),
    ("欢迎出席今天的新闻发布会", ["今天"]),
    ("2015至2023年", ["2015至2023年"]),
])
def test_dates(text, expected):
    assert [s for s, lab in spans(text) if lab == "DATE"] == expected


@pytest.mark.parametrize("text", ["近日，市生态环境局", "近年来，全市", "截至目前，共收到", "全年开展", "“十四五”时期", "每月通报"])
def test_not_dates(text):
    assert [s for s, lab in spans(text) if lab == "DATE"] == []


def test_top_and_bottom_places_before_their_list_and_a_short_position_from_the_bottom():
    from pipeline.grammar.quantities import RANK_RE
    from pipeline.grammar.values import normalize_quantity
    text = "优良天数较多前5名是:甲区、乙区;较少后5名为:丙县、丁县。某县排倒3。"
    found = [m.group() for m in RANK_RE.finditer(text)]
    assert found == ["前5名", "后5名", "倒3"]
    assert normalize_quantity("倒3").unit == "rank_from_end" and normalize_quantity("倒3").value == 3
    assert not [m.group() for m in RANK_RE.finditer("该厂倒3吨废渣")]


def test_numbered_evidence_items_opening_with_a_full_date_are_markers():
    text = "证据如下:\n1、2023年9月5日现场勘察笔录;\n2、2023年9月6日询问笔录。"
    assert spans(text) == [("2023年9月5日", "DATE"), ("2023年9月6日", "DATE")]


def test_a_villagers_group_in_an_address_is_no_count():
    assert spans("位于长乐镇新塘村五组、六组和村12组。") == []
    assert ("三组", "QUANTITY") in spans("全体人员分成三组开展检查。")
    assert ("4组", "QUANTITY") in spans("保护区内涉及2村4组96户居民。")  # villages counted, then their groups
