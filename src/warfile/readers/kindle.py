"""Reader for a Kindle's ``My Clippings.txt``: the highlights a reader made in e-books.

Each clipping is the book's title line ("The Bowl: Eleven Hours at Combat Outpost Keating
(Haskett, Daniel R.)"), a line saying what it is and where ("- Your Highlight on page 112 |
Location 1702-1706 | Added on …"), a blank line, the highlighted text, and a line of ten "=". The
file holds every book's clippings; the book with the most highlighted words is the one read (the
others are counted in a warning). Its highlights, in the book's order (by location), are the
document's paragraphs; the reader's own notes and bookmarks are left out. A highlight holding a
book's fact panel run into one line ("AT A GLANCE: THE BATTLE OF X Date: … Place: … Outcome: …")
is broken into one row a label, as the panel prints them. The text is then read as a page
copied as plain text, the book's title its first line.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, plain
from warfile.readers.labels import field_for_label

SHAPE = "kindle-clippings"

_SEPARATOR = re.compile(r"^={10}\s*$", re.MULTILINE)
_META = re.compile(r"^-\s*Your (?P<kind>Highlight|Note|Bookmark|Clip)\b.*?(?:Location|Loc\.|location)\s+(?P<loc>\d+)",
                   re.IGNORECASE)
_META_ANY = re.compile(r"^-\s*Your (?:Highlight|Note|Bookmark|Clip)\b", re.IGNORECASE | re.MULTILINE)
_MIN_CLIPPINGS = 2
_SCORE = 0.97
# A label inside a run-together fact panel: "… 2009 Place: Combat Outpost …".
_PANEL_LABEL = re.compile(r"(?<=\S) (?=(?P<label>[A-Z][A-Za-z]+(?: [a-z]+){0,2}):\s)")
_PANEL_ROWS = 3  # labels a highlight needs to be a fact panel


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if len(_SEPARATOR.findall(head)) >= _MIN_CLIPPINGS and len(_META_ANY.findall(head)) >= _MIN_CLIPPINGS:
        return _SCORE
    return 0.0


def _clippings(text: str) -> list[tuple[str, str, int, str]]:
    """(book, kind, location, text) of every clipping."""
    out = []
    for chunk in _SEPARATOR.split(text.replace("\r\n", "\n")):
        lines = chunk.strip("\n\ufeff ").split("\n")
        if len(lines) < 2 or not (meta := _META.match(lines[1].strip())):
            continue
        body = "\n".join(lines[2:]).strip()
        out.append((lines[0].strip("\ufeff "), meta["kind"].lower(), int(meta["loc"]), body))
    return out


def _panel(text: str) -> str:
    """A fact panel run into one line, one row a label; other text as it is."""
    cuts = [m for m in _PANEL_LABEL.finditer(text) if field_for_label(m["label"])]
    if len(cuts) < _PANEL_ROWS:
        return text
    out, at = [], 0
    for m in cuts:
        out.append(text[at:m.start()].strip())
        at = m.end()
    out.append(text[at:].strip())
    return "\n".join(out)


def page_text(text: str) -> tuple[str, list[str]]:
    """The most highlighted book's clippings as one page's text, and warnings."""
    clippings = _clippings(text)
    words: dict[str, int] = {}
    for book, kind, _, body in clippings:
        if kind in ("highlight", "clip"):
            words[book] = words.get(book, 0) + len(body.split())
    if not words:
        return "", ["no highlights found"]
    book = max(words, key=words.get)
    warnings = [f"{len(words) - 1} other book(s) left out: the most highlighted one is read"] if len(words) > 1 else []
    highlights = sorted(((loc, body) for b, kind, loc, body in clippings if b == book and kind in ("highlight", "clip") and body),
                        key=lambda x: x[0])
    title = re.sub(r"\s*\([^()]*\)\s*$", "", book)  # the author in parentheses goes
    return title + "\n\n" + "\n\n".join(_panel(body) for _, body in highlights) + "\n", warnings


def _read(text: str) -> Document:
    page, warnings = page_text(text)
    if not page:
        return Document(text=text, shape=SHAPE, warnings=tuple(warnings))
    doc = plain.read(page)
    return dataclasses.replace(doc, shape=SHAPE, warnings=tuple(warnings) + doc.warnings)


read = _text.never_raising(SHAPE, _read)
