"""Reader for an Obsidian canvas (``.canvas``, JSON Canvas 1.0): a board of cards holding an article.

A researcher lays an article out as cards on a board: ``{"nodes": [...], "edges": [...]}``, each
node placed by ``x``, ``y``, ``width`` and ``height``. ``text`` nodes hold markdown (the lead, the
sections, the infobox as a markdown table); ``file`` nodes name a vault's files, ``link`` nodes a
URL, ``group`` nodes frame others under a label: none of those is text, nor are the edges and their
labels.

The text nodes are read in reading order, by a recursive XY cut: the board is cut into columns
where no card crosses between them, read left to right; where it has none, into rows where no card
crosses between them, read top to bottom, the rows that can be cut into columns together kept as
one block; down to single cards. So a title card over two columns comes first, each column is read
down before the next, and a closing card under them last. When the biggest group holds most of the
text, its cards are read first.

Their markdown, Obsidian's own marks undone (``[[Note|alias]]`` links as their text, ``![[…]]``
embeds, ``%%comments%%`` and ``==highlight==`` marks dropped), is joined with blank lines into one
page (as :func:`json_record.read_pasted` takes a pasted page) and read by whichever markdown reader
scores it higher: the pipe-table reader for a page whose box is a table (and for bare prose, whose
lead paragraph it keeps as the lead), the front-matter markdown reader for a page opening with front
matter. Never another shape: a card is markdown, whatever its citation marks or plain paragraphs
would make the registry's detection guess.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from warfile.model import Document
from warfile.readers import _text, json_record, markdown_frontmatter, pipe_table

SHAPE = "canvas"

# Above the JSON reader's 0.95 (every JSON text holding a long string gets it): the board is opened
# first, its cards read after.
_SCORE = 0.96
_OPENING = re.compile(r"\A\ufeff?\s*\{")
_NODE_TYPES = frozenset({"text", "file", "link", "group"})
_MAX_NODES = 2000  # more cards than a board holds: read in plain top-to-bottom order, no cut
_LOOKAHEAD = 32  # rows looked past the last that left a column before a block of columns is closed
_OVERLAP = 10  # canvas units two cards may overlap by and still be cut apart

# Obsidian's own markdown.
_EMBED = re.compile(r"!\[\[[^\[\]\n]{0,500}\]\]")
_WIKILINK = re.compile(r"\[\[([^\[\]|\n]{0,500}?)(?:\|([^\[\]\n]{0,500}))?\]\]")
_COMMENT = re.compile(r"%%.{0,5000}?%%", re.DOTALL)
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]{1,500}?)(?<=\S)==")


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _nodes(record: object) -> list[dict]:
    nodes = record.get("nodes") if isinstance(record, dict) else None
    return [n for n in nodes if isinstance(n, dict)] if isinstance(nodes, list) else []


def _is_node(node: dict) -> bool:
    return node.get("type") in _NODE_TYPES and "x" in node and "y" in node


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if '"nodes"' not in head or '"type"' not in head or not _OPENING.match(head):
        return 0.0
    try:
        record = json_record._loaded(text)  # parsed once for both readers: JSON's asks next
    except (ValueError, RecursionError):
        return 0.0
    nodes = _nodes(record)
    known = sum(1 for n in nodes if _is_node(n))
    return _SCORE if known and known * 2 >= len(nodes) else 0.0


class _Card:
    __slots__ = ("bottom", "left", "right", "text", "top")

    def __init__(self, node: dict, text: str) -> None:
        self.left, self.top = _number(node.get("x")), _number(node.get("y"))
        self.right = self.left + max(0.0, _number(node.get("width")))
        self.bottom = self.top + max(0.0, _number(node.get("height")))
        self.text = text

    def inside(self, frame: _Card) -> bool:
        x, y = (self.left + self.right) / 2, (self.top + self.bottom) / 2
        return frame.left <= x <= frame.right and frame.top <= y <= frame.bottom


def _cut(cards: list[_Card], low: str, high: str) -> list[list[_Card]]:
    """The cards in bands along one axis (columns for left/right, rows for top/bottom): a band ends
    where no card reaches past the next card's start."""
    ordered = sorted(cards, key=lambda c: (getattr(c, low), getattr(c, high)))
    bands: list[list[_Card]] = [[ordered[0]]]
    reach = getattr(ordered[0], high)
    for card in ordered[1:]:
        if getattr(card, low) >= reach - _OVERLAP:
            bands.append([])
        bands[-1].append(card)
        reach = max(reach, getattr(card, high))
    return bands


