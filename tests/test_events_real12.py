"""Patterns found in the round-12 real pages (events and officials): a reporter who learned the news at a
work meeting (``记者从…会议上获悉``) reports that meeting, two names joined by 暨 being one gathering
convened by the body opening the first; officials who 宣读 (read out) or 答疑 (answer questions) at a
meeting speak, while the author of an instruction read out there (宣读了甲对…所作的批示) does not.
Every sentence is written for these tests.
"""

from __future__ import annotations

from tests.page_helpers import gatherings, officials, page_record


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


def test_an_official_of_a_body_named_short_keeps_the_name_as_written(extractor):
    """GUIDELINES §4 (session 8): only a bare level prefix is normalised; a short name is not expanded to
    the full name written elsewhere (ANNOTATION s.1: no expansion)."""
    text = ("经查,九江市城市管理局未按规定履行监管职责,负有主要责任。"
            "对城管局执法科科长周立新进行诫勉谈话。")
    rec = page_record(extractor, text, {"published": "2023-03-13", "province": "江西省", "city": "九江市"})
    assert officials(rec)["周立新"]["org"] == "城管局执法科"

def test_a_firm_named_as_the_first_of_a_count_is_no_single_case(extractor):
    text = ("今年3月至4月,市生态环境局开展扬尘污染专项执法检查,"
            "对白银市金城建材有限责任公司、宏达砂石厂等27家企业的环境违法行为立案查处。")
    rec = page_record(extractor, text, {"published": "2023-05-06", "province": "甘肃省", "city": "白银市"})
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found and found[0]["jurisdiction"] == "白银市"
    assert found[0]["metrics"].get("enforcement.penalty_cases") == 27


def test_one_firm_fined_stays_a_single_case(extractor):
    text = "今年4月,市生态环境局对白银市金城建材有限责任公司扬尘污染违法行为立案查处,罚款5万元。"
    rec = page_record(extractor, text, {"published": "2023-05-06", "province": "甘肃省", "city": "白银市"})
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


MEETING_META = {"published": "2023-06-10", "province": "湖北省", "city": "荆州市"}


def test_officials_who_read_out_a_report_or_answer_questions_speak(extractor):
    text = ("6月9日上午,荆州市召开全市大气污染防治工作推进会。副市长陈立华主持会议。"
            "会上,市生态环境局副局长张志强宣读了上半年考核结果,市环境监测站站长刘红梅进行现场答疑。")
    rec = page_record(extractor, text, MEETING_META)
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and {"张志强", "刘红梅"} <= set(found[0]["speakers"])


def test_an_instruction_read_out_at_a_meeting_is_not_its_authors_speech(extractor):
    text = ("6月9日上午,荆州市召开全市大气污染防治工作推进会。副市长陈立华出席会议并讲话。"
            "会议宣读了市长王立新对全市大气污染防治工作所作的批示。")
    rec = page_record(extractor, text, MEETING_META)
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and "陈立华" in found[0]["speakers"] and "王立新" not in found[0]["speakers"]


def test_posts_without_a_body_are_the_conveners_own(extractor):
    text = ("6月3日上午,巫溪县生态环境局召开2023年第二季度新闻发布会。"
            "发布会由县环保宣传教育中心主任王芳主持,总工程师李建国介绍了全县生态环境质量状况。\n"
            "副局长陈晓峰回答了记者提问。")
    rec = page_record(extractor, text, {"published": "2023-06-04", "province": "重庆市", "city": "重庆市", "county": "巫溪县"})
    people = officials(rec)
    assert people["李建国"]["org"] == "巫溪县生态环境局"
    assert people["陈晓峰"]["org"] == "巫溪县生态环境局"
    assert people["王芳"]["org"] != "巫溪县生态环境局"


def test_a_post_the_convener_cannot_hold_names_no_body(extractor):
    text = "6月3日上午,巫溪县生态环境局召开2023年第二季度新闻发布会。副县长陈晓峰介绍了全县生态环境质量状况。"
    rec = page_record(extractor, text, {"published": "2023-06-04", "province": "重庆市", "city": "重庆市", "county": "巫溪县"})
    assert officials(rec)["陈晓峰"]["org"] != "巫溪县生态环境局"


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


def test_a_fine_on_a_firm_left_unnamed_is_one_case(extractor):
    text = ("6月,市生态环境局对辖区内某生猪养殖场下达行政处罚决定书,罚款21万元。\n"
            "今年以来,全市共查处环境违法案件12起,罚款金额86.4万元。")
    rec = page_record(extractor, text, {"published": "2023-07-02", "province": "湖南省", "city": "常德市"})
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 864000


def test_a_conference_record_page_credits_its_speaker_under_the_speech_heading(extractor):
    text = ("守护青山绿水 建设美丽江城 新闻发布会发布词及记者问答\n\n"
            "新闻发布会发布词\n\n"
            "(市生态环境局党组书记、局长 陈立新)\n\n"
            "各位记者朋友:\n\n大家上午好!今年以来,全市空气优良天数比例为91.2%,同比上升2.1个百分点。")
    rec = page_record(extractor, text, {"province": "江西省", "city": "江城市"})
    found = [e for e in gatherings(rec) if e["type"] == "press_conference"]
    assert found and found[0]["speakers"] == ["陈立新"]
