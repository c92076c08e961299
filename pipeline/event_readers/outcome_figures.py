"""Which of a place's enforcement figures count, and which one is each indicator's headline.

One firm's or one case's figures, staff, durations and typical-case counts never count (a firm left
unnamed, ``某养殖场``, is one firm too); each indicator's headline is its first value (an order of
magnitude or a rounded lead figure gives way to the exact one, a sum after its parts wins, one
operation's count yields); money without any count is one case, not an outcome.  A clause naming one
case (``个案最高处罚``) gives no metric; a task list before the petitions gives the rectified headline
(its completed count, or its total when all are done), and the petitions' total then stays out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from spacy.tokens import Span

from .page import EventPage
from .words import EventWords

#: a sum stated after its parts (…合计50件)
TOTAL_CUE = re.compile(r"合计|总计|共计|累计")


def metric_shaped(words: EventWords, q: Span, text: str) -> bool:
    """Money indicators hold money, counts hold no money and no duration, and staff sent out
    (``299名执法人员``) are not a result: what the unit and the counted noun say, whatever the label."""
    money = (q._.unit or "") == "CNY"
    if q._.indicator.endswith("amount") != money:
        return False
    # 立案查处案件0起, 无效数据0期: a count of nothing reports no result, and no jurisdiction's total is built on it
    if q._.value == 0:
        return False
    if (q._.unit or "") in words.lists.get("duration_units", ()):
        return False
    after = text[q.end_char : q.end_char + 6]
    # staff sent out, typical cases picked for publication (四起典型案例) and the sectors an action
    # covers (7个重点行业): not a total
    if any(after.startswith(w) for w in (*words.lists.get("staff_nouns", ()), *words.lists.get("selection_nouns", ()),
                                         *words.lists.get("scope_nouns", ()))):
        return False
    # 4起破坏环境典型案件: a selection mark anywhere in the counted noun phrase (up to punctuation)
    phrase = re.match(r"[^，,；;。、：:\n]{0,10}", text[q.end_char:]).group()
    if any(w in phrase for w in words.lists.get("selection_marks", ())):
        return False
    # batches are counted in their own measure word (交办16批), vehicles in theirs (处罚超标车396辆次): no result
    if q.text.rstrip().endswith(tuple(words.lists.get("not_counted_measures", ()))):
        return False
    # 阅读:1次: a page counter left in the text
    counters = "|".join(map(re.escape, words.lists.get("counter_labels", ())))
    if counters and re.search(f"(?:{counters})\\s*[:：]?\\s*$", text[max(0, q.start_char - 8) : q.start_char]):
        return False
    clause_start = max(text.rfind(c, 0, q.start_char) for c in "，,；;。\n") + 1
    # 出动1947批次4302人次: the person-times (or vehicle-times) a clause sends out count staff, not a result
    if staff_times(words, q) and any(w in text[clause_start : q.start_char] for w in words.lists.get("staff_dispatch", ())):
        return False
    # 通报10起涉嫌环境犯罪案件, 曝光了5起: the cases made public are a selection, not the period's total
    announced = "|".join(map(re.escape, words.lists.get("announced_verbs", ())))
    if announced and re.search(f"(?:{announced})了?(?:全市|全省|全县|全区)?$", text[clause_start : q.start_char]):
        return False
    # 甲案、乙案等10起案件作全市通报: the same selection, its verb after it
    clause_end = min([i for i in (text.find(c, q.end_char) for c in "，,；;。\n") if i != -1] or [len(text)])
    if announced and re.search(f"(?:作|进行|予以)了?(?:全市|全省|全县|全区)?(?:{announced})", text[q.end_char : clause_end]):
        return False
    # 这10起案件, 上述5家企业: a count that refers back to one already stated is no new total
    if text[clause_start : q.start_char].endswith(tuple(words.lists.get("anaphoric_marks", ()))):
        return False
    if project_progress(words, q, text):
        return False
    # facilities built (建成自动监测站11座) are no result; stations inspected (检查站点63座) are
    if any(w in text[clause_start : q.start_char] for w in words.lists.get("built_verbs", ())):
        return False
    # firms praised or listed for their good record (97家守法企业, 守法企业97家) are no enforcement result
    praised = tuple(words.lists.get("praised_nouns", ()))
    return not (praised and (after.startswith(praised) or text[max(clause_start, q.start_char - 12) : q.start_char].endswith(praised)))


def project_progress(words: EventWords, q: Span, text: str) -> bool:
    """Is ``q`` an inspection figure that counts projects of a plan done (``污染减排计划项目5项,已完成3项``,
    ``治理项目72家,目前已完成64家,完成率89%``)?  Its sentence names a project (``project_plans``) before it
    and no inspection, petition or handed-over word (``inspection_cues``): the progress of a work plan,
    not the problems an environmental inspection fed back nor their rectification (GUIDELINES s.3: the
    ``inspection.*`` rows count an inspection's problems and tasks)."""
    if not q._.indicator.startswith("inspection."):
        return False
    before = text[sentence_of(q, text)[0] : q.start_char]
    return (any(w in before for w in words.lists.get("project_plans", ()))
            and not any(w in before for w in words.lists.get("inspection_cues", ())))


def case_level(words: EventWords, page: EventPage, q: Span, text: str) -> bool:
    """A figure about one case or one firm (``对XX有限公司罚款5万元``, ``该厂``, a 典型案例 paragraph):
    it stays a quantity, never a jurisdiction's total."""
    sent_start, sent_end = sentence_of(q, text)
    before = text[sent_start : q.start_char]
    if any(w in before for w in words.lists.get("case_cues", ())):
        return True
    # 个案最高处罚850万元, 处罚总金额2746万元: the cue names one case in its own clause only
    clause = before[max(before.rfind(c) for c in "，,；;") + 1 :]
    if any(w in clause for w in words.lists.get("case_clause_cues", ())):
        return True
    paragraph = text[text.rfind("\n", 0, q.start_char) + 1 : q.start_char]
    if any(w in paragraph for w in words.lists.get("case_paragraph_cues", ())):
        return True
    firms = tuple(words.lists.get("firm_suffixes", ()))
    # 对某镇某大型养殖场下达处罚决定书,罚款19万元: a firm left unnamed (某…) is still one firm
    if firms and re.search("某[^，,。；;、]{0,8}?(?:" + "|".join(map(re.escape, firms)) + ")", before):
        return True
    # X有限公司等32家企业: a firm named as the first of the firms counted is no single case
    return any(e.label_ == "ORG" and e.text.endswith(firms) and not first_of_count(e, q, text)
               for e in page.index.starting_in(sent_start, q.start_char) if e.end_char <= q.start_char)


def first_of_count(firm: Span, q: Span, text: str) -> bool:
    """``甲有限公司、乙厂等32家企业``: the firms written before 等 and the figure right after it are
    examples of the count, which is a total (GUIDELINES: single cases stay out, totals go in)."""
    between = text[firm.end_char : q.start_char]
    return re.fullmatch(r"(?:[、和及与][^，,；;。、]{2,30}?)*等", between) is not None


def headline_metrics(words: EventWords, page: EventPage, quantities: list[Span], text: str, lead_end: int) -> dict[str, float]:
    """Each indicator's headline value: the first stated, except

    * an order of magnitude (逾万件, 上千万元) gives way to any later figure;
    * a sum stated after its parts (``从轻处罚38件、减轻处罚12件,合计50件``) wins over them;
    * one operation's count (``此次…``, ``突击检查``, ``逐一检查``) gives way to any other;
    * a count of one auxiliary measure or of a preliminary step (``auxiliary_cues``: 查封扣押105件,
      移送拘留, 处罚告知书191件) gives way to the period's penalty count (行政处罚412起, 决定书215件);
    * a rounded figure in the lead (8300多万元, 超4亿元, 1536万元) gives way to a later exact one in
      the same unit that it rounds (8360.82万元, 4.63亿元, 1,536.27万元), as a headline rounds
      what the body states;
    * inspection figures: where the first pair counts petitions (信访/投诉/举报) and the article
      also gives a task list with its completed count right after it (41项问题已完成整改32项),
      the task pair (GUIDELINES: task counts win over petition counts).
    """
    by_indicator: dict[str, list[Span]] = defaultdict(list)
    for q in quantities:
        by_indicator[q._.indicator].append(q)
    metrics: dict[str, float] = {}
    heads: dict[str, Span] = {}
    for indicator, qs in by_indicator.items():
        # one operation's count and one auxiliary measure's count give way alike, neither before the other
        ordered = sorted(qs, key=lambda q: (one_operation(words, q, text) or auxiliary_count(words, q, text),
                                            indicator == "enforcement.inspections" and (staff_times(words, q)
                                                                                        or places_patrolled(words, q, text)),
                                            order_of_magnitude(q), not TOTAL_CUE.search(
            text[max(sentence_of(q, text)[0], max(text.rfind(c, 0, q.start_char) for c in "，,；;")) : q.start_char])))
        head = ordered[0]
        if head.start_char < lead_end:
            exact = [q for q in ordered[1:] if q._.approx is None and q._.unit == head._.unit
                     and q._.value != head._.value and rounds_to(head, q._.value)]
            head = exact[0] if exact else head
        metrics[indicator] = head._.value
        heads[indicator] = head
    tasks = task_pair(words, page, quantities, text)
    if tasks is not None:
        metrics.update(tasks)
    elif petitions_beside_tasks(words, heads.get("inspection.feedback_issues"), heads.get("inspection.rectified"), text):
        del metrics["inspection.feedback_issues"]
    return metrics


def petitions_beside_tasks(words: EventWords, issues: Span | None, rectified: Span | None, text: str) -> bool:
    """``32项整改任务已经全部完成;督察组交办的404件群众举报件中已办结403件``: the rectified headline
    counts tasks (in 项) and the only total counts petitions (in 件, a petition word in its clause):
    the petitions' total is not the tasks' (GUIDELINES: task counts win over petition counts), so it
    stays a quantity only."""
    if issues is None or rectified is None:
        return False
    measures = words.lists.get("task_measures", ())
    petition_measures = words.lists.get("petition_measures", ())
    cues = tuple(words.lists.get("petition_cues", ()))
    if not (measures and petition_measures and cues):
        return False
    lo = max(text.rfind(c, 0, issues.start_char) for c in "，,；;。\n") + 1
    ends = [i for i in (text.find(c, issues.end_char) for c in "，,；;。\n") if i != -1]
    clause = text[lo : min(ends) if ends else len(text)]
    return (rectified.text.rstrip().endswith(tuple(measures)) and issues.text.rstrip().endswith(tuple(petition_measures))
            and any(c in clause for c in cues))


def auxiliary_count(words: EventWords, q: Span, text: str) -> bool:
    """Is ``q`` a count of cases under one auxiliary measure (查封扣押, 限产停产, 移送拘留, 按日计罚)
    or of a step before the decision (处罚告知书)?  Its clause, up to the figure, names one of the
    indicator's ``auxiliary_cues``; the article's penalty total then is another figure."""
    cues = words.lists.get("auxiliary_cues", {}).get(q._.indicator, ())
    if not cues:
        return False
    lo = max(text.rfind(c, 0, q.start_char) for c in "，,；;。、\n") + 1
    if any(c in text[lo : q.start_char] for c in cues):
        return True
    # 对26家企业实施了查封扣押, 将10宗案件移交司法: the figure is the object the measure named after it is
    # applied to, 对/将 written before it in its clause
    ends = [i for i in (text.find(c, q.end_char) for c in "，,；;。、\n") if i != -1]
    after = text[q.end_char : min(ends) if ends else len(text)]
    if any(m in text[lo : q.start_char] for m in words.lists.get("disposal_markers", ())) and any(c in after for c in cues):
        return True
    # 限产、停产15起: a cue whose own words are listed with 、 reaches past the list's last 、
    clause = max(text.rfind(c, 0, q.start_char) for c in "，,；;。\n") + 1
    return any(text.rfind(c, clause, q.start_char) != -1 and text.rfind(c, clause, q.start_char) + len(c) >= lo
               for c in cues)


def staff_times(words: EventWords, q: Span) -> bool:
    """Is ``q`` counted in person-times or vehicle-times (``4302人次``, ``staff_dispatch_measures``)?  Such a
    count measures the staff a campaign used: sent out (``出动``) it is no result at all, and as an
    inspections count (``开展执法2917人次``) it gives way to one counting checks or firms (``检查385次``)."""
    return q.text.rstrip().endswith(tuple(words.lists.get("staff_dispatch_measures", ())))


def places_patrolled(words: EventWords, q: Span, text: str) -> bool:
    """Does ``q`` count places patrolled (``检查点位28个``, ``巡查村街200余次``, ``patrolled_places``) rather than
    the firms or units inspected?  Written right before the figure, the place word names what it counts."""
    clause_start = max(text.rfind(c, 0, q.start_char) for c in "，,；;。、\n") + 1
    return text[clause_start : q.start_char].rstrip().endswith(tuple(words.lists.get("patrolled_places", ())))


def one_operation(words: EventWords, q: Span, text: str) -> bool:
    """Is ``q`` the count of one operation (``此次共巡查点位46个``, ``开展突击检查,发现问题7个``,
    ``对沿线9家砂石加工点逐一检查``)?  Such a count gives way to a period's total stated later."""
    start = sentence_of(q, text)[0]
    return any(w in text[start : q.end_char + 8] for w in words.lists.get("operation_cues", ()))


def task_pair(words: EventWords, page: EventPage, quantities: list[Span], text: str) -> dict[str, float] | None:
    cues = tuple(words.lists.get("petition_cues", ()))
    if not cues:
        return None
    inspection = [q for q in quantities if q._.indicator.startswith("inspection.")]
    issues = [q for q in inspection if q._.indicator == "inspection.feedback_issues"]

    def petition(q: Span) -> bool:
        return any(c in text[sentence_of(q, text)[0] : q.end_char + 4] for c in cues)

    if issues and not petition(issues[0]):
        return completed_tasks(words, issues[0], inspection, petition, text)
    if not issues:
        return None
    for q in issues:
        if petition(q):
            continue
        nxt = [r for r in page.index.starting_in(q.end_char, sentence_of(q, text)[1])
               if r.label_ == "QUANTITY"][:1]
        if (nxt and nxt[0]._.indicator == "inspection.rectified" and nxt[0]._.role == "value"
                and nxt[0]._.value <= q._.value):
            return {"inspection.feedback_issues": q._.value, "inspection.rectified": nxt[0]._.value}
    return None


def completed_tasks(words: EventWords, tasks: Span, inspection: list[Span], petition: Callable[[Span], bool],
                    text: str) -> dict[str, float] | None:
    """The task list comes first and the petitions after it: the tasks' completed count is the
    rectified headline, not the petitions' closed count (GUIDELINES: task counts win).  It is a
    completed count stated for the tasks, or their total when their clause says all are done
    (``32项整改任务已经全部完成;督察组交办的404件举报件中已办结403件`` -> 32)."""
    rectified = [q for q in inspection if q._.indicator == "inspection.rectified"]
    if not rectified or not petition(rectified[0]):
        return None  # the first rectified count is the tasks' own already
    own = [q for q in rectified if not petition(q) and q.start_char > tasks.start_char and "%" not in (q._.unit or "")]
    if own:
        return {"inspection.rectified": own[0]._.value}
    clause_end = min([i for i in (text.find(c, tasks.end_char) for c in "，,；;。\n") if i != -1] or [len(text)])
    if any(w in text[tasks.end_char : clause_end] for w in words.lists.get("all_done", ())):
        return {"inspection.rectified": tasks._.value}
    return None


def order_of_magnitude(q: Span) -> bool:
    """逾万件, 上千万元: an approximate round power of ten, not a figure."""
    value = q._.value
    if not value or q._.approx is None or value < 10:
        return False
    while value % 10 == 0:
        value //= 10
    return value == 1


def sentence_of(q: Span, text: str) -> tuple[int, int]:
    """Character bounds of the sentence holding ``q``; without sentence boundaries (the sentence
    stage switched off), the stretch between the sentence-final marks or line breaks around it."""
    if q.doc.has_annotation("SENT_START"):
        return q.sent.start_char, q.sent.end_char
    start = max(text.rfind(c, 0, q.start_char) for c in "。！？!?\n") + 1
    ends = [i for i in (text.find(c, q.end_char) for c in "。！？!?\n") if i != -1]
    return start, (min(ends) + 1 if ends else len(text))


def rounds_to(rounded: Span, exact: float | None) -> bool:
    """Is ``exact`` a figure that ``rounded`` (8300多万元, 超4亿元, 约500家, 近700人次) rounds?"""
    value = rounded._.value
    if not value or exact is None or value <= 0:
        return False
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    if rounded._.approx == "more_than":
        return value <= exact < value + step
    if rounded._.approx == "nearly":
        return value - step < exact <= value
    if rounded._.approx is None:
        # a plain figure is a rounding only when it keeps at least three digits (1536万元 for
        # 1,536.27万元): a round 4000 and a later 4174 are two counts
        digits = len(str(int(value // step)).lstrip("0"))
        return digits >= 3 and exact % step != 0 and (value <= exact < value + step or abs(exact - value) <= step / 2)
    return abs(exact - value) < step
