"""Officials' bodies and posts: the body an official is written with, a post shared by a list of names,
chains of posts across bodies, sections and branches, and short or untagged bodies.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Span

from pipeline.components.official_bodies import load_official_words
from pipeline.components.officials import OfficialLinker, canonical_org, normalize_org
from pipeline.event_readers.outcomes import relation
from pipeline.io.readers import Document

from .page_helpers import (
    YICHUN,
    ents,
    first_gathering,
    gatherings,
    nantong_record,
    officials,
    page_record,
    yichun_record,
)


def jiangmen_officials(extractor, text: str, city: str | None = "江门市") -> dict[str, dict]:
    """The officials of a text by person, read as a Jiangmen page published on 2024-07-20 (``city=None``: no city)."""
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
    found = jiangmen_officials(extractor, text)
    assert found["黄志平"]["org"] == "江门市政府"
    assert found["钟丽华"]["org"] == "江门市政府"


def test_a_convener_that_cannot_hold_the_post_is_not_its_body(extractor):
    text = ("3月5日,市生态环境局召开大气污染防治推进会议,"
            "副市长王建国出席会议并讲话。\n")
    assert jiangmen_officials(extractor, text)["王建国"]["org"] is None


def test_posts_in_two_bodies_joined_by_a_comma_and_a_body_written_without_its_place(extractor):
    text = "8月10日上午，江门市委副书记、市长，江海新区党工委副书记、管委会主任刘建明回答了记者提问。"
    found = jiangmen_officials(extractor, text)["刘建明"]
    assert found["titles"] == ["市委副书记", "市长", "党工委副书记", "主任"]
    assert found["org"] == "江海新区管委会"


def test_a_title_folded_with_its_committee_gives_the_committee_as_body(extractor):
    text = "江门市成立了生态环境保护工作领导小组,市委书记王志刚任第一组长。"
    found = jiangmen_officials(extractor, text)["王志刚"]
    assert found["titles"][0] == "市委书记"
    assert found["org"] == "江门市委"


def test_a_post_taken_by_a_verb_is_shared_by_the_persons_listed_before_it(extractor):
    text = "江门市成立了生态环境保护工作领导小组，市委书记王志刚，市委副书记、市长陈海涛任组长。"
    found = jiangmen_officials(extractor, text)
    assert found["王志刚"]["titles"] == ["市委书记", "组长"]
    assert found["陈海涛"]["titles"] == ["市委副书记", "市长", "组长"]
    assert found["陈海涛"]["org"] == "江门市委"


def test_a_post_in_brackets_after_the_name(extractor):
    found = jiangmen_officials(extractor, "会议由刘德明（市生态环境局局长）主持。")["刘德明"]
    assert found["titles"] == ["局长"] and found["org"] == "江门市生态环境局"
    found = jiangmen_officials(extractor, "会议由刘德明(市委常委、副市长)主持。")["刘德明"]
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
    assert jiangmen_officials(extractor, text).get("习近平", {}).get("org") is None


def test_a_section_named_alone_is_kept_as_written(extractor):
    # real articles: the body as the article writes it (real-article gold keeps 自然与土壤科 alone)
    text = ("1月25日，江门市政府新闻办举行新闻发布会。市生态环境局党组书记、局长刘鸿明发布全市生态环境质量状况，"
            "水生态环境科科长赖永明答记者问。")
    assert jiangmen_officials(extractor, text)["赖永明"]["org"] == "水生态环境科"


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
    found = jiangmen_officials(extractor, text)["郑丽芳"]
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


def test_a_title_folded_with_a_body_named_by_its_level_stays_one_title(extractor):
    # 省政府副秘书长 is written as one word, as 市委书记 is: the post keeps it, the body is read inside it
    text = "会上，省政府副秘书长陈文斌通报了全省秸秆禁烧工作。"
    _, doc = extractor.analyse(Document("t", text=text, meta={"city": "江门市", "province": "广东省"}))
    title = doc.char_span(3, 10, "TITLE")
    assert title is not None, "the test's title must fall on token boundaries"
    doc.ents = [e for e in doc.ents if e.start_char >= 10] + [title]
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "陈文斌"]
    assert official.titles == ["省政府副秘书长"]
    assert official.org == "广东省政府"


def _linked(nlp, words: list[str], labels: dict[int, str]) -> list:
    """The officials the linker reads from a Doc whose entities are set by hand (``labels``: word index ->
    label), so that a place can be left untagged whatever the entity model does."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in labels.items()]
    linker = OfficialLinker(words=load_official_words("configs/officials.json"))
    return linker(doc)._.officials


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


