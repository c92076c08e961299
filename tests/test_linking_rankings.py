"""Ranks: a rank takes the subject its ranking names, a move in a ranking is read as its positions, ranks that
share one 第…位 or mark a cut-off, and ranks outside the taxonomy (sentences written for these tests)."""
import pytest

from pipeline.linking.rank_shifts import rank_shift_links
from pipeline.linking.structure_rules import (
    rank_chain_links,
    rank_role_links,
    rank_subject_links,
    water_ranking_links,
)

from .page_helpers import quantity_links
from .text_spans import spans_in_order as _spans


def test_the_subject_before_the_ranking_word_is_what_is_ranked(nlp):
    links = quantity_links(nlp, "今年以来,优良率排名从全省倒数第二名上升至第九名,综合指数排名保持全省第三。")
    assert links["倒数第二名"] == ("air.good_days_ratio", "rank")
    assert links["第九名"] == ("air.good_days_ratio", "rank")


def test_water_quality_share_ranked_is_the_water_share(nlp):
    links = quantity_links(nlp, "全县国控断面水质优良率全省排第二,城市集中式饮用水水源地水质达标率为100%。")
    assert links["第二"][0] == "water.good_sections_ratio"


def test_positions_of_a_move_are_ranks_and_its_size_a_change(nlp):
    links = quantity_links(nlp, "东城区PM2.5平均浓度为30微克/立方米;综合指数全市排名由去年的14名上升到9名、同比上升5名。")
    assert links["14名"] == ("air.aqi_composite", "rank")
    assert links["9名"] == ("air.aqi_composite", "rank")
    assert links["5名"] == ("air.aqi_composite", "change")


def test_a_ranking_by_improvement_ranks_the_figure_before_it(nlp):
    links = quantity_links(nlp, "全年优良天数比例为85.2%,同比上升4.1个百分点,改善幅度排名全省第二。")
    assert links["第二"] == ("air.good_days_ratio", "rank")


def test_two_subjects_ranked_together_are_left_to_the_other_rules(nlp):
    links = quantity_links(nlp, "全市机动车排放检测量和处罚量均居全省第一位。")
    assert links["第一位"][1] == "rank"
    assert links["第一位"][0] != "enforcement.inspections"


@pytest.mark.parametrize("text, surface", [
    ("今年共有48名志愿者参加了河湖巡查活动。", "48名"),
])
def test_persons_counted_with_ming_stay_counts(nlp, text, surface):
    assert quantity_links(nlp, text)[surface][1] == "value"


def test_index_values_listed_after_places_share_the_index(nlp):
    links = quantity_links(nlp, "各县区环境空气质量综合指数由低到高依次为南山2.41、北岭2.87、东坡2.93、西湾3.05、中和3.12、河口3.20。")
    values = [v for k, v in links.items() if k in ("2.41", "2.87", "2.93", "3.05", "3.12", "3.20")]
    assert len(values) == 6 and all(ind == "air.aqi_composite" for ind, _ in values)


def test_the_surface_water_share_is_no_air_share(nlp):
    links = quantity_links(nlp, "全县地表水优良率为100%,城市空气质量优良率为91.2%。")
    assert links["100%"][0] == "water.good_sections_ratio"
    assert links["91.2%"][0] == "air.good_days_ratio"


def test_a_rank_shift_after_a_rank_moves_in_that_ranking():
    text = "该市空气质量综合指数4.12，在全省排第9名，同比提升3名；在168个重点城市中排第60名，较上年前移12位。"
    spans = _spans(text, ["4.12", "第9名", "3名", "168个", "第60名", "12位"])
    current = ["air.aqi_composite", "air.aqi_composite", "other", "other", "air.aqi_composite", "other"]
    assert rank_shift_links(text, spans, current) == {2: ("air.aqi_composite", "change"), 5: ("air.aqi_composite", "change")}


