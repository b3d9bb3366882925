"""A Markdeep page of reading notes: a centred title, admonitions, borderless tables, [#Key] citations."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import READERS, detect, markdeep, read_document

PAGE = """<meta charset="utf-8" emacsmode="-*- markdown -*-">
<link rel="stylesheet" href="https://morgan3d.github.io/markdeep/latest/journal.css?">

                      **Battle of Osk Ford**
                  Reading notes for the seminar

!!! Note
    Retyped from the encyclopedia on 3 May 1990. My own remarks are in the Tip boxes.

Battle of Osk Ford   | *Osk crossing*
---------------------|----------------------------------
**Part of**          | Tarsen War
**Date**             | 2 -- 4 May 1944
**Result**           | Tarsenian victory
[Table [infobox]: Battle of Osk Ford, infobox (1 of 2)]

                     | Tarsenia             | Velmar
---------------------|----------------------|----------------------
**Belligerents**     | Tarsenia             | Velmar Republic
**Commanders and leaders** | Aldo Veris &dagger; | Pero Lask
[Table [sides]: the opposing forces]

Battle
------

On 2 May 1944 Velmar columns attacked the ford. [#Lask1950] On 3 May 1944 Tarsenian troops recaptured the
village of Marr. [#Veris1952]

[#Lask1950]: P. Lask, *Memoirs*, 1950.

[#Veris1952]: A. Veris, *The Ford*, 1952.

<!-- Markdeep: --><script src="markdeep.min.js" charset="utf-8"></script>
"""


def test_a_markdeep_page_reads_its_borderless_tables_as_the_box_and_its_citations_as_marks():
    assert detect(PAGE)[0] == "markdeep"
    assert all(m.score(PAGE) < markdeep.score(PAGE) for m in READERS.values() if m is not markdeep)
    doc = read_document(PAGE, path="osk.md.html")
    assert "[1]" in doc.text and "[#" not in doc.text and "Memoirs" not in doc.text and "Tip boxes" not in doc.text
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert op.sides[0].commanders[0].name == "Aldo Veris" and op.sides[0].commanders[0].killed
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "attack"), ("1944-05-03", "recapture")}


def test_markdown_and_html_are_no_markdeep():
    assert markdeep.score("# Battle\n\nThe battle was fought on 2 May 1944.") == 0.0
    assert markdeep.score("<!DOCTYPE html><html><body><p>The battle.</p></body></html>") == 0.0
