"""Readers for pages kept where people talk and share: a forum post in BBCode, a MoinMoin wiki page,
a Gemini capsule's gemtext, a Reddit thread's JSON, a WhatsApp chat export. Each holds the same
invented battle; each must give its box and its dated events, and leave the chatter out."""
from __future__ import annotations

import json

import pytest

from warfile.extract import extract_operation
from warfile.readers import detect, read_document

LEAD = ("The Battle of Osk Ford was fought on 2 May 1944 between Tarsenia and the Velmar Republic at the ford of "
        "the Osk river. It ended the Velmar offensive of that spring and opened the road to the capital for the "
        "Tarsenian army, which had waited on the far bank since the winter.")
BATTLE = ("On 2 May 1944 the Second Corps captured the village of Dolny Brod after a night crossing. Two days later "
          "Velmar artillery shelled the bridgehead, killing twelve soldiers.")
FILLER = ("The ford had been fortified since the previous autumn, and both armies knew that whoever held it held "
          "the only road across the marshes. ") * 3

BBCODE = f"""[quote="osk_fan" post_id=1 time=1705161420]Anyone have a summary of Osk Ford? Dates and OOB please.[/quote]

Here you go, the Wikipedia article, box put into a table. [color=#808080](edited for typos)[/color]

[hr]

[size=150][b]Battle of Osk Ford[/b][/size]
[size=85][i]From Wikipedia, the free encyclopedia[/i][/size]

[table]
[tr][td][b]Battle of Osk Ford[/b][/td][/tr]
[tr][td]Part of the [url=https://example.org/Tarsen_War]Tarsen War[/url][/td][/tr]
[tr][td][b]Date[/b][/td][td]2 May 1944[/td][/tr]
[tr][td][b]Result[/b][/td][td]Tarsenian victory[/td][/tr]
[tr][td][b]Belligerents[/b][/td][/tr]
[tr][td][url=https://example.org/T]Tarsenia[/url][/td][td]Velmar Republic[/td][/tr]
[tr][td][b]Commanders and leaders[/b][/td][/tr]
[tr][td]Aldo Veris
Ilse Darn[/td][td]Pero Lask †[/td][/tr]
[/table]

{LEAD}[1]

[size=130][b]Battle[/b][/size]

{BATTLE}

{FILLER}

[b]References[/b]
[list=1]
[*]Kand, Osk Ford (1990), p. 2.
[/list]

[spoiler=My OOB notes]On 5 May 1944 I guess the 3rd Brigade arrived, not in the article.[/spoiler]
"""

MOIN = f"""## page was imported from en.wikipedia.org
#acl Editors:read,write All:read
#format wiki
#language en
= Battle of Osk Ford =
<<TableOfContents(2)>>

||<-2 style="text-align:center">'''Battle of Osk Ford''' ||
||<-2>Part of the [[https://example.org/Tarsen_War|Tarsen War]] ||
||'''Date''' ||2 May 1944 ||
||'''Result''' ||Tarsenian victory ||
||<-2 style="background:#b0c4de">'''Belligerents''' ||
||[[https://example.org/T|Tarsenia]] ||Velmar Republic ||
||<-2>'''Commanders and leaders''' ||
||Aldo Veris<<BR>>Ilse Darn ||Pero Lask † ||

{LEAD}<<FootNote(Kand, Osk Ford (1990), p. 2.)>>

== Battle ==

{BATTLE}

{FILLER}

== See also ==
 * TarsenWarReadingList
"""

GEMTEXT = f"""# Battle of Osk Ford

=> gemini://wiki.example/ Home
=> gemini://wiki.example/search Search
=> https://example.org/wiki/Osk_Ford Read on the web

Mirrored from Wikipedia. Tables are flattened into lists; the first side is listed before "vs.".

## Infobox

Battle of Osk Ford
Part of the Tarsen War

* Date: 2 May 1944
* Result: Tarsenian victory

### Belligerents
* Tarsenia
vs.
* Velmar Republic

### Commanders and leaders
* Aldo Veris
* Ilse Darn
vs.
* Pero Lask †

{LEAD}

=> gemini://wiki.example/Tarsenia Tarsenia

## Battle

{BATTLE}

{FILLER}
"""

REDDIT_POST = f"""Reading group post for this week, pasted from Wikipedia with the box kept as a table.

---

# Battle of Osk Ford

|Battle of Osk Ford|||
|:-|:-|:-|
|Part of the Tarsen War|||
|**Date**|2 May 1944||
|**Result**|Tarsenian victory||
|**Belligerents**|Tarsenia|Velmar Republic|
|**Commanders and leaders**|Aldo Veris; Ilse Darn|Pero Lask †|

{LEAD}\\[1\\]

## Battle

{BATTLE}\\[2\\]

{FILLER}
"""
REDDIT = json.dumps([
    {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {
        "subreddit": "MilitaryHistory", "title": "Reading group: Osk Ford", "selftext": REDDIT_POST,
        "author": "reader", "num_comments": 1}}]}},
    {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {
        "body": "On 9 May 1944 my grandfather crossed there, he always said the shelling was worse.",
        "author": "commenter"}}]}},
], indent=1)

