"""Markup no reader knows, its fact box read all the same.

A page saved by a tool warfile has no reader for (a TEI or DocBook file, a Creole or PmWiki page)
is read as the shape it most looks like, and that reader finds no box in it. Yet a fact box is a
table in nearly every markup, and a table is rows of cells whatever its syntax. This module
rewrites such a page as a flattened page whose box rows are tab-separated lines, as a copy of a
rendered table is, for :mod:`warfile.readers.plain` to read:

- **XML of any vocabulary** (not HTML): each row element (``tr``, ``row``) one line, its cells
  (``td``, ``th``, ``cell``, ``entry``) a tab apart; each block element (``p``, ``para``, ``head``,
  ``title``, ``item``…) a line; notes (``note``, ``footnote``, ``ref``) and metadata headers left out;
- **lines of a table markup**: a run of three or more lines opening with a row mark and holding the
  same cell separator (``||``, ``|``, ``!!``, ``^``), their first cells infobox labels often enough:
  one tab-separated row a line, the row's, the cells' and the header cells' marks dropped;
- the rest of the page's lines with the inline markup wikis share read as words (links as their
  text, notes gone, line breaks in a cell as "; "), and ``= Heading =`` lines as their words.

:func:`read_unknown` is asked by :func:`warfile.readers.read_document` only when the reader it
chose found no box; the document it gives is kept only when it has rows, with a warning naming
what was done, so no shape is guessed silently.
"""
from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET  # noqa: N817 - the stdlib's own short name

from warfile.model import Document
from warfile.readers import _text, plain
from warfile.readers.labels import field_for_label

# ---------------------------------------------------------------- XML

_XML_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?P<root>[A-Za-z][\w.:-]*)", re.DOTALL)
# Roots a reader of its own reads (HTML, a MediaWiki export): no unknown vocabulary.
_KNOWN_ROOTS = frozenset({"html", "body", "head", "div", "p", "table", "mediawiki"})
_ROWS = frozenset({"tr", "row"})
_CELLS = frozenset({"td", "th", "cell", "entry"})
_BLOCKS = frozenset({"p", "para", "simpara", "head", "title", "h1", "h2", "h3", "h4", "h5", "h6", "item", "li",
                     "listitem", "caption", "l", "quote", "blockquote", "dt", "dd", "term", "label", "subtitle"})
# Notes, apparatus and metadata: not the page's text.
# (a "ref" is a link in XML vocabularies, TEI's and JATS's: its words are the text's)
_SKIPPED = frozenset({"note", "footnote", "fn", "teiheader", "info", "articleinfo", "bookinfo", "script", "style",
                      "graphic", "figure", "mediaobject", "indexterm", "remark", "bibliography", "listbibl", "back",
                      "colspec"})
_TITLES = ("title", "head")
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


_PICTURES = frozenset({"graphic", "figure", "mediaobject", "inlinegraphic", "inlinemediaobject", "imagedata", "img"})
_BREAKS = frozenset({"lb", "br", "break"})  # a line break inside a cell: its items apart


def _inline(node: ET.Element) -> str:
    """An element's text on one line, its notes left out (their tails kept), its line breaks "; "."""
    parts = [node.text or ""]
    for child in node:
        name = _local(child.tag)
        if name in _BREAKS:
            parts.append("; ")
        elif name not in _SKIPPED:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return _SPACES.sub(" ", "".join(parts)).strip()


def _holds_blocks(node: ET.Element) -> bool:
    return any(_local(d.tag) in _BLOCKS or _local(d.tag) in _ROWS for d in node.iter() if d is not node)


def _xml_lines(node: ET.Element, out: list[str]) -> None:
    """Lines of an element's content: a row's cells a tab apart, a block's text, a container's lines."""
    pending = [node.text or ""]  # text between blocks

    def flush() -> None:
        if text := _SPACES.sub(" ", "".join(pending)).strip():
            out.append(text)
        pending.clear()

    for child in node:
        name = _local(child.tag)
        if name in _SKIPPED:
            pass
        elif name in _ROWS:
            flush()
            cells = [c for c in child.iter() if _local(c.tag) in _CELLS] or list(child)
            texts = [_inline(c).strip("; ") for c in cells]
            if len([t for t in texts if t]) == 1 and any(_local(d.tag) in _PICTURES for d in child.iter()):
                pass  # a picture and its caption across the box: no row of it
            else:
                out.append("\t".join(texts))
        elif name in _BLOCKS and not _holds_blocks(child):
            flush()
            if text := _inline(child):
                out.append(text)
        elif _holds_blocks(child):
            flush()
            _xml_lines(child, out)
        else:
            pending.append(_inline(child))
        pending.append(child.tail or "")
    flush()


