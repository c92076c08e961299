"""Meetings: which gatherings are reported meetings, who convenes them (the body named, the place at its own
level, the committee of a numbered session) and where they are held.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from .page_helpers import (
    dated_gatherings,
    first_gathering,
    gatherings,
    gatherings_of,
    nantong_record,
    officials,
    page_record,
    yichun_record,
)


UNDATED = {"province": "湖南省", "city": "常德市"}

HUNAN = {"province": "湖南省", "city": "衡阳市", "published": "2024-06-20"}

JIANGMEN = {"published": "2024-09-06", "province": "广东省", "city": "江门市", "county": None}

HENAN = {"published": "2024-06-14", "province": "河南省", "city": None, "county": None}


def test_a_count_of_meetings_after_their_name_leaves_the_feedback_meeting_read(extractor):
    text = ("当前位置:首页 / 新闻\n\n江西省第二生态环境保护督察组向宜春市反馈督察情况\n\n来源: 发布时间:2024-05-08\n\n"
            "字体:大 中 小\n\n"
            "  根据有关规定,江西省第二生态环境保护督察组对宜春市开展了督察。督察组于2024年5月8日向宜春市委、市政府进行反馈。"
            "督察组组长彭志远通报督察报告,宜春市委书记罗建华作表态发言,宜春市市长邹正阳主持会议。\n\n"
            "  督察认为,宜春市累计召开市委常委会会议等各类会议30余次,研究部署生态环境保护工作。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and found[0]["type"] == "meeting" and found[0]["date"] == "2024-05-08"
    assert found[0]["organizer"] == "江西省第二生态环境保护督察组"
    assert found[0]["moderator"] == "邹正阳"


def test_a_feedback_recalled_before_a_count_of_meetings_holds_none(extractor):
    text = ("宜春市公开省级生态环境保护督察整改落实情况\n发布时间:2025-03-02\n\n"
            "2024年6月5日,省第二生态环境保护督察组向我市反馈督察报告后,宜春市委、市政府高度重视,制定整改方案。\n\n"
            "一、加强组织领导。市委、市政府主要负责同志带头督办,召开各类会议20余次。\n")
    assert [e for e in gatherings(yichun_record(extractor, text)) if e["type"] == "meeting"] == []


def test_the_body_a_retelling_names_wins_over_the_headline_s_place(extractor):
    text = ("宜春举行生态环境保护新闻发布会\n"
            "近日,江西省宜春市政府新闻办召开生态环境保护新闻发布会,宜春市生态环境局副局长邓宏伟介绍今年以来全市工作情况。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "江西省宜春市政府新闻办"


def test_a_hall_named_as_a_centre_is_the_venue_and_the_headline_s_place_convenes(extractor):
    text = ("宜春市召开2024年生态环境状况新闻发布会\n"
            "4月8日上午,宜春市2024年生态环境状况新闻发布会在宜春市新闻发布中心召开。"
            "从发布会上获悉,2024年全市空气质量优良天数比率为96.2%。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2025-04-09"))
    assert len(found) == 1 and found[0]["date"] == "2025-04-08"
    assert found[0]["organizer"] == "宜春市"


def test_bodies_opening_the_sentence_convene_in_its_later_clause(extractor):
    text = ("宜春市委、市政府高度重视生态文明建设,多次专题研究,并于2024年3月6日召开全市生态环境保护推进会议。"
            "市委常委、常务副市长韩立新主持会议并讲话。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市委"


def test_a_regular_session_of_a_committee_is_held_by_the_committee(extractor):
    text = ("3月6日上午,宜春市生态环境保护委员会2024年第一次例会暨碧水保卫战推进会召开。"
            "市长邹正阳出席并讲话。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2024-03-07"))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市生态环境保护委员会"


def test_a_place_convening_is_written_at_its_own_level(extractor):
    text = ("2024年5月9日,江西省宜春市万载县召开全县生态环境保护工作推进会。副县长韩立新出席会议并讲话。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", county="万载县"))
    assert len(found) == 1 and found[0]["organizer"] == "万载县"


def test_a_meeting_a_reporter_learned_the_news_at_is_reported(extractor):
    text = ("3月12日上午,本报记者从嘉兴市水污染防治工作领导小组2023年第二次会议暨河湖长制工作推进会上获悉,"
            "今年以来全市水环境质量持续向好。")
    rec = page_record(extractor, text, {"published": "2023-03-13", "province": "浙江省", "city": "嘉兴市"})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["date"] == "2023-03-12"
    assert found[0]["organizer"] == "嘉兴市水污染防治工作领导小组"


def test_a_meeting_only_mentioned_is_no_source(extractor):
    text = ("本报记者从市生态环境局获悉,今年以来全市水环境质量持续向好。"
            "下一步,该局将按照全市水污染防治工作会议上的部署,推进河湖治理。")
    rec = page_record(extractor, text, {"published": "2023-03-13", "province": "浙江省", "city": "嘉兴市"})
    assert not [e for e in gatherings(rec) if e["type"] == "meeting"]


def test_a_place_that_meets_in_a_room_convenes(extractor):
    text = "近日,临渭区在区行政中心三楼会议室召开全区环保工作会议,副区长王刚主持会议。"
    rec = page_record(extractor, text, {"province": "陕西省", "city": "渭南市", "county": "临渭区"})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["organizer"] == "临渭区"


def test_a_room_in_an_unnamed_building_leaves_the_place_the_convener(extractor):
    text = "9月2日,临渭区在党政综合楼二楼会议室召开全区秸秆禁烧工作推进会。"
    rec = page_record(extractor, text, {"province": "陕西省", "city": "渭南市", "county": "临渭区"})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["organizer"] == "临渭区"


def test_meetings_named_as_the_means_of_other_work_report_none(extractor):
    text = ("整改工作开展以来,县委和县政府通过召开常委会议、专题学习会、政府常务会议等多种形式,"
            "深入学习生态文明思想,推动督察反馈问题整改落实。")
    rec = page_record(extractor, text, {"province": "湖南省", "city": "岳阳市", "county": "平江县"})
    assert not [e for e in gatherings(rec) if e["type"] == "meeting"]


def test_a_party_committee_and_its_government_convene_as_the_committee(extractor):
    text = ("10月20日,常德市委市政府召开新闻发布会,就《常德市关于推进美丽河湖建设的实施意见》进行发布解读。"
            "市生态环境局局长李明华介绍了有关情况。")
    rec = page_record(extractor, text, {"published": "2023-10-21", **UNDATED})
    assert first_gathering(rec, "press_conference")["organizer"] == "常德市委"


def test_a_plenary_held_by_video_is_held_by_its_committee(extractor):
    text = ("4月12日,汉寿县生态环境保护委员会2023年度第一次全体(扩大)视频会议召开,"
            "会议传达学习了省、市生态环境保护工作会议精神。副县长周海波出席会议并讲话。")
    rec = page_record(extractor, text, {"published": "2023-04-13", **UNDATED, "county": "汉寿县"})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["organizer"] == "汉寿县生态环境保护委员会"


def test_a_work_meeting_the_reporter_learned_from_without_a_locative_is_reported(extractor):
    text = ("1月9日,记者从常德市委经济工作会议获悉,2023年,全市空气质量优良天数比例达到89.6%,"
            "国控断面水质优良比例保持100%。")
    rec = page_record(extractor, text, {"published": "2024-01-10", **UNDATED})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["date"] == "2024-01-09"
    assert found[0]["organizer"] == "常德市委"


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


def test_the_name_right_before_the_verb_is_convened_not_a_meeting_of_the_next_clause(extractor):
    # no publication date: the year comes from the session's own name (2023年度第一次全体会议)
    text = ("5月9日,临湘市生态环境保护委员会2023年度第一次全体会议召开,会议传达学习了上级有关会议精神,"
            "市委书记周建平出席会议并讲话。")
    meeting = first_gathering(page_record(extractor, text, {}), "meeting")
    assert meeting["date"] == "2023-05-09"


def test_our_town_convenes_its_meeting(extractor):
    text = "5月8日上午,我镇召开大气污染防治工作部署会。镇党委书记陈国华出席会议并讲话。"
    found = gatherings_of(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["organizer"] == "石龙镇"


def test_a_province_convening_with_its_day_and_a_venue_between(extractor):
    text = ("甘肃省官方3日在兰州召开新闻发布会,介绍全省生态环境质量状况。"
            "甘肃省生态环境厅副厅长周立新介绍,全省优良天数比例为92%。")
    found = gatherings_of(extractor, text, published="2024-06-05", province="甘肃省")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["organizer"] == "甘肃省"


def test_an_inspection_feedback_meeting_named_with_its_team(extractor):
    text = ("7月12日上午,甘肃省第二生态环境保护督察组督察平凉市情况反馈会召开,"
            "督察组组长张明向平凉市反馈了督察情况,市委书记李华作表态发言。")
    found = gatherings_of(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李华"]


def test_an_inspection_team_feeding_back_holds_a_meeting(extractor):
    text = ("2019年5月6日至5月25日,甘肃省第二生态环境保护督察组对平凉市开展了生态环境保护督察。"
            "督察组于7月12日向平凉市委、市政府反馈了督察意见。督察组组长张明通报督察意见,"
            "平凉市委书记李建华作表态发言,平凉市市长赵刚主持会议,督察组副组长孙伟参加会议。\n"
            "督察组认为,平凉市委、市政府深入学习贯彻习近平生态文明思想,全市生态环境质量持续改善。")
    found = gatherings_of(extractor, text, published="2019-08-01", province="甘肃省", city="平凉市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2019-07-12"
    assert found[0]["organizer"] == "甘肃省第二生态环境保护督察组"
    assert found[0]["speakers"] == ["张明", "李建华"] and found[0]["moderator"] == "赵刚"


def test_an_earlier_feedback_recalled_in_a_rectification_report_is_no_meeting(extractor):
    text = ("2021年4月,第二轮中央生态环境保护督察组向我市反馈了督察意见。"
            "截至目前,反馈问题32项已完成整改28项。")
    assert gatherings_of(extractor, text, published="2024-03-01", province="甘肃省", city="平凉市") == []


def test_the_body_named_after_held_convenes_not_the_outlet_before_it(extractor):
    text = "江南日报讯:在日前举行的江门市政府新闻发布会上,江门市生态环境局局长陈志强介绍了全市生态环境保护情况。"
    found = gatherings_of(extractor, text, **JIANGMEN)
    assert found and found[0]["organizer"] == "江门市政府"


def test_a_feedback_recalled_by_its_month_is_no_meeting(extractor):
    text = ("2023年11月,中央第三生态环境保护督察组向我省反馈了督察意见。省委常委会会议专题研究整改方案,"
            "全省反馈问题45项已完成整改30项。")
    assert gatherings_of(extractor, text, **HENAN) == []


def test_our_county_convenes_as_the_county_the_article_names(extractor):
    text = ("我县召开生态环境保护委员会会议\n"
            "9月14日,我县召开生态环境保护委员会会议。会议通报了涉及上高县的督察问题,"
            "县长黎志明主持会议并讲话。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["organizer"] == "上高县"


def test_a_meeting_room_is_a_venue_not_the_gathering(extractor):
    text = ("11月2日,全县生态环境保护大会在县政务服务中心二楼会议室召开。县委书记丁振宇出席会议并讲话。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["organizer"] is None


def test_a_team_inspected_for_is_not_the_convener_of_a_mobilisation_meeting(extractor):
    text = ("4月8日,省委、省政府召开中央第三生态环境保护督察组督察江西省工作动员会。"
            "会后宜春市委书记彭建华强调,要全力配合督察。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and "督察组" not in (found[0]["organizer"] or "")


def test_the_body_opening_the_meeting_s_name_convenes_it(extractor):
    text = "3月18日,市长邹正阳主持召开市政府第12次常务会议,研究生态环境保护工作。\n"
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["organizer"] == "宜春市政府"
    assert found[0]["moderator"] == "邹正阳"


def test_our_prefecture_convenes_as_the_autonomous_prefecture(extractor):
    text = "11月5日上午,我州召开湖泊保护治理推进会。州人民政府副州长段明亮出席会议并讲话。\n"
    found = gatherings(yichun_record(extractor, text, province="云南省", city="大理州"))
    assert found and found[0]["organizer"] == "大理州"


def test_an_official_who_attends_a_gathering_and_speaks_reports_it(extractor):
    text = ("省督查组来我市检查环保专项行动\n"
            "日前,省督查组一行来我市督导重点排污企业监管工作。副市长贺立平出席专项行动汇报会并讲话。\n"
            "贺立平表示,要加强执法监管。\n")
    found = gatherings(yichun_record(extractor, text))
    assert [e["type"] for e in found] == ["meeting"]
    assert found[0]["organizer"] is None and found[0]["speakers"] == ["贺立平"]


def test_attending_a_convened_meeting_adds_no_second_event(extractor):
    text = ("3月5日,宜春市召开全市生态环境保护工作会议。副市长贺立平出席会议并讲话。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市"


def test_a_feedback_whose_meeting_is_described_in_the_next_paragraph(extractor):
    text = ("2023年5月10日至6月2日,江西省第三生态环境保护督察组对宜春市开展督察。"
            "督察组于2023年7月18日上午向宜春市委、市政府进行了反馈。\n"
            "反馈会由宜春市市长邹正阳主持,督察组组长彭志远通报督察意见,宜春市委书记罗建华作表态发言。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2023-07-18"
    assert found[0]["organizer"] == "江西省第三生态环境保护督察组"
    assert found[0]["moderator"] == "邹正阳"


def test_a_feedback_recalled_without_a_meeting_nearby_holds_none(extractor):
    text = ("督察组于2023年7月18日向宜春市委、市政府反馈了督察意见。\n"
            "宜春市高度重视,制定整改方案,逐项推进整改。\n截至目前,已完成整改任务20项。\n")
    assert gatherings(yichun_record(extractor, text)) == []


def test_a_meeting_named_by_a_post_is_a_meeting_and_no_person(extractor):
    text = ("本报讯 10月12日上午,市长钱立群主持召开市长周例会,听取近期重点工作汇报,"
            "安排部署秋冬季大气污染防治工作。\n")
    rec = nantong_record(extractor, text)
    assert "周例会" not in officials(rec)
    found = gatherings(rec)
    assert found and found[0]["type"] == "meeting"
    assert found[0]["date"] == "XXXX-10-12"
    assert found[0]["moderator"] == "钱立群"


def test_a_body_written_after_zai_is_the_venue_not_the_convener(extractor):
    text = ("3月12日,南通市生态环境局局长周文斌一行来如东县调研生态环境保护工作。随后,在市生态环境局如东分局"
            "召开座谈会,听取全县生态环境保护工作情况汇报。\n")
    found = gatherings(nantong_record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["type"] == "meeting"
    assert found[0]["organizer"] != "南通市生态环境局如东分局"


def test_a_city_wide_meeting_is_not_organised_by_the_city_but_our_city_convenes(extractor):
    unnamed = dated_gatherings(extractor, "3月15日,全市生态环境保护工作动员大会召开,副市长王刚出席并讲话。")
    assert unnamed and unnamed[0]["type"] == "meeting" and unnamed[0]["organizer"] is None
    ours = dated_gatherings(extractor, "江门市生态环境局通报。3月15日,我市召开生态环境保护工作会议,副市长王刚出席并讲话。")
    assert ours and ours[0]["organizer"] == "江门市"


def test_who_organises_the_others_to_meet_and_a_place_opening_the_meetings_name_convene(extractor):
    """千山区组织各镇街…召开: the place organising the others; 由河长办牵头组织某局、某局…召开: the body leading,
    not the last one it organised; 5月2日,某某区…工作会召开: the place the gathering's name opens with."""
    organises = dated_gatherings(extractor, "12月13日,江海区组织各镇街和河长制成员单位召开了河长制工作会议。")
    assert organises and organises[0]["organizer"] == "江海区"
    leads = dated_gatherings(extractor, "5月6日,由市河长办牵头组织市生态环境局、市水利局等成员单位召开河湖长制工作例会。")
    assert leads and leads[0]["organizer"] == "市河长办"
    named = dated_gatherings(extractor, "5月2日,江海区全面推行河长制工作会如期召开。")
    assert named and named[0]["organizer"] == "江海区"
    # a visit on which a meeting is held names no convener by the place visited
    visit = dated_gatherings(extractor, "5月6日,省委书记到江海区调研并召开座谈会。")
    assert visit and visit[0]["organizer"] is None