WHATSAPP = f"""14/08/2024, 09:02 - Messages and calls are end-to-end encrypted. Tap to learn more.
14/08/2024, 09:02 - Mere created group "Osk desk"
14/08/2024, 09:03 - Mere added Tom
14/08/2024, 09:05 - Mere: Morning. Tom can you paste the wiki article on Osk Ford, box first?
14/08/2024, 09:09 - Tom: ok pasting it in bits
14/08/2024, 09:12 - Tom: *Battle of Osk Ford*
Part of the Tarsen War
Date\t2 May 1944
Result\tTarsenian victory
Belligerents
Tarsenia\tVelmar Republic
Commanders and leaders
Aldo Veris
Ilse Darn\tPero Lask †
14/08/2024, 09:13 - Tom: {LEAD}[1]
14/08/2024, 09:14 - Tom: *Battle*

{BATTLE}

{FILLER}
14/08/2024, 09:20 - Mere: thanks! on 3 May 1944 was there a second attack? we should check
"""

PAGES = {"bbcode": BBCODE, "moinmoin": MOIN, "gemtext": GEMTEXT, "json": REDDIT, "chat-text": WHATSAPP}


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_a_shared_page_is_detected_and_gives_its_box_and_events(shape):
    text = PAGES[shape]
    assert detect(text)[0] == shape
    op = extract_operation(read_document(text, path=f"osk.{shape}"))
    assert (op.name, op.start_date, op.result) == ("Battle of Osk Ford", "1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [[c.name for c in s.commanders] for s in op.sides] == [["Aldo Veris", "Ilse Darn"], ["Pero Lask"]]
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "capture") in events and ("1944-05-04", "shelling") in events


@pytest.mark.parametrize("shape", sorted(PAGES))
def test_chatter_around_the_article_gives_no_event(shape):
    op = extract_operation(read_document(PAGES[shape], path=f"osk.{shape}"))
    assert not {e.date for e in op.events} & {"1944-05-03", "1944-05-05", "1944-05-09"}


def test_a_forum_posts_box_keeps_its_lines_and_a_link_its_text():
    doc = read_document(BBCODE, path="osk.bbcode")
    assert doc.shape == "bbcode" and doc.title == "Battle of Osk Ford"
    assert "[url" not in doc.text and "[b]" not in doc.text and "Tarsen War" in doc.text


def test_a_moin_footnote_keeps_its_mark_and_drops_its_body():
    doc = read_document(MOIN, path="osk.moin")
    assert "Tarsenian army, which had waited on the far bank since the winter." in doc.text
    assert "[1]" in doc.text and "Kand, Osk Ford" not in doc.text and "<<" not in doc.text


def test_a_pipe_rule_of_short_aligned_cells_is_a_table_rule():
    op = extract_operation(read_document(REDDIT_POST, path="osk.md", shape="pipe-table"))
    assert op.result == "Tarsenian victory"


def test_markdowns_escaped_citation_marks_leave_the_paragraph_prose_and_the_summary_clean():
    op = extract_operation(read_document(REDDIT, path="osk.json"))
    assert ("1944-05-04", "shelling") in {(e.date, e.type) for e in op.events}
    assert not any("\\" in e.summary or "[2]" in e.summary for e in op.events)


def _note(n: int, content: str, reply_to: int | None) -> dict:
    base = "https://example.social/users/reporter/statuses/"
    return {"type": "Create", "object": {
        "id": f"{base}{n}", "type": "Note", "inReplyTo": f"{base}{reply_to}" if reply_to else None,
        "published": f"2024-05-02T07:{n:02d}:00Z", "content": content}}


# A Mastodon archive's outbox: a reporter's thread (a post and its replies, a key-facts card among them)
# beside a post of its own that is no part of it.
OUTBOX = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": [
    _note(1, "<p>On 3 May 1944 I will be in Osk for the anniversary, DMs open.</p>", None),
    _note(2, f"<p>🧵 {LEAD} A thread. (1/4)</p><p><a href='https://example.social/tags/osk'>#<span>Osk</span></a></p>", None),
    _note(3, "<p>📌 Key facts<br />Battle of Osk Ford<br />🗓 2 May 1944<br />Result: Tarsenian victory<br />"
             "⚔️ Tarsenia vs Velmar Republic<br />Commanders: Aldo Veris, Ilse Darn vs Pero Lask † (2/4)</p>", 2),
    _note(4, f"<p>{BATTLE} (3/4)</p>", 3),
    _note(5, f"<p>{FILLER} (4/4)</p>", 4),
]})


def test_a_mastodon_outbox_gives_its_thread_and_its_key_facts_card():
    doc = read_document(OUTBOX, path="outbox.json")
    assert doc.shape == "json" and "(2/4)" not in doc.text and "#Osk" not in doc.text
    op = extract_operation(doc)
    assert (op.start_date, op.result) == ("1944-05-02", "Tarsenian victory")
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    events = {(e.date, e.type) for e in op.events}
    assert {("1944-05-02", "capture"), ("1944-05-04", "shelling")} <= events and "1944-05-03" not in {d for d, _ in events}
