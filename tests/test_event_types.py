"""Event types have one home (pipeline/event_types.py): a type declared there is read, recorded, validated,
scored and reported with no other code change — only its words in configs/events.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline import event_types
from pipeline.event_types import EVENT_TYPES, EventType

from .conftest import ROOT

PACKAGE = ROOT / "pipeline"


def test_shipped_type_names_appear_in_no_other_module():
    """A quoted type name anywhere else in the code would be a second declaration to keep in step."""
    pattern = re.compile("[\"'](" + "|".join(EVENT_TYPES) + ")[\"']")
    elsewhere = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py")
                 if p.name != "event_types.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert elsewhere == []


@pytest.fixture
def training_session(monkeypatch, tmp_path) -> Path:
    """A made-up gathering type declared the way an extension does it, plus its trigger words."""
    monkeypatch.setattr(event_types, "_DECLARED", dict(event_types._DECLARED))
    event_types.declare(EventType("training_session", "gathering", "a training course (培训班)"))
    words = json.loads((ROOT / "configs" / "events.json").read_text(encoding="utf-8"))
    words["training_session"] = ["培训班"]
    path = tmp_path / "events.json"
    path.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_declared_type_is_read_recorded_validated_scored_and_reported(training_session, extractor):
    from pipeline.annotation.validate import check_doc
    from pipeline.evaluation.scorer import event_tuples
    from pipeline.extractor import Extractor
    from pipeline.io.readers import Document
    from pipeline.schema import GoldDoc

    text = "2024年3月12日，聊城市生态环境局举办全市环境执法培训班。"
    custom = Extractor.from_config(overrides={"components.events.words": str(training_session)})
    record = custom.process_one(Document(id="t", text=text))
    [event] = [e for e in record.events if e.type == "training_session"]
    assert event.date == "2024-03-12" and event.organizer
    assert event.jurisdiction is None and not event.metrics  # a gathering keeps only a gathering's fields

    gold = GoldDoc(id="g", text=text, events=[{"type": "training_session", "date": "2024-03-12"},
                                              {"type": "lecture"}])
    problems = [p.message for p in check_doc(gold, "gold.jsonl", frozenset())]
    assert problems == ["event #1 has unknown type 'lecture' (known: press_conference, meeting, "
                        "enforcement_outcome, training_session)"]
    slots = event_tuples([{"type": "training_session", "date": "2024-03-12", "speakers": ["王刚"]}])
    assert slots == {"date": {("training_session", "2024-03-12")}, "speaker": {("training_session", "王刚")}}
    assert "training_session" in event_types.types_of_kind("gathering")


def test_a_declared_type_without_words_is_refused_by_name(training_session):
    from pipeline.extractor import Extractor

    with pytest.raises(Exception, match="no words for event type.*training_session"):
        Extractor.from_config()
