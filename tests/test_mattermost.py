"""A Mattermost bulk export (mmctl's JSONL) in which a researcher pasted an article over several posts
amid the channel's chat: the article's posts are read as one Markdown page. An invented export,
not an eval document."""
from __future__ import annotations

import json

from warfile.extract import extract_operation
from warfile.readers import mattermost

T0 = 1_700_000_000_000  # 14 November 2023, 22:13 UTC


def _go_json(obj: dict) -> str:
    """One line as Mattermost's Go encoder writes it: "<", ">" and "&" escaped."""
    return json.dumps(obj).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _post(user: str, message: str, minutes: int, channel: str = "war-files", **extra) -> dict:
    return {"type": "post", "post": {"team": "history-desk", "channel": channel, "user": user, "message": message,
                                     "props": {}, "create_at": T0 + minutes * 60_000, **extra}}


PART_1 = """(1/3)
# Battle of Osk Ford
_From the desk wiki_

| Battle of Osk Ford | |
|---|---|
| Part of the [Tarsen War](https://wiki.example.org/Tarsen_War) | |
| **Date** | 2–4 May 1944 |
| **Location** | Osk Ford, Tarsenia |
| **Result** | Velmar victory<br>Tarsenian withdrawal across the Osk |

| | Tarsenia | Velmar Republic |
|---|---|---|
| **Belligerents** | Tarsenia | Velmar Republic |
| **Commanders and leaders** | Gen. Ivo Kand | Col. Mara Vell |
| **Units involved** | 3rd Tarsen Rifle Division | 12th Velmar Brigade |
| **Strength** | 6,000 soldiers | 4,500 soldiers |
| **Casualties and losses** | 850 killed<br>1,200 captured | 310 killed & 640 wounded |

The **Battle of Osk Ford** was fought between Tarsenia and the Velmar Republic from 2 to 4 May 1944 for the \
only bridge over the Osk River south of Kandor.[1]"""

PART_2 = """(2/3)
### Battle

On 2 May 1944 the 12th Velmar Brigade attacked the Tarsenian bridgehead at Osk Ford at dawn.[2] \
The defenders held the village through the day and lost the old mill in the evening.

On 3 May Velmar artillery shelled the ford for six hours, and Tarsenian engineers blew the eastern span \
of the bridge.[3]"""

PART_3 = """(3/3)
### Aftermath

On 4 May 1944 the Tarsenian 3rd Rifle Division withdrew across the Osk under cover of darkness, and the \
Velmar Republic captured the ford.[4]

### References
1. Hale, *The Osk Campaign*, p. 12.
2. Hale, p. 40.
3. Hale, p. 44.
4. Hale, p. 51."""

EXPORT = "\n".join(_go_json(x) for x in [
    {"type": "version", "version": 1, "info": {"generator": "mattermost-server", "version": "9.5.2"}},
    {"type": "team", "team": {"name": "history-desk", "display_name": "History Desk", "type": "O"}},
    {"type": "channel", "channel": {"team": "history-desk", "name": "war-files", "display_name": "War files",
                                    "type": "O", "header": "Files due Friday :calendar:"}},
    {"type": "channel", "channel": {"team": "history-desk", "name": "random", "display_name": "Random", "type": "O"}},
    {"type": "user", "user": {"username": "lena.orsk", "email": "lena@desk.example.org", "first_name": "Lena"}},
    {"type": "user", "user": {"username": "p.dunmore", "email": "pd@desk.example.org", "first_name": "Piet"}},
    _post("p.dunmore", "Lunch at one? :pizza:", 0, channel="random"),
    _post("p.dunmore", "Morning. @lena.orsk can you paste the Osk Ford article here? The link is down.", 1),
    _post("lena.orsk", "Sure, pasting it now in three posts, the box as a table.", 5),
    _post("lena.orsk", PART_1, 6, is_pinned=True),
    _post("lena.orsk", PART_2, 7),
    _post("lena.orsk", PART_3, 8, replies=[
        {"user": "p.dunmore", "message": "Thanks! Are the 850 killed & the 1,200 captured from the same source?",
         "create_at": T0 + 20 * 60_000},
        {"user": "lena.orsk", "message": "Yes, both Hale.", "create_at": T0 + 21 * 60_000}]),
    _post("p.dunmore", "Map of the ford is on the drive (osk_ford.kml).", 30),
    {"type": "direct_post", "direct_post": {"channel_members": ["lena.orsk", "p.dunmore"], "user": "lena.orsk",
                                            "message": "see you at 3", "create_at": T0 + 40 * 60_000}},
]) + "\n"


def test_score_recognises_a_mattermost_export_and_nothing_else():
    assert mattermost.score(EXPORT) == 0.94
    assert mattermost.score("The Battle of Osk Ford was fought in May 1944.\n") == 0.0
    assert mattermost.score("<html><body><p>Battle of Osk Ford</p></body></html>") == 0.0
    assert mattermost.score("{{Infobox military conflict\n| conflict = Battle of Osk Ford\n}}\n") == 0.0
    assert mattermost.score(json.dumps({"type": "post", "title": "Osk Ford", "text": "…"})) == 0.0
    assert mattermost.score('{"type": "post", "post": {"message": "hi"}}\n{"type": "post"}\n') == 0.0


def test_the_article_is_the_run_of_pasted_posts_without_the_chat_around_it():
    doc = mattermost.read(EXPORT)
    assert doc.shape == "mattermost"
    assert "3 post(s)" in doc.warnings[0]
    assert "Osk Ford" in doc.text and "bridgehead" in doc.text
    assert "paste" not in doc.text and "Lunch" not in doc.text and "drive" not in doc.text
    assert "same source" not in doc.text and "(1/3)" not in doc.text
    assert ("published", "2023-11-14") in doc.meta  # the first pasted post's create_at


def test_the_pasted_article_is_read_as_a_record():
    op = extract_operation(mattermost.read(EXPORT))
    assert op.name == "Battle of Osk Ford"
    assert (op.start_date, op.end_date) == ("1944-05-02", "1944-05-04")
    assert op.result.startswith("Velmar victory")
    assert op.part_of == ("Tarsen War",)
    assert [s.belligerents for s in op.sides] == [("Tarsenia",), ("Velmar Republic",)]
    assert [p.name for p in op.sides[0].commanders] == ["Ivo Kand"]
    assert [p.name for p in op.sides[1].commanders] == ["Mara Vell"]
    assert op.sides[0].casualties[0].killed.low == 850
    assert op.sides[1].casualties[0].killed.low == 310  # "&", escaped by Go's encoder, read back
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "attack") in events
    assert ("1944-05-03", "shelling") in events


def test_odd_input_gives_a_sparse_document():
    assert mattermost.read("").shape == "mattermost"
    only_chat = "\n".join(_go_json(x) for x in [{"type": "version", "version": 1}, _post("a", "hello", 0),
                                                 _post("b", "hi", 1)])
    doc = mattermost.read(only_chat)
    assert doc.warnings and "no post long enough" in doc.warnings[0]
    assert mattermost.read('{"type": "version"}\n{not json\n').shape == "mattermost"
