"""Reader for Jira (or Confluence) wiki markup: a ticket's description into which someone pasted an
article, its box retyped as a Jira table.

Jira's markup looks like Textile (``h2.``, ``*bold*``, ``_italic_``) but its tables, links and macros
are its own, so the text is written out as the HTML it stands for and read by the HTML reader: a row
per ``|`` line (``||`` opens a header cell, a lone cell spans the table, ``\\\\`` breaks a line, a row
left open goes on over the next lines), ``h1.``..``h6.`` headings (the first ``h1.`` the title),
``*`` / ``#`` / ``-`` items, blank lines paragraphs. ``[text|url]`` keeps its text, ``\\[3\\]`` reads
"[3]", ``{quote}``/``{panel}`` keep their content and ``{color}`` its words; ``{code}``/``{noformat}``
blocks, images (``!map.png!``), other macros and a ticket's header lines (``Key:``, ``Reporter:``) go.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "jira"

# Cues only Jira writes: its block macros, a header row over plain rows or a header cell beside a
# plain one, links with their URL after a bar, user mentions. Textile shares its "h2." headings.
_MACRO_CUE = re.compile(r"(?<![\w\\])\{(?:(?:panel|quote|code|noformat|info|note|tip|warning|expand)(?::[^}\n]*)?|color)\}")
_HEADER_ROW = re.compile(r"^\s*\|\|[^|\n]+\|\|", re.M)
_PLAIN_ROW = re.compile(r"^\s*\|[^|\n]+\|", re.M)
_MIXED_ROW = re.compile(r"^\s*\|\|[^|\n]+\|[^|\n]", re.M)  # "||Date|2 May 1944|"
_URL_LINK = re.compile(r"(?<!\[)\[[^\[\]|\n]+\|(?:https?|ftp|mailto|file):[^\]\n]*\]")
_MENTION = re.compile(r"\[~[\w.@-]+\]")
# Other wikis' markup Jira never writes: doubled brackets, wikitext quotes and headings, Moin's
# instructions, Markdown's table rules; and a text opening as HTML or JSON.
_NOT_JIRA = re.compile(r"\A\s*(?:<|\{\s*[\"}]|\[\s*[{\"\]])|\[\[|'''|\{\{\{|^=+[^=\n]+=+\s*$|^#(?:format|acl)\b|"
                       r"^\|?\s*:?-{3,}:?\s*\|", re.M)
_BASE_SCORE = 0.85  # over Textile's 0.9 from the third cue on
_SCORE_PER_CUE = 0.03
_MAX_SCORE = 0.95
_MIN_CUES = 2

# A ticket's fields above its description ("Key: WAR-12", "Reporter: Ivo Kand", "Description:").
_HEADER_LINE = re.compile(r"^\s*(?P<label>key|summary|project|type|issue ?type|status|priority|resolution|reporter|"
                          r"assignee|created|updated|resolved|labels?|components?(?:/s)?|(?:fix|affects) versions?(?:/s)?|"
                          r"environment|sprint|epic link|due date|votes|watchers|description)\s*:(?P<rest>.*)$", re.I)
_DROPPED_BLOCK = re.compile(r"\{(code|noformat)(?::[^}\n]*)?\}.*?\{\1\}", re.S)
_CONTAINER = re.compile(r"\{(?:quote|panel|info|note|tip|warning|expand)(?::[^}\n]*)?\}")  # paragraph bounds
_MACRO = re.compile(r"(?<!\{)\{[a-z]+(?::[^}\n]*)?\}(?!\})")  # {color:red}, {color}, {anchor:x}, {toc}: no text
_ESCAPED = re.compile(r"\\([\[\]{}*_|!^~+?#-])")
_IMAGE = re.compile(r"!(?=\S)(?:[^!\n|]+?\.(?:png|jpe?g|gif|svg|bmp|webp)|[a-z]+://[^!\s|]+)(?:\|[^!\n]*)?!", re.I)
_LINK = re.compile(r"\[([^\[\]|\n]*)\|([^\[\]\n]*)\]")
_TARGET = re.compile(r"\[([^\[\]|\n]+)\]")
_CELL = re.compile(r"(\|\|?)([^|]*)")
_HEADING = re.compile(r"^\s*h([1-6])\.\s+(.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[*#]+|-)\s+(.*)$")
_QUOTE_LINE = re.compile(r"^\s*bq\.\s+")
_RULE = re.compile(r"^\s*-{4,}\s*$")
# Inline marks, each closed within 300 characters of its line (so a stray "*" costs no rescan).
_INLINE = ((re.compile(r"\{\{(.{1,300}?)\}\}"), r"<code>\1</code>"),
           (re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?![\w*])"), r"<b>\1</b>"),
           (re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,300}?)(?<=[^\s_])_(?![\w_])"), r"<i>\1</i>"),
           # ??citation??, +underline+, -deleted-: their words
           (re.compile(r"(?<![\w?+-])(\?\?|\+|-)(?=[^\s?+-])(.{1,300}?)(?<=[^\s?+-])\1(?![\w?+-])"), r"\2"),
           (re.compile(r"\^([^\^\s][^\^\n]{0,300}?)\^"), r"<sup>\1</sup>"),
           (re.compile(r"(?<!\w)~(?=\S)([^~\n]{1,300}?)~(?!\w)"), r"<sub>\1</sub>"))


# Substrings every cue holds (asked of every document: tested before any pattern).
_MARKERS = ("{panel", "{quote}", "{code", "{noformat", "{info", "{note", "{tip", "{warning", "{expand", "{color}",
            "|http", "|ftp", "|mailto", "|file", "[~", "||")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or _NOT_JIRA.search(head):
        return 0.0
    cues = len(_MACRO_CUE.findall(head)) + len(_URL_LINK.findall(head)) + len(_MENTION.findall(head))
    cues += len(_MIXED_ROW.findall(head))
    if _PLAIN_ROW.search(head):
        cues += len(_HEADER_ROW.findall(head))  # a header row counts over Jira's plain rows, not Moin's or Trac's "||"
    return 0.0 if cues < _MIN_CUES else min(_MAX_SCORE, _BASE_SCORE + _SCORE_PER_CUE * cues)


def _target(m: re.Match[str]) -> str:
    """A bracketed link shown by its target: a page's name, a user's; nothing for a URL or a file."""
    target = m.group(1).strip()
    if target.isdigit():
        return f"[{target}]"  # a citation mark
    if re.match(r"[a-z]+:|[#^]", target, re.I):
        return ""
    return target.lstrip("~")


def _unlinked(text: str) -> str:
    """text with images dropped and links as their text (done before a row is split at its bars)."""
    return _TARGET.sub(_target, _LINK.sub(lambda m: m.group(1).strip(), _IMAGE.sub("", text)))


def _inline(text: str) -> str:
    """One line's markup as HTML (escaped characters are private-use stand-ins until the end)."""
    text = html_escape.escape(_unlinked(text), quote=False)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = re.sub(r"[\ue000-\ue0ff]", lambda m: html_escape.escape(chr(ord(m.group()) - 0xE000)), text)
    return text.replace("\x00", "<br>").strip()


