"""Find page chrome and boilerplate regions (navigation, related lists, footers).

ANNOTATION.md leaves these unannotated and the pipeline emits nothing from
them.  The rules are data (``configs/boilerplate.json``): patterns that mark
a whole line, a line's tail (``主页 > 关注 > …``) or one match, plus two
structural rules:

* a *related-article list*: a line carrying ``[详细]`` (or a "相关新闻"
  heading) switches on list mode; the short title lines just before it and
  every following short line, snippet line or "outlet date" line belong to
  the list, until a paragraph-long line of body text appears;
* a *timestamp run*: several consecutive lines holding only a timestamp
  (the remains of a list whose titles were stripped), whereas a single
  dateline stays body text.

Every decision is taken on a line as a whole.  Footer and navigation words
also occur in article sentences (``全年核发排污许可证312个``, ``设立举报电话``),
so a line or tail rule never fires on a line that reads as a body sentence
(:func:`body_sentence`) unless the line carries two chrome markers or more.  Each region keeps the name of the rule that
decided it: records list them as ``ignored`` so a reader sees what was
skipped and why.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import CONFIG_DIR
from .normalize import PINYIN_GLOSS_RE

DEFAULT_RULES = CONFIG_DIR / "boilerplate.json"


_SNIPPET = r"\[详细\]|\[詳細\]|\[阅读全文\]|\[查看详情\]"
_SNIPPET_RE = re.compile(_SNIPPET)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Region:
    """A boilerplate region ``[start, end)`` and the rule that decided it."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class BoilerplateRules:
    line: tuple[Rule, ...]
    tail: tuple[Rule, ...]
    inline: tuple[Rule, ...]
    source_date_line: re.Pattern
    timestamp_line: re.Pattern
    timestamp_run: int
    list_title_max: int
    list_trigger: re.Pattern
    banner_max: int
    body_sentence_han: int = 8
    #: a page field that ends a tail region (浏览次数:0 | 来源:X日报 — the source is annotated)
    field_break: re.Pattern | None = None


def _rules(kind: str, entries: list) -> tuple[Rule, ...]:
    """Rules from config entries: ``{"name", "pattern"}`` objects or bare patterns (named by position)."""
    out = []
    for i, entry in enumerate(entries):
        if isinstance(entry, str):
            entry = {"name": f"{kind}{i}", "pattern": entry}
        out.append(Rule(str(entry["name"]), re.compile(entry["pattern"])))
    return tuple(out)


@lru_cache(maxsize=8)
def load_rules(path: str | Path = DEFAULT_RULES) -> BoilerplateRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return BoilerplateRules(
        line=_rules("line", data.get("line", [])),
        tail=_rules("tail", data.get("tail", [])),
        inline=_rules("inline", data.get("inline", [])),
        source_date_line=re.compile(data["source_date_line"]),
        timestamp_line=re.compile(data["timestamp_line"]),
        timestamp_run=int(data.get("timestamp_run", 3)),
        list_title_max=int(data.get("list_title_max", 60)),
        list_trigger=re.compile(_SNIPPET + "|" + data["list_headings"]),
        banner_max=int(data.get("banner_max", 30)),
        body_sentence_han=int(data.get("body_sentence_han", 8)),
        field_break=re.compile(data["field_break"]) if data.get("field_break") else None,
    )


#: a bracketed pinyin gloss after a Han character (發(fā)布), as the normaliser strips it
_GLOSS = PINYIN_GLOSS_RE
_CLAUSE_SPLIT = re.compile(r"[，,。；;！？!?]")
_FIELD_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？!?][”」』\"']?\s*$")


def body_sentence(line: str, han_min: int = 8) -> bool:
    """Does ``line`` read as article prose rather than page chrome?

    Prose has a clause of at least ``han_min`` Chinese characters that is not
    a ``标签:`` field (``主办单位:…``, ``来源:…``), and either a second clause
    or a sentence-final mark.  Footers, breadcrumbs, link bars and counters
    have neither; a body line that happens to contain their words has both.
    """
    clauses = [c for c in _CLAUSE_SPLIT.split(line) if c.strip()]
    prose = [c for c in clauses if len(_HAN.findall(c)) >= han_min and not _FIELD_LABEL.match(c)]
    if not prose:
        return False
    return len(clauses) >= 2 or bool(_SENTENCE_END.search(line))


#: a prose line is chrome when chrome markers are this dense: one marker for every N clauses or fewer
MARKER_CLAUSES = 3


