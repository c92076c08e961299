"""How a pass puts a new place or feature among the entities chosen so far, and what those entities are.

Every pass works on the same list of candidates, ``(start, end, label, source, confidence)`` on
character offsets of the normalised text.  The places and features several families find (in lists,
after rivers, in chains of towns) are put in by the two functions here, so that one rule decides what
a new place or feature may replace.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set

from .knowledge import TOWN_END

#: one entity being chosen: start, end, label, source (grammar, model, gazetteer, rule, list), confidence
Candidate = tuple[int, int, str, str, float | None]

#: a Chinese numeral opening a span: a count, or the first character of a place's name (八步, 九台区)
CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")
#: a Han character: a word may run on across it
HAN = re.compile(r"[\u4e00-\u9fff]")


def opens_word(text: str, i: int, starts: Set[int]) -> bool:
    """Whether a word may open at character ``i``: the segmenter opens a token there (``starts``, the token
    starts), the text opens there, or no Han character stands before it.  A pass that reads a name out of a run
    of Han characters (a transcribed name, a county's short name) starts it only where a word can open, so it
    never takes the tail of a longer word for a name."""
    return i == 0 or i in starts or not HAN.match(text[i - 1])


def taken_mask(text: str, chosen: list[Candidate]) -> bytearray:
    """One byte a character of ``text``, set where a chosen span lies: what a pass may no longer claim."""
    taken = bytearray(len(text))
    for c in chosen:
        taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    return taken


def put_places(text: str, out: list[Candidate], new: list[tuple], credits: Set[tuple[int, int]] = frozenset(),
               source: str = "rule") -> list[Candidate]:
    """``out`` with a GPE over each new ``(start, end, known)`` that nothing else owns.

    ``new`` items may carry a fifth and sixth value, the extent ``(low, high)`` of a run of names
    that may replace one model span over all of them.

    A place replaces a PERSON, a LOC (only a known place does) or a Chinese numeral the name
    starts with (八步 read as a quantity); it never cuts into a longer place, a date, an ORG
    or a title, and a place already there stays.
    """
    if not new:
        return out
    out = sorted(out)
    starts = [c[0] for c in out]
    for s, e, known, *extent in sorted(new, key=lambda n: n[0] - n[1]):  # longer first: a chain over its town
        lo, hi = extent if extent else (s, e)  # a run of names may replace one model span over all of them
        first = max(bisect.bisect_right(starts, s) - 1, 0)
        near = [j for j in range(first, bisect.bisect_left(starts, e)) if out[j][0] < e and s < out[j][1]]
        ok = True
        for j in near:
            cs, ce, lab = out[j][:3]
            if lab == "GPE" and cs <= s and e <= ce:
                ok = False  # already (inside) a place
            elif (cs, ce) in credits or lab in ("ORG", "DATE", "TITLE") or (lab == "GPE" and (cs < s or ce > e)):
                ok = False
            elif lab in ("LOC", "PERSON") and (cs < lo or ce > hi):
                ok = False  # never cut into a longer feature or name (黄河海东段, 额吉淖尔盐湖)
            elif lab == "LOC" and not known:
                ok = False
            elif lab == "QUANTITY" and not (cs >= s and ce <= e and CN_NUMERAL.match(text[cs:ce])
                                            and (cs == s or text[ce:e] not in TOWN_END + ("村", "社", "组"))):
                # a numeral inside the place's name (八步区, 某某区|三家馆乡) is the name's; a count
                # before a bare level word (西关|三个街道) names no place
                ok = False
        if ok:
            for j in reversed(near):
                del out[j], starts[j]
            k = bisect.bisect_left(starts, s)
            out.insert(k, (s, e, "GPE", source, 1.0))
            starts.insert(k, s)
    return out


def put_natural(out: list[Candidate], spans: list[tuple[int, int]], blocked: bytearray) -> list[Candidate]:
    """``out`` with a LOC over each span that only a PERSON, a LOC or nothing claimed."""
    for s, e in spans:
        near = [c for c in out if c[0] < e and s < c[1]]
        if blocked.find(1, s, e) != -1 or any(c[2] not in ("PERSON", "LOC") or c[1] > e or c[0] < s for c in near):
            continue
        out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
    return sorted(out)


#: a bar set between a page's fields or a column and its headline (来源:某某网丨作者, 省级督察丨省第一督察组):
#: never a character of a name (丨 is a CJK character, so the model may read it inside one)
FIELD_BARS = "丨｜"


def within_field_bars(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Cut a name at the bars it runs over (:data:`FIELD_BARS`): the piece that ends where the name ends
    (省级督察丨|省第一生态环境保护督察组), else the piece before a trailing bar (中国网|丨); a piece shorter
    than two characters is no name.  The grammar's dates and quantities keep their spans."""
    out = []
    for c in chosen:
        s, e = c[0], c[1]
        if c[3] == "grammar" or not any(bar in text[s:e] for bar in FIELD_BARS):
            out.append(c)
            continue
        cut = max(text.rfind(bar, s, e) for bar in FIELD_BARS)
        if cut == e - 1:  # a trailing bar: the name before it, up to any earlier bar
            e = cut
            cut = max(text.rfind(bar, s, e) for bar in FIELD_BARS)
        s = cut + 1 if cut >= s else s
        if e - s >= 2:
            out.append((s, e, *c[2:]))
    return out

