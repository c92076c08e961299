"""Boundary data models: gold documents and pipeline output records.

These are the shapes of ANNOTATION.md sections 1 and 6.  They live at the
boundary (files in, files out); inside the pipeline everything is on spaCy's
``Doc``.  Pydantic gives us validation with readable messages for free, which
``ecoie validate`` turns into per-document reports.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

ENTITY_LABELS: tuple[str, ...] = ("ORG", "PERSON", "TITLE", "GPE", "LOC", "DATE", "QUANTITY")
ROLES: tuple[str, ...] = ("value", "change", "rank", "target")
DIRECTIONS: tuple[str, ...] = ("up", "down", "flat")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldSpan(_Model):
    start: int
    end: int
    label: str
    indicator: Optional[str] = None
    role: Optional[str] = None
    #: for role ``change`` only: the way the indicator's value moved (ANNOTATION.md s.3)
    direction: Optional[str] = None
    #: offset-only gold (``annotations/real``) keeps the span's own surface as a check
    text: Optional[str] = None


class Official(_Model):
    person: str
    titles: list[str] = Field(default_factory=list)
    org: Optional[str] = None


class Event(_Model):
    """One event; which fields matter depends on ``type`` (ANNOTATION.md s.5)."""

    model_config = ConfigDict(extra="allow")

    type: str
    date: Optional[str] = None
    organizer: Optional[str] = None
    speakers: list[str] = Field(default_factory=list)
    moderator: Optional[str] = None
    title: Optional[str] = None
    jurisdiction: Optional[str] = None
    period: Optional[str] = None
    metrics: dict[str, float] = Field(default_factory=dict)
    evidence: list[tuple[int, int]] = Field(default_factory=list)


class GoldDoc(_Model):
    id: str
    text: str
    meta: dict[str, Any] = Field(default_factory=dict)
    spans: list[GoldSpan] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class EntityOut(_Model):
    #: fields registered by custom components (pipeline.contract.register_output_field) come as extras
    model_config = ConfigDict(extra="allow")

    start: int
    end: int
    label: str
    text: str
    norm: Optional[str] = None
    confidence: Optional[float] = None
    source: Optional[str] = None


class QuantityOut(_Model):
    #: fields registered by custom components (pipeline.contract.register_output_field) come as extras
    model_config = ConfigDict(extra="allow")

    start: int
    end: int
    text: str
    value: Optional[float | int] = None
    unit: Optional[str] = None
    approx: Optional[str] = None
    indicator: Optional[str] = None
    role: Optional[str] = None
    #: for role change: up, down or flat, and the value signed in its unit (下降8.8% -> -8.8)
    direction: Optional[str] = None
    delta: Optional[float | int] = None
    confidence: Optional[float] = None
    jurisdiction: Optional[str] = None
    #: canonical: 2024, 2024-H1, 2024-Q3, 2024-03, else an ISO range; first and last days beside it
    period: Optional[str] = None
    period_start: Optional[str] = None
    period_end: Optional[str] = None


class IgnoredOut(_Model):
    """A range of the original text treated as page boilerplate, and the rule that decided it."""

    start: int
    end: int
    rule: str


class OfficialOut(Official):
    start: Optional[int] = None
    end: Optional[int] = None


class Record(BaseModel):
    """One output line: exactly one per input document, ok or error."""

    #: record-level fields registered by custom components come as extras
    model_config = ConfigDict(extra="allow")

    doc_id: str
    source: Optional[str] = None
    text_sha256: Optional[str] = None
    status: Literal["ok", "error", "skipped"] = "ok"
    error: Optional[str] = None
    meta: dict[str, Any] = Field(default_factory=dict)
    entities: list[EntityOut] = Field(default_factory=list)
    quantities: list[QuantityOut] = Field(default_factory=list)
    officials: list[OfficialOut] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    ignored: list[IgnoredOut] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    model_version: Optional[str] = None
    #: the text the offsets point into; only included for HTML input or on request
    text: Optional[str] = None
    normalized_text: Optional[str] = None

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_none=False)
        for optional in ("text", "normalized_text", "error"):
            if data.get(optional) is None:
                data.pop(optional, None)
        return data