#: markers of a page's services (hotlines, postcodes, contacts): an article about a hotline or an
#: inspection team's mailbox names them too, so only a line made mostly of them is chrome
#: line rules that match single switch words of a portal's bar (登录, 繁体, English): on a line that also holds
#: the page's fields (发布时间:, 来源:) only the words themselves are chrome
WORD_CHROME_RULES = frozenset({"portal_bar"})
SERVICE_RULES = frozenset({"report_hotline", "site_credits", "advert_hotline", "contact_field", "site_link"})


#: adverts a spam site writes as lines of their own and also injects into article sentences: only a line
#: that reads as no sentence is chrome
INJECTED_RULES = frozenset({"medical_ad"})


#: notices of a site's ownership, its greeting, its slogan and its dialogs: a line of one clause carrying one is
#: chrome even with a full stop or a question mark (欢迎访问某某网!, 某某网站 是否继续?)
OWNERSHIP_RULES = frozenset({"copyright", "icp", "welcome_banner", "site_slogan", "exit_dialog"})

#: rules whose pattern is the whole line and says what the line is (a file name ending in .jpg): such a line is
#: chrome even when its words read as a headline (某地优良率100%!某地交出成绩单 (2).jpg), or a forum portal's
#: title with its blurb (某某论坛_某某门户社区,是本地人讨论…的首选网站。), a syndication line (《…》由某某网提供,
#: 转载请注明出处), a bar of portals' links (某某政府网 | 某某部 | …) and an outlet's crumb (某某网 > 正文)
WHOLE_LINE_RULES = frozenset({"image_file", "portal_title", "reprint_notice", "portal_links", "outlet_crumb"})


def several_markers(line: str, markers: int, rules=None) -> bool:
    """Does a line carry chrome markers densely enough to be chrome even when it reads as prose?

    An advertising line (想爆料…新闻热线…广告热线…诚邀合作) is little else than its
    markers; an article paragraph that mentions a hotline and a postcode among a dozen
    clauses of facts (a notice of an inspection team's stay) is article text.
    """
    if rules is not None and set(rules) <= INJECTED_RULES:
        return False  # 罚款金额|某地哪家医院治某病好|42万元: a spam site's advert inside a sentence leaves it a sentence
    if rules is not None and set(rules) & WHOLE_LINE_RULES:
        return True
    clauses = [c for c in _CLAUSE_SPLIT.split(line) if c.strip()]
    if rules is not None and set(rules) & OWNERSHIP_RULES and sum(len(_HAN.findall(c)) >= 4 for c in clauses) <= 1:
        return True  # 某某报社版权所有。(未…): one clause that is nothing but the site's notice
    if markers < 2:
        return False
    if rules is not None and not set(rules) <= SERVICE_RULES:
        return True  # copyright and licence wording is chrome however long the paragraph
    return markers * MARKER_CLAUSES >= len(clauses)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(r for r in regions if r[0] < r[1]):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def find_regions(text: str, rules: BoilerplateRules | None = None) -> list[Region]:
    """Boilerplate regions of ``text`` with the rule that decided each, sorted, same-rule neighbours merged."""
    rules = rules or load_rules()
    lines = _lines(text)
    flagged: list[str | None] = [None] * len(lines)
    regions: list[Region] = []

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        counts: dict[str, int] = {}
        first: Rule | None = None
        plain = _GLOSS.sub("", line)  # 版權(quán)所有: a pinyin gloss never hides a rule's words
        for r in rules.line:
            n = len(r.pattern.findall(plain))
            if n:
                first = first or r
                counts[r.name] = max(counts.get(r.name, 0), n)
        # a prose-like line is chrome only when it carries several chrome markers
        # (an advertising line: 想爆料…新闻热线…广告热线…); one footer word in a
        # sentence (核发排污许可证312个) never drops it
        if first is not None and (several_markers(plain, sum(counts.values()), counts)
                                  or not body_sentence(plain, rules.body_sentence_han)):
            field = rules.field_break.search(line) if rules.field_break else None
            if set(counts) == {"font_size"} and field and field.start() > 0:
                # 字体: 放大 缩小 发布日期:… 来源:某某: the size buttons go, the page's date and source stay
                regions.append(Region(s, s + field.start(), "font_size"))
                continue
            if set(counts) <= WORD_CHROME_RULES and field:
                # 发布时间:… 来源:某某日报 … 繁体 English: the page's fields are annotated; only the switches go
                regions.extend(Region(s + m.start(), s + m.end(), r.name)
                               for r in rules.line if r.name in counts for m in r.pattern.finditer(line))
                continue
            flagged[i] = first.name
            continue
        # the tail opens at the earliest marker any tail rule finds (当前位置:首页 > 栏目: the label, not 首页 >)
        tails = [(m.start(), i, m, r) for i, r in enumerate(rules.tail) if (m := r.pattern.search(line))
                 and not body_sentence(line[m.start():], rules.body_sentence_han)]
        if tails:
            _, _, m, r = min(tails, key=lambda t: t[:2])
            stop = rules.field_break.search(line, m.end()) if rules.field_break else None
            end = s + stop.start() if stop else e
            while end > s + m.end() and text[end - 1] in " \t|｜":
                end -= 1
            regions.append(Region(s + m.start(), end, r.name))
        for r in rules.inline:
            for m in r.pattern.finditer(line):
                regions.append(Region(s + m.start(), s + m.end(), r.name))

    _mark_field_values(text, lines, flagged, rules)
    _mark_related_lists(text, lines, flagged, rules)
    _mark_link_runs(text, lines, flagged, rules)
    _mark_timestamp_runs(text, lines, flagged, rules)
    _mark_contact_blocks(text, lines, flagged, rules)
    _mark_footer_credits(text, lines, flagged, rules)
    _mark_link_grids(text, lines, flagged)
    _mark_infoboxes(text, lines, flagged, rules)
    _mark_statement_items(text, lines, flagged)
    _mark_column_headings(text, lines, flagged, regions)
    _mark_menu_above_crumb(text, lines, flagged, regions)
    _mark_site_banner(text, lines, flagged, rules, regions)
    regions.extend(_column_tags(text, lines, flagged, rules))
    _keep_party_records(text, lines, flagged)
    _keep_page_info(text, lines, flagged)

    for i, (s, e) in enumerate(lines):
        if flagged[i]:
            regions.append(Region(s, e, flagged[i]))
    return _merge_named(regions)


