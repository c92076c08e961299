"""Figures in headings, read with the text below them: sentences written for the tests."""

from __future__ import annotations

from .text_spans import spans_in_order as _spans


def test_a_heading_figure_takes_the_indicator_of_its_echo_below():
    from pipeline.linking.heading_echoes import heading_echo_links

    text = "某县水质达标率100%\n去年以来，全县集中式饮用水水源地水质达标率保持100%，河流断面稳定达标。"
    spans = _spans(text, ["100%", "100%"])
    assert heading_echo_links(text, spans, ["other", "water.drinking_source_compliance"]) == \
        {0: ("water.drinking_source_compliance", None)}
    # an unnamed water's compliance rate in the heading is the echo's too
    assert heading_echo_links(text, spans, ["water.sections_compliance", "water.drinking_source_compliance"]) == \
        {0: ("water.drinking_source_compliance", None)}


def test_a_heading_figure_keeps_its_reading_without_a_matching_echo():
    from pipeline.linking.heading_echoes import heading_echo_links

    # the heading names its own subject: its indicator stands
    text = "优良天数增幅全省第一\n今年全市优良天数增幅居全省第一，综合指数排名全省第三。"
    spans = _spans(text, ["第一", "第一", "第三"])
    assert heading_echo_links(text, spans, ["air.good_days", "air.good_days_ratio", "air.aqi_composite"]) == {}
    # no heading word near the same figure below: another measure's 100%
    text = "某县水质达标率100%\n全县建成区黑臭水体消除比例100%。"
    assert heading_echo_links(text, _spans(text, ["100%", "100%"]), ["other", "water.black_odorous"]) == {}
    # a list count stays a count; a sentence is no heading
    text = "某区夺得空气质量三项第一\n在八项空气质量改善指标中获三项第一。"
    assert heading_echo_links(text, _spans(text, ["三项", "三项"]), ["other", "air.aqi_composite"]) == {}
    text = "全县水质达标率100%。全县饮用水水源地水质达标率100%。"
    assert heading_echo_links(text, _spans(text, ["100%", "100%"]), ["other", "water.drinking_source_compliance"]) == {}
