"""The indicator/role classifier: scikit-learn estimators over context features.

Two linear models share one featurizer: one predicts the indicator, one
the role; a quantity's link is ``(indicator, role)`` with probability
``p(indicator) * p(role)``.  Each is ``DictVectorizer -> LogisticRegression``
(strong, fast, calibrated enough on ~2k examples; kept because nothing
tried beat it on the grouped cross-validation, see ``ecoie train
indicators``).  :class:`NearestCueBaseline` is the naive rule the classifier
is measured against.

Models are saved with skops (never pickle); loading reads the file's schema
first and refuses any type or node kind outside an exact allow-list
(:data:`ALLOWED_TYPES`), before skops constructs anything.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from ..taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from .features import Featurizer, QuantityContext
from .predictor import VOCABULARY_FILE, Link, LinkPredictor, read_vocabulary
from .scorer import LinearScorer

ROLES = ("value", "change", "rank", "target")
#: every type the shipped model's skops file holds, by exact name: nothing else is loaded.
#: (A prefix such as ``builtins.`` would admit ``builtins.eval``; skops' own defaults are wider too.)
ALLOWED_TYPES = frozenset({
    "builtins.dict", "builtins.list", "builtins.str", "builtins.tuple",
    "numpy.float64", "numpy.ndarray",
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
})
#: the skops node kinds those types are stored as (no functions, methods, operators or reduce calls)
ALLOWED_NODES = frozenset({"DictNode", "JsonNode", "ListNode", "NdArrayNode", "ObjectNode", "TupleNode", "TypeNode"})


def skops_types(path: Path) -> tuple[set[str], set[str]]:
    """``(types, node kinds)`` named anywhere in a skops file's schema, read without loading anything."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
    types: set[str] = set()
    nodes: set[str] = set()
    stack = [schema]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "__loader__" in item:
                nodes.add(str(item["__loader__"]))
            if "__module__" in item or "__class__" in item:
                types.add(f"{item.get('__module__')}.{item.get('__class__')}")
            if "module_path" in item or "function" in item:  # FunctionNode/MethodNode content
                types.add(f"{item.get('module_path')}.{item.get('function')}")
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return types, nodes