#: fields of a party's record in a decision (当事人名称, 法定代表人, 统一社会信用代码): its name and address
#: lines beside them are the decision's content, however much they look like a site's contact fields
PARTY_RECORD_FIELD = re.compile(r"^\s*(?:当事人|當事人|法定代表人|统一社会信用代码|統一社會信用代碼|经营者|經營者|负责人|負責人|"
                                r"营业执照|營業執照|身份证|身份證|住所)")


#: a page's own information line: its date alone, or a source, time or credit field with its value (• 2024-04-03,
#: • 来源:某某局, 信息来源:某某网, 监制:甲 总编:乙 编辑:丙): GUIDELINES annotates these, whatever list they stand in
PAGE_INFO_LINE = re.compile(r"^\s*[-*•·(（]?\s*(?:(?:信息)?来源|來源|发布时间|發布時間|发布日期|發布日期|发布单位|發布單位|"
                            r"监制|監製|总编|總編|编审|編審|编辑|編輯|责编|責編|审核|審核)\s*[:：]?\s*[^\s|｜:：]"
                            # a date alone on a bulleted row (• 2024-04-03); a disclosure table's date field
                            # (公开日期: ⏎ 2025-06-09) is the table's, chrome
                            r"|^\s*[-*•·]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
#: rules that read a whole list or field block, whose lines may hold the page's own information
LIST_RULES = frozenset({"link_list", "related_list", "open_info_field"})


def _keep_page_info(text: str, lines: list[tuple[int, int]], flagged: list[str | None]) -> None:
    """A page-information line caught in a list or a field block (a bulleted row of date, source and share
    buttons; a credits line under the article) is the page's date, source or credits, never chrome."""
    for i, (s, e) in enumerate(lines):
        if flagged[i] in LIST_RULES and PAGE_INFO_LINE.match(text[s:e]):
            flagged[i] = None


def _keep_party_records(text: str, lines: list[tuple[int, int]], flagged: list[str | None]) -> None:
    """名称:/地址: lines within three lines of a party's record field are the record, not chrome."""
    party = [i for i, (s, e) in enumerate(lines) if PARTY_RECORD_FIELD.match(text[s:e])]
    for i in party:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            line = text[lines[j][0]:lines[j][1]]
            if flagged[j] in ("contact_field", "open_info_field") and re.match(r"\s*(?:名\s*称|地\s*址)\s*[:：]", line):
                flagged[j] = None


#: what a date field's value holds: digits, or a term written as a word (长期, 永久, 有效, 现行, 无)
DATE_FIELD_VALUE = re.compile(r"\d|长期|長期|永久|有效|现行|現行|失效|废止|廢止|^\s*无\s*$|^\s*無\s*$")


def _mark_field_values(text: str, lines: list[tuple[int, int]], flagged: list[str | None], rules: BoilerplateRules) -> None:
    """An information-disclosure field whose label stands alone on its line (索引号:, 公开日期:, 发布单位:)
    has its value on the next line: that short line is the same chrome, never article text."""
    for i, (s, e) in enumerate(lines):
        if flagged[i] != "open_info_field" or not re.search(r"[:：]\s*$", text[s:e]):
            continue
        j = i + 1
        while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
            j += 1
        if j < len(lines) and not flagged[j]:
            value = text[lines[j][0]:lines[j][1]]
            # a date field's value is a date or a term (2024-06-14, 长期): an empty 废止日期: leaves the headline after it
            dated = re.search(r"日期|时效|時效|有效性", text[s:e]) is not None
            if dated and not DATE_FIELD_VALUE.search(value):
                continue
            if len(value.strip()) <= 40 and not body_sentence(value, rules.body_sentence_han):
                flagged[j] = "open_info_field"


def _merge_named(regions: list[Region]) -> list[Region]:
    """Sort; merge overlapping regions, and adjacent ones (across a newline) of the same rule."""
    merged: list[Region] = []
    for r in sorted((r for r in regions if r.start < r.end), key=lambda r: (r.start, r.end)):
        if merged and (r.start < merged[-1].end or (r.start <= merged[-1].end + 1 and r.rule == merged[-1].rule)):
            last = merged[-1]
            merged[-1] = Region(last.start, max(last.end, r.end), last.rule)
        else:
            merged.append(r)
    return merged


def spans_of(regions: list[Region]) -> list[tuple[int, int]]:
    """The regions as sorted, merged ``[start, end)`` pairs, whatever rule decided them."""
    return _merge([(r.start, r.end) for r in regions])


def find_boilerplate(text: str, rules: BoilerplateRules | None = None) -> list[tuple[int, int]]:
    """Sorted, merged ``[start, end)`` regions of ``text`` that are boilerplate."""
    return spans_of(find_regions(text, rules))


def _nonblank(text: str, lines, idx: range):
    return [i for i in idx if text[lines[i][0] : lines[i][1]].strip()]


#: lines above the first paragraph that a list running down from a heading never takes (headline, sub-headline, dateline)
HEADLINE_LINES = 3


#: an e-paper page's date line, which closes the list of the page's other articles above it
_PAGE_DATE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]")


