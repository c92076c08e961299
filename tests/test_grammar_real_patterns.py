"""Dates, ranks and units as real pages write them (sentences written for these tests).

Each case is a pattern ANNOTATION.md decides and real pages use, which our own
training documents rarely showed: date ranges as one span, day-only datelines,
years glued to a period, rank lists and rank ranges, counters the grammar
lacked, and numbers that are not quantities (measurement specs, times of day).
"""

from __future__ import annotations

import pytest

from pipeline.grammar.dates import DateContext, normalize_date
from pipeline.grammar.quantities import find_all


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in find_all(text)]


@pytest.mark.parametrize("text, expected", [
    ("2016年至2021年,该县PM2.5浓度逐年下降。", [("2016年至2021年", "DATE")]),
    ("2022—2023年秋冬季,全区重污染天数为3天。", [("2022—2023年秋冬季", "DATE"), ("3天", "QUANTITY")]),
    ("2022年11月1日—2023年2月28日,共开展夜查行动12次。",
     [("2022年11月1日—2023年2月28日", "DATE"), ("12次", "QUANTITY")]),
    ("今年前7月,全县优良天数比例为88.1%。", [("今年前7月", "DATE"), ("88.1%", "QUANTITY")]),
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
])
def test_day_only_datelines_are_dates(text, expected):
    assert expected in spans(text)
    assert not any(label == "QUANTITY" and surface == expected[0].rstrip("上下午") for surface, label in spans(text))


def test_a_duration_in_days_stays_a_quantity():
    assert ("9日", "QUANTITY") in spans("该企业超标排放被按日连续处罚9日,累计罚款120万元。")


@pytest.mark.parametrize("surface, reference, expected", [
    ("2016年至2021年", None, "2016/2021"),
    ("2022—2023年秋冬季", None, "2022-10/2023-03"),
    ("2022年11月1日—2023年2月28日", None, "2022-11-01/2023-02-28"),
    ("今年前7月", "2023-08-10", "2023-01/2023-07"),
    ("7、8、9月份", "2023-10-10", "2023-07/2023-09"),
    ("2021上半年", None, "2021-H1"),
    ("上一年", "2023-05-01", "2022"),
    ("23日下午", "2023-05-25", "2023-05-23"),
    ("28日", "2023-05-03", "2023-04-28"),
    ("23日下午", None, None),
])
def test_new_date_forms_normalise(surface, reference, expected):
    ctx = DateContext(year=int(reference[:4]) if reference else None, reference=reference)
    assert normalize_date(surface, ctx) == expected


@pytest.mark.parametrize("text, ranks", [
    ("该市空气质量综合指数排名全省第七,较上年进步4个名次。", ["第七", "4个名次"]),
    ("该县在全市考核中排第十一名,倒数第16位的乡镇被约谈。", ["第十一名", "倒数第16位"]),
    ("倒数第3至倒数第5位分别为甲县、乙县、丙县。", ["倒数第3", "倒数第5位"]),
    ("该区水环境质量居全市首位,进入全省前五位。", ["首位", "前五位"]),
    ("改善幅度前6个县依次为甲县、乙县,后10位要作表态发言。", ["前6个", "后10位"]),
    ("全市排名:甲县第一,乙县第二,丙县第五。", ["第一", "第二", "第五"]),
])
def test_ranks_and_rank_lists(text, ranks):
    assert [s for s, label in spans(text) if label == "QUANTITY"] == ranks


def test_first_as_an_adjective_is_no_rank():
    assert spans("这是全县首位签约的治污项目。") == [] or ("首位", "QUANTITY") in spans("居全县首位。")
    assert spans("该项目为首位签约项目。") == []


@pytest.mark.parametrize("text, surface", [
    ("全年共办理环境污染案件27例。", "27例"),
    ("督察反馈问题涉及9大项。", "9大项"),
    ("联合6部门开展专项检查。", "6部门"),
    ("排污权使用费为3200元/年·吨。", "3200元/年·吨"),
    ("PM2.5平均浓度为36μg/m,同比持平。", "36μg/m"),
])
def test_units_and_counters(text, surface):
    assert (surface, "QUANTITY") in spans(text)


