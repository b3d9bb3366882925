"""Reader for a flattened rendered page: title line, the infobox as lines, then the narrative.

The infobox keeps its labels: inline ones ("Date21 March – 15 June 2014", "Result Syrian
government victory", "Part of the Syrian civil war") and section rows alone on a line
("Belligerents", "Commanders and leaders", "Strength", "Casualties and losses") whose columns
follow one after the other. Columns are not marked, so per-side fields get ``side=None``;
``extract.columns.assign_sides`` splits them. Map legends and rendered durations are skipped.
Narrative blocks become paragraphs under the last heading seen.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import SIDE_KEYS, Document, Paragraph, RawField, Span
from warfile.readers import _text
from warfile.readers._text import Line
from warfile.readers.labels import BOX_TITLE_PREFIX, BOX_TITLE_SUFFIX, is_non_prose_section

SHAPE = "plain"

# score(): each labelled infobox row found adds this much. Three rows (e.g. Belligerents,
# Casualties and losses, a glued Date) reach 0.75, above every other reader on seed 000, while a
# stray "Strength" in prose stays under MIN_CONFIDENCE alone.
_CUE_WEIGHT = 0.25
# Markup that belongs to another shape: a plain page has none of it.
_OTHER_SHAPE = re.compile(r"^(?:---\s*$|\{\{|<[a-zA-Z!]|=+ .* =+\s*$|- \w+: |#{1,6} \S)|\|\s*\|\s*\|", re.MULTILINE)


# Labelled rows a block needs, after a lead paragraph, for the infobox to be read from it.
_ROWS_TO_RESUME = 2
# … counted over this many blocks from the one that opens the box: a Kiwix page puts the box's
# caption and "Part of" in one block, the map legend and "Date" in the next.
_BLOCKS_TO_RESUME = 3
# Lines holding text searched for the infobox caption above the first labelled row.
_CAPTION_WINDOW = 80
_IMAGE_NAME = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?)\b|^(?:map|file|image)\b", re.IGNORECASE)
_NAMED = re.compile(r"[A-Z0-9]")  # a caption names something: it holds a capital or a figure
# A line opening with a figure ("400 killed", "c. 2,000 soldiers", "~300"): an infobox value.
# A mark opening each side's line of a box row ("▸ Sri Lanka" / "▸ Liberation Tigers of Tamil Eelam").
_SIDE_MARK = re.compile(r"[ \t]*[▸►▶][ \t]*")
# "Contents: 1. Background · 2. Battle", "Contents: Background · First battle · Losses and reprisals"
_TOC_LINE = re.compile(r"^(?:contents|table of contents)\s*:\s*(?:1\.?\s+\S|[^·•|]+\s[·•|]\s)", re.IGNORECASE)
# A line heading one side's rows in a box regrouped by side: "━━ Side 1", "— Side B —", "Side 2:".
_SIDE_HEAD = re.compile(r"^[\W_]*\bSide [1-4A-D]\b[\W_]*$", re.IGNORECASE)
_COORDINATES = re.compile(r"^Coordinates\s*:?\s*[-−\d]")
_TOC_HEAD = re.compile(r"^(?:contents|table of contents)$", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^\d+(?:\.\d+)*\s+\S")
_FIGURE_VALUE = re.compile(r"^\s*(?:c\.|ca\.|~|over|about|at least|up to)?\s*\d[\d,.]*\+?(?:\s|$)", re.IGNORECASE)


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    lines = [ln.text.strip() for ln in _text.lines_of(head)]
    cues = {k for ln in lines if (k := _text.section_key(ln))}
    # the cheap label match first: only a labelled line is worth the prose test
    cues |= {f"inline:{key}" for ln in lines
             if (hit := _text.inline_label(ln)) and (key := hit[0]) and ln[hit[1]:].strip()
             and not _text.is_prose(ln)}
    cues |= {f"run:{key}" for ln in lines for key, _, _ in _text.labelled_pieces(ln) if key}
    s = min(0.9, _CUE_WEIGHT * len(cues))
    if _OTHER_SHAPE.search(head):
        s *= 0.3
    return s



# Markdown a converter escaped throughout (mammoth: "Franco\-Thai War", "K\.S\."), read as a flattened
# page: its escapes and links are undone first, and the document's text is the text so read.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MIN_ESCAPES = 12
_STRONG = re.compile(r"(?<![\w*_])(\*\*|__)(\S(?:[^*_\n]*?\S)?)\1(?![\w*_])")  # "__Battle of Ko Chang__"


def _unescaped(text: str) -> str:
    if len(_MARKDOWN_ESCAPE.findall(text, 0, _text.SCORE_WINDOW * 4)) < _MIN_ESCAPES:
        return text
    return _STRONG.sub(r"\2", _text.unlinked(_MARKDOWN_ESCAPE.sub(r"\1", text)))


# inscriptis writes a citation mark with spaces inside it: "ships. [ 1 ] After stops".
_SPACED_MARK = re.compile(r"\[ (\d{1,3}|[a-z]) \]")
_MIN_SPACED_MARKS = 3


# Debian's html2text (1.3.2a) writes a link's words joined by underscores: "the Third_Anglo-Ashanti_War".
# Where a page holds many, each underscore between letters is a space (one character for one, so
# spans keep their places).
_UNDERSCORED = re.compile(r"(?<=[^\W\d_])_(?=[^\W_])")
_UNDERSCORED_LINK = re.compile(r"\b[A-Z][a-z]+_[a-zA-Z]")
_MIN_UNDERSCORED_LINKS = 12


def _spaced_links(text: str) -> str:
    if len(_UNDERSCORED_LINK.findall(text, 0, _text.SCORE_WINDOW * 4)) < _MIN_UNDERSCORED_LINKS:
        return text
    return _UNDERSCORED.sub(" ", text)


def _read(text: str) -> Document:
    text = _spaced_links(_unescaped(text))
    if text.count("[ ") >= _MIN_SPACED_MARKS and len(_SPACED_MARK.findall(text)) >= _MIN_SPACED_MARKS:
        text = _SPACED_MARK.sub(r"[\1]", text)
    if _text.shouting(text):
        text = _text.sentence_cased(text)  # a teletype cable: "ON APRIL 24, 1965 A GROUP OF YOUNG OFFICERS …"
    lines = _text.lines_of(text)
    title = _title(lines)
    fields: list[RawField] = []
    paragraphs: list[Paragraph] = []
    warnings: list[str] = []
    heading: str | None = None
    section: str | None = None  # the section row the following lines belong to
    section_lines: list[Line] = []
    seen_body = False
    pending: str | None = None  # a bare inline label waiting for its value line
    # a side's numbered row whose value runs on over the next lines ("Commander1: Man Singh I" over
    # "Asaf Khan"): its field's index while its lines last
    running: int | None = None
    toc = False  # inside a table of contents
    toc_end = -1  # where a contents list closed by "Toggle the table of contents" ends
    grid: tuple[str, list[int], int] | None = None  # a padded row's key, where its columns start, and where its first does in the line
    tabbed: str | None = None  # the key of the last row whose cells a tab keeps apart
    cell_row: tuple[str, int] | None = None  # (key, side) of a row whose cells' lines run on below it
    group: int | None = None  # the side a fact sheet's group row names ("F. Opposing forces:"), for its rows
    groups = 0  # a fact sheet's group rows read so far
    lettered: int | None = None  # the indentation of the fact sheet's row last read, if a lettered one

    def close_section() -> None:
        nonlocal section, section_lines
        if section in SIDE_KEYS and (columns := _text_columns(text, section_lines)):
            # "* Kingdom of Portugal        Saadi Sultanate" over "* Saadi loyalists   Supported by:": a
            # text browser's or inscriptis's box, each side's entries in a column of its own
            fields.extend(f for side, spans in enumerate(columns)
                          for a, b in spans if (f := _text.field(text, section, a, b, side)))
            section, section_lines = None, []
            return
        marked = next((i for i, ln in enumerate(section_lines) if not _SIDE_MARK.match(ln.text)), len(section_lines))
        if section and marked > 1:
            # "▸ Sri Lanka" over "▸ Liberation Tigers of Tamil Eelam": a line per side, each opened by its
            # mark; unmarked lines after them ("Civilians: 3 killed") are the row's, for the columns rules
            for side, ln in enumerate(section_lines[:marked]):
                mark = _SIDE_MARK.match(ln.text)
                if f := _text.field(text, section, ln.start + mark.end(), ln.end, side if section in SIDE_KEYS else None):
                    fields.append(f)
            rest = section_lines[marked:]
            if rest and (f := _text.field(text, section, rest[0].start, rest[-1].end)):
                fields.append(f)
            section, section_lines = None, []
            return
        if section and section_lines:
            start = section_lines[0].start
            f = _text.field(text, section, start, section_lines[-1].end)
            if f and f.span and text[start] == "\t" and "\t" not in text[start + 1:f.span.start]:
                # a row copied from a table whose first cell is empty ("<TAB>38th Commando Brigade"):
                # the tab stays, so the columns can tell the value is the second column's
                f = RawField(f.key, text[start:f.span.end], f.side, Span(start, f.span.end))
            if f:
                fields.append(f)
        section, section_lines = None, []

    blocks = _blocks(lines)
    for n, block in enumerate(blocks):
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        if len(block) == 1 and _is_heading_line(block[0].text) and nxt and _is_body_line(nxt[0].text):
            close_section()  # a heading line before the narrative, not a column value
            if _text.clean_title(block[0].text) != title:
                heading = _text.clean_title(block[0].text)
            continue
        if seen_body and len(block) > 1 and _is_heading_line(block[0].text) and _is_body_line(block[1].text):
            heading = _text.clean_title(block[0].text)
            block = block[1:]
        if seen_body and (not paragraphs_after_rows(paragraphs, fields) or _fact_sheet(block)) and _labelled_rows(block) and sum(
                _labelled_rows(b) for b in blocks[n:n + _BLOCKS_TO_RESUME]) >= _ROWS_TO_RESUME:
            seen_body = False  # the lead came first (Kiwix mini pages): the infobox follows it
        if not seen_body:
            # the infobox rows come first; the narrative starts at the first line reading as prose
            # with no labelled row after it in its block (a map caption ending in a full stop, a
            # "Territorial changes" bullet that is a sentence, sit among the rows)
            at = next((i for i, ln in enumerate(block) if _is_body_line(ln.text)
                       and not _labelled_rows(block[i + 1:])), None)
            rows, block = (block, []) if at is None else (block[:at], block[at:])
            if rows and block and _is_heading_line(rows[-1].text):
                heading = _text.clean_title(rows.pop().text)
            for ln in rows:
                indent = _ROW_BULLET.match(ln.text).end()  # "• Date: 1 November 1914": a key-facts list
                s = _row_text(ln.text)
                if lettered is not None and fields and fields[-1].span and not _text.ENUMERATED_ROW.match(ln.text) \
                        and len(ln.text) - len(ln.text.lstrip()) > lettered \
                        and (f := _text.field(text, fields[-1].key, fields[-1].span.start, ln.end, fields[-1].side)):
                    fields[-1] = f  # "   A. OPERATION: POWER PACK (US FORCES); INTER-AMERICAN" / "      FROM MAY 23"
                    continue
                lettered = len(ln.text) - len(ln.text.lstrip()) if _text.ENUMERATED_ROW.match(ln.text) else None
                if _TOC_LINE.match(s):
                    close_section()  # "Contents: 1. Background · 2. Battle": a contents list on one line
                    continue
                if _SIDE_HEAD.match(s):
                    close_section()  # the rows below are the next side's: the belligerents row tells it
                    continue
                if _COORDINATES.match(s):
                    close_section()  # "Coordinates: 40°23′N 127°15′E" under the box: the map's, no row's
                    continue
                if _TOC_HEAD.match(s):
                    close_section()  # a mirror's table of contents ends the rows above it
                    toc = True
                    toc_end = _toc_end(lines, ln)
                    continue
                if toc and (_TOC_ENTRY.match(s) or ln.start < toc_end):
                    continue  # "1 Background", "2.1 KLA offensive"; a Vector 2022 contents list's names
                toc = False
                if pieces := _text.labelled_pieces(s):  # "Belligerents India Pakistan[b]": rows run into a line
                    close_section()
                    pending = None
                    at = ln.start + indent
                    key, a, b = pieces[-1]
                    lead = _lead_in(s, a, b, title)
                    if lead is not None:  # the lead runs on after the last row: "… None 2 captured[5] Operation Jaque (…) was …"
                        pieces[-1] = (key, a, lead)
                        if p := _text.paragraph(text, at + lead, at + b, heading):
                            paragraphs.append(p)
                    grid = None
                    if any(k not in SIDE_KEYS for k, _, _ in pieces):
                        group = None
                    for k, a, b in pieces:
                        if group is not None and k in SIDE_KEYS and len(pieces) == 1:
                            if f := _text.field(text, k, at + a, at + b, group):  # "(2) UNITS: …" under "E. FRIENDLY FORCES"
                                fields.append(f)
                            continue
                        numbered = _SIDE_NUMBER.match(s, a, b) if k in SIDE_KEYS else None
                        if numbered:  # "Belligerents (1): United Kingdom; British India": side 1's row
                            f = _text.field(text, k, at + numbered.end(), at + b, int(numbered["n"] or numbered["bare"]) - 1)
                            if f:
                                fields.append(f)
                            continue
                        cells = _text.column_cells(text, at + a, at + b) if k in SIDE_KEYS else []
                        if k in SIDE_KEYS and len(cells) == 1 and len(pieces) == 1:
                            cells = _text.column_cells(text, at + a, at + b, _text.COLUMN_GAP)
                            if len(cells) > 1:  # padded columns: the lines below keep the same positions
                                grid = (k, [c - (at + a) for c, _ in cells], at + a - ln.start)
                        if len(cells) > 1:  # "Belligerents: United Kingdom; Poland | Germany": a cell per side
                            fields.extend(f for side, (c, d) in enumerate(cells) if (f := _text.field(text, k, c, d, side)))
                            continue
                        # a side's entries run together end at citation marks, as in the citations
                        # shape: each becomes its own field, in order, for assign_sides to split
                        cuts = _entry_cuts(text, at + a, at + b) if k in SIDE_KEYS else [(at + a, at + b)]
                        if k == "belligerents":
                            cuts = [c for a2, b2 in cuts for c in _state_first(text, a2, b2)]
                        fields.extend(f for c, d in cuts if k and (f := _text.field(text, k, c, d)))
                    last = fields[-1] if fields else None
                    tabbed = last.key if last and last.key in SIDE_KEYS and "\t" in last.text else None
                    cell_row = None
                    if key in SIDE_KEYS and s[pieces[-1][1] - 1:pieces[-1][1]] == "\t" and last and last.key == key:
                        # "Commanders<TAB>Zelenskyy" over "Syrskyi<TAB>Putin" (a document's table saved as
                        # text): a cell's lines run on until a tab opens the next side's cell
                        if last.side is None and last.span is not None:
                            fields.pop()
                            fields.extend(_tab_cells(text, key, last.span.start, last.span.end, 0))
                        cell_row = (key, max((f.side or 0) for f in fields if f.key == key))
                    if key == "casualties" or key in SIDE_KEYS and _text.SIDE_NAMED.match(s, pieces[-1][1]):
                        # an unlabelled line after it counts the civilians ("About 450 … civilians killed"),
                        # or names the next side ("Commanders Japan: Admiral Tōgō" / "Russia: …")
                        section = key
                    continue
                if cell_row is not None and not ln.text.startswith("\t") and not _text.section_key(s) \
                        and not _text.inline_label(s):
                    key, side = cell_row
                    fields.extend(_tab_cells(text, key, ln.start, ln.end, side))
                    cell_row = (key, side + ln.text.count("\t"))
                    continue
                cell_row = None
                if tabbed is not None and ln.text.startswith("\t") and ln.text.strip() and not grid:
                    # "Belligerents<TAB>United Kingdom<TAB>Japan" over "<TAB>Canada": the row's next line,
                    # its empty first cell the label column's; its k-th cell after it is side k, as the row's
                    fields.extend(_tab_cells(text, tabbed, ln.start + 1, ln.end, 0))
                    continue
                tabbed = None
                if grid and ln.text.startswith("\t"):  # "<TAB>2nd Lt. Juan Zayas †        Lt. Col. Simón Tecson"
                    fields.extend(_grid_fields(text, ln, grid[0], grid[1], 1))
                    continue
                if grid and len(ln.text) - len(ln.text.lstrip(" ")) >= grid[2] - _GRID_SLACK > 0:
                    # a printed box's columns kept by spaces: "                   County of Tripoli" under
                    # "   Combatants      Kingdom of Jerusalem          Ayyubid Sultanate"
                    fields.extend(_grid_fields(text, ln, grid[0], grid[1], grid[2]))
                    continue
                grid = None
                if ln.text.startswith("\t") and not section and not any(f.key == "belligerents" for f in fields) \
                        and _heads_sides(text, ln):
                    # "<TAB>India<TAB>Portugal" over "Commanders<TAB>…<TAB>…": a table's head row names the sides
                    close_section()
                    fields.extend(_tab_cells(text, "belligerents", ln.start + 1, ln.end, 0))
                    continue
                key = _text.section_key(s)
                hit = _text.inline_label(s)
                if key:
                    close_section()
                    section, pending = key, None
                elif hit:
                    close_section()
                    start = ln.start + indent + hit[1]
                    named = _text.inline_side(s)
                    if hit[0] == "belligerents" and _text.ENUMERATED_ROW.match(ln.text):
                        # "E. FRIENDLY FORCES: United States", then "F. OPPOSING FORCES: …": each lettered
                        # belligerents row opens the next side, the rows numbered under it are its side's
                        named = groups
                        group, groups = groups, groups + 1
                    elif hit[0] not in SIDE_KEYS:
                        group = None
                    cells = _text.column_cells(text, start, ln.end) if hit[0] in SIDE_KEYS else []
                    if len(cells) > 1:  # "Casualties: none vs 4 killed": a cell per side
                        fields.extend(f for side, (c, d) in enumerate(cells) if (f := _text.field(text, hit[0], c, d, side)))
                        pending = None
                        continue
                    side = named if named is not None else group if hit[0] in SIDE_KEYS else None
                    f = _text.field(text, hit[0], start, ln.end, side) if hit[0] else None
                    if f:
                        fields.append(f)
                    running = len(fields) - 1 if f and named is not None and hit[0] in SIDE_KEYS else None
                    # a bare label ("Location") may have its value on the next line
                    pending = hit[0] if hit[0] and not f else None
                    if hit[0] in SIDE_KEYS and _text.SIDE_NAMED.match(s, hit[1]):
                        section = hit[0]  # "Forces Japan: 4 battleships" / "Russia: 8 battleships": the next side's line
                elif fields and fields[-1].key == "part_of" and fields[-1].text.rstrip().endswith(",") \
                        and fields[-1].span and (f := _text.field(text, "part_of", fields[-1].span.start, ln.end)):
                    fields[-1] = f  # "Part of the Syrian Civil War," / "the … conflict," / "and the …"
                elif _continues_result(fields, ln, lines_before=text[fields[-1].span.end:ln.start] if fields else "") \
                        and (f := _text.field(text, "result", fields[-1].span.start, ln.end)):
                    fields[-1] = f  # "Result Decisive Ethiopian victory" / "Treaty of Addis Ababa": its bullet lines
                elif running is not None and running == len(fields) - 1 and fields[running].span is not None \
                        and not _text.is_prose(s) and (f := _text.field(text, fields[running].key, fields[running].span.start,
                                                                        ln.end, fields[running].side)):
                    fields[running] = f  # "Commander2: Maharana Pratap" / "Hakim Khan Sur" / "Ram Shah Tanwar"
                elif section:
                    section_lines.append(ln)
                elif pending and not _text.DURATION.match(s):
                    if f := _text.field(text, pending, ln.start, ln.end):
                        fields.append(f)
                    pending = None
                elif not fields[1:] and len(_text.words(s)) >= _LEAD_MIN_WORDS and _text.is_prose(s):
                    # a mobile page's lead sits above the box, in the same run of lines
                    if p := _text.paragraph(text, ln.start, ln.end, heading):
                        paragraphs.append(p)
                # else: title repeat, map legend, duration line: layout, not data
            if not block:
                continue
            close_section()
            seen_body = True
        for run_heading, run in _runs(block, heading):
            heading = run_heading
            joined = text[run[0].start:run[-1].end]
            if _text.is_prose(joined):
                if not is_non_prose_section(heading) and (
                        p := _text.paragraph(text, run[0].start, run[-1].end, heading)):
                    paragraphs.append(p)
            elif len(run) == 1 and _text.is_heading(run[0].text):
                heading = _text.clean_title(run[0].text)
            # else: caption or other debris between paragraphs
    close_section()

    title = _title_the_lead_names(lines, paragraphs, text, title)
    name = _name_field(text, lines, title) if fields and not any(f.key == "name" for f in fields) else None
    if name:
        fields.insert(0, name)
    if not fields:
        warnings.append("no infobox rows found")
    if not paragraphs:
        warnings.append("no narrative paragraphs found")
    return Document(text=text, shape=SHAPE, title=title, infobox=tuple(fields),
                    paragraphs=tuple(paragraphs), warnings=tuple(warnings))


# Whitespace and a bullet before a row's label.
_ROW_BULLET = re.compile(r"[ \t]*(?:(?:[•·▪◦‣*]|-(?=\s))[ \t]*|" + _text.ENUMERATED_ROW.pattern + ")?")


_MIN_COLUMN_LINES = 2  # lines of a section holding both columns, for its lines to be read as columns
_COLUMN_SLACK = 3  # characters a column's entries may start before or after its position


def _text_columns(text: str, lines: list[Line]) -> list[list[tuple[int, int]]] | None:
    """A section's lines as two columns of text (a side each) when two or more of them hold two
    entries a wide gap apart, the second starting at about the same place in each: the (start, end)
    spans of each side's entries, in order; else None."""
    seconds = [g.end() for ln in lines if len(gaps := list(_text.COLUMN_GAP.finditer(ln.text))) == 1
               for g in gaps]
    if len(seconds) < _MIN_COLUMN_LINES or max(seconds) - min(seconds) > 2 * _COLUMN_SLACK:
        return None
    at = min(seconds)
    sides: list[list[tuple[int, int]]] = [[], []]
    for ln in lines:
        if not ln.text.strip():
            continue
        gap = next(_text.COLUMN_GAP.finditer(ln.text), None)
        if gap is not None and abs(gap.end() - at) <= 2 * _COLUMN_SLACK:
            sides[0].append((ln.start, ln.start + gap.start()))
            sides[1].append((ln.start + gap.end(), ln.end))
        else:  # one entry: the column its start stands in
            lead = len(ln.text) - len(ln.text.lstrip())
            sides[1 if lead >= at - _COLUMN_SLACK else 0].append((ln.start + lead, ln.end))
    return sides


