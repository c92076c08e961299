"""Bylines, datelines, credits and outlets: the outlet, place, day and people a dateline, source line or
credit names, media lists and brands, and what in a credit is no name (an empty field, the place a report is
filed from, the page's own labels).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_rules import byline_persons
from pipeline.io.readers import Document

from .page_helpers import doc_ents, ents, marked, record_ents

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


# --- credits, sources and datelines --------------------------------------------------------------

def test_outlet_place_and_date_of_a_dateline(extractor):
    found = ents(extractor, "  东方网滨州5月9日讯 (记者 王强) 5月9日上午,滨州市生态环境局召开新闻发布会。")
    assert ("东方网", "ORG") in found and ("滨州", "GPE") in found and ("王强", "PERSON") in found


def test_a_dateline_that_lost_its_day_keeps_its_place(extractor):
    found = ents(extractor, "2022-01-27 17:11\n\n日常州讯   1月27日,全市生态环境工作推进会召开。")
    assert ("常州", "GPE") in found


def test_the_place_a_reporter_files_from_is_no_name(extractor):
    found = ents(extractor, "  本报记者 韩立 马鞍山报道 安徽省马鞍山市坚持精准治污,推动环境管理提质增效。")
    assert ("韩立", "PERSON") in found and ("马鞍山", "GPE") in found
    assert not any(label == "PERSON" and s.startswith("马鞍") for s, label in found)


def test_a_reporter_credit_at_the_very_end(extractor):
    found = ents(extractor, f"{BODY}\n\n记者/戚云")
    assert ("戚云", "PERSON") in found


def test_an_app_dateline_names_the_outlet_without_the_word_app(extractor):
    orgs = [s for s, label in ents(extractor, "  江城网/江城头条客户端讯 记者李涛报道:12月2日,江城县召开发布会。") if label == "ORG"]
    assert "江城头条" in orgs and "江城头条客户端" not in orgs


@pytest.mark.parametrize("line, outlet", [
    ("来源 江城零距离 发布时间 2025-03-24 13:20 阅读", "江城零距离"),       # no colon: the next field ends it
    ("作者: 来源:“江城观察”公众号 发布日期:2024年06月06日", "江城观察"),    # a quoted account name
    # a source line is never joined to the paragraph after it as a sentence cut by a page break
    ("      發布時間:2022-06-07 10:34:00來源: 江城新聞網", "江城新聞網"),
])
def test_source_lines_name_their_outlet(extractor, line, outlet):
    found = ents(extractor, f"江城市公布去年生态环境状况\n\n{line}\n\n        江城市官方2日召开发布会,介绍2021年江城市生态环境状况。{BODY}")
    assert (outlet, "ORG") in found
    assert not any(label == "PERSON" and s in ("来源", "來源") for s, label in found)


def test_the_source_named_again_as_editor_is_the_outlet_and_the_net_is_no_source(extractor):
    found = ents(extractor, f"日期: 来源:江城发布收集编辑:江城发布\n{BODY}")
    assert [s for s, label in found if label == "ORG"].count("江城发布") == 2
    assert ("网络", "ORG") not in ents(extractor, f"更新日期:2018-11-07 22:02:01来源:网络点击:1226\n{BODY}")


def test_an_empty_author_field_is_no_name(extractor):
    found = ents(extractor, f"发布时间:2023-04-13 09:38:00      作者:      来源:      【  保存\n{BODY}")
    assert not any(label == "PERSON" for _, label in found)


def test_a_model_place_cut_before_its_division_word_takes_the_gazetteers_full_name(extractor):
    """Model output shifts with the page around it: where it stops before 自治区 the gazetteer's full name wins."""
    text = "介绍2021年西藏自治区生态环境状况,西藏自治区城市空气质量稳定向好。"
    nt = extractor.normalizer.run(text)
    doc = extractor._make_doc(Document("t", text=text), nt)
    for name, proc in extractor.nlp.pipeline:
        if name == "ner":
            first = text.index("西藏")
            doc.ents = [doc.char_span(first, first + 2, label="GPE")]  # the model's cut reading
            continue
        doc = proc(doc)
        if name == "entities":
            break
    places = [(e.text, e.start_char) for e in doc.ents if e.label_ == "GPE"]
    assert ("西藏自治区", text.index("西藏")) in places


