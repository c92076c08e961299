"""``ecoie_ner``: spaCy's transition-based NER that also reports confidences.

It is spaCy's ``EntityRecognizer`` unchanged, except that when it decodes
with a beam (``beam_width > 1``) it keeps each entity's probability — the
share of the beam's probability mass whose parse contains that entity — in
``doc.user_data["ecoie.ner_scores"]`` (:func:`pipeline.contract.set_ner_scores`).  The entity merger turns those into
``confidence`` values and applies the configured threshold.  Trained greedily
(beam width 1) for speed, decoded with a small beam for scores.

Long documents are decoded in windows.  Beam decoding costs time quadratic in
the document's length (every beam state copies its history), so a document
longer than ``window_chars`` is cut at sentence starts into windows of at
most that many characters (a single longer sentence is cut between tokens),
each window is decoded as a ``Doc`` of its own, and the entities and scores
are put back at their exact token and character offsets.  Documents up to
``window_chars`` are decoded whole, exactly as before.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional

from spacy.attrs import ENT_IOB, ENT_TYPE, NORM, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from spacy.pipeline import EntityRecognizer
from spacy.pipeline._parser_internals.stateclass import StateClass
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from thinc.api import Model

from ..contract import SCORES_KEY, ner_scores, set_ner_scores  # noqa: F401  (SCORES_KEY re-exported)


#: what a window carries over from its document: the model's input features, sentences, preset entities
WINDOW_ATTRS = [NORM, TAG, SENT_START, ENT_IOB, ENT_TYPE]
#: documents longer than this many characters are decoded in windows of at most this size
DEFAULT_WINDOW_CHARS = 5000


class ScoredEntityRecognizer(EntityRecognizer):
    window_chars: int = DEFAULT_WINDOW_CHARS

    def __call__(self, doc: Doc) -> Doc:
        if len(doc.text) <= self.window_chars:
            return super().__call__(doc)
        return self._windowed(doc)

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """Short documents in batches as spaCy does; long ones window by window, in input order."""
        for batch in minibatch(docs, size=batch_size):
            short = [doc for doc in batch if len(doc.text) <= self.window_chars]
            done = iter(super().pipe(short, batch_size=batch_size)) if short else iter(())
            for doc in batch:
                yield next(done) if len(doc.text) <= self.window_chars else self._windowed(doc)

    def _windowed(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        scores: dict = {}
        # one array for the whole document: Span.as_doc() would convert the whole Doc for every window
        array = doc.to_array(WINDOW_ATTRS)
        for start, end in sentence_windows(doc, self.window_chars):
            offset = doc[start].idx
            tokens = doc[start:end]
            window = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
            window.from_array(WINDOW_ATTRS, array[start:end])
            window = super().__call__(window)
            ents.extend(Span(doc, start + e.start, start + e.end, label=e.label) for e in window.ents)
            for (s, e, label), p in ner_scores(window).items():
                scores[(s + offset, e + offset, label)] = p
        doc.set_ents(ents, default="outside")
        if scores:
            set_ner_scores(doc, scores)
        return doc

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


def sentence_windows(doc: Doc, max_chars: int) -> list[tuple[int, int]]:
    """Token ranges covering ``doc``, cut at sentence starts, each at most ``max_chars`` characters long.

    A sentence longer than ``max_chars`` is cut between tokens (a single
    token longer than that is a window of its own).  Linear in the length.
    """
    starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") else set()
    windows: list[tuple[int, int]] = []
    begin = last_start = 0
    for i, token in enumerate(doc):
        if i in starts:
            last_start = i
        if i > begin and token.idx + len(token.text) - doc[begin].idx > max_chars:
            cut = last_start if last_start > begin else i
            windows.append((begin, cut))
            begin = cut
    if len(doc):
        windows.append((begin, len(doc)))
    return windows