def _mark_related_lists(text, lines, flagged, rules) -> None:
    in_list, items = False, []
    content = _nonblank(text, lines, range(len(lines)))
    first_prose = next((i for i in content if not flagged[i]
                        and body_sentence(text[lines[i][0]:lines[i][1]], rules.body_sentence_han)), None)
    #: the headline block right above the first paragraph (an e-paper page lists its other articles first)
    headline = set(j for j in content if first_prose is not None and j < first_prose)
    headline = set(sorted(headline)[-HEADLINE_LINES:])
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if not line:
            continue
        if in_list and (i in headline or _PAGE_DATE_RE.match(line)):
            in_list = False  # the headline block, or an e-paper page's own date line (2018年03月24日 星期六)
        snippet = _SNIPPET_RE.search(line)
        if snippet or (rules.list_trigger.search(line) and not body_sentence(line, rules.body_sentence_han)):
            if not in_list and snippet:
                # the titles just before the first snippet belong to the list
                for j in reversed(_nonblank(text, lines, range(max(0, i - 6), i))[-3:]):
                    prev = text[lines[j][0] : lines[j][1]].strip()
                    if flagged[j] or len(prev) > rules.list_title_max // 1.5:
                        break
                    flagged[j] = "related_list"
            in_list, items = True, []
            flagged[i] = flagged[i] or "related_list"
            continue
        if in_list:
            if _FIELD_LINE.match(line) and not rules.source_date_line.match(line):
                # 节目时间:, 做客嘉宾:, 时间:… — a field of the article's own header, never a linked title: the
                # list ends, and the one or two lines flagged since its heading were that header's title
                in_list = False
                if 0 < len(items) <= 2:
                    for j in items:
                        flagged[j] = None
                continue
            if (len(line) <= rules.list_title_max or rules.source_date_line.match(line)
                    or line.endswith(("……", "...", "…"))):
                if not flagged[i]:
                    items.append(i)
                flagged[i] = flagged[i] or "related_list"
            else:
                in_list = False


#: a field of a header (label and colon opening the line: 节目时间:, 做客嘉宾:, 时间:2016.05.31)
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时间|時間|日期|地点|地點|嘉宾|嘉賓|主持人|主题|主題|单位|單位|频率|頻率)"
                         r"[ \t\u3000]*[:：]|^[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：][ \t\u3000]*$")
