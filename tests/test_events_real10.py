"""Patterns found in the round-10 real pages (events): a transcript whose opening turn is the
moderator's (``ORG 职务 甲：欢迎参加…发布会``, the 发布人 introduced as ``乙先生；丙女士``) with no
sentence convening the conference; a count of meetings written after their name (``召开…会议30余次``)
is no meeting reported; an inspection feedback read past the page's header lines, and one recalled
as the start of a rectification report (``反馈…后，``) holds none. Every sentence is written for
these tests.
"""

from __future__ import annotations

from .page_helpers import gatherings, page_record

META = {"province": "江西省", "city": "宜春市"}


def record(extractor, text: str, **meta) -> dict:
    return page_record(extractor, text, meta or META)


TRANSCRIPT = (
    "宜春市人民政府新闻办副主任周文涛:女士们、先生们,记者朋友们:大家上午好!欢迎参加“绿色宜春”系列新闻发布会。\n"
    "首先介绍出席今天发布会的发布人: 宜春市生态环境局局长邓宏伟先生; 宜春市水利局副局长刘晓梅女士。"
    "有请邓宏伟先生发布。\n"
    "宜春市生态环境局局长邓宏伟:各位记者,大家好!今年以来,全市空气质量优良天数比率为95.1%。\n"
)


def test_a_moderator_s_opening_turn_records_the_press_conference(extractor):
    found = gatherings(record(extractor, TRANSCRIPT))
    assert len(found) == 1 and found[0]["type"] == "press_conference"
    assert found[0]["moderator"] == "周文涛"
    assert set(found[0]["speakers"]) == {"邓宏伟", "刘晓梅"}


def test_the_body_opening_the_conference_s_name_in_a_transcript_lead_holds_it(extractor):
    text = ("宜春讯 6月3日,宜春市政府新闻办“奋进宜春”系列主题新闻发布会第三场,宜春市生态环境局副局长邓宏伟进行发布。"
            "全程实录如下:\n"
            "宜春市委宣传部周文涛:\n各位记者朋友:欢迎参加今天的新闻发布会。\n"
            "宜春市生态环境局副局长邓宏伟:\n谢谢主持人。今年以来,全市水质持续改善。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", published="2025-06-05"))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市政府新闻办"
    assert found[0]["date"] == "2025-06-03" and found[0]["moderator"] == "周文涛"
    assert found[0]["speakers"] == ["邓宏伟"]


def test_an_answer_turn_that_welcomes_no_one_records_no_conference(extractor):
    text = ("宜春市生态环境局局长邓宏伟:今年以来,全市空气质量持续改善,我们将继续召开专题会议研究大气治理。\n"
            "记者:请问下一步有何打算?\n")
    assert [e for e in gatherings(record(extractor, text)) if e["type"] == "press_conference"] == []


def test_a_count_of_meetings_after_their_name_leaves_the_feedback_meeting_read(extractor):
    text = ("当前位置:首页 / 新闻\n\n江西省第二生态环境保护督察组向宜春市反馈督察情况\n\n来源: 发布时间:2024-05-08\n\n"
            "字体:大 中 小\n\n"
            "  根据有关规定,江西省第二生态环境保护督察组对宜春市开展了督察。督察组于2024年5月8日向宜春市委、市政府进行反馈。"
            "督察组组长彭志远通报督察报告,宜春市委书记罗建华作表态发言,宜春市市长邹正阳主持会议。\n\n"
            "  督察认为,宜春市累计召开市委常委会会议等各类会议30余次,研究部署生态环境保护工作。\n")
    found = gatherings(record(extractor, text))
    assert len(found) == 1 and found[0]["type"] == "meeting" and found[0]["date"] == "2024-05-08"
    assert found[0]["organizer"] == "江西省第二生态环境保护督察组"
    assert found[0]["moderator"] == "邹正阳"


def test_a_feedback_recalled_before_a_count_of_meetings_holds_none(extractor):
    text = ("宜春市公开省级生态环境保护督察整改落实情况\n发布时间:2025-03-02\n\n"
            "2024年6月5日,省第二生态环境保护督察组向我市反馈督察报告后,宜春市委、市政府高度重视,制定整改方案。\n\n"
            "一、加强组织领导。市委、市政府主要负责同志带头督办,召开各类会议20余次。\n")
    assert [e for e in gatherings(record(extractor, text)) if e["type"] == "meeting"] == []


