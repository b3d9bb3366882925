"""Reader for a Wikidot page's source (what "View source" or the API gives): an article a site
copied from Wikipedia, its references turned into bibcites and its box rebuilt as an advanced table.

The markup is written out as the HTML it stands for and read by the HTML reader: ``+ Heading``
(``++``, ``+++`` … one level each) headings, blank lines paragraphs (a paragraph's lines joined, a
line ending in `` _`` a break), ``* `` / ``# `` items, ``: term : definition`` lines, ``> `` quotes,
``----`` rules; ``**bold**``, ``//italic//``, ``__underline__``, ``--strike--``, ``{{mono}}``,
``^^sup^^``, ``,,sub,,`` and ``##color|text##`` their text. Links keep their text (``[[[page]]]`` the
page's name, ``[[[page|text]]]``, ``[http://url text]``, ``[*http://url text]``, ``[#anchor text]``);
``@@raw@@`` and ``@<&entity;>@`` are literal. A table is an advanced table (``[[table]]`` ``[[row]]``
``[[cell colspan="2"]]`` / ``[[hcell]]`` a header cell, a cell's lines its breaks, nested tables
kept) or a simple one (``||cell||`` rows, ``||~ `` a header cell, each empty ``||||`` before a cell
one more column it spans); the first table whose rows are labelled is the page's fact box.

Kept for their content, their markers dropped: ``[[div]]``, ``[[collapsible]]``, ``[[tabview]]`` /
``[[tab]]``, alignment blocks (``[[>]]``, ``[[=]]``), ``[[size]]``, ``[[span]]``, ``[[a]]``. Dropped
with their content: ``[!-- comments --]``, ``[[code]]``, ``[[html]]``, ``[[math]]``, ``[[embed]]``,
``[[gallery]]``, a site's ``[[note]]`` box, a ``[[module …]]``'s body (``[[module CSS]]`` …
``[[/module]]``) and the ``[[bibliography]]`` block. A ``[((bibcite key))]`` reads "[n]", numbered
by the key's first use; a ``[[footnote]] … [[/footnote]]`` its own number (its body is a note, not
prose). Every other ``[[…]]`` tag (``[[toc]]``, ``[[image …]]``, ``[[include …]]``, ``[[module …]]``,
``[[footnoteblock]]``, ``[[# anchor]]``) is page chrome and reads as nothing.
"""
from __future__ import annotations

import html as html_escape
import re
from bisect import bisect_left
from collections.abc import Callable

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.box_tables import BLOCK, COLSPAN, ONLY_PLACE, Store, Tables, plain

SHAPE = "wikidot"

# ---------------------------------------------------------------- detection

# Substrings every cue holds (asked of every document: nothing else is tried without one).
_MARKERS = ("[[", "[((", "[!--")
# (cue, weight): each kind of cue counts once, however often it occurs. A page needs two kinds.
_CUES = (
    (re.compile(r"\[\[(?:table|row|cell|hcell)(?:\s[^\]\n]{0,300})?\]\]"), 0.4),  # an advanced table
    (re.compile(r"\[\(\(bibcite\s"), 0.45),
    (re.compile(r"\[\[module\s+[A-Za-z]"), 0.4),
    (re.compile(r"\[!--"), 0.3),
    (re.compile(r"\[\[footnote\]\]|\[\[footnoteblock\b|\[\[bibliography\b"), 0.3),
    (re.compile(r"\[\[(?:f?[<>])?toc\]\]"), 0.25),
    (re.compile(r"\[\[(?:div|collapsible|include|size|span|tabview|note)[\s\]]"), 0.25),
    (re.compile(r"\[\[[=<>f]{0,2}image\s"), 0.2),
    (re.compile(r"(?<!\[)\[\*(?:https?|ftp)://"), 0.2),
    (re.compile(r"(?<!\[)\[\[\[[^\[\]\n]{1,300}\]\]\]"), 0.2),  # a page link
)
# "+ Heading" is Wikidot's heading, but Typst's numbered item too: it counts beside a page link only
_PLUS_HEADING = re.compile(r"^\+{1,6}\*?\s+\S", re.M)
_PAGE_LINK = _CUES[-1][0]
_MIN_KINDS = 2
_MAX_SCORE = 0.94


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or head.lstrip().startswith(("<", "{")):
        return 0.0  # HTML, XML or JSON holding such text is read by its own reader
    found = [weight for cue, weight in _CUES if cue.search(head)]
    if _PLUS_HEADING.search(head) and _PAGE_LINK.search(head):
        found.append(0.2)
    return 0.0 if len(found) < _MIN_KINDS else min(_MAX_SCORE, sum(found))


