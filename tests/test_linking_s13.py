"""Session 13 indicator rules, on sentences written for these tests (none copied from an article)."""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import day_category_links, drinking_share_links, good_day_links, water_share_links
from pipeline.linking.coverage import coverage_links

from .text_spans import spans_in_order as _spans


@pytest.mark.parametrize("text, surfaces, index", [
    # a drinking-water source reported by its share of good water, not by a compliance rate
    ("全县6个集中式饮用水水源地水质优良(达到或优于Ⅲ类)比例为100%，无劣V类水体。", ["6个", "100%"], 1),
    ("城区饮用水水源Ⅰ—Ⅲ类水质比例保持100%。", ["100%"], 0),
    ("今年全市空气优良天数比例为90%；城乡集中式饮用水水源地水质优良比例为100%。", ["90%", "100%"], 1),
])
def test_a_good_water_share_of_drinking_sources_is_drinking_compliance(text, surfaces, index):
    links = drinking_share_links(text, _spans(text, surfaces), ["water.good_sections_ratio"] * len(surfaces))
    assert links == {index: ("water.drinking_source_compliance", None)}


@pytest.mark.parametrize("text, surfaces", [
    # a value shared by a list of waters goes to the first named (sections)
    ("同时，全县5个地表水断面水质优良比例、3个地下水点位水质优良比例、4个饮用水水源地水质优良比例均为100%。",
     ["5个", "3个", "4个", "100%"]),
    ("8个国控断面、城镇集中式饮用水水源地水质优良比例均为100%。", ["8个", "100%"]),
    # a compliance rate is compliance_links' business
    ("乡镇饮用水水源地水质达标率100%。", ["100%"]),
])
def test_a_share_whose_first_subject_is_not_a_drinking_source_is_left_alone(text, surfaces):
    assert drinking_share_links(text, _spans(text, surfaces), ["water.good_sections_ratio"] * len(surfaces)) == {}


@pytest.mark.parametrize("text, surfaces", [
    # "better than class III" written with 好
    ("全县无劣Ⅴ类水体，达到或好于Ⅲ类水体的比例为80.5%，高于年度目标2.5个百分点。", ["80.5%", "2.5个百分点"]),
    ("十年间，全县省控断面好三类水体比例由60.1%提升至75.2%。", ["60.1%", "75.2%"]),
])
def test_better_than_class_three_written_with_hao_is_a_good_sections_share(text, surfaces):
    links = water_share_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert links == {i: ("water.good_sections_ratio", None) for i in range(len(surfaces))}


