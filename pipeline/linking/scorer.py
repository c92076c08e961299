"""Run-time form of a fitted ``DictVectorizer -> LogisticRegression`` pipeline, in numpy alone.

Why: importing scikit-learn (and skops, which imports every estimator to
build its list of trusted types) costs seconds of every process's cold start,
and ``DictVectorizer.transform`` is a slow Python loop.  At run time a linear
model is a vocabulary, a weight matrix, an intercept and the class names, so
:class:`LinearScorer` keeps exactly those and computes the same probabilities
(multinomial softmax, or the logistic function for two classes), checked
against scikit-learn in the tests.

The shipped model stays the skops file; the scorer arrays are a derived cache
(``npz`` without pickle) keyed by the skops file's hash — see
:func:`pipeline.linking.predictor.load_predictor`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


class LinearScorer:
    """``predict_proba`` of a fitted DictVectorizer + LogisticRegression, without scikit-learn."""

    def __init__(self, vocabulary: dict[str, int], coef: np.ndarray, intercept: np.ndarray, classes: np.ndarray):
        if coef.ndim != 2 or coef.shape[1] != len(vocabulary):
            raise ValueError(f"weights of shape {coef.shape} do not fit a vocabulary of {len(vocabulary)} features")
        self.vocabulary = vocabulary
        self.coef_t = np.ascontiguousarray(coef.T)  # rows are features: one gather per document
        self.intercept = intercept.astype(coef.dtype)
        self.classes_ = classes

    @classmethod
    def from_pipeline(cls, pipeline: Any, vocabulary: dict[str, int] | None = None) -> "LinearScorer":
        vectorizer, classifier = pipeline.named_steps["vectorize"], pipeline.named_steps["classify"]
        return cls(vocabulary if vocabulary is not None else vectorizer.vocabulary_, np.asarray(classifier.coef_),
                   np.asarray(classifier.intercept_), np.asarray([str(c) for c in classifier.classes_]))

    def decision_function(self, features: list[dict[str, float]]) -> np.ndarray:
        out = np.empty((len(features), self.coef_t.shape[1]), dtype=np.float64)
        vocab = self.vocabulary
        for row, feats in enumerate(features):
            idx = [vocab[k] for k in feats if k in vocab]
            if idx:
                vals = np.fromiter((feats[k] for k in feats if k in vocab), dtype=self.coef_t.dtype, count=len(idx))
                out[row] = vals @ self.coef_t[idx] + self.intercept
            else:
                out[row] = self.intercept
        return out

    def predict_proba(self, features: list[dict[str, float]]) -> np.ndarray:
        scores = self.decision_function(features)
        if scores.shape[1] == 1:  # two classes: scikit-learn's logistic function on one score
            p1 = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict(self, features: list[dict[str, float]]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(features), axis=1)]

    # --- the derived cache ----------------------------------------------------------------

    def save_arrays(self, path: Path) -> None:
        np.savez(path, coef_t=self.coef_t, intercept=self.intercept, classes=self.classes_.astype(str))

    @classmethod
    def load_arrays(cls, path: Path, vocabulary: dict[str, int]) -> "LinearScorer":
        with np.load(path, allow_pickle=False) as data:
            coef_t, intercept, classes = data["coef_t"], data["intercept"], data["classes"]
        return cls(vocabulary, coef_t.T, intercept, classes)
