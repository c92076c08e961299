"""Enforcement outcomes: which figures become metrics, whose jurisdiction they are, when there is none.

ANNOTATION.md section 5 and GUIDELINES "Real articles"; every sentence is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.event_readers.outcomes import county_in_province
from pipeline.event_readers.words import EventWords
from pipeline.io.readers import Document

from .page_helpers import outcomes_of, page_record, yichun_record


def outcomes(extractor, text: str, **meta) -> list[dict]:
    meta.setdefault("published", "2024-03-01")
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return [e for e in record["events"] if e["type"] == "enforcement_outcome"]


def test_a_district_article_reports_for_the_district_even_when_its_sentences_name_the_city(extractor):
    text = ("南湖区开展生态环境损害赔偿工作\n"
            "嘉兴市生态环境局南湖分局今年以来共办理生态环境损害赔偿案件3件,赔偿金额12.5万元。")
    found = outcomes(extractor, text, province="浙江省", city="嘉兴市", county="南湖区")
    assert [o["jurisdiction"] for o in found] == ["南湖区"]
    assert found[0]["metrics"].get("compensation.amount") == 125000


def test_a_province_named_in_passing_gets_no_outcome_of_its_own(extractor):
    text = ("保定市去年立案查处环境违法案件640件,罚款金额5230万元。\n"
            "省生态环境保护督察组进驻河北省期间,我市共立案处罚企业12家,罚款86万元。")
    found = outcomes(extractor, text, province="河北省", city="保定市")
    assert [o["jurisdiction"] for o in found] == ["保定市"]
    assert found[0]["metrics"].get("enforcement.penalty_amount") == 52_300_000


def test_one_firms_fine_or_one_compensation_agreement_is_no_outcome(extractor):
    fine = ("县生态环境局在检查中发现,某化工有限公司擅自停运废气处理设施。"
            "县生态环境局依法对该公司罚款20万元,并责令其立即改正。")
    assert outcomes(extractor, fine, province="江西省", city="宜春市", county="上高县") == []
    agreement = "近日,我市首例尾矿库生态环境损害赔偿协议正式签订,赔偿金额达5000余万元。"
    assert outcomes(extractor, agreement, province="湖北省", city="黄石市") == []


def test_a_rounded_headline_figure_gives_way_to_the_exact_one_in_the_body(extractor):
    text = ("全市去年立案查处环境违法案件2350件 罚款超3亿元\n\n"
            "记者从市生态环境局获悉,2023年,全市共立案查处环境违法案件2350件,罚款3.27亿元。")
    found = outcomes(extractor, text, province="广东省", city="佛山市")
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 327_000_000


def test_a_rounded_figure_is_not_replaced_by_another_count_in_another_unit(extractor):
    text = ("全市开展执法检查600余次。\n\n"
            "专项行动中,排查企业、村居634家(次)。")
    found = outcomes(extractor, text, province="山东省", city="临沂市")
    metrics = found[0]["metrics"] if found else {}
    assert metrics.get("enforcement.inspections") in (600, None)


def test_the_task_list_wins_over_the_petitions_for_inspection_figures(extractor):
    text = ("中央生态环境保护督察组交办的860件信访投诉件已办结851件。"
            "2021年督察反馈的36项问题已完成整改30项,其余6项正在加快推进。")
    found = outcomes(extractor, text, province="宁夏回族自治区")
    metrics = found[0]["metrics"]
    assert metrics.get("inspection.feedback_issues") == 36
    assert metrics.get("inspection.rectified") == 30


#: articles with no place in their metadata: the place the context finds is the article's, where figures are
#: reported for it (a district in the city's breakdown, the province of an inspection stay, a county named
#: only where petitions came from, the city a province's bulletin names most: none takes the outcome)
FOUND_PLACE_ARTICLES = [
    ("绍兴市严查环境违法行为\n"
     "记者从绍兴市生态环境局获悉,今年以来,绍兴市共立案查处环境违法案件320件,罚款金额2150万元。"
     "其中,处罚金额最多的是柯桥区,立案45起,处罚560万元;上虞区立案38起,处罚410万元。", "绍兴市"),
    ("晋城市环境执法成效明显\n"
     "今年以来,晋城市共立案查处环境违法案件640件,罚款金额5230万元。\n"
     "在省生态环境保护督察组进驻山西省督察期间,我市共立案处罚企业46家,罚款376万元。", "晋城市"),
    ("平凉市通报一季度环境执法情况\n"
     "一季度,平凉市共办理环境保护行政处罚案件42起,罚款836万元。\n"
     "群众反映的问题分别位于庄浪县南湖镇、庄浪县水洛镇和庄浪县朱店镇,均已转交庄浪县处理。", "平凉市"),
    ("湖北上半年环境执法罚款1.2亿元\n"
     "7月30日,湖北省生态环境厅对上半年全省环境执法情况进行通报,上半年,全省共立案1820件,罚款金额1.2亿元。"
     "立案数排名前三位的是武汉、襄阳、宜昌。武汉市生态环境局表示,武汉市将加大执法力度,武汉市民可拨打热线举报。",
     "湖北省"),
]


@pytest.mark.parametrize(("text", "place"), FOUND_PLACE_ARTICLES)
def test_without_metadata_the_found_place_with_figures_takes_the_only_outcome(extractor, text, place):
    assert [o["jurisdiction"] for o in outcomes(extractor, text)] == [place]


def test_without_metadata_one_figure_of_a_city_in_a_province_report_is_no_outcome(extractor):
    text = ("四川省通报省级生态环境保护督察进展\n"
            "四川省第三轮省级生态环境保护督察全面启动,省委省政府高度重视。省督察组对广元、遂宁等6个市开展例行督察,"
            "督察期间向广元市移交生态环境损害责任追究问题线索11个。全省各地将持续推进督察整改,省生态环境厅将加强调度。")
    assert outcomes(extractor, text) == []


def test_a_district_of_a_municipality_reports_for_itself_without_metadata(extractor):
    text = ("西青区大气污染防治工作综述\n"
            "2016年,区生态环境局全年共检查企业860家次,立案处罚企业35家。\n"
            "西青区将继续加强执法检查。")
    found = outcomes(extractor, text)
    assert [o["jurisdiction"] for o in found] == ["西青区"]
    assert found[0]["metrics"].get("enforcement.penalty_cases") == 35


def test_an_autonomous_prefectures_outcome_takes_its_short_name(extractor):
    text = ("西双版纳傣族自治州生态环境局通报督察整改进展\n"
            "中央生态环境保护督察反馈涉及西双版纳傣族自治州的14个问题,截至目前已完成整改6个,"
            "其他8个问题正按时序进度推进。西双版纳傣族自治州将持续推进整改。")
    assert [o["jurisdiction"] for o in outcomes(extractor, text)] == ["西双版纳州"]


def test_a_count_of_an_auxiliary_measure_named_after_it_gives_way_to_the_case_total(extractor):
    text = ("2023年,全市环保系统对18家企业实施了查封扣押,同时实施了5宗“按日计罚”,对4家企业实施限制生产,"
            "查处环境违法案件860宗,处罚金额2310万元。")
    found = outcomes(extractor, text, province="广东省", city="江门市")
    assert found[0]["metrics"].get("enforcement.penalty_cases") == 860


def test_a_listed_kind_of_check_is_no_single_operation_and_a_joint_operations_count_gives_way(extractor):
    text = ("2023年,县生态环境局组织突击检查、夜查、节假日检查,开展双随机检查412次,查处环境违法案件36件。"
            "会同公安、交通等部门开展联合执法检查,已开展联合执法58次。")
    found = outcomes(extractor, text, province="江苏省", city="盐城市", county="射阳县")
    assert found[0]["metrics"].get("enforcement.inspections") == 412


def test_projects_of_a_work_plan_done_are_no_inspection_figures(extractor):
    plan = ("2023年,全市共立案查处环境违法案件126件,罚款金额870万元。"
            "省里下达我市的挥发性有机物治理项目共48个,目前已完成41个,完成率85.4%。")
    metrics = outcomes(extractor, plan, province="山东省", city="临沂市")[0]["metrics"]
    assert metrics == {"enforcement.penalty_cases": 126, "enforcement.penalty_amount": 8_700_000}
    reduction = ("今年以来,全县共立案查处环境违法案件31件,罚款金额165万元。"
                 "全县大气污染减排计划项目8项,已完成6项,其余项目年底前完成。")
    metrics = outcomes(extractor, reduction, province="山东省", city="临沂市", county="沂南县")[0]["metrics"]
    assert not any(k.startswith("inspection.") for k in metrics)


def test_an_inspections_rectification_projects_stay_inspection_figures(extractor):
    text = ("今年以来,全县共立案查处环境违法案件31件,罚款金额165万元。"
            "中央生态环境保护督察反馈问题涉及的整改项目8项,已完成6项。")
    metrics = outcomes(extractor, text, province="山东省", city="临沂市", county="沂南县")[0]["metrics"]
    assert metrics.get("inspection.feedback_issues") == 8 and metrics.get("inspection.rectified") == 6


def test_a_county_found_without_its_city_is_vouched_for_by_its_province():
    words = EventWords.compile(json.loads(Path("configs/events.json").read_text(encoding="utf-8")))
    assert county_in_province(words, "汉阴县", "陕西省").city == "安康市"
    assert county_in_province(words, "汉阴", "陕西省") is None  # a short form names no county on its own
    assert county_in_province(words, "汉阴县", "四川省") is None
    assert county_in_province(words, "安康市", "陕西省") is None  # a city is no county


# --- the day a press conference or meeting is reported on ---------------------------------------

def gatherings(extractor, text: str, **meta) -> list[dict]:
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return [e for e in record["events"] if e["type"] != "enforcement_outcome"]


def test_a_bare_day_takes_its_month_from_the_dateline(extractor):
    text = ("新华网南宁7月22日电 南宁今年上半年空气质量持续向好。\n"
            "南宁市政府新闻办22日举行新闻发布会,介绍上半年全市生态环境质量状况。")
    found = gatherings(extractor, text)
    assert found and found[0]["date"] == "XXXX-07-22"


def test_that_day_refers_back_to_the_day_just_stated(extractor):
    text = ("秋冬季大气污染防治取得成效\n\n"
            "发布时间:2022-11-16\n\n"
            "现场图片 记者 摄\n\n"
            "新华网长春11月16日电 16日记者从省生态环境厅获悉,今年全省空气质量持续改善。\n\n"
            "当天,省生态环境厅召开秋冬季大气污染防治新闻发布会。")
    found = gatherings(extractor, text, published="2022-11-16")
    assert found and found[0]["date"] == "2022-11-16"


def test_the_day_before_the_verb_wins_over_a_page_timestamp(extractor):
    text = ("发布时间:2023-10-12 09:30:00 来源:某某网 新华网昆明10月11日电 记者从11日召开的"
            "省生态环境厅新闻发布会上获悉,今年全省水环境质量持续改善。")
    found = gatherings(extractor, text, published="2023-10-12")
    assert found and found[0]["date"] == "2023-10-11"


def test_the_dateline_day_wins_over_a_relative_today(extractor):
    text = ("某某在线3月14日讯 今天,省生态环境厅召开全省生态环境保护工作会议,部署今年重点任务。")
    found = gatherings(extractor, text, published="2024-03-15")
    assert found and found[0]["date"] == "2024-03-14"


def test_a_count_of_meetings_is_no_reported_meeting(extractor):
    text = "市委主要领导先后召开8次常务会议,研究部署督察反馈问题整改工作。"
    assert gatherings(extractor, text, published="2024-03-15") == []


# --- who holds it -----------------------------------------------------------------------------

def test_the_region_itself_convenes(extractor):
    text = "6月4日,自治区召开全区生态环境新闻发布会,通报上半年全区生态环境质量状况。"
    found = gatherings(extractor, text, province="广西壮族自治区", city=None, published="2024-06-05")
    assert found and found[0]["organizer"] == "广西壮族自治区"


def test_the_body_named_after_convened_holds_it(extractor):
    text = "记者从9日召开的贵州省生态环境厅“美丽贵州”系列新闻发布会上获悉,今年全省空气质量持续改善。"
    found = gatherings(extractor, text, published="2024-05-10")
    assert found and found[0]["organizer"] == "贵州省生态环境厅"


def test_a_meeting_reported_as_recent_is_reported(extractor):
    text = "近日,玉溪市召开2024年全市生态环境保护工作会议,总结去年工作,部署今年任务。"
    found = gatherings(extractor, text, province="云南省", city="玉溪市")
    assert found and found[0]["type"] == "meeting" and found[0]["organizer"] == "玉溪市"


def test_a_bureau_that_announces_figures_in_the_lead_holds_the_press_conference(extractor):
    text = ("江西去年查处环境违法案件三千余件\n\n"
            "2024年02月20日 10:05 来源:某某网\n\n"
            "某某社南昌2月20日电 江西省生态环境厅20日通报全省环境执法工作情况。全省去年共立案查处环境违法案件3215件。\n\n"
            "全省各地持续保持执法高压态势。\n\n"
            "通报会上还通报了全省5个环境违法典型案例。")
    found = gatherings(extractor, text, province="江西省", city=None, published="2024-02-20")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["date"] == "2024-02-20" and found[0]["organizer"] == "江西省生态环境厅"


def test_a_breakdown_by_county_makes_no_county_outcome(extractor):
    text = ("2023年,全市共立案查处环境违法案件215件,罚款金额1630万元。\n\n"
            "分区县看,江阳区、纳溪区、合江县立案数分别为41件、36件、30件;合江县罚款金额286.5万元,居全市第一。")
    found = outcomes(extractor, text, province="四川省", city="泸州市")
    assert [o["jurisdiction"] for o in found] == ["泸州市"]


def test_a_county_section_with_its_own_results_keeps_its_outcome(extractor):
    text = ("2023年,全市共立案查处环境违法案件215件,罚款金额1630万元。\n\n"
            "2023年,合江县生态环境保护综合执法大队立案查处畜禽养殖污染案件9件,处罚金额31.2万元。")
    found = outcomes(extractor, text, province="四川省", city="泸州市")
    assert sorted(o["jurisdiction"] for o in found) == ["合江县", "泸州市"]


def test_a_sum_after_its_parts_is_the_headline(extractor):
    text = ("2023年,全市共立案查处环境违法案件312件,罚款金额2150万元。"
            "依法从轻处罚21件、减轻处罚9件,合计30件,涉及金额96万元。")
    found = outcomes(extractor, text, province="广东省", city="江门市")
    assert found and found[0]["metrics"].get("enforcement.lenient_cases") == 30


def test_a_count_of_typical_cases_published_is_no_metric(extractor):
    text = ("现将2023年度全市生态环境执法工作情况和六起典型案例通报如下。\n\n"
            "全年立案查处环境违法案件318件,罚没金额2410万元。")
    found = outcomes(extractor, text, province="浙江省", city="台州市")
    assert found and found[0]["metrics"].get("enforcement.penalty_cases") == 318


def test_a_headline_that_drops_the_decimals_gives_way_to_the_body(extractor):
    text = ("罚没2418万元!台州晒出2023年生态环境执法成绩单\n\n"
            "记者从市生态环境局获悉,2023年全市共办理环境行政处罚案件318件,罚没金额2,418.36万元。")
    found = outcomes(extractor, text, province="浙江省", city="台州市")
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 24_183_600


def test_one_operations_count_gives_way_to_the_periods_total(extractor):
    text = ("5月14日,县生态环境分局对辖区12家砖瓦企业开展突击检查,发现问题6个,现场责令限期整改。\n\n"
            "据统计,1-5月,分局累计检查企业236家次,发现问题41个,已整改38个。")
    found = outcomes(extractor, text, province="湖北省", city="宜昌市", county="远安县")
    assert found and found[0]["metrics"].get("enforcement.issues_found") == 41


def test_a_line_of_a_breakdown_by_area_makes_no_outcome(extractor):
    text = ("一季度,全市共立案查处环境违法案件64件,罚没款512.3万元。\n\n"
            "从区域看,台山市立案19件、罚款153.2万元,均居全市第一。")
    found = outcomes(extractor, text, province="广东省", city="江门市")
    assert [o["jurisdiction"] for o in found] == ["江门市"]


def test_the_body_in_the_venue_is_not_the_convener(extractor):
    text = "7月18日上午,市政府新闻办在市政府新闻发布厅举行新闻发布会,介绍上半年全市生态环境质量状况。"
    found = gatherings(extractor, text, province="安徽省", city="芜湖市", published="2024-07-19")
    assert found and found[0]["organizer"] == "芜湖市政府新闻办"


def test_a_transcript_header_gives_the_day_and_the_convener(extractor):
    text = ("“守护碧水蓝天 建设美丽襄阳”新闻发布会实录\n\n"
            "时间:2024年8月6日上午10:00\n"
            "主办:襄阳市政府新闻办公室\n"
            "地点:市政府新闻发布厅\n\n"
            "主持人:女士们、先生们,上午好。今天的发布会介绍上半年全市生态环境保护工作。")
    found = gatherings(extractor, text, province="湖北省", city="襄阳市", published="2024-08-07")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["date"] == "2024-08-06" and found[0]["organizer"] == "襄阳市政府新闻办公室"


def test_a_place_in_a_headlines_quoted_theme_is_no_convener(extractor):
    text = ("“守护碧水蓝天 建设美丽襄阳”新闻发布会实录\n\n"
            "时间:2024年8月6日上午10:00\n"
            "地点:市政府新闻发布厅\n\n"
            "主持人:女士们、先生们,上午好。")
    found = gatherings(extractor, text, province="湖北省", city="襄阳市", published="2024-08-07")
    assert found and found[0]["date"] == "2024-08-06" and found[0]["organizer"] is None


# --- second round: pages from other cities ----------------------------------------------------

def test_a_bureau_briefing_reporters_in_the_lead_holds_a_press_conference(extractor):
    text = ("绵阳新闻网 2024年9月20日\n"
            "9月19日,市生态环境局向媒体记者通报情况,今年以来全市立案查处环境违法案件86件,罚款金额612万元。\n"
            "下一步,全市将持续加大执法力度。")
    found = gatherings(extractor, text, province="四川省", city="绵阳市", published="2024-09-20")
    assert [(e["type"], e["date"], e["organizer"]) for e in found] == [
        ("press_conference", "2024-09-19", "绵阳市生态环境局")]
    dated = "绵阳新闻网 2024年9月20日\n市生态环境局9月19日向新闻媒体通报今年以来全市环境执法情况。"
    found = gatherings(extractor, dated, province="四川省", city="绵阳市", published="2024-09-20")
    assert [(e["date"], e["organizer"]) for e in found] == [("2024-09-19", "绵阳市生态环境局")]


def test_a_bureau_explaining_to_a_reporter_holds_no_press_conference(extractor):
    text = ("绵阳新闻网 2024年9月20日\n"
            "9月19日,市生态环境局向记者介绍,今年以来全市立案查处环境违法案件86件。")
    assert gatherings(extractor, text, province="四川省", city="绵阳市", published="2024-09-20") == []


def test_a_press_conference_named_before_a_comma_is_held_at_its_hosts_premises(extractor):
    text = ("2024年5月例行新闻发布会,今(16)日在湖南省生态环境厅举行。"
            "会上通报了一季度全省生态环境执法情况。")
    found = gatherings(extractor, text, province="湖南省", published="2024-08-02")
    assert found and found[0]["type"] == "press_conference"
    assert found[0]["date"] == "2024-05-16" and found[0]["organizer"] == "湖南省生态环境厅"


def test_the_leading_body_convenes_with_its_partner(extractor):
    text = "昨天,市治气办会同市交通运输局召开柴油货车污染治理约谈会,对8家运输企业负责人进行集中约谈。"
    found = gatherings(extractor, text, province="江苏省", city="无锡市", published="2024-06-12")
    assert [(e["type"], e["date"], e["organizer"]) for e in found] == [("meeting", "2024-06-11", "无锡市治气办")]


def test_the_largest_single_fine_is_not_the_total(extractor):
    text = ("今年以来,全州环境执法力度持续加大,单个案件最高罚款320万元,罚款总金额逾1900万元。\n"
            "截至9月底,全州立案查处环境违法案件152件,罚款金额1934万元。")
    found = outcomes(extractor, text, province="四川省", city="阿坝州", published="2024-10-08")
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 19_340_000


def test_a_district_of_another_city_is_not_the_articles_place(extractor):
    text = ("州生态环境局全力推进督察整改\n"
            "第二轮中央生态环境保护督察涉及我州的18项整改任务已完成15项。"
            "矿区生态修复工作有序推进,矿区周边环境持续改善,矿区治理成效明显。")
    found = outcomes(extractor, text, province="新疆维吾尔自治区", city="哈密市", published="2024-12-20")
    assert [o["jurisdiction"] for o in found] == ["哈密市"]


def test_tasks_all_done_win_over_the_petitions_closed_count(extractor):
    text = ("县生态环境分局全力推进督察整改\n"
            "截至目前,中央生态环境保护督察反馈的27项整改任务已全部完成;"
            "督察组交办的318件群众信访举报件中已办结316件,阶段性办结2件。")
    found = outcomes(extractor, text, province="河北省", city="邢台市", county="内丘县", published="2024-05-10")
    assert found and found[0]["metrics"].get("inspection.rectified") == 27


def test_a_cumulative_count_after_one_batch_is_the_headline(extractor):
    # the latest batch comes first, then the count so far: the headline is the cumulative figure
    text = ("7月2日,中央第二生态环境保护督察组向我市转交第12批群众投诉9件:信都区5件,襄都区4件。\n"
            "进驻以来,中央督察组交办件累计83件,涉及大气、水、噪声等问题。")
    found = outcomes(extractor, text, province="河北省", city="邢台市")
    assert found and found[0]["metrics"].get("inspection.feedback_issues") == 83


UNDATED = {"province": "湖南省", "city": "常德市"}


def _outcome(rec: dict) -> dict:
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found
    return found[0]


PETITIONS = ("第二轮中央生态环境保护督察期间,吴忠市共收到督察组转办群众举报案件20批186件,"
             "现将新办结的9件转办件予以公示。截至目前,已办结170件,阶段性办结16件。\n"
             "附件:信访举报办理情况一览表\n"
             "1 | 第三批 | 吴忠市同心县韦州镇某村养殖场异味扰民,要求处理。 | 同心县 | 大气 | 同心县组织核查,问题属实,责令整改。\n"
             "2 | 第三批 | 吴忠市同心县预旺镇某砖厂粉尘污染。 | 同心县 | 大气 | 同心县组织核查,问题部分属实。")

CITY_WIDE = {"published": "2024-03-01", "province": "宁夏回族自治区", "city": "吴忠市", "county": None}

BULLETIN = ("1月10日,记者从省生态环境厅了解到,我省多地铁腕治污取得成效。\n"
            "晋中\n"
            "晋中市共排查企业1800家,发现环境违法问题150起,立案处罚40起,罚款金额560万元。\n"
            "吕梁交口县\n"
            "交口县开展专项行动以来,累计罚款65万元,停产整治企业12户,查封扣押设备5台。")

ROUNDS_META = {"published": "2024-04-13", "province": "内蒙古自治区", "city": "鄂尔多斯市", "county": None}

JIANGMEN = {"published": "2024-09-06", "province": "广东省", "city": "江门市", "county": None}

LUOYANG = {"published": "2024-09-20", "province": "河南省", "city": "洛阳市", "county": None}


def test_an_auxiliary_measure_written_as_a_list_gives_way_to_the_penalty_total(extractor):
    text = ("宜春市生态环境局通报2023年执法工作情况。2023年,全市环保部门共查封扣押案件36件,限产、停产8起,"
            "行政处罚215起,罚没金额1260万元。\n")
    rec = yichun_record(extractor, text, province="江西省", city="宜春市", published="2024-01-10")
    outcomes = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert outcomes and outcomes[0]["metrics"].get("enforcement.penalty_cases") == 215


def test_joint_operations_give_way_to_the_firms_inspected(extractor):
    text = ("据统计,今年前三季度该市共开展联合执法318次,检查排污单位1260家,"
            "立案查处环境违法案件87起,罚款金额540万元。")
    found = outcomes_of(extractor, text, published="2023-10-20", province="河南省", city="新乡市")
    assert found and found[0]["metrics"].get("enforcement.inspections") == 1260


def test_a_firm_named_as_the_first_of_a_count_is_no_single_case(extractor):
    text = ("今年3月至4月,市生态环境局开展扬尘污染专项执法检查,"
            "对白银市金城建材有限责任公司、宏达砂石厂等27家企业的环境违法行为立案查处。")
    rec = page_record(extractor, text, {"published": "2023-05-06", "province": "甘肃省", "city": "白银市"})
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found and found[0]["jurisdiction"] == "白银市"
    assert found[0]["metrics"].get("enforcement.penalty_cases") == 27


def test_one_firm_fined_stays_a_single_case(extractor):
    text = "今年4月,市生态环境局对白银市金城建材有限责任公司扬尘污染违法行为立案查处,罚款5万元。"
    rec = page_record(extractor, text, {"published": "2023-05-06", "province": "甘肃省", "city": "白银市"})
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_a_fine_on_a_firm_left_unnamed_is_one_case(extractor):
    text = ("6月,市生态环境局对辖区内某生猪养殖场下达行政处罚决定书,罚款21万元。\n"
            "今年以来,全市共查处环境违法案件12起,罚款金额86.4万元。")
    rec = page_record(extractor, text, {"published": "2023-07-02", "province": "湖南省", "city": "常德市"})
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 864000


def test_person_times_sent_out_are_no_inspections_headline(extractor):
    text = ("2022年,全市严格开展环境执法,日常执法检查出动1523批次3870人次,检查单位3105户次,"
            "实施处罚46家,处罚金额315.6万元。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.inspections") == 3105


def test_an_inspections_count_in_person_times_gives_way_to_checks(extractor):
    text = ("2022年,市生态环境局严格开展环境执法,开展各类执法检查3264人次,组织开展双随机抽查412次,"
            "查处环境违法案件58件,处罚金额315.6万元。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.inspections") == 412


def test_firms_a_measure_is_applied_to_give_way_to_the_penalty_total(extractor):
    text = ("据统计,2022年全市生态环境部门共对31家环境违法企业实施了查封扣押,"
            "查处环境违法案件超过640宗,处罚金额2380.5万元。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.penalty_cases") == 640


def test_a_count_of_nothing_makes_no_outcome(extractor):
    text = "2023年,全市生态环境质量稳中向好,立案查处环境违法案件0起,发生突发环境事件0起。"
    rec = page_record(extractor, text, {"published": "2024-01-10", **UNDATED})
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_equipment_sealed_gives_way_to_the_penalty_total(extractor):
    text = "2022年,全市共查封违法排污设施19处,立案处罚43件,罚款215.6万元。"
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.penalty_cases") == 43


def test_cases_made_public_are_a_selection_not_the_total(extractor):
    text = ("常德通报8起涉嫌环境污染犯罪案件\n"
            "9月3日,常德市在全市通报8起涉嫌环境污染犯罪案件,这8起案件均已移交公安机关。"
            "今年上半年,全市共开展联合执法1520次,检查企业2316家,立案查处环境违法案件126起。")
    rec = page_record(extractor, text, {"published": "2023-09-04", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.penalty_cases") == 126


def test_vehicles_penalised_are_no_case_total(extractor):
    text = ("2022年,全市强化移动源监管,抽测柴油车尾气12万余辆,移交公安处罚超标车辆320余辆,"
            "整改各类扬尘问题900余个。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert not any("enforcement.penalty_cases" in e["metrics"]
                   for e in rec["events"] if e["type"] == "enforcement_outcome")


def test_a_page_counter_makes_no_outcome(extractor):
    text = ("2024年02月24日       来源:常德日报      阅读:1次  2月23日上午,常德市生态环境保护委员会召开全体会议,"
            "研究部署督察整改工作。")
    rec = page_record(extractor, text, UNDATED)
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_a_count_of_aspects_makes_no_outcome(extractor):
    text = ("6月28日,常德市生态环境局召开新闻发布会,从大气污染防治、水污染防治、生态环境保护督查转办案件和"
            "反馈问题整改四个方面介绍了2022年全市生态环境保护工作情况。")
    rec = page_record(extractor, text, UNDATED)
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_places_patrolled_and_operations_give_way_to_firms_inspected(extractor):
    text = ("2022年,生态环境部专项督查组进驻我市,检查点位31个,会同市级相关部门开展联合执法行动8次、"
            "专项执法行动15次,检查企业620余家次,责令限期整改37件,环境违法立案29件。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.inspections") == 620


def test_villages_patrolled_give_way_to_sites_inspected(extractor):
    text = ("2022年,全区扎实开展散煤管控,全年巡查检查村街150余次;加强扬尘管控,全年检查工地900余家次,"
            "整改问题400余个。")
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.inspections") == 900


def test_a_county_given_as_null_keeps_the_outcome_with_the_city(extractor):
    found = outcomes_of(extractor, PETITIONS, **CITY_WIDE)
    assert [o["jurisdiction"] for o in found] == ["吴忠市"]


def test_batches_are_no_petition_count(extractor):
    assert outcomes_of(extractor, PETITIONS, **CITY_WIDE)[0]["metrics"]["inspection.feedback_issues"] == 186


def test_the_newly_closed_batch_gives_way_to_the_closed_total(extractor):
    assert outcomes_of(extractor, PETITIONS, **CITY_WIDE)[0]["metrics"]["inspection.rectified"] == 170


def test_figures_scoped_to_the_city_and_district_written_together_are_the_districts(extractor):
    text = "北京市房山区今年开展三大专项执法行动,共检查企业3200家次,查处环境违法问题215起,处罚金额1320万元。"
    found = outcomes_of(extractor, text, published="2024-11-20", province="北京市", city="北京市", county="房山区")
    assert [o["jurisdiction"] for o in found] == ["房山区"]
    assert found[0]["metrics"]["enforcement.issues_found"] == 215


def test_a_section_headed_by_another_place_is_its_own_outcome(extractor):
    found = outcomes_of(extractor, BULLETIN, published="2024-11-20", province="山西省", city="晋中市", county=None)
    assert [o["jurisdiction"] for o in found] == ["晋中市", "交口县"]
    assert found[1]["metrics"] == {"enforcement.penalty_amount": 650000, "enforcement.penalty_cases": 12}


def test_a_place_named_in_passing_gets_no_outcome(extractor):
    text = ("晋中市共排查企业1800家,发现环境违法问题150起,立案处罚40起,罚款金额560万元。"
            "另外,吕梁市交口县累计罚款65万元,停产整治企业12户。")
    found = outcomes_of(extractor, text, published="2024-11-20", province="山西省", city="晋中市", county=None)
    assert [o["jurisdiction"] for o in found] == ["晋中市"]


def test_firms_praised_and_stations_built_are_no_enforcement_result(extractor):
    meta = {"published": "2025-02-01", "province": "安徽省", "city": "马鞍山市", "county": None}
    praised = outcomes_of(extractor, "2024年,马鞍山市立案查处环境违法案件150件,罚没款620万元。优化执法检查方式,"
                                  "守法企业60家纳入执法检查白名单,减少现场检查频次。", **meta)
    assert praised[0]["metrics"] == {"enforcement.penalty_cases": 150, "enforcement.penalty_amount": 6200000}
    built = outcomes_of(extractor, "2024年,马鞍山市立案查处环境违法案件150件,罚没款620万元。拓展智慧环保应用,"
                                "接入在线监测数据,建成噪声自动监测站9座。", **meta)
    assert "enforcement.monitoring" not in built[0]["metrics"]


def test_inspection_rounds_reported_apart_are_an_outcome_each(extractor):
    text = ("截至2024年3月底,2021年省级生态环境保护督察反馈问题30项,已完成整改28项;"
            "2022年第二轮中央生态环境保护督察反馈问题12项,已完成整改10项;"
            "2023年省级督察“回头看”反馈问题8项,已完成整改5项。")
    found = outcomes_of(extractor, text, **ROUNDS_META)
    assert [(o["period"], o["metrics"]["inspection.feedback_issues"], o["metrics"]["inspection.rectified"])
            for o in found] == [("2021", 30, 28), ("2022", 12, 10), ("2023", 8, 5)]


def test_a_year_with_other_figures_beside_an_earlier_round_stays_one_outcome(extractor):
    text = ("2024年,全市共立案查处环境违法案件120件,罚款900万元。中央督察“回头看”转办的300件信访件已办结298件。"
            "2019年反馈的41项问题已完成整改35项。")
    found = outcomes_of(extractor, text, **ROUNDS_META)
    assert len(found) == 1 and found[0]["metrics"]["enforcement.penalty_cases"] == 120


def test_a_petition_total_beside_completed_tasks_is_no_headline(extractor):
    text = "截至目前,28项整改任务已全部完成;督察组交办的350件群众信访举报件中已办结349件。"
    assert outcomes_of(extractor, text, **JIANGMEN)[0]["metrics"] == {"inspection.rectified": 28}


def test_a_task_pair_after_the_petitions_keeps_its_total(extractor):
    text = "截至目前,督察组交办的350件群众信访举报件已办结348件。反馈问题28项,已完成整改25项。"
    metrics = outcomes_of(extractor, text, **JIANGMEN)[0]["metrics"]
    assert metrics == {"inspection.feedback_issues": 28, "inspection.rectified": 25}


def test_the_sectors_an_inspection_covers_are_no_inspection_count(extractor):
    text = ("今年以来,全市共立案查处环境违法案件320起,罚款金额2100万元。"
            "开展了锅炉、印刷、家具、餐饮、汽修等6个重点行业和“散乱污”企业专项检查。")
    metrics = outcomes_of(extractor, text, **LUOYANG)[0]["metrics"]
    assert metrics == {"enforcement.penalty_cases": 320, "enforcement.penalty_amount": 21000000}


def test_without_metadata_a_county_article_keeps_its_county(extractor):
    text = "洛川县生态环境执法成效明显\n今年以来,洛川县共立案查处环境违法案件25起,罚款金额180万元。全县检查企业420家次。"
    assert [o["jurisdiction"] for o in outcomes_of(extractor, text, published="2024-09-01")] == ["洛川县"]


def test_typical_cases_counted_with_words_between_are_a_selection(extractor):
    text = ("宜春市生态环境局4日发布年度环境状况公报,并通报了3起违法排污典型案件。\n")
    rec = yichun_record(extractor, text)
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_an_order_of_magnitude_in_the_lead_gives_way_to_the_figure(extractor):
    text = ("浙江省去年立案查处环境违法案件逾万件,罚款超4亿元。\n"
            "据介绍,2023年全省共立案查处环境违法案件12513件,罚款金额4.63亿元。")
    record = extractor.process_one(Document("t", text=text, meta={"published": "2024-02-01"})).to_json_dict()
    outcome = next(e for e in record["events"] if e["type"] == "enforcement_outcome")
    assert outcome["metrics"]["enforcement.penalty_cases"] == 12513

