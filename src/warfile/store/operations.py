"""Stored operations: the merged records, their documents, and flat tables of sides, strength and
casualties for SQL queries. Operations are derived data, rebuilt as a whole from the documents
(:func:`replace_operations`, inside the caller's transaction); ``meta.operations_stale`` marks a
rebuild as owed, so a failed rebuild is retried by the next command that writes.
"""
from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

from anyascii import anyascii

from warfile.errors import NoSuchOperation
from warfile.model import Casualties, Operation
from warfile.serialize import record_from_dict, record_to_dict
from warfile.store import events as event_store
from warfile.store.db import json_strings, json_text

_STALE = "operations_stale"

# Tables derived from the operation records; cleared and refilled on every rebuild (links are
# found again by warfile.store.entities.refresh_links in the same transaction).
DERIVED_TABLES = ("operations", "operation_documents", "sides", "strength", "casualties", "operation_links",
                  "entity_inputs_mentions", "entity_inputs_facts", "entity_inputs_links", "operation_link_fields")
# The tables (this prefix, then _mentions, _facts, _links) holding the rows each operation gives
# entity resolution (resolve.entities.entity_inputs), written as it is stored: a rebuild resolves
# entities from them, and a reused merge gets them back as stored instead of being walked again.
ENTITY_INPUTS = "entity_inputs"
# The tables a rebuild fills row by row whose secondary indexes no step of it reads: their
# indexes are made once at the end (store.db.indexes_deferred). Not operation_links: adding a link
# looks up the links stored so far.
REFILLED_TABLES = ("operation_documents", "sides", "strength", "casualties", "events")


def mark_stale(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (_STALE,))


def mark_fresh(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (_STALE,))


def is_stale(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (_STALE,)).fetchone() is not None


def clear_operations(conn: sqlite3.Connection, keep: int = 0) -> None:
    """Delete every derived row (operations, their tables, events, merge rows) before a rebuild,
    but the rows of the first ``keep`` operations stored, which a rebuild stores again unchanged
    and in the same places (see unchanged_prefix)."""
    if not keep:
        for table in (*DERIVED_TABLES, "events", "operation_merges"):
            conn.execute(f"DELETE FROM {table}")
        return
    conn.execute("CREATE TEMP TABLE kept_prefix (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO temp.kept_prefix SELECT id FROM operations ORDER BY rowid LIMIT ?", (keep,))
    for table, key in OPERATION_ROWS.items():
        conn.execute(f"DELETE FROM {table} WHERE {key} NOT IN temp.kept_prefix")
    conn.execute("DELETE FROM operation_links")
    conn.execute("DROP TABLE temp.kept_prefix")


def delete_operations(conn: sqlite3.Connection, ids: str) -> None:
    """Delete every row of the operations whose ids the table ``ids`` holds (their events' entries
    in the full-text index first)."""
    conn.execute(f"DELETE FROM events_fts WHERE rowid IN (SELECT rowid FROM events WHERE operation_id IN {ids})")
    for table, key in OPERATION_ROWS.items():
        conn.execute(f"DELETE FROM {table} WHERE {key} IN {ids}")


def stored_order(conn: sqlite3.Connection) -> list[str]:
    """The ids of the stored operations in the order stored."""
    return [r[0] for r in conn.execute("SELECT id FROM operations ORDER BY rowid")]


def save_operation(conn: sqlite3.Connection, op: Operation, doc_ids: Sequence[str],
                   record_text: str | None = None) -> None:
    """Store one operation (merged from the documents doc_ids) with its sides, figures and events;
    event_store.reindex_events after the last one makes its events searchable. record_text: op's
    record as stored JSON, when the caller has it (a reused merge), so it is not encoded again."""
    _save_operation_row(conn, op, doc_ids, record_text)
    _save_sides(conn, op)
    event_store.save_events(conn, op)
    _save_entity_inputs(conn, op)
    _save_link_fields(conn, op)


def _save_link_fields(conn: sqlite3.Connection, op: Operation) -> None:
    """What links read of op (store/entities.py _link_fields): its name, aliases, the names its
    text refers to and its documents, as its stored record holds them (a source without a
    document holds none), in a row small enough to read for every operation at each refresh."""
    conn.execute("INSERT INTO operation_link_fields(operation_id, name, aliases, mentions, documents) "
                 "VALUES (?, ?, ?, ?, ?)", (op.id, op.name, json_strings(op.aliases), json_strings(op.mentions),
                                            json.dumps([s.document or None for s in op.sources], ensure_ascii=False)))


