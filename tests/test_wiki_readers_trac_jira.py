"""Readers for pages kept in a project's tracker: a Trac wiki page and a Jira ticket's description.
Each holds the same invented battle, its box retyped as the wiki's table; each must give the box and
the dated events, leave no markup in the text, and claim no other shape."""
from __future__ import annotations

import json

import pytest
from test_dokuwiki import PAGE as DOKUWIKI
from test_forum_readers import BBCODE, MOIN
from test_office_readers import TEXTILE

from warfile.extract import extract_operation
from warfile.readers import READERS, jira, trac

LEAD = ("The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of "
        "the Osk river. It ended the Velmar offensive of that spring and opened the road to the capital for the "
        "Tarsenian army, which had waited on the far bank since the winter.")
BATTLE = ("On 2 May 1944 the Second Corps captured the village of Dolny Brod. Two days later Velmar artillery "
          "shelled the bridgehead, killing twelve soldiers.")
FILLER = "The ford had been fortified since the previous autumn, and {} armies knew that whoever held it held the road."

TRAC = f"""{{{{{{#!comment
Imported from en.wikipedia.org on 2024-01-14 by ivo; the box retyped as a table.
}}}}}}
[[PageOutline(2-3)]]
[[TracNav(MilitaryHistory/TOC)]]

= Battle of Osk Ford = #top

{{{{{{#!div style="float: right; width: 22em; border: 1px solid #aaa"
||||= Battle of Osk Ford =||
||||Part of the [wiki:TarsenWar Tarsen War]||
||= Date =||2 May 1944||
||= Location =||Osk Ford, [wikipedia:Tarsenia Tarsenia]||
||= Result =||'''Tarsenian victory'''||
||||= Belligerents =||
||[wikipedia:Tarsenia Tarsenia]||Velmar Republic||
||||= Commanders and leaders =||
||Aldo Veris[[BR]]Ilse Darn||Pero Lask †||
}}}}}}

[[Image(osk_ford_map.png, 300px, right)]]
{LEAD}^[1]^

== Battle == #battle

{BATTLE}[[FootNote(Kand, Osk Ford (1990), p. 2.)]]

{FILLER.format("''both''")} See [http://example.org/kand Kand].

{{{{{{
#!python
print("On 5 May 1944 the reserve arrived")
}}}}}}

== References ==
 * Kand, Ivo. ''Osk Ford'' (1990), p. 2.
[[FootNote]]
"""

JIRA = f"""Key: WAR-112
Summary: Import the Osk Ford article for the timeline
Reporter: Ivo Kand
Assignee: Mira Castell
Status: In Progress
Created: 14/Jan/24 09:12
Description:

h1. Battle of Osk Ford

{{panel:title=Source|borderStyle=dashed}}
Copied from [Wikipedia|https://en.wikipedia.org/wiki/Battle_of_Osk_Ford] for [~mcastell]; see {{{{WAR-98}}}}.
{{panel}}

||Battle of Osk Ford||
|Part of the [Tarsen War|https://example.org/Tarsen_War]|
||Date|2 May 1944|
||Location|Osk Ford, Tarsenia|
||Result|{{color:green}}Tarsenian victory{{color}}|
||Belligerents||
|[Tarsenia|https://example.org/T]|Velmar Republic|
||Commanders and leaders||
|Aldo Veris\\\\Ilse Darn|Pero Lask †|

!osk_ford_map.png|thumbnail!
{LEAD}\\[1\\]

h2. Battle

{BATTLE}\\[2\\]

{{quote}}
{FILLER.format("_both_")}
{{quote}}

{{code:python}}
print("On 5 May 1944 the reserve arrived")
{{code}}

h2. References

# Kand, Ivo. _Osk Ford_ (1990), p. 2.
"""

PAGES = {"trac": (trac, TRAC), "jira": (jira, JIRA)}
LEFTOVERS = {"trac": ("[[", "{{", "||", "''", "^", "[wiki:", "[http", "= ", "#!", "%"),
             "jira": ("{", "||", "|", "h1.", "h2.", "\\", "!", "[~", "_both_", "%")}

