"""Reader for an OPML outline (``<opml><body><outline text="…">``): reading notes kept in an outliner
(WorkFlowy, Dynalist, OmniOutliner) where an article was pasted node by node, its box retyped as a
branch of "Label: value" nodes.

Each node's ``text`` holds its line (HTML escaped in the attribute: ``&lt;b&gt;Background&lt;/b&gt;``);
``_note`` holds the reader's own note on it, left out. The outline is written out as the HTML it
stands for and read by the HTML reader: a node with children is a heading (its depth its level), a
leaf a paragraph, and the branch holding the box a table: its "Label: value" leaves rows, the short
leaves above them its caption, and each section node ("Belligerents") a row over a row of its
children, one cell per side ("Jihadists: Sokoto Caliphate; Adar Tuaregs" gives the entries after the
side's own name). When a node holds the box, that node (the pasted article) is the page, titled by
its text; the notes around it are not.
"""
from __future__ import annotations

import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "opml"

_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<opml\b", re.S)
_SCORE = 0.96  # above the HTML reader, which would read the XML as unknown markup
_TAG = re.compile(r"<[^>]+>")
_STARS = re.compile(r"\*\*(.+?)\*\*")  # Dynalist's "**Background**"
_ROW = re.compile(r"^(?P<label>[^:]{2,40}?):\s+(?P<value>\S.*)$", re.S)
_NAMED_SIDE = re.compile(r"^[^:]{1,40}:\s+(?P<value>\S.*)$", re.S)
_MIN_ROWS = 2  # labelled leaves a branch needs to be the box
_CAPTION_CHARS = 120


def score(text: str) -> float:
    return _SCORE if _ROOT.match(text[:2000]) else 0.0


def _line(node: ET.Element) -> str:
    """A node's text as plain words (its markup's tags and a markdown outliner's stars dropped)."""
    return " ".join(_STARS.sub(r"\1", html_escape.unescape(_TAG.sub("", node.get("text", "")))).split())


def _key(line: str) -> str | None:
    found = field_for_label(line.rstrip(":"))
    return found[0] if found else None


def _is_box(node: ET.Element) -> bool:
    rows = sum(1 for c in node if not len(c) and (m := _ROW.match(_line(c))) and _key(m["label"]))
    sections = sum(1 for c in node if len(c) and _key(_line(c)) is not None)
    return rows >= _MIN_ROWS or sections >= 1 and rows >= 1


def _cell(words: str | list[str], span: int = 1) -> str:
    attrs = f' colspan="{span}"' if span > 1 else ""
    lines = [words] if isinstance(words, str) else words
    return f"<td{attrs}>{'<br>'.join(html_escape.escape(w) for w in lines)}</td>"


def _side(node: ET.Element) -> list[str]:
    """A side's entries: a node's own children ("Side A" over its names), or its line after the
    side's name ("Jihadists: Sokoto Caliphate; Adar Tuaregs")."""
    if len(node):
        return [_line(c) for c in node]
    return [m["value"] if (m := _NAMED_SIDE.match(_line(node))) else _line(node)]


def _box(node: ET.Element) -> str:
    rows = []
    for child in node:
        line = _line(child)
        if len(child) and (_key(line) in SIDE_KEYS or any(len(c) for c in child)):
            sides = [_side(c) for c in child]  # a section: its children are the sides
            rows.append(f"<tr>{_cell(line, max(2, len(sides)))}</tr>")
            rows.append("<tr>" + "".join(_cell(s) for s in sides) + "</tr>")
        elif len(child):  # a row whose values are its children ("Result" over its lines)
            rows.append(f"<tr>{_cell(line)}{_cell([_line(c) for c in child])}</tr>")
        elif (m := _ROW.match(line)) and _key(m["label"]):
            rows.append(f"<tr>{_cell(m['label'])}{_cell(m['value'])}</tr>")
        elif line and len(line) <= _CAPTION_CHARS:
            rows.append(f"<tr>{_cell(line, 2)}</tr>")  # the box's title, "Part of …"
    return f"<table>{''.join(rows)}</table>"


def _blocks(node: ET.Element, depth: int, out: list[str]) -> None:
    for child in node:
        if child.tag != "outline":
            continue
        if _is_box(child):
            out.append(_box(child))
        elif len(child):
            out.append(f"<h{min(6, depth)}>{html_escape.escape(_line(child))}</h{min(6, depth)}>")
            _blocks(child, depth + 1, out)
        elif line := _line(child):
            out.append(f"<p>{html_escape.escape(line)}</p>")


def _article(body: ET.Element) -> ET.Element | None:
    """The node holding the box (the pasted page), if any."""
    return next((node for node in body.iter("outline") if any(_is_box(c) for c in node)), None)


def html_page(text: str) -> str:
    root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    body = root.find("body")
    if body is None:
        return "<html><body></body></html>"
    article = _article(body)
    out: list[str] = []
    if article is not None:
        title = _line(article)
        _blocks(article, 2, out)
        return f"<html><head><title>{html_escape.escape(title)}</title></head><body><h1>{html_escape.escape(title)}</h1>" \
               f"{''.join(out)}</body></html>"
    head_title = root.find("head/title")
    _blocks(body, 2, out)
    title = html_escape.escape(head_title.text.strip()) if head_title is not None and head_title.text else ""
    return f"<html><head><title>{title}</title></head><body>{''.join(out)}</body></html>"


def _read(text: str) -> Document:
    try:
        page = html_page(text)
    except ET.ParseError as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not well-formed OPML: {e}",))
    return html.read_as(page, SHAPE)


read = _text.never_raising(SHAPE, _read)
