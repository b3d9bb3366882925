"""Cost of the operations rebuild (grouping, merging, entities, links) as the database grows.

    python bench/rebuild.py --docs 200,1000,4000 --keep /tmp/rb      # seconds and peak RSS per N
    python bench/rebuild.py --docs 1000 --keep /tmp/rb --profile     # + cProfile of the rebuild
    python bench/rebuild.py --docs 1000 --keep /tmp/rb --batch 20    # + incremental: 20 more documents
    python bench/rebuild.py --docs 1000 --keep /tmp/rb --batch 20 --before   # ... whose paths sort first

The per-document stage (read, extract, store each document, no rebuild) runs once over the
largest corpus in a child process; the database is copied after each smaller N (a generated corpus
of N documents is a prefix of a larger one with the same seed). Each rebuild then runs in a fresh
child process on a copy of that database, so its peak RSS is its own. ``--batch B`` also times
ingesting B further documents on top of N (the incremental rebuild a daily batch pays; with
``--before``, stored from a folder whose paths sort before the corpus's, so the batch's operations
come first and nothing after them is where it was) and checks
that the result equals a full rebuild (the derived tables' rows, and a hash of bench/snapshot.py's
dump of the whole database: each operation's rows in order and the caches a refresh keeps
included). Seconds are
wall-clock, with the process's CPU seconds beside them (steadier on a shared machine). Inputs come
from bench/generate.py. Public tools only.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _store_documents(conn, files: list[Path]) -> None:
    from warfile import pipeline
    for result in pipeline.run(pipeline.iter_items_from(files, None)):
        if isinstance(result, pipeline.Processed):
            pipeline.store_result(conn, result)


def stage_documents(corpus: Path, out: Path, sizes: list[int]) -> dict:
    """Store the first max(sizes) documents; after each size, copy the database to out/docs-N.db."""
    from warfile import store
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    work = out / "work.db"
    work.unlink(missing_ok=True)
    conn = store.connect(work)
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to copy
    seconds: dict[str, float] = {}
    done, start = 0, time.perf_counter()
    for n in sorted(sizes):
        _store_documents(conn, files[done:n])
        done = n
        seconds[str(n)] = time.perf_counter() - start
        shutil.copyfile(work, out / f"docs-{n}.db")
    conn.close()
    return {"seconds": seconds, "peak_mib": _peak_mib()}


def rebuild(db: Path, profile: bool) -> dict:
    from warfile import pipeline, store
    conn = store.connect(db)
    # Summaries as an ingest by the code measured stores them, made before the clock starts: a
    # database staged by other merging code (another branch) would otherwise have every summary
    # remade inside the rebuild timed.
    with store.transaction(conn):
        pipeline.summarize_documents(conn, pipeline.merge_version())
    start = time.perf_counter()
    cpu = time.process_time()
    prof = cProfile.Profile() if profile else None
    if prof:
        prof.enable()
    n_ops = pipeline.rebuild_operations(conn)
    if prof:
        prof.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    report = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        report = buf.getvalue()
    return {"seconds": seconds, "cpu": cpu, "peak_mib": _peak_mib(), "operations": n_ops, "profile": report}


def snapshot(conn) -> dict:
    tables = ("operations", "operation_documents", "events", "sides", "strength", "casualties", "entities",
              "entity_aliases", "mentions", "entity_candidates", "operation_links")
    return {t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}


def dump_digest(db: Path) -> str:
    """A hash of bench/snapshot.py's dump of db: every table, the caches a refresh keeps included,
    read line by line (two dumps of a large store are not held to compare them)."""
    sys.path.insert(0, str(HERE))
    from snapshot import snapshot as dump
    digest = hashlib.sha256()
    for line in dump(db):
        digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


def incremental(db: Path, corpus: Path, first: int, batch: int, before: bool = False, profile: bool = False) -> dict:
    """Rebuild db, then store `batch` more documents and refresh; compare with a full rebuild, by
    the derived tables' rows and by a hash of the whole dump (see bench/snapshot.py).
    before: the batch is stored from a copy in a folder beside the corpus whose paths sort before
    the corpus's (documents are grouped, and operations stored, in the order of their paths)."""
    from warfile import pipeline, store
    files = sorted(p for p in corpus.iterdir() if p.is_file())[first:first + batch]
    if before:
        folder = corpus.parent / "0-batch"
        folder.mkdir(exist_ok=True)
        assert str(folder) < str(corpus)
        files = [Path(shutil.copy(p, folder / p.name)) for p in files]
    conn = store.connect(db)
    pipeline.rebuild_operations(conn)
    _store_documents(conn, files)
    prof = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if prof:
        prof.enable()
    pipeline.refresh_operations(conn)
    if prof:
        prof.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    report = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
        report = buf.getvalue()
    peak = _peak_mib()  # before the snapshots below, which hold whole tables to compare them
    after, dumped = snapshot(conn), dump_digest(db)
    pipeline.rebuild_operations(conn, full=True)
    return {"seconds": seconds, "cpu": cpu, "peak_mib": peak, "profile": report,
            "identical": after == snapshot(conn) and dumped == dump_digest(db)}


