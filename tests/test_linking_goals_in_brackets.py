"""A figure reached with its goal in brackets after it, overall eco-environment ratings, and places counted for an
ecological title: sentences written for the tests."""

from __future__ import annotations

from pipeline.io.readers import Document


def _links(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    record = extractor.process_one(Document("t", text=text, meta={}))
    return [(q.text, q.indicator, q.role) for q in record.quantities]


def test_a_figure_before_its_bracketed_goal_is_a_value_and_the_goal_a_target(extractor):
    got = _links(extractor, "2023年,全县PM2.5浓度为19微克/立方米(考核任务为24微克/立方米),"
                            "O3浓度为121微克/立方米(考核任务为118微克/立方米)。")
    assert ("19微克/立方米", "air.pm25", "value") in got and ("24微克/立方米", "air.pm25", "target") in got
    assert ("121微克/立方米", "air.o3", "value") in got and ("118微克/立方米", "air.o3", "target") in got


def test_a_bracket_without_goal_words_changes_no_role(extractor):
    got = _links(extractor, "2023年,全县细颗粒物浓度为19微克/立方米(同比下降9.5%),空气质量持续向好。")
    assert ("19微克/立方米", "air.pm25", "value") in got
    assert all(role != "target" for _, _, role in got)


def test_an_overall_eco_environment_rating_ranks_no_air_measure(extractor):
    got = _links(extractor, "2023年,全县生态环境质量排名全市第三。\n全县空气质量优良率排名全市第一。")
    assert ("第三", "other", "rank") in got
    assert ("第一", "air.good_days_ratio", "rank") in got


def test_places_counted_for_an_ecological_title_are_demonstration_counts(extractor):
    got = _links(extractor, "去年全县又有5个乡镇获得“省级生态乡镇”称号,17个村被命名为市级生态村。")
    assert ("5个", "ecology.demonstration", "value") in got and ("17个", "ecology.demonstration", "value") in got
    # places counted for something else stay as they were
    assert ("9个", "ecology.demonstration", "value") not in _links(extractor, "全县9个乡镇完成污水管网建设。")


def test_the_figure_of_a_standard_written_in_brackets_is_a_target():
    from pipeline.linking.bracketed_goals import standard_figure_links

    from .text_spans import spans_in_order

    cases = [("全年降尘量月均值为4.1吨/平方公里·月，符合省级标准（7吨/平方公里·月）。", "7吨/平方公里·月"),
             ("城区降尘量为3.2吨/平方公里·月，低于全省（6.0吨/平方公里·月）考核目标。", "6.0吨/平方公里·月"),
             ("城区降尘量为3.2吨/平方公里·月，低于6吨/平方公里·月（省推荐控制标准）。", "6吨/平方公里·月")]
    for text, surface in cases:
        assert standard_figure_links(text, spans_in_order(text, [surface]), ["other"]) == {0: (None, "target")}, text


def test_a_measured_figure_with_a_bracketed_note_is_no_standard():
    from pipeline.linking.bracketed_goals import standard_figure_links

    from .text_spans import spans_in_order

    text = "城区降尘量为3.2吨/平方公里·月（全省平均水平），同比下降0.4吨/平方公里·月（降幅最大）。"
    assert standard_figure_links(text, spans_in_order(text, ["3.2吨/平方公里·月", "0.4吨/平方公里·月"]), ["other"] * 2) == {}
