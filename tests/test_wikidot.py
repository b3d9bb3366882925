"""A Wikidot page's source: an invented battle copied into a Wikidot site, its references turned into
bibcites and its box rebuilt as an advanced table (or a simple ``||`` table). The page must give its
box and its dated events, leave no markup and no page chrome in its text, and claim no other shape."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from test_asciidoc import PAGE as ASCIIDOC
from test_dokuwiki import PAGE as DOKUWIKI
from test_forum_readers import BBCODE, MOIN
from test_office_readers import TEXTILE, TID, TYPST
from test_wiki_readers_trac_jira import HTML, JIRA, MARKDOWN, PLAIN, TRAC, WIKITEXT
from test_wiki_readers_xwiki_foswiki import FOSWIKI, XWIKI

from warfile.extract import extract_operation
from warfile.readers import READERS, wikidot

CREOLE = (Path(__file__).parent / "cases" / "unknown-markup" / "creole.txt").read_text(encoding="utf-8")

PAGE = """[!-- Imported from https://en.wikipedia.org/wiki/Battle_of_Osk_Ford on 14 January 2024 by ivo-k.
     References converted to bibcite; the infobox rebuilt as an advanced table. --]
[[module CSS]]
.infobox th { text-align: left; }
[[/module]]

[[>]]
[[module Rate]]
[[/>]]

[[note]]
**Imported page.** Checked against Kand only; corrections to the [[[forum:t-12|import thread]]] first.
Last reviewed on 9 March 2024.
[[/note]]

[[toc]]

[[div class="infobox" style="float:right; width:300px;"]]
[[table style="width:100%"]]
[[row]]
[[hcell colspan="2" style="text-align:center; font-size:125%;"]]Battle of Osk Ford[[/hcell]]
[[/row]]
[[row]]
[[cell colspan="2"]]Part of the [[[tarsen-war|Tarsen War]]][[/cell]]
[[/row]]
[[row]]
[[cell colspan="2"]][[image osk-ford-map.png width="280px"]]
//The ford in 1939//[[/cell]]
[[/row]]
[[row]]
[[hcell]]Date[[/hcell]]
[[cell]]2–4 May 1944[[footnote]]Velmar sources date the crossing to 1 May.[[/footnote]][[/cell]]
[[/row]]
[[row]]
[[hcell]]Location[[/hcell]]
[[cell]][[[osk-ford|Osk Ford]]], [[[tarsenia|Tarsenia]]][[/cell]]
[[/row]]
[[row]]
[[hcell]]Result[[/hcell]]
[[cell]]**Tarsenian victory**[[/cell]]
[[/row]]
[[row]]
[[hcell colspan="2"]]Belligerents[[/hcell]]
[[/row]]
[[row]]
[[cell]][[image flag-tarsenia.png width="18px"]] [[[tarsenia|Tarsenia]]][[/cell]]
[[cell]][[image flag-velmar.png width="18px"]] [[[velmar-republic|Velmar Republic]]][[/cell]]
[[/row]]
[[row]]
[[hcell colspan="2"]]Commanders and leaders[[/hcell]]
[[/row]]
[[row]]
[[cell]][[[aldo-veris|Aldo Veris]]]
Ilse Darn[[/cell]]
[[cell]]Pero Lask[[/cell]]
[[/row]]
[[row]]
[[hcell colspan="2"]]Strength[[/hcell]]
[[/row]]
[[row]]
[[cell]]8,000 men[[/cell]]
[[cell]]5,500 men[[/cell]]
[[/row]]
[[row]]
[[hcell colspan="2"]]Casualties and losses[[/hcell]]
[[/row]]
[[row]]
[[cell]]112 killed
340 wounded[[/cell]]
[[cell]]245 killed
1,200 captured[[/cell]]
[[/row]]
[[/table]]
[[/div]]

The **Battle of Osk Ford** was fought from 2 to 4 May 1944 at the ford of the [[[osk-river|Osk]]] between \
[[[tarsenia|Tarsenia]]] and the [[[velmar-republic|Velmar Republic]]].[((bibcite kand1990))] It ended the \
Velmar offensive of that spring and opened the road to the capital for the Tarsenian army, which had \
waited on the far bank since the winter.[((bibcite oder2001))]

+ Background

The ford had been fortified since the previous autumn, and //both// armies knew that whoever held it \
held the road.[((bibcite kand1990))] See [http://example.org/osk the survey] and [*http://example.org/map the \
map].

+ Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[((bibcite oder2001))] Two days later \
Velmar artillery shelled the bridgehead, killing twelve soldiers.[((bibcite kand1990))] _
The crossing cost the __Second Corps__ its --best-- battalion.

[[collapsible show="+ Order of battle" hide="- Hide"]]
||~ Formation ||~ Commander ||
|| Second Corps || Aldo Veris ||
|||| Velmar garrison of the ford ||
[[/collapsible]]

[[code]]
On 5 May 1944 the reserve arrived.
[[/code]]

> The ford is ours. -- [[size 80%]]Aldo Veris[[/size]]

Written with @@**stars**@@ and @<&copy;>@ literally.

++ Notes

[[footnoteblock]]

+ References

[[bibliography title="Sources"]]
: kand1990 : Ivo Kand, //Osk Ford// (Tarsk, 1990), p. 2.
: oder2001 : Mira Oder, //The Tarsen War// (2001), p. 40.
[[/bibliography]]

------

