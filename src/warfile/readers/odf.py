"""Reader for an OpenDocument text: a page pasted into LibreOffice and saved as a flat ODT
(``.fodt``: one XML file, ``<office:document>``), or the ``content.xml`` of an ``.odt``
(``<office:document-content>``).

The standard library's ElementTree parses the XML. The body (``<office:text>``) is written out as
the HTML it stands for and read by the HTML reader: ``text:h`` a heading of its outline level,
``text:p`` a paragraph, ``text:list`` a list, ``table:table`` a table (a cell spanning columns
keeps its ``colspan``, the covered cells it hides are dropped, a cell's paragraphs are its lines),
``text:a`` its shown text, ``text:s`` / ``text:tab`` / ``text:line-break`` a space, a tab and a
line break. Footnotes and endnotes (``text:note``) keep their citation mark ("[1]"), not their
body; frames (images, their captions outside the page's flow) keep only their text.
"""
from __future__ import annotations

import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "odf"

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?<office:document(?:-content)?\b")
_SCORE = 0.96  # above the HTML reader, which would read the XML's tags as unknown markup


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


def score(text: str) -> float:
    return _SCORE if _ROOT.match(text[:2000]) and _OFFICE in text[:5000] else 0.0


def _inline(el: ET.Element) -> str:
    """An element's text as HTML: its own text and its children's, in order."""
    out = [html_escape.escape(el.text or "")]
    for child in el:
        tag = child.tag
        if tag == _t("s"):
            out.append(" " * int(child.get(_t("c"), "1")))
        elif tag == _t("tab"):
            out.append("\t")
        elif tag == _t("line-break"):
            out.append("<br>")
        elif tag == _t("note"):  # a footnote: its mark in the text, its body left out
            citation = child.find(_t("note-citation"))
            out.append(f"[{html_escape.escape((citation.text or '').strip())}]" if citation is not None else "")
        elif tag in (_t("bookmark"), _t("bookmark-start"), _t("bookmark-end"), _t("soft-page-break")):
            pass
        else:  # spans, links, frames: their text
            out.append(_inline(child))
        out.append(html_escape.escape(child.tail or ""))
    return "".join(out)


def _cell(cell: ET.Element) -> str:
    lines = [_inline(p) for p in cell.iter() if p.tag in (_t("p"), _t("h"))]
    span = cell.get(f"{{{_TABLE}}}number-columns-spanned")
    attrs = f' colspan="{int(span)}"' if span and span.isdigit() and int(span) > 1 else ""
    return f"<td{attrs}>{'<br>'.join(line for line in lines if line.strip())}</td>"


def _table(table: ET.Element) -> str:
    rows = []
    for row in table.iter(f"{{{_TABLE}}}table-row"):
        cells = [_cell(c) for c in row if c.tag == f"{{{_TABLE}}}table-cell"]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _blocks(el: ET.Element, out: list[str]) -> None:
    """The HTML of a container's block elements, in order."""
    for child in el:
        tag = child.tag
        if tag == _t("h"):
            level = min(6, max(1, int(child.get(_t("outline-level"), "2") or 2)))
            out.append(f"<h{level}>{_inline(child)}</h{level}>")
        elif tag == _t("p"):
            out.append(f"<p>{_inline(child)}</p>")
        elif tag == _t("list"):
            items = []
            for item in child:
                inner: list[str] = []
                _blocks(item, inner)
                items.append(f"<li>{''.join(re.sub(r'</?p>', ' ', x) for x in inner).strip()}</li>")
            out.append(f"<ul>{''.join(items)}</ul>")
        elif tag == f"{{{_TABLE}}}table":
            out.append(_table(child))
        elif tag in (_t("section"), _t("list-item"), _t("list-header")):
            _blocks(child, out)


def html_page(text: str) -> str:
    """The document's body as an HTML page, its title from the document's metadata."""
    root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    body = root.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    title = root.find(f"{{{_OFFICE}}}meta/{{http://purl.org/dc/elements/1.1/}}title")
    out: list[str] = []
    if body is not None:
        _blocks(body, out)
    head = f"<title>{html_escape.escape(title.text)}</title>" if title is not None and title.text else ""
    return f"<html><head>{head}</head><body>{''.join(out)}</body></html>"


def _read(text: str) -> Document:
    try:
        page = html_page(text)
    except ET.ParseError as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not well-formed OpenDocument XML: {e}",))
    return html.read_as(page, SHAPE)


read = _text.never_raising(SHAPE, _read)