def _title(root: ET.Element) -> str | None:
    for node in root.iter():
        if _local(node.tag) in _TITLES and (text := _inline(node)):
            return text
    return None


def xml_text(text: str) -> str | None:
    """A page in XML of any vocabulary but HTML's as flattened text (None for HTML, or text that is
    no well-formed XML)."""
    m = _XML_ROOT.match(text)
    if not m or _local(m["root"]) in _KNOWN_ROOTS:
        return None
    try:
        root = ET.fromstring(text.encode("utf-8") if text.lstrip().startswith("<?xml") else text)
    except (ET.ParseError, ValueError):
        return None
    lines: list[str] = []
    if title := _title(root):
        lines.append(title)
    _xml_lines(root, lines)
    return "\n\n".join(_grouped(lines)) + "\n"


def _grouped(lines: list[str]) -> list[str]:
    """Lines with a table's rows kept together (one block), the rest a paragraph each."""
    out: list[str] = []
    for ln in lines:
        last = out[-1].rsplit("\n", 1)[-1] if out else ""
        if out and ("\t" in ln or _is_label_line(ln)) and ("\t" in last or _is_label_line(last)):
            out[-1] += "\n" + ln
        else:
            out.append(ln)
    return out


def _is_label_line(s: str) -> bool:
    return "\t" not in s and bool(_text.section_key(s) or field_for_label(s.strip()))


# ---------------------------------------------------------------- line tables

# A line of a table markup opens with a row mark: "|", "||", "^", "!" (a header row).
_TABLE_LINE = re.compile(r"^[ \t]*(?:\|\|?|\^|!)")
# Cell separators a table markup writes between cells; the one that gives most labelled rows wins.
_SEPARATORS = ("||", "|", "!!", "^")
_ROW_OPEN = re.compile(r"^\s*(?:\|\||\||\^|!)")
_ROW_CLOSE = re.compile(r"(?:\|\|?|\^|\\\\)\s*$")
# A cell's own parameters before its text: XWiki's "(% colspan=2 %)", MoinMoin's "<-2 style=…>",
# Textile's "_." and "{…}.".
_CELL_PARAMS = re.compile(r"^\s*(?:\(%.*?%\)|<[^<>]*>|\{[^{}]*\}\.|_\.|[<>=~^]\.)\s*")
# A header cell's marks around its words: Trac's and Creole's "=", Foswiki's "*", Moin's "'''".
_HEADER_MARK = re.compile(r"^\s*(?:=+|\*{1,2}(?=\S)|!|'{2,3})\s*|\s*(?:=+|\*{1,2}|'{2,3})\s*$")
_MIN_ROWS = 3
_LABELLED_SHARE = 0.3  # a box's label rows: a side's value row follows each per-side label
_HEADING = re.compile(r"^(=+)\s*(?P<words>[^=\n]+?)\s*=*\s*$")

# Inline markup wikis share: line breaks within a cell, links, notes written where they are cited.
_BREAK = re.compile(r"\\\\(?!\\)|%BR%|\[\[BR\]\]|<<BR>>|<br\s*/?>", re.IGNORECASE)
_LINKS = (
    re.compile(r"\[\[(?P<text>[^\[\]>|]+?)>>[^\[\]]*\]\]"),  # XWiki: [[text>>target]]
    re.compile(r"\[\[(?:https?://|/)[^\[\]]*\]\[(?P<text>[^\[\]]+)\]\]"),  # Foswiki: [[url][text]]
    re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<text>[^\[\]|]+)\]\]"),  # MediaWiki, Moin: [[target|text]]
    re.compile(r"\[(?:https?://|wikipedia:|wiki:)\S+\s+(?P<text>[^\[\]]+)\]"),  # Trac, Moin: [url text]
    re.compile(r"\[(?P<text>[^\[\]|]+)\|(?:https?://|/)[^\[\]]*\]"),  # Jira, Confluence: [text|url]
)
_NOTES = re.compile(r"\{\{(?P<macro>footnote|ref|note)\}\}.*?\{\{/(?P=macro)\}\}|%FOOTNOTE\{.*?\}%|<<FootNote\(.*?\)>>"
                    r"|\(\((?!\().*?\)\)", re.IGNORECASE | re.DOTALL)
