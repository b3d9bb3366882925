"""Reader for a Freeplane or FreeMind mind map (``.mm``): a student's or a researcher's map of an
operation, the article retyped node by node, the box as a node's attributes.

The map is ``<map version="freeplane 1.9.13">`` (FreeMind's ``<map version="1.0.1">``) holding
nested ``<node>`` elements. A node's text is its ``TEXT`` attribute or its ``<richcontent
TYPE="NODE">`` HTML; ``<richcontent TYPE="NOTE">`` and ``TYPE="DETAILS"`` hold its notes (HTML,
their paragraphs kept after the node's text); ``<attribute NAME VALUE>`` children are its
key/value attributes; icons, fonts, edges, hooks (the map's styles), clouds and arrow links are
layout and are dropped.

The map is written out as the HTML page it stands for and read by the HTML reader: the root node's
text the title, each branch under it a heading (its depth the heading's level) over its children,
a leaf a paragraph. The first node whose attributes name the box's fields (Date, Location, Result
…) is the box, written as ``table.infobox``: its attributes rows (a name given twice one cell of
two lines; "Belligerents (side 1)" / "Commander 2" a side's cell; "Belligerents: A; B" a cell per
side), and its children that carry a side's attributes ("Side 1: EPLF" with Belligerent,
Commander, Strength …) the sides, each per-side field a section row over a cell per side. The map
is parsed with the standard library's ElementTree, XML it rejects leniently (with a warning).
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html
from warfile.readers.cherrytree import local_name, parse
from warfile.readers.labels import field_for_label

SHAPE = "mindmap"

_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<map\b[^>]*>", re.S)
_VERSION = re.compile(r"<map\s+version=\"(?:freeplane|\d)", re.I)
# Above the HTML reader's 0.95 (as fb2's and opml's): a map's rich nodes and notes are XHTML
# documents, "<html><body>…", which that reader takes for a page's own skeleton.
_SCORE = 0.96
_SCORE_UNVERSIONED = 0.7  # "<map>" over "<node TEXT=…>" with no version: most likely still a mind map
_SIDE_LABEL = re.compile(r"^\s*(?P<label>.*?)\s*[(\[]?\s*\b(?:side|party|column)\s*(?P<n>[1-9]|one|two|three|[ABC])\s*[)\]]?\s*"
                         r"(?P<rest>.*?)\s*$", re.I)
_SIDE_NODE = re.compile(r"^\s*(?:side|party|belligerent|combatant)\s*(?P<n>[1-9]|[ABC])\b\s*[:.\-–—]?\s*(?P<name>.*)$", re.I)
_SIDE_WORDS = {"one": 1, "two": 2, "three": 3, "a": 1, "b": 2, "c": 3}
_SPLIT_SIDES = re.compile(r"\s*;\s*")
_BLOCK_TAGS = frozenset({"p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "td", "th", "dt", "dd"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MAX_DEPTH = 60  # a map is never so deep; deeper nodes are read as leaves


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "<map" not in head or "<node" not in head:  # asked of every document: substrings first
        return 0.0
    m = _ROOT.match(head)
    if m is None:
        return 0.0
    return _SCORE if _VERSION.search(m.group(0)) else _SCORE_UNVERSIONED


def _esc(text: str) -> str:
    return html_escape.escape(text, quote=False)


def _words(text: str) -> str:
    return " ".join(text.split())


def _children(node: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in node if local_name(c) == name]


def _rich(node: ET.Element, kind: str) -> ET.Element | None:
    return next((c for c in _children(node, "richcontent") if (c.get("TYPE") or "").upper() == kind), None)


def _html_blocks(rich: ET.Element) -> list[str]:
    """A richcontent's HTML as plain paragraphs: one per block element holding no other block."""
    out: list[str] = []

    def walk(el: ET.Element) -> None:
        name = local_name(el).lower()
        if name in ("head", "style", "script", "title"):
            return
        if name in _BLOCK_TAGS and not any(local_name(d).lower() in _BLOCK_TAGS for d in el.iter() if d is not el):
            words = _words("".join(_with_breaks(el)))
            if words:
                out.append(words)
            return
        own = _words(el.text or "")
        if own:
            out.append(own)
        for child in el:
            walk(child)
            if tail := _words(child.tail or ""):
                out.append(tail)

    for child in rich:
        walk(child)
    if not len(rich) and (rich.text or "").strip():  # a plain/auto note: its text
        out += [_words(p) for p in _PARAGRAPH_BREAK.split(rich.text or "") if p.strip()]
    return out


