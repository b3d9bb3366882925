"""Fact boxes a markdown page keeps as lists (a documentation site's admonition) or as the page's own
HTML table (a note app's clip). Invented battles."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import list_box, read_document

ADMONITION = """---
title: Raid on Olsk
tags: [tarsen-war]
---

# Raid on Olsk

:::info[At a glance]

- **Part of:** [Tarsen War](https://example.org/tarsen-war)
- **Date:** 10–11 May 2008
- **Location:** Olsk, Tarsenia
- **Result:** Tarsenian victory
  - Raid repulsed
  - Velmar recalls its envoy

#### Belligerents

- [Velmar Liberation Movement](https://example.org/vlm)
- Tarsenia

#### Commanders and leaders

- VLM
  - [Ivo Marek](https://example.org/marek)
  - Pero Lask (POW)
- Tarsenia
  - Aldo Veris (President)

#### Casualties and losses

- VLM: c. 90 killed, 300 captured (government claim)
- Tarsenia: 106 killed (government figure)
- Civilians: 30 killed

:::

The Raid on Olsk was an attack by the Velmar Liberation Movement on the Tarsenian capital.

## Raid

On 10 May 2008 the VLM column attacked the bridges of Olsk. The next day the last raiders withdrew.
"""


def test_an_admonition_of_labelled_items_and_headed_lists_is_the_box() -> None:
    doc = read_document(ADMONITION)
    assert doc.shape == "markdown-frontmatter"
    op = extract_operation(doc)
    assert op.part_of == ("Tarsen War",) and (op.start_date, op.end_date) == ("2008-05-10", "2008-05-11")
    assert op.result == "Tarsenian victory, Raid repulsed, Velmar recalls its envoy"
    assert [s.belligerents for s in op.sides] == [("Velmar Liberation Movement",), ("Tarsenia",)]
    # "VLM" names the first side by its initials
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Ivo Marek", "Pero Lask"], ["Aldo Veris"]]
    assert [len(s.casualties) for s in op.sides] == [1, 1] and len(op.civilian_casualties) == 1
    # the box's items are no prose; the article's sentences are
    assert [(e.date, e.type) for e in op.events] == [("2008-05-10", "attack"), ("2008-05-11", "withdrawal")]


def test_a_section_heading_over_a_list_is_no_box_row() -> None:
    page = ADMONITION.replace(":::info[At a glance]", "").replace("\n:::\n", "\n") \
        .replace("#### Casualties and losses", "## Casualties")
    doc = read_document(page)
    assert not any(f.key == "casualties" for f in doc.infobox)  # "## Casualties" is a section of the article


def test_a_side_is_named_by_its_name_initials_or_a_word() -> None:
    sides = ["Justice and Equality Movement", "Sudan"]
    assert list_box.side_named("JEM", sides) == 0
    assert list_box.side_named("[Sudan](https://example.org)", sides) == 1
    assert list_box.side_named("Movement", sides) == 0
    assert list_box.side_named("Chad", sides) is None


HTML_IN_MARKDOWN = """---
title: Raid on Olsk
source: https://example.org/raid-on-olsk
---

# Raid on Olsk

<table class="infobox vevent">
<tr><th colspan="2">Raid on Olsk</th></tr>
<tr><th scope="row">Date</th><td>10–11 May 2008</td></tr>
<tr><th colspan="2">Belligerents</th></tr>
<tr><td>Velmar Liberation Movement</td><td>Tarsenia</td></tr>
</table>

On 10 May 2008 the VLM column attacked the bridges of Olsk.
"""


def test_an_html_infobox_kept_inside_the_markdown_is_read() -> None:
    op = extract_operation(read_document(HTML_IN_MARKDOWN))
    assert (op.start_date, op.end_date) == ("2008-05-10", "2008-05-11")
    assert [s.belligerents for s in op.sides] == [("Velmar Liberation Movement",), ("Tarsenia",)]


MKDOCS = """---
title: Raid on Olsk
date: 2023-11-04
updated: 2024-02-18
authors:
  - tdang
tags:
  - Tarsen War
  - Olsk
---

# Raid on Olsk

!!! info "Infobox"

    | | Tarsenia | Velmar Liberation Movement |
    |---|---|---|
    | **Date** | 10–11 May 2008 | |
    | **Belligerents** | Tarsenia | Velmar Liberation Movement |
    | **Strength** | 35th and 38th Marine Brigades | c. 2,000 fighters |

    Infobox copied from Wikipedia and trimmed.

The Raid on Olsk was an attack by the Velmar Liberation Movement on Olsk.

On 10 May 2008 the VLM column attacked the bridges of Olsk.
"""


def test_an_mkdocs_admonitions_indented_table_is_the_box_and_a_posts_date_dates_nothing() -> None:
    doc = read_document(MKDOCS)
    op = extract_operation(doc)
    assert (op.start_date, op.end_date) == ("2008-05-10", "2008-05-11")  # not the post's 2023-11-04
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Liberation Movement",)]  # not the tags
    # a strength row naming formations gives units, one per number; one counting men a strength
    assert op.sides[0].units == ("35th Marine Brigade", "38th Marine Brigade") and op.sides[0].strength == ()
    assert [q.text for q in op.sides[1].strength] == ["c. 2,000 fighters"]
    assert [(e.date, e.type) for e in op.events] == [("2008-05-10", "attack")]


AGENT_REPORT = """# Battle of Osk Ford (2–3 May 1944): research brief

> **Prepared by:** research agent · **Task:** "Summarise the battle for the timeline."

## Key facts (from the Wikipedia infobox)

- **Name:** Battle of Osk Ford
- **Date:** 2–3 May 1944
- **Result:** Tarsenian victory
- **Belligerents**
  - *Side A:* Tarsenia; Korva
  - *Side B:* Velmar Republic
- **Commanders and leaders**
  - *Side A:* Aldo Veris (corps commander); Ilse Darn
  - *Side B:* Pero Lask
- **Casualties and losses**
  - *Side B:* 400 killed (Tarsenian claim)

## Summary

The Battle of Osk Ford was fought on 2 and 3 May 1944 at the ford of the [Osk](https://example.org/Osk).[1]
On 2 May 1944 the Second Corps captured the village of Dolny Brod.[2]
"""


def test_a_bold_row_label_over_one_item_a_side_reads_each_sides_items() -> None:
    op = extract_operation(read_document(AGENT_REPORT, path="brief.md"))
    assert op.name == "Battle of Osk Ford"
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Korva"), ("Velmar Republic",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    assert [c.text for c in op.sides[1].casualties] == ["400 killed (Tarsenian claim)"] and not op.sides[0].casualties
