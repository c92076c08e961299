"""The real-article evaluation set: drafts, build and manifest (``annotations/real``).

Layout (only the first three are committed)::

    annotations/real/manifest.jsonl   one line per article: id, url, query, title, chars, sha256, split, …
    annotations/real/gold.jsonl       offset-only gold (see offset_gold.py)
    annotations/real/README.md        how to restore the texts, how the sha256 check works
    annotations/real/texts/<id>.txt   the exact text annotated   (git-ignored)
    annotations/real/src/<id>.ann     the markup source           (git-ignored: it holds the text)

``python -m pipeline.annotation.real draft ID [ID ...]`` writes a markup draft
for ``texts/ID.txt`` from the current pipeline's output, for an annotator to
correct; ``python -m pipeline.annotation.real build`` checks every source
against its text and writes the gold and the manifest.
``python -m pipeline.annotation.real restore-queries --out DIR`` lists the page-store queries still needed
to restore missing texts (most texts a query first), and ``restore-put FILE…`` writes returned excerpts as
texts when their sha256 is the manifest's (restore.py).
``python -m pipeline.annotation.real sources`` writes the markup sources back from the committed
gold, manifest and restored texts, on a machine that has the texts but not the (uncommitted) sources,
so that an annotator can correct a document and ``build`` again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from ..event_types import EVENT_TYPE_TABLE
from ..paths import PROJECT_DIR
from ..schema import GoldDoc, GoldSpan
from ..taxonomy import indicator_ids
from .markup import MarkupError, read_source, render_markup
from .offset_gold import read_text, sha256_text, strip_text, text_path
from .restore import manifest_by_url, missing_queries, put_excerpt, read_manifest, write_chunks
from .validate import check_doc

REAL_DIR = PROJECT_DIR / "annotations" / "real"

#: the kinds of page the set tells apart (annotations/real/README.md, "Adding articles"): a page reporting one of the
#: shipped gatherings is filed under its event type's name, the others under four kinds of their own; a genre
#: outside them would split the set's counts by a spelling (inspection beside inspection_rectification)
GENRES = (*(t.name for t in EVENT_TYPE_TABLE if t.kind == "gathering"),
          "county_news", "results", "enforcement_bulletin", "inspection_rectification")
#: manifest fields read from a source's front matter, in the order they are written
MANIFEST_FIELDS = ("id", "url", "query", "title", "split", "genre", "province", "city", "county",
                   "script", "glosses", "noise", "published")

#: front-matter fields the gold's ``meta`` keeps (the rest live in the manifest only)
GOLD_META_FIELDS = ("published", "city", "province", "county", "split", "genre")


def _draft_front_matter(doc_id: str, record: dict[str, Any], given: dict[str, Any]) -> str:
    meta = record.get("meta") or {}
    header: dict[str, Any] = {
        "id": doc_id,
        "url": given.get("url"),
        "query": given.get("query"),
        "title": given.get("title") or meta.get("title"),
        "genre": given.get("genre"),
        "province": meta.get("province"),
        "city": meta.get("city"),
        "county": meta.get("county"),
        "script": given.get("script"),
        "glosses": given.get("glosses"),
        "noise": given.get("noise"),
        "published": meta.get("published"),
    }
    officials = [{"person": o["person"], "titles": o["titles"], "org": o["org"]} for o in record.get("officials", [])]
    events = []
    for ev in record.get("events", []):
        ev = {k: v for k, v in ev.items() if k != "evidence" and v not in (None, [], {})}
        if "metrics" in ev:
            ev["metrics"] = {k: int(v) if float(v).is_integer() else v for k, v in ev["metrics"].items()}
        events.append(ev)
    header["officials"] = officials
    header["events"] = events
    return "---\n" + yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=110) + "---\n"


def draft(doc_ids: list[str], real_dir: Path = REAL_DIR, given: dict[str, Any] | None = None,
          overwrite: bool = False) -> list[Path]:
    """Markup drafts from the pipeline's output: a starting point, never gold as it stands."""
    from ..extractor import Extractor
    from ..io.readers import Document

    extractor = Extractor.from_config()
    written = []
    for doc_id in doc_ids:
        out = real_dir / "src" / f"{doc_id}.ann"
        if out.exists() and not overwrite:
            print(f"{out} exists; not overwritten (--overwrite to replace)", file=sys.stderr)
            continue
        text = read_text(text_path(real_dir / "texts", doc_id))
        record = extractor.process_one(Document(doc_id, text=text)).to_json_dict()
        if record["status"] != "ok":
            print(f"{doc_id}: the pipeline failed ({record.get('error')}); the draft has no spans", file=sys.stderr)
        links = {(q["start"], q["end"]): q for q in record.get("quantities", [])}
        spans = []
        for ent in record.get("entities", []):
            span = GoldSpan(start=ent["start"], end=ent["end"], label=ent["label"])
            if ent["label"] == "QUANTITY":
                q = links.get((ent["start"], ent["end"]), {})
                span.indicator = q.get("indicator") or "other"
                span.role = q.get("role") or "value"
            spans.append(span)
        doc = GoldDoc(id=doc_id, text=text, spans=spans)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_draft_front_matter(doc_id, record, given or {}) + render_markup(doc), encoding="utf-8")
        written.append(out)
    return written