def _with_breaks(el: ET.Element) -> list[str]:
    """An element's text, a ``<br>`` a space."""
    parts = [el.text or ""]
    for child in el:
        parts.append(" " if local_name(child).lower() == "br" else "".join(_with_breaks(child)))
        parts.append(child.tail or "")
    return parts


def _text_of(node: ET.Element) -> list[str]:
    """A node's own text as paragraphs: its TEXT attribute or its rich NODE content."""
    if (value := node.get("TEXT")) is not None:
        return [_words(p) for p in _PARAGRAPH_BREAK.split(value) if p.strip()]
    rich = _rich(node, "NODE")
    return _html_blocks(rich) if rich is not None else []


def _notes(node: ET.Element) -> list[str]:
    out: list[str] = []
    for kind in ("DETAILS", "NOTE"):
        if (rich := _rich(node, kind)) is not None:
            out += _html_blocks(rich)
    return out


def _attributes(node: ET.Element) -> list[tuple[str, str]]:
    return [(_words(a.get("NAME") or ""), _words(a.get("VALUE") or "")) for a in _children(node, "attribute")
            if (a.get("NAME") or "").strip() and (a.get("VALUE") or "").strip()]


def _known(label: str) -> tuple[str, int | None] | None:
    return field_for_label(label) if len(label) <= 40 else None


def _side_of(label: str) -> tuple[str, int] | None:
    """ "Belligerents (side 1)" as ("Belligerents", 0)."""
    m = _SIDE_LABEL.match(label)
    if m is None or not m.group("label") and not m.group("rest"):
        return None
    n = m.group("n").lower()
    side = _SIDE_WORDS[n] if n in _SIDE_WORDS else int(n)
    name = _words(f"{m.group('label')} {m.group('rest')}")
    return (name, side - 1) if _known(name) else None


def _is_box(node: ET.Element) -> bool:
    return sum(1 for name, _ in _attributes(node) if _known(name) or _side_of(name)) >= 2


def _side_nodes(box: ET.Element) -> list[ET.Element]:
    """The box node's children that each carry a side's fields."""
    return [c for c in _children(box, "node")
            if any((k := _known(name)) and k[0] in SIDE_KEYS for name, _ in _attributes(c))]


class _Box:
    """The box's rows as (label, values per side or one value) in the order first met."""

    def __init__(self) -> None:
        self.general: dict[str, list[str]] = {}
        self.sides: dict[str, dict[int, list[str]]] = {}
        self.side_labels: dict[str, str] = {}  # key -> the label first given it

    def add_general(self, label: str, value: str) -> None:
        key = _known(label)
        if key and key[0] in SIDE_KEYS and key[1] is not None:
            self.add_side(label, key[1], value)
        elif key and key[0] in SIDE_KEYS and ";" in value:  # "Belligerents: A; B": a value per side
            for i, part in enumerate(p for p in _SPLIT_SIDES.split(value) if p):
                self.add_side(label, i, part)
        elif (sided := _side_of(label)) is not None:
            self.add_side(*sided, value)
        else:
            self.general.setdefault(label, []).append(value)

    def add_side(self, label: str, side: int, value: str) -> None:
        key = (_known(label) or (label, None))[0]
        self.side_labels.setdefault(key, re.sub(r"\s*\d+$", "", label))
        self.sides.setdefault(key, {}).setdefault(side, []).append(value)

    def table(self) -> str:
        rows = []
        for label, values in self.general.items():
            if (_known(label) or ("", None))[0] == "name":  # "Conflict: Battle of X": the box's title
                rows.insert(0, f"<tr><th colspan=2>{_esc(values[0])}</th></tr>")
                values = values[1:]
            if not values:
                continue
            rows.append(f"<tr><th>{_esc(label)}</th><td colspan=2>{'<br>'.join(map(_esc, values))}</td></tr>")
        width = max([max(s) + 1 for s in self.sides.values() if s] + [2])
        order = sorted(self.sides, key=lambda k: SIDE_KEYS.index(k) if k in SIDE_KEYS else len(SIDE_KEYS))
        for key in order:
            cells = self.sides[key]
            rows.append(f"<tr><th colspan={width}>{_esc(self.side_labels[key])}</th></tr>")
            rows.append("<tr>" + "".join(f"<td>{'<br>'.join(map(_esc, cells.get(i, [])))}</td>" for i in range(width))
                        + "</tr>")
        return '<table class="infobox">' + "".join(rows) + "</table>"


