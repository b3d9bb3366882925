"""The web app and its JSON twin, driven in-process with FastAPI's TestClient.

The database is built through the store's own writers from the seed texts and their hand-checked
records (events get the spans where their sentence occurs), plus an entity table and one hostile
document, so these tests do not depend on extraction quality.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile import store
from warfile.errors import WarfileError
from warfile.model import Conflict, ConflictValue, Document, Event, Operation, Span, content_id
from warfile.serialize import record_from_dict
from warfile.store import browse
from warfile.store.documents import save_document
from warfile.store.operations import replace_operations
from warfile.web import create_app
from warfile.web.marks import render_marked

ROOT = Path(__file__).resolve().parents[1]
GOLD_DOCUMENTS = ROOT / "tests" / "gold"  # copy of the hand-checked seed records, shipped with the repo
EXAMPLES = ROOT / "examples"
HOSTILE_TEXT = ("Operation Test Harbour\n\nDate 3 May 2015\nResult <script>alert('x')</script> victory\n\n"
                "On 3 May 2015, fighters attacked the village of Qaryat <b>Zeta</b>, killing 12 people.\n")


def _with_spans(record: Operation, texts: dict[str, str]) -> Operation:
    """Give each event the document and span where its summary sentence occurs."""
    events = []
    for e in record.events:
        for doc_id, text in texts.items():
            at = text.find(e.summary) if e.summary else -1
            if at >= 0:
                e = Event(**{**{f: getattr(e, f) for f in Event.__slots__}, "span": Span(at, at + len(e.summary)),
                             "document": doc_id})
                break
        events.append(e)
    return Operation(**{**{f: getattr(record, f) for f in Operation.__slots__}, "events": tuple(events)})


def build_fixture_db(path: Path) -> dict[str, str]:
    """Write a database from the seeds and gold records; returns gold file name -> document id."""
    conn = store.connect(path)
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    with store.transaction(conn):
        for gold in sorted(GOLD_DOCUMENTS.glob("*.json")):
            data = json.loads(gold.read_text())
            name = gold.with_suffix(".txt").name
            text = (EXAMPLES / name).read_text()
            shape = data["sources"][0].get("shape", "plain")
            doc = Document(text=text, shape=shape, title=data["name"], path=str(EXAMPLES / name), id=content_id(text))
            ids[name], texts[doc.id] = doc.id, text
            save_document(conn, doc, _with_spans(record_from_dict(data), {doc.id: text}), name=name, size=len(text))
        hostile = Document(text=HOSTILE_TEXT, shape="plain", title="Operation <i>Test</i> Harbour",
                           id=content_id(HOSTILE_TEXT))
        texts[hostile.id] = HOSTILE_TEXT
        ids["hostile.txt"] = hostile.id
        hostile_op = Operation(
            name="Operation <i>Test</i> Harbour", id="operation-test-harbour", start_date="2015-05-03",
            result="<script>alert('x')</script> victory",
            events=(Event(date="2015-05-03", type="attack", places=("Qaryat <b>Zeta</b>",),
                          summary="fighters attacked the village of Qaryat <b>Zeta</b>"),))
        save_document(conn, hostile, hostile_op, name="hostile.txt", size=len(HOSTILE_TEXT))
        ops, members = [], []
        for gold in sorted((ROOT / "tests" / "gold_operations").glob("*.json")):
            data = json.loads(gold.read_text())
            doc_ids = [ids[s["document"]] for s in data["sources"]]
            record = _with_spans(record_from_dict(data), {d: texts[d] for d in doc_ids})
            if len(doc_ids) > 1:  # a disagreement between the two sources, to show and highlight
                record = Operation(**{**{f: getattr(record, f) for f in Operation.__slots__}, "conflicts": (
                    Conflict("/start_date", (ConflictValue(record.start_date, (doc_ids[0],)),
                                             ConflictValue("1999-01-01", (doc_ids[1],)))),)})
            ops.append(record)
            members.append(doc_ids)
        ops.append(_with_spans(hostile_op, {hostile.id: HOSTILE_TEXT}))
        members.append([hostile.id])
        replace_operations(conn, ops, members)
        _write_entities(conn, ops, members, texts)
    conn.close()
    return ids


def _write_entities(conn: sqlite3.Connection, ops: list[Operation], members: list[list[str]],
                    texts: dict[str, str]) -> None:
    """Commanders and event places as entities, each mention at its first occurrence in a member text."""
    for op, doc_ids in zip(ops, members):
        names = [("person", p.name, i, "commander", None) for i, s in enumerate(op.sides) for p in s.commanders]
        names += [("place", p, None, "event place", k) for k, e in enumerate(op.events) for p in e.places]
        for kind, name, side, role, event_idx in names:
            entity_id = f"{kind}:{name.lower()}"
            conn.execute("INSERT OR IGNORE INTO entities(id, kind, name, killed) VALUES (?, ?, ?, 0)",
                         (entity_id, kind, name))
            conn.execute("INSERT INTO entity_aliases(entity_id, alias, origin) VALUES (?, ?, 'auto')",
                         (entity_id, name.upper()))
            doc_id, at = next(((d, texts[d].find(name)) for d in doc_ids if name in texts[d]), (doc_ids[0], -1))
            conn.execute("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (entity_id, op.id, doc_id, side, role, name, at if at >= 0 else None,
                          at + len(name) if at >= 0 else None, event_idx))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("web") / "warfile.db"
    return path, build_fixture_db(path)


@pytest.fixture(scope="module")
def client(db: tuple[Path, dict[str, str]]) -> TestClient:
    return TestClient(create_app(db[0]))


def _ids(client: TestClient) -> list[str]:
    return [o["id"] for o in client.get("/api/operations").json()["items"]]


# ---------------------------------------------------------------- operations list

def test_operations_page_lists_every_operation_with_counts(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    for op_id in _ids(client):
        assert f'href="/operations/{op_id}"' in page.text
    api = client.get("/api/operations").json()
    assert api["total"] == 4
    latakia = next(o for o in api["items"] if o["id"] == "2014-latakia-offensive")
    assert latakia["n_documents"] == 2 and latakia["n_events"] == 12


def test_operations_filter_by_year_place_group_and_result(client: TestClient) -> None:
    def ids(**params: str) -> set[str]:
        return {o["id"] for o in client.get("/api/operations", params=params).json()["items"]}
    assert ids(year="2013") == {"2013-latakia-offensive"}
    assert ids(place="Idlib") == {"2014-idlib-offensive"}
    assert "2013-latakia-offensive" in ids(group="Nusra")
    assert ids(result="government victory") == {"2014-latakia-offensive"}
    assert ids(result="%") == set()  # LIKE wildcards are literal


def test_empty_form_fields_mean_no_filter(client: TestClient) -> None:
    page = client.get("/?year=&place=&group=&result=")
    assert page.status_code == 200
    assert page.text.count('href="/operations/') == 4


def test_operations_sort_and_paginate(client: TestClient) -> None:
    by_name = client.get("/api/operations", params={"sort": "name", "desc": "true"}).json()["items"]
    names = [o["name"].lower() for o in by_name]
    assert names == sorted(names, reverse=True)
    first = client.get("/api/operations", params={"per_page": 3, "page": 2}).json()
    assert first["pages"] == 2 and len(first["items"]) == 1
    html = client.get("/?per_page=3")
    assert 'rel="next"' in html.text


def test_unknown_sort_key_falls_back_instead_of_reaching_sql(client: TestClient) -> None:
    r = client.get("/api/operations", params={"sort": "name; DROP TABLE operations"})
    assert r.status_code == 200 and r.json()["total"] == 4


def test_csv_and_json_downloads_follow_the_filters(client: TestClient) -> None:
    r = client.get("/operations.csv", params={"year": "2014"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["id"] for row in rows} == {"2014-latakia-offensive", "2014-idlib-offensive"}
    data = client.get("/operations.json", params={"year": "2014"}).json()
    assert {o["id"] for o in data} == {row["id"] for row in rows}


# ---------------------------------------------------------------- operation page

def test_operation_timeline_has_one_mark_per_event(client: TestClient) -> None:
    for op_id in _ids(client):
        html = client.get(f"/operations/{op_id}").text
        n_events = len(client.get(f"/api/operations/{op_id}").json()["events"])
        svg = re.search(r'<svg class="chart timeline".*?</svg>', html, re.S)
        assert svg is not None, op_id
        assert len(re.findall(r"<circle [^>]*data-event=", svg.group(0))) == n_events


def test_killed_commander_is_marked_with_a_dagger(client: TestClient) -> None:
    html = client.get("/operations/2013-latakia-offensive").text
    assert re.search(r"Nizar al-Khatib</a> <span class=\"kia\"", html)
    assert not re.search(r"Hilal al-Assad</a> <span class=\"kia\"", html)


def test_casualty_figure_links_to_the_span_that_states_it(client: TestClient, db: tuple[Path, dict[str, str]]) -> None:
    api = client.get("/api/operations/2014-latakia-offensive").json()
    span = api["spans"]["/sides/1/casualties/1"] if "/sides/1/casualties/1" in api["spans"] else None
    claim = api["record"]["sides"][1]["casualties"][1] if span else api["record"]["sides"][0]["casualties"][1]
    span = span or api["spans"]["/sides/0/casualties/1"]
    doc = client.get(f"/api/documents/{span['document']}").json()
    assert doc["text"][span["span"][0]:span["span"][1]] == claim["text"]
    html = client.get("/operations/2014-latakia-offensive").text
    assert f'?span={span["span"][0]}-{span["span"][1]}' in html


def test_casualty_chart_compares_claims_by_claimant(client: TestClient) -> None:
    html = client.get("/operations/2014-latakia-offensive").text
    chart = re.search(r'<svg class="chart casualties".*?</svg>', html, re.S)
    assert chart is not None
    assert "government" in chart.group(0) and "opposition" in chart.group(0)
    assert chart.group(0).count('class="killed"') >= 4


def test_disagreeing_sources_are_listed_and_highlighted(client: TestClient) -> None:
    html = client.get("/operations/2014-latakia-offensive").text
    assert "Where the sources disagree" in html
    assert "1999-01-01" in html
    assert re.search(r'<tr class="disputed"[^>]*><th>Date</th>', html)


def test_every_event_links_to_its_document_span(client: TestClient) -> None:
    api = client.get("/api/operations/2014-idlib-offensive").json()
    html = client.get("/operations/2014-idlib-offensive").text
    located = [e for e in api["events"] if e["document_id"]]
    assert located, "the fixture gives events spans"
    for e in located:
        assert f'/documents/{e["document_id"]}?span={e["span_start"]}-{e["span_end"]}' in html


# ---------------------------------------------------------------- documents

def test_document_marks_each_event_at_its_span(client: TestClient, db: tuple[Path, dict[str, str]]) -> None:
    doc_id = db[1]["004_9d7bebba12a9dbdf.txt"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    events = [h for h in doc["highlights"] if h["kind"] == "event"]
    assert events
    html = client.get(f"/documents/{doc_id}").text
    for h in events:
        assert f'<mark id="span-{h["start"]}-{h["end"]}"' in html


def test_span_parameter_emphasises_that_span(client: TestClient, db: tuple[Path, dict[str, str]]) -> None:
    doc_id = db[1]["000_08ffe769f8698342.txt"]
    html = client.get(f"/documents/{doc_id}?span=0-22").text
    assert re.search(r'<mark id="span-0-22" class="[^"]*focus', html)
    assert 'data-focus="span-0-22"' in html
    assert client.get(f"/documents/{doc_id}?span=nonsense").status_code == 200


def test_script_in_a_document_renders_as_text(client: TestClient, db: tuple[Path, dict[str, str]]) -> None:
    html = client.get(f"/documents/{db[1]['hostile.txt']}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>Zeta</b>" not in html
    op = client.get("/operations/operation-test-harbour").text
    assert "<script>alert" not in op and "<i>Test</i>" not in op


def test_marked_text_is_well_formed_and_keeps_the_text(client: TestClient) -> None:
    text = "abcdefghij" * 3
    hl = (browse.Highlight(0, 10, "event", "e"), browse.Highlight(5, 15, "entity", "x"),
          browse.Highlight(5, 15, "value", "v"), browse.Highlight(2, 4, "value", "y"))
    html = str(render_marked(text, hl))
    assert _balanced_text(html) == text
    assert html.count('id="span-5-15"') == 1 and 'class="hl hl-entity hl-value"' in html


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _balanced_text(html: str) -> str:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return "".join(parser.text)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="ab<>&\"' \n", max_size=40),
       spans=st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45)), max_size=8),
       focus=st.none() | st.tuples(st.integers(-2, 45), st.integers(-2, 45)))
def test_any_highlights_give_well_formed_html_with_the_exact_text(text: str, spans: list[tuple[int, int]],
                                                                  focus: tuple[int, int] | None) -> None:
    hl = tuple(browse.Highlight(a, b, "value", "v") for a, b in spans)
    assert _balanced_text(str(render_marked(text, hl, focus))) == text


# ---------------------------------------------------------------- entities

def test_entity_page_lists_aliases_and_operations(client: TestClient) -> None:
    html = client.get("/entities/person:hilal al-assad").text
    assert "HILAL AL-ASSAD" in html
    assert 'href="/operations/2013-latakia-offensive"' in html and 'href="/operations/2014-latakia-offensive"' in html
    api = client.get("/api/entities/person:hilal al-assad").json()
    assert {m["operation_id"] for m in api["mentions"]} >= {"2013-latakia-offensive", "2014-latakia-offensive"}


def test_operation_page_links_commanders_to_their_entity(client: TestClient) -> None:
    html = client.get("/operations/2013-latakia-offensive").text
    assert 'href="/entities/person:hilal%20al-assad"' in html


# ---------------------------------------------------------------- search

def test_search_for_a_village_finds_its_event(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "Kafar-Sejna"}).json()
    assert any("Kafar-Sejna" in e["summary"] for e in r["events"]["items"])
    html = client.get("/search", params={"q": "Kafar-Sejna"}).text
    assert "assassinated" in html


def test_search_filters_by_event_type_and_year(client: TestClient) -> None:
    every = client.get("/api/search", params={"q": "rebels"}).json()["events"]["items"]
    assert {e["type"] for e in every} > {"attack"}
    attacks = client.get("/api/search", params={"q": "rebels", "type": "attack"}).json()["events"]["items"]
    assert attacks and {e["type"] for e in attacks} == {"attack"}
    in_2013 = client.get("/api/search", params={"q": "rebels", "year": "2013"}).json()["events"]["items"]
    assert in_2013 and all(e["date"].startswith("2013") for e in in_2013)


def test_search_finds_documents_with_marked_snippets(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "Kessab"}).json()
    assert r["documents"]
    assert any(p["match"] and p["text"].lower().startswith("kessab") for p in r["documents"][0]["snippet"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(alphabet=st.sampled_from(list('ab"*():^-+ NEAR AND OR NOT') + ["\x00", "é"]), max_size=30))
def test_search_never_fails_on_fts_syntax(client: TestClient, q: str) -> None:
    assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


# ---------------------------------------------------------------- errors, API, safety

@pytest.mark.parametrize("path", ["/operations/nope", "/documents/nope", "/entities/person:nobody"])
def test_unknown_id_is_a_404_page(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text


@pytest.mark.parametrize("path", ["/api/operations/nope", "/api/documents/nope", "/api/entities/person:nobody",
                                  "/api/no-such-route"])
def test_unknown_id_is_a_404_in_the_one_json_error_shape(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "message"}
    assert body["error"]["status"] == 404


@pytest.mark.parametrize("query", ["page=0", "per_page=100000", "year=abc", "page=x"])
def test_bad_parameters_are_a_400_in_the_same_shape(client: TestClient, query: str) -> None:
    r = client.get(f"/api/operations?{query}")
    assert r.status_code == 400
    assert r.json()["error"]["status"] == 400 and r.json()["error"]["message"]


def test_every_api_route_is_in_the_openapi_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/operations", "/api/operations/{operation_id}", "/api/events", "/api/entities/{entity_id}",
                 "/api/documents/{document_id}", "/api/search"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text and "cdn" not in docs.text.lower()


def test_events_api_paginates_and_filters(client: TestClient) -> None:
    r = client.get("/api/events", params={"per_page": 5, "type": "attack"}).json()
    assert r["total"] > 5 and len(r["items"]) == 5 and {e["type"] for e in r["items"]} == {"attack"}
    dates = [e["date"] for e in r["items"]]
    assert dates == sorted(dates)


def test_the_web_connection_is_read_only(db: tuple[Path, dict[str, str]]) -> None:
    conn = browse.connect_readonly(db[0])
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM operations")
    conn.close()


def test_missing_database_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(WarfileError, match="warfile ingest"):
        create_app(tmp_path / "absent.db")
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(WarfileError, match="not a warfile database"):
        create_app(tmp_path / "empty.db")
