"""Reader for Phabricator's Remarkup: a Phriction wiki page's source, an article a group copied
into its wiki, the box retyped as a table.

The markup is written out as the HTML it stands for and read by the HTML reader: ``= Title =`` (the
first, before any other heading, is the page's title), ``== Heading ==`` … (the closing ``=`` optional;
a line underlined with ``===`` or ``---`` a heading too), blank lines paragraphs (a paragraph's lines
joined), ``- `` / ``* `` / ``# `` items (``[ ]`` / ``[X]`` boxes dropped), ``> `` quotes (a reply's
``>>! In T1, @x wrote:`` line dropped), ``---`` rules. ``**bold**``, ``//italic//``, ``##mono##``,
`` `mono` ``, ``~~deleted~~``, ``!!highlight!!`` and ``__underline__`` keep their text; links keep
theirs (``[[ url | text ]]``, ``[[ /w/page/ | text ]]``, ``[text](url)``; ``[[ /w/page/ ]]`` the
page's name, ``[[ url ]]`` nothing); ``%%%literal%%%`` is literal.

A table is pipes (``| a | b |`` rows, a ``| --- |`` row making the rows above it header cells) or the
HTML-like block Remarkup allows (``<table><tr><th>…</th><td>…</td></tr></table>``, a cell's lines its
breaks); a row whose first cell is all bold has that cell for its label, a header cell beside empty
ones spans them, and the first table whose rows are labelled is the page's fact box.

Dropped: embeds (``{F123}`` files, ``{icon …}``, ``{T123}`` / ``{D45}`` … objects, ``{nav …}``,
``{key …}``), callouts (a paragraph opening ``NOTE:`` / ``WARNING:`` / ``IMPORTANT:`` or ``(NOTE)``
…: its editors' word on the page, not the page's) and code blocks (fenced with ``````` or indented
two spaces, ``lang=…`` / ``name=…`` headed).
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.box_tables import BLOCK, COLSPAN, ONLY_PLACE, Store, Tables, plain

SHAPE = "remarkup"

# ---------------------------------------------------------------- detection

# Substrings every strong cue holds (asked of every document: nothing else is tried without one).
_MARKERS = ("[[ ", "{F", "{icon", "{T", "(NOTE)", "(WARNING)", "(IMPORTANT)", "##", "!!", ">>!")
# (cue, weight, kind): each cue counts once, however often it occurs. A page needs a strong cue
# (Remarkup's own: no other markup writes them) and another cue; a weak one (shared with Creole,
# DokuWiki, MediaWiki or AsciiDoc) only adds its weight.
_STRONG, _CUE, _WEAK = 2, 1, 0
_CUES = (
    (re.compile(r"\{(?:F\d+|icon\s+[\w-]+|[TDPMCLQVW]\d+)(?:[,\s][^{}\n]{0,200})?\}"), 0.4, _STRONG),  # embeds
    (re.compile(r"^\((?:NOTE|WARNING|IMPORTANT)\)\s", re.M), 0.4, _STRONG),
    (re.compile(r"\[\[ [^\[\]\n|]{1,300}? \|[^\[\]\n]{0,300}\]\]|\[\[ [^\[\]\n|]{1,300} \]\]"), 0.3, _STRONG),
    (re.compile(r"(?<=[^\n#\w])##[^#\s][^#\n]{0,100}?##(?!#)"), 0.25, _STRONG),  # (a line's "## item" is a list's)
    (re.compile(r"(?<=[^\n!\w|])!!\w[^!\n]{0,100}?\w!!(?![!\w])"), 0.25, _STRONG),  # (a line's "!!" a table's)
    (re.compile(r"^>>! In ", re.M), 0.3, _STRONG),
    (re.compile(r"^(?:NOTE|WARNING|IMPORTANT):\s", re.M), 0.2, _CUE),  # AsciiDoc's admonitions too
    (re.compile(r"^==?\s+[^=\n]+?(?:\s+==?)?\s*$", re.M), 0.15, _WEAK),
    (re.compile(r"(?<![:/])//[A-Z][^/\n]{0,200}//"), 0.1, _WEAK),
)
# Other markups' own cues (MediaWiki's, AsciiDoc's): not a Remarkup page
_NOT_REMARKUP = re.compile(r"\{\{Infobox|'''|<ref[\s>]|^\|===|^(?:image|include)::|^:[\w-]+:\s|^\[(?:source|quote|NOTE)\b|"
                           r"\blink:\S+\[|<<[\w-]+(?:,[^>\n]*)?>>", re.M | re.I)
_MIN_KINDS = 2
_MAX_SCORE = 0.94


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or head.lstrip().startswith(("<", "{", "[")):
        return 0.0
    if not any(cue.search(head) for cue, _, kind in _CUES if kind == _STRONG):
        return 0.0  # (a markdown page's "## Background" passes the markers: no strong cue, no more scans)
    found = [(weight, kind) for cue, weight, kind in _CUES if cue.search(head)]
    kinds = [kind for _, kind in found if kind != _WEAK]
    if len(kinds) < _MIN_KINDS or _NOT_REMARKUP.search(head):
        return 0.0
    return min(_MAX_SCORE, sum(weight for weight, _ in found))


# ---------------------------------------------------------------- pieces set aside

_LITERAL = re.compile(r"%%%(.{0,5000}?)%%%", re.S)


def _without_fences(text: str) -> str:
    """The text without its ```` ``` ```` code blocks (one left open runs to the end)."""
    if "```" not in text:
        return text
    out, pos = [], 0
    while (start := text.find("```", pos)) >= 0:
        out.append(text[pos:start])
        end = text.find("```", start + 3)
        if end < 0:
            return "".join(out)
        pos = end + 3
        out.append("\n\n")
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------- inline markup