@pytest.mark.parametrize("text, surfaces, expected", [
    ("全区林木覆盖率达到31.5%，较上年提高0.6个百分点。", ["31.5%", "0.6个百分点"],
     {0: ("ecology.forest_coverage", None)}),
    ("该县凭借27.4%的林木覆盖率入选示范县。", ["27.4%"], {0: ("ecology.forest_coverage", None)}),
    # greening of the built-up area and grassland vegetation are not forest
    ("森林覆盖率为48.2%、城市建成区绿化覆盖率为41.7%。", ["48.2%", "41.7%"],
     {0: ("ecology.forest_coverage", None), 1: ("other", None)}),
    ("全旗草原综合植被盖度达到55.3%，城区绿地率为36%。", ["55.3%", "36%"], {0: ("other", None), 1: ("other", None)}),
    # a list read with 分别 is left to the list rules
    ("全县森林覆盖率和城市绿化率分别达到21.3%、38.8%。", ["21.3%", "38.8%"], {}),
])
def test_forest_cover_and_other_covers(text, surfaces, expected):
    assert coverage_links(text, _spans(text, surfaces), ["ecology.forest_coverage"] * len(surfaces)) == expected


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # a breakdown of the year's days by grade, each with its share (占比 / traditional 佔)
    ("全年优良天数300天；其中，优天数为80天，占比21.9%；良天数为220天，占比60.1%；重度污染数为2天，占比0.5%。",
     ["300天", "80天", "21.9%", "220天", "60.1%", "2天", "0.5%"],
     ["air.good_days", "air.good_days", "other", "air.good_days", "other", "air.heavy_pollution_days", "air.good_days_ratio"],
     {2: "air.good_days_ratio", 4: "air.good_days_ratio", 6: "air.heavy_pollution_days"}),
    ("全年優良天數290天；其中優70天，佔全年有效天數的19.2%；良220天，佔60.3%。",
     ["290天", "70天", "19.2%", "220天", "60.3%"], ["air.good_days", "other", "other", "air.good_days", "other"],
     {1: "air.good_days", 2: "air.good_days_ratio", 4: "air.good_days_ratio"}),
    # the share of a category named before 占, with no count of its own
    ("轻度污染天数占9.5%，中度污染天数占2.5%，重度污染以上的天数占0.8%。", ["9.5%", "2.5%", "0.8%"],
     ["air.good_days_ratio", "air.good_days_ratio", "other"], {0: "other", 1: "other", 2: "air.heavy_pollution_days"}),
])
def test_day_grade_breakdowns_with_shares(text, surfaces, current, expected):
    spans = _spans(text, surfaces)
    indicators = list(current)
    for i, indicator in good_day_links(text, spans, current).items():  # the component's order: days first
        indicators[i] = indicator
    for i, (indicator, _) in day_category_links(text, spans, indicators).items():
        indicators[i] = indicator or indicators[i]
    assert {i: indicators[i] for i in expected} == expected
    assert all(indicators[i] == current[i] for i in range(len(current)) if i not in expected)


@pytest.mark.parametrize("text, surface, expected", [
    ("去年全县共淘汰黄标车3260辆，发放补贴资金1200万元。", "3260辆", "emission.mobile"),
    ("城区公交车“冒黑烟”目测检查450辆。", "450辆", "emission.mobile"),
    ("年内完成淘汰2100辆国三及以下柴油货车。", "2100辆", "emission.mobile"),
    # vehicles bought or in use are not mobile-source control
    ("全市推广新能源汽车5200辆。", "5200辆", None),
    ("淘汰燃煤锅炉30台，新增新能源公交车120辆。", "120辆", None),
])
def test_vehicles_counted_in_mobile_source_work(text, surface, expected):
    from pipeline.linking.structure_rules import vehicle_links

    spans = _spans(text, [surface])
    got = vehicle_links(text, spans, ["other"]).get(0)
    assert (got[0] if got else None) == expected


def test_a_goal_named_after_a_list_of_figures_is_every_items_goal():
    from pipeline.linking.contract_rules import named_goal_links

    text = "四项主要污染物分别减排80吨、2.4吨、130吨和55吨，超额完成削减70吨、2吨、120吨和50吨的目标任务。"
    surfaces = ["80吨", "2.4吨", "130吨", "55吨", "70吨", "2吨", "120吨", "50吨"]
    links = named_goal_links(text, _spans(text, surfaces), ["emission.reduction"] * len(surfaces))
    assert links == {i: (None, "target") for i in range(4, 8)}


@pytest.mark.parametrize("text, surface", [
    ("今年以来，县公安局共侦破环境污染类刑事案件18起，抓获犯罪嫌疑人25人。", "18起"),
    ("森林公安已立案9起，破获6起。", "6起"),
    ("两部门开展联合执法40次，共立破破坏生态环境案件12起。", "12起"),
    ("全年实施了7宗按日连续计罚。", "7宗"),
])
def test_police_and_daily_penalty_case_counts_are_penalty_cases(text, surface):
    from pipeline.linking.contract_rules import case_count_links

    assert case_count_links(text, _spans(text, [surface]), ["other"]) == {0: "enforcement.penalty_cases"}