def _row(line: str) -> list[tuple[str, str]]:
    """A row's cells as (tag, HTML): "||" opens a header cell, "|" a plain one."""
    cells = [(m.group(1), m.group(2)) for m in _CELL.finditer(_unlinked(line.strip()))]
    while cells and not cells[-1][1].strip():
        cells.pop()  # the row's closing bar
    return [("th" if bar == "||" else "td", _inline(cell)) for bar, cell in cells]


def _lines(text: str) -> list[str]:
    """The description's lines: header lines, code blocks and escapes dealt with, a row left open
    at its end joined with the lines that go on with its last cell."""
    text = _DROPPED_BLOCK.sub("", text.replace("\r\n", "\n"))
    text = _MACRO.sub("", _CONTAINER.sub("\n\n", text)).replace("\\\\", "\x00")
    text = _ESCAPED.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    lines = text.split("\n")
    while lines and (not lines[0].strip() or _HEADER_LINE.match(lines[0])):
        field = _HEADER_LINE.match(lines[0])
        if field and field["label"].casefold() == "description" and field["rest"].strip():
            lines[0] = field["rest"]  # "Description: On 2 May …": the description starts on its line
            break
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        last = out[-1].strip() if out else ""
        if last.startswith("|") and not last.endswith("|") and line.strip() and not line.lstrip().startswith("|") \
                and not _HEADING.match(line):
            out[-1] = f"{last}\x00{line.strip()}"
        else:
            out.append(line)
    return out


def html_page(text: str) -> str:
    """The description as the HTML its markup stands for."""
    blocks: list[str] = []
    para: list[str] = []  # the open paragraph's lines, list's items, table's rows
    items: list[str] = []
    rows: list[list[tuple[str, str]]] = []
    title = None

    def flush() -> None:
        if para:
            blocks.append(f"<p>{' '.join(para)}</p>")
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
        if rows:
            width = max(len(r) for r in rows)
            span = f' colspan="{width}"' if width > 1 else ""
            blocks.append("<table>" + "".join(
                "<tr>" + "".join(f"<{tag}{span if len(r) == 1 else ''}>{cell}</{tag}>" for tag, cell in r) + "</tr>"
                for r in rows) + "</table>")
        para.clear(), items.clear(), rows.clear()

    for line in _lines(text):
        if line.lstrip().startswith("|"):
            if para or items:
                flush()
            if cells := _row(line):
                rows.append(cells)
            continue
        if rows:
            flush()
        if heading := _HEADING.match(line):
            flush()
            words = _inline(heading.group(2))
            title = title or (words if heading.group(1) == "1" else None)
            blocks.append(f"<h{heading.group(1)}>{words}</h{heading.group(1)}>")
        elif not line.strip() or _RULE.match(line):
            flush()
        elif item := _LIST_ITEM.match(line):
            if para:
                flush()
            items.append(f"<li>{_inline(item.group(1))}</li>")
        else:
            if items:
                flush()
            if words := _inline(_QUOTE_LINE.sub("", line)):
                para.append(words)
    flush()
    return html.page(title, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
