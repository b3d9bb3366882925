"""Reader for a markdown pipe table holding a rendered infobox, with the lead before it.

Rows are ``cell | cell | ... |`` with as many cells as the separator line (``---|---|``) has;
a cell may span lines, so cells are counted, not lines. Section rows ("Belligerents",
"Commanders and leaders", "Units involved", "Strength", "Casualties and losses") set the key;
the content row under a section gives one field per non-empty cell, its column being the side.
A later single-cell row in a section spans the whole box (civilian losses): it gets ``side=None``
and ``extract.columns.assign_sides`` routes it. Prose outside the table becomes paragraphs.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from warfile.model import SIDE_KEYS, Document, Paragraph, RawField, Span
from warfile.readers import _text
from warfile.readers.labels import field_for_label, is_non_prose_section

SHAPE = "pipe-table"

# A table of one column has pipes on both sides of its rule ("| --- |"): Jina Reader and Firecrawl
# write an infobox so, its caption the only header cell and its rows as wide as they are. A cell of
# the rule is three dashes, or fewer with the colon of its alignment (Reddit's "|:-|:-|", as GFM allows).
_RULE_CELL = r"(?::?-{3,}:?|:-{1,2}:?|-{1,2}:)"
_SEPARATOR = re.compile(rf"^[ \t]*(?P<lead>\|)?[ \t]*{_RULE_CELL}[ \t]*(?:(?:\|[ \t]*{_RULE_CELL}[ \t]*)+\|?|(?(lead)\||(?!)))"
                        r"[ \t]*\r?$", re.MULTILINE)
# A row padded with empty cells ("Belligerents | |||||||"): a rendered infobox in a wide table.
_PADDED_ROW = re.compile(r"\|[ \t]*\|[ \t]*\|[ \t]*\|[ \t]*\r?$", re.MULTILINE)


# Markup a converter leaves in cells: line breaks as <br>, labels in bold ("**Date**"), a
# "*Supported by:*" head in italics. The field's text has them as a line break and plain words.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MARKUP_CHARS = ("<", "*", "_", "](")


# Inline tags a converter keeps around a cell's words ("<sup>[\[13\]](…)</sup>", "<small>…</small>").
_INLINE_TAG = re.compile(r"</?(?:sup|sub|span|small|abbr|b|i|em|strong|u|s)\b[^<>]*>", re.IGNORECASE)


def _unmarked(s: str) -> str:
    return _EMPHASIS.sub(r"\2", _INLINE_TAG.sub("", _BREAK.sub("\n", _text.unlinked(s))))


def _marked(s: str) -> bool:
    return any(c in s for c in _MARKUP_CHARS)


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int

    def text(self, doc: str) -> str:
        raw = doc[self.start:self.end]
        return (_unmarked(raw) if _marked(raw) else raw).strip()


_TABLE_GAP = re.compile(r"\n[ \t]*\n(?![^\n]*\|)")  # a row may follow a cell's blank line


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    s = 0.0
    if _SEPARATOR.search(head) or _GRID_BORDER.search(head) and "+===" in head or _lone_rule(head):
        s += 0.6
    if len(_PADDED_ROW.findall(head)) >= 2:
        s += 0.3
    if s and any(_text.section_key(c) for c in re.split(r"[|\n]", head)):
        s += 0.05
    if s and _MARKDOWN_CUE.search(head):
        s += 0.1  # a grid table in markdown (pandoc's links, fenced divs), not in reStructuredText
    return min(s, 0.95)


_MARKDOWN_CUE = re.compile(r"\]\((?:/|#|https?:)|^:::", re.MULTILINE)



@dataclass(frozen=True, slots=True)
class _GridCell(_Cell):
    """A cell of a grid table (pandoc's ``+---+---+``): its text gathered from several lines' slices."""

    content: str = ""

    def text(self, doc: str) -> str:
        return self.content


_GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")


def _grid_table(text: str, lines: list[_text.Line]) -> tuple[list[list[_Cell]], int, int] | None:
    """The rows of the first grid table, with where it starts and ends; None when there is none.

    Border lines give the column positions; a row's cells are the slices between the positions
    where every one of its lines has a "|" (a cell spanning columns has none inside it); a slice
    ending in "\\" (pandoc's hard line break) ends a line of the cell's text."""
    first = next((i for i, ln in enumerate(lines) if _GRID_BORDER.fullmatch(ln.text)), None)
    if first is None:
        return None
    rows: list[list[_Cell]] = []
    border = lines[first]
    body: list[_text.Line] = []
    i = first + 1
    while i < len(lines) and (lines[i].text.lstrip().startswith("|") or _GRID_BORDER.fullmatch(lines[i].text)):
        ln = lines[i]
        if _GRID_BORDER.fullmatch(ln.text):
            if body:
                rows.append(_grid_row(text, border, body))
            border, body = ln, []
        else:
            body.append(ln)
        i += 1
    return rows, lines[first].start, lines[i - 1].end


def _grid_row(text: str, border: _text.Line, body: list[_text.Line]) -> list[_Cell]:
    plus = [k for k, ch in enumerate(border.text) if ch == "+"]
    inner = [k for k in plus[1:-1] if all(len(ln.text) > k and ln.text[k] == "|" for ln in body)]
    edges = [plus[0]] + inner + [plus[-1]]
    cells: list[_Cell] = []
    for a, b in zip(edges, edges[1:]):
        parts = [ln.text[a + 1:b].strip() for ln in body]
        content = ""
        for part in parts:
            if not part:
                continue
            hard = part.endswith("\\")
            if content and not content.endswith("\n") and _LIST_ITEM.match(part):
                content += "\n"  # a list item in the cell ("- Pascual Orozco") starts a line of its own
            content += (" " if content and not content.endswith("\n") else "") + part.rstrip("\\").rstrip()
            content += "\n" if hard else ""
        content = _unmarked(content).strip()
        cells.append(_GridCell(body[0].start + a + 1, body[-1].start + min(b, len(body[-1].text)), content))
    return cells


_JINA_TITLE = re.compile(r"^Title:\s+")
# The lines Jina Reader writes above a page ("URL Source: …", "Published Time: …", "Markdown Content:"):
# no section heading (the lead under them is the lead).
_CLIP_HEADER = re.compile(r"^(?:Title|URL Source|Published Time|Markdown Content|Warning):")


# html2text's own table: each row (and each line break inside a cell) ends with two spaces, the line
# breaks it adds to wrap the page at 78 columns do not ("Location| [Buin](/wiki/Buin,_Papua_New_Guinea
# "Buin, Papua New Guinea")," over "[Bougainville Island](…)  "). Its separator closes with the spaces too.
_HARD_BREAK_SEPARATOR = re.compile(r"^\|?[ \t]*-{3,}[ \t]*(?:\|[ \t]*-{3,}[ \t]*)*\|?  $", re.MULTILINE)
_HARD_BREAKS = 4  # lines ending in two spaces right under the separator: html2text wrote the table
_WRAP_WIDTH = 80  # html2text wraps at 78 columns: a longer line was not wrapped (Crawl4AI's, which end rows alike)


def _html2text_unwrapped(text: str) -> str:
    """The text with html2text's wrapped table lines joined (each wrapping line break made a space,
    so every offset stays): from the rule above the table to the blank line after it, a line not
    ending in two spaces goes on on the next line."""
    sep = next((m for m in _HARD_BREAK_SEPARATOR.finditer(text)
                if sum(1 for ln in text[m.end():].split("\n", 2 * _HARD_BREAKS + 1)[1:2 * _HARD_BREAKS + 1]
                       if ln.endswith("  ")) >= _HARD_BREAKS), None)
    if sep is None:
        return text
    start = text.rfind("\n\n", 0, sep.start())  # the caption's rule and lines above the header row
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", sep.end())
    end = len(text) if end < 0 else end
    chars = list(text)
    at = start
    while (nl := text.find("\n", at, end)) >= 0:
        line = text[at:nl]
        if line.strip() and not line.endswith("  ") and text[nl + 1:nl + 2] not in ("", "\n", "#") \
                and len(line) <= _WRAP_WIDTH and not line.startswith("#") \
                and not _HARD_BREAK_SEPARATOR.fullmatch(line + "  "):
            chars[nl] = " "
        at = nl + 1
    return "".join(chars)


# Crawl4AI's tables within a table (a Wikipedia box's per-side sections): a cell opened by a line "|   ",
# the inner table's first row over its own rule ("| --- | --- |"), a row's cells over several lines,
# the cell closed by " |  ".
_INNER_OPEN = re.compile(r"\|[ \t]+")
_INNER_CLOSE = re.compile(r" \|[ \t]*")
_INNER_RULE = re.compile(r"\|(?:[ \t]*-{3,}[ \t]*\|)+[ \t]*")
_INNER_CLOSES = 3  # lines " |" a page needs for its tables to be read so
_INNER_ROW_LINES = 40


def _inner_tables_flattened(text: str) -> str:
    """A page's tables within a table as plain rows: each inner table's first row (its cells'
    lines joined by <br>) a row of the box, the inner rules and the closing lines gone."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _INNER_CLOSE.fullmatch(ln)) < _INNER_CLOSES:
        return text
    first_rule = next((i for i, ln in enumerate(lines) if _SEPARATOR.fullmatch(ln)), None)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if first_rule is not None and i > first_rule and _INNER_OPEN.fullmatch(line):
            end = next((j for j in range(i + 1, min(len(lines), i + _INNER_ROW_LINES)) if _INNER_RULE.fullmatch(lines[j])), None)
            if end is not None:
                body = "\n".join(lines[i + 1:end]).strip().strip("|").strip()
                cells = ["<br>".join(x.strip().lstrip("*").strip() for x in cell.splitlines() if x.strip())
                         for cell in body.split("|")]
                out.append("| " + " | ".join(cells) + " |  ")
                i = end + 1
                continue
        if first_rule is not None and i > first_rule and (_INNER_CLOSE.fullmatch(line) or _INNER_RULE.fullmatch(line)):
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _read(text: str) -> Document:
    text = _html2text_unwrapped(_inner_tables_flattened(_text.without_link_numbers(text)))
    lines = _text.lines_of(text)
    first = next((ln for ln in lines if not ln.blank), None)
    title = _text.clean_title(first.text.split("|")[0]) if first else ""
    title = _JINA_TITLE.sub("", title)  # Jina Reader's "Title: Operation Phoenix (2008) - Wikipedia"
    warnings: list[str] = []
    sep = _SEPARATOR.search(text) or _lone_rule(text)
    grid = None if sep else _grid_table(text, lines)
    if grid:
        rows, table_start, table_end = grid
    elif not sep:
        warnings.append("no pipe table found")
        table_start = table_end = len(text)
        rows = []
    else:
        caption, header = _head(lines, sep.start())
        table_start = caption[0].start if caption else header.start if header else sep.start()
        last_pipe = text.rfind("|")
        table_end = next(ln.end for ln in lines if ln.start <= last_pipe <= ln.end)
        # a blank line before a line that is no row ends the table (a converted page's navigation
        # boxes further down are tables of their own)
        table_end = _prose_before_heading(text, sep.end(), table_end)
        gap = next((g for g in _TABLE_GAP.finditer(text, sep.end(), table_end) if not _section_follows(text, g.end())), None)
        last_row = text[:table_end].rstrip()
        table_end = gap.start() if gap else table_end if last_row.endswith("|") else _cell_lines_after(lines, table_end)
        box_end, table_end = table_end, _first_table_end(text, sep.end(), table_end)
        rows = _table_rows(text, header.start if header else sep.start(), sep, table_end)
        if caption:
            rows = _caption_rows(text, caption, rows)
    fields = _fields(text, rows)
    if sep and not grid and table_end < box_end:  # the box split in tables: "| Date | …", then "| | English | French |"
        fields += [f for f in table_fields(text, table_end, box_end) if (f.key, f.side) not in {(g.key, g.side) for g in fields}]
        table_end = box_end
    fields += [f for f in _nested_rows(text, table_start, table_end) if f.key not in {g.key for g in fields}]
    if sep and not any(f.key in SIDE_KEYS for f in fields):
        fields += side_rows_table(text, sep.end())
    fields += [f for f in _property_lines(text, lines, table_start) + _toggle_sections(text, lines, table_start)
               if f.key not in {g.key for g in fields}]
    paragraphs = _paragraphs(text, lines, table_start, table_end, title)
    text = unwrapped(text, paragraphs)
    if not fields:
        warnings.append("no infobox rows found")
    if not paragraphs:
        warnings.append("no narrative paragraphs found")
    return Document(text=text, shape=SHAPE, title=title, infobox=tuple(fields),
                    paragraphs=tuple(paragraphs), warnings=tuple(warnings))


_RULE = re.compile(r"[ \t]*-{3,}[ \t]*")


def _head(lines: list[_text.Line], sep_start: int) -> tuple[list[_text.Line], _text.Line | None]:
    """The lines above a table's separator: (caption lines, the header row's first line).

    The header row is the line just above the separator, or, when that line holds no pipe, the
    nearest line above it that does: html2text writes a cell's line breaks as lines of their own
    ("| Date | 7 November – 23 December 2004" over "(1 month, 2 weeks and 2 days)"). html2text
    also writes a first row of one cell, the box's caption, as its title over a rule ("Second
    Battle of Fallujah" over "---"); the title and the one-cell rows after it ("Part of the Iraq
    War", an image, its caption) are the caption lines, kept as rows of their own above the header."""
    block: list[_text.Line] = []
    for ln in reversed([ln for ln in lines if ln.end < sep_start]):
        if ln.blank:
            break
        block.insert(0, ln)
    if not block:
        return [], None
    piped = [i for i, ln in enumerate(block) if "|" in ln.text]
    if not piped:
        return [], block[-1]
    head = piped[-1]
    rule = next((i for i in range(head - 1, 0, -1) if _RULE.fullmatch(block[i].text)), None)
    if rule is None:
        return [], block[head]
    return [ln for ln in block[rule - 1:head] if not _RULE.fullmatch(ln.text)], block[head]


def _caption_rows(text: str, caption: list[_text.Line], rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """The caption lines as one-cell rows above the header row, which loses the empty cell before
    a pipe it alone opens with ("| Date | 7 November …" in a table whose rows open with none)."""
    header = rows[0]
    if len(header) > 1 and not header[0].text(text):
        header = header[1:]
    return [[_Cell(ln.start, ln.end)] for ln in caption] + [header] + rows[1:]


# A page property above the table: "Date: November 20, 1943 → November 23, 1943" (a Notion export).
_PROPERTY = re.compile(r"^(?P<label>[A-Z][A-Za-z ]{1,25}):[ \t]+(?P<value>\S.*)$")


def _property_lines(text: str, lines: list[_text.Line], end: int) -> list[RawField]:
    """Fields from "Label: value" lines between the title and the table (or the first section
    heading): the properties a notes app writes above the page it clipped."""
    fields: list[RawField] = []
    for ln in lines[1:]:
        if ln.start >= end or ln.text.startswith("#"):
            break
        m = _PROPERTY.match(ln.text.strip())
        found = field_for_label(m["label"]) if m else None
        if not found or found[0] in SIDE_KEYS:
            continue
        start = ln.start + ln.text.index(m["value"])
        link = _PAGE_LINK.search(ln.text)  # "Pacific War (../Pacific%20War%205c1e….md)": a linked page
        if f := _text.field(text, found[0], start, ln.start + link.start() if link else ln.end):
            fields.append(f)
    return fields


_PAGE_LINK = re.compile(r"\s*\((?:\.{1,2}/)?[^()\s]+\.md\)\s*$")
# A toggle whose title is a section label: "- Commanders and leaders", its content indented below.
_TOGGLE = re.compile(r"^[-*]\s+(?P<label>[A-Z][\w ]+?)\s*$")
_BOLD_LABEL = re.compile(r"^\*\*(?P<side>[^*]+?):?\*\*:?\s*(?P<value>.*)$")
_BULLET = re.compile(r"^[-*]\s+")


def _toggle_sections(text: str, lines: list[_text.Line], end: int) -> list[RawField]:
    """Per-side fields from a notes app's toggles above the table: a toggle titled with a section
    label, its content a bold side name per column, with the entries after it ("**Japan:** 3rd
    Special Base Defense Force, …") or as bullets under it."""
    fields: list[RawField] = []
    i = 0
    while i < len(lines) and lines[i].start < end:
        m = _TOGGLE.match(lines[i].text)
        key = _text.section_key(m["label"]) if m else None
        i += 1
        if key not in SIDE_KEYS:
            continue
        side = -1
        while i < len(lines) and (lines[i].blank or lines[i].text[:1] in " \t"):
            ln, body = lines[i], lines[i].text.strip()
            i += 1
            if (b := _BOLD_LABEL.match(body)) is not None:
                side += 1
                value = b["value"].strip()
                if value and (f := _text.field(text, key, ln.start + ln.text.rindex(value), ln.end, side)):
                    fields.append(f)
            elif body and side >= 0 and (f := _text.field(text, key, ln.start + ln.text.index(body), ln.end, side)):
                fields.append(dataclasses.replace(f, text=_BULLET.sub("", f.text)))
    return fields


# Section labels a header must name, besides its first cell, to be a sideways box's.
_MIN_SIDE_COLUMNS = 2


# html2text's rule under a head of one cell (a box's caption) over rows of two: "Battle of Palma" / "---" /
# "Date | 24 March – 5 April 2021" (markdown's underlined heading has no such rows under it).
_LONE_RULE = re.compile(r"^(?P<lead>\|)?[ \t]*-{3,}[ \t]*\r?$", re.MULTILINE)
_ROW_LINE = re.compile(r"\S[ \t]+\|[ \t]+\S")
_LONE_RULE_ROWS = 2  # rows with a cell bar among the lines under the rule
_LONE_RULE_WINDOW = 15


def _lone_rule(text: str) -> re.Match[str] | None:
    """The first rule of dashes alone on its line under a line of text with rows of cells below it."""
    for m in _LONE_RULE.finditer(text):
        before = text[:m.start()].rstrip("\r\n").rsplit("\n", 1)[-1]  # the line right above it
        below = text[m.end():].split("\n", _LONE_RULE_WINDOW + 1)[1:_LONE_RULE_WINDOW + 1]
        if before.strip() and sum(1 for ln in below if _ROW_LINE.search(ln)) >= _LONE_RULE_ROWS:
            return m
    return None


def _table_rows(text: str, start: int, sep: re.Match[str], end: int) -> list[list[_Cell]]:
    width = sep.group().strip().strip("|").count("|") + 1
    if width == 1 and not sep.group("lead"):  # a lone rule: as wide as the widest row under it
        width = 1 + max((ln.count(" | ") for ln in text[sep.end():end].splitlines()), default=1)
    if width == 1:  # a row per line, each as wide as it is
        return [_cells(text, start, sep.start())[1:]] + [
            _cells(text, ln.start, ln.end)[1:] for ln in _text.lines_of(text[:end])
            if ln.end > sep.end() and ln.text.lstrip().startswith("|")]
    if not sep.group("lead") and _rows_by_line(text, sep.end(), end, width):
        return [_cells(text, start, sep.start())] + _line_rows(text, sep.end(), end, width)
    return _rows(text, start, sep.start(), sep.end(), end, width, bool(sep.group("lead")))


def _cell_lines_after(lines: list[_text.Line], end: int) -> int:
    """The end of the table whose last pipe ends a line at ``end``: the lines right under it that
    are no prose are its last cell's ("4 killed (UK) | 1,200 killed" over "1,500 captured")."""
    for ln in lines:
        if ln.start <= end:
            continue
        if ln.blank or "|" in ln.text or _text.is_prose(ln.text) or ln.text.lstrip().startswith("#"):
            break
        end = ln.end
    return end


def _rows_by_line(text: str, start: int, end: int, width: int) -> bool:
    """Whether a table's rows are its lines, as html2text writes them: no pipe opens or closes a
    line, none holds more than the pipes between its columns, and some lines hold no pipe at all
    (a section's label, or a line break inside a cell)."""
    body = [ln for ln in text[start:end].splitlines() if ln.strip()]
    borderless = all(ln.count("|") < width and not ln.strip().startswith("|") and not ln.strip().endswith("|")
                     for ln in body)
    # (or every line holds a row's pipes exactly: a borderless table a writer kept one row a line, Markdeep's)
    return borderless and (any("|" not in ln for ln in body) or all(ln.count("|") == width - 1 for ln in body))


def _first_table_end(text: str, start: int, end: int) -> int:
    """Where the first of the tables between a separator (ending at ``start``) and ``end`` ends: at the
    blank line before the next table's header row, when another separator follows (a box written as
    two tables, facts then sides, whose widths differ); else ``end``."""
    nxt = _SEPARATOR.search(text, start, end)
    if nxt is None:
        return end
    header_start = text.rfind("\n", start, text.rfind("\n", start, nxt.start()) ) + 1  # the line above it
    before = text[:header_start].rstrip()
    return len(before) if "\n\n" in text[len(before):header_start + 1] and len(before) > start else end


_MD_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_ROW_END = re.compile(r"\|[ \t]*$", re.MULTILINE)


def _prose_before_heading(text: str, start: int, end: int) -> int:
    """Where the table ends when no blank line ends it (Crawl4AI writes the lead right under the
    box's last row, then "## Background"): at the last row's end before the first heading after
    the rule, when prose stands between them (a heading is never inside a table)."""
    heading = _MD_HEADING_LINE.search(text, start, end)
    if heading is None:
        return end
    rows = list(_ROW_END.finditer(text, start, heading.start()))
    if not rows:
        return end
    cut = rows[-1].end()
    between = text[cut:heading.start()]
    return cut if any(_text.is_prose(line) for line in between.splitlines()) else end


def _section_follows(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a box section's label ("Belligerents"): the table goes on past the
    blank line before it (html2text leaves one after a cell's list)."""
    line = text[at:text.find("\n", at) if "\n" in text[at:] else len(text)]
    return _text.section_key(line.strip().strip("*_")) is not None


def _opens_row(cell: str) -> bool:
    """Whether a line's first cell is a row's label ("Date | 24 March 2021"), which opens a row of its own."""
    label = cell.strip().strip("*_")
    return bool(label) and (field_for_label(label) is not None or _text.inline_label(label) is not None)


def _line_rows(text: str, start: int, end: int, width: int) -> list[list[_Cell]]:
    """The rows of a table written a line per row (see _rows_by_line). A line without a pipe is a
    section's label (a row of its own), the first line of a row after a label, or else the next
    line of the cell above it; a line with pipes finishes a row left short or opens a new one."""
    rows: list[list[_Cell]] = []
    row: list[_Cell] = []
    label = False  # the open row is a section's label alone
    for ln in _text.lines_of(text[:end]):
        if ln.end <= start or ln.blank:
            continue
        pieces = _cells(text, ln.start, ln.end)
        if len(pieces) == 1:
            piece = pieces[0]
            if _text.section_key(piece.text(text)) or label or not row:
                if row:
                    rows.append(row)
                row, label = [piece], bool(_text.section_key(piece.text(text)))
            else:
                row[-1] = _Cell(row[-1].start, piece.end)
            continue
        if row and not label and len(row) < width and not _opens_row(pieces[0].text(text)):
            row[-1] = _Cell(row[-1].start, pieces[0].end)
            row.extend(pieces[1:])
        else:
            if row:
                rows.append(row)
            row, label = list(pieces), False
    if row:
        rows.append(row)
    return rows


def _is_row_label(cell: str) -> bool:
    """A cell that is a box row's whole label ("Date"): a header row "| Date | 24 May 1822 |" is the
    first row of a box's table, not its caption or its column heads."""
    return bool((hit := _text.inline_label(cell)) and hit[0] and not cell[hit[1]:].strip())


def table_fields(text: str, start: int, end: int) -> list[RawField]:
    """Infobox fields of one pipe table in text[start:end] (its header line to its last row), for
    a shape whose body holds the box's rows as a table ("| Commanders | |" over two columns).
    A header naming no section is the box's caption, not a field here."""
    sep = _SEPARATOR.search(text, start, end)
    if not sep:
        return []
    return [f for f in _fields(text, _table_rows(text, start, sep, end)) if f.key != "name"]


_SIDE_TABLE_REACH = 4000  # characters after the box a table of its sides may start within


def side_rows_table(text: str, start: int) -> list[RawField]:
    """A box's sides written as a table of their own after it, a row per side and a column per
    per-side label ("| Side | Belligerents | Commanders and leaders |" over "| Side 1 | … |"), as a
    student retyping the box in a word processor lays it out: the first such table after ``start``."""
    for sep in _SEPARATOR.finditer(text, start, min(len(text), start + _SIDE_TABLE_REACH)):
        head_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, sep.start()))) + 1
        gap = _TABLE_GAP.search(text, sep.end())
        rows = _table_rows(text, head_start, sep, gap.start() if gap else len(text))
        if rows and (keys := _column_keys(text, rows[0])) is not None:
            return _side_rows(text, rows, keys)
    return []


# A table inside a cell that a converter ran into its row's line (markdownify): "| |  |  | | --- | --- |
# | Date | February 23 – March 6, 1836 | | Location | … | | Result | Mexican victory | | |".
_NESTED_SEPARATOR = re.compile(r"(?<=\S)[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+")


def _nested_rows(text: str, start: int, end: int) -> list[RawField]:
    """The label-and-value rows of tables nested in a cell and run into one line: after the inner
    table's separator, a cell holding a row label ("Date", "Location", "Result") gives the next
    non-empty cell as its value."""
    fields: list[RawField] = []
    for sep in _NESTED_SEPARATOR.finditer(text, start, end):
        line_end = text.find("\n", sep.end(), end)
        cells = [c for c in _cells(text, sep.end(), end if line_end < 0 else line_end) if c.text(text)]
        for label, value in zip(cells, cells[1:]):
            hit = _text.inline_label(label.text(text))
            if hit and hit[0] and not label.text(text)[hit[1]:].strip() and not _text.inline_label(value.text(text)) \
                    and (f := _cell_field(text, hit[0], value)):
                fields.append(f)
    return fields


def _cell_field(text: str, key: str, cell: _Cell, side: int | None = None, skip: int = 0) -> RawField | None:
    """A field for a cell's text, without its first ``skip`` characters (an inline label's)."""
    if isinstance(cell, _GridCell):
        content = cell.content[skip:].strip()
        return RawField(key, content, side, Span(cell.start, cell.end)) if content else None
    raw = text[cell.start:cell.end]
    start = cell.start + (len(raw) - len(raw.lstrip()) + skip if skip else 0)
    return _field(text, key, start, cell.end, side)


# Links run together in a side's cell where a converter lost its line breaks (trafilatura):
# "[Spanish Republic](…) [International Brigades](…)", "Gen. [Mario Roatta](…) Gen. [José Moscardó](…)",
# "[Gran Colombia](…) ![](flag.png) [Protectorate of Peru](…)" (a flag between them).
_ADJACENT_LINKS = re.compile(r"(?<=\))[ \t\u00a0]+(?=(?:!\[[^\]]*\]\([^)\s]*\)[ \t\u00a0]*)*(?:[A-Z][a-z]{1,5}\.[ \t]+)*\[[^\]\\\[])")
# … and in a units cell, a unit after a unit's last word ("14th Division [XI International Brigade](…)",
# "11th Division 12th Division"); in a losses or strength cell, a figure after a claim's parenthesis
# ("… (Republican claim) c. 500 killed, …").
_ADJACENT_UNITS = re.compile(r"\b(?P<tail>Division|Brigade|Corps|Regiment|Battalion|Army|Fleet|Squadron|Group|Force)"
                             r"[ \t]+(?=\[[^\]\\\[]|\d+(?:st|nd|rd|th)\b|[IVXL]+ (?-i:[A-Z])|"
                             # "Yaguachi Battalion Paya Battalion": a named unit of the same kind after it
                             r"(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2} (?P=tail)\b)")
# … and in a commanders cell, a name written out after a linked one ("[Melchor Aymerich](…) Nicolás López").
_ADJACENT_NAME = re.compile(r"(?<=\))[ \t\u00a0]+(?=(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z])[\w'’-]+)")
_ADJACENT_FIGURES = re.compile(r"(?<=\))[ \t]+(?=(?:c\.|ca\.|about|over|some)?[ \t]*\d)")


def _field(text: str, key: str, start: int, end: int, side: int | None = None) -> RawField | None:
    """A field over a cell's span, its text without the cell's markup."""
    f = _text.field(text, key, start, end, side)
    if f is None or not _marked(f.text):
        return f
    raw = _ADJACENT_LINKS.sub("\n", f.text) if key in SIDE_KEYS and "](" in f.text else f.text
    if key == "units":
        raw = _ADJACENT_UNITS.sub(lambda m: m["tail"] + "\n", raw)
    elif key == "commanders" and "](" in raw:
        raw = _ADJACENT_NAME.sub("\n", raw)
    elif key in ("casualties", "strength"):
        raw = _ADJACENT_FIGURES.sub("\n", raw)
    clean = "\n".join(ln.strip() for ln in _unmarked(raw).splitlines() if ln.strip())
    return dataclasses.replace(f, text=clean) if clean else None


# Box rows a converter ran into one cell, each label glued to its value (node-html-markdown):
# "Date15–20 October 2017Location[Kirkuk Governorate](…), IraqResultIraqi government victory".
_GLUED_LABEL = re.compile(r"(?<![A-Z])(Date|Location|Place|Result|Territorial changes)(?=[\d\[A-Z])")
_MIN_GLUED = 2


def _spans(cell: str, n: int) -> bool:
    """Whether a cell's text is one a box writes across its columns: its caption (the first row), a
    section's label, a "Part of …" line."""
    return n == 0 or bool(_text.section_key(cell)) or cell.casefold().startswith("part of ")


def _glued_rows(text: str, cell: _Cell) -> list[RawField]:
    """The fields of a cell holding two or more box rows run together, or []."""
    raw = text[cell.start:cell.end]
    marks = [m for m in _GLUED_LABEL.finditer(raw) if field_for_label(m[1])]
    lead = len(raw) - len(raw.lstrip())
    if len(marks) < _MIN_GLUED or marks[0].start() != lead:
        return []
    out = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        end = cell.start + (nxt.start() if nxt else len(raw.rstrip()))
        if f := _field(text, field_for_label(m[1])[0], cell.start + m.end(), end):
            out.append(f)
    return out


_HTML_ROW = re.compile(r"<tr[^>]*>\s*<th[^>]*>(?P<label>[^<]{1,60})</th>\s*<td[^>]*>(?P<value>.*?)</td>\s*</tr>",
                       re.IGNORECASE | re.DOTALL)


def _html_rows(text: str, cell: _Cell) -> list[RawField]:
    """The fields of an HTML table a cell holds, a row per label and value, or []."""
    raw = text[cell.start:cell.end]
    if "<table" not in raw.lower():
        return []
    out = []
    for m in _HTML_ROW.finditer(raw):
        if (found := field_for_label(m["label"].strip())) and found[0] not in SIDE_KEYS and (
                f := _field(text, found[0], cell.start + m.start("value"), cell.start + m.end("value"))):
            out.append(f)
    return out


_CELL_LINE_BREAK = re.compile(r"&#(?:x[aA]|10);|\n")
_TABBED_ROW = re.compile(r"^\s*(?P<label>[^\t|]{2,40}?)\t+(?P<value>\S)")


def _tabbed_rows(text: str, cell: _Cell) -> list[RawField]:
    """The fields of a nested table a converter flattened into one cell, a row a line and a tab
    between label and value, its line breaks written as entities ("Date<TAB>25–30 January
    1789&#xA;Location<TAB>Ngọc Hồi…&#xA;Result<TAB>…"), or []."""
    raw = text[cell.start:cell.end]
    if "\t" not in raw:
        return []
    out, pos, last_key = [], 0, None
    for stop in [*(m.start() for m in _CELL_LINE_BREAK.finditer(raw)), len(raw)]:
        line = raw[pos:stop]
        m = _TABBED_ROW.match(line)
        found = field_for_label(m["label"].strip()) if m else None
        if found and (f := _field(text, found[0], cell.start + pos + m.start("value"), cell.start + stop, found[1])):
            out.append(f)
            last_key = found[0]
        elif out and last_key and line.strip() and (f := _field(text, last_key, out[-1].span.start, cell.start + stop)):
            out[-1] = dataclasses.replace(f, text=f"{out[-1].text}\n{line.strip()}")  # a value's next line
        pos = stop + (len(_CELL_LINE_BREAK.match(raw, stop)[0]) if stop < len(raw) else 0)
    return out if len(out) >= _MIN_GLUED else []


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """Cells between start and end: each "|" closes one."""
    out, pos = [], start
    for i in range(start, end):
        if text[i] == "|":
            out.append(_Cell(pos, i))
            pos = i + 1
    if text[pos:end].strip():
        out.append(_Cell(pos, end))  # a last row missing its closing pipe
    return out


def _rows(text: str, head_start: int, sep_start: int, sep_end: int, end: int, width: int,
          leading_pipe: bool) -> list[list[_Cell]]:
    """The table's rows: the header row, then the body cut into rows of `width` cells.

    With leading pipes ("| a | b |") every row has one more pipe, whose empty cell is dropped.
    """
    per_row = width + 1 if leading_pipe else width
    header = _cells(text, head_start, sep_start)
    rows = [header[1:] if leading_pipe else header]
    row: list[_Cell] = []
    # html2text may close a row with a pipe and leave its last column out ("Date | 8 – 25 December
    # 1941 |" under "---|---|---"): a row ends at a pipe that ends its line, its last cell empty
    short_rows = not leading_pipe and len(header) == width - 1 and text[head_start:sep_start].rstrip().endswith("|")

    def close() -> None:
        if row:
            rows.append(row[1:] if leading_pipe else list(row))
            row.clear()

    opening = 1 if leading_pipe else 0  # cells a row holds before its first real one
    for cell in _cells(text, sep_end, end):
        if len(row) != opening and _text.section_key(cell.text(text)) and (not row or row[-1].text(text) != cell.text(text)):
            # (a section label written again in the next column is one spanning cell: docling)
            # A section label opens a row: a mirror's rows are not always `width` cells wide (a
            # padding run one pipe short), and counting on would put every later cell a column off.
            lead = row.pop() if leading_pipe and row and not row[-1].text(text) else _Cell(cell.start, cell.start)
            close()
            if leading_pipe:
                row.append(lead)
        row.append(cell)
        if short_rows and len(row) == per_row - 1 and text[cell.end + 1:cell.end + 2] in ("\n", "\r", ""):
            row.append(_Cell(cell.end + 1, cell.end + 1))
        if len(row) == per_row:
            close()
    close()
    return rows


def _column_keys(text: str, header: list[_Cell]) -> list[str | None] | None:
    """The per-side key each column of a header names, when the table is the box turned on its side
    ("| Side | Strength | Casualties and losses |": a row per side, a column per section), else None."""
    keys = [_text.section_key(c.text(text)) for c in header]
    named = [k for k in keys[1:] if k in SIDE_KEYS]
    return keys if len(named) >= _MIN_SIDE_COLUMNS and keys[0] is None else None


def _side_rows(text: str, rows: list[list[_Cell]], keys: list[str | None]) -> list[RawField]:
    """A sideways box's fields: each row one side, its first cell the side's belligerent."""
    fields: list[RawField] = []
    for side, row in enumerate(r for r in rows[1:] if any(c.text(text) for c in r)):
        for i, cell in enumerate(row):
            # the first cell is the side's belligerent, unless a column says which ("| Side 1 | United States |")
            key = keys[i] if i < len(keys) and keys[i] else "belligerents" if i == 0 and "belligerents" not in keys else None
            if key in SIDE_KEYS and (f := _cell_field(text, key, cell, side)):
                fields.append(f)
    return fields


_COLUMN_HEADS = frozenset({"field", "fields", "details", "detail", "item", "value", "property", "attribute", "key",
                           "label", "fact", "facts", "information", "info", "data", "description", "category"})


def _fields(text: str, rows: list[list[_Cell]]) -> list[RawField]:
    if rows and (keys := _column_keys(text, rows[0])) is not None:
        return _side_rows(text, rows, keys)
    fields: list[RawField] = []
    section: str | None = None
    rows_in_section = widest = 0
    label_column = 0  # 1 when the section's label row held its values beside the label
    for n, row in enumerate(rows):
        filled = [(i, c) for i, c in enumerate(row) if c.text(text)]
        if not filled:
            continue
        if len(filled) > 1 and len({c.text(text) for _, c in filled}) == 1 and _spans(filled[0][1].text(text), n):
            # a caption or a section's label written into every column it spans (docling): one cell (two
            # sides' equal values, "100 killed | 100 killed", stay two)
            filled = filled[:1]
        if len(filled) == 1 and not isinstance(filled[0][1], _GridCell) and (
                glued := _glued_rows(text, filled[0][1]) or _html_rows(text, filled[0][1])
                or _tabbed_rows(text, filled[0][1])):
            # "Date15–20 October 2017Location…ResultIraqi government victory": rows run into a cell; a cell
            # holding the box's nested table as HTML (mdream: "| <table><tr><th>Date</th><td>…</td></tr>… |")
            fields += glued
            continue
        if n == 0 and not (filled[0][0] == 0 and _text.section_key(filled[0][1].text(text))) \
                and not (len(filled) == 2 and filled[0][0] == 0 and _is_row_label(filled[0][1].text(text))):
            # header row: the infobox caption, i.e. the operation's name, unless it is a section's label
            # or a table's column heads ("| Field | Details |")
            if filled[0][1].text(text).casefold() not in _COLUMN_HEADS and (f := _cell_field(text, "name", filled[0][1])):
                fields.append(f)
            continue
        first_i, first = filled[0]
        label = first.text(text)
        key = _text.section_key(label) if first_i == 0 else None
        offset = 0  # column of side 0: 1 when the section label sits in the row's first cell
        if key:
            section, rows_in_section = key, 0
            filled, offset = filled[1:], 1  # a label cell with its columns beside it
            label_column = 1 if filled else 0
            if not filled:
                continue
        elif first_i > 0 and label_column:
            offset = 1  # "| | Rally of Forces for Change | /Supported by:/ |": the label column left empty
        elif first_i == 0 and (hit := _text.inline_label(label)):
            section = None
            value = first if first.text(text)[hit[1]:].strip() else (filled[1][1] if len(filled) > 1 else None)
            if hit[0] and value and (f := _cell_field(text, hit[0], value, skip=hit[1] if value is first else 0)):
                fields.append(f)
            continue
        if section not in SIDE_KEYS:
            continue  # map captions and legends between the rows
        full_width = rows_in_section > 0 and len(filled) == 1 and filled[0][0] == 0
        # under a row of both sides' losses, a row across the box counts the civilians'
        key = "civilian_casualties" if full_width and section == "casualties" and widest > 1 else section
        for i, c in filled:
            if f := _cell_field(text, key, c, None if full_width else i - offset):
                fields.append(f)
        rows_in_section += 1
        widest = max(widest, len(filled)) if rows_in_section > 1 else len(filled)
    return fields


def _paragraphs(text: str, lines: list[_text.Line], table_start: int, table_end: int,
                title: str) -> list[Paragraph]:
    """Prose lines (or runs of lines) before and after the table."""
    out: list[Paragraph] = []
    heading: str | None = None
    run: list[_text.Line] = []

    def flush() -> None:
        nonlocal heading
        if not run:
            return
        start, end = run[0].start, run[-1].end
        body = text[start:end]
        if _text.is_prose(body):
            if not is_non_prose_section(heading) and (p := _text.paragraph(text, start, end, heading)):
                out.append(p)
        elif len(run) == 1 and _text.is_heading(body) and _text.clean_title(body) != title and not _CLIP_HEADER.match(body) \
                and not _LIST_ITEM.match(body):
            heading = _text.clean_title(body)
        run.clear()

    for n, ln in enumerate(lines):
        if ln.blank or table_start <= ln.start < table_end or _text.PANDOC_FENCE.match(ln.text):
            flush()
        elif _text.is_heading(ln.text) and (_ATX.match(ln.text) or (
                (not run or _text.ends_sentence(run[-1].text)) and not _wraps_on(ln.text, lines[n + 1:n + 2]))):
            # a title or heading line stands alone (the short last line of a wrapped paragraph does
            # not, nor its first line when it runs on: "The army of [Marshal" / "Osk](/wiki/Osk) reached …")
            flush()
            run.append(ln)
            flush()
        else:
            run.append(ln)
    flush()
    return out


def _wraps_on(line: str, following: list[_text.Line]) -> bool:
    """Whether a line runs on into the next: a link left open, or a next line opening in lower case."""
    nxt = following[0].text.lstrip() if following and not following[0].blank else ""
    return bool(nxt) and (line.count("[") > line.count("]") or nxt[:1].islower())


def unwrapped(text: str, paragraphs: list[Paragraph]) -> str:
    """The text with each paragraph's wrapped lines joined (a converter wraps prose at 72 or 78
    columns, and a line break ends a sentence): a line break inside a paragraph becomes a space,
    so every span stays where it was. A line opening a list item keeps its break."""
    if not any("\n" in text[p.span.start:p.span.end] for p in paragraphs):
        return text
    chars = list(text)
    for p in paragraphs:
        at = text.find("\n", p.span.start, p.span.end)
        while at >= 0:
            if not _LIST_ITEM.match(text, at + 1):
                chars[at] = " "
            at = text.find("\n", at + 1, p.span.end)
    return "".join(chars)


_ATX = re.compile(r"^\s*#{1,6}\s")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}\.|[*+-])\s")  # "6.  **^** Meyer, …": a numbered reference, no heading


