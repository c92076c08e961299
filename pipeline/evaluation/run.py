"""``ecoie evaluate``: load gold, get predictions (a file or a pipeline run), score, report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console

from ..schema import GoldDoc
from .report import html_report, print_report
from .scorer import score


def load_gold(path: Path) -> list[GoldDoc]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    docs.append(GoldDoc.model_validate_json(line))
                except ValueError as exc:
                    raise ValueError(f"{path}:{lineno}: not a valid gold document "
                                     f"(run `ecoie validate {path}`): {str(exc).splitlines()[0]}") from None
    if not docs:
        raise ValueError(f"{path}: no gold documents")
    return docs


def load_predictions(path: Path) -> list[dict[str, Any]]:
    preds = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    preds.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
    return preds


def predict(gold: list[GoldDoc], config: Path | None = None, overrides: list[str] | None = None) -> list[dict[str, Any]]:
    """Run the configured pipeline over the gold texts."""
    from ..config import parse_overrides
    from ..extractor import Extractor
    from ..io.readers import Document

    extractor = Extractor.from_config(config, parse_overrides(overrides or []))
    docs = [Document(g.id, text=g.text, source=g.meta.get("source"), meta=dict(g.meta)) for g in gold]
    return [r.to_json_dict() for r in extractor.process(docs)]


def evaluate(gold_path: Path, pred_path: Path | None = None, config: Path | None = None,
             overrides: list[str] | None = None, split: str | None = None,
             doc_ids: list[str] | None = None) -> dict[str, Any]:
    from ..training.splits import select

    gold = select(load_gold(gold_path), split)
    if doc_ids:
        unknown = set(doc_ids) - {g.id for g in gold}
        if unknown:
            raise ValueError(f"no gold document with id {', '.join(sorted(unknown))}")
        gold = [g for g in gold if g.id in set(doc_ids)]
    if not gold:
        raise ValueError(f"{gold_path}: no gold documents in split {split!r}")
    preds = load_predictions(pred_path) if pred_path else predict(gold, config, overrides)
    return score(gold, preds).as_dict()


def evaluate_command(gold_path: Path, pred_path: Path | None, as_json: bool, html: Path | None,
                     config: Path | None, overrides: list[str], out: Console, err: Console,
                     split: str | None = None, doc_ids: list[str] | None = None) -> int:
    if not gold_path.is_file():
        raise ValueError(f"gold file not found: {gold_path}")
    if pred_path is not None and not pred_path.is_file():
        raise ValueError(f"prediction file not found: {pred_path}")
    result = evaluate(gold_path, pred_path, config, overrides, split, doc_ids)
    if as_json:
        out.print(json.dumps(result, ensure_ascii=False, sort_keys=True), soft_wrap=True, markup=False, highlight=False)
    else:
        print_report(result, out)
    if html:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(html_report(result, f"ecoie evaluation: {gold_path.name}"), encoding="utf-8")
        err.print(f"HTML report: {html}")
    return 0
