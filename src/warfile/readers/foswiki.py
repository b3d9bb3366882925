"""Reader for a Foswiki or TWiki topic file (the ``.txt`` a topic is kept as under ``data/``): a team
wiki's copy of an article, the box retyped as a TML table.

A topic opens with ``%META:TOPICINFO{…}%`` (and may end with ``%META:FIELD{…}%``,
``%META:FILEATTACHMENT{…}%`` lines); its markup (TML) writes headings ``---+ Title``, ``---++ Section``,
tables ``| *Label* | value |`` (a cell all in ``*bold*`` a header, an empty cell ``||`` widening the cell
before it, a ``^`` cell joining the cell above), ``%BR%`` line breaks, links ``[[url][text]]`` and
``[[WebTopic]]``, ``*bold*``, ``_italic_`` and ``=fixed=``, list items three spaces deep (``   * item``)
and macros ``%NAME%`` / ``%NAME{…}%``. The topic is written out as the HTML it stands for and read by
the HTML reader. A link keeps its text (a topic link its topic's name, a URL nothing); a
``%FOOTNOTE{"…"}%`` keeps its number in the text ("[1]") and drops its body (the reference); other
macros (``%TOC%``, ``%INCLUDE{…}%``), the META lines, preference settings (``   * Set X = …``),
anchors and ``<verbatim>`` blocks carry no text. The title is the topic's ``TopicTitle`` field when
it has one, else its first top-level heading.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
from dataclasses import dataclass

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "foswiki"

_TOPICINFO = re.compile(r"^%META:(?:TOPICINFO|TOPICPARENT|FORM|FIELD|FILEATTACHMENT|PREFERENCE)\{", re.M)
# Without its META lines a topic still has cues no other markup writes: "---++ " headings, its %MACROS%.
_CUES = (re.compile(r"^---[+#]{1,6}(?:!!)?[ \t]*\S", re.M),
         re.compile(r"%(?:TOC|BR|FOOTNOTES?|INCLUDE|STARTINCLUDE|STOPINCLUDE|STARTSECTION|ENDSECTION|SEARCH|TOPIC|WEB|"
                    r"WIKINAME|WIKIUSERNAME|ATTACHURL|PUBURL|SCRIPTURL|ICON|TWISTY|ENDTWISTY|TABLE|EDITTABLE|RED|BLUE|"
                    r"GREEN|ENDCOLOR|VBAR|NBSP|REVINFO|FORMFIELD|X|Y|H|I|T)(?:\{[^{}\n]*\})?%"),
         re.compile(r"\[\[[^\[\]\n]+\]\[[^\[\]\n]+\]\]"))  # (org-mode links look alike: not enough alone)
_META_SCORE, _TWO_KINDS_SCORE, _ALL_KINDS_SCORE = 0.96, 0.88, 0.93
_META_LINE = re.compile(r"^%META:\w+\{.*\}%[ \t]*$", re.M)
_TITLE_FIELD = re.compile(r'^%META:FIELD\{name="TopicTitle"[^\n]*?\bvalue="([^"\n]*)"', re.M)
# (a block stops at the next opening of its kind: an unclosed one costs one scan, not one per opening)
_VERBATIM = re.compile(r"<(verbatim|pre)\b[^>]*>(?:(?!<\1\b).)*?</\1>", re.S)
_COMMENT = re.compile(r"<!--(?:(?!<!--).)*?-->", re.S)
_CONTINUED = re.compile(r"\\\n")  # a line ending in "\" goes on on the next
_FOOTNOTE = re.compile(r'%FOOTNOTE\{(?:"(?:[^"\\]|\\.)*"|[^{}"])*\}%')
_MACRO = re.compile(r'%[A-Z][A-Z0-9_]*(?:\{(?:"(?:[^"\\]|\\.)*"|[^{}"%])*\})?%')
_BREAK = re.compile(r"%BR%|<br\s*/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?\]")
_URL = re.compile(r"^(?:[a-z][\w+.-]*:|/|#)", re.I)
_ESCAPED_WORD = re.compile(r"!(?=[A-Z]\w*[A-Z])|<nop>")  # "!TarsenWar": a WikiWord not linked
_HEADING = re.compile(r"^---([+#]{1,6})(?:!!)?\s*(.+?)\s*$")
_LIST_ITEM = re.compile(r"^(?: {3}|\t)+(?:\*|\d+\.?|[aAiI]\.|\$ [^:\n]+:)[ \t]+(.*)$")
_SETTING = re.compile(r"^\s+\*\s+(?:Set|Local)\s+\w+\s*=")
_ANCHOR = re.compile(r"^#[A-Za-z]\w*\s*$")
_RULE = re.compile(r"^-{3,}\s*$")
_HEADER_CELL = re.compile(r"^\*([^*].*?)\*$")
_EMPHASIS = tuple((re.compile(rf"(?<![\w{m}]){re.escape(m)}(\S(?:[^\n]{{0,300}}?\S)?){re.escape(m)}(?![\w{m}])"), tag)
                  for m, tag in (("__", "i"), ("==", "b"), ("*", "b"), ("_", "i"), ("=", "")))


@dataclass
class _Cell:
    text: str
    header: bool
    colspan: int = 1


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if head.lstrip().startswith(("<", "{\"", "[{")):
        return 0.0  # HTML or JSON that quotes the markup
    if "%" not in head and "---" not in head:  # every cue holds one (asked of every document)
        return 0.0
    if _TOPICINFO.search(head):
        return _META_SCORE
    kinds = [bool(cue.search(head)) for cue in _CUES]
    if sum(kinds) < 2 or not (kinds[0] or kinds[1]):
        return 0.0
    return _ALL_KINDS_SCORE if all(kinds) else _TWO_KINDS_SCORE


def _link_text(m: re.Match[str]) -> str:
    """What a link shows: its text; a topic link its topic ("Main.TarsenWar" -> "TarsenWar"); a URL nothing."""
    if m[2] is not None:
        return m[2]
    target = m[1].strip()
    return "" if _URL.match(target) else target.split("#")[0].rsplit(".", 1)[-1]


def _inline(text: str) -> str:
    """One line's TML as HTML: links their text, line breaks, emphasis."""
    text = _LINK.sub(_link_text, _ESCAPED_WORD.sub("", text))
    text = html_escape.escape(_TAG.sub("", _BREAK.sub("\x00", text)), quote=False)
    for pattern, tag in _EMPHASIS:
        text = pattern.sub(rf"<{tag}>\1</{tag}>" if tag else r"\1", text)
    return re.sub(r"\s*\x00\s*", "<br>", text).strip()