_BULLET = re.compile(r"^\s*[-*•·]\s+\S")
_PROSE_MARK = re.compile(r"[，,。；;！？!?]")
#: fewest bullet titles in a row that make a link list (a page's article lists run far longer)
LINK_RUN_MIN = 5


def _mark_link_runs(text, lines, flagged, rules) -> None:
    """A run of short bulleted titles above or below the article is a list of links (标题导航, 往期回顾).

    Whatever its heading says: each item is a bullet, a title of at most ``list_title_max`` characters
    with no clause punctuation, and no prose follows the run (a list at the foot of the page) or
    precedes it (a list at the head). The short heading line right above the run goes with it.
    """
    content = _nonblank(text, lines, range(len(lines)))
    prose = [i for i in content if not flagged[i] and body_sentence(text[lines[i][0]:lines[i][1]], rules.body_sentence_han)]
    run: list[int] = []
    for i in content + [None]:
        line = text[lines[i][0]:lines[i][1]] if i is not None else ""
        if i is not None and _BULLET.match(line) and len(line.strip()) <= rules.list_title_max and not _PROSE_MARK.search(line):
            run.append(i)
            continue
        if len(run) >= LINK_RUN_MIN and prose and (run[0] > prose[-1] or run[-1] < prose[0]):
            before = [j for j in content if j < run[0]]
            if before:
                head = text[lines[before[-1]][0]:lines[before[-1]][1]].strip()
                if len(head) <= 12 and not _PROSE_MARK.search(head) and not re.search(r"\d", head):
                    flagged[before[-1]] = flagged[before[-1]] or "link_list"
            for j in run:
                flagged[j] = flagged[j] or "link_list"
        run = []


#: rules that mark a navigation bar (a site's name sits right above one)
NAVIGATION_RULES = frozenset({"site_nav", "breadcrumb", "breadcrumb_chain", "breadcrumb_pair", "nav_word", "forum_chrome",
                              "join_site", "link_bar", "link_row", "welcome_banner"})

#: a line above the article that is only a site's or channel's name (人民网, 某某新闻网, 某某网某某频道,
#: 关注某某网), a pinyin gloss allowed
OUTLET_BANNER = re.compile(r"^(?:关注|關注)?[\u4e00-\u9fffA-Za-z·]{2,14}(?:网|網|频道|頻道|新闻|新聞)(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?$")


def _crumb_line(text, line: tuple[int, int], regions) -> bool:
    """A line that opens with a breadcrumb found by a tail rule (您当前的位置 : 某网 -> 某栏目).

    Tail rules leave the line itself unflagged, so the banner check asks the regions.
    """
    s, e = line
    start = s + len(text[s:e]) - len(text[s:e].lstrip())
    return any(r.rule.startswith("breadcrumb") and r.start == start for r in regions)


def _mark_site_banner(text, lines, flagged, rules, regions=()) -> None:
    """A short first line directly above the navigation bar is the site's name.

    Only a navigation bar counts (not a counter or a share line, which follow
    headlines too), and a line with digits is a headline, not a site's name.
    A breadcrumb that opens its line counts as the bar even when a tail rule found it.
    """
    for i in _nonblank(text, lines, range(len(lines))):
        line = text[lines[i][0]:lines[i][1]]
        if not flagged[i] and body_sentence(line, rules.body_sentence_han):
            break  # the article has begun: a name on its own line below is a credit
        if not flagged[i] and OUTLET_BANNER.match(line.strip()):
            flagged[i] = "site_banner"  # the site's name above the article, whatever follows it
    content = _nonblank(text, lines, range(min(len(lines), 6)))
    if len(content) >= 2 and not flagged[content[0]] and (
            flagged[content[1]] in NAVIGATION_RULES or _crumb_line(text, lines[content[1]], regions)):
        first = text[lines[content[0]][0] : lines[content[0]][1]].strip()
        if (len(first) <= rules.banner_max and not re.search(r"[，。；！？,;!?]", first)
                and not re.search(r"\d|第[一二三四五六七八九十]", first)):
            flagged[content[0]] = "site_banner"


def _mark_timestamp_runs(text, lines, flagged, rules) -> None:
    run: list[int] = []
    for i in _nonblank(text, lines, range(len(lines))) + [None]:
        if i is not None and rules.timestamp_line.match(text[lines[i][0] : lines[i][1]]):
            run.append(i)
            continue
        if len(run) >= rules.timestamp_run:
            for j in run:
                flagged[j] = flagged[j] or "timestamp_run"
        run = []


