"""Readers for documents kept in office and notes tools: an OpenDocument text (LibreOffice's flat
.fodt), a Word document's XML, a Redmine wiki page in Textile, a Kindle's My Clippings.txt.
Invented battles."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, read_document

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Battle of Osk Ford - Wikipedia</dc:title></office:meta>
 <office:body><office:text>
  <text:p>From Wikipedia, the free encyclopedia</text:p>
  <text:h text:outline-level="1">Battle of Osk Ford</text:h>
  <table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>
   <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Battle of Osk Ford</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Part of the <text:a xlink:href="https://example.org/Tarsen_War">Tarsen War</text:a></text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   <table:table-row><table:table-cell><text:p>Date</text:p></table:table-cell><table:table-cell><text:p>2 May 1944</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Result</text:p></table:table-cell><table:table-cell><text:p>Tarsenian victory</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Belligerents</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   <table:table-row><table:table-cell><text:p>Tarsenia</text:p></table:table-cell><table:table-cell><text:p>Velmar Republic</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Commanders and leaders</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   <table:table-row><table:table-cell><text:p>Aldo Veris</text:p><text:p>Ilse Darn</text:p></table:table-cell><table:table-cell><text:p>Pero Lask †</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p>The <text:span>Battle of Osk Ford</text:span> was fought on 2 May 1944.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Kand, p. 2.</text:p></text:note-body></text:note></text:p>
  <text:h text:outline-level="2">Battle</text:h>
  <text:p>On 2 May 1944 the Second Corps captured the village of<text:s/>Dolny Brod.</text:p>
 </office:text></office:body>
</office:document>
"""


