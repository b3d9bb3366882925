"""Reader for a PmWiki page: the page file a PmWiki site keeps (``wiki.d/Group.Page``), or the page's
markup alone.

A page file is ``key=value`` lines (``version=pmwiki-… urlencoded=1``, ``author=``, ``name=``,
``text=`` …) followed by the kept diffs (``author:TIME=``, ``diff:…=``); the page is the ``text=``
value, url-encoded (``%0a`` a newline, ``%3c`` "<", ``%25`` "%"). Its markup is written out as the
HTML it stands for and read by the HTML reader: ``!``/``!!``/``!!!`` headings, blank lines
paragraphs, ``*``/``#`` list items, ``'''bold'''`` and ``''italic''``, ``\\\\`` at a line's end and
``[[<<]]`` a line break. A simple table is its ``||`` lines (a line holding only its attributes,
``||border=1 class=infobox``, opens it; ``||!text`` a header cell; each empty ``||`` after a cell one
more column it spans); an advanced table its ``(:table:)`` / ``(:cellnr:)`` / ``(:cell:)``
directives. The first table that is the page's fact box is marked ``infobox``. Links keep their text
(``[[url|text]]``, ``[[Group/Page|text]]``, ``[[text -> Page]]``, ``[[Page]]`` its name), a
``[^note^]`` footnote reads as its number ("[1]", its body left out) and ``[^#^]`` (the notes'
list) nothing. ``(:title …:)`` is the page's title; every other ``(:…:)`` directive, category links
``[[!Cat]]``, anchors, wiki styles (``%red%`` … ``%%``), images and ``>>comment<<`` blocks are
dropped; a ``>>frame<<`` … ``>><<`` box's text is kept.
"""
from __future__ import annotations

import html as html_escape
import re
from urllib.parse import unquote

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "pmwiki"

_MAX_SCORE = 0.94
_PAGE_FILE = re.compile(r"^version=pmwiki-", re.M)
_TEXT_LINE = re.compile(r"^text=", re.M)
# Cues of a PmWiki page's markup alone (no page file): its directives, breaks, boxes and footnotes.
_MARKERS = ("(:", "[[<<]]", ">><<", "||border=", "[^#^]")
_CUES = re.compile(r"\(:(?:title|description|keywords|toc|toc-float|notoc|noleft|noright|nofooter|noheader|"
                   r"table|cellnr|cell|tableend|include|comment|if|ifend|div|divend|pagelist|searchbox|"
                   r"markup|redirect)[\s:]|\[\[<<\]\]|^>>[\w\s=-]*<<\s*$|^\|\|border=|\[\^#\^\]", re.M)
_SCORE_PER_CUE = 0.3
_MAX_MARKUP_SCORE = 0.9
_MIN_CUES = 2


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "version=pmwiki" in head and _PAGE_FILE.search(head):
        return _MAX_SCORE  # a page file's first line
    if not any(m in head for m in _MARKERS) or head.lstrip().startswith(("<", "{", "[")):
        return 0.0
    cues = len(_CUES.findall(head))
    return 0.0 if cues < _MIN_CUES else min(_MAX_MARKUP_SCORE, _SCORE_PER_CUE * cues)


# ---------------------------------------------------------------- the page file

_OLD_ENCODED = re.compile(r"%(0a|0d|3c)", re.I)


def _page(text: str) -> tuple[str, str | None, str | None]:
    """The page's markup, its ``title=`` and its ``name=`` (a page file's), or the text itself
    when it is markup alone."""
    text = text.replace("\r\n", "\n")
    if not (_PAGE_FILE.search(text[:_text.SCORE_WINDOW]) and _TEXT_LINE.search(text)):
        return text, None, None
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        key, sep, value = line.partition("=")
        if sep and key not in fields and ":" not in key:  # "diff:1710…:…=" lines are the history
            fields[key] = value
    version = fields.get("version", "")
    markup = fields.get("text", "")
    if "urlencoded=1" in version:
        markup = unquote(markup, errors="replace")
    else:  # an old page file: only newlines and "<" were encoded
        markup = _OLD_ENCODED.sub(lambda m: {"0a": "\n", "0d": "\r", "3c": "<"}[m.group(1).lower()], markup)
    title = fields.get("title")
    return markup.replace("\r\n", "\n").replace("\r", "\n"), title and unquote(title, errors="replace"), \
        fields.get("name")


