"""Does a sentence report a gathering held?  The sentence's convening verb and the gathering's name.

A press conference or meeting is *reported* by a sentence that convenes it (``召开``, ``举行``…) and names
it (``新闻发布会``, ``推进会``…).  Words before the verb may put it in the background (``近期…召开``,
``将召开``), or name meetings as the means of other work (``通过召开…等多种形式``); a count of
meetings (``先后召开8次常务会议``) reports none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span

from ..event_types import EventType
from .words import EventWords, alternation

#: a count of meetings between the verb and the name (先后召开8次常务会议); a session's number after a term
#: (十六届27次常务会议) or after 第 is the meeting's own number
COUNTED = re.compile(r"(?<![第届\d一二两三四五六七八九十几多])(?:\d+|[一二两三四五六七八九十几多]+)(?:次|场|批)")
#: a count of meetings closing the name's clause (召开…等会议130余次, 召开常委会会议等各类会议12场)
COUNTED_AFTER = re.compile(r"[^，,。；;！？\n\d]{0,20}?(?<![第届\d一二两三四五六七八九十几])(?:\d+|[一二两三四五六七八九十几]+)"
                           r"(?:余|多)?(?:次|场|批)")


class Report(NamedTuple):
    """A sentence reporting a gathering: the matches are on the sentence's text."""

    sent: Span
    #: the convening verb, or what stands in for it (the event's name, a briefing's verb)
    verb: re.Match
    #: the gathering's name
    trigger: re.Match
    #: ``YYYY-MM-DD`` (``XXXX`` for an unknown year) or None
    date: str | None
    #: the convener a header or a rule states ("" for none stated), None to read it from the sentence
    organizer: str | None


def reporting_matches(words: EventWords, text: str, trigger_re: re.Pattern,
                      declared: EventType) -> tuple[re.Match, re.Match] | tuple[None, None]:
    """(verb, trigger) matches when the sentence reports the event, else (None, None).

    * a convening verb before the event's name (市政府新闻办召开新闻发布会);
    * the name before the verb (…主题新闻发布会贵阳专场在…举行);
    * for a press conference, what was said at one (在…新闻发布会上获悉/介绍, 通报会上通报):
      the event's name stands in for the verb.
    """
    verb = words.convene_re.search(text)
    # a later convening verb with the name right after it (…新闻发布会召开，…5月29日，宿迁市召开“…”新闻发布会: a
    # headline run into the lead) says who convened and when; the first verb's name before it says neither
    direct = next((v for v in words.convene_re.finditer(text, verb.end()) if _named_after(trigger_re, text, v)), None) \
        if verb and not _named_after(trigger_re, text, verb) else None
    verb = direct or verb
    if verb:
        trigger = trigger_re.search(text, verb.end())
        after = trigger if trigger and trigger.start() - verb.end() <= 60 else None
        before = [t for t in trigger_re.finditer(text, 0, verb.start()) if verb.start() - t.end() <= 40]
        adjacent = bool(before) and not re.search(r"[，,；;]", text[before[-1].end():verb.start()])
        # 某委员会2022年度第一次全体会议召开，会议传达…: the name right before the verb is the one convened,
        # not a 会议 of the next clause
        if after and (not adjacent or _named_after(trigger_re, text, verb)):
            return verb, after
        if adjacent:
            return verb, before[-1]
        # 2021年6月例行新闻发布会,今(18)日在…举行: the name closes the sentence's first clause
        if before and re.fullmatch(r"[，,][^，,；;。]*", text[before[-1].end():verb.start()]) \
                and not re.search(r"[，,；;]", text[: before[-1].start()]):
            return verb, before[-1]
    if declared.reported_at:
        for trigger in trigger_re.finditer(text):
            # a conference named in quotes (从“…新闻发布会”上获悉): the closing quote stands between name and cue
            after = trigger.end() + (text[trigger.end():trigger.end() + 1] in CLOSING_QUOTES)
            if words.report_re.match(text, after) or text.startswith("上", after) \
                    or announced_by_name(words, text, trigger):
                return trigger, trigger
    if declared.sourced_report:
        for trigger in trigger_re.finditer(text):
            # 记者从X领导小组第三次会议上获悉: 从 opens the source in the same clause as the name
            lo = max(text.rfind(c, 0, trigger.start()) for c in "，,；;。") + 1
            if "从" not in text[lo : trigger.start()] or not words.source_re.match(text, trigger.end()):
                continue
            # 从A领导小组第三次会议暨B推进会上获悉: two names joined by 暨 are one gathering, the first
            # name's (its convener opens it)
            first = next((t for t in trigger_re.finditer(text, lo, trigger.start()) if text.startswith("暨", t.end())), None)
            return (first, first) if first else (trigger, trigger)
    return None, None


#: the quotation marks that may close a gathering's quoted name
CLOSING_QUOTES = frozenset("”\"」』")


def announced_by_name(words: EventWords, text: str, trigger: re.Match) -> bool:
    """``8月2日上午,全市…新闻发布会公布的数据显示``: the conference named as the subject of what it
    announced (``announced_by_name``: 公布, 通报, 发布) reports it as held, like ``在…发布会上公布``; a
    record's name (``发布会发布词``, ``发布稿``) is no announcement."""
    verbs = words.lists.get("announced_by_name", ())
    return bool(verbs) and re.compile("(?:" + alternation(verbs).pattern + r")(?![词稿会])").match(text, trigger.end()) is not None


def _named_after(trigger_re: re.Pattern, text: str, verb: re.Match) -> bool:
    """The gathering's name follows the verb in its own clause (召开|“…”新闻发布会)."""
    trigger = trigger_re.search(text, verb.end())
    return bool(trigger) and trigger.start() - verb.end() <= 60 and not re.search(r"[，,；;。]", text[verb.end():trigger.start()])


def is_background(words: EventWords, before_verb: str) -> bool:
    """The words before the convening verb mark the event as background (近期…召开, 将召开),
    unless the cue belongs to an occasion phrase (世界环境日即将到来之际)."""
    # 通过召开常委会议、学习会等多种形式: meetings named as the means of other work, none reported
    if before_verb.rstrip().endswith(tuple(words.lists.get("means_before_verb", ()))):
        return True
    return any(not words.occasion_re.match(before_verb, m.end())
               for m in words.background_re.finditer(before_verb))
