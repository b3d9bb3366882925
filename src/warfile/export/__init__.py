"""Exports: the stored knowledge base out in the formats analysts load.

``json``/``jsonl`` are the merged operation records (``records.py``, schema-valid);
``csv``/``parquet`` flat tables (``tables.py``, a folder of files); ``ucdp-ged`` and ``acled`` the
event layouts of those datasets (``layouts.py``). :func:`write_export` picks one by name.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from warfile.errors import WarfileError

FORMATS = ("json", "jsonl", "csv", "parquet", "ucdp-ged", "acled")

# Formats written as a folder of tables, so they need --out.
FOLDER_FORMATS = ("csv", "parquet")


def write_export(conn: sqlite3.Connection, fmt: str, out: str | Path | None = None) -> str:
    """Write the export in fmt to out (stdout when None, for the record formats); what was written."""
    if fmt not in FORMATS:
        raise WarfileError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "jsonl" and out is not None and Path(out).is_dir():
        fmt = "jsonl-tables"  # "--format jsonl --out DIR": the tables, one JSON-lines file each
    elif fmt in ("json", "jsonl"):
        from warfile.export.records import write_json, write_jsonl
        writer = write_json if fmt == "json" else write_jsonl
        if out is None or str(out) == "-":
            n = writer(conn, sys.stdout)
            return f"{n} operations"
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            n = writer(conn, f)
        return f"{n} operations to {out}"
    if fmt == "jsonl-tables":
        from warfile.export.tables import write_tables
        return f"{len(write_tables(conn, 'jsonl', out))} tables to {out}"
    if fmt in FOLDER_FORMATS:
        if out is None:
            raise WarfileError(f"--format {fmt} writes one file per table: give a folder with --out")
        from warfile.export.tables import write_tables
        paths = write_tables(conn, fmt, out)
        return f"{len(paths)} tables to {out}"
    from warfile.export import layouts
    writer = layouts.write_ucdp if fmt == "ucdp-ged" else layouts.write_acled
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    n = writer(conn, sys.stdout if out is None else out)
    return f"{n} {fmt} events" + (f" to {out}" if out is not None else "")
