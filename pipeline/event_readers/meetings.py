"""Meetings: the committee sessions and inspection feedbacks that name their own convener, and the
meetings reported by an official attending them.

* A committee's plenary or numbered session (``X委员会2024年第二次全体（扩大）会议召开``, held by video
  too; ``市长甲主持召开市环委会2018年第三次会议``) is held by the committee.
* An inspection team that feeds back its findings (``…督察组督察X市情况反馈会召开``, ``督察组于8月24日
  向X市委、市政府进行了反馈``) holds a meeting it organises; a team named in another meeting's name
  (``省委召开…督察组督察…动员会``) convenes nothing.
* With no sentence convening a meeting, an official who ``出席…汇报会并讲话`` in the lead reports it,
  with no convener stated; so do two persons who sit down for talks on a day (``甲与乙一行座谈``),
  and an official who 调度 the work on a day when the report goes on about the meeting (``会上``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from ..components.context import DocContext
from ..components.officials import canonical_org, normalize_org
from ..components.spans import text_of
from .dates import event_date
from .page import EventPage, body_lead_end, lead_end, paragraphs_from, sentences_before
from .reports import COUNTED_AFTER, Report
from .words import EventWords, alternation

# 5月24日上午 before a meeting's name: the day it met, no part of the name
DATE_LEAD = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?")
# 衡阳市…大会暨…: the place a joined name begins with (全县/我市 are no place)
PLACE_HEAD = re.compile(r"(?![全我本各])[\u4e00-\u9fff]{1,7}?(?:自治区|省|市|县|区|州|旗|盟)")
BARE_PLACE_HEADS = "市省县区州旗盟"
#: a committee's session after its name: numbered (第三次会议, 第一次（扩大）会议) or plenary
#: (全体成员会议, 全会), held by video too, or its regular session (例会); the year may date it (2024年第二次,
#: spaced off the name on a page that sets figures apart: 委员会 2025年第二次会议)
PLENARY_SESSION = (r"(?:\s?\d{4}\s?年(?:度)?)?(?:(?:第[\d一二三四五六七八九十]+次)?(?:[（(]扩大[)）])?"
                   r"(?:全体(?:成员)?(?:[（(]扩大[)）])?(?:视频|电视电话|网络)?会议|全体会(?!议)|全会|例会)"
                   r"|第[\d一二三四五六七八九十]+次(?:[（(]扩大[)）])?(?:视频|电视电话|网络)?会议)")


def fed_back(words: EventWords, page: EventPage, trigger_re: re.Pattern) -> list[Report]:
    """``督察组于8月24日向X市委、市政府进行了反馈。组长甲通报督察意见…乙主持会议``: an inspection team
    feeding its findings back (GUIDELINES: an inspection feedback meeting is a ``meeting`` organised
    by the team), read in the lead only, and only on a day and when the paragraph or the next speaks of
    the meeting itself (``主持会议``, ``参加了会议``, ``反馈会由乙主持``): a rectification report that recalls
    an earlier feedback holds none."""
    teams, verbs = words.lists.get("inspection_teams", ()), words.lists.get("feedback_verbs", ())
    if not teams or not verbs:
        return []
    fed = re.compile("(?:" + alternation(teams).pattern + r")[^，,。；;！？\n]{0,24}?向[^。；;！？\n]{1,40}?(?:"
                     + alternation(verbs).pattern + ")")
    # header lines (a breadcrumb, the headline, a source line, a font-size bar) may fill the first
    # paragraphs: the lead then counts the body paragraphs too
    doc = page.doc
    text, end = text_of(doc), max(lead_end(doc), body_lead_end(doc))
    for sent in sentences_before(doc, end):
        m = fed.search(sent.text)
        if m is None:
            continue
        # 督察组向我市反馈督察报告后，…: a feedback recalled as the start of the rectification
        if re.match(r"[^，,。；;！？\n]{0,12}?(?:后|以后|以来)[，,]", sent.text[m.end():]):
            continue
        start, stop = paragraphs_from(text, sent.start_char, count=2)
        # 召开各类会议40余次: a count of meetings is no meeting the paragraph speaks of
        if not any(not COUNTED_AFTER.match(text, t.end()) for t in trigger_re.finditer(text, start, stop)):
            continue
        date = event_date(words, page, sent, m.end())
        if date is None:
            continue  # a feedback recalled by its month (2023年11月,督察组向我省反馈…) is background
        team = re.match(alternation(teams), m.group())
        organizer = canonical_org(team.group(), page.document_orgs()) if team else None
        return [Report(sent, m, m, date, organizer or "")]
    return []


def attended_speech(words: EventWords, page: EventPage, trigger_re: re.Pattern) -> list[Report]:
    """``副市长甲出席环保专项行动汇报会并讲话``: with no sentence convening it, an official who attends a
    gathering named in the lead and speaks at it reports that gathering.  Such a sentence names no
    convener (the attendee's body is not the host): the organizer is left unstated."""
    attend, spoke = words.lists.get("attend_verbs", ()), words.lists.get("attend_speech", ())
    if not attend or not spoke:
        return []
    pattern = re.compile("(?:" + alternation(attend).pattern + r")了?[^，,。；;！？\n]{0,30}?(?:"
                         + trigger_re.pattern + ")并(?:" + alternation(spoke).pattern + ")")
    # header lines (a breadcrumb, the dateline, a source line) may fill the first paragraphs
    doc = page.doc
    for sent in sentences_before(doc, max(lead_end(doc), body_lead_end(doc))):
        m = pattern.search(sent.text)
        if m is None:
            continue
        trigger = trigger_re.search(sent.text, m.start(), m.end())
        return [Report(sent, m, trigger, event_date(words, page, sent, m.start()), "")]
    return []


def held_talks(words: EventWords, page: EventPage) -> list[Report]:
    """``甲与乙一行座谈`` / ``甲与乙就…进行了座谈交流``: with no sentence convening a meeting, two named
    parties who sit down for talks (``talk_verbs``) on a day the lead gives hold a meeting (a 座谈会
    without its name); the sentence names no convener (both sides are guests and hosts), and who
    spoke is read from the speaking verbs after it.  Only between persons: the lead sentence must
    name one before 与/同 and one after it."""
    talks = words.lists.get("talk_verbs", ())
    if not talks:
        return []
    pattern = re.compile(r"[与同][^，,。；;！？\n]{1,60}?(?:" + alternation(talks).pattern + r")(?!会)")

    def between_persons(sent: Span, m: re.Match) -> bool:
        joint = sent.start_char + m.start()
        persons = [e for e in page.index.within(sent) if e.label_ == "PERSON"]
        return any(e.end_char <= joint for e in persons) and any(e.start_char > joint for e in persons)

    return dated_lead_report(words, page, pattern, between_persons)


def dispatched(words: EventWords, page: EventPage) -> list[Report]:
    """``8月2日上午,副县长甲调度了…工作。会上,…通报了…``: with no sentence convening a meeting, an
    official who 调度 (``dispatch_verbs``; 专题调度, 主持调度) the work on a day the lead gives holds a
    调度会 without its name, when the paragraph or the next then speaks of the meeting (会上, 会议); the
    sentence names no convener.  Only a person's act: the PERSON right before the verb (a body that
    ``定期调度`` or a count, ``调度督导20余次``, reports no meeting)."""
    verbs = words.lists.get("dispatch_verbs", ())
    if not verbs:
        return []
    # the work dispatched names the meeting (调度了X工作 is a X工作调度会): the match runs to the clause's
    # end, so a year written in it (“2018年夏季攻势”) is a year in the event's name
    pattern = re.compile(r"(?:专题|主持)?(?:" + alternation(verbs).pattern + r")了?(?![会机])[^，,。；;！？\n]*")
    text = text_of(page.doc)

    def by_person_then_met(sent: Span, m: re.Match) -> bool:
        at = sent.start_char + m.start()
        if not any(e.label_ == "PERSON" and e.end_char == at for e in page.index.within(sent)):
            return False
        stop = paragraphs_from(text, sent.start_char, count=2)[1]
        return re.search(r"会上|会议", text[sent.end_char:stop]) is not None

    return dated_lead_report(words, page, pattern, by_person_then_met)


#: a sentence opening on the meeting a field visit went on to (座谈会上，…; 在随后召开的座谈会上，…; 在X检查座谈会上 ,…)
AFTER_VISIT_OPENING = re.compile(r"\s*在?\s?(?:随后|之后|随即|其后|会后|当天下午|当日下午|下午|当天|当日)?\s?"
                                 r"(?:召开|举行)?的?[^，,。；;！？\n“”\"]{0,30}?座谈会\s?上?\s?[，,]")


def after_visit(words: EventWords, page: EventPage) -> list[Report]:
    """``7月31日，甲一行到乙县开展…调研。…座谈会上，甲指出…``: a field visit the lead dates (``visit_verbs``:
    调研, 巡河, 视察…) that the report follows into a 座谈会 (a sentence opening on it, ``在随后召开的座谈会上，``)
    holds that meeting on the visit's day (the set's decision for patrol and survey 座谈会, real-1842,
    real-2373); no convener is stated, and who spoke is read from the 座谈会's paragraph on.  A speech given
    at another 座谈会 (``习近平总书记在…座谈会上的重要讲话``) opens no sentence and reports none here."""
    visits = words.lists.get("visit_verbs", ())
    if not visits:
        return []
    doc = page.doc
    opening = next((sent for sent in doc.sents if AFTER_VISIT_OPENING.match(sent.text)), None)
    if opening is None:
        return []
    visit = re.compile(alternation(visits).pattern)
    for sent in sentences_before(doc, min(opening.start_char, max(lead_end(doc), body_lead_end(doc)))):
        m = visit.search(sent.text)
        date = event_date(words, page, sent, m.start()) if m else None
        if date is not None:
            talks = AFTER_VISIT_OPENING.match(opening.text)
            return [Report(opening, talks, talks, date, "")]
    return []


#: a sentence telling a meeting's proceedings (会议指出…, 会议听取了…, 会上，…): the report goes on about a meeting
PROCEEDINGS_OPENING = re.compile(r"\s*(?:(?:会议|會議)(?:听取|聽取|指出|强调|強調|要求|研究|审议|審議|传达|傳達|认为|認為|提出)"
                                 r"|(?:会上|會上)\s?[，,])")
#: a page's stamp or field line: a timestamp or a labelled field
PAGE_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:日期|时间|時間|来源|來源|发布|發布)\s?[:：]")
#: how far into the page a meeting's proceedings open the report (its headline, lead and first paragraphs)
PROCEEDINGS_WITHIN = 1500


