"""Reader for a BibTeX file (``.bib``: a Zotero, JabRef or Mendeley export) whose entry holds an
article: a researcher's library where a page was pasted into an entry's note.

Entries are ``@type{key, field = {value}, …}``, a value in braces (nested ones kept), in quotes
or bare (a number, a month's macro); ``@comment``, ``@string`` and ``@preamble`` are no entries.
The entry read is the one whose note (``annote``, ``note``, ``abstract``, ``annotation``) is
longest: that note is the pasted page, its LaTeX escapes (``{\\textendash}``, ``\\&``,
``{\\"o}``, the braces that keep a title's capitals) read as the characters they stand for
(``pylatexenc``; a bare "%" is a percent sign in a field, not a comment). The note is read in the
shape it is in, as text pasted into a chat or a note app is (:func:`json_record.read_pasted`); the
entry's other fields (the library's record of the page) are left.
"""
from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text

from warfile.model import Document
from warfile.readers import _text
from warfile.readers.json_record import read_pasted

SHAPE = "bibtex"

_SCORE = 0.94
_ENTRY = re.compile(r"^[ \t]*@(?P<type>[A-Za-z]+)[ \t]*[{(]", re.MULTILINE)
_FIELD = re.compile(r"[\s,]*(?P<name>[A-Za-z][\w:-]*)\s*=\s*")
_NOT_ENTRIES = frozenset({"comment", "string", "preamble"})
_NOTE_FIELDS = ("annote", "annotation", "note", "abstract")
_MIN_ENTRIES = 1
_FIELD_CUE = re.compile(r"^\s+(?:title|author|year|url|annote|abstract|publisher|journal)\s*=\s*[{\"\d]",
                        re.MULTILINE | re.IGNORECASE)
_PERCENT = re.compile(r"(?<!\\)%")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "@" not in head or "=" not in head:
        return 0.0
    entries = [m for m in _ENTRY.finditer(head) if m["type"].lower() not in _NOT_ENTRIES]
    return _SCORE if len(entries) >= _MIN_ENTRIES and _FIELD_CUE.search(head) else 0.0


def _value(text: str, i: int) -> tuple[str, int]:
    """The value starting at text[i] (braced, quoted or bare) and where it ends."""
    if i < len(text) and text[i] == "{":
        end = _text.closing_brace(text, i, "\\")
        return text[i + 1:end], min(end + 1, len(text))
    if i < len(text) and text[i] == '"':
        j = i + 1
        while j < len(text) and text[j] != '"':
            j += 2 if text[j] == "\\" else 1
        return text[i + 1:j], min(j + 1, len(text))
    m = re.compile(r"[^,}\s]*").match(text, i)
    return m.group(0), m.end()


def entries(text: str) -> list[dict[str, str]]:
    """Each entry's fields (lower-cased names -> raw values), ``type`` and ``key`` among them."""
    out = []
    for m in _ENTRY.finditer(text):
        if m["type"].lower() in _NOT_ENTRIES:
            continue
        comma = text.find(",", m.end())
        if comma < 0:
            continue
        fields = {"type": m["type"].lower(), "key": text[m.end():comma].strip()}
        i = comma + 1
        while i < len(text):
            f = _FIELD.match(text, i)
            if not f:
                break
            value, i = _value(text, f.end())
            fields.setdefault(f["name"].lower(), value)
            while i < len(text) and text[i] in " \t\r\n#":  # "a # b": concatenation, its first part kept
                i += 1
            if i < len(text) and text[i] in "})":
                break
        out.append(fields)
    return out


def _note(entry: dict[str, str]) -> str:
    return max((entry.get(f, "") for f in _NOTE_FIELDS), key=len)


def plain_text(value: str) -> str:
    """A field's LaTeX as text: escapes as characters, braces gone, "%" a percent sign."""
    return LatexNodes2Text().latex_to_text(_PERCENT.sub(r"\\%", value))


def _read(text: str) -> Document:
    found = entries(text)
    if not found:
        return Document(text="", shape=SHAPE, warnings=("no BibTeX entry found",))
    entry = max(found, key=lambda e: len(_note(e)))
    note = plain_text(_note(entry)).strip()
    if not note:
        return Document(text="", shape=SHAPE, warnings=("no entry holds a note to read",))
    return read_pasted(note, f"a BibTeX entry's note ({entry['key']})", SHAPE)


read = _text.never_raising(SHAPE, _read)
