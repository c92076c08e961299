"""Press conferences and meetings as real pages report them (sentences written for these tests)."""

from __future__ import annotations

from pipeline.io.readers import Document


def events(extractor, text: str, published: str | None = "2024-07-20") -> list[dict]:
    meta = {"published": published} if published else {}
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return [e for e in record["events"] if e["type"] != "enforcement_outcome"]


def test_reported_at_a_press_conference_without_a_convening_verb(extractor):
    text = ("记者7月18日在江门市政府新闻办新闻发布会上获悉,上半年全市空气质量优良天数比例为91.2%。"
            "江门市生态环境局党组书记、局长陈志强介绍,全市PM2.5平均浓度为21微克/立方米。")
    found = events(extractor, text)
    assert [e["type"] for e in found] == ["press_conference"]
    assert found[0]["date"] == "2024-07-18"
    assert "陈志强" in found[0]["speakers"]


def test_a_press_conference_named_before_its_verb(extractor):
    text = ("7月16日上午,“美丽江门”主题新闻发布会在市民服务中心举行。"
            "江门市生态环境局副局长李文华介绍了上半年工作。")
    found = events(extractor, text)
    assert found and found[0]["type"] == "press_conference" and found[0]["date"] == "2024-07-16"
    assert found[0]["organizer"] != "市民服务中心"


def test_every_official_who_presents_or_answers_is_a_speaker(extractor):
    text = ("7月16日,江门市政府新闻办召开新闻发布会。江门市生态环境局局长陈志强通报了全市生态环境质量状况。\n"
            "记者提问后,江门市生态环境局副局长李文华表示,下一步将加强臭氧污染防治。\n"
            "江门市生态环境保护综合执法支队支队长黄立新回答了记者关于执法检查的提问。")
    speakers = events(extractor, text)[0]["speakers"]
    assert {"陈志强", "李文华", "黄立新"} <= set(speakers)


def test_a_city_wide_meeting_is_not_organised_by_the_city_but_our_city_convenes(extractor):
    unnamed = events(extractor, "3月15日,全市生态环境保护工作动员大会召开,副市长王刚出席并讲话。")
    assert unnamed and unnamed[0]["type"] == "meeting" and unnamed[0]["organizer"] is None
    ours = events(extractor, "江门市生态环境局通报。3月15日,我市召开生态环境保护工作会议,副市长王刚出席并讲话。")
    assert ours and ours[0]["organizer"] == "江门市"


def test_an_order_of_magnitude_in_the_lead_gives_way_to_the_figure(extractor):
    text = ("浙江省去年立案查处环境违法案件逾万件,罚款超4亿元。\n"
            "据介绍,2023年全省共立案查处环境违法案件12513件,罚款金额4.63亿元。")
    record = extractor.process_one(Document("t", text=text, meta={"published": "2024-02-01"})).to_json_dict()
    outcome = next(e for e in record["events"] if e["type"] == "enforcement_outcome")
    assert outcome["metrics"]["enforcement.penalty_cases"] == 12513


def test_posts_in_two_bodies_give_every_title_and_the_first_body(extractor):
    record = extractor.process_one(Document("t", text="江门市委宣传部副部长、江门市政府新闻办主任赵明主持发布会。")).to_json_dict()
    official = next(o for o in record["officials"] if o["person"] == "赵明")
    assert official["titles"] == ["副部长", "主任"] and official["org"] == "江门市委宣传部"


def test_a_transcript_answer_on_the_label_line_is_a_speaker_without_a_title(extractor):
    text = ("12月3日,东平县生态环境分局召开新闻发布会,通报全县空气质量。\n"
            "首先,通报全县空气质量情况。全县优良天数比例为88.5%。\n"
            "记者提问:请介绍一下河道整治项目。\n"
            "孙立军:河道整治工程总投资3000万元,目前已完工。\n")
    found = events(extractor, text)
    assert found and found[0]["speakers"] == ["孙立军"]


def test_a_moderator_named_far_from_the_event_sentence(extractor):
    text = ("7月20日,江门市政府新闻办召开新闻发布会。江门市生态环境局副局长李文华介绍了上半年工作。\n"
            "上半年,全市空气质量优良天数比例为91.2%。\n"
            "全市水质优良断面比例为100%。\n"
            "江门市委宣传部副部长、江门市政府新闻办主任赵明主持发布会时表示,江门将持续改善生态环境。\n")
    found = events(extractor, text)
    assert found[0]["moderator"] == "赵明"
    assert found[0]["speakers"] == ["李文华"]


def test_every_subject_of_a_shared_answering_verb_speaks(extractor):
    text = ("7月16日,江门市政府新闻办召开新闻发布会,江门市生态环境局副局长李文华,"
            "江门市生态环境保护综合执法支队支队长黄立新回答记者提问。")
    assert set(events(extractor, text)[0]["speakers"]) == {"李文华", "黄立新"}


def test_a_presiding_official_who_also_speaks_at_a_meeting_is_both(extractor):
    text = ("3月15日下午,东平县政府副县长王立强主持召开大气污染防治调度会议。\n"
            "会上,县生态环境分局局长刘长青通报了近期工作情况。\n"
            "全县PM2.5平均浓度为35微克/立方米。\n"
            "王立强强调,各部门要压实责任,确保完成年度目标。\n")
    [meeting] = events(extractor, text)
    assert meeting["moderator"] == "王立强"
    assert set(meeting["speakers"]) == {"刘长青", "王立强"}


def test_an_official_who_sets_out_requirements_after_a_meeting_speaks(extractor):
    text = ("8月2日,全市大气污染防治工作推进会议召开。副市长陈立平出席会议。\n"
            "就做好下一步工作,陈立平提出三点要求。一是提高认识,二是压实责任。\n")
    [meeting] = events(extractor, text)
    assert meeting["speakers"] == ["陈立平"]


def test_bracketed_labels_and_role_headers_of_a_transcript(extractor):
    text = ("7月10日上午,江门市政府新闻办召开新闻发布会,介绍上半年生态环境保护工作。\n"
            "主持人:江门市政府新闻办副主任周海燕\n"
            "【发布人】江门市生态环境局局长陈志强\n"
            "上半年全市空气质量优良天数比例为91.2%。\n"
            "【李文华】\n"
            "下一步我们将加强臭氧污染防治。\n")
    [press] = events(extractor, text)
    assert press["moderator"] == "周海燕"
    assert set(press["speakers"]) == {"陈志强", "李文华"}


def test_presiding_over_another_meeting_does_not_make_the_press_conference_moderator(extractor):
    text = ("7月20日,江门市政府新闻办召开新闻发布会。江门市生态环境局副局长李文华介绍了上半年工作。\n"
            "此前,市委书记王志刚主持召开市委常委会会议,研究部署生态环境保护工作。\n")
    assert events(extractor, text)[0]["moderator"] is None


def test_an_exchange_speech_later_in_a_meeting_report_makes_a_speaker(extractor):
    text = ("7月9日,江门市生态环境局召开上半年工作推进会。局长徐立东出席会议并讲话。\n"
            "上半年,全市空气质量优良天数比例为91.2%。\n"
            "全市水质优良断面比例为100%。\n"
            "市生态环境局台山分局局长汪志明作交流发言,介绍了农村环境整治的做法。\n")
    [meeting] = events(extractor, text)
    assert set(meeting["speakers"]) == {"徐立东", "汪志明"}
