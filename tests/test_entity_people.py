"""Titles only for named people; a person named once is the same person at every mention.

Sentences written for these tests.
"""

from __future__ import annotations

from pipeline.components.entity_passes.persons import Persons, persons_named_again
from pipeline.components.entity_passes.titles import folded_committee_titles, level_before_titles, person_in_sentence


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


def test_a_name_between_a_bare_level_body_and_its_post(nlp):
    # 县人大 and 县政协 are bodies only the bare-level rule finds; the names between them and their posts
    # are persons all the same
    doc = nlp("会议由县委副书记主持。县委王建军副书记、县人大赵文斌副主任、县政协孙立新副主席出席会议。")
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"赵文斌", "孙立新"} <= persons


def test_authors_in_brackets_after_the_last_sentence(nlp):
    doc = nlp("全市空气质量持续改善。\n(王海涛 陈丽萍)\n相关新闻")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["王海涛", "陈丽萍"]
    # a bracket holding a credit word or any other word is no credit
    doc = nlp("全市空气质量持续改善。(资料图)\n治理工作稳步推进。(记者 王海涛)\n")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["王海涛"]