[[include :osk:component:imported-from-wikipedia source=Battle_of_Osk_Ford]]
"""

LEFTOVERS = ("[[", "]]", "[(", "**", "//", "__", "--best", "@@", "@<", "||", "+ ", "[http", "[*http", "[!--")
OTHER_SHAPES = {"markdown": MARKDOWN, "wikitext": WIKITEXT, "html": HTML, "plain": PLAIN, "moinmoin": MOIN,
                "textile": TEXTILE, "dokuwiki": DOKUWIKI, "bbcode": BBCODE, "trac": TRAC, "jira": JIRA,
                "xwiki": XWIKI, "foswiki": FOSWIKI, "tiddlywiki": TID, "typst": TYPST, "asciidoc": ASCIIDOC,
                "creole": CREOLE, "json": json.dumps({"title": "Battle of Osk Ford", "source": PAGE})}


def test_a_wikidot_page_is_recognised_over_every_other_reader():
    assert wikidot.score(PAGE) > 0.9
    assert all(module.score(PAGE) < wikidot.score(PAGE) for module in READERS.values() if module is not wikidot)


@pytest.mark.parametrize("shape", sorted(OTHER_SHAPES))
def test_other_shapes_are_not_claimed(shape):
    assert wikidot.score(OTHER_SHAPES[shape]) == 0.0


def test_the_page_gives_its_title_and_text_without_markup_or_chrome():
    doc = wikidot.read(PAGE)
    assert doc.shape == "wikidot" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "since the winter.[2]" in doc.text and "whoever held it held the road.[1]" in doc.text
    assert "the survey and the map." in doc.text and "its best battalion" in doc.text
    assert "Written with **stars** and © literally." in doc.text  # literals
    assert not [mark for mark in LEFTOVERS if mark in doc.text.replace("**stars**", "")]
    assert "Imported" not in doc.text and "reviewed" not in doc.text  # a comment and the site's note box
    assert "reserve arrived" not in doc.text  # a code block
    assert "text-align" not in doc.text and "Kand, //Osk Ford//" not in doc.text and "Tarsk" not in doc.text
    assert "Velmar sources date" not in doc.text  # a footnote's body
    assert "The ford is ours. -- Aldo Veris" in doc.text  # a quote, its [[size]] wrapper dropped


def test_the_advanced_table_is_the_box_and_gives_the_operation():
    op = extract_operation(wikidot.read(PAGE))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                  "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[8000], [5500]]
    tarsenia, velmar = ([c for c in s.casualties] for s in op.sides)
    assert {c.killed.low for c in tarsenia if c.killed} == {112} and {c.wounded.low for c in tarsenia if c.wounded} == {340}
    assert {c.killed.low for c in velmar if c.killed} == {245} and {c.captured.low for c in velmar if c.captured} == {1200}
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "1944-05-05" not in {e.date for e in op.events} and "1944-05-01" not in {e.date for e in op.events}


def test_cells_and_markers_are_written_as_html():
    page = wikidot.html_page(PAGE)
    assert '<table class=infobox><tr><th colspan=2>Battle of Osk Ford</th></tr>' in page
    assert "<tr><th>Date</th><td>2–4 May 1944[1]</td></tr>" in page  # the footnote its mark
    assert "<td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask</td>" in page
    assert "<td>112 killed<br>340 wounded</td>" in page
    assert "<h2>Background</h2>" in page and "<h3>Notes</h3>" in page
    # the collapsible block's simple table kept, a "||||" cell spanning two columns, "||~" header cells
    assert "<tr><th>Formation</th><th>Commander</th></tr>" in page
    assert "<tr><td colspan=2>Velmar garrison of the ford</td></tr>" in page
    assert "killing twelve soldiers.[1]<br>The crossing" in page  # " _" at a line's end
    assert "Written with **stars** and © literally." in page


def test_bibcites_are_numbered_by_first_use_and_footnotes_by_their_own_count():
    page = wikidot.html_page("Text.[((bibcite b))] More.[((bibcite a))] Again.[((bibcite b))]"
                             "[[footnote]]A note.[[/footnote]]\n\n[[bibliography]]\n: a : A.\n: b : B.\n[[/bibliography]]\n")
    assert "Text.[1] More.[2] Again.[1][1]" in page and "A note" not in page and ": a :" not in page


def test_a_simple_table_box_and_page_links_without_text():
    page = """[[toc]]
||||~ Battle of Osk Ford ||
||~ Date || 2 May 1944 ||
||~ Result || Tarsenian victory ||
||||~ Belligerents ||
|| [[[tarsenia]]] || [[[velmar-republic]]] ||

The battle was fought on 2 May 1944 near [[[osk-ford|the ford]]].
"""
    assert wikidot.score(page) > 0.3
    doc = wikidot.read(page)
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and op.start_date == "1944-05-02" and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("tarsenia",), ("velmar republic",)]
    assert "near the ford." in doc.text


def test_nested_and_unclosed_tables_and_blocks_are_read_not_raised():
    page = ("[[table]][[row]][[cell]]outer[[table]][[row]][[cell]]inner[[/cell]][[/row]][[/table]][[/cell]]"
            "[[/row]][[/table]]\n\n[[module ListPages]]\n[[footnote]]open\n[[table]][[row]][[cell]]left open")
    html_page = wikidot.html_page(page)
    assert "outer<br><table><tr><td>inner</td></tr></table>" in html_page and "left open" in html_page
    for text in ("", "[[", "[[[", "[!--", "@@", "[[table]]", "[[/table]]", "[((bibcite", "+ ", "||", "||~"):
        assert wikidot.read(text).shape == "wikidot"


def test_a_long_page_of_unclosed_tags_is_read_in_linear_time():
    page = "[[footnote]] [[code]] [[module X]] [!-- [[table]] [[cell]] @@ " * 4000
    start = time.perf_counter()
    wikidot.read(page)
    assert time.perf_counter() - start < 5
