"""Generate a large warfile database for load tests: by default 1,000 operations of 100 events each.

Each operation gets one synthetic document whose text is made of its infobox lines and event
sentences, so every event span, casualty figure and commander name points at real text. Rows are
written through the store's own writers (``save_document``, ``replace_operations``), so the
database has the same schema, indexes and FTS tables as one built by ``warfile ingest``.

    python bench/make_big_db.py --db /tmp/big.db --operations 1000 --events 100
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from warfile import store
from warfile.model import (
    EVENT_TYPES,
    Casualties,
    Count,
    Document,
    Event,
    Operation,
    Person,
    Quantity,
    Side,
    Source,
    Span,
    content_id,
)
from warfile.store.documents import save_document
from warfile.store.operations import replace_operations

SYLLABLES = ("al", "ka", "ba", "sur", "mar", "tel", "deir", "ham", "qar", "nab", "zor", "rif", "sal", "jab", "kha")
GROUPS = ("Northern Front", "Coastal Brigade", "Army of the Valley", "National Guard", "Mountain Legion",
          "Free Army", "Republican Corps", "Liberation Front")
VERBS = {"attack": "attacked", "capture": "captured", "recapture": "recaptured", "shelling": "shelled",
         "airstrike": "struck from the air", "ambush": "ambushed a convoy near"}


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_operation(i: int, n_events: int, rng: random.Random) -> tuple[Operation, Document]:
    year = 2000 + i % 20
    name = f"Operation {_place(rng)} {i}"
    groups = rng.sample(GROUPS, 2)
    commanders = [f"{_place(rng)} {_place(rng)}" for _ in range(3)]
    killed = [rng.randint(10, 3000) for _ in range(2)]
    claims = [Casualties(killed=Count.exact(n), claimant=c, text=f"{n:,} killed ({c} claim)")
              for n, c in zip(killed, ("government", "opposition"))]
    lines = [name, f"Date {year}", f"Belligerents {groups[0]} {groups[1]}",
             "Commanders " + ", ".join(commanders), "Strength 2,000 fighters",
             *(c.text for c in claims), ""]
    text = "\n".join(lines)
    doc_id = content_id(f"{i}:{text}")  # unique even if two generated texts collide
    events = []
    day = 0
    for k in range(n_events):
        day += rng.randint(0, 3)
        date = f"{year}-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}"
        etype = rng.choice(EVENT_TYPES[:7])
        village = _place(rng)
        sentence = (f"On {date}, {groups[k % 2]} fighters {VERBS.get(etype, 'fought at')} the village of {village}, "
                    f"with {rng.randint(1, 60)} killed.")
        start = len(text)
        text += sentence + " "
        events.append(Event(date=date, type=etype, actors=(groups[k % 2],), places=(village,), summary=sentence,
                            span=Span(start, start + len(sentence)), document=doc_id))
    sides = tuple(Side(belligerents=(g,), commanders=(Person(commanders[j], killed=j == 2),),
                       strength=(Quantity(Count.exact(2000), "fighters", text="2,000 fighters"),),
                       casualties=(claims[j],)) for j, g in enumerate(groups))
    op = Operation(name=name, id=f"operation-{i}", start_date=events[0].date if events else str(year),
                   end_date=events[-1].date if events else None, places=(_place(rng), "Syria"),
                   result=rng.choice(("Government victory", "Rebel victory", "Inconclusive")), sides=sides,
                   events=tuple(events), sources=(Source(doc_id, name, "plain"),))
    return op, Document(text=text, shape="plain", title=name, path=f"/generated/{i}.txt", id=doc_id)


def build(path: Path, n_operations: int = 1000, n_events: int = 100, seed: int = 7) -> None:
    """Write the generated database at path (replacing any file there)."""
    path.unlink(missing_ok=True)
    rng = random.Random(seed)
    conn = store.connect(path)
    ops = []
    with store.transaction(conn):
        for i in range(n_operations):
            op, doc = make_operation(i, n_events, rng)
            save_document(conn, doc, op, name=f"{i}.txt", path=doc.path, size=len(doc.text))
            ops.append(op)
        replace_operations(conn, ops, [[op.sources[0].document] for op in ops])
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("big.db"))
    parser.add_argument("--operations", type=int, default=1000)
    parser.add_argument("--events", type=int, default=100, help="events per operation")
    args = parser.parse_args()
    t0 = time.perf_counter()
    build(args.db, args.operations, args.events)
    print(f"wrote {args.db}: {args.operations:,} operations, {args.operations * args.events:,} events "
          f"in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
