"""A compliance rate whose subject is written as plain 水源 (no 地) is drinking-water compliance (our sentences)."""

from .page_helpers import quantity_links


def test_a_short_water_source_subject_is_drinking_water(nlp):
    text = "一季度,全市26个国控监测断面水质全部达标,城镇水源达标率100%。"
    assert quantity_links(nlp, text)["100%"][0] == "water.drinking_source_compliance"
