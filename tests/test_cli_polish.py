"""CLI rough edges: bad overrides are one line and exit 2, -h works, train refuses to overwrite shipped models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ECOIE = Path(sys.executable).with_name("ecoie")
SEED = ROOT / "seeds" / "001_a91cbd6fc8df54cb.txt"


def _ecoie(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(ECOIE), *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("override, message", [
    ("ner.beam_width=abc", "ner.beam_width='abc': expected a whole number >= 1"),
    ("foo.bar=1", "--set foo.bar: default.cfg has no section 'foo'"),
])
def test_bad_override_is_one_line_naming_the_setting(override, message, tmp_path):
    done = _ecoie("run", str(SEED), "--out", str(tmp_path / "r.jsonl"), "--workers", "1", "--set", override)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {message}"), done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args", [["-h"], ["run", "-h"], ["annotations", "-h"]])
def test_short_help(args):
    done = _ecoie(*args)
    assert done.returncode == 0 and "Usage: ecoie" in done.stdout


def test_train_refuses_to_overwrite_the_shipped_model(tmp_path):
    before = sorted(p.name for p in (ROOT / "models" / "ner").iterdir())
    done = _ecoie("train", "ner", cwd=tmp_path)
    assert done.returncode == 2
    assert "holds the shipped model" in done.stderr and "--out DIR" in done.stderr and "--force" in done.stderr
    assert sorted(p.name for p in (ROOT / "models" / "ner").iterdir()) == before


def test_train_ner_says_where_the_corpora_come_from(tmp_path):
    done = _ecoie("train", "ner", "--out", str(tmp_path / "ner"), "--corpora-dir", str(tmp_path / "none"))
    assert done.returncode == 1
    assert f"public NER corpora: {tmp_path / 'none'}" in done.stdout.replace("\n", "")
    assert "ECOIE_CORPORA" in done.stdout.replace("\n", "")



def test_train_indicators_reports_progress_on_stderr(tmp_path, monkeypatch):
    """Training was silent for minutes: each fold and the final fit now print a line on stderr (not a terminal here).

    The trainer is replaced by one that reports like the real one (whose calls
    ``test_made_up_indicator_is_learnt_from_configuration`` checks): a real
    5-fold run takes over a minute even on a dozen documents.
    """
    from typer.testing import CliRunner

    import pipeline.training.indicators as trainer
    from pipeline.cli import app

    def fake_train(out_dir, gold, taxonomy, log, progress):
        for k in range(1, 4):
            progress("documents", k, 3)
        for k in range(1, 6):
            progress("folds", k, 5)
        progress("fit", 0, 1)
        progress("fit", 1, 1)
        log(f"saved to {out_dir}")
        return trainer.IndicatorReport(examples=3, documents=3, folds=5)

    monkeypatch.setattr(trainer, "train_indicators", fake_train)
    result = CliRunner().invoke(app, ["train", "indicators", "--out", str(tmp_path / "model")])
    assert result.exit_code == 0, result.output
    stages = [line.split(" (")[0] for line in result.stderr.strip().splitlines()]
    assert stages == ["reading training documents: 3/3", *(f"cross-validation folds: {k}/5" for k in range(1, 6)),
                      "fitting the final model …", "fitting the final model: 1/1"]
    assert "saved to" in result.stdout and "folds" not in result.stdout  # the report itself stays on stdout
