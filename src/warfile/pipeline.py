"""Inputs in, stored operations out: the one path every document takes.

:func:`process_text` is pure (read, extract; no database), so it runs anywhere, a Dask worker
included. :func:`ingest` expands paths (files, folders, globs, ``-`` for stdin, MediaWiki dumps)
into :class:`Item` inputs, processes them (locally or through ``warfile.engine.run_dask``), stores
each document in its own transaction (a savepoint of a batch committed about once a second), then re-groups, merges and re-resolves every operation in
one more transaction (:func:`rebuild_operations`). Bad input never stops a batch: each problem is
one line naming the input, counted in the :class:`IngestSummary`.
"""
from __future__ import annotations

import dataclasses
import functools
import glob
import os
import re
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from warfile import readers
from warfile.errors import WarfileError
from warfile.model import Document, Operation, Source
from warfile.serialize import record_to_dict
from warfile.store import documents as doc_store
from warfile.store import events as event_store
from warfile.store import operations as op_store
from warfile.store.db import batched, indexes_deferred, transaction

if TYPE_CHECKING:  # the store's entity pass is imported when a rebuild runs, not with the pipeline
    from warfile.store.entities import Report

# A single article is at most a few MB (the longest English Wikipedia articles are ~1.5 MB of
# wikitext; an HTML save of one with scripts is ~5 MB). 32 MiB leaves a wide margin while keeping
# one document, read whole, well inside memory. Larger inputs are refused with a message, except
# MediaWiki dumps, which are streamed page by page.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024

# How much of a file is sniffed for NUL bytes: text documents never hold one, binary formats
# (images, PDFs, zip, sqlite) hold one within their first few hundred bytes.
BINARY_SNIFF_BYTES = 8192

# Above this many inputs the rich progress bar is shown (a short batch finishes before it helps).
PROGRESS_MIN_ITEMS = 20

GLOB_CHARS = frozenset("*?[")

DECODE_WARNING = "not valid UTF-8"

# Infobox keys that are no evidence of an operation: every reader names a document after its
# first line or title, so a note or a README has a 'name' too.
TITLE_KEYS = frozenset({"name", "aliases"})


# ---------------------------------------------------------------- results

@dataclass(frozen=True, slots=True)
class Item:
    """One input to process: its display name, where it came from, and its decoded text."""

    name: str  # file name (or "dump.xml#Title", "<stdin>")
    path: str  # absolute path used to recognise a re-ingested input ("" for stdin)
    text: str
    shape: str | None = None
    size: int = 0  # bytes read
    warnings: tuple[str, ...] = ()


# (code version, grouping summary row, blocking keys): see grouping_of
Grouping = tuple[str, doc_store.SummaryRow, list[str]]


