"""Obsidian canvases (JSON Canvas 1.0): the text cards read in reading order, columns left to right and
each read down, joined into one markdown page and read by the markdown reader detected for it; files,
links, group labels and edges are no text."""
from __future__ import annotations

import json

from warfile.extract import extract_operation
from warfile.readers import canvas, json_record

TITLE = ("# Battle of Kessen Ridge\n\n"
         "The **Battle of Kessen Ridge** was fought from 14 to 16 September 1871 between the Kingdom of Orsa and "
         "the [[Harran Confederacy]] on the ridge above the town of Kessen.[1] It ended the Harran invasion of "
         "the lowlands. ==Check the dates against Brell.==")
BOX = "\n".join([
    "| Battle of Kessen Ridge |  |",
    "| --- | --- |",
    "| Part of the [[Orsan–Harran War]] |  |",
    "| Date | 14–16 September 1871 |",
    "| Location | Kessen Ridge, [[Orsa|Kingdom of Orsa]] |",
    "| Result | Orsan victory |",
    "| Belligerents |  |",
    "| Kingdom of Orsa | Harran Confederacy |",
    "| Commanders and leaders |  |",
    "| Marshal Teodor Vask<br>Gen. Lise Amrell | Oderic Harr † |",
    "| Strength |  |",
    "| 18,000 | 24,000 |",
    "| Casualties and losses |  |",
    "| 1,200 killed<br>3,100 wounded | 4,500 killed<br>2,000 captured |",
])
BACKGROUND = ("## Background\n\nThe Harran army crossed the border river on 2 September 1871 and marched on the "
              "lowland towns.[2] %%my summary, not the source's%% Vask gathered the Orsan corps at Kessen.")
BATTLE = ("## Battle\n\nOn 14 September 1871 Harran artillery shelled the Orsan positions on the ridge.[3] "
          "On 15 September the Harran infantry attacked the northern spur and was driven back.\n\n"
          "![[kessen_sketch.png]]\n\n"
          "On 16 September 1871 the Orsan cavalry captured the Harran camp at Lenn, and Prince Oderic was killed "
          "in the rout.[4]")
AFTERMATH = ("## Aftermath\n\nA truce was signed at Kessen on 3 October 1871.[5] The war ended with the Treaty of "
             "Marlow the following spring.")
QUESTIONS = "## My questions\n\n- Brell's 1903 memoir gives other figures: check\n- #todo compare the maps"


def _node(i: str, kind: str, x: int, y: int, w: int, h: int, **more: object) -> dict:
    return {"id": i, "type": kind, "x": x, "y": y, "width": w, "height": h, **more}


# The cards in the file's order are not the reading order: columns, each read down, inside the board's
# big group; the researcher's questions and a file card outside it.
BOARD = json.dumps({
    "nodes": [
        _node("g1", "group", -100, -100, 2000, 1600, label="Kessen 1871: reading board"),
        _node("q", "text", 2200, 0, 400, 300, text=QUESTIONS, color="3"),
        _node("af", "text", 1300, 0, 500, 400, text=AFTERMATH),
        _node("bt", "text", 650, 500, 560, 700, text=BATTLE, color="1"),
        _node("box", "text", 0, 600, 560, 640, text=BOX),
        _node("bg", "text", 650, 0, 560, 420, text=BACKGROUND),
        _node("t", "text", 0, 0, 560, 520, text=TITLE, color="4"),
        _node("l", "link", 0, 1300, 560, 200, url="https://example.org/wiki/Battle_of_Kessen_Ridge"),
        _node("f", "file", 2200, 400, 400, 300, file="Sources/Brell - Memoir (1903).pdf"),
        _node("g2", "group", 1280, -20, 540, 440, label="After 16 September"),
    ],
    "edges": [
        {"id": "e1", "fromNode": "t", "fromSide": "right", "toNode": "bg", "toSide": "left", "label": "why 2 September?"},
        {"id": "e2", "fromNode": "bg", "fromSide": "bottom", "toNode": "bt", "toSide": "top"},
    ],
}, ensure_ascii=False, indent="\t")

# No group; a title card over two columns is read first, then each column down.
COLUMNS = json.dumps({"nodes": [
    _node("c2", "text", 700, 400, 500, 300, text="## Right column\n\nThird card."),
    _node("c1", "text", 0, 700, 500, 300, text="Second card, lower left."),
    _node("top", "text", 0, 0, 1200, 300, text="# Heading card\n\nFirst card."),
    _node("c0", "text", 0, 400, 500, 250, text="## Left column\n\nFirst of the left."),
]})

PLAIN = ("The Battle of Kessen Ridge was fought in September 1871.\n\n"
         "On 14 September 1871 Harran artillery shelled the ridge.\n")
