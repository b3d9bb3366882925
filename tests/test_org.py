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
