"""Reader for a CherryTree XML notebook (``.ctd``): a researcher's tree of notes, one node of it an
article pasted from Wikipedia, its box pasted as a CherryTree table.

The notebook is ``<cherrytree>`` holding nested ``<node name="…">`` elements. The article is the
node holding the most text (its name the page's title); the other nodes are the researcher's own
notes and nothing of them is kept. A node's text is a run of ``<rich_text>`` elements, each a piece
of text with its format as attributes (``weight="heavy"`` bold, ``style="italic"``, ``scale="h1"``
… a heading, ``scale="sup"`` a citation mark, ``link="…"`` a link, kept as its text), its newlines
the text's own. Tables, images, code boxes and anchors come after the runs, each with a
``char_offset`` saying where in the node's text it stands.

The node is written out as the HTML page it stands for and read by the HTML reader: each line a
paragraph (a line going on in lower case after one that ends no sentence the same paragraph), a
line all in a heading's scale a heading, a line opening with a bullet (``•``, ``☐``, ``1.``…) a
list item. A table whose rows open with the box's labels is the box: CherryTree writes a table's
header row last (its body rows first), so that row comes first again, as the box's title; a label
alone on its row heads a section whose next row holds a cell per side. Images, anchors and code
boxes are dropped, and so is the wiki's tagline ("From Wikipedia, the free encyclopedia").

The notebook is parsed with the standard library's ElementTree; XML it rejects is read by
:func:`lenient_tree`, a tag-by-tag pass that closes what was left open, with a warning.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import xml.etree.ElementTree as ET

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "cherrytree"

_MAX_SCORE = 0.94

# ---------------------------------------------------------------- lenient XML

_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)|<[?!][^>]*>|"
                    r"<(?P<close>/?)(?P<name>[A-Za-z_][\w:.-]*)(?P<attrs>[^<>]*?)(?P<empty>/?)>", re.S)
_ATTR = re.compile(r"""([^\s=/"'<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_LENIENT_ROOT = "lenient-document"
_MAX_DEPTH = 200  # elements left open deeper than this are read as empty ones (a page is never so deep)


def lenient_tree(text: str) -> ET.Element:
    """XML read tag by tag whatever its faults: a tag left open is closed by its parent's end tag or
    the text's end, an end tag nothing opened is ignored, text is unescaped. The elements are
    children of one ``lenient-document`` element; their names keep their prefixes ("link:url")."""
    root = ET.Element(_LENIENT_ROOT)
    stack = [root]
    opened: dict[str, int] = {}  # the names of the open elements, counted
    last: ET.Element | None = None  # the element whose tail takes the text that follows

    def add_text(s: str) -> None:
        if not s:
            return
        if last is not None:
            last.tail = (last.tail or "") + s
        else:
            stack[-1].text = (stack[-1].text or "") + s

    pos = 0
    for m in _TOKEN.finditer(text):
        add_text(html_escape.unescape(text[pos:m.start()]))
        pos = m.end()
        if m["cdata"] is not None:
            add_text(m["cdata"])
        elif m["name"] is None:
            continue  # a comment, a declaration or a processing instruction
        elif m["close"]:
            if opened.get(m["name"]):  # else an end tag nothing opened: ignored
                while True:  # (each element is closed once: no rescans of the stack)
                    last = stack.pop()
                    opened[last.tag] -= 1
                    if last.tag == m["name"]:
                        break
        else:
            attrs = {a[1]: html_escape.unescape(a[2] if a[2] is not None else a[3] if a[3] is not None else a[4])
                     for a in _ATTR.finditer(m["attrs"])}
            element = ET.SubElement(stack[-1], m["name"], attrs)
            if m["empty"] or len(stack) > _MAX_DEPTH:
                last = element
            else:
                stack.append(element)
                opened[element.tag] = opened.get(element.tag, 0) + 1
                last = None
    add_text(html_escape.unescape(text[pos:]))
    return root


def parse(text: str) -> tuple[ET.Element, list[str]]:
    """The XML's root element, read strictly, else leniently with a warning."""
    try:
        return ET.fromstring(text.lstrip("\ufeff")), []
    except ET.ParseError as e:
        return lenient_tree(text), [f"XML not well-formed ({e}); read leniently"]


def local_name(element: ET.Element) -> str:
    """An element's name without its namespace: "{…/tomboy/link}url" and "link:url" both "url"."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


# ---------------------------------------------------------------- lines into blocks

# A bullet opening a list line: CherryTree's own (•◇▪→⇒, ☐☑☒ to-dos), a pasted one, or a number.
_BULLET = r"(?:[•◇◆▪▫▸►‣○●◦→⇒☐☑☒✓✔✗✘*-]|\d{1,3}[.)])"
_ITEM_LINE = re.compile(rf"^\s*{_BULLET}\s+\S")
_ITEM_MARK = re.compile(rf"^((?:<[^>]+>)*)\s*{_BULLET}\s+")
# A wiki's tagline under the title: page chrome, not the article's text.
TAGLINE = re.compile(r"^\W*From [\w .'-]+, the free encyclopedia\W*$", re.IGNORECASE)
# A hatnote over the article ("For the rising that followed, see …"): chrome, as the HTML reader's .hatnote.
HATNOTE = re.compile(r"^\s*(?:For (?:the |other |an? )?[^.]{0,120}?, see |This article is about |Not to be confused with |"
                     r'"[^"]{1,80}" redirects here)')
_HATNOTE_CHARS = 250
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]\s*$")


@dataclasses.dataclass
class Line:
    """A line of the page: its kind ("text", "heading", "block"), its HTML and its plain text."""
    kind: str
    html: str
    plain: str = ""
    level: int = 2


def chrome(plain: str) -> bool:
    """Whether a line is the page's chrome: the wiki's tagline or a hatnote."""
    return bool(TAGLINE.match(plain)) or len(plain) < _HATNOTE_CHARS and bool(HATNOTE.match(plain))


def blocks_of(lines: list[Line]) -> list[str]:
    """The page's blocks from its lines: blank lines end paragraphs, a heading or a block stands
    alone, bullet lines are a list's items, a line going on in lower case after one that ends no
    sentence is the same paragraph."""
    out = html.Blocks()
    blocks, para, items, flush = out.blocks, out.para, out.items, out.flush
    last_plain = ""
    for line in lines:
        if line.kind == "heading":
            flush()
            blocks.append(f"<h{line.level}>{line.html}</h{line.level}>")
        elif line.kind == "block":
            flush()
            blocks.append(line.html)
        elif not line.plain.strip() or chrome(line.plain):
            flush()
        elif _ITEM_LINE.match(line.plain):
            if para:
                flush()
            items.append("<li>" + _ITEM_MARK.sub(r"\1", line.html.strip(), count=1) + "</li>")
        elif para and line.plain.lstrip()[:1].islower() and not _ENDS_SENTENCE.search(last_plain):
            para.append(line.html.strip())  # a wrapped line of the same paragraph
        else:
            flush()
            para.append(line.html.strip())
        last_plain = line.plain
    flush()
    return blocks


# ---------------------------------------------------------------- a table as the box

_PART_OF = re.compile(r"^\s*part of\b", re.IGNORECASE)


def is_part_of(text: str) -> bool:
    """Whether a line across the box says what the operation was part of ("Part of the X War")."""
    return bool(_PART_OF.match(text))


def cell_html(text: str) -> str:
    """A cell's text as HTML, its lines apart."""
    return "<br>".join(html_escape.escape(line.strip(), quote=False) for line in text.strip().splitlines()
                       if line.strip())


def is_box(rows: list[list[str]]) -> bool:
    """Whether a table's rows open with the box's labels (two at least)."""
    return sum(1 for row in rows if row and row[0].strip() and len(row[0]) <= 40
               and field_for_label(row[0].strip()) is not None) >= 2


def box_rows(rows: list[list[str]], head: list[str] | None) -> str:
    """The box's table: the header row (its title) first, then a row per body row: a label and its
    value, a section's label alone over a row of one cell per side, "Part of …" across the box."""
    width = max([len(r) for r in rows] + [len(head or []), 2])
    out = []
    filled = [c for c in head or [] if c.strip()]
    if len(filled) == 1:
        out.append(f"<tr><th colspan={width}>{cell_html(filled[0])}</th></tr>")
    elif filled:
        out.append("<tr>" + "".join(f"<th>{cell_html(c)}</th>" if c.strip() else "<td></td>" for c in head or []) + "</tr>")
    sections = False  # a section's label met: a row of cells is one cell per side
    for row in rows:
        cells = list(row)
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            continue
        first = cells[0].strip()
        mapped = field_for_label(first) if first and len(first) <= 40 else None
        if len(cells) == 1:
            if mapped is not None and mapped[0] in SIDE_KEYS:
                sections = True
                out.append(f"<tr><th colspan={width}>{cell_html(first)}</th></tr>")
            elif mapped is None:  # "Part of …", a caption, a note across the sides
                out.append(f"<tr><td colspan={width}>{cell_html(first)}</td></tr>")
            continue
        if mapped is not None or not sections and first:  # a label ("Territorial changes" one no key names)
            out.append(f"<tr><th>{cell_html(first)}</th>" + "".join(f"<td>{cell_html(c)}</td>" for c in cells[1:]) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in cells) + "</tr>")
    return '<table class="infobox">' + "".join(out) + "</table>"


def data_table(rows: list[list[str]], head: list[str] | None) -> str:
    head_row = "<tr>" + "".join(f"<th>{cell_html(c)}</th>" for c in head) + "</tr>" if head else ""
    body = "".join("<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{head_row}{body}</table>"


# ---------------------------------------------------------------- CherryTree

_MARKERS = ("<cherrytree", "<rich_text", "<node ")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "<cherrytree" in head:
        return _MAX_SCORE if "<node" in head or "<bookmarks" in head else 0.8
    if "<rich_text" in head and "<node " in head and "unique_id=" in head:
        return 0.85  # a notebook's nodes without its root (an export cut short)
    return 0.0


_HEADING_SCALES = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_NOTE_NUMBER = re.compile(r"\d{1,3}")


def _run_html(text: str, attrs: dict[str, str]) -> str:
    """One run's text as HTML: bold and italic kept, a linked superscript number a citation mark."""
    if attrs.get("scale") == "sup" and attrs.get("link") and _NOTE_NUMBER.fullmatch(text.strip()):
        text = f"[{text.strip()}]"
    out = html_escape.escape(text, quote=False)
    if not out.strip():
        return out
    if attrs.get("weight") == "heavy":
        out = f"<b>{out}</b>"
    if attrs.get("style") == "italic":
        out = f"<i>{out}</i>"
    return out


def _own_text(node: ET.Element) -> int:
    return sum(len(child.text or "") for child in node if local_name(child) == "rich_text") + sum(
        len(cell.text or "") for child in node if local_name(child) == "table" for cell in child.iter()
        if local_name(cell) == "cell")


def _table(element: ET.Element, box_taken: bool) -> tuple[str, bool]:
    """A CherryTree table as HTML, and whether it is the box. Its last row is its header."""
    rows = [[cell.text or "" for cell in row if local_name(cell) == "cell"]
            for row in element if local_name(row) == "row"]
    if not rows:
        return "", False
    head, body = rows[-1], rows[:-1]
    if not box_taken and is_box(body):
        return box_rows(body, head), True
    return data_table(body, head), False


def _objects(node: ET.Element) -> list[tuple[int, str]]:
    """The node's embedded objects as (offset into its runs' text, HTML): tables, code boxes;
    images and anchors nothing. CherryTree counts each object before as one character."""
    found = []
    for child in node:
        name = local_name(child)
        if name not in ("table", "codebox", "encoded_png", "anchor"):
            continue
        try:
            offset = int(child.get("char_offset") or 0)
        except ValueError:
            offset = 0
        found.append((offset, child))
    found.sort(key=lambda f: f[0])
    out, box_taken = [], False
    for n, (offset, child) in enumerate(found):
        name, block = local_name(child), ""
        if name == "table":
            block, is_box_table = _table(child, box_taken)
            box_taken = box_taken or is_box_table
        elif name == "codebox":
            block = f"<pre>{html_escape.escape(child.text or '', quote=False)}</pre>"
        out.append((max(0, offset - n), block))
    return out


def _lines(node: ET.Element) -> list[Line]:
    """The node's lines: its runs split at their newlines, its objects at their offsets."""
    lines: list[Line] = []
    pieces: list[tuple[str, str, dict[str, str]]] = []  # (html, plain, attrs) of the open line

    def end_line() -> None:
        plain = "".join(p for _, p, _ in pieces)
        scales = {a.get("scale") for _, p, a in pieces if p.strip()}
        body = "".join(h for h, _, _ in pieces)
        if plain.strip() and len(scales) == 1 and (scale := scales.pop()) in _HEADING_SCALES:
            lines.append(Line("heading", html_escape.escape(" ".join(plain.split()), quote=False), plain,
                              _HEADING_SCALES[scale]))
        else:
            lines.append(Line("text", body, plain))
        pieces.clear()

    def add(text: str, attrs: dict[str, str]) -> None:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                end_line()
            if part:
                pieces.append((_run_html(part, attrs), part, attrs))

    objects = _objects(node)
    at, position = 0, 0  # the next object, the runs' text read so far
    for child in node:
        if local_name(child) != "rich_text":
            continue
        text, attrs = child.text or "", dict(child.attrib)
        while at < len(objects) and objects[at][0] <= position + len(text):
            cut = objects[at][0] - position
            add(text[:cut], attrs)
            text, position = text[cut:], objects[at][0]
            if objects[at][1]:
                if pieces:
                    end_line()
                lines.append(Line("block", objects[at][1]))
            at += 1
        add(text, attrs)
        position += len(text)
    for _, block in objects[at:]:
        if block:
            if pieces:
                end_line()
            lines.append(Line("block", block))
    if pieces:
        end_line()
    return lines


def html_page(root: ET.Element) -> str:
    """The notebook's article node as the HTML page it stands for."""
    nodes = [n for n in root.iter() if local_name(n) == "node"]
    if not nodes:
        return html.page(None, [])
    article = max(nodes, key=_own_text)
    name = html_escape.escape((article.get("name") or "").strip(), quote=False)
    lines = _lines(article)
    h1 = next((n for n, line in enumerate(lines) if line.kind == "heading" and line.level == 1), None)
    for n, line in enumerate(lines):
        if line.kind == "heading" and line.level == 1 and n != h1:
            line.level = 2  # a second title-sized line heads a section
    blocks = blocks_of(lines)
    if h1 is None and name:
        blocks.insert(0, f"<h1>{name}</h1>")
    return html.page(name or None, blocks)


def _read(text: str) -> Document:
    root, warnings = parse(text)
    doc = html.read_as(html_page(root), SHAPE)
    return dataclasses.replace(doc, warnings=tuple(warnings) + doc.warnings) if warnings else doc


read = _text.never_raising(SHAPE, _read)
