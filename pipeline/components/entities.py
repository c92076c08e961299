"""``ecoie_entities``: merge grammar, bylines, statistical NER and gazetteer into ``doc.ents``.

Precedence (documented in README), applied on character offsets:

1. the grammar's DATE and QUANTITY spans — except a Chinese-numeral
   quantity inside a known place name (``九台区``, ``两间房乡``);
2. byline names (``记者 林晨``, ``高宇摄``) read by pattern;
3. statistical entities (PERSON, ORG, TITLE, GPE, LOC) whose confidence
   reaches ``threshold``, after the repair rules of :mod:`.entity_rules`;
4. the gazetteer fills the gaps: division names and user terms always,
   titles only next to a named person.

Then the rule passes of :mod:`.entity_passes` run in a fixed order, each
family in its own module (places in lists and short names, natural features
and water, towns and villages, organisations and their sections, persons,
titles); what they share about places is one
:class:`~.entity_passes.knowledge.PlaceKnowledge`.

Nothing is taken from inside a 《document title》.  The result is flat;
spans whose edges fall inside a token split that token, so every entity
keeps its exact characters.  Each entity carries ``Span._.source`` and
``Span._.confidence`` (1.0 for rules, the beam probability for the model,
``None`` when the model decoded greedily).
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..contract import boilerplate_of, ner_scores
from ..grammar.natural import load_natural_names
from .context import load_divisions
from .entity_passes.body_lists import (firms_in_firm_lists, governments_after_committees, members_of_body_lists, outlets_in_media_lists,
                                       short_bodies_in_lists)
from .entity_passes.bodies import (bare_level_bodies, bodies_without_session_numbers, placeless_task_forces, bodies_before_titled_persons, bodies_named_after_places,
                                   facilities_named_after_features, firms_after_places, firms_named_by_kind,
                                   levels_before_bodies, named_institutions, named_plants, parties_before_committees,
                                   sections_between_body_and_title, task_forces)
from .entity_passes.county_names import counties_named_like_rivers, county_names_alone, county_short_names_before_bodies
from .entity_passes.knowledge import PlaceKnowledge
from .entity_passes.mentions import names_read_again
from .entity_passes.natural_features import (areas_named_after_places, features_named_alone, known_natural_places, places_of_river_sections,
                                             members_of_counted_water_lists, named_areas, regions_with_surroundings,
                                             rivers_after_divisions, rivers_listed_after_rivers, section_names_not_places,
                                             without_chief_systems, without_counted_tails, without_figurative_waters,
                                             without_straddled_provinces)
from .entity_passes.persons import (Persons, dotted_names, tibetan_names, names_before_posts_and_verbs, names_before_posts_in_lists, leaders_listed, names_between_names, names_under_role_headers, names_after_titles, names_between_body_and_title,
                                    names_cut_by_the_model,
                                    names_between_late_bodies,
                                    persons_among_places, persons_named_again, persons_not_places,
                                    titled_places_are_persons, names_read_as_rivers, without_anonymised_persons, without_serving_verbs)
from .entity_passes.places import (adjacent_county_names, corps_division_cities, informal_place_names, join_places,
                                   places_in_count_lists, places_in_enumerations, places_in_slogans, places_named_again,
                                   places_visited_in_lists, places_visited_by_one_character, sibling_places_apart,
                                   without_honour_titles, without_time_zones, zones_named_after_places)
from .entity_passes.placing import CN_NUMERAL, Candidate, put_natural, within_field_bars
from .entity_passes.titles import (chiefs_cut_from_waters, folded_committee_titles, places_before_chief_posts, places_run_into_posts, towns_before_town_posts, level_before_titles, near_person, person_in_sentence,
                                   sections_before_titles, whole_titles, without_bare_secretary_committees)
from .entity_passes.towns import towns_and_villages, villages_after_rivers, villages_named_alone
from .entity_rules import (EntityRepair, bracketed_credit_persons, byline_persons, dateline_places, load_rule_lists, outlet_orgs, source_orgs,
                           title_regions)
from .gazetteer import (CITY_PART_KIND, NOT_THE_COUNTY_KIND, county_short_words, division_parents, load_dictionaries,
                        lone_county_names, prefecture_names, short_place_names)
from .informal_places import InformalPlaces, load_informal_places
from .spans import char_span_split, text_of

#: division words a model may leave off a known place's full name (西藏|自治区, 某某|市)
DIVISION_SUFFIXES = frozenset({"省", "市", "县", "区", "州", "盟", "旗", "自治区", "自治州", "自治县", "自治旗", "地区", "特别行政区"})


#: what no organisation's name runs across: a clause mark, a document's title
ORG_NEVER_ACROSS = re.compile(r"[，,。；;！？]|《[^《》]*》")
#: the pieces of a run-on model ORG between those
ORG_PIECE = re.compile(r"[^，,。；;！？《》]+")


class _Known:
    """Read-only ``term -> label`` view of the gazetteer trie."""

    def __init__(self, trie):
        self.trie = trie

    def get(self, term: str):
        return self.trie[term] if term else None

    def __contains__(self, term: str) -> bool:
        return self.get(term) is not None


#: one-character feature words that close a gully's, a channel's, a cave's or a gorge's name (某某|沟, 某某|洞)
FEATURE_AFTER_NAME = ("沟", "溝", "渠", "洞", "峡", "峽", "港", "浜")  # (某某浦|港, 某家|浜: a channel of the delta)
#: day words that open outlets' names (今日某某网, 今日某某): read as a date by the grammar before the outlet is seen
OUTLET_DAY_WORDS = ("今日", "今天")


class _Selection:
    """The entities chosen so far, the characters they hold, and the characters nothing may take.

    Title and boilerplate regions are a character mask: scanning the region list for every
    candidate made long documents quadratic (an empty region covers no character).
    """

    def __init__(self, text: str, regions: list[tuple[int, int]]):
        self.text = text
        self.chosen: list[Candidate] = []
        self.taken = bytearray(len(text))
        self.in_title = bytearray(len(text))
        for ts, te in regions:
            if te > ts:
                self.in_title[max(0, ts):te] = b"\x01" * (min(te, len(text)) - max(0, ts))

    def free(self, s: int, e: int) -> bool:
        """Neither chosen nor inside a title or boilerplate."""
        return s < e and self.taken.find(1, s, e) == -1 and self.in_title.find(1, s, e) == -1

    def take(self, s: int, e: int, label: str, source: str, conf: float | None) -> None:
        """Choose a span and mark its characters."""
        self.taken[s:e] = b"\x01" * (e - s)
        self.chosen.append((s, e, label, source, conf))

    def drop(self, item: Candidate) -> None:
        """Let a chosen span go and free its characters."""
        self.chosen.remove(item)
        self.taken[item[0]:item[1]] = bytes(item[1] - item[0])

    def free_of_pieces(self, s: int, e: int) -> bool:
        """Free ``s..e`` of the model's and the byline rules' spans lying inside it, when only such spans
        hold its characters.

        A listed body's name the model cut or split (中国|环境报, 四川|在线德阳频道), or an outlet read by its
        byline without its channel (大众网|威海频道讯), is then read whole.  A span reaching past the name
        stays: something read a longer name there (生态环境部环境规划院), and nothing is freed; so does a
        grammar span (a DATE, a QUANTITY).
        """
        inside = [c for c in self.chosen if c[0] < e and s < c[1]]
        if not inside or self.in_title.find(1, s, e) != -1 or any(c[:3] == (s, e, "ORG") for c in inside) \
                or not all(c[3] in ("model", "rule") and s <= c[0] and c[1] <= e for c in inside):
            return False
        for item in inside:
            self.drop(item)
        return True

    def replace(self, chosen: list[Candidate]) -> None:
        """Choose ``chosen`` instead, and mark the characters those hold."""
        self.chosen[:] = chosen
        self.taken[:] = bytes(len(self.text))
        for s, e, *_ in self.chosen:
            self.taken[s:e] = b"\x01" * (e - s)


@Language.factory(
    "ecoie_entities",
    requires=["doc.spans"],
    assigns=["doc.ents", "span._.source", "span._.confidence"],
    default_config={
        "threshold": 0.3,
        "grammar_key": "grammar",
        "gazetteer_key": "gazetteer",
        "model_labels": ["ORG", "PERSON", "TITLE", "GPE", "LOC"],
        "title_window": 3,
        "rules": "configs/gazetteers/entity_rules.json",
        "surnames": "configs/gazetteers/surnames.txt",
        "divisions": "configs/gazetteers/divisions.tsv",
        "titles": "configs/gazetteers/titles.txt",
        "org_suffixes": "configs/gazetteers/org_suffixes.txt",
        "user": "configs/gazetteers/user.tsv",
        "bylines": True,
        "natural": "configs/gazetteers/natural.txt",
        "informal": "configs/gazetteers/informal_places.tsv",
        "county_words": "configs/gazetteers/county_short_words.txt",
    },
)
def create_entity_merger(nlp: Language, name: str, threshold: float, grammar_key: str, gazetteer_key: str,
                         model_labels: list[str], title_window: int, rules: str, surnames: str, divisions: str,
                         titles: str, org_suffixes: str, user: str, bylines: bool,
                         natural: str = "configs/gazetteers/natural.txt",
                         informal: str = "configs/gazetteers/informal_places.tsv",
                         county_words: str = "configs/gazetteers/county_short_words.txt") -> "EntityMerger":
    trie, _ = load_dictionaries(divisions, titles, org_suffixes, user)
    lists = load_rule_lists(rules, org_suffixes, surnames)
    table = load_divisions(divisions)
    informal_places = InformalPlaces(
        load_informal_places(informal), frozenset(div.name for div in table.values() if div.level == "city"),
        {name: frozenset(a for a in (div.province, div.city, div.name) if a) for name, div in table.items()}
    ) if informal else None
    knowledge = PlaceKnowledge(
        EntityRepair(lists, _Known(trie)), short_place_names(divisions),
        load_natural_names(natural) if natural else frozenset(), division_parents(divisions),
        prefecture_names(divisions), frozenset(name for name, div in table.items() if div.level == "province"),
        informal_places, lone_county_names(divisions, county_words) if county_words else frozenset(),
        county_short_words(county_words, (NOT_THE_COUNTY_KIND, CITY_PART_KIND)) if county_words else frozenset())
    return EntityMerger(knowledge, threshold, grammar_key, gazetteer_key, model_labels, title_window, bylines)


#: what a count may follow and still be a count before a town word (全县|三个镇, 共|七家|村企)
COUNT_BEFORE = set("的在对和与及、，,。；：:共有全各等近约达为省市县区镇乡村是了到至第\n")


def _inside_town_name(text: str, s: int, e: int) -> bool:
    """A Chinese numeral between a name's first character and a town's or village's word is part of that
    name (北|七家|镇, 东|三里|村), never a count: counts take a measure word of their own before a town
    (三个镇, 五座村庄) and follow a clause's words, not a name's character."""
    return (0 < s and e < len(text) and (text[e] in "镇乡村" or text.startswith("街道", e))
            and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in COUNT_BEFORE
            and text[e - 1] not in "个座处名位批")


class EntityMerger:
    """The ``ecoie_entities`` component: the intake by precedence, then the rule passes, then ``doc.ents``."""

    def __init__(self, knowledge: PlaceKnowledge, threshold: float = 0.3, grammar_key: str = "grammar",
                 gazetteer_key: str = "gazetteer", model_labels: list[str] | None = None, title_window: int = 3,
                 bylines: bool = True):
        self.knowledge = knowledge
        self.repair = knowledge.repair
        self.threshold = threshold
        self.grammar_key = grammar_key
        self.gazetteer_key = gazetteer_key
        self.model_labels = set(model_labels or ["ORG", "PERSON", "TITLE", "GPE", "LOC"])
        self.title_window = title_window
        self.bylines = bylines

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        # nothing is taken from boilerplate (navigation, related lists, footers) or 《document titles》
        picked = _Selection(text, title_regions(text) + boilerplate_of(doc))
        gazetteer = list(doc.spans[self.gazetteer_key]) if self.gazetteer_key in doc.spans else []
        tokens = [(t.idx, t.idx + len(t.text)) for t in doc]
        starts, ends = {s for s, _ in tokens}, {e for _, e in tokens}
        self._take_grammar_spans(doc, picked, gazetteer)
        credits = self._take_bylines(picked, ends) if self.bylines else set()
        self._take_model_spans(doc, picked, gazetteer, ends)
        self._take_task_forces(picked, gazetteer)
        persons = self._take_persons(picked, gazetteer, ends)
        self._take_gazetteer_spans(picked, gazetteer, persons)

        knowledge, blocked, chosen = self.knowledge, picked.in_title, picked.chosen
        chosen = known_natural_places(knowledge, text, chosen, blocked, starts)
        chosen = places_in_enumerations(knowledge, text, chosen, blocked, credits, ends, starts)
        chosen = places_in_count_lists(knowledge, text, chosen, blocked, credits)
        chosen = places_visited_in_lists(knowledge, text, chosen, blocked)
        chosen = places_visited_by_one_character(text, chosen, blocked)
        chosen = adjacent_county_names(knowledge, text, chosen, blocked, tokens)
        chosen = places_in_slogans(knowledge, text, chosen, blocked)
        chosen = informal_place_names(knowledge, text, chosen, blocked, starts, ends)
        chosen = places_of_river_sections(knowledge, text, chosen, blocked)
        chosen = section_names_not_places(text, chosen)
        chosen = towns_and_villages(knowledge, text, chosen, blocked, starts, ends)
        chosen = villages_named_alone(text, chosen, blocked)
        chosen = places_named_again(knowledge, text, chosen, blocked, starts, ends)
        chosen = county_names_alone(knowledge, text, chosen, blocked, starts, ends)
        chosen = bodies_named_after_places(knowledge, text, chosen)
        chosen = facilities_named_after_features(text, chosen)
        chosen = named_plants(text, chosen, blocked)
        chosen = named_institutions(text, chosen, blocked)
        chosen = folded_committee_titles(knowledge, text, chosen, persons)
        chosen = level_before_titles(text, chosen)
        chosen = places_before_chief_posts(knowledge, text, chosen)
        chosen = places_run_into_posts(knowledge, text, chosen)
        chosen = titled_places_are_persons(knowledge, text, chosen)
        chosen = names_read_as_rivers(knowledge, text, chosen)
        chosen = leaders_listed(knowledge, text, chosen, blocked)
        chosen = names_under_role_headers(knowledge, text, chosen, blocked)
        chosen = persons_among_places(knowledge, text, chosen)
        chosen = zones_named_after_places(text, chosen)
        chosen = without_straddled_provinces(knowledge, text, chosen)
        chosen = chiefs_cut_from_waters(knowledge, text, chosen)
        chosen = whole_titles(knowledge, text, chosen)
        chosen = towns_before_town_posts(text, chosen, blocked)
        chosen = sections_before_titles(knowledge, text, chosen)
        chosen = bodies_before_titled_persons(text, chosen, blocked)
        chosen = short_bodies_in_lists(knowledge, text, chosen, blocked)
        chosen = members_of_body_lists(knowledge, text, chosen, blocked)
        chosen = outlets_in_media_lists(knowledge, text, chosen, blocked)
        chosen = firms_in_firm_lists(knowledge, text, chosen, blocked)
        chosen = firms_after_places(knowledge, text, chosen)
        chosen = bare_level_bodies(text, chosen, blocked)
        chosen = governments_after_committees(text, chosen, blocked)  # after the committees read by their level
        chosen = levels_before_bodies(text, chosen, blocked)
        chosen = county_short_names_before_bodies(knowledge, text, chosen, blocked, starts)
        chosen = parties_before_committees(text, chosen)  # after every pass that reads a committee
        chosen = names_between_late_bodies(knowledge, text, chosen, blocked)
        chosen = rivers_after_divisions(knowledge, text, chosen, blocked)
        chosen = rivers_listed_after_rivers(knowledge, text, chosen, blocked)
        chosen = members_of_counted_water_lists(knowledge, text, chosen, blocked)
        chosen = put_natural(chosen, knowledge.natural.water_in_context(text, tokens), blocked)
        chosen = villages_after_rivers(text, chosen, blocked, ends)
        chosen = regions_with_surroundings(text, chosen, blocked)
        chosen = named_areas(knowledge, text, chosen, blocked)
        chosen = areas_named_after_places(knowledge, text, chosen, blocked)
        chosen = persons_not_places(knowledge, text, chosen)
        chosen = dotted_names(text, chosen, blocked, starts)
        chosen = names_between_names(knowledge, text, chosen, blocked)
        chosen = without_anonymised_persons(text, chosen)
        chosen = sections_between_body_and_title(text, chosen)
        chosen = without_chief_systems(text, chosen)
        chosen = without_figurative_waters(text, chosen)
        chosen = without_counted_tails(text, chosen)
        chosen = without_time_zones(text, chosen)
        chosen = features_named_alone(knowledge, text, chosen)
        chosen = counties_named_like_rivers(knowledge, text, chosen)
        chosen = without_bare_secretary_committees(text, chosen)
        chosen = bodies_without_session_numbers(text, chosen)
        chosen = without_honour_titles(knowledge, text, chosen)
        chosen = corps_division_cities(text, chosen)
        chosen = names_read_again(knowledge, text, chosen, blocked, starts, ends)
        chosen = within_field_bars(text, chosen)
        self._set_ents(doc, sibling_places_apart(self.knowledge, text,
                                                  join_places(text, chosen, self.repair._starts_with_place)))
        return doc

    def _take_grammar_spans(self, doc: Doc, picked: _Selection, gazetteer: list[Span]) -> None:
        """The grammar's DATE and QUANTITY spans, except a Chinese numeral inside a known place's name."""
        # a place reaching over a position: places sorted by start with a running maximum of their
        # ends (a scan of every place for every numeral made long documents quadratic)
        places = sorted((g.start_char, g.end_char) for g in gazetteer if g.label_ == "GPE")
        place_starts = [ps for ps, _ in places]
        place_reach = list(itertools.accumulate((pe for _, pe in places), max))
        for span in doc.spans[self.grammar_key] if self.grammar_key in doc.spans else []:
            s, e = span.start_char, span.end_char
            if span.label_ == "QUANTITY" and CN_NUMERAL.match(span.text):
                before = bisect.bisect_left(place_starts, e)  # places starting before the numeral's end
                covering = bisect.bisect_right(place_starts, s)  # places starting at or before the numeral
                if (before and place_reach[before - 1] > e) or (covering and place_reach[covering - 1] >= e):
                    continue  # a numeral inside a place name (九台区), or the whole of one (二七区)
                if _inside_town_name(doc.text, s, e) or any(
                        self.knowledge.is_known_place(doc.text[s:e + k]) for k in (1, 2)):
                    continue  # a place the gazetteer left untagged (七台|河|市委: the segmenter cut the name)
            if picked.free(s, e):
                picked.take(s, e, span.label_, "grammar", 1.0)

    def _take_bylines(self, picked: _Selection, word_ends: set[int]) -> set[tuple[int, int]]:
        """Credited names, outlets and sources, and the dateline's place; returns the credited names."""
        text, lists = picked.text, self.repair.lists
        credits: set[tuple[int, int]] = set()
        sources = source_orgs(text, lists)
        for s, e in byline_persons(text, lists, self.repair.is_person_name, word_ends) \
                + bracketed_credit_persons(text, lists, self.repair.is_person_name):
            if any(ss < e and s < se for ss, se in sources):
                continue  # 来源:某某发布 … 编辑:某某发布 — the source credited again, an outlet
            if picked.free(s, e):
                picked.take(s, e, "PERSON", "rule", 1.0)
                credits.add((s, e))  # a credit's name stays a name (记者方正 is no county)
        for s, e in outlet_orgs(text, lists) + sources:
            relative_day = next((c for c in picked.chosen if c[:3] == (s, s + 2, "DATE") and text[s:s + 2] in OUTLET_DAY_WORDS), None)
            if relative_day and e - s >= 4:
                picked.drop(relative_day)  # 今日某某网讯: the day word opens the outlet's name (今日临安网), no date
            if picked.free(s, e):  # 来源:某市 — a source credited by its place alone names the place
                picked.take(s, e, "GPE" if self.repair.known.get(text[s:e]) == "GPE" else "ORG", "rule", 1.0)
        for s, e in dateline_places(text, lambda name: self.repair.is_place(name, strict=True)):
            if picked.free(s, e):
                picked.take(s, e, "GPE", "rule", 1.0)
        return credits

    def _take_model_spans(self, doc: Doc, picked: _Selection, gazetteer: list[Span], token_ends: set[int]) -> None:
        """The model's entities that reach ``threshold``, each after the repair rules, into free characters."""
        text, natural = picked.text, self.knowledge.natural
        scores = ner_scores(doc)
        gazetteer_place_ends = {g.start_char: g.end_char for g in gazetteer if g.label_ == "GPE"}
        for ent in doc.ents:
            if ent.label_ not in self.model_labels:
                continue
            conf = scores.get((ent.start_char, ent.end_char, ent.label_)) if scores else None
            if conf is not None and conf < self.threshold:
                continue
            pieces = [(ent.start_char, ent.end_char)]
            if ent.label_ == "ORG" and re.search(r"\n[ \t\u3000]*\n", ent.text):
                # never across a blank line (缩小⏎⏎某某网): each paragraph's piece is repaired alone
                pieces = [(ent.start_char + m.start(), ent.start_char + m.end())
                          for m in re.finditer(r"[^\n]+(?:\n(?![ \t\u3000]*\n)[^\n]+)*", ent.text)]
            repaired = [r for ps, pe in pieces for r in self.repair.repair(text, ps, pe, ent.label_, conf, token_ends)]
            if ent.label_ == "ORG" and ORG_NEVER_ACROSS.search(ent.text):
                # a run-on ORG across a clause mark or a document's title (某办举行《…》新闻发布会,请|某厅|副厅长):
                # the pieces after the first are bodies of their own where one opens with its place or level
                for m in list(ORG_PIECE.finditer(ent.text))[1:]:
                    ps, pe = ent.start_char + m.start(), ent.start_char + m.end()
                    repaired += [r for r in self.repair.repair(text, ps, pe, "ORG", conf, token_ends)
                                 if r[2] == "ORG" and not any(q[0] < r[1] and r[0] < q[1] for q in repaired)
                                 and self._opens_with_place(text, r[0], r[1])]
            for s, e, label in repaired:
                if label == "LOC":
                    fixed_loc = natural.repair(text, s, e)
                    if fixed_loc is None:
                        continue  # a generic word (内河, 湖泊水库) or no feature at all
                    s, e = fixed_loc
                elif label == "GPE" and (feature_end := natural.after_place(text, s, e)) is not None:
                    s, e, label = s, feature_end, "LOC"  # 运城|盐湖, 丹江口|水库: the place names the feature
                elif label == "GPE" and (full := gazetteer_place_ends.get(s, 0)) > e and text[e:full] in DIVISION_SUFFIXES:
                    e = full  # 西藏|自治区: the model stopped before the division word the gazetteer reads with it
                if label == "PERSON" and text[e:e + 1] in FEATURE_AFTER_NAME and self.repair.doubtful_person(text, s, e):
                    s, e, label = s, e + 1, "LOC"  # 石峡子|沟, 黄龙|洞: the model read a feature's name as a person's
                if label == "PERSON" and not self.knowledge.is_known_place(text[s:e]) \
                        and self.repair.doubtful_person(text, s, e):
                    continue  # a machine, a mine or a verb (搅拌机, 郭二庄|煤矿, 列席); a known place becomes a GPE below
                if not picked.free(s, e) and label == "ORG":
                    # cut before a span already taken (a DATE inside a run-on name) and repair again
                    cut = next((i for i in range(s, e) if picked.taken[i]), e)
                    fixed = self.repair.repair(text, s, cut, label, conf, token_ends) if cut > s + 1 else []
                    s, e, label = fixed[0] if fixed else (s, e, label)
                if picked.free(s, e):
                    picked.take(s, e, label, "model", conf)

    def _opens_with_place(self, text: str, start: int, end: int) -> bool:
        """A body's name that opens with a bare level (省|生态环境厅) or a known place (某市|水利局)."""
        return text[start] in "省市县区州旗盟" or any(self.knowledge.is_known_place(text[start:k])
                                                   for k in range(start + 2, min(end, start + 9)))

    def _take_task_forces(self, picked: _Selection, gazetteer: list[Span]) -> None:
        """Leading groups and task forces as one ORG each, over the pieces the model made of them."""
        gazetteer_places = {g.start_char for g in gazetteer if g.label_ == "GPE"}
        picked.replace(task_forces(self.knowledge, picked.text, picked.chosen, picked.in_title, gazetteer_places))
        picked.replace(placeless_task_forces(picked.text, picked.chosen, picked.in_title))
        persons = {(c[0], c[1]) for c in picked.chosen if c[2] == "PERSON"}
        for s, e in firms_named_by_kind(picked.text, persons):
            inside = [c for c in picked.chosen if c[0] < e and s < c[1]]
            # 平山|石场, 某某某|家具厂, 新邵|某某采石场: a feature's, an owner's or a place's name opening the firm's
            # is the firm's
            if all((c[2] == "LOC" or (c[2] in ("PERSON", "GPE") and c[0] == s)) and s <= c[0] and c[1] < e
                   or (c[2] == "LOC" and (c[0], c[1]) == (s, e)) for c in inside):
                for c in inside:
                    picked.drop(c)
                picked.take(s, e, "ORG", "rule", 1.0)  # 某某石场, 某某铁选厂: a small firm by its premises' kind

    def _take_persons(self, picked: _Selection, gazetteer: list[Span], token_ends: set[int]) -> Persons:
        """Names after titles, between a body and its post, and named again; then the model's titles
        that describe nobody go (由分管市长任组长 names nobody: ANNOTATION.md s.2, TITLE).  Returns
        the persons chosen, which the titles found later need beside them."""
        text, chosen = picked.text, picked.chosen

        def outside_titles(a: int, b: int) -> bool:  # a name after a title may follow a chosen span
            return picked.in_title.find(1, a, b) == -1

        title_ends = [c[1] for c in chosen if c[2] == "TITLE"]
        body_ends = {c[1] for c in chosen if c[2] in ("ORG", "GPE")}
        for s, e in names_after_titles(self.knowledge, text, gazetteer, outside_titles, token_ends, title_ends, body_ends):
            over = [c for c in chosen if c[0] < e and s < c[1]]
            if any(c[2] != "TITLE" or c[3] != "model" or c[0] >= s for c in over):
                continue  # the name's characters belong to something else
            for c in over:  # a model title that ran on into the name (新闻发言人X某): cut back to the title
                picked.drop(c)
                if self.repair.known.get(text[c[0]:s]) == "TITLE":
                    picked.take(c[0], s, "TITLE", "model", c[4])
            if picked.free(s, e):
                picked.take(s, e, "PERSON", "rule", 1.0)
        listed_title_ends = {g.end_char for g in gazetteer if g.label_ == "TITLE"}
        for item, (s, e) in names_cut_by_the_model(self.knowledge, text, chosen, picked.free, listed_title_ends):
            picked.drop(item)
            picked.take(s, e, "PERSON", "rule", item[4])
        for s, e in names_between_body_and_title(self.knowledge, text, chosen, picked.free):
            picked.take(s, e, "PERSON", "rule", 1.0)
        for s, e, label in names_before_posts_and_verbs(self.knowledge, text, picked.free):
            if picked.free(s, e):
                picked.take(s, e, label, "rule", 1.0)
        for s, e, label in names_before_posts_in_lists(self.knowledge, text, chosen, picked.free):
            if picked.free(s, e):
                picked.take(s, e, label, "rule", 1.0)
        for s, e in persons_named_again(self.knowledge, text, chosen, picked.free):
            picked.take(s, e, "PERSON", "rule", 1.0)
        for s, e, replaced in tibetan_names(text, chosen, token_ends):
            for c in replaced:
                picked.drop(c)
            if picked.free(s, e):
                picked.take(s, e, "PERSON", "rule", 1.0)
        chosen[:] = without_serving_verbs(text, chosen)  # the verb's character stays taken, as before
        persons = Persons([(s, e) for s, e, lab, _, _ in chosen if lab == "PERSON"])
        # a title is an entity only for a named person, from the model as from the gazetteer
        for item in [c for c in chosen if c[2] == "TITLE" and c[3] == "model"]:
            if not person_in_sentence(text, item[0], item[1], persons):
                picked.drop(item)
        return persons

    def _take_gazetteer_spans(self, picked: _Selection, gazetteer: list[Span], persons: Persons) -> None:
        """The gazetteer fills the gaps: places and user terms always, titles only beside a named person,
        a listed body whole over the pieces the model made of it, and a listed full name (做实|习近平)
        also where the words cut it."""
        text, natural = picked.text, self.knowledge.natural
        # a listed full name this pass takes describes the titles beside it too (学习了|习近平|总书记…:
        # the model missed the name, the gazetteer lists it)
        listed = [(g.start_char, g.end_char) for g in gazetteer if g.label_ == "PERSON" and picked.free(g.start_char, g.end_char)]
        if listed:
            persons = Persons(persons.by_start + listed)
        for span in gazetteer:
            s, e = span.start_char, span.end_char
            if span.label_ == "TITLE" and not near_person(self.knowledge, text, s, e, persons):
                continue
            if span.label_ == "GPE" and not self.repair.is_place(span.text):
                continue
            if span.label_ == "GPE" and self.repair.known.get(span.text) != "GPE":
                fixed = self.repair.repair(text, s, e, "GPE")  # 来到|经开区: a verb before a zone's name
                if not fixed:
                    continue
                s, e = fixed[0][0], fixed[0][1]
            label = span.label_
            if label == "GPE" and (feature_end := natural.after_place(text, s, e)) is not None:
                e, label = feature_end, "LOC"  # 运城|盐湖: a division naming a feature
            if label == "ORG" and not picked.free(s, e):
                picked.free_of_pieces(s, e)  # a listed body is kept whole where the model or a byline cut it
            elif label == "GPE" and not picked.free(s, e) and self.repair.known.get(span.text) == "GPE" \
                    and all(c[2] == "GPE" and c[3] == "model" and not self.knowledge.is_known_place(text[c[0]:c[1]])
                            for c in picked.chosen if c[0] < e and s < c[1]):
                picked.free_of_pieces(s, e)  # 七台|河市: a listed division the model read only the tail of
            if picked.free(s, e):
                picked.take(s, e, label, "gazetteer", 1.0)
        for s, e, label in self.repair.known.trie.parse_longest(text):
            if label == "PERSON" and e - s >= 3 and picked.free(s, e):
                picked.take(s, e, "PERSON", "gazetteer", 1.0)

    @staticmethod
    def _set_ents(doc: Doc, chosen: list[Candidate]) -> None:
        """Write the chosen spans as ``doc.ents``.  Spans must not overlap; should two rules still disagree,
        the span that starts first (the longer one at the same start) is kept and the other dropped, so
        that one span never costs the document its whole output (spaCy refuses overlapping entities)."""
        flat: list = []
        for item in sorted(chosen, key=lambda c: (c[0], -c[1])):
            if not flat or item[0] >= flat[-1][1]:
                flat.append(item)
        chosen = flat
        for s, e, label, _, _ in chosen:
            char_span_split(doc, s, e, label)  # split tokens where an edge falls inside one
        ents = []
        for s, e, label, source, conf in chosen:
            span = doc.char_span(s, e, label=label)
            if span is None:
                continue
            span._.source = source
            span._.confidence = conf
            ents.append(span)
        doc.ents = ents
