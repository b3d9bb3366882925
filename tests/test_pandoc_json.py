"""The pandoc JSON reader: an invented Wikipedia-like page about the Battle of Osk Ford (Tarsenia
against the Velmar Republic, 2-4 May 1944) as ``pandoc -f html -t json`` (pandoc 2.17, api 1.22)
writes it, and a short note in the old api's shape (``[{"unMeta": …}, [blocks]]``, its table the
five-part one). Each must give its box and dated events, leave no chrome, note or image in the
text, and claim no other shape's text.

PAGE is pandoc's output for this page (kept here so the test needs no pandoc)::

    <html><head><title>Battle of Osk Ford - Wikipedia</title></head><body>
    <a class="mw-jump-link" href="#content">Jump to content</a>
    <div class="mw-body"><h1 id="firstHeading" class="firstHeading">Battle of Osk Ford</h1>
    <div class="mw-parser-output">
    <table class="infobox vevent"><tbody>
    <tr><th colspan="2" class="infobox-above">Battle of Osk Ford</th></tr>
    <tr><td colspan="2" class="infobox-subheader">Part of the <a href="/wiki/Tarsen_War">Tarsen War</a></td></tr>
    <tr><th scope="row" class="infobox-label">Date</th><td class="infobox-data">2–4 May 1944</td></tr>
    <tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Osk Ford, near Dolny Brod, Tarsenia</td></tr>
    <tr><th scope="row" class="infobox-label">Result</th><td class="infobox-data">Tarsenian victory</td></tr>
    <tr><th colspan="2" class="infobox-header">Belligerents</th></tr>
    <tr><td class="infobox-data infobox-data-a"><span class="flagicon"><img alt="" src="f.png"></span> <a href="/wiki/Tarsenia">Tarsenia</a></td><td class="infobox-data infobox-data-b"><a href="/wiki/Velmar_Republic">Velmar Republic</a></td></tr>
    <tr><th colspan="2" class="infobox-header">Commanders and leaders</th></tr>
    <tr><td class="infobox-data infobox-data-a">Anton Kand<br>Ilse Marr</td><td class="infobox-data infobox-data-b">Pavel Rusk <img alt="KIA" src="k.png"></td></tr>
    <tr><th colspan="2" class="infobox-header">Units involved</th></tr>
    <tr><td class="infobox-data infobox-data-a">3rd Tarsenian Rifle Brigade</td><td class="infobox-data infobox-data-b">Velmar 11th Infantry Division</td></tr>
    <tr><th colspan="2" class="infobox-header">Strength</th></tr>
    <tr><td class="infobox-data infobox-data-a">4,200 men</td><td class="infobox-data infobox-data-b">6,500 men</td></tr>
    <tr><th colspan="2" class="infobox-header">Casualties and losses</th></tr>
    <tr><td class="infobox-data infobox-data-a">310 killed<br>740 wounded</td><td class="infobox-data infobox-data-b">1,150 killed<br>2,000 captured</td></tr>
    </tbody></table>
    <p>The <b>Battle of Osk Ford</b> was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic at a ford of the river Osk.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
    <div class="mw-heading mw-heading2"><h2 id="Battle">Battle</h2></div>
    <p>On 2 May 1944 Velmar artillery shelled the Tarsenian positions on the east bank of the Osk.</p>
    <p>On 3 May 1944 the 3rd Tarsenian Rifle Brigade counterattacked across the ford and captured the village of Dolny Brod.</p>
    <p>On 4 May 1944 the Velmar 11th Infantry Division withdrew west of the river.</p>
    <div class="reflist"><ol class="references"><li id="cite_note-1">Hollis, <i>The Tarsen War</i>, p. 12.</li></ol></div>
    <div class="navbox"><table class="nowraplinks navbox-inner"><tr><th class="navbox-group">Battles</th><td class="navbox-list"><ul><li>Osk Ford</li><li>Karsk</li></ul></td></tr></table></div>
    </div></div></body></html>
"""
from __future__ import annotations

