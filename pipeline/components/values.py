"""``ecoie_values``: normalised values for DATE and QUANTITY entities.

* DATE -> ``Span._.norm`` (ISO-style, see :mod:`pipeline.grammar.dates`),
  with the year taken from the last explicit year before it in the text or
  the document's reference date (``doc._.context``), never invented;
* QUANTITY -> ``Span._.value``, ``Span._.unit``, ``Span._.approx``
  (see :mod:`pipeline.grammar.values`); a table cell's were read with its
  column's unit by ``ecoie_tables`` (``doc._.tables``) and are taken from there.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grammar.dates import DateContext, context_year, explicit_years, normalize_date
from ..grammar.values import normalize_quantity
from ..contract import boilerplate_of
from .spans import text_of

MONTH_DAY = re.compile(r"^(\d{1,2})月(\d{1,2})日")

@Language.factory(
    "ecoie_values",
    requires=["doc.ents", "doc._.context"],
    assigns=["span._.norm", "span._.value", "span._.unit", "span._.approx"],
)
def create_values(nlp: Language, name: str) -> "ValueNormalizer":
    return ValueNormalizer()


class ValueNormalizer:
    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.context if Doc.has_extension("context") else None
        reference = ctx.reference if ctx else None
        ref_year = ctx.year if ctx else None
        boilerplate = boilerplate_of(doc)
        # a table cell's unit is written once, in its column's header: its table gave it value and unit
        cells = {(c.start, c.end): c for c in (doc._.tables or [])} if Doc.has_extension("tables") else {}
        years = [(pos, y) for pos, y in explicit_years(text_of(doc))
                 if not any(bs <= pos < be for bs, be in boilerplate)]
        for ent in doc.ents:
            if ent.label_ == "DATE":
                year = context_year(years, ent.start_char, ref_year)
                md = MONTH_DAY.match(ent.text)
                if md and reference:
                    # an event's month and day: the year of the article's own date (the
                    # year before, if that day would lie after the article's date)
                    later = (int(md.group(1)), int(md.group(2))) > (int(reference[5:7]), int(reference[8:10]))
                    year = int(reference[:4]) - (1 if later else 0)
                ent._.norm = normalize_date(ent.text, DateContext(year=year, reference=reference))
            elif ent.label_ == "QUANTITY":
                cell = cells.get((ent.start_char, ent.end_char))
                if cell is not None:
                    ent._.value, ent._.unit, ent._.approx = cell.value, cell.unit, None
                    continue
                q = normalize_quantity(ent.text)
                ent._.value, ent._.unit, ent._.approx = q.value, q.unit, q.approx
        return doc