@dataclass(frozen=True, slots=True)
class Processed:
    """An input read and extracted: its document and the per-document operation record."""

    name: str
    path: str
    document: Document
    record: Operation
    size: int = 0
    # What grouping reads of the record (see grouping_of), made where the record was: on a Dask
    # worker, not on the driver that stores every result.
    grouping: Grouping | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is readable but not about a military operation."""

    name: str
    reason: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Failed:
    """An input that could not be read or processed; ``message`` says why."""

    name: str
    message: str
    path: str = ""


Result = Processed | Skipped | Failed


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    operations: int = 0
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


# ---------------------------------------------------------------- processing (pure)

def _extract(doc: Document) -> Operation:
    from warfile.extract import extract_operation
    return extract_operation(doc)


def not_an_operation(doc: Document, record: Operation) -> str | None:
    """Why a document is not about an operation (None when it is): no infobox, no dated events."""
    if any(f.key not in TITLE_KEYS for f in doc.infobox) or record.events:
        return None
    if not doc.text.strip():
        return "no text left after reading"
    return "no infobox fields and no dated military events"


def process_text(text: str, name: str, shape: str | None = None, path: str = "") -> Processed | Skipped:
    """Read and extract one text; Skipped(reason) when it is not about a military operation.

    Raises readers.UnknownShape for an unknown shape; anything else raised is a bug in a stage
    (:func:`process_item` turns it into a Failed result).
    """
    doc = readers.read_document(text, path=path or name, shape=shape)
    if shape == "mediawiki" and (page := name.partition("#")[2]) and "title" not in dict(doc.meta):
        # a dump's page: its title is the page's, not the box's (a Wikisource work's header titles it)
        doc = dataclasses.replace(doc, title=page)
    record = _extract(doc)
    reason = not_an_operation(doc, record)
    if reason:
        return Skipped(name, reason, path)
    # A per-document record has one source: this document, by id (file names can repeat across
    # folders; `extract` output swaps in the file name, see document_record).
    record = dataclasses.replace(record, sources=(Source(doc.id, doc.title, doc.shape, path or name),))
    if any(e.document is None for e in record.events):  # spans index this document's text
        record = dataclasses.replace(record, events=tuple(
            e if e.document is not None else dataclasses.replace(e, document=doc.id) for e in record.events))
    return Processed(name, path, doc, record, len(text.encode("utf-8", "surrogatepass")), grouping_of(record))


def process_item(item: Item) -> Result:
    """process_text for one Item, never raising: a failing stage becomes Failed naming the error."""
    try:
        result = process_text(item.text, item.name, item.shape, item.path)
    except readers.UnknownShape as exc:
        return Failed(item.name, str(exc), item.path)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        return Failed(item.name, f"could not be processed ({type(exc).__name__}: {exc})", item.path)
    return finish(item, result)


def finish(item: Item, result: object) -> Result:
    """A result for item, carrying what the item knows (path, bytes read, decoding warnings).

    Also accepts results computed elsewhere (a Dask worker sees only text, name and shape, and
    reports failures with its own Failed type carrying ``reason``).
    """
    if isinstance(result, Processed):
        doc = result.document
        if item.path and not result.path:
            doc = dataclasses.replace(doc, path=item.path)
            record = dataclasses.replace(result.record, sources=tuple(
                dataclasses.replace(s, path=item.path) if s.document == doc.id else s
                for s in result.record.sources))
            result = dataclasses.replace(result, path=item.path, record=record)
        return dataclasses.replace(result, size=item.size or result.size,
                                   document=dataclasses.replace(doc, warnings=item.warnings + doc.warnings))
    if isinstance(result, Skipped):  # the one line a skipped input gets also says how it was decoded
        reason = "; ".join((result.reason, *item.warnings))
        return dataclasses.replace(result, path=item.path, reason=reason)
    if isinstance(result, Failed):
        return result
    return Failed(item.name, str(getattr(result, "reason", None) or getattr(result, "message", result)), item.path)


def document_record(result: Processed) -> dict[str, Any]:
    """The per-document record as `warfile extract` prints it: sources[0].document is the file name."""
    record = record_to_dict(result.record)
    sources = record.get("sources") or [{}]
    record["sources"] = [{**sources[0], "document": result.name}, *sources[1:]]
    return record


# ---------------------------------------------------------------- inputs

def decode(data: bytes, name: str, path: str = "", shape: str | None = None) -> Item | Failed:
    """Bytes to an Item: refuses empty and binary input; non-UTF-8 is decoded with a warning."""
    if not data.strip():
        return Failed(name, "empty file", path)
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return Failed(name, "binary file (NUL bytes), not a text document", path)
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warnings = (f"{DECODE_WARNING} (first bad byte at offset {exc.start}); "
                    "undecodable bytes replaced with U+FFFD",)
    if not text.strip():
        return Failed(name, "empty file", path)
    return Item(name, path, text, shape, len(data), warnings)


def read_file(path: Path, shape: str | None = None) -> Item | Failed:
    """One file as an Item, refusing files above MAX_DOCUMENT_BYTES without reading them."""
    name, path = path.name, path.resolve()  # named as listed, stored by its real path
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            return Failed(name, f"file is {size / 2**20:.0f} MiB, above the {MAX_DOCUMENT_BYTES // 2**20} MiB "
                                "limit for one document (MediaWiki dumps, .xml/.xml.bz2, are streamed)",
                          str(path))
        with open(path, "rb") as f:
            data = f.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        return Failed(name, f"cannot read: {exc.strerror or exc}", str(path))
    if len(data) > MAX_DOCUMENT_BYTES:  # grew while we looked
        return Failed(name, f"file is above the {MAX_DOCUMENT_BYTES // 2**20} MiB limit for one document",
                      str(path))
    return decode(data, name, str(path), shape)


def read_stdin(shape: str | None = None) -> Item | Failed:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    data = stream.read(MAX_DOCUMENT_BYTES + 1) if stream else sys.stdin.read().encode("utf-8")
    if len(data) > MAX_DOCUMENT_BYTES:
        return Failed("<stdin>", f"input is above the {MAX_DOCUMENT_BYTES // 2**20} MiB limit for one document")
    return decode(data, "<stdin>", "", shape)


def _is_dump(path: Path) -> bool:
    if not path.name.lower().endswith((".xml", ".xml.bz2", ".bz2")):
        return False
    from warfile.readers.dump import is_dump
    return is_dump(path)


def _dump_items(path: Path) -> Iterator[Item | Failed]:
    from warfile.readers.dump import iter_pages
    pages = 0
    for title, wikitext in iter_pages(path):
        pages += 1
        yield Item(f"{path.name}#{title}", f"{path}#{title}", wikitext, "mediawiki",
                   len(wikitext.encode("utf-8", "surrogatepass")))
    if not pages:  # one line rather than silence
        yield Failed(path.name, "a MediaWiki export with no article carrying a military-conflict infobox "
                                "(only talk, user, template or redirect pages, or none)", str(path))


def _documents_apart(item: Item | Failed) -> Iterator[Item | Failed]:
    """A file of several documents as an Item each: a spreadsheet of several engagements (.csv/.tsv)
    per row ("file.csv#<row's name>"), a web feed per post ("feed.xml#<post's title>"); any other
    input as it is."""
    if isinstance(item, Failed):
        yield item
        return
    parts, shape = [], item.shape
    if item.shape in (None, "csv") and item.name.lower().endswith((".csv", ".tsv")):
        from warfile.readers.csv_record import rows_apart
        parts, shape = rows_apart(item.text), "csv"
    elif item.shape in (None, "feed"):
        from warfile.readers import feed
        if feed.score(item.text):
            parts, shape = feed.entries_apart(item.text), "feed"
    if not parts:
        yield item
        return
    for name, text in parts:
        yield Item(f"{item.name}#{name}", f"{item.path}#{name}", text, shape,
                   len(text.encode("utf-8", "surrogatepass")), item.warnings)


def _walk(folder: Path) -> Iterator[Path | Failed]:
    """Files under a folder, sorted, recursive; hidden entries skipped; unreadable ones reported."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f
    for exc in errors:
        name = Path(exc.filename).name if exc.filename else str(folder)
        yield Failed(name, f"cannot read folder: {exc.strerror or exc}", str(exc.filename or folder))


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str | Failed]:
    """Each argument as files: folders walked, globs expanded, '-' kept; a missing one is Failed."""
    for arg in paths:
        if arg == "-":
            yield "-"
            continue
        path = Path(arg).expanduser()
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(str(path), recursive=True))
            if not matches:
                yield Failed(arg, "no file matches this pattern", arg)
            for m in matches:
                yield from (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])
        else:
            yield Failed(arg, "no such file or folder", arg)


