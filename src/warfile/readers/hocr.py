"""Reader for hOCR, the XHTML an OCR engine writes (``tesseract scan.png out hocr``): a scanned
print-out of a page, every word a ``<span class='ocrx_word' title='bbox x0 y0 x1 y1; x_wconf N'>``
inside its ``ocr_line`` (or ``ocr_header``, ``ocr_caption``, ``ocr_textfloat``), ``ocr_par`` and
``ocr_carea``.

The text is rebuilt from the words and their boxes, and written out as the HTML page it stands
for: a line is its words joined by spaces, a paragraph its lines joined (a word broken over a line
end by a hyphen joined again), a paragraph going on over a page break joined to its start. A line
set larger than the body's text is a heading (the largest, on the first page, the page's title).
The browser's running header and footer on each page (the date, the page's title, its URL, "1/3")
and Wikipedia's own footer lines are dropped.

The infobox comes out of the engine as blocks of short lines on the right of the text column; it
is rebuilt from their boxes: a label ("Date", "Location", "Result") beside its value, a section's
label ("Belligerents", "Commanders and leaders", "Casualties and losses") over one column per side,
each block under it given to the side whose column its left edge falls in, a block running across
the columns a note for no side.
"""
from __future__ import annotations

import dataclasses
import html as html_escape
import re
import statistics

from selectolax.lexbor import LexborHTMLParser, LexborNode

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "hocr"

_MARKERS = ("ocrx_word", "ocr_line", "ocr_page", "ocr-system", "ocr_carea", "ocr_par")
_SCORE_PER_MARKER = 0.2
_MAX_SCORE = 0.96  # above every page reader (as a mail's): the page is read once the container is opened


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "ocr" not in head:
        return 0.0  # every class hOCR writes starts with it (asked of every document: tested first)
    found = sum(1 for marker in _MARKERS if marker in head)
    if found < 2 or "bbox" not in head:
        return 0.0
    return min(_MAX_SCORE, _SCORE_PER_MARKER * found + 0.14)


# ---------------------------------------------------------------- the words and their boxes

