"""The mind map reader: an invented battle mapped in Freeplane (``.mm``), its box a node's attributes and
its sides child nodes with theirs, the article's paragraphs nodes and notes. The box, the prose and the
dated events must come through; layout (icons, fonts, edges, the map's styles) must not."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, mindmap

MAP = """<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="Battle of Osk Ford" FOLDED="false" ID="ID_1000" CREATED="1709290112311" MODIFIED="1709468834020" STYLE="oval">
<font SIZE="18"/>
<hook NAME="MapStyle" zoom="0.9">
<properties show_icon_for_attributes="true" fit_to_viewport="false"/>
<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" COLOR="#000000" STYLE="fork">
<font NAME="SansSerif" SIZE="10"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="4" RULE="ON_BRANCH_CREATION"/>
<node TEXT="Fact box" POSITION="right" ID="ID_1001" CREATED="1709412883001" MODIFIED="1709443146284">
<edge COLOR="#ff0000"/>
<icon BUILTIN="list"/>
<attribute_layout NAME_WIDTH="84 pt" VALUE_WIDTH="246 pt"/>
<attribute NAME="Conflict" VALUE="Battle of Osk Ford"/>
<attribute NAME="Part of" VALUE="Tarsen War"/>
<attribute NAME="Date" VALUE="2&#x2013;4 May 1944"/>
<attribute NAME="Location" VALUE="Osk Ford, Velmar border"/>
<attribute NAME="Result" VALUE="Tarsenian victory"/>
<node TEXT="Side 1: Tarsenia" ID="ID_1002" CREATED="1709406559535" MODIFIED="1709411844745">
<attribute NAME="Commander" VALUE="Aldo Veris"/>
<attribute NAME="Commander" VALUE="Ilse Darn"/>
<attribute NAME="Strength" VALUE="14,000"/>
<attribute NAME="Casualties" VALUE="212 killed"/>
<attribute NAME="Casualties" VALUE="540 wounded"/>
</node>
<node TEXT="Side 2: Velmar" ID="ID_1003" CREATED="1709503443641" MODIFIED="1709527369066">
<attribute NAME="Belligerent" VALUE="Velmar Republic"/>
<attribute NAME="Commander" VALUE="Pero Lask &#x2020;"/>
<attribute NAME="Strength" VALUE="9,500"/>
<attribute NAME="Casualties" VALUE="1,100 killed"/>
<attribute NAME="Casualties" VALUE="2,300 captured"/>
</node>
</node>
<node TEXT="Article" POSITION="left" ID="ID_1004" CREATED="1709318079497" MODIFIED="1709343200722">
<icon BUILTIN="edit"/>
<node TEXT="Background" ID="ID_1005" CREATED="1709366973666" MODIFIED="1709372215835">
<node TEXT="The ford had been fortified since the previous autumn, and both armies knew that whoever held it held the road.[1]" ID="ID_1006" CREATED="1709542168826" MODIFIED="1709650638171"/>
</node>
<node ID="ID_1007" CREATED="1709481631047" MODIFIED="1709580472388">
<richcontent TYPE="NODE" CONTENT-TYPE="xml/">
<html><head></head><body><p><b>Battle</b></p></body></html>
</richcontent>
<node TEXT="On 2 May 1944 the Second Corps captured the village of Dolny Brod.[2]" ID="ID_1008" CREATED="1709539486545" MODIFIED="1709617054956">
<arrowlink DESTINATION="ID_1006" STARTARROW="NONE" ENDARROW="DEFAULT"/>
</node>
<node TEXT="Shelling" ID="ID_1009" CREATED="1709369981343" MODIFIED="1709388609443">
<icon BUILTIN="yes"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
  </head>
  <body>
    <p>
      Two days later Velmar artillery shelled the bridgehead,
      killing twelve soldiers.[3]
    </p>
    <p>
      The Velmar rearguard fell back to the hills, where it dug in along the old border road.
    </p>
  </body>
