"""Segmentation throughput on the seeds: characters per second.

Measures, in one process and on the same texts: normalisation alone, the
segmenter alone (pkuseg via spaCy's tokenizer), and the configured pipeline
(`Extractor.process`).  Prints a table and one JSON line for the README.

    .venv/bin/python benchmarks/segmentation_throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5, help="passes over the seeds")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from pipeline.extractor import Extractor
    from pipeline.io.readers import read_inputs

    extractor = Extractor.from_config()
    cold = time.perf_counter() - t0
    docs = list(read_inputs([str(ROOT / "seeds")]))
    chars = sum(len(d.text) for d in docs) * args.repeat

    t = time.perf_counter()
    normalised = [extractor.normalizer.run(d.text) for _ in range(args.repeat) for d in docs]
    t_norm = time.perf_counter() - t

    t = time.perf_counter()
    for nt in normalised:
        extractor.nlp.make_doc(nt.text)
    t_seg = time.perf_counter() - t

    t = time.perf_counter()
    for _ in range(args.repeat):
        list(extractor.process(docs))
    t_full = time.perf_counter() - t

    result = {
        "characters": chars,
        "cold_start_s": round(cold, 2),
        "normalise_chars_per_s": round(chars / t_norm),
        "segment_chars_per_s": round(chars / t_seg),
        "pipeline_chars_per_s": round(chars / t_full),
        "pipeline_vs_segment_ratio": round(t_seg / t_full, 3),
    }
    for k, v in result.items():
        print(f"{k:28s} {v}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
