"""Hard-wrapped page text: text taken out of a PDF (a page printed from a browser, pdftotext output),
a text browser's dump, a mobile page's copy. The print layer goes, the page is read as a flattened page.
Invented articles, not eval documents."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import detect, read_document, wrapped_text

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
    assert shape == "wrapped-text" and confidence > 0.9
    text = wrapped_text.clean(PRINTED)
    assert "Wikipedia\n" not in text.replace("From Wikipedia, the free encyclopedia", "")  # the header went
    assert "/3" not in text  # the footers went
    # a sentence cut by the page break is whole; hyphenated words are joined
    assert "the Velmar Republic at the ford" in text
    assert "It ended the Velmar advance on the capital." in text
    assert "on the eastern bank" in text
    assert "counter-attacked" in text  # a hyphen inside a line stays


def test_wrapped_infobox_cells_are_joined_to_their_entries():
    text = wrapped_text.clean(PRINTED)
    assert "4 March 1921 – 19 March 1921\n" in text  # a year alone on a line
    assert "Gen. Aldo Veris (commander of the Northern Army)\n" in text  # an open parenthesis
    assert "Gen. Pero Lask (Second Corps)\n" in text  # a role on the next line
    assert "1st Northern Combined Army\n" in text  # a formation noun alone
    assert "Col. Ivo Kand\n" in text  # an entry that ends on its line stays apart


def test_printed_page_gives_the_operation_and_its_events():
    doc = read_document(PRINTED)
    assert doc.shape == "wrapped-text"
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
    assert detect(text)[0] == "wrapped-text"
    cleaned = wrapped_text.clean(text)
    assert "Page" not in cleaned and "\f" not in cleaned
    assert "withdrew to their lines." in cleaned


def test_a_flattened_page_without_print_layer_is_not_taken_for_wrapped_text():
    flat = ("Battle of Osk Hill\n\nDate\n2 May 1944\nLocation\nOsk Hill\nResult\nDraw\nBelligerents\nA\nB\n\n"
            "The battle was fought on 2 May 1944; the score was 1/2 in the first hour, as a note on page 3 says.\n")
    assert detect(flat)[0] == "plain"


# A text browser's dump (lynx -dump, w3m -dump): no page furniture, every paragraph wrapped at 76
# columns; the box's lines are short. A mobile page's copy has no blank lines at all.
_PARAGRAPHS = (
    "The Battle of Osk Hill was fought between the Tarsenian Second Corps and the army of the Velmar "
    "Republic for the hill above the ford at Marren between 2 May and 9 May 1944. It ended the "
    "Velmar offensive of that spring.",
    "On 2 May 1944 the Second Corps attacked the hill from the east and captured the village of "
    "Dolny Brod after a day of heavy fighting in the orchards below the crest. Three days later "
    "Velmar aircraft bombed the bridge at Marren, killing 14 soldiers who were crossing it.",
    "On 9 May the last Velmar battalions withdrew from the hill towards the river, and the "
    "Tarsenian commander reported that the crest had been taken.",
)
_BOX = ["Battle of Osk Hill", "Date", "2 May – 9 May 1944", "Location", "Osk Hill, Tarsenia", "Result",
        "Tarsenian victory", "Belligerents", "Tarsenia", "Velmar Republic"]


def _wrapped(paragraph: str) -> list[str]:
    import textwrap
    return textwrap.wrap(paragraph, 76)


def test_a_text_browsers_dump_is_detected_and_its_paragraphs_unwrapped():
    text = "\n".join(_BOX) + "\n\n" + "\n\n".join("\n".join(_wrapped(p)) for p in _PARAGRAPHS) + "\n"
    assert detect(text)[0] == "wrapped-text"
    doc = read_document(text)
    assert [doc.paragraph_text(p) for p in doc.paragraphs][:3] == list(_PARAGRAPHS)
    op = extract_operation(doc)
    assert op.result == "Tarsenian victory"
    assert {(e.date, e.type) for e in op.events} >= {("1944-05-02", "capture"), ("1944-05-05", "airstrike"),
                                                     ("1944-05-09", "withdrawal")}


def test_a_mobile_copy_without_blank_lines_keeps_its_box_lines_and_joins_its_paragraphs():
    lines = _BOX[:1] + _wrapped(_PARAGRAPHS[0]) + _BOX[1:] + ["Battle"] + [
        ln for p in _PARAGRAPHS[1:] for ln in _wrapped(p)]
    text = "\n".join(lines) + "\n"
    assert detect(text)[0] == "wrapped-text"
    cleaned = wrapped_text.clean(text)
    assert f"\n{_PARAGRAPHS[0]}\nDate\n" in cleaned  # the lead is one line; the box's lines stay apart
    assert "\nResult\nTarsenian victory\nBelligerents\nTarsenia\nVelmar Republic\nBattle\n" in cleaned
    op = extract_operation(read_document(text))
    assert op.result == "Tarsenian victory"
    assert ("1944-05-09", "withdrawal") in {(e.date, e.type) for e in op.events}


def test_a_flattened_page_with_paragraphs_on_one_line_each_is_not_wrapped_text():
    text = "\n".join(_BOX) + "\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    assert detect(text)[0] == "plain"


# pandoc -t plain of a Word file holding a pasted page: the box as a multiline table between rules.
DOCX = """Battle of Osk Ford

  --------------------------------------------------------------------------
  Battle of Osk Ford

  Part of the Tarsen
  War

  Date                    18 August 1966

  Location                Osk Ford, Marren
                          Province, Tarsenia

  Belligerents

                          Tarsenia                  Velmar Front
                          Lorria                    North Velmar

  Commanders and leaders

                          Brig. Ivo Kand            Lt. Col. Pero Lasko
                          Lt. Col. Aldo Veris       Marrakovic
                          2nd Lt. Osk Marr †        (275th Regiment)

  Units involved

                          D Company, 6RAR           275th Regiment
                          A Battery, 2/35th         D445 Provincial Mobile
                          Artillery                 Battalion

  Casualties and losses

                          18 killed                 245 killed (body count,
                          24 wounded                per 1 ATF)
                                                    3 captured
                                                    c. 50 killed
  --------------------------------------------------------------------------

