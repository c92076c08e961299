"""Targets: goals named after a figure or a list of figures, milestones, goal years and pending work.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, surface", [
    ("今年已淘汰老旧车辆2100辆，完成计划总数的61%。", "61%"),
    ("全县造林4200亩，为年度计划的140%。", "140%"),
    ("农村污水治理累计完成目标任务的95%。", "95%"),
    ("燃煤锅炉改造佔年度任務的48.5%。", "48.5%"),
])
def test_a_share_of_a_plan_done_is_a_value(text, surface):
    from pipeline.linking.plan_shares import plan_share_links

    assert plan_share_links(text, _spans(text, [surface]), ["other"]) == {0: (None, "value")}


def test_a_share_of_a_plan_stated_as_an_aim_is_left_to_the_goal_rules():
    from pipeline.linking.plan_shares import plan_share_links

    text = "下半年力争完成年度任务的100%。"
    assert plan_share_links(text, _spans(text, ["100%"]), ["other"]) == {}


def test_the_plans_size_in_brackets_is_a_target_and_the_share_done_a_value():
    from pipeline.linking.plan_shares import plan_share_links

    text = "已完成老旧车辆淘汰800台，占年度任务（1500台）的53.3%。"
    links = plan_share_links(text, _spans(text, ["800台", "1500台", "53.3%"]), ["other"] * 3)
    assert links == {1: (None, "target")}


def test_a_share_of_a_plan_done_read_by_the_pipeline(nlp):
    links = quantity_links(nlp, "截至9月底，全市淘汰黄标车1200辆，完成年度计划总数的80%。")
    assert links["80%"][1] == "value"


def test_the_figures_of_a_goal_list_after_its_colon_are_targets_but_not_the_counts_it_covers():
    from pipeline.linking.goal_statements import goal_statement_links

    text = "市里下达目标为：12个市控断面优良比例为95%，细颗粒物平均浓度28微克/立方米。全年细颗粒物浓度为26微克/立方米。"
    surfaces = ["12个", "95%", "28微克/立方米", "26微克/立方米"]
    links = goal_statement_links(text, _spans(text, surfaces), ["other", "water.good_sections_ratio", "air.pm25", "air.pm25"])
    assert links == {1: (None, "target"), 2: (None, "target")}


def test_a_goal_without_a_colon_ends_with_its_own_clause():
    from pipeline.linking.goal_statements import goal_statement_links

    text = "今年本区的目标是将劣Ⅴ类水体比例控制在8%以内，而到5月底，该比例已降至6.5%。"
    links = goal_statement_links(text, _spans(text, ["8%以内", "6.5%"]), ["water.inferior_v_ratio"] * 2)
    assert links == {0: (None, "target")}


@pytest.mark.parametrize("text, surface", [
    ("圆满完成了上级下达的“优良天数比例达到91.5%以上”年度约束性指标。", "91.5%以上"),
    ("今年的民生实事“建成30座污水提升泵站任务”已提前完成。", "30座"),
])
def test_a_figure_inside_a_quoted_goal_is_a_target(text, surface):
    from pipeline.linking.goal_statements import goal_statement_links

    assert goal_statement_links(text, _spans(text, [surface]), ["other"]) == {0: (None, "target")}


def test_a_quotation_that_names_no_goal_leaves_the_role_alone():
    from pipeline.linking.goal_statements import goal_statement_links

    text = "群众称赞“一年少了40天雾霾”，心情舒畅。"
    assert goal_statement_links(text, _spans(text, ["40天"]), ["other"]) == {}


def test_levels_to_reach_named_as_a_task_are_targets_but_a_share_of_a_task_done_is_not():
    from pipeline.linking.goal_statements import goal_statement_links

    text = "年底前实现垃圾分类覆盖率、资源化利用率分别达到95%和60%以上的任务。"
    assert goal_statement_links(text, _spans(text, ["95%", "60%以上"]), ["other"] * 2) == {0: (None, "target"), 1: (None, "target")}
    done = "截至9月已完成全年80%的任务。"
    assert goal_statement_links(done, _spans(done, ["80%"]), ["other"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("督办单要求涉事单位在15个工作日内书面反馈。", "15个"),
    ("两区应根据反馈意见抓紧制定方案，在20个工作日内报送区委。", "20个"),
    ("上级要求10天办结，区里力争提前完成。", "10天"),
    ("各乡镇必须再用2个月时间开展排查。", "2个月"),
])
def test_a_time_limit_is_a_target(text, surface):
    from pipeline.linking.deadlines import deadline_links

    assert deadline_links(text, _spans(text, [surface]), ["other"]) == {0: (None, "target")}


@pytest.mark.parametrize("text, surface, indicator", [
    ("督察组进驻的1个月时间里，共受理举报300件。", "1个月", "other"),   # how long it took
    ("全区共有12个工作组参与。", "12个", "other"),                      # 个 counting no time
    ("重污染天数控制在3天以内。", "3天", "air.heavy_pollution_days"),    # an indicator's goal: the goal rules'
    ("该企业经现场检查后3小时内整改到位。", "3小时", "other"),             # how long it took
    ("普通信访件在5个工作日内完成核查并反馈。", "5个", "other"),           # a standing practice, no obligation
])
def test_durations_that_set_no_time_limit_keep_their_role(text, surface, indicator):
    from pipeline.linking.deadlines import deadline_links

    assert deadline_links(text, _spans(text, [surface]), [indicator]) == {}


@pytest.mark.parametrize("text, surface", [
    ("经测算，预计全年可争取生态补偿资金800万元，用于流域治理。", "800万元"),
    ("该热源厂投运后将形成500万平方米供热能力。", "500万平方米"),
    ("今年全县需新增完成120个村的污水治理。", "120个"),
])
def test_a_figure_of_work_expected_or_to_come_is_a_target(text, surface):
    from pipeline.linking.future_clauses import future_clause_links

    assert future_clause_links(text, _spans(text, [surface]), ["other"]) == {0: (None, "target")}


@pytest.mark.parametrize("text, surface", [
    ("区生态环境局拟对该企业罚款45万元。", "45万元"),                        # a fine proposed is counted as imposed
    ("预计可削减颗粒物排放量约300吨。", "约300吨"),                          # an estimate of the effect
    ("全区共将80多个高耗能项目拒之门外。", "80多个"),                        # 将 as 把
    ("年初计划实施治理项目40个，需再完成的项目均已完成，共40个。", "40个"),  # no future mark in the clause
    ("今年需再完成整治项目15个，已全部完成。", "15个"),                      # the planned work reported done
])
def test_proposed_estimated_or_done_work_keeps_its_role(text, surface):
    from pipeline.linking.future_clauses import future_clause_links

    assert future_clause_links(text, _spans(text, [surface]), ["other"]) == {}
