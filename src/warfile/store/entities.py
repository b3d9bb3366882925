"""Stored entities, their aliases and mentions, doubtful pairs, curator overrides and operation links.

Entities are derived data: :func:`refresh_entities` resolves them again and replaces them all.
Curator overrides are not: they live in ``curator_overrides``, survive every rebuild and are
re-applied by each refresh. No function here commits; callers wrap writes in ``store.transaction``.
"""
from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from rapidfuzz import fuzz, process

from warfile.errors import NoSuchEntity, WarfileError
from warfile.model import (
    ENTITY_KINDS,
    OVERRIDE_ACTIONS,
    Conflict,
    Entity,
    Mention,
    Operation,
    Override,
    Source,
    Span,
)
from warfile.resolve import entities as resolve_entities
from warfile.resolve import names
from warfile.resolve import pairs as resolve_pairs
from warfile.resolve.entities import (
    ALIAS_ROWS,
    CANDIDATE_ROWS,
    ENTITY_ROWS,
    MENTION_ROWS,
    SPELLING_ROWS,
    VERDICT_ROWS,
    Candidate,
    drop_tables,
    resolve_into,
)
from warfile.resolve.names import fold, name_key
from warfile.serialize import record_from_dict
from warfile.store import entity_update
from warfile.store.db import code_version, indexes_deferred, transaction
from warfile.store.operations import ENTITY_INPUTS, count_operations

# A name typed by a user finds an entity whose name or alias is at least this close (rapidfuzz
# WRatio): "Kassab" finds "Kessab"; "Hafez" does not find "Hilal al-Assad".
LOOKUP_SCORE = 88
# The tables a refresh empties and fills again.
ENTITY_TABLES = ("entities", "entity_aliases", "mentions", "entity_candidates")
_MENTION_COLUMNS = "operation_id, document_id, side, role, surface, span_start, span_end, event_idx"
# An entity's mentions in the order resolve_entities gives them (rowids follow no order: a refresh
# adds the rows of the entities that changed).
MENTION_ORDER = ("m.operation_id, m.document_id, coalesce(m.side, -1), m.side, coalesce(m.role, ''), m.role, "
                 "m.surface, coalesce(m.event_idx, -1), m.event_idx, m.span_start, m.span_end")


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
    return list(iter_operations(conn))


def iter_operations(conn: sqlite3.Connection, order: str = "id") -> Iterator[Operation]:
    """Every stored operation, read one at a time, by id (or by "rowid": the order stored)."""
    for (record,) in conn.execute(f"SELECT record FROM operations ORDER BY {'rowid' if order == 'rowid' else 'id'}"):
        yield record_from_dict(json.loads(record))


def refresh_entities(conn: sqlite3.Connection, operations: Iterable[Operation] | None = None) -> None:
    """Re-resolve entities with the stored overrides, and save them: over operations when given
    (every stored one, in the order given), else over every stored operation, streamed by id."""
    refresh_stored_entities(conn, operations=operations)


# Told (phase, done, total) as a long pass advances, for a progress display; never required.
Report = Callable[[str, int, "int | None"], None]


def _reported(items: Iterable[Operation], phase: str, total: int, report: Report | None) -> Iterator[Operation]:
    if report is None:
        yield from items
        return
    report(phase, 0, total)
    for n, item in enumerate(items, 1):
        yield item
        report(phase, n, total)


