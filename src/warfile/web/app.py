"""Routes: each page rendered as HTML and, under /api/, the same data as JSON.

``create_app(db_path)`` builds the FastAPI app over a database opened read-only per request.
Query strings are parsed leniently for forms (an empty field is no filter) and strictly
otherwise (a malformed number is a 400 with the one JSON error shape). Unknown ids are 404s:
an HTML page for a browser, ``{"error": {...}}`` under /api/.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from warfile import format as fmt
from warfile.errors import WarfileError
from warfile.model import ENTITY_KINDS, EVENT_TYPES
from warfile.store import browse
from warfile.web.charts import casualty_svg, timeline_svg, type_colour
from warfile.web.marks import render_marked
from warfile.web.payload import error_body, to_json

HERE = Path(__file__).parent
REQUIRED_TABLES = ("operations", "documents", "events")


def _check_database(path: Path) -> None:
    if not path.is_file():
        raise WarfileError(f"no database at {path}; create one with `warfile ingest FILES --db {path}`")
    try:
        conn = browse.connect_readonly(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WarfileError(f"cannot read {path} as a warfile database: {exc}") from exc
    missing = [t for t in REQUIRED_TABLES if t not in names]
    if missing:
        raise WarfileError(f"{path} is not a warfile database (no {', '.join(missing)} table); run `warfile ingest`")


# ---------------------------------------------------------------- request parsing

def database(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request."""
    conn = browse.connect_readonly(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Db = Annotated[sqlite3.Connection, Depends(database)]


def _optional_int(name: str, value: str | None) -> int | None:
    """A number from a form field: empty means 'no filter', anything else must be digits."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not value.isdigit() or len(value) > 6:
        raise HTTPException(400, f"{name} must be a whole number, not {value!r}")
    return int(value)


YearQuery = Annotated[str | None, Query(description="Only what was under way in this year, e.g. 2014.")]
PageQuery = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
PerPageQuery = Annotated[int, Query(ge=1, le=browse.MAX_PER_PAGE, description="Rows per page.")]
SpanQuery = Annotated[str | None, Query(description="START-END: scroll to and emphasise this span.")]

ScopeQuery = Annotated[str, Query(pattern="^(all|documents|events)$", description="all, documents or events.")]


class OperationQuery:
    """The operations table's filters, sort and page, shared by the page, its JSON twin and downloads."""

    def __init__(self, year: YearQuery = None,
                 place: Annotated[str | None, Query(description="Place contains this text.")] = None,
                 group: Annotated[str | None, Query(description="A belligerent or supporter contains this text.")] = None,
                 result: Annotated[str | None, Query(description="Result contains this text.")] = None,
                 name: Annotated[str | None, Query(description="Name contains this text.")] = None,
                 sort: Annotated[str, Query(description=f"One of {', '.join(browse.SORT_COLUMNS)}.")] = browse.DEFAULT_SORT,
                 desc: Annotated[bool, Query(description="Sort descending.")] = False,
                 page: PageQuery = 1, per_page: PerPageQuery = 50) -> None:
        self.filters = browse.OperationFilter(year=_optional_int("year", year), place=place or None,
                                              group=group or None, result=result or None, name=name or None)
        self.sort = sort if sort in browse.SORT_COLUMNS else browse.DEFAULT_SORT
        self.desc, self.page, self.per_page = desc, page, per_page

    def params(self) -> dict[str, object]:
        f = self.filters
        return {"year": f.year, "place": f.place, "group": f.group, "result": f.result, "name": f.name,
                "sort": self.sort, "desc": int(self.desc) or None, "per_page": self.per_page if self.per_page != 50 else None}


def _span_param(span: str | None) -> tuple[int, int] | None:
    """'120-180' -> (120, 180); anything else is ignored (the page still renders)."""
    if not span:
        return None
    start, _, end = span.partition("-")
    if start.isdigit() and end.isdigit() and int(start) < int(end):
        return int(start), int(end)
    return None


# ---------------------------------------------------------------- app

def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the warfile database at db_path (opened read-only on every request)."""
    path = Path(db_path).expanduser()
    _check_database(path)
    app = FastAPI(title="warfile", description="Military operations knowledge base: every page has a JSON "
                  "twin under /api/; errors are {\"error\": {status, title, message}}.",
                  docs_url=None, redoc_url=None)
    app.state.db_path = path
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(
        fmt_count=fmt.fmt_count, fmt_casualties=fmt.fmt_casualties, fmt_quantity=fmt.fmt_quantity,
        fmt_date=fmt.fmt_date, fmt_date_range=fmt.fmt_date_range, document_url=fmt.document_url,
        entity_url=fmt.entity_url, operation_url=fmt.operation_url, query_url=fmt.query_url,
        type_colour=type_colour, event_types=EVENT_TYPES, entity_kinds=ENTITY_KINDS,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context, status_code=status)

    _install_error_handlers(app, render)
    _add_operation_routes(app, render)
    _add_other_routes(app, render)
    return app


def _install_error_handlers(app: FastAPI, render: Any) -> None:
    titles = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 500: "Internal error"}

    def respond(request: Request, status: int, message: str) -> Response:
        title = titles.get(status, "Error")
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(status, title, message), status_code=status)
        return render(request, "error.html", status=status, title=title, message=message, code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
                             for e in exc.errors())
        return respond(request, 400, problems or "invalid parameters")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:  # a bug; never a traceback page
        return respond(request, 500, f"{type(exc).__name__}: the server could not build this page")


def _types_in_order(present: set[str]) -> list[str]:
    """Event types for a legend: the model's order, then any unknown type alphabetically."""
    return [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))


