"""The quality gate: extraction on the seed documents must not score below the pinned floors.

Floors live in tests/eval_floors.json (measured F1 minus 0.01 for noise). They only ever move
up: when extraction improves, raise them; a drop below one fails CI with the field named.
Gold records are copied into tests/gold so the gate does not depend on ../shared.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, GOLD, ROOT

from warfile.evaluate import evaluate, extract_records, score_records

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.fixture(scope="module")
def scores():
    return evaluate(GOLD, [str(EXAMPLES)])


@pytest.mark.parametrize("field", sorted(FLOORS["fields"]))
def test_field_f1_stays_at_or_above_its_floor(scores, field):
    assert field in scores.fields, f"{field} was not scored"
    assert scores.fields[field].f1 >= FLOORS["fields"][field], (
        f"{field} F1 {scores.fields[field].f1:.3f} fell below its floor {FLOORS['fields'][field]:.3f}")


def test_summary_f1_stays_at_or_above_its_floors(scores):
    measured = {"infobox": scores.infobox_f1, "events": scores.events_f1, "events.typed": scores.events_typed_f1}
    below = {k: round(v, 3) for k, v in measured.items() if v < FLOORS["summary"][k]}
    assert not below, f"below floor: {below} (floors {FLOORS['summary']})"


def test_every_seed_document_gets_a_record(scores):
    assert scores.missing == []


def test_floors_are_probabilities_and_cover_every_scored_field(scores):
    values = list(FLOORS["fields"].values()) + list(FLOORS["summary"].values())
    assert all(0.0 <= v <= 1.0 for v in values)
    assert set(scores.fields) <= set(FLOORS["fields"])


def test_a_record_missing_every_field_scores_zero_recall():
    empty = [{"name": "x", "sides": [], "sources": [{"document": p.stem + ".txt"}]} for p in GOLD.glob("*.json")]
    scores = score_records(GOLD, empty)
    assert scores.fields["sides.commanders"].recall == 0.0 and scores.events_f1 == 0.0


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the shared scorer is not beside this clone")
def test_evaluator_agrees_with_the_shared_scorer(tmp_path, scores):
    out = tmp_path / "pred.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in extract_records([str(EXAMPLES)])), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SHARED_SCORER), str(GOLD), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(run.stdout[:run.stdout.rindex("}") + 1])["fields"]
    ours = scores.as_dict()["fields"]
    assert {k: (v["gold"], v["pred"], v["hit"]) for k, v in theirs.items()} == \
        {k: (v["gold"], v["pred"], v["hit"]) for k, v in ours.items()}