#: the heading of a contact block, and the short lines (an office's name) between it and its fields
CONTACT_HEADING = re.compile(r"^\s*(?:联系我们|聯繫我們|联系方式|聯繫方式)\s*$")
#: lines a contact block may hold between its heading and its first field
CONTACT_GAP = 3


def _mark_contact_blocks(text, lines, flagged, rules) -> None:
    """A 联系我们 heading, the office named under it and its contact fields are one block of chrome.

    The fields (联系人:, 手机:, 电话:) are marked by their rule; the short line naming the office
    between the heading and the first field has no marker of its own.
    """
    content = _nonblank(text, lines, range(len(lines)))
    for k, i in enumerate(content):
        if not CONTACT_HEADING.match(text[lines[i][0]:lines[i][1]]):
            continue
        gap = content[k + 1:k + 1 + CONTACT_GAP]
        field = next((n for n, j in enumerate(gap) if flagged[j] == "contact_field"), None)
        if field is None:
            continue
        for j in gap[:field]:
            line = text[lines[j][0]:lines[j][1]].strip()
            if len(line) <= 16 and not _PROSE_MARK.search(line):
                flagged[j] = flagged[j] or "contact_block"


#: a column's name is short and has no digits; a breadcrumb ending with the headline is followed by its copy
COLUMN_HEADING_MAX = 8
_CRUMB_SPLIT = re.compile(r"\s*(?:>>|[>＞»›/])\s*")


def _mark_column_headings(text, lines, flagged, regions) -> None:
    """A short line that repeats a breadcrumb's step is a column's heading: the last step right under
    the breadcrumb (首页 > 今日某地 / 今日某地), a middle step anywhere (首页 > 排名 > 某地排名 > 正文 … 某地排名).

    The last step may be the article's own title, so only its copy on the next line counts.
    """
    content = _nonblank(text, lines, range(len(lines)))
    crumbs = [r for r in regions if r.rule.startswith("breadcrumb")]
    columns: set[str] = set()
    for k, i in enumerate(content[:-1]):
        s, e = lines[i]
        if flagged[i] not in NAVIGATION_RULES and not any(r.start < e and s < r.end for r in crumbs):
            continue
        steps = [p for p in _CRUMB_SPLIT.split(text[s:e].strip()) if p]
        columns.update(steps[1:-1])
        nxt = content[k + 1]
        heading = text[lines[nxt][0]:lines[nxt][1]].strip()
        if steps and heading == steps[-1] and _column_name(heading) and not flagged[nxt]:
            flagged[nxt] = "column_heading"
    for i in content:
        line = text[lines[i][0]:lines[i][1]].strip()
        if not flagged[i] and line in columns and _column_name(line):
            flagged[i] = "column_heading"


def _column_name(line: str) -> bool:
    return 0 < len(line) <= COLUMN_HEADING_MAX and not re.search(r"\d|[，,。；;！？!?]", line)


#: a column tag opening a headline: 【某地】, 【发布会实录】 (a speaker label stands alone on its line),
#: 某地环境报道|标题 (a tag closed by the only bar of the line)
#: what a dateline written in brackets holds (记者, 电, 讯): article text, never a column's name
DATELINE_IN_BRACKETS = re.compile(r"记者|記者|[电電讯訊]】$")
COLUMN_TAG = re.compile(r"^[ \t\u3000]*(【[^】\n:：\s]{1,10}】|[^\s|｜【】:：，,。“”\"「」]{2,10}[|｜](?=[^|｜\n]+$))(?=[^\s】【|｜])")


#: a reporter's credit right after a bracketed tag on its line: the tag is the report's source, no column
BYLINE_AFTER_TAG = re.compile(r"[^\n]{0,3}[(（][^)）\n]{0,12}(?:记者|記者|通讯员|通訊員)")


def _column_tags(text, lines, flagged, rules) -> list[Region]:
    """Column tags before the headline: only above the first paragraph, never a bracketed speaker in a transcript."""
    out = []
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        m = COLUMN_TAG.match(line)
        if m and DATELINE_IN_BRACKETS.search(m.group(1)):
            m = None  # 【本报记者某地十二日电】: a dateline in brackets opens the article, it is no column
        if m and BYLINE_AFTER_TAG.match(line, m.end()):
            m = None  # 【某某网某地】(某报记者…): the source and place of a report, with its byline after it
        if m and not flagged[i]:
            out.append(Region(s + m.start(1), s + m.end(1), "column_tag"))
        if not flagged[i] and body_sentence(line, rules.body_sentence_han):
            break  # the headline may read as a sentence (…持续改善!); nothing below it is a column tag
    return out