def _cells(line: str) -> list[_Cell | None]:
    """A row's cells: "| *Date* | 2 May 1944 |"; None for a "^" cell (the cell above goes on)."""
    out: list[_Cell | None] = []
    for raw in line.strip()[1:].removesuffix("|").split("|"):
        cell = raw.strip()
        if raw == "" and out and out[-1] is not None:
            out[-1].colspan += 1  # "||": the cell before spans this column too
        elif cell == "^":
            out.append(None)
        else:
            header = _HEADER_CELL.match(cell)
            # a bold value beside a header cell ("| *Result* | *Victory* |") is a value, still bold
            value = header and out and out[0] is not None and out[0].header
            text = f"<b>{_inline(header[1])}</b>" if value else _inline(header[1] if header else cell)
            out.append(_Cell(text, bool(header) and not value))
    return out


def _add_row(rows: list[list[_Cell]], row: list[_Cell | None]) -> None:
    """A row to the table; a row with a "^" cell (the cell above spans it) goes on the row above
    instead, each of its cells' text a new line of the cell above it."""
    if None not in row or not rows:
        rows.append([cell or _Cell("", False) for cell in row])
        return
    above = [cell for cell in rows[-1] for _ in range(cell.colspan)]  # the row above, its cell in each column
    col = 0
    for cell in row:
        if cell is not None and cell.text and col < len(above):
            above[col].text += f"<br>{cell.text}"
        col += cell.colspan if cell else 1


def _html_cell(cell: _Cell) -> str:
    tag = "th" if cell.header else "td"
    span = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
    return f"<{tag}{span}>{cell.text}</{tag}>"


def html_page(text: str) -> str:
    """The topic as the HTML its markup stands for."""
    text = _CONTINUED.sub(" ", _COMMENT.sub("", _VERBATIM.sub("", text.replace("\r\n", "\n"))))
    text = _META_LINE.sub("", text)
    notes = iter(range(1, 10_000))
    text = _FOOTNOTE.sub(lambda m: f"[{next(notes)}]", text)
    while (dropped := _MACRO.sub(lambda m: "%BR%" if m[0] == "%BR%" else "", text)) != text:
        text = dropped  # (a macro's parameters may hold another: %INCLUDE{"%WEB%.Topic"}%)
    blocks: list[str] = []
    para: list[str] = []
    rows: list[list[_Cell]] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(f"<p>{' '.join(para)}</p>")
        if rows:
            blocks.append("<table>" + "".join(f"<tr>{''.join(map(_html_cell, r))}</tr>" for r in rows) + "</table>")
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
        for parts in (para, rows, items):
            parts.clear()

    for line in text.split("\n"):
        if line.lstrip().startswith("|"):
            if para or items:
                flush()
            _add_row(rows, _cells(line))
            continue
        skipped = not line.strip() or _RULE.match(line) or _ANCHOR.match(line) or _SETTING.match(line)
        if rows or skipped:
            flush()  # a table's end (its first line that is no row), a blank, a rule, an anchor, a setting
        if skipped:
            continue
        if heading := _HEADING.match(line):
            flush()
            level = len(heading[1])
            blocks.append(f"<h{level}>{_inline(heading[2])}</h{level}>")
        elif item := _LIST_ITEM.match(line):
            if para:
                flush()
            items.append(f"<li>{_inline(item[1])}</li>")
        elif items and line[:1].isspace():
            items[-1] = items[-1].removesuffix("</li>") + f" {_inline(line)}</li>"  # the item goes on
        else:
            if items:
                flush()
            para.append(_inline(line))
    flush()
    return f"<html><head></head><body>{''.join(blocks)}</body></html>"


def _read(text: str) -> Document:
    doc = html.read(html_page(text))
    field = _TITLE_FIELD.search(text)
    title = html_escape.unescape(field[1]).strip() if field else ""
    return dataclasses.replace(doc, shape=SHAPE, title=title or doc.title)


read = _text.never_raising(SHAPE, _read)
