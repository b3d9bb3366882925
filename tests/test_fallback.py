"""Pages in a markup no reader knows (TEI, DocBook, Creole): their box is read from their
tables, and the document says so. The pages in tests/cases/unknown-markup tell one invented battle
in each markup, its box a table in that markup's own syntax."""
from __future__ import annotations

from pathlib import Path

import pytest

from warfile.extract import extract_operation
from warfile.readers import fallback, read_document

CASES = Path(__file__).resolve().parent / "cases" / "unknown-markup"


@pytest.mark.parametrize("name", ["tei.xml", "docbook.xml", "creole.txt"])
def test_a_box_in_an_unknown_markups_table_is_read_with_a_warning_saying_so(name):
    doc = read_document((CASES / name).read_text(encoding="utf-8"), path=name)
    assert any("markup read for tables" in w for w in doc.warnings)
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford"
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.part_of == ("Tarsenian War",)  # a TEI <ref> is a link: its words are the text's
    assert [s.belligerents[0] for s in op.sides] == ["Tarsenia", "Velmar Republic"]
    if name == "tei.xml":  # a cell's <lb/> parts its items; a picture's row and its caption are no row
        assert op.sides[0].belligerents == ("Tarsenia", "Volunteer Legion") and "The ford in 1950" not in doc.text
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert op.sides[1].casualties[0].killed.low == 300
    # the narrative is read too, notes and markup left out
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}
    assert "Smith 1990" not in doc.text and "<para>" not in doc.text


def test_an_xml_page_becomes_lines_its_rows_cells_a_tab_apart_and_its_notes_gone():
    flat = fallback.xml_text((CASES / "docbook.xml").read_text(encoding="utf-8"))
    assert "Belligerents\tTarsenia\tVelmar Republic" in flat.splitlines()
    assert "Smith 1990" not in flat
    assert fallback.xml_text("<html><body><p>x</p></body></html>") is None  # HTML has its own reader
    assert fallback.xml_text("<mediawiki><page/></mediawiki>") is None  # so has a MediaWiki export
    assert fallback.xml_text("<article><p>unclosed</article>") is None  # no well-formed XML


def test_lines_of_a_table_markup_become_tab_rows_only_where_their_first_cells_are_labels():
    creole = "|= Date | 2 May 1944 |\n|= Result | Tarsenian victory |\n|= Belligerents | Tarsenia | Velmar |\n"
    assert fallback.lines_text(creole).strip().splitlines() == [
        "Date\t2 May 1944", "Result\tTarsenian victory", "Belligerents\tTarsenia\tVelmar"]
    scores = "| Team | Points |\n| Tarsenia | 3 |\n| Velmar | 1 |\n"  # a table, but of no box
    assert fallback.lines_text(scores) is None


def test_a_page_a_general_reader_finds_no_box_in_and_that_has_no_table_stays_as_read():
    page = "Osk Ford news\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod after a crossing.\n"
    doc = read_document(page, path="news.txt")
    assert not doc.infobox or all(f.key == "name" for f in doc.infobox)
    assert not any("markup read for tables" in w for w in doc.warnings)
    assert fallback.read_unknown(page, "plain") is None
    # a reader of a format of its own that found no box found none: no fallback after it
    assert fallback.read_unknown((CASES / "creole.txt").read_text(encoding="utf-8"), "feed") is None


def test_xml_no_reader_recognises_is_read_through_its_tables_even_where_plain_text_finds_rows_in_its_tags():
    # pandoc's DocBook of a saved page: a guess at plain text takes its attributes and chrome for rows
    page = (CASES / "docbook.xml").read_text(encoding="utf-8").replace(
        "<informaltable>", '<para>Jump to content</para><para lang="en">Date: tag soup</para><informaltable>')
    doc = read_document(page, path="osk.dbk")
    assert any("markup read for tables" in w for w in doc.warnings)
    assert extract_operation(doc).start_date == "1944-05-02"
