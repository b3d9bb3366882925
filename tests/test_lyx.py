r"""The LyX reader: a LyX 2.3 essay retelling the invented Battle of Osk Ford (its infobox a table in a
``Float table`` inset, header cells spanning both columns by ``multicolumn``; citations, a footnote,
a note, a figure, raw LaTeX and a tracked deletion in its prose) and a reader's notes typed in LyX
without a ``Title`` layout (a ``Wrap table`` holding a three-column box: label, then one cell per
side). Each must give its box and dated events, leave no LyX markup, note or footnote in the text,
and claim no other shape.

The files are written the way LyX writes them: a long line broken at a space, the space starting
the next line; font changes and insets on lines of their own.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.extract import extract_operation
from warfile.readers import READERS, lyx

HEADER = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\save_transient_properties true
\origin unavailable
\textclass {textclass}
\begin_preamble
\usepackage{{wrapfig}}
% On 9 May 1944 the preamble's comment is no event.
\end_preamble
\use_default_options true
\maintain_unincluded_children false
\language english
\language_package default
\inputencoding auto
\fontencoding global
\font_roman "default" "default"
\font_sans "default" "default"
\graphics default
\default_output_format default
\paperfontsize 11
\spacing single
\use_hyperref true
{pdf_title}\pdf_author "Ivo Kand"
\pdf_bookmarks true
\papersize a4paper
\use_geometry false
\cite_engine basic
\cite_engine_type default
\biblio_style plain
\paragraph_separation indent
\paragraph_indentation default
\quotes_style english
\dynamic_quotes 0
\papercolumns 1
\papersides 1
\paperpagestyle default
\tracking_changes true
\output_changes false
\html_math_output 0
\author 1075283030 "Ivo Kand"
\end_header

\begin_body
"""


def _cell(*lines: str, bold: bool = False, multicolumn: str = "", align: str = "left") -> str:
    """A cell as LyX writes it: its Text inset, one Plain Layout, lines a Newline inset apart."""
    span = f'multicolumn="{multicolumn}" ' if multicolumn else ""
    body = "\n\\begin_inset Newline newline\n\\end_inset\n\n".join(lines)
    series = "\n\\series bold\n" if bold else ""
    return (f'<cell {span}alignment="{align}" valignment="top" usebox="none">\n\\begin_inset Text\n\n'
            f"\\begin_layout Plain Layout\n{series}{body}\n\\end_layout\n\n\\end_inset\n</cell>\n")


def _across(text: str, bold: bool = True, columns: int = 2) -> str:
    """A row whose one cell spans the columns: multicolumn="1" opens it, "2" continues it."""
    cells = _cell(text, bold=bold, multicolumn="1", align="center")
    cells += "".join(_cell("", multicolumn="2", align="center") for _ in range(columns - 1))
    return f"<row>\n{cells}</row>\n"


def _row(*cells: str) -> str:
    return f"<row>\n{''.join(cells)}</row>\n"


BOX = (r"""<lyxtabular version="3" rows="14" columns="2">
<features tabularvalignment="middle">
<column alignment="left" valignment="top" width="3cm">
<column alignment="left" valignment="top" width="3.5cm">
""" + _across("Battle of Osk Ford") + _across("Part of the Tarsen War", bold=False)
       + _row(_cell("Date", bold=True), _cell("2\n\\SpecialChar nobreakdash\n4 May 1944"))
       + _row(_cell("Location", bold=True), _cell("Osk Ford, near Dolny Brod, Tarsenia"))
       + _row(_cell("Result", bold=True), _cell("Tarsenian victory"))
       + _across("Belligerents")
       + _row(_cell("Tarsenia"), _cell("Velmar Republic"))
       + _across("Commanders and leaders")
       + _row(_cell("Aldo Veris", "Ilse Darn"), _cell("Pero Lask †", "Matej Orlo"))
       + _across("Strength")
       + _row(_cell("9,000"), _cell("14,000"))
       + _across("Casualties and losses")
       + _row(_cell("310 killed", "900 wounded"), _cell("1,200 killed", "2,000 captured"))
       + "</lyxtabular>\n")