# ---------------------------------------------------------------- blocks read before the lines

def _without_comments(text: str) -> str:
    """The text without its ``[!-- … --]`` comments (one left open runs to the end)."""
    out, pos = [], 0
    while (start := text.find("[!--", pos)) >= 0:
        out.append(text[pos:start])
        end = text.find("--]", start + 4)
        if end < 0:
            return "".join(out)
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


_RAW = re.compile(r"@@([^\n]{0,2000}?)@@")
_ENTITY_LITERAL = re.compile(r"@<([^\n]{0,200}?)>@")


def _literals(text: str, store: Store) -> str:
    text = _RAW.sub(lambda m: store.add(html_escape.escape(m.group(1), quote=False)), text)
    return _ENTITY_LITERAL.sub(lambda m: store.add(html_escape.escape(html_escape.unescape(m.group(1)), quote=False)),
                               text)


def _pairs(text: str, opens: re.Pattern[str], closes: re.Pattern[str], replace: Callable[[re.Match[str], str], str],
           flat: bool = False) -> str:
    """The text with each opening tag and the first closing tag after it replaced by
    ``replace(opening_match, body)``; an opening tag no closing one follows is left as it is. When
    ``flat``, a closing tag after the next opening tag is not this one's (a ``[[module Rate]]``
    has no body, the ``[[module CSS]]`` after it has). Closing tags are found once, so a page of
    unclosed tags costs no rescan."""
    close_matches = list(closes.finditer(text))
    if not close_matches:
        return text
    close_starts = [m.start() for m in close_matches]
    open_matches = list(opens.finditer(text))
    out, pos = [], 0
    for n, m in enumerate(open_matches):
        if m.start() < pos:
            continue
        i = bisect_left(close_starts, m.end())
        if i == len(close_starts):
            break
        close = close_matches[i]
        if flat and n + 1 < len(open_matches) and open_matches[n + 1].start() < close.start():
            continue
        out.append(text[pos:m.start()])
        out.append(replace(m, text[m.end():close.start()]))
        pos = close.end()
    out.append(text[pos:])
    return "".join(out)


# blocks dropped with their content (a site's note box is its editors' word on the page, not the page's)
_DROPPED = ("code", "html", "math", "embed", "embedvideo", "embedaudio", "gallery", "note", "bibliography")
_MODULE_OPEN = re.compile(r"\[\[module\s[^\]]{0,500}\]\]", re.I)
_MODULE_CLOSE = re.compile(r"\[\[/module\s*\]\]", re.I)
_FOOTNOTE_OPEN = re.compile(r"\[\[footnote\s*\]\]", re.I)
_FOOTNOTE_CLOSE = re.compile(r"\[\[/footnote\s*\]\]", re.I)
_BIBCITE = re.compile(r"\[\(\(\s*bibcite\s+([^\s()\]]{1,100})\s*\)\)\]", re.I)
# a tag running over lines ("[[include page\n| key=value\n]]"): read as one, so it drops whole
_INCLUDE = re.compile(r"\[\[include\s[^\[\]]{0,2000}\]\]", re.I)


def _blocks(text: str) -> str:
    """The text without its dropped blocks and with its notes' and citations' marks."""
    for name in _DROPPED:  # each its own closing tag ("[[code]]" holding "[[/html]]" is code)
        if f"[[{name}" in text.lower():
            text = _pairs(text, re.compile(rf"\[\[{name}(?=[\s\]])[^\]]{{0,500}}\]\]", re.I),
                          re.compile(rf"\[\[/{name}\s*\]\]", re.I), lambda m, body: "\n\n")
    text = _pairs(text, _MODULE_OPEN, _MODULE_CLOSE, lambda m, body: "\n\n", flat=True)
    notes: list[int] = []

    def footnote(m: re.Match[str], body: str) -> str:
        notes.append(len(notes) + 1)
        return f"[{notes[-1]}]"
    text = _pairs(text, _FOOTNOTE_OPEN, _FOOTNOTE_CLOSE, footnote)
    keys: dict[str, int] = {}

    def bibcite(m: re.Match[str]) -> str:
        return f"[{keys.setdefault(m.group(1), len(keys) + 1)}]"
    return _INCLUDE.sub("", _BIBCITE.sub(bibcite, text))


# ---------------------------------------------------------------- inline markup

