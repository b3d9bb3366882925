"""Per-document extraction speed on one core: read + extract every file of a folder.

    python bench/generate.py corpus /tmp/corp200 --docs 200
    python bench/extract_profile.py /tmp/corp200              # MB/s, docs/s; top-20 of extract
    python bench/extract_profile.py /tmp/corp200 --no-profile # timing only (no profiler overhead)
    python bench/extract_profile.py /tmp/corp200 --repeat 3   # best of three timed passes

Reading and extraction are timed apart (extraction on documents already read); timing runs
without the profiler (it slows Python calls two- to three-fold); the profile is a
separate pass. MB are MiB of article text (UTF-8) read. Public tools only.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import read_document


def _load(folder: Path) -> list[tuple[str, str]]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]


def read_all(texts: list[tuple[str, str]]) -> list:
    return [read_document(text, path=path) for path, text in texts]


def extract_all(docs: list) -> None:
    for doc in docs:
        extract_operation(doc)


def timed(fn, arg) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is reported")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    texts = _load(args.folder)
    mib = sum(len(t.encode("utf-8", "surrogatepass")) for _, t in texts) / 2**20
    extract_all(read_all(texts[:1]))  # imports and module-level compilation are no per-document cost
    docs = read_all(texts)
    repeat = range(max(1, args.repeat))
    read_s = min(timed(read_all, texts) for _ in repeat)
    extract_s = min(timed(extract_all, docs) for _ in repeat)
    for label, seconds in (("read", read_s), ("extract", extract_s), ("read+extract", read_s + extract_s)):
        print(f"{label:>12}: {len(texts)} docs, {mib:.2f} MiB in {seconds:6.2f} s: "
              f"{mib / seconds:7.3f} MiB/s, {len(texts) / seconds:7.1f} docs/s (one core)")
    if args.no_profile:
        return
    profiler = cProfile.Profile()
    profiler.runcall(extract_all, docs)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
