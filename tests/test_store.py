"""The SQLite store: schema and migrations, idempotent document writes, replacement by path,
all-or-nothing transactions, derived operation/event tables, full-text search, round trips."""
from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warfile.errors import NoSuchOperation
from warfile.model import (
    Casualties,
    Conflict,
    ConflictValue,
    Count,
    Document,
    Event,
    Operation,
    Person,
    Provenance,
    Quantity,
    Side,
    Source,
    Span,
    content_id,
)
from warfile.store import SCHEMA_VERSION, connect, transaction
from warfile.store import documents as doc_store
from warfile.store import events as event_store
from warfile.store import operations as op_store
from warfile.store.db import batched
from warfile.store.migrations import current_version


def make_doc(text: str = "On 3 May 2031 fighters attacked Tel Amir.", path: str = "/data/a.txt") -> Document:
    return Document(text=text, shape="plain", title="2031 Northern Ridge offensive", path=path, id=content_id(text))


def make_op(doc_id: str = "d1", name: str = "2031 Northern Ridge offensive", **kw) -> Operation:
    return Operation(
        name=name, id=kw.pop("id", ""), start_date="2031-05-03", end_date="2031-05-20", places=("Ridge Governorate",),
        sides=(Side(belligerents=("Ridge Liberation Front",),
                    commanders=(Person("Yusuf Karim", killed=True),),
                    strength=(Quantity(Count(1200, 1200), "fighters"),),
                    casualties=(Casualties(killed=Count.exact(140), claimant="government"),)),
               Side(belligerents=("Republic of Examplia",))),
        civilian_casualties=(Casualties(killed=Count(10, 12), who="civilians"),),
        events=(Event("2031-05-03", "attack", places=("Tel Amir",), summary="fighters attacked Tel Amir",
                      span=Span(0, 41), document=doc_id),
                Event("2031-05-05", "recapture", actors=("Examplian Army",), places=("Tel Amir",),
                      summary="the army recaptured Tel Amir", document=doc_id)),
        sources=(Source(doc_id, "2031 Northern Ridge offensive", "plain", "/data/a.txt"),), **kw)


def test_new_database_is_at_current_schema_version(conn):
    assert current_version(conn) == SCHEMA_VERSION == 10
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "operations", "operation_documents", "events", "casualties", "strength", "sides",
            "entities", "entity_aliases", "mentions", "entity_candidates", "curator_overrides",
            "operation_links", "documents_fts", "events_fts", "meta", "operation_merges", "document_words",
            "entity_verdicts", "entity_spellings", "entity_inputs_mentions", "entity_inputs_facts", "entity_inputs_links"} <= tables


def test_a_version_1_database_is_migrated_forward_keeping_its_rows(tmp_path):
    import sqlite3

    from warfile.store.migrations import STEPS, migrate
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.executescript(f"BEGIN;{STEPS[0][1]()}\nINSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '1');COMMIT;")
    raw.execute("INSERT INTO documents(id, path, name, shape, title, text) VALUES ('d1', '/x', 'x', 'plain', 't', 'x')")
    raw.commit()
    assert current_version(raw) == 1 and migrate(raw) == SCHEMA_VERSION
    indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"events_date", "events_document", "mentions_document"} <= indexes
    assert raw.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_reopening_a_database_keeps_its_rows_and_version(tmp_path):
    path = tmp_path / "kb.db"
    c = connect(path)
    with transaction(c):
        doc_store.save_document(c, make_doc(), make_op(), name="a.txt", path="/data/a.txt")
    c.close()
    c = connect(path)
    assert current_version(c) == SCHEMA_VERSION and doc_store.count_documents(c) == 1


def test_saving_the_same_document_twice_changes_nothing(conn):
    doc = make_doc()
    with transaction(conn):
        first = doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt", path=doc.path)
    before = conn.execute("SELECT * FROM documents").fetchall()
    with transaction(conn):
        second = doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt", path=doc.path)
    assert (first, second) == ("ingested", "unchanged")
    assert [tuple(r) for r in conn.execute("SELECT * FROM documents")] == [tuple(r) for r in before]


def test_new_text_at_a_stored_path_replaces_the_old_row(conn):
    old, new = make_doc("first version, 3 May 2031"), make_doc("second version, 4 May 2031")
    with transaction(conn):
        doc_store.save_document(conn, old, make_op(old.id), name="a.txt", path="/data/a.txt")
        outcome = doc_store.save_document(conn, new, make_op(new.id), name="a.txt", path="/data/a.txt")
    assert outcome == "replaced"
    assert [r[0] for r in conn.execute("SELECT id FROM documents")] == [new.id]


def test_a_failing_transaction_leaves_nothing_written(conn):
    doc = make_doc()
    with pytest.raises(RuntimeError), transaction(conn):
        doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt", path=doc.path)
        op_store.mark_stale(conn)
        raise RuntimeError("disk full halfway")
    assert doc_store.count_documents(conn) == 0
    assert not op_store.is_stale(conn)


