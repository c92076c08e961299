"""Who spoke at a gathering and who chaired it.

* Officials in the event's paragraph and the next, read clause by clause: a clause with ``主持`` names
  the moderator, one with ``介绍/发布/回答/讲话/表示…`` a speaker, and a clause that is only a subject
  (``副局长甲，支队长乙回答记者提问``) shares the next clause's verb; plus officials directly followed by
  a speaking verb later in the article (the whole article for a press conference); a meeting's later
  paragraphs are read clause by clause too (``甲作交流发言``).
* A press conference also takes the speaker labels of a transcript, alone on their line
  (``廊坊市生态环境局党组书记、局长尹崧：``) or before the answer (``尹崧：今年…``; such a person speaks
  whether or not a position is written), and its moderator from a ``主持人甲：`` label, a bracketed
  label (``【甲】``, ``【主持人 乙】``), a role header (``主持人：…乙``, ``发布人：…甲``) or the first official
  written right before ``主持``.
* In ``会议由…乙主持`` the chair is the person between 由 and 主持 (none when that name was missed: the
  officials listed earlier only attended), a post written or not (``发布会由市政府新闻办乙主持``), and
  ``主持工作`` runs a body, it chairs nothing.  Persons opening a clause as a list with 分别 and a
  speaking verb speak, posts or not.  A report read from the headline reads through the headline and
  subtitle lines (``市长甲主持会议``) to the body's first paragraphs.  A person whose speech is cited as
  a noun (``传达学习甲在…会议上的讲话精神``, ``cited_speech``) spoke elsewhere, not here.  An official the
  entity layer tagged once is found at later mentions too (``甲强调``).
* A clause opening on 主持 or on a speaking verb (``副县长甲在…会议室，主持召开``, ``市长甲围绕…，介绍了``)
  has the previous clause's lone official; ``甲就…作出部署`` speaks, and so do officials listed as subjects
  who each take up a topic (``…甲，…乙分别就…进行了安排``); a sentence opening on 他/她 speaks for the one
  official the sentence before named (``县长甲主持会议。他…提出…``); the 发布人 a transcript's opening
  turn introduces (``乙先生；丙女士``) speak, and that turn's speaker chairs.
* At a meeting, a presiding official who also speaks is both moderator and speaker (GUIDELINES,
  "Meeting speakers").  The country's leaders (``national_titles``) are quoted or studied, never a
  local gathering's speakers.
* Speaker credits: a speaker or chair whose post names no body (``副局长甲主持``) holds it in the
  convener when the convener has such a post (``局长`` -> …局, ``body_endings`` of
  ``configs/officials.json``): the official's ``org`` is then the convener.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..components.spans import EntIndex, text_of
from ..event_types import EventType
from .page import EventPage, official_names, paragraphs_from
from .press_conferences import opening_turn, turns
from .words import EventWords

if TYPE_CHECKING:
    from ..components.events import EventRecord

#: a transcript header naming a role, the person written after the colon (主持人：…乙)
ROLE_HEADER = re.compile(r"[【\[]?(?:主持人|发布人员?|发布嘉宾|出席嘉宾|主讲人|发言人)[】\]]?")
#: a roster line under a role header alone on its line (发布人员： ⏎ 甲 某某厅副厅长 ⏎ 乙 某某处处长)
BLANK_LINES = re.compile(r"(?:[ \t\u3000]*\n)*")
ROSTER_LINE = re.compile(r"[ \t\u3000]*([^\n:：，,。；;！？]{2,60})(?=\n|$)")
#: how far past its first two paragraphs a meeting's report is read for speakers
MEETING_REPORT_CHARS = 3000


@dataclass(frozen=True)
class NameMention:
    """Where an official's name the entity layer did not label is written (shaped like a Span)."""
    text: str
    start_char: int
    end_char: int


#: what follows 主持 when the chair presides over the meeting already reported (主持会议, 主持了本次会议, 甲在主持会议时要求)
BARE_MEETING_AFTER_CHAIR = re.compile(r"了?(?:本次|这次)?会议(?:[并，,。；;]|$)|(?:会议|讲话)?时")


