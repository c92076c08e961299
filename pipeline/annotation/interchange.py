"""Annotation-tool round trips: Label Studio, doccano and spaCy ``DocBin`` <-> our gold JSONL.

An annotator corrects output in a tool, not in our inline markup.  Export
writes gold documents (or pipeline records, as *predictions* to correct) in
the tool's format; import reads the tool's export back into gold JSONL
(ANNOTATION.md section 1) with the same character offsets, so ``ecoie
validate`` and ``ecoie evaluate`` work on it unchanged.

* **Label Studio** (JSON list of tasks): each span is a ``labels`` region on
  ``text``; a QUANTITY's indicator, role and direction are per-region
  ``choices`` (``from_name`` ``indicator``/``role``/``direction``) sharing the
  region's ``id``.  Gold goes into ``annotations``; records go into
  ``predictions`` with ``score`` = the lowest confidence in the document, so
  reviewers sort by doubt.  :data:`LABEL_STUDIO_CONFIG` is the matching
  labelling interface.
* **doccano** (JSONL, sequence labelling): ``label`` holds
  ``[start, end, tag]``; a QUANTITY's tag carries its attributes
  (``QUANTITY|air.pm25|change|down``) so they can be corrected as labels.
* **DocBin** (``.spacy``): character tokens (``spacy.blank("zh")``) so every
  span is token-aligned, spans in ``doc.ents``, attributes and document data
  in ``user_data``; ``spacy train`` reads it directly.

Officials, events and ``meta`` are document-level: they travel in the task's
data (Label Studio), extra keys (doccano) or ``user_data`` (DocBin) and come
back unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from pydantic import ValidationError

from ..schema import GoldDoc, GoldSpan

Format = Literal["labelstudio", "doccano", "docbin"]
FORMATS: tuple[str, ...] = ("labelstudio", "doccano", "docbin")
SPAN_ATTRS: tuple[str, ...] = ("indicator", "role", "direction")

LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="ORG"/><Label value="PERSON"/><Label value="TITLE"/><Label value="GPE"/>
    <Label value="LOC"/><Label value="DATE"/><Label value="QUANTITY"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="role" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="QUANTITY">
    <Choice value="value"/><Choice value="change"/><Choice value="rank"/><Choice value="target"/>
  </Choices>
  <Choices name="direction" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="QUANTITY">
    <Choice value="up"/><Choice value="down"/><Choice value="flat"/>
  </Choices>
  <TextArea name="indicator" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="QUANTITY"/>
</View>
"""


class InterchangeError(ValueError):
    """A task or line that cannot be read back into gold; the message names it in one line."""


# --- inputs: gold documents or pipeline records ------------------------------------------

def read_documents(path: Path) -> Iterator[tuple[GoldDoc, float | None]]:
    """Gold JSONL, or records JSONL from ``ecoie run --with-text`` (then spans are predictions).

    Yields each document with its prediction score (``None`` for gold).
    """
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InterchangeError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if "doc_id" in obj:  # a record
            if obj.get("status") != "ok":
                continue
            if not obj.get("text"):
                raise InterchangeError(f"{path}:{lineno}: record {obj['doc_id']!r} has no text: "
                                       f"run `ecoie run --with-text` to export records")
            yield record_to_gold(obj), _doubt(obj)
        else:
            try:
                yield GoldDoc.model_validate(obj), None
            except ValidationError as exc:
                raise InterchangeError(f"{path}:{lineno}: {str(exc).splitlines()[0]}") from None


def record_to_gold(record: dict[str, Any]) -> GoldDoc:
    """A pipeline record as a gold document to correct (entities with the quantities' attributes)."""
    quantities = {(q["start"], q["end"]): q for q in record.get("quantities", [])}
    spans = []
    for ent in record.get("entities", []):
        q = quantities.get((ent["start"], ent["end"])) if ent["label"] == "QUANTITY" else None
        spans.append(GoldSpan(start=ent["start"], end=ent["end"], label=ent["label"],
                              indicator=q.get("indicator") if q else None, role=q.get("role") if q else None,
                              direction=q.get("direction") if q else None))
    events = [{k: v for k, v in ev.items()} for ev in record.get("events", [])]
    return GoldDoc.model_validate({
        "id": record["doc_id"], "text": record["text"], "meta": dict(record.get("meta", {})), "spans": spans,
        "officials": [{k: o[k] for k in ("person", "titles", "org")} for o in record.get("officials", [])],
        "events": events,
    })


