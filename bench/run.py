"""Throughput and memory of the pipeline: docs/s, MB/s, peak RSS, local vs Dask, 1x vs 10x input.

    python bench/run.py                         # extract-only and full ingest, local and dask, 1x and 10x
    python bench/run.py --docs 200 --scales 1,10 --engines local,dask --modes extract,ingest
    python bench/run.py identical --pages 20000 # a generated dump ingested locally and on a
                                                # 2-worker LocalCluster: are the databases identical?

Each measurement runs in a fresh Python process, so its peak RSS is its own: ``driver`` is the
process that reads inputs and writes the database, ``workers`` the largest Dask worker process.
Flat memory shows as the same peak at 1x and 10x. MB are MiB of article text (UTF-8) read.
Inputs come from bench/generate.py (a temporary folder unless --keep DIR). Public tools only.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def measure(mode: str, engine: str, corpus: Path, workers: int) -> dict:
    """One measurement, in this process: what was processed, how long it took, peak memory."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in files)
    start = time.perf_counter()
    outcome: dict = {}
    if mode == "extract":
        counts: dict[str, int] = {}
        if engine == "local":
            from warfile.pipeline import process_text
            for p in files:
                r = process_text(p.read_text(encoding="utf-8"), p.name)
                counts[type(r).__name__] = counts.get(type(r).__name__, 0) + 1
        else:
            from warfile.engine import run_dask
            for r in run_dask(files, workers):
                counts[type(r).__name__] = counts.get(type(r).__name__, 0) + 1
        outcome = counts
    else:
        from warfile import pipeline, store
        with tempfile.TemporaryDirectory() as tmp:
            conn = store.connect(Path(tmp) / "bench.db")
            summary = pipeline.ingest([str(corpus)], conn, progress=False, engine=engine, workers=workers)
            outcome = {"ingested": summary.ingested, "skipped": summary.skipped, "failed": summary.failed,
                       "operations": summary.operations}
            conn.close()
    seconds = time.perf_counter() - start
    return {"mode": mode, "engine": engine, "docs": len(files), "mib": size / 2**20, "seconds": seconds,
            "docs_s": len(files) / seconds, "mib_s": size / 2**20 / seconds,
            "driver_mib": _peak_mib(resource.RUSAGE_SELF), "workers_mib": _peak_mib(resource.RUSAGE_CHILDREN),
            "outcome": outcome}


def run_child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, str(Path(__file__)), *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(rows: list[dict], workers: int) -> str:
    head = (f"{'mode':8} {'engine':6} {'scale':>5} {'docs':>6} {'MiB':>7} {'s':>8} {'docs/s':>8} {'MiB/s':>7} "
            f"{'MiB/s/core':>10} {'driver RSS':>10} {'worker RSS':>10}  outcome")
    lines = [head, "-" * len(head)]
    for r in rows:
        cores = 1 if r["engine"] == "local" else workers
        lines.append(f"{r['mode']:8} {r['engine']:6} {r['scale']:>4}x {r['docs']:>6} {r['mib']:>7.2f} "
                     f"{r['seconds']:>8.1f} {r['docs_s']:>8.1f} {r['mib_s']:>7.3f} {r['mib_s'] / cores:>10.3f} "
                     f"{r['driver_mib']:>8.0f}MB {r['workers_mib']:>8.0f}MB  {r['outcome']}")
    return "\n".join(lines)


def bench(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(HERE))
    from generate import write_corpus

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="warfile-bench-"))
    rows = []
    for scale in (int(s) for s in args.scales.split(",")):
        corpus = root / f"corpus-{scale}x"
        if not corpus.exists():
            write_corpus(corpus, args.docs * scale, seed=args.seed)
        for mode in args.modes.split(","):
            for engine in args.engines.split(","):
                r = run_child(["_measure", mode, engine, str(corpus), str(args.workers)])
                r["scale"] = scale
                rows.append(r)
                print(table([r], args.workers).splitlines()[-1], flush=True)
    print(f"\nmachine: {os.cpu_count()} cores; Dask: LocalCluster of {args.workers} worker processes, 1 thread each")
    print(table(rows, args.workers))