_SUPERSCRIPT_MARK = re.compile(r"\^(\[\d{1,3}\])\^")  # Trac's superscript citation mark: "^[5]^"
_ICON = re.compile(r"\((?:flag|flagoff|/|x|!|\?|y|n|i|on|off)\)\s*")  # Jira's and Confluence's icons: "(flag)"
_EMPHASIS = re.compile(r"'{2,3}|(?<![:/])//|__")


def _inline_plain(s: str) -> str:
    """A wiki's inline markup as its words: links as their text, notes gone, emphasis marks gone."""
    s = _ICON.sub("", _SUPERSCRIPT_MARK.sub(r"\1", _NOTES.sub("", _BREAK.sub("; ", s))))
    for link in _LINKS:
        s = link.sub(lambda m: m["text"], s)
    return _EMPHASIS.sub("", s)


def _cells(line: str, sep: str) -> list[str]:
    body = _ROW_CLOSE.sub("", _ROW_OPEN.sub("", line, count=1))
    cells = [_HEADER_MARK.sub("", _CELL_PARAMS.sub("", _HEADER_MARK.sub("", c))).strip() for c in body.split(sep)]
    while cells and not cells[0]:
        cells.pop(0)  # "||||= Belligerents =||": a cell spanning two columns
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _labelled(rows: list[list[str]]) -> int:
    return sum(1 for r in rows if r and (_text.section_key(r[0]) or field_for_label(r[0])))


def _table_run(run: list[str]) -> list[str] | None:
    """A run of table lines as tab-separated rows when it is a box (None otherwise)."""
    if len(run) < _MIN_ROWS:
        return None
    best: list[list[str]] | None = None
    for sep in _SEPARATORS:
        if sum(sep in ln for ln in run) < len(run) / 2:
            continue
        rows = [_cells(_inline_plain(ln), sep) for ln in run]
        if best is None or _labelled(rows) > _labelled(best):
            best = rows
    if best is None or _labelled(best) < max(2, _LABELLED_SHARE * len(best)):
        return None
    return ["\t".join(r) for r in best if r]


def lines_text(text: str) -> str | None:
    """The text with its tables of box rows rewritten as tab-separated lines, its wiki links and
    notes as plain words and ``= Heading =`` lines as their words (None when it has no such table)."""
    lines = text.splitlines()
    found = False
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE.match(lines[j]):
            j += 1
        if j > i and (rows := _table_run(lines[i:j])) is not None:
            found = True
            out += ["", *rows, ""]
            i = j
            continue
        for ln in lines[i:max(j, i + 1)]:
            m = _HEADING.match(ln)
            out.append(m["words"] if m else _inline_plain(ln))
        i = max(j, i + 1)
    return "\n".join(out) + "\n" if found else None


# ---------------------------------------------------------------- reading

# Readers of a format with a structure of its own (records, a package, an export): when they find no
# box, there is none to find. Any other reader takes text a markup it does not know may have written.
_STRUCTURED_SHAPES = frozenset({"rtf", "odf", "opml", "wordml", "kindle-clippings", "chat-text", "webvtt", "email",
                                "feed", "fb2", "json", "csv"})


def read_unknown(text: str, reader_shape: str) -> Document | None:
    """The page read through its tables when the reader of ``reader_shape`` (no structured format's)
    found no box in it: a document with box rows, or None."""
    if reader_shape in _STRUCTURED_SHAPES:
        return None
    flat = xml_text(text) or lines_text(text)
    if flat is None:
        return None
    doc = plain.read(flat)
    if not any(f.key != "name" for f in doc.infobox):
        return None
    note = (f"no box found as {reader_shape}; its markup read for tables and text, the box rows as a "
            "flattened page's")
    return dataclasses.replace(doc, warnings=(note, *doc.warnings))
