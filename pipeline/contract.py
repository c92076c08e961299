"""The component contract: every extension, shared key and output field in one place.

Components exchange data on the ``Doc``: span extensions (``span._.value``),
doc extensions (``doc._.context``) and a few ``doc.user_data`` keys.  They
used to declare these in nine files; a component placed in the wrong order
then read ``None`` and the output was quietly empty.  This module is now the
only place that registers them, so:

* :func:`register_extensions` registers every extension once (importing
  this module does it), with the type each carries documented in
  :data:`SPAN_EXTENSIONS` / :data:`DOC_EXTENSIONS`;
* the ``user_data`` keys have typed accessors (:func:`doc_meta`,
  :func:`normalized_of`, :func:`ner_scores`), so a typo is an
  ``AttributeError``, not a silent ``None``;
* :data:`OUTPUT_FIELDS` says which extension becomes which field of the
  output record; :func:`register_output_field` lets a custom component
  (``ecoie run --code``) add one without touching :mod:`pipeline.records`;
* :func:`check_pipeline_order` refuses a pipeline whose components read
  something only a later component writes (their factories'
  ``requires``/``assigns``), with one line naming both;
* the Doc-level dataclasses are registered with srsly's msgpack, so a
  processed ``Doc`` survives ``Doc.to_bytes`` (``nlp.pipe(n_process=2)``,
  ``DocBin``).
"""

from __future__ import annotations

import dataclasses
import importlib
from array import array
from dataclasses import dataclass
from typing import Any, Callable, Literal, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from .normalize import NormalizedText

# --- user_data keys ---------------------------------------------------------------

#: the input's metadata plus ``_boilerplate`` (normalised ranges): set by the tokenizer / Extractor
META_KEY = "ecoie.meta"
#: ``{(start_char, end_char, label): probability}`` from a beam-decoding ``ecoie_ner``
SCORES_KEY = "ecoie.ner_scores"
#: ``Doc.text`` cached once (spaCy rebuilds it from the tokens on every access)
TEXT_KEY = "ecoie.text"
#: the :class:`~pipeline.normalize.NormalizedText` whose ``text`` the Doc holds: the map to the input
NORMALIZED_KEY = "ecoie.normalized"

USER_DATA_KEYS: dict[str, str] = {
    META_KEY: "dict: input metadata and '_boilerplate' [(start, end)] on the normalised text",
    SCORES_KEY: "dict['start end label', float]: NER beam probabilities (read with ner_scores)",
    TEXT_KEY: "str: the Doc's text, cached",
    NORMALIZED_KEY: "NormalizedText: normalised text with the exact map back to the original input",
}


def doc_meta(doc: Doc) -> dict[str, Any]:
    """The input metadata the tokenizer or the Extractor attached (empty when none)."""
    return doc.user_data.get(META_KEY) or {}


def boilerplate_of(doc: Doc) -> list[tuple[int, int]]:
    """Page-boilerplate ranges (normalised offsets) that no component should read from."""
    return [tuple(r) for r in doc_meta(doc).get("_boilerplate", [])]  # type: ignore[misc]


def set_doc_meta(doc: Doc, meta: dict[str, Any], boilerplate: list[tuple[int, int]]) -> None:
    doc.user_data[META_KEY] = {**meta, "_boilerplate": [tuple(r) for r in boilerplate]}


def ner_scores(doc: Doc) -> dict[tuple[int, int, str], float]:
    """NER beam probabilities by ``(start_char, end_char, label)``."""
    raw = doc.user_data.get(SCORES_KEY) or {}
    out: dict[tuple[int, int, str], float] = {}
    for key, p in raw.items():
        start, end, label = key.split(" ", 2)
        out[(int(start), int(end), label)] = p
    return out


def set_ner_scores(doc: Doc, scores: dict[tuple[int, int, str], float]) -> None:
    """Stored with string keys: msgpack (``Doc.to_bytes``) cannot read tuple keys back."""
    doc.user_data[SCORES_KEY] = {f"{s} {e} {label}": float(p) for (s, e, label), p in scores.items()}


