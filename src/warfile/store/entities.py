"""Stored entities, their aliases and mentions, doubtful pairs, curator overrides and operation links.

Entities are derived data: :func:`save_entities` replaces them all from a resolution. Curator
overrides are not: they live in ``curator_overrides``, survive every rebuild and are re-applied by
:func:`refresh_entities`. No function here commits; callers wrap writes in ``store.transaction``.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from rapidfuzz import fuzz, process

from warfile.errors import NoSuchEntity, WarfileError
from warfile.model import ENTITY_KINDS, OVERRIDE_ACTIONS, Conflict, Entity, Mention, Operation, Override, Span
from warfile.resolve.entities import Candidate, Resolution, resolve_entities
from warfile.resolve.names import fold, name_key
from warfile.serialize import record_from_dict

# A name typed by a user finds an entity whose name or alias is at least this close (rapidfuzz
# WRatio): "Kassab" finds "Kessab"; "Hafez" does not find "Hilal al-Assad".
LOOKUP_SCORE = 88


def save_entities(conn: sqlite3.Connection, resolution: Resolution | Sequence[Entity],
                  candidates: Sequence[Candidate] = ()) -> None:
    """Replace every stored entity, alias, mention and candidate by this resolution's."""
    if isinstance(resolution, Resolution):
        entities, candidates = resolution.entities, tuple(candidates) or resolution.candidates
    else:
        entities = tuple(resolution)
    curated = {fold(o.b) for o in load_overrides(conn) if o.action == "alias-add"}
    for table in ("entities", "entity_aliases", "mentions", "entity_candidates"):
        conn.execute(f"DELETE FROM {table}")
    conn.executemany("INSERT INTO entities(id, kind, name, killed) VALUES (?, ?, ?, ?)",
                     [(e.id, e.kind, e.name, int(e.killed)) for e in entities])
    conn.executemany("INSERT INTO entity_aliases(entity_id, alias, origin) VALUES (?, ?, ?)",
                     [(e.id, a, "curator" if fold(a) in curated else "auto") for e in entities for a in e.aliases])
    conn.executemany(
        "INSERT INTO mentions(entity_id, operation_id, document_id, side, role, surface, span_start, span_end, "
        "event_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.id, m.operation, m.document, m.side, m.role, m.surface, m.span.start if m.span else None,
          m.span.end if m.span else None, m.event) for e in entities for m in e.mentions])
    conn.executemany("INSERT INTO entity_candidates(a, b, score, reason) VALUES (?, ?, ?, ?)",
                     [(c.a, c.b, c.score, c.reason) for c in candidates])


def load_overrides(conn: sqlite3.Connection) -> list[Override]:
    """Curator overrides in the order they were made (a later one wins over an earlier one)."""
    rows = conn.execute("SELECT action, kind, a, b, created_at FROM curator_overrides ORDER BY id").fetchall()
    return [Override(r[0], r[2], r[3], r[1] or None, r[4] or "") for r in rows]


def add_override(conn: sqlite3.Connection, action: str, kind: str | None, a: str, b: str) -> int:
    """Record a curator decision (see model.OVERRIDE_ACTIONS); its row id."""
    if action not in OVERRIDE_ACTIONS:
        raise WarfileError(f"unknown override {action!r}; use one of {', '.join(OVERRIDE_ACTIONS)}")
    if kind not in (None, "", *ENTITY_KINDS):
        raise WarfileError(f"unknown entity kind {kind!r}; use one of {', '.join(ENTITY_KINDS)}")
    if not fold(a) or not fold(b) or fold(a) == fold(b):
        raise WarfileError("an override needs two different names")
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    cur = conn.execute("INSERT INTO curator_overrides(action, kind, a, b, created_at) VALUES (?, ?, ?, ?, ?)",
                       (action, kind or None, a.strip(), b.strip(), now))
    return int(cur.lastrowid or 0)


def load_operations(conn: sqlite3.Connection) -> list[Operation]:
    return [record_from_dict(json.loads(r[0])) for r in conn.execute("SELECT record FROM operations ORDER BY id")]


def refresh_entities(conn: sqlite3.Connection) -> Resolution:
    """Re-resolve entities over every stored operation with the stored overrides, and save them."""
    resolution = resolve_entities(load_operations(conn), load_overrides(conn))
    save_entities(conn, resolution)
    return resolution


# ---------------------------------------------------------------- reading

