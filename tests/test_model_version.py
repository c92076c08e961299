"""``model_version`` names what produced a record: the same checkout and models give the same
version wherever the command runs, and a changed setting or model file gives another."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pipeline import config as config_mod
from pipeline.extractor import model_version
from pipeline.paths import PROJECT_DIR


def _version_from(cwd: Path, **overrides: object) -> str:
    here = Path.cwd()
    os.chdir(cwd)
    try:
        return model_version(config_mod.load(overrides=dict(overrides) or None))
    finally:
        os.chdir(here)


def test_same_version_from_the_checkout_and_from_elsewhere(tmp_path: Path) -> None:
    assert _version_from(PROJECT_DIR) == _version_from(tmp_path)


def test_a_changed_setting_changes_the_version(tmp_path: Path) -> None:
    assert _version_from(tmp_path) != _version_from(tmp_path, **{"limits.doc_seconds": 17})


def test_a_changed_model_file_changes_the_version(tmp_path: Path) -> None:
    models = tmp_path / "models"
    shutil.copytree(PROJECT_DIR / "models", models)
    before = _version_from(tmp_path)
    victim = next(p for p in sorted(models.rglob("*")) if p.is_file())
    victim.write_bytes(victim.read_bytes() + b"\n")
    assert _version_from(tmp_path) != before
