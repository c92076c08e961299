"""Indicators decided by the shape of a passage (pipeline/linking/structure_rules.py), on sentences written here."""

from __future__ import annotations

import pytest

from pipeline.linking.structure_rules import (breakdown_links, change_list_pollutant_links, change_lists, count_noun_links,
                                              inspection_tally_links, petition_place_list_links, other_index_links, rank_subject_links,
                                              vehicle_links)


from .text_spans import spans_in_order as _spans  # noqa: E402


# --- totals and their breakdowns ---

def test_items_after_qizhong_take_the_totals_indicator():
    text = "截至月底，全市共排查企业520家，其中，东城区90家，西山县75家，开发区12家。"
    links = breakdown_links(text, _spans(text, ["520家", "90家", "75家", "12家"]),
                            ["enforcement.inspections", "other", "other", "air.good_days"])
    assert links == {k: ("enforcement.inspections", None) for k in (1, 2, 3)}


def test_items_after_a_colon_and_their_bracketed_parts():
    text = "督察组交办件累计40件：北岭12件（其中3件重复投诉某砖厂问题，2件投诉某餐馆油烟），南湾9件，市直4件。"
    surfaces = ["40件", "12件", "3件", "2件", "9件", "4件"]
    links = breakdown_links(text, _spans(text, surfaces), ["inspection.feedback_issues"] + ["other"] * 5)
    assert [links.get(k, (None,))[0] for k in range(6)] == [None] + ["inspection.feedback_issues"] * 5


def test_items_after_the_counted_noun_or_the_totals_sentence_take_its_indicator():
    text = "督察组向我省交办第五批58件群众举报件，其中北岭市21件、南湾市17件。"
    links = breakdown_links(text, _spans(text, ["58件", "21件", "17件"]), ["inspection.feedback_issues", "other", "other"])
    assert links == {k: ("inspection.feedback_issues", None) for k in (1, 2)}
    text = "全省累计收到交办件共计640件。其中北岭市233件、南湾市118件。"
    links = breakdown_links(text, _spans(text, ["640件", "233件", "118件"]), ["inspection.feedback_issues", "other", "other"])
    assert links == {k: ("inspection.feedback_issues", None) for k in (1, 2)}
    # a clause between the total and 其中 says what the items are counted of: no breakdown
    text = "全年立案58件已全部结案，其中北岭21件。"
    assert breakdown_links(text, _spans(text, ["58件", "21件"]), ["enforcement.penalty_cases", "other"]) == {}


def test_a_place_name_read_as_a_number_does_not_end_the_breakdown():
    text = "本批群众投诉5件：八里2件，东湖3件。"
    links = breakdown_links(text, _spans(text, ["5件", "八里", "2件", "3件"]),
                            ["inspection.feedback_issues", "other", "other", "other"])
    assert links.get(2) == links.get(3) == ("inspection.feedback_issues", None) and 1 not in links


@pytest.mark.parametrize("text, surfaces", [
    ("全年发现问题100个，其中已整改80个。", ["100个", "80个"]),       # a sub-count of another kind
    ("全年优良天数为300天：优级95天。", ["300天", "95天"]),             # a colon needs two items
    ("检查企业300家，其中，罚款金额50万元。", ["300家", "50万元"]),     # another unit
])
def test_what_is_not_a_breakdown(text, surfaces):
    assert breakdown_links(text, _spans(text, surfaces), ["enforcement.issues_found", "other"]) == {}


# --- an inspection's tallies ---

@pytest.mark.parametrize("text, surfaces, expected", [
    ("省督察整改任务49项，完成整改46项；警示片通报问题18项，完成整改15项。", ["49项", "46项", "18项", "15项"],
     ["inspection.feedback_issues", None, "inspection.feedback_issues", None]),
    ("截至9月，督察组交办的群众信访举报问题已反馈12批共205件，已办结190件。", ["12批", "205件", "190件"],
     ["other", "inspection.feedback_issues", None]),
    ("督察期间，共接到督察组转交群众举报投诉案件21批237件。", ["21批", "237件"], ["other", "inspection.feedback_issues"]),
    ("6月3日，督察组向我县转交第5批群众投诉6件。", ["6件"], ["inspection.feedback_issues"]),
    ("督察反馈问题整改持续推进。全市26项整改任务进展顺利。", ["26项"], ["inspection.feedback_issues"]),
    # still open: the rectification rule's
    ("督察反馈问题整改持续推进。今明两年共计5项整改任务，正按序时推进。", ["5项"], [None]),
    # petitions the bureau received, in an article that mentions an inspection elsewhere
    ("省督察转办件已全部办结。\n信访方面，全年受理信访投诉案件1586件；", ["1586件"], [None]),
    ("全年受理群众投诉案件58件。", ["58件"], [None]),
])
def test_inspection_tallies(text, surfaces, expected):
    links = inspection_tally_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert [links.get(k, (None,))[0] for k in range(len(surfaces))] == expected


