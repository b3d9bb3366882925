"""Reader for a Tomboy or Gnote note (``.note``): an article pasted into a desktop note, its box
retyped as a nested list.

The note is ``<note xmlns="http://beatniksoftware.com/tomboy">`` with its ``<title>`` and a
``<text><note-content>`` whose first line is the title again, then the text with inline markup:
``<bold>``, ``<italic>``, ``<strikethrough>``, ``<highlight>``, ``<monospace>``,
``<size:small|large|huge>``, ``<link:internal|url|broken>`` (kept as their text) and
``<list><list-item>`` lists, nested. Dates, tags, window geometry and the like after the text are
the note's, not the article's: dropped.

The note is written out as the HTML page it stands for and read by the HTML reader: each line a
paragraph (see :func:`warfile.readers.cherrytree.blocks_of`), a line all in a heading's markup a
heading (all huge, all large, or all bold and short, the largest of these the page's sections), a
list an ``<ul>``. The note has no tables: the list whose items open with the box's labels is the
box. A label item with its value after ":" is a row; a label item over a sub-list of one item a
side ("Belligerents:" over "Allies: …" and "Rebels") is a section with one cell per side, the side's
name before a ":" dropped, its own sub-items its cell's lines (under "Belligerents" a side's
formations). A lone sub-item names its side by the words the other rows named the sides with.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, cherrytree, html
from warfile.readers.cherrytree import Line, blocks_of, local_name, parse
from warfile.readers.labels import BOX_TITLE_PREFIX, BOX_TITLE_SUFFIX, box_title, field_for_label
from warfile.readers.list_box import side_named

SHAPE = "tomboy"

_MAX_SCORE = 0.94
_NAMESPACE = "beatniksoftware.com/tomboy"


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "<note-content" not in head:
        return 0.0
    return _MAX_SCORE if _NAMESPACE in head or "<note " in head else 0.8


# ---------------------------------------------------------------- the note's runs

_LIST = "\x00list"  # a piece standing for a <list> element


def _style(element: ET.Element) -> str:
    """An inline element's style: "bold", "italic", "large", "huge", "link"…"""
    tag = element.tag if isinstance(element.tag, str) else ""
    name = local_name(element)
    if "/link}" in tag or tag.startswith("link:"):
        return "link"
    return name


def _pieces(element: ET.Element, styles: frozenset[str], out: list) -> None:
    """The element's text as (text, styles) pieces in order, a list in it as (_LIST, element)."""
    if element.text:
        out.append((element.text, styles))
    for child in element:
        if local_name(child) == "list":
            out.append((_LIST, child))
        else:
            _pieces(child, styles | {_style(child)}, out)
        if child.tail:
            out.append((child.tail, styles))


def _html(text: str, styles: frozenset[str]) -> str:
    out = html_escape.escape(text, quote=False)
    if not out.strip():
        return out
    if "bold" in styles:
        out = f"<b>{out}</b>"
    if "italic" in styles:
        out = f"<i>{out}</i>"
    return out


_HEADING_WORDS = 12
_HEADING_CHARS = 90
_NOT_HEADING_END = re.compile(r"[.,;:!?]\s*$")


def _heading_style(pieces: list[tuple[str, frozenset[str]]]) -> str | None:
    """The style a whole line is in when it makes the line a heading: "huge", "large" or "bold"."""
    shown = [(t, s) for t, s in pieces if t.strip()]
    if not shown:
        return None
    plain = "".join(t for t, _ in pieces).strip()
    for style in ("huge", "large"):
        if all(style in s for _, s in shown):
            return style
    if all("bold" in s for _, s in shown) and len(plain) <= _HEADING_CHARS \
            and len(plain.split()) <= _HEADING_WORDS and not _NOT_HEADING_END.search(plain):
        return "bold"
    return None


# ---------------------------------------------------------------- lists

@dataclasses.dataclass
class _Item:
    html: str
    plain: str
    children: list[_Item]


def _items(list_element: ET.Element) -> list[_Item]:
    items = []
    for child in list_element:
        if local_name(child) != "list-item":
            continue
        pieces: list = []
        _pieces(child, frozenset(), pieces)
        own = [(t, s) for t, s in pieces if t is not _LIST]
        sub = [i for t, e in pieces if t is _LIST for i in _items(e)]
        items.append(_Item(" ".join("".join(_html(t, s) for t, s in own).split()),
                           " ".join("".join(t for t, _ in own).split()), sub))
    return items


def _plain_list(items: list[_Item]) -> str:
    inner = "".join(f"<li>{i.html}{_plain_list(i.children) if i.children else ''}</li>" for i in items)
    return f"<ul>{inner}</ul>"


# ---------------------------------------------------------------- the list as the box

