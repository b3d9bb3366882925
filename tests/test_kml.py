"""KML maps (Google My Maps exports): the placemark holding an article is read, its columns a box."""
from __future__ import annotations

from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import detect, kml, read_document

MAP = (Path(__file__).resolve().parent / "cases" / "kml" / "osk_ford.kml").read_text(encoding="utf-8")


def test_a_kml_map_is_detected_and_its_article_placemark_read_with_a_column_per_side():
    assert detect(MAP) == ("kml", 0.94)
    assert kml.score("<html><body>kml</body></html>") == 0.0
    doc = read_document(MAP, path="osk.kml")
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford"  # the placemark with the columns, not the ferry's
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    # sides in the order their labels first name them; a side's later rows stay its own
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Volunteer Legion"), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    assert [s.casualties[0].killed.low for s in op.sides] == [120, 300]
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}
    assert "Parking by the church" not in doc.text and "[edit]" not in doc.text
