"""Who convened a gathering: the body or place a reporting sentence names as its subject.

* The body right before the convening verb (``我市召开`` -> the city, ``自治区召开`` -> the province; a
  body inside the venue ``在…发布厅`` is skipped; ``召开的X厅…发布会`` -> X); ``甲会同/联合乙召开`` -> 甲;
  ``X官方2日在Y召开`` -> X (days, venue and 官方 between); a body right after 在/于
  (``在市生态环境局某分局召开``) is the venue, never the convener; ``我镇/本县召开`` -> the article's
  county or town (else the county it names most); ``X市于7月5日下午3时，召开`` -> X;
  ``主持召开市政府第12次常务会议`` -> the body opening the name, when none is written before the verb;
  ``在日前举行的X新闻发布会上`` -> X; ``在X23日召开的…发布会上`` -> X (the subject of the clause 召开的, no venue).  A place that meets in a room (``X区在…三楼会议室召开``,
  ``venue_rooms``) convenes.  ``我州召开`` (an autonomous prefecture) is the city's, like ``我市召开``.
* A name closing the first clause before its verb (``…发布会,今(18)日在X厅举行``) with no body before
  it: the host X convenes it.
* A convener written by the short name it is given in brackets (``X分局（以下简称“Y分局”）召开``) is
  the body named in full.
* The same event told again in the lead lends its body to a place convener (headline ``宁德市举行…``,
  body ``市政府新闻办召开…``) and its place to a passive report held in a hall
  (``…在X市新闻发布中心召开``, ``venue_suffixes``); a place convenes at its own level
  (``河北省张家口市阳原县召开`` -> 阳原县); ``甲委、政府高度重视…，并于…召开`` -> 甲委.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..components.context import DocContext
from ..components.gazetteer import autonomous_region_short, division_short
from ..components.officials import canonical_org, normalize_org
from ..components.spans import text_of
from ..event_types import EventType
from .meetings import DATE_LEAD, PLACE_HEAD, plenary_body, session_after_verb, team_in_name
from .page import EventPage, body_lead_end, lead_end
from .reports import Report, is_background
from .words import EventWords

#: what introduces a short name right after a body's full name: （以下简称“…”）
ALIAS = re.compile(r"\s*[（(]\s*(?:以下)?(?:简称|下称)[为：:]?\s*[“\"']?")
#: a place written with the levels above it from its province down (河北省张家口市阳原县, a postal address):
#: group 1 is its own level.  A district written with its city only (三门峡市陕州区, 眉山市东坡区) is the
#: district's customary full name and stays as written (GUIDELINES, Real articles: organizer)
NESTED_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{2,}?(?:省|自治区))(?:[\u4e00-\u9fff]{2,}?(?:市|州|盟|地区))?"
                          r"([\u4e00-\u9fff]{2,}(?:自治区|省|市|县|区|州|旗|盟))")
#: what follows an outlet's name in its dateline (某某融媒讯, 某某网·闪电新闻4月26日讯, 某某日报消息)
OUTLET_DATELINE = re.compile(r"\s?(?:[·・][^\s，,。]{1,8})?\s?(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電|消息)")
# what joins bodies listed as one subject (甲、乙联合举行)
LIST_JOINERS = ("、", "和", "与", "及", "同")
#: a subject organising others to meet (组织各镇街…召开, 牵头组织成员单位召开): it convenes the gathering
ORGANISES = re.compile(r"(?:牵头|及时|立即|迅速)?组织")


def event_organizer(words: EventWords, page: EventPage, report: Report, candidates: list[Report],
                    declared: EventType) -> str | None:
    """The convener of the gathering ``report`` tells of, as the record writes it."""
    sent, verb, trigger, date, stated = report
    organizer = reported_organizer(words, page, sent, verb, trigger, stated, declared)
    if stated is None and not organizer:
        # 景东县委、政府高度重视…，并于2月20日召开…: the body opening the sentence carries on as subject
        organizer = opening_subject(page, sent, verb, trigger)
    if stated is None and (not organizer or is_place(page, organizer)) \
            and not (not organizer and named_body_before(page, sent, trigger)):
        organizer = retold_organizer(words, page, candidates, sent, date, organizer, declared) or organizer
    # 阳原县召开: a place convening is written as the place; a body's fuller name in the article (the
    # page's 河北省张家口市阳原县… banner) is no fuller form of it (GUIDELINES, Real articles: organizer)
    # (and by its own level: 河北省张家口市阳原县召开 -> 阳原县, as 唐山市召开 -> 唐山市)
    if organizer and is_place(page, organizer):
        nested = NESTED_PLACE.fullmatch(organizer)
        return nested.group(1) if nested else place_in_full(page, organizer)
    return canonical_org(organizer or None, page.document_orgs())


#: the level words a division's full name ends with: a place written so is written in full already
PLACE_LEVELS = ("省", "自治区", "市", "县", "区", "州", "旗", "盟", "地区")


def place_in_full(page: EventPage, place: str) -> str:
    """A convening place written short (醴陵召开, 重庆召开, 海南召开) by its full name when it is the article's own
    county, city or province, whose full names the context knows (醴陵市, 重庆市, 海南省); a place the context
    does not know stays as written."""
    ctx = page.ctx
    if ctx is None or place.endswith(PLACE_LEVELS):
        return place
    for full in (ctx.county, ctx.local_county, ctx.city, ctx.local_city, ctx.province):
        if full and full != place and (division_short(full) == place or autonomous_region_short(full) == place):
            return full
    return place


def reported_organizer(words: EventWords, page: EventPage, sent: Span, verb: re.Match, trigger: re.Match,
                       stated: str | None, declared: EventType) -> str | None:
    """The convener one reporting sentence names (before ``canonical_org``)."""
    ctx = page.ctx
    # passive (…新闻发布会在X举行): X is the venue; the organizer, if any, is named before the event
    anchor = verb.start() if verb.start() < trigger.start() or verb is trigger else trigger.start()
    # a header states its convener or none ("" then): a headline's quoted theme names no body
    organizer = subject_before_verb(words, page, sent, anchor) if stated is None else stated
    if organizer is None and anchor != verb.start():
        organizer = host(words, page, sent, trigger.end(), verb.start()) or place_opening_name(page, sent, trigger)
    # 甲督察组督察乙市情况反馈会召开: the team the meeting's name begins with holds it
    team = team_in_name(words, page, sent, trigger) if declared.fed_back and stated is None else None
    # 甲委员会2024年第二次全体会议召开: the committee whose plenary it is holds it
    plenary = plenary_body(words, sent, verb, ctx) if stated is None and verb is not trigger else None
    if stated is None and not (team or plenary or organizer):
        plenary = session_after_verb(words, sent, verb, trigger, ctx)
    return team or plenary or organizer


def place_opening_name(page: EventPage, sent: Span, trigger: re.Match) -> str | None:
    """``5月2日，某某区全面推行河长制工作会召开``: a gathering told in the passive whose name opens the sentence
    (after its date) with a place — the place's own gathering, which it convenes (GUIDELINES, organizer: a
    place convening is written as the place).  None when anything but the name's words stands between."""
    first = sentence_opening(page, sent)
    if first is None or first.label_ != "GPE":
        return None
    name = sent.text[first.end_char - sent.start_char : trigger.start()]
    # (a numbered session of an assembly or a committee, 某县第十八届人民代表大会第三次会议, is that body's: not
    # the place's, and the readers of plenaries decide it)
    if re.search(r"[，,。；;：:、（(]|在|于|到|赴|召开|举行|组织|参加|出席|届|代表大会|委员会|常委会", name) or len(name) > 24:
        return None
    return first.text