The Battle of Osk Ford took place in a rubber plantation near Osk Ford, in
Marren Province, Tarsenia, on 18 August 1966. The action was fought between
Velmar Front units and a company of the Tarsenian task force, which held off
a force of regimental strength for several hours in heavy rain.

On 18 August 1966 the Velmar Front attacked the company in the plantation,
and at dusk armoured carriers broke through to relieve it.
"""


def test_a_converted_word_files_text_table_is_written_as_a_flattened_box():
    from warfile.readers.text_table import rewrite_tables
    text = "\n".join(rewrite_tables(DOCX.splitlines(), wrapped_text.continues))
    assert "\nPart of the Tarsen War\n" in text and "\nLocation: Osk Ford, Marren Province, Tarsenia\n" in text
    assert "\nBelligerents\n\nTarsenia\nLorria\n\nVelmar Front\nNorth Velmar\n" in text
    # a name wrapped in its column, a role on the next line, a unit's last word alone
    assert "\nLt. Col. Pero Lasko Marrakovic (275th Regiment)\n" in text
    assert "\nA Battery, 2/35th Artillery\n" in text and "\nD445 Provincial Mobile Battalion\n" in text
    assert "\n245 killed (body count, per 1 ATF)\n3 captured\nc. 50 killed\n" in text  # "c." opens an entry


def test_a_converted_word_file_gives_its_box():
    op = extract_operation(read_document(DOCX))
    assert op.part_of == ("Tarsen War",) and op.start_date == "1966-08-18"
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Lorria"), ("Velmar Front", "North Velmar")]
    assert "D Company, 6RAR" in op.sides[0].units
    assert [(p.name, p.killed) for p in op.sides[0].commanders][-1] == ("Osk Marr", True)


# links -dump / elinks: the infobox drawn as a bordered table, section labels centred in full rows.
BORDERED = """                           Battle of Osk Ford

   +------------------------------------------------------------------------+
   |                           Battle of Osk Ford                           |
   |   Part of the Tarsen War                                               |
   |------------------------------------------------------------------------|
   | Date      | 14 August 1987 – 23 March 1988                             |
   | Result    | Inconclusive                                               |
   |------------------------------------------------------------------------|
   |                             Belligerents                               |
   | Tarsenia                          | Velmar Republic                    |
   | Lorria                            | Supported by:                      |
   |                                   | Osk League                         |
   |------------------------------------------------------------------------|
   |                        Casualties and losses                           |
   | 4,785 killed (per Velmar)         | 31 killed, 90 wounded (per Kand,   |
   |                                   | as of 23 March 1988)               |
   +------------------------------------------------------------------------+

   The Battle of Osk Ford was fought intermittently between 14 August 1987 and
   23 March 1988, south and east of the town of Osk, by Tarsenia and its allies
   against the Velmar Republic, which held the bridgehead over the river.

   On 14 August 1987 Tarsenian brigades attacked the Velmar positions east of the
   river and captured the village of Marren after two days of fighting.
