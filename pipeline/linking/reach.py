"""Where the sentence and the clause of a figure begin: the reach of the words that govern it.

The role rules of the newer modules (goal lists, time limits, future clauses, bare ranks) each ask how far back a
governing word may stand — in the figure's sentence, or only in its own clause — so the two bounds are computed
here, once, the same way for all of them.
"""

from __future__ import annotations

import re

#: what ends a sentence (a line break too: headings and list items stand on their own lines)
SENTENCE_END = re.compile(r"[。！？!?\n]")
#: what ends a clause inside a sentence
CLAUSE_MARK = re.compile(r"[，,；;：:]")


def sentence_start(text: str, pos: int, limit: int) -> int:
    """Start of the sentence holding ``pos``, looking back ``limit`` characters at the most."""
    lo = max(0, pos - limit)
    return max((m.end() for m in SENTENCE_END.finditer(text, lo, pos)), default=lo)


def clause_start(text: str, pos: int, limit: int) -> int:
    """Start of the clause holding ``pos`` (never before its sentence), looking back ``limit`` characters at the most."""
    begin = sentence_start(text, pos, limit)
    return max((m.end() for m in CLAUSE_MARK.finditer(text, begin, pos)), default=begin)


def sentence_end(text: str, pos: int) -> int:
    """End of the sentence holding ``pos`` (the text's end if it has none)."""
    found = SENTENCE_END.search(text, pos)
    return found.start() if found else len(text)


def clause_end(text: str, pos: int) -> int:
    """End of the clause holding ``pos``: its next clause mark, or its sentence's end when none comes first."""
    limit = sentence_end(text, pos)
    found = CLAUSE_MARK.search(text, pos, limit)
    return found.start() if found else limit
