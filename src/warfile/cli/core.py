"""Core commands: ingest, extract, list, show, export, forget, eval. Each parses its options and
calls one library function (pipeline, store, export, evaluate); rendering is all that lives here.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from warfile import pipeline
from warfile.cli.app import DEFAULT_DB, DbOption, app, console, err_console
from warfile.errors import WarfileError
from warfile.format import fmt_count
from warfile.model import Casualties, Operation, Person, Provenance, Quantity
from warfile.store import connect
from warfile.store import documents as doc_store
from warfile.store import events as event_store
from warfile.store import operations as op_store

ShapeOption = Annotated[str | None, typer.Option("--shape", help="Read every input as this shape (default: detect).")]


def _say(line: str) -> None:
    err_console.print(line, highlight=False, markup=False, soft_wrap=True)


# ---------------------------------------------------------------- ingest / extract

@app.command()
def ingest(
    docs: Annotated[list[str], typer.Argument(help="Files, folders, globs, MediaWiki dumps, or - for stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    shape: ShapeOption = None,
    engine: Annotated[str, typer.Option("--engine", help="local, or dask for many documents.")] = "local",
    workers: Annotated[int | None, typer.Option("--workers", help="Dask workers (default 2).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
) -> None:
    """Read documents, extract their operations and store them (re-ingesting changes nothing)."""
    conn = connect(db)
    summary = pipeline.ingest(docs, conn, shape=shape, progress=progress, engine=engine, workers=workers,
                              scheduler=scheduler, echo=_say)
    _say(f"ingested {summary.ingested}, replaced {summary.replaced}, unchanged {summary.unchanged}, "
         f"skipped {summary.skipped}, failed {summary.failed}; the database holds "
         f"{doc_store.count_documents(conn)} documents, {summary.operations} operations, "
         f"{event_store.count_events(conn)} events")
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def extract(
    docs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one record per line) or json (a list).")] = "jsonl",
    shape: ShapeOption = None,
) -> None:
    """Print each document's record (nothing stored); sources[0].document is the file name."""
    if fmt not in ("jsonl", "json"):
        raise WarfileError(f"unknown format {fmt!r}; choose jsonl or json")
    pipeline.check_shape(shape)
    failed = 0
    records = []
    for result in pipeline.run(pipeline.iter_items(docs, shape)):
        if isinstance(result, pipeline.Processed):
            record = pipeline.document_record(result)
            if fmt == "jsonl":
                console.out(json.dumps(record, ensure_ascii=False), highlight=False)
            else:
                records.append(record)
        elif isinstance(result, pipeline.Skipped):
            _say(f"skipped {result.name}: {result.reason}")
        else:
            failed += 1
            _say(f"failed {result.name}: {result.message}")
    if fmt == "json":
        console.out(json.dumps(records, ensure_ascii=False, indent=2), highlight=False)
    if failed:
        raise typer.Exit(1)


# ---------------------------------------------------------------- list / show

def _dates(start: str | None, end: str | None, ongoing: bool = False) -> str:
    if ongoing:
        return f"{start or '?'} – present"
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or ""


