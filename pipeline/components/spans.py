"""Helpers shared by components that place character spans on a ``Doc``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span


def char_span_split(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """A token-aligned ``Span`` for ``[start, end)``, splitting tokens if a boundary falls inside one.

    The tokenizer already splits where the script changes, so splits are
    rare; they keep exact character boundaries instead of snapping to tokens.
    """
    span = doc.char_span(start, end, label=label)
    if span is not None:
        return span
    for boundary in (start, end):
        token = _token_containing(doc, boundary)
        if token is None or token.idx == boundary:
            continue
        cut = boundary - token.idx
        text = token.text
        if cut <= 0 or cut >= len(text):
            continue
        with doc.retokenize() as retok:
            retok.split(token, [text[:cut], text[cut:]], heads=[(token, 0), (token, 0)])
    return doc.char_span(start, end, label=label)


def _token_containing(doc: Doc, char: int):
    """The token whose characters include ``char`` (binary search: tokens are in text order)."""
    i = bisect_right(range(len(doc)), char, key=lambda k: doc[k].idx) - 1
    if i >= 0 and doc[i].idx <= char < doc[i].idx + len(doc[i].text):
        return doc[i]
    return None


from ..contract import TEXT_KEY


def remember_text(doc: Doc, text: str) -> None:
    """Seed :func:`text_of`'s cache when the text is known already (the tokenizer knows it)."""
    doc.user_data[TEXT_KEY] = text


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per document.

    spaCy rebuilds ``Doc.text`` from the tokens on every access (O(n)); the
    components slice it in loops, so they share one cached copy.  Splitting
    tokens never changes the text, so the cache stays valid.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class EntIndex:
    """``doc.ents`` taken once and searched by character range.

    spaCy rebuilds ``doc.ents`` from the tokens on every access, and
    ``Span.ents`` scans all of them, so a component that asks once per
    sentence or clause spends time quadratic in the document's length.
    Take the index after the entities are final (it does not follow later
    changes).
    """

    def __init__(self, doc: Doc):
        self.ents: list[Span] = list(doc.ents)
        self._starts = [e.start_char for e in self.ents]

    def starting_in(self, start: int, end: int) -> list[Span]:
        """Entities whose first character lies in ``[start, end)``."""
        return self.ents[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def within(self, span: Span) -> list[Span]:
        """What ``span.ents`` returns: entities inside the span."""
        return [e for e in self.starting_in(span.start_char, span.end_char) if e.end_char <= span.end_char]