"""


def test_a_bordered_text_box_is_read_section_by_section():
    assert detect(BORDERED)[0] == "wrapped-text"
    op = extract_operation(read_document(BORDERED))
    assert op.start_date == "1987-08-14" and op.end_date == "1988-03-23" and op.result == "Inconclusive"
    assert [s.belligerents for s in op.sides] == [("Tarsenia", "Lorria"), ("Velmar Republic",)]
    assert op.sides[1].supporters == ("Osk League",)
    assert [(c.killed.low, c.claimant, c.as_of) for c in op.sides[1].casualties] == [(31, "kand", "1988-03-23")]


# (body column, box column) pairs, set as `pdftotext -layout` sets a printed page: the box's column
# starts at the same place on every line
_PAGE = [
    ("Battle of Osk", "          Battle of Osk"),
    ("", "  Part of the Korvan Theater of the"),
    ("From Korvapedia, the free encyclopedia", "             Great War"),
    ("", ""),
    ("The Battle of Osk was a major naval battle in the", "Date        4–7 June 1942"),
    ("Korvan Theater of the Great War that took place bet-", "Location    Near Osk Atoll,"),
    ("ween 4 and 7 June 1942, six months after Tessa's", "            Northern Islands"),
    ("attack on Velmora.[1] The Korvan Navy under Admiral", "Result      Decisive Korvan victory"),
    ("Ilan Voss defeated an attacking fleet of the Tessan", ""),
    ("Navy under Admiral Omar Dara north of Osk Atoll,", "              Belligerents"),
    ("inflicting devastating damage on the Tessan fleet.[2]", "Korva               Tessa"),
    ("Historians called it the most stunning blow in the", ""),
    ("history of naval warfare, and the Tessan navy never", "         Commanders and leaders"),
    ("recovered from the loss of its four fleet carriers.", "Ilan Voss           Omar Dara"),
    ("On 3 June, a flying boat spotted the Tessan fleet some", "Ari Bex             Tamon Kell"),
    ("500 miles west of Osk, and that afternoon nine bombers", ""),
    ("took off from the atoll and attacked the transports,", "               Strength"),
    ("scoring no hits; during the night four flying boats", "3 carriers          4 carriers"),
    ("armed with torpedoes hit the oiler Akebo, the only", "7 cruisers          2 battleships"),
]
SIDE_BY_SIDE = "\n".join(f"{body:<57}{box}".rstrip() for body, box in _PAGE) + (
    "\nsuccessful torpedo attack of the battle by the navy.\n\n"
    "At 04:30 on 4 June, Dara launched his first strike on the atoll, with 108 aircraft escorted by fighters.\n")


def test_a_box_printed_beside_the_text_is_read_as_a_box_and_the_text_as_paragraphs():
    op = extract_operation(wrapped_text.read(SIDE_BY_SIDE))
    assert op.name == "Battle of Osk" and (op.start_date, op.end_date) == ("1942-06-04", "1942-06-07")
    assert op.places == ("Osk Atoll", "Northern Islands") and op.result == "Decisive Korvan victory"
    assert [s.belligerents for s in op.sides] == [("Korva",), ("Tessa",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Ilan Voss", "Ari Bex"], ["Omar Dara", "Tamon Kell"]]
    assert op.part_of == ("Korvan Theater of the Great War",)  # a theatre of a war is one name
    # the body's column is prose again: its lead dates the battle, its wrapped words are mended
    assert any(e.date == "1942-06-04" and e.summary.startswith("The Battle of Osk was a major naval battle in the "
                                                                 "Korvan Theater of the Great War that took place between")
               for e in op.events)


PRINTED_BOX = """\
9/14/24, 8:02 PM                             Siege of Corvel - Wikipedia

