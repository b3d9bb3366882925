"""An Anki "Notes in Plain Text" export: an invented battle kept as a deck's article note (a title
field, the box's HTML table, the page's HTML as Anki's editor keeps it) among flashcards. The article
must give its box, prose and dated events; the flashcards, tags and deck names must be left out; and
the reader must not claim plain text, TSV or CSV records."""
from __future__ import annotations

import pytest

from warfile.extract import extract_operation
from warfile.readers import READERS, anki

BOX = ('<table><tbody><tr><th>Battle of Merrow Pass</th></tr><tr><td>Part of the War of the Sael Succession</td></tr>'
       '<tr><td><img src=""paste-1f3a9c0d2e4b6a8c.jpg""><br>The pass from the south</td></tr>'
       '<tr><th>Date</th><td>12–14 June 1711</td></tr><tr><th>Location</th><td>Merrow Pass, Aldran</td></tr>'
       '<tr><th>Result</th><td>Aldranese victory</td></tr><tr><th>Belligerents</th></tr>'
       '<tr><td>Kingdom of Aldran</td><td>Duchy of Sael<br><b>Supported by:</b><br>Free City of Osk</td></tr>'
       '<tr><th>Commanders and leaders</th></tr>'
       '<tr><td>Tomas Vey (marshal)<br>Anneke Brull</td><td>Duke Orsin II&nbsp;†</td></tr>'
       '<tr><th>Strength</th></tr><tr><td>9,000</td><td>7,000</td></tr>'
       '<tr><th>Casualties and losses</th></tr><tr><td>450 killed</td><td>2,100 killed or captured</td></tr>'
       '</tbody></table>')
BODY = ('<div>The <b>Battle of Merrow Pass</b> was fought from 12 to 14 June 1711 between the Kingdom of Aldran and '
        'the Duchy of Sael in the Merrow Pass, the only road over the Grey Hills.<sup>[1]</sup> It ended the '
        'Saelish claim to the Aldranese throne.</div><div><br></div><div><b>Background</b></div>'
        '<div>The duke had fortified the pass in the winter of 1710, and both armies knew that whoever held it held '
        'the road to the capital.<sup>[2]</sup></div><div><br></div><div><b>Battle</b></div>'
        '<div>On 12 June 1711 the Aldranese vanguard captured the customs house at '
        '<a href=""https://example.org/wiki/Merrow"">Merrow</a>.<sup>[3]</sup> Two days later Saelish guns shelled the '
        'Aldranese camp, killing forty soldiers.<sup>[4]</sup></div><div><br></div><div>The duke was killed in the '
        'last charge, and his army broke up in the night.</div><div><br></div>')
ARTICLE = ("k3#Vq9!Lm2\tWikipedia article\tHistory::Succession wars::Articles\tBattle of Merrow Pass\t"
           f'"{BOX}"\t"{BODY}"\t'
           '"<a href=""https://example.org/wiki/Battle_of_Merrow_Pass"">example.org</a> (pasted 3 March 2024)"\t'
           "aldran sael merrow article")
EXPORT = "\n".join([
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:8",
    "a8Lq/2pZ+e\tBasic\tHistory::Succession wars\tMerrow Pass: dates?\t12–14 June 1711\t\t\taldran merrow",
    "Tr5~x0^Wm1\tCloze\tHistory::Succession wars\tAt Merrow Pass {{c1::Tomas Vey}} beat {{c2::Duke Orsin II}}."
    '\t"Pass = ""the Gate""\tin the\nold songs"\t\t\taldran merrow',
    ARTICLE,
    "Qn4&z7Ka_d\tBasic\tHistory::Succession wars\tWhat did the guns shell on 20 June 1711?\tThe camp\t\t\tmerrow",
    "",
])


def test_an_export_is_recognised_and_no_other_reader_claims_it():
    assert anki.score(EXPORT) > 0.9
    assert all(module.score(EXPORT) < anki.score(EXPORT) for module in READERS.values() if module is not anki)


@pytest.mark.parametrize("other", [
    "Battle of Merrow Pass\n\nOn 12 June 1711 the Aldranese vanguard captured the customs house.\n",
    "date\tevent\tplace\n1711-06-12\tcapture\tMerrow\n1711-06-14\tshelling\tMerrow\n",
    "date,event,place\n1711-06-12,capture,Merrow\n",
    "# Battle of Merrow Pass\n\n## Battle\nOn 12 June 1711 the vanguard captured Merrow.\n",
    "#!/bin/sh\n# separator: tab\necho 'html: true'\n",
    "<html><body><p>#separator:tab</p></body></html>",
])
def test_other_shapes_score_nothing(other):
    assert anki.score(other) == 0.0


