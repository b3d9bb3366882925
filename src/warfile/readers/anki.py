"""Reader for an Anki "Notes in Plain Text" export (``.txt``): a deck's notes, one a line, under the
export's ``#key:value`` header (``#separator:tab``, ``#html:true``, ``#guid column:1``,
``#notetype column:2``, ``#deck column:3``, ``#tags column:N``).

Fields are split at the separator the header names, CSV-quoted (a field in double quotes, ``""`` a
quote in it, a quoted field holding separators and newlines). Most notes are flashcards (a question
and its answer, a cloze ``{{c1::Qutuz}}``); the article is the note whose fields hold the most text
(a note type keeping a page: a title field, then the page's HTML, its box a ``<table>``). That note is
written out as the page it holds and read by the HTML reader: its first field (after the guid,
note type and deck columns) the title, its longest field the page's body, and a field holding a
table before it the fact box (marked ``infobox``, a row's lone ``<th>`` spanning both sides). Anki's
editor keeps paragraphs as ``<div>`` lines: each is a ``<p>``, a ``<div><b>Heading</b></div>`` an
``<h2>``, an empty ``<div><br></div>`` nothing. The flashcards, tags, deck names and the note's other
fields (a source link, remarks) are left out; a deck with no article note is read as its notes'
text, a paragraph each.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "anki"

# The export's header: "#separator:tab", "#html:true", "#notetype column:2", "#deck:Default" …
_HEADER = re.compile(r"^#(separator|html|tags|deck|notetype|columns|guid column|notetype column|deck column|"
                     r"tags column|if matches)\s*:(.*)$")
_DECISIVE_KEYS = frozenset({"separator", "html", "notetype column"})
_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_SCORE = 0.94
_ONE_KEY_SCORE = 0.6  # one header line alone ("#separator:tab" over lines of fields)
_ARTICLE_CHARS = 400  # text a note must hold to be an article rather than a flashcard
_TITLE_CHARS = 200
_BOX_HEADS = 3  # header cells a table in the page's own field needs to be taken for its box


def _header(text: str) -> tuple[dict[str, str], int]:
    """The export's header keys and where its notes start."""
    keys: dict[str, str] = {}
    pos = 0
    while pos < len(text) and text.startswith("#", pos):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = _HEADER.match(text[pos:end].rstrip("\r"))
        if m is None:
            break
        keys.setdefault(m.group(1), m.group(2).strip())
        pos = end + 1
    return keys, pos


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW].lstrip("\ufeff")
    if not head.startswith("#") or not any(f"#{k}:" in head for k in ("separator", "html", "notetype column")):
        return 0.0
    keys, _ = _header(head)
    if not _DECISIVE_KEYS & keys.keys():
        return 0.0
    return _SCORE if len(keys) >= 2 else _ONE_KEY_SCORE


# ---------------------------------------------------------------- the notes

def _notes(text: str, separator: str) -> list[list[str]]:
    """The notes' fields: one note a line, a quoted field going on over separators and newlines."""
    notes: list[list[str]] = []
    fields: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == '"':  # a quoted field: to the quote not doubled
            j = i + 1
            parts = []
            while True:
                k = text.find('"', j)
                if k < 0:
                    parts.append(text[j:])
                    j = n
                    break
                parts.append(text[j:k])
                if text.startswith('""', k):
                    parts.append('"')
                    j = k + 2
                    continue
                j = k + 1
                break
            value = "".join(parts)
            # text after the closing quote, up to the separator, belongs to the field too (as csv reads it)
            stop = j
            while stop < n and text[stop] != separator and text[stop] != "\n":
                stop += 1
            value += text[j:stop].rstrip("\r")
            i = stop
        else:
            stop = i
            while stop < n and text[stop] != separator and text[stop] != "\n":
                stop += 1
            value = text[i:stop].rstrip("\r")
            i = stop
        fields.append(value)
        if i < n and text[i] == separator:
            i += 1
            if i == n:
                fields.append("")
            continue
        notes.append(fields)  # a newline or the end: the note is whole
        fields = []
        i += 1
    return [f for f in notes if any(v.strip() for v in f)]


_TAG = re.compile(r"<[^>]*>")
_HTML_TAG = re.compile(r"<(?:div|br|p|b|i|table)\b", re.I)  # an export that does not say whether it is HTML
_CLOZE = re.compile(r"\{\{c\d+::([^{}]*?)(?:::[^{}]*)?\}\}")  # "{{c1::Qutuz::who?}}": its answer
_SOUND = re.compile(r"\[sound:[^\]]*\]")


def _plain(field: str, is_html: bool) -> str:
    """A field's words, its markup and cloze marks gone."""
    field = _SOUND.sub("", _CLOZE.sub(r"\1", field))
    if is_html:
        field = html_escape.unescape(_TAG.sub(" ", field))
    return " ".join(field.split())


def _meta_columns(keys: dict[str, str]) -> set[int]:
    """The 0-based columns holding the guid, note type, deck and tags, not the note's fields."""
    out = set()
    for key in ("guid column", "notetype column", "deck column", "tags column"):
        if keys.get(key, "").isdigit():
            out.add(int(keys[key]) - 1)
    return out