def sentence_opening(page: EventPage, sent: Span) -> Span | None:
    """The entity a sentence opens with, past the outlet's dateline before the lead (某某网·某某新闻4月26日讯: the
    report's, not the subject), spaces, the date (2016年2月20日上午) and a comma; None when the first entity
    past them starts anywhere else."""
    text = sent.text
    page_text = text_of(page.doc)
    dateline = next((d for e in page.index.within(sent) if e.label_ == "ORG" and e.start_char == sent.start_char
                     for d in [OUTLET_DATELINE.match(page_text, e.end_char)] if d), None)
    start = dateline.end() - sent.start_char if dateline else 0
    start += len(text[start:]) - len(text[start:].lstrip(" \u3000"))
    opening = DATE_LEAD.match(text, start)
    start = opening.end() if opening else start
    start += len(text[start:]) - len(text[start:].lstrip("，, "))
    first = next((e for e in page.index.within(sent) if e.start_char - sent.start_char >= start), None)
    return first if first is not None and first.start_char - sent.start_char == start else None


def named_body_before(page: EventPage, sent: Span, trigger: re.Match) -> bool:
    """The reporting sentence names a body before the event's name (its convener, unread)."""
    at = sent.start_char + trigger.start()
    return any(e.label_ == "ORG" and e.end_char <= at for e in page.index.within(sent))


