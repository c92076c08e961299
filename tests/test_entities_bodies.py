"""Organisations (ORG): where a body's name starts and ends (a place or clause before it, a verb, a conjunction
or a meeting after it), bodies in lists, firms, plants, courts and task forces.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.components.entity_passes.bodies import (
    TASK_FORCE,
    bare_level_bodies,
    bodies_named_after_places,
    firms_after_places,
    inner_body_start,
)
from pipeline.components.entity_passes.body_lists import (
    firms_in_firm_lists,
    governments_after_committees,
    short_bodies_in_lists,
)
from pipeline.components.entity_passes.titles import level_before_titles, sections_before_titles

from .page_helpers import county_repair, doc_ents, ents, model_spans, record_ents


def _org(entity_repair, text, surface):
    s = text.index(surface)
    return [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + len(surface), "ORG")]


@pytest.mark.parametrize("sentence, place", [
    ("整治行动启动后,汝州市成立专项督导组,逐一排查问题点位。", "汝州市"),
    ("上个月,安顺市获生态环境部通报表扬。", "安顺市"),
    ("在大气治理方面,铁岭市全面加强城市燃煤锅炉改造。", "铁岭市"),
])
def test_a_place_opening_a_clause_stays_a_place(extractor, sentence, place):
    found = ents(extractor, sentence)
    assert (place, "GPE") in found
    assert not any(label == "ORG" and t.startswith(place) for t, label in found)


def test_a_body_named_after_a_meeting_joined_by_ji_is_the_body_alone(extractor):
    found = ents(extractor, "5月8日下午,株洲市生态环境保护大会暨生态环境保护委员会第二次全体会议召开。")
    assert ("株洲市", "GPE") in found
    assert ("生态环境保护委员会", "ORG") in found
    assert not any(label == "ORG" and "大会" in t for t, label in found)


def test_a_meeting_held_at_a_level_body_leaves_the_place_and_the_body(extractor):
    found = ents(extractor, "4月2日,广东省龙门县大气污染防治工作会议在县委礼堂召开。")
    assert ("广东省龙门县", "GPE") in found or ("龙门县", "GPE") in found
    assert ("县委", "ORG") in found
    assert not any(label == "ORG" and "会议" in t for t, label in found)


def test_a_firm_in_a_place_is_still_one_body(extractor):
    found = ents(extractor, "执法人员对铁岭市恒达化工有限公司开展现场检查。")
    assert ("铁岭市恒达化工有限公司", "ORG") in found


def test_a_committee_and_government_pair_shows_once_the_run_on_tail_is_cut(extractor):
    found = ents(extractor, "会议要求,全县要认真落实省委省政府环境保护督察反馈意见。")
    assert ("省委", "ORG") in found and ("省政府", "ORG") in found
    assert ("省委省政府", "ORG") not in found


def test_a_total_received_from_a_provincial_group_splits_place_and_group(extractor):
    found = ents(extractor, "截至11月底，青川区共接到省委第二生态环境保护督察组交办信访件120件。")
    assert ("青川区", "GPE") in found
    assert ("省委第二生态环境保护督察组", "ORG") in found


def test_a_plant_built_by_a_city_is_named_after_le(extractor):
    found = ents(extractor, "近年来，东安市先后建设了城北污水处理厂、市医疗废物集中处置中心。")
    assert ("东安市", "GPE") in found
    assert ("城北污水处理厂", "ORG") in found


def test_a_section_set_up_by_a_city_keeps_its_whole_name(extractor):
    found = ents(extractor, "近年来，东安市专门成立了东安县生态环境局北湖执法室，配备执法船。")
    assert ("东安县生态环境局北湖执法室", "ORG") in found


def test_a_group_is_not_extended_over_the_verb_after_it(extractor):
    found = ents(extractor, "省第二生态环境保护督察组共交办信访件86件。")
    assert ("省第二生态环境保护督察组", "ORG") in found
    found = ents(extractor, "对中央生态环境保护督察组专办的信访件实行限时办结。")
    assert ("中央生态环境保护督察组", "ORG") in found


@pytest.mark.parametrize("text, team", [
    ("县委书记王国强对省河长制专项督查组的到来表示欢迎。", "省河长制专项督查组"),
    ("区委书记李卫东代表区四套班子向市第二环境保护督察组汇报工作。", "市第二环境保护督察组"),
    ("市委书记赵建平现场督办中央生态环境保护督察组交办的信访件。", "中央生态环境保护督察组"),
])
def test_a_team_is_never_run_over_the_head_who_acts_on_it(extractor, text, team):
    found = ents(extractor, text)
    assert (team, "ORG") in found
    assert not any(label == "ORG" and "书记" in surface for surface, label in found)


def test_a_committee_after_a_joint_meeting_is_a_body(extractor):
    found = ents(extractor, "县生态环境保护工作会议暨县生态环境保护委员会第五次全体会议召开。")
    assert ("县生态环境保护委员会", "ORG") in found


def test_a_government_after_a_title_and_daibiao_is_a_body(extractor):
    found = ents(extractor, "会上，副县长代表县政府与各乡镇签订目标责任书。")
    assert ("县政府", "ORG") in found


def test_bodies_that_are_the_object_of_naru_and_lieru(extractor):
    found = ents(extractor, "该项工作已纳入市政府重点督办事项，列入市人大重要议案。")
    assert ("市政府", "ORG") in found
    assert ("市人大", "ORG") in found


def test_bureaus_listed_beside_a_found_bureau_are_bodies(extractor):
    found = ents(extractor, "县财政局、发改局、住建局、水务局、农业农村局等部门负责人参加会议。")
    assert ("住建局", "ORG") in found
    assert ("水务局", "ORG") in found


def test_hospitals_listed_beside_a_found_hospital_are_bodies(extractor):
    found = ents(extractor, "市人民医院、藏医院、妇幼保健院污水处理站均已完成提标改造。")
    assert ("藏医院", "ORG") in found
    assert ("妇幼保健院", "ORG") in found


def test_a_place_listed_beside_a_bureau_stays_a_place(extractor):
    found = ents(extractor, "市生态环境局、东安县、西平县相关负责人参加会议。")
    assert not any(label == "ORG" and text in ("东安县", "西平县") for text, label in found)


def test_a_verb_before_the_first_member_of_a_list_stays_outside(extractor):
    found = ents(extractor, "开展差异化执法，并联合市公安局、市农业农村局开展专项检查。")
    assert not any(text.startswith(("并", "联合")) for text, label in found if label == "ORG")


@pytest.mark.parametrize("text, bodies", [
    ("市公安局和市生态环境局联合开展夜查行动。", ["市公安局", "市生态环境局"]),
    ("问责组认为，城关镇政府及花园乡政府等相关部门履职不力。", ["城关镇政府", "花园乡政府"]),
    ("市交通局及市城管局等部门联合检查。", ["市交通局", "市城管局"]),
])
def test_a_conjunction_after_a_complete_name_joins_two_bodies(extractor, text, bodies):
    found = ents(extractor, text)
    for body in bodies:
        assert (body, "ORG") in found


@pytest.mark.parametrize("text, body", [
    ("县自然资源和规划局、县住房和城乡建设局参加会议。", "县自然资源和规划局"),
    ("市发展和改革委负责牵头落实。", "市发展和改革委"),
    ("长乐区海洋与渔业局派员参加。", "长乐区海洋与渔业局"),
])
def test_a_conjunction_after_a_field_word_stays_inside_the_name(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


def test_a_task_force_named_for_its_goal_keeps_its_place_and_verb(extractor):
    found = ents(extractor, "会议由青州市创建国家生态文明建设示范市领导小组组织召开。")
    assert ("青州市创建国家生态文明建设示范市领导小组", "ORG") in found


def test_a_clause_before_a_task_force_still_stays_outside(extractor):
    found = ents(extractor, "吴忠市共接到中央第四生态环境保护督察组转办件120件。")
    assert ("吴忠市", "GPE") in found and ("中央第四生态环境保护督察组", "ORG") in found


def test_the_united_nations_loses_no_characters_to_the_verb_联合(extractor):
    assert ("联合国环境规划署", "ORG") in ents(extractor, "该项目获联合国环境规划署表彰。")


def test_a_body_without_its_place_before_a_post_and_its_holder_is_an_org(extractor):
    found = ents(extractor, "同时，生态环境分局副局长王明进行现场咨询。")
    assert ("生态环境分局", "ORG") in found and ("副局长", "TITLE") in found


def test_a_town_before_its_committees_post_is_the_town_and_the_post(extractor):
    # as the real pages' gold writes it (某某镇|党委书记): the town a GPE, the folded post a TITLE, the body the
    # official's record names; a town opening a body standing alone stays inside the body
    found = ents(extractor, "据悉，新华镇党委副书记、镇长周斌带队巡查。")
    assert ("新华镇", "GPE") in found and ("党委副书记", "TITLE") in found
    found = ents(extractor, "新华镇党委、政府高度重视,迅速部署整改工作。")
    assert ("新华镇", "GPE") not in found


@pytest.mark.parametrize("text, plant", [
    ("目前，城东污水处理厂已完成提标改造。", "城东污水处理厂"),
    ("生活垃圾全部运往青山焚烧厂处理。", "青山焚烧厂"),
    ("其余垃圾送往长岭填埋场进行卫生填埋。", "长岭填埋场"),
    ("全县加快推进河西污水处理厂建设。", "河西污水处理厂"),
])
def test_a_plant_with_a_proper_name_is_an_organisation(extractor, text, plant):
    assert (plant, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text", [
    "城镇污水处理厂提标改造全部完成。",
    "新建6座污水处理厂，园区污水处理厂实现全覆盖。",
    "督促污水处理厂落实在线监测要求。",
    "对颜家岭垃圾填埋场开展生态修复。",
])
def test_a_plant_named_only_by_its_kind_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("会议听取市环委会工作情况汇报。", "市环委会"),
    ("联合区园林绿化局、区水务局开展检查。", "区园林绿化局"),
    ("林业站先后接到县农业农村局移送的3起线索。", "县农业农村局"),
    ("该站去年被市政府记集体二等功。", "市政府"),
    ("副县长刘晓明,县民政局局长陈立华出席。", "县民政局"),
])
def test_a_bare_level_after_a_verb_stays_inside_the_body(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


def test_a_place_before_a_body_is_not_cut(extractor):
    assert ("郑州市环委会办公室", "ORG") in ents(extractor, "郑州市环委会办公室印发通知。")


@pytest.mark.parametrize("text", ["共移送公安机关21人，1人经法院判决获实刑。", "申请人民法院强制执行79宗。"])
def test_a_bare_court_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


def test_a_court_with_its_place_is_an_organisation(extractor):
    assert ("青山区人民法院", "ORG") in ents(extractor, "青山区人民法院依法公开审理该案。")


@pytest.mark.parametrize("text", [
    "本年度推进法治政府建设主要举措如下。",
    "全市生态环境保护工作会议在会展中心召开。",
])
def test_a_concept_or_a_venue_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


@pytest.mark.parametrize("text, body", [
    ("某县2024年生态环境保护委员会第二次全体会议近日召开。", "生态环境保护委员会"),
    ("区长主持召开生态环境保护工作委员会全体会议。", "生态环境保护工作委员会"),
])
def test_a_placeless_environmental_committee_is_a_body(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


def test_a_committee_s_office_or_any_committee_s_duties_are_no_placeless_body(extractor):
    assert ("生态环境保护委员会", "ORG") not in ents(extractor, "会议明确了河长的职责和生态环境保护委员会职责。")
    assert ("生态环境保护委员会", "ORG") not in ents(extractor, "2024年生态环境保护委员会办公室印发通知。")


def test_national_media_and_international_bodies_are_organisations(extractor):
    found = ents(extractor, "据央视报道,江城市细颗粒物浓度已达世界卫生组织过渡期目标。")
    assert ("央视", "ORG") in found
    assert ("世界卫生组织", "ORG") in found


def test_a_run_on_span_over_a_clause_gives_each_body_alone(extractor):
    found = ents(extractor, "6月3日,省生态环境厅副厅长(正厅长级)、民盟湖南省委副主委刘明到衡阳开展水污染防治工作调研,"
                            "市政府副市长王强陪同。")
    assert ("省生态环境厅", "ORG") in found
    assert not any(label == "ORG" and ("、" in t or "(" in t) for t, label in found)


def test_a_meeting_held_at_a_body_is_no_part_of_the_bodys_name(extractor):
    found = ents(extractor, "衡东县秸秆禁烧专项整治行动会议在县环保局三楼会议室召开。")
    assert ("县环保局", "ORG") in found
    assert not any(label == "ORG" and "会议" in t for t, label in found)


def test_a_national_body_keeps_no_time_word_before_its_prefix(extractor):
    found = ents(extractor, "届时国家发展改革委将派员参加。")
    assert ("国家发展改革委", "ORG") in found
    assert not any(t.startswith("届时") for t, _ in found)


def test_two_bodies_on_either_side_of_a_verb_are_two_names(extractor):
    found = ents(extractor, "市环境监察总队环境执法工作得到生态环境部通报表彰。")
    assert ("市环境监察总队", "ORG") in found
    assert ("生态环境部", "ORG") in found


def test_a_plant_or_a_managing_body_named_after_a_feature_is_an_organisation(extractor):
    assert ("白沙河污水处理厂", "ORG") in ents(extractor, "在白沙河污水处理厂,他详细了解设施运营情况。")
    found = ents(extractor, "执法检查中,检查组深入东风水库、南岭水库管理局等现场点。")
    assert ("南岭水库管理局", "ORG") in found
    assert ("东风水库", "LOC") in found
    assert ("湘江", "LOC") in ents(extractor, "湘江保护和治理是省政府一号重点工程。")
    found = ents(extractor, "去年,巢湖流域城镇污水处理厂已完成提标改造。")
    assert not any(label == "ORG" and "污水处理厂" in t for t, label in found)


def test_a_list_marker_before_a_bare_level_body_is_no_part_of_it(extractor):
    found = ents(extractor, "二是旗委和政府召开专题会议研究部署整改工作。")
    assert ("旗委", "ORG") in found
    assert not any(t.startswith("二是") for t, _ in found)
    assert ("旗委", "ORG") in ents(extractor, "一是旗委和政府通过召开常委会议等形式,深化认识。")


def test_organisations_cut_where_the_name_ends(entity_repair):
    assert _org(entity_repair, "在县委县政府的统一部署下", "县委县政府") == ["县委", "县政府"]     # two bodies
    assert _org(entity_repair, "江城区环境保护大会暨河长制会议召开", "江城区环境保护大会暨") == []  # a meeting
    assert _org(entity_repair, "局机关召开年度工作务虚会", "年度工作务虚会") == []
    assert _org(entity_repair, "落实市环境保护委员会会议部署", "市环境保护委员会会议部署") == ["市环境保护委员会"]
    assert _org(entity_repair, "听取市水务局汇报及与会代表发言", "市水务局汇报及与会") == ["市水务局"]
    assert _org(entity_repair, "市自然资源局一行来到现场调研", "市自然资源局一行") == ["市自然资源局"]
    assert _org(entity_repair, "地处江城市北部,气候温和", "江城市北部") == []                # a direction, no body
    assert _org(entity_repair, "经查,检查时该厂正在生产", "检查时该厂") == []                  # a body pointed at
    assert _org(entity_repair, "意见请反馈至区自然资源分局", "至区自然资源分局") == ["区自然资源分局"]
    assert _org(entity_repair, "依法共计处以5万元罚款", "共计处") == []
    assert _org(entity_repair, "市委常委会研究部署", "市委常委会") == ["市委常委会"]        # a standing body stays


def test_a_body_after_a_place_stops_at_a_visit(nlp):
    merger = nlp.get_pipe("entities")
    text = "江城市督导组一行来到樱花谷管委会,听取汇报。"
    out = bodies_named_after_places(merger.knowledge, text, [(0, 3, "GPE", "model", 1.0)])
    assert "江城市督导组一行来到樱花谷管委会" not in [text[s:e] for s, e, *_ in out]


def test_organisations_run_on_into_an_organiser_or_a_spot(entity_repair):
    assert _org(entity_repair, "由中共江城市委宣传部主办的活动", "中共江城市委宣传部主办") == ["中共江城市委宣传部"]
    assert _org(entity_repair, "来到城东路隧洞出口处查看", "城东路隧洞出口处") == []
    text = "随后来到经开区调研"
    s = text.index("来到")
    assert [text[a:b] for a, b, _ in entity_repair.repair(text, s, s + 5, "GPE")] == ["经开区"]


@pytest.mark.parametrize("text, org", [
    ("据市生态环境局介绍,今年以来空气质量持续改善。", "市生态环境局"),
    ("根据县生态环境局通报的数据,全年优良天数为320天。", "县生态环境局"),
])
def test_a_preposition_is_no_part_of_a_body(nlp, text, org):
    ents = doc_ents(nlp, text)
    assert (org, "ORG") in ents and not any(label == "ORG" and name != org for name, label in ents)


def test_a_passive_marker_separates_two_bodies(nlp):
    ents = doc_ents(nlp, "10月8日,西湖区政府被市指挥部评为全市污染防治先进单位。")
    assert ("西湖区政府", "ORG") in ents and ("市指挥部", "ORG") in ents


def test_a_body_never_runs_over_a_comma(nlp):
    doc = nlp("执法人员在对杭州恒远化工有限公司检查时发现,该公司未按规定运行废气处理设施,厂区内异味明显。")
    assert all("," not in e.text and "，" not in e.text for e in doc.ents if e.label_ == "ORG")


def test_a_firm_named_after_the_district_of_its_case(nlp):
    ents = doc_ents(nlp, "二、滨江区杭州市恒远汽车配件厂未批先建案")
    assert ("滨江区", "GPE") in ents and ("杭州市恒远汽车配件厂", "ORG") in ents


def test_a_firm_whose_name_runs_from_city_to_district_is_one_name(nlp):
    ents = doc_ents(nlp, "杭州市滨江区恒远汽车配件有限公司被责令停产整治。")
    assert ("杭州市滨江区恒远汽车配件有限公司", "ORG") in ents


def test_a_bare_known_place_read_as_a_body_is_a_place(nlp):
    ents = doc_ents(nlp, "下一步,衢州铁腕治污的力度不会减弱。")
    assert ("衢州", "GPE") in ents


def test_a_firm_named_after_the_zone_of_its_case(nlp):
    ents = doc_ents(nlp, "三、嘉兴经济技术开发区嘉兴恒远工贸有限公司废水渗漏案")
    assert ("嘉兴经济技术开发区", "GPE") in ents and ("嘉兴恒远工贸有限公司", "ORG") in ents


@pytest.mark.parametrize("text, place", [
    ("近年来,盘锦市还持续加大污水处理厂提标改造力度。", "盘锦市"),
    ("会议总结了曲靖市贯彻落实省委省政府督察反馈意见的整改情况。", "曲靖市"),
])
def test_a_place_opening_a_clause_is_no_body(nlp, text, place):
    ents = doc_ents(nlp, text)
    assert (place, "GPE") in ents and not any(label == "ORG" and name.startswith(place) for name, label in ents)


def test_an_alias_in_brackets_is_no_part_of_the_name(nlp):
    ents = doc_ents(nlp, "根据安排,省第二生态环境保护督察组(以下简称督察组)进驻我市开展督察。")
    assert ("省第二生态环境保护督察组", "ORG") in ents


def test_a_section_between_its_body_and_a_title_belongs_to_the_body(nlp):
    ents = doc_ents(nlp, "生态环境部大气环境司司长李天威出席发布会。")
    assert ("生态环境部大气环境司", "ORG") in ents and ("司长", "TITLE") in ents


def test_words_after_a_clause_mark_in_a_run_on_span_open_no_body(nlp):
    doc = nlp("市生态环境保护委员会办公室统筹推进整改工作,跟踪督办整改进展,定期调度各责任单位。")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["市生态环境保护委员会办公室"]


def test_numbered_teams_listed_with_a_shared_ending_are_one_body(nlp):
    assert ("市环境保护第一、第二督察组", "ORG") in doc_ents(nlp, "市环境保护第一、第二督察组分别对东湖、西湖两区开展督察。")


def test_the_body_of_the_second_gathering_named_with_ji(nlp):
    ents = doc_ents(nlp, "8月12日,全县生态环境保护工作会议暨县生态环境保护委员会第五次全体会议召开。")
    assert ("县生态环境保护委员会", "ORG") in ents


def test_a_bare_level_before_a_body_belongs_to_it():
    text = "记者从县生态环境局了解到,全县空气质量持续改善。"
    chosen = model_spans(text, ("生态环境局", "ORG"))
    assert [text[s:e] for s, e, *_ in level_before_titles(text, chosen)] == ["县生态环境局"]
    text = "全县生态环境局系统干部参加培训。"
    chosen = model_spans(text, ("生态环境局", "ORG"))
    assert [text[s:e] for s, e, *_ in level_before_titles(text, chosen)] == ["生态环境局"]


def test_a_clause_between_a_place_and_a_body_opens_a_second_name(nlp):
    merger = nlp.get_pipe("entities")
    text = "通辽市共接到中央第二生态环境保护督察组转办的信访件。"
    assert inner_body_start(merger.knowledge, text, 0, text.index("转办")) == text.index("中央")
    text = "河北永顺丰宁矿业有限公司"  # a short place name inside a firm's name
    assert inner_body_start(merger.knowledge, text, 0, len(text)) is None
    text = "通辽市科尔沁区生态环境分局"  # places written together, then the body
    assert inner_body_start(merger.knowledge, text, 0, len(text)) is None


def test_task_forces_with_a_quoted_campaign_and_the_central_team():
    from pipeline.components.entity_passes.bodies import TASK_FORCE

    text = "鄂州市“蓝天保卫行动”领导组已检查企业120家"
    assert TASK_FORCE.match(text).group() == "鄂州市“蓝天保卫行动”领导组"
    assert TASK_FORCE.match("中央督察组交办的信访件").group() == "中央督察组"


def test_a_body_before_a_meeting_word_is_the_organisation():
    repair = county_repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "ORG")]

    assert fix("方案已经县政府常务会议审议通过", "县政府常务会议") == ["县政府"]
    assert fix("某某督察组督察某市情况反馈会召开", "某某督察组督察某市情况反馈会") == []
    assert fix("会议听取了全县生态环境保护大会筹备情况", "全县生态环境保护大会") == []


def test_words_of_the_sentence_before_a_body_and_venues_are_no_organisation():
    repair = county_repair()

    def fix(text, surface):
        s = text.index(surface)
        return [text[a:b] for a, b, _ in repair.repair(text, s, s + len(surface), "ORG")]

    assert fix("全县上下对标市委部署要求", "对标市委") == ["市委"]
    assert fix("全县上下紧盯省委部署要求", "紧盯省委") == ["省委"]
    assert fix("团市委组织青年志愿者", "团市委") == ["团市委"]
    assert fix("中共省委召开会议", "中共省委") == ["中共省委"]
    assert fix("省第二督察组交办的信访件已全部办结", "省第二督察组交办") == ["省第二督察组"]
    assert fix("省督察组交办的信访件已全部办结", "省督察组交办") == []  # a short team name (written documents)
    assert fix("县生态环境局在三楼会议室召开会议", "三楼会议室") == []


def test_a_committee_and_its_government_written_together_are_two_bodies():
    repair = county_repair()
    text = "全面落实江西省委省政府决策部署"
    s = text.index("江西省委省政府")
    got = [text[a:b] for a, b, _ in repair.repair(text, s, s + 7, "ORG")]
    assert got == ["江西省委", "省政府"]


def test_a_section_tagged_with_its_title_joins_the_body_before_it(nlp):
    merger = nlp.get_pipe("entities")
    text = "南昌市生态环境局水生态环境处处长程刚介绍了情况。"
    chosen = model_spans(text, ("南昌市生态环境局", "ORG"), ("水生态环境处处长", "TITLE"), ("程刚", "PERSON"))
    got = [(text[s:e], lab) for s, e, lab, *_ in sections_before_titles(merger.knowledge, text, chosen)]
    assert got == [("南昌市生态环境局水生态环境处", "ORG"), ("处长", "TITLE"), ("程刚", "PERSON")]


def test_a_bare_government_after_its_committee_is_a_body_and_every_government_is_none():
    text = "方案已报送县委、政府审定。"
    chosen = model_spans(text, ("县委", "ORG"))
    got = [text[s:e] for s, e, *_ in governments_after_committees(text, chosen, bytearray(len(text)))]
    assert got == ["县委", "政府"]
    text = "各有关县(区)党委、政府迅速行动。"
    chosen = model_spans(text, ("政府", "ORG"))
    assert governments_after_committees(text, chosen, bytearray(len(text))) == []


def test_a_body_with_its_branch_after_a_list_of_places_stays_whole(nlp):
    merger = nlp.get_pipe("entities")
    text = "旌阳区、罗江区和德阳市生态环境局中江分局作交流发言。"
    chosen = model_spans(text, ("旌阳区", "GPE"), ("罗江区", "GPE"), ("德阳市生态环境局中江分局", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in bodies_named_after_places(merger.knowledge, text, chosen)]
    assert ("德阳市生态环境局中江分局", "ORG") in got


def test_bodies_listed_by_short_name_before_one_with_its_ending(nlp):
    merger = nlp.get_pipe("entities")
    text = "该县对环保、住建、市场监管局负责人进行约谈。"
    chosen = model_spans(text, ("环保", "PERSON"), ("市场监管局", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in short_bodies_in_lists(merger.knowledge, text, chosen, bytearray(len(text)))]
    assert got == [("环保", "ORG"), ("住建", "ORG"), ("市场监管局", "ORG")]
    text = "统筹大气、水、土壤污染防治办公室工作。"  # a one-character member: no list of bodies
    chosen = model_spans(text, ("土壤污染防治办", "ORG"))
    assert len(short_bodies_in_lists(merger.knowledge, text, chosen, bytearray(len(text)))) == 1


def test_a_firm_registered_under_its_province_after_the_place_it_stands_in(nlp):
    merger = nlp.get_pipe("entities")
    text = "群众举报阿坝州四川华新建材有限公司粉尘污染问题。"
    chosen = model_spans(text, ("阿坝州四川华新建材有限公司", "ORG"))
    got = [(text[s:e], lab) for s, e, lab, *_ in firms_after_places(merger.knowledge, text, chosen)]
    assert got == [("阿坝州", "GPE"), ("四川华新建材有限公司", "ORG")]
    text = "检查了阿坝州华新建材有限公司。"  # no province opens the firm's name: one ORG
    chosen = model_spans(text, ("阿坝州华新建材有限公司", "ORG"))
    assert len(firms_after_places(merger.knowledge, text, chosen)) == 1


def test_bodies_written_with_a_bare_level_that_opens_a_clause():
    text = "在州委、州政府领导下,经州环保局查实,市委宣传部组织采访。\n 省委 | 省人大 | 省政协"
    got = [text[s:e] for s, e, *_ in bare_level_bodies(text, [], bytearray(len(text)))]
    assert got == ["州委", "州政府", "州环保局"]  # not 市委 of 市委宣传部, not a portal's bar


def test_a_central_team_is_named_after_any_verb_and_a_task_forces_counter_is_a_quantity(extractor):
    found = record_ents(extractor, "全县认真办理中央生态环境保护督察组交办的信访件,组建3组2专班集中攻坚。")
    assert ("中央生态环境保护督察组", "ORG") in found
    assert ("2专班", "QUANTITY") in found


def test_a_bare_league_prefix_is_the_leagues_name():
    from types import SimpleNamespace

    from pipeline.components.officials import normalize_org
    context = SimpleNamespace(city="兴安盟", province="内蒙古自治区", county=None)
    assert normalize_org("盟开发区管委会", context) == "兴安盟开发区管委会"
    assert normalize_org("盟生态环境局", SimpleNamespace(city="某某市", province=None, county=None)) == "盟生态环境局"


def test_a_place_before_a_clause_about_investing_is_no_firm(extractor):
    found = ents(extractor, "很多企业都到绵阳来投资办厂。")
    assert ("绵阳", "GPE") in found
    assert not [t for t, label in found if label == "ORG"]


def test_a_bracket_a_name_never_closes_is_no_part_of_it(extractor):
    found = ents(extractor, "各级党委(党组)理论学习中心组开展专题学习。")
    assert not [t for t, label in found if label == "ORG" and "(" in t]


@pytest.mark.parametrize("text, body", [
    ("今年将加快推进县垃圾填埋场封场整治。", "县垃圾填埋场"),
    ("督促完成青龙沟垃圾填埋场渗滤液处理设施改造。", "青龙沟垃圾填埋场"),
    ("新建了城南污水处理厂、市医疗废物集中处置中心和建筑垃圾消纳场。", "市医疗废物集中处置中心"),
    ("该县投资1.2亿元建设的城北污水处理厂已投入运行。", "城北污水处理厂"),
])
def test_a_landfill_or_disposal_centre_named_or_of_a_bare_level_is_a_body(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text", ["全县垃圾填埋场运行正常。", "各乡镇垃圾填埋场完成整治。"])
def test_a_landfill_of_every_place_names_no_body(extractor, text):
    assert not any(label == "ORG" and "填埋场" in s for s, label in ents(extractor, text))


def test_the_office_of_a_placeless_levels_committee_is_one_body(extractor):
    found = ents(extractor, "会上,县生态环境保护委员会办公室负责人通报了攻坚战推进情况。")
    assert ("县生态环境保护委员会办公室", "ORG") in found


@pytest.mark.parametrize("sentence, team", [
    ("由于整改不力,导致省环保督察组在督察中再次发现同类问题。", "省环保督察组"),
    ("各乡镇要全力支持配合市环保督察组开展工作。", "市环保督察组"),
    ("5月10日至6月10日,中央第三生态环境保护督查组对某省开展例行督察。", "中央第三生态环境保护督查组"),
    ("记者从自治区保障中央生态环境保护督察协调联络工作组了解到,信访件已全部办结。",
     "自治区保障中央生态环境保护督察协调联络工作组"),
])
def test_a_task_force_after_a_verb_taking_bodies_or_written_with_cha_or_as_a_liaison_team(extractor, sentence, team):
    assert (team, "ORG") in ents(extractor, sentence)


def test_a_bare_work_team_after_a_level_is_no_task_force():
    # only a liaison team is named by its ending; 某某工作组 alone may be any group of people
    assert TASK_FORCE.match("县政府派出工作组") is None


@pytest.mark.parametrize("sentence", [
    "3月8日,全县生态环境保护委员会第二次会议召开。",
    "会议传达了全州生态环境保护委员会全体会议精神。",
])
def test_a_committee_after_the_whole_level_word_is_the_committee_alone(extractor, sentence):
    found = ents(extractor, sentence)
    assert ("生态环境保护委员会", "ORG") in found
    assert not any(t.startswith("全") for t, _ in found)


@pytest.mark.parametrize("text, committee, government", [
    ("市委常委会、政府常务会多次专题研究治污工作。", "市委常委会", "政府"),
    ("近年来,县委县政府把生态保护摆在突出位置。", "县委", "县政府"),
])
def test_a_government_after_its_standing_committee_or_at_its_own_level_is_a_body(text, committee, government):
    chosen = model_spans(text, (committee, "ORG"))
    got = [text[s:e] for s, e, *_ in governments_after_committees(text, chosen, bytearray(len(text)))]
    assert got == [committee, government]


def test_a_government_of_another_level_written_after_a_committee_is_not_its_partner():
    text = "会议由市委县政府联络组召集。"
    chosen = model_spans(text, ("市委", "ORG"))
    assert [text[s:e] for s, e, *_ in governments_after_committees(text, chosen, bytearray(len(text)))] == ["市委"]


def test_a_government_after_a_committee_read_by_its_level_after_a_list_marker(extractor):
    assert ("政府", "ORG") in ents(extractor, "一是旗委和政府通过召开专题会议推动落实。")


def test_firms_next_to_a_lists_close_are_bodies_when_the_list_opens_with_places(nlp):
    merger = nlp.get_pipe("entities")
    text = "参加检查的有东坪乡、观音堂镇、宏远矿业、锦山矿业等单位负责人。"
    chosen = model_spans(text, ("东坪乡", "GPE"), ("观音堂镇", "GPE"))
    got = [(text[s:e], lab) for s, e, lab, *_ in firms_in_firm_lists(merger.knowledge, text, chosen, bytearray(len(text)))]
    assert ("宏远矿业", "ORG") in got and ("锦山矿业", "ORG") in got
    assert ("观音堂镇", "GPE") in got and not any(lab == "ORG" and "镇" in t for t, lab in got)


@pytest.mark.parametrize("sentence, place", [
    ("近年来,秀美涪陵建设呈现新局面。", "涪陵"),
    ("要把环境保护融入通州区经济社会发展各方面。", "通州区"),
    ("这是服务中国式现代化总体布局的重要举措。", "中国"),
])
def test_an_ordinary_word_holding_a_bodys_ending_makes_no_body_after_a_place(extractor, sentence, place):
    found = ents(extractor, sentence)
    assert (place, "GPE") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize("sentence", [
    "今年以来,已完成小水电站退出15座。",
    "加快乡级污水处理厂建设进度,确保年底前投运。",
    "全年抽查6座通信基站、2家变电站的辐射水平。",
    "全市医疗机构、疫情防控定点医院和医废处置中心均已纳入监管。",
])
def test_a_facility_named_by_its_kind_alone_is_no_body(extractor, sentence):
    assert not any(label == "ORG" for _, label in ents(extractor, sentence))


def test_a_place_before_a_kind_of_facility_stays_a_place_and_its_own_plant_stays_a_body(extractor):
    found = ents(extractor, "作为试点,长汀农村小水电站退出工作有序推进。")
    assert ("长汀", "GPE") in found and not any(label == "ORG" for _, label in found)
    assert ("县污水处理厂", "ORG") in ents(extractor, "截至目前,县污水处理厂已完成提标改造。")


def test_a_bare_assembly_before_its_post_in_a_list_of_leaders_is_a_body(extractor):
    assert ("政协", "ORG") in ents(extractor, "副县长王立、周平,政协副主席何静出席会议。")


def test_a_bare_level_body_read_as_a_name_is_the_body():
    text = "人大常委会主任孙立,县政协主席杨明出席。"
    chosen = model_spans(text, ("县政协", "PERSON"), ("杨明", "PERSON"))
    got = [(text[s:e], lab) for s, e, lab, *_ in bare_level_bodies(text, chosen, bytearray(len(text)))]
    assert ("县政协", "ORG") in got and ("杨明", "PERSON") in got


@pytest.mark.parametrize("sentence, team", [
    ("省生态环境厅包保组到永平县开展秸秆禁烧督导。", "省生态环境厅包保组"),
    ("前两日,省水利厅清江水质调研组对我市境内干流开展调研。", "省水利厅清江水质调研组"),
    ("自治区驻百色大气污染攻坚监督帮扶组组长韦东出席会议。", "自治区驻百色大气污染攻坚监督帮扶组"),
])
def test_a_team_sent_by_a_body_is_named_by_its_task(extractor, sentence, team):
    """包保组, 调研组, 帮扶组: the team is one ORG with the body that sends it, not the body alone."""
    assert (team, "ORG") in ents(extractor, sentence)


@pytest.mark.parametrize("sentence, body", [
    ("沈阳市生态环境保护综合行政执法队创新执法模式。", "沈阳市生态环境保护综合行政执法队"),
    ("攻坚战开展近半,石家庄市环保专班持续保持昂扬斗志。", "石家庄市环保专班"),
    ("清水东流。五峰融媒体记者刘晓庆", "五峰融媒体"),
])
def test_an_enforcement_team_a_task_team_or_a_countys_media_after_its_place_is_one_body(extractor, sentence, body):
    assert (body, "ORG") in ents(extractor, sentence)


def test_small_firms_named_by_their_premises_kind():
    """某某石场, 某某铁选厂, 某某大酒店: a firm by its own name and kind, when listed or named twice; a description
    of premises (大型石场, 该猪场, 拆除砂场, 某养殖场) is none."""
    from pipeline.components.entity_passes.bodies import firms_named_by_kind

    def found(text, persons=frozenset()):
        return [text[s:e] for s, e in firms_named_by_kind(text, persons)]

    assert found("群众反映富祥石场、平山石场、灿龙石场未整改到位。") == ["富祥石场", "平山石场", "灿龙石场"]
    assert found("经核实,威凯达铁选厂位于西河乡。威凯达铁选厂已停产。") == ["威凯达铁选厂", "威凯达铁选厂"]
    assert found("一行先后到常林大酒店、宅子村检查。") == ["常林大酒店"]
    assert found("该石场已关停,3家大型石场停产,拆除砂场62家,登记各类养殖场。") == []
    assert found("对苗市镇某大型养殖场下达处罚决定,检查发现你猪场整改到位。") == []
    assert found("河边的石材厂一家。") == []  # named once, in no list: no evidence of a name
    # a pair joined by 和 is a list too; 称 ends the words before the first name; a firm named once but by its owner
    assert found("来信称长发砖厂和青石垭石场夜间生产。") == ["长发砖厂", "青石垭石场"]
    assert found("执法人员在西岭村罗德胜家具厂检查。", persons={(8, 11)}) == ["罗德胜家具厂"]
    assert found("执法人员在西岭村罗德胜家具厂检查。") == []
    assert found("全市国有林场和生态农场面积扩大。") == []  # a kind of ownership or farming is no name


def test_a_firm_named_after_its_owner_or_its_place_is_one_org(extractor):
    found = ents(extractor, "负责人罗德胜承认,罗德胜家具厂喷漆废气直排。随后又到长发砖厂、新宁鑫达采石场。")
    assert ("罗德胜家具厂", "ORG") in found and ("新宁鑫达采石场", "ORG") in found
    assert found.count(("罗德胜", "PERSON")) == 1  # the owner, not the firm's first three characters


def test_a_firm_named_by_its_kind_is_an_org_over_a_feature_name_inside_it(extractor):
    assert ("平山石场", "ORG") in ents(extractor, "举报人反映富祥石场、平山石场、灿龙石场在未整改的情况下生产。")


@pytest.mark.parametrize("surface, parts", [
    ("县农业局联同县公安局", ["县农业局", "县公安局"]),
    ("市局执法一科会同东湖生态环境分局", ["市局执法一科", "东湖生态环境分局"]),
    ("区水务局配合区城管局", ["区水务局", "区城管局"]),
])
def test_a_body_acting_with_another_is_two_bodies(entity_repair, surface, parts):
    text = f"上周，{surface}对沿河排口开展排查。"
    assert _org(entity_repair, text, surface) == parts


@pytest.mark.parametrize("surface, kept", [
    ("青松社区对辖区饭店", "青松社区"),
    ("县环保局对辖区饭店", "县环保局"),
])
def test_a_preposition_after_a_place_or_a_body_ends_the_name(entity_repair, surface, kept):
    text = f"随后，{surface}提出整改建议。"
    assert _org(entity_repair, text, surface) == [kept]


def test_a_body_named_for_coping_keeps_its_dui(entity_repair):
    text = "宜宾市应对气候变化工作领导小组召开会议。"
    assert _org(entity_repair, text, "宜宾市应对气候变化工作领导小组") == ["宜宾市应对气候变化工作领导小组"]


def test_a_village_before_a_preposition_is_no_body_with_the_workshop_after_it(extractor):
    found = ents(extractor, "执法人员来到石桥村对两家木材加工厂开展夜查。")
    assert ("石桥村", "GPE") in found and not any(label == "ORG" and "石桥村" in t for t, label in found)


def test_a_party_committees_patrol_team_is_one_body(extractor):
    found = ents(extractor, "会上通报了县委第二巡察组反馈意见的整改情况。省委第五巡视组进驻我市。")
    assert ("县委第二巡察组", "ORG") in found and ("省委第五巡视组", "ORG") in found


def test_a_roster_line_read_as_one_body_is_the_name_and_the_body(entity_repair):
    text = "发布人员：\n郑海波 自治区生态环境厅副厅长\n"
    s = text.index("郑海波")
    e = text.index("副厅长")
    assert [(text[a:b], label) for a, b, label in entity_repair.repair(text, s, e, "ORG")] == [
        ("郑海波", "PERSON"), ("自治区生态环境厅", "ORG")]


def test_any_bureau_of_a_bare_level_opening_a_list_member_is_a_body(extractor):
    found = ents(extractor, "部分县人大代表、县自然资源局和住建局负责人参加座谈。要服务县发展大局。")
    assert ("县自然资源局", "ORG") in found and not any(t.endswith("大局") for t, _ in found)


def test_an_official_leading_a_team_is_no_part_of_the_teams_name(extractor):
    found = ents(extractor, "7月6日，自治区生态环境厅副厅长郝庆文带领自治区生态环境厅督察组深入某盟开展督察。")
    assert ("郝庆文", "PERSON") in found and ("自治区生态环境厅督察组", "ORG") in found


# --- bodies written after their place, and run into their officials (sentences written for these tests) ---


def _place_then(knowledge, text: str, place: str) -> set[tuple[str, str]]:
    s = text.index(place)
    out = bodies_named_after_places(knowledge, text, [(s, s + len(place), "GPE", "model", 0.9)])
    return {(text[c[0]:c[1]], c[2]) for c in out}


@pytest.mark.parametrize("text, place, body", [
    ("近日，青川县环保督察办组织人员回头看。", "青川县", "青川县环保督察办"),
    ("南山区沙河街道办事处主任参加会议。", "南山区沙河街道", "南山区沙河街道办事处"),
    ("湖北省环境宣传教育中心主任主持发布会。", "湖北省", "湖北省环境宣传教育中心"),
    ("瓜州县某某保护区管护站站长介绍情况。", "瓜州县", "瓜州县某某保护区管护站"),
    ("记者从岳阳县驻村扶贫工作队了解到，村里新建了污水池。", "岳阳县", "岳阳县驻村扶贫工作队"),
    ("湖北交通广播记者现场报道。", "湖北", "湖北交通广播"),
])
def test_a_place_before_an_office_centre_station_or_team_is_one_body(knowledge, text, place, body):
    assert (body, "ORG") in _place_then(knowledge, text, place)


@pytest.mark.parametrize("text, place", [
    ("5月，荆门市举办生态环境法治培训。", "荆门市"),       # 举办: a verb ending like an office
    ("督察组向松滋市转办信访件12件。", "松滋市"),           # 转办: handed over
    ("以美丽宜昌建设为中心，推进各项工作。", "宜昌"),        # 为中心: the centre of a task, no body
    ("北京城市副中心建设提速。", "北京"),                  # a sub-centre of a city, a place
])
def test_verbs_and_centres_of_places_are_no_bodies(knowledge, text, place):
    assert (place, "GPE") in _place_then(knowledge, text, place)


def test_a_democratic_partys_committee_keeps_the_partys_name(knowledge):
    text = "市政协副主席、民盟荆州市委会主委张某出席。"
    assert ("民盟荆州市委会", "ORG") in _place_then(knowledge, text, "荆州市")


def test_a_place_that_orders_its_office_keeps_the_verb_out_of_the_body(knowledge):
    text = "接到任务后，石门镇立即组织镇综合执法办开展排查。"
    found = _place_then(knowledge, text, "石门镇")
    assert ("石门镇", "GPE") in found
    assert not any(label == "ORG" and "立即" in name for name, label in found)


def test_a_body_run_into_its_listed_post_is_the_body_and_the_post(knowledge):
    text = "市农业农村局三级调研员钱某某回答提问。"
    out = knowledge.repair.repair(text, 0, 11, "ORG")
    assert [(text[s:e], label) for s, e, label in out] == [("市农业农村局", "ORG"), ("三级调研员", "TITLE")]


def test_a_body_then_its_officials_name_and_post_is_cut_at_the_name(knowledge):
    text = "市环保局钱立新局长率队调研。"
    out = knowledge.repair.repair(text, 0, 10, "ORG")
    assert [(text[s:e], label) for s, e, label in out] == [("市环保局", "ORG"), ("局长", "TITLE")]


def test_a_gatherings_words_before_its_chairing_body_are_no_part_of_it(knowledge):
    text = "会议由市生态环境局通报情况。"
    assert [(text[s:e], label) for s, e, label in knowledge.repair.repair(text, 0, 9, "ORG")] == [("市生态环境局", "ORG")]


def test_a_places_political_consultative_conference_is_a_body_and_its_standing_member_a_post(extractor):
    from .page_helpers import ents
    found = ents(extractor, "省政协常委、丽江市政协主席崔某某主持会议。9月4日，内蒙古自治区政协召开协商会。")
    assert ("省政协", "ORG") in found and ("常委", "TITLE") in found
    assert ("丽江市政协", "ORG") in found and ("内蒙古自治区政协", "ORG") in found


def test_a_post_its_holder_and_the_bodies_led_are_read_apart(knowledge):
    text = "5月2日，县长柏文涛率县府办、水利局等部门到镇里检查。"
    s = text.index("县长")
    out = knowledge.repair.repair(text, s, s + 9, "ORG")
    assert [(text[a:b], label) for a, b, label in out] == [("县长", "TITLE"), ("县府办", "ORG")]


def test_a_verb_ending_like_an_office_opens_no_body_after_a_place(knowledge):
    text = "其中,天津市和平区为民服务平台接办130件。"
    s = text.index("天津市和平区")
    assert ("天津市和平区", "GPE") in _place_then(knowledge, text, "天津市和平区")


def test_a_conjunction_after_a_group_opens_no_name(knowledge):
    text = "由市长担任组长的水污染防治协作小组和以市委书记任总指挥的指挥部。"
    s = text.index("水污染")
    out = knowledge.repair.repair(text, s, s + 15, "ORG")
    assert not any(label in ("PERSON", "TITLE") for _, _, label in out)


# --- a clause's verb after a place ---


def test_a_clause_verb_after_a_place_ends_a_bodys_run(extractor):
    from .page_helpers import ents
    found = ents(extractor, "某某区实行秦岭峪口三级保护站管理体系。")
    assert not any(label == "ORG" and "实行" in name for name, label in found)


def test_a_run_on_org_across_a_document_title_keeps_the_body_after_it(extractor):
    """某办举行《…》新闻发布会,请|省某厅|副厅长: the model's run across the title and the comma holds a second body,
    which opens with its level."""
    text = ("3月2日上午,省政府新闻办举行《湖南省洞庭湖保护条例》新闻发布会,请省生态环境厅副厅长邹家齐介绍有关情况,"
            "省水利厅副厅长陶文华回答记者提问。")
    found = ents(extractor, text)
    assert ("省生态环境厅", "ORG") in found and ("省政府新闻办", "ORG") in found


@pytest.mark.parametrize("sentence, body", [
    ("甲保护区管理局和乙保护区管理局合并成丙保护区管理局。", "丙保护区管理局"),
    ("对该局通报批评,给予芦台经济开发区发展改革局局长行政警告。", "芦台经济开发区发展改革局"),
])
def test_a_verb_of_merging_or_of_giving_is_no_part_of_a_body(extractor, sentence, body):
    found = ents(extractor, sentence)
    assert (body, "ORG") in found and not any("合并" in t or t.startswith("给予") for t, _ in found)


@pytest.mark.parametrize("sentence, bodies", [
    ("荆楚网(湖北日报网)讯(记者 王立)日前召开会议。", ["荆楚网", "湖北日报网"]),
    ("文/图由洪雅县花溪河河长制办公室(国土局)提供。", ["洪雅县花溪河河长制办公室", "国土局"]),
])
def test_a_body_and_the_other_name_it_goes_by_in_brackets_are_two_names(extractor, sentence, bodies):
    found = ents(extractor, sentence)
    assert all((b, "ORG") in found for b in bodies)


def test_a_reserves_bureau_after_another_body_and_a_conjunction(extractor):
    found = ents(extractor, "州政协、州林业局负责人及保护区管理局局长母金荣陪同。")
    assert ("保护区管理局", "ORG") in found


def test_a_sources_account_or_site_names_its_publisher(extractor):
    found = ents(extractor, "治理成效明显。\n来源:哈尔滨市生态环境局公众号\n来源:水利部网站 2023-11-27\n")
    assert ("哈尔滨市生态环境局", "ORG") in found and ("水利部", "ORG") in found


# --- bodies joined to a verb or to a second body (sentences written for these tests) ---


def test_two_bodies_joined_by_he_split_where_the_second_opens_with_its_place(extractor):
    found = ents(extractor, "考察组先后来到江苏农牧科技职业学院和江苏省林业和草原局,听取工作汇报。")
    assert ("江苏农牧科技职业学院", "ORG") in found and ("江苏省林业和草原局", "ORG") in found


def test_a_field_joined_inside_one_name_keeps_the_body_whole(extractor):
    assert ("太湖县自然资源和规划局", "ORG") in ents(extractor, "太湖县自然资源和规划局局长王小明参加会议。")


@pytest.mark.parametrize("sentence, body", [
    ("各位记者朋友,欢迎参加市生态环境局二季度例行新闻发布会。", "市生态环境局"),
    ("2023年,通化县河长办推动县法院与邻省有关方面建立协作机制。", "通化县河长办"),
    ("2023年,通化县河长办推动县法院与邻省有关方面建立协作机制。", "县法院"),
])
def test_a_body_is_cut_from_the_verbs_before_and_after_it(extractor, sentence, body):
    assert (body, "ORG") in ents(extractor, sentence)


def test_the_national_cppcc_is_a_body_before_its_posts(extractor):
    found = ents(extractor, "全国政协副主席某某某一行来我市调研,全国政协委员随同视察。")
    assert [t for t, label in found if label == "ORG"].count("全国政协") == 2


def test_a_body_named_by_its_bare_level_never_runs_back_over_the_post_that_attends(extractor):
    found = ents(extractor, "县长出席县政府常务会议。")
    assert ("县政府", "ORG") in found and not any(t.startswith("县长") and label == "ORG" for t, label in found)


@pytest.mark.parametrize("sentence, body, run", [
    ("5月8日,省政协副主席某某某率调研组到某某县开展调研。", "省政协", "率调研组"),
    ("某某区水环境治理工作在某某区委、区政府的领导下有序推进。", "某某区委", "工作在"),
    ("某某县生态县创建工作通过省生态环境厅考核验收。", "省生态环境厅", "通过"),
])
def test_a_body_never_runs_over_a_leader_a_clause_or_a_verb(extractor, sentence, body, run):
    found = ents(extractor, sentence)
    assert not any(run in t for t, label in found if label == "ORG")


def test_a_task_force_relayed_by_an_official_is_a_body_of_its_own(extractor):
    found = ents(extractor, "会上,州政府副州长周海涛传达省污染防治攻坚领导小组办公室有关通报。")
    assert ("省污染防治攻坚领导小组办公室", "ORG") in found and ("周海涛", "PERSON") in found


def test_a_democratic_partys_committee_is_one_body_with_its_posts(extractor):
    found = ents(extractor, "民盟宜州市委主委李建平率民盟市委委员到我区调研,九三学社江北区工委会主委王晓红陪同。")
    assert ("主委", "TITLE") in found
    assert not any(t.endswith("主委") and label == "ORG" for t, label in found)
    found = ents(extractor, "民盟宜州市委主委李建平率队调研。")
    assert ("民盟宜州市委", "ORG") in found


def test_a_post_run_over_the_bureau_it_heads_is_the_bureau_and_the_post(entity_repair):
    surface = "医疗保障局局长"
    assert entity_repair._split_title(surface, 0, len(surface), surface) == [(0, 5, "ORG"), (5, 7, "TITLE")]
    assert entity_repair._split_title("副局长", 0, 3, "副局长") == [(0, 3, "TITLE")]


@pytest.mark.parametrize("sentence, body", [
    ("原国家林业局副局长某某某出席开幕式。", "国家林业局"),
    ("某某某(时任内蒙古发改委副主任)受到政务处分。", "内蒙古发改委"),
])
def test_former_and_then_are_no_part_of_a_body(extractor, sentence, body):
    assert (body, "ORG") in ents(extractor, sentence)


@pytest.mark.parametrize("text, body", [
    ("民进中央副主席朱永新出席论坛并致辞。", "民进中央"),
    ("农工党中央调研组到某县调研长江保护工作。", "农工党中央调研组"),
    ("九三学社中央常务副主席赖明一行考察湿地保护。", "九三学社中央"),
])
def test_a_democratic_party_s_central_committee_and_its_teams_are_bodies(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text, body", [
    ("调研组先后走进平川战役纪念馆和西岭大学,听取情况介绍。", "平川战役纪念馆"),
    ("调研组先后走进平川战役纪念馆和西岭大学,听取情况介绍。", "西岭大学"),
    ("检查组来到柳家沟煤矿,查看矸石堆放情况。", "柳家沟煤矿"),
    ("南坡林场职工参与了植树活动。", "南坡林场"),
    ("东台县革命纪念馆被命名为教育基地。", "东台县革命纪念馆"),
    ("专家来自青河师范大学。", "青河师范大学"),
    ("白鹭河林场管护人员每日巡护。", "白鹭河林场"),
])
def test_a_school_museum_farm_or_mine_with_a_name_is_an_organisation(extractor, text, body):
    assert (body, "ORG") in ents(extractor, text)


@pytest.mark.parametrize("text", [
    "全县关闭3家煤矿,取缔非法采石场5个。",
    "国有林场改革全面完成,多家养殖场完成搬迁。",
    "组织全市中小学开展环保宣传。",
])
def test_an_institution_named_only_by_its_kind_is_no_organisation(extractor, text):
    assert not any(label == "ORG" for _, label in ents(extractor, text))


def test_a_consultative_conference_written_with_its_bare_level_opens_its_clause():
    """市政协|组织…, 省政协|委员, ⏎    县政协|主席…, 是|自治区政协…, 传达了|省政协《…》: the body, whatever verb or
    member follows it and wherever its paragraph opens; 市委|组织部 is still a longer name and a portal's bar none."""
    text = ("8月18日,市政协组织部分委员调研。会上,省政协委员发言。\n    县政协主席出席。这次会议是自治区政协的安排。"
            "会议传达了省政协《通知》,听取了区政府关于创建工作的汇报。市委组织部参加。市人大代表发言。\n 省委 | 省人大 | 省政协")
    got = [text[s:e] for s, e, *_ in bare_level_bodies(text, [], bytearray(len(text)))]
    assert got == ["市政协", "省政协", "县政协", "自治区政协", "省政协", "区政府"]