Siege of Corvel

┌────────────────────────────────────────────────────────────────────────────┐
│                              Siege of Corvel                               │
│                           Part of the Long War                             │
├─────────────────────────────────────┬──────────────────────────────────────┤
│ Date                                │ 2 April – 9 May 1711                 │
├─────────────────────────────────────┼──────────────────────────────────────┤
│ Location                            │ Corvel, Duchy of Marn                │
├─────────────────────────────────────┴──────────────────────────────────────┤
│                                Belligerents                                │
├─────────────────────────────────────┬──────────────────────────────────────┤
│ Kingdom of Estria                   │ Duchy of Marn                        │
├─────────────────────────────────────┴──────────────────────────────────────┤
│                           Commanders and leaders                           │
├─────────────────────────────────────┬──────────────────────────────────────┤
│ Marshal Osk                         │ Henrik Arn                           │
│ General Vell                        │                                      │
├─────────────────────────────────────┴──────────────────────────────────────┤
│                                  Strength                                  │
├─────────────────────────────────────┬──────────────────────────────────────┤
│ 12,000                              │ 3,000                                │
└─────────────────────────────────────┴──────────────────────────────────────┘

The Siege of Corvel was fought from 2 April to 9 May 1711 between the Kingdom of
Estria and the Duchy of Marn, during the Long War. The Estrian army of Marshal Osk
surrounded the town at the start of April and dug its trenches against the walls,
while the duke's garrison waited in vain for a relief army from the north that the
duke had been promised in the winter. The siege was the longest of the war in the
west and the last in which the old bastions of the town were defended.

https://en.wikipedia.org/wiki/Siege_of_Corvel                                1/3
9/14/24, 8:02 PM                             Siege of Corvel - Wikipedia

Siege

On 20 April the besiegers stormed the outer bastion after a bombardment of three
days, and three days later the garrison surrendered to Marshal Osk with the honours
of war, marching out with its colours and two guns.

https://en.wikipedia.org/wiki/Siege_of_Corvel                                2/3
"""


def test_a_box_drawn_with_box_drawing_characters_is_read_as_the_infobox():
    # a page printed to text: the browser draws the infobox with ┌─┬─┐ │ ├─┼─┤ └─┴─┘
    op = extract_operation(read_document(PRINTED_BOX, path="corvel.print.txt"))
    assert (op.start_date, op.end_date, op.places) == ("1711-04-02", "1711-05-09", ("Corvel", "Duchy of Marn"))
    assert [s.belligerents for s in op.sides] == [("Kingdom of Estria",), ("Duchy of Marn",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Osk", "Vell"], ["Henrik Arn"]]
    assert [[q.count.low for q in s.strength] for s in op.sides] == [[12000], [3000]]


REPORT = """\
HARBOUR STUDIES INSTITUTE
Occasional Paper No. 7 · May 2020

THE SIEGE OF CORVEL, 1711, AND ITS LESSONS

A. N. Author and B. Writer

----------------------------------------------------------------------------
Table 1. The Siege of Corvel at a glance
----------------------------------------------------------------------------
Also known as   Siege of Korvel (Corvell)
Dates           2 April – 9 May 1711
Place           Northern coast of Corvel, Marn
Outcome         Decisive Estrian victory
                Attacker                        Defender
Sides           Kingdom of Estria               Duchy of Marn
Commanders      Marshal Osk (First Army)        Henrik Arn
                General Vell (Second Army)
Losses          c. 3,000 killed                 1,267 killed
                500 captured                    1,982 wounded
----------------------------------------------------------------------------
Sources: the authors' estimates.

2. THE SIEGE

