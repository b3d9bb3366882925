"""Reader for a Vimwiki page (its default syntax, in ``.wiki`` files, which is not MediaWiki's).

A page may open with placeholders (``%title Siege of Herat``, ``%date 2024-03-09``) and a tag line
(``:great-game:persia:``); its headings are ``= Title =``, ``== Section ==``; links are
``[[target|text]]``; ``%%`` opens a comment line; tables are ``| cell | cell |`` rows with a
``|---|---|`` rule, a ``>`` cell joining the cell before it (the box's caption and section labels
spanning its columns). The page is written out as markdown (headings, link text) with each table
as the HTML it stands for, and read by the markdown reader.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, markdown_frontmatter

SHAPE = "vimwiki"

_PLACEHOLDER = re.compile(r"^%(?:title|date|template|nohtml)\b.*$", re.MULTILINE)
_TITLE = re.compile(r"^%title[ \t]+(.+?)[ \t]*$", re.MULTILINE)
_COMMENT = re.compile(r"^[ \t]*%%.*$", re.MULTILINE)
_TAGS = re.compile(r"^[ \t]*:(?:[\w-]+:)+[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]+(.+?)[ \t]+\1[ \t]*$", re.MULTILINE)
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE = re.compile(r"^[ \t]*\|[-|: \t]+\|[ \t]*$")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")


def score(text: str) -> float:
    head = text[:3000]
    if _TITLE.search(head) or (_COMMENT.search(head) and _HEADING.search(head)):
        return 0.97
    return 0.0


def _cell(content: str, span: int) -> str:
    attrs = f' colspan="{span}"' if span > 1 else ""
    words = html_escape.escape(_ITALIC.sub(r"\1", _BOLD.sub(r"\1", content)))
    return f"<td{attrs}>{words}</td>"


def _table(rows: list[str]) -> str:
    out = []
    for row in rows:
        if _RULE.match(row):
            continue
        cells = [c.strip() for c in row.strip()[1:-1].split("|")]
        html_cells: list[list] = []
        for cell in cells:
            if cell == ">" and html_cells:
                html_cells[-1][1] += 1  # joins the cell before it
                continue
            html_cells.append([cell, 1])
        tds = "".join(_cell(c, n) for c, n in html_cells)
        out.append(f"<tr>{tds}</tr>")
    return "<table>" + "".join(out) + "</table>"


def as_markdown(text: str) -> str:
    """The page as markdown, its tables as HTML."""
    text = text.replace("\r\n", "\n")
    title = _TITLE.search(text)
    text = _TAGS.sub("", _COMMENT.sub("", _PLACEHOLDER.sub("", text)))
    text = _text.wiki_unlinked(text)
    text = _HEADING.sub(lambda m: "#" * len(m[1]) + " " + m[2], text)
    if title and not text.lstrip().startswith("# "):
        text = f"# {title[1]}\n\n" + text
    out: list[str] = []
    rows: list[str] = []
    for line in text.split("\n"):
        if _ROW.match(line):
            rows.append(line)
            continue
        if rows:
            out += ["", _table(rows), ""]
            rows = []
        out.append(line)
    if rows:
        out.append(_table(rows))
    return "\n".join(out)


def _read(text: str) -> Document:
    return markdown_frontmatter.read_converted(as_markdown(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