HTML = "<html><body><h1>Battle of Kessen Ridge</h1><p>Fought in September 1871.</p></body></html>"
WIKITEXT = "{{Infobox military conflict\n| conflict = Battle of Kessen Ridge\n}}\n'''Kessen Ridge''' [[Orsa]]"
GEOJSON = json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "Kessen", "description": PLAIN}, "geometry": None}]})
GRAPH = json.dumps({"nodes": [{"id": 1, "label": "Orsa"}, {"id": 2, "label": "Harran"}], "links": [[1, 2]],
                    "text": PLAIN * 20})


def test_a_canvas_is_scored_above_the_json_reader_and_nothing_else_is_claimed():
    assert canvas.score(BOARD) == 0.96 > json_record.score(BOARD)
    assert canvas.score(COLUMNS) == 0.96
    for other in (PLAIN, HTML, WIKITEXT, GEOJSON, GRAPH, '{"nodes": [', '{"nodes": [], "type": "x"}'):
        assert canvas.score(other) == 0.0, other[:40]


def test_the_text_cards_are_joined_in_reading_order_without_files_links_groups_or_edges():
    page, cards = canvas.markdown_page(BOARD)
    assert cards == 6
    order = [page.index(s) for s in ("# Battle of Kessen Ridge", "| Battle of Kessen Ridge |", "## Background",
                                     "## Battle\n", "## Aftermath", "## My questions")]
    assert order == sorted(order)
    for gone in ("reading board", "After 16 September", "why 2 September", "Memoir", "example.org", "[[", "![[",
                 "kessen_sketch", "%%", "my summary", "=="):
        assert gone not in page, gone
    assert "the Harran Confederacy on the ridge" in page and "| Kessen Ridge, Kingdom of Orsa |" in page
    page, _ = canvas.markdown_page(COLUMNS)
    found = [page.index(s) for s in ("First card", "First of the left", "Second card", "Third card")]
    assert found == sorted(found)


def test_the_board_is_read_as_markdown_with_its_box_table_and_dated_events():
    doc = canvas.read(BOARD)
    assert doc.shape == "canvas"
    assert doc.warnings[0].startswith("an Obsidian canvas: the article in 6 text card(s), read as ")
    op = extract_operation(doc)
    assert op.name == "Battle of Kessen Ridge"
    assert (op.start_date, op.end_date, op.result) == ("1871-09-14", "1871-09-16", "Orsan victory")
    assert op.part_of == ("Orsan–Harran War",)
    assert [s.belligerents for s in op.sides] == [("Kingdom of Orsa",), ("Harran Confederacy",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Teodor Vask", "Lise Amrell"], ["Oderic Harr"]]
    assert op.sides[1].commanders[0].killed
    assert [s.strength[0].count.low for s in op.sides] == [18000, 24000]
    ours, theirs = (s.casualties[0] for s in op.sides)
    assert (ours.killed.low, ours.wounded.low, theirs.killed.low, theirs.captured.low) == (1200, 3100, 4500, 2000)
    events = {(e.date, e.type) for e in op.events}
    assert {("1871-09-14", "shelling"), ("1871-09-16", "capture")} <= events
    assert "1871-09-02" in {e.date for e in op.events}


def test_odd_input_gives_a_sparse_document_not_an_error():
    for odd in ('{"nodes": []}', '{"nodes": [1, null, {"type": "text"}], "edges": 5}',
                '{"nodes": [{"type": "text", "text": "x", "x": "a", "y": null, "width": -5}]}',
                '{"nodes": [{"type": "group", "x": 0, "y": 0}]}', '{"nodes": [', "", "%%" * 5000):
        doc = canvas.read(odd)
        assert doc.shape == "canvas"


def test_columns_between_a_title_card_and_a_closing_card_are_read_each_down():
    board = json.loads(COLUMNS)
    board["nodes"].append(_node("end", "text", 0, 1100, 1200, 200, text="Closing card."))
    page, _ = canvas.markdown_page(json.dumps(board))
    found = [page.index(s) for s in ("First card", "First of the left", "Second card", "Third card", "Closing card")]
    assert found == sorted(found)


def test_a_board_of_prose_cards_is_read_as_markdown_whatever_its_citation_marks():
    board = json.dumps({"nodes": [_node("a", "text", 0, 0, 500, 300, text=TITLE),
                                  _node("b", "text", 0, 400, 500, 300, text=BACKGROUND),
                                  _node("c", "text", 0, 800, 500, 300, text=BATTLE + "\n\n" + AFTERMATH)]})
    doc = canvas.read(board)
    assert doc.warnings[0] == "an Obsidian canvas: the article in 3 text card(s), read as pipe-table"
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.end_date) == ("Battle of Kessen Ridge", "1871-09-14", "1871-09-16")
    assert "1871-09-02" in {e.date for e in op.events} and ("1871-09-16", "capture") in {(e.date, e.type) for e in op.events}
