"""Signed changes (ANNOTATION.md s.3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.grammar.direction import governed_change, read_direction, signed_delta


def direction_of(text: str, surface: str, indicator: str) -> str:
    start = text.index(surface)
    return read_direction(text, start, start + len(surface), indicator).direction


@pytest.mark.parametrize("text, surface, indicator, expected", [
    ("该县PM10平均浓度为58微克/立方米,同比下降6.4%。", "6.4%", "air.pm10", "down"),
    ("全区优良天数为301天,较上年增加9天。", "9天", "air.good_days", "up"),
    ("细颗粒物、可吸入颗粒物浓度分别下降10.2%、7%、3.3%。", "3.3%", "air.pm25", "down"),
    ("综合指数为3.92,同比改善5.1%。", "5.1%", "air.aqi_composite", "down"),
    ("优良天数比例同比改善1.8个百分点。", "1.8个百分点", "air.good_days_ratio", "up"),
    ("PM2.5浓度比省定目标低2.6微克/立方米。", "2.6微克/立方米", "air.pm25", "down"),
    ("考核断面达标率高于国家要求12个百分点。", "12个百分点", "water.sections_compliance", "up"),
    ("该县排名较去年同期进步5个名次。", "5个名次", "air.aqi_composite", "up"),
    ("在全省的排名同比后退3位。", "3位", "air.aqi_composite", "down"),
    ("臭氧浓度同比上升了4.5%。", "4.5%", "air.o3", "up"),
    ("劣V类水体比例同比改善0.9个百分点。", "0.9个百分点", "water.inferior_v_ratio", "down"),
    ("重污染天数同比减少2天。", "2天", "air.heavy_pollution_days", "down"),
])
def test_direction_from_the_governing_cue(text, surface, indicator, expected):
    assert direction_of(text, surface, indicator) == expected


def test_a_level_reached_is_not_the_cue():
    text = "PM10浓度由68降至61微克/立方米,同比上升3.1%。"
    assert direction_of(text, "3.1%", "air.pm10") == "up"
    start = text.index("61")
    assert not governed_change(text, start, start + len("61微克/立方米"))


@pytest.mark.parametrize("text, surface, expected", [
    ("PM2.5浓度同比下降7.7%。", "7.7%", True),
    ("该市排名较上年提升了4名。", "4名", True),
    ("综合指数比目标低0.35。", "0.35", True),
    ("优于Ⅲ类的优良断面9个,占比81.8%。", "9个", False),
    ("两项工程分别削减二氧化硫1200吨。", "1200吨", False),
    ("全区新增3个省级生态文明建设示范村。", "3个", False),
])
def test_governed_change(text, surface, expected):
    start = text.index(surface)
    assert governed_change(text, start, start + len(surface)) is expected


@pytest.mark.parametrize("value, direction, delta", [(8.8, "down", -8.8), (40, "up", 40), (0, "flat", 0), (3, "flat", 0),
                                                     (None, "up", None)])
def test_signed_delta(value, direction, delta):
    assert signed_delta(value, direction) == delta


def test_pipeline_gives_every_change_a_direction_and_delta(extractor):
    from pipeline.io.readers import Document

    text = ("2023年,某县PM2.5平均浓度为31微克/立方米,同比下降11.4%;优良天数为312天,同比增加14天;"
            "PM10、二氧化氮浓度分别下降8.2%、5%;该县排名较上年前移2位。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    changes = {q["text"]: (q["direction"], q["delta"]) for q in record["quantities"] if q["role"] == "change"}
    assert changes["11.4%"] == ("down", -11.4)
    assert changes["14天"] == ("up", 14)
    assert changes["8.2%"] == ("down", -8.2) and changes["5%"] == ("down", -5)
    assert changes["2位"] == ("up", 2)
    for q in record["quantities"]:
        if q["role"] == "change":
            assert q["direction"] in ("up", "down", "flat") and q["delta"] is not None
        else:
            assert q["direction"] is None and q["delta"] is None


@pytest.mark.parametrize("text, surface, role", [
    ("该县空气质量综合指数位居全市第一。", "第一", "rank"),
    ("优良天数比例居全省首位。", "首位", "rank"),
    ("空气质量优良率要达到83%左右。", "83%左右", "target"),
    ("今年应完成整改的15项问题已完成整改12项。", "15项", "target"),  # due, only part done (GUIDELINES: not yet done)
    ("今年应完成整改的15项问题已全部完成整改。", "15项", "value"),  # due and reported done: a value (real gold)
    ("完成年度任务1200辆。", "1200辆", "target"),
])
def test_ranks_and_goals_written_as_such(extractor, text, surface, role):
    from pipeline.io.readers import Document

    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert next(q for q in record["quantities"] if q["text"] == surface)["role"] == role


@pytest.mark.parametrize("text, surface, expected", [
    ("PM2.5年均浓度为49微克/立方米,超过二级标准0.40倍。", "0.40倍", True),
    ("各县改善幅度在4.8%~28.6%之间。", "4.8%", True),
])
def test_exceeding_a_standard_and_improvement_ranges_are_changes(text, surface, expected):
    start = text.index(surface)
    assert governed_change(text, start, start + len(surface)) is expected


def test_a_bracketed_ranking_list_measures_one_indicator(extractor):
    from pipeline.io.readers import Document

    text = "全州综合指数为1.87,各县排名依次为:雷山县(1.67)、施秉县(1.71)、剑河县(1.75)、丹寨县(1.76)。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    listed = [q for q in record["quantities"] if q["text"] in ("1.67", "1.71", "1.75", "1.76")]
    assert len(listed) == 4 and {q["indicator"] for q in listed} == {"air.aqi_composite"}


@pytest.mark.parametrize("text, surface, direction", [
    ("二氧化氮浓度同比降幅为9.6%。", "9.6%", "down"),
    ("罚没金额增幅达18%。", "18%", "up"),
    ("该县PM10浓度涨幅为3.3%,居全市首位。", "3.3%", "up"),
])
def test_the_size_of_a_change_with_a_copula_is_a_change(text, surface, direction):
    start = text.index(surface)
    assert governed_change(text, start, start + len(surface))
    assert direction_of(text, surface, "air.no2") == direction


def test_a_level_after_a_reduction_verb_stays_a_level():
    text = "劣V类水体比例下降为0.6%。"
    start = text.index("0.6%")
    assert not governed_change(text, start, start + 4)


class _Q:
    """A stand-in for a QUANTITY span: offsets and the ``._`` namespace the component reads."""

    def __init__(self, text, surface, role, after=0):
        self.start_char = text.index(surface, after)
        self.end_char = self.start_char + len(surface)
        self._ = type("Ext", (), {})()
        self._.role = role


def test_upper_end_of_a_change_range_is_a_change():
    from pipeline.components.direction import ChangeDirection

    text = "各县综合指数降幅在3.2%～17.5%之间。"
    low, high = _Q(text, "3.2%", "change"), _Q(text, "17.5%", "value")
    ChangeDirection._share_range_roles(text, [low, high])
    assert high._.role == "change"


@pytest.mark.parametrize("before, against, goal", [
    ("PM10年均浓度为82微克/立方米，超过二级标准", True, False),
    ("该县PM2.5浓度低于全省平均水平", True, False),
    ("下半年PM2.5月均浓度要低于", False, True),
])
def test_comparison_with_a_standard_versus_a_goal(before, against, goal):
    from pipeline.components.direction import AGAINST_STANDARD, GOAL_BEFORE

    assert bool(AGAINST_STANDARD.search(before)) is against
    assert bool(GOAL_BEFORE.search(before[-16:])) is goal


@pytest.mark.parametrize("text, surfaces", [
    ("五项污染物分别同比改善9.6%、 4.2%、 6.0%。", ["9.6%", "4.2%", "6.0%"]),  # 分别 before the baseline
    ("PM10、PM2.5浓度较2019年下降7.5%、10.1%。", ["7.5%", "10.1%"]),           # a change verb without 分别
])
def test_every_item_after_a_change_verb_is_a_change(text, surfaces):
    from pipeline.components.direction import ChangeDirection

    items, pos = [], 0
    for k, s in enumerate(surfaces):
        items.append(_Q(text, s, "change" if k == 0 else "value", pos))
        pos = items[-1].end_char
    ChangeDirection._share_list_roles(text, items)
    assert [q._.role for q in items] == ["change"] * len(surfaces)


def test_a_comma_ends_a_list_governed_by_a_verb_without_fenbie():
    from pipeline.components.direction import ChangeDirection

    text = "水质指数同比改善6.1%，16个断面全部达标。"
    first, second = _Q(text, "6.1%", "change"), _Q(text, "16个", "value")
    ChangeDirection._share_list_roles(text, [first, second])
    assert second._.role == "value"


def test_improvement_of_a_water_quality_index_outside_the_taxonomy_is_down():
    text = "全区水环境综合指数为3.85，同比改善5.2%；新增绿地面积同比改善3%。"
    index_change = text.index("5.2%")
    assert read_direction(text, index_change, index_change + 4, "other").direction == "down"
    other_change = text.index("3%")
    assert read_direction(text, other_change, other_change + 2, "other").direction == "up"


def test_a_grade_of_days_after_a_comparative_governs_no_change():
    text = "全年空气质量好于二级天数达到301天。"
    start = text.index("301天")
    assert not governed_change(text, start, start + 4)
    text = "细颗粒物浓度低于国家二级标准8微克/立方米。"
    start = text.index("8微克")
    assert governed_change(text, start, start + len("8微克/立方米"))


def test_a_position_written_as_a_word_is_never_a_change(extractor):
    """首位 has no amount: whatever the classifier says, it is a rank, so every change keeps a signed delta."""
    from pipeline.io.readers import Document

    text = "一季度,全县空气质量排名全市地区首位,同比上升2位。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    for q in record["quantities"]:
        if q["role"] == "change":
            assert q["direction"] and q["delta"] is not None, q
    assert all(q["role"] != "change" for q in record["quantities"] if q["text"] == "首位")
