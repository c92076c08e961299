"""The numpy scorer computes what scikit-learn computes; the exported-array cache is used and safe."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from pipeline.linking.scorer import LinearScorer

from .conftest import ROOT


def _data(n_classes: int, n: int = 300, seed: int = 3):
    rng = random.Random(seed)
    names = [f"f{i}" for i in range(40)]
    X, y = [], []
    for _ in range(n):
        feats = {name: rng.choice([1.0, 0.5, 2.0]) for name in rng.sample(names, 6)}
        label = f"c{sum(int(k[1:]) for k in feats) % n_classes}"
        X.append(feats)
        y.append(label)
    return X, y


@pytest.mark.parametrize("n_classes", [2, 5])
def test_scorer_matches_scikit_learn(n_classes, tmp_path):
    X, y = _data(n_classes)
    pipe = Pipeline([("vectorize", DictVectorizer()), ("classify", LogisticRegression(max_iter=500))]).fit(X, y)
    scorer = LinearScorer.from_pipeline(pipe)
    unseen = X[:50] + [{"never-seen": 1.0}, {}]
    np.testing.assert_allclose(scorer.predict_proba(unseen), pipe.predict_proba(unseen), rtol=1e-6, atol=1e-9)
    assert list(scorer.predict(unseen)) == list(pipe.predict(unseen))
    scorer.save_arrays(tmp_path / "s.npz")
    again = LinearScorer.load_arrays(tmp_path / "s.npz", pipe.named_steps["vectorize"].vocabulary_)
    np.testing.assert_allclose(again.predict_proba(unseen), pipe.predict_proba(unseen), rtol=1e-6, atol=1e-9)


def test_predictor_exports_once_then_loads_without_skops(tmp_path, monkeypatch):
    from pipeline.linking import model as model_module
    from pipeline.linking.predictor import load_predictor

    monkeypatch.setenv("ECOIE_HOME", str(tmp_path / "cache"))
    models, taxonomy = ROOT / "models" / "indicators", ROOT / "configs" / "indicators.tsv"
    cold = load_predictor(models, taxonomy)
    assert list((tmp_path / "cache" / "indicators").glob("*/indicator.npz"))

    def no_skops(*args, **kwargs):
        raise AssertionError("the warm cache must not load the skops file")

    monkeypatch.setattr(model_module.IndicatorLinker, "load", no_skops)
    warm = load_predictor(models, taxonomy)
    np.testing.assert_array_equal(warm.indicator.coef_t, cold.indicator.coef_t)
    assert list(warm.role.classes_) == list(cold.role.classes_)
