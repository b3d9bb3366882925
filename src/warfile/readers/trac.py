"""Reader for a Trac wiki page's source: an article a project copied into its Trac wiki, the box
retyped as a Trac table.

Trac's markup looks like wikitext (``= Heading =``, ``'''bold'''``) but its tables, links and macros
are its own, so the page is written out as the HTML it stands for and read by the HTML reader: a
table row per ``||`` line (``||= Date =||`` a header cell, each empty ``||||`` before a cell one more
column it spans, ``[[BR]]`` a line break, a row ending in ``\\`` going on), headings by their ``=``
count (the first ``= Heading =`` the title, an ``#anchor`` dropped), `` * `` / `` 1. `` items, blank
lines paragraphs. ``[wiki:Page text]`` and ``[http://url text]`` keep their text, ``^[3]^`` reads
"[3]", a ``[[FootNote(…)]]`` its number (its body left out). ``{{{ code }}}`` and ``#!comment``
blocks are dropped, a ``{{{#!div …}}}`` block's content kept; other macros carry no text.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "trac"

# Cues only Trac writes: its macros, header cells, processor blocks and bracketed resolver links
# (MediaWiki's own links are doubled ``[[…]]``, Moin's macros ``<<…>>``).
_CUES = re.compile(r"\[\[(?:BR|br|PageOutline|TOC|TracNav|FootNote|TitleIndex|RecentChanges|Image\()|"
                   r"^\s*\|\|=|\{\{\{#!(?:div|span|table|td|th|tr|comment|html|default)\b|"
                   r"(?<!\[)\[(?:wiki|wikipedia|ticket|milestone|source|attachment|report|trac):", re.M)
_NOT_TRAC = re.compile(r"\A\s*(?:<|\{\s*[\"}]|\[\s*[{\"\]])|^#(?:format|acl|pragma)\b|<<[A-Z]\w*|^\s*\|\|<[^>\n]*>",
                       re.M)
_SCORE_PER_CUE = 0.25
_MAX_SCORE = 0.94  # above MediaWiki's 0.8 for the headings, quotes and ``[[…]]`` it shares
_MIN_CUES = 2
_HEADING = re.compile(r"^\s*(=+)\s*(.+?)\s*\1\s*(?:#[\w.:-]*)?\s*$")
_LIST_ITEM = re.compile(r"^\s+(?:[*-]|\d+\.|[a-zA-Z]\.|[ivx]+\.)\s+(.*)$")
_DEFINITION = re.compile(r"^\s+(.+?)::\s*(.*)$")  # " term:: definition"
_RULE = re.compile(r"^\s*-{4,}\s*$")
_BLOCK_OPEN = re.compile(r"^\s*\{\{\{(?:#!(\w+).*)?$")
_SHEBANG = re.compile(r"^\s*#!(\w+)")
_BLOCK_CLOSE = re.compile(r"^\s*\}\}\}\s*$")
_KEPT_BLOCKS = {"div", "span", "table", "tr", "td", "th"}  # their content is the page's
_HEADER_CELL = re.compile(r"^\s*=(.*?)=?\s*$")
# (a macro's arguments and a link's text are bounded, so a stray "[[" or "[" costs no rescan)
_FOOTNOTE = re.compile(r"\[\[FootNote\((.{0,1000}?)\)\]\]")
_BREAK = re.compile(r"\[\[br\]\]", re.I)
_MACRO = re.compile(r"\[\[[A-Za-z][\w/]*(?:\(.{0,1000}?\))?\]\]")
# [[wiki:Page|text]], [[http://url|text]] (Trac 1.0's links) and their target alone
_DOUBLE_LINK = re.compile(r"\[\[([a-z][\w+-]*:[^\]|]*)(?:\|([^\]]{0,300}))?\]\]")
# [http://url text], [wiki:Page text], [wikipedia:"Some page" text], [=#anchor text], [#anchor text]
_LINK = re.compile(r"(?<!\[)\[((?:[a-z][\w+-]*:|=?#|/|\.\.?/)(?:\"[^\"\]]*\"|[^\s\]]+))(?:\s+([^\]]{0,300}))?\](?!\])")
_URL = re.compile(r"^(?:[a-z]+://|mailto:|=?#|/|\.)")
_BANG = re.compile(r"!(?=\[|\{\{\{|[A-Z][a-z]+[A-Z])")  # "!WikiName", "![wiki:x]": Trac's escape
_MONOSPACE = re.compile(r"\{\{\{(.{0,300}?)\}\}\}|`([^`\n]{0,300})`")
_INLINE = ((re.compile(r"\^(\[[^\]\^]{1,20}\])\^"), r"\1"),  # a citation mark "^[3]^" reads "[3]"
           (re.compile(r"'''''(.+?)'''''"), r"<b><i>\1</i></b>"), (re.compile(r"'''(.+?)'''"), r"<b>\1</b>"),
           (re.compile(r"''(.+?)''"), r"<i>\1</i>"), (re.compile(r"(?<![:/])//(.+?)(?<![:/])//"), r"<i>\1</i>"),
           (re.compile(r"\^([^\^\n]+?)\^"), r"<sup>\1</sup>"), (re.compile(r",,([^,\n]+?),,"), r"<sub>\1</sub>"),
           (re.compile(r"__(.+?)__"), r"\1"), (re.compile(r"~~(.+?)~~"), r"\1"))


# Substrings every cue holds: a page holding none of them is no Trac page (asked of every document,
# so this is tested before any pattern).
_MARKERS = ("[[", "||=", "{{{#!", "[wiki:", "[wikipedia:", "[ticket:", "[milestone:", "[source:", "[attachment:",
            "[report:", "[trac:")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or _NOT_TRAC.search(head):
        return 0.0  # HTML, JSON, or a Moin page (whose old versions wrote [[BR]] too; its cells "||<-2>")
    cues = len(_CUES.findall(head))
    return 0.0 if cues < _MIN_CUES else min(_MAX_SCORE, _SCORE_PER_CUE * cues)


def _link(m: re.Match[str]) -> str:
    """A link's shown text; a wiki page's name when it shows none, nothing for a bare URL."""
    target, label = m.group(1).strip(), m.group(2)
    if label and label.strip():
        return label.strip().strip('"')
    if _URL.match(target):
        return ""
    return target.split(":", 1)[1].strip('"').replace("_", " ")


def _inline(text: str, notes: list[int]) -> str:
    """One line's markup as HTML: links their text, footnotes their number, macros dropped."""
    def footnote(m: re.Match[str]) -> str:
        if m.group(1).strip().isdigit():
            return f"[{m.group(1).strip()}]"  # a note cited again by its number
        notes.append(len(notes) + 1)
        return f"[{notes[-1]}]"
    text = _BREAK.sub("\x00", _FOOTNOTE.sub(footnote, _BANG.sub("", text)))
    text = _LINK.sub(_link, _MACRO.sub("", _DOUBLE_LINK.sub(_link, text)))
    text = _MONOSPACE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = html_escape.escape(text, quote=False)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.replace("\x00", "<br>")


