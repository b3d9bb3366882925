"""Reader for GeoJSON (a uMap, geojson.io or QGIS export): a map whose feature holds an article.

A researcher pins an operation on a map and writes its fact box into the feature's properties
("side 1", "commanders 2", "losses 1": box labels whose number names the side) and its article
into the feature's ``description`` (or ``popupContent``, ``desc``, ``body``). The feature read is
the one with the most to read (properties that are box labels, then the longest description); the
other features (camps, positions, notes) and the tool's own properties (``_umap_options``,
geojson.io's ``marker-color``) are left, as is every geometry.

As the KML reader does with a placemark, the feature is written out as the HTML page it stands for
and read by the HTML reader: its ``name`` the title, its label properties a box (a cell per side for
the numbered ones, a value's lines the cell's lines), its description the text. uMap writes the
description in its own markup: ``# ``/``## `` headings, ``**bold**``, ``*italic*``, ``[[url|text]]``
links (their text kept), ``{{image_url|width}}`` images (dropped), ``* `` list items, ``---`` rules,
blank lines between paragraphs (a short paragraph alone under the last rule is the copy's credit
line, "Text from Wikipedia, copied 4 May 2024": the page's footer, not its text); other tools write
HTML (read as the KML reader reads a placemark's) or plain text (read as uMap's markup, which it is
without the marks).
"""
from __future__ import annotations

import html as html_escape
import re
from collections.abc import Iterator

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html, json_record, kml
from warfile.readers.labels import field_for_label

SHAPE = "geojson"

# Above the JSON reader's 0.95 (which every JSON text holding a long string gets) and the HTML
# reader's (an infobox table in a description): the map is opened first, the article read after.
_SCORE = 0.96
_OPENING = re.compile(r"\A\ufeff?\s*\{")
_TYPES = ("FeatureCollection", "Feature", "umap")  # uMap's own backup: {"type": "umap", "layers": […]}
_MARKERS = ('"FeatureCollection"', '"Feature"', '"umap"')
_TITLE_KEYS = ("name", "title", "label")
_TEXT_KEYS = ("description", "popupcontent", "desc", "body")
_MAX_FEATURES = 100_000  # a map's features are walked once; a huge layer beyond this is not read

# Wikipedia's captions for the rows that hold a cell per side.
_SIDE_CAPTIONS = {"belligerents": "Belligerents", "commanders": "Commanders and leaders", "units": "Units involved",
                  "strength": "Strength", "casualties": "Casualties and losses", "supporters": "Supported by"}
_MAX_SIDES = 6

# A description written in HTML (not uMap's markup): block tags or line breaks.
_HTML_BLOCKS = re.compile(r"<(?:p|div|br|h[1-6]|table|ul|ol|li)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[*+-]{1,2}|\d{1,3}[.)])[ \t]+(.*)$")
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
# uMap's inline markup, bounded so a stray mark costs no rescan.
_IFRAME = re.compile(r"\{\{\{[^{}\n]{0,2000}\}\}\}")
_IMAGE = re.compile(r"\{\{[^{}\n]{0,2000}\}\}")
_LINK = re.compile(r"\[\[([^\[\]|\n]{0,2000})(?:\|([^\[\]\n]{0,500}))?\]\]")
_URL = re.compile(r"^\s*(?:[a-z][\w+.-]*://|mailto:|www\.|/)", re.IGNORECASE)
_CREDIT_WORDS = 60  # a paragraph alone under the description's last rule is its credit line, up to this long
_BOLD = re.compile(r"\*\*(?=\S)([^\n]{1,2000}?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,2000}?)(?<=\S)\*(?![\w*])")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if not any(m in head for m in _MARKERS) or not _OPENING.match(head):
        return 0.0
    try:
        record = json_record._loaded(text)  # parsed once for both readers: JSON's asks next
    except (ValueError, RecursionError):
        return 0.0
    return _SCORE if isinstance(record, dict) and record.get("type") in _TYPES else 0.0


def _features(value: object, depth: int = 0) -> Iterator[dict]:
    """The map's features: a Feature itself, a collection's, the collections of uMap's layers."""
    if not isinstance(value, dict) or depth > 4:
        return
    if value.get("type") == "Feature":
        yield value
        return
    for key in ("features", "layers"):
        items = value.get(key)
        if isinstance(items, list):
            for item in items[:_MAX_FEATURES]:
                yield from _features(item, depth + 1)


