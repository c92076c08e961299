"""Build gold JSONL files from markup sources (``*.ann``).

``python -m pipeline.annotation.build annotations/train/src annotations/train/train.jsonl``

A source whose ``source`` meta names a file under the project (the seeds)
must reproduce that file's text exactly: gold offsets are on the original.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from ..paths import PROJECT_DIR
from ..schema import GoldDoc
from .markup import MarkupError, read_source
from .validate import check_doc
from ..taxonomy import indicator_ids


def original_text_problem(doc: GoldDoc) -> str | None:
    """If the doc claims to annotate a file of the project, check the text is identical."""
    source = doc.meta.get("source")
    if not source:
        return None
    path = PROJECT_DIR / source
    if not path.is_file():
        return None
    original = path.read_bytes().decode("utf-8-sig")
    if original == doc.text:
        return None
    for i, (a, b) in enumerate(zip(original, doc.text)):
        if a != b:
            return f"text differs from {source} at offset {i}: original {original[i:i+15]!r}, markup {doc.text[i:i+15]!r}"
    return f"text length {len(doc.text)} differs from {source} ({len(original)})"


def build(sources: list[Path]) -> tuple[list[GoldDoc], list[str]]:
    docs, problems = [], []
    valid = indicator_ids()
    for src in sources:
        try:
            doc = read_source(src)
        except (MarkupError, ValueError) as exc:
            problems.append(str(exc).splitlines()[0] if not hasattr(exc, "errors") else f"{src}: {exc}")
            continue
        problems.extend(str(p) for p in check_doc(doc, str(src), valid))
        mismatch = original_text_problem(doc)
        if mismatch:
            problems.append(f"{src}: {mismatch}")
        docs.append(doc)
    return docs, problems


def write_jsonl(docs: list[GoldDoc], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n")


def summary(docs: list[GoldDoc]) -> str:
    labels = Counter(s.label for d in docs for s in d.spans)
    inds = Counter(s.indicator for d in docs for s in d.spans if s.label == "QUANTITY")
    roles = Counter(s.role for d in docs for s in d.spans if s.label == "QUANTITY")
    lines = [f"{len(docs)} documents, {sum(len(d.text) for d in docs)} characters"]
    lines.append("labels: " + ", ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    lines.append("roles: " + ", ".join(f"{k}={v}" for k, v in sorted(roles.items())))
    lines.append("indicators: " + ", ".join(f"{k}={v}" for k, v in sorted(inds.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print(__doc__)
        return 2
    check_only = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    if check_only:
        srcs, out = [Path(a) for a in argv], None
    else:
        *src_args, out_arg = argv
        srcs, out = [Path(a) for a in src_args], Path(out_arg)
    files: list[Path] = []
    for s in srcs:
        files.extend(sorted(s.rglob("*.ann")) if s.is_dir() else [s])
    docs, problems = build(files)
    for p in problems:
        print(p)
    print(summary(docs))
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    if out is not None:
        write_jsonl(sorted(docs, key=lambda d: d.id), out)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