ESSAY = HEADER.format(textclass="article", pdf_title='\\pdf_title "Battle of Osk Ford"\n') + r"""
\begin_layout Title
Battle of Osk Ford
\end_layout

\begin_layout Author
Ivo Kand — seminar paper for HIST 240, 14 January 2024
\end_layout

\begin_layout Date
Draft of 3 February 2024
\end_layout

\begin_layout Standard
\begin_inset Note Note
status open

\begin_layout Plain Layout
Copied from the Wikipedia article on 12 January 2024; the Velmar strength
 is a claim, compare Kand with Marr.
\end_layout

\end_inset


\end_layout

\begin_layout Standard
\begin_inset CommandInset toc
LatexCommand tableofcontents

\end_inset


\end_layout

\begin_layout Standard
\begin_inset Float table
placement h
wide false
sideways false
status open

\begin_layout Plain Layout
\begin_inset Caption Standard

\begin_layout Plain Layout
Fact box (after Wikipedia, 2 May 1944 figures)
\end_layout

\end_inset


\end_layout

\begin_layout Plain Layout
\align center
\begin_inset Tabular
""" + BOX + r"""\end_inset


\end_layout

\end_inset

The 
\series bold
Battle of Osk Ford
\series default
 was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic
 at the ford of the Osk river.
\begin_inset CommandInset citation
LatexCommand cite
key "kand1990"
literal "false"

\end_inset

 It ended the Velmar offensive of that spring and opened the road to Karsk
 for the Tarsenian army, which had waited on the far bank since the winter.
\begin_inset CommandInset citation
LatexCommand cite
key "marr2001,kand1990"
literal "false"

\end_inset


\end_layout

\begin_layout Section
Background
\begin_inset CommandInset label
LatexCommand label
name "sec:background"

\end_inset


\end_layout

\begin_layout Standard
The ford had been fortified since the previous autumn, and 
\emph on
both
\emph default
 armies knew that whoever held it held the road
\SpecialChar ldots
 as the Velmar general Pero Lask wrote, 
\begin_inset Quotes eld
\end_inset

the Osk is our last wall
\begin_inset Quotes erd
\end_inset

.
\begin_inset Foot
status collapsed

\begin_layout Plain Layout
Lask's diary, entry for 1 May 1944, quoted in Marr, p.
 41.
\end_layout

\end_inset


\end_layout

\begin_layout Section
Battle
\end_layout

\begin_layout Standard
On 2 May 1944 the Second Corps captured the village of Dolny Brod.
\begin_inset CommandInset citation
LatexCommand cite
key "marr2001"
literal "false"

\end_inset

 Two days later Velmar artillery shelled the bridgehead, killing twelve
 soldiers.
\begin_inset CommandInset citation
LatexCommand cite
key "kand1990"
literal "false"

\end_inset

 The Velmar counterattack on 4 May 1944 failed, and Lask withdrew his army
 beyond the Osk that night.
\change_deleted 1075283030 1706950000
 On 6 May 1944 the Velmar reserve crossed the river again.
\change_unchanged

\end_layout

\begin_layout Standard
\begin_inset Float figure
placement h
wide false
sideways false
status open

\begin_layout Plain Layout
\begin_inset Graphics
	filename osk_ford_map.png
	width 60col%

\end_inset


\end_layout

\begin_layout Plain Layout
\begin_inset Caption Standard

\begin_layout Plain Layout
The ford on 7 May 1944, after the battle.
\end_layout

\end_inset


\end_layout

\end_inset


\end_layout

\begin_layout Subsection
Casualties
\end_layout

\begin_layout Standard
The Tarsenian army lost 310 men killed at the ford; the Velmar Republic
 lost some 1,200 killed and 2,000 taken prisoner
\begin_inset ERT
status collapsed

\begin_layout Plain Layout


\backslash
footnote{On 8 May 1944 the figures were revised.}
\end_layout

\end_inset

 (see 
\begin_inset CommandInset href
LatexCommand href
name "the war office's table"
target "https://example.org/osk/losses"
literal "false"

\end_inset

).
\end_layout

\begin_layout Section
Aftermath
\end_layout

\begin_layout Standard
On 9 May 1944 Tarsenian troops captured Karsk, and the path
\backslash
name of the Osk crossing was renamed for Aldo Veris.
\end_layout

\begin_layout Section*
See also
\end_layout

\begin_layout Itemize
Tarsen War
\end_layout

\begin_layout Itemize
Siege of Karsk
\end_layout

\begin_layout Bibliography
\begin_inset CommandInset bibitem
LatexCommand bibitem
key "kand1990"
literal "false"

\end_inset

Ivo Kand, 
\emph on
Osk Ford
\emph default
 (Karsk, 1990), 12 March 1990 edition.
\end_layout

\begin_layout Bibliography
\begin_inset CommandInset bibitem
LatexCommand bibitem
key "marr2001"
literal "false"

\end_inset

Anna Marr, 
\emph on
The Tarsen War
\emph default
 (2001).
\end_layout

\end_body
\end_document
"""

