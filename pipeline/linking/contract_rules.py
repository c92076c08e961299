"""Indicators and roles the contract decides outright, applied where the classifier answers otherwise.

Decisions of ANNOTATION.md and the guidelines that real pages phrase in ways the
written training documents rarely do.  The first two return an indicator:

* counts of enforcement cases are ``enforcement.penalty_cases`` (below);
* separate counts of 优 days and 良 days, 达标天数 and 好天气 days are
  ``air.good_days`` (:func:`good_day_links`).

The later ones (each documented where it is defined) return ``(indicator, role)``
pairs, either part ``None`` to keep the classifier's: inspection rectification
(:func:`rectification_links`), pollutants in lists, units that decide, punished
firms and persons, fine ranges, scope thresholds and milestones crossed, water-class shares, overall
air-quality ranks, goal paragraphs, and enforcement wording; then pollutant lists after 分别
(:func:`pollutant_list_links`) and changes after a concentration, day categories, compliance
rates by subject, composite-index changes, and ranks whose clause names no subject.  The component
(``components/indicators.py``) applies them in a fixed order, most specific last.

Counts of enforcement cases the classifier calls ``other``:

ANNOTATION.md s.2: every count of enforcement cases — 立案查处, 按日计罚, 查封扣押,
限产停产, 移送拘留 — is ``enforcement.penalty_cases``.  Real pages write them in
many ways the written training documents do not (``实施按日计罚11起``, ``这4起案件``,
``立案处罚1765起``), and the classifier, seeing an unfamiliar clause, answers
``other``.  A count of cases (起/件 before or after 案) in a clause that speaks of
punishment takes the contract's indicator; complaints, petitions and inspection
hand-overs (信访, 投诉, 举报, 交办) never do.
"""

from __future__ import annotations

import re

PUNISHMENT = re.compile(r"立案|处罚|查处|计罚|查封|扣押|限产|停产|移送|拘留|违法|典型案|犯罪|刑事|侦破|偵破|破获|破獲|立破")  # police work: 侦破刑事案件, 破获5起
NOT_PUNISHMENT = re.compile(r"信访|投诉|举报|交办|督察|赔偿|磋商|来信|来电|诉讼")
CASE_COUNT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超]+(?:起|件|宗|件次|起次)$")  # 宗: 实施4宗按日计罚; 处罚86件次
CLAUSE_START = re.compile(r"[，,。；;！？\n]")
#: cases counted with 个 name the cases right after: 通报9个环境违法典型案例
CASE_WITH_GE = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超]+个$")
CASES_AFTER = re.compile(r"(?:[^，,。；;\d]{0,6}?(?:违法|犯罪|处罚))?(?:典型)?(?:案例|案件)")  # not 提名案例, 配套办法办理案件


def case_count_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, str]:
    """Index -> ``enforcement.penalty_cases`` for case counts the classifier put outside the taxonomy."""
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if current[i] != "other" or not (CASE_COUNT.match(surface) or (CASE_WITH_GE.match(surface) and CASES_AFTER.match(text, end))):
            continue
        listed = CASES_AFTER.match(text, end)
        if listed and text.startswith("之一", listed.end()):
            continue  # 入选生态环境部四个典型案例之一: one of a list of exemplary cases, not cases punished
        clause_start = max((m.end() for m in CLAUSE_START.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        clause_end = next((m.start() for m in CLAUSE_START.finditer(text, end, end + 20)), end + 20)
        clause = text[clause_start:clause_end]
        if text.startswith(("案件", "案"), end):  # 这4起案件…: the sentence around says what the cases are
            sentence_start = text.rfind("。", max(0, start - 80), start) + 1
            sentence_end = text.find("。", end)
            clause = text[max(sentence_start, start - 80):sentence_end if sentence_end != -1 else end + 80]
        if PUNISHMENT.search(clause) and not NOT_PUNISHMENT.search(clause):
            out[i] = "enforcement.penalty_cases"
    return out


#: what stands right before a count of good days: 优266天、良66天, 达标天数为331天, "好天气"152天, 187个优良天
GOOD_DAY_CUE = re.compile(r"(?:(?:(?<![\u4e00-\u9fff])|(?<=空气)|(?<=质量)|(?<=级)|(?<=[为為]))[优良]|一级优|二级良|达标天数(?:为|达|共)?|(?<=空气质量)达标|(?<=空气)达标|好天(?:气)?[”\"]?(?:共|为|达|有)?|优良天数(?:为|达|共)?"
                          # traditional pages and graded wording: 優級水準302天次, 良級60天次, 空氣質量累計達標188天
                          r"|(?<![\u4e00-\u9fff])[優]|(?<=其中)[优優良]|(?<=[級级])[優良]|[优優良][级級](?:水平|水準)?|(?<=空[气氣][质質]量)(?:累计|累計)?[达達][标標]|優良天數(?:為|達|共)?)$")


#: good days named after their count: 有28天达到优良标准, 28天优良空气, 25天为优良
GOOD_DAY_AFTER = re.compile(r"(?:的)?(?:空气质量)?(?:达到|达|为|是)?(?:了)?(?:优良|优或良)(?:标准|等级|水平|空气|天气|天)"
                            # a headline's 337天空气质量优: the count of days the air was good
                            r"|空[气氣][质質]量(?:为|達到|达到|达)?[优優](?:良)?(?![率比级級])"
                            # a grade named after each count: 有13天为优，15天为良
                            r"|[为為][优優良](?=[，,。；;、\s]|$)")
#: a count with a measure word names good days only where 优良天 (or the colloquial 好天) follows at once: 306个优良天;
#: a quoted blue (306个“蓝天”, 178个“某某蓝”) is the colloquial name of a good day (not “蓝天白云” days, air.blue_sky_days)
GOOD_DAY_NOUN_AFTER = re.compile(r"[优優]良天|[“\"]?好天|[“\"][\u4e00-\u9fff]{0,3}[蓝藍]天?[”\"]")


#: a share written in tenths (九成, 7成以上) and the good air it counts right after it
TENTHS = re.compile(r"(?:近|超|超过)?[\d一二三四五六七八九十]成(?:以上|多)?")
GOOD_AIR_AFTER = re.compile(r"(?:以上)?(?:的)?(?:日子|天数|天數|天)(?:的)?(?:里)?(?:空气|空氣)(?:质量|質量)?(?:为|為|达到|達到|达|達)?(?:优良|優良)")


def good_day_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, str]:
    """Index -> ``air.good_days`` for day counts written after 优/良/达标天数 that the classifier missed."""
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if current[i] == "air.good_days":
            continue
        if TENTHS.fullmatch(surface) and GOOD_AIR_AFTER.match(text, end):
            out[i] = "air.good_days_ratio"  # 九成日子空气优良, 7成以上天数空气质量优良: a share written in tenths
            continue
        if re.fullmatch(r"[\d一二三四五六七八九十百]+(?:余|多)?个", surface):
            if GOOD_DAY_NOUN_AFTER.match(text, end):  # 306个优良天: 个 counts the days named after it
                out[i] = "air.good_days"
            continue
        if not re.fullmatch(r"[\d一二三四五六七八九十百]+(?:余|多)?天次?", surface):
            continue
        streak = re.search(r"[连連][续續][^，,。；;]{0,4}$", text[max(0, start - 8):start])  # 连续37天空气优良: a run, other
        if GOOD_DAY_CUE.search(text, max(0, start - 6), start) or (GOOD_DAY_AFTER.match(text, end) and not streak):
            out[i] = "air.good_days"
    return out


# ---------------------------------------------------------------------------------------------
# Rules that decide the indicator and, where the guidelines say so, the role.
#
# Each returns ``{index: (indicator or None, role or None)}``; ``None`` leaves the classifier's
# answer for that field.  They encode decisions written in GUIDELINES.md ("Real articles" and
# section 6) that real pages phrase in ways the written training documents rarely do.
# ---------------------------------------------------------------------------------------------

from ..grammar.values import normalize_quantity  # noqa: E402

Decision = tuple[str | None, str | None]
ITEM_BREAK = re.compile(r"[，,。；;！？\n、：:（）()]")
SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
TASK_UNIT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超.]+(?:项|个|件|条|批)$")
#: an environmental inspection (督察) or the issues and petitions it hands over
INSPECTION_CONTEXT = re.compile(r"督察|交办|转办")
#: rectification still open: remaining, on schedule, long-term, not finished, due later
PENDING_AFTER = re.compile(r"^[^，,。；;、（(\d]{0,12}?(?:序时|时序|长期|未完成|未达到|未到|正在|正按|推进中|尚未|需持续|持续推进)")
PENDING_BEFORE = re.compile(r"(?:其余|剩余|剩下|还有|尚有|尚余|序时进度推进整改|(?:按|正按)?(?:序时|时序)(?:进度)?推进(?:整改|中)?|按(?:时序|序时)(?:进度)?(?:推进)?整改|达到(?:序时|时序)进度|长期坚持的有|(?<!含)长期坚持|"
                            r"(?:正在|仍在|尚在)(?:推进|加快)?(?:整改|办理|推进|落实)中?|(?:推进|整改|办理)中的?有?(?:[\u4e00-\u9fff]{2,6}?[市县区旗])?|"
                            r"(?:尚未|未|没有)(?:完成整改|整改到位|整改完成|整改|办结|销号|完成)的?|"
                            r"(?:年底前|年内|年)完成的有|(?:应|需|须)(?:于|在)?[^，,。；;]{0,8}完成(?:整改)?的有?)[的共]?$")
#: rectification done: ``已完成整改18个``, ``10项任务整改到位``, ``已办结441件``, ``全面完成…交办的131个问题``
DONE_BEFORE = re.compile(r"(?:已完成整改|完成整改|已整改|整改到位|已办结|办结|阶段性办结|阶段办结|已销号|销号|"
                         r"已完成|已经完成|已基本完成|基本完成)了?的?"
                         # 办结第3批29件, 累计办结信访件3批86件: the batch said before the count
                         r"(?:信访件|信访案件|交办件|交办案件)?(?:第?[\d一二三四五六七八九十]+批次?)?(?:共)?$")
DONE_AFTER = re.compile(r"^(?:项|个|件|条)?(?:任务|问题|整改任务)?(?:已)?(?:整改到位|完成整改|整改完成|办结|销号)"
                        r"(?![^，,。；;]{0,3}[\d一二两三四五六七八九十])")  # ``41项问题已完成整改36项``: 41 is the total
#: ``已全部完成``, ``均已办结销号`` after the count and the noun it counts (``32项整改任务已经全部完成``)
DONE_LATER = re.compile(r"^(?:项|个|件|条)?(?![^，,。；;]{0,10}?(?:排污口|企业|项目))[^，,。；;\d进开]{2,10}?(?:已经|均已|已)(?:全部|全面|基本)?(?:完成整改|整改完成|整改到位|办结|销号|完成)"
                        r"(?![^，,。；;]{0,3}[\d一二两三四五六七八九十])")
