"""Session 12 indicator and role rules, on sentences written for these tests (none copied from an article)."""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import pollutant_change_links
from pipeline.linking.structure_rules import value_change_links

from .text_spans import spans_in_order as _spans


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # the baseline is a named year, not 同比/较上年
    ("细颗粒物（PM2.5）平均浓度为31微克/立方米，较2020年同期下降8.8%；可吸入颗粒物（PM10）平均浓度为50微克/立方米，较2020年同期下降6.1%。",
     ["31微克/立方米", "8.8%", "50微克/立方米", "6.1%"], ["air.pm25", "air.pm10", "air.pm10", "air.pm25"],
     {1: ("air.pm25", None), 3: ("air.pm10", None)}),
    ("PM10年均浓度58微克/立方米，比2016年下降12.3%，优良天数增加。", ["58微克/立方米", "12.3%"], ["air.pm10", "air.pm25"],
     {1: ("air.pm10", None)}),
    # a traditional page, and 反弹 (a rise back)
    ("二氧化氮濃度為21μg/m3，同比反彈4.9%；臭氧濃度為150μg/m3，同比持平。", ["21μg/m3", "4.9%", "150μg/m3"],
     ["air.no2", "air.o3", "air.o3"], {1: ("air.no2", None)}),
])
def test_a_change_after_a_concentration_against_a_named_year(text, surfaces, current, expected):
    assert pollutant_change_links(text, _spans(text, surfaces), current) == expected


def test_two_lists_are_left_to_the_list_rules():
    text = "可吸入颗粒物、细颗粒物浓度分别为66微克/立方米、41微克/立方米，较2019年下降9.6%、11.0%。"
    spans = _spans(text, ["66微克/立方米", "41微克/立方米", "9.6%", "11.0%"])
    current = ["air.pm10", "air.pm25", "air.pm10", "air.pm25"]
    assert pollutant_change_links(text, spans, current) == {}
    assert value_change_links(text, spans, current) == {}

