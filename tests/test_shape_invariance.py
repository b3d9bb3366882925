"""One operation rendered as every shape reads back as the same infobox record.

A Hypothesis strategy builds realistic operations (sides with belligerents, commanders with roles,
ranks and killed marks, units, strength and casualty claims, date ranges); each is rendered by
``tests/renderers.py``, read with ``read_document`` (shape detected, not given) and extracted
with ``extract_operation``; the record must equal the original on every field the shape carries.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.model import Casualties, Count, Operation, Person, Quantity, Side
from warfile.readers import read_document
from warfile.serialize import record_to_dict

sys.path.insert(0, str(Path(__file__).parent))
from renderers import RENDERERS, casualty_text, quantity_text  # noqa: E402

# Invented names in the style of the seeds, so no lexicon entry can recognise them by heart.
STEMS = ("Varna", "Kessel", "Tamsa", "Dorna", "Harun", "Zelin", "Olsk", "Brava", "Medin", "Korsa", "Talvik")
COUNTRIES = ("Dravia", "Qaremia", "Tessaly", "Orsa", "Lirria", "Sarnland", "Vesk")
FIRST = ("Ilir", "Besa", "Artan", "Lena", "Marek", "Sava", "Emil", "Rina", "Oskar", "Mila", "Tomas", "Anya")
LAST = ("Darga", "Holm", "Venn", "Dorn", "Kolaj", "Shala", "Serre", "Morow", "Velik", "Brannor", "Tesk")
GROUP_PATTERNS = ("{s} Liberation Front", "{s} Brigades", "Free {c} Army", "Republic of {c}", "{s} Volunteers",
                  "{c} Popular Movement")
UNIT_PATTERNS = ("{n} {s} Brigade", "{s} Battalion", "{s} Commando Unit", "{n} Armoured Division")
ORDINALS = ("1st", "2nd", "3rd", "4th", "7th", "12th")
RANKS = (None, None, "Col.", "Gen.", "Maj.")
OP_PATTERNS = ("{y} {s} offensive", "Battle of {s}", "Siege of {s}", "{y} {s} raid")

# What each shape carries: markdown front matter has no commanders, strength, casualties or result.
MARKDOWN_SIDE_KEYS = ("belligerents", "units")
MARKDOWN_KEYS = ("name", "part_of", "start_date", "end_date", "places", "sides")


@st.composite
def counts(draw: st.DrawFn, low: int = 1, high: int = 9000) -> Count:
    n = draw(st.integers(low, high))
    if draw(st.booleans()):
        return Count.exact(n)
    return Count(n, n + draw(st.integers(1, 500)))


@st.composite
def people(draw: st.DrawFn, used: set[str]) -> Person:
    name = draw(st.sampled_from([f"{f} {la}" for f in FIRST for la in LAST if f"{f} {la}" not in used]))
    used.add(name)
    role = draw(st.sampled_from((None, f"{draw(st.sampled_from(STEMS))} commander", "deputy leader")))
    return Person(name=name, rank=draw(st.sampled_from(RANKS)), role=role, killed=draw(st.booleans()))


@st.composite
def sides(draw: st.DrawFn, used_groups: set[str], used_people: set[str]) -> Side:
    pool = [p.format(s=s, c=c) for p in GROUP_PATTERNS for s in STEMS for c in COUNTRIES]
    belligerents = draw(st.lists(st.sampled_from([g for g in dict.fromkeys(pool) if g not in used_groups]),
                                 min_size=1, max_size=3, unique=True))
    used_groups.update(belligerents)
    units = draw(st.lists(st.sampled_from([u.format(n=n, s=s) for u in UNIT_PATTERNS for n in ORDINALS
                                           for s in STEMS]), max_size=3, unique=True))
    units = [u for u in units if u not in used_groups]
    used_groups.update(units)
    commanders = tuple(draw(people(used_people)) for _ in range(draw(st.integers(0, 3))))
    strength = tuple(
        Quantity(count=c, unit=u, text=quantity_text(Quantity(c, u)))
        for c, u in draw(st.lists(st.tuples(counts(100, 20000), st.sampled_from(("fighters", "soldiers"))),
                                  max_size=1)))
    casualties = []
    for _ in range(draw(st.integers(0, 2))):
        c = Casualties(killed=Count.exact(draw(st.integers(1, 3000))),
                       wounded=draw(st.none() | st.integers(1, 3000).map(Count.exact)),
                       claimant=draw(st.sampled_from((None, "government", "opposition"))))
        casualties.append(dataclasses.replace(c, text=casualty_text(c)))
    return Side(belligerents=tuple(belligerents), commanders=commanders, units=tuple(units),
                strength=strength, casualties=tuple(casualties))


@st.composite
def operations(draw: st.DrawFn) -> Operation:
    used_groups: set[str] = set()
    used_people: set[str] = set()
    start = dt.date(2000, 1, 1) + dt.timedelta(days=draw(st.integers(0, 8000)))
    end = start + dt.timedelta(days=draw(st.integers(1, 120)))
    name = draw(st.sampled_from(OP_PATTERNS)).format(y=start.year, s=draw(st.sampled_from(STEMS)))
    civilians = ()
    if draw(st.booleans()):
        c = Casualties(killed=Count.exact(draw(st.integers(1, 900))), who="civilians")
        civilians = (dataclasses.replace(c, text=casualty_text(c)),)
    return Operation(
        name=name,
        part_of=draw(st.sampled_from(((), (f"{draw(st.sampled_from(COUNTRIES))} Civil War",)))),
        start_date=start.isoformat(), end_date=end.isoformat(),
        places=(f"{draw(st.sampled_from(STEMS))} Province", draw(st.sampled_from(COUNTRIES))),
        result=draw(st.sampled_from((None, "Government victory", "Rebel victory", "Stalemate"))),
        sides=(draw(sides(used_groups, used_people)), draw(sides(used_groups, used_people))),
        civilian_casualties=civilians,
    )


def _without_text(value: Any) -> Any:
    """The record without free-text echoes ('text') that depend on how a shape spells a claim."""
    if isinstance(value, dict):
        return {k: _without_text(v) for k, v in value.items() if k != "text"}
    if isinstance(value, list):
        return [_without_text(v) for v in value]
    return value


def infobox_record(op: Operation, shape: str) -> dict[str, Any]:
    """The part of the record a document of this shape can state."""
    d = _without_text(record_to_dict(op))
    for key in ("id", "events", "sources", "conflicts", "provenance", "mentions", "aliases"):
        d.pop(key, None)
    if shape == "markdown-frontmatter":
        d = {k: v for k, v in d.items() if k in MARKDOWN_KEYS}
        d["sides"] = [{k: v for k, v in s.items() if k in MARKDOWN_SIDE_KEYS} for s in d.get("sides", [])]
    return d


def round_trip(op: Operation, shape: str) -> tuple[str, dict[str, Any]]:
    doc = read_document(RENDERERS[shape](op), path=f"generated.{shape}")
    return doc.shape, infobox_record(extract_operation(doc), shape)


# Shapes that keep every column apart. The plain shape runs the sides' columns together (only blank
# lines between entries, as in seed 000), so only its operation-wide fields are held exactly.
EXACT_SHAPES = ("wikitext", "markdown-frontmatter", "mediawiki", "html", "pipe-table")


def _comma_flattened_claims(op: Operation) -> bool:
    """Several casualty claims of one side, which the wikitext shape joins with commas."""
    return any(len(s.casualties) > 1 for s in op.sides)


@pytest.mark.parametrize("shape", EXACT_SHAPES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(op=operations())
def test_rendered_operation_reads_back_as_the_same_infobox_record(shape: str, op: Operation) -> None:
    assume(not (shape == "wikitext" and _comma_flattened_claims(op)))  # see the xfail test below
    detected, record = round_trip(op, shape)
    assert detected == shape
    assert record == infobox_record(op, shape)


@pytest.mark.parametrize("shape", ("plain",))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(op=operations())
def test_flattened_shapes_keep_operation_wide_fields(shape: str, op: Operation) -> None:
    detected, record = round_trip(op, shape)
    expected = infobox_record(op, shape)
    assert detected == shape
    for key in ("name", "part_of", "start_date", "end_date", "places", "result"):
        assert record.get(key) == expected.get(key), key


@pytest.mark.xfail(strict=True, reason="values parser gives a comma-split '(claim)' to every entry before it")
def test_wikitext_claim_after_a_comma_belongs_to_the_entry_before_it() -> None:
    op = _example_operation()
    first = Casualties(killed=Count.exact(40), text="40 killed")
    second = Casualties(killed=Count.exact(12), claimant="government", text="12 killed (government claim)")
    op = dataclasses.replace(op, sides=(dataclasses.replace(op.sides[0], casualties=(first, second)), op.sides[1]))
    assert round_trip(op, "wikitext")[1] == infobox_record(op, "wikitext")


def test_every_shape_renders_a_text_its_own_reader_detects() -> None:
    op = _example_operation()
    for shape, render in RENDERERS.items():
        assert read_document(render(op)).shape == shape


def _example_operation() -> Operation:
    c = Casualties(killed=Count.exact(61), wounded=Count.exact(102), claimant="government")
    side = Side(belligerents=("Varna Liberation Front",), units=("3rd Varna Brigade",),
                commanders=(Person("Ilir Darga", role="Varna commander", killed=True),),
                strength=(Quantity(Count.exact(1200), "fighters", text="1,200 fighters"),),
                casualties=(dataclasses.replace(c, text=casualty_text(c)),))
    return Operation(name="Battle of Kessel", start_date="2017-02-02", end_date="2017-02-09",
                     places=("Kessel Province", "Dravia"), sides=(side, Side(belligerents=("Republic of Dravia",))))
