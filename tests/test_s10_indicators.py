"""Indicator and role rules of session 10 (sentences written here): figures written straight after the
places of a superlative or 依次为 list, the size of the largest change (降幅最大，达…), and ranks that share
one 第 and one 位 (第12、15、19位) or mark a cut-off (排名在40名以外)."""

from __future__ import annotations

from pipeline.linking.ranked_lists import list_change_word, magnitude_links, ranked_list_links
from pipeline.linking.structure_rules import rank_chain_links

from .text_spans import spans_in_order as _spans


# --- figures after the places of a superlative or 依次为 list, without brackets ---

def test_day_counts_after_the_best_and_worst_place_count_the_days_the_sentence_before_names():
    text = "2023年，各县区优良天数平均为318天，平均优良率为87.1%。最多的是青山县341天，最少的是河口区296天。"
    spans = _spans(text, ["318天", "87.1%", "341天", "296天"])
    links = ranked_list_links(text, spans, ["air.good_days", "air.good_days_ratio", "other", "other"])
    assert links == {2: ("air.good_days", "value"), 3: ("air.good_days", "value")}


def test_figures_after_listed_places_measure_what_the_sentence_ranks():
    text = "从综合指数看，最好的是青山县，为3.12，其余区县依次为南湖区和西城区均为3.40、北山县3.95。"
    spans = _spans(text, ["3.12", "3.40", "3.95"])
    assert ranked_list_links(text, spans, ["other"] * 3) == {k: ("air.aqi_composite", "value") for k in range(3)}


def test_figures_after_the_places_of_an_improvement_ranking_are_changes():
    text = ("从细颗粒物(PM2.5)单项指标看，全市最好的是南湖区，为29微克/立方米；各县区均同比改善，"
            "改善幅度最大的是南湖区，为14.2%；依次为北山县9.3%、西城区6.7%。")
    spans = _spans(text, ["29微克/立方米", "14.2%", "9.3%", "6.7%"])
    links = ranked_list_links(text, spans, ["air.pm25", "other", "other", "air.good_days_ratio"])
    assert links == {0: ("air.pm25", "value"), 1: ("air.pm25", "change"), 2: ("air.pm25", "change"),
                     3: ("air.pm25", "change")}
    assert list_change_word(text, *spans[2]) == "改善幅度"


def test_a_month_or_a_plain_noun_before_a_figure_is_not_a_listed_place():
    text = "全年空气质量最好的是8月份，优良天数31天；PM2.5浓度最高的是1月，为68微克/立方米。"
    spans = _spans(text, ["31天", "68微克/立方米"])
    assert ranked_list_links(text, spans, ["air.good_days", "air.pm25"]) == {}


# --- the size of the largest change ---

def test_the_largest_fall_reported_as_a_size_is_the_named_pollutants_change():
    text = "今年上半年，全市PM2.5平均浓度为35微克/立方米。六项污染物中，二氧化氮降幅最大，达到12.4%。"
    spans = _spans(text, ["35微克/立方米", "12.4%"])
    assert magnitude_links(text, spans, ["air.pm25", "other"]) == {1: ("air.no2", "change")}
    assert list_change_word(text, *spans[1]) == "降幅"


def test_a_size_without_a_named_measure_is_left_alone():
    text = "全市重点项目投资增幅最大，达到18.5%。"
    spans = _spans(text, ["18.5%"])
    assert magnitude_links(text, spans, ["other"]) == {}


