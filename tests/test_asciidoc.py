"""A page in AsciiDoc (pandoc -t asciidoc), written as markdown for the pipe-table reader. Invented."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, read_document

PAGE = """= Battle of Osk Ford

[width="100%",cols="34%,33%,33%",options="header",]
|===
|Battle of Osk Ford | |
|Part of the https://example.org/Tarsen_War[Tarsen War] | |
|Date |18 August 1966 |
|Result |Tarsenian victory |
|*Belligerents* | |
|Tarsenia + |Velmar Front |
|*Commanders and leaders* | |
|Brig. Ivo Kand +
Maj. Aldo Veris † |Lt. Col. Pero Lask |
|*Casualties and losses* | |
|18 killed |245 killed (Tarsenian claim) |
|===

The *Battle of Osk Ford* took place in a rubber plantation near Osk Ford on 18 August 1966, when the
Velmar Front attacked a company of the Tarsenian task force.footnote:[Kand, Memoirs, p. 3.]

== Battle

On 18 August 1966 the Velmar Front attacked the company in the plantation, and at dusk armoured
carriers broke through to relieve it.
"""


def test_asciidoc_is_detected_and_gives_its_box_and_events():
    assert detect(PAGE)[0] == "asciidoc"
    doc = read_document(PAGE)
    op = extract_operation(doc)
    assert op.part_of == ("Tarsen War",) and op.result == "Tarsenian victory" and op.start_date == "1966-08-18"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Front",)]
    assert [(p.name, p.killed) for p in op.sides[0].commanders] == [("Ivo Kand", False), ("Aldo Veris", True)]
    assert [c.killed.low for c in op.sides[1].casualties] == [245]
    assert "Memoirs" not in doc.text and "1966-08-18" in {e.date for e in op.events}


PANDOC_PAGE = """= Battle of Osk Ford - Wikipedia

[width="100%",cols="50%,50%",]
|===
2+|Battle of Osk Ford
2+|Part of the link:/wiki/Tarsen_War[Tarsen War]

2+a|
[cols=",",]
!===
!Date !18–20 August 1966
!Location !Osk Ford, link:/wiki/Tarsenia[Southern
Tarsenia]
!Result a!
Tarsenian victory

* Velmar Front withdraws
!===

2+|Belligerents
a|
* link:/wiki/Tarsenia[Tarsenia]
* Free Company

a|
* Velmar Front

2+|Commanders and leaders
a|
* Brig. link:/wiki/Ivo_Kand[Ivo Kand]
* Maj. Aldo Veris †

a|
* Lt. Col. Pero Lask

2+|Strength
|1,200 men^link:#cite_note-3[[3]]^ |2,000 fighters
|===

The *Battle of Osk Ford* (also known as the *Osk Ford Raid*, the *Battle of Dolny Brod* or the
*Battle of the Plantation*) took place near Osk Ford from 18 to 20 August 1966.
"""


def test_pandocs_asciidoc_table_with_spans_list_cells_and_a_nested_table():
    op = extract_operation(read_document(PANDOC_PAGE))
    assert (op.start_date, op.end_date) == ("1966-08-18", "1966-08-20")
    assert op.places == ("Osk Ford", "Southern Tarsenia") and op.result.startswith("Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Free Company"), ("Velmar Front",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Ivo Kand", "Aldo Veris"], ["Pero Lask"]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[1200], [2000]]
    # "also known as the A, the B or the C": three names
    assert op.aliases == ("Osk Ford Raid", "Battle of Dolny Brod", "Battle of the Plantation")
