"""The infobox stage's shortcuts read exactly what the plain scans read.

Camp cues are tried only where their phrase occurs; a name without "(" is one text piece; a place
is tested against a state name only when it ends with it. Each is compared with the walk it skips.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import columns, infobox, lexicon, names
from warfile.extract import lexicon_sides as lex_sides

_CAMP_WORDS = ["rebels", "Rebel", "government", "Armed Forces", "militia", "Ukraine", "Free", "Syrian",
               "Army", "’", "'", "separatists", "of", "the", "(", ")", "National Guard", "insurgents", "é"]
_camp_text = st.lists(st.sampled_from(_CAMP_WORDS + list(lex_sides.INSURGENT_CUES[:6])
                                      + list(lex_sides.STATE_CUES[:6])), max_size=12).map(" ".join)


def _camp_every_cue(text: str) -> str | None:
    t = text.casefold().replace("’", "'")
    ins = 0
    for _, rx in columns._INSURGENT:
        t, k = rx.subn(" ", t)
        ins += k
    st_ = sum(len(rx.findall(t)) for _, rx in columns._STATE)
    if lex_sides.STATE_NAME.fullmatch(text.strip()):
        st_ += 1
    return lex_sides.STATE if st_ > ins else lex_sides.INSURGENT if ins > st_ else None


@settings(max_examples=200, deadline=None)
@given(_camp_text)
def test_camp_read_from_present_cues_equals_camp_read_from_every_cue(text):
    assert columns._camp(text) == _camp_every_cue(text)


def _pieces_walk(text: str) -> list[tuple[str, str]]:
    out, depth, buf = [], 0, []
    for ch in text:
        if ch == "(":
            if depth == 0:
                out.append(("text", "".join(buf)))
                buf = []
            else:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(("paren", "".join(buf)))
                buf = []
            else:
                buf.append(ch)
        else:
            buf.append(ch)
    out.append(("paren" if depth else "text", "".join(buf)))
    return [(kind, s) for kind, s in out if s.strip() or kind == "paren"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab ()\n)", max_size=20))
def test_pieces_without_parenthesis_equal_the_character_walk(text):
    assert names.parenthesised_pieces(text) == _pieces_walk(text)


def test_place_ending_in_a_state_name_still_splits_before_it():
    assert infobox._split_place("Haik Amhara Region Ethiopia") == ["Haik", "Amhara Region", "Ethiopia"]
    assert infobox._split_place("Juba South Sudan") == ["Juba", "South Sudan"]
    assert infobox._split_place("South Sudan") == ["South Sudan"]
    assert infobox._split_place("Kasab") == ["Kasab"]
    assert "Ethiopia" in lexicon.STATE_NAMES
