"""The ``crosscheck`` command: each command is a few lines over the library.

Exit codes: 0 all went well; 1 some input failed (the rest was stored); 2 bad usage or an unusable store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from crosscheck import __version__
from crosscheck.analyze import RunSummary, analyze_paths
from crosscheck.check import check_store, dossier_document
from crosscheck.errors import CrosscheckError
from crosscheck.extract import load_nlp
from crosscheck.ingest.document import IngestOptions
from crosscheck.ingest.metadata import Sources, load_sources
from crosscheck.pipeline import PipelineOptions
from crosscheck.report.export import write_atomically, write_claimreview, write_events, write_geojson, write_json
from crosscheck.report.html import write_report
from crosscheck.report.tables import write_csv, write_parquet
from crosscheck.settings import SETTINGS, default
from crosscheck.store import Store

app = typer.Typer(
    help="Cross-examine partisan coverage of a conflict: who claims what, what clashes, what is corroborated.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # one line per message, whatever the terminal width
out = Console()

DbOption = Annotated[str, typer.Option("--db", help=SETTINGS["db"].help)]
DEFAULT_DB = str(default("db"))
DEFAULT_MAX_MB = float(default("max_size_mb"))


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _open(db: str, create: bool = False) -> Store:
    try:
        return Store(db, create=create)
    except CrosscheckError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (read recursively) and globs.")],
    db: DbOption = DEFAULT_DB,
    outlet: Annotated[str | None, typer.Option(help="Every article read is from this outlet.")] = None,
    sources: Annotated[
        Path | None, typer.Option(help="YAML file mapping domains and names to outlets (see README).")
    ] = None,
    max_size: Annotated[float, typer.Option(help=SETTINGS["max_size_mb"].help)] = DEFAULT_MAX_MB,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that fails.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    profile: Annotated[
        str | None, typer.Option(help="Conflict profile: a YAML file or a shipped name (karabakh-2020); "
                                      "kept with the store, 'none' drops it.")
    ] = None,
    spacy_model: Annotated[
        str | None, typer.Option(help="An installed spaCy pipeline (e.g. en_core_web_sm) to add its named entities.")
    ] = None,
    semantic: Annotated[
        bool, typer.Option(help="Rank candidate links by meaning with the bundled MiniLM model; "
                                "--no-semantic uses word overlap (faster, coarser).")
    ] = True,
) -> None:
    """Read articles into the store; unchanged inputs are skipped, changed ones replaced."""
    try:
        ingest = IngestOptions(outlet=outlet, sources=load_sources(sources) if sources else Sources())
        options = PipelineOptions(ingest, spacy_model)
        if spacy_model:
            load_nlp(spacy_model)  # a missing pipeline is a usage error, before any file is read
    except CrosscheckError as exc:
        raise _fail(str(exc)) from exc
    store = _open(db, create=True)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err, transient=True,
        disable=quiet,
    )
    task = progress.add_task("reading", total=None)
    with progress, store:
        try:
            summary = analyze_paths(
                paths, store, options, max_bytes=int(max_size * 1_000_000), strict=strict,
                on_files=lambda n: progress.update(
                    task, total=n, visible=n >= int(default("progress_min_files"))),
                on_file_done=lambda _path: progress.advance(task), profile=profile, semantic=semantic,
                on_stage=lambda stage: progress.update(task, description=stage, total=None, visible=True),
            )
        except CrosscheckError as exc:
            raise _fail(str(exc)) from exc
    if not quiet:
        _print_summary(summary, db)
    else:
        for skip in summary.failed:
            err.print(f"failed: {skip.source}: {skip.reason}", highlight=False, markup=False)
    if summary.failed:
        raise typer.Exit(1)


def _print_summary(summary: RunSummary, db: str) -> None:
    for skip in summary.failed:
        err.print(f"[red]failed[/] {skip.source}: {skip.reason}", highlight=False)
    if summary.stopped:
        err.print("[yellow]stopped at the first failure (--strict)[/]")
    parts = [
        f"{summary.files} files", f"{summary.stored} documents stored",
        f"{summary.unchanged} unchanged (skipped)", f"{len(summary.failed)} failed",
    ]
    if summary.removed:
        parts.append(f"{summary.removed} removed (no longer in their file)")
    err.print(", ".join(parts) + f" → {db}", highlight=False)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option(
        "--format", "-f", help="json (crosscheck/1), csv or parquet (one file per table), claimreview (schema.org "
                               "JSON-LD), events (ACLED-style CSV) or geojson (located places).")] = "json",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write; a directory for csv and parquet. [default: by format]")] = None,
) -> None:
    """Write the store as the crosscheck/1 JSON export or in a standard format."""
    writers = {  # format -> (writer, default output, what the count it returns counts)
        "json": (write_json, "crosscheck.json", "documents"),
        "csv": (write_csv, "crosscheck-csv", "rows"),
        "parquet": (write_parquet, "crosscheck-parquet", "rows"),
        "claimreview": (write_claimreview, "claimreview.json", "ClaimReviews"),
        "events": (write_events, "events.csv", "events"),
        "geojson": (write_geojson, "places.geojson", "places"),
    }
    if format not in writers:
        raise _fail(f"unknown format {format!r}: choose one of {', '.join(writers)}")
    write, default_output, counted = writers[format]
    output = output or Path(default_output)
    with _open(db) as store:
        try:
            count = write(store, output)
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}") from exc
    err.print(f"{count} {counted} → {output}", highlight=False)


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("report.html"),
) -> None:
    """Write a self-contained HTML report (opens offline, from a file)."""
    with _open(db) as store:
        try:
            context = write_report(store, output)
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}") from exc
    err.print(f"report of {context['totals']['documents']} documents → {output.resolve()}", highlight=False)


@app.command()
def check(
    claim: Annotated[str | None, typer.Argument(help="The claim to check, in quotes.")] = None,
    db: DbOption = DEFAULT_DB,
    claim_id: Annotated[str | None, typer.Option("--claim-id", help="Check a stored claim instead.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Who made the claim (a name in the corpus).")] = None,
    date: Annotated[str | None, typer.Option(help="When the claim was made, YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print only the dossier as JSON on stdout.")] = False,
    claimreview: Annotated[
        Path | None, typer.Option(help="Also write the verdict as schema.org ClaimReview JSON-LD to this file.")
    ] = None,
    semantic: Annotated[
        bool, typer.Option(help="Retrieve by meaning too, with the bundled MiniLM model.")
    ] = True,
) -> None:
    """Check a claim against the stored corpus: evidence with stances, and a verdict."""
    with _open(db) as store, err.status("checking", spinner="dots") as status:
        try:
            dossier = check_store(store, claim, claim_id, speaker, date, semantic,
                                  on_stage=lambda stage: status.update(stage))
            document = dossier_document(dossier)
            store.save_dossier(dossier.claim, dossier.verdict, document)  # the report shows it
        except CrosscheckError as exc:
            raise _fail(str(exc)) from exc
    if claimreview:
        try:
            write_atomically(claimreview, json.dumps(document["claimreview"], ensure_ascii=False, indent=1))
        except OSError as exc:
            raise _fail(f"cannot write {claimreview}: {exc.strerror or exc}") from exc
    if as_json:
        typer.echo(json.dumps(document, ensure_ascii=False, indent=1))
        return
    _print_dossier(document)


def _print_dossier(document: dict) -> None:
    verdict, scale = document["verdict"], document["scale"]
    out.print(f"[bold]{document['claim']}[/]", highlight=False)
    if document["speaker_name"]:
        out.print(f"said by {document['speaker_name']}" + (f" on {document['date']}" if document["date"] else ""),
                  highlight=False)
    out.print(f"verdict: [bold]{verdict}[/] — {scale['meaning']}", highlight=False)
    out.print(document["explanation"], highlight=False)
    table = Table("stance", "outlet", "origin", "evidence", "why")
    for item in document["evidence"]:
        origin = item["origin"]
        later = " (published after the claim)" if item["after_claim"] else ""
        table.add_row(item["stance"], (item["outlet"] or item["doc"]) + later, f"{origin['name']} ({origin['kind']})",
                      item["text"], item["reason"])
    out.print(table)


@app.command()
def documents(db: DbOption = DEFAULT_DB) -> None:
    """List the stored documents."""
    table = Table("id", "outlet", "published", "kind", "title", "words")
    with _open(db) as store:
        for doc in store.documents():
            table.add_row(doc.id, doc.outlet or "", doc.published or "", doc.kind, doc.title or "",
                          str(len(doc.text.split())))
        failures = store.failures()
    out.print(table)
    if failures:
        err.print(f"{len(failures)} inputs failed on their last read; see `crosscheck report`.")


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on; the default is reachable from this machine only.")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Browse and search the store in a web browser (read-only; JSON under /api, described at /openapi.json)."""
    import uvicorn  # imported here: the web stack would slow every other command's start

    from crosscheck.web.app import create_app

    try:
        web = create_app(db)
    except CrosscheckError as exc:
        raise _fail(str(exc)) from exc
    err.print(f"serving {db} read-only at http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")

def _version(value: bool) -> None:
    if value:
        out.print(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """crosscheck: who claims what, across partisan outlets, traceable to verbatim spans."""
