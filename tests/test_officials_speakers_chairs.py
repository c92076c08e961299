"""Officials' roles at a gathering: who chairs (由…主持), who speaks (讲话, 强调, 要求, 答疑), and who does not
(leaders quoted, instructions relayed or studied).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from pipeline.io.readers import Document

from .page_helpers import (
    NANTONG,
    YICHUN,
    dated_gatherings,
    first_gathering,
    gatherings,
    gatherings_of,
    meetings_of,
    nantong_record,
    officials,
    page_record,
    record_of,
    yichun_record,
)


MEETING_META = {"published": "2023-06-10", "province": "湖北省", "city": "荆州市"}

HUNAN = {"province": "湖南省", "city": "衡阳市", "published": "2024-06-20"}

HENAN = {"published": "2024-06-14", "province": "河南省", "city": None, "county": None}


def test_a_person_opening_a_clause_with_jiu_speaks_on_the_topic(extractor):
    text = ("5月9日,宜春市召开生态环境保护工作会议,市委书记罗建华主持会议并讲话,市领导韩立新、邓宏伟、刘晓梅出席会议。"
            "会议听取了全市生态环境保护工作情况汇报,刘晓梅就下一步重点工作进行了安排部署。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and "刘晓梅" in found[0]["speakers"]
    assert "邓宏伟" not in found[0]["speakers"]


def test_a_clause_opening_on_presiding_has_the_previous_clause_s_official(extractor):
    text = ("2024年5月9日下午,县政府副县长韩立新在县政府三楼会议室,主持召开全县生态环境质量考核工作调度会。"
            "县直有关部门负责同志参加会议。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", county="万载县"))
    assert len(found) == 1 and found[0]["moderator"] == "韩立新"


def test_a_clause_opening_on_its_speaking_verb_has_the_previous_clause_s_official(extractor):
    text = ("宜春讯 在昨日举行的“美丽江西”系列发布会宜春专场上,宜春市市长邹正阳围绕“生态立市”战略的实施,"
            "介绍了全市生态文明建设的举措和成效。\n")
    found = gatherings(yichun_record(extractor, text, province="江西省", city="宜春市", published="2024-06-06"))
    assert found and found[0]["speakers"] == ["邹正阳"]


def test_an_official_named_again_by_surname_and_post_speaks(extractor):
    text = ("9月8日上午,副县长孙立平在县政府三楼会议室主持召开全县大气污染防治工作推进会。"
            "会上,县生态环境分局局长高志远通报了全县空气质量情况。\n"
            "最后,孙县长强调:各乡镇要压实责任,确保完成年度目标任务。")
    found = meetings_of(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and "孙立平" in found[0]["speakers"] and found[0]["moderator"] == "孙立平"


def test_a_surname_and_post_shared_by_two_officials_names_no_speaker(extractor):
    text = ("9月8日上午,涞源县召开全县大气污染防治工作推进会,县生态环境分局局长孙海涛、副局长孙明出席会议。\n"
            "会上,孙局长指出,各乡镇要压实责任。")
    found = meetings_of(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and not {"孙海涛", "孙明"} & set(found[0]["speakers"])


def test_the_one_official_with_that_surname_and_post_speaks(extractor):
    text = ("9月8日上午,涞源县召开全县大气污染防治工作推进会,县生态环境分局局长孙海涛、副县长王明出席会议。\n"
            "会上,孙局长指出,各乡镇要压实责任。")
    found = meetings_of(extractor, text, published="2023-09-09", province="河北省", city="保定市", county="涞源县")
    assert found and "孙海涛" in found[0]["speakers"] and "王明" not in found[0]["speakers"]


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


def test_a_conference_record_page_credits_its_speaker_under_the_speech_heading(extractor):
    text = ("守护青山绿水 建设美丽江城 新闻发布会发布词及记者问答\n\n"
            "新闻发布会发布词\n\n"
            "(市生态环境局党组书记、局长 陈立新)\n\n"
            "各位记者朋友:\n\n大家上午好!今年以来,全市空气优良天数比例为91.2%,同比上升2.1个百分点。")
    rec = page_record(extractor, text, {"province": "江西省", "city": "江城市"})
    found = [e for e in gatherings(rec) if e["type"] == "press_conference"]
    assert found and found[0]["speakers"] == ["陈立新"]


def test_officials_listed_with_semicolons_share_the_answering_verb(extractor):
    text = ("6月5日,常德市武陵区政府新闻办举行新闻发布会。区生态环境分局党组书记、局长周建明;"
            "区水利局副局长黄志华;出席发布会并回答记者提问。")
    rec = page_record(extractor, text, {"published": "2024-06-06", "province": "湖南省", "city": "常德市",
                                         "county": "武陵区"})
    assert {"周建明", "黄志华"} <= set(first_gathering(rec, "press_conference")["speakers"])


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


def test_a_national_leader_quoted_or_studied_is_no_speaker(extractor):
    text = ("5月8日上午,石龙镇召开大气污染防治工作部署会,深入学习习近平生态文明思想,"
            "贯彻落实习近平总书记重要讲话精神。镇党委书记陈国华出席会议并讲话,"
            "要求全镇坚决落实习近平总书记强调的底线要求。")
    found = gatherings_of(extractor, text, published="2024-05-20", province="广东省", city="东莞市", county="石龙镇")
    assert found and found[0]["type"] == "meeting"
    assert found[0]["speakers"] == ["陈国华"]


def test_zuo_before_a_speech_is_the_verb_not_part_of_the_name(extractor):
    text = ("8月3日,平凉市生态环境保护大会召开。平凉市委书记李华作表态发言,平凉市副市长孙立作工作报告,"
            "市长赵刚主持会议。")
    persons = {e["text"] for e in record_of(extractor, text, published="2024-08-05")["entities"] if e["label"] == "PERSON"}
    assert {"李华", "孙立"} <= persons and not {"李华作", "孙立作"} & persons


def test_an_adverb_between_a_name_and_its_speaking_verb(extractor):
    text = ("6月5日,柳州市召开新闻发布会,发布全市生态环境状况。\n"
            "生态环境质量持续改善,全市优良天数比例为96%。\n"
            "市生态环境局局长王建国还公布了上半年的水环境质量状况。")
    found = gatherings_of(extractor, text, published="2020-06-06", province="广西壮族自治区", city="柳州市")
    assert found and found[0]["speakers"] == ["王建国"]


def test_a_feedback_meeting_chaired_by_one_who_also_speaks(extractor):
    text = ("6月12日,中央第三生态环境保护督察组向河南省委、省政府反馈督察情况。反馈会上,督察组组长张明通报督察情况,"
            "省委书记王海主持会议并讲话,省长李强作表态发言。")
    found = gatherings_of(extractor, text, **HENAN)
    assert found and found[0]["organizer"] == "中央第三生态环境保护督察组" and found[0]["date"] == "2024-06-12"
    assert found[0]["moderator"] == "王海" and found[0]["speakers"] == ["张明", "王海", "李强"]


def test_a_leader_who_only_sends_a_written_instruction_is_not_a_speaker(extractor):
    text = ("宜春市近日召开全市生态环境保护工作会议。宜春市委书记周建明作出批示。"
            "宜春市副市长吴立新出席会议并讲话。\n"
            "周建明在批示中指出,全市要持续打好污染防治攻坚战。\n"
            "吴立新强调,要压实各级责任。\n")
    found = gatherings_of(extractor, text, province="江西省", city="宜春市")
    assert found and found[0]["type"] == "meeting"
    assert "周建明" not in found[0]["speakers"]
    assert "吴立新" in found[0]["speakers"]


def test_a_deputy_in_charge_is_no_chair_and_the_chair_is_named_after_you(extractor):
    text = ("3月2日下午,宜春市生态环境局召开一季度工作会议。市生态环境局党组副书记、副局长(主持工作)林远航,"
            "党组成员、副局长韩立新参加会议。会议由市生态环境局党组成员、副局长韩立新主持。\n"
            "林远航在讲话中强调,要抓好督察整改。\n")
    rec = yichun_record(extractor, text)
    found = gatherings(rec)
    assert found and found[0]["moderator"] == "韩立新"
    assert "林远航" in found[0]["speakers"]
    assert officials(rec)["林远航"]["titles"] == ["党组副书记", "副局长"]


def test_the_chair_is_the_person_between_you_and_the_presiding_verb(extractor):
    text = ("7月3日,宜春市召开全市环境保护工作会议。会议由市委常委、常务副市长邓志超主持并听取"
            "市生态环境局局长冯立的汇报。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["moderator"] == "邓志超"


def test_named_persons_who_each_deploy_work_are_speakers(extractor):
    text = ("2月20日,宜春市召开全市生态建设工作会议。市委书记彭建华主持会议并讲话。\n"
            "何文斌、陶立群、龚学军分别就生态廊道、城市绿化、环境保护工作作出安排部署。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and {"何文斌", "陶立群", "龚学军"} <= set(found[0]["speakers"])


def test_a_name_before_a_report_verb_is_read_after_its_post(extractor):
    text = "会上,省生态环境厅党组书记、厅长余正衡汇报全省工作。"
    _, doc = extractor.analyse(Document("t", text=text, meta=YICHUN))
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as if the model had missed the name
    extractor.nlp.get_pipe("officials")(doc)
    assert [o.titles for o in doc._.officials if o.person == "余正衡"] == [["党组书记", "厅长"]]


def test_a_chair_named_after_you_needs_no_post(extractor):
    text = ("4月8日上午,南通市人民政府新闻办公室举行新闻发布会,邀请南通市生态环境局副局长顾海峰出席,"
            "介绍全市生态环境质量状况并回答记者提问。发布会由南通市人民政府新闻办公室陈静怡主持。\n"
            "南通市人民政府新闻办公室陈静怡:\n各位记者,上午好!\n"
            "南通市生态环境局副局长顾海峰:\n各位记者朋友,大家好!\n")
    found = gatherings(nantong_record(extractor, text))
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["moderator"] == "陈静怡"
    assert found[0]["speakers"] == ["顾海峰"]


def test_a_report_in_the_headline_reads_the_chair_in_the_body(extractor):
    text = ("市政府召开大气污染防治工作调度会议\n研究部署秋冬季攻坚任务\n"
            "本报讯 19日上午,市政府召开全市大气污染防治工作调度会议。市长钱立群出席会议并讲话,"
            "市委常委,、常务副市长孙博文主持会议。\n"
            "钱立群强调,要紧盯目标任务,全力改善空气质量。\n")
    found = gatherings(nantong_record(extractor, text))
    assert found and found[0]["moderator"] == "孙博文"
    assert "钱立群" in found[0]["speakers"]


def test_a_subtitle_line_names_the_chair_of_a_headline_report(extractor):
    text = ("市政府召开常务会议\n研究生态环境保护重点工作\n市长钱立群主持会议\n"
            "会议强调,要持续深化污染防治,确保完成年度目标任务。\n")
    found = gatherings(nantong_record(extractor, text))
    assert found and found[0]["moderator"] == "钱立群"


def test_a_speech_given_elsewhere_and_studied_makes_no_speaker(extractor):
    text = ("5月6日下午,如东县召开县生态环境保护委员会全体会议。县委书记陆晓峰出席会议并讲话,"
            "县委副书记、县长许文杰主持会议。\n"
            "会上,传达学习了省委书记宋志远在全省生态环境保护大会上的讲话精神、市委书记吴建华在全市"
            "生态环境保护委员会会议上的重要讲话,通报了全县生态环境质量情况。\n")
    found = gatherings(nantong_record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["moderator"] == "许文杰"
    assert "陆晓峰" in found[0]["speakers"]
    assert "宋志远" not in found[0]["speakers"]
    assert "吴建华" not in found[0]["speakers"]


def test_a_later_mention_the_entity_layer_missed_still_speaks(extractor):
    text = ("本报讯 10月12日上午,市长钱立群主持召开市长办公会议,研究大气污染防治工作。\n"
            "会议听取了市生态环境局的汇报。\n"
            "钱立群强调,要压实各方责任,确保空气质量持续改善。\n")
    _, doc = extractor.analyse(Document("t", text=text, meta=NANTONG))
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
    people = officials(nantong_record(extractor, text))
    assert "强调" not in people
    assert people["孙立伟"]["titles"] == ["副市长"]


def test_an_official_who_demands_speaks(extractor):
    text = ("1月9日,副县长许文杰主持召开全县生态环境质量改善工作会,各乡镇分管负责人参加会议。\n"
            "会议通报了全县生态环境质量情况。\n"
            "许文杰要求,各乡镇各部门要认清形势,压实责任,确保环境质量稳定提升。\n")
    found = gatherings(nantong_record(extractor, text, province="江苏省", city="南通市", county="如东县"))
    assert found and found[0]["moderator"] == "许文杰"
    assert found[0]["speakers"] == ["许文杰"]


def test_every_official_who_presents_or_answers_is_a_speaker(extractor):
    text = ("7月16日,江门市政府新闻办召开新闻发布会。江门市生态环境局局长陈志强通报了全市生态环境质量状况。\n"
            "记者提问后,江门市生态环境局副局长李文华表示,下一步将加强臭氧污染防治。\n"
            "江门市生态环境保护综合执法支队支队长黄立新回答了记者关于执法检查的提问。")
    speakers = dated_gatherings(extractor, text)[0]["speakers"]
    assert {"陈志强", "李文华", "黄立新"} <= set(speakers)


def test_a_transcript_answer_on_the_label_line_is_a_speaker_without_a_title(extractor):
    text = ("12月3日,东平县生态环境分局召开新闻发布会,通报全县空气质量。\n"
            "首先,通报全县空气质量情况。全县优良天数比例为88.5%。\n"
            "记者提问:请介绍一下河道整治项目。\n"
            "孙立军:河道整治工程总投资3000万元,目前已完工。\n")
    found = dated_gatherings(extractor, text)
    assert found and found[0]["speakers"] == ["孙立军"]


def test_a_moderator_named_far_from_the_event_sentence(extractor):
    text = ("7月20日,江门市政府新闻办召开新闻发布会。江门市生态环境局副局长李文华介绍了上半年工作。\n"
            "上半年,全市空气质量优良天数比例为91.2%。\n"
            "全市水质优良断面比例为100%。\n"
            "江门市委宣传部副部长、江门市政府新闻办主任赵明主持发布会时表示,江门将持续改善生态环境。\n")
    found = dated_gatherings(extractor, text)
    assert found[0]["moderator"] == "赵明"
    assert found[0]["speakers"] == ["李文华"]


def test_every_subject_of_a_shared_answering_verb_speaks(extractor):
    text = ("7月16日,江门市政府新闻办召开新闻发布会,江门市生态环境局副局长李文华,"
            "江门市生态环境保护综合执法支队支队长黄立新回答记者提问。")
    assert set(dated_gatherings(extractor, text)[0]["speakers"]) == {"李文华", "黄立新"}


def test_a_presiding_official_who_also_speaks_at_a_meeting_is_both(extractor):
    text = ("3月15日下午,东平县政府副县长王立强主持召开大气污染防治调度会议。\n"
            "会上,县生态环境分局局长刘长青通报了近期工作情况。\n"
            "全县PM2.5平均浓度为35微克/立方米。\n"
            "王立强强调,各部门要压实责任,确保完成年度目标。\n")
    [meeting] = dated_gatherings(extractor, text)
    assert meeting["moderator"] == "王立强"
    assert set(meeting["speakers"]) == {"刘长青", "王立强"}


def test_an_official_who_sets_out_requirements_after_a_meeting_speaks(extractor):
    text = ("8月2日,全市大气污染防治工作推进会议召开。副市长陈立平出席会议。\n"
            "就做好下一步工作,陈立平提出三点要求。一是提高认识,二是压实责任。\n")
    [meeting] = dated_gatherings(extractor, text)
    assert meeting["speakers"] == ["陈立平"]


def test_bracketed_labels_and_role_headers_of_a_transcript(extractor):
    text = ("7月10日上午,江门市政府新闻办召开新闻发布会,介绍上半年生态环境保护工作。\n"
            "主持人:江门市政府新闻办副主任周海燕\n"
            "【发布人】江门市生态环境局局长陈志强\n"
            "上半年全市空气质量优良天数比例为91.2%。\n"
            "【李文华】\n"
            "下一步我们将加强臭氧污染防治。\n")
    [press] = dated_gatherings(extractor, text)
    assert press["moderator"] == "周海燕"
    assert set(press["speakers"]) == {"陈志强", "李文华"}


def test_presiding_over_another_meeting_does_not_make_the_press_conference_moderator(extractor):
    text = ("7月20日,江门市政府新闻办召开新闻发布会。江门市生态环境局副局长李文华介绍了上半年工作。\n"
            "此前,市委书记王志刚主持召开市委常委会会议,研究部署生态环境保护工作。\n")
    assert dated_gatherings(extractor, text)[0]["moderator"] is None


def test_an_exchange_speech_later_in_a_meeting_report_makes_a_speaker(extractor):
    text = ("7月9日,江门市生态环境局召开上半年工作推进会。局长徐立东出席会议并讲话。\n"
            "上半年,全市空气质量优良天数比例为91.2%。\n"
            "全市水质优良断面比例为100%。\n"
            "市生态环境局台山分局局长汪志明作交流发言,介绍了农村环境整治的做法。\n")
    [meeting] = dated_gatherings(extractor, text)
    assert set(meeting["speakers"]) == {"徐立东", "汪志明"}


def test_officials_listed_before_taking_up_a_topic_each_speak(extractor):
    # [posts]甲，[posts]乙分别就…进行了安排: each takes up a topic, whatever verb closes the clause
    text = ("6月3日,县生态环境保护委员会召开全体会议,县委书记孟庆林主持会议。"
            "县委常委、常务副县长韩志远,县委常委、宣传部长罗佳敏分别就秸秆禁烧、河道保洁等工作进行了安排。\n")
    meeting = first_gathering(page_record(extractor, text, MEETING_META), "meeting")
    assert meeting["moderator"] == "孟庆林"
    assert {"韩志远", "罗佳敏"} <= set(meeting["speakers"])


def test_a_sentence_opening_on_a_pronoun_speaks_for_the_one_official_before_it(extractor):
    text = ("5月9日,县生态环境保护委员会召开全体会议。县委副书记、县长贺明远主持会议。"
            "他逐项梳理了突出问题清单,并提出了整改措施。\n")
    meeting = first_gathering(page_record(extractor, text, MEETING_META), "meeting")
    assert meeting["moderator"] == "贺明远"
    assert "贺明远" in meeting["speakers"]


def test_a_pronoun_after_a_sentence_naming_two_officials_speaks_for_no_one(extractor):
    text = ("5月9日,县生态环境保护委员会召开全体会议。县委书记孔德山出席,县长贺明远主持会议。"
            "他逐项梳理了突出问题清单,并提出了整改措施。\n")
    meeting = first_gathering(page_record(extractor, text, MEETING_META), "meeting")
    assert not {"孔德山", "贺明远"} & set(meeting.get("speakers") or [])


def test_an_official_who_speaks_while_presiding_chairs_and_speaks(extractor):
    text = ("11月3日,全区河湖长制工作推进会议召开,区委副书记、区长陈思婷出席会议并讲话,区委副书记吴国龙出席会议。\n"
            "陈思婷指出,要压紧压实各级河湖长责任。\n"
            "吴国龙在主持会议时要求,各部门要细化任务、抓好落实。\n")
    found = meetings_of(extractor, text, **MEETING_META)
    assert len(found) == 1 and found[0]["moderator"] == "吴国龙"
    assert set(found[0]["speakers"]) == {"陈思婷", "吴国龙"}


def test_an_official_who_gives_an_address_speaks(extractor):
    text = "9月5日,省湿地保护协会常务理事会议在江城召开。省林业局副局长黄海涛致辞,协会会长王立新作工作报告。\n"
    found = meetings_of(extractor, text, **MEETING_META)
    assert len(found) == 1 and {"黄海涛", "王立新"} <= set(found[0]["speakers"])


def test_arranging_guiding_announcing_and_proposing_are_speech(extractor):
    text = ("5月9日,宜春市召开河湖长制工作会议,副市长邹立新主持会议并作了讲话。市长黄建明作具体安排,"
            "市政协主席刘国华出席会议并作工作指导,市政协副主席陈建平建议,将袁河纳入重点治理。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1
    assert {"邹立新", "黄建明", "刘国华", "陈建平"} <= set(found[0]["speakers"])
    assert found[0]["moderator"] == "邹立新"


def test_an_official_announcing_at_a_press_conference_speaks(extractor):
    text = ("5月9日,宜春市政府新闻办举行新闻发布会,市生态环境局局长罗明宣布,2024年全市PM2.5平均浓度为28微克/立方米。\n")
    found = gatherings(yichun_record(extractor, text))
    assert len(found) == 1 and found[0]["speakers"] == ["罗明"]
