"""Enforcement outcomes: the figures a jurisdiction reports for a period, one outcome a place.

For the article's own place (its metadata's county, city or province), from role-``value`` quantities
of ``enforcement.*``/``compensation.*``/``inspection.*`` scoped to it or to a place containing it; a
sub-area only from a paragraph about it alone, with two indicators.  Another place gets an outcome
under a heading of its own (``吕梁交口县``); whole years reported apart with the same figures are an
outcome each.  Which figures count, and which is each indicator's headline, is
:mod:`~pipeline.event_readers.outcome_figures`'s to say.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..components.context import Division, load_divisions
from ..components.gazetteer import division_short
from ..components.spans import text_of
from ..contract import doc_meta
from .outcome_figures import case_level, headline_metrics, metric_shaped, sentence_of
from .page import EventPage, lead_end
from .words import EventWords

#: the level a place's full name ends in, which its short form drops (溧水区 -> 溧水)
LEVEL_SUFFIXES = ("区", "县", "市", "旗", "州", "盟", "省")


@dataclass
class Outcome:
    """What one place reports for a period: the fields of an outcome's record."""

    jurisdiction: str
    #: indicator id -> its headline value
    metrics: dict[str, float]
    period: str | None
    #: the quantities read, as character spans of the normalised text
    evidence: list[tuple[int, int]] = field(default_factory=list)


def read_outcomes(words: EventWords, page: EventPage, prefixes: tuple[str, ...]) -> list[Outcome]:
    """One outcome for the article's own place; a place inside it gets one of its own only when it
    reports at least two indicators (a single sub-area figure stays a quantity).

    The article's own place is the one its metadata declares (county, else city, else province),
    since a place mentioned in passing must not take the outcome; quantities the scope resolver
    put under a place *containing* it (湖州市 in an article about one of its districts, the
    province in ``进驻山西省督察期间,我市…``) are the article's too, after its own.  Without
    metadata, the county, city or province the context found, as long as figures are reported for
    it (:func:`place_of_the_figures`), so that a district in a breakdown or the province of an
    inspection stay gets no outcome of its own; with no place at all, the place with most figures.
    """
    doc, ctx = page.doc, page.ctx
    text = text_of(doc)
    groups: dict[str, list[Span]] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ != "QUANTITY" or ent._.role != "value" or ent._.value is None:
            continue
        if not (ent._.indicator or "").startswith(prefixes) or not ent._.jurisdiction:
            continue
        if not metric_shaped(words, ent, text) or case_level(words, page, ent, text):
            continue
        groups[ent._.jurisdiction].append(ent)
    if not groups:
        return []
    end_of_lead = lead_end(doc)
    own, containing = declared_place(words, page)
    found = own is not None and not places_declared(page)
    if found:
        own, containing = place_of_the_figures(words, own, containing, groups, text)
    if own is not None:
        members = {j: relation(words, j, own, containing) for j in groups}
        primary_quantities = ([q for j in groups if members[j] == "same" for q in groups[j]]
                              + [q for j in groups if members[j] == "above" for q in groups[j]])
        # a declared place's own figures come before those of a place containing it; for a place
        # only found, a figure put under the province is as often the scope's slip (甘肃省甘南州…)
        # as the province's: the text's order decides
        ranked = [(own, sorted(primary_quantities, key=lambda q: q.start_char)
                   if found or all(members[j] != "above" for j in groups) else primary_quantities)]
        ranked += [(j, [q for q in qs if own_paragraph(words, page, q, j, own, containing, text)])
                   for j, qs in groups.items() if members[j] == "below"]
        # a section of its own on another place (a heading line 吕梁交口县, then its figures)
        ranked += [(j, [q for q in qs if headed_section(words, page, q, j, text)])
                   for j, qs in groups.items() if members[j] == "other"]
        primary = own
    else:
        # a place found with no figures of its own nor named with a containing place's: each place the
        # figures are scoped to reports for itself, a single figure staying a quantity like any sub-area's
        primary = None if found else max(groups, key=lambda j: (j in (getattr(ctx, "city", None),
                                                                      getattr(ctx, "county", None)),
                                                                 len(groups[j])))
        ranked = list(groups.items())
    events = []
    for jurisdiction, all_quantities in ranked:
        if not all_quantities or (jurisdiction != primary and len({q._.indicator for q in all_quantities}) < 2):
            continue
        for quantities in years_apart(all_quantities):
            metrics = headline_metrics(words, page, quantities, text, end_of_lead)
            if not any(not ind.endswith("amount") for ind in metrics):
                continue  # money with no count: one case's fine or compensation, not a jurisdiction's results
            periods = Counter(q._.period for q in quantities if q._.period)
            events.append(Outcome(
                jurisdiction=prefecture_as_written(jurisdiction), metrics=metrics,
                period=periods.most_common(1)[0][0] if periods else None,
                evidence=sorted((q.start_char, q.end_char) for q in quantities)))
    return events


