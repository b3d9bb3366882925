"""The Texinfo reader: a page pandoc wrote out as Texinfo (its infobox a @multitable whose cells hold
lists and, for the Date/Location/Result rows, a table of their own) and a reader a person typed
(@settitle, a three-column @multitable, @footnote, @iftex and @ignore blocks, a @table of dated
entries). Both tell the invented Battle of Osk Ford; each must give its box and dated events, leave
no markup, comment or note in the text, and claim no other shape.

PANDOC is ``pandoc -s -f html -t texinfo`` (2.17) of an invented Wikipedia-like page, with a reader's
@c notes added; HAND is accepted by ``makeinfo --no-validate``."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, texinfo

PANDOC = r"""\input texinfo
@c Source: https://en.wikipedia.org/api/rest_v1/page/html/Battle_of_Osk_Ford (revision 1190000001)
@c Converted with: pandoc -s -f html -t texinfo (pandoc 2.17.1.1)
@c Seminar reader, week 5. The Velmar strength is a claim; compare Kand with Marr.
@documentencoding UTF-8

@ifnottex
@paragraphindent 0
@end ifnottex
@titlepage
@title Battle of Osk Ford
@end titlepage

@node Top
@top Battle of Osk Ford

1944 battle of the Tarsen War
Not to be confused with the @uref{./Osk_Ford_railway_station,Osk Ford
railway station}.
@multitable @columnfractions 0.50 0.50 
@item 
Battle of Osk Ford
 @tab 
