"""The Tomboy/Gnote reader: an invented battle pasted into a desktop note (``.note``), its box retyped
as a nested list ("Belligerents:" over one sub-item a side), the note's dates and tags after its
text. The note must give the box, the prose and the dated events, and none of its metadata."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, tomboy

NOTE = """<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>Battle of Osk Ford</title>
  <text xml:space="preserve"><note-content version="0.1">Battle of Osk Ford

Pasted from <link:url>https://en.example.org/wiki/Battle_of_Osk_Ford</link:url>; the box retyped as a list.

<size:large>Key facts</size:large>
<list><list-item dir="ltr">Part of: the <link:internal>Tarsen War</link:internal>
</list-item><list-item dir="ltr">Date: 2–4 May 1944
</list-item><list-item dir="ltr">Location: Osk Ford, <link:internal>Tarsenia</link:internal>
</list-item><list-item dir="ltr">Result: <bold>Tarsenian victory</bold>
</list-item><list-item dir="ltr">Belligerents:
<list><list-item dir="ltr">Tarsenia
</list-item><list-item dir="ltr">Velmar Republic (supported by Orsk)
</list-item></list></list-item><list-item dir="ltr">Commanders and leaders:
<list><list-item dir="ltr">Tarsenian side: Aldo Veris; Ilse Darn
</list-item><list-item dir="ltr">Velmar side: Pero Lask †
</list-item></list></list-item><list-item dir="ltr">Units:
<list><list-item dir="ltr">Velmar side: 4th Rifle Brigade
</list-item></list></list-item><list-item dir="ltr">Strength:
<list><list-item dir="ltr">Tarsenian side: 14,000
</list-item><list-item dir="ltr">Velmar side: 9,500
</list-item></list></list-item><list-item dir="ltr">Casualties:
<list><list-item dir="ltr">Tarsenia:
<list><list-item dir="ltr">212 killed
</list-item><list-item dir="ltr">540 wounded
</list-item></list></list-item><list-item dir="ltr">Velmar side: 1,100 killed, 2,300 captured
</list-item></list></list-item></list>
The <bold>Battle of Osk Ford</bold> was fought from 2 to 4 May 1944 between <link:internal>Tarsenia</link:internal> and the Velmar Republic at the ford of the Osk river.[1] It ended the Velmar offensive of that spring and opened the road to the capital for the Tarsenian army, which had waited on the far bank since the winter.[2]

<size:large>Background</size:large>
The ford had been fortified since the previous autumn, and <italic>both</italic> armies knew that <strikethrough>whoever</strikethrough> held it held the road.

<size:large>Battle</size:large>
<bold>The crossing</bold>
On 2 May 1944 the <highlight>Second Corps</highlight> captured the village of <link:broken>Dolny Brod</link:broken>.[3] Two days later Velmar artillery shelled the bridgehead, killing twelve soldiers.
The Velmar rearguard fell back to the hills, where
it dug in along the old border road, as the <monospace>Kand</monospace> map shows.<size:small> (map 4)</size:small>

<size:large>References</size:large>
1. ^ Kand, Ivo (1990). Osk Ford. Tarsk: Ferro. p. 2.
2. ^ Kand, p. 9.
3. ^ Orlan, Mira (2001). "The Osk crossing". War Quarterly. 12 (3): 40–52.

See also: <link:internal>Tarsen War reading notes</link:internal></note-content></text>
  <last-change-date>2024-01-14T10:02:11.503000+01:00</last-change-date>
  <last-metadata-change-date>2024-01-14T10:02:11.503000+01:00</last-metadata-change-date>
  <create-date>2024-01-12T18:40:05.117000+01:00</create-date>
  <cursor-position>412</cursor-position>
  <selection-bound-position>-1</selection-bound-position>
  <width>640</width>
  <height>700</height>
  <x>220</x>
  <y>80</y>
  <tags>
    <tag>system:notebook:Tarsen War</tag>
  </tags>
  <open-on-startup>False</open-on-startup>
</note>"""

PLAIN = "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><table class="infobox"><tr><th>Date</th><td>2 May 1944</td></tr></table>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod.<sup>[1]</sup></p></body></html>"""
WIKITEXT = """{{Infobox military conflict
| conflict = Battle of Osk Ford
| date = 2 May 1944
| combatant1 = [[Tarsenia]]
}}
'''The Battle of Osk Ford''' was fought on 2 May 1944.<ref>Kand, p. 2.</ref>
"""
CHERRYTREE = """<?xml version="1.0" encoding="UTF-8"?>
<cherrytree><node name="Battle of Osk Ford" unique_id="1" prog_lang="custom-colors">
<rich_text>On 2 May 1944 the Second Corps captured the village of Dolny Brod.</rich_text></node></cherrytree>"""
FB2 = """<?xml version="1.0" encoding="utf-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">
<body><title><p>Battle of Osk Ford</p></title><section><p>On 2 May 1944 the corps crossed.</p></section></body></FictionBook>"""
OTHERS = {"plain": PLAIN, "html": HTML, "wikitext": WIKITEXT, "cherrytree": CHERRYTREE, "fb2": FB2,
          "json": json.dumps({"title": "Battle of Osk Ford", "body": "2 May 1944"})}


