"""Enforcement indicators: cases and penalties, petitions handed over and closed, inspections, rectifications,
rewards and supervision letters.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

import pytest

from pipeline.linking.contract_rules import case_count_links, rectification_links
from pipeline.linking.structure_rules import grouped_petition_links

from .page_helpers import quantity_links, quantity_links_directed
from .text_spans import spans_in_order as _spans


def test_rectifications_proceeding_on_schedule_are_still_to_do():
    text = "督察组交办的问题20个，已完成整改16个，按序时推进4个。"
    spans = _spans(text, ["20个", "16个", "4个"])
    links = rectification_links(text, spans, ["inspection.feedback_issues", "inspection.rectified", "other"])
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "target")


def test_places_and_kinds_sharing_one_count_of_handed_over_petitions():
    text = ("督察组转办的第六批52件信访件已全部办结。从地域来看，东河市20件、南岭自治州和北原蒙古族自治州各9件，"
            "西川地区、中林市和远山市均为3件。从污染类型来看，涉及噪声类18件、大气类15件。")
    surfaces = ["52件", "20件", "9件", "3件", "18件", "15件"]
    links = grouped_petition_links(text, _spans(text, surfaces), ["inspection.feedback_issues"] + ["enforcement.penalty_cases"] * 5)
    assert [links.get(i) for i in range(1, 6)] == [("inspection.feedback_issues", "value")] * 5


def test_one_of_a_list_of_exemplary_cases_is_not_a_count_of_cases_punished():
    text = "该县河长制做法入选生态环境部五个典型案例之一。全年公开通报6个环境违法典型案例。"
    links = case_count_links(text, _spans(text, ["五个", "6个"]), ["other", "other"])
    assert links == {1: "enforcement.penalty_cases"}


@pytest.mark.parametrize("text, surface", [
    ("今年以来，县公安局共侦破环境污染类刑事案件18起，抓获犯罪嫌疑人25人。", "18起"),
    ("森林公安已立案9起，破获6起。", "6起"),
    ("两部门开展联合执法40次，共立破破坏生态环境案件12起。", "12起"),
    ("全年实施了7宗按日连续计罚。", "7宗"),
])
def test_police_and_daily_penalty_case_counts_are_penalty_cases(text, surface):
    from pipeline.linking.contract_rules import case_count_links

    assert case_count_links(text, _spans(text, [surface]), ["other"]) == {0: "enforcement.penalty_cases"}


def test_a_count_of_batches_before_the_items_it_holds_is_other():
    from pipeline.linking.structure_rules import batch_count_links

    text = "督察进驻期间，我县共收到督察组转办的群众信访举报24批共318件，已全部办结。"
    spans = _spans(text, ["24批", "318件"])
    assert batch_count_links(text, spans, ["inspection.feedback_issues"] * 2) == {0: ("other", None)}
    # a batch count standing alone is left to the classifier
    text = "全年共申报三批次省级项目。"
    assert batch_count_links(text, _spans(text, ["三批次"]), ["investment.projects"]) == {}


@pytest.mark.parametrize("text, surface", [
    ("专项行动期间，全县共查处逾百家违法排污企业。", "逾百家"),
    ("秋冬季实施企业停产限产65家次。", "65家次"),
    ("对2家企业实施限制生产。", "2家"),
])
def test_firms_counted_in_punishments_are_penalty_cases(text, surface):
    from pipeline.linking.contract_rules import punishment_links

    assert punishment_links(text, _spans(text, [surface]), ["other"]) == {0: ("enforcement.penalty_cases", None)}


def test_scattered_polluting_firms_dealt_with_are_not_cases_but_closed_ones_are():
    from pipeline.linking.contract_rules import punishment_links

    text = "全年查处“散乱污”企业210家。"
    assert punishment_links(text, _spans(text, ["210家"]), ["enforcement.issues_found"]) == {}
    text = "对6家“散乱污”企业立案处罚。"
    assert punishment_links(text, _spans(text, ["6家"]), ["other"]) == {0: ("enforcement.penalty_cases", None)}


def test_person_times_are_other():
    from pipeline.linking.structure_rules import person_time_links

    text = "全年共出动执法人员3600余人次，检查企业1200家次。"
    spans = _spans(text, ["3600余人次", "1200家次"])
    assert person_time_links(text, spans, ["enforcement.inspections"] * 2) == {0: ("other", None)}


def test_patrols_counted_in_times_or_person_times_are_inspections():
    from pipeline.linking.contract_rules import enforcement_count_links
    from pipeline.linking.structure_rules import person_time_links

    text = "上半年各级河长累计巡河1860人次，村级河长每周巡湖不少于2次，出动执法人员420人次。"
    spans = _spans(text, ["1860人次", "2次", "420人次"])
    assert person_time_links(text, spans, ["enforcement.inspections"] * 3) == {2: ("other", None)}
    assert enforcement_count_links(text, spans, ["other"] * 3) == {0: ("enforcement.inspections", None),
                                                                   1: ("enforcement.inspections", None),
                                                                   2: ("other", None)}


def test_petitions_closed_counted_by_batch_with_key_cases_in_brackets():
    from pipeline.linking.contract_rules import rectification_links

    text = "截至10月8日，省生态环境保护督察组累计转交信访件6批150件，我县累计办结信访件4批98件（重点件9件），剩余52件正在办理中。"
    surfaces = ["6批", "150件", "4批", "98件", "9件", "52件"]
    links = rectification_links(text, _spans(text, surfaces), ["other"] * len(surfaces))
    assert links.get(3) == ("inspection.rectified", "value")
    assert links.get(4) == ("inspection.rectified", "value")
    text = "10月8日，我县办结第2批35件信访件（重点件4件）；督察组交办的问题正在整改。"
    links = rectification_links(text, _spans(text, ["第2批", "35件", "4件"]), ["other"] * 3)
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "value")


def test_problems_a_county_found_itself_are_not_inspection_rectifications():
    from pipeline.linking.contract_rules import rectification_links

    text = ("中央生态环境保护督察组交办的信访件已全部办结。全县今年共自查发现问题240个，已完成整改198个，序时推进42个。")
    links = rectification_links(text, _spans(text, ["240个", "198个", "42个"]), ["other"] * 3)
    assert links.get(1) is None  # the county's own rectification: left to the classifier
    assert links.get(2) == (None, "target")  # still on schedule: a goal
    # the same sentence about an inspection's problems stays the inspection's
    text = "督察组交办问题240个，已完成整改198个，序时推进42个。"
    links = rectification_links(text, _spans(text, ["240个", "198个", "42个"]), ["other"] * 3)
    assert links.get(1) == ("inspection.rectified", "value")
    assert links.get(2) == ("inspection.rectified", "target")


@pytest.mark.parametrize("text, surface", [
    ("截至5月10日，全县各乡镇共排查到违法排污企业45家，组织8场专项行动。", "45家"),
    ("检查发现某建材公司等17家企业存在未采取有效覆盖措施的问题。", "17家"),
])
def test_firms_found_breaking_the_rules_are_issues_found(text, surface):
    from pipeline.linking.contract_rules import enforcement_count_links

    assert enforcement_count_links(text, _spans(text, [surface]), ["enforcement.inspections"]) == {0: ("enforcement.issues_found", None)}


def test_firms_checked_stay_inspections():
    from pipeline.linking.contract_rules import enforcement_count_links

    text = "执法人员检查企业320家，发现问题56个。"
    assert 0 not in enforcement_count_links(text, _spans(text, ["320家", "56个"]), ["enforcement.inspections", "other"])


@pytest.mark.parametrize("text, surface", [
    ("省督察组反馈问题48项,已完成整改40项,正在推进整改8项。", "8项"),
    ("督察组交办的150件信访件已办结128件,正在办理22件。", "22件"),
    ("交办信访件中尚未办结的4个信访案件,推进中的有东湖区1件、西湖区3件。", "3件"),
])
def test_rectifications_in_progress_are_targets(nlp, text, surface):
    assert quantity_links(nlp, text)[surface] == ("inspection.rectified", "target")


def test_rewards_paid_and_a_reward_cap(nlp):
    links = quantity_links(nlp, "城东区获评先进单位,获30万元现金奖励。对举报属实的,最高奖励10万元。")
    assert links["30万元"] == ("funding.reward", "value")
    assert links["10万元"] == ("funding.reward", "target")


def test_closed_firms_and_people_charged_are_no_cases(nlp):
    links = quantity_links(nlp, "专项行动中依法取缔非法企业126家,立案查处环境违法案件58件,抓获犯罪嫌疑人37人,移送起诉12人。")
    assert links["126家"][0] == "other" and links["37人"][0] == "other" and links["12人"][0] == "other"
    assert links["58件"][0] == "enforcement.penalty_cases"


def test_routine_petitions_and_their_closure_are_other(nlp):
    text = "上半年全市共受理群众信访举报512件，已办结497件，15件正在办理，办结率97.1%。"
    found = {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}
    assert found == {"512件": ("other", "value"), "497件": ("other", "value"), "15件": ("other", "value"),
                     "97.1%": ("other", "value")}


def test_petitions_an_inspection_handed_over_stay_the_inspections():
    from pipeline.linking.contract_rules import hotline_petition_links
    text = "省第二生态环境保护督察组共向我市转办信访件86件，已办结80件，办结率93%。"
    spans = _spans(text, ["86件", "80件", "93%"])
    current = ["inspection.feedback_issues", "inspection.rectified", "inspection.rectified"]
    assert hotline_petition_links(text, spans, current) == {}
    text = "督察组进驻期间共转办信访件120件。截至目前，群众举报已办结118件。"
    spans = _spans(text, ["120件", "118件"])
    assert hotline_petition_links(text, spans, ["inspection.feedback_issues", "inspection.rectified"]) == {}


def test_orders_to_correct_issued_as_decisions_are_supervision_letters():
    from pipeline.linking.contract_rules import punishment_links
    text = "全区立案75起，下达责令改正决定60起，下发责令改正决定书58份。"
    spans = _spans(text, ["75起", "60起", "58份"])
    links = punishment_links(text, spans, ["enforcement.penalty_cases"] * 3)
    assert links.get(1) == ("enforcement.supervision_letters", None)
    assert links.get(2) == ("enforcement.supervision_letters", None)
    assert 0 not in links


def test_money_is_never_a_count_of_cases_and_the_reverse():
    from pipeline.linking.contract_rules import unit_links
    text = "查处一起偷排案件，行政处罚35万元；从轻处罚企业8家，减轻罚款96万元。"
    spans = _spans(text, ["35万元", "8家", "96万元"])
    current = ["enforcement.penalty_cases", "enforcement.lenient_amount", "enforcement.lenient_amount"]
    assert unit_links(text, spans, current) == {0: ("enforcement.penalty_amount", None), 1: ("enforcement.lenient_cases", None)}


def test_petitions_by_place_and_by_kind_are_the_inspections():
    text = ("5月8日，省生态环境保护督察组向我市转办第六批群众信访举报件45件。第六批信访件从地区分布看，东城区12件，"
            "西山县9件（重复件2件），南湖区8件；按照污染类型划分为，大气污染20件，水污染15件，其他10件，分别占44.4%、33.3%。")
    surfaces = ["45件", "12件", "9件", "2件", "8件", "20件", "15件", "10件", "44.4%", "33.3%"]
    links = grouped_petition_links(text, _spans(text, surfaces), ["inspection.feedback_issues"] + ["other"] * 9)
    items = [k for k, link in links.items() if link == ("inspection.feedback_issues", "value")]
    assert items == [1, 2, 4, 5, 6, 7]


def test_a_distribution_of_other_counts_is_left_alone():
    text = "全年立案处罚环境违法案件80件。从地区分布看，东城区30件，西山县50件。"
    assert grouped_petition_links(text, _spans(text, ["80件", "30件", "50件"]), ["enforcement.penalty_cases"] * 3) == {}


def test_petitions_handed_over_restated_after_splitting_are_the_inspections(nlp):
    found = quantity_links_directed(nlp, "5月2日，省生态环境保护督察组向我市交办信访件37件，分解后交办40件，其中重点件6件。")
    assert [found[s][0] for s in ("37件", "40件", "6件")] == ["inspection.feedback_issues"] * 3


def test_a_restated_count_is_no_sibling_of_an_enumeration():
    from pipeline.linking.structure_rules import enumeration_links

    text = "督察组向我市交办信访件37件，分解后交办40件，其中重点件6件。"
    spans = _spans(text, ["37件", "40件", "6件"])
    assert enumeration_links(text, spans, ["inspection.feedback_issues", "inspection.rectified", "inspection.rectified"]) == {}


@pytest.mark.parametrize("text, surface, expected", [
    # problems found or listed, their kind named between the count and 问题
    ("督查中共发现露天焚烧、道路扬尘等问题63件，已移交属地处理。", "63件", "enforcement.issues_found"),
    ("市大气办对118个涉气环境问题下发督办单。", "118个", "enforcement.issues_found"),
    # problems set right: the verb before the count, or framing them after it
    ("整治自然保护区内违规建设问题42个。", "42个", "enforcement.issues_rectified"),
    ("对排查出的17个违法排污问题进行了全面整改。", "17个", "enforcement.issues_rectified"),
    # the total of problems a later verb sets right in part is the problems found
    ("全县96个环境问题已完成整改71个。", "96个", "enforcement.issues_found"),
    # an inspection's problems, handed over or set right
    ("省督察组交办的问题35个已全部整改到位。", "35个", "inspection.feedback_issues"),
    ("已完成上级督察交办的58个问题整改。", "58个", "inspection.rectified"),
    # problems a bureau's own patrol hands over are its findings, not an inspection's
    ("开展夜间巡查,共巡查交办扬尘问题74个。", "74个", "enforcement.issues_found"),
    ("局领导带队检查交办各类环境问题19个。", "19个", "enforcement.issues_found"),
])
def test_a_count_of_problems_is_a_problem_row(text, surface, expected):
    from pipeline.linking.problem_counts import problem_count_links

    assert problem_count_links(text, _spans(text, [surface]), ["other"]) == {0: (expected, None)}


@pytest.mark.parametrize("text, surface, current", [
    ("移交追责问题线索4个，按程序问责11人。", "4个", "other"),  # officials' accountability
    ("全市环境问题整改率达到96%。", "96%", "other"),  # no count of problems
    ("发现问题75个。", "75个", "enforcement.issues_found"),  # the classifier already gave a row
])
def test_counts_that_are_no_environmental_problems_or_already_linked_are_left_alone(text, surface, current):
    from pipeline.linking.problem_counts import problem_count_links

    assert problem_count_links(text, _spans(text, [surface]), [current]) == {}


def test_sites_and_firms_made_the_object_of_a_check_are_inspections(nlp):
    found = quantity_links(nlp, "扬尘治理方面，对全县54个建筑工地和27家企业堆场开展了扬尘防控专项检查。")
    assert found["54个"][0] == "enforcement.inspections" and found["27家"][0] == "enforcement.inspections"


def test_firms_made_the_object_of_a_notice_are_no_inspections(nlp):
    found = quantity_links(nlp, "对6家企业下达了限期整改通知书。")
    assert found["6家"][0] != "enforcement.inspections"


def test_a_fine_written_with_its_magnitude_alone_is_the_fine(nlp):
    assert quantity_links(nlp, "全年共办理案件95件，处罚金额1860万。")["1860万"][0] == "enforcement.penalty_amount"


def test_problems_made_the_object_of_a_check_are_no_inspections(nlp):
    assert quantity_links(nlp, "对43处妨碍行洪问题进行复核排查。")["43处"][0] != "enforcement.inspections"
