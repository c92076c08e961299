"""Entity precision on unseen pages: patterns found by reviewing pages the rules were never tuned on.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.bodies import bodies_named_after_places
from pipeline.components.entity_passes.natural_features import straddles_feature
from pipeline.components.entity_passes.persons import (Persons, leaders_listed, persons_among_places,
                                                      titled_places_are_persons)
from pipeline.components.entity_passes.places import zones_named_after_places
from pipeline.components.entity_passes.titles import folded_committee_titles
from pipeline.components.entity_rules import EntityRepair, byline_persons, load_rule_lists


@pytest.fixture(scope="module")
def lists():
    return load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                           "configs/gazetteers/surnames.txt")


@pytest.fixture(scope="module")
def repair(lists):
    return EntityRepair(lists, {"局长": "TITLE", "副局长": "TITLE", "科长": "TITLE"})


def _doubtful(repair, text, name):
    s = text.index(name)
    return repair.doubtful_person(text, s, s + len(name))


def test_a_rare_surname_needs_a_persons_evidence(repair):
    assert _doubtful(repair, "车间里的粉碎机、拌料机已经拆除", "粉碎机")        # a machine, not a name
    assert _doubtful(repair, "会上,列席人员分别发言", "列席")                  # a verb
    assert not _doubtful(repair, "副局长逄立新介绍了执法情况", "逄立新")        # a title before the name
    assert not _doubtful(repair, "蔺红军科长带队检查", "蔺红军")                # a title after the name
    assert not _doubtful(repair, "(记者 蔺红军)近日", "蔺红军")                 # a byline


def test_a_name_before_a_facility_or_in_quotes_is_no_person(repair):
    assert _doubtful(repair, "执法人员对张家洼煤矿进行检查", "张家洼")        # a mine named after its village
    assert _doubtful(repair, "王官屯断面水质达到Ⅲ类", "王官屯")               # a monitoring section
    assert _doubtful(repair, "全力擦亮“金城蓝”这张名片", "金城蓝")             # a quoted slogan
    assert not _doubtful(repair, "王官屯介绍了断面水质情况", "王官屯")          # a speaker
    assert not _doubtful(repair, "执法人员刘建华检查了现场", "刘建华")          # a common surname, nothing after


def test_a_byline_name_ending_in_wen_keeps_its_last_character(repair, lists):
    text = "(记者 韩梦文 周涛)本月起,"
    names = [text[s:e] for s, e in byline_persons(text, lists, repair.is_person_name)]
    assert names == ["韩梦文", "周涛"]


def test_end_to_end_machines_and_mines_are_no_persons(nlp):
    doc = nlp("检查时该厂车间内的切菜机、搅拌机设备已拆除。执法人员随后对李家庄煤矿进行了检查。")
    assert [e.text for e in doc.ents if e.label_ in ("PERSON", "TITLE")] == []


def _org(repair, text, surface):
    s = text.index(surface)
    return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "ORG")]


def test_organisations_cut_where_the_name_ends(repair):
    assert _org(repair, "在县委县政府的统一部署下", "县委县政府") == ["县委", "县政府"]     # two bodies
    assert _org(repair, "江城区环境保护大会暨河长制会议召开", "江城区环境保护大会暨") == []  # a meeting
    assert _org(repair, "局机关召开年度工作务虚会", "年度工作务虚会") == []
    assert _org(repair, "落实市环境保护委员会会议部署", "市环境保护委员会会议部署") == ["市环境保护委员会"]
    assert _org(repair, "听取市水务局汇报及与会代表发言", "市水务局汇报及与会") == ["市水务局"]
    assert _org(repair, "市自然资源局一行来到现场调研", "市自然资源局一行") == ["市自然资源局"]
    assert _org(repair, "地处江城市北部,气候温和", "江城市北部") == []                # a direction, no body
    assert _org(repair, "经查,检查时该厂正在生产", "检查时该厂") == []                  # a body pointed at
    assert _org(repair, "意见请反馈至区自然资源分局", "至区自然资源分局") == ["区自然资源分局"]
    assert _org(repair, "依法共计处以5万元罚款", "共计处") == []
    assert _org(repair, "市委常委会研究部署", "市委常委会") == ["市委常委会"]        # a standing body stays


def test_a_province_inside_a_lake_or_river_name_is_no_place(nlp):
    merger = nlp.get_pipe("entities")
    text = "东湖南岸建成湿地。调研组赴湖南考察。"
    assert straddles_feature(merger.knowledge, text, text.index("湖南"))           # 东湖 + 南岸
    assert not straddles_feature(merger.knowledge, text, text.rindex("湖南"))      # 赴湖南: the province


def test_a_zone_named_after_a_river_is_one_place():
    text = "淮河口产业集聚区召开会议。城北区、城南区等工业集中区域实行管控。"
    out = zones_named_after_places(text, [(0, 2, "LOC", "model", 1.0)])
    assert [text[s:e] for s, e, lab, *_ in out if lab == "GPE"] == ["淮河口产业集聚区"]
    s = text.index("城南区")
    out = zones_named_after_places(text, [(s, s + 3, "GPE", "model", 1.0)])
    assert [text[a:b] for a, b, *_ in out] == ["城南区"]                 # 等…区域 is no zone's name


def test_natural_places_that_are_roads_verbs_or_clipped_reservoirs(nlp):
    natural = nlp.get_pipe("entities").knowledge.natural
    text = "调研组来到湘江北路检查。做到守河有责。汾河水库出口断面为Ⅰ类。"
    s = text.index("湘江")
    assert natural.repair(text, s, s + 2) is None                        # a road named after the river
    s = text.index("守河")
    assert natural.repair(text, s, s + 2) is None                        # a verb and a feature character
    s = text.index("汾河")
    assert natural.repair(text, s, s + 2) == (s, s + 4)                   # the reservoir named after the river


def test_a_development_zone_in_a_list_keeps_its_first_character(nlp):
    doc = nlp("该厂位于传输通道区域(永年、丛台、邯山、经开区、成安、临漳、磁县)之外。")
    assert "经开区" in [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_body_after_a_place_stops_at_a_visit(nlp):
    merger = nlp.get_pipe("entities")
    text = "江城市督导组一行来到樱花谷管委会,听取汇报。"
    out = bodies_named_after_places(merger.knowledge, text, [(0, 3, "GPE", "model", 1.0)])
    assert "江城市督导组一行来到樱花谷管委会" not in [text[s:e] for s, e, *_ in out]


def _spans(text):
    from pipeline.grammar.quantities import find_all

    return [(text[m.start:m.end], m.label) for m in find_all(text)]


def test_days_of_one_month_sharing_ri_are_one_date():
    assert _spans("3月8、12日现场检查笔录") == [("3月8、12日", "DATE")]
    assert _spans("2023年6月2、9、16日分别复查") == [("2023年6月2、9、16日", "DATE")]
    assert _spans("二〇二二年十二月印发") == [("二〇二二年十二月", "DATE")]
    assert _spans("该局于2023 年 4月 11日检查") == [("2023 年 4月 11日", "DATE")]


def test_articles_of_a_law_are_no_quantities():
    assert _spans("违反了《水污染防治法》三十九条的规定") == []
    assert _spans("依据该法八十三条第二项,处10万元罚款") == [("10万元", "QUANTITY")]


def test_a_district_whose_name_is_a_numeral_is_a_place(nlp):
    doc = nlp("督导组来到二七区检查扬尘治理。")
    assert [(e.text, e.label_) for e in doc.ents] == [("二七区", "GPE")]


def test_groups_four_character_phrases_and_a_verb_after_a_name(repair):
    assert _doubtful(repair, "发展林下种植等产业", "林下种植")            # four characters, no compound surname
    assert not _doubtful(repair, "欧阳明华介绍了情况", "欧阳明华")
    assert not repair.is_person_name("采访团")                             # a group, not a name
    text = "近日,市长陈晏率队开展巡河活动"
    s = text.index("陈晏率")
    assert [text[a:b] for a, b, _ in repair.repair(text, s, s + 3, "PERSON")] == ["陈晏"]


def test_organisations_run_on_into_an_organiser_or_a_spot(repair):
    assert _org(repair, "由中共江城市委宣传部主办的活动", "中共江城市委宣传部主办") == ["中共江城市委宣传部"]
    assert _org(repair, "来到城东路隧洞出口处查看", "城东路隧洞出口处") == []
    text = "随后来到经开区调研"
    s = text.index("来到")
    assert [text[a:b] for a, b, _ in repair.repair(text, s, s + 5, "GPE")] == ["经开区"]


def test_a_committee_post_taken_into_an_org_is_a_place_and_a_title(nlp):
    merger = nlp.get_pipe("entities")
    text = "江北省委常委、市委书记周明远出席会议。"
    p = text.index("周明远")
    chosen = [(0, 6, "ORG", "model", 1.0), (p, p + 3, "PERSON", "model", 1.0)]
    out = folded_committee_titles(merger.knowledge, text, chosen, Persons([(p, p + 3)]))
    assert [(text[s:e], lab) for s, e, lab, *_ in sorted(out)][:2] == [("江北", "GPE"), ("省委常委", "TITLE")]


def test_a_place_name_after_a_title_and_before_a_verb_is_a_person(nlp):
    merger = nlp.get_pipe("entities")
    text = "市人大常委会副主任向阳出席活动。向阳区空气质量优良。"
    t, p = text.index("副主任"), text.index("向阳")
    chosen = [(t, t + 3, "TITLE", "model", 1.0), (p, p + 2, "GPE", "model", 1.0),
              (text.rindex("向阳"), text.rindex("向阳") + 3, "GPE", "gazetteer", 1.0)]
    out = titled_places_are_persons(merger.knowledge, text, chosen)
    assert [(text[s:e], lab) for s, e, lab, *_ in out][1:] == [("向阳", "PERSON"), ("向阳区", "GPE")]


def test_monitoring_levels_are_no_part_of_a_river_name(nlp):
    natural = nlp.get_pipe("entities").knowledge.natural
    text = "清水河省控白沙断面和市控三江口断面水质优良"
    s = text.index("清水河")
    assert natural.repair(text, s, s + 7) == (s, s + 3)
    s = text.index("市控")
    fixed = natural.repair(text, s, s + 5)
    assert fixed and text[fixed[0]:fixed[1]] == "三江口"


def test_names_listed_after_city_leaders_are_persons(nlp):
    merger = nlp.get_pipe("entities")
    text = "省环保厅巡视员郑某,市领导王健、程水泉、文树林出席。"
    p = text.index("程水泉")
    out = leaders_listed(merger.knowledge, text, [(p, p + 3, "LOC", "model", 1.0)], bytearray(len(text)))
    assert sorted(text[s:e] for s, e, lab, *_ in out if lab == "PERSON") == ["文树林", "王健", "程水泉"]


def test_a_person_listed_between_places_is_no_person(nlp):
    merger = nlp.get_pipe("entities")
    text = "加快湿地公园、宋家城、白沙湖等建设。局长李明、王强出席。"
    a, b, c = text.index("湿地公园"), text.index("宋家城"), text.index("白沙湖")
    l, w = text.index("李明"), text.index("王强")
    chosen = [(a, a + 4, "LOC", "model", 1.0), (b, b + 3, "PERSON", "model", 1.0), (c, c + 3, "LOC", "model", 1.0),
              (l, l + 2, "PERSON", "model", 1.0), (w, w + 2, "PERSON", "model", 1.0)]
    out = persons_among_places(merger.knowledge, text, chosen)
    assert [text[s:e] for s, e, lab, *_ in out if lab == "PERSON"] == ["李明", "王强"]


def test_dates_inside_a_web_address_are_no_dates():
    assert _spans("原文链接:http://news.example.cn/html/2025-05/14/content_1.htm\n5月13日,记者获悉") == [
        ("5月13日", "DATE")]