def _row_text(s: str) -> str:
    """A line without the bullet or the letter that marks it as a row ("• Date: …", "(1) COMMANDERS: …"),
    its label capitalised (a cable read in sentence case leaves "(1) commanders: …")."""
    row = s[_ROW_BULLET.match(s).end():].strip()
    return row[:1].upper() + row[1:]


_LEAD_MIN_WORDS = 20  # a lead above the box is a long sentence or more; captions are shorter
_GRID_SLACK = 2  # characters a cell may start before its column's position


def _tab_cells(text: str, key: str, start: int, end: int, first_side: int) -> list[RawField]:
    """The tab-separated cells of text[start:end] as fields of ``key``, the first on ``first_side``
    and each after it on the next side (empty cells keep their side)."""
    out, at = [], start
    for n, cell in enumerate(text[start:end].split("\t")):
        if cell.strip() and (f := _text.field(text, key, at, at + len(cell), first_side + n)):
            out.append(f)
        at += len(cell) + 1
    return out


_HEAD_CELL_WORDS = 6  # a side's name in a table's head row is short


def _heads_sides(text: str, ln: Line) -> bool:
    """Whether a line opening with a tab (the label column's empty cell) holds two or more short
    cells, no label, over a row of a side's key: the head row of a table naming the sides."""
    cells = [c.strip() for c in ln.text.split("\t")[1:]]
    if len([c for c in cells if c]) < 2 or any(len(c.split()) > _HEAD_CELL_WORDS for c in cells):
        return False
    end = text.find("\n", ln.end + 1)
    below = text[ln.end + 1:end if end >= 0 else len(text)].strip()
    pieces = _text.labelled_pieces(below)
    return bool(pieces and pieces[0][0] in SIDE_KEYS or _text.section_key(below) in SIDE_KEYS)