def people(words: EventWords, page: EventPage, sent: Span, declared: EventType) -> tuple[list[str], str | None]:
    """The speakers and the moderator of the gathering ``sent`` reports."""
    speakers, moderator = gathered_people(words, page, sent, declared)
    # the country's leaders are quoted (习近平总书记强调…) or their thought is studied, never a
    # local gathering's speaker or chair
    central = central_leaders(words, page.doc)
    return [s for s in speakers if s not in central], (moderator if moderator not in central else None)


def central_leaders(words: EventWords, doc: Doc) -> set[str]:
    """Officials the article gives a national leader's post (``national_titles``: 总书记, 国家主席…)."""
    posts = set(words.lists.get("national_titles", ()))
    return {o.person for o in (doc._.officials or []) if posts.intersection(o.titles or ())} \
        if posts and doc.has_extension("officials") else set()


def gathered_people(words: EventWords, page: EventPage, sent: Span, declared: EventType) -> tuple[list[str], str | None]:
    """Speakers and moderator read from the report's paragraph and the next (and, for a meeting, the
    paragraphs after them), then from speaking verbs elsewhere and, at a press conference, from the
    transcript's labels and opening turn (see the module's docstring)."""
    doc = page.doc
    officials = official_names(doc)
    text = text_of(doc)
    # a report read from the headline (市政府召开常务会议 / 研究…事项 / 市长甲主持会议) is told in
    # the body below it: title lines before the first body paragraph use up none of the two
    start, end = paragraphs_from(text, sent.start_char, count=2, skip_titles=True)
    near_end = end
    if not declared.speakers_anywhere:
        # a meeting report goes on about the meeting: who 作交流发言 or 讲话 in a later paragraph speaks
        # (a press conference takes its later speakers from verbs and transcript labels instead);
        # bounded, so that a long document with many meetings is not read once per meeting
        end = min(len(text), near_end + MEETING_REPORT_CHARS)
    speakers, moderator = [], None
    convened_by = False  # the moderator so far is the one who 主持召开 (convened) the gathering
    pending: list[str] = []  # 副局长甲，支队长乙回答记者提问: a bare subject shares the next clause's verb
    attended = False  # pending holds those who 出席记者会 (…出席记者会，介绍…并回答记者提问): only an opening verb is theirs
    lone: str | None = None  # the one official the previous clause was about, its verb still to come
    sentence_officials: list[str] = []  # the officials named so far in the current sentence
    referent: str | None = None  # the official a sentence opening on 他/她 speaks of
    for clause in re.finditer(r"[^，,；;。！？\n]+", text[start:end]):
        c_start, c_end = start + clause.start(), start + clause.end()
        everyone = person_mentions(page, officials, c_start, c_end)
        # a named person written right before 主持 chairs, a post written or not (…参加。某某主持。, 市领导某某主持会议)
        found = [e for e in everyone if e.text in officials
                 or (getattr(e, "label_", None) == "PERSON" and words.moderator_re.match(text, e.end_char) is not None)]
        if c_start == start or text[c_start - 1] in "。！？\n":
            referent = pronoun_referent(clause.group(), sentence_officials)
            sentence_officials = []
        sentence_officials.extend(e.text for e in found)
        # 县长甲主持会议。他对照清单…，并提出解决措施: the pronoun's clauses are the official's speech
        if referent and not found and referent not in speakers and words.speaker_re.search(clause.group()) \
                and not words.written_re.search(clause.group()):
            speakers.append(referent)
        if not found and words.speaker_re.search(clause.group()):
            # 甲、乙、丙分别就…作出安排部署: named persons opening a speaking clause speak, posts or not
            found = listed_subject(text, c_start, everyone, words.speaker_re)
        # 传达学习省委书记甲在…会议上的讲话精神: a speech given elsewhere, studied here
        found = [e for e in found if not cited_speech(words, text, e.end_char, c_end)]
        persons = [e.text for e in found]
        chair = words.moderator_re.search(clause.group())
        if not persons:
            # 发布会由市政府新闻办乙主持: the person written as chair chairs, a post written or not
            named = chair_of(clause.group(), c_start, everyone, chair) if chair and moderator is None \
                and c_start < near_end and clause.group().rfind("由", 0, chair.start()) != -1 else None
            # 副县长甲在县政府会议室，主持召开…: a clause opening on 主持 has the previous clause's subject
            if named is None and chair and moderator is None and c_start < near_end and lone \
                    and not clause.group()[: chair.start()].strip():
                named = lone
            if named and not presides_other(words, clause.group(), words.triggers[declared.name]):
                moderator = named
                convened_by = bool(re.match(r"[了过]?(?:" + words.convene_re.pattern + ")", clause.group()[chair.end():]))
            # 市长甲围绕…战略，介绍了…: a clause opening on its speaking verb has the previous clause's subject
            opening_verb = words.speaker_re.match(clause.group().lstrip(), len(re.match(
                r"(?:还|并|也|又|详细|重点|系统)?", clause.group().lstrip()).group()))
            if named is None and lone and opening_verb and lone not in speakers \
                    and not words.written_re.search(clause.group()):
                speakers.append(lone)
            # 甲，乙和丙出席记者会，介绍…并回答记者提问: those attending share the verb opening the next clause
            elif named is None and attended and pending and not everyone and opening_verb \
                    and not words.written_re.search(clause.group()):
                speakers.extend(p for p in pending if p not in speakers)
            # 甲；乙；丙出席发布会并回答记者提问 written 丙;出席…: officials listed as bare subjects share the
            # speaking verb of the clause after the list, when that clause names nobody else
            elif named is None and pending and not attended and not everyone and words.speaker_re.search(clause.group()) \
                    and not words.written_re.search(clause.group()):
                speakers.extend(p for p in pending if p not in speakers)
            pending, lone, attended = [], None, False
            continue
        lone = None
        if chair:
            chair_person = chair_of(clause.group(), c_start, found, chair)
            # 县长甲主持会议 in a later paragraph of a meeting's report: the bare 会议 is the meeting reported
            chairs_this = c_start < near_end or (not declared.speakers_anywhere
                                                 and BARE_MEETING_AFTER_CHAIR.match(clause.group(), chair.end()))
            if chairs_this and chair_person and not presides_other(words, clause.group(), words.triggers[declared.name]):
                # 甲主持召开…会议。会议由乙主持: 甲 convened it, the one written as its chair (由…主持) chairs
                written_chair = clause.group().rfind("由", 0, chair.start()) != -1 and not re.match(
                    r"[了过]?(?:" + words.convene_re.pattern + ")", clause.group()[chair.end():])
                if convened_by and written_chair:
                    moderator, convened_by = None, False
                if moderator is None:
                    convened_by = bool(re.match(r"[了过]?(?:" + words.convene_re.pattern + ")",
                                                clause.group()[chair.end():]))
                moderator = moderator or chair_person
                # 市长甲主持会议并讲话: presiding and speaking, both (GUIDELINES, meeting speakers)
                # (甲在主持会议时要求: the chair's words while presiding)
                if re.search("(?:并|时)(?:作了?|进行了?)?(?:重要)?(?:" + words.speaker_re.pattern + ")", clause.group()[chair.end():]) \
                        and moderator == chair_person and moderator not in speakers:
                    speakers.append(moderator)
                # 市长甲主持召开…会议，强调…: the chair alone in the clause is the subject of a next clause that
                # opens on a speaking verb (presiding and speaking, both)
                if moderator == chair_person and len({e.text for e in found}) == 1:
                    lone = chair_person
            pending = []
        elif words.speaker_re.search(clause.group()):
            verb = words.speaker_re.search(clause.group())
            # 乙传达了市委书记甲…: a person written after the verb is its object (whose words are relayed,
            # who is introduced), not a speaker; the verb's subject comes before it
            # (the last verb of the clause: 新闻发言人甲…进行介绍 holds 发言 inside a post)
            last = [m.start() for m in words.speaker_re.finditer(clause.group())][-1]
            subjects = [e.text for e in found if e.start_char < c_start + last]
            # 市委书记甲在批示中指出: a written instruction sent to the meeting, not a speech at it
            if not words.written_re.search(clause.group(), 0, verb.start()):
                # (those who only attended share no verb whose clause names its own subject)
                speakers.extend(p for p in (subjects if attended else pending + subjects) if p not in speakers)
            pending, attended = [], False
        elif addresses_topic(text, found[-1].end_char):
            # 县委常委甲，县委副书记乙分别就…工作进行了安排: officials listed as subjects take up a topic
            # each (就…), whatever the verb that closes the clause; the clause's own persons and the
            # bare subjects listed before them speak
            speakers.extend(p for p in (persons if attended else pending + persons) if p not in speakers)
            pending, attended = [], False
        else:
            # a clause that is only a subject ([body][titles]name) and ends at the name
            ends_at_name = not text[found[-1].end_char:c_end].strip()
            attends = ATTEND_GATHERING.fullmatch(text, found[-1].end_char, c_end) is not None
            pending = pending + persons if (ends_at_name or attends) and text[c_end:c_end + 1] in "，,；;" else []
            attended = attends and bool(pending)
            # 副县长甲在县政府四楼会议室: one official as a clause's subject, its verb in the next clause
            lone = persons[0] if len(persons) == 1 and text[c_end:c_end + 1] in "，," else None
    if declared.speakers_anywhere:
        # at a press conference everyone who presents or answers speaks: 闫涛介绍, 马宁宇表示,
        # wherever the article reports it, when the verb follows the name directly
        candidates = persons_before_speaker_verbs(words, page)
    else:
        # at a meeting, those reported speaking after it is reported (甲强调, 乙介绍了…经验)
        candidates = persons_before_speaker_verbs(words, page, after=sent.start_char)
    for name in candidates:
        if name in officials and name not in speakers:
            speakers.append(name)
    if declared.speakers_anywhere:
        if page.labels is None:
            page.labels = speaker_labels(doc, page.index)
        labels, label_moderator = page.labels
        moderator = moderator or label_moderator or presiding(words, page, officials, words.triggers[declared.name])
        opening = opening_turn(words, page)
        # 市政府新闻办副主任甲：…欢迎参加今天的新闻发布会: the speaker of the opening turn chairs
        moderator = moderator or (opening[0].text if opening else None)
        for name in introduced(words, page, officials) + invited(words, page, officials, start, near_end):
            if name not in speakers:
                speakers.append(name)
        for label in labels:
            # a transcript's answering person speaks whether or not a position is written for them
            if label not in speakers and label != moderator:
                speakers.append(label)
        return [s for s in speakers if s != moderator], moderator
    # a presiding official who also 讲话/强调/部署 in a clause of their own is both (GUIDELINES, meetings)
    return speakers, moderator