def api_json(value: Any) -> JSONResponse:
    """A JSON response straight from payload.to_json (FastAPI's generic encoder is ~5x slower here)."""
    return JSONResponse(to_json(value))


def _not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(404, f"No {what} with id {ident!r}")


def _add_operation_routes(app: FastAPI, render: Any) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def operations_page(request: Request, conn: Db, q: Annotated[OperationQuery, Depends()]) -> Response:
        result = browse.list_operations(conn, q.filters, q.sort, q.desc, q.page, q.per_page)
        return render(request, "operations.html", result=result, q=q, params=q.params(),
                      years=browse.operation_years(conn))

    @app.get("/api/operations", summary="Operations: filter, sort, paginate")
    def operations_api(conn: Db, q: Annotated[OperationQuery, Depends()]) -> Any:
        return api_json(browse.list_operations(conn, q.filters, q.sort, q.desc, q.page, q.per_page))

    @app.get("/operations.csv", summary="Every operation matching the filters, as CSV")
    def operations_csv(conn: Db, q: Annotated[OperationQuery, Depends()]) -> Response:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "name", "start_date", "end_date", "result", "places", "groups", "n_documents", "n_events"])
        for o in browse.iter_operations(conn, q.filters, q.sort, q.desc):
            writer.writerow([o.id, o.name, o.start_date or "", o.end_date or "", o.result or "",
                             "; ".join(o.places), "; ".join(o.groups), o.n_documents, o.n_events])
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="operations.csv"'})

    @app.get("/operations.json", summary="Every operation matching the filters, as a JSON list")
    def operations_json(conn: Db, q: Annotated[OperationQuery, Depends()]) -> Response:
        def rows() -> Iterator[str]:
            yield "["
            for i, o in enumerate(browse.iter_operations(conn, q.filters, q.sort, q.desc)):
                yield ("," if i else "") + json.dumps(to_json(o), ensure_ascii=False)
            yield "]"
        return StreamingResponse(rows(), media_type="application/json",
                                 headers={"Content-Disposition": 'attachment; filename="operations.json"'})

    @app.get("/operations/{operation_id}", response_class=HTMLResponse, include_in_schema=False)
    def operation_page(request: Request, conn: Db, operation_id: str) -> Response:
        detail = browse.get_operation(conn, operation_id)
        if detail is None:
            raise _not_found("operation", operation_id)
        disputed = {c.field for c in detail.record.conflicts}
        return render(request, "operation.html", op=detail, rec=detail.record,
                      timeline=timeline_svg(detail.events), casualty_chart=casualty_svg(detail.record, detail.spans),
                      disputed=lambda pointer: any(d == pointer or d.startswith(pointer + "/")
                                                   or pointer.startswith(d + "/") for d in disputed),
                      doc_names={d.id: d.name for d in detail.documents},
                      types_present=_types_in_order({e.type for e in detail.events}))

    @app.get("/api/operations/{operation_id}", summary="One operation: merged record, documents, events, spans")
    def operation_api(conn: Db, operation_id: str) -> Any:
        detail = browse.get_operation(conn, operation_id)
        if detail is None:
            raise _not_found("operation", operation_id)
        return api_json(detail)


