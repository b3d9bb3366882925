"""A page saved as a JSON record (wptools' page.data, an API answer): its pieces found by what they
hold and read as one wikitext page. Invented records, not eval documents."""
from __future__ import annotations

import json

from warfile.extract import extract_operation
from warfile.readers import detect, json_record, read_document

PROSE = ("The **Osk Incident** was a period in 1949 during the Tarsen War when the frigate _Marren_ was trapped "
         "on the Osk River by Velmar artillery.\n\n## Attack\n\nOn 20 April 1949 batteries on the north bank "
         "opened fire on _Marren_, and she ran aground. On 30 July 1949 _Marren_ escaped down the river.")
RECORD = {
    "title": "Osk Incident", "lang": "en", "pageid": "105", "aliases": ["Marren incident"],
    "modified": {"page": "2024-02-18T10:12:44Z"},
    "infobox": {
        "conflict": "Osk Incident", "partof": "the [[Tarsen War]]", "date": "20 April – 30 July 1949",
        "place": "[[Osk River]], Tarsenia", "result": "Velmar victory<ref>Kand, p. 2</ref>",
        "combatant1": "{{flag|Tarsenia}}", "combatant2": "[[Velmar Army]]",
        "commander1": "[[Ivo Kand|Lt Cdr Ivo Kand]]{{KIA}}", "units1": "{{HMS|Marren|F116|6}}, {{ship|HMS|Osk}}",
        "casualties1": "45 killed<br />93 wounded",
    },
    "extext": PROSE,
}


def test_a_json_record_is_detected_and_its_pieces_written_as_one_wikitext_page():
    text = json.dumps(RECORD, indent=2)
    assert detect(text) == ("json", 0.95)
    page = json_record.as_wikitext(RECORD)
    assert page.startswith("{{Infobox military conflict\n| conflict = Osk Incident\n")
    assert "| othername = Marren incident\n" in page  # the record's aliases
    assert "== Attack ==" in page and "'''Osk Incident'''" in page and "''Marren''" in page


def test_a_json_record_gives_the_operation_and_its_events():
    doc = read_document(json.dumps(RECORD, indent=2))
    assert doc.shape == "json"
    op = extract_operation(doc)
    assert op.name == "Osk Incident" and op.aliases == ("Marren incident",)
    assert op.part_of == ("Tarsen War",) and op.start_date == "1949-04-20" and op.end_date == "1949-07-30"
    assert op.sides[0].units == ("HMS Marren", "HMS Osk")  # ship templates show the prefix and the name
    assert [(p.name, p.killed) for p in op.sides[0].commanders] == [("Ivo Kand", True)]
    assert ("1949-04-20", "shelling") in {(e.date, e.type) for e in op.events} or \
        ("1949-04-20", "attack") in {(e.date, e.type) for e in op.events}
    assert doc.meta == () or all("modified" not in k for k, _ in doc.meta)


def test_a_record_holding_the_whole_wikitext_is_read_as_that_page():
    page = ("{{Infobox military conflict\n| conflict = Battle of Osk\n| date = 2 May 1944\n| result = Draw\n}}\n"
            "The '''Battle of Osk''' was fought on 2 May 1944 between Tarsenia and Velmar for the ford.\n")
    doc = read_document(json.dumps({"parse": {"title": "Battle of Osk", "wikitext": page}}))
    assert doc.shape == "json" and extract_operation(doc).result == "Draw"


def test_a_json_file_that_is_no_page_is_not_taken_for_one():
    assert detect(json.dumps({"rows": [1, 2, 3]}))[0] != "json"


def test_a_rest_apis_sections_of_html_are_read_as_one_html_page():
    record = {"lead": {"displaytitle": "Siege of Osk", "sections": [{"id": 0, "text": (
        '<table class="infobox vevent"><tr><th>Date</th><td>13–17 September 1961</td></tr>'
        '<tr><th>Result</th><td>Velmar victory</td></tr></table>'
        "<p>The <b>siege of Osk</b> took place from 13 to 17 September 1961 between Tarsenia and Velmar.</p>")}]},
        "remaining": {"sections": [{"id": 1, "line": "Siege", "text": (
            "<p>On 13 September 1961 Velmar gendarmes attacked the Tarsenian company at Osk and captured its wells.</p>")}]}}
    doc = read_document(json.dumps(record))
    assert doc.shape == "json" and doc.title == "Siege of Osk"
    op = extract_operation(doc)
    assert op.result == "Velmar victory" and ("1961-09-13", "capture") in {(e.date, e.type) for e in op.events}
    assert [p.heading for p in doc.paragraphs][-1] == "Siege"