def test_nested_transaction_rolls_back_only_its_own_writes(conn):
    a, b = make_doc("text a 2031"), make_doc("text b 2031", path="/data/b.txt")
    with transaction(conn):
        doc_store.save_document(conn, a, make_op(a.id), name="a.txt", path=a.path)
        with pytest.raises(ValueError), transaction(conn):
            doc_store.save_document(conn, b, make_op(b.id), name="b.txt", path=b.path)
            raise ValueError
    assert [r[0] for r in conn.execute("SELECT id FROM documents")] == [a.id]


def test_a_batch_commits_whole_documents_and_drops_only_a_failing_one(tmp_path):
    path = tmp_path / "kb.db"
    conn = connect(path)
    a, b, c = (make_doc(f"text {x} 2031", path=f"/data/{x}.txt") for x in "abc")
    with pytest.raises(KeyboardInterrupt), batched(conn, seconds=3600) as tick:
        with transaction(conn):
            doc_store.save_document(conn, a, make_op(a.id), name="a.txt", path=a.path)
        tick()
        with pytest.raises(ValueError), transaction(conn):  # fails halfway: rolled back alone
            doc_store.save_document(conn, b, make_op(b.id), name="b.txt", path=b.path)
            raise ValueError
        tick()
        with transaction(conn):
            doc_store.save_document(conn, c, make_op(c.id), name="c.txt", path=c.path)
        raise KeyboardInterrupt  # the user stops the ingest: the whole documents read so far stay
    other = connect(path)  # what another connection (a later run) sees: committed rows only
    assert sorted(r[0] for r in other.execute("SELECT path FROM documents")) == ["/data/a.txt", "/data/c.txt"]
    assert not conn.in_transaction


def test_a_batch_commits_when_it_is_old_enough(tmp_path):
    path = tmp_path / "kb.db"
    conn, other = connect(path), connect(path)
    a = make_doc("text a 2031")
    with batched(conn, seconds=0) as tick:
        with transaction(conn):
            doc_store.save_document(conn, a, make_op(a.id), name="a.txt", path=a.path)
        assert doc_store.count_documents(other) == 0  # not yet committed
        tick()
        assert doc_store.count_documents(other) == 1  # committed while the batch goes on


def test_replacing_operations_fills_every_derived_table(conn):
    op = make_op(id="2031-northern-ridge-offensive")
    with transaction(conn):
        op_store.replace_operations(conn, [op], [["d1"]])
    row = conn.execute("SELECT * FROM operations").fetchone()
    assert (row["id"], row["n_documents"], row["n_events"]) == ("2031-northern-ridge-offensive", 1, 2)
    assert conn.execute("SELECT count(*) FROM sides").fetchone()[0] == 2
    assert tuple(conn.execute("SELECT low, high, unit FROM strength").fetchone()) == (1200, 1200, "fighters")
    civilians = conn.execute("SELECT killed_low, killed_high FROM casualties WHERE side IS NULL").fetchone()
    assert tuple(civilians) == (10, 12)
    assert event_store.count_events(conn) == 2


