"""Opening a database and running writes in one transaction.

Connections are opened in autocommit mode (``isolation_level=None``) and every write goes through
:func:`transaction`, which opens ``BEGIN IMMEDIATE`` (or a SAVEPOINT when one is already open) and
commits or rolls back as a whole. Store functions written by other modules should therefore NOT
call ``conn.commit()``: they run inside their caller's transaction, so a failure leaves nothing
half-written.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from warfile.errors import WarfileError
from warfile.store.migrations import SCHEMA_VERSION, migrate

_savepoints = itertools.count()

# How long a write waits for another process's write to finish before giving up ("database is locked").
BUSY_TIMEOUT_MS = 10_000

# What json.dumps(value, ensure_ascii=False) returns, without the new JSONEncoder json.dumps builds
# on every call given any option: a rebuild writes several JSON columns per event (~100,000 calls
# for 4,000 documents), where that setup cost more than the encoding.
json_text = json.JSONEncoder(ensure_ascii=False).encode

# The C function json_text encodes each string with (ensure_ascii=False).
_json_string = json.encoder.encode_basestring


def json_strings(values: Sequence[str]) -> str:
    """json_text(list(values)) for a list of strings, written directly: '[' + each string encoded
    as json_text encodes it, joined by ', ' + ']'. A rebuild writes two or three such lists per
    event (actors, places, a side's names), and json_text's setup per call cost 4x the encoding."""
    if all(type(v) is str for v in values):
        return "[" + ", ".join(map(_json_string, values)) + "]"
    return json_text(list(values))  # anything else (never in a record) the general way


def connect(path: str | Path = ":memory:") -> sqlite3.Connection:
    """Open (creating if needed) the database at path and bring its schema up to date.

    Rows come back as ``sqlite3.Row`` (index by position or by column name).
    """
    target = str(path)
    if target != ":memory:" and not target.startswith("file:"):
        parent = Path(target).expanduser().resolve().parent
        if not parent.is_dir():
            raise WarfileError(f"cannot open database {target}: folder {parent} does not exist")
    try:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False,
                               uri=target.startswith("file:"))
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")  # readers (web) do not block the writer
        conn.execute("PRAGMA synchronous = NORMAL")
        version = migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise WarfileError(f"cannot open database {target}: {exc}") from exc
    if version > SCHEMA_VERSION:  # pragma: no cover - a newer warfile wrote it
        raise WarfileError(f"database {target} has schema version {version}, newer than this warfile")
    return conn


def code_version(*modules: ModuleType) -> str:
    """A hash of these modules' source: a cache row made by other code (a version since changed)
    is told apart by it and never taken."""
    digest = hashlib.sha256()
    for m in modules:
        digest.update(Path(m.__file__).read_bytes() if m.__file__ else m.__name__.encode())
    return digest.hexdigest()[:16]


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block's writes as one unit: all committed, or (on any exception) none.

    Nested use becomes a SAVEPOINT, so a helper can wrap its own writes and still be part of a
    larger batch transaction.
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def indexes_deferred(conn: sqlite3.Connection, tables: Sequence[str]) -> Iterator[None]:
    """Run a block that empties and refills these tables without their secondary indexes, then
    make each index again from its own stored definition (SQL as created, so nothing else changes).

    Building an index once over the rows is much cheaper than updating it row by row: refilling
    230,000 mentions took 1.6 s with their three indexes, 0.5 s without them and then building them.
    Indexes SQLite makes itself (a PRIMARY KEY or UNIQUE constraint's) stay. Only inside a
    transaction: no other connection sees the tables without their indexes, and a block that fails
    rolls back with its transaction, the dropped indexes included."""
    if not conn.in_transaction:
        raise RuntimeError("indexes_deferred needs a transaction")
    marks = ", ".join("?" * len(tables))
    dropped = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks}) ORDER BY name", tuple(tables)).fetchall()
    for name, _ in dropped:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in dropped:
        conn.execute(sql)


# A batch of small transactions (one per document) commits about this often: each commit rewrites
# the B-tree pages it touched, so committing per document cost ~3% of an ingest; a second's worth
# of documents is what a crash can make the next run read again.
BATCH_SECONDS = 1.0


@contextmanager
def batched(conn: sqlite3.Connection, seconds: float = BATCH_SECONDS) -> Iterator[Callable[[], None]]:
    """Run many :func:`transaction` blocks inside one outer transaction, committed every ``seconds``.

    Yields ``tick()``, to call between blocks: it commits when the batch is old enough. Each block
    is a SAVEPOINT of the batch, so a failing block still rolls back alone, and the batch holds
    only whole blocks: on leaving, even by an exception (an interrupted ingest), what it holds is
    committed; only a failing COMMIT itself rolls the batch back.
    """
    conn.execute("BEGIN IMMEDIATE")
    opened = time.monotonic()

    def tick() -> None:
        nonlocal opened
        if time.monotonic() - opened >= seconds:
            conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")
            opened = time.monotonic()

    try:
        yield tick
    finally:
        if conn.in_transaction:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:
                conn.execute("ROLLBACK")
                raise
