"""The infobox drawn as a plain-text table (pandoc's ``-t plain`` of a Word file or a page: a
"multiline table" between two dashed rules), rewritten as a flattened page writes the box.

Inside the rules every line places its cells at the same columns: the label column, then one
column per side. A cell too long for its column wraps onto the next line of that column; rows are
apart by blank lines. Each row becomes:

- a label alone ("Belligerents"): the label's line;
- a label and a value ("Date  18 August 1966"): "Date: 18 August 1966";
- values without a label (the row under "Belligerents"): each column's entries, the columns a blank
  line apart, as the flattened-page reader splits a section's columns.

An entry continues on the next line of its column when the caller's rule for a wrapped cell says so
(an open parenthesis, a dangling word, a lowercase start…), or when the next line is one word that
would not have fitted on it (a name the converter wrapped: "Lt. Col. Nguyễn Thanh" / "Hồng").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from warfile.readers import _text
from warfile.readers.labels import field_for_label

Continues = Callable[[str, str], bool]  # (entry so far, next line of its column) -> same entry?
Tidy = Callable[[str], str]  # a cell's text cleaned of its page's markup

_RULE = re.compile(r"^\s*-{20,}\s*$")
_CELL = re.compile(r"\S+(?: \S+)*")  # words a single space apart: one cell's text on a line
_MIN_LINES = 3  # lines a column must start on to be one
_COLUMN_SLACK = 1


def _columns(rows: list[str]) -> list[int]:
    """Where the columns start: the places a cell starts on enough lines."""
    starts = Counter(m.start() for ln in rows for m in _CELL.finditer(ln))
    out: list[int] = []
    for at in sorted(a for a, n in starts.items() if n >= _MIN_LINES):
        if not out or at - out[-1] > _COLUMN_SLACK:
            out.append(at)
    return out


def _cells(line: str, columns: list[int]) -> list[str]:
    """A line's text cut at the columns (a cell that starts a little early stays in its column)."""
    cells = [""] * len(columns)
    for m in _CELL.finditer(line):
        k = max((i for i, c in enumerate(columns) if c <= m.start() + _COLUMN_SLACK), default=0)
        cells[k] = f"{cells[k]} {m.group()}".strip()
    return cells


def _entries(lines: list[str], width: int, continues: Continues) -> list[str]:
    out: list[str] = []
    for ln in lines:
        wrapped = out and (continues(out[-1], ln) or len(ln.split()) == 1 and len(out[-1]) + 1 + len(ln) > width)
        if wrapped:
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def _row(group: list[str], columns: list[int], widths: list[int], continues: Continues) -> list[str]:
    """One row of the table (its lines) as a flattened page writes it."""
    cells = [_cells(ln, columns) for ln in group]
    per_column = [[c[k] for c in cells if c[k]] for k in range(len(columns))]
    label = _caption(" ".join(per_column[0]))
    values = [_entries(col, widths[k], continues) for k, col in enumerate(per_column) if k and col]
    if not values:
        return [label]
    if label and len(values) > 1:  # a value per side: "Commanders and leaders (1): Ye Fei", "… (2): Tang Enbo"
        # (a line each, apart, so a hard-wrapped page's unwrapping never joins them)
        return [line for k, col in enumerate(values, 1) for entry in col for line in (f"{label} ({k}): {entry}", "")][:-1]
    if label:
        return [f"{label}: " + " ".join(e for col in values for e in col)]
    out: list[str] = []
    for col in values:
        out += col + [""]
    return out[:-1]


# The caption a rendered infobox gives each key: a table's own label for it ("Sides", "Forces", "Losses",
# "Dates", "Outcome") is written so, for the flattened-page reader.
_CAPTIONS = {"belligerents": "Belligerents", "commanders": "Commanders and leaders", "units": "Units involved",
             "strength": "Strength", "casualties": "Casualties and losses", "date": "Date", "place": "Location",
             "result": "Result", "part_of": "Part of"}


