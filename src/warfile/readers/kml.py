"""Reader for KML (a Google My Maps or Google Earth export): a map whose placemark holds an article.

A researcher pins an operation on a map and pastes its article into the placemark: its
``<description>`` (HTML in CDATA) is the text, its ``<ExtendedData>`` the map's table columns
(``<Data name="Date"><value>…</value></Data>``, or ``<SimpleData name="…">`` of a schema), which a
table of sides writes per side as "Belligerents (British)", "Belligerents (Māori)". The placemark
read is the one with the most to read (columns that are box labels, then the longest description);
the other placemarks (sites, notes) and the map's styles are left.

The placemark is written out as the HTML page it stands for and read by the HTML reader: its name
the title, its columns a box (a column per side where the labels name sides in parentheses, the
sides in the order they first appear), its description the text (``<br><br>`` apart as paragraphs,
a short line ending in "[edit]" a heading).
"""
from __future__ import annotations

import html as html_escape
import re
import xml.etree.ElementTree as ET  # noqa: N817 - the stdlib's own short name

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "kml"

_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<kml[\s>]", re.DOTALL)
_SCORE = 0.94
# "Belligerents (British)": a column's label and the side it is about.
_SIDE_LABEL = re.compile(r"^(?P<label>[^()]+?)\s*\((?P<side>[^()]+)\)\s*$")
_PARAGRAPH_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)
_EDIT_HEADING = re.compile(r"^\s*(?P<words>[^<>.]{2,60}?)\s*\[edit\]\s*$")


def score(text: str) -> float:
    head = text[:2000]
    return _SCORE if "<kml" in head and _ROOT.match(head) else 0.0


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(node: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in node if _local(c.tag) == name), None)


def _columns(mark: ET.Element) -> list[tuple[str, str]]:
    """(label, value) of a placemark's ExtendedData, in order."""
    out = []
    for node in mark.iter():
        name = _local(node.tag)
        if name == "Data":
            value = _child(node, "value")
            out.append((node.get("name") or "", (value.text or "") if value is not None else ""))
        elif name == "SimpleData":
            out.append((node.get("name") or "", node.text or ""))
    return [(label.strip(), value.strip()) for label, value in out if label.strip() and value.strip()]


def _box_labels(columns: list[tuple[str, str]]) -> int:
    return sum(1 for label, _ in columns if field_for_label((_SIDE_LABEL.match(label) or {"label": label})["label"]))


def _description(mark: ET.Element) -> str:
    node = _child(mark, "description")
    return (node.text or "") if node is not None else ""


def _box(columns: list[tuple[str, str]]) -> str:
    """The columns as a box: a row per label, a cell per side the labels name."""
    sides: list[str] = []
    rows: dict[str, dict[int | None, str]] = {}
    for label, value in columns:
        m = _SIDE_LABEL.match(label)
        if m and (found := field_for_label(m["label"])) and found[0] in SIDE_KEYS:
            if m["side"] not in sides:
                sides.append(m["side"])
            rows.setdefault(m["label"], {})[sides.index(m["side"])] = value
        else:
            rows.setdefault(label, {})[None] = value
    return html.box_table([(html_escape.escape(label), [html_escape.escape(cells[None])] if None in cells
                            else [html_escape.escape(cells.get(i, "")) for i in range(len(sides))])
                           for label, cells in rows.items()])


def _text_blocks(description: str) -> list[str]:
    blocks = []
    for piece in _PARAGRAPH_BREAK.split(description):
        if not piece.strip():
            continue
        if "<" not in piece and (m := _EDIT_HEADING.match(piece)):
            blocks.append(f"<h2>{html_escape.escape(m['words'])}</h2>")  # "Background[edit]"
        else:
            blocks.append(f"<p>{piece}</p>")
    return blocks


def html_page(text: str) -> str:
    root = ET.fromstring(text.encode("utf-8") if text.lstrip().startswith("<?xml") else text)
    marks = [m for m in root.iter() if _local(m.tag) == "Placemark"]
    if not marks:
        return html.page(None, [])
    mark = max(marks, key=lambda m: (_box_labels(_columns(m)), len(_description(m))))
    name_node = _child(mark, "name")
    title = (name_node.text or "").strip() if name_node is not None else ""
    blocks = [f"<h1>{html_escape.escape(title)}</h1>"] if title else []
    columns = _columns(mark)
    if _box_labels(columns):
        blocks.append(_box(columns))
    blocks += _text_blocks(_description(mark))
    return html.page(html_escape.escape(title), blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