def check_shape(shape: str | None) -> None:
    """A --shape the readers do not know is a user error, raised before anything is read."""
    if shape is not None and shape not in readers.READERS:
        raise WarfileError(f"unknown shape {shape!r}; choose one of: {', '.join(sorted(readers.READERS))}")


def iter_items(paths: Iterable[str], shape: str | None = None) -> Iterator[Item | Failed]:
    """Every input named by paths, as Items ready to process or Failed ones to report."""
    return iter_items_from(expand_paths(paths), shape)


def iter_items_from(entries: Iterable[Path | str | Failed], shape: str | None) -> Iterator[Item | Failed]:
    for entry in entries:
        if isinstance(entry, Failed):
            yield entry
        elif entry == "-":
            yield read_stdin(shape)
        elif isinstance(entry, Path) and _is_dump(entry):
            yield from _dump_items(entry.resolve())
        elif isinstance(entry, Path):
            yield from _documents_apart(read_file(entry, shape))


# ---------------------------------------------------------------- running

def _run_local(items: Iterable[Item | Failed]) -> Iterator[Result]:
    for item in items:
        yield item if isinstance(item, Failed) else process_item(item)


def _run_dask(items: Iterable[Item | Failed], workers: int | None, scheduler: str | None) -> Iterator[Result]:
    """Items processed on Dask, in input order, each result completed with its item's metadata."""
    try:
        from warfile.engine import run_dask
    except ImportError as exc:
        raise WarfileError(f"the dask engine is not available ({exc}); install warfile[dask]") from exc
    pending: deque[Item | Failed] = deque()

    def work() -> Iterator[tuple[str, str, str | None]]:
        for item in items:
            pending.append(item)
            if not isinstance(item, Failed):
                yield item.text, item.name, item.shape

    for result in run_dask(work(), workers or 2, scheduler, ordered=True):
        while isinstance(pending[0], Failed):  # inputs that could not be read keep their place
            yield pending.popleft()  # type: ignore[misc]
        yield finish(pending.popleft(), result)  # type: ignore[arg-type]
    yield from pending  # type: ignore[misc]  # only unread (Failed) inputs can remain


