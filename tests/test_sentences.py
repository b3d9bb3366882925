"""Claims about sentences.split_sentences on scraped prose."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_leading_citation_mark_is_not_part_of_the_sentence():
    assert sentences("[52] On 23 March, jets shot down a helicopter.") == [
        "On 23 March, jets shot down a helicopter."]


def test_citation_inside_a_sentence_does_not_split_it():
    text = "The strikes left 12 rebels dead and 30 wounded[51] around the hill of Tell Zahr."
    assert sentences(text) == [text]


def test_citation_after_a_full_stop_ends_the_sentence_and_is_dropped():
    assert sentences("Fighting stalled.[117][118] By 15 April, the front was quiet.") == [
        "Fighting stalled.", "By 15 April, the front was quiet."]


def test_rank_abbreviations_do_not_end_a_sentence():
    text = "According to Col. Afif Haddad and Lt. Gen. Nabil Sarraf, Brig. Gen. Omar led the assault."
    assert sentences(text) == [text]


def test_country_initials_and_numbers_do_not_end_a_sentence():
    text = "The U.S. envoy visited No. 4 camp near the border."
    assert sentences(text) == [text]


def test_quotation_ending_a_sentence_is_kept_with_it():
    assert sentences('He said the town "is lost". The army withdrew.') == [
        'He said the town "is lost".', "The army withdrew."]


def test_line_breaks_separate_list_items_and_headings():
    assert sentences("== Aftermath ==\n- Rebels advanced\n- The army withdrew") == [
        "== Aftermath ==", "- Rebels advanced", "- The army withdrew"]


def test_unit_before_a_capital_ends_the_sentence():
    assert sentences("The front moved 20 km. The army withdrew.") == ["The front moved 20 km.", "The army withdrew."]


def test_offset_shifts_every_span():
    assert split_sentences("Rebels advanced. Troops fled.", offset=100) == [(100, 116), (117, 129)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_lie_inside_the_text_in_order_and_never_raise(text):
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