def test_a_second_outlet_after_a_dot_or_slash_and_a_bare_daily_is_no_name(extractor):
    found = ents(extractor, "江城日报·掌上江城讯(记者/林涛) 3月15日,全市生态环境保护工作会议召开。")
    assert ("掌上江城", "ORG") in found
    assert ("日报", "ORG") not in ents(extractor, "江城日报 2020-06-06 09:45\n\n日报消息(记者林涛)6月5日,江城市召开发布会。")


def test_a_brand_before_a_dot_and_a_paper_is_an_outlet(extractor):
    found = ents(extractor, "东风网8月3日讯（青山云·东风日报记者 王小明）近日，本市召开生态环境保护大会。")
    assert ("青山云", "ORG") in found
    assert ("东风日报", "ORG") in found


def test_a_brand_before_a_dash_and_an_evening_paper_is_an_outlet(extractor):
    found = ents(extractor, "青山云—东风晚报讯（记者 李大力）本市空气质量持续改善。")
    assert ("青山云", "ORG") in found
    assert ("东风晚报", "ORG") in found


def test_a_place_before_the_dot_stays_no_outlet(extractor):
    found = ents(extractor, "（东营市·东风日报记者 王小明）本市召开生态环境保护大会。")
    assert ("东营市", "ORG") not in found


def test_an_undated_dateline_closed_by_a_colon_names_its_outlet(extractor):
    found = ents(extractor, "远方传媒网东山讯：（记者 赵一）本市开展夏季执法检查。")
    assert ("远方传媒网", "ORG") in found


def test_members_of_a_media_list_are_outlets(extractor):
    found = ents(extractor, "发布会上，东方日报、南国网、青山新媒体等多家新闻媒体记者参加了活动。")
    assert ("青山新媒体", "ORG") in found
    found = ents(extractor, "江南县融媒体中心、江南先锋号等媒体记者应邀参加发布会。")
    assert ("江南先锋号", "ORG") in found


def test_a_paper_named_after_its_province_in_a_media_list(extractor):
    found = ents(extractor, "本次活动邀请了北河日报、湖北工人报、湖北法治报、网易荆门等驻荆媒体参加。")
    assert {("湖北工人报", "ORG"), ("湖北法治报", "ORG"), ("网易荆门", "ORG")} <= set(found)
    assert ("湖北", "GPE") not in found


def test_topics_the_media_follow_are_no_outlets(extractor):
    found = ents(extractor, "发布会通报了生物多样性保护、农村污染治理、企业清洁生产等媒体关注的内容。")
    assert not [f for f in found if f[1] == "ORG"]


def test_people_before_a_media_list_stay_out(extractor):
    found = ents(extractor, "县直各相关部门负责人、江南县融媒体中心、江南先锋号等媒体记者参加。")
    assert not [f for f in found if "负责人" in f[0]]
    assert ("江南先锋号", "ORG") in found


def test_a_new_media_brand_opens_a_dateline(extractor):
    found = ents(extractor, "青山新媒体10月18日讯（记者 王小明）近日，本市召开大气污染防治推进会。")
    assert ("青山新媒体", "ORG") in found


@pytest.mark.parametrize("text, names", [
    ("经济日报雅安讯(周昆 记者 庄祥贵)近日，雅安市召开会议。", ["周昆", "庄祥贵"]),
    ("中新网拉萨11月4日电(白玛央宗)西藏自治区近日召开会议。", ["白玛央宗"]),
    ("本报讯（记者 姚 肖）9月5日，全市召开会议。", ["姚 肖"]),
])
def test_names_in_a_datelines_brackets(extractor, text, names):
    found = ents(extractor, text)
    for name in names:
        assert (name, "PERSON") in found


