"""A fact box outside Wikipedia's layout: a leaflet's or a report's "At a glance" lines, "Label value"
with the side each line is about written before it ("Britain: Grand Fleet" / "Germany: High Seas Fleet")."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.extract.columns import _named_lines, assign_sides
from warfile.model import RawField
from warfile.readers import read_document
from warfile.readers._text import inline_label

LEAFLET = """\
SEA POWER PAPERS
No. 7

The Battle of Jutland
31 May – 1 June 1916

by A. N. Author
Harbour Historical Circle

AT A GLANCE

War First World War
Date 31 May – 1 June 1916
Place North Sea, between Denmark and Norway
Combatants United Kingdom; German Empire
Fleets Britain: Grand Fleet
Germany: High Seas Fleet
Commanders Britain: Admiral John Jellicoe, Vice-Admiral David Beatty
Germany: Vice-Admiral Reinhard Scheer
Forces Britain: 28 battleships, 9 battlecruisers
Germany: 16 battleships, 5 battlecruisers
Losses Britain: 6,094 killed
Germany: 2,551 killed
Result Inconclusive

The Battle of Jutland, known in Germany as the Skagerrakschlacht, was fought on 31 May and 1 June 1916 in the North Sea. It was the largest naval battle of the First World War and the only full clash of battleships in it, and both sides claimed it as a victory afterwards.

The battle

