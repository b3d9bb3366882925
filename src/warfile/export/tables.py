"""The knowledge base as flat tables analysts load: operations, sides, people, casualties, events, sources.

Rows come from the merged records in the store's ``operations.record`` column (read back with
``serialize.record_from_dict``), one operation at a time, so memory stays flat. Every table is
written as CSV, JSON lines or Parquet (pyarrow, typed columns); the columns, their types and the
id rules are documented in ``docs/export-schema.md`` and held by :data:`TABLES`.

Ids are content hashes, stable between runs: an operation's from its normalised name and start
year, an event's from its operation, date, type and summary (plus a counter for exact repeats).
Dates stay ISO strings at the precision the text gives ("2014", "2014-03", "2014-03-21").
Counts are exported as best/low/high (``Count.best``: the exact figure, or a range's midpoint).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from anyascii import anyascii

from warfile.model import Casualties, Count, Event, Operation
from warfile.serialize import record_from_dict

FORMATS = ("csv", "jsonl", "parquet")

# Column types: str, int, bool, or list (a list of strings: JSON array text in CSV, list<string>
# in Parquet, an array in JSON lines). Dates are str: partial ISO dates are not SQL dates.
COUNT_COLUMNS = ("best", "low", "high")


def _counts(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_{c}", "int") for c in COUNT_COLUMNS]


TABLES: dict[str, list[tuple[str, str]]] = {
    "operations": [
        ("operation_id", "str"), ("slug", "str"), ("name", "str"), ("aliases", "list"), ("part_of", "list"),
        ("start_date", "str"), ("end_date", "str"), ("ongoing", "bool"), ("places", "list"),
        ("result", "str"), ("n_sides", "int"), ("n_events", "int"), ("n_sources", "int"),
    ],
    "sides": [
        ("operation_id", "str"), ("side", "int"), ("belligerents", "list"), ("supporters", "list"),
        ("units", "list"), ("n_commanders", "int"),
    ],
    "people": [
        ("person_id", "str"), ("operation_id", "str"), ("side", "int"), ("idx", "int"), ("name", "str"),
        ("rank", "str"), ("role", "str"), ("killed", "bool"), ("aliases", "list"),
    ],
    "casualties": [
        ("operation_id", "str"), ("scope", "str"), ("side", "int"), ("event_id", "str"),
        *_counts("killed"), *_counts("wounded"), *_counts("captured"), *_counts("missing"),
        ("who", "str"), ("claimant", "str"), ("as_of", "str"), ("equipment", "list"), ("text", "str"),
    ],
    "events": [
        ("event_id", "str"), ("operation_id", "str"), ("idx", "int"), ("date", "str"), ("date_end", "str"),
        ("date_prec", "int"), ("year", "int"), ("type", "str"), ("actors", "list"), ("places", "list"),
        ("claimant", "str"), ("disputed", "bool"), *_counts("killed"), ("summary", "str"),
        ("document", "str"), ("span_start", "int"), ("span_end", "int"),
    ],
    "sources": [
        ("operation_id", "str"), ("document", "str"), ("title", "str"), ("shape", "str"), ("path", "str"),
    ],
}

# Rows per Parquet row group: large enough for efficient column chunks, small enough that an
# export of any size holds only this many rows per table in memory.
ROW_GROUP = 5000


# ---------------------------------------------------------------- ids

def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def normalise(name: str) -> str:
    """'Hilal al-Assad' -> 'hilal al assad': ASCII, lower case, punctuation as single spaces."""
    return re.sub(r"[^a-z0-9]+", " ", anyascii(name).lower()).strip()


def operation_id(op: Operation) -> str:
    """Stable id: hash of the normalised name and start year (both survive re-ingest and merges)."""
    return _hash("operation", normalise(op.name), (op.start_date or "")[:4])


def event_ids(op: Operation) -> list[str]:
    """Stable ids of the operation's events, in order; exact repeats are told apart by a counter."""
    seen: Counter[tuple] = Counter()
    out = []
    op_key = operation_id(op)
    for e in op.events:
        key = (e.date, e.date_end, e.type, " ".join(e.summary.split()))
        seen[key] += 1
        out.append(_hash("event", op_key, *key, seen[key]))
    return out


def person_id(name: str) -> str:
    return f"person:{normalise(name)}"


# ---------------------------------------------------------------- reading the store

def iter_operations(conn: sqlite3.Connection) -> Iterator[tuple[str, Operation]]:
    """(slug, merged record) of every operation in the store, ordered by slug."""
    for row in conn.execute("SELECT id, record FROM operations ORDER BY id"):
        slug, record = row[0], row[1]
        try:
            op = record_from_dict(json.loads(record))
        except (TypeError, ValueError, KeyError):
            continue  # an unreadable record is not exportable; the store's own checks report it
        yield slug, op


def count_columns(prefix: str, c: Count | None) -> dict[str, int | None]:
    if c is None:
        return {f"{prefix}_best": None, f"{prefix}_low": None, f"{prefix}_high": None}
    return {f"{prefix}_best": c.best, f"{prefix}_low": c.low, f"{prefix}_high": c.high}


def add_counts(a: Count | None, b: Count | None) -> Count | None:
    """a + b, lows and highs summed; None stands for "not stated" and adds nothing."""
    if a is None or b is None:
        return a if b is None else b
    return Count(a.low + b.low, a.high + b.high)


