"""A rank takes the subject its ranking names, and a move in a ranking is read as its positions (our sentences)."""
import pytest


def _links(nlp, text):
    return {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}


def test_the_subject_before_the_ranking_word_is_what_is_ranked(nlp):
    links = _links(nlp, "今年以来,优良率排名从全省倒数第二名上升至第九名,综合指数排名保持全省第三。")
    assert links["倒数第二名"] == ("air.good_days_ratio", "rank")
    assert links["第九名"] == ("air.good_days_ratio", "rank")


def test_water_quality_share_ranked_is_the_water_share(nlp):
    links = _links(nlp, "全县国控断面水质优良率全省排第二,城市集中式饮用水水源地水质达标率为100%。")
    assert links["第二"][0] == "water.good_sections_ratio"


def test_positions_of_a_move_are_ranks_and_its_size_a_change(nlp):
    links = _links(nlp, "东城区PM2.5平均浓度为30微克/立方米;综合指数全市排名由去年的14名上升到9名、同比上升5名。")
    assert links["14名"] == ("air.aqi_composite", "rank")
    assert links["9名"] == ("air.aqi_composite", "rank")
    assert links["5名"] == ("air.aqi_composite", "change")


def test_a_ranking_by_improvement_ranks_the_figure_before_it(nlp):
    links = _links(nlp, "全年优良天数比例为85.2%,同比上升4.1个百分点,改善幅度排名全省第二。")
    assert links["第二"] == ("air.good_days_ratio", "rank")


def test_two_subjects_ranked_together_are_left_to_the_other_rules(nlp):
    links = _links(nlp, "全市机动车排放检测量和处罚量均居全省第一位。")
    assert links["第一位"][1] == "rank"
    assert links["第一位"][0] != "enforcement.inspections"


@pytest.mark.parametrize("text, surface", [
    ("今年共有48名志愿者参加了河湖巡查活动。", "48名"),
])
def test_persons_counted_with_ming_stay_counts(nlp, text, surface):
    assert _links(nlp, text)[surface][1] == "value"


def test_index_values_listed_after_places_share_the_index(nlp):
    links = _links(nlp, "各县区环境空气质量综合指数由低到高依次为南山2.41、北岭2.87、东坡2.93、西湾3.05、中和3.12、河口3.20。")
    values = [v for k, v in links.items() if k in ("2.41", "2.87", "2.93", "3.05", "3.12", "3.20")]
    assert len(values) == 6 and all(ind == "air.aqi_composite" for ind, _ in values)


def test_the_surface_water_share_is_no_air_share(nlp):
    links = _links(nlp, "全县地表水优良率为100%,城市空气质量优良率为91.2%。")
    assert links["100%"][0] == "water.good_sections_ratio"
    assert links["91.2%"][0] == "air.good_days_ratio"
