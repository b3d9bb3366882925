"""Claims about sentences.split_sentences on scraped prose."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract.sentences import is_markup, split_sentences


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


def test_a_linked_citation_whose_address_holds_a_parenthesis_ends_a_sentence():
    # Jina Reader writes Wikipedia's marks as links to "…/Operation_Phoenix_(2008)#cite_note-7"
    text = ("On 2 March, Correa recalled the ambassador in Quito.[[7]](https://en.wikipedia.org/wiki/"
            "Operation_Phoenix_(2008)#cite_note-elcomercio-7) Ecuadorian soldiers reached the camp the same day.")
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "On 2 March, Correa recalled the ambassador in Quito.", "Ecuadorian soldiers reached the camp the same day."]
    assert not is_markup(text[spans[0][0]:spans[0][1]])


@pytest.mark.parametrize("text", [
    '5. ^ "Ecuador says Colombian jets entered its airspace". Reuters. 4 March 2008.',
    '5.   **[^](https://en.wikipedia.org/wiki/X#cite_ref-5)** "Ecuador says jets entered its airspace". Reuters.',
    "^ a b Smith, John (2004). The Battle of X. London: Osprey.",
    "Page generated 2024-02-18 09:31 UTC.",  # a page's footer
    "This page was last edited on 3 March 2024, at 10:12.",
    "Last synced: 2 August 2019.",  # a mirror's footer
])
def test_a_reference_lists_entry_is_no_prose(text):
    assert is_markup(text)


def test_prose_with_a_linked_citation_mark_is_prose():
    assert not is_markup("Ecuador broke off relations with Colombia on 3 March.[[9]](https://en.wikipedia.org/wiki/"
                         "Operation_Phoenix_(2008)#cite_note-9) The same day, the police said files were found.")
