"""Patterns found reviewing unannotated real pages (round 7, events and officials): a deputy
"in charge" who is not the chair, a chair named after 由, one post shared by a list of names,
a list member's own body, bodies the entity layer left untagged, county-level cities, venues
named like a meeting, conveners inside a meeting's name, and typical cases counted in a
longer noun phrase. Every sentence is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document

from .page_helpers import gatherings, page_record, officials

META = {"province": "江西省", "city": "宜春市"}


def record(extractor, text: str, **meta) -> dict:
    return page_record(extractor, text, meta or META)


def test_a_deputy_in_charge_is_no_chair_and_the_chair_is_named_after_you(extractor):
    text = ("3月2日下午,宜春市生态环境局召开一季度工作会议。市生态环境局党组副书记、副局长(主持工作)林远航,"
            "党组成员、副局长韩立新参加会议。会议由市生态环境局党组成员、副局长韩立新主持。\n"
            "林远航在讲话中强调,要抓好督察整改。\n")
    rec = record(extractor, text)
    found = gatherings(rec)
    assert found and found[0]["moderator"] == "韩立新"
    assert "林远航" in found[0]["speakers"]
    assert officials(rec)["林远航"]["titles"] == ["党组副书记", "副局长"]


def test_the_chair_is_the_person_between_you_and_the_presiding_verb(extractor):
    text = ("7月3日,宜春市召开全市环境保护工作会议。会议由市委常委、常务副市长邓志超主持并听取"
            "市生态环境局局长冯立的汇报。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["moderator"] == "邓志超"


def test_a_name_the_entity_layer_missed_before_tongzhi_is_still_the_official(extractor):
    text = "7月3日,宜春市召开全市环境保护工作会议,会议由市委常委、常务副市长邓志超同志主持。\n"
    _, doc = extractor.analyse(Document("t", text=text, meta=META))
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as if the model had missed the name
    for name in ("officials", "events"):
        extractor.nlp.get_pipe(name)(doc)
    assert [o.titles for o in doc._.officials if o.person == "邓志超"] == [["市委常委", "常务副市长"]]
    [meeting] = [e for e in doc._.events if e.type == "meeting"]
    assert meeting.moderator == "邓志超"


def test_one_post_before_a_list_of_names_is_every_name_s(extractor):
    text = "10月8日,宜春市召开生态环境保护委员会会议。市政府副市长方国平、程立新出席会议。\n"
    people = officials(record(extractor, text))
    assert people["方国平"]["titles"] == ["副市长"]
    assert people["程立新"]["titles"] == ["副市长"]
    assert people["程立新"]["org"] == people["方国平"]["org"]


def test_a_name_with_its_own_post_after_it_does_not_share(extractor):
    text = "市政府副市长方国平、程立新局长出席会议。\n"
    people = officials(record(extractor, text))
    assert people["程立新"]["titles"] == ["局长"]


def test_a_province_post_before_a_folded_city_post_is_the_same_person_s(extractor):
    text = "1月9日,省委副书记、宜春市委书记彭建华到市生态环境局调研。\n"
    assert officials(record(extractor, text))["彭建华"]["titles"] == ["省委副书记", "市委书记"]


def test_an_untagged_section_before_the_post_is_the_person_s_body(extractor):
    text = ("出席发布会的有宜春市发展改革委副主任秦立、市市场监督管理局特种设备安全监察处副处长严晓东,"
            "并回答记者提问。")
    _, doc = extractor.analyse(Document("t", text=text, meta=META))
    start = text.index("市市场")
    piece = doc.char_span(start, start + len("市市场监督管理局"), "ORG")
    assert piece is not None, "the test's split must fall on token boundaries"
    # as if the model had tagged the bureau alone and left its section untagged
    doc.ents = [e for e in doc.ents if not (e.label_ == "ORG" and e.start_char == start)] + [piece]
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "严晓东"]
    assert official.org == "宜春市市场监督管理局特种设备安全监察处"


def test_a_section_not_ending_as_the_post_requires_is_not_taken(extractor):
    text = "出席发布会的有宜春市发展改革委副主任秦立、宜春学院环境工程系副主任严晓东,并回答记者提问。"
    people = officials(record(extractor, text))
    assert people["严晓东"]["org"] != "宜春学院环境工程系"


def test_a_later_list_member_s_body_is_not_lent_to_a_post_of_any_body(extractor):
    text = ("5月6日,宜春市生态环境局召开工作会议。市生态环境局局长冯卫东、党组成员、监测中心主任骆平、"
            "一级主任科员葛云出席会议。\n")
    people = officials(record(extractor, text))
    assert people["骆平"]["org"] and people["骆平"]["org"].endswith("监测中心")
    assert people["葛云"]["org"] == "宜春市生态环境局"


def test_a_county_level_city_s_bare_city_bodies_are_its_own(extractor):
    text = ("樟树市于5月12日上午9时,召开全市生态环境保护工作会议。市委副书记、市长贺志强出席会议并讲话。\n"
            "贺志强强调,樟树市要持续改善生态环境质量。\n")
    rec = record(extractor, text, province="江西省", city="宜春市", county="樟树市")
    assert officials(rec)["贺志强"]["org"] == "樟树市委"
    found = gatherings(rec)
    assert found and found[0]["organizer"] == "樟树市"


def test_our_county_convenes_as_the_county_the_article_names(extractor):
    text = ("我县召开生态环境保护委员会会议\n"
            "9月14日,我县召开生态环境保护委员会会议。会议通报了涉及上高县的督察问题,"
            "县长黎志明主持会议并讲话。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["organizer"] == "上高县"


def test_a_meeting_room_is_a_venue_not_the_gathering(extractor):
    text = ("11月2日,全县生态环境保护大会在县政务服务中心二楼会议室召开。县委书记丁振宇出席会议并讲话。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["organizer"] is None


def test_a_team_inspected_for_is_not_the_convener_of_a_mobilisation_meeting(extractor):
    text = ("4月8日,省委、省政府召开中央第三生态环境保护督察组督察江西省工作动员会。"
            "会后宜春市委书记彭建华强调,要全力配合督察。\n")
    found = gatherings(record(extractor, text))
    assert found and "督察组" not in (found[0]["organizer"] or "")


def test_the_body_opening_the_meeting_s_name_convenes_it(extractor):
    text = "3月18日,市长邹正阳主持召开市政府第12次常务会议,研究生态环境保护工作。\n"
    found = gatherings(record(extractor, text))
    assert found and found[0]["organizer"] == "宜春市政府"
    assert found[0]["moderator"] == "邹正阳"


def test_named_persons_who_each_deploy_work_are_speakers(extractor):
    text = ("2月20日,宜春市召开全市生态建设工作会议。市委书记彭建华主持会议并讲话。\n"
            "何文斌、陶立群、龚学军分别就生态廊道、城市绿化、环境保护工作作出安排部署。\n")
    found = gatherings(record(extractor, text))
    assert found and {"何文斌", "陶立群", "龚学军"} <= set(found[0]["speakers"])


def test_typical_cases_counted_with_words_between_are_a_selection(extractor):
    text = ("宜春市生态环境局4日发布年度环境状况公报,并通报了3起违法排污典型案件。\n")
    rec = record(extractor, text)
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_a_name_before_a_report_verb_is_read_after_its_post(extractor):
    text = "会上,省生态环境厅党组书记、厅长余正衡汇报全省工作。"
    _, doc = extractor.analyse(Document("t", text=text, meta=META))
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as if the model had missed the name
    extractor.nlp.get_pipe("officials")(doc)
    assert [o.titles for o in doc._.officials if o.person == "余正衡"] == [["党组书记", "厅长"]]


def test_our_prefecture_convenes_as_the_autonomous_prefecture(extractor):
    text = "11月5日上午,我州召开湖泊保护治理推进会。州人民政府副州长段明亮出席会议并讲话。\n"
    found = gatherings(record(extractor, text, province="云南省", city="大理州"))
    assert found and found[0]["organizer"] == "大理州"


def test_a_first_quarter_in_the_event_s_name_gives_its_year(extractor):
    text = ("4月26日上午9时,宜春市2023年第一季度环境新闻发布会在市行政中心三楼第一会议室举行。"
            "省、市多家媒体参加新闻发布会。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["date"] == "2023-04-26"


def test_an_official_who_attends_a_gathering_and_speaks_reports_it(extractor):
    text = ("省督查组来我市检查环保专项行动\n"
            "日前,省督查组一行来我市督导重点排污企业监管工作。副市长贺立平出席专项行动汇报会并讲话。\n"
            "贺立平表示,要加强执法监管。\n")
    found = gatherings(record(extractor, text))
    assert [e["type"] for e in found] == ["meeting"]
    assert found[0]["organizer"] is None and found[0]["speakers"] == ["贺立平"]


def test_attending_a_convened_meeting_adds_no_second_event(extractor):
    text = ("3月5日,宜春市召开全市生态环境保护工作会议。副市长贺立平出席会议并讲话。\n")
    found = gatherings(record(extractor, text))
    assert len(found) == 1 and found[0]["organizer"] == "宜春市"


def test_a_feedback_whose_meeting_is_described_in_the_next_paragraph(extractor):
    text = ("2023年5月10日至6月2日,江西省第三生态环境保护督察组对宜春市开展督察。"
            "督察组于2023年7月18日上午向宜春市委、市政府进行了反馈。\n"
            "反馈会由宜春市市长邹正阳主持,督察组组长彭志远通报督察意见,宜春市委书记罗建华作表态发言。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2023-07-18"
    assert found[0]["organizer"] == "江西省第三生态环境保护督察组"
    assert found[0]["moderator"] == "邹正阳"


def test_a_feedback_recalled_without_a_meeting_nearby_holds_none(extractor):
    text = ("督察组于2023年7月18日向宜春市委、市政府反馈了督察意见。\n"
            "宜春市高度重视,制定整改方案,逐项推进整改。\n截至目前,已完成整改任务20项。\n")
    assert gatherings(record(extractor, text)) == []


def test_a_short_name_introduced_in_brackets_stands_for_the_full_body(extractor):
    text = ("3月6日下午,宜春市生态环境局宜阳新区分局(以下简称“宜阳分局”)召开年度工作部署会。"
            "局党组书记、局长钟立华作工作报告。\n")
    found = gatherings(record(extractor, text))
    assert found and found[0]["organizer"] == "宜春市生态环境局宜阳新区分局"
