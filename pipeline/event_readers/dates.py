"""The day a gathering was held, and its year when the page gives none.

A report dates its event by a day-level DATE in the reporting sentence (``22日`` takes the dateline's
month, ``当天`` the day stated before, ``今(18)日`` the month the sentence states); the year is the
publication's, else the one the text writes for the event (GUIDELINES §5: a year is never invented,
``XXXX`` stands for one unknown).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..components.context import DocContext
from ..components.spans import text_of
from .page import EventPage
from .words import EventWords

DAY_DATE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}")
#: a report that refers back to the day just stated (当天,X召开…)
ANAPHORIC_DAY = re.compile(r"当天|当日|同日|同一天")
#: days named relative to the publication (今天上午)
RELATIVE_DAY = re.compile(r"今天|今日|昨天|昨日|前天|明天")
#: a day without its month (3日, 22日上午)
BARE_DAY = re.compile(r"^(3[01]|[12]\d|0?[1-9])日")  # never 77日: a month and day whose 月 was lost (its norm says)
#: a day written with its month (6月5日, 2024-06-05, 2024/6/5, 06.05): the month a later bare day shares
WRITTEN_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:月|[-/.])\d{1,2}(?:日|号|(?!\d))")
#: a relative day with its day of month in brackets (今(18)日): the month is the reference's guess
BRACKETED_DAY = re.compile(r"^[今昨明]\s?[（(](\d{1,2})[)）]日")
#: a month-level date (2021-06), which a bracketed day in the same sentence belongs to
MONTH_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
#: a year written in a date's own text (2024年3月5日, 2024-03-05, 二〇二四年)
WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}年")
#: a meeting hearing the report on a year's work (听取了 2021 年…工作情况汇报, 聽取…匯報): the year's work so far,
#: so the year the meeting is held in (GUIDELINES §5, real-1284); a year reviewed (总结2020年…) is not
HEARD_REPORT = re.compile(r"(?:听取|聽取)了?\s?(?:\d{4})\s?年[^，,。；;]{0,30}?(?:汇报|匯報)")
#: a year the page writes for work being done or convened now (GUIDELINES §5, the year from the text): a sitting
#: numbered within its year (2021年第三次会议, 2021年度第五次全体会议, 2018年全会, 市委2024年第35次常委会), a
#: year's work convened or carried out (召开2024年度…会议, 开展2021年上半年巡河工作, 2021年度山东省总河长会议在…召开),
#: or a report heard on it (听取了各单位2023年…工作开展情况的汇报).  A year's plans (部署2024年重点工作) were tried
#: and left out: the pages' gold gives a meeting planning the year a year as often as none.
SITTING_YEAR = re.compile(r"((?:19|20)\d{2})\s?年度?(?:第[一二三四五六七八九十\d]+次|全会)")
CONVENED_YEAR = re.compile(r"(?:召开|开展|举行|组织开展)了?\s?((?:19|20)\d{2})\s?年(?!以来|[底末初])([^，,。；;\n]{0,24})"
                           r"|((?:19|20)\d{2})\s?年度?([^，,。；;\n]{2,24}?(?:会议|大会))(?:在[^，,。；;\n]{1,10})?(?:召开|举行|开幕)")
HEARD_WORK = re.compile(r"(?:听取|聽取)了?[^，,。；;\n]{0,12}?((?:19|20)\d{2})\s?年(?!以来)[^，,。；;\n]{0,30}?(?:汇报|匯報)")

#: the lunar calendar's mark before a date (农历, 夏历, 阴历)
LUNAR_BEFORE = re.compile(r"(?:农历|農曆|夏历|阴历|陰曆)[ \t]?$")


def publication_year(ctx: DocContext | None) -> str:
    """The year the article was published, ``XXXX`` when the page gives none."""
    return str(ctx.year) if ctx is not None and ctx.year else "XXXX"


def event_date(words: EventWords, page: EventPage, sent: Span, verb_offset: int) -> str | None:
    """The day the sentence reports the event on: the last day-level DATE before the convening
    verb (``记者从20日召开的…发布会`` after a page timestamp), else the first after it, a written
    day before a relative one (``1月23日讯…今天,X召开``, as the dateline dates the report); a bare
    ``22日`` takes its month from the date before it (the dateline's ``7月22日电``) and its year
    from the publication date (``XXXX`` without one); an anaphoric ``当天``/``当日`` opening the
    report takes the last day stated before the sentence."""
    verb_char = sent.start_char + verb_offset
    text = text_of(page.doc)
    # a lunar date written beside the calendar one (农历2022年9月22日) is no day of the calendar
    dates = [e for e in page.index.within(sent)
             if e.label_ == "DATE" and not LUNAR_BEFORE.search(text, max(0, e.start_char - 3), e.start_char)]
    days = [(e, d) for e, d in ((e, day_of(page, e)) for e in dates) if d]
    # a relative day (今天) is read from the publication date; the dateline's day (1月23日讯) wins
    explicit = [(e, d) for e, d in days if not RELATIVE_DAY.match(e.text)]
    days = explicit or days
    before = [(e, d) for e, d in days if e.end_char <= verb_char]
    if before or days:
        ent, day = before[-1] if before else days[0]
        return bracketed_month(page, sent, ent) or day
    occasion = occasion_day(words, sent.text[:verb_offset], page.ctx)
    if occasion:
        return occasion
    if ANAPHORIC_DAY.search(sent.text[:verb_offset]):
        earlier = [e for e in page.index.starting_in(0, sent.start_char) if e.label_ == "DATE"]
        for ent in reversed(earlier):
            day = day_of(page, ent)
            if day:
                return day
    return None


def year_to_date(words: EventWords, page: EventPage, sent: Span) -> str:
    """``…举行新闻发布会…记者在会上了解到,2025年以来,…``: with no date written with its year on the page,
    the year the event's own report counts "to date" (``N年以来``, ``截至11月底,N年…``, a meeting that
    ``听取了N年…工作情况汇报``: this year's work so far, in the event's paragraph, after it is named) is the event's year (GUIDELINES §5, real-H22); anything else says nothing: ``XXXX``."""
    text = text_of(page.doc)
    para_end = paragraph_end(text, sent)
    for e in page.index.starting_in(sent.start_char, para_end):
        if e.label_ == "DATE" and re.fullmatch(r"\d{4}", e._.norm or "") and e._.norm in e.text \
                and (text.startswith("以来", e.end_char)
                     or re.search(r"截至[^，,。；;]{1,8}[，,]?$", text[max(sent.start_char, e.start_char - 12) : e.start_char])
                     or HEARD_REPORT.search(text, max(sent.start_char, e.start_char - 12), min(para_end, e.end_char + 40))):
            return e._.norm
    return work_year(words, text, sent) or "XXXX"


