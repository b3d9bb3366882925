"""iCalendar exports: the event holding an article is read, its key facts a box."""
from __future__ import annotations

from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import detect, icalendar, read_document

CALENDAR = (Path(__file__).resolve().parent / "cases" / "icalendar" / "osk_ford.ics").read_text(encoding="utf-8")


def test_the_longest_events_description_is_read_its_folded_lines_joined_and_its_key_facts_a_box():
    assert detect(CALENDAR) == ("icalendar", 0.94)
    assert icalendar.score("BEGIN:VCARD\nFN:x\nEND:VCARD") == 0.0
    doc = read_document(CALENDAR, path="osk.ics")
    assert "Seminar 8" not in doc.text and "event reminder" not in doc.text  # the other event, the alarm
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford"  # the key facts' "Battle:" row, not the summary's "(1944)"
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Volunteer Legion"), ("Velmar Republic",)]
    assert [s.casualties[0].killed.low for s in op.sides] == [120, 300]
    events = {(e.date, e.type) for e in op.events}
    # "Shortly afterwards" is the day before it; a line folded in the middle of a word is one word again
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= events