# Every table a user reads; rows compared as sorted digests so neither process holds a database.
COMPARED = ("documents", "operations", "operation_documents", "events", "casualties", "strength", "sides",
            "entities", "entity_aliases", "mentions", "entity_candidates", "operation_links")


def digests(conn) -> dict:
    """Per table: row count and a SHA-256 of its rows in sorted order (documents without their
    ingest time)."""
    import hashlib
    out = {}
    for table in COMPARED:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("ingested_at", "created_at")]
        digest, n = hashlib.sha256(), 0
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(cols)}"):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
            n += 1
        out[table] = [n, digest.hexdigest()[:16]]
    return out


def ingest_once(engine: str, dump: Path, db: Path, workers: int) -> dict:
    """One ingest of the dump into a fresh database, in this process: times, peak RSS, digests."""
    from warfile import pipeline, store
    db.unlink(missing_ok=True)
    conn = store.connect(db)
    rebuild = {"seconds": 0.0}
    refresh = pipeline.refresh_operations

    def timed_refresh(c, report=None):  # the rebuild after the per-document stage, timed apart
        t = time.perf_counter()
        try:
            return refresh(c, report)
        finally:
            rebuild["seconds"] = time.perf_counter() - t

    pipeline.refresh_operations = timed_refresh
    start = time.perf_counter()
    summary = pipeline.ingest([str(dump)], conn, progress=False, engine=engine, workers=workers)
    seconds = time.perf_counter() - start
    return {"engine": engine, "seconds": seconds, "rebuild_seconds": rebuild["seconds"],
            "ingested": summary.ingested, "skipped": summary.skipped, "failed": summary.failed,
            "operations": summary.operations, "driver_mib": _peak_mib(resource.RUSAGE_SELF),
            "workers_mib": _peak_mib(resource.RUSAGE_CHILDREN), "digests": digests(conn)}


def identical(args: argparse.Namespace) -> None:
    """Ingest one generated dump locally and on Dask, each in a fresh process; report times, peak
    RSS and whether every table a user reads holds the same rows."""
    sys.path.insert(0, str(HERE))
    from generate import write_dumps

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="warfile-bench-"))
    dump = root / "dump.xml.bz2"
    if not dump.exists():
        write_dumps(root, args.pages, seed=args.seed)
    mib = (root / "dump.xml").stat().st_size / 2**20 if (root / "dump.xml").exists() else float("nan")
    runs = {}
    for engine in ("local", "dask"):
        r = run_child(["_ingest", engine, str(dump), str(root / f"{engine}.db"), str(args.workers)])
        runs[engine] = r
        per_doc = r["seconds"] - r["rebuild_seconds"]
        print(f"{engine:5}: {args.pages} pages ({mib:.1f} MiB of XML), {r['ingested']} ingested, {r['skipped']} "
              f"skipped, {r['failed']} failed, {r['operations']} operations; {r['seconds']:.0f} s "
              f"(per-document stage {per_doc:.0f} s = {mib / per_doc:.2f} MiB/s, rebuild {r['rebuild_seconds']:.0f} s); "
              f"peak RSS driver {r['driver_mib']:.0f} MiB, workers {r['workers_mib']:.0f} MiB", flush=True)
    a, b = runs["local"]["digests"], runs["dask"]["digests"]
    for table in COMPARED:
        print(f"  {table:20} {a[table][0]:>8} rows  {'same' if a[table] == b[table] else 'DIFFERENT'}")
    print("databases identical" if a == b else "databases DIFFER")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_ingest":
        engine, dump, db, workers = sys.argv[2:6]
        print(json.dumps(ingest_once(engine, Path(dump), Path(db), int(workers))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_measure":
        mode, engine, corpus, workers = sys.argv[2:6]
        print(json.dumps(measure(mode, engine, Path(corpus), int(workers))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", nargs="?", default="throughput", choices=("throughput", "identical"))
    parser.add_argument("--docs", type=int, default=100, help="documents at 1x")
    parser.add_argument("--pages", type=int, default=20000, help="dump pages for `identical`")
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--modes", default="extract,ingest")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="folder for generated inputs (kept, and reused when present)")
    args = parser.parse_args()
    (identical if args.what == "identical" else bench)(args)


if __name__ == "__main__":
    main()
