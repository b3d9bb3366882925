"""Box rows as blind set 22 wrote them: ranks in several words, units with their sub-units,
places joined by "and", a civilian row, a wrapped label, people as front matter mappings, and a
dump page's own title."""
from __future__ import annotations

from pathlib import Path

import pytest

from warfile.extract import extract_operation
from warfile.extract.infobox import parse_places
from warfile.extract.names import split_supporters
from warfile.extract.people import split_rank
from warfile.pipeline import process_text
from warfile.readers import read_document

BLIND22 = Path(__file__).parent / "blind22" / "docs"


@pytest.mark.parametrize("entry, rank, name", [
    ("Admiral of the Fleet Lord Cork", "Admiral of the Fleet", "Lord Cork"),
    ("Cmdt. Jan Breytenbach", "Cmdt.", "Jan Breytenbach"),  # a South African commandant
    ("Commandant Koos Lourens", "Commandant", "Koos Lourens"),
])
def test_ranks_in_several_words_and_a_commandants_rank_come_off_the_name(entry, rank, name):
    assert split_rank(entry) == (rank, name)


def test_a_belligerent_dated_by_months_is_named_without_the_dates():
    assert split_supporters("Multan rebels\nSikh troops of Sher Singh (September–October 1848)") == (
        ("Multan rebels", "Sikh troops of Sher Singh"), ())


@pytest.mark.parametrize("text, places", [
    ("Narvik and the Ofotfjord, Nordland, Norway", ("Narvik", "Ofotfjord", "Nordland", "Norway")),
    ("Southern and central Angola", ("Southern and central Angola",)),  # one area, two directions
    ("Usulután and Zacatecoluca", ("Usulután", "Zacatecoluca")),
    ("Tsushima Strait, between Korea and Japan", ("Tsushima Strait", "Korea", "Japan")),  # the places either side
    ("between the Marne and the Aisne", ("Marne", "Aisne")),
    ("in The Hague", ("The Hague",)),  # a capital "The" is the name's own
])
def test_places_joined_by_and(text, places):
    assert parse_places(text) == places


def test_a_flattened_page_reads_its_civilian_row_and_a_wrapped_territorial_changes_label():
    narvik = extract_operation(read_document((BLIND22 / "02_battle_of_narvik.txt").read_text(encoding="utf-8"),
                                             path="02_battle_of_narvik.txt"))
    assert [c.text for c in narvik.civilian_casualties] == ["42 civilians killed in Narvik"]
    assert all("Civilian" not in c.text for s in narvik.sides for c in s.casualties)
    multan = extract_operation(read_document((BLIND22 / "01_siege_of_multan.txt").read_text(encoding="utf-8"),
                                             path="01_siege_of_multan.txt"))
    assert multan.result == "British victory, Surrender of Diwan Mulraj"


def test_front_matter_people_as_mappings_with_notes_and_units_with_their_sub_units():
    op = extract_operation(read_document((BLIND22 / "06_lahad_datu_standoff.md").read_text(encoding="utf-8"),
                                         path="06_lahad_datu_standoff.md"))
    first = op.sides[0]
    assert [(p.name, p.rank, p.role) for p in first.commanders][:2] == [
        ("Najib Razak", None, "Prime Minister"), ("Zulkifeli Mohd Zin", "Gen.", "Chief of Defence Forces")]
    assert first.units[:3] == ("Royal Malaysia Police", "VAT 69", "General Operations Force")


def test_a_row_across_a_pipe_table_under_both_sides_losses_counts_civilians():
    op = extract_operation(read_document((BLIND22 / "07_operation_phoenix.jina.txt").read_text(encoding="utf-8"),
                                         path="07_operation_phoenix.jina.txt"))
    assert [(c.killed.low, c.who) for c in op.civilian_casualties] == [(4, "Mexican students"), (1, "Ecuadorian")]
    assert [c.text for c in op.sides[0].casualties] == ["1 soldier killed"]


def test_a_dump_page_is_titled_by_its_page_not_by_its_box():
    wikitext = "{{Infobox military conflict\n| conflict = Operation Savannah\n| date = 1975\n}}\nText."
    result = process_text(wikitext, "export.xml#Operation Savannah (Angola)", "mediawiki", "/x/export.xml#Operation Savannah (Angola)")
    assert result.document.title == "Operation Savannah (Angola)"
    assert result.record.name == "Operation Savannah (Angola)"  # the title qualifies the box's name: the page's name


BLIND23 = Path(__file__).parent / "blind23" / "docs"