import json

from warfile.extract import extract_operation
from warfile.readers import html, mediawiki, pandoc_json

PAGE = r"""{"pandoc-api-version":[1,22,2,1],"meta":{"title":{"t":"MetaInlines","c":[{"t":"Str","c":"Battle"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford"},{"t":"Space"},{"t":"Str","c":"-"},{"t":"Space"},{"t":"Str","c":"Wikipedia"}]}},"blocks":[{"t":"Plain","c":[{"t":"Link","c":[["",["mw-jump-link"],[]],[{"t":"Str","c":"Jump"},{"t":"Space"},{"t":"Str","c":"to"},{"t":"Space"},{"t":"Str","c":"content"}],["#content",""]]}]},{"t":"Div","c":[["",["mw-body"],[]],[{"t":"Header","c":[1,["firstHeading",["firstHeading"],[]],[{"t":"Str","c":"Battle"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford"}]]},{"t":"Div","c":[["",["mw-parser-output"],[]],[{"t":"Table","c":[["",["infobox","vevent"],[]],[null,[]],[[{"t":"AlignDefault"},{"t":"ColWidth","c":0.5}],[{"t":"AlignDefault"},{"t":"ColWidth","c":0.5}]],[["",[],[]],[]],[[["",[],[]],1,[[["",[],[]],[[["",["infobox-above"],[]],{"t":"AlignDefault"},1,2,[{"t":"Plain","c":[{"t":"Str","c":"Battle"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford"}]}]]]]],[[["",[],[]],[[["",["infobox-subheader"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Part"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"Tarsen"},{"t":"Space"},{"t":"Str","c":"War"}],["/wiki/Tarsen_War",""]]}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-label"],[["scope","row"]]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Date"}]}]],[["",["infobox-data"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"2–4"},{"t":"Space"},{"t":"Str","c":"May"},{"t":"Space"},{"t":"Str","c":"1944"}]}]]]],[["",[],[]],[[["",["infobox-label"],[["scope","row"]]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Location"}]}]],[["",["infobox-data"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford,"},{"t":"Space"},{"t":"Str","c":"near"},{"t":"Space"},{"t":"Str","c":"Dolny"},{"t":"Space"},{"t":"Str","c":"Brod,"},{"t":"Space"},{"t":"Str","c":"Tarsenia"}]}]]]],[["",[],[]],[[["",["infobox-label"],[["scope","row"]]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Result"}]}]],[["",["infobox-data"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Tarsenian"},{"t":"Space"},{"t":"Str","c":"victory"}]}]]]],[["",[],[]],[[["",["infobox-header"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Belligerents"}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-data","infobox-data-a"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Span","c":[["",["flagicon"],[]],[{"t":"Image","c":[["",[],[]],[],["f.png",""]]}]]},{"t":"Space"},{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"Tarsenia"}],["/wiki/Tarsenia",""]]}]}]],[["",["infobox-data","infobox-data-b"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"Velmar"},{"t":"Space"},{"t":"Str","c":"Republic"}],["/wiki/Velmar_Republic",""]]}]}]]]],[["",[],[]],[[["",["infobox-header"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Commanders"},{"t":"Space"},{"t":"Str","c":"and"},{"t":"Space"},{"t":"Str","c":"leaders"}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-data","infobox-data-a"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Anton"},{"t":"Space"},{"t":"Str","c":"Kand"},{"t":"LineBreak"},{"t":"Str","c":"Ilse"},{"t":"Space"},{"t":"Str","c":"Marr"}]}]],[["",["infobox-data","infobox-data-b"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Pavel"},{"t":"Space"},{"t":"Str","c":"Rusk"},{"t":"Space"},{"t":"Image","c":[["",[],[]],[{"t":"Str","c":"KIA"}],["k.png",""]]}]}]]]],[["",[],[]],[[["",["infobox-header"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Units"},{"t":"Space"},{"t":"Str","c":"involved"}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-data","infobox-data-a"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"3rd"},{"t":"Space"},{"t":"Str","c":"Tarsenian"},{"t":"Space"},{"t":"Str","c":"Rifle"},{"t":"Space"},{"t":"Str","c":"Brigade"}]}]],[["",["infobox-data","infobox-data-b"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Velmar"},{"t":"Space"},{"t":"Str","c":"11th"},{"t":"Space"},{"t":"Str","c":"Infantry"},{"t":"Space"},{"t":"Str","c":"Division"}]}]]]],[["",[],[]],[[["",["infobox-header"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Strength"}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-data","infobox-data-a"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"4,200"},{"t":"Space"},{"t":"Str","c":"men"}]}]],[["",["infobox-data","infobox-data-b"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"6,500"},{"t":"Space"},{"t":"Str","c":"men"}]}]]]],[["",[],[]],[[["",["infobox-header"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Casualties"},{"t":"Space"},{"t":"Str","c":"and"},{"t":"Space"},{"t":"Str","c":"losses"}]}]],[["",[],[]],{"t":"AlignDefault"},1,1,[]]]],[["",[],[]],[[["",["infobox-data","infobox-data-a"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"310"},{"t":"Space"},{"t":"Str","c":"killed"},{"t":"LineBreak"},{"t":"Str","c":"740"},{"t":"Space"},{"t":"Str","c":"wounded"}]}]],[["",["infobox-data","infobox-data-b"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"1,150"},{"t":"Space"},{"t":"Str","c":"killed"},{"t":"LineBreak"},{"t":"Str","c":"2,000"},{"t":"Space"},{"t":"Str","c":"captured"}]}]]]]]]],[["",[],[]],[]]]},{"t":"Para","c":[{"t":"Str","c":"The"},{"t":"Space"},{"t":"Strong","c":[{"t":"Str","c":"Battle"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford"}]},{"t":"Space"},{"t":"Str","c":"was"},{"t":"Space"},{"t":"Str","c":"fought"},{"t":"Space"},{"t":"Str","c":"from"},{"t":"Space"},{"t":"Str","c":"2"},{"t":"Space"},{"t":"Str","c":"to"},{"t":"Space"},{"t":"Str","c":"4"},{"t":"Space"},{"t":"Str","c":"May"},{"t":"Space"},{"t":"Str","c":"1944"},{"t":"Space"},{"t":"Str","c":"between"},{"t":"Space"},{"t":"Str","c":"Tarsenia"},{"t":"Space"},{"t":"Str","c":"and"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"Velmar"},{"t":"Space"},{"t":"Str","c":"Republic"},{"t":"Space"},{"t":"Str","c":"at"},{"t":"Space"},{"t":"Str","c":"a"},{"t":"Space"},{"t":"Str","c":"ford"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"river"},{"t":"Space"},{"t":"Str","c":"Osk."},{"t":"Superscript","c":[{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"[1]"}],["#cite_note-1",""]]}]}]},{"t":"Div","c":[["",["mw-heading","mw-heading2"],[]],[{"t":"Header","c":[2,["Battle",[],[]],[{"t":"Str","c":"Battle"}]]}]]},{"t":"Para","c":[{"t":"Str","c":"On"},{"t":"Space"},{"t":"Str","c":"2"},{"t":"Space"},{"t":"Str","c":"May"},{"t":"Space"},{"t":"Str","c":"1944"},{"t":"Space"},{"t":"Str","c":"Velmar"},{"t":"Space"},{"t":"Str","c":"artillery"},{"t":"Space"},{"t":"Str","c":"shelled"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"Tarsenian"},{"t":"Space"},{"t":"Str","c":"positions"},{"t":"Space"},{"t":"Str","c":"on"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"east"},{"t":"Space"},{"t":"Str","c":"bank"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"Osk."}]},{"t":"Para","c":[{"t":"Str","c":"On"},{"t":"Space"},{"t":"Str","c":"3"},{"t":"Space"},{"t":"Str","c":"May"},{"t":"Space"},{"t":"Str","c":"1944"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"3rd"},{"t":"Space"},{"t":"Str","c":"Tarsenian"},{"t":"Space"},{"t":"Str","c":"Rifle"},{"t":"Space"},{"t":"Str","c":"Brigade"},{"t":"Space"},{"t":"Str","c":"counterattacked"},{"t":"Space"},{"t":"Str","c":"across"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"ford"},{"t":"Space"},{"t":"Str","c":"and"},{"t":"Space"},{"t":"Str","c":"captured"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"village"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"Dolny"},{"t":"Space"},{"t":"Str","c":"Brod."}]},{"t":"Para","c":[{"t":"Str","c":"On"},{"t":"Space"},{"t":"Str","c":"4"},{"t":"Space"},{"t":"Str","c":"May"},{"t":"Space"},{"t":"Str","c":"1944"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"Velmar"},{"t":"Space"},{"t":"Str","c":"11th"},{"t":"Space"},{"t":"Str","c":"Infantry"},{"t":"Space"},{"t":"Str","c":"Division"},{"t":"Space"},{"t":"Str","c":"withdrew"},{"t":"Space"},{"t":"Str","c":"west"},{"t":"Space"},{"t":"Str","c":"of"},{"t":"Space"},{"t":"Str","c":"the"},{"t":"Space"},{"t":"Str","c":"river."}]},{"t":"Div","c":[["",["reflist"],[]],[{"t":"OrderedList","c":[[1,{"t":"DefaultStyle"},{"t":"DefaultDelim"}],[[{"t":"Plain","c":[{"t":"Span","c":[["cite_note-1",[],[]],[{"t":"Str","c":"Hollis,"},{"t":"Space"},{"t":"Emph","c":[{"t":"Str","c":"The"},{"t":"Space"},{"t":"Str","c":"Tarsen"},{"t":"Space"},{"t":"Str","c":"War"}]},{"t":"Str","c":","},{"t":"Space"},{"t":"Str","c":"p."},{"t":"Space"},{"t":"Str","c":"12."}]]}]}]]]}]]},{"t":"Div","c":[["",["navbox"],[]],[{"t":"Table","c":[["",["nowraplinks","navbox-inner"],[]],[null,[]],[[{"t":"AlignDefault"},{"t":"ColWidth","c":0.5}],[{"t":"AlignDefault"},{"t":"ColWidth","c":0.5}]],[["",[],[]],[]],[[["",[],[]],1,[],[[["",[],[]],[[["",["navbox-group"],[]],{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[{"t":"Str","c":"Battles"}]}]],[["",["navbox-list"],[]],{"t":"AlignDefault"},1,1,[{"t":"BulletList","c":[[{"t":"Plain","c":[{"t":"Str","c":"Osk"},{"t":"Space"},{"t":"Str","c":"Ford"}]}],[{"t":"Plain","c":[{"t":"Str","c":"Karsk"}]}]]}]]]]]]],[["",[],[]],[]]]}]]}]]}]]}]}"""


