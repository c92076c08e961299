"""Rule-based sentence boundaries for Chinese news text.

The rules follow HanLP's ``split_sentence`` idea (split after sentence-final
punctuation, let closing quotes and brackets stay with their sentence), with
two additions for this genre: every line break ends a sentence (titles,
datelines, speaker labels stand on their own lines), and a full stop between
digits (``PM2.5``, ``4.87万``) never splits.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .spans import text_of

#: sentence-final punctuation (Chinese and ASCII)
TERMINALS = "。！？!?；;…"
#: characters that stay attached to the sentence they close
CLOSERS = "”’」』）)】》\"'"

_BOUNDARY_RE = re.compile(
    rf"(?:[{re.escape(TERMINALS)}]+|(?<!\d)\.(?=\s|$)|\.(?!\d)(?=[\u4e00-\u9fff]))[{re.escape(CLOSERS)}]*|\n+"
)


def sentence_starts(text: str) -> set[int]:
    """Character offsets at which a new sentence begins."""
    starts = {0}
    for m in _BOUNDARY_RE.finditer(text):
        end = m.end()
        # skip whitespace after the boundary: the next sentence starts at content
        while end < len(text) and text[end] in " \t\r\n\u3000":
            end += 1
        if end < len(text):
            starts.add(end)
    return starts


@Language.factory("ecoie_sentences", assigns=["token.is_sent_start"])
def create_sentence_splitter(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` from :func:`sentence_starts`.

    A boundary that falls inside a token (the segmenter glued punctuation to
    a word) moves to the next token start.
    """

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = sorted(sentence_starts(text_of(doc)))
        token_starts = [t.idx for t in doc]
        import bisect

        flags = numpy.full((len(doc), 1), -1, dtype="int32")
        flags[0, 0] = 1
        for s in starts:
            i = bisect.bisect_left(token_starts, s)
            if i < len(doc):
                flags[i, 0] = 1
        # one array write: setting Token.is_sent_start token by token is quadratic in spaCy
        doc.from_array([SENT_START], flags.astype("uint64"))  # spaCy reads -1 back from its uint64 wrap
        return doc
