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
    # crimes are cases too; 个 counts cases only when the offence and 案例/案件 follow it
    ("某市公安机关通报6起涉嫌污染环境犯罪案件。", "6起", "enforcement.penalty_cases"),
    ("会上通报了全省8个生态环境违法典型案例。", "8个", "enforcement.penalty_cases"),
    ("评选出5个提名案例，依法处罚相关企业。", "5个", None),
    ("依照新法及三个配套办法办理案件，处罚从严。", "三个", None),
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
    ("全年环境空气质量达标330天，超标35天。", "330天", "air.good_days"),
    ("全年环境空气质量达标330天，超标35天。", "35天", None),
    # measure word 个 before 优良天, 天次 counts, graded and traditional wording, a headline's 空气质量优
    ("某县去年收获298个优良天，创历史新高。", "298个", "air.good_days"),
    ("某县去年新建298个监测站，优良天数增加。", "298个", None),
    ("全年空氣品質達優級水準150天次，良級180天次。", "150天次", "air.good_days"),
    ("全年空氣品質達優級水準150天次，良級180天次。", "180天次", "air.good_days"),
    ("今年以來城區空氣質量累計達標201天，同比持平。", "201天", "air.good_days"),
    ("某市：321天空气质量优 全省领先", "321天", "air.good_days"),
    ("我市连续实现19天空气质量优良。", "19天", None),
])
def test_good_day_counts(text, surface, expected):
    start = text.index(surface)
    assert good_day_links(text, [(start, start + len(surface))], ["other"]).get(0) == expected


# --- indicator and role decisions of the guidelines' "Real articles" section, on sentences written here ---

from pipeline.linking.contract_rules import (pollutant_links, punishment_links, rectification_links,  # noqa: E402
                                             threshold_links, unit_links)
from pipeline.linking.features import Featurizer  # noqa: E402
from pipeline.taxonomy import load_taxonomy  # noqa: E402

from .conftest import ROOT  # noqa: E402


from .text_spans import spans_in_order as _spans  # noqa: E402


@pytest.mark.parametrize("text, surfaces, expected", [
    # pending: remaining, on schedule, long-term, not finished, and the per-place list after 其中
    ("省级生态环境保护督察反馈问题共38项，已完成整改29项，其余9项正按序时推进。",
     ["38项", "29项", "9项"], [None, ("inspection.rectified", "value"), ("inspection.rectified", "target")]),
    ("督察整改方案确定的任务中，今年需完成的12项任务里还有5项未完成，其中，东城3项、西城2项。",
     ["12项", "5项", "3项", "2项"], [("inspection.rectified", "target"), ("inspection.rectified", "target"), ("inspection.rectified", "target"),
                                   ("inspection.rectified", "target")]),
    ("针对督察指出的问题，已有14项任务整改到位，3项任务为长期工作。",
     ["14项", "3项"], [("inspection.rectified", "value"), ("inspection.rectified", "target")]),
    ("督察反馈的20项问题已完成17项（含长期坚持4项），达到序时进度3项。",
     ["20项", "17项", "4项", "3项"], [None, ("inspection.rectified", "value"), ("inspection.rectified", "value"),
                                     ("inspection.rectified", "target")]),
    ("督察组转办的群众信访件已办结402件，办结率97.5%。",
     ["402件", "97.5%"], [("inspection.rectified", "value"), ("inspection.rectified", "value")]),
    # outside an inspection the classifier decides
    ("全市排查企业环境问题860个，已完成整改812个，整改率94.4%。", ["860个", "812个", "94.4%"], [None, None, None]),
])
def test_rectification_counts_and_rates(text, surfaces, expected):
    links = rectification_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert [links.get(i) for i in range(len(surfaces))] == expected


def test_total_before_its_done_count_is_not_a_done_count():
    text = "督察反馈的26项问题已完成整改22项。"
    links = rectification_links(text, _spans(text, ["26项", "22项"]), ["other", "other"])
    assert 0 not in links and links[1] == ("inspection.rectified", "value")