def run(items: Iterable[Item | Failed], engine: str = "local", workers: int | None = None,
        scheduler: str | None = None) -> Iterator[Result]:
    if engine == "local":
        return _run_local(items)
    if engine == "dask":
        return _run_dask(items, workers, scheduler)
    raise WarfileError(f"unknown engine {engine!r}; choose local or dask")


def store_result(conn: sqlite3.Connection, result: Processed) -> str:
    """Store one processed document in its own transaction (a savepoint when the caller batches
    commits): 'ingested', 'unchanged' or 'replaced'."""
    with transaction(conn):
        outcome = doc_store.save_document(conn, result.document, result.record, name=result.name,
                                          path=result.path, size=result.size)
        if outcome != "unchanged":
            save_summary(conn, result.document.id, result.record, merge_version(), result.grouping)
            op_store.mark_stale(conn)
    return outcome


def record_result(conn: sqlite3.Connection, result: Result, summary: IngestSummary,
                  say: Callable[[str, str, str], None]) -> None:
    """Store or report one result, counting it in the summary."""
    if isinstance(result, Skipped):
        summary.skipped += 1
        say("skipped", result.name, result.reason)
        return
    if isinstance(result, Failed):
        summary.failed += 1
        say("failed", result.name, result.message)
        return
    for w in result.document.warnings:
        if w.startswith(DECODE_WARNING):
            say("warning", result.name, w)
    try:
        outcome = store_result(conn, result)
    except Exception as exc:  # noqa: BLE001 - its transaction rolled back; the batch goes on
        summary.failed += 1
        say("failed", result.name, f"could not be stored ({type(exc).__name__}: {exc})")
        return
    setattr(summary, outcome, getattr(summary, outcome) + 1)


def ingest(paths: Sequence[str], conn: sqlite3.Connection, *, shape: str | None = None, progress: bool = True,
           engine: str = "local", workers: int | None = None, scheduler: str | None = None,
           echo: Callable[[str], None] | None = None) -> IngestSummary:
    """Ingest every input named by paths into conn, then rebuild the operations once.

    Each message (one line per skipped, failed or warned input) is passed to echo as it happens
    and kept in the summary. Raises WarfileError only for a bad --shape or engine (before anything is read).
    """
    check_shape(shape)
    summary = IngestSummary()
    entries = list(expand_paths(paths))  # paths only: cheap, and gives the progress bar a total
    dumps = sum(1 for e in entries if isinstance(e, Path) and _is_dump(e))
    # a few small files finish before a bar helps; a dump (one entry, thousands of pages) does not
    bar = progress_bar() if progress and (len(entries) >= PROGRESS_MIN_ITEMS or dumps) else None
    task = bar.add_task("files", total=len(entries)) if bar and len(entries) > dumps else None
    has_dump = dumps > 0
    pages = bar.add_task("dump pages", total=None) if bar and has_dump else None

    def say(kind: str, name: str, text: str) -> None:
        line = f"{kind} {name}: {text}"
        summary.messages.append(line)
        if bar:
            bar.console.print(line, highlight=False, markup=False)  # above the live bar
        elif echo:
            echo(line)

    if bar:
        bar.start()
    try:
        with batched(conn) as tick:  # each document its own savepoint; commits about once a second
            for result in run(iter_items_from(entries, shape), engine, workers, scheduler):
                record_result(conn, result, summary, say)
                tick()
                if bar and "#" in result.name:  # a dump's page
                    if pages is not None:
                        bar.advance(pages)
                elif bar and task is not None:
                    bar.advance(task)
    finally:
        if bar:
            bar.stop()
    with RebuildProgress(progress) as report:
        summary.operations = refresh_operations(conn, report)
    return summary


class RebuildProgress:
    """A rich progress display (stderr, cleared at the end) for a rebuild: a bar per pass, shown
    only when the first pass has PROGRESS_MIN_ITEMS or more to do. Use as ``with ... as report``."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.decided = False  # whether to show is decided at the first report
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> Report | None:
        return self.report if self.enabled else None

    def report(self, phase: str, done: int, total: int | None) -> None:
        if not self.decided:
            self.decided = True
            self.enabled = self.enabled and (total is None or total >= PROGRESS_MIN_ITEMS)
            if self.enabled:
                self.bar = progress_bar()
                self.bar.start()
        if not self.enabled:
            return
        if phase not in self.tasks:
            self.tasks[phase] = self.bar.add_task(phase, total=total)
        self.bar.update(self.tasks[phase], completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def progress_bar():
    """The rich progress display long commands show on stderr (bars, counts, time left; cleared at the end)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