def work_year(words: EventWords, text: str, sent: Span) -> str | None:
    """The year the page writes for the work it reports as being done now (:data:`SITTING_YEAR`,
    :data:`CONVENED_YEAR` unless what is convened reviews the year — 召开2013年度环境质量新闻发布会,
    ``reviewed_year_cues`` — and :data:`HEARD_WORK`), the nearest to the event's sentence; None when the
    page writes none: a year reviewed (总结2020年…) or counted to date elsewhere says nothing of the day."""
    reviewed = words.lists.get("reviewed_year_cues", ())
    found = [(m.start(), m.group(1)) for pattern in (SITTING_YEAR, HEARD_WORK) for m in pattern.finditer(text)]
    for m in CONVENED_YEAR.finditer(text):
        year, named = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if not any(cue in named for cue in reviewed):
            found.append((m.start(), year))
    if not found:
        return None
    return min(found, key=lambda f: (abs(f[0] - sent.start_char), f[0]))[1]


def paragraph_end(text: str, sent: Span) -> int:
    """Where the paragraph of ``sent`` ends: the line break after its last written character (a sentence
    closing its paragraph may hold the break itself as trailing whitespace)."""
    end = text.find("\n", sent.start_char + len(sent.text.rstrip()))
    return len(text) if end == -1 else end


def occasion_day(words: EventWords, before_verb: str, ctx: DocContext | None) -> str | None:
    """``“六五环境日”当天,X局举行新闻发布会``: a sentence with no day of its own dated by the occasion it
    was held on (``occasion_days``, closed by 当天/当日) is held on that occasion's month and day; the
    year is the publication's, else ``XXXX`` for :func:`written_year` to weigh.  An occasion only
    approaching (``…环境日到来之际``) dates nothing."""
    for name, month_day in words.lists.get("occasion_days", {}).items():
        at = before_verb.find(name)
        if at != -1 and ANAPHORIC_DAY.match(before_verb[at + len(name):].lstrip("”\"'」 ")):
            return f"{publication_year(ctx)}-{month_day}"
    return None


def written_year(words: EventWords, page: EventPage, sent: Span, trigger: re.Match, month: int | None = None) -> str:
    """The year of an event dated by month and day on a page with no publication date, as the text
    writes it (GUIDELINES, dates: the year from the text): a year in the event's own name
    (``3月20日,2024年全县…工作会议召开``; not a year reviewed, ``2023年度…总结会``), else the year of
    the nearest date written with its year and month (``2018年4月20日至5月8日,…于8月24日反馈``,
    ``2024年1—11月``; after the event's paragraph only such a span counted to date, not a month the report
    recalls: ``按照2013年10月实施的标准``).  A bare year elsewhere (``2018年以来``, a report's year) says nothing of the
    day the event was held: ``XXXX`` then."""
    text = text_of(page.doc)
    name_end = sent.start_char + trigger.end()
    named = [e for e in page.index.within(sent) if e.label_ == "DATE" and e.end_char <= name_end]
    if named:
        ent, rest = named[-1], text[named[-1].end_char:name_end]
        year = re.match(r"(\d{4})(?:$|-)", ent._.norm or "")
        # a year reviewed (2023年度) is not the event's, a first quarter or half-year is (2018年第一季度…发布会)
        early = re.search(r"-(?:Q[123]|H1)$", ent._.norm or "")
        own_year = not (rest.startswith("度") or "度" in ent.text) or early or series_year(words, rest)
        if year and year.group(1) in ent.text and not re.search(r"[，,；;。]|以来|总结|回顾", rest) and own_year:
            return year.group(1)
    # the year must be written in the date itself: a date whose year the values layer carried over is no evidence
    # after the event's paragraph only a span counted to date (2024年1—11月) speaks of the event's year: a
    # single month written there (按照2013年10月实施的标准) dates something the report recalls
    para_end = paragraph_end(text, sent)
    dated = [e for e in page.index.ents if e.label_ == "DATE" and e._.norm and e._.norm[:4] in e.text
             and (re.match(r"\d{4}-\d{2}", e._.norm) and (e.start_char < para_end or "/" in e._.norm)
                  or completed_before(e._.norm, month))]
    if not dated:
        return year_to_date(words, page, sent)
    nearest = min(dated, key=lambda e: abs(e.start_char - sent.start_char))
    return nearest._.norm[:4]