def test_rebuilding_operations_twice_gives_identical_event_ids(conn):
    op = make_op(id="x")
    with transaction(conn):
        op_store.replace_operations(conn, [op], [["d1"]])
    first = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    with transaction(conn):
        op_store.replace_operations(conn, [op], [["d1"]])
    assert [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")] == first


def test_operation_is_found_by_id_name_alias_or_unique_part(conn):
    a = make_op(id="2031-northern-ridge-offensive", aliases=("Operation Dawn",))
    b = make_op(id="2030-coastal-offensive", name="2030 Coastal offensive")
    with transaction(conn):
        op_store.replace_operations(conn, [a, b], [["d1"], ["d2"]])
    for ref in ("2031-northern-ridge-offensive", "2031 northern ridge offensive", "operation dawn", "ridge"):
        assert op_store.resolve_operation_id(conn, ref) == a.id
    with pytest.raises(NoSuchOperation, match="several"):
        op_store.resolve_operation_id(conn, "offensive")
    with pytest.raises(NoSuchOperation, match="warfile list"):
        op_store.resolve_operation_id(conn, "battle of nowhere")


def test_timeline_dates_filter_inclusively_at_any_precision(conn):
    with transaction(conn):
        op_store.replace_operations(conn, [make_op(id="x")], [["d1"]])
    assert [e["date"] for e in event_store.query_events(conn, "x", date_to="2031-05-03")] == ["2031-05-03"]
    assert len(event_store.query_events(conn, "x", date_from="2031-05", date_to="2031-05")) == 2
    assert [e["type"] for e in event_store.query_events(conn, "x", type="recapture")] == ["recapture"]


def test_document_and_event_text_are_searchable_with_bound_match(conn):
    doc = make_doc("Heavy shelling hit Tel Amir on 5 May 2031.")
    with transaction(conn):
        doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt", path=doc.path)
        op_store.replace_operations(conn, [make_op(doc.id, id="x")], [[doc.id]])
    hits = conn.execute("SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
                        "WHERE documents_fts MATCH ?", ("shelling",)).fetchall()
    assert [h[0] for h in hits] == [doc.id]
    assert conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", ("recaptured",)).fetchone()[0] == 1
    with transaction(conn):
        doc_store.delete_documents(conn, [doc.id])
    assert conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", ("shelling",)).fetchone()[0] == 0


def test_event_search_index_follows_every_replacement_of_the_events(conn):
    with transaction(conn):
        op_store.replace_operations(conn, [make_op(id="x")], [["d1"]])
    assert conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", ("recaptured",)).fetchone()[0] == 1
    with transaction(conn):
        op_store.replace_operations(conn, [dataclasses.replace(make_op(id="y"), events=())], [["d1"]])
    assert conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == 0
    with transaction(conn):
        op_store.replace_operations(conn, [make_op(id="z")], [["d1"]])
    joined = conn.execute("SELECT e.operation_id FROM events_fts JOIN events e ON e.rowid = events_fts.rowid "
                          "WHERE events_fts MATCH ?", ("recaptured",)).fetchall()
    assert [r[0] for r in joined] == ["z"]


def test_document_is_found_by_path_name_id_or_id_prefix(conn):
    doc = make_doc()
    with transaction(conn):
        doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt", path="/data/a.txt")
    for ref in ("/data/a.txt", "a.txt", doc.id, doc.id[:8]):
        assert [r["id"] for r in doc_store.find_documents(conn, ref)] == [doc.id]
    assert doc_store.find_documents(conn, doc.id[:3]) == []


def test_dump_pages_are_found_by_the_dump_path(conn):
    doc = make_doc()
    with transaction(conn):
        doc_store.save_document(conn, doc, make_op(doc.id), name="d.xml#X", path="/data/d.xml#X")
    assert len(doc_store.find_documents(conn, "/data/d.xml")) == 1


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
counts = st.builds(lambda a, b: Count(min(a, b), max(a, b)), st.integers(0, 10**6), st.integers(0, 10**6))
operations = st.builds(
    Operation, name=names, id=names,
    start_date=st.none() | st.sampled_from(["2014", "2014-03", "2014-03-21"]),
    sides=st.lists(st.builds(Side, belligerents=st.lists(names, max_size=3).map(tuple),
                             commanders=st.lists(st.builds(Person, names, killed=st.booleans()), max_size=2).map(tuple),
                             casualties=st.lists(st.builds(Casualties, killed=st.none() | counts, claimant=st.none() | names),
                                                 max_size=2).map(tuple)),
                   max_size=3).map(tuple),
    events=st.lists(st.builds(Event, date=st.sampled_from(["2014-03-21", "2014-04"]),
                              type=st.sampled_from(["attack", "capture", "other"]), summary=names),
                    max_size=3).map(tuple),
    conflicts=st.lists(st.builds(Conflict, st.just("/start_date"),
                                 st.lists(st.builds(ConflictValue, names, st.tuples(names)), max_size=2).map(tuple)),
                       max_size=1).map(tuple),
    provenance=st.lists(st.builds(Provenance, st.just("/name"), st.tuples(names)), max_size=1).map(tuple),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(op=operations)
def test_operation_round_trips_through_the_store(conn, op):
    with transaction(conn):
        op_store.replace_operations(conn, [op], [["d1"]])
    assert op_store.load_operation(conn, op.id) == op


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(op=operations)
def test_document_record_round_trips_through_the_store(conn, op):
    doc = make_doc(f"text {op.name!r} 2031")
    with transaction(conn):
        doc_store.delete_documents(conn, [doc.id])
        doc_store.save_document(conn, doc, op, name="a.txt")
    assert dict(doc_store.load_records(conn))[doc.id] == op


def test_connect_names_a_missing_folder():
    with pytest.raises(Exception, match="does not exist"):
        connect("/no/such/folder/kb.db")


def test_connect_refuses_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "kb.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match="cannot open database"):
        connect(bad)


def test_store_functions_do_not_commit_on_their_own(conn):
    doc = make_doc()
    conn.execute("BEGIN")
    doc_store.save_document(conn, doc, make_op(doc.id), name="a.txt")
    op_store.replace_operations(conn, [dataclasses.replace(make_op(doc.id), id="x")], [[doc.id]])
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert doc_store.count_documents(conn) == 0 and op_store.count_operations(conn) == 0
    assert isinstance(conn, sqlite3.Connection)
