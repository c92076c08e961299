"""What the page-pattern tests ask of a text: is a piece marked as page chrome, which entities come out."""

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
