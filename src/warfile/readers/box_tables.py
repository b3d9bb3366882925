"""What the wiki markups' readers that write their page out as HTML (Wikidot, Remarkup) share: the
pieces of finished HTML set aside while the rest is read (:class:`Store`), and the tables, the first
one whose rows are labelled marked as the page's fact box (``table.infobox``) for the HTML reader.

A table comes as rows of (tag, cell HTML, columns spanned) cells. A row's first cell in bold only
("**Date**") is its label; a header cell over empty cells ("Belligerents") spans them; a table with
three labelled rows or more is the box, and a lone header cell naming no label over it is its title.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.readers.labels import field_for_label

Cell = tuple[str, str, int]  # (tag, HTML, columns spanned)

_PLACE = re.compile("\ue000(\\d+)\ue001")  # a piece of finished HTML set aside (a literal, a table)
BLOCK = "\ue002"  # before a placeholder: the piece is a block (a table), not running text
ONLY_PLACE = re.compile("^\\s*\ue002\ue000(\\d+)\ue001\\s*$")  # a line that is a block's placeholder alone


class Store:
    """Pieces of HTML set aside while the rest of the page is read, each standing in the text as a
    private-use placeholder no markup touches."""

    def __init__(self) -> None:
        self.pieces: list[str] = []

    def add(self, piece: str) -> str:
        self.pieces.append(piece)
        return f"\ue000{len(self.pieces) - 1}\ue001"

    def restore(self, text: str) -> str:
        if "\ue000" not in text:
            return text
        return _PLACE.sub(lambda m: self.restore(self.pieces[int(m.group(1))]), text).replace(BLOCK, "")

_BOLD_ONLY = re.compile(r"^<b>((?:(?!</?b>).){1,60})</b>$")
COLSPAN = re.compile(r"colspan\s*=\s*[\"']?(\d+)", re.I)
_BOX_ROWS = 3  # labelled rows a table needs to be the page's fact box
_TAG = re.compile(r"<[^>]+>")


def plain(cell_html: str) -> str:
    """A cell's text, its tags and entities undone."""
    return " ".join(html_escape.unescape(_TAG.sub(" ", cell_html)).split())


def _span(columns: int) -> str:
    return f" colspan={columns}" if columns > 1 else ""


class Tables:
    """The page's tables written out, the first one whose rows are labelled marked as the box."""

    def __init__(self) -> None:
        self.box_found = False
        self.title: str | None = None

    def html(self, rows: list[list[Cell]]) -> str:
        out, labelled = [], 0
        for cells in rows:
            if not cells:
                continue
            tag, content, span = cells[0]
            if (tag == "th" or len(cells) > 1) and (bold := _BOLD_ONLY.match(content.strip())):
                tag, content = "th", bold.group(1)  # "**Date**": the row's label (a header cell's bold is its own)
            rest = cells[1:]
            if tag == "th" and rest and not any(plain(c) for _, c, _ in rest):
                span, rest = span + sum(s for _, _, s in rest), []  # "Belligerents" over empty cells
            cells = [(tag, content, span)] + rest
            if tag == "th" or field_for_label(plain(content)[:40]) is not None:
                labelled += 1
            out.append(cells)
        box = not self.box_found and labelled >= _BOX_ROWS
        if box:
            self.box_found = True
            first = out[0] if out else []
            if len(first) == 1 and first[0][0] == "th" and field_for_label(plain(first[0][1])) is None:
                self.title = first[0][1]
        body = "".join("<tr>" + "".join(f"<{t}{_span(s)}>{c}</{t}>" for t, c, s in cells) + "</tr>" for cells in out)
        return f"<table{' class=infobox' if box else ''}>{body}</table>"
