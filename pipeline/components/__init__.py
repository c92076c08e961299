"""spaCy components of the ecoie pipeline; importing this registers them."""

from . import entities, gazetteer, ner, quantities, segmenter, sentences  # noqa: F401  (registration side effects)
