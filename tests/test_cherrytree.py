"""The CherryTree reader: an invented battle pasted into a researcher's notebook (``.ctd``), the box a
CherryTree table (its header row written last), other nodes the researcher's own notes. The article
node must give the box, the prose and the dated events, and nothing of the other nodes."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, cherrytree

NOTEBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<cherrytree>
  <bookmarks list="2"/>
  <node name="Tarsen War seminar" unique_id="1" master_id="0" prog_lang="custom-colors" tags="seminar;tarsenia" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="1" foreground="" ts_creation="1704067200" ts_lastsave="1706745600">
    <rich_text weight="heavy">Seminar: the Tarsen War, spring 1944
</rich_text>
    <rich_text>Articles pasted from the wiki; my own notes are in the last node.
</rich_text>
    <node name="Battle of Osk Ford (1944)" unique_id="2" master_id="0" prog_lang="custom-colors" tags="wiki;osk" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1704153600" ts_lastsave="1704240000">
      <rich_text scale="h1">Battle of Osk Ford</rich_text>
      <rich_text>
</rich_text>
      <rich_text style="italic">From Wikipedia, the free encyclopedia</rich_text>
      <rich_text>
For the crossing of 1921, see </rich_text>
      <rich_text link="webs https://en.example.org/wiki/First_Battle_of_Osk_Ford">First Battle of Osk Ford</rich_text>
      <rich_text>.
</rich_text>
      <rich_text>The </rich_text>
      <rich_text weight="heavy">Battle of Osk Ford</rich_text>
      <rich_text> was fought from 2 to 4 May 1944 between </rich_text>
      <rich_text link="webs https://en.example.org/wiki/Tarsenia">Tarsenia</rich_text>
      <rich_text> and the </rich_text>
      <rich_text link="node 3">Velmar Republic</rich_text>
      <rich_text> at the ford of the Osk river.</rich_text>
      <rich_text scale="sup" link="webs https://en.example.org/wiki/Battle_of_Osk_Ford#cite_note-1">[1]</rich_text>
      <rich_text> It ended the Velmar offensive of that spring and opened the road to the capital for the Tarsenian army, which had waited on the far bank since the winter.</rich_text>
      <rich_text scale="sup" link="webs https://en.example.org/wiki/Battle_of_Osk_Ford#cite_note-2">2</rich_text>
      <rich_text>
</rich_text>
      <rich_text scale="h2">Background</rich_text>
      <rich_text>
The ford had been fortified since the previous autumn, and </rich_text>
      <rich_text style="italic">both</rich_text>
      <rich_text> armies knew that whoever held it held the road.
</rich_text>
      <rich_text scale="h2">Battle</rich_text>
      <rich_text>
On 2 May 1944 the Second Corps captured the village of Dolny Brod.</rich_text>
      <rich_text scale="sup" link="webs https://en.example.org/wiki/Battle_of_Osk_Ford#cite_note-3">[3]</rich_text>
      <rich_text> Two days later Velmar artillery shelled the bridgehead, killing twelve soldiers.
The Velmar rearguard fell back to the hills, where
it dug in along the old border road.
</rich_text>
      <rich_text scale="h3">Order of battle</rich_text>
      <rich_text>
• Second Corps (Tarsenia)
• 4th Rifle Brigade (Velmar Republic)
</rich_text>
      <rich_text scale="h2">References</rich_text>
      <rich_text>
1. ^ Kand, Ivo (1990). Osk Ford. Tarsk: Ferro. p. 2.
2. ^ Kand, p. 9.
3. ^ Orlan, Mira (2001). "The Osk crossing". War Quarterly. 12 (3): 40–52.
Categories: Battles of the Tarsen War | Conflicts in 1944
</rich_text>
      <encoded_png char_offset="19" justification="left" link="" sha256sum="0f3a">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</encoded_png>
      <table char_offset="114" justification="left" col_min="40" col_max="240" col_widths="180,200">
        <row><cell>Part of the Tarsen War</cell><cell></cell></row>
        <row><cell>Tarsenian engineers at the ford, May 1944</cell><cell></cell></row>
        <row><cell>Date</cell><cell>2–4 May 1944</cell></row>
        <row><cell>Location</cell><cell>Osk Ford, Tarsenia</cell></row>
        <row><cell>Result</cell><cell>Tarsenian victory</cell></row>
        <row><cell>Belligerents</cell><cell></cell></row>
        <row><cell>Tarsenia</cell><cell>Velmar Republic</cell></row>
        <row><cell>Commanders and leaders</cell><cell></cell></row>
        <row><cell>Aldo Veris
Ilse Darn</cell><cell>Pero Lask †</cell></row>
        <row><cell>Strength</cell><cell></cell></row>
        <row><cell>14,000</cell><cell>9,500</cell></row>
        <row><cell>Casualties and losses</cell><cell></cell></row>
        <row><cell>212 killed
540 wounded</cell><cell>1,100 killed
2,300 captured</cell></row>
        <row><cell>Battle of Osk Ford</cell><cell></cell></row>
      </table>
      <codebox char_offset="681" justification="left" frame_width="400" frame_height="60" width_in_pixels="1" syntax_highlighting="python3" highlight_brackets="1" show_line_numbers="0">print("On 5 May 1944 the reserve arrived")</codebox>
    </node>
    <node name="Reading notes" unique_id="3" master_id="0" prog_lang="custom-colors" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1704326400" ts_lastsave="1706745600">
      <rich_text scale="h2">To check</rich_text>
      <rich_text>
☐ Kand says the counterattack of 7 June 1944 was repulsed at Vrana: compare with Orlan.
☐ Table of Velmar losses in the archive, box 12.
</rich_text>
      <table char_offset="40" justification="left" col_min="40" col_max="240" col_widths="100,100">
        <row><cell>Date</cell><cell>Kand, p. 4</cell></row>
        <row><cell>Result</cell><cell>Orlan, p. 41</cell></row>
        <row><cell>Field</cell><cell>Source</cell></row>
      </table>
    </node>
  </node>
</cherrytree>"""