# ---------------------------------------------------------------- operations

def refresh_operations(conn: sqlite3.Connection, report: Report | None = None) -> int:
    """Rebuild operations when a document changed since the last rebuild; the number of operations."""
    if op_store.is_stale(conn):
        rebuild_operations(conn, report=report)
    return op_store.count_operations(conn)


def rebuild_operations(conn: sqlite3.Connection, full: bool = False, report: Report | None = None) -> int:
    """Re-group, merge and re-resolve every stored document in ONE transaction; nothing half-written.

    Memory stays flat as the store grows: documents are grouped from their small stored summaries
    (names, dates, MinHash: :func:`group_documents`), each group's records are read, merged and
    written before the next group's (with the names entity resolution reads of it), and entities
    and links are found in passes that read the stored names and one stored operation at a time.
    Unless ``full``, a refresh works in proportion to what changed: documents are grouped from the
    stored groups, comparing only new documents and those of a group that lost one (_regroup); a
    group whose documents are the same as at the last rebuild keeps its merged record and its rows
    (merging is deterministic, so the result is the same): with few merges to make, its rows stay
    where they are and the other operations' rows are written after them (_store_in_place), else
    every operation after the first changed one is written again, reused merges' rows copied back.
    Entities are brought up to date for the names of the changed operations
    (store/entity_update.py) and links found for them, from what the last refresh kept (a full
    rebuild forgets it and finds everything again). The tables hold the rows a full rebuild
    writes, each operation's in the same order; the order of operations, and of the entity
    tables' rows, in their tables follows no rule (every reader orders them).
    ``report(phase, done, total)`` is told how each pass advances ("merging operations", which
    also collects the entities' names, then "finding links"), for a progress display.
    """
    from warfile.store import entities as entity_store
    from warfile.store import entity_update
    version = merge_version()
    with transaction(conn):
        summarize_documents(conn, version)
        groups, doc_ids = group_documents(conn, regroup=not full)
        keep = 0  # the first operations, stored again as they are where they are
        update = False  # entities brought up to date for the operations that changed
        plan = None
        if full:
            entity_store.forget_caches(conn)
        else:
            op_store.keep_previous_merges(conn, reuse_version())
            entity_store.keep_previous_links(conn)
            update = entity_store.can_update_entities(conn)
            plan = _plan(conn, groups, doc_ids)
        if plan is not None:
            kept = _store_in_place(conn, plan, reuse_version(), update, report)
        else:
            if not full:
                keep = _unchanged_prefix(conn, groups, doc_ids)
                op_store.keep_previous_rows(conn, keep)
                if update:
                    entity_update.keep_old_inputs(conn, f"SELECT id FROM operations ORDER BY rowid LIMIT -1 OFFSET {keep}")
            # indexes are made again at the end only when most rows are written again
            with indexes_deferred(conn, op_store.REFILLED_TABLES if 2 * keep < len(groups) else ()):
                op_store.clear_operations(conn, keep)
                kept = _save_operations(conn, groups, doc_ids, reuse_version(), full, keep, report)
        resolve_and_save_entities(conn, report, kept, update)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (op_store.GROUPED, version))
        op_store.mark_fresh(conn)
    return len(groups)


# A refresh that has more groups than this to merge (not reusing a stored merge) writes every
# operation after the first changed one again, merging group by group (memory stays flat); one
# with fewer holds their merges to write them in place (_store_in_place).
MAX_MERGES_IN_PLACE = 200


class Planned(NamedTuple):
    """A group as a refresh stores it: its documents, the id it gets, its merge's base id, its
    stored merge (None: merged now, op), and whether it is kept where it is."""

    doc_ids: list[str]
    op_id: str
    base_id: str
    previous: op_store.PreviousMerge | None
    op: Operation | None
    kept: bool


