#!/usr/bin/env bash
# Predictions of the pipeline as it was at COMMIT, for comparing figures across time:
#   benchmarks/predict_at_commit.sh COMMIT INPUT OUT.jsonl
#   .venv/bin/ecoie evaluate annotations/real/gold.jsonl --split dev --pred OUT.jsonl
# The commit is checked out in a temporary worktree and run with this checkout's venv
# (same dependencies); the segmenter cache is shared.  Records are matched to gold by
# text sha256, so any input form works (a folder of texts, JSONL).
set -euo pipefail
commit=${1:?commit}; input=${2:?input}; out=${3:?output}
root=$(cd "$(dirname "$0")/.." && pwd)
input=$(cd "$(dirname "$input")" && pwd)/$(basename "$input")
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
tree=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
git -C "$root" worktree add --detach "$tree" "$commit" >/dev/null
cd "$tree"
PYTHONPATH="$tree" "$root/.venv/bin/python" -c "from pipeline.cli import app; app()" \
    run "$input" --out "$out" --workers 1 --no-summary
