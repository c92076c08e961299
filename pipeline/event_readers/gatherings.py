"""Press conferences and meetings: the reports of a gathering chosen, and what each tells.

Dated reports win; an undated sentence that only mentions earlier or coming events
(``近期…召开系列新闻发布会``) creates nothing when a dated one exists, and nothing at all when it
carries a background word.  With no sentence convening one, the pages that record a press conference
(:mod:`~pipeline.event_readers.press_conferences`) and the meetings an inspection team or an attending
official reports (:mod:`~pipeline.event_readers.meetings`) are read.  Each gathering chosen takes its
day (:mod:`~pipeline.event_readers.dates`), its convener (:mod:`~pipeline.event_readers.organisers`),
its quoted theme as title, and its speakers and moderator (:mod:`~pipeline.event_readers.speakers`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..components.spans import text_of
from ..event_types import EventType
from . import meetings, press_conferences
from .dates import event_date, written_year
from .organisers import event_organizer
from .page import EventPage, body_lead_end, lead_end
from .reports import COUNTED, COUNTED_AFTER, Report, is_background, reporting_matches
from .speakers import people
from .words import EventWords

QUOTED = re.compile(r"[“\"]([^”\"\n]{2,40})[”\"]")


@dataclass
class Gathering:
    """What the report of one gathering tells: the fields of a gathering's record."""

    date: str | None
    organizer: str | None
    title: str | None
    speakers: list[str]
    moderator: str | None
    #: the reporting sentence, as a character span of the normalised text
    evidence: list[tuple[int, int]] = field(default_factory=list)


def read_gatherings(words: EventWords, page: EventPage, declared: EventType) -> list[Gathering]:
    """The gatherings of type ``declared`` the article reports, one a day."""
    doc = page.doc
    if not doc.has_annotation("SENT_START"):
        return []
    trigger_re = words.triggers[declared.name]
    candidates = reports_of(words, page, declared)
    if not candidates and declared.reported_at:
        candidates = press_conferences.header(page, trigger_re) or press_conferences.briefed(words, page) \
            or press_conferences.transcript(words, page, trigger_re) or press_conferences.record_page(page, trigger_re)
    if not candidates and declared.fed_back:
        candidates = meetings.fed_back(words, page, trigger_re)
    if not candidates and declared.attended_report:
        candidates = meetings.attended_speech(words, page, trigger_re) or meetings.held_talks(words, page) \
            or meetings.dispatched(words, page)
    dated = [c for c in candidates if c[3]]
    # an undated report counts only as the article's lead (headline or first paragraphs)
    end = lead_end(doc)
    chosen = dated or [c for c in candidates[:1] if c[0].start_char < end
                       and not is_background(words, c[0].text[: c[1].start()])]
    if candidates and not chosen and not dated:
        # a page whose first lines are a breadcrumb, the headline, a dateline and an image caption
        # (【资料图】) pushes the reporting sentence past the third paragraph: the lead then counts
        # body paragraphs only, lines long enough to hold a sentence
        body_end = body_lead_end(doc)
        # (only a convening verb: what was said at one, 通报会上通报, leaves the lead's announcement to
        # ``press_conferences.announced``)
        chosen = [c for c in candidates[:1] if c[0].start_char < body_end and c[1] is not c[2]
                  and not is_background(words, c[0].text[: c[1].start()])]
    if candidates and not chosen and declared.reported_at:
        # the headline, the page-info line and the dateline come first: the lead's first body paragraphs
        chosen = press_conferences.announced(words, page, lead_end(doc, paragraphs=5))
    if declared.attended_report and not any(c.date for c in chosen):
        # a field visit the lead dates, then 在随后召开的座谈会上…: the visit's meeting, on the visit's day
        chosen = meetings.after_visit(words, page) or chosen
    if declared.attended_report and not chosen and not any(
            words.triggers[other].search(text_of(doc), 0, meetings.PROCEEDINGS_WITHIN) for other in declared.yields_to):
        # 会议听取了… / 会上，某某通报了…: a report telling a meeting's proceedings with no sentence convening it
        # (会上 after a press conference's name is that conference's)
        chosen = meetings.by_proceedings(words, page)
    gatherings, seen_dates = [], set()
    for report in chosen:
        sent, verb, trigger, date, _ = report
        if date and date.startswith("XXXX"):
            date = written_year(words, page, sent, trigger, int(date[5:7])) + date[4:]
        if date in seen_dates:
            continue
        seen_dates.add(date)
        organizer = event_organizer(words, page, report, candidates, declared)
        lo = verb.end() if verb.start() < trigger.start() else 0
        quoted = QUOTED.search(sent.text, lo, trigger.end())
        speakers, moderator = people(words, page, sent, declared)
        gatherings.append(Gathering(date=date, organizer=organizer, title=quoted.group(1) if quoted else None,
                                    speakers=speakers, moderator=moderator,
                                    evidence=[(sent.start_char, sent.end_char)]))
    return same_gatherings_once(gatherings, page.ctx.reference if page.ctx else None)


#: how many days after a gathering a page reporting it is stamped, at most
REPORTED_WITHIN_DAYS = 7


def same_gatherings_once(gatherings: list[Gathering], published: str | None) -> list[Gathering]:
    """One record for one gathering told twice: a headline dated by the page's stamp below it (发布时间:
    2024-08-31) retells the gathering the lead dates a few days before (8月30日下午，某县召开…), and a
    date whose year is unknown (XXXX-06-12) is the day another report dates with its year (2025-06-12)."""
    def day(value: str | None) -> dt.date | None:
        try:
            return dt.date.fromisoformat(value) if value and not value.startswith("XXXX") else None
        except ValueError:
            return None

    days = [day(g.date) for g in gatherings]
    kept = []
    for g, d in zip(gatherings, days):
        if published and g.date == published[:10] and d and any(
                o is not g and 0 < (d - od).days <= REPORTED_WITHIN_DAYS for o, od in zip(gatherings, days) if od):
            continue  # the headline dated by the page's stamp: the lead's gathering, days before
        if g.date and g.date.startswith("XXXX") and any(
                o is not g and o.date and o.date[4:] == g.date[4:] and not o.date.startswith("XXXX") for o in gatherings):
            continue  # the same day, its year written in another report
        kept.append(g)
    return kept


def reports_of(words: EventWords, page: EventPage, declared: EventType) -> list[Report]:
    """The sentences that convene a gathering of type ``declared`` (or report what was said at one),
    with the day each dates it on; none states a convener."""
    trigger_re = words.triggers[declared.name]
    candidates = []
    for sent in page.doc.sents:
        text = sent.text
        verb, trigger = reporting_matches(words, text, trigger_re, declared)
        if verb is None:
            continue
        if any(words.triggers[other].search(text) for other in declared.yields_to):
            continue  # a press conference is not also a meeting
        if COUNTED.search(text, verb.end(), max(verb.end(), trigger.start())):
            continue  # 先后召开8次常务会议: a count of meetings, not one reported
        if verb.start() < trigger.start() and COUNTED_AFTER.match(text, trigger.end()):
            continue  # 累计召开专题会议30余次: the count follows the name
        candidates.append(Report(sent, verb, trigger, event_date(words, page, sent, verb.start()), None))
    return candidates