def _plan(conn: sqlite3.Connection, groups: Sequence[Sequence[int]], doc_ids: Sequence[str]) -> list[Planned] | None:
    """Each group's id, in order, and its merge (the stored one, else merged now); None when more
    than MAX_MERGES_IN_PLACE groups need merging. A group whose stored merge was stored under the
    id it gets now is kept: its rows stay where they are (call keep_previous_merges first)."""
    members = [[doc_ids[i] for i in group] for group in groups]
    previous_merges = [op_store.previous_merge(conn, ids) for ids in members]
    # counted before any merge is made: a refresh that gives up would have made them for nothing
    if sum(previous is None for previous in previous_merges) > MAX_MERGES_IN_PLACE:
        return None
    seen: set[str] = set()
    plan: list[Planned] = []
    for ids, previous in zip(members, previous_merges):
        op = _merge(conn, ids) if previous is None else None
        base_id, name = (op.id, op.name) if op is not None else (previous.base_id, previous.name)
        op_id = _unique_id(base_id or slugify(name), seen)
        plan.append(Planned(ids, op_id, base_id, previous, op, op is None and previous.operation_id == op_id))
    return plan


def _store_in_place(conn: sqlite3.Connection, plan: Sequence[Planned], version: str, update: bool,
                    report: Report | None) -> set[str]:
    """Store a refresh's plan leaving the rows of the kept operations where they are: the rows of
    the stored operations not kept are deleted (their entity inputs kept first, for the entity
    update, when ``update``), and those of the others written after all rows, in order. Every
    table holds each operation's rows in the order a full rebuild writes them, and the same rows;
    only the order of operations in the tables differs (readers order them). The ids kept."""
    kept = {p.op_id for p in plan if p.kept}
    conn.execute("DROP TABLE IF EXISTS temp.gone_operations")
    conn.execute("CREATE TEMP TABLE gone_operations (id TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO temp.gone_operations VALUES (?)",
                     ((i,) for i in op_store.stored_order(conn) if i not in kept))
    # a merge stored under another id than it gets now: its record, read before its rows go
    moved = {p.op_id: p.previous.load_stored(conn) for p in plan
             if not p.kept and p.op is None and p.previous is not None}
    if update:
        from warfile.store import entity_update
        entity_update.keep_old_inputs(conn, "SELECT id FROM temp.gone_operations")
    op_store.delete_operations(conn, "temp.gone_operations")
    written = []
    for n, p in enumerate(plan, 1):
        if not p.kept:
            op = p.op if p.op is not None else moved[p.op_id]
            op_store.save_operation(conn, op if op.id == p.op_id else dataclasses.replace(op, id=p.op_id), p.doc_ids)
            op_store.save_merge(conn, version, p.doc_ids, p.op_id, p.base_id)
            written.append(p.op_id)
        if report:
            report("merging operations", n, len(plan))
    event_store.index_events_of(conn, written)
    op_store.drop_previous_merges(conn)
    conn.execute("DROP TABLE temp.gone_operations")
    return kept


def _unchanged_prefix(conn: sqlite3.Connection, groups: Sequence[Sequence[int]], doc_ids: Sequence[str]) -> int:
    """How many of the first groups are each stored exactly as at the last rebuild, and in the
    same place: its merge kept, under the id it gets now, which is the id of the operation stored
    at its position. Every derived table holds its rows operation by operation in order, so the
    rows of these stay where they are, as a full rebuild would number them (call
    keep_previous_merges first)."""
    stored = op_store.stored_order(conn)
    seen: set[str] = set()
    for n, group in enumerate(groups[:len(stored)]):
        previous = op_store.previous_merge(conn, [doc_ids[i] for i in group])
        if previous is None or previous.operation_id != stored[n] or previous.operation_id != _unique_id(
                previous.base_id or slugify(previous.name), seen):
            return n
    return min(len(groups), len(stored))


def _save_operations(conn: sqlite3.Connection, groups: Sequence[Sequence[int]], doc_ids: Sequence[str],
                     version: str, full: bool, keep: int, report: Report | None) -> set[str]:
    """Merge (or reuse the stored merge of) each group and store it, in order, after the first
    ``keep``, stored already (see _unchanged_prefix); once the last is stored, make the events
    searchable and drop the reusable merges. The ids of the operations stored exactly as at the
    last rebuild (same id, same record)."""
    seen: set[str] = set()  # operation ids given so far
    kept: set[str] = set()
    indexed = conn.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0  # the kept operations' events
    writer = op_store.OperationWriter(conn)
    for n, group in enumerate(groups, 1):
        ids = [doc_ids[i] for i in group]
        previous = None if full else op_store.previous_merge(conn, ids)
        op = _merge(conn, ids) if previous is None else None
        base_id, name = (op.id, op.name) if op is not None else (previous.base_id, previous.name)
        op_id = _unique_id(base_id or slugify(name), seen)
        if n <= keep:
            kept.add(op_id)
        # a reused merge stored under the same id has its record text and rows already (the code
        # making them is part of version): they are copied, the record is not even decoded
        elif op is None and previous.operation_id == op_id:
            writer.save_previous(op_id, ids)
            kept.add(op_id)
        else:
            op = op if op is not None else previous.load(conn)  # stored under another id now
            writer.save(op if op.id == op_id else dataclasses.replace(op, id=op_id), ids)
        if n > keep:
            op_store.save_merge(conn, version, ids, op_id, base_id)
        if report:
            report("merging operations", n, len(groups))
    writer.flush()
    op_store.drop_previous_merges(conn)
    event_store.reindex_events(conn, indexed)
    return kept


