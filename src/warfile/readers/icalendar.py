"""Reader for iCalendar files (``.ics``: a Google Calendar, Outlook or Apple Calendar export) whose
event holds an article: a teaching or anniversary calendar with the operation's text pasted into
the event's description.

The file is unfolded (a line starting with a space or a tab continues the one before it, RFC 5545
§3.1) and its values unescaped (``\\,`` ``\\;`` ``\\n`` ``\\\\``). The event read is the one with the
longest description (``X-ALT-DESC`` in HTML where a calendar writes one beside the plain text); the
others (seminars, reminders) and the time zones are left. Its ``SUMMARY`` is the title.

The description is written out as the HTML page it stands for and read by the HTML reader:
``<br><br>`` apart as paragraphs, a paragraph of one bold phrase a heading, the others as written
(a "Key facts" paragraph's ``<b>Label:</b> value`` lines are the box's rows).
"""
from __future__ import annotations

import html as html_escape
import re

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "icalendar"

_SCORE = 0.94
_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\([\\,;nN])")
_PROPERTY = re.compile(r"^(?P<name>[A-Z][A-Z0-9-]*)(?P<params>(?:;[^:\n]*)?):(?P<value>.*)$", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}|\n{2,}", re.IGNORECASE)
_BOLD_ALONE = re.compile(r"^\s*<(?:b|strong)>(?P<words>[^<>]{2,60})</(?:b|strong)>\s*$", re.IGNORECASE)


def score(text: str) -> float:
    head = text[:200].lstrip("\ufeff \r\n")
    return _SCORE if head.startswith("BEGIN:VCALENDAR") else 0.0


def _unescaped(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _events(text: str) -> list[dict[str, str]]:
    """Each VEVENT's properties (name -> unescaped value), alarms left out."""
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    depth = 0  # components nested in the event (VALARM)
    for m in _PROPERTY.finditer(_FOLD.sub("", text)):
        name, value = m["name"], m["value"].rstrip("\r")
        if name == "BEGIN":
            if value == "VEVENT":
                current, depth = {}, 0
            elif current is not None:
                depth += 1
        elif name == "END":
            if value == "VEVENT" and current is not None:
                events.append(current)
                current = None
            elif current is not None:
                depth -= 1
        elif current is not None and depth == 0:
            current.setdefault(name, _unescaped(value))
    return events


def _description(event: dict[str, str]) -> str:
    alt = event.get("X-ALT-DESC", "")
    plain = event.get("DESCRIPTION", "")
    return alt if len(alt) > len(plain) else plain


# A line of a key-facts paragraph: "<b>Belligerents:</b> Viet Cong | South Vietnam; United States".
_BOLD_ROW = re.compile(r"^\s*<(?:b|strong)>\s*(?P<label>[^<>:]{2,40}?)\s*:?\s*</(?:b|strong)>\s*:?\s*(?P<value>.+?)\s*$",
                       re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MIN_ROWS = 3


def _rows_table(piece: str) -> str | None:
    """A paragraph of bold-labelled lines, most of them box labels, as a box: " | " apart a cell per
    side, "; " apart a cell's lines (None for any other paragraph)."""
    rows = [m for line in _LINE_BREAK.split(piece) if (m := _BOLD_ROW.match(line))]
    if sum(1 for m in rows if field_for_label(m["label"])) < _MIN_ROWS:
        return None
    named = [("Name" if not field_for_label(m["label"]) and m["value"].casefold().startswith(m["label"].casefold() + " ")
              else m["label"], m) for m in rows]  # "Battle: Battle of Ấp Bắc": the row that names it
    return html.box_table([(label, [c.strip() for c in m["value"].split(" | ")]) for label, m in named])


def html_page(text: str) -> str:
    events = _events(text)
    if not events:
        return html.page(None, [])
    event = max(events, key=lambda e: len(_description(e)))
    title = event.get("SUMMARY", "").strip()
    description = _description(event)
    if "<" not in description:  # plain text: its lines as lines
        description = html_escape.escape(description).replace("\n", "<br>")
    blocks: list[str] = []
    for piece in _PARAGRAPH_BREAK.split(description):
        if not piece.strip():
            continue
        m = _BOLD_ALONE.match(piece)
        blocks.append(f"<h2>{m['words']}</h2>" if m else _rows_table(piece) or f"<p>{piece}</p>")
    # the summary heads the page unless the key facts name the operation: "Battle of Ap Bac (1963)"
    # names the event in a calendar, its year no disambiguation of a page's title
    if title and not any("<th>Name</th>" in b for b in blocks):
        blocks.insert(0, f"<h1>{html_escape.escape(title)}</h1>")
    return html.page(None, blocks)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
