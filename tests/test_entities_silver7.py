"""Entities on unseen pages, third silver round (S7N): breadcrumbs written with ``>>``, zones and national
bodies with the sentence's words in front, spans run over a clause or a meeting held at a body, and names
after titles the model leaves out.

Every sentence here is written for the test; none is taken from an article.  Each test fails
on the pipeline before this round.
"""

from __future__ import annotations

from .page_helpers import ents, marked

BODY = "今年上半年,江城市环境空气质量持续改善,优良天数为152天,同比增加9天。"


# -- chrome --------------------------------------------------------------------------------------

def test_a_breadcrumb_written_with_double_arrows_is_chrome():
    text = "江城网\n江城网>>环保频道>>要闻\n\n" + BODY
    assert marked(text, "江城网>>环保频道>>要闻")
    assert not marked(text, BODY)


# -- boundaries ----------------------------------------------------------------------------------

def test_a_zone_keeps_only_the_words_from_its_place_on(extractor):
    found = ents(extractor, "检查组要求湘潭经开区及相关职能部门限期整改。")
    assert ("湘潭经开区", "GPE") in found
    assert not any(t.startswith("检查组") for t, _ in found)


def test_a_run_on_span_over_a_clause_gives_each_body_alone(extractor):
    found = ents(extractor, "6月3日,省生态环境厅副厅长(正厅长级)、民盟湖南省委副主委刘明到衡阳开展水污染防治工作调研,"
                            "市政府副市长王强陪同。")
    assert ("省生态环境厅", "ORG") in found
    assert not any(label == "ORG" and ("、" in t or "(" in t) for t, label in found)


def test_a_meeting_held_at_a_body_is_no_part_of_the_bodys_name(extractor):
    found = ents(extractor, "衡东县秸秆禁烧专项整治行动会议在县环保局三楼会议室召开。")
    assert ("县环保局", "ORG") in found
    assert not any(label == "ORG" and "会议" in t for t, label in found)


# -- names after titles --------------------------------------------------------------------------

def test_a_name_after_a_title_closed_by_a_persons_verb(extractor):
    found = ents(extractor, "副市长贺湘东陪同检查。")
    assert ("贺湘东", "PERSON") in found
    assert ("副市长", "TITLE") in found


def test_a_three_character_name_closed_by_the_segmenters_word_boundary(extractor):
    found = ents(extractor, "3月1日,岳阳市委副书记、市长阳卫东乘船督查洞庭湖综合治理工作。")
    assert ("阳卫东", "PERSON") in found
    assert ("岳阳", "GPE") in found
    assert ("市长", "TITLE") in found


def test_a_national_body_keeps_no_time_word_before_its_prefix(extractor):
    found = ents(extractor, "届时国家发展改革委将派员参加。")
    assert ("国家发展改革委", "ORG") in found
    assert not any(t.startswith("届时") for t, _ in found)


def test_two_bodies_on_either_side_of_a_verb_are_two_names(extractor):
    found = ents(extractor, "市环境监察总队环境执法工作得到生态环境部通报表彰。")
    assert ("市环境监察总队", "ORG") in found
    assert ("生态环境部", "ORG") in found


# -- descriptions that are no places ---------------------------------------------------------------

def test_kinds_of_wetland_are_no_places(extractor):
    found = ents(extractor, "江城的河流湿地、湖泊湿地、沼泽湿地和人工湿地面积达53万亩。")
    assert not any(label == "LOC" for _, label in found)


def test_water_at_large_after_an_attribute_is_no_place(extractor):
    found = ents(extractor, "各地将建设安全河湖、生态河湖和幸福河湖作为重点。")
    assert not any(label == "LOC" for _, label in found)


def test_a_bare_feature_word_is_no_place(extractor):
    found = ents(extractor, "城北的青云河、白鹭河等湿地公园已经建成开放。")
    assert ("湿地公园", "LOC") not in found
    assert ("白鹭河", "LOC") in found


def test_a_clause_before_a_feature_word_is_no_name(extractor):
    found = ents(extractor, "在青石水库,她询问了蓄水情况,并仔细查看了水库大坝。")
    assert ("青石水库", "LOC") in found
    assert [t for t, label in found if label == "LOC"] == ["青石水库"]


