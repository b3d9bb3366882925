"""Scale commands: ingest a multistream MediaWiki dump with its index, stream by stream in parallel."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warfile import pipeline
from warfile.cli.app import DEFAULT_DB, DbOption, app, err_console
from warfile.errors import WarfileError
from warfile.store import connect
from warfile.store.db import batched


@app.command("ingest-dump")
def ingest_dump(
    dump: Annotated[Path, typer.Argument(help="A multistream dump (pages-articles-multistream.xml.bz2).")],
    index: Annotated[Path, typer.Option("--index", help="Its index file (…-multistream-index.txt[.bz2]).")],
    db: DbOption = Path(DEFAULT_DB),
    engine: Annotated[str, typer.Option("--engine", help="dask (default) or local.")] = "dask",
    workers: Annotated[int, typer.Option("--workers", help="Dask workers started locally.")] = 2,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (host:8786).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr.")] = True,
) -> None:
    """Ingest the conflict articles of a multistream dump; workers decompress their own streams.

    Builds the same database as `warfile ingest DUMP`, which reads the dump end to end.
    """
    for path in (dump, index):
        if not path.is_file():
            raise WarfileError(f"no such file: {path}")
    if engine not in ("dask", "local"):
        raise WarfileError(f"unknown engine {engine!r}; choose local or dask")
    from warfile.engine import run_multistream

    conn = connect(db)
    summary = pipeline.IngestSummary()
    bar = pipeline.progress_bar() if progress else None
    pages = bar.add_task("dump pages", total=None) if bar else None

    def say(kind: str, name: str, text: str) -> None:
        if kind != "skipped":  # most pages of a dump are not operations: only problems are shown
            (bar.console if bar else err_console).print(f"{kind} {name}: {text}", highlight=False, markup=False)

    if bar:
        bar.start()
    try:
        with batched(conn) as tick:  # each page its own savepoint; commits about once a second
            for result in run_multistream(dump, index, workers, scheduler, engine=engine):
                pipeline.record_result(conn, result, summary, say)
                if bar and pages is not None:
                    bar.advance(pages)
                tick()
    finally:
        if bar:
            bar.stop()
    with pipeline.RebuildProgress(progress) as report:
        summary.operations = pipeline.refresh_operations(conn, report)
    err_console.print(f"ingested {summary.ingested}, replaced {summary.replaced}, unchanged {summary.unchanged}, "
                      f"skipped {summary.skipped}, failed {summary.failed}; {summary.operations} operations",
                      highlight=False, markup=False)
    if not summary.ok:
        raise typer.Exit(1)
