"""Entities, session 8 (S8N): a place that opens a clause is no part of a body's name.

On real pages the model and the place-then-body rule read a place, the clause's verb and the object
as one organisation (某市|成立…工作组, 某市|获…办公厅通报, 某县|全面加强…污水处理厂), and a meeting's
name joined to a body by 暨 or 在 as one (某市…保护大会|暨|…委员会, 某县…工作会议|在|县委礼堂).

Every sentence here is written for the test; none is taken from an article.  Each test fails
on the pipeline before this round.
"""

from __future__ import annotations

import pytest

from .page_helpers import ents


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
