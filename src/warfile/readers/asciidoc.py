"""Reader for a page in AsciiDoc (``pandoc -t asciidoc``, an Antora or Asciidoctor site's source).

AsciiDoc writes headings as ``= Title`` / ``== Section``, a table between ``|===`` lines with one
row per line (``|Date |18 August 1966``) or one cell per line (rows then end at a blank line or
where the header row's width is reached), a hard line break as `` +`` at a line's end, links as
``https://…[text]`` or ``link:…[text]``, ``footnote:[…]`` notes, ``*bold*`` and ``_italic_``.
The page is written as markdown for the pipe-table reader; ``Document.text`` is that markdown.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, pipe_table

SHAPE = "asciidoc"

_HEADING = re.compile(r"^(={1,6})\s+(\S.*?)\s*$", re.MULTILINE)
_TABLE_EDGE = re.compile(r"^\|===\s*$", re.MULTILINE)
_ATTRIBUTES = re.compile(r"^\[[^\]\n]*\]\s*$", re.MULTILINE)  # "[width="100%",cols="50%,50%"]"
_LINK = re.compile(r"(?:link:)?(?:https?://|/)\S*?\[([^\]]*)\]")
_FOOTNOTE = re.compile(r"footnote:\[(?:[^\[\]]|\[[^\]]*\])*\]")
_IMAGE = re.compile(r"image::?\S*?\[[^\]]*\]")
_BREAK = re.compile(r"\s+\+$", re.MULTILINE)
_CELL_BREAK = re.compile(r"\s\+\s*$")
_BREAK_END = re.compile(r"(?:<br>)+$")
_CUE_WEIGHT = 0.35


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if "|===" not in head:
        return 0.0  # the table's edge is what every page of this shape with a box holds: the cheap test first
    kinds = sum(1 for cue in (_TABLE_EDGE, _FOOTNOTE, _LINK) if cue.search(head))
    kinds += 1 if re.match(r"\s*= \S", head) and re.search(r"^== \S", head, re.MULTILINE) else 0
    return min(0.95, _CUE_WEIGHT * kinds) if kinds >= 2 and _TABLE_EDGE.search(head) else 0.0


def _cells(line: str) -> list[str]:
    """A table line's cells: "|Date |18 August 1966" -> ["Date", "18 August 1966"]; a cell's
    closing " +" (a break with nothing after it) dropped."""
    return [_CELL_BREAK.sub("", c).strip() for c in line.strip()[1:].split("|")]


def _table(lines: list[str]) -> list[str]:
    """A table's lines as markdown rows: each line opening with "|" a row; a line that does not
    goes on the row's last cell after a break ("Brig. Ivo Kand +" / "Maj. Aldo Veris † |Lt. Col. …"),
    its own cells after it."""
    rows: list[list[str]] = []
    for ln in lines:
        if not ln.strip():
            continue
        if ln.strip().startswith("|") or not rows:
            rows.append(_cells(ln if ln.strip().startswith("|") else "|" + ln))
            continue
        first, _, rest = ln.partition("|")
        rows[-1][-1] = f"{_BREAK_END.sub('', rows[-1][-1])}<br>{_CELL_BREAK.sub('', first).strip()}"
        if rest:
            rows[-1] += _cells("|" + rest)
    out = []
    for i, row in enumerate(rows):
        out.append("| " + " | ".join(row) + " |")
        if i == 0:
            out.append("|" + "---|" * len(row))
    return out


def as_markdown(text: str) -> str:
    """The page written as markdown (see the module doc)."""
    text = _IMAGE.sub("", _FOOTNOTE.sub("", text))
    text = _LINK.sub(r"\1", _BREAK.sub("<br>", text))
    text = _ATTRIBUTES.sub("", text)
    text = _HEADING.sub(lambda m: "#" * len(m[1]) + " " + m[2], text)
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if _TABLE_EDGE.match(lines[i]):
            j = next((k for k in range(i + 1, len(lines)) if _TABLE_EDGE.match(lines[k])), len(lines))
            out += _table(lines[i + 1:j])
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out).strip() + "\n"


def _read(text: str) -> Document:
    return dataclasses.replace(pipe_table.read(as_markdown(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
