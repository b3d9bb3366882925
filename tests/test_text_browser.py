"""A text browser's dump (lynx -dump, w3m -dump): link numbers, the address list, the infobox as a
text table, wrapped prose. An invented article, not an eval document."""
from __future__ import annotations

import re

from warfile.extract import extract_operation
from warfile.readers import detect, read_document, text_browser

DUMP = """   #[1]alternate [2]Edit this page

   [3]Jump to content

Battle of Osk Ford

   From Wikipedia, the free encyclopedia

                              Battle of Osk Ford
                          Part of the [4]Tarsen War
   [5][Osk_ford_1944.jpg]
   Date     2 May 1944
   Location [6]Osk Ford, [7]Tarsenia
   Result   Tarsenian victory
                                 Belligerents
   [8]Tarsenia                           [9]Velmar Republic
                            Commanders and leaders
   [10]Aldo Veris                        [11]Pero Lask †
   (Second Corps commander)              (commander of the Velmar
                                         Northern Army)
                                   Strength
   c. 3,000 soldiers                     5,000 soldiers
                            Casualties and losses
   120 killed                            410 killed
                                         700 captured
   30 civilians killed in the crossfire at the ford
   4 hostages wounded

   The Battle of Osk Ford was fought between the armies of [12]Tarsenia
   and the [13]Velmar Republic at the ford of the Osk on 2 May 1944.[1]

Battle[edit]

   On 2 May 1944 the Second Corps attacked the ford at dawn and captured
   the village of Dolny Brod after a day of fighting.[2] Three days later
   Velmar aircraft bombed the bridge at [14]Marren, killing 14 soldiers.

References

   1. https://en.wikipedia.org/wiki/Tarsen_War
   2. https://en.wikipedia.org/wiki/Velmar
   3. https://en.wikipedia.org/wiki/Osk
"""


def test_a_dump_is_detected_and_its_browser_layer_removed():
    assert detect(DUMP)[0] == "text-browser"
    text = text_browser.clean(DUMP)
    assert "[4]" not in text and "https://" not in text and "Osk_ford_1944.jpg" not in text
    assert "Part of the Tarsen War" in text
    assert "the armies of Tarsenia and the Velmar Republic at the ford of the Osk on 2 May 1944." in text


def test_the_text_tables_columns_are_written_one_after_the_other():
    text = text_browser.clean(DUMP)
    assert "Belligerents\nTarsenia\n\nVelmar Republic\n" in text
    # a cell wrapped within its column is one entry; a role on the next line joins its name
    assert "\n\nPero Lask † (commander of the Velmar Northern Army)\n" in text
    assert "Casualties and losses\n120 killed\n4 hostages wounded\n\n410 killed\n700 captured\n\n" \
           "30 civilians killed in the crossfire at the ford\n" in text


def test_a_dump_gives_the_operation_and_its_events():
    op = extract_operation(read_document(DUMP))
    assert op.name == "Battle of Osk Ford" and op.part_of == ("Tarsen War",)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [(p.name, p.killed) for p in op.sides[1].commanders] == [("Pero Lask", True)]
    assert [c.killed.low for c in op.sides[1].casualties if c.killed] == [410]
    assert {c.text for c in op.civilian_casualties} == {"30 civilians killed in the crossfire at the ford",
                                                        "4 hostages wounded"}
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-05", "airstrike")}


def test_a_w3m_dump_lists_its_addresses_in_brackets():
    # w3m -dump writes its link list as "[12] https://…", lynx as "12. https://…"
    w3m = re.sub(r"^   (\d+)\. (https://\S+)$", r"[\1] \2", DUMP, flags=re.MULTILINE)
    assert "[1] https://en.wikipedia.org/wiki/Tarsen_War" in w3m
    assert detect(w3m)[0] == "text-browser"
    op = extract_operation(read_document(w3m))
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]


def test_lynx_superscript_citation_marks_leave_the_paragraphs_prose():
    page = ("   The [41]Kessa cave hostage taking was a crisis on the island of [42]Kessa that lasted from\n"
            "   22 April to 5 May 1988, in which militants held gendarmes hostage in a cave until French\n"
            "   forces stormed it.^[43][1] Four gendarmes were killed in the first attack on 22 April\n"
            "   1988.^[44][2]\n\n"
            "   On 5 May 1988 troops attacked the cave under cover of machine-gun fire from helicopters and\n"
            "   freed the hostages.^[45][3]\n\n")
    links = "References\n\n" + "".join(f"  {n}. https://en.wikipedia.org/wiki/Page_{n}\n" for n in range(41, 46))
    doc = text_browser.read(page + links)
    assert doc.paragraphs and "^" not in doc.text
    assert "1988-05-05" in [e.date for e in extract_operation(doc).events]