THREE = (r"""<lyxtabular version="3" rows="8" columns="3">
<features tabularvalignment="middle">
<column alignment="left" valignment="top">
<column alignment="left" valignment="top">
<column alignment="left" valignment="top">
""" + _across("Battle of Osk Ford", columns=3)
         + _row(_cell("Date", bold=True), _cell("2–4 May 1944", multicolumn="1"), _cell("", multicolumn="2"))
         + _row(_cell("Result", bold=True), _cell("Tarsenian victory", multicolumn="1"), _cell("", multicolumn="2"))
         + _row(_cell("Belligerents", bold=True), _cell("Tarsenia"), _cell("Velmar Republic"))
         + _row(_cell("Commanders", bold=True), _cell("Aldo Veris", "Ilse Darn"), _cell("Pero Lask †"))
         + _row(_cell("Strength", bold=True), _cell("9,000"), _cell("14,000"))
         + _row(_cell("Casualties", bold=True), _cell("310 killed"), _cell("1,200 killed"))
         + "</lyxtabular>\n")

NOTES = HEADER.format(textclass="scrartcl", pdf_title='\\pdf_title "Battle of Osk Ford"\n') + r"""
\begin_layout Standard
\begin_inset Wrap table
lines 0
placement o
overhang 0in
width "50col%"
status open

\begin_layout Plain Layout
\begin_inset Tabular
""" + THREE + r"""\end_inset


\end_layout

\end_inset

Reading notes on the Osk crossing for the Tarsen War seminar.
\end_layout

\begin_layout Subsection
Events
\end_layout

\begin_layout Itemize
On 2 May 1944 the Second Corps captured the village of Dolny Brod.
\end_layout

\begin_layout Itemize
Two days later Velmar artillery shelled the bridgehead, killing twelve
 soldiers.
\end_layout

\begin_deeper
\begin_layout Itemize
The Velmar army withdrew beyond the Osk on 4 May 1944.
\end_layout

\end_deeper
\begin_layout Subsubsection
Reading
\end_layout

\begin_layout Standard
Kand (1990), pp.
 2
\SpecialChar nobreakdash
14; the map is at 
\begin_inset Flex URL
status open

\begin_layout Plain Layout
https://example.org/osk
\end_layout

\end_inset

.
\end_layout

\end_body
\end_document
"""

PAGES = {"essay": ESSAY, "notes": NOTES}

