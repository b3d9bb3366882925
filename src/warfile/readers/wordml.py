"""Reader for a Word document's XML: the ``word/document.xml`` unzipped from a ``.docx``
(``<w:document>``), or a Word "XML Document" saved flat (``<pkg:package>`` holding the same part).

A page pasted into Word and saved keeps the article's box as a table and its text as paragraphs;
the XML splits both into runs (``w:r``) wherever formatting, spell checking or edit history
changed. The standard library's ElementTree parses it, and the body is written out as the HTML
it stands for and read by the HTML reader: a paragraph styled ``Title`` or ``Heading N`` a
heading, a numbered or bulleted paragraph (``w:numPr``) a list item, ``w:tbl`` a table (a cell's
``w:gridSpan`` its ``colspan``, its paragraphs its lines), ``w:hyperlink`` its shown text,
``w:tab`` / ``w:br`` a tab and a line break. A footnote reference keeps its mark ("[1]"), the
note's body is left out; proofing and revision marks carry no text.
"""
from __future__ import annotations

import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import Document
from warfile.readers import _text, html

SHAPE = "wordml"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<\?mso-application[^>]*\?>\s*)?<(?:w:document|pkg:package)\b")
_SCORE = 0.96  # above the HTML reader, which would read the XML's tags as unknown markup
_HEADING_STYLE = re.compile(r"(?i)heading\s*(\d)")


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def score(text: str) -> float:
    return _SCORE if _ROOT.match(text[:3000]) and _W in text[:20000] else 0.0


def _runs(el: ET.Element) -> str:
    """A paragraph's (or hyperlink's) text as HTML, run by run."""
    out: list[str] = []
    for child in el:
        tag = child.tag
        if tag == _w("r"):
            for part in child:
                if part.tag == _w("t"):  # (deleted text, w:delText, is left out)
                    out.append(html_escape.escape(part.text or ""))
                elif part.tag == _w("tab"):
                    out.append("\t")
                elif part.tag in (_w("br"), _w("cr")):
                    out.append("<br>")
                elif part.tag in (_w("footnoteReference"), _w("endnoteReference")):
                    out.append(f"[{part.get(_w('id'), '')}]")
                elif part.tag == _w("noBreakHyphen"):
                    out.append("-")
        elif tag in (_w("hyperlink"), _w("smartTag"), _w("ins"), _w("fldSimple"), _w("sdt"), _w("sdtContent")):
            out.append(_runs(child))  # a link's, a field's or an insertion's shown text
    return "".join(out)


def _style(p: ET.Element) -> str:
    found = p.find(f"{_w('pPr')}/{_w('pStyle')}")
    return found.get(_w("val"), "") if found is not None else ""


def _cell(cell: ET.Element) -> str:
    lines = [_runs(p) for p in cell.iter(_w("p"))]
    span = cell.find(f"{_w('tcPr')}/{_w('gridSpan')}")
    width = span.get(_w("val"), "1") if span is not None else "1"
    attrs = f' colspan="{int(width)}"' if width.isdigit() and int(width) > 1 else ""
    return f"<td{attrs}>{'<br>'.join(line for line in lines if line.strip())}</td>"


def _table(table: ET.Element) -> str:
    rows = []
    for row in table.findall(_w("tr")):
        cells = [_cell(c) for c in row.findall(_w("tc"))]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _blocks(body: ET.Element) -> tuple[list[str], str | None]:
    """The HTML of the body's paragraphs and tables, in order, and the title paragraph's text."""
    out: list[str] = []
    items: list[str] = []  # the list being gathered
    title = None

    def close_list() -> None:
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items.clear()

    for child in body:
        if child.tag == _w("sdt"):  # a content control (a cover page, a table of contents): its content
            content = child.find(_w("sdtContent"))
            if content is not None:
                inner, _ = _blocks(content)
                close_list()
                out.extend(inner)
            continue
        if child.tag == _w("tbl"):
            close_list()
            out.append(_table(child))
            continue
        if child.tag != _w("p"):
            continue
        text, style = _runs(child), _style(child)
        if child.find(f"{_w('pPr')}/{_w('numPr')}") is not None or style.lower().startswith("list"):
            items.append(f"<li>{text}</li>")
            continue
        close_list()
        heading = _HEADING_STYLE.search(style)
        if style.lower() == "title":
            title = title or text
            out.append(f"<h1>{text}</h1>")
        elif heading:
            level = min(6, max(2, int(heading.group(1)) + 1))  # Heading 1 sits under the title
            out.append(f"<h{level}>{text}</h{level}>")
        elif text.strip():
            out.append(f"<p>{text}</p>")
    close_list()
    return out, title


def html_page(text: str) -> str:
    """The document's body as an HTML page, titled by its Title paragraph."""
    root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    body = next(root.iter(_w("body")), None)
    out, title = _blocks(body) if body is not None else ([], None)
    head = f"<title>{html_escape.escape(html_escape.unescape(title))}</title>" if title else ""
    return f"<html><head>{head}</head><body>{''.join(out)}</body></html>"


def _read(text: str) -> Document:
    try:
        page = html_page(text)
    except ET.ParseError as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not well-formed Word XML: {e}",))
    return html.read_as(page, SHAPE)


read = _text.never_raising(SHAPE, _read)
