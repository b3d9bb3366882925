"""Read-only queries behind the web pages and their JSON twins.

In: a connection opened by :func:`connect_readonly` (``file:...?mode=ro``) and user input (filters,
sort keys, page numbers, search text). Out: frozen dataclasses the web layer renders as HTML or
JSON. Every user value reaches SQLite as a bound parameter; the only names spliced into SQL come
from the fixed :data:`SORT_COLUMNS` table. Nothing here writes, and odd input (unknown ids, a
search string full of FTS5 operators) gives an empty result or ``None``, never an exception.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warfile.model import Event, Operation
from warfile.serialize import record_from_dict

# Sort keys the operations table accepts -> the SQL expression they sort by. Anything else falls
# back to the default, so no user text is ever spliced into ORDER BY.
SORT_COLUMNS = {
    "name": "o.name COLLATE NOCASE",
    "start_date": "o.start_date",
    "end_date": "o.end_date",
    "result": "o.result COLLATE NOCASE",
    "n_documents": "o.n_documents",
    "n_events": "o.n_events",
}
DEFAULT_SORT = "start_date"

# A page holds at most this many rows: enough for a screen, small enough that the largest page
# (events of a 100k-event database) renders well under the 50 ms latency goal (bench/web_latency.py).
MAX_PER_PAGE = 200

# Search: terms beyond this many are ignored (a pasted paragraph should not build a huge query).
MAX_SEARCH_TERMS = 12
SNIPPET_TOKENS = 16  # words of context FTS5's snippet() keeps around a match
# Private-use characters the snippet marks matches with; escaped text never contains them.
_HIT_OPEN, _HIT_CLOSE = "\ue000", "\ue001"


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro`` URI): the web layer cannot change the database."""
    uri = Path(path).expanduser().resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


# ---------------------------------------------------------------- result types

@dataclass(frozen=True, slots=True)
class ResultPage:
    """One page of a longer list."""

    items: tuple[Any, ...]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True, slots=True)
class OperationFilter:
    year: int | None = None  # the operation was under way in this year
    place: str | None = None  # substring of a place
    group: str | None = None  # substring of a belligerent or supporter
    result: str | None = None  # substring of the result
    name: str | None = None  # substring of the name


@dataclass(frozen=True, slots=True)
class OperationSummary:
    id: str
    name: str
    start_date: str | None
    end_date: str | None
    result: str | None
    places: tuple[str, ...]
    groups: tuple[str, ...]
    n_documents: int
    n_events: int


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    name: str
    title: str
    shape: str
    size: int


@dataclass(frozen=True, slots=True)
class EventRow:
    id: str
    operation_id: str
    idx: int
    date: str
    date_end: str | None
    date_prec: int
    type: str
    claimant: str | None
    disputed: bool
    summary: str
    document_id: str | None
    span_start: int | None
    span_end: int | None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    operation_name: str = ""


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Where a value of an operation is stated: a document and a character span in its text."""

    document_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OperationDetail:
    summary: OperationSummary
    record: Operation
    documents: tuple[DocumentSummary, ...]
    events: tuple[EventRow, ...]
    # record JSON pointer ('/sides/0/casualties/1', '/result') -> where the document states it
    spans: dict[str, SourceSpan] = field(default_factory=dict)
    linked: tuple[OperationSummary, ...] = ()
    entities: dict[str, str] = field(default_factory=dict)  # a name as written -> entity id


@dataclass(frozen=True, slots=True)
class MentionRow:
    operation_id: str
    operation_name: str
    document_id: str | None
    side: int | None
    role: str | None
    surface: str
    span_start: int | None
    span_end: int | None
    event_idx: int | None
    event_date: str | None = None
    event_summary: str | None = None


@dataclass(frozen=True, slots=True)
class EntityDetail:
    id: str
    kind: str
    name: str
    killed: bool
    aliases: tuple[str, ...]
    mentions: tuple[MentionRow, ...]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A stretch of a document's text that holds an extracted value or event."""

    start: int
    end: int
    kind: str  # 'event', 'entity', 'value'
    label: str


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    id: str
    name: str
    path: str
    title: str
    shape: str
    size: int
    text: str
    warnings: tuple[str, ...]
    ingested_at: str | None
    operations: tuple[OperationSummary, ...]
    highlights: tuple[Highlight, ...]


