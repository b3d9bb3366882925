"""Reader for an Emacs Muse / Amusewiki text (``.muse``): a page as The Anarchist Library and other
Amusewiki sites serve it, its fact box retyped as a Muse table.

The text opens with its directives, one a line (``#title The Battle of …``, ``#author``, ``#date``,
``#SORTtopics``, ``#lang``, ``#notes`` …); the title is the page's, the others are the library's
catalogue and are dropped. The body is written out as the HTML page it stands for and read by the
HTML reader: ``* Part`` … ``**** Subsection`` headings (the fewest asterisks used an ``<h2>``),
paragraphs between blank lines, `` - item`` / `` 1. item`` list items (a leading space),
``<quote>``, ``<center>``, ``<right>`` blocks their paragraphs, ``<verse>`` its lines, ``<example>``
and ``<src>`` preformatted, ``<comment>`` blocks and ``; comment`` lines dropped. Inline,
``*emph*``, ``**strong**``, ``***both***`` and ``=code=`` are read, the tags Muse allows
(``<em>``, ``<strong>``, ``<br>``, ``<sup>`` …) kept, anything else that looks like a tag is text,
``[[url][text]]`` keeps its text and ``[[url]]`` its URL (an image nothing). Footnote marks ``[1]``
stay in the text; the notes themselves (paragraphs opening ``[1] `` at the line's start, after the
``----`` rule) are dropped.

Tables are lines of cells: `` | `` between body cells, `` || `` header cells, `` ||| `` footer
cells, ``|+ caption +|`` the caption. A table whose rows open with the box's labels is the box (two
such tables, "at a glance" and "the two sides", are one box): each row a label and its value, or a
value per side; a header row with an empty first cell names the sides over their columns, a header
row under a label no field names ("Battle || Battle of …") the box's title.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "muse"

_MAX_SCORE = 0.94
# Directives only Amusewiki / Muse write at a text's head (Org writes "#+TITLE:", Markdown "# Title").
_DIRECTIVE_NAMES = ("title", "author", "SORTtopics", "SORTauthors", "LISTtitle", "subtitle", "date", "source",
                    "lang", "pubdate", "notes", "teaser", "cover", "coverwidth", "nocoverpage", "publisher",
                    "isbn", "rights", "seriesname", "seriesnumber", "hyphenation", "uid", "slides", "desc",
                    "keywords")
_DIRECTIVE = re.compile(r"^#([A-Za-z][A-Za-z0-9_]*)(?:[ \t]+(.*?))?\s*$")
_BODY_CUES = re.compile(r"^\*{1,5} \S|^\s*\|\+ .*\+\|\s*$|^<(?:quote|verse|example|center|right|comment)>\s*$|"
                        r"\[\[[^\]\n]+\]\[[^\]\n]+\]\]|^ (?:-|\d+\.) \S", re.M)
_SCORE_TITLE = 0.5  # "#title X" as the text's first line
_SCORE_PER_DIRECTIVE = 0.12
_SCORE_PER_BODY_CUE = 0.06

_HEADING = re.compile(r"^(\*{1,5}) +(\S.*?)\s*$")
_LIST_ITEM = re.compile(r"^\s+(?:[-*]|\d{1,3}\.|[a-zA-Z]\.|[ivxlcIVXLC]{1,6}\.)\s+(\S.*)$")
_DEFINITION = re.compile(r"^\s*(\S.*?)\s+::\s*(.*)$")
_RULE = re.compile(r"^\s*-{4,}\s*$")
_COMMENT = re.compile(r"^;(?:\s|$)")
_ANCHOR = re.compile(r"^#[A-Za-z][\w-]*\s*$")
_NOTE = re.compile(r"^(?:\[\d{1,4}\]|\{\d{1,4}\})(?:\s|$)")  # a footnote's text, at the line's start
_BLOCK_TAG = re.compile(r"^\s*<(/?)(quote|verse|example|src|center|right|comment|literal|biblio|play)\b[^>]*>\s*$",
                        re.I)
_RAW_BLOCKS = {"example", "src", "literal"}  # their lines are not markup
_DROPPED_BLOCKS = {"comment"}
_CAPTION = re.compile(r"^\s*\|\+\s*(.*?)\s*\+\|\s*$")
_TABLE_ROW = re.compile(r"(?:^|\s)\|{1,3}(?:\s|$)")
_PIPES = re.compile(r"\|+")

_ALLOWED_TAG = re.compile(r"&lt;(/?)(em|strong|i|b|u|br|sup|sub|del|code|sc|verbatim)\s*/?&gt;", re.I)
_LINK = re.compile(r"\[\[([^\]\n]{1,2000})\](?:\[([^\]\n]{0,500})\])?\]")
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp)(?:\s.*)?$", re.I)
_INLINE = ((re.compile(r"(?<![\w*])\*\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*\*(?![\w*])"), r"<b><i>\1</i></b>"),
           (re.compile(r"(?<![\w*])\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*(?![\w*])"), r"<b>\1</b>"),
           (re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*(?![\w*])"), r"<i>\1</i>"),
           (re.compile(r"(?<![\w=])=(?=[^\s=])([^=\n]{1,300}?)(?<=[^\s=])=(?![\w=])"), r"<code>\1</code>"))
_TAGS = re.compile(r"<[^>]*>")
_ALSO = re.compile(r"^(.+?)\s*\((?:also(?: known as| called)?|a\.?k\.?a\.?|or)\s+(.+)\)\s*$", re.I)


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "#" not in head[:2000]:  # every Muse text opens with its directives
        return 0.0
    start = head.lstrip("\ufeff \t\r\n")
    if not start.startswith("#") or start.startswith(("#+", "# ", "#!", "#include", "#define")):
        return 0.0
    total, names = 0.0, set()
    for line in start.split("\n")[:40]:
        m = _DIRECTIVE.match(line.rstrip("\r"))
        if m is None:
            if line.strip():
                break
            continue
        if m.group(1) in _DIRECTIVE_NAMES and m.group(1) not in names:
            names.add(m.group(1))
            total += _SCORE_TITLE if m.group(1) == "title" else _SCORE_PER_DIRECTIVE
    if not names or names == {"title"} and not _BODY_CUES.search(head):
        return 0.0
    total += _SCORE_PER_BODY_CUE * len(_BODY_CUES.findall(head))
    return min(_MAX_SCORE, total)


def _link(m: re.Match[str]) -> str:
    target, label = m.group(1).strip(), m.group(2)
    if label is not None and label.strip():
        return label.strip()
    return "" if _IMAGE.search(target) else target


def inline(text: str) -> str:
    """One line's (or cell's) Muse markup as HTML."""
    text = html_escape.escape(_LINK.sub(_link, text), quote=False)
    text = _ALLOWED_TAG.sub(lambda m: "<br>" if m.group(2).lower() == "br" else
                            "" if m.group(2).lower() in ("verbatim", "sc") else f"<{m.group(1)}{m.group(2).lower()}>",
                            text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _plain(text: str) -> str:
    return " ".join(html_escape.unescape(_TAGS.sub("", inline(text))).split())


def _cells(line: str) -> tuple[str, list[str]]:
    """A table line's kind ("body", "head", "foot") and its cells' text."""
    stripped = line.strip()
    width = max((len(p) for p in _PIPES.findall(stripped)), default=1)
    width = min(width, 3)
    cells = [c.strip() for c in re.split(rf"(?<!\|)\|{{{width}}}(?!\|)", stripped)]
    if cells and cells[-1] == "" and stripped.endswith("|"):
        cells.pop()
    return {1: "body", 2: "head", 3: "foot"}[width], cells


def _is_box(rows: list[tuple[str, list[str]]]) -> bool:
    labelled = sum(1 for _, cells in rows if len(cells) > 1 and cells[0] and len(cells[0]) <= 40
                   and field_for_label(_plain(cells[0])) is not None)
    return labelled >= 2


def _box_rows(rows: list[tuple[str, list[str]]], titled: bool) -> tuple[list[str], bool]:
    """A box table's rows as the infobox's ``<tr>`` rows, and whether its title row was written."""
    out = []
    for kind, cells in rows:
        if not any(cells):
            continue
        if len(cells) == 1:
            out.append(f"<tr><th colspan=2>{inline(cells[0])}</th></tr>")
            continue
        label, values = cells[0], cells[1:]
        if not label and kind == "head":  # the sides' names over their columns
            out.append("<tr><th></th>" + "".join(f"<th>{inline(v)}</th>" for v in values) + "</tr>")
        elif kind == "head" and len(values) == 1 and field_for_label(_plain(label)) is None:
            if not titled:  # "Battle || Battle of Osk Ford": the box's title
                name, alias = values[0], None
                if also := _ALSO.match(name):  # "Battle of X (also Battle of Y)": its other name
                    name, alias = also.group(1), also.group(2)
                out.append(f"<tr><th colspan=2>{inline(name)}</th></tr>")
                if alias:
                    out.append(f"<tr><th>Also known as</th><td colspan=2>{inline(alias)}</td></tr>")
                titled = True
        elif len(values) == 1:
            out.append(f"<tr><th>{inline(label)}</th><td colspan=2>{inline(values[0])}</td></tr>")
        else:
            out.append(f"<tr><th>{inline(label)}</th>" + "".join(f"<td>{inline(v)}</td>" for v in values) + "</tr>")
    return out, titled


def _table(rows: list[tuple[str, list[str]]], caption: str | None) -> str:
    """A table that is no box, as written."""
    out = [f"<caption>{inline(caption)}</caption>"] if caption else []
    for kind, cells in rows:
        tag = "th" if kind == "head" else "td"
        out.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in cells) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def _header(lines: list[str]) -> tuple[dict[str, str], int]:
    """The directives at the text's head and the index of the body's first line."""
    found: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _DIRECTIVE.match(line)
        if m is None and line.strip():
            break
        if m is not None:
            found.setdefault(m.group(1).lower(), (m.group(2) or "").strip())
        i += 1
    return found, i


def html_page(text: str) -> str:
    """The text as the HTML page its markup stands for."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    directives, start = _header(lines)
    body = lines[start:]
    levels = [len(m.group(1)) for line in body if (m := _HEADING.match(line))]
    top = min(levels, default=1)

    out = html.Blocks()
    blocks, para, items, flush = out.blocks, out.para, out.items, out.flush
    box_at: int | None = None  # where in the blocks the box stands
    box: list[str] = []
    titled = False
    table: list[tuple[str, list[str]]] = []
    caption: list[str | None] = [None]
    raw: list[str] | None = None  # an example block's lines
    raw_tag = ""
    verse: list[str] | None = None
    dropping = ""  # a comment block's name while in it
    in_note = False  # in a footnote's text

    def close_table() -> None:
        nonlocal box_at, titled
        if not table:
            caption[0] = None
            return
        if _is_box(table):
            rows, titled = _box_rows(table, titled)
            if box_at is None:
                box_at = len(blocks)
            box.extend(rows)
        else:
            blocks.append(_table(table, caption[0]))
        table.clear()
        caption[0] = None

    def close_all() -> None:
        flush()
        close_table()

    for line in body:
        if dropping:
            if (tag := _BLOCK_TAG.match(line)) and tag.group(1) and tag.group(2).lower() == dropping:
                dropping = ""
            continue
        if raw is not None:
            if (tag := _BLOCK_TAG.match(line)) and tag.group(1) and tag.group(2).lower() == raw_tag:
                blocks.append("<pre>" + html_escape.escape("\n".join(raw), quote=False) + "</pre>")
                raw = None
            else:
                raw.append(line)
            continue
        if tag := _BLOCK_TAG.match(line):
            close_all()
            in_note = False
            name, closing = tag.group(2).lower(), bool(tag.group(1))
            if name in _DROPPED_BLOCKS and not closing:
                dropping = name
            elif name in _RAW_BLOCKS and not closing:
                raw, raw_tag = [], name
            elif name == "verse":
                if closing and verse is not None:
                    if verse:
                        blocks.append("<p>" + "<br>".join(verse) + "</p>")
                    verse = None
                elif not closing:
                    verse = []
            elif name == "quote":
                blocks.append("</blockquote>" if closing else "<blockquote>")
            continue
        if verse is not None:
            if line.strip():
                verse.append(inline(line.strip().removeprefix("> ").removeprefix(">")))
            elif verse:
                blocks.append("<p>" + "<br>".join(verse) + "</p>")
                verse.clear()
            continue
        if not line.strip():
            flush()
            close_table()
            in_note = False
            continue
        if in_note or _NOTE.match(line):  # a footnote's text: not the page's prose
            close_all()
            in_note = True
            continue
        if _COMMENT.match(line) or _ANCHOR.match(line):
            continue
        if cap := _CAPTION.match(line):
            flush()
            close_table()
            caption[0] = cap.group(1)
            continue
        if _TABLE_ROW.search(line) and not _HEADING.match(line):
            if para or items:
                flush()
            table.append(_cells(line))
            continue
        if table:
            close_table()
        if heading := _HEADING.match(line):
            flush()
            level = min(6, len(heading.group(1)) - top + 2)
            blocks.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif _RULE.match(line):
            flush()
        elif (item := _LIST_ITEM.match(line)) or line[:1].isspace() and (item := _DEFINITION.match(line)):
            if para:
                flush()
            words = ": ".join(inline(g.strip()) for g in item.groups() if g and g.strip())
            items.append(f"<li>{words}</li>")
        elif items and line[:1].isspace():
            items[-1] = f"{items[-1][:-5]} {inline(line.strip())}</li>"  # an item going on over lines
        else:
            if items:
                flush()
            para.append(inline(line.strip()))
    if raw is not None:
        blocks.append("<pre>" + html_escape.escape("\n".join(raw), quote=False) + "</pre>")
    if verse:
        blocks.append("<p>" + "<br>".join(verse) + "</p>")
    close_all()

    if box_at is not None:
        blocks.insert(box_at, '<table class="infobox">' + "".join(box) + "</table>")
    title = directives.get("title", "")
    head: list[str] = []
    if title:
        head.append(f"<h1>{inline(title)}</h1>")
    return html.page(html_escape.escape(_plain(title), quote=False) or None, head + blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
