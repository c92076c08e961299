"""Patterns found in the round-14 real pages (events and officials): a committee's numbered session
(``…委员会2024年第二次会议召开``, ``主持召开市环委会第三次会议``) is held by the committee, whatever year
or level word (``全县``) its name carries; a meeting named ``…视频会`` is a meeting, a ``视频会晤`` is not;
a district convening under its city's name (``某市某区召开``) is written as the article names it.
Every sentence is written for these tests.
"""

from __future__ import annotations

from tests.page_helpers import first_gathering, gatherings, page_record

HUNAN = {"province": "湖南省", "city": "衡阳市", "published": "2024-06-20"}


def test_a_numbered_committee_session_with_its_year_is_the_committees(extractor):
    text = ("6月12日,耒阳市2024年生态环境保护委员会第二次会议召开。市委书记周建平出席会议并讲话,"
            "副市长李文华主持会议。")
    rec = page_record(extractor, text, HUNAN)
    assert first_gathering(rec, "meeting")["organizer"] == "耒阳市生态环境保护委员会"


def test_a_session_presided_over_by_an_official_is_the_committees(extractor):
    text = ("6月12日上午,市委副书记、市长王立新主持召开市环委会2024年第二次会议,"
            "研究部署下阶段大气污染防治工作。")
    rec = page_record(extractor, text, HUNAN)
    assert first_gathering(rec, "meeting")["organizer"] == "衡阳市环委会"


def test_a_county_wide_committee_session_is_the_countys_committee(extractor):
    text = ("6月12日,2024年度全县生态环境保护委员会第一次(扩大)会议暨污染防治攻坚推进会召开。"
            "县委书记刘志强出席会议并讲话。")
    rec = page_record(extractor, text, {**HUNAN, "county": "衡山县"})
    assert first_gathering(rec, "meeting")["organizer"] == "衡山县生态环境保护委员会"


def test_a_video_meeting_is_a_meeting(extractor):
    text = ("6月12日下午,衡阳市召开臭氧污染防治攻坚调度视频会。副市长李文华出席会议并讲话,"
            "市政府副秘书长张敏主持会议。")
    meeting = first_gathering(page_record(extractor, text, HUNAN), "meeting")
    assert meeting["date"] == "2024-06-12" and meeting["moderator"] == "张敏"


def test_a_video_talk_is_no_meeting(extractor):
    text = "6月12日,市生态环境局与邻省某市生态环境部门举行跨界河流保护视频会晤,交流水质监测数据。"
    rec = page_record(extractor, text, HUNAN)
    assert not [e for e in gatherings(rec) if e["type"] == "meeting"]


def test_a_district_under_its_citys_name_convenes_as_written(extractor):
    text = ("6月12日,衡阳市珠晖区召开生态环境保护督察整改工作推进会。区委书记赵刚出席会议并讲话,"
            "区长孙明主持会议。")
    rec = page_record(extractor, text, HUNAN)
    assert first_gathering(rec, "meeting")["organizer"] == "衡阳市珠晖区"


def test_an_officials_body_keeps_the_words_it_is_written_with(extractor):
    """GUIDELINES §4: 县政府 stays 县政府 (its bare prefix replaced) beside the 人民政府 that convenes."""
    text = ("3月8日,攸县人民政府召开新闻发布会,县政府副县长陈晓东出席发布会并介绍全县生态环境保护工作情况。")
    rec = page_record(extractor, text, {"province": "湖南省", "city": "株洲市", "county": "攸县",
                                        "published": "2024-03-10"})
    orgs = {o["person"]: o["org"] for o in rec["officials"]}
    assert orgs.get("陈晓东") == "攸县政府"


def test_a_short_bureau_name_is_not_written_out_in_full(extractor):
    text = ("株洲市环境保护局召开督察整改工作会议。会上,环保局局长何建军通报了整改进展情况。")
    rec = page_record(extractor, text, {"province": "湖南省", "city": "株洲市", "published": "2018-03-10"})
    orgs = {o["person"]: o["org"] for o in rec["officials"]}
    assert orgs.get("何建军") == "环保局"


def test_officials_whose_instructions_are_relayed_do_not_speak(extractor):
    text = ("6月12日,衡阳市召开生态环境保护工作会议。副市长李文华出席会议并讲话。"
            "市政府副秘书长张敏传达了市委书记周建平,市长王立新关于做好中央生态环境保护督察反馈问题整改工作的重要批示。")
    meeting = first_gathering(page_record(extractor, text, HUNAN), "meeting")
    assert "李文华" in meeting["speakers"] and "张敏" in meeting["speakers"]
    assert "周建平" not in meeting["speakers"] and "王立新" not in meeting["speakers"]


def test_an_official_who_reviews_the_work_speaks(extractor):
    text = ("6月12日,衡阳市召开臭氧污染防治攻坚推进会。副市长李文华出席会议并讲话,"
            "省生态环境厅帮扶组组长陈志刚出席会议并对全市臭氧污染防治工作进行了点评。")
    meeting = first_gathering(page_record(extractor, text, HUNAN), "meeting")
    assert "陈志刚" in meeting["speakers"]


def test_the_chair_written_with_you_wins_over_the_convener(extractor):
    text = ("6月12日上午,衡阳市人民政府市长、市生态环境保护委员会主任王立新同志,主持召开了全市生态环境保护督察整改推进会议。"
            "会议由市委常委、副市长李文华同志主持。王立新同志强调,要压实整改责任。")
    meeting = first_gathering(page_record(extractor, text, HUNAN), "meeting")
    assert meeting["moderator"] == "李文华"


def test_one_who_presides_over_convening_chairs(extractor):
    text = ("6月12日上午,市委副书记、市长王立新主持召开全市生态环境保护督察整改推进会议,"
            "副市长李文华通报了整改进展情况。")
    meeting = first_gathering(page_record(extractor, text, HUNAN), "meeting")
    assert meeting["moderator"] == "王立新"


def test_the_name_right_before_the_verb_is_convened_not_a_meeting_of_the_next_clause(extractor):
    # no publication date: the year comes from the session's own name (2023年度第一次全体会议)
    text = ("5月9日,临湘市生态环境保护委员会2023年度第一次全体会议召开,会议传达学习了上级有关会议精神,"
            "市委书记周建平出席会议并讲话。")
    meeting = first_gathering(page_record(extractor, text, {}), "meeting")
    assert meeting["date"] == "2023-05-09"