def _grid_fields(text: str, ln: Line, key: str, columns: list[int], origin: int) -> list[RawField]:
    """The cells of a continuation line of padded columns, each on the side whose column it starts
    in; ``origin`` is where the row's first column starts in the line (after a tab: 1)."""
    start = ln.start + origin
    out = []
    for c, d in _text.column_cells(text, start, ln.end, _text.COLUMN_GAP):
        c, d = _text.trimmed(text, c, d)
        side = max((i for i, col in enumerate(columns) if col <= c - start + _GRID_SLACK), default=0)
        if f := _text.field(text, key, c, d, side):
            out.append(f)
    return out


# Most words a result's continuation line has ("Croatia regains control of 10,400 km2 of territory").
_RESULT_LINE_WORDS = 12


def _continues_result(fields: list[RawField], ln: Line, lines_before: str) -> bool:
    """Whether a line right below the result row is one of its points (the rendered box lists a
    result's consequences one per line), not a caption or a duration."""
    if not fields or fields[-1].key != "result" or fields[-1].span is None or lines_before.count("\n") != 1:
        return False
    s = ln.text.strip()
    if s == "Territorial":  # the "Territorial changes" label wrapped over two lines
        return False
    return (0 < len(_text.words(s)) <= _RESULT_LINE_WORDS and not _text.DURATION.match(s)
            and not _text.ends_sentence(s) and not _IMAGE_NAME.search(s))


