"""Reader for Textile markup: a page kept in a Redmine (or Textpattern) wiki.

The markup is rendered to HTML by python-textile and read by the HTML reader: ``h2.`` headings,
``p.`` paragraphs, ``"text":url`` links, ``|_. Date | … |`` tables with ``|\\2=. …|`` cells spanning
both columns (the infobox), ``*bold*`` and ``_emphasis_``, footnote marks. Redmine's own markup
goes first: its macros (``{{>toc}}``, ``{{collapse(…)}}``) and its ``[[Wiki page|text]]`` links
(their text kept).
"""
from __future__ import annotations

import re

import textile

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "textile"

# Block signatures at a line's start: "h2. Background", "p(note). …", "bq. …", "table(infobox).",
# "|_. Date |", "fn1. …"; a link written "text":http://….
_BLOCK = re.compile(r"^(?:h[1-6]|p|bq|fn\d+|table)(?:\([^)\n]*\)|\{[^}\n]*\}|[<>=]+)*\.\s|^\|(?:_\.|\\\d|/\d)",
                    re.MULTILINE)
_LINK = re.compile(r'"[^"\n]+":(?:https?://|/)\S')
_SCORE_PER_CUE = 0.15
_MAX_SCORE = 0.9
_MACRO = re.compile(r"\{\{[^{}\n]*\}\}")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]+)\]\]")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    blocks = len(_BLOCK.findall(head))
    if blocks < 2:
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_CUE * (blocks + len(_LINK.findall(head))))


def html_page(text: str) -> str:
    """The page as the HTML Textile stands for, Redmine's macros dropped and wiki links unlinked."""
    text = _WIKI_LINK.sub(r"\1", _MACRO.sub("", text.replace("\r\n", "\n")))
    return "<html><body>" + textile.textile(text) + "</body></html>"


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