read = _text.never_raising(SHAPE, _read)


# A table written as a list of lists, MyST's and reStructuredText's ``list-table`` directive: a row
# per "* - " item, a cell per "  - " item under it, a cell's own list ("  - - Ceasefire") its lines.
LIST_TABLE = re.compile(r"^(?P<fence>:::+|`{3,}|\.\. )\s*\{?list-table\}?:{0,2}[^\n]*\n(?P<body>.*?)"
                        r"(?=^(?P=fence)[ \t]*$|\n[ \t]*\n(?![ \t]*[*:-])|\Z)", re.MULTILINE | re.DOTALL)
_LIST_TABLE_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<row>\* )?- ?(?P<rest>.*)$")


def list_table_fields(text: str, start: int, end: int) -> list[RawField]:
    """Infobox fields of a list-table directive's body in text[start:end]."""
    rows: list[list[_GridCell]] = []
    cell_indent = None
    for ln in _text.lines_of(text[:end]):
        if ln.end <= start or not ln.text.strip():
            continue
        m = _LIST_TABLE_ITEM.match(ln.text)
        if m is None:
            if rows and rows[-1] and not ln.text.lstrip().startswith(":"):
                last = rows[-1][-1]  # a cell's text wrapped on its next line
                rows[-1][-1] = _GridCell(last.start, ln.end, f"{last.content} {ln.text.strip()}".strip())
            continue
        indent = len(m.group("indent"))
        rest = m.group("rest").strip()
        if m.group("row"):
            rows.append([])
            cell_indent = indent + 2
            rows[-1].append(_GridCell(ln.start, ln.end, _list_cell_text(rest)))
        elif rows and cell_indent is not None and indent <= cell_indent:
            rows[-1].append(_GridCell(ln.start, ln.end, _list_cell_text(rest)))
        elif rows and rows[-1]:  # a deeper item: another line of the cell's own list
            last = rows[-1][-1]
            rows[-1][-1] = _GridCell(last.start, ln.end, "\n".join(x for x in (last.content, _list_cell_text(rest)) if x))
    return [f for f in _fields(text, rows) if f.key != "name"] if rows else []


def _list_cell_text(rest: str) -> str:
    return _text.unlinked(rest[2:] if rest.startswith("- ") else rest).strip()
