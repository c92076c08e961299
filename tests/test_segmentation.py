"""Segmentation (pkuseg + user dictionary) and sentence boundaries."""

from __future__ import annotations

from pipeline.components.sentences import sentence_starts
from pipeline.normalize import normalize


def test_user_dictionary_words_stay_whole(nlp):
    doc = nlp("市生态环境局通报，全市优良天数245天，国控断面优良水体比例80%。")
    words = [t.text for t in doc]
    for w in ("生态环境局", "优良天数", "国控断面"):
        assert w in words, words


def test_tokens_cover_text_exactly(nlp, seed_texts):
    """The tokens cover the normalised text character for character (the normaliser only joins spaced
    numbers in this page: 点击数: 9730 次), so every span maps back into the original."""
    text = seed_texts["003"][:3000]
    doc = nlp(text)
    assert "".join(t.text_with_ws for t in doc) == doc.text
    assert doc.text == normalize(text).text


def test_sentences_respect_quotes_and_numbers(nlp):
    text = "他说：“空气质量持续改善。”PM2.5浓度为4.87万分之一。第二句！\n标题\n正文。"
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "他说：“空气质量持续改善。”"
    assert sents[1] == "PM2.5浓度为4.87万分之一。"
    assert sents[2] == "第二句！"
    assert "标题" in sents[3] and "正文。" in sents[4]


def test_sentence_starts_rule():
    assert sentence_starts("a。b") == {0, 2}
    assert sentence_starts("PM2.5和4.87万") == {0}
    assert sentence_starts("好！”他说") == {0, 3}
    assert sentence_starts("第一行\n\n第二行") == {0, 5}


def test_a_chiefs_post_with_its_water_in_brackets_ends_at_a_word_edge(nlp):
    words = [t.text for t in nlp.make_doc("县委书记、县级总河(湖)长许斌主持会议。")]
    assert words[words.index(")") + 1] == "长"
    from pipeline.components.segmenter import refine_words
    assert refine_words(["总河", "(", "湖", ")", "长许", "斌"]) == ["总河", "(", "湖", ")", "长", "许", "斌"]
    assert refine_words(["长江", "水质"]) == ["长江", "水质"]
    assert refine_words(["河", "(", "湖", ")", "长制办公室"])[-1] == "长制办公室"