@pytest.mark.parametrize("name", [
    # html2text's rows closed by a pipe with the last column left out: "Date | 8 – 25 December 1941 |"
    "230_c8de5d978bcdf34d.md",
    # a browser's tab rows whose next lines open with the label column's empty cell: "<TAB>Canada"
    "237_ee4002370c307d29.txt",
])
def test_a_box_whose_rows_run_on_keeps_each_side_in_its_column(name):
    op = extract_operation(read_document((BLIND23 / name).read_text(encoding="utf-8"), path=name))
    assert op.start_date == "1941-12-08" and op.end_date == "1941-12-25"
    assert [s.belligerents for s in op.sides] == [("United Kingdom", "Canada", "British India"), ("Japan",)]
    assert len(op.sides[0].commanders) == 3 and len(op.sides[1].commanders) == 2
    assert [p.name for p in op.sides[0].commanders if p.killed] in (["John Kelburne Lawson"], ["J. K. Lawson"])


def test_front_matter_giving_some_rows_as_parameters_and_the_sides_as_tags_gives_both():
    # "commander1:", "casualties2:" … at the top level, the belligerents and the war only in the tags
    op = extract_operation(read_document((BLIND23 / "232_2a2fbc936e835272.md").read_text(encoding="utf-8"),
                                         path="232_2a2fbc936e835272.md"))
    assert op.part_of == ("Syrian Civil War",)
    assert [s.belligerents for s in op.sides] == [("Syrian Arab Republic", "Russia", "Hezbollah"),
                                                  ("Islamic State of Iraq and the Levant",)]
    assert [p.name for p in op.sides[0].commanders] == ["Suheil Salman al-Hassan", "Mohammad Jaber"]


BLIND24 = Path(__file__).parent / "blind24" / "docs"


def test_labels_numbering_their_side_in_parentheses():
    # "Belligerents (1): United Kingdom; British India; Free France" / "Units (2): …"
    op = extract_operation(read_document((BLIND24 / "02_battle_of_keren.txt").read_text(encoding="utf-8"),
                                         path="02_battle_of_keren.txt"))
    assert [s.belligerents for s in op.sides] == [("United Kingdom", "British India", "Free France"), ("Italy",)]
    assert len(op.sides[0].units) == 4 and len(op.sides[1].units) == 4
    assert [p.name for p in op.sides[1].commanders if p.killed] == ["Orlando Lorenzini"]


def test_front_matter_sides_keyed_by_their_own_names():
    # "sides: {ukraine: {belligerents, leaders, formations, losses}, separatists: {…, backers: [Russia]}}"
    op = extract_operation(read_document((BLIND24 / "05_donetsk_airport.md").read_text(encoding="utf-8"),
                                         path="05_donetsk_airport.md"))
    assert [s.belligerents for s in op.sides] == [("Ukraine",), ("Donetsk People's Republic",)]
    assert op.sides[1].supporters == ("Russia",)
    assert op.sides[0].commanders[0].role == "93rd Mechanized Brigade"  # a leader's "post"


@pytest.mark.parametrize("text, places", [
    ("Tsingtau (Qingdao), Shantung, China", ("Tsingtau", "Shantung", "China")),  # another name in brackets
    ("Kampala (Uganda)", ("Kampala", "Uganda")),  # a state in brackets is a place of its own
])
def test_a_place_with_a_name_in_brackets(text, places):
    assert parse_places(text) == places


def test_a_states_service_is_one_unit():
    from warfile.extract.names import split_names
    assert split_names("3rd Armored Brigade\nRepublic of Vietnam Air Force") == (
        "3rd Armored Brigade", "Republic of Vietnam Air Force")


def test_jina_readers_header_lines_are_no_heading_so_the_lead_gives_its_aliases():
    op = extract_operation(read_document((BLIND22 / "07_operation_phoenix.jina.txt").read_text(encoding="utf-8"),
                                         path="07_operation_phoenix.jina.txt"))
    assert set(op.aliases) >= {"Operación Fénix", "Angostura raid"}


def test_the_name_a_saved_page_was_reached_by_is_an_alias():
    # "(Redirected from Siege of Mecca (1979))" under the title and '"Siege of Mecca (1979)" redirects here.'
    op = extract_operation(read_document((BLIND22 / "05_grand_mosque_seizure.html").read_text(encoding="utf-8"),
                                         path="05_grand_mosque_seizure.html"))
    assert "Siege of Mecca (1979)" in op.aliases
    # a redirect that is only a word of the name adds nothing ("Feuerzauber" of Operation Feuerzauber)
    text = ('Operation Feuerzauber\n\n"Feuerzauber" redirects here. For the music, see Die Walküre.\n\n'
            "Operation Feuerzauber was the storming of a hijacked airliner at Mogadishu on 18 October 1977.\n")
    assert "Feuerzauber" not in extract_operation(read_document(text, path="f.txt")).aliases


