"""People (PERSON): where a name ends, titles only for named people, a person named once is the same person at
every mention, and what is no person (people at large, honorifics, places, machines and mines).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.persons import (
    Persons,
    leaders_listed,
    names_between_names,
    persons_among_places,
    persons_named_again,
    persons_not_places,
    titled_places_are_persons,
)
from pipeline.components.entity_passes.places import places_in_enumerations
from pipeline.components.entity_passes.titles import (
    folded_committee_titles,
    level_before_titles,
    person_in_sentence,
)

from .page_helpers import county_repair, doc_ents, ents, model_spans


def test_a_title_needs_a_person_in_its_sentence():
    text = "会议决定成立由分管副市长任组长的专班。市委副书记、市长,新区党工委书记张海峰出席。"
    person = text.index("张海峰")
    persons = Persons([(person, person + 3)])
    s = text.index("副市长")
    assert not person_in_sentence(text, s, s + 3, persons)  # nobody is named: no TITLE
    s = text.index("市长,")
    assert person_in_sentence(text, s, s + 2, persons)  # a chain of titles before the name


def test_a_person_found_once_is_found_at_every_mention(nlp):
    merger = nlp.get_pipe("entities")
    text = "局长吴海涛介绍了情况。谢谢吴海涛局长。吴海在会上发言。马龙区代表发言。"
    chosen = [(2, 5, "PERSON", "model", 0.9), (text.index("马龙"), text.index("马龙") + 2, "PERSON", "model", 0.5)]
    found = persons_named_again(merger.knowledge, text, chosen, lambda s, e: s >= 5)
    assert [text[s:e] for s, e in found] == ["吴海涛"]  # not the place 马龙, and only free mentions


def test_end_to_end_later_mentions_are_persons(nlp):
    doc = nlp("市生态环境局局长王建国出席会议并讲话。会后,王建国前往现场检查。")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["王建国", "王建国"]


def test_person_repairs_speakers_and_phrases_that_are_no_names():
    from pipeline.components.entity_rules import EntityRepair, load_rule_lists

    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    repair = EntityRepair(lists, {"局长": "TITLE", "副局长": "TITLE"})

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "PERSON")]

    assert fix("会上,韩志远介绍了全年情况", "韩志") == ["韩志远"]      # cut one short of a speaker
    assert fix("会上,韩志介绍了全年情况", "韩志") == ["韩志"]
    assert fix("感谢韩志远局长的介绍", "韩志") == ["韩志远"]           # cut one short of a title
    assert fix("韩志说,全年完成目标", "韩志说") == ["韩志"]              # the verb is no part of the name
    assert fix("请韩志副局长介绍情况", "韩志") == ["韩志"]                # a title starts right after the name
    assert fix("做到常学常新、常悟常进", "常新") == []                   # a parallel phrase
    assert fix("原标题:全年空气质量改善", "原标题") == []
    assert fix("全面推行林长制改革", "林长制") == []


def test_a_committee_written_with_its_position_is_one_title(nlp):
    merger = nlp.get_pipe("entities")
    text = "江城市委副书记、市长王海平出席。会议由市委书记主持召开。"
    person = text.index("王海平")
    chosen = [(0, 4, "ORG", "model", 0.9), (person, person + 3, "PERSON", "model", 0.9),
              (text.index("市委书记"), text.index("市委书记") + 2, "ORG", "model", 0.9)]
    out = folded_committee_titles(merger.knowledge, text, chosen, Persons([(person, person + 3)]))
    got = [(text[s:e], lab) for s, e, lab, _, _ in sorted(out)]
    assert ("江城", "GPE") in got and ("市委副书记", "TITLE") in got
    assert ("市委", "ORG") in got  # no person named in that sentence: the committee stays a body


def test_a_name_right_after_a_title_chain(nlp):
    doc = nlp("发布会由市生态环境局党组成员、副局长、新闻发言人钱海对全市情况进行通报。局长表示,今年将继续推进。")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert persons == ["钱海"]  # and 表示 after 局长 is no name


def test_a_region_word_after_a_known_region(natural_places=None):
    from pipeline.grammar.natural import NaturalPlaces, load_natural_names

    natural = NaturalPlaces(load_natural_names("configs/gazetteers/natural.txt"), lambda n: False)
    text = "长三角、珠三角区域及直辖市空气质量排名"
    s = text.index("珠三角")
    assert natural.repair(text, s, s + 5) == (s, s + 3)


def test_a_bare_level_before_a_title_belongs_to_it():
    text = "省生态环境保护督察专员李国强出席,江城市局长会议召开"
    s = text.index("生态")
    out = level_before_titles(text, [(s, s + 10, "TITLE", "gazetteer", 1.0)])
    assert text[out[0][0]:out[0][1]] == "省生态环境保护督察专员"
    s = text.index("局长")
    out = level_before_titles(text, [(s, s + 2, "TITLE", "model", 1.0)])
    assert text[out[0][0]:out[0][1]] == "局长"  # 江城市 is a place's name, not a level


def test_rarer_surnames_after_a_title_are_names(nlp):
    for name in ("寿建民", "忻晓东", "贡桑"):
        doc = nlp(f"区生态环境局局长{name}介绍了今年以来全区空气质量改善情况。")
        assert name in [e.text for e in doc.ents if e.label_ == "PERSON"], name


def _doubtful(entity_repair, text, name):
    s = text.index(name)
    return entity_repair.doubtful_person(text, s, s + len(name))


def test_a_surname_with_mou_and_one_character_is_anonymised(extractor):
    found = ents(extractor, "经查，某村村民龙某军、雷某雄等6人在未取得许可的情况下非法倾倒废物。")
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize("text", [
    "邀请人大代表、区政协委员和群众代表参与监督。",
    "组织机关干部同居民代表一起清理河道垃圾。",
])
def test_people_at_large_are_no_person(extractor, text):
    assert not any(label in ("PERSON", "TITLE") for _, label in ents(extractor, text))


@pytest.mark.parametrize("text", [
    "企业负责人王总介绍了治理情况。",
    "由分管副市长任总召集人，统筹推进整改。",
])
def test_an_honorific_or_a_verb_of_charge_is_no_person(extractor, text):
    assert not any(label == "PERSON" for _, label in ents(extractor, text))


def test_a_name_after_a_title_closed_by_a_persons_verb(extractor):
    found = ents(extractor, "副市长贺湘东陪同检查。")
    assert ("贺湘东", "PERSON") in found
    assert ("副市长", "TITLE") in found


def test_a_three_character_name_closed_by_the_segmenters_word_boundary(extractor):
    found = ents(extractor, "3月1日,岳阳市委副书记、市长阳卫东乘船督查洞庭湖综合治理工作。")
    assert ("阳卫东", "PERSON") in found
    assert ("岳阳", "GPE") in found
    assert ("市长", "TITLE") in found


def test_a_name_between_a_body_and_its_post_is_a_person(extractor):
    found = ents(extractor, "会上,区政府包云飞副区长讲话,县水务局邓立新委员参加。")
    assert ("包云飞", "PERSON") in found
    assert ("邓立新", "PERSON") in found


def test_ren_between_two_posts_means_serves_as(extractor):
    found = ents(extractor, "工作专班由区长任总指挥,分管副区长任副总指挥。")
    assert not any(label in ("PERSON", "TITLE") for _, label in found)


def test_a_people_is_no_person(extractor):
    found = ents(extractor, "赫哲族渔民在江面上撒网,赫哲族人世代以打鱼为生。")
    assert not any(label == "PERSON" and t.endswith("族") for t, label in found)


def test_a_rare_surname_needs_a_persons_evidence(entity_repair):
    assert _doubtful(entity_repair, "车间里的粉碎机、拌料机已经拆除", "粉碎机")        # a machine, not a name
    assert _doubtful(entity_repair, "会上,列席人员分别发言", "列席")                  # a verb
    assert not _doubtful(entity_repair, "副局长逄立新介绍了执法情况", "逄立新")        # a title before the name
    assert not _doubtful(entity_repair, "蔺红军科长带队检查", "蔺红军")                # a title after the name
    assert not _doubtful(entity_repair, "(记者 蔺红军)近日", "蔺红军")                 # a byline


def test_a_name_before_a_facility_or_in_quotes_is_no_person(entity_repair):
    assert _doubtful(entity_repair, "执法人员对张家洼煤矿进行检查", "张家洼")        # a mine named after its village
    assert _doubtful(entity_repair, "王官屯断面水质达到Ⅲ类", "王官屯")               # a monitoring section
    assert _doubtful(entity_repair, "全力擦亮“金城蓝”这张名片", "金城蓝")             # a quoted slogan
    assert not _doubtful(entity_repair, "王官屯介绍了断面水质情况", "王官屯")          # a speaker
    assert not _doubtful(entity_repair, "执法人员刘建华检查了现场", "刘建华")          # a common surname, nothing after


def test_end_to_end_machines_and_mines_are_no_persons(nlp):
    doc = nlp("检查时该厂车间内的切菜机、搅拌机设备已拆除。执法人员随后对李家庄煤矿进行了检查。")
    assert [e.text for e in doc.ents if e.label_ in ("PERSON", "TITLE")] == []


def test_groups_four_character_phrases_and_a_verb_after_a_name(entity_repair):
    assert _doubtful(entity_repair, "发展林下种植等产业", "林下种植")            # four characters, no compound surname
    assert not _doubtful(entity_repair, "欧阳明华介绍了情况", "欧阳明华")
    assert not entity_repair.is_person_name("采访团")                             # a group, not a name
    text = "近日,市长陈晏率队开展巡河活动"
    s = text.index("陈晏率")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 3, "PERSON")] == ["陈晏"]


@pytest.mark.parametrize("phrase", ["一同", "先后", "一行"])
def test_a_two_character_name_run_into_a_two_character_verb_phrase_is_the_name(entity_repair, phrase):
    text = f"副县长邢立{phrase}调研了污水处理厂。"
    s = text.index("邢立")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 4, "PERSON")] == ["邢立"]


def test_a_place_name_after_a_title_and_before_a_verb_is_a_person(nlp):
    merger = nlp.get_pipe("entities")
    text = "市人大常委会副主任向阳出席活动。向阳区空气质量优良。"
    t, p = text.index("副主任"), text.index("向阳")
    chosen = [(t, t + 3, "TITLE", "model", 1.0), (p, p + 2, "GPE", "model", 1.0),
              (text.rindex("向阳"), text.rindex("向阳") + 3, "GPE", "gazetteer", 1.0)]
    out = titled_places_are_persons(merger.knowledge, text, chosen)
    assert [(text[s:e], lab) for s, e, lab, *_ in out][1:] == [("向阳", "PERSON"), ("向阳区", "GPE")]


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


def test_a_listed_full_name_is_found_where_the_words_cut_it(nlp):
    assert ("习近平", "PERSON") in doc_ents(nlp, "要学懂弄通做实习近平生态文明思想。")


def test_a_speech_verb_after_a_name_is_no_part_of_it(nlp):
    ents = doc_ents(nlp, "会议由县委常委、常务副县长罗建平主持。市环保局副局长郭文清应邀出席会议并讲话。")
    assert ("罗建平", "PERSON") in ents and ("郭文清", "PERSON") in ents
    assert not any(label == "PERSON" and name in ("罗建平主持", "应邀") for name, label in ents)


def test_a_name_stops_before_a_one_character_verb():
    repair = county_repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "PERSON")]

    assert fix("分管环保的副县长赵刚下沉一线督导整改", "赵刚下") == ["赵刚"]
    assert fix("县委书记孙伟作动员讲话", "孙伟作") == ["孙伟"]
    assert fix("县委书记孙伟华主持会议", "孙伟华") == ["孙伟华"]  # a three-character name stays whole


def test_a_place_named_like_a_person_given_elsewhere_is_that_person(nlp):
    merger = nlp.get_pipe("entities")
    text = "市长林远海作出批示。会议宣读了林远海的批示。"
    chosen = model_spans(text, ("林远海", "PERSON"))
    s = text.index("林远海", 8)
    chosen.append((s, s + 3, "LOC", "model", 0.6))
    assert [c[2] for c in persons_not_places(merger.knowledge, text, chosen)] == ["PERSON", "PERSON"]


def test_a_name_between_a_bare_level_body_and_its_post(nlp):
    # 县人大 and 县政协 are bodies only the bare-level rule finds; the names between them and their posts
    # are persons all the same
    doc = nlp("会议由县委副书记主持。县委王建军副书记、县人大赵文斌副主任、县政协孙立新副主席出席会议。")
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"赵文斌", "孙立新"} <= persons


def test_leaders_listed_after_a_level_lose_the_deng_that_closes_the_list(extractor):
    found = ents(extractor, "会议由县长孙立新主持,县领导洪晓梅、袁志东、李锐等出席会议。")
    for name in ("洪晓梅", "袁志东", "李锐"):
        assert (name, "PERSON") in found
    assert ("李锐等", "PERSON") not in found


@pytest.mark.parametrize("text, name", [
    ("县城南社区居民古丽娜尔·吐尔逊对家门口的变化很满意。", "古丽娜尔·吐尔逊"),
    ("防风固沙林一角。艾尔肯·买买提摄", "艾尔肯·买买提"),
])
def test_a_transcribed_name_with_its_dot_is_a_person(extractor, text, name):
    assert (name, "PERSON") in ents(extractor, text)


def test_a_dotted_pair_of_words_is_no_person(extractor):
    found = ents(extractor, "栏目:民生·城事 政法·军事\n" + "今年全县优良天数为330天。")
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize("text, name", [
    ("县生态环境局局长周平汇报了全县工作。", "周平"),
    ("副局长王立通报了全市执法检查情况。", "王立"),
])
def test_a_name_the_model_ran_into_a_reporting_verb_loses_the_verb(extractor, text, name):
    found = ents(extractor, text)
    assert (name, "PERSON") in found
    assert any(label == "TITLE" and surface.endswith("局长") for surface, label in found)


@pytest.mark.parametrize("text", ["县级领导高建华、孙立平出席会议。", "市領導陳志遠參加調研。", "分管领导周明带队检查。"])
def test_leaders_of_a_level_are_no_title(entity_repair, text):
    """领导 says who attends, not a post held (GUIDELINES: 分管领导同志 is no TITLE): a model that tags
    县级|领导 before a list of names would give every name an official record with that "title"."""
    start = text.index("领导") if "领导" in text else text.index("領導")
    level = 2 if text[start - 2:start] in ("县级", "分管") else 1
    assert entity_repair.repair(text, start - level, start + 2, "TITLE") == []
    assert entity_repair.repair(text, start, start + 2, "TITLE") == []


def test_a_roster_of_guests_gives_each_padded_name_its_post_and_body(extractor):
    """做客嘉宾: one line a guest, the post padded to a column and the name spaced to three characters'
    width: each name is a PERSON with its spaces, its post a TITLE, and its record's name has no spaces."""
    from pipeline.io.readers import Document

    text = ("做客嘉宾:\n\n县生态环境局党组成员、副局长     林  涛\n\n县生态环境局监测站站长       许  静\n\n"
            "县生态环境局综合执法大队大队长   郑   强\n")
    found = ents(extractor, text)
    for name in ("林  涛", "许  静", "郑   强"):
        assert (name, "PERSON") in found
    for post in ("副局长", "站长", "大队长"):
        assert (post, "TITLE") in found
    officials = {o.person: o for o in extractor.process_one(Document("t", text=text)).officials}
    assert set(officials) == {"林涛", "许静", "郑强"}
    assert officials["许静"].titles == ["站长"] and officials["许静"].org.endswith("监测站")


