"""Text taken out of a PDF (a page printed from a browser, pdftotext output): the print layer goes,
the page is read as a flattened page. Invented articles, not eval documents."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, pdf_text, read_document

HEADER = "11/3/25, 2:07 PM                         Battle of Marren Ford - Wikipedia"
FOOTER = "https://en.wikipedia.org/wiki/Battle_of_Marren_Ford                        {}/3"

PRINTED = f"""{HEADER}
Battle of Marren Ford
From Wikipedia, the free encyclopedia

Battle of Marren Ford
Part of the Tarsen War
Date
4 March 1921 – 19 March
1921
Location
Marren Ford, Tarsenia
Result
Tarsenian victory
Belligerents
 Tarsenia

 Velmar Republic

Commanders and leaders
Gen. Aldo Veris (commander
of the Northern Army)
Col. Ivo Kand

Gen. Pero Lask
(Second Corps)

Units involved
3rd Rifle Division
1st Northern Combined
Army

Second Corps

Casualties and losses
410 killed, 900 wounded
(Tarsenian claim)

1,200 killed (Tarsenian claim)
700 captured

At least 30 civilians killed

The Battle of Marren Ford was fought between the armies of Tarsenia and the Vel-
mar Republic at the ford of the Marren river from 4 March to 19 March 1921. It
{FOOTER.format(1)}
{HEADER}
ended the Velmar advance on the capital.

Battle
On 4 March 1921 the Second Corps attacked the Tarsenian positions on the east-
ern bank of the river and captured the village of Dolny Brod. Two days later
the 3rd Rifle Division counter-attacked and retook the village after a night
of fighting.

On 19 March Velmar forces withdrew across the river towards Velmar.
{FOOTER.format(2)}
{HEADER}
References
1. Kand, Ivo (1930). Memoirs.
{FOOTER.format(3)}
"""


def test_printed_page_is_detected_and_its_print_layer_removed():
    shape, confidence = detect(PRINTED)
    assert shape == "pdf-text" and confidence > 0.9
    text = pdf_text.clean(PRINTED)
    assert "Wikipedia\n" not in text.replace("From Wikipedia, the free encyclopedia", "")  # the header went
    assert "/3" not in text  # the footers went
    # a sentence cut by the page break is whole; hyphenated words are joined
    assert "the Velmar Republic at the ford" in text
    assert "It ended the Velmar advance on the capital." in text
    assert "on the eastern bank" in text
    assert "counter-attacked" in text  # a hyphen inside a line stays


def test_wrapped_infobox_cells_are_joined_to_their_entries():
    text = pdf_text.clean(PRINTED)
    assert "4 March 1921 – 19 March 1921\n" in text  # a year alone on a line
    assert "Gen. Aldo Veris (commander of the Northern Army)\n" in text  # an open parenthesis
    assert "Gen. Pero Lask (Second Corps)\n" in text  # a role on the next line
    assert "1st Northern Combined Army\n" in text  # a formation noun alone
    assert "Col. Ivo Kand\n" in text  # an entry that ends on its line stays apart


def test_printed_page_gives_the_operation_and_its_events():
    doc = read_document(PRINTED)
    assert doc.shape == "pdf-text"
    op = extract_operation(doc)
    assert op.start_date == "1921-03-04" and op.end_date == "1921-03-19"
    assert op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [p.name for p in op.sides[0].commanders] == ["Aldo Veris", "Ivo Kand"]
    assert "1st Northern Combined Army" in op.sides[0].units
    # the claims of each column stay in that column; the civilians' row is no column
    assert [c.killed.low for c in op.sides[0].casualties] == [410]
    assert op.sides[1].casualties[0].killed.low == 1200 and op.sides[1].casualties[1].captured.low == 700
    assert op.civilian_casualties
    dated = [(e.date, e.type) for e in op.events]
    assert ("1921-03-04", "capture") in dated
    assert ("1921-03-06", "counterattack") in dated
    assert ("1921-03-19", "withdrawal") in dated
    for e in op.events:  # spans index the document's (cleaned) text
        assert doc.text[e.span.start:e.span.end].startswith(e.summary[:20])


def test_pdftotext_form_feeds_and_page_numbers():
    page = ("Battle of Osk Hill\n\nDate\n2 May 1944\nLocation\nOsk Hill\nResult\nDraw\n\n"
            "The battle was fought on 2 May 1944 between two battalions that had reached the hill at\n"
            "dawn; the first attack failed and the second was called off at dusk.\n\nPage 1 of 2\n")
    text = page + "\f" + "Aftermath\nOn 3 May the battalions with-\ndrew to their lines.\n\nPage 2 of 2\n"
    assert detect(text)[0] == "pdf-text"
    cleaned = pdf_text.clean(text)
    assert "Page" not in cleaned and "\f" not in cleaned
    assert "withdrew to their lines." in cleaned


def test_a_flattened_page_without_print_layer_is_not_taken_for_pdf_text():
    flat = ("Battle of Osk Hill\n\nDate\n2 May 1944\nLocation\nOsk Hill\nResult\nDraw\nBelligerents\nA\nB\n\n"
            "The battle was fought on 2 May 1944; the score was 1/2 in the first hour, as a note on page 3 says.\n")
    assert detect(flat)[0] == "plain"