def _box(node: ET.Element) -> str:
    box = _Box()
    for name, value in _attributes(node):
        box.add_general(name, value)
    for i, side_node in enumerate(_side_nodes(node)):
        side = i
        named = _SIDE_NODE.match(" ".join(_text_of(side_node)))
        if named:
            n = named.group("n").lower()
            side = (_SIDE_WORDS[n] if n in _SIDE_WORDS else int(n)) - 1
        attrs = _attributes(side_node)
        if named and named.group("name") and not any(_known(k) == ("belligerents", None) for k, _ in attrs):
            box.add_side("Belligerents", side, _words(named.group("name")))
        for name, value in attrs:
            key = _known(name)
            if key and key[0] in SIDE_KEYS:
                box.add_side(name, side, value)
            else:
                box.add_general(name, value)
    return box.table()


class _Writer:
    def __init__(self, box: ET.Element | None) -> None:
        self.box = box
        self.blocks: list[str] = []

    def node(self, node: ET.Element, depth: int) -> None:
        if node is self.box:
            self.blocks.append(_box(node))
            sides = set(map(id, _side_nodes(node)))
            for child in _children(node, "node"):
                if id(child) not in sides:
                    self.node(child, depth)
            return
        words = _text_of(node)
        kids = _children(node, "node") if depth < _MAX_DEPTH else []
        notes = _notes(node)
        if kids:
            level = min(6, depth + 1)
            if words:
                self.blocks.append(f"<h{level}>{_esc(' '.join(words))}</h{level}>")
            self.blocks += [f"<p>{_esc(p)}</p>" for p in notes]
            for child in kids:
                self.node(child, depth + 1)
        else:
            self.blocks += [f"<p>{_esc(p)}</p>" for p in words + notes]
            for row, value in _attributes(node):  # a leaf's own attributes, outside the box
                self.blocks.append(f"<p>{_esc(row)}: {_esc(value)}</p>")


def html_page(root: ET.Element) -> str:
    """The map as the HTML page it stands for."""
    top = next((n for n in root.iter() if local_name(n) == "node"), None)  # the root node
    if top is None:
        return html.page(None, [])
    box = next((n for n in top.iter() if local_name(n) == "node" and _is_box(n)), None)
    writer = _Writer(box)
    title = " ".join(_text_of(top))
    blocks = [f"<h1>{_esc(title)}</h1>"] if title else []
    if top is box:
        writer.blocks.append(_box(top))
    else:
        for row, value in _attributes(top):
            writer.blocks.append(f"<p>{_esc(row)}: {_esc(value)}</p>")
    writer.blocks += [f"<p>{_esc(p)}</p>" for p in _notes(top)]
    sides = set(map(id, _side_nodes(top))) if top is box else set()
    for child in _children(top, "node"):
        if id(child) not in sides:
            writer.node(child, 1)
    return html.page(_esc(title) or None, blocks + writer.blocks)


def _read(text: str) -> Document:
    root, warnings = parse(text)
    doc = html.read_as(html_page(root), SHAPE)
    if warnings:
        doc = dataclasses.replace(doc, warnings=tuple(warnings) + doc.warnings)
    return doc


read = _text.never_raising(SHAPE, _read)
