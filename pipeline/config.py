"""Reading ``configs/*.cfg`` (spaCy/confection format) with CLI overrides.

Overrides are dotted paths (``segment.user_dict=my.txt``); values are read
as JSON when they parse (``true``, ``3``, ``["a"]``) and as strings
otherwise, matching spaCy's own ``--x.y`` overrides.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from confection import Config
from spacy.util import load_config

from .paths import CONFIG_DIR, MODELS_DIR, resolve_data_path

DEFAULT_CONFIG = CONFIG_DIR / "default.cfg"


class ConfigError(ValueError):
    """A configuration file or override that cannot be used."""


def parse_overrides(items: Iterable[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise ConfigError(f"override {item!r} is not of the form section.key=value")
        key, raw = item.split("=", 1)
        key = key.strip().lstrip("-")
        if "." not in key:
            raise ConfigError(f"override {key!r} needs a section, e.g. segment.user_dict")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        out[key] = value
    return out


def _resolve_models_path(config: Config) -> None:
    """``paths.models`` relative to the working directory if it exists there, else to the project."""
    models = config.get("paths", {}).get("models")
    if not models:
        config.setdefault("paths", {})["models"] = str(MODELS_DIR)
        return
    config["paths"]["models"] = str(resolve_data_path(models))


def _check_override_keys(path: Path, overrides: dict[str, Any]) -> None:
    """Name the override whose section does not exist (confection only says "Error parsing config overrides")."""
    try:
        base = load_config(path, interpolate=False)
    except Exception:  # noqa: BLE001 - the main load reports a broken file
        return
    for key in overrides:
        node: Any = base
        parts = key.split(".")
        for depth, part in enumerate(parts[:-1]):
            if not isinstance(node, dict) or part not in node:
                section = ".".join(parts[: depth + 1])
                known = ", ".join(sorted(k for k, v in (node.items() if isinstance(node, dict) else []) if isinstance(v, dict)))
                raise ConfigError(f"--set {key}: {path.name} has no section '{section}'"
                                  + (f" (sections here: {known})" if known else ""))
            node = node[part]


def load(path: str | Path | None = None, overrides: dict[str, Any] | None = None,
         disable: Iterable[str] = ()) -> Config:
    path = Path(path) if path else DEFAULT_CONFIG
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    if overrides:
        _check_override_keys(path, overrides)
    try:
        config = load_config(path, overrides=overrides or {}, interpolate=False)
    except Exception as exc:  # confection raises several types with multi-line messages
        first = str(exc).strip().splitlines()
        raise ConfigError(f"{path}: {first[0] if first else type(exc).__name__}") from None
    _resolve_models_path(config)
    disable = list(disable)
    if disable:
        pipeline = config["nlp"].get("pipeline", [])
        unknown = [d for d in disable if d not in pipeline]
        if unknown:
            raise ConfigError(f"cannot disable {', '.join(unknown)}: pipeline has {', '.join(pipeline)}")
        config["nlp"]["disabled"] = sorted(set(config["nlp"].get("disabled", [])) | set(disable))
    return config
