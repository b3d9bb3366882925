"""Reader for a forum post in BBCode: a phpBB, vBulletin or SMF post saved as its source, where an
analyst pasted an article (often its box rebuilt as a ``[table]``) between forum chatter.

The post is written out as the HTML its tags stand for and read by the HTML reader: ``[table]``,
``[tr]``, ``[td]`` / ``[th]`` a table (a cell's line breaks its lines), ``[list]`` with ``[*]`` items a
list, ``[b]``/``[i]`` emphasis, ``[url=…]text[/url]`` its text, ``[h1]``…``[h3]`` or a line that is
only bold text set larger than the body (``[size=150][b]Background[/b][/size]``) a heading, blank
lines paragraphs. What other members wrote is not the article: a short ``[quote]`` (a question
quoted in the reply) and ``[spoiler]`` asides are left out, images and code blocks too; a long
quote (an article pasted as a quotation) is kept.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "bbcode"

_TAG = re.compile(r"\[(/?)(b|i|u|s|url|img|quote|table|tr|td|th|list|\*|size|color|font|spoiler|code|h[1-6]|"
                  r"center|left|right|justify|sup|sub|hr|indent|youtube|media|email)\b[^\]\n]{0,300}\]", re.I)
_SCORE_PER_TAG = 0.04
_MAX_SCORE = 0.9
_MIN_TAGS = 6
# A quotation shorter than this is a member's words quoted in the reply, not a pasted article.
_LONG_QUOTE = 1500
_QUOTE = re.compile(r"\[quote(?:[=\s][^\]\n]*)?\](.*?)\[/quote\]", re.I | re.S)
_DROPPED = re.compile(r"\[(img|code|spoiler|youtube|media)\b[^\]]*\].*?\[/\1\]", re.I | re.S)
_URL = re.compile(r"\[url(?:=[^\]\n]*)?\](.*?)\[/url\]", re.I | re.S)
_EMAIL = re.compile(r"\[email(?:=[^\]\n]*)?\](.*?)\[/email\]", re.I | re.S)
# A line that is only bold text, set larger than the body: a heading ("[size=150][b]Title[/b][/size]",
# "[b][size=5]Background[/size][/b]"); sizes are percents (phpBB 3) or 1-7 (older boards).
_SIZED_HEAD = re.compile(r"^[ \t]*(?:\[size=(?P<a>\d+)\]\s*\[b\](?P<x>[^\[\n]+)\[/b\]\s*\[/size\]"
                         r"|\[b\]\s*\[size=(?P<b>\d+)\](?P<y>[^\[\n]+)\[/size\]\s*\[/b\])[ \t]*$", re.I | re.M)
_H_TAG = re.compile(r"\[h([1-6])\](.*?)\[/h\1\]", re.I | re.S)
# a bold line alone between blank lines (or over a list) heads a section ("[b]References[/b]")
_BOLD_LINE = re.compile(r"(?:^|(?<=\n\n))[ \t]*\[b\]([^\[\n]{1,60})\[/b\][ \t]*(?=\n\n|\n\[list|\Z)", re.I)
_TABLE = re.compile(r"\[table\b[^\]]*\](.*?)\[/table\]", re.I | re.S)
_LIST = re.compile(r"\[list(?:=[^\]]*)?\](.*?)\[/list\]", re.I | re.S)
_CELL_TAG = re.compile(r"\[(/?)(tr|td|th)((?:\s+[a-z]+=\"?\d+\"?)*)\]", re.I)
_INLINE = {"b": "b", "i": "i", "sup": "sup", "sub": "sub"}
_BLOCK_START = ("<table", "<ul", "<h1", "<h2", "<h3", "<h4", "<hr")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if head.lstrip().startswith(("<", "{")):
        return 0.0  # HTML or JSON that quotes BBCode
    tags = len(_TAG.findall(head))
    if tags < _MIN_TAGS:
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_TAG * tags)


def _heading_level(size: str) -> int | None:
    """h1 for the largest text, h2 for a section's; None when not larger than the body."""
    n = int(size)
    percent = n if n > 7 else {4: 120, 5: 150, 6: 180, 7: 200}.get(n, 100)
    if percent <= 100:
        return None
    return 1 if percent >= 150 else 2


def _cells(body: str) -> str:
    """A [table]'s rows and cells as HTML; a cell's line breaks are its lines."""
    def tag(m: re.Match[str]) -> str:
        close, name, attrs = m.group(1), m.group(2).lower(), m.group(3) or ""
        return f"<{close}{name}{attrs.lower() if not close else ''}>"
    inner = _CELL_TAG.sub(tag, body.strip())
    inner = re.sub(r"\s*(</?tr>)\s*", r"\1", inner)
    return "<table>" + inner.replace("\n", "<br>") + "</table>"


def html_page(text: str) -> str:
    """The post as the HTML its tags stand for."""
    text = html_escape.escape(text.replace("\r\n", "\n"), quote=False)
    text = _QUOTE.sub(lambda m: m.group(1) if len(m.group(1)) >= _LONG_QUOTE else "", text)
    text = _DROPPED.sub("", text)
    text = _URL.sub(r"\1", text)
    text = _EMAIL.sub(r"\1", text)

    def sized(m: re.Match[str]) -> str:
        level = _heading_level(m.group("a") or m.group("b"))
        words = (m.group("x") or m.group("y")).strip()
        return f"\n\n<h{level}>{words}</h{level}>\n\n" if level else m.group(0)
    text = _SIZED_HEAD.sub(sized, text)
    text = _H_TAG.sub(lambda m: f"\n\n<h{m.group(1)}>{m.group(2).strip()}</h{m.group(1)}>\n\n", text)
    text = _BOLD_LINE.sub(lambda m: f"<h2>{m.group(1).strip()}</h2>", text)
    text = _TABLE.sub(lambda m: f"\n\n{_cells(m.group(1))}\n\n", text)
    text = _LIST.sub(lambda m: "\n\n<ul>" + "".join(
        f"<li>{item.strip()}</li>" for item in re.split(r"\[\*\]", m.group(1)) if item.strip()) + "</ul>\n\n", text)
    text = re.sub(r"\[hr\]", "\n\n<hr>\n\n", text, flags=re.I)

    def inline(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        return f"<{m.group(1)}{_INLINE[name]}>" if name in _INLINE else ""
    text = _TAG.sub(inline, text)
    blocks = []
    for block in re.split(r"\n[ \t]*\n", text):
        block = block.strip()
        if not block:
            continue
        blocks.append(block if block.startswith(_BLOCK_START) else f"<p>{block.replace(chr(10), '<br>')}</p>")
    heads = re.search(r"<h1>(.*?)</h1>", text)
    title = f"<title>{heads.group(1)}</title>" if heads else ""
    return f"<html><head>{title}</head><body>{''.join(blocks)}</body></html>"


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
