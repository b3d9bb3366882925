"""Stored events: one row per dated event of every operation, for timelines and event exports.

Event ids are content hashes (operation, date, type, summary, document, span), so the same event
keeps its id across rebuilds. Rows are derived from the operation records and replaced with them.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from warfile.model import Event, Operation
from warfile.serialize import casualties_to_json
from warfile.store.db import json_strings, json_text

EVENT_COLUMNS = ("id", "operation_id", "idx", "date", "date_end", "date_prec", "type", "claimant", "disputed",
                 "summary", "document_id", "span_start", "span_end", "actors", "places", "casualties")


def event_id(operation_id: str, event: Event) -> str:
    span = f"{event.span.start}:{event.span.end}" if event.span else ""
    key = "\x1f".join((operation_id, event.date or "", event.type or "", event.summary, event.document or "", span))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def replace_events(conn: sqlite3.Connection, operations: Sequence[Operation]) -> None:
    """Replace every stored event by the events of these operations."""
    conn.execute("DELETE FROM events")
    for op in operations:
        save_events(conn, op)
    reindex_events(conn)


def reindex_events(conn: sqlite3.Connection, indexed: int = 0) -> None:
    """Refill the events' full-text index from the events table, once after events were written
    (cheaper than a trigger per row: migration step 5). indexed: the events up to this rowid are
    the ones the index holds already (a rebuild kept them where they were).

    When the events kept are fewer than those written, the old index is dropped and made again
    from its own stored definition: emptying an FTS5 table that holds its content deletes row by
    row, tokenizing each row again (0.5 s of CPU for 85,000 events, as much as filling it), and
    filling a new table is faster than one emptied that way. Otherwise only the rows after the
    ones kept are deleted and filled again."""
    if indexed and 2 * indexed >= (conn.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0):
        conn.execute("DELETE FROM events_fts WHERE rowid > ?", (indexed,))
        conn.execute("INSERT INTO events_fts(rowid, summary, places, actors) SELECT rowid, summary, places, actors "
                     "FROM events WHERE rowid > ?", (indexed,))
        return
    (definition,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'").fetchone()
    conn.execute("DROP TABLE events_fts")
    conn.execute(definition)
    conn.execute("INSERT INTO events_fts(rowid, summary, places, actors) SELECT rowid, summary, places, actors FROM events")


def index_events_of(conn: sqlite3.Connection, operation_ids: Sequence[str]) -> None:
    """Add the events of these operations, written since their ids' entries were deleted, to the
    full-text index."""
    conn.executemany("INSERT INTO events_fts(rowid, summary, places, actors) SELECT rowid, summary, places, actors "
                     "FROM events WHERE operation_id = ?", ((i,) for i in operation_ids))


def save_events(conn: sqlite3.Connection, op: Operation) -> None:
    """Store one operation's events (call reindex_events after the last). An event id hashes its operation's id, so ids can only clash
    within one operation: the same event stated twice in one record keeps both rows ('-2')."""
    seen: set[str] = set()
    rows = []
    for idx, e in enumerate(op.events):
        eid = base = event_id(op.id, e)
        n = 1
        while eid in seen:
            n += 1
            eid = f"{base}-{n}"
        seen.add(eid)
        rows.append((eid, op.id, idx, e.date, e.date_end, e.date_prec, e.type, e.claimant, int(e.disputed),
                     e.summary, e.document, e.span.start if e.span else None, e.span.end if e.span else None,
                     json_strings(e.actors), json_strings(e.places), _casualties_json(e)))
    conn.executemany(f"INSERT INTO events({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
                     rows)


def _casualties_json(e: Event) -> str:
    """The event's casualties as a JSON column ('[]' for most events, which state none)."""
    return json_text([casualties_to_json(c) for c in e.casualties]) if e.casualties else "[]"


def query_events(conn: sqlite3.Connection, operation_id: str | None = None, *, type: str | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
    """Events as dicts (JSON columns decoded), by operation then date.

    date_from / date_to are inclusive ISO prefixes at any precision: --to 2014-03 keeps 2014-03-31.
    """
    where, args = [], []
    if operation_id is not None:
        where.append("operation_id = ?")
        args.append(operation_id)
    if type:
        where.append("type = ?")
        args.append(type)
    if date_from:
        where.append("substr(date, 1, length(?)) >= ?")
        args += [date_from, date_from]
    if date_to:
        where.append("substr(date, 1, length(?)) <= ?")
        args += [date_to, date_to]
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY operation_id, date, idx"
    return [_row_dict(r) for r in conn.execute(sql, args)]


def _row_dict(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    for col in ("actors", "places", "casualties"):
        d[col] = json.loads(d[col]) if d[col] else []
    d["disputed"] = bool(d["disputed"])
    return d


def count_events(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM events").fetchone()[0]