def test_pollutant_named_in_its_list_item():
    featurizer = Featurizer(load_taxonomy(str(ROOT / "configs" / "indicators.tsv")))
    text = "各项污染物年均浓度为：可吸入颗粒物51微克/立方米、二氧化硫7微克/立方米、二氧化氮24微克/立方米、一氧化碳0.9毫克/立方米。"
    surfaces = ["51微克/立方米", "7微克/立方米", "24微克/立方米", "0.9毫克/立方米"]
    links = pollutant_links(text, _spans(text, surfaces), featurizer)
    assert [links[i][0] for i in range(4)] == ["air.pm10", "air.so2", "air.no2", "air.co"]


def test_pollutant_rule_leaves_respectively_lists_alone():
    featurizer = Featurizer(load_taxonomy(str(ROOT / "configs" / "indicators.tsv")))
    text = "二氧化硫、二氧化氮浓度分别为6微克/立方米、21微克/立方米。"
    assert pollutant_links(text, _spans(text, ["6微克/立方米", "21微克/立方米"]), featurizer) == {}


def test_units_that_decide_the_indicator():
    text = "城区道路交通噪声平均值66.1分贝；优良天数比例为84.6%，同比增加9天。"
    spans = _spans(text, ["66.1分贝", "84.6%", "9天"])
    links = unit_links(text, spans, ["other", "air.good_days_ratio", "air.good_days_ratio"])
    assert links == {0: ("noise.level", None), 2: ("air.good_days", None)}


@pytest.mark.parametrize("text, surface, expected", [
    ("对违规焚烧秸秆的63人进行经济处罚，罚款共计3.1万元。", "63人", "enforcement.penalty_cases"),
    ("执法中对两家企业实施了限产停产。", "两家", "enforcement.penalty_cases"),
    ("巡查中对违法排污的5家企业依法实施查封扣押。", "5家", "enforcement.penalty_cases"),
    ("围绕群众投诉，全县共责令整改27家，立案处罚9家。", "27家", "enforcement.supervision_letters"),
    ("涉案人员中刑事拘留7人。", "7人", None),
    ("关闭企业40家、长期停产企业12家。", "12家", None),
])
def test_firms_and_persons_punished(text, surface, expected):
    links = punishment_links(text, _spans(text, [surface]), ["other"])
    assert (links[0][0] if 0 in links else None) == expected


def test_statutory_fine_range_is_a_target():
    text = "按规定，对未落实防尘措施的处二万元以上二十万元以下的罚款。该企业被罚款8万元。"
    spans = _spans(text, ["二万元以上", "二十万元", "8万元"])
    assert threshold_links(text, spans, ["other"] * 3) == {0: ("other", "target"), 1: ("other", "target")}


def test_water_class_shares_and_their_changes():
    from pipeline.linking.contract_rules import water_share_links
    text = ("全市32个监测断面中，Ⅰ～Ⅲ类水质断面占比81.3%，同比提高6.2个百分点；劣Ⅴ类断面占比3.1%，同比下降2.0个百分点，"
            "Ⅳ类水质占比上升1.5个百分点。近岸海域优良水质比例为88.4%。")
    surfaces = ["81.3%", "6.2个百分点", "3.1%", "2.0个百分点", "1.5个百分点", "88.4%"]
    links = water_share_links(text, _spans(text, surfaces), ["other"] * 6)
    assert [links.get(i, (None,))[0] for i in range(6)] == [
        "water.good_sections_ratio", "water.good_sections_ratio", "water.inferior_v_ratio", "water.inferior_v_ratio",
        None, "sea.good_quality_ratio"]


def test_share_beating_its_target_keeps_the_share():
    from pipeline.linking.contract_rules import water_share_links
    text = "优良水体比例75%，优于考核目标12.5个百分点。"
    links = water_share_links(text, _spans(text, ["75%", "12.5个百分点"]), ["other", "other"])
    assert links[1] == ("water.good_sections_ratio", None)