def test_a_count_of_batches_before_the_items_it_holds_is_other():
    from pipeline.linking.structure_rules import batch_count_links

    text = "督察进驻期间，我县共收到督察组转办的群众信访举报24批共318件，已全部办结。"
    spans = _spans(text, ["24批", "318件"])
    assert batch_count_links(text, spans, ["inspection.feedback_issues"] * 2) == {0: ("other", None)}
    # a batch count standing alone is left to the classifier
    text = "全年共申报三批次省级项目。"
    assert batch_count_links(text, _spans(text, ["三批次"]), ["investment.projects"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("全县水环境质量指数为4.12，同比改善6%。", "6%"),
    ("本季度城区综合水质指数1.46，较上年同期改善3.2%。", "3.2%"),
    ("全區水環境質量指數降至3.9，同比改善4%。", "4%"),
])
def test_improvement_of_a_water_quality_index_is_down(text, surface):
    from pipeline.grammar.direction import read_direction

    start = text.index(surface)
    assert read_direction(text, start, start + len(surface), "other").direction == "down"


@pytest.mark.parametrize("text, surface", [
    ("专项行动期间，全县共查处逾百家违法排污企业。", "逾百家"),
    ("秋冬季实施企业停产限产65家次。", "65家次"),
    ("对2家企业实施限制生产。", "2家"),
])
def test_firms_counted_in_punishments_are_penalty_cases(text, surface):
    from pipeline.linking.contract_rules import punishment_links

    assert punishment_links(text, _spans(text, [surface]), ["other"]) == {0: ("enforcement.penalty_cases", None)}


def test_scattered_polluting_firms_dealt_with_are_not_cases_but_closed_ones_are():
    from pipeline.linking.contract_rules import punishment_links

    text = "全年查处“散乱污”企业210家。"
    assert punishment_links(text, _spans(text, ["210家"]), ["enforcement.issues_found"]) == {}
    text = "对6家“散乱污”企业立案处罚。"
    assert punishment_links(text, _spans(text, ["6家"]), ["other"]) == {0: ("enforcement.penalty_cases", None)}


def test_person_times_are_other():
    from pipeline.linking.structure_rules import person_time_links

    text = "全年共出动执法人员3600余人次，检查企业1200家次。"
    spans = _spans(text, ["3600余人次", "1200家次"])
    assert person_time_links(text, spans, ["enforcement.inspections"] * 2) == {0: ("other", None)}


@pytest.mark.parametrize("text, surface, expected", [
    ("在年度全省污染防治攻坚战成效考核中，该市获评优秀等级，排名全省第二。", "第二", {0: ("other", None)}),
    ("今年公众对生态环境的满意度为93%，位居全省第四。", "第四", {0: ("other", None)}),
    ("在全国执法大练兵活动中，我省总成绩排名第五。", "第五", {0: ("other", None)}),
    # a measured subject after the evaluation word: the rank is the measure's
    ("在年度考核中，该市空气质量综合指数排名全省第二。", "第二", {}),
    # 考核目标 names no evaluation
    ("优良水体比例96%，高于考核目标，全省排名第三。", "第三", {}),
])
def test_ranks_placed_by_an_evaluation_are_other(text, surface, expected):
    from pipeline.linking.evaluation_ranks import evaluation_rank_links

    assert evaluation_rank_links(text, _spans(text, [surface]), ["air.aqi_composite"]) == expected


@pytest.mark.parametrize("text, surface", [
    ("城区总采样天数为362天，优为200天，良为150天。", "362天"),
    ("縣城總採樣天數為350天，優為180天。", "350天"),
    ("全年总天数366天，其中优良天数330天。", "366天"),
])
def test_sampling_days_are_not_good_days(text, surface):
    spans = _spans(text, [surface])
    assert day_category_links(text, spans, ["air.good_days"]) == {0: ("other", None)}


@pytest.mark.parametrize("text, surface, current, expected", [
    # a value shared by a long list goes to its first item, even when each item carries a count and an example
    ("全县甲河大桥等9个地表水、乙水库等6个乡镇级饮用水和丙村水源等4个地下水水质达标率均为100%。", "100%",
     "groundwater.quality", "water.sections_compliance"),
    # rivers and lakes written as 内河/湖库 are sections
    ("城区内河、县级集中式水源地、重点湖库水质达标率均达100%。", "100%", "water.drinking_source_compliance",
     "water.sections_compliance"),
])
def test_a_compliance_rate_shared_by_a_list_takes_its_first_item(text, surface, current, expected):
    from pipeline.linking.contract_rules import compliance_links

    assert compliance_links(text, _spans(text, [surface]), [current]) == {0: (expected, None)}