def normalized_of(doc: Doc) -> NormalizedText:
    """The offset map of a Doc; a Doc made without normalisation maps onto itself."""
    nt = doc.user_data.get(NORMALIZED_KEY)
    if nt is None:
        nt = NormalizedText.identity(doc.text)
        doc.user_data[NORMALIZED_KEY] = nt
    return nt


def set_normalized(doc: Doc, nt: NormalizedText) -> None:
    doc.user_data[NORMALIZED_KEY] = nt


# --- extensions -------------------------------------------------------------------

#: span extension -> (type, who sets it)
SPAN_EXTENSIONS: dict[str, tuple[str, str]] = {
    "source": ("str: grammar | model | gazetteer | rule", "ecoie_entities"),
    "confidence": ("float | None", "ecoie_entities"),
    "norm": ("str: normalised DATE", "ecoie_values"),
    "value": ("float | int", "ecoie_values"),
    "unit": ("str", "ecoie_values"),
    "approx": ("str", "ecoie_values"),
    "indicator": ("str", "ecoie_indicators"),
    "role": ("str: value | change | rank | target", "ecoie_indicators, ecoie_direction"),
    "link_confidence": ("float", "ecoie_indicators"),
    "direction": ("str: up | down | flat", "ecoie_direction"),
    "delta": ("float | int", "ecoie_direction"),
    "jurisdiction": ("str", "ecoie_scope"),
    "period": ("str", "ecoie_scope"),
    "period_start": ("str: ISO date", "ecoie_scope"),
    "period_end": ("str: ISO date", "ecoie_scope"),
}
#: doc extension -> (type, who sets it)
DOC_EXTENSIONS: dict[str, tuple[str, str]] = {
    "context": ("DocContext", "ecoie_context"),
    "officials": ("list[OfficialMention]", "ecoie_officials"),
    "events": ("list[EventRecord]", "ecoie_events"),
    "tables": ("list[TableCell]: numeric table cells and what their table says", "ecoie_tables"),
}


def _orig_start(span: Span) -> int:
    return normalized_of(span.doc).to_original(span.start_char, span.end_char)[0]


def _orig_end(span: Span) -> int:
    return normalized_of(span.doc).to_original(span.start_char, span.end_char)[1]


def _orig_text(span: Span) -> str:
    return normalized_of(span.doc).original_span_text(span.start_char, span.end_char)


