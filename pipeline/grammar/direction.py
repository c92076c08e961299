"""Which way a change went: ``up``, ``down`` or ``flat``, read from the governing cue.

ANNOTATION.md s.3: the direction of a ``change`` quantity is read from the
verb that governs it (下降/减少/降低 → down; 上升/增加/提高 → up; 持平 →
flat).  改善 ("better") depends on the indicator: down for the indicators
where lower is better (concentrations, the composite index, heavy-pollution
days…), up for the rest; a rank moves up towards first place (进步3个名次,
同比改善4名).  A cue before a list governs every item (分别下降a、b、c).

The cue is the last one before the quantity inside its clause; a cue that
states the level reached (降至, 提高到, 增加为) is not a change.  The cue
tables live in ``configs/direction.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import CONFIG_DIR

DEFAULT_CUES = CONFIG_DIR / "direction.json"
DIRECTIONS = ("up", "down", "flat")

#: a clause ends here; a list separator (、和及与) does not end one
_CLAUSE_END = re.compile(r"[。；;！？!?\n，,：:]")
_RANK_SURFACE = re.compile(r"(?:位|名|名次)$")
_SIGN = re.compile(r"^\s*([+＋]|[-－−—]|负)")


@dataclass(frozen=True)
class DirectionCues:
    pattern: re.Pattern          # every cue, longest first, in one alternation
    kind: dict[str, str]         # cue -> up | down | flat | better | worse
    rank_kind: dict[str, str]    # cue -> up | down, for rank changes
    level_after: str             # characters that turn a cue into a level (降至, 提高到)
    lower_is_better: frozenset[str]
    window: int
    #: measures outside the taxonomy (a water-quality index) that are lower-is-better, read from the text
    lower_measures: re.Pattern | None = None


@lru_cache(maxsize=4)
def load_cues(path: str | Path = DEFAULT_CUES) -> DirectionCues:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    kind: dict[str, str] = {}
    for name in ("flat", "better", "worse", "down", "up"):  # earlier kinds win for a cue listed twice
        for cue in data.get(name, []):
            kind.setdefault(cue, name)
    rank_kind = {cue: "up" for cue in data.get("rank_up", [])}
    rank_kind.update({cue: "down" for cue in data.get("rank_down", [])})
    cues = sorted(set(kind) | set(rank_kind), key=len, reverse=True)
    return DirectionCues(
        pattern=re.compile("|".join(re.escape(c) for c in cues)),
        kind=kind, rank_kind=rank_kind,
        level_after="".join(data.get("level_after", [])),
        lower_is_better=frozenset(data.get("lower_is_better", [])),
        window=int(data.get("window", 40)),
        lower_measures=re.compile("|".join(re.escape(w) for w in data["lower_is_better_measures"]))
        if data.get("lower_is_better_measures") else None,
    )


@dataclass(frozen=True)
class Direction:
    direction: str
    cue: str | None      # the cue that decided, or None when it was the sign or the default
    cue_start: int | None = None


def clause_before(text: str, start: int, window: int) -> tuple[int, str]:
    """The stretch of ``text`` before ``start`` back to the clause's beginning (at most ``window`` chars)."""
    lo = max(0, start - window)
    piece = text[lo:start]
    ends = list(_CLAUSE_END.finditer(piece))
    if ends:
        lo += ends[-1].end()
        piece = text[lo:start]
    return lo, piece


def _segment_start(text: str, start: int, lo: int) -> int:
    """Where the sentence or semicolon-separated part holding ``start`` begins (not before ``lo``)."""
    lo = max(0, lo)
    marks = [m.end() for m in re.finditer(r"[。；;！？!?\n]", text[lo:start])]
    return lo + (marks[-1] if marks else 0)


def read_direction(text: str, start: int, end: int, indicator: str | None,
                   cues: DirectionCues | None = None, _from_size: bool = False) -> Direction:
    """The direction of the change quantity ``text[start:end]`` measuring ``indicator``: its sign, else the last
    cue of its clause, else the verb of a change's size named earlier in its sentence (下降幅度…是：甲(21.7%)),
    else up."""
    cues = cues or load_cues()
    surface = text[start:end]
    sign = _SIGN.match(surface)
    if sign:
        return Direction("up" if sign.group(1) in "+＋" else "down", None)
    if _ZERO.match(surface):
        return Direction("flat", None)  # 同比变化0.0%: no change, whatever the verb

    lo, piece = clause_before(text, start, cues.window)
    rank = bool(_RANK_SURFACE.search(surface))
    for m in reversed(list(cues.pattern.finditer(piece))):
        cue = m.group()
        after = piece[m.end():m.end() + 2].lstrip("了")
        if after[:1] and after[:1] in cues.level_after and not cue.endswith("幅"):
            continue  # 降至35微克: the level reached, not a change (降幅为5%: a change's size)
        if rank and cue in cues.rank_kind:
            return Direction(cues.rank_kind[cue], cue, lo + m.start())
        kind = cues.kind.get(cue)
        if kind is None:
            continue
        if kind in ("better", "worse"):
            better = kind == "better"
            if rank:
                return Direction("up" if better else "down", cue, lo + m.start())
            lower = indicator in cues.lower_is_better or (
                indicator == "other" and cues.lower_measures is not None
                and bool(cues.lower_measures.search(text, _segment_start(text, start, lo - cues.window), start)))
            return Direction("down" if better == lower else "up", cue, lo + m.start())
        return Direction(kind, cue, lo + m.start())
    # no cue in the clause: the size of a change named earlier in the sentence (下降幅度前三的县(区、市)是：甲县(21.7%))
    segment = _segment_start(text, start, start - MAGNITUDE_REACH)
    sizes = list(_MAGNITUDE_CUE.finditer(text, segment, lo))
    if sizes and not _from_size:
        return read_direction(text, sizes[-1].end(), sizes[-1].end(), indicator, cues, _from_size=True)
    # no cue at all: changes are more often reported as increases of counts
    return Direction("up", None)


