"""Patterns found in the round-13 real pages (events and officials): a year written as N年度 in a press
conference's name that names its series (``2022年度线上新闻发布会``) dates the event on a page with no
publication date, a subject reviewed there (``2013年度环境质量新闻发布会``) does not; staff sent out in
person-times are no enforcement result, and an inspections count in person-times gives way to one counting
firms; a count of firms a measure is applied to (``对26家企业实施了查封扣押``) gives way to the period's
penalty total; officials listed with semicolons share the answering verb after the list; a place the entity
layer leaves untagged between two posts does not cut an official's chain of posts.
Every sentence is written for these tests.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.official_bodies import load_official_words
from pipeline.components.officials import OfficialLinker
from pipeline.event_readers.outcomes import relation
from tests.page_helpers import first_gathering, gatherings, page_record

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


def _outcome(rec: dict) -> dict:
    found = [e for e in rec["events"] if e["type"] == "enforcement_outcome"]
    assert found
    return found[0]


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


def test_officials_listed_with_semicolons_share_the_answering_verb(extractor):
    text = ("6月5日,常德市武陵区政府新闻办举行新闻发布会。区生态环境分局党组书记、局长周建明;"
            "区水利局副局长黄志华;出席发布会并回答记者提问。")
    rec = page_record(extractor, text, {"published": "2024-06-06", "province": "湖南省", "city": "常德市",
                                         "county": "武陵区"})
    assert {"周建明", "黄志华"} <= set(first_gathering(rec, "press_conference")["speakers"])


def _linked(nlp, words: list[str], labels: dict[int, str]) -> list:
    """The officials the linker reads from a Doc whose entities are set by hand (``labels``: word index ->
    label), so that a place can be left untagged whatever the entity model does."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in labels.items()]
    linker = OfficialLinker(words=load_official_words("configs/officials.json"))
    return linker(doc)._.officials


def test_an_untagged_place_between_posts_keeps_the_chain(extractor):
    words = ["州委常委", "、", "凯里", "市委书记", "、", "州开发区", "党工委书记", "、", "管委会", "主任", "王建平",
             "主持", "召开", "会议", "。"]
    labels = {0: "TITLE", 2: "GPE", 3: "TITLE", 6: "TITLE", 8: "ORG", 9: "TITLE", 10: "PERSON"}
    found = {o.person: o for o in _linked(extractor.nlp, words, labels)}
    assert found["王建平"].titles == ["州委常委", "市委书记", "党工委书记", "主任"]
    assert found["王建平"].org == "管委会"


def test_a_party_committee_and_its_government_convene_as_the_committee(extractor):
    text = ("10月20日,常德市委市政府召开新闻发布会,就《常德市关于推进美丽河湖建设的实施意见》进行发布解读。"
            "市生态环境局局长李明华介绍了有关情况。")
    rec = page_record(extractor, text, {"published": "2023-10-21", **UNDATED})
    assert first_gathering(rec, "press_conference")["organizer"] == "常德市委"


def test_a_plenary_held_by_video_is_held_by_its_committee(extractor):
    text = ("4月12日,汉寿县生态环境保护委员会2023年度第一次全体(扩大)视频会议召开,"
            "会议传达学习了省、市生态环境保护工作会议精神。副县长周海波出席会议并讲话。")
    rec = page_record(extractor, text, {"published": "2023-04-13", **UNDATED, "county": "汉寿县"})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["organizer"] == "汉寿县生态环境保护委员会"


def test_a_work_meeting_the_reporter_learned_from_without_a_locative_is_reported(extractor):
    text = ("1月9日,记者从常德市委经济工作会议获悉,2023年,全市空气质量优良天数比例达到89.6%,"
            "国控断面水质优良比例保持100%。")
    rec = page_record(extractor, text, {"published": "2024-01-10", **UNDATED})
    found = [e for e in gatherings(rec) if e["type"] == "meeting"]
    assert found and found[0]["date"] == "2024-01-09"
    assert found[0]["organizer"] == "常德市委"


def test_a_count_of_nothing_makes_no_outcome(extractor):
    text = "2023年,全市生态环境质量稳中向好,立案查处环境违法案件0起,发生突发环境事件0起。"
    rec = page_record(extractor, text, {"published": "2024-01-10", **UNDATED})
    assert not [e for e in rec["events"] if e["type"] == "enforcement_outcome"]


def test_equipment_sealed_gives_way_to_the_penalty_total(extractor):
    text = "2022年,全市共查封违法排污设施19处,立案处罚43件,罚款215.6万元。"
    rec = page_record(extractor, text, {"published": "2023-01-10", **UNDATED})
    assert _outcome(rec)["metrics"].get("enforcement.penalty_cases") == 43


def test_a_district_written_without_its_level_is_the_article_s_own(extractor):
    """A figure the scope layer put under ``高淳`` (the district's short name) belongs to an article about 高淳区."""
    words = next(proc for name, proc in extractor.nlp.pipeline if name.endswith("events")).words
    assert relation(words, "高淳", "高淳区", []) == "same"
    assert relation(words, "南京", "高淳区", ["南京市"]) == "above"
    assert relation(words, "六合", "高淳区", ["南京市"]) != "same"


def test_a_variant_character_opencc_keeps_is_simplified_in_officials(extractor):
    text = "6月3日,陜西省生態環境廳召開新聞發布會,陜西省生態環境廳副廳長劉建國介紹了全省生態環境質量狀況。"
    rec = page_record(extractor, text, {"published": "2024-06-04", "province": "陕西省", "city": "西安市"})
    assert {o["org"] for o in rec["officials"] if o["person"] == "刘建国"} == {"陕西省生态环境厅"}
    assert first_gathering(rec, "press_conference")["organizer"] == "陕西省生态环境厅"


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


def test_a_bureau_left_untagged_is_not_read_as_the_bureau_named_before(extractor):
    words = ["市生态环境局", "党组书记", "、", "局长", "李华", "，", "综合行政执法局", "局长", "王强", "出席", "发布会", "。"]
    labels = {0: "ORG", 1: "TITLE", 3: "TITLE", 4: "PERSON", 7: "TITLE", 8: "PERSON"}
    found = {o.person: o for o in _linked(extractor.nlp, words, labels)}
    assert found["李华"].org == "市生态环境局"
    assert found["王强"].org == "综合行政执法局"


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