@pytest.mark.parametrize("text, name", [
    ("州政协副主席、县委书记尹宝山出席会议并讲话。", "尹宝山"),
    ("市长王金河介绍,全市空气质量持续改善。", "王金河"),
])
def test_a_given_name_ending_like_a_mountain_or_a_river_after_a_post_is_a_person(extractor, text, name):
    """山, 河 end place names and given names alike: after a post (or before a person's verb) it is a name."""
    found = ents(extractor, text)
    assert (name, "PERSON") in found and not any(label == "GPE" for _, label in found)


def test_a_preposition_after_a_three_character_name_is_the_clauses(extractor):
    found = ents(extractor, "市委副书记、市长付旭明于1月2日到横市镇调研。")
    assert ("付旭明", "PERSON") in found and ("付旭明于", "PERSON") not in found


def test_list_members_between_known_names_are_names_too(extractor):
    found = ents(extractor, "县人大常委会副主任王德明、敬育昆、雍雅明、李建国参加调研。")
    assert {("敬育昆", "PERSON"), ("雍雅明", "PERSON")} <= set(found)


def test_places_listed_between_places_stay_places(extractor):
    found = ents(extractor, "检查组先后来到永安镇、石桥镇、青山镇等地。")
    assert not any(label == "PERSON" for _, label in found)


