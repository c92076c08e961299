"""Where the project's files live, and where set-up caches large artefacts.

Large derived artefacts (the pkuseg segmenter model, ~170 MB) never go into
git; they are cached under ``ECOIE_HOME`` (default ``~/.cache/ecoie``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
CONFIG_DIR = Path(os.environ.get("ECOIE_CONFIG_DIR", PROJECT_DIR / "configs"))
MODELS_DIR = Path(os.environ.get("ECOIE_MODELS_DIR", PROJECT_DIR / "models"))


def cache_home() -> Path:
    """Directory for artefacts built at set-up (outside git)."""
    env = os.environ.get("ECOIE_HOME")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ecoie"


def pkuseg_model_dir() -> Path:
    return cache_home() / "pkuseg" / "mixed"
