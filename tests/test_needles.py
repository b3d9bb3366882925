"""The speed-ups in extraction change no result: each prefilter only skips work that finds nothing."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import dates, event_parts, sentences, timeline
from warfile.extract.needles import _CASE_FOLDS, Cue, fold, needles

# Fragments in the style of the articles, mixed in case, with IGNORECASE look-alikes (the long s,
# the Kelvin sign, dotted and dotless i) and dates in every written form.
_WORDS = ["On", "4", "August", "2013", "mid-June", "early", "March", "21st", "of", "May", "may", "the",
          "rebels", "Captured", "seized", "KILLED", "executed", "ſeized", "\u212Aurdish", "Kİlled", "kılled",
          "troops", "shelled", "Syrian Army", "said", "according to", "2014-03-21", "summer", "Mar",
          "3", "days", "later", "the next day", "village of", "Aramo", "near", "Idlib", ",", ".", "–",
          "Lt.", "Gen.", "U.S.", "\n", "civilians", "were", "denied", "Sept.", "1", "end of", "winter"]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join)


def _find_dates_everywhere(text: str) -> list[dates.DateMention]:
    """The reference: every form tried at every position."""
    found, pos = [], 0
    while pos < len(text):
        best = None
        for form in dates._FORMS:
            m = form.match(text, pos)
            if m is not None and (mention := dates._mention(m)) is not None:
                best = mention
                break
        if best is not None and (pos == 0 or not dates._BOUNDARY_BEFORE.match(text[pos - 1])
                                 or text[pos - 1] == "-" and best.month is not None):
            found.append(best)
            pos = best.end
        else:
            pos += 1
    return found


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_find_dates_equals_trying_every_form_at_every_position(text):
    assert dates.find_dates(text) == _find_dates_everywhere(text)


def test_find_dates_reads_dates_after_a_character_that_lengthens_in_lower_case():
    assert [(d.year, d.month, d.day) for d in dates.find_dates("İ On 4 August 2013 and mid-June")] == [
        (2013, 8, 4), (None, 6, None)]


def _all_cues() -> list[Cue]:
    cues = [v for m in (timeline, event_parts) for v in vars(m).values() if isinstance(v, Cue)]
    cues += [c for _, c in timeline._STRONG + timeline._WEAK] + list(timeline._FORWARD)
    return cues


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_a_cue_ruled_out_by_its_needles_never_matches(text):
    folded = fold(text)
    for cue in _all_cues():
        if not cue.possible(folded):
            assert cue.rx.search(text) is None, (cue.rx.pattern, text)


def test_needles_are_words_every_alternative_contains():
    assert needles(re.compile(r"\b(?:captur(?:ed|e)|seized)\b", re.I)) == {"capture", "seized"}
    assert needles(re.compile(r"\bshell(?:ed|ing)?\b|\w+y")) is None  # an alternative with no word


def test_case_folds_list_every_non_ascii_letter_ignorecase_matches_to_ascii():
    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {ord(m.group()) for m in re.finditer("[a-z]", every, re.I)}
    assert found == set(_CASE_FOLDS)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_abbreviation_check_reads_the_same_word_as_a_search_from_the_start(text):
    for m in re.finditer(r"\.", text):
        word = sentences._WORD_BEFORE.search(text, 0, m.start())
        expected = bool(word) and (word.group(1).lower().rstrip(".") in sentences.ABBREVIATIONS
                                   or word.group(1).lower() in sentences.ABBREVIATIONS
                                   or bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1))))
        assert sentences._is_abbreviation(text, m.start()) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_cue_set_tells_each_cue_its_own_needles_would(text):
    """One scan for every needle of the strong cues sets exactly the bits of the cues whose
    needles occur (overlapping needles and needles that begin others included)."""
    cues = [cue for _, cue in timeline._STRONG]
    folded = fold(text)
    found = timeline._STRONG_SET.possible(folded)
    assert [bool(found >> i & 1) for i in range(len(cues))] == [cue.possible(folded) for cue in cues]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_relative_and_day_range_gates_skip_only_sentences_without_them(text):
    folded = fold(text)
    if timeline._RELATIVE_WORDS.search(folded) is None:
        for cue in (*timeline._FORWARD, timeline._SAME_DAY, timeline._BACKWARD, timeline._BEFORE_START,
                    timeline._DAY_OF_OPERATION, timeline._DAY_OF_MONTH):
            assert next(iter(cue.rx.finditer(text)), None) is None
    if timeline._TWO_NUMBERS.search(text) is None:
        for rx in (timeline._DAY_RANGE, timeline._DAY_RANGE_US, timeline._DAY_RANGE_ACROSS):
            assert rx.search(text) is None
