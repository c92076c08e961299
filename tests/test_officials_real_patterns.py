"""Officials as real pages write them (sentences written for these tests)."""

from __future__ import annotations

from pipeline.components.official_bodies import load_official_words
from pipeline.io.readers import Document


def officials(extractor, text: str, city: str | None = "江门市") -> dict[str, dict]:
    meta = {"published": "2024-07-20", **({"city": city} if city else {})}
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return {o["person"]: o for o in record["officials"]}


def test_a_post_says_which_kind_of_body_holds_it():
    words = load_official_words("configs/officials.json")
    assert words.can_hold("江门市政府", ["副市长"])
    assert not words.can_hold("江门市生态环境局", ["副市长"])
    assert words.can_hold("江门市生态环境局", ["党组书记", "局长"])
    assert not words.can_hold("江门市政府", ["支队长"])
    assert words.can_hold("江门市委", ["市委副书记", "市长"])  # one post in each body
    assert words.can_hold("江门市生态环境局", ["新闻发言人"])


def test_an_untitled_body_comes_from_the_convener_earlier_in_the_paragraph(extractor):
    text = ("2月10日下午,市政府召开全市生态环境保护工作会议,总结去年工作。"
            "市长黄志平出席会议并讲话,副市长钟丽华主持会议。\n")
    found = officials(extractor, text)
    assert found["黄志平"]["org"] == "江门市政府"
    assert found["钟丽华"]["org"] == "江门市政府"


def test_a_convener_that_cannot_hold_the_post_is_not_its_body(extractor):
    text = ("3月5日,市生态环境局召开大气污染防治推进会议,"
            "副市长王建国出席会议并讲话。\n")
    assert officials(extractor, text)["王建国"]["org"] is None


def test_posts_in_two_bodies_joined_by_a_comma_and_a_body_written_without_its_place(extractor):
    text = "8月10日上午，江门市委副书记、市长，江海新区党工委副书记、管委会主任刘建明回答了记者提问。"
    found = officials(extractor, text)["刘建明"]
    assert found["titles"] == ["市委副书记", "市长", "党工委副书记", "主任"]
    assert found["org"] == "江海新区管委会"


def test_a_title_folded_with_its_committee_gives_the_committee_as_body(extractor):
    text = "江门市成立了生态环境保护工作领导小组,市委书记王志刚任第一组长。"
    found = officials(extractor, text)["王志刚"]
    assert found["titles"][0] == "市委书记"
    assert found["org"] == "江门市委"


def test_a_post_taken_by_a_verb_is_shared_by_the_persons_listed_before_it(extractor):
    text = "江门市成立了生态环境保护工作领导小组，市委书记王志刚，市委副书记、市长陈海涛任组长。"
    found = officials(extractor, text)
    assert found["王志刚"]["titles"] == ["市委书记", "组长"]
    assert found["陈海涛"]["titles"] == ["市委副书记", "市长", "组长"]
    assert found["陈海涛"]["org"] == "江门市委"


def test_a_post_in_brackets_after_the_name(extractor):
    found = officials(extractor, "会议由刘德明（市生态环境局局长）主持。")["刘德明"]
    assert found["titles"] == ["局长"] and found["org"] == "江门市生态环境局"
    found = officials(extractor, "会议由刘德明(市委常委、副市长)主持。")["刘德明"]
    assert found["titles"] == ["市委常委", "副市长"]


def test_a_name_the_entity_layer_missed_after_a_title_chain_is_still_the_official(extractor):
    text = ("6月5日,市政府新闻办召开环境质量状况新闻发布会。"
            "市生态环境局党组成员、副局长、新闻发言人闫立对全市环境质量状况进行介绍并回答记者提问。")
    _, doc = extractor.analyse(Document("t", text=text, meta={"city": "江门市"}))
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as if the model had missed the name
    for name in ("officials", "events"):
        extractor.nlp.get_pipe(name)(doc)
    [official] = [o for o in doc._.officials if o.person == "闫立"]
    assert official.titles == ["党组成员", "副局长", "新闻发言人"]
    assert official.org == "江门市生态环境局"
    [press] = [e for e in doc._.events if e.type == "press_conference"]
    assert press.speakers == ["闫立"]
    assert not [e for e in doc.ents if e.label_ == "PERSON"]  # the entity layer's output is left alone