def paragraphs_after_rows(paragraphs: list[Paragraph], fields: list[RawField]) -> bool:
    """Whether narrative has been read after infobox rows (then labelled lines are prose's)."""
    if not paragraphs or not fields:
        return False
    last_row = max((f.span.end for f in fields if f.span), default=0)
    return paragraphs[-1].span.start > last_row


def _labelled_rows(block: list[Line]) -> int:
    """Lines of the block that are infobox rows: a section label, or an inline label with a value."""
    n = 0
    for ln in block:
        s = _row_text(ln.text)
        if _text.section_key(s) or ((hit := _text.inline_label(s)) and s[hit[1]:].strip() and not _text.is_prose(s)):
            n += 1
        elif pieces := _text.labelled_pieces(s):
            n += len(pieces)
    return n


# Lettered rows that make a block a fact sheet wherever it stands ("A. OPERATION: …" at a cable's end).
_FACT_SHEET_ROWS = 3


def _fact_sheet(block: list[Line]) -> bool:
    """Whether a block is a staff paper's or a cable's fact sheet: lettered or numbered rows with labels."""
    return sum(1 for ln in block if _text.ENUMERATED_ROW.match(ln.text)
               and _text.inline_label(_row_text(ln.text))) >= _FACT_SHEET_ROWS


