"""Reader for a page in AsciiDoc (``pandoc -t asciidoc``, an Antora or Asciidoctor site's source).

AsciiDoc writes headings as ``= Title`` / ``== Section``; a table between ``|===`` lines, its cells
opened by "|" with a column span ("2+|") or a style ("a|": a cell of several lines, a list or a table
nested between ``!===`` lines whose rows become the box's) before it, laid into rows as wide as its
``cols`` say (or its first line holds); a hard line break as `` +`` at a line's end; links as
``https://…[text]`` or ``link:…[text]``; ``footnote:[…]`` notes; ``*bold*`` and ``_italic_``.
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


# A cell's opening: its spec (a column span "2+", a style "a") and the separator, at a line's start or
# after a space: "|Date", "2+|Belligerents", "a|" over a cell of several lines (a list, a nested table).
_CELL_START = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=[ \t]))(?:(?P<span>\d+)\+)?(?:\d+\*)?[a-z]?(?P<bar>[|!])")
# A table nested in a cell ("!===" … "!===", its cells opened by "!"): its rows are the box's rows.
_NESTED = re.compile(r"^!===[ \t]*\n(.*?)^!===[ \t]*$", re.MULTILINE | re.DOTALL)
_COLS = re.compile(r'cols="([^"]*)"')
_CITE = re.compile(r"\^?link:#cite_note\S*?\[\[[^\]]*\]\]\^?|\^?\[\[\d+\]\]\^?")
_ITEM = re.compile(r"^[ \t]*[*-][ \t]+")


def _cell_text(raw: str) -> str:
    """A cell's text as one markdown cell: its entries (list items, lines after a blank line or a
    break) apart by <br>, a line wrapped at 72 columns joined to the line before."""
    entries: list[str] = []
    fresh = True
    for line in raw.split("\n"):
        if not line.strip():
            fresh = True
            continue
        if line.lstrip().startswith("[") and line.rstrip().endswith("]") and "=" in line:
            continue  # a nested block's attributes ("[cols=",",]")
        item = _ITEM.match(line)
        text = line[item.end():] if item else line
        for piece in text.split("<br>"):
            piece = _CELL_BREAK.sub("", piece)  # "Tarsenia +": a break with nothing after it
            if fresh or item or not entries:
                entries.append(piece.strip())
            else:
                entries[-1] = f"{entries[-1]} {piece.strip()}".strip()
            fresh = False
            item = None
        fresh = text.rstrip().endswith("<br>")
    return "<br>".join(e for e in entries if e)


def _table_cells(body: str, bar: str) -> list[tuple[int, str]]:
    """(column span, text) of each cell of a table's body whose cells open with ``bar``."""
    starts = [m for m in _CELL_START.finditer(body) if m["bar"] == bar]
    cells = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(body)
        cells.append((int(m["span"] or 1), body[m.end():end]))
    return cells


def _rows(cells: list[tuple[int, str]], width: int) -> list[list[str]]:
    """The cells laid into rows of ``width`` columns, a spanning cell followed by empty ones."""
    rows: list[list[str]] = []
    row: list[str] = []
    for span, raw in cells:
        row += [_cell_text(raw)] + [""] * (min(span, width) - 1)
        if len(row) >= width:
            rows.append(row[:width])
            row = []
    if row:
        rows.append(row + [""] * (width - len(row)))
    return rows


def _table(body: str, width: int | None) -> list[str]:
    """A table's body as markdown rows. Its rows' cells open with "|" (with a span "2+|" or a style
    "a|"), a row's cells on one line or each on lines of its own; a table nested in a cell gives its
    rows to the box (pandoc nests the Date/Location/Result rows so)."""
    nested: dict[str, list[list[str]]] = {}

    def keep(m: re.Match[str]) -> str:
        inner = _table_cells(m[1], "!")
        inner_width = max((len(_table_cells(ln, "!")) for ln in m[1].split("\n") if ln.startswith("!")), default=2)
        key = f"\x00{len(nested)}\x00"
        nested[key] = _rows(inner, max(inner_width, 1))
        return key

    body = _NESTED.sub(keep, body)
    if width is None:
        first = next((ln for ln in body.split("\n") if ln.strip()), "")
        width = max(1, sum(span for span, _ in _table_cells(first, "|")))
    rows: list[list[str]] = []
    for row in _rows(_table_cells(body, "|"), width):
        inside = [k for k in nested if any(k in c for c in row)]
        if inside:
            rows += [r + [""] * (width - len(r)) for k in inside for r in nested[k]]
            continue
        rows.append(row)
    out = []
    for i, row in enumerate(r for r in rows if any(c.strip() for c in r)):
        out.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
        if i == 0:
            out.append("|" + "---|" * len(row))
    return out


def as_markdown(text: str) -> str:
    """The page written as markdown (see the module doc)."""
    text = _IMAGE.sub("", _FOOTNOTE.sub("", _CITE.sub("", text)))
    text = _LINK.sub(r"\1", _BREAK.sub("<br>", text))
    text = _HEADING.sub(lambda m: "#" * len(m[1]) + " " + m[2], text)
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if _TABLE_EDGE.match(lines[i]):
            j = next((k for k in range(i + 1, len(lines)) if _TABLE_EDGE.match(lines[k])), len(lines))
            cols = _COLS.search(lines[i - 1]) if i and _ATTRIBUTES.match(lines[i - 1]) else None
            out += _table("\n".join(lines[i + 1:j]), len(cols[1].split(",")) if cols and cols[1].strip(",") else None)
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return _ATTRIBUTES.sub("", "\n".join(out)).strip() + "\n"


def _read(text: str) -> Document:
    return dataclasses.replace(pipe_table.read(as_markdown(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