def by_proceedings(words: EventWords, page: EventPage) -> list[Report]:
    """``会议听取了…。某某说，…`` / ``会上，副县长某某通报了…``: with no sentence convening a meeting, a report
    that tells a meeting's proceedings near its top (a page cut before its lead, a lead that only names the
    meeting) reports that meeting; it is dated by the lead's first dated sentence before the proceedings, if
    any, and names no convener; who spoke is read from there on."""
    doc = page.doc
    opening = next((sent for sent in doc.sents if sent.start_char < PROCEEDINGS_WITHIN
                    and PROCEEDINGS_OPENING.match(sent.text)), None)
    if opening is None:
        return []
    for sent in sentences_before(doc, opening.start_char):
        if PAGE_STAMP.search(sent.text) or len(re.findall(r"[\u4e00-\u9fff]", sent.text)) < 12:
            continue  # the page's own stamp (日期: 2025-06-25, 2016年1月26号) dates the page, not the meeting
        date = event_date(words, page, sent, 0)
        if date is not None:
            m = re.match(r"", sent.text)
            return [Report(sent, m, m, date, "")]
    m = PROCEEDINGS_OPENING.match(opening.text)
    return [Report(opening, m, m, None, "")]


def dated_lead_report(words: EventWords, page: EventPage, pattern: re.Pattern,
                      accepts: Callable[[Span, re.Match], bool]) -> list[Report]:
    """The first lead sentence where ``pattern`` matches, ``accepts`` it, and a day dates it: a meeting
    reported without its name and with no convener stated.  Undated, such an act is recalled as
    background to the report and holds none."""
    doc = page.doc
    for sent in sentences_before(doc, max(lead_end(doc), body_lead_end(doc))):
        m = pattern.search(sent.text)
        if m is None or not accepts(sent, m):
            continue
        date = event_date(words, page, sent, m.start())
        if date is None:
            continue
        return [Report(sent, m, m, date, "")]
    return []


