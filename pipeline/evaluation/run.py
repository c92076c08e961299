"""``ecoie evaluate``: load gold, get predictions (a file or a pipeline run), score, report."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from ..annotation.goldio import read_gold
from ..schema import GoldDoc
from .report import print_report
from .scorer import score


def load_gold(path: Path, texts_dir: Path | None = None, restored_only: bool = False) -> list[GoldDoc]:
    docs = read_gold(path, texts_dir, restored_only)
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


def _extractor(config: Path | None, overrides: list[str] | None):
    from ..config import parse_overrides
    from ..extractor import Extractor

    return Extractor.from_config(config, parse_overrides(overrides or []))


#: gold metadata a user's input carries too (where the text came from); everything else in a gold
#: document's meta (province, city, county, published, genre, split) is the answer key
INPUT_META = ("source",)


def _documents(gold: list[GoldDoc]):
    """The gold texts as a user would feed them: the text and its source, never the gold's answers.

    The pipeline reads ``meta`` hints (province, city, county, published) when an input provides them;
    handing it the gold's own values would score officials' organisations, event dates and
    jurisdictions against the answers they were read from.
    """
    from ..io.readers import Document

    return [Document(g.id, text=g.text, source=g.meta.get("source"),
                     meta={k: g.meta[k] for k in INPUT_META if g.meta.get(k) is not None}) for g in gold]


def predict(gold: list[GoldDoc], config: Path | None = None, overrides: list[str] | None = None) -> list[dict[str, Any]]:
    """Run the configured pipeline over the gold texts."""
    extractor = _extractor(config, overrides)
    return [r.to_json_dict() for r in extractor.process(_documents(gold))]


def predict_oracle_links(gold: list[GoldDoc], config: Path | None = None,
                         overrides: list[str] | None = None) -> list[dict[str, Any]]:
    """Records whose quantities are the GOLD spans, linked by the pipeline's classifier.

    Measures the indicator classifier apart from entity recognition
    (``ecoie evaluate --oracle-spans``); entities, officials and events are the
    pipeline's own.
    """

    from ..records import build_record

    extractor = _extractor(config, overrides)
    tagger = extractor.nlp.get_pipe("indicators")
    records = []
    for g, document in zip(gold, _documents(gold)):
        nt, doc = extractor.analyse(document)  # one pass: the record and the gold-span links share the Doc
        record = build_record(document, nt, doc, extractor.model_version).to_json_dict()
        to_s, to_e = nt.from_original()
        spans = [(sp.start, sp.end, to_s.get(sp.start), to_e.get(sp.end)) for sp in g.spans if sp.label == "QUANTITY"]
        spans = [sp for sp in spans if sp[2] is not None and sp[3] is not None]
        links = tagger.link_spans(doc, [(s, e) for _, _, s, e in spans])
        record["quantities"] = [{"start": os, "end": oe, "text": g.text[os:oe], "indicator": link.indicator,
                                 "role": link.role, "confidence": link.confidence}
                                for (os, oe, _, _), link in zip(spans, links)]
        records.append(record)
    return records


def baseline_accuracy(gold: list[GoldDoc], predictions: list[dict[str, Any]]) -> dict[str, float]:
    """The naive nearest-cue-to-the-left baseline on the same found quantities as the system."""
    from ..components.sentences import sentence_starts
    from ..linking.features import contexts_for
    from ..linking.model import NearestCueBaseline
    from ..normalize import normalize
    from .scorer import match_predictions

    baseline = NearestCueBaseline()
    matched = match_predictions(gold, predictions)
    correct_ind = correct_pair = total = 0
    for g in gold:
        rec = matched.get(g.id) or {}
        found = {(q["start"], q["end"]) for q in rec.get("quantities", [])}
        nt = normalize(g.text)
        to_s, to_e = nt.from_original()
        starts = sorted(sentence_starts(nt.text)) + [len(nt.text)]
        sentences = list(zip(starts, starts[1:]))
        items = [(sp, to_s.get(sp.start), to_e.get(sp.end)) for sp in g.spans
                 if sp.label == "QUANTITY" and (sp.start, sp.end) in found]
        items = [(sp, s, e) for sp, s, e in items if s is not None and e is not None]
        preds = baseline.predict(contexts_for(nt.text, [(s, e) for _, s, e in items], sentences))
        for (sp, _, _), (ind, role) in zip(items, preds):
            total += 1
            correct_ind += ind == sp.indicator
            correct_pair += (ind, role) == (sp.indicator, sp.role)
    return {"indicator_accuracy": round(correct_ind / total, 4) if total else 0.0,
            "indicator_role_accuracy": round(correct_pair / total, 4) if total else 0.0}


@dataclass
class Evaluation:
    """One scoring run: what the terminal tables, the --errors file and the HTML page are drawn from."""

    gold: list[GoldDoc]
    predictions: list[dict[str, Any]]
    result: dict[str, Any]


def run_evaluation(gold_path: Path, pred_path: Path | None = None, config: Path | None = None,
                   overrides: list[str] | None = None, split: str | None = None,
                   doc_ids: list[str] | None = None, oracle_spans: bool = False,
                   texts_dir: Path | None = None, bootstrap: int = 0, restored_only: bool = False) -> Evaluation:
    """Load gold, get predictions (the file or a pipeline run), score; keep all three for the reports.

    ``bootstrap`` > 0 adds ``intervals``: 95% percentile intervals of the headline figures from that many
    resamples of the documents (:mod:`.bootstrap`).
    """
    from ..training.splits import select

    gold = select(load_gold(gold_path, texts_dir, restored_only), split)
    if doc_ids:
        unknown = set(doc_ids) - {g.id for g in gold}
        if unknown:
            raise ValueError(f"no gold document with id {', '.join(sorted(unknown))}")
        gold = [g for g in gold if g.id in set(doc_ids)]
    if not gold:
        raise ValueError(f"{gold_path}: no gold documents in split {split!r}")
    if pred_path:
        preds = load_predictions(pred_path)
    elif oracle_spans:
        preds = predict_oracle_links(gold, config, overrides)
    else:
        preds = predict(gold, config, overrides)
    result = score(gold, preds).as_dict()
    result["baselines"] = {"nearest cue to the left": baseline_accuracy(gold, preds)}
    result["oracle_spans"] = bool(oracle_spans)
    if bootstrap:
        from .bootstrap import document_intervals

        per_document = [score([g], preds) for g in gold]
        result["intervals"] = {"samples": bootstrap, "level": 0.95, "unit": "document",
                               "figures": {name: iv.as_dict()
                                           for name, iv in document_intervals(per_document, bootstrap).items()}}
    return Evaluation(gold, preds, result)


def evaluate(gold_path: Path, pred_path: Path | None = None, config: Path | None = None,
             overrides: list[str] | None = None, split: str | None = None,
             doc_ids: list[str] | None = None, oracle_spans: bool = False,
             texts_dir: Path | None = None, errors_path: Path | None = None) -> dict[str, Any]:
    """The result dictionary alone (``--json``); optionally writes the error rows."""
    run = run_evaluation(gold_path, pred_path, config, overrides, split, doc_ids, oracle_spans, texts_dir)
    if errors_path is not None:
        write_errors(run.gold, run.predictions, errors_path)
    return run.result


def has_offset_only_gold(path: Path) -> bool:
    """Does the gold file hold offset-only documents (texts kept apart, not to be redistributed)?"""
    from ..annotation.offset_gold import is_offset_only

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                obj = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and is_offset_only(obj):
                return True
    return False


def write_html(path: Path, run: Evaluation, gold_path: Path, pred_path: Path | None, split: str | None,
               oracle_spans: bool, plotly_js: str | None = None) -> None:
    """The HTML page (:mod:`.html_report`) with the run's provenance: model version, dates, what was scored."""
    from .html_report import RunInfo, model_versions, write_page

    if pred_path is not None:
        source = str(pred_path)
        written = dt.datetime.fromtimestamp(pred_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    else:
        source = "pipeline run on the gold texts" + (" (gold QUANTITY spans, --oracle-spans)" if oracle_spans else "")
        written = None
    info = RunInfo(gold=str(gold_path), predictions=source, split=split,
                   model_versions=model_versions(run.predictions), predictions_written=written,
                   offset_only=has_offset_only_gold(gold_path))
    write_page(path, run.gold, run.predictions, run.result, info, plotly_js)


def write_errors(gold: list[GoldDoc], preds: list[dict[str, Any]], path: Path) -> None:
    """One JSON line per disagreement (``evaluation/errors.py``), for error analysis."""
    from .errors import list_errors

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in list_errors(gold, preds):
            fh.write(json.dumps(row.as_dict(), ensure_ascii=False) + "\n")


def evaluate_command(gold_path: Path, pred_path: Path | None, as_json: bool, html: Path | None,
                     config: Path | None, overrides: list[str], out: Console, err: Console,
                     split: str | None = None, doc_ids: list[str] | None = None, oracle_spans: bool = False,
                     texts_dir: Path | None = None, errors_path: Path | None = None, bootstrap: int = 0,
                     restored_only: bool = False) -> int:
    if bootstrap < 0:
        raise ValueError(f"--bootstrap {bootstrap}: give a number of resamples (0 for none)")
    if not gold_path.is_file():
        raise ValueError(f"gold file not found: {gold_path}")
    if pred_path is not None and not pred_path.is_file():
        raise ValueError(f"prediction file not found: {pred_path}")
    if oracle_spans and pred_path is not None:
        raise ValueError("--oracle-spans runs the pipeline: it cannot be combined with --pred")
    if texts_dir is not None and not texts_dir.is_dir():
        raise ValueError(f"--texts {texts_dir}: not a folder")
    if html is not None and html.is_dir():
        raise ValueError(f"--html {html}: is a folder; give a file name such as out/eval.html")
    plotly_js = None
    if html is not None:
        from .html_report import load_plotly_js

        plotly_js = load_plotly_js()
    run = run_evaluation(gold_path, pred_path, config, overrides, split, doc_ids, oracle_spans, texts_dir, bootstrap,
                         restored_only)
    result = run.result
    if restored_only:
        err.print(f"scored the {len(run.gold)} document(s) whose texts are restored (--restored-only)")
    if errors_path is not None:
        write_errors(run.gold, run.predictions, errors_path)
    if as_json:
        out.print(json.dumps(result, ensure_ascii=False, sort_keys=True), soft_wrap=True, markup=False, highlight=False)
    else:
        print_report(result, out)
    if html:
        write_html(html, run, gold_path, pred_path, split, oracle_spans, plotly_js)
        err.print(f"HTML report: {html}")
    return 0
