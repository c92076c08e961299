"""Patterns found in the round-11 real pages (events): the count of joint enforcement operations
(``开展联合执法N次``) is one auxiliary measure, and the period's inspections total is the firms or
sites checked (``检查企业N家``).  Every sentence is written for these tests.
"""

from __future__ import annotations

from pipeline.io.readers import Document


def outcomes(extractor, text: str, **meta) -> list[dict]:
    events = extractor.process_one(Document("t", text=text, meta=meta)).to_json_dict()["events"]
    return [e for e in events if e["type"] == "enforcement_outcome"]


def test_joint_operations_give_way_to_the_firms_inspected(extractor):
    text = ("据统计,今年前三季度该市共开展联合执法318次,检查排污单位1260家,"
            "立案查处环境违法案件87起,罚款金额540万元。")
    found = outcomes(extractor, text, published="2023-10-20", province="河南省", city="新乡市")
    assert found and found[0]["metrics"].get("enforcement.inspections") == 1260
