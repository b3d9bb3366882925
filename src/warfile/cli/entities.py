"""Entity commands: conflicts, entity, entities, aliases add/remove, links.

Each command opens the database, calls one store function and prints plain lines (or JSON with
``--json``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from warfile.cli.app import DEFAULT_DB, DbOption, app, console
from warfile.model import Entity
from warfile.store import connect, transaction
from warfile.store import entities as entity_store
from warfile.store.documents import document_names

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
KindOption = Annotated[str | None, typer.Option("--kind", help="person, group or place.")]

aliases_app = typer.Typer(help="Curator overrides: say two names are (or are not) the same entity.",
                          no_args_is_help=True)
app.add_typer(aliases_app, name="aliases")


def _print(line: str) -> None:
    console.print(line, highlight=False, markup=False, soft_wrap=True)


def _dump(data: Any) -> None:
    _print(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def conflicts(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Fields where an operation's documents disagree, with the documents behind each value."""
    conn = connect(db)
    rows = entity_store.list_conflicts(conn)
    if as_json:
        _dump([{"operation": r.operation, "field": r.conflict.field,
                "values": [{"value": v.value, "documents": list(v.documents)} for v in r.conflict.values]}
               for r in rows])
        return
    if not rows:
        _print("no conflicts: every operation's documents agree")
    names = document_names(conn)  # documents by their file names, as the user ingested them
    for r in rows:
        _print(f"{r.operation}  {r.conflict.field}")
        for i, v in enumerate(r.conflict.values):
            _print(f"  {'kept' if i == 0 else 'also'}: {json.dumps(v.value, ensure_ascii=False)}  "
                   f"({', '.join(names.get(d, d) for d in v.documents)})")


def _entity_json(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "kind": e.kind, "name": e.name, "aliases": list(e.aliases), "killed": e.killed,
            "mentions": [{"operation": m.operation, "document": m.document, "side": m.side, "role": m.role,
                          "surface": m.surface, "span": [m.span.start, m.span.end] if m.span else None,
                          "event": m.event} for m in e.mentions]}


@app.command()
def entity(name: Annotated[str, typer.Argument(help="A name, alias or entity id.")],
           db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """One person, group or place: aliases, and every operation, side, role and source naming it."""
    conn = connect(db)
    e = entity_store.get_entity(conn, name)
    if as_json:
        _dump(_entity_json(e))
        return
    _print(f"{e.name}  [{e.kind}] {e.id}" + ("  (killed)" if e.killed else ""))
    if e.aliases:
        _print("also written: " + "; ".join(e.aliases))
    names = document_names(conn)
    events = _operation_events(conn, {m.operation for m in e.mentions if m.event is not None})
    by_op: dict[tuple[str, int | None, str | None, int | None], list[str]] = {}
    for m in e.mentions:
        by_op.setdefault((m.operation, m.side, m.role, m.event), []).append(m.document)
    for (op, side, role, event), docs in sorted(by_op.items(), key=lambda kv: (kv[0][0], kv[0][3] or -1)):
        if event is not None and event < len(events.get(op, [])):
            ev = events[op][event]
            where = f"{ev.get('date', '')} {ev.get('type', '')}: {ev.get('summary', '')[:90]}"
        else:
            where = f"side {side + 1}  {role or ''}" if side is not None else (role or "")
        sources = ", ".join(sorted({names.get(d, d) for d in docs if d}))
        _print(f"  {op}  {where}  [{sources}]")


def _operation_events(conn: Any, op_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The events of each operation, as stored in its merged record (mentions index them)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for op_id in op_ids:
        row = conn.execute("SELECT record FROM operations WHERE id = ?", (op_id,)).fetchone()
        out[op_id] = json.loads(row[0]).get("events", []) if row else []
    return out


@app.command("entities")
def list_entities(db: DbOption = Path(DEFAULT_DB), kind: KindOption = None, as_json: JsonOption = False) -> None:
    """Every entity with its number of aliases and the operations naming it."""
    rows = entity_store.list_entities(connect(db), kind)
    if as_json:
        _dump([{"id": e.id, "kind": e.kind, "name": e.name, "aliases": len(e.aliases),
                "operations": sorted({m.operation for m in e.mentions})} for e in rows])
        return
    if not rows:
        _print("no entities yet; add documents with `warfile ingest DOCS...`")
    for e in rows:
        ops = sorted({m.operation for m in e.mentions})
        _print(f"{e.kind:6}  {e.name}  aliases {len(e.aliases)}  operations {len(ops)}: {', '.join(ops)}")


def _override(action: str, a: str, b: str, db: Path, kind: str | None) -> None:
    conn = connect(db)
    with transaction(conn):
        entity_store.add_override(conn, action, kind, a, b)
        entity_store.refresh_entities(conn)
    _print(f"{action}: {a!r} / {b!r} recorded; entities re-resolved")


@aliases_app.command("add")
def aliases_add(a: str, b: str, db: DbOption = Path(DEFAULT_DB), kind: KindOption = None) -> None:
    """B is another name of A (kept across re-ingest)."""
    _override("alias-add", a, b, db, kind)


@aliases_app.command("remove")
def aliases_remove(a: str, b: str, db: DbOption = Path(DEFAULT_DB), kind: KindOption = None) -> None:
    """B is not a name of A: keep them apart (kept across re-ingest)."""
    _override("alias-remove", a, b, db, kind)


@aliases_app.command("list")
def aliases_list(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Every curator override, oldest first (export them with --json)."""
    rows = entity_store.load_overrides(connect(db))
    if as_json:
        _dump([{"action": o.action, "kind": o.kind, "a": o.a, "b": o.b, "created_at": o.created_at} for o in rows])
        return
    for o in rows:
        _print(f"{o.created_at}  {o.action}  {o.kind or '*'}  {o.a!r}  {o.b!r}")


@app.command()
def links(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Operations whose documents refer to another operation."""
    conn = connect(db)
    with transaction(conn):
        rows = entity_store.refresh_links(conn)
    if as_json:
        _dump([{"a": a, "b": b, "reason": r} for a, b, r in rows])
        return
    if not rows:
        _print("no operation refers to another")
    for a, b, r in rows:
        _print(f"{a} -> {b}  ({r})")
