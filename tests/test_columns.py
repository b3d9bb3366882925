"""assign_sides: run-together infobox columns are split into sides from generic cues."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract.columns import assign_sides
from warfile.model import FIELD_KEYS, SIDE_KEYS, RawField, Span


def raw(key: str, text: str, side: int | None = None, at: int = 0) -> RawField:
    return RawField(key, text, side, Span(at, at + len(text)))


def by_side(fields, key: str) -> dict[int | None, str]:
    out: dict[int | None, str] = {}
    for f in fields:
        if f.key == key:
            out[f.side] = (out[f.side] + "\n" if f.side in out else "") + f.text
    return out


def test_sided_fields_pass_through_unchanged():
    fields = (raw("name", "Battle of X"), raw("belligerents", "A", 0), raw("belligerents", "B", 1),
              raw("casualties", "10 killed", 1))
    assert assign_sides(fields) == fields


def test_supported_by_block_closes_side_and_becomes_supporters():
    out = assign_sides([raw("belligerents", "Rebel Front\nOther Brigade\n\nSupported by:\n Turkey\nQatar\n\n"
                                            "Lone Militia\nSecond Militia")])
    assert by_side(out, "belligerents") == {0: "Rebel Front\nOther Brigade", 1: "Lone Militia\nSecond Militia"}
    assert by_side(out, "supporters") == {0: "Turkey\nQatar"}


def test_state_name_block_keeps_its_allied_block_on_the_same_side():
    out = assign_sides([raw("belligerents", "Jabhat al-Ansar\n\nSyrian Arab Republic\n\nHezbollah\nNDF")])
    assert by_side(out, "belligerents") == {0: "Jabhat al-Ansar", 1: "Syrian Arab Republic\n\nHezbollah\nNDF"}


def test_state_name_opens_government_side_in_a_single_block():
    out = assign_sides([raw("belligerents", "Liwa al-Haqq\nAhrar ash-Sham\nRepublic of Iraq\nPopular Guard")])
    assert by_side(out, "belligerents") == {0: "Liwa al-Haqq\nAhrar ash-Sham", 1: "Republic of Iraq\nPopular Guard"}


def test_state_name_opens_government_side_in_run_on_entries_and_later_chunks_follow():
    fields = [raw("belligerents", "Jaysh al-Nasr[1]", at=0), raw("belligerents", "Rebel Brigade[2]", at=20),
              raw("belligerents", "Syrian Arab Republic", at=40),
              raw("commanders", "Maj. Gen. Said Ali (Air Force commander)", at=70),
              raw("casualties", "300 killed (SOHR claim)", at=120),
              raw("casualties", "90 killed (state media claim)", at=150)]
    out = assign_sides(fields)
    assert [f.side for f in out] == [0, 0, 1, 1, 1, 1]


def test_run_on_entry_without_cues_stays_with_previous_side():
    fields = [raw("belligerents", "Kataib al-Fajr[1]", at=0), raw("belligerents", "Syrian Arab Republic", at=20),
              raw("commanders", "Omar Said (Army commander)", at=45),
              raw("commanders", "Nadim Haj (deputy)", at=75), raw("strength", "2,000 soldiers", at=100)]
    assert [f.side for f in assign_sides(fields)] == [0, 1, 1, 1, 1]


def test_repeated_claimant_starts_next_side():
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"),
                        raw("casualties", "100 killed (opposition claim)\n\n80 killed (government claim)\n\n"
                                          "60 killed (opposition claim)\n\n40 killed (government claim)")])
    cas = by_side(out, "casualties")
    assert cas[0].startswith("100 killed") and cas[0].endswith("(government claim)") and "60" not in cas[0]
    assert cas[1].startswith("60 killed") and cas[1].endswith("40 killed (government claim)")


def test_civilian_figures_go_to_civilian_casualties():
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"),
                        raw("casualties", "12 killed\n\n7 killed\n\n45 civilians killed\n3 non-combatants wounded")])
    assert [f.text for f in out if f.key == "civilian_casualties"] == ["45 civilians killed", "3 non-combatants wounded"]
    assert all(f.side is None for f in out if f.key == "civilian_casualties")
    assert by_side(out, "casualties") == {0: "12 killed", 1: "7 killed"}


def test_commanders_split_where_roles_agree_with_belligerents_and_cues():
    out = assign_sides([
        raw("belligerents", "Liwa Suqour\nFree Syrian Army\n\nSyrian Arab Republic\n\nCoastal Shield"),
        raw("commanders", "Abu Khalid\n(Liwa Suqour commander)\nSami Rahim\n(FSA spokesman)\nJamil Hassan\n"
                          "(Air Force Intelligence chief)\nAdel Nasr\n(Coastal Shield leader)\nKarim Aziz\n(aide)"),
    ])
    com = by_side(out, "commanders")
    assert com[0].splitlines()[-1] == "(FSA spokesman)"
    assert com[1].startswith("Jamil Hassan") and com[1].endswith("(aide)")


def test_glued_name_role_entries_in_one_line_are_split():
    out = assign_sides([raw("belligerents", "Ahrar Brigade\n\nSyrian Arab Republic"),
                        raw("commanders", "Abu Ali (Ahrar commander)Col. Nabil Saad (Army commander)")])
    assert by_side(out, "commanders") == {0: "Abu Ali (Ahrar commander)", 1: "Col. Nabil Saad (Army commander)"}


def test_unknown_holds_a_column_and_is_dropped():
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"), raw("strength", "Unknown 5,000 soldiers")])
    assert by_side(out, "strength") == {1: "5,000 soldiers"}


def test_second_personnel_figure_starts_next_side_but_equipment_stays():
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"),
                        raw("strength", "1,500 fighters\n5,000 soldiers\n40 tanks")])
    assert by_side(out, "strength") == {0: "1,500 fighters", 1: "5,000 soldiers\n40 tanks"}


def test_number_of_sides_follows_belligerent_columns():
    out = assign_sides([raw("belligerents", "A Front\n\nSyrian Arab Republic\n\nIslamic State"),
                        raw("casualties", "10 killed (SOHR claim)\n20 killed (SOHR claim)\n30 killed (SOHR claim)\n"
                                          "40 killed (SOHR claim)")])
    assert {f.side for f in out if f.key == "casualties"} == {0, 1, 2}  # a fourth claim stays on side 2


def test_pieces_keep_spans_pointing_at_their_words():
    text = "xx\nAl-Qassam Front\n\nSyrian Arab Republic\nPeople's Army\nyy"
    f = RawField("belligerents", text[3:-3], None, Span(3, len(text) - 3))
    for piece in assign_sides([f]):
        assert text[piece.span.start:piece.span.end] == piece.text


def test_lone_value_in_a_column_layout_goes_to_the_first_side():
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"), raw("strength", "700")])
    assert by_side(out, "strength") == {0: "700"}


# ---------------------------------------------------------------- properties

LINES = st.sampled_from([
    "Al-Nusra Front", "Syrian Arab Republic", "Supported by:", " Turkey", "", "Unknown", "(Army commander)",
    "Abu Omar", "(FSA commander)", "300 killed (SOHR claim)", "12 civilians killed", "4,000 fighters",
    "Hezbollah", "[1]", "†", "Lt. Gen. X Y (NDF leader)Z W (rebel)", "\r", "(", ")",
])
FIELDS = st.lists(
    st.builds(lambda key, lines, side, at: raw(key, "\n".join(lines), side, at),
              st.sampled_from(FIELD_KEYS), st.lists(LINES, max_size=8), st.one_of(st.none(), st.integers(0, 3)),
              st.integers(0, 500)),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(FIELDS)
def test_every_per_side_field_gets_a_side_and_no_text_is_invented(fields):
    out = assign_sides(fields)
    assert all(f.side is not None for f in out if f.key in SIDE_KEYS)
    sources = [f.text for f in fields]
    assert all(any(f.text in s for s in sources) for f in out)


@settings(max_examples=50, deadline=None)
@given(FIELDS)
def test_assign_sides_is_idempotent(fields):
    once = assign_sides(fields)
    assert assign_sides(once) == once