@pytest.mark.parametrize("text, name, cue", [
    ("作者:全媒体记者 唐小雨", "唐小雨", "全媒体"),
    ("作者：融媒体记者 梁晓东", "梁晓东", "融媒体"),
])
def test_a_reporter_cue_after_the_author_label_is_no_name(extractor, text, name, cue):
    found = ents(extractor, text)
    assert (name, "PERSON") in found
    assert not any(t.startswith(cue) for t, _ in found)


def test_an_undated_dateline_names_its_outlet_and_place(extractor):
    found = ents(extractor, "  燕赵网保定讯(记者 李明)3月2日,保定市召开新闻发布会。")
    assert ("燕赵网", "ORG") in found
    assert ("保定", "GPE") in found


def test_a_field_label_after_an_editors_name_is_no_second_name(extractor):
    found = ents(extractor, "编辑:王明 来源:江城电台 发布时间:2021年02月14日\n\n" + BODY)
    assert ("王明", "PERSON") in found
    assert ("来源", "PERSON") not in found
    assert ("江城电台", "ORG") in found


def test_a_photo_credit_after_a_captions_sentence(extractor):
    found = ents(extractor, BODY + "\n\n清晨的湖边游人如织,不少市民前来散步赏景。李岩摄\n")
    assert ("李岩", "PERSON") in found


def test_a_dateline_crediting_an_app_is_no_app_link():
    text = "2024-03-05 10:20:11  来源:江城日报客户端\n\n" + BODY
    assert not marked(text, "2024-03-05 10:20:11")
    assert marked("下载江城日报客户端\n\n" + BODY, "下载江城日报客户端")


def test_a_nickname_opening_an_outlets_name_is_no_place(extractor):
    found = ents(extractor, "山东省环保厅通报。青州日报·齐鲁天天记者获悉,全省空气质量改善。")
    assert ("齐鲁", "GPE") not in found


def test_every_name_in_a_datelines_brackets_is_a_person(extractor):
    found = ents(extractor, "某某新闻网6月2日讯(褚明远 吴佳 谢立州)6月1日,市生态环境局开展督查。")
    assert {("褚明远", "PERSON"), ("吴佳", "PERSON"), ("谢立州", "PERSON")} <= set(found)


def test_a_county_media_centre_is_an_outlet(extractor):
    found = ents(extractor, "武陵全媒讯(通讯员 周建华)9月1日上午,保护区管理局出动执法人员。")
    assert ("武陵全媒", "ORG") in found


def test_a_papers_multimedia_reporter_credits_the_paper(extractor):
    found = ents(extractor, "青川日报全媒记者 夏华 报道")
    assert ("青川日报", "ORG") in found


def test_a_byline_name_ending_in_wen_keeps_its_last_character(entity_repair, rule_lists):
    text = "(记者 韩梦文 周涛)本月起,"
    names = [text[s:e] for s, e in byline_persons(text, rule_lists, entity_repair.is_person_name)]
    assert names == ["韩梦文", "周涛"]


@pytest.mark.parametrize("text, names", [
    ("丽水网讯(张晓/文 陈立/图)11月3日,记者从市生态环境局获悉。", {"张晓", "陈立"}),
    ("潮新闻客户端5月6日讯(吴敏)5日,全市生态环境保护大会召开。", {"吴敏"}),
])
def test_credits_without_a_cue_word(nlp, text, names):
    assert names <= {t for t, label in doc_ents(nlp, text) if label == "PERSON"}