_EMBED = re.compile(r"\{(?:[A-Z]\d+|(?:icon|nav|key|image|meme|F)\b)[^{}\n]{0,300}\}")
_LINK = re.compile(r"\[\[([^\[\]|\n]{1,500}?)(?:\|([^\[\]\n]{0,500}))?\]\]")
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^()\s]{0,1000}\)")
_URL = re.compile(r"^(?:[a-z][\w+.-]*://|mailto:|#)", re.I)
_INLINE = (  # (a substring the markup holds, its pattern, its HTML)
    ("**", re.compile(r"\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*"), r"<b>\1</b>"),
    ("//", re.compile(r"(?<![:/])//(?=\S)(.{1,500}?)(?<=[^\s:])//"), r"<i>\1</i>"),
    ("##", re.compile(r"##(?=\S)(.{1,500}?)(?<=\S)##"), r"\1"),
    ("`", re.compile(r"`([^`]+)`"), r"\1"),
    ("~~", re.compile(r"~~(?=\S)(.{1,500}?)(?<=\S)~~"), r"\1"),
    ("!!", re.compile(r"!!(?=\S)(.{1,500}?)(?<=\S)!!"), r"\1"),
    ("__", re.compile(r"(?<!_)__(?=\S)(.{1,500}?)(?<=\S)__(?!_)"), r"\1"),
)


def _link(m: re.Match[str]) -> str:
    """A link's shown text; a wiki page's name when it shows none, nothing for a bare URL."""
    target, label = m.group(1).strip(), m.group(2)
    if label is not None and label.strip():
        return label.strip()
    if _URL.match(target):
        return ""
    page = target.strip("/").rsplit("/", 1)[-1]  # "/w/balkans/osk_ford/": "osk ford"
    return page.replace("_", " ")


def _inline(text: str) -> str:
    """One line's markup as HTML: embeds dropped, links their text, emphasis as tags."""
    if "{" in text:
        text = _EMBED.sub("", text)
    if "[" in text:
        text = _MD_LINK.sub(r"\1", _LINK.sub(_link, text))
    text = html_escape.escape(text, quote=False)
    for marker, pattern, replacement in _INLINE:
        if marker in text:
            text = pattern.sub(replacement, text)
    return text


# ---------------------------------------------------------------- tables

_CELL_ITEM = re.compile(r"^(?:[-*#]|\d{1,2}[.)])\s+")


def _cell_html(raw: str) -> str:
    """A cell's text: each line (an item's, a paragraph's) a line of the cell."""
    lines = (_inline(_CELL_ITEM.sub("", line.strip())).strip() for line in raw.split("\n"))
    return "<br>".join(w for w in lines if w)


_TABLE_OPEN = re.compile(r"^[ \t]*<table\b[^>\n]*>", re.I | re.M)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_TABLE_TAG = re.compile(r"<(/?)(tr|th|td)\b([^>]{0,300})>", re.I)


def _table_rows(body: str) -> list[list[tuple[str, str, int]]]:
    """A ``<table>`` block's rows: (tag, HTML, colspan) per cell, a cell running to the next tag."""
    rows: list[list[tuple[str, str, int]]] = []
    cell: tuple[str, int, int] | None = None  # (tag, colspan, where its text starts)
    for tag in _TABLE_TAG.finditer(body):
        if cell is not None:
            if not rows:
                rows.append([])
            rows[-1].append((cell[0], _cell_html(body[cell[2]:tag.start()]), cell[1]))
            cell = None
        closing, kind = tag.group(1) == "/", tag.group(2).lower()
        if kind == "tr" and not closing:
            rows.append([])
        elif kind in ("th", "td") and not closing:
            span = COLSPAN.search(tag.group(3))
            cell = (kind, max(1, min(20, int(span.group(1)))) if span else 1, tag.end())
    if cell is not None:
        rows[-1:] = rows[-1:] or [[]]
        rows[-1].append((cell[0], _cell_html(body[cell[2]:]), cell[1]))
    return rows


