"""Reader for a page in DokuWiki markup (a team wiki's copy of an article).

DokuWiki writes headings as ``====== Title ======`` (six signs the top level), tables with ``^``
opening a header cell and ``|`` a data cell (an empty cell joins the one before it: a row
spanning the columns), ``\\\\`` for a line break, ``[[page|text]]`` links, ``//italics//``,
``((footnotes))`` and ``{{image}}`` embeds. The page is written as markdown, which the pipe-table
reader knows (the box's label cells, its sections, its columns), and read by it;
``Document.text`` is that markdown.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, pipe_table

SHAPE = "dokuwiki"

_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$", re.MULTILINE)
_TABLE_ROW = re.compile(r"^[\^|].*[\^|]\s*$", re.MULTILINE)
# "[[page|text]]" its text; an interwiki link without text, "[[wp>Kisangani]]", its page's name
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?(?:[a-z][\w.-]*>)?([^\]]*)\]\]")
_IMAGE = re.compile(r"\{\{[^{}]*\}\}")
_FOOTNOTE = re.compile(r"\(\((.*?)\)\)", re.DOTALL)
_ITALIC = re.compile(r"(?<!:)//(.+?)(?<!:)//")
_CONTROL = re.compile(r"^(?:~~\w+~~|</?WRAP\b[^>]*>|</?wrap\b[^>]*>)\s*$", re.MULTILINE)
_BREAK = re.compile(r"\s*\\\\\s*")
_CUE_WEIGHT = 0.3


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if "==" not in head and "((" not in head and "~~" not in head:
        return 0.0  # none of its headings, footnotes or controls: the scans are not worth their cost
    kinds = sum(1 for cue in (_HEADING, _CONTROL, _FOOTNOTE) if cue.search(head))
    kinds += 1 if re.search(r"^\^.*\^\s*$", head, re.MULTILINE) else 0  # a header row: DokuWiki's own
    return min(0.95, _CUE_WEIGHT * kinds) if kinds >= 2 else 0.0


def _row(line: str) -> str:
    """A table row as markdown: "^ Date | 25 July ||" -> "| **Date** | 25 July |  |"."""
    cells = [c for c in re.split(r"(?=[\^|])", line.strip())[:-1] if c]  # each with the sign opening it
    out = []
    for cell in cells:
        content = _BREAK.sub("<br>", cell[1:].strip())
        out.append(f"**{content}**" if cell.startswith("^") and content else content)
    if len(out) > 2 and not out[0] and all(out[1:]):
        out = out[1:] + [""]  # the label column left blank under a section: the sides' cells start the row
    return "| " + " | ".join(out) + " |"


def as_markdown(text: str) -> str:
    """The page written as markdown (see the module doc)."""
    text = _CONTROL.sub("", _FOOTNOTE.sub("", text))
    text = _HEADING.sub(lambda m: "#" * (7 - len(m[1])) + " " + m[2], text)
    text = _ITALIC.sub(r"\1", _IMAGE.sub("", _LINK.sub(r"\1", text)))
    lines = text.split("\n")
    out: list[str] = []
    in_table = False
    for ln in lines:
        if _TABLE_ROW.match(ln):
            out.append(_row(ln))
            if not in_table:  # markdown's rule under the first row
                out.append("|" + "---|" * max(1, out[-1].count("|") - 1))
            in_table = True
            continue
        in_table = False
        out.append(_BREAK.sub(" ", ln) if ln.strip().startswith(("*", "-")) else ln)
    return "\n".join(out).strip() + "\n"


def _read(text: str) -> Document:
    return dataclasses.replace(pipe_table.read(as_markdown(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
