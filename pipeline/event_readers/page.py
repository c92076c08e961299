"""The document events are read from (:class:`EventPage`) and where its lead and paragraphs end.

Events are announced in an article's lead (its headline and first paragraphs), so most rules ask
where the lead ends, which sentences start before it, and which paragraphs follow a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span

from ..components.context import DocContext
from ..components.officials import document_orgs
from ..components.spans import EntIndex, text_of
from ..contract import boilerplate_of

#: what a body paragraph has and a headline or subtitle line has not
CLAUSE_MARK = re.compile(r"[，,。；;！？]")
#: how many headline and subtitle lines a report in the headline reads through to reach the body
TITLE_LINES = 4


@dataclass
class EventPage:
    """One document while its events are read: its entities indexed once, its context, and the
    document-wide lists every reported event consults.  Each list is a scan of the whole document,
    so it is taken once per document (once per event made long documents quadratic)."""

    doc: Doc
    #: what ``ecoie_context`` read about the article (None when that component is switched off)
    ctx: DocContext | None
    #: ``doc.ents`` taken once (``doc.ents`` and ``Span.ents`` are O(length) per access)
    index: EntIndex
    #: the article's normalised organisation names (:meth:`document_orgs`)
    orgs: list[str] | None = None
    #: persons directly followed by a speaking verb (``speakers.persons_before_speaker_verbs``)
    verb_speakers: list | None = None
    #: a transcript's speaker labels and the moderator one names (``speakers.speaker_labels``)
    labels: tuple[list[str], str | None] | None = None
    #: mentions of officials the entity layer did not label (``speakers.persons``)
    unlabelled: list | None = None

    @classmethod
    def of(cls, doc: Doc) -> EventPage:
        ctx = doc._.context if doc.has_extension("context") else None
        return cls(doc=doc, ctx=ctx, index=EntIndex(doc))

    def document_orgs(self) -> list[str]:
        """The article's normalised organisation names (:func:`document_orgs`), taken once per document."""
        if self.orgs is None:
            self.orgs = document_orgs(self.index, self.ctx)
        return self.orgs


def official_names(doc: Doc) -> set[str]:
    """The persons the officials linker found (none when that component is switched off)."""
    return {o.person for o in (doc._.officials or [])} if doc.has_extension("officials") else set()


def sentences_before(doc: Doc, end: int) -> Iterator[Span]:
    """The document's sentences that start before ``end`` (the lead, where events are announced)."""
    for sent in doc.sents:
        if sent.start_char >= end:
            return
        yield sent


def lead_end(doc: Doc, paragraphs: int = 3, shortest: int = 1) -> int:
    """End of the first few non-boilerplate paragraphs of at least ``shortest`` characters."""

    boilerplate = boilerplate_of(doc)
    seen, pos = 0, 0
    for block in re.finditer(r"[^\n]+", text_of(doc)):
        if any(bs <= block.start() < be for bs, be in boilerplate) or len(block.group().strip()) < shortest:
            continue
        seen += 1
        pos = block.end()
        if seen >= paragraphs:
            break
    return pos


def body_lead_end(doc: Doc, paragraphs: int = 3) -> int:
    """End of the first few body paragraphs, skipping short lines (breadcrumbs, headlines,
    datelines, captions) that :func:`lead_end` counts as paragraphs."""
    return lead_end(doc, paragraphs, shortest=30)


def paragraphs_from(text: str, offset: int, count: int, skip_titles: bool = False) -> tuple[int, int]:
    """``offset``'s paragraph and the ones after it, ``count`` in all; with ``skip_titles`` a line
    without a clause mark (a headline, a subtitle ``市长甲主持会议``, a dateline) is read through
    without counting, so that a report written in a headline reaches the body's first paragraphs."""
    start = text.rfind("\n", 0, offset) + 1
    end, seen, lines = offset, 0, 0
    while seen < count:
        nxt = text.find("\n", end + 1)
        while nxt != -1 and nxt + 1 < len(text) and text[nxt + 1] == "\n":
            nxt += 1
        paragraph = text[end:len(text) if nxt == -1 else nxt]
        end = len(text) if nxt == -1 else nxt
        lines += 1
        # a title line counts only while the lines read are few (a page of chrome is not a headline)
        if not skip_titles or CLAUSE_MARK.search(paragraph) or lines > count + TITLE_LINES:
            seen += 1
        if nxt == -1:
            break
    return start, end