def _row(line: str, notes: list[int]) -> str:
    cells = line.strip()[2:]
    cells = cells[:-2] if cells.endswith("||") else cells
    out, span = [], 1
    for cell in cells.split("||"):
        if cell == "":  # "||||Belligerents||": each empty cell widens the next
            span += 1
            continue
        tag = "td"
        if header := _HEADER_CELL.match(cell):
            tag, cell = "th", header.group(1)
        attrs = f' colspan="{span}"' if span > 1 else ""
        out.append(f"<{tag}{attrs}>{_inline(cell.strip(), notes)}</{tag}>")
        span = 1
    return f"<tr>{''.join(out)}</tr>"


def _lines(text: str) -> list[str]:
    """The page's lines, code and comment blocks left out, a table row continued by "\\" joined."""
    out: list[str] = []
    blocks: list[bool] = []  # for each open {{{ block, whether its content is kept
    fresh = False  # the line before opened a block without naming its processor
    for line in text.replace("\r\n", "\n").split("\n"):
        fresh, was_fresh = False, fresh
        if (opened := _BLOCK_OPEN.match(line)) and "}}}" not in line:
            blocks.append(opened.group(1) in _KEPT_BLOCKS and all(blocks))
            fresh = opened.group(1) is None
            out.append("")  # a block starts a paragraph of its own
        elif blocks and _BLOCK_CLOSE.match(line):
            blocks.pop()
            out.append("")
        elif blocks and was_fresh and (shebang := _SHEBANG.match(line)):
            blocks[-1] = shebang.group(1) in _KEPT_BLOCKS and all(blocks[:-1])  # "{{{" over "#!div"
        elif not all(blocks):
            continue
        elif out and out[-1].lstrip().startswith("||") and out[-1].rstrip().endswith("\\"):
            out[-1] = out[-1].rstrip()[:-1] + line.strip()
        else:
            out.append(line)
    return out


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    out = html.Blocks()  # the open paragraph's lines, table's rows, list's items
    blocks, para, rows, items, flush = out.blocks, out.para, out.rows, out.items, out.flush
    notes: list[int] = []
    title = None

    for line in _lines(text):
        if line.lstrip().startswith("||"):
            if para or items:
                flush()
            rows.append(_row(line, notes))
            continue
        if rows:
            flush()
        item = _LIST_ITEM.match(line) or _DEFINITION.match(line)
        if items and not item and line[:1].isspace() and line.strip():
            items[-1] = f"{items[-1][:-5]} {_inline(line.strip(), notes)}</li>"  # an item going on over lines
        elif heading := _HEADING.match(line):
            flush()
            level = min(6, len(heading.group(1)))
            words = _inline(heading.group(2), notes)
            title = title or (words if level == 1 else None)
            blocks.append(f"<h{level}>{words}</h{level}>")
        elif item:
            if para:
                flush()
            words = ": ".join(_inline(g, notes) for g in item.groups() if g)
            items.append(f"<li>{words}</li>")
        elif not line.strip() or _RULE.match(line):
            flush()
        else:
            if items:
                flush()
            words = _inline(line.strip().lstrip(">").strip(), notes)  # "> …": a quoted reply's text
            if words.strip():
                para.append(words)
    flush()
    return html.page(title, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
