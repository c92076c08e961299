"""Inline annotation markup -> gold JSONL with exact offsets.

Annotators write documents as plain text with inline markup; a script (this
module) strips the markup and computes code-point offsets, so nobody counts
characters by hand.  A source file looks like::

    ---
    id: train-001
    genre: press_conference
    province: 河北省
    city: 廊坊市
    script: simplified
    noise: false
    published: 2024-07-26
    officials:
      - {person: 尹崧, titles: [党组书记, 局长], org: 廊坊市生态环境局}
    events:
      - {type: press_conference, date: 2024-07-26, organizer: 廊坊市政府新闻办公室,
         speakers: [尹崧], moderator: 吴源生}
    ---
    {{7月26日|DATE}}，{{廊坊市政府新闻办公室|ORG}}召开发布会……
    优良天数{{112天|QUANTITY|air.good_days|value}}……

Markup: ``{{surface|LABEL}}`` or, for quantities,
``{{surface|QUANTITY|indicator|role}}``; a change may add its direction,
``{{下降8.8%|QUANTITY|air.pm25|change|down}}`` (``up``, ``down``, ``flat``).  The surface may not contain ``{``,
``}`` or ``|``.  Everything outside ``{{…}}`` is document text, verbatim
(including newlines; the newline after the closing ``---`` is not text).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..schema import GoldDoc

MARKUP_RE = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)(?:\|([A-Za-z0-9_.]+))?(?:\|([a-z]+))?(?:\|([a-z]+))?\}\}")
FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)

#: front-matter keys that are not ``meta`` but top-level gold fields
_TOP_LEVEL = {"id", "officials", "events"}


class MarkupError(ValueError):
    """A source file that cannot be converted; the message names file and place."""


def parse_markup(body: str) -> tuple[str, list[dict[str, Any]]]:
    """Strip inline markup from ``body``; return the plain text and its spans."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARKUP_RE.finditer(body):
        before = body[pos : m.start()]
        out.append(before)
        length += len(before)
        surface, label, indicator, role, direction = m.groups()
        span: dict[str, Any] = {"start": length, "end": length + len(surface), "label": label}
        if label == "QUANTITY":
            span["indicator"] = indicator
            span["role"] = role
            if direction:
                span["direction"] = direction
        elif indicator or role or direction:
            raise MarkupError(f"only QUANTITY takes indicator and role: {m.group(0)!r}")
        spans.append(span)
        out.append(surface)
        length += len(surface)
        pos = m.end()
    rest = body[pos:]
    plain_pieces = [p for i, p in enumerate(out) if i % 2 == 0] + [rest]
    for piece in plain_pieces:
        stray = re.search(r"\{\{|\}\}", piece)
        if stray:
            context = piece[max(0, stray.start() - 20) : stray.end() + 20]
            raise MarkupError(f"unparsed markup near {context!r}")
    out.append(rest)
    return "".join(out), spans


def read_source(path: str | Path) -> GoldDoc:
    """Convert one markup source file into a :class:`GoldDoc`."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    m = FRONT_MATTER_RE.match(raw)
    if not m:
        raise MarkupError(f"{path}: missing '---' front matter")
    try:
        header = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise MarkupError(f"{path}: front matter is not YAML: {exc}".splitlines()[0]) from None
    if not isinstance(header, dict) or "id" not in header:
        raise MarkupError(f"{path}: front matter must be a mapping with an 'id'")
    try:
        text, spans = parse_markup(raw[m.end() :])
    except MarkupError as exc:
        raise MarkupError(f"{path}: {exc}") from None
    meta = {k: _plain(v) for k, v in header.items() if k not in _TOP_LEVEL}
    meta.setdefault("source", str(path.name))
    events = [_plain(e) for e in header.get("events") or []]
    return GoldDoc.model_validate(
        {
            "id": str(header["id"]),
            "text": text,
            "meta": meta,
            "spans": spans,
            "officials": [_plain(o) for o in header.get("officials") or []],
            "events": events,
        }
    )


def _plain(value: Any) -> Any:
    """YAML turns 2024-07-26 into a date object; gold wants ISO strings."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def render_markup(doc: GoldDoc) -> str:
    """Inverse of :func:`parse_markup` for the body (used to bootstrap sources)."""
    parts: list[str] = []
    pos = 0
    for span in sorted(doc.spans, key=lambda s: s.start):
        parts.append(doc.text[pos : span.start])
        fields = [doc.text[span.start : span.end], span.label]
        if span.label == "QUANTITY":
            fields += [span.indicator or "other", span.role or "value"]
            if span.direction:
                fields.append(span.direction)
        parts.append("{{" + "|".join(fields) + "}}")
        pos = span.end
    parts.append(doc.text[pos:])
    return "".join(parts)
