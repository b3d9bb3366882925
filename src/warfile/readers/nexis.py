"""Reader for a LexisNexis (Nexis Uni, LexisNexis Academic) text download: the news stories a
researcher pulled from the database, as the service writes them to a ``.txt`` file.

The file opens with the request ("Download Request:", "Time Of Request:", "Terms:", "Source:"),
then each story after an "N of M DOCUMENTS" line: the publication, the day ("March 10, 2016
Thursday 6:42 PM GMT"), the headline, header fields ("BYLINE:", "SECTION:", "LENGTH: 546 words",
"DATELINE:"), the story hard-wrapped at 78 columns, and trailing fields ("LOAD-DATE:", "LANGUAGE:",
"PUBLICATION-TYPE:"). One file gives one record: the longest story is read. Its headline and
paragraphs (each wrapped paragraph joined into one line) are read as plain text (a "FACT FILE:"
at its end is the box, as in any copied story), and the story's day is the document's published
day and dateline: "on Monday" and "on Wednesday" are days of that week.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.extract.dates import find_dates, to_iso
from warfile.model import Document
from warfile.readers import _text, plain

SHAPE = "nexis"

_LENGTH = re.compile(r"^LENGTH: \d[\d,]* words\s*$", re.MULTILINE)
_DOCUMENT = re.compile(r"^[ \t]*\d+ of \d+ DOCUMENTS?[ \t]*$", re.MULTILINE)
_SCORE = 0.96  # above every page reader: the story is read once the download's wrapping is taken off

# A header or trailing field line: "BYLINE: Leila Ben Salem", "LOAD-DATE: March 11, 2016".
_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z-]{2,30}): ?(?P<value>.*)$")
_TRAILING = frozenset({"LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "GRAPHIC", "JOURNAL-CODE", "CORRECTION-DATE",
                       "SUBJECT", "URL", "DOCUMENT-TYPE", "NOTES", "TYPE", "COPYRIGHT", "ORGANIZATION", "PERSON",
                       "GEOGRAPHIC", "INDUSTRY", "TICKER", "CITY", "STATE", "COUNTRY"})
_HEADER = frozenset({"BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "EDITION", "BODY", "ABSTRACT"})
_BLANK = re.compile(r"\n[ \t]*\n")


def score(text: str) -> float:
    head = text[:20000]
    if "LENGTH:" not in head or not _LENGTH.search(head):
        return 0.0
    return _SCORE if _DOCUMENT.search(head) or "LOAD-DATE:" in text or "Download Request:" in head else 0.0


def _stories(text: str) -> list[str]:
    starts = [m.end() for m in _DOCUMENT.finditer(text)]
    if not starts:
        return [text]
    ends = [m.start() for m in _DOCUMENT.finditer(text)][1:] + [len(text)]
    return [text[a:b] for a, b in zip(starts, ends)]


def _blocks(text: str) -> list[str]:
    """The story's blank-line separated blocks, each wrapped block joined into one line."""
    return [" ".join(ln.strip() for ln in block.splitlines() if ln.strip()) for block in _BLANK.split(text)
            if block.strip()]


def _story(text: str) -> tuple[str, str | None, str | None]:
    """A story as plain text (its headline, then its paragraphs), its day and its dateline's day."""
    blocks = _blocks(text)
    head: list[str] = []  # the publication, the day, the headline: the blocks before the first field
    fields: dict[str, str] = {}
    body: list[str] = []
    for block in blocks:
        field = _FIELD.match(block)
        key = field["key"] if field else None
        if key in _TRAILING and body:
            break
        if key in _HEADER and not body:
            fields[key] = field["value"]
            continue
        if not fields and not body:
            head.append(block)
        else:
            body.append(block)
    day = next((_day(b) for b in head if _day(b)), None)
    headline = next((b for b in reversed(head) if not _day(b)), "")
    dated = _day(fields.get("DATELINE", ""), int(day[:4]) if day else None)
    return "\n\n".join(([headline] if headline else []) + body) + "\n", day, dated or day


def _day(s: str, year: int | None = None) -> str | None:
    """The first full date in a line ("March 10, 2016 Thursday 6:42 PM GMT"; "BEN GUERDANE, Tunisia,
    March 10" with the story's year)."""
    for d in find_dates(s):
        if d.month and d.day and (d.year or year):
            return to_iso(d.year or year, d.month, d.day)
    return None


def _read(text: str) -> Document:
    text = text.replace("\r\n", "\n")  # the service writes DOS line ends
    story, day, dated = max((_story(s) for s in _stories(text)), key=lambda s: len(s[0]))
    doc = plain.read(story)
    meta = tuple(x for x in (("published", day), ("dateline", dated)) if x[1])
    return dataclasses.replace(doc, shape=SHAPE, meta=doc.meta + meta)


read = _text.never_raising(SHAPE, _read)