def test_pipeline_reads_the_largest_fall_as_a_change_down(nlp):
    text = "今年1-6月，六项污染物浓度同比均有所下降，其中一氧化碳降幅最大，达到21.7%。"
    found = {e.text: (e._.indicator, e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["21.7%"] == ("air.co", "change", "down")


# --- ranks sharing one 第 and one 位, and cut-offs ---

def test_later_items_of_a_shared_ordinal_list_are_ranks_of_the_first_items_indicator():
    text = "在全国168个重点城市中，我市、甲市、乙市空气质量分别排在第12、15、19位。"
    spans = _spans(text, ["168个", "第12", "15", "19位"])
    links = rank_chain_links(text, spans, ["other", "air.aqi_composite", "air.aqi_composite", "other"])
    assert links == {2: ("air.aqi_composite", "rank"), 3: ("air.aqi_composite", "rank")}


def test_a_cut_off_position_is_a_rank():
    text = "其余城市的空气质量排名均在40名以外。"
    spans = _spans(text, ["40名"])
    assert rank_chain_links(text, spans, ["air.aqi_composite"]) == {0: (None, "rank")}


def test_a_count_of_people_is_not_a_cut_off():
    text = "全市共有12名执法人员在岗，另有3名以外单位人员参与。"
    spans = _spans(text, ["12名", "3名"])
    assert rank_chain_links(text, spans, ["other", "other"]) == {}


# --- petitions a bureau handled in its own routine ---

def test_routine_petitions_and_their_closure_are_other(nlp):
    text = "上半年全市共受理群众信访举报512件，已办结497件，15件正在办理，办结率97.1%。"
    found = {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found == {"512件": ("other", "value"), "497件": ("other", "value"), "15件": ("other", "value"),
                     "97.1%": ("other", "value")}


def test_petitions_an_inspection_handed_over_stay_the_inspections():
    from pipeline.linking.contract_rules import hotline_petition_links
    text = "省第二生态环境保护督察组共向我市转办信访件86件，已办结80件，办结率93%。"
    spans = _spans(text, ["86件", "80件", "93%"])
    current = ["inspection.feedback_issues", "inspection.rectified", "inspection.rectified"]
    assert hotline_petition_links(text, spans, current) == {}
    text = "督察组进驻期间共转办信访件120件。截至目前，群众举报已办结118件。"
    spans = _spans(text, ["120件", "118件"])
    assert hotline_petition_links(text, spans, ["inspection.feedback_issues", "inspection.rectified"]) == {}


# --- shares of a quality class, and multiples ---

def test_the_share_of_sections_at_or_better_than_a_class_is_a_level_not_a_change():
    from pipeline.grammar.direction import governed_change
    text = "全市12个国考断面水质优良(达到或优于Ⅲ类)比例达到91.7%，同比提高8.3个百分点。"
    start = text.index("91.7%")
    assert not governed_change(text, start, start + 5)
    later = text.index("8.3个百分点")
    assert governed_change(text, later, later + 7)
    text = "全市空气质量优良天数比例为86.3%，优于全省平均水平5.2个百分点。"
    start = text.index("5.2个百分点")
    assert governed_change(text, start, start + 7)


def test_multiples_of_a_limit_or_a_baseline_are_changes_up(nlp):
    text = "9月，青河水库水质超过Ⅱ类标准，化学需氧量、总磷分别超标0.35倍、0.60倍。全市行政处罚案件数量是去年全年总数的1.85倍。"
    found = {e.text: (e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["0.35倍"] == found["0.60倍"] == found["1.85倍"] == ("change", "up")


def test_days_over_the_limit_stay_a_count():
    from pipeline.grammar.direction import governed_change
    text = "今年以来，该断面氨氮超标12天。"
    start = text.index("12天")
    assert not governed_change(text, start, start + 3)


# --- industries listed before the retrofit they completed ---

def test_firms_listed_by_industry_before_an_ultra_low_emission_retrofit_are_industrial(nlp):
    text = "全市在产的6家钢铁、4家焦化和9家水泥企业全部完成了超低排放改造。"
    found = {e.text: e._.indicator for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found == {"6家": "emission.industrial", "4家": "emission.industrial", "9家": "emission.industrial"}


def test_checks_and_voc_work_in_the_clause_leave_the_count_alone():
    from pipeline.linking.contract_rules import industrial_work_links
    text = "执法人员检查超低排放改造企业42家；完成12家企业挥发性有机物深度治理。"
    spans = _spans(text, ["42家", "12家"])
    assert industrial_work_links(text, spans, ["other", "other"]) == {}


# --- a pending cue belongs to its own list item ---

def test_a_pending_cue_of_the_next_list_item_does_not_make_a_done_count_a_target(nlp):
    text = "中央生态环境保护督察反馈我市问题28个，截至目前已完成整改销号15个、已完成整改并通过验收6个、按时序整改7个。"
    found = {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["6个"] == ("inspection.rectified", "value")
    assert found["7个"] == ("inspection.rectified", "target")


# --- a series of years ---

def test_figures_after_their_years_are_levels_not_changes(nlp):
    text = "2023年臭氧超标天数同比减少9天（2022年47天，2023年38天）。"
    found = {e.text: (e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["9天"] == ("change", "down")
    assert found["47天"] == found["38天"] == ("value", None)


def test_goal_years_keep_their_targets(nlp):
    text = "力争到2025年，优良天数比例达到85%，2025年PM2.5浓度为30微克/立方米。"
    found = {e.text: e._.role for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["85%"] == found["30微克/立方米"] == "target"


# --- changes listed by position ---

def test_changes_listed_by_position_take_the_indicator_of_the_level_at_that_position():
    from pipeline.linking.structure_rules import positional_change_links
    text = "轻度污染48天、中度污染12天、重度污染4天，同比减少6天、5天、4天。"
    spans = _spans(text, ["48天", "12天", "4天", "6天", "5天", "4天"])
    current = ["other", "other", "air.heavy_pollution_days"] + ["air.heavy_pollution_days"] * 3
    assert positional_change_links(text, spans, current) == {
        3: ("other", "change"), 4: ("other", "change"), 5: ("air.heavy_pollution_days", "change")}


def test_a_changes_list_of_another_length_is_left_alone():
    from pipeline.linking.structure_rules import positional_change_links
    text = "轻度污染48天、重度污染4天，同比减少6天、5天、4天。"
    spans = _spans(text, ["48天", "4天", "6天", "5天", "4天"])
    assert positional_change_links(text, spans, ["other", "air.heavy_pollution_days"] + ["other"] * 3) == {}


# --- water indices and rankings are not the air's composite index ---

def test_a_water_index_and_its_change_are_not_the_air_composite_index(nlp):
    text = "以上8个考核断面水污染物综合指数为7.82，同比下降6.3%。"
    found = {e.text: e._.indicator for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["7.82"] == found["6.3%"] == "other"


def test_the_last_subject_named_in_the_sentence_decides():
    from pipeline.linking.structure_rules import water_subject_links
    text = "水质达标率100%，空气质量综合指数全省排名第3。河流水质综合指数4.16，在全市排名第5。"
    spans = _spans(text, ["100%", "第3", "4.16", "第5"])
    current = ["water.sections_compliance", "air.aqi_composite", "air.aqi_composite", "air.aqi_composite"]
    assert water_subject_links(text, spans, current) == {2: ("other", None), 3: ("other", None)}


def test_a_polluters_effluent_over_its_limit_stays_a_level():
    from pipeline.grammar.direction import governed_change
    text = "执法人员采样监测发现，该厂外排废水总磷浓度超标3.2倍，已依法立案查处。"
    start = text.index("3.2倍")
    assert not governed_change(text, start, start + 4)
