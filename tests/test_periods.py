"""One canonical period format (ANNOTATION.md s.3), and year targets inside quarterly articles."""

from __future__ import annotations

import pytest

from pipeline.grammar.periods import canonical_period, is_canonical


@pytest.mark.parametrize("norm, period, start, end", [
    ("2024", "2024", "2024-01-01", "2024-12-31"),
    ("2024-H1", "2024-H1", "2024-01-01", "2024-06-30"),
    ("2024-01/2024-06", "2024-H1", "2024-01-01", "2024-06-30"),
    ("2024-07/2024-12", "2024-H2", "2024-07-01", "2024-12-31"),
    ("2024-01/2024-03", "2024-Q1", "2024-01-01", "2024-03-31"),
    ("2024-Q3", "2024-Q3", "2024-07-01", "2024-09-30"),
    ("2024-01/2024-12", "2024", "2024-01-01", "2024-12-31"),
    ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
    ("2024-01/2024-07", "2024-01/2024-07", "2024-01-01", "2024-07-31"),
    ("2022-10/2023-03", "2022-10/2023-03", "2022-10-01", "2023-03-31"),
    ("2022-AW", "2022-10/2023-03", "2022-10-01", "2023-03-31"),
    ("2015/2022", "2015-01/2022-12", "2015-01-01", "2022-12-31"),
    ("2024-03-12", "2024-03-12/2024-03-12", "2024-03-12", "2024-03-12"),
    ("2020-10-01/2021-03-31", "2020-10-01/2021-03-31", "2020-10-01", "2021-03-31"),
])
def test_canonical_periods(norm, period, start, end):
    p = canonical_period(norm)
    assert (p.period, p.start, p.end) == (period, start, end)
    assert is_canonical(p.period)


@pytest.mark.parametrize("norm", ["XXXX-03-12", None, "", "2024-06/2024-01"])
def test_no_period_without_a_year_or_with_a_reversed_range(norm):
    assert canonical_period(norm) is None


def test_every_period_in_a_record_is_canonical_and_year_targets_get_the_year(extractor):
    from pipeline.io.readers import Document

    text = ("某市生态环境局2024年第一季度新闻发布会\n"
            "2024年一季度,全市PM2.5平均浓度为41微克/立方米,同比下降6.8%。1-3月,全市优良天数为72天。"
            "全年PM2.5浓度力争控制在33微克/立方米以内,优良天数比例力争达到85%以上。")
    record = extractor.process_one(Document("t", text=text, meta={"published": "2024-04-15"})).to_json_dict()
    by_text = {q["text"]: q for q in record["quantities"]}
    assert by_text["41微克/立方米"]["period"] == "2024-Q1"
    assert by_text["72天"]["period"] == "2024-Q1"
    assert by_text["72天"]["period_start"] == "2024-01-01" and by_text["72天"]["period_end"] == "2024-03-31"
    target = by_text["85%以上"]
    assert target["role"] == "target" and target["period"] == "2024"
    for q in record["quantities"]:
        assert q["period"] is None or is_canonical(q["period"])


def test_respectively_pairs_places_with_numbers_in_order(extractor):
    from pipeline.io.readers import Document

    for text, expected in [
        ("上半年,宝鸡、咸阳、渭南分别查处案件18件、15件、13件。", ["宝鸡市", "咸阳市", "渭南市"]),
        ("兰考县、杞县分别完成生态环境损害赔偿3200万元和1800万元。", ["兰考县", "杞县"]),
    ]:
        record = extractor.process_one(Document("t", text=text)).to_json_dict()
        assert [q["jurisdiction"] for q in record["quantities"]][-len(expected):] == expected
