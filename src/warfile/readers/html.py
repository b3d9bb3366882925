"""Reader for a rendered Wikipedia page (HTML), parsed with selectolax's lexbor engine.

The infobox is ``table.infobox``: rows with a ``<th>`` label and a ``<td>`` value, and section
header rows spanning the columns ("Belligerents", "Commanders and leaders", ...) whose following
row holds one ``<td>`` per side. Prose is the ``<p>`` (and list) content in page order with the
``<h2>``-``<h6>`` above it as heading. References, edit links, navigation, scripts and styles are
removed first. ``Document.text`` is clean text (see :mod:`warfile.readers.cleantext`).
"""
from __future__ import annotations

import dataclasses
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from warfile.model import SIDE_KEYS, Document
from warfile.readers.cleantext import CleanText, scrub_residue
from warfile.readers.labels import (
    box_title,
    dedent_list,
    field_for_label,
    generic_side,
    heading_text,
    is_non_prose_section,
    place_casualties,
    split_belligerent_units,
    tidy_value,
    with_death_word,
)

SHAPE = "html"

# Page furniture that is neither infobox nor prose: removed before reading.
REMOVED = ("script", "style", "noscript", "template", "nav", "footer", "link", "meta", "sup.reference",
           ".reference", ".mw-editsection", ".noprint", ".navbox", ".vertical-navbox", ".reflist",
           ".references", ".mw-references-wrap", ".mw-jump-link", "#toc", ".toc", ".printfooter",
           ".catlinks", ".hatnote", ".mw-cite-backlink", ".sidebar", ".metadata", ".shortdescription",
           ".thumb", ".gallery", ".mw-empty-elt", "#siteSub", "#contentSub", ".ambox",
           # a news page's rail of other stories ("Read Next"), advertisements and share bars
           "[class*=related]", "[class*=__sidebar]", "[class*=ad-slot]", "[class*=newsletter]")