def _is_body_line(s: str) -> bool:
    """A line that starts the narrative: prose that is not an infobox row."""
    row = _row_text(s)
    return _text.is_prose(s) and not (_text.inline_label(row) or _text.section_key(row)
                                      or _text.labelled_pieces(row))


def _is_heading_line(s: str) -> bool:
    """A section heading of the narrative: short, title-like, not an infobox label, and not a
    column value opening with a figure ("400 killed" before the narrative is the last casualty)."""
    return (_text.is_heading(s) and not _text.section_key(s) and not _text.inline_label(s.strip())
            and (not _FIGURE_VALUE.match(s) or bool(_NUMBERED_HEADING.match(s)))
            and not _CHROME.match(s.strip()) and not _COORDINATES.match(s.strip()))  # not a page's "Edit" tab, its map


_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.\s+[A-Z]")  # "2. THE BATTLE", "3.1. Aftermath"


def _lead_in(s: str, start: int, end: int, title: str) -> int | None:
    """Where, inside s[start:end] (the last row of a run-on box line), the lead sentence begins:
    the page's title named again ("The Battle of X" / "X") and a verb after it; None if it does not."""
    if not title:
        return None
    for m in re.finditer(r"(?:\bThe\s+)?" + re.escape(title), s[:end]):
        if m.start() > start and _text.is_prose(s[m.start():end]):
            return m.start()
    return None