def opening_subject(page: EventPage, sent: Span, verb: re.Match, trigger: re.Match) -> str | None:
    """``景东县委、政府高度重视…，并于2016年2月20日召开…会议``: a sentence opening (after its date) on a
    body, or bodies listed, whose later clause convenes with ``并``/``随即`` and no subject of its own:
    the body named first convenes."""
    if verb is trigger or verb.start() > trigger.start():
        return None
    text = sent.text
    clause = max(text.rfind(c, 0, verb.start()) for c in "，,；;") + 1
    if clause <= 0 or not re.match(r"(?:并|随即|随后|及时|同时)", text[clause:]):
        return None
    first = sentence_opening(page, sent)
    if first is None or first.label_ != "ORG":
        return None
    if any(e.label_ in ("ORG", "GPE", "PERSON")
           for e in page.index.starting_in(sent.start_char + clause, sent.start_char + verb.start())):
        return None  # the convening clause names its own subject or venue
    return normalize_org(first.text, page.ctx)


def is_place(page: EventPage, organizer: str) -> bool:
    """A convener written as a place (宁德市, 山西大同), not as a body of it."""
    return any(e.label_ == "GPE" and e.text == organizer for e in page.index.ents) \
        or bool(PLACE_HEAD.fullmatch(organizer))


def retold_organizer(words: EventWords, page: EventPage, candidates: list[Report], sent: Span, date: str | None,
                     current: str | None, declared: EventType) -> str | None:
    """The same event told again in the lead (the headline ``宁德市举行…新闻发布会``, the body
    ``市政府新闻办召开新闻发布会``; or a passive body sentence ``…发布会在X中心召开`` under the headline
    ``X市召开…``): the body a retelling names wins over a place, and a place fills a convener the
    chosen report leaves unnamed.  A retelling on another day is another event."""
    end = max(lead_end(page.doc), body_lead_end(page.doc))
    core = re.sub(r"(?:自治区|省|市|县|区|州|旗|盟)$", "", current)[-2:] if current else ""
    for other, verb, trigger, other_date, stated in candidates:
        if other is sent or other.start_char >= end or (other_date and date and other_date != date) \
                or is_background(words, other.text[: verb.start()]):
            continue
        named = reported_organizer(words, page, other, verb, trigger, stated, declared)
        if not named:
            continue
        if current is None:
            return named
        if core and core in named and not is_place(page, named):
            return named
    return None