# -- credits -------------------------------------------------------------------------------------

def test_a_field_label_after_an_editors_name_is_no_second_name(extractor):
    found = ents(extractor, "编辑:王明 来源:江城电台 发布时间:2021年02月14日\n\n" + BODY)
    assert ("王明", "PERSON") in found
    assert ("来源", "PERSON") not in found
    assert ("江城电台", "ORG") in found


def test_a_photo_credit_after_a_captions_sentence(extractor):
    found = ents(extractor, BODY + "\n\n清晨的湖边游人如织,不少市民前来散步赏景。李岩摄\n")
    assert ("李岩", "PERSON") in found


# -- places --------------------------------------------------------------------------------------

def test_a_district_named_for_a_people_is_written_without_the_peoples_name(extractor):
    found = ents(extractor, "上周,副区长刘洋到管城区检查扬尘治理,并在管城区主持召开推进会。")
    assert found.count(("管城区", "GPE")) == 2


def test_such_a_district_before_a_folded_committee_title_is_the_place(extractor):
    found = ents(extractor, "瀍河区委书记赵东出席并讲话。")
    assert ("瀍河", "GPE") in found
    assert ("区委书记", "TITLE") in found
    assert ("赵东", "PERSON") in found


# -- ordinals ------------------------------------------------------------------------------------

def test_an_ordinal_naming_a_team_or_an_issue_is_no_quantity(tmp_path):
    import json

    from typer.testing import CliRunner

    from pipeline.cli import app

    page = tmp_path / "pages"
    page.mkdir()
    (page / "a.txt").write_text("8月19日,在江城市某化工有限公司,环保部强化督查(第十轮)第七组组长王明强(左二)在核实排放标准。\n\n"
                                "  近日,环保部强化督查(第十轮)第七组在江城市督查。\n", encoding="utf-8")
    (page / "b.txt").write_text("江城市配合督察工作动态\n\n2024年第 16 期\n\n5月24日,督察组到我市开展下沉督察。\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["run", str(page), "--out", str(out), "--no-summary"])
    assert result.exit_code == 0, result.output
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert not any(e["label"] == "QUANTITY" and e["text"] in ("七组", "16 期") for e in record["entities"])


def test_a_plant_or_a_managing_body_named_after_a_feature_is_an_organisation(extractor):
    assert ("白沙河污水处理厂", "ORG") in ents(extractor, "在白沙河污水处理厂,他详细了解设施运营情况。")
    found = ents(extractor, "执法检查中,检查组深入东风水库、南岭水库管理局等现场点。")
    assert ("南岭水库管理局", "ORG") in found
    assert ("东风水库", "LOC") in found
    assert ("湘江", "LOC") in ents(extractor, "湘江保护和治理是省政府一号重点工程。")
    found = ents(extractor, "去年,巢湖流域城镇污水处理厂已完成提标改造。")
    assert not any(label == "ORG" and "污水处理厂" in t for t, label in found)


def test_a_dateline_crediting_an_app_is_no_app_link():
    text = "2024-03-05 10:20:11  来源:江城日报客户端\n\n" + BODY
    assert not marked(text, "2024-03-05 10:20:11")
    assert marked("下载江城日报客户端\n\n" + BODY, "下载江城日报客户端")


def test_a_rivers_name_opening_a_citys_name_is_no_river(extractor):
    found = ents(extractor, "去年,丹江口库区的水环境持续改善。")
    assert ("丹江", "LOC") not in found
    assert ("丹江", "LOC") in ents(extractor, "汉江、丹江和唐白河水质稳定。")


def test_a_list_marker_before_a_bare_level_body_is_no_part_of_it(extractor):
    found = ents(extractor, "二是旗委和政府召开专题会议研究部署整改工作。")
    assert ("旗委", "ORG") in found
    assert not any(t.startswith("二是") for t, _ in found)
    assert ("旗委", "ORG") in ents(extractor, "一是旗委和政府通过召开常委会议等形式,深化认识。")
