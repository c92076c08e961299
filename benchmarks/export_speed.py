"""Export cost against extraction cost: the issue-15 target is under 10 %.

    .venv/bin/python benchmarks/export_speed.py [--documents 2000]

1. A corpus of ``--documents`` articles is generated as in ``batch_scale.py``
   (shuffled paragraphs of the annotated texts).
2. ``ecoie run`` (all cores, the library call) writes their records: the
   extraction time.
3. ``ecoie export`` loads the records into each store format: the export
   time, with the evidence sentences (the records carry no text, so export
   re-reads the JSONL source, as a user's export would).

Prints a table and one JSON line (the README quotes it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    from batch_scale import make_corpus

    from pipeline.analytics.export import export_records
    from pipeline.runtime.batch import RunOptions, run_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        chars = make_corpus(corpus, args.documents)
        records = tmp / "records.jsonl"
        started = time.perf_counter()
        stats = run_pipeline(RunOptions(inputs=[str(corpus)], out=str(records)))
        extract = time.perf_counter() - started
        result = {"documents": args.documents, "characters": chars, "workers": stats.workers,
                  "extract_seconds": round(extract, 1), "records_mb": round(records.stat().st_size / 1e6, 1)}
        for fmt in ("duckdb", "sqlite", "parquet", "csv"):
            started = time.perf_counter()
            export = export_records([records], tmp / f"store.{fmt}")
            seconds = time.perf_counter() - started
            result[f"export_{fmt}_seconds"] = round(seconds, 2)
            result[f"export_{fmt}_ratio"] = round(seconds / extract, 4)
        result["rows"] = export.rows
        result["with_text"] = export.with_text
    print(f"{'step':<16}{'seconds':>10}{'% of extraction':>18}")
    print(f"{'extract':<16}{result['extract_seconds']:>10}{'':>18}")
    for fmt in ("duckdb", "sqlite", "parquet", "csv"):
        print(f"{'export ' + fmt:<16}{result[f'export_{fmt}_seconds']:>10}{100 * result[f'export_{fmt}_ratio']:>17.1f}%")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
