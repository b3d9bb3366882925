"""A word list written as a prefix tree matches exactly what the plain longest-first alternation matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import lexicon_events as lex
from warfile.extract.alternation import plain_alternation, word_alternation

_word = st.text(alphabet="abAB -'é", min_size=1, max_size=5)
_text = st.text(alphabet="abAB -'éx,", max_size=30)
# what follows the alternation decides which of several matching words is kept
_AFTERS = ["", r"\b", r"(?![\w-])", "b", r" \w+", "(?:a|b)?x"]


def _matches(source: str, text: str, flags: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in re.finditer(source, text, flags)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_word, min_size=1, max_size=8), _text, st.sampled_from(_AFTERS), st.booleans())
def test_tree_alternation_matches_like_the_plain_one(words, text, after, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    plain, tree = plain_alternation(words), word_alternation(words)
    assert _matches(f"(?:{tree}){after}", text, flags) == _matches(f"(?:{plain}){after}", text, flags)


def test_a_tree_shares_the_prefixes_of_its_words():
    assert word_alternation(["captured", "capture", "cap", "took"]) == "(?:cap(?:ture(?:d)?)?|took)"


def test_words_differing_only_in_case_keep_the_plain_form():
    assert word_alternation(["Army", "army units"]) == plain_alternation(["Army", "army units"])


def test_non_ascii_and_empty_words_keep_the_plain_form():
    assert word_alternation(["é", "ée"]) == plain_alternation(["é", "ée"])
    assert word_alternation(["", "a"]) == plain_alternation(["", "a"])


def test_lexicon_words_match_alike_in_both_forms():
    text = " ".join(lex.FORCE_NOUNS + lex.ACTOR_MODIFIERS + lex.GENERIC_ACTORS).upper() + " " + \
        " ".join(lex.PLACE_OBJECT_VERBS + lex.PLACE_DIRECTIONS + tuple(lex.MONTHS))
    for words in (lex.FORCE_NOUNS, lex.ACTOR_MODIFIERS, lex.GENERIC_ACTORS, lex.PLACE_OBJECT_VERBS, tuple(lex.MONTHS)):
        for flags in (0, re.IGNORECASE):
            assert _matches(rf"\b(?:{word_alternation(words)})\b", text, flags) == \
                _matches(rf"\b(?:{plain_alternation(words)})\b", text, flags)
