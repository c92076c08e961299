"""The date of a press conference or meeting: years written in the event's name, occasions, lunar dates and
years that only describe the figures.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.io.readers import Document

from .page_helpers import first_gathering, gatherings, gatherings_of, page_record, yichun_record


UNDATED = {"province": "湖南省", "city": "常德市"}


def test_a_series_year_in_the_name_dates_the_conference(extractor):
    text = ("11月26日,市生态环境局召开2023年度线上新闻发布会,通报今年以来全市生态环境保护工作情况。"
            "截至11月20日,全市空气质量优良天数比例为88.5%。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "2023-11-26"


def test_a_reviewed_year_in_the_name_does_not_date_the_conference(extractor):
    text = ("5月30日,市生态环境局召开2023年度生态环境状况新闻发布会,通报去年全市生态环境质量。"
            "全市空气质量优良天数比例为88.5%。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "XXXX-05-30"


def test_a_conference_held_on_an_occasion_takes_its_day_and_the_year_counted_to_date(extractor):
    text = ("“六五环境日”当天,常德市生态环境局举行新闻发布会,通报全市生态环境质量状况。"
            "记者在会上了解到,2024年以来,全市空气质量优良天数比例达到90.2%。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "2024-06-05"


def test_an_occasion_only_approaching_dates_nothing(extractor):
    text = ("在“六五环境日”到来之际,常德市生态环境局举行新闻发布会,通报全市生态环境质量状况。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] is None


def test_a_year_counted_to_the_end_of_a_month_dates_the_conference(extractor):
    text = ("12月16日,记者从常德市政府新闻办召开的发布会上了解到,截至11月底,2024年该市环境空气质量"
            "综合指数为3.52,优良天数比例为86.1%。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "2024-12-16"


def test_the_year_a_meeting_is_named_with_dates_it(extractor):
    text = "3月20日,2024年全县生态环境保护工作会议召开。副县长王海出席会议并讲话。"
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-03-20"


def test_a_year_reviewed_by_a_meeting_does_not_date_it(extractor):
    text = "1月10日,2023年度全县生态环境保护工作总结会召开。副县长王海出席会议并讲话。"
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-01-10"


def test_a_date_written_with_its_year_gives_an_undated_page_its_year(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2024年1—11月,全县优良天数为300天。")
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "2024-12-18"


def test_a_bare_year_elsewhere_leaves_the_year_unknown(extractor):
    text = ("12月18日上午,洛川县生态环境局召开新闻发布会。局长李强介绍了全县环境质量。\n"
            "2018年以来,全县优良天数逐年增加。")
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == "XXXX-12-18"


def test_a_first_quarter_in_the_event_s_name_gives_its_year(extractor):
    text = ("4月26日上午9时,宜春市2023年第一季度环境新闻发布会在市行政中心三楼第一会议室举行。"
            "省、市多家媒体参加新闻发布会。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["date"] == "2023-04-26"


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


def test_a_bare_day_takes_the_month_of_the_dateline_not_of_the_page_stamp(extractor):
    text = ("发布时间:2023-10-12 09:30:00\n"
            "本报常德8月7日电 记者7日从常德市生态环境局举行的新闻发布会上获悉,全市空气质量优良天数比例为90.2%。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "2023-08-07"


#: a meeting that hears the report on this year's work so far is dated by that year (GUIDELINES §5); one that
#: reviews a year's work is not
HEARD_AND_REVIEWED = [
    ("5月6日,县生态环境保护委员会召开第一次全体会议,县委书记王海主持会议并讲话。"
     "会议听取了 2022 年生态环境保护工作情况汇报。", "2022-05-06"),
    ("1月9日,县生态环境保护委员会召开第一次全体会议,县委书记王海主持会议并讲话。"
     "会议总结了2022年全县生态环境保护工作。", "XXXX-01-09"),
]


@pytest.mark.parametrize(("text", "date"), HEARD_AND_REVIEWED)
def test_a_report_heard_on_this_year_s_work_dates_the_meeting_a_year_reviewed_does_not(extractor, text, date):
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert [g["date"] for g in found] == [date]


def test_a_month_recalled_in_a_later_paragraph_does_not_date_the_conference(extractor):
    text = ("9月3日上午,全市生态环境保护工作新闻发布会公布的数据显示,今年1至8月全市空气质量明显改善。\n"
            "按照2013年10月实施的环境空气质量新标准,全市优良天数逐年增加。")
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == "XXXX-09-03"


#: a half-year or quarter a gathering sums up, ended before the month it is held in, is its year; one ended after
#: the gathering's month is a period recalled and says nothing (GUIDELINES §5)
COMPLETED_PERIODS = [
    ("8月9日,常德市召开新闻发布会,通报2021年上半年全市大气、水环境质量状况。", "2021-08-09"),
    ("10月12日,常德市召开新闻发布会,通报2019年第三季度全市环境空气质量。", "2019-10-12"),
    ("3月9日,常德市召开新闻发布会,会上回顾了2021年上半年全市大气环境质量状况。", "XXXX-03-09"),
    ("7月2日,常德市召开新闻发布会,通报2021年第三季度重点工作安排。", "XXXX-07-02"),
]


@pytest.mark.parametrize(("text", "date"), COMPLETED_PERIODS)
def test_a_completed_half_year_or_quarter_gives_the_gathering_its_year(extractor, text, date):
    rec = page_record(extractor, text, UNDATED)
    assert first_gathering(rec, "press_conference")["date"] == date


def test_a_headline_dated_by_the_page_stamp_and_its_lead_are_one_gathering(extractor):
    text = ("泗县召开生态环境保护委员会全体会议\n"
            "发布时间:2024-08-31 21:32 阅读次数:\n"
            "8月30日下午,泗县召开生态环境保护委员会全体会议。县委书记王建平主持会议并讲话。")
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert [g["date"] for g in meetings] == ["2024-08-30"]


def test_two_meetings_days_apart_on_one_page_stay_two(extractor):
    text = ("发布时间:2024-09-20\n"
            "9月12日,泗县召开生态环境保护委员会全体会议。县委书记王建平主持会议并讲话。\n"
            "9月18日,泗县召开秸秆禁烧工作调度会。副县长李明主持会议。")
    meetings = [g for g in gatherings(page_record(extractor, text)) if g["type"] == "meeting"]
    assert sorted(g["date"] for g in meetings) == ["2024-09-12", "2024-09-18"]


#: the year the page writes for work done or convened now dates an event written by month and day (GUIDELINES
#: §5, the year from the text): a sitting numbered within its year in the headline, the year's work carried out,
#: a meeting named with its year before the verb, a report heard on the year's work after the agenda's owner;
#: a year's work reviewed by what is convened (召开2021年度环境质量新闻发布会) dates nothing
WORK_YEARS = [
    ("某县召开生态环境保护委员会2022年第二次会议\n6月8日,某县召开全县生态环境保护委员会第二次会议,"
     "县委书记王海主持会议并讲话。", "2022-06-08"),
    ("延安市生态环境保护委员会2022年度第四次全体会议召开\n6月8日下午,市生态环境保护委员会召开全体会议,"
     "市长王海主持会议并讲话。", "2022-06-08"),
    ("6月8日,副县长王海率县水务局有关同志开展2022年上半年巡河工作,并召开座谈会。王海在会上讲话。",
     "2022-06-08"),
    ("6月8日下午,2022年度全市总河长会议在某某宾馆召开。市长王海主持会议并讲话。", "2022-06-08"),
    ("6月8日,县生态环境保护委员会召开第一次全体会议,县委书记王海主持会议并讲话。"
     "会议听取了各成员单位2022年工作开展情况的汇报。", "2022-06-08"),
    ("6月8日,某市生态环境局召开2021年度环境质量新闻发布会,局长王海介绍了全市环境质量。", "XXXX-06-08"),
]


@pytest.mark.parametrize(("text", "date"), WORK_YEARS)
def test_the_year_written_for_work_done_now_dates_the_gathering(extractor, text, date):
    found = gatherings_of(extractor, text, province="陕西省", city="延安市", county="洛川县")
    assert found and found[0]["date"] == date


def test_a_lead_whose_month_was_lost_dates_the_gathering_by_its_norm(extractor):
    # 77日 is no day of a month: the 月 was lost in scraping (7月7日), never a day 77
    text = "某市召开生态环境保护工作会议\n2025-07-09 15:58\n\n77日下午,市生态环境保护委员会召开全体会议,市长王海主持会议并讲话。"
    found = gatherings_of(extractor, text, province="陕西省", city="延安市")
    assert found and found[0]["date"] == "2025-07-07"
