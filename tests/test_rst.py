"""reStructuredText (pandoc's conversion of a page) read through docutils, and the plain HTML
tables such converters write. Invented articles, not eval documents."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.extract.casualties import parse_casualties
from warfile.readers import detect, html, read_document

RST = """=====================
Battle of Osk Hill
=====================

.. container:: hatnote

   Not to be confused with the `Battle of Osk Ford <https://example.org/Osk_Ford>`__.

+--------------------------------+--------------------------------------+
| **Battle of Osk Hill**                                                |
+--------------------------------+--------------------------------------+
| Part of the `Tarsen War <https://example.org/Tarsen_War>`__           |
+--------------------------------+--------------------------------------+
| Date                           | 2–9 May 1944                         |
+--------------------------------+--------------------------------------+
| Location                       | `Osk Hill <https://example.org/O>`__,|
|                                | Tarsenia                             |
+--------------------------------+--------------------------------------+
| Result                         | Tarsenian victory                    |
+--------------------------------+--------------------------------------+
| Belligerents                                                          |
+--------------------------------+--------------------------------------+
| Tarsenia                       | Velmar Republic                      |
+--------------------------------+--------------------------------------+
| Commanders and leaders                                                |
+--------------------------------+--------------------------------------+
| | Gen. Aldo Veris (Second      | | Gen. Pero Lask                     |
|   Corps)                       |                                      |
+--------------------------------+--------------------------------------+
| Casualties and losses                                                 |
+--------------------------------+--------------------------------------+
| | 410 killed                   | | Per Tarsenian army, as of 9 May:   |
| | 900 wounded                  | | 1,200 killed                       |
|                                | | 700 captured                       |
+--------------------------------+--------------------------------------+

The **Battle of Osk Hill** was fought between Tarsenia and the `Velmar
Republic <https://example.org/V>`__ for the hill above Marren in May 1944.
`[1] <#cite_note-1>`__

Battle
------

On 2 May 1944 the Second Corps attacked the hill from the east and captured
the village of Dolny Brod. On 9 May the last Velmar battalions withdrew
towards the river.
"""


def test_rst_is_detected_and_read_through_docutils():
    assert detect(RST) == ("rst", 0.95)
    doc = read_document(RST)
    assert doc.shape == "rst" and doc.title == "Battle of Osk Hill" and not doc.warnings
    op = extract_operation(doc)
    assert op.part_of == ("Tarsen War",)  # a link keeps its text
    assert op.places[:1] == ("Osk Hill",)
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [(p.name, p.rank, p.role) for p in op.sides[0].commanders] == [("Aldo Veris", "Gen.", "Second Corps")]
    # a "Per X, as of D:" line is the claimant and date of the figures under it
    assert [(c.killed.low if c.killed else None, c.claimant, c.as_of) for c in op.sides[1].casualties] == [
        (1200, "tarsenian army", "1944-05-09"), (None, "tarsenian army", "1944-05-09")]
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-09", "withdrawal")}
    assert "hatnote" not in doc.text and "Not to be confused" not in doc.text


def test_rst_reader_never_reads_files_or_passes_raw_markup():
    text = RST + "\n.. include:: /etc/passwd\n\n.. raw:: html\n\n   <script>alert(1)</script>\n"
    doc = read_document(text, shape="rst")
    assert "root:" not in doc.text and "<script>" not in doc.text and "alert" not in doc.text


def test_a_plain_html_table_whose_cells_name_infobox_labels_is_the_box():
    page = ("<html><body><h1>Battle of Osk Hill</h1><table><tr><td colspan=2>Battle of Osk Hill</td></tr>"
            "<tr><td>Date</td><td>2–9 May 1944</td></tr><tr><td>Result</td><td>Tarsenian victory</td></tr>"
            "<tr><td colspan=2>Belligerents</td></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>"
            "<tr><td colspan=2>Casualties and losses</td></tr><tr><td>410 killed</td><td>1,200 killed</td></tr>"
            "<tr><td colspan=2>30 civilians killed</td></tr></table>"
            "<p>The battle was fought on the hill.\nIt lasted a week.</p></body></html>")
    doc = html.read(page)
    fields = {(f.key, f.side): f.text for f in doc.infobox}
    assert fields[("date", None)] == "2–9 May 1944"
    assert fields[("belligerents", 0)] == "Tarsenia" and fields[("belligerents", 1)] == "Velmar Republic"
    assert fields[("casualties", 1)] == "1,200 killed"
    assert fields[("civilian_casualties", None)] == "30 civilians killed"
    assert doc.paragraph_text(doc.paragraphs[0]) == "The battle was fought on the hill. It lasted a week."


def test_a_claim_heading_reaches_to_the_end_of_its_block():
    found = parse_casualties("Opposition claim:\n300 killed\n20 captured\n\n45 killed", 2014)
    assert [(c.claimant, c.text) for c in found] == [
        ("opposition", "300 killed (Opposition claim)"), ("opposition", "20 captured (Opposition claim)"),
        (None, "45 killed")]
    # a line with a figure is a claim, not a heading
    assert [c.killed.low for c in parse_casualties("Per SOHR: 120 killed", 2014)] == [120]


def test_a_claim_ending_in_a_colon_is_finished_by_the_lines_under_it():
    found = parse_casualties("2nd Division:\n1,400+ killed, wounded and missing\n17th Division:\n"
                             "159 killed, 522 wounded\n72 aircraft destroyed", 1945)
    assert [c.text for c in found] == ["2nd Division: 1,400+ killed, wounded and missing",
                                       "17th Division: 159 killed, 522 wounded", "72 aircraft destroyed"]
    tallies = parse_casualties("British (per Kand):\n801 killed\n3,915 wounded\n649 missing\n"
                               "c. 1,200 Spanish killed and wounded (Cuesta's report)", 1809)
    assert [(c.killed.low if c.killed else None, c.wounded.low if c.wounded else None, c.claimant)
            for c in tallies] == [(801, 3915, "kand"), (None, None, "cuesta")]


def test_a_labels_total_before_a_colon_is_no_tally_of_its_own():
    found = parse_casualties("5,365 British (per Kand): 801 killed 3,915 wounded 649 missing", 1809)
    assert [(c.killed.low, c.wounded.low, c.missing.low, c.claimant) for c in found] == [(801, 3915, 649, "kand")]
