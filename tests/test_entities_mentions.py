"""A name the article has read is read again where it stands as a word (sentences written for these tests)."""

from __future__ import annotations

from pipeline.components.entity_passes.mentions import names_read_again

from .page_helpers import ents


def _again(extractor, text: str, chosen: list[tuple], words: list[str]) -> list[tuple[str, str]]:
    """Run the pass over ``chosen`` with token boundaries at the given words' edges."""
    knowledge = extractor.nlp.get_pipe("entities").knowledge
    starts, ends, pos = set(), set(), 0
    for w in words:
        starts.add(pos)
        pos += len(w)
        ends.add(pos)
    assert "".join(words) == text
    out = names_read_again(knowledge, text, chosen, bytearray(len(text)), starts, ends)
    return [(text[c[0]:c[1]], c[2]) for c in out]


def test_a_county_a_river_and_a_firm_read_once_are_read_again_where_they_stand_as_words(extractor):
    text = "会同县召开会议。希望会同巩固成果,东辽河沿岸整治,江城钢铁有限公司发言。东辽河水质好转,江城钢铁有限公司达标。"
    words = ["会同县", "召开", "会议", "。", "希望", "会同", "巩固", "成果", ",", "东辽河", "沿岸", "整治", ",",
             "江城钢铁有限公司", "发言", "。", "东辽河", "水质", "好转", ",", "江城钢铁有限公司", "达标", "。"]
    first = text.index("会同巩固")
    chosen = [(0, 3, "GPE", "model", 0.9), (first, first + 2, "GPE", "model", 0.9),
              (text.index("东辽河"), text.index("东辽河") + 3, "LOC", "model", 0.9),
              (text.index("江城钢铁"), text.index("江城钢铁") + 8, "ORG", "model", 0.9)]
    found = _again(extractor, text, chosen, words)
    assert found.count(("东辽河", "LOC")) == 2 and found.count(("江城钢铁有限公司", "ORG")) == 2


def test_generic_bodies_outlets_and_the_head_of_a_longer_name_are_not_read_again(extractor):
    text = "林业厅召开会议。林业厅要求,济源开展督查,济源示范区落实。"
    words = ["林业厅", "召开", "会议", "。", "林业厅", "要求", ",", "济源", "开展", "督查", ",", "济源", "示范区", "落实", "。"]
    chosen = [(0, 3, "ORG", "model", 0.9), (text.index("济源"), text.index("济源") + 2, "GPE", "model", 0.9)]
    found = _again(extractor, text, chosen, words)
    assert found.count(("林业厅", "ORG")) == 1 and found.count(("济源", "GPE")) == 1


def test_a_firm_named_in_a_list_is_the_firm_again_in_a_later_sentence(extractor):
    found = ents(extractor, "江城钢铁有限公司完成超低排放改造。随后召开的推进会上,市公安局、江城钢铁有限公司分别作典型发言。")
    assert [s for s, label in found if label == "ORG"].count("江城钢铁有限公司") == 2


def test_a_county_short_name_that_is_an_ordinary_word_is_read_again_only_beside_its_full_name(extractor):
    """资源 (资源县), read once as a place inside 自然资源局, is not a place again in 矿产资源; 会同 is, where
    the article writes 会同县 (the first test)."""
    text = "向地区自然资源局报送申请。严禁破坏矿产资源,保护矿产资源。"
    words = ["向", "地区", "自然", "资源", "局", "报送", "申请", "。", "严禁", "破坏", "矿产", "资源", ",", "保护",
             "矿产", "资源", "。"]
    first = text.index("资源")
    chosen = [(first, first + 2, "GPE", "model", 0.9)]
    assert _again(extractor, text, chosen, words) == [("资源", "GPE")]  # the one reading, and no other
    written = "资源县召开会议。" + text
    words = ["资源县", "召开", "会议", "。"] + words
    first = written.index("资源", 3)
    found = _again(extractor, written, [(first, first + 2, "GPE", "model", 0.9)], words)
    assert found.count(("资源", "GPE")) == 3
