"""Latency of the web pages against a large generated database, on loopback.

Builds the database with bench/make_big_db.py when it is missing, serves it with uvicorn in a
thread on a free loopback port, then requests each page a bounded number of times over one
keep-alive connection and prints p50/p95 per page. Goal: p95 < 50 ms for operation and search pages.

    python bench/web_latency.py [--db big.db] [--requests 200]
"""
from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import uvicorn  # noqa: E402
from make_big_db import build  # noqa: E402

from warfile.store.browse import connect_readonly  # noqa: E402
from warfile.web import create_app  # noqa: E402

GOAL_MS = 50.0  # the brief's p95 target for operation and search pages


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _targets(db: Path, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Per page kind, n URLs drawn from the database (random operations, documents, villages)."""
    conn = connect_readonly(db)
    ops = [r[0] for r in conn.execute("SELECT id FROM operations")]
    docs = [r[0] for r in conn.execute("SELECT id FROM documents")]
    places = [r[0] for r in conn.execute("SELECT json_extract(places, '$[0]') FROM events "
                                          "WHERE rowid % 97 = 0 LIMIT 500")]
    conn.close()
    pick = lambda xs: rng.choice(xs)  # noqa: E731
    return {
        "operations list": [f"/?page={rng.randint(1, 20)}" for _ in range(n)],
        "operations filtered": [f"/?year={rng.randint(2000, 2019)}&group=Front&sort=n_events&desc=1" for _ in range(n)],
        "operation page": [f"/operations/{quote(pick(ops))}" for _ in range(n)],
        "operation api": [f"/api/operations/{quote(pick(ops))}" for _ in range(n)],
        "document page": [f"/documents/{pick(docs)}?span=0-10" for _ in range(n)],
        "search page": [f"/search?q={quote(pick(places))}" for _ in range(n)],
        "search api": [f"/api/search?q={quote(pick(places))}&type=attack" for _ in range(n)],
        "events api": [f"/api/events?year={rng.randint(2000, 2019)}&page={rng.randint(1, 20)}" for _ in range(n)],
    }


def measure(db: Path, requests: int, seed: int = 1) -> dict[str, tuple[float, float]]:
    """{page kind: (p50 ms, p95 ms)} over `requests` requests per page kind."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    results: dict[str, tuple[float, float]] = {}
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for kind, urls in _targets(db, random.Random(seed), requests).items():
            times = []
            for url in [urls[0], *urls]:  # the first request warms caches and is not counted
                t0 = time.perf_counter()
                conn.request("GET", url)
                response = conn.getresponse()
                response.read()
                times.append((time.perf_counter() - t0) * 1000)
                if response.status != 200:
                    raise SystemExit(f"{url} answered {response.status}")
            times = times[1:]
            q = statistics.quantiles(times, n=20, method="inclusive")
            results[kind] = (statistics.median(times), q[18])
        conn.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("big.db"))
    parser.add_argument("--requests", type=int, default=200, help="requests per page kind (bounded loop)")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} (1,000 operations, 100,000 events)...", file=sys.stderr)
        build(args.db)
    print(f"{'page':22} {'p50 ms':>8} {'p95 ms':>8}")
    for kind, (p50, p95) in measure(args.db, args.requests).items():
        flag = "" if not kind.startswith(("operation page", "search")) else ("  ok" if p95 < GOAL_MS else "  OVER GOAL")
        print(f"{kind:22} {p50:8.1f} {p95:8.1f}{flag}")


if __name__ == "__main__":
    main()