#: how far back in its sentence a change's size may be named
MAGNITUDE_REACH = 60
#: a change's size named with its verb (下降幅度, 改善幅度): the verb says which way the figures after it go
_MAGNITUDE_CUE = re.compile(r"(?:改善|下降|降低|上升|增长|提高|恶化)(?=幅度)")


#: a change of nothing: 0, 0.0%, 0个百分点
_ZERO = re.compile(r"^[+-]?0(?:\.0+)?(?![\d.])")
#: comparatives that take an object before the number: 高于国家要求21个百分点, 比目标低4.2微克
_COMPARATIVE = re.compile(r"(?:高于|低于|优于|好于|差于|劣于|多于|少于|超过|超出)[^，,。；;：:\d的]{0,8}$|比[^，,。；;：:\d的]{1,10}(?:高|低|多|少|增加|减少|下降|上升|提高|降低)了?$")
#: counts of things (7个断面, 12家企业) after a comparative are values: 优于Ⅲ类的断面7个
_COUNTED = re.compile(r"[个家项件处座条辆台户]$")
#: what may stand between a change verb and its number: 了, 分别, an approximation word
_BETWEEN = re.compile(r"^(?:了|分别|共|约|近|超过|达|达到|幅度|幅度在|幅度为|幅度达|率为|率达)*$")


_AMPLITUDE_BETWEEN = re.compile(r"^(?:为|是|达|达到|约|近|了)*$")
#: a comparative whose object is a quality class and whose number is the class's share: 达到或优于Ⅲ类比例达到100%
#: reports the share reached (a value), not a difference from the class
_CLASS_SHARE = re.compile(r"(?:[ⅠⅡⅢⅣⅤIV]+|[一二三四五])[类類][^，,。；;：:\d的]{0,8}?(?:比例|占比|比重|比率)[^，,。；;：:\d]{0,4}$")
#: ...and days whose air was graded at or better than a class (好于二级天数达到301天, 达到或优于二级天数比例100%):
#: the comparative names the kind of day counted (good days), the number is their count or share, a value
_GRADE_DAYS = re.compile(r"(?:[ⅠⅡ]|I{1,2}|[一二])[级級](?:标准|標準)?(?:的)?(?:天数|天數|天)(?:比例|比率|占比|佔比)?"
                         r"[^，,。；;：:\d]{0,4}$")
#: a multiple of a limit or of a baseline is a change upward: 分别超标0.28倍, 是去年全年总数的2.30倍
#: a polluter's effluent over its limit is a measured level of the discharge (GUIDELINES: 废水总排口化学需氧量超标2.3倍
#: is ``other`` value), unlike a river, lake or the air over a quality standard
_EFFLUENT = re.compile(r"废水|廢水|排口|排放口|出水|污水|外排|偷排|排放|尾气|尾氣")
_MULTIPLE_BEFORE = re.compile(r"(?:超标|超標)(?:了|分别|分別)?$|(?:是|为|為|达到|達到|相当于|相當於)[^，,。；;：:\d]{1,14}的$")


def governed_change(text: str, start: int, end: int, cues: DirectionCues | None = None) -> bool:
    """Is the quantity at ``start`` the object of a change verb (同比下降8.8%, 比目标低4.2, 进步3个名次)?

    Strong evidence that its role is ``change`` whatever a statistical model
    guessed; a verb that states the level reached (降至, 提高到) is not one.
    """
    cues = cues or load_cues()
    lo, piece = clause_before(text, start, cues.window)
    if _COMPARATIVE.search(piece) and not _COUNTED.search(text[start:end]) and not _CLASS_SHARE.search(piece) \
            and not _GRADE_DAYS.search(piece):
        return True
    if text[start:end].rstrip().endswith("倍") and _MULTIPLE_BEFORE.search(piece) \
            and not _EFFLUENT.search(text, _segment_start(text, start, start - 120), start):
        return True
    last = None
    for m in cues.pattern.finditer(piece):
        last = m
    if last is None or len(last.group()) < 2:
        return False  # single-character cues (增, 多, 高, 少) are too ambiguous to decide a role
    between = piece[last.end():]
    kind = cues.kind.get(last.group()) or cues.rank_kind.get(last.group())
    if last.group().endswith("幅"):  # a size-of-change noun takes a copula: 降幅为14.3%, 增幅达2.1%
        return kind in ("up", "down") and bool(_AMPLITUDE_BETWEEN.match(between))
    if between[:1] and between[:1] in cues.level_after:
        return False
    return kind in ("up", "down", "better", "worse") and bool(_BETWEEN.match(between))


def signed_delta(value: float | int | None, direction: str) -> float | int | None:
    """The change as a signed number in the quantity's own unit (下降8.8% → -8.8)."""
    if value is None:
        return None
    if direction == "flat":
        return 0
    magnitude = abs(value)
    return -magnitude if direction == "down" else magnitude
