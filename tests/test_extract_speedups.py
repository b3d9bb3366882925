"""The fourth round of extraction shortcuts reads exactly what the plain scans read.

Each shortcut (a bounded search start, a scan skipped when a character it needs is absent, the
needle test inlined in ``Cue``) is checked against the call it replaces, on generated clauses
and on every sentence of the examples.
"""
from __future__ import annotations

import re

from conftest import example_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import event_parts as ep
from warfile.extract import sentences as sn
from warfile.extract import timeline as tl
from warfile.extract.needles import AnyCue, Cue, StartCue, fold, max_width

_PIECES = ["the ", "The ", "had ", "12th ", "21st", "between 1", "from 30 ", " to 2", "3 and 4 ", "9 – 1", "also ", "reportedly ", "said that they have ", "managed to ", "to ",
           "Syrian ", "Army ", "rebels ", "between ", "from ", "4", "12", "th", " and ", " to ", "–", "-",
           "March", "May ", "2014", "(", ")", "[3]", "[a]", "|", "](", "  ", "\n", "\t", " ", ", ", "é",
           "İ", "x", "=", "#", "{{", "<", "- key: ", "https:", "August ", "31 ", "September ", " 1", "between September 30th, 2014", " and October 2"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


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
    assert sn.is_markup(text) == _markup_by_full_search(text)


def _markup_by_full_search(text: str) -> bool:
    """is_markup's definition: the full pattern searched on the text with markdown links read as words."""
    if "](" in text:
        text = sn._MD_IMAGE.sub("", text)
        if len(sn._MD_LINK.sub("", text).split()) < 3:
            return True
        text = sn._MD_LINK.sub(r"\1", text)
    return bool(sn._MARKUP.search(text)) or len(text.split()) < 3


def test_a_sentence_with_markdown_links_is_prose_and_a_line_of_links_is_markup():
    assert not sn.is_markup("On the evening of 30 May the [Grand Fleet](https://en.wikipedia.org/wiki/Grand_Fleet) "
                            "sailed from [Scapa Flow](https://en.wikipedia.org/wiki/Scapa_Flow).")
    assert sn.is_markup("[Order of battle](https://example.org/Order_of_battle)")
    assert sn.is_markup("![Map of the battle](https://example.org/map.png)")


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_citations_stripped_only_with_a_bracket_equals_the_full_substitution(text):
    expected = sn._SPACES.sub(" ", sn.unemphasised(sn._INLINE_CITATION.sub("", sn.unlinked(text)))).strip()
    assert sn.strip_citations(text) == expected


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_day_ranges_scanned_from_their_cores_are_all_day_ranges(text):
    """The cheap scans for a range's core find every range the three patterns find from the start."""
    found = [(m.start(), m.end()) for m in tl._DAY_RANGE.finditer(text)]
    found += [(m.start(), m.end()) for m in tl._DAY_RANGE_US.finditer(text) if tl.lex.MONTHS.get(m["month"].lower())]
    found += [(m.start(), m.end()) for m in tl._DAY_RANGE_ACROSS.finditer(text)
              if tl.lex.MONTHS.get((m["m1"] or m["m1us"]).lower()) and tl.lex.MONTHS.get((m["month"] or m["month_us"]).lower())]
    found.sort()
    kept = [r for i, r in enumerate(found) if not i or r[0] >= found[i - 1][1]]
    assert [r[:2] for r in tl._day_ranges(text)] == kept


def test_every_day_range_holds_its_core_within_the_lead():
    text = "between 12th and 14 March, from 3 to 5 May 2014, 21–23 June, 1 - 2 July"
    ranges = list(tl._DAY_RANGE.finditer(text))
    assert len(ranges) == 4
    for m in ranges:
        core = tl._DAY_RANGE_CORE.search(text, m.start())
        assert core is not None and core.start() - m.start() <= tl.lex.DAY_RANGE_LEAD


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
    sentences = example_sentences()
    assert sentences
    for s in sentences:
        assert sn.is_markup(s) == _markup_by_full_search(s)
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


_ACTOR_PIECES = ["the ", "Syrian ", "Army ", "rebels ", "troops ", "al-Nusra ", "Front ", "loyal to ", "and ",
                 ", ", "; ", "(", ")", "“", "'", "’", "-", "pro-", "government ", "forces", "Free ", "12 ",
                 "Brigade", "later, ", "Two days ", ": ", ".", "\n", "é", "backed by "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ACTOR_PIECES), max_size=16).map("".join))