def _doubt(record: dict[str, Any]) -> float:
    """The lowest confidence among a record's entities and links: low = worth a reviewer's look first."""
    values = [e["confidence"] for e in record.get("entities", []) if e.get("confidence") is not None]
    values += [q["confidence"] for q in record.get("quantities", []) if q.get("confidence") is not None]
    return round(min(values), 4) if values else 1.0


def _doc_data(doc: GoldDoc) -> dict[str, Any]:
    return {"id": doc.id, "meta": doc.meta, "officials": [o.model_dump() for o in doc.officials],
            "events": [e.model_dump() for e in doc.events]}


def _gold(data: dict[str, Any], text: str, spans: list[GoldSpan], where: str) -> GoldDoc:
    for span in spans:
        if not (0 <= span.start < span.end <= len(text)):
            raise InterchangeError(f"{where}: span {span.start}-{span.end} outside the text (length {len(text)})")
    try:
        return GoldDoc.model_validate({
            "id": data.get("id"), "text": text, "meta": data.get("meta") or {},
            "spans": sorted(spans, key=lambda s: (s.start, s.end)),
            "officials": data.get("officials") or [], "events": data.get("events") or [],
        })
    except ValidationError as exc:
        raise InterchangeError(f"{where}: {str(exc).splitlines()[0]}: {str(exc).splitlines()[1].strip()}") from None


# --- Label Studio ----------------------------------------------------------------------

