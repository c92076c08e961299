"""Document-resampled intervals (evaluation/bootstrap.py) on counts made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.evaluation.bootstrap import document_intervals
from pipeline.evaluation.scorer import PRF, Scores


def _doc(tp: int, fp: int, fn: int, correct: int = 0, total: int = 0) -> Scores:
    s = Scores()
    s.entities = PRF(tp, fp, fn)
    s.indicator_role.correct, s.indicator_role.total = correct, total
    return s


def test_identical_documents_give_a_point_interval():
    docs = [_doc(8, 2, 2, 9, 10) for _ in range(6)]
    iv = document_intervals(docs, samples=200)
    assert iv["entity_micro_f1"].low == pytest.approx(0.8) and iv["entity_micro_f1"].high == pytest.approx(0.8)
    assert iv["indicator_role_accuracy"].low == pytest.approx(0.9)


def test_uneven_documents_give_an_interval_around_the_pooled_figure():
    docs = [_doc(10, 0, 0), _doc(1, 5, 5), _doc(6, 1, 1), _doc(9, 1, 0), _doc(2, 3, 2)]
    pooled = PRF(28, 10, 8).f1
    iv = document_intervals(docs, samples=500)["entity_micro_f1"]
    assert iv.low < pooled < iv.high
    assert iv.high - iv.low > 0.1


def test_intervals_are_reproducible_and_skip_figures_without_counts():
    docs = [_doc(3, 1, 0), _doc(1, 0, 2), _doc(5, 2, 1)]
    first, second = document_intervals(docs, samples=100), document_intervals(docs, samples=100)
    assert first == second
    assert "officials_person_title_f1" not in first  # no document has an official
    assert "indicator_accuracy" not in first


def test_no_samples_is_refused():
    with pytest.raises(ValueError):
        document_intervals([_doc(1, 0, 0)], samples=0)