def test_a_count_after_a_rank_is_not_a_shift():
    text = "水质排名全省第3位，新增监测点位5个。"
    spans = _spans(text, ["第3位", "5个"])
    assert rank_shift_links(text, spans, ["other", "other"]) == {}


def test_a_run_of_years_inside_the_rank_clause_is_not_the_figure_ranked():
    text = "全市空气质量达标天数比例98.7%，连续6年全省排名第1，各项污染物浓度均达到二级标准。"
    spans = _spans(text, ["98.7%", "6年", "第1"])
    links = rank_subject_links(text, spans, ["air.good_days_ratio", "other", "air.aqi_composite"])
    assert links.get(2) == ("air.good_days_ratio", "rank")


def test_a_rank_of_public_satisfaction_is_outside_the_taxonomy():
    text = "全市空气质量优良天数310天。公众生态环境满意度达91.3%，排名全省第四。"
    spans = _spans(text, ["310天", "91.3%", "第四"])
    current = ["air.good_days", "other", "air.aqi_composite"]
    assert rank_subject_links(text, spans, current).get(2) == ("other", "rank")


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


def test_a_second_rank_in_another_scope_ranks_the_same_figure():
    from pipeline.linking.evaluation_ranks import second_scope_rank_links

    text = "PM10平均浓度48微克/立方米，全省排名第4、同类城市第2；优良天数比例90.1%，全省排名第6、北部片区第1。"
    surfaces = ["48微克/立方米", "第4", "第2", "90.1%", "第6", "第1"]
    current = ["air.pm10", "air.pm10", "air.aqi_composite", "air.good_days_ratio", "air.good_days_ratio", "air.aqi_composite"]
    assert second_scope_rank_links(text, _spans(text, surfaces), current) == {2: ("air.pm10", None), 5: ("air.good_days_ratio", None)}
    # a measure named between the ranks starts another ranking
    text = "综合指数全省第3、PM2.5浓度第5。"
    assert second_scope_rank_links(text, _spans(text, ["第3", "第5"]), ["air.aqi_composite", "air.pm25"]) == {}


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


def _featurizer():
    from pipeline.linking.features import Featurizer
    from pipeline.taxonomy import load_taxonomy

    return Featurizer(load_taxonomy())


@pytest.mark.parametrize("text, surface, current, expected", [
    # the list before 均 names the ranked indicators: the first one takes the rank
    ("前三季度，全市综合指数、PM2.5浓度和优良天数均排名全省第一。", "第一", "air.good_days", "air.aqi_composite"),
    # traditional characters
    ("本市綜合指數、PM2.5濃度均位列全省第二。", "第二", "air.pm25", "air.aqi_composite"),
    # the clause names nothing: the sentence's first indicator
    ("全县优良天数比率92.1%，PM2.5浓度31微克/立方米，两项指标均稳居全市第一。", "第一", "air.pm25", "air.good_days_ratio"),
    ("PM10和PM2.5浓度同比分别下降9.1%和7.4%，降幅均为全区第三。", "第三", "air.pm25", "air.pm10"),
])
def test_a_rank_shared_by_a_list_is_the_first_named_indicators(text, surface, current, expected):
    from pipeline.linking.shared_ranks import shared_rank_links

    links = shared_rank_links(text, _spans(text, [surface]), [current], _featurizer())
    assert links == {0: (expected, None)}


def test_a_rank_written_without_a_shared_word_is_left_alone():
    from pipeline.linking.shared_ranks import shared_rank_links

    text = "全市综合指数3.62，PM2.5浓度30微克/立方米，排名全省第二。"
    assert shared_rank_links(text, _spans(text, ["第二"]), ["air.pm25"], _featurizer()) == {}


def test_a_shared_rank_read_by_the_pipeline(nlp):
    links = quantity_links(nlp, "今年上半年，全市空气质量综合指数、细颗粒物浓度和优良天数比例均排名全省第一。")
    assert links["第一"] == ("air.aqi_composite", "rank")