def cited_speech(words: EventWords, text: str, at: int, clause_end: int) -> bool:
    """Is the person ending at ``at`` the author of a speech cited as a noun (``甲的讲话``,
    ``甲在全省…会议上的讲话精神``, ``甲同志的重要批示``): given elsewhere, not at this gathering."""
    return words.cited_re.match(text[at:clause_end]) is not None


def listed_subject(text: str, c_start: int, persons: list, speaker_re: re.Pattern | None = None) -> list:
    """The persons a clause opens with, joined by 、/和 (``甲、乙和丙分别…``), followed by 分别: a list
    of named persons who each did what the clause says; or followed by 就 (``甲就…作出部署``), the
    topic they spoke on; or persons followed right away by a speaking verb (``甲指出``, ``甲、乙作交流发言``:
    county leaders named without a post in the list of those present); [] for anything else."""
    out, pos = [], c_start
    while pos < len(text) and text[pos] in " \u3000\t":
        pos += 1
    for ent in persons:
        if ent.start_char != pos:
            break
        out.append(ent)
        pos = ent.end_char
        if text.startswith(("、", "和"), pos):
            pos += 1
        else:
            break
    if out and text.startswith("就", out[-1].end_char):
        return out  # 甲就当前重点工作进行了安排部署: the person opening the clause addresses the topic
    # 甲指出; 甲、乙、丙作交流发言: the persons listed right before a speaking verb each spoke
    if out and speaker_re is not None and speaker_re.match(text, out[-1].end_char):
        return out
    return out if len(out) > 1 and text.startswith("分别", out[-1].end_char) else []


