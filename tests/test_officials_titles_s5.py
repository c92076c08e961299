"""Person, title and official boundaries as real pages write them (sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.components.entity_passes.bodies import (bare_level_bodies, bodies_named_after_places,
                                                      firms_after_places, inner_body_start)
from pipeline.components.entity_passes.body_lists import governments_after_committees, short_bodies_in_lists
from pipeline.components.entity_passes.persons import Persons, persons_not_places
from pipeline.components.entity_passes.titles import (folded_committee_titles, level_before_titles,
                                                      person_in_sentence, sections_before_titles, whole_titles)
from pipeline.components.entity_rules import EntityRepair, load_rule_lists
from pipeline.components.officials import normalize_org
from pipeline.io.readers import Document


def _repair():
    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    return EntityRepair(lists, {"副县长": "TITLE", "县委书记": "TITLE", "江西": "GPE", "江西省": "GPE"})


def test_a_name_stops_before_a_one_character_verb():
    repair = _repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "PERSON")]

    assert fix("分管环保的副县长赵刚下沉一线督导整改", "赵刚下") == ["赵刚"]
    assert fix("县委书记孙伟作动员讲话", "孙伟作") == ["孙伟"]
    assert fix("县委书记孙伟华主持会议", "孙伟华") == ["孙伟华"]  # a three-character name stays whole


def _spans(text, *items):
    out = []
    for surface, label in items:
        s = text.index(surface)
        out.append((s, s + len(surface), label, "model", 0.9))
    return out


def test_a_title_is_the_longest_listed_title_and_leaves_an_anaphoric_body_out(nlp):
    merger = nlp.get_pipe("entities")
    text = "会上,该局党支部委员、一级主任科员周建华通报了情况,分管环保的常务副县长钱勇出席。"
    chosen = _spans(text, ("该局党支部委员", "TITLE"), ("一级主任", "TITLE"), ("周建华", "PERSON"),
                    ("副县长", "TITLE"), ("钱勇", "PERSON"))
    got = [text[s:e] for s, e, lab, *_ in whole_titles(merger.knowledge, text, chosen) if lab == "TITLE"]
    assert got == ["党支部委员", "一级主任科员", "常务副县长"]


def test_a_township_committee_written_with_its_post_is_one_title(nlp):
    merger = nlp.get_pipe("entities")
    text = "会议结束前,镇党委书记黄海波就下一步工作提出要求。"
    chosen = _spans(text, ("镇党委", "ORG"), ("黄海波", "PERSON"))
    persons = Persons([(c[0], c[1]) for c in chosen if c[2] == "PERSON"])
    got = [(text[s:e], lab) for s, e, lab, *_ in folded_committee_titles(merger.knowledge, text, chosen, persons)]
    assert ("镇党委书记", "TITLE") in got and ("镇党委", "ORG") not in got


def test_a_township_body_is_normalised_to_the_town():
    context = SimpleNamespace(city="东莞市", province="广东省", county="石碣镇", local_county=None)
    assert normalize_org("镇党委", context) == "石碣镇党委"
    assert normalize_org("镇政府", SimpleNamespace(city="东莞市", province="广东省", county=None,
                                                 local_county=None)) == "镇政府"


def test_a_folded_committee_after_its_city_is_not_written_twice(extractor):
    text = "督察组组长通报督察意见,江门市市委书记王志刚作表态发言。\n"
    record = extractor.process_one(Document("t", text=text, meta={"city": "江门市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["王志刚"]["titles"] == ["市委书记"]
    assert found["王志刚"]["org"] == "江门市委"


def test_a_bare_level_before_a_body_belongs_to_it():
    text = "记者从县生态环境局了解到,全县空气质量持续改善。"
    chosen = _spans(text, ("生态环境局", "ORG"))
    assert [text[s:e] for s, e, *_ in level_before_titles(text, chosen)] == ["县生态环境局"]
    text = "全县生态环境局系统干部参加培训。"
    chosen = _spans(text, ("生态环境局", "ORG"))
    assert [text[s:e] for s, e, *_ in level_before_titles(text, chosen)] == ["生态环境局"]


def test_a_clause_between_a_place_and_a_body_opens_a_second_name(nlp):
    merger = nlp.get_pipe("entities")
    text = "通辽市共接到中央第二生态环境保护督察组转办的信访件。"
    assert inner_body_start(merger.knowledge, text, 0, text.index("转办")) == text.index("中央")
    text = "河北永顺丰宁矿业有限公司"  # a short place name inside a firm's name
    assert inner_body_start(merger.knowledge, text, 0, len(text)) is None
    text = "通辽市科尔沁区生态环境分局"  # places written together, then the body
    assert inner_body_start(merger.knowledge, text, 0, len(text)) is None


def test_task_forces_with_a_quoted_campaign_and_the_central_team():
    from pipeline.components.entity_passes.bodies import TASK_FORCE

    text = "鄂州市“蓝天保卫行动”领导组已检查企业120家"
    assert TASK_FORCE.match(text).group() == "鄂州市“蓝天保卫行动”领导组"
    assert TASK_FORCE.match("中央督察组交办的信访件").group() == "中央督察组"


def test_a_body_before_a_meeting_word_is_the_organisation():
    repair = _repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "ORG")]

    assert fix("方案已经县政府常务会议审议通过", "县政府常务会议") == ["县政府"]
    assert fix("某某督察组督察某市情况反馈会召开", "某某督察组督察某市情况反馈会") == []
    assert fix("会议听取了全县生态环境保护大会筹备情况", "全县生态环境保护大会") == []


def test_a_place_named_like_a_person_given_elsewhere_is_that_person(nlp):
    merger = nlp.get_pipe("entities")
    text = "市长林远海作出批示。会议宣读了林远海的批示。"
    chosen = _spans(text, ("林远海", "PERSON"))
    s = text.index("林远海", 8)
    chosen.append((s, s + 3, "LOC", "model", 0.6))
    assert [c[2] for c in persons_not_places(merger.knowledge, text, chosen)] == ["PERSON", "PERSON"]


def test_words_of_the_sentence_before_a_body_and_venues_are_no_organisation():
    repair = _repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "ORG")]

    assert fix("全县上下对标市委部署要求", "对标市委") == ["市委"]
    assert fix("全县上下紧盯省委部署要求", "紧盯省委") == ["省委"]
    assert fix("团市委组织青年志愿者", "团市委") == ["团市委"]
    assert fix("中共省委召开会议", "中共省委") == ["中共省委"]
    assert fix("省第二督察组交办的信访件已全部办结", "省第二督察组交办") == ["省第二督察组"]
    assert fix("省督察组交办的信访件已全部办结", "省督察组交办") == []  # a short team name (written documents)
    assert fix("县生态环境局在三楼会议室召开会议", "三楼会议室") == []


def test_a_committee_and_its_government_written_together_are_two_bodies():
    repair = _repair()
    text = "全面落实江西省委省政府决策部署"
    s = text.index("江西省委省政府")
    got = [text[a:b] for a, b, _ in repair.repair(text, s, s + 7, "ORG")]
    assert got == ["江西省委", "省政府"]


def test_a_section_tagged_with_its_title_joins_the_body_before_it(nlp):
    merger = nlp.get_pipe("entities")
    text = "南昌市生态环境局水生态环境处处长程刚介绍了情况。"
    chosen = _spans(text, ("南昌市生态环境局", "ORG"), ("水生态环境处处长", "TITLE"), ("程刚", "PERSON"))
    got = [(text[s:e], lab) for s, e, lab, *_ in sections_before_titles(merger.knowledge, text, chosen)]
    assert got == [("南昌市生态环境局水生态环境处", "ORG"), ("处长", "TITLE"), ("程刚", "PERSON")]


def test_a_bare_government_after_its_committee_is_a_body_and_every_government_is_none():
    text = "方案已报送县委、政府审定。"
    chosen = _spans(text, ("县委", "ORG"))
    got = [text[s:e] for s, e, *_ in governments_after_committees(text, chosen, bytearray(len(text)))]
    assert got == ["县委", "政府"]
    text = "各有关县(区)党委、政府迅速行动。"
    chosen = _spans(text, ("政府", "ORG"))
    assert governments_after_committees(text, chosen, bytearray(len(text))) == []


def test_a_title_far_from_any_name_describes_nobody():
    text = ("成立由县委书记、县长任双组长的整改工作领导小组,每月召开一次调度会议,通报各乡镇整改进度,"
            "坚持以习近平生态文明思想为指导。")
    person = text.index("习近平")
    persons = Persons([(person, person + 3)])
    s = text.index("县长")
    assert not person_in_sentence(text, s, s + 2, persons)


def test_a_bare_body_takes_the_place_of_the_same_body_named_in_full():
    from pipeline.components.officials import written_place

    context = SimpleNamespace(city="德阳市", province="四川省", county=None, local_county="广汉市")
    orgs = ["广汉市生态环境局", "市生态环境局执法大队", "广汉市人民政府"]
    places = {"广汉市"}
    assert written_place("市生态环境局执法大队", orgs, places, context) == "广汉市"  # a county-level city's 市
    assert written_place("市政府新闻办", orgs, places, context) == "广汉市"
    # the article names its context city's bodies: the context decides
    assert written_place("市生态环境局执法大队", orgs + ["德阳市生态环境局"], places, context) is None
    # bodies of several county-level cities (a list of those reporting): none of them is the article's 市
    two = ["广汉市政府", "什邡市政府", "市政府"]
    assert written_place("市政府", two, {"广汉市", "什邡市"}, context) is None


def test_a_body_with_its_branch_after_a_list_of_places_stays_whole(nlp):
    merger = nlp.get_pipe("entities")
    text = "旌阳区、罗江区和德阳市生态环境局中江分局作交流发言。"
    chosen = _spans(text, ("旌阳区", "GPE"), ("罗江区", "GPE"), ("德阳市生态环境局中江分局", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in bodies_named_after_places(merger.knowledge, text, chosen)]
    assert ("德阳市生态环境局中江分局", "ORG") in got


def test_a_named_town_before_its_folded_committee_title(extractor):
    text = "据了解,新华镇党委副书记、镇长周斌带队开展秸秆禁烧巡查。\n"
    record = extractor.process_one(Document("t", text=text, meta={"city": "江门市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["周斌"]["org"] == "新华镇党委"


def test_bodies_listed_by_short_name_before_one_with_its_ending(nlp):
    merger = nlp.get_pipe("entities")
    text = "该县对环保、住建、市场监管局负责人进行约谈。"
    chosen = _spans(text, ("环保", "PERSON"), ("市场监管局", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in short_bodies_in_lists(merger.knowledge, text, chosen, bytearray(len(text)))]
    assert got == [("环保", "ORG"), ("住建", "ORG"), ("市场监管局", "ORG")]
    text = "统筹大气、水、土壤污染防治办公室工作。"  # a one-character member: no list of bodies
    chosen = _spans(text, ("土壤污染防治办", "ORG"))
    assert len(short_bodies_in_lists(merger.knowledge, text, chosen, bytearray(len(text)))) == 1


def test_a_place_before_its_committee_title_is_a_place():
    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    repair = EntityRepair(lists, {"新会区": "GPE"})
    text = "新会区委常委、副区长黄明出席"
    assert repair.repair(text, 0, 2, "ORG") == [(0, 2, "GPE")]


def test_a_firm_registered_under_its_province_after_the_place_it_stands_in(nlp):
    merger = nlp.get_pipe("entities")
    text = "群众举报阿坝州四川华新建材有限公司粉尘污染问题。"
    chosen = _spans(text, ("阿坝州四川华新建材有限公司", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in firms_after_places(merger.knowledge, text, chosen)]
    assert got == [("阿坝州", "GPE"), ("四川华新建材有限公司", "ORG")]
    text = "检查了阿坝州华新建材有限公司。"  # no province opens the firm's name: one ORG
    chosen = _spans(text, ("阿坝州华新建材有限公司", "ORG"))
    assert len(firms_after_places(merger.knowledge, text, chosen)) == 1


def test_a_listed_title_tagged_as_two_titles_is_one(nlp):
    merger = nlp.get_pipe("entities")
    text = "执法支队副支队长、三级主任科员郑伟作表态发言。"
    chosen = _spans(text, ("副支队长", "TITLE"), ("三级主任", "TITLE"), ("科员", "TITLE"), ("郑伟", "PERSON"))
    got = [text[s:e] for s, e, lab, *_ in whole_titles(merger.knowledge, text, chosen) if lab == "TITLE"]
    assert got == ["副支队长", "三级主任科员"]


def test_a_bare_bureau_word_speaks_of_the_article_s_own_bureau(extractor):
    text = ("5月6日,德阳市生态环境局召开警示教育大会。德阳市生态环境局党组书记、局长何平出席,"
            "市自然资源局副局长蒋芳到会指导。局党组成员、副局长罗斌主持会议。\n")
    record = extractor.process_one(Document("t", text=text, meta={"city": "德阳市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["罗斌"]["org"] == "德阳市生态环境局"


def test_bodies_written_with_a_bare_level_that_opens_a_clause():
    text = "在州委、州政府领导下,经州环保局查实,市委宣传部组织采访。\n 省委 | 省人大 | 省政协"
    got = [text[s:e] for s, e, *_ in bare_level_bodies(text, [], bytearray(len(text)))]
    assert got == ["州委", "州政府", "州环保局"]  # not 市委 of 市委宣传部, not a portal's bar
