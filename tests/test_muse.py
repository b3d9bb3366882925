"""The Muse reader: an invented battle as an Amusewiki text (``.muse``), its box two Muse tables (the
"at a glance" table and the sides' table), footnotes at the end. The box, the prose and the dated
events must come through; the directives, comments, footnote bodies and example blocks must not."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, muse

TEXT = """#title The Battle of Osk Ford
#subtitle May 1944: the crossing that ended the Velmar offensive
#author Ivo Kand
#SORTauthors Ivo Kand
#SORTtopics Tarsen War, military history, rivers
#date 1998
#source Retrieved on 3 March 2020 from [[https://osk.example.org/ford][osk.example.org]]
#lang en
#pubdate 2020-03-03T10:00:00
#notes First printed in <em>River Wars</em> no. 2. The tables were added by the library's editors.
#teaser On 9 May 1950 the veterans met again at the ford.

; the editors' copy of the box, checked against the wiki
<quote>
“The river was ours before the sun was up.”

— a Tarsenian sapper
</quote>

 |+ The battle at a glance +|
 Battle || Battle of Osk Ford (also Crossing of the Osk)
 Part of | Tarsen War
 Date | 2–4 May 1944
 Place | Osk Ford, Velmar border
 Result | Tarsenian victory

 |+ The two sides +|
 || Tarsenia || Velmar Republic
 Belligerents | Tarsenia | Velmar Republic
 Commanders | Aldo Veris<br>Ilse Darn | Pero Lask †
 Strength | 14,000 | 9,500
 Casualties | 212 killed<br>540 wounded | 1,100 killed<br>2,300 captured

The ford of the Osk was the only crossing for forty kilometres, and *both* armies knew that
whoever held it held the **road to the capital**.[1]

* Part one

** Background

The ford had been fortified since the previous autumn by the =4th Rifle Brigade=, and the
Velmar staff believed it could not be forced.[2] See [[https://osk.example.org/map][the map]].

** The battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[3] Two days later Velmar
artillery shelled the bridgehead, killing twelve soldiers.

 - Second Corps (Tarsenia)
 - 4th Rifle Brigade (Velmar Republic)

<example>
On 5 May 1944 the reserve arrived.
</example>

<comment>
On 6 May 1944 the editors added this.
</comment>

<verse>
The river is cold
and the ford is deep
</verse>

*** Aftermath

The Velmar rearguard fell back to the hills, where it dug in along the old border road.

 |+ Sources compared +|
 Source || Killed
 Kand | 1,100
 Orlan | 900

----

[1] Ivo Kand, <em>River Wars</em> (Osk, 1998), p. 12. On 7 June 1944 the ford was renamed.

[2] Orlan, p. 41.

[3] Kand, p. 14.
"""

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
MARKDOWN = "# Battle of Osk Ford\n\n| | |\n|---|---|\n| **Date** | 2 May 1944 |\n\nOn 2 May 1944 the corps crossed.\n"
ORG = "#+TITLE: Battle of Osk Ford\n#+AUTHOR: Ivo Kand\n\n* Background\n\nOn 2 May 1944 the corps crossed.\n"
SHELL = "#!/bin/sh\n# build the notes\nmake all\n"
OTHERS = {"plain": PLAIN, "html": HTML, "wikitext": WIKITEXT, "markdown": MARKDOWN, "org": ORG, "shell": SHELL,
          "json": json.dumps({"title": "Battle of Osk Ford", "body": "2 May 1944"})}


def test_a_muse_text_is_recognised_over_every_other_reader():
    assert muse.score(TEXT) > 0.9
    assert all(m.score(TEXT) < muse.score(TEXT) for m in READERS.values() if m is not muse)


@pytest.mark.parametrize("other", sorted(OTHERS))
def test_other_shapes_score_low(other):
    assert muse.score(OTHERS[other]) == 0.0


def test_the_page_keeps_its_prose_and_drops_the_apparatus():
    doc = muse.read(TEXT)
    assert doc.shape == "muse" and doc.title == "The Battle of Osk Ford" and not doc.warnings
    assert "both armies knew that whoever held it held the road to the capital.[1]" in doc.text
    assert "by the 4th Rifle Brigade, and the Velmar staff" in doc.text
    assert "See the map." in doc.text
    assert "where it dug in along the old border road." in doc.text
    assert "The river was ours" in doc.text  # the quotation
    for dropped in ("Ivo Kand", "Tarsen War, military", "9 May 1950", "editors' copy", "River Wars", "7 June 1944",
                    "Orlan, p. 41", "6 May 1944", "osk.example.org", "*both*", "**", "=4th", "[["):
        assert dropped not in doc.text, dropped


def test_the_markup_is_written_as_html():
    page = muse.html_page(TEXT)
    assert "<title>The Battle of Osk Ford</title>" in page and "<h1>The Battle of Osk Ford</h1>" in page
    assert page.count('<table class="infobox">') == 1  # the two box tables are one box
    assert '<table class="infobox"><tr><th colspan=2>Battle of Osk Ford</th></tr>' \
           "<tr><th>Also known as</th><td colspan=2>Crossing of the Osk</td></tr>" in page
    assert "<tr><th></th><th>Tarsenia</th><th>Velmar Republic</th></tr>" in page
    assert "<tr><th>Commanders</th><td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask †</td></tr>" in page
    assert "<h2>Part one</h2>" in page and "<h3>Background</h3>" in page and "<h4>Aftermath</h4>" in page
    assert "<i>both</i>" in page and "<b>road to the capital</b>" in page and "<code>4th Rifle Brigade</code>" in page
    assert "<ul><li>Second Corps (Tarsenia)</li><li>4th Rifle Brigade (Velmar Republic)</li></ul>" in page
    assert "<pre>On 5 May 1944 the reserve arrived.</pre>" in page
    assert "<p>The river is cold<br>and the ford is deep</p>" in page
    assert "<table><caption>Sources compared</caption><tr><th>Source</th><th>Killed</th></tr>" in page
    assert "<blockquote><p>“The river was ours before the sun was up.”</p>" in page


def test_the_text_gives_its_box_and_events():
    op = extract_operation(muse.read(TEXT))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                "Tarsenian victory")
    assert op.aliases == ("Crossing of the Osk",) and op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    assert [q.count.low for s in op.sides for q in s.strength] == [14000, 9500]
    assert [(c.killed.low if c.killed else None) for c in op.sides[1].casualties][0] == 1100
    assert op.sides[0].casualties[0].killed.low == 212
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert not {"1944-05-05", "1944-05-06", "1944-06-07", "1950-05-09"} & {e.date for e in op.events}


def test_odd_text_never_raises():
    for text in ("", "#title", "#title X\n\n |+ open", "#title X\n<example>\nnever closed", "#title X\n<verse>\n",
                 "#title X\n\n** \n*** *\n | | |\n ||| a |||", "\x00" * 50, "[[" * 1000 + "*" * 1000):
        doc = muse.read(text)
        assert doc.shape == "muse"
