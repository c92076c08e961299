"""Indicator and role rules from the round-7 silver review of unseen pages (sentences written for the tests)."""

from __future__ import annotations

from pipeline.linking.contract_rules import day_category_links, pollutant_change_links, water_share_links
from pipeline.linking.structure_rules import (count_noun_links, rank_role_links, value_change_links,
                                              water_ranking_links)


from .text_spans import spans_in_order as _spans  # noqa: E402


def test_change_after_a_concentration_keeps_its_pollutant_when_the_unit_is_cut_or_a_concentration():
    text = ("二氧化硫平均浓度为9微克/米3，同比上升12.5%；一氧化碳浓度为0.8毫克/立方米，"
            "比上年同期下降0.2毫克/立方米；臭氧浓度为150微克/立方米。")
    spans = _spans(text, ["9微克", "12.5%", "0.8毫克/立方米", "0.2毫克/立方米", "150微克/立方米"])
    current = ["air.so2", "air.o3", "air.co", "air.o3", "air.o3"]
    assert pollutant_change_links(text, spans, current) == {1: ("air.so2", None), 3: ("air.co", None)}


def test_change_clause_after_a_level_measures_the_level():
    text = ("全县降水pH均值为6.12，比上年同期下降0.15；河道优Ⅲ类断面比例为88.2%，同比上升1.6个百分点；"
            "考核排名第3，同比下降2位。")
    spans = _spans(text, ["6.12", "0.15", "88.2%", "1.6个百分点", "第3", "2位"])
    current = ["other", "air.aqi_composite", "water.good_sections_ratio", "other", "air.aqi_composite", "other"]
    assert value_change_links(text, spans, current) == {1: ("other", None), 3: ("water.good_sections_ratio", None)}


def test_change_in_another_unit_or_after_a_change_does_not_chain():
    text = "优良天数为300天，同比增加2.5个百分点；PM10浓度同比下降5%，同比多下降2微克/立方米。"
    spans = _spans(text, ["300天", "2.5个百分点", "5%", "2微克/立方米"])
    assert value_change_links(text, spans, ["air.good_days", "air.good_days_ratio", "air.pm10", "other"]) == {}


def test_rank_words_are_ranks_unless_a_goal_precedes_them():
    text = ("按综合指数排名，全省前3名为甲县、乙县、丙县，后2位为丁县、戊县；某区从上季度的第九名升至第五名。"
            "全区力争进入全市前5名。")
    spans = _spans(text, ["前3名", "后2位", "第九名", "第五名", "前5名"])
    roles = ["value", "value", "rank", "change", "value"]
    assert rank_role_links(text, spans, roles) == {0: "rank", 1: "rank", 3: "rank"}


def test_rank_in_a_sentence_reporting_a_water_quality_ranking_is_other():
    text = ("市生态环境局通报各县区河流水环境质量排名情况，甲县、乙县并列第一。"
            "在全省空气质量排名中，甲县位列第二。")
    spans = _spans(text, ["第一", "第二"])
    assert water_ranking_links(text, spans, ["air.aqi_composite"] * 2) == {0: ("other", "rank")}


def test_class_iv_and_v_shares_of_surface_water_are_other_but_groundwater_keeps_its_id():
    text = ("全市河流Ⅰ～Ⅲ类水质比例为61.0%，Ⅳ类水质比例为20.5%，Ⅴ类水质比例为11.0%。"
            "地下水考核点位中，Ⅴ类水比例为12.5%。")
    spans = _spans(text, ["61.0%", "20.5%", "11.0%", "12.5%"])
    links = water_share_links(text, spans, ["water.good_sections_ratio"] * 3 + ["groundwater.quality"])
    assert links == {0: ("water.good_sections_ratio", None), 1: ("other", None), 2: ("other", None)}


def test_counts_of_cities_are_other_unless_counted_for_an_award():
    text = ("在全国168城市中排名第40位；长三角41个城市中，本市位列第6；3个县区获评国家生态文明建设示范区；"
            "全省12个设区市优良天数比例均超过85%。")
    spans = _spans(text, ["168城市", "41个", "3个", "12个"])
    links = count_noun_links(text, spans, ["air.aqi_composite", "air.aqi_composite", "ecology.demonstration", "air.good_days_ratio"])
    assert links == {0: ("other", "value"), 1: ("other", "value"), 3: ("other", "value")}


