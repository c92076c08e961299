"""``ecoie_events``: press conferences, meetings and enforcement outcomes.

Which event types exist, and the rules of each, is declared in ``pipeline/event_types.py``; this
component reads every declared type, with the words listed under the type's name in
``configs/events.json`` (trigger words for a gathering, indicator-id prefixes for an outcome).  The
rules live in ``pipeline/event_readers/``, one module a family:

* ``gatherings``: which sentences report a press conference or meeting, one event a day
  (``reports``: a convening verb and the gathering's name; ``press_conferences``: the pages that
  record one, briefings; ``meetings``: committee sessions, inspection feedbacks, meetings attended);
* ``dates``: the day it was held, the year from the dateline or the text;
* ``organisers``: who convened it; ``speakers``: who spoke and who chaired, and the convener's
  name lent to their posts;
* ``outcomes`` and ``outcome_figures``: each place's enforcement figures for a period.

Every event carries ``evidence``: the character spans it was read from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..event_readers.gatherings import Gathering, read_gatherings
from ..event_readers.outcomes import Outcome, read_outcomes
from ..event_readers.page import EventPage
from ..event_readers.speakers import credit_convener_posts
from ..event_readers.words import EventWords
from .official_bodies import OfficialWords, load_official_words
from .segmenter import resolve_project_path


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

    @classmethod
    def of_gathering(cls, etype: str, read: Gathering) -> EventRecord:
        return cls(type=etype, date=read.date, organizer=read.organizer, speakers=read.speakers,
                   moderator=read.moderator, title=read.title, evidence=read.evidence)

    @classmethod
    def of_outcome(cls, etype: str, read: Outcome) -> EventRecord:
        return cls(type=etype, jurisdiction=read.jurisdiction, period=read.period, metrics=read.metrics,
                   evidence=read.evidence)


@lru_cache(maxsize=4)
def load_event_words(path: str) -> dict:
    return json.loads(resolve_project_path(path).read_text(encoding="utf-8"))


@Language.factory("ecoie_events", requires=["doc.ents", "doc._.officials", "span._.indicator", "span._.role", "span._.jurisdiction", "span._.period"],
                  assigns=["doc._.events", "doc._.officials"],
                  default_config={"words": "configs/events.json", "official_words": "configs/officials.json"})
def create_events(nlp: Language, name: str, words: str, official_words: str = "configs/officials.json") -> "EventReader":
    return EventReader(load_event_words(words), load_official_words(official_words))


class EventReader:
    """Reads every declared event type from a processed document into ``doc._.events``."""

    def __init__(self, words: dict, official_words: OfficialWords | None = None):
        self.words = EventWords.compile(words, official_words)

    def __call__(self, doc: Doc) -> Doc:
        page = EventPage.of(doc)
        events = []
        for gathering in self.words.gatherings:
            events += [EventRecord.of_gathering(gathering.name, read)
                       for read in read_gatherings(self.words, page, gathering)]
        for name, prefixes in self.words.outcomes.items():
            events += [EventRecord.of_outcome(name, read) for read in read_outcomes(self.words, page, prefixes)]
        credit_convener_posts(self.words, doc, events)
        doc._.events = events
        return doc
