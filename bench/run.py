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


def snapshot(conn) -> dict:
    tables = {"documents": "id, path, name, shape, title, text, size, warnings, record", "operations": "*",
              "operation_documents": "*", "events": "*", "casualties": "*", "strength": "*", "sides": "*"}
    return {t: sorted((tuple(r) for r in conn.execute(f"SELECT {c} FROM {t}")), key=repr) for t, c in tables.items()}


def identical(args: argparse.Namespace) -> None:
    """Ingest one generated dump locally and on Dask; report times and whether the databases match."""
    sys.path.insert(0, str(HERE))
    from generate import write_dumps

    from warfile import pipeline, store

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="warfile-bench-"))
    dump = root / "dump.xml.bz2"
    if not dump.exists():
        write_dumps(root, args.pages, seed=args.seed)
    snaps = {}
    for engine in ("local", "dask"):
        db = root / f"{engine}.db"
        db.unlink(missing_ok=True)
        conn = store.connect(db)
        start = time.perf_counter()
        summary = pipeline.ingest([str(dump)], conn, progress=False, engine=engine, workers=args.workers)
        seconds = time.perf_counter() - start
        snaps[engine] = snapshot(conn)
        print(f"{engine}: {args.pages} pages, {summary.ingested} ingested, {summary.skipped} skipped, "
              f"{summary.failed} failed, {summary.operations} operations in {seconds:.1f} s", flush=True)
    same = snaps["local"] == snaps["dask"]
    print("databases identical" if same else "databases DIFFER: " + ", ".join(
        t for t in snaps["local"] if snaps["local"][t] != snaps["dask"][t]))


def main() -> None:
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
