"""A page with no infobox gets its dates, places, war and sides from its lead's own sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from warfile.extract import extract_operation
from warfile.readers import read_document

HERE = Path(__file__).parent


def _record(text: str, name: str = "page.txt"):
    return extract_operation(read_document(text, path=name))


def _without_box(path: Path) -> str:
    """A real scraped page (blind21's Ia Drang) with its infobox lines cut out."""
    text = path.read_text(encoding="utf-8")
    box_start = text.index("Battle of Ia Drang\nPart of")
    lead_start = text.index("The Battle of Ia Drang was")
    return text[:box_start] + text[lead_start:]


def test_a_scraped_page_without_its_box_gets_dates_places_and_sides_from_its_lead():
    op = _record(_without_box(HERE / "blind21/docs/02_battle_of_ia_drang.txt"), "ia_drang.txt")
    assert (op.start_date, op.end_date) == ("1965-11-14", "1965-11-18")
    assert op.places[:2] == ("Central Highlands", "South Vietnam")
    assert [s.belligerents for s in op.sides] == [("United States Army",), ("People's Army of Vietnam",)]


def test_the_same_page_with_its_box_keeps_the_box_values():
    op = _record((HERE / "blind21/docs/02_battle_of_ia_drang.txt").read_text(encoding="utf-8"), "ia_drang.txt")
    assert op.places == ("Ia Drang Valley", "Pleiku Province", "South Vietnam")
    assert [s.belligerents for s in op.sides] == [("United States",), ("North Vietnam",)]


PAGE = "{title}\n\n{lead}\n\nBackground\n\nOn 3 March 1900 the town was quiet.\n"


@pytest.mark.parametrize("lead, start, end", [
    ("The Battle of Arica was fought on 7 June 1880 between Chile and Peru at the port of Arica, in southern Peru, "
     "during the War of the Pacific.", "1880-06-07", "1880-06-07"),
    ("Operation Serval was a French military operation in Mali, launched on 11 January 2013 to stop an Islamist "
     "offensive.", "2013-01-11", None),
    ("The siege of Baler was a siege of Spanish troops in the church of Baler, in the Philippines, by Filipino "
     "revolutionaries from 1 July 1898 to 2 June 1899.", "1898-07-01", "1899-06-02"),
])
def test_the_lead_dates_the_operation_one_day_or_a_span_or_its_start(lead, start, end):
    title = lead.split(" was ")[0].removeprefix("The ")
    op = _record(PAGE.format(title=title, lead=lead))
    assert (op.start_date, op.end_date) == (start, end)


def test_places_war_and_sides_of_a_one_day_battle():
    op = _record(PAGE.format(title="Battle of Arica", lead=(
        "The Battle of Arica was fought on 7 June 1880 between Chile and Peru at the port of Arica, in southern "
        "Peru, during the War of the Pacific.")))
    assert op.places == ("Arica", "Peru")
    assert op.part_of == ("War of the Pacific",)
    assert [s.belligerents for s in op.sides] == [("Chile",), ("Peru",)]


def test_a_border_between_two_states_is_no_pair_of_sides():
    op = _record(PAGE.format(title="Battle of Tinzaouaten", lead=(
        "The Battle of Tinzaouaten was a clash on 25 July 2024 near the town of Tinzaouaten, on the border "
        "between Mali and Algeria.")))
    assert op.sides == ()
    assert "Tinzaouaten" in op.places


def test_an_operation_by_one_side_against_another():
    op = _record(PAGE.format(title="Battle of Paranthan Causeway", lead=(
        "The Battle of Paranthan Causeway was an offensive of the Sri Lanka Army in the Kilinochchi District of "
        "Sri Lanka launched on 16 December 2008 against the Liberation Tigers of Tamil Eelam, who held the "
        "causeway.")))
    assert op.places == ("Kilinochchi District", "Sri Lanka")
    assert op.start_date == "2008-12-16" and op.end_date is None


def test_sides_split_at_the_and_that_leaves_two_groups():
    op = _record(PAGE.format(title="Battle of Kurta Heights", lead=(
        "The Battle of Kurta Heights was fought between the Georgian Armed Forces and Russian and South Ossetian "
        "forces for the hills north of Tskhinvali at the start of the Russo-Georgian War.")))
    assert [s.belligerents for s in op.sides] == [("Georgian Armed Forces",), ("Russian forces", "South Ossetian forces")]
    assert op.part_of == ("Russo-Georgian War",)


def test_sentences_of_the_story_do_not_place_the_operation():
    op = _record(PAGE.format(title="Battle of Ia Drang", lead=(
        "The Battle of Ia Drang was the first major battle of its kind.\n\nOn 19 October 1965, regiments attacked "
        "the camp at Plei Me, near the Chu Pong massif.")))
    assert op.places == ()
    assert op.start_date is None


def test_a_sentence_saying_when_it_ended_gives_the_end_only():
    op = _record(PAGE.format(title="Battle of Debaltseve", lead=(
        "The Battle of Debaltseve was fought between the Armed Forces of Ukraine and the forces of the Donetsk "
        "People's Republic for the railway junction of Debaltseve, in eastern Ukraine, during the War in Donbas. "
        "The battle ended on 18 February 2015 with the withdrawal of Ukrainian forces from the town.")))
    assert (op.start_date, op.end_date) == (None, "2015-02-18")
    assert op.part_of == ("War in Donbas",)
    assert op.places == ("Debaltseve", "Ukraine", "Donbas")


def test_the_operations_own_sentence_dates_it_not_the_wars():
    op = _record(PAGE.format(title="Operation Barras", lead=(
        "Operation Barras was a British Army operation that took place in Sierra Leone on 10 September 2000, "
        "during the final stages of the Sierra Leone Civil War.\n\nThe civil war began in March 1991, when "
        "fighters crossed into Sierra Leone from Liberia.")))
    assert (op.start_date, op.end_date) == ("2000-09-10", "2000-09-10")
    assert op.part_of == ("Sierra Leone Civil War",)


BLIND24 = HERE / "blind24" / "docs"


def test_a_mobile_page_copy_with_no_box_is_named_dated_placed_and_sided_from_its_lead():
    # "Open main menu / Wikipedia The Free Encyclopedia / Search / <title> / Language / Watch / Edit",
    # a maintenance banner, then the lead
    op = _record((BLIND24 / "07_siege_of_geok_tepe.txt").read_text(encoding="utf-8"), "07_siege_of_geok_tepe.txt")
    assert op.name == "Siege of Geok Tepe" and op.aliases == ("Battle of Geok Tepe",)
    assert (op.start_date, op.end_date) == ("1880-12", "1881-01-24")
    assert set(op.places) == {"Geok Tepe", "Akhal oasis", "Turkmenistan"}
    assert op.part_of == ("Russian conquest of Central Asia",)
    assert [s.belligerents for s in op.sides] == [("Russian Empire",), ("Teke Turkmens",)]
    assert op.result == "Russian victory"


def test_a_clippers_page_date_is_not_the_operations_and_the_lead_dates_it():
    # trafilatura's metadata header ("url:", "hostname:", "date: 2023-11-30") over a page whose box lost its labels
    op = _record((BLIND24 / "06_battle_of_kunduz.trafilatura.txt").read_text(encoding="utf-8"), "06.txt")
    assert (op.start_date, op.end_date) == ("2015-09-28", "2015-10-13")
    assert "Kunduz" in op.places


def test_the_lead_is_the_paragraph_naming_the_operation_after_a_notebooks_own_notes():
    text = ("# Osk Raid\n\n"
            "Working copy for the timeline. The article text is pasted below from the live page, with the "
            "box pulled in a later cell.\n\n"
            "Do not edit the pasted cells, and annotate in the note cells only, so that the diff stays readable.\n\n"
            "The Osk Raid, known in Tarsenia as the Night of Lanterns, was an attack by Tarsenian marines on the "
            "Velmar garrison of Osk, carried out on 2 May 1979 under the code name Operation Kestrel. The marines "
            "landed before dawn and took the ferry station.\n\n"
            "On 3 May 1979 the garrison surrendered.\n")
    op = _record(text, "osk.md")
    assert op.name == "Osk Raid"
    assert list(op.aliases) == ["Night of Lanterns", "Operation Kestrel"]