LATEX = r"""\documentclass{article}
\title{Battle of Osk Ford}
\begin{document}
\maketitle
\section{Battle}
On 2 May 1944 the Second Corps captured the village of Dolny Brod.\cite{kand}
\end{document}
"""
MARKDOWN = """---
title: Battle of Osk Ford
---
# Battle of Osk Ford

| | |
|---|---|
| **Date** | 2 May 1944 |

On 2 May 1944 the Second Corps captured the village of [Dolny Brod](https://example.org/DB).[^1]
"""
WIKITEXT = """{{Infobox military conflict
| conflict = Battle of Osk Ford
| date = 2 May 1944
| combatant1 = [[Tarsenia]]
| combatant2 = Velmar Republic
}}
'''The Battle of Osk Ford''' was fought on 2 May 1944.<ref>Kand, p. 2.</ref>
"""
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><table class="infobox"><tr><th>Date</th><td>2 May 1944</td></tr></table>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod.<sup>[1]</sup></p></body></html>"""
PLAIN = "Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
OTHER_SHAPES = {"latex": LATEX, "markdown": MARKDOWN, "wikitext": WIKITEXT, "html": HTML, "plain": PLAIN,
                "json": json.dumps({"title": "Battle of Osk Ford", "lyx": ESSAY})}
LEFTOVERS = ("\\", "begin_", "end_", "lyxtabular", "<cell", "inset", "series", "emph", "LatexCommand",
             "nobreakdash", "Plain Layout")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_lyx_file_is_recognised_over_every_other_reader(name):
    page = PAGES[name]
    assert lyx.score(page) > 0.9
    assert all(module.score(page) < lyx.score(page) for module in READERS.values() if module is not lyx)
    body = page[page.index("\\begin_body"):]  # a body cut out of its file: its layouts are cue enough
    assert lyx.score(body) > max(module.score(body) for module in READERS.values() if module is not lyx)


@pytest.mark.parametrize("other", sorted(OTHER_SHAPES))
def test_other_shapes_score_zero(other):
    assert lyx.score(OTHER_SHAPES[other]) == 0.0


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_lyx_file_gives_its_title_and_text_without_markup(name):
    doc = lyx.read(PAGES[name])
    assert doc.shape == "lyx" and doc.title == "Battle of Osk Ford" and not doc.warnings
    text = doc.text.replace("path\\name", "")  # a backslash the essay writes
    assert not [mark for mark in LEFTOVERS if mark in text]
    assert "preamble" not in doc.text and "Ivo Kand" not in doc.text and "1075283030" not in doc.text


def test_an_essay_joins_its_lines_keeps_its_citations_and_drops_notes_footnotes_and_figures():
    doc = lyx.read(ESSAY)
    assert ("The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic "
            "at the ford of the Osk river.[1] It ended") in doc.text
    assert "since the winter.[2][1]" in doc.text and "Dolny Brod.[2] Two days later" in doc.text
    assert "whoever held it held the road… as the Velmar general" in doc.text
    assert "“the Osk is our last wall”." in doc.text
    assert "(see the war office's table)." in doc.text and "example.org" not in doc.text  # a link's name
    assert "the path\\name of the Osk crossing" in doc.text  # \backslash
    for dropped in ("Copied from", "Lask's diary", "osk_ford_map", "The ford on 7 May", "figures were revised",
                    "6 May 1944", "Draft of", "Fact box", "Contents", "sec:background", "(Karsk, 1990)"):
        assert dropped not in doc.text, dropped


def test_an_essay_gives_its_box_and_its_events():
    op = extract_operation(lyx.read(ESSAY))
    assert (op.name, op.start_date, op.end_date, op.result) == (
        "Battle of Osk Ford", "1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and {"Osk Ford", "Dolny Brod"} <= set(op.places)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(c.name, c.killed) for c in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True), ("Matej Orlo", False)]]
    assert [q.count.low for s in op.sides for q in s.strength] == [9000, 14000]
    assert [s.casualties[0].killed.low for s in op.sides] == [310, 1200]
    assert op.sides[0].casualties[0].wounded.low == 900 and op.sides[1].casualties[0].captured.low == 2000
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling"), ("1944-05-04", "counterattack"),
            ("1944-05-09", "capture")} <= events
    dates = {e.date for e in op.events}
    assert not dates & {"1944-05-01", "1944-05-06", "1944-05-07", "1944-05-08", "1990-03-12", "2024-02-03"}


def test_notes_give_their_three_column_box_and_their_listed_events():
    doc = lyx.read(NOTES)
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.end_date, op.result) == (
        "Battle of Osk Ford", "1944-05-02", "1944-05-04", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(c.name, c.killed) for c in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]
    assert [q.count.low for s in op.sides for q in s.strength] == [9000, 14000]
    assert [s.casualties[0].killed.low for s in op.sides] == [310, 1200]
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling"), ("1944-05-04", "withdrawal")} <= events
    assert "pp. 2-14; the map is at ." in doc.text  # a nobreakdash a hyphen, a bare URL nothing


def test_the_box_is_written_as_an_infobox_its_spanning_cells_as_header_rows():
    page = lyx.html_page(ESSAY)
    assert page.count('<table class="infobox">') == 1 and page.count("<table") == 1
    assert '<tr><th colspan="2">Battle of Osk Ford</th></tr>' in page
    assert '<tr><td colspan="2">Part of the Tarsen War</td></tr>' in page
    assert "<tr><th>Date</th><td>2-4 May 1944</td></tr>" in page
    assert '<tr><th colspan="2">Belligerents</th></tr><tr><td>Tarsenia</td><td>Velmar Republic</td></tr>' in page
    assert "<td>310 killed<br>900 wounded</td>" in page  # a Newline inset: a line break
    assert "<h1>Battle of Osk Ford</h1>" in page and "<h2>Background</h2>" in page and "<h3>Casualties</h3>" in page
    assert "<ul><li>Tarsen War</li><li>Siege of Karsk</li></ul>" in page
    three = lyx.html_page(NOTES)
    assert "<h1>Battle of Osk Ford</h1>" in three  # the header's \pdf_title: no Title layout
    assert "<h2>Events</h2>" in three and "<h3>Reading</h3>" in three  # the highest level used an <h2>
    assert "<tr><th>Belligerents</th><td>Tarsenia</td><td>Velmar Republic</td></tr>" in three
    assert '<tr><th>Date</th><td colspan="2">2–4 May 1944</td></tr>' in three


def test_a_table_without_labels_is_no_box():
    page = lyx.html_page(r"""\begin_layout Standard
