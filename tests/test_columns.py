"""assign_sides: run-together infobox columns are split into sides from generic cues."""
from __future__ import annotations

import pytest
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


def test_a_civilians_row_below_the_columns_does_not_hide_the_column_layout():
    # one block per column, the same claimant in both entries of the first: the blocks decide,
    # and the civilians' block under both columns counts as no column
    out = assign_sides([raw("belligerents", "A Front\n\nB Army"),
                        raw("casualties", "300 killed (A claim)\n12 tanks destroyed (A claim)\n\n"
                                          "90 killed (B claim)\n40 captured\n\nAt least 8 civilians killed")])
    assert by_side(out, "casualties") == {0: "300 killed (A claim)\n12 tanks destroyed (A claim)",
                                          1: "90 killed (B claim)\n40 captured"}
    assert [f.text for f in out if f.key == "civilian_casualties"] == ["At least 8 civilians killed"]


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


# ---------------------------------------------------------------- cues beyond the Syrian seeds
# One row per generic cue: (case id, fields, key, expected text per side).

GENERIC_CUES = [
    ("two_lone_state_blocks_are_two_columns",
     [raw("belligerents", "Russia\n\nUkraine")], "belligerents", {0: "Russia", 1: "Ukraine"}),
    ("state_block_after_lone_state_is_a_column_not_its_allies",
     [raw("belligerents", "Azerbaijan\n\nArtsakh\nArmenia")], "belligerents",
     {0: "Azerbaijan", 1: "Artsakh\nArmenia"}),
    ("state_after_group_of_no_camp_in_one_block_stays_on_its_side",
     [raw("belligerents", "Mountain Guard\nArmenia\n\nAzerbaijan")], "belligerents",
     {0: "Mountain Guard\nArmenia", 1: "Azerbaijan"}),
    ("government_of_opens_a_column_in_a_run_on",
     [raw("belligerents", "Libyan National Army[1]", at=0), raw("belligerents", "Tareq Brigade[2]", at=30),
      raw("belligerents", "Government of National Accord[3]", at=60)], "belligerents",
     {0: "Libyan National Army[1]\nTareq Brigade[2]", 1: "Government of National Accord[3]"}),
    ("demonym_in_a_role_names_the_state_side",
     [raw("belligerents", "Russia\n\nUkraine"),
      raw("commanders", "Gen. Ivan Petrov\n(Russian group commander)\nGen. Taras Bondar\n"
                        "(Ukrainian corps commander)\nCol. Ivan Lysak\n(Ministry liaison)")], "commanders",
     {0: "Gen. Ivan Petrov\n(Russian group commander)",
      1: "Gen. Taras Bondar\n(Ukrainian corps commander)\nCol. Ivan Lysak\n(Ministry liaison)"}),
    ("commanders_without_cues_split_evenly_over_the_columns",
     [raw("belligerents", "Azerbaijan\n\nArtsakh\nArmenia"),
      raw("commanders", "Col. A B\n(Staff chief)\nC D\n(deputy)\nLt. Col. E F\n(battalion)\nG H")],
     "commanders", {0: "Col. A B\n(Staff chief)\nC D\n(deputy)", 1: "Lt. Col. E F\n(battalion)\nG H"}),
    ("uncued_tail_after_the_last_cued_commander_fills_the_empty_column",
     [raw("belligerents", "Donetsk People's Republic\n\nSupported by:\n Russia\n\nUkraine"),
      raw("commanders", "Ivan Orlov\n(DPR head)\nPavel Gubar\nMaj. Gen. Petro Kovalenko\n(Chief of the General Staff)\n"
                        "Col. Oleh Shevchenko †\n(Brigade commander)")], "commanders",
     {0: "Ivan Orlov\n(DPR head)\nPavel Gubar",
      1: "Maj. Gen. Petro Kovalenko\n(Chief of the General Staff)\nCol. Oleh Shevchenko †\n(Brigade commander)"}),
    ("a_second_killed_tally_opens_the_next_column_when_no_claimant_repeats",
     [raw("belligerents", "Azerbaijan\n\nArmenia"),
      raw("casualties", "300+ killed (Armenian claim)\n\n4 helicopters shot down\n\n"
                        "c. 1,000 killed (Azerbaijani claim)\n\n2,345 captured")], "casualties",
     {0: "300+ killed (Armenian claim)\n\n4 helicopters shot down",
      1: "c. 1,000 killed (Azerbaijani claim)\n\n2,345 captured"}),
    ("run_on_casualties_split_by_tally_once_strength_held_both_columns",
     [raw("belligerents", "Tareq Brigade[1]", at=0), raw("belligerents", "Republic of Ardia", at=20),
      raw("strength", "1,200 fighters[7]", at=40), raw("strength", "2,000 troops[8]", at=60),
      raw("casualties", "140 killed (GNA claim)[9]", at=80), raw("casualties", "60 killed (per LNA)[10]", at=110)],
     "casualties", {0: "140 killed (GNA claim)[9]", 1: "60 killed (per LNA)[10]"}),
    ("a_second_counted_plural_opens_the_next_column_in_a_run_on",
     [raw("belligerents", "Tamil Sea Cadres[1]", at=0), raw("belligerents", "Republic of Maldives", at=25),
      raw("strength", "800 cadres[2]", at=50), raw("strength", "3,000 sailors[3]", at=65),
      raw("strength", "12 boats[4]", at=85)],
     "strength", {0: "800 cadres[2]", 1: "3,000 sailors[3]\n12 boats[4]"}),
    ("uncued_commander_after_a_cued_first_column_fills_the_second_in_a_run_on",
     [raw("belligerents", "Chinese People's Volunteers[1]", at=0), raw("belligerents", "Republic of Korea", at=35),
      raw("commanders", "Marshal Lin Bao (Commander of the Volunteers)[2]", at=55),
      raw("commanders", "General Kim Sung-ho (II Corps commander)[3]", at=105)],
     "commanders", {0: "Marshal Lin Bao (Commander of the Volunteers)[2]",
                    1: "General Kim Sung-ho (II Corps commander)[3]"}),
]


