"""spaCy components of the ecoie pipeline; importing this registers them."""

from . import segmenter, sentences  # noqa: F401  (registration side effects)