\begin_inset Tabular
<lyxtabular version="3" rows="2" columns="2">
""" + _row(_cell("Unit", bold=True), _cell("Men", bold=True)) + _row(_cell("Second Corps"), _cell("4,000"))
        + "</lyxtabular>\n\\end_inset\n\n\\end_layout\n")
    assert "<table><tr><th>Unit</th><td>Men</td></tr><tr><td>Second Corps</td><td>4,000</td></tr></table>" in page


def test_a_bold_label_the_box_does_not_know_heads_its_row_and_a_cell_may_open_with_a_bracket():
    source = (HEADER.format(textclass="article", pdf_title="") + "\\begin_layout Standard\n\\begin_inset Tabular\n"
              + '<lyxtabular version="3" rows="5" columns="2">\n'
              + _row(_cell("Date", bold=True), _cell("2 May 1944")) + _across("Casualties and losses")
              + _row(_cell("<40 killed"), _cell("1,200 killed"))
              + _row(_cell("Territorial changes", bold=True), _cell("Osk Ford to Tarsenia"))
              + "</lyxtabular>\n\\end_inset\n\n\\end_layout\n\\end_body\n\\end_document\n")
    page = lyx.html_page(source)
    assert "<tr><td>&lt;40 killed</td><td>1,200 killed</td></tr>" in page
    assert "<tr><th>Territorial changes</th><td>Osk Ford to Tarsenia</td></tr>" in page
    casualties = [f.text for f in lyx.read(source).infobox if f.key == "casualties"]
    assert casualties == ["<40 killed", "1,200 killed"]  # the unknown row is no side's losses


def test_deleted_text_is_left_out_up_to_its_paragraphs_end():
    page = lyx.html_page(r"""\begin_layout Standard