def sources_from_gold(real_dir: Path = REAL_DIR, overwrite: bool = False) -> tuple[list[Path], list[str]]:
    """Write ``src/ID.ann`` for every gold document whose text is restored: the inverse of :func:`build`.

    The sources are not committed (they hold the text), so a fresh checkout has only the offset gold;
    this rebuilds them from the gold, the manifest and ``texts/``. A text whose sha256 differs from
    the gold's is reported and skipped, since its offsets would mark the wrong characters."""
    manifest = {entry["id"]: entry for entry in read_manifest(real_dir)}
    written, problems = [], []
    with open(real_dir / "gold.jsonl", encoding="utf-8") as fh:
        gold_lines = [json.loads(line) for line in fh if line.strip()]
    for data in gold_lines:
        doc_id = data["id"]
        out = real_dir / "src" / f"{doc_id}.ann"
        path = text_path(real_dir / "texts", doc_id)
        if out.exists() and not overwrite:
            continue
        if not path.is_file():
            problems.append(f"{doc_id}: no text at {path}; restore it first (annotations/real/README.md)")
            continue
        text = read_text(path)
        if sha256_text(text) != data.get("text_sha256"):
            problems.append(f"{doc_id}: {path} differs from the text the gold was made on (sha256); not written")
            continue
        entry = manifest.get(doc_id, {})
        # the gold's meta keeps the order its annotator wrote the keys in; keep it, so that a
        # build of untouched sources gives the committed gold byte for byte
        meta = data.get("meta") or {}
        header: dict[str, Any] = {"id": doc_id, **{k: entry.get(k) for k in ("url", "query", "title")}}
        header.update(meta)
        header.update({k: entry.get(k) for k in MANIFEST_FIELDS if k not in header and k not in GOLD_META_FIELDS})
        header["officials"] = data.get("officials", [])
        header["events"] = data.get("events", [])
        spans = [GoldSpan(**{k: v for k, v in s.items() if k != "text"}) for s in data["spans"]]
        doc = GoldDoc(id=doc_id, text=text, spans=spans)
        out.parent.mkdir(parents=True, exist_ok=True)
        front = "---\n" + yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=110) + "---\n"
        out.write_text(front + render_markup(doc), encoding="utf-8")
        written.append(out)
    return written, problems


def build(real_dir: Path = REAL_DIR, prefixes: tuple[str, ...] = ()) -> tuple[list[GoldDoc], list[dict[str, Any]], list[str]]:
    """Read every source (or those whose id starts with one of ``prefixes``), check it against its
    stored text, and return gold, manifest and problems."""
    docs, manifest, problems = [], [], []
    valid = indicator_ids()
    for src in sorted((real_dir / "src").glob("*.ann")):
        if prefixes and not src.stem.startswith(prefixes):
            continue
        try:
            doc = read_source(src)
        except (MarkupError, ValueError) as exc:
            problems.append(str(exc).splitlines()[0])
            continue
        path = text_path(real_dir / "texts", doc.id)
        if not path.is_file():
            problems.append(f"{src}: no text at {path}")
            continue
        original = read_text(path)
        if original != doc.text:
            at = next((i for i, (a, b) in enumerate(zip(original, doc.text)) if a != b), min(len(original), len(doc.text)))
            problems.append(f"{src}: markup text differs from {path} at offset {at}: "
                            f"text {original[at:at + 12]!r}, markup {doc.text[at:at + 12]!r}")
            continue
        problems.extend(str(p) for p in check_doc(doc, str(src), valid))
        for key in ("url", "query", "split"):
            if not doc.meta.get(key):
                problems.append(f"{src}: front matter has no {key!r}")
        if doc.meta.get("genre") is not None and doc.meta["genre"] not in GENRES:
            problems.append(f"{src}: genre {doc.meta['genre']!r} is none of {', '.join(GENRES)}")
        entry = {k: doc.meta.get(k) for k in MANIFEST_FIELDS if k != "id"}
        manifest.append({"id": doc.id, **entry, "chars": len(original), "sha256": sha256_text(original)})
        doc.meta = {k: v for k, v in doc.meta.items() if k in GOLD_META_FIELDS}
        docs.append(doc)
    return docs, manifest, problems