def team_in_name(words: EventWords, page: EventPage, sent: Span, trigger: re.Match) -> str | None:
    """``X省第一生态环境保护督察组督察Y市情况反馈会召开``: the team the meeting's name begins with holds
    it (read up to the team word, also when the entity layer ran the ORG on into the name)."""
    teams, verbs = words.lists.get("inspection_teams", ()), words.lists.get("feedback_verbs", ())
    if not teams:
        return None
    text, at = text_of(sent.doc), sent.start_char + trigger.start()
    team_re = alternation(teams)
    for ent in reversed([e for e in page.index.within(sent) if e.label_ == "ORG" and e.start_char < at]):
        inside = list(team_re.finditer(text, ent.start_char, min(ent.end_char, at)))
        if inside and not re.search(r"[，,；;]", text[inside[-1].end() : at]):
            # 省委召开…督察组督察浙江省工作动员会: the team is inspected for, not convening; only the
            # meeting at which it feeds back (…情况反馈会) is the team's
            named = text[inside[-1].end() : sent.start_char + trigger.end()]
            if verbs and not any(v in named for v in verbs):
                return None
            return text[ent.start_char : inside[-1].end()]
    return None


def plenary_body(words: EventWords, sent: Span, verb: re.Match, ctx: DocContext | None) -> str | None:
    """``X委员会2024年第二次全体（扩大）会议召开`` (held by video too, ``全体（扩大）视频会议``): a plenary session (or a regular session, ``例会``) is
    held by the body it is the plenary of, however the entity layer cut the name.  Only the passive report (the plenary's name
    directly before the convening verb, or joined to another meeting by 暨): in ``市委召开…委员会全体会议`` the subject convenes, and a
    plenary whose spirit is studied (``传达…全体会议精神``) is no event.  The name is read back from the
    body word to the clause start or to 暨 (``甲大会暨乙委员会第一次全体会议``); a body written without its
    place takes the place the joined name begins with (``衡阳市…大会暨生态环境保护委员会``)."""
    bodies = words.lists.get("plenary_bodies", ())
    if not bodies:
        return None
    head = sent.text[: verb.start()].rstrip()
    named = re.search(r"(?:" + alternation(bodies).pattern + r")" + PLENARY_SESSION
                      + r"(?:暨[^，,。；;\s]*)?$", head)
    if named is None:
        return None
    body_end = named.start() + next(len(b) for b in bodies if head.startswith(b, named.start()))
    clause_start = max(head.rfind(c, 0, named.start()) for c in "，,；;：:。 \n") + 1
    # a leading date (5月24日，… or 8月12日甲委员会…) is no part of the name
    lead = DATE_LEAD.match(head, clause_start)
    if lead:
        clause_start = lead.end()
    joined = head.rfind("暨", clause_start, named.start())
    body = head[joined + 1 if joined >= 0 else clause_start : body_end]
    # 2025年生态环境保护委员会…, 桐城市2025年生态环境保护委员会…: the year dates the session, not the body
    body = re.sub(r"\d{4}年度?", "", body)
    if len(body) < 4:
        return None
    if joined >= 0 and body[0] not in BARE_PLACE_HEADS:
        place = PLACE_HEAD.match(head, clause_start, joined)
        if place and not body.startswith(place.group()):
            body = place.group() + body
    return committee_name(body, ctx)


