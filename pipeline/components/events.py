"""``ecoie_events``: press conferences, meetings and enforcement outcomes.

Which event types exist, and the rules of each, is declared in
``pipeline/event_types.py``; this component reads every declared type, with
the words listed under the type's name in ``configs/events.json`` (trigger
words for a gathering, indicator-id prefixes for an outcome).

* A press conference or meeting is *reported* by a sentence that convenes
  it (``召开``, ``举行``…) and names it (``新闻发布会``, ``推进会``…).  Dated
  reports win; an undated sentence that only mentions earlier or coming
  events (``近期…召开系列新闻发布会``) creates nothing when a dated one exists,
  and nothing at all when it carries a background word.
* organizer: the body right before the convening verb (``我市召开`` -> the
  city); date: the sentence's day-level DATE; title: its quoted theme.
* speakers and moderator: officials in the event's paragraph and the next,
  read clause by clause — a clause with ``主持`` names the moderator, one with
  ``介绍/发布/回答/讲话/表示…`` a speaker, and a clause that is only a subject
  (``副局长甲，支队长乙回答记者提问``) shares the next clause's verb — plus
  officials directly followed by a speaking verb later in the article (the
  whole article for a press conference); a meeting's later paragraphs are read
  clause by clause too (``甲作交流发言``).  A press conference also takes the
  speaker labels of a transcript, alone on their line (``廊坊市生态环境局党组
  书记、局长尹崧：``) or before the answer (``尹崧：今年…``; such a person
  speaks whether or not a position is written), and its moderator from a
  ``主持人甲：`` label, a bracketed label (``【甲】``, ``【主持人 乙】``), a role header
  (``主持人：…乙``, ``发布人：…甲``) or the first official written right before ``主持``.
  At a meeting, a presiding official who also speaks is both moderator and
  speaker (GUIDELINES, "Meeting speakers").
* enforcement_outcome: one per jurisdiction, from role-``value`` quantities
  of ``enforcement.*``/``compensation.*``/``inspection.*``; each indicator's
  first (headline) value; the period most of them report on.

Every event carries ``evidence``: the character spans it was read from.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..contract import boilerplate_of
from ..event_types import EventType, declared_types
from .officials import canonical_org, document_orgs, normalize_org
from .segmenter import resolve_project_path
from .spans import EntIndex, text_of


#: a transcript header naming a role, the person written after the colon (主持人：…乙)
ROLE_HEADER = re.compile(r"[【\[]?(?:主持人|发布人|主讲人|发言人)[】\]]?")
#: how far past its first two paragraphs a meeting's report is read for speakers
MEETING_REPORT_CHARS = 3000
DAY_DATE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}")
QUOTED = re.compile(r"[“\"]([^”\"\n]{2,40})[”\"]")


@dataclass(frozen=True)
class _NameMention:
    """Where an official's name the entity layer did not label is written (shaped like a Span)."""
    text: str
    start_char: int
    end_char: int


@dataclass
class EventRecord:
    type: str
    date: str | None = None
    organizer: str | None = None
    speakers: list[str] = field(default_factory=list)
    moderator: str | None = None
    title: str | None = None
    jurisdiction: str | None = None
    period: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    evidence: list[tuple[int, int]] = field(default_factory=list)  # on the normalised text


def _order_of_magnitude(q: Span) -> bool:
    """逾万件, 上千万元: an approximate round power of ten, not a figure."""
    value = q._.value
    if not value or q._.approx is None or value < 10:
        return False
    while value % 10 == 0:
        value //= 10
    return value == 1


@lru_cache(maxsize=4)
def load_event_words(path: str) -> dict:
    return json.loads(resolve_project_path(path).read_text(encoding="utf-8"))


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@Language.factory("ecoie_events", requires=["doc.ents", "doc._.officials", "span._.indicator", "span._.role", "span._.jurisdiction", "span._.period"],
                  assigns=["doc._.events"], default_config={"words": "configs/events.json"})
def create_events(nlp: Language, name: str, words: str) -> "EventReader":
    return EventReader(load_event_words(words))


