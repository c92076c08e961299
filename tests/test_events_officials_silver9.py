"""Patterns found reviewing unannotated real pages (round 9, events and officials): a chair named
after 由 with no post of their own, a report written in the headline whose chair and speakers are
in the body below, a speech given elsewhere and studied at the meeting, meetings named by a post
(市长周例会), and later mentions of an official the entity layer tagged only once. Every sentence
is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document

from .page_helpers import gatherings, page_record, officials

META = {"province": "江苏省", "city": "南通市"}


def record(extractor, text: str, **meta) -> dict:
    return page_record(extractor, text, meta or META)


def test_a_chair_named_after_you_needs_no_post(extractor):
    text = ("4月8日上午,南通市人民政府新闻办公室举行新闻发布会,邀请南通市生态环境局副局长顾海峰出席,"
            "介绍全市生态环境质量状况并回答记者提问。发布会由南通市人民政府新闻办公室陈静怡主持。\n"
            "南通市人民政府新闻办公室陈静怡:\n各位记者,上午好!\n"
            "南通市生态环境局副局长顾海峰:\n各位记者朋友,大家好!\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["moderator"] == "陈静怡"
    assert found[0]["speakers"] == ["顾海峰"]


def test_a_report_in_the_headline_reads_the_chair_in_the_body(extractor):
    text = ("市政府召开大气污染防治工作调度会议\n研究部署秋冬季攻坚任务\n"
            "本报讯 19日上午,市政府召开全市大气污染防治工作调度会议。市长钱立群出席会议并讲话,"
            "市委常委,、常务副市长孙博文主持会议。\n"
            "钱立群强调,要紧盯目标任务,全力改善空气质量。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["moderator"] == "孙博文"
    assert "钱立群" in found[0]["speakers"]


def test_a_subtitle_line_names_the_chair_of_a_headline_report(extractor):
    text = ("市政府召开常务会议\n研究生态环境保护重点工作\n市长钱立群主持会议\n"
            "会议强调,要持续深化污染防治,确保完成年度目标任务。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["moderator"] == "钱立群"


def test_a_speech_given_elsewhere_and_studied_makes_no_speaker(extractor):
    text = ("5月6日下午,如东县召开县生态环境保护委员会全体会议。县委书记陆晓峰出席会议并讲话,"
            "县委副书记、县长许文杰主持会议。\n"
            "会上,传达学习了省委书记宋志远在全省生态环境保护大会上的讲话精神、市委书记吴建华在全市"
            "生态环境保护委员会会议上的重要讲话,通报了全县生态环境质量情况。\n")
    found = gatherings(record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["moderator"] == "许文杰"
    assert "陆晓峰" in found[0]["speakers"]
    assert "宋志远" not in found[0]["speakers"]
    assert "吴建华" not in found[0]["speakers"]


def test_a_meeting_named_by_a_post_is_a_meeting_and_no_person(extractor):
    text = ("本报讯 10月12日上午,市长钱立群主持召开市长周例会,听取近期重点工作汇报,"
            "安排部署秋冬季大气污染防治工作。\n")
    rec = record(extractor, text)
    assert "周例会" not in officials(rec)
    found = gatherings(rec)
    assert found and found[0]["type"] == "meeting"
    assert found[0]["date"] == "XXXX-10-12"
    assert found[0]["moderator"] == "钱立群"


def test_a_later_mention_the_entity_layer_missed_still_speaks(extractor):
    text = ("本报讯 10月12日上午,市长钱立群主持召开市长办公会议,研究大气污染防治工作。\n"
            "会议听取了市生态环境局的汇报。\n"
            "钱立群强调,要压实各方责任,确保空气质量持续改善。\n")
    _, doc = extractor.analyse(Document("t", text=text, meta=META))
    first = min(e.start_char for e in doc.ents if e.label_ == "PERSON" and e.text == "钱立群")
    # as if the model had tagged the name only where the post stands before it
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON" or e.start_char == first]
    for name in ("officials", "events"):
        extractor.nlp.get_pipe(name)(doc)
    [meeting] = [e for e in doc._.events if e.type == "meeting"]
    assert meeting.moderator == "钱立群"
    assert "钱立群" in meeting.speakers


def test_a_speaking_verb_after_a_post_written_after_the_name_is_no_name(extractor):
    text = "9月3日,南通市召开生态环境保护工作推进会。会上,孙立伟副市长强调,要持续改善环境质量。\n"
    people = officials(record(extractor, text))
    assert "强调" not in people
    assert people["孙立伟"]["titles"] == ["副市长"]


def test_huanbao_is_the_short_form_of_huanjing_baohu_in_one_body_s_name(extractor):
    text = ("11月5日下午,省第二环境保护督察组督察南通市情况反馈会召开。省第二环保督察组组长赵明远"
            "通报督察反馈意见,市委书记钱立群作表态发言。\n")
    rec = record(extractor, text)
    assert officials(rec)["赵明远"]["org"] == "江苏省第二环境保护督察组"
    found = gatherings(rec)
    assert found and found[0]["organizer"] == "江苏省第二环境保护督察组"


def test_a_place_written_short_in_a_headline_takes_the_body_s_full_name(extractor):
    text = ("文字实录|江苏生态环境厅召开9月新闻发布会\n"
            "近日,江苏省生态环境厅召开9月份新闻发布会,通报8月全省水环境质量情况。\n"
            "主持人(省生态环境厅宣教处处长吴海明):各位记者朋友,上午好!\n")
    found = gatherings(record(extractor, text, province="江苏省"))
    assert found and found[0]["organizer"] == "江苏省生态环境厅"
    assert found[0]["moderator"] == "吴海明"


def test_a_body_written_after_zai_is_the_venue_not_the_convener(extractor):
    text = ("3月12日,南通市生态环境局局长周文斌一行来如东县调研生态环境保护工作。随后,在市生态环境局如东分局"
            "召开座谈会,听取全县生态环境保护工作情况汇报。\n")
    found = gatherings(record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["type"] == "meeting"
    assert found[0]["organizer"] != "南通市生态环境局如东分局"


def test_an_official_who_demands_speaks(extractor):
    text = ("1月9日,副县长许文杰主持召开全县生态环境质量改善工作会,各乡镇分管负责人参加会议。\n"
            "会议通报了全县生态环境质量情况。\n"
            "许文杰要求,各乡镇各部门要认清形势,压实责任,确保环境质量稳定提升。\n")
    found = gatherings(record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["moderator"] == "许文杰"
    assert found[0]["speakers"] == ["许文杰"]


def test_a_lunar_date_beside_the_calendar_one_dates_no_meeting(extractor):
    from pipeline.io.readers import Document
    text = ("北京时间2023年3月6日(农历2023年2月15日),星期一,某县召开2023年度生态环境保护工作会议。\n"
            "会议由县政府副县长李建国主持,县生态环境分局局长王明通报了2022年度考核结果。")
    events = extractor.process_one(Document("lunar", text=text)).to_json_dict()["events"]
    meetings = [e for e in events if e["type"] == "meeting"]
    assert [e["date"] for e in meetings] == ["2023-03-06"]


def test_the_year_of_the_figures_does_not_date_the_press_conference(extractor):
    from pipeline.io.readers import Document
    text = ("某省发布2022年生态环境状况公报\n"
            "本报讯 昨日(6月5日),省生态环境厅召开6月例行新闻发布会,发布2022年全省生态环境状况。"
            "公报显示,2022年全省环境空气质量优良天数比例为92.1%。")
    events = [e for e in extractor.process_one(Document("figures-year", text=text)).to_json_dict()["events"]
              if e["type"] == "press_conference"]
    assert [e["date"] for e in events] == ["XXXX-06-05"]


def test_a_date_written_with_its_year_keeps_it(extractor):
    from pipeline.io.readers import Document
    text = "2023年6月5日,省生态环境厅召开新闻发布会,发布2022年全省生态环境状况。"
    events = [e for e in extractor.process_one(Document("own-year", text=text)).to_json_dict()["events"]
              if e["type"] == "press_conference"]
    assert [e["date"] for e in events] == ["2023-06-05"]