@pytest.mark.parametrize("text, not_quantities", [
    ("臭氧8小时(90%)浓度为148微克/立方米。", ["8小时", "90%"]),
    ("一氧化碳(95%)浓度为1.1毫克/立方米。", ["95%"]),
    ("白天7点至21点禁止夜间施工外的高噪声作业。", ["7点", "21点"]),
    ("每天22时至次日6时禁止施工。", ["22时", "6时"]),
])
def test_measurement_specs_and_times_of_day_are_not_quantities(text, not_quantities):
    found = [s for s, label in spans(text) if label == "QUANTITY"]
    assert not set(found) & set(not_quantities), found


@pytest.mark.parametrize("text, surface, label", [
    ("臭氧日最大8小时第90百分位数是108微克每立方米。", "108微克每立方米", "QUANTITY"),
    ("全年立案环境违法案件逾万件,罚款超4亿元。", "逾万件", "QUANTITY"),
    ("企业付出赔偿费用上千万元。", "上千万元", "QUANTITY"),
    ("该县空气质量进入全省前20名之列。", "前20名", "QUANTITY"),
    ("PM2.5月均浓度在7省(市)中排名第二。", "7省(市)", "QUANTITY"),
    ("应于今年底前完成的有13项。", "今年底", "DATE"),
    ("这就是3年前非法倾倒危废的地方。", "3年前", "DATE"),
    ("对某市2023全年及今年一季度情况作了通报。", "2023", "DATE"),
])
def test_more_real_page_forms(text, surface, label):
    assert (surface, label) in spans(text)


@pytest.mark.parametrize("surface, value, unit, approx", [
    ("108微克每立方米", 108, "µg/m³", None),
    ("每立方米29微克", 29, "µg/m³", None),
    ("逾万件", 10000, "件", "more_than"),
    ("数百吨", 100, "t", "about"),
    ("十家", 10, "家", None),
])
def test_values_of_real_page_forms(surface, value, unit, approx):
    from pipeline.grammar.values import normalize_quantity

    q = normalize_quantity(surface)
    assert (q.value, q.unit, q.approx) == (value, unit, approx)


# --- ranges whose ends are any date shape; relative months; numerals in words --------------------------

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


@pytest.mark.parametrize("text, surface", [
    ("全区拆除违规燃煤炉灶一千二百台。", "一千二百台"),
    ("共收到群众来信5百余封,办结率百分之百。", "5百余封"),
    ("共收到群众来信5百余封,办结率百分之百。", "百分之百"),
    ("省控断面达标率为百分之九十二点五。", "百分之九十二点五"),
    ("该站SO2日均值为9微克/m3。", "9微克/m3"),
])
def test_numerals_written_in_words_and_mixed_units(text, surface):
    assert (surface, "QUANTITY") in spans(text)


def test_slogans_still_are_no_quantity():
    assert spans("落实三线一单,推进四减四增。") == []


