"""Readers for two team wikis' page sources: an XWiki 2.1 page and a Foswiki/TWiki topic file. Each holds
the same invented battle, its box retyped as the wiki's table; each must be recognised, give its box and
its dated events, and leave no markup in the text."""
from __future__ import annotations

import pytest

from warfile.extract import extract_operation
from warfile.readers import foswiki, xwiki

LEAD_END = "It ended the Velmar offensive of that spring and opened the road to the capital for the Tarsenian army."
BATTLE = ("On 2 May 1944 the Second Corps captured the village of Dolny Brod. Two days later Velmar artillery "
          "shelled the bridgehead, killing twelve soldiers.")

XWIKI = f"""{{{{info}}}}Imported from [[Wikipedia>>https://en.wikipedia.org/wiki/Battle_of_Osk_Ford]] on 3 March 2024.{{{{/info}}}}

= Battle of Osk Ford =

{{{{toc/}}}}

(% class="infobox" style="width:22em" %)
|=(% colspan="2" %)Battle of Osk Ford
|(% colspan="2" %)Part of the [[Tarsen War>>doc:History.Tarsen War.WebHome]]
|=Date|2 May 1944{{{{footnote}}}}Kand, //Osk Ford// (1990), p. 2.{{{{/footnote}}}}
|=Location|[[Osk river>>https://example.org/wiki/Osk]], Tarsenia
|=Result|Tarsenian victory
|=(% colspan="2" %)Belligerents
|[[doc:Main.Tarsenia]]|Velmar Republic
|=(% colspan="2" %)Commanders and leaders
|Aldo Veris\\\\Ilse Darn|Pero Lask †

The **Battle of Osk Ford** was fought on 2 May 1944 between [[Tarsenia>>Main.Tarsenia]] and the //Velmar Republic//
at the ford of the Osk river.{{{{footnote}}}}Kand, Osk Ford (1990), p. 3.{{{{/footnote}}}} {LEAD_END}

[[image:osk_map.png||alt="The ford in 1944" width="300"]]

== Battle ==

{BATTLE}

{{{{box title="Order of battle"}}}}
* Second Corps
** 4th Rifle Division
{{{{/box}}}}

{{{{code language="none"}}}}
On 5 May 1944 nothing here is the article.
{{{{/code}}}}

== References ==

{{{{putFootnotes/}}}}
"""

FOSWIKI = f"""%META:TOPICINFO{{author="ArnoVeld" comment="" date="1709460000" format="1.1" version="3"}}%
%META:TOPICPARENT{{name="TarsenWar"}}%
---+!! Battle of Osk Ford
%TOC{{depth="2"}}%

<!-- Imported from Wikipedia; box retyped by hand -->
| *Battle of Osk Ford* ||
| Part of the [[TarsenWar][Tarsen War]] ||
| *Date* | 2 May 1944%FOOTNOTE{{"Kand, _Osk Ford_ (1990), p. 2."}}% |
| *Location* | [[https://example.org/wiki/Osk][Osk river]], Tarsenia |
| *Result* | Tarsenian victory |
| *Belligerents* ||
| [[Main.Tarsenia]] | Velmar Republic |
| *Commanders and leaders* ||
| Aldo Veris%BR%Ilse Darn | Pero Lask † |

The *Battle of Osk Ford* was fought on 2 May 1944 between [[Main.Tarsenia][Tarsenia]] and the _Velmar Republic_
at the ford of the Osk river.%FOOTNOTE{{"Kand, Osk Ford (1990), p. 3."}}% {LEAD_END}

#TheBattle
---++ Battle

{BATTLE}

   * Second Corps
      * 4th Rifle Division
   * Set ALLOWTOPICCHANGE = Main.EditorsGroup

<verbatim>
On 5 May 1944 nothing here is the article.
</verbatim>

---++ References
%FOOTNOTES%

%META:FIELD{{name="TopicTitle" attributes="H" title="TopicTitle" value="Battle of Osk Ford"}}%
%META:FILEATTACHMENT{{name="osk_map.png" attachment="osk_map.png" date="1709460000" size="20480" user="ArnoVeld"}}%
"""