def test_a_bare_bureau_word_speaks_of_the_article_s_own_bureau(extractor):
    text = ("5月6日,德阳市生态环境局召开警示教育大会。德阳市生态环境局党组书记、局长何平出席,"
            "市自然资源局副局长蒋芳到会指导。局党组成员、副局长罗斌主持会议。\n")
    record = extractor.process_one(Document("t", text=text, meta={"city": "德阳市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["罗斌"]["org"] == "德阳市生态环境局"


def test_a_post_listed_before_the_next_body_of_a_chain_is_the_officials(extractor):
    text = ("6月5日上午,张掖市人民政府新闻办公室举行新闻发布会。张掖市委宣传部副部长、市政府新闻办公室主任\n"
            "马建军主持发布会,张掖市生态环境局局长王海波介绍全市生态环境保护工作情况。")
    rec = extractor.process_one(Document("t", text=text, meta={"published": "2023-06-06", "province": "甘肃省",
                                                                 "city": "张掖市"})).to_json_dict()
    official = next(o for o in rec["officials"] if o["person"] == "马建军")
    assert official["titles"] == ["副部长", "主任"] and official["org"] == "张掖市委宣传部"


def test_an_official_of_a_body_named_short_keeps_the_name_as_written(extractor):
    """GUIDELINES §4 (session 8): only a bare level prefix is normalised; a short name is not expanded to
    the full name written elsewhere (ANNOTATION s.1: no expansion)."""
    text = ("经查,九江市城市管理局未按规定履行监管职责,负有主要责任。"
            "对城管局执法科科长周立新进行诫勉谈话。")
    rec = page_record(extractor, text, {"published": "2023-03-13", "province": "江西省", "city": "九江市"})
    assert officials(rec)["周立新"]["org"] == "城管局执法科"


def test_posts_without_a_body_are_the_conveners_own(extractor):
    text = ("6月3日上午,巫溪县生态环境局召开2023年第二季度新闻发布会。"
            "发布会由县环保宣传教育中心主任王芳主持,总工程师李建国介绍了全县生态环境质量状况。\n"
            "副局长陈晓峰回答了记者提问。")
    rec = page_record(extractor, text, {"published": "2023-06-04", "province": "重庆市", "city": "重庆市", "county": "巫溪县"})
    people = officials(rec)
    assert people["李建国"]["org"] == "巫溪县生态环境局"
    assert people["陈晓峰"]["org"] == "巫溪县生态环境局"
    assert people["王芳"]["org"] != "巫溪县生态环境局"


def test_a_post_the_convener_cannot_hold_names_no_body(extractor):
    text = "6月3日上午,巫溪县生态环境局召开2023年第二季度新闻发布会。副县长陈晓峰介绍了全县生态环境质量状况。"
    rec = page_record(extractor, text, {"published": "2023-06-04", "province": "重庆市", "city": "重庆市", "county": "巫溪县"})
    assert officials(rec)["陈晓峰"]["org"] != "巫溪县生态环境局"


def test_an_untagged_place_between_posts_keeps_the_chain(extractor):
    words = ["州委常委", "、", "凯里", "市委书记", "、", "州开发区", "党工委书记", "、", "管委会", "主任", "王建平",
             "主持", "召开", "会议", "。"]
    labels = {0: "TITLE", 2: "GPE", 3: "TITLE", 6: "TITLE", 8: "ORG", 9: "TITLE", 10: "PERSON"}
    found = {o.person: o for o in _linked(extractor.nlp, words, labels)}
    assert found["王建平"].titles == ["州委常委", "市委书记", "党工委书记", "主任"]
    assert found["王建平"].org == "管委会"


def test_a_district_written_without_its_level_is_the_article_s_own(extractor):
    """A figure the scope layer put under ``高淳`` (the district's short name) belongs to an article about 高淳区."""
    words = next(proc for name, proc in extractor.nlp.pipeline if name.endswith("events")).words
    assert relation(words, "高淳", "高淳区", []) == "same"
    assert relation(words, "南京", "高淳区", ["南京市"]) == "above"
    assert relation(words, "六合", "高淳区", ["南京市"]) != "same"


def test_a_variant_character_opencc_keeps_is_simplified_in_officials(extractor):
    text = "6月3日,陜西省生態環境廳召開新聞發布會,陜西省生態環境廳副廳長劉建國介紹了全省生態環境質量狀況。"
    rec = page_record(extractor, text, {"published": "2024-06-04", "province": "陕西省", "city": "西安市"})
    assert {o["org"] for o in rec["officials"] if o["person"] == "刘建国"} == {"陕西省生态环境厅"}
    assert first_gathering(rec, "press_conference")["organizer"] == "陕西省生态环境厅"


def test_a_bureau_left_untagged_is_not_read_as_the_bureau_named_before(extractor):
    words = ["市生态环境局", "党组书记", "、", "局长", "李华", "，", "综合行政执法局", "局长", "王强", "出席", "发布会", "。"]
    labels = {0: "ORG", 1: "TITLE", 3: "TITLE", 4: "PERSON", 7: "TITLE", 8: "PERSON"}
    found = {o.person: o for o in _linked(extractor.nlp, words, labels)}
    assert found["李华"].org == "市生态环境局"
    assert found["王强"].org == "综合行政执法局"


def test_an_officials_body_keeps_the_words_it_is_written_with(extractor):
    """GUIDELINES §4: 县政府 stays 县政府 (its bare prefix replaced) beside the 人民政府 that convenes."""
    text = ("3月8日,攸县人民政府召开新闻发布会,县政府副县长陈晓东出席发布会并介绍全县生态环境保护工作情况。")
    rec = page_record(extractor, text, {"province": "湖南省", "city": "株洲市", "county": "攸县",
                                        "published": "2024-03-10"})
    orgs = {o["person"]: o["org"] for o in rec["officials"]}
    assert orgs.get("陈晓东") == "攸县政府"


def test_a_short_bureau_name_is_not_written_out_in_full(extractor):
    text = ("株洲市环境保护局召开督察整改工作会议。会上,环保局局长何建军通报了整改进展情况。")
    rec = page_record(extractor, text, {"province": "湖南省", "city": "株洲市", "published": "2018-03-10"})
    orgs = {o["person"]: o["org"] for o in rec["officials"]}
    assert orgs.get("何建军") == "环保局"


def test_a_name_the_entity_layer_missed_before_tongzhi_is_still_the_official(extractor):
    text = "7月3日,宜春市召开全市环境保护工作会议,会议由市委常委、常务副市长邓志超同志主持。\n"
    _, doc = extractor.analyse(Document("t", text=text, meta=YICHUN))
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as if the model had missed the name
    for name in ("officials", "events"):
        extractor.nlp.get_pipe(name)(doc)
    assert [o.titles for o in doc._.officials if o.person == "邓志超"] == [["市委常委", "常务副市长"]]
    [meeting] = [e for e in doc._.events if e.type == "meeting"]
    assert meeting.moderator == "邓志超"


def test_one_post_before_a_list_of_names_is_every_name_s(extractor):
    text = "10月8日,宜春市召开生态环境保护委员会会议。市政府副市长方国平、程立新出席会议。\n"
    people = officials(yichun_record(extractor, text))
    assert people["方国平"]["titles"] == ["副市长"]
    assert people["程立新"]["titles"] == ["副市长"]
    assert people["程立新"]["org"] == people["方国平"]["org"]


def test_a_name_with_its_own_post_after_it_does_not_share(extractor):
    text = "市政府副市长方国平、程立新局长出席会议。\n"
    people = officials(yichun_record(extractor, text))
    assert people["程立新"]["titles"] == ["局长"]


def test_a_province_post_before_a_folded_city_post_is_the_same_person_s(extractor):
    text = "1月9日,省委副书记、宜春市委书记彭建华到市生态环境局调研。\n"
    assert officials(yichun_record(extractor, text))["彭建华"]["titles"] == ["省委副书记", "市委书记"]


def test_an_untagged_section_before_the_post_is_the_person_s_body(extractor):
    text = ("出席发布会的有宜春市发展改革委副主任秦立、市市场监督管理局特种设备安全监察处副处长严晓东,"
            "并回答记者提问。")
    _, doc = extractor.analyse(Document("t", text=text, meta=YICHUN))
    start = text.index("市市场")
    piece = doc.char_span(start, start + len("市市场监督管理局"), "ORG")
    assert piece is not None, "the test's split must fall on token boundaries"
    # as if the model had tagged the bureau alone and left its section untagged
    doc.ents = [e for e in doc.ents if not (e.label_ == "ORG" and e.start_char == start)] + [piece]
    extractor.nlp.get_pipe("officials")(doc)
    [official] = [o for o in doc._.officials if o.person == "严晓东"]
    assert official.org == "宜春市市场监督管理局特种设备安全监察处"


def test_a_section_not_ending_as_the_post_requires_is_not_taken(extractor):
    text = "出席发布会的有宜春市发展改革委副主任秦立、宜春学院环境工程系副主任严晓东,并回答记者提问。"
    people = officials(yichun_record(extractor, text))
    assert people["严晓东"]["org"] != "宜春学院环境工程系"


def test_a_later_list_member_s_body_is_not_lent_to_a_post_of_any_body(extractor):
    text = ("5月6日,宜春市生态环境局召开工作会议。市生态环境局局长冯卫东、党组成员、监测中心主任骆平、"
            "一级主任科员葛云出席会议。\n")
    people = officials(yichun_record(extractor, text))
    assert people["骆平"]["org"] and people["骆平"]["org"].endswith("监测中心")
    assert people["葛云"]["org"] == "宜春市生态环境局"


def test_a_county_level_city_s_bare_city_bodies_are_its_own(extractor):
    text = ("樟树市于5月12日上午9时,召开全市生态环境保护工作会议。市委副书记、市长贺志强出席会议并讲话。\n"
            "贺志强强调,樟树市要持续改善生态环境质量。\n")
    rec = yichun_record(extractor, text, province="江西省", city="宜春市", county="樟树市")
    assert officials(rec)["贺志强"]["org"] == "樟树市委"
    found = gatherings(rec)
    assert found and found[0]["organizer"] == "樟树市"


def test_a_short_name_introduced_in_brackets_stands_for_the_full_body(extractor):
    text = ("3月6日下午,宜春市生态环境局宜阳新区分局(以下简称“宜阳分局”)召开年度工作部署会。"
            "局党组书记、局长钟立华作工作报告。\n")
    found = gatherings(yichun_record(extractor, text))
    assert found and found[0]["organizer"] == "宜春市生态环境局宜阳新区分局"


def test_huanbao_is_the_short_form_of_huanjing_baohu_in_one_body_s_name(extractor):
    text = ("11月5日下午,省第二环境保护督察组督察南通市情况反馈会召开。省第二环保督察组组长赵明远"
            "通报督察反馈意见,市委书记钱立群作表态发言。\n")
    rec = nantong_record(extractor, text)
    assert officials(rec)["赵明远"]["org"] == "江苏省第二环境保护督察组"
    found = gatherings(rec)
    assert found and found[0]["organizer"] == "江苏省第二环境保护督察组"


def test_a_place_written_short_in_a_headline_takes_the_body_s_full_name(extractor):
    text = ("文字实录|江苏生态环境厅召开9月新闻发布会\n"
            "近日,江苏省生态环境厅召开9月份新闻发布会,通报8月全省水环境质量情况。\n"
            "主持人(省生态环境厅宣教处处长吴海明):各位记者朋友,上午好!\n")
    found = gatherings(nantong_record(extractor, text, province="江苏省"))
    assert found and found[0]["organizer"] == "江苏省生态环境厅"
    assert found[0]["moderator"] == "吴海明"


def test_posts_in_two_bodies_give_every_title_and_the_first_body(extractor):
    record = extractor.process_one(Document("t", text="江门市委宣传部副部长、江门市政府新闻办主任赵明主持发布会。")).to_json_dict()
    official = next(o for o in record["officials"] if o["person"] == "赵明")
    assert official["titles"] == ["副部长", "主任"] and official["org"] == "江门市委宣传部"


def test_a_zone_body_written_with_the_bare_zone_word_takes_the_zones_name(extractor):
    text = ("宁德市召开生态环境保护工作会议\n3月2日,宁德市生态环境保护工作会议召开。会上,宁德经开区作表态发言,"
            "经开区管委会主任林海峰表示,将全力推进园区污水管网建设。宁德市将持续改善环境质量。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert {o["person"]: o["org"] for o in record["officials"]}["林海峰"] == "宁德经开区管委会"
    assert "经开区管委会" in {e["text"] for e in record["entities"] if e["label"] == "ORG"}


def test_a_bare_government_before_its_heads_post_takes_the_level_and_the_written_form():
    from pipeline.components.officials import leveled_government
    assert leveled_government("政府", ["县委副书记", "县长"], []) == "县政府"
    assert leveled_government("政府", ["常务副县长"], ["某县人民政府"]) == "县人民政府"
    assert leveled_government("政府", ["主任"], []) == "政府"
    assert leveled_government("县政府", ["县长"], []) == "县政府"


def test_a_county_head_written_with_a_bare_government_is_the_countys(extractor):
    text = ("石楼县召开2024年生态环境保护工作会议\n"
            "会议由县委副书记、政府县长赵文彬主持,副县长孙立群通报了全县生态环境保护工作情况。"
            "全县优良天数为320天。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    orgs = {o["person"]: o["org"] for o in record["officials"]}
    assert orgs.get("赵文彬") == "石楼县政府"


def test_a_town_secretary_the_model_ran_into_his_verb_is_found_with_the_towns_committee(extractor):
    text = ("望江县召开生态环境保护工作会议\n"
            "9月28日,望江县召开生态环境保护工作会议。县环委办主任李杰就下步工作作了安排。"
            "高士镇党委书记王东作交流发言。")
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert ("王东", "高士镇党委") in {(o["person"], o["org"]) for o in record["officials"]}


def test_a_body_written_with_its_place_is_not_completed_from_a_longer_place_chain(extractor):
    # GUIDELINES §4: as written, only a bare leading 市/省/县/区 is replaced by the place
    known = ["广东省江门市生态环境局", "江门市生态环境局", "广东省第三生态环境保护督察组"]
    assert canonical_org("江门市生态环境局", known, {"江门市"}) == "江门市生态环境局"
    assert canonical_org("江门市生态环境局", known) == "广东省江门市生态环境局"  # no place known: one body
    # a bare kind word points back at the body named in full
    assert canonical_org("督察组", known, {"江门市", "广东省"}) == "广东省第三生态环境保护督察组"
    text = ("5月8日,广东省江门市生态环境局召开水质通报会。\n"
            "江门市生态环境局党组书记、局长李明华介绍了上月全市水质情况。\n")
    assert jiangmen_officials(extractor, text)["李明华"]["org"] == "江门市生态环境局"


def test_a_former_post_and_the_present_one_before_a_name_are_one_person_s(extractor):
    # 原[body][posts]，现任[body][posts]甲: both chains are the person's; the body is the first one named
    words = ["对", "原", "公路局", "党委委员", "、", "总工程师", "，", "现任", "国资公司", "副总经理", "吴明远",
             "进行", "诫勉谈话", "；", "对", "原", "规划局", "局长", "，", "现任", "东湖区", "区长", "罗建波",
             "进行", "提醒谈话"]
    labels = {2: "ORG", 3: "TITLE", 5: "TITLE", 8: "ORG", 9: "TITLE", 10: "PERSON",
              17: "TITLE", 20: "GPE", 21: "TITLE", 22: "PERSON"}  # 规划局 left untagged
    found = {o.person: o for o in _linked(extractor.nlp, words, labels)}
    assert found["吴明远"].titles == ["党委委员", "总工程师", "副总经理"]
    assert found["吴明远"].org == "公路局"
    assert found["罗建波"].titles == ["局长", "区长"]
    assert found["罗建波"].org == "规划局"  # 对 and 原 are no part of the untagged body


def test_an_assembly_written_by_its_kind_before_a_post_is_the_article_s_own(extractor):
    # 政协副主席甲 in a county's article: the county's 政协, as a bare 县委 is the county's
    meta = {"published": "2024-07-20", "province": "广东省", "city": "江门市", "county": "台山市"}
    text = "7月5日,台山市召开河长制工作会议,市长梁国栋,政协副主席邝丽娟,人大副主任黄启明出席会议。\n"
    rec = page_record(extractor, text, meta)
    found = {o["person"]: o for o in rec["officials"]}
    assert found["邝丽娟"]["org"] == "台山市政协"
    assert found["黄启明"]["org"] == "台山市人大"


def test_an_assembly_taken_for_a_name_holds_no_post(extractor):
    words = ["县委书记", "刘明", "，", "县政协", "主席", "杨光华", "出席", "会议"]
    labels = {0: "TITLE", 1: "PERSON", 3: "PERSON", 4: "TITLE", 5: "PERSON"}
    found = {o.person for o in _linked(extractor.nlp, words, labels)}
    assert "县政协" not in found and "杨光华" in found


def test_a_zone_s_working_committee_written_by_its_kind_word_is_the_article_s_zone_s(extractor):
    # 示范区党工委书记 (folded) or 示范区|党工委书记: the post's body is the zone's committee, named after the zone
    meta = {"published": "2024-06-05", "province": "河南省", "city": "鹤壁市", "county": "鹤壁市"}
    text = ("6月2日,鹤壁示范区召开生态环境保护工作会议。会上,示范区党工委书记、市委书记王建平,"
            "示范区管委会主任、市长李国强出席会议并讲话。\n")
    found = {o["person"]: o for o in page_record(extractor, text, meta)["officials"]}
    assert found["王建平"]["org"] == "鹤壁示范区党工委"
    words = ["会上", "，", "开发区", "党工委书记", "、", "市委书记", "王建平", "讲话"]
    linked = {o.person: o for o in _linked(extractor.nlp, words, {3: "TITLE", 5: "TITLE", 6: "PERSON"})}
    assert linked["王建平"].org == "开发区党工委"  # no context: the zone stays unnamed


def test_a_bare_county_body_takes_the_one_county_the_article_names_by_its_short_name(extractor):
    """崇阳 named once, short, and the article's officials in 县委: the bare 县 is that county's."""
    from pipeline.io.readers import Document

    text = ("督察整改推进会召开\n会议指出,要认真抓好中央生态环境保护督察反馈问题整改。"
            "县委副书记徐明主持会议。会议强调,崇阳要以更高标准推进整改落实,全县上下要形成合力。")
    officials = extractor.process_one(Document("t", text=text)).officials
    assert [(o.person, o.org) for o in officials] == [("徐明", "崇阳县委")]


def test_a_post_taken_with_ren_is_the_name_before_its_and_the_next_post_is_the_next_names(extractor):
    record = page_record(extractor, "会议决定成立攻坚指挥部，县委书记陈立军任政委、县长黄涛任指挥长，下设综合组。")
    found = {o["person"]: o["titles"] for o in record["officials"]}
    assert found["陈立军"] == ["县委书记", "政委"]
    assert found["黄涛"] == ["县长", "指挥长"]


def test_a_name_run_into_the_verb_of_taking_a_post_is_the_name(entity_repair):
    text = "局长陈立军任组长、副局长黄小涛任科长。"  # the fixture's repairer knows 局长, 副局长 and 科长 as posts
    s = text.index("黄小涛")
    assert entity_repair.repair(text, s, s + 4, "PERSON") == [(s, s + 3, "PERSON")]


def test_a_districts_political_legal_post_is_the_district_committees(extractor):
    found = jiangmen_officials(extractor, "7月18日,蓬江区政法委书记梁志明带队到天沙河调研河长制工作。")
    assert found["梁志明"]["titles"] == ["政法委书记"] and found["梁志明"]["org"] == "蓬江区委"


def test_a_zones_working_committee_post_and_a_body_named_with_its_own_zone(extractor):
    text = "7月18日,江门市委常委、蓬江区委书记、滨江新区党工委书记、白沙新区开发办主任梁志明到现场巡河。"
    found = jiangmen_officials(extractor, text)
    assert found["梁志明"]["titles"] == ["市委常委", "区委书记", "党工委书记", "主任"]
    assert found["梁志明"]["org"] == "白沙新区开发办"


def test_a_river_chiefs_water_joins_the_posts_before_it(extractor):
    found = jiangmen_officials(extractor, "江门市委副书记、潭江市级河长梁志明赴潭江巡河调研。")
    assert found["梁志明"]["titles"] == ["市委副书记", "市级河长"]
    assert found["梁志明"]["org"] == "江门市委"


def test_a_chiefs_water_with_its_trunk_or_stretch_or_after_jian_joins_the_posts_before_it(extractor):
    """某江干流|市级河长, 某河(某某段)|县级河长, 县总河长兼某河县级河长, 常务副市长某河河长: the water a chief
    serves, whatever it carries or however the posts are joined, leaves the earlier posts the chief's."""
    found = jiangmen_officials(extractor, "市委副书记、统战部部长、潭江干流市级河长梁志明出席会议并讲话。")
    assert found["梁志明"]["titles"] == ["市委副书记", "统战部部长", "市级河长"]
    found = jiangmen_officials(extractor, "县委副书记、县长、县总河长兼沭河县级河长陈海波主持召开全县河长制工作推进会。",
                               city=None)
    assert found["陈海波"]["titles"] == ["县委副书记", "县长", "县总河长", "县级河长"]
    found = jiangmen_officials(extractor, "区人大常委会副主任、潭江(江海段)区级河长李国强开展巡河督导工作。")
    assert found["李国强"]["titles"] == ["副主任", "区级河长"]


def test_a_body_between_posts_still_stops_a_chiefs_chain(extractor):
    """An untagged water joins chief's posts only: a post that is no chief's keeps its own reading."""
    found = jiangmen_officials(extractor, "市委副书记、潭江干流市级河长梁志明，市水利局局长陈国华出席会议。")
    assert found["陈国华"]["titles"] == ["局长"]
    assert found["梁志明"]["titles"] == ["市委副书记", "市级河长"]


def test_a_towns_name_before_its_post_and_river_stretches_before_chiefs(extractor):
    text = "锦屏县委常委、敦寨镇党委书记、清水江锦屏段河长吴建华,黎平县委副书记、清水江锦屏段副河长杨光明分别率队巡河。"
    found = jiangmen_officials(extractor, text, city=None)
    assert found["吴建华"]["titles"] == ["县委常委", "党委书记", "河长"] and found["吴建华"]["org"] == "锦屏县委"
    assert found["杨光明"]["titles"] == ["县委副书记", "副河长"] and found["杨光明"]["org"] == "黎平县委"
    from .page_helpers import ents
    spans = ents(extractor, text)
    assert ("敦寨镇", "GPE") in spans and ("党委书记", "TITLE") in spans
    assert ("清水江锦屏段", "LOC") in spans and ("河长", "TITLE") in spans


def test_a_towns_short_name_left_before_its_folded_post_is_the_town(extractor):
    from .page_helpers import ents
    spans = ents(extractor, "台江县委常委、排羊镇党委书记、巴拉河台江段河长潘国华巡河。")
    assert ("排羊镇", "GPE") in spans and ("党委书记", "TITLE") in spans


def test_a_government_office_written_without_its_level_is_the_articles_own(extractor):
    text = "3月10日下午,开平市召开生态环境保护工作会议,会议由政府办副主任梁志明主持,副市长陈国强出席并讲话。"
    record = extractor.process_one(Document("t", text=text, meta={"city": "江门市", "county": "开平市"})).to_json_dict()
    found = {o["person"]: o for o in record["officials"]}
    assert found["梁志明"]["org"] == "开平市政府办"
    assert normalize_org("政府办公室", SimpleNamespace(county=None, city="江门市", province="广东省")) == "江门市政府办公室"
    assert normalize_org("政府", SimpleNamespace(county="开平市", city="江门市", province="广东省")) == "政府"


# --- an autonomous region's posts and bodies (sentences written for these tests) ---


def test_an_autonomous_regions_posts_and_bare_bodies(extractor):
    from .page_helpers import officials, page_record
    text = ("西藏新闻网讯 自治区党委副书记、自治区主席严金海赴拉鲁湿地调研。自治区副主席张永年一同调研。"
            "区党委常委、拉萨市委书记白玛次仁陪同。区生态环境厅厅长罗永平介绍情况。")
    record = page_record(extractor, text, {"province": "西藏自治区"})
    found = [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]
    assert ("自治区主席", "TITLE") in found and ("自治区副主席", "TITLE") in found
    orgs = {o["person"]: o["org"] for o in record["officials"]}
    assert orgs.get("罗永平") == "西藏自治区生态环境厅"


def test_a_region_before_its_committees_post_is_the_place_and_the_post(extractor):
    from .page_helpers import page_record
    text = "内蒙古自治区党委副书记、自治区主席王建平调研。这些保护区如何保护，要摸清保护区生物多样性底数。"
    record = page_record(extractor, text)
    found = [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]
    assert ("党委副书记", "TITLE") in found and ("内蒙古自治区", "GPE") in found
    assert {o["person"]: o["org"] for o in record["officials"]}.get("王建平") == "内蒙古自治区党委"
    assert not any(label == "LOC" for _, label in found)


# --- a post after another official of a list, in that official's body (sentences written for these tests) ---


def test_a_post_written_after_a_listed_official_is_held_in_that_officials_body(extractor):
    found = officials(page_record(extractor, "检查组组长韩立新、副组长罗宏出席。县政协副主席周建林、秘书长于海涛参加视察。"))
    assert found["罗宏"]["org"] == "检查组"
    assert found["于海涛"]["org"] == "县政协"
    # a post of another kind of body takes nothing from the one before: a 县长 sits in no …委
    found = officials(page_record(extractor, "县委书记方明远、县长邱立华出席会议。"))
    assert found["邱立华"]["org"] is None


def test_a_secretary_general_may_be_an_assemblys():
    words = load_official_words("configs/officials.json")
    assert words.can_hold("市政协", ["秘书长"]) and words.can_hold("县人大常委会", ["秘书长"])
    assert not words.can_hold("市生态环境局", ["秘书长"])


def test_a_post_written_after_a_name_is_that_names_not_the_next_ones(extractor):
    # 甲局长、乙副局长: each name's post follows it; 乙 takes no 局长 from the name before
    found = officials(page_record(extractor, "市水务局高立平局长、城东水库管理局何长青局长、宋明远副局长陪同调研。"))
    assert found["宋明远"]["titles"] == ["副局长"]


def test_a_name_between_its_place_and_its_post_and_a_post_before_its_holder(extractor):
    found = officials(page_record(extractor, "南湖区邵伟东副区长、北湖区政府邱文华副区长参加。"))
    assert found["邵伟东"]["titles"] == ["副区长"]
    # a place and a clause after it are no name and post (某县|明确了|河长)
    record = page_record(extractor, "石泉县明确了河长、警长和水政监察员。")
    assert not any(e["label"] == "PERSON" for e in record["entities"])
    # 副县长|某某某 read by the model as one body: the post and the name
    found = officials(page_record(extractor, "会议由政府办副主任包立民主持,副县长范文科、政协副主席刘云海出席。"))
    assert found["范文科"]["titles"] == ["副县长"]


def test_an_autonomous_regions_chairman_sits_in_its_government_not_its_congress(extractor):
    found = officials(page_record(extractor, "自治区人大常委会主任顿珠江村主持会议,自治区主席陈立明讲话。"))
    assert found["陈立明"]["org"] is None


def test_deputies_listed_after_their_head_serve_in_the_heads_body(extractor):
    text = ("3月9日,宜春市人大常委会召开会议。市人大常委会主任罗建新,副主任周立、吴海燕出席会议。"
            "市委书记黄清,副市长邹明出席。\n")
    people = officials(yichun_record(extractor, text))
    assert people["周立"]["org"] == people["吴海燕"]["org"] == "宜春市人大常委会"
    # a deputy's post that names its kind of body (副市长: a 政府) takes nothing from a committee before it
    assert people["邹明"]["org"] != "宜春市委"


def test_a_name_the_model_ran_into_a_post_before_it_is_split_off(extractor):
    found = ents(extractor, "县委书记刘旋,县委副书记、县长宋志江,副县长郭强出席。")
    assert ("县长", "TITLE") in found and ("宋志江", "PERSON") in found
