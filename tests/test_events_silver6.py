"""Patterns found reviewing unannotated real pages (round 6, events): an occasion phrase before the
convening verb, a lead pushed down by short header lines, and leaders who only send a written
instruction to a meeting. Every sentence is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document


def gatherings(extractor, text: str, **meta) -> list[dict]:
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return [e for e in record["events"] if e["type"] != "enforcement_outcome"]


def test_an_occasion_that_is_about_to_come_does_not_make_the_event_background(extractor):
    text = "六五环境日即将到来之际,宜春市生态环境局召开新闻发布会,发布全市年度生态环境状况公报。"
    found = gatherings(extractor, text, province="江西省", city="宜春市")
    assert [e["type"] for e in found] == ["press_conference"]
    assert found[0]["organizer"] == "宜春市生态环境局"


def test_a_press_conference_announced_as_future_stays_background(extractor):
    text = "下月,宜春市生态环境局将召开新闻发布会,发布全市年度生态环境状况公报。"
    assert gatherings(extractor, text, province="江西省", city="宜春市") == []


def test_short_header_lines_do_not_push_the_report_out_of_the_lead(extractor):
    text = ("首页>要闻\n宜春发布年度环境公报\n2024-06-04 09:12 来源:宜春日报\n【图片】\n"
            "记者日前获悉,宜春市生态环境局召开新闻发布会,发布全市年度生态环境状况公报,"
            "全市空气质量持续改善。\n")
    found = gatherings(extractor, text, province="江西省", city="宜春市")
    assert [e["type"] for e in found] == ["press_conference"]


def test_a_leader_who_only_sends_a_written_instruction_is_not_a_speaker(extractor):
    text = ("宜春市近日召开全市生态环境保护工作会议。宜春市委书记周建明作出批示。"
            "宜春市副市长吴立新出席会议并讲话。\n"
            "周建明在批示中指出,全市要持续打好污染防治攻坚战。\n"
            "吴立新强调,要压实各级责任。\n")
    found = gatherings(extractor, text, province="江西省", city="宜春市")
    assert found and found[0]["type"] == "meeting"
    assert "周建明" not in found[0]["speakers"]
    assert "吴立新" in found[0]["speakers"]