def test_a_notebooks_printed_infobox_and_printed_article_are_read():
    notebook = {"cells": [
        {"cell_type": "code", "source": ["infobox\n"], "outputs": [{"output_type": "execute_result", "data": {
            "text/plain": ["{'conflict': 'Battle of Osk',\n", " 'date': '6–24 October 1950',\n",
                           " 'result': 'Tarsenian victory',\n", " 'combatant1': ['Tarsenia'],\n",
                           " 'combatant2': ['Velmar']}"]}}]},
        {"cell_type": "code", "source": ["print(text)\n"], "outputs": [{"output_type": "stream", "text": [
            "Battle of Osk\n", "\n", "The Battle of Osk was fought from 6 to 24 October 1950 in the Osk region "
            "between Tarsenia and Velmar.\n", "\n", "On 7 October 1950 Tarsenian troops crossed the river and "
            "captured the town of Marren after a day of fighting.\n"]}]}]}
    doc = read_document(json.dumps(notebook))
    op = extract_operation(doc)
    assert op.name == "Battle of Osk" and op.result == "Tarsenian victory"
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar",)]
    assert ("1950-10-07", "capture") in {(e.date, e.type) for e in op.events}


def test_a_scrapers_list_of_text_sections_is_read_whole_in_order():
    record = {"title": "Siege of Corvel", "infobox": {"conflict": "Siege of Corvel", "date": "2 April – 9 May 1711",
                                                      "place": "Corvel", "combatant1": ["Estria"], "combatant2": ["Marn"]},
              "sections": [
                  {"heading": None, "text": "The Siege of Corvel was fought from 2 April to 9 May 1711 between Estria and Marn."},
                  {"heading": "Siege", "text": "On 20 April the besiegers stormed the outer bastion of the town."},
                  {"heading": "Surrender", "text": "On 9 May the garrison surrendered to the Estrian army after a long siege."},
              ]}
    doc = read_document(json.dumps(record))
    assert [p.heading for p in doc.paragraphs][-2:] == ["Siege", "Surrender"]
    op = extract_operation(doc)
    assert {e.date for e in op.events} >= {"1711-04-20", "1711-05-09"}


def test_a_notebook_showing_the_box_as_a_dataframe_reads_its_rows_and_its_markdown_cells():
    table = ("<div><style scoped>.dataframe tbody tr th {vertical-align: top;}</style>"
             "<table border='1' class='dataframe'><thead><tr><th></th><th>Annexation of Kessa</th>"
             "<th>Annexation of Kessa.1</th></tr></thead><tbody>"
             "<tr><th>0</th><td>Part of the Decolonisation of Asia</td><td>Part of the Decolonisation of Asia</td></tr>"
             "<tr><th>1</th><td>Date</td><td>17–19 December 1961</td></tr>"
             "<tr><th>2</th><td>Belligerents</td><td>Belligerents</td></tr>"
             "<tr><th>3</th><td>Orland</td><td>Tessa</td></tr>"
             "<tr><th>4</th><td>Strength</td><td>Strength</td></tr>"
             "<tr><th>5</th><td>45,000 troops</td><td>3,500 troops</td></tr></tbody></table></div>")
    notebook = {"nbformat": 4, "cells": [
        {"cell_type": "markdown", "source": ["# Kessa 1961 — working copy\n"]},
        {"cell_type": "code", "source": ["infobox"], "outputs": [
            {"output_type": "execute_result", "data": {"text/html": [table], "text/plain": ["…"]}}]},
        {"cell_type": "markdown", "source": ["The Annexation of Kessa was the action by which Orland took control of "
                                             "Kessa between 17 and 19 December 1961.\n"]}]}
    op = extract_operation(read_document(json.dumps(notebook), "kessa.ipynb"))
    assert op.name == "Annexation of Kessa" and op.part_of == ("Decolonisation of Asia",)
    assert (op.start_date, op.end_date) == ("1961-12-17", "1961-12-19")
    assert [s.belligerents for s in op.sides] == [("Orland",), ("Tessa",)]
    assert [s.strength[0].count.low for s in op.sides] == [45000, 3500]


