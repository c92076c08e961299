"""Helpers shared by components that place character spans on a ``Doc``."""

from __future__ import annotations

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
    for token in doc:
        if token.idx <= char < token.idx + len(token.text):
            return token
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