def run_child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, str(Path(__file__)), *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        what, *rest = sys.argv[1:]
        if what == "_documents":
            result = stage_documents(Path(rest[0]), Path(rest[1]), [int(x) for x in rest[2].split(",")])
        elif what == "_rebuild":
            result = rebuild(Path(rest[0]), rest[1] == "1")
        else:
            result = incremental(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]), rest[4] == "1", rest[5] == "1")
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", default="200,1000,4000", help="corpus sizes, comma-separated")
    parser.add_argument("--keep", help="folder for the corpus and databases (reused when present)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of each rebuild")
    parser.add_argument("--batch", type=int, default=0, help="also time an incremental batch of this many")
    parser.add_argument("--before", action="store_true", help="the batch's paths sort before the stored ones")
    parser.add_argument("--no-full", action="store_true", help="time the incremental batch only")
    args = parser.parse_args()
    sizes = sorted(int(x) for x in args.docs.split(","))
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="warfile-rebuild-"))
    root.mkdir(parents=True, exist_ok=True)
    corpus = root / "corpus"
    total = sizes[-1] + args.batch
    if len(list(corpus.glob("*"))) < total:
        sys.path.insert(0, str(HERE))
        from generate import write_corpus
        write_corpus(corpus, total, seed=args.seed)
    if not all((root / f"docs-{n}.db").exists() for n in sizes):
        docs = run_child(["_documents", str(corpus), str(root), ",".join(map(str, sizes))])
        print(f"per-document stage: {docs['seconds']} s cumulative, peak RSS {docs['peak_mib']:.0f} MiB", flush=True)
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "rebuild.db"
            shutil.copyfile(root / f"docs-{n}.db", db)
            if not args.no_full:
                r = run_child(["_rebuild", str(db), "1" if args.profile else "0"])
                print(f"N={n:>6}: rebuild {r['seconds']:8.1f} s ({r['cpu']:.1f} s CPU), peak RSS "
                      f"{r['peak_mib']:6.0f} MiB, {r['operations']} operations", flush=True)
                if r["profile"]:
                    print(r["profile"])
            if args.batch:
                shutil.copyfile(root / f"docs-{n}.db", db)
                i = run_child(["_incremental", str(db), str(corpus), str(n), str(args.batch),
                               "1" if args.before else "0", "1" if args.profile else "0"])
                where = " (sorting before)" if args.before else ""
                print(f"N={n:>6} + {args.batch}{where}: incremental refresh {i['seconds']:.2f} s ({i['cpu']:.2f} s "
                      f"CPU), peak RSS {i['peak_mib']:.0f} MiB, identical to a full rebuild: {i['identical']}",
                      flush=True)
                if i["profile"]:
                    print(i["profile"])


if __name__ == "__main__":
    main()