@pytest.mark.parametrize("text, persons", [
    ("(记者刘凯 通讯员赵敏吴伟)日前,", ["刘凯", "赵敏", "吴伟"]),
    ("本报讯 记者孙阳报道 近日,", ["孙阳"]),
    ("本报讯 【记者 荀晓光】 昨日,", ["荀晓光"]),
    ("全媒体记者:伞红梅 朴成哲)\n", ["伞红梅", "朴成哲"]),
    ("编辑:胡静 审核:邓刚", ["胡静", "邓刚"]),
    ("江城讯(记者/唐明) 3月5日,记者了解到", ["唐明"]),
    ("本报讯 记者方正报道:近日,", ["方正"]),                       # a name that is also a county
    ("本报讯 记者张科报道:近日,", ["张科"]),                       # a name ending like a section word
    ("编辑:阿依古丽·买买提      2025-01-02", ["阿依古丽·买买提"]),
    ("责任编辑:许海燕我来说两句\n", ["许海燕"]),                   # page words glued to the name
    ("江城台记者了解到,安宁区空气质量改善", []),                   # 记者了解到 is no credit
    ("责任编辑:江城新闻网\n", []),                                 # an outlet credited, not a person
    ("江城日报记者:农村环境整治进展如何?\n", []),                 # a reporter's question, not a credit
    ("在队员带领下,记者来到江城开发区现场。", []),                   # a cue run into a sentence
    # two-character names padded to three: after a colon or a bar, or before the next credit
    ("记者 林 波 通讯员 韩晓东\n3月2日,", ["林 波", "韩晓东"]),
    ("责任编辑:苏 敏 审核:邱 亮\n", ["苏 敏", "邱 亮"]),
    ("初审 | 范 雪\n终审 | 邹 刚\n", ["范 雪", "邹 刚"]),
    # the next credit's label glued to a name (某某编审:某某), and credits for pictures and review
    ("编辑:黄文斌 卢静编审:欧阳明\n", ["黄文斌", "卢静", "欧阳明"]),
    ("撰稿:陶然 图片:龚雪 统筹:邵宏\n", ["陶然", "龚雪", "邵宏"]),
])
def test_byline_names(extractor, text, persons):
    assert [s for s, label in ents(extractor, text) if label == "PERSON"] == persons


def test_our_paper_is_not_an_outlet_name(extractor):
    assert ("本报", "ORG") not in ents(extractor, "本报讯 记者孙阳报道 近日,市生态环境局通报了执法情况。")


def test_dateline_day_before_a_reporter_and_yesterday(extractor):
    found = ents(extractor, "(记者 刘凯)16日记者从省生态环境厅获悉,昨日全省开展了执法检查。")
    assert ("16日", "DATE") in found and ("昨日", "DATE") in found


def test_document_titles_are_skipped_but_a_newspaper_title_is_an_outlet(extractor):
    found = ents(extractor, "据《2021年某某市环境状况公报》显示,唐山市空气质量改善。《中国环境报》对此作了报道。")
    assert ("中国环境报", "ORG") in found
    assert not any(s == "某某市" or (s == "唐山" and lab == "GPE") for s, lab in found[:1])
    assert all("公报" not in s for s, _ in found)


def test_bodies_named_without_a_place_and_pointers_that_are_no_names(extractor):
    found = ents(extractor, "中央第五生态环境保护督察组对该省开展督察,省委、省政府高度重视。该公司已完成整改。")
    assert ("中央第五生态环境保护督察组", "ORG") in found
    assert ("省政府", "ORG") in found
    assert not any(s == "该公司" for s, _ in found)


def test_two_outlets_joined_by_a_hyphen_are_two_names(extractor):
    found = ents(extractor, "来源:东南网-泉州晚报  作者:林涛")
    assert ("东南网", "ORG") in found and ("泉州晚报", "ORG") in found


def test_an_outlet_never_spans_a_blank_line(extractor):
    orgs = [s for s, label in ents(extractor, "放大 -缩小\n\n江城网讯(记者 王海峰)日前,全市空气质量改善。") if label == "ORG"]
    assert orgs == ["江城网"]


def test_any_kind_of_reporter_is_a_byline_not_a_title(extractor):
    text = "据青禾日报报道(实习记者 柳青青)5月6日,青禾市生态环境局召开新闻发布会。"
    record = extractor.process_one(Document("t", text=text, meta={}))
    found = {(e.text, e.label) for e in record.entities}
    assert ("实习记者", "TITLE") not in found
    assert ("青禾日报", "ORG") in found and ("据青禾日报", "ORG") not in found
    assert not [o for o in record.officials if o.person == "柳青青"]


def test_a_bar_between_a_credit_and_its_name_is_like_a_colon(extractor):
    found = record_ents(extractor, "全文完\n编辑 | 林晓雯\n校对|陈一鸣\n终审 | 周立\n")
    assert {("林晓雯", "PERSON"), ("陈一鸣", "PERSON"), ("周立", "PERSON")} <= found


