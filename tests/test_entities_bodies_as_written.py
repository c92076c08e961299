"""Bodies and posts as the article writes them (our own sentences): a province written before a city's
body is part of its name, a district before a firm is not; a body that organised a viewing is no part of
the group it watched; how a post is held (专职) is part of the post."""
from .page_helpers import ents


def test_a_province_before_a_city_body_is_the_bodys_prefix(extractor):
    found = ents(extractor, "新华社记者获悉,甘肃省定西市人民政府9日召开新闻发布会,介绍全市生态环境保护情况。")
    assert ("甘肃省定西市人民政府", "ORG") in found
    assert ("甘肃省", "GPE") not in found


def test_a_district_before_a_firm_stays_the_place_of_the_case(extractor):
    found = ents(extractor, "典型案例如下:\n1.城关区兰州某某化工有限公司未批先建案\n该公司在未取得环评批复的情况下擅自开工。")
    assert ("城关区", "GPE") in found


def test_a_body_that_watched_a_feedback_meeting_is_no_part_of_the_group(extractor):
    found = ents(extractor, "5月9日,县委、县政府在组织收听收看中央第二生态环境保护督察组反馈会后,立即召开专题会议。")
    assert ("县政府", "ORG") in found
    assert ("中央第二生态环境保护督察组", "ORG") in found


def test_a_full_time_post_keeps_its_kind(extractor):
    found = ents(extractor, "县人民政府新闻办公室专职副主任王海涛主持发布会。")
    assert ("专职副主任", "TITLE") in found


def test_a_level_word_inside_a_place_opens_no_second_body(extractor):
    # the district's own 区 is no bare-level body: one ORG, never a place overlapping a body (a failed record)
    from pipeline.io.readers import Document
    text = "主办：天津市西青区人民政府办公室  承办：天津市西青区政务服务办公室\n各位记者，上午好。"
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    assert record["status"] == "ok"
    spans = sorted((e["start"], e["end"]) for e in record["entities"])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_overlapping_spans_from_two_rules_cost_one_span_not_the_document(nlp):
    from pipeline.components.entities import EntityMerger
    doc = nlp.make_doc("天津市西青区政务服务办公室召开会议")
    EntityMerger._set_ents(doc, [(0, 6, "GPE", "gazetteer", 1.0), (5, 13, "ORG", "rule", 1.0)])
    assert [(e.text, e.label_) for e in doc.ents] == [("天津市西青区", "GPE")]


def test_firms_listed_by_short_name_before_the_lists_kind(nlp):
    doc = nlp("会议还表彰了市住建局,以及华阳化工、宏达矿业、青山冶炼等12家重点企业。")
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert {"华阳化工", "宏达矿业", "青山冶炼"} <= orgs
    doc = nlp("督促东岭矿业、西坪建材等单位限期整改。")
    assert {"东岭矿业", "西坪建材"} <= {e.text for e in doc.ents if e.label_ == "ORG"}


