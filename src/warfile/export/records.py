"""Operation records as JSON: a list (``json``) or one record per line (``jsonl``).

Records are the merged ones held in ``operations.record`` (``serialize.record_to_dict`` shape),
so each validates against ``data/operation.schema.json`` (:func:`validate_record`).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, TextIO

from warfile.store.operations import iter_records


@cache
def operation_schema() -> dict[str, Any]:
    """The output contract, shipped with the package (a copy of the shared schema)."""
    return json.loads(resources.files("warfile").joinpath("data", "operation.schema.json").read_text("utf-8"))


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Where a record breaks the schema ('/sides/0/strength/1/count: -3 is less than 0'); [] if valid."""
    import jsonschema
    validator = jsonschema.Draft202012Validator(operation_schema())
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]


def validate_record(record: dict[str, Any]) -> None:
    """Raise ValueError naming the first problems when a record breaks the schema."""
    errors = schema_errors(record)
    if errors:
        raise ValueError(f"record {record.get('id') or record.get('name')!r} breaks the schema: " + "; ".join(errors[:3]))


def records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    return iter_records(conn)


def write_jsonl(conn: sqlite3.Connection, out: TextIO) -> int:
    """One merged record per line; the number written."""
    n = 0
    for record in records(conn):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(conn: sqlite3.Connection, out: TextIO) -> int:
    """A JSON list of merged records, written one record at a time; the number written."""
    n = 0
    out.write("[")
    for record in records(conn):
        out.write(("," if n else "") + "\n  " + json.dumps(record, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n
