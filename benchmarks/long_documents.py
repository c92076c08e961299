"""Long documents: time per character through the whole pipeline, from 1 k to 1 M characters.

Issue 16 asks for time linear in a document's length: time per character flat
(within 1.5x) from 1 k to 1 M characters.  Documents are the annotated
training texts joined (and repeated) to the wanted length; each is run through
``Extractor.process_one`` — normalisation, every component, record building —
with the shipped configuration (beam 2, NER windows of ``ner.window_chars``)
and with the time budget switched off.  Small sizes are repeated until they
take about two seconds, and the best repetition counts.

    .venv/bin/python benchmarks/long_documents.py [--sizes 1000,10000,100000,1000000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.annotation.samples import long_text  # noqa: E402


def measure(sizes: list[int]) -> list[dict]:
    from pipeline.extractor import Extractor
    from pipeline.io.readers import Document

    extractor = Extractor.from_config(overrides={"limits.doc_seconds": 0})
    extractor.process_one(Document("warm-up", long_text(2000)))
    rows = []
    for size in sizes:
        text = long_text(size)
        best, spent, runs = float("inf"), 0.0, 0
        while runs < 1 or (spent < 2.0 and runs < 20):
            started = time.perf_counter()
            record = extractor.process_one(Document(f"long-{size}", text))
            took = time.perf_counter() - started
            best, spent, runs = min(best, took), spent + took, runs + 1
        rows.append({"chars": size, "seconds": round(best, 3), "runs": runs, "status": record.status,
                     "entities": len(record.entities), "us_per_char": round(best / size * 1e6, 2)})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    low = min(r["us_per_char"] for r in rows)
    for r in rows:
        r["vs_fastest"] = round(r["us_per_char"] / low, 2)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = measure([int(s) for s in args.sizes.split(",")])
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| characters | seconds | µs per character | × fastest |")
    print("|---|---|---|---|")
    for r in rows:
        print(f"| {r['chars']:,} | {r['seconds']} | {r['us_per_char']} | {r['vs_fastest']} |")
    spread = max(r["vs_fastest"] for r in rows)
    print(f"\nspread {spread}× (target: within 1.5×)")


if __name__ == "__main__":
    main()
