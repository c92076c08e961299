"""The analytical store's tables: one declaration that DDL, writers and README follow.

Every table carries ``record_key`` (a digest of ``doc_id``, ``text_sha256`` and
``model_version``, the identity ``--resume`` already uses) and ``doc_id``, so
that a re-run of a document replaces exactly its own rows and an analyst can
join any table to ``documents`` on either column.  Types are DuckDB's; the
SQLite, Parquet and CSV writers map them (see :mod:`.stores`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..event_types import EVENT_TYPES


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type_: str, doc: str) -> Column:
    return Column(name, type_, doc)


_KEY = (
    _c("record_key", "VARCHAR", "digest of doc_id, text_sha256 and model_version: one extraction of one text"),
    _c("doc_id", "VARCHAR", "the document id (path relative to the input folder, or the JSONL id)"),
)
_PLACE = (
    _c("place", "VARCHAR", "jurisdiction normalised with the division gazetteer (聊城, 山东省聊城市 -> 聊城市)"),
    _c("place_level", "VARCHAR", "province, city or county; NULL when the name is not a known division"),
    _c("province", "VARCHAR", "the province the place lies in"),
    _c("city", "VARCHAR", "the prefecture-level city the place lies in (the place itself for a city)"),
)

TABLES: dict[str, Table] = {t.name: t for t in (
    Table("documents", "one row per record (ok or error)", _KEY + (
        _c("text_sha256", "VARCHAR", "SHA-256 of the input text; equal values are reprints"),
        _c("text_simhash", "VARCHAR", "64-bit SimHash of the text (hex); a few bits apart = near-identical text"),
        _c("model_version", "VARCHAR", "the pipeline version that produced the record"),
        _c("source", "VARCHAR", "where the text was read from"),
        _c("status", "VARCHAR", "ok or error"),
        _c("error", "VARCHAR", "the reason, for error records"),
        _c("title", "VARCHAR", "article title (meta.title)"),
        _c("published", "DATE", "publication date when the pipeline or the input gave a full date"),
        _c("province", "VARCHAR", "the article's province (meta.province)"),
        _c("city", "VARCHAR", "the article's city (meta.city)"),
        _c("county", "VARCHAR", "the article's county (meta.county)"),
        _c("n_entities", "INTEGER", "entities extracted"),
        _c("n_quantities", "INTEGER", "quantities extracted"),
        _c("n_officials", "INTEGER", "officials extracted"),
        _c("n_events", "INTEGER", "events extracted"),
        _c("warnings", "VARCHAR", "the record's warnings, joined by ' | '"),
        _c("meta", "VARCHAR", "the record's whole meta object as JSON"),
        _c("loaded_at", "TIMESTAMP", "when the row was written (UTC)"),
    )),
    Table("entities", "one row per entity", _KEY + (
        _c("idx", "INTEGER", "position in the record's entities list"),
        _c("label", "VARCHAR", "ORG, PERSON, TITLE, GPE, LOC, DATE or QUANTITY"),
        _c("text", "VARCHAR", "the entity's exact characters"),
        _c("norm", "VARCHAR", "normalised form (dates)"),
        _c("start", "INTEGER", "offset into the original text"),
        _c("end", "INTEGER", "end offset (exclusive)"),
        _c("confidence", "DOUBLE", "the producing component's confidence"),
        _c("source", "VARCHAR", "grammar, model, gazetteer or rule"),
    )),
    Table("quantities", "one row per number, with what it measures, where and when", _KEY + (
        _c("idx", "INTEGER", "position in the record's quantities list"),
        _c("text", "VARCHAR", "the number as written"),
        _c("value", "DOUBLE", "its value in its unit"),
        _c("unit", "VARCHAR", "normalised unit (%, µg/m³, days, yuan ...)"),
        _c("approx", "VARCHAR", "approximation marker (约, 超过 ...)"),
        _c("indicator", "VARCHAR", "the environmental indicator (air.pm25 ...; other)"),
        _c("role", "VARCHAR", "value, change, rank or target"),
        _c("direction", "VARCHAR", "for changes: up, down or flat"),
        _c("delta", "DOUBLE", "for changes: the signed value (下降8.8% -> -8.8)"),
        _c("confidence", "DOUBLE", "the indicator/role classifier's confidence"),
        _c("jurisdiction", "VARCHAR", "the place as the pipeline read it"),
        *_PLACE,
        _c("period", "VARCHAR", "canonical period: 2024, 2024-H1, 2024-Q3, 2024-03 or an ISO range"),
        _c("period_start", "DATE", "first day of the period"),
        _c("period_end", "DATE", "last day of the period"),
        _c("start", "INTEGER", "offset of the number in the original text"),
        _c("end", "INTEGER", "end offset (exclusive)"),
        _c("sentence", "VARCHAR", "the evidence sentence (NULL when the record carries no text)"),
        _c("sentence_start", "INTEGER", "offset of the sentence in the original text"),
        _c("sentence_end", "INTEGER", "end offset of the sentence"),
    )),
    Table("officials", "one row per official named", _KEY + (
        _c("idx", "INTEGER", "position in the record's officials list"),
        _c("person", "VARCHAR", "the person's name"),
        _c("titles", "VARCHAR", "their titles, joined by '、'"),
        _c("org", "VARCHAR", "the body they speak for"),
        _c("start", "INTEGER", "offset of the mention"),
        _c("end", "INTEGER", "end offset"),
    )),
    Table("events", "one row per event: press conferences, meetings, enforcement outcomes", _KEY + (
        _c("idx", "INTEGER", "position in the record's events list"),
        _c("type", "VARCHAR", " or ".join(EVENT_TYPES)),
        _c("date", "VARCHAR", "the event's date as normalised (XXXX-03-12 when the year is unknown)"),
        _c("event_date", "DATE", "the date when it is complete (year known)"),
        _c("title", "VARCHAR", "the event's title"),
        _c("organizer", "VARCHAR", "the organising body"),
        _c("speakers", "VARCHAR", "speakers joined by '、' (one row each in event_people)"),
        _c("moderator", "VARCHAR", "the moderator"),
        _c("jurisdiction", "VARCHAR", "enforcement outcomes: the place as read"),
        *_PLACE,
        _c("period", "VARCHAR", "enforcement outcomes: the canonical period"),
        _c("evidence_start", "INTEGER", "start of the first evidence range"),
        _c("evidence_end", "INTEGER", "end of the first evidence range"),
        _c("evidence", "VARCHAR", "the sentence holding the first evidence range (NULL without text)"),
    )),
    Table("event_metrics", "one row per figure of an enforcement outcome", _KEY + (
        _c("event_idx", "INTEGER", "the event's idx"),
        _c("metric", "VARCHAR", "the indicator (enforcement.penalty_amount ...)"),
        _c("value", "DOUBLE", "its value (yuan for amounts)"),
    )),
    Table("event_people", "one row per speaker or moderator of an event", _KEY + (
        _c("event_idx", "INTEGER", "the event's idx"),
        _c("person", "VARCHAR", "the person's name"),
        _c("part", "VARCHAR", "speaker or moderator"),
        _c("titles", "VARCHAR", "their titles in the same record (officials), joined by '、'"),
        _c("org", "VARCHAR", "their body in the same record (officials)"),
    )),
)}

#: written by ``ecoie consolidate`` (not by export): one row per (place, period, indicator, role)
CONSOLIDATED = Table("consolidated", "one row per (place, period, indicator, role) across articles", (
    _c("place", "VARCHAR", "normalised jurisdiction"),
    _c("province", "VARCHAR", "its province"),
    _c("city", "VARCHAR", "its city"),
    _c("period", "VARCHAR", "canonical period"),
    _c("period_start", "DATE", "first day of the period"),
    _c("period_end", "DATE", "last day of the period"),
    _c("indicator", "VARCHAR", "the indicator"),
    _c("role", "VARCHAR", "value, change, rank or target"),
    _c("unit", "VARCHAR", "the unit of the agreed value"),
    _c("value", "DOUBLE", "the agreed value: the one most articles state, the most precise on a tie"),
    _c("n_articles", "INTEGER", "distinct articles stating the agreed value (reprints count once)"),
    _c("n_sources", "INTEGER", "distinct articles stating any value"),
    _c("conflict", "BOOLEAN", "true when sources disagree beyond the precision they state"),
    _c("values", "VARCHAR", "every distinct value stated, with its article count (38 ×2 | 41 ×1)"),
    _c("sources", "VARCHAR", "JSON list of {doc_id, published, value, text, sentence, start, end, reprints}"),
))

ALL_TABLES: dict[str, Table] = {**TABLES, CONSOLIDATED.name: CONSOLIDATED}


def ddl(table: Table, dialect: str = "duckdb") -> str:
    """CREATE TABLE statement (SQLite gets its loose type names)."""
    cols = ", ".join(f'"{c.name}" {_sqlite_type(c.type) if dialect == "sqlite" else c.type}' for c in table.columns)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" ({cols})'


def _sqlite_type(type_: str) -> str:
    return {"VARCHAR": "TEXT", "INTEGER": "INTEGER", "DOUBLE": "REAL", "DATE": "TEXT", "TIMESTAMP": "TEXT",
            "BOOLEAN": "INTEGER"}[type_]