_PAGE_LINK_TEXT = re.compile(r"(?<!\[)\[\[\[([^\[\]|\n]{0,300})(?:\|([^\[\]\n]{0,300}))?\]\]\]")
_URL_LINK = re.compile(r"(?<!\[)\[\*?((?:https?|ftp|mailto):[^\s\]]+|#[^\s\]]*|/[^\s\]]*)\s+([^\[\]\n]{1,300})\](?!\])")
_USER = re.compile(r"\[\[\*?user\s+([^\]\n]{1,100})\]\]", re.I)
_TAG = re.compile(r"\[\[/?[^\[\]\n]{1,500}\]\]")
_BREAK = re.compile(r"\s_$")
_INLINE = (  # (a substring the markup holds, its pattern, its HTML)
    ("**", re.compile(r"\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*"), r"<b>\1</b>"),
    ("//", re.compile(r"(?<![:/])//(?=\S)(.{1,500}?)(?<=[^\s:])//"), r"<i>\1</i>"),
    ("__", re.compile(r"(?<!_)__(?=\S)(.{1,500}?)(?<=\S)__(?!_)"), r"\1"),
    ("--", re.compile(r"(?<![-\w!])--(?=[^\s-])(.{1,500}?)(?<=[^\s-])--(?![-\w])"), r"\1"),
    ("{{", re.compile(r"\{\{(.{1,500}?)\}\}"), r"\1"),
    ("^^", re.compile(r"\^\^(.{1,500}?)\^\^"), r"<sup>\1</sup>"),
    (",,", re.compile(r",,(.{1,500}?),,"), r"<sub>\1</sub>"),
    ("##", re.compile(r"##[\w#]{1,20}\|(.{1,500}?)##"), r"\1"),  # "##red|text##"
)


def _page_link(m: re.Match[str]) -> str:
    target, label = m.group(1).strip(), m.group(2)
    if label is not None and label.strip():
        return label.strip()
    target = target.lstrip("*/").split("#", 1)[0]
    return target.rsplit(":", 1)[-1].replace("-", " ") if target else ""


def _inline(text: str) -> str:
    """One line's markup as HTML: links their text, tags dropped, emphasis as tags."""
    text = _PAGE_LINK_TEXT.sub(_page_link, text)
    text = _URL_LINK.sub(lambda m: m.group(2).strip(), text)
    text = _TAG.sub("", _USER.sub(r"\1", text))
    text = html_escape.escape(text, quote=False)
    for marker, pattern, replacement in _INLINE:
        if marker in text:
            text = pattern.sub(replacement, text)
    return text


# ---------------------------------------------------------------- tables

_CELL_ITEM = re.compile(r"^[*#]\s+")


def _cell_html(raw: str, store: Store) -> str:
    """An advanced table cell's text: each line (an item's, a paragraph's) a line of the cell."""
    lines = []
    for line in raw.split("\n"):
        words = _inline(_CELL_ITEM.sub("", _BREAK.sub("", line.strip()))).strip()
        if words:
            lines.append(words)
    return store.restore("<br>".join(lines))


_MAX_DEPTH = 4  # tables nested in tables' cells (each nested table is copied into its cell: bounded)
_TABLE_TAG = re.compile(r"(?<!\[)\[\[(/?)(table|row|cell|hcell)(?=[\s\]])([^\]\n]{0,500})\]\]", re.I)


class _Frame:
    """An advanced table being read: its rows, and the open cell's text."""

    def __init__(self) -> None:
        self.rows: list[list[tuple[str, str, int]]] = []
        self.cell: tuple[str, int] | None = None  # (tag, colspan) of the open cell
        self.text: list[str] = []

    def close_cell(self, store: Store) -> None:
        if self.cell is not None:
            if not self.rows:
                self.rows.append([])
            tag, span = self.cell
            self.rows[-1].append((tag, _cell_html("".join(self.text), store), span))
        self.cell, self.text = None, []


