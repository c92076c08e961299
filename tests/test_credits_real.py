"""Credits, source lines and datelines as real pages write them (sentences written for these tests).

Datelines and source lines give their outlet, place and reporter; an empty credit field, the
place a report is filed from and the page's own labels are no names.
"""

from __future__ import annotations

import pytest

from pipeline.io.readers import Document

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


def ents(extractor, text: str) -> list[tuple[str, str]]:
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [(e["text"], e["label"]) for e in record["entities"]]


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
