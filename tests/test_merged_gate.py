"""The examples ingest into exactly three merged operations that match the hand-checked merged records."""
from __future__ import annotations

import json
from pathlib import Path

from warfile import store
from warfile.evaluate import score_records
from warfile.pipeline import ingest
from warfile.store.operations import iter_records

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "eval_floors.json").read_text())


def test_examples_merge_into_three_operations_scoring_at_their_floors(tmp_path):
    conn = store.connect(tmp_path / "kb.db")
    ingest([str(ROOT / "examples")], conn, progress=False)
    records = list(iter_records(conn))
    assert sorted(r["name"] for r in records) == [
        "2013 Latakia offensive", "2014 Idlib offensive", "2014 Latakia offensive"]
    scores = score_records(ROOT / "tests" / "gold_operations", records, by="name")
    assert not scores.missing
    floors = FLOORS["merged"]
    assert scores.infobox_f1 >= floors["infobox"], scores.summary()
    assert scores.events_f1 >= floors["events"], scores.summary()
    assert scores.events_typed_f1 >= floors["events.typed"], scores.summary()


def test_eval_by_name_merges_documents_before_scoring():
    from warfile.evaluate import evaluate
    scores = evaluate(ROOT / "tests" / "gold_operations", [str(ROOT / "examples")], by="name")
    assert not scores.missing and scores.infobox_f1 >= FLOORS["merged"]["infobox"], scores.summary()
