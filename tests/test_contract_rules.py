"""Indicators the contract decides outright (case counts, good days), on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import case_count_links, good_day_links


@pytest.mark.parametrize("text, surface, expected", [
    ("全年实施按日连续处罚12起,罚款金额300万元。", "12起", "enforcement.penalty_cases"),
    ("其中,我市有这3起案件全部集中在化工行业,均已立案处罚。", "3起", "enforcement.penalty_cases"),
    ("全年受理信访投诉案件58件,办结率100%。", "58件", None),
    ("督察组交办的16件信访件已全部办结。", "16件", None),
    ("全市共有企业12家。", "12家", None),
])
def test_case_counts_in_punishment_clauses(text, surface, expected):
    start = text.index(surface)
    links = case_count_links(text, [(start, start + len(surface))], ["other"])
    assert links.get(0) == expected


def test_the_classifiers_own_indicator_stands():
    text = "全年实施按日连续处罚12起。"
    start = text.index("12起")
    assert case_count_links(text, [(start, start + 3)], ["enforcement.inspections"]) == {}


@pytest.mark.parametrize("text, surface, expected", [
    ("全年环境空气优121天、良203天、轻度污染30天。", "121天", "air.good_days"),
    ("全年环境空气优121天、良203天、轻度污染30天。", "203天", "air.good_days"),
    ("环境空气达标天数为318天,达标率87.1%。", "318天", "air.good_days"),
    ("轻度污染30天,中度污染5天。", "30天", None),
])
def test_good_day_counts(text, surface, expected):
    start = text.index(surface)
    assert good_day_links(text, [(start, start + len(surface))], ["other"]).get(0) == expected