def _advanced_tables(text: str, store: Store, tables: Tables) -> str:
    """The text with each ``[[table]]`` … ``[[/table]]`` set aside as its HTML, on a line of its own."""
    if "[[table" not in text.lower():
        return text
    out: list[str] = []
    frames: list[_Frame] = []
    pos = 0
    ignored = 0  # tables opened past _MAX_DEPTH, not yet closed

    def sink() -> list[str] | None:  # where running text goes: the page, the open cell, or nowhere
        if not frames:
            return out
        return frames[-1].text if frames[-1].cell is not None else None

    def close_table() -> None:
        frame = frames.pop()
        frame.close_cell(store)
        placeholder = store.add(tables.html(frame.rows))
        if (target := sink()) is not None:
            target.append(f"\n{BLOCK}{placeholder}\n")

    for m in _TABLE_TAG.finditer(text):
        if (target := sink()) is not None:
            target.append(text[pos:m.start()])
        pos = m.end()
        closing, kind = m.group(1) == "/", m.group(2).lower()
        if kind == "table":
            if not closing and len(frames) >= _MAX_DEPTH:
                ignored += 1  # a table nested this deep reads as its outer cell's text
            elif not closing:
                frames.append(_Frame())
            elif ignored:
                ignored -= 1
            elif frames:
                close_table()
        elif not frames:
            continue  # a stray row or cell tag outside any table
        elif kind == "row":
            frames[-1].close_cell(store)
            if not closing:
                frames[-1].rows.append([])
        elif closing:
            frames[-1].close_cell(store)
        else:
            frames[-1].close_cell(store)
            span = COLSPAN.search(m.group(3))
            frames[-1].cell = ("th" if kind == "hcell" else "td", max(1, min(20, int(span.group(1)))) if span else 1)
    if (target := sink()) is not None:
        target.append(text[pos:])
    while frames:  # a table left open closes at the page's end
        close_table()
    return "".join(out)


def _simple_row(line: str) -> list[tuple[str, str, int]]:
    cells: list[tuple[str, str, int]] = []
    span = 1
    body = line.strip()[2:]
    body = body[:-2] if body.endswith("||") else body
    for part in body.split("||"):
        if part == "":  # "||||Belligerents||": each empty cell widens the next
            span += 1
            continue
        tag = "td"
        if part.startswith("~"):
            tag, part = "th", part[1:]
        elif part[:1] in "<>=" and part[1:2] == " ":
            part = part[1:]  # "||< left||", "||= centred||"
        content = "<br>".join(w for w in (_inline(p.strip()) for p in part.split("\x00")) if w)
        cells.append((tag, content, span))
        span = 1
    return cells


# ---------------------------------------------------------------- the page

_HEADING = re.compile(r"^(\+{1,6})\*?\s+(.*?)\s*$")
_LIST_ITEM = re.compile(r"^\s*[*#]\s+(.*)$")
_DEFINITION = re.compile(r"^:\s*([^:\n]*?)\s*:\s*(.*)$")
_QUOTE = re.compile(r"^>+\s?")
_RULE = re.compile(r"^\s*(?:-{4,}|~{4,}>?|={4,})\s*$")


def html_page(text: str) -> str:
    """The page as the HTML its markup stands for."""
    store, tables = Store(), Tables()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _literals(_without_comments(text), store)
    text = _advanced_tables(_blocks(text), store, tables)
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []
    rows: list[list[tuple[str, str, int]]] = []

    def flush() -> None:
        if para:
            words = " ".join(para).replace("\x00 ", "<br>").replace("\x00", "<br>")
            if words.strip():
                blocks.append(f"<p>{words.strip()}</p>")
            para.clear()
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
            items.clear()
        if rows:
            blocks.append(tables.html(rows[:]))
            rows.clear()

    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.lstrip().startswith("||"):
            parts = [line]
            while _BREAK.search(parts[-1][-2:]) and i < len(lines):  # a row going on over lines
                parts[-1] = parts[-1][:-2] + "\x00"
                parts.append(lines[i])
                i += 1
            line = "".join(parts)
            if para or items:
                flush()
            rows.append(_simple_row(line))
            continue
        if rows:
            flush()
        if placed := ONLY_PLACE.match(line):
            flush()
            blocks.append(store.pieces[int(placed.group(1))])
        elif heading := _HEADING.match(line):
            flush()
            level = min(6, len(heading.group(1)) + 1)
            blocks.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif (item := _LIST_ITEM.match(line)) or (item := _DEFINITION.match(line)):
            if para:
                flush()
            words = ": ".join(w for w in (_inline(g).strip() for g in item.groups()) if w)
            if words:
                items.append(f"<li>{_BREAK.sub('', words)}</li>")
        elif _RULE.match(line):
            flush()
        else:
            broken = bool(_BREAK.search(line))
            words = _inline(_BREAK.sub("", _QUOTE.sub("", line.strip()))).strip()
            if not words:
                flush()  # a blank line, or one holding only tags ("[[div]]", "[[toc]]")
                continue
            if items:
                flush()
            para.append(words + ("\x00" if broken else ""))
    flush()
    title = html_escape.escape(plain(tables.title), quote=False) if tables.title else None
    return store.restore(html.page(title or None, blocks))


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
