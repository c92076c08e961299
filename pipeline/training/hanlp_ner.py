"""Train a HanLP RNN NER model locally (the optional ``hanlp`` backend).

Uses the same data as the spaCy model — public corpora plus the domain
training documents minus the held-out slice, never the seeds — written as
character-level BIO files, then HanLP's trainable
``RNNNamedEntityRecognizer`` (random-initialised character embeddings: no
pretrained vectors are downloaded).  Needs ``pip install 'ecoie[hanlp]'``.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Callable, Iterable

from .corpora import read_corpus
from .ner import NER_LABELS, TRAIN_GOLD, TrainSettings, prefix_pipeline, read_gold
from .splits import is_heldout, trainable


def bio_lines(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """One ``char<TAB>tag`` line per non-space character, then a blank line."""
    tags = ["O"] * len(text)
    for s, e, label in sorted(spans):
        if label not in NER_LABELS or any(t != "O" for t in tags[s:e]):
            continue
        tags[s] = f"B-{label}"
        for i in range(s + 1, e):
            tags[i] = f"I-{label}"
    lines = [f"{c}\t{t}" for c, t in zip(text, tags) if not c.isspace()]
    return lines + [""] if lines else []


def write_bio(path: Path, examples: Iterable[tuple[str, list[tuple[int, int, str]]]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for text, spans in examples:
            lines = bio_lines(text, spans)
            if lines:
                fh.write("\n".join(lines) + "\n")
                n += 1
    return n


def domain_sentences(docs, normalize) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Domain documents cut at line breaks and 。 (HanLP's RNN tagger wants short sequences)."""
    out = []
    for g in docs:
        nt = normalize(g.text)
        to_s, to_e = nt.from_original()
        spans = [(to_s.get(sp.start), to_e.get(sp.end), sp.label) for sp in g.spans]
        spans = [(s, e, lab) for s, e, lab in spans if s is not None and e is not None and s < e]
        start = 0
        for i, ch in enumerate(nt.text + "\n"):
            if ch in "\n。！？" or i == len(nt.text):
                end = min(i + 1, len(nt.text))
                if any(bs <= start < be for bs, be in nt.boilerplate):
                    start = end
                    continue
                sent = nt.text[start:end]
                inside = [(s - start, e - start, lab) for s, e, lab in spans if start <= s and e <= end]
                if sent.strip():
                    out.append((sent, inside))
                start = end
    return out


def train_hanlp_ner(out_dir: Path, settings: TrainSettings | None = None, epochs: int = 10,
                    gold_path: Path = TRAIN_GOLD, log: Callable[[str], None] = print,
                    embed: int = 100, hidden: int = 256) -> Path:
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    settings = settings or TrainSettings()
    random.seed(settings.seed)
    _, normalize = prefix_pipeline()
    gold = trainable(read_gold(gold_path))
    train_docs = [g for g in gold if not is_heldout(g.id, settings.dev_fold)]
    dev_docs = [g for g in gold if is_heldout(g.id, settings.dev_fold)]
    corpus = []
    for name in settings.corpora:
        for i, ex in enumerate(read_corpus(name, settings.corpora_dir)):
            if settings.max_corpus_examples and i >= settings.max_corpus_examples:
                break
            corpus.append((ex.text, ex.spans))
    random.shuffle(corpus)
    out_dir = Path(out_dir)
    data_dir = out_dir.parent / f".{out_dir.name}-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    n_trn = write_bio(data_dir / "train.tsv", domain_sentences(train_docs, normalize) * settings.domain_repeat
                      + corpus[: settings.corpus_sample])
    n_dev = write_bio(data_dir / "dev.tsv", domain_sentences(dev_docs, normalize))
    log(f"HanLP RNN NER: {n_trn} training and {n_dev} held-out sequences")
    model = RNNNamedEntityRecognizer()
    # crf=False: HanLP 2.1.5's CRF decoding returns one tag per sentence under torch 2.13
    # (found while testing); the softmax tagger decodes correctly.
    model.fit(str(data_dir / "train.tsv"), str(data_dir / "dev.tsv"), str(out_dir), epochs=epochs, embed=embed,
              rnn_hidden=hidden, batch_size=32, tagging_scheme="BIO", crf=False, verbose=False)
    log(f"saved HanLP model to {out_dir}")
    return out_dir