def _words(text: str) -> list[dict]:
    """Text as pandoc's inlines: a ``Str`` per word, ``Space`` between."""
    out: list[dict] = []
    for i, word in enumerate(text.split(" ")):
        if i:
            out.append({"t": "Space"})
        out.append({"t": "Str", "c": word})
    return out


def _para(*inlines: list[dict] | dict) -> dict:
    out: list[dict] = []
    for part in inlines:
        out += part if isinstance(part, list) else [part]
    return {"t": "Para", "c": out}


def _cell(text: str) -> list[dict]:
    return [{"t": "Plain", "c": _words(text)}] if text else []


def _label(text: str) -> list[dict]:
    return [{"t": "Plain", "c": [{"t": "Strong", "c": _words(text)}]}]  # "| **Date** |"


# api 1.17 (pandoc 2.0-2.9): meta at the top as "unMeta" in api < 1.17, tables as [caption, aligns,
# widths, headers, rows]; a reader's notes on the battle, with a note, an image and raw LaTeX
OLD = json.dumps([
    {"unMeta": {"title": {"t": "MetaInlines", "c": _words("Osk Ford, 1944: reading notes")}}},
    [
        {"t": "Header", "c": [2, ["summary", [], []], _words("Summary")]},
        {"t": "Table", "c": [
            _words("Osk Ford at a glance"),
            [{"t": "AlignLeft"}, {"t": "AlignLeft"}, {"t": "AlignLeft"}], [0, 0, 0],
            [[], _cell("Tarsenia"), _cell("Velmar Republic")],
            [[_label("Date"), _cell("2–4 May 1944"), []],
             [_label("Location"), _cell("Osk Ford, Tarsenia"), []],
             [_label("Result"), _cell("Tarsenian victory"), []],
             [_label("Commanders"), _cell("Anton Kand"), _cell("Pavel Rusk")],
             [_label("Casualties"), _cell("310 killed"), _cell("1,150 killed")]]]},
        {"t": "RawBlock", "c": ["latex", "\\clearpage"]},
        _para(_words("On 2 May 1944 Velmar artillery shelled the ford."),
              {"t": "Note", "c": [_para(_words("Hollis gives 3 May; the war diary says 2 May."))]},
              {"t": "Space"},
              {"t": "Image", "c": [["", [], []], _words("map of the ford"), ["osk.png", "fig:"]]}),
        _para(_words("On 3 May 1944 the"), {"t": "Space"},
              {"t": "Emph", "c": _words("3rd Tarsenian Rifle Brigade")}, {"t": "Space"},
              _words("captured Dolny Brod,"), {"t": "Space"},
              {"t": "Quoted", "c": [{"t": "DoubleQuote"}, _words("at a run")]}, {"t": "Str", "c": "."},
              {"t": "LineBreak"},
              {"t": "Cite", "c": [[], _words("[@hollis1961]")]}),
    ],
])