def write_outputs(docs: list[GoldDoc], manifest: list[dict[str, Any]], real_dir: Path = REAL_DIR) -> list[str]:
    """Write the gold and the manifest; return the ids kept from the committed files unbuilt.

    A committed document whose source is not on this machine (its text could not be restored: the store
    re-captured the page) keeps its committed gold and manifest lines, so a build never drops gold it
    cannot see; the lines stay in id order."""
    lines = {doc.id: json.dumps(strip_text(doc), ensure_ascii=False) for doc in docs}
    entries = {entry["id"]: json.dumps(entry, ensure_ascii=False) for entry in manifest}
    kept = []
    for name, table in (("gold.jsonl", lines), ("manifest.jsonl", entries)):
        path = real_dir / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc_id = json.loads(line)["id"] if line.strip() else None
                if doc_id and doc_id not in table:
                    table[doc_id] = line
                    if name == "gold.jsonl":
                        kept.append(doc_id)
    for name, table in (("gold.jsonl", lines), ("manifest.jsonl", entries)):
        with open(real_dir / name, "w", encoding="utf-8") as fh:
            for doc_id in sorted(table):
                fh.write(table[doc_id] + "\n")
    return kept


def restore_put(real_dir: Path, files: list[Path]) -> int:
    """One line a file: its status and document id (restore.put_excerpt); 1 when any file was unreadable or
    did not match, so a helper's loop can tell its copy needs another look."""
    by_url = manifest_by_url(real_dir)  # one index for every file, not a scan of the manifest per file
    failed = False
    for path in files:
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
            status, doc_id = put_excerpt(real_dir, obj["url"], obj["excerpt"], by_url)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            status, doc_id = f"UNREADABLE ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})", None
        failed = failed or status not in ("OK", "ALREADY")
        print(f"{path}: {status}{' ' + doc_id if doc_id else ''}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.annotation.real", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draft", help="markup drafts of texts/ID.txt from the pipeline's output")
    d.add_argument("ids", nargs="+")
    d.add_argument("--overwrite", action="store_true")
    for key in ("url", "query", "title", "genre", "script"):
        d.add_argument(f"--{key}")
    s = sub.add_parser("sources", help="write src/ID.ann back from gold.jsonl, manifest.jsonl and texts/")
    s.add_argument("--dir", type=Path, default=REAL_DIR)
    s.add_argument("--overwrite", action="store_true")
    q = sub.add_parser("restore-queries", help="the manifest queries whose texts are missing, most texts first, "
                       "in chunks of --size queries")
    q.add_argument("--dir", type=Path, default=REAL_DIR)
    q.add_argument("--out", type=Path, required=True, help="folder for chunk01.jsonl, chunk02.jsonl, …")
    q.add_argument("--size", type=int, default=55)
    q.add_argument("--split", action="append", default=[], help="only this split (repeatable)")
    p = sub.add_parser("restore-put", help="write returned excerpts ({\"url\", \"excerpt\"} JSON files) as texts "
                       "when their sha256 is the manifest's")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--dir", type=Path, default=REAL_DIR)
    b = sub.add_parser("build", help="check sources against texts; write gold.jsonl and manifest.jsonl")
    b.add_argument("--dir", type=Path, default=REAL_DIR)
    b.add_argument("--check", action="store_true", help="report problems only, write nothing")
    b.add_argument("--only", nargs="*", default=[], help="only sources whose id starts with one of these")
    b.add_argument("--out", type=Path, help="write the gold here instead of DIR/gold.jsonl (no manifest)")
    args = parser.parse_args(argv)
    if args.command == "draft":
        given = {k: getattr(args, k) for k in ("url", "query", "title", "genre", "script")}
        for path in draft(args.ids, given=given, overwrite=args.overwrite):
            print(path)
        return 0
    if args.command == "sources":
        written, problems = sources_from_gold(args.dir, overwrite=args.overwrite)
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(written)} source(s) written to {args.dir / 'src'}; {len(problems)} not")
        return 1 if problems else 0
    if args.command == "restore-queries":
        needs = missing_queries(args.dir, tuple(args.split))
        paths = write_chunks(needs, args.out, args.size)
        print(f"{sum(len(n.urls) for n in needs)} missing text(s) under {len(needs)} queries -> {len(paths)} chunk(s) in {args.out}")
        return 0
    if args.command == "restore-put":
        return restore_put(args.dir, args.files)
    docs, manifest, problems = build(args.dir, tuple(args.only))
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(strip_text(doc), ensure_ascii=False) + "\n")
    elif not args.check:
        for doc_id in write_outputs(docs, manifest, args.dir):
            print(f"{doc_id}: no source here; its committed gold and manifest lines are kept", file=sys.stderr)
    where = ("" if args.check else f" -> {args.out}" if args.out
             else f" -> {args.dir / 'gold.jsonl'}, {args.dir / 'manifest.jsonl'}")
    print(f"{len(docs)} documents, {sum(len(d.spans) for d in docs)} spans{where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