def check_skops_file(path: Path) -> list[str]:
    """The types (as skops names them) to pass as trusted; :class:`ValueError` for anything not allowed."""
    try:
        types, nodes = skops_types(path)
    except (OSError, KeyError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable skops file ({type(exc).__name__}: {exc})") from None
    refused = sorted(types - ALLOWED_TYPES) + sorted(f"node {n}" for n in nodes - ALLOWED_NODES)
    if refused:
        raise ValueError(f"{path}: refusing to load unexpected types {refused}")
    return sorted(types)


def make_estimator(features: list[dict], labels: list[str], c: float, min_count: int = 2) -> Pipeline:
    """Fit ``DictVectorizer -> LogisticRegression``, keeping features seen in at least ``min_count`` examples.

    Pruning rare n-grams keeps the saved model small (a few MB) and costs no accuracy.
    """
    vec = DictVectorizer(sparse=True)
    matrix = vec.fit_transform(features)
    df = np.asarray((matrix != 0).sum(axis=0)).ravel()
    vec.restrict(df >= min_count)
    clf = LogisticRegression(C=c, max_iter=3000).fit(vec.transform(features), labels)
    # single precision halves the shipped file; probabilities move in the 7th digit
    clf.coef_ = clf.coef_.astype(np.float32)
    clf.intercept_ = clf.intercept_.astype(np.float32)
    # transform() needs only vocabulary_; the duplicate name list would double the saved model and its load time
    vec.feature_names_ = []
    return Pipeline([("vectorize", vec), ("classify", clf)])


class IndicatorLinker(BaseEstimator, ClassifierMixin):
    """Predicts ``(indicator, role)`` for :class:`QuantityContext` objects.

    scikit-learn estimator API: ``fit(X, y)`` with ``y`` a list of
    ``(indicator, role)`` pairs, ``predict(X)``, ``predict_proba``-like
    :meth:`predict_links` with confidences.
    """

    #: ``c_indicator`` 2.0 (was 4.0): with the real-page training documents (train-204 …) the stronger
    #: regularisation was better on real-dev and the seeds alike (C = 1, 2, 3, 4, 8 compared, 2026-12).
    def __init__(self, taxonomy_path: str | Path = DEFAULT_TAXONOMY, c_indicator: float = 2.0, c_role: float = 2.0):
        self.taxonomy_path = taxonomy_path
        self.c_indicator = c_indicator
        self.c_role = c_role

    def _featurizer(self) -> Featurizer:
        if not hasattr(self, "featurizer_"):
            self.featurizer_ = Featurizer(load_taxonomy(str(self.taxonomy_path)))
        return self.featurizer_

    def fit(self, X: list[QuantityContext], y: list[tuple[str, str]]) -> "IndicatorLinker":
        feats = [self._featurizer().features(x) for x in X]
        self.indicator_model_ = make_estimator(feats, [i for i, _ in y], self.c_indicator)
        self.role_model_ = make_estimator(feats, [r for _, r in y], self.c_role)
        self.classes_ = np.array(sorted(set(y)), dtype=object)
        self.predictor_ = None
        return self

    def predictor(self) -> LinkPredictor:
        """The run-time form of the fitted models (numpy only); every prediction goes through it."""
        if getattr(self, "predictor_", None) is None:
            vocabulary = self.indicator_model_.named_steps["vectorize"].vocabulary_
            self.predictor_ = LinkPredictor(self._featurizer(),
                                            LinearScorer.from_pipeline(self.indicator_model_, vocabulary),
                                            LinearScorer.from_pipeline(self.role_model_, vocabulary))
        return self.predictor_

    @property
    def featurizer(self) -> Featurizer:
        return self._featurizer()

    def predict_links(self, X: list[QuantityContext]) -> list[Link]:
        return self.predictor().predict_links(X)

    def predict(self, X: list[QuantityContext]) -> list[tuple[str, str]]:
        return [(link.indicator, link.role) for link in self.predict_links(X)]

    # --- persistence (skops, no pickle) -------------------------------------------------

    def save(self, directory: str | Path, extra_meta: dict | None = None) -> Path:
        """Write ``model.skops`` (the estimators) and ``vocabulary.json`` (their shared feature names).

        The vocabulary lives outside the skops file because skops audits
        every object it loads one by one: a 300k-entry dict took seconds to
        load, a JSON list of names loads in a fraction of one.
        """
        import zipfile

        import skops.io as sio

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        models = {"indicator": self.indicator_model_, "role": self.role_model_}
        vocabulary = shared_vocabulary(list(models.values()))
        saved = {name: model.named_steps["vectorize"].vocabulary_ for name, model in models.items()}
        try:
            for model in models.values():
                model.named_steps["vectorize"].vocabulary_ = {}
            sio.dump(models, directory / "model.skops", compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        finally:
            for name, model in models.items():
                model.named_steps["vectorize"].vocabulary_ = saved[name]
        (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
        meta = {"c_indicator": self.c_indicator, "c_role": self.c_role,
                "indicators": [str(c) for c in self.indicator_model_.classes_],
                "roles": [str(c) for c in self.role_model_.classes_], **(extra_meta or {})}
        (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        return directory

    @classmethod
    def load(cls, directory: str | Path, taxonomy_path: str | Path = DEFAULT_TAXONOMY) -> "IndicatorLinker":
        import skops.io as sio

        path = Path(directory) / "model.skops"
        if not path.is_file():
            raise FileNotFoundError(f"indicator model not found at {path}: run `ecoie train indicators`")
        allowed = check_skops_file(path)
        untrusted = sio.get_untrusted_types(file=path)
        refused = [t for t in untrusted if t not in allowed]
        if refused:
            raise ValueError(f"{path}: refusing to load unexpected types {refused}")
        models = sio.load(path, trusted=untrusted)
        vocab_path = Path(directory) / VOCABULARY_FILE
        if vocab_path.is_file():
            vocabulary = read_vocabulary(vocab_path)
            for model in models.values():
                model.named_steps["vectorize"].vocabulary_ = vocabulary
        meta = json.loads((Path(directory) / "meta.json").read_text(encoding="utf-8"))
        linker = cls(taxonomy_path, meta.get("c_indicator", 4.0), meta.get("c_role", 2.0))
        linker.indicator_model_, linker.role_model_ = models["indicator"], models["role"]
        return linker


def shared_vocabulary(models: list[Pipeline]) -> list[str]:
    """The feature names, in column order, that every model's vectorizer shares."""
    vocabularies = [model.named_steps["vectorize"].vocabulary_ for model in models]
    first = vocabularies[0]
    if any(v != first for v in vocabularies[1:]):
        raise ValueError("the indicator and role models were fitted on different vocabularies")
    names = [""] * len(first)
    for name, index in first.items():
        names[index] = name
    return names


class NearestCueBaseline:
    """The naive rule: the indicator of the nearest cue word to the left, role ``value``."""

    def __init__(self, taxonomy_path: str | Path = DEFAULT_TAXONOMY):
        self.featurizer = Featurizer(load_taxonomy(str(taxonomy_path)))

    def predict(self, X: list[QuantityContext]) -> list[tuple[str, str]]:
        return [(self.featurizer.nearest_left_cue(x) or "other", "value") for x in X]
