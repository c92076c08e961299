"""Indicator and role on real-page patterns, in our own sentences (session 7): rectifications in
progress, good days as a share, rewards and their caps, closures and people charged, spaced milestones."""
import pytest


def _links(nlp, text):
    return {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}


@pytest.mark.parametrize("text, surface", [
    ("省督察组反馈问题48项,已完成整改40项,正在推进整改8项。", "8项"),
    ("督察组交办的150件信访件已办结128件,正在办理22件。", "22件"),
    ("交办信访件中尚未办结的4个信访案件,推进中的有东湖区1件、西湖区3件。", "3件"),
])
def test_rectifications_in_progress_are_targets(nlp, text, surface):
    assert _links(nlp, text)[surface] == ("inspection.rectified", "target")


@pytest.mark.parametrize("text, surface", [
    ("上半年全市空气优良天数超九成,PM2.5浓度同比下降。", "超九成"),
    ("优良天数占上半年有效天数的93.4%。", "93.4%"),
    ("全市优良天数率同比增加3.1个百分点。", "3.1个百分点"),
])
def test_good_days_as_a_share_are_the_ratio(nlp, text, surface):
    assert _links(nlp, text)[surface][0] == "air.good_days_ratio"


def test_a_change_of_the_count_in_percent_stays_good_days(nlp):
    assert _links(nlp, "全市优良天数为298天,同比增加12.5%。")["12.5%"][0] == "air.good_days"


def test_rewards_paid_and_a_reward_cap(nlp):
    links = _links(nlp, "城东区获评先进单位,获30万元现金奖励。对举报属实的,最高奖励10万元。")
    assert links["30万元"] == ("funding.reward", "value")
    assert links["10万元"] == ("funding.reward", "target")


def test_closed_firms_and_people_charged_are_no_cases(nlp):
    links = _links(nlp, "专项行动中依法取缔非法企业126家,立案查处环境违法案件58件,抓获犯罪嫌疑人37人,移送起诉12人。")
    assert links["126家"][0] == "other" and links["37人"][0] == "other" and links["12人"][0] == "other"
    assert links["58件"][0] == "enforcement.penalty_cases"


def test_a_milestone_written_with_a_space_is_a_target(nlp):
    links = _links(nlp, "全年优良天数达 318 天、首次突破 300 天。")
    assert links["300天"][1] == "target"


def test_better_and_worse_written_as_bian_hao_and_bian_cha(nlp):
    doc = nlp("PM10平均浓度为56微克/立方米,同比变好6.2%;SO2平均浓度为9微克/立方米,同比变差8.3%。")
    changes = {e.text: (e._.indicator, e._.role, e._.direction) for e in doc.ents if e.text.endswith("%")}
    assert changes["6.2%"] == ("air.pm10", "change", "down")
    assert changes["8.3%"] == ("air.so2", "change", "up")


def test_good_days_named_after_their_count(nlp):
    assert _links(nlp, "6月的30天当中,有27天达到了优良标准。")["27天"][0] == "air.good_days"


@pytest.mark.parametrize("text, surface", [
    ("出境断面Ⅱ类水质以上占100%,与上年同期持平。", "100%"),
    ("全市优Ⅲ水体比例为94.6%。", "94.6%"),
])
def test_class_two_or_better_water_is_the_good_sections_ratio(nlp, text, surface):
    assert _links(nlp, text)[surface][0] == "water.good_sections_ratio"


def test_a_span_of_years_measures_no_indicator(nlp):
    assert _links(nlp, "PM2.5年平均浓度创近三年最好水平。")["近三年"][0] == "other"


def test_firms_moved_or_idle_are_no_emission_work(nlp):
    links = _links(nlp, "全县排查技改企业3家,关闭企业26家、搬迁企业两家、长期停产企业9家,建立动态管理台账。")
    assert links["26家"][0] == "other" and links["两家"][0] == "other" and links["9家"][0] == "other"


def test_a_rate_of_change_is_a_change_of_what_is_named_before_it(nlp):
    doc = nlp("全年优良天数301天,SO2下降率38%,居全省前列。PM2.5浓度降幅为12.5%。")
    found = {e.text: (e._.indicator, e._.role, e._.direction) for e in doc.ents if e.text.endswith("%")}
    assert found["38%"] == ("air.so2", "change", "down") and found["12.5%"] == ("air.pm25", "change", "down")