#: ``督察组交办我市的98件群众举报件已全部办结``: the count handed over is the feedback total, whatever became of it
HANDED_OVER_TOTAL = re.compile(r"(?:交办|转办|反馈)[^，,。；;]{0,8}$")
#: a count due by a date: ``2022年应完成12项整改任务``, ``需完成整改的16项`` — done if the sentence says it was
DUE_BEFORE = re.compile(r"(?:应|需|须)(?:于|在)?[^，,。；;]{0,8}完成(?:整改)?的?$")
DONE_IN_SENTENCE = re.compile(r"(?:已经|均已|已)(?:全部|全面|提前|基本)?完成(?![^，,。；;]{0,3}[\d一二两三四五六七八九十])")  # not 已完成整改29项 (a part done)
DONE_HANDED_OVER = re.compile(r"完成[^，,。；;]{0,16}交办的[^，,。；;]{0,4}$")
#: closure and completion rates
CLOSURE_RATE = re.compile(r"(?:办结率|整改率|整改完成率|完成率|销号率)(?:达到|达|为|是)?$")


def _clause_left(text: str, start: int, limit: int = 40) -> str:
    lo = max(0, start - limit)
    marks = [m.end() for m in CLAUSE_START.finditer(text, lo, start)]
    return text[max(marks) if marks else lo:start]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    marks = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, start)]
    s = max(marks) if marks else lo
    m = SENTENCE_BREAK.search(text, end, end + 200)
    return s, (m.start() if m else min(len(text), end + 200))


#: problems a place found itself: ``市县共自查发现问题687个``, ``排查出环境隐患问题656项``
SELF_FOUND = re.compile(r"自查|自行排查|排查出|排查发现|排查环境隐患|排查[^，,。；;]{0,6}隐患")


#: rectification of a place's own problems still under way, on schedule: ``序时推进135个``, ``正在整改32个``
OWN_PENDING = re.compile(r"序时|时序|正在整改|整改中")


def _inspection_context(text: str, start: int, end: int) -> bool:
    """督察/交办/转办 in the sentence or the 300 characters before it (inspection reports open with the inspection).

    A sentence that reports problems the place found itself (自查, 排查出) and names no inspection is the
    place's own work (``enforcement.issues_rectified``), whatever inspection the paragraph spoke of before.
    """
    s, e = _sentence_bounds(text, start, end)
    if INSPECTION_CONTEXT.search(text, s, e):
        return True
    if SELF_FOUND.search(text, s, start):
        return False
    return bool(INSPECTION_CONTEXT.search(text, max(0, s - 300), s))


#: petitions and complaints from the public, simplified and traditional
PUBLIC_PETITION = re.compile(r"信访|信訪|举报|舉報|投诉|投訴|来信|來信|来访|來訪|来电|來電")
#: what makes petitions an inspection's: handed over, supervised or rectified (督察转办信访件, 信访事项整改)
PETITION_OF_INSPECTION = re.compile(r"督察|督查|巡视|巡視|巡察|交办|交辦|转办|轉辦|督办|督辦|整改")
#: a goal for the petitions: left to the goal rules
PETITION_GOAL = re.compile(r"力争|力爭|确保|確保|目标|目標|计划|計劃|要求")


def hotline_petition_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Petitions and complaints a bureau received and closed in its own routine are ``other`` value.

    GUIDELINES: hotline counts are ``other``; only petitions an inspection handed over
    (督察转办信访件) are ``inspection.feedback_issues`` and their closure ``inspection.rectified``.
    A year's summary often writes ``受理信访举报489件，已办结479件，办结率97.9%`` with an
    inspection mentioned a paragraph away, and the classifier reads the closures as the
    inspection's.  Where the number's sentence names public petitions before it and neither it nor
    the sentence before speaks of an inspection, a hand-over or a rectification, an ``inspection.*``
    reading becomes ``other``; a count still being handled (``3件正在办理``) is a value, not a due
    rectification.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not (current[i] or "").startswith("inspection."):
            continue
        s, e = _sentence_bounds(text, start, end)
        if not PUBLIC_PETITION.search(text, s, start):
            continue
        previous = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, s - 200), max(0, s - 1))), default=max(0, s - 200))
        if PETITION_OF_INSPECTION.search(text, previous, e) or PETITION_GOAL.search(text, s, e):
            continue
        out[i] = ("other", "value")
    return out


#: works on industrial polluters the taxonomy counts as ``emission.industrial`` (GUIDELINES: coal boilers
#: eliminated, low-NOx retrofits, 错峰生产; ultra-low-emission and upgraded-standard retrofits of firms)
INDUSTRIAL_WORK = re.compile(r"超低排放|提标改造|提標改造|深度治理|散乱污|散亂污|燃煤锅炉|燃煤鍋爐|小锅炉|小鍋爐|低氮燃烧|低氮燃燒|低氮改造|脱硫脱硝|脫硫脫硝")
#: the same clause about checks, punishment or VOCs belongs to other indicators
INDUSTRIAL_NOT = re.compile(r"检查|檢查|执法|執法|处罚|處罰|查处|查處|取缔|取締|立案|挥发性有机物|揮發性有機物|VOCs|VOC")
#: firms, boilers, units counted: 8家钢铁, 22台, 3座
INDUSTRIAL_COUNT = re.compile(r"^[\d.,一二两三四五六七八九十百千万萬余多近约超逾]+(?:家|台|座|套|条|條)$")