@pytest.mark.parametrize("surface, value, unit, approx", [
    ("5百余封", 500, "封", "more_than"),
    ("2百万元", 2_000_000, "CNY", None),
    ("百分之百", 100, "%", None),
    ("百分之九十二点五", 92.5, "%", None),
    ("9微克/m3", 9, "µg/m³", None),
    ("一千二百台", 1200, "台", None),
])
def test_values_of_words_and_mixed_units(surface, value, unit, approx):
    from pipeline.grammar.values import normalize_quantity

    got = normalize_quantity(surface)
    assert (got.value, got.unit, got.approx) == (value, unit, approx)


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
    ("深入学习党的二十大精神。", []),
    ("严防二次污染。", []),
    ("该厂扩建三期尚未验收,二期工程已停用。", []),
    ("在全省排名中,曲江市第二,平阳县第五,安澜区第七。",
     [("第二", "QUANTITY"), ("第五", "QUANTITY"), ("第七", "QUANTITY")]),
    ("其余五县分居第四至八位。", [("五县", "QUANTITY"), ("第四至八位", "QUANTITY")]),
    ("2019年3月中央第二督察组进驻。", [("2019年3月", "DATE")]),
    ("全力服务2024世界储能产业大会。", [("2024", "DATE")]),
    ("全县1986家企业完成排污登记。", [("1986家", "QUANTITY")]),
])
def test_named_numerals_ranking_list_heads_and_event_years(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全省排名中,青州市第二,宁安县、西岭县分列第三和第四。",
     [("第二", "QUANTITY"), ("第三", "QUANTITY"), ("第四", "QUANTITY")]),
    ("保障建党100周年纪念活动期间空气质量。", []),
    ("今日热词 今日关注", []),
    ("今日上午,县生态环境分局召开会议。", [("今日上午", "DATE")]),
])
def test_list_heads_before_a_place_anniversaries_and_section_names(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("都市生活 频道首页 18日,县生态环境分局召开约谈会。", [("18日", "DATE")]),
    ("今年以来,全县唯一一个超标断面已完成整治。", [("今年", "DATE")]),
    ("该县勇夺全市第一、全省第五的好成绩。", [("第一", "QUANTITY"), ("第五", "QUANTITY")]),
])
def test_leads_after_rejoined_chrome_only_ones_and_ranks_won(text, expected):
    assert spans(text) == expected


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


@pytest.mark.parametrize("text, expected", [
    ("综合指数列全省第 4位。", [("第 4位", "QUANTITY")]),
    ("综合指数为3.86,同比下降0.12。", [("3.86", "QUANTITY"), ("0.12", "QUANTITY")]),
    ("PM2.5浓度降到31微克,创有监测以来最好。", [("31微克", "QUANTITY")]),
    ("群众满意度测评总得分为91.3分。", [("91.3分", "QUANTITY")]),
    ("上午10时30分,会议开始。", []),
    ("认真学习省第十次党代会精神和区委五次党代会精神。", []),
    ("24小时臭氧滑动平均值未超标。", []),
    ("年均气温13.2C~15.8C,较常年偏高0.4C。", [("13.2C", "QUANTITY"), ("15.8C", "QUANTITY"), ("0.4C", "QUANTITY")]),
    ("今(9)日,县生态环境分局召开会议。", [("今(9)日", "DATE")]),
])
def test_spaced_ranks_bare_index_changes_scores_temperatures_and_bracketed_days(text, expected):
    assert spans(text) == expected


def test_values_of_temperatures_and_bare_masses():
    from pipeline.grammar.values import normalize_quantity

    assert (normalize_quantity("13.2C").value, normalize_quantity("13.2C").unit) == (13.2, "°C")
    assert normalize_date("今(9)日", DateContext(year=2024, reference="2024-05-09")) == "2024-05-09"


@pytest.mark.parametrize("text, expected", [
    ("该市空气质量进入全国前10强。", [("前10强", "QUANTITY")]),
    ("优良天数比例居华北五省区第一。", [("第一", "QUANTITY")]),
    ("综合指数在全省16个地市第3,同比前移2位。", [("16个", "QUANTITY"), ("第3", "QUANTITY"), ("2位", "QUANTITY")]),
    ("东北三省区域联防联控会议召开。", []),
])
def test_top_n_strong_ranks_among_peers_and_regions_named_by_a_count(text, expected):
    assert spans(text) == expected


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


@pytest.mark.parametrize("text, surface, value, unit, approx", [
    ("全镇十几家砖厂全部关停。", "十几家", 10, "家", "about"),
    ("组织二三十家企业参加培训。", "二三十家", 20, "家", "about"),
    ("几十家单位参与巡河。", "几十家", 10, "家", "about"),
    ("仍有1/4的点位超标。", "1/4", 25, "%", None),
])
def test_approximate_numerals_in_words_and_digit_fractions(text, surface, value, unit, approx):
    from pipeline.grammar.values import normalize_quantity

    assert (surface, "QUANTITY") in spans(text)
    got = normalize_quantity(surface)
    assert (got.value, got.unit, got.approx) == (value, unit, approx)


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
