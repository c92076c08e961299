"""Anonymised persons (a surname and 某) name nobody: no PERSON, no title beside them, no official.

GUIDELINES.md, Names: court and bureau notices hide the names of the people they punish; the
pattern is a surname followed by 某 or 某某.  Real names are kept, including the posts before them.
"""
import pytest

from pipeline.components.entity_passes.persons import is_anonymised


@pytest.mark.parametrize("name, hidden", [
    ("姜某", True), ("李某某", True), ("欧阳某", True), ("张建国", False), ("某某", False), ("王", False),
])
def test_anonymised_shape(name, hidden):
    assert is_anonymised(name) is hidden


def test_hidden_names_and_their_posts_are_no_entities(nlp):
    doc = nlp("警方对涉事企业总经理吕某、生产主管何某某依法行政拘留,另有邓某等三人被移送审查。")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert not any(label in ("PERSON", "TITLE") for _, label in labels), labels
    assert not doc._.officials


def test_named_official_beside_a_hidden_name_is_kept(nlp):
    doc = nlp("县生态环境局局长陈立新介绍,涉事企业法定代表人范某已被立案调查。")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("陈立新", "PERSON") in labels and ("局长", "TITLE") in labels
    assert ("范某", "PERSON") not in labels and ("法定代表人", "TITLE") not in labels
