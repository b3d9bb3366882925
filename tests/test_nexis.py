"""A LexisNexis text download: the request's header, one story between its fields, a fact file."""
from __future__ import annotations

from warfile.extract import extract_operation
from warfile.readers import READERS, detect, nexis, read_document

DOWNLOAD = """\r
Download Request: Selected Items: 1\r
Time Of Request: Friday, May 5, 1944  10:27:44\r
\r
Terms: (osk ford and (attack or offensive))\r
\r
Source: Major World Publications (English)\r
\r
                                1 of 1 DOCUMENT\r
\r
                           Tarsen Wire Service\r
\r
                      May 4, 1944 Thursday 6:42 PM GMT\r
\r
Osk Ford: how the river line held;\r
Three days of fighting leave 300 dead, officials say\r
\r
BYLINE: Ana Veris\r
\r
SECTION: WORLD NEWS\r
\r
LENGTH: 146 words\r
\r
DATELINE: OSK, Tarsenia, May 4\r
\r
Tarsenian forces have beaten off the Velmar attack on the ford, officials said\r
on Wednesday, after three days of fighting.\r
\r
The attack began before dawn on Tuesday, when Velmar guns shelled the bridge\r
and the ford's defences. On Wednesday Tarsenian troops recaptured the village\r
of Marr.\r
\r
FACT FILE: THE BATTLE OF OSK FORD\r
\r
Dates: May 2-4, 1944\r
\r
Place: Osk Ford, Tarsenia\r
\r
Outcome: attack repulsed\r
\r
LOAD-DATE: May 5, 1944\r
\r
LANGUAGE: ENGLISH\r
"""


def test_a_nexis_download_is_its_story_dated_by_its_day():
    assert detect(DOWNLOAD)[0] == "nexis"
    assert all(m.score(DOWNLOAD) < nexis.score(DOWNLOAD) for m in READERS.values() if m is not nexis)
    doc = read_document(DOWNLOAD, path="osk.txt")
    assert dict(doc.meta)["published"] == "1944-05-04"
    assert "BYLINE" not in doc.text and "LOAD-DATE" not in doc.text and "Download Request" not in doc.text
    assert "officials said on Wednesday, after three days" in doc.text  # wrapped lines joined
    op = extract_operation(doc)
    assert op.name == "Battle of Osk Ford" and op.start_date == "1944-05-02" and op.result == "attack repulsed"
    events = {(e.date, e.type) for e in op.events}
    assert ("1944-05-02", "shelling") in events and ("1944-05-03", "recapture") in events  # "on Tuesday", "On Wednesday"


def test_plain_text_and_a_mail_are_no_nexis_download():
    assert nexis.score("LENGTH: 3 words\n\nThe battle was fought on 2 May 1944.") == 0.0
    assert nexis.score("From: a@b\nTo: c@d\nSubject: Osk\nDate: Thu, 4 May 1944\n\nThe battle.") == 0.0
