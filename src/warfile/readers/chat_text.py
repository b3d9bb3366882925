"""Reader for a chat exported as text (WhatsApp's "Export chat" ``.txt``, Android's
``14/08/2024, 09:12 - Name: text`` lines or iOS's ``[14/08/2024, 09:12:05] Name: text``), where
an analyst pasted an article into the group in several messages.

A message runs from its stamped line to the next stamped line; the app's own notices (who joined,
the encryption notice) have no author and are left out. The messages are then read as a chat
export's are (:func:`json_record.chat_paste`): the long ones, and those holding box rows, are the
pasted article, joined in order with the chat's markup undone; the replies are not. The article
is read in whatever shape it was pasted in.
"""
from __future__ import annotations

import re

from warfile.model import Document
from warfile.readers import _text, json_record

SHAPE = "chat-text"

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f]?[APap]\.?[Mm]\.?)?"
# "14/08/2024, 09:12 - Tom Harker: text" (Android) or "[14/08/2024, 09:12:05] Tom Harker: text" (iOS)
_STAMP = re.compile(rf"^\u200e?(?:\[(?P<d1>{_DATE}),?\s(?P<t1>{_TIME})\]\s|(?P<d2>{_DATE}),?\s(?P<t2>{_TIME})\s[-–]\s)"
                    r"(?:(?P<author>[^:\n]{1,60}?):\s)?(?P<text>.*)$")
_MIN_STAMPS = 5
_SCORE = 0.94


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    stamps = sum(1 for line in head.splitlines() if _STAMP.match(line))
    return _SCORE if stamps >= _MIN_STAMPS else 0.0


def messages(text: str) -> list[dict]:
    """The authored messages, each its author and its whole text (continuation lines included)."""
    out: list[dict] = []
    current: dict | None = None
    for line in text.replace("\r\n", "\n").split("\n"):
        m = _STAMP.match(line)
        if m:
            current = {"author": m["author"], "text": m["text"]} if m["author"] else None
            if current is not None:
                out.append(current)
        elif current is not None:
            current["text"] += "\n" + line
    return out


def _read(text: str) -> Document:
    pasted, parts = json_record.chat_paste(messages(text))
    if not pasted:
        return Document(text=text, shape=SHAPE, warnings=("a chat export with no message long enough to be an article",))
    return json_record.read_pasted(pasted, f"a chat export: the article pasted in {parts} message(s)", SHAPE)


read = _text.never_raising(SHAPE, _read)