def _save_entity_inputs(conn: sqlite3.Connection, op: Operation) -> None:
    """op's entity_inputs rows, each table's rows with op's id first (mention rows hold it already)."""
    from warfile.resolve.entities import entity_inputs
    mentions, facts, links = entity_inputs(op)
    conn.executemany(f"INSERT INTO {ENTITY_INPUTS}_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
    conn.executemany(f"INSERT INTO {ENTITY_INPUTS}_facts VALUES (?, ?, ?, ?, ?)", ((op.id, *r) for r in facts))
    conn.executemany(f"INSERT INTO {ENTITY_INPUTS}_links VALUES (?, ?, ?, ?)", ((op.id, *r) for r in links))


# Reused merges whose rows are copied back together: one INSERT ... SELECT per table for this many
# operations instead of one per operation and table (16,000 statements, 0.6 s of the refresh after
# 20 new documents on 4,000).
COPY_BATCH = 500


class OperationWriter:
    """Stores a rebuild's operations in order: :meth:`save` one merged now, :meth:`save_previous`
    one reused from the last rebuild; :meth:`flush` after the last.

    A reused merge stored under the same id as at the last rebuild gets its sides, figures and
    events rows copied back as they were stored (keep_previous_merges kept them), not made again
    from the record. The rows are a function of the record and its id, so they are the rows
    save_operation would write. They are copied for up to COPY_BATCH reused operations at once,
    ordered by operation as saved and then as stored, and always before an operation merged now
    writes its own: every table gets its rows in the order save_operation, called operation by
    operation, would give them (so the same rowids)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.pending: list[str] = []  # ids of the reused operations whose rows are not copied yet

    def save(self, op: Operation, doc_ids: Sequence[str]) -> None:
        self.flush()
        save_operation(self.conn, op, doc_ids)

    def save_previous(self, op_id: str, doc_ids: Sequence[str]) -> None:
        """Store a reused merge under its previous id, op_id."""
        conn = self.conn
        conn.executemany("INSERT OR IGNORE INTO operation_documents(operation_id, document_id) VALUES (?, ?)",
                         [(op_id, d) for d in doc_ids])
        self.pending.append(op_id)
        if len(self.pending) >= COPY_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS previous_batch (pos INTEGER PRIMARY KEY, operation_id TEXT)")
        self.conn.execute("DELETE FROM temp.previous_batch")
        self.conn.executemany("INSERT INTO temp.previous_batch(pos, operation_id) VALUES (?, ?)",
                              enumerate(self.pending))
        for table, key in PREVIOUS_ROWS.items():
            self.conn.execute(f"INSERT INTO {table} SELECT p.* FROM temp.previous_batch b "
                              f"JOIN temp.previous_{table} p ON p.{key} = b.operation_id "
                              "ORDER BY b.pos, p.rowid")
        self.pending.clear()


def _save_operation_row(conn: sqlite3.Connection, op: Operation, doc_ids: Sequence[str],
                        record_text: str | None) -> None:
    conn.execute(
        "INSERT INTO operations(id, name, start_date, end_date, result, places, record, n_documents, n_events) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (op.id, op.name, op.start_date, op.end_date, op.result, json_strings(op.places),
         record_text or json_text(record_to_dict(op)), len(set(doc_ids)), len(op.events)))
    conn.executemany("INSERT OR IGNORE INTO operation_documents(operation_id, document_id) VALUES (?, ?)",
                     [(op.id, d) for d in doc_ids])


# meta key: the merge_version of the code that grouped the stored operations' documents (a
# rebuild then regroups only what changed: pipeline.group_documents).
GROUPED = "grouped_by"


def replace_operations(conn: sqlite3.Connection, operations: Sequence[Operation],
                       members: Sequence[Sequence[str]]) -> None:
    """Replace every stored operation by these (members[i]: the document ids of operations[i]);
    they were not grouped by a rebuild."""
    conn.execute("DELETE FROM meta WHERE key = ?", (GROUPED,))
    for table in (*DERIVED_TABLES, "events"):
        conn.execute(f"DELETE FROM {table}")
    for op, doc_ids in zip(operations, members):
        save_operation(conn, op, doc_ids)
    event_store.reindex_events(conn)


# Which documents each stored operation was merged from, and the id the merge gave it before ids
# were made unique: a rebuild reuses the stored record of a group whose documents are unchanged
# instead of merging them again (merging is most of a rebuild's cost). ``version`` names the
# merging code that wrote the row; rows written by other code are never reused. The table is
# created by migration step 3. During a rebuild the reusable records wait in a temporary table
# (the operations table is rewritten group by group), so no Python structure holds them all.


def members_key(doc_ids: Sequence[str]) -> str:
    return "\x1f".join(sorted(set(doc_ids)))


# The tables whose rows a reused merge gets back as stored (OperationWriter.save_previous), by the
# column holding the operation's id: making them again from the record (event ids hashed, JSON
# columns encoded, names walked) was most of the cost of storing 4,000 reused merges, and with them
# stored the record is not even decoded (1.6 s of a 13 s refresh after 20 new documents, then the
# 1.4 s decoding records took).
PREVIOUS_ROWS = {"operations": "id", "sides": "operation_id", "strength": "operation_id",
                 "casualties": "operation_id", "events": "operation_id",
                 **{f"{ENTITY_INPUTS}_{name}": "operation_id" for name in ("mentions", "facts", "links")},
                 "operation_link_fields": "operation_id"}


# Every table a rebuild writes operation by operation, in the order of the operations, by the
# column holding the operation's id: the rows of the first operations come first in each.
OPERATION_ROWS = {**PREVIOUS_ROWS, "operation_documents": "operation_id", "operation_merges": "operation_id"}


def keep_previous_merges(conn: sqlite3.Connection, version: str) -> None:
    """Copy the merges this version wrote, by members key, to temp.previous_merges (with the name
    each was stored under); then call keep_previous_rows."""
    drop_previous_merges(conn)
    conn.execute("CREATE TEMP TABLE previous_merges (members TEXT PRIMARY KEY, base_id TEXT, name TEXT, "
                 "operation_id TEXT)")
    conn.execute("INSERT OR IGNORE INTO temp.previous_merges(members, base_id, name, operation_id) "
                 "SELECT m.members, m.base_id, o.name, m.operation_id FROM operation_merges m "
                 "JOIN operations o ON o.id = m.operation_id WHERE m.version = ?", (version,))


def keep_previous_rows(conn: sqlite3.Connection, keep: int) -> None:
    """Copy the rows of PREVIOUS_ROWS of the operations whose merges were kept but the first
    ``keep`` stored (their rows stay where they are), in the order stored, to temp.previous_<table>."""
    conn.execute("CREATE TEMP TABLE previous_ids (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO temp.previous_ids SELECT operation_id FROM temp.previous_merges WHERE operation_id "
                 "NOT IN (SELECT id FROM operations ORDER BY rowid LIMIT ?)", (keep,))
    for table, key in PREVIOUS_ROWS.items():  # same columns, each with its column's type: values copied unchanged
        conn.execute(f"CREATE TEMP TABLE previous_{table} AS SELECT * FROM {table} WHERE {key} IN "
                     "temp.previous_ids ORDER BY rowid")
        conn.execute(f"CREATE INDEX temp.previous_{table}_operation ON previous_{table}({key})")


class PreviousMerge(NamedTuple):
    base_id: str  # the id it was merged with (before ids were made unique)
    name: str
    operation_id: str  # the id it was stored under

    def load(self, conn: sqlite3.Connection) -> Operation:
        """The merged record as merged (its base id), read back from temp.previous_operations."""
        (record,) = conn.execute("SELECT record FROM temp.previous_operations WHERE id = ?",
                                 (self.operation_id,)).fetchone()
        return dataclasses.replace(record_from_dict(json.loads(record)), id=self.base_id)

    def load_stored(self, conn: sqlite3.Connection) -> Operation:
        """The merged record as merged (its base id), read from the operations stored."""
        (record,) = conn.execute("SELECT record FROM operations WHERE id = ?", (self.operation_id,)).fetchone()
        return dataclasses.replace(record_from_dict(json.loads(record)), id=self.base_id)


def previous_merge(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> PreviousMerge | None:
    """The merge of exactly these documents at the last rebuild; call keep_previous_merges first."""
    row = conn.execute("SELECT base_id, name, operation_id FROM temp.previous_merges WHERE members = ?",
                       (members_key(doc_ids),)).fetchone()
    return PreviousMerge(*row) if row else None


def drop_previous_merges(conn: sqlite3.Connection) -> None:
    for table in ("merges", "ids", "batch", *PREVIOUS_ROWS):
        conn.execute(f"DROP TABLE IF EXISTS temp.previous_{table}")


def save_merge(conn: sqlite3.Connection, version: str, doc_ids: Sequence[str], op_id: str, base_id: str) -> None:
    conn.execute("INSERT OR REPLACE INTO operation_merges(members, version, operation_id, base_id) "
                 "VALUES (?, ?, ?, ?)", (members_key(doc_ids), version, op_id, base_id))


def _save_sides(conn: sqlite3.Connection, op: Operation) -> None:
    """The sides, strength and casualties rows of op, each table's rows in one executemany."""
    sides, strength, casualties = [], [], []
    for idx, side in enumerate(op.sides):
        sides.append((op.id, idx, _json(side.belligerents), _json(side.supporters), _json(side.units)))
        strength += [(op.id, idx, q.count.low if q.count else None, q.count.high if q.count else None,
                      q.unit, q.claimant, q.text) for q in side.strength]
        casualties += [_casualties_row(op.id, idx, c) for c in side.casualties]
    casualties += [_casualties_row(op.id, None, c) for c in op.civilian_casualties]
    conn.executemany("INSERT INTO sides(operation_id, idx, belligerents, supporters, units) VALUES (?, ?, ?, ?, ?)",
                     sides)
    conn.executemany("INSERT INTO strength(operation_id, side, low, high, unit, claimant, text) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", strength)
    conn.executemany("INSERT INTO casualties(operation_id, side, killed_low, killed_high, wounded_low, wounded_high, "
                     "captured_low, captured_high, missing_low, missing_high, who, claimant, as_of, text) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", casualties)


def _casualties_row(op_id: str, side: int | None, c: Casualties) -> tuple:
    counts = []
    for count in (c.killed, c.wounded, c.captured, c.missing):
        counts += [count.low, count.high] if count else [None, None]
    return (op_id, side, *counts, c.who, c.claimant, c.as_of, c.text)


def _json(values: Sequence[str]) -> str:
    return json_strings(values)


def name_key(name: str) -> str:
    """A name compared loosely: ASCII, lower case, punctuation and a leading 'the' dropped."""
    key = re.sub(r"[^a-z0-9]+", " ", anyascii(name or "").lower()).strip()
    return re.sub(r"^the ", "", key)


# ---------------------------------------------------------------- reading

def count_operations(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM operations").fetchone()[0]


def list_operations(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """id, name, start_date, end_date, n_documents, n_events of every operation, by start date."""
    return conn.execute("SELECT id, name, start_date, end_date, result, n_documents, n_events FROM operations "
                        "ORDER BY coalesce(start_date, '9999'), name").fetchall()


def load_operation(conn: sqlite3.Connection, op_id: str) -> Operation:
    row = conn.execute("SELECT record FROM operations WHERE id = ?", (op_id,)).fetchone()
    if row is None:
        raise NoSuchOperation(f"no operation with id {op_id!r}; try `warfile list`")
    return record_from_dict(json.loads(row[0]))


def iter_records(conn: sqlite3.Connection):
    """Every merged record as the JSON dict stored (schema shape), by start date."""
    for row in conn.execute("SELECT record FROM operations ORDER BY coalesce(start_date, '9999'), name, id"):
        yield json.loads(row[0])


def resolve_operation_id(conn: sqlite3.Connection, ref: str) -> str:
    """The id of the one operation ref names: id, name, alias, or a unique part of a name.

    Raises NoSuchOperation when nothing matches, listing the candidates when several do.
    """
    if conn.execute("SELECT 1 FROM operations WHERE id = ?", (ref,)).fetchone():
        return ref
    key = name_key(ref)
    rows = [(r["id"], r["name"], json.loads(r["record"]).get("aliases", []))
            for r in conn.execute("SELECT id, name, record FROM operations")]
    for test in (lambda names: key in {name_key(n) for n in names},
                 lambda names: any(key and key in name_key(n) for n in names)):
        found = sorted({op_id for op_id, name, aliases in rows if test([name, *aliases, op_id])})
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise NoSuchOperation(f"{ref!r} matches several operations ({', '.join(found)}); give one id")
    raise NoSuchOperation(f"no operation matches {ref!r}; try `warfile list`")


def find_operation(conn: sqlite3.Connection, ref: str) -> Operation:
    return load_operation(conn, resolve_operation_id(conn, ref))


def operation_document_ids(conn: sqlite3.Connection, op_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT document_id FROM operation_documents WHERE operation_id = ? ORDER BY document_id", (op_id,))]