@dataclass(frozen=True, slots=True)
class Snippet:
    """Text with the matched terms marked: (text, is_match) pieces in order."""

    parts: tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class DocumentHit:
    id: str
    title: str
    name: str
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    documents: tuple[DocumentHit, ...]
    events: ResultPage  # of EventRow


# ---------------------------------------------------------------- helpers

def _json_list(value: Any) -> tuple[str, ...]:
    """A JSON list column as a tuple of strings; anything unreadable reads as empty."""
    if not value:
        return ()
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return ()
    if isinstance(data, str):
        return (data,)
    if not isinstance(data, list):
        return ()
    return tuple(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in data)


def _record(value: Any, fallback_name: str) -> Operation:
    try:
        data = json.loads(value) if value else {}
        if not isinstance(data, dict):
            data = {}
        data.setdefault("name", fallback_name)
        return record_from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError):
        return Operation(name=fallback_name)


def _page_bounds(page: int, per_page: int) -> tuple[int, int]:
    per_page = min(max(1, per_page), MAX_PER_PAGE)
    return max(1, page), per_page


def _like(text: str) -> str:
    """A LIKE pattern matching text anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _operation_filter_sql(f: OperationFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.year is not None:
        # Under way that year: started no later than it and ended (or, undated end, started) no earlier.
        clauses.append("substr(o.start_date, 1, 4) <= ? AND substr(coalesce(o.end_date, o.start_date), 1, 4) >= ?")
        params += [f"{f.year:04d}", f"{f.year:04d}"]
    if f.place:
        clauses.append("o.places LIKE ? ESCAPE '\\'")
        params.append(_like(f.place))
    if f.result:
        clauses.append("o.result LIKE ? ESCAPE '\\'")
        params.append(_like(f.result))
    if f.name:
        clauses.append("o.name LIKE ? ESCAPE '\\'")
        params.append(_like(f.name))
    if f.group:
        clauses.append("EXISTS (SELECT 1 FROM sides s WHERE s.operation_id = o.id AND "
                       "(s.belligerents LIKE ? ESCAPE '\\' OR s.supporters LIKE ? ESCAPE '\\'))")
        params += [_like(f.group), _like(f.group)]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SUMMARY_SELECT = (
    "SELECT o.id, o.name, o.start_date, o.end_date, o.result, o.places, o.n_documents, o.n_events, "
    "(SELECT group_concat(s.belligerents, char(31)) FROM sides s WHERE s.operation_id = o.id) AS groups "
    "FROM operations o"
)


def _summary(row: sqlite3.Row) -> OperationSummary:
    groups: list[str] = []
    for chunk in (row["groups"] or "").split("\x1f"):
        groups += [g for g in _json_list(chunk) if g not in groups]
    return OperationSummary(
        id=row["id"], name=row["name"] or row["id"], start_date=row["start_date"], end_date=row["end_date"],
        result=row["result"], places=_json_list(row["places"]), groups=tuple(groups),
        n_documents=row["n_documents"] or 0, n_events=row["n_events"] or 0,
    )


def _event(row: sqlite3.Row, known: Event | None = None) -> EventRow:
    """An events row; `known` is the same event from an already-parsed record, which spares
    decoding the row's JSON columns (a third of an operation page's time at 100 events)."""
    keys = row.keys()
    if known is not None and known.summary == (row["summary"] or ""):
        actors, places = known.actors, known.places
    else:
        actors, places = _json_list(row["actors"]), _json_list(row["places"])
    return EventRow(
        id=row["id"], operation_id=row["operation_id"], idx=row["idx"] or 0, date=row["date"] or "",
        date_end=row["date_end"], date_prec=row["date_prec"] or 1, type=row["type"] or "other",
        claimant=row["claimant"], disputed=bool(row["disputed"]), summary=row["summary"] or "",
        document_id=row["document_id"], span_start=row["span_start"], span_end=row["span_end"],
        actors=actors, places=places,
        operation_name=(row["operation_name"] or "") if "operation_name" in keys else "",
    )


# ---------------------------------------------------------------- operations

def list_operations(conn: sqlite3.Connection, filters: OperationFilter = OperationFilter(),
                    sort: str = DEFAULT_SORT, descending: bool = False,
                    page: int = 1, per_page: int = 50) -> ResultPage:
    """One page of operations matching the filters, sorted by a key of SORT_COLUMNS."""
    page, per_page = _page_bounds(page, per_page)
    where, params = _operation_filter_sql(filters)
    total = conn.execute(f"SELECT count(*) FROM operations o{where}", params).fetchone()[0]
    # Sort and cut the page on the bare table first, so the per-row groups subquery runs for
    # one page of rows rather than for every operation (15 ms -> 3 ms on 1,000 operations).
    rows = conn.execute(
        f"{_SUMMARY_SELECT} WHERE o.id IN (SELECT o.id FROM operations o{where} "
        f"ORDER BY {_order_by(sort, descending)} LIMIT ? OFFSET ?) ORDER BY {_order_by(sort, descending)}",
        [*params, per_page, (page - 1) * per_page],
    ).fetchall()
    return ResultPage(tuple(_summary(r) for r in rows), total, page, per_page)


def iter_operations(conn: sqlite3.Connection, filters: OperationFilter = OperationFilter(),
                    sort: str = DEFAULT_SORT, descending: bool = False) -> Iterator[OperationSummary]:
    """Every operation matching the filters (for CSV and JSON downloads)."""
    where, params = _operation_filter_sql(filters)
    for row in conn.execute(f"{_SUMMARY_SELECT}{where} ORDER BY {_order_by(sort, descending)}", params):
        yield _summary(row)


def _order_by(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    return f"{column} IS NULL, {column} {direction}, o.id"


def operation_years(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Years in which some operation starts, for the year filter's choices."""
    rows = conn.execute("SELECT DISTINCT substr(start_date, 1, 4) FROM operations "
                        "WHERE start_date GLOB '[0-9][0-9][0-9][0-9]*' ORDER BY 1").fetchall()
    return tuple(int(r[0]) for r in rows)


