"""Gold annotations: the inline authoring format, conversion and validation."""
