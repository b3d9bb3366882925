"""Numbered schema steps, applied in order from the database's ``meta.schema_version``.

Step 1 is ``schema.sql`` as shipped. A later change to the schema is a new numbered step here
(an ALTER, a new table), so an old database is brought forward without losing what it holds.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import resources


def _schema_sql() -> str:
    return resources.files("warfile.store").joinpath("schema.sql").read_text("utf-8")


# (version, SQL script): the script brings a database at version-1 up to version.
STEPS: tuple[tuple[int, Callable[[], str]], ...] = (
    (1, _schema_sql),
    # 2: the events API filters by year and the document page looks events and mentions up by
    # document; without these indexes both scan every row (bench/web_latency.py: events API p95 133 ms
    # on 100,000 events).
    (2, lambda: """
        CREATE INDEX IF NOT EXISTS events_date ON events(date);
        CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
        CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
    """),
    # 3: merged records by their member documents, so a rebuild re-merges only the groups whose
    # documents changed (store/operations.py load_merges/save_merges).
    (3, lambda: """
        CREATE TABLE IF NOT EXISTS operation_merges (members TEXT PRIMARY KEY, version TEXT NOT NULL,
            operation_id TEXT NOT NULL, base_id TEXT NOT NULL);
    """),
    # 4: what grouping reads of each document (names, dates, MinHash) and the keys it is blocked
    # under, written at ingest, so a rebuild groups from these small rows instead of loading every
    # per-document record (store/documents.py save_summary, iter_key_blocks). ``version`` names
    # the grouping code that wrote a row; rows of other code are computed again.
    (4, lambda: """
        CREATE TABLE IF NOT EXISTS document_summaries (document_id TEXT PRIMARY KEY, version TEXT NOT NULL,
            name TEXT, aliases TEXT, start_date TEXT, end_date TEXT, minhash BLOB);
        CREATE TABLE IF NOT EXISTS document_keys (key TEXT NOT NULL, document_id TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS document_keys_key ON document_keys(key, document_id);
        CREATE INDEX IF NOT EXISTS document_keys_document ON document_keys(document_id);
    """),
    # 5: events are written only by a rebuild, which rewrites them all; a trigger per row made the
    # full-text index ~85% of the cost of writing events (2.2 s vs 0.26 s for 21,000 events), so
    # the index is refilled once at the end instead (store/events.py reindex_events).
    (5, lambda: """
        DROP TRIGGER IF EXISTS events_ai;
        DROP TRIGGER IF EXISTS events_ad;
        DROP TRIGGER IF EXISTS events_au;
    """),
    # 6: the distinct folded words of each document's text (its text never changes: the id is its
    # hash), so a refresh looks for links to the operations that changed without folding every
    # stored text again (store/entities.py refresh_links). Kept under the document's rowid: keyed
    # by the id, rows of ~1.4 KB overflowed and took 2.7 times the pages. ``version`` names the
    # folding code.
    (6, lambda: """
        CREATE TABLE IF NOT EXISTS document_words (document_rowid INTEGER PRIMARY KEY, document_id TEXT NOT NULL,
            version TEXT NOT NULL, words TEXT NOT NULL);
    """),
    # 7: the verdict on each candidate pair of spellings (a function of the two spellings and their
    # roles), so a refresh judges only the pairs a batch brings (store/entities.py
    # refresh_stored_entities). ``version`` names the judging code.
    (7, lambda: """
        CREATE TABLE IF NOT EXISTS entity_verdicts (version TEXT NOT NULL, kind TEXT NOT NULL, a TEXT NOT NULL,
            b TEXT NOT NULL, roles_a TEXT NOT NULL, roles_b TEXT NOT NULL, decision TEXT NOT NULL, score REAL,
            reason TEXT, PRIMARY KEY (version, kind, a, b, roles_a, roles_b)) WITHOUT ROWID;
    """),
    # 8: the rows each operation gives entity resolution (resolve.entities.entity_inputs), stored
    # beside its other rows, so a reused merge gets them back instead of being decoded and walked
    # (store/operations.py PREVIOUS_ROWS). The merges stored before have none: none is reused.
    (8, lambda: """
        CREATE TABLE IF NOT EXISTS entity_inputs_mentions (kind TEXT, spelling TEXT, operation_id, document_id,
            side, role, surface, span_start, span_end, event_idx);
        CREATE TABLE IF NOT EXISTS entity_inputs_facts (operation_id TEXT, kind TEXT, surface TEXT, role TEXT,
            killed INTEGER);
        CREATE TABLE IF NOT EXISTS entity_inputs_links (operation_id TEXT, kind TEXT, a TEXT, b TEXT);
        DELETE FROM operation_merges;
    """),
    # 9: every spelling entity resolution saw, with its keys, words and blocking tokens, beside the
    # verdicts on its candidate pairs (step 7): a refresh keys only new spellings and looks for
    # the pairs of those alone (store/entities.py KNOWN). ``version`` as in entity_verdicts.
    (9, lambda: """
        CREATE TABLE IF NOT EXISTS entity_spellings (version TEXT NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL,
            key TEXT, phonetic TEXT, words TEXT, blocks TEXT, PRIMARY KEY (version, kind, surface)) WITHOUT ROWID;
    """),
    # 10: what an entity refresh left, so the next one re-clusters only the spellings a batch
    # changed and those connected to them (store/entity_update.py): each spelling's roles, whether
    # killed and spoken, and its cluster (root: the cluster's first spelling in sorted order); each
    # cluster's entity and the id it was given before one was made unique; each spelling's
    # blocking tokens, to find the spellings a new one may pair with. The stored names and
    # verdicts are looked up by spelling. Entity rows are no longer in entity order (rowids): a
    # refresh deletes and adds the rows of the entities that changed. What links read of each
    # operation (operation_link_fields), beside its other rows: the merges stored before have
    # none, so none is reused.
    (10, lambda: """
        CREATE TABLE IF NOT EXISTS entity_clusters (version TEXT NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL,
            roles TEXT NOT NULL, killed INTEGER, spoken INTEGER, root TEXT NOT NULL,
            PRIMARY KEY (kind, surface)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_clusters_root ON entity_clusters(kind, root);
        CREATE TABLE IF NOT EXISTS entity_names (kind TEXT NOT NULL, root TEXT NOT NULL, base TEXT NOT NULL,
            entity_id TEXT NOT NULL, PRIMARY KEY (kind, root)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_names_base ON entity_names(base);
        CREATE INDEX IF NOT EXISTS entity_names_id ON entity_names(entity_id);
        CREATE TABLE IF NOT EXISTS entity_blocks (version TEXT NOT NULL, kind TEXT NOT NULL, token TEXT NOT NULL,
            surface TEXT NOT NULL, PRIMARY KEY (version, kind, token, surface)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entity_verdicts_b ON entity_verdicts(version, kind, b);
        CREATE INDEX IF NOT EXISTS entity_inputs_mentions_spelling ON entity_inputs_mentions(kind, spelling);
        CREATE INDEX IF NOT EXISTS entity_inputs_mentions_operation ON entity_inputs_mentions(operation_id);
        CREATE INDEX IF NOT EXISTS entity_inputs_facts_surface ON entity_inputs_facts(kind, surface);
        CREATE INDEX IF NOT EXISTS entity_inputs_facts_operation ON entity_inputs_facts(operation_id);
        CREATE INDEX IF NOT EXISTS entity_inputs_links_operation ON entity_inputs_links(operation_id);
        CREATE INDEX IF NOT EXISTS entity_inputs_links_a ON entity_inputs_links(kind, a);
        CREATE INDEX IF NOT EXISTS entity_inputs_links_b ON entity_inputs_links(kind, b);
        DELETE FROM meta WHERE key = 'entity_state';
        CREATE TABLE IF NOT EXISTS operation_link_fields (operation_id TEXT, name TEXT, aliases TEXT, mentions TEXT,
            documents TEXT);
        CREATE INDEX IF NOT EXISTS operation_link_fields_operation ON operation_link_fields(operation_id);
        DELETE FROM operation_merges;
    """),
)
SCHEMA_VERSION = STEPS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version a database is at (0 for an empty one)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every step above the database's version; return the version reached.

    Each step and its version bump commit together, so a failing step leaves the database at the
    previous version rather than half-changed.
    """
    version = current_version(conn)
    for number, step in STEPS:
        if number <= version:
            continue
        # executescript commits anything pending first, so the step carries its own BEGIN/COMMIT.
        script = (f"BEGIN IMMEDIATE;\n{step()}\n"
                  f"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '{number}');\nCOMMIT;")
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = number
    return version
