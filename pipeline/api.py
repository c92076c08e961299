"""The Python API: ``pipeline.load()``, ``pipeline.extract()``, the displaCy preset.

``load()`` gives the configured spaCy ``Language`` with normalisation inside
it (the ``ecoie.normalizing.v1`` tokenizer), so ``nlp(text)`` sees exactly
what ``ecoie run`` sees, and every span knows where it is in the input
(``span._.orig_start``, ``span._.orig_end``, ``doc._.original_text``).
``extract()`` gives the record ``ecoie run`` writes for a text.  Both are
thin layers over :class:`~pipeline.extractor.Extractor`, which the CLI uses
too, so the three cannot drift apart.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from .extractor import Extractor
from .io.readers import Document
from .schema import Record

#: displaCy ``options`` for :func:`displacy_data`: one colour per label, every label shown.
#: ``displacy.render(pipeline.displacy_data(doc), style="ent", manual=True, options=pipeline.DISPLACY_OPTIONS)``
DISPLACY_OPTIONS: dict[str, Any] = {
    "ents": ["ORG", "PERSON", "TITLE", "GPE", "LOC", "DATE", "QUANTITY"],
    "colors": {"ORG": "#7aecec", "PERSON": "#aa9cfc", "TITLE": "#c887fb", "GPE": "#feca74", "LOC": "#ff9561",
               "DATE": "#bfe1d9", "QUANTITY": "#e4e7d2"},
}

def _overrides_key(overrides: Mapping[str, Any] | None) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in (overrides or {}).items()))


@lru_cache(maxsize=4)
def _extractor(config: str | None, overrides_key: tuple, disable: tuple[str, ...]) -> Extractor:
    import ast

    overrides = {k: ast.literal_eval(v) for k, v in overrides_key}
    return Extractor.from_config(config, overrides, disable)


def extractor(config: str | Path | None = None, overrides: Mapping[str, Any] | None = None,
              disable: Iterable[str] = ()) -> Extractor:
    """The Extractor for a configuration, built once per process and reused (loading takes seconds)."""
    return _extractor(str(config) if config else None, _overrides_key(overrides), tuple(disable))


def load(config: str | Path | None = None, overrides: Mapping[str, Any] | None = None,
         disable: Iterable[str] = ()) -> Language:
    """The configured spaCy pipeline (default ``configs/default.cfg``), normalisation included.

    ``overrides`` are dotted config paths as on the CLI (``{"ner.beam_width": 1}``);
    ``disable`` names components that stay loaded but do not run.
    """
    return extractor(config, overrides, disable).nlp


def extract(text: str, meta: Mapping[str, Any] | None = None, doc_id: str = "text", *,
            config: str | Path | None = None, overrides: Mapping[str, Any] | None = None,
            with_text: bool = False) -> Record:
    """The record ``ecoie run`` writes for ``text`` (``meta`` as a JSONL input line's ``meta``).

    ``record.to_json_dict()`` is the JSON line; ``doc_id`` and ``source``
    are what a JSONL input with this id would give.
    """
    ex = extractor(config, overrides)
    document = Document(id=doc_id, text=text, source=None, meta=dict(meta or {}))
    record = ex.process_one(document)
    if with_text and record.status == "ok":
        record.text = ex.normalizer.run(text).original
        record.normalized_text = ex.normalizer.run(text).text
    return record


def displacy_data(doc: Doc) -> dict[str, Any]:
    """displaCy's manual ``ent`` data on the ORIGINAL text, each quantity tagged ``indicator · role``.

    displaCy draws a span's ``kb_id`` after its label; a QUANTITY's
    indicator and role go there (``QUANTITY air.pm25 · change``), so the
    label and its colour stay the plain ``QUANTITY``.
    """
    ents = []
    for ent in doc.ents:
        item: dict[str, Any] = {"start": ent._.orig_start, "end": ent._.orig_end, "label": ent.label_}
        if ent.label_ == "QUANTITY" and ent._.indicator:
            item["kb_id"] = f"{ent._.indicator} · {ent._.role or '?'}"
        ents.append(item)
    return {"text": doc._.original_text, "ents": ents, "title": None}


def render(doc: Doc, jupyter: bool | None = None, page: bool = False) -> str:
    """displaCy HTML of a processed Doc with the preset (indicator and role on quantities)."""
    from spacy import displacy

    return displacy.render(displacy_data(doc), style="ent", manual=True, options=DISPLACY_OPTIONS,
                           jupyter=jupyter, page=page)
