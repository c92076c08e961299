"""Run-time indicator/role prediction: the featurizer and two numpy scorers, no scikit-learn.

:func:`load_predictor` is what the ``ecoie_indicators`` component calls.  It
reads the scorer arrays from the set-up cache when they were exported from
this exact ``model.skops`` before; otherwise it loads the skops file (types
checked, see :meth:`pipeline.linking.model.IndicatorLinker.load`), exports the
arrays once, and caches them.  Training, cross-validation and evaluation use
the scikit-learn :class:`~pipeline.linking.model.IndicatorLinker`, which
predicts through this same class, so what is measured is what runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..digest import update_from_file
from ..paths import cache_home
from ..taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from .features import Featurizer, QuantityContext
from .scorer import LinearScorer

VOCABULARY_FILE = "vocabulary.json"
MODEL_FILE = "model.skops"


@dataclass
class Link:
    indicator: str
    role: str
    confidence: float


class LinkPredictor:
    """Predicts ``(indicator, role)`` with a confidence for :class:`QuantityContext` objects."""

    def __init__(self, featurizer: Featurizer, indicator: LinearScorer, role: LinearScorer):
        self.featurizer = featurizer
        self.indicator = indicator
        self.role = role

    def predict_links(self, X: list[QuantityContext]) -> list[Link]:
        """Two passes: the second sees the first pass's indicator of each quantity's predecessor."""
        if not X:
            return []
        for x in X:
            x.prev_indicator = None
        base = [self.featurizer.features(x) for x in X]
        first = self.indicator.predict(base)
        feats = base
        if any(x.prev_index is not None for x in X):
            for x in X:
                if x.prev_index is not None:
                    x.prev_indicator = str(first[x.prev_index])
            feats = [self.featurizer.features(x) if x.prev_index is not None else f for x, f in zip(X, base)]
        p_ind = self.indicator.predict_proba(feats)
        p_role = self.role.predict_proba(feats)
        out = []
        for pi, pr in zip(p_ind, p_role):
            i, r = int(np.argmax(pi)), int(np.argmax(pr))
            out.append(Link(str(self.indicator.classes_[i]), str(self.role.classes_[r]), float(pi[i] * pr[r])))
        return out


def file_digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        update_from_file(digest, path)
    return digest.hexdigest()[:16]


def read_vocabulary(path: Path) -> dict[str, int]:
    names = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{path}: expected a JSON list of feature names")
    return dict(zip(names, range(len(names))))


def load_predictor(directory: str | Path, taxonomy_path: str | Path = DEFAULT_TAXONOMY) -> LinkPredictor:
    """The predictor for a saved model directory, through the exported-array cache."""
    directory = Path(directory)
    model, vocab_path = directory / MODEL_FILE, directory / VOCABULARY_FILE
    if not model.is_file():
        raise FileNotFoundError(f"indicator model not found at {model}: run `ecoie train indicators`")
    featurizer = Featurizer(load_taxonomy(str(taxonomy_path)))
    if vocab_path.is_file():
        cached = cache_home() / "indicators" / file_digest(model, vocab_path)
        if (cached / "indicator.npz").is_file() and (cached / "role.npz").is_file():
            vocabulary = read_vocabulary(vocab_path)
            return LinkPredictor(featurizer, LinearScorer.load_arrays(cached / "indicator.npz", vocabulary),
                                 LinearScorer.load_arrays(cached / "role.npz", vocabulary))
    from .model import IndicatorLinker  # scikit-learn and skops: only when the cache is cold

    predictor = IndicatorLinker.load(directory, taxonomy_path).predictor()
    if vocab_path.is_file():
        _export(predictor, cached)
    return predictor


def _export(predictor: LinkPredictor, target: Path) -> None:
    """Write the scorer arrays into the cache, atomically (a temporary folder renamed into place)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".export-"))
        predictor.indicator.save_arrays(tmp / "indicator.npz")
        predictor.role.save_arrays(tmp / "role.npz")
        if target.exists():
            shutil.rmtree(tmp)
        else:
            os.replace(tmp, target)
    except OSError:
        pass  # a read-only cache only costs speed: the next process loads the skops file again
