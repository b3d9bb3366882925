"""Markup no reader knows, its fact box read all the same.

A page saved by a tool warfile has no reader for (a TEI or DocBook file, a Creole or Texinfo page)
is read as the shape it most looks like, and that reader finds no box in it. Yet a fact box is a
table in nearly every markup, and a table is rows of cells whatever its syntax. This module
rewrites such a page as a flattened page whose box rows are tab-separated lines, as a copy of a
rendered table is, for :mod:`warfile.readers.plain` to read:

- **XML of any vocabulary** (not HTML): each row element (``tr``, ``row``) one line, its cells
  (``td``, ``th``, ``cell``, ``entry``) a tab apart; each block element (``p``, ``para``, ``head``,
  ``title``, ``item``…) a line; notes (``note``, ``footnote``, ``ref``) and metadata headers left out;
- **lines of a table markup**: a run of three or more lines that each hold the same cell
  separator (``||``, ``|``, ``!!``, ``^``, ``@tab``, `` & ``), their first cells mostly infobox
  labels: one tab-separated row a line, the row's and the header cells' marks dropped;
- ``= Heading =`` lines as their words.

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
_SKIPPED = frozenset({"note", "footnote", "ref", "teiheader", "info", "articleinfo", "bookinfo", "script", "style",
                      "graphic", "figure", "mediaobject", "indexterm", "remark", "bibliography", "listbibl", "back",
                      "colspec"})
_TITLES = ("title", "head")
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def _inline(node: ET.Element) -> str:
    """An element's text on one line, its notes left out (their tails kept)."""
    parts = [node.text or ""]
    for child in node:
        if _local(child.tag) not in _SKIPPED:
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
            out.append("\t".join(_inline(c) for c in cells))
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

# Cell separators a table markup writes between cells, tried in this order (the longest first).
_SEPARATORS = ("||", "!!", "@tab", "|", "^", " & ")
# A row's opening and closing marks, and a header cell's: "|=", "|_.", "@item", "!", "*…*".
_ROW_OPEN = re.compile(r"^\s*(?:@item(?:x)?\b|@headitem\b|\|\|?|\^|!)")
_ROW_CLOSE = re.compile(r"(?:\|\|?|\^|\\\\|!!)\s*$")
_HEADER_MARK = re.compile(r"^\s*(?:=|_\.|\*{1,2}(?=\S)|!)\s*|\s*(?:=|\*{1,2})\s*$")
_INLINE_MARK = re.compile(r"'''?|\*\*|//|__|@(?:strong|emph|b|i|code|w)\{([^{}]*)\}")
# A markup's commands on lines of their own ("@node Top", ".PP", "\\input texinfo"): a heading's
# command keeps its words, any other line of commands goes.
_COMMAND_LINE = re.compile(r"^[ \t]*(?P<mark>[@.\\])(?P<command>[A-Za-z]+)\b[ \t]*(?P<words>.*)$")
_HEADING_COMMANDS = frozenset({"top", "chapter", "section", "subsection", "subsubsection", "unnumbered", "heading",
                               "subheading", "appendix", "sh", "ss", "settitle"})
_ROW_COMMANDS = frozenset({"item", "itemx", "headitem", "tab"})  # a table's row in Texinfo: "@item Date @tab …"
_MIN_COMMAND_LINES = 3
_INLINE_COMMAND = re.compile(r"@(?:footnote|anchor|cindex|index)\{[^{}]*\}|@(?:strong|emph|b|i|code|w|var|dfn|cite|sc)\{([^{}]*)\}")
_MIN_ROWS = 3
_LABELLED_SHARE = 0.5
_HEADING = re.compile(r"^(=+)\s*(?P<words>[^=\n]+?)\s*=*\s*$")


def _cells(line: str, sep: str) -> list[str]:
    body = _ROW_CLOSE.sub("", _ROW_OPEN.sub("", line, count=1))
    cells = [_HEADER_MARK.sub("", c).strip() for c in body.split(sep)]
    return [_INLINE_MARK.sub(lambda m: m.group(1) or "", c) for c in cells]


def _table_run(block: list[str]) -> list[str] | None:
    """The block as tab-separated rows when it is a table of a box (None otherwise)."""
    if len(block) < _MIN_ROWS:
        return None
    for sep in _SEPARATORS:
        if sum(sep in ln for ln in block) < 0.8 * len(block):
            continue
        rows = [_cells(ln, sep) for ln in block]
        labelled = sum(1 for r in rows if r and r[0] and (_text.section_key(r[0]) or field_for_label(r[0])))
        if labelled >= max(2, _LABELLED_SHARE * len(rows)):
            return ["\t".join(c for c in r if c) if len(r) > 1 else r[0] for r in rows]
    return None


def _command_free(line: str) -> str | None:
    """A line of a command markup (Texinfo, troff) as text: a heading command's words, no other
    command line; inline commands as their words, notes gone."""
    if (m := _COMMAND_LINE.match(line)) and m["command"].lower() not in _ROW_COMMANDS:
        return m["words"] if m["command"].lower() in _HEADING_COMMANDS and m["words"] else None
    line = _INLINE_COMMAND.sub(lambda c: c.group(1) or "", line)
    return line.replace("---", "—").replace("--", "–").replace("\\(en", "–").replace("\\(em", "—")


def lines_text(text: str) -> str | None:
    """The text with its tables of box rows rewritten as tab-separated lines and ``= Heading =``
    lines as their words (None when it has no such table)."""
    blocks: list[list[str]] = [[]]
    for ln in text.splitlines():
        if ln.strip():
            blocks[-1].append(ln)
        elif blocks[-1]:
            blocks.append([])
    found = False
    marks = [m["mark"] for ln in text.splitlines() if (m := _COMMAND_LINE.match(ln))]
    commands = max((marks.count(c) for c in set(marks)), default=0) >= _MIN_COMMAND_LINES
    out: list[str] = []
    for block in blocks:
        if commands:
            block = [ln for ln in map(_command_free, block) if ln is not None]
        rows = _table_run(block)
        if rows is not None:
            found = True
            out.append("\n".join(rows))
            continue
        out.append("\n".join(m["words"] if (m := _HEADING.match(ln)) else ln for ln in block))
    return "\n\n".join(out) + "\n" if found else None


# ---------------------------------------------------------------- reading

# The readers a page in an unknown markup falls to: those of the general shapes, which take any
# text. A reader of a format of its own (a feed, a chat export, a dump) that found no box found none.
_GENERAL_SHAPES = frozenset({"plain", "html", "citations", "wrapped-text", "pipe-table", "markdown-frontmatter",
                             "text-browser", "mediawiki", "wikitext"})


def read_unknown(text: str, reader_shape: str) -> Document | None:
    """The page read through its tables when the reader of ``reader_shape`` (a general shape's)
    found no box in it: a document with box rows, or None."""
    if reader_shape not in _GENERAL_SHAPES:
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
