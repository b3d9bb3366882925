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

from warfile.model import Document
from warfile.readers import _text, wrapped_text
from warfile.readers.text_table import centred_sections

SHAPE = "text-browser"

# score(): a dump is certain with both of its marks: link numbers glued to their texts and the
# numbered list of addresses; above the hard-wrapped reader, which would read it less well.
_SCORE = 0.93
_MIN_LINK_NUMBERS = 5
_MIN_ADDRESSES = 3

_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\d\].,;:])")
# lynx's "  14. https://…", w3m's "[14] https://…"
_ADDRESS_LINE = re.compile(r"^\s*(?:\d{1,4}\.|\[\d{1,4}\])\s+(?:https?|ftp|file)://\S+\s*$")
_LINK_LIST_HEAD = re.compile(r"^\s*(?:Visible|Hidden) links:?\s*$", re.IGNORECASE)
_IMAGE_NAME = re.compile(r"\[[^\]\n]{1,120}\.(?:jpe?g|png|svg|gif|webp|tiff?)\]", re.IGNORECASE)
_BROWSER_HEADER = re.compile(r"^\s*#\S")  # lynx's first line: "#alternate Edit this page …"



def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    if len(_LINK_NUMBER.findall(head)) < _MIN_LINK_NUMBERS:
        return 0.0
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


def clean(text: str) -> str:
    """The dump as plain page text: the browser's layer gone, the box's columns one after the other,
    prose unwrapped."""
    lines = centred_sections(_page_lines(text.splitlines()), _unlinked, wrapped_text.continues)
    return wrapped_text.clean("\n".join(_unlinked(ln) for ln in lines))


def _read(text: str) -> Document:
    return dataclasses.replace(wrapped_text.read_clean(clean(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
