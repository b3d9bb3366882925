"""Reader for a Markdeep page (``.md.html``): markdown that renders itself in a browser, as
researchers write reading notes in it.

The file is markdown between an opening ``<meta charset="utf-8" emacsmode="-*- markdown -*-">``
and the closing ``<!-- Markdeep: -->`` script lines. Markdeep's own syntax is undone before the
markdown is read as markdown: a centred title block (lines indented far, the first in bold) is the
page's title, ``!!! Note`` admonitions (the researcher's notes, indented under their head) are
dropped, a table's caption line (``[Table [key]: caption]``) goes, citations ``[#Key]`` become
``[n]`` marks numbered by first use (the bibliography's ``[#Key]: …`` entries are no prose), " -- " is
an en dash, and each table is written with its borders (a head row written far indented, its first
cell empty, would be read as code).
"""
from __future__ import annotations

import re

from warfile.model import Document
from warfile.readers import _text, markdown_frontmatter

SHAPE = "markdeep"

_SCORE = 0.94
_MARKDEEP_SCRIPT = "markdeep.min.js"
_HEAD = re.compile(r'\A\ufeff?\s*<meta charset="utf-8"[^>\n]*emacsmode="-\*- markdown -\*-"[^>\n]*>', re.IGNORECASE)
_TAIL = re.compile(r"<!-- Markdeep: -->.*\Z", re.DOTALL)
_HEAD_LINES = re.compile(r"\A(?:\s*<(?:meta|link|title)\b[^>\n]*>[^\n]*\n)+", re.IGNORECASE)
_ADMONITION = re.compile(r"^!!! *\w+[^\n]*\n(?:(?:[ \t]+[^\n]*)?\n)*?(?=\S|\Z)", re.MULTILINE)
_TABLE_CAPTION = re.compile(r"^\[Table(?: \[[^\]\n]*\])?:[^\n]*\]\s*$", re.MULTILINE)
_BIBLIOGRAPHY_ENTRY = re.compile(r"^\[#[^\]\n]+\]:[^\n]*\n?", re.MULTILINE)
_CITATION = re.compile(r"\s?\[#(?P<key>[^\]\n]+)\]")
_TITLE_BLOCK = re.compile(r"\A\s*\n?(?P<block>(?:[ \t]{8,}\S[^\n]*\n)+)")
_BOLD = re.compile(r"^\*\*(?P<title>.+?)\*\*$")
_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")


def _bordered_tables(text: str) -> str:
    """Markdeep's borderless tables with a pipe opening and closing each row: a head row whose first
    cell is empty, written far indented ("            | Indonesia | Allies"), is no code block then."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if "|" in lines[i] and i + 1 < len(lines) and _SEPARATOR.match(lines[i + 1]):
            j = i
            while j < len(lines) and "|" in lines[j]:
                ln = lines[j]
                body = ln.strip()
                head = "| " if not body.startswith("|") or (j == i and ln[:len(ln) - len(ln.lstrip())].count(" ") >= 4) else ""
                out.append(head + body + ("" if body.endswith("|") else " |"))
                j += 1
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
_DASH = re.compile(r" -- ")  # Markdeep's en dash: "20 October -- 15 December 1945"


def score(text: str) -> float:
    head = text[:2000]
    if _HEAD.match(head) or _MARKDEEP_SCRIPT in text[-3000:] and "emacsmode" in head:
        return _SCORE
    return 0.0


def markdown_of(text: str) -> str:
    """The page's markdown, Markdeep's own syntax undone (a title block becomes a "# " heading)."""
    text = _TAIL.sub("", _HEAD_LINES.sub("", text.replace("\r\n", "\n")))
    title = ""
    if block := _TITLE_BLOCK.match(text):
        lines = [ln.strip() for ln in block["block"].splitlines() if ln.strip()]
        bold = _BOLD.match(lines[0]) if lines else None
        title = bold["title"] if bold else (lines[0] if lines else "")
        text = text[block.end():]
    text = _BIBLIOGRAPHY_ENTRY.sub("", _TABLE_CAPTION.sub("", _ADMONITION.sub("", text)))
    numbers: dict[str, int] = {}

    def mark(m: re.Match[str]) -> str:
        return f"[{numbers.setdefault(m['key'], len(numbers) + 1)}]"
    text = _CITATION.sub(mark, text)
    text = _bordered_tables(_DASH.sub(" – ", text)).replace("&dagger;", "†")
    return (f"# {title}\n\n" if title else "") + text


def _read(text: str) -> Document:
    return markdown_frontmatter.read_converted(markdown_of(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
