"""GeoJSON maps (uMap, geojson.io, QGIS exports): the feature holding an article is read, its label
properties a box with a cell per side, its description (uMap's markup, HTML or plain text) the text."""
from __future__ import annotations

import json

from warfile.extract import extract_operation
from warfile.readers import geojson, json_record

DESCRIPTION = "\n".join([
    "{{https://example.org/maps/osk_ford_1944.jpg|300}}",
    "",
    "The **Battle of Osk Ford** was fought from 2 to 4 May 1944 between *Tarsenia* and the "
    "[[https://example.org/wiki/Velmar_Republic|Velmar Republic]] at the ford of the Osk river.[1]",
    "It ended the Velmar offensive of that spring.",
    "",
    "# Background",
    "",
    "The ford had been fortified since the previous autumn, and both armies knew that whoever held it held "
    "the road to the capital.[2]",
    "",
    "## The crossing",
    "",
    "On 2 May 1944 the Second Corps captured the village of Dolny Brod after a night march along the river.[3]",
    "On 4 May Velmar artillery shelled the bridgehead, killing twelve soldiers.",
    "",
    "* Dolny Brod taken at dawn",
    "* Bridgehead held until the relief",
    "",
    "---",
    "",
    "Text copied from [[https://example.org/wiki/Osk_Ford|the wiki]] on 9 June 2023; references kept as numbers.",
])

UMAP = json.dumps({
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.51, 51.07]},
         "properties": {"name": "Osk ferry landing", "_umap_options": {"color": "Navy"},
                        "description": "Ferry landing used by the Velmar supply columns in April. A long note about "
                                       "the boats and the road, with nothing of the battle in it."}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [24.55, 51.09]},
         "properties": {
             "_umap_options": {"color": "DarkRed", "iconClass": "Circle", "popupTemplate": "Table"},
             "name": "Battle of Osk Ford",
             "part of": "Tarsen War",
             "date": "2–4 May 1944",
             "location": "Osk Ford, Tarsenia",
             "result": "Tarsenian victory",
             "side 1": "Tarsenia\nVolunteer Legion",
             "side 2": "Velmar Republic",
             "commanders 1": "Gen. Aldo Veris\nCol. Ilse Darn",
             "commanders 2": "Pero Lask †",
             "units 2": "",
             "strength 1": "c. 9,000",
             "strength 2": "c. 6,500",
             "losses 1": "120 killed, 340 wounded",
             "losses 2": "300 killed, 800 captured",
             "description": DESCRIPTION,
             "source": "https://example.org/wiki/Osk_Ford",
         }},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[24.5, 51.0], [24.6, 51.1]]},
         "properties": {"name": "Velmar line, 1 May", "stroke": "#aa0000"}},
    ],
}, ensure_ascii=False, indent=2)

# geojson.io (simplestyle keys) with a description in HTML, sides named in parentheses as a KML column names them.
HTML_FEATURE = json.dumps({
    "type": "Feature",
    "properties": {
        "marker-color": "#7e7e7e", "marker-symbol": "danger",
        "title": "Battle of Osk Ford",
        "Date": "2 May 1944",
        "Belligerents (Tarsenia)": "Tarsenia",
        "Belligerents (Velmar)": "Velmar Republic",
        "Commanders (Tarsenia)": "Aldo Veris",
        "Commanders (Velmar)": "Pero Lask",
        "popupContent": "<p>The <b>Battle of Osk Ford</b> was fought on 2 May 1944 between Tarsenia and the "
                        "Velmar Republic at the ford of the Osk river.</p><h2>Battle</h2><p>On 2 May 1944 the "
                        "Second Corps captured the village of Dolny Brod.</p>",
    },
    "geometry": {"type": "Point", "coordinates": [24.55, 51.09]},
})

PLAIN = ("The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic.\n\n"
         "On 2 May 1944 the Second Corps captured the village of Dolny Brod.\n")