def get_operation(conn: sqlite3.Connection, operation_id: str) -> OperationDetail | None:
    """The merged record, its documents, events and where each value is stated; None if unknown."""
    row = conn.execute(f"{_SUMMARY_SELECT} WHERE o.id = ?", [operation_id]).fetchone()
    if row is None:
        return None
    record_json = conn.execute("SELECT record FROM operations WHERE id = ?", [operation_id]).fetchone()[0]
    summary = _summary(row)
    record = _record(record_json, summary.name)
    docs = conn.execute(
        "SELECT d.id, d.name, d.title, d.shape, d.size, d.text FROM operation_documents od "
        "JOIN documents d ON d.id = od.document_id WHERE od.operation_id = ? ORDER BY d.name",
        [operation_id],
    ).fetchall()
    events = conn.execute(
        "SELECT * FROM events WHERE operation_id = ? ORDER BY date, idx", [operation_id]).fetchall()
    linked = conn.execute(
        f"{_SUMMARY_SELECT} WHERE o.id IN (SELECT b FROM operation_links WHERE a = ? "
        "UNION SELECT a FROM operation_links WHERE b = ?) ORDER BY o.start_date", [operation_id, operation_id],
    ).fetchall()
    texts = {d["id"]: d["text"] or "" for d in docs}
    return OperationDetail(
        summary=summary, record=record,
        documents=tuple(DocumentSummary(d["id"], d["name"] or d["id"], d["title"] or "", d["shape"] or "",
                                        d["size"] or 0) for d in docs),
        events=tuple(_event(e, _nth(record.events, e["idx"])) for e in events),
        spans=locate_values(record, texts, _name_to_id(docs)),
        linked=tuple(_summary(r) for r in linked),
        entities=_entity_ids(conn, operation_id),
    )