def refresh_stored_entities(conn: sqlite3.Connection, order: str = "id", report: Report | None = None,
                            operations: Iterable[Operation] | None = None, stored_names: bool = False) -> None:
    """refresh_entities over the stored operations, read in this order (see iter_operations); or
    over operations, when the caller has every stored one in hand in that order; or, when
    stored_names, over the names each operation's rows hold (ENTITY_INPUTS, in the order stored),
    which a rebuild writes as it stores each operation (reports no progress: there is no pass).

    Replaces every stored entity, alias, mention and candidate. resolve_into works in temporary
    tables of this connection (memory stays flat however many names there are); its result is
    copied from there, and aliases a curator added are marked as theirs. The spellings and the
    verdicts on their pairs are kept (KNOWN) for the next refresh to take instead of keying every
    spelling, looking for every pair and judging every pair again."""
    source: Iterable[Operation] | str
    if stored_names:
        source = ENTITY_INPUTS
    elif operations is not None:
        source = operations
    else:
        total = count_operations(conn) if report else 0
        source = _reported(iter_operations(conn, order), "resolving entities", total, report)
    overrides = load_overrides(conn)
    version = verdicts_version()
    for name, table in KNOWN.items():  # the rows this code kept
        conn.execute(f"DROP VIEW IF EXISTS temp.known_{name}")
        conn.execute(f"CREATE TEMP VIEW known_{name} AS SELECT * FROM main.{table} "
                     f"WHERE version = '{version}'")  # a hex digest: nothing to quote
    resolve_into(conn, source, overrides, "temp.known")
    for name in KNOWN:
        conn.execute(f"DROP VIEW temp.known_{name}")
    curated = {fold(o.b) for o in overrides if o.action == "alias-add"}
    with transaction(conn), indexes_deferred(conn, ENTITY_TABLES):
        for table in ENTITY_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO entities(id, kind, name, killed) {ENTITY_ROWS}")
        conn.executemany("INSERT INTO entity_aliases(entity_id, alias, origin) VALUES (?, ?, ?)",
                         ((e, a, "curator" if fold(a) in curated else "auto") for e, a in conn.execute(ALIAS_ROWS)))
        conn.execute(f"INSERT INTO mentions(entity_id, {_MENTION_COLUMNS}) {MENTION_ROWS}")
        conn.execute(f"INSERT INTO entity_candidates(a, b, score, reason) {CANDIDATE_ROWS}")
        for table, rows in ((KNOWN["verdicts"], VERDICT_ROWS), (KNOWN["spellings"], SPELLING_ROWS)):
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"INSERT INTO {table} SELECT ?, * FROM ({rows})", (version,))
        entity_update.save_state(conn, version, stored_names and not overrides)
    drop_tables(conn)


# What an entity refresh keeps for the next one (resolve_into's known), by the name resolve_into
# reads it under: every spelling with its keys, and the verdict on each candidate pair of them.
KNOWN = {"spellings": "entity_spellings", "verdicts": "entity_verdicts"}
# What a refresh keeps to spare work the next one would repeat; a full rebuild starts without them.
CACHE_TABLES = (*KNOWN.values(), "document_words", *entity_update.STATE_TABLES)


def forget_caches(conn: sqlite3.Connection) -> None:
    for table in CACHE_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM meta WHERE key = ?", (entity_update.STATE,))


def update_stored_entities(conn: sqlite3.Connection, kept: Collection[str]) -> bool:
    """After a rebuild that kept these operations (and called entity_update.keep_old_inputs
    before it), bring the entities up to date for the others, when the stored state allows
    (entity_update.can_update); whether it did."""
    version = verdicts_version()
    if not entity_update.can_update(conn, version, bool(load_overrides(conn))):
        return False
    with transaction(conn):
        entity_update.update_entities(conn, kept, version)
    return True


def can_update_entities(conn: sqlite3.Connection) -> bool:
    return entity_update.can_update(conn, verdicts_version(), bool(load_overrides(conn)))


@functools.cache
def verdicts_version() -> str:
    """A hash of the code that judges a pair of spellings, the libraries that score and fold them
    included (an upgrade of rapidfuzz may move a ratio): verdicts judged by other code are not taken."""
    import anyascii
    import rapidfuzz
    return code_version(names, resolve_entities, resolve_pairs, rapidfuzz, anyascii)


# ---------------------------------------------------------------- reading

def _entity(conn: sqlite3.Connection, row: sqlite3.Row) -> Entity:
    aliases = tuple(r[0] for r in conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (row["id"],)))
    mentions = tuple(
        Mention(r["operation_id"], r["document_id"] or "", r["side"], r["role"], r["surface"] or "",
                Span(r["span_start"], r["span_end"]) if r["span_start"] is not None else None, r["event_idx"])
        for r in conn.execute(f"SELECT * FROM mentions m WHERE entity_id = ? ORDER BY {MENTION_ORDER}", (row["id"],)))
    return Entity(row["id"], row["kind"], row["name"], aliases, mentions, bool(row["killed"]))