def _caption(label: str) -> str:
    mapped = field_for_label(label)
    return _CAPTIONS.get(mapped[0], label) if mapped else label


def has_text_table(lines: list[str]) -> bool:
    """Whether two dashed rules, or a box's "+----+" borders, enclose an infobox's section labels
    (a box drawn as a text table)."""
    for rule in (_RULE, _BORDER):
        edges = [i for i, ln in enumerate(lines) if rule.match(ln)]
        if len(edges) >= 2 and any(_text.section_key(_BAR.sub(" ", ln)) for ln in lines[edges[0] + 1:edges[1]]):
            return True
    return False


# A box drawn with borders ("+------+", "| Date | 14 August 1987 |", "|------|"): a text browser's
# rendering of the infobox table (links -dump, elinks).
_BORDER = re.compile(r"^\s*\+-{10,}\+\s*$")
_INNER_RULE = re.compile(r"^\s*\|[-=+|]{10,}\|\s*$")
_BAR = re.compile(r"\|")


# Box-drawing characters as the ASCII a text browser draws the same box with ("┌──┬──┐" -> "+--+--+",
# "│" -> "|"): a page printed to text, w3m's rendering. One character for one, so positions hold.
_BOX_CHARS = str.maketrans({**dict.fromkeys("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫", "+"),
                            **dict.fromkeys("─━═╌┄", "-"), **dict.fromkeys("│┃║╎┆", "|")})
_DRAWN = re.compile("[┌┐└┘├┤┬┴┼╔╗╚╝─│═║]")
# A rule across a drawn box, corners and joints included ("+-----+-----+").
_DRAWN_RULE = re.compile(r"^\s*\+[-=+]{10,}\+\s*$")


def rewrite_boxes(lines: list[str], continues: Continues) -> list[str]:
    """The lines with every bordered box rewritten section by section (see :func:`centred_sections`);
    unchanged when none is drawn."""
    if any(_DRAWN.search(ln) for ln in lines):
        lines = [ln.translate(_BOX_CHARS) for ln in lines]
    if not any(_BORDER.match(ln) or _DRAWN_RULE.match(ln) for ln in lines):
        return lines
    return centred_sections(_unbordered(lines), str.strip, continues)


def _unbordered(lines: list[str]) -> list[str]:
    """The lines with every bordered box's borders and rules gone and its bars turned to spaces
    (positions kept): the box of centred section labels a text browser draws without them. A rule
    with joints ("+----+----+") inside a box is a rule between its rows when a row follows it, else
    the box's bottom border."""
    out: list[str] = []
    inside = False
    for i, ln in enumerate(lines):
        if _BORDER.match(ln) or _DRAWN_RULE.match(ln):
            if not inside:
                inside = True
            else:
                nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
                inside = nxt.startswith("|") if _DRAWN_RULE.match(ln) and not _BORDER.match(ln) else False
            continue
        if inside and _INNER_RULE.match(ln):
            continue
        out.append(_BAR.sub(" ", ln).rstrip() if inside else ln)
    return out


def rewrite_tables(lines: list[str], continues: Continues) -> list[str]:
    """The lines with every table between two dashed rules rewritten (see the module doc). A caption
    between the first two rules ("Table 1. The battle at a glance") stays a line over the table."""
    rules = [i for i, ln in enumerate(lines) if _RULE.match(ln)]
    if len(rules) < 2:
        return lines
    if len(rules) >= 3 and sum(1 for ln in lines[rules[0] + 1:rules[1]] if ln.strip()) == 1:
        return lines[:rules[0]] + [ln for ln in lines[rules[0] + 1:rules[1]] if ln.strip()] + [""] + \
            rewrite_tables(lines[rules[1]:], continues)
    out = list(lines[:rules[0]])
    start, end = rules[0], rules[1]
    body = lines[start + 1:end]
    columns = _columns([ln for ln in body if ln.strip()])
    if len(columns) < 2:
        return lines
    # a column is as wide as its longest cell: the converter wrapped the others at that width
    widths = [max((len(c[k]) for c in (_cells(ln, columns) for ln in body if ln.strip())), default=0)
              for k in range(len(columns))]
    for group in _row_groups(body, columns):
        out += _row(group, columns, widths, continues) + [""]
    return out + rewrite_tables(lines[end + 1:], continues)


