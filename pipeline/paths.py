"""Where the project's files live, and where set-up caches large artefacts.

The configuration (``configs/``: pipeline config, gazetteers, the taxonomy, word
lists) and the shipped models (``models/``) stay at the top of the repository;
a wheel carries copies of them as package data under ``pipeline/_data/`` (see
``pyproject.toml``), so a non-editable install finds them without the source
tree.  ``ECOIE_CONFIG_DIR`` / ``ECOIE_MODELS_DIR`` point elsewhere.

Large derived artefacts (the pkuseg segmenter model, ~170 MB) never go into
git; they are cached under ``ECOIE_HOME`` (default ``~/.cache/ecoie``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
#: the copies a wheel carries (a checkout reads the top-level folders)
PACKAGED_DATA = PACKAGE_DIR / "_data"


def _home(variable: str, name: str) -> Path:
    if os.environ.get(variable):
        return Path(os.environ[variable])
    checkout = PROJECT_DIR / name
    return checkout if checkout.is_dir() else PACKAGED_DATA / name


CONFIG_DIR = _home("ECOIE_CONFIG_DIR", "configs")
MODELS_DIR = _home("ECOIE_MODELS_DIR", "models")


def resolve_data_path(path: str | Path) -> Path:
    """A path from a config file (``configs/userdict.txt``, ``models/ner``), found wherever ecoie runs.

    Absolute paths and paths that exist from the working directory (a user's own
    ``configs/``) are taken as given; otherwise ``configs/…`` is looked up in
    :data:`CONFIG_DIR`, ``models/…`` in :data:`MODELS_DIR` — the checkout's
    folders, or the wheel's copies — and anything else relative to the project.
    """
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    homes = {"configs": CONFIG_DIR, "models": MODELS_DIR}
    if p.parts and p.parts[0] in homes:
        return homes[p.parts[0]].joinpath(*p.parts[1:])
    return PROJECT_DIR / p


def cache_home() -> Path:
    """Directory for artefacts built at set-up (outside git)."""
    env = os.environ.get("ECOIE_HOME")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ecoie"


def pkuseg_model_dir() -> Path:
    return cache_home() / "pkuseg" / "mixed"