def _add_other_routes(app: FastAPI, render: Any) -> None:
    def events_of(conn: sqlite3.Connection, operation: str | None, type: str | None, year: str | None,
                  page: int, per_page: int) -> browse.ResultPage:
        return browse.list_events(conn, operation or None, type or None, _optional_int("year", year), page, per_page)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, conn: Db, operation: str | None = None, type: str | None = None,
                    year: YearQuery = None, page: PageQuery = 1, per_page: PerPageQuery = 100) -> Response:
        result = events_of(conn, operation, type, year, page, per_page)
        params = {"operation": operation, "type": type, "year": year, "per_page": per_page if per_page != 100 else None}
        return render(request, "events.html", result=result, params=params, types=browse.event_types(conn))

    @app.get("/api/events", summary="Events in date order, by operation, type and year")
    def events_api(conn: Db, operation: str | None = None, type: str | None = None, year: YearQuery = None,
                   page: PageQuery = 1, per_page: PerPageQuery = 100) -> Any:
        return api_json(events_of(conn, operation, type, year, page, per_page))

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, conn: Db, kind: str | None = None, name: str | None = None,
                      page: PageQuery = 1) -> Response:
        result = browse.list_entities(conn, kind or None, name or None, page)
        return render(request, "entities.html", result=result, params={"kind": kind, "name": name})

    @app.get("/api/entities", summary="People, groups and places, most mentioned first")
    def entities_api(conn: Db, kind: str | None = None, name: str | None = None, page: PageQuery = 1,
                     per_page: PerPageQuery = 100) -> Any:
        result = browse.list_entities(conn, kind or None, name or None, page, per_page)
        items = [{"id": i, "kind": k, "name": n, "mentions": m} for i, k, n, m in result.items]
        return JSONResponse({**to_json(result), "items": items})

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, conn: Db, entity_id: str) -> Response:
        entity = browse.get_entity(conn, entity_id)
        if entity is None:
            raise _not_found("entity", entity_id)
        return render(request, "entity.html", entity=entity)

    @app.get("/api/entities/{entity_id:path}", summary="A person, group or place: aliases and mentions")
    def entity_api(conn: Db, entity_id: str) -> Any:
        entity = browse.get_entity(conn, entity_id)
        if entity is None:
            raise _not_found("entity", entity_id)
        return api_json(entity)

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, conn: Db, document_id: str, span: SpanQuery = None) -> Response:
        doc = browse.get_document(conn, document_id)
        if doc is None:
            raise _not_found("document", document_id)
        focus = _span_param(span)
        return render(request, "document.html", doc=doc, focus=focus,
                      marked=render_marked(doc.text, doc.highlights, focus))

    @app.get("/api/documents/{document_id}", summary="A document's text with its highlighted spans")
    def document_api(conn: Db, document_id: str) -> Any:
        doc = browse.get_document(conn, document_id)
        if doc is None:
            raise _not_found("document", document_id)
        return api_json(doc)

    def run_search(conn: sqlite3.Connection, q: str, type: str | None, year: str | None, scope: str,
                   page: int) -> browse.SearchResults:
        return browse.search(conn, q, type or None, _optional_int("year", year), scope, page)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, conn: Db, q: str = "", type: str | None = None, year: YearQuery = None,
                    scope: ScopeQuery = "all", page: PageQuery = 1) -> Response:
        results = run_search(conn, q, type, year, scope, page)
        params = {"q": q, "type": type, "year": year, "scope": scope if scope != "all" else None}
        return render(request, "search.html", results=results, params=params, types=browse.event_types(conn))

    @app.get("/api/search", summary="Full-text search over documents and events")
    def search_api(conn: Db, q: str = "", type: str | None = None, year: YearQuery = None,
                   scope: ScopeQuery = "all", page: PageQuery = 1) -> Any:
        return api_json(run_search(conn, q, type, year, scope, page))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return render(request, "docs.html", spec=app.openapi())