def test_the_body_a_retelling_names_wins_over_the_headline_s_place(extractor):
    text = ("宜春举行生态环境保护新闻发布会\n"
            "近日,江西省宜春市政府新闻办召开生态环境保护新闻发布会,宜春市生态环境局副局长邓宏伟介绍今年以来全市工作情况。\n")
    found = gatherings(record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "江西省宜春市政府新闻办"


def test_a_hall_named_as_a_centre_is_the_venue_and_the_headline_s_place_convenes(extractor):
    text = ("宜春市召开2024年生态环境状况新闻发布会\n"
            "4月8日上午,宜春市2024年生态环境状况新闻发布会在宜春市新闻发布中心召开。"
            "从发布会上获悉,2024年全市空气质量优良天数比率为96.2%。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", published="2025-04-09"))
    assert len(found) == 1 and found[0]["date"] == "2025-04-08"
    assert found[0]["organizer"] == "宜春市"


def test_bodies_opening_the_sentence_convene_in_its_later_clause(extractor):
    text = ("宜春市委、市政府高度重视生态文明建设,多次专题研究,并于2024年3月6日召开全市生态环境保护推进会议。"
            "市委常委、常务副市长韩立新主持会议并讲话。\n")
    found = gatherings(record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市委"


def test_a_regular_session_of_a_committee_is_held_by_the_committee(extractor):
    text = ("3月6日上午,宜春市生态环境保护委员会2024年第一次例会暨碧水保卫战推进会召开。"
            "市长邹正阳出席并讲话。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", published="2024-03-07"))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市生态环境保护委员会"


def test_a_person_opening_a_clause_with_jiu_speaks_on_the_topic(extractor):
    text = ("5月9日,宜春市召开生态环境保护工作会议,市委书记罗建华主持会议并讲话,市领导韩立新、邓宏伟、刘晓梅出席会议。"
            "会议听取了全市生态环境保护工作情况汇报,刘晓梅就下一步重点工作进行了安排部署。\n")
    found = gatherings(record(extractor, text))
    assert len(found) == 1 and "刘晓梅" in found[0]["speakers"]
    assert "邓宏伟" not in found[0]["speakers"]


def test_a_clause_opening_on_presiding_has_the_previous_clause_s_official(extractor):
    text = ("2024年5月9日下午,县政府副县长韩立新在县政府三楼会议室,主持召开全县生态环境质量考核工作调度会。"
            "县直有关部门负责同志参加会议。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", county="万载县"))
    assert len(found) == 1 and found[0]["moderator"] == "韩立新"


def test_a_place_convening_is_written_at_its_own_level(extractor):
    text = ("2024年5月9日,江西省宜春市万载县召开全县生态环境保护工作推进会。副县长韩立新出席会议并讲话。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", county="万载县"))
    assert len(found) == 1 and found[0]["organizer"] == "万载县"


def test_an_auxiliary_measure_written_as_a_list_gives_way_to_the_penalty_total(extractor):
    text = ("宜春市生态环境局通报2023年执法工作情况。2023年,全市环保部门共查封扣押案件36件,限产、停产8起,"
            "行政处罚215起,罚没金额1260万元。\n")
    rec = record(extractor, text, province="江西省", city="宜春市", published="2024-01-10")
    outcomes = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert outcomes and outcomes[0]["metrics"].get("enforcement.penalty_cases") == 215


def test_a_clause_opening_on_its_speaking_verb_has_the_previous_clause_s_official(extractor):
    text = ("宜春讯 在昨日举行的“美丽江西”系列发布会宜春专场上,宜春市市长邹正阳围绕“生态立市”战略的实施,"
            "介绍了全市生态文明建设的举措和成效。\n")
    found = gatherings(record(extractor, text, province="江西省", city="宜春市", published="2024-06-06"))
    assert found and found[0]["speakers"] == ["邹正阳"]