# ---------------------------------------------------------------- inline markup

_TITLE = re.compile(r"\(:title\s+(.{0,300}?):\)")
# literal text, code (each span stops at the next opening, so a stray "[=" costs no rescan)
_ESCAPED = re.compile(r"\[=((?:(?!=\]|\[=).){0,3000})=\]|\[@((?:(?!@\]|\[@).){0,3000})@\]", re.S)
_DROPPED_BLOCK = re.compile(r"\(:markup\b[^:\n]{0,200}:\).{0,20000}?\(:markupend:\)", re.S)  # code shown
_DIRECTIVE = re.compile(r"\(:[a-zA-Z][\w-]*(?:\s(?:(?!\(:|:\))[^\n]){0,500})?:\)")
_FOOTNOTE = re.compile(r"\[\^([^\^\n]{0,2000})\^\]")
_LINK = re.compile(r"\[\[([^\[\]\n]{0,500})\]\]")
_URL = re.compile(r"^(?:[a-z][\w+.-]*://|mailto:)", re.I)
_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)$", re.I)
_BARE_IMAGE = re.compile(r"(?:https?://|Attach:)[^\s\]|]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)(?:\"[^\"]*\")?", re.I)
_STYLE_ATTR = r"[a-zA-Z][\w-]*(?:=(?:'[^'\n]*'|\"[^\"\n]*\"|[^\s%]*))?"
_WIKISTYLE = re.compile(rf"%%|%{_STYLE_ATTR}(?:\s+{_STYLE_ATTR})*\s*%")
_ENTITY = re.compile(r"&amp;(#?\w{1,10};)")
_INLINE = ((re.compile(r"\{-.*?-\}"), ""),  # deleted text
           (re.compile(r"'''''(.+?)'''''"), r"<b><i>\1</i></b>"), (re.compile(r"'''(.+?)'''"), r"<b>\1</b>"),
           (re.compile(r"''(.+?)''"), r"<i>\1</i>"), (re.compile(r"'\^(.+?)\^'"), r"<sup>\1</sup>"),
           (re.compile(r"'_(.+?)_'"), r"<sub>\1</sub>"), (re.compile(r"@@(.+?)@@"), r"\1"),
           (re.compile(r"\[(\++|-+)(.+?)\1\]"), r"\2"), (re.compile(r"\{\+(.+?)\+\}"), r"\1"))
_SMALL_WORDS = frozenset({"Of", "The", "And", "At", "In", "On", "For", "To", "A", "An", "By"})


def _page_name(target: str) -> str:
    """A page's name as a link shows it: "Group/BattleOfVarna" "Battle of Varna"."""
    name = re.split(r"[./]", target)[-1]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).split()
    return " ".join(w.lower() if n and w in _SMALL_WORDS else w for n, w in enumerate(words))