MARKDOWN = """---
title: Battle of Osk Ford
---
# Battle of Osk Ford

| | |
|---|---|
| **Date** | 2 May 1944 |
| **Result** | Tarsenian victory |

On 2 May 1944 the Second Corps captured the village of [Dolny Brod](https://example.org/DB).[^1]

## Battle

* **Velmar** artillery shelled the bridgehead.

[^1]: Kand, *Osk Ford*, p. 2.
"""
WIKITEXT = """{{Infobox military conflict
| conflict = Battle of Osk Ford
| partof = [[Tarsen War]]
| date = 2 May 1944
| result = Tarsenian victory
| combatant1 = [[Tarsenia]]
| combatant2 = Velmar Republic
}}
'''The Battle of Osk Ford''' was fought on 2 May 1944.<ref>Kand, p. 2.</ref>

== Battle ==
On 2 May 1944 the Second Corps captured [[Dolny Brod]].<br />Two days later the bridgehead was shelled.

{| class="wikitable"
|-
! Date !! Event
|-
| 2 May || Crossing
|}
"""
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><table class="infobox"><tr><th>Date</th><td>2 May 1944</td></tr></table>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod.<sup>[1]</sup></p></body></html>"""
PLAIN = "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
OTHER_SHAPES = {"markdown": MARKDOWN, "wikitext": WIKITEXT, "html": HTML, "plain": PLAIN, "moinmoin": MOIN,
                "textile": TEXTILE, "dokuwiki": DOKUWIKI, "bbcode": BBCODE, "trac": TRAC, "jira": JIRA,
                "json": json.dumps({"title": "Battle of Osk Ford", "wikitext": TRAC, "description": JIRA})}


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_tracker_page_is_recognised_over_every_other_reader(shape):
    reader, page = PAGES[shape]
    assert reader.score(page) > 0.9
    assert all(module.score(page) < reader.score(page) for module in READERS.values() if module is not reader)


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_tracker_page_gives_its_title_and_text_without_markup(shape):
    reader, page = PAGES[shape]
    doc = reader.read(page)
    assert doc.shape == shape and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "since the winter.[1]" in doc.text and "armies knew that whoever held it" in doc.text
    assert not [mark for mark in LEFTOVERS[shape] if mark in doc.text]
    assert "reserve arrived" not in doc.text  # a code block
    assert "Imported from" not in doc.text and "Reporter" not in doc.text and "WAR-112" not in doc.text


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_tracker_page_gives_its_box_and_events(shape):
    reader, page = PAGES[shape]
    op = extract_operation(reader.read(page))
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "1944-05-05" not in {e.date for e in op.events}


def test_a_trac_footnote_keeps_its_number_and_drops_its_body():
    doc = trac.read(TRAC)
    assert "killing twelve soldiers.[1]" in doc.text and "Kand, Osk Ford (1990)" not in doc.text


def test_trac_cells_spanning_columns_and_wiki_links_without_text():
    page = "= Osk =\n[[PageOutline]]\n||||||= Caption =||\n||= a =||[wiki:Dolny_Brod]||[[wiki:Osk|the ford]]||\n"
    html = trac.html_page(page)
    assert '<th colspan="3">Caption</th>' in html and "<td>Dolny Brod</td><td>the ford</td>" in html


def test_jira_header_lines_are_dropped_but_a_description_on_its_line_is_kept():
    page = "Key: WAR-9\nStatus: Open\nDescription: On 2 May 1944 the Second Corps crossed the Osk. {code}x{code}\n"
    text = jira.read(page).text
    assert text.strip() == "On 2 May 1944 the Second Corps crossed the Osk." and "Open" not in text


@pytest.mark.parametrize("other", sorted(OTHER_SHAPES))
def test_other_shapes_score_zero(other):
    text = OTHER_SHAPES[other]
    for shape, (reader, _) in PAGES.items():
        if shape != other:
            assert reader.score(text) == 0.0, (shape, other)
