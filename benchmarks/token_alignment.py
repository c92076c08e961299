"""How often gold entity boundaries fall inside a token, and what the pipeline does about it.

Counts gold spans (seeds and training set, all labels, on the normalised
text) whose start or end is not a token boundary:

* with pkuseg's words as they come;
* after the tokenizer's script-change refinement (``refine_words``);
* in the final ``Doc`` after the grammar and the merger split tokens at
  their span edges.

    .venv/bin/python benchmarks/token_alignment.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.components.segmenter import refine_words  # noqa: E402
from pipeline.extractor import Extractor  # noqa: E402
from pipeline.training.ner import read_gold  # noqa: E402


def boundaries(words, text: str) -> set[int]:
    """Token edges: pkuseg drops whitespace, so each word is located in the text."""
    out, pos = {0, len(text)}, 0
    for w in words:
        pos = text.index(w, pos)
        out.update((pos, pos + len(w)))
        pos += len(w)
    return out


def main() -> None:
    ex = Extractor.from_config()
    seg = ex.nlp.tokenizer.pkuseg_seg
    gold = read_gold(ROOT / "annotations/gold/seeds.jsonl") + read_gold(ROOT / "annotations/train/train.jsonl")
    total = Counter()
    bad = {"pkuseg": Counter(), "refined": Counter(), "pipeline": Counter()}
    for g in gold:
        nt = ex.normalizer.run(g.text)
        to_s, to_e = nt.from_original()
        raw = [w for w in seg.cut(nt.text) if w]
        b_raw, b_ref = boundaries(raw, nt.text), boundaries(refine_words(raw), nt.text)
        doc = ex.nlp(nt.text)
        b_doc = {t.idx for t in doc} | {t.idx + len(t.text) for t in doc}
        for sp in g.spans:
            s, e = to_s.get(sp.start), to_e.get(sp.end)
            if s is None or e is None:
                continue
            total[sp.label] += 1
            for name, b in (("pkuseg", b_raw), ("refined", b_ref), ("pipeline", b_doc)):
                if s not in b or e not in b:
                    bad[name][sp.label] += 1
    n = sum(total.values())
    print("| tokens | gold spans with an edge inside a token | share |")
    print("|---|---|---|")
    for name in ("pkuseg", "refined", "pipeline"):
        k = sum(bad[name].values())
        print(f"| {name} | {k} of {n} | {k / n:.2%} |")
    print()
    print("per label (pkuseg -> refined -> pipeline): " + ", ".join(
        f"{lab} {bad['pkuseg'][lab]}->{bad['refined'][lab]}->{bad['pipeline'][lab]}/{total[lab]}" for lab in sorted(total)))


if __name__ == "__main__":
    main()
