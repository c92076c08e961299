"""Events as pages from places the product had not seen report them (sentences written for these tests)."""

from __future__ import annotations

from pipeline.io.readers import Document


def record(extractor, text: str, **meta) -> dict:
    return extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()


def gatherings(extractor, text: str, **meta) -> list[dict]:
    return [e for e in record(extractor, text, **meta)["events"] if e["type"] != "enforcement_outcome"]


def outcomes(extractor, text: str, **meta) -> list[dict]:
    return [e for e in record(extractor, text, **meta)["events"] if e["type"] == "enforcement_outcome"]


# --- speakers, moderators, organizers -------------------------------------------------------------

def test_a_national_leader_quoted_or_studied_is_no_speaker(extractor):
    text = ("5月8日上午,石龙镇召开大气污染防治工作部署会,深入学习习近平生态文明思想,"
            "贯彻落实习近平总书记重要讲话精神。镇党委书记陈国华出席会议并讲话,"
            "要求全镇坚决落实习近平总书记强调的底线要求。")
    found = gatherings(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["type"] == "meeting"
    assert found[0]["speakers"] == ["陈国华"]


def test_our_town_convenes_its_meeting(extractor):
    text = "5月8日上午,我镇召开大气污染防治工作部署会。镇党委书记陈国华出席会议并讲话。"
    found = gatherings(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["organizer"] == "石龙镇"


def test_a_province_convening_with_its_day_and_a_venue_between(extractor):
    text = ("甘肃省官方3日在兰州召开新闻发布会,介绍全省生态环境质量状况。"
            "甘肃省生态环境厅副厅长周立新介绍,全省优良天数比例为92%。")
    found = gatherings(extractor, text, published="2024-06-05", province="甘肃省")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["organizer"] == "甘肃省"


def test_an_inspection_feedback_meeting_named_with_its_team(extractor):
    text = ("7月12日上午,甘肃省第二生态环境保护督察组督察平凉市情况反馈会召开,"
            "督察组组长张明向平凉市反馈了督察情况,市委书记李华作表态发言。")
    found = gatherings(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李华"]


def test_an_inspection_team_feeding_back_holds_a_meeting(extractor):
    text = ("2019年5月6日至5月25日,甘肃省第二生态环境保护督察组对平凉市开展了生态环境保护督察。"
            "督察组于7月12日向平凉市委、市政府反馈了督察意见。督察组组长张明通报督察意见,"
            "平凉市委书记李建华作表态发言,平凉市市长赵刚主持会议,督察组副组长孙伟参加会议。\n"
            "督察组认为,平凉市委、市政府深入学习贯彻习近平生态文明思想,全市生态环境质量持续改善。")
    found = gatherings(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李建华"] and found[0]["moderator"] == "赵刚"


def test_an_earlier_feedback_recalled_in_a_rectification_report_is_no_meeting(extractor):
    text = ("2021年4月,第二轮中央生态环境保护督察组向我市反馈了督察意见。"
            "截至目前,反馈问题32项已完成整改28项。")
    assert gatherings(extractor, text, published="2024-03-01", province="甘肃省", city="平凉市") == []


# --- dates ----------------------------------------------------------------------------------------

def test_the_year_a_meeting_is_named_with_dates_it(extractor):
    text = "3月20日,2024年全县生态环境保护工作会议召开。副县长王海出席会议并讲话。"
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-03-20"


def test_a_year_reviewed_by_a_meeting_does_not_date_it(extractor):
    text = "1月10日,2023年度全县生态环境保护工作总结会召开。副县长王海出席会议并讲话。"
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-01-10"


def test_a_date_written_with_its_year_gives_an_undated_page_its_year(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2024年1—11月,全县优良天数为300天。")
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-12-18"


def test_a_bare_year_elsewhere_leaves_the_year_unknown(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2018年以来,全县优良天数逐年增加。")
    found = gatherings(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-12-18"


def test_zuo_before_a_speech_is_the_verb_not_part_of_the_name(extractor):
    text = ("8月3日,平凉市生态环境保护大会召开。平凉市委书记李华作表态发言,平凉市副市长孙立作工作报告,"
            "市长赵刚主持会议。")
    persons = {e["text"] for e in record(extractor, text, published="2024-08-05")["entities"] if e["label"] == "PERSON"}
    assert {"李华", "孙立"} <= persons and not {"李华作", "孙立作"} & persons
