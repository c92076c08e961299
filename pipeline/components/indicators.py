"""``ecoie_indicators``: link every QUANTITY to its indicator and role.

Backed by the scikit-learn :class:`~pipeline.linking.model.IndicatorLinker`
trained into ``models/indicators`` (skops, trusted types checked), run through
its numpy form (:func:`~pipeline.linking.predictor.load_predictor`: no
scikit-learn import at run time once the set-up cache holds the arrays).  Sets
``Span._.indicator``, ``Span._.role`` and ``Span._.link_confidence`` on each
QUANTITY entity.  :meth:`IndicatorTagger.link_spans` links arbitrary spans
(``ecoie evaluate --oracle-spans`` uses it with the gold spans).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..linking.features import contexts_for
from ..linking.predictor import Link, LinkPredictor, load_predictor
from ..linking.contract_rules import (composite_change_links, named_goal_links, compliance_links, drinking_share_links, unnamed_rank_links, day_category_links, pollutant_change_links, pollutant_list_links, case_count_links, good_day_links, pollutant_links, punishment_links,
                                      rectification_links, threshold_links, unit_links,
                                      water_share_links, air_ranking_links, scope_threshold_links, milestone_links, goal_links, reward_links, closure_and_person_links, rate_change_links,
                                      enforcement_count_links, level_reached_links, change_goal_links, hotline_petition_links, industrial_work_links)
from ..linking.coverage import coverage_links
from ..linking.funding import funding_links
from ..linking.bracketed_goals import bracketed_goal_links, standard_figure_links
from ..linking.deadlines import deadline_links
from ..linking.heading_echoes import heading_echo_links
from ..linking.graded_days import graded_day_links
from ..linking.future_clauses import future_clause_links
from ..linking.preceding_figure_ranks import preceding_figure_rank_links
from ..linking.parallel_changes import SIGNED, baseline_multiple_links, parallel_change_links, shared_unit_links, signed_change_links, subject_list_links
from ..linking.goal_statements import goal_statement_links
from ..linking.bracketed_lists import bracketed_list_links
from ..linking.eco_titles import eco_title_links
from ..linking.evaluation_ranks import evaluation_rank_links, second_scope_rank_links
from ..linking.waste_amounts import hazardous_tonnage_links
from ..linking.water_pollutants import water_concentration_links
from ..linking.plan_shares import plan_share_links
from ..linking.project_kinds import project_kind_links
from ..linking.problem_counts import problem_count_links
from ..linking.pollutant_items import pollutant_item_links
from ..linking.rank_ranges import rank_range_links
from ..linking.rank_shifts import rank_shift_links
from ..linking.ranked_lists import magnitude_links, ranked_list_links
from ..linking.unit_evidence import unit_evidence_links
from ..linking.shared_ranks import shared_rank_links
from ..linking.respectively import respectively_links, shared_value_links
from ..linking.structure_rules import (baseline_links, batch_count_links, person_time_links, breakdown_links, grouped_petition_links, petition_place_list_links, change_list_pollutant_links, count_noun_links, inspection_tally_links, other_index_links, rank_subject_links,
                                       enumeration_links, positional_change_links, water_subject_links, rank_chain_links, rank_role_links, ranking_subject_links, value_change_links, vehicle_links, water_ranking_links)
from ..linking.tables import table_contexts, table_links
from .. import contract  # noqa: F401  (registers the span extensions)
from .segmenter import resolve_project_path
from .spans import text_of



@Language.factory("ecoie_indicators", requires=["doc.ents"],
                  assigns=["span._.indicator", "span._.role", "span._.link_confidence"], default_config={"model": "models/indicators", "taxonomy": "configs/indicators.tsv"})
def create_indicator_tagger(nlp: Language, name: str, model: str, taxonomy: str) -> "IndicatorTagger":
    return IndicatorTagger(load_predictor(resolve_project_path(model), resolve_project_path(taxonomy)))


class IndicatorTagger:
    def __init__(self, linker: LinkPredictor):
        self.linker = linker

    def link_spans(self, doc: Doc, spans: list[tuple[int, int]]) -> list[Link]:
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        cells = doc._.tables if doc.has_extension("tables") else None
        # the classifier reads a signed figure as its number with the sign before it, as it was trained to
        # (+31.0% is 31.0% after a +): a sign inside the span is a surface it never saw
        text = text_of(doc)
        read_as = [(s + 1, e) if SIGNED.match(text, s, e) else (s, e) for s, e in spans]
        contexts = contexts_for(text, read_as, sentences)
        table_contexts(cells, spans, contexts)  # a table cell is read with its row head and column header
        links = self.linker.predict_links(contexts)
        featurizer = self.linker.featurizer
        rules = {**shared_value_links(text_of(doc), spans, featurizer), **respectively_links(text_of(doc), spans, featurizer),
                 **change_list_pollutant_links(text_of(doc), spans), **pollutant_list_links(text_of(doc), spans)}
        for i, indicator in rules.items():
            links[i] = Link(indicator, links[i].role, links[i].confidence)
        text = text_of(doc)
        for i, (indicator, role) in pollutant_links(text, spans, featurizer).items():
            links[i] = Link(indicator or links[i].indicator, role or links[i].role, links[i].confidence)
        for rule in (case_count_links, good_day_links):
            for i, indicator in rule(text, spans, [link.indicator for link in links]).items():
                links[i] = Link(indicator, links[i].role, links[i].confidence)
        # rank words are positions, whatever the classifier read (goals stay with the goal rules below)
        for i, role in rank_role_links(text, spans, [link.role for link in links]).items():
            links[i] = Link(links[i].indicator, role, links[i].confidence)
        # contract decisions on indicator and role, most specific last (each sees the answers before it)
        for decide in (level_reached_links, pollutant_change_links, goal_links, enforcement_count_links, punishment_links, closure_and_person_links, vehicle_links, unit_links, day_category_links, compliance_links, composite_change_links, threshold_links, scope_threshold_links, milestone_links, reward_links, rate_change_links,
                       water_share_links, count_noun_links, air_ranking_links, unnamed_rank_links, other_index_links, rank_subject_links,
                       water_ranking_links, value_change_links, baseline_links, change_goal_links, named_goal_links, inspection_tally_links, rectification_links, breakdown_links, enumeration_links, grouped_petition_links, petition_place_list_links, unit_evidence_links, ranked_list_links, magnitude_links, rank_chain_links, hotline_petition_links, industrial_work_links, positional_change_links, water_subject_links, drinking_share_links, coverage_links, batch_count_links, person_time_links, evaluation_rank_links, second_scope_rank_links, hazardous_tonnage_links, water_concentration_links, funding_links, pollutant_item_links, rank_shift_links, future_clause_links, goal_statement_links, standard_figure_links, deadline_links, bracketed_goal_links, plan_share_links, eco_title_links, preceding_figure_rank_links, rank_range_links, graded_day_links, heading_echo_links, project_kind_links, problem_count_links, parallel_change_links, baseline_multiple_links, shared_unit_links):
            for i, (indicator, role) in decide(text, spans, [link.indicator for link in links]).items():
                links[i] = Link(indicator or links[i].indicator, role or links[i].role, links[i].confidence)
        # a breakdown again, now that the rules after it settled its total (共计2306件。其中A市1263件…: the total is
        # an inspection's petitions only once the tally rules have read the sentences around it)
        # (a total the rules left ``other`` overrides nothing the item's own words decided: 其中，优90天)
        for i, (indicator, _) in breakdown_links(text, spans, [link.indicator for link in links]).items():
            if indicator != "other":
                links[i] = Link(indicator, links[i].role, links[i].confidence)
        # a ranking named by its subject (优良率排名…) and a place's move in it, read with the taxonomy's cue words
        for i, (indicator, role) in ranking_subject_links(text, spans, [link.indicator for link in links], featurizer).items():
            links[i] = Link(indicator or links[i].indicator, role or links[i].role, links[i].confidence)
        # a list read with 分别 after a subject that names one indicator measures that indicator, every member
        for i, (indicator, _) in subject_list_links(text, spans, [link.indicator for link in links], featurizer).items():
            links[i] = Link(indicator, links[i].role, links[i].confidence)
        # one rank shared by a list of indicators (A、B和C均排名全省第一) is the first one's (GUIDELINES s.3)
        for i, (indicator, _) in shared_rank_links(text, spans, [link.indicator for link in links], featurizer).items():
            links[i] = Link(indicator, links[i].role, links[i].confidence)
        # what a table's header decides (its column's indicator and role) overrides every reading of the row
        for i, (indicator, role) in table_links(cells, spans).items():
            links[i] = Link(indicator or links[i].indicator, role or links[i].role, links[i].confidence)
        # a figure written with its sign is a change, in a table too (a column the table reads as values)
        for i, (_, role) in signed_change_links(text, spans, [link.indicator for link in links]).items():
            links[i] = Link(links[i].indicator, role, links[i].confidence)
        # a bracketed list of places' figures is one measurement: its items share one indicator
        for i, (indicator, role) in bracketed_list_links(text, spans, [link.indicator for link in links]).items():
            links[i] = Link(indicator or links[i].indicator, role or links[i].role, links[i].confidence)
        return links

    def __call__(self, doc: Doc) -> Doc:
        quantities = [ent for ent in doc.ents if ent.label_ == "QUANTITY"]
        links = self.link_spans(doc, [(q.start_char, q.end_char) for q in quantities])
        for ent, link in zip(quantities, links):
            ent._.indicator, ent._.role, ent._.link_confidence = link.indicator, link.role, link.confidence
        return doc