def test_a_standing_committee_session_convened_is_a_meeting(extractor):
    text = ("石楼县召开县委常委会研究生态环境问题整改\n"
            "3月22日,石楼县召开县委常委会,专题研究突出生态环境问题整改工作。"
            "县委副书记、县长韩志远主持会议并讲话。")
    meetings = [e for e in page_record(extractor, text)["events"] if e["type"] == "meeting"]
    assert meetings and meetings[0]["moderator"] == "韩志远"


def test_a_chair_and_a_leader_without_a_post_further_down_the_report(extractor):
    text = ("青石县召开重点环境问题整治推进会\n"
            "3月8日,石楼县召开重点环境问题整治推进会,县领导陶文静、韩志远出席。\n"
            "陶文静指出,环境保护工作是基本国策,要高度重视。\n"
            "陶文静强调,要建立联合执法机制。\n"
            "县委副书记、县长韩志远主持会议。他要求,各责任单位要全力以赴。")
    meetings = [e for e in page_record(extractor, text)["events"] if e["type"] == "meeting"]
    assert meetings and meetings[0]["moderator"] == "韩志远" and "陶文静" in meetings[0]["speakers"]


def test_two_officials_holding_talks_on_a_day_hold_a_meeting_with_no_convener(extractor):
    text = ("市生态环境局与县委对接生态环境工作\n\n"
            "9月12日,市生态环境局党组书记、局长周文涛与县委书记钱立新一行座谈,就水源地保护工作交换意见。\n"
            "钱立新表示,县委将把生态环境保护摆在突出位置。\n"
            "周文涛表示,市生态环境局将继续支持县里的生态环境保护工作。\n")
    meeting = first_gathering(page_record(extractor, text, JIANGMEN), "meeting")
    assert meeting["date"] == "2024-09-12"
    assert not meeting.get("organizer")
    assert set(meeting["speakers"]) == {"周文涛", "钱立新"}


