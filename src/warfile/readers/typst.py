"""Reader for a Typst document's source (``.typ``): a page retyped for a course reader or a report,
its box as a ``#figure(table(…))``.

The markup is written out as the HTML it stands for and read by the HTML reader: ``=`` / ``==``
headings, blank lines paragraphs, ``- `` / ``+ `` list items, ``*strong*`` and ``_emphasis_``,
``\\`` a line break. Function calls are read by name: ``#link("url")[text]`` its text,
``#footnote[…]`` its number ("[1]"; the note's body is a reference, not prose), ``#text``,
``#align``, ``#emph``, ``#strong``, ``#box``, ``#block`` their content; ``#table`` (inside a figure
or not) a table of its ``columns``, each ``[cell]`` or ``table.cell(colspan: 2)[cell]`` in order;
``#set``, ``#show``, ``#let``, ``#import``, images, spacing and comments nothing. The document's
title is ``#set document(title: "…")``, else its first heading.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "typst"

_CUES = re.compile(r"^#(?:set|show|let|import|include)\b|#(?:figure|table|link|footnote|text|align)\(|"
                   r"#(?:footnote|strong|emph)\[", re.MULTILINE)
_SCORE_PER_CUE = 0.15
_MAX_SCORE = 0.94
_MIN_CUES = 3
_COMMENT = re.compile(r"/\*.*?\*/|(?<![:/\w])//[^\n]*", re.S)
_NAME = re.compile(r"#([A-Za-z_][\w.-]*)")
_DROPPED = frozenset({"set", "show", "let", "import", "include", "v", "h", "pagebreak", "colbreak", "image",
                      "outline", "bibliography", "line", "place", "hide", "counter", "context", "metadata"})
_CONTENT = frozenset({"text", "align", "emph", "strong", "box", "block", "underline", "smallcaps", "highlight",
                      "super", "sub", "strike", "overline", "pad", "rect", "quote", "par", "heading"})
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_HEADING = re.compile(r"^(=+)\s+(.*)$")
_LIST_ITEM = re.compile(r"^\s*[-+]\s+(.*)$")
_TITLE = re.compile(r'#set\s+document\([^)]*?title:\s*"((?:[^"\\]|\\.)*)"')
_COLUMNS = re.compile(r"^\s*columns\s*:\s*(.+)$", re.S)
_COLSPAN = re.compile(r"colspan\s*:\s*(\d+)")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "#" not in head:  # every cue opens with it (asked of every document: no pattern without it)
        return 0.0
    cues = len(_CUES.findall(head))
    if cues < _MIN_CUES or head.lstrip().startswith(("<", "{")):
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_CUE * cues)


def _closing(text: str, i: int) -> int:
    """The index after the bracket closing the one at ``text[i]`` (``(`` or ``[``), strings and
    nested brackets skipped; the text's end when it never closes."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[text[i]]]
    j = i + 1
    while j < len(text) and stack:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == '"' and stack[-1] == ")":  # a string argument
            end = _STRING.match(text, j)
            j = end.end() if end else j + 1
            continue
        if c in pairs:
            stack.append(pairs[c])
        elif c == stack[-1]:
            stack.pop()
        j += 1
    return j


def _arguments(args: str) -> list[str]:
    """A call's arguments, split at its top-level commas."""
    out, start, j = [], 0, 0
    while j < len(args):
        c = args[j]
        if c in "([{":
            j = _closing(args, j)
            continue
        if c == '"':
            end = _STRING.match(args, j)
            j = end.end() if end else j + 1
            continue
        if c == ",":
            out.append(args[start:j].strip())
            start = j + 1
        j += 1
    if args[start:].strip():
        out.append(args[start:].strip())
    return out


def _call(text: str, i: int) -> tuple[str, str | None, list[str], int]:
    """The function call at ``text[i]`` (``#name(args)[content]…``): its name, its arguments' text,
    its content blocks, and where it ends."""
    m = _NAME.match(text, i)
    assert m is not None
    j, args, contents = m.end(), None, []
    if j < len(text) and text[j] == "(":
        end = _closing(text, j)
        args, j = text[j + 1:end - 1], end
    while j < len(text) and text[j] == "[":
        end = _closing(text, j)
        contents.append(text[j + 1:end - 1])
        j = end
    return m.group(1), args, contents, j


class _Writer:
    def __init__(self) -> None:
        self.notes = 0

    def inline(self, text: str) -> str:
        """Markup of running text as HTML."""
        out: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == "#" and _NAME.match(text, i):
                name, args, contents, i = _call(text, i)
                out.append(self.function(name, args, contents))
            elif c == "\\" and i + 1 < len(text):
                nxt = text[i + 1]
                out.append("<br>" if nxt in " \n" else html_escape.escape(nxt))
                i += 2
            elif c in "*_" and (end := text.find(c, i + 1)) > i + 1 and "\n\n" not in text[i:end]:
                tag = "b" if c == "*" else "i"
                out.append(f"<{tag}>{self.inline(text[i + 1:end])}</{tag}>")
                i = end + 1
            elif c == "<" and (m := re.match(r"<[\w:.-]+>", text[i:])):
                i += m.end()  # a label
            elif c == "~":
                out.append(" ")
                i += 1
            else:
                out.append(html_escape.escape(c))
                i += 1
        return "".join(out)

    def function(self, name: str, args: str | None, contents: list[str]) -> str:
        base = name.split(".")[0]
        if base in _DROPPED:
            return ""
        if name == "link":
            if contents:
                return self.inline(contents[0])
            url = _STRING.search(args or "")
            return html_escape.escape(url.group(1)) if url else ""
        if name == "footnote":
            self.notes += 1
            return f"[{self.notes}]"
        if name in ("figure", "table"):
            return self.block_call(name, args, contents)
        if base in _CONTENT or contents:
            return "".join(self.inline(c) for c in contents)
        return ""

    def block_call(self, name: str, args: str | None, contents: list[str]) -> str:
        if name == "table":
            return self.table(args or "")
        parts = _arguments(args or "")
        tables = [p for p in parts if p.startswith("table(")]
        if tables:
            return self.table(tables[0][len("table("):_closing(tables[0], len("table")) - 1])
        pieces = [p[1:-1] for p in parts if p.startswith("[")] + contents  # a figure's body, its content blocks
        return "".join(self.inline(p) for p in pieces)

    def table(self, args: str) -> str:
        columns = 2
        cells: list[tuple[str, int]] = []
        for arg in _arguments(args):
            if m := _COLUMNS.match(arg):
                value = m.group(1).strip()
                columns = int(value) if value.isdigit() else max(1, len(_arguments(value.strip("()"))))
            elif arg.startswith("["):
                cells.append((self.inline(arg[1:-1]).strip(), 1))
            elif arg.startswith("table.cell"):
                _, cell_args, contents, _ = _call("#" + arg, 0)
                span = _COLSPAN.search(cell_args or "")
                cells.append((self.inline(contents[0]).strip() if contents else "", int(span.group(1)) if span else 1))
            elif arg.startswith(("table.header", "table.footer")):
                _, header_args, _, _ = _call("#" + arg, 0)
                cells += [(self.inline(a[1:-1]).strip(), 1) for a in _arguments(header_args or "") if a.startswith("[")]
        rows, row, width = [], [], 0
        for content, span in cells:
            attrs = f' colspan="{span}"' if span > 1 else ""
            row.append(f"<td{attrs}>{content}</td>")
            width += span
            if width >= columns:
                rows.append(f"<tr>{''.join(row)}</tr>")
                row, width = [], 0
        if row:
            rows.append(f"<tr>{''.join(row)}</tr>")
        return f"<table>{''.join(rows)}</table>"


_RULE_LINE = re.compile(r"^#(?:set|show|let|import|include)\b", re.MULTILINE)


def _without_rules(text: str) -> str:
    """The text without its set, show, let and import lines (each to its line's end, or on to
    where its brackets close)."""
    out, pos = [], 0
    for m in _RULE_LINE.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        j = m.end()
        while j < len(text) and text[j] != "\n":
            j = _closing(text, j) if text[j] in "([{" else j + 1
        pos = j
    out.append(text[pos:])
    return "".join(out)


def html_page(text: str) -> str:
    """The document as the HTML its markup stands for."""
    title = _TITLE.search(text)
    text = _without_rules(_COMMENT.sub("", text.replace("\r\n", "\n")))
    writer = _Writer()
    blocks: list[str] = []
    first_heading = None
    # a function call whose arguments run over several lines is one block: blocks are split at
    # blank lines outside brackets
    chunks, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "#" and _NAME.match(text, i):
            i = _call(text, i)[3]
            continue
        if text.startswith("\n\n", i):
            chunks.append(text[start:i])
            start = i + 2
            i += 2
            continue
        i += 1
    chunks.append(text[start:])
    for chunk in chunks:
        lines = chunk.strip("\n").split("\n")
        para: list[str] = []
        items: list[str] = []
        for line in lines:
            if heading := _HEADING.match(line):
                words = writer.inline(heading.group(2)).strip()
                first_heading = first_heading or words
                blocks.append(f"<h{min(6, len(heading.group(1)) + 1)}>{words}</h{min(6, len(heading.group(1)) + 1)}>")
            elif item := _LIST_ITEM.match(line):
                items.append(f"<li>{writer.inline(item.group(1))}</li>")
            else:
                para.append(line)
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
        body = writer.inline("\n".join(para)).strip()
        if body:
            blocks.append(body if body.startswith("<table>") else f"<p>{body}</p>")
    name = html_escape.escape(title.group(1)) if title else first_heading
    return html.page(name or None, ([f"<h1>{name}</h1>"] if title else []) + blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
