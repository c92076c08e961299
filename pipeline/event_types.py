"""Every event type, declared once: its fields, how gold is validated, how it is scored, where it is reported.

Before, the names and their rules were spread over ``schema.py`` (the list),
``records.py`` (which fields a record keeps), ``annotation/validate.py``
(required fields), ``evaluation/scorer.py`` (which slots are scored),
``analytics/report.py`` (which rows are gatherings) and
``components/events.py`` (which trigger words to read).  All of them now read
this table, so adding an event type is one row here plus its trigger words
in ``configs/events.json`` (README "Extending").

Two kinds exist, because they are read and scored differently:

* ``gathering`` - something convened on a day (press conference, meeting):
  date, organizer, speakers, moderator, title; found from trigger words
  (``configs/events.json`` under the type's name) near a convening verb;
  scored per (type, slot value).
* ``outcome`` - figures a jurisdiction reports for a period (enforcement):
  jurisdiction, period, metrics (indicator id -> value); built from
  quantities whose indicator starts with one of the configured prefixes;
  scored per (indicator, value) and per jurisdiction, whatever the type.

This module imports nothing from the project, so every layer can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

EventKind = Literal["gathering", "outcome"]

#: the fields an event of each kind carries in a record (besides ``type`` and ``evidence``)
FIELDS: dict[EventKind, tuple[str, ...]] = {
    "gathering": ("date", "organizer", "speakers", "moderator", "title"),
    "outcome": ("jurisdiction", "period", "metrics"),
}
#: every optional event field, in record order
ALL_FIELDS: tuple[str, ...] = FIELDS["gathering"] + FIELDS["outcome"]
#: the record fields each kind is scored on (``evaluation/scorer.py`` names the slots)
SCORED: dict[EventKind, tuple[str, ...]] = {
    "gathering": ("date", "organizer", "speakers", "moderator"),
    "outcome": ("metrics", "jurisdiction"),
}


@dataclass(frozen=True)
class EventType:
    """One event type and the rules every layer applies to it."""

    name: str
    kind: EventKind
    description: str
    #: fields a gold event of this type must have (``ecoie validate`` reports the ones missing)
    required: tuple[str, ...] = ()
    #: gatherings only: types whose trigger in the same sentence wins (a press conference is not also a meeting)
    yields_to: tuple[str, ...] = ()
    #: gatherings only: everyone reported presenting or answering anywhere in the article speaks
    speakers_anywhere: bool = False
    #: gatherings only: a sentence reporting what was said at one (在…新闻发布会上获悉) reports the event itself
    reported_at: bool = False
    #: gatherings only: an inspection team that feeds its findings back to the place it inspected
    #: (督察组…向X市委、市政府进行了反馈) holds one, although the report never names it
    fed_back: bool = False
    #: gatherings only: an official who 出席…会议并讲话 in the lead, when no sentence convenes one, reports
    #: the gathering itself, as do two persons who hold talks (甲与乙座谈); no convener is stated by such a sentence
    attended_report: bool = False
    #: gatherings only: a reporter who learned the news at one (记者从…会议上获悉, ``source_cues``) reports it,
    #: although no sentence convenes it; narrower than ``reported_at`` (what anyone said at one)
    sourced_report: bool = False

    @property
    def fields(self) -> tuple[str, ...]:
        return FIELDS[self.kind]

    @property
    def scored(self) -> tuple[str, ...]:
        return SCORED[self.kind]


#: the shipped types; order matters for gatherings (earlier types are read first)
EVENT_TYPE_TABLE: tuple[EventType, ...] = (
    EventType("press_conference", "gathering", "a press conference (新闻发布会, 通报会, 答记者问 …)",
              speakers_anywhere=True, reported_at=True),
    EventType("meeting", "gathering", "a work meeting (工作会议, 推进会, 座谈会, 督察反馈会 …)",
              yields_to=("press_conference",), fed_back=True, attended_report=True,
              sourced_report=True),
    EventType("enforcement_outcome", "outcome",
              "a jurisdiction's enforcement, inspection and compensation figures for a period",
              required=("jurisdiction",)),
)
#: the shipped names (records, gold and stores written by this version use these)
EVENT_TYPES: tuple[str, ...] = tuple(t.name for t in EVENT_TYPE_TABLE)
_DECLARED: dict[str, EventType] = {t.name: t for t in EVENT_TYPE_TABLE}


def declare(declared: EventType) -> EventType:
    """Add (or replace) an event type from outside the package, e.g. in a ``--code`` file.

    The built-in way is a row in :data:`EVENT_TYPE_TABLE`; this is for a user
    who extends an installed ecoie without editing it.  Every layer asks
    :func:`declared_types` / :func:`event_type` when it runs, so a type
    declared before the pipeline is built is read, recorded, validated and
    scored like a shipped one (its words must be in the events word list).
    """
    _DECLARED[declared.name] = declared
    return declared


def declared_types() -> tuple[EventType, ...]:
    """Every declared event type, shipped ones first, in reading order."""
    return tuple(_DECLARED.values())


def type_names() -> tuple[str, ...]:
    return tuple(_DECLARED)


def event_type(name: str | None) -> EventType | None:
    """The declaration of ``name`` (None for a type nobody declared)."""
    return _DECLARED.get(name or "")


def kind_of(name: str | None) -> EventKind:
    """The kind of ``name``; an undeclared type is read as a gathering, as the scorer always did."""
    declared = event_type(name)
    return declared.kind if declared else "gathering"


def types_of_kind(kind: EventKind) -> tuple[str, ...]:
    return tuple(t.name for t in _DECLARED.values() if t.kind == kind)
