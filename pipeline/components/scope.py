"""``ecoie_scope``: the jurisdiction and period each QUANTITY reports on.

* jurisdiction: the last GPE (or the place an ORG's name starts with) in the
  sentence before the number; ``全市``/``我市``/``全县`` and sentences without a
  place fall back to the article's place (``doc._.context``: county for a
  county article's 全县, else the city);
* period: the last DATE before the number in the sentence, else the last
  DATE in the preceding sentences of the same paragraph, else the year the
  article reports on; always in one canonical form (``2024``, ``2024-H1``,
  ``2024-Q1``, ``2024-03`` or an ISO range; :mod:`pipeline.grammar.periods`)
  with ``period_start``/``period_end``.  A target stated for the year
  (``全年``, ``年度目标``, ``到2025年``, ``年底前``) takes that year, not the
  quarter the article reports on;
* a table cell (``doc._.tables``): the place its row head names (a transposed
  table's column header), the period a date in its column header, row head
  or the table's caption names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grammar.periods import canonical_period
from .. import contract  # noqa: F401  (registers the span extensions)
from .context import load_divisions
from .spans import text_of


#: a target set for a whole year: 全年, 年度目标, 到2025年, 2025年底前
YEAR_TARGET = re.compile(r"(?:到|至|力争|确保)?(\d{4})年(?:底|末)?前?|全年|年度|年底前|年内")
LIST_GLUE = re.compile(r"\s*(?:、|，|,|和|及|与|以及)\s*")
#: a row head written as a place name: 东湖区, 西山县, 高新区 (not an area word: 建成区, 城区, 自然保护区)
TABLE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,5}(?:省|市|县|区|旗|州|盟|镇|乡|街道)"
                         r"(?<!城区)(?<!市区)(?<!园区)(?<!景区)(?<!社区)(?<!片区)(?<!辖区)(?<!库区)(?<!矿区)(?<!山区)"
                         r"(?<!地区)(?<!保护区)(?<!示范区)(?<!建成区)(?<!功能区)")
ARTICLE_PLACE = re.compile(r"(全市|我市|本市|全县|我县|本县|全区|我区|本区|我省)")  # 全省 is usually the pool a city ranks in


@Language.factory("ecoie_scope", requires=["doc.ents", "doc._.context", "span._.norm", "span._.role"],
                  assigns=["span._.jurisdiction", "span._.period", "span._.period_start", "span._.period_end"],
                  default_config={"divisions": "configs/gazetteers/divisions.tsv"})
def create_scope(nlp: Language, name: str, divisions: str) -> "ScopeResolver":
    return ScopeResolver(divisions)


class ScopeResolver:
    def __init__(self, divisions: str):
        self.divisions = load_divisions(divisions)

    def _place(self, ent: Span) -> str | None:
        text = ent.text
        if ent.label_ == "GPE":
            div = self.divisions.get(text)
            if div and div.name.endswith("自治州") and text.endswith("州"):
                return text  # 湘西州 as the article writes it, not 湘西土家族苗族自治州
            return div.name if div else text
        return self._org_place(text)

    def _org_place(self, text: str) -> str | None:
        """The place an ORG is named after (聊城市生态环境局 -> 聊城市); of places written together the
        last, the one inside the others (甘肃省甘南州生态环境局 -> 甘南州, not the province)."""
        place, start = None, 0
        while start < len(text):
            for j in range(min(len(text), start + 10), start + 1, -1):
                div = self.divisions.get(text[start:j])
                if div and (place is None or place.name in (div.province, div.city)):
                    place, start = div, j
                    break
            else:
                break
        return place.name if place else None

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.context if doc.has_extension("context") else None
        # the article's own place: its city, else (a province-wide article) its province
        city = (ctx.city or ctx.province) if ctx else None
        ents = list(doc.ents)
        default_period = self._document_period(ents) or (str(ctx.year) if ctx and ctx.year else None)
        last_period_in_paragraph: str | None = None
        starts = [e.start_char for e in ents]  # doc.ents are in text order
        for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            if "\n" in text_of(doc)[max(0, sent.start_char - 1) : sent.start_char + 1]:
                last_period_in_paragraph = None
            in_sent = ents[bisect_left(starts, sent.start_char):bisect_left(starts, sent.end_char)]
            for q in (e for e in in_sent if e.label_ == "QUANTITY"):
                before = [e for e in in_sent if e.end_char <= q.start_char]
                q._.jurisdiction = self._jurisdiction(doc, sent, q, before) or self._article_place(
                    text_of(doc)[sent.start_char : q.start_char], ctx) or city
                dates = [e._.norm for e in before if e.label_ == "DATE" and e._.norm]
                norm = dates[-1] if dates else (last_period_in_paragraph or default_period)
                if q._.role == "target":
                    norm = self._target_year(text_of(doc)[sent.start_char:q.start_char], norm) or norm
                period = canonical_period(norm)
                q._.period, q._.period_start, q._.period_end = (
                    (period.period, period.start, period.end) if period else (None, None, None))
            self._pair_respectively(text_of(doc), in_sent)
            sent_dates = [e._.norm for e in in_sent if e.label_ == "DATE" and e._.norm]
            if sent_dates:
                last_period_in_paragraph = sent_dates[-1]
        if doc.has_extension("tables") and doc._.tables:
            self._table_scope(doc, ents, starts, doc._.tables)
        return doc

    def _table_scope(self, doc: Doc, ents: list[Span], starts: list[int], cells) -> None:
        """A table cell is measured where its row head (or, transposed, its column header) says, in
        the period its column header, row head or caption names (else the one found above)."""
        found = {(c.start, c.end): c for c in cells}

        def inside(start: int, end: int, labels: tuple[str, ...]) -> list[Span]:
            if start < 0:
                return []
            return [e for e in ents[bisect_left(starts, start):bisect_left(starts, end)]
                    if e.end_char <= end and e.label_ in labels]

        for q in (e for e in ents if e.label_ == "QUANTITY"):
            cell = found.get((q.start_char, q.end_char))
            if cell is None:
                continue
            for start, end in ((cell.row_start, cell.row_end), (cell.column_start, cell.column_end)):
                places = [p for p in (self._place(e) for e in inside(start, end, ("GPE", "ORG"))) if p]
                head = text_of(doc)[start:end].strip() if start >= 0 else ""
                if not places and head:
                    places = [self._head_place(head, doc._.context if doc.has_extension("context") else None)]
                if places and places[-1]:
                    q._.jurisdiction = places[-1]
                    break
            for start, end in ((cell.column_start, cell.column_end), (cell.row_start, cell.row_end),
                               (cell.caption_start, cell.caption_end)):
                dates = [e._.norm for e in inside(start, end, ("DATE",)) if e._.norm]
                period = canonical_period(dates[-1]) if dates else None
                if period:
                    q._.period, q._.period_start, q._.period_end = period.period, period.start, period.end
                    break

    def _jurisdiction(self, doc: Doc, sent, q: Span, before: list[Span]) -> str | None:
        """The place of the quantity's clause, else the sentence's subject place (not a province if a smaller one is named)."""
        places = [(e, p) for e, p in ((e, self._place(e)) for e in before if e.label_ in ("GPE", "ORG")) if p]
        if not places:
            return None
        text = text_of(doc)[sent.start_char : q.start_char]
        clause_start = sent.start_char + max(text.rfind(c) for c in "，,；;")

        def local(p: str) -> bool:
            return self.divisions.get(p) is None or self.divisions[p].level != "province"

        in_clause = [p for e, p in places if e.start_char > clause_start]
        for candidates in ([p for p in in_clause if local(p)], [p for _, p in places if local(p)][:1], in_clause,
                           [p for _, p in places][:1]):
            if candidates:
                return candidates[-1]
        return None

    def _pair_respectively(self, text: str, in_sent: list[Span]) -> None:
        """``A区、B区、C市分别为18件、15件、13件``: the n-th place takes the n-th number.

        Also with the numbers first (``18件、15件、13件，分别来自A区、B区、C市``).
        A list of places is two or more places joined by 、/和/及/与 only.
        """
        places = self._runs(text, [e for e in in_sent if e.label_ == "GPE"])
        numbers = self._runs(text, [e for e in in_sent if e.label_ == "QUANTITY"])
        for run in numbers:
            n = len(run)
            before = [p for p in places if len(p) == n and p[-1].end_char <= run[0].start_char
                      and "分别" in text[p[-1].end_char:run[0].start_char]]
            after = [p for p in places if len(p) == n and p[0].start_char >= run[-1].end_char
                     and "分别" in text[run[-1].end_char:p[0].start_char]]
            chosen = before[-1] if before else (after[0] if after else None)
            if chosen:
                for q, place in zip(run, chosen):
                    q._.jurisdiction = self._place(place) or place.text

    @staticmethod
    def _runs(text: str, ents: list[Span]) -> list[list[Span]]:
        """Maximal chains of entities joined only by list separators."""
        runs: list[list[Span]] = []
        for e in ents:
            if runs and LIST_GLUE.fullmatch(text[runs[-1][-1].end_char:e.start_char]):
                runs[-1].append(e)
            else:
                runs.append([e])
        return runs

    def _head_place(self, head: str, ctx) -> str | None:
        """A row head that names a place the entity readers did not know: a division, a name ending
        in a division word (东湖区, 西山县), or the article's own place (全市, 全县)."""
        if ARTICLE_PLACE.fullmatch(head):
            return self._article_place(head, ctx)
        div = self.divisions.get(head)
        if div:
            return div.name
        return head if TABLE_PLACE.fullmatch(head) else None

    @staticmethod
    def _target_year(text_before: str, norm: str | None) -> str | None:
        """The year of a target stated for a whole year (``全年…力争``, ``到2025年``), else None."""
        clause = re.split(r"[。；;]", text_before)[-1]
        found = list(YEAR_TARGET.finditer(clause))
        if not found:
            return None
        if found[-1].group(1):
            return found[-1].group(1)
        year = re.match(r"\d{4}", norm or "")
        return year.group() if year else None

    @staticmethod
    def _document_period(ents: list[Span]) -> str | None:
        """The period the article reports on: its most frequent period-like date (a year, half, quarter, range)."""
        periods = Counter(e._.norm for e in ents if e.label_ == "DATE" and e._.norm
                          and re.fullmatch(r"\d{4}(-H[12]|-Q[1-4]|-\d{2}/\d{4}-\d{2})?", e._.norm))
        return periods.most_common(1)[0][0] if periods else None

    @staticmethod
    def _article_place(text_before: str, ctx) -> str | None:
        if ctx is None:
            return None
        m = ARTICLE_PLACE.search(text_before)
        if m and m.group(1)[-1] in "县" and ctx.county:
            return ctx.county
        if m and m.group(1)[-1] == "省":
            return ctx.province
        return ctx.city or ctx.province
