"""Reader for Rich Text Format: a page pasted into TextEdit or WordPad, or saved from Word as RTF.

The RTF is written out as the HTML it stands for, then read by the HTML reader: paragraphs
(``\\par``, and Cocoa's backslash at a line's end) become ``<p>``, table rows (``\\trowd`` …
``\\cell`` … ``\\row``) become ``<tr>`` of ``<td>`` cells, a cell merged into the one before it
(``\\clmrg``) widens that one (``colspan``), a hyperlink field keeps its shown text
(``\\fldrslt``) and drops its address, and superscripts (the page's citation marks) go.
Destinations that hold no text of the page (font and colour tables, style sheets, list
definitions, pictures, the document's ``\\info``, anything starred ``{\\*…}``) are skipped.
Characters: ``\\'hh`` in the document's code page (cp1252 unless ``\\ansicpgN`` says otherwise),
``\\uN`` with its fallback characters skipped (``\\ucN``), and the named typographic symbols.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "rtf"

_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
# Destinations whose group holds no text of the page.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable", "listoverridetable", "expandedcolortbl",
    "fldinst", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "rsidtbl",
    "generator", "header", "footer", "headerl", "headerr", "footerl", "footerr", "object", "listtext",
    "pntext", "footnote", "annotation", "bkmkstart", "bkmkend", "nonshppict",
})
_SYMBOLS = {"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
            "rdblquote": "\u201d", "bullet": "\u2022", "tab": "\t", "emspace": " ", "enspace": " ", "qmspace": " "}
_ESCAPED = {"~": "\u00a0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\"}


@dataclasses.dataclass
class _Group:
    skip: bool = False
    superscript: bool = False
    bold: bool = False
    uc: int = 1


def score(text: str) -> float:
    return 1.0 if text.lstrip("\ufeff \t\r\n").startswith("{\\rtf") else 0.0


class _Writer:
    """The HTML the RTF stands for, written as the tokens come."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.text: list[str] = []  # the paragraph (or cell) being written
        self.plain_words = False  # the paragraph holds words not in bold (a bold line alone is a heading)
        self.table_open = False  # a <table> is open in the output
        self.row: list[str] = []  # the cells of the row being written
        self.merged: list[bool] = []  # per cell definition of the row: merged into the cell before it
        self.pending_merge: bool = False

    def add(self, s: str, bold: bool = False) -> None:
        self.text.append(s)
        self.plain_words = self.plain_words or (not bold and bool(s.strip()))

    def _flush_text(self) -> str:
        s = "".join(self.text).strip()
        self.text = []
        self.plain_words = False
        return s

    def paragraph(self, in_table: bool) -> None:
        if in_table:
            self.text.append("\n")  # a line of the cell
            return
        self._close_table()
        heading = not self.plain_words and len(_HEADING_WORDS.findall("".join(self.text))) <= _MAX_HEADING_WORDS
        s = self._flush_text()
        if s:
            self.out.append(f"<h2>{_escaped(s)}</h2>" if heading and not s.endswith(".") else f"<p>{_escaped(s)}</p>")

    def cell(self) -> None:
        self.row.append(self._flush_text())

    def end_row(self) -> None:
        cells: list[tuple[str, int]] = []
        for i, content in enumerate(self.row):
            if i < len(self.merged) and self.merged[i] and cells:
                text, span = cells[-1]
                cells[-1] = ((text + "\n" + content).strip(), span + 1)
            else:
                cells.append((content, 1))
        if not self.table_open:
            self.out.append("<table>")
            self.table_open = True
        tds = "".join((f"<td colspan=\"{span}\">" if span > 1 else "<td>") + _escaped(text).replace("\n", "<br>") + "</td>"
                      for text, span in cells)
        self.out.append(f"<tr>{tds}</tr>")
        self.row = []

    def _close_table(self) -> None:
        if self.table_open:
            self.out.append("</table>")
            self.table_open = False

    def finish(self) -> str:
        s = self._flush_text()
        self._close_table()
        if s:
            self.out.append(f"<p>{_escaped(s)}</p>")
        return "<html><body>" + "\n".join(self.out) + "</body></html>"


_HEADING_WORDS = re.compile(r"\S+")
_MAX_HEADING_WORDS = 12  # a bold paragraph this short is a section's heading


def _escaped(s: str) -> str:
    return html_escape.escape(s, quote=False)


def as_html(text: str) -> str:
    """The HTML page an RTF document stands for."""
    writer = _Writer()
    stack = [_Group()]
    codepage = "cp1252"
    in_table = False  # the paragraph being written is in a table (\intbl)
    skip_chars = 0  # fallback characters after a \u still to skip
    starred = False  # the last token opened a group with \*
    for m in _TOKEN.finditer(text):
        word, arg, hexa, symbol, brace, plain = m.groups()
        group = stack[-1]
        if brace == "{":
            stack.append(dataclasses.replace(group))
            starred = False
            continue
        if brace == "}":
            if len(stack) > 1:
                stack.pop()
            continue
        if word is not None:
            if skip_chars and not group.skip:
                skip_chars -= 1  # a \u's fallback may be a control word ("\'e9")
                continue
            if word in _SKIPPED or starred:
                group.skip = True
                starred = False
                continue
            if group.skip:
                continue
            if word == "ansicpg" and arg:
                codepage = f"cp{arg}"
            elif word == "uc":
                group.uc = int(arg or 1)
            elif word == "u" and arg:
                if not group.superscript:
                    writer.add(chr(int(arg) % 65536), group.bold)
                skip_chars = group.uc
            elif word in ("par", "sect"):
                writer.paragraph(in_table)
            elif word == "line":
                writer.add("\n")
            elif word == "pard":
                in_table = False
            elif word == "intbl":
                in_table = True
            elif word == "trowd":
                writer.merged, writer.pending_merge = [], False
            elif word == "clmrg":
                writer.pending_merge = True
            elif word == "cellx":
                writer.merged.append(writer.pending_merge)
                writer.pending_merge = False
            elif word in ("cell", "nestcell"):
                writer.cell()
            elif word in ("row", "nestrow"):
                writer.end_row()
            elif word == "b":
                group.bold = arg != "0"
            elif word in ("super", "up"):
                group.superscript = word == "super" or bool(arg and int(arg) > 0)
            elif word in ("nosupersub", "plain"):
                group.superscript = False
                group.bold = group.bold and word != "plain"
            elif word in _SYMBOLS and not group.superscript:
                writer.add(_SYMBOLS[word], group.bold)
            continue
        if symbol is not None:
            if symbol == "*":
                starred = True
                continue
            if group.skip:
                continue
            if symbol in "\r\n":
                writer.paragraph(in_table)  # Cocoa's "\" at a line's end: a paragraph
            elif symbol in _ESCAPED and not group.superscript:
                writer.add(_ESCAPED[symbol], group.bold)
            continue
        if group.skip:
            continue
        if hexa is not None:
            if skip_chars:
                skip_chars -= 1
                continue
            if not group.superscript:
                writer.add(bytes([int(hexa, 16)]).decode(codepage, errors="replace"), group.bold)
            continue
        if plain is not None:
            if skip_chars:
                drop = min(skip_chars, len(plain))
                plain, skip_chars = plain[drop:], skip_chars - drop
            if not group.superscript:
                writer.add(plain, group.bold)
    return writer.finish()


def _read(text: str) -> Document:
    return html.read_as(as_html(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