def test_an_idiom_after_a_name_is_no_part_of_it(extractor):
    found = ents(extractor, "市委副书记、市长王挚轻车简从，深入一线调研。")
    assert ("王挚", "PERSON") in found


def test_river_chiefs_posts_are_whole(extractor):
    found = ents(extractor, "县委副书记、县级河长刘明带队巡河，县级分段河长张永明参加。")
    assert ("县级河长", "TITLE") in found and ("县级分段河长", "TITLE") in found


@pytest.mark.parametrize("text, name", [
    ("副局长王海波道出了其中的原因。", "王海波"),
    ("科长李建军围绕水污染防治作了发布。", "李建军"),
    ("县长周明来到河道现场。", "周明"),
])
def test_a_name_read_into_the_verb_after_it_ends_before_the_verb(entity_repair, text, name):
    s = text.index(name)
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + len(name) + 1, "PERSON")] == [name]


def test_the_name_opening_a_turn_under_its_role_header_is_a_person(extractor):
    found = ents(extractor, "主持人\n晏翀:各位媒体朋友,大家上午好!欢迎参加今天的新闻发布会。")
    assert ("晏翀", "PERSON") in found


@pytest.mark.parametrize("text, word", [
    ("序号\n行政\n区域\n受理编号\n", "区域"), ("市政府相关负责人陪同调研。", "相关"), ("繁体版\n关怀版\n首页", "关怀版"),
    ("要领导任双组长,高位推动林长制工作。", "高位"), ("湖的美景哦\n那么\n一起看看本周的变化", "那么"),
    # trees, birds and beasts, pumps, beaches and road sections, and words of a river's course
    ("沿岸栽种了杨树、柳树和榆树。", "杨树"), ("保护区内有林麝、白天鹅等珍稀动物。", "林麝"),
    ("拆除沿海鲍鱼场和违建泵站。", "鲍鱼场"), ("统筹干支流、上下游、左右岸协同治理。", "上下游"),
    ("县委书记全程陪同调研。", "全程"), ("确保候鸟安然越冬。", "安然"),
])
def test_words_ending_like_no_name_are_no_persons(extractor, text, word):
    assert (word, "PERSON") not in ents(extractor, text)