def test_share_of_good_days_with_the_effective_days_in_brackets():
    text = "空气质量优良天数为80天，占有效监测天数（90天）的88.9%，同比上升2.2个百分点。"
    spans = _spans(text, ["80天", "90天", "88.9%", "2.2个百分点"])
    links = day_category_links(text, spans, ["air.good_days", "other", "other", "other"])
    assert links.get(2) == ("air.good_days_ratio", None)


def test_orders_to_correct_issued_as_decisions_are_supervision_letters():
    from pipeline.linking.contract_rules import punishment_links
    text = "全区立案75起，下达责令改正决定60起，下发责令改正决定书58份。"
    spans = _spans(text, ["75起", "60起", "58份"])
    links = punishment_links(text, spans, ["enforcement.penalty_cases"] * 3)
    assert links.get(1) == ("enforcement.supervision_letters", None)
    assert links.get(2) == ("enforcement.supervision_letters", None)
    assert 0 not in links


def test_money_is_never_a_count_of_cases_and_the_reverse():
    from pipeline.linking.contract_rules import unit_links
    text = "查处一起偷排案件，行政处罚35万元；从轻处罚企业8家，减轻罚款96万元。"
    spans = _spans(text, ["35万元", "8家", "96万元"])
    current = ["enforcement.penalty_cases", "enforcement.lenient_amount", "enforcement.lenient_amount"]
    assert unit_links(text, spans, current) == {0: ("enforcement.penalty_amount", None), 1: ("enforcement.lenient_cases", None)}


def test_a_change_that_a_goal_names_is_a_target():
    from pipeline.linking.contract_rules import change_goal_links
    text = ("全市细颗粒物浓度同比下降12.4%，超额完成下降5%的年度目标；今年改善目标为臭氧浓度下降3%；"
            "二氧化硫浓度同比下降8%。")
    spans = _spans(text, ["12.4%", "5%", "3%", "8%"])
    assert change_goal_links(text, spans, ["air.pm25", "air.pm25", "air.o3", "air.so2"]) == {
        1: (None, "target"), 2: (None, "target")}


def test_years_and_counts_are_never_a_pollutants_concentration():
    from pipeline.linking.contract_rules import unit_links
    text = "本市臭氧浓度为八年来最低，在全省11市中排名第2，PM10浓度为40微克/立方米。"
    spans = _spans(text, ["八年", "11市", "第2", "40微克/立方米"])
    assert unit_links(text, spans, ["air.o3", "air.o3", "air.o3", "air.pm10"]) == {0: ("other", None), 1: ("other", None)}


DAY_TABLE = """表3 某县2025年4月环境空气质量天数统计
单位:天
月份 | 优 | 良 | 轻度 污染 | 中度 污染 | 重度 污染 | 达标天数
2025年4月 | 9 | 17 | 3 | 1 | 0 | 26 |
2024年4月 | 6 | 18 | 4 | 2 | 0 | 24 |
"""


def test_day_category_columns_of_an_air_table(extractor):
    from pipeline.io.readers import Document
    record = extractor.process_one(Document("t", text=DAY_TABLE, meta={}))
    row = [q for q in record.quantities if DAY_TABLE.index("2025年4月 |") < q.start < DAY_TABLE.index("2024年4月 |")]
    assert [(q.text, q.indicator) for q in row] == [
        ("9", "air.good_days"), ("17", "air.good_days"), ("3", "other"), ("1", "other"),
        ("0", "air.heavy_pollution_days"), ("26", "air.good_days")]


def test_day_column_needs_an_air_or_day_table():
    from pipeline.linking.contract_rules import day_column_indicator
    assert day_column_indicator("轻度\n污染", "表1 空气质量状况") == "other"
    assert day_column_indicator("优", "表2 各河流断面水质类别") is None


def test_items_of_one_enumeration_count_the_same_thing():
    from pipeline.linking.structure_rules import enumeration_links
    text = "按问题类型分，涉及噪声12件、大气9件、固废2件、辐射1件。另有PM2.5浓度30微克/立方米。"
    spans = _spans(text, ["12件", "9件", "2件", "1件", "30微克/立方米"])
    current = ["inspection.feedback_issues", "inspection.feedback_issues", "other", "other", "air.pm25"]
    assert enumeration_links(text, spans, current) == {2: ("inspection.feedback_issues", None),
                                                       3: ("inspection.feedback_issues", None)}
    assert enumeration_links(text, spans, ["other"] * 4 + ["air.pm25"]) == {}