def pronoun_referent(opening: str, before: list[str]) -> str | None:
    """The official a sentence opening on 他/她 (``opening``, its first clause) refers to: the one
    official the sentence before named (``before``), none when it named several or none."""
    if not opening.lstrip(" \u3000\t").startswith(("他", "她")) or len(set(before)) != 1:
        return None
    return before[0]


def addresses_topic(text: str, at: int) -> bool:
    """Is the person ending at ``at`` followed by 就 (or 分别就), the topic they speak on (``甲就…作出
    部署``, ``甲、乙分别就…进行了安排``)?  Reports write a speaker's part this way at a meeting; the
    closing verb (安排, 说明, 交流) varies."""
    return text.startswith(("就", "分别就"), at)


def chair_of(clause: str, c_start: int, found: list, chair: re.Match) -> str | None:
    """The person a clause with 主持 names as the chair: in ``会议由…乙主持`` the one written between
    由 and 主持 (none when the entity layer missed that name: the officials listed earlier in the
    clause, ``甲等领导出席，会议由乙同志主持``, only attended); otherwise the last one in the clause."""
    by = clause.rfind("由", 0, chair.start())
    if by != -1:
        inside = [e.text for e in found if c_start + by < e.start_char < c_start + chair.start()]
        return inside[-1] if inside else None
    return found[-1].text if found else None