def _entity_ids(conn: sqlite3.Connection, operation_id: str) -> dict[str, str]:
    """Each name the operation's mentions use (and the canonical name) -> its entity id."""
    out: dict[str, str] = {}
    for r in conn.execute("SELECT DISTINCT m.surface, m.entity_id, en.name FROM mentions m "
                          "LEFT JOIN entities en ON en.id = m.entity_id WHERE m.operation_id = ? "
                          "ORDER BY m.entity_id, m.surface", [operation_id]):
        for name in (r["surface"], r["name"]):
            if name:
                out.setdefault(name, r["entity_id"])
    return out


def _nth(events: tuple[Event, ...], idx: int | None) -> Event | None:
    return events[idx] if idx is not None and 0 <= idx < len(events) else None


def _name_to_id(docs: list[sqlite3.Row]) -> dict[str, str]:
    """Sources and conflicts name a document by id, file name or path: map all three to the id."""
    out: dict[str, str] = {}
    for d in docs:
        for key in (d["id"], d["name"]):
            if key:
                out[key] = d["id"]
    return out


def value_texts(record: Operation) -> Iterator[tuple[str, str, str]]:
    """(JSON pointer, kind, source text) for each value of a record a reader can find in the text."""
    if record.result:
        yield "/result", "result", record.result
    for i, side in enumerate(record.sides):
        base = f"/sides/{i}"
        for j, name in enumerate(side.belligerents):
            yield f"{base}/belligerents/{j}", "belligerent", name
        for j, person in enumerate(side.commanders):
            yield f"{base}/commanders/{j}", "commander", person.name
        for j, q in enumerate(side.strength):
            yield f"{base}/strength/{j}", "strength", q.text
        for j, c in enumerate(side.casualties):
            yield f"{base}/casualties/{j}", "casualties", c.text
    for j, c in enumerate(record.civilian_casualties):
        yield f"/civilian_casualties/{j}", "casualties", c.text


def locate_values(record: Operation, texts: dict[str, str],
                  doc_ids: dict[str, str] | None = None) -> dict[str, SourceSpan]:
    """Where each value's source text first occurs in the documents, preferring the documents the
    record's provenance names for that value. Values found in no document are left out."""
    doc_ids = doc_ids or {k: k for k in texts}
    by_pointer = {p.field: [doc_ids[d] for d in p.documents if d in doc_ids] for p in record.provenance}
    out: dict[str, SourceSpan] = {}
    for pointer, _kind, needle in value_texts(record):
        needle = needle.strip()
        if not needle:
            continue
        for doc_id in [*by_pointer.get(pointer, []), *texts]:
            start = texts.get(doc_id, "").find(needle)
            if start >= 0:
                out[pointer] = SourceSpan(doc_id, start, start + len(needle))
                break
    return out


# ---------------------------------------------------------------- events

def list_events(conn: sqlite3.Connection, operation_id: str | None = None, type: str | None = None,
                year: int | None = None, page: int = 1, per_page: int = 100) -> ResultPage:
    """Events across operations, in date order, filtered by operation, type and year."""
    page, per_page = _page_bounds(page, per_page)
    clauses, params = _event_filter_sql(operation_id, type, year)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT e.*, o.name AS operation_name FROM events e LEFT JOIN operations o ON o.id = e.operation_id"
        f"{where} ORDER BY e.date, e.operation_id, e.idx LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page]).fetchall()
    return ResultPage(tuple(_event(r) for r in rows), total, page, per_page)