def test_talks_recalled_without_their_day_hold_no_meeting(extractor):
    text = ("市生态环境局持续推进水源地保护\n\n"
            "今年以来,市生态环境局多次与县委书记钱立新座谈,研究水源地保护工作。\n")
    assert not [e for e in gatherings(page_record(extractor, text, JIANGMEN)) if e["type"] == "meeting"]


def test_a_session_that_opens_on_a_day_is_a_meeting_held_then_and_not_by_its_venue(extractor):
    text = ("3月2日上午,洛川县第十八届人民代表大会第三次会议在县文化艺术中心开幕。"
            "县长王海向大会作政府工作报告。")
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert [(g["type"], g["date"], g["organizer"], g["speakers"]) for g in found] == \
        [("meeting", "XXXX-03-02", None, ["王海"])]


def test_a_committee_s_session_spaced_off_its_name_is_held_by_the_committee(extractor):
    text = ("6月6日,全县生态环境保护委员会 2025年第二次会议暨大气污染防治工作推进会召开。"
            "县委书记王海出席会议并讲话。")
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert [(g["organizer"], g["date"]) for g in found] == [("洛川县生态环境保护委员会", "2025-06-06")]


#: an official who 调度 the work on a day holds a meeting dated by the year of the work; a body that dispatches
#: the work regularly holds none
DISPATCHED = [
    ("8月2日上午,副县长王建国调度了“2023年夏季攻势”整改工作。"
     "会上,县环委办负责人通报了整改推进情况。王建国要求,各单位要高度重视。",
     [("meeting", "2023-08-02", None, ["王建国"])]),
    ("今年以来,县政府定期调度整改工作,每月通报进展。会上通报的问题均已整改到位。", []),
]


