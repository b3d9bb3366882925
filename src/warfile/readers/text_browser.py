"""Reader for a text browser's dump of a page (``lynx -dump``, ``w3m -dump``, ``links -dump``).

A dump is hard-wrapped page text (see :mod:`warfile.readers.wrapped_text`) with a browser's own
layer on it:

- **link numbers** before every link's text ("[14]Mogadishu"), and the numbered list of their
  addresses at the end ("  14. https://en.wikipedia.org/wiki/Mogadishu"): the numbers go, the list
  goes, images' file names ("[Landshut_1977.jpg]") go;
- **the infobox drawn as a text table**: each section's label centred over the two columns
  ("Belligerents"), then rows whose second column starts at a fixed position, a cell that does not
  fit wrapping onto the next line of its column, and a row spanning both columns (the civilians)
  running across the gap. Each section is rewritten as a flattened page writes it: the first
  column's entries, a blank line, the second column's, a blank line, the spanning rows;
- an indent of a few spaces on every line of prose.

The page is then read as hard-wrapped text: paragraphs joined, then the flattened-page reader.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from warfile.model import Document
from warfile.readers import _text, wrapped_text

SHAPE = "text-browser"

# score(): a dump is certain with both of its marks: link numbers glued to their texts and the
# numbered list of addresses; above the hard-wrapped reader, which would read it less well.
_SCORE = 0.93
_MIN_LINK_NUMBERS = 5
_MIN_ADDRESSES = 3

_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\d\].,;:])")
_ADDRESS_LINE = re.compile(r"^\s*\d{1,4}\.\s+(?:https?|ftp|file)://\S+\s*$")
_LINK_LIST_HEAD = re.compile(r"^\s*(?:Visible|Hidden) links:?\s*$", re.IGNORECASE)
_IMAGE_NAME = re.compile(r"\[[^\]\n]{1,120}\.(?:jpe?g|png|svg|gif|webp|tiff?)\]", re.IGNORECASE)
_BROWSER_HEADER = re.compile(r"^\s*#\S")  # lynx's first line: "#alternate Edit this page …"

# A centred section label: this many spaces before it at least.
_CENTRED = 8
# The second column starts at least this far in (a first column is never narrower).
_MIN_COLUMN = 20
_GAP = re.compile(r"\S(\s{2,})(?=\S)")


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if len(_LINK_NUMBER.findall(head)) < _MIN_LINK_NUMBERS:
        return 0.0
    addresses = sum(1 for ln in text[-20000:].splitlines() if _ADDRESS_LINE.match(ln))
    return _SCORE if addresses >= _MIN_ADDRESSES else 0.0


def _page_lines(lines: list[str]) -> list[str]:
    """The page's own lines: the address list and the browser's header line dropped."""
    return [ln.rstrip() for ln in lines
            if not (_ADDRESS_LINE.match(ln) or _LINK_LIST_HEAD.match(ln) or _BROWSER_HEADER.match(ln))]


def _unlinked(line: str) -> str:
    """A line without link numbers and image names (after the columns were cut: the numbers take
    up the columns' room)."""
    return _IMAGE_NAME.sub("", _LINK_NUMBER.sub("", line)).strip()


def _section_label(line: str) -> str | None:
    """The infobox key of a centred section label line ("          Belligerents")."""
    indent = len(line) - len(line.lstrip())
    return _text.section_key(line) if indent >= _CENTRED else None


def _second_column(rows: list[str]) -> int | None:
    """Where the second column starts: the commonest place text resumes after a wide gap."""
    starts = Counter(m.end(1) for ln in rows for m in _GAP.finditer(ln) if m.end(1) >= _MIN_COLUMN)
    starts.update(len(ln) - len(ln.lstrip()) for ln in rows if len(ln) - len(ln.lstrip()) >= _MIN_COLUMN)
    return starts.most_common(1)[0][0] if starts else None


def _split_row(line: str, at: int) -> tuple[str, str] | None:
    """(first column, second column) of a row, or None when its text runs across the columns."""
    if len(line) <= at:
        return line.strip(), ""
    if line[at - 1] != " " and line[:at].strip():
        return None  # a word crosses the gap: a row spanning both columns
    return line[:at].strip(), line[at:].strip()


def _columns(section: list[str], at: int) -> list[str]:
    """A section's rows rewritten as a flattened page writes them: first column, blank, second
    column, blank, rows spanning both."""
    first: list[str] = []
    second: list[str] = []
    spanning: list[str] = []
    for ln in section:
        cells = _split_row(ln, at)
        if cells is None:
            spanning.append(_unlinked(ln))
            continue
        for cell, column in zip(cells, (first, second)):
            cell = _unlinked(cell)
            if not cell:
                continue
            if column and wrapped_text.continues(column[-1], cell):
                column[-1] = f"{column[-1]} {cell}"  # a cell wrapped within its column
            else:
                column.append(cell)
    out = first + ([""] + second if second else [])
    return out + ([""] + spanning if spanning else [])


def _box_as_columns(lines: list[str]) -> list[str]:
    """Every centred section of the text table rewritten column by column (see :func:`_columns`)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        key = _section_label(lines[i])
        if key is None:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and _section_label(lines[j]) is None:
            j += 1
        section = lines[i + 1:j]
        at = _second_column(section)
        out += [lines[i].strip()] + (_columns(section, at) if at else [ln.strip() for ln in section])
        i = j
    return out


def clean(text: str) -> str:
    """The dump as plain page text: the browser's layer gone, the box's columns one after the other,
    prose unwrapped."""
    lines = _box_as_columns(_page_lines(text.splitlines()))
    return wrapped_text.clean("\n".join(_unlinked(ln) for ln in lines))


def _read(text: str) -> Document:
    return dataclasses.replace(wrapped_text.read_clean(clean(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