#: a site footer's sponsor lines (主办:X 承办:Y); above the article they may name a press conference's host
FOOTER_CREDIT = re.compile(r"^\s*(?:主办|主辦|承办|承辦|协办|協辦)\s*[:：]")


def _mark_footer_credits(text, lines, flagged, rules) -> None:
    """主办:/承办: lines below the last paragraph are the site's footer; in a transcript's header they are content."""
    content = _nonblank(text, lines, range(len(lines)))
    prose = [i for i in content if not flagged[i] and body_sentence(text[lines[i][0]:lines[i][1]], rules.body_sentence_han)]
    if not prose:
        return
    for i in content:
        if i > prose[-1] and FOOTER_CREDIT.match(text[lines[i][0]:lines[i][1]]):
            flagged[i] = flagged[i] or "site_credits"


#: one cell of a grid of links: a short name (安徽, 星座, 新闻中心) with no digit or punctuation
#: a row of a portal's menu: short link names (某某日报, 手机报, 某某APP, “某某+”客户端) between spaces, no
#: sentence mark and no digit (a headline above the breadcrumb carries a figure or a clause mark far more often)
_MENU_ROW = re.compile(r"^[ \t\u3000]*[^\s，。,；;：:！!？?\d]{1,8}(?:[ \t\u3000]+[^\s，。,；;：:！!？?\d]{1,8})*[ \t\u3000]*$")
#: a menu block is this many rows at least, one of them this many links at least
MENU_ROWS = 2
MENU_LINKS = 3


def _mark_menu_above_crumb(text, lines, flagged, regions) -> None:
    """The rows of short link names stacked directly above a breadcrumb or navigation bar are the portal's menu.

    A channel menu is laid out over a few lines of two to five links each (某某新闻APP 某某日报 / 抖音 /
    某某发布 数字报刊 大美某某) and ends where the breadcrumb (首页 > 新闻 > 正文) begins; the article comes
    below the breadcrumb, so nothing above it and stacked against it is body text. A single row, or rows
    of fewer than three links each, may be a headline and stays.
    """
    content = _nonblank(text, lines, range(len(lines)))
    for k, i in enumerate(content):
        if not (flagged[i] in NAVIGATION_RULES or _crumb_line(text, lines[i], regions)):
            continue
        rows: list[int] = []
        for j in reversed(content[:k]):
            if j != (rows[-1] if rows else i) - 1 or not _MENU_ROW.match(text[lines[j][0]:lines[j][1]]):
                break
            rows.append(j)
        if len(rows) >= MENU_ROWS and max(len(text[lines[j][0]:lines[j][1]].split()) for j in rows) >= MENU_LINKS:
            for j in rows:
                flagged[j] = flagged[j] or "menu_rows"


_GRID_ROW = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{1,5}[ \t\u3000]+){3,}[\u4e00-\u9fff]{1,5}[ \t\u3000]*$")
_INTRO_COLON = re.compile(r"[:：][ \t\u3000]*$")


_BYLINE_WORDS = re.compile(r"记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影|来源|來源")
#: a row of a grid of headline links: two or more cut headlines between bars (某地男生夺状元 | 某某助阵… |)
_HEADLINE_CELL = re.compile(r"[^|\n。；;！？!?]{5,24}")


def _grid_row(line: str) -> bool:
    """A row of a link grid: short names between spaces, or cut headlines between bars.

    A data table's rows are bars too, but their cells are numbers and short labels; a headline cell is
    five or more characters of words.
    """
    if _GRID_ROW.match(line):
        return not _BYLINE_WORDS.search(line)  # 某某网 记者 某某 通讯员 某某: the byline under a grid is no link
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return (len(cells) >= 2 and all(_HEADLINE_CELL.fullmatch(c) for c in cells)
            and all(len(_HAN.findall(c)) >= 4 for c in cells))


#: the line that gives a reposted article's original title (原标题:…)
_ORIGINAL_TITLE = re.compile(r"[ \t\u3000]*(?:原标题|原標題)\s*[:：]")


def _mark_link_grids(text, lines, flagged) -> None:
    """Two or more lines in a row, each four or more short names separated by spaces (or two or more cut
    headlines separated by bars), are a grid of links.

    A portal's channel menu or list of provinces (安徽 北京 重庆 福建 …) is laid out over several such
    lines; a single line of names may be a list in the article (the names of a delegation), and a grid
    that a line ending in a colon introduces (出席会议的有:) is the article's own list.
    """
    content = _nonblank(text, lines, range(len(lines)))
    run: list[int] = []
    for k, i in enumerate(content + [None]):
        if i is not None and _grid_row(text[lines[i][0]:lines[i][1]]) and (not run or run[-1] == content[k - 1]):
            run.append(i)
            continue
        if len(run) >= 2:
            before = [j for j in content if j < run[0]]
            intro = before and _INTRO_COLON.search(text[lines[before[-1]][0]:lines[before[-1]][1]])
            # a headline of two parts between bars and its original title under it (原标题:…|…): the article's own
            retitled = any(_ORIGINAL_TITLE.match(text, lines[j][0]) for j in run)
            if not intro and not retitled:
                for j in run:
                    flagged[j] = flagged[j] or "link_grid"
        run = [i] if i is not None and _grid_row(text[lines[i][0]:lines[i][1]]) else []