def prefecture_as_written(place: str) -> str:
    """An autonomous prefecture by the short name articles and the annotators use for it
    (西双版纳傣族自治州 -> 西双版纳州, 甘南藏族自治州 -> 甘南州; annotations/notes: 巴州, 伊犁州 short);
    autonomous counties keep their full names (玉屏侗族自治县), as the gold writes them."""
    return f"{division_short(place)}州" if place.endswith("自治州") else place


def years_apart(quantities: list[Span]) -> list[list[Span]]:
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


def own_paragraph(words: EventWords, page: EventPage, q: Span, place: str, own: str, containing: list[str], text: str) -> bool:
    """Is ``q`` in a paragraph about ``place`` alone (no other place than it and the article's own)?
    A breakdown that names several sub-areas (``从区县看,江阳区、龙马潭区、合江县立案数分别为…``)
    ranks them, and a campaign on the border of two places reports neither's results."""
    if any(w in text[sentence_of(q, text)[0] : q.start_char] for w in words.lists.get("breakdown_cues", ())):
        return False  # 从区域看,A市立案17件…: one line of a breakdown
    start = text.rfind("\n", 0, q.start_char) + 1
    end = text.find("\n", q.end_char)
    end = len(text) if end == -1 else end
    for ent in page.index.starting_in(start, end):
        if ent.label_ != "GPE":
            continue
        if relation(words, ent.text, place, []) != "same" and relation(words, ent.text, own, containing) in ("below", "other"):
            return False
    return True


def headed_section(words: EventWords, page: EventPage, q: Span, place: str, text: str) -> bool:
    """Is ``q`` in a section whose heading names ``place``?  A heading is a short line of place names
    alone (``吕梁交口县``); the nearest one before ``q`` heads its section.  A bulletin on several
    places reports each under its own heading, and a place named in passing has none."""
    end = text.rfind("\n", 0, q.start_char)
    while end > max(0, q.start_char - 6000):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and len(line.strip()) <= 12 and not re.search(r"[，,。；;：:！？、]", line):
            places = [e for e in page.index.starting_in(start, end) if e.label_ == "GPE" and e.end_char <= end]
            covered = sum(e.end_char - e.start_char for e in places)
            if places and covered == len(re.sub(r"\s", "", line)):
                return relation(words, place, places[-1].text, []) == "same"
        end = start - 1
    return False


def places_declared(page: EventPage) -> bool:
    """Does the input's metadata name the article's place (a ``county``, ``city`` or ``province`` key)?"""
    meta = doc_meta(page.doc)
    return any(key in meta for key in ("county", "city", "province"))


def place_of_the_figures(words: EventWords, found: str, containing: list[str],
                         groups: dict[str, list[Span]], text: str) -> tuple[str | None, list[str]]:
    """The article's own place when the context found it (nothing declared): the found place if some
    figure is scoped to it; else the nearest place containing it whose name is written in the
    sentence of one of its figures (吴忠市 for a county named in a petition table of a city report,
    湖北省 for the city most named in a province's bulletin); else none, and the figures decide.

    The context's place is the most named one, a guess; where each figure is reported is read
    sentence by sentence.  A figure whose sentence names no place is put under the city by default,
    which says nothing about the article: a county article's figures often are."""
    if any(relation(words, j, found, []) == "same" for j in groups):
        return found, containing
    for i, place in enumerate(containing):
        if any(relation(words, j, place, []) == "same" and any(named_before(words, q, place, text) for q in qs)
               for j, qs in groups.items()):
            return place, containing[i + 1 :]
    if any(relation(words, j, found, containing) == "above" for j in groups):
        return found, containing  # figures under a containing place by default: the found place's
    return None, []


