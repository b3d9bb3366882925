"""The hOCR reader: a scanned print-out of an invented Wikipedia page, as Tesseract 5 writes it
(``tesseract scan.png out hocr``): every word a span with its box, lines, paragraphs and blocks in the
engine's reading order, the browser's running header and footer on each page, the infobox as short
blocks on the right of the text column (two of its rows read by the engine as one line across the
label and the value, or across the sides).

SCAN is built by ``_Scan`` below from the page's layout, in the markup and title attributes Tesseract
writes (the words' widths estimated from their letters), so the layout stays readable here.
"""
from __future__ import annotations

import pytest
from test_wiki_readers_trac_jira import OTHER_SHAPES

from warfile.extract import extract_operation
from warfile.readers import READERS, hocr

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title></title>
  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
  <meta name='ocr-system' content='tesseract 5.3.0' />
  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>
 </head>
 <body>
"""
_CHAR = 0.55  # a letter's width, of the line's size
_SPACE = 0.35


class _Scan:
    """hOCR pages written block by block: a block is lines, a line one or more (x, words) runs."""

    def __init__(self) -> None:
        self.pages: list[str] = []
        self.blocks: list[str] = []
        self.n = {"block": 0, "par": 0, "line": 0, "word": 0}

    def _id(self, kind: str) -> str:
        self.n[kind] += 1
        return f"{kind}_{len(self.pages) + 1}_{self.n[kind]}"

    def block(self, y: int, lines: list[list[tuple[int, str]]] | list[str], x: int = 150, size: int = 34,
              kind: str = "ocr_line") -> int:
        """A block whose lines start at y, one under another; a line given as text starts at x. The
        y under the block is returned."""
        height, step = round(size * 1.32), round(size * 2)
        spans, boxes = [], []
        for n, line in enumerate(lines):
            runs = [(x, line)] if isinstance(line, str) else line
            top = y + n * step
            words = []
            for start, text in runs:
                at = start
                for w in text.split():
                    width = round(len(w) * size * _CHAR)
                    words.append((at, w, at + width))
                    at += width + round(size * _SPACE)
            x0, x1 = words[0][0], words[-1][2]
            boxes.append((x0, top, x1, top + height))
            spans.append(f"     <span class='{kind}' id='{self._id('line')}' title=\"bbox {x0} {top} {x1} {top + height}; "
                         f"baseline 0 -9; x_size {size}; x_descenders 8; x_ascenders 9\">\n"
                         + "".join(f"      <span class='ocrx_word' id='{self._id('word')}' title='bbox {a} {top} {b} "
                                   f"{top + height}; x_wconf 91'>{w}</span>\n" for a, w, b in words)
                         + "     </span>\n")
        box = f"{min(b[0] for b in boxes)} {boxes[0][1]} {max(b[2] for b in boxes)} {boxes[-1][3]}"
        self.blocks.append(f"   <div class='ocr_carea' id='{self._id('block')}' title=\"bbox {box}\">\n"
                           f"    <p class='ocr_par' id='{self._id('par')}' lang='eng' title=\"bbox {box}\">\n"
                           + "".join(spans) + "    </p>\n   </div>\n")
        return boxes[-1][3]

    def page(self) -> None:
        """The blocks so far as a page, in the order written (the engine's reading order)."""
        n = len(self.pages) + 1
        self.pages.append(f"  <div class='ocr_page' id='page_{n}' title='image \"osk_scan_{n:02d}.png\"; "
                          f"bbox 0 0 2550 3300; ppageno {n - 1}; scan_res 300 300'>\n"
                          + "".join(self.blocks) + "  </div>\n")
        self.blocks = []

    def text(self) -> str:
        return _HEAD + "".join(self.pages) + " </body>\n</html>\n"


def _osk_ford() -> str:
    s = _Scan()
    # page 1: the title, the lead and the first sections in the text column, the box on the right
    s.block(62, [[(90, "1/14/2024"), (980, "Battle of Osk Ford - Wikipedia")]], size=26, kind="ocr_header")
    s.block(230, ["Battle of Osk Ford"], size=68)
    s.block(360, ["From Wikipedia, the free encyclopedia"], size=29)
    s.block(450, ["The Battle of Osk Ford was fought from 2 to 4 May 1944",
                  "between Tarsenia and the Velmar Republic at the ford of",
                  "the Osk river.[1] It ended the Velmar offensive of that",
                  "spring and opened the road to the capital for the",
                  "Tarsenian army.[2]"])
    s.block(1000, ["Background"], size=42)
    s.block(1100, ["The ford had been fortified by the Velmar engineers",
                   "since the previous autumn. General Aldo Veris had",
                   "gathered the Second Corps on the northern bank."])
    s.block(1420, ["Battle"], size=42)
    s.block(1520, ["On 2 May 1944 the Second Corps captured the village",
                   "of Dolny Brod on the southern bank.[3]"])
    # the box
    s.block(450, ["Battle of Osk Ford"], x=1740, size=37)
    s.block(524, ["Part of the Tarsen War"], x=1800, size=28)
    s.block(962, ["Tarsenian infantry at the ford, 3 May", "1944"], x=1590, size=25)
    s.block(1072, ["Date"], x=1590, size=28)
    s.block(1072, ["2–4 May 1944"], x=1800, size=28)
    s.block(1134, ["Location"], x=1590, size=28)
    s.block(1134, ["Osk Ford, on the Osk river,", "Tarsenia"], x=1800, size=28)
    s.block(1248, [[(1590, "Result"), (1800, "Tarsenian victory")]], size=28)  # read as one line
    s.block(1310, ["Belligerents"], x=1790, size=29)
    s.block(1372, [[(1590, "Tarsenia"), (2005, "Velmar Republic")]], size=28)  # both sides on one line
    s.block(1434, ["Commanders and leaders"], x=1760, size=29)
    s.block(1496, ["Gen Aldo Veris", "(Second Corps)"], x=1590, size=26)
    s.block(1596, ["Col Ilse Darn"], x=1590, size=26)
    s.block(1496, ["Gen Pero Lask"], x=2005, size=26)
    s.block(1546, ["Maj Tomas Rel †"], x=2005, size=26)
    s.block(1658, ["Strength"], x=1830, size=29)
    s.block(1720, ["18,000 men"], x=1590, size=26)
    s.block(1720, ["11,500 men"], x=2005, size=26)
    s.block(1782, ["Casualties and losses"], x=1770, size=29)
    s.block(1844, ["310 killed", "900 wounded"], x=1590, size=26)
    s.block(1844, ["1,200 killed,", "2,400 captured"], x=2005, size=26)
    s.block(1960, ["40 civilians killed in Dolny Brod and Osk"], x=1590, size=26)
    # under the box, the text runs across the page, and its paragraph goes on over the page break
    s.block(2200, ["On 3 May the Velmar 4th Division counterattacked the bridge-",
                   "head but was driven back with heavy losses.[3] On 4 May the Velmar"], size=34)
    s.block(3205, [[(90, "https://en.wikipedia.org/wiki/Battle_of_Osk_Ford"), (2300, "1/2")]], size=26,
            kind="ocr_header")
    s.page()
    # page 2
    s.block(62, [[(90, "1/14/2024"), (980, "Battle of Osk Ford - Wikipedia")]], size=26, kind="ocr_header")
    s.block(210, ["artillery shelled the bridgehead, killing twelve soldiers.[4] That evening General Pero",
                  "Lask ordered the retreat towards Karsk."])
    s.block(400, ["Aftermath"], size=42)
    s.block(500, ["The Velmar Republic signed an armistice on 20 June 1944.[5] The ford is now the site of a",
                  "memorial to the dead of both armies."])
    s.block(700, ["References"], size=42)
    s.block(800, ["1. ^ Kand, Ivo (1990). Osk Ford. Karsk: Lenna. pp. 2–9."], x=190, size=28)
    s.block(860, ["2. ^ Darn, Ilse (1961). The Tarsen War. Tarsen: State Press. p. 140."], x=190, size=28)
    s.block(960, ["Categories: Battles of the Tarsen War | 1944 in Tarsenia"], size=28)
    s.block(1040, ["This page was last edited on 14 January 2024, at 10:00 (UTC)."], size=28)
    s.block(3205, [[(90, "https://en.wikipedia.org/wiki/Battle_of_Osk_Ford"), (2300, "2/2")]], size=26,
            kind="ocr_header")
    s.page()
    return s.text()


SCAN = _osk_ford()


def test_the_fixture_is_tesseract_shaped():
    assert SCAN.count("class='ocr_page'") == 2 and "ocrx_word" in SCAN and "x_wconf" in SCAN


def test_a_scan_is_recognised_over_every_reader_but_html():
    # (the HTML reader claims any page opening as XHTML does: 0.95; which of the two reads it is the registry's call)
    assert hocr.score(SCAN) > 0.9
    assert all(module.score(SCAN) < hocr.score(SCAN) for shape, module in READERS.items()
               if module is not hocr and shape != "html")


@pytest.mark.parametrize("other", sorted(OTHER_SHAPES))
def test_other_shapes_score_zero(other):
    assert hocr.score(OTHER_SHAPES[other]) == 0.0


def test_the_scan_gives_its_title_and_text_without_chrome():
    doc = hocr.read(SCAN)
    assert doc.shape == "hocr" and doc.title == "Battle of Osk Ford"
    for chrome in ("1/14/2024", "https://", "1/2", "- Wikipedia", "free encyclopedia", "Categories", "last edited",
                   "Kand, Ivo"):
        assert chrome not in doc.text
    assert "at the ford of the Osk river.[1] It ended" in doc.text  # a paragraph's lines joined
    assert "counterattacked the bridgehead but was driven back" in doc.text  # a word broken by a hyphen
    # the paragraph going on over the page break is one
    assert "On 4 May the Velmar artillery shelled the bridgehead, killing twelve soldiers." in doc.text
    assert [p.heading for p in doc.paragraphs] == [None, "Background", "Battle", "Battle", "Aftermath"]
    assert "Tarsenian infantry at the ford" not in doc.text  # the box's image caption


def test_the_box_is_rebuilt_from_the_blocks_geometry():
    page = hocr.html_page(SCAN)
    assert "<tr><th>Result</th><td>Tarsenian victory</td></tr>" in page  # one line parted at its gap
    assert "<tr><th>Location</th><td>Osk Ford, on the Osk river, Tarsenia</td></tr>" in page
    assert "<tr><th colspan=2>Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>" in page
    assert "<td>Gen Aldo Veris (Second Corps)<br>Col Ilse Darn</td><td>Gen Pero Lask<br>Maj Tomas Rel †</td>" in page
    assert "<td>310 killed<br>900 wounded</td><td>1,200 killed, 2,400 captured</td>" in page
    assert "<tr><td colspan=2>40 civilians killed in Dolny Brod and Osk</td></tr>" in page  # across both columns


def test_the_scan_gives_the_box_and_the_events():
    op = extract_operation(hocr.read(SCAN))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                               "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask", "Tomas Rel"]]
    assert op.sides[0].commanders[0].role == "Second Corps" and op.sides[1].commanders[1].killed
    assert [s.strength[0].count.low for s in op.sides] == [18000, 11500]
    assert op.sides[0].casualties[0].killed.low == 310 and op.sides[1].casualties[0].captured.low == 2400
    assert op.civilian_casualties[0].killed.low == 40
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-03", "counterattack"), ("1944-05-04", "shelling")} <= events


