"""A fact box written as markdown lists, as documentation sites and note apps keep one (a Docusaurus
``:::info[At a glance]`` admonition, a Notion or MkDocs page):

    - **Date:** 10–11 May 2008              a row: bold label, value; nested items continue it
    #### Commanders and leaders              a per-side row: its label as a heading over a list
    - JEM                                    a side named, its entries nested under it
      - Khalil Ibrahim
    - Sudan: unknown                         a side named before its value

Under "Belligerents" each item is a side, in order. Under the other per-side labels an item names
its side by a belligerent's name, its initials ("JEM" for "Justice and Equality Movement") or a
word of it, else it is the next side in order. Values are spans of the page's own text (list
marks and link targets left for the values parser and ``_text.unlinked``).
"""
from __future__ import annotations

import dataclasses
import re

from warfile.model import SIDE_KEYS, RawField
from warfile.readers import _text
from warfile.readers.labels import CIVILIAN_WORDS, field_for_label

# "  - text" / "* text" / "1. text": indentation, then the text's start
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,2}[.)])[ \t]+(?P<text>\S.*?)\s*$")
# "**Part of:** value", "**Part of**: value"
_BOLD_LABEL = re.compile(r"\*\*(?P<label>[^*\n]{2,40}?)\s*(?::\*\*|\*\*\s*:)[ \t]*")
# "JEM: value", "Sudan – unknown": a side named before the value
_NAMED = re.compile(r"(?P<name>[^:–—\n]{1,60}?)\s*(?::|\s[–—]\s)\s*(?P<value>\S.*)$")
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "de", "du", "la", "al", "el"})


@dataclasses.dataclass
class Item:
    indent: int
    start: int  # span of the item's text in the page
    end: int
    children: list[Item] = dataclasses.field(default_factory=list)


def items(text: str, start: int, end: int) -> list[Item]:
    """The list items of text[start:end] as a tree by indentation (continuation lines extend the
    item above them)."""
    roots: list[Item] = []
    stack: list[Item] = []
    for line in _text.lines_of(text[start:end]):
        m = _ITEM.match(line.text)
        if not m:
            if stack and line.text.strip():
                stack[-1].end = start + line.end  # a wrapped item's next line
            continue
        indent = len(m["indent"].expandtabs(4))
        item = Item(indent, start + line.start + m.start("text"), start + line.start + m.end("text"))
        while stack and stack[-1].indent >= indent:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def _entries(item: Item) -> list[Item]:
    """The item's children and theirs, depth first."""
    out = []
    for child in item.children:
        out.append(child)
        out += _entries(child)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _SMALL_WORDS).upper()


def side_named(label: str, sides: list[str]) -> int | None:
    """Which side a label names: by a belligerent's name, its initials, or a shared word."""
    wanted = _text.unlinked(label).strip().casefold()
    if not wanted:
        return None
    for n, name in enumerate(sides):
        if wanted == name.casefold() or wanted.upper() == _initials(name) and len(wanted) > 1:
            return n
    for n, name in enumerate(sides):
        words = {w for w in re.findall(r"\w+", name.casefold()) if w not in _SMALL_WORDS and len(w) > 2}
        if words & set(re.findall(r"\w+", wanted)):
            return n
    return None


# A per-side row's label alone in bold over one item a side: "- **Belligerents**" over "  - *Side A:* …".
_BOLD_ALONE = re.compile(r"\*\*(?P<label>[^*\n]{2,40}?)\*\*[ \t]*:?[ \t]*$")
# "*Side A:* …", "Side 2: …", "_Side B_: …": the side an item is about, by its letter or number.
_SIDE_ITEM = re.compile(r"[*_]{0,2}Side[ \t]+(?P<side>[A-Da-d1-4])[ \t]*(?::[*_]{0,2}|[*_]{1,2}[ \t]*:)[ \t]*")


def _side_items(text: str, key: str, item: Item) -> list[RawField]:
    """A per-side row's items, one a side ("*Side A:* Transitional Federal Government; Ethiopia")."""
    out = []
    for order, child in enumerate(item.children):
        m = _SIDE_ITEM.match(text, child.start, child.end)
        side = ("abcd".index(m["side"].lower()) if m["side"].isalpha() else int(m["side"]) - 1) if m else order
        start = m.end() if m else child.start
        if f := _text.field(text, key, start, child.end, side):
            out.append(f)
    return out


def bold_rows(text: str, roots: list[Item]) -> list[RawField]:
    """The rows of a list whose items open with a bold label; [] when none does."""
    out = []
    for item in roots:
        m = _BOLD_LABEL.match(text, item.start, item.end)
        if m is None and item.children and (alone := _BOLD_ALONE.fullmatch(text, item.start, item.end)):
            found = field_for_label(alone["label"])
            if found and found[0] in SIDE_KEYS:
                out += _side_items(text, found[0], item)
            continue
        found = field_for_label(m["label"]) if m else None
        if not m or not found:
            continue
        key, side = found
        entries = _entries(item)
        if key not in SIDE_KEYS:  # one value, its nested items its lines ("victory" over its outcomes)
            pieces = [(m.end(), entries[-1].end if entries else item.end)]
        else:
            pieces = [(m.end(), item.end)] + [(c.start, c.end) for c in entries]
        out += [f for a, b in pieces if (f := _text.field(text, key, a, b, side))]
    return out


def headed_rows(text: str, key: str, roots: list[Item], sides: list[str]) -> list[RawField]:
    """The rows under a heading naming a box row: per side for a per-side key, else one row."""
    if key not in SIDE_KEYS:
        pieces = [(i.start, i.end) for root in roots for i in [root, *_entries(root)]]
        return [f for a, b in pieces if (f := _text.field(text, key, a, b))]
    out: list[RawField] = []
    for order, item in enumerate(roots):
        line = text[item.start:item.end]
        named = _NAMED.match(line)
        if key == "belligerents" and not item.children:
            out += [f for f in [_text.field(text, key, item.start, item.end, order)] if f]
            continue
        if item.children:  # "- JEM" over its entries
            side = side_named(line, sides)
            pieces = [(c.start, c.end) for c in _entries(item)]
        elif named and key == "casualties" and CIVILIAN_WORDS.search(named["name"]):  # "- Civilians: c. 30 killed"
            out += [f for f in [_text.field(text, "civilian_casualties", item.start + named.start("value"), item.end)] if f]
            continue
        elif named and (side := side_named(named["name"], sides)) is not None:  # "- Sudan: unknown"
            pieces = [(item.start + named.start("value"), item.end)]
        else:
            side, pieces = None, [(item.start, item.end)]
        out += [f for a, b in pieces if (f := _text.field(text, key, a, b, order if side is None else side))]
    return out


def unlinked_field(f: RawField) -> RawField:
    return dataclasses.replace(f, text=_text.unlinked(f.text))
