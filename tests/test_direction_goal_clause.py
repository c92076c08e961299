"""A number at the end of a clause a goal verb opens, or written after ≥/≤, is a target (our sentences)."""


def _roles(nlp, text):
    return {e.text: e._.role for e in nlp(text).ents if e.label_ == "QUANTITY"}


def test_a_long_object_of_ensure_keeps_its_number_a_target(nlp):
    text = "会议要求,确保全市港口码头和物流园区大宗货物铁路运输比例超过65%。"
    assert _roles(nlp, text)["超过65%"] == "target"


def test_figures_written_after_greater_or_less_signs_are_targets(nlp):
    text = "方案提出,到2027年,全区地表水国考断面优良比例≥88%,细颗粒物年均浓度≤31微克/立方米。"
    roles = _roles(nlp, text)
    assert roles["88%"] == "target"
    assert roles["31微克/立方米"] == "target"


def test_a_result_after_a_goal_clause_stays_a_value(nlp):
    text = "为确保空气质量持续改善,我局加强巡查,今年优良天数比例达到82.4%。"
    assert _roles(nlp, text)["82.4%"] == "value"


def test_a_count_inside_the_goal_clause_is_no_target(nlp):
    text = "确保化工、建材和有色三大行业重点企业废气排放全部达标。"
    assert _roles(nlp, text)["三大"] != "target"