def test_a_name_ending_like_a_bridge_is_a_person_beside_a_post(extractor):
    assert ("周石桥", "PERSON") in ents(extractor, "会议由副县长周石桥主持,各乡镇负责人参加。")


def test_a_name_ending_in_wei_keeps_it_before_what_follows_a_whole_name(entity_repair):
    text = "局长何大为一行到河道开展巡查。局长王强为大家介绍情况。"
    s = text.index("何大为")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 3, "PERSON")] == ["何大为"]
    s = text.index("王强为")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 3, "PERSON")] == ["王强"]



def test_a_two_character_name_cut_before_wei_takes_it_where_the_article_settles_the_name(entity_repair):
    text = "副省长韩某为到保护区调研。韩某为一行察看了湿地。"
    s = text.index("韩某")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 2, "PERSON")] == ["韩某为"]
    alone = "副省长韩某为到保护区调研。"  # nothing in this article says the name ends in 为
    assert [alone[a:b] for a, b, _ in entity_repair.repair(alone, s, s + 2, "PERSON")] == ["韩某"]


def test_a_two_character_name_ending_like_a_mountain_is_a_person_after_a_post_and_before_tongzhi(extractor):
    found = ents(extractor, "省林业厅党组成员、副厅长冯山同志出席会议并讲话。")
    assert ("冯山", "PERSON") in found and ("副厅长", "TITLE") in found
    assert ("冯山", "PERSON") not in ents(extractor, "冯山脚下的村庄种满了果树。")