_LABEL_CHARS = 40
_SIDE_NAME_WORDS = 6
_SIDE_NAME = re.compile(r"^(?P<name>[^:\d]{1,60}?)\s*:\s*(?P<value>.*)$")
_GENERIC = frozenset({"side", "forces", "force", "the", "troops", "army"})


def _label(item: _Item) -> tuple[str, str, tuple[str, int | None]] | None:
    """(label, value after its ":", the key it names) of a box's row item, or None."""
    text = item.plain
    label, _, value = text.partition(":")
    if not _ or len(label) > _LABEL_CHARS:
        label, value = text, ""
    mapped = field_for_label(label.strip()) if label.strip() and len(label) <= _LABEL_CHARS else None
    return (label.strip(), value.strip(), mapped) if mapped else None


def _is_box(items: list[_Item]) -> bool:
    return sum(1 for i in items if _label(i)) >= 2


def _stem(name: str) -> str:
    words = [w for w in re.findall(r"[a-z'’]+", name.casefold()) if w not in _GENERIC]
    return words[0].replace("'", "").replace("’", "")[:5] if words else ""


def _side_cell(item: _Item, key: str) -> tuple[str | None, str]:
    """A side's sub-item as (the side's name before a ":", its cell's HTML)."""
    named = _SIDE_NAME.match(item.plain)
    name = None
    if named and len(named["name"].split()) <= _SIDE_NAME_WORDS:
        name, text = named["name"].strip(), named["value"]
    else:
        text = item.plain
    entries = [_escaped_lines(c.plain) for c in item.children]
    if not text.strip() or (key != "belligerents" and item.children):
        # "Allies:" over its members, "Tarsenia" over its commanders: the entries are the cell
        name = name or (item.plain.strip() if item.children else None)
        return name, "<br>".join(e for e in entries if e)
    cell = _escaped_lines(text) if key != "belligerents" else _belligerent(text)
    if item.children:  # a belligerent over its formations
        cell += "<ul>" + "".join(f"<li>{e}</li>" for e in entries if e) + "</ul>"
    return name, cell


# "Rebels (supported by Velmar)": a side and its backers, retyped on one line
_SUPPORTED = re.compile(r"^(?P<side>[^()]+?)\s*\(\s*(?:supported|backed|aided|assisted) by\s+(?:the\s+)?(?P<by>[^()]+)\)\s*$",
                        re.IGNORECASE)


def _belligerent(text: str) -> str:
    """A side's cell under "Belligerents": its backers in brackets on a "Supported by:" line of their own."""
    if m := _SUPPORTED.match(text.strip()):
        return f"{html_escape.escape(m['side'], quote=False)}<br>Supported by:<br>{html_escape.escape(m['by'], quote=False)}"
    return html_escape.escape(text.strip(), quote=False)


def _escaped_lines(text: str) -> str:
    """A value's entries ("; " apart) as the cell's lines."""
    return "<br>".join(html_escape.escape(p.strip(), quote=False) for p in text.split(";") if p.strip())


_VERSUS = re.compile(r"\s+(?:vs?\.?|versus)\s+", re.IGNORECASE)


def _box(items: list[_Item], caption: str | None) -> str:
    """The box's list as the infobox table the HTML reader reads."""
    sides = max((len(i.children) for i in items if (lab := _label(i)) and lab[2][0] == "belligerents"), default=2)
    sides = max(sides, 2)
    names: list[set[str]] = [set() for _ in range(sides)]  # the stems each side was named by
    belligerents: list[str] = []
    rows = [f"<tr><th colspan={sides}>{html_escape.escape(caption, quote=False)}</th></tr>"] if caption else []
    pending: list[tuple[int, str, str, str]] = []  # (row index, label, side's name, cell) of a lone sub-item, its side found later

    for n, item in enumerate(items):
        found = _label(item)
        if found is None:
            if n == 0 and not caption and not cherrytree.is_part_of(item.plain):
                rows.append(f"<tr><th colspan={sides}>{item.html}</th></tr>")  # the box's title
            else:  # "Part of …", a note across the box
                rows.append(f"<tr><td colspan={sides}>{item.html}</td></tr>")
            continue
        label, value, (key, _) = found
        escaped = html_escape.escape(label, quote=False)
        if key in SIDE_KEYS and not item.children and len(versus := _VERSUS.split(value)) > 1:
            # "Belligerents: Tarsenia vs. Velmar Republic": a cell a side
            cells = [_belligerent(v) if key == "belligerents" else _escaped_lines(v) for v in versus]
            rows.append(f"<tr><th colspan={sides}>{escaped}</th></tr>")
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            continue
        if key not in SIDE_KEYS or value or not item.children:
            lines = [value] if value else []
            lines += [c.plain for c in item.children]
            if lines:
                cell = "<br>".join(_escaped_lines(v) if key in SIDE_KEYS else html_escape.escape(v, quote=False)
                                   for v in lines)
                rows.append(f"<tr><th>{escaped}</th><td>{cell}</td></tr>")
            continue
        cells = [_side_cell(c, key) for c in item.children]
        if len(cells) == 1:
            pending.append((len(rows), escaped, cells[0][0] or "", cells[0][1]))
            rows.append("")
            continue
        for i, (name, _) in enumerate(cells[:sides]):
            if name and _stem(name):
                names[i].add(_stem(name))
        if key == "belligerents":
            belligerents = [re.sub(r"<[^>]+>", " ", c) for _, c in cells]
        rows.append(f"<tr><th colspan={sides}>{escaped}</th></tr>")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for _, c in cells) + "</tr>")

    for at, label, name, cell in pending:
        side = next((i for i, stems in enumerate(names) if name and _stem(name) in stems), None)
        if side is None and name:
            side = side_named(name, belligerents)
        if side is None:
            rows[at] = f"<tr><th>{label}</th><td>{cell}</td></tr>"
        else:
            tds = "".join(f"<td>{cell if i == side else ''}</td>" for i in range(sides))
            rows[at] = f"<tr><th colspan={sides}>{label}</th></tr><tr>{tds}</tr>"
    return '<table class="infobox">' + "".join(rows) + "</table>"


