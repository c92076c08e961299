"""A count of problems is one of the taxonomy's problem rows, never ``other``.

GUIDELINES s.3 puts every count of environmental problems in a problem row: problems found or listed
(``排查问题35000余个``, ``发现问题311个``) are ``enforcement.issues_found``, problems set right are
``enforcement.issues_rectified`` (整改到位, 完成整改) when the count is of the problems set right, not of
the problems a later verb sets right in part, and the problems of an environmental inspection — handed
over by the inspectors, fed back, petitioned — are ``inspection.feedback_issues``, or ``inspection.rectified``
once set right.  Real pages name the problems with words the taxonomy's cues do not hold (``“三烧”问题84件``,
``对207个大气污染问题下发督办单``, ``整治生态红线管控区问题157个``), and the classifier, finding no cue,
answers ``other``.  The counted noun 问题 says the family; the clause's verbs say which row.
"""

from __future__ import annotations

import re

from .contract_rules import Decision
from .reach import clause_end, clause_start

#: a count of things, the measure word last (个, 件, 项, 处, 起, 条; 余/多 may stand before it)
COUNT = re.compile(r"^[\d一二两三四五六七八九十百千万.]+[余多]?(?:个|件|项|处|起|条)$")
#: problems named right before the count: 问题157个, 问题点位8个
PROBLEMS_BEFORE = re.compile(r"问题(?:点位)?(?:共计|累计|共|达)?$")
#: problems named right after the count, their kind between: 207个大气污染问题, 8个问题点位
PROBLEMS_AFTER = re.compile(r"[^，,。；;、\d]{0,10}?问题")
#: an environmental inspection's problems (督察, not a bureau's own 督查 checks): handed over, fed back, petitioned;
#: problems a bureau's own patrol or check hands over (巡查交办问题158个, 检查交办) are its own findings
INSPECTION = re.compile(r"督察|反馈|信访|转办|(?<!巡查|检查|排查|督查)交办")
#: problems set right, the verb before the count (整治…问题157个, 完成…8个问题点位整改)
SET_RIGHT_BEFORE = re.compile(r"整改|整治|解决|化解|销号|办结|完成")
#: problems set right, the verb framing them after the count (对25个环境违法问题进行了彻底整治); a verb after the
#: problems with its own count (29个问题完成整改26个, 144个问题已完成整改112个) counts the part set right, and the
#: problems' count is their total
SET_RIGHT_AFTER = re.compile(r"[^，,。；;\d]*进行了?[^，,。；;\d]{0,4}(?:整改|整治)")
#: problems of officials' accountability, not of the environment: 移交追责问题线索3个
ACCOUNTABILITY = re.compile(r"追责|问责|责任追究")
#: how far back the clause of a count is looked for
REACH = 60


def problem_count_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (problem row, None) for counts of problems the classifier put outside the taxonomy."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "other" or not COUNT.match(text[start:end]):
            continue
        head, tail = clause_start(text, start, REACH), clause_end(text, end)
        clause = text[head:tail]
        named = PROBLEMS_BEFORE.search(text, head, start) or PROBLEMS_AFTER.match(text, end, tail)
        if not named or ACCOUNTABILITY.search(clause):
            continue
        inspection = INSPECTION.search(clause)
        set_right = SET_RIGHT_BEFORE.search(text, head, start) or SET_RIGHT_AFTER.match(text, end, tail)
        if inspection:
            out[i] = ("inspection.rectified" if set_right else "inspection.feedback_issues", None)
        else:
            out[i] = ("enforcement.issues_rectified" if set_right else "enforcement.issues_found", None)
    return out
