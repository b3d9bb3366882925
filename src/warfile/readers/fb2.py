"""Reader for a FictionBook 2 e-book (``.fb2``: ``<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">``),
as calibre and e-book shops write a book or a sample chapter.

The standard library's ElementTree parses the XML. The body is written out as the small HTML page
the HTML reader reads: a section's ``<title>`` its heading, ``<p>`` its paragraphs, a ``<table>``
as it is. A book's table of forces stands for the infobox: the paragraph naming it right above it
("Table 5.1 The battle of Darwin and Goose Green, 28–29 May 1982") is its caption, giving the
operation's name, and its dates a row. Epigraphs, notes and the book's description are left out.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import Document
from warfile.readers import _text

SHAPE = "fb2"

_NS = "{http://www.gribuser.ru/xml/fictionbook/2.0}"
_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?<FictionBook\b")
_SCORE = 0.96  # above the HTML reader, which its tags would otherwise win


def score(text: str) -> float:
    return _SCORE if _ROOT.match(text[:500]) else 0.0


# "Table 5.1 The battle of Darwin and Goose Green, 28–29 May 1982": a table's caption, its number
# first, its operation's dates last.
_TABLE_CAPTION = re.compile(r"^\s*Table\s+[\dIVX]+(?:\.\d+)*\.?\s+(?:The\s+)?(?P<name>.+?)"
                            r"(?:,\s*(?P<dates>[^,]*\b1[0-9]\d\d|[^,]*\b20\d\d))?\s*$", re.IGNORECASE)
_SKIPPED = {"epigraph", "annotation", "image", "empty-line"}


def _inline(node: ET.Element) -> str:
    """A paragraph's text with its emphasis dropped (FB2's <strong>, <emphasis>, links)."""
    return html_escape.escape(" ".join("".join(node.itertext()).split()))


def _table(node: ET.Element, caption: str | None) -> str:
    rows = []
    for tr in node.iter(f"{_NS}tr"):
        cells = []
        for cell in tr:
            tag = cell.tag.replace(_NS, "")
            if tag in ("th", "td"):
                span = f' colspan="{cell.get("colspan")}"' if cell.get("colspan") else ""
                cells.append(f"<{tag}{span}>{_inline(cell)}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = ""
    if caption and (m := _TABLE_CAPTION.match(caption)):
        name = m["name"][0].upper() + m["name"][1:]
        head = f"<caption>{html_escape.escape(name)}</caption>"
        if m["dates"]:
            rows.insert(1 if rows and "<td" not in rows[0] else 0,
                        f"<tr><th>Date</th><td colspan=\"2\">{html_escape.escape(m['dates'].strip())}</td></tr>")
    return f'<table class="infobox">{head}' + "".join(rows) + "</table>"


def _section(node: ET.Element, level: int, out: list[str]) -> None:
    pending: str | None = None  # a paragraph that may be the caption of the table after it
    for child in node:
        tag = child.tag.replace(_NS, "")
        if tag in _SKIPPED:
            continue
        if tag == "title":
            out.append(f"<h{min(level, 6)}>{' '.join(_inline(p) for p in child)}</h{min(level, 6)}>")
        elif tag == "section":
            _section(child, level + 1, out)
        elif tag == "table":
            if pending is not None:
                out.pop()  # the paragraph just written is the table's caption
            out.append(_table(child, pending))
        elif tag in ("p", "subtitle", "cite", "poem"):
            line = " ".join("".join(child.itertext()).split())
            pending = line if _TABLE_CAPTION.match(line) else None
            out.append(f"<p>{html_escape.escape(line)}</p>")
            continue
        pending = None


def _read(text: str) -> Document:
    from warfile.readers import html
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as e:
        return Document(text=text, shape=SHAPE, warnings=(f"FB2 not parsed: {e}",))
    out: list[str] = []
    for body in root.iter(f"{_NS}body"):
        if body.get("name") == "notes":
            continue  # the book's footnotes
        _section(body, 1, out)
    doc = html.read("<html><body><article>" + "\n".join(out) + "</article></body></html>")
    return dataclasses.replace(doc, shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
