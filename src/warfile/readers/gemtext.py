"""Reader for a Gemini page in gemtext (``text/gemini``, ``.gmi``): a Wikipedia mirror served over
Gemini, or a capsule's own article.

Gemtext is line-oriented: ``#``/``##``/``###`` headings, ``* `` list items, ``>`` quotes, fenced
preformatted blocks, and link lines (``=> url text``) that stand alone, never inside a paragraph;
every other line is a paragraph of its own (a client wraps it). Mirrors flatten a page's box into
``* Label: value`` items and per-side lists, sides split by a ``vs.`` line. The page is written out
as markdown (each text line its own paragraph, link lines left out: they repeat what the paragraph
above named, or are the mirror's menu) and read by the markdown reader.
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, markdown_frontmatter
from warfile.readers.labels import field_for_label

SHAPE = "gemtext"

_LINK_LINE = re.compile(r"^=>[ \t]*\S+", re.MULTILINE)
_MARKDOWN_LINK = re.compile(r"\[[^\]\n]+\]\([^)\n]+\)")
# Three link lines are a page no other markup writes ("=> url text" opens no line of markdown or
# wikitext), enough to outscore the list readers that also read "* item" and "# heading" lines.
_SCORE = 0.93
_MIN_LINKS = 3
_FENCE = "```"
_LIST_OR_HEAD = re.compile(r"^(?:#{1,3} |\* |>|<table>)")


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if head.lstrip().startswith(("<", "{", "---")):
        return 0.0
    links = len(_LINK_LINE.findall(head))
    if links < _MIN_LINKS or len(_MARKDOWN_LINK.findall(head)) > links:
        return 0.0
    return _SCORE


_ROW_ITEM = re.compile(r"^\* (?P<label>[^:\n]{2,40}?):[ \t]+(?P<value>\S.*)$")
_SUBHEAD = re.compile(r"^#{2,3} (?P<label>.+?)\s*$")
_VERSUS = re.compile(r"^(?:vs\.?|versus|v\.)$", re.I)
_CAPTION_LINES = 3  # short lines right above the box (its title, "Part of …") are its caption
_CAPTION_MAX = 120


def _box_key(label: str) -> str | None:
    field = field_for_label(label.strip())
    return field[0] if field else None


def _cell(lines: list[str], span: int = 1) -> str:
    attrs = f' colspan="{span}"' if span > 1 else ""
    return f"<td{attrs}>{'<br>'.join(html_escape.escape(x) for x in lines)}</td>"


def _box_table(caption: list[str], lines: list[str]) -> str:
    """The box flattened into lists, as the HTML table it was: "* Date: …" rows, and per-side
    headings over items whose sides a "vs." line parts (one side each when none does)."""
    rows = [f"<tr>{_cell([c], 2)}</tr>" for c in caption]
    i = 0
    while i < len(lines):
        line = lines[i]
        if row := _ROW_ITEM.match(line):
            rows.append(f"<tr>{_cell([row['label']])}{_cell([row['value']])}</tr>")
            i += 1
            continue
        head = _SUBHEAD.match(line)
        i += 1
        if not head:
            continue
        groups: list[list[str]] = [[]]
        while i < len(lines) and not _SUBHEAD.match(lines[i]) and not _ROW_ITEM.match(lines[i]):
            item = lines[i]
            if _VERSUS.match(item.strip()):
                groups.append([])
            elif item.startswith("* "):
                groups[-1].append(item[2:].strip())
            i += 1
        if len(groups) == 1 and _box_key(head["label"]) == "belligerents":
            groups = [[x] for x in groups[0]]  # no "vs.": each belligerent is a side
        rows.append(f"<tr>{_cell([head['label']], max(2, len(groups)))}</tr>")
        rows.append("<tr>" + "".join(_cell(g) for g in groups) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _with_box(lines: list[str]) -> list[str]:
    """The lines with the flattened box (from its first "* Label: value" row of a box key to the
    last per-side list) replaced by its table."""
    start = next((i for i, x in enumerate(lines) if (m := _ROW_ITEM.match(x)) and _box_key(m["label"])), None)
    if start is None:
        return lines
    end = start
    i = start
    while i < len(lines):
        x = lines[i].strip()
        head = _SUBHEAD.match(x)
        if _ROW_ITEM.match(x) or x.startswith("* ") or _VERSUS.match(x) or not x:
            end = i if x else end
        elif head and _box_key(head["label"]) in SIDE_KEYS:
            end = i
        else:
            break
        i += 1
    caption: list[str] = []
    first = start
    while first > 0 and len(caption) < _CAPTION_LINES:
        above = lines[first - 1].strip()
        if not above:
            first -= 1
            continue
        if above.startswith("#") or len(above) > _CAPTION_MAX:
            break
        caption.insert(0, above)
        first -= 1
    table = _box_table(caption, [x.strip() for x in lines[start:end + 1] if x.strip()])
    return lines[:first] + ["", table, ""] + lines[end + 1:]


def as_markdown(text: str) -> str:
    """The page as markdown: link lines dropped, each text line a paragraph, the box a table."""
    out: list[str] = []
    fenced = False
    for line in _with_box(text.replace("\r\n", "\n").split("\n")):
        if line.startswith(_FENCE):
            fenced = not fenced
            out.append(_FENCE)
            continue
        if fenced:
            out.append(line)
            continue
        if _LINK_LINE.match(line):
            continue
        stripped = line.rstrip()
        if not stripped:
            out.append("")
        elif _LIST_OR_HEAD.match(stripped):
            out.append(stripped)
        else:
            # a text line is a paragraph: blank lines keep markdown from joining it to its neighbours
            if out and out[-1]:
                out.append("")
            out += [stripped, ""]
    return "\n".join(out)


def _read(text: str) -> Document:
    return markdown_frontmatter.read_converted(as_markdown(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
