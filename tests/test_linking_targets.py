"""Targets: goals named after a figure or a list of figures, milestones, goal years and pending work.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from .page_helpers import quantity_links
from .text_spans import spans_in_order as _spans


def test_a_goal_named_after_a_list_of_figures_is_every_items_goal():
    from pipeline.linking.contract_rules import named_goal_links

    text = "四项主要污染物分别减排80吨、2.4吨、130吨和55吨，超额完成削减70吨、2吨、120吨和50吨的目标任务。"
    surfaces = ["80吨", "2.4吨", "130吨", "55吨", "70吨", "2吨", "120吨", "50吨"]
    links = named_goal_links(text, _spans(text, surfaces), ["emission.reduction"] * len(surfaces))
    assert links == {i: (None, "target") for i in range(4, 8)}


def test_a_milestone_written_with_a_space_is_a_target(nlp):
    links = quantity_links(nlp, "全年优良天数达 318 天、首次突破 300 天。")
    assert links["300天"][1] == "target"


def test_a_pending_cue_of_the_next_list_item_does_not_make_a_done_count_a_target(nlp):
    text = "中央生态环境保护督察反馈我市问题28个，截至目前已完成整改销号15个、已完成整改并通过验收6个、按时序整改7个。"
    found = {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["6个"] == ("inspection.rectified", "value")
    assert found["7个"] == ("inspection.rectified", "target")


def test_goal_years_keep_their_targets(nlp):
    text = "力争到2025年，优良天数比例达到85%，2025年PM2.5浓度为30微克/立方米。"
    found = {e.text: e._.role for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["85%"] == found["30微克/立方米"] == "target"


def test_a_change_that_a_goal_names_is_a_target():
    from pipeline.linking.contract_rules import change_goal_links
    text = ("全市细颗粒物浓度同比下降12.4%，超额完成下降5%的年度目标；今年改善目标为臭氧浓度下降3%；"
            "二氧化硫浓度同比下降8%。")
    spans = _spans(text, ["12.4%", "5%", "3%", "8%"])
    assert change_goal_links(text, spans, ["air.pm25", "air.pm25", "air.o3", "air.so2"]) == {
        1: (None, "target"), 2: (None, "target")}
