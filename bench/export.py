"""Exports of a large store: seconds and peak RSS per format, then the files opened in DuckDB and pandas.

    python bench/export.py /tmp/d20k/local.db --out /tmp/d20k/export

Each format is written in a fresh process (its peak RSS is its own) with the library function the
CLI calls (``warfile.export.write_export``). The files are then loaded with DuckDB (every format)
and pandas (csv, parquet) and their row counts compared with the store's: operations for
json/jsonl and the operations table, events for the events table and the ACLED layout, side and
civilian claims for the casualties table (UCDP GED codes only violent events, so its count is
shown, not compared). Public tools only.
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

FORMATS = ("jsonl", "json", "csv", "parquet", "ucdp-ged", "acled")


def target(out: Path, fmt: str) -> Path:
    return out / {"jsonl": "operations.jsonl", "json": "operations.json", "csv": "csv", "parquet": "parquet",
                  "ucdp-ged": "ucdp-ged.csv", "acled": "acled.csv"}[fmt]


def write_one(db: Path, fmt: str, out: Path) -> dict:
    from warfile import store
    from warfile.export import write_export
    conn = store.connect(db)
    start = time.perf_counter()
    said = write_export(conn, fmt, target(out, fmt))
    return {"format": fmt, "seconds": time.perf_counter() - start, "said": said,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def loaded_counts(out: Path) -> dict[str, dict[str, int]]:
    """Rows per file as DuckDB and pandas read them."""
    import duckdb
    import pandas as pd
    db = duckdb.connect()
    counts: dict[str, dict[str, int]] = {}

    def duck(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    counts["jsonl"] = {"duckdb": duck(f"SELECT count(*) FROM read_json_auto('{target(out, 'jsonl')}', format='newline_delimited')")}
    counts["json"] = {"duckdb": duck(f"SELECT count(*) FROM read_json_auto('{target(out, 'json')}', format='array')")}
    for table in ("operations", "events", "sides", "casualties"):
        # casualties: the store's table holds side and civilian claims; the export adds event claims
        where, keep = ("WHERE scope != 'event'", lambda f: f[f["scope"] != "event"]) if table == "casualties" else (
            "", lambda f: f)
        csv_path, pq_path = target(out, "csv") / f"{table}.csv", target(out, "parquet") / f"{table}.parquet"
        counts[f"csv/{table}"] = {"duckdb": duck(f"SELECT count(*) FROM read_csv_auto('{csv_path}') {where}"),
                                  "pandas": len(keep(pd.read_csv(csv_path)))}
        counts[f"parquet/{table}"] = {"duckdb": duck(f"SELECT count(*) FROM read_parquet('{pq_path}') {where}"),
                                      "pandas": len(keep(pd.read_parquet(pq_path)))}
    for fmt in ("ucdp-ged", "acled"):
        counts[fmt] = {"duckdb": duck(f"SELECT count(*) FROM read_csv_auto('{target(out, fmt)}')"),
                       "pandas": len(pd.read_csv(target(out, fmt)))}
    return counts


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_write":
        print(json.dumps(write_one(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(args.db) as conn:
        store = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("operations", "events", "sides", "casualties")}
    print(f"store: {store}")
    for fmt in FORMATS:
        run = subprocess.run([sys.executable, __file__, "_write", str(args.db), fmt, str(args.out)],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise SystemExit(f"export {fmt} failed:\n{run.stderr[-2000:]}")
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{fmt:9} {r['seconds']:7.1f} s  peak RSS {r['peak_mib']:5.0f} MiB  {r['said']}", flush=True)
    expected = {"jsonl": store["operations"], "json": store["operations"], "acled": store["events"]}
    for table in ("operations", "events", "sides", "casualties"):
        expected[f"csv/{table}"] = expected[f"parquet/{table}"] = store[table]
    for name, got in loaded_counts(args.out).items():
        want = expected.get(name)
        verdict = "" if want is None else ("  = store" if set(got.values()) == {want} else f"  store has {want}")
        print(f"  {name:20} " + "  ".join(f"{k} {v}" for k, v in got.items()) + verdict)


if __name__ == "__main__":
    main()
