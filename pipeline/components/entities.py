"""``ecoie_entities``: merge grammar, statistical NER and gazetteer into ``doc.ents``.

Precedence (documented in README):

1. the grammar's DATE and QUANTITY spans win — except a Chinese-numeral
   quantity that sits inside a known place name (``九台区``, ``两间房乡``);
2. statistical entities (PERSON, ORG, TITLE, GPE, LOC) whose confidence
   reaches ``threshold`` come next, where they do not overlap (1);
3. the gazetteer fills the gaps: division names and user terms always,
   titles only next to a person (a title without a named person is not an
   entity under the guidelines).

The result is flat and non-overlapping.  Each entity carries
``Span._.source`` and ``Span._.confidence`` (1.0 for rules; the beam
probability for the model; ``None`` if the model ran greedily).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .ner import SCORES_KEY

if not Span.has_extension("source"):
    Span.set_extension("source", default=None)
if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)

CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")


@Language.factory(
    "ecoie_entities",
    default_config={
        "threshold": 0.3,
        "grammar_key": "grammar",
        "gazetteer_key": "gazetteer",
        "model_labels": ["ORG", "PERSON", "TITLE", "GPE", "LOC"],
        "title_window": 3,
    },
)
def create_entity_merger(nlp: Language, name: str, threshold: float, grammar_key: str, gazetteer_key: str,
                         model_labels: list[str], title_window: int) -> "EntityMerger":
    return EntityMerger(threshold, grammar_key, gazetteer_key, model_labels, title_window)


class EntityMerger:
    def __init__(self, threshold: float = 0.3, grammar_key: str = "grammar", gazetteer_key: str = "gazetteer",
                 model_labels: list[str] | None = None, title_window: int = 3):
        self.threshold = threshold
        self.grammar_key = grammar_key
        self.gazetteer_key = gazetteer_key
        self.model_labels = set(model_labels or ["ORG", "PERSON", "TITLE", "GPE", "LOC"])
        self.title_window = title_window

    def __call__(self, doc: Doc) -> Doc:
        taken = [False] * len(doc)
        chosen: list[tuple[Span, str, float | None]] = []

        def free(span: Span) -> bool:
            return not any(taken[span.start : span.end])

        def take(span: Span, source: str, conf: float | None) -> None:
            for i in range(span.start, span.end):
                taken[i] = True
            chosen.append((span, source, conf))

        gazetteer = list(doc.spans[self.gazetteer_key]) if self.gazetteer_key in doc.spans else []
        places = [g for g in gazetteer if g.label_ == "GPE"]
        grammar = list(doc.spans[self.grammar_key]) if self.grammar_key in doc.spans else []
        for span in grammar:
            if span.label_ == "QUANTITY" and CN_NUMERAL.match(span.text) and any(
                    p.start <= span.start and span.end <= p.end and len(p) > len(span) or
                    (p.start_char < span.end_char and span.start_char < p.start_char) for p in places):
                continue  # a numeral inside a place name
            if free(span):
                take(span, "grammar", 1.0)

        scores = doc.user_data.get(SCORES_KEY, {})
        for ent in doc.ents:
            if ent.label_ not in self.model_labels:
                continue
            conf = scores.get((ent.start_char, ent.end_char, ent.label_)) if scores else None
            if conf is not None and conf < self.threshold:
                continue
            if free(ent):
                take(Span(doc, ent.start, ent.end, label=ent.label_), "model", conf)

        persons = [s for s, _, _ in chosen if s.label_ == "PERSON"]
        for span in gazetteer:
            if not free(span):
                continue
            if span.label_ == "TITLE" and not self._near_person(span, persons, chosen):
                continue
            take(span, "gazetteer", 1.0)

        chosen.sort(key=lambda c: c[0].start)
        doc.ents = [s for s, _, _ in chosen]
        for span, source, conf in chosen:
            ent = Span(doc, span.start, span.end, label=span.label_)
            ent._.source = source
            ent._.confidence = conf
        return doc

    def _near_person(self, title: Span, persons: list[Span], chosen) -> bool:
        """A title is an entity only when it describes a named person nearby."""
        titles = [s for s, _, _ in chosen if s.label_ == "TITLE"]
        for p in persons:
            gap_after = p.start - title.end  # title before the name: 局长吕克军, 党组书记、局长吕克军
            gap_before = title.start - p.end  # name before the title: 吕克军局长
            if 0 <= gap_after <= self.title_window or 0 <= gap_before <= 1:
                return True
        # chains like 党组书记、局长X: the next title leads to the person
        return any(0 <= t.start - title.end <= 1 for t in titles)