def session_after_verb(words: EventWords, sent: Span, verb: re.Match, trigger: re.Match,
                       ctx: DocContext | None) -> str | None:
    """``市长甲主持召开市环委会2018年第三次会议``: an active report whose object is a committee's numbered
    (or plenary) session names the committee that holds it, right after the verb — the official who
    presides chairs it for the committee (GUIDELINES, organizer: the convener)."""
    bodies = words.lists.get("plenary_bodies", ())
    if not bodies or verb is trigger or verb.start() > trigger.start():
        return None
    # (the aspect particle after the verb opens no name: 召开了|某市…委员会第二次会议)
    named = re.match(r"了?([^，,。；;：:\s]{1,20}?(?:" + alternation(bodies).pattern + r"))" + PLENARY_SESSION,
                     sent.text[verb.end():])
    if named is None or verb.end() + named.end() < trigger.start():
        return None
    body = re.sub(r"\d{4}年度?", "", named.group(1))
    return committee_name(body, ctx) if len(body) >= 4 else None


def committee_name(body: str, ctx: DocContext | None) -> str:
    """A committee named by the level it covers (``全县生态环境保护委员会``) is the article's county's (or
    city's) committee, like a bare level prefix (``县生态环境保护委员会``); other names are normalised."""
    covered = re.match(r"全(?=[市县区旗州盟])", body)
    return normalize_org(body[covered.end():] if covered else body, ctx)
