"""The article's own place and date scored field by field (pipeline/evaluation/article_meta.py)."""

from __future__ import annotations

from pipeline.evaluation.article_meta import canonical_date, canonical_place
from pipeline.evaluation.errors import list_errors
from pipeline.evaluation.scorer import score
from pipeline.schema import GoldDoc

TEXT = "本报讯 县生态环境分局召开会议。"


def _gold(meta: dict) -> GoldDoc:
    return GoldDoc.model_validate({"id": "m1", "text": TEXT, "spans": [], "meta": meta})


def _article(gold_meta: dict, pred_meta: dict) -> dict:
    return score([_gold(gold_meta)], [{"doc_id": "m1", "status": "ok", "meta": pred_meta}]).as_dict()["article"]


def test_places_are_compared_as_divisions_not_strings():
    assert canonical_place("聊城") == canonical_place("聊城市") == "聊城市"
    assert canonical_place("克州") == canonical_place("克孜勒苏柯尔克孜自治州")
    assert canonical_place("某某新区") == "某某新区"  # unknown names as written
    assert canonical_date("2024年3月5日") == canonical_date("2024-03-05") == "2024-03-05"


def test_a_county_on_a_city_article_is_a_false_alarm_and_a_wrong_city_counts_both_ways():
    article = _article({"province": "山东省", "city": "聊城市", "county": None, "published": "2024-03-05"},
                       {"province": "山东省", "city": "德州市", "county": "高唐县", "published": "2024/3/5"})
    assert article["province"]["f1"] == 1.0
    assert (article["city"]["tp"], article["city"]["fp"], article["city"]["fn"]) == (0, 1, 1)
    assert (article["county"]["tp"], article["county"]["fp"], article["county"]["fn"]) == (0, 1, 0)
    assert article["published"]["tp"] == 1


def test_fields_the_gold_leaves_out_are_not_scored():
    article = _article({"city": "聊城市"}, {"city": "聊城", "county": "高唐县", "province": "山东省"})
    assert set(article) == {"city"}
    assert article["city"]["f1"] == 1.0


def test_error_rows_name_the_field_and_the_kind():
    gold = _gold({"city": "聊城市", "county": "高唐县", "published": None})
    rows = list_errors([gold], [{"doc_id": "m1", "status": "ok", "meta": {"city": "德州市", "published": "2024-03-05"}}])
    kinds = {(r.kind, r.label, r.gold, r.pred) for r in rows}
    assert ("meta_wrong", "city", "聊城市", "德州市") in kinds
    assert ("meta_missed", "county", "高唐县", None) in kinds
    assert ("meta_false_alarm", "published", None, "2024-03-05") in kinds


def test_the_html_page_shows_the_article_fields_and_their_errors():
    from pipeline.evaluation.html_report import RunInfo, render_page

    gold = [_gold({"city": "聊城市", "county": None})]
    preds = [{"doc_id": "m1", "status": "ok", "meta": {"city": "聊城市", "county": "高唐县"}}]
    page = render_page(gold, preds, score(gold, preds).as_dict(), RunInfo(gold="g.jsonl", predictions="p.jsonl"),
                       plotly_js="")
    assert 'id="article"' in page and "article field false alarm" in page and "高唐县" in page