def test_linxia_is_a_word_not_a_name(extractor):
    assert ("林下", "PERSON") not in ents(extractor, "县里鼓励农户发展林下种植,林下经济收入明显增加。")


# --- people in lists, beside their posts and read as places or waters (sentences written for these tests) ---


def test_the_last_name_of_a_list_before_ji_is_a_person(knowledge):
    text = "县领导韦某明、龙某芳、卢某武及有关部门负责人参加。"
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("韦某明", "龙某芳")]
    out = names_between_names(knowledge, text, chosen, bytearray(len(text)))
    s = text.index("卢某武")
    assert (s, s + 3, "PERSON", "rule", 1.0) in out


def test_a_name_the_model_read_as_a_place_between_names_is_a_person(knowledge):
    text = "副县长罗某逸、班禹霞、吴某银参加。"
    s = text.index("班禹霞")
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("罗某逸", "吴某银")]
    out = names_between_names(knowledge, text, chosen + [(s, s + 3, "GPE", "model", 0.6)], bytearray(len(text)))
    assert (s, s + 3, "PERSON", "rule", 1.0) in out and (s, s + 3, "GPE", "model", 0.6) not in out


def test_a_list_of_as_many_people_as_counties_keeps_its_people(knowledge):
    # 甲、乙及某县、某县: the two persons are no evidence that their unknown neighbour is a county
    text = "县领导韦某明、龙某芳、班禹霞及平塘县、惠水县相关负责人参加。"
    chosen = [(text.index(n), text.index(n) + 3, "PERSON", "model", 0.9) for n in ("韦某明", "龙某芳")]
    chosen += [(text.index(n), text.index(n) + 3, "GPE", "model", 0.9) for n in ("平塘县", "惠水县")]
    out = places_in_enumerations(knowledge, text, sorted(chosen), bytearray(len(text)))
    s = text.index("班禹霞")
    assert not any(c[0] == s and c[2] == "GPE" for c in out)


def test_a_name_run_into_tongzhi_keeps_the_name(knowledge):
    text = "县政府副县长孔德平同志出席会议。"
    s = text.index("孔德平")
    assert knowledge.repair.repair(text, s, s + 5, "PERSON") == [(s, s + 3, "PERSON")]


def test_a_post_run_into_the_name_after_it_is_the_post(knowledge):
    text = "市委常委、市级河长柏文涛带队巡河。"
    s = text.index("市级河长")
    assert knowledge.repair.repair(text, s, s + 5, "ORG") == [(s, s + 4, "TITLE")]


def test_a_body_and_post_run_into_a_name_without_surname_are_the_body_and_the_post(knowledge, extractor):
    # 某州政协|副主席|(a Tibetan name) 出席: the model's body ran over the post and the name up to the verb
    text = "州政协副主席扎西顿珠出席会议。"
    got = knowledge.repair.repair(text, 0, text.index("出席") + 2, "ORG")
    assert [(text[a:b], label) for a, b, label in got] == [("副主席", "TITLE")]
    assert {("州政协", "ORG"), ("副主席", "TITLE")} <= set(ents(extractor, "副州长刘明远,州政协副主席扎西顿珠出席会议。"))
    # a body whose name holds a post's word (某政协农牧|委员会) stays one body
    text = "会议听取了自治区政协农牧委员会所作的报告。"
    s = text.index("自治区")
    assert knowledge.repair.repair(text, s, text.index("所作"), "ORG") == [(s, text.index("所作"), "ORG")]


def test_the_name_after_a_chain_of_posts_is_found_from_the_last_post(extractor):
    from pipeline.io.readers import Document
    text = "某市委常委、市委秘书长、市级河长柏文涛带队深入巡查。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    persons = [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"]
    assert persons == ["柏文涛"]


def test_an_adverb_after_a_two_character_name_is_no_part_of_it(knowledge):
    from pipeline.components.entity_passes.persons import names_after_titles

    class Title:  # a gazetteer span: only its label, start and end are read
        label_, start_char, end_char = "TITLE", 0, 3

    text = "副局长柏涛正在现场检查。"
    found = names_after_titles(knowledge, text, [Title()], lambda a, b: True)
    assert (3, 6) not in found


def test_a_name_run_into_its_post_is_the_name_and_the_post(knowledge):
    text = "区政府柏文涛副区长参加。"
    s = text.index("柏文涛")
    out = knowledge.repair.repair(text, s, s + 6, "TITLE")
    assert [(text[a:b], label) for a, b, label in out] == [("柏文涛", "PERSON"), ("副区长", "TITLE")]


def test_a_posts_modifier_is_no_name(knowledge):
    text = "自治区人民政府常务副主席黄某强主持会议。"
    s = text.index("常务")
    out = knowledge.repair.repair(text, s, s + 5, "TITLE")
    assert not any(label == "PERSON" for _, _, label in out)