# Image alt texts that mean "killed in action": rendered as the "†" mark after the name.
KILLED_ALTS = re.compile(r"^\s*(?:†|kia|killed in action|dow|died of wounds|executed)\s*$", re.IGNORECASE)
BLOCK_TAGS = frozenset({"p", "div", "tr", "table", "blockquote", "dl", "dd", "dt", "center", "figure",
                        "h1", "h2", "h3", "h4", "h5", "h6"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Lists styled as plain (Wikipedia's {{plainlist}}/{{hlist}}) are entries, not a hierarchy level.
PLAIN_LIST_CLASSES = re.compile(r"\b(?:plainlist|hlist|flatlist|nowraplinks)\b")
_PART_OF = re.compile(r"^\s*part of\s+", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[-–—]\s+Wikipedia.*$")
_SPACE_RUN = re.compile(r"\s+")
_MIN_BOX_LABELS = 3  # section or row labels an element must hold to be the box
_MAX_LABEL = 30  # characters: a longer cell is a value, whatever words it holds

# Score: a page skeleton or a Wikipedia infobox table is certain; prose paragraphs in tags likely.
_SKELETON = re.compile(r"<!doctype html|<html\b|<body\b|<table[^>]*class=\"[^\"]*infobox", re.IGNORECASE)
_BLOCKS = re.compile(r"<(?:p|div|h[1-6]|table|ul|li)\b[^>]*>", re.IGNORECASE)
_WIKI = re.compile(r"\{\{|\[\[")
_OPENS_AS_HTML = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html\b)", re.IGNORECASE)


def score(text: str) -> float:
    head = text[:5000]
    if _OPENS_AS_HTML.match(head):
        return 0.95  # a page's own opening: Parsoid's HTML keeps each template's wikitext ({{…}}) in data-mw
    if _WIKI.search(head):  # MediaWiki source carries <ref>/<br>/<div> too, but never renders to {{ or [[
        return 0.1 if _BLOCKS.search(head) else 0.0
    if _SKELETON.search(head):
        return 0.95
    blocks = len(_BLOCKS.findall(head))
    return 0.7 if blocks >= 3 else (0.3 if blocks else 0.0)


# ---------------------------------------------------------------- rendering

def _classes(node: LexborNode) -> str:
    return (node.attributes.get("class") or "") if node.attributes else ""


def _render(node: LexborNode, depth: int = 0) -> str:
    """The text a reader sees in node: <br> and blocks as newlines, list items as "* " lines."""
    parts: list[str] = []
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":  # a line break inside a text is a space, as a browser shows it
            parts.append(_SPACE_RUN.sub(" ", child.text_content or ""))
        elif tag == "br":
            parts.append("\n")
        elif tag == "img":
            alt = (child.attributes.get("alt") or "") if child.attributes else ""
            parent = child.parent
            title = (parent.attributes.get("title") or "") if parent is not None and parent.tag == "a" else ""
            parts.append(" †" if KILLED_ALTS.match(alt) or KILLED_ALTS.match(title) else "")
        elif tag in ("ul", "ol"):
            plain = bool(PLAIN_LIST_CLASSES.search(_classes(child))) or _in_plain_list(child)
            parts.append("\n" + _render(child, depth if plain and depth == 0 else depth + 1) + "\n")
        elif tag == "li":
            # an item wrapping its text in <p> (docutils, pandoc) is the same item
            parts.append("\n" + ("*" * depth + " " if depth else "") + _render(child, depth).strip() + "\n")
        elif tag in BLOCK_TAGS:
            parts.append("\n" + _render(child, depth) + "\n")
        elif tag in ("td", "th"):
            parts.append(" " + _render(child, depth) + " ")
        else:
            parts.append(_render(child, depth))
    return "".join(parts)


def _in_plain_list(node: LexborNode) -> bool:
    parent = node.parent
    return parent is not None and bool(PLAIN_LIST_CLASSES.search(_classes(parent)))


def _value(node: LexborNode) -> str:
    return dedent_list(tidy_value(_render(node)))


def _line(node: LexborNode) -> str:
    return " ".join(tidy_value(_render(node)).split())


# ---------------------------------------------------------------- infobox

def _cells(row: LexborNode) -> list[LexborNode]:
    return [c for c in row.iter() if c.tag in ("th", "td")]


def _span(cell: LexborNode) -> int:
    try:
        return int((cell.attributes.get("colspan") or "1").strip())
    except (ValueError, AttributeError):
        return 1


def _read_infobox(table: LexborNode, warnings: list[str]) -> list[tuple[str, str, str, int | None]]:
    """(label, key, text, side) for each infobox value, in table order."""
    found: list[tuple[str, str, str, int | None]] = []
    section: tuple[str, str] | None = None  # (label, key) of the last header row spanning the columns
    caption = table.css_first("caption")
    if caption is not None and _line(caption):
        found.append(("name", "name", box_title(_line(caption)), None))
    elif (title := _heading_before(table)) is not None:
        found.append(("name", "name", title, None))  # "FACTBOX: The battle for Snake Island" over the table
    labels = _label_cells(table)
    column_names: list[str] = []  # a head row naming the sides over their columns ("| Russia | Ukraine")
    for row in table.css("tr"):
        if row.css_first("table") is not None:  # a row wrapping a nested table: its own rows follow
            continue
        cells = _cells(row)
        lone_head = False  # a header cell beside empty ones: the row heads a section
        if len(cells) > 1 and (cells[0].tag == "th" or _is_head_cell(cells[0])) \
                and not any(_line(c) or c.css_first("img") for c in cells[1:]):
            # "<th>Belligerents</th><td></td>": a converter's empty cell beside a header (pandoc), or a
            # notes app's table whose header is a bold cell ("<td><b>Belligerents</b></td><td></td>": Apple Notes)
            cells, lone_head = cells[:1], True
        if not cells:
            continue
        if len(cells) >= 3 and not _line(cells[0]) and all(_is_head_cell(c) for c in cells[1:]):
            column_names = [_line(c) for c in cells[1:]]
            continue
        heads = [c for c in cells if c.tag == "th" or c.mem_id in labels]
        datas = [c for c in cells if c.tag == "td" and c.mem_id not in labels]
        if section is not None and heads and datas and cells[0].tag == "th" and field_for_label(_line(cells[0])) is None \
                and "infobox-data" in _classes(cells[0]):
            heads, datas = [], cells  # "<th class='infobox-data'>Ethiopian Empire</th><td>Kingdom of Italy</td>" (pandoc)
        if len(cells) == 1 and (not datas or (_span(cells[0]) > 1 or lone_head) and _is_head_cell(cells[0])):
            # a header row: the title first, then the sections (a bold cell spanning the columns too: Textile)
            label = _line(cells[0])
            mapped = field_for_label(label)
            if _PART_OF.match(label):
                found.append(("part of", "part_of", _PART_OF.sub("", label), None))
            elif mapped is None and not any(k == "name" for _, k, _, _ in found):
                found.append(("name", "name", box_title(label), None))
            elif mapped is not None:
                section = (label, mapped[0])
            continue
        if _PART_OF.match(_line(cells[0])) and not any(_line(c) for c in cells[1:]):
            # "<td>Part of the Mexican Revolution</td><td></td>": the row across the box (Apple Notes, OneNote)
            found.append(("part of", "part_of", _PART_OF.sub("", _line(cells[0])), None))
            continue
        if heads and datas:  # "Date | 21 March 2014" (one value, or one per side)
            label = _line(heads[0])
            mapped = field_for_label(label)
            if mapped is None:
                continue
            for i, td in enumerate(datas):
                side = mapped[1] if len(datas) == 1 else i
                found.append((label, mapped[0], _value(td), side))
            continue
        if len(datas) == 1 and _PART_OF.match(_line(datas[0])):
            found.append(("part of", "part_of", _PART_OF.sub("", _line(datas[0])), None))
            continue
        if section is None or (len(datas) == 1 and datas[0].css_first("img") and not _line(datas[0])):
            continue
        label, key = section
        if len(datas) > 2 and not _line(datas[0]) and datas[0].css_first("img") is None:
            datas = datas[1:]  # "| | Herat | Qajar Iran |": the label column's empty cell under a section's label
        if len(datas) == 1 and _span(datas[0]) > 1:  # a note spanning every side
            found.append((label, "civilian_casualties" if key == "casualties" else key, _value(datas[0]), None))
            continue
        for i, td in enumerate(datas):
            found.append((f"{label} {i + 1}", key, _value(td), i))
    if column_names and not any(k == "belligerents" for _, k, _, _ in found):
        if all(generic_side(name) for name in column_names) and (
                forces := [n for n, (_, k, v, s) in enumerate(found) if k == "strength" and s is not None and not _DIGIT.search(v)]):
            # "Rebels | Crown forces" heading columns whose "Forces" row names who fought: those are the sides
            for n in forces:
                label, _, value, side = found[n]
                found[n] = (label, "belligerents", value, side)
        else:
            found += [(name, "belligerents", name, i) for i, name in enumerate(column_names)]
            # a "Forces" row under columns named for the sides, naming formations and no figure: the units
            found = [(label, "units", value, side) if key == "strength" and side is not None and not _DIGIT.search(value)
                     and _FORCES_LABEL.match(label) else (label, key, value, side) for label, key, value, side in found]
    return found


_FORCES_LABEL = re.compile(r"forces\b|troops\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_FOOTNOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z])\]?")
# A superscript that is a note's number or numbers: "failure.<sup>7</sup>", "<sup>3,4</sup>", "<sup>6–8</sup>".
_NOTE_NUMBERS = re.compile(r"\d{1,3}(?:\s*[,–-]\s*\d{1,3})*")
_SENTENCE_MARKS = ('.', ',', ';', ':', ')', '"', '”', '’')


def _is_note_mark(sup: LexborNode) -> bool:
    """Whether a superscript is a citation mark a journal's page gives without brackets (a bracketed one
    is left to the citation marks' own reading): note numbers
    that link to the note (JATS's ``<xref ref-type="bibr">``), or stand right after a sentence's or
    clause's mark ("failure.<sup>7</sup> By 20 October"); a power ("10<sup>3</sup>", "km<sup>2</sup>")
    is none."""
    if not _NOTE_NUMBERS.fullmatch(sup.text(strip=True)):
        return False
    if sup.css_first("a, xref") is not None:
        return True
    before = sup.prev.text_content if sup.prev is not None and sup.prev.tag == "-text" else ""
    return bool(before) and before.endswith(_SENTENCE_MARKS)


def _is_head_cell(cell: LexborNode) -> bool:
    """A cell heading its column: a ``<th>``, or a ``<td>`` all in bold ("| | **Britain** | **Germany** |")."""
    text = _line(cell)
    if not text:
        return False
    bold = cell.css_first("b, strong") or next(
        (span for span in cell.css("span[style]") if _BOLD_STYLE.search(span.attributes.get("style") or "")), None)
    return cell.tag == "th" or (bold is not None and _line(bold) == text)


# A bold run as Word, OneNote or Google Docs write it: '<span style="font-weight:bold">'.
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


_BOX_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


_BOX_NOTE_CHARS = 150


def _heading_before(table: LexborNode) -> str | None:
    """The name a fact box's heading gives right above its table, when it names the box
    ("FACTBOX: The battle for Snake Island", "Fact file: …"), else None."""
    node = table.prev
    notes = 0  # a short note between the heading and its table ("Editorial summary; not part of the judgment.")
    while node is not None and (node.tag in ("-text", "-comment") and not (node.text() or "").strip()
                                or node.tag == "p" and notes < 1 and len(node.text(deep=True)) < _BOX_NOTE_CHARS):
        notes += node.tag == "p"
        node = node.prev
    if node is None or node.tag not in _BOX_HEADING_TAGS:
        return None
    text = _line(node)
    name = box_title(text)
    return name if name != text else None


_COPY_SUFFIX = re.compile(r"\.\d+$")


def _as_box_rows(table: LexborNode) -> None:
    """A pandas DataFrame of a scraped infobox (``read_html``'s table, shown by a notebook) as the
    box's rows: the index column goes, a row pandas filled with one cell's text in every column
    ("Belligerents | Belligerents") is that cell alone, and the column names ("Annexation of Goa |
    Annexation of Goa.1") are the caption."""
    for th in table.css("tbody th"):
        if th.text(strip=True).isdigit() or not th.text(strip=True):
            th.decompose()
    heads = table.css("thead th")
    names = [th.text(strip=True) for th in heads if th.text(strip=True)]
    for th in heads:
        if not th.text(strip=True) or th.text(strip=True) != names[0]:
            th.decompose()
    if names and any(_COPY_SUFFIX.sub("", n) != names[0] for n in names):
        for th in table.css("thead th"):
            th.decompose()  # columns named by their sides, not one caption: left to the rows
    for row in table.css("tbody tr"):
        cells = _cells(row)
        if len(cells) > 1 and len({_line(c) for c in cells}) == 1:
            for extra in cells[1:]:
                extra.decompose()
            cells[0].attrs["colspan"] = str(len(cells))


def _label_cells(table: LexborNode) -> set[int]:
    """In a box whose labels are ``<td>`` cells (a converter's plain table: docutils, pandoc), the
    cells that act as ``<th>``: a row's first cell naming an infobox label, a cell spanning a row
    alone that names a section or "Part of", and the first row's lone cell (the title). In a table
    that has ``<th>`` cells, whose own markup says which cells are labels, only a bold label opening
    a row (an old box's nested Date/Location/Result table: "<td><b>Date</b></td>")."""
    headed = table.css_first("tbody th, tr > th:not(:only-child)") is not None  # (a caption's row alone is no label)
    out: set[int] = set()
    for n, row in enumerate(r for r in table.css("tr") if r.css_first("table") is None):
        cells = _cells(row)
        if not cells:
            continue
        label = _line(cells[0])
        named = len(label) <= _MAX_LABEL and field_for_label(label) is not None
        if headed:
            # a box with <th> cells may still label a nested table's rows in bold: "<td><b>Date</b></td>" (2008)
            bold = cells[0].css_first("b, strong")
            if len(cells) > 1 and named and cells[0].tag == "td" and bold is not None and _line(bold) == label:
                out.add(cells[0].mem_id)
        elif len(cells) == 1 and (named or n == 0 or _PART_OF.match(label)) or len(cells) > 1 and named:
            out.add(cells[0].mem_id)
    return out


def _own_table(row: LexborNode) -> int | None:
    """The mem_id of the table a row belongs to (the nearest table above it)."""
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else None


def _labelled_table(tree: LexborHTMLParser) -> LexborNode | None:
    """The first table whose rows open with enough infobox labels to be the box, when no table is
    marked ``infobox``."""
    for table in tree.css("table"):
        rows = [_cells(r) for r in table.css("tr") if _own_table(r) == table.mem_id]  # not a nested table's rows
        named = sum(1 for cells in rows if cells and len(_line(cells[0])) <= _MAX_LABEL
                    and field_for_label(_line(cells[0])) is not None)
        if named >= _MIN_BOX_LABELS:
            return table
    return None


def _sides_table(tree: LexborHTMLParser, box: LexborNode) -> LexborNode | None:
    """A table after the box whose rows' labels are the sides' (commanders, strength, losses), when
    the box itself holds none: the box's second half."""
    seen = False
    for table in tree.css("table"):
        if table.mem_id == box.mem_id:
            seen = True
            continue
        if not seen:
            continue
        rows = [_cells(r) for r in table.css("tr") if _own_table(r) == table.mem_id]
        keys = [found[0] for cells in rows if cells and len(_line(cells[0])) <= _MAX_LABEL
                and (found := field_for_label(_line(cells[0]))) is not None]
        if sum(k in SIDE_KEYS for k in keys) >= 2:
            return table
    return None


# ---------------------------------------------------------------- an infobox laid out without a table

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "p", "div", "span"})
_BOX_TAGS = ("aside", "div", "section", "ul", "ol")  # (a list of "Label: value" items is a box too)


def _own_label(node: LexborNode) -> tuple[str, int | None] | None:
    """The infobox key a heading-like node's whole text names ("Belligerents", "Date")."""
    if node.tag not in _HEADING_TAGS or node.css_first("ul, ol, dl, table") is not None:
        return None
    text = _line(node)
    return field_for_label(text) if 0 < len(text) <= _MAX_LABEL else None


def _table_less_box(tree: LexborHTMLParser) -> LexborNode | None:
    """The smallest aside/div/section holding most infobox labels (a mirror's ``<aside>`` of
    ``<dl>`` rows and ``<div>`` columns), when there are enough of them."""
    counts: dict[int, list] = {}  # ancestor's mem_id -> [labels under it, the node]
    for node in tree.css(", ".join(_HEADING_TAGS)):  # one pass: each label counts for its box ancestors
        if not _own_label(node):
            continue
        up = node.parent
        while up is not None:
            if up.tag in _BOX_TAGS:
                counts.setdefault(up.mem_id, [0, up])[0] += 1
            up = up.parent
    ranked = [(n, -len(box.text(deep=True)), box) for n, box in counts.values() if n >= _MIN_BOX_LABELS]
    return max(ranked, key=lambda r: r[:2])[2] if ranked else None


# Elements that hold a column of a table-less box.
_COLUMN_TAGS = frozenset({"div", "section", "dd", "td"})


def _column_value(col: LexborNode) -> str:
    """A column's text; a ``<dl>`` of people is one "name (role)" line per ``<dt>``."""
    people = col.css("dl > dt")
    if not people:
        return _value(col)
    lines = []
    for dt in people:
        dd = dt.next
        while dd is not None and dd.tag == "-text":
            dd = dd.next
        role = _line(dd) if dd is not None and dd.tag == "dd" else ""
        lines.append(f"{_line(dt)} ({role})" if role else _line(dt))
    return "\n".join(lines)


def _read_table_less_box(box: LexborNode) -> list[tuple[str, str, str, int | None]]:
    """(label, key, text, side) of a box laid out with ``<dl>`` rows, section headings and ``<div>``
    columns: a section's columns are the element children of the block after its heading."""
    found: list[tuple[str, str, str, int | None]] = []
    for node in box.traverse():
        if node is box:
            continue
        if node.tag in ("div", "p") and _PART_OF.match(_line(node)) and len(node.css("div, p")) <= 1:  # itself only
            found.append(("part of", "part_of", _PART_OF.sub("", _line(node)), None))
            continue
        label = _own_label(node)
        if label is None:
            continue
        key, side = label
        parent = node.parent
        if node.tag in ("strong", "b", "span") and parent is not None and parent.tag in ("li", "p", "dd"):
            # a bold label and its value in one item: "<li><strong>Date:</strong> 10 November 1975</li>"
            whole, own = _line(parent), _line(node)
            if whole.startswith(own) and (rest := whole[len(own):].strip(" :–—-")):
                found.append((own.rstrip(" :"), key, rest, side))
            continue
        if node.tag == "dt" and key not in SIDE_KEYS:
            dd = node.next
            while dd is not None and dd.tag == "-text":
                dd = dd.next
            if dd is not None and dd.tag == "dd":
                found.append((_line(node), key, _value(dd), side))
            continue
        if key not in SIDE_KEYS:
            # a heading label over its value ("<h3>Date</h3><div class=value>…</div>", a Fandom row)
            value = node.next
            while value is not None and value.tag == "-text":
                value = value.next
            if value is not None and node.tag in _HEADING_TAGS and not _own_label(value) and _value(value):
                found.append((_line(node), key, _value(value), side))
            continue
        block = node.next
        while block is not None and block.tag == "-text":
            block = block.next
        if block is None:
            continue
        columns = [c for c in block.iter() if c.tag != "-text"]
        while len(columns) == 1 and len(inner := [c for c in columns[0].iter() if c.tag != "-text"]) >= 2 \
                and all(c.tag in _COLUMN_TAGS for c in inner):
            columns = inner  # the columns wrapped once more (a Fandom box's smart-group body)
        if len(columns) >= 2:
            found.extend((f"{_line(node)} {i + 1}", key, _column_value(c), i) for i, c in enumerate(columns))
        else:
            found.append((_line(node), key, _column_value(block), side))
        after = block.next
        while after is not None:  # a note across the columns: the civilians under the casualties
            if after.tag != "-text" and _own_label(after):
                break  # the next section's heading: what follows is its own
            if after.tag != "-text" and _line(after):
                found.append((_line(node), "civilian_casualties" if key == "casualties" else key, _value(after), None))
            after = after.next
    return found


def _fields(found: list[tuple[str, str, str, int | None]], out: CleanText, warnings: list[str]) -> None:
    rows: list[tuple[str, str, str, int | None]] = []
    for label, key, text, side in found:
        text, residue = scrub_residue(text)
        if key in ("casualties", "civilian_casualties"):
            text = with_death_word(label, text)
        if residue:
            warnings.append(f"markup residue removed from infobox field {label!r}")
        if key == "belligerents":
            text, units = split_belligerent_units(text)
            rows.append((label, key, text, side))
            if units:
                rows.append((label, "units", units, side))
            continue
        rows.append((label, key, text, side))
    placed = place_casualties([(k, t, s) for _, k, t, s in rows])
    for (key, text, side), (label, _, _, _) in zip(placed, rows):
        out.add_field(label, key, text, side)


# ---------------------------------------------------------------- prose

def _read_prose(node: LexborNode, out: CleanText, heading: list[str | None], day: list[bool] | None = None) -> None:
    """Walk node in page order: headings set the current heading, <p> and lists are paragraphs.
    A live page's day divider ("<div role=separator><time>Wednesday 20 September</time></div>")
    is the heading of the posts under it, over their own titles (``day`` says one was met)."""
    day = [False] if day is None else day
    for child in node.iter():
        tag = child.tag
        if tag in HEADING_TAGS:
            if not day[0]:
                heading[0] = heading_text(_line(child)) or None
        elif _is_day_divider(child):
            heading[0], day[0] = " ".join(child.text(deep=True).split()), True
        elif tag == "table" and not _is_layout_table(child) or tag == "h1":
            continue
        elif is_non_prose_section(heading[0]):
            continue
        elif tag == "p" or tag == "div" and _is_text_block(child):
            text, _ = scrub_residue(" ".join(_render(child).split()))
            out.add_paragraph(text, heading[0])
        elif tag in ("ul", "ol"):
            items = [" ".join(_render(li).split()) for li in child.iter() if li.tag == "li"]
            out.add_paragraph("\n".join(f"* {t}" for t in items if t), heading[0])
        else:
            _read_prose(child, out, heading, day)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A day and nothing else: "Wednesday 20 September", "Tue 19 Sep 2023", "September 20, 2023".
_DAY_ONLY = re.compile(rf"(?:(?:{_WEEKDAYS}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),? )?"
                       rf"(?:\d{{1,2}} (?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?:,? \d{{4}})?"
                       rf"|(?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?)")


# Text a table's paragraphs must hold for it to be the page's layout, not data: an e-mail's body
# (a newsletter, a mailed article) laid out in nested tables, its prose in <p> inside their cells.
_LAYOUT_PROSE_CHARS = 400


def _is_layout_table(table: LexborNode) -> bool:
    """Whether a table lays the page out (its cells hold the article's paragraphs and headings)
    rather than holding data: marked so (``role="presentation"``) or holding long paragraphs."""
    if (table.attributes or {}).get("role") in ("presentation", "none"):
        return True
    return sum(len(p.text(deep=True)) for p in table.css("p")) >= _LAYOUT_PROSE_CHARS


def _is_day_divider(node: LexborNode) -> bool:
    """Whether a block only names a day and marks itself a divider: a separator's role, a machine
    date (<time datetime>) or "divider"/"date" in its class."""
    if node.tag not in ("div", "li", "p", "span") or node.css_first("p, ul, ol, table, article") is not None:
        return False
    attributes = node.attributes or {}
    marked = (attributes.get("role") == "separator" or node.css_first("time") is not None
              or any(w in _classes(node) for w in ("divider", "date")))
    return marked and bool(_DAY_ONLY.fullmatch(" ".join(node.text(deep=True).split())))


# Tags that make a <div> a container rather than a paragraph of its own.
_BLOCK_TAGS = frozenset({"div", "p", "ul", "ol", "table", "section", "article", "header", "footer", "nav", "aside",
                         "figure", "form", "blockquote", "pre", "dl", "h1", "h2", "h3", "h4", "h5", "h6"})
# Characters of text a <div> holding no blocks must have to be read as a paragraph: a news site's
# article body written as <div data-testid="paragraph-0">, not a button's label or a date line.
_TEXT_BLOCK_CHARS = 80


def _is_text_block(node: LexborNode) -> bool:
    """Whether a <div> is a paragraph: it holds text and no blocks of its own."""
    child = node.child
    while child is not None:
        if child.tag in _BLOCK_TAGS:
            return False
        child = child.next
    return len(node.text(deep=True).strip()) >= _TEXT_BLOCK_CHARS


def _title(tree: LexborHTMLParser, found: list[tuple[str, str, str, int | None]]) -> str:
    for selector in ("h1#firstHeading", "h1"):
        node = tree.css_first(selector)
        if node is not None and _line(node):
            return _line(node)
    node = tree.css_first("title")
    if node is not None and _line(node):
        return _TITLE_SUFFIX.sub("", _line(node))
    return next((t for _, k, t, _ in found if k == "name"), "")


# Where a news page states the day it was published (the day its "on Monday" and its yearless dates
# count back from): meta tags first, then a <time> element, then JSON-LD.
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished", "pubdate",
                   "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _published(tree: LexborHTMLParser) -> str | None:
    """The ISO day a news page was published, from its metadata, or None. (A Wikipedia page's
    JSON-LD names the day the page was created, which dates nothing it tells of: it is not read
    when the page has an infobox, see extract.timeline.)"""
    wanted = {k.casefold() for k in _PUBLISHED_META}
    candidates = [node.attributes.get("content") or "" for node in tree.css("meta")
                  if (node.attributes.get("property") or node.attributes.get("name")
                      or node.attributes.get("itemprop") or "").casefold() in wanted]
    candidates += [node.attributes.get("datetime") or "" for node in tree.css("article time, time[pubdate]")]
    candidates += [m.group(1) for node in tree.css('script[type="application/ld+json"]')
                   for m in _LD_PUBLISHED.finditer(node.text() or "")]
    for value in candidates:
        if m := _ISO_DAY.search(value):
            return "-".join(m.groups())
    return None


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """Where the article's prose is. A page has more than one .mw-parser-output: a page-status
    indicator (the good-article star) is parsed wiki text too, and comes first. The article's is
    the one holding the most text."""
    parsed = tree.css(".mw-parser-output")
    if parsed:
        return max(parsed, key=lambda n: len(n.text(deep=True)))
    posts = tree.css("article")
    if len(posts) > 1 and tree.css_first("main, #mw-content-text") is None and posts[0].parent is not None:
        return posts[0].parent  # a live page's posts, each an <article>, under their day dividers
    return next((n for s in ("#mw-content-text", "main", "article", "body") if (n := tree.css_first(s)) is not None),
                tree.root)


def read(text: str) -> Document:
    text = text if isinstance(text, str) else ""
    warnings: list[str] = []
    out = CleanText()
    try:
        tree = LexborHTMLParser(text)
    except Exception as e:  # lexbor recovers from any markup; a failure is the engine's, not the page's
        return Document(text="", shape=SHAPE, warnings=(f"html not parsed: {e}",))
    published = _published(tree)
    redirects = _redirects(tree)
    for selector in REMOVED:
        for node in tree.css(selector):
            node.decompose()
    for node in tree.css('a[href^="#"]'):  # a footnote plugin's mark ("port.<a href='#fn-1'><sup>1</sup></a>")
        if _FOOTNOTE_MARK.fullmatch(node.text(strip=True)):
            parent = node.parent
            if parent is not None and parent.tag == "sup" and _FOOTNOTE_MARK.fullmatch(parent.text(strip=True)):
                node = parent  # "<sup>[<a href='#n12'>12</a>]</sup>": the brackets go with it
            node.decompose()
    for node in tree.css("sup"):
        if _is_note_mark(node):
            node.decompose()
    for table in tree.css("table.dataframe"):
        _as_box_rows(table)
    for node in tree.css("figure"):  # an image and its caption; a figure holding a table is a fact box
        if node.css_first("table") is None:
            node.decompose()
    title = ""
    table = tree.css_first("table.infobox") or _labelled_table(tree) or _table_less_box(tree)
    if table is None:
        found = []
    elif table.tag == "table":
        found = _read_infobox(table, warnings)
    else:
        found = _read_table_less_box(table)
        if table.tag in ("ul", "ol") and (named := _heading_before(table)):
            found.insert(0, ("name", "name", named, None))  # "The battle of X at a glance" over its list
    if table is not None and table.tag == "table" and not any(k in SIDE_KEYS for _, k, _, _ in found) \
            and (sides := _sides_table(tree, table)) is not None:
        # "The battle at a glance" then "The two sides": a box in two tables (a lecture's slides)
        found += [f for f in _read_infobox(sides, warnings) if f[1] != "name"]
        sides.decompose()
    title = _title(tree, found)
    if table is None:
        warnings.append("no table.infobox found")
    else:
        _fields(found, out, warnings)
        table.decompose()
    root = _content_root(tree)
    if root is not None:
        _read_prose(root, out, [None])
    if not out.paragraphs:
        warnings.append("no prose paragraphs found")
    meta = ((("published", published),) if published else ()) + tuple(("redirect", r) for r in redirects)
    return Document(text=out.text, shape=SHAPE, title=title, infobox=tuple(out.fields),
                    paragraphs=tuple(out.paragraphs), meta=meta, warnings=tuple(warnings))


_REDIRECTS_HERE = re.compile(r"^\s*[\"“](?P<name>[^\"”]{2,80})[\"”] redirects here\b")


def _redirects(tree: LexborHTMLParser) -> list[str]:
    """The names a saved page was reached by: "(Redirected from Siege of Mecca (1979))" under the
    title, '"Siege of Mecca (1979)" redirects here.' in a hatnote; another name of its operation."""
    names = [node.text().strip() for node in tree.css(".mw-redirectedfrom a")]
    names += [m["name"] for node in tree.css(".hatnote") if (m := _REDIRECTS_HERE.match(node.text()))]
    return list(dict.fromkeys(n for n in names if n))


# ---------------------------------------------------------------- pages other readers write out

class Blocks:
    """The blocks of a page a markup reader writes out as HTML (MoinMoin, Trac, XWiki, Jira): the
    open paragraph's lines, table's rows and list's items, each closed into its block by ``flush``
    when another kind of line comes."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.para: list[str] = []
        self.rows: list[str] = []
        self.items: list[str] = []

    def flush(self) -> None:
        for parts, wrap, joint in ((self.para, "<p>{}</p>", " "), (self.rows, "<table>{}</table>", ""),
                                   (self.items, "<ul>{}</ul>", "")):
            if parts:
                self.blocks.append(wrap.format(joint.join(parts)))
                parts.clear()


def box_table(rows: list[tuple[str, list[str]]]) -> str:
    """A fact box written out as the infobox this reader reads, from (label, values) rows whose text
    is HTML already: one value a cell across the box, several a cell per side, a side's items ("; "
    apart) its cell's lines."""
    out = []
    for label, values in rows:
        if len(values) == 1:
            cells = f"<td colspan=2>{values[0]}</td>"
        else:
            cells = "".join("<td>" + "<br>".join(p.strip() for p in v.split(";") if p.strip()) + "</td>" for v in values)
        out.append(f"<tr><th>{label}</th>{cells}</tr>")
    return '<table class="infobox">' + "".join(out) + "</table>"


def page(title: str | None, blocks: list[str]) -> str:
    """An HTML page of the blocks, titled."""
    head = f"<title>{title}</title>" if title else ""
    return f"<html><head>{head}</head><body>{''.join(blocks)}</body></html>"


def read_as(page_html: str, shape: str) -> Document:
    """A page another shape's reader wrote out as HTML, read here, its shape kept."""
    return dataclasses.replace(read(page_html), shape=shape)

