"""Records survive the trip to schema JSON and back, and the JSON follows the schema."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.model import Casualties, Count, Equipment, Event, Operation, Person, Quantity, Side, Source, Span
from warfile.serialize import count_from_json, count_to_json, record_from_dict, record_to_dict

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "src/warfile/data/operation.schema.json").read_text()) \
    if (ROOT / "src/warfile/data/operation.schema.json").exists() else None
GOLD = sorted((ROOT / "tests/gold").glob("*.json")) + sorted((ROOT / "tests/heldout/gold").glob("*.json"))


def test_exact_count_is_a_plain_number_and_range_is_low_high():
    assert count_to_json(Count.exact(4000)) == 4000
    assert count_to_json(Count(1500, 2000)) == {"low": 1500, "high": 2000}
    assert count_from_json({"low": 114, "high": 127}) == Count(114, 127)


def test_qualified_count_keeps_its_qualifier():
    c = Count.exact(190, "at least")
    assert count_from_json(count_to_json(c)) == c


counts = st.one_of(
    st.builds(Count.exact, st.integers(0, 10**6)),
    st.integers(0, 10**5).flatmap(lambda lo: st.builds(Count, st.just(lo), st.integers(lo, lo + 10**5))),
)
words = st.text(st.characters(categories=("L",)), min_size=1, max_size=12)
dates = st.dates().map(lambda d: d.isoformat())
casualties = st.builds(Casualties, killed=st.none() | counts, wounded=st.none() | counts, who=st.none() | words,
                       claimant=st.none() | words, as_of=st.none() | dates,
                       equipment=st.lists(st.builds(Equipment, st.integers(1, 50), words), max_size=2).map(tuple),
                       text=words)
sides = st.builds(
    Side,
    belligerents=st.lists(words, max_size=3).map(tuple),
    commanders=st.lists(st.builds(Person, words, st.none() | words, st.none() | words, st.booleans()),
                        max_size=3).map(tuple),
    strength=st.lists(st.builds(Quantity, counts, st.none() | words, st.none() | words, words), max_size=2).map(tuple),
    casualties=st.lists(casualties, max_size=2).map(tuple),
)
events = st.builds(Event, date=dates, type=st.sampled_from(["capture", "attack", "airstrike"]),
                   actors=st.lists(words, max_size=2).map(tuple), summary=words,
                   span=st.none() | st.builds(Span, st.integers(0, 100), st.integers(100, 200)))
operations = st.builds(Operation, name=words, start_date=st.none() | dates, sides=st.lists(sides, max_size=3).map(tuple),
                       events=st.lists(events, max_size=3).map(tuple), civilian_casualties=st.lists(casualties, max_size=1).map(tuple),
                       sources=st.lists(st.builds(Source, words), max_size=2).map(tuple))


@settings(max_examples=60, deadline=None)
@given(operations)
def test_record_round_trips_through_json(op):
    assert record_from_dict(json.loads(json.dumps(record_to_dict(op)))) == op


@pytest.mark.skipif(SCHEMA is None, reason="schema copy not in the package yet")
@settings(max_examples=30, deadline=None)
@given(operations)
def test_serialised_record_follows_the_schema(op):
    jsonschema.validate(record_to_dict(op), SCHEMA)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_records_read_and_write_back_the_same_fields(path):
    gold = json.loads(path.read_text())
    back = record_to_dict(record_from_dict(gold))
    for key in ("name", "start_date", "end_date", "places", "result"):
        assert back.get(key) == gold.get(key)
    assert [s.get("commanders", []) for s in back["sides"]] == [s.get("commanders", []) for s in gold["sides"]]