def _add_span(spans: list[list[float]], card: _Card) -> None:
    """Merge a card's span across the board into the disjoint [left, right) spans (kept in order)."""
    left, right = card.left, max(card.left, card.right - _OVERLAP)
    at = bisect.bisect_left(spans, [left])
    if at and spans[at - 1][1] > left:
        at -= 1
    end = at
    while end < len(spans) and spans[end][0] < right:
        left, right = min(left, spans[end][0]), max(right, spans[end][1])
        end += 1
    spans[at:end] = [[left, right]]


def _blocks(rows: list[list[_Card]]) -> list[list[_Card]]:
    """Rows grouped into blocks read top to bottom: the most rows from each one down that can be cut
    into columns together (a block of columns under a title card and over a closing card), else the
    row alone."""
    width = (min(c.left for row in rows for c in row), max(c.right - _OVERLAP for row in rows for c in row))
    out, i = [], 0
    while i < len(rows):
        spans: list[list[float]] = []
        end = i + 1
        for j in range(i, len(rows)):
            for card in rows[j]:
                _add_span(spans, card)
            if len(spans) > 1:
                end = j + 1
            elif spans[0][0] <= width[0] and spans[0][1] >= width[1] or j - end >= _LOOKAHEAD:
                break  # one span across the whole board (no later row can open a column), or long uncut
        out.append([c for row in rows[i:end] for c in row])
        i = end
    return out


def _reading_order(cards: list[_Card]) -> list[_Card]:
    """Columns left to right, each read down: where no column can be cut, the rows are read top to
    bottom, those below a title card that can be cut into columns together as one block."""
    if len(cards) > _MAX_NODES:
        return sorted(cards, key=lambda c: (c.top, c.left))
    out: list[_Card] = []
    todo = [cards]  # a stack of regions still to cut, the next to read on top
    while todo:
        region = todo.pop()
        if len(region) == 1:
            out.append(region[0])
            continue
        columns = _cut(region, "left", "right")
        if len(columns) > 1:
            todo += reversed(columns)
            continue
        rows = _cut(region, "top", "bottom")
        if len(rows) == 1:  # cards crossing each other both ways: top to bottom, then left to right
            out += sorted(region, key=lambda c: (c.top, c.left))
            continue
        todo += reversed(_blocks(rows))
    return out


def _ordered_text(record: object) -> list[str]:
    """The text nodes' markdown in reading order (the biggest group's first when it holds most)."""
    nodes = _nodes(record)
    cards = [_Card(n, n["text"]) for n in nodes
             if n.get("type") == "text" and isinstance(n.get("text"), str) and n["text"].strip()]
    if not cards:
        return []
    groups = [_Card(n, "") for n in nodes if n.get("type") == "group"]
    frame = max(groups, key=lambda g: (g.right - g.left) * (g.bottom - g.top), default=None)
    inner = [c for c in cards if frame is not None and c.inside(frame)]
    outer = [c for c in cards if c not in inner]
    if inner and outer and sum(len(c.text) for c in inner) >= sum(len(c.text) for c in outer):
        order = _reading_order(inner) + _reading_order(outer)
    else:
        order = _reading_order(cards)
    return [c.text for c in order]


def _unmarked(markdown: str) -> str:
    """Obsidian's own marks undone: links as their text, embeds and comments gone."""
    markdown = _EMBED.sub("", _COMMENT.sub("", markdown))
    markdown = _WIKILINK.sub(lambda m: (m[2] or m[1].split("#", 1)[0] or m[1]).strip(), markdown)
    return _HIGHLIGHT.sub(r"\1", markdown)


def markdown_page(text: str) -> tuple[str, int]:
    """The board's article as one markdown page, and how many cards hold it."""
    texts = _ordered_text(json_record._loaded(text))
    return "\n\n".join(_unmarked(t).strip() for t in texts) + "\n", len(texts)


def _read(text: str) -> Document:
    try:
        page, cards = markdown_page(text)
    except (ValueError, RecursionError) as e:
        return Document(text=text, shape=SHAPE, warnings=(f"not a canvas: {e}",))
    if not cards:
        return Document(text="", shape=SHAPE, warnings=("a canvas with no text cards",))
    reader = max((pipe_table, markdown_frontmatter), key=lambda m: m.score(page))  # a tie: the pipe-table reader's
    doc = reader.read(page)
    note = f"an Obsidian canvas: the article in {cards} text card(s), read as {reader.SHAPE}"
    return dataclasses.replace(doc, shape=SHAPE, warnings=(note,) + doc.warnings)


read = _text.never_raising(SHAPE, _read)