def persons_before_speaker_verbs(words: EventWords, page: EventPage, after: int = 0) -> list[str]:
    """Persons, in text order, directly followed by a speaking verb that is not a moderator's
    (闫涛介绍, 马宁宇表示), from character ``after`` on; the document's list is taken once."""
    if page.verb_speakers is None:
        text = text_of(page.doc)
        officials = official_names(page.doc)
        mentions = person_mentions(page, officials, 0, len(text))
        speaking = [i for i, ent in enumerate(mentions) if speaks_at(words, text, ent.end_char)]
        # 处长甲、副处长乙、调研员丙介绍…: the officials listed before the last share its verb
        listed = {j for i in speaking for j in listed_before(text, mentions, i)}
        page.verb_speakers = sorted([mentions[i] for i in sorted(set(speaking) | listed)]
                                    + addressed_speakers(words, page.doc, text), key=lambda e: e.start_char)
    return [ent.text for ent in page.verb_speakers if ent.start_char >= after]


#: what may stand between two members of a list of officials: the 、 and the next one's body and posts
LIST_GAP_CHARS = 30


#: the rest of a clause after its last official when those listed only attend a gathering (…丙出席记者会)
ATTEND_GATHERING = re.compile(r"(?:等)?(?:出席|参加)了?(?:今天的|本次|此次)?[\u4e00-\u9fff]{0,8}?"
                              r"(?:记者会|发布会|通气会|见面会|吹风会)")


def listed_before(text: str, mentions: list, i: int) -> list[int]:
    """The indices of the persons listed right before ``mentions[i]`` in one 、-list of officials
    (处长甲、某处负责人乙、二级调研员丙…): each gap opens with 、 and holds only the next member's body and
    posts (no clause mark, no verb of its own: at most ``LIST_GAP_CHARS`` characters)."""
    out = []
    j = i - 1
    while j >= 0:
        gap = text[mentions[j].end_char:mentions[j + 1].start_char]
        if not gap.startswith("、") or len(gap) > LIST_GAP_CHARS or re.search(r"[，,。；;：:！？\n]|等", gap):
            break
        out.append(j)
        j -= 1
    return out


