"""SubRip subtitles: a documentary's narration read as text, its on-screen graphics as its box."""
from __future__ import annotations

from pathlib import Path

from warfile.extract import extract_operation
from warfile.readers import detect, read_document, srt, webvtt

FILM = (Path(__file__).resolve().parent / "cases" / "srt" / "osk_ford.srt").read_text(encoding="utf-8")


def test_a_subrip_file_is_read_its_title_card_naming_it_and_its_graphics_rows_of_its_box():
    assert detect(FILM) == ("srt", 0.94)
    assert srt.score("1. Background\n2. Battle\n") == 0.0
    doc = read_document(FILM, path="osk.srt")
    assert "OpenSubtitles" not in doc.text and "RIVER FLOWING" not in doc.text  # an advert, a sound caption
    op = extract_operation(doc)
    # the title card, in title case (words of four letters or fewer stay in capitals: they may be acronyms)
    assert op.name == "Battle of OSK FORD"
    assert op.result == "Tarsenian Victory" and op.part_of == ("Tarsenian War",)
    events = [(e.date, e.type) for e in op.events]
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events


def test_a_pause_between_spoken_cues_ends_a_paragraph():
    page = webvtt.page_text(FILM)
    narration = page[page.index("On 2 May"):]
    assert narration.count("\n\n") == 1 and narration.index("Two days later") > narration.index("\n\n")