</html>
</richcontent>
<node TEXT="Order of battle" ID="ID_1010" CREATED="1709369981343" MODIFIED="1709388609443"/>
</node>
</node>
</node>
<node TEXT="Sources" POSITION="left" FOLDED="true" ID="ID_1011" CREATED="1709496325156" MODIFIED="1709523097230">
<node TEXT="[1] Ivo Kand, River Wars (1998), p. 12. On 7 June 1944 the ford was renamed." ID="ID_1012" CREATED="1709372500258" MODIFIED="1709438661339"/>
</node>
</node>
</map>
"""

FREEMIND = """<map version="1.0.1">
<node TEXT="Osk Ford" ID="ID_1">
<node TEXT="Box" ID="ID_2">
<attribute NAME="Date" VALUE="2 May 1944"/>
<attribute NAME="Result" VALUE="Tarsenian victory"/>
<attribute NAME="Belligerents" VALUE="Tarsenia; Velmar Republic"/>
<attribute NAME="Commanders (side 1)" VALUE="Aldo Veris"/>
<attribute NAME="Commanders (side 2)" VALUE="Pero Lask"/>
</node>
<node TEXT="Crossing" ID="ID_3"><node TEXT="On 2 May 1944 the Second Corps captured Dolny Brod." ID="ID_4"/></node>
</node>
</map>"""

PLAIN = "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><map name="m"><area shape="rect"></map>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod.<sup>[1]</sup></p></body></html>"""
WIKITEXT = "{{Infobox military conflict\n| conflict = Battle of Osk Ford\n}}\n'''The Battle''' was fought.\n"
OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>Osk Ford</title></head><body>
<outline text="Battle of Osk Ford"><outline text="Date: 2 May 1944"/></outline></body></opml>"""
OTHERS = {"plain": PLAIN, "html": HTML, "wikitext": WIKITEXT, "opml": OPML,
          "json": json.dumps({"title": "Battle of Osk Ford", "body": "2 May 1944"})}


def test_a_map_is_recognised_over_every_other_reader():
    assert mindmap.score(MAP) > 0.9 and mindmap.score(FREEMIND) > 0.9
    assert all(m.score(MAP) < mindmap.score(MAP) for m in READERS.values() if m is not mindmap)


@pytest.mark.parametrize("other", sorted(OTHERS))
def test_other_shapes_score_low(other):
    assert mindmap.score(OTHERS[other]) == 0.0


def test_the_map_is_written_as_html():
    page = mindmap.html_page(mindmap.parse(MAP)[0])
    assert "<title>Battle of Osk Ford</title>" in page and "<h1>Battle of Osk Ford</h1>" in page
    assert '<table class="infobox"><tr><th colspan=2>Battle of Osk Ford</th></tr><tr><th>Part of</th>' in page
    assert "<tr><th>Date</th><td colspan=2>2–4 May 1944</td></tr>" in page
    assert "<tr><th colspan=2>Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>" in page
    assert "<tr><td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask †</td></tr>" in page
    assert "<h2>Article</h2><h3>Background</h3><p>The ford had been fortified" in page
    assert "<h3>Battle</h3>" in page  # a rich node's text
    assert "<h4>Shelling</h4><p>Two days later Velmar artillery shelled the bridgehead, killing twelve soldiers.[3]</p>" in page
    for dropped in ("Fact box", "Side 1", "styles.", "SansSerif", "ID_"):
        assert dropped not in page, dropped


def test_the_page_keeps_its_prose():
    doc = mindmap.read(MAP)
    assert doc.shape == "mindmap" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "whoever held it held the road.[1]" in doc.text
    assert "where it dug in along the old border road." in doc.text
    assert "Ivo Kand" not in doc.text  # the sources branch


def test_the_map_gives_its_box_and_events():
    op = extract_operation(mindmap.read(MAP))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    assert [q.count.low for s in op.sides for q in s.strength] == [14000, 9500]
    assert op.sides[0].casualties[0].killed.low == 212 and op.sides[1].casualties[0].killed.low == 1100
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "1944-06-07" not in {e.date for e in op.events}


def test_sides_given_in_one_node_by_semicolons_and_side_labels():
    page = mindmap.html_page(mindmap.parse(FREEMIND)[0])
    assert "<tr><th colspan=2>Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>" in page
    op = extract_operation(mindmap.read(FREEMIND))
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert op.start_date == "1944-05-02" and op.result == "Tarsenian victory"


def test_broken_or_odd_maps_never_raise():
    doc = mindmap.read(MAP[:2500])
    assert doc.shape == "mindmap" and any("leniently" in w for w in doc.warnings)
    for text in ("", "<map>", "<map version='1.0.1'><node/></map>", "<map><node TEXT='x'><attribute/></node></map>",
                 "<map>" + "<node TEXT='a'>" * 500 + "</map>"):
        assert mindmap.read(text).shape == "mindmap"