def _row_groups(body: list[str], columns: list[int]) -> list[list[str]]:
    """A table's rows, a group of lines each: apart by blank lines, or, in a table with none, each
    opening where the label column has text ("Commanders  Ye Fei" over "            Xiao Feng"). A line
    of column heads over the rows ("Attacker  Defender", no label) is dropped there."""
    groups: list[list[str]] = [[]]
    packed = not any(not ln.strip() for ln in body)
    for i, ln in enumerate(body):
        if not ln.strip():
            groups.append([])
            continue
        labelled = bool(_cells(ln, columns)[0])
        if packed and not labelled and i + 1 < len(body) and _cells(body[i + 1], columns)[0] \
                and all(len(c.split()) <= _HEAD_WORDS for c in _cells(ln, columns)):
            continue  # the column heads
        if packed and labelled and groups[-1]:
            groups.append([])
        groups[-1].append(ln)
    return [g for g in groups if g]


_HEAD_WORDS = 2  # words of a column's head ("Attacker", "Side A")


# ---------------------------------------------------------------- a box of centred section labels

# A centred section label: this many spaces before it at least.
_CENTRED = 8
# The second column starts at least this far in (a first column is never narrower).
_MIN_COLUMN = 20
_GAP = re.compile(r"\S(\s{2,})(?=\S)")


def centred_label(line: str) -> str | None:
    """The infobox key of a centred section label line ("          Belligerents")."""
    indent = len(line) - len(line.lstrip())
    return _text.section_key(line) if indent >= _CENTRED else None


def _second_column(rows: list[str]) -> int | None:
    """Where the second column starts: the commonest place text resumes after a wide gap."""
    starts = Counter(m.end(1) for ln in rows for m in _GAP.finditer(ln) if m.end(1) >= _MIN_COLUMN)
    starts.update(len(ln) - len(ln.lstrip()) for ln in rows if len(ln) - len(ln.lstrip()) >= _MIN_COLUMN)
    return starts.most_common(1)[0][0] if starts else None


def _split_row(line: str, at: int) -> tuple[str, str] | None:
    """(first column, second column) of a row, or None when its text runs across the columns."""
    if len(line) <= at:
        return line.strip(), ""
    if line[at - 1] != " " and line[:at].strip():
        return None  # a word crosses the gap: a row spanning both columns
    return line[:at].strip(), line[at:].strip()


def _section_columns(section: list[str], at: int, tidy: Tidy, continues: Continues) -> list[str]:
    """A section's rows rewritten as a flattened page writes them: first column, blank, second
    column, blank, rows spanning both."""
    first: list[str] = []
    second: list[str] = []
    spanning: list[str] = []
    for ln in section:
        cells = _split_row(ln, at)
        if cells is None:
            spanning.append(tidy(ln))
            continue
        for cell, column in zip(cells, (first, second)):
            cell = tidy(cell)
            if not cell:
                continue
            if column and continues(column[-1], cell):
                column[-1] = f"{column[-1]} {cell}"  # a cell wrapped within its column
            else:
                column.append(cell)
    out = first + ([""] + second if second else [])
    return out + ([""] + spanning if spanning else [])


