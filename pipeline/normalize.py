"""Text normalisation with an exact map back to the original offsets.

Every later stage works on the normalised text (simplified characters, no
pinyin glosses, half-width digits, ``PM2.5`` spelled plainly, page-break
splits rejoined) but every output offset must point into the ORIGINAL input.
:class:`NormalizedText` therefore carries, for each normalised character,
the ``[start, end)`` range of original characters it came from.

Each step is a list of edits ``(start, end, replacement)`` on the current
text; a replacement character inherits the original range of the characters
it replaces, and deleted characters simply vanish from the map.  Composition
of steps is composition of maps, so any step can be switched off.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: vowels carrying a tone mark: only pinyin writes them, so they tell a word's gloss from a bracketed abbreviation
_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zü" + _TONED_VOWELS
#: bracketed pinyin as scraped pages insert after a character (發(fā)) or after a whole word (宿迁市(sùqiānshì),
#: 通报(tōngbào)), a space before the bracket closes allowed (會(huì )); a gloss longer than one syllable must carry
#: a tone mark, so a bracketed lower-case word of another kind (a unit, a code) is no gloss
PINYIN_GLOSS_RE = re.compile(
    rf"(?<=[{HAN}])[(（]([{_PINYIN_LETTERS}]{{1,6}}|(?=[{_PINYIN_LETTERS}]*[{_TONED_VOWELS}])[{_PINYIN_LETTERS}]{{7,30}})"
    rf"[ \t]?[)）]")
PM_SUBSCRIPT_RE = re.compile(r"(PM|pm|Ｐ[ＭM]|P[Ｍ])_?\{\s*(2\.5|10|２\.５|１０)\s*\}")
SENTENCE_END = "。！？!?；;：:…”’」』）)】》.,，、"


@dataclass
class NormalizedText:
    """Normalised text plus, per character, its original ``[start, end)``."""

    original: str
    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # normalised offsets
    #: the same regions, each with the rule that decided it (normalised offsets)
    ignored: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def identity(cls, original: str) -> "NormalizedText":
        n = len(original)
        return cls(original, original, array("q", range(n)), array("q", range(1, n + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_span_text(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def from_original(self) -> tuple[dict[int, int], dict[int, int]]:
        """Maps from original start and end offsets to normalised ones (where a character survives)."""
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for i, (s, e) in enumerate(zip(self.starts, self.ends)):
            starts.setdefault(s, i)
            ends[e] = i + 1
        return starts, ends

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when a boilerplate region holds ``[start, end)``.

        Asked once per entity: a scan of every region made long documents
        quadratic, so regions are sorted once with a running maximum of their ends.
        """
        key = (id(self.boilerplate), len(self.boilerplate))
        cache = self.__dict__.get("_boilerplate_index")
        if cache is None or cache[0] != key:
            ordered = sorted(self.boilerplate)
            ends, top = [], -1
            for _, be in ordered:
                top = max(top, be)
                ends.append(top)
            cache = (key, [bs for bs, _ in ordered], ends)
            self.__dict__["_boilerplate_index"] = cache
        _, starts, ends = cache
        i = bisect_right(starts, start) - 1
        return i >= 0 and ends[i] >= end

    def apply(self, edits: Iterable[tuple[int, int, str]]) -> "NormalizedText":
        """Apply non-overlapping edits (sorted by start) on the current text."""
        parts: list[str] = []
        new_starts = array("q")
        new_ends = array("q")
        pos = 0
        text, starts, ends = self.text, self.starts, self.ends
        changed = False
        for s, e, repl in edits:
            if s < pos:
                raise ValueError("overlapping edits")
            parts.append(text[pos:s])
            new_starts.extend(starts[pos:s])
            new_ends.extend(ends[pos:s])
            if repl:
                o_start = starts[s] if s < e else (starts[s] if s < len(starts) else len(self.original))
                o_end = ends[e - 1] if s < e else o_start
                parts.append(repl)
                new_starts.extend([o_start] * len(repl))
                new_ends.extend([o_end] * len(repl))
            pos = e
            changed = True
        if not changed:
            return self
        parts.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        return NormalizedText(self.original, "".join(parts), new_starts, new_ends, list(self.boilerplate))

    def replace_same_length(self, new_text: str) -> "NormalizedText":
        """A character-for-character rewrite (width folding, t2s) keeps the map."""
        if len(new_text) != len(self.text):
            raise ValueError("replace_same_length needs equal lengths")
        return NormalizedText(self.original, new_text, self.starts, self.ends, list(self.boilerplate))


# --- individual steps -------------------------------------------------------

