"""Places listed by short name, with the list as evidence (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.components.gazetteer import short_place_names
from pipeline.io.readers import Document

from .page_helpers import ents


def gpes(extractor, text: str) -> list[str]:
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [e["text"] for e in record["entities"] if e["label"] == "GPE"]


def test_short_names_strip_suffixes_and_ethnic_autonomy():
    names = short_place_names("configs/gazetteers/divisions.tsv")
    for short in ("麻阳", "芷江", "鄞州", "湘西", "西双版纳", "伊犁", "宝鸡"):
        assert short in names, short


@pytest.mark.parametrize("text, places", [
    ("在芷江、麻阳、新晃等地开展臭氧污染专项检查。", ["芷江", "麻阳", "新晃"]),
    ("咸阳、宝鸡、渭南三市优良天数同比增加。", ["咸阳", "宝鸡", "渭南"]),
    ("象山、鄞州、镇海获评省级生态文明建设示范区。", ["象山", "鄞州", "镇海"]),
    ("对城关、东关、西关三个街道开展夜间巡查。", ["城关", "东关", "西关"]),
])
def test_members_of_a_place_list_are_places(extractor, text, places):
    assert gpes(extractor, text) == places


def test_a_list_of_other_things_is_left_alone(extractor):
    assert gpes(extractor, "工业源、扬尘源、移动源、生活源全面管控。") == []


def test_a_longer_place_is_never_cut_to_its_last_member(extractor):
    text = "河南省濮阳市台前县、德州市夏津县开展行政边界地区联合执法。"
    assert gpes(extractor, text)[0] == "河南省濮阳市台前县"


def test_a_list_of_rivers_or_mountains_stays_natural(extractor):
    record = extractor.process_one(Document("t", text="共对布尔哈通河、嘎呀河、牡丹江、黄泥河开展巡查,推进贺兰山、六盘山、罗山治理。")).to_json_dict()
    labels = {e["text"]: e["label"] for e in record["entities"]}
    assert "通河" not in labels and labels.get("罗山") != "GPE"


@pytest.mark.parametrize("text, body", [
    ("四川省第三生态环境保护督察组对某市开展了督察。", "四川省第三生态环境保护督察组"),
    ("天津市环境监察总队总队长王强介绍了情况。", "天津市环境监察总队"),
    ("组建营口市应对气候变化及节能减排工作领导小组,推动工作。", "营口市应对气候变化及节能减排工作领导小组"),
])
def test_a_body_named_after_its_place_is_one_org(extractor, text, body):
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert (body, "ORG") in [(e["text"], e["label"]) for e in record["entities"]]


def test_a_list_of_townships_even_when_no_table_lists_them(extractor):
    record = extractor.process_one(Document("t", text="对康平街道、郭家店镇、十家堡镇开展检查。")).to_json_dict()
    assert [e["text"] for e in record["entities"] if e["label"] == "GPE"] == ["康平街道", "郭家店镇", "十家堡镇"]
    record = extractor.process_one(Document("t", text="推动乡镇、城镇、集镇污水治理。")).to_json_dict()
    assert not [e for e in record["entities"] if e["label"] == "GPE"]


def test_an_autonomous_prefecture_by_its_short_name(extractor):
    record = extractor.process_one(Document("t", text="湘西州今年已启动生态环境损害赔偿案件。")).to_json_dict()
    assert ("湘西州", "GPE") in [(e["text"], e["label"]) for e in record["entities"]]


def test_one_county_short_name_among_common_words_is_no_list_of_places(nlp):
    # 资源 is also a county's short name; the list is of data kinds, not places
    doc = nlp("对大气、水、噪声、自然资源、辐射、气候等数据进行分析。")
    assert not [e.text for e in doc.ents if e.label_ == "GPE"]


def test_districts_made_from_counties_are_places(nlp):
    from pipeline.components.gazetteer import load_dictionaries

    trie, _ = load_dictionaries("configs/gazetteers/divisions.tsv", "configs/gazetteers/titles.txt",
                                "configs/gazetteers/org_suffixes.txt", "configs/gazetteers/user.tsv")
    assert trie["长乐区"] == "GPE"  # the table still has 长乐市; the city became a district


def test_an_unnamed_firm_leaves_its_place_a_place(nlp):
    doc = nlp("经查,产废单位为江西某化工公司。该公司已被立案。")
    assert ("江西", "GPE") in [(e.text, e.label_) for e in doc.ents]
    assert not [e for e in doc.ents if e.label_ == "ORG" and "某" in e.text]
    doc = nlp("案例二:江城县石桥镇某砖厂擅自拆除治污设施。")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["江城县石桥镇"]


def test_a_bracketed_part_of_a_places_count_is_no_place(extractor):
    from .page_helpers import ents as _ents
    found = _ents(extractor, "从交办情况看，遂川县18件(重复件2件)，万安县11件(重复件1件)，泰和县9件。")
    assert not any(t == "重复件" for t, _ in found)


# --- bare names listed before their level (sentences written for these tests) ---


def test_bare_names_listed_before_their_level_are_places(extractor):
    found = ents(extractor, "今年，对石桥、河湾、风岭、梅北等村社开展农村生活污水治理。清溪流经深坳、西店、梅岭等地后汇入大海。")
    for name in ("石桥", "河湾", "风岭", "梅北", "深坳", "西店", "梅岭"):
        assert (name, "GPE") in found


def test_people_listed_before_their_village_posts_stay_people(extractor):
    found = ents(extractor, "王志强、李明华、张建国等村干部参加了培训。")
    assert not any(label == "GPE" for _, label in found)


def test_a_county_name_at_the_tail_of_one_word_is_no_place(extractor):
    # 示范县 (a model county) holds the characters of the county 范县: no place opens inside a word
    found = ents(extractor, "全市建成生态文明示范县、国家森林城市等。")
    assert not any(label == "GPE" and surface == "范县" for surface, label in found)
    # a word the segmenter cut wrongly still holds its place
    found = ents(extractor, "全市(除桥东区、桥西区之外)开展检查。")
    assert ("桥东区", "GPE") in found


def test_a_list_of_work_whose_members_run_past_a_township_ending_names_no_townships(extractor):
    """整治城镇|秩序、整治乡|容镇貌: members cut at 镇 or 乡 before their own end list the work done, not towns."""
    text = "全面实施以“一加强三整治”(即加强规划设计引领,整治环境卫生、整治城镇秩序、整治乡容镇貌)的小城镇环境综合整治行动。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert not any(e["label"] == "GPE" for e in record["entities"])
    record = extractor.process_one(Document("t", text="检查组先后到大名镇、大街镇、旧治乡等地开展检查。")).to_json_dict()
    assert [e["text"] for e in record["entities"] if e["label"] == "GPE"] == ["大名镇", "大街镇", "旧治乡"]
