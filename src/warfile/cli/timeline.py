"""Timeline commands: one operation's dated events as a table, and every event as CSV or JSON lines."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from warfile.cli.app import DEFAULT_DB, DbOption, app, console
from warfile.errors import WarfileError
from warfile.format import fmt_count
from warfile.model import EVENT_TYPES
from warfile.serialize import count_from_json
from warfile.store import connect
from warfile.store import events as event_store
from warfile.store import operations as op_store

# Columns of `warfile events --format csv`; list values are joined with "; ", casualties kept as JSON.
CSV_COLUMNS = ("operation_id", "id", "idx", "date", "date_end", "date_prec", "type", "actors", "places",
               "casualties", "claimant", "disputed", "summary", "document_id", "span_start", "span_end")


def _check_type(event_type: str | None) -> None:
    if event_type and event_type not in EVENT_TYPES:
        raise WarfileError(f"unknown event type {event_type!r}; choose one of: {', '.join(EVENT_TYPES)}")


def casualty_line(casualties: list[dict[str, Any]]) -> str:
    parts = []
    for c in casualties:
        for key in ("killed", "wounded", "captured", "missing"):
            v = c.get(key)
            if v is not None:
                n = fmt_count(count_from_json(v))
                parts.append(f"{n} {key}" + (f" {c['who']}" if c.get("who") and key == "killed" else ""))
    return ", ".join(parts)


@app.command()
def timeline(
    name: Annotated[str, typer.Argument(help="Operation id, name, alias, or a unique part of a name.")],
    event_type: Annotated[str | None, typer.Option("--type", help="Only events of this type.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date, inclusive.")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """An operation's dated events: date, type, actors, places, casualties, claimant, disputed."""
    _check_type(event_type)
    conn = connect(db)
    op_id = op_store.resolve_operation_id(conn, name)
    rows = event_store.query_events(conn, op_id, type=event_type, date_from=date_from, date_to=date_to)
    table = Table(title=f"{op_store.load_operation(conn, op_id).name}: {len(rows)} event(s)", show_lines=True)
    for col in ("date", "type", "actors", "places", "casualties", "claimant", "disputed"):
        table.add_column(col, no_wrap=col in ("date", "type"), min_width=len(col))
    for e in rows:
        date = e["date"] + (f" – {e['date_end']}" if e["date_end"] else "")
        table.add_row(date, e["type"], ", ".join(e["actors"]), ", ".join(e["places"]), casualty_line(e["casualties"]),
                      e["claimant"] or "", "[red]disputed[/red]" if e["disputed"] else "")
    console.print(table)


@app.command()
def events(
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "jsonl",
    event_type: Annotated[str | None, typer.Option("--type", help="Only events of this type.")] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Every event of every operation, to stdout as CSV or JSON lines."""
    if fmt not in ("csv", "jsonl"):
        raise WarfileError(f"unknown format {fmt!r}; choose csv or jsonl")
    _check_type(event_type)
    rows = event_store.query_events(connect(db), type=event_type)
    if fmt == "jsonl":
        for e in rows:
            sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for e in rows:
        writer.writerow({**e, "actors": "; ".join(e["actors"]), "places": "; ".join(e["places"]),
                         "casualties": json.dumps(e["casualties"], ensure_ascii=False) if e["casualties"] else "",
                         "disputed": int(e["disputed"])})
