"""A page in DokuWiki markup, written as markdown for the pipe-table reader. An invented article."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, dokuwiki, read_document

PAGE = r"""~~NOTOC~~
====== Battle of Osk Ford ======

<WRAP right 40%>
^ Battle of Osk Ford ^^^
| //Part of the [[wars:tarsen|Tarsen War]]// |||
| {{:maps:osk.png?300|Map}} |||
^ Date | 25–27 July 2031 ||
^ Result | Velmar victory \\ Tarsenian convoy destroyed ||
^ Belligerents ^^^
| | **Tarsenia** | **Velmar Front** |
^ Commanders and leaders ^^^
| | Ivo Kand † \\ //(convoy commander)// | Pero Lask \\ //(Front president)// |
^ Casualties and losses ^^^
| | 47 soldiers killed (Velmar claim) | 9 killed, 12 wounded |
| 21 civilians killed in drone strikes (Velmar claim) |||
</WRAP>

The **Battle of Osk Ford** was fought between 25 and 27 July 2031 near the ford of the Osk between a Tarsenian convoy and the Velmar Front.((Kand, Memoirs, p. 3))

===== Battle =====

On 27 July 2031 the convoy tried to withdraw southward and was ambushed in the hills near the ford.
"""


def test_dokuwiki_is_detected_and_written_as_markdown():
    assert detect(PAGE) == ("dokuwiki", 0.95)
    text = dokuwiki.as_markdown(PAGE)
    assert text.startswith("# Battle of Osk Ford\n") and "\n## Battle\n" in text
    assert "| **Date** | 25–27 July 2031 |  |" in text
    assert "| **Tarsenia** | **Velmar Front** |  |" in text  # the blank label column moved aside
    assert "Memoirs" not in text and "osk.png" not in text and "WRAP" not in text


def test_a_dokuwiki_page_gives_its_box_and_events():
    op = extract_operation(read_document(PAGE))
    assert op.part_of == ("Tarsen War",) and op.start_date == "2031-07-25"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Front",)]
    assert [(p.name, p.killed, p.role) for p in op.sides[0].commanders] == [("Ivo Kand", True, "convoy commander")]
    assert [c.text for c in op.civilian_casualties] == ["21 civilians killed in drone strikes (Velmar claim)"]
    assert "2031-07-27" in {e.date for e in op.events}


# A team wiki's import: a note first, the box's links interwiki ("[[wp>Kisangani]]"), the record named
# by its page's qualified title, the lead (after the note) giving the names in other languages.
INTERWIKI = """====== Osk Ford (1944) ======

Imported from the English Wikipedia on 2 November 2024 for the reading list. Footnotes are the article's references; ask before editing.

^ Osk Ford (1944) ^^^
| Part of the [[wp>Tarsen War]] |||
^ Date | 2 May 1944 ||
^ Location | [[wp>Osk Ford]], [[wp>Tarsenia]] ||
^ Result | Tarsenian victory ||
^ Belligerents | [[wp>Tarsenia]] | [[wp>Velmar Republic|Velmar]] |

The Osk Ford (Velmari: Oskbrod Kamp; French: Bataille du gué d'Osk) was a battle fought on 2 May 1944 between [[wp>Tarsenia]] and the Velmar Republic.((Kand, //Osk Ford//, p. 2.))

===== Battle =====

On 2 May 1944 the Second Corps captured the village of Dolny Brod.
"""


def test_interwiki_links_read_as_their_pages_and_the_lead_after_a_note_gives_aliases():
    op = extract_operation(read_document(INTERWIKI, path="osk.txt"))
    assert "wp>" not in " ".join((*op.part_of, *op.places, *(b for s in op.sides for b in s.belligerents)))
    assert op.part_of == ("Tarsen War",) and op.places == ("Osk Ford", "Tarsenia")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar",)]
    assert {"Oskbrod Kamp", "Bataille du gué d'Osk"} <= set(op.aliases)
