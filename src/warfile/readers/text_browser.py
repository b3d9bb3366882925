"""Reader for a text browser's dump of a page (``lynx -dump``, ``w3m -dump``, ``links -dump``).

A dump is hard-wrapped page text (see :mod:`warfile.readers.wrapped_text`) with a browser's own
layer on it:

- **link numbers** before every link's text ("[14]Mogadishu"), and the numbered list of their
  addresses at the end ("  14. https://en.wikipedia.org/wiki/Mogadishu"): the numbers go, the list
  goes, images' file names ("[Landshut_1977.jpg]") go;
- **the infobox drawn as a text table**: each section's label centred over the two columns
  ("Belligerents"), then rows whose second column starts at a fixed position, a cell that does not
  fit wrapping onto the next line of its column, and a row spanning both columns (the civilians)
  running across the gap. Each section is rewritten as a flattened page writes it: the first
  column's entries, a blank line, the second column's, a blank line, the spanning rows;
- an indent of a few spaces on every line of prose.

The page is then read as hard-wrapped text: paragraphs joined, then the flattened-page reader.
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, wrapped_text
from warfile.readers.text_table import centred_label, centred_sections

SHAPE = "text-browser"

# score(): a dump is certain with both of its marks: link numbers glued to their texts and the
# numbered list of addresses; above the hard-wrapped reader, which would read it less well.
_SCORE = 0.93
_MIN_LINK_NUMBERS = 5
_MIN_ADDRESSES = 3

_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\d\].,;:]|\d+[^\W\d_])")  # "[39]11e Choc" too
# lynx's "  14. https://…", w3m's "[14] https://…"
_ADDRESS_LINE = re.compile(r"^\s*(?:\d{1,4}\.|\[\d{1,4}\])\s+(?:https?|ftp|file)://\S+\s*$")
_LINK_LIST_HEAD = re.compile(r"^\s*(?:Visible|Hidden) links:?\s*$", re.IGNORECASE)
_IMAGE_NAME = re.compile(r"\[[^\]\n]{1,120}\.(?:jpe?g|png|svg|gif|webp|tiff?)\]", re.IGNORECASE)
# lynx's first line ("#alternate Edit this page …"), ELinks's lines for the page's <link>s ("Link: canonical")
_BROWSER_HEADER = re.compile(r"^\s*(?:#\S|Link: (?:canonical|alternate|stylesheet|search|license|icon|"
                             r"preconnect|shortcut icon|edit|copyright)\s*$)")



# w3m without link numbers (its default): no address list, but its superscript citation marks
# ("planned.^[2]") and the box drawn as a text table, a section's label centred over its columns.
_SUPERSCRIPT_MARK = re.compile(r"\^\[\d{1,3}\]")
_MIN_SUPERSCRIPTS = 3


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if len(_LINK_NUMBER.findall(head)) < _MIN_LINK_NUMBERS:
        lines = head.splitlines()
        drawn = any(centred_label(ln) for ln in lines)
        return _SCORE if drawn and len(_SUPERSCRIPT_MARK.findall(text[:20000])) >= _MIN_SUPERSCRIPTS else 0.0
    addresses = sum(1 for ln in text[-20000:].splitlines() if _ADDRESS_LINE.match(ln))
    return _SCORE if addresses >= _MIN_ADDRESSES else 0.0


def _page_lines(lines: list[str]) -> list[str]:
    """The page's own lines: the address list and the browser's header line dropped."""
    return [ln.rstrip() for ln in lines
            if not (_ADDRESS_LINE.match(ln) or _LINK_LIST_HEAD.match(ln) or _BROWSER_HEADER.match(ln))]


def _unlinked(line: str) -> str:
    """A line without link numbers and image names (after the columns were cut: the numbers take
    up the columns' room); lynx's superscript mark dropped from citation marks ("it.^[43][1]" ->
    "it.[1]", as a page copied from a browser writes them)."""
    return _IMAGE_NAME.sub("", _LINK_NUMBER.sub("", line.replace("^[", "["))).strip()


# A box lynx writes without its table's columns: each row's two cells on one line, one space
# between them ("[33]France [34]FLNKS militants"); a cell of several lines ends on the line the
# next cell starts on ("Capt. [36]Philippe Legorjus (GIGN) Alphonse Dianou †"). Where the second
# cell starts: a link after a capitalised word, a name after a parenthesis or a dagger, or a figure
# after a row's words ("c. 300 soldiers and gendarmes c. 30 militants", "2 soldiers killed 19 killed").
_GLUED_LINK = re.compile(r"(?<=[\w)†]) (?=\[\d{1,4}\][A-Z0-9])|(?<=[)†]) (?=(?:\[\d{1,4}\])?[A-Z][a-z])")
_GLUED_FIGURE = re.compile(r"(?<=[a-z)\]]) (?=(?:(?:c\.|ca\.|~|about|over|some|at least|up to) ?)?\d)")
_JOINERS = frozenset("and or of with plus including from to by than in at on nearly around about over some".split())
_FIGURE_KEYS = frozenset({"strength", "casualties"})


def _glue(line: str, key: str) -> int | None:
    """Where the second cell starts in a line holding the end of a row's first cell and the
    start of its second; None when the line holds one cell."""
    if "  " in line.strip():
        return None  # cells kept apart by a gap: a drawn table's columns (centred_sections)
    for m in _GLUED_LINK.finditer(line):
        before = _unlinked(line[:m.start()]).split()
        if before and (before[-1][0].isupper() or before[-1][-1] in ")†"):  # not "Minister of [12]Overseas"
            return m.end()
    if key in _FIGURE_KEYS:
        for m in _GLUED_FIGURE.finditer(line):
            before = line[:m.start()]
            if any(c.isdigit() for c in before) and before.split()[-1].casefold() not in _JOINERS:
                return m.end()
    return None


def _unglued(lines: list[str]) -> list[str]:
    """Each side row whose cells lynx ran together rewritten as a flattened page writes it: the
    first cell's lines, a blank line, the second's."""
    out: list[str] = []
    keys = [_text.section_key(_unlinked(ln)) if ln.strip() else None for ln in lines]  # each line's once
    i = 0
    while i < len(lines):
        out.append(lines[i])
        key = keys[i]
        i += 1
        if key not in SIDE_KEYS:
            continue
        j = i
        while j < len(lines) and lines[j].strip() and not keys[j] and not _text.inline_label(_unlinked(lines[j])):
            j += 1
        row = lines[i:j]
        for n, line in enumerate(row):
            if (at := _glue(line, key)) is not None:
                row = row[:n] + [line[:at].rstrip(), "", line[:len(line) - len(line.lstrip())] + line[at:]] + row[n + 1:]
                break
        out += row
        i = j
    return out


def clean(text: str) -> str:
    """The dump as plain page text: the browser's layer gone, the box's columns one after the other,
    prose unwrapped."""
    lines = centred_sections(_unglued(_page_lines(text.splitlines())), _unlinked, wrapped_text.continues)
    return wrapped_text.clean("\n".join(_unlinked(ln) for ln in lines))


def _read(text: str) -> Document:
    return dataclasses.replace(wrapped_text.read_clean(clean(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
