"""BibTeX libraries: the entry whose note holds a pasted page is read, its LaTeX escapes as text."""
from __future__ import annotations

from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import bibtex, detect, read_document

LIBRARY = (Path(__file__).resolve().parent / "cases" / "bibtex" / "osk_ford.bib").read_text(encoding="utf-8")


def test_the_entry_with_the_longest_note_is_read_in_its_own_shape_its_escapes_as_characters():
    assert detect(LIBRARY) == ("bibtex", 0.94)
    assert bibtex.score("An email about @someone = nobody.") == 0.0
    doc = read_document(LIBRARY, path="library.bib")
    assert "Ch. 3 on the ford" not in doc.text  # another entry's note
    assert "Tarsenia & the Velmar Republic" in doc.text and "{\\textendash}" not in doc.text
    assert "about 10% of the company" in doc.text  # a bare "%" in a field is a percent sign
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and op.part_of == ("Tarsenian War",)
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert op.sides[1].commanders[0].killed  # "{\textdagger}": the dagger
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


def test_entries_are_parsed_with_nested_braces_quotes_and_bare_values():
    found = bibtex.entries('@article{k1, title = {A {B} c}, year = 1999, note = "say \\"hi\\""}\n@string{x = "y"}')
    assert found == [{"type": "article", "key": "k1", "title": "A {B} c", "year": "1999", "note": 'say \\"hi\\"'}]