PLAIN = "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><table class="infobox"><tr><th>Date</th><td>2 May 1944</td></tr></table>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod.<sup>[1]</sup></p></body></html>"""
WIKITEXT = """{{Infobox military conflict
| conflict = Battle of Osk Ford
| date = 2 May 1944
| combatant1 = [[Tarsenia]]
| combatant2 = Velmar Republic
}}
'''The Battle of Osk Ford''' was fought on 2 May 1944.<ref>Kand, p. 2.</ref>
"""
MARKDOWN = "# Battle of Osk Ford\n\n| | |\n|---|---|\n| **Date** | 2 May 1944 |\n\nOn 2 May 1944 the corps crossed.\n"
OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>Osk Ford</title></head><body>
<outline text="Battle of Osk Ford"><outline text="Date: 2 May 1944"/></outline></body></opml>"""
TOMBOY = """<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns="http://beatniksoftware.com/tomboy"><title>Battle of Osk Ford</title>
<text xml:space="preserve"><note-content version="0.1">Battle of Osk Ford
On 2 May 1944 the Second Corps captured the village of Dolny Brod.</note-content></text></note>"""
OTHERS = {"plain": PLAIN, "html": HTML, "wikitext": WIKITEXT, "markdown": MARKDOWN, "opml": OPML, "tomboy": TOMBOY,
          "json": json.dumps({"title": "Battle of Osk Ford", "body": "2 May 1944"})}


def test_a_notebook_is_recognised_over_every_other_reader():
    assert cherrytree.score(NOTEBOOK) > 0.9
    assert all(m.score(NOTEBOOK) < cherrytree.score(NOTEBOOK) for m in READERS.values() if m is not cherrytree)


@pytest.mark.parametrize("other", sorted(OTHERS))
def test_other_shapes_score_low(other):
    assert cherrytree.score(OTHERS[other]) == 0.0


def test_the_article_node_gives_its_title_and_text_and_nothing_of_the_other_nodes():
    doc = cherrytree.read(NOTEBOOK)
    assert doc.shape == "cherrytree" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "at the ford of the Osk river.[1] It ended" in doc.text
    assert "since the winter.[2]" in doc.text  # a linked superscript number: a citation mark
    assert "whoever held it held the road." in doc.text
    assert "where it dug in along the old border road." in doc.text  # a wrapped line is the same paragraph
    assert "<" not in doc.text and "rich_text" not in doc.text
    for dropped in ("Seminar", "reading notes", "counterattack", "Vrana", "Orlan, p. 41",  # the other nodes
                    "From Wikipedia", "crossing of 1921",  # the tagline and the hatnote
                    "reserve arrived", "iVBOR", "Kand, Ivo", "Categories"):  # code box, image, references
        assert dropped not in doc.text, dropped


def test_objects_stand_at_their_offsets_and_the_header_row_comes_first():
    page = cherrytree.html_page(cherrytree.parse(NOTEBOOK)[0])
    assert page.index("<h1>Battle of Osk Ford</h1>") < page.index('<table class="infobox">') \
        < page.index("<p>The <b>Battle of Osk Ford</b> was fought") < page.index("killing twelve soldiers.</p><pre>") \
        < page.index("<p>The Velmar rearguard")
    assert '<table class="infobox"><tr><th colspan=2>Battle of Osk Ford</th></tr><tr><td colspan=2>Part of' in page
    assert "<tr><th colspan=2>Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>" in page
    assert "<td>Aldo Veris<br>Ilse Darn</td>" in page
    assert "<h2>Background</h2>" in page and "<h3>Order of battle</h3>" in page
    assert "<ul><li>Second Corps (Tarsenia)</li><li>4th Rifle Brigade (Velmar Republic)</li></ul>" in page
    assert "<title>Battle of Osk Ford (1944)</title>" in page  # the node's name


def test_the_notebook_gives_its_box_and_events():
    op = extract_operation(cherrytree.read(NOTEBOOK))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    assert [q.count.low for s in op.sides for q in s.strength] == [14000, 9500]
    assert [(c.killed.low, c.wounded.low if c.wounded else None) for s in op.sides for c in s.casualties] == \
        [(212, 540), (1100, None)]
    assert op.sides[1].casualties[0].captured.low == 2300
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert not {"1944-05-05", "1944-06-07"} & {e.date for e in op.events}  # the code box, the notes node


def test_a_second_object_counts_the_first_as_a_character():
    node = ("<cherrytree><node name='Osk'><rich_text>First line.\nSecond line.\nThird line.</rich_text>"
            "<codebox char_offset='12'>x = 1</codebox><codebox char_offset='26'>y = 2</codebox></node></cherrytree>")
    page = cherrytree.html_page(cherrytree.parse(node)[0])
    assert "<p>First line.</p><pre>x = 1</pre><p>Second line.</p><pre>y = 2</pre><p>Third line.</p>" in page


def test_a_table_of_notes_is_no_box_and_a_second_h1_heads_a_section():
    node = ("<cherrytree><node name='Osk'><rich_text scale='h1'>Osk Ford</rich_text><rich_text>\nText.\n"
            "</rich_text><rich_text scale='h1'>Later</rich_text><rich_text>\nMore text.</rich_text>"
            "<table char_offset='14'><row><cell>Kand</cell><cell>p. 4</cell></row>"
            "<row><cell>Source</cell><cell>Page</cell></row></table></node></cherrytree>")
    page = cherrytree.html_page(cherrytree.parse(node)[0])
    assert "<table><tr><th>Source</th><th>Page</th></tr><tr><td>Kand</td><td>p. 4</td></tr></table>" in page
    assert "<h1>Osk Ford</h1>" in page and "<h2>Later</h2>" in page


def test_broken_xml_is_read_leniently_with_a_warning():
    broken = NOTEBOOK.replace("</node>", "", 1).replace("the far bank", "the far bank & the fords")
    doc = cherrytree.read(broken)
    assert doc.title == "Battle of Osk Ford" and any("read leniently" in w for w in doc.warnings)
    assert "the far bank & the fords" in doc.text
    op = extract_operation(doc)
    assert op.result == "Tarsenian victory" and [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]


@pytest.mark.parametrize("text", ["", "plain words", "<cherrytree>", "<cherrytree><node name='x'>",
                                  "<" * 5000, "<cherrytree>" + "<node>" * 3000, NOTEBOOK[:len(NOTEBOOK) // 2]])
def test_odd_input_never_raises(text):
    doc = cherrytree.read(text)
    assert doc.shape == "cherrytree"
