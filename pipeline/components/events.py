"""``ecoie_events``: press conferences, meetings and enforcement outcomes.

Which event types exist, and the rules of each, is declared in
``pipeline/event_types.py``; this component reads every declared type, with
the words listed under the type's name in ``configs/events.json`` (trigger
words for a gathering, indicator-id prefixes for an outcome).

* A press conference or meeting is *reported* by a sentence that convenes
  it (``召开``, ``举行``…) and names it (``新闻发布会``, ``推进会``…).  Dated
  reports win; an undated sentence that only mentions earlier or coming
  events (``近期…召开系列新闻发布会``) creates nothing when a dated one exists,
  and nothing at all when it carries a background word, or names meetings as the means of other
  work (``通过召开…等多种形式``, ``means_before_verb``).
* organizer: the body right before the convening verb (``我市召开`` -> the
  city, ``自治区召开`` -> the province; a body inside the venue ``在…发布厅`` is
  skipped; ``召开的X厅…发布会`` -> X); date: the sentence's day-level DATE
  before the verb (a bare ``22日`` takes the dateline's month, ``当天`` the day
  stated before); title: its quoted theme.  A transcript page's header
  (``时间:``/``主办:``) and a lead that ``X厅14日通报…`` when the article later
  reports the 通报会 also report a press conference, and so does a lead body that
  ``向媒体记者通报`` (no event named).  A name closing the first clause before its verb
  (``…发布会,今(18)日在X厅举行``) is reported, its bracketed day takes the month the
  sentence states, and with no body before the name the host X convenes it;
  ``甲会同/联合乙召开`` -> 甲; ``X官方2日在Y召开`` -> X (days, venue and 官方 between); a body right
  after 在/于 (``在市生态环境局某分局召开``) is the venue, never the convener;
  ``我镇/本县召开`` -> the article's county or town (else the county it names most);
  ``X市于7月5日下午3时，召开`` -> X; ``主持召开市政府第12次常务会议`` -> the body opening the
  name, when none is written before the verb; ``在日前举行的X新闻发布会上`` -> X.
  A room named after a gathering (``会议室``) is a venue, never the event's name, and a place that
  meets in a room (``X区在…三楼会议室召开``, ``venue_rooms``) convenes.  ``我州召开``
  (an autonomous prefecture) is the city's, like ``我市召开``.  With no sentence convening a
  meeting, an official who ``出席…汇报会并讲话`` in the lead reports it, with no convener stated.
  A first quarter or half-year in the event's name (``2018年第一季度…新闻发布会``) gives its year.
  A convener written by the short name it is given in brackets (``X分局（以下简称“Y分局”）召开``)
  is the body named in full.
  An undated page's event takes the year written in its name (``2024年全县…会议``) or in the
  nearest date written with its year.  An inspection team that feeds back its findings
  (``…督察组督察X市情况反馈会召开``, ``督察组于8月24日向X市委、市政府进行了反馈``) holds a
  meeting it organises; a team named in another meeting's name (``省委召开…督察组督察…动员会``)
  convenes nothing.  A transcript whose first turn is the moderator's (``甲：…欢迎参加…发布会``,
  ``moderator_turn_cues``) records the press conference with no convening sentence; a count of meetings
  after their name (``召开…会议30余次``) reports none.  The same event told again in the lead lends its
  body to a place convener (headline ``宁德市举行…``, body ``市政府新闻办召开…``) and its place to a passive
  report held in a hall (``…在X市新闻发布中心召开``, ``venue_suffixes``); a place convenes at its own
  level (``河北省张家口市阳原县召开`` -> 阳原县); ``甲委、政府高度重视…，并于…召开`` -> 甲委.
  A reporter who learned the news at a work meeting (``记者从…会议上获悉``, ``source_cues``) reports it
  (GUIDELINES: a work meeting reported by reporters stays a meeting); of two names joined by 暨 the
  first's convener holds it.
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
  In ``会议由…乙主持`` the chair is the person between 由 and 主持 (none when that name was
  missed: the officials listed earlier only attended), a post written or not (``发布会由市政府
  新闻办乙主持``), and ``主持工作`` runs a body, it chairs nothing.  Persons opening a clause as
  a list with 分别 and a speaking verb speak, posts or not.  A report read from the headline
  reads through the headline and subtitle lines (``市长甲主持会议``) to the body's first
  paragraphs.  A person whose speech is cited as a noun (``传达学习甲在…会议上的讲话精神``,
  ``cited_speech``) spoke elsewhere, not here.  An official the entity layer tagged once is
  found at later mentions too (``甲强调``).
  A clause opening on 主持 or on a speaking verb (``副县长甲在…会议室，主持召开``, ``市长甲围绕…，介绍了``)
  has the previous clause's lone official; ``甲就…作出部署`` speaks; the 发布人 a transcript's opening
  turn introduces (``乙先生；丙女士``) speak, and that turn's speaker chairs.
  At a meeting, a presiding official who also speaks is both moderator and
  speaker (GUIDELINES, "Meeting speakers").  A speaker or chair whose post names no body
  (``副局长甲主持``) holds it in the convener when the convener has such a post (``局长`` -> …局,
  ``body_endings`` of ``configs/officials.json``): the official's ``org`` is then the convener.  The country's leaders (``national_titles``)
  are quoted or studied, never a local gathering's speakers.
* enforcement_outcome: for the article's own place (its metadata's county,
  city or province), from role-``value`` quantities of ``enforcement.*``/
  ``compensation.*``/``inspection.*`` scoped to it or to a place containing
  it; a sub-area only from a paragraph about it alone, with two indicators.
  One firm's or one case's figures, staff, durations and typical-case counts
  never count (a firm left unnamed, ``某养殖场``, is one firm too); each indicator's headline is its first value (an order of
  magnitude or a rounded lead figure gives way to the exact one, a sum after
  its parts wins, one operation's count yields); money without any count is
  one case, not an outcome; the period most of them report on.  A clause naming one
  case (``个案最高处罚``) gives no metric; a task list before the petitions gives the
  rectified headline (its completed count, or its total when all are done), and the
  petitions' total then stays out.  Another place gets an outcome under a heading of its own
  (``吕梁交口县``); whole years reported apart with the same figures are an outcome each.

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

from ..contract import boilerplate_of, doc_meta
from ..event_types import EventType, declared_types
from .official_bodies import OfficialWords, load_official_words
from .officials import canonical_org, document_orgs, normalize_org
from .segmenter import resolve_project_path
from .spans import EntIndex, text_of


#: what introduces a short name right after a body's full name: （以下简称“…”）
ALIAS = re.compile(r"\s*[（(]\s*(?:以下)?(?:简称|下称)[为：:]?\s*[“\"']?")
#: words naming a conference's own record in its headline (发布词, 实录, 记者问答): the page is the conference
RECORD_WORDS = re.compile(r"发布词|实录|记者问答|答记者问|问答实录|发布稿")
#: a transcript header naming a role, the person written after the colon (主持人：…乙)
ROLE_HEADER = re.compile(r"[【\[]?(?:主持人|发布人|主讲人|发言人)[】\]]?")
#: how far past its first two paragraphs a meeting's report is read for speakers
MEETING_REPORT_CHARS = 3000
DAY_DATE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}")
QUOTED = re.compile(r"[“\"]([^”\"\n]{2,40})[”\"]")
#: a count of meetings between the verb and the name (先后召开8次常务会议)
COUNTED = re.compile(r"(?<![第\d一二两三四五六七八九十几多])(?:\d+|[一二两三四五六七八九十几多]+)(?:次|场|批)")
#: a transcript turn's label at a line's start, the speaker's name right before the colon (市政府新闻办主任甲：)
TURN_LABEL = re.compile(r"(?m)^[ \t\u3000]*([^\n:：，,。；;！？“”]{2,60}?)[ \t\u3000]*[:：]")
#: a count of meetings closing the name's clause (召开…等会议130余次, 召开常委会会议等各类会议12场)
COUNTED_AFTER = re.compile(r"[^，,。；;！？\n\d]{0,20}?(?<![第\d一二两三四五六七八九十几])(?:\d+|[一二两三四五六七八九十几]+)"
                           r"(?:余|多)?(?:次|场|批)")
#: a report that refers back to the day just stated (当天,X召开…)
ANAPHORIC_DAY = re.compile(r"当天|当日|同日|同一天")
#: days named relative to the publication (今天上午)
RELATIVE_DAY = re.compile(r"今天|今日|昨天|昨日|前天|明天")
#: a sum stated after its parts (…合计50件)
TOTAL_CUE = re.compile(r"合计|总计|共计|累计")
#: a day without its month (3日, 22日上午)
BARE_DAY = re.compile(r"^(\d{1,2})日")
#: a relative day with its day of month in brackets (今(18)日): the month is the reference's guess
BRACKETED_DAY = re.compile(r"^[今昨明]\s?[（(](\d{1,2})[)）]日")
#: a month-level date (2021-06), which a bracketed day in the same sentence belongs to
MONTH_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})$")
#: a year written in a date's own text (2024年3月5日, 2024-03-05, 二〇二四年)
WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}年")
# 5月24日上午 before a meeting's name: the day it met, no part of the name
DATE_LEAD = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?")
# 衡阳市…大会暨…: the place a joined name begins with (全县/我市 are no place)
PLACE_HEAD = re.compile(r"(?![全我本各])[\u4e00-\u9fff]{1,7}?(?:自治区|省|市|县|区|州|旗|盟)")
BARE_PLACE_HEADS = "市省县区州旗盟"
#: a committee's session after its name: numbered (第三次会议, 第一次（扩大）会议) or plenary
#: (全体成员会议, 全会), held by video too, or its regular session (例会); the year may date it (2024年第二次)
PLENARY_SESSION = (r"(?:\d{4}年(?:度)?)?(?:(?:第[\d一二三四五六七八九十]+次)?(?:[（(]扩大[)）])?"
                   r"(?:全体(?:成员)?(?:[（(]扩大[)）])?(?:视频|电视电话|网络)?会议|全会|例会)"
                   r"|第[\d一二三四五六七八九十]+次(?:[（(]扩大[)）])?(?:视频|电视电话|网络)?会议)")
#: the level a place's full name ends in, which its short form drops (溧水区 -> 溧水)
LEVEL_SUFFIXES = ("区", "县", "市", "旗", "州", "盟", "省")
#: a place written with the levels above it from its province down (河北省张家口市阳原县, a postal address):
#: group 1 is its own level.  A district written with its city only (三门峡市陕州区, 眉山市东坡区) is the
#: district's customary full name and stays as written (GUIDELINES, Real articles: organizer)
NESTED_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{2,}?(?:省|自治区))(?:[\u4e00-\u9fff]{2,}?(?:市|州|盟|地区))?"
                          r"([\u4e00-\u9fff]{2,}(?:自治区|省|市|县|区|州|旗|盟))")
#: what a body paragraph has and a headline or subtitle line has not
CLAUSE_MARK = re.compile(r"[，,。；;！？]")
#: how many headline and subtitle lines a report in the headline reads through to reach the body
TITLE_LINES = 4
#: the lunar calendar's mark before a date (农历, 夏历, 阴历)
LUNAR_BEFORE = re.compile(r"(?:农历|農曆|夏历|阴历|陰曆)[ \t]?$")
# what joins bodies listed as one subject (甲、乙联合举行)
LIST_JOINERS = ("、", "和", "与", "及", "同")


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


def _sentences_before(doc: Doc, end: int):
    """The document's sentences that start before ``end`` (the lead, where events are announced)."""
    for sent in doc.sents:
        if sent.start_char >= end:
            return
        yield sent


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@Language.factory("ecoie_events", requires=["doc.ents", "doc._.officials", "span._.indicator", "span._.role", "span._.jurisdiction", "span._.period"],
                  assigns=["doc._.events", "doc._.officials"],
                  default_config={"words": "configs/events.json", "official_words": "configs/officials.json"})