@pytest.mark.parametrize("fields,key,expected", [c[1:] for c in GENERIC_CUES], ids=[c[0] for c in GENERIC_CUES])
def test_generic_cue_decides_the_column(fields, key, expected):
    assert by_side(assign_sides(fields), key) == expected


def test_run_on_tallies_stay_together_when_no_row_held_two_columns():
    fields = [raw("belligerents", "Kataib al-Fajr[1]", at=0), raw("belligerents", "Syrian Arab Republic", at=20),
              raw("casualties", "300 killed (SOHR claim)", at=45), raw("casualties", "90 killed (state claim)", at=75)]
    assert [f.side for f in assign_sides(fields)] == [0, 1, 1, 1]


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


def test_tab_separated_cells_of_a_copied_table_row_are_the_columns():
    out = assign_sides([raw("belligerents", "Kurdistan Region\nPeshmerga\tIslamic State"),
                        raw("commanders", "Sirwan Barzani\tAbu Omar al-Shishani", at=60),
                        raw("strength", "1,200 fighters\t4,000 militants", at=100),
                        raw("casualties", "\t200 killed (Peshmerga claim)", at=140)])
    assert by_side(out, "belligerents") == {0: "Kurdistan Region\nPeshmerga", 1: "Islamic State"}
    assert by_side(out, "commanders") == {0: "Sirwan Barzani", 1: "Abu Omar al-Shishani"}
    assert by_side(out, "strength") == {0: "1,200 fighters", 1: "4,000 militants"}
    assert by_side(out, "casualties") == {1: "200 killed (Peshmerga claim)"}  # an empty first cell gives nothing
    cas = next(f for f in out if f.key == "casualties")
    assert cas.span == Span(141, 141 + len("200 killed (Peshmerga claim)"))


def test_a_tab_used_as_indentation_does_not_make_columns():
    out = assign_sides([raw("belligerents", "\tRebel Front\n\tOther Brigade\n\n\tSyrian Arab Republic")])
    assert by_side(out, "belligerents") == {0: "Rebel Front\n\tOther Brigade", 1: "Syrian Arab Republic"}


def test_a_lone_states_allied_block_may_end_with_another_state():
    out = assign_sides([raw("belligerents", "Syrian Arab Republic\n\nal-Quds Brigades\nHezbollah\nRussia\n\n"
                                            "Islamic State of Iraq and the Levant\nJund al-Aqsa")])
    assert by_side(out, "belligerents") == {0: "Syrian Arab Republic\n\nal-Quds Brigades\nHezbollah\nRussia",
                                            1: "Islamic State of Iraq and the Levant\nJund al-Aqsa"}
    # a block that opens with a state (or a name of no armed group) before another state is a column
    out = assign_sides([raw("belligerents", "Azerbaijan\n\nArtsakh\nArmenia")])
    assert by_side(out, "belligerents") == {0: "Azerbaijan", 1: "Artsakh\nArmenia"}


@pytest.mark.parametrize("text, belligerents, supporters", [
    # a "Support:" head inside a block, and its bulleted backers
    (" Tessaria\nKorvan rebels\nSupport:\n\n  •  Amritia\n Velmoran Front",
     {0: "Tessaria\nKorvan rebels", 1: "Velmoran Front"}, {0: "Amritia"}),
    # a lone state's next block is the other column when taking it as allies would leave one side
    (" Tessaria\n\n Korvan Front\nAmrit Movement\n\nSupported by:\n Velmora",
     {0: "Tessaria", 1: "Korvan Front\nAmrit Movement"}, {1: "Velmora"}),
])
def test_support_heads_and_lone_states_split_belligerents_into_columns(text, belligerents, supporters):
    out = assign_sides([raw("belligerents", text)])
    assert by_side(out, "belligerents") == belligerents
    assert by_side(out, "supporters") == supporters


