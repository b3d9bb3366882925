"""Reader for an Org-mode page (an Emacs capture of an article, ``pandoc -t org``).

orgparse, the Org parser, gives the page's title (``#+title:``) and its outline: each heading with
its body, links already read as their descriptions, property drawers and keywords left out. The
outline is then written as markdown, which the pipe-table reader knows: ``* Battle`` becomes
``# Battle``, a table cell's ``\\\\`` line break ``<br>``, a bold ``*Belligerents*`` cell
``**Belligerents**``, an italic ``/Supported by:/`` plain words, a table's rule ``|---+--|``
``|---|---|``, an image link nothing, a footnote mark ``[fn:3]`` the citation mark ``[3]``.
``Document.text`` is that markdown: every span indexes it.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, pipe_table

SHAPE = "org"

# score(): Org's keyword lines and its links are its signature; headings of stars alone are not
# (markdown lists open with "* " too).
_KEYWORD = re.compile(r"^#\+(?:title|author|date|options|property|language|startup):", re.IGNORECASE | re.MULTILINE)
_LINK = re.compile(r"\[\[[^\]\n]+\]\[[^\]\n]+\]\]")
_DRAWER = re.compile(r"^:PROPERTIES:\s*$", re.MULTILINE)
_CUE_WEIGHT = 0.35

_CELL_BREAK = re.compile(r"\s*\\\\\s*")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n|]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w/])/(?=\S)([^/\n|<>]+?)(?<=\S)/(?![\w/])")
_RULE = re.compile(r"^\s*\|-[-+]*\|?\s*$")
_FOOTNOTE = re.compile(r"\[fn:(\w+)\]")
_IMAGE = re.compile(r"\bfile:\S+\.(?:jpe?g|png|svg|gif|webp)\b", re.IGNORECASE)


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if "#+" not in head and "][" not in head and ":PROPERTIES:" not in head:
        return 0.0  # none of its keywords, links or drawers: the scans are not worth their cost
    kinds = sum(1 for cue in (_KEYWORD, _LINK, _DRAWER) if cue.search(head))
    return min(0.95, _CUE_WEIGHT * kinds) if kinds >= 2 else 0.0


def _inline(line: str) -> str:
    """One body line with Org's inline markup written as markdown."""
    line = _FOOTNOTE.sub(r"[\1]", _IMAGE.sub("", line))
    if _RULE.match(line):  # "|-----+--|": markdown's rule is "|---|---|", three dashes a cell at least
        return "|" + "|".join("---" for _ in line.strip().strip("|").split("+")) + "|"
    if line.lstrip().startswith("|"):  # a table row: line breaks, bold labels, italics inside cells
        line = _ITALIC.sub(r"\1", _BOLD.sub(r"**\1**", _CELL_BREAK.sub("<br>", line)))
    return line


def as_markdown(text: str) -> str:
    """The page's outline as markdown: the title, then each heading and its body."""
    import orgparse  # imported here: only this shape needs it

    root = orgparse.loads(text)
    title = (root.get_file_property("title") or "").strip()
    parts = [f"# {title}"] if title else []
    for node in root[1:]:
        heading = node.heading.strip()
        if heading and heading != title:
            parts.append("#" * min(node.level + (1 if title else 0), 6) + " " + heading)
        body = "\n".join(_inline(ln) for ln in node.body.splitlines()).strip()
        if body:
            parts.append(body)
    return "\n\n".join(parts) + "\n"


def _read(text: str) -> Document:
    return dataclasses.replace(pipe_table.read(as_markdown(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
