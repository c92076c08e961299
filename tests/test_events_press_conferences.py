"""Press conferences: what records one (a moderator's turn, a briefing, a lead under header lines), and what
does not (an answer turn, a conference still to come).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from .page_helpers import dated_gatherings, first_gathering, gatherings, gatherings_of, page_record, yichun_record


TRANSCRIPT = (
    "宜春市人民政府新闻办副主任周文涛:女士们、先生们,记者朋友们:大家上午好!欢迎参加“绿色宜春”系列新闻发布会。\n"
    "首先介绍出席今天发布会的发布人: 宜春市生态环境局局长邓宏伟先生; 宜春市水利局副局长刘晓梅女士。"
    "有请邓宏伟先生发布。\n"
    "宜春市生态环境局局长邓宏伟:各位记者,大家好!今年以来,全市空气质量优良天数比率为95.1%。\n"
)

LUOYANG = {"published": "2024-09-20", "province": "河南省", "city": "洛阳市", "county": None}


def test_a_moderator_s_opening_turn_records_the_press_conference(extractor):
    found = gatherings(yichun_record(extractor, TRANSCRIPT))
    assert len(found) == 1 and found[0]["type"] == "press_conference"
    assert found[0]["moderator"] == "周文涛"
    assert set(found[0]["speakers"]) == {"邓宏伟", "刘晓梅"}


def test_the_body_opening_the_conference_s_name_in_a_transcript_lead_holds_it(extractor):
    text = ("宜春讯 6月3日,宜春市政府新闻办“奋进宜春”系列主题新闻发布会第三场,宜春市生态环境局副局长邓宏伟进行发布。"
            "全程实录如下:\n"
            "宜春市委宣传部周文涛:\n各位记者朋友:欢迎参加今天的新闻发布会。\n"
            "宜春市生态环境局副局长邓宏伟:\n谢谢主持人。今年以来,全市水质持续改善。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2025-06-05"))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市政府新闻办"
    assert found[0]["date"] == "2025-06-03" and found[0]["moderator"] == "周文涛"
    assert found[0]["speakers"] == ["邓宏伟"]


def test_an_answer_turn_that_welcomes_no_one_records_no_conference(extractor):
    text = ("宜春市生态环境局局长邓宏伟:今年以来,全市空气质量持续改善,我们将继续召开专题会议研究大气治理。\n"
            "记者:请问下一步有何打算?\n")
    assert [e for e in gatherings(yichun_record(extractor, text)) if e["type"] == "press_conference"] == []


def test_a_policy_briefing_is_a_press_conference(extractor):
    found = gatherings_of(extractor, "6月3日,洛阳市生态环境局召开政策吹风会,副局长孙杰介绍了排污许可改革情况。", **LUOYANG)
    assert [(e["type"], e["speakers"]) for e in found] == [("press_conference", ["孙杰"])]


def test_an_occasion_that_is_about_to_come_does_not_make_the_event_background(extractor):
    text = "六五环境日即将到来之际,宜春市生态环境局召开新闻发布会,发布全市年度生态环境状况公报。"
    found = gatherings_of(extractor, text, province="江西省", city="宜春市")
    assert [e["type"] for e in found] == ["press_conference"]
    assert found[0]["organizer"] == "宜春市生态环境局"


def test_a_press_conference_announced_as_future_stays_background(extractor):
    text = "下月,宜春市生态环境局将召开新闻发布会,发布全市年度生态环境状况公报。"
    assert gatherings_of(extractor, text, province="江西省", city="宜春市") == []


def test_short_header_lines_do_not_push_the_report_out_of_the_lead(extractor):
    text = ("首页>要闻\n宜春发布年度环境公报\n2024-06-04 09:12 来源:宜春日报\n【图片】\n"
            "记者日前获悉,宜春市生态环境局召开新闻发布会,发布全市年度生态环境状况公报,"
            "全市空气质量持续改善。\n")
    found = gatherings_of(extractor, text, province="江西省", city="宜春市")
    assert [e["type"] for e in found] == ["press_conference"]


def test_reported_at_a_press_conference_without_a_convening_verb(extractor):
    text = ("记者7月18日在江门市政府新闻办新闻发布会上获悉,上半年全市空气质量优良天数比例为91.2%。"
            "江门市生态环境局党组书记、局长陈志强介绍,全市PM2.5平均浓度为21微克/立方米。")
    found = dated_gatherings(extractor, text)
    assert [e["type"] for e in found] == ["press_conference"]
    assert found[0]["date"] == "2024-07-18"
    assert "陈志强" in found[0]["speakers"]


def test_a_press_conference_named_before_its_verb(extractor):
    text = ("7月16日上午,“美丽江门”主题新闻发布会在市民服务中心举行。"
            "江门市生态环境局副局长李文华介绍了上半年工作。")
    found = dated_gatherings(extractor, text)
    assert found and found[0]["type"] == "press_conference" and found[0]["date"] == "2024-07-16"
    assert found[0]["organizer"] != "市民服务中心"


def test_a_headline_run_into_the_lead_leaves_the_convener_to_the_lead(extractor):
    # the page lost the line break after the headline: the lead's own 召开 says who convened
    text = ("2024年某某环境日新闻发布会召开,生态环境质量持续改善6月3日上午,盐城市召开“2024年六五环境日”新闻发布会,"
            "市生态环境局局长王建华介绍了全市生态环境质量情况。")
    conference = first_gathering(page_record(extractor, text, {}), "press_conference")
    assert conference["organizer"] == "盐城市" and conference["date"] == "2024-06-03"


def test_a_body_after_zai_that_convened_the_conference_it_describes_is_the_organizer(extractor):
    # 在X18日召开的…发布会上: 在 opens the frame 在…上, X is the subject of 召开的
    text = ("“全市空气质量持续改善。”在洛阳市人民政府新闻办公室18日召开的“洛阳这五年”专场新闻发布会上,"
            "洛阳市生态环境局局长李明华介绍说,五年来全市空气质量持续改善。\n")
    conference = first_gathering(page_record(extractor, text, LUOYANG), "press_conference")
    assert conference["organizer"] == "洛阳市人民政府新闻办公室"
    assert conference["speakers"] == ["李明华"]


def test_a_conference_named_as_the_subject_of_what_it_announced_is_reported(extractor):
    text = ("蓝天白云成了市民朋友圈的常客。9月3日上午,全市生态环境保护工作新闻发布会公布的数据显示,"
            "今年1至8月全市空气质量优良天数比例为91.3%。")
    found = gatherings_of(extractor, text, province="湖南省", city="常德市")
    assert [g["date"] for g in found if g["type"] == "press_conference"] == ["XXXX-09-03"]


def test_a_conference_s_record_in_the_headline_is_no_announcement_by_name(extractor):
    text = "常德市生态环境质量新闻发布会发布词\n各位记者朋友,大家好!今年以来全市空气质量持续改善。"
    found = gatherings_of(extractor, text, province="湖南省", city="常德市")
    assert all(g["date"] is None for g in found)


ROSTER_PAGE = ("某某厅2024年5月例行新闻发布会\n"
               "时  间：2024年5月14日 上午10:00\n"
               "地  点：某某厅新闻发布厅\n"
               "发布人员：\n"
               "郑海波 自治区生态环境厅副厅长\n"
               "唐晓梅 自治区生态环境厅水生态环境处处长\n"
               "主持人：\n"
               "覃丽萍 自治区生态环境厅办公室主任\n"
               "覃丽萍：各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。\n"
               "郑海波：今年以来，全区PM2.5平均浓度为24微克/立方米。\n")


def test_a_roster_under_its_role_header_gives_the_speakers_and_the_moderator(extractor):
    conference = first_gathering(page_record(extractor, ROSTER_PAGE), "press_conference")
    assert conference["speakers"][:2] == ["郑海波", "唐晓梅"] and conference["moderator"] == "覃丽萍"
    assert conference["date"] == "2024-05-14"


def test_roster_lines_give_each_name_its_own_body_and_post(extractor):
    found = {o["person"]: (o["titles"], o["org"]) for o in page_record(extractor, ROSTER_PAGE)["officials"]}
    assert found["郑海波"] == (["副厅长"], "自治区生态环境厅")
    assert found["唐晓梅"] == (["处长"], "自治区生态环境厅水生态环境处")


def test_the_moderator_under_a_role_header_and_the_people_introduced_in_roster_lines(extractor):
    text = ("主持人\n"
            "邵文华:各位媒体朋友,大家上午好!欢迎参加由宜春市人民政府新闻办公室召开的新闻发布会。\n"
            "首先介绍出席今天发布会的发布人,他们是:\n"
            "宜春市生态环境局党组成员、副局长 邓宏伟先生\n"
            "宜春市水利局副局长 刘晓梅女士\n"
            "下面,有请邓宏伟先生介绍全市水环境治理情况。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2025-06-05"))
    assert len(found) == 1 and found[0]["moderator"] == "邵文华"
    assert set(found[0]["speakers"]) == {"邓宏伟", "刘晓梅"}


def test_officials_listed_before_one_speaking_verb_all_speak(extractor):
    text = ("6月3日上午,宜春市生态环境局召开6月份例行新闻发布会。\n"
            "会议介绍了上半年工作。\n"
            "市生态环境局大气环境科科长邓宏伟、水生态环境科科长刘晓梅、一级主任科员胡志平介绍有关情况,并回答记者提问。")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2025-06-05"))
    assert len(found) == 1
    assert {"邓宏伟", "刘晓梅", "胡志平"} <= set(found[0]["speakers"])


def test_officials_answering_together_and_an_official_who_says_speak(extractor):
    text = ("6月3日上午,宜春市政府新闻办举行新闻发布会。\n"
            "市生态环境局局长邓宏伟介绍了全市生态环境保护情况,并与市水利局副局长刘晓梅、市林业和草原局副局长胡志平一起,"
            "回答了记者提问。\n市自然资源局副局长周建军称,全市已完成矿山修复12处。")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2025-06-05"))
    assert len(found) == 1
    assert {"邓宏伟", "刘晓梅", "胡志平", "周建军"} <= set(found[0]["speakers"])


# --- guests attending a 记者会, introduced in a second turn, listed under role headers (sentences written for these tests) ---


def test_guests_listed_as_attending_a_jizhehui_share_the_verb_after_it(extractor):
    text = ("3月9日上午,宜春市人民政府新闻办公室举行民生主题记者会。市教育局局长邓宏伟,市民政局局长刘晓梅,"
            "市生态环境局局长周文涛和市住建局副局长黄立群出席记者会,介绍全市民生工作有关情况,并回答记者提问。"
            "记者会由市政府新闻办主任陈国庆主持。")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert set(event["speakers"]) == {"邓宏伟", "刘晓梅", "周文涛", "黄立群"}
    assert event["moderator"] == "陈国庆"


def test_those_attending_a_meeting_do_not_speak_for_a_later_clause_that_does_not_open_on_its_verb(extractor):
    text = ("3月9日上午,宜春市人民政府新闻办公室举行民生主题记者会。市教育局局长邓宏伟,市民政局局长刘晓梅出席记者会,"
            "会上市生态环境局局长周文涛介绍了全市空气质量情况。")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert "邓宏伟" not in event["speakers"] and "周文涛" in event["speakers"]


def test_guests_introduced_in_the_moderators_second_turn_speak(extractor):
    text = ("主持人 陈国庆:\n女士们、先生们,大家下午好!欢迎出席宜春市人民政府新闻办公室新闻发布会。\n"
            "主持人 陈国庆:\n今天我们邀请到:市生态环境局局长邓宏伟先生,市水利局副局长刘晓梅女士,"
            "市林业局总工程师周文涛先生,请他们介绍有关情况。\n"
            "邓宏伟:\n各位记者,大家好!今年以来,全市空气质量优良天数比率为95.1%。\n")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert {"邓宏伟", "刘晓梅", "周文涛"} <= set(event["speakers"])
    assert event["moderator"] == "陈国庆"


def test_a_roster_under_role_headers_without_colons_names_speakers_and_chair(extractor):
    text = ("宜春市纪念世界水日新闻发布会\n时间:2020年3月20日15时\n\n发布人\n\n市水利局党组书记、局长 邓宏伟\n\n"
            "市水利局党组成员、总工程师 刘晓梅\n\n主持人\n\n市政府新闻办副主任  陈国庆\n\n"
            "主持人:各位记者朋友,下午好!欢迎大家出席宜春市政府新闻办新闻发布会。\n")
    event = first_gathering(yichun_record(extractor, text), "press_conference")
    assert set(event["speakers"]) == {"邓宏伟", "刘晓梅"}
    assert event["moderator"] == "陈国庆"


def test_a_speaker_who_spoke_at_the_conference_written_between_name_and_verb(extractor):
    from .page_helpers import page_record
    text = ("11月21日,省政府新闻办举行新闻发布会。省生态环境厅厅长刘建国介绍了全省空气质量情况。"
            "省生态环境厅副厅长林志远在发布会上表示,将深入开展冬季空气质量提升行动。"
            "省生态环境厅大气环境处副处长许技科介绍,全省优良天数比例持续提升。")
    events = [e for e in page_record(extractor, text)["events"] if e["type"] == "press_conference"]
    assert events and {"刘建国", "林志远", "许技科"} <= set(events[0]["speakers"])


def test_the_officials_invited_in_the_report_present_whatever_verb_is_cut_off(extractor):
    text = ("6月5日,某市人民政府新闻办公室召开新闻发布会,请市生态环境局副局长高立新、大气环境处处长许文涛、"
            "水生态环境处副处长韩冬梅\n\n去年全市优良天数为320天。")
    event = first_gathering(page_record(extractor, text), "press_conference")
    assert event["speakers"] == ["高立新", "许文涛", "韩冬梅"]
    # one invited to chair is the moderator, not a speaker
    text = "某市政府新闻办召开新闻发布会,请市政府新闻办副主任林晓主持,市生态环境局局长王建新介绍情况。"
    event = first_gathering(page_record(extractor, text), "press_conference")
    assert "林晓" not in event["speakers"] and "王建新" in event["speakers"]


def test_a_conference_named_in_quotes_that_reporters_learned_from_is_reported(extractor):
    text = ("本报银川6月3日电 记者3日从“黄河流域生态保护宣传月新闻发布会”上获悉,"
            "黄河干流宁夏段水质连续多年保持Ⅱ类。")
    found = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "press_conference"]
    assert found and found[0]["date"] == "XXXX-06-03"