def test_no_name_is_read_where_no_cue_follows():
    words = load_official_words("configs/officials.json", "configs/gazetteers/titles.txt",
                                "configs/gazetteers/surnames.txt")
    assert words.name_at("副局长闫立对全市", 3) == "闫立"
    assert words.name_at("副局长王建国介绍", 3) == "王建国"
    assert words.name_at("副局长高度重视", 3) is None


def test_the_general_secretary_is_not_a_local_body_s_official(extractor):
    text = "市生态环境局召开专题会议,学习习近平总书记重要讲话精神。"
    assert officials(extractor, text).get("习近平", {}).get("org") is None


def test_a_section_named_alone_is_kept_as_written(extractor):
    # real articles: the body as the article writes it (real-article gold keeps 自然与土壤科 alone)
    text = ("1月25日，江门市政府新闻办举行新闻发布会。市生态环境局党组书记、局长刘鸿明发布全市生态环境质量状况，"
            "水生态环境科科长赖永明答记者问。")
    assert officials(extractor, text)["赖永明"]["org"] == "水生态环境科"


def test_a_body_split_into_pieces_by_the_entity_layer_is_one_body(extractor):
    text = "江门市生态环境局台山分局党组书记、局长吴海明介绍，截至10月底，全县优良天数累计200天。"
    _, doc = extractor.analyse(Document("t", text=text, meta={"city": "江门市"}))
    pieces = [doc.char_span(0, 8, "ORG"), doc.char_span(8, 10, "GPE"), doc.char_span(10, 12, "ORG")]
    assert all(pieces), "the test's split must fall on token boundaries"
    doc.ents = [e for e in doc.ents if e.start_char >= 12] + pieces
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "吴海明"]
    assert official.org == "江门市生态环境局台山分局"


def test_a_branch_with_its_untagged_place_joins_the_body_before_it(extractor):
    text = "江门市生态环境局台山分局党组书记、局长吴海明介绍，截至10月底，全县优良天数累计200天。"
    _, doc = extractor.analyse(Document("t", text=text, meta={"city": "江门市"}))
    pieces = [doc.char_span(0, 8, "ORG"), doc.char_span(10, 12, "ORG")]
    assert all(pieces), "the test's split must fall on token boundaries"
    doc.ents = [e for e in doc.ents if e.start_char >= 12] + pieces
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "吴海明"]
    assert official.org == "江门市生态环境局台山分局"


def test_a_body_written_by_its_short_name_between_two_posts(extractor):
    text = "3月2日，江门市生态环境保护督察整改工作领导小组召开全体会议。副市长、领导小组副组长郑丽芳出席并讲话。"
    found = officials(extractor, text)["郑丽芳"]
    assert found["titles"] == ["副市长", "副组长"]
    assert found["org"] == "江门市生态环境保护督察整改工作领导小组"


def test_function_words_after_a_title_are_not_read_as_a_name():
    words = load_official_words("configs/officials.json", "configs/gazetteers/titles.txt",
                                "configs/gazetteers/surnames.txt")
    assert words.name_at("在局长任期内，", 3) is None


def test_a_title_tagged_with_its_section_is_the_section_and_the_title(extractor):
    text = "会上，江门市生态环境局大气处副处长刘洋明介绍了臭氧污染防治工作。"
    _, doc = extractor.analyse(Document("t", text=text, meta={"city": "江门市"}))
    pieces = [doc.char_span(3, 11, "ORG"), doc.char_span(11, 17, "TITLE")]
    assert all(pieces), "the test's split must fall on token boundaries"
    doc.ents = [e for e in doc.ents if e.start_char >= 17] + pieces
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "刘洋明"]
    assert official.titles == ["副处长"]
    assert official.org == "江门市生态环境局大气处"


def test_a_zone_body_written_with_the_bare_zone_word_takes_the_zones_name(extractor):
    text = ("宁德市召开生态环境保护工作会议\n3月2日,宁德市生态环境保护工作会议召开。会上,宁德经开区作表态发言,"
            "经开区管委会主任林海峰表示,将全力推进园区污水管网建设。宁德市将持续改善环境质量。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert {o["person"]: o["org"] for o in record["officials"]}["林海峰"] == "宁德经开区管委会"
    assert "经开区管委会" in {e["text"] for e in record["entities"] if e["label"] == "ORG"}
