"""Per-document extraction speed on one core: read + extract every file of a folder.

    python bench/generate.py corpus /tmp/corp200 --docs 200
    python bench/extract_profile.py /tmp/corp200              # MB/s, docs/s; top-20 of extract
    python bench/extract_profile.py /tmp/corp200 --no-profile # timing only (no profiler overhead)
    python bench/extract_profile.py /tmp/corp200 --repeat 3   # best of three timed passes
    python bench/extract_profile.py /tmp/corp200 --cold       # caches cleared before each document
    python bench/extract_profile.py /tmp/corp200 --cpu        # process CPU time, not wall time

A generated corpus repeats sentences, which the extractors' caches flatter: --cold clears every
``functools`` cache of warfile before each document (read and extract), so a figure measured with
it is what a corpus of unique sentences gets. Generate corpora with several --seed values too.

Reading and extraction are timed apart (extraction on documents already read); timing runs
without the profiler (it slows Python calls two- to three-fold); the profile is a
separate pass. MB are MiB of article text (UTF-8) read. Public tools only.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import read_document


def _load(folder: Path) -> list[tuple[str, str]]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]


COLD = False  # set by --cold: clear the caches before each document


_CACHES: list = []  # every functools cache of warfile's modules, found once after the first document


def _find_caches() -> list:
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith("warfile.") and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                    found.append(value)
    return found


def clear_caches() -> None:
    """Empty every functools cache in warfile's modules (lru_cache and cache both have cache_clear)."""
    for cached in _CACHES:
        cached.cache_clear()


def read_all(texts: list[tuple[str, str]]) -> list:
    docs = []
    for path, text in texts:
        if COLD:
            clear_caches()
        docs.append(read_document(text, path=path))
    return docs


def extract_all(docs: list) -> None:
    for doc in docs:
        if COLD:
            clear_caches()
        extract_operation(doc)


CLOCK = time.perf_counter  # --cpu: time.process_time, steadier when other processes share the cores


def timed(fn, arg) -> float:
    start = CLOCK()
    fn(arg)
    return CLOCK() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is reported")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--cold", action="store_true", help="clear warfile's caches before each document")
    parser.add_argument("--cpu", action="store_true", help="time process CPU, not wall clock (shared machines)")
    args = parser.parse_args()
    global COLD, CLOCK
    COLD = args.cold
    if args.cpu:
        CLOCK = time.process_time
    texts = _load(args.folder)
    mib = sum(len(t.encode("utf-8", "surrogatepass")) for _, t in texts) / 2**20
    extract_all(read_all(texts[:1]))  # imports and module-level compilation are no per-document cost
    _CACHES.extend(_find_caches())
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
