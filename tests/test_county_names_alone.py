"""A county's short name that is no ordinary word is a place on its own (entity_passes/county_names.py).

Every sentence here is written for the test; none is taken from an article.  The pipeline
tests fail without the pass (the county alone is then no entity) or without its checks (an
ordinary word, a road's or a firm's name would then be a place).
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.county_names import county_names_alone, county_short_names_before_bodies
from pipeline.components.gazetteer import lone_county_names
from pipeline.io.readers import Document

DIVISIONS = "configs/gazetteers/divisions.tsv"
WORDS = "configs/gazetteers/county_short_words.txt"


def gpes(extractor, text: str) -> list[str]:
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [e["text"] for e in record["entities"] if e["label"] == "GPE"]


def test_lone_county_names_leave_out_the_ordinary_words():
    names = lone_county_names(DIVISIONS, WORDS)
    assert {"如东", "德钦", "蕉城", "清城"} <= names
    assert "麻阳" in names  # 麻阳苗族自治县: the peoples' names are no part of the short name
    assert not {"和平", "资源", "全州", "会同", "吉利", "泰山"} & names


@pytest.mark.parametrize("text, place", [
    ("今年以来，德钦空气质量持续向好，优良天数比例有所上升。", "德钦"),
    ("会上，市生态环境局通报了如东近期的执法检查情况。", "如东"),
    ("蕉城今年新建了三座污水处理站，出水全部达标。", "蕉城"),
    ("执法人员检查了位于如东的宏达化工有限公司。", "如东"),
])
def test_a_county_short_name_alone_is_a_place(extractor, text, place):
    assert place in gpes(extractor, text)


@pytest.mark.parametrize("text, word", [
    # an ordinary word spelt like a county (the whole prefecture, a lustre, a milestone)
    ("全州生态环境质量持续改善，地表水考核断面全部达标。", "全州"),
    ("这批鱼体色良好、有光泽。", "光泽"),
    ("今年全市优良天数比例首次突破百分之九十大关。", "大关"),
    # a county's short name opening a road's, a school's name
    ("清城大道两侧新种了一批行道树。", "清城"),
    ("德钦中学的学生参加了植树活动。", "德钦"),
    ("蕉城第一中学开展环保宣传。", "蕉城"),
])
def test_an_ordinary_word_or_a_name_inside_a_road_or_a_firm_is_no_place(extractor, text, word):
    assert word not in gpes(extractor, text)


def test_a_name_another_step_chose_is_left_alone(extractor):
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    text = "如东介绍了经验。"
    chosen = [(0, 2, "PERSON", "model", 0.9)]
    assert county_names_alone(knowledge, text, chosen, bytearray(len(text)), {0, 2}, {2, 4}) == chosen
    assert county_names_alone(knowledge, text, [], bytearray(len(text)), {0, 2}, {2, 4}) == [(0, 2, "GPE", "rule", 1.0)]


# --- a short name before the county's own body or post (石屏|县委: the 县 is shared) ----------------

def test_a_short_name_before_a_body_opening_with_its_level_joins_the_body(extractor):
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    text = "会同县委、县政府联合召开推进会。"
    chosen = [(2, 4, "ORG", "model", 0.9), (5, 8, "ORG", "model", 0.9)]
    out = county_short_names_before_bodies(knowledge, text, chosen, bytearray(len(text)), {0, 2, 4, 5})
    assert (0, 4, "ORG", "rule", 0.9) in out and (5, 8, "ORG", "model", 0.9) in out and len(out) == 2


def test_a_short_name_before_a_folded_committee_post_is_the_place(extractor):
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    text = "会同县委书记出席会议。"
    out = county_short_names_before_bodies(knowledge, text, [(2, 6, "TITLE", "model", 0.9)],
                                           bytearray(len(text)), {0, 2, 6})
    assert out == [(0, 2, "GPE", "rule", 0.9), (2, 6, "TITLE", "model", 0.9)]


@pytest.mark.parametrize("text", ["要求县委、县政府落实主体责任。", "全县委办局负责人参加会议。"])
def test_an_ordinary_word_before_a_level_body_is_left_alone(extractor, text):
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    s = text.index("县")
    chosen = [(s, s + 2, "ORG", "model", 0.9)]
    assert county_short_names_before_bodies(knowledge, text, chosen, bytearray(len(text)), {0, s}) == chosen


def test_a_person_over_the_short_name_keeps_it(extractor):
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    text = "会同县委书记出席。"
    chosen = [(0, 2, "PERSON", "model", 0.9), (2, 6, "TITLE", "model", 0.9)]
    assert county_short_names_before_bodies(knowledge, text, chosen, bytearray(len(text)), {0, 2}) == chosen


def test_an_autonomous_countys_name_before_its_committee_joins_it(extractor):
    found = {(e["text"], e["label"]) for e in extractor.process_one(
        Document("t", text="局长张宇对马边彝族自治县委、县政府高度重视表示感谢。")).to_json_dict()["entities"]}
    assert ("马边彝族自治县委", "ORG") in found