def convened_clause(words: EventWords, text: str, verb_char: int) -> bool:
    """Is the convening verb at ``verb_char`` the verb of a clause describing the gathering (``召开的``,
    ``举行的``)?  Then what stands before it is that clause's subject, whatever preposition opens it."""
    verb = words.convene_re.match(text, verb_char)
    return verb is not None and text.startswith("的", verb.end())


def subject_before_verb(words: EventWords, page: EventPage, sent: Span, verb_offset: int) -> str | None:
    """The body or place written as the convening verb's subject, before it in the sentence."""
    ctx = page.ctx
    verb_char = sent.start_char + verb_offset
    text = text_of(page.doc)
    # an outlet opening its dateline (某某融媒讯 8月1日上午,我县召开…) reports the gathering, never convenes it
    before = [e for e in page.index.within(sent) if e.end_char <= verb_char and e.label_ in ("ORG", "GPE")
              and not (e.label_ == "ORG" and OUTLET_DATELINE.match(text, e.end_char))]
    # 市政府新闻办在市政府新闻发布厅召开: the body inside the venue (在/于 …) is not the convener
    attended = tuple(words.lists.get("attended", ()))
    # 市污防攻坚办会同省生态环境厅…召开: the body that leads (before 会同/联合) convenes
    partners = tuple(words.lists.get("partnered", ()))
    for i in range(len(before) - 1):
        if (partners and before[i].label_ == "ORG"
                and text[before[i].end_char : before[i + 1].start_char].strip() in partners):
            return normalize_org(before[i].text, ctx)
    # 省政府新闻办、省生态环境厅联合举行: of bodies listed before 联合, the one named first leads
    if partners and len(before) > 1 and before[-1].label_ == "ORG" \
            and gap_between(words, page, text, before[-1].end_char, verb_char) in partners:
        first = len(before) - 1
        while first > 0 and before[first - 1].label_ == "ORG" \
                and text[before[first - 1].end_char : before[first].start_char].strip() in LIST_JOINERS:
            first -= 1
        if first < len(before) - 1:
            return normalize_org(before[first].text, ctx)
    # 市生态环境局某某分局（以下简称“某某分局”）召开: the short name stands for the body named in full
    if len(before) > 1 and before[-2].label_ == "ORG" and before[-1].label_ == "ORG" and ALIAS.fullmatch(
            text[before[-2].end_char : before[-1].start_char]):
        closed = re.match(r"[”\"']?\s*[）)]", text[before[-1].end_char : verb_char])
        if closed and len(gap_between(words, page, text, before[-1].end_char + closed.end(), verb_char)) <= 2:
            return normalize_org(before[-2].text, ctx)
    # X官方2日在拉萨召开: the day, the venue and 官方 between a place and the verb leave the place the subject
    while len(before) > 1 and attended and text[:before[-1].start_char].endswith(attended) \
            and gap_between(words, page, text, before[-2].end_char, before[-1].start_char - 1) == "":
        before = before[:-1]
    # 在市生态环境局某某分局召开座谈会: a body right after 在/于 is where it met, not who convened it; but in
    # 在X23日召开的…发布会上 the 在 opens the frame 在…上 and X is the subject of the clause 召开的
    if before and attended and before[-1].label_ == "ORG" and text[:before[-1].start_char].endswith(attended) \
            and not convened_clause(words, text, verb_char):
        before = before[:-1]
    between = text[before[-1].end_char : verb_char] if before else ""
    gap = gap_between(words, page, text, before[-1].end_char, verb_char) if before else ""
    # 海林市于7月5日下午3时，召开: 于 before the day and a comma closing it leave the place the subject
    if gap.startswith(tuple(attended)) and len(gap) > 1 and len(between) > len(gap):
        gap = gap[1:]
    gap = gap.rstrip("，,")
    # 中国环境报讯:在日前举行的上海市政府新闻发布会上: the body named right after 举行的 convenes it,
    # unless a body is the verb's own subject (市生态环境局今天召开的…)
    named_after = named_after_verb(words, page, sent, verb_offset)
    if named_after and (not before or len(gap) > 2):
        return named_after
    # 由河长办牵头组织市生态环境局、水利局…召开: the body written before 牵头组织 convenes, not those it organises
    leader = next((e for e in before if ORGANISES.match(text, e.end_char)
                   and not (attended and text[:e.start_char].endswith(attended))), None)
    if leader is not None and leader is not before[-1]:
        return normalize_org(leader.text, ctx) if leader.label_ == "ORG" else leader.text
    # 千山区组织各镇街和成员单位召开…: the one who organises the others convenes
    organises = before and ORGANISES.match(gap) is not None \
        and not (attended and text[:before[-1].start_char].endswith(attended))
    if before and before[-1].label_ == "ORG" and (len(between) <= 12 or len(gap) <= 2 or organises):
        return normalize_org(joint_subject(before, text).text, ctx)
    if organises and before[-1].label_ == "GPE":
        return before[-1].text
    subject = text_of(page.doc)[sent.start_char : verb_char]
    named = any(r.search(subject) for r in words.triggers.values())
    # 我市召开: the city convenes; 全市…工作会议召开 names a city-wide meeting, not its organizer
    city_subject = re.search("(?:" + "|".join(map(re.escape, words.lists["city_subjects"])) + r")(?:于|在)?[^，,。]{0,12}$",
                             subject) if not named else None
    place_subject = before and before[-1].label_ == "GPE" and (len(between) <= 2 or gap == "") \
        and not (attended and text[:before[-1].start_char].endswith(attended))  # 在拉萨召开: a venue
    if ctx is not None and (city_subject or place_subject):
        return before[-1].text if place_subject else ctx.city
    # 我镇召开, 我县召开: the article's county (or town) convenes
    local = local_subject(words, subject, ctx) if ctx is not None and not named else None
    if local:
        return local
    # 自治区召开, 我省召开: the province itself convenes (GUIDELINES, organizer)
    province_words = words.lists.get("province_subjects", [])
    if ctx is not None and ctx.province and province_words and re.search(
            "(?:^|[，,\\s]|日|上午|下午)(?:" + "|".join(map(re.escape, province_words)) + ")$", subject):
        return ctx.province
    return named_after or body_opening_name(words, page, sent, verb_offset)