def test_a_source_credited_by_its_place_is_the_place(extractor):
    found = ents(extractor, "[来源:自贡市] [点击量:]\n今年以来全市空气质量持续改善。")
    assert ("自贡市", "GPE") in found


def test_authors_in_brackets_after_the_last_sentence(nlp):
    doc = nlp("全市空气质量持续改善。\n(王海涛 陈丽萍)\n相关新闻")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["王海涛", "陈丽萍"]
    # a bracket holding a credit word or any other word is no credit
    doc = nlp("全市空气质量持续改善。(资料图)\n治理工作稳步推进。(记者 王海涛)\n")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["王海涛"]


def test_credits_with_the_role_before_the_name_and_review_rounds(extractor):
    found = ents(extractor, f"{BODY}\n(文/柯雨晴 图/蒋立帆)\n责任编辑:庞小勇\n二审:欧阳琪 三审:葛天成")
    for name in ("柯雨晴", "蒋立帆", "庞小勇", "欧阳琪", "葛天成"):
        assert (name, "PERSON") in found


def test_a_page_fields_label_is_no_name(extractor):
    found = ents(extractor, f"www.example.com 来源: 江城新闻网 用手机看\n{BODY}")
    assert not any(label == "PERSON" for _, label in found)


def test_any_kind_of_editor_or_author_is_a_byline_not_a_title(extractor, entity_repair):
    text = "江城市空气质量持续改善。\n初审编辑:林晓雯\n首席编辑 陈一鸣\n• 作者:周立\n"
    titles = {s for s, label in record_ents(extractor, text) if label == "TITLE"}
    assert not titles & {"初审编辑", "首席编辑", "• 作者", "作者"}
    for role in ("首席编辑", "初审编辑", "• 作者"):
        assert entity_repair.repair(role, 0, len(role), "TITLE") == []
    assert entity_repair.repair("总编辑", 0, 3, "TITLE")  # a paper's editor-in-chief is a post


def test_an_outlet_named_today_something_is_an_outlet_not_a_date(extractor):
    found = ents(extractor, "今日瑞安网讯（记者 陈晓）近日，市生态环境局开展执法检查。")
    assert ("今日瑞安网", "ORG") in found and ("今日", "DATE") not in found
    assert ("今日", "DATE") in ents(extractor, "今日，市生态环境局开展执法检查。")


@pytest.mark.parametrize("line", ["作者：文字  来源：某某新闻网", "作者: 文章来源:某某新闻网", "编辑：佚名"])
def test_a_credit_field_holding_no_name_gives_no_person(extractor, line):
    assert not any(label == "PERSON" for _, label in ents(extractor, f"某县开展执法检查\n{line}\n近日，县生态环境局开展检查。"))


def test_an_unknown_source_and_an_empty_source_name_no_outlet_and_a_media_account_as_author_is_one(extractor):
    text = "某区召开会议\n2019-09-19 来源:未知 浏览次数:\n来源:发表时间:2020-03-24\n作者:某某区发布\n近日，区政府召开会议。"
    found = ents(extractor, text)
    assert ("某某区发布", "ORG") in found
    assert not any(t in ("未知", "发表") for t, _ in found)


def test_a_field_bar_is_never_part_of_a_name(extractor):
    """来源:某某网丨作者, 省级督察丨省第一督察组: the bar 丨 is a CJK character the model may read inside a name;
    a name ends before it or starts after it."""
    from .page_helpers import ents
    found = ents(extractor, "2023-10-10 10:00丨来源:中国网丨作者:丨责任编辑:王明\n"
                            "省级督察丨省第一生态环境保护督察组向哈尔滨市反馈督察情况")
    assert not [t for t, _ in found if "丨" in t]
    assert ("省第一生态环境保护督察组", "ORG") in found


def test_credits_by_rarer_surnames_are_names(extractor):
    found = ents(extractor, "台州日报讯(记者 泮文杰 通讯员 邵韵)近日,全市河长制工作会议召开。\n责任编辑:畅立新")
    assert ("泮文杰", "PERSON") in found and ("畅立新", "PERSON") in found
