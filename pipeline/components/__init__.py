"""spaCy components of the ecoie pipeline; importing this registers them."""

from . import (  # noqa: F401  (registration side effects)
    context, direction, entities, events, gazetteer, hanlp_ner, indicators, ner, normalizer, officials, quantities, scope, segmenter,
    sentences, tables, values,
)
