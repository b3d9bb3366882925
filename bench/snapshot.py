"""Dump every table of a warfile database as sorted text, so two databases compare with diff.

    python bench/snapshot.py DB [--out FILE]              # FILE, or stdout
    python bench/snapshot.py A.db B.db                     # compare two: exit 1 and a diff if they differ
    python bench/snapshot.py DB --exclude meta --exclude operation_merges

Every table of the database is dumped (``sqlite_master``, sorted by name): a ``## table`` header
with its column names, then one line per row, every row with its ``rowid`` first (where the table
has one: several readers order by it), rows ordered by every column (SQLite's own ordering, so
mixed types and NULLs sort deterministically). Values are written with ``repr``.

What is left out, and why:

- the timestamp columns ``documents.ingested_at`` and ``curator_overrides.created_at`` (the clock);
- the shadow tables of full-text indexes (``*_data``, ``*_idx``, ``*_docsize``, ``*_config``,
  ``*_content``): their segment layout depends on when a batch committed, not on what is stored.
  The full-text tables themselves are dumped (their rowid and columns), which is what a search reads;
- tables named with ``--exclude`` (e.g. a cache table a newer schema adds);
- the rowids of the entity tables (``UNORDERED``): a refresh deletes and adds the rows of the
  entities that changed, so their rowids follow no order, and every reader orders them by their
  columns. Their rows are dumped, sorted, without it; so are ``meta``'s, a table of keys whose
  rowids tell only when each key was last written;
- the rowids of the tables holding each operation's rows (``BY_OPERATION``): a refresh leaves the
  rows of the operations it keeps where they are and writes the others after every row, so the
  order of operations in them follows no rule; each row is dumped with its place among its
  operation's rows instead (``#`` then the place: the order readers of one operation get);
- the rowids of the events' full-text index, which are its events' rowids: each entry is dumped
  with its event's id instead.

Public tools only (the standard library's sqlite3); the database is opened read-only.
"""
from __future__ import annotations

import argparse
import difflib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

TIMESTAMPS = {"documents": {"ingested_at"}, "curator_overrides": {"created_at"}}
FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")
UNORDERED = {"entities", "entity_aliases", "mentions", "entity_candidates", "meta"}
BY_OPERATION = {"operations": "id", "operation_merges": "operation_id",
                **{t: "operation_id" for t in ("operation_documents", "events", "sides", "casualties", "strength",
                                               "entity_inputs_mentions", "entity_inputs_facts",
                                               "entity_inputs_links", "operation_link_fields")}}


def _tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' "
                        "ORDER BY name").fetchall()


def _fts_tables(tables: list[tuple[str, str]]) -> set[str]:
    return {name for name, sql in tables if "USING FTS" in sql.upper()}


def _is_shadow(name: str, fts: set[str]) -> bool:
    return any(name == f"{t}{suffix}" for t in fts for suffix in FTS_SHADOWS)


def _has_rowid(name: str, sql: str, fts: bool) -> bool:
    return fts or ("WITHOUT ROWID" not in sql.upper() and name not in UNORDERED)


def dump_table(conn: sqlite3.Connection, name: str, sql: str, fts: bool) -> Iterator[str]:
    columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
               if r[1] not in TIMESTAMPS.get(name, ())]
    if _has_rowid(name, sql, fts):
        columns = ["rowid", *columns]
    listed = ", ".join(c if c == "rowid" else f'"{c}"' for c in columns)
    if name in BY_OPERATION:
        listed = listed.replace("rowid", f'row_number() OVER (PARTITION BY "{BY_OPERATION[name]}" ORDER BY rowid)', 1)
        columns[0] = "#"
    elif name == "events_fts":
        listed = listed.replace("rowid", "(SELECT e.id FROM events e WHERE e.rowid = events_fts.rowid)", 1)
        columns[0] = "event"
    yield f"## {name} ({', '.join(columns)})"
    order = ", ".join(str(i) for i in range(1, len(columns) + 1))
    for row in conn.execute(f'SELECT {listed} FROM "{name}" ORDER BY {order}'):
        yield repr(tuple(row))


def snapshot(db: str | Path, exclude: frozenset[str] = frozenset()) -> Iterator[str]:
    """The lines of a database's dump (see the module docstring)."""
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        tables = _tables(conn)
        fts = _fts_tables(tables)
        for name, sql in tables:
            if name.startswith("sqlite_stat") or name in exclude or _is_shadow(name, fts):
                continue
            yield from dump_table(conn, name, sql, name in fts)
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="+", help="one database to dump, or two to compare")
    ap.add_argument("--out", help="write the dump here (one database only)")
    ap.add_argument("--exclude", action="append", default=[], help="a table to leave out (repeatable)")
    args = ap.parse_args(argv)
    exclude = frozenset(args.exclude)
    if len(args.db) == 2:
        a, b = (list(snapshot(db, exclude)) for db in args.db)
        if a == b:
            print(f"identical ({len(a)} lines)")
            return 0
        sys.stdout.writelines(line + "\n" for line in
                              list(difflib.unified_diff(a, b, *args.db, lineterm=""))[:200])
        return 1
    if len(args.db) != 1:
        ap.error("give one database to dump or two to compare")
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for line in snapshot(args.db[0], exclude):
            out.write(line + "\n")
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
