"""The words every event rule reads, compiled once per pipeline: :class:`EventWords`.

``configs/events.json`` lists the words (trigger words under each declared event type's name, the
convening and speaking verbs, cue lists); ``configs/officials.json`` says which body holds which post.
The rules of every family take one :class:`EventWords` as an argument instead of reading attributes
of the component, so what a rule depends on is in its signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..components.official_bodies import OfficialWords
from ..event_types import EventType, declared_types


def alternation(words) -> re.Pattern:
    """One pattern matching any of ``words``, the longest first (so that 新闻发布会 wins over 发布会)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class EventWords:
    """The event word lists and the patterns compiled from them."""

    #: the lists of ``configs/events.json`` as read (cue lists the rules look up by name)
    lists: dict
    #: which body can hold which post (局长 -> …局): a gathering's convener lends its name to the posts
    #: it holds (see :func:`~pipeline.event_readers.speakers.credit_convener_posts`)
    officials: OfficialWords | None
    #: the declared gathering types, in reading order
    gatherings: tuple[EventType, ...]
    #: each gathering type's trigger words (its name: 新闻发布会, 推进会…), not followed by a room's word
    triggers: dict[str, re.Pattern]
    #: each outcome type's indicator-id prefixes (``enforcement.``…)
    outcomes: dict[str, tuple[str, ...]]
    convene_re: re.Pattern
    speaker_re: re.Pattern
    moderator_re: re.Pattern
    background_re: re.Pattern
    written_re: re.Pattern
    occasion_re: re.Pattern
    report_re: re.Pattern
    source_re: re.Pattern
    cited_re: re.Pattern
    room_re: re.Pattern | None
    adverb_re: re.Pattern | None

    @classmethod
    def compile(cls, words: dict, official_words: OfficialWords | None = None) -> EventWords:
        """Compile the lists; a declared event type without words of its own is a configuration error."""
        # each declared type finds its words under its own name (event_types.py, configs/events.json)
        missing = [t.name for t in declared_types() if not words.get(t.name)]
        if missing:
            raise ValueError(f"the event word list has no words for event type(s) {', '.join(missing)} "
                             "(a list under each declared type's name, see configs/events.json)")
        gatherings = tuple(t for t in declared_types() if t.kind == "gathering")
        # 在县行政服务中心三楼会议室召开: a room named after the gathering (会议室) is a venue, not one
        venue = words.get("trigger_not_before", [])
        not_venue = "(?!" + alternation(venue).pattern + ")" if venue else ""
        # 副局长（主持工作）甲: a deputy in charge of a body's work, not the chair of the gathering
        not_chair = words.get("moderator_not_before", [])
        # 甲在…会议上的讲话(精神): a person's speech named as a noun, with the gathering it was given at;
        # 宣读了甲对…所作的批示, 传达了甲关于做好…工作的重要批示: or with what it was about
        cited = words.get("cited_speech", ["讲话", "批示", "指示"])
        rooms = words.get("venue_rooms", [])
        adverbs = words.get("speaker_adverbs", [])
        return cls(
            lists=words,
            officials=official_words,
            gatherings=gatherings,
            triggers={t.name: re.compile("(?:" + alternation(words[t.name]).pattern + ")" + not_venue)
                      for t in gatherings},
            outcomes={t.name: tuple(words[t.name]) for t in declared_types() if t.kind == "outcome"},
            convene_re=alternation(words["convene"]),
            speaker_re=alternation(words["speaker"]),
            moderator_re=re.compile("(?:" + alternation(words["moderator"]).pattern + ")"
                                    + ("(?!" + alternation(not_chair).pattern + ")" if not_chair else "")),
            background_re=alternation(words["background"]),
            # 六五环境日即将到来之际: a cue followed by 到来 dates the report by an occasion; it does not
            # put the event itself in the future or the background
            written_re=alternation(words.get("written_cues", ["批示"])),
            occasion_re=alternation(words.get("occasion_after", ["到来", "来临"])),
            report_re=alternation(words.get("report_cues", ["上获悉", "上介绍"])),
            # 记者从…会议上获悉: the reporter's source, a gathering held (not one only mentioned)
            source_re=alternation(words.get("source_cues", ["上获悉", "上了解到"])),
            cited_re=re.compile(r"(?:同志)?(?:在[^，,。；;！？\n]{0,40}?[上中]|对[^，,。；;！？\n]{0,40}?所?作出?"
                                r"|关于[^，,。；;！？\n]{0,80}?)?的(?:重要)?(?:"
                                + alternation(cited).pattern + ")"),
            room_re=alternation(rooms) if rooms else None,
            adverb_re=alternation(adverbs) if adverbs else None,
        )