def test_sectors_listed_before_a_count_of_firms_are_no_firms(nlp):
    doc = nlp("对钢铁、焦化、水泥等12家企业开展检查,对火电行业、建材行业等单位开展帮扶。")
    assert not [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_body_ends_before_a_preposition_or_its_possessive():
    from pipeline.components.entity_rules import EntityRepair, load_rule_lists

    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    repair = EntityRepair(lists, {"黄山市": "GPE", "歙县": "GPE"})
    text = "黄山市生态环境局歙县分局在县委、县政府的正确领导下推进整改"
    s = text.index("黄山市")
    e = text.index("县委") + 2
    assert [text[a:b] for a, b, _ in repair.repair(text, s, e, "ORG")] == ["黄山市生态环境局歙县分局", "县委"]
    s = text.index("县政府")
    e = text.index("正确领导") + 4
    assert [text[a:b] for a, b, _ in repair.repair(text, s, e, "ORG")] == ["县政府"]


def test_bodies_an_official_leads_keep_their_bare_level(extractor):
    # the model reads the bureau without its level; the leader's name stops before 带领
    found = ents(extractor, "副县长王涛带领县农业农村局、县水务局负责人到河道现场督导。")
    assert ("县农业农村局", "ORG") in found and ("农业农村局", "ORG") not in found
    found = ents(extractor, "据区生态环境监测站统计，今年以来空气质量持续改善。")
    assert ("区生态环境监测站", "ORG") in found


def test_a_bare_level_body_ends_before_its_party_groups_post(extractor):
    from pipeline.components.entity_passes.bodies import BARE_LEVEL_BODY
    assert BARE_LEVEL_BODY.match("县政府党组成员").group() == "县政府"
    assert BARE_LEVEL_BODY.match("县政协党组书记").group() == "县政协"
    assert BARE_LEVEL_BODY.match("县政府办公室主任") is None  # a section after the body is the longer name
    found = ents(extractor, "会上，县政府党组成员刘建国通报了全县生态环境保护工作情况。")
    assert ("县政府", "ORG") in found and ("党组成员", "TITLE") in found


def test_a_name_read_into_the_verb_of_leading_ends_before_it(entity_repair):
    text = "市长吕平带领市生态环境局负责人到现场督导。"
    s = text.index("吕平")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 3, "PERSON")] == ["吕平"]


def test_bodies_a_leader_takes_along_after_a_bare_and_their_names_written_with_he(extractor):
    found = ents(extractor, "副州长王涛率州发展和改革局、州水务局等部门负责人到坝址现场巡河。")
    assert ("州发展和改革局", "ORG") in found
    found = ents(extractor, "在区委、区府和市环保局的正确领导下,全区环境质量持续改善。")
    assert not any(t.startswith("区府和") for t, _ in found)


def test_posts_a_caption_spaces_apart_are_two_titles(rule_lists):
    from pipeline.components.entity_rules import EntityRepair
    repair = EntityRepair(rule_lists, {"党组书记": "TITLE", "局长": "TITLE"})
    text = "某县生态环境分局党组书记 局长 王涛\n"
    s = text.index("党组书记")
    assert [text[a:b] for a, b, _ in repair.repair(text, s, s + 7, "TITLE")] == ["党组书记", "局长"]
    assert [text[a:b] for a, b, _ in repair.repair(text, s, s + 4, "TITLE")] == ["党组书记"]


def test_a_task_force_named_by_its_task_alone_is_one_body(extractor):
    found = ents(extractor, "成立了以县长为组长的推进黑臭水体治理工作领导小组,统筹全县治理工作。")
    assert ("推进黑臭水体治理工作领导小组", "ORG") in found
    found = ents(extractor, "据统计,散乱污企业专项行动组共检查企业56家。")
    assert ("散乱污企业专项行动组", "ORG") in found
    # a kind of work is no name (整改工作领导小组), nor a clause that founds one
    found = ents(extractor, "会后,相关部门迅速召开整改工作领导小组会议,部署下一步工作。")
    assert not any(t.endswith("整改工作领导小组") for t, label in found if label == "ORG")


def test_a_watched_committee_keeps_its_level_and_bodies_joined_by_he_are_two(extractor):
    found = ents(extractor, "我县组织收看省环委会2019年全体会议电视电话会议。")
    assert ("省环委会", "ORG") in found
    found = ents(extractor, "市生态环境局某某分局和县水利局全体班子成员参加会议。")
    assert ("县水利局", "ORG") in found and not any("和县" in t for t, _ in found)


def test_a_provinces_satellite_channel_is_an_outlet(extractor):
    found = ents(extractor, "新华社、河南卫视、《大河报》等媒体参加发布会。")
    assert ("河南卫视", "ORG") in found and ("河南", "GPE") not in found


def test_a_numbered_team_and_a_towns_station_are_bodies(extractor):
    found = ents(extractor, "副局长王涛带队督察三组到某区开展督察。执法大队联系了城东环保所赶赴现场。")
    assert ("督察三组", "ORG") in found and not any(label == "QUANTITY" and t == "三组" for t, label in found)
