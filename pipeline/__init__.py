"""ecoie: information extraction from Chinese ecological-environment news.

The Python API (README "Python API")::

    import pipeline
    nlp = pipeline.load()               # the spaCy Language, normalisation inside
    record = pipeline.extract(text)     # what `ecoie run` writes for text

Names are imported lazily: ``import pipeline`` stays cheap (the CLI imports
it for ``--version``) and spaCy loads only when the API is used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {"load", "extract", "extractor", "render", "displacy_data", "DISPLACY_OPTIONS"}
__all__ = sorted(_API | {"__version__"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
