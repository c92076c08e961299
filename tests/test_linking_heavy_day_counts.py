"""Counts of 重度 and 严重 pollution days are heavy-pollution days, whatever the classifier thought (our sentences)."""

from .page_helpers import quantity_links


def test_severe_day_counts_in_a_breakdown_are_heavy_pollution_days(nlp):
    text = "去年全区空气质量超标96天,其中轻度污染70天,中度污染17天,重度污染7天,严重污染2天,主要受沙尘影响。"
    links = quantity_links(nlp, text)
    assert links["70天"][0] == "other"
    assert links["17天"][0] == "other"
    assert links["7天"][0] == "air.heavy_pollution_days"
    assert links["2天"][0] == "air.heavy_pollution_days"
