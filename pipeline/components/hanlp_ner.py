"""``ecoie_hanlp_ner``: a HanLP NER model as the statistical backend (optional).

Selected with ``--set ner.backend=hanlp --set ner.model=DIR``.  ``DIR`` is a
HanLP model directory: one the user downloaded elsewhere (HanLP's MSRA or
OntoNotes NER models) or one trained locally by
``ecoie train ner --backend hanlp`` (HanLP's RNN tagger on the same data
as the spaCy model).  HanLP and torch come with the ``ecoie[hanlp]`` extra;
nothing is downloaded at run time — ``hanlp.load`` is only ever given a
local directory.

The model tags each sentence character by character; its labels are mapped
onto ours (``NR``/``PERSON`` -> PERSON, ``NT``/``ORGANIZATION`` -> ORG,
``NS``/``LOCATION`` -> GPE, …) and written to ``doc.ents``, where the entity
merger treats them like the spaCy model's (without confidences).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_LABEL_MAP = {
    "NR": "PERSON", "PER": "PERSON", "PERSON": "PERSON", "NAME": "PERSON",
    "NT": "ORG", "ORG": "ORG", "ORGANIZATION": "ORG",
    "NS": "GPE", "GPE": "GPE", "LOCATION": "GPE", "LOC": "LOC",
    "TITLE": "TITLE", "POSITION": "TITLE",
}


class HanLPUnavailable(RuntimeError):
    """The HanLP backend was asked for but cannot be used."""


def load_hanlp_model(model_dir: str | Path):
    path = Path(model_dir)
    if not (path / "config.json").is_file():
        raise HanLPUnavailable(f"no HanLP model in {path} (expected config.json): train one with "
                               "`ecoie train ner --backend hanlp` or point ner.model at a HanLP model directory")
    try:
        import hanlp
    except ImportError:
        raise HanLPUnavailable("the HanLP backend needs the optional extra: pip install 'ecoie[hanlp]'") from None
    return hanlp.load(str(path))


@Language.factory("ecoie_hanlp_ner", assigns=["doc.ents"], default_config={"model_dir": "", "label_map": DEFAULT_LABEL_MAP, "batch_size": 32})
def create_hanlp_ner(nlp: Language, name: str, model_dir: str, label_map: dict, batch_size: int) -> "HanLPNer":
    return HanLPNer(load_hanlp_model(model_dir), label_map, batch_size)


class HanLPNer:
    def __init__(self, model, label_map: dict[str, str] | None = None, batch_size: int = 32):
        self.model = model
        self.label_map = dict(label_map or DEFAULT_LABEL_MAP)
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        sents = [s for s in (doc.sents if doc.has_annotation("SENT_START") else [doc[:]]) if s.text.strip()]
        if not sents:
            return doc
        outputs = self.model([list(s.text) for s in sents], batch_size=self.batch_size)
        spans = []
        for sent, entities in zip(sents, outputs):
            for entity in entities:
                _, tag, begin, end = entity[:4]
                label = self.label_map.get(str(tag).upper())
                if label is None:
                    continue
                span = doc.char_span(sent.start_char + begin, sent.start_char + end, label=label,
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        flat = []
        for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
            if not flat or span.start >= flat[-1].end:
                flat.append(span)
        doc.ents = flat
        return doc