def test_the_article_note_gives_its_title_and_prose():
    doc = anki.read(EXPORT)
    assert doc.shape == "anki" and doc.title == "Battle of Merrow Pass" and not doc.warnings
    assert "the only road over the Grey Hills.[1] It ended the Saelish claim" in doc.text
    assert "captured the customs house at Merrow.[3]" in doc.text
    for left_out in ("Tomas Vey}}", "{{c", "old songs", "Basic", "Cloze", "History::", "aldran merrow", "pasted",
                     "The camp", "<div>", "paste-1f3a"):
        assert left_out not in doc.text, left_out
    assert [p.heading for p in doc.paragraphs if "customs house" in doc.text[p.span.start:p.span.end]] == ["Battle"]


def test_the_box_field_is_the_infobox():
    page = anki.html_page(EXPORT)
    assert page.count('<table class="infobox">') == 1 and "<tr><th colspan=2>Belligerents</th></tr>" in page
    assert "<h1>Battle of Merrow Pass</h1>" in page and "<h2>Battle</h2>" in page
    assert "<div>" not in page and "<p><br></p>" not in page


def test_the_article_gives_its_operation():
    op = extract_operation(anki.read(EXPORT))
    assert (op.name, op.start_date, op.end_date, op.result) == ("Battle of Merrow Pass", "1711-06-12", "1711-06-14",
                                                                "Aldranese victory")
    assert op.part_of == ("War of the Sael Succession",) and "Merrow Pass" in op.places
    assert [s.belligerents for s in op.sides] == [("Kingdom of Aldran",), ("Duchy of Sael",)]
    assert op.sides[1].supporters == ("Free City of Osk",)
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Tomas Vey", "Anneke Brull"], ["Duke Orsin II"]]
    assert op.sides[0].commanders[0].role == "marshal" and op.sides[1].commanders[0].killed
    assert [[q.text for q in s.strength] for s in op.sides] == [["9,000"], ["7,000"]]
    assert op.sides[0].casualties[0].killed.low == 450
    events = {(e.date, e.type) for e in op.events}
    assert ("1711-06-12", "capture") in events and ("1711-06-14", "shelling") in events
    assert "1711-06-20" not in {e.date for e in op.events}  # a flashcard's question


def test_an_article_note_of_two_fields_keeps_its_box_in_its_page():
    page = BOX + BODY.replace("<div><b>Battle</b></div>", "<h2>Battle</h2>")  # (its quotes doubled already)
    export = ("#separator:comma\n#html:true\n#notetype column:1\n#tags column:4\n"
              f'Article,Battle of Merrow Pass,"{page}",merrow\n'
              "Basic,Merrow Pass: when?,12 June 1711,merrow\n")
    assert anki.html_page(export).count('<table class="infobox">') == 1
    op = extract_operation(anki.read(export))
    assert (op.name, op.start_date, op.result) == ("Battle of Merrow Pass", "1711-06-12", "Aldranese victory")
    assert [s.belligerents for s in op.sides] == [("Kingdom of Aldran",), ("Duchy of Sael",)]
    assert ("1711-06-14", "shelling") in {(e.date, e.type) for e in op.events}


def test_quoted_fields_hold_tabs_newlines_and_quotes():
    notes = anki._notes('a\t"b\tc\nd ""e"""\tf\n"g"\n', "\t")
    assert notes == [["a", 'b\tc\nd "e"', "f"], ["g"]]


def test_a_deck_of_flashcards_only_is_read_as_their_text():
    export = ("#separator:semicolon\n#html:false\n#notetype column:1\n"
              "Basic;Merrow Pass: when?;12 June 1711\nCloze;{{c1::Tomas Vey}} led the Aldranese;\n")
    assert anki.score(export) > 0.9
    doc = anki.read(export)
    assert "Merrow Pass: when? 12 June 1711" in doc.text and "Tomas Vey led the Aldranese" in doc.text
    assert "Basic" not in doc.text


def test_odd_input_never_raises():
    for text in ("", "#separator:tab\n", '#separator:tab\n"unclosed\tquote', "#separator:\n\t\t\t",
                 "#html:true\n" + "<table>" * 3000, EXPORT[: len(EXPORT) // 2], "#separator:tab\n" + '"' * 10000):
        assert anki.read(text).shape == "anki"
