"""One rank shared by several indicators: ``综合指数、PM2.5浓度和优良天数均排名全省第一``.

GUIDELINES s.3 ("Shared value or rank for two indicators"): the rank takes the first indicator named
(``综合指数、PM2.5…均列全市第一`` → ``air.aqi_composite``).  The classifier reads the cue nearest the rank —
the last of the list — and the ranking rules read the figure just before a ranking by improvement, so a
rank written after 均/都/也 ("all of them", "as well") goes to the wrong member of the list.

The rank's own clause names the list when it can (``A、B和C均排名…``); when the clause names nothing
(``…三项指标分别改善20.3%、26.3%、14.3%，改善幅度均位列全省第一``) its sentence does.  Pages in traditional
characters are read through OpenCC so their cue words are found too.  Only lists of quality measures
(air, water, sea) are read so: a list of kinds of work is left to the classifier.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..normalize import simplified_fragment

if TYPE_CHECKING:
    from .features import Featurizer

Decision = tuple[str | None, str | None]

#: the rank is shared: 均/都/也 before the ranking verb, which comes right before the place and the rank
SHARED_RANKING = re.compile(r"[均都也](?:为|為|是|稳居|穩居|排名|排在|排|位列|位居|居|列|并列|並列)"
                            r"[^，,。；;！？\n]{0,16}$")
#: the rule reads lists of environmental-quality measures (concentrations, indices, shares of good days or
#: sections); a list of kinds of work (监督抽检量和处罚量均居全省第一) names what was counted, not the indicator
#: (vehicle checks are emission.mobile), which the classifier reads from the whole sentence
QUALITY_PREFIXES = ("air.", "water.", "sea.")
CLAUSE_MARK = re.compile(r"[，,。；;！？!?\n：:]")
SENTENCE_MARK = re.compile(r"[。；;！？!?\n]")
#: the surfaces of a rank: 第一, 第2位, 首位, 榜首
RANK_SURFACE = re.compile(r"^(?:第[\d一二三四五六七八九十]+(?:位|名)?|首位|榜首)$")


def shared_rank_links(text: str, spans: list[tuple[int, int]], current: list[str | None],
                      featurizer: Featurizer) -> dict[int, Decision]:
    """Index -> (indicator, None) for a rank written after 均/都/也: the first indicator its clause, else its
    sentence, names (see module doc).  Ranks with no indicator named before them are left alone."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not RANK_SURFACE.match(text[start:end].strip()):
            continue
        s_start = max((m.end() for m in SENTENCE_MARK.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
        c_start = max((m.end() for m in CLAUSE_MARK.finditer(text, s_start, start)), default=s_start)
        if not SHARED_RANKING.search(text, c_start, start):
            continue
        hits = featurizer.cue_hits(simplified_fragment(text[c_start:start])) or featurizer.cue_hits(simplified_fragment(text[s_start:start]))
        if hits and hits[0][2].startswith(QUALITY_PREFIXES) and hits[0][2] != current[i]:
            out[i] = (hits[0][2], None)
    return out
