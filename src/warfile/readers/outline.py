"""Reader for a page of an outliner (Logseq, and the ``key:: value`` inline fields Obsidian's Dataview reads).

The shape: page properties at the top (``title:: Mekelle offensive``, ``alias:: Battle of Mekelle``),
then every paragraph a ``- `` block, nested by tabs, a block's continuation lines and its properties
(``date:: 17–28 November 2020``, ``id:: …``, ``collapsed:: true``) indented under it; headings as
blocks (``- ## Background``); ``[[page links]]`` (``[[Amhara Region|Amhara]]``), ``#tags`` and
``((block references))`` in the text. A clipped article keeps its infobox as a block tree: the
operation's rows as block properties, a side's rows as a block "**Belligerents** (side 1)" over one
block per entry, or as "side 1:: …" properties under "**Strength**".

The page is written as markdown with a YAML front matter holding that infobox (``infobox:`` with the
template's parameters, ``combatant1`` …) and read by :mod:`warfile.readers.markdown_frontmatter`, so
``Document.text`` is that markdown.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import yaml

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, markdown_frontmatter
from warfile.readers.labels import field_for_label

SHAPE = "outline"

_PROPERTY = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w -]{0,40}?)::[ \t]*(?P<value>.*)$")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)- (?P<text>.*)$")
_MIN_PROPERTIES = 3
_MIN_BULLETS = 5
_SCORE = 0.9
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_BLOCK_REFERENCE = re.compile(r"\s*\(\([0-9a-f-]{8,}\)\)")
_TAG = re.compile(r"(?<!\S)#(?:\[\[([^\]]*)\]\]|([\w/-]+))")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_SIDE = re.compile(r"^(?P<label>.*?)\s*\((?:side|column)\s*(?P<n>\d)\)\s*:?$", re.IGNORECASE)
_SIDE_PROPERTY = re.compile(r"^(?:side|column)[ _-]?(?P<n>\d)$", re.IGNORECASE)
_CIVILIANS = re.compile(r"^civilians?$", re.IGNORECASE)
_ENTRY_SEPARATOR = re.compile(r"\s+[·•|]\s+")  # "[[Australia]] · [[United States]]": a block's entries
# Block properties an outliner writes for itself, not the page's.
_OWN_PROPERTIES = frozenset({"id", "collapsed", "heading", "background-color", "template", "template-including-parent"})
_NOTE = re.compile(r"^#(?:note|todo|question)\b", re.IGNORECASE)
_INFOBOX_HEADING = re.compile(r"^(?:info\s*box|key facts|at a glance|facts)$", re.IGNORECASE)


def score(text: str) -> float:
    head = text[:4 * _text.SCORE_WINDOW]
    # (Roam writes its properties as blocks: "- Source:: …")
    properties = sum(1 for ln in head.splitlines() if _PROPERTY.match(ln) or (b := _BULLET.match(ln)) and _PROPERTY.match(b["text"]))
    bullets = sum(1 for ln in head.splitlines() if _BULLET.match(ln))
    return _SCORE if properties >= _MIN_PROPERTIES and bullets >= _MIN_BULLETS else 0.0


@dataclass
class _Block:
    level: int
    text: str
    properties: dict[str, str] = field(default_factory=dict)
    children: list[_Block] = field(default_factory=list)


def _level(indent: str) -> int:
    return indent.count("\t") + (len(indent.replace("\t", "")) // 2)


def _blocks(lines: list[str]) -> tuple[dict[str, str], list[_Block]]:
    """The page's properties and its tree of blocks."""
    page: dict[str, str] = {}
    roots: list[_Block] = []
    stack: list[_Block] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet:
            block = _Block(_level(bullet["indent"]), bullet["text"].strip())
            if prop := _PROPERTY.match(block.text):  # "- side 1:: 250,000 troops": a block that is a property
                block.text, block.properties = "", {prop["key"].strip(): prop["value"].strip()}
            while stack and stack[-1].level >= block.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(block)
            stack.append(block)
            continue
        prop = _PROPERTY.match(line)
        if not stack:
            if prop:
                page[prop["key"].strip().lower()] = prop["value"].strip()
            continue
        if prop and prop["key"].strip().lower() not in _OWN_PROPERTIES:
            stack[-1].properties[prop["key"].strip()] = prop["value"].strip()
        elif not prop and line.strip():
            stack[-1].text = f"{stack[-1].text}\n{line.strip()}"  # the block's next line
    return page, roots


