"""Stored documents: one row per input, keyed by the content hash of its text.

A document whose id is already stored is unchanged (re-ingesting changes nothing); a new text at
a path already stored replaces the old row. Callers wrap these writes in ``store.transaction``.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path

from warfile.model import Document, Operation
from warfile.serialize import record_from_dict, record_to_dict

# A document id given by hand may be shortened like a git hash; below this many hex digits a
# prefix would match too much to be what the user means.
MIN_ID_PREFIX = 6


def save_document(conn: sqlite3.Connection, doc: Document, record: Operation, *, name: str, path: str = "",
                  size: int = 0) -> str:
    """Store a document and its per-document record: 'ingested', 'unchanged' or 'replaced'."""
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
        return "unchanged"
    outcome = "ingested"
    if path:
        old = [r[0] for r in conn.execute("SELECT id FROM documents WHERE path = ? AND id != ?", (path, doc.id))]
        if old:
            delete_documents(conn, old)
            outcome = "replaced"
    conn.execute(
        "INSERT INTO documents(id, path, name, shape, title, text, size, warnings, record, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.id, path, name, doc.shape, doc.title, doc.text, size, json.dumps(list(doc.warnings)),
         json.dumps(record_to_dict(record), ensure_ascii=False), datetime.now(timezone.utc).isoformat()),
    )
    return outcome


def delete_documents(conn: sqlite3.Connection, ids: Iterable[str]) -> int:
    """Delete documents and their operation links; operations are rebuilt by the caller."""
    n = 0
    for doc_id in ids:
        n += conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
        conn.execute("DELETE FROM operation_documents WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM document_summaries WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM document_keys WHERE document_id = ?", (doc_id,))
    return n


def load_records(conn: sqlite3.Connection) -> list[tuple[str, Operation]]:
    """(document id, per-document record) of every stored document, in a stable order."""
    rows = conn.execute("SELECT id, record FROM documents ORDER BY path, name, id")
    return [(r["id"], record_from_dict(json.loads(r["record"]))) for r in rows]


def load_record(conn: sqlite3.Connection, doc_id: str) -> Operation | None:
    row = conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return record_from_dict(json.loads(row[0])) if row else None


# ---------------------------------------------------------------- grouping summaries
# One row per document of what grouping reads (name, aliases, dates, MinHash), and its blocking
# keys: a rebuild groups from these and reads a record only to merge its group. The caller
# computes them (warfile.resolve.merge.summarize) and names the code version that did.

SummaryRow = tuple[str, Sequence[str], "str | None", "str | None", "bytes | None"]  # name, aliases, dates, minhash


def save_summary(conn: sqlite3.Connection, doc_id: str, version: str, summary: SummaryRow,
                 keys: Iterable[str]) -> None:
    """Store (or replace) a document's grouping summary and blocking keys."""
    name, aliases, start, end, minhash = summary
    conn.execute("INSERT OR REPLACE INTO document_summaries(document_id, version, name, aliases, start_date, "
                 "end_date, minhash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (doc_id, version, name, json.dumps(list(aliases), ensure_ascii=False), start, end, minhash))
    conn.execute("DELETE FROM document_keys WHERE document_id = ?", (doc_id,))
    conn.executemany("INSERT INTO document_keys(key, document_id) VALUES (?, ?)", [(k, doc_id) for k in keys])


def unsummarized(conn: sqlite3.Connection, version: str) -> list[str]:
    """Ids of documents with no summary written by this version (stored before it, or by other code)."""
    return [r[0] for r in conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN document_summaries s ON s.document_id = d.id "
        "WHERE s.version IS NULL OR s.version != ? ORDER BY d.id", (version,))]


def number_documents(conn: sqlite3.Connection) -> int:
    """Number every document 0..n-1 in load_records order (temp table doc_order); n."""
    conn.execute("DROP TABLE IF EXISTS temp.doc_order")
    conn.execute("CREATE TEMP TABLE doc_order (idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)")
    conn.execute("INSERT INTO temp.doc_order(idx, id) SELECT row_number() OVER (ORDER BY path, name, id) - 1, id "
                 "FROM documents")
    return conn.execute("SELECT count(*) FROM temp.doc_order").fetchone()[0]


def iter_summaries(conn: sqlite3.Connection) -> Iterator[tuple[int, str, SummaryRow]]:
    """(index, document id, summary without its MinHash) of every numbered document, by index.

    The MinHash is left out (1 KB each; grouping needs it only for pairs whose names do not decide):
    :func:`minhash` reads one."""
    for r in conn.execute("SELECT o.idx, o.id, s.name, s.aliases, s.start_date, s.end_date, "
                          "s.minhash IS NOT NULL FROM temp.doc_order o "
                          "JOIN document_summaries s ON s.document_id = o.id ORDER BY o.idx"):
        yield r[0], r[1], (r[2] or "", tuple(json.loads(r[3] or "[]")), r[4], r[5], b"" if r[6] else None)


def minhash(conn: sqlite3.Connection, idx: int) -> bytes | None:
    row = conn.execute("SELECT s.minhash FROM temp.doc_order o JOIN document_summaries s ON s.document_id = o.id "
                       "WHERE o.idx = ?", (idx,)).fetchone()
    return row[0] if row else None


def iter_key_blocks(conn: sqlite3.Connection) -> Iterator[list[int]]:
    """The indices of the documents sharing each key, for every key at least two documents share."""
    rows = conn.execute("SELECT group_concat(o.idx) FROM document_keys k JOIN temp.doc_order o ON o.id = k.document_id "
                        "GROUP BY k.key HAVING count(*) > 1")
    for (members,) in rows:
        yield sorted({int(x) for x in members.split(",")})


def find_documents(conn: sqlite3.Connection, ref: str) -> list[sqlite3.Row]:
    """Documents matching ref: an id (or a prefix of at least 6 digits), a path, or a file name."""
    cols = "id, path, name, title, shape, size, ingested_at"
    rows = conn.execute(f"SELECT {cols} FROM documents WHERE id = ?", (ref,)).fetchall()
    if rows:
        return rows
    absolute = str(Path(ref).expanduser().resolve()) if ref else ref
    rows = conn.execute(f"SELECT {cols} FROM documents WHERE path IN (?, ?) OR path LIKE ? ESCAPE '\\'",
                        (ref, absolute, _like_escape(absolute) + "#%")).fetchall()
    if rows:
        return rows
    rows = conn.execute(f"SELECT {cols} FROM documents WHERE name = ?", (ref,)).fetchall()
    if rows or len(ref) < MIN_ID_PREFIX:
        return rows
    return conn.execute(f"SELECT {cols} FROM documents WHERE id LIKE ? ESCAPE '\\'",
                        (_like_escape(ref) + "%",)).fetchall()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def document_names(conn: sqlite3.Connection, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Document id -> its file name (the id itself when it has none)."""
    rows = conn.execute("SELECT id, name FROM documents")
    names = {r["id"]: r["name"] or r["id"] for r in rows}
    return names if ids is None else {i: names.get(i, i) for i in ids}


def count_documents(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def load_text(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None