def _event_filter_sql(operation_id: str | None, type: str | None, year: int | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if operation_id:
        clauses.append("e.operation_id = ?")
        params.append(operation_id)
    if type:
        clauses.append("e.type = ?")
        params.append(type)
    if year is not None:
        clauses.append("e.date >= ? AND e.date < ?")  # ISO dates sort as text; uses the date index
        params += [f"{year:04d}", f"{year + 1:04d}"]
    return clauses, params


def event_types(conn: sqlite3.Connection) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1"))


# ---------------------------------------------------------------- entities

def get_entity(conn: sqlite3.Connection, entity_id: str) -> EntityDetail | None:
    """A person, group or place with its aliases and every operation and event naming it."""
    row = conn.execute("SELECT id, kind, name, killed FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    aliases = tuple(r[0] for r in conn.execute(
        "SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias COLLATE NOCASE, alias", [entity_id]))
    mentions = conn.execute(
        "SELECT m.*, o.name AS operation_name, e.date AS event_date, e.summary AS event_summary "
        "FROM mentions m LEFT JOIN operations o ON o.id = m.operation_id "
        "LEFT JOIN events e ON e.operation_id = m.operation_id AND e.idx = m.event_idx "
        "WHERE m.entity_id = ? ORDER BY o.start_date, m.operation_id, m.event_idx, m.span_start", [entity_id],
    ).fetchall()
    return EntityDetail(
        id=row["id"], kind=row["kind"] or "", name=row["name"] or row["id"], killed=bool(row["killed"]),
        aliases=aliases,
        mentions=tuple(MentionRow(
            operation_id=m["operation_id"], operation_name=m["operation_name"] or m["operation_id"] or "",
            document_id=m["document_id"], side=m["side"], role=m["role"], surface=m["surface"] or "",
            span_start=m["span_start"], span_end=m["span_end"], event_idx=m["event_idx"],
            event_date=m["event_date"], event_summary=m["event_summary"]) for m in mentions),
    )


def list_entities(conn: sqlite3.Connection, kind: str | None = None, name: str | None = None,
                  page: int = 1, per_page: int = 100) -> ResultPage:
    """Entities by kind and name substring, most mentioned first; items are (id, kind, name, n_mentions)."""
    page, per_page = _page_bounds(page, per_page)
    clauses, params = [], []
    if kind:
        clauses.append("en.kind = ?")
        params.append(kind)
    if name:
        clauses.append("en.name LIKE ? ESCAPE '\\'")
        params.append(_like(name))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT count(*) FROM entities en{where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT en.id, en.kind, en.name, (SELECT count(*) FROM mentions m WHERE m.entity_id = en.id) AS n "
        f"FROM entities en{where} ORDER BY n DESC, en.name COLLATE NOCASE, en.id LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page]).fetchall()
    return ResultPage(tuple((r[0], r[1], r[2], r[3]) for r in rows), total, page, per_page)


# ---------------------------------------------------------------- documents

_OPERATIONS_OF_DOCUMENT = "SELECT operation_id FROM operation_documents WHERE document_id = ?"


def get_document(conn: sqlite3.Connection, document_id: str) -> DocumentDetail | None:
    """The stored text with every extracted value, entity mention and event located in it."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        return None
    text = row["text"] or ""
    highlights: list[Highlight] = []
    # events and mentions have no document index: reach them through the document's operations.
    for e in conn.execute("SELECT type, date, span_start, span_end FROM events WHERE operation_id IN "
                          f"({_OPERATIONS_OF_DOCUMENT}) AND document_id = ? AND span_start IS NOT NULL",
                          [document_id, document_id]):
        highlights.append(Highlight(e["span_start"], e["span_end"], "event", f"{e['type']} {e['date']}"))
    for m in conn.execute("SELECT DISTINCT m.span_start, m.span_end, m.role, en.kind FROM mentions m "
                          f"LEFT JOIN entities en ON en.id = m.entity_id WHERE m.operation_id IN ({_OPERATIONS_OF_DOCUMENT}) "
                          "AND m.document_id = ? AND m.span_start IS NOT NULL", [document_id, document_id]):
        highlights.append(Highlight(m["span_start"], m["span_end"], "entity", m["role"] or m["kind"] or "entity"))
    record = _record(row["record"], row["title"] or "")
    for pointer, span in locate_values(record, {document_id: text}).items():
        highlights.append(Highlight(span.start, span.end, "value", pointer))
    for e in record.events:  # the per-document record's own events, when the events table lacks them
        if e.span and (e.document in (None, "", document_id, row["name"])):
            highlights.append(Highlight(e.span.start, e.span.end, "event", f"{e.type} {e.date}"))
    operations = conn.execute(
        f"{_SUMMARY_SELECT} WHERE o.id IN ({_OPERATIONS_OF_DOCUMENT})",
        [document_id]).fetchall()
    valid = {h for h in highlights if 0 <= h.start < h.end <= len(text)}
    return DocumentDetail(
        id=row["id"], name=row["name"] or "", path=row["path"] or "", title=row["title"] or "",
        shape=row["shape"] or "", size=row["size"] or len(text), text=text,
        warnings=_json_list(row["warnings"]), ingested_at=row["ingested_at"],
        operations=tuple(_summary(r) for r in operations),
        highlights=tuple(sorted(valid, key=lambda h: (h.start, -h.end, h.kind, h.label))),
    )


# ---------------------------------------------------------------- search

def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: each word quoted (so AND, NEAR, quotes, colons and
    parentheses are plain words), all words required, the last one also matching as a prefix."""
    terms = re.findall(r"\w+", text or "")[:MAX_SEARCH_TERMS]
    if not terms:
        return ""
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _snippet(marked: str) -> Snippet:
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{_HIT_OPEN}{_HIT_CLOSE}]", marked or "")):
        if piece:
            parts.append((piece, i % 2 == 1))
    return Snippet(tuple(parts))


