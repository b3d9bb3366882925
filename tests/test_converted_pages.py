"""Pages as converters and browsers leave them (blind set 37's layouts): trafilatura's markdown
keeping <sup> tags and losing a cell's line breaks, Vector 2022's Appearance menu in a copy, a page
title qualified by its year. Invented battles."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import read_document

TRAFILATURA = """---
title: Battle of Osk Ford - Wikipedia
url: https://en.wikipedia.org/wiki/Battle_of_Osk_Ford
hostname: wikipedia.org
---
# Battle of Osk Ford

| Battle of Osk Ford |  |
|---|---|
| Part of the [Tarsen War](https://example.org/Tarsen_War) |  |
| Date | 8–23 March 1937 |
| Belligerents |  |
| [Tarsenia](https://example.org/T) [Osk Legion](https://example.org/L) | [Velmar Republic](https://example.org/V) |
| Commanders and leaders |  |
| Col. [Aldo Veris](https://example.org/A) [Ilse Darn](https://example.org/I) | Gen. [Pero Lask](https://example.org/P) Gen. [Ivo Kand](https://example.org/K) |
| Units involved |  |
| IV Army Corps 11th Division 12th Division [XI Brigade](https://example.org/XI) | Marren Division [Osk Division](https://example.org/O) |
| Casualties and losses |  |
| 120 killed | c. 3,000 killed (Tarsenian claim) c. 500 killed (Velmar figures) <sup>[\\[13\\]](https://en.wikipedia.org#cite_note-13)</sup> |

The Battle of Osk Ford was fought from 8 to 23 March 1937.<sup>[\\[1\\]](https://en.wikipedia.org#cite_note-1)</sup> The Velmar columns attacked towards Osk.[\\[2\\]](https://en.wikipedia.org#cite_note-2)

## Battle

On 8 March the Velmar columns broke through the Tarsenian line near Marren.<sup>[\\[6\\]](https://en.wikipedia.org#cite_note-6)</sup> The next day the Velmar troops took Dolny Brod.<sup>[\\[6\\]](https://en.wikipedia.org#cite_note-6)</sup>
"""


def test_trafilatura_markdown_keeps_its_sentences_and_its_cells_entries():
    op = extract_operation(read_document(TRAFILATURA, path="osk.md"))
    # "<sup>[\\[6\\]](…)</sup>" closes a sentence like any citation mark
    assert {("1937-03-08", "attack", "On 8 March the Velmar columns broke through the Tarsenian line near Marren."),
            ("1937-03-09", "capture", "The next day the Velmar troops took Dolny Brod.")} <= {
        (e.date, e.type, e.summary) for e in op.events}
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Osk Legion"), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask", "Ivo Kand"]]
    assert list(op.sides[0].units) == ["IV Army Corps", "11th Division", "12th Division", "XI Brigade"]
    assert [c.text for c in op.sides[1].casualties] == ["c. 3,000 killed (Tarsenian claim)", "c. 500 killed (Velmar figures)"]


APPEARANCE = """Jump to content
Main menu
Search
Appearance
Donate

Battle of Osk Ford

Article
Talk
Read
Edit
View history
Tools
Appearance
hide
Text
Small
Standard
Large
This page always uses small font size
Width
Standard
Wide
The content is as wide as possible for your browser window.
Color (beta)
Automatic
Light
Dark
This page is always in light mode.
From Wikipedia, the free encyclopedia

Battle of Osk Ford (1944)
Part of the Tarsen War
Date\t2 May 1944
Result\tTarsenian victory
Belligerents
 Tarsenia\t Velmar Republic
Units involved
Second Corps
Order of battle
hide
4th Division\tNorthern Army

The Battle of Osk Ford was fought between Tarsenia and the Velmar Republic on 2 May 1944.
"""


def test_a_copy_with_the_appearance_menu_names_the_page_not_the_menu():
    doc = read_document(APPEARANCE, path="osk.txt")
    assert doc.title == "Battle of Osk Ford"
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford (1944)"
    assert "Order of battle" not in [u for s in op.sides for u in s.units]  # a collapsible list's title


def test_a_title_qualified_by_its_year_names_the_record_over_the_boxs_bare_name():
    page = ("<html><head><title>Battle of Osk Ford (1944) - Wikipedia</title></head><body>"
            "<h1>Battle of Osk Ford (1944)</h1><table class='infobox'><caption>Battle of Osk Ford</caption>"
            "<tr><th>Date</th><td>2 May 1944</td></tr><tr><th>Result</th><td>Tarsenian victory</td></tr></table>"
            "<p>The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic.</p>"
            "<p>On 2 May 1944 the Second Corps captured Dolny Brod.</p></body></html>")
    op = extract_operation(read_document(page, path="osk.html"))
    assert (op.name, op.id) == ("Battle of Osk Ford (1944)", "battle-of-osk-ford-1944")
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


MIRROR_BY_SIDE = """Battle of Osk Ford
From Wikitrove, the open encyclopedia
Date: 6–15 April 1915
Location: Osk Ford, Tarsenia
Result: Tarsenian victory

━━ Side 1
Belligerents: Tarsenia
Commanders: Aldo Veris; Ilse Darn
Casualties: 138 killed, 276 wounded[13]

━━ Side 2
Belligerents: Velmar Republic
Commanders: Pero Lask
Casualties: 4,000 killed (Tarsenian claim)[14]

Contents: Background · First battle · Losses and reprisals · Aftermath · References

The Battle of Osk Ford, sometimes called the Battles of Osk, was fought near Osk between 6 and 15 April 1915.[1]
On 6 April 1915 the Velmar vanguard attacked the Tarsenian cavalry at the ford.[5]
"""


def test_a_box_regrouped_by_side_reads_each_sides_rows_and_no_heading_as_an_entry():
    op = extract_operation(read_document(MIRROR_BY_SIDE, path="osk.txt"))
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert [[c.text for c in s.casualties] for s in op.sides] == [["138 killed, 276 wounded"],
                                                                  ["4,000 killed (Tarsenian claim)"]]
    assert op.aliases == ("Battles of Osk",)  # ", sometimes called X," right after the lead's name


def test_a_formation_row_names_the_units():
    page = ("<html><body><table class='honour-card'><caption>Battle of Osk Ford</caption>"
            "<tr><th>Date</th><td colspan='2'>31 October 1917</td></tr>"
            "<tr><th>Place</th><td colspan='2'>Osk Ford, Tarsenia</td></tr>"
            "<tr><th>Outcome</th><td colspan='2'>Victory: town and wells taken</td></tr>"
            "<tr><th></th><th>Tarsenia</th><th>Velmar Republic</th></tr>"
            "<tr><th>Formation</th><td>4th Horse Brigade<br>12th Horse Regiment</td><td>III Corps</td></tr>"
            "<tr><th>Commanders</th><td>Brig Gen Aldo Veris</td><td>Pero Lask</td></tr>"
            "</table><p>On 31 October 1917 the 4th Horse Brigade charged the Velmar trenches at Osk.</p></body></html>")
    op = extract_operation(read_document(page, path="osk.html"))
    assert [list(s.units) for s in op.sides] == [["4th Horse Brigade", "12th Horse Regiment"], ["III Corps"]]


# html2text's own output (bodywidth 78): rows and a cell's line breaks end in two spaces, the lines it
# wraps do not; the caption over a rule, the first row with a pipe of its own.
HTML2TEXT = ("# Battle of Osk Ford\n\nFrom Wikipedia, the free encyclopedia\n\n"
             "Battle of Osk Ford  \n---  \n"
             "Part of the [Osk campaign](/wiki/Osk_campaign \"Osk campaign\") of the [Tarsen\nWar](/wiki/Tarsen_War \"Tarsen War\")  \n"
             "| Date| 2 May 1944  \n---|---  \n"
             "Location| [Osk Ford](/wiki/Osk_Ford \"Osk Ford\"),\n[Tarsenia](/wiki/Tarsenia \"Tarsenia\")  \n"
             "Result| Tarsenian victory  \n"
             "Belligerents  \n"
             "[Tarsenia](/wiki/Tarsenia \"Tarsenia\")|\n[Velmar Republic](/wiki/Velmar \"Velmar\")  \n"
             "Commanders and leaders  \n"
             "Gen. [Aldo Veris](/wiki/Aldo_Veris \"Aldo Veris\")  \n"
             "Col. [Ilse Darn](/wiki/Ilse_Darn \"Ilse Darn\") (Second Corps)|\nGen. [Pero Lask](/wiki/Pero_Lask \"Pero\nLask\") †  \n"
             "Maj. Ivo Kand  \n"
             "  \n"
             "The Battle of Osk Ford was fought between Tarsenia and the Velmar Republic on 2\nMay 1944.[1] "
             "On 2 May 1944 the Second Corps captured the village of Dolny Brod.\n")


def test_html2texts_wrapped_table_is_read_row_by_row():
    op = extract_operation(read_document(HTML2TEXT, path="osk.md"))
    assert (op.name, op.part_of, op.start_date, op.result) == (
        "Battle of Osk Ford", ("Osk campaign", "Tarsen War"), "1944-05-02", "Tarsenian victory")
    assert op.places == ("Osk Ford", "Tarsenia")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.killed) for p in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True), ("Ivo Kand", False)]]


MDX = """---
id: battle-of-osk-ford
title: Battle of Osk Ford
sidebar_position: 7
---

import BattleInfobox from '@site/src/components/BattleInfobox';
import Tabs from '@theme/Tabs';

<BattleInfobox
  conflict="Battle of Osk Ford"
  partOf="Tarsen War"
  date="2 December 1899"
  place={['Osk Ford', 'Tarsenia']}
  result="Tarsenian victory"
  sides={[
    { belligerents: ['Tarsenia'], commanders: [{ rank: 'Maj.', name: 'Aldo Veris', role: '33rd Infantry' }],
      strength: ['c. 300 soldiers'], },
    { belligerents: ['Velmar Republic'], commanders: [{ rank: 'Gen.', name: 'Pero Lask', kia: true }],
      units: ['Lask\\'s escort'], },
  ]}
/>

The Battle of Osk Ford was fought on 2 December 1899 at the ford of the Osk.

<Tabs groupId="accounts">
On 2 December 1899 the Tarsenian column captured the ford after a day of fighting.
</Tabs>
"""


def test_an_mdx_pages_box_component_is_read_as_its_front_matter():
    doc = read_document(MDX, path="osk.mdx")
    assert "import " not in doc.text and "<Tabs" not in doc.text
    op = extract_operation(doc)
    assert (op.name, op.part_of, op.places, op.result) == ("Battle of Osk Ford", ("Tarsen War",),
                                                           ("Osk Ford", "Tarsenia"), "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.rank, p.killed) for p in s.commanders] for s in op.sides] == [
        [("Aldo Veris", "Maj.", False)], [("Pero Lask", "Gen.", True)]]
    assert list(op.sides[1].units) == ["Lask's escort"]
    assert ("1899-12-02", "capture") in {(e.date, e.type) for e in op.events}


GITHUB_WIKI = """> [!NOTE]
> Mirror of the English Wikipedia article [Battle of Osk Ford](https://en.wikipedia.org/wiki/Osk), see [[Coding rules|Coding-Rules]].

<table align="right" width="340">
<tr><th colspan="2">Battle of Osk Ford</th></tr>
<tr><th align="left">Date</th><td>2 May 1944</td></tr>
<tr><th align="left">Result</th><td>Tarsenian victory</td></tr>
<tr><th colspan="2">Belligerents</th></tr>
<tr><td>Tarsenia</td><td>Velmar Republic</td></tr>
</table>

The Battle of Osk Ford was fought on 2 May 1944 between [[Tarsenia|Tarsenia-page]] and the [Velmar Republic](https://en.wikipedia.org/wiki/V).[^1]

## Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[^2]

## References

[^1]: "Osk". Courier. 3 May 1944.
[^2]: Kand, p. 2.
"""


def test_markdown_without_front_matter_is_read_as_markdown_with_its_html_box():
    doc = read_document(GITHUB_WIKI, path="Battle-of-Osk-Ford.md")
    assert doc.shape == "markdown-frontmatter"
    op = extract_operation(doc)
    assert (op.name, op.result) == ("Battle of Osk Ford", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def test_a_factbox_of_the_fall_of_x_names_its_operation_and_its_forces_row_the_units():
    page = ("<html><body><h1>Eleven days at Osk</h1><p>By Ivo Kand, 27 September 2023</p>"
            "<table class='factbox'><caption>The fall of Osk at a glance</caption>"
            "<tr><th>Dates</th><td colspan='2'>16–27 September 1993</td></tr>"
            "<tr><th>Outcome</th><td colspan='2'>Velmar forces take the city</td></tr>"
            "<tr><th></th><th>Tarsenia</th><th>Velmar</th></tr>"
            "<tr><th>Forces</th><td>Tarsenian army; National Guard</td><td>Velmar forces</td></tr>"
            "<tr><th>Losses</th><td>about 1,000 soldiers killed</td><td>not known</td></tr></table>"
            "<p>On 16 September 1993 Velmar forces attacked the northern suburbs of Osk.</p></body></html>")
    op = extract_operation(read_document(page, path="osk.html"))
    assert op.name == "Fall of Osk"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar",)]
    assert [list(s.units) for s in op.sides] == [["Tarsenian army", "National Guard"], ["Velmar forces"]]
    assert not any(s.strength for s in op.sides)


def test_a_page_through_a_translator_reads_its_translated_box_labels():
    text = ("Translated by Google from Spanish · Show original\nNaval Combat of Osk\n"
            "From Wikipedia, the free encyclopedia\nNaval Combat of Osk\nPart of the Tarsen War\n"
            "Date\tOctober 8, 1879\nResult\tTarsenian victory\nBelligerents\n Tarsenia\t Velmar\n"
            "Commanders\nAldo Veris\tPero Lask\nMilitary units\nOsk\nMarren\tDolny\nForces in combat\n"
            "2 frigates\t1 monitor\n\nThe Naval Combat of Osk was fought on October 8, 1879 off Osk.\n")
    op = extract_operation(read_document(text, path="osk.txt"))
    assert [list(s.units) for s in op.sides] == [["Osk", "Marren"], ["Dolny"]]
    assert [[q.text for q in s.strength] for s in op.sides] == [["2 frigates"], ["1 monitor"]]


# Crawl4AI's markdown with citations: links numbered "⟨n⟩", their URLs listed at the end, the lead
# written right under the box's last row, "[edit]" lines under the headings.
CRAWL4AI = """Jump to content⟨1⟩
# Battle of Osk Ford
From Wikipedia, the free encyclopedia
| Battle of Osk Ford |  
| --- |  
| Part of the Tarsen War⟨2⟩ |  
| Date | 2 May 1944 |  
| Result | Tarsenian victory |  
| Belligerents | Tarsenia⟨3⟩ | Velmar Republic⟨4⟩ |  
The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia⟨3⟩ and the Velmar Republic⟨4⟩ at the ford of the Osk river.[1]⟨5⟩
## Battle
[edit⟨6⟩]
On 2 May 1944 the Second Corps⟨7⟩ captured the village of Dolny Brod. Two days later Velmar artillery shelled the bridgehead.
## References
  1. **^⟨8⟩** Kand, Osk Ford (1990), p. 2.

⟨1⟩ https://en.wikipedia.org/wiki/Osk#bodyContent: Jump to content
⟨2⟩ https://en.wikipedia.org/wiki/Tarsen_War: Tarsen War
⟨3⟩ https://en.wikipedia.org/wiki/Tarsenia: Tarsenia
⟨4⟩ https://en.wikipedia.org/wiki/Velmar: Velmar Republic
⟨5⟩ https://en.wikipedia.org/wiki/Osk#cite_note-1: [1]
⟨6⟩ https://en.wikipedia.org/w/index.php?title=Osk&action=edit&section=1: edit
⟨7⟩ https://en.wikipedia.org/wiki/Second_Corps: Second Corps
⟨8⟩ https://en.wikipedia.org/wiki/Osk#cite_ref-1: ^
"""


def test_crawl4ai_link_numbers_are_dropped_and_the_lead_under_the_box_is_prose():
    doc = read_document(CRAWL4AI, path="osk.md")
    assert "⟨" not in doc.text and "[edit" not in doc.text
    assert any(p.heading == "Battle" for p in doc.paragraphs)
    op = extract_operation(doc)
    assert (op.result, [s.belligerents for s in op.sides]) == ("Tarsenian victory", [("Tarsenia",), ("Velmar Republic",)])
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


# A Hugo page bundle: TOML front matter, the box drawn by shortcodes, a side's entries in its own.
HUGO = """+++
title = "Battle of Osk Ford"
date = 2024-02-04T08:00:00-04:00
tags = ["tarsen war"]
+++

{{< notice info >}}
Reference copy for the reading group.
{{< /notice >}}

{{< conflict-box
    title="Battle of Osk Ford"
    aka="Osk crossing|Operation Ford"
    partof="Tarsen War"
    date="2 May 1944"
    place="Osk Ford|Tarsenia"
    result="Tarsenian victory"
    civilians="c. 20 civilians killed"
>}}
{{< side n="1" belligerents="Tarsenia" commanders="Aldo Veris|Ilse Darn" strength="c. 2,300 soldiers" >}}
{{< side n="2" belligerents="Velmar Republic" commanders="Pero Lask" casualties="300 captured" >}}
{{< /conflict-box >}}

The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic.

## Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod.
"""


def test_a_hugo_pages_shortcode_box_is_read_as_its_infobox():
    doc = read_document(HUGO, path="osk.md")
    assert "{{<" not in doc.text
    op = extract_operation(doc)
    assert (op.name, op.aliases, op.part_of, op.result) == ("Battle of Osk Ford", ("Osk crossing", "Operation Ford"),
                                                            ("Tarsen War",), "Tarsenian victory")
    assert op.start_date == "1944-05-02" and op.places == ("Osk Ford", "Tarsenia")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert op.civilian_casualties


# Crawl4AI's Wikipedia box: each per-side section a table within the table, its cells over several lines.
CRAWL4AI_SIDES = """# Battle of Osk Ford
| Battle of Osk Ford |  
| --- |  
| Part of the Tarsen War |  
|   
 | Date | 2 May 1944 |  
| --- | --- |  
| Result | Tarsenian victory |  
 |  
| Belligerents |  
|   
 | Tarsenia | Velmar Republic |  
| --- | --- |  
 |  
| Commanders and leaders |  
|   
 | 
  * Aldo Veris
  * Ilse Darn

 | 
  * Pero Lask

 |  
| --- | --- |  
 |  
| Strength |  
|   
 | 12,000 men  
40 guns | 7,000 men |  
| --- | --- |  
 |  
The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk river.
## Battle
On 2 May 1944 the Second Corps captured the village of Dolny Brod after a night crossing of the river.
"""


def test_crawl4ai_tables_within_the_box_give_each_side_its_entries():
    op = extract_operation(read_document(CRAWL4AI_SIDES, path="osk.md"))
    assert (op.start_date, op.result) == ("1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert [len(s.strength) for s in op.sides] == [2, 1]


# A Quarto course page: its front matter's date is the page's, a callout and the box as a pipe table.
QUARTO = """---
title: "Battle of Osk Ford (1944)"
author:
  - name: Course team
date: 2025-02-10
date-modified: last-modified
format:
  html:
    toc: true
---

::: {.callout-note}
## About this page
The Wikipedia article as it stood on 3 February 2025.
:::

| | Tarsenia | Velmar Republic |
|---|---|---|
| Date | 2 May 1944 | |
| Result | Tarsenian victory | |

: Infobox {#tbl-infobox}

The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk.

## Battle

At dawn on 2 May the Second Corps captured the village of Dolny Brod. Two days later Velmar artillery shelled the
bridgehead, killing twelve soldiers.
"""


def test_a_quarto_pages_front_matter_date_dates_the_page_not_the_battle():
    op = extract_operation(read_document(QUARTO, path="osk.qmd"))
    assert op.start_date == "1944-05-02"
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


# pandoc's markdown: prose wrapped at 72 columns, a linked citation kept as HTML superscript.
PANDOC_WRAPPED = """# Battle of Osk Ford

*Reading notes, copied from Wikipedia on 2 March 2025.*

## Battle

The Battle of Osk Ford was fought on 2 May 1944 between
[Tarsenia](https://example.org/wiki/Tarsenia) and the [Velmar
Republic](https://example.org/wiki/Velmar), at the ford of the Osk
river.[<sup>\\[1\\]</sup>](https://example.org/wiki/Osk#cite_note-1) On 2 May
1944 the [Second Corps](https://example.org/wiki/Second_Corps) captured
the village of Dolny
Brod.[<sup>\\[2\\]</sup>](https://example.org/wiki/Osk#cite_note-2) Two days
later Velmar artillery shelled the bridgehead, killing twelve soldiers of
the corps.

## Aftermath

The ford was held until the end of the war.
"""


def test_pandocs_wrapped_prose_is_read_as_whole_sentences():
    doc = read_document(PANDOC_WRAPPED, path="osk.md")
    assert "Osk\\nriver" not in doc.text
    events = {(e.date, e.type) for e in extract_operation(doc).events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= events


# A student's Word notes through pandoc (docx to GitHub markdown): the box retyped as two tables, the
# second a row per side, paragraphs ending in a linked citation kept as HTML superscript.
PANDOC_DOCX = """# Battle of Osk Ford (1944)

*Reading notes, copied from Wikipedia on 2 March 2025.*

**Overview**

| Field    | Details            |
|----------|--------------------|
| Conflict | Battle of Osk Ford |
| Date     | 2 May 1944         |
| Result   | Tarsenian victory  |

**Opposing sides**

| Side   | Belligerents    | Commanders and leaders | Strength      |
|--------|-----------------|------------------------|---------------|
| Side 1 | Tarsenia        | Aldo Veris; Ilse Darn  | 12,000 men    |
| Side 2 | Velmar Republic | Pero Lask              | 7,000 men     |

The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the
Velmar Republic at the ford of the Osk
river.[<sup>\\[1\\]</sup>](https://example.org/wiki/Osk#cite_note-1)

## Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod after a
night crossing of the river. Two days later Velmar artillery shelled the
bridgehead, killing twelve
soldiers.[<sup>\\[2\\]</sup>](https://example.org/wiki/Osk#cite_note-2)
"""


def test_a_box_retyped_as_a_table_of_sides_and_paragraphs_ending_in_a_linked_citation():
    op = extract_operation(read_document(PANDOC_DOCX, path="osk.md"))
    assert op.name.startswith("Battle of Osk Ford") and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


# html-to-markdown's page: the box split in two tables (sides, then "| Date | … |" with no caption
# row), a cell's items run together, a flag image and a no-break space between two linked names.
SPLIT_BOX = (
    "# Battle of Osk Ford\n\nFrom Wikipedia, the free encyclopedia\n\n"
    "| Battle of Osk Ford | |\n| --- | --- |\n"
    "| Part of the [Tarsenian War](/wiki/Tarsenian_War \"Tarsenian War\") | |\n"
    "| Belligerents | |\n"
    "| ![](./f/Flag_of_Tarsenia.png)\u00a0[Tarsenia](/wiki/Tarsenia) ![](./f/Flag_of_Legion.png)\u00a0[Volunteer Legion]"
    "(/wiki/Volunteer_Legion) | [Velmar Republic](/wiki/Velmar_Republic) |\n"
    "| Commanders and leaders | |\n"
    "| [Aldo Veris](/wiki/Aldo_Veris) | [Pero Lask](/wiki/Pero_Lask) Ivo Branik |\n"
    "| Units involved | |\n| Osk Battalion Ford Battalion [Rifle Battalion](/wiki/Rifle_Battalion) | Velmar Army Air Force |\n"
    "\n"
    "| Date     | 2–4 May 1944 |\n| -------- | ------------ |\n"
    "| Location | Slopes of [Osk Hill](/wiki/Osk_Hill), near [Dolny Brod](/wiki/Dolny_Brod), present-day [Tarsenia](/wiki/T) |\n"
    "| Result   | Tarsenian victory |\n\n"
    "The **Battle of Osk Ford** was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n\n"
    "## Battle\n\nOn 2 May 1944 the Second Corps captured the village of Dolny Brod after a night crossing.\n"
)


def test_a_box_split_in_two_tables_keeps_its_date_row_and_its_run_together_items_apart():
    op = extract_operation(read_document(SPLIT_BOX, path="osk.md"))
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.places == ("Osk Hill", "Dolny Brod", "Tarsenia")  # "Slopes of", "near", "present-day" gone
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Volunteer Legion"), ("Velmar Republic",)]
    assert [p.name for p in op.sides[1].commanders] == ["Pero Lask", "Ivo Branik"]
    assert op.sides[0].units == ("Osk Battalion", "Ford Battalion", "Rifle Battalion")
    assert op.sides[1].units == ("Velmar Army Air Force",)  # one unit: no other of its kind follows


def test_box_rows_a_converter_ran_into_one_cell_are_read_each_label_glued_to_its_value():
    page = ("# Battle of Osk Ford\n\n| Battle of Osk Ford | |\n| --- | --- |\n| Part of the Tarsenian War | |\n"
            "| Date2–4 May 1944Location[Dolny Brod](/wiki/Dolny_Brod), TarseniaResultTarsenian victory | |\n"
            "| Belligerents | |\n| [Tarsenia](/wiki/Tarsenia) | [Velmar Republic](/wiki/Velmar) |\n\n"
            "The **Battle of Osk Ford** was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    op = extract_operation(read_document(page, path="osk.md"))
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert op.places == ("Dolny Brod", "Tarsenia")


def test_docling_writes_a_spanning_cell_into_every_column_it_spans_and_it_is_read_once():
    page = ("# Battle of Osk Ford\n\n"
            "| Battle of Osk Ford                  | Battle of Osk Ford                  |\n"
            "|-------------------------------------|-------------------------------------|\n"
            "| Part of the Tarsenian War           | Part of the Tarsenian War           |\n"
            "| Date                                | 2–4 May 1944                        |\n"
            "| Result                              | Tarsenian victory                   |\n"
            "| Belligerents                        | Belligerents                        |\n"
            "| Tarsenia                            | Velmar Republic                     |\n"
            "| Casualties and losses               | Casualties and losses               |\n"
            "| 120 killed                          | 120 killed                          |\n\n"
            "The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    op = extract_operation(read_document(page, path="osk.md"))
    assert op.part_of == ("Tarsenian War",) and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [s.casualties[0].killed.low for s in op.sides] == [120, 120]  # two sides' equal figures stay two


# A journal article as JATS XML (an HTML parser reads it): note numbers in superscripts with no
# brackets, linked (<xref ref-type="bibr">) or right after a sentence's full stop, and powers that
# are no notes.
JATS_BODY = """<article><front><article-meta><title-group><article-title>Operation Osk Ford</article-title>
</title-group></article-meta></front><body>
<sec><title>2. The offensive</title><p>The columns crossed the border at Osk on 16 October 1937.<sup><xref
ref-type="bibr" rid="C6">6</xref></sup> That evening a helicopter crashed near Osk, killing five soldiers; the army blamed a
failure.<sup>7,8</sup> By 20 October the troops had taken the village of Marr, an area of 12 km<sup>2</sup>.<sup>9</sup></p></sec>
</body></article>"""


def test_a_journals_bare_note_numbers_are_no_part_of_its_sentences_and_powers_are_kept():
    doc = read_document(JATS_BODY, path="osk.jats.xml")
    assert "1937. That evening" in doc.text and "failure. By 20 October" in doc.text
    assert "12 km2." in doc.text  # a power is text
    events = [(e.date, e.summary) for e in extract_operation(doc).events]
    assert ("1937-10-20", "By 20 October the troops had taken the village of Marr, an area of 12 km2.") in events


# mdream keeps the box's nested date table as inline HTML inside a pipe table's cell.
MDREAM = """| Battle of Osk Ford | |
| --- | --- |
| Part of the [Tarsen War](https://example.org/Tarsen_War) | |
| <table><tr><th>Date</th><td>2–4 May 1944</td></tr><tr><th>Location</th><td>[Osk](https://example.org/Osk), Tarsenia<br>45°N 20°E</td></tr><tr><th>Result</th><td>Tarsenian victory</td></tr></table> | |
| Belligerents | |
| [Tarsenia](https://example.org/T) | [Velmar Republic](https://example.org/V) |

The **Battle of Osk Ford** was fought from 2 to 4 May 1944. On 3 May 1944 Tarsenian troops captured the ford.
"""


def test_a_box_table_nested_as_html_in_a_pipe_tables_cell_gives_its_rows():
    op = extract_operation(read_document(MDREAM, path="osk.md"))
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert "Osk" in op.places and [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]


# A blog's export (Medium): the article's facts as a list of bold-labelled items under a heading
# naming them, inside the same section as the prose.
BLOG_EXPORT = """<!DOCTYPE html><html><head><title>Forty years on at Osk Ford</title></head><body>
<article class="h-entry"><section data-field="body"><div class="section-inner">
<h3>Forty years on at Osk Ford</h3>
<p>Forty years ago today, on 2 May 1944, Velmar columns attacked the ford.</p>
<h3>The battle of Osk Ford at a glance</h3>
<ul class="postList"><li><strong>Date:</strong> 2–4 May 1944</li><li><strong>Part of:</strong> Tarsen War</li>
<li><strong>Place:</strong> Osk Ford, Tarsenia</li><li><strong>Result:</strong> Tarsenian victory</li></ul>
<h3>The road to the river</h3>
<p>On 3 May 1944 Tarsenian troops recaptured the village of Marr.</p>
</div></section></article></body></html>"""


def test_a_blogs_list_of_bold_labels_is_its_box_and_its_prose_stays():
    doc = read_document(BLOG_EXPORT, path="osk.html")
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and op.start_date == "1944-05-02" and op.result == "Tarsenian victory"
    assert op.part_of == ("Tarsen War",)
    assert ("1944-05-03", "recapture") in {(e.date, e.type) for e in op.events}  # the prose is not the box


# unified (rehype-remark) flattens the box's nested date table into one cell: a row a line, a tab
# between label and value, the line breaks written as "&#xA;".
UNIFIED = """| Battle of Osk Ford |  |
| --- | --- |
| Part of the [Tarsen War](/wiki/Tarsen_War) |  |
| Date\t2–4 May 1944&#xA;Location\tOsk Ford, Tarsenia&#xA;Result\tTarsenian victory&#xA;Velmar withdrawal |  |
| Belligerents |  |
| [Tarsenia](/wiki/T) | [Velmar Republic](/wiki/V) |

The **Battle of Osk Ford** was fought from 2 to 4 May 1944.
"""


def test_a_nested_table_flattened_into_one_cell_with_tabs_and_entity_line_breaks_gives_its_rows():
    op = extract_operation(read_document(UNIFIED, path="osk.md"))
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04") and "Osk Ford" in op.places
    assert "Tarsenian victory" in op.result and "&#xA;" not in op.result


# A lecture's slides (reveal.js by pandoc): the box in two tables, the facts then the sides.
SLIDES = """<!DOCTYPE html><html><head><title>Osk Ford, May 1944</title></head><body><div class="reveal"><div class="slides">
<section id="glance" class="slide level2"><h2>The battle at a glance</h2><table><tbody>
<tr><td><strong>Date</strong></td><td>2–4 May 1944</td></tr>
<tr><td><strong>Location</strong></td><td>Osk Ford, Tarsenia</td></tr>
<tr><td><strong>Result</strong></td><td>Tarsenian victory</td></tr></tbody></table></section>
<section id="sides" class="slide level2"><h2>The two sides</h2><table><thead><tr><th></th><th>Tarsenia</th>
<th>Velmar Republic</th></tr></thead><tbody>
<tr><td><strong>Commanders</strong></td><td>Aldo Veris</td><td>Pero Lask</td></tr>
<tr><td><strong>Strength</strong></td><td>3,000 troops</td><td>5,000 troops</td></tr></tbody></table></section>
<section class="slide level2"><h2>3 May</h2><p>On 3 May 1944 Tarsenian troops recaptured the village of Marr.</p></section>
</div></div></body></html>"""


def test_a_box_in_two_tables_the_facts_then_the_sides_is_read_whole():
    op = extract_operation(read_document(SLIDES, path="osk.html"))
    assert op.result == "Tarsenian victory" and op.start_date == "1944-05-02"
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
