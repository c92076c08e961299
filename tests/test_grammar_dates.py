"""The date grammar (DATE): date ranges and periods, day-only datelines, quarters, relative months and
quarters and how they normalise, hours, spaced and day-first dates, and what only looks like a date.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.grammar.dates import DateContext, normalize_date
from pipeline.grammar.quantities import find_all
from pipeline.io.readers import Document

from .page_helpers import doc_ents


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in find_all(text)]


def test_days_of_one_month_sharing_ri_are_one_date():
    assert spans("3月8、12日现场检查笔录") == [("3月8、12日", "DATE")]
    assert spans("2023年6月2、9、16日分别复查") == [("2023年6月2、9、16日", "DATE")]
    assert spans("二〇二二年十二月印发") == [("二〇二二年十二月", "DATE")]
    assert spans("该局于2023 年 4月 11日检查") == [("2023 年 4月 11日", "DATE")]


def test_dates_inside_a_web_address_are_no_dates():
    assert spans("原文链接:http://news.example.cn/html/2025-05/14/content_1.htm\n5月13日,记者获悉") == [
        ("5月13日", "DATE")]


def test_spaced_dates_and_ranks_are_one_span(extractor):
    text = "记者从市生态环境局获悉,截止 11 月 28 日,城区在 74 个城市中排名第 12 位,同比 2022 年提升 5 位。"
    record = extractor.process_one(Document("spaced", text=text)).to_json_dict()
    ents = {(e["text"], e["label"]) for e in record["entities"]}  # output offsets point into the page as written
    assert ("11 月 28 日", "DATE") in ents and ("第 12 位", "QUANTITY") in ents and ("2022 年", "DATE") in ents


def test_a_day_first_timestamp_is_one_date(nlp):
    assert ("01.09.2014 12:14", "DATE") in doc_ents(nlp, "抓获嫌疑人79人\n01.09.2014 12:14\n本文来源:某某网")


@pytest.mark.parametrize("text, expected", [
    ("2016年至2021年,该县PM2.5浓度逐年下降。", [("2016年至2021年", "DATE")]),
    ("2022—2023年秋冬季,全区重污染天数为3天。", [("2022—2023年秋冬季", "DATE"), ("3天", "QUANTITY")]),
    ("2022年11月1日—2023年2月28日,共开展夜查行动12次。",
     [("2022年11月1日—2023年2月28日", "DATE"), ("12次", "QUANTITY")]),
    ("今年前7月,全县优良天数比例为88.1%。", [("今年前7月", "DATE"), ("88.1%", "QUANTITY")]),
    ("去年冬天雾霾少了,2021年初夏又迎来降雨。", [("去年冬天", "DATE"), ("2021年初夏", "DATE")]),
    ("7、8、9月份该河段水质均为Ⅲ类。", [("7、8、9月份", "DATE")]),
    ("2021上半年全区受理投诉45件。", [("2021上半年", "DATE"), ("45件", "QUANTITY")]),
    ("上一年完成治理项目16个,上个年度完成11个。",
     [("上一年", "DATE"), ("16个", "QUANTITY"), ("上个年度", "DATE"), ("11个", "QUANTITY")]),
])
def test_date_ranges_and_periods_are_one_span(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("23日下午,区生态环境分局召开约谈会。", ("23日下午", "DATE")),
    ("8日上午,县生态环境分局组织开展应急演练。", ("8日上午", "DATE")),
    ("张某某15日在区政府召开的通报会上介绍了整改进展。", ("15日", "DATE")),
    ("记者从市政府新闻办获悉。\n26日,市生态环境局通报了一季度水质情况。", ("26日", "DATE")),
    ("全市水质去年有哪些变化?12日,市政府新闻办举行发布会。", ("12日", "DATE")),
])
def test_day_only_datelines_are_dates(text, expected):
    assert expected in spans(text)
    assert not any(label == "QUANTITY" and surface == expected[0].rstrip("上下午") for surface, label in spans(text))


@pytest.mark.parametrize("surface, reference, expected", [
    ("2016年至2021年", None, "2016/2021"),
    ("2022—2023年秋冬季", None, "2022-10/2023-03"),
    ("2022年11月1日—2023年2月28日", None, "2022-11-01/2023-02-28"),
    ("今年前7月", "2023-08-10", "2023-01/2023-07"),
    ("7、8、9月份", "2023-10-10", "2023-07/2023-09"),
    ("2021上半年", None, "2021-H1"),
    ("上一年", "2023-05-01", "2022"),
    ("去年冬天", "2024-03-01", "2023-WI"),
    ("2021年初夏", None, "2021-SU"),
    ("23日下午", "2023-05-25", "2023-05-23"),
    ("28日", "2023-05-03", "2023-04-28"),
    ("23日下午", None, None),
])
def test_new_date_forms_normalise(surface, reference, expected):
    ctx = DateContext(year=int(reference[:4]) if reference else None, reference=reference)
    assert normalize_date(surface, ctx) == expected


@pytest.mark.parametrize("text, expected", [
    ("今年4月至10月,全市开展臭氧攻坚。", [("今年4月至10月", "DATE")]),
    ("前年12月到去年2月,该区重污染天数为5天。", [("前年12月到去年2月", "DATE"), ("5天", "QUANTITY")]),
    ("本月中旬,县生态环境分局将组织复查。", [("本月中旬", "DATE")]),
    ("上个月全县共受理投诉38件。", [("上个月", "DATE"), ("38件", "QUANTITY")]),
    ("落款:二〇二四年三月十八日", [("二〇二四年三月十八日", "DATE")]),
    ("2022年、2023年连续两年达标。", [("2022年", "DATE"), ("2023年", "DATE"), ("两年", "QUANTITY")]),
])
def test_ranges_with_relative_ends_and_relative_months(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("surface, reference, expected", [
    ("今年4月至10月", "2023-11-02", "2023-04/2023-10"),
    ("前年12月到去年2月", "2023-11-02", "2021-12/2022-02"),
    ("10月至次年4月", "2023-11-02", "2023-10/2024-04"),
    ("本月中旬", "2023-11-02", "2023-11"),
    ("上个月", "2023-01-20", "2022-12"),
    ("二〇二四年三月十八日", None, "2024-03-18"),
])
def test_ranges_and_relative_months_normalise(surface, reference, expected):
    year = int(reference[:4]) if reference else None
    assert normalize_date(surface, DateContext(year=year, reference=reference)) == expected


@pytest.mark.parametrize("text, expected, norm", [
    ("2023年9月14日15时,县应急指挥部发布预警。", "2023年9月14日15时", "2023-09-14"),
    ("9月14日下午3时30分,专家组抵达现场。", "9月14日下午3时30分", "2023-09-14"),
    ("2023年第3季度全县优良天数为81天。", "2023年第3季度", "2023-Q3"),
    ("截至二季度末,已办结信访件64件。", "二季度末", "2023-06"),
])
def test_hours_stay_inside_and_quarters_take_arabic_numerals_and_ends(text, expected, norm):
    found = [s for s, label in spans(text) if label == "DATE"]
    assert found == [expected]
    assert normalize_date(expected, DateContext(year=2023, reference="2023-11-02")) == norm


def test_hours_alone_are_neither_date_nor_quantity():
    assert spans("夜间22时至次日6时禁止高噪声作业。") == []


@pytest.mark.parametrize("text, expected", [
    ("该市唯一连续三次进入全国空气质量前20强。", [("三次", "QUANTITY"), ("前20强", "QUANTITY")]),
    ("全国排名前20位和后20位城市名单公布。", [("前20位", "QUANTITY"), ("后20位", "QUANTITY")]),
    ("在48个月度排名中,该区有40次位列第一。", [("48个", "QUANTITY"), ("40次", "QUANTITY"), ("第一", "QUANTITY")]),
    ("通报如下。\n3、9月12日,督察组进驻。", [("9月12日", "DATE")]),
    ("更新时间:2023年07月01日 08时05分12秒 编辑:王某", [("2023年07月01日 08时05分12秒", "DATE")]),
    ("今年后4个月,全县将开展交叉执法。", [("今年后4个月", "DATE")]),
    ("本季度全县集中式饮用水水源地水质全部达标。", [("本季度", "DATE")]),
])
def test_ranks_with_strong_months_counted_list_items_with_dates_and_relative_quarters(text, expected):
    assert spans(text) == expected


def test_relative_quarters_normalise():
    assert normalize_date("本季度", DateContext(year=2023, reference="2023-08-10")) == "2023-Q3"
    assert normalize_date("上季度", DateContext(year=2023, reference="2023-02-10")) == "2022-Q4"


@pytest.mark.parametrize("text, expected, norm", [
    ("2022年一至三季度,全县优良天数比例为88.6%。", "2022年一至三季度", "2022-01/2022-09"),
    ("二至五月份,开展专项执法。", "二至五月份", "2023-02/2023-05"),
    ("2023年元月,县里召开动员会。", "2023年元月", "2023-01"),
    ("6月中下旬,开展交叉检查。", "6月中下旬", "2023-06"),
    ("去冬今春,全县完成散煤替代。", "去冬今春", None),
])
def test_quarter_ranges_word_month_ranges_first_month_and_winter_spring(text, expected, norm):
    assert [s for s, label in spans(text) if label == "DATE"] == [expected]
    assert normalize_date(expected, DateContext(year=2023, reference="2023-11-02")) == norm


def test_dates_with_slashes_are_no_fractions():
    assert spans("发布时间:2023/12/05") == [("2023/12/05", "DATE")]


@pytest.mark.parametrize("text, expected", [
    # a year without 年 listed before one with it; quarters sharing one 季度
    ("2018、2019年全县未发生重污染天气。", [("2018", "DATE"), ("2019年", "DATE")]),
    ("饮用水源地第一、三季度水质达标。", [("第一、三季度", "DATE")]),
    # the year's first month or quarter, alone or after a year
    ("今年首月全区优良天数为27天。", [("今年首月", "DATE"), ("27天", "QUANTITY")]),
    ("2019年开年的空气质量情况好于往年。", [("2019年开年", "DATE")]),
    ("各单位要以首季开门红赢得全年主动。", [("首季", "DATE")]),
    # times of day after a date: 晚间, 夜
    ("10月8日晚间,执法人员突击检查两家企业。", [("10月8日晚间", "DATE"), ("两家", "QUANTITY")]),
    ("3月2日夜,值班人员接到举报。", [("3月2日夜", "DATE")]),
    # month ranges with a doubled or spaced dash
    ("今年2——6月,全市PM2.5平均浓度为31微克/立方米。", [("今年2——6月", "DATE"), ("31微克/立方米", "QUANTITY")]),
    ("1 —8月城区空气质量持续改善。", [("1 —8月", "DATE")]),
    # page headers: a slash before the time, a month-day with its time, a month-day after a time label
    ("2021/05/06/ 09:12 来源:某某日报", [("2021/05/06/ 09:12", "DATE")]),
    ("08-15 10:20 某某融媒", [("08-15 10:20", "DATE")]),
    ("08-15 10:20:05 某某融媒", [("08-15 10:20:05", "DATE")]),
    ("发布时间:09-03\n全县召开会议", [("09-03", "DATE")]),
    # a year without 年 in a heading or a lead
    ("2024六五环境日主题活动启动", [("2024", "DATE")]),
    ("陪伴我们走过2017\n新的一年继续努力", [("2017", "DATE")]),
])
def test_more_date_forms_of_real_pages(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the digits of a pollutant's formula before 月均 are no month
    ("NO2月均浓度为21微克/立方米,PM10月均浓度同比下降。", [("21微克/立方米", "QUANTITY")]),
    # four digits a counter, a unit, an address or a code follows are no year
    ("全市2000余家企业完成整改,新建2019个监测点。", [("2000余家", "QUANTITY"), ("2019个", "QUANTITY")]),
    ("办公地址:滨河路2020号", []),
    ("日夜以继日地排查隐患", []),
])
def test_what_looks_like_a_date_but_is_not(text, expected):
    assert spans(text) == expected


def test_a_year_of_work_before_its_goals_keeps_nian_du():
    # 年度 is part of the date even when the goals of that year follow (2022年度|目标责任考核)
    assert ("2022年度", "DATE") in spans("青石县召开2022年度目标责任考核总结会议。")
    # a year written without 年 before 全年 stays the year alone
    assert ("2023", "DATE") in spans("2023全年共办理环境信访件120件。")


def test_a_circled_item_number_before_a_date_leaves_the_date_whole():
    assert spans("①2021年4月6日，群众反映采砂扬尘问题。") == [("2021年4月6日", "DATE")]


def test_a_day_after_a_datelines_dian_opens_the_lead():
    found = spans("某通讯社某地3月9日电/8日，某县召开新闻发布会。")
    assert ("8日", "DATE") in found and not any(label == "QUANTITY" for _, label in found)


def test_holidays_are_dates_and_a_short_holiday_only_before_its_own_words():
    from pipeline.grammar.quantities import DATE_RE
    found = [m.group() for m in DATE_RE.finditer("“五一”期间游客增加,国庆节前开展巡查,中秋节期间加强值守。")]
    assert {"五一", "国庆节", "中秋节"} <= set(found)
    assert not [m.group() for m in DATE_RE.finditer("全省十一个市均已完成") if m.group() == "十一"]


def test_a_year_run_into_its_month_is_one_date():
    assert ("20236月5日上午9:30", "DATE") in spans("20236月5日上午9:30,市政府新闻办召开发布会。")
    assert normalize_date("20236月5日上午9:30") == "2023-06-05"


def test_a_leading_day_with_its_month_run_in_is_one_date():
    # 1126日, (its 月 lost in scraping): 11月26日 opening the report
    assert ("1126日", "DATE") in spans("近日开展巡河工作\n1126日,县委副书记到河道巡查。")
    assert normalize_date("1126日") == normalize_date("11月26日")


@pytest.mark.parametrize("text, expected", [
    ("记者在16日市政府召开的新闻发布会上获悉,全市优良天数增加。", ("16日", "DATE")),
    ("今天(9日)上午,县生态环境分局召开约谈会。", ("9日", "DATE")),
    ("截至25日,全县已完成整改12个。", ("25日", "DATE")),
    ("图为14日,执法人员在某河检查排污口。", ("14日", "DATE")),
    ("11月3日、4日,市人大常委会调研组到某县调研。", ("4日", "DATE")),
    ("调研组一行17日走进某镇,察看湿地保护情况。", ("17日", "DATE")),
    ("市生态环境局21日公布5起典型案例。", ("21日", "DATE")),
])
def test_a_day_a_preposition_points_at_or_a_subject_acts_on_is_a_date(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("公安机关对其作出行政拘留10日的处罚。", ("10日", "QUANTITY")),
    ("责令该企业在15日内完成整改。", ("15日", "QUANTITY")),
    ("按日连续处罚,计罚日数共计32日。", ("32日", "QUANTITY")),
])
def test_a_count_of_days_stays_a_quantity(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize("text, expected, norm", [
    ("6月8—10日,省督察组进驻某县。", "6月8—10日", "2023-06-08/2023-06-10"),
    ("2022年5月19-20日,市政协开展专题调研。", "2022年5月19-20日", "2022-05-19/2022-05-20"),
    ("2019年8月6至7日,省环保厅召开会议。", "2019年8月6至7日", "2019-08-06/2019-08-07"),
    ("21至22日,省第三督察组下沉某县。", "21至22日", "2023-06-21/2023-06-22"),
])
def test_days_sharing_one_ri_in_a_range_are_one_date(text, expected, norm):
    assert (expected, "DATE") in spans(text)
    assert normalize_date(expected, DateContext(year=2023, reference="2023-06-28")) == norm