# --- indices that are not the air index, and ranks ---

def test_water_quality_index_its_change_and_its_rank_are_other():
    text = "2023年，全区水环境综合指数为3.85，同比改善5.2%；城市水质指数(CWQI)排名全市第二。"
    links = other_index_links(text, _spans(text, ["3.85", "5.2%", "第二"]), ["air.aqi_composite"] * 3)
    assert links == {0: ("other", None), 1: ("other", None), 2: ("other", None)}


@pytest.mark.parametrize("text, surfaces", [
    ("上半年，某县水环境质量指数为5.72，居全市第二。", ["5.72"]),
    ("全区地表水环境污染指数同比去年下降12.5%。", ["12.5%"]),
    ("某市综合水质指数2.1034，同比上年改善3.2%。", ["2.1034", "3.2%"]),
    ("某市生态文明指数在全省设区市中排名第三。", ["第三"]),
])
def test_indexes_outside_the_taxonomy_are_other(text, surfaces):
    links = other_index_links(text, _spans(text, surfaces), ["air.aqi_composite"] * len(surfaces))
    assert [links.get(k, (None,))[0] for k in range(len(surfaces))] == ["other"] * len(surfaces)


def test_the_rank_after_such_an_index_is_other():
    text = "上半年，某县水环境质量指数为5.72，居全市第二。"
    links = rank_subject_links(text, _spans(text, ["5.72", "第二"]), ["other", "air.aqi_composite"])
    assert links.get(1) == ("other", "rank")


def test_an_air_measure_after_the_index_keeps_its_figure():
    text = "某市生态文明指数全省第一 空气质量优良率全省第三"
    links = other_index_links(text, _spans(text, ["第一", "第三"]), ["air.aqi_composite", "air.good_days_ratio"])
    assert links.get(0) == ("other", None) and 1 not in links


@pytest.mark.parametrize("text, surfaces, current, expected", [
    ("全区空气质量达标天数位居全省第三。", ["第三"], ["air.aqi_composite"], ("air.good_days", "rank")),
    ("地表水国考断面优良比例95%，位列全省第二。", ["95%", "第二"], ["water.good_sections_ratio", "other"],
     ("water.good_sections_ratio", "rank")),
    ("某河水环境质量居全国第9名，全省排名第一名。", ["第9名", "第一名"], ["air.aqi_composite"] * 2, ("other", "rank")),
    ("水污染防治工作考核排名全市第一。", ["第一"], ["air.aqi_composite"], ("other", "rank")),
    ("某市空气质量达到国家二级标准，各项指标均居全省首位。", ["首位"], ["air.pm25"], ("air.aqi_composite", "rank")),
    ("清水县城空气质量优良天数350天、优良率95.9%，同比增加4天，无重污染天气，排名全市第一。",
     ["350天", "95.9%", "4天", "第一"], ["air.good_days", "air.good_days_ratio", "air.good_days", "air.heavy_pollution_days"],
     ("air.aqi_composite", "rank")),
    ("空气质量排名较上年前移4位。", ["4位"], ["air.aqi_composite"], None),
])
def test_rank_subjects(text, surfaces, current, expected):
    links = rank_subject_links(text, _spans(text, surfaces), current)
    assert links.get(len(surfaces) - 1) == expected


def test_headline_rank_takes_the_bodys_rank_of_the_same_place():
    text = "欢迎访问\n【蓝天】连续两年位居全省第一\n发布日期：2024-1-2\n记者获悉，全市饮用水水源达标率100%，空气优良天数比例全省第一，"
    surfaces = ["两年", "第一", "100%", "第一"]
    links = rank_subject_links(text, _spans(text, surfaces), ["other", "other", "water.drinking_source_compliance",
                                                              "air.good_days_ratio"])
    assert links == {1: ("air.good_days_ratio", "rank")}


# --- vehicles, persons with their cases ---

def test_vehicles_punished_found_and_persons_of_cases():
    text = "处罚超标车1.2万辆次，处罚排放超标非道路移动机械86台次，共检查出超标车辆21辆。查处违法问题90起，移送公安4件共7人。"
    surfaces = ["1.2万辆次", "86台次", "21辆", "90起", "4件", "7人"]
    links = vehicle_links(text, _spans(text, surfaces), ["emission.mobile", "emission.mobile", "other",
                                                         "enforcement.penalty_cases", "enforcement.penalty_cases",
                                                         "enforcement.penalty_cases"])
    assert links == {0: ("enforcement.penalty_cases", None), 1: ("enforcement.penalty_cases", None),
                     2: ("emission.mobile", None), 5: ("other", None)}