def named_before(words: EventWords, q: Span, place: str, text: str) -> bool:
    """Is ``place`` written (in full or short: 平凉市, 平凉) in the sentence of ``q``, before it?"""
    before = text[sentence_of(q, text)[0] : q.start_char]
    div = gazetteer_divisions(words).get(place)
    names = {place, place[:-1] if place.endswith(LEVEL_SUFFIXES) else place, *((div.name, div.short) if div else ())}
    return any(len(name) >= 2 and name in before for name in names)


def declared_place(words: EventWords, page: EventPage) -> tuple[str | None, list[str]]:
    """The place the article is about (county, else city, else province) and the places containing it.

    The metadata's places are trusted; where it has no ``county`` key, the county the context found
    the article to be about (it names one only for county news), within a city, or, no city found,
    within the province the gazetteer puts it in (its city then the gazetteer's); with no ``city`` key
    at all, the context's city.  A ``city`` given as null (a province-wide article) stays null:
    the most mentioned city of such an article is one it reports on, not its own place; a
    ``county`` given as null likewise.  With no metadata at all, the context's places, the same way.
    """
    ctx = page.ctx
    meta = doc_meta(page.doc)
    city = meta.get("city") if "city" in meta else getattr(ctx, "city", None)
    # a county found in the text counts only inside a city: a province-wide article's most
    # mentioned district is where one of its cases happened
    # a county given as null says the article is about the whole city: a county its text names often
    # is where a petition or a case it reports happened (吴忠市同心县… in a petition table)
    county = meta.get("county") or (getattr(ctx, "county", None) if city and "county" not in meta else None)
    if county and not meta.get("county") and relation(words, county, city, []) != "below":
        county = None  # a district the text names that is not in the declared city (矿区 of another city)
    province = meta.get("province") or getattr(ctx, "province", None)
    if not county and not city and "city" not in meta and "county" not in meta:
        # no city found, only the province: a county the context found is the article's when the
        # gazetteer puts it in that province, and it brings its city (商州区 -> 商洛市)
        inside = county_in_province(words, getattr(ctx, "county", None), province)
        county, city = (inside.name, inside.city) if inside else (None, city)
    chain = [str(p) for p in (county, city, province) if p]
    # no place declared nor found: the figures decide (see read_outcomes)
    return (chain[0], chain[1:]) if chain else (None, [])


def county_in_province(words: EventWords, county: str | None, province: str | None) -> Division | None:
    """The gazetteer's county ``county`` if it lies in ``province``, else None.  The context names a
    county for county news only; with no city found, the province it found is what vouches for the
    county (a name shared by counties of two provinces is not taken on the name alone)."""
    div = gazetteer_divisions(words).get(county or "")
    if div is None or div.level != "county" or not province:
        return None
    return div if relation(words, province, div.province, []) == "same" else None


def relation(words: EventWords, place: str, own: str, containing: list[str]) -> str:
    """``same``, ``above`` (a place containing ``own``: declared in the metadata, or so in the
    gazetteer), ``below`` (inside it) or ``other``."""
    divisions = gazetteer_divisions(words)
    place, own = chain_tail(place, divisions), chain_tail(own, divisions)
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


def gazetteer_divisions(words: EventWords) -> dict[str, Division]:
    """The gazetteer's divisions (``divisions`` in the event words), which place lies in which."""
    return load_divisions(words.lists.get("divisions", "configs/gazetteers/divisions.tsv"))


def chain_tail(place: str, divisions: dict) -> str:
    """The last division of places written together (``北京市房山区`` -> ``房山区``, ``吴忠市同心县`` ->
    ``同心县``): the scope layer keeps a joined chain as written, and the chain is its last place."""
    if not place or place in divisions:
        return place
    for i in range(2, len(place) - 1):
        head, tail = place[:i], place[i:]
        if head in divisions:
            rest = chain_tail(tail, divisions)
            if rest in divisions:
                return rest
    return place