@app.command("list")
def list_operations(db: DbOption = Path(DEFAULT_DB)) -> None:
    """One line per operation: id, name, dates, number of documents and events."""
    rows = op_store.list_operations(connect(db))
    if not rows:
        _say("no operations yet; add some with `warfile ingest DOCS...`")
        return
    lines = [("id", "name", "dates", "docs", "events")]
    lines += [(r["id"], r["name"], _dates(r["start_date"], r["end_date"]), str(r["n_documents"]), str(r["n_events"]))
              for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    for i, line in enumerate(lines):  # plain text, one line each, whatever the terminal width
        text = "  ".join(cell.ljust(w) for cell, w in zip(line, widths)) + f"  {line[3]:>4}  {line[4]:>6}"
        console.print(f"[bold]{text}[/bold]" if i == 0 else text, highlight=False, soft_wrap=True,
                      markup=i == 0)


def format_person(p: Person) -> str:
    text = " ".join(x for x in (p.rank, p.name) if x)
    if p.killed:
        text += " †"
    return text + (f" ({p.role})" if p.role else "")


def format_quantity(q: Quantity) -> str:
    text = " ".join(x for x in (fmt_count(q.count), q.unit) if x) or q.text
    return text + (f" ({q.claimant} claim)" if q.claimant else "")


def format_casualties(c: Casualties) -> str:
    who = f"{c.who} " if c.who else ""
    parts = [f"{fmt_count(n)} {who if i == 0 else ''}{label}" for i, (n, label) in enumerate(
             ((c.killed, "killed"), (c.wounded, "wounded"), (c.captured, "captured"), (c.missing, "missing"))) if n]
    parts += [f"{e.count} {e.item} lost" for e in c.equipment]
    text = ", ".join(parts) or c.text
    notes = [x for x in (f"{c.claimant} claim" if c.claimant else "", f"by {c.as_of}" if c.as_of else "") if x]
    return text + (f" ({'; '.join(notes)})" if notes else "")


def infobox_table(op: Operation) -> Table:
    """The sides in columns, as an article infobox: belligerents, commanders (†), strength, casualties."""
    table = Table(title=op.name, show_lines=True, title_style="bold")
    table.add_column("", style="bold", no_wrap=True)
    for i, _ in enumerate(op.sides):
        table.add_column(f"Side {i + 1}")
    n = len(op.sides)
    rows: list[tuple[str, list[str]]] = [
        ("Belligerents", ["\n".join(s.belligerents) for s in op.sides]),
        ("Supported by", ["\n".join(s.supporters) for s in op.sides]),
        ("Commanders", ["\n".join(format_person(p) for p in s.commanders) for s in op.sides]),
        ("Units", ["\n".join(s.units) for s in op.sides]),
        ("Strength", ["\n".join(format_quantity(q) for q in s.strength) for s in op.sides]),
        ("Casualties", ["\n".join(format_casualties(c) for c in s.casualties) for s in op.sides]),
    ]
    for label, cells in rows:
        if any(cells):
            table.add_row(label, *cells)
    if op.civilian_casualties and n:
        table.add_row("Civilians", "\n".join(format_casualties(c) for c in op.civilian_casualties), *[""] * (n - 1))
    return table


def _header(op: Operation, n_docs: int) -> list[str]:
    lines = [f"[bold]{op.name}[/bold]  [dim]{op.id}[/dim]"]
    for label, value in (("Also known as", ", ".join(op.aliases)), ("Part of", ", ".join(op.part_of)),
                         ("Date", _dates(op.start_date, op.end_date, op.ongoing)),
                         ("Location", ", ".join(op.places)), ("Result", op.result or "")):
        if value:
            lines.append(f"[bold]{label}:[/bold] {value}")
    lines.append(f"[dim]{n_docs} document(s), {len(op.events)} event(s)[/dim]")
    return lines


def _pointer(record: Any, pointer: str) -> Any:
    """The value at a JSON pointer ('/sides/0/commanders/3') in a record dict, None when absent."""
    value = record
    for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def short_value(value: Any) -> str:
    """A record value as one readable line: a person's name, a claim's text, a list joined."""
    if isinstance(value, dict):
        for key in ("name", "text", "summary"):
            if value.get(key):
                return str(value[key])
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "; ".join(short_value(v) for v in value)
    return "" if value is None else str(value)


def sources_table(op: Operation, names: dict[str, str]) -> Table:
    """Each value with the documents stating it; fields the documents disagree on flagged."""
    from warfile.serialize import record_to_dict
    record = record_to_dict(op)
    table = Table(title="Sources", show_lines=False)
    table.add_column("field", no_wrap=True)
    table.add_column("value")
    table.add_column("stated by", no_wrap=True)
    table.add_column("")
    conflicted = {c.field for c in op.conflicts}
    provenance = op.provenance or tuple(
        Provenance(f"/{k}", tuple(s.document for s in op.sources)) for k in record
        if k not in ("id", "sources", "conflicts", "provenance", "events", "mentions"))
    for p in provenance:
        flag = "[red]disputed[/red]" if p.field in conflicted else ""
        table.add_row(p.field, short_value(_pointer(record, p.field)),
                      ", ".join(names.get(d, d) for d in p.documents), flag)
    for c in op.conflicts:
        for v in c.values:
            table.add_row(c.field, short_value(v.value), ", ".join(names.get(d, d) for d in v.documents),
                          "[red]disagrees[/red]")
    return table


@app.command()
def show(
    name_or_id: Annotated[str, typer.Argument(help="Operation id, name, alias, or a unique part of a name.")],
    db: DbOption = Path(DEFAULT_DB),
    sources: Annotated[bool, typer.Option("--sources", help="Each value with the documents stating it.")] = False,
) -> None:
    """One operation as an infobox: sides in columns, commanders († killed), strength, casualties."""
    conn = connect(db)
    op = op_store.find_operation(conn, name_or_id)
    doc_ids = op_store.operation_document_ids(conn, op.id)
    for line in _header(op, len(doc_ids)):
        console.print(line, highlight=False)
    if op.sides:
        console.print(infobox_table(op))
    if sources:
        names = doc_store.document_names(conn)
        console.print(sources_table(op, names))
        console.print("Documents: " + ", ".join(f"{names.get(d, d)} [dim]{d}[/dim]" for d in doc_ids),
                      highlight=False)


# ---------------------------------------------------------------- export / forget / eval

@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", help="json, jsonl, csv, parquet, ucdp-ged or acled.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="File (or folder for csv/parquet); default stdout.")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Write every operation out: records (json/jsonl, schema-valid), tables, or event layouts."""
    from warfile.export import write_export
    written = write_export(connect(db), fmt, out)
    if out is not None:
        _say(f"wrote {written}")


@app.command()
def forget(
    doc: Annotated[str, typer.Argument(help="A stored document's path, file name or id.")],
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Remove a document and what only it stated; the operations are merged again without it."""
    conn = connect(db)
    names = pipeline.forget(conn, doc)
    _say(f"forgot {', '.join(names)}; {op_store.count_operations(conn)} operations remain")


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold records, one JSON file per document.")],
    docs: Annotated[list[str], typer.Argument(help="The documents the gold records describe.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    by: Annotated[str, typer.Option("--by", help="document: one gold record per document; name: gold "
                                    "records of merged operations, paired by name.")] = "document",
) -> None:
    """Score extraction against gold records: precision, recall and F1 per field."""
    from warfile.evaluate import evaluate
    if by not in ("document", "name"):
        raise WarfileError(f"--by must be 'document' or 'name', not {by!r}")
    scores = evaluate(gold_dir, docs, by=by)
    if as_json:
        console.out(json.dumps(scores.as_dict(), indent=2), highlight=False)
        return
    table = Table(title="Extraction vs gold", header_style="bold")
    table.add_column("field")
    for col in ("gold", "pred", "hit", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for name, row in scores.fields.items():
        table.add_row(name, str(row.gold), str(row.pred), str(row.hit), f"{row.precision:.3f}",
                      f"{row.recall:.3f}", f"{row.f1:.3f}")
    if scores.details:
        table.add_section()  # what the events found state: not in the summary line (the shared scorer's)
        for name, row in scores.details.items():
            table.add_row(f"{name} (found events)", str(row.gold), str(row.pred), str(row.hit),
                          f"{row.precision:.3f}", f"{row.recall:.3f}", f"{row.f1:.3f}")
    console.print(table)
    if scores.missing:
        console.print("no record for: " + ", ".join(scores.missing), highlight=False)
    console.print(scores.summary(), highlight=False)