def joint_subject(before: list[Span], text: str) -> Span:
    """``济南市委市政府召开``, ``县委、县政府召开``: a party committee and its government written together as
    one subject; the one named first convenes, as of bodies listed before 联合 (GUIDELINES, organizer)."""
    last = before[-1]
    if len(before) > 1 and last.text.endswith("政府") and before[-2].label_ == "ORG" \
            and before[-2].text.endswith("委") and text[before[-2].end_char : last.start_char] in ("", *LIST_JOINERS):
        return before[-2]
    return last


def body_opening_name(words: EventWords, page: EventPage, sent: Span, verb_offset: int) -> str | None:
    """``市长甲主持召开市政府第37次常务会议``: with no convener before the verb, the body that opens the
    gathering's name right after it holds it (an ORG inside a meeting name, GUIDELINES)."""
    verb = words.convene_re.match(sent.text, verb_offset)
    if verb is None:
        return None
    at = sent.start_char + verb.end()
    body = next((e for e in page.index.starting_in(at, at + 1) if e.label_ == "ORG"), None)
    if body is None:
        return None
    rest = sent.text[body.end_char - sent.start_char:]
    # the meeting's number: 第37次, or a term and a session (十六届27次, 第十六届第27次)
    ordinal = re.match(r"(?:第?[\d一二三四五六七八九十百]+届)?(?:第?[\d一二三四五六七八九十百]+次)?", rest).end()
    if not any(t.match(rest, ordinal) for t in words.triggers.values()):
        return None
    return normalize_org(body.text, page.ctx)