@item 
@uref{./File:Osk_ford_1944.jpg,@image{//upload.example.org/Osk_ford_1944,3.125in,2.08333in,,jpg}}
Tarsenian infantry at the ford, 3 May 1944
 @tab 
@item 
@multitable @columnfractions 0.50 0.50 
@item 
Part of the @uref{./Tarsen_War,Tarsen War}
 @tab 
@item 
Date
 @tab 2--4 May 1944
@item 
Location
 @tab @itemize
@item
Osk Ford, near Dolny Brod
@item
(present-day @uref{./Karsk,Karsk}, Tarsenia)
@end itemize

@item 
Result
 @tab @itemize
@item
Tarsenian victory
@item
Velmar withdrawal beyond the Osk
@end itemize

@end multitable

 @tab 
@item 
Belligerents
 @tab 
@item 
@uref{./Tarsenia,Tarsenia}
 @tab @uref{./Velmar_Republic,Velmar Republic}
@item 
Commanders and leaders
 @tab 
@item 
@itemize
@item
@uref{./Aldo_Veris,Aldo Veris}
@item
Ilse Darn
@end itemize

 @tab @itemize
@item
@uref{./Pero_Lask,Pero Lask}@ †
@item
Matej Orlo
@end itemize

@item 
Strength
 @tab 
@item 
9,000@sup{@uref{./Battle_of_Osk_Ford#cite_note-1,[1]}}
 @tab @itemize
@item
14,000@sup{@uref{./Battle_of_Osk_Ford#cite_note-1,[1]}}
@item
18,000 (Velmar claims)
@end itemize

@item 
Casualties and losses
 @tab 
@item 
310 killed@*
900 wounded
 @tab 1,200 killed
(@emph{Kand})@sup{@uref{./Battle_of_Osk_Ford#cite_note-2,[2]}}@*
2,400 captured
@end multitable

The @strong{Battle of Osk Ford} was fought from 2 to 4 May 1944 between
@uref{./Tarsenia,Tarsenia} and the @uref{./Velmar_Republic,Velmar
Republic} at the ford of the Osk river. It ended the Velmar offensive of
that spring and opened the road to the capital for the Tarsenian army,
which had waited on the far bank since the
winter.@sup{@uref{./Battle_of_Osk_Ford#cite_note-3,[3]}}

@node Background
@section Background
@anchor{#Background}
The ford had been fortified since the previous autumn, and both armies
knew that whoever held it held the road to
Karsk.@sup{@uref{./Battle_of_Osk_Ford#cite_note-1,[1]}} General
@uref{./Aldo_Veris,Aldo Veris} gathered the Second Corps on the western
bank in April 1944.

@node Battle
@section Battle
@anchor{#Battle}
On 2 May 1944 the Second Corps captured the village of Dolny Brod after
a night crossing.@sup{@uref{./Battle_of_Osk_Ford#cite_note-2,[2]}} Two
days later Velmar artillery shelled the bridgehead, killing twelve
soldiers.

On 4 May 1944 Velmar forces under @uref{./Pero_Lask,Pero Lask}
counterattacked the bridgehead and were repulsed; Lask was killed
leading the last assault. That evening the Velmar army withdrew beyond
the Osk.

@node Aftermath
@section Aftermath
@anchor{#Aftermath}
On 9 May 1944 Tarsenian troops entered Karsk without a
fight.@sup{@uref{./Battle_of_Osk_Ford#cite_note-4,[4]}}

@node References
@section References
@anchor{#References}
@enumerate 
@item
@uref{./Battle_of_Osk_Ford#cite_ref-1,1.0}
@uref{./Battle_of_Osk_Ford#cite_ref-1-1,1.1} Kand, Ivo (1990). @emph{Osk
Ford}. Karsk: Riverside Press. pp. 12--14.
@item
@uref{./Battle_of_Osk_Ford#cite_ref-2,↑} Kand 1990, p. 31.
@item
@uref{./Battle_of_Osk_Ford#cite_ref-3,↑} Marr, Tove (2001). @emph{The
Tarsen War}. p. 5.
@item
@uref{./Battle_of_Osk_Ford#cite_ref-4,↑} Marr 2001, p. 77.
@end enumerate

@bye
"""

HAND = r"""\input texinfo   @c -*-texinfo-*-
@c %**start of header
@setfilename osk-ford.info
@settitle Battle of Osk Ford
@documentencoding UTF-8
@set EDITION 2
@c %**end of header

@copying
This reader is for the Tarsen War seminar. Copyright @copyright{} 2024 Ivo Kand.
@end copying

@titlepage
@title Battle of Osk Ford
@subtitle A seminar reader, edition @value{EDITION}
@author Ivo Kand
@page
@insertcopying
@end titlepage

@ifnottex
@node Top
@top Battle of Osk Ford
@end ifnottex

@menu
* Fact box::        The battle at a glance.
* The battle::      What happened at the ford.
@end menu

@node Fact box
@chapter Fact box
@cindex fact box

@multitable @columnfractions .3 .35 .35
@headitem Battle of Osk Ford @tab @tab
@item Part of @tab the Tarsen War @tab
@item Date @tab 2--4 May 1944 @tab
@item Location @tab Osk Ford, near Dolny Brod @tab
@item Result @tab Tarsenian victory @tab
@item Belligerents @tab Tarsenia @tab Velmar Republic
@item Commanders @tab Aldo Veris@*Ilse Darn @tab Pero Lask @ †
@item Strength @tab 9,000 @tab 14,000
@item Casualties @tab 310 killed, 900 wounded @tab 1,200 killed, 2,400 captured
@end multitable

@node The battle
@chapter The battle

The @strong{Battle of Osk Ford} was fought from 2 to 4 May 1944 between
Tarsenia and the Velmar Republic at the ford of the Osk river.@footnote{Kand,
@cite{Osk Ford} (Karsk, 1990), p.@: 12.

The date of the first crossing is given as 1 May 1944 in older
accounts.} It ended the Velmar offensive of that spring.

@iftex
On 3 May 1944 the printed edition's map shows the Second Corps at Karsk.
@end iftex

@ignore
On 5 May 1944 the reserve arrived; check this against Marr.
@end ignore

@section Crossing
@c the crossing figures are disputed, see Marr

On 2 May 1944 the Second Corps captured the village of Dolny Brod ---
the first Tarsenian success of the war.  @c added by ivo
Two days later Velmar artillery shelled the bridgehead, killing twelve
soldiers (@pxref{Aftermath}).

@itemize @bullet
@item
The engineers laid a pontoon bridge under fire.
@item
Velmar gunners held the ridge above the ford until dusk.
@end itemize

@section Aftermath

@table @asis
@item 9 May 1944
Tarsenian troops entered Karsk without a fight.
@item 12 May 1944
The Velmar government asked for an armistice.
@end table

@bye
"""

PAGES = {"pandoc": PANDOC, "hand": HAND}

MARKDOWN = """---
title: Battle of Osk Ford
---
# Battle of Osk Ford

| | |
|---|---|
| **Date** | 2 May 1944 |

On 2 May 1944 the Second Corps captured the village of [Dolny Brod](https://example.org/DB).[^1]

[^1]: Kand, *Osk Ford*, p. 2. Write to ivo@example.org.
"""
WIKITEXT = """{{Infobox military conflict
| conflict = Battle of Osk Ford
| date = 2 May 1944
| combatant1 = [[Tarsenia]]
}}
'''The Battle of Osk Ford''' was fought on 2 May 1944.<ref>Kand, p. 2.</ref>

== Battle ==
On 2 May 1944 the Second Corps captured [[Dolny Brod]].
"""
HTML = """<!DOCTYPE html><html><head><title>Battle of Osk Ford</title></head><body>
<h1>Battle of Osk Ford</h1><table class="infobox"><tr><th>Date</th><td>2 May 1944</td></tr></table>
<p>On 2 May 1944 the Second Corps captured the village of Dolny Brod (mail @ivo, @item).</p></body></html>"""
PLAIN = ("Battle of Osk Ford\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod [1].\n"
         "Corrections to ivo@example.org, @osk_ford on the wire.\n")
TWEETS = json.dumps([{"text": "@osk_ford On 2 May 1944 the Second Corps crossed. @item @tab @c"}])
OTHER_SHAPES = {"markdown": MARKDOWN, "wikitext": WIKITEXT, "html": HTML, "plain": PLAIN, "tweets": TWEETS,
                "json": json.dumps({"title": "Battle of Osk Ford", "source": HAND})}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_texinfo_page_is_recognised_over_every_other_reader(name):
    page = PAGES[name]
    assert texinfo.score(page) > 0.9
    others = [module for module in READERS.values() if module is not texinfo]
    assert all(module.score(page) < texinfo.score(page) for module in others)
    headless = page.split("\n", 1)[1]  # no "\input texinfo" line: its commands are cue enough
    assert texinfo.score(headless) > max(module.score(headless) for module in others)


@pytest.mark.parametrize("other", sorted(OTHER_SHAPES))
def test_other_shapes_score_zero(other):
    assert texinfo.score(OTHER_SHAPES[other]) == 0.0


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_texinfo_page_gives_its_title_and_text_without_markup_comments_or_notes(name):
    doc = texinfo.read(PAGES[name])
    assert doc.shape == "texinfo" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic" in doc.text
    assert not [mark for mark in ("@", "{", "}", "``", "--", "\\input") if mark in doc.text]
    assert "Seminar reader" not in doc.text and "seminar" not in doc.text and "added by ivo" not in doc.text
    assert "Osk Ford railway station" not in doc.text and "1944 battle of the Tarsen War" not in doc.text


def test_a_pandoc_page_keeps_its_citation_marks_and_drops_the_notes_back_links():
    doc = texinfo.read(PANDOC)
    assert "since the winter.[3]" in doc.text and "held the road to Karsk.[1]" in doc.text
    assert "1.0" not in doc.text and "↑" not in doc.text and "cite_ref" not in doc.text


def test_a_typed_page_drops_its_footnote_ignored_and_tex_only_text():
    doc = texinfo.read(HAND)
    assert "Karsk, 1990" not in doc.text and "1 May 1944" not in doc.text  # the @footnote's body
    assert "reserve arrived" not in doc.text and "printed edition" not in doc.text  # @ignore, @iftex
    assert "Copyright" not in doc.text and "What happened at the ford" not in doc.text  # @copying, @menu
    assert "Dolny Brod — the first Tarsenian success" in doc.text  # "---" an em dash
    assert "killing twelve soldiers (Aftermath)." in doc.text  # @pxref its node's name


def test_a_pandoc_page_gives_its_box_with_the_nested_tables_rows_and_its_events():
    op = extract_operation(texinfo.read(PANDOC))
    assert (op.name, op.start_date, op.end_date) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04")
    assert op.part_of == ("Tarsen War",) and op.result.startswith("Tarsenian victory")
    assert {"Osk Ford", "Dolny Brod"} <= set(op.places)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(c.name, c.killed) for c in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True), ("Matej Orlo", False)]]
    assert [q.count.low for q in op.sides[0].strength] == [9000]
    assert [q.count.low for q in op.sides[1].strength] == [14000, 18000]
    assert op.sides[0].casualties[0].killed.low == 310 and op.sides[1].casualties[0].killed.low == 1200
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling"), ("1944-05-04", "counterattack"),
            ("1944-05-04", "withdrawal"), ("1944-05-09", "capture")} <= events


def test_a_typed_page_gives_its_three_column_box_and_its_dated_entries():
    op = extract_operation(texinfo.read(HAND))
    assert (op.name, op.start_date, op.end_date, op.result) == (
        "Battle of Osk Ford", "1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.part_of == ("Tarsen War",)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(c.name, c.killed) for c in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]
    assert [q.count.low for s in op.sides for q in s.strength] == [9000, 14000]
    assert [s.casualties[0].killed.low for s in op.sides] == [310, 1200]
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling"), ("1944-05-09", "capture")} <= events
    assert "1944-05-12" in {e.date for e in op.events}  # a @table entry: its term dates its text


def test_the_box_is_written_as_an_infobox_its_nested_rows_and_cell_lists_in_place():
    page = texinfo.html_page(PANDOC)
    assert page.count('<table class="infobox">') == 1
    assert '<tr><th colspan="2">Belligerents</th></tr>' in page
    assert "<tr><th>Date</th><td>2–4 May 1944</td></tr>" in page  # a row of the table nested in a cell
    assert "<tr><th>Result</th><td>Tarsenian victory<br>Velmar withdrawal beyond the Osk</td></tr>" in page
    assert "<tr><td>Tarsenia</td><td>Velmar Republic</td></tr>" in page
    assert "<td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask †<br>Matej Orlo</td>" in page  # @itemize in a cell
    assert "<td>310 killed<br>900 wounded</td>" in page  # @* a line break
    assert "<h1>Battle of Osk Ford</h1>" in page and "<h2>Battle</h2>" in page  # @section the top level: <h2>


def test_a_lone_cell_after_a_section_is_one_sides_value_and_other_tables_are_no_box():
    page = texinfo.html_page("""@settitle Osk
@multitable @columnfractions .5 .5
@item Date @tab 2 May 1944
@item Casualties and losses @tab
@item Unknown @tab
@end multitable

@multitable {Unit} {Men}
@headitem Unit @tab Men
@item Second Corps @tab 4,000
@end multitable
""")
    assert "<tr><td>Unknown</td><td></td></tr>" in page
    assert "<table><tr><th>Unit</th><th>Men</th></tr><tr><td>Second Corps</td><td>4,000</td></tr></table>" in page


@pytest.mark.parametrize(("source", "text"), [
    ("@@ @{x@} a@*b", "@ {x} a<br>b"),
    ("caf@'e, @v{C}elo, @\"uber, na@~{n}a, @ss{}, @dotless{i}", "café, Čelo, über, naña, ß, ı"),
    ("2--4 May, here---there, ``quoted''", "2–4 May, here—there, “quoted”"),
    ("@uref{https://x.org/a--b}, @uref{https://x.org,the site}, @url{https://x.org,,shown}",
     "https://x.org/a--b, the site, shown"),
    ("@ref{Battle}, @xref{Battle,,The crossing}, @ref{#cite_note-1,[1]}", "Battle, The crossing, [1]"),
    ("km@sup{2}, mark@sup{@uref{#cite_note-4,[4]}}, H@sub{2}O", "km<sup>2</sup>, mark[4], H<sub>2</sub>O"),
    ("a@image{map,3in}b@footnote{Kand, p. 2.}c@anchor{x}d", "abcd"),
    ("@strong{Osk} @emph{Ford} @code{a--b} @w{no break} @sc{tars} @var{x}@dots{}@tie{}y",
     "<b>Osk</b> <i>Ford</i> a--b no break tars x… y"),
    ("@value{ED} edition, @acronym{TNA, Tarsenian National Army}", "2 edition, TNA"),
])
def test_inline_commands_read_as_the_characters_and_words_they_stand_for(source, text):
    page = texinfo.html_page(f"@set ED 2\n\n{source}\n")
    assert f"<p>{text}</p>" in page


def test_conditionals_keep_the_branch_an_html_build_keeps():
    page = texinfo.html_page("""@set DRAFT
@ifnottex
kept one
@end ifnottex
@iftex
dropped one
@end iftex
@ifhtml
kept two
@end ifhtml
@ifinfo
dropped two
@end ifinfo
@ifset DRAFT
kept three
@end ifset
@ifclear DRAFT
dropped three
@end ifclear
""")
    assert "kept one kept two kept three" in page and "dropped" not in page


@pytest.mark.parametrize("text", [
    "", "@", "{", "}}}}", "@strong{" * 3000, "@itemize\n" * 2000, "@multitable\n@item\n" * 500, "@end table\n" * 50,
    "@'", "@v", "@U{zz} @U{110000}", "@value{", "@verbatim\n@end itemize\n", "@iftex\n" * 100,
    "@multitable\n@item a @tab b\n" * 100, "@table @asis\n@itemx only\n", PANDOC[:len(PANDOC) // 2],
])
def test_odd_texinfo_never_raises(text):
    doc = texinfo.read(text)
    assert doc.shape == "texinfo" and not any("failed" in w for w in doc.warnings)