def addressed_speakers(words: EventWords, doc: Doc, text: str) -> list[NameMention]:
    """Officials named again by surname and post (``何县长强调``, ``李局长指出``), as Chinese reports
    refer back to an official introduced in full (副县长何海滨): the mention speaks for the one
    official of the article whose name begins with that surname and one of whose posts ends in that
    post (a deputy is addressed without 副).  Ambiguous (two such officials) or unknown mentions name
    no one."""
    if not doc.has_extension("officials"):
        return []
    addressed: dict[str, set[str]] = defaultdict(set)
    for o in doc._.officials or []:
        if len(o.person) < 2:
            continue
        for title in o.titles or ():
            post = title[-2:]
            if len(post) == 2 and post.endswith(("长", "记", "任")):
                addressed[o.person[0] + post].add(o.person)
    found = []
    for short, persons in addressed.items():
        if len(persons) != 1:
            continue
        for m in re.finditer(re.escape(short), text):
            # 何县长 standing alone: no longer name or post runs into it (副何县长, 何县长助理)
            if speaks_at(words, text, m.end()) and not (m.start() and text[m.start() - 1] in "副正"):
                found.append(NameMention(next(iter(persons)), m.start(), m.end()))
    return found


#: officials who speak together after one of them (…并与甲、乙一起，回答了记者提问): the words before their verb
TOGETHER = re.compile(r"(?:一起|一道|共同)[，,]?")
#: where a speaker spoke, written between the name and the verb (甲在发布会上表示, 乙在会上强调, 丙在讲话中指出)
OCCASION_BEFORE_VERB = re.compile(r"在(?:今天的|本次|此次|当天的|昨天的)?[\u4e00-\u9fff]{0,8}?"
                                  r"(?:会上|会议上|发布会上|座谈会上|讲话中|报告中|致辞中|发言中)[，,]?")


def speaks_at(words: EventWords, text: str, at: int) -> bool:
    """Does a speaking verb (not a moderator's) follow at ``at``, directly or after an adverb
    (``龚某还公布了``, ``李某随后介绍``), 一起 (``…与乙一起，回答``) or where he spoke (``甲在发布会上表示``); or a verb
    of saying that only speaks right after a name (``甲称``, ``乙透露``: ``speaker_after_name``, which elsewhere are
    words of names, 名称)?"""
    if text.startswith(tuple(words.lists.get("speaker_after_name", ())), at):
        return True
    adverb = words.adverb_re.match(text, at) if words.adverb_re is not None else None
    together = TOGETHER.match(text, at)
    occasion = OCCASION_BEFORE_VERB.match(text, at)
    for pos in ((at,) + ((adverb.end(),) if adverb else ()) + ((together.end(),) if together else ())
                + ((occasion.end(),) if occasion else ())):
        if words.speaker_re.match(text, pos) and not words.moderator_re.match(text, pos):
            return True
    return False


def person_mentions(page: EventPage, officials: set[str], start: int, end: int) -> list:
    """PERSON entities starting in ``[start, end)``, and the mentions of officials the entity
    layer missed: a name it never tagged (the officials linker reads a name after a title chain
    itself), or a later mention of a name it tagged once (``市长甲主持…``, then ``甲指出``), where
    no PERSON covers it and it is no part of a longer entity (a place read inside the name stays
    inside it)."""
    found = [e for e in page.index.starting_in(start, end) if e.label_ == "PERSON"]
    if page.unlabelled is None:
        text = text_of(page.doc)
        covered = [(e.start_char, e.end_char, e.label_) for e in page.index.ents]

        def missed(m: re.Match) -> bool:
            return not any(s < m.end() and m.start() < e and (label == "PERSON" or s < m.start() or e > m.end())
                           for s, e, label in covered)

        page.unlabelled = sorted(
            (NameMention(m.group(), m.start(), m.end()) for name in officials
             for m in re.finditer(re.escape(name), text) if missed(m)), key=lambda m: m.start_char)
    extra = [m for m in page.unlabelled if start <= m.start_char < end]
    return sorted(found + extra, key=lambda e: e.start_char) if extra else found