PAGES = {"xwiki": (xwiki, XWIKI), "foswiki": (foswiki, FOSWIKI)}
MARKUP = ("[[", "]]", "{{", "}}", "%", "||", "(%", "**", "//", "---+", "*Battle", "_Velmar", "<", "\\\\")

MARKDOWN = f"""# Battle of Osk Ford

| Battle of Osk Ford | |
|---|---|
| **Date** | 2 May 1944 |
| **Result** | Tarsenian victory |

The **Battle of Osk Ford** was fought between [Tarsenia](https://example.org/T) and the *Velmar Republic*.

## Battle

{BATTLE}
"""

WIKITEXT = f"""{{{{Infobox military conflict
| conflict = Battle of Osk Ford
| partof = [[Tarsen War]]
| date = 2 May 1944
| result = Tarsenian victory
| combatant1 = [[Tarsenia]]
| combatant2 = [[Velmar Republic]]
}}}}
The '''Battle of Osk Ford''' was fought on 2 May 1944.<ref>{{{{cite book |title=Osk Ford |url=https://example.org/}}}}</ref>

== Battle ==
{BATTLE}

== References ==
{{{{reflist}}}}
"""

HTML = f"""<!DOCTYPE html><html><head><title>Battle of Osk Ford - Wikipedia</title></head><body>
<h1 id="firstHeading">Battle of Osk Ford</h1>
<table class="infobox"><tr><th colspan="2">Battle of Osk Ford</th></tr>
<tr><th>Date</th><td>2 May 1944</td></tr><tr><th>Result</th><td>Tarsenian victory</td></tr></table>
<p>The <b>Battle of Osk Ford</b> was fought on 2 May 1944.</p><h2>Battle</h2><p>{BATTLE}</p>
</body></html>
"""


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_wiki_page_is_recognised_and_gives_its_box_and_events(shape):
    reader, page = PAGES[shape]
    assert reader.score(page) > 0.9
    doc = reader.read(page)
    assert doc.shape == shape and doc.title == "Battle of Osk Ford" and not doc.warnings
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert op.part_of == ("Tarsen War",)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events
    assert "1944-05-05" not in {e.date for e in op.events}  # the code / verbatim block is not the article


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_no_markup_is_left_and_footnotes_keep_their_marks(shape):
    reader, page = PAGES[shape]
    doc = reader.read(page)
    assert not [mark for mark in MARKUP if mark in doc.text]
    assert "Velmar Republic at the ford of the Osk river.[2] It ended the Velmar offensive" in doc.text
    assert "Kand" not in doc.text and "p. 3" not in doc.text  # the notes' bodies are the references
    assert "Location: Osk river, Tarsenia" in doc.text and "https" not in doc.text
    assert "Second Corps" in doc.text and "ALLOWTOPICCHANGE" not in doc.text and "Imported" not in doc.text


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_other_shapes_are_not_this_wiki(shape):
    reader, _ = PAGES[shape]
    others = [MARKDOWN, WIKITEXT, HTML, BATTLE] + [page for other, (_, page) in PAGES.items() if other != shape]
    assert [reader.score(text) for text in others] == [0.0] * len(others)


def test_a_foswiki_cell_of_carets_goes_on_the_cell_above_and_a_bold_value_stays_a_value():
    topic = """%META:TOPICINFO{author="ArnoVeld" date="1709460000" format="1.1" version="1"}%
| *Battle of Osk Ford* ||
| *Result* | *Tarsenian victory* |
| *Commanders and leaders* ||
| Aldo Veris | Pero Lask |
| Ilse Darn | ^ |
"""
    page = foswiki.html_page(topic)
    assert "<th>Result</th><td><b>Tarsenian victory</b></td>" in page
    assert "<td>Aldo Veris<br>Ilse Darn</td><td>Pero Lask</td></tr></table>" in page


def test_an_xwiki_html_macro_is_read_as_html_and_escapes_are_literal():
    page = xwiki.html_page('= Osk =\n\n{{html clean="false"}}\n<p>Kept <b>as</b> written.</p>\n{{/html}}\n\n'
                           "A ~**starred~** word.\n")
    assert "<p>Kept <b>as</b> written.</p>" in page and "A **starred** word." in page
