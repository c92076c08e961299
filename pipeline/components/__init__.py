"""spaCy components of the ecoie pipeline; importing this registers them."""

from . import entities, gazetteer, hanlp_ner, ner, quantities, segmenter, sentences  # noqa: F401  (registration)