def register_extensions() -> None:
    """Register every extension (idempotent; importing this module calls it)."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    # offsets and text in the ORIGINAL input (read-only, from the normalisation map)
    for name, getter in (("orig_start", _orig_start), ("orig_end", _orig_end), ("orig_text", _orig_text)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    if not Doc.has_extension("original_text"):
        Doc.set_extension("original_text", getter=lambda doc: normalized_of(doc).original)


# --- output fields ----------------------------------------------------------------

Level = Literal["entity", "quantity", "record"]


@dataclass(frozen=True)
class OutputField:
    """One field of the output record read from an extension.

    ``level`` is where it goes: every entity, every QUANTITY, or the record
    itself (a Doc extension).  ``transform`` turns the extension's value into
    JSON (rounding, ``as_meta``...).
    """

    level: Level
    name: str
    extension: str
    transform: Optional[Callable[[Any], Any]] = None

    def read(self, obj: Span | Doc) -> Any:
        value = getattr(obj._, self.extension) if obj.has_extension(self.extension) else None
        return self.transform(value) if self.transform is not None and value is not None else value


def round4(value: Any) -> float:
    """Confidences are written with four decimals: stable, diffable output."""
    return round(float(value), 4)


OUTPUT_FIELDS: list[OutputField] = [
    OutputField("entity", "norm", "norm"),
    OutputField("entity", "confidence", "confidence", round4),
    OutputField("entity", "source", "source"),
    OutputField("quantity", "value", "value"),
    OutputField("quantity", "unit", "unit"),
    OutputField("quantity", "approx", "approx"),
    OutputField("quantity", "indicator", "indicator"),
    OutputField("quantity", "role", "role"),
    OutputField("quantity", "direction", "direction"),
    OutputField("quantity", "delta", "delta"),
    OutputField("quantity", "confidence", "link_confidence", round4),
    OutputField("quantity", "jurisdiction", "jurisdiction"),
    OutputField("quantity", "period", "period"),
    OutputField("quantity", "period_start", "period_start"),
    OutputField("quantity", "period_end", "period_end"),
]


def register_output_field(level: Level, name: str, extension: str | None = None,
                          transform: Optional[Callable[[Any], Any]] = None) -> OutputField:
    """Add a field to every record (``level="record"``), entity or quantity.

    The extension (default: ``name``) is registered when missing, on ``Span``
    for entity/quantity fields and on ``Doc`` for record fields.  Calling it
    again with the same name replaces the field, so re-importing a ``--code``
    file is harmless.
    """
    ext = extension or name
    target = Doc if level == "record" else Span
    if not target.has_extension(ext):
        target.set_extension(ext, default=None)
    field = OutputField(level, name, ext, transform)
    OUTPUT_FIELDS[:] = [f for f in OUTPUT_FIELDS if (f.level, f.name) != (level, name)] + [field]
    return field


def output_fields(level: Level) -> list[OutputField]:
    return [f for f in OUTPUT_FIELDS if f.level == level]


# --- pipeline order -----------------------------------------------------------------

class PipelineOrderError(ValueError):
    """A component reads something only a later component writes."""


def check_pipeline_order(nlp: Language) -> None:
    """Refuse a pipeline whose components' ``requires`` are assigned only after them.

    spaCy's ``analyze_pipes`` only warns; a wrong order here gives records
    full of ``None``, so loading stops with one line naming both components.
    A requirement nobody assigns (a component switched off with
    ``--disable``) is allowed: the reader copes with its absence.
    """
    names = [name for name in nlp.pipe_names]
    assigned_at: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for attr in nlp.get_pipe_meta(name).assigns:
            assigned_at.setdefault(attr, []).append(i)
    for i, name in enumerate(names):
        for attr in nlp.get_pipe_meta(name).requires:
            positions = assigned_at.get(attr, [])
            if positions and min(positions) > i:
                later = names[min(positions)]
                raise PipelineOrderError(
                    f"pipeline order: component '{name}' requires {attr}, which '{later}' assigns only after it; "
                    f"put '{later}' before '{name}' in [nlp] pipeline")


# --- msgpack for Doc serialisation ----------------------------------------------------

_TAG = "__ecoie__"
#: classes a processed Doc may carry in its user_data, by a stable name
_SERIALISABLE = {
    "DocContext": "pipeline.components.context:DocContext",
    "OfficialMention": "pipeline.components.officials:OfficialMention",
    "EventRecord": "pipeline.components.events:EventRecord",
    "TableCell": "pipeline.components.tables:TableCell",
}


def _class(name: str):
    module, _, attr = _SERIALISABLE[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def _encode(obj: Any, chain: Callable | None = None) -> Any:
    if isinstance(obj, NormalizedText):
        return {_TAG: "NormalizedText", "original": obj.original, "text": obj.text,
                "starts": obj.starts.tobytes(), "ends": obj.ends.tobytes(),
                "boilerplate": [list(r) for r in obj.boilerplate], "ignored": [list(r) for r in obj.ignored]}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type) and type(obj).__name__ in _SERIALISABLE:
        return {_TAG: type(obj).__name__, "fields": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    return chain(obj) if chain is not None else obj


def _decode(obj: Any, chain: Callable | None = None) -> Any:
    if isinstance(obj, dict) and _TAG in obj:
        kind = obj[_TAG]
        if kind == "NormalizedText":
            starts, ends = array("q"), array("q")
            starts.frombytes(obj["starts"])
            ends.frombytes(obj["ends"])
            return NormalizedText(obj["original"], obj["text"], starts, ends,
                                  [tuple(r) for r in obj["boilerplate"]], [tuple(r) for r in obj["ignored"]])
        if kind in _SERIALISABLE:
            fields = dict(obj["fields"])
            for key in ("evidence", "title_spans"):
                if key in fields:
                    fields[key] = [tuple(r) for r in fields[key]]
            return _class(kind)(**fields)
    return chain(obj) if chain is not None else obj


srsly.msgpack_encoders.register("ecoie", func=_encode)
srsly.msgpack_decoders.register("ecoie", func=_decode)
register_extensions()
