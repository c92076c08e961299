"""What a figure's unit and counted noun allow it to measure: shares, percentage points, counts with a measure
word, counts of cities, spans of years, items of one enumeration.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.structure_rules import count_noun_links
from pipeline.linking.unit_evidence import unit_evidence_links

from .page_helpers import quantity_links
from .text_spans import spans_in_order as _spans


@pytest.mark.parametrize("text, surface, wrong", [
    ("全省120个监测断面中，Ⅰ-Ⅲ类水质断面共113个，占94.2%。", "113个", "water.good_sections_ratio"),
    ("劣Ⅴ类断面由去年的5个减少到2个。", "2个", "water.inferior_v_ratio"),
    ("全市集中式饮用水水源地共14处，水质全部达标。", "14处", "water.drinking_source_compliance"),
])
def test_a_count_with_a_measure_word_is_never_a_share(text, surface, wrong):
    assert unit_evidence_links(text, _spans(text, [surface]), [wrong]) == {0: ("other", None)}


def test_a_share_keeps_its_share_indicator():
    text = "Ⅰ-Ⅲ类水质断面比例为94.2%。"
    assert unit_evidence_links(text, _spans(text, ["94.2%"]), ["water.good_sections_ratio"]) == {}


@pytest.mark.parametrize("text, wrong, expected", [
    ("“蓝天白云”天数增加4天，上升2.6个百分点。", "air.blue_sky_days", "other"),
    ("优良天数增加9天，上升2.5个百分点。", "air.good_days", "air.good_days_ratio"),
])
def test_percentage_points_never_count_days(text, wrong, expected):
    assert unit_evidence_links(text, _spans(text, [text[text.index("上升") + 2:text.index("。")]]), [wrong]) == {0: (expected, None)}


def test_a_span_of_years_measures_no_indicator(nlp):
    assert quantity_links(nlp, "PM2.5年平均浓度创近三年最好水平。")["近三年"][0] == "other"


def test_counts_of_cities_are_other_unless_counted_for_an_award():
    text = ("在全国168城市中排名第40位；长三角41个城市中，本市位列第6；3个县区获评国家生态文明建设示范区；"
            "全省12个设区市优良天数比例均超过85%。")
    spans = _spans(text, ["168城市", "41个", "3个", "12个"])
    links = count_noun_links(text, spans, ["air.aqi_composite", "air.aqi_composite", "ecology.demonstration", "air.good_days_ratio"])
    assert links == {0: ("other", "value"), 1: ("other", "value"), 3: ("other", "value")}


def test_items_of_one_enumeration_count_the_same_thing():
    from pipeline.linking.structure_rules import enumeration_links
    text = "按问题类型分，涉及噪声12件、大气9件、固废2件、辐射1件。另有PM2.5浓度30微克/立方米。"
    spans = _spans(text, ["12件", "9件", "2件", "1件", "30微克/立方米"])
    current = ["inspection.feedback_issues", "inspection.feedback_issues", "other", "other", "air.pm25"]
    assert enumeration_links(text, spans, current) == {2: ("inspection.feedback_issues", None),
                                                       3: ("inspection.feedback_issues", None)}
    assert enumeration_links(text, spans, ["other"] * 4 + ["air.pm25"]) == {}


def test_the_unit_rules_out_indicators_it_cannot_measure():
    from pipeline.linking.unit_evidence import unit_evidence_links

    text = ("二氧化硫浓度最好的是东港市，为6μg/m3，最差的是西岭市，为21μg/m3。湖区总磷浓度一度升至0.092毫克/升。"
            "罚款金额超过5000万元的有甲市和乙市，分别为1.2亿元、0.6亿元。表中沙尘天数为12天。")
    surfaces = ["6μg/m3", "21μg/m3", "0.092毫克/升", "5000万元", "1.2亿元", "0.6亿元", "12天"]
    current = ["air.so2", "inspection.rectified", "inspection.rectified", "enforcement.penalty_amount",
               "air.pm25", "finance.green_loans", "inspection.rectified"]
    assert unit_evidence_links(text, _spans(text, surfaces), current) == {
        1: ("air.so2", None), 2: ("water.total_phosphorus", None), 4: ("enforcement.penalty_amount", None), 6: ("other", None)}


@pytest.mark.parametrize("text, surface, current", [
    ("全市聚焦工业减排、机动车减排、扬尘治理三大领域推进大气治理。", "三大", "emission.reduction"),
    ("今年实施污水管网、河道清淤等9大行动。", "9大", "water.projects"),
    ("纳入考核的4大类12项任务全部完成整改。", "4大类", "inspection.feedback_issues"),
])
def test_a_count_written_with_da_is_a_list_count(text, surface, current):
    links = count_noun_links(text, _spans(text, [surface]), [current])
    assert links == {0: ("other", "value")}


@pytest.mark.parametrize("text, surface, wrong", [
    ("全年新建污水管网48.6公里，完成12家企业深度治理。", "48.6公里", "emission.industrial"),
    ("各级河长累计巡河1800余次，巡河里程达2万余公里。", "2万余公里", "enforcement.inspections"),
    ("完成河道清淤3500米。", "3500米", "water.black_odorous"),
])
def test_a_length_measures_no_indicator(text, surface, wrong):
    """No row of the taxonomy is measured in kilometres or metres (GUIDELINES: lengths → other)."""
    assert unit_evidence_links(text, _spans(text, [surface]), [wrong]) == {0: ("other", None)}


def test_an_area_or_a_volume_is_no_length():
    text = "完成受污染耕地安全利用1.2万平方米，PM2.5浓度为31微克/立方米。"
    assert unit_evidence_links(text, _spans(text, ["1.2万平方米"]), ["soil.farmland_safe_use"]) == {}
