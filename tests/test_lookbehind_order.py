"""Patterns rewritten with their word-start test before their look-behinds match exactly as the
original order: zero-width tests at one position commute."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import lexicon_events as lex
from warfile.extract.needles import Cue, _lead_worth_using

_WORDS = ["the", "a", "an", "its", "their", "captured", "capture", "kidnapped", "kidnapping", "counter",
          "counter-attacked", "attacked", "attacks", "Captured", "The", "rebels", "town", ",", "-", "  "]
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join) | st.text(alphabet="aceditnprkhu -,", max_size=40)

_OLD_NOT_ADJECTIVE = r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )\b"


def _spans(rx, text):
    return [(m.span(), m.group()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_not_adjective_stem_matches_as_lookbehinds_first(text):
    for stem, rest in (("captur", r"(?:ed|e)\b"), ("kidnapp", r"(?:ed|ing)\b")):
        old = re.compile(_OLD_NOT_ADJECTIVE + stem + rest, re.I)
        new = re.compile(lex._not_adjective(stem) + rest, re.I)
        assert _spans(old, text) == _spans(new, text)


def test_participle_after_article_is_still_no_capture():
    rx = re.compile(lex._not_adjective("captur") + r"(?:ed|e)\b", re.I)
    assert rx.search("a captured pilot") is None
    assert rx.search("rebels captured the town").group() == "captured"


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_attack_cue_with_word_start_first_matches_as_before(text):
    old = re.compile(r"(?<!counter-)(?<!counter)\battack(?:ed|s)?\b", re.I)
    new = re.compile(r"\b(?<!counter-)(?<!counter)attack(?:ed|s)?\b", re.I)
    assert _spans(old, text) == _spans(new, text)


def test_lookbehind_after_word_boundary_still_scans_from_the_first_needle():
    assert _lead_worth_using(re.compile(r"\b(?<!\bthe )(?:seized|took)\b"))
    assert not _lead_worth_using(re.compile(r"\b(?:seized|took)\b"))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_cue_with_lead_after_word_boundary_finds_every_match(text):
    rx = re.compile(r"\b(?<!\bthe )(?<!\ba )(?:captured|attacked)\b", re.I)
    assert [m.span() for m in Cue(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


_BOUNDED = st.tuples(_TEXTS, st.integers(0, 60), st.integers(0, 60))


@settings(max_examples=300, deadline=None)
@given(_BOUNDED)
def test_search_in_bounds_finds_what_the_bounded_regex_finds(case):
    from warfile.extract.needles import fold
    text, start, end = case
    for rx in (re.compile(r"\b(?:captured|attacked)\b", re.I), re.compile(r"\battack(?:ed|s)? $", re.I)):
        got = Cue(rx).search_in(text, fold(text), start, end)
        want = rx.search(text, start, end)
        assert (got and got.span()) == (want and want.span())


def test_search_in_skips_a_needle_outside_the_bounds():
    rx = re.compile(r"\burged\b", re.I)
    assert Cue(rx).search_in("they urged calm", "they urged calm", 0, 8) is None
    assert Cue(rx).search_in("they urged calm", "they urged calm", 0, 10).group() == "urged"


_DAY_WORDS = ["on", "On", "by", "BY", "the", "The", "25th", "3rd", "1st", "31st", "4", "th", "onthe", ",", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DAY_WORDS), max_size=10).map(" ".join))
def test_day_of_month_start_scan_finds_every_match(text):
    from warfile.extract import timeline
    from warfile.extract.needles import fold
    rx = re.compile(lex.DAY_OF_MONTH, re.I)
    assert [m.span() for m in timeline._DAY_OF_MONTH.finditer(text, fold(text))] == \
        [m.span() for m in rx.finditer(text)]


_SENTENCE_PIECES = ["a", "B", ".", "..", "!", "?", '"', "”", ")", "]", " ", "  ", "\t", "\n", " \t ", "é", "x."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join))
def test_sentence_patterns_opening_with_a_class_match_as_the_repeat_forms(text):
    from warfile.extract import sentences
    old_terminal, old_spaces = re.compile(r"[.!?]+[\"'”’)\]]*"), re.compile(r"\s{2,}")
    assert [m.span() for m in sentences._TERMINAL.finditer(text)] == [m.span() for m in old_terminal.finditer(text)]
    assert sentences._SPACES.sub(" ", text) == old_spaces.sub(" ", text)


_RELATIVE_PIECES = ["Three", "three", "3", "12", "a", "An", "day", "days", "Week", "weeks", "later", "after", "that",
                    "the", "assault", ",", "x", "1234", "DAYS", "LATER"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RELATIVE_PIECES), max_size=10).map(" ".join))
def test_counted_relative_date_scan_from_its_openings_finds_every_match(text):
    from warfile.extract import timeline
    from warfile.extract.needles import fold
    rx = re.compile(lex.RELATIVE_FORWARD[0], re.I)
    assert [(m.span(), m.groupdict()) for m in timeline._FORWARD[0].finditer(text, fold(text))] == \
        [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["had", "Has", "have", "been", "quickly", "taken", " ", "x"]), max_size=8).map(" ".join),
       st.integers(0, 40))
def test_pluperfect_window_search_finds_what_the_regex_finds(text, back):
    from warfile.extract import timeline
    from warfile.extract.needles import fold
    end = len(text)
    got = timeline._PLUPERFECT.search_in(text, fold(text), max(0, end - back), end)
    want = timeline._PLUPERFECT.rx.search(text, max(0, end - back), end)
    assert (got and got.span()) == (want and want.span())


# ---------------------------------------------------------------- case-sensitive twins

def _all_cues():
    import gc

    from warfile.extract import event_parts, timeline  # noqa: F401 - their cues are the ones checked
    return [o for o in gc.get_objects() if isinstance(o, Cue) and o._twin is not None]


_CASE_PIECES = ["The ", "the ", "THE ", "captured ", "Captured ", "CAPTURED ", "seized", "took ", "Took ", "over",
                "three ", "Three ", "days ", "DAYS ", "later", "killed ", "Killed", "civilians", "rebels ", "Army ",
                "troops ", "by ", "BY ", "shelled ", "SHELLED", "said ", "according to ", "Reuters", ", ", ".", "-",
                "12 ", "1,200 ", "at least ", "At Least ", "were ", "wounded", "air strike ", "AIRSTRIKE ", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CASE_PIECES), max_size=14).map("".join))
def test_every_twinned_cue_finds_the_matches_of_its_pattern_in_ascii_text(text):
    from warfile.extract.needles import fold
    folded = fold(text)
    for cue in _all_cues():
        assert [(m.span(), m.groups()) for m in cue.finditer(text, folded)] == \
            [(m.span(), m.groups()) for m in cue.rx.finditer(text)], cue.rx.pattern
        found, want = cue.search(text, folded), cue.rx.search(text)
        assert (found and (found.span(), found.groups())) == (want and (want.span(), want.groups()))


def test_patterns_where_case_matters_get_no_twin():
    from warfile.extract.needles import folded_twin
    assert folded_twin(re.compile(r"\bentered (?-i:[A-Z])", re.I)) is None  # a case-sensitive part
    assert folded_twin(re.compile(r"\bGrad\b", re.I)) is None  # an upper-case literal
    assert folded_twin(re.compile(r"[A-Z]\w+ forces", re.I)) is None  # an upper-case range
    assert folded_twin(re.compile(r"\bſ", re.I)) is None  # folds to an ASCII letter
    assert folded_twin(re.compile(r"(\w+) \1", re.I)) is None  # a back-reference compares ignoring case
    assert folded_twin(re.compile(r"a*", re.I)) is None  # may match empty
    assert folded_twin(re.compile(r"\bcaptured\b")) is None  # already case-sensitive
    assert folded_twin(re.compile(r"\bcaptur(?:ed|e)\b", re.I)) is not None


def test_a_twinned_cue_scans_non_ascii_text_with_its_own_pattern():
    cue = Cue(re.compile(r"\bsaid\b", re.I))
    assert cue._twin is not None
    text = "Officials SAİD nothing; Reuters Said so"  # "İ" matches "i" ignoring case; its lower case is longer
    assert cue.search(text).group() == cue.rx.search(text).group() == "SAİD"