_LEADING_STATE = re.compile(rf"\s*{_text.COUNTRY}(?= (?-i:[A-Z]))")


def _state_first(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-together belligerents row opening with a state's name, another name after it, is two
    cells ("Israel Hamas Palestinian Islamic Jihad[2]"); a state's own forces ("Israel Defense
    Forces") and a name formed from it stay whole."""
    m = _LEADING_STATE.match(text, start, end)
    if m is None:
        return [(start, end)]
    rest = text[m.end():end].split()
    if not rest or rest[0] in _STATE_OWN or rest[0][:4] == m.group(0).strip()[:4]:
        return [(start, end)]
    return [(start, m.end()), (m.end(), end)]


_STATE_OWN = frozenset({"Defense", "Defence", "Armed", "Army", "Navy", "Air", "National", "Police", "Border",
                        "Security", "Special", "Ground", "Marine", "Coast", "Military", "People's", "Government"})


def _entry_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut after each run of citation marks: "India Pakistan[b]", "2 battalions[9]"."""
    cuts, at = [], start
    for m in _text.CITATIONS.finditer(text, start, end):
        cuts.append((at, m.end()))
        at = m.end()
    if text[at:end].strip():
        cuts.append((at, end))
    return cuts


def _runs(block: list[Line], heading: str | None) -> list[tuple[str | None, list[Line]]]:
    """The block's paragraphs with their headings. A page copied without blank lines puts its
    section headings ("Background[edit]") between prose lines and writes one paragraph per line: a
    short title-like line after a line that ends a sentence (or after another heading), before one
    that does not go on in lower case, is a heading; such a block (or one holding two lines that
    are prose on their own) is cut after each line that ends a sentence before a line that starts
    one. A hard-wrapped paragraph ("… fought by units" / "of the Kosovo Liberation Army") has
    neither and stays whole."""
    runs: list[tuple[str | None, list[Line]]] = []
    cur: list[Line] = []
    after_break = True  # the line before ended a sentence or was a heading (or the block begins)
    for i, ln in enumerate(block):
        if after_break and i + 1 < len(block) and not _starts_lower(block[i + 1]) \
                and _is_heading_line(ln.text):
            if cur:
                runs.append((heading, cur))
            heading, cur = _text.clean_title(ln.text), []
            continue  # "Battle[edit]" then "KLA offensive[edit]": the second heading is the one kept
        after_break = _text.ends_sentence(ln.text)
        cur.append(ln)
    if cur:
        runs.append((heading, cur))
    if len(runs) == 1 and sum(1 for ln in block if _text.is_prose(ln.text)) < 2:
        return runs
    out: list[tuple[str | None, list[Line]]] = []
    for h, lines in runs:
        start = 0
        for j, ln in enumerate(lines):
            if j + 1 == len(lines) or (_text.ends_sentence(ln.text) and not _starts_lower(lines[j + 1])):
                out.append((h, lines[start:j + 1]))
                start = j + 1
    return out


def _starts_lower(line: Line) -> bool:
    return line.text.lstrip()[:1].islower()


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        out.append(cur)
    return out


def _name_field(text: str, lines: list[Line], title: str) -> RawField | None:
    """The infobox caption: the title-like line just above the first labelled row ("Part of …",
    "Date…"); else the first line repeating the page title."""
    for ln in _caption_window(lines):
        if _text.inline_label(ln.text.strip()) or _text.section_key(ln.text) or _text.labelled_pieces(ln.text.strip()):
            break
        if glance := _GLANCE.match(ln.text):  # "Table 1. The Battle of Kinmen at a glance": the box's own title
            return _text.field(text, "name", ln.start + glance.start("name"), ln.start + glance.end("name"))
    caption = _caption(lines)
    if caption is not None and (named := BOX_TITLE_PREFIX.match(caption.text)) and _NAMED.match(named["name"]):
        # "FACT FILE: OPERATION VIJAY": the box's title names the operation after its own word
        f = _text.field(text, "name", caption.start + named.start("name"), caption.start + named.end("name"))
        return dataclasses.replace(f, text=_title_case(f.text)) if f and f.text.isupper() else f
    if caption is not None:
        return _text.field(text, "name", caption.start, caption.end)
    if not title:
        return None
    hits = [ln for ln in lines if _text.clean_title(ln.text) == title]
    if not hits:
        return None  # a title put in title case ("NAVAL HISTORY NOTES"): no line reads so
    ln = hits[1] if len(hits) > 1 else hits[0]
    return _text.field(text, "name", ln.start, ln.end)


def _caption_window(lines: list[Line]) -> list[Line]:
    """The lines searched for the box's caption: the first _CAPTION_WINDOW that hold text (a copied
    page opens with dozens of menu lines and blank ones)."""
    out, filled = [], 0
    for ln in lines:
        if filled >= _CAPTION_WINDOW:
            break
        out.append(ln)
        filled += not ln.blank
    return out


def _caption(lines: list[Line]) -> Line | None:
    """The infobox's caption line, when the rows open right under one (blank lines, an image file
    name and a map caption may sit between them)."""
    seen: list[Line] = []
    skip_to = -1  # past a contents list closed by "Toggle the table of contents"
    for ln in _caption_window(lines):
        s = ln.text.strip()
        if not s or ln.start < skip_to:
            continue
        if _TOC_HEAD.match(s) and (end := _toc_end(lines, ln)) > 0:
            skip_to, seen = end, []
            continue
        if _text.inline_label(s) or _text.section_key(s) or _text.labelled_pieces(s):
            break  # (rows run into one line too: "Battle of X Part of … Date …")
        seen.append(ln)
    else:
        return None
    for ln in reversed(seen):  # nearest first, skipping image names and map captions
        s = _text.clean_title(ln.text)
        if named := BOX_TITLE_PREFIX.match(s):
            s = named["name"]  # "AT A GLANCE: THE BATTLE OF COP KEATING": what the box names
        if _IMAGE_NAME.search(s) or not _text.is_heading(s):
            continue
        return ln if not _FIGURE_VALUE.match(s) and _NAMED.search(s) and not _BOX_HEADING.match(s) else None
    return None


# A fact box's title naming what it sums up: "Table 1. The Battle of Kinmen at a glance", "Operation X: key facts".
_GLANCE = BOX_TITLE_SUFFIX
# A fact box's heading, naming the box and not the operation: "AT A GLANCE", "Key facts".
_BOX_HEADING = re.compile(r"^(?:at a glance|(?:key|quick|fast) facts|facts? (?:box|file|sheet)|in brief|"
                          r"summary|overview|infobox)(?:\s*\([^()]*\))?:?$", re.IGNORECASE)  # "Fact file (from the show notes)"
# Lines of a page's chrome a copy opens with: skip links, menus, a "Home > …" trail, "< Previous
# entry" links, a bar of links ("Library | Browse | Search | Help"), the article's tabs.
_CHROME = re.compile(
    r"^(?:Jump to (?:content|navigation)|Skip to (?:main )?content|(?:Open )?[Mm]ain menu|Navigation|Search|Appearance|Donate|"
    r"Wikipedia(?:,)? [Tt]he [Ff]ree [Ee]ncyclopedia|Languages?|Watch|Unwatch|Share|Download PDF|"
    r"Create account|Log in|Personal tools|Contents|hide|show|\(Top\)|Toggle .*|\d+(?:\.\d+)*|Article|Talk|Read|"
    r"Edit|View history|View source|Tools|\d+ languages|Add languages|Home\s*[>›»].*|<.*|.*(?:\s[|>›»]\s.*){2,}|"
    # a MediaWiki mirror's own menus and tabs (HandWiki): "Page", "Discussion", "English", "More"
    r"Page|Discussion|English|More|Main page|Recent changes|Random page|Help about MediaWiki|Wiki tools|"
    # Vector 2022's main menu as a text browser lists it
    r"Current events|Random article|About Wikipedia|Contact us|Contribute|Help|Learn to edit|Community portal|"
    r"Upload file|\[IMG\]WikipediaThe Free Encyclopedia|Actions|General|Print/export|In other projects|"
    r"Special pages|Printable version|(?:Main menu |Tools )?move to sidebar ?(?:hide|show)?|Edit links|"
    # Vector 2022's Appearance menu: "Text", "Small", "Standard", "Width", "Color (beta)", "Dark" and their notes
    r"Text|Small|Standard|Large|Width|Wide|Colou?r(?: \(beta\))?|Automatic|Light|Dark|"
    r"This page always uses (?:small|standard|large) font size|The content is as wide as possible for your browser window\.|"
    r"Content is limited to a maximum width.*|This page is always in (?:light|dark) mode\.)$")
# The line under a Wikipedia page's title in a copy of the page ("From HandWiki" on a mirror).
_TAGLINE = re.compile(r"^From (?:[\w .'-]+, the free encyclopedia|[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)"
                      r"(?:\s*\(Redirected from [^()]*(?:\([^()]*\))?\))?$")  # a redirect's note run on
# A mirror's namespace before the title: "History:Second Battle of Benghazi" (HandWiki).
_NAMESPACE = re.compile(r"^[A-Z][a-z]+:(?=[A-Z])")
# The line closing a Vector 2022 table of contents that a copy keeps ("Toggle the table of contents"):
# the unnumbered section names between "Contents" and it are no rows.
_TOC_END = re.compile(r"^Toggle the table of contents$", re.IGNORECASE)
_TOC_SPAN = 60  # lines a table of contents may run to its closing line


def _opening_line(lines: list[Line]) -> Line | None:
    """The page's first line that is no chrome; in a copy opening with a Wikipedia skin's chrome,
    the line its tagline ("From Wikipedia, the free encyclopedia") has above it, tabs and the
    languages menu between them passed over."""
    text = [ln for ln in lines[:_CHROME_WINDOW] if not ln.blank]
    if not text or not _is_chrome(text[0].text):
        return text[0] if text else next((ln for ln in lines if not ln.blank), None)
    tagline = next((i for i, ln in enumerate(text) if _TAGLINE.match(ln.text.strip())), None)
    if tagline is not None:
        # (a menu's items are bulleted, a title never is)
        return next((ln for ln in reversed(text[:tagline]) if not _is_chrome(ln.text) and not _MENU_BULLET.match(ln.text)),
                    None)
    return next((ln for ln in text if not _is_chrome(ln.text)), None)


_MENU_BULLET = re.compile(r"^\s*(?:[*•·]|-(?=\s)|\[[ \u00a0]\])\s*")  # a text browser's "[ ]Tools" checkbox too


def _is_chrome(line: str) -> bool:
    """A line of the page's chrome, as a menu's item too ("* View history" in a text browser's dump)."""
    return bool(_CHROME.match(_MENU_BULLET.sub("", line).strip()))


_CHROME_WINDOW = 120
# A row label's side number written after it: "Belligerents (1): …", "Casualties (2): …".
_SIDE_NUMBER = re.compile(r"(?:\((?P<n>[1-4])\):?|(?P<bare>[1-4]):)\s*")  # "(1):", "1:"


def _toc_end(lines: list[Line], head: Line) -> int:
    """Where a contents list opening at ``head`` ends: after its "Toggle the table of contents"
    line when one closes it within _TOC_SPAN lines, else at its head (numbered entries only)."""
    at = next((i for i, ln in enumerate(lines) if ln.start == head.start), None)
    if at is None:
        return -1
    for ln in lines[at + 1:at + 1 + _TOC_SPAN]:
        if _TOC_END.match(ln.text.strip()):
            return ln.end + 1
    return -1


def _title(lines: list[Line]) -> str:
    """The page title: the first line (past the chrome a copy opens with), unless it is a site's
    banner ("Military Wiki", "*** Welcome to … ***"): a first line sharing no word with the infobox
    caption yields to the caption. A headword in capitals reads in title case."""
    first = _opening_line(lines)
    if first is None:
        return ""
    title = _NAMESPACE.sub("", _text.clean_title(first.text))
    if title.isupper() and len(title.split()) > 1:
        title = _title_case(title)
    caption = _caption(lines)
    if caption is not None and caption is not first:
        named = _text.clean_title(caption.text)
        if not {w.casefold() for w in _text.words(title)} & {w.casefold() for w in _text.words(named)}:
            return named
    return title


_TITLE_BLOCK_LINES = 12  # non-blank lines above the box or the text a document's title may be among
_TITLE_MAX_WORDS = 14


def _title_the_lead_names(lines: list[Line], paragraphs: list[Paragraph], text: str, title: str) -> str:
    """The title, unless the lead opens with another line of the document's heading block: a
    leaflet or a report headed by its series ("NAVAL HISTORY NOTES", "No. 14") then the article's
    title ("The Battle of the Sea of Japan"), whose lead starts "The Battle of the Sea of Japan,
    known in the West as …"."""
    if not paragraphs:
        return title
    lead = text[paragraphs[0].span.start:paragraphs[0].span.end].casefold()

    def opens_lead(name: str) -> bool:
        name = name.casefold()
        for head in (name, "the " + name):
            if lead.startswith(head) and not lead[len(head):len(head) + 1].isalnum():
                return True
        return False

    if not title or opens_lead(title):
        return title
    block = [ln for ln in lines if not ln.blank and ln.end <= paragraphs[0].span.start][:_TITLE_BLOCK_LINES]
    for ln in block:
        name = _text.clean_title(ln.text)
        if 2 <= len(_text.words(name)) <= _TITLE_MAX_WORDS and name[:1].isupper() and not name.endswith(".") \
                and opens_lead(name):
            return name
    return title


_SMALL_WORDS = frozenset("a an and as at by for in of on or the to".split())


def _title_case(title: str) -> str:
    """'THE SIEGE AND STORM OF DELHI' -> 'The Siege and Storm of Delhi'."""
    words = title.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


read = _text.never_raising(SHAPE, _read)