def strip_pinyin_glosses(nt: NormalizedText) -> NormalizedText:
    """Remove bracketed pinyin after Han characters: ``發(fā)布`` -> ``發布``."""
    return nt.apply((m.start(), m.end(), "") for m in PINYIN_GLOSS_RE.finditer(nt.text))


#: other middle dots pages write inside a transliterated name (加勒肯・某某, 买买提‧某某): the name dot ·
NAME_DOTS = "\u30fb\uff65\u2027\u2219"


def _fold_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    if ch in NAME_DOTS:
        return "\u00b7"
    return ch


def fold_width(nt: NormalizedText) -> NormalizedText:
    """Full-width ASCII letters, digits and symbols to half-width (``１９９０`` -> ``1990``), and the
    other middle dots of transliterated names to the name dot (``・`` -> ``·``).

    Chinese punctuation (，。：；！？ in the CJK block) is left alone; only the
    full-width ASCII block U+FF01–FF5E and the ideographic space are folded,
    which keeps the text one character per character.
    """
    if not any(0xFF01 <= ord(c) <= 0xFF5E or c == "\u3000" or c in NAME_DOTS for c in nt.text):
        return nt
    folded = "".join(_fold_char(c) for c in nt.text)
    # Keep Chinese comma/colon/etc. as they were: only letters, digits and
    # ASCII-like symbols benefit downstream; CJK fullwidth punctuation such as
    # （ ） ： ， ！ are in the same block and would change sentence rules.
    keep = {"！", "？", "（", "）", "：", "；", "，"}
    folded = "".join(o if o in keep else f for o, f in zip(nt.text, folded))
    return nt.replace_same_length(folded)


@lru_cache(maxsize=1)
def _opencc_t2s():
    import opencc

    return opencc.OpenCC("t2s")


#: variant characters OpenCC's t2s leaves as they are (陜西 on Taiwan and Japanese-font pages, 衞): one
#: character each for its simplified form, so the offset map stays exact
T2S_VARIANTS = str.maketrans({"陜": "陕", "衞": "卫"})


def simplified_fragment(fragment: str) -> str:
    """A short fragment in simplified characters, or as it is when conversion would change its length.

    For rules that look cue words up in a fragment of a page that was not normalised (their offsets must stay
    the page's own); whole texts go through :func:`to_simplified`, which keeps an offset map.
    """
    converted = _opencc_t2s().convert(fragment).translate(T2S_VARIANTS)
    return converted if len(converted) == len(fragment) else fragment


def to_simplified(nt: NormalizedText) -> NormalizedText:
    """Traditional to simplified characters with OpenCC, keeping the offset map.

    OpenCC converts phrases, which can in principle change a line's length;
    such lines fall back to character-by-character conversion so the map
    stays exact.
    """
    cc = _opencc_t2s()
    converted = cc.convert(nt.text).translate(T2S_VARIANTS)
    if len(converted) == len(nt.text):
        return nt.replace_same_length(converted)
    out = []
    for line in nt.text.splitlines(keepends=True):
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in line)
        out.append(conv)
    return nt.replace_same_length("".join(out).translate(T2S_VARIANTS))


def plain_pm_subscripts(nt: NormalizedText) -> NormalizedText:
    """``PM_{2.5}`` -> ``PM2.5`` (LaTeX-ish subscripts from scraped pages)."""
    edits = []
    for m in PM_SUBSCRIPT_RE.finditer(nt.text):
        # keep the letters and the number; delete '_', '{', '}' and inner spaces
        for i in range(m.start(), m.end()):
            if nt.text[i] in "_{} ":
                edits.append((i, i + 1, ""))
    return nt.apply(edits)


_BREAK_RE = re.compile(r"\n[ \t\u3000]*\n[\s\u3000]*")
_LIST_START_RE = re.compile(r"[一二三四五六七八九十]+[是、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+|[◆●■★▲◎※]")


_DATE_START_RE = re.compile(r"\d{4}\s*[-年/.]|\d{1,2}月\d{1,2}日")
_LEAD_START_RE = re.compile(r"[^\s，。,]{1,10}讯|\d{1,2}日[，,]")
_CLAUSE_MARK_RE = re.compile(r"[，,、；;：:]")
_FIELD_RUN_RE = re.compile(r"[|｜]|\S\s{2,}\S")
#: a page's credit fields (发布时间:…来源: 某某网): the line is metadata, the outlet's name ends with it
_PAGE_FIELD_RE = re.compile(r"(?:来源|稿源|发布时间|发布日期|责任编辑|编辑|作者)\s*[:：]")


