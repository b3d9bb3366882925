"""The extraction shortcuts read exactly what the plain regex scans read.

`_ending_subject` starts its search after the last character no noun phrase can hold;
`_actor_spans_before` reuses the whole clause's actor phrases for the part before the verb;
`readers.detect` stops at a decisive score. Each is checked against the scan it replaces.
"""
from __future__ import annotations

from conftest import EXAMPLES, example_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import event_parts as ep
from warfile.readers import DECISIVE, READERS, detect

_PIECES = ["the ", "The ", "Syrian ", "Army ", "rebels ", "troops ", "al-Nusra ", "Front ", "loyal to ",
           "and ", ", ", "; ", "(", ")", "“", "'", "’", "-", "Ukrainian", "captured ", "attacked ",
           "backed by ", "in ", "of ", "12 ", "Brigade", "forces", "pro-", "led ", ". ", "\n", "é", "x"]
_clauses = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _spans_of_cut(text: str, end: int) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in ep._ACTOR.finditer(text[:end]))


@settings(max_examples=300, deadline=None)
@given(_clauses)
def test_ending_subject_finds_what_a_full_search_finds(text):
    full = ep._SUBJECT.search(text)
    short = ep._ending_subject(text)
    assert (full and (full.span(), full.group("np"))) == (short and (short.span(), short.group("np")))


@settings(max_examples=300, deadline=None)
@given(_clauses, st.integers(min_value=0, max_value=200))
def test_actor_phrases_before_a_cut_are_those_of_the_cut_text(text, cut):
    end = min(cut, len(text))
    assert ep._actor_spans_before(text, end) == _spans_of_cut(text, end)


def test_shortcuts_agree_on_every_example_sentence_and_verb_cut():
    sentences = example_sentences()
    assert sentences
    for s in sentences:
        verb = ep._VERB.search(s)
        for end in {len(s), verb.start() if verb else 0}:
            assert ep._actor_spans_before(s, end) == _spans_of_cut(s, end)
        prefix = (s[:verb.start()] if verb else s).rstrip() + " "
        full, short = ep._SUBJECT.search(prefix), ep._ending_subject(prefix)
        assert (full and full.span()) == (short and short.span())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("{}[]|=-#<>/: \naA1.,'\"") + ["{{Infobox", "<p>", "---\n",
                                                                  "Belligerents\n", "| --- |"]),
                max_size=120).map("".join))
def test_no_reader_scores_above_the_decisive_score(text):
    assert all(module.score(text) <= DECISIVE for module in READERS.values())


def test_detect_with_early_stop_picks_the_first_best_reader():
    for path in sorted(EXAMPLES.glob("*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        scores = [(module.score(text), shape) for shape, module in READERS.items()]
        best = max(scores, key=lambda x: x[0])
        assert detect(text) == (best[1], best[0]) or (best[0] == 0.0 and detect(text)[1] == 0.0)