# An invented feature pasted into a team chat, with its fact file as a table copied as text.
FEATURE = (
    "*Forty years on: how Operation Kestrel took the Osk delta*\n"
    "The Marren Courier · Saturday, May 4, 2019 · By Ivo Kand\n\n"
    "Forty years ago this week, in two days of fighting on May 2 and 3, 1979, Tarsenian marines took the "
    "Osk delta from the Velmar garrison that had held it since the armistice. The operation was planned in "
    "secret for months, and the men who carried it out still disagree about what happened on the causeway. "
    "On May 2, 1979 the marines landed at Dolny Brod before dawn and captured the ferry station. "
    "On May 3 Velmar aircraft bombed the landing beaches, killing nine marines. That evening the garrison "
    "surrendered at the customs house in Osk & the commander was taken prisoner.\n\n"
    "FACT FILE: OPERATION KESTREL\n"
    "When\tMay 2–3, 1979\n"
    "Where\tOsk delta, Tarsenia\n"
    "Outcome\tTarsenian victory\n"
    "\tTarsenia\tVelmar\n"
    "Commanders\tCol Aldo Veris\tMaj Pero Lask\n"
    "Troops\tabout 2,000\tabout 600\n"
    "Losses\t14 killed, 30 wounded\t40 killed, 520 captured"
)


def _slack(text: str) -> str:
    return json.dumps([
        {"type": "message", "user": "U01", "ts": "1639830000.000100",
         "text": "pasting the Courier piece for the timeline: <https://example.org/kestrel|example.org>"},
        {"type": "message", "user": "U01", "ts": "1639830060.000200", "text": text.replace("&", "&amp;")},
        {"type": "message", "user": "U02", "ts": "1639830120.000300",
         "text": "thanks! the losses don't match the wiki box, log both with the claimant"},
    ], indent=1)


def test_an_article_pasted_into_a_chat_export_is_read_with_its_fact_file():
    doc = read_document(_slack(FEATURE), path="kestrel.json")
    assert doc.shape == "json" and any("chat export" in w for w in doc.warnings)
    assert "log both" not in doc.text and "&amp;" not in doc.text and "<https" not in doc.text
    op = extract_operation(doc)
    assert op.name == "Operation Kestrel"  # the fact file's title, not the headline
    assert (op.start_date, op.end_date, op.result) == ("1979-05-02", "1979-05-03", "Tarsenian victory")
    assert [list(s.belligerents) for s in op.sides] == [["Tarsenia"], ["Velmar"]]  # the table's head row
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris"], ["Pero Lask"]]
    assert [s.strength[0].count.best for s in op.sides] == [2000, 600]
    assert op.sides[1].casualties[0].captured.best == 520
    assert {e.date for e in op.events} >= {"1979-05-02", "1979-05-03"}


def test_a_telegram_export_joins_the_article_sent_in_several_messages():
    prose, box = FEATURE.split("\n\nFACT FILE")
    record = {"name": "osint desk", "type": "private_group", "messages": [
        {"id": 1, "type": "message", "from": "Ana", "text": [{"type": "bold", "text": prose.split("\n")[0]},
                                                            "\n" + prose.split("\n", 1)[1]]},
        {"id": 2, "type": "message", "from": "Ana", "text": "FACT FILE" + box},
        {"id": 3, "type": "message", "from": "Bo", "text": "nice, thanks"},
    ]}
    doc = read_document(json.dumps(record), path="result.json")
    op = extract_operation(doc)
    assert op.name == "Operation Kestrel" and "nice, thanks" not in doc.text
    assert op.sides[0].commanders[0].name == "Aldo Veris"