def named_after_verb(words: EventWords, page: EventPage, sent: Span, verb_offset: int) -> str | None:
    """记者从20日召开的X厅…新闻发布会上获悉: the body named right after 召开的."""
    verb = words.convene_re.match(sent.text, verb_offset)
    if verb and sent.text.startswith("的", verb.end()):
        after = [e for e in page.index.starting_in(sent.start_char + verb.end() + 1, sent.start_char + verb.end() + 2)
                 if e.label_ == "ORG"]
        if after:
            return normalize_org(after[0].text, page.ctx)
    return None


def gap_between(words: EventWords, page: EventPage, text: str, start: int, end: int) -> str:
    """The words between ``start`` and ``end`` less what does not stand between a subject and its verb:
    the days (``2日``), a venue (``在拉萨``), the subject fillers (``官方``) and spaces."""
    attended = tuple(words.lists.get("attended", ()))
    cut = []
    for ent in page.index.starting_in(start, end):
        if ent.end_char > end:
            continue
        if ent.label_ == "DATE":
            cut.append((ent.start_char, ent.end_char))
        elif ent.label_ in ("ORG", "GPE", "LOC") and attended and text[:ent.start_char].endswith(attended):
            cut.append((ent.start_char - 1, ent.end_char))
    # 在区行政中心三楼会议室, 在党政机关大楼二楼会议室: a room where it met, whatever building it is in
    if attended and words.room_re is not None:
        for m in re.finditer("(?:" + "|".join(map(re.escape, attended)) + r")[^，,。；;！？\n]{0,30}?(?:"
                             + words.room_re.pattern + ")", text[start:end]):
            cut.append((start + m.start(), start + m.end()))
    gap, pos = [], start
    for lo, hi in sorted(cut):
        gap.append(text[pos:max(pos, lo)])
        pos = max(pos, hi)
    gap.append(text[pos:end])
    joined = "".join(gap)
    for word in words.lists.get("subject_fillers", ()):
        joined = joined.replace(word, "")
    return re.sub(r"\s+", "", joined)


def local_subject(words: EventWords, subject: str, ctx: DocContext) -> str | None:
    """``我镇召开``/``本县召开``: the article's county or town convenes it (``county_subjects``: the word's
    last character is the level, which the article's county must end in); ``我区`` in an autonomous
    region's article with no district is the region."""
    cues = words.lists.get("county_subjects", ())
    if not cues:
        return None
    m = re.search("(" + "|".join(map(re.escape, cues)) + r")(?:于|在)?[^，,。]{0,12}$", subject)
    if m is None:
        return None
    level = m.group(1)[-1]
    # the article's county, else the county it names most (我县召开 says the article is a county's)
    for county in (getattr(ctx, "county", None), getattr(ctx, "local_county", None)):
        if county and county.endswith(level):
            return county
    if level == "区" and (ctx.province or "").endswith("自治区"):
        return ctx.province
    return None


def host(words: EventWords, page: EventPage, sent: Span, lo: int, hi: int) -> str | None:
    """``…新闻发布会今日在四川省生态环境厅如期举行``, no body named before the event: the body whose
    premises host it convenes it.  Only a body directly before the verb (an adverb between at
    most): ``在市政府新闻发布厅举行`` names a hall, whose body is not the convener."""
    text = text_of(page.doc)
    for ent in page.index.starting_in(sent.start_char + lo, sent.start_char + hi):
        gap = text[ent.end_char : sent.start_char + hi]
        # 在市新闻发布中心召开: a body named as premises (venue_suffixes) is where it met
        if ent.label_ == "ORG" and text[: ent.start_char].endswith(tuple(words.lists.get("attended", ()))) \
                and not ent.text.endswith(tuple(words.lists.get("venue_suffixes", ()))) \
                and len(gap) <= 2 and not re.search(r"[厅室馆楼场\s，,]", gap):
            return normalize_org(ent.text, page.ctx)
    return None
