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

Continues = Callable[[str, str], bool]  # (entry so far, next line of its column) -> same entry?

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
    label = " ".join(per_column[0])
    values = [_entries(col, widths[k], continues) for k, col in enumerate(per_column) if k and col]
    if not values:
        return [label]
    if label:
        return [f"{label}: " + " ".join(e for col in values for e in col)]
    out: list[str] = []
    for col in values:
        out += col + [""]
    return out[:-1]


def has_text_table(lines: list[str]) -> bool:
    """Whether two dashed rules enclose an infobox's section labels (a box drawn as a text table)."""
    rules = [i for i, ln in enumerate(lines) if _RULE.match(ln)]
    return len(rules) >= 2 and any(_text.section_key(ln) for ln in lines[rules[0] + 1:rules[1]])


def rewrite_tables(lines: list[str], continues: Continues) -> list[str]:
    """The lines with every table between two dashed rules rewritten (see the module doc)."""
    rules = [i for i, ln in enumerate(lines) if _RULE.match(ln)]
    if len(rules) < 2:
        return lines
    out = list(lines[:rules[0]])
    start, end = rules[0], rules[1]
    body = lines[start + 1:end]
    columns = _columns([ln for ln in body if ln.strip()])
    if len(columns) < 2:
        return lines
    # a column is as wide as its longest cell: the converter wrapped the others at that width
    widths = [max((len(c[k]) for c in (_cells(ln, columns) for ln in body if ln.strip())), default=0)
              for k in range(len(columns))]
    group: list[str] = []
    for ln in body + [""]:
        if ln.strip():
            group.append(ln)
            continue
        if group:
            out += _row(group, columns, widths, continues) + [""]
            group = []
    return out + rewrite_tables(lines[end + 1:], continues)
