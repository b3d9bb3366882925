"""Random histories of batches, each refresh checked against a full rebuild of the same documents.

    python bench/refresh_check.py CORPUS --seeds 1,2,3 [--docs 400] [--steps 6]

CORPUS: a folder of inputs (e.g. the ``corpus`` folder bench/rebuild.py --keep writes). Each seed
stores batches of 1 to 40 of the first --docs inputs, copied into folders whose paths sort before,
between or after the others' (so a batch's operations come first, in the middle or last), forgets
a stored input every other batch, and refreshes with the path that writes operations in place or
the one that writes every operation after the first changed one (chosen at random). After each
refresh the database's dump (bench/snapshot.py, ``meta`` compared by its rows) must equal that of a
copy rebuilt in full. Prints one line per refresh; exits 1 at the first difference, leaving both
databases beside the working folder's name. Public tools only.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rebuild import _store_documents  # noqa: E402
from snapshot import snapshot  # noqa: E402


def digest(db: Path) -> str:
    h = hashlib.sha256()
    for line in snapshot(db):
        h.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def history(corpus: list[Path], seed: int, steps: int) -> bool:
    from warfile import pipeline, store
    from warfile.store import documents as doc_store
    from warfile.store import operations as op_store
    rng = random.Random(seed)
    tmp = Path(tempfile.mkdtemp(prefix=f"refresh-check-{seed}-"))
    db = tmp / "refreshed.db"
    conn = store.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    pool = corpus[:]
    rng.shuffle(pool)
    stored: list[Path] = []
    for step in range(steps):
        batch = [pool.pop() for _ in range(min(len(pool), rng.choice([1, 3, 10, 40])))]
        for p in batch:
            where = tmp / rng.choice(["0", "m", "z"])  # before, between and after the others
            where.mkdir(exist_ok=True)
            stored.append(Path(shutil.copy(p, where / p.name)))
        _store_documents(conn, stored[len(stored) - len(batch):])
        if step % 2 and stored:
            gone = stored.pop(rng.randrange(len(stored)))
            with store.transaction(conn):
                ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE path = ?", (str(gone),))]
                doc_store.delete_documents(conn, ids)
                op_store.mark_stale(conn)
        pipeline.MAX_MERGES_IN_PLACE = rng.choice([0, 200])
        pipeline.refresh_operations(conn)
        conn.commit()
        full = tmp / "full.db"
        shutil.copyfile(db, full)
        other = store.connect(full)
        pipeline.rebuild_operations(other, full=True)
        other.commit()
        other.close()
        same = digest(db) == digest(full)
        print(f"seed {seed} step {step}: {len(stored)} documents, {'identical' if same else 'DIFFERENT'}", flush=True)
        if not same:
            print(f"  kept in {tmp}")
            return False
    conn.close()
    shutil.rmtree(tmp)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--steps", type=int, default=6)
    args = ap.parse_args()
    corpus = sorted(p for p in args.corpus.iterdir() if p.is_file())[:args.docs]
    ok = all(history(corpus, int(s), args.steps) for s in args.seeds.split(","))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
