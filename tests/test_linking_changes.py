"""Changes and levels: which figure a change measures, its direction (变好, 降幅最大, multiples of a limit),
changes listed by position, and levels written after their years.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.ranked_lists import list_change_word, magnitude_links
from pipeline.linking.structure_rules import baseline_links, value_change_links

from .page_helpers import quantity_links_directed
from .text_spans import spans_in_order as _spans


def test_better_and_worse_written_as_bian_hao_and_bian_cha(nlp):
    doc = nlp("PM10平均浓度为56微克/立方米,同比变好6.2%;SO2平均浓度为9微克/立方米,同比变差8.3%。")
    changes = {e.text: (e._.indicator, e._.role, e._.direction) for e in doc.ents if e.text.endswith("%")}
    assert changes["6.2%"] == ("air.pm10", "change", "down")
    assert changes["8.3%"] == ("air.so2", "change", "up")


def test_a_rate_of_change_is_a_change_of_what_is_named_before_it(nlp):
    doc = nlp("全年优良天数301天,SO2下降率38%,居全省前列。PM2.5浓度降幅为12.5%。")
    found = {e.text: (e._.indicator, e._.role, e._.direction) for e in doc.ents if e.text.endswith("%")}
    assert found["38%"] == ("air.so2", "change", "down") and found["12.5%"] == ("air.pm25", "change", "down")


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


def test_multiples_of_a_limit_or_a_baseline_are_changes_up(nlp):
    text = "9月，青河水库水质超过Ⅱ类标准，化学需氧量、总磷分别超标0.35倍、0.60倍。全市行政处罚案件数量是去年全年总数的1.85倍。"
    found = {e.text: (e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["0.35倍"] == found["0.60倍"] == found["1.85倍"] == ("change", "up")


def test_figures_after_their_years_are_levels_not_changes(nlp):
    text = "2023年臭氧超标天数同比减少9天（2022年47天，2023年38天）。"
    found = {e.text: (e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found["9天"] == ("change", "down")
    assert found["47天"] == found["38天"] == ("value", None)


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


@pytest.mark.parametrize("text, surface, direction", [
    ("今年以来全县空气质量综合指数为3.10。PM2.5平均浓度为22微克/立方米，比自治区下达的控制目标低4.9微克/立方米。",
     "4.9微克/立方米", "down"),
    ("国控、省控断面水体优良率分别为80.0%、70.5%，其中省控断面优良率超市定目标12.6个百分点，各项指标均达到考核要求。",
     "12.6个百分点", "up"),
])
def test_a_level_compared_with_its_target_is_a_change(nlp, text, surface, direction):
    indicator, role, found = quantity_links_directed(nlp, text)[surface]
    assert role == "change" and found == direction


def test_a_change_after_a_rank_clause_measures_the_level_before_the_rank():
    from pipeline.linking.structure_rules import value_change_links

    text = "本月优良天数11天，列全省第13位，同比减少9天；全市地表水环境质量指数4.80，全省第5位，同比改善3.3%。"
    spans = _spans(text, ["11天", "第13位", "9天", "4.80", "第5位", "3.3%"])
    current = ["air.good_days", "air.good_days", "other", "other", "other", "air.aqi_composite"]
    assert value_change_links(text, spans, current) == {2: ("air.good_days", None), 5: ("other", None)}


@pytest.mark.parametrize("sentence, expected", [
    ("全年共立案查处环境违法案件86件，罚款金额412万元，同比分别增长15%和9.6%。",
     {"15%": ("enforcement.penalty_cases", "change"), "9.6%": ("enforcement.penalty_amount", "change")}),
    ("去年全区办理案件300件，罚款2100万元，分别是2019年的1.5倍、2.2倍。",
     {"1.5倍": ("enforcement.penalty_cases", "change"), "2.2倍": ("enforcement.penalty_amount", "change")}),
    ("PM10平均浓度为58微克/立方米，PM2.5平均浓度为31微克/立方米，分别下降3.3%、6.1%。",
     {"3.3%": ("air.pm10", "change"), "6.1%": ("air.pm25", "change")}),
])
def test_a_list_of_changes_naming_no_subject_changes_the_figures_before_it_in_order(nlp, sentence, expected):
    found = quantity_links_directed(nlp, sentence)
    assert {k: found[k][:2] for k in expected} == expected


def test_a_change_list_with_its_own_subject_is_left_to_it():
    from pipeline.linking.parallel_changes import parallel_change_links
    text = "全年共立案86件，罚款412万元，其中罚款金额分别增长15%和9.6%。"
    spans = _spans(text, ["86件", "412万元", "15%", "9.6%"])
    assert parallel_change_links(text, spans, ["enforcement.penalty_cases", "enforcement.penalty_amount", "other", "other"]) == {}


def test_changes_in_clauses_of_their_own_are_no_list():
    from pipeline.linking.parallel_changes import parallel_change_links
    text = "优良天数150天，优良率82%，同比上升10.3%，增加14天。"
    spans = _spans(text, ["150天", "82%", "10.3%", "14天"])
    assert parallel_change_links(text, spans, ["air.good_days", "air.good_days_ratio", "air.good_days_ratio", "air.good_days"]) == {}


def test_a_multiple_of_the_baseline_after_a_figure_changes_that_figure(nlp):
    found = quantity_links_directed(nlp, "全年办理环境违法案件1630件，是2019年的1.85倍。")
    assert found["1.85倍"] == ("enforcement.penalty_cases", "change", "up")
    found = quantity_links_directed(nlp, "全年罚款金额3.2亿元，是上年(1.7亿元)的1.88倍。")
    assert found["1.88倍"][:2] == ("enforcement.penalty_amount", "change")


def test_numbers_listed_before_the_one_carrying_percentage_points_share_its_share(nlp):
    found = quantity_links_directed(nlp, "甲县、乙县、丙县优良天数比例同比分别上升9.4、8.8、7.1个百分点。")
    assert found["9.4"][:2] == found["8.8"][:2] == ("air.good_days_ratio", "change")


def test_a_list_of_pollutants_sharing_a_unit_keeps_each_its_own(nlp):
    found = quantity_links_directed(nlp, "PM10、PM2.5年均浓度分别为61、37微克/立方米。")
    assert found["61"][0] == "air.pm10" and found["37微克/立方米"][0] == "air.pm25"


def test_a_change_of_nothing_is_flat(nlp):
    found = quantity_links_directed(nlp, "二氧化硫平均浓度为6微克/立方米，同比变化0.0%。")
    assert found["0.0%"][1:] == ("change", "flat")


def test_percentage_points_shared_by_two_pollutants_leave_each_its_own(nlp):
    found = quantity_links_directed(nlp, "PM10和PM2.5年均浓度分别为48微克/立方米和26微克/立方米，同比下降2.3和9个百分点。")
    assert found["2.3"][0] == "air.pm10"


def test_rates_listed_after_the_size_of_a_rise_follow_the_subjects_of_the_clause_before(nlp):
    found = quantity_links_directed(nlp, "PM2.5、PM10和SO2浓度同比上升，升幅分别为8.2%、3.1%和25.0%。")
    assert found["8.2%"] == ("air.pm25", "change", "up")
    assert found["25.0%"] == ("air.so2", "change", "up")


def test_a_signed_figure_is_a_change_going_the_way_of_its_sign(nlp):
    found = quantity_links_directed(nlp, "二氧化氮月均浓度21微克/立方米，同比变化-8.7%，环比变化+3.2%。")
    assert found["-8.7%"][1:] == ("change", "down") and found["+3.2%"][1:] == ("change", "up")


def test_a_list_read_with_fenbie_measures_the_one_indicator_its_subject_names(nlp):
    text = "与去年同期相比,东城、西城、南城3个区环境空气质量综合指数均同比下降,分别下降18.2%、9.6%、4.1%。"
    found = quantity_links_directed(nlp, text)
    for member in ("18.2%", "9.6%", "4.1%"):
        assert found[member] == ("air.aqi_composite", "change", "down")
    # a subject naming several pollutants is paired item by item, not given one indicator
    found = quantity_links_directed(nlp, "全市SO2、NO2和PM10浓度分别下降5.2%、6.1%、7.3%。")
    assert [found[m][0] for m in ("5.2%", "6.1%", "7.3%")] == ["air.so2", "air.no2", "air.pm10"]
    # figures of the sentence before the list are what its members change
    found = quantity_links_directed(nlp, "全年立案查处案件126件,罚款835.6万元,同比分别增长12%和8.5%。")
    assert found["12%"][0] == "enforcement.penalty_cases" and found["8.5%"][0] == "enforcement.penalty_amount"


def test_places_listed_with_their_changes_sizes_in_brackets_are_changes_the_size_word_directs(nlp):
    text = ("全市8个县综合指数均同比下降,下降幅度前三的县(区、市)是:东城(16.2%)、西城(12.4%)、南城(9.8%)。"
            "空气质量综合指数改善幅度较大的区是北城(11.5%)、新城(8.7%)和老城(6.1%)。")
    found = quantity_links_directed(nlp, text)
    for member in ("16.2%", "12.4%", "9.8%", "11.5%", "8.7%", "6.1%"):
        assert found[member] == ("air.aqi_composite", "change", "down")


def test_a_bracketed_figure_of_a_year_before_and_the_change_after_it_measure_the_level():
    text = "全市PM10浓度均值为61μg/m3，与2020年(66μg/m3)同比下降7.6%；PM2.5浓度均值为30μg/m3。"
    spans = _spans(text, ["61μg/m3", "66μg/m3", "7.6%", "30μg/m3"])
    assert baseline_links(text, spans, ["air.pm10", "air.pm25", "air.pm25", "air.pm25"]) == {
        1: ("air.pm10", None), 2: ("air.pm10", None)}
    # a bracket that is no year's figure (a note on the level) changes nothing
    text = "全市PM10浓度均值为61μg/m3，(剔除沙尘影响为55μg/m3)。"
    assert baseline_links(text, _spans(text, ["61μg/m3", "55μg/m3"]), ["air.pm10", "air.pm25"]) == {}
