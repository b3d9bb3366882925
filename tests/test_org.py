"""An Org-mode page read through orgparse and written as markdown. An invented article."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, org, read_document

ORG = r"""#+title: Battle of Osk Ford
#+author: Wikipedia contributors
#+options: toc:nil

* Battle of Osk Ford
:PROPERTIES:
:CUSTOM_ID: firstHeading
:END:
From Wikipedia, the free encyclopedia

| *Battle of Osk Ford* |  |
|----------------------+--|
| Part of the [[https://example.org/Tarsen_War][Tarsen War]] |  |
| [[file:https://example.org/osk.jpg]] The ford in 1950 |  |
| Date | 2 May 1944 |
| Result | Tarsenian victory |
| *Belligerents* |  |
| [[https://example.org/T][Tarsenia]] \\ /Supported by:/ \\ Lorria | Velmar Republic |
| *Commanders and leaders* |  |
| Gen. Aldo Veris | Pero Lask "Wolf" † (Northern Army) |
| *Casualties and losses* |  |
| 120 killed[fn:1] | 410 killed |

The *Battle of Osk Ford* was fought between Tarsenia and the Velmar Republic at the ford of the Osk on 2 May 1944.[fn:1]

** Battle
:PROPERTIES:
:CUSTOM_ID: Battle
:END:
On 2 May 1944 the Second Corps attacked the ford at dawn and captured the village of Dolny Brod. Three days later Velmar aircraft bombed the bridge at [[https://example.org/M][Marren]].

* Footnotes
[fn:1] Kand, Ivo (1950). Memoirs.
"""


def test_org_is_detected_and_written_as_markdown():
    assert detect(ORG) == ("org", 0.95)
    text = org.as_markdown(ORG)
    assert text.startswith("# Battle of Osk Ford\n")
    assert "| Tarsenia<br>Supported by:<br>Lorria | Velmar Republic |" in text
    assert "|---|---|" in text and "| **Belligerents** |  |" in text
    assert "PROPERTIES" not in text and "#+" not in text and "osk.jpg" not in text
    assert "| 120 killed[1] | 410 killed |" in text


def test_an_org_page_gives_the_operation_and_its_events():
    doc = read_document(ORG)
    assert doc.shape == "org" and doc.title == "Battle of Osk Ford"
    op = extract_operation(doc)
    assert op.part_of == ("Tarsen War",) and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert op.sides[0].supporters == ("Lorria",)
    lask = op.sides[1].commanders[0]
    assert (lask.name, lask.killed, lask.role, lask.aliases) == ("Pero Lask", True, "Northern Army", ("Wolf",))
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-05", "airstrike")}
    for e in op.events:
        assert doc.text[e.span.start:e.span.end]  # spans index the markdown the page was written as


def test_rows_leaving_the_label_cell_empty_continue_the_row_above_in_its_columns():
    text = ("#+title: Battle of Kessa (2008)\n\n* Infobox\n"
            "| Battle of Kessa (2008) | | |\n|---+---+---|\n| Date | 2–3 February 2008 | |\n"
            "|---+---+---|\n| | *Rebels* | *Government* |\n"
            "| Belligerents | Union of Forces | Orland |\n| | Rally of Change | /Supported by:/ |\n"
            "| | UFC-Fundamental | Tessa |\n"
            "| Commanders and leaders | Mahat Nouri (UFC) | Idris Bey (President) |\n"
            "| | Timan Erdi (RFC) | Gen. Daoud Sou † (Chief of Staff) |\n"
            "| Civilians | c. 160 killed, c. 1,000 wounded (Red Cross) | |\n\n"
            "* Article\nThe Battle of Kessa was fought on 2 and 3 February 2008 in the capital of Orland.\n")
    op = extract_operation(org.read(text))
    assert [s.belligerents for s in op.sides] == [("Union of Forces", "Rally of Change", "UFC-Fundamental"), ("Orland",)]
    assert op.sides[1].supporters == ("Tessa",)
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Mahat Nouri", "Timan Erdi"], ["Idris Bey", "Daoud Sou"]]
    assert op.civilian_casualties[0].killed.low == 160