_BBOX = re.compile(r"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_X_SIZE = re.compile(r"\bx_size\s+([\d.]+)")
_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat", "ocrx_line")
_LINES = ", ".join(f".{c}" for c in _LINE_CLASSES)
_GROUPS = ("ocr_par", "ocr_carea", "ocrx_block", "ocr_page")
_GAP = 2.5  # line sizes: a wider gap between two words parts a line into columns
_SIZE_OF_HEIGHT = 0.75  # a line's size (tesseract's x_size) as a share of its height, when not given


@dataclasses.dataclass
class _Word:
    x0: int
    x1: int
    text: str


@dataclasses.dataclass
class _Line:
    x0: int
    y0: int
    x1: int
    y1: int
    size: float
    words: list[_Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclasses.dataclass
class _Unit:
    """A paragraph as the engine found it (or one column's piece of a line it found running across
    columns), on its page."""
    page: int
    order: int
    lines: list[_Line]

    @property
    def x0(self) -> int:
        return min(ln.x0 for ln in self.lines)

    @property
    def x1(self) -> int:
        return max(ln.x1 for ln in self.lines)

    @property
    def y0(self) -> int:
        return min(ln.y0 for ln in self.lines)

    @property
    def y1(self) -> int:
        return max(ln.y1 for ln in self.lines)

    @property
    def size(self) -> float:
        return max(ln.size for ln in self.lines)

    @property
    def text(self) -> str:
        return joined([ln.text for ln in self.lines])


def _title_attr(node: LexborNode) -> str:
    return (node.attributes.get("title") or "") if node.attributes else ""


def _classes(node: LexborNode) -> list[str]:
    return ((node.attributes.get("class") or "") if node.attributes else "").split()


def _bbox(title: str) -> tuple[int, int, int, int] | None:
    m = _BBOX.search(title)
    return (int(m[1]), int(m[2]), int(m[3]), int(m[4])) if m else None


def _line(node: LexborNode) -> _Line | None:
    title = _title_attr(node)
    box = _bbox(title)
    words = []
    for word in node.css(".ocrx_word"):
        text = " ".join(word.text(deep=True).split())
        wbox = _bbox(_title_attr(word))
        if text:
            words.append(_Word(wbox[0] if wbox else 0, wbox[2] if wbox else 0, text))
    if not words:  # an engine writing no words (Kraken, OCRopus): the line's text
        text = " ".join(node.text(deep=True).split())
        if not text:
            return None
        words = [_Word(box[0] if box else 0, box[2] if box else 0, text)]
    if box is None:
        return _Line(0, 0, 0, 0, 0.0, words)
    size = _X_SIZE.search(title)
    return _Line(box[0], box[1], box[2], box[3], float(size[1]) if size else (box[3] - box[1]) * _SIZE_OF_HEIGHT,
                 words)


def _group(node: LexborNode) -> int:
    """The paragraph (else block, else page) a line belongs to."""
    up = node.parent
    while up is not None:
        if any(c in _GROUPS for c in _classes(up)):
            return up.mem_id
        up = up.parent
    return 0


def _pieces(line: _Line) -> list[_Line]:
    """A line parted where a gap between two words is as wide as a column's (a box's row read
    across its label and value, or across its sides)."""
    out, start = [], 0
    for i in range(1, len(line.words)):
        if line.words[i].x0 - line.words[i - 1].x1 > _GAP * max(line.size, 1.0):
            out.append(line.words[start:i])
            start = i
    if not out:
        return [line]
    out.append(line.words[start:])
    return [_Line(ws[0].x0, line.y0, ws[-1].x1, line.y1, line.size, ws) for ws in out]


@dataclasses.dataclass
class _Page:
    width: int
    height: int
    units: list[_Unit]


def _pages(text: str) -> list[_Page]:
    tree = LexborHTMLParser(text)
    pages = tree.css(".ocr_page") or [tree.root]
    out, order = [], 0
    for n, page in enumerate(pages):
        if page is None:
            continue
        groups: dict[int, list[_Line]] = {}
        for node in page.css(_LINES):
            line = _line(node)
            if line is not None:
                groups.setdefault(_group(node), []).append(line)
        units = []
        for lines in groups.values():
            pieces = [_pieces(ln) for ln in lines]
            if all(len(p) == 1 for p in pieces):
                units.append(_Unit(n, order, lines))
                order += 1
                continue
            for parts in pieces:  # a paragraph whose lines run across columns: each piece its own
                for piece in parts:
                    units.append(_Unit(n, order, [piece]))
                    order += 1
        box = _bbox(_title_attr(page)) if page.tag != "html" else None
        width = box[2] if box and box[2] > 0 else max([u.x1 for u in units] + [1])
        height = box[3] if box and box[3] > 0 else max([u.y1 for u in units] + [1])
        out.append(_Page(width, height, units))
    return out


# ---------------------------------------------------------------- lines into text

_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_DASH_END = ("–", "—")


def joined(lines: list[str]) -> str:
    """A paragraph's lines as one: a word broken by a hyphen at a line's end joined again (a name's
    hyphen before a capital kept: "Indo-" "Pakistani"), a dash at a line's end joined without a space."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _HYPHEN_END.search(out) and line[:1].islower():
            out = out[:-1] + line
        elif out.endswith("-") and line[:1].isupper() or out.endswith(_DASH_END):
            out += line
        else:
            out += " " + line
    return out


# ---------------------------------------------------------------- page chrome

_BAND = 0.045  # of the page's height: where a browser prints its running header and footer
_CHROME = re.compile(r"https?://|www\.|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,3}\s*/\s*\d{1,3}\s*$|\s[-–|]\s*Wikipedia\s*$|"
                     r"^\s*Page \d+(?: of \d+)?\s*$|^\s*\d{1,3}\s*$", re.I)
_WIKI_CHROME = re.compile(r"^\s*(?:From Wikipedia, the free encyclopedia|Jump to (?:navigation|search)|"
                          r"Categories?\s*:|Hidden categories\s*:|This page was last edited|Text is available under|"
                          r"Retrieved from\s|Privacy policy\b|Wikipedia® is a registered|Coordinates\s*:)", re.I)
_REDIRECTED = re.compile(r"^\s*\(Redirected from (?P<name>.+)\)\s*$")
_HEADER_TITLE = re.compile(r"(?:^|\s)(?P<title>[^\s/][^/]*?)\s+[-–|]\s*Wikipedia\s*$")
_DIGITS = re.compile(r"\d+")


def _chrome(pages: list[_Page]) -> tuple[set[int], str | None]:
    """The units of the pages' running headers and footers, and the page title a header names."""
    banded = [(p, u) for p in pages for u in p.units
              if u.y1 <= p.height * _BAND or u.y0 >= p.height * (1 - _BAND)]
    seen: dict[str, int] = {}
    for _, u in banded:
        key = _DIGITS.sub("#", u.text)
        seen[key] = seen.get(key, 0) + 1
    out, title = set(), None
    for _, u in banded:
        if _CHROME.search(u.text) or (len(pages) > 1 and seen[_DIGITS.sub("#", u.text)] > 1):
            out.add(u.order)
            if title is None and (m := _HEADER_TITLE.search(u.text)):
                title = m["title"].strip()
    return out, title


# ---------------------------------------------------------------- the box

_SIDE = 0.4  # of the text's width: a block starting right of this is beside the text column
_SIDE_WIDTH = 0.5  # of the text's width: a block beside the text is narrower than this
_COLUMN_JUMP = 0.15  # of the box's width: a jump between left edges that starts another column
_ALIGN = 0.05  # of the box's width: left edges closer than this are aligned
_FULL_LINE = 0.85  # of a cell's width: a line this long was wrapped by the box, not ended
_MAX_LABEL = 30  # characters
_MIN_LABELS = 2
_PART_OF = re.compile(r"^\s*Part of\b", re.I)
_GOES_ON = re.compile(r"(?:[,;:(/&+–—-]|\b(?:and|or|of|the|in|at|to|by|for|on|with|from|de|von|van|al|ibn|bin))$")
_SECTION = "section"


def _label(text: str) -> tuple[str, int | None] | None:
    text = text.strip()
    if not text or len(text) > _MAX_LABEL:
        return None
    return field_for_label(text) or (("casualties", None) if _text.section_key(text) == "casualties" else None)


def _side_units(page: _Page, units: list[_Unit]) -> list[_Unit]:
    """The blocks beside the text column, as far down as the box goes (a block running under the
    box from the text's left edge ends it)."""
    if not units:
        return []
    left, right = min(u.x0 for u in units), max(u.x1 for u in units)
    width = max(right - left, 1)
    side = [u for u in units if u.x0 >= left + _SIDE * width and u.x1 - u.x0 <= _SIDE_WIDTH * width]
    if not side:
        return []
    box_left = min(u.x0 for u in side)
    top = min(u.y0 for u in side)
    under = [u.y0 for u in units if u not in side and u.x1 > box_left and u.y0 > top]
    bottom = min(under, default=page.height + 1)
    return [u for u in side if u.y0 < bottom]


def _cell_text(units: list[_Unit], width: float) -> str:
    """Blocks of one cell as HTML: a block's lines joined where the box wrapped them, kept apart
    (``<br>``) where each is an entry of its own; blocks apart."""
    entries = []
    for unit in units:
        lines = unit.lines
        parts = [lines[0].text]
        for prev, line in zip(lines, lines[1:]):
            first = line.words[0].x1 - line.words[0].x0 if line.words else 0
            wrapped = (prev.x1 - unit.x0 + first >= _FULL_LINE * width or _GOES_ON.search(prev.text)
                       or line.text[:1].islower() or line.text[:1] in "([")
            if wrapped:
                parts[-1] = joined([parts[-1], line.text])
            else:
                parts.append(line.text)
        entries += parts
    return "<br>".join(html_escape.escape(e, quote=False) for e in entries if e.strip())


def _columns(starts: list[int], width: int) -> list[int]:
    """The left edges of a box's side columns, from the left edges of the blocks under its sections."""
    out: list[int] = []
    for x in sorted(starts):
        if not out or x - out[-1] > _COLUMN_JUMP * width:
            out.append(x)
    return out


def _rows(units: list[_Unit]) -> list[list[_Unit]]:
    """Blocks in rows: those whose first lines sit side by side, left to right."""
    rows: list[list[_Unit]] = []
    for unit in sorted(units, key=lambda u: (u.page, u.y0, u.x0)):
        last = rows[-1][0] if rows else None
        first = unit.lines[0]
        if last is not None and last.page == unit.page and first.y0 < last.lines[0].y1 and last.lines[0].y0 < first.y1:
            rows[-1].append(unit)
        else:
            rows.append([unit])
    return [sorted(r, key=lambda u: u.x0) for r in rows]


def _box(units: list[_Unit]) -> str:
    """The box's blocks as the infobox table they were printed from."""
    left, right = min(u.x0 for u in units), max(u.x1 for u in units)
    width = max(right - left, 1)
    rows = _rows(units)
    # the columns: the left edges of the blocks under a section's label
    starts, section = [], False
    for row in rows:
        if len(row) == 1 and (found := _label(row[0].text)) and found[0] in SIDE_KEYS:
            section = True
        elif len(row) >= 1 and (found := _label(row[0].text)) and row[0].x0 - left <= _ALIGN * width:
            section = False
        elif section:
            starts += [u.x0 for u in row]
    columns = _columns(starts, width) or [left]
    sides = max(2, len(columns))

    out: list[str] = []
    title = None
    current: tuple[str, str] | None = None  # (kind, label)
    values: list[_Unit] = []
    cells: list[list[_Unit]] = []

    def column_of(unit: _Unit) -> int:
        return max((i for i, x in enumerate(columns) if x <= unit.x0 + _ALIGN * width), default=0)

    def flush() -> None:
        if current is None:
            return
        kind, label = current
        if kind == _SECTION:
            if any(cells):
                out.append(f"<tr><th colspan={sides}>{html_escape.escape(label, quote=False)}</th></tr>")
                widths = [(columns[i + 1] if i + 1 < len(columns) else right) - columns[min(i, len(columns) - 1)]
                          for i in range(sides)]
                out.append("<tr>" + "".join(f"<td>{_cell_text(c, w)}</td>" for c, w in zip(cells, widths)) + "</tr>")
        elif values:
            out.append(f"<tr><th>{html_escape.escape(label, quote=False)}</th>"
                       f"<td>{_cell_text(values, right - values[0].x0)}</td></tr>")
        values.clear()
        cells.clear()

    for row in rows:
        head = row[0]
        found = _label(head.text)
        if found is not None and len(row) == 1 and found[0] in SIDE_KEYS:
            flush()
            current = (_SECTION, head.text.strip().rstrip(":"))
            cells[:] = [[] for _ in range(sides)]
            continue
        if found is not None and (len(row) > 1 or found[0] not in SIDE_KEYS) and head.x0 - left <= _ALIGN * width:
            flush()
            current = ("row", head.text.strip().rstrip(":"))
            values[:] = row[1:]
            continue
        if current is None:
            text = head.text
            if _PART_OF.match(text):
                out.append(f"<tr><td colspan={sides}>{html_escape.escape(text, quote=False)}</td></tr>")
            elif title is None and not out:
                title = text  # the box's caption; an image's caption after it is left out
                out.append(f"<tr><th colspan={sides}>{html_escape.escape(text, quote=False)}</th></tr>")
            continue
        if current[0] == _SECTION:
            for unit in row:
                if len(columns) > 1 and unit.x0 - columns[0] <= _ALIGN * width and unit.x1 > columns[1]:
                    # a block across the columns: a note for no side (the civilians under the casualties)
                    label = current[1]
                    flush()
                    out.append(f"<tr><td colspan={sides}>{_cell_text([unit], width)}</td></tr>")
                    current = (_SECTION, label)
                    cells[:] = [[] for _ in range(sides)]
                else:
                    cells[min(column_of(unit), sides - 1)].append(unit)
        else:
            values.extend(row)
    flush()
    return '<table class="infobox">' + "".join(out) + "</table>"


# ---------------------------------------------------------------- the page

_HEADING_SIZE = 1.12  # times the body's line size: a line this large is a heading
_TITLE_SIZE = 1.3
_SUBHEADING_SIZE = 0.9  # of the largest heading's size: a heading smaller than this is a subsection's
_MAX_HEADING_WORDS = 12
_ITEM = re.compile(r"^\s*[•◦▪●·*]\s*")


def html_page(text: str) -> str:
    """The scanned page as the HTML it was printed from."""
    pages = _pages(text)
    chrome, header_title = _chrome(pages)
    kept = [[u for u in p.units if u.order not in chrome and not _WIKI_CHROME.match(u.text)] for p in pages]
    redirects = [m["name"] for units in kept for u in units if (m := _REDIRECTED.match(u.text))]
    kept = [[u for u in units if not _REDIRECTED.match(u.text)] for units in kept]

    side = [u for p, units in zip(pages, kept) for u in _side_units(p, units)]
    labels = sum(1 for u in side if _label(u.text))
    box_units = side if labels >= _MIN_LABELS else []
    in_box = {u.order for u in box_units}
    prose = [u for units in kept for u in units if u.order not in in_box]

    body = [ln.size for u in prose if len(u.lines) > 1 for ln in u.lines] or [ln.size for u in prose for ln in u.lines]
    body_size = statistics.median(body) if body else 0.0

    def heading(u: _Unit) -> bool:
        return (len(u.lines) <= 2 and len(u.text.split()) <= _MAX_HEADING_WORDS and not _text.ends_sentence(u.text)
                and body_size > 0 and u.size >= _HEADING_SIZE * body_size)

    title, title_unit = header_title, None
    first_page = [u for u in prose if u.page == (prose[0].page if prose else 0)]
    if first_page:
        largest = max(first_page, key=lambda u: u.size)
        if heading(largest) and largest.size >= _TITLE_SIZE * body_size:
            title, title_unit = largest.text, largest.order
    headings = [u.size for u in prose if heading(u) and u.order != title_unit]
    top = max(headings, default=0.0)

    blocks: list[str] = []
    last_page, last_open = -1, False  # the page of the last paragraph, and whether it ends mid-sentence
    for u in prose:
        if u.order == title_unit:
            continue
        words = u.text
        if heading(u):
            level = 3 if u.size < _SUBHEADING_SIZE * top else 2
            blocks.append(f"<h{level}>{html_escape.escape(words, quote=False)}</h{level}>")
            last_open = False
            continue
        if _ITEM.match(u.lines[0].text):
            items, current = [], []
            for ln in u.lines:
                if _ITEM.match(ln.text) and current:
                    items.append(joined(current))
                    current = []
                current.append(_ITEM.sub("", ln.text))
            items.append(joined(current))
            blocks.append("<ul>" + "".join(f"<li>{html_escape.escape(i, quote=False)}</li>" for i in items) + "</ul>")
            last_open = False
            continue
        if last_open and u.page != last_page and words[:1].islower() and blocks and blocks[-1].startswith("<p>"):
            # a paragraph going on over the page break
            blocks[-1] = f"<p>{joined([blocks[-1][3:-4], html_escape.escape(words, quote=False)])}</p>"
        else:
            blocks.append(f"<p>{html_escape.escape(words, quote=False)}</p>")
        last_page, last_open = u.page, not _text.ends_sentence(words)
    name = html_escape.escape(title, quote=False) if title else None
    head = [f"<h1>{name}</h1>"] if name else []
    head += [f'<span class="mw-redirectedfrom">(Redirected from <a>{html_escape.escape(r, quote=False)}</a>)</span>'
             for r in redirects]
    return html.page(name, head + ([_box(box_units)] if box_units else []) + blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
