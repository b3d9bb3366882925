"""Anchored scans read exactly what the plain pattern scans read.

Cue scans begin at the first needle of the text minus the most characters a match holds before
its needle; they are compared with the full scans of every cue of the timeline and event parts.

`_actor_matches` finds a head word first and starts the actor pattern a bounded number of spaces
before it; these tests compare it with ``_ACTOR.finditer`` on clauses built to stress the bound:
long modifier chains, group names, head words glued to other words, non-ASCII case folds.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import event_parts as ep
from warfile.extract import timeline
from warfile.extract.needles import Cue, fold, needle_lead
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


# ---------------------------------------------------------------- cue scans begun at the first needle

_CUE_WORDS = ["On", "4", "August", "the", "same", "day", "later", "rebels", "Captured", "seized", "the next day",
              "KILLED", "ſeized", "\u212Aurdish", "Kİlled", "troops", "shelled", "by", "Syrian Army", "village of",
              "Aramo", "near", "Idlib", "according to", "three days later", ",", "civilians", "were", "denied",
              "at least", "12", "fighters", "killed", "the town of", "base", "airport", "launched", "an"]
_CUE_TEXT = st.lists(st.sampled_from(_CUE_WORDS), max_size=30).map(" ".join)


def _all_cues() -> list[Cue]:
    cues = [v for m in (timeline, ep) for v in vars(m).values() if isinstance(v, Cue)]
    return cues + [c for _, c in timeline._STRONG + timeline._WEAK] + list(timeline._FORWARD)


def _same_scans(text: str) -> None:
    folded = fold(text)
    for cue in _all_cues():
        plain = [m.span() for m in cue.rx.finditer(text)]
        assert [m.span() for m in cue.finditer(text, folded)] == plain, cue.rx.pattern[:60]
        first = cue.search(text, folded)
        assert (first and first.span()) == (plain[0] if plain else None)


@settings(max_examples=150, deadline=None)
@given(_CUE_TEXT)
def test_every_cue_scan_begun_at_its_first_needle_finds_what_a_full_scan_finds(text):
    _same_scans(text)


def test_every_cue_scan_agrees_on_every_example_sentence():
    for path in sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for a, b in split_sentences(text, 0):
            _same_scans(text[a:b])


def test_needle_lead_bounds_the_characters_before_the_needle():
    assert needle_lead(re.compile(r"\b(?:captured|seized)\b")) == 0
    assert needle_lead(re.compile(r"\w{2,5}(?:xyzq)")) == 5
    assert needle_lead(re.compile(r"(?:ab|cde)fghij")) == 3
    assert needle_lead(re.compile(r"\w+ village")) is None  # unbounded: scans begin at 0


def test_pattern_with_lookbehind_before_the_needle_still_sees_the_text_before_it():
    cue = Cue(re.compile(r"(?<!\bthe )\bvillage of (?P<name>[A-Z]\w+)"))
    text = "they took the village of Aramo and a village of Kasab"
    assert [m.group("name") for m in cue.finditer(text)] == ["Kasab"]


_PARTNER_TEXT = st.lists(st.sampled_from(["government ", "troops", " and ", "the ", "SPLA-IO ", "fighters", ",",
                                          "\n", "rebels", " x"]), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PARTNER_TEXT)
def test_partner_scan_is_skipped_only_where_it_finds_nothing(text):
    if not text.endswith(ep._PARTNER_ENDS):
        assert ep._PARTNER.search(text) is None
