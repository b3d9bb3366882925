"""A page sent as an e-mail: the message is opened with the standard library, the page inside is
read as its own shape. Invented messages."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, email_message, read_document

PAGE = ("Battle of Osk Ford\nPart of the Tarsen War\n\nDate: 2 May 1944 \u2013 9 May 1944\nLocation: Osk Ford\n"
        "Result: Tarsenian victory\n\nBelligerents\n  Tarsenia\n  \u2013\u2013\u2013\n  Velmar Republic\n\n"
        "The Battle of Osk Ford was fought between Tarsenia and the Velmar Republic for the ford of the Osk "
        "from 2 May to 9 May 1944.\n\nOn 2 May 1944 the Second Corps attacked the ford at dawn and captured the "
        "village of Dolny Brod after a day of fighting in the orchards below the crest.\n")


def _quoted_printable(text: str) -> str:
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _message(body: str, subtype: str = "plain") -> str:
    return ("Return-Path: <ivo@example.org>\nMessage-ID: <1@example.org>\nDate: Tue, 12 Mar 2024 19:02:40 +0100\n"
            "MIME-Version: 1.0\nFrom: Ivo Kand <ivo@example.org>\nTo: reading@example.org\n"
            "Subject: =?UTF-8?Q?Battle_of_Osk_Ford_=E2=80=93_Wikipedia?=\n"
            f"Content-Type: text/{subtype}; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + _quoted_printable(body))


def test_a_mail_is_opened_and_its_quoted_printable_page_decoded():
    text = _message(PAGE)
    assert detect(text) == ("email", 0.96)
    page, kind = email_message.page_text(text)
    assert kind == "plain" and "2 May 1944 \u2013 9 May 1944" in page


def test_a_mailed_page_gives_its_box_and_events_with_a_rule_between_columns():
    doc = read_document(_message(PAGE))
    assert doc.shape == "email"
    op = extract_operation(doc)
    assert op.start_date == "1944-05-02" and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert ("1944-05-02", "capture") in {(e.date, e.type) for e in op.events}


def test_a_mails_html_part_is_read_as_html():
    html_page = ("<html><body><h1>Battle of Osk Ford</h1><table class=\"infobox\"><tr><th>Date</th>"
                 "<td>2 May 1944</td></tr><tr><th>Result</th><td>Draw</td></tr></table>"
                 "<p>The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and Velmar.</p></body></html>")
    op = extract_operation(read_document(_message(html_page, "html")))
    assert op.result == "Draw" and op.start_date == "1944-05-02"


def test_a_page_that_quotes_a_header_is_no_mail():
    assert detect("From: the archive\nThe Battle of Osk Ford was fought on 2 May 1944.\n")[0] != "email"


def _eight_bit(body: str) -> str:
    return ("Return-Path: <ivo@example.org>\nMessage-ID: <2@example.org>\nDate: Tue, 12 Mar 2024 19:02:40 +0100\n"
            "MIME-Version: 1.0\nFrom: Ivo Kand <ivo@example.org>\nTo: reading@example.org\nSubject: Osk\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n" + body)


def test_an_unencoded_mail_keeps_its_accented_letters_and_reads_only_the_page_pasted_in_it():
    note = ("Hi Dana,\n\nHere is the article, pasted below. The reading room is closed on 15 March, so let's meet "
            "at the café instead.\n\nBest,\nIvo\n\n---------- Pasted article ----------\n\n")
    after = ("\n---------- end of paste ----------\n\n--\nIvo Kand\nOffice hours: Wed 14:00-16:00\n\n"
             "On Mon, 11 Mar 2024 at 17:02, Dana Roe <dana@example.org> wrote:\n> The seminar is on 14 March.\n")
    page = PAGE.replace("Velmar Republic", "República de Velmár")
    doc = read_document(_eight_bit(note + page + after))
    op = extract_operation(doc)
    assert op.sides[1].belligerents == ("República de Velmár",)  # not "Rep\ufffdblica"
    assert op.start_date == "1944-05-02" and "café" not in doc.text and "seminar" not in doc.text
    assert [e.date for e in op.events if e.date.endswith("-03-15") or e.date.endswith("-03-14")] == []


def test_a_mail_without_a_separator_is_read_whole_up_to_its_signature():
    doc = read_document(_eight_bit(PAGE + "\n-- \nIvo Kand\nOn 3 May 2024 the seminar meets at 10:00.\n"))
    assert "seminar" not in doc.text and "Dolny Brod" in doc.text


def test_a_browsers_mhtml_snapshot_is_read_as_utf8_though_its_part_names_no_charset():
    import quopri
    page = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Battle of Gunin - Wikipedia</title></head><body>'
            '<div id="mw-content-text"><p>The <b>Battle of Gunin</b> (Chinese: 古寧頭戰役) was fought on '
            '25 October 1949 on Kinmen.</p></div></body></html>')
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    snapshot = ("From: <Saved by Blink>\nSubject: Battle of Gunin - Wikipedia\nMIME-Version: 1.0\n"
                'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----B----"\n\n\n'
                "------B----\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
                "Content-Location: https://en.wikipedia.org/wiki/Battle_of_Gunin\n\n" + body + "\n------B------\n")
    doc = read_document(snapshot)
    assert doc.shape == "email" and "古寧頭戰役" in doc.text


def test_a_newsletter_laid_out_in_tables_reads_its_plain_part_and_keeps_the_html_fact_box():
    html_part = ("<html><body><table class='layout'><tr><td><table><tr><td>"
                 "<p>Kessa, July 31, 2014 - More than 2,000 people gathered at the Crater on Wednesday.</p>"
                 "<h3>The Battle of Kessa at a glance</h3><table><tr><th>When</th><td>July 30, 1864</td></tr>"
                 "<tr><th>Where</th><td>Kessa, Orland</td></tr><tr><th>Outcome</th><td>Tessan victory</td></tr>"
                 "</table></td></tr></table></td></tr></table></body></html>")
    plain_part = ("FOR IMMEDIATE RELEASE\n\nKessa, July 31, 2014 - More than 2,000 people gathered at the Crater on "
                  "Wednesday to mark the anniversary of the battle.\n\nOn July 30, 1864, Orlan troops exploded a mine "
                  "under the Tessan lines at Kessa and attacked through the crater.\n")
    message = ("From: Heritage Council <news@example.org>\nTo: desk@example.org\nSubject: Crater anniversary\n"
               "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n--b\n"
               "Content-Type: text/plain; charset=\"utf-8\"\n\n" + plain_part + "\n--b\n"
               "Content-Type: text/html; charset=\"utf-8\"\n\n" + html_part + "\n--b--\n")
    doc = email_message.read(message)
    op = extract_operation(doc)
    assert op.name == "Battle of Kessa" and op.start_date == "1864-07-30"  # the HTML's box, not its layout table
    assert doc.paragraphs and "1864-07-30" in [e.date for e in op.events]  # the plain part's prose


# A newsletter's e-mail (Substack and the like): the body laid out in nested tables marked
# role="presentation", the article's paragraphs and headings inside their cells, a fact box among them.
NEWSLETTER = """<!DOCTYPE html><html><head><title>Osk Ford, eighty years on</title></head><body>
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" class="email-body" width="550"><tr><td>
<p><a href="https://example.substack.com/p/osk">View in browser</a></p>
<h1 class="post-title">Osk Ford, eighty years on</h1>
<div class="body markup">
<p>Eighty years ago, on 2 May 1944, the Second Corps captured the village of Dolny Brod at the ford of the Osk,
after a night crossing that the veterans still talk about.</p>
<table class="key-facts"><caption>The Battle of Osk Ford at a glance</caption>
<tr><th>When</th><td colspan="2">2 May 1944</td></tr>
<tr><th>Outcome</th><td colspan="2">Tarsenian victory</td></tr>
<tr><th></th><th>Tarsenia</th><th>Velmar Republic</th></tr>
<tr><th>Commanders</th><td>Aldo Veris</td><td>Pero Lask</td></tr>
</table>
<h3>What the files say</h3>
<p>Two days later, on 4 May 1944, Velmar artillery shelled the bridgehead, killing twelve soldiers, and the
files show how little the staff expected it.</p>
</div>
<div class="footer"><p>You're a free subscriber. <a href="https://example.substack.com/unsubscribe">Unsubscribe</a></p></div>
</td></tr></table></td></tr></table></body></html>"""


def test_a_newsletters_prose_inside_layout_tables_is_read():
    doc = read_document(NEWSLETTER, path="osk.html")
    assert any("captured the village of Dolny Brod" in doc.paragraph_text(p) for p in doc.paragraphs)
    op = extract_operation(doc)
    assert op.result == "Tarsenian victory"
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= {(e.date, e.type) for e in op.events}