def _caption(heading: str) -> str | None:
    """What a heading right over the box names, when it names the operation ("Fact file: X")."""
    name = box_title(heading)
    return name if name != heading else None


_BOX_HEADING = re.compile(r"^\W*(?:quick facts|key facts|at a glance|infobox|fact ?(?:box|file|sheet)|summary|"
                          r"in brief|facts)\W*$", re.IGNORECASE)


# ---------------------------------------------------------------- the page

def _lines(content: ET.Element) -> tuple[list[Line], list[str]]:
    """The note's lines after its title line, lists as blocks; and the heading style of each
    heading line."""
    pieces: list = []
    _pieces(content, frozenset(), pieces)
    lines: list[Line] = []
    styles: list[str] = []
    current: list[tuple[str, frozenset[str]]] = []
    box_taken = False

    def end_line() -> None:
        plain = "".join(t for t, _ in current)
        style = _heading_style(current)
        body = "".join(_html(t, s) for t, s in current).strip()
        if style:
            lines.append(Line("heading", html_escape.escape(" ".join(plain.split()), quote=False), plain))
            styles.append(style)
        else:
            lines.append(Line("text", body, plain))
        current.clear()

    for text, styles_or_list in pieces:
        if text is _LIST:
            if current:
                end_line()
            items = _items(styles_or_list)
            if not box_taken and _is_box(items):
                box_taken = True
                caption = None
                while lines and not lines[-1].plain.strip():
                    lines.pop()
                if lines and lines[-1].kind == "heading" and (
                        _BOX_HEADING.match(lines[-1].plain) or BOX_TITLE_PREFIX.match(lines[-1].plain)
                        or BOX_TITLE_SUFFIX.match(lines[-1].plain)):
                    caption = _caption(lines[-1].plain.strip())  # the box's own heading goes with it
                    lines.pop()
                    styles.pop()
                lines.append(Line("block", _box(items, caption)))
            elif items:
                lines.append(Line("block", _plain_list(items)))
            continue
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                end_line()
            if part:
                current.append((part, styles_or_list))
    if current:
        end_line()
    return lines, styles


def html_page(root: ET.Element) -> str:
    """The note as the HTML page it stands for."""
    title_element = next((e for e in root.iter() if local_name(e) == "title"), None)
    content = next((e for e in root.iter() if local_name(e) == "note-content"), None)
    title = " ".join((title_element.text or "").split()) if title_element is not None else ""
    if content is None:
        return html.page(html_escape.escape(title, quote=False) or None, [])
    lines, styles = _lines(content)
    # the first line is the note's title again
    first = next((n for n, line in enumerate(lines) if line.kind == "block" or line.plain.strip()), None)
    if first is not None and lines[first].kind != "block":
        title = title or " ".join(lines[first].plain.split())
        if lines[first].kind == "heading":
            styles.pop(sum(1 for line in lines[:first] if line.kind == "heading"))
        del lines[first]
    ranks = [s for s in ("huge", "large", "bold") if s in styles]
    headings = iter(styles)
    for line in lines:
        if line.kind == "heading":
            line.level = min(4, 2 + ranks.index(next(headings)))
    name = html_escape.escape(title, quote=False)
    blocks = ([f"<h1>{name}</h1>"] if name else []) + blocks_of(lines)
    return html.page(name or None, blocks)


def _read(text: str) -> Document:
    root, warnings = parse(text)
    doc = html.read_as(html_page(root), SHAPE)
    return dataclasses.replace(doc, warnings=tuple(warnings) + doc.warnings) if warnings else doc


read = _text.never_raising(SHAPE, _read)