def killed_total(casualties: Iterable[Casualties]) -> Count | None:
    """Killed over several claims (None when none states a figure).

    Claims about different groups ('who') add up; rival claims about the same group (government
    vs opposition figures) are one toll stated differently, so they widen the range instead of
    being counted twice: low is the lowest claim, high the highest.
    """
    by_group: dict[str, Count] = {}
    for c in casualties:
        if c.killed is None:
            continue
        key = normalise(c.who or "")
        seen = by_group.get(key)
        by_group[key] = c.killed if seen is None else Count(min(seen.low, c.killed.low),
                                                            max(seen.high, c.killed.high))
    total = None
    for count in by_group.values():
        total = add_counts(total, count)
    return total


def _casualty_row(oid: str, scope: str, side: int | None, event: str | None, c: Casualties) -> dict[str, Any]:
    row: dict[str, Any] = {"operation_id": oid, "scope": scope, "side": side, "event_id": event}
    for prefix in ("killed", "wounded", "captured", "missing"):
        row.update(count_columns(prefix, getattr(c, prefix)))
    row.update(who=c.who, claimant=c.claimant, as_of=c.as_of,
               equipment=[f"{e.count} {e.item}" for e in c.equipment], text=c.text)
    return row


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def event_row(oid: str, eid: str, idx: int, e: Event) -> dict[str, Any]:
    row = {
        "event_id": eid, "operation_id": oid, "idx": idx, "date": e.date, "date_end": e.date_end,
        "date_prec": e.date_prec, "year": year_of(e.date), "type": e.type, "actors": list(e.actors),
        "places": list(e.places), "claimant": e.claimant, "disputed": e.disputed,
        **count_columns("killed", killed_total(e.casualties)), "summary": e.summary,
        "document": e.document, "span_start": e.span.start if e.span else None,
        "span_end": e.span.end if e.span else None,
    }
    return row


def operation_rows(slug: str, op: Operation) -> dict[str, list[dict[str, Any]]]:
    """The rows one operation contributes to each table."""
    oid = operation_id(op)
    eids = event_ids(op)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["operations"].append({
        "operation_id": oid, "slug": slug, "name": op.name, "aliases": list(op.aliases),
        "part_of": list(op.part_of), "start_date": op.start_date, "end_date": op.end_date,
        "ongoing": op.ongoing, "places": list(op.places), "result": op.result, "n_sides": len(op.sides),
        "n_events": len(op.events), "n_sources": len(op.sources),
    })
    for i, s in enumerate(op.sides):
        rows["sides"].append({"operation_id": oid, "side": i, "belligerents": list(s.belligerents),
                              "supporters": list(s.supporters), "units": list(s.units),
                              "n_commanders": len(s.commanders)})
        for j, p in enumerate(s.commanders):
            rows["people"].append({"person_id": person_id(p.name), "operation_id": oid, "side": i, "idx": j,
                                   "name": p.name, "rank": p.rank, "role": p.role, "killed": p.killed,
                                   "aliases": list(p.aliases)})
        rows["casualties"].extend(_casualty_row(oid, "side", i, None, c) for c in s.casualties)
    rows["casualties"].extend(_casualty_row(oid, "civilian", None, None, c) for c in op.civilian_casualties)
    for idx, (eid, e) in enumerate(zip(eids, op.events)):
        rows["events"].append(event_row(oid, eid, idx, e))
        rows["casualties"].extend(_casualty_row(oid, "event", None, eid, c) for c in e.casualties)
    rows["sources"].extend({"operation_id": oid, "document": s.document, "title": s.title, "shape": s.shape,
                            "path": s.path} for s in op.sources)
    return rows


# ---------------------------------------------------------------- writers

class _CsvSink:
    def __init__(self, path: Path, columns: list[tuple[str, str]]):
        self.f = open(path, "w", newline="", encoding="utf-8")
        self.columns = columns
        self.w = csv.writer(self.f)
        self.w.writerow([c for c, _ in columns])

    def write(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.w.writerow([_csv_cell(row.get(c), t) for c, t in self.columns])

    def close(self) -> None:
        self.f.close()


def _csv_cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "list":
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return "true" if value else "false"
    return value


class _JsonlSink:
    def __init__(self, path: Path, columns: list[tuple[str, str]]):
        self.f = open(path, "w", encoding="utf-8")
        self.columns = [c for c, _ in columns]

    def write(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.f.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.f.close()


class _ParquetSink:
    def __init__(self, path: Path, columns: list[tuple[str, str]]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "list": pa.list_(pa.string())}
        self.pa = pa
        self.schema = pa.schema([(c, types[t]) for c, t in columns])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(self.pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


SINKS = {"csv": _CsvSink, "jsonl": _JsonlSink, "parquet": _ParquetSink}


def write_tables(conn: sqlite3.Connection, fmt: str, out_dir: str | Path) -> dict[str, Path]:
    """Write every table as ``out_dir/<table>.<fmt>``; returns the paths by table name.

    ``fmt`` is one of :data:`FORMATS` (ValueError otherwise). Empty tables are written with
    their header / schema, so a loader always finds every file.
    """
    if fmt not in SINKS:
        raise ValueError(f"unknown table format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / f"{name}.{fmt}" for name in TABLES}
    sinks = {name: SINKS[fmt](paths[name], TABLES[name]) for name in TABLES}
    try:
        for slug, op in iter_operations(conn):
            for name, rows in operation_rows(slug, op).items():
                sinks[name].write(rows)
    finally:
        for sink in sinks.values():
            sink.close()
    return paths
