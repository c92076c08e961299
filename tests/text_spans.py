"""Character spans of surfaces in a test sentence, so tests name what they mean instead of offsets."""


def spans_in_order(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each surface, each found after the previous one: a sentence that repeats a
    number (两处12件) gives each mention its own span, in reading order."""
    spans, pos = [], 0
    for surface in surfaces:
        i = text.index(surface, pos)
        spans.append((i, i + len(surface)))
        pos = i + len(surface)
    return spans