On 31 May the battlecruisers of Vice-Admiral David Beatty met those of the German scouting force off the Danish coast, and two British battlecruisers blew up within half an hour.
"""


def _record():
    return extract_operation(read_document(LEAFLET, path="jutland.pdf.txt"))


def test_the_lead_names_the_leaflets_title_not_its_series_or_its_box_heading():
    op = _record()
    assert op.name == "Battle of Jutland"
    assert op.part_of == ("First World War",)


def test_combatants_split_by_the_sides_each_line_names():
    op = _record()
    assert [s.belligerents for s in op.sides] == [("United Kingdom",), ("German Empire",)]
    assert [s.units for s in op.sides] == [("Grand Fleet",), ("High Seas Fleet",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["John Jellicoe", "David Beatty"],
                                                                  ["Reinhard Scheer"]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[28, 9], [16, 5]]
    assert [[c.killed.low for c in s.casualties] for s in op.sides] == [[6094], [2551]]


def test_places_either_side_of_between():
    assert _record().places == ("North Sea", "Denmark", "Norway")


def test_a_side_named_by_its_peoples_word_or_a_word_of_its_name():
    fields = [RawField("belligerents", "Empire of Japan; Russian Empire"),
              RawField("commanders", "Japan: Admiral Tōgō\nRussia: Vice-Admiral Rozhdestvensky"),
              RawField("casualties", "Japan: 117 killed; Russia: 4,830 killed")]
    out = [(f.key, f.text, f.side) for f in assign_sides(fields)]
    assert out == [("belligerents", "Empire of Japan", 0), ("belligerents", "Russian Empire", 1),
                   ("commanders", "Admiral Tōgō", 0), ("commanders", "Vice-Admiral Rozhdestvensky", 1),
                   ("casualties", "117 killed", 0), ("casualties", "4,830 killed", 1)]


def test_lines_naming_no_side_are_left_to_the_column_rules():
    fields = (RawField("belligerents", "United Kingdom; German Empire"),
              RawField("commanders", "Note: see below\nAdmiral John Jellicoe"),
              RawField("units", "Britain: Grand Fleet"))  # one side named only: not the layout
    assert _named_lines(fields) == fields


def test_fact_labels_need_a_war_a_figure_or_a_side_after_them():
    assert inline_label("War Russo-Japanese War") == ("part_of", 4)
    assert inline_label("War II") is None  # a wrapped "World War II"
    assert inline_label("Forces Armées Nationales Tchadiennes") is None  # a unit's name
    assert inline_label("Losses 3,000 killed") == ("casualties", 7)
    assert inline_label("Fleets Japan: Combined Fleet") == ("units", 7)


def test_an_invisible_soft_hyphen_leaves_a_name():
    text = LEAFLET.replace("Reinhard Scheer", "Reinhard Sch\u00adeer")
    op = extract_operation(read_document(text, path="jutland.pdf.txt"))
    assert [c.name for c in op.sides[1].commanders] == ["Reinhard Scheer"]


def test_lines_named_by_their_sides_part_and_a_line_naming_no_side():
    fields = [RawField("belligerents", "Ottoman Sultanate", 0), RawField("belligerents", "Byzantine Empire", 1),
              RawField("strength", "Ottoman: c. 80,000 men\nDefenders: c. 7,000 men")]
    assert [(f.text, f.side) for f in assign_sides(fields) if f.key == "strength"] == [
        ("c. 80,000 men", 0), ("c. 7,000 men", 1)]
    # "Defenders and inhabitants" names no side: the field is left to the column rules, whole
    mixed = (RawField("belligerents", "Ottoman Sultanate", 0), RawField("belligerents", "Byzantine Empire", 1),
             RawField("casualties", "Ottoman: unknown\nDefenders and inhabitants: c. 4,000 dead"))
    assert _named_lines(mixed) == mixed


def test_a_chapter_titled_the_siege_names_the_siege():
    chapter = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html><head><title>The Siege of Corvel</title>'
               '</head><body><h1>The Siege of Corvel</h1><p>In the spring of 1711 the Estrian army marched on '
               'Corvel, and on 2 April 1711 it began the siege of the town, which held out until 9 May.</p></body></html>')
    assert extract_operation(read_document(chapter, path="ch04.xhtml")).name == "Siege of Corvel"


def test_a_blog_posts_table_block_in_a_figure_is_its_box():
    page = ("<html><body><main><h1>Eighty years on</h1><p>Eighty years ago today, on 28 March 1942, an old "
            "destroyer rammed the gates of the dock at Sainte-Orle.</p>"
            "<figure class='wp-block-table'><table><thead><tr><th colspan='3'>Operation Lantern at a glance</th></tr>"
            "</thead><tbody><tr><td><strong>Date</strong></td><td colspan='2'>28 March 1942</td></tr>"
            "<tr><td></td><td><strong>Britain</strong></td><td><strong>Germany</strong></td></tr>"
            "<tr><td><strong>Forces</strong></td><td>Royal Navy, No. 2 Commando</td><td>Kriegsmarine, German Army</td></tr>"
            "<tr><td><strong>Commanders</strong></td><td>Cdr Robert Ryder RN<br>Lt Col H. Jones VC, OBE</td>"
            "<td>Kapitän zur See Karl Mecke</td></tr><tr><td><strong>Numbers</strong></td><td>622 men</td>"
            "<td>c. 5,000</td></tr></tbody></table><figcaption>Figures vary.</figcaption></figure>"
            "<figure><img src='x.jpg'><figcaption>The dock in 1947, photographed on 2 May.</figcaption></figure>"
            "</main></body></html>")
    op = extract_operation(read_document(page, "post.html"))
    assert op.name == "Operation Lantern" and op.start_date == "1942-03-28"
    assert [s.belligerents for s in op.sides] == [("Britain",), ("Germany",)]
    assert [s.units for s in op.sides] == [("Royal Navy", "No. 2 Commando"), ("Kriegsmarine", "German Army")]
    assert [(c.rank, c.name) for c in op.sides[0].commanders] == [("Cdr", "Robert Ryder"), ("Lt Col", "H. Jones")]
    assert [s.strength[0].count.low for s in op.sides] == [622, 5000]
    assert "photographed" not in read_document(page, "post.html").text  # an image's caption is no prose


def test_columns_headed_by_the_sides_part_take_their_names_from_the_forces_row():
    page = ("<html><body><main><table><caption>The Rising at a glance</caption>"
            "<tr><th>When</th><td colspan='2'>April 24–30, 1916</td></tr>"
            "<tr><th></th><th>Rebels</th><th>Crown forces</th></tr>"
            "<tr><th>Forces</th><td>Irish Volunteers, Irish Citizen Army</td><td>British Army, Dublin Police</td></tr>"
            "<tr><th>Leaders</th><td>Patrick Pearse</td><td>Brig.-Gen. William Lowe</td></tr>"
            "<tr><th>Dead</th><td>66 (Glasnevin Trust)</td><td>143 soldiers and police (Glasnevin Trust)</td></tr>"
            "<tr><th>Civilians killed</th><td colspan='2'>260</td></tr></table>"
            "<p>On 24 April 1916 the rebels took the Post Office in the centre of Dublin.</p></main></body></html>")
    op = extract_operation(read_document(page, "rising.html"))
    assert [s.belligerents for s in op.sides] == [("Irish Volunteers", "Irish Citizen Army"),
                                                  ("British Army", "Dublin Police")]
    assert [(c.rank, c.name) for c in op.sides[1].commanders] == [("Brig.-Gen.", "William Lowe")]
    assert [s.casualties[0].killed.low for s in op.sides] == [66, 143]  # a "Dead" row counts the killed
    assert op.civilian_casualties[0].killed.low == 260


def test_a_footnote_plugins_linked_marks_leave_the_sentences_apart():
    page = ("<html><body><main><h1>Kessa</h1><p>On 28 March 1942 the destroyer rammed the gates of the dock at "
            "Kessa.<span class='easy-footnote'><a href='#fn-1'><sup>1</sup></a></span> That evening the Admiralty "
            "claimed that the dock had been destroyed.<sup>[<a href='#cite-2'>2</a>]</sup></p></main></body></html>")
    doc = read_document(page, "post.html")
    assert "Kessa. That evening" in doc.text and "[]" not in doc.text


def test_a_box_pandoc_rewrote_keeps_its_sections_and_the_left_sides_header_cells():
    page = ("<html><body><table class='infobox ib-military-conflict'><tbody>"
            "<tr><th colspan='2' class='infobox-above'>Battle of Kessa</th></tr>"
            "<tr><th class='infobox-subheader'>Part of the <a href='/wiki/O'>Orlan War</a></th><td></td></tr>"
            "<tr><th class='infobox-label' scope='row'>Date</th><td class='infobox-data'>31 March 1936</td></tr>"
            "<tr><th class='infobox-label' scope='row'>Result</th><td class='infobox-data'>Orlan victory</td></tr>"
            "<tr><th class='infobox-header'>Belligerents</th><td></td></tr>"
            "<tr><th class='infobox-data infobox-data-a'>Tessan Empire</th><td class='infobox-data infobox-data-b'>"
            "Kingdom of Orla</td></tr></tbody></table>"
            "<p>The Battle of Kessa was fought on 31 March 1936 between the Tessan Empire and the Kingdom of Orla.</p>"
            "</body></html>")
    op = extract_operation(read_document(page, "kessa.xhtml"))
    assert op.part_of == ("Orlan War",) and op.start_date == "1936-03-31"
    assert [s.belligerents for s in op.sides] == [("Tessan Empire",), ("Kingdom of Orla",)]


# A law report's editorial box: a heading naming it ("Incident summary: …"), a short note between
# the heading and its table, the civilians' toll as "Civilian harm".
INCIDENT_BOX = """<html><head><title>Osk v. Velmar - LexReports</title></head><body>
<h1>Osk v. Velmar (Judgment of 19 December 2005)</h1>
<aside class="incident-box">
<h2>Incident summary: Fighting at Osk Ford (May 1944)</h2>
<p class="note">Editorial summary; not part of the judgment.</p>
<table>
<tr><th>Part of</th><td colspan="2">Tarsen War</td></tr>
<tr><th>Period</th><td colspan="2">2–4 May 1944</td></tr>
<tr><th>Outcome</th><td colspan="2">Tarsenian victory</td></tr>
<tr><th></th><th>Tarsenia</th><th>Velmar Republic</th></tr>
<tr><th>Civilian harm</th><td colspan="2">c. 60 killed (UN mission)</td></tr>
</table></aside>
<p>The Court finds that on 2 May 1944 the forces of Tarsenia captured the village of Dolny Brod near the ford.</p>
</body></html>"""


def test_an_incident_summary_heading_names_its_box_over_a_note():
    op = extract_operation(read_document(INCIDENT_BOX, path="osk.html"))
    assert op.name == "Fighting at Osk Ford (May 1944)"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [c.killed.best for c in op.civilian_casualties if c.killed] == [60]
