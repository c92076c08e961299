"""Projects counted or priced outside the taxonomy's two project rows are ``other``.

The taxonomy has two rows for projects, each named by what the projects are: ``investment.projects``
(招商引资 — projects *signed* by investment promotion and their investment, GUIDELINES s.3: "signed projects
and their investment → investment.projects; a firm's own investment → other") and ``water.projects``
(水环境治理工程 — works on rivers, lakes and waste water).  Real pages count many other projects with the same
words — projects carried out, declared or entered in a funding library (实施项目174个，总投资66.67亿元,
申报21个生态环保项目，总投资15亿元), air-pollution or mining works (大气污染防治工业污染治理项目9个) — and the
classifier, seeing 项目 and 总投资, answers one of the two rows.  A project figure keeps the row only where its
sentence says what the row is: investment promotion (签约, 招商, 引资, an EOD project) for
``investment.projects``, water (水, 河, 湖, 江, a river basin, an ecological buffer along the water) in its
own clause for ``water.projects``; otherwise it is a count or a sum of projects without a taxonomy id.
"""

from __future__ import annotations

import re

from .contract_rules import Decision
from .reach import CLAUSE_MARK, clause_end, clause_start, sentence_end, sentence_start

#: what makes projects the investment-promotion row: signed, attracted, an EOD project (环境导向的开发)
INVESTMENT_PROMOTION = re.compile(r"签约|签订|招商|引资|引进|落地|EOD|导向的开发")
#: what makes projects water works: the water itself or a buffer along it (生态缓冲区, 缓冲带)
WATER_WORKS = re.compile(r"水|河|湖|江|溪|渠|流域|缓冲")
#: what names the things counted as projects or works
PROJECT_NOUN = re.compile(r"项目|工程")
#: how far back the sentence and clause of a project figure are looked for
REACH = 80


def project_kind_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (``other``, None) for project figures whose sentence does not name what their row is."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] == "investment.projects":
            sentence = text[sentence_start(text, start, REACH):sentence_end(text, end)]
            if not INVESTMENT_PROMOTION.search(sentence):
                out[i] = ("other", None)
        elif current[i] == "water.projects":
            naming = _clause_naming_the_projects(text, start, end)
            if naming is not None and not WATER_WORKS.search(naming):
                out[i] = ("other", None)
    return out


def _clause_naming_the_projects(text: str, start: int, end: int) -> str | None:
    """The figure's own clause if it names the projects, else the nearest clause before it in its sentence that
    does (全年计划实施水环境治理工程152项，目前已开工131项: the works started are the water works named before);
    None when no clause of the sentence names projects."""
    head = clause_start(text, start, REACH)
    clauses = [text[head:clause_end(text, end)]]
    begin = sentence_start(text, start, REACH)
    clauses += reversed(CLAUSE_MARK.split(text[begin:head]))
    return next((clause for clause in clauses if PROJECT_NOUN.search(clause)), None)