def test_vehicles_dealt_with_in_road_checks_stay_mobile_sources():
    text = "全年路检重型柴油车2万辆次，查处排放超标车辆830辆。"
    links = vehicle_links(text, _spans(text, ["2万辆次", "830辆"]), ["emission.mobile", "emission.mobile"])
    assert 1 not in links


# --- counted nouns, fine tickets, water good rates ---

def test_counted_nouns_fine_tickets_and_water_good_rates():
    text = ("综合指数同比改善5%，六项主要污染物浓度均下降；三项指标均完成目标。集中整治12条省控入海河流，将60家守法企业纳入正面清单，"
            "建成空气自动监测站9座。某县给企业开出350万元罚单。全县8个国控断面水质达标率100%、优良率87.5%。"
            "全市地表水断面优良率、饮用水水源达标率均达到100%。空气优良率90%。")
    surfaces = ["5%", "六项", "三项", "12条", "60家", "9座", "350万元", "8个", "100%", "87.5%", "100%", "90%"]
    current = ["air.aqi_composite", "air.aqi_composite", "air.good_days_ratio", "inspection.rectified",
               "enforcement.inspections", "enforcement.monitoring", "other", "other", "water.sections_compliance",
               "air.good_days_ratio", "air.good_days_ratio", "air.good_days_ratio"]
    links = count_noun_links(text, _spans(text, surfaces), current)
    assert [links.get(k, (None,))[0] for k in range(len(surfaces))] == [
        None, "other", "other", "other", "other", "other", "enforcement.penalty_amount", None, None,
        "water.good_sections_ratio", "water.good_sections_ratio", None]


# --- lists of changes after one verb ---

def test_change_list_after_a_verb_pairs_with_the_pollutants_in_order():
    text = "可吸入颗粒物(PM10)、细颗粒物(PM2.5)平均浓度分别为61微克/立方米、38微克/立方米，较2019年下降8.2%、11.6%。"
    surfaces = ["61微克/立方米", "38微克/立方米", "8.2%", "11.6%"]
    spans = _spans(text, surfaces)
    assert change_lists(text, spans) == [[2, 3]]
    assert change_list_pollutant_links(text, spans) == {2: "air.pm10", 3: "air.pm25"}


def test_a_comma_ends_a_change_list():
    text = "水质指数同比改善6.1%，16个断面全部达标。"
    assert change_lists(text, _spans(text, ["6.1%", "16个"])) == []


def test_a_count_of_pollutants_after_a_change_is_a_value():
    text = "综合指数同比上升4.1%，6项污染物浓度有升有降。"
    links = count_noun_links(text, _spans(text, ["4.1%", "6项"]), ["air.aqi_composite", "air.aqi_composite"])
    assert links == {1: ("other", "value")}


def test_a_breakdown_by_place_then_by_type_after_a_noted_total(nlp):
    text = ("省督察组共交办我市信访件29件(重点件3件),按县(市、区)分东城区7件(重点件1件)、西城县7件、椒山区2件,"
            "按污染类型分主要为涉水5件、大气15件、其他9件。")
    links = [(e.text, e._.indicator) for e in nlp(text).ents if e.label_ == "QUANTITY"]
    assert all(indicator == "inspection.feedback_issues" for _, indicator in links), links


def test_petitions_listed_by_place_after_the_inspections_handover_count_petitions():
    text = ("省生态环境保护督察组向我市转办第三批群众信访举报件。涉及6个县区和3个部门，"
            "东城区9件、西山县8件、北岭区4件、市水务局2件。")
    surfaces = ["6个", "3个", "9件", "8件", "4件", "2件"]
    links = petition_place_list_links(text, _spans(text, surfaces), ["other"] * 2 + ["enforcement.penalty_cases"] * 4)
    assert links == {k: ("inspection.feedback_issues", None) for k in (2, 3, 4, 5)}
    # without the inspection's petitions before it a list of cases by place is left to the other rules
    text = "全年立案查处环境违法案件52件。东城区9件、西山县8件、北岭区4件。"
    assert petition_place_list_links(text, _spans(text, ["52件", "9件", "8件", "4件"]), ["other"] * 4) == {}
    # and a list of petitions closed is the rectification rules'
    text = "督察组转办的信访件已全部办结，东城区9件、西山县8件、北岭区4件。"
    assert petition_place_list_links(text, _spans(text, ["9件", "8件", "4件"]), ["other"] * 3) == {}