def rejoin_page_breaks(nt: NormalizedText, min_line: int = 30,
                       protected: Sequence[tuple[int, int]] = ()) -> NormalizedText:
    """Delete blank-line breaks that cut a sentence in two (print-page splits).

    A break is a split when the line before it is paragraph-long, ends in a
    character that cannot end a sentence, and the text after it starts like a
    continuation (a Han character or digit, not a list marker or heading).
    Breaks touching a ``protected`` region (boilerplate) are never joined.
    """
    text = nt.text
    edits = []
    first_content = len(text) - len(text.lstrip())
    for m in _BREAK_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev_line = text[line_start : m.start()].rstrip()
        if len(prev_line) < min_line or not prev_line or line_start <= first_content:
            continue  # short lines and the first line (the headline) are not cut sentences
        last = prev_line[-1]
        if last in SENTENCE_END or not (re.match(rf"[{HAN}A-Za-z0-9]", last)):
            continue
        if not _CLAUSE_MARK_RE.search(prev_line) or _FIELD_RUN_RE.search(prev_line) or _PAGE_FIELD_RE.search(prev_line):
            continue  # a cut sentence has clauses; a page's metadata line (a | bar, spaced fields) is none
        nxt = text[m.end() : m.end() + 12]
        if not nxt or not re.match(rf"[{HAN}0-9]", nxt[0]) or _LIST_START_RE.match(nxt) or _DATE_START_RE.match(nxt):
            continue
        if _LEAD_START_RE.match(nxt) or _PAGE_FIELD_RE.match(nxt):
            continue  # a dateline (X报讯, 本报讯), a lead (25日，…) or the page's fields (来源:…) open a line of their own
        next_line = text[m.end() : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if len(next_line) < 8:
            continue  # a short line after a break is a heading or a name, not a continuation
        if any(ps <= m.end() and line_start <= pe for ps, pe in protected):
            continue
        edits.append((m.start(), m.end(), ""))
    return nt.apply(edits)


#: a space a page (a PDF or a content farm's template) put inside a number's expression: between a
#: number and its unit or calendar word (12 月 30 日, 2018 年, 30 位, 15 %), or between a rank's or a
#: bound's word and its number (第 30 位, 前 20 位, 超过 15%), or after a year or month (12 月 30 日)
_SPACED_UNIT_RE = re.compile(r"(?<=\d) (?=[年月日号]|(?:[时位名个项件家次天%‰万亿元吨倍户人辆台套座条所]|微克|毫克|公里|平方|立方|千米|公顷)(?![ \t]*\d{2}))")
_SPACED_BOUND_RE = re.compile(r"(?:(?<=[第前后约近])|(?<=超过|低于|高于|不足|达到|\d年|\d月)) (?=\d)")


def join_spaced_numbers(nt: NormalizedText) -> NormalizedText:
    """Delete single spaces a page put inside numbers' expressions (``12 月 30 日`` -> ``12月30日``).

    Only one space between a digit and a unit or calendar word, or after a rank's or bound's word, is
    deleted: wider runs and tabs separate a table's cells (``城区  32  良``) and stay; a unit word
    followed by another number (``32 天 35``) is a table row too and stays.
    """
    nt = nt.apply((m.start(), m.end(), "") for m in _SPACED_UNIT_RE.finditer(nt.text))
    return nt.apply((m.start(), m.end(), "") for m in _SPACED_BOUND_RE.finditer(nt.text))  # 12月| 30日 once 12 |月 is joined


# --- the whole normaliser --------------------------------------------------------

STEPS = {
    "pinyin_glosses": strip_pinyin_glosses,
    "pm_subscripts": plain_pm_subscripts,
    "full_width": fold_width,
    "traditional_to_simplified": to_simplified,
    "spaced_numbers": join_spaced_numbers,
    "page_breaks": rejoin_page_breaks,
}


def normalize(text: str, steps: Sequence[str] | None = None, boilerplate: bool = True,
              boilerplate_rules=None) -> NormalizedText:
    """Run the named steps in the canonical order; mark boilerplate last.

    Page-break rejoining runs after the other steps and never joins a line
    that is (partly) boilerplate: a counter line glued to the first paragraph
    would otherwise drag the paragraph into the boilerplate region.
    """
    from .boilerplate import find_boilerplate, find_regions, spans_of

    wanted = list(STEPS) if steps is None else [s for s in STEPS if s in set(steps)]
    nt = NormalizedText.identity(text)
    for name in wanted:
        if name == "page_breaks":
            protected = find_boilerplate(nt.text, boilerplate_rules) if boilerplate else ()
            nt = rejoin_page_breaks(nt, protected=protected)
        else:
            nt = STEPS[name](nt)
    if boilerplate:
        regions = find_regions(nt.text, boilerplate_rules)
        nt.ignored = [(r.start, r.end, r.rule) for r in regions]
        nt.boilerplate = spans_of(regions)
    return nt
