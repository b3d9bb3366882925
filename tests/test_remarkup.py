"""A Phriction wiki page's Remarkup source: an invented battle a reading group copied into its
Phabricator wiki, the box retyped as a pipe table or as Remarkup's HTML-like table. The page must give
its box and its dated events, leave no markup, embeds or callouts in its text, and claim no other shape."""
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
from warfile.readers import READERS, remarkup

CREOLE = (Path(__file__).parent / "cases" / "unknown-markup" / "creole.txt").read_text(encoding="utf-8")

PAGE = """= Battle of Osk Ford =

NOTE: Copied from English Wikipedia for the #tarsen_war reading group on 14 January 2024 \
([[ https://en.wikipedia.org/w/index.php?title=Battle_of_Osk_Ford&oldid=1 | revision ]]). Discuss changes in T88.

| **Battle of Osk Ford** | |
| --- | --- |
| Part of the [[ https://en.wikipedia.org/wiki/Tarsen_War | Tarsen War ]] | |
| {F1432, size=full} //The ford in 1939// | |
| **Date** | 2–4 May 1944 |
| **Location** | Osk Ford, [[ /w/places/tarsenia/ | Tarsenia ]] |
| **Result** | !!Tarsenian victory!! |
| **Belligerents** | |
| {icon flag} Tarsenia | Velmar Republic |
| **Commanders and leaders** | |
| Aldo Veris | Pero Lask |
| **Strength** | |
| 8,000 men | 5,500 men |
| **Casualties and losses** | |
| 112 killed | 245 killed |

The **Battle of Osk Ford** was fought from 2 to 4 May 1944 at the ford of the Osk between
[[ https://en.wikipedia.org/wiki/Tarsenia | Tarsenia ]] and the Velmar Republic.[1] It ended the Velmar
offensive of that spring and opened the road to the capital for the Tarsenian army, which had waited on
the far bank since the winter.[2]

== Background ==

The ford had been fortified since the previous autumn, and //both// armies knew that whoever held it
held the road.[1] The ##Osk## is ~~shallow~~ fordable there; see [[ /w/places/osk_ford/ ]] and
[the survey](https://example.org/osk).

== Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[2] Two days later Velmar artillery
shelled the bridgehead, killing twelve soldiers.[1]

```
On 5 May 1944 the reserve arrived.
```

  lang=text
  On 6 May 1944 the second reserve arrived.

> The ford is ours, said Aldo Veris.

> Quoted from the talk page.
WARNING: Figures for 7 May 1944 are disputed,
see {T90} before quoting them.

- [X] Kand's figures checked
- [ ] Oder's figures checked
---

== References ==

# Kand, Ivo (1990). //Osk Ford//. Tarsk. p. 2.
# Oder, Mira (2001). //The Tarsen War//. p. 40.

(NOTE) @mira.o: the casualty figures differ from Oder's tables, see T91.
"""

HTML_TABLE = """NOTE: Imported for the reading group; see {F12}.

<table>
<tr><th>Battle of Osk Ford</th><th></th></tr>
<tr><td>Part of the [[ https://example.org/Tarsen_War | Tarsen War ]]</td><td></td></tr>
<tr><td>**Date**</td><td>2 May 1944</td></tr>
<tr><td>**Result**</td><td>Tarsenian victory
Velmar offensive ended</td></tr>
<tr><th>Belligerents</th><th></th></tr>
<tr><td>Tarsenia</td><td>Velmar Republic</td></tr>
<tr><th>Commanders and leaders</th><th></th></tr>
<tr><td>Aldo Veris
Ilse Darn</td><td>Pero Lask</td></tr>
</table>

The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic.[1]

== Battle ==

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[1]
"""

LEFTOVERS = ("[[", "]]", "**", "//", "##", "~~", "!!", "{F", "{icon", "{T", "```", "| ", "= ", "(NOTE)", "NOTE:",
             "WARNING:", "[X]", "](")
OTHER_SHAPES = {"markdown": MARKDOWN, "wikitext": WIKITEXT, "html": HTML, "plain": PLAIN, "moinmoin": MOIN,
                "textile": TEXTILE, "dokuwiki": DOKUWIKI, "bbcode": BBCODE, "trac": TRAC, "jira": JIRA,
                "xwiki": XWIKI, "foswiki": FOSWIKI, "tiddlywiki": TID, "typst": TYPST, "asciidoc": ASCIIDOC,
                "creole": CREOLE, "json": json.dumps({"title": "Battle of Osk Ford", "content": PAGE})}