class EventReader:
    def __init__(self, words: dict):
        self.words = words
        # each declared type finds its words under its own name (event_types.py, configs/events.json)
        missing = [t.name for t in declared_types() if not words.get(t.name)]
        if missing:
            raise ValueError(f"the event word list has no words for event type(s) {', '.join(missing)} "
                             "(a list under each declared type's name, see configs/events.json)")
        self.gatherings = [t for t in declared_types() if t.kind == "gathering"]
        self.triggers = {t.name: _alternation(words[t.name]) for t in self.gatherings}
        self.outcomes = {t.name: tuple(words[t.name]) for t in declared_types() if t.kind == "outcome"}
        self._index: EntIndex | None = None
        self._orgs: list[str] | None = None
        self._verb_speakers: list[str] | None = None
        self._labels: list[str] | None = None
        self._unlabelled: list | None = None
        self.convene_re = _alternation(words["convene"])
        self.speaker_re = _alternation(words["speaker"])
        self.moderator_re = _alternation(words["moderator"])
        self.background_re = _alternation(words["background"])
        self.report_re = _alternation(words.get("report_cues", ["上获悉", "上介绍"]))

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.context if doc.has_extension("context") else None
        self._index = EntIndex(doc)  # doc.ents and Span.ents are O(length) per access
        # document-wide lists every reported event consults: each is a scan of the whole document,
        # so they are taken once per document (once per event made long documents quadratic)
        self._orgs = self._verb_speakers = self._labels = self._unlabelled = None
        events = []
        for gathering in self.gatherings:
            events.extend(self._convened(doc, gathering, ctx))
        for name, prefixes in self.outcomes.items():
            events.extend(self._outcomes(doc, name, prefixes))
        self._index = self._orgs = self._verb_speakers = self._labels = self._unlabelled = None
        doc._.events = events
        return doc

    # --- press conferences and meetings ---------------------------------------------------

    def _convened(self, doc: Doc, declared: EventType, ctx) -> list[EventRecord]:
        if not doc.has_annotation("SENT_START"):
            return []
        etype, trigger_re = declared.name, self.triggers[declared.name]
        candidates = []
        for sent in doc.sents:
            text = sent.text
            verb, trigger = self._report(text, trigger_re, declared)
            if verb is None:
                continue
            if any(self.triggers[other].search(text) for other in declared.yields_to):
                continue  # a press conference is not also a meeting
            dates = [e for e in self._index.within(sent) if e.label_ == "DATE" and e._.norm and DAY_DATE.match(e._.norm)]
            candidates.append((sent, verb, trigger, dates))
        dated = [c for c in candidates if c[3]]
        # an undated report counts only as the article's lead (headline or first paragraphs)
        lead_end = self._lead_end(doc)
        chosen = dated or [c for c in candidates[:1] if c[0].start_char < lead_end
                           and not self.background_re.search(c[0].text[: c[1].start()])]
        events, seen_dates = [], set()
        for sent, verb, trigger, dates in chosen:
            date = dates[0]._.norm[:10] if dates else None
            if date in seen_dates:
                continue
            seen_dates.add(date)
            event = EventRecord(type=etype, date=date, evidence=[(sent.start_char, sent.end_char)])
            # passive (…新闻发布会在X举行): X is the venue; the organizer, if any, is named before the event
            anchor = verb.start() if verb.start() < trigger.start() or verb is trigger else trigger.start()
            event.organizer = canonical_org(self._organizer(doc, sent, anchor, ctx), self._document_orgs(ctx))
            lo = verb.end() if verb.start() < trigger.start() else 0
            quoted = QUOTED.search(sent.text, lo, trigger.end())
            event.title = quoted.group(1) if quoted else None
            event.speakers, event.moderator = self._people(doc, sent, declared)
            events.append(event)
        return events

    def _report(self, text: str, trigger_re: re.Pattern, declared: EventType):
        """(verb, trigger) matches when the sentence reports the event, else (None, None).

        * a convening verb before the event's name (市政府新闻办召开新闻发布会);
        * the name before the verb (…主题新闻发布会贵阳专场在…举行);
        * for a press conference, what was said at one (在…新闻发布会上获悉/介绍, 通报会上通报):
          the event's name stands in for the verb.
        """
        verb = self.convene_re.search(text)
        if verb:
            trigger = trigger_re.search(text, verb.end())
            if trigger and trigger.start() - verb.end() <= 60:
                return verb, trigger
            before = [t for t in trigger_re.finditer(text, 0, verb.start()) if verb.start() - t.end() <= 40]
            if before and not re.search(r"[，,；;]", text[before[-1].end():verb.start()]):
                return verb, before[-1]
        if declared.reported_at:
            for trigger in trigger_re.finditer(text):
                if self.report_re.match(text, trigger.end()) or text.startswith("上", trigger.end()):
                    return trigger, trigger
        return None, None

    @staticmethod
    def _lead_end(doc: Doc, paragraphs: int = 3) -> int:
        """End of the first few non-boilerplate paragraphs."""

        boilerplate = boilerplate_of(doc)
        seen, pos = 0, 0
        for block in re.finditer(r"[^\n]+", text_of(doc)):
            if any(bs <= block.start() < be for bs, be in boilerplate) or not block.group().strip():
                continue
            seen += 1
            pos = block.end()
            if seen >= paragraphs:
                break
        return pos

    def _organizer(self, doc: Doc, sent: Span, verb_offset: int, ctx) -> str | None:
        verb_char = sent.start_char + verb_offset
        before = [e for e in self._index.within(sent) if e.end_char <= verb_char and e.label_ in ("ORG", "GPE")]
        between = text_of(doc)[before[-1].end_char : verb_char] if before else ""
        if before and before[-1].label_ == "ORG" and len(between) <= 12:
            return normalize_org(before[-1].text, ctx)
        subject = text_of(doc)[sent.start_char : verb_char]
        # 我市召开: the city convenes; 全市…工作会议召开 names a city-wide meeting, not its organizer
        city_subject = re.search("(?:" + "|".join(map(re.escape, self.words["city_subjects"])) + r")(?:于|在)?[^，,。]{0,12}$",
                                 subject) if not any(r.search(subject) for r in self.triggers.values()) else None
        if ctx is not None and (city_subject or (before and before[-1].label_ == "GPE" and len(between) <= 2)):
            return before[-1].text if before and before[-1].label_ == "GPE" and len(between) <= 2 else ctx.city
        return None

    def _people(self, doc: Doc, sent: Span, declared: EventType) -> tuple[list[str], str | None]:
        officials = {o.person for o in (doc._.officials or [])} if doc.has_extension("officials") else set()
        text = text_of(doc)
        start, end = self._paragraphs(text, sent.start_char, count=2)
        near_end = end
        if not declared.speakers_anywhere:
            # a meeting report goes on about the meeting: who 作交流发言 or 讲话 in a later paragraph speaks
            # (a press conference takes its later speakers from verbs and transcript labels instead);
            # bounded, so that a long document with many meetings is not read once per meeting
            end = min(len(text), near_end + MEETING_REPORT_CHARS)
        speakers, moderator = [], None
        pending: list[str] = []  # 副局长甲，支队长乙回答记者提问: a bare subject shares the next clause's verb
        for clause in re.finditer(r"[^，,；;。！？\n]+", text[start:end]):
            c_start, c_end = start + clause.start(), start + clause.end()
            found = [e for e in self._persons(doc, officials, c_start, c_end) if e.text in officials]
            persons = [e.text for e in found]
            if not persons:
                pending = []
                continue
            if self.moderator_re.search(clause.group()):
                if c_start < near_end and not self._presides_other(clause.group(), self.triggers[declared.name]):
                    moderator = moderator or persons[-1]
                pending = []
            elif self.speaker_re.search(clause.group()):
                speakers.extend(p for p in pending + persons if p not in speakers)
                pending = []
            else:
                # a clause that is only a subject ([body][titles]name) and ends at the name
                ends_at_name = not text[found[-1].end_char:c_end].strip()
                pending = pending + persons if ends_at_name and text[c_end:c_end + 1] in "，," else []
        if declared.speakers_anywhere:
            # at a press conference everyone who presents or answers speaks: 闫涛介绍, 马宁宇表示,
            # wherever the article reports it, when the verb follows the name directly
            candidates = self._persons_before_speaker_verbs(doc)
        else:
            # at a meeting, those reported speaking after it is reported (甲强调, 乙介绍了…经验)
            candidates = self._persons_before_speaker_verbs(doc, after=sent.start_char)
        for name in candidates:
            if name in officials and name not in speakers:
                speakers.append(name)
        if declared.speakers_anywhere:
            if self._labels is None:
                self._labels = self._speaker_labels(doc, self._index)
            labels, label_moderator = self._labels
            moderator = moderator or label_moderator or self._presiding(doc, officials, self.triggers[declared.name])
            for label in labels:
                # a transcript's answering person speaks whether or not a position is written for them
                if label not in speakers and label != moderator:
                    speakers.append(label)
            return [s for s in speakers if s != moderator], moderator
        # a presiding official who also 讲话/强调/部署 in a clause of their own is both (GUIDELINES, meetings)
        return speakers, moderator

    @staticmethod
    def _paragraphs(text: str, offset: int, count: int) -> tuple[int, int]:
        start = text.rfind("\n", 0, offset) + 1
        end = offset
        for _ in range(count):
            nxt = text.find("\n", end + 1)
            while nxt != -1 and nxt + 1 < len(text) and text[nxt + 1] == "\n":
                nxt += 1
            end = len(text) if nxt == -1 else nxt
        return start, end

    def _document_orgs(self, ctx) -> list[str]:
        """The article's normalised organisation names (:func:`document_orgs`), taken once per document."""
        if self._orgs is None:
            self._orgs = document_orgs(self._index, ctx)
        return self._orgs

    def _persons_before_speaker_verbs(self, doc: Doc, after: int = 0) -> list[str]:
        """Persons, in text order, directly followed by a speaking verb that is not a moderator's
        (闫涛介绍, 马宁宇表示), from character ``after`` on; the document's list is taken once."""
        if self._verb_speakers is None:
            text = text_of(doc)
            officials = {o.person for o in (doc._.officials or [])} if doc.has_extension("officials") else set()
            self._verb_speakers = [
                ent for ent in self._persons(doc, officials, 0, len(text))
                if self.speaker_re.match(text, ent.end_char) and not self.moderator_re.match(text, ent.end_char)]
        return [ent.text for ent in self._verb_speakers if ent.start_char >= after]

    def _persons(self, doc: Doc, officials: set[str], start: int, end: int) -> list:
        """PERSON entities starting in ``[start, end)``, and the mentions of officials whose name the
        entity layer missed (the officials linker reads a name after a title chain itself)."""
        found = [e for e in self._index.starting_in(start, end) if e.label_ == "PERSON"]
        if self._unlabelled is None:
            tagged = {e.text for e in self._index.ents if e.label_ == "PERSON"}
            text = text_of(doc)
            self._unlabelled = sorted(
                (_NameMention(m.group(), m.start(), m.end()) for name in officials - tagged
                 for m in re.finditer(re.escape(name), text)), key=lambda m: m.start_char)
        extra = [m for m in self._unlabelled if start <= m.start_char < end]
        return sorted(found + extra, key=lambda e: e.start_char) if extra else found

    def _presiding(self, doc: Doc, officials: set[str], trigger_re: re.Pattern) -> str | None:
        """The first official directly followed by 主持 anywhere in the article (甲主持发布会, 发布会由…甲主持)."""
        text = text_of(doc)
        for ent in self._index.ents:
            if ent.label_ == "PERSON" and ent.text in officials and self.moderator_re.match(text, ent.end_char) \
                    and not self._presides_other(text[ent.end_char:ent.end_char + 40], trigger_re):
                return ent.text
        return None

    def _presides_other(self, text: str, trigger_re: re.Pattern) -> bool:
        """``主持召开市委常委会``: presiding over a gathering of another kind than the one read."""
        m = self.moderator_re.search(text)
        if m is None or not text.startswith(tuple(self.words["convene"]), m.end()):
            return False
        return not trigger_re.search(text, m.end())

    @staticmethod
    def _speaker_labels(doc: Doc, index: EntIndex) -> tuple[list[str], str | None]:
        """Transcript speaker labels: (persons who answer, the moderator if a label names one).

        * a line opening with a label that ends in a colon, alone on its line
          (``市生态环境局局长甲：``) or followed by the answer (``甲：今年以来…``), where the
          name must stand right before the colon;
        * a bracketed label on a line of its own (``【甲】``, ``【主持人 市政府新闻办主任 乙】``,
          ``【发布人】甲``);
        * a role header (``主持人：市委宣传部副部长乙``, ``发布人：市生态环境局局长甲``).
        Reporters' labels (``…记者：``) are nobody's answer; a label with ``主持`` names the moderator."""
        text, out, moderator = text_of(doc), [], None

        def take(label: str, start: int, end: int) -> None:
            nonlocal moderator
            persons = [e for e in index.starting_in(start, end) if e.label_ == "PERSON" and e.end_char <= end]
            if not persons or "记者" in label:
                return
            if "主持" in label:
                moderator = moderator or persons[-1].text
            elif persons[-1].text not in out:
                out.append(persons[-1].text)

        for m in re.finditer(r"(?:^|\n)[ \t\u3000]*([^\n:：]{0,60}?)[ \t\u3000]*[:：]", text):
            line_start, line_end = m.start(1), m.end(1)
            rest = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
            if re.search(r"[，,。；;！？]", m.group(1)):
                continue
            role = ROLE_HEADER.fullmatch(m.group(1))
            if role and rest.strip() and not re.search(r"[，,。；;！？]", rest):
                # 主持人：市委宣传部副部长乙 — the label names the role, the rest of the line the person
                head = m.end() + len(rest) - len(rest.lstrip())
                tail = m.end() + len(rest.rstrip())
                named = [e for e in index.starting_in(head, tail) if e.label_ == "PERSON"]
                if named and named[-1].end_char == tail:
                    take(role.group(), head, tail)
                continue
            if rest.strip():
                named = [e for e in index.starting_in(line_start, line_end) if e.label_ == "PERSON"]
                if not named or named[-1].end_char != line_end:
                    continue  # an answer on the same line: the name must be the label's last word
            take(m.group(1), line_start, line_end)
        for m in re.finditer(r"(?:^|\n)[ \t\u3000]*【([^】\n]{1,40})】[ \t\u3000]*([^\n]{0,30}?)[ \t\u3000]*(?=\n|$)", text):
            if not re.search(r"[，,。；;！？:：]", m.group(1) + m.group(2)):
                take(m.group(1) + m.group(2), m.start(1), m.end(2))
        return out, moderator

    # --- enforcement outcomes ------------------------------------------------------------------

    def _outcomes(self, doc: Doc, etype: str, prefixes: tuple[str, ...]) -> list[EventRecord]:
        """One outcome for the article's jurisdiction; another place gets one only when it reports
        at least two indicators of its own (a single sub-area figure stays a quantity)."""
        ctx = doc._.context if doc.has_extension("context") else None
        groups: dict[str, list[Span]] = defaultdict(list)
        for ent in doc.ents:
            if ent.label_ != "QUANTITY" or ent._.role != "value" or ent._.value is None:
                continue
            if not (ent._.indicator or "").startswith(prefixes) or not ent._.jurisdiction:
                continue
            groups[ent._.jurisdiction].append(ent)
        primary = max(groups, key=lambda j: (j in (getattr(ctx, "city", None), getattr(ctx, "county", None)),
                                             len(groups[j]))) if groups else None
        events = []
        for jurisdiction, quantities in groups.items():
            if jurisdiction != primary and len({q._.indicator for q in quantities}) < 2:
                continue
            metrics: dict[str, float] = {}
            # the first stated is the headline total, unless it is only an order of magnitude
            # (逾万件, 上千万元) and the article states the figure later
            for q in sorted(quantities, key=lambda q: _order_of_magnitude(q)):
                metrics.setdefault(q._.indicator, q._.value)
            periods = Counter(q._.period for q in quantities if q._.period)
            events.append(EventRecord(
                type=etype, jurisdiction=jurisdiction, metrics=metrics,
                period=periods.most_common(1)[0][0] if periods else None,
                evidence=[(q.start_char, q.end_char) for q in quantities]))
        return events