@pytest.mark.parametrize(("text", "expected"), DISPATCHED)
def test_an_official_dispatching_the_work_on_a_day_holds_a_meeting(extractor, text, expected):
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert [(g["type"], g["date"], g["organizer"], g["speakers"]) for g in found] == expected


def test_a_report_delivered_at_the_meeting_makes_a_speaker(extractor):
    """作了大会主题报告, 作工作报告, 作表态发言: the official delivers the meeting's report or statement."""
    from pipeline.io.readers import Document

    text = ("3月15日,全县大气污染防治攻坚推进大会召开。大会由县长王建平主持, "
            "县政府分管环保工作副县长刘晓东作了大会主题报告, 县委副书记赵明宣读了表彰决定。")
    meeting = next(e for e in extractor.process_one(Document("t", text=text)).to_json_dict()["events"]
                   if e["type"] == "meeting")
    assert meeting["speakers"] == ["刘晓东", "赵明"] and meeting["moderator"] == "王建平"


def test_persons_listed_before_a_speaking_verb_and_a_report_on_a_topic_speak(extractor):
    """甲、乙、丙作交流发言: each listed person speaks, posts written or not; 作了关于…的报告 delivers a report."""
    from pipeline.io.readers import Document

    def speakers(text: str) -> list[str]:
        events = extractor.process_one(Document("t", text=text)).to_json_dict()["events"]
        return next(e for e in events if e["type"] == "meeting")["speakers"]

    assert speakers("5月6日,全市河湖长制工作会议召开。周建明、李华清、王志强作交流发言。") == ["周建明", "李华清", "王志强"]
    assert speakers("5月6日,区人大常委会召开会议,区人大城建环保委员会主任委员李素华作了关于本区环境保护目标完成情况的报告。") \
        == ["李素华"]
    # a list that only attends names no speaker
    assert speakers("5月6日,全市河湖长制工作会议召开。周建明、李华清、王志强参加会议。") == []