def test_a_transliterated_names_other_middle_dot_joins_the_name(extractor):
    from .page_helpers import ents
    text = "自治区公安厅环侦总队的加勒肯・吾斯曼作交流发言。"
    assert ("加勒肯・吾斯曼", "PERSON") in ents(extractor, text)  # offsets into the text as given, dot included


def test_a_name_opening_like_a_sea_after_its_post_is_the_name(extractor):
    from .page_helpers import ents
    found = ents(extractor, "县委书记黄海蓉，县委副书记、县长陈名洋陪同检查。黄海近岸海域水质优良。")
    assert ("黄海蓉", "PERSON") in found and ("黄海", "LOC") in found


@pytest.mark.parametrize("phrase", ["向大家", "向各位", "彭越浦"])
def test_phrases_and_channels_are_no_names(knowledge, phrase):
    assert not knowledge.repair.is_person_name(phrase)


def test_everyday_words_opening_with_a_surnames_character_are_no_names(entity_repair):
    """关于, 安排, 胡杨: a preposition, a verb, a tree; 关, 安 and 胡 are surnames but these are words."""
    for word in ("关于", "安排", "胡杨", "康养", "公示牌", "焦点图", "关注者", "师生们", "字体", "字号变大"):
        assert not entity_repair.is_person_name(word), word
    assert entity_repair.is_person_name("关晓彤")
    assert entity_repair.is_person_name("包巴图")  # a Mongolian given name ends in 图


@pytest.mark.parametrize("sentence, name", [
    ("自治区政协副主席其木格介绍调研情况。", "其木格"),
    ("县委副书记、县长阿依古丽主持会议。", "阿依古丽"),
    ("景区管委会主任扎西多吉出席会议并讲话。", "扎西多吉"),
])
def test_a_name_without_a_han_surname_after_a_chained_title_and_before_a_speech_verb(extractor, sentence, name):
    assert (name, "PERSON") in ents(extractor, sentence)


@pytest.mark.parametrize("sentence, word", [
    ("区环保局刘鹏书记首先传达了文件精神。", "首先"),
    ("各级河长要按照河长巡河制度要求开展巡查。", "巡河制度"),
    ("副市长宋科一同调研。", "宋科一同"),
])
def test_words_after_a_title_before_a_verb_are_no_name_without_the_chain(extractor, sentence, word):
    assert not any(t == word for t, _ in ents(extractor, sentence))


def test_a_name_a_county_shares_is_the_titled_person_again_before_a_speech_verb(extractor):
    found = ents(extractor, "市委书记方正出席会议并讲话。方正指出,要切实抓好整改。")
    assert found.count(("方正", "PERSON")) == 2 and ("方正", "GPE") not in found


@pytest.mark.parametrize("sentence, name", [
    ("区委统战部副部长李晓主持座谈。", "李晓"),
    ("副市长李煜解读了《规定》。", "李煜"),
])
def test_a_two_character_name_before_a_verb_it_runs_into(extractor, sentence, name):
    assert (name, "PERSON") in ents(extractor, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("县委书记周永和强调,各级各部门要落实责任。", "周永和"),
    ("县委书记车向贤介绍,全县空气质量持续改善。", "车向贤"),
])
def test_a_three_character_name_the_model_cut_to_two(extractor, sentence, name):
    assert (name, "PERSON") in ents(extractor, sentence)


def test_a_name_before_deng_and_a_verb_keeps_two_characters(extractor):
    assert ("周剑", "PERSON") in ents(extractor, "市政府秘书长周剑等参加会议。")


def test_a_given_name_ending_like_a_section_where_a_post_and_a_speech_verb_stand_by(extractor):
    found = ents(extractor, "省生态环境厅大气环境处副处长许技科介绍,全省空气质量持续改善。")
    assert ("许技科", "PERSON") in found
    assert not any(label == "PERSON" for _, label in ents(extractor, "市局综合科科长参加。"))


def test_a_name_with_its_post_written_after_it_is_the_person_and_the_title(extractor):
    found = ents(extractor, "李欣部长一行来到龙窝湖调研。")
    assert ("李欣", "PERSON") in found and ("部长", "TITLE") in found


@pytest.mark.parametrize("sentence, name", [
    ("副县长赵岩做工作报告。", "赵岩"),
    ("全媒体记者石鹏拍摄。", "石鹏"),
])
def test_a_name_runs_into_no_verb_of_reporting_or_photographing(extractor, sentence, name):
    assert (name, "PERSON") in ents(extractor, sentence)


def test_a_chiefs_post_or_a_photos_position_is_no_name(extractor):
    found = ents(extractor, "全面推行河长制和湖长制。县长(左二)在河边调研。")
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize("sentence, name", [
    ("县政府副县长代忠良深入部分乡镇督导。", "代忠良"),
    ("县人大常委会副主任字学强到镇里调研。", "字学强"),
])
def test_surnames_of_the_south_west_open_names(extractor, sentence, name):
    assert (name, "PERSON") in ents(extractor, sentence)