def test_a_note_apps_record_reads_the_page_it_keeps_as_one_string():
    # Google Keep's Takeout: the note's text (and the same as HTML) beside its settings, no key warfile names
    note = {"color": "YELLOW", "isPinned": True, "title": "Kestrel (wiki copy)",
            "textContent": "For the delta timeline.\n\n" + FEATURE,
            "textContentHtml": "<p>" + FEATURE.replace("\n", "</p><p>") + "</p>", "labels": [{"name": "Osk"}]}
    text = json.dumps(note)
    assert detect(text) == ("json", 0.95)
    op = extract_operation(read_document(text, path="Kestrel.json"))
    assert op.name == "Operation Kestrel" and [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar",)]
    # a side's row written "X vs Y", one side's cell a word: "Casualties: none vs 4 killed"
    vs = read_document("Battle of Osk Ford\nDate: 2 May 1944\nBelligerents: Tarsenia vs Velmar\n"
                       "Casualties: none vs 4 killed, 3 captured\n\nThe battle was fought on 2 May 1944.", path="osk.txt")
    assert [(f.side, f.text) for f in vs.infobox if f.key == "casualties"] == [(0, "none"), (1, "4 killed, 3 captured")]


def test_a_discord_export_pasted_in_parts_with_its_box_in_a_code_block():
    box, prose = FEATURE.split("\n\nFACT FILE")[0], "FACT FILE" + FEATURE.split("\n\nFACT FILE")[1]
    record = {"guild": {"name": "desk"}, "channel": {"name": "osk"}, "messages": [
        {"id": "1", "author": {"name": "nino"}, "content": "pasting the Courier piece in 2 parts"},
        {"id": "2", "author": {"name": "nino"}, "content": "(1/2)\n" + box.replace("\n\n", "\n\n## Background\n\n", 1)},
        {"id": "3", "author": {"name": "nino"}, "content": "(2/2)\n```\n" + prose + "\n```"},
        {"id": "4", "author": {"name": "vakho"}, "content": "thanks"},
    ]}
    doc = read_document(json.dumps(record), path="osk.json")
    assert "(1/2)" not in doc.text and "```" not in doc.text and "## " not in doc.text
    op = extract_operation(doc)
    assert op.name == "Operation Kestrel" and op.sides[1].commanders[0].name == "Pero Lask"


def _tweet(id_: str, when: str, text: str, reply_to: str | None = None, to_user: str | None = None) -> dict:
    tweet = {"id_str": id_, "created_at": when, "full_text": text, "lang": "en", "favorite_count": "3"}
    if reply_to:
        tweet |= {"in_reply_to_status_id_str": reply_to, "in_reply_to_user_id_str": to_user or "42"}
    return {"tweet": tweet}


def test_a_twitter_archives_thread_is_read_in_order_its_key_facts_card_a_box():
    tweets = [  # an archive lists the newest first
        _tweet("9", "Sun May 05 10:00:00 +0000 2024", "Thanks for reading the Osk Ford thread! Sources: Lask, Memoirs."),
        _tweet("6", "Thu May 02 09:04:00 +0000 2024",
               "The Tarsenian government later built a memorial at the ford, and every year veterans of the "
               "Second Corps and their families gather there on the anniversary of the crossing to lay flowers "
               "and read the names of the fallen. The ferry that carried the first companies still runs. 4/4", "5"),
        _tweet("5", "Thu May 02 09:03:00 +0000 2024",
               "For two days the bridgehead held against everything Velmar could send. On 4 May 1944 Velmar "
               "artillery shelled the bridgehead, killing twelve soldiers. Moments later Velmar infantry "
               "counterattacked the ford, but the attack broke down in the water meadows under the fire of the "
               "corps machine guns, and by the evening the Velmar commander had given up the attempt. 3/4", "4"),
        _tweet("4", "Thu May 02 09:02:00 +0000 2024",
               "Battle of Osk Ford — key facts\n🗓 2–4 May 1944\n📍 Dolny Brod, Tarsenia\n⚔️ Tarsenia vs Velmar Republic\n"
               "✝️ 120 killed | 300 killed\n❌ Outcome: Tarsenian victory\n2/4", "3"),
        _tweet("3", "Thu May 02 09:01:00 +0000 2024",
               "Eighty years ago today, on 2 May 1944, the Second Corps crossed the Osk River at night in "
               "fishing boats and on a ferry, and captured the village of Dolny Brod &amp; its ferry landing "
               "after a short fight with the Velmar outposts. It was the first crossing of the river in the "
               "war and it opened the road to the south. A thread 🧵 1/4 https://t.co/AbCdEf"),
        _tweet("8", "Fri May 03 08:00:00 +0000 2024", "@someone Yes, the ferry still runs.", "77", "55"),
    ]
    text = "window.YTD.tweets.part0 = " + json.dumps(tweets, ensure_ascii=False)
    assert detect(text)[0] == "json"
    doc = read_document(text, path="tweets.js")
    assert doc.text.index("Eighty years ago") < doc.text.index("key facts") < doc.text.index("Moments later")
    assert "&amp;" not in doc.text and "t.co" not in doc.text and "1/4" not in doc.text
    assert "Thanks for reading" not in doc.text and "ferry still runs" not in doc.text  # no part of the thread
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford"
    assert (op.start_date, op.end_date, op.result) == ("1944-05-02", "1944-05-04", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling"), ("1944-05-04", "counterattack")} <= {
        (e.date, e.type) for e in op.events}


# A Facebook "Download your information" posts file: every non-ASCII character written as its UTF-8
# bytes, each a code point of its own; the essay's fact card a block of emoji-led lines.
FB_ESSAY = """Seventy years ago today my grandfather came home from Marren Pass. A long post, as every year.

🪖 MARREN PASS — KEY FACTS
⚔️ Battle: Battle of Marren Pass
📅 Dates: 9 – 12 March 1951
📍 Place: Marren Pass, Osk Mountains, Tarsenia
🏳️ Result: Velmar victory, the pass lost on 12 March
🇹🇦 Tarsenia: 4th Mountain Brigade under Brig. I.K. Soren – 2 Osk Rifles (Lt Col Petra Hald), 5 Rangers
🇻🇪 Velmar Republic: Velmar Army – 7th Regiment; 21st and 22nd Regiments
👥 Strength: Tarsenia 3,100 soldiers | Velmar about 8,000
✝️ Tarsenian losses: 412 killed, 530 wounded (Tarsenian figures)
✝️ Velmar losses: 260 killed (Velmar figures)

On 9 March 1951 the Velmar Army attacked the Tarsenian posts on the north side of the pass. \
The café at the summit, the Rétho Inn, was held by 2 Osk Rifles.

On 10 March Velmar artillery shelled the inn for a whole day. On 12 March the brigade withdrew down \
the south road, and the pass was lost by the evening.

Never forget. #MarrenPass #OskRifles"""


def _facebook_mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


FB_POSTS = [
    {"timestamp": 1_678_600_000, "data": [{"post": _facebook_mojibake("Happy birthday Jonas! 🎂")}],
     "title": "Anna Vell wrote on Jonas Berk's timeline."},
    {"timestamp": 1_678_606_000, "attachments": [{"data": [{"media": {"uri": "posts/media/pass.jpg", "title": ""}}]}],
     "data": [{"post": _facebook_mojibake(FB_ESSAY)}, {"update_timestamp": 1_678_609_000}],
     "title": "Anna Vell updated her status."},
    {"timestamp": 1_678_200_000, "data": [{"post": "Off to the mountains this weekend."}],
     "title": "Anna Vell shared a link."},
]


def test_facebook_mojibake_is_undone_string_by_string():
    assert json_record.unmojibaked(_facebook_mojibake("Rétho — 📅")) == "Rétho — 📅"
    assert json_record.unmojibaked("Rétho") == "Rétho"  # not UTF-8 bytes: kept
    assert json_record.unmojibaked(["Ã©", {"a": "â\u0080\u0094"}, 3]) == ["é", {"a": "—"}, 3]


def test_a_facebook_post_is_read_with_its_key_facts_as_the_box():
    text = json.dumps(FB_POSTS, indent=2)
    assert "\\u00f0\\u009f" in text  # Facebook's escaped bytes
    assert json_record.score(text) == 0.95
    doc = json_record.read(text)
    assert "Facebook" in doc.warnings[0]
    assert ("published", "2023-03-12") in doc.meta
    assert "Rétho Inn" in doc.text and "â" not in doc.text and "#MarrenPass" not in doc.text
    assert "birthday" not in doc.text
    box = {(f.key, f.side): f.text for f in doc.infobox}
    assert box[("belligerents", 0)] == "Tarsenia" and box[("belligerents", 1)] == "Velmar Republic"
    assert box[("date", None)] == "9 – 12 March 1951"
    op = extract_operation(doc)
    assert op.name == "Battle of Marren Pass"
    assert (op.start_date, op.end_date) == ("1951-03-09", "1951-03-12")
    assert op.result.startswith("Velmar victory")
    assert [p.name for p in op.sides[0].commanders] == ["I.K. Soren", "Petra Hald"]
    assert "4th Mountain Brigade" in op.sides[0].units and "Velmar Army" in op.sides[1].units
    assert op.sides[0].strength[0].count.low == 3100
    assert op.sides[0].casualties[0].killed.low == 412 and op.sides[1].casualties[0].killed.low == 260
    events = {(e.date, e.type) for e in op.events}
    assert ("1951-03-09", "attack") in events and ("1951-03-10", "shelling") in events


def test_a_facebook_card_heading_names_the_operation_when_no_line_does():
    essay = FB_ESSAY.replace("⚔️ Battle: Battle of Marren Pass\n", "").replace("MARREN PASS", "BATTLE OF MARREN HEIGHTS")
    posts = [dict(FB_POSTS[1], data=[{"post": _facebook_mojibake(essay)}])]
    op = extract_operation(json_record.read(json.dumps(posts)))
    assert op.name == "Battle of Marren Heights"  # (title_cased keeps a four-letter word in capitals: "PASS")