def test_an_unknown_last_and_only_last_holds_the_last_column():
    out = assign_sides([raw("belligerents", "Tessaria\nKorvan rebels\n\nVelmoran Front"),
                        raw("commanders", "Gen. Ilan Voss\n(chief commander)\nCol. Dara Venn\n(Sultan Brigade commander)\n"
                                          "Abu Jafer (Conquest Brigade commander)\nUnknown", at=100),
                        raw("units", "Tessarian Army\n\nConquest Brigade\n\nKorvan Movement\nUnknown", at=300)])
    assert by_side(out, "commanders")[1] == "Unknown" and "Abu Jafer" in by_side(out, "commanders")[0]
    assert by_side(out, "units") == {0: "Tessarian Army\n\nConquest Brigade\n\nKorvan Movement", 1: "Unknown"}



def test_a_mirror_writing_each_column_on_its_own_line_two_spaces_between_entries():
    out = assign_sides([raw("belligerents", " TessariaSupported by:  Amritia\n Korva  Velmoran Front"),
                        raw("strength", "3,000 soldiers  400 pickups\n1,200 soldiers  92 tanks", at=100),
                        raw("units", "Tessarian Army\nKorvan Army  Velmoran militia", at=200)])
    assert by_side(out, "belligerents") == {0: "Tessaria\nSupported by:\nAmritia", 1: "Korva\nVelmoran Front"}
    assert by_side(out, "strength") == {0: "3,000 soldiers\n400 pickups", 1: "1,200 soldiers\n92 tanks"}
    assert by_side(out, "units") == {0: "Tessarian Army", 1: "Korvan Army\nVelmoran militia"}


def test_strength_in_one_block_per_column_keeps_each_blocks_figures_together():
    out = assign_sides([raw("belligerents", "Tessaria\n\nAmrit Front"),
                        raw("strength", "9 soldiers\n25 gendarmes\n30 askars\n\n250–300 fighters", at=100)])
    assert by_side(out, "strength") == {0: "9 soldiers\n25 gendarmes\n30 askars", 1: "250–300 fighters"}


def test_one_block_per_column_beats_the_cues_for_commanders_and_casualties():
    out = assign_sides([raw("belligerents", "Tessaria\n\nAmritia"),
                        raw("commanders", "Gen. Ilan Voss\n(XI Corps)\nLt. Gen. Dara Venn †\n\nMaj. Gen. Bernard Kell\n"
                                          "(Amrit Force)\nBrig. Edward Pott", at=50),
                        raw("casualties", "1,990 killed (Tessarian figures)\n4,000 killed (Amritian estimate)\n\n"
                                          "4,000 killed or wounded\n17,000 captured (Tessarian claim)", at=300)])
    assert by_side(out, "commanders") == {0: "Gen. Ilan Voss\n(XI Corps)\nLt. Gen. Dara Venn †",
                                          1: "Maj. Gen. Bernard Kell\n(Amrit Force)\nBrig. Edward Pott"}
    assert by_side(out, "casualties") == {0: "1,990 killed (Tessarian figures)\n4,000 killed (Amritian estimate)",
                                          1: "4,000 killed or wounded\n17,000 captured (Tessarian claim)"}


def test_a_liberation_front_after_a_state_in_a_run_on_row_opens_the_other_column_and_a_president_leads_the_state():
    out = assign_sides([raw("belligerents", "Peru"), raw("belligerents", "Korvan National Liberation Front", at=20),
                        raw("commanders", "Ilan Voss (President)", at=60),
                        raw("commanders", "Dara Venn (Chief of the Joint Staff)", at=90),
                        raw("commanders", "Abu Jafer (ERP)", at=130), raw("commanders", "Omar Kell (FPL)", at=160)])
    assert by_side(out, "belligerents") == {0: "Peru", 1: "Korvan National Liberation Front"}
    assert by_side(out, "commanders") == {0: "Ilan Voss (President)\nDara Venn (Chief of the Joint Staff)",
                                          1: "Abu Jafer (ERP)\nOmar Kell (FPL)"}


def test_a_line_opening_with_a_tab_goes_on_the_second_column():
    out = assign_sides([raw("belligerents", "Tarsenia\tOsk Liberation Front\n\tVelmar Movement")])
    assert by_side(out, "belligerents") == {0: "Tarsenia", 1: "Osk Liberation Front\nVelmar Movement"}


def test_two_states_and_nothing_else_in_a_run_on_row_are_the_two_sides():
    out = assign_sides([raw("belligerents", "Paraguay"), raw("belligerents", "Bolivia", at=9)])
    assert by_side(out, "belligerents") == {0: "Paraguay", 1: "Bolivia"}
