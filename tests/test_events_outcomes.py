"""Enforcement outcomes: which figures become metrics, whose jurisdiction they are, when there is none.

ANNOTATION.md section 5 and GUIDELINES "Real articles"; every sentence is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document


def outcomes(extractor, text: str, **meta) -> list[dict]:
    meta.setdefault("published", "2024-03-01")
    record = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()
    return [e for e in record["events"] if e["type"] == "enforcement_outcome"]


def test_a_district_article_reports_for_the_district_even_when_its_sentences_name_the_city(extractor):
    text = ("南湖区开展生态环境损害赔偿工作\n"
            "嘉兴市生态环境局南湖分局今年以来共办理生态环境损害赔偿案件3件,赔偿金额12.5万元。")
    found = outcomes(extractor, text, province="浙江省", city="嘉兴市", county="南湖区")
    assert [o["jurisdiction"] for o in found] == ["南湖区"]
    assert found[0]["metrics"].get("compensation.amount") == 125000


def test_a_province_named_in_passing_gets_no_outcome_of_its_own(extractor):
    text = ("保定市去年立案查处环境违法案件640件,罚款金额5230万元。\n"
            "省生态环境保护督察组进驻河北省期间,我市共立案处罚企业12家,罚款86万元。")
    found = outcomes(extractor, text, province="河北省", city="保定市")
    assert [o["jurisdiction"] for o in found] == ["保定市"]
    assert found[0]["metrics"].get("enforcement.penalty_amount") == 52_300_000


def test_one_firms_fine_or_one_compensation_agreement_is_no_outcome(extractor):
    fine = ("县生态环境局在检查中发现,某化工有限公司擅自停运废气处理设施。"
            "县生态环境局依法对该公司罚款20万元,并责令其立即改正。")
    assert outcomes(extractor, fine, province="江西省", city="宜春市", county="上高县") == []
    agreement = "近日,我市首例尾矿库生态环境损害赔偿协议正式签订,赔偿金额达5000余万元。"
    assert outcomes(extractor, agreement, province="湖北省", city="黄石市") == []


def test_a_rounded_headline_figure_gives_way_to_the_exact_one_in_the_body(extractor):
    text = ("全市去年立案查处环境违法案件2350件 罚款超3亿元\n\n"
            "记者从市生态环境局获悉,2023年,全市共立案查处环境违法案件2350件,罚款3.27亿元。")
    found = outcomes(extractor, text, province="广东省", city="佛山市")
    assert found and found[0]["metrics"].get("enforcement.penalty_amount") == 327_000_000


def test_a_rounded_figure_is_not_replaced_by_another_count_in_another_unit(extractor):
    text = ("全市开展执法检查600余次。\n\n"
            "专项行动中,排查企业、村居634家(次)。")
    found = outcomes(extractor, text, province="山东省", city="临沂市")
    metrics = found[0]["metrics"] if found else {}
    assert metrics.get("enforcement.inspections") in (600, None)


def test_the_task_list_wins_over_the_petitions_for_inspection_figures(extractor):
    text = ("中央生态环境保护督察组交办的860件信访投诉件已办结851件。"
            "2021年督察反馈的36项问题已完成整改30项,其余6项正在加快推进。")
    found = outcomes(extractor, text, province="宁夏回族自治区")
    metrics = found[0]["metrics"]
    assert metrics.get("inspection.feedback_issues") == 36
    assert metrics.get("inspection.rectified") == 30