def test_actor_phrases_found_after_the_last_stop_character_are_all_phrases(text):
    assert [m.span() for m in ep._actor_matches(text)] == [m.span() for m in ep._ACTOR.finditer(text)]


def test_actor_phrases_of_every_example_sentence_are_all_phrases():
    for s in example_sentences():
        assert [m.span() for m in ep._actor_matches(s)] == [m.span() for m in ep._ACTOR.finditer(s)]


_CUE_PIECES = ["attacked ", "counter-attack ", "launched ", "the ", "fighting ", "broke out ", "clashes ", "began ",
               "offensive ", "of ", "Aleppo ", "said ", "stated ", "announced that ", "pushed back ", "cut off ",
               "reached ", "raid ", "x", ", ", "Attack", "ſ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=14).map("".join))
def test_a_split_alternation_finds_the_matches_of_the_whole_one(text):
    from warfile.extract import lexicon_events as lex
    for _kind, patterns in lex.WEAK_CUES:
        cue = AnyCue(patterns, re.IGNORECASE)
        plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        assert [(m.span(), m.groups()) for m in cue.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        found, expected = cue.search(text), plain.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_overlapping_alternatives_match_as_the_whole_alternation():
    cue = AnyCue([r"b\w+", r"ab", r"\bab\w*"])  # the first alternative that matches at a place wins
    assert [m.group(0) for m in cue.finditer("abc xbcd abab")] == [m.group(0) for m in cue.rx.finditer("abc xbcd abab")]


def test_a_list_with_an_empty_alternative_is_scanned_whole():
    cue = AnyCue([r"a*", r"b"])
    assert cue._parts is None
    assert [m.span() for m in cue.finditer("bab")] == [m.span() for m in cue.rx.finditer("bab")]


_CASUALTY_PIECES = ["At least ", "at least ", "12 ", "1,200", "–", "3", "Dozens of ", "dozens ", "five ", "FIVE ",
                    "soldiers ", "civilians ", "people ", "were ", "killed", "wounded", " and ", "killing ",
                    "captured ", "left ", "x", "-", "(", ")", ", including ", "ſ", "é", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CASUALTY_PIECES), max_size=14).map("".join))
def test_casualty_scans_from_amount_starts_find_every_match(text):
    for cue in (ep._VICTIMS_THEN_VERB, ep._VERB_THEN_VICTIMS):
        assert [(m.span(), m.groups()) for m in cue.finditer(text)] == \
            [(m.span(), m.groups()) for m in cue.rx.finditer(text)]
        found, plain = cue.search(text), cue.rx.search(text)
        assert (found and found.span()) == (plain and plain.span())


def test_a_start_cue_that_could_match_nothing_scans_whole():
    cue = StartCue(re.compile(r"a*"), r"a")
    assert [m.span() for m in cue.finditer("bab")] == [m.span() for m in cue.rx.finditer("bab")]


def test_html2text_citation_links_end_sentences_and_are_stripped():
    from warfile.readers._text import unlinked
    text = (r"Putin signed an agreement ending the war.[\[15\]](#cite_note-15) In the early hours of 10 November, "
            r'protesters stormed the [parliament](https://example.org/P "P").[[3]](#cite_note-3) Next one.')
    spans = [text[a:b] for a, b in sn.split_sentences(text)]
    assert spans[0] == "Putin signed an agreement ending the war." and spans[2] == "Next one."
    assert sn.strip_citations(spans[1]) == "In the early hours of 10 November, protesters stormed the parliament."
    assert unlinked(r"the war.[\[15\]](#cite_note-15)") == "the war.[15]"