def _value(value: object) -> str:
    """A property's value as text: numbers as written, a list's strings one a line."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "\n".join(_value(v) for v in value if isinstance(v, (str, int, float)) and not isinstance(v, bool))
    return value.strip() if isinstance(value, str) else ""


def _properties(feature: dict) -> list[tuple[str, str]]:
    """(key, text) of a feature's properties, in order; the tool's own ("_umap_options") left out."""
    props = feature.get("properties")
    if not isinstance(props, dict):
        return []
    return [(k.strip(), _value(v)) for k, v in props.items() if isinstance(k, str) and not k.startswith("_")]


def _find(props: list[tuple[str, str]], keys: tuple[str, ...]) -> str:
    found = {k.lower(): v for k, v in reversed(props) if v}
    return next((found[k] for k in keys if k in found), "")


def _label(key: str) -> tuple[str, int | str | None] | None:
    """The box field a property names and its side: a number ("losses 1": side 0), a side named in
    parentheses as a KML column names it ("Belligerents (British)"), or None."""
    found = field_for_label(key.replace("_", " "))
    if found:
        return found
    m = kml._SIDE_LABEL.match(key)
    if m and (inner := field_for_label(m["label"])) and inner[0] in SIDE_KEYS:
        return inner[0], m["side"].strip()
    return None


def _box_labels(props: list[tuple[str, str]]) -> int:
    return sum(1 for k, v in props if v and k.lower() not in _TEXT_KEYS and _label(k))


def _cell(value: str, attrs: str = "") -> str:
    lines = (html_escape.escape(line.strip(), quote=False) for line in value.splitlines())
    return f"<td{attrs}>" + "<br>".join(line for line in lines if line) + "</td>"


def _box(props: list[tuple[str, str]]) -> str:
    """The label properties as a box: a row per label, a header row over a cell per side for the
    numbered ones, their sides in order of their numbers (named sides in order of first mention)."""
    rows: dict[str, tuple[str, dict[int | str | None, str]]] = {}  # field -> (caption, side -> value)
    named: list[str] = []
    for key, value in props:
        found = _label(key)
        if not found or found[0] == "name" or key.lower() in _TEXT_KEYS:
            continue
        field, side = found
        if isinstance(side, str) and side not in named:
            named.append(side)
        row = field if field in SIDE_KEYS else key
        caption = _SIDE_CAPTIONS.get(field, key) if field in SIDE_KEYS else key
        rows.setdefault(row, (caption, {}))[1][side] = value
    numbered = [s for _, cells in rows.values() for s in cells if isinstance(s, int)]
    sides: list[int | str] = sorted(set(numbered))[:_MAX_SIDES] if numbered else named[:_MAX_SIDES]
    width = max(len(sides), 2)
    out = []
    for caption, cells in rows.values():
        label = html_escape.escape(caption[:1].upper() + caption[1:], quote=False)
        per_side = [s for s in cells if s is not None]
        if per_side and any(s in sides for s in per_side):
            out.append(f"<tr><th colspan={width}>{label}</th></tr>")
            out.append("<tr>" + "".join(_cell(cells.get(s, "")) for s in sides) + "</tr>")
            if cells.get(None):  # a row for all sides beside the numbered ones ("losses": civilians)
                out.append(f"<tr>{_cell(cells[None], f' colspan={width}')}</tr>")
        elif cells.get(None):
            out.append(f"<tr><th>{label}</th>{_cell(cells[None])}</tr>")
    return '<table class="infobox">' + "".join(out) + "</table>" if out else ""


def _inline(text: str, escape: bool) -> str:
    """A line of uMap's markup as HTML: images gone, links their text, bold and italics as tags."""
    text = _IMAGE.sub("", _IFRAME.sub("", text))
    if escape:
        text = html_escape.escape(text, quote=False)
    text = _LINK.sub(lambda m: m[2].strip() if m[2] and m[2].strip() else ("" if _URL.match(m[1]) else m[1].strip()),
                     text)
    return _ITALIC.sub(r"<i>\1</i>", _BOLD.sub(r"<b>\1</b>", text))


def _markup_blocks(description: str) -> list[str]:
    """uMap's markup (or plain text) as HTML blocks: headings, paragraphs, lists."""
    escape = not _HTML_TAG.search(description)  # inline HTML uMap lets through is kept as HTML
    lines = description.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    levels = sorted({len(m[1]) for line in lines if (m := _HEADING.match(line))})
    out = html.Blocks()
    rule = None  # the blocks before the description's last rule
    for line in lines:
        if heading := _HEADING.match(line):
            out.flush()
            level = min(6, 2 + levels.index(len(heading[1])))  # the page's top headings as <h2>
            if words := _inline(heading[2], escape).strip():
                out.blocks.append(f"<h{level}>{words}</h{level}>")
        elif not line.strip() or _RULE.match(line):
            out.flush()
            rule = len(out.blocks) if line.strip() else rule
        elif item := _ITEM.match(line):
            if out.para:
                out.flush()
            if words := _inline(item[1], escape).strip():
                out.items.append(f"<li>{words}</li>")
        else:
            if out.items:
                out.flush()
            if words := _inline(line.strip(), escape).strip():
                out.para.append(words)
    out.flush()
    tail = out.blocks[rule:] if rule else []
    if len(tail) == 1 and tail[0].startswith("<p>") and len(tail[0].split()) <= _CREDIT_WORDS:
        out.blocks[-1] = f"<footer>{tail[0]}</footer>"  # "Text from Wikipedia, copied 4 May 2024": the page's footer
    return out.blocks


def _text_blocks(description: str) -> list[str]:
    if _HTML_BLOCKS.search(description):
        return kml._text_blocks(description)  # HTML, as Google's maps write a placemark's
    return _markup_blocks(description)


def html_page(text: str) -> str:
    """The map's article feature as the HTML page it stands for."""
    features = [(f, _properties(f)) for f in _features(json_record._loaded(text))]
    if not features:
        return html.page(None, [])
    _, props = max(features, key=lambda fp: (_box_labels(fp[1]), len(_find(fp[1], _TEXT_KEYS))))
    title = _find(props, _TITLE_KEYS).replace("\n", " ")
    blocks = [f"<h1>{html_escape.escape(title, quote=False)}</h1>"] if title else []
    if box := _box(props):
        blocks.append(box)
    blocks += _text_blocks(_find(props, _TEXT_KEYS))
    return html.page(html_escape.escape(title, quote=False) or None, blocks)


def _read(text: str) -> Document:
    try:
        page = html_page(text)
    except (ValueError, RecursionError) as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not GeoJSON: {e}",))
    return html.read_as(page, SHAPE)


read = _text.never_raising(SHAPE, _read)
