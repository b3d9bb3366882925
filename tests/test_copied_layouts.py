"""Layouts of copied and clipped pages met in blind sets 29 and 30, written small: a MediaWiki
mirror's copy with its unnumbered contents list, a clipper's note whose tags are no sides, a news
page's factbox, a key-facts list with bullets between entries. Invented battles."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.extract.infobox import parse_places
from warfile.extract.names import split_names
from warfile.readers import read_document
from warfile.readers.labels import box_title, field_for_label

MIRROR_COPY = """Jump to content
Main menu
move to sidebar
hide
Contents
hide
(Top)
Background
Battle
Casualties
Aftermath
Toggle the table of contents
History:Second Battle of Olsk
Page
Discussion
English
Read
View source
More
From HandWiki
Second Battle of Olsk
Part of the Tarsen War
Date\t19–20 March 2011
Location\tOlsk, Tarsenia
Result\tTarsenian victory
Belligerents
Tarsenia\tVelmar Republic
Casualties and losses
27 killed\t14 tanks destroyed

The Second Battle of Olsk was fought on 19 and 20 March 2011 on the outskirts of Olsk.

Background

On 15 February 2011 protests began in Olsk.
"""


def test_a_mirror_copy_with_a_contents_list_and_a_namespace_keeps_its_name_and_rows() -> None:
    doc = read_document(MIRROR_COPY)
    op = extract_operation(doc)
    assert doc.title == op.name == "Second Battle of Olsk"  # not "Battle" from the contents, nor "History:…"
    assert [[c.text for c in s.casualties] for s in op.sides] == [["27 killed"], ["14 tanks destroyed"]]


CLIPPED_NOTE = """---
created: 2024-11-30T21:14:05 (UTC +01:00)
tags: [Raid on Olsk,Olsk,Velmar Liberation Movement,2008]
source: https://en.wikipedia.org/wiki/Raid_on_Olsk
---

# Raid on Olsk - Wikipedia