def to_labelstudio(doc: GoldDoc, score: float | None = None) -> dict[str, Any]:
    """One Label Studio task; gold as ``annotations``, a record's output as ``predictions`` with its score."""
    result = []
    for i, span in enumerate(doc.spans):
        rid = f"s{i}"
        value = {"start": span.start, "end": span.end, "text": doc.text[span.start:span.end]}
        result.append({"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {**value, "labels": [span.label]}})
        for attr in SPAN_ATTRS:
            chosen = getattr(span, attr)
            if chosen is None:
                continue
            kind = "textarea" if attr == "indicator" else "choices"
            key = "text" if kind == "textarea" else "choices"
            result.append({"id": rid, "from_name": attr, "to_name": "text", "type": kind,
                           "value": {**value, key: [chosen]}})
    task: dict[str, Any] = {"data": {"text": doc.text, **_doc_data(doc)}}
    if score is None:
        task["annotations"] = [{"result": result}]
    else:
        task["predictions"] = [{"model_version": doc.meta.get("model_version", "ecoie"), "score": score,
                                "result": result}]
    return task


def from_labelstudio(task: dict[str, Any], where: str) -> GoldDoc:
    """A Label Studio task (as exported) back to gold: the last annotation, else the last prediction."""
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise InterchangeError(f"{where}: task has no data.text")
    data = {**data, "id": data.get("id") or str(task.get("id", where))}
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    source = done[-1] if done else ((task.get("predictions") or [None])[-1])
    if source is None:
        raise InterchangeError(f"{where}: task {data['id']!r} has neither annotations nor predictions")
    regions: dict[str, dict[str, Any]] = {}
    for item in source.get("result") or []:
        value, rid = item.get("value") or {}, item.get("id")
        region = regions.setdefault(rid, {})
        if item.get("type") == "labels":
            labels = value.get("labels") or []
            if len(labels) != 1:
                raise InterchangeError(f"{where}: region {rid} has {len(labels)} labels, needs exactly one")
            region.update(start=value.get("start"), end=value.get("end"), label=labels[0])
        elif item.get("from_name") in SPAN_ATTRS:
            picked = value.get("choices") or value.get("text") or []
            region[item["from_name"]] = picked[0].strip() if picked and picked[0].strip() else None
    spans = []
    for rid, region in regions.items():
        if "label" not in region:
            raise InterchangeError(f"{where}: region {rid} has attributes but no label")
        if not isinstance(region["start"], int) or not isinstance(region["end"], int):
            raise InterchangeError(f"{where}: region {rid} has no integer start/end")
        spans.append(GoldSpan(**region))
    return _gold(data, text, spans, where)


# --- doccano ---------------------------------------------------------------------------

def _doccano_tag(span: GoldSpan) -> str:
    if span.label != "QUANTITY" or not any(getattr(span, a) for a in SPAN_ATTRS):
        return span.label
    parts = [span.label] + [getattr(span, a) or "" for a in SPAN_ATTRS]
    while parts[-1] == "":
        parts.pop()
    return "|".join(parts)


def to_doccano(doc: GoldDoc, score: float | None = None) -> dict[str, Any]:
    line: dict[str, Any] = {"text": doc.text, "label": [[s.start, s.end, _doccano_tag(s)] for s in doc.spans],
                            **_doc_data(doc)}
    if score is not None:
        line["score"] = score
    return line


def from_doccano(line: dict[str, Any], where: str) -> GoldDoc:
    text = line.get("text")
    if not isinstance(text, str):
        raise InterchangeError(f"{where}: line has no text")
    items = line.get("label", line.get("entities"))
    if items is None:
        raise InterchangeError(f"{where}: line has no 'label' list")
    spans = []
    for item in items:
        if isinstance(item, dict):  # doccano's newer export: {"start_offset", "end_offset", "label"}
            item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
        if len(item) != 3 or not isinstance(item[0], int) or not isinstance(item[1], int) or not isinstance(item[2], str):
            raise InterchangeError(f"{where}: label {item!r} is not [start, end, tag]")
        label, *attrs = item[2].split("|")
        values = dict(zip(SPAN_ATTRS, [a or None for a in attrs]))
        spans.append(GoldSpan(start=item[0], end=item[1], label=label, **values))
    data = {**line, "id": line.get("id") if isinstance(line.get("id"), str) else str(line.get("id", where))}
    return _gold(data, text, spans, where)


# --- DocBin ------------------------------------------------------------------------------

def _blank():
    import spacy

    return spacy.blank("zh")  # character segmentation: every span is token-aligned


def to_docbin(docs: Iterable[GoldDoc]):
    from spacy.tokens import DocBin

    nlp = _blank()
    bin_ = DocBin(store_user_data=True)
    for gold in docs:
        doc = nlp.make_doc(gold.text)
        ents = []
        for span in gold.spans:
            ent = doc.char_span(span.start, span.end, label=span.label)
            if ent is None:
                raise InterchangeError(f"{gold.id}: span {span.start}-{span.end} does not fall on characters")
            ents.append(ent)
        doc.ents = ents
        doc.user_data["ecoie.gold"] = {
            **_doc_data(gold),
            "attrs": [[s.start, s.end, *(getattr(s, a) for a in SPAN_ATTRS)] for s in gold.spans],
        }
        bin_.add(doc)
    return bin_


def from_docbin(data: bytes) -> list[GoldDoc]:
    from spacy.tokens import DocBin

    nlp = _blank()
    out = []
    for i, doc in enumerate(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)):
        info = doc.user_data.get("ecoie.gold") or {"id": f"doc-{i}"}
        attrs = {(a[0], a[1]): dict(zip(SPAN_ATTRS, a[2:])) for a in info.get("attrs", [])}
        spans = [GoldSpan(start=e.start_char, end=e.end_char, label=e.label_,
                          **attrs.get((e.start_char, e.end_char), {})) for e in doc.ents]
        out.append(_gold(info, doc.text, spans, f"docbin document {i}"))
    return out


# --- files -------------------------------------------------------------------------------

def export_file(source: Path, fmt: str, dest: Path) -> int:
    """Write ``source`` (gold or records JSONL) as ``fmt`` to ``dest``; returns the number of documents."""
    docs = list(read_documents(source))
    dest.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "labelstudio":
        dest.write_text(json.dumps([to_labelstudio(d, s) for d, s in docs], ensure_ascii=False, indent=1),
                        encoding="utf-8")
    elif fmt == "doccano":
        dest.write_text("".join(json.dumps(to_doccano(d, s), ensure_ascii=False) + "\n" for d, s in docs),
                        encoding="utf-8")
    elif fmt == "docbin":
        dest.write_bytes(to_docbin(d for d, _ in docs).to_bytes())
    else:
        raise InterchangeError(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")
    return len(docs)


def import_file(source: Path, fmt: str) -> list[GoldDoc]:
    """Gold documents from a tool's export (one-line :class:`InterchangeError` on a bad task)."""
    if fmt == "labelstudio":
        try:
            tasks = json.loads(source.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InterchangeError(f"{source}: not JSON ({exc.msg} at line {exc.lineno})") from None
        if not isinstance(tasks, list):
            raise InterchangeError(f"{source}: a Label Studio export is a JSON list of tasks")
        return [from_labelstudio(t, f"{source} task {i + 1}") for i, t in enumerate(tasks)]
    if fmt == "doccano":
        out = []
        for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InterchangeError(f"{source}:{lineno}: not JSON ({exc.msg})") from None
                out.append(from_doccano(obj, f"{source}:{lineno}"))
        return out
    if fmt == "docbin":
        return from_docbin(source.read_bytes())
    raise InterchangeError(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")


def write_gold(docs: Iterable[GoldDoc], dest: Path) -> int:
    lines = [json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) for d in docs]
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)