@pytest.mark.parametrize("page", [PAGE, HTML_TABLE], ids=["pipes", "html-table"])
def test_a_remarkup_page_is_recognised_over_every_other_reader(page):
    assert remarkup.score(page) > 0.6
    assert all(module.score(page) < remarkup.score(page) for module in READERS.values() if module is not remarkup)


@pytest.mark.parametrize("shape", sorted(OTHER_SHAPES))
def test_other_shapes_are_not_claimed(shape):
    assert remarkup.score(OTHER_SHAPES[shape]) == 0.0


def test_a_dokuwiki_or_mediawiki_page_with_spaced_links_and_headings_is_not_claimed():
    for page in ("== Battle ==\nSee [[ https://example.org | the survey ]] and //both// armies.\n",
                 "= Osk =\n'''Osk''' [[ Tarsenia | Tarsenia ]] NOTE: a ## b ## c\n{{Infobox military conflict}}\n"):
        assert remarkup.score(page) == 0.0


def test_the_page_gives_its_title_and_text_without_markup_embeds_or_callouts():
    doc = remarkup.read(PAGE)
    assert doc.shape == "remarkup" and doc.title == "Battle of Osk Ford" and not doc.warnings
    assert "since the winter.[2]" in doc.text and "whoever held it held the road.[1]" in doc.text
    assert "The Osk is shallow fordable there; see osk ford and the survey." in doc.text
    assert "The ford is ours, said Aldo Veris." in doc.text and "Quoted from the talk page." in doc.text
    assert not [mark for mark in LEFTOVERS if mark in doc.text]
    assert "Copied from" not in doc.text and "reading group" not in doc.text  # the NOTE: callout
    assert "disputed" not in doc.text and "casualty figures differ" not in doc.text  # WARNING:, (NOTE)
    assert "reserve arrived" not in doc.text  # a fenced and an indented code block
    assert "1939" not in doc.text  # the image's caption row


def test_the_pipe_table_is_the_box_and_gives_the_operation():
    op = extract_operation(remarkup.read(PAGE))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "1944-05-04",
                                                                  "Tarsenian victory")
    assert op.part_of == ("Tarsen War",) and "Osk Ford" in op.places
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[8000], [5500]]
    assert [[c.killed.low for c in s.casualties] for s in op.sides] == [[112], [245]]
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert not {"1944-05-05", "1944-05-06", "1944-05-07", "2024-01-14"} & {e.date for e in op.events}


def test_the_html_like_table_is_the_box_its_lines_the_cells_lines():
    page = remarkup.html_page(HTML_TABLE)
    assert "<table class=infobox><tr><th colspan=2>Battle of Osk Ford</th></tr>" in page
    assert "<tr><th>Date</th><td>2 May 1944</td></tr>" in page and "<tr><th colspan=2>Belligerents</th></tr>" in page
    assert "<td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask</td>" in page
    op = extract_operation(remarkup.read(HTML_TABLE))
    assert (op.name, op.start_date, op.part_of) == ("Battle of Osk Ford", "1944-05-02", ("Tarsen War",))
    assert op.result.startswith("Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def test_headings_lists_and_rules():
    page = remarkup.html_page(PAGE)
    assert "<h1>Battle of Osk Ford</h1>" in page and "<h2>Background</h2>" in page
    assert "<h2>Battle</h2>" in page  # the closing "=" left off
    assert "<li>Kand's figures checked</li><li>Oder's figures checked</li></ul>" in page  # boxes dropped, a rule after
    assert "<th colspan=2>Battle of Osk Ford</th>" in page  # the header row over "| --- |", its bold its own
    underlined = remarkup.html_page("Osk Ford\n========\n\nText.\n\nBattle\n------\n\nMore.\n")
    assert "<h1>Osk Ford</h1>" in underlined and "<h2>Battle</h2>" in underlined


def test_odd_input_is_read_not_raised_and_fast():
    for text in ("", "<table>", "<table><td>x", "| a |\n| --- |", "```", "%%%", "[[ ", "= =", "NOTE: x", "  code"):
        assert remarkup.read(text).shape == "remarkup"
    page = "<table><tr><td>[[ a | b ]] {F1 ``` %%% | x | **" * 4000
    start = time.perf_counter()
    remarkup.read(page)
    assert time.perf_counter() - start < 5
