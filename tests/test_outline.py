"""A page of an outliner (Logseq): page properties, '- ' blocks nested by tabs, the clipped infobox as
a block tree. An invented page, not an eval document."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, outline, read_document

PAGE = """title:: Siege of Corvel
alias:: Corvel siege
source:: https://en.wikipedia.org/wiki/Siege_of_Corvel
tags:: [[Long War]], #siege

- ## Infobox
  collapsed:: true
\t- **Siege of Corvel**
\t  part-of:: [[Long War]]
\t  date:: 2 April – 9 May 1711
\t  location:: [[Corvel]] and the northern [[Marn Hills]], Marn
\t  result:: Estrian victory
\t- **Belligerents** (side 1)
\t\t- [[Kingdom of Estria]]
\t\t\t- Free Company
\t\t- [[Velmar]] (alleged)
\t- **Belligerents** (side 2)
\t\t- [[Duchy of Marn]]
\t- **Commanders** (side 1)
\t\t- Marshal [[Osk]] — commander of the siege
\t- **Commanders** (side 2)
\t\t- [[Henrik Arn]] †
\t- **Strength**
\t\t- side 1:: 12,000 men
\t\t- side 2:: 3,000 men
- ## Siege
\t- On 20 April the besiegers stormed the outer bastion of [[Corvel|the town]].
\t  id:: 65c21a7e-3b1f-4d52-9f0e-1a2b3c4d5e01
\t- Three days later the garrison surrendered to Marshal Osk.
\t\t- #note check the date ((65c21a7e-3b1f-4d52-9f0e-1a2b3c4d5e01))
"""


def test_an_outliner_page_is_detected_and_its_block_tree_read_as_the_infobox():
    doc = read_document(PAGE)
    assert detect(PAGE)[0] == "outline" and doc.shape == "outline"
    op = extract_operation(doc)
    assert (op.name, op.aliases, op.part_of) == ("Siege of Corvel", ("Corvel siege",), ("Long War",))
    assert (op.start_date, op.end_date, op.result) == ("1711-04-02", "1711-05-09", "Estrian victory")
    assert op.places == ("Corvel", "Marn Hills", "Marn")  # "and the northern Marn Hills": the hills
    assert [s.belligerents for s in op.sides] == [("Kingdom of Estria", "Free Company", "Velmar"), ("Duchy of Marn",)]
    assert [(c.name, c.role) for c in op.sides[0].commanders] == [("Osk", "commander of the siege")]
    assert [(c.name, c.killed) for c in op.sides[1].commanders] == [("Henrik Arn", True)]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[12000], [3000]]


def test_an_outliner_pages_blocks_are_its_prose_without_its_notes_and_references():
    op = extract_operation(read_document(PAGE))
    assert [(e.date, e.summary) for e in op.events] == [
        ("1711-04-20", "On 20 April the besiegers stormed the outer bastion of the town."),
        ("1711-04-23", "Three days later the garrison surrendered to Marshal Osk.")]


def test_a_roam_page_holds_its_box_as_property_blocks_with_a_block_per_side():
    text = ("- Tags:: #[[New Guinea campaign]] #battle\n- Source:: [Battle of Kessa](https://example.org/Kessa)\n"
            "- Imported:: [[March 3rd, 2025]]\n- **Infobox**\n    - Conflict:: Battle of Kessa\n"
            "    - Date:: 29–31 January 1943\n    - Place:: [[Kessa]], [[Territory of Orla]]\n"
            "    - Result:: Orlan victory\n    - Combatants::\n        - [[Orland]] · [[Veya]]\n        - [[Tessa]]\n"
            "    - Strength::\n        - c. 3,000\n        - c. 2,500\n"
            "- **Article**\n    - The Battle of Kessa was fought between 29 and 31 January 1943 in the [[Territory of Orla]], "
            "when a Tessan force attacked the garrison guarding the airfield at [[Kessa]].\n"
            "    - ### Battle\n    - On 31 January the 2/7th Battalion counterattacked and drove the Tessans back.\n")
    assert detect(text)[0] == "outline"
    op = extract_operation(outline.read(text))
    assert op.name == "Battle of Kessa" and (op.start_date, op.end_date) == ("1943-01-29", "1943-01-31")
    assert [s.belligerents for s in op.sides] == [("Orland", "Veya"), ("Tessa",)]
    assert [s.strength[0].count.low for s in op.sides] == [3000, 2500]