def test_score_claims_pandoc_json_only() -> None:
    assert pandoc_json.score(PAGE) >= 0.9
    assert pandoc_json.score(OLD) >= 0.9
    assert pandoc_json.score(json.dumps({"pandoc-api-version": [1, 23], "meta": {}, "blocks": []})) >= 0.9
    for other in ("The Battle of Osk Ford was fought in May 1944 between Tarsenia and Velmar.",
                  "<html><body><p>The pandoc-api-version of the file</p></body></html>",
                  "{{Infobox military conflict\n| conflict = Battle of Osk Ford\n}}\n'''Osk Ford''' [[Tarsenia]]",
                  '{"name": "Battle of Osk Ford", "date": "1944-05-02"}',
                  '<p>"pandoc-api-version" is the first key of pandoc\'s JSON</p>'):
        assert pandoc_json.score(other) == 0.0, other


def test_other_readers_stay_low_on_the_tree() -> None:
    assert html.score(PAGE) < 0.5 and mediawiki.score(PAGE) < 0.5


def test_page_box_and_prose() -> None:
    doc = pandoc_json.read(PAGE)
    assert doc.shape == "pandoc-json"
    assert doc.title == "Battle of Osk Ford"
    box = {(f.key, f.side): f.text for f in doc.infobox}
    assert box[("date", None)] == "2–4 May 1944"
    assert box[("result", None)] == "Tarsenian victory"
    assert box[("belligerents", 0)] == "Tarsenia" and box[("belligerents", 1)] == "Velmar Republic"
    assert box[("commanders", 0)] == "Anton Kand\nIlse Marr"  # the cell's <br> kept as a line
    assert box[("commanders", 1)] == "Pavel Rusk †"  # the "KIA" image read as the mark
    assert box[("casualties", 1)] == "1,150 killed\n2,000 captured"
    # chrome, the reference list and the navbox are gone; the citation mark stays text
    for gone in ("Jump to content", "Hollis", "Karsk", "f.png", "cite_note"):
        assert gone not in doc.text, gone
    assert any("Battle of Osk Ford was fought" in doc.text[p.span.start:p.span.end] for p in doc.paragraphs)