@pytest.mark.parametrize("text, surface, expected", [
    ("5月份全市空气质量居全省第三。", "第三", ("air.aqi_composite", "rank")),
    ("综合指数同比下降6.1%，在全国168个重点城市排102位。", "102位", ("air.aqi_composite", "rank")),
    ("空气质量排名较上年前移4位。", "4位", None),
    ("PM2.5浓度改善幅度居全省第一。", "第一", None),
])
def test_overall_air_quality_ranks(text, surface, expected):
    from pipeline.linking.contract_rules import air_ranking_links
    assert air_ranking_links(text, _spans(text, [surface]), ["other"]).get(0) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("城区内禁止新建20蒸吨每小时及以下燃煤锅炉。", "20蒸吨每小时", ("other", "target")),
    ("将年产量50吨以上的涉危企业纳入重点监管。", "50吨以上", ("other", "target")),
    ("全年淘汰燃煤锅炉31台，PM2.5浓度降至38微克/立方米以下。", "31台", None),
    ("全年淘汰燃煤锅炉31台，PM2.5浓度降至38微克/立方米以下。", "38微克/立方米", None),
    # a size class right before the equipment or rivers it sorts, with no prohibition word
    ("今年共拆除20蒸吨以下燃煤锅炉17台。", "20蒸吨", ("other", "target")),
    ("已完成45台15吨以上燃气锅炉低氮改造。", "15吨以上", ("other", "target")),
    ("5.5米以下焦炉将于年底前全部退出。", "5.5米", ("other", "target")),
    ("全县92条流域面积50平方公里以上河流均已编制方案。", "50平方公里以上", ("other", "target")),
    ("全县92条流域面积50平方公里以上河流均已编制方案。", "92条", None),
    ("全年新增治理企业30家以上，环境明显改善。", "30家以上", None),
])
def test_scope_thresholds(text, surface, expected):
    from pipeline.linking.contract_rules import scope_threshold_links
    assert scope_threshold_links(text, _spans(text, [surface]), ["other"]).get(0) == expected


def test_paragraph_announcing_goals_makes_its_numbers_targets():
    from pipeline.linking.contract_rules import goal_links
    text = ("去年全市优良天数为301天。\n"
            "会议提出了今年全市生态环境保护的主要目标。空气质量优良率要保持在88%左右，县级饮用水水源地水质达标率100%，"
            "受污染耕地安全利用率达到92%以上。\n")
    surfaces = ["301天", "88%左右", "100%", "92%以上"]
    links = goal_links(text, _spans(text, surfaces), ["other"] * 4)
    assert [links.get(i) for i in range(4)] == [None, (None, "target"), (None, "target"), (None, "target")]


def test_paragraph_reporting_goals_met_is_not_a_goal_paragraph():
    from pipeline.linking.contract_rules import goal_links
    text = "全市圆满完成了省下达的年度目标任务。优良天数比例为86.1%。\n"
    assert goal_links(text, _spans(text, ["86.1%"]), ["other"]) == {}


def test_base_of_a_plan_is_a_value():
    from pipeline.linking.contract_rules import goal_links
    text = "在一季度已淘汰老旧车辆420辆的基础上，全年完成淘汰任务1500辆。"
    links = goal_links(text, _spans(text, ["420辆", "1500辆"]), ["other", "other"])
    assert links == {0: (None, "value")}


@pytest.mark.parametrize("text, surface, expected", [
    ("交叉检查中共发现52个环境问题、17条违法线索。", "52个", ("enforcement.issues_found", None)),
    ("交叉检查中共发现52个环境问题、17条违法线索。", "17条", ("enforcement.issues_found", None)),
    ("督察反馈的问题中已整改到位31个。", "31个", None),
    ("支队共出动执法人员840人次。", "840人次", ("other", None)),
    ("检查组共212名执法人员参加检查。", "212名", ("other", None)),
    ("该企业被建议处罚36万元。", "36万元", ("enforcement.penalty_amount", None)),
    ("依法从轻处罚，减轻罚款12万元。", "12万元", None),
])
def test_enforcement_wording(text, surface, expected):
    from pipeline.linking.contract_rules import enforcement_count_links
    assert enforcement_count_links(text, _spans(text, [surface]), ["other"]).get(0) == expected


def test_goal_assigned_from_above_is_a_target():
    from pipeline.linking.contract_rules import goal_links
    text = "全区要完成市里下达的PM2.5年均浓度同比下降5%的任务，难度较大。全年PM2.5浓度为41微克/立方米。"
    links = goal_links(text, _spans(text, ["5%", "41微克/立方米"]), ["air.pm25", "air.pm25"])
    assert links == {0: (None, "target")}