def search(conn: sqlite3.Connection, q: str, type: str | None = None, year: int | None = None,
           scope: str = "all", page: int = 1, per_page: int = 50) -> SearchResults:
    """Full-text search over documents (title and text) and events (summary, places, actors)."""
    page, per_page = _page_bounds(page, per_page)
    match = fts_query(q)
    empty = ResultPage((), 0, page, per_page)
    if not match:
        return SearchResults(q, (), empty)
    documents: tuple[DocumentHit, ...] = ()
    events = empty
    if scope in ("all", "documents") and not type:
        documents = _search_documents(conn, match, year)
    if scope in ("all", "events"):
        events = _search_events(conn, match, type, year, page, per_page)
    return SearchResults(q, documents, events)


def _search_documents(conn: sqlite3.Connection, match: str, year: int | None) -> tuple[DocumentHit, ...]:
    params: list[Any] = [_HIT_OPEN, _HIT_CLOSE, SNIPPET_TOKENS, match]
    year_sql = ""
    if year is not None:
        year_sql = (" AND d.id IN (SELECT od.document_id FROM operation_documents od JOIN operations o "
                    "ON o.id = od.operation_id WHERE substr(o.start_date, 1, 4) <= ? "
                    "AND substr(coalesce(o.end_date, o.start_date), 1, 4) >= ?)")
        params += [f"{year:04d}", f"{year:04d}"]
    try:
        rows = conn.execute(
            "SELECT d.id, d.title, d.name, snippet(documents_fts, 1, ?, ?, '…', ?) AS snip "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            f"WHERE documents_fts MATCH ?{year_sql} ORDER BY rank LIMIT 20", params).fetchall()
    except sqlite3.OperationalError:  # no FTS table in this database: nothing to search
        return ()
    return tuple(DocumentHit(r["id"], r["title"] or "", r["name"] or "", _snippet(r["snip"])) for r in rows)


def _search_events(conn: sqlite3.Connection, match: str, type: str | None, year: int | None,
                   page: int, per_page: int) -> ResultPage:
    clauses, params = _event_filter_sql(None, type, year)
    extra = "".join(f" AND {c}" for c in clauses)
    base = ("FROM events_fts JOIN events e ON e.rowid = events_fts.rowid "
            f"LEFT JOIN operations o ON o.id = e.operation_id WHERE events_fts MATCH ?{extra}")
    try:
        total = conn.execute(f"SELECT count(*) {base}", [match, *params]).fetchone()[0]
        rows = conn.execute(f"SELECT e.*, o.name AS operation_name {base} ORDER BY rank, e.id LIMIT ? OFFSET ?",
                            [match, *params, per_page, (page - 1) * per_page]).fetchall()
    except sqlite3.OperationalError:
        return ResultPage((), 0, page, per_page)
    return ResultPage(tuple(_event(r) for r in rows), total, page, per_page)
