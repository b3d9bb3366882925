"""Claims about the RTF reader: a page saved from TextEdit or Word as Rich Text Format."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, read_document, rtf

# A TextEdit (Cocoa) RTF of a short page: a title, a hyperlink field, a two-column table with merged
# full-width rows, paragraphs ended by a backslash at the line's end, a citation mark in superscript,
# escaped characters (\'e9, \u8211 with its fallback) and a heading in bold.
PAGE = r"""{\rtf1\ansi\ansicpg1252\cocoartf2821
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fnil\fcharset0 HelveticaNeue-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\pard\pardeftab720\sa120\partightenfactor0
\f0\fs58 Battle of Kessa\
\f0\fs22 From Wikipedia, the free encyclopedia\
\itap1\trowd \trgaph108\trleft-108 \clmgf \clvertalt \cellx4320
\clmrg \clvertalt \cellx8640
\pard\intbl\itap1\qc \b Battle of Kessa\cell
\pard\intbl\itap1\qc \cell \row
\itap1\trowd \trgaph108\trleft-108 \clmgf \cellx4320
\clmrg \cellx8640
\pard\intbl\itap1\qc \b0 Part of the {\field{\*\fldinst{HYPERLINK "https://en.wikipedia.org/wiki/Orlan_War"}}{\fldrslt Orlan War}}\cell
\pard\intbl\itap1\qc \cell \row
\itap1\trowd \trgaph108\trleft-108 \cellx4320
\cellx8640
\pard\intbl\itap1 Date\cell
\pard\intbl\itap1 July 30, 1864\cell \row
\itap1\trowd \trgaph108\trleft-108 \cellx4320
\cellx8640
\pard\intbl\itap1 Result\cell
\pard\intbl\itap1 Orlan victory\cell \row
\itap1\trowd \trgaph108\trleft-108 \clmgf \cellx4320
\clmrg \cellx8640
\pard\intbl\itap1 Belligerents\cell
\pard\intbl\itap1 \cell \row
\itap1\trowd \trgaph108\trleft-108 \cellx4320
\cellx8640
\pard\intbl\itap1 Orland\cell
\pard\intbl\itap1 Tessa\cell \row
\pard\pardeftab720\sa240\partightenfactor0
\f0\fs22 The Battle of Kessa was fought on July 30, 1864, between Orland and Tessa near the town of Kessa.{\super [1]}\
\f1\b Aftermath\
\f0\b0 On August 2, 1864, Orlan troops captured Kessa\'e9 \u8211\'97 the last town of the valley.\
}"""


def test_rtf_is_detected_and_read_as_the_page_it_stands_for():
    assert detect(PAGE)[0] == "rtf"
    page = rtf.as_html(PAGE)
    assert '<td colspan="2">Part of the Orlan War</td>' in page  # a field's shown text, the cells merged
    assert "<h2>Aftermath</h2>" in page and "[1]" not in page  # a bold line alone; a superscript mark gone
    assert "Kessaé – the last town" in page  # \'e9 in cp1252, \u8211 without its fallback


def test_an_rtf_page_gives_the_operation_and_its_events():
    op = extract_operation(read_document(PAGE, "kessa.rtf"))
    assert op.name == "Battle of Kessa" and op.part_of == ("Orlan War",)
    assert op.start_date == "1864-07-30"
    assert [s.belligerents for s in op.sides] == [("Orland",), ("Tessa",)]
    assert [(e.date, e.type) for e in op.events][-1] == ("1864-08-02", "capture")


def test_bad_rtf_gives_a_document_not_a_traceback():
    doc = rtf.read("{\\rtf1 \\'zz {\\*\\unclosed")
    assert doc.shape == "rtf"