def _note(content: str) -> str:
    return ('<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" '
            'xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">'
            '<title>Battle of Osk Ford</title>'
            f'<text xml:space="preserve"><note-content version="0.1">Battle of Osk Ford\n{content}</note-content></text></note>')


def test_a_note_is_recognised_over_every_other_reader():
    assert tomboy.score(NOTE) > 0.9
    assert all(m.score(NOTE) < tomboy.score(NOTE) for m in READERS.values() if m is not tomboy)


@pytest.mark.parametrize("other", sorted(OTHERS))
def test_other_shapes_score_low(other):
    assert tomboy.score(OTHERS[other]) == 0.0


def test_a_note_gives_its_title_and_text_without_markup_or_metadata():
    doc = tomboy.read(NOTE)
    assert doc.shape == "tomboy" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert doc.text.count("Battle of Osk Ford") == 1  # the note's first line (its title again) is no paragraph
    assert "at the ford of the Osk river.[1] It ended" in doc.text and "since the winter.[2]" in doc.text
    assert "both armies knew that whoever held it" in doc.text
    assert "captured the village of Dolny Brod.[3]" in doc.text and "the Kand map shows." in doc.text
    assert "where it dug in along the old border road" in doc.text  # a wrapped line is the same paragraph
    assert "<" not in doc.text and "list-item" not in doc.text
    for dropped in ("2024-01-14", "system:notebook", "False", "Key facts",  # metadata, the box's heading
                    "Kand, Ivo", "reading notes"):  # the references section
        assert dropped not in doc.text, dropped


def test_headings_rank_by_their_markup_and_the_box_is_a_table():
    page = tomboy.html_page(tomboy.parse(NOTE)[0])
    assert "<h2>Background</h2>" in page and "<h2>Battle</h2><h3>The crossing</h3>" in page
    assert "Key facts" not in page  # the box's own heading goes with the box
    assert "<tr><th>Date</th><td>2–4 May 1944</td></tr>" in page
    assert "<tr><th colspan=2>Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic<br>Supported by:<br>Orsk</td></tr>" in page
    assert "<tr><th colspan=2>Units</th></tr><tr><td></td><td>4th Rifle Brigade</td></tr>" in page  # "Velmar side"
    assert "<td>212 killed<br>540 wounded</td>" in page  # a side's own sub-list: its cell's lines


def test_the_note_gives_its_box_and_events():
    op = extract_operation(tomboy.read(NOTE))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [s.supporters for s in op.sides] == [(), ("Orsk",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed and op.sides[1].units == ("4th Rifle Brigade",)
    assert [q.count.low for s in op.sides for q in s.strength] == [14000, 9500]
    assert [c.killed.low for s in op.sides for c in s.casualties] == [212, 1100]
    assert op.sides[0].casualties[0].wounded.low == 540 and op.sides[1].casualties[0].captured.low == 2300
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "2024-01-14" not in {e.date for e in op.events}


def test_a_side_over_its_formations_and_sides_set_against_each_other():
    nested = _note("<list><list-item>Date: 2 May 1944\n</list-item><list-item>Belligerents:\n<list>"
                   "<list-item>Tarsenia\n<list><list-item>Second Corps\n</list-item><list-item>Third Corps\n"
                   "</list-item></list></list-item><list-item>Velmar Republic\n</list-item></list></list-item>"
                   "<list-item>Commanders: Aldo Veris vs. Pero Lask †\n</list-item></list>"
                   "On 2 May 1944 the Second Corps captured the village of Dolny Brod.")
    op = extract_operation(tomboy.read(nested))
    assert [(s.belligerents, s.units) for s in op.sides] == [(("Tarsenia",), ("Second Corps", "Third Corps")),
                                                             (("Velmar Republic",), ())]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]


def test_a_list_that_is_no_box_stays_a_list_and_huge_outranks_large():
    root, warnings = tomboy.parse(_note(
        "<size:huge>Battle</size:huge>\n<size:large>Crossing</size:large>\n<list><list-item>Kand, p. 2\n"
        "<list><list-item>map 4\n</list-item></list></list-item></list>Text."))
    page = tomboy.html_page(root)
    assert not warnings
    assert "<h2>Battle</h2><h3>Crossing</h3><ul><li>Kand, p. 2<ul><li>map 4</li></ul></li></ul><p>Text.</p>" in page


def test_broken_xml_is_read_leniently_with_a_warning():
    broken = NOTE.replace("</list-item></list></list-item></list>\nThe", "</list>\nThe").replace(
        "the far bank", "the far bank & the fords")
    doc = tomboy.read(broken)
    assert doc.title == "Battle of Osk Ford" and any("read leniently" in w for w in doc.warnings)
    assert "the far bank & the fords" in doc.text
    op = extract_operation(doc)
    assert op.result == "Tarsenian victory" and [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]


@pytest.mark.parametrize("text", ["", "plain words", "<note-content>", "<note><title>x</title>",
                                  "<" * 5000, "<note-content>" + "<list><list-item>" * 3000,
                                  _note("<bold>" * 2000 + "x"), NOTE[:len(NOTE) // 2]])
def test_odd_input_never_raises(text):
    doc = tomboy.read(text)
    assert doc.shape == "tomboy"