#: a half-year or quarter a report sums up (2021-H1, 2023-Q3) and the month it ends with
PART_OF_YEAR = re.compile(r"^\d{4}-(H[12]|Q[1-4])$")
PART_END_MONTH = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}


def completed_before(norm: str, month: int | None) -> bool:
    """``8月9日,X召开新闻发布会,通报2021年上半年全市环境质量``: a half-year or quarter that ended before the
    event's month is the period the gathering sums up, held the same year (GUIDELINES §5); one still running
    or ended later (a first half recalled in March) says nothing of the event's year."""
    part = PART_OF_YEAR.match(norm)
    return bool(part and month and PART_END_MONTH[part.group(1)] < month)


def series_year(words: EventWords, rest: str) -> bool:
    """``2022年度线上新闻发布会``, ``2025年度“…”系列活动新闻发布会``, ``2022年度第一次全体会议``: the rest of
    the name after a N年度 names the series or the sitting (``series_year_cues``), so the year is the
    event's own; a subject named there (``2013年度环境质量新闻发布会``, ``reviewed_year_cues``) is a year
    reviewed, held the year after."""
    if any(w in rest for w in words.lists.get("reviewed_year_cues", ())):
        return False
    return any(re.search(cue, rest) for cue in words.lists.get("series_year_cues", ()))


def bracketed_month(page: EventPage, sent: Span, ent: Span) -> str | None:
    """``2021年6月例行新闻发布会,今(18)日…举行``: a bracketed day takes the month the sentence
    states before it, since a page republished months later moves the reference date's month."""
    day = BRACKETED_DAY.match(ent.text)
    if not day:
        return None
    months = [m for m in (MONTH_DATE.match(e._.norm or "") for e in page.index.within(sent)
                          if e.label_ == "DATE" and e.end_char <= ent.start_char) if m]
    return f"{months[-1].group(1)}-{months[-1].group(2)}-{int(day.group(1)):02d}" if months else None


def day_of(page: EventPage, ent: Span) -> str | None:
    """``YYYY-MM-DD`` (or ``XXXX-MM-DD``) of a day-level DATE, None for coarser dates."""
    ctx = page.ctx
    bare = BARE_DAY.match(ent.text)
    if bare:
        # 记者5日从…获悉 after the dateline's 6月5日电: the values layer gives a bare day the reference
        # date's month (the page stamp's, possibly months later); the report's month is the one written
        # with the nearest day before it (GUIDELINES §5: 22日 takes the dateline's month)
        month = month_written_before(page, ent)
        if month:
            return f"{publication_year(ctx)}-{month}-{int(bare.group(1)):02d}"
    if ent._.norm and DAY_DATE.match(ent._.norm):
        if WRITTEN_YEAR.search(ent.text) or ent._.norm.startswith("XXXX"):
            return ent._.norm[:10]
        # 6月2日 after a report on 2022年: the values layer reads the last year written before the day,
        # which may be the year of the figures; an event's year is its own (GUIDELINES §5): the
        # publication date's, else the evidence written_year weighs
        return publication_year(ctx) + ent._.norm[4:10]
    if ent._.norm or not bare:
        return None
    for prev in reversed(page.index.starting_in(max(0, ent.start_char - 600), ent.start_char)):
        month = re.match(r"(?:\d{4}|XXXX)-(\d{2})", prev._.norm or "") if prev.label_ == "DATE" else None
        if month:
            return f"{publication_year(ctx)}-{month.group(1)}-{int(bare.group(1)):02d}"
    return None


def month_written_before(page: EventPage, ent: Span) -> str | None:
    """The month (``06``) of the nearest day written with its month before ``ent`` within 600 characters
    (a dateline's ``6月5日电``, a lead's ``6月5日,``), None when none is written there; a page stamp
    (``2024-11-09 21:52``) counts when it is the nearest, as its day is then the report's."""
    for prev in reversed(page.index.starting_in(max(0, ent.start_char - 600), ent.start_char)):
        if prev.label_ != "DATE" or prev.end_char > ent.start_char:
            continue
        written = WRITTEN_MONTH_DAY.search(prev.text)
        if written:
            return f"{int(written.group(1)):02d}"
    return None
