"""``ecoie_ner``: spaCy's transition-based NER that also reports confidences.

It is spaCy's ``EntityRecognizer`` unchanged, except that when it decodes
with a beam (``beam_width > 1``) it keeps each entity's probability — the
share of the beam's probability mass whose parse contains that entity — in
``doc.user_data["ecoie.ner_scores"]`` (:func:`pipeline.contract.set_ner_scores`).  The entity merger turns those into
``confidence`` values and applies the configured threshold.  Trained greedily
(beam width 1) for speed, decoded with a small beam for scores.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline._parser_internals.stateclass import StateClass
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from thinc.api import Model

from ..contract import SCORES_KEY, set_ner_scores  # noqa: F401  (SCORES_KEY re-exported)


class ScoredEntityRecognizer(EntityRecognizer):
    def set_annotations(self, docs, states_or_beams):
        super().set_annotations(docs, states_or_beams)
        if states_or_beams and not isinstance(states_or_beams[0], StateClass):  # beams, not greedy states
            for doc, scores in zip(docs, self.scored_ents(states_or_beams)):
                set_ner_scores(doc, {
                    (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), label): float(p)
                    for (s, e, label), p in scores.items() if e > s
                })


@Language.factory(
    "ecoie_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,
        "beam_width": 1,
        "beam_density": 0.0001,
        "beam_update_prob": 0.0,
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_scored_ner(nlp: Language, name: str, model: Model, moves, update_with_oracle_cut_size: int,
                    beam_width: int, beam_density: float, beam_update_prob: float,
                    incorrect_spans_key: Optional[str], scorer: Optional[Callable]) -> ScoredEntityRecognizer:
    return ScoredEntityRecognizer(
        nlp.vocab, model, name=name, moves=moves, update_with_oracle_cut_size=update_with_oracle_cut_size,
        beam_width=beam_width, beam_density=beam_density, beam_update_prob=beam_update_prob,
        incorrect_spans_key=incorrect_spans_key, scorer=scorer,
    )