def test_a_governments_numbered_executive_meeting_is_held_by_the_government(extractor):
    text = ("县政府召开常务会议\n"
            "5月8日，县委副书记、县长罗志红主持召开县政府十七届33次常务会议，研究部署环保督察反馈问题整改工作。"
            "罗志红强调，要压实整改责任。")
    meeting = first_gathering(page_record(extractor, text, UNDATED), "meeting")
    assert meeting["organizer"].endswith("县政府") and meeting["moderator"] == "罗志红"
    assert meeting["date"].endswith("-05-08")


# --- a chiefs' meeting (sentences written for these tests) ---


def test_a_river_chiefs_meeting_is_a_meeting(extractor):
    text = "11月18日下午,袁州区召开2020年第三次总河长会。区委副书记、区长邓宏伟出席并讲话,副区长刘晓梅主持会议。"
    event = first_gathering(yichun_record(extractor, text), "meeting")
    assert event["speakers"] == ["邓宏伟"] and event["moderator"] == "刘晓梅"


def test_a_consultation_or_a_study_session_convened_is_a_meeting(extractor):
    """协商会, 学习会, 会商会: gatherings a body convenes, meetings like any 座谈会."""
    from .page_helpers import page_record
    text = "6月3日,某省政协召开“加强湖泊保护”民主监督协商会。省政协主席韩立平主持会议并讲话。"
    events = [e for e in page_record(extractor, text)["events"] if e["type"] == "meeting"]
    assert events and events[0]["date"] == "XXXX-06-03"
    text = "5月9日,县委书记赵明远主持召开县委理论学习中心组学习会,围绕生态文明思想开展研讨。"
    assert any(e["type"] == "meeting" for e in page_record(extractor, text)["events"])


