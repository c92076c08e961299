"""Entities on unseen pages, second silver round (S6N): page chrome above the article, undated
datelines, counted descriptions that end in a feature word, nouns of address that spell a city.

Every sentence here is written for the test; none is taken from an article.  Each test fails
on the pipeline before this round.
"""

from __future__ import annotations

from .page_helpers import ents, marked

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


# -- chrome above the article --------------------------------------------------------------------

def test_a_sponsor_banner_with_spaces_before_its_verb_is_chrome():
    text = "江城日报传媒集团   主办\n当前位置:新闻中心\n\n" + BODY
    assert marked(text, "江城日报传媒集团   主办")
    assert not marked(text, BODY)


def test_a_channel_greeting_line_is_chrome():
    text = "• 江城网环保频道欢迎您\n\n" + BODY
    assert marked(text, "江城网环保频道欢迎您")
    assert not marked(text, BODY)


def test_a_site_notice_heading_is_chrome():
    text = BODY + "\n\n江城新闻网版权与免责声明\n"
    assert marked(text, "江城新闻网版权与免责声明")


def test_a_city_name_above_a_breadcrumb_with_a_spaced_colon_is_the_sites_banner():
    text = "江城\n您当前的位置 : 江城网 -> 江城新闻 -> 正文\n\n" + BODY
    assert marked(text, "江城\n")
    assert not marked(text, BODY)


# -- entities ------------------------------------------------------------------------------------

def test_an_undated_dateline_names_its_outlet_and_place(extractor):
    found = ents(extractor, "  燕赵网保定讯(记者 李明)3月2日,保定市召开新闻发布会。")
    assert ("燕赵网", "ORG") in found
    assert ("保定", "GPE") in found


def test_a_counted_description_ending_in_a_feature_word_is_no_place(extractor):
    found = ents(extractor, "岛上处处可见“一片花海、一片大海”的景象,千岛湖水质保持优良。")
    assert not any(t.startswith("一片") for t, _ in found)
    assert ("千岛湖", "LOC") in found


def test_a_noun_of_address_that_spells_a_city_is_no_place(extractor):
    found = ents(extractor, "各位记者、各位来宾:欢迎参加来宾市生态环境局召开的新闻发布会。")
    assert ("来宾", "GPE") not in found
    assert ("来宾市生态环境局", "ORG") in found


def test_national_media_and_international_bodies_are_organisations(extractor):
    found = ents(extractor, "据央视报道,江城市细颗粒物浓度已达世界卫生组织过渡期目标。")
    assert ("央视", "ORG") in found
    assert ("世界卫生组织", "ORG") in found
