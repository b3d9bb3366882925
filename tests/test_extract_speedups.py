"""The fourth round of extraction shortcuts reads exactly what the plain scans read.

Each shortcut (a bounded search start, a scan skipped when a character it needs is absent, the
needle test inlined in ``Cue``) is checked against the call it replaces, on generated clauses
and on every sentence of the examples.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import event_parts as ep
from warfile.extract import sentences as sn
from warfile.extract import timeline as tl
from warfile.extract.needles import Cue, fold, max_width
from warfile.extract.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

_PIECES = ["the ", "The ", "had ", "also ", "reportedly ", "said that they have ", "managed to ", "to ",
           "Syrian ", "Army ", "rebels ", "between ", "from ", "4", "12", "th", " and ", " to ", "–", "-",
           "March", "May ", "2014", "(", ")", "[3]", "[a]", "|", "](", "  ", "\n", "\t", " ", ", ", "é",
           "İ", "x", "=", "#", "{{", "<", "- key: ", "https:"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _example_sentences() -> list[str]:
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [text[a:b] for a, b in split_sentences(text, 0)]
    return out


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_filler_removal_from_the_end_equals_the_full_substitution(text):
    text = text.rstrip()
    assert ep._without_filler(text) == ep._FILLER.sub(" ", text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_markup_test_without_pipes_equals_the_full_search(text):
    assert sn.is_markup(text) == (bool(sn._MARKUP.search(text)) or len(text.split()) < 3)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_citations_stripped_only_with_a_bracket_equals_the_full_substitution(text):
    assert sn.strip_citations(text) == sn._SPACES.sub(" ", sn._INLINE_CITATION.sub("", text)).strip()


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_day_ranges_scanned_from_the_first_digit_are_all_day_ranges(text):
    assert _spans(tl._day_ranges(text)) == _spans(tl._DAY_RANGE.finditer(text))


def test_day_range_lead_covers_every_opening_of_the_pattern():
    # the words a range may open with before its first digit, read from the pattern itself
    opening = re.match(r"\\b\(\?:(.*?)\)\?", tl._DAY_RANGE.pattern)
    assert opening is not None
    assert tl._DAY_RANGE_LEAD >= max(len(w) for w in opening.group(1).split("|"))


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_cue_search_and_finditer_equal_the_plain_regex(text):
    folded = fold(text)
    for cue in (tl._SAME_DAY, tl._DENIAL, ep._VERB, ep._PLACE_OBJECT, ep._AGENT, *[c for _, c in tl._STRONG]):
        assert _spans(cue.finditer(text, folded)) == _spans(cue.rx.finditer(text))
        found, plain = cue.search(text), cue.rx.search(text)
        assert (found and found.span()) == (plain and plain.span())


def test_an_empty_cue_scan_can_be_read_twice():
    cue = Cue(re.compile(r"\bseized\b"))
    assert list(cue.finditer("nothing here")) == [] and list(cue.finditer("nor here")) == []
    assert _spans(cue.finditer("they seized it")) == [(5, 11)]


def test_max_width_is_none_for_unbounded_patterns():
    assert max_width(r"a{2,3}b") == 4
    assert max_width(r"a+") is None
    assert max_width(r"(") is None


def test_shortcuts_agree_on_every_example_sentence():
    sentences = _example_sentences()
    assert sentences
    for s in sentences:
        assert sn.is_markup(s) == (bool(sn._MARKUP.search(s)) or len(s.split()) < 3)
        assert ep._without_filler(s.rstrip()) == ep._FILLER.sub(" ", s.rstrip())
        for cue in (tl._SAME_DAY, ep._VERB, *[c for _, c in tl._STRONG]):
            assert _spans(cue.finditer(s, fold(s))) == _spans(cue.rx.finditer(s))


def _dates_with_plain_candidates(text: str):
    from warfile.extract import dates
    kept = dates._CANDIDATE_ASCII
    dates._CANDIDATE_ASCII = dates._CANDIDATE_FOLDED  # every candidate tried, as before the shortcut
    try:
        return dates.find_dates(text)
    finally:
        dates._CANDIDATE_ASCII = kept


_DATE_PIECES = ["4 ", "21st ", "March ", "may ", "dismayed ", "amid ", "mid-", "early ", "2014", "-", "T-72 ",
                "summer ", "Jan", "uary", "x", " ", ", ", "of ", "end of ", "1", "9", "late", "relate"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
def test_dates_found_passing_mid_word_places_are_all_dates(text):
    from warfile.extract.dates import find_dates
    assert find_dates(text) == _dates_with_plain_candidates(text)