# lynx without its table's columns: a row's two cells on one line, a space between them; a cell of
# several lines ends on the line where the next begins. The menus are a bulleted list of links.
GLUED = """   [1]Jump to content

   Main menu
     * [2]Main page
     * [3]Contents

Battle of Osk Ford

     * [4]Read
     * [5]Edit
     * [6]View history

   Tools
   From Wikipedia, the free encyclopedia
   Battle of Osk Ford
   Part of the [7]Tarsen War
   Date 2 May 1944
   Location [8]Osk Ford, [9]Tarsenia
   Result Tarsenian victory

   Belligerents
   [10]Tarsenia [11]Velmar Republic
   Commanders and leaders
   [12]Aldo Veris (Minister of [13]War)
   Col. [14]Ilse Darn (Second Corps) Pero Lask †
   Units involved
   [15]2nd Rifle Brigade [16]101st Guards Regiment
   Strength
   c. 3,000 soldiers c. 5,000 soldiers
   Casualties and losses
   120 killed
   14 guns lost 410 killed
   700 captured

   The Battle of Osk Ford was fought between the armies of [17]Tarsenia
   and the [18]Velmar Republic at the ford of the Osk on 2 May 1944.^[19][1]
   On 2 May 1944 the Second Corps captured the village of Dolny Brod.

References

   1. https://en.wikipedia.org/wiki/Tarsen_War
   2. https://en.wikipedia.org/wiki/Velmar
   3. https://en.wikipedia.org/wiki/Osk
"""


def test_lynx_cells_run_together_on_one_line_are_told_apart():
    doc = read_document(GLUED)
    assert doc.shape == "text-browser" and doc.title == "Battle of Osk Ford"  # not the menu's "* View history"
    op = extract_operation(doc)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.killed) for p in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]
    assert [list(s.units) for s in op.sides] == [["2nd Rifle Brigade"], ["101st Guards Regiment"]]
    assert [[q.text for q in s.strength] for s in op.sides] == [["c. 3,000 soldiers"], ["c. 5,000 soldiers"]]
    assert [sum(c.killed.best for c in s.casualties if c.killed) for s in op.sides] == [120, 410]
    assert [sum(c.captured.best for c in s.casualties if c.captured) for s in op.sides] == [0, 700]


def test_a_figure_after_a_joining_word_stays_in_its_cell():
    assert text_browser._glue("   c. 3,000 soldiers and 40 guns", "strength") is None
    assert text_browser._glue("   2 soldiers killed 19 killed", "casualties") == len("   2 soldiers killed ")
    assert text_browser._glue("   [12]Aldo Veris (Minister of [13]War)", "commanders") is None
    assert text_browser._glue("   120 killed                410 killed", "casualties") is None  # a drawn table's gap


# w3m's default dump: no link numbers and no address list; its superscript citation marks, "[ ]"
# checkboxes before the menus' names, and the box drawn as a text table.
W3M = """Jump to content
[ ] Main menu
Battle of Osk Ford

[ ]Tools
From Wikipedia, the free encyclopedia

                           Battle of Osk Ford
Part of the Tarsen War
  Date   2 May 1944
Location Osk Ford, Tarsenia
 Result  Tarsenian victory

                                 Belligerents
 Tarsenia                                   Velmar Republic
                            Commanders and leaders
Gen. Aldo Veris (Second                    Gen. Pero Lask †
Corps)
                             Casualties and losses
120 killed^[2]                             410 killed^[3]

The Battle of Osk Ford was fought between Tarsenia and the Velmar Republic at
the ford of the Osk on 2 May 1944.^[1]

Battle

[edit]

On 2 May 1944 the Second Corps attacked the ford at dawn and captured the
village of Dolny Brod after a day of fighting.^[2] Three days later Velmar
aircraft bombed the bridge at Marren, killing 14 soldiers.^[3]
"""


def test_a_w3m_dump_without_link_numbers_is_read_as_a_text_browsers():
    assert detect(W3M) == ("text-browser", 0.93)
    doc = read_document(W3M)
    assert doc.title == "Battle of Osk Ford"  # not the menu's "[ ]Tools"
    op = extract_operation(doc)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.killed) for p in s.commanders] for s in op.sides] == [[("Aldo Veris", False)],
                                                                              [("Pero Lask", True)]]
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-05", "airstrike")}


def test_an_elinks_dumps_menus_and_its_link_lines_are_no_title():
    from warfile.readers import plain
    assert text_browser._BROWSER_HEADER.match("   Link: canonical")  # ELinks's line for the page's <link>
    page = ("Jump to content\n[\u00a0] Main menu\nMain menu move to sidebarhide\nNavigation\n\n"
            "•\u00a0Main page\n•\u00a0Current events\n•\u00a0Contact us\n\nContents\n\n•\u00a0(Top)\n•\u00a01Background\n\n"
            "Battle of Osk Ford\n\n•\u00a0Deutsch\n•\u00a0Polski\n\nTools move to sidebarhide\nActions\n\n"
            "•\u00a0What links here\n•\u00a0Wikidata item\n\n"
            "From Wikipedia, the free encyclopedia (Redirected from Osk crossing)\n\n"
            "Date\t2–4 May 1944\nResult\tTarsenian victory\n\n"
            "The Battle of Osk Ford was fought from 2 to 4 May 1944 between Tarsenia and the Velmar Republic.\n")
    assert plain.read(page).title == "Battle of Osk Ford"