@pytest.mark.parametrize("kind", ["协调安排会", "工作对接会", "述职评议会"])
def test_gatherings_named_by_their_business_are_meetings(extractor, kind):
    text = f"7月10日,我州召开环境保护督察{kind},安排部署保障工作。州委常委、副州长马立新主持会议并讲话。"
    event = first_gathering(page_record(extractor, text), "meeting")
    assert event["moderator"] == "马立新"


#: a field visit the lead dates, then the 座谈会 the report goes on to (GUIDELINES §5; the set's patrol and survey
#: 座谈会): one meeting on the visit's day, no convener stated, its speakers read from the 座谈会's paragraph
AFTER_VISIT = [
    ("7月31日,城口县生态环境局局长李明伟一行到青川县开展调研,青川县副县长蹇凯陪同调研。\n"
     "座谈会上,双方就环保工作机制进行了交流。李明伟表示,将加强合作。蹇凯强调,要共同保护好生态环境。",
     "XXXX-07-31", ["李明伟", "蹇凯"]),
    ("2023年6月11日,县人大常委会副主任王东一行对全县污染治理情况进行调研。\n"
     "在随后召开的座谈会上,县生态环境分局负责人汇报了工作开展情况,王东指出,要压实责任。",
     "2023-06-11", ["王东"]),
]