def test_page_extracts_the_operation() -> None:
    op = extract_operation(pandoc_json.read(PAGE))
    assert op.name == "Battle of Osk Ford"
    assert op.part_of == ("Tarsen War",)
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [p.name for p in op.sides[0].commanders] == ["Anton Kand", "Ilse Marr"]
    rusk = op.sides[1].commanders[0]
    assert rusk.name == "Pavel Rusk" and rusk.killed
    assert op.sides[0].units == ("3rd Tarsenian Rifle Brigade",)
    assert op.sides[1].casualties[0].killed.low == 1150
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "shelling") in events
    assert ("1944-05-04", "withdrawal") in events


def test_old_api_table_and_inlines() -> None:
    assert '"pandoc-api-version"' not in OLD
    page = pandoc_json.html_page(OLD)
    assert "<title>Osk Ford, 1944: reading notes</title><h1>" not in page  # the title in <head>, not twice
    assert "<h1>Osk Ford, 1944: reading notes</h1>" in page
    assert "<th>Tarsenia</th><th>Velmar Republic</th>" in page
    assert "clearpage" not in page and "war diary" not in page and "osk.png" not in page
    assert "<em>3rd Tarsenian Rifle Brigade</em>" in page and "“at a run”" in page and "<br>" in page
    doc = pandoc_json.read(OLD)
    op = extract_operation(doc)
    assert op.name == "Osk Ford"  # the caption "Osk Ford at a glance"
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [p.name for s in op.sides for p in s.commanders] == ["Anton Kand", "Pavel Rusk"]
    assert ("1944-05-03", "capture") in {(e.date, e.type) for e in op.events}