def _plain(text: str) -> str:
    """A block's text as it reads: links as their shown text, block references and tags' marks gone."""
    text = _BLOCK_REFERENCE.sub("", text)
    text = _LINK.sub(r"\1", text)
    return _TAG.sub(lambda m: m[1] or m[2], text).strip()


def _label(block: _Block) -> str:
    return _plain(_BOLD.sub(r"\1", block.text)).strip(" :")


def _entries(block: _Block) -> list[str]:
    """Every entry under a block, depth first (a side's groups and the units under them)."""
    out = []
    for child in block.children:
        if child.text and not _NOTE.match(child.text):
            out.append(_plain(child.text))
        out += _entries(child)
    return out


def _box(blocks: list[_Block]) -> dict[str, object]:
    """The infobox a block tree holds, as the template's parameters."""
    box: dict[str, object] = {}
    for block in blocks:
        for key, value in block.properties.items():
            name = key.replace("-", " ").replace("_", " ")
            mapped = field_for_label(name)
            if mapped and not value.strip() and block.children and mapped[0] in SIDE_KEYS:
                # Roam: "- Combatants::" over one block per side ("[[Australia]] · [[United States]]")
                for n, child in enumerate(block.children, 1):
                    box[f"{name.lower()}{n}"] = [_plain(e) for e in _ENTRY_SEPARATOR.split(child.text) if e.strip()] \
                        + _entries(child)
            elif mapped and not _SIDE_PROPERTY.match(key):
                box[name] = _plain(value) if value.strip() or not block.children else "\n".join(_entries(block))
        label = _label(block)
        side = _SIDE.match(label)
        mapped = field_for_label(side["label"] if side else label)
        if side and mapped:
            box[f"{side['label'].lower()}{side['n']}"] = _entries(block)
        elif mapped and mapped[0] == "result" and block.children:
            before = box.get("result")
            box["result"] = "\n".join(([before] if isinstance(before, str) else []) + _entries(block))
        elif mapped:
            for child in block.children:
                for key, value in child.properties.items():
                    if n := _SIDE_PROPERTY.match(key):
                        box[f"{label.lower()}{n['n']}"] = _plain(value)
                    elif _CIVILIANS.match(key):
                        box["civilian casualties"] = _plain(value)
        box.update(_box(block.children) if not (side and mapped) else {})
    return box


def _is_box(block: _Block) -> bool:
    """A block heading the box: "## Infobox" (Logseq), "**Infobox**" (Roam)."""
    heading = _HEADING.match(block.text)
    return bool(_INFOBOX_HEADING.match(_label(_Block(0, heading[2] if heading else block.text)))) and bool(block.children)


def _body(blocks: list[_Block], out: list[str]) -> None:
    """The page's prose as markdown: heading blocks as headings, other blocks as paragraphs."""
    for block in blocks:
        if _is_box(block) or _NOTE.match(block.text):
            continue
        heading = _HEADING.match(block.text)
        if heading:
            out.append(f"{heading[1]} {_plain(heading[2])}")
        elif block.text:
            out.append(_plain(block.text).replace("\n", " "))
        _body(block.children, out)


def as_markdown(text: str) -> str:
    """The page as markdown with its infobox in front matter (see the module doc)."""
    page, blocks = _blocks(text.replace("\r\n", "\n").lstrip("\ufeff").split("\n"))
    boxes = [b for b in blocks if _is_box(b)]
    box = _box([c for b in boxes for c in b.children]) if boxes else {}
    title = _plain(page.get("title", ""))
    front: dict[str, object] = {"title": title} if title else {}
    if page.get("alias"):
        box.setdefault("alias", [_plain(a) for a in page["alias"].split(",") if _plain(a)])
    if box:
        front["infobox"] = box
    body: list[str] = [f"# {title}"] if title else []
    _body(blocks, body)
    matter = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000) if front else ""
    return (f"---\n{matter}---\n\n" if matter else "") + "\n\n".join(body) + "\n"


def _read(text: str) -> Document:
    return dataclasses.replace(markdown_frontmatter.read(as_markdown(text)), shape=SHAPE)


read = _text.never_raising(SHAPE, _read)
