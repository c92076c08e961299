"""A real install: the wheel alone (configs, gazetteers, taxonomy, models copied in as package data) runs `ecoie run`.

The wheel is built from a copy of the working tree without build leftovers
(``build/``, ``*.egg-info`` would otherwise supply files a clean clone's
wheel lacks, so a missing package-data declaration would go unnoticed), installed with ``--no-deps`` into a
fresh venv that borrows this venv's dependencies (a ``.pth`` line: the machine
has no internet but PyPI, and reinstalling spaCy would take minutes), and run
from a directory outside the source tree, so nothing can be found through the
checkout.  The line in the ``.pth`` file only extends ``sys.path``: the
``.pth`` files of the borrowed folder (among them the editable install of this
checkout) are not processed, so ``import pipeline`` can only find the wheel.
About 30 s, so it runs with the rest of ``make test``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from .conftest import ROOT, SEEDS

SEED = SEEDS / "001_a91cbd6fc8df54cb.txt"  # read from the checkout: seeds are not package data


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "build", "*.egg-info", "out", "__pycache__", ".pytest_cache", ".hypothesis"))
    wheels = tmp_path / "wheels"
    done = _run(sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--no-build-isolation", "-q",
                "-w", wheels, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [wheel] = wheels.glob("ecoie-*.whl")

    venv = tmp_path / "fresh"
    assert _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    done = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel,
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    fresh_site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                           cwd=tmp_path).stdout.strip())
    (fresh_site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("ECOIE_CONFIG_DIR", "ECOIE_MODELS_DIR", "PYTHONPATH")}
    where = _run(python, "-c", "import pipeline.paths as p; print(p.PACKAGE_DIR); print(p.CONFIG_DIR)",
                 cwd=elsewhere, env=env).stdout.split()
    assert where and all(Path(w).is_relative_to(venv) for w in where), where

    out = elsewhere / "records.jsonl"
    done = _run(venv / "bin" / "ecoie", "run", SEED, "--out", out, "--workers", "1", "--no-summary",
                cwd=elsewhere, env=env)
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["status"] == "ok"
    assert record["entities"] and record["quantities"]
    assert any(q.get("indicator") for q in record["quantities"])  # the shipped indicator model was found
