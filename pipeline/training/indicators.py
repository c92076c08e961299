"""Train the indicator/role classifier from ``annotations/train`` (never the seeds).

Every gold QUANTITY of the training documents becomes one example: its
context is read on the normalised text, with the same sentence splitter as
at run time.  The report is a document-grouped 5-fold cross-validation
(indicator, role and pair accuracy, beside the nearest-cue baseline) and
the most frequent confusions; the final model is fitted on all documents
and saved with skops in ``models/indicators``.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from sklearn.model_selection import GroupKFold

from ..linking.features import QuantityContext, contexts_for
from ..linking.model import IndicatorLinker, NearestCueBaseline
from ..schema import GoldDoc
from ..taxonomy import DEFAULT_TAXONOMY, load_taxonomy
from .ner import TRAIN_GOLD, prefix_pipeline, read_gold
from .splits import trainable


@dataclass
class IndicatorReport:
    examples: int = 0
    documents: int = 0
    folds: int = 0
    indicator_accuracy: float = 0.0
    role_accuracy: float = 0.0
    pair_accuracy: float = 0.0
    baseline_pair_accuracy: float = 0.0
    baseline_indicator_accuracy: float = 0.0
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    per_role: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


#: ``progress(stage, done, total)`` after each step of training: ``"documents"`` (read through the
#: pipeline), ``"folds"`` (cross-validation models fitted and scored) and ``"fit"`` (the final model).
#: Training takes minutes and was silent all along; the CLI shows these on stderr.
Progress = Callable[[str, int, int], None]


def gold_examples(docs: list[GoldDoc], nlp, normalize, progress: Optional[Progress] = None,
                  ) -> tuple[list[QuantityContext], list[tuple[str, str]], list[str]]:
    """Contexts, labels and document ids of every gold QUANTITY."""
    X, y, groups = [], [], []
    for done, g in enumerate(docs, 1):
        nt = normalize(g.text)
        to_s, to_e = nt.from_original()
        doc = nlp(nt.text)
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        spans, labels = [], []
        for sp in sorted(g.spans, key=lambda s: s.start):
            if sp.label != "QUANTITY":
                continue
            s, e = to_s.get(sp.start), to_e.get(sp.end)
            if s is None or e is None:
                continue
            spans.append((s, e))
            labels.append((sp.indicator or "other", sp.role or "value"))
        contexts = contexts_for(nt.text, spans, sentences, g.id)
        for ctx in contexts:  # teacher forcing: the predecessor's gold indicator
            if ctx.prev_index is not None:
                ctx.prev_indicator = labels[ctx.prev_index][0]
        X.extend(contexts)
        y.extend(labels)
        groups.extend([g.id] * len(spans))
        if progress:
            progress("documents", done, len(docs))
    return X, y, groups


def cross_validate(X, y, groups, taxonomy_path, folds: int = 5, progress: Optional[Progress] = None) -> IndicatorReport:
    report = IndicatorReport(examples=len(X), documents=len(set(groups)))
    folds = min(folds, len(set(groups)))
    report.folds = folds
    pred: list[tuple[str, str] | None] = [None] * len(X)
    import copy

    for fold, (train_idx, test_idx) in enumerate(GroupKFold(n_splits=folds).split(X, y, groups), 1):
        model = IndicatorLinker(taxonomy_path).fit([X[i] for i in train_idx], [y[i] for i in train_idx])
        test = [copy.copy(X[i]) for i in test_idx]
        position = {int(i): k for k, i in enumerate(test_idx)}
        for ctx in test:  # predecessors re-indexed into the test list; their indicators are predicted
            ctx.prev_index = position.get(_global_prev(X, ctx)) if ctx.prev_index is not None else None
        for i, p in zip(test_idx, model.predict(test)):
            pred[i] = p
        if progress:
            progress("folds", fold, folds)
    baseline = NearestCueBaseline(taxonomy_path).predict(X)
    n = len(X)
    report.indicator_accuracy = sum(p[0] == t[0] for p, t in zip(pred, y)) / n
    report.role_accuracy = sum(p[1] == t[1] for p, t in zip(pred, y)) / n
    report.pair_accuracy = sum(p == t for p, t in zip(pred, y)) / n
    report.baseline_indicator_accuracy = sum(b[0] == t[0] for b, t in zip(baseline, y)) / n
    report.baseline_pair_accuracy = sum(b == t for b, t in zip(baseline, y)) / n
    confusions = Counter((t[0], p[0]) for p, t in zip(pred, y) if p[0] != t[0])
    report.confusions = [(a, b, c) for (a, b), c in confusions.most_common(10)]
    for role in sorted({t[1] for t in y}):
        idx = [i for i, t in enumerate(y) if t[1] == role]
        report.per_role[role] = sum(pred[i][1] == role for i in idx) / len(idx)
    return report


def _global_prev(X: list[QuantityContext], ctx: QuantityContext) -> int | None:
    """Index in ``X`` of ``ctx``'s predecessor (contexts of one document are contiguous)."""
    start = next(i for i, x in enumerate(X) if x.doc_id == ctx.doc_id)
    return start + ctx.prev_index


def train_indicators(out_dir: Path, gold_path: Path = TRAIN_GOLD, taxonomy_path: Path = DEFAULT_TAXONOMY,
                     folds: int = 5, log: Callable[[str], None] = lambda s: None,
                     progress: Optional[Progress] = None) -> IndicatorReport:
    t0 = time.time()
    docs = trainable(read_gold(gold_path))
    nlp, normalize = prefix_pipeline(overrides={"nlp.pipeline": ["sentences"]})
    X, y, groups = gold_examples(docs, nlp, normalize, progress)
    unknown = sorted({i for i, _ in y} - set(load_taxonomy(str(taxonomy_path))))
    if unknown:
        raise ValueError(f"annotations use indicators missing from {taxonomy_path}: {', '.join(unknown)}")
    log(f"{len(X)} quantities from {len(set(groups))} documents; {len(set(i for i, _ in y))} indicators")
    report = cross_validate(X, y, groups, taxonomy_path, folds, progress)
    if progress:
        progress("fit", 0, 1)
    model = IndicatorLinker(taxonomy_path).fit(X, y)
    if progress:
        progress("fit", 1, 1)
    report.seconds = round(time.time() - t0, 1)
    model.save(out_dir, {"examples": len(X), "documents": len(set(groups)),
                         "cv_pair_accuracy": round(report.pair_accuracy, 4),
                         "cv_indicator_accuracy": round(report.indicator_accuracy, 4)})
    log(f"saved to {out_dir} in {report.seconds:.0f}s")
    return report


def as_rows(report: IndicatorReport) -> list[tuple[str, str]]:
    return [
        ("examples / documents", f"{report.examples} / {report.documents}"),
        (f"indicator accuracy ({report.folds}-fold, by document)", f"{report.indicator_accuracy:.3f}"),
        ("role accuracy", f"{report.role_accuracy:.3f}"),
        ("(indicator, role) accuracy", f"{report.pair_accuracy:.3f}"),
        ("baseline: nearest cue to the left, indicator", f"{report.baseline_indicator_accuracy:.3f}"),
        ("baseline: (indicator, role)", f"{report.baseline_pair_accuracy:.3f}"),
    ] + [(f"role {r} accuracy", f"{a:.3f}") for r, a in report.per_role.items()]


__all__ = ["train_indicators", "cross_validate", "gold_examples", "IndicatorReport", "as_rows"]