@pytest.mark.parametrize(("text", "date", "speakers"), AFTER_VISIT)
def test_a_field_visit_followed_into_its_forum_holds_a_meeting_on_the_visit_s_day(extractor, text, date, speakers):
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert [(g["date"], g["organizer"], g["speakers"]) for g in meetings] == [(date, None, speakers)]


def test_a_speech_given_at_another_forum_holds_no_meeting(extractor):
    text = ("5月3日,县委书记刘明赴某河开展巡河工作。\n"
            "他要求,要深入学习习近平总书记在黄河流域生态保护和高质量发展座谈会上的重要讲话精神。")
    assert not [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]


#: a report telling a meeting's proceedings near its top with no sentence convening it (a page cut before its
#: lead, a lead naming the meeting only): the meeting, dated by the lead's first dated sentence (never the
#: page's stamp), with its speakers
PROCEEDINGS = [
    ("会议听取了全县生态环境保护工作情况汇报,研究部署了近期重点工作。\n"
     "王建国说,要坚决扛起问题整改的政治责任。李海峰强调,要建立长效机制。",
     None, ["王建国", "李海峰"]),
    ("日期: 2024-05-19\n5月16日上午,县生态环境保护委员会办公室组织召集相关部门负责人就秸秆禁烧工作进行交流。\n"
     "会上,副县长赵明通报了近期空气质量状况。",
     "2024-05-16", ["赵明"]),
]


@pytest.mark.parametrize(("text", "date", "speakers"), PROCEEDINGS)
def test_a_meeting_told_by_its_proceedings_is_reported(extractor, text, date, speakers):
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert [(g["date"], g["speakers"]) for g in meetings] == [(date, speakers)]


def test_meetings_only_mentioned_in_passing_report_none(extractor):
    text = "今年以来,全县召开各类会议20余次,会议数量同比减少。县生态环境分局持续开展执法检查。"
    assert not [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]