Kept
\change_deleted 1 2
 gone 
\begin_inset Quotes eld
\end_inset

also gone
\begin_inset Foot
status open

\begin_layout Plain Layout
note
\end_layout

\end_inset

 still gone
\end_layout

\begin_layout Standard
Next paragraph kept.
\end_layout
""")
    assert "<p>Kept</p><p>Next paragraph kept.</p>" in page


@pytest.mark.parametrize(("source", "text"), [
    ("a\n\\begin_inset Quotes els\n\\end_inset\n\nb\n\\begin_inset Quotes ers\n\\end_inset\n\n", "a‘b’"),
    ("a\n\\begin_inset Quotes gld\n\\end_inset\n\nb\n\\begin_inset Quotes grd\n\\end_inset\n\n", "a„b“"),
    ("soft\n\\SpecialChar softhyphen\nware, \n\\SpecialChar LaTeX\n", "software, LaTeX"),
    ("km\n\\begin_inset Formula $\\approx10$\n\\end_inset\n\n", "km≈10"),
    ("a\n\\begin_inset space ~\n\\end_inset\nb\n\\begin_inset Newline newline\n\\end_inset\n\nc", "a b<br>c"),
    ("x\n\\lang french\n y\n\\lang english\n\\noun on\n z\n\\noun default\n", "x y z"),
    ("a\n\\begin_inset Flex Strong\nstatus open\n\n\\begin_layout Plain Layout\nkept\n\\end_layout\n\n\\end_inset\n",
     "akept"),
    ("3 < 4 & 5", "3 &lt; 4 &amp; 5"),
])
def test_inline_commands_read_as_the_characters_they_stand_for(source, text):
    page = lyx.html_page(f"\\begin_layout Standard\n{source}\n\\end_layout\n")
    assert f"<p>{text}</p>" in page


@pytest.mark.parametrize("text", [
    "", "\\", "\\begin_layout", "\\end_layout\n" * 50, "\\begin_inset Tabular\n" * 2000,
    "\\begin_layout Standard\n" * 2000, "<lyxtabular>\n<row>\n<cell>\n" * 200, "\\end_inset\n</cell>\n</row>\n" * 50,
    "\\begin_header\n\\lyxformat 544\n", "\\begin_inset Formula $x\n" * 30, "\\begin_inset CommandInset citation\n",
    "\\begin_inset Quotes\n\\end_inset\n", "\\SpecialChar\n\\backslash\n", ESSAY[:len(ESSAY) // 2],
    NOTES.replace("\\end_inset", ""), NOTES.replace("\\end_layout", ""),
    "\\begin_layout Standard\n\\begin_inset Flex Strong\n\n" * 2000,
    "\\begin_inset Text\n\n\\begin_layout Plain Layout\n\\begin_inset Tabular\n<lyxtabular>\n<row>\n<cell>\n" * 500,
])
def test_odd_lyx_never_raises(text):
    doc = lyx.read(text)
    assert doc.shape == "lyx" and not any("failed" in w for w in doc.warnings)


LYX_SOUP = st.lists(st.sampled_from([
    "\\begin_layout Standard", "\\end_layout", "\\begin_inset Tabular", "\\begin_inset Text", "\\end_inset",
    "<lyxtabular>", "<row>", "<cell multicolumn=\"2\">", "</cell>", "</row>", "</lyxtabular>", "",
    "\\series bold", "\\begin_inset Quotes", "\\begin_inset CommandInset citation", 'key ","', "text",
    "\\begin_header", "\\end_header", "\\change_deleted 1 2", "\\begin_inset Formula", "\\SpecialChar x"]),
    max_size=60).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(LYX_SOUP)
def test_any_soup_of_lyx_lines_reads_without_raising(text):
    doc = lyx.read(text)
    assert doc.shape == "lyx" and not any("failed" in w for w in doc.warnings)
