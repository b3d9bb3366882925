-- warfile SQLite schema, version 1. Applied by store/migrations.py (step 1); later versions are
-- added as numbered steps there, never by editing this file's meaning.
-- JSON columns hold serialize.record_to_dict output (records) or JSON lists (warnings, places...).

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- One row per ingested input. id is the content hash of the raw input; a path re-ingested with
-- new content replaces its old row.
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,
    path        TEXT,
    name        TEXT,
    shape       TEXT,
    title       TEXT,
    text        TEXT,
    size        INTEGER,
    warnings    TEXT,
    record      TEXT,
    ingested_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_name ON documents(name);

CREATE TABLE IF NOT EXISTS operations (
    id          TEXT PRIMARY KEY,
    name        TEXT,
    start_date  TEXT,
    end_date    TEXT,
    result      TEXT,
    places      TEXT,
    record      TEXT,
    n_documents INTEGER,
    n_events    INTEGER
);

CREATE TABLE IF NOT EXISTS operation_documents (
    operation_id TEXT,
    document_id  TEXT,
    PRIMARY KEY (operation_id, document_id)
);
CREATE INDEX IF NOT EXISTS operation_documents_doc ON operation_documents(document_id);

CREATE TABLE IF NOT EXISTS events (
    id           TEXT PRIMARY KEY,
    operation_id TEXT,
    idx          INTEGER,
    date         TEXT,
    date_end     TEXT,
    date_prec    INTEGER,
    type         TEXT,
    claimant     TEXT,
    disputed     INTEGER,
    summary      TEXT,
    document_id  TEXT,
    span_start   INTEGER,
    span_end     INTEGER,
    actors       TEXT,
    places       TEXT,
    casualties   TEXT
);
CREATE INDEX IF NOT EXISTS events_operation_date ON events(operation_id, date);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

-- side NULL = civilian casualties.
CREATE TABLE IF NOT EXISTS casualties (
    operation_id  TEXT,
    side          INTEGER,
    killed_low    INTEGER,
    killed_high   INTEGER,
    wounded_low   INTEGER,
    wounded_high  INTEGER,
    captured_low  INTEGER,
    captured_high INTEGER,
    missing_low   INTEGER,
    missing_high  INTEGER,
    who           TEXT,
    claimant      TEXT,
    as_of         TEXT,
    text          TEXT
);
CREATE INDEX IF NOT EXISTS casualties_operation ON casualties(operation_id);

CREATE TABLE IF NOT EXISTS strength (
    operation_id TEXT,
    side         INTEGER,
    low          INTEGER,
    high         INTEGER,
    unit         TEXT,
    claimant     TEXT,
    text         TEXT
);
CREATE INDEX IF NOT EXISTS strength_operation ON strength(operation_id);

CREATE TABLE IF NOT EXISTS sides (
    operation_id TEXT,
    idx          INTEGER,
    belligerents TEXT,
    supporters   TEXT,
    units        TEXT
);
CREATE INDEX IF NOT EXISTS sides_operation ON sides(operation_id);

-- Entities (written by store/entities.py from resolve.entities output).
CREATE TABLE IF NOT EXISTS entities (
    id     TEXT PRIMARY KEY,
    kind   TEXT,
    name   TEXT,
    killed INTEGER
);

CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT,
    alias     TEXT,
    origin    TEXT
);
CREATE INDEX IF NOT EXISTS entity_aliases_entity ON entity_aliases(entity_id);
CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE IF NOT EXISTS mentions (
    entity_id    TEXT,
    operation_id TEXT,
    document_id  TEXT,
    side         INTEGER,
    role         TEXT,
    surface      TEXT,
    span_start   INTEGER,
    span_end     INTEGER,
    event_idx    INTEGER
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_operation ON mentions(operation_id);

-- Doubtful pairs the resolver did not merge, for a curator to decide.
CREATE TABLE IF NOT EXISTS entity_candidates (
    a      TEXT,
    b      TEXT,
    score  REAL,
    reason TEXT
);

-- Curator decisions; survive re-ingest and are exported.
CREATE TABLE IF NOT EXISTS curator_overrides (
    id         INTEGER PRIMARY KEY,
    action     TEXT,
    kind       TEXT,
    a          TEXT,
    b          TEXT,
    created_at TEXT
);

CREATE TABLE IF NOT EXISTS operation_links (
    a      TEXT,
    b      TEXT,
    reason TEXT
);
CREATE INDEX IF NOT EXISTS operation_links_a ON operation_links(a);
CREATE INDEX IF NOT EXISTS operation_links_b ON operation_links(b);

-- Full-text search. documents_fts is an external-content table over documents (rowid), kept in
-- sync by triggers; events_fts is a plain table whose rowid is the events rowid, kept in sync
-- by triggers here and, from migration step 5, refilled once after a rebuild instead. Query with `... MATCH ?` on a bound parameter.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(summary, places, actors);
CREATE TRIGGER IF NOT EXISTS events_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, summary, places, actors) VALUES (new.rowid, new.summary, new.places, new.actors);
END;
CREATE TRIGGER IF NOT EXISTS events_ad AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER IF NOT EXISTS events_au AFTER UPDATE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.rowid;
    INSERT INTO events_fts(rowid, summary, places, actors) VALUES (new.rowid, new.summary, new.places, new.actors);
END;
