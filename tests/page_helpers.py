"""What the page-pattern tests ask of a text: is a piece marked as page chrome, which entities come out,
which gatherings and officials the record holds."""

from __future__ import annotations

from pipeline.boilerplate import find_regions
from pipeline.io.readers import Document


def marked(text: str, piece: str) -> bool:
    """Every character of ``piece`` (its first occurrence, trailing spaces aside) lies in a boilerplate region."""
    start = text.index(piece)
    regions = find_regions(text)
    return all(any(r.start <= i < r.end for r in regions) for i in range(start, start + len(piece.strip())))


def ents(extractor, text: str) -> list[tuple[str, str]]:
    """(text, label) of the record's entities: offsets into the text as given, as a user sees them."""
    record = extractor.process_one(Document("t", text=text)).to_json_dict()
    return [(e["text"], e["label"]) for e in record["entities"]]


def page_record(extractor, text: str, meta: dict | None = None) -> dict:
    """The JSON record of one text with the article metadata a page would carry (province, city)."""
    return extractor.process_one(Document("t", text=text, meta=meta or {})).to_json_dict()


def gatherings(rec: dict) -> list[dict]:
    """A record's press conferences and meetings (every event but enforcement outcomes)."""
    return [e for e in rec["events"] if e["type"] != "enforcement_outcome"]


def first_gathering(rec: dict, kind: str) -> dict:
    """The record's first gathering of one type (``meeting``, ``press_conference``); the test fails without one."""
    found = [e for e in gatherings(rec) if e["type"] == kind]
    assert found, f"no {kind} in {rec['events']}"
    return found[0]


def officials(rec: dict) -> dict[str, dict]:
    """A record's officials by person."""
    return {o["person"]: o for o in rec["officials"]}
