"""Figures of work not yet done: expected or to come (``预计…获得资金1000万元``, ``预计到年末利用总量达到1076万吨``,
``投产后将形成1200万平方米供暖能力``, ``需新增完成284个村``).

ANNOTATION s.3 makes a goal's, plan's or expectation's figure a target.  The classifier learns targets from goal
words (力争, 目标, 确保) and reads these clauses, written with the words of a report, as values.  The mark of the
future stands before the figure in its own clause: 预计, 需新增完成/需再完成, and 将 right before a verb (not 将 as
把: ``将300多个项目拒之门外``).  The real-article gold keeps as values what these words do not cover, and so does
this rule: a fine proposed (``拟处罚款10万元``), projects applied for counted (``申报21个项目``), a rate that can be
reached (``安全利用率可达100%``), an expected reduction estimated (``预计可削减…约8620吨``).  A sentence that
reports the planned work done (``计划实施项目53个，已全部完成``) keeps its value.
"""

from __future__ import annotations

import re

from .reach import clause_start, sentence_end

Decision = tuple[str | None, str | None]

#: the verbs a future 将 governs (not 将 as 把: 将300多个项目拒之门外)
GOVERNED_VERB = (r"(?:获得|获|獲得|獲|形成|达到|達到|达|達|完成|实现|實現|新增|建成|投入|提供|减少|減少|削减|削減|降至|降低|"
                 r"拆除|淘汰|处理|處理|带动|帶動|节约|節約|增加|提升|提高|覆盖|覆蓋|容纳|容納|解决|解決)")
FUTURE_MARK = re.compile(r"(?:预计|預計)(?![可])|(?:需|須|需要)(?:新增|再)完成"
                         r"|(?<![即])[将將]" + GOVERNED_VERB)
#: the planned work reported done later in the sentence
DONE_AFTER = re.compile(r"(?:均已|已全部|已经全部|已經全部|已)(?:全部|全面|提前)?(?:完成|办结|辦結|销号|銷號|建成)"
                        r"(?![^，,。；;]{0,4}[\d一二两三四五六七八九十])")  # not 已完成治理216个, a part done


def future_clause_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, ``target``) for a figure whose clause marks its work as expected or to come."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not FUTURE_MARK.search(text, clause_start(text, start, 40), start):
            continue
        if DONE_AFTER.search(text, end, sentence_end(text, end)):
            continue
        out[i] = (None, "target")
    return out
