"""Entity F1 on a gold file: the shipped pipeline against two offline peers.

* jieba's POS tagger (``jieba.posseg``): ``nr`` -> PERSON, ``nt`` -> ORG, ``ns`` -> GPE;
* JioNLP's extractors: ``extract_time`` -> DATE (durations -> QUANTITY),
  ``extract_money`` -> QUANTITY.

The peers get the same help the pipeline gets before its NER — the
normalised text (simplified, no pinyin glosses) with boilerplate regions
removed from their output — and their offsets are mapped back to the
original text, so the comparison is about recognition, not preprocessing.
Scores come from the project's scorer (ANNOTATION.md section 7).

    .venv/bin/python benchmarks/entity_peers.py [annotations/gold/seeds.jsonl] [--split test] [--json]

Offset-only gold (``annotations/real/gold.jsonl``) is joined with its texts
from ``texts/`` beside it, as ``ecoie evaluate`` does.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluation.run import load_gold, predict  # noqa: E402
from pipeline.evaluation.scorer import score  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402

LABELS = ("ORG", "PERSON", "TITLE", "GPE", "LOC", "DATE", "QUANTITY")
JIEBA_MAP = {"nr": "PERSON", "nt": "ORG", "ns": "GPE"}


def _record(doc_id: str, nt, spans) -> dict:
    ents = []
    for s, e, label in spans:
        if nt.in_boilerplate(s, e):
            continue
        os_, oe = nt.to_original(s, e)
        ents.append({"start": os_, "end": oe, "label": label, "text": nt.original[os_:oe]})
    return {"doc_id": doc_id, "status": "ok", "entities": ents}


def jieba_predictions(gold) -> list[dict]:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    out = []
    for g in gold:
        nt = normalize(g.text)
        spans, pos = [], 0
        for word, flag in pseg.cut(nt.text):
            if flag in JIEBA_MAP:
                spans.append((pos, pos + len(word), JIEBA_MAP[flag]))
            pos += len(word)
        out.append(_record(g.id, nt, spans))
    return out


def jionlp_predictions(gold) -> list[dict]:
    import jionlp as jio

    out = []
    for g in gold:
        nt = normalize(g.text)
        spans = []
        for t in jio.ner.extract_time(nt.text, time_base=time.time(), with_parsing=False) or []:
            s, e = t["offset"]
            spans.append((s, e, "QUANTITY" if t.get("type") == "time_delta" else "DATE"))
        for m in jio.ner.extract_money(nt.text, with_parsing=False) or []:
            s, e = m["offset"]
            spans.append((s, e, "QUANTITY"))
        out.append(_record(g.id, nt, spans))
    return out


def main() -> None:
    from pipeline.training.splits import select

    argv = sys.argv[1:]
    split = None
    if "--split" in argv:
        i = argv.index("--split")
        split = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    gold = select(load_gold(Path(args[0]) if args else ROOT / "annotations" / "gold" / "seeds.jsonl"), split)
    systems = {"ecoie": predict(gold), "jieba POS": jieba_predictions(gold), "JioNLP": jionlp_predictions(gold)}
    covered = {"ecoie": set(LABELS), "jieba POS": {"ORG", "PERSON", "GPE"}, "JioNLP": {"DATE", "QUANTITY"}}
    table = {}
    for name, preds in systems.items():
        result = score(gold, preds).as_dict()["entities"]["per_label"]
        table[name] = {lab: (result[lab]["f1"] if lab in result and lab in covered[name] else None) for lab in LABELS}
    if "--json" in sys.argv:
        print(json.dumps(table, ensure_ascii=False))
        return
    print("| label | " + " | ".join(systems) + " |")
    print("|---|" + "---|" * len(systems))
    for lab in LABELS:
        cells = [f"{table[n][lab]:.3f}" if table[n][lab] is not None else "—" for n in systems]
        print(f"| {lab} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
