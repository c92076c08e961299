"""Titles (TITLE): the longest listed post, posts in chains across bodies, folded committee titles, and titles
that describe nobody.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.persons import Persons
from pipeline.components.entity_passes.titles import (folded_committee_titles, person_in_sentence, places_run_into_posts,
                                                     whole_titles)
from pipeline.components.entity_rules import EntityRepair, load_rule_lists
from pipeline.io.readers import Document

from .page_helpers import doc_ents, ents, model_spans, record_ents


def test_the_first_post_of_a_chain_across_bodies_is_a_title(extractor):
    found = ents(extractor, "发布会由市委宣传部副部长、市政府新闻办主任李建国主持。")
    assert ("副部长", "TITLE") in found and ("主任", "TITLE") in found


def test_a_role_without_a_name_in_such_a_chain_stays_out(extractor):
    found = ents(extractor, "会议要求各部门主要负责人、市生态环境局局长李强参加。")
    assert ("主要负责人", "TITLE") not in found and ("局长", "TITLE") in found


def test_a_committee_before_its_secretary_with_nobody_named_is_no_body(extractor):
    assert not any(label == "ORG" for _, label in ents(extractor, "坚持市委书记围绕重点工作亲自部署。"))


def test_a_secretary_with_a_name_keeps_the_title(extractor):
    found = ents(extractor, "市委书记孙立新出席会议并讲话。")
    assert ("市委书记", "TITLE") in found and ("孙立新", "PERSON") in found


def test_a_committee_post_taken_into_an_org_is_a_place_and_a_title(nlp):
    merger = nlp.get_pipe("entities")
    text = "江北省委常委、市委书记周明远出席会议。"
    p = text.index("周明远")
    chosen = [(0, 6, "ORG", "model", 1.0), (p, p + 3, "PERSON", "model", 1.0)]
    out = folded_committee_titles(merger.knowledge, text, chosen, Persons([(p, p + 3)]))
    assert [(text[s:e], lab) for s, e, lab, *_ in sorted(out)][:2] == [("江北", "GPE"), ("省委常委", "TITLE")]


def test_ranked_posts_and_squad_leaders_are_titles(nlp):
    ents = doc_ents(nlp, "省生态环境厅副厅长级生态环境监察专员刘海峰,区执法大队执法二分队副分队长孙立出席。")
    assert ("副厅长级生态环境监察专员", "TITLE") in ents and ("副分队长", "TITLE") in ents


def test_a_title_is_the_longest_listed_title_and_leaves_an_anaphoric_body_out(nlp):
    merger = nlp.get_pipe("entities")
    text = "会上,该局党支部委员、一级主任科员周建华通报了情况,分管环保的常务副县长钱勇出席。"
    chosen = model_spans(text, ("该局党支部委员", "TITLE"), ("一级主任", "TITLE"), ("周建华", "PERSON"),
                    ("副县长", "TITLE"), ("钱勇", "PERSON"))
    got = [text[s:e] for s, e, lab, *_ in whole_titles(merger.knowledge, text, chosen) if lab == "TITLE"]
    assert got == ["党支部委员", "一级主任科员", "常务副县长"]


def test_a_township_committee_written_with_its_post_is_one_title(nlp):
    merger = nlp.get_pipe("entities")
    text = "会议结束前,镇党委书记黄海波就下一步工作提出要求。"
    chosen = model_spans(text, ("镇党委", "ORG"), ("黄海波", "PERSON"))
    persons = Persons([(c[0], c[1]) for c in chosen if c[2] == "PERSON"])
    got = [(text[s:e], lab) for s, e, lab, *_ in folded_committee_titles(merger.knowledge, text, chosen, persons)]
    assert ("镇党委书记", "TITLE") in got and ("镇党委", "ORG") not in got


def test_a_title_far_from_any_name_describes_nobody():
    text = ("成立由县委书记、县长任双组长的整改工作领导小组,每月召开一次调度会议,通报各乡镇整改进度,"
            "坚持以习近平生态文明思想为指导。")
    person = text.index("习近平")
    persons = Persons([(person, person + 3)])
    s = text.index("县长")
    assert not person_in_sentence(text, s, s + 2, persons)


def test_a_named_town_before_its_folded_committee_title(extractor):
    text = "据了解,新华镇党委副书记、镇长周斌带队开展秸秆禁烧巡查。\n"
    record = extractor.process_one(Document("t", text=text, meta={"city": "江门市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["周斌"]["org"] == "新华镇党委"


def test_a_place_before_its_committee_title_is_a_place():
    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    repair = EntityRepair(lists, {"新会区": "GPE"})
    text = "新会区委常委、副区长黄明出席"
    assert repair.repair(text, 0, 2, "ORG") == [(0, 2, "GPE")]


def test_a_listed_title_tagged_as_two_titles_is_one(nlp):
    merger = nlp.get_pipe("entities")
    text = "执法支队副支队长、三级主任科员郑伟作表态发言。"
    chosen = model_spans(text, ("副支队长", "TITLE"), ("三级主任", "TITLE"), ("科员", "TITLE"), ("郑伟", "PERSON"))
    got = [text[s:e] for s, e, lab, *_ in whole_titles(merger.knowledge, text, chosen) if lab == "TITLE"]
    assert got == ["副支队长", "三级主任科员"]


def test_a_title_run_over_its_place_or_committee_is_split(extractor):
    text = "会上,锡林浩特市委书记、开发区管委会主任李文明作了讲话。"
    found = record_ents(extractor, text)
    assert ("市委书记", "TITLE") in found and ("锡林浩特市委书记", "TITLE") not in found
    assert ("主任", "TITLE") in found and ("管委会主任", "TITLE") not in found


@pytest.mark.parametrize("text, body, title", [
    ("会议由县委常委、县政府常务副县长蒋立平主持。", "县政府", "常务副县长"),
    ("县委副书记、政府县长韩志远主持会议。", "政府", "县长"),
])
def test_a_government_run_into_its_heads_post_is_the_body_and_the_post(extractor, text, body, title):
    found = ents(extractor, text)
    assert (body, "ORG") in found and (title, "TITLE") in found


def test_a_governments_secretary_general_stays_one_post(entity_repair):
    text = "省政府副秘书长"
    assert entity_repair._split_title(text, 0, len(text), text) == [(0, len(text), "TITLE")]


@pytest.mark.parametrize("text, title", [
    ("常务副县长孙立新,县委宣传部长韩志远,副县长蒋立平出席会议。", "县委宣传部长"),
    ("县长孙立新,县委常委统战部长韩志远出席会议。", "统战部长"),
])
def test_a_department_head_written_short_after_its_committee_is_one_post(extractor, text, title):
    found = ents(extractor, text)
    assert (title, "TITLE") in found and ("韩志远", "PERSON") in found


def test_the_political_and_legal_or_discipline_secretary_is_one_post(extractor):
    found = ents(extractor, "县委常委、政法委书记杜立林,县委常委、纪委书记王强出席。")
    assert ("政法委书记", "TITLE") in found and ("纪委书记", "TITLE") in found


def test_a_section_read_as_a_post_before_a_name_and_its_post_is_the_section(extractor):
    found = ents(extractor, "省生态环境厅办公室张丰收主任、规划财务处刘胜副处长分别介绍了有关情况。")
    assert ("规划财务处", "ORG") in found and ("刘胜", "PERSON") in found and ("副处长", "TITLE") in found


def test_two_posts_written_together_are_two_titles(extractor):
    found = ents(extractor, "东城区人民政府党组成员副区长 王立新先生介绍了有关情况。")
    assert ("党组成员", "TITLE") in found and ("副区长", "TITLE") in found
    assert ("党组成员副区长", "TITLE") not in found


def test_a_chief_of_waters_at_any_level_is_one_post(extractor):
    """省总河湖长, 旗级河湖长, 市总河(湖)长: one family of posts written out in titles.txt by its alternations; the
    bracketed 湖 never splits the post."""
    text = "省长、省总河湖长陈立新讲话。副旗长、旗级河湖长赵凤英通报工作。市委书记、市总河(湖)长马立军主持会议并讲话。"
    found = ents(extractor, text)
    assert {("省总河湖长", "TITLE"), ("旗级河湖长", "TITLE"), ("市总河(湖)长", "TITLE")} <= set(found)
    # a prefecture's level (地区级) and a chief shared by neighbours (联合河长) are of the family too
    found = ents(extractor, "某某错地区级湖长泽仁扎西、行署副专员李明开展巡湖。区级联合河长、副区长张明出席。")
    assert {("地区级湖长", "TITLE"), ("区级联合河长", "TITLE")} <= set(found)


def test_the_first_chief_and_a_place_before_a_chiefs_post(extractor):
    """市第一总河长 (the party secretary's chief post) is one post; a county's short name the model read into a
    chief's post (某某|总河长) is the place, and the person keeps the whole chain of posts before it."""
    text = "平川县委书记、市第一总林长高志远讲话。彭阳县委书记、彭阳总河长、茹河河长刘振东巡河。"
    found = ents(extractor, text)
    assert ("市第一总林长", "TITLE") in found
    record = extractor.process_one(Document("t", text="彭阳县委书记、彭阳总河长、茹河河长刘振东巡河。")).to_json_dict()
    official = {o["person"]: o for o in record["officials"]}["刘振东"]
    assert official["titles"] == ["县委书记", "总河长", "河长"]


@pytest.mark.parametrize(("place", "post"), [("安远县", "副县长"), ("临湘市", "副市长"), ("江岸区", "副区长")])
def test_a_place_run_into_the_post_after_it_is_the_place_and_the_whole_post(nlp, place, post):
    """某县副县|长某某: the model stopped inside the post it ran the place into; the place is the GPE and the post,
    finished with the character after the span, the TITLE."""
    merger = nlp.get_pipe("entities")
    text = f"考察组到某地调研,{place}{post}周立平陪同。"
    chosen = model_spans(text, (place + post[:-1], "GPE"), ("周立平", "PERSON"))
    got = [(text[s:e], lab) for s, e, lab, *_ in sorted(places_run_into_posts(merger.knowledge, text, chosen))]
    assert got == [(place, "GPE"), (post, "TITLE"), ("周立平", "PERSON")]


def test_a_known_place_is_never_cut_for_a_post():
    from pipeline.components.entity_passes.titles import places_run_into_posts as cut

    class Knowledge:  # a place listed whole: nothing to split
        class repair:
            known = {"长": "TITLE"}

        @staticmethod
        def is_known_place(name):
            return name in ("长治市", "长治")
    text = "长治市长治路"
    assert cut(Knowledge, text, [(0, 3, "GPE", "model", 0.9)]) == [(0, 3, "GPE", "model", 0.9)]


def test_a_word_list_line_with_alternations_stands_for_every_word():
    from pipeline.components.gazetteer import expand_alternations
    assert expand_alternations("{省级|}{|副}河长") == ["省级河长", "省级副河长", "河长", "副河长"]
    assert expand_alternations("局长") == ["局长"]


def test_a_standing_vice_chair_is_one_post_after_a_party_s_central_committee(extractor):
    record = extractor.process_one(Document("t", text="全国政协副主席、民进中央常务副主席朱永新出席开幕式。")).to_json_dict()
    assert ("常务副主席", "TITLE") in [(e["text"], e["label"]) for e in record["entities"]]
    assert [(o["person"], o["org"]) for o in record["officials"]] == [("朱永新", "全国政协")]


def test_a_headline_post_restating_the_leads_official_is_a_title(extractor):
    text = "临江市委书记主持召开河湖治理专题会议\n4月8日,临江市委书记高文斌主持召开专题会议。"
    found = ents(extractor, text)
    assert found.count(("市委书记", "TITLE")) == 2
    assert ("临江市委", "ORG") not in found
    # a committee and a post nobody holds in the article stay as the model read them
    assert ("市委书记", "TITLE") not in ents(extractor, "坚持市委书记抓环保的工作机制。")


def test_a_listed_leaders_post_is_kept_where_only_the_gazetteer_reads_the_name(extractor):
    # the model misses the name after 学习了; the gazetteer lists it, and the post after it is a title
    found = ents(extractor, "会议学习了习近平总书记在座谈会上的讲话精神。")
    assert ("习近平", "PERSON") in found and ("总书记", "TITLE") in found