def test_a_rank_shared_by_kinds_of_work_is_left_to_the_classifier():
    from pipeline.linking.shared_ranks import shared_rank_links

    text = "全年路检机动车1.2万辆，监督抽检量和处罚量均居全省第二位。"
    assert shared_rank_links(text, _spans(text, ["第二位"]), ["emission.mobile"], _featurizer()) == {}


@pytest.mark.parametrize("text, surfaces, current, expected", [
    # a remark between the figure and its rank
    ("全年细颗粒物平均浓度为21微克/立方米，创有监测以来最好水平，全国排名第9位。",
     ["21微克/立方米", "第9位"], ["air.pm25", "other"], {1: ("air.pm25", "rank")}),
    # the places ranked counted inside the rank's own clause, passed over
    ("臭氧浓度为140微克/立方米，位居全区8市第3位。",
     ["140微克/立方米", "8市", "第3位"], ["air.o3", "other", "other"], {2: ("air.o3", "rank")}),
    # a rank of the change just reported ranks that change's indicator
    ("优良天数比例为88.2%，同比提高4.1个百分点，增幅全省第二。",
     ["88.2%", "4.1个百分点", "第二"], ["air.good_days_ratio", "air.good_days_ratio", "other"],
     {2: ("air.good_days_ratio", "rank")}),
])
def test_a_bare_rank_ranks_the_figure_reported_before_it(text, surfaces, current, expected):
    from pipeline.linking.preceding_figure_ranks import preceding_figure_rank_links

    assert preceding_figure_rank_links(text, _spans(text, surfaces), current) == expected


@pytest.mark.parametrize("text, surfaces, current", [
    # a quality in general ranked: no measured figure's rank
    ("Ⅲ类以上水体比例为95%，水环境质量位列全省第二。", ["95%", "第二"], ["water.good_sections_ratio", "other"]),
    # the national ranking of key cities is by the composite index
    ("优良天数比例为96%，在全国168个重点城市中排名第十。", ["96%", "168个", "第十"], ["air.good_days_ratio", "other", "other"]),
    # a rank held as a goal
    ("PM2.5浓度为30微克/立方米，力争全省第一。", ["30微克/立方米", "第一"], ["air.pm25", "other"]),
    # a figure in the previous sentence is not the one ranked
    ("PM2.5浓度为30微克/立方米。全市排名第四。", ["30微克/立方米", "第四"], ["air.pm25", "other"]),
])
def test_ranks_with_a_subject_goal_or_no_figure_before_them_are_left_alone(text, surfaces, current):
    from pipeline.linking.preceding_figure_ranks import preceding_figure_rank_links

    assert preceding_figure_rank_links(text, _spans(text, surfaces), current) == {}


def test_a_position_in_brackets_after_a_ranked_place_is_a_rank(nlp):
    from .page_helpers import quantity_links as _links
    found = _links(nlp, "进入全国前50名的城市有甲市(18位)、乙市(27位)、丙市(41位)。")
    assert {found[k][1] for k in ("18位", "27位", "41位")} == {"rank"}


def test_the_bracketed_range_after_a_top_or_bottom_rank_is_ranks_of_it(nlp):
    from pipeline.linking.rank_ranges import rank_range_links
    text = "PM2.5浓度较低的前10位(1-10名)依次是:甲县、乙县。较高的后10位(倒1—10名)依次是:丙县。"
    spans = _spans(text, ["前10位", "1", "10名", "后10位", "1", "10名"])
    out = rank_range_links(text, spans, ["air.pm25", None, None, "air.pm25", None, None])
    assert out == {1: ("air.pm25", "rank"), 2: ("air.pm25", "rank"), 4: ("air.pm25", "rank"), 5: ("air.pm25", "rank")}
    links = quantity_links(nlp, "全省54个县(市、区)中,PM2.5浓度较低的前10位(1-10名)依次是:甲县、乙县。")
    assert links["10名"] == ("air.pm25", "rank")