def test_change_with_its_own_measure_does_not_chain_to_a_water_share():
    from pipeline.linking.contract_rules import water_share_links
    text = "各断面水质优良率均达到100%，湖体总磷浓度同比下降12.4%。"
    links = water_share_links(text, _spans(text, ["100%", "12.4%"]), ["other", "water.total_phosphorus"])
    assert 1 not in links


def test_bare_completion_in_an_inspection_report_is_left_to_the_classifier():
    text = "督察整改持续推进。全年入河排污口整治计划180个，目前已完成153个。"
    links = rectification_links(text, _spans(text, ["180个", "153个"]), ["water.sewage_outlets"] * 2)
    assert links == {}


@pytest.mark.parametrize("text, surfaces, current, expected", [
    ("去年某县优良天数为342天，首次突破340天大关。", ["342天", "340天"], ["air.good_days", "other"],
     {1: ("air.good_days", "target")}),
    ("全县森林覆盖率提高到61.3%，迈上60%的新台阶。", ["61.3%", "60%"], ["ecology.forest_coverage", "other"],
     {1: ("ecology.forest_coverage", "target")}),
    ("全市新能源汽车保有量突破8万辆。", ["8万辆"], ["other"], {}),
    ("处罚金额286万元，案件数突破100件。", ["286万元", "100件"], ["enforcement.penalty_amount", "other"], {}),
])
def test_a_milestone_crossed_after_the_exact_figure_is_a_threshold(text, surfaces, current, expected):
    from pipeline.linking.contract_rules import milestone_links
    assert milestone_links(text, _spans(text, surfaces), current) == expected


def test_a_lake_named_sea_is_no_coastal_water():
    """``X海水质Ⅲ类`` names a lake (…海) and its quality; only 海水/海域 of the coast make a share coastal."""
    from pipeline.linking.contract_rules import water_share_links
    text = "洱源湖水质Ⅱ类，青龙海水质Ⅲ类；18个地表水断面优良水体比例为83.3%。"
    links = water_share_links(text, _spans(text, ["83.3%"]), ["other"])
    assert links[0] == ("water.good_sections_ratio", None)
    coast = "全市海水质量总体良好，优良水质比例为92.1%。"
    assert water_share_links(coast, _spans(coast, ["92.1%"]), ["other"])[0] == ("sea.good_quality_ratio", None)


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # the level reached after 下降至 + year, and what it measures is what the starting level measured
    ("PM2.5年均浓度从2015年的61微克/立方米下降至2024年的33微克/立方米。", ["61微克/立方米", "33微克/立方米"],
     ["air.pm25", "air.good_days"], {1: ("air.pm25", "value")}),
    ("重污染天数从2016年的31天减少到2023年的3天，优良天数同比增加12天。", ["31天", "3天", "12天"],
     ["air.heavy_pollution_days", "other", "air.good_days"], {1: ("air.heavy_pollution_days", "value")}),
    # a plain 降至 keeps the classifier's indicator and is a value
    ("臭氧浓度同比下降4.1%，降至148微克/立方米。", ["4.1%", "148微克/立方米"], ["air.o3", "air.o3"],
     {1: (None, "value")}),
    # a goal is left to the goal rules
    ("力争到2025年PM2.5浓度下降至30微克/立方米。", ["30微克/立方米"], ["air.pm25"], {}),
])
def test_level_reached_is_a_value(text, surfaces, current, expected):
    from pipeline.linking.contract_rules import level_reached_links
    assert level_reached_links(text, _spans(text, surfaces), current) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("全年优良天数320天，提前完成省定305天目标。", "305天", (None, "target")),
    ("受污染耕地安全利用率预计可达93%任务目标。", "93%", (None, "target")),
    ("断面总磷浓度优于考核目标值0.1毫克/升的要求。", "0.1毫克/升", (None, "target")),
    ("全年优良天数320天，提前完成省定305天目标。", "320天", None),
    ("全市共有省定64个地下水监测点位。", "64个", None),
])
def test_numbers_named_as_goals_are_targets(text, surface, expected):
    from pipeline.linking.contract_rules import named_goal_links
    assert named_goal_links(text, _spans(text, [surface]), ["other"]).get(0) == expected
