"""Press conferences no sentence convenes: the pages that record one, and the briefings that are one.

Tried, in this order, when no sentence of the article convenes the press conference:

* a transcript page's header (``…新闻发布会实录`` / ``时间:2024年7月30日上午`` / ``主办:X新闻办``);
* a lead body that ``向媒体记者通报`` (no event named: GUIDELINES, a 通报会 at which reporters get the
  figures is a press conference);
* a transcript whose first turn is the moderator's (``甲：…欢迎参加…发布会``, ``moderator_turn_cues``);
* a headline naming the conference's own record (``…发布会实录``, ``…发布词及记者问答``).

And when the only sentences naming one are not in the lead, a lead that ``X厅14日通报…`` when the
article later reports the 通报会.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..components.officials import normalize_org
from ..components.spans import text_of
from .dates import day_of, event_date
from .page import CLAUSE_MARK, EventPage, body_lead_end, lead_end, sentences_before
from .reports import Report, is_background
from .words import EventWords, alternation

#: words naming a conference's own record in its headline (发布词, 实录, 记者问答): the page is the conference
RECORD_WORDS = re.compile(r"发布词|实录|记者问答|答记者问|问答实录|发布稿")
#: a transcript turn's label at a line's start, the speaker's name right before the colon (市政府新闻办主任甲：)
TURN_LABEL = re.compile(r"(?m)^[ \t\u3000]*([^\n:：，,。；;！？“”]{2,60}?)[ \t\u3000]*[:：]")


def header(page: EventPage, trigger_re: re.Pattern) -> list[Report]:
    """A transcript page (``…新闻发布会实录`` / ``时间:2024年7月30日上午`` / ``主办:X新闻办``): the
    headline names the event and the header lines give its day and its convener."""
    doc = page.doc
    text = text_of(doc)
    end = lead_end(doc, paragraphs=5)
    trigger = trigger_re.search(text, 0, end)
    if trigger is None:
        return []
    found = trigger_in_sentence(doc, trigger)
    if found is None:
        return []
    sent, match = found
    header_end = min(len(text), end + 400)
    date = organizer = None
    # a field's label may be spaced out to its column's width (时  间：, 主  办：)
    for line in re.finditer(r"(?m)^[ \t\u3000【]*(时[ \t\u3000]*间|日[ \t\u3000]*期|主办单位|主[ \t\u3000]*办|举办单位)[】 \t\u3000]*[:：]([^\n]*)$",
                            text[:header_end]):
        ents = page.index.starting_in(line.start(2), line.end(2))
        if re.sub(r"[ \t\u3000]", "", line.group(1)) in ("时间", "日期") and date is None:
            date = next((d for d in (day_of(page, e) for e in ents if e.label_ == "DATE") if d), None)
        elif organizer is None:
            organizer = next((e for e in ents if e.label_ == "ORG"), None)
    if date is None and organizer is None:
        return []
    if organizer is None:
        # with no 主办 line a body the headline names before the conference's name holds it (某某厅…例行新闻发布会);
        # a place alone, or one quoted in the conference's theme (“建设美丽某地”新闻发布会), holds none
        quoted = [q.span() for q in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"", text[sent.start_char:sent.start_char + match.start()])]
        organizer = next((e for e in reversed(page.index.starting_in(sent.start_char, sent.start_char + match.start()))
                          if e.label_ == "ORG" and not any(a <= e.start_char - sent.start_char < b for a, b in quoted)), None)
    return [Report(sent, match, match, date, normalize_org(organizer.text, page.ctx) if organizer is not None else "")]


def trigger_in_sentence(doc: Doc, trigger: re.Match) -> tuple[Span, re.Match] | None:
    """The sentence holding a trigger found in the whole text, and the trigger matched again inside
    that sentence (a candidate's verb and trigger are matches on the sentence's text)."""
    sent = next((s for s in doc.sents if s.start_char <= trigger.start() < s.end_char), None)
    if sent is None:
        return None
    return sent, re.compile(re.escape(trigger.group())).search(sent.text, trigger.start() - sent.start_char)


def record_page(page: EventPage, trigger_re: re.Pattern) -> list[Report]:
    """A headline naming the conference's own record (…新闻发布会发布词及记者问答, …发布会实录): the
    page is the conference's text even when nothing gives its day or its convener (tried last)."""
    doc = page.doc
    text = text_of(doc)
    trigger = trigger_re.search(text, 0, lead_end(doc, paragraphs=2))
    if trigger is None:
        return []
    line_start = text.rfind("\n", 0, trigger.start()) + 1
    line_end = text.find("\n", trigger.end()) if "\n" in text[trigger.end():] else len(text)
    if not RECORD_WORDS.search(text, line_start, line_end):
        return []
    found = trigger_in_sentence(doc, trigger)
    return [Report(found[0], found[1], found[1], None, "")] if found else []


