"""The ``ecoie`` command line: parse arguments, call the library, print results.

Exit status: 0 when everything succeeded, 1 when some documents (or
checks) failed, 2 for usage errors.  Expected problems print one line on
stderr, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import __version__

app = typer.Typer(
    name="ecoie",
    help="Information extraction from Chinese ecological-environment news: entities, indicators, officials, events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_flags_as_flags() -> None:
    """Leave the type column of ``--help`` blank for flags (``--force``, ``--help``, ``--summary/--no-summary``).

    typer 0.29 prints a type for every option, and for a flag it prints
    ``<bool>``, which reads as if the flag took a value (``--force true``); a
    flag takes none.  Options with values keep their types (``<path>``,
    ``<int range>``).  Applied to typer's option class because the help option
    itself is built inside typer, out of reach of per-option settings.
    """
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich
    if getattr(shown, "ecoie_flags", False):
        return

    def display_type_rich(self: TyperOption, ctx) -> Optional[str]:
        return None if self.is_flag and self.metavar is None else shown(self, ctx)

    display_type_rich.ecoie_flags = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_show_flags_as_flags()
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", soft_wrap=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"ecoie {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """ecoie: structured, source-linked records from environment-bureau news."""


ConfigOpt = typer.Option(None, "--config", "-c", help="Pipeline config (spaCy format). Default: configs/default.cfg.")
SetOpt = typer.Option(None, "--set", metavar="SECTION.KEY=VALUE", help="Override a config value, e.g. --set segment.user_dict=my.txt (repeatable).")


@app.command()
def run(
    inputs: List[str] = typer.Argument(..., help="Files, folders (recursive) or '-' for stdin. .txt, .html, .jsonl ..."),
    out_path: str = typer.Option("-", "--out", "-o", help="Output JSONL file ('-' for stdout). Written atomically."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
    disable: Optional[List[str]] = typer.Option(None, "--disable", help="Switch off a pipeline component (repeatable)."),
    errors_path: Optional[Path] = typer.Option(None, "--errors", help="Also write error records to this file."),
    with_text: bool = typer.Option(False, "--with-text", help="Include the input and normalised text in each record."),
    summary: bool = typer.Option(True, "--summary/--no-summary", help="Print a summary table on stderr."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Local worker processes (default: all cores; 1 = this process)."),
    chunk_size: int = typer.Option(16, "--chunk-size", min=1, help="Documents per task sent to a worker."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on a Dask cluster: scheduler address, e.g. tcp://host:8786."),
    dask_local: Optional[int] = typer.Option(None, "--dask-local", min=1, help="Run on a Dask LocalCluster of N workers on 127.0.0.1."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents already in --out (same id, text and model version); finish an interrupted run."),
    code: Optional[List[Path]] = typer.Option(None, "--code", help="Python file defining extra components, imported in every worker (repeatable)."),
    to: Optional[Path] = typer.Option(None, "--to", help="Also write records into this store (.duckdb or .sqlite) as they come; see `ecoie export`."),
) -> None:
    """Run the pipeline over documents and write one JSON record per document."""
    from .runtime.batch import RunOptions, default_workers, run_pipeline

    if scheduler and dask_local:
        fail("use either --scheduler or --dask-local, not both", 2)
    for path in code or []:
        if not path.is_file():
            fail(f"--code file not found: {path}", 2)
    opts = RunOptions(
        inputs=list(inputs), out=out_path, config=config, overrides=list(overrides or []),
        disable=list(disable or []), errors=errors_path, with_text=with_text,
        progress=progress if progress is not None else err.is_terminal,
        workers=workers or default_workers(), chunk_size=chunk_size, scheduler=scheduler,
        dask_local=dask_local, resume=resume, code=list(code or []), to=to,
    )
    try:
        stats = run_pipeline(opts, progress_hook=_progress_hook if opts.progress else None)
    except KeyboardInterrupt:
        kept = f"; finished records are kept in {out_path}.part, `--resume` continues" if out_path != "-" else ""
        fail(f"interrupted{kept}", 130)
    except Exception as exc:  # noqa: BLE001 - mapped to one-line messages below
        _fail_known(exc)
        _fail_unexpected(exc)
    finally:
        for bar in _BARS:
            bar.stop()
    if summary:
        from .report import print_run_summary

        print_run_summary(stats, err)
    raise typer.Exit(0 if stats.errors == 0 else 1)


_BARS: list = []


def _progress_hook(total):
    """A rich progress bar on stderr, shown for more than one document."""
    if total is not None and total < 2:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=err, transient=True)
    bar.start()
    _BARS.append(bar)
    task = bar.add_task("documents", total=total)

    def tick() -> None:
        bar.advance(task)
        if total is not None and bar.tasks[0].completed >= total:
            bar.stop()

    return tick


def _fail_known(exc: Exception) -> None:
    from .components.segmenter import SegmenterModelMissing
    from .config import ConfigError
    from .components.hanlp_ner import HanLPUnavailable
    from .extractor import ModelMissing
    from .io.readers import InputError
    from .io.writers import WriteError
    from .runtime.batch import UsageError
    from .analytics.stores import StoreError

    if isinstance(exc, StoreError):
        fail(str(exc), 1)
    if isinstance(exc, (ConfigError, UsageError, InputError)):
        fail(str(exc), 2)  # an input path that does not exist (or holds nothing to read) is a usage error
    from .runtime.executors import WorkerStartError

    if isinstance(exc, (WriteError, SegmenterModelMissing, ModelMissing, HanLPUnavailable, FileNotFoundError,
                        WorkerStartError)):
        fail(str(exc), 1)


def _fail_unexpected(exc: Exception) -> None:
    """Anything else is still one line (exit 1); ``ECOIE_DEBUG=1`` shows the traceback instead."""
    import os

    if os.environ.get("ECOIE_DEBUG"):
        raise exc
    detail = str(exc).strip().splitlines()
    fail(f"{type(exc).__name__}: {detail[0] if detail else 'unexpected error'} (ECOIE_DEBUG=1 shows where)", 1)


@app.command()
def setup(
    force: bool = typer.Option(False, "--force", help="Rebuild the cached segmenter model."),
    archive: Optional[Path] = typer.Option(None, "--archive", help="Use this pkuseg-0.0.25.tar.gz instead of downloading it."),
) -> None:
    """Provision models: fetch the pkuseg segmenter from PyPI, verify, convert, cache."""
    from .provision import ProvisionError, provision_pkuseg

    try:
        path = provision_pkuseg(force=force, archive=archive)
    except ProvisionError as exc:
        fail(str(exc))
    out.print(f"segmenter model ready: {path}")
    from .linking.predictor import load_predictor
    from .paths import MODELS_DIR

    if (MODELS_DIR / "indicators" / "model.skops").is_file():
        load_predictor(MODELS_DIR / "indicators")  # exports the run-time arrays into the cache once
        out.print("indicator classifier ready (run-time arrays cached)")


@app.command()
def validate(
    paths: List[Path] = typer.Argument(..., help="Gold JSONL files, .ann sources, or folders holding them."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Texts of offset-only gold (default: texts/ beside it)."),
    taxonomy: Optional[Path] = typer.Option(None, "--taxonomy", help="Indicator table with your own rows "
                                            "(default: configs/indicators.tsv)."),
) -> None:
    """Check gold annotation files; report every problem with document id and offsets."""
    from .annotation.validate import validate_paths

    if taxonomy is not None and not taxonomy.is_file():
        fail(f"--taxonomy {taxonomy}: no such file", 2)
    notices: list[str] = []
    files, problems = validate_paths(paths, texts_dir=texts, notices=notices, taxonomy=taxonomy)
    if not files:
        fail("no gold files (.jsonl, .ann) found")
    for notice in notices:
        err.print(notice, soft_wrap=True, markup=False)
    for p in problems:
        out.print(str(p), soft_wrap=True, markup=False)
    if problems:
        err.print(f"[red]{len(problems)} problem(s)[/red] in {len(files)} file(s)")
        raise typer.Exit(1)
    err.print(f"[green]ok[/green]: {len(files)} file(s), no problems")


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL (ANNOTATION.md section 1)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions JSONL to score; default: run the pipeline."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML report."),
    split: Optional[str] = typer.Option(None, "--split", help="Only a split of the gold: heldout or train (written "
                                        "documents), dev or test (real articles), or all."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Texts of offset-only gold (default: texts/ beside it)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Also write every disagreement as JSONL (holds text "
                                          "snippets: keep it beside the texts, never commit it)."),
    doc_ids: Optional[List[str]] = typer.Option(None, "--doc", help="Only these gold document ids (repeatable)."),
    oracle_spans: bool = typer.Option(False, "--oracle-spans", help="Link the gold QUANTITY spans (classifier alone)."),
    bootstrap: int = typer.Option(0, "--bootstrap", help="Also give 95% intervals of the headline figures from this "
                                  "many resamples of the documents (e.g. 1000)."),
    restored_only: bool = typer.Option(False, "--restored-only", help="Score only the offset-only documents whose "
                                       "texts are restored, instead of refusing the gold when some are missing."),
    config: Optional[Path] = ConfigOpt,
    overrides: Optional[List[str]] = SetOpt,
) -> None:
    """Score predictions against gold (ANNOTATION.md section 7)."""
    from .evaluation.run import evaluate_command

    try:
        code = evaluate_command(gold, pred, as_json, html, config, list(overrides or []), out, err, split,
                                list(doc_ids or []), oracle_spans, texts, errors, bootstrap, restored_only)
    except Exception as exc:  # noqa: BLE001
        _fail_known(exc)
        if isinstance(exc, ValueError):
            fail(str(exc).splitlines()[0])
        raise
    raise typer.Exit(code)


@app.command()
def train(
    what: str = typer.Argument(..., help="Which model: 'ner' or 'indicators'."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Where to save (default: models/<what>)."),
    epochs: int = typer.Option(15, "--epochs", help="Training epochs (ner)."),
    corpus_sample: int = typer.Option(9000, "--corpus-sample", help="Public-corpus sentences drawn per epoch (ner)."),
    corpora: Optional[List[str]] = typer.Option(None, "--corpus", help="Restrict to these public corpora (repeatable)."),
    corpora_dir: Optional[Path] = typer.Option(None, "--corpora-dir", help="Folder of the public corpora."),
    backend: str = typer.Option("spacy", "--backend", help="NER backend to train: spacy (shipped) or hanlp (extra)."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Training annotations (default: annotations/train/train.jsonl)."),
    taxonomy: Optional[Path] = typer.Option(None, "--taxonomy", help="Indicator taxonomy (default: configs/indicators.tsv)."),
    width: int = typer.Option(96, "--width", min=8, help="Token-vector width (ner); smaller is faster."),
    depth: int = typer.Option(4, "--depth", min=1, help="Encoder depth (ner); smaller is faster."),
    force: bool = typer.Option(False, "--force", help="Overwrite the shipped model in models/<what> (default: refuse)."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Train a statistical model from annotations (never from the seeds)."""
    from .paths import MODELS_DIR

    if what in ("ner", "indicators") and out_dir is None and (MODELS_DIR / what).exists() and not force:
        fail(f"{MODELS_DIR / what} holds the shipped model: train into a new folder with --out DIR "
             f"(then --set ner.model=DIR), or replace it with --force", 2)

    if what == "ner" and backend == "hanlp":
        from .training.corpora import CORPORA, DEFAULT_CORPORA_DIR
        from .training.ner import TrainSettings

        settings = TrainSettings(corpus_sample=corpus_sample, corpora=tuple(corpora or CORPORA),
                                 corpora_dir=corpora_dir or DEFAULT_CORPORA_DIR)
        try:
            from .training.hanlp_ner import train_hanlp_ner
        except ImportError:
            fail("the HanLP backend needs the optional extra: pip install 'ecoie[hanlp]'")
        train_hanlp_ner(out_dir or MODELS_DIR / "hanlp_ner", settings, epochs=epochs, log=out.print)
        return
    if what == "ner":
        from .training.corpora import CORPORA, DEFAULT_CORPORA_DIR, label_counts, read_corpus
        from .training.ner import TrainSettings, train_ner

        settings = TrainSettings(epochs=epochs, corpus_sample=corpus_sample, width=width, depth=depth,
                                 corpora=tuple(corpora or CORPORA), corpora_dir=corpora_dir or DEFAULT_CORPORA_DIR)
        out.print(f"public NER corpora: {settings.corpora_dir} (--corpora-dir DIR or ECOIE_CORPORA=DIR to point elsewhere)")
        try:
            for name in settings.corpora:
                n, counts = label_counts(read_corpus(name, settings.corpora_dir))
                out.print(f"{name}: {n} sentences; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
            meta = train_ner(out_dir or MODELS_DIR / "ner", settings, config, log=out.print)
        except (FileNotFoundError, ValueError) as exc:
            fail(str(exc).splitlines()[0])
        from .report import print_training_table

        print_training_table(meta, out)
        return
    if what == "indicators":
        from .taxonomy import DEFAULT_TAXONOMY
        from .training.indicators import as_rows, train_indicators
        from .training.ner import TRAIN_GOLD

        from .report import TrainingProgress, print_indicator_report

        try:
            with TrainingProgress(err) as progress:
                report = train_indicators(out_dir or MODELS_DIR / "indicators", gold or TRAIN_GOLD,
                                          taxonomy or DEFAULT_TAXONOMY, log=out.print, progress=progress)
        except (FileNotFoundError, ValueError) as exc:
            fail(str(exc).splitlines()[0])

        print_indicator_report(as_rows(report), report.confusions, out)
        return
    fail(f"unknown model {what!r}: choose 'ner' or 'indicators'", 2)


@app.command()
def export(
    records: List[Path] = typer.Argument(..., help="Record files (JSONL from `ecoie run`)."),
    to: Path = typer.Option(..., "--to", help="The store: *.duckdb, *.sqlite, *.parquet (folder) or *.csv (folder)."),
) -> None:
    """Load records into an analytical store (tables documented in the README); re-exports replace rows."""
    from .analytics.export import ExportError, export_records
    from .analytics.stores import StoreError

    try:
        stats = export_records(list(records), to)
    except (ExportError, StoreError) as exc:
        fail(str(exc), 1)
    rows = ", ".join(f"{name} {count}" for name, count in stats.rows.items())
    texts = "" if stats.with_text == stats.records else f"; {stats.records - stats.with_text} without text (no evidence sentences)"
    err.print(f"{stats.records} records ({stats.ok} ok, {stats.errors} error) -> {to}: {rows}{texts}", soft_wrap=True)


@app.command()
def consolidate(
    store: Path = typer.Argument(..., help="A store written by `ecoie export` or `ecoie run --to`."),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="CSV copy (default: <store>.consolidated.csv beside it)."),
) -> None:
    """One row per (place, period, indicator, role) across articles; reprints once; conflicts flagged."""
    from .analytics.consolidate import consolidate_store, default_csv
    from .analytics.stores import StoreError

    try:
        stats = consolidate_store(store, csv_path or default_csv(store))
    except StoreError as exc:
        fail(str(exc), 1)
    err.print(f"{stats.rows} figures ({stats.multi_source} stated by several articles, {stats.conflicts} in conflict)"
              f" -> table consolidated in {store}, {stats.csv}", soft_wrap=True)


@app.command()
def report(
    store: Path = typer.Argument(..., help="A store written by `ecoie export` or `ecoie run --to`."),
    out_path: Path = typer.Option(Path("report.html"), "--out", "-o", help="The HTML file to write."),
) -> None:
    """A single self-contained HTML report: time series per place, events, enforcement, filters."""
    from .analytics.report import ReportError, write_report
    from .analytics.stores import StoreError

    try:
        stats = write_report(store, out_path)
    except (StoreError, ReportError) as exc:
        fail(str(exc), 1)
    err.print(f"{out_path}: {stats.places} places, {stats.points} points ({stats.conflicts} in conflict), "
              f"{stats.events} press conferences and meetings, {stats.enforcement} enforcement rows", soft_wrap=True)


from .cli_annotations import app as _annotations_app  # noqa: E402  (a sub-command group of its own module)

app.add_typer(_annotations_app, name="annotations")


def entrypoint() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    entrypoint()