def _merge(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> Operation:
    from warfile.resolve.merge import merge_operations
    return merge_operations([r for r in (doc_store.load_record(conn, i) for i in doc_ids) if r is not None])


def _unique_id(base: str, seen: set[str]) -> str:
    """base, or base-2, base-3... when an earlier operation has it, so none overwrites another."""
    op_id, n = base, 1
    while op_id in seen:
        n += 1
        op_id = f"{base}-{n}"
    seen.add(op_id)
    return op_id


def grouping_of(record: Operation) -> Grouping:
    """What grouping reads of a record (names, dates, MinHash), the keys it is blocked under, and
    the version of the code that made them."""
    from warfile.resolve.merge import group_keys, summarize
    s = summarize(record)
    return merge_version(), (s.name, s.aliases, s.start_date, s.end_date, s.minhash), group_keys(s)


def save_summary(conn: sqlite3.Connection, doc_id: str, record: Operation, version: str,
                 grouping: Grouping | None = None) -> None:
    """Store what grouping reads of a document's record, and the keys it is blocked under (from
    ``grouping`` when this version of the code made it, else computed here)."""
    if grouping is None or grouping[0] != version:
        grouping = grouping_of(record)
    _, row, keys = grouping
    doc_store.save_summary(conn, doc_id, version, row, keys)


def summarize_documents(conn: sqlite3.Connection, version: str) -> int:
    """Summarize, one record at a time, every document whose summary is missing or was made by
    other code (stored before summaries existed, or since grouping changed); how many."""
    ids = doc_store.unsummarized(conn, version)
    for doc_id in ids:
        record = doc_store.load_record(conn, doc_id)
        if record is not None:
            save_summary(conn, doc_id, record, version)
    return len(ids)


def group_documents(conn: sqlite3.Connection, regroup: bool = False) -> tuple[list[list[int]], list[str]]:
    """Groups of the stored documents about one operation, as group_records makes them, from the
    stored summaries and keys: (groups of indices, document ids in load_records order).

    regroup: the stored operations' documents may be taken as the groups of the documents grouped
    last (when this grouping code made them: op_store.GROUPED), so only the documents new since, or whose
    group lost one, are compared with the documents sharing a key with them (_regroup)."""
    from warfile.resolve.merge import Summary, components, jaccard, same_operation
    n = doc_store.number_documents(conn)
    doc_ids = [""] * n
    summaries = [Summary("")] * n  # MinHash left out (b"" says there is one): read per pair, when names do not decide
    for idx, doc_id, (name, aliases, start, end, minhash) in doc_store.iter_summaries(conn):
        doc_ids[idx] = doc_id
        summaries[idx] = Summary(name, aliases, start, end, minhash)

    def same(i: int, j: int) -> bool:
        a, b = summaries[i], summaries[j]
        if a.minhash is None or b.minhash is None:
            return same_operation(a, b)
        return same_operation(a, b, lambda: jaccard(doc_store.minhash(conn, i), doc_store.minhash(conn, j)))

    if regroup and _grouped_by_this_code(conn):
        return _regroup(conn, n, same), doc_ids
    return components(n, doc_store.iter_key_blocks(conn), same), doc_ids


def _grouped_by_this_code(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (op_store.GROUPED,)).fetchone()
    return row is not None and row[0] == merge_version()


def _regroup(conn: sqlite3.Connection, n: int, same: Callable[[int, int], bool]) -> list[list[int]]:
    """The groups components() makes of the numbered documents, from the stored groups.

    Groups are the connected components of the 'same' pairs within blocks, and a pair's verdict
    depends on its two documents alone. So a stored group none of whose documents went is still
    one component, and no 'same' pair joins two such groups (it would have joined them before):
    only the pairs with a document new since or from a group that lost one (dirty) are tested,
    each dirty document against the documents sharing one of its keys."""
    from warfile.resolve.merge import Groups
    groups = Groups(n)
    find, union = groups.find, groups.union
    # each numbered document's stored operation, and the operations that lost a document
    rows = conn.execute("SELECT o.idx, d.operation_id FROM temp.doc_order o "
                        "LEFT JOIN operation_documents d ON d.document_id = o.id ORDER BY o.idx").fetchall()
    broken = {r[0] for r in conn.execute("SELECT o.id FROM operations o WHERE o.n_documents != "
                                         "(SELECT count(*) FROM operation_documents d WHERE d.operation_id = o.id)")}
    first: dict[str, int] = {}
    dirty = []
    for idx, op_id in rows:
        if op_id is None or op_id in broken:
            dirty.append(idx)
        else:
            union(first.setdefault(op_id, idx), idx)
    for i in dirty:
        for (members,) in conn.execute(
                "SELECT group_concat(o.idx) FROM document_keys k JOIN document_keys m ON m.key = k.key "
                "JOIN temp.doc_order o ON o.id = m.document_id WHERE k.document_id = (SELECT id FROM temp.doc_order "
                "WHERE idx = ?) GROUP BY k.key", (i,)):
            for j in sorted({int(x) for x in members.split(",")}):
                if find(i) != find(j) and same(min(i, j), max(i, j)):
                    union(i, j)
    return groups.groups()


@functools.cache
def merge_version() -> str:
    """A hash of the code a merged record depends on: a stored merge made by other code is not reused."""
    import hashlib

    from warfile import model, serialize
    modules = [model, serialize]
    try:
        from warfile.resolve import merge, names
        modules += [merge, names]
    except ModuleNotFoundError:
        pass
    digest = hashlib.sha256()
    for m in modules:
        digest.update(Path(m.__file__ or "").read_bytes() if m.__file__ else m.__name__.encode())
    return digest.hexdigest()[:16]


@functools.cache
def reuse_version() -> str:
    """merge_version, and a hash of the code making the rows a reused merge gets back as stored
    (sides, figures, events: store.operations, store.events; the names entity resolution reads of
    it: resolve.entities): a merge whose rows other code made is merged and written again."""
    from warfile.resolve import entities
    from warfile.store.db import code_version
    return f"{merge_version()}-{code_version(op_store, event_store, entities)}"


def group_and_merge(records: Sequence[tuple[str, Operation]]) -> tuple[list[Operation], list[list[str]]]:
    """Per-document records (doc id, record) -> merged operations and each one's document ids, in
    memory (a rebuild of the store does the same group by group). Operation ids are made unique
    ('-2', '-3'... on a clash) so no operation overwrites another."""
    from warfile.resolve.merge import group_records, merge_operations
    ops = [r for _, r in records]
    merged: list[Operation] = []
    members: list[list[str]] = []
    seen: set[str] = set()
    for group in group_records(ops):
        op = merge_operations([ops[i] for i in group])
        op_id = _unique_id(op.id or slugify(op.name), seen)
        merged.append(op if op.id == op_id else dataclasses.replace(op, id=op_id))
        members.append([records[i][0] for i in group])
    return merged, members


def slugify(name: str) -> str:
    """'2014 Latakia offensive' -> '2014-latakia-offensive' (ASCII, lower case, dashes)."""
    from anyascii import anyascii
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name or "").lower()).strip("-")
    return slug or "operation"


