"""What the page-pattern tests ask of a text: is a piece marked as page chrome, which entities come out,
which gatherings and officials the record holds, and the records and events of a text read with given metadata."""

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


def gpes(extractor, text: str) -> list[str]:
    """The texts of the record's administrative places (GPE), in reading order."""
    return [t for t, label in ents(extractor, text) if label == "GPE"]


def record_of(extractor, text: str, **meta) -> dict:
    """The JSON record of one text, the article metadata (province, city, published) given as keywords."""
    return page_record(extractor, text, meta)


def gatherings_of(extractor, text: str, **meta) -> list[dict]:
    """The press conferences and meetings of one text read with the metadata given as keywords."""
    return gatherings(record_of(extractor, text, **meta))


def meetings_of(extractor, text: str, **meta) -> list[dict]:
    """The meetings of one text read with the metadata given as keywords."""
    return [e for e in record_of(extractor, text, **meta)["events"] if e["type"] == "meeting"]


def outcomes_of(extractor, text: str, **meta) -> list[dict]:
    """The enforcement outcomes of one text read with the metadata given as keywords."""
    return [e for e in record_of(extractor, text, **meta)["events"] if e["type"] == "enforcement_outcome"]


def county_repair():
    """An entity repairer over the configured lists that knows two county posts and Jiangxi, for tests of
    single repair passes on county pages."""
    from pipeline.components.entity_rules import EntityRepair, load_rule_lists

    lists = load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                            "configs/gazetteers/surnames.txt")
    return EntityRepair(lists, {"副县长": "TITLE", "县委书记": "TITLE", "江西": "GPE", "江西省": "GPE"})


def model_spans(text: str, *items: tuple[str, str]) -> list[tuple]:
    """(start, end, label, "model", 0.9) of each (surface, label): entity spans as the model would hand them
    to the merger."""
    out = []
    for surface, label in items:
        s = text.index(surface)
        out.append((s, s + len(surface), label, "model", 0.9))
    return out


YICHUN = {"province": "江西省", "city": "宜春市"}
NANTONG = {"province": "江苏省", "city": "南通市"}


def yichun_record(extractor, text: str, **meta) -> dict:
    """The record of a text read as a page from Yichun (Jiangxi), unless other metadata is given."""
    return page_record(extractor, text, meta or YICHUN)


def nantong_record(extractor, text: str, **meta) -> dict:
    """The record of a text read as a page from Nantong (Jiangsu), unless other metadata is given."""
    return page_record(extractor, text, meta or NANTONG)


def dated_gatherings(extractor, text: str, published: str | None = "2024-07-20") -> list[dict]:
    """The gatherings of a text read as a page published on the day given (``None``: an undated page)."""
    meta = {"published": published} if published else {}
    return gatherings(page_record(extractor, text, meta))


def doc_ents(nlp, text: str) -> set[tuple[str, str]]:
    """(text, label) of the entities the pipeline sets on the Doc of a text, without building a record."""
    return {(e.text, e.label_) for e in nlp(text).ents}


def record_ents(extractor, text: str) -> set[tuple[str, str]]:
    """(text, label) of a record's entities, read through the record object rather than its JSON."""
    record = extractor.process_one(Document("t", text=text, meta={}))
    return {(e.text, e.label) for e in record.entities}


def quantity_links(nlp, text: str) -> dict[str, tuple]:
    """(indicator, role) of each quantity the pipeline finds in a text, by its surface."""
    return {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}


def quantity_links_directed(nlp, text: str) -> dict[str, tuple]:
    """(indicator, role, direction) of each quantity the pipeline finds in a text, by its surface."""
    return {e.text: (e._.indicator, e._.role, e._.direction) for e in nlp(text).ents if e.label_ == "QUANTITY"}