def test_a_groundwater_compliance_rate_is_left_to_the_classifier():
    from pipeline.linking.contract_rules import compliance_links

    text = "地表水断面水质稳定。全县地下水水质达标率为85%。"
    assert compliance_links(text, _spans(text, ["85%"]), ["groundwater.quality"]) == {}


def test_a_size_class_before_a_traditional_boiler_noun_is_a_scope_threshold():
    from pipeline.linking.contract_rules import scope_threshold_links

    text = "全縣淘汰20蒸噸以下燃煤鍋爐56台。"
    assert scope_threshold_links(text, _spans(text, ["20蒸噸", "56台"]), ["emission.industrial"] * 2) == {0: ("other", "target")}


def test_petitions_closed_counted_by_batch_with_key_cases_in_brackets():
    from pipeline.linking.contract_rules import rectification_links

    text = "截至10月8日，省生态环境保护督察组累计转交信访件6批150件，我县累计办结信访件4批98件（重点件9件），剩余52件正在办理中。"
    surfaces = ["6批", "150件", "4批", "98件", "9件", "52件"]
    links = rectification_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert links.get(3) == ("inspection.rectified", "value")
    assert links.get(4) == ("inspection.rectified", "value")
    text = "10月8日，我县办结第2批35件信访件（重点件4件）；督察组交办的问题正在整改。"
    links = rectification_links(text, _spans(text, ["第2批", "35件", "4件"]), ["other"] * 3)
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "value")


@pytest.mark.parametrize("text, surface, expected", [
    ("上半年全县医疗机构产生医疗废物326.5吨，全部安全处置。", "326.5吨", {0: ("waste.hazardous", None)}),
    ("截至9月底，累计处置醫療廢物2100余噸。", "2100余噸", {0: ("waste.hazardous", None)}),
    # a general solid waste named after it is another measure
    ("危险废物和一般工业固体废物产生量为8.6万吨。", "8.6万吨", {}),
])
def test_tonnes_of_medical_and_hazardous_waste(text, surface, expected):
    from pipeline.linking.waste_amounts import hazardous_tonnage_links

    assert hazardous_tonnage_links(text, _spans(text, [surface]), ["other"]) == expected


@pytest.mark.parametrize("text, surfaces, expected", [
    ("今年8月，出境断面主要污染物氨氮由8.4毫克/升下降到0.62毫克/升。", ["8.4毫克/升", "0.62毫克/升"],
     {0: ("water.ammonia_nitrogen", None), 1: ("water.ammonia_nitrogen", None)}),
    ("湖区总磷平均浓度为0.048mg/L，达到考核目标值0.06mg/L的要求。", ["0.048mg/L", "0.06mg/L"],
     {0: ("water.total_phosphorus", None), 1: ("water.total_phosphorus", None)}),
    # total nitrogen has no taxonomy id
    ("总磷稳定达标，总氮浓度由2.1毫克/升降至1.6毫克/升。", ["2.1毫克/升", "1.6毫克/升"], {}),
])
def test_water_concentrations_take_the_pollutant_named_before_them(text, surfaces, expected):
    from pipeline.linking.water_pollutants import water_concentration_links

    assert water_concentration_links(text, _spans(text, surfaces), ["other"] * len(surfaces)) == expected


def test_problems_a_county_found_itself_are_not_inspection_rectifications():
    from pipeline.linking.contract_rules import rectification_links

    text = ("中央生态环境保护督察组交办的信访件已全部办结。全县今年共自查发现问题240个，已完成整改198个，序时推进42个。")
    links = rectification_links(text, _spans(text, ["240个", "198个", "42个"]), ["other"] * 3)
    assert links.get(1) is None  # the county's own rectification: left to the classifier
    assert links.get(2) == (None, "target")  # still on schedule: a goal
    # the same sentence about an inspection's problems stays the inspection's
    text = "督察组交办问题240个，已完成整改198个，序时推进42个。"
    links = rectification_links(text, _spans(text, ["240个", "198个", "42个"]), ["other"] * 3)
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "target")


