"""Reader for a spreadsheet exported as CSV or TSV, one engagement a row.

The shape: a header row of column names ("engagement", "war", "start", "end", "location",
"side_a", "commanders_b", "casualties_1", "result", "source_url", "description"…), then one row
per engagement, cells quoted when they hold the delimiter or line breaks; the long text column
(description, summary, notes…) holds the article's prose, its paragraphs separated by line breaks
inside the cell. The delimiter is sniffed (comma, tab or semicolon).

Columns are mapped by name: a side suffix ("_a", "_b", "_1", "_2", " side a") gives the side,
the rest goes through :func:`warfile.readers.labels.field_for_label`; start and end columns make
one date field "start – end". :func:`read` reads a file's first engagement row (the others are
counted in a warning); ingest and extract give each row a document of its own (:func:`rows_apart`). ``Document.text`` is built here (:class:`CleanText`): the infobox as
"label: value" lines, then the prose paragraphs.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import re
from dataclasses import dataclass

from warfile.model import SIDE_KEYS, Document
from warfile.readers import _text, json_record, mediawiki
from warfile.readers.cleantext import CleanText
from warfile.readers.labels import field_for_label, place_casualties, split_belligerent_units, tidy_value

SHAPE = "csv"

_DELIMITERS = ",\t;"  # never "|": a line of pipes is a markdown or wiki table
_SCORE_RECORDS = 50  # records parsed to judge the field counts: enough rows, bounded cost on a long file
_MIN_NAMED_COLUMNS = 3  # header cells a reader of this shape must recognise (the brief's floor)
_MAX_HEADER_CELL = 40  # characters: a longer cell is data, not a column name
_CONSISTENT_SCORE = 0.9
_RAGGED_SCORE = 0.4  # a header we know over rows of uneven length (a broken quote): still a CSV, read with warnings

# Column names this shape uses besides the infobox labels (normalised: lower case, "_" for spaces).
_NAME_COLUMNS = frozenset({"engagement", "battle", "operation", "event", "battle_name", "operation_name",
                           "engagement_name", "conflict_name"})
_START_COLUMNS = frozenset({"start", "start_date", "date_start", "began", "begin", "from", "from_date"})
_END_COLUMNS = frozenset({"end", "end_date", "date_end", "ended", "to", "until", "to_date"})
_YEAR_COLUMNS = frozenset({"year"})
_PLACE_COLUMNS = frozenset({"country", "region", "province", "city", "town"})
_CASUALTY_COLUMNS = frozenset({"killed", "deaths", "dead", "losses", "casualties"})
_STRENGTH_COLUMNS = frozenset({"troops", "strength", "forces", "size", "soldiers"})
_PROSE_COLUMNS = frozenset({"description", "summary", "notes", "note", "text", "body", "content", "article",
                            "narrative", "prose", "abstract", "details", "comments", "extract"})
_META_COLUMNS = frozenset({"source_url", "url", "source", "link", "wikipedia_url", "id", "ref", "reference"})

# "casualties_a", "side b", "commanders_2", "side_a_strength", "a_commanders": the side and the rest.
_SIDE_SUFFIX = re.compile(r"^(?P<rest>.*?)_?(?:side_?)?(?P<side>[ab1-4])$")
_SIDE_PREFIX = re.compile(r"^(?:side_?)(?P<side>[ab1-4])_(?P<rest>.+)$")
_SIDE_WORDS = frozenset({"", "side", "party", "combatant", "belligerent", "belligerents"})
_NORMALISE = re.compile(r"[\s.\-/]+")
# A list value's entries as a spreadsheet separates them: "Gen. A; Col. B" (not inside parentheses).
_ENTRY_SEPARATOR = re.compile(r"\s*;\s*(?![^()]*\))")
_LIST_KEYS = frozenset(SIDE_KEYS) | {"aliases", "part_of"}


@dataclass(frozen=True, slots=True)
class Column:
    """What one column holds: an infobox key (and side), the prose, a start/end date, or a meta entry."""

    header: str
    role: str  # "field", "prose", "start", "end", "year", "meta"
    key: str | None = None
    side: int | None = None


def _normalised(header: str) -> str:
    return _NORMALISE.sub("_", header.strip().strip("\ufeff").lower()).strip("_")


def _side(letter: str) -> int:
    return "ab".index(letter) if letter in "ab" else int(letter) - 1


def column_for(header: str) -> Column | None:
    """The column a header names, or None for a name this reader does not recognise."""
    name = _normalised(header)
    if not name or len(name) > _MAX_HEADER_CELL:
        return None
    for role, names in (("prose", _PROSE_COLUMNS), ("start", _START_COLUMNS), ("end", _END_COLUMNS),
                        ("year", _YEAR_COLUMNS), ("meta", _META_COLUMNS)):
        if name in names:
            return Column(header, role)
    if name in _NAME_COLUMNS:
        return Column(header, "field", "name")
    if name in _PLACE_COLUMNS:
        return Column(header, "field", "place")
    if mapped := _field_without_side(name):
        return Column(header, "field", *mapped)
    m = _SIDE_PREFIX.match(name) or _SIDE_SUFFIX.match(name)
    if m is None:
        return None
    rest = m["rest"].strip("_")
    if rest in _SIDE_WORDS and (rest or "side" in name):  # a bare "a" or "1" names no side
        return Column(header, "field", "belligerents", _side(m["side"]))
    key = _side_key(rest)
    return Column(header, "field", key, _side(m["side"])) if key else None


def _field_without_side(name: str) -> tuple[str, int | None] | None:
    if re.search(r"(?:^|_)(?:side_?)?[ab1-4]$", name) or _SIDE_PREFIX.match(name):
        return None  # a side-suffixed name: the side is read below, not through the label's digit
    return field_for_label(name.replace("_", " "))


def _side_key(rest: str) -> str | None:
    if rest in _CASUALTY_COLUMNS:
        return "casualties"
    if rest in _STRENGTH_COLUMNS:
        return "strength"
    mapped = field_for_label(rest.replace("_", " "))
    return mapped[0] if mapped and mapped[0] in SIDE_KEYS else None


# ---------------------------------------------------------------- the table

def _delimiter(text: str) -> str:
    """The delimiter: the sniffer's answer when the header row agrees (it splits the header at least
    as often as any other candidate), else the candidate the header row holds most of. The sniffer
    weighs every line, and prose cells full of commas or semicolons can outvote the header."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    most = max(_DELIMITERS, key=header.count)
    try:
        sniffed = csv.Sniffer().sniff(text[:_text.SCORE_WINDOW], delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return most
    return sniffed if header.count(sniffed) >= header.count(most) else most


def _records(text: str, delimiter: str, limit: int | None = None, warnings: list[str] | None = None) -> list[list[str]]:
    """The non-blank records of text (quoted cells may span lines), at most limit of them; those
    before a line the csv module gives up on, with a warning."""
    out: list[list[str]] = []
    lines = io.StringIO(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                out.append(record)
                if limit is not None and len(out) >= limit:
                    break
    except csv.Error as e:
        if warnings is None:
            raise
        warnings.append(f"rows read up to line {reader.line_num} only: {e}")
    return out


def _named_columns(header: list[str]) -> int:
    return sum(1 for h in header if column_for(h) is not None)


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    if not any(d in first for d in _DELIMITERS) or first.lstrip().startswith(("|", "#", "<", "{", "=")):
        return 0.0
    delimiter = _delimiter(text)
    try:
        records = _records(text, delimiter, _SCORE_RECORDS)
    except csv.Error:
        return 0.0
    if len(records) < 2 or _named_columns(records[0]) < _MIN_NAMED_COLUMNS:
        return 0.0
    width = len(records[0])
    return _CONSISTENT_SCORE if all(len(r) == width for r in records[1:]) else _RAGGED_SCORE


def rows_apart(text: str) -> list[tuple[str, str]]:
    """A spreadsheet of several engagements as one CSV text per row (the header over that row), each
    with the row's name ("Battle of Marren Ford", else "row 3"); [] for a file of one row or no CSV."""
    if score(text) < _CONSISTENT_SCORE:
        return []
    delimiter = _delimiter(text)
    try:
        records = _records(text, delimiter)
    except csv.Error:
        return []
    if len(records) < 3:
        return []
    header = records[0]
    columns = [column_for(h) for h in header]
    name_at = next((i for i, c in enumerate(columns) if c and c.role == "field" and c.key == "name"), None)
    out = []
    for n, record in enumerate(records[1:], 2):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows([header, record])
        name = record[name_at].strip() if name_at is not None and name_at < len(record) else ""
        out.append((name or f"row {n}", buffer.getvalue()))
    return out


# ---------------------------------------------------------------- one row as a document

def _entries(value: str, key: str) -> str:
    """A cell's value with a list's ";" separators as the line breaks the values parser splits on."""
    value = value.replace("\r\n", "\n")
    return _ENTRY_SEPARATOR.sub("\n", value) if key in _LIST_KEYS else value


def _date(row: list[tuple[Column, str]]) -> str:
    """The date field: a date column's value, else "start – end" (or one of them), else the year."""
    def first(role: str) -> str:
        return next((v for c, v in row if c.role == role and v), "")
    dates = [v for c, v in row if c.role == "field" and c.key == "date" and v]
    if dates:
        return dates[0]
    start, end = first("start"), first("end")
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or first("year")


def _paragraphs(cell: str) -> list[str]:
    """A prose cell's paragraphs: blocks between blank lines (their line breaks wraps), else lines."""
    cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t]*\n", cell) if re.search(r"\n[ \t]*\n", cell) else cell.split("\n")
    return [" ".join(b.split()) for b in blocks if b.strip()]


def _fields(row: list[tuple[Column, str]]) -> list[tuple[str, str, str, int | None]]:
    """(label, key, text, side) of every infobox value of the row, the date made of its columns."""
    found: list[tuple[str, str, str, int | None]] = []
    date = _date(row)
    places = [v for c, v in row if c.role == "field" and c.key == "place" and v]
    for c, value in row:
        if c.role != "field" or not value or c.key == "date":
            continue
        if c.key == "place":
            if value == places[0]:  # every place column in one field, at the first one
                found.append((c.header, "place", ", ".join(dict.fromkeys(places)), None))
            continue
        if c.key == "name" and any(k == "name" for _, k, _, _ in found):
            continue  # a second name column ("title" beside "engagement") is not a second operation
        text = tidy_value(_entries(value, c.key or ""))
        if c.key == "belligerents":
            text, units = split_belligerent_units(text)
            found.append((c.header, "belligerents", text, c.side))
            if units:
                found.append((c.header, "units", units, c.side))
            continue
        found.append((c.header, c.key or "", text, c.side))
    if date:
        found.insert(1 if found and found[0][1] == "name" else 0, ("date", "date", tidy_value(date), None))
    placed = place_casualties([(k, t, s) for _, k, t, s in found])
    return [(label, key, text, side) for (key, text, side), (label, _, _, _) in zip(placed, found)]


def _read(text: str) -> Document:
    warnings: list[str] = []
    if text.count('"') % 2:
        warnings.append("an odd number of quote marks: a quoted cell is not closed, rows after it may be run together")
    delimiter = _delimiter(text)
    records = _records(text, delimiter, warnings=warnings)
    if not records:
        return Document(text=text, shape=SHAPE, warnings=tuple(warnings) + ("no rows found",))
    header, rows = records[0], records[1:]
    columns = [column_for(h) or Column(h, "meta") for h in header]
    if not rows:
        return Document(text=text, shape=SHAPE, warnings=tuple(warnings) + ("a header row and no data rows",))
    if len(rows) > 1:
        warnings.append(f"{len(rows) - 1} more row(s) left out: one document per file, the first row is read")
    record = rows[0]
    if len(record) != len(header):
        warnings.append(f"the first row has {len(record)} cells, the header {len(header)}: cells may be misplaced")
    row = [(c, record[i].strip() if i < len(record) else "") for i, c in enumerate(columns)]
    if page := json_record.boxed_wikitext({c.header: value for c, value in row if value}):
        # a scraper's row: the box as a JSON mapping of the template's parameters (or its wikitext)
        # in one cell, the prose in another, read as the JSON record it is
        read = mediawiki.read(page)
        return dataclasses.replace(read, shape=SHAPE, meta=tuple(_meta(row)) + read.meta,
                                   warnings=tuple(warnings) + read.warnings)
    out = CleanText()
    for label, key, value, side in _fields(row):
        out.add_field(label, key, value, side)
    for c, value in row:
        if c.role == "prose" and value:
            for paragraph in _paragraphs(value):
                out.add_paragraph(paragraph, None)
    if not out.paragraphs:
        warnings.append("no prose column found")
    title = next((f.text for f in out.fields if f.key == "name"), "")
    if not title:
        warnings.append("no name column found")
    return Document(text=out.text, shape=SHAPE, title=title, infobox=tuple(out.fields),
                    paragraphs=tuple(out.paragraphs), meta=tuple(_meta(row)), warnings=tuple(warnings))


def _meta(row: list[tuple[Column, str]]) -> list[tuple[str, str]]:
    return [(c.header, v) for c, v in row if c.role == "meta" and v and "\n" not in v]


read = _text.never_raising(SHAPE, _read)