# ---------------------------------------------------------------- the article as a page

_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
# where a field's blocks part: Anki's <div> lines, <p>, two breaks, around headings and lists
_BLOCK_SPLIT = re.compile(r"</?(?:div|p)\b[^>]*>|(?:<br\s*/?>\s*){2,}|(?<=</h[1-6]>)|(?<=</[uo]l>)|"
                          r"(?=<(?:h[1-6]|[uo]l|blockquote)\b)", re.I)
_BLOCK_START = re.compile(r"^<(?:table|ul|ol|h[1-6]|blockquote|dl|pre|hr)\b", re.I)
_EDGE_BREAKS = re.compile(r"^(?:\s|<br\s*/?>|&nbsp;)+|(?:\s|<br\s*/?>|&nbsp;)+$", re.I)
_BOLD_LINE = re.compile(r"^<(b|strong)>((?:(?!<).){1,80})</\1>$", re.I)
_LONE_TH_ROW = re.compile(r"<tr>\s*<th>((?:(?!</?t[hdr]\b).)*)</th>\s*</tr>", re.S | re.I)
_FIRST_TABLE = re.compile(r"<table\b([^>]*)>", re.I)
_IMAGE = re.compile(r"<img\b[^>]*>", re.I)


def _box(table: str) -> str:
    """A field's table as the page's fact box: marked ``infobox``, a row's lone header cell (the
    title, "Belligerents") spanning the sides."""
    table = _LONE_TH_ROW.sub(r"<tr><th colspan=2>\1</th></tr>", table)
    m = _FIRST_TABLE.match(table)
    if m is None or "infobox" in m.group(1):
        return table
    return f'<table class="infobox"{m.group(1)}>{table[m.end():]}'


def _body(field: str, blocks: list[str]) -> None:
    """A field's HTML as the page's blocks: Anki's ``<div>`` lines paragraphs, a bold line alone a
    heading, its tables kept whole."""
    pos = 0
    for m in _TABLE.finditer(field):
        _paragraphs(field[pos:m.start()], blocks)
        blocks.append(m.group(0))
        pos = m.end()
    _paragraphs(field[pos:], blocks)


def _paragraphs(text: str, blocks: list[str]) -> None:
    for chunk in _BLOCK_SPLIT.split(_IMAGE.sub("", text)):
        chunk = _EDGE_BREAKS.sub("", chunk)
        if not chunk or not _plain(chunk, True):
            continue
        if heading := _BOLD_LINE.match(chunk):
            blocks.append(f"<h2>{heading.group(2).strip()}</h2>")
        elif _BLOCK_START.match(chunk):
            blocks.append(chunk)
        else:
            blocks.append(f"<p>{chunk}</p>")


def _plain_body(field: str, blocks: list[str]) -> None:
    """A plain-text field (``#html:false``): its blank-line paragraphs."""
    for chunk in re.split(r"\n\s*\n", field):
        if chunk.strip():
            blocks.append(f"<p>{html_escape.escape(' '.join(chunk.split()), quote=False)}</p>")


def html_page(text: str) -> str:
    """The deck's article note as the HTML page it holds (or its notes, a paragraph each, when no
    note is an article)."""
    text = text.lstrip("\ufeff")
    keys, start = _header(text)
    separator = keys.get("separator", "tab")
    separator = _SEPARATORS.get(separator.lower(), separator[:1] or "\t")
    is_html = keys["html"].lower() == "true" if "html" in keys else bool(_HTML_TAG.search(text))
    meta = _meta_columns(keys)
    notes = [[(i, f) for i, f in enumerate(fields) if i not in meta] for fields in _notes(text[start:], separator)]
    blocks: list[str] = []
    title = None
    sizes = [sum(len(_plain(f, is_html)) for _, f in note) for note in notes]
    if notes and max(sizes) >= _ARTICLE_CHARS:
        note = notes[sizes.index(max(sizes))]
        body_at = max(range(len(note)), key=lambda k: len(note[k][1]))
        first = next((f for _, f in note if f.strip()), "")
        if note[body_at][1] != first and len(words := _plain(first, is_html)) <= _TITLE_CHARS:
            title = html_escape.escape(words, quote=False)
        for k, (_, field) in enumerate(note):
            if k != body_at and is_html and (table := _TABLE.search(field)):
                blocks.append(_box(table.group(0)))  # the box, kept in a field of its own
        body = _CLOZE.sub(r"\1", note[body_at][1])
        (_body if is_html else _plain_body)(body, blocks)
        if not any('class="infobox"' in b for b in blocks):  # no box field: a table in the page labelling its rows
            at = next((n for n, b in enumerate(blocks) if b.startswith("<table") and b.count("<th") >= _BOX_HEADS), None)
            if at is not None:
                blocks[at] = _box(blocks[at])
    else:
        for note in notes:  # flashcards only: each note's words
            words = " ".join(w for w in (_plain(f, is_html) for _, f in note) if w)
            if words:
                blocks.append(f"<p>{html_escape.escape(words, quote=False)}</p>")
    if title:
        blocks.insert(0, f"<h1>{title}</h1>")
    return html.page(title, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
