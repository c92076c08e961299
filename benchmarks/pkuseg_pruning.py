"""What leaving weak features out of pkuseg's table does: load time and token boundaries.

    .venv/bin/python benchmarks/pkuseg_pruning.py [--thresholds 0 0.001 0.003 0.01]

Converts the verified pkuseg sdist (through pip's cache) once per threshold
into a temporary folder, then on every annotated text (training set and
seeds) counts token boundaries that differ from the unpruned table, and times
the load in a fresh interpreter.  ``ecoie setup`` uses
``pipeline.provision.DEFAULT_PRUNE_BELOW``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def boundaries(words: list[str]) -> set[int]:
    out, pos = set(), 0
    for w in words:
        pos += len(w)
        out.add(pos)
    return out


def load_seconds(model_dir: Path) -> float:
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); t = time.perf_counter(); "
            "from pipeline.components.segmenter import _load_pkuseg; "
            f"_load_pkuseg({str(model_dir)!r}); print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
            for _ in range(2)]
    return round(min(runs), 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.0, 0.001, 0.003, 0.01])
    args = ap.parse_args()
    from pipeline.components.segmenter import _load_pkuseg
    from pipeline.provision import convert_archive, download_sdist

    texts = [json.loads(line)["text"] for line in (ROOT / "annotations/train/train.jsonl").open(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        archive = download_sdist(Path(tmp) / "dl")
        reference = None
        for threshold in sorted(set([0.0] + args.thresholds)):
            model_dir = Path(tmp) / f"t{threshold}"
            facts = convert_archive(archive, model_dir, prune_below=threshold)
            seg = _load_pkuseg(str(model_dir))
            cuts = [boundaries(seg.cut(t)) for t in texts]
            if reference is None:
                reference = cuts
            total = sum(len(c) for c in reference)
            changed = sum(len(a ^ b) for a, b in zip(reference, cuts))
            rows.append({"prune_below": threshold, "features_kept": facts["features_kept"],
                         "share_kept": round(facts["features_kept"] / facts["features"], 3),
                         "boundaries_changed": changed, "boundaries": total, "load_s": load_seconds(model_dir)})
    for row in rows:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