def test_a_second_rank_in_another_scope_ranks_the_same_figure():
    from pipeline.linking.evaluation_ranks import second_scope_rank_links

    text = "PM10平均浓度48微克/立方米，全省排名第4、同类城市第2；优良天数比例90.1%，全省排名第6、北部片区第1。"
    surfaces = ["48微克/立方米", "第4", "第2", "90.1%", "第6", "第1"]
    current = ["air.pm10", "air.pm10", "air.aqi_composite", "air.good_days_ratio", "air.good_days_ratio", "air.aqi_composite"]
    assert second_scope_rank_links(text, _spans(text, surfaces), current) == {2: ("air.pm10", None), 5: ("air.good_days_ratio", None)}
    # a measure named between the ranks starts another ranking
    text = "综合指数全省第3、PM2.5浓度第5。"
    assert second_scope_rank_links(text, _spans(text, ["第3", "第5"]), ["air.aqi_composite", "air.pm25"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("去年全县八成日子空气优良。", "八成"),
    ("今年以来，全省6成以上天數空氣質量優良。", "6成以上"),
])
def test_a_share_of_good_air_days_written_in_tenths(text, surface):
    assert good_day_links(text, _spans(text, [surface]), ["other"]) == {0: "air.good_days_ratio"}


def test_tenths_of_something_else_are_left_alone():
    text = "全县九成村庄完成污水治理。"
    assert good_day_links(text, _spans(text, ["九成"]), ["other"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("截至5月10日，全县各乡镇共排查到违法排污企业45家，组织8场专项行动。", "45家"),
    ("检查发现某建材公司等17家企业存在未采取有效覆盖措施的问题。", "17家"),
])
def test_firms_found_breaking_the_rules_are_issues_found(text, surface):
    from pipeline.linking.contract_rules import enforcement_count_links

    assert enforcement_count_links(text, _spans(text, [surface]), ["enforcement.inspections"]) == {0: ("enforcement.issues_found", None)}


def test_firms_checked_stay_inspections():
    from pipeline.linking.contract_rules import enforcement_count_links

    text = "执法人员检查企业320家，发现问题56个。"
    assert 0 not in enforcement_count_links(text, _spans(text, ["320家", "56个"]), ["enforcement.inspections", "other"])


@pytest.mark.parametrize("text, surface, expected", [
    ("今年成功申报国家试点，获得国家财政支持资金1.5亿元。", "1.5亿元", {0: ("funding.secured", None)}),
    ("项目总投资4亿元，其中中央专项补助资金3200万元。", "3200万元", {0: ("funding.secured", None)}),
    # reward and compensation funds, and money applied for, are not funds secured
    ("全年获得省级生态补偿资金900万元。", "900万元", {}),
    ("全县申请中央资金1.2亿元。", "1.2亿元", {}),
])
def test_funds_secured_from_higher_levels(text, surface, expected):
    from pipeline.linking.funding import funding_links

    assert funding_links(text, _spans(text, [surface]), ["other"]) == expected


def test_the_same_water_share_reported_for_a_later_year():
    text = "十年来，全县省控断面优良水体比例由62.5%提升至87.5%，2022年跃升为100%。"
    links = water_share_links(text, _spans(text, ["62.5%", "87.5%", "100%"]), ["other", "other", "air.good_days_ratio"])
    assert links.get(2) == ("water.good_sections_ratio", None)


def test_effluent_concentrations_are_not_surface_water():
    from pipeline.linking.water_pollutants import water_concentration_links

    text = "全县污水处理厂出水化学需氧量稳定低于25毫克/升的提标要求。"
    assert water_concentration_links(text, _spans(text, ["25毫克/升"]), ["other"]) == {}