def _html_tables(text: str, store: Store, tables: Tables) -> str:
    """The text with each ``<table>`` … ``</table>`` block set aside as its HTML, on a line of its own
    (Remarkup nests no tables; one left open runs to the end)."""
    if "<table" not in text.lower():
        return text
    out, pos = [], 0
    for m in _TABLE_OPEN.finditer(text):
        if m.start() < pos:
            continue
        close = _TABLE_CLOSE.search(text, m.end())
        out.append(text[pos:m.start()])
        out.append(f"\n{BLOCK}{store.add(tables.html(_table_rows(text[m.end():close.start() if close else len(text)])))}\n")
        pos = close.end() if close else len(text)
        if close is None:
            break
    out.append(text[pos:])
    return "".join(out)


_SEPARATOR = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _pipe_cells(line: str) -> list[str]:
    """A ``| a | b |`` row's cells, a ``|`` inside a ``[[ link | text ]]`` no cell's end."""
    body = line.strip()
    body = body[1:-1] if body.endswith("|") and len(body) > 1 else body[1:]
    cells, start, depth, i = [], 0, 0, 0
    while i < len(body):
        if body.startswith("[[", i):
            depth, i = depth + 1, i + 2
            continue
        if body.startswith("]]", i) and depth:
            depth, i = depth - 1, i + 2
            continue
        if body[i] == "|" and not depth:
            cells.append(body[start:i])
            start = i + 1
        i += 1
    cells.append(body[start:])
    return cells


# ---------------------------------------------------------------- the page

_HEADING = re.compile(r"^(={1,6})(?!=)\s*(.*?)\s*=*\s*$")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*#]+|\d{1,2}[.)])\s+(?:\[[ xX]?\]\s+)?(.*)$")
_QUOTE = re.compile(r"^>+\s?")
_REPLY = re.compile(r"^>+\s*>?!\s*In\b")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|(?:- ){2,}-|(?:\* ){2,}\*)\s*$")
_CALLOUT = re.compile(r"^\s*(?:(?:NOTE|WARNING|IMPORTANT):|\((?:NOTE|WARNING|IMPORTANT)\))\s")
_CODE_HEAD = re.compile(r"^\s*(?:lang|name|lines|counterexample)=")


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    store, tables = Store(), Tables()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LITERAL.sub(lambda m: store.add(html_escape.escape(m.group(1), quote=False).replace("\n", "<br>")), text)
    text = _html_tables(_without_fences(text), store, tables)
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []
    rows: list[list[tuple[str, str, int]]] = []
    title: str | None = None
    skipping = False  # inside a callout or a code block: lines dropped until a blank one
    fresh = True  # the line before was blank (or the page's start): an indented line opens code
    quoting = False  # the open paragraph is a "> " quote's

    def flush() -> None:
        if para:
            blocks.append(f"<p>{' '.join(para)}</p>")
            para.clear()
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
            items.clear()
        if rows:
            blocks.append(tables.html(rows[:]))
            rows.clear()

    def heading(level: int, words: str) -> None:
        nonlocal title
        flush()
        if level == 1 and title is None and not any(b.startswith("<h") for b in blocks):
            title = words
            blocks.append(f"<h1>{words}</h1>")
        else:
            blocks.append(f"<h{max(2, level)}>{words}</h{max(2, level)}>")

    for line in text.split("\n"):
        was_fresh, fresh = fresh, not line.strip()
        if not line.strip():
            skipping = False
            flush()
            continue
        if skipping:
            continue
        if para and quoting != bool(_QUOTE.match(line)):
            flush()  # a quote's lines are a block of their own
        if (not para and _CALLOUT.match(line)) or (was_fresh and (_CODE_HEAD.match(line) or line[:2] == "  " or line[:1] == "\t")
                                                    and not _LIST_ITEM.match(line) and not ONLY_PLACE.match(line)):
            flush()
            skipping = True  # a callout opening a paragraph, or a code block after a blank line
            continue
        if line.lstrip().startswith("|") and line.rstrip().endswith("|") and not ONLY_PLACE.match(line):
            if para or items:
                flush()
            if _SEPARATOR.match(line):  # the rows above are the table's header
                rows[:] = [[("th", c, s) for _, c, s in r] for r in rows]
                continue
            rows.append([("td", _inline(c.strip()).strip(), 1) for c in _pipe_cells(line)])
            continue
        if rows:
            flush()
        if placed := ONLY_PLACE.match(line):
            flush()
            blocks.append(store.pieces[int(placed.group(1))])
        elif (under := _UNDERLINE.match(line)) and len(para) == 1 and len(under.group(1)) >= 3:
            words = para.pop()
            heading(1 if under.group(1)[0] == "=" else 2, words)
        elif _RULE.match(line):
            flush()
        elif (found := _HEADING.match(line)) and found.group(2):
            heading(len(found.group(1)), _inline(found.group(2)))
        elif item := _LIST_ITEM.match(line):
            if para:
                flush()
            if words := _inline(item.group(1)).strip():
                items.append(f"<li>{words}</li>")
        elif _REPLY.match(line):
            continue
        else:
            words = _inline(_QUOTE.sub("", line.strip())).strip()
            if items:
                flush()
            if words:
                quoting = bool(_QUOTE.match(line))
                para.append(words)
    flush()
    name = plain(title or tables.title or "")
    return store.restore(html.page(html_escape.escape(name, quote=False) or None, blocks))


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