def test_front_matter_box_written_as_its_rendered_rows():
    # infobox: {rows: [{label: Date, value: …}, {label: Belligerents, columns: [[…], […]]}, …]}
    path = Path(__file__).parent / "blind25" / "docs" / "05_siege_of_mafeking.md"
    op = extract_operation(read_document(path.read_text(encoding="utf-8"), path=path.name))
    assert (op.start_date, op.end_date) == ("1899-10-13", "1900-05-17")
    assert [s.belligerents for s in op.sides] == [("United Kingdom", "Cape Colony"), ("South African Republic",)]
    assert len(op.sides[0].commanders) == 4 and op.part_of == ("Second Boer War",)


def test_a_colony_named_with_its_powers_adjective_is_one_place():
    assert parse_places("Kohima, Naga Hills, British India") == ("Kohima", "Naga Hills", "British India")
    assert parse_places("Luanda, Portuguese Angola") == ("Luanda", "Portuguese Angola")


def test_the_lead_glosses_the_name_with_the_langx_template():
    from warfile.readers import mediawiki
    doc = mediawiki.read("The '''Battle of Vukovar''' ({{langx|hr|Bitka za Vukovar}}) was an 87-day siege of "
                         "[[Vukovar]] between 25 August and 18 November 1991.")
    assert "Croatian: Bitka za Vukovar" in doc.text
    assert "Bitka za Vukovar" in extract_operation(doc).aliases


def test_a_fact_box_naming_its_sides_as_attackers_and_defenders_with_their_leaders():
    page = ("<html><body><h1>The Siege of Corvel</h1><aside><h3>At a glance</h3><table class=\"facts\">"
            "<tr><th>Dates</th><td>2 April – 9 May 1711</td></tr>"
            "<tr><th>Attackers</th><td>Kingdom of Estria under Marshal Osk, with General Vell and the admiral Tarn</td></tr>"
            "<tr><th>Defenders</th><td>Duchy of Marn under Henrik Arn (killed), with Free Company under Jon Brask "
            "(mortally wounded) and Ulf Sten</td></tr></table></aside>"
            "<p>The siege of Corvel was fought from 2 April to 9 May 1711 between Estria and Marn.</p></body></html>")
    op = extract_operation(read_document(page))
    assert [s.belligerents for s in op.sides] == [("Kingdom of Estria",), ("Duchy of Marn", "Free Company")]
    assert [(c.name, c.role) for c in op.sides[0].commanders] == [("Osk", None), ("Vell", None), ("Tarn", "admiral")]
    assert [(c.name, c.killed) for c in op.sides[1].commanders] == [("Henrik Arn", True), ("Jon Brask", True),
                                                                   ("Ulf Sten", False)]


@pytest.mark.parametrize("entry, names", [
    ("Hassan Sheikh Mohamud", ["Hassan Sheikh Mohamud"]),  # a title within a name after a lone given name
    ("Sharif Sheikh Ahmed (ICU executive chairman); Hassan Dahir Aweys", ["Sharif Sheikh Ahmed", "Hassan Dahir Aweys"]),
    ("Gen. Ali Sheikh Omar", ["Ali Sheikh Omar"]),
    ("Sheikh Hassan Nasrallah", ["Hassan Nasrallah"]),  # the title opening the entry is the rank
    ("Brig. Gen. Emad Haddad Col. Sami Aziz", ["Emad Haddad", "Sami Aziz"]),  # a rank after a name opens the next
])
def test_a_title_inside_a_name_does_not_cut_it_in_two(entry, names):
    from warfile.extract.people import parse_people
    assert [p.name for p in parse_people(entry)] == names


# A school encyclopedia's "Quick facts": plain words for the rows, each side's line opened by its
# circled number, entries parted by middle dots.
QUICK_FACTS = """Battle of Osk Ford

QUICK FACTS
Battle of Osk Ford
Part of the Tarsen War
Also called: Operation Ford
Date: 2 May 1944
Place: Osk Ford
Result: Tarsenian victory · Velmar retreat
Who fought
① Tarsenia · Free Osk Legion
② Velmar Republic
Leaders
① Gen. Aldo Veris · Ilse Darn
② Pero Lask †
Army units
① Second Corps
② Osk Guard
How many soldiers
① c. 12,000 soldiers
② c. 7,000 soldiers
Losses
① 120 killed
② 410 killed · 700 captured

The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk river.
On 2 May 1944 the Second Corps captured the village of Dolny Brod after a night crossing of the river.
"""


def test_a_school_encyclopedias_quick_facts_give_each_side_its_row():
    op = extract_operation(read_document(QUICK_FACTS, path="osk.txt"))
    assert (op.aliases, op.result) == (("Operation Ford",), "Tarsenian victory, Velmar retreat")
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Free Osk Legion"), ("Velmar Republic",)]
    assert [[(c.name, c.killed) for c in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]
    assert [s.units for s in op.sides] == [("Second Corps",), ("Osk Guard",)]
    assert [[c.count.best for c in s.strength] for s in op.sides] == [[12000], [7000]]