def test_new_table_spans_and_heads() -> None:
    """A body's row-head column is a <th>; a header padded with an empty cell spans the row."""
    def cell(text: str, classes: list[str] | None = None, colspan: int = 1) -> list:
        return [["", classes or [], []], {"t": "AlignDefault"}, 1, colspan, _cell(text)]
    table = {"t": "Table", "c": [
        ["", ["infobox"], []], [None, []], [[{"t": "AlignDefault"}, {"t": "ColWidth", "c": 0.5}]] * 2,
        [["", [], []], []],
        [[["", [], []], 1, [], [
            [["", [], []], [cell("Date"), cell("2–4 May 1944", ["infobox-data"])]],
            [["", [], []], [cell("Belligerents", ["infobox-header"]), cell("")]]]]],
        [["", [], []], []]]}
    page = pandoc_json.html_page(json.dumps({"pandoc-api-version": [1, 22], "meta": {}, "blocks": [table]}))
    assert '<table class="infobox">' in page
    assert '<tr><th>Date</th><td class="infobox-data">2–4 May 1944</td></tr>' in page
    assert '<th class="infobox-header" colspan="2">Belligerents</th></tr>' in page


def test_odd_input_never_raises() -> None:
    for odd in ("", "{", '{"pandoc-api-version": [1, 22], "blocks": 7}', PAGE[: len(PAGE) // 2],
                '{"pandoc-api-version":[1,22],"meta":{"title":3},"blocks":[{"t":"Table","c":[1,2]},'
                '{"t":"Header","c":"x"},{"t":"Para","c":[{"t":"Link","c":5}]},{"c":[]},7,null]}',
                "[[[[[[[[[[]]]]]]]]]]"):
        doc = pandoc_json.read(odd)
        assert doc.shape == "pandoc-json"
