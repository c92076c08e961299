"""Indicators outside air, water and enforcement: forest and other covers, vehicles, waste, funds, emission
work by industry, radiation safety.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.coverage import coverage_links

from .page_helpers import quantity_links
from .text_spans import spans_in_order as _spans


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


def test_a_size_class_before_a_traditional_boiler_noun_is_a_scope_threshold():
    from pipeline.linking.contract_rules import scope_threshold_links

    text = "全縣淘汰20蒸噸以下燃煤鍋爐56台。"
    assert scope_threshold_links(text, _spans(text, ["20蒸噸", "56台"]), ["emission.industrial"] * 2) == {0: ("other", "target")}


@pytest.mark.parametrize("text, surface, expected", [
    ("全镇经营面积300平方米以上的农家乐全部安装油烟净化器。", "300平方米以上", {0: ("other", "target")}),
    ("限养区内存栏50头以下的养殖户全部退出。", "50头", {0: ("other", "target")}),
    # a count with its own measure word counts the things; a size without 的 and things after it is no class
    ("全镇500家以上的企业完成登记。", "500家以上", {}),
    ("全年新增造林面积1.2万亩以上。", "1.2万亩以上", {}),
])
def test_a_physical_size_bounded_before_the_things_it_sorts_is_a_scope_threshold(text, surface, expected):
    from pipeline.linking.contract_rules import scope_threshold_links

    assert scope_threshold_links(text, _spans(text, [surface]), ["other"]) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("上半年全县医疗机构产生医疗废物326.5吨，全部安全处置。", "326.5吨", {0: ("waste.hazardous", None)}),
    ("截至9月底，累计处置醫療廢物2100余噸。", "2100余噸", {0: ("waste.hazardous", None)}),
    # a general solid waste named after it is another measure
    ("危险废物和一般工业固体废物产生量为8.6万吨。", "8.6万吨", {}),
])
def test_tonnes_of_medical_and_hazardous_waste(text, surface, expected):
    from pipeline.linking.waste_amounts import hazardous_tonnage_links

    assert hazardous_tonnage_links(text, _spans(text, [surface]), ["other"]) == expected


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


def test_firms_moved_or_idle_are_no_emission_work(nlp):
    links = quantity_links(nlp, "全县排查技改企业3家,关闭企业26家、搬迁企业两家、长期停产企业9家,建立动态管理台账。")
    assert links["26家"][0] == "other" and links["两家"][0] == "other" and links["9家"][0] == "other"


def test_firms_listed_by_industry_before_an_ultra_low_emission_retrofit_are_industrial(nlp):
    text = "全市在产的6家钢铁、4家焦化和9家水泥企业全部完成了超低排放改造。"
    found = {e.text: e._.indicator for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found == {"6家": "emission.industrial", "4家": "emission.industrial", "9家": "emission.industrial"}


def test_checks_and_voc_work_in_the_clause_leave_the_count_alone():
    from pipeline.linking.contract_rules import industrial_work_links
    text = "执法人员检查超低排放改造企业42家；完成12家企业挥发性有机物深度治理。"
    spans = _spans(text, ["42家", "12家"])
    assert industrial_work_links(text, spans, ["other", "other"]) == {}


def test_years_without_an_accident_stay_radiation_safety():
    from pipeline.linking.unit_evidence import unit_evidence_links

    text = "全市已连续12年保持辐射安全零事故。"
    assert unit_evidence_links(text, _spans(text, ["12年"]), ["radiation.safety"]) == {}


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # projects carried out or declared, and their sum, are no investment promotion
    ("去年全区实施生态修复项目56个，总投资18.4亿元。", ["56个", "18.4亿元"], ["investment.projects"] * 2,
     {0: ("other", None), 1: ("other", None)}),
    ("向省发改委申报环保基础设施项目12个，总投资7.5亿元。", ["12个", "7.5亿元"], ["investment.projects"] * 2,
     {0: ("other", None), 1: ("other", None)}),
    # signed or attracted projects, and an EOD project, keep the row
    ("在产业推介会上签约节能环保项目9个，总投资31亿元。", ["9个", "31亿元"], ["investment.projects"] * 2, {}),
    ("全市谋划生态环境导向的开发（EOD）项目2个，总投资19亿元。", ["2个", "19亿元"], ["investment.projects"] * 2, {}),
    # works with no water in their clause are no water works; river and buffer works are
    ("全县实施矿山地质环境治理项目37个。", ["37个"], ["water.projects"], {0: ("other", None)}),
    ("入库大气污染防治项目15个，争取资金2.1亿元。", ["15个"], ["water.projects"], {0: ("other", None)}),
    ("沿主要支流建成生态缓冲带项目6个。", ["6个"], ["water.projects"], {}),
    ("全年实施河道综合整治工程11项。", ["11项"], ["water.projects"], {}),
    # figures of other rows are not looked at
    ("全县实施治理项目8个。", ["8个"], ["other"], {}),
])
def test_projects_keep_a_project_row_only_where_their_sentence_names_it(text, surfaces, current, expected):
    from pipeline.linking.project_kinds import project_kind_links

    assert project_kind_links(text, _spans(text, surfaces), current) == expected


def test_works_started_are_the_works_named_earlier_in_the_sentence():
    from pipeline.linking.project_kinds import project_kind_links

    text = "年内计划实施水污染治理项目40个，目前已开工33个。"
    assert project_kind_links(text, _spans(text, ["40个", "33个"]), ["water.projects"] * 2) == {}
    text = "全年计划实施矿山修复项目40个，目前已开工33个。"
    assert project_kind_links(text, _spans(text, ["40个", "33个"]), ["water.projects"] * 2) == {0: ("other", None), 1: ("other", None)}
