"""Train the statistical NER (``ecoie_ner``) from the public corpora and the domain set.

Data:

* the public corpora (``../shared/corpora``), converted by :mod:`.corpora`
  — general-domain names of people, organisations, places and positions;
* ``annotations/train`` — the domain documents, minus a held-out slice
  (every document whose id hashes into the dev fold) used for per-epoch dev
  scores and the generalisation check.  The seeds are never used.

Every text goes through the same prefix of the pipeline as at run time
(normalisation, pkuseg tokenizer, sentences, quantity grammar, gazetteer),
so the model sees the same tokens and the same gazetteer tags (``TAG``
feature) it will see in production.  Gold spans that do not fall on token
boundaries are marked *missing* rather than taught with wrong boundaries;
their number is reported.

The trained component is written with spaCy's ``to_disk`` (no pickle);
the tokenizer's ~170 MB pkuseg model is excluded and re-attached at load
time from the set-up cache.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, minibatch

from ..config import load as load_config
from ..normalize import NormalizedText
from ..paths import PROJECT_DIR
from ..annotation.goldio import read_gold  # noqa: F401  (re-exported for the trainers)
from ..schema import GoldDoc
from .corpora import CORPORA, DEFAULT_CORPORA_DIR, read_corpus
from .splits import DEV_FOLD, is_heldout, trainable

NER_LABELS = ("ORG", "PERSON", "TITLE", "GPE", "LOC")
PREFIX_COMPONENTS = ("sentences", "quantities", "gazetteer")
TRAIN_GOLD = PROJECT_DIR / "annotations" / "train" / "train.jsonl"

NER_MODEL_CONFIG = """
[model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"]
rows = [6000, 2000, 3000, 500, 50]
include_static_vectors = false

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = ${width}
depth = ${depth}
window_size = 1
maxout_pieces = 3
"""


@dataclass
class TrainSettings:
    epochs: int = 12
    corpus_sample: int = 9000  # corpus sentences drawn per epoch
    domain_repeat: int = 4  # domain documents repeated per epoch
    dropout: float = 0.2
    dev_fold: int = DEV_FOLD  # 1 in dev_fold domain documents held out
    seed: int = 13
    corpora: tuple[str, ...] = CORPORA
    corpora_dir: Path = DEFAULT_CORPORA_DIR
    max_corpus_examples: int | None = None  # for quick tests
    #: token-vector width and encoder depth: the run-time cost of the NER grows with width² x depth
    width: int = 96
    depth: int = 4


@dataclass
class AlignmentStats:
    spans: int = 0
    misaligned: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.misaligned / self.spans if self.spans else 0.0


def prefix_pipeline(config_path: Path | None = None, overrides: dict | None = None) -> tuple[Language, Callable[[str], NormalizedText]]:
    """The run-time pipeline up to (not including) the NER, plus the normaliser."""
    from ..components.normalizer import NormalizeSettings

    keep = PREFIX_COMPONENTS
    if overrides and "nlp.pipeline" in overrides:
        keep = tuple(overrides["nlp.pipeline"])
        overrides = {k: v for k, v in overrides.items() if k != "nlp.pipeline"}
    config = load_config(config_path, overrides).interpolate()
    pipeline = [p for p in config["nlp"]["pipeline"] if p in keep]
    config["nlp"]["pipeline"] = pipeline
    config["nlp"]["disabled"] = []
    config["components"] = {k: v for k, v in config["components"].items() if k in pipeline}
    tokenizer = config["nlp"].get("tokenizer", {})
    if tokenizer.get("@tokenizers") == "ecoie.normalizing.v1":
        # training texts are normalised by the caller; the trained model keeps the plain segmenter
        config["nlp"]["tokenizer"] = tokenizer["segmenter"]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    normalizer = NormalizeSettings.from_config(config.get("normalize", {}))
    return nlp, normalizer.run


def _make_example(nlp: Language, text: str, spans: Iterable[tuple[int, int, str]],
                  missing: Iterable[tuple[int, int]], stats: AlignmentStats) -> Example:
    doc = nlp(text)
    ref = doc.copy()
    ents, miss = [], []
    for s, e, label in spans:
        if label not in NER_LABELS:
            continue
        stats.spans += 1
        span = ref.char_span(s, e, label=label)
        if span is None:
            stats.misaligned += 1
            if len(stats.examples) < 20:
                stats.examples.append(text[s:e])
            span = ref.char_span(s, e, alignment_mode="expand")
            if span is not None:
                miss.append(span)
            continue
        ents.append(span)
    for s, e in missing:
        span = ref.char_span(s, e, alignment_mode="expand")
        if span is not None:
            miss.append(span)
    ents = _drop_overlaps(ents)
    miss = [m for m in miss if not any(m.start < x.end and x.start < m.end for x in ents)]
    ref.set_ents(ents, missing=_drop_overlaps(miss), default="outside")
    return Example(doc, ref)


def _drop_overlaps(spans):
    out = []
    for s in sorted(spans, key=lambda x: (-(x.end - x.start), x.start)):
        if all(s.end <= o.start or o.end <= s.start for o in out):
            out.append(s)
    return sorted(out, key=lambda x: x.start)


def corpus_examples(nlp: Language, settings: TrainSettings, stats: AlignmentStats) -> list[Example]:
    out = []
    for name in settings.corpora:
        for i, ex in enumerate(read_corpus(name, settings.corpora_dir)):
            if settings.max_corpus_examples and i >= settings.max_corpus_examples:
                break
            if not ex.text.strip():
                continue
            out.append(_make_example(nlp, ex.text, ex.spans, ex.missing, stats))
    return out


def domain_examples(nlp: Language, normalize: Callable[[str], NormalizedText], docs: Iterable[GoldDoc],
                    stats: AlignmentStats) -> list[Example]:
    """Domain gold documents, on the normalised text, boilerplate marked missing."""
    out = []
    for g in docs:
        nt = normalize(g.text)
        to_norm_start, to_norm_end = nt.from_original()
        spans = []
        for sp in g.spans:
            s, e = to_norm_start.get(sp.start), to_norm_end.get(sp.end)
            if s is None or e is None or s >= e:
                stats.spans += sp.label in NER_LABELS
                stats.misaligned += sp.label in NER_LABELS
                continue
            spans.append((s, e, sp.label))
        out.append(_make_example(nlp, nt.text, spans, nt.boilerplate, stats))
    return out


def add_ner(nlp: Language, beam_width: int = 1, width: int = 96, depth: int = 4) -> None:
    from confection import Config

    text = NER_MODEL_CONFIG.replace("${width}", str(int(width))).replace("${depth}", str(int(depth)))
    model_cfg = Config().from_str(text)
    nlp.add_pipe("ecoie_ner", name="ner", config={"model": model_cfg["model"], "beam_width": beam_width})


def evaluate_examples(nlp: Language, examples: list[Example]) -> dict:
    ner = nlp.get_pipe("ner")
    docs = [ex.predicted.copy() for ex in examples]
    for doc in docs:
        doc.ents = []
    docs = list(ner.pipe(docs))
    scored = [Example(d, ex.reference) for d, ex in zip(docs, examples)]
    scores = ner.score(scored)
    return {"f": float(scores["ents_f"]), "p": float(scores["ents_p"]), "r": float(scores["ents_r"]),
            "per_type": {k: float(v["f"]) for k, v in (scores.get("ents_per_type") or {}).items()}}


def train_ner(out_dir: Path, settings: TrainSettings | None = None, config_path: Path | None = None,
              gold_path: Path = TRAIN_GOLD, log: Callable[[str], None] = lambda s: None) -> dict:
    """Train, report per-epoch dev scores through ``log``, save the best model to ``out_dir``."""
    settings = settings or TrainSettings()
    random.seed(settings.seed)
    t0 = time.time()
    nlp, normalize = prefix_pipeline(config_path)
    stats = AlignmentStats()
    gold = trainable(read_gold(gold_path))
    train_docs = [g for g in gold if not is_heldout(g.id, settings.dev_fold)]
    dev_docs = [g for g in gold if is_heldout(g.id, settings.dev_fold)]
    log(f"domain documents: {len(train_docs)} train, {len(dev_docs)} held out ({', '.join(d.id for d in dev_docs)})")
    domain = domain_examples(nlp, normalize, train_docs, stats)
    dev = domain_examples(nlp, normalize, dev_docs, AlignmentStats())
    corpus = corpus_examples(nlp, settings, stats)
    log(f"corpus sentences: {len(corpus)}; gold spans {stats.spans}, not on token boundaries {stats.misaligned} "
        f"({stats.rate:.2%}) -> marked missing; prepared in {time.time() - t0:.0f}s")

    add_ner(nlp, width=settings.width, depth=settings.depth)
    ner = nlp.get_pipe("ner")
    for label in NER_LABELS:
        ner.add_label(label)
    optimizer = nlp.initialize(lambda: domain + corpus[:2000])
    best = (-1.0, None, 0)
    history = []
    for epoch in range(1, settings.epochs + 1):
        t_epoch = time.time()
        sample = random.sample(corpus, min(settings.corpus_sample, len(corpus))) + domain * settings.domain_repeat
        random.shuffle(sample)
        losses: dict[str, float] = {}
        for batch in minibatch(sample, size=compounding(8.0, 48.0, 1.002)):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        with nlp.select_pipes(enable=["ner"]):
            dev_scores = evaluate_examples(nlp, dev) if dev else {"f": 0.0, "p": 0.0, "r": 0.0, "per_type": {}}
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), **dev_scores,
                        "seconds": round(time.time() - t_epoch, 1)})
        log(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.1f}  dev P {dev_scores['p']:.3f} R {dev_scores['r']:.3f} "
            f"F {dev_scores['f']:.3f}  " + " ".join(f"{k} {v:.2f}" for k, v in sorted(dev_scores["per_type"].items()))
            + f"  ({time.time() - t_epoch:.0f}s)")
        if dev_scores["f"] > best[0]:
            best = (dev_scores["f"], ner.to_bytes(exclude=["vocab"]), epoch)
    if best[1] is not None:
        ner.from_bytes(best[1], exclude=["vocab"])
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)  # the tokenizer writes a marker only (see EcoieTokenizer.to_disk)
    meta = {"best_epoch": best[2], "dev_f": round(float(best[0]), 4), "history": history,
            "train_documents": [d.id for d in train_docs], "dev_documents": [d.id for d in dev_docs],
            "corpora": list(settings.corpora), "corpus_sentences": len(corpus),
            "misaligned_spans": stats.misaligned, "gold_spans": stats.spans,
            "seconds": round(time.time() - t0, 1),
            "licence_note": "trained on public research-use NER corpora (CLUENER, People's Daily, MSRA, Resume) "
                            "and the project's own annotations"}
    (out_dir / "training.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    log(f"best epoch {best[2]} (dev F {best[0]:.3f}); saved to {out_dir} in {time.time() - t0:.0f}s")
    return meta
