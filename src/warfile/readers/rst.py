"""Reader for reStructuredText: a page converted by pandoc (``pandoc -t rst``) or written for Sphinx.

docutils, the reference parser, turns the text into HTML (grid and simple tables, line blocks,
links, sections) and the page is then read as HTML (:mod:`warfile.readers.html`): the infobox is
the table whose cells name infobox labels. Directives that read files or pass raw markup through
are disabled, and docutils' own messages are silenced: an untrusted page can neither reach the
disk nor stop the read.
"""
from __future__ import annotations

import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "rst"

# score(): an over- and underlined title, a section underline as long as its heading, a directive
# (".. container::"), an inline link with its target ("`Text <url>`__"), a grid table's border.
_TITLE = re.compile(r"\A\s*([=#*~-])\1{3,}\n[^\n]+\n\1{4,}\n")
_UNDERLINE = re.compile(r"^([^\s\n][^\n]{2,})\n([=\-~^\"'`#*+])\2{2,}\s*$", re.MULTILINE)
_DIRECTIVE = re.compile(r"^\.\. [\w:-]+::", re.MULTILINE)
_LINK = re.compile(r"`[^`\n]+ <[^>\n]+>`__?")
_GRID_BORDER = re.compile(r"^\+(?:-{3,}\+)+\s*$", re.MULTILINE)
_CHEAP_CUES = (_TITLE, _DIRECTIVE, _LINK, _GRID_BORDER)
_CUE_WEIGHT = 0.3
_LINK_CLASS = re.compile(r'<a class="reference[^"]*"')  # three kinds of cue: as sure as the markup readers' own signatures

_SETTINGS = {
    "report_level": 5,  # no messages: a malformed table is read as far as it goes
    "halt_level": 5,
    "raw_enabled": False,
    "file_insertion_enabled": False,
    "input_encoding": "unicode",
    "output_encoding": "unicode",
    "syntax_highlight": "none",
    "embed_stylesheet": False,
    "warning_stream": False,
}


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW * 4]
    kinds = sum(1 for cue in _CHEAP_CUES if cue.search(head))
    if not kinds:
        return 0.0  # no title, directive, link or grid table: the section scan is not worth its cost
    if _UNDERLINE.search(head):
        kinds += 2 if _underlines_match(head) else 1  # a heading underlined to its own length is the signature
    if _MARKDOWN.search(head):
        return min(_MARKDOWN_CEILING, _CUE_WEIGHT * kinds)  # pandoc's markdown underlines its headings too
    return min(0.95, _CUE_WEIGHT * kinds)


# Markdown's links ("[Osk](/wiki/Osk)") and pandoc's fenced divs (":::"), which reStructuredText never writes.
_MARKDOWN = re.compile(r"\]\((?:/|#|https?:)|^:::", re.MULTILINE)
_MARKDOWN_CEILING = 0.5


def _underlines_match(head: str) -> bool:
    return any(len(m.group(1).rstrip()) == len(m.group(0).split("\n")[1].rstrip())
               for m in _UNDERLINE.finditer(head))


def _read(text: str) -> Document:
    from docutils.core import publish_parts  # imported here: only this shape needs it
    from docutils.writers import get_writer_class
    # a writer instance, which every docutils we accept takes ("writer_name" is going in Docutils 2.0)
    body = publish_parts(text, writer=get_writer_class("html5")(), settings_overrides=_SETTINGS)["html_body"]
    # docutils marks every link "reference", the class the HTML reader drops as a citation mark
    body = _LINK_CLASS.sub("<a", body)
    return html.read_as(body, SHAPE)


read = _text.never_raising(SHAPE, _read)
