"""``ecoie annotations export|import``: round trips through Label Studio, doccano and spaCy DocBin.

Kept apart from :mod:`pipeline.cli` so the annotation commands can grow
without touching the run command's code; the formats themselves are in
:mod:`pipeline.annotation.interchange`.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)

app = typer.Typer(help="Export gold or records to annotation tools, import their corrections back to gold JSONL.",
                  no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})


class ToolFormat(str, Enum):
    labelstudio = "labelstudio"
    doccano = "doccano"
    docbin = "docbin"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", soft_wrap=True, markup=True)
    raise typer.Exit(code)


@app.command("export")
def export_cmd(
    source: Path = typer.Argument(..., help="Gold JSONL, or records JSONL from `ecoie run --with-text` (predictions)."),
    fmt: ToolFormat = typer.Option(..., "--format", "-f", help="labelstudio (JSON tasks), doccano (JSONL) or docbin (.spacy)."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write."),
) -> None:
    """Write documents as annotation-tool tasks (records become predictions scored by their lowest confidence)."""
    from .annotation.interchange import InterchangeError, export_file

    if not source.is_file():
        _fail(f"{source}: no such file", 2)
    try:
        n = export_file(source, fmt.value, out)
    except InterchangeError as exc:
        _fail(str(exc))
    err.print(f"{n} document(s) -> {out} ({fmt.value})")


@app.command("import")
def import_cmd(
    source: Path = typer.Argument(..., help="The tool's export: Label Studio JSON, doccano JSONL or a .spacy DocBin."),
    fmt: ToolFormat = typer.Option(..., "--format", "-f", help="labelstudio, doccano or docbin."),
    out: Path = typer.Option(..., "--out", "-o", help="Gold JSONL to write (check it with `ecoie validate`)."),
) -> None:
    """Read corrected annotations back into gold JSONL with the same character offsets."""
    from .annotation.interchange import InterchangeError, import_file, write_gold
    from .annotation.validate import validate_paths

    if not source.is_file():
        _fail(f"{source}: no such file", 2)
    try:
        docs = import_file(source, fmt.value)
    except InterchangeError as exc:
        _fail(str(exc))
    n = write_gold(docs, out)
    _, problems = validate_paths([out])
    for problem in problems:
        err.print(str(problem), soft_wrap=True, markup=False)
    err.print(f"{n} document(s) -> {out}" + (f"; {len(problems)} problem(s) for `ecoie validate`" if problems else ""))
    raise typer.Exit(1 if problems else 0)