def create_events(nlp: Language, name: str, words: str, official_words: str = "configs/officials.json") -> "EventReader":
    return EventReader(load_event_words(words), load_official_words(official_words))


class EventReader:
    def __init__(self, words: dict, official_words: OfficialWords | None = None):
        self.words = words
        # which body can hold which post (局长 -> …局): a gathering's convener lends its name to the posts
        # it holds (see _convener_posts)
        self.official_words = official_words
        # each declared type finds its words under its own name (event_types.py, configs/events.json)
        missing = [t.name for t in declared_types() if not words.get(t.name)]
        if missing:
            raise ValueError(f"the event word list has no words for event type(s) {', '.join(missing)} "
                             "(a list under each declared type's name, see configs/events.json)")
        self.gatherings = [t for t in declared_types() if t.kind == "gathering"]
        # 在县行政服务中心三楼会议室召开: a room named after the gathering (会议室) is a venue, not one
        venue = words.get("trigger_not_before", [])
        not_venue = "(?!" + _alternation(venue).pattern + ")" if venue else ""
        self.triggers = {t.name: re.compile("(?:" + _alternation(words[t.name]).pattern + ")" + not_venue)
                         for t in self.gatherings}
        self.outcomes = {t.name: tuple(words[t.name]) for t in declared_types() if t.kind == "outcome"}
        self._index: EntIndex | None = None
        self._orgs: list[str] | None = None
        self._verb_speakers: list[str] | None = None
        self._labels: list[str] | None = None
        self._unlabelled: list | None = None
        self.convene_re = _alternation(words["convene"])
        self.speaker_re = _alternation(words["speaker"])
        # 副局长（主持工作）甲: a deputy in charge of a body's work, not the chair of the gathering
        not_chair = words.get("moderator_not_before", [])
        self.moderator_re = re.compile("(?:" + _alternation(words["moderator"]).pattern + ")"
                                       + ("(?!" + _alternation(not_chair).pattern + ")" if not_chair else ""))
        self.background_re = _alternation(words["background"])
        # 六五环境日即将到来之际: a cue followed by 到来 dates the report by an occasion; it does not
        # put the event itself in the future or the background
        self.written_re = _alternation(words.get("written_cues", ["批示"]))
        self.occasion_re = _alternation(words.get("occasion_after", ["到来", "来临"]))
        self.report_re = _alternation(words.get("report_cues", ["上获悉", "上介绍"]))
        # 记者从…会议上获悉: the reporter's source, a gathering held (not one only mentioned)
        self.source_re = _alternation(words.get("source_cues", ["上获悉", "上了解到"]))
        # 甲在…会议上的讲话(精神): a person's speech named as a noun, with the gathering it was given at;
        # 宣读了甲对…所作的批示, 传达了甲关于做好…工作的重要批示: or with what it was about
        cited = words.get("cited_speech", ["讲话", "批示", "指示"])
        self.cited_re = re.compile(r"(?:同志)?(?:在[^，,。；;！？\n]{0,40}?[上中]|对[^，,。；;！？\n]{0,40}?所?作出?"
                                   r"|关于[^，,。；;！？\n]{0,80}?)?的(?:重要)?(?:"
                                   + _alternation(cited).pattern + ")")
        rooms = words.get("venue_rooms", [])
        self._room_re = _alternation(rooms) if rooms else None
        adverbs = words.get("speaker_adverbs", [])
        self._adverb_re = _alternation(adverbs) if adverbs else None

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
        self._convener_posts(doc, events)
        self._index = self._orgs = self._verb_speakers = self._labels = self._unlabelled = None
        doc._.events = events
        return doc

    def _convener_posts(self, doc: Doc, events: list[EventRecord]) -> None:
        """A speaker or chair whose post names no body (``副局长甲主持发布会``, ``总工程师乙介绍``) holds it in
        the body that convened the gathering, when that body has such a post (GUIDELINES §4: the title
        is the convener's, ``党组副书记刘云廷`` after the bureau is named as the convener).  Only posts the
        official words tie to a body's ending count: a post any body may hold names none."""
        if self.official_words is None or not doc.has_extension("officials"):
            return
        people = {}
        for event in events:
            if event.organizer:
                for person in [*event.speakers, event.moderator]:
                    if person:
                        people.setdefault(person, set()).add(event.organizer)
        for official in doc._.officials or []:
            bodies = people.get(official.person, set())
            if official.org or len(bodies) != 1 or not official.titles:
                continue
            body = next(iter(bodies))
            endings = [self.official_words.endings_for(t) for t in official.titles]
            if all(e is not None and body.endswith(e) for e in endings):
                official.org = body

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
            if COUNTED.search(text, verb.end(), max(verb.end(), trigger.start())):
                continue  # 先后召开8次常务会议: a count of meetings, not one reported
            if verb.start() < trigger.start() and COUNTED_AFTER.match(text, trigger.end()):
                continue  # 累计召开专题会议30余次: the count follows the name
            candidates.append((sent, verb, trigger, self._event_date(doc, sent, verb.start(), ctx), None))
        if not candidates and declared.reported_at:
            candidates = self._header(doc, trigger_re, ctx) or self._briefed(doc, ctx) \
                or self._transcript(doc, trigger_re, ctx) or self._record_page(doc, trigger_re)
        if not candidates and declared.fed_back:
            candidates = self._fed_back(doc, trigger_re, ctx)
        if not candidates and declared.attended_report:
            candidates = self._attended_speech(doc, trigger_re, ctx)
        dated = [c for c in candidates if c[3]]
        # an undated report counts only as the article's lead (headline or first paragraphs)
        lead_end = self._lead_end(doc)
        chosen = dated or [c for c in candidates[:1] if c[0].start_char < lead_end
                           and not self._background(c[0].text[: c[1].start()])]
        if candidates and not chosen and not dated:
            # a page whose first lines are a breadcrumb, the headline, a dateline and an image caption
            # (【资料图】) pushes the reporting sentence past the third paragraph: the lead then counts
            # body paragraphs only, lines long enough to hold a sentence
            body_end = self._body_lead_end(doc)
            # (only a convening verb: what was said at one, 通报会上通报, leaves the lead's announcement to
            # ``_announced``)
            chosen = [c for c in candidates[:1] if c[0].start_char < body_end and c[1] is not c[2]
                      and not self._background(c[0].text[: c[1].start()])]
        if candidates and not chosen and declared.reported_at:
            # the headline, the page-info line and the dateline come first: the lead's first body paragraphs
            chosen = self._announced(doc, self._lead_end(doc, paragraphs=5), ctx)
        events, seen_dates = [], set()
        for sent, verb, trigger, date, stated_organizer in chosen:
            raw_date = date
            if date and date.startswith("XXXX"):
                date = self._written_year(doc, sent, trigger) + date[4:]
            if date in seen_dates:
                continue
            seen_dates.add(date)
            event = EventRecord(type=etype, date=date, evidence=[(sent.start_char, sent.end_char)])
            organizer = self._reported_organizer(doc, sent, verb, trigger, stated_organizer, declared, ctx)
            if stated_organizer is None and not organizer:
                # 景东县委、政府高度重视…，并于2月20日召开…: the body opening the sentence carries on as subject
                organizer = self._opening_subject(doc, sent, verb, trigger, ctx)
            if stated_organizer is None and (not organizer or self._is_place(doc, organizer)) \
                    and not (not organizer and self._named_body_before(sent, trigger)):
                organizer = self._retold_organizer(doc, candidates, sent, raw_date, organizer, declared, ctx) \
                    or organizer
            # 阳原县召开: a place convening is written as the place; a body's fuller name in the article (the
            # page's 河北省张家口市阳原县… banner) is no fuller form of it (GUIDELINES, Real articles: organizer)
            # (and by its own level: 河北省张家口市阳原县召开 -> 阳原县, as 唐山市召开 -> 唐山市)
            if organizer and self._is_place(doc, organizer):
                nested = NESTED_PLACE.fullmatch(organizer)
                event.organizer = nested.group(1) if nested else organizer
            else:
                event.organizer = canonical_org(organizer or None, self._document_orgs(ctx))
            lo = verb.end() if verb.start() < trigger.start() else 0
            quoted = QUOTED.search(sent.text, lo, trigger.end())
            event.title = quoted.group(1) if quoted else None
            event.speakers, event.moderator = self._people(doc, sent, declared)
            events.append(event)
        return events

    def _reported_organizer(self, doc: Doc, sent: Span, verb: re.Match, trigger: re.Match, stated: str | None,
                            declared: EventType, ctx) -> str | None:
        """The convener one reporting sentence names (before ``canonical_org``)."""
        # passive (…新闻发布会在X举行): X is the venue; the organizer, if any, is named before the event
        anchor = verb.start() if verb.start() < trigger.start() or verb is trigger else trigger.start()
        # a header states its convener or none ("" then): a headline's quoted theme names no body
        organizer = self._organizer(doc, sent, anchor, ctx) if stated is None else stated
        if organizer is None and anchor != verb.start():
            organizer = self._host(doc, sent, trigger.end(), verb.start(), ctx)
        # 甲督察组督察乙市情况反馈会召开: the team the meeting's name begins with holds it
        team = self._team_in_name(sent, trigger) if declared.fed_back and stated is None else None
        # 甲委员会2024年第二次全体会议召开: the committee whose plenary it is holds it
        plenary = self._plenary_body(sent, verb, ctx) if stated is None and verb is not trigger else None
        if stated is None and not (team or plenary or organizer):
            plenary = self._session_after_verb(sent, verb, trigger, ctx)
        return team or plenary or organizer

    def _named_body_before(self, sent: Span, trigger: re.Match) -> bool:
        """The reporting sentence names a body before the event's name (its convener, unread)."""
        at = sent.start_char + trigger.start()
        return any(e.label_ == "ORG" and e.end_char <= at for e in self._index.within(sent))

    def _opening_subject(self, doc: Doc, sent: Span, verb: re.Match, trigger: re.Match, ctx) -> str | None:
        """``景东县委、政府高度重视…，并于2016年2月20日召开…会议``: a sentence opening (after its date) on a
        body, or bodies listed, whose later clause convenes with ``并``/``随即`` and no subject of its own:
        the body named first convenes."""
        if verb is trigger or verb.start() > trigger.start():
            return None
        text = sent.text
        clause = max(text.rfind(c, 0, verb.start()) for c in "，,；;") + 1
        if clause <= 0 or not re.match(r"(?:并|随即|随后|及时|同时)", text[clause:]):
            return None
        opening = DATE_LEAD.match(text)
        start = opening.end() if opening else 0
        start += len(text[start:]) - len(text[start:].lstrip("，, "))
        first = next((e for e in self._index.within(sent) if e.start_char - sent.start_char >= start), None)
        if first is None or first.label_ != "ORG" or first.start_char - sent.start_char != start:
            return None
        if any(e.label_ in ("ORG", "GPE", "PERSON")
               for e in self._index.starting_in(sent.start_char + clause, sent.start_char + verb.start())):
            return None  # the convening clause names its own subject or venue
        return normalize_org(first.text, ctx)

    def _is_place(self, doc: Doc, organizer: str) -> bool:
        """A convener written as a place (宁德市, 山西大同), not as a body of it."""
        return any(e.label_ == "GPE" and e.text == organizer for e in self._index.ents) \
            or bool(PLACE_HEAD.fullmatch(organizer))

    def _retold_organizer(self, doc: Doc, candidates: list[tuple], sent: Span, date: str | None,
                          current: str | None, declared: EventType, ctx) -> str | None:
        """The same event told again in the lead (the headline ``宁德市举行…新闻发布会``, the body
        ``市政府新闻办召开新闻发布会``; or a passive body sentence ``…发布会在X中心召开`` under the headline
        ``X市召开…``): the body a retelling names wins over a place, and a place fills a convener the
        chosen report leaves unnamed.  A retelling on another day is another event."""
        lead_end = max(self._lead_end(doc), self._body_lead_end(doc))
        core = re.sub(r"(?:自治区|省|市|县|区|州|旗|盟)$", "", current)[-2:] if current else ""
        for other, verb, trigger, other_date, stated in candidates:
            if other is sent or other.start_char >= lead_end or (other_date and date and other_date != date) \
                    or self._background(other.text[: verb.start()]):
                continue
            named = self._reported_organizer(doc, other, verb, trigger, stated, declared, ctx)
            if not named:
                continue
            if current is None:
                return named
            if core and core in named and not self._is_place(doc, named):
                return named
        return None

    def _header(self, doc: Doc, trigger_re: re.Pattern, ctx) -> list[tuple]:
        """A transcript page (``…新闻发布会实录`` / ``时间:2024年7月30日上午`` / ``主办:X新闻办``): the
        headline names the event and the header lines give its day and its convener."""
        text = text_of(doc)
        lead_end = self._lead_end(doc, paragraphs=5)
        trigger = trigger_re.search(text, 0, lead_end)
        if trigger is None:
            return []
        found = self._trigger_in_sentence(doc, trigger)
        if found is None:
            return []
        sent, match = found
        header_end = min(len(text), lead_end + 400)
        date = organizer = None
        for line in re.finditer(r"(?m)^[ \t【]*(时间|日期|主办单位|主办|举办单位)[】 \t]*[:：]([^\n]*)$", text[:header_end]):
            ents = self._index.starting_in(line.start(2), line.end(2))
            if line.group(1) in ("时间", "日期") and date is None:
                date = next((d for d in (self._day_of(doc, e, ctx) for e in ents if e.label_ == "DATE") if d), None)
            elif organizer is None:
                organizer = next((e for e in ents if e.label_ == "ORG"), None)
        if date is None and organizer is None:
            return []
        return [(sent, match, match, date, normalize_org(organizer.text, ctx) if organizer is not None else "")]

    @staticmethod
    def _trigger_in_sentence(doc: Doc, trigger: re.Match) -> tuple[Span, re.Match] | None:
        """The sentence holding a trigger found in the whole text, and the trigger matched again inside
        that sentence (a candidate's verb and trigger are matches on the sentence's text)."""
        sent = next((s for s in doc.sents if s.start_char <= trigger.start() < s.end_char), None)
        if sent is None:
            return None
        return sent, re.compile(re.escape(trigger.group())).search(sent.text, trigger.start() - sent.start_char)

    def _record_page(self, doc: Doc, trigger_re: re.Pattern) -> list[tuple]:
        """A headline naming the conference's own record (…新闻发布会发布词及记者问答, …发布会实录): the
        page is the conference's text even when nothing gives its day or its convener (tried last)."""
        text = text_of(doc)
        trigger = trigger_re.search(text, 0, self._lead_end(doc, paragraphs=2))
        if trigger is None:
            return []
        line_start = text.rfind("\n", 0, trigger.start()) + 1
        line_end = text.find("\n", trigger.end()) if "\n" in text[trigger.end():] else len(text)
        if not RECORD_WORDS.search(text, line_start, line_end):
            return []
        found = self._trigger_in_sentence(doc, trigger)
        return [(found[0], found[1], found[1], None, "")] if found else []

    def _turns(self, doc: Doc) -> list[tuple[Span, int, int]]:
        """A transcript's turns: (the speaker's PERSON, where the turn's words start, where they end).
        A turn opens a line with a label ending in a colon, the name right before it
        (``市政府新闻办主任甲：``); reporters' labels (``…记者：``) open no one's turn."""
        text, labels = text_of(doc), []
        for m in TURN_LABEL.finditer(text):
            named = [e for e in self._index.starting_in(m.start(1), m.end(1)) if e.label_ == "PERSON"]
            if named and named[-1].end_char == m.end(1) and "记者" not in m.group(1):
                labels.append((named[-1], m.end()))
        return [(person, start, labels[i + 1][0].start_char if i + 1 < len(labels) else len(text))
                for i, (person, start) in enumerate(labels)]

    def _opening_turn(self, doc: Doc) -> tuple[Span, int, int] | None:
        """The first turn of a transcript when its words introduce the conference (``欢迎参加今天的
        新闻发布会``, ``我介绍出席今天发布会的发布人``, ``有请…发布``: ``moderator_turn_cues``): its speaker
        chairs it, like a ``主持人：`` label."""
        cues = self.words.get("moderator_turn_cues", ())
        turns = self._turns(doc)
        if not cues or not turns:
            return None
        person, start, end = turns[0]
        return turns[0] if _alternation(cues).search(text_of(doc), start, end) else None

    def _transcript(self, doc: Doc, trigger_re: re.Pattern, ctx) -> list[tuple]:
        """A transcript page whose lead opens the moderator's turn (``市政府新闻办副主任甲：欢迎参加…
        新闻发布会``) with no sentence convening the conference: the page records it.  Its first sentence in
        the lead that names the conference gives its day and its body, if written."""
        turn = self._opening_turn(doc)
        lead_end = max(self._lead_end(doc, paragraphs=5), self._body_lead_end(doc))
        if turn is None or turn[0].start_char >= lead_end:
            return []
        for sent in _sentences_before(doc, max(lead_end, turn[1])):
            trigger = trigger_re.search(sent.text)
            if trigger and not self._background(sent.text[: trigger.start()]):
                # 衡水市政府新闻办“…”系列主题新闻发布会: the body whose name opens the conference's name holds it
                at = sent.start_char + trigger.start()
                owner = [e for e in self._index.within(sent) if e.label_ == "ORG" and e.end_char <= at]
                organizer = normalize_org(owner[-1].text, ctx) if owner and not CLAUSE_MARK.search(
                    text_of(doc), owner[-1].end_char, at) else None
                return [(sent, trigger, trigger, self._event_date(doc, sent, trigger.start(), ctx), organizer)]
        return []

    def _introduced(self, doc: Doc, officials: set[str]) -> list[str]:
        """The persons the moderator's opening turn introduces by honorific (``市生态环境局局长甲先生；
        市水利局副局长乙女士``, ``introduced_honorifics``): the conference's 发布人, who speak at it."""
        turn, honorifics = self._opening_turn(doc), tuple(self.words.get("introduced_honorifics", ()))
        if turn is None or not honorifics:
            return []
        text, out = text_of(doc), []
        for ent in self._index.starting_in(turn[1], turn[2]):
            if ent.label_ == "PERSON" and ent.text in officials and text.startswith(honorifics, ent.end_char) \
                    and ent.text not in out and ent.text != turn[0].text:
                out.append(ent.text)
        return out

    def _fed_back(self, doc: Doc, trigger_re: re.Pattern, ctx) -> list[tuple]:
        """``督察组于8月24日向X市委、市政府进行了反馈。组长甲通报督察意见…乙主持会议``: an inspection team
        feeding its findings back (GUIDELINES: an inspection feedback meeting is a ``meeting`` organised
        by the team), read in the lead only, and only on a day and when the paragraph or the next speaks of
        the meeting itself (``主持会议``, ``参加了会议``, ``反馈会由乙主持``): a rectification report that recalls
        an earlier feedback holds none."""
        teams, verbs = self.words.get("inspection_teams", ()), self.words.get("feedback_verbs", ())
        if not teams or not verbs:
            return []
        fed = re.compile("(?:" + _alternation(teams).pattern + r")[^，,。；;！？\n]{0,24}?向[^。；;！？\n]{1,40}?(?:"
                         + _alternation(verbs).pattern + ")")
        # header lines (a breadcrumb, the headline, a source line, a font-size bar) may fill the first
        # paragraphs: the lead then counts the body paragraphs too
        text, lead_end = text_of(doc), max(self._lead_end(doc), self._body_lead_end(doc))
        for sent in _sentences_before(doc, lead_end):
            m = fed.search(sent.text)
            if m is None:
                continue
            # 督察组向我市反馈督察报告后，…: a feedback recalled as the start of the rectification
            if re.match(r"[^，,。；;！？\n]{0,12}?(?:后|以后|以来)[，,]", sent.text[m.end():]):
                continue
            start, end = self._paragraphs(text, sent.start_char, count=2)
            # 召开各类会议40余次: a count of meetings is no meeting the paragraph speaks of
            if not any(not COUNTED_AFTER.match(text, t.end()) for t in trigger_re.finditer(text, start, end)):
                continue
            date = self._event_date(doc, sent, m.end(), ctx)
            if date is None:
                continue  # a feedback recalled by its month (2023年11月,督察组向我省反馈…) is background
            team = re.match(_alternation(teams), m.group())
            organizer = canonical_org(team.group(), self._document_orgs(ctx)) if team else None
            return [(sent, m, m, date, organizer or "")]
        return []

    def _attended_speech(self, doc: Doc, trigger_re: re.Pattern, ctx) -> list[tuple]:
        """``副市长甲出席环保专项行动汇报会并讲话``: with no sentence convening it, an official who attends a
        gathering named in the lead and speaks at it reports that gathering.  Such a sentence names no
        convener (the attendee's body is not the host): the organizer is left unstated."""
        attend, spoke = self.words.get("attend_verbs", ()), self.words.get("attend_speech", ())
        if not attend or not spoke:
            return []
        pattern = re.compile("(?:" + _alternation(attend).pattern + r")了?[^，,。；;！？\n]{0,30}?(?:"
                             + trigger_re.pattern + ")并(?:" + _alternation(spoke).pattern + ")")
        # header lines (a breadcrumb, the dateline, a source line) may fill the first paragraphs
        lead_end = max(self._lead_end(doc), self._body_lead_end(doc))
        for sent in _sentences_before(doc, lead_end):
            m = pattern.search(sent.text)
            if m is None:
                continue
            trigger = trigger_re.search(sent.text, m.start(), m.end())
            return [(sent, m, trigger, self._event_date(doc, sent, m.start(), ctx), "")]
        return []

    def _team_in_name(self, sent: Span, trigger: re.Match) -> str | None:
        """``X省第一生态环境保护督察组督察Y市情况反馈会召开``: the team the meeting's name begins with holds
        it (read up to the team word, also when the entity layer ran the ORG on into the name)."""
        teams, verbs = self.words.get("inspection_teams", ()), self.words.get("feedback_verbs", ())
        if not teams:
            return None
        text, at = text_of(sent.doc), sent.start_char + trigger.start()
        team_re = _alternation(teams)
        for ent in reversed([e for e in self._index.within(sent) if e.label_ == "ORG" and e.start_char < at]):
            inside = list(team_re.finditer(text, ent.start_char, min(ent.end_char, at)))
            if inside and not re.search(r"[，,；;]", text[inside[-1].end() : at]):
                # 省委召开…督察组督察浙江省工作动员会: the team is inspected for, not convening; only the
                # meeting at which it feeds back (…情况反馈会) is the team's
                named = text[inside[-1].end() : sent.start_char + trigger.end()]
                if verbs and not any(v in named for v in verbs):
                    return None
                return text[ent.start_char : inside[-1].end()]
        return None

    def _plenary_body(self, sent: Span, verb: re.Match, ctx) -> str | None:
        """``X委员会2024年第二次全体（扩大）会议召开`` (held by video too, ``全体（扩大）视频会议``): a plenary session (or a regular session, ``例会``) is
        held by the body it is the plenary of, however the entity layer cut the name.  Only the passive report (the plenary's name
        directly before the convening verb, or joined to another meeting by 暨): in ``市委召开…委员会全体会议`` the subject convenes, and a
        plenary whose spirit is studied (``传达…全体会议精神``) is no event.  The name is read back from the
        body word to the clause start or to 暨 (``甲大会暨乙委员会第一次全体会议``); a body written without its
        place takes the place the joined name begins with (``衡阳市…大会暨生态环境保护委员会``)."""
        bodies = self.words.get("plenary_bodies", ())
        if not bodies:
            return None
        head = sent.text[: verb.start()].rstrip()
        named = re.search(r"(?:" + _alternation(bodies).pattern + r")" + PLENARY_SESSION
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
        return _committee_name(body, ctx)

    def _session_after_verb(self, sent: Span, verb: re.Match, trigger: re.Match, ctx) -> str | None:
        """``市长甲主持召开市环委会2018年第三次会议``: an active report whose object is a committee's numbered
        (or plenary) session names the committee that holds it, right after the verb — the official who
        presides chairs it for the committee (GUIDELINES, organizer: the convener)."""
        bodies = self.words.get("plenary_bodies", ())
        if not bodies or verb is trigger or verb.start() > trigger.start():
            return None
        named = re.match(r"([^，,。；;：:\s]{1,20}?(?:" + _alternation(bodies).pattern + r"))" + PLENARY_SESSION,
                         sent.text[verb.end():])
        if named is None or verb.end() + named.end() < trigger.start():
            return None
        body = re.sub(r"\d{4}年度?", "", named.group(1))
        return _committee_name(body, ctx) if len(body) >= 4 else None

    def _briefed(self, doc: Doc, ctx) -> list[tuple]:
        """``10月10日,州环保局向媒体记者通报情况…``: in the lead, a body that announces figures to the
        press (GUIDELINES: a 通报会 at which reporters get the figures is a press conference), with
        no name for the event.  ``向记者介绍`` is an interview, not a briefing: only ``announce`` verbs."""
        audience, announce = self.words.get("press_audience", []), self.words.get("announce", [])
        if not audience or not announce:
            return []
        brief_re = re.compile("向(?:" + _alternation(audience).pattern + ")(?:们|朋友)?(?:" + _alternation(announce).pattern + ")")
        lead_end = self._lead_end(doc, paragraphs=5)
        for sent in _sentences_before(doc, lead_end):
            brief = brief_re.search(sent.text)
            if brief is None:
                continue
            at = sent.start_char + brief.start()
            subject = [e for e in self._index.within(sent) if e.label_ == "ORG" and e.end_char <= at]
            # the body right before 向, or before the day it names (市生态环境局19日向记者通报)
            days = [e for e in self._index.starting_in(subject[-1].end_char, at) if e.label_ == "DATE"] if subject else []
            if subject and (subject[-1].end_char == at or (days and days[0].start_char == subject[-1].end_char
                                                            and days[-1].end_char == at)):
                return [(sent, brief, brief, self._event_date(doc, sent, brief.start(), ctx), None)]
        return []

    def _announced(self, doc: Doc, lead_end: int, ctx) -> list[tuple]:
        """``浙江省环保厅14日通报…`` in the lead of an article that later reports what was said at the
        press conference (``通报会上还通报了…``): the lead's announcement is the event, with its day
        and its body (GUIDELINES: a 厅 that 通报 figures to reporters holds a press conference)."""
        announce = self.words.get("announce", [])
        if not announce:
            return []
        verb_re = _alternation(announce)
        for sent in _sentences_before(doc, lead_end):
            for ent in self._index.within(sent):
                if ent.label_ != "ORG":
                    continue
                offset = ent.end_char - sent.start_char
                gap = [e for e in self._index.starting_in(ent.end_char, ent.end_char + 8) if e.label_ == "DATE"]
                if gap and gap[0].start_char == ent.end_char:
                    offset = gap[0].end_char - sent.start_char
                verb = verb_re.match(sent.text, offset)
                if verb:
                    return [(sent, verb, verb, self._event_date(doc, sent, verb.start(), ctx), None)]
        return []

    def _event_date(self, doc: Doc, sent: Span, verb_offset: int, ctx) -> str | None:
        """The day the sentence reports the event on: the last day-level DATE before the convening
        verb (``记者从20日召开的…发布会`` after a page timestamp), else the first after it, a written
        day before a relative one (``1月23日讯…今天,X召开``, as the dateline dates the report); a bare
        ``22日`` takes its month from the date before it (the dateline's ``7月22日电``) and its year
        from the publication date (``XXXX`` without one); an anaphoric ``当天``/``当日`` opening the
        report takes the last day stated before the sentence."""
        verb_char = sent.start_char + verb_offset
        text = text_of(doc)
        # a lunar date written beside the calendar one (农历2022年9月22日) is no day of the calendar
        dates = [e for e in self._index.within(sent)
                 if e.label_ == "DATE" and not LUNAR_BEFORE.search(text, max(0, e.start_char - 3), e.start_char)]
        days = [(e, d) for e, d in ((e, self._day_of(doc, e, ctx)) for e in dates) if d]
        # a relative day (今天) is read from the publication date; the dateline's day (1月23日讯) wins
        explicit = [(e, d) for e, d in days if not RELATIVE_DAY.match(e.text)]
        days = explicit or days
        before = [(e, d) for e, d in days if e.end_char <= verb_char]
        if before or days:
            ent, day = before[-1] if before else days[0]
            return self._bracketed_month(sent, ent) or day
        occasion = self._occasion_day(sent.text[:verb_offset], ctx)
        if occasion:
            return occasion
        if ANAPHORIC_DAY.search(sent.text[:verb_offset]):
            earlier = [e for e in self._index.starting_in(0, sent.start_char) if e.label_ == "DATE"]
            for ent in reversed(earlier):
                day = self._day_of(doc, ent, ctx)
                if day:
                    return day
        return None

    def _year_to_date(self, doc: Doc, sent: Span) -> str:
        """``…举行新闻发布会…记者在会上了解到,2025年以来,…``: with no date written with its year on the page,
        the year the event's own report counts "to date" (``N年以来``, ``截至11月底,N年…`` in the event's
        paragraph, after it is named) is the event's year (GUIDELINES §5, real-H22); anything else says nothing: ``XXXX``."""
        text = text_of(doc)
        para_end = text.find("\n", sent.end_char)
        para_end = len(text) if para_end == -1 else para_end
        for e in self._index.starting_in(sent.start_char, para_end):
            if e.label_ == "DATE" and re.fullmatch(r"\d{4}", e._.norm or "") and e._.norm in e.text \
                    and (text.startswith("以来", e.end_char)
                         or re.search(r"截至[^，,。；;]{1,8}[，,]?$", text[max(sent.start_char, e.start_char - 12) : e.start_char])):
                return e._.norm
        return "XXXX"

    def _occasion_day(self, before_verb: str, ctx) -> str | None:
        """``“六五环境日”当天,X局举行新闻发布会``: a sentence with no day of its own dated by the occasion it
        was held on (``occasion_days``, closed by 当天/当日) is held on that occasion's month and day; the
        year is the publication's, else ``XXXX`` for :meth:`_written_year` to weigh.  An occasion only
        approaching (``…环境日到来之际``) dates nothing."""
        for name, month_day in self.words.get("occasion_days", {}).items():
            at = before_verb.find(name)
            if at != -1 and ANAPHORIC_DAY.match(before_verb[at + len(name):].lstrip("”\"'」 ")):
                year = str(ctx.year) if ctx is not None and ctx.year else "XXXX"
                return f"{year}-{month_day}"
        return None

    def _written_year(self, doc: Doc, sent: Span, trigger: re.Match) -> str:
        """The year of an event dated by month and day on a page with no publication date, as the text
        writes it (GUIDELINES, dates: the year from the text): a year in the event's own name
        (``3月20日,2024年全县…工作会议召开``; not a year reviewed, ``2023年度…总结会``), else the year of
        the nearest date written with its year and month (``2018年4月20日至5月8日,…于8月24日反馈``,
        ``2024年1—11月``).  A bare year elsewhere (``2018年以来``, a report's year) says nothing of the
        day the event was held: ``XXXX`` then."""
        text = text_of(doc)
        name_end = sent.start_char + trigger.end()
        named = [e for e in self._index.within(sent) if e.label_ == "DATE" and e.end_char <= name_end]
        if named:
            ent, rest = named[-1], text[named[-1].end_char:name_end]
            year = re.match(r"(\d{4})(?:$|-)", ent._.norm or "")
            # a year reviewed (2023年度) is not the event's, a first quarter or half-year is (2018年第一季度…发布会)
            early = re.search(r"-(?:Q[123]|H1)$", ent._.norm or "")
            own_year = not (rest.startswith("度") or "度" in ent.text) or early or self._series_year(rest)
            if year and year.group(1) in ent.text and not re.search(r"[，,；;。]|以来|总结|回顾", rest) and own_year:
                return year.group(1)
        # the year must be written in the date itself: a date whose year the values layer carried over is no evidence
        dated = [e for e in self._index.ents if e.label_ == "DATE" and re.match(r"\d{4}-\d{2}", e._.norm or "")
                 and e._.norm[:4] in e.text]
        if not dated:
            return self._year_to_date(doc, sent)
        nearest = min(dated, key=lambda e: abs(e.start_char - sent.start_char))
        return nearest._.norm[:4]

    def _series_year(self, rest: str) -> bool:
        """``2022年度线上新闻发布会``, ``2025年度“…”系列活动新闻发布会``, ``2022年度第一次全体会议``: the rest of
        the name after a N年度 names the series or the sitting (``series_year_cues``), so the year is the
        event's own; a subject named there (``2013年度环境质量新闻发布会``, ``reviewed_year_cues``) is a year
        reviewed, held the year after."""
        if any(w in rest for w in self.words.get("reviewed_year_cues", ())):
            return False
        return any(re.search(cue, rest) for cue in self.words.get("series_year_cues", ()))

    def _bracketed_month(self, sent: Span, ent: Span) -> str | None:
        """``2021年6月例行新闻发布会,今(18)日…举行``: a bracketed day takes the month the sentence
        states before it, since a page republished months later moves the reference date's month."""
        day = BRACKETED_DAY.match(ent.text)
        if not day:
            return None
        months = [m for m in (MONTH_DATE.match(e._.norm or "") for e in self._index.within(sent)
                              if e.label_ == "DATE" and e.end_char <= ent.start_char) if m]
        return f"{months[-1].group(1)}-{months[-1].group(2)}-{int(day.group(1)):02d}" if months else None

    def _day_of(self, doc: Doc, ent: Span, ctx) -> str | None:
        """``YYYY-MM-DD`` (or ``XXXX-MM-DD``) of a day-level DATE, None for coarser dates."""
        if ent._.norm and DAY_DATE.match(ent._.norm):
            if WRITTEN_YEAR.search(ent.text) or ent._.norm.startswith("XXXX"):
                return ent._.norm[:10]
            # 6月2日 after a report on 2022年: the values layer reads the last year written before the day,
            # which may be the year of the figures; an event's year is its own (GUIDELINES §5): the
            # publication date's, else the evidence _written_year weighs
            year = str(ctx.year) if ctx is not None and ctx.year else "XXXX"
            return year + ent._.norm[4:10]
        day = BARE_DAY.match(ent.text)
        if ent._.norm or not day:
            return None
        for prev in reversed(self._index.starting_in(max(0, ent.start_char - 600), ent.start_char)):
            month = re.match(r"(?:\d{4}|XXXX)-(\d{2})", prev._.norm or "") if prev.label_ == "DATE" else None
            if month:
                year = str(ctx.year) if ctx is not None and ctx.year else "XXXX"
                return f"{year}-{month.group(1)}-{int(day.group(1)):02d}"
        return None

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
            # 2021年6月例行新闻发布会,今(18)日在…举行: the name closes the sentence's first clause
            if before and re.fullmatch(r"[，,][^，,；;。]*", text[before[-1].end():verb.start()]) \
                    and not re.search(r"[，,；;]", text[: before[-1].start()]):
                return verb, before[-1]
        if declared.reported_at:
            for trigger in trigger_re.finditer(text):
                if self.report_re.match(text, trigger.end()) or text.startswith("上", trigger.end()):
                    return trigger, trigger
        if declared.sourced_report:
            for trigger in trigger_re.finditer(text):
                # 记者从X领导小组第三次会议上获悉: 从 opens the source in the same clause as the name
                lo = max(text.rfind(c, 0, trigger.start()) for c in "，,；;。") + 1
                if "从" not in text[lo : trigger.start()] or not self.source_re.match(text, trigger.end()):
                    continue
                # 从A领导小组第三次会议暨B推进会上获悉: two names joined by 暨 are one gathering, the first
                # name's (its convener opens it)
                first = next((t for t in trigger_re.finditer(text, lo, trigger.start()) if text.startswith("暨", t.end())), None)
                return (first, first) if first else (trigger, trigger)
        return None, None

    @staticmethod
    def _lead_end(doc: Doc, paragraphs: int = 3, shortest: int = 1) -> int:
        """End of the first few non-boilerplate paragraphs of at least ``shortest`` characters."""

        boilerplate = boilerplate_of(doc)
        seen, pos = 0, 0
        for block in re.finditer(r"[^\n]+", text_of(doc)):
            if any(bs <= block.start() < be for bs, be in boilerplate) or len(block.group().strip()) < shortest:
                continue
            seen += 1
            pos = block.end()
            if seen >= paragraphs:
                break
        return pos

    def _background(self, before_verb: str) -> bool:
        """The words before the convening verb mark the event as background (近期…召开, 将召开),
        unless the cue belongs to an occasion phrase (世界环境日即将到来之际)."""
        # 通过召开常委会议、学习会等多种形式: meetings named as the means of other work, none reported
        if before_verb.rstrip().endswith(tuple(self.words.get("means_before_verb", ()))):
            return True
        return any(not self.occasion_re.match(before_verb, m.end())
                   for m in self.background_re.finditer(before_verb))

    @staticmethod
    def _body_lead_end(doc: Doc, paragraphs: int = 3) -> int:
        """End of the first few body paragraphs, skipping short lines (breadcrumbs, headlines,
        datelines, captions) that ``_lead_end`` counts as paragraphs."""
        return EventReader._lead_end(doc, paragraphs, shortest=30)

    def _organizer(self, doc: Doc, sent: Span, verb_offset: int, ctx) -> str | None:
        verb_char = sent.start_char + verb_offset
        before = [e for e in self._index.within(sent) if e.end_char <= verb_char and e.label_ in ("ORG", "GPE")]
        # 市政府新闻办在市政府新闻发布厅召开: the body inside the venue (在/于 …) is not the convener
        attended = tuple(self.words.get("attended", ()))
        text = text_of(doc)
        # 市污防攻坚办会同省生态环境厅…召开: the body that leads (before 会同/联合) convenes
        partners = tuple(self.words.get("partnered", ()))
        for i in range(len(before) - 1):
            if (partners and before[i].label_ == "ORG"
                    and text[before[i].end_char : before[i + 1].start_char].strip() in partners):
                return normalize_org(before[i].text, ctx)
        # 省政府新闻办、省生态环境厅联合举行: of bodies listed before 联合, the one named first leads
        if partners and len(before) > 1 and before[-1].label_ == "ORG" \
                and self._gap(text, before[-1].end_char, verb_char) in partners:
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
            if closed and len(self._gap(text, before[-1].end_char + closed.end(), verb_char)) <= 2:
                return normalize_org(before[-2].text, ctx)
        # X官方2日在拉萨召开: the day, the venue and 官方 between a place and the verb leave the place the subject
        while len(before) > 1 and attended and text[:before[-1].start_char].endswith(attended) \
                and self._gap(text, before[-2].end_char, before[-1].start_char - 1) == "":
            before = before[:-1]
        # 在市生态环境局某某分局召开座谈会: a body right after 在/于 is where it met, not who convened it
        if before and attended and before[-1].label_ == "ORG" and text[:before[-1].start_char].endswith(attended):
            before = before[:-1]
        between = text[before[-1].end_char : verb_char] if before else ""
        gap = self._gap(text, before[-1].end_char, verb_char) if before else ""
        # 海林市于7月5日下午3时，召开: 于 before the day and a comma closing it leave the place the subject
        if gap.startswith(tuple(attended)) and len(gap) > 1 and len(between) > len(gap):
            gap = gap[1:]
        gap = gap.rstrip("，,")
        # 中国环境报讯:在日前举行的上海市政府新闻发布会上: the body named right after 举行的 convenes it,
        # unless a body is the verb's own subject (市生态环境局今天召开的…)
        named_after = self._named_after_verb(sent, verb_offset, ctx)
        if named_after and (not before or len(gap) > 2):
            return named_after
        if before and before[-1].label_ == "ORG" and (len(between) <= 12 or len(gap) <= 2):
            return normalize_org(self._joint_subject(before, text).text, ctx)
        subject = text_of(doc)[sent.start_char : verb_char]
        named = any(r.search(subject) for r in self.triggers.values())
        # 我市召开: the city convenes; 全市…工作会议召开 names a city-wide meeting, not its organizer
        city_subject = re.search("(?:" + "|".join(map(re.escape, self.words["city_subjects"])) + r")(?:于|在)?[^，,。]{0,12}$",
                                 subject) if not named else None
        place_subject = before and before[-1].label_ == "GPE" and (len(between) <= 2 or gap == "") \
            and not (attended and text[:before[-1].start_char].endswith(attended))  # 在拉萨召开: a venue
        if ctx is not None and (city_subject or place_subject):
            return before[-1].text if place_subject else ctx.city
        # 我镇召开, 我县召开: the article's county (or town) convenes
        local = self._local_subject(subject, ctx) if ctx is not None and not named else None
        if local:
            return local
        # 自治区召开, 我省召开: the province itself convenes (GUIDELINES, organizer)
        province_words = self.words.get("province_subjects", [])
        if ctx is not None and ctx.province and province_words and re.search(
                "(?:^|[，,\\s]|日|上午|下午)(?:" + "|".join(map(re.escape, province_words)) + ")$", subject):
            return ctx.province
        return named_after or self._body_opening_name(sent, verb_offset, ctx)

    @staticmethod
    def _joint_subject(before: list, text: str):
        """``济南市委市政府召开``, ``县委、县政府召开``: a party committee and its government written together as
        one subject; the one named first convenes, as of bodies listed before 联合 (GUIDELINES, organizer)."""
        last = before[-1]
        if len(before) > 1 and last.text.endswith("政府") and before[-2].label_ == "ORG" \
                and before[-2].text.endswith("委") and text[before[-2].end_char : last.start_char] in ("", *LIST_JOINERS):
            return before[-2]
        return last

    def _body_opening_name(self, sent: Span, verb_offset: int, ctx) -> str | None:
        """``市长甲主持召开市政府第37次常务会议``: with no convener before the verb, the body that opens the
        gathering's name right after it holds it (an ORG inside a meeting name, GUIDELINES)."""
        verb = self.convene_re.match(sent.text, verb_offset)
        if verb is None:
            return None
        at = sent.start_char + verb.end()
        body = next((e for e in self._index.starting_in(at, at + 1) if e.label_ == "ORG"), None)
        if body is None:
            return None
        rest = sent.text[body.end_char - sent.start_char:]
        ordinal = re.match(r"(?:第[\d一二三四五六七八九十百]+[次届])?", rest).end()
        if not any(t.match(rest, ordinal) for t in self.triggers.values()):
            return None
        return normalize_org(body.text, ctx)

    def _named_after_verb(self, sent: Span, verb_offset: int, ctx) -> str | None:
        """记者从20日召开的X厅…新闻发布会上获悉: the body named right after 召开的."""
        verb = self.convene_re.match(sent.text, verb_offset)
        if verb and sent.text.startswith("的", verb.end()):
            after = [e for e in self._index.starting_in(sent.start_char + verb.end() + 1, sent.start_char + verb.end() + 2)
                     if e.label_ == "ORG"]
            if after:
                return normalize_org(after[0].text, ctx)
        return None

    def _gap(self, text: str, start: int, end: int) -> str:
        """The words between ``start`` and ``end`` less what does not stand between a subject and its verb:
        the days (``2日``), a venue (``在拉萨``), the subject fillers (``官方``) and spaces."""
        attended = tuple(self.words.get("attended", ()))
        cut = []
        for ent in self._index.starting_in(start, end):
            if ent.end_char > end:
                continue
            if ent.label_ == "DATE":
                cut.append((ent.start_char, ent.end_char))
            elif ent.label_ in ("ORG", "GPE", "LOC") and attended and text[:ent.start_char].endswith(attended):
                cut.append((ent.start_char - 1, ent.end_char))
        # 在区行政中心三楼会议室, 在党政机关大楼二楼会议室: a room where it met, whatever building it is in
        if attended and self._room_re is not None:
            for m in re.finditer("(?:" + "|".join(map(re.escape, attended)) + r")[^，,。；;！？\n]{0,30}?(?:"
                                 + self._room_re.pattern + ")", text[start:end]):
                cut.append((start + m.start(), start + m.end()))
        gap, pos = [], start
        for lo, hi in sorted(cut):
            gap.append(text[pos:max(pos, lo)])
            pos = max(pos, hi)
        gap.append(text[pos:end])
        joined = "".join(gap)
        for word in self.words.get("subject_fillers", ()):
            joined = joined.replace(word, "")
        return re.sub(r"\s+", "", joined)

    def _local_subject(self, subject: str, ctx) -> str | None:
        """``我镇召开``/``本县召开``: the article's county or town convenes it (``county_subjects``: the word's
        last character is the level, which the article's county must end in); ``我区`` in an autonomous
        region's article with no district is the region."""
        words = self.words.get("county_subjects", ())
        if not words:
            return None
        m = re.search("(" + "|".join(map(re.escape, words)) + r")(?:于|在)?[^，,。]{0,12}$", subject)
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

    def _host(self, doc: Doc, sent: Span, lo: int, hi: int, ctx) -> str | None:
        """``…新闻发布会今日在四川省生态环境厅如期举行``, no body named before the event: the body whose
        premises host it convenes it.  Only a body directly before the verb (an adverb between at
        most): ``在市政府新闻发布厅举行`` names a hall, whose body is not the convener."""
        text = text_of(doc)
        for ent in self._index.starting_in(sent.start_char + lo, sent.start_char + hi):
            gap = text[ent.end_char : sent.start_char + hi]
            # 在市新闻发布中心召开: a body named as premises (venue_suffixes) is where it met
            if ent.label_ == "ORG" and text[: ent.start_char].endswith(tuple(self.words.get("attended", ()))) \
                    and not ent.text.endswith(tuple(self.words.get("venue_suffixes", ()))) \
                    and len(gap) <= 2 and not re.search(r"[厅室馆楼场\s，,]", gap):
                return normalize_org(ent.text, ctx)
        return None

    def _people(self, doc: Doc, sent: Span, declared: EventType) -> tuple[list[str], str | None]:
        speakers, moderator = self._gathered_people(doc, sent, declared)
        # the country's leaders are quoted (习近平总书记强调…) or their thought is studied, never a
        # local gathering's speaker or chair
        central = self._central_leaders(doc)
        return [s for s in speakers if s not in central], (moderator if moderator not in central else None)

    def _central_leaders(self, doc: Doc) -> set[str]:
        """Officials the article gives a national leader's post (``national_titles``: 总书记, 国家主席…)."""
        posts = set(self.words.get("national_titles", ()))
        return {o.person for o in (doc._.officials or []) if posts.intersection(o.titles or ())} \
            if posts and doc.has_extension("officials") else set()

    def _gathered_people(self, doc: Doc, sent: Span, declared: EventType) -> tuple[list[str], str | None]:
        officials = {o.person for o in (doc._.officials or [])} if doc.has_extension("officials") else set()
        text = text_of(doc)
        # a report read from the headline (市政府召开常务会议 / 研究…事项 / 市长甲主持会议) is told in
        # the body below it: title lines before the first body paragraph use up none of the two
        start, end = self._paragraphs(text, sent.start_char, count=2, skip_titles=True)
        near_end = end
        if not declared.speakers_anywhere:
            # a meeting report goes on about the meeting: who 作交流发言 or 讲话 in a later paragraph speaks
            # (a press conference takes its later speakers from verbs and transcript labels instead);
            # bounded, so that a long document with many meetings is not read once per meeting
            end = min(len(text), near_end + MEETING_REPORT_CHARS)
        speakers, moderator = [], None
        convened_by = False  # the moderator so far is the one who 主持召开 (convened) the gathering
        pending: list[str] = []  # 副局长甲，支队长乙回答记者提问: a bare subject shares the next clause's verb
        lone: str | None = None  # the one official the previous clause was about, its verb still to come
        for clause in re.finditer(r"[^，,；;。！？\n]+", text[start:end]):
            c_start, c_end = start + clause.start(), start + clause.end()
            everyone = self._persons(doc, officials, c_start, c_end)
            found = [e for e in everyone if e.text in officials]
            if not found and self.speaker_re.search(clause.group()):
                # 甲、乙、丙分别就…作出安排部署: named persons opening a speaking clause speak, posts or not
                found = self._listed_subject(text, c_start, everyone)
            # 传达学习省委书记甲在…会议上的讲话精神: a speech given elsewhere, studied here
            found = [e for e in found if not self._cited_speech(text, e.end_char, c_end)]
            persons = [e.text for e in found]
            chair = self.moderator_re.search(clause.group())
            if not persons:
                # 发布会由市政府新闻办乙主持: the person written as chair chairs, a post written or not
                named = self._chair_of(clause.group(), c_start, everyone, chair) if chair and moderator is None \
                    and c_start < near_end and clause.group().rfind("由", 0, chair.start()) != -1 else None
                # 副县长甲在县政府会议室，主持召开…: a clause opening on 主持 has the previous clause's subject
                if named is None and chair and moderator is None and c_start < near_end and lone \
                        and not clause.group()[: chair.start()].strip():
                    named = lone
                if named and not self._presides_other(clause.group(), self.triggers[declared.name]):
                    moderator = named
                    convened_by = bool(re.match(r"[了过]?(?:" + self.convene_re.pattern + ")", clause.group()[chair.end():]))
                # 市长甲围绕…战略，介绍了…: a clause opening on its speaking verb has the previous clause's subject
                opening_verb = self.speaker_re.match(clause.group().lstrip(), len(re.match(
                    r"(?:还|并|也|又|详细|重点|系统)?", clause.group().lstrip()).group()))
                if named is None and lone and opening_verb and lone not in speakers \
                        and not self.written_re.search(clause.group()):
                    speakers.append(lone)
                # 甲；乙；丙出席发布会并回答记者提问 written 丙;出席…: officials listed as bare subjects share the
                # speaking verb of the clause after the list, when that clause names nobody else
                elif named is None and pending and not everyone and self.speaker_re.search(clause.group()) \
                        and not self.written_re.search(clause.group()):
                    speakers.extend(p for p in pending if p not in speakers)
                pending, lone = [], None
                continue
            lone = None
            if chair:
                chair_person = self._chair_of(clause.group(), c_start, found, chair)
                if c_start < near_end and chair_person and not self._presides_other(clause.group(), self.triggers[declared.name]):
                    # 甲主持召开…会议。会议由乙主持: 甲 convened it, the one written as its chair (由…主持) chairs
                    written_chair = clause.group().rfind("由", 0, chair.start()) != -1 and not re.match(
                        r"[了过]?(?:" + self.convene_re.pattern + ")", clause.group()[chair.end():])
                    if convened_by and written_chair:
                        moderator, convened_by = None, False
                    if moderator is None:
                        convened_by = bool(re.match(r"[了过]?(?:" + self.convene_re.pattern + ")",
                                                    clause.group()[chair.end():]))
                    moderator = moderator or chair_person
                    # 市长甲主持会议并讲话: presiding and speaking, both (GUIDELINES, meeting speakers)
                    if re.search("并(?:作)?(?:重要)?(?:" + self.speaker_re.pattern + ")", clause.group()[chair.end():]) \
                            and moderator == chair_person and moderator not in speakers:
                        speakers.append(moderator)
                pending = []
            elif self.speaker_re.search(clause.group()):
                verb = self.speaker_re.search(clause.group())
                # 乙传达了市委书记甲…: a person written after the verb is its object (whose words are relayed,
                # who is introduced), not a speaker; the verb's subject comes before it
                # (the last verb of the clause: 新闻发言人甲…进行介绍 holds 发言 inside a post)
                last = [m.start() for m in self.speaker_re.finditer(clause.group())][-1]
                subjects = [e.text for e in found if e.start_char < c_start + last]
                # 市委书记甲在批示中指出: a written instruction sent to the meeting, not a speech at it
                if not self.written_re.search(clause.group(), 0, verb.start()):
                    speakers.extend(p for p in pending + subjects if p not in speakers)
                pending = []
            else:
                # a clause that is only a subject ([body][titles]name) and ends at the name
                ends_at_name = not text[found[-1].end_char:c_end].strip()
                pending = pending + persons if ends_at_name and text[c_end:c_end + 1] in "，,；;" else []
                # 副县长甲在县政府四楼会议室: one official as a clause's subject, its verb in the next clause
                lone = persons[0] if len(persons) == 1 and text[c_end:c_end + 1] in "，," else None
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
            opening = self._opening_turn(doc)
            # 市政府新闻办副主任甲：…欢迎参加今天的新闻发布会: the speaker of the opening turn chairs
            moderator = moderator or (opening[0].text if opening else None)
            for name in self._introduced(doc, officials):
                if name not in speakers:
                    speakers.append(name)
            for label in labels:
                # a transcript's answering person speaks whether or not a position is written for them
                if label not in speakers and label != moderator:
                    speakers.append(label)
            return [s for s in speakers if s != moderator], moderator
        # a presiding official who also 讲话/强调/部署 in a clause of their own is both (GUIDELINES, meetings)
        return speakers, moderator

    def _cited_speech(self, text: str, at: int, clause_end: int) -> bool:
        """Is the person ending at ``at`` the author of a speech cited as a noun (``甲的讲话``,
        ``甲在全省…会议上的讲话精神``, ``甲同志的重要批示``): given elsewhere, not at this gathering."""
        return self.cited_re.match(text[at:clause_end]) is not None

    @staticmethod
    def _listed_subject(text: str, c_start: int, persons: list) -> list:
        """The persons a clause opens with, joined by 、/和 (``甲、乙和丙分别…``), followed by 分别: a list
        of named persons who each did what the clause says; or followed by 就 (``甲就…作出部署``), the
        topic they spoke on; [] for anything else."""
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
        return out if len(out) > 1 and text.startswith("分别", out[-1].end_char) else []

    @staticmethod
    def _chair_of(clause: str, c_start: int, found: list, chair: re.Match) -> str | None:
        """The person a clause with 主持 names as the chair: in ``会议由…乙主持`` the one written between
        由 and 主持 (none when the entity layer missed that name: the officials listed earlier in the
        clause, ``甲等领导出席，会议由乙同志主持``, only attended); otherwise the last one in the clause."""
        by = clause.rfind("由", 0, chair.start())
        if by != -1:
            inside = [e.text for e in found if c_start + by < e.start_char < c_start + chair.start()]
            return inside[-1] if inside else None
        return found[-1].text if found else None

    @staticmethod
    def _paragraphs(text: str, offset: int, count: int, skip_titles: bool = False) -> tuple[int, int]:
        """``offset``'s paragraph and the ones after it, ``count`` in all; with ``skip_titles`` a line
        without a clause mark (a headline, a subtitle ``市长甲主持会议``, a dateline) is read through
        without counting, so that a report written in a headline reaches the body's first paragraphs."""
        start = text.rfind("\n", 0, offset) + 1
        end, seen, lines = offset, 0, 0
        while seen < count:
            nxt = text.find("\n", end + 1)
            while nxt != -1 and nxt + 1 < len(text) and text[nxt + 1] == "\n":
                nxt += 1
            paragraph = text[end:len(text) if nxt == -1 else nxt]
            end = len(text) if nxt == -1 else nxt
            lines += 1
            # a title line counts only while the lines read are few (a page of chrome is not a headline)
            if not skip_titles or CLAUSE_MARK.search(paragraph) or lines > count + TITLE_LINES:
                seen += 1
            if nxt == -1:
                break
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
            self._verb_speakers = sorted([
                ent for ent in self._persons(doc, officials, 0, len(text))
                if self._speaks_at(text, ent.end_char)] + self._addressed_speakers(doc, text),
                key=lambda e: e.start_char)
        return [ent.text for ent in self._verb_speakers if ent.start_char >= after]

    def _addressed_speakers(self, doc: Doc, text: str) -> list[_NameMention]:
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
                if self._speaks_at(text, m.end()) and not (m.start() and text[m.start() - 1] in "副正"):
                    found.append(_NameMention(next(iter(persons)), m.start(), m.end()))
        return found

    def _speaks_at(self, text: str, at: int) -> bool:
        """Does a speaking verb (not a moderator's) follow at ``at``, directly or after an adverb
        (``龚某还公布了``, ``李某随后介绍``)?"""
        adverb = self._adverb_re.match(text, at) if self._adverb_re is not None else None
        for pos in (at, adverb.end()) if adverb else (at,):
            if self.speaker_re.match(text, pos) and not self.moderator_re.match(text, pos):
                return True
        return False

    def _persons(self, doc: Doc, officials: set[str], start: int, end: int) -> list:
        """PERSON entities starting in ``[start, end)``, and the mentions of officials the entity
        layer missed: a name it never tagged (the officials linker reads a name after a title chain
        itself), or a later mention of a name it tagged once (``市长甲主持…``, then ``甲指出``), where
        no PERSON covers it and it is no part of a longer entity (a place read inside the name stays
        inside it)."""
        found = [e for e in self._index.starting_in(start, end) if e.label_ == "PERSON"]
        if self._unlabelled is None:
            text = text_of(doc)
            covered = [(e.start_char, e.end_char, e.label_) for e in self._index.ents]

            def missed(m: re.Match) -> bool:
                return not any(s < m.end() and m.start() < e and (label == "PERSON" or s < m.start() or e > m.end())
                               for s, e, label in covered)

            self._unlabelled = sorted(
                (_NameMention(m.group(), m.start(), m.end()) for name in officials
                 for m in re.finditer(re.escape(name), text) if missed(m)), key=lambda m: m.start_char)
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
            if rest.strip():
                named = [e for e in index.starting_in(line_start, line_end) if e.label_ == "PERSON"]
                if not named or named[-1].end_char != line_end:
                    continue  # an answer on the same line: the name must be the label's last word
            take(m.group(1), line_start, line_end)
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

    # --- enforcement outcomes ------------------------------------------------------------------

    def _outcomes(self, doc: Doc, etype: str, prefixes: tuple[str, ...]) -> list[EventRecord]:
        """One outcome for the article's own place; a place inside it gets one of its own only when it
        reports at least two indicators (a single sub-area figure stays a quantity).

        The article's own place is the one its metadata declares (county, else city, else province),
        since a place mentioned in passing must not take the outcome; quantities the scope resolver
        put under a place *containing* it (湖州市 in an article about one of its districts, the
        province in ``进驻山西省督察期间,我市…``) are the article's too, after its own.  Without
        metadata, the city or county the context found, else the place with most figures.
        """
        ctx = doc._.context if doc.has_extension("context") else None
        text = text_of(doc)
        groups: dict[str, list[Span]] = defaultdict(list)
        for ent in doc.ents:
            if ent.label_ != "QUANTITY" or ent._.role != "value" or ent._.value is None:
                continue
            if not (ent._.indicator or "").startswith(prefixes) or not ent._.jurisdiction:
                continue
            if not self._metric_shaped(ent, text) or self._case_level(doc, ent, text):
                continue
            groups[ent._.jurisdiction].append(ent)
        if not groups:
            return []
        lead_end = self._lead_end(doc)
        own, containing = self._declared_place(doc, ctx)
        if own is not None:
            members = {j: self._relation(j, own, containing) for j in groups}
            primary_quantities = ([q for j in groups if members[j] == "same" for q in groups[j]]
                                  + [q for j in groups if members[j] == "above" for q in groups[j]])
            ranked = [(own, sorted(primary_quantities, key=lambda q: q.start_char)
                       if all(members[j] != "above" for j in groups) else primary_quantities)]
            ranked += [(j, [q for q in qs if self._own_paragraph(q, j, own, containing, text)])
                       for j, qs in groups.items() if members[j] == "below"]
            # a section of its own on another place (a heading line 吕梁交口县, then its figures)
            ranked += [(j, [q for q in qs if self._headed_section(q, j, text)])
                       for j, qs in groups.items() if members[j] == "other"]
            primary = own
        else:
            primary = max(groups, key=lambda j: (j in (getattr(ctx, "city", None), getattr(ctx, "county", None)),
                                                 len(groups[j])))
            ranked = list(groups.items())
        events = []
        for jurisdiction, all_quantities in ranked:
            if not all_quantities or (jurisdiction != primary and len({q._.indicator for q in all_quantities}) < 2):
                continue
            for quantities in self._years_apart(all_quantities):
                metrics = self._headline_metrics(quantities, text, lead_end)
                if not any(not ind.endswith("amount") for ind in metrics):
                    continue  # money with no count: one case's fine or compensation, not a jurisdiction's results
                periods = Counter(q._.period for q in quantities if q._.period)
                events.append(EventRecord(
                    type=etype, jurisdiction=jurisdiction, metrics=metrics,
                    period=periods.most_common(1)[0][0] if periods else None,
                    evidence=sorted((q.start_char, q.end_char) for q in quantities)))
        return events

    @staticmethod
    def _years_apart(quantities: list[Span]) -> list[list[Span]]:
        """The figures of one place split by year when the article reports whole years apart, each with
        its own figures (``2020年…整改任务49项,完成整改46项;2021年…问题18项,完成整改15项``): one outcome
        per (jurisdiction, period), as the contract says.  Only when every figure carries a whole year,
        each year has at least two and every year reports the same indicators; otherwise one outcome."""
        years: dict[str, list[Span]] = defaultdict(list)
        for q in quantities:
            years[q._.period or ""].append(q)
        if len(years) < 2 or not all(re.fullmatch(r"\d{4}", y) and len(qs) >= 2 for y, qs in years.items()):
            return [quantities]
        # the rounds report the same figures (a task total and its completed count each year); a year that
        # reports others is a different story (2019's cases and petitions beside a 2016 round's tasks)
        if len({frozenset(q._.indicator for q in qs) for qs in years.values()}) != 1:
            return [quantities]
        return [years[y] for y in sorted(years)]

    def _own_paragraph(self, q: Span, place: str, own: str, containing: list[str], text: str) -> bool:
        """Is ``q`` in a paragraph about ``place`` alone (no other place than it and the article's own)?
        A breakdown that names several sub-areas (``从区县看,江阳区、龙马潭区、合江县立案数分别为…``)
        ranks them, and a campaign on the border of two places reports neither's results."""
        if any(w in text[_sentence_of(q, text)[0] : q.start_char] for w in self.words.get("breakdown_cues", ())):
            return False  # 从区域看,A市立案17件…: one line of a breakdown
        start = text.rfind("\n", 0, q.start_char) + 1
        end = text.find("\n", q.end_char)
        end = len(text) if end == -1 else end
        for ent in self._index.starting_in(start, end):
            if ent.label_ != "GPE":
                continue
            if self._relation(ent.text, place, []) != "same" and self._relation(ent.text, own, containing) in ("below", "other"):
                return False
        return True

    def _headed_section(self, q: Span, place: str, text: str) -> bool:
        """Is ``q`` in a section whose heading names ``place``?  A heading is a short line of place names
        alone (``吕梁交口县``); the nearest one before ``q`` heads its section.  A bulletin on several
        places reports each under its own heading, and a place named in passing has none."""
        end = text.rfind("\n", 0, q.start_char)
        while end > max(0, q.start_char - 6000):
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.strip() and len(line.strip()) <= 12 and not re.search(r"[，,。；;：:！？、]", line):
                places = [e for e in self._index.starting_in(start, end) if e.label_ == "GPE" and e.end_char <= end]
                covered = sum(e.end_char - e.start_char for e in places)
                if places and covered == len(re.sub(r"\s", "", line)):
                    return self._relation(place, places[-1].text, []) == "same"
            end = start - 1
        return False

    def _declared_place(self, doc: Doc, ctx) -> tuple[str | None, list[str]]:
        """The place the article is about (county, else city, else province) and the places containing it.

        The metadata's places are trusted; where it has no ``county`` key, the county the context found
        the article to be about (it names one only for county news), within a city; with no ``city`` key
        at all, the context's city.  A ``city`` given as null (a province-wide article) stays null:
        the most mentioned city of such an article is one it reports on, not its own place; a
        ``county`` given as null likewise.
        """
        meta = doc_meta(doc)
        city = meta.get("city") if "city" in meta else getattr(ctx, "city", None)
        # a county found in the text counts only inside a city: a province-wide article's most
        # mentioned district is where one of its cases happened
        # a county given as null says the article is about the whole city: a county its text names often
        # is where a petition or a case it reports happened (吴忠市同心县… in a petition table)
        county = meta.get("county") or (getattr(ctx, "county", None) if city and "county" not in meta else None)
        if county and not meta.get("county") and self._relation(county, city, []) != "below":
            county = None  # a district the text names that is not in the declared city (矿区 of another city)
        province = meta.get("province") or getattr(ctx, "province", None)
        chain = [str(p) for p in (county, city, province) if p]
        if not (meta.get("county") or meta.get("city") or meta.get("province")) and not county:
            return None, []  # nothing declared: the figures decide (see _outcomes)
        return (chain[0], chain[1:]) if chain else (None, [])

    def _relation(self, place: str, own: str, containing: list[str]) -> str:
        """``same``, ``above`` (a place containing ``own``: declared in the metadata, or so in the
        gazetteer), ``below`` (inside it) or ``other``."""
        divisions = self._divisions()
        place, own = _chain_tail(place, divisions), _chain_tail(own, divisions)
        a, b = divisions.get(place), divisions.get(own)

        def same(x: str, y: str) -> bool:
            # 溧水 for 溧水区: a place written without its level is the place (two characters at least)
            short = len(x) >= 2 and y.startswith(x) and y[len(x):] in LEVEL_SUFFIXES
            return x == y or short or (divisions.get(x) is not None and divisions.get(x) is divisions.get(y))

        if same(place, own):
            return "same"
        if any(same(place, c) for c in containing):
            return "above"
        if a is None or b is None:
            return "other"
        if a.name in (b.province, b.city) and a.level != "county":
            return "above"
        if b.name in (a.province, a.city):
            return "below"
        return "other"

    def _divisions(self):
        from .context import load_divisions

        return load_divisions(self.words.get("divisions", "configs/gazetteers/divisions.tsv"))

    def _metric_shaped(self, q: Span, text: str) -> bool:
        """Money indicators hold money, counts hold no money and no duration, and staff sent out
        (``299名执法人员``) are not a result: what the unit and the counted noun say, whatever the label."""
        money = (q._.unit or "") == "CNY"
        if q._.indicator.endswith("amount") != money:
            return False
        # 立案查处案件0起, 无效数据0期: a count of nothing reports no result, and no jurisdiction's total is built on it
        if q._.value == 0:
            return False
        if (q._.unit or "") in self.words.get("duration_units", ()):
            return False
        after = text[q.end_char : q.end_char + 6]
        # staff sent out, typical cases picked for publication (四起典型案例) and the sectors an action
        # covers (7个重点行业): not a total
        if any(after.startswith(w) for w in (*self.words.get("staff_nouns", ()), *self.words.get("selection_nouns", ()),
                                             *self.words.get("scope_nouns", ()))):
            return False
        # 4起破坏环境典型案件: a selection mark anywhere in the counted noun phrase (up to punctuation)
        phrase = re.match(r"[^，,；;。、：:\n]{0,10}", text[q.end_char:]).group()
        if any(w in phrase for w in self.words.get("selection_marks", ())):
            return False
        # batches are counted in their own measure word (交办16批), vehicles in theirs (处罚超标车396辆次): no result
        if q.text.rstrip().endswith(tuple(self.words.get("not_counted_measures", ()))):
            return False
        # 阅读:1次: a page counter left in the text
        counters = "|".join(map(re.escape, self.words.get("counter_labels", ())))
        if counters and re.search(f"(?:{counters})\\s*[:：]?\\s*$", text[max(0, q.start_char - 8) : q.start_char]):
            return False
        clause_start = max(text.rfind(c, 0, q.start_char) for c in "，,；;。\n") + 1
        # 出动1947批次4302人次: the person-times (or vehicle-times) a clause sends out count staff, not a result
        if self._staff_times(q) and any(w in text[clause_start : q.start_char] for w in self.words.get("staff_dispatch", ())):
            return False
        # 通报10起涉嫌环境犯罪案件, 曝光了5起: the cases made public are a selection, not the period's total
        announced = "|".join(map(re.escape, self.words.get("announced_verbs", ())))
        if announced and re.search(f"(?:{announced})了?(?:全市|全省|全县|全区)?$", text[clause_start : q.start_char]):
            return False
        # 甲案、乙案等10起案件作全市通报: the same selection, its verb after it
        clause_end = min([i for i in (text.find(c, q.end_char) for c in "，,；;。\n") if i != -1] or [len(text)])
        if announced and re.search(f"(?:作|进行|予以)了?(?:全市|全省|全县|全区)?(?:{announced})", text[q.end_char : clause_end]):
            return False
        # 这10起案件, 上述5家企业: a count that refers back to one already stated is no new total
        if text[clause_start : q.start_char].endswith(tuple(self.words.get("anaphoric_marks", ()))):
            return False
        # facilities built (建成自动监测站11座) are no result; stations inspected (检查站点63座) are
        if any(w in text[clause_start : q.start_char] for w in self.words.get("built_verbs", ())):
            return False
        # firms praised or listed for their good record (97家守法企业, 守法企业97家) are no enforcement result
        praised = tuple(self.words.get("praised_nouns", ()))
        return not (praised and (after.startswith(praised) or text[max(clause_start, q.start_char - 12) : q.start_char].endswith(praised)))

    def _case_level(self, doc: Doc, q: Span, text: str) -> bool:
        """A figure about one case or one firm (``对XX有限公司罚款5万元``, ``该厂``, a 典型案例 paragraph):
        it stays a quantity, never a jurisdiction's total."""
        sent_start, sent_end = _sentence_of(q, text)
        before = text[sent_start : q.start_char]
        if any(w in before for w in self.words.get("case_cues", ())):
            return True
        # 个案最高处罚850万元, 处罚总金额2746万元: the cue names one case in its own clause only
        clause = before[max(before.rfind(c) for c in "，,；;") + 1 :]
        if any(w in clause for w in self.words.get("case_clause_cues", ())):
            return True
        paragraph = text[text.rfind("\n", 0, q.start_char) + 1 : q.start_char]
        if any(w in paragraph for w in self.words.get("case_paragraph_cues", ())):
            return True
        firms = tuple(self.words.get("firm_suffixes", ()))
        # 对某镇某大型养殖场下达处罚决定书,罚款19万元: a firm left unnamed (某…) is still one firm
        if firms and re.search("某[^，,。；;、]{0,8}?(?:" + "|".join(map(re.escape, firms)) + ")", before):
            return True
        # X有限公司等32家企业: a firm named as the first of the firms counted is no single case
        return any(e.label_ == "ORG" and e.text.endswith(firms) and not self._first_of_count(e, q, text)
                   for e in self._index.starting_in(sent_start, q.start_char) if e.end_char <= q.start_char)

    @staticmethod
    def _first_of_count(firm: Span, q: Span, text: str) -> bool:
        """``甲有限公司、乙厂等32家企业``: the firms written before 等 and the figure right after it are
        examples of the count, which is a total (GUIDELINES: single cases stay out, totals go in)."""
        between = text[firm.end_char : q.start_char]
        return re.fullmatch(r"(?:[、和及与][^，,；;。、]{2,30}?)*等", between) is not None

    def _headline_metrics(self, quantities: list[Span], text: str, lead_end: int) -> dict[str, float]:
        """Each indicator's headline value: the first stated, except

        * an order of magnitude (逾万件, 上千万元) gives way to any later figure;
        * a sum stated after its parts (``从轻处罚38件、减轻处罚12件,合计50件``) wins over them;
        * one operation's count (``此次…``, ``突击检查``, ``逐一检查``) gives way to any other;
        * a count of one auxiliary measure or of a preliminary step (``auxiliary_cues``: 查封扣押105件,
          移送拘留, 处罚告知书191件) gives way to the period's penalty count (行政处罚412起, 决定书215件);
        * a rounded figure in the lead (8300多万元, 超4亿元, 1536万元) gives way to a later exact one in
          the same unit that it rounds (8360.82万元, 4.63亿元, 1,536.27万元), as a headline rounds
          what the body states;
        * inspection figures: where the first pair counts petitions (信访/投诉/举报) and the article
          also gives a task list with its completed count right after it (41项问题已完成整改32项),
          the task pair (GUIDELINES: task counts win over petition counts).
        """
        by_indicator: dict[str, list[Span]] = defaultdict(list)
        for q in quantities:
            by_indicator[q._.indicator].append(q)
        metrics: dict[str, float] = {}
        heads: dict[str, Span] = {}
        for indicator, qs in by_indicator.items():
            ordered = sorted(qs, key=lambda q: (self._one_operation(q, text), self._auxiliary_count(q, text),
                                                indicator == "enforcement.inspections" and (self._staff_times(q)
                                                                                            or self._places_patrolled(q, text)),
                                                _order_of_magnitude(q), not TOTAL_CUE.search(
                text[max(_sentence_of(q, text)[0], max(text.rfind(c, 0, q.start_char) for c in "，,；;")) : q.start_char])))
            head = ordered[0]
            if head.start_char < lead_end:
                exact = [q for q in ordered[1:] if q._.approx is None and q._.unit == head._.unit
                         and q._.value != head._.value and _rounds_to(head, q._.value)]
                head = exact[0] if exact else head
            metrics[indicator] = head._.value
            heads[indicator] = head
        task_pair = self._task_pair(quantities, text)
        if task_pair is not None:
            metrics.update(task_pair)
        elif self._petitions_beside_tasks(heads.get("inspection.feedback_issues"), heads.get("inspection.rectified"), text):
            del metrics["inspection.feedback_issues"]
        return metrics

    def _petitions_beside_tasks(self, issues: Span | None, rectified: Span | None, text: str) -> bool:
        """``32项整改任务已经全部完成;督察组交办的404件群众举报件中已办结403件``: the rectified headline
        counts tasks (in 项) and the only total counts petitions (in 件, a petition word in its clause):
        the petitions' total is not the tasks' (GUIDELINES: task counts win over petition counts), so it
        stays a quantity only."""
        if issues is None or rectified is None:
            return False
        measures = self.words.get("task_measures", ())
        petition_measures = self.words.get("petition_measures", ())
        cues = tuple(self.words.get("petition_cues", ()))
        if not (measures and petition_measures and cues):
            return False
        lo = max(text.rfind(c, 0, issues.start_char) for c in "，,；;。\n") + 1
        ends = [i for i in (text.find(c, issues.end_char) for c in "，,；;。\n") if i != -1]
        clause = text[lo : min(ends) if ends else len(text)]
        return (rectified.text.rstrip().endswith(tuple(measures)) and issues.text.rstrip().endswith(tuple(petition_measures))
                and any(c in clause for c in cues))

    def _auxiliary_count(self, q: Span, text: str) -> bool:
        """Is ``q`` a count of cases under one auxiliary measure (查封扣押, 限产停产, 移送拘留, 按日计罚)
        or of a step before the decision (处罚告知书)?  Its clause, up to the figure, names one of the
        indicator's ``auxiliary_cues``; the article's penalty total then is another figure."""
        cues = self.words.get("auxiliary_cues", {}).get(q._.indicator, ())
        if not cues:
            return False
        lo = max(text.rfind(c, 0, q.start_char) for c in "，,；;。、\n") + 1
        if any(c in text[lo : q.start_char] for c in cues):
            return True
        # 对26家企业实施了查封扣押, 将10宗案件移交司法: the figure is the object the measure named after it is
        # applied to, 对/将 written before it in its clause
        ends = [i for i in (text.find(c, q.end_char) for c in "，,；;。、\n") if i != -1]
        after = text[q.end_char : min(ends) if ends else len(text)]
        if any(m in text[lo : q.start_char] for m in self.words.get("disposal_markers", ())) and any(c in after for c in cues):
            return True
        # 限产、停产15起: a cue whose own words are listed with 、 reaches past the list's last 、
        clause = max(text.rfind(c, 0, q.start_char) for c in "，,；;。\n") + 1
        return any(text.rfind(c, clause, q.start_char) != -1 and text.rfind(c, clause, q.start_char) + len(c) >= lo
                   for c in cues)

    def _staff_times(self, q: Span) -> bool:
        """Is ``q`` counted in person-times or vehicle-times (``4302人次``, ``staff_dispatch_measures``)?  Such a
        count measures the staff a campaign used: sent out (``出动``) it is no result at all, and as an
        inspections count (``开展执法2917人次``) it gives way to one counting checks or firms (``检查385次``)."""
        return q.text.rstrip().endswith(tuple(self.words.get("staff_dispatch_measures", ())))

    def _places_patrolled(self, q: Span, text: str) -> bool:
        """Does ``q`` count places patrolled (``检查点位28个``, ``巡查村街200余次``, ``patrolled_places``) rather than
        the firms or units inspected?  Written right before the figure, the place word names what it counts."""
        clause_start = max(text.rfind(c, 0, q.start_char) for c in "，,；;。、\n") + 1
        return text[clause_start : q.start_char].rstrip().endswith(tuple(self.words.get("patrolled_places", ())))

    def _one_operation(self, q: Span, text: str) -> bool:
        """Is ``q`` the count of one operation (``此次共巡查点位46个``, ``开展突击检查,发现问题7个``,
        ``对沿线9家砂石加工点逐一检查``)?  Such a count gives way to a period's total stated later."""
        start = _sentence_of(q, text)[0]
        return any(w in text[start : q.end_char + 8] for w in self.words.get("operation_cues", ()))

    def _task_pair(self, quantities: list[Span], text: str) -> dict[str, float] | None:
        cues = tuple(self.words.get("petition_cues", ()))
        if not cues:
            return None
        inspection = [q for q in quantities if q._.indicator.startswith("inspection.")]
        issues = [q for q in inspection if q._.indicator == "inspection.feedback_issues"]

        def petition(q: Span) -> bool:
            return any(c in text[_sentence_of(q, text)[0] : q.end_char + 4] for c in cues)

        if issues and not petition(issues[0]):
            return self._completed_tasks(issues[0], inspection, petition, text)
        if not issues:
            return None
        for q in issues:
            if petition(q):
                continue
            nxt = [r for r in self._index.starting_in(q.end_char, _sentence_of(q, text)[1])
                   if r.label_ == "QUANTITY"][:1]
            if (nxt and nxt[0]._.indicator == "inspection.rectified" and nxt[0]._.role == "value"
                    and nxt[0]._.value <= q._.value):
                return {"inspection.feedback_issues": q._.value, "inspection.rectified": nxt[0]._.value}
        return None

    def _completed_tasks(self, tasks: Span, inspection: list[Span], petition, text: str) -> dict[str, float] | None:
        """The task list comes first and the petitions after it: the tasks' completed count is the
        rectified headline, not the petitions' closed count (GUIDELINES: task counts win).  It is a
        completed count stated for the tasks, or their total when their clause says all are done
        (``32项整改任务已经全部完成;督察组交办的404件举报件中已办结403件`` -> 32)."""
        rectified = [q for q in inspection if q._.indicator == "inspection.rectified"]
        if not rectified or not petition(rectified[0]):
            return None  # the first rectified count is the tasks' own already
        own = [q for q in rectified if not petition(q) and q.start_char > tasks.start_char and "%" not in (q._.unit or "")]
        if own:
            return {"inspection.rectified": own[0]._.value}
        clause_end = min([i for i in (text.find(c, tasks.end_char) for c in "，,；;。\n") if i != -1] or [len(text)])
        if any(w in text[tasks.end_char : clause_end] for w in self.words.get("all_done", ())):
            return {"inspection.rectified": tasks._.value}
        return None


def _committee_name(body: str, ctx) -> str:
    """A committee named by the level it covers (``全县生态环境保护委员会``) is the article's county's (or
    city's) committee, like a bare level prefix (``县生态环境保护委员会``); other names are normalised."""
    covered = re.match(r"全(?=[市县区旗州盟])", body)
    return normalize_org(body[covered.end():] if covered else body, ctx)


def _chain_tail(place: str, divisions: dict) -> str:
    """The last division of places written together (``北京市房山区`` -> ``房山区``, ``吴忠市同心县`` ->
    ``同心县``): the scope layer keeps a joined chain as written, and the chain is its last place."""
    if not place or place in divisions:
        return place
    for i in range(2, len(place) - 1):
        head, tail = place[:i], place[i:]
        if head in divisions:
            rest = _chain_tail(tail, divisions)
            if rest in divisions:
                return rest
    return place


def _sentence_of(q: Span, text: str) -> tuple[int, int]:
    """Character bounds of the sentence holding ``q``; without sentence boundaries (the sentence
    stage switched off), the stretch between the sentence-final marks or line breaks around it."""
    if q.doc.has_annotation("SENT_START"):
        return q.sent.start_char, q.sent.end_char
    start = max(text.rfind(c, 0, q.start_char) for c in "。！？!?\n") + 1
    ends = [i for i in (text.find(c, q.end_char) for c in "。！？!?\n") if i != -1]
    return start, (min(ends) + 1 if ends else len(text))


def _rounds_to(rounded: Span, exact: float | None) -> bool:
    """Is ``exact`` a figure that ``rounded`` (8300多万元, 超4亿元, 约500家, 近700人次) rounds?"""
    value = rounded._.value
    if not value or exact is None or value <= 0:
        return False
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    if rounded._.approx == "more_than":
        return value <= exact < value + step
    if rounded._.approx == "nearly":
        return value - step < exact <= value
    if rounded._.approx is None:
        # a plain figure is a rounding only when it keeps at least three digits (1536万元 for
        # 1,536.27万元): a round 4000 and a later 4174 are two counts
        digits = len(str(int(value // step)).lstrip("0"))
        return digits >= 3 and exact % step != 0 and (value <= exact < value + step or abs(exact - value) <= step / 2)
    return abs(exact - value) < step