HTML = "<html><body><h1>Battle of Osk Ford</h1><p>The battle was fought on 2 May 1944.</p></body></html>"
WIKITEXT = "{{Infobox military conflict\n| conflict = Battle of Osk Ford\n| date = 2 May 1944\n}}\n'''Osk Ford'''"
RECORD = json.dumps({"title": "Battle of Osk Ford", "extract": PLAIN * 20})
CANVAS = json.dumps({"nodes": [{"id": "a", "type": "text", "text": PLAIN, "x": 0, "y": 0, "width": 400, "height": 300}],
                     "edges": []})


def test_a_umap_export_is_scored_above_the_json_reader_and_nothing_else_is_claimed():
    assert geojson.score(UMAP) == 0.96 > json_record.score(UMAP)
    assert geojson.score(HTML_FEATURE) == 0.96
    assert geojson.score(json.dumps({"type": "umap", "layers": [json.loads(UMAP)]})) == 0.96
    for other in (PLAIN, HTML, WIKITEXT, RECORD, CANVAS, '{"type": "Feature"', '["FeatureCollection"]',
                  json.dumps({"kind": "FeatureCollection", "items": []})):
        assert geojson.score(other) == 0.0, other[:40]


def test_the_article_feature_is_read_its_numbered_properties_a_box_with_a_cell_per_side():
    op = extract_operation(geojson.read(UMAP))
    assert op.name == "Battle of Osk Ford"  # the feature with the box, not the ferry's longer note
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.part_of == ("Tarsen War",)
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Volunteer Legion"), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.sides[1].commanders[0].killed
    assert [s.strength[0].count.low for s in op.sides] == [9000, 6500]
    ours, theirs = (s.casualties[0] for s in op.sides)
    assert (ours.killed.low, ours.wounded.low, theirs.killed.low, theirs.captured.low) == (120, 340, 300, 800)
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= events


def test_umap_markup_is_written_as_html_and_its_images_links_and_credit_line_left_out():
    page = geojson.html_page(UMAP)
    assert "<h2>Background</h2>" in page and "<h3>The crossing</h3>" in page
    assert "<b>Battle of Osk Ford</b>" in page and "<i>Tarsenia</i>" in page
    assert "<li>Dolny Brod taken at dawn</li>" in page
    assert '<tr><th colspan=2>Commanders and leaders</th></tr><tr><td>Gen. Aldo Veris<br>Col. Ilse Darn</td>' in page
    doc = geojson.read(UMAP)
    assert doc.shape == "geojson" and not doc.warnings
    assert "the Velmar Republic at the ford" in doc.text and "[1]" in doc.text
    # a paragraph's source lines are one paragraph
    assert "Osk river.[1] It ended the Velmar offensive" in doc.text
    for gone in ("{{", "[[", "**", "osk_ford_1944.jpg", "example.org", "Text copied from", "ferry", "Velmar line",
                 "DarkRed", "_umap_options"):
        assert gone not in doc.text, gone
    assert "2023" not in {e.date[:4] for e in extract_operation(doc).events}


def test_a_single_feature_with_html_and_sides_named_in_parentheses():
    op = extract_operation(geojson.read(HTML_FEATURE))
    assert (op.name, op.start_date) == ("Battle of Osk Ford", "1944-05-02")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}
    assert "marker" not in geojson.read(HTML_FEATURE).text


def test_odd_input_gives_a_sparse_document_not_an_error():
    for odd in ('{"type": "FeatureCollection"}', '{"type": "FeatureCollection", "features": [1, null, {"type": "Feature"}]}',
                '{"type": "Feature", "properties": {"name": ["a", 3, true], "date": {"x": 1}, "description": 5}}',
                '{"type": "FeatureCollection", "features": [', "", "{{{{[[[[****" * 1000):
        doc = geojson.read(odd)
        assert doc.shape == "geojson"
