"""``ecoie_entities``: merge grammar, bylines, statistical NER and gazetteer into ``doc.ents``.

Precedence (documented in README), applied on character offsets:

1. the grammar's DATE and QUANTITY spans — except a Chinese-numeral
   quantity inside a known place name (``九台区``, ``两间房乡``);
2. byline names (``记者 林晨``, ``高宇摄``) read by pattern;
3. statistical entities (PERSON, ORG, TITLE, GPE, LOC) whose confidence
   reaches ``threshold``, after the repair rules of :mod:`.entity_rules`;
4. the gazetteer fills the gaps: division names and user terms always,
   titles only next to a named person.

Nothing is taken from inside a 《document title》.  The result is flat;
spans whose edges fall inside a token split that token, so every entity
keeps its exact characters.  Each entity carries ``Span._.source`` and
``Span._.confidence`` (1.0 for rules, the beam probability for the model,
``None`` when the model decoded greedily).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_rules import EntityRepair, byline_persons, load_rule_lists, outlet_orgs, title_regions
from .gazetteer import load_dictionaries
from .context import META_KEY
from .ner import SCORES_KEY
from .spans import char_span_split, text_of

if not Span.has_extension("source"):
    Span.set_extension("source", default=None)
if not Span.has_extension("confidence"):
    Span.set_extension("confidence", default=None)

CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")


class _Known:
    """Read-only ``term -> label`` view of the gazetteer trie."""

    def __init__(self, trie):
        self.trie = trie

    def get(self, term: str):
        return self.trie[term] if term else None

    def __contains__(self, term: str) -> bool:
        return self.get(term) is not None


@Language.factory(
    "ecoie_entities",
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
    },
)
def create_entity_merger(nlp: Language, name: str, threshold: float, grammar_key: str, gazetteer_key: str,
                         model_labels: list[str], title_window: int, rules: str, surnames: str, divisions: str,
                         titles: str, org_suffixes: str, user: str, bylines: bool) -> "EntityMerger":
    trie, _ = load_dictionaries(divisions, titles, org_suffixes, user)
    lists = load_rule_lists(rules, org_suffixes, surnames)
    return EntityMerger(EntityRepair(lists, _Known(trie)), threshold, grammar_key, gazetteer_key, model_labels,
                        title_window, bylines)


class EntityMerger:
    def __init__(self, repair: EntityRepair, threshold: float = 0.3, grammar_key: str = "grammar",
                 gazetteer_key: str = "gazetteer", model_labels: list[str] | None = None, title_window: int = 3,
                 bylines: bool = True):
        self.repair = repair
        self.threshold = threshold
        self.grammar_key = grammar_key
        self.gazetteer_key = gazetteer_key
        self.model_labels = set(model_labels or ["ORG", "PERSON", "TITLE", "GPE", "LOC"])
        self.title_window = title_window
        self.bylines = bylines

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        # nothing is taken from boilerplate (navigation, related lists, footers) or 《document titles》
        titles = title_regions(text) + list((doc.user_data.get(META_KEY) or {}).get("_boilerplate", []))
        taken = bytearray(len(text))
        # title and boilerplate regions as a character mask: scanning the region list for every
        # candidate made long documents quadratic (an empty region covers no character)
        in_title = bytearray(len(text))
        for ts, te in titles:
            if te > ts:
                in_title[max(0, ts):te] = b"\x01" * (min(te, len(text)) - max(0, ts))
        chosen: list[tuple[int, int, str, str, float | None]] = []

        def free(s: int, e: int) -> bool:
            return s < e and taken.find(1, s, e) == -1 and in_title.find(1, s, e) == -1

        def take(s: int, e: int, label: str, source: str, conf: float | None) -> None:
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, label, source, conf))

        gazetteer = list(doc.spans[self.gazetteer_key]) if self.gazetteer_key in doc.spans else []
        places = [(g.start_char, g.end_char) for g in gazetteer if g.label_ == "GPE"]
        for span in doc.spans[self.grammar_key] if self.grammar_key in doc.spans else []:
            s, e = span.start_char, span.end_char
            if span.label_ == "QUANTITY" and CN_NUMERAL.match(span.text) and any(ps < e and s < pe and pe > e for ps, pe in places):
                continue  # a numeral inside a place name
            if free(s, e):
                take(s, e, span.label_, "grammar", 1.0)

        if self.bylines:
            for s, e in byline_persons(text, self.repair.lists, self.repair.is_person_name):
                if free(s, e):
                    take(s, e, "PERSON", "rule", 1.0)
            for s, e in outlet_orgs(text, self.repair.lists):
                if free(s, e):
                    take(s, e, "ORG", "rule", 1.0)

        scores = doc.user_data.get(SCORES_KEY, {})
        token_ends = {t.idx + len(t.text) for t in doc}
        for ent in doc.ents:
            if ent.label_ not in self.model_labels:
                continue
            conf = scores.get((ent.start_char, ent.end_char, ent.label_)) if scores else None
            if conf is not None and conf < self.threshold:
                continue
            for s, e, label in self.repair.repair(text, ent.start_char, ent.end_char, ent.label_, conf, token_ends):
                if not free(s, e) and label == "ORG":
                    # cut before a span already taken (a DATE inside a run-on name) and repair again
                    cut = next((i for i in range(s, e) if taken[i]), e)
                    fixed = self.repair.repair(text, s, cut, label, conf, token_ends) if cut > s + 1 else []
                    s, e, label = fixed[0] if fixed else (s, e, label)
                if free(s, e):
                    take(s, e, label, "model", conf)

        persons = [(s, e) for s, e, lab, _, _ in chosen if lab == "PERSON"]
        for span in gazetteer:
            s, e = span.start_char, span.end_char
            if span.label_ == "TITLE" and not self._near_person(doc, s, e, persons):
                continue
            if span.label_ == "GPE" and not self.repair.is_place(span.text):
                continue
            if free(s, e):
                take(s, e, span.label_, "gazetteer", 1.0)

        self._set_ents(doc, self._join_places(text, chosen))
        return doc

    @staticmethod
    def _join_places(text: str, chosen):
        """Places written together are one GPE (河南省 + 濮阳市台前县)."""
        out = []
        for item in sorted(chosen):
            if out and item[2] == "GPE" and out[-1][2] == "GPE" and out[-1][1] == item[0]:
                prev = out.pop()
                confs = [c for c in (prev[4], item[4]) if c is not None]
                item = (prev[0], item[1], "GPE", prev[3], min(confs) if confs else None)
            out.append(item)
        return out

    def _near_person(self, doc: Doc, s: int, e: int, persons: list[tuple[int, int]]) -> bool:
        """A title is an entity only when it describes a named person nearby."""
        text = text_of(doc)
        for ps, pe in persons:
            # distances first: slicing the text up to a far-away person made long documents quadratic
            if 0 <= ps - e <= 8:
                between_after = text[e:ps]  # title before the name: 局长吕克军, 党组书记、局长尹崧
                if re.fullmatch(r"[、，,\s\u4e00-\u9fff]{0,8}", between_after) and (ps - e <= 1 or "、" in between_after):
                    return True
            if 0 <= s - pe <= 1 and text[pe:s].strip() == "":  # name before the title: 吕克军局长
                return True
        return False

    @staticmethod
    def _set_ents(doc: Doc, chosen) -> None:
        chosen = sorted(chosen)
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
