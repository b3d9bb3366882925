"""Reader for a MoinMoin wiki page's source (``#format wiki``): a page a team imported into its
own wiki, the box retyped as a Moin table.

Moin's markup looks like wikitext (``= Heading =``, ``'''bold'''``, ``''italic''``) but its tables
(``||<-2> cell ||``), links (``[[url|text]]``) and macros (``<<BR>>``, ``<<FootNote(…)>>``) are its
own, so the page is written out as the HTML it stands for and read by the HTML reader: a table
row per ``||`` line (a cell's ``<-N>`` option its ``colspan``, ``<<BR>>`` its line breaks),
headings by their ``=`` count, `` * `` and `` 1. `` lines list items, blank lines paragraphs. A
footnote keeps its number in the text ("[1]"), its body is left out (it is the reference); the
page's processing instructions (``#acl``, ``#pragma``, ``## comments``), attachments and other
macros carry no text.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "moinmoin"

# Cues only Moin writes: its processing instructions, macros, table cell options, wiki links to URLs.
_CUES = re.compile(r"^#(?:format|acl|pragma|language|refresh)\b|<<(?:BR|FootNote|TableOfContents|Include|"
                   r"Anchor|Date|DateTime|Navigation|FullSearch|PageList|Attachments?)\b|^\|\|<[^>\n]*>|"
                   r"\{\{attachment:", re.M)
_SCORE_PER_CUE = 0.2
_MAX_SCORE = 0.93  # above the wikitext readers, which share its headings and quotes
_MIN_CUES = 2
_HEADING = re.compile(r"^(=+)\s*(.+?)\s*\1\s*$")
_LIST_ITEM = re.compile(r"^\s+(?:\*|\d+\.|[a-zA-Z]\.)\s+(.*)$")
_CELL_OPTIONS = re.compile(r"^\s*<([^<>]*)>")
_SPAN = re.compile(r"(?:^|\s)-(\d+)\b")
_FOOTNOTE = re.compile(r"<<FootNote\((.*?)\)>>", re.S)
_MACRO = re.compile(r"<<[^<>]*>>")
_ATTACHMENT = re.compile(r"\{\{[^{}]*\}\}")
_LINK = re.compile(r"\[\[([^\]|]*)(?:\|([^\]|]*))?(?:\|[^\]]*)?\]\]")
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")


_MARKERS = ("#format", "#acl", "#pragma", "#language", "#refresh", "<<", "||<", "{{attachment:")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS):  # (asked of every document: no pattern unless a cue's text is there)
        return 0.0
    cues = len(_CUES.findall(head))
    if cues < _MIN_CUES:
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_CUE * cues)


def _inline(text: str, notes: list[int]) -> str:
    """One line's markup as HTML: links their text, footnotes their number, macros dropped."""
    def footnote(_: re.Match[str]) -> str:
        notes.append(len(notes) + 1)
        return f"[{notes[-1]}]"
    text = _FOOTNOTE.sub(footnote, text)
    text = text.replace("<<BR>>", "\x00")
    text = _MACRO.sub("", _ATTACHMENT.sub("", text))
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = html_escape.escape(text, quote=False)
    text = _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", text))
    return text.replace("\x00", "<br>")


def _row(line: str, notes: list[int]) -> str:
    cells = line.strip()[2:]
    cells = cells[:-2] if cells.endswith("||") else cells
    out = []
    for cell in cells.split("||"):
        attrs = ""
        if options := _CELL_OPTIONS.match(cell):
            if span := _SPAN.search(options.group(1)):
                attrs = f' colspan="{span.group(1)}"'
            cell = cell[options.end():]
        out.append(f"<td{attrs}>{_inline(cell.strip(), notes)}</td>")
    return f"<tr>{''.join(out)}</tr>"


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    out = html.Blocks()
    blocks, para, rows, items, flush = out.blocks, out.para, out.rows, out.items, out.flush
    notes: list[int] = []
    title = None

    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith("#"):
            continue  # processing instructions and comments
        if line.lstrip().startswith("||"):
            if para or items:
                flush()
            rows.append(_row(line, notes))
            continue
        if rows:
            flush()
        if heading := _HEADING.match(line):
            flush()
            level = min(6, len(heading.group(1)))
            words = _inline(heading.group(2), notes)
            title = title or (words if level == 1 else None)
            blocks.append(f"<h{level}>{words}</h{level}>")
        elif item := _LIST_ITEM.match(line):
            if para:
                flush()
            items.append(f"<li>{_inline(item.group(1), notes)}</li>")
        elif not line.strip():
            flush()
        else:
            if items:
                flush()
            para.append(_inline(line.strip(), notes))
    flush()
    return html.page(title, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