def resolve_and_save_entities(conn: sqlite3.Connection, report: Report | None = None,
                              kept: Collection[str] = (), update: bool = False) -> None:
    """Re-resolve people, groups and places across every stored operation (from the names each
    one's rows hold, written as it was stored), and the links between operations. kept: the
    operations stored unchanged since the links were kept (see entities.refresh_links). update:
    the entity inputs of the others were kept before the rebuild (entity_update.keep_old_inputs),
    so entities are brought up to date for those alone when the stored state allows."""
    from warfile.store import entities as entity_store
    from warfile.store import entity_update
    if not (update and entity_store.update_stored_entities(conn, kept)):
        entity_update.drop_old_inputs(conn)
        entity_store.refresh_stored_entities(conn, report=report, stored_names=True)
    entity_store.refresh_links(conn, None, report, kept)


def forget(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Remove the documents matching ref (path, file name or id) and rebuild; their names."""
    with transaction(conn):
        rows = doc_store.find_documents(conn, ref)
        if not rows:
            raise WarfileError(f"no stored document matches {ref!r}; `warfile list` shows operations, "
                               "pass a document's path, file name or id")
        doc_store.delete_documents(conn, [r["id"] for r in rows])
        op_store.mark_stale(conn)
        rebuild_operations(conn)
    return [r["name"] or r["id"] for r in rows]
