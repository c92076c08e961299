"""Patterns found in the round-12 real pages (events and officials): a reporter who learned the news at a
work meeting (``记者从…会议上获悉``) reports that meeting, two names joined by 暨 being one gathering
convened by the body opening the first.  Every sentence is written for these tests.
"""

from __future__ import annotations

from tests.page_helpers import gatherings, page_record


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