def _is_osk_ford(op) -> None:
    """The box every office fixture holds: name, part of, date, result, sides, commanders."""
    assert (op.name, op.part_of, op.start_date, op.result) == ("Battle of Osk Ford", ("Tarsen War",), "1944-05-02",
                                                                "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.killed) for p in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]


def test_a_flat_odt_is_read_as_the_page_it_holds():
    assert detect(FODT) == ("odf", 0.96)
    doc = read_document(FODT, path="osk.fodt")
    assert doc.title == "Battle of Osk Ford" and "Kand, p. 2." not in doc.text  # a footnote's body is no prose
    op = extract_operation(doc)
    _is_osk_ford(op)
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def test_a_broken_odt_is_one_warning():
    doc = read_document(FODT[:900], path="osk.fodt")
    assert doc.shape == "odf" and any("not well-formed" in w for w in doc.warnings)


def _wr(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else "<w:rPr><w:lang w:val=\"en-GB\"/></w:rPr>"
    return f'<w:r w:rsidR="00A1">{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _wp(*runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _wrow(*cells: tuple[str, int]) -> str:
    return "<w:tr>" + "".join(
        f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{_wp(_wr(text))}</w:tc>' if span > 1 else
        f"<w:tc>{''.join(_wp(_wr(line)) for line in text.split(chr(10)))}</w:tc>" for text, span in cells) + "</w:tr>"


# A page pasted into Word: runs split mid-word by edit history and a spell check, the box a
# floating table, a footnote reference, a link, a bulleted list.
DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
    + _wp(_wr("Battle of Osk Ford"), style="Title")
    + _wp(_wr("[Pasted for the seminar - check the figures]"))
    + "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"
    + _wrow(("Battle of Osk Ford", 2)) + _wrow(("Part of the Tarsen War", 2))
    + _wrow(("Date", 1), ("2 May 1944", 1)) + _wrow(("Result", 1), ("Tarsenian victory", 1))
    + _wrow(("Belligerents", 2)) + _wrow(("Tarsenia", 1), ("Velmar Republic", 1))
    + _wrow(("Commanders and leaders", 2)) + _wrow(("Aldo Veris\nIlse Darn", 1), ("Pero Lask †", 1))
    + "</w:tbl>"
    + _wp(_wr("The "), _wr("Battle of Osk ", bold=True), '<w:proofErr w:type="spellStart"/>', _wr("Fo", bold=True),
          _wr("rd", bold=True), '<w:proofErr w:type="spellEnd"/>', _wr(" was fought on 2 May 1944 near "),
          '<w:hyperlink r:id="rId7">' + _wr("Dolny Brod") + "</w:hyperlink>", _wr("."),
          '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    + _wp(_wr("Battle"), style="Heading1")
    + _wp(_wr("On 2 May 1944 the Second Corps captured the village of Dolny Brod."))
    + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' + _wr("Kand, p. 2.") + "</w:p>"
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


def test_a_word_documents_xml_is_read_as_the_page_it_holds():
    assert detect(DOCUMENT_XML) == ("wordml", 0.96)
    doc = read_document(DOCUMENT_XML, path="osk.document.xml")
    assert doc.title == "Battle of Osk Ford"
    assert "The Battle of Osk Ford was fought on 2 May 1944 near Dolny Brod.[1]" in doc.text  # runs joined
    assert "Battle" in {p.heading for p in doc.paragraphs}
    op = extract_operation(doc)
    _is_osk_ford(op)
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def test_a_broken_word_xml_is_one_warning():
    doc = read_document(DOCUMENT_XML[:700], path="osk.document.xml")
    assert doc.shape == "wordml" and any("not well-formed" in w for w in doc.warnings)


TEXTILE = """{{>toc}}

h1. Battle of Osk Ford

p(note). _Copied from "Wikipedia":https://en.wikipedia.org/wiki/Osk for the reading group._

table(infobox).
|\\2=. *Battle of Osk Ford* |
|\\2=. Part of the "Tarsen War":https://example.org/Tarsen_War |
|_. Date | 2 May 1944 |
|_. Result | Tarsenian victory |
|\\2=. *Belligerents* |
| Tarsenia | Velmar Republic |
|\\2=. *Casualties and losses* |
| 120 killed | 410 killed
700 captured |

The Battle of Osk Ford was fought between "Tarsenia":https://example.org/T and the Velmar Republic on 2 May 1944.[1]

h2. Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod. See [[Osk notes|our notes]].
"""


def test_a_textile_wiki_page_is_read_with_its_table_box():
    assert detect(TEXTILE)[0] == "textile"
    doc = read_document(TEXTILE, path="osk.textile")
    assert "{{>toc}}" not in doc.text and "[[" not in doc.text
    op = extract_operation(doc)
    assert (op.name, op.part_of, op.result) == ("Battle of Osk Ford", ("Tarsen War",), "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [sum(c.killed.best for c in s.casualties if c.killed) for s in op.sides] == [120, 410]
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def _clip(book: str, kind: str, location: str, text: str) -> str:
    return (f"\ufeff{book}\r\n- Your {kind} on page 12 | Location {location} | Added on Sunday, 14 January 2024 "
            f"21:03:11\r\n\r\n{text}\r\n==========\r\n")


CLIPPINGS = (
    _clip("The Salt Road: A Novel (Castell, Mira)", "Highlight", "3228-3230", "She had learned that the road did not care.")
    + _clip("Eleven Hours at Osk (Kand, Ivo)", "Highlight", "88-94",
            "AT A GLANCE: THE BATTLE OF OSK FORD Date: Tuesday, 2 May 1944 Place: Osk Ford, Tarsenia "
            "Outcome: Tarsenian victory Defenders: Velmar Republic Commander: Pero Lask Strength: 5,000 soldiers "
            "Attackers: Tarsenia Commander: Aldo Veris Strength: about 3,000 soldiers")
    + _clip("Eleven Hours at Osk (Kand, Ivo)", "Highlight", "1702-1706",
            "The first rocket-propelled grenade hit the ford at 5:58 a.m. on Tuesday, 2 May 1944. At about 6:40 the "
            "Velmar pickets on the east bank broke and ran.")
    + _clip("Eleven Hours at Osk (Kand, Ivo)", "Note", "1706", "check the time against the war diary")
    + _clip("Eleven Hours at Osk (Kand, Ivo)", "Highlight", "2021-2025",
            "Shortly after seven the first pair of Tarsenian fighters came over the river and began to strafe the bank.")
    + _clip("Eleven Hours at Osk (Kand, Ivo)", "Highlight", "1342-1346",
            "On 20 April 1944 the men of the Second Corps learned that the crossing had been put off again.")
)


def test_kindle_clippings_give_the_most_highlighted_book_in_its_order_with_its_fact_panel():
    assert detect(CLIPPINGS) == ("kindle-clippings", 0.97)
    doc = read_document(CLIPPINGS, path="My Clippings.txt")
    assert "Salt Road" not in doc.text and "war diary" not in doc.text  # another book; the reader's note
    assert doc.text.index("20 April 1944") < doc.text.index("5:58")  # the book's order, by location
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and op.result == "Tarsenian victory"
    # the panel lists each side's rows in turn: each belligerents row opens the next side
    assert [s.belligerents for s in op.sides] == [("Velmar Republic",), ("Tarsenia",)]
    assert [[p.name for p in s.commanders] for s in op.sides] == [["Pero Lask"], ["Aldo Veris"]]
    assert [(e.date, e.type) for e in op.events if e.date == "1944-05-02"] == [
        ("1944-05-02", "attack"), ("1944-05-02", "withdrawal"), ("1944-05-02", "airstrike")]


VTT = """WEBVTT

NOTE
Dead Reckoning, episode 142: "Osk Ford"
Published 18 April 2023.

NOTE
Fact file (from the show notes)
Operation: Battle of Osk Ford
Date: May 2, 1944
Place: Osk Ford, Tarsenia
Outcome: Tarsenian victory

1
00:00:04.200 --> 00:00:09.010
<v Dana Whitfield>Welcome back. On May 2nd, 1944, the Second Corps

2
00:00:09.130 --> 00:00:13.180
<v Dana Whitfield>captured the village of Dolny Brod after a day of fighting.

3
00:00:13.300 --> 00:00:17.690
<v Marcus Oyelaran>And three days later Velmar aircraft bombed the bridge at Marren.
"""


def test_a_webvtt_transcript_reads_its_notes_fact_file_and_a_paragraph_a_turn():
    assert detect(VTT) == ("webvtt", 1.0)
    doc = read_document(VTT, path="episode.vtt")
    assert "-->" not in doc.text and "<v " not in doc.text
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    # a sentence run on across two cues is one sentence
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-05", "airstrike")}


def _osk_op(text: str, path: str):
    doc = read_document(text, path=path)
    return doc, extract_operation(doc)


TID = """created: 20240915184211347
tags: [[Tarsen War]] battles
title: Battle of Osk Ford (1944)
type: text/vnd.tiddlywiki

<<toc-selective-expandable "Battle of Osk Ford">>

|infobox|k
|>|!Battle of Osk Ford |
|>|Part of the [[Tarsen War]] |
|!Date |2 May 1944 |
|!Result |Tarsenian victory |
|>|!Belligerents |
|[[Tarsenia]]<br>''Supported by:''<br>[[Korva]] |[[Velmar Republic|Velmar]] |
|>|!Commanders and leaders |
|Gen. Aldo Veris |Gen. Pero Lask † |

The Battle of Osk Ford was fought on 2 May 1944 between [[Tarsenia]] and the Velmar Republic.^^[1]^^

!! Battle

On 2 May 1944 the //Second Corps// captured the village of Dolny Brod.^^[2]^^
"""

ZIM = """Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2024-06-02T20:14:37-10:00

====== Battle of Osk Ford ======
Created Sunday 02 June 2024

@tarsen @battles

|Summary|Value|
|:-------|:-------|
|Part of|[[https://example.org/Tarsen_War|Tarsen War]]|
|Date|2 May 1944|
|Result|Tarsenian victory\\nVelmar retreat|

|Row|Tarsenian side|Velmar side|
|:-------|:-------|:-------|
|Belligerents|Tarsenia|Velmar Republic\\nOsk Legion|
|Commanders and leaders|Aldo Veris|Pero Lask †|

The Battle of Osk Ford was fought on 2 May 1944.^{[1]}

===== Battle =====

On 2 May 1944 the Second Corps captured the village of //Dolny Brod//.^{[2]}
"""

VIMWIKI = """%title Battle of Osk Ford
%date 2024-03-09
:tarsen-war:battles:

= Battle of Osk Ford =

%% pasted from the wiki on 2024-03-09

| *Battle of Osk Ford* | > | > |
|----------------------|---|---|
| Part of the [[https://example.org/Tarsen_War|Tarsen War]] | > | > |
| Date | 2 May 1944 | > |
| Result | Tarsenian victory | > |
| *Belligerents* | > | > |
| | Tarsenia; _Supported by:_ Korva | Velmar Republic |
| *Commanders and leaders* | > | > |
| | Aldo Veris | Pero Lask † |

The Battle of Osk Ford was fought on 2 May 1944 between [[Tarsenia|Tarsenia]] and the Velmar Republic.[1]

== Battle ==

On 2 May 1944 the Second Corps captured the village of Dolny Brod.[2]
"""


def test_wiki_apps_pages_are_read_box_and_text():
    for text, path, shape in ((TID, "osk.tid", "tiddlywiki"), (ZIM, "Osk.txt", "zim"), (VIMWIKI, "osk.wiki", "vimwiki")):
        assert detect(text)[0] == shape, path
        doc, op = _osk_op(text, path)
        assert doc.shape == shape and not [w for w in doc.warnings if "front matter" in w]
        assert op.start_date == "1944-05-02" and op.result.startswith("Tarsenian victory"), path
        assert op.part_of == ("Tarsen War",), path
        assert op.sides[0].belligerents == ("Tarsenia",) and op.sides[1].belligerents[0] == "Velmar Republic", path
        assert [(p.name, p.killed) for p in op.sides[1].commanders] == [("Pero Lask", True)], path
        assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}, path
    assert _osk_op(TID, "osk.tid")[1].sides[0].supporters == ("Korva",)
    assert _osk_op(VIMWIKI, "osk.wiki")[1].sides[0].supporters == ("Korva",)
    assert _osk_op(ZIM, "Osk.txt")[1].sides[1].belligerents == ("Velmar Republic", "Osk Legion")  # "\\n" in a cell


# A Typst source retyped for a course reader: comments, set rules, the box a figure's table with
# cells spanning columns, links, footnotes whose bodies are references.
TYPST = """// Reading copy for week 9
#set document(title: "Battle of Osk Ford", author: "L. Kand")
#set page(paper: "a4", margin: (x: 2cm, y: 2.5cm))
#show link: set text(fill: rgb("#1f4e9a"))

#align(center)[#text(size: 17pt, weight: "bold")[Battle of Osk Ford]]

#figure(
  table(
    columns: (auto, 1fr, 1fr),
    table.cell(colspan: 3)[*Battle of Osk Ford*],
    table.cell(colspan: 3)[Part of the Tarsen War],
    [*Date*], table.cell(colspan: 2)[2 May 1944],
    [*Result*], table.cell(colspan: 2)[Tarsenian victory],
    table.cell(colspan: 3)[*Belligerents*],
    [], [Tarsenia], [Velmar Republic],
    table.cell(colspan: 3)[*Commanders and leaders*],
    [], [Aldo Veris \\ Ilse Darn], [Pero Lask †],
  ),
  caption: [Infobox, retyped],
) <infobox>

The Battle of Osk Ford was fought on 2 May 1944 between
#link("https://example.org/Tarsenia")[Tarsenia] and the Velmar Republic.#footnote[Kand, L. (1990).
_Osk Ford_. p. 2.] It opened the road to the capital.

= Battle

On 2 May 1944 the Second Corps captured the village of Dolny Brod. Two days later Velmar artillery
shelled the bridgehead, killing twelve soldiers.
"""


def test_a_typst_source_is_read_with_its_figure_table_box():
    assert detect(TYPST)[0] == "typst"
    doc = read_document(TYPST, path="osk.typ")
    assert doc.title == "Battle of Osk Ford"
    assert "Velmar Republic.[1] It opened the road" in doc.text and "Kand, L." not in doc.text
    assert "#" not in doc.text and "colspan" not in doc.text
    op = extract_operation(doc)
    _is_osk_ford(op)
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


# An outliner's OPML export: reading notes around a pasted article, its box retyped as a branch of
# "Label: value" nodes, each side a node under its section ("Tarsenians: Tarsenia"), the reader's notes
# in _note attributes, the article's lines HTML-escaped in the text attributes.
OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><ownerEmail>reader@example.org</ownerEmail></head><body>
<outline text="Tarsen War: reading notes">
  <outline text="Timeline (to do)" />
  <outline text="Battle of Osk Ford" _note="Pasted from the wiki on 2 March 2025. On 3 May 1944 check the figures.">
    <outline text="&lt;b&gt;Infobox&lt;/b&gt; (retyped)">
      <outline text="Battle of Osk Ford" />
      <outline text="Part of the &lt;a href=&quot;https://example.org/T&quot;&gt;Tarsen War&lt;/a&gt;" />
      <outline text="Date: 2 May 1944" />
      <outline text="Result: Tarsenian victory" />
      <outline text="&lt;b&gt;Belligerents&lt;/b&gt;">
        <outline text="Tarsenians: Tarsenia" />
        <outline text="Velmari: Velmar Republic" />
      </outline>
      <outline text="&lt;b&gt;Commanders and leaders&lt;/b&gt;">
        <outline text="Tarsenians: Aldo Veris; Ilse Darn" />
        <outline text="Velmari: Pero Lask †" />
      </outline>
    </outline>
    <outline text="The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of the Osk river.[1]" />
    <outline text="&lt;b&gt;Battle&lt;/b&gt;">
      <outline text="On 2 May 1944 the Second Corps captured the village of Dolny Brod. Two days later Velmar artillery shelled the bridgehead, killing twelve soldiers." />
    </outline>
  </outline>
  <outline text="Velmar kings"><outline text="Lask I" /></outline>
</outline></body></opml>
"""


def test_an_opml_outline_gives_the_pasted_article_and_its_box_branch():
    assert detect(OPML) == ("opml", 0.96)
    doc = read_document(OPML, path="osk.opml")
    assert doc.title == "Battle of Osk Ford" and "check the figures" not in doc.text and "Lask I" not in doc.text
    op = extract_operation(doc)
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[(p.name, p.killed) for p in s.commanders] for s in op.sides] == [
        [("Aldo Veris", False), ("Ilse Darn", False)], [("Pero Lask", True)]]
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}


def test_an_opml_box_may_nest_each_side_under_its_section_and_a_rows_lines_under_it():
    nested = OPML.replace(
        '<outline text="Tarsenians: Tarsenia" />\n        <outline text="Velmari: Velmar Republic" />',
        '<outline text="Side A"><outline text="Tarsenia" /></outline>\n'
        '        <outline text="Side B"><outline text="Velmar Republic" /><outline text="Osk Guard" /></outline>').replace(
        '<outline text="Result: Tarsenian victory" />',
        '<outline text="Result"><outline text="Tarsenian victory" /><outline text="Velmar retreat" /></outline>')
    op = extract_operation(read_document(nested, path="osk.opml"))
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic", "Osk Guard")]
    assert op.result.startswith("Tarsenian victory")
