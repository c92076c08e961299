"""The taxonomy's cue words: other names pages give an indicator (良好率 for the share of good days, 林木覆盖率
for forest cover, EQI for the ecological quality index, 在线监控 for online monitoring …) reach the features as
that indicator's cue, and a sentence written with them is linked to it.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.linking.features import Featurizer
from pipeline.taxonomy import load_taxonomy

from .page_helpers import quantity_links

TAXONOMY = Path(__file__).resolve().parents[1] / "configs" / "indicators.tsv"


@pytest.mark.parametrize("phrase, indicator", [
    ("环境空气质量良好率", "air.good_days_ratio"),
    ("空气质量达标率", "air.good_days_ratio"),
    ("达标天数比例", "air.good_days_ratio"),
    ("AQI达标天数", "air.good_days"),
    ("林木覆盖率", "ecology.forest_coverage"),
    ("林地覆盖率", "ecology.forest_coverage"),
    ("生态质量指数", "ecology.ei_index"),
    ("生态环境质量指数", "ecology.ei_index"),
    ("“绿水青山就是金山银山”实践创新基地", "ecology.demonstration"),
    ("工业VOC治理", "emission.vocs"),
    ("燃煤锅炉淘汰", "emission.industrial"),
    ("低氮燃烧改造", "emission.industrial"),
    ("超低排放改造", "emission.industrial"),
    ("在线监控设备", "enforcement.monitoring"),
    ("问题清单", "enforcement.issues_found"),
    ("生态缓冲区", "water.projects"),
])
def test_a_name_pages_give_an_indicator_is_its_cue(phrase, indicator):
    hits = Featurizer(load_taxonomy(str(TAXONOMY))).cue_hits(phrase)
    assert [ind for _, _, ind in hits] == [indicator]


def test_the_water_compliance_rate_keeps_its_own_cue():
    """达标率 alone still names a water section's compliance; only the air's own names are good-day shares."""
    hits = Featurizer(load_taxonomy(str(TAXONOMY))).cue_hits("考核断面达标率")
    assert [ind for _, _, ind in hits] == ["water.sections_compliance"]


@pytest.mark.parametrize("text, surface, indicator", [
    # each of these was read as other (or another row) before the name was a cue
    ("城区空气质量良好率96.4%，居全市第二。", "96.4%", "air.good_days_ratio"),
    ("全区林地覆盖率63.8%，湿地保护率52%。", "63.8%", "ecology.forest_coverage"),
    ("全市生态环境质量指数达到71.3。", "71.3", "ecology.ei_index"),
    ("全市在线监控设施已联网312套。", "312套", "enforcement.monitoring"),
    ("列出问题清单183个。", "183个", "enforcement.issues_found"),
])
def test_a_sentence_written_with_such_a_name_is_linked_to_the_indicator(nlp, text, surface, indicator):
    assert quantity_links(nlp, text)[surface][0] == indicator
