"""Reader for a page of Zim, the desktop wiki (its ``.txt`` files: ``Content-Type: text/x-zim-wiki``).

A page opens with its headers (``Content-Type``, ``Wiki-Format``, ``Creation-Date``), then its
title as the top heading (``====== Battle of Nuʻuanu ======``), a "Created …" line and the text in
Zim's markup: headings of fewer ``=`` for lower levels, ``[[target|text]]`` links, ``//italic//``,
``**bold**``, ``^{superscript}``, ``{{./image.png}}`` images, ``@tags``, and pipe tables whose
cells write their line breaks as ``\\n``. The page is written out as the markdown it stands for
(headings, plain link text, ``<br>`` in cells) and read by the markdown reader.
"""
from __future__ import annotations

import re

from warfile.model import Document
from warfile.readers import _text, markdown_frontmatter

SHAPE = "zim"

_HEADER = re.compile(r"\A\ufeff?Content-Type:[ \t]*text/x-zim-wiki\b")
_HEADER_LINE = re.compile(r"^(?:Content-Type|Wiki-Format|Creation-Date):.*$\n?", re.MULTILINE)
_HEADING = re.compile(r"^(={2,6})[ \t]*(.+?)[ \t]*=+[ \t]*$", re.MULTILINE)
_CREATED = re.compile(r"^Created \w+day \d{1,2} \w+ \d{4}[ \t]*$\n?", re.MULTILINE)
_TAG_LINE = re.compile(r"^(?:@[\w-]+[ \t]*)+$\n?", re.MULTILINE)
_IMAGE = re.compile(r"\{\{[^{}\n]*\}\}")
_SUPERSCRIPT = re.compile(r"\^\{([^{}\n]*)\}")
_ITALIC = re.compile(r"(?<!:)//(?=\S)(.+?)(?<=\S)//")
_CELL_BREAK = re.compile(r"\\n")


def score(text: str) -> float:
    return 0.97 if _HEADER.match(text) else 0.0


def as_markdown(text: str) -> str:
    """The page as markdown: its headers, "Created" line, tags and images gone."""
    text = _TAG_LINE.sub("", _CREATED.sub("", _HEADER_LINE.sub("", text.replace("\r\n", "\n"))))
    text = _HEADING.sub(lambda m: "#" * max(1, 7 - len(m[1])) + " " + m[2], text)
    text = _SUPERSCRIPT.sub(r"\1", _text.wiki_unlinked(_IMAGE.sub("", text)))
    text = _ITALIC.sub(r"*\1*", text)
    lines = [_CELL_BREAK.sub("<br>", ln) if ln.lstrip().startswith("|") else ln for ln in text.split("\n")]
    return "\n".join(lines)


def _read(text: str) -> Document:
    return markdown_frontmatter.read_converted(as_markdown(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