@pytest.mark.parametrize(("lines", "text"), [
    (["counter-", "attacked"], "counterattacked"),
    (["the Indo-", "Pakistani war"], "the Indo-Pakistani war"),
    (["2–", "4 May"], "2–4 May"),
    (["the ford", "of the Osk"], "the ford of the Osk"),
])
def test_lines_are_joined_as_print_broke_them(lines, text):
    assert hocr.joined(lines) == text


def test_a_page_with_no_box_beside_it_is_all_prose():
    s = _Scan()
    s.block(230, ["Battle of Osk Ford"], size=68)
    s.block(450, ["On 2 May 1944 the Second Corps captured the village of Dolny Brod on the southern bank of",
                  "the Osk, and the Velmar army fell back towards Karsk."])
    s.block(620, ["Photograph: the ford in 1950"], x=1700, size=26)
    s.page()
    doc = hocr.read(s.text())
    assert doc.title == "Battle of Osk Ford" and not doc.infobox
    assert "captured the village of Dolny Brod on the southern bank of the Osk" in doc.text


@pytest.mark.parametrize("text", ["", "<div class='ocr_page'></div>", "<span class='ocrx_word'>x</span>",
                                  "<div class='ocr_page' title='bbox 0 0 0 0'><span class='ocr_line'>Date 2 May</span>"
                                  "</div>", "<span class='ocr_line' title='bbox a b c d; x_size'>", SCAN[: len(SCAN) // 3]])
def test_odd_scans_never_raise(text):
    assert hocr.read(text).shape == "hocr"
