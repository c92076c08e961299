"""A committee's plenary session reported in the passive (…委员会第N次全体会议召开) is held by that
committee (sentences written for these tests)."""

from __future__ import annotations

from pipeline.io.readers import Document


def gatherings(extractor, text: str, **meta) -> list[dict]:
    events = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()["events"]
    return [e for e in events if e["type"] != "enforcement_outcome"]


def test_a_committee_plenary_joined_to_a_work_meeting_is_the_committees(extractor):
    text = ("9月3日,宜宾市翠屏区生态环境保护委员会2023年第三次全体成员会议暨大气污染防治攻坚推进会议召开,"
            "区委书记王建国出席会议并讲话。")
    found = gatherings(extractor, text, published="2023-09-10", province="四川省", city="宜宾市")
    assert found and found[0]["type"] == "meeting" and found[0]["date"] == "2023-09-03"
    assert found[0]["organizer"] == "宜宾市翠屏区生态环境保护委员会"


def test_a_committee_named_after_a_joined_congress_takes_its_place(extractor):
    text = ("4月9日上午,岳阳市生态环境保护大会暨生态环境保护委员会2023年第一次全体会议召开,"
            "市委书记陈明出席会议并讲话,市长李强主持会议。")
    found = gatherings(extractor, text, published="2023-04-20", province="湖南省", city="岳阳市")
    assert found and found[0]["organizer"] == "岳阳市生态环境保护委员会"


def test_a_plenary_whose_spirit_is_studied_names_no_organizer(extractor):
    text = ("6月2日,市生态环境局召开党组会议,传达学习省生态环境保护委员会第二次全体会议精神,"
            "局长张伟主持会议。")
    found = gatherings(extractor, text, published="2023-06-10", province="湖南省", city="岳阳市")
    assert found and found[0]["organizer"] == "岳阳市生态环境局"


def test_a_press_office_short_form_is_kept_as_written(extractor):
    """ANNOTATION s.1: only a bare level prefix is replaced, no expansion of 新闻办 to 新闻办公室 — even when
    the article writes the full name elsewhere (GUIDELINES §4, session 8)."""
    text = ("6月3日下午,市政府新闻办举行生态环境保护专题新闻发布会。市委宣传部副部长、"
            "嘉兴市政府新闻办公室主任刘芳主持发布会,嘉兴市生态环境局局长赵明介绍有关情况。")
    found = gatherings(extractor, text, published="2023-06-10", province="浙江省", city="嘉兴市")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["organizer"] == "嘉兴市政府新闻办"


def test_seizures_counted_first_give_way_to_the_penalty_count(extractor):
    text = ("2023年,三明市生态环境局持续加大执法力度,全年共查封扣押38件,限产停产9起,"
            "行政处罚256起,罚没金额2100万元,移送拘留17起。")
    events = extractor.process_one(Document("t", text=text, meta={"published": "2024-02-01", "province": "福建省",
                                                                    "city": "三明市"})).to_json_dict()["events"]
    found = [e for e in events if e["type"] == "enforcement_outcome"]
    assert found and found[0]["metrics"].get("enforcement.penalty_cases") == 256


def test_an_officials_press_office_keeps_its_written_short_form(extractor):
    text = ("6月3日下午,嘉兴市人民政府新闻办公室举行新闻发布会。嘉兴市政府新闻办副主任刘芳主持发布会,"
            "嘉兴市生态环境局局长赵明介绍有关情况。")
    record = extractor.process_one(Document("t", text=text, meta={"published": "2023-06-10", "province": "浙江省",
                                                                    "city": "嘉兴市"})).to_json_dict()
    orgs = {o["person"]: o["org"] for o in record["officials"]}
    assert orgs.get("刘芳") == "嘉兴市政府新闻办"


def test_an_official_who_relays_instructions_at_the_meeting_speaks(extractor):
    text = ("8月21日,永平县召开生态环境保护工作会议。会上,永平县委书记杨建华传达学习了省生态环境保护大会精神,"
            "副县长赵丽通报了全县环境质量状况。")
    found = gatherings(extractor, text, published="2023-08-30", province="云南省", city="大理州", county="永平县")
    assert found and "杨建华" in found[0]["speakers"]


def test_of_two_bodies_holding_a_conference_jointly_the_first_named_convenes(extractor):
    text = ("3月15日上午,安徽省政府新闻办、省生态环境厅联合举行新闻发布会,"
            "省生态环境厅副厅长孙伟介绍全省生态环境质量状况。")
    found = gatherings(extractor, text, published="2023-03-20", province="安徽省")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["organizer"] == "安徽省政府新闻办"


def test_a_committees_numbered_session_after_a_verb_with_its_particle(extractor):
    text = "近日,召开了宜宾市生态环境保护委员会第二次会议,区委书记王建国出席会议并讲话。"
    found = gatherings(extractor, text, published="2023-09-10", province="四川省", city="宜宾市")
    assert found and found[0]["organizer"] == "宜宾市生态环境保护委员会"
