"""What the lead gives a page without its box: every gold document of the eval sets is read, its
infobox dropped, and the record extracted; the lead's dates, places, war and sides are compared
with the gold's (which come from the box, so the figures are a lower bound for the lead's words).

    python bench/boxless.py [SET ...]      # sets under tests/ (default: every set with gold)
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from warfile.evaluate import same_name
from warfile.extract import extract_operation
from warfile.readers import read_document

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _tally(rows: dict[str, list[int]], field: str, gold: list, pred: list, same) -> None:
    row = rows.setdefault(field, [0, 0, 0])
    row[0] += len(gold)
    row[1] += len(pred)
    unused = list(pred)
    for g in gold:
        hit = next((i for i, p in enumerate(unused) if same(g, p)), None)
        if hit is not None:
            row[2] += 1
            del unused[hit]


def main(sets: list[str]) -> None:
    import json
    rows: dict[str, list[int]] = {}
    names = sets or sorted(p.parent.name for p in TESTS.glob("*/gold"))
    for name in names:
        for gold_path in sorted((TESTS / name / "gold").glob("*.json")):
            docs = [d for d in (TESTS / name / "docs").glob(gold_path.stem + ".*") if d.name.split(".")[0] == gold_path.stem]
            try:
                text = docs[0].read_text(encoding="utf-8") if docs else None
            except UnicodeDecodeError:
                continue
            if text is None:
                continue
            doc = read_document(text, path=str(docs[0]))
            if not doc.infobox:
                continue
            op = extract_operation(dataclasses.replace(doc, infobox=()))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            eq = lambda a, b: a == b  # noqa: E731
            _tally(rows, "start", [gold["start_date"]] if gold.get("start_date") else [], [op.start_date] if op.start_date else [], eq)
            _tally(rows, "end", [gold["end_date"]] if gold.get("end_date") else [], [op.end_date] if op.end_date else [], eq)
            _tally(rows, "places", gold.get("places") or [], list(op.places), same_name)
            _tally(rows, "part_of", gold.get("part_of") or [], list(op.part_of), same_name)
            _tally(rows, "result", [gold["result"]] if gold.get("result") else [], [op.result] if op.result else [], same_name)
            _tally(rows, "belligerents", [b for s in gold.get("sides") or [] for b in s.get("belligerents") or []],
                   [b for s in op.sides for b in s.belligerents], same_name)
    print(f"{'field':14} {'gold':>5} {'lead':>5} {'same':>5}  {'P':>5} {'R':>5}")
    for field, (g, p, h) in rows.items():
        print(f"{field:14} {g:5d} {p:5d} {h:5d}  {h / p if p else 0:5.2f} {h / g if g else 0:5.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