Between 2 April and 9 May 1711 the Estrian army besieged the port of Corvel, and
the siege is one of the few of the war in which the defenders were given the
honours of war. On 20 April the besiegers stormed the outer bastion after three
days of bombardment, and three days later the garrison surrendered to Osk.
"""


def test_a_reports_fact_table_between_rules_with_its_sides_in_columns():
    op = extract_operation(read_document(REPORT, path="corvel_report.txt"))
    assert op.name == "Siege of Corvel"  # the table's title "… at a glance", not the authors
    # "Siege of Korvel (Corvell)": a name and its last word's other spelling
    assert op.aliases == ("Siege of Korvel", "Siege of Corvell") and op.result == "Decisive Estrian victory"
    assert (op.start_date, op.end_date, op.places) == ("1711-04-02", "1711-05-09", ("Corvel", "Marn"))
    assert [s.belligerents for s in op.sides] == [("Kingdom of Estria",), ("Duchy of Marn",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Osk", "Vell"], ["Henrik Arn"]]
    assert [[c.text for c in s.casualties] for s in op.sides] == [["c. 3,000 killed", "500 captured"],
                                                                  ["1,267 killed", "1,982 wounded"]]


_BOOK = (
    "                      THE SIEGE OF KESSA\n\n"
    "                 THE SIEGE OF KESSA AT A GLANCE\n\n"
    "   Also called     Battle of the Kessan Walls\n"
    "   Part of         the Orlan conquest of the\n"
    "                   Tessan Kingdom\n"
    "   Date            3–4 July 1187\n"
    "   Result          Decisive Orlan victory\n\n"
    "                   TESSANS                       ORLANS\n"
    "   Combatants      Kingdom of Tessa              Orlan Sultanate\n"
    "                   County of Vey\n"
    "   Commanders      Guy of Vey (POW)              Salim\n"
    "                   Raynald of Kor †              al-Afdal\n"
    "   Strength        18,000–20,000 men             c. 30,000 men\n"
    "                   (c. 1,200 knights)\n\n"
    "The siege fought on 3 and 4 July 1187 below the walls of Kessa destroyed the field army of\n"
    "the kingdom of Tessa and opened the whole of the east of the country to the Orlan sultan.\n"
    "No single defeat did more to shape its history, and none was more plainly the work of the\n"
    "defeated themselves, whose king had been warned against the march.¹\n\n"
    "On 2 July part of the Orlan army stormed the lower town of Kessa, although the countess held\n"
    "out in the citadel and sent to the king for help. At a council that evening the count argued\n"
    "against any advance, saying that it\n\n"
    "______________\n"
    "¹ The sources are discussed in the Bibliographical Note, pp. 402–6.\n"
    "\f212          KINGS AND SULTANS\n\n"
    "was better to lose the town than the army. On the morning of 3 July the army left its camp and\n"
    "marched east, harassed all day by the sultan's mounted archers, and that evening it halted on\n"
    "the open plateau with no spring within reach, so that men and horses went without water.\n\n"
    "                                213\n"
    "\fTHE SIEGE OF KESSA          213\n\n"
    "At dawn on 4 July the Orlans set fire to the dry scrub upwind of the camp, and the smoke blew\n"
    "over the thirsty army on its way toward the springs below the walls of the town of Kessa.\n"
)


def test_a_scanned_books_pages_lose_their_heads_and_footnotes_and_its_box_keeps_its_columns():
    cleaned = wrapped_text.clean(_BOOK)
    assert "Bibliographical" not in cleaned and "KINGS AND SULTANS" not in cleaned and "¹" not in cleaned
    assert "saying that it was better to lose the town than the army." in cleaned  # one paragraph across the page
    op = extract_operation(wrapped_text.read(_BOOK))
    assert op.aliases == ("Battle of the Kessan Walls",)
    assert op.part_of == ("Orlan conquest of the Tessan Kingdom",)  # its row wrapped onto a second line
    assert [s.belligerents for s in op.sides] == [("Kingdom of Tessa", "County of Vey"), ("Orlan Sultanate",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Guy of Vey", "Raynald of Kor"], ["Salim", "al-Afdal"]]
    assert [[q.text for q in s.strength] for s in op.sides] == [["18,000–20,000 men", "c. 1,200 knights"], ["c. 30,000 men"]]
    assert {"1187-07-02", "1187-07-03", "1187-07-04"} <= {e.date for e in op.events}
