"""The error catalogue: rows land in the first matching category; points are F1 gains."""

from __future__ import annotations

from pipeline.evaluation.catalogue import categorise, points, render


def _row(kind, label, gold=None, pred=None, context=""):
    return {"doc_id": "d", "kind": kind, "label": label, "gold": gold, "pred": pred, "context": context}


def test_rows_land_in_specific_categories_first():
    rows = [_row("entity_missed", "GPE", "孟家岭镇", context="、[孟家岭镇]、"),
            _row("entity_missed", "PERSON", "林晨", context="记者 [林晨]"),
            _row("entity_label", "DATE", "15日", "QUANTITY:15日"),
            _row("role", "change", "change", "value")]
    names = {b.category.name: len(b.rows) for b in categorise(rows)}
    assert names["towns, townships, streets and villages (X镇, X乡, X街道, X村)"] == 1
    assert names["byline, source-line and caption names (记者/通讯员/摄/编辑)"] == 1
    assert names["day-only datelines and leads (17日下午, 21日，…)"] == 1
    assert names["role: change read as value (or the reverse)"] == 1


def test_points_are_the_f1_gain():
    result = {"entities": {"micro": {"tp": 8, "fp": 2, "fn": 2}}}
    bucket = categorise([_row("entity_missed", "GPE", "某镇"), _row("entity_missed", "GPE", "某乡")])[0]
    # fixing both misses: tp 10, fp 2, fn 0 -> F1 20/22; before 16/20
    assert round(points(bucket, result), 2) == round(100 * (20 / 22 - 16 / 20), 2)
    table = render([bucket], result)
    assert "某镇" in table and "| 1 |" in table


def test_article_fields_have_their_own_area_and_a_wrong_value_fixes_a_miss_and_a_false_alarm():
    rows = [_row("meta_false_alarm", "county", None, "某县"), _row("meta_wrong", "city", "甲市", "乙市"),
            _row("meta_missed", "published", "2024-03-05")]
    buckets = {b.category.name: b for b in categorise(rows)}
    assert {b.category.area for b in buckets.values()} == {"article"}
    city = buckets["article: its city or province"]
    assert (city.misses, city.false_alarms, city.wrong) == (0, 0, 1)
    result = {"article": {"city": {"tp": 8, "fp": 1, "fn": 1}}}
    # the wrong city right: tp 9, fp 0, fn 0 -> F1 1.0; before 16/18
    assert round(points(city, result), 2) == round(100 * (1 - 16 / 18), 2)
    assert "The article's place and date" in render([city], result)