class _Writer:
    def __init__(self) -> None:
        self.notes = 0
        self.literals: list[str] = []

    def protect(self, m: re.Match[str]) -> str:
        """A ``[=…=]`` / ``[@…@]`` span: kept aside, put back as escaped text at the end."""
        self.literals.append(m.group(1) if m.group(1) is not None else m.group(2))
        return f"\x01{len(self.literals) - 1}\x02"

    def link(self, m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if inner == "<<":
            return "\x00"  # [[<<]]: a line break
        if inner.startswith(("#", "!")) or not inner:
            return ""  # an anchor, a category link
        if "->" in inner:
            label, target = (s.strip() for s in inner.split("->", 1))
        elif "|" in inner:
            target, label = (s.strip() for s in inner.split("|", 1))
        else:
            target, label = inner, ""
        if label == "+":
            return _page_name(target)
        if label and label != "#":
            return "" if _IMAGE.search(label) and "/" in label else label
        if _URL.match(target) or _IMAGE.search(target) or target.startswith("Attach:"):
            return ""
        if ":" in target and not target.startswith("~"):
            return target.split(":", 1)[1].replace("_", " ")  # an InterMap link: [[Wikipedia:Julian_Cesarini]]
        return re.sub(r"\(([^)]*)\)", r"\1", target.lstrip("~"))  # [[Page(s)]] reads "Pages"

    def footnote(self, m: re.Match[str]) -> str:
        if m.group(1).strip() == "#":
            return ""  # the notes' list
        self.notes += 1
        return f"[{self.notes}]"

    def inline(self, text: str) -> str:
        """One line's markup as HTML."""
        text = _FOOTNOTE.sub(self.footnote, text)
        text = _LINK.sub(self.link, _BARE_IMAGE.sub("", text))
        text = _WIKISTYLE.sub("", _DIRECTIVE.sub("", text))
        text = _ENTITY.sub(r"&\1", html_escape.escape(text, quote=False))
        for pattern, replacement in _INLINE:
            text = pattern.sub(replacement, text)
        text = text.replace("\x00", "<br>")
        if "\x01" in text:
            text = re.sub(r"\x01(\d+)\x02", lambda m: html_escape.escape(self.literals[int(m.group(1))], quote=False),
                          text)
        return text.strip()


# ---------------------------------------------------------------- tables

_TABLE_ATTRS = re.compile(r"^\|\|(?!.*\|\|)(.*)$")  # "||border=1 class=infobox": attributes alone
_HEADING = re.compile(r"^(!{1,6})\s*(.*?)\s*$")
_LIST_ITEM = re.compile(r"^(?:[*#]+)\s*(.*)$")
_DEFINITION = re.compile(r"^:+([^:\n]*):\s*(.*)$")
_INDENT = re.compile(r"^(?:-+[<>])\s*")
_RULE = re.compile(r"^-{4,}\s*$")
_STYLE_BLOCK = re.compile(r"^>>(.*?)<<\s*$")
_CELL = re.compile(r"^\s*\(:(cellnr|cell|headnr|head)(\s[^\n]*?)?:\)(.*)$")
_TABLE_OPEN = re.compile(r"^\s*\(:table(\s[^\n]*?)?:\)\s*$")
_TABLE_CLOSE = re.compile(r"^\s*\(:tableend:\)\s*$")
_COLSPAN = re.compile(r"colspan=['\"]?(\d+)")
_BOLD_ONLY = re.compile(r"^<b>(?:(?!</?b>).){1,40}</b>$")
_BOX_ROWS = 3  # rows with a header or label cell a table needs to be taken for the fact box


class _Table:
    """A table's rows as they are read, written out when it ends."""

    def __init__(self, attrs: str) -> None:
        self.box = "infobox" in attrs
        self.rows: list[list[tuple[str, str, int]]] = []  # (tag, html, colspan) per cell

    def html(self, box: bool) -> str:
        out = []
        for cells in self.rows:
            if len(cells) > 1 and cells[0][0] == "td" and _BOLD_ONLY.match(cells[0][1]):
                cells = [("th", cells[0][1][3:-4], cells[0][2])] + cells[1:]  # "'''Date'''": the row's label
            out.append("<tr>" + "".join(f"<{t}{f' colspan={s}' if s > 1 else ''}>{c}</{t}>" for t, c, s in cells)
                       + "</tr>")
        return f"<table{' class=infobox' if box else ''}>{''.join(out)}</table>"

    def looks_like_box(self) -> bool:
        labelled = sum(1 for cells in self.rows if cells and (cells[0][0] == "th" or _BOLD_ONLY.match(cells[0][1])))
        return self.box or labelled >= _BOX_ROWS


def _simple_row(line: str, writer: _Writer) -> list[tuple[str, str, int]]:
    """A ``||`` row's cells: each empty cell after one widens it (PmWiki's column span)."""
    parts = re.sub(r"\|\|\s*$", "", line.strip()).split("||")[1:]
    cells: list[tuple[str, str, int]] = []
    for part in parts:
        if part == "":
            if cells:
                tag, content, span = cells[-1]
                cells[-1] = (tag, content, span + 1)
            continue
        tag = "td"
        if part.startswith("!"):
            tag, part = "th", part[1:]
        cells.append((tag, writer.inline(part), 1))
    return cells


def _cell_html(lines: list[str], writer: _Writer) -> str:
    """An advanced table cell's lines: wrapped lines joined, list items and paragraphs as breaks."""
    out: list[str] = []
    joined = False  # the last line was running text another may continue
    for line in lines:
        stripped = line.strip()
        if not stripped:
            joined = False
            continue
        item = _LIST_ITEM.match(stripped)
        words = writer.inline(item.group(1) if item else _HEADING.sub(r"\2", stripped))
        if joined and not item and out:
            out[-1] += " " + words
        elif words:
            out.append(words)
        joined = not item
    return "<br>".join(w for w in out if w)


# ---------------------------------------------------------------- the page

def _lines(markup: str, writer: _Writer) -> list[str]:
    """The page's lines: literals set aside, dropped blocks removed, lines ending in "\\" joined,
    a "\\\\" ending a line's break."""
    markup = _ESCAPED.sub(writer.protect, markup)
    markup = _DROPPED_BLOCK.sub("", markup)
    markup = re.sub(r"(?<!\\)\\\n", "", markup)  # "\" at a line's end: the next line goes on
    markup = re.sub(r"\\\\\\?[ \t]*$", "\x00", markup, flags=re.M)  # "\\": a line break
    return markup.split("\n")


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    markup, file_title, name = _page(text)
    writer = _Writer()
    title_match = _TITLE.search(markup)
    title = writer.inline(title_match.group(1)) if title_match else None
    title = title or (html_escape.escape(file_title) if file_title else None)
    out = html.Blocks()
    blocks, para, items = out.blocks, out.para, out.items
    tables: list[_Table] = []  # the simple table open, or the advanced one
    cell: list[str] | None = None  # an advanced table's open cell's lines
    row_open = False
    has_box = False
    hidden = False  # inside a >>comment<< block

    def end_table() -> None:
        nonlocal has_box, cell
        if not tables:
            return
        table = tables.pop()
        if cell is not None:
            table.rows[-1][-1] = (table.rows[-1][-1][0], _cell_html(cell, writer), table.rows[-1][-1][2])
            cell = None
        if table.rows:
            box = not has_box and table.looks_like_box()
            has_box = has_box or box
            blocks.append(table.html(box))

    def flush() -> None:
        out.flush()
        end_table()

    advanced = False
    for line in _lines(markup, writer):
        if hidden:
            hidden = not _STYLE_BLOCK.match(line.strip())
            continue
        if advanced:
            if _TABLE_CLOSE.match(line):
                end_table()
                advanced = False
            elif m := _CELL.match(line):
                table = tables[-1]
                if cell is not None:
                    tag, _, span = table.rows[-1][-1]
                    table.rows[-1][-1] = (tag, _cell_html(cell, writer), span)
                if m.group(1).endswith("nr") or not row_open:
                    table.rows.append([])
                    row_open = True
                span = _COLSPAN.search(m.group(2) or "")
                table.rows[-1].append(("th" if m.group(1).startswith("head") else "td", "",
                                       int(span.group(1)) if span else 1))
                cell = [m.group(3)]
            elif cell is not None:
                cell.append(line)
            continue
        if opened := _TABLE_OPEN.match(line):
            flush()
            tables.append(_Table(opened.group(1) or ""))
            advanced, row_open, cell = True, False, None
            continue
        stripped = line.strip()
        if stripped.startswith("||"):
            if para or items:
                out.flush()
            if attrs := _TABLE_ATTRS.match(stripped):
                end_table()
                tables.append(_Table(attrs.group(1)))
            else:
                if not tables:
                    tables.append(_Table(""))
                if cells := _simple_row(stripped, writer):
                    tables[-1].rows.append(cells)
            continue
        if tables:
            end_table()
        if style := _STYLE_BLOCK.match(stripped):
            flush()
            hidden = "comment" in style.group(1)
        elif not stripped or _RULE.match(stripped):
            flush()
        elif heading := _HEADING.match(stripped):
            flush()
            words = writer.inline(heading.group(2))
            if len(heading.group(1)) == 1 and title is None and not blocks:
                title = words  # "!Battle of Varna" opening a page that names no title
            elif words:
                level = min(6, max(2, len(heading.group(1))))
                blocks.append(f"<h{level}>{words}</h{level}>")
        elif item := _LIST_ITEM.match(stripped):
            if para:
                out.flush()
            if words := writer.inline(item.group(1)):
                items.append(f"<li>{words}</li>")
        elif definition := _DEFINITION.match(stripped):
            if para:
                out.flush()
            words = ": ".join(w for w in (writer.inline(definition.group(1)), writer.inline(definition.group(2))) if w)
            if words:
                items.append(f"<li>{words}</li>")
        else:
            if items:
                out.flush()
            if words := writer.inline(_INDENT.sub("", stripped)):
                para.append(words)
    flush()
    title = title or (html_escape.escape(_page_name(name)) if name else None)
    if title:
        blocks.insert(0, f"<h1>{title}</h1>")
        title = re.sub(r"<[^>]*>", "", title)
    return html.page(title, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