def get_entity(conn: sqlite3.Connection, name_or_id: str) -> Entity:
    """The entity with this id, name or alias; else the closest spelling. Raises NoSuchEntity."""
    conn.row_factory = sqlite3.Row
    ref = name_or_id.strip()
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (ref,)).fetchone()
    if row is None:
        names = [(r[0], r[1]) for r in conn.execute(
            "SELECT id, name FROM (SELECT id, name, 0 AS part FROM entities UNION ALL "
            "SELECT entity_id, alias, 1 FROM entity_aliases) ORDER BY part, id, name")]
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
    rows = conn.execute("SELECT * FROM entities WHERE ? IS NULL OR kind = ? ORDER BY kind, name, id", (kind, kind))
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


def save_links(conn: sqlite3.Connection, links: Iterable[tuple[str, str, str]]) -> None:
    """Add operation cross-references (a, b, reason); a pair already stored is kept as it is."""
    conn.executemany("INSERT INTO operation_links(a, b, reason) SELECT ?1, ?2, ?3 WHERE NOT EXISTS "
                     "(SELECT 1 FROM operation_links WHERE a = ?1 AND b = ?2)", links)


def refresh_links(conn: sqlite3.Connection, operations: Sequence[Operation] | None = None,
                  report: Report | None = None, kept: Collection[str] = ()) -> list[tuple[str, str, str]]:
    """Find cross-references in the stored operations' document texts and add them; all stored links.

    Operations are indexed by their names only, then each one's texts are read and looked up in
    that index one operation at a time, so the cost grows with the text stored, not with
    operations squared, and memory holds names, not records. Each text's words are stored as it
    is folded (document_words), for a later refresh that kept operations.

    kept: the operations stored unchanged (same id, same record) since temp.previous_links was
    kept (:func:`keep_previous_links`, before a rebuild emptied the links). A link depends only on
    the two operations it joins (resolve.links.links_from), so the links between two of these are
    taken back as they were; texts are read for the other operations and for the kept ones whose
    words could name one of the others (document_words), and the links are written again in order.
    """
    if kept:
        _refresh_links_after(conn, set(kept), report)
        return list_links(conn)
    conn.execute("DROP TABLE IF EXISTS temp.previous_links")  # kept for nothing: no operation was
    from warfile.resolve.links import NameIndex, links_from
    ops = (lambda: iter(sorted(operations, key=lambda op: op.id))) if operations is not None else (
        lambda: _link_fields(conn))
    index = NameIndex(ops())
    total = (len(operations) if operations is not None else
             count_operations(conn)) if report else 0
    for a in _reported(ops(), "finding links", total, report):  # by id: links come out sorted (a, b)
        texts, folded = _folded_texts(conn, a)
        save_links(conn, links_from(a, texts, index, folded))
    _drop_stale_words(conn)
    return list_links(conn)


def keep_previous_links(conn: sqlite3.Connection) -> None:
    """Copy the stored links to temp.previous_links, for refresh_links(kept=...) after a rebuild."""
    conn.execute("DROP TABLE IF EXISTS temp.previous_links")
    conn.execute("CREATE TEMP TABLE previous_links AS SELECT a, b, reason FROM operation_links")


def _refresh_links_after(conn: sqlite3.Connection, kept: set[str], report: Report | None) -> None:
    """refresh_links for a rebuild that kept these operations unchanged (see refresh_links)."""
    from warfile.resolve.links import NameIndex, links_from, mentioned_names
    operations = list(_link_fields(conn))  # names, mentions and document ids only: read once
    index = NameIndex(operations)
    changed = NameIndex(op for op in operations if op.id not in kept)
    conn.execute("DROP TABLE IF EXISTS temp.found_links")
    conn.execute("CREATE TEMP TABLE found_links (a TEXT, b TEXT, reason TEXT)")
    conn.execute("CREATE TEMP TABLE kept_operations (id TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO temp.kept_operations VALUES (?)", ((i,) for i in kept))
    conn.execute("INSERT INTO temp.found_links SELECT a, b, reason FROM temp.previous_links "
                 "WHERE a IN temp.kept_operations AND b IN temp.kept_operations")
    for a in _reported(operations, "finding links", len(operations), report):
        if a.id not in kept:
            texts, folded = _folded_texts(conn, a)
            found = links_from(a, texts, index, folded)
        elif changed.candidates(_document_words(conn, a), mentioned_names(a)):
            texts, folded = _folded_texts(conn, a, store=False)  # its words are stored (just read)
            found = links_from(a, texts, changed, folded)
        else:
            continue
        conn.executemany("INSERT INTO temp.found_links VALUES (?, ?, ?)", found)
    conn.execute("DELETE FROM operation_links")
    conn.execute("INSERT INTO operation_links(a, b, reason) SELECT a, b, reason FROM temp.found_links ORDER BY a, b")
    for table in ("found_links", "kept_operations", "previous_links"):
        conn.execute(f"DROP TABLE temp.{table}")
    _drop_stale_words(conn)


