"""Anchored scans read exactly what the plain pattern scans read.

`_actor_matches` finds a head word first and starts the actor pattern a bounded number of spaces
before it; these tests compare it with ``_ACTOR.finditer`` on clauses built to stress the bound:
long modifier chains, group names, head words glued to other words, non-ASCII case folds.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import event_parts as ep
from warfile.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent

_PIECES = ["the ", "The ", "Syrian ", "French ", "and ", "Malian ", "pro-government ", "Saudi-led ",
           "Army ", "army", "rebels ", "troops ", "al-Nusra ", "Front ", "front", "loyal to ", "Free ",
           "Islamic ", "State ", "forces", "Forces ", "Air Force ", "aircraft", "unit", "community ",
           ", ", "; ", "(", ")", "-", "’", "captured ", "by ", "12 ", "\u212a", "\u0130", "é", "x", " "]
_clauses = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


def _plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in ep._ACTOR.finditer(text)]


def _anchored(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in ep._actor_matches(text)]


@settings(max_examples=400, deadline=None)
@given(_clauses)
def test_anchored_actor_scan_finds_every_phrase_the_plain_scan_finds(text):
    assert _anchored(text) == _plain(text)


def test_longest_modifier_chain_is_found_from_its_head():
    # five modifiers joined by "and": the most spaces a phrase can hold before its head word
    text = "Later Syrian and French and Malian and Chadian and Saudi-led coalition forces attacked."
    assert _anchored(text) == _plain(text)
    assert text[slice(*_anchored(text)[0])] == "Syrian and French and Malian and Chadian and Saudi-led coalition"


def test_head_word_inside_another_word_gives_no_phrase_and_no_error():
    assert _anchored("the community commanded reinforcements") == _plain("the community commanded reinforcements")


def test_anchored_scan_agrees_on_every_example_and_test_document_sentence():
    folders = [ROOT / "examples", ROOT / "tests" / "heldout" / "docs", ROOT / "tests" / "blind" / "docs",
               ROOT / "tests" / "blind2" / "docs"]
    count = 0
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            text = path.read_text(encoding="utf-8", errors="replace")
            for a, b in split_sentences(text, 0):
                assert _anchored(text[a:b]) == _plain(text[a:b])
                count += 1
    assert count > 100