def test_a_body_ends_before_an_adverb_or_an_act_upon_it(extractor):
    found = ents(extractor, "会议结束后,市生态环境局立即组织专项检查。该问题先后被省林业局挂牌督办。名录已报市政府审定。")
    assert ("市生态环境局", "ORG") in found and ("省林业局", "ORG") in found and ("市政府", "ORG") in found


def test_what_xiangguan_describes_after_a_body_is_no_body(extractor):
    found = ents(extractor, "市水务局相关处室和市环境监测站负责同志参加。县林业局相关部门负责人陪同。")
    assert ("市水务局", "ORG") in found and ("市环境监测站", "ORG") in found and ("县林业局", "ORG") in found
    assert not any(text in ("处室", "部门", "相关") for text, _ in found)


def test_a_levels_coordinating_offices_and_centres_are_bodies_as_written(extractor):
    found = ents(extractor, "为贯彻省河长办部署,该镇受到市河湖长办通报表彰。在接到市蓝天办任务后,县督改办牵头抓总。"
                            "会议由市河湖长制办公室主任叶青主持,省水利宣传教育中心承办。")
    for body in ("省河长办", "市河湖长办", "市蓝天办", "县督改办", "市河湖长制办公室", "省水利宣传教育中心"):
        assert (body, "ORG") in found
    # a level written as a rank names every office of that level, none of the article's place
    assert not any(text.startswith("县级") for text, _ in ents(extractor, "群众反映的问题由县级河长办交办。"))


def test_a_session_s_number_is_no_part_of_the_body_before_or_after_it(extractor):
    found = ents(extractor, "2025年7月29日,二十届中央生态环境保护督察工作领导小组第7次会议审议通过。")
    assert ("中央生态环境保护督察工作领导小组", "ORG") in found
    found = ents(extractor, "县委书记王某某主持召开中共某某县委十四届第三十四次常委会会议。")
    assert ("中共某某县委", "ORG") in found and not any("届" in name for name, _ in found)
    # a session inside the body's name stays
    assert ("县十七届人大常委会", "ORG") in ents(extractor, "7月21日上午,县十七届人大常委会第6次会议召开。")


def test_a_body_named_after_a_numbered_campaign_keeps_its_number(extractor):
    found = ents(extractor, "某区召开第二次污染源普查领导小组第一次会议。")
    assert ("第二次污染源普查领导小组", "ORG") in found