def centred_sections(lines: list[str], tidy: Tidy, continues: Continues) -> list[str]:
    """A box drawn with each section's label centred over two columns (a text browser's table):
    every section rewritten as a flattened page writes it, first column, blank, second column,
    blank, the rows spanning both. ``tidy`` cleans a cell's text (a browser's link numbers)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        key = centred_label(lines[i])
        if key is None:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and centred_label(lines[j]) is None:
            j += 1
        section = lines[i + 1:j]
        at = _second_column(section)
        out += [lines[i].strip()] + (_section_columns(section, at, tidy, continues) if at
                                     else [ln.strip() for ln in section])
        i = j
    return out


# ---------------------------------------------------------------- a box beside the text

# `pdftotext -layout` of a printed page sets the infobox beside the first paragraphs: each line
# holds the body's words, a gap, then the box's. The box column starts this far in at least, on
# this many lines.
_MIN_BODY_WIDTH = 30
_MIN_SIDE_LINES = 8
_PART_OF = re.compile(r"^\s*Part of\b")
_WORD = re.compile(r"[a-z]{2,}")  # a lowercase word: the text left of a gap reads as prose
_LABEL_VALUE = re.compile(r"^(?P<label>\S+(?: \S+){0,3})\s{2,}(?P<value>\S.*)$")


def _box_column(lines: list[str]) -> int | None:
    """Where a box set beside the text starts: the commonest place text resumes after a gap of two
    spaces or more, past a body of prose, on enough lines."""
    starts = Counter(m.end(1) for ln in lines for m in _GAP.finditer(ln)
                     if m.end(1) >= _MIN_BODY_WIDTH and _WORD.search(ln, 0, m.start(1)))
    if not starts:
        return None
    at, n = starts.most_common(1)[0]
    return at if n >= _MIN_SIDE_LINES else None


def _beside(line: str, at: int) -> bool:
    """Whether the line holds text in the box's column, apart from the body's by a gap."""
    return len(line) > at and line[at - 1] == " " and line[at:].strip() != ""


def _joined_rows(box: list[str]) -> list[str]:
    """The box's "Label   value" rows with the value's next lines (set under the value) joined to it."""
    out: list[str] = []
    value_at = None
    for ln in box:
        indent = len(ln) - len(ln.lstrip())
        if value_at is not None and ln.strip() and indent == value_at and out:
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"
            continue
        if out and _PART_OF.match(out[-1]) and ln.strip() and not _text.inline_label(ln.strip()) \
                and not _text.section_key(ln) and not ln.lstrip().startswith("["):
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"  # "Part of the Pacific Theater of World" / "War II"
            continue
        m = _LABEL_VALUE.match(ln)
        value_at = m.start("value") if m and indent == 0 and _text.inline_label(ln.strip()) else None
        out.append(ln)
    return out


_ROW_GAP = 3  # lines of body alone that a box column may skip (a long value's blank line)


def _largest_run(rows: list[int]) -> list[int]:
    """The longest run of row indexes none of them more than _ROW_GAP lines from the one before (a
    justified body line further down may have a gap at the box's place)."""
    runs: list[list[int]] = []
    for i in rows:
        if runs and i - runs[-1][-1] <= _ROW_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return max(runs, key=len, default=[])


def unfold_side_by_side(lines: list[str], continues: Continues,
                        unwrap: Callable[[list[str]], list[str]] = lambda body: body) -> list[str]:
    """The lines with a box set beside the text moved above it: the box's column, its rows joined
    and its centred sections cut into columns (see centred_sections), a blank line, then the body's
    column, its wrapping undone by ``unwrap`` (the body is narrower there than on the rest of the page)."""
    if has_text_table(lines) or (at := _box_column(lines)) is None:
        return lines  # (a box drawn as a table has its own cutters)
    rows = _largest_run([i for i, ln in enumerate(lines) if _beside(ln, at)])
    prose = sum(len(lines[i][:at].strip()) >= _MIN_BODY_WIDTH and " " in lines[i][:at].strip() for i in rows)
    if len(rows) < _MIN_SIDE_LINES or prose * 2 < len(rows):
        return lines  # the text beside the box is a body of prose, not a table's first column
    first, last = rows[0], rows[-1]
    beside = set(rows)
    body = [ln[:at].rstrip() if i in beside else ln for i, ln in enumerate(lines[first:last + 1], first)]
    box = [lines[i][at:].rstrip() for i in rows]
    box = centred_sections(_joined_rows(box), str.strip, continues)
    return lines[:first] + box + [""] + unwrap(body) + lines[last + 1:]