@functools.cache
def words_version() -> str:
    """A hash of the code that folds a text into words: words stored by other code are made again."""
    import anyascii

    from warfile.resolve import links, names
    return code_version(names, links, anyascii)


def _texts(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[str]:
    rows = dict(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(doc_ids))})",
                             doc_ids).fetchall()) if doc_ids else {}
    return [rows.get(i) or "" for i in doc_ids]


def _folded_texts(conn: sqlite3.Connection, a: Operation, store: bool = True) -> tuple[list[str], list[str]]:
    """a's document texts and each one folded; each document's words stored (document_words) as
    they are folded, so a later refresh finds them without folding the text again (unless not
    ``store``: the caller read them stored)."""
    from warfile.resolve.links import text_words
    ids = [s.document for s in a.sources]
    texts = _texts(conn, ids)
    folded = [fold(t) for t in texts]
    if not store:
        return texts, folded
    conn.executemany("INSERT OR REPLACE INTO document_words(document_rowid, document_id, version, words) "
                     "SELECT rowid, id, ?, ? FROM documents WHERE id = ?",
                     ((words_version(), text_words(f), i) for i, f in zip(ids, folded) if i))
    return texts, folded


def _document_words(conn: sqlite3.Connection, a: Operation) -> set[str]:
    """The words of a's folded texts (the words links_from splits them into), from document_words;
    a text whose words are not stored (or were stored by other code) is folded now."""
    ids = [s.document for s in a.sources]
    stored = dict(conn.execute("SELECT d.id, w.words FROM documents d JOIN document_words w ON w.document_rowid = "
                               f"d.rowid AND w.document_id = d.id WHERE d.id IN ({','.join('?' * len(ids))}) "
                               "AND w.version = ?", (*ids, words_version())).fetchall())
    if any(i not in stored for i in ids):
        return {w for f in _folded_texts(conn, a)[1] for w in f.split()}
    return {w for i in ids for w in stored[i].split()}


def _drop_stale_words(conn: sqlite3.Connection) -> None:
    """Forget the words of documents no longer stored, and words stored by other code."""
    conn.execute("DELETE FROM document_words WHERE version != ? OR NOT EXISTS (SELECT 1 FROM documents d "
                 "WHERE d.rowid = document_rowid AND d.id = document_id)", (words_version(),))


def _link_fields(conn: sqlite3.Connection) -> Iterator[Operation]:
    """The stored operations by id with only what links read (id, name, aliases, mentions, source
    documents), from the small row each operation's record gives when stored
    (operation_link_fields: reading them out of every record took 0.3 s at 4,000 documents), or
    taken out of the record by SQLite for an operation stored without one."""
    rows = conn.execute(
        "SELECT o.id, o.name, coalesce(f.aliases, json_extract(o.record, '$.aliases')), "
        "coalesce(f.mentions, json_extract(o.record, '$.mentions')), coalesce(f.documents, "
        "(SELECT json_group_array(json_extract(value, '$.document')) FROM json_each(o.record, '$.sources'))) "
        "FROM operations o LEFT JOIN operation_link_fields f ON f.operation_id = o.id ORDER BY o.id")
    for op_id, name, aliases, mentions, documents in rows:
        yield Operation(name=name or "", id=op_id or "", aliases=tuple(json.loads(aliases or "[]")),
                        mentions=tuple(json.loads(mentions or "[]")),
                        sources=tuple(Source(d) for d in json.loads(documents or "[]")))


def list_links(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in conn.execute("SELECT a, b, reason FROM operation_links ORDER BY a, b")]
