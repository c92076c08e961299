"""``ecoie_quantities``: the date and quantity grammar as a spaCy component.

Puts DATE and QUANTITY spans from :mod:`pipeline.grammar.quantities` into
``doc.spans[spans_key]`` (default ``"grammar"``); the entity merger decides
what reaches ``doc.ents``.  Token boundaries are split where a grammar span
needs it, so spans keep their exact characters.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..grammar.quantities import find_all
from .spans import char_span_split, text_of


@Language.factory("ecoie_quantities", assigns=["doc.spans"], default_config={"spans_key": "grammar", "labels": ["DATE", "QUANTITY"]})
def create_quantity_grammar(nlp: Language, name: str, spans_key: str, labels: list[str]) -> "QuantityGrammar":
    return QuantityGrammar(spans_key, labels)


class QuantityGrammar:
    def __init__(self, spans_key: str = "grammar", labels: list[str] | None = None):
        self.spans_key = spans_key
        self.labels = set(labels or ["DATE", "QUANTITY"])

    def __call__(self, doc: Doc) -> Doc:
        matches = [m for m in find_all(text_of(doc)) if m.label in self.labels]
        spans = []
        for m in matches:
            span = char_span_split(doc, m.start, m.end, m.label)
            if span is not None:
                spans.append((m.start, m.end, m.label, m.kind))
        # re-create spans after all splits (splitting invalidates earlier Span objects)
        doc.spans[self.spans_key] = [doc.char_span(s, e, label=lab) for s, e, lab, _ in spans]
        return doc