@pytest.mark.parametrize(("text", "organizer"), [
    ("大众网·海报新闻5月12日讯 5月12日,菏泽市大气污染防治指挥部办公室通报了4月份乡镇空气质量排名,"
     "并对排名后20位的乡镇召开预警座谈会。", "菏泽市大气污染防治指挥部办公室"),
    ("泗洪融媒讯 6月9日,泗洪县生态环境局召开生态环境质量提升推进会。", "泗洪县生态环境局"),
])
def test_an_outlet_opening_its_dateline_never_convenes(extractor, text, organizer):
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert meetings and meetings[0]["organizer"] == organizer


def test_a_committee_s_plenary_written_as_quan_ti_hui_is_held_by_the_committee(extractor):
    text = "近日,某区委生态文明建设委员会2024年全体会召开。区委书记张建军主持会议,副区长李明通报了整改情况。"
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert [(g["organizer"], g["moderator"]) for g in meetings] == [("某区委生态文明建设委员会", "张建军")]


def test_proceedings_after_a_press_conference_s_name_are_that_conference_s(extractor):
    text = ("1月14日,某市政府召开新闻发布会,介绍长三角生态环境协作情况。\n"
            "会上,市生态环境局总工程师柏国强介绍,今年全市空气质量持续改善。")
    found = gatherings(page_record(extractor, text))
    assert [g["type"] for g in found] == ["press_conference"]


def test_the_chair_who_goes_on_to_a_speaking_verb_speaks_too(extractor):
    text = "3月6日上午,市委书记王建平主持召开全市河湖长制工作会议,强调要压实各级河湖长责任。"
    meeting = first_gathering(page_record(extractor, text), "meeting")
    assert meeting["moderator"] == "王建平" and meeting["speakers"] == ["王建平"]
    # the chair who only presides, with attendance after, does not speak
    text = "3月6日上午,市委书记王建平主持召开全市河湖长制工作会议,副市长李国华出席。"
    meeting = first_gathering(page_record(extractor, text), "meeting")
    assert meeting["moderator"] == "王建平" and meeting["speakers"] == []


def test_a_convening_place_written_short_is_the_articles_place_in_full(extractor):
    text = ("临湘召开生态环境保护工作会议\n发布时间:2025-11-20\n\n"
            "今天(11月20日)上午,临湘召开生态环境保护工作会议。临湘市委书记张永明讲话。")
    meeting = first_gathering(page_record(extractor, text), "meeting")
    assert meeting["organizer"] == "临湘市"


def test_only_the_articles_own_places_are_written_in_full():
    from types import SimpleNamespace

    from pipeline.components.context import DocContext
    from pipeline.event_readers.organisers import place_in_full
    page = SimpleNamespace(ctx=DocContext(province="广西壮族自治区", city="桂林市", county="临桂区"))
    assert place_in_full(page, "临桂") == "临桂区" and place_in_full(page, "广西") == "广西壮族自治区"
    assert place_in_full(page, "桂林") == "桂林市"
    assert place_in_full(page, "柳州") == "柳州"  # not the article's place: as written
    assert place_in_full(SimpleNamespace(ctx=None), "临桂") == "临桂"


def test_a_named_person_written_before_zhuchi_chairs_without_a_post(extractor):
    text = "6月2日,全市河长制工作会议召开。市长黄国强出席会议并讲话,市领导李建华主持会议,徐保成通报有关工作情况。"
    meeting = first_gathering(page_record(extractor, text), "meeting")
    assert meeting["moderator"] == "李建华"
    text = "3月1日,全县环保工作会议召开。罗文安主持会议。他指出,要抓好督察反馈问题整改。"
    meeting = first_gathering(page_record(extractor, text), "meeting")
    assert meeting["moderator"] == "罗文安" and meeting["speakers"] == ["罗文安"]