def test_a_roster_lines_title_label_names_the_person_after_its_colon(knowledge):
    from pipeline.components.entity_passes.persons import names_after_titles

    class Title:  # a gazetteer span: only its label, start and end are read
        label_, start_char, end_char = "TITLE", 0, 2

    text = "湖长:赵明远 省委常委"
    assert (3, 6) in names_after_titles(knowledge, text, [Title()], lambda a, b: True)


def test_an_honorific_after_a_name_that_is_also_a_rivers_is_no_part_of_it(extractor):
    found = ents(extractor, "省生态环境厅副厅长钱江先生介绍情况。以及6名政协委员代表参加会议。")
    assert ("钱江", "PERSON") in found and not any(t in ("钱江先生", "代表") for t, _ in found)


def test_a_name_with_a_compound_surname_after_a_post(extractor):
    found = ents(extractor, "全市推进大会召开,市长欧阳立新出席并讲话。欧阳立新指出,要守住底线。")
    assert ("市长", "TITLE") in found and found.count(("欧阳立新", "PERSON")) == 2


def test_a_name_the_model_read_as_a_section_between_names_is_a_name(extractor):
    # 某金科: a given name ending like a section (科), listed between persons
    found = ents(extractor, "市领导张志远、李金科、赵文涛、孙海峰出席。")
    assert ("李金科", "PERSON") in found


def test_the_last_name_of_a_list_after_a_titled_name_before_their_shared_verb(extractor):
    found = ents(extractor, "自治区副主席张建明、常立新出席会议并讲话。")
    assert ("常立新", "PERSON") in found
    # a conjunction and a word after a post are no name (总书记|和中央…)
    found = ents(extractor, "认真贯彻习近平总书记和中央有关要求。")
    assert not any(surface == "和中央" for surface, _ in found)


def test_a_verb_of_delivering_or_of_taking_a_post_ends_no_name(extractor):
    found = ents(extractor, "生态环境厅副厅长高建致发布词,监测处处长孙立强介绍情况。")
    assert ("高建", "PERSON") in found
    found = ents(extractor, "成立以县委书记、县长为双组长的生态环境保护工作领导小组。")
    assert not any(label == "PERSON" for _, label in found)


def test_a_long_transcribed_name_may_end_like_a_village(extractor):
    found = ents(extractor, "自治区人大常委会主任顿珠江村主持会议。")
    assert ("顿珠江村", "PERSON") in found and ("主任", "TITLE") in found


def test_names_listed_with_their_posts_after_them(extractor):
    # 某某厅长、某某专员、某某副厅长: the first member's shape names the rest
    found = ents(extractor, "省生态环境厅高立新厅长、吴建华专员、龙刚副厅长先后到南昌市调研督导。")
    assert {("吴建华", "PERSON"), ("专员", "TITLE"), ("龙刚", "PERSON"), ("副厅长", "TITLE")} <= set(found)


def test_a_name_ending_in_a_conjunctions_character_before_a_clause_mark(extractor):
    found = ents(extractor, "县委副书记、县长梁立和,县领导杨学锋、吴鹏成参加。")
    assert ("梁立和", "PERSON") in found
    # at the end of a text a title leaves no name to read
    assert ents(extractor, "会议由县长") is not None


def test_a_name_before_its_post_and_a_verb_opening_the_clause(extractor):
    found = ents(extractor, "10月30日上午,鲍立恒区长主持召开区政府常务会议。")
    assert ("鲍立恒", "PERSON") in found and ("区长", "TITLE") in found


def test_a_name_before_feedback_or_ending_in_he_before_a_speech(extractor):
    found = ents(extractor, "督察组组长邓立新反馈督察意见,第一政委王建和作表态发言。")
    assert ("邓立新", "PERSON") in found and ("王建和", "PERSON") in found


@pytest.mark.parametrize("sentence, name, tail", [
    ("副县长、某某河县级河长钱建林带领县水利局负责同志开展巡河。", "钱建林", "带领"),
    ("镇级河长孙晓淼叫上镇农业办干部一起去巡河。", "孙晓淼", "叫"),
    ("副市长赵国林首巡某某河。", "赵国林", "首"),
])
def test_a_leader_ends_before_the_verb_that_follows_him(extractor, sentence, name, tail):
    found = ents(extractor, sentence)
    assert (name, "PERSON") in found and not any(tail in t for t, label in found if label in ("PERSON", "ORG"))


def test_an_acting_head_is_one_post(extractor):
    assert ("代理县长", "TITLE") in ents(extractor, "县委副书记、代理县长周明华陪同调研。")


def test_an_ordinal_after_a_post_is_no_name(extractor):
    found = ents(extractor, "县委书记第三次到湿地公园调研,察看生态修复情况。")
    assert not any(label == "PERSON" and t.startswith("第") for t, label in found)


def test_a_transcribed_name_with_a_spaced_dot_is_one_person(extractor):
    found = ents(extractor, "座谈会由自治区政协主席买买提 · 阿不都热合曼主持。")
    assert ("买买提 · 阿不都热合曼", "PERSON") in found