#: the keys of an encyclopedia-style info box about a newspaper or site (中文名 / 创刊 / 归属 / 地理位置 …)
INFOBOX_KEY = re.compile(r"^[ \t\u3000]*(?:中文名|外文名|中文名称|外文名称|创刊|創刊|创刊时间|創刊時間|归属|歸屬|主管单位|主管單位|"
                         r"主办单位|主辦單位|地区|地區|地理位置|出版周期|国内刊号|國內刊號|国际刊号|國際刊號|类别|類別|语言|語言|"
                         r"邮发代号|郵發代號|发行范围|發行範圍|总部|總部|所属|所屬|定价|定價)[ \t\u3000]*$")
#: an info box has at least this many keys each standing on its own line above its value
INFOBOX_KEYS = 2


def _mark_infoboxes(text, lines, flagged, rules) -> None:
    """An info box (中文名 ⏎ X日报 ⏎ 创刊 ⏎ 1949年 …): a key alone on its line, its short value on the next.

    The values are names, places and dates about the publisher, never the article's content; a key
    alone is too weak (an article may have a line 类别), so two keys in alternation are required.
    """
    content = _nonblank(text, lines, range(len(lines)))
    k = 0
    while k < len(content):
        pairs: list[int] = []
        j = k
        while j + 1 < len(content) and INFOBOX_KEY.match(_GLOSS.sub("", text[lines[content[j]][0]:lines[content[j]][1]])):
            value = text[lines[content[j + 1]][0]:lines[content[j + 1]][1]]
            if len(value.strip()) > 40 or body_sentence(value, rules.body_sentence_han):
                break
            pairs.extend((content[j], content[j + 1]))
            j += 2
        if len(pairs) >= 2 * INFOBOX_KEYS:
            for i in pairs:
                flagged[i] = flagged[i] or "infobox"
            k = j
        else:
            k += 1


#: an item of a numbered or bulleted statement (• 1、…, 2.…, (3)…)
_STATEMENT_ITEM = re.compile(r"^[ \t\u3000]*(?:[•·▪◆*-][ \t\u3000]*)?(?:\d{1,2}|[一二三四五六七八九十])[、.．)）]|^[ \t\u3000]*[•·▪◆]")


def _mark_statement_items(text, lines, flagged) -> None:
    """The numbered items of a site's copyright statement (版权声明: ⏎ 1、… ⏎ 2、…) are its notice too,
    and so are the paragraphs under a heading that stands alone (版权声明 ⏎ 为加强原创内容保护，…授权…).

    Only the heading carries the marker; its items read as prose (由X主办。经X授权…), so they are
    taken with the heading while each line is an item (or, under a bare heading, speaks of rights),
    and no further.
    """
    content = _nonblank(text, lines, range(len(lines)))
    for k, i in enumerate(content):
        line = text[lines[i][0]:lines[i][1]]
        heading = _NOTICE_HEADING.fullmatch(_GLOSS.sub("", line))
        if flagged[i] != "copyright" or not (_INTRO_COLON.search(line) or heading):
            continue
        for j in content[k + 1:]:
            item = text[lines[j][0]:lines[j][1]]
            # a heading alone on its line (版权声明) opens paragraphs of rights wording, numbered or not
            if not (_STATEMENT_ITEM.match(item) or (heading and _RIGHTS_WORDS.search(_GLOSS.sub("", item)))):
                break
            flagged[j] = flagged[j] or "copyright"


#: a notice's heading alone on its line: 版权声明, 免责声明：, 【版權聲明】
_NOTICE_HEADING = re.compile(r"[ \t\u3000【\[]*(?:版权|版權|免责|免責|转载|轉載)(?:声明|聲明)[】\]]?[ \t\u3000:：]*")
#: what a notice's paragraphs are about: rights, licences, reprints and the law
_RIGHTS_WORDS = re.compile(r"版权|版權|著作权|著作權|授权|授權|侵权|侵權|维权|維權|转载|轉載|许可|許可|法律责任|法律責任")