def industrial_work_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Firms and boilers counted in a clause about ultra-low-emission or upgraded-standard retrofits,
    coal-boiler removal or 散乱污 clean-ups are ``emission.industrial``, where the classifier said ``other``.

    Real pages list the industries before the work (``8家钢铁、5家焦化和5家水泥企业完成超低排放改造``), so
    the counted noun the classifier sees is an industry, not the work; the clause names the work.  A clause
    about checks, punishment or VOCs after the number is left alone.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if current[i] != "other" or not INDUSTRIAL_COUNT.match(text[start:end]):
            continue
        clause_start = max((m.end() for m in CLAUSE_START.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        clause_end = next((m.start() for m in CLAUSE_START.finditer(text, end, end + 60)), end + 60)
        if INDUSTRIAL_WORK.search(text, clause_start, clause_end) and not INDUSTRIAL_NOT.search(text, clause_start, clause_end):
            out[i] = ("emission.industrial", None)
    return out


def rectification_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Counts and rates of inspection rectification (GUIDELINES, "Real articles: indicators and roles").

    * rectifications not yet done — remaining, on schedule, long-term, behind, due by a date — are
      ``inspection.rectified`` target; so are the per-place counts listed after ``其中`` behind one;
    * rectifications done (``已完成整改N项``, ``N项任务整改到位``, ``已办结N件``) are ``inspection.rectified`` value;
    * closure and completion rates (办结率, 整改率, 完成率) of inspection issues or petitions are
      ``inspection.rectified`` value.

    All only where the sentence or the text just before it speaks of an inspection (督察, 交办, 转办):
    elsewhere a rectification count is ``enforcement.issues_rectified`` and the classifier decides.
    """
    out: dict[int, Decision] = {}
    pending_units: dict[int, tuple[str, int]] = {}  # sentence end -> (measure word, position) of a pending count
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        is_count = bool(TASK_UNIT.match(surface))
        is_rate = surface.endswith("%")
        if not (is_count or is_rate):
            continue
        left = _clause_left(text, start)
        right = text[end:end + 24]
        if not _inspection_context(text, start, end):
            if is_count and OWN_PENDING.search(left[-10:]):
                out[i] = (None, "target")  # 自查发现问题687个，已完成整改552个，序时推进135个: the rest is still a goal
            continue
        if is_rate:
            if CLOSURE_RATE.search(left):
                out[i] = ("inspection.rectified", "value")
            continue
        s_start, s_end = _sentence_bounds(text, start, end)
        unit = surface[-1]
        if i > 0 and i - 1 in out and re.fullmatch(r"(?:信访件|信访案件|交办件)?[（(](?:含|其中|重点件|重点信访件|重点)[^）)，,。]{0,8}",
                                                     text[spans[i - 1][1]:start]):
            out[i] = out[i - 1]  # 已完成108项（含长期坚持12项）, 办结29件信访件（重点件5件）: the part takes its whole's reading
            continue
        if DUE_BEFORE.search(left):
            done = DONE_IN_SENTENCE.search(text, end, s_end)
            out[i] = ("inspection.rectified", "value" if done else "target")
            continue
        if PENDING_BEFORE.search(left) or PENDING_AFTER.match(right):
            out[i] = ("inspection.rectified", "target")
            pending_units[s_end] = (unit, end)
            continue
        # a bare 已完成 counts rectifications only where the clause says what was completed (整改, 任务, 问题)
        bare_done = DONE_BEFORE.search(left) and re.search(r"整改|销号|办结", DONE_BEFORE.search(left).group()) is None
        if bare_done and not re.search(r"整改任务|整改措施|整改|问题", text[s_start:start] + right[:8]):
            continue
        if DONE_BEFORE.search(left) or DONE_AFTER.match(right) or (DONE_LATER.match(right) and not HANDED_OVER_TOTAL.search(left)) or DONE_HANDED_OVER.search(left):
            out[i] = ("inspection.rectified", "value")
            continue
        held = pending_units.get(s_end)
        between = text[held[1]:start] if held else ""
        listed = bool(re.fullmatch(r"[、，,和及][\u4e00-\u9fff]{2,6}?[市县区旗]", between))  # 推进中的有A区1件、B区2件
        if held and held[0] == unit and ("其中" in between or listed) and "完成" not in between.replace("未完成", ""):
            out[i] = ("inspection.rectified", "target")  # 还有7项未完成，其中，A2项、B1项…
    return out


#: the pollutant named in the list item right before a concentration
AIR_POLLUTANTS = ("air.pm25", "air.pm10", "air.o3", "air.so2", "air.no2", "air.co")
CONCENTRATION_UNITS = ("µg/m³", "mg/m³")


def pollutant_links(text: str, spans: list[tuple[int, int]], featurizer) -> dict[int, Decision]:
    """A concentration takes the one air pollutant named in its own list item.

    ``细颗粒物32微克/立方米、二氧化硫5微克/立方米、二氧化氮6微克/立方米``: the indicator is the thing
    measured (ANNOTATION s.3), and in such lists it is written right before each number.  Items that name
    no pollutant or two of them are left to the classifier (``分别`` lists have their own rule).
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit not in CONCENTRATION_UNITS:
            continue
        lo = max(0, start - 30)
        marks = [m.end() for m in ITEM_BREAK.finditer(text, lo, start)]
        item = text[max(marks) if marks else lo:start]
        if "分别" in item or "均" in item:
            continue
        found = {ind for _, _, ind in featurizer.cue_hits(item) if ind in AIR_POLLUTANTS}
        if not found:
            found = _heading_pollutants(text, start, featurizer)
        if len(found) == 1:
            out[i] = (found.pop(), None)
    return out


#: a label alone on its line: a table's row head written one cell per line (``SO2 |``), a list's heading
HEADING_LINE = re.compile(r"[ \t\u3000|]*([^，,。；;！？!?\n|]{1,12}?)[ \t\u3000|:：]*")


def _heading_pollutants(text: str, start: int, featurizer) -> set[str]:
    """The pollutants the line above names, when it is a label alone and this line names none before ``start``.

    A table copied one cell per line puts the pollutant (``SO2 |``) on its own line and the places'
    concentrations (``A区(16µg/m3)、B县(15µg/m3)``) on the next: the row head names what each figure measures.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if {ind for _, _, ind in featurizer.cue_hits(text[line_start:start]) if ind in AIR_POLLUTANTS}:
        return set()
    above_end = line_start - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip(" \t\u3000|"):
        above_end = text.rfind("\n", 0, above_end)  # blank lines between the cells
    if above_end <= 0:
        return set()
    above = text[text.rfind("\n", 0, above_end) + 1:above_end]
    m = HEADING_LINE.fullmatch(above)
    if not m:
        return set()
    return {ind for _, _, ind in featurizer.cue_hits(m.group(1)) if ind in AIR_POLLUTANTS}


#: counts and the amounts that go with them: a sum of money is never a count, a count of cases never a sum
AMOUNT_OF_COUNT = {"enforcement.penalty_cases": "enforcement.penalty_amount", "enforcement.lenient_cases": "enforcement.lenient_amount",
                   "enforcement.exempt_cases": "enforcement.exempt_amount", "compensation.cases": "compensation.amount",
                   "trading.emission_rights_count": "trading.emission_rights_amount"}
COUNT_OF_AMOUNT = {amount: count for count, amount in AMOUNT_OF_COUNT.items()}
CASE_UNITS = ("起", "件", "家", "宗", "家次", "个", "份", "笔", "批次", "例")
#: units no concentration, change or rank of a pollutant is written in: years, months, days (days over a limit
#: are other), counts of places and items (``深圳PM2.5浓度十五年来最佳``, ``珠三角9市中``)
NOT_A_CONCENTRATION = ("years", "months", "days", "个", "项", "市", "城市", "次", "家", "人", "件", "起")
#: a change verb right before a percentage: the percentage is a change of what is counted (优良天数同比增加12.5%)
CHANGE_BEFORE = re.compile(r"(?:增加|增长|上升|提高|提升|减少|下降|降低|增多|减)了?(?:约|近|超过)?$")


def unit_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Indicators that the unit alone decides.

    * a span of years (近三年) measures no indicator: ``other``, except years without an accident
      (``连续17年未发生辐射事故`` → ``radiation.safety``);
    * a sound level in decibels is ``noise.level`` (GUIDELINES: equivalent sound levels → noise.level);
    * a number of days is never a ratio: a change in days after the good-days ratio counts good days
      (``优良天数比例为82.3%，同比增加7天`` → ``air.good_days``);
    * a number of years, days or items is never a pollutant's concentration: ``other``;
    * a sum of money is never a count of cases and a count of cases never a sum: ``行政处罚47万元`` read as
      ``enforcement.penalty_cases`` is the amount, and the other case/amount pairs likewise;
    * a share is never a count of days: good days as percentage points, or as a percentage that is no
      change of the count, are the good-days ratio (``优良天数超九成``, ``优良天数率增加2.6个百分点``).
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        unit = normalize_quantity(text[start:end]).unit
        if unit == "years" and current[i] not in (None, "other", "radiation.safety"):
            out[i] = ("other", None)  # 创近三年最好水平: a span of years measures no indicator (连续17年未发生辐射事故 does)
        elif unit == "dB" and current[i] != "noise.level":
            out[i] = ("noise.level", None)
        elif unit == "days" and current[i] == "air.good_days_ratio":
            out[i] = ("air.good_days", None)
        elif current[i] in AIR_POLLUTANTS and unit in NOT_A_CONCENTRATION:
            out[i] = ("other", None)
        elif unit == "CNY" and current[i] in AMOUNT_OF_COUNT:
            out[i] = (AMOUNT_OF_COUNT[current[i]], None)
        elif unit in CASE_UNITS and current[i] in COUNT_OF_AMOUNT:
            out[i] = (COUNT_OF_AMOUNT[current[i]], None)
        elif current[i] == "air.good_days" and (unit == "pp" or (unit == "%" and not CHANGE_BEFORE.search(text, max(0, start - 8), start))):
            out[i] = ("air.good_days_ratio", None)  # 优良天数超九成, 占有效天数的94.5%, 优良天数率增加2.6个百分点
    return out


#: punishments of firms or persons (ANNOTATION s.2: every count of enforcement cases is penalty_cases;
#: GUIDELINES "Real articles": persons fined count like firms fined, persons detained are other)
FIRM_PUNISHMENT = re.compile(r"立案|处罚|罚款|计罚|查封|扣押|限产|限制生产|停产整治|责令停产|移送|关停取缔|查处|查處")  # not 长期停产企业 (a state)
#: firms closed down or banned (GUIDELINES: closures are other), and people caught, charged or sentenced
CLOSED_FIRMS = re.compile(r"(?:关停|取缔|关闭|淘汰|拆除|关停取缔)[^，,。；;\d]{0,10}$")
#: firms moved away or standing idle (搬迁企业两家, 长期停产企业18家): a state, no emission work and no case
FIRMS_GONE = re.compile(r"(?:搬迁|迁出|长期停产|停产|关停|停业)(?:的)?(?:工业)?企业$")
PERSONS_PROSECUTED = re.compile(r"(?:抓获|刑事拘留|刑拘|行政拘留|拘留|逮捕|批捕|起诉|移送起诉|判决|判处|审查起诉)[^，,。；;\d]{0,8}$")
PERSON_DETAINED = re.compile(r"拘留|约谈|问责|追责")
FIRM_COUNT = re.compile(r"^(?:逾|超过)?[\d一二两三四五六七八九十百千万余多近约超]+(?:家次|户次|家|人|户)$")  # 逾百家, 80家次
ORDER_TO_RECTIFY = re.compile(r"[责責]令(?:限期)?(?:整改|改正)(?:决定书?|決定書?|通知书?|通知書?)?[了]?$")
#: a count of documents issued (``下达责令改正决定书160份``)
DOCUMENT_COUNT = re.compile(r"^[\d一二两三四五六七八九十百千万余多近约超]+份$")
#: "散乱污" firms dealt with (查处) in the clean-up campaign are problems found, not cases (查处"散乱污"企业364家);
#: those closed or punished still are (对4家"散乱污"企业关停取缔)
SCATTERED_FIRMS = re.compile(r"散乱污|散亂污")
CONFUSABLE = {"other", "inspection.feedback_issues", "enforcement.inspections", "enforcement.issues_found", None}


def punishment_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Firms and persons punished → ``enforcement.penalty_cases``; firms ordered to rectify → supervision letters.

    ``对118人进行经济处罚``, ``三家企业实施了限产停产``, ``立案侦查1家``: the count is of enforcement cases.
    ``责令整改52家`` and ``下达责令改正决定411起`` are orders to correct, which the guidelines count with the
    formal notices (``责令改正通知书`` → ``enforcement.supervision_letters``).  Detentions, 约谈 and 问责 of persons stay other.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if not (FIRM_COUNT.match(surface) or CASE_COUNT.match(surface) or TASK_UNIT.match(surface) or DOCUMENT_COUNT.match(surface)):
            continue
        left = _clause_left(text, start, 20)
        if ORDER_TO_RECTIFY.search(left.rstrip("共计")):
            out[i] = ("enforcement.supervision_letters", None)
            continue
        if not FIRM_COUNT.match(surface) or current[i] not in CONFUSABLE:
            continue
        clause_start = start - len(_clause_left(text, start, 40))
        m = CLAUSE_START.search(text, end, end + 30)
        clause = text[clause_start:m.start() if m else end + 30]
        if FIRM_PUNISHMENT.search(clause) and not PERSON_DETAINED.search(clause) and not NOT_PUNISHMENT.search(clause) \
                and not (SCATTERED_FIRMS.search(clause) and set(FIRM_PUNISHMENT.findall(clause)) <= {"查处", "查處"}):
            out[i] = ("enforcement.penalty_cases", None)
    return out


def closure_and_person_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Counts that read like enforcement or emission work but count no case and no retrofit: firms closed,
    banned, moved or standing idle (取缔违法企业750家, 搬迁企业两家, 长期停产企业18家) and people caught or
    charged (抓获嫌疑人79人, 移送起诉21人) are ``other`` (GUIDELINES: closures, detentions).  Only where the
    classifier put them among enforcement counts or industrial emission work."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if not (current[i] or "").startswith(("enforcement.", "emission.industrial")):
            continue
        surface, left = text[start:end], _clause_left(text, start, 20)
        if FIRM_COUNT.match(surface) and surface[-1] in "家户" and (CLOSED_FIRMS.search(left) or FIRMS_GONE.search(left)):
            out[i] = ("other", None)
        elif re.search(r"[人名]$", surface) and PERSONS_PROSECUTED.search(left):
            out[i] = ("other", None)
    return out


#: a statutory range of fines: ``处一万元以上十万元以下的罚款`` (GUIDELINES: thresholds that set a rule's scope are target)
FINE_AFTER = re.compile(r"^[^，,。；;]{0,16}罚款")


def threshold_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Bounds of a legal fine range (处X以上Y以下的罚款) are role target: they set what may be imposed, not what was."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if normalize_quantity(surface).unit != "CNY":
            continue
        after = text[end:end + 20]
        bounded = surface.endswith(("以上", "以下")) or after.startswith(("以上", "以下"))
        if bounded and FINE_AFTER.match(after) and "处" in _clause_left(text, start, 16):
            out[i] = ("other", "target")
    return out


#: a size that sets which things a rule covers: ``禁止新建10蒸吨及以下燃煤锅炉``, ``年产量100吨以上的企业``
SCOPE_LEFT = re.compile(r"禁止|严禁|不得|不再|年产量|年产能|年产|年排放量|年用量|规模")
SCOPE_AFTER = re.compile(r"^(?:及|或)?(?:以下|以上)(?:的)?[\u4e00-\u9fff]")
#: a size class right before the equipment or water body it sorts: 35蒸吨以下燃煤锅炉, 4.3米以下焦炉, 10平方公里以上河流,
#: 千人以上饮用水源地
SIZE_CLASS_NOUN = re.compile(r"(?:及|或)?(?:以下|以上)?(?:的)?(?:[\u4e00-\u9fff]{0,3}?)(?:锅炉|焦炉|炉窑|机组|河流|河道|湖泊|湖库|鍋爐|焦爐|爐窯|機組|湖庫"
                             # drinking-water sources by the people they serve: 千人以上(集中式)饮用水(水)源地
                             r"|饮用水水源地|饮用水源地|水源地|飲用水水源地|飲用水源地|水源地)")  # traditional pages too


#: a bounded physical size that sorts the things named after it with 的: 面积400平方米以上的餐饮店, 10头以上的猪场
SIZE_UNITS = ("m²", "mu", "头", "頭", "steam t/h", "t", "万千瓦", "kW", "MW")
SIZED_THINGS_AFTER = re.compile(r"(?:及|或)?(?:以上|以下)?的[\u4e00-\u9fff]")


def scope_threshold_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Thresholds that set a rule's scope are indicator ``other``, role target (GUIDELINES section 6, Quantities).

    The number is bounded (以下/以上 right after it, or 以上 inside the span) and qualifies the things the
    rule is about, in a clause that prohibits or sets a size class (禁止新建, 年产量), or it is a physical size
    (area, head of livestock, tonnage, power) with 的 and the things it sorts after the bound: a count of those
    things would be written with their own measure word (家, 个), so a size before 的 sorts them, it counts nothing.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        after = text[end:end + 6]
        bounded = SCOPE_AFTER.match(after) or (surface.endswith("以上") and re.match(r"^的?[\u4e00-\u9fff]", after))
        if bounded and (SCOPE_LEFT.search(_clause_left(text, start, 30)) or SIZE_CLASS_NOUN.match(text, end)):
            out[i] = ("other", "target")
        elif bounded and normalize_quantity(surface).unit in SIZE_UNITS and SIZED_THINGS_AFTER.match(text, end):
            out[i] = ("other", "target")
    return out


#: a rate of change named before its figure: SO2下降率40%, 浓度降幅为12.5%, 增长率达8%
RATE_OF_CHANGE = re.compile(r"(?:下降|降低|减少|削减|上升|升高|提高|增长|增加)(?:率|幅度|幅)(?:分别|分別)?(?:为|达到?|是)?$"
                            r"|(?:降幅|增幅|涨幅|升幅)(?:分别|分別)?(?:为|达到?|是)?$")
#: the joint between members of a list of rates (升幅分别为9.5%、2.6%和40.0%)
RATE_LIST_JOINT = re.compile(r"\s*(?:、|和|及|与)\s*")


def rate_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A percentage right after a rate of change (``下降率40%``, ``降幅为12.5%``) is that change: role change,
    its direction read from the rate's own verb (ANNOTATION s.3: a difference from a baseline)."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        left = _clause_left(text, start, 12)
        rate = RATE_OF_CHANGE.search(left)
        if normalize_quantity(text[start:end]).unit not in SHARE_UNITS:
            continue
        if rate:
            # SO2下降率40%: a pollutant written right before the rate is what changed
            named = next((pid for pid, rx in POLLUTANT_NAMES if rx.search(left[max(0, rate.start() - 6):rate.start()])), None)
            out[i] = (named, "change")
        elif i - 1 in out and RATE_LIST_JOINT.fullmatch(text, spans[i - 1][1], start):
            out[i] = (None, "change")  # 升幅分别为9.5%、2.6%和40.0%: every rate of the list
    return out


#: a reward named around an amount: 获50万元现金奖励, 奖励资金30万元, 最高奖励20万元
REWARD_BEFORE = re.compile(r"(?:奖励|奖补|奖金)(?:资金)?(?:共计|合计|共|达|为)?(?:最高)?$")
REWARD_AFTER = re.compile(r"(?:的)?(?:现金|资金)?(?:奖励|奖补|奖金)")
#: a cap on a reward: 最高奖励20万元, 最高可获奖励, 奖励最高…元
REWARD_CAP = re.compile(r"最高(?:可获|可得|给予)?(?:奖励|奖金)$|(?:奖励|奖金)最高(?:可达|为|达)?$")
CAP_BEFORE = re.compile(r"最高(?:可获|可得|给予|可获得)?$")


def reward_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Money given as a reward is ``funding.reward`` (获50万元现金奖励, 各获得10万元奖励); a reward's cap
    (举报属实的最高奖励20万元) is its target: a promise, not money paid."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit != "CNY":
            continue
        left = _clause_left(text, start, 16)
        reward_after = REWARD_AFTER.match(text, end)
        if REWARD_CAP.search(left) or (reward_after and CAP_BEFORE.search(left)):
            out[i] = ("funding.reward", "target")  # 最高奖励20万元, 最高可获20万元奖励 (单案最高212万元 is no reward)
        elif REWARD_BEFORE.search(left) or reward_after:
            out[i] = ("funding.reward", None)
    return out


#: a milestone crossed: ``优良天数318天，首次突破300天``, ``比例达92%，迈上90%台阶``
MILESTONE_BEFORE = re.compile(r"(?:首次|历史性地?|首度|率先)?(?:突破|迈上|跨过|跨越|越过)\s?$")


def milestone_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A round figure crossed right after the exact figure is a threshold: role target (GUIDELINES, milestones).

    ``优良天数318天，首次突破300天``: the 300 days are a mark the value passed, not a second value.  Only when
    an exact figure in the same unit comes first in the sentence; ``保有量突破25万辆`` alone stays the level
    reached.  The milestone takes the indicator of the figure it qualifies.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if i == 0 or not MILESTONE_BEFORE.search(text[max(0, start - 6):start]):
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        unit = normalize_quantity(text[start:end]).unit
        for j in range(i - 1, -1, -1):
            p_start, p_end = spans[j]
            if p_end < s_start or start - p_end > 40:
                break
            if normalize_quantity(text[p_start:p_end]).unit == unit:
                out[i] = (current[j], "target")
                break
    return out


#: water-class shares: the class named in the number's own clause says which share it is
INFERIOR_V = re.compile(r"劣(?:V|Ⅴ|五)类")
GOOD_WATER = re.compile(r"(?:I|Ⅰ|一|II|Ⅱ|二)类?\s*(?:-|—|～|~|至|到)?\s*(?:III|Ⅲ|三)类|(?<![\d.])[12]类?\s*(?:-|—|～|~|至|到)\s*3类|(?:II|Ⅱ|二)类(?:水质)?(?:及)?以上|优(?:III|Ⅲ|三)(?:类)?(?:水体|水质|断面)|(?<![ⅣⅤ四五V])(?:III|Ⅲ|三)类水质(?:比例|断面比例)|(?:III|Ⅲ|三)类(?:及)?以上|优良水质|水质优良|优良水体|水质达到或优于(?:III|Ⅲ)类"
                        r"|(?:达到或)?好于(?:III|Ⅲ|三)类|(?<![优良])好(?:III|Ⅲ|三)类(?:水体|水质|断面)")  # 好于Ⅲ类, 好三类水体: "better than" written 好
#: 海水 but not a lake called …海 followed by 水质 (阳宗海水质Ⅲ类, 洱海水质); 海水质量 is the sea's
SEA = re.compile(r"近岸海域|海水(?!质[^量])|海域")
#: the share of a single class IV or V right before its number (not 劣V, not the upper end of a range like Ⅰ—Ⅳ类)
CLASS_IV_V = re.compile(r"(?<![劣ⅠⅡⅢI~～至\-—－])(?:Ⅳ|Ⅴ|IV|V|四|五)类(?:水质|水体|水)?(?:断面|点位)?(?:比例|占比|所占比例)(?:为|是|达到|达)?$")
NOT_SECTION_SHARE = re.compile(r"饮用水|水源|地下水|达标率")
SHARE_UNITS = ("%", "pp")
#: a clause that is nothing but a share word: the subject is in the clause before (…的有17个，占89.5%)
SHARE_ONLY = re.compile(r"(?:共|合计|分别)?(?:占|占比|所占比例|比例|占比为|占比达)(?:为|达到|达|是)?")
#: 优良率 / 优良比例 with no subject of its own (not 优良天数比例, 空气优良率)
BARE_GOOD_RATE = re.compile(r"(?<![天气数])优良(?:率|比例)(?:为|达到|达|是)?\s*$")
SECTION_SUBJECT = re.compile(r"断面|水质|水体|地表水")
AIR_SUBJECT = re.compile(r"空气|天数|天气|大气|PM|颗粒物|臭氧")
#: a goal handed down for the share: 完成国家下达的90%考核目标, 高于省定的85%目标
ASSIGNED_SHARE_BEFORE = re.compile(r"(?:完成|达到|实现|优于|高于)[^，,。；;\d]{0,10}(?:下达|确定|要求|省定|国定)的?\s*$")
GOAL_NOUN_AFTER = re.compile(r"(?:的)?(?:年度)?(?:考核)?(?:目标|任务)")
#: the same share reported again for a later year, in the next clause: ``，2021年跃升为100%``
LEVEL_LATER = re.compile(r"[，,]\s*(?:(?:19|20)\d\d年(?:底|末)?)(?:进一步|更是|再)?(?:跃升|提升|提高|上升|升|下降|降|达到|达)(?:为|至|到)")
#: a clause that is nothing but a change word (it names no measure of its own): 同比下降, 优于考核目标
#: the baseline may be a named year (较2018年同期, 与2019年相比, 比2015年) and the page traditional (較, 與, 減少);
#: 反弹 is a rise back after a fall (同比反彈7.7%)
CHANGE_WORD = re.compile(r"(?:同比|环比|同比均|[较較比](?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期|度)?(?:相比)?|[与與](?:上年|去年|(?:19|20)\d\d年)(?:同期)?相比[，,]?)?(?:分别|分別)?"
                         r"(?:下降|上升|提高|增加|减少|減少|降低|改善|变好|變好|变差|變差|好转|好轉|恶化|惡化|优于|優於|高于|高於|低于|低於|好于|好於|反弹|反彈)了?"
                         r"(?:[^，,；;类]{0,4}(?:目标|标准|要求|均值|平均水平))?")


def water_share_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Shares of water sections by class (ANNOTATION s.3: the indicator is the thing measured).

    A percentage or percentage-point figure whose own clause names 劣V类 is ``water.inferior_v_ratio``; one
    naming a single class IV or V of surface water (``Ⅳ类水质比例为22.9%``) is ``other``; one
    whose clause names class I–III or 优良水质 is ``water.good_sections_ratio`` (``sea.good_quality_ratio``
    when the sentence is about coastal waters).  A change right after such a share, with no class of its
    own (``占比2.7%，同比下降4.1个百分点``), measures the same share.  Drinking-water sources, groundwater
    and compliance rates have their own indicators and are left to the classifier.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit not in SHARE_UNITS:
            continue
        left = _clause_left(text, start, 40)
        if NOT_SECTION_SHARE.search(left):
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        indicator = None
        if INFERIOR_V.search(left):
            indicator = "water.inferior_v_ratio"
        elif CLASS_IV_V.search(left) and not GOOD_WATER.search(left) and "地下水" not in text[max(0, start - 200):start]:
            indicator = "other"  # a class IV or V share of surface water has no taxonomy id (groundwater's has)
        elif GOOD_WATER.search(left):
            indicator = "sea.good_quality_ratio" if SEA.search(text, s_start, start) else "water.good_sections_ratio"
        elif i > 0 and i - 1 in out and CHANGE_WORD.fullmatch(left.strip()) and spans[i - 1][0] >= s_start \
                and start - spans[i - 1][1] <= 24:
            indicator = out[i - 1][0]
        elif i > 0 and i - 1 in out and spans[i - 1][0] >= s_start and LEVEL_LATER.fullmatch(text[spans[i - 1][1]:start]):
            indicator = out[i - 1][0]  # 比例由71.4%提升至85.7%，2021年跃升为100%: the same share a year later
        elif SHARE_ONLY.fullmatch(left.strip()):
            # 水质达到Ⅲ类及以上的有17个，占89.5%: the share's subject is the count's clause just before
            before = _clause_left(text, start - len(left) - 1, 40) if start - len(left) - 1 > s_start else ""
            if GOOD_WATER.search(before) and not re.search("劣|消灭|消除", before):
                indicator = "sea.good_quality_ratio" if SEA.search(text, s_start, start) else "water.good_sections_ratio"
        elif BARE_GOOD_RATE.search(left) and SECTION_SUBJECT.search(text, s_start, start) \
                and not AIR_SUBJECT.search(left) and not AIR_SUBJECT.search(_clause_left(text, start - len(left) - 1, 40)):
            # 地表水断面45个，优良率为86.7%: a bare 优良率 of sections is the share of good sections
            indicator = "sea.good_quality_ratio" if SEA.search(text, s_start, start) else "water.good_sections_ratio"
        elif i > 0 and i - 1 in out and ASSIGNED_SHARE_BEFORE.search(left) and GOAL_NOUN_AFTER.match(text, end) \
                and spans[i - 1][0] >= s_start:
            # 水质优良率95%，超额完成省下达的90%考核目标: the goal set for the share just reported
            indicator = out[i - 1][0]
        if indicator:
            out[i] = (indicator, None)
    return out


#: overall air-quality rankings (ANNOTATION s.2: 168 cities, 副省级城市 → air.aqi_composite rank)
AIR_RANKING = re.compile(r"空[气氣][质質]量|重[点點]城市|城市排名|168个|168個")
OTHER_AIR = re.compile(r"优良天数|优良率|PM2\.5|PM10|细颗粒物|可吸入颗粒物|臭氧|O3|二氧化|一氧化碳|降尘|改善幅度|水质|断面")
RANK_SHIFT = re.compile(r"(?:上升|下降|前移|后退|提升|进步|退步|提高)了?$")


def air_ranking_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A rank whose own clause speaks of overall air quality or the key-city ranking is ``air.aqi_composite``.

    ``空气质量居全省第一``, ``在全国168个重点城市排95位``: the contract puts overall air-quality rankings
    under the composite index, role rank (a shift, ``前移2位``, is a change and left to the classifier).
    Clauses that name a pollutant, good days or water are left alone.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        q = normalize_quantity(text[start:end])
        left = _clause_left(text, start, 40)
        positional = q.unit in ("rank", "rank_from_end") or (q.unit in ("位", "名") and re.search(r"(?:排|排名|居|位列|位居|列)$", left))
        if not (positional or q.unit in ("top", "bottom")):
            continue
        if not AIR_RANKING.search(left) or OTHER_AIR.search(left) or RANK_SHIFT.search(left):
            continue
        goal = re.search(r"力争|目标|确保|保持|争取", left)
        out[i] = ("air.aqi_composite", "rank" if positional and not goal else None)
    return out


#: the first sentence of a paragraph that announces goals: 会议明确了…预期目标。 / 主要目标是：
GOAL_OPENING = re.compile(r"(?:明确|提出|确定|设定|部署|下达)[^。！？\n]{0,24}(?:预期目标|主要目标|目标任务|工作目标|年度目标|考核目标)"
                          r"|(?:预期目标|主要目标|年度目标)(?:为|是|如下)?[：:]")
GOAL_DONE = re.compile(r"(?:完成|实现|达成|超额)[^。！？\n]{0,8}目标")  # 完成了年度目标任务: achieved, not announced
#: a goal assigned from above, stated before the number in its sentence
ASSIGNED_TASK = re.compile(r"(?:要完成|须完成|需完成|要实现)[^。！？\n，,]{0,12}下达|考核任务(?:是|为)")
#: ``在上半年完成25蒸吨的基础上``: the base already reached is a value, whatever goal follows
ACHIEVED_BASE = re.compile(r"^(?:的)?基础上")


def goal_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Roles the sentence frame decides.

    * every number of a paragraph that opens by announcing goals (``会议明确了全市…的预期目标。``) is a goal —
      role target (ANNOTATION s.3: a goal, plan, requirement), except the paragraph's opening sentence;
    * the base a plan builds on (``在已完成年度任务53.23%的基础上``) is a value.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if ACHIEVED_BASE.match(text[end:end + 4]) and "在" in _clause_left(text, start, 30):
            out[i] = (None, "value")
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        if ASSIGNED_TASK.search(text, max(s_start, start - 40), start):
            out[i] = (None, "target")  # 要完成市政府下达给我区的…同比下降6%左右: an assigned goal
            continue
        para_start = text.rfind("\n", 0, start) + 1
        first_end = SENTENCE_BREAK.search(text, para_start)
        if first_end is None or first_end.start() >= start:
            continue
        opening = text[para_start:first_end.start()]
        if GOAL_OPENING.search(opening) and not GOAL_DONE.search(opening):
            out[i] = (None, "target")
    return out


#: problems found: ``发现163个环境问题``, ``查出违法线索46条`` (GUIDELINES: 发现问题311个 → enforcement.issues_found)
FOUND_VERB = re.compile(r"发现|查出|排查出|检查出|梳理出|曝光")
PROBLEM_NOUN = re.compile(r"^[^，,。；;、]{0,6}?(?:问题|违法线索|问题线索|环境隐患)")
NOT_FOUND_CONTEXT = re.compile(r"整改|办结|交办|反馈|督察|销号|解决")
#: firms found breaking the rules, counted after the finding: ``共排查到违法排污企业62家``
VIOLATORS_FOUND_BEFORE = re.compile(r"(?:排查到|排查出|检查发现|查出|发现)[^，,。；;\d]{0,8}(?:违法|违规)[^，,。；;\d]{0,8}$")
#: ...or with the finding after the firms: ``检查发现A公司等32家企业存在未采取…``
VIOLATION_AFTER = re.compile(r"^(?:企业|单位|公司)?(?:存在|有)(?:未|违法|违规|环境问题|问题)")
#: staff turned out: ``共299名执法人员``, ``出动执法人员6120人次`` (GUIDELINES: staff turnout → other)
STAFF_AFTER = re.compile(r"^(?:执法人员|执法人|工作人员|执法力量|检查人员)")
STAFF_BEFORE = re.compile(r"出动(?:执法|检查)?(?:人员|力量)?(?:共|累计)?$")
#: fines: ``建议处罚20万元``, ``罚款合计118万元`` → enforcement.penalty_amount (not the lighter or exempted amounts)
FINE_BEFORE = re.compile(r"(?:处罚|罚款|罚没|罚没款|处以罚款|建议处罚|拟处罚款|拟处罚|罚单)(?:金额)?(?:共计|合计|共|累计|达到|达|为)?$")
NOT_PLAIN_FINE = re.compile(r"从轻|减轻|免予|免于|不予|赔偿|以上|以下")


#: sites and firms made the object of a check written after them: ``对全区86个工地和31家企业开展扬尘专项检查``
CHECKED_UNITS = ("个", "家", "处", "座", "户")
CHECK_OBJECT_BEFORE = re.compile(r"对[^，,。；;对]{0,24}$")
#: problems, not sites, made the object of the check (对61处碍洪问题进行复核排查): never a count of inspections
CHECKED_PROBLEMS = re.compile(r"[^，,。；;]{0,8}?(?:问题|隐患|线索|案件|违法|违规|风险)")
CHECK_AFTER_OBJECT = re.compile(r"[^，,。；;]{0,24}?(?:开展|进行|实施|组织)了?[^，,。；;]{0,12}?(?:检查|巡查|排查|督查|抽查|核查|执法)")


def _clause_right_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (its next clause mark, or 60 characters on)."""
    found = re.search(r"[，,。；;！？\n]", text[pos:pos + 60])
    return pos + (found.start() if found else min(60, len(text) - pos))


#: a patrol of rivers, lakes or reservoirs by their chiefs or rangers, counted in times or person-times: an inspection
#: (GUIDELINES: 巡河 counts are enforcement.inspections; a forest patrol's frequency, 巡林不少于2次, is other in gold)
PATROL_BEFORE = re.compile(r"巡[河湖查护護库庫]|巡[视視]河")


def enforcement_count_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Enforcement figures whose wording decides the indicator.

    * a count of problems or violation leads found → ``enforcement.issues_found``;
    * a count of staff turned out → ``other``;
    * an amount right after a fine word → ``enforcement.penalty_amount``;
    * a count of patrols in times or person-times (巡河2106人次) → ``enforcement.inspections``.
    The classifier's answer stands where it already names a different enforcement or inspection indicator.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        unit = normalize_quantity(surface).unit
        left = _clause_left(text, start, 30)
        right = text[end:end + 12]
        if unit in ("个", "条", "处", "项") and current[i] in ("other", "enforcement.inspections", None) \
                and PROBLEM_NOUN.match(right) and FOUND_VERB.search(left + right[:8]) and not NOT_FOUND_CONTEXT.search(left + right):
            out[i] = ("enforcement.issues_found", None)
        elif unit == "家" and current[i] in ("other", "enforcement.inspections", None) \
                and (VIOLATORS_FOUND_BEFORE.search(left) or (FOUND_VERB.search(left) and VIOLATION_AFTER.match(right))):
            out[i] = ("enforcement.issues_found", None)  # 排查到违法排污企业62家, 检查发现…等32家企业存在违法行为
        elif unit in CHECKED_UNITS and current[i] in ("other", None) and CHECK_OBJECT_BEFORE.search(left) \
                and not CHECKED_PROBLEMS.match(text, end) and CHECK_AFTER_OBJECT.match(text, end, _clause_right_end(text, end)):
            out[i] = ("enforcement.inspections", None)  # 对全区86个工地和31家企业开展扬尘专项检查
        elif unit in ("次", "人次") and current[i] in ("other", None) and PATROL_BEFORE.search(left[-12:]):
            out[i] = ("enforcement.inspections", None)  # 各级河长巡河2106人次, 村级河长每周巡河不少于1次
        elif unit in ("名", "人", "人次") and (STAFF_AFTER.match(right) or STAFF_BEFORE.search(left)):
            out[i] = ("other", None)
        elif (unit == "CNY" or (unit is None and surface.endswith(("万", "亿", "萬", "億")))) \
                and current[i] in ("other", None) and FINE_BEFORE.search(left) \
                and not NOT_PLAIN_FINE.search(left + right[:3]):
            out[i] = ("enforcement.penalty_amount", None)
    return out


# ---------------------------------------------------------------------------------------------
# Air pollutants written as a list, and the changes written after each concentration.
# ---------------------------------------------------------------------------------------------

#: pollutant names, simplified and traditional, with formula subscripts that pages may break onto a new line
POLLUTANT_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("air.pm25", re.compile(r"PM\s*2\s*[.．]\s*5|[细細][颗顆]粒物")),
    ("air.pm10", re.compile(r"PM\s*10|可吸入[颗顆]粒物")),
    # a page that dropped its subscripts writes SO and NO; read them so only inside a list (SO、NO、PM10)
    ("air.so2", re.compile(r"(?<![A-Za-z])SO\s*2|二氧化硫|(?<![A-Za-z])SO(?=[、和及与])")),
    ("air.no2", re.compile(r"(?<![A-Za-z])NO\s*2|二氧化氮|[氮][氧]化物|(?<![A-Za-z])NO(?=[、和及与])")),
    ("air.co", re.compile(r"(?<![A-Za-z])CO(?![A-Za-z0-9₂])|一氧化碳")),
    ("air.o3", re.compile(r"(?<![A-Za-z])O\s*3|臭氧")),
)


def last_named(names: tuple[tuple[str, re.Pattern[str]], ...], fragment: str) -> str | None:
    """The indicator of the name written last in ``fragment`` (a list's heading names what its figures measure)."""
    hits = [(m.end(), indicator) for indicator, pattern in names for m in pattern.finditer(fragment)]
    return max(hits)[1] if hits else None
#: what makes a list of pollutants a list of concentrations (not emissions: 氮氧化物排放量分别削减…)
CONCENTRATION_WORD = re.compile(r"[浓濃]度|均值|年均|月均|日均|平均")
LIST_CLAUSE_END = re.compile(r"[，,。；;！？\n]")
#: a formula subscript that a page put on its own line (``SO⏎2⏎``)
BROKEN_SUBSCRIPT = re.compile(r"(?<=[A-Z])\n([0-9])\n")


def pollutant_sequence(fragment: str) -> list[str]:
    """Pollutants named in ``fragment`` in order, a name and its formula in brackets counted once."""
    hits = sorted((m.start(), m.end(), ind) for ind, pat in POLLUTANT_NAMES for m in pat.finditer(fragment))
    out: list[str] = []
    last_end = -1
    for s, e, ind in hits:
        if s < last_end:
            continue  # PM10 inside a longer hit
        bridged = fragment[last_end:s] if last_end >= 0 else ""
        if out and out[-1] == ind and re.fullmatch(r"\s*[（(]?\s*", bridged):
            last_end = e  # 二氧化硫(SO2): one pollutant
            continue
        out.append(ind)
        last_end = e
    return out


def pollutant_list_links(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """``SO2、NO2、PM10浓度分别下降a、b、c``: the k-th number measures the k-th pollutant.

    Like the place pairing in ``respectively.py``, but on pollutant names only, so that a formula broken
    over lines (``SO⏎2⏎``) or a name the taxonomy's cue list lacks (氮氧化物 concentration) still counts.
    Applies when the subject part before 分别 speaks of concentrations and names as many pollutants as there
    are numbers after 分别 in its clause; a single number after several pollutants (``CO和O3浓度分别上升
    12.5%``) is the shared-value case and takes the first pollutant (GUIDELINES section 6).
    """
    out: dict[int, str] = {}
    flat = BROKEN_SUBSCRIPT.sub(r" \1 ", text)  # same length, so positions still point into ``text``
    for m in re.finditer("分[别別]", text):
        marks = [x.end() for x in LIST_CLAUSE_END.finditer(flat, max(0, m.start() - 120), m.start())]
        subject = flat[max(marks) if marks else max(0, m.start() - 120):m.start()]
        if not CONCENTRATION_WORD.search(subject):
            continue
        pollutants = pollutant_sequence(subject)
        if len(pollutants) < 2:
            continue
        end_mark = re.compile(r"[，,。；;！？\n]").search(text, m.end())
        clause_end = end_mark.start() if end_mark else len(text)
        idx = [i for i, (s, e) in enumerate(spans) if m.end() <= s and e <= clause_end]
        if len(idx) == len(pollutants):
            out.update(zip(idx, pollutants))
        elif len(idx) == 1:
            out[idx[0]] = pollutants[0]
    return out


#: a concentration unit the quantity span left outside: ``47微克/米3`` read as ``47微克``
SPLIT_CONCENTRATION_UNIT = re.compile(r"\s*/\s*(?:米|m)\s*(?:3|³)")


def _is_concentration(text: str, start: int, end: int) -> bool:
    """Is the span a concentration, its unit written whole or cut after 微克/毫克 (``64微克/米3``)?"""
    unit = normalize_quantity(text[start:end]).unit
    if unit in CONCENTRATION_UNITS:
        return True
    return unit in ("微克", "毫克") and bool(SPLIT_CONCENTRATION_UNIT.match(text, end))


#: another number of the same list follows at once (``10.3%、12.0%``, ``70和44``)
LIST_NEXT = re.compile(r"\s*[、和及与與]\s*[\d.]")


def pollutant_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """``PM10浓度70微克/立方米，同比下降9.1%``: a change written right after a concentration measures its pollutant.

    A percentage, percentage-point or concentration figure whose own clause is nothing but a change word
    (``同比下降9.1%``, ``比上年同期下降3微克/立方米``) takes the air pollutant of the concentration just
    before it in the same sentence (the indicator is the thing measured, ANNOTATION s.3).  Without this the
    classifier, reading the next item of a pollutant list (``；PM10平均浓度为…``), often names that one.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if i == 0:
            continue
        unit = normalize_quantity(text[start:end]).unit
        if unit not in SHARE_UNITS and unit not in CONCENTRATION_UNITS:
            continue
        prev_start, prev_end = spans[i - 1]
        if current[i - 1] not in AIR_POLLUTANTS or not _is_concentration(text, prev_start, prev_end):
            continue
        between = text[prev_end:start]
        if len(between) > 16 or SENTENCE_BREAK.search(between):
            continue
        if LIST_NEXT.match(text, end) or LIST_NEXT.match(text, prev_end):
            continue  # 分别为70、44微克/立方米，较上年下降10.3%、12.0%: lists, paired item by item elsewhere
        left = _clause_left(text, start, 20).strip()
        if CHANGE_WORD.fullmatch(left) and "分别" not in left:  # 分别下降a、b: a list, paired by the list rule
            out[i] = (current[i - 1], None)
    return out


# ---------------------------------------------------------------------------------------------
# Levels reached: ``从2015年的60微克/立方米下降至2023年的35微克/立方米``.
# ---------------------------------------------------------------------------------------------

#: a verb that states the level reached, the year it was reached allowed between (下降至2023年的35微克)
LEVEL_REACHED = re.compile(r"(?:(?:下降|降低|减少|上升|升高|提高|提升|增加|增长)(?:至|到)|增至|降至|升至|降到|升到)"
                           r"(?:[\d〇零一二三四五六七八九]{4}年(?:底|末)?的?)?$")
#: the start of a from-to span: ``从2015年的``
FROM_LEVEL = re.compile(r"从(?:[\d〇零一二三四五六七八九]{4}年(?:底|末)?的?)?$")
#: a goal, plan or forecast in the sentence before the number: the level is a target, left to goal rules
LEVEL_GOAL = re.compile(r"力争|目标|计划|预计|确保|要求|任务|(?<![降低少升高加长])到20\d\d年|将")


def level_reached_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A number after a verb of reaching (降至, 提高到, 下降至2023年的) is the level reached: role ``value``.

    ANNOTATION s.3 and ``configs/direction.json``: 降至, 提高到 state the level reached, not a change.
    Pages reviewing a decade write ``从2013年的83微克/立方米下降至2022年的38微克/立方米``, the year of the new
    level between the verb and the number, and the classifier, seeing 下降 close by, calls the number a
    change of whatever it guesses.  The level reached measures what the level it started from measures
    (the number after 从), whose indicator is named right before it.  Goals (力争降至…) are left alone.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        left = _clause_left(text, start, 24)
        if not LEVEL_REACHED.search(left):
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        if LEVEL_GOAL.search(text, s_start, start):
            continue
        indicator = None
        if i > 0:
            p_start, p_end = spans[i - 1]
            if p_end <= start and FROM_LEVEL.search(text, max(s_start, p_start - 10), p_start) \
                    and not ITEM_BREAK.search(text, p_end, start) and start - p_end <= 16:
                indicator = current[i - 1]
        out[i] = (indicator, "value")
    return out


# ---------------------------------------------------------------------------------------------
# Day categories (ANNOTATION s.2, "Indicators").
# ---------------------------------------------------------------------------------------------

#: the last category word before a day count decides what is counted
DAY_CATEGORY = re.compile(
    r"(?P<heavy>重度|严重污染|嚴重污染|重污染)"
    r"|(?P<other>非[优優]良|轻度|輕度|中度|首要污染物|有效(?:监测|監測)?天|监测有效天|監測有效天|(?:监测|監測|实测|實測)天|采样天|採樣天|总天数|總天數|污染天|污染日|超标|超標|霾|沙尘|沙塵|影响天|影響天|酸雨)"
    r"|(?P<good>[优優良](?:[)）])?(?:的)?天|优良|優良|优级|優級|良好|好天气|达标天|達標天)")
#: a pollution grade written right after a day count (1天轻度污染, 2天重度污染): the count is of that grade's days
DAY_CATEGORY_AFTER = re.compile(r"(?:的|为|為)?(?:(?P<heavy>重度|严重|嚴重)|轻度|輕度|中度)(?:及以上)?(?:污染|汙染)")
#: a count of days a goal was met early by (提前11天完成年度目标) is a lead in time, never a count of days by grade
DAYS_AHEAD = re.compile(r"(?:提前|提早)(?:了)?$")
#: between a day count and its share of the monitored days
GOOD_DAY_SHARE = re.compile(r"[，,]?\s*[占佔](?:[^，,。；;]{0,16}?天[数數](?:\([a-zà-ü]+\))?的?|比(?:为|為)?)?")
#: the same share with the count of effective days in brackets: ``优良天数345天，占全年有效天数（365天）的94.5%``
GOOD_DAY_SHARE_BRACKET = re.compile(r"[，,]?\s*占[^，,。；;（(]{0,16}?天[数數]\s*[（(][^（()）]{0,12}[)）]\s*的?")
DAY_CLAUSE_BREAK = re.compile(r"[，,。；;！？\n、]")


#: a share of days named before its figures: ``轻度污染天数比例分别为10.7%、25.0%``
DAY_SHARE_TAIL = re.compile(r"[^，,。；;\d]{0,6}(?:天数|天[數数]|天)(?:比例|占比|比率|[占佔])(?:分别|均)?(?:为|是|达)?(?:[\d.]+%、)*")


def _day_share_category(text: str, start: int) -> str | None:
    """The day category (``other``: 轻度, 中度, 超标; ``heavy``: 重度 and worse) whose share of days is named in
    the clause right before ``start`` (``中度污染天数比例为2.1%``, ``重度污染以上的天数占1.5%``), else ``None``."""
    lo = max(0, start - 60)
    marks = [m.end() for m in re.finditer(r"[，,。；;！？\n]", text[lo:start])]
    clause = text[lo + (marks[-1] if marks else 0):start]
    hits = [h for h in DAY_CATEGORY.finditer(clause) if not re.fullmatch(r"污染[天日]", h.group())]
    if not hits or hits[-1].lastgroup == "good" or not DAY_SHARE_TAIL.fullmatch(clause[hits[-1].end():]):
        return None
    return hits[-1].lastgroup


def _other_day_share(text: str, start: int) -> bool:
    """Is the share at ``start`` the share of days of an ``other`` category (轻度, 中度, 超标) named in its clause?"""
    return _day_share_category(text, start) == "other"


def day_category_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Counts of days by category: only 优/良 days are good days and only 重度 and worse are heavy-pollution days.

    ANNOTATION s.2: 轻度/中度 pollution days, days with a given primary pollutant, effective monitoring days
    and total polluted days are ``other``, and so are their shares (``占比5.8%``); so are the days that are not
    good (``非优良天数``, whose words hold 优良), days over a limit (``臭氧超标3天``), haze days and the days
    measured (``实测天数``, ``总监测天数``), all counts of days in a period that GUIDELINES s.3 leaves ``other``.
    The last category word in the day count's own clause decides (``重度及以上污染天数`` stays heavy; ``优的天数有36天``
    is good days).  Days a goal was met ahead of time (``提前5天完成``) measure a lead, not a grade: ``other``.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        unit = normalize_quantity(text[start:end]).unit
        if unit == "days":
            lo = max(0, start - 30)
            marks = [m.end() for m in DAY_CLAUSE_BREAK.finditer(text, lo, start)]
            left = text[max(marks) if marks else lo:start]
            hits = list(DAY_CATEGORY.finditer(left))
            if DAYS_AHEAD.search(left):
                out[i] = ("other", None)  # 提前5天完成优良天数目标: how early, not how many good days
                continue
            graded_after = DAY_CATEGORY_AFTER.match(text, end)
            if graded_after:  # 仅1天轻度污染, 出现2天重度污染: the category written after the count is its own
                out[i] = ("air.heavy_pollution_days", None) if graded_after.group("heavy") else ("other", None)
                continue
            if not hits:
                if i > 0 and out.get(i - 1, (None,))[0] == "other" and CHANGE_WORD.fullmatch(left.strip()) \
                        and start - spans[i - 1][1] <= 12:
                    out[i] = ("other", None)  # 灰霾天数2天，同比减少1天: the change counts the same days
                continue
            # 重度污染天: the plain 污染天/污染日 after a qualifier is the qualifier's
            specific = [h for h in hits if not re.fullmatch(r"污染[天日]", h.group())]
            kind = specific[-1].lastgroup if specific else "other"
            if kind == "other":
                out[i] = ("other", None)
            elif kind == "good" and current[i] in ("other", None, "air.heavy_pollution_days") and len(left) - specific[-1].end() <= 8:
                out[i] = ("air.good_days", None)
            elif kind == "heavy" and current[i] in ("other", None, "air.good_days") and len(left) - specific[-1].end() <= 8:
                out[i] = ("air.heavy_pollution_days", None)  # 其中…中度污染17天，重度污染7天
        elif unit in SHARE_UNITS and _other_day_share(text, start):
            out[i] = ("other", None)  # 轻度污染天数比例分别为10.7%、25.0%
        elif unit in SHARE_UNITS and _day_share_category(text, start) == "heavy" and current[i] in ("other", None, "air.good_days_ratio"):
            out[i] = ("air.heavy_pollution_days", None)  # 重度污染以上的天数占1.5%
        elif unit in SHARE_UNITS and i > 0 and (out.get(i - 1, (None,))[0] or current[i - 1]) == "air.good_days" \
                and GOOD_DAY_SHARE.fullmatch(text[spans[i - 1][1]:start]):
            out[i] = ("air.good_days_ratio", None)  # 优的天数共64天，占有效监测天数的71.1%; 良182天，佔49.7%
        elif unit in SHARE_UNITS and i > 0 and (out.get(i - 1, (None,))[0] or current[i - 1]) == "air.heavy_pollution_days" \
                and normalize_quantity(text[spans[i - 1][0]:spans[i - 1][1]]).unit == "days" \
                and GOOD_DAY_SHARE.fullmatch(text[spans[i - 1][1]:start]):
            out[i] = ("air.heavy_pollution_days", None)  # 重度污染2天，占比0.5%: the share of the days just counted
        elif unit in SHARE_UNITS and i > 1 and (out.get(i - 2, (None,))[0] or current[i - 2]) == "air.good_days" \
                and GOOD_DAY_SHARE_BRACKET.fullmatch(text[spans[i - 2][1]:start]):
            out[i] = ("air.good_days_ratio", None)  # 优良天数87天，占总有效天数（88天）的98.9%
        elif unit in SHARE_UNITS and i > 0 and out.get(i - 1, (None,))[0] == "other":
            between = text[spans[i - 1][1]:start]
            if len(between) <= 8 and re.fullmatch(r"[，,]?\s*(?:占比|占|比例为|比例)(?:为)?", between):
                out[i] = ("other", None)  # 以NO2为首要污染物的天数为21天，占比5.8%
    return out


# ---------------------------------------------------------------------------------------------
# Compliance rates: the subject named before 达标率 decides whose rate it is.
# ---------------------------------------------------------------------------------------------

COMPLIANCE_WORD = re.compile(r"达标率|達標率|达标比例|達標比例")
#: subjects of a compliance rate, nearest first wins; a class standard (地表水Ⅲ类标准) is no subject
COMPLIANCE_SUBJECT = re.compile(
    r"(?P<drinking>饮用水|飲用水|水源(?!涵养|涵養))"  # 水源达标率: the source written short
    r"|(?P<sections>断面|斷面|河流|内河|內河|江河|湖库|湖庫|湖泊|地表水(?![^，,。；;]{0,6}(?:标准|標準))|水功能区|水功能區)"
    r"|(?P<groundwater>地下水)"
    r"|(?P<noise>噪声|噪聲|声环境|聲環境)"
    r"|(?P<air>空气|空氣|AQI|天数|天數)")
COMPLIANCE_INDICATOR = {"drinking": "water.drinking_source_compliance", "sections": "water.sections_compliance", "groundwater": None,
                        "noise": "noise.compliance", "air": None}
COMPLIANCE_CONFUSABLE = {"water.drinking_source_compliance", "water.sections_compliance", "noise.compliance", "noise.level",
                         "groundwater.quality", "other", None}
ACID_RAIN = re.compile(r"酸雨(?:频率|頻率|发生率|出現率|出现率)")


def _list_glue(gap: str, limit: int = 12) -> bool:
    """True when ``gap`` joins two list items: short, no clause mark, a 、/和/及/与 in it (``断面、县级以上``).

    ``limit`` is longer for a value the list shares (``…均为100%``), whose items may each carry a count and
    an example (``A河等12个地表水、B水库等11个县级及以上饮用水和…``)."""
    return bool(re.fullmatch(r"[^，,。；;]{0,%d}" % limit, gap) and re.search(r"[、和及与]", gap))


#: between an example's name and the kind of item it belongs to: ``漳县城区水源等7个地下水``
EXAMPLE_OF_ITEM = re.compile(r"等[\d一二两三四五六七八九十百]+[个個处處条條座]")
#: a value shared by the list before it: ``…水质达标率均为100%``
SHARED_VALUE = re.compile(r"[均皆](?:为|為|达到|達到|达|達|保持|是)?\s*$")


def compliance_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A compliance rate belongs to the subject its sentence names last before it (ANNOTATION s.2).

    ``饮用水源地…水质达标率为100%`` is drinking-water compliance, ``河流断面水功能区达标率`` section
    compliance, ``功能区噪声昼间达标率`` noise compliance; an air subject (AQI达标率) is left to the classifier.
    Subjects joined as a list (``地表水、饮用水水源地水质达标率``) share one value, which takes the first
    (GUIDELINES section 6).  Acid-rain frequency is ``other``.  A change written right after such a rate,
    with no measure of its own (``达标率为83.7%，同比上升14.8%``), measures the same rate.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit not in SHARE_UNITS:
            continue
        left = _clause_left(text, start, 30)
        if i > 0 and i - 1 in out and CHANGE_WORD.fullmatch(left.strip()) and start - spans[i - 1][1] <= 16:
            out[i] = out[i - 1]
            continue
        if ACID_RAIN.search(left):
            out[i] = ("other", None)
            continue
        if not COMPLIANCE_WORD.search(left) or current[i] not in COMPLIANCE_CONFUSABLE:
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        window = text[max(s_start, start - 100):start]
        hits = list(COMPLIANCE_SUBJECT.finditer(window))
        if not hits:
            continue
        k = len(hits) - 1
        glue = 24 if SHARED_VALUE.search(left) else 12
        while k > 0:
            gap = window[hits[k - 1].end():hits[k].start()]
            same_item = hits[k - 1].lastgroup == hits[k].lastgroup and re.fullmatch(r"[^，,。；;、和及与]{0,4}", gap)
            # B水源等7个地下水: a named example before its item's kind belongs to that item
            example = EXAMPLE_OF_ITEM.fullmatch(gap)
            if not (same_item or example or _list_glue(gap, glue)):
                break
            k -= 1  # 地表水断面、饮用水水源地水质达标率: the list's first subject (饮用水水源地 is one item)
        indicator = COMPLIANCE_INDICATOR[hits[k].lastgroup]
        if indicator:
            out[i] = (indicator, None)
    return out


#: a quality share of water, not a compliance rate: 水质优良比例, 优Ⅲ比例, Ⅰ—Ⅲ类优良水质比例, 优于Ⅲ类)比例
QUALITY_SHARE = re.compile(r"(?:优良|優良|优Ⅲ|優Ⅲ|(?:III|Ⅲ|三)类\)?|(?:III|Ⅲ|三)類\)?|水质|水質)(?:水质|水質|水体|水體)?(?:的)?(?:比例|比率|占比|佔比|优良率|優良率)"
                           r"(?:保持|均为|均為|为|為|达到|達到|达|達|是)*\s*$")


#: other waters named earlier in the same clause: a value shared by a list goes to the first
OTHER_WATER_FIRST = re.compile(r"断面|斷面|地表水|地下水|河流|湖库|湖庫|水功能区|水功能區")


def drinking_share_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A quality share whose subject is a drinking-water source is ``water.drinking_source_compliance``.

    Sources are reported by the share of good water as often as by a compliance rate
    (``集中式饮用水水源地水质优良比例为100%``, ``水源Ⅰ—Ⅲ类水质比例保持100%``); the classifier, seeing
    优良比例 or a class, calls it the share of good sections, which counts river and lake sections.  The
    subject is found as for :func:`compliance_links` (nearest named, a list's first item), so
    ``5个国控断面、城市集中式饮用水水源地水质优良比例`` keeps the sections' indicator.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit != "%":
            continue
        left = _clause_left(text, start, 40)
        if not QUALITY_SHARE.search(left) or COMPLIANCE_WORD.search(left):
            continue  # compliance rates are compliance_links' business
        if current[i] not in {"water.good_sections_ratio", "water.sections_compliance", "groundwater.quality", "other", None}:
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        window = text[max(s_start, start - 100):start]
        hits = list(COMPLIANCE_SUBJECT.finditer(window))
        if not hits or "地下水" in window[hits[-1].start():]:
            continue
        k = len(hits) - 1
        while k > 0:
            gap = window[hits[k - 1].end():hits[k].start()]
            same_item = hits[k - 1].lastgroup == hits[k].lastgroup and re.fullmatch(r"[^，,。；;、和及与]{0,4}", gap)
            if not (same_item or _list_glue(gap)):
                break
            k -= 1
        if hits[k].lastgroup != "drinking" or "、" in window[hits[-1].end():]:
            continue
        subject_at = max(s_start, start - 100) + hits[k].start()
        clause_start = start - len(_clause_left(text, start, 100))
        if OTHER_WATER_FIRST.search(text, clause_start, max(clause_start, subject_at)):
            continue  # 断面水质优良比例、地下水…、饮用水水源地水质优良比例均为100%: a shared value takes the first named
        out[i] = ("water.drinking_source_compliance", None)
    return out


# ---------------------------------------------------------------------------------------------
# Ranks whose own clause names nothing: the sentence or the article says what is ranked.
# ---------------------------------------------------------------------------------------------

RANK_SCOPE = re.compile(r"全[国國省]|省会|省會|重[点點]城市|设区市|設區市|地级|地級|城市中|[0-9]+[个個]城市")
#: a rank clause that names another subject (water, ecology, satisfaction, investment…) is not an air rank
NOT_AIR_RANK = re.compile(r"水|生态|生態|文明|满意|滿意|考核|考評|排放|碳|土壤|噪|[声聲]|森林|[绿綠]|投[资資]|[项項]目|示范|示範|执法|執法|"
                          r"案|分[别別]|优良|優良|PM|[颗顆]粒|臭氧|二氧化|[浓濃]度|天[数數]|改善|幅度")
AIR_WORD = re.compile(r"空[气氣][质質]量|空[气氣]综合指数|空[气氣]綜合指數")
#: a sentence about another ranking (water sections, ecology, satisfaction)
OTHER_SUBJECT = re.compile(r"水|断面|斷面|生态文明|生態文明|满意|滿意|考核评价|考核評價")
OTHER_MEASURE = re.compile(r"综合指数|綜合指數|优良|優良|水质|水質|断面|斷面")


def unnamed_rank_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Ranks (``在中部省会城市中排名第一``, ``位列全国第12位``, ``进入全国前20``) whose clause names no subject.

    * where the sentence before the rank reports one pollutant's concentration and no other measure, the
      rank is that pollutant's (a PM2.5-only ranking is ``air.pm25``);
    * otherwise, where the 300 characters before it speak of air quality (a ranking article broken into
      short lines), it is the overall air-quality rank, ``air.aqi_composite`` role rank (ANNOTATION s.2).
    Clauses that name another subject — water, ecology, satisfaction, a pollutant — are left alone.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        q = normalize_quantity(text[start:end])
        left = _clause_left(text, start, 30)
        positional = q.unit in ("rank", "rank_from_end") or (q.unit in ("位", "名") and re.search(r"(?:排|排名|居|位列|位居|列)$", left))
        if not (positional or q.unit in ("top", "bottom")) or RANK_SHIFT.search(left):
            continue
        if not RANK_SCOPE.search(left) or NOT_AIR_RANK.search(left) or AIR_WORD.search(left):
            continue  # a clause that names air quality is the other rule's
        if re.search(r"力争|目标|确保|争取|力爭|確保", left):
            continue
        s_start, _ = _sentence_bounds(text, start, end)
        before = text[s_start:start - len(left)]
        pollutants = set(pollutant_sequence(before))
        if len(pollutants) == 1 and CONCENTRATION_WORD.search(before) and not OTHER_MEASURE.search(before):
            out[i] = (pollutants.pop(), "rank" if positional else None)
        elif not pollutants and AIR_WORD.search(text, max(0, start - 300), start) and not OTHER_SUBJECT.search(before) \
                and current[i] in CONFUSABLE | {"enforcement.penalty_cases"}:
            out[i] = ("air.aqi_composite", "rank")
    return out


#: ``综合指数降低了7.2%``: a change of the air-quality composite index in its own clause
COMPOSITE_CHANGE = re.compile(r"(?:空[气氣][质質]量)?(?:综合指数|綜合指數)(?:同比|较上年|比上年)?(?:下降|降低|改善|上升|升高|增加|减少|減少)了?$")


def composite_change_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A percentage change written right after 综合指数 measures the air-quality composite index (ANNOTATION s.2).

    Left alone where the clause names water (水质综合指数) or the ecological index.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if normalize_quantity(text[start:end]).unit not in SHARE_UNITS:
            continue
        left = _clause_left(text, start, 20)
        if COMPOSITE_CHANGE.search(left) and not re.search(r"水|生态|生態", left):
            out[i] = ("air.aqi_composite", None)
    return out


# ---------------------------------------------------------------------------------------------
# Goals written as a change: ``超额完成下降6%的目标``, ``改善目标为PM2.5浓度下降5%``.
# ---------------------------------------------------------------------------------------------

CHANGE_VERB_END = re.compile(r"(?:下降|降低|减少|削减|上升|提高|增加|提升|改善|压减)了?$")
#: the goal named right after the number: ``…下降6%的目标``, ``…削减1800吨的年度任务``
GOAL_AFTER = re.compile(r"(?:以上|以内|左右)?的(?:年度|改善|考核|约束性|既定|总体)?(?:目标|任务|要求)")
#: the goal named before the change verb in the number's clause: ``改善目标为PM2.5浓度下降5%``
GOAL_BEFORE = re.compile(r"目标(?:任务)?(?:为|是|：|:)[^，,。；;]{0,16}$")


def change_goal_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A change that a goal names is the goal: role ``target``, the indicator kept.

    ANNOTATION s.3: target is a goal, plan or requirement.  ``PM2.5浓度同比下降19.3%，超额完成下降6%的目标``:
    19.3% is the change reached, 6% the change required; the classifier, seeing 下降 right before the
    number, calls both changes.  The goal is named right after the number (``的目标``, ``的年度任务``) or
    before the change verb in its clause (``改善目标为…下降5%``).
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        left = _clause_left(text, start, 40)
        if not CHANGE_VERB_END.search(left):
            continue
        verb = CHANGE_VERB_END.search(left)
        if GOAL_AFTER.match(text, end) or GOAL_BEFORE.search(left[:verb.start()]):
            out[i] = (None, "target")
    return out


#: the number's own noun is the goal: ``完成省定12天目标``, ``可达85%任务目标``, ``目标值0.05毫克/升的要求``
NAMED_GOAL_AFTER = re.compile(r"(?:以上|以下|以内|左右)?(?:的)?(?:年度|考核|约束性|既定|总体|任务|工作)?目标(?!值|任务完成)|(?:以上|以下|以内)?的(?:考核|国家)?要求")
#: a goal named right before the number: ``目标值``, ``国家下达的`` (not 省定, which also sorts monitoring points: 省定82个点位)
NAMED_GOAL_BEFORE = re.compile(r"(?:国家下达的?|省下达的?|目标值(?:为|是)?)$")


#: what joins two items of a list of figures: 、 和 及 与 (a comma or a word between starts another clause)
GOAL_LIST_GLUE = re.compile(r"\s*(?:、|和|及|与|以及)\s*")


def named_goal_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """A number whose own noun is a goal or requirement is role ``target`` (ANNOTATION s.3), the indicator kept.

    ``率先完成省定12天目标``: reaching the goal does not make its figure the level reached; the level is
    reported beside it.  Only the number written right before 目标/的要求, or right after 目标值/下达的, is taken.
    """
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        if NAMED_GOAL_AFTER.match(text, end) or NAMED_GOAL_BEFORE.search(text, max(0, start - 8), start):
            out[i] = (None, "target")
            if NAMED_GOAL_AFTER.match(text, end):
                # 完成削减75吨、2.1吨、140吨和50吨的目标任务: the goal named after a list's last item is every item's
                j = i
                while j > 0 and GOAL_LIST_GLUE.fullmatch(text[spans[j - 1][1]:spans[j][0]]):
                    j -= 1
                    out[j] = (None, "target")
    return out


#: a table column that counts one category of air-quality days (``优 | 良 | 轻度 污染 | 重度 污染 | 达标天数``)
DAY_COLUMN = re.compile(r"(?P<good>[优優良]|优级|優級|良好|优良天数|優良天數|达标天数|達標天數)"
                        r"|(?P<other>(?:轻度|輕度|中度)(?:污染)?|超标天数|超標天數)"
                        r"|(?P<heavy>(?:重度|严重|嚴重)(?:污染)?(?:及以上)?)")
#: a table about air quality or counted in days
DAY_TABLE = re.compile(r"空[气氣]|AQI|天")
DAY_COLUMN_INDICATOR = {"good": "air.good_days", "other": "other", "heavy": "air.heavy_pollution_days"}


def day_column_indicator(label: str, caption: str) -> str | None:
    """The indicator of a table column that counts days of one air-quality category, or ``None``.

    ANNOTATION s.2 and ``day_category_links``: separate counts of 优 and 良 days are good days, 轻度 and 中度
    days are other, 重度 and worse are heavy-pollution days.  A header of one character (``优``) or with a
    line break inside (``轻度 污染``) gets no indicator from the cue words, or the wrong one; in a table whose
    caption speaks of air quality or counts days, the category alone decides.
    """
    m = DAY_COLUMN.fullmatch(re.sub(r"\s+", "", label))
    if not m or not DAY_TABLE.search(caption):
        return None
    return DAY_COLUMN_INDICATOR[m.lastgroup]