def _entity(conn: sqlite3.Connection, row: sqlite3.Row) -> Entity:
    aliases = tuple(r[0] for r in conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (row["id"],)))
    mentions = tuple(
        Mention(r["operation_id"], r["document_id"] or "", r["side"], r["role"], r["surface"] or "",
                Span(r["span_start"], r["span_end"]) if r["span_start"] is not None else None, r["event_idx"])
        for r in conn.execute("SELECT * FROM mentions WHERE entity_id = ? ORDER BY rowid", (row["id"],)))
    return Entity(row["id"], row["kind"], row["name"], aliases, mentions, bool(row["killed"]))


def get_entity(conn: sqlite3.Connection, name_or_id: str) -> Entity:
    """The entity with this id, name or alias; else the closest spelling. Raises NoSuchEntity."""
    conn.row_factory = sqlite3.Row
    ref = name_or_id.strip()
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (ref,)).fetchone()
    if row is None:
        names = [(r[0], r[1]) for r in conn.execute(
            "SELECT id, name FROM entities UNION ALL SELECT entity_id, alias FROM entity_aliases")]
        exact = [i for i, n in names if fold(n) == fold(ref)] or [i for i, n in names if name_key(n) == name_key(ref)]
        if not exact and names and fold(ref):
            best = process.extractOne(fold(ref), [fold(n) for _, n in names], scorer=fuzz.WRatio)
            exact = [names[best[2]][0]] if best and best[1] >= LOOKUP_SCORE else []
        if exact:
            row = conn.execute("SELECT * FROM entities WHERE id = ?", (sorted(exact)[0],)).fetchone()
    if row is None:
        raise NoSuchEntity(f"no person, group or place matches {name_or_id!r}; try `warfile entities`")
    return _entity(conn, row)


def list_entities(conn: sqlite3.Connection, kind: str | None = None) -> list[Entity]:
    """Every entity (or those of one kind), by kind then name."""
    conn.row_factory = sqlite3.Row
    if kind not in (None, *ENTITY_KINDS):
        raise WarfileError(f"unknown entity kind {kind!r}; use one of {', '.join(ENTITY_KINDS)}")
    rows = conn.execute("SELECT * FROM entities WHERE ? IS NULL OR kind = ? ORDER BY kind, name", (kind, kind))
    return [_entity(conn, r) for r in rows.fetchall()]


def list_candidates(conn: sqlite3.Connection) -> list[Candidate]:
    return [Candidate(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT a, b, score, reason FROM entity_candidates ORDER BY score DESC, a, b")]


@dataclass(frozen=True, slots=True)
class OperationConflict:
    operation: str  # operation id
    name: str
    conflict: Conflict


def list_conflicts(conn: sqlite3.Connection) -> list[OperationConflict]:
    """Every field where an operation's documents disagree, operation by operation."""
    out = []
    for op_id, name, record in conn.execute("SELECT id, name, record FROM operations ORDER BY id"):
        op = record_from_dict(json.loads(record))
        out += [OperationConflict(op_id, name, c) for c in op.conflicts]
    return out


def save_links(conn: sqlite3.Connection, links: Sequence[tuple[str, str, str]]) -> None:
    """Add operation cross-references (a, b, reason); a pair already stored is kept as it is."""
    have = {(r[0], r[1]) for r in conn.execute("SELECT a, b FROM operation_links")}
    conn.executemany("INSERT INTO operation_links(a, b, reason) VALUES (?, ?, ?)",
                     [(a, b, r) for a, b, r in links if (a, b) not in have])


def refresh_links(conn: sqlite3.Connection, operations: Sequence[Operation] | None = None) -> list[tuple[str, str, str]]:
    """Find cross-references in the stored operations' document texts and add them; all stored links.

    One operation's texts are read at a time and looked up in an index of every operation's
    names, so the cost grows with the text stored, not with operations squared.
    """
    from warfile.resolve.links import NameIndex, links_from
    if operations is None:
        operations = load_operations(conn)  # their sources name documents by the stored id
    index = NameIndex(operations)
    found: dict[tuple[str, str], str] = {}
    for a in sorted(operations, key=lambda op: op.id):
        ids = [s.document for s in a.sources]
        rows = dict(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(ids))})",
                                 ids).fetchall()) if ids else {}
        for x, y, reason in links_from(a, [rows.get(i) or "" for i in ids], index):
            found.setdefault((x, y), reason)
    save_links(conn, [(x, y, r) for (x, y), r in sorted(found.items())])
    return list_links(conn)


def list_links(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in conn.execute("SELECT a, b, reason FROM operation_links ORDER BY a, b")]