def test_a_leaders_name_ends_before_lv_when_the_segmenter_glues_them(extractor):
    found = ents(extractor, "全国政协副主席王建率调研组来我省督办调研。")
    assert ("王建", "PERSON") in found and ("王建率", "PERSON") not in found


def test_a_name_ends_before_a_party_warning(extractor):
    found = ents(extractor, "给予某某稀土公司总经理谢建宏党内严重警告处分。")
    assert ("谢建宏", "PERSON") in found


def test_a_name_opening_like_a_sea_before_a_speech_is_a_person(extractor):
    found = ents(extractor, "协会常务理事会议在杭州召开。黄海涛在致辞中表示,要加强湿地保护。黄海海域水质稳定。")
    assert ("黄海涛", "PERSON") in found and ("黄海", "LOC") in found


def test_a_festival_is_no_name(extractor):
    found = ents(extractor, "会议就2020年大熊猫节筹备情况进行了讨论。")
    assert not any(label == "PERSON" for _, label in found)


def test_a_reservoir_chief_is_a_post(extractor):
    found = ents(extractor, "区委常委、白石岭水库区级库长周敏赴太子镇白石岭水库巡库。")
    assert ("区级库长", "TITLE") in found


@pytest.mark.parametrize("name", ["杜力洪·阿不都尔逊", "马敖·塞依提哈木扎"])
def test_uyghur_and_kazakh_names_with_their_dot_are_persons(extractor, name):
    assert (name, "PERSON") in ents(extractor, f"自治区环境保护厅厅长{name}作工作报告。")


@pytest.mark.parametrize("sentence, name", [
    ("区长李建浩沿途察看城市界面和河道。", "李建浩"),
    ("管理局局长文定清向检查组报告整改进展。", "文定清"),
])
def test_a_name_ends_before_the_words_that_follow_it(extractor, sentence, name):
    found = ents(extractor, sentence)
    assert (name, "PERSON") in found
    assert not any(t.startswith(name) and t != name for t, _ in found)


@pytest.mark.parametrize("text, name", [
    ("县政协主席林镇出席会议并讲话。", "林镇"),
    ("副县长向科主持会议。", "向科"),
    ("市生态环境局副局长邵江介绍了整改进展。", "邵江"),
    ("副市长孙立山一同调研。", "孙立山"),
])
def test_a_name_ending_like_a_town_or_a_river_between_a_post_and_a_persons_verb(extractor, text, name):
    assert (name, "PERSON") in ents(extractor, text)


@pytest.mark.parametrize("text", [
    "局长办公会研究了整改方案。",
    "沿岸乡镇分别落实河长制。",
])
def test_the_ending_still_speaks_against_a_name_without_a_persons_verb(extractor, text):
    assert not any(label == "PERSON" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text, name", [
    ("县委副书记、县长严永和就加强重点企业监管提出要求。", "严永和"),
    ("市委书记、市长谢来发深入城区调研。", "谢来发"),
    ("区委书记涂洁贵率队调研全区生态环境保护工作。", "涂洁贵"),
])
def test_a_name_the_model_cut_one_character_short_before_a_topic_or_a_visit(extractor, text, name):
    assert (name, "PERSON") in ents(extractor, text)


def test_a_tibetan_name_of_two_or_three_name_elements_is_a_person(extractor):
    """次仁平措, 洛桑江村, 昂江多杰: Tibetan names carry no surname, so the surname readers miss them; two or three
    name elements where a word opens make a person, over a place the model read in it (江村 is also a village's
    word), and the post before it is the person's."""
    from .page_helpers import ents
    found = ents(extractor, "自治区副主席次仁平措参加会议。洛桑江村介绍,西藏生态良好。州林草局局长昂江多杰正带着一行人巡山。")
    assert {("次仁平措", "PERSON"), ("洛桑江村", "PERSON"), ("昂江多杰", "PERSON"), ("局长", "TITLE")} <= set(found)
    # one element is no name: 格桑花 is a flower, no person
    assert not [t for t, label in ents(extractor, "当地群众在格桑花丛中拍照。") if label == "PERSON"]


def test_a_name_before_its_post_and_an_act_in_person_is_a_person(extractor):
    found = ents(extractor, "针对交办问题,林海东区长现场调度污水处理厂整改。")
    assert ("林海东", "PERSON") in found and ("区长", "TITLE") in found
    found = ents(extractor, "按照省委要求以及周立平省长现场督办等要求抓好整改。")
    assert ("周立平", "PERSON") in found and ("省长", "TITLE") in found


def test_the_last_name_of_a_list_before_a_conjunction_does_not_take_it(extractor):
    found = ents(extractor, "区人大常委会副主任穆青山、方玉成、胡建新和委员共20人出席。")
    assert ("胡建新", "PERSON") in found
    assert not any(text.endswith("和") for text, _ in found)


def test_tibetan_names_with_more_name_elements(extractor):
    found = ents(extractor, "会上听取了汇报。\n扎西次珠副主席强调,要提高认识。索南旺堆同志在玉树市调研。")
    assert ("扎西次珠", "PERSON") in found and ("副主席", "TITLE") in found and ("索南旺堆", "PERSON") in found
