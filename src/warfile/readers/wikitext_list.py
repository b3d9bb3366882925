"""Reader for the scraped key/value rendering of an infobox ("- Combatant1: ...", "== h ==").

The text is kept as it is (spans index it): a "= Title =" line, an "Infobox" line followed by
"- Key: value" lines (continuation lines indented or bulleted), then prose paragraphs separated by
blank lines under "==Section==" headings. Scrapers of this shape flatten lists into commas
("Free Syrian Army, * Al-Tawhid Brigade") and glue the KIA icon's alt text to names
("Walid AoussKIA"); values keep their commas and bullets, and KIA becomes the "†" mark.
"""
from __future__ import annotations

import re

from warfile.model import Document, Paragraph, RawField, Span
from warfile.readers.labels import (
    field_for_label,
    heading_text,
    is_non_prose_section,
    place_casualties,
    tidy_value,
)

SHAPE = "wikitext"

_KEY_LINE = re.compile(r"^[-*]\s*(?P<label>[A-Za-z][A-Za-z _&-]*?\s*\d*[a-z]?)\s*:[ \t]*(?P<value>.*)$")
_HEADING = re.compile(r"^(?P<eq>={1,6})\s*(?P<title>[^=].*?)\s*(?P=eq)\s*$")
_INFOBOX_LINE = re.compile(r"^\s*infobox\b.*$", re.IGNORECASE)
_CONTINUATION = re.compile(r"^(?:[ \t]+\S|\*)")
# Markup of other shapes: a text carrying these is real wikitext, html or front matter.
_OTHER_MARKUP = re.compile(r"\{\{|\[\[|<(?:p|div|table|html)\b|^---\s*$", re.IGNORECASE | re.MULTILINE)

# Score weights: "- Key: value" lines naming infobox labels are this shape's own cue (0.9 from
# two of them); "== h ==" headings alone are shared with real wikitext, hence a weaker 0.4.
KEY_LINES_FOR_CERTAINTY = 2


def score(text: str) -> float:
    head = text[:5000]
    lines = head.splitlines()
    keys = sum(1 for ln in lines if (m := _KEY_LINE.match(ln)) and field_for_label(m["label"]))
    headings = sum(1 for ln in lines if _HEADING.match(ln))
    other = bool(_OTHER_MARKUP.search(head))
    if keys >= KEY_LINES_FOR_CERTAINTY:
        return 0.6 if other else 0.9
    if headings and not other:
        return 0.4 + (0.1 if keys else 0.0)
    return 0.1 if headings or keys else 0.0


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _infobox_block(lines: list[str]) -> tuple[int, int]:
    """Index range [start, end) of the infobox's key lines: after an "Infobox" line if there is one,
    else the first run of key lines naming infobox labels."""
    start = next((i + 1 for i, ln in enumerate(lines) if _INFOBOX_LINE.match(ln)), None)
    if start is None:
        start = next((i for i, ln in enumerate(lines)
                      if (m := _KEY_LINE.match(ln)) and field_for_label(m["label"])), len(lines))
    end = start
    while end < len(lines) and (_KEY_LINE.match(lines[end]) or (end > start and _CONTINUATION.match(lines[end]))
                                or (end == start and not lines[end].strip())):
        end += 1
    return start, end


def _read_infobox(lines: list[str], spans: list[tuple[int, int]], start: int, end: int,
                  warnings: list[str]) -> tuple[RawField, ...]:
    found: list[tuple[str, str, int | None, Span]] = []
    for i in range(start, end):
        m = _KEY_LINE.match(lines[i])
        if not m:
            if found and lines[i].strip():  # a continuation line extends the previous value
                key, value, side, span = found[-1]
                found[-1] = (key, value + "\n" + lines[i], side, Span(span.start, spans[i][1]))
            continue
        mapped = field_for_label(m["label"])
        if mapped is None:
            warnings.append(f"infobox label {m['label'].strip()!r} not recognised; ignored")
            continue
        value_start = spans[i][0] + m.start("value")
        found.append((mapped[0], m["value"], mapped[1], Span(value_start, spans[i][1])))
    placed = place_casualties([(k, v, s) for k, v, s, _ in found])
    fields = []
    for (key, value, side), (_, _, _, span) in zip(placed, found):
        value = tidy_value(value)
        if value:
            fields.append(RawField(key, value, side, span))
    return tuple(fields)


def _read_paragraphs(lines: list[str], spans: list[tuple[int, int]], skip: range) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    block: list[int] = []

    def flush() -> None:
        if block and not is_non_prose_section(heading):
            paragraphs.append(Paragraph(Span(spans[block[0]][0], spans[block[-1]][1]), heading))
        block.clear()

    for i, line in enumerate(lines):
        if i in skip or _INFOBOX_LINE.match(line):
            flush()
            continue
        h = _HEADING.match(line)
        if h:
            flush()
            heading = heading_text(h["title"]) if len(h["eq"]) > 1 else None
            continue
        if line.strip():
            block.append(i)
        else:
            flush()
    flush()
    return tuple(paragraphs)


def read(text: str) -> Document:
    text = text if isinstance(text, str) else ""
    lines = text.splitlines()
    spans = _line_spans(text)
    warnings: list[str] = []
    start, end = _infobox_block(lines)
    infobox = _read_infobox(lines, spans, start, end, warnings)
    if not infobox:
        warnings.append("no '- Key: value' infobox lines found")
    title = next((h["title"].strip() for ln in lines if (h := _HEADING.match(ln)) and len(h["eq"]) == 1), "")
    if not title:
        title = next((f.text for f in infobox if f.key == "name"), "")
    paragraphs = _read_paragraphs(lines, spans, range(start, end))
    return Document(text=text, shape=SHAPE, title=title, infobox=infobox, paragraphs=paragraphs,
                    warnings=tuple(warnings))