| Raid on Olsk |
| --- |
| Date | 10–11 May 2008 |
| Belligerents |
| [Tarsenia](https://example.org/t) | [Velmar Liberation Movement](https://example.org/v) |
| Units involved |
| *   2nd Battalion, 9th Marines *   Tarsen Navy | *   VLM Navy |

On 10 May 2008 the VLM column attacked the bridges of Olsk.
"""


def test_a_clippers_tags_are_no_sides_beside_a_box_naming_them_and_its_heading_names_the_page() -> None:
    op = extract_operation(read_document(CLIPPED_NOTE))
    assert op.name == "Raid on Olsk"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Liberation Movement",)]
    assert op.sides[0].units == ("2nd Battalion, 9th Marines", "Tarsen Navy")


NEWS_PAGE = """<html><head><title>Velmar quits Osk Island</title>
<meta property="article:published_time" content="2022-07-01"></head><body><article>
<h1>Velmar quits Osk Island, the rock that became a symbol</h1>
<p>ODESA, July 1 (Meridian) - Velmar troops abandoned Osk Island on Thursday, the defence ministry said.</p>
<aside class="factbox"><h3>FACTBOX: The battle for Osk Island</h3>
<table><thead><tr><th></th><th scope="col">Velmar</th><th scope="col">Tarsenia</th></tr></thead><tbody>
<tr><th scope="row">Dates</th><td colspan="2">Feb. 24 – June 30, 2022</td></tr>
<tr><th scope="row">Where</th><td colspan="2">Osk (Zmiinyi) Island, Black Sea, 35 km (22 miles) off the coast</td></tr>
<tr><th scope="row">Main units</th><td>Black Sea Fleet</td><td>Border Guard</td></tr>
<tr><th scope="row">Strength on Feb. 24</th><td>2 warships</td><td>about 100 troops</td></tr>
</tbody></table></aside></article></body></html>"""


def test_a_news_pages_factbox_names_the_battle_and_its_head_row_the_sides() -> None:
    op = extract_operation(read_document(NEWS_PAGE))
    assert op.name == "Battle for Osk Island"
    assert op.places == ("Osk Island", "Black Sea")
    assert [s.belligerents for s in op.sides] == [("Velmar",), ("Tarsenia",)]
    assert [s.units for s in op.sides] == [("Black Sea Fleet",), ("Border Guard",)]
    assert [[q.text for q in s.strength] for s in op.sides] == [["2 warships"], ["about 100 troops"]]


def test_labels_qualified_by_a_day_or_a_degree_name_their_row() -> None:
    assert field_for_label("Strength on Feb. 24") == ("strength", None)
    assert field_for_label("Main units") == ("units", None)
    assert field_for_label("Casualties as of 3 May 2014") == ("casualties", None)
    assert field_for_label("Main") is None and field_for_label("Main battle tanks") is None


def test_a_box_title_names_what_it_sums_up_only_by_a_name() -> None:
    assert box_title("Fact file: the Battle of the Imjin") == "Battle of the Imjin"
    assert box_title("At a glance: the siege of 1453") == "At a glance: the siege of 1453"


KEY_FACTS = """Battle of Osk Ford

Key facts
Date: 15 January 2016
Location: Osk Ford, Tarsenia
Result: Velmar victory • Tarsen base overrun
Belligerents: al-Vel | Tarsenia • Korva
Units involved: Saleh Brigade | 9th Battalion, Tarsen Rifles • Korvan Army

The Battle of Osk Ford was an attack by al-Vel on a Tarsen base on 15 January 2016.
"""


def test_a_key_facts_list_with_a_lower_case_name_and_bullets_between_entries() -> None:
    op = extract_operation(read_document(KEY_FACTS))
    assert [s.belligerents for s in op.sides] == [("al-Vel",), ("Tarsenia", "Korva")]
    assert op.sides[1].units == ("9th Battalion, Tarsen Rifles", "Korvan Army")
    assert op.result == "Velmar victory, Tarsen base overrun"


def test_a_unit_and_its_formation_stay_one_name_before_a_bullet() -> None:
    assert split_names("2nd Battalion, 9th Marines *   USS Coral Sea") == ("2nd Battalion, 9th Marines", "USS Coral Sea")
    assert parse_places("Osk (Zmiinyi) Island, Black Sea") == ("Osk Island", "Black Sea")


NEWS_STORY = """<html><head><title>Velmar quits Osk Island</title>
<meta property="article:published_time" content="2022-07-01"></head><body><main><article>
<h1>Velmar quits Osk Island</h1>
<p>ODESA, Tarsenia, July 1 (Meridian) - Velmar troops abandoned Osk Island on Thursday, ending a four-month occupation.</p>
<p>Velmar's defence ministry said on Thursday that the pull-out was a gesture of goodwill.</p>
<p>On Monday, the southern command said, its gunners shelled the island.</p>
<aside class="factbox"><h3>FACTBOX: The battle for Osk Island</h3>
<table><tbody><tr><th scope="row">Dates</th><td>Feb. 24 – June 30, 2022</td></tr></tbody></table></aside>
</article>
<aside class="article-layout__sidebar"><section class="related"><h2>Read Next</h2><ul>
<li><a href="/a">Osk talks making progress, Korva says</a> <time datetime="2022-06-29">June 29, 2022</time></li>
</ul></section></aside></main></body></html>"""


def test_a_news_storys_weekdays_count_back_from_its_day_though_its_factbox_is_dated() -> None:
    op = extract_operation(read_document(NEWS_STORY))
    # the dateline's "July 1" is the day it was filed; "on Thursday" is 30 June; the rail's headlines are no story
    assert [(e.date, e.type) for e in op.events] == [("2022-06-27", "shelling"), ("2022-06-30", "withdrawal"),
                                                       ("2022-06-30", "statement")]
    assert op.events[1].summary.startswith("Velmar troops abandoned Osk Island")


def test_a_place_described_in_words_and_a_peak_strength() -> None:
    assert parse_places("Krynky, Kherson Oblast (left bank of the Dnipro)") == ("Krynky", "Kherson Oblast")
    assert parse_places("Chitral State (present-day Khyber Pakhtunkhwa, Pakistan)")[:1] == ("Chitral State",)
    assert field_for_label("Peak strength") == ("strength", None)


FB2 = """<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">
<description><title-info><book-title>Islands at War</book-title></title-info></description>
<body><section><title><p>5</p><p>The Ford at Olsk</p></title>
<epigraph><p>We had to take it.</p></epigraph>
<p>Of all the actions of the campaign, none has been argued over as much as the battle for the ford at Olsk.</p>
<p><strong>Table 5.1</strong> The battle of Olsk Ford, 28–29 May 1982</p>
<table><tr><th></th><th>Tarsen forces</th><th>Velmar forces</th></tr>
<tr><th>Commanders</th><td>Lt Col Aldo Veris (killed)</td><td>Lt Col Pero Lask</td></tr></table>
<p>On 28 May 1982 the battalion attacked the ford at first light.</p></section></body>
<body name="notes"><section><p>1 Frost (1983), p. 12, dated 3 June 1983.</p></section></body>
</FictionBook>
"""


def test_an_fb2_chapters_table_of_forces_is_its_box_and_its_caption_names_and_dates_it() -> None:
    doc = read_document(FB2)
    op = extract_operation(doc)
    assert doc.shape == "fb2" and op.name == "Battle of Olsk Ford"
    assert (op.start_date, op.end_date) == ("1982-05-28", "1982-05-29")
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert [(e.date, e.type) for e in op.events] == [("1982-05-28", "attack")]  # not the epigraph, not the notes


STRUCTURED = {"name": "Battle of Olsk", "sections": [
    {"type": "section", "name": "Abstract", "has_parts": [
        {"type": "paragraph", "value": "The Battle of Olsk was fought on 3 May 2023 near Olsk."}]},
    {"type": "section", "name": "Battle", "has_parts": [
        {"type": "paragraph", "value": "On 3 May 2023 Velmar troops attacked the town."}]}],
    "infoboxes": [{"name": "Infobox military conflict", "type": "infobox", "has_parts": [
        {"type": "section", "has_parts": [{"type": "field", "name": "Date", "value": "3 May 2023"},
                                          {"type": "field", "name": "Part of", "value": "Part of the Tarsen War"}]},
        {"type": "section", "name": "Belligerents", "has_parts": [
            {"type": "field", "value": "Velmar", "values": ["Velmar"]},
            {"type": "field", "value": "Tarsenia Korva", "values": ["Tarsenia", "Korva"]}]}]}]}


def test_a_wikimedia_enterprise_structured_record_gives_its_box_and_sections() -> None:
    import json
    op = extract_operation(read_document(json.dumps(STRUCTURED)))
    assert op.name == "Battle of Olsk" and op.part_of == ("Tarsen War",) and op.start_date == "2023-05-03"
    assert [s.belligerents for s in op.sides] == [("Velmar",), ("Tarsenia", "Korva")]
    assert ("2023-05-03", "attack") in [(e.date, e.type) for e in op.events]


DEFINITION_LIST = """---
layout: post
title: "Raid on Olsk"
---

Raid on Olsk
: Part of the [Tarsen War](https://example.org/tarsen-war)

Date
: 13–14 October 2005

Belligerents
: [Velmar Liberation Movement](https://example.org/v)
: Tarsenia

On 13 October 2005 the raiders attacked the police stations of Olsk.
"""


def test_a_definition_lists_terms_are_box_rows_and_its_definitions_the_sides() -> None:
    op = extract_operation(read_document(DEFINITION_LIST))
    assert op.name == "Raid on Olsk" and op.part_of == ("Tarsen War",)
    assert (op.start_date, op.end_date) == ("2005-10-13", "2005-10-14")
    assert [s.belligerents for s in op.sides] == [("Velmar Liberation Movement",), ("Tarsenia",)]


MARKED_LINES = """Battle of Olsk

Date: 23 November 2008 – 2 January 2009
Belligerents
▸ Tarsenia
▸ Velmar Liberation Movement
Casualties and losses
▸ 25 killed (Ministry of Defence) · 120+ killed (VLM claim)
▸ 700+ killed (Tarsen claim)
Civilians: 3 radio staff killed

Contents: 1. Background · 2. Battle · 3. Aftermath

The Battle of Olsk was fought between Tarsenia and the Velmar Liberation Movement from 23 November 2008.
"""


def test_a_box_row_with_a_marked_line_per_side_and_a_contents_list_on_one_line() -> None:
    op = extract_operation(read_document(MARKED_LINES))
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Liberation Movement",)]
    assert [[c.text for c in s.casualties] for s in op.sides] == [
        ["25 killed (Ministry of Defence)", "120+ killed (VLM claim)"], ["700+ killed (Tarsen claim)"]]
    assert [c.killed.low for c in op.civilian_casualties] == [3]


def test_a_formation_heading_its_units_on_one_line_is_a_unit_of_its_own() -> None:
    from warfile.extract.infobox import assemble_sides
    from warfile.model import RawField
    sides, _ = assemble_sides((RawField("belligerents", "Velmar", 0),
                               RawField("units", "Task Force Mercedes: 12th Infantry Regiment; C Company, 25th Infantry "
                                                 "Regiment", 0)), None)
    assert sides[0].units == ("Task Force Mercedes", "12th Infantry Regiment", "C Company, 25th Infantry Regiment")


def test_a_notes_apps_table_heads_its_sections_with_a_bold_cell_beside_an_empty_one():
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f'<td valign="top"><p>{c}</p></td>' for c in cells) + "</tr>"
    page = ("<html><body><div><h1>Battle of Osk Ford</h1></div><table><tbody>"
            + row("<b>Battle of Osk Ford</b>", "") + row("Part of the Tarsenian War", "")
            + row("<b>Date</b>", "2–4 May 1944") + row("<b>Result</b>", "Tarsenian victory")
            + row("<b>Belligerents</b>", "") + row("Tarsenia", "Velmar Republic")
            + row("<b>Commanders and leaders</b>", "") + row("Aldo Veris", "Pero Lask")
            + "</tbody></table><p>The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and "
            "the Velmar Republic.</p></body></html>")
    op = extract_operation(read_document(page, path="osk.html"))
    assert op.part_of == ("Tarsenian War",) and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]


def test_a_onenote_pages_bold_spans_head_its_box_sections():
    page = ('<html><body><div style="position:absolute"><h1>Battle of Osk Ford</h1><table>'
            '<tr><td><span style="font-weight:bold">Battle of Osk Ford</span></td><td></td></tr>'
            '<tr><td>Part of the Tarsenian War</td><td></td></tr><tr><td>Date</td><td>2–4 May 1944</td></tr>'
            '<tr><td>Location</td><td>Dolny Brod, Tarsenia</td></tr><tr><td>Result</td><td>Tarsenian victory</td></tr>'
            '<tr><td><span style="font-weight:bold">Belligerents</span></td><td></td></tr>'
            '<tr><td>Tarsenia</td><td>Velmar Republic</td></tr></table>'
            "<p>The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.</p>"
            "</div></body></html>")
    op = extract_operation(read_document(page, path="osk.html"))
    assert op.part_of == ("Tarsenian War",) and op.start_date == "1944-05-02"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