def turns(page: EventPage) -> list[tuple[Span, int, int]]:
    """A transcript's turns: (the speaker's PERSON, where the turn's words start, where they end).
    A turn opens a line with a label ending in a colon, the name right before it
    (``市政府新闻办主任甲：``); reporters' labels (``…记者：``) open no one's turn."""
    text, labels = text_of(page.doc), []
    for m in TURN_LABEL.finditer(text):
        named = [e for e in page.index.starting_in(m.start(1), m.end(1)) if e.label_ == "PERSON"]
        if named and named[-1].end_char == m.end(1) and "记者" not in m.group(1):
            labels.append((named[-1], m.end()))
    return [(person, start, labels[i + 1][0].start_char if i + 1 < len(labels) else len(text))
            for i, (person, start) in enumerate(labels)]


def opening_turn(words: EventWords, page: EventPage) -> tuple[Span, int, int] | None:
    """The first turn of a transcript when its words introduce the conference (``欢迎参加今天的
    新闻发布会``, ``我介绍出席今天发布会的发布人``, ``有请…发布``: ``moderator_turn_cues``): its speaker
    chairs it, like a ``主持人：`` label."""
    cues = words.lists.get("moderator_turn_cues", ())
    found = turns(page)
    if not cues or not found:
        return None
    person, start, end = found[0]
    return found[0] if alternation(cues).search(text_of(page.doc), start, end) else None


def transcript(words: EventWords, page: EventPage, trigger_re: re.Pattern) -> list[Report]:
    """A transcript page whose lead opens the moderator's turn (``市政府新闻办副主任甲：欢迎参加…
    新闻发布会``) with no sentence convening the conference: the page records it.  Its first sentence in
    the lead that names the conference gives its day and its body, if written."""
    doc = page.doc
    turn = opening_turn(words, page)
    end = max(lead_end(doc, paragraphs=5), body_lead_end(doc))
    if turn is None or turn[0].start_char >= end:
        return []
    for sent in sentences_before(doc, max(end, turn[1])):
        trigger = trigger_re.search(sent.text)
        if trigger and not is_background(words, sent.text[: trigger.start()]):
            # 衡水市政府新闻办“…”系列主题新闻发布会: the body whose name opens the conference's name holds it
            at = sent.start_char + trigger.start()
            owner = [e for e in page.index.within(sent) if e.label_ == "ORG" and e.end_char <= at]
            organizer = normalize_org(owner[-1].text, page.ctx) if owner and not CLAUSE_MARK.search(
                text_of(doc), owner[-1].end_char, at) else None
            return [Report(sent, trigger, trigger, event_date(words, page, sent, trigger.start()), organizer)]
    return []


def briefed(words: EventWords, page: EventPage) -> list[Report]:
    """``10月10日,州环保局向媒体记者通报情况…``: in the lead, a body that announces figures to the
    press (GUIDELINES: a 通报会 at which reporters get the figures is a press conference), with
    no name for the event.  ``向记者介绍`` is an interview, not a briefing: only ``announce`` verbs."""
    audience, announce = words.lists.get("press_audience", []), words.lists.get("announce", [])
    if not audience or not announce:
        return []
    brief_re = re.compile("向(?:" + alternation(audience).pattern + ")(?:们|朋友)?(?:" + alternation(announce).pattern + ")")
    for sent in sentences_before(page.doc, lead_end(page.doc, paragraphs=5)):
        brief = brief_re.search(sent.text)
        if brief is None:
            continue
        at = sent.start_char + brief.start()
        subject = [e for e in page.index.within(sent) if e.label_ == "ORG" and e.end_char <= at]
        # the body right before 向, or before the day it names (市生态环境局19日向记者通报)
        days = [e for e in page.index.starting_in(subject[-1].end_char, at) if e.label_ == "DATE"] if subject else []
        if subject and (subject[-1].end_char == at or (days and days[0].start_char == subject[-1].end_char
                                                        and days[-1].end_char == at)):
            return [Report(sent, brief, brief, event_date(words, page, sent, brief.start()), None)]
    return []


def announced(words: EventWords, page: EventPage, end: int) -> list[Report]:
    """``浙江省环保厅14日通报…`` in the lead of an article that later reports what was said at the
    press conference (``通报会上还通报了…``): the lead's announcement is the event, with its day
    and its body (GUIDELINES: a 厅 that 通报 figures to reporters holds a press conference)."""
    announce = words.lists.get("announce", [])
    if not announce:
        return []
    verb_re = alternation(announce)
    for sent in sentences_before(page.doc, end):
        for ent in page.index.within(sent):
            if ent.label_ != "ORG":
                continue
            offset = ent.end_char - sent.start_char
            gap = [e for e in page.index.starting_in(ent.end_char, ent.end_char + 8) if e.label_ == "DATE"]
            if gap and gap[0].start_char == ent.end_char:
                offset = gap[0].end_char - sent.start_char
            verb = verb_re.match(sent.text, offset)
            if verb:
                return [Report(sent, verb, verb, event_date(words, page, sent, verb.start()), None)]
    return []