def presiding(words: EventWords, page: EventPage, officials: set[str], trigger_re: re.Pattern) -> str | None:
    """The first official directly followed by 主持 anywhere in the article (甲主持发布会, 发布会由…甲主持)."""
    text = text_of(page.doc)
    for ent in page.index.ents:
        if ent.label_ == "PERSON" and ent.text in officials and words.moderator_re.match(text, ent.end_char) \
                and not presides_other(words, text[ent.end_char:ent.end_char + 40], trigger_re):
            return ent.text
    return None


def presides_other(words: EventWords, text: str, trigger_re: re.Pattern) -> bool:
    """``主持召开市委常委会``: presiding over a gathering of another kind than the one read."""
    m = words.moderator_re.search(text)
    if m is None or not text.startswith(tuple(words.lists["convene"]), m.end()):
        return False
    return not trigger_re.search(text, m.end())


def speaker_labels(doc: Doc, index: EntIndex) -> tuple[list[str], str | None]:
    """Transcript speaker labels: (persons who answer, the moderator if a label names one).

    * a line opening with a label that ends in a colon, alone on its line
      (``市生态环境局局长甲：``) or followed by the answer (``甲：今年以来…``), where the
      name must stand right before the colon;
    * a bracketed label on a line of its own (``【甲】``, ``【主持人 市政府新闻办主任 乙】``,
      ``【发布人】甲``);
    * a role header (``主持人：市委宣传部副部长乙``, ``发布人：市生态环境局局长甲``);
    * a speech's credit in brackets on the line under its heading (``新闻发布会发布词 ⏎ （局长 甲）``).
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
        if role and not rest.strip():
            # 发布人员： alone on its line: each line under it opens with one of them (甲 某某厅副厅长), up to the
            # next label or sentence
            pos = m.end() + len(rest) + 1
            while (line := ROSTER_LINE.match(text, pos)) is not None:
                first = next((e for e in index.starting_in(line.start(1), line.end(1)) if e.label_ == "PERSON"), None)
                if first is None or first.start_char != line.start(1):
                    break
                take(role.group(), first.start_char, first.end_char)
                pos = line.end() + 1
            continue
        if rest.strip():
            named = [e for e in index.starting_in(line_start, line_end) if e.label_ == "PERSON"]
            if not named or named[-1].end_char != line_end:
                continue  # an answer on the same line: the name must be the label's last word
        take(m.group(1), line_start, line_end)
    # a role header alone on its line, with no colon (发布人 ⏎ 市某局局长 甲 ⏎ 市某局总工程师 乙 ⏎ 主持人 ⏎ …):
    # each roster line under it, blank lines between, names one of them, the name last or first on the line
    for m in re.finditer(r"(?:^|\n)[ \t\u3000]*(" + ROLE_HEADER.pattern + r")[ \t\u3000]*(?=\n)", text):
        pos = m.end() + 1
        while True:
            pos = BLANK_LINES.match(text, pos).end()  # blank lines between the roster's lines
            line = ROSTER_LINE.match(text, pos) if pos < len(text) else None
            if line is None or ROLE_HEADER.fullmatch(line.group(1).strip()):
                break
            named = [e for e in index.starting_in(line.start(1), line.end(1)) if e.label_ == "PERSON"]
            body_end = line.start(1) + len(line.group(1).rstrip())
            if not named or not (named[-1].end_char == body_end or named[0].start_char == line.start(1)):
                break
            take(m.group(1), line.start(1), body_end)
            if "主持" in m.group(1):
                break
            pos = line.end() + 1
    for m in re.finditer(r"(?:^|\n)[ \t\u3000]*【([^】\n]{1,40})】[ \t\u3000]*([^\n]{0,30}?)[ \t\u3000]*(?=\n|$)", text):
        if not re.search(r"[，,。；;！？:：]", m.group(1) + m.group(2)):
            take(m.group(1) + m.group(2), m.start(1), m.end(2))
    # a speech printed under its heading with its speaker credited in brackets on a line of its own
    # (新闻发布会发布词 ⏎ （市生态环境局局长 甲）): the credited person gave it
    # (the heading may share its line with the headline it was printed under: only its end is read)
    for m in re.finditer(r"(?:发布词|讲话|致辞|发言|讲稿)[^\n，,。；;！？:：]{0,6}[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
                         r"[ \t\u3000]*[（(]([^（）()\n]{2,40})[)）][ \t\u3000]*(?=\n|$)", text):
        take(m.group(1), m.start(1), m.end(1))
    return out, moderator


#: the officials a press conference's report says it invited to present (…召开新闻发布会，请甲、乙…介绍)
INVITED = re.compile(r"[，,]\s*(?:特)?(?:邀)?请(?![示求教愿])")


def invited(words: EventWords, page: EventPage, officials: set[str], start: int, end: int) -> list[str]:
    """``某市政府新闻办召开新闻发布会，请市生态环境局副局长甲、某处处长乙…``: the officials invited in the report's
    paragraph present at the conference, whatever verb follows the list (a page often cuts it off); the list runs
    to the sentence's end and never past a chair's verb (请甲主持: the one invited to chair)."""
    text, out = text_of(page.doc), []
    for m in INVITED.finditer(text, start, end):
        stop = re.search(r"[。！？\n]", text[m.end():end])
        limit = m.end() + stop.start() if stop else end
        chair = words.moderator_re.search(text, m.end(), limit)
        limit = chair.start() if chair else limit
        out += [e.text for e in person_mentions(page, officials, m.end(), limit) if e.text in officials and e.text not in out]
    return out


def introduced(words: EventWords, page: EventPage, officials: set[str]) -> list[str]:
    """The persons the moderator's opening turn introduces by honorific (``市生态环境局局长甲先生；
    市水利局副局长乙女士``, ``introduced_honorifics``): the conference's 发布人, who speak at it."""
    turn, honorifics = opening_turn(words, page), tuple(words.lists.get("introduced_honorifics", ()))
    if turn is None or not honorifics:
        return []
    text, out = text_of(page.doc), []
    # the moderator may welcome in one turn and introduce the guests in the next (主持人 甲：欢迎… ⏎ 主持人 甲：
    # 今天我们邀请到：乙先生，丙女士…): the moderator's turns before anyone else's are one opening
    end = turn[2]
    for person, _, turn_end in turns(page)[1:]:
        if person.text != turn[0].text:
            break
        end = turn_end
    for ent in page.index.starting_in(turn[1], end):
        if ent.label_ == "PERSON" and ent.text in officials and text.startswith(honorifics, ent.end_char) \
                and ent.text not in out and ent.text != turn[0].text:
            out.append(ent.text)
    return out


def credit_convener_posts(words: EventWords, doc: Doc, events: list[EventRecord]) -> None:
    """A speaker or chair whose post names no body (``副局长甲主持发布会``, ``总工程师乙介绍``) holds it in
    the body that convened the gathering, when that body has such a post (GUIDELINES §4: the title
    is the convener's, ``党组副书记刘云廷`` after the bureau is named as the convener).  Only posts the
    official words tie to a body's ending count: a post any body may hold names none."""
    if words.officials is None or not doc.has_extension("officials"):
        return
    conveners: dict[str, set[str]] = {}
    for event in events:
        if event.organizer:
            for person in [*event.speakers, event.moderator]:
                if person:
                    conveners.setdefault(person, set()).add(event.organizer)
    for official in doc._.officials or []:
        bodies = conveners.get(official.person, set())
        if official.org or len(bodies) != 1 or not official.titles:
            continue
        body = next(iter(bodies))
        endings = [words.officials.endings_for(t) for t in official.titles]
        if all(e is not None and body.endswith(e) for e in endings):
            official.org = body
