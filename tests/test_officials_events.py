"""Officials linking and event records, on texts written for the tests."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.components.officials import normalize_org
from pipeline.io.readers import Document

PRESS = (
    "湖州市召开2024年上半年生态环境质量新闻发布会\n"
    "发布时间：2024-07-19 10:00\n"
    "7月18日上午，湖州市人民政府新闻办公室召开“绿水青山看湖州”主题新闻发布会，"
    "市生态环境局党组书记、局长王建明介绍全市生态环境质量情况，"
    "市生态环境局大气环境处处长陈立和市生态环境保护综合执法支队副支队长孙静回答记者提问。"
    "发布会由市政府新闻办副主任李华主持。\n"
    "上半年，全市立案查处环境违法案件58件，罚款312.5万元。生态环境损害赔偿案件6件，赔偿金额120万元。\n"
    "湖州日报记者：\n请问下半年有哪些打算？\n"
    "王建明：\n下半年我们将继续推进污染防治攻坚。\n"
    "记者 张三"
)
MEETING = (
    "3月5日下午，市生态环境局召开全市生态环境保护工作会议。市生态环境局党组书记、局长赵刚出席会议并讲话，"
    "党组副书记钱伟主持会议。会议指出，2023年全市生态环境质量持续改善。"
)


def test_normalize_org_replaces_bare_prefix():
    ctx = SimpleNamespace(city="聊城市", province="山东省", county=None)
    assert normalize_org("市生态环境局", ctx) == "聊城市生态环境局"
    assert normalize_org("市政府新闻办", ctx) == "聊城市政府新闻办"
    assert normalize_org("省生态环境厅", ctx) == "山东省生态环境厅"
    assert normalize_org("聊城市生态环境局", ctx) == "聊城市生态环境局"
    assert normalize_org("生态环境部", ctx) == "生态环境部"


def test_a_bare_administrative_office_is_the_article_s_league_s_or_prefecture_s():
    league = SimpleNamespace(city="兴安盟", province="内蒙古自治区", county=None)
    assert normalize_org("行署", league) == "兴安盟行署"
    assert normalize_org("行署办公室", league) == "兴安盟行署办公室"
    city = SimpleNamespace(city="赤峰市", province="内蒙古自治区", county=None)
    assert normalize_org("行署", city) == "行署"


def test_press_conference_officials_and_event(extractor):
    rec = extractor.process_one(Document("p", PRESS))
    officials = {o.person: o for o in rec.officials}
    assert officials["王建明"].titles == ["党组书记", "局长"]
    assert officials["王建明"].org == "湖州市生态环境局"
    assert officials["李华"].titles == ["副主任"] and officials["李华"].org == "湖州市政府新闻办"
    assert "张三" not in officials  # a reporter is not an official
    [press] = [e for e in rec.events if e.type == "press_conference"]
    assert press.date == "2024-07-18"
    assert press.organizer == "湖州市人民政府新闻办公室"
    assert press.moderator == "李华"
    assert "王建明" in press.speakers and "李华" not in press.speakers
    assert press.title == "绿水青山看湖州"
    assert press.evidence and all(PRESS[s:e] for s, e in press.evidence)
    outcomes = [e for e in rec.events if e.type == "enforcement_outcome"]
    assert outcomes and outcomes[0].jurisdiction == "湖州市"
    assert outcomes[0].metrics.get("enforcement.penalty_cases") == 58
    assert outcomes[0].metrics.get("enforcement.penalty_amount") == 3_125_000


def test_meeting_with_presiding_official(extractor):
    rec = extractor.process_one(Document("m", MEETING, meta={"published": "2024-03-06", "city": "湖州市"}))
    [meeting] = [e for e in rec.events if e.type == "meeting"]
    assert meeting.date == "2024-03-05"
    assert meeting.organizer == "湖州市生态环境局"
    assert meeting.speakers == ["赵刚"] and meeting.moderator == "钱伟"
    officials = {o.person: o for o in rec.officials}
    assert officials["钱伟"].titles == ["党组副书记"] and officials["钱伟"].org == "湖州市生态环境局"


def test_background_mention_creates_no_event(extractor):
    text = "近期，市政府新闻办公室将召开系列新闻发布会，介绍各部门重点工作。全市空气质量持续改善。"
    rec = extractor.process_one(Document("b", text, meta={"city": "湖州市"}))
    assert not [e for e in rec.events if e.type == "press_conference"]
