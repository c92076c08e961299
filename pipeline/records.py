"""Build output records from a processed ``Doc``: every offset on the original text.

Components leave their results on the ``Doc`` (entities, span groups and
extensions); this module only reads them, maps offsets back through the
:class:`~pipeline.normalize.NormalizedText` and drops anything inside a
boilerplate region.
"""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

from .event_types import ALL_FIELDS, FIELDS, kind_of
from .io.readers import Document
from .contract import output_fields
from .normalize import NormalizedText
from .schema import EntityOut, Event, IgnoredOut, OfficialOut, QuantityOut, Record


def text_sha256(text: str) -> str:
    """The sha256 of the text's UTF-8 bytes; a lone surrogate a caller's string may hold (text decoded with
    ``surrogateescape``) is hashed as written, so the document's error record still names it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def error_record(doc: Document, reason: str, model_version: str | None = None) -> Record:
    return Record(
        doc_id=doc.id, source=doc.source, status="error", error=reason,
        text_sha256=text_sha256(doc.text) if doc.text else None,
        meta=dict(doc.meta), model_version=model_version, warnings=list(doc.warnings),
    )


def build_record(document: Document, nt: NormalizedText, doc: Doc, model_version: str | None = None,
                 with_text: bool = False) -> Record:
    """The output record of one processed Doc.

    Entity, quantity and record-level fields come from the contract's
    output-field table (:data:`pipeline.contract.OUTPUT_FIELDS`), so a custom
    component that registers a field with
    :func:`~pipeline.contract.register_output_field` gets it into the output.
    """
    entity_fields, quantity_fields = output_fields("entity"), output_fields("quantity")
    entities, quantities = [], []
    for ent in doc.ents:
        if nt.in_boilerplate(ent.start_char, ent.end_char):
            continue
        start, end = nt.to_original(ent.start_char, ent.end_char)
        surface = nt.original[start:end]
        entities.append(EntityOut(start=start, end=end, label=ent.label_, text=surface,
                                  **{f.name: f.read(ent) for f in entity_fields}))
        if ent.label_ == "QUANTITY":
            quantities.append(QuantityOut(start=start, end=end, text=surface,
                                          **{f.name: f.read(ent) for f in quantity_fields}))
    meta: dict[str, Any] = {k: v for k, v in document.meta.items()}
    context = doc._.context if doc.has_extension("context") else None
    if context is not None:
        for key, value in context.as_meta().items():
            meta.setdefault(key, value)
    record = Record(
        doc_id=document.id, source=document.source, text_sha256=text_sha256(document.text),
        status="ok", meta=meta, entities=entities, quantities=quantities, model_version=model_version,
        warnings=list(document.warnings),
        **{f.name: f.read(doc) for f in output_fields("record")},
    )
    for off in (doc._.officials or []) if doc.has_extension("officials") else []:
        start, end = nt.to_original(off.start, off.end)
        record.officials.append(OfficialOut(person=off.person, titles=list(off.titles), org=off.org, start=start, end=end))
    for ev in (doc._.events or []) if doc.has_extension("events") else []:
        data = {k: v for k, v in vars(ev).items() if k != "evidence"}
        data["evidence"] = [nt.to_original(s, e) for s, e in ev.evidence]
        kept = FIELDS[kind_of(ev.type)]  # a record keeps the fields of its event's kind (event_types.py)
        for key in ALL_FIELDS:
            if key not in kept:
                data.pop(key, None)
        record.events.append(Event.model_validate(data))
    for start, end, rule in nt.ignored:
        o_start, o_end = nt.to_original(start, end)
        record.ignored.append(IgnoredOut(start=o_start, end=o_end, rule=rule))
    if with_text or meta.get("format") == "html":
        # for HTML the offsets point into the extracted text, so it travels with the record
        record.text = nt.original
    if with_text:
        record.normalized_text = nt.text
    return record
