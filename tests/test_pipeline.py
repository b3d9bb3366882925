"""The pipeline: pure processing, ingest of files/folders/globs/stdin, bad input reported one line
per input without stopping the batch, idempotent re-ingest, replacement, all-or-nothing rebuilds."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest
from conftest import EXAMPLES, operation_text
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile import pipeline
from warfile.errors import WarfileError
from warfile.store import connect
from warfile.store import documents as doc_store
from warfile.store import events as event_store
from warfile.store import operations as op_store


def table_rows(conn, table):
    return sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {table}")), key=repr)


def snapshot(conn):
    return {t: table_rows(conn, t) for t in ("operations", "operation_documents", "events", "sides", "casualties",
                                             "strength", "entities", "mentions")} | {
        "documents": sorted(tuple(r) for r in conn.execute("SELECT id, path, record FROM documents"))}


# ---------------------------------------------------------------- processing

def test_operation_text_is_processed_into_a_record_citing_its_document():
    result = pipeline.process_text(operation_text(), "a.txt")
    assert isinstance(result, pipeline.Processed)
    assert result.record.name == "2031 Northern Ridge offensive"
    assert result.record.sources[0].document == result.document.id


def test_text_without_infobox_or_dated_events_is_skipped_with_a_reason():
    result = pipeline.process_text("Shopping list\n\nMilk, eggs and bread for the weekend.\n", "list.txt")
    assert isinstance(result, pipeline.Skipped)
    assert "no infobox" in result.reason


def test_extracted_record_names_the_file_as_its_source_document():
    result = pipeline.process_text(operation_text(), "a.txt", path="/data/a.txt")
    assert pipeline.document_record(result)["sources"][0]["document"] == "a.txt"


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=400))
def test_processing_any_text_never_raises(text):
    result = pipeline.process_item(pipeline.Item("x.txt", "", text))
    assert isinstance(result, (pipeline.Processed, pipeline.Skipped, pipeline.Failed))


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_any_bytes_never_raises(data):
    assert isinstance(pipeline.decode(data, "x"), (pipeline.Item, pipeline.Failed))


# ---------------------------------------------------------------- bad input, one line each

def test_empty_file_fails_with_one_line(conn, write):
    summary = pipeline.ingest([str(write("empty.txt", "  \n"))], conn, progress=False)
    assert (summary.failed, summary.messages) == (1, ["failed empty.txt: empty file"])


def test_binary_file_fails_as_not_text(conn, write):
    summary = pipeline.ingest([str(write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))], conn, progress=False)
    assert summary.failed == 1 and "binary file" in summary.messages[0]


def test_non_utf8_file_is_ingested_with_a_warning_line(conn, write):
    data = operation_text().replace("Tel Amir", "Tel Am\u00efr").encode("cp1252")  # Windows-1252: not valid UTF-8
    summary = pipeline.ingest([str(write("cp1252.txt", data))], conn, progress=False)
    assert summary.ingested == 1 and summary.failed == 0
    assert [m for m in summary.messages if m.startswith("warning cp1252.txt: not valid UTF-8")]


def test_skipped_non_utf8_file_says_both_in_its_one_line(conn, write):
    data = "Recette du g\u00e2teau: farine, sucre, beurre.".encode("latin-1")
    summary = pipeline.ingest([str(write("recette.txt", data))], conn, progress=False)
    assert summary.skipped == 1 and len(summary.messages) == 1
    assert "not valid UTF-8" in summary.messages[0] and summary.messages[0].startswith("skipped recette.txt")


def test_file_above_the_size_cap_is_refused_without_being_read(conn, write, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_DOCUMENT_BYTES", 1000)
    summary = pipeline.ingest([str(write("huge.txt", operation_text() * 10))], conn, progress=False)
    assert summary.failed == 1 and "limit for one document" in summary.messages[0]


def test_missing_path_and_unmatched_glob_each_fail_with_one_line(conn, tmp_path):
    summary = pipeline.ingest([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")], conn, progress=False)
    assert summary.failed == 2
    assert "no such file" in summary.messages[0] and "no file matches" in summary.messages[1]


def test_unreadable_entry_in_a_folder_is_reported_and_the_batch_goes_on(conn, write, tmp_path):
    write("docs/good.txt", operation_text())
    os.symlink(tmp_path / "gone.txt", tmp_path / "docs" / "broken.txt")
    summary = pipeline.ingest([str(tmp_path / "docs")], conn, progress=False)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert summary.messages == [m for m in summary.messages if m.startswith("failed broken.txt: cannot read")]


def test_not_an_operation_is_skipped_and_the_rest_is_ingested(conn, write, tmp_path):
    write("docs/a.txt", operation_text())
    write("docs/sub/notes.txt", "Meeting notes\n\nWe agreed to meet again next week.\n")
    summary = pipeline.ingest([str(tmp_path / "docs")], conn, progress=False)
    assert (summary.ingested, summary.skipped, summary.failed, summary.operations) == (1, 1, 0, 1)
    assert summary.messages[0].startswith("skipped notes.txt: ")


def test_globs_and_stdin_are_inputs_too(conn, write, tmp_path, monkeypatch):
    write("a.txt", operation_text())
    stdin_text = operation_text(name="2030 Coastal offensive", year=2030, village="Bayt Hanun")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_text.encode())))
    summary = pipeline.ingest([str(tmp_path / "*.txt"), "-"], conn, progress=False)
    assert (summary.ingested, summary.operations) == (2, 2)


def test_unknown_shape_is_a_user_error_before_anything_is_read(conn, write):
    with pytest.raises(WarfileError, match="choose one of"):
        pipeline.ingest([str(write("a.txt", operation_text()))], conn, shape="pdf", progress=False)
    assert doc_store.count_documents(conn) == 0


# ---------------------------------------------------------------- idempotence and replacement

def test_ingesting_the_same_files_twice_changes_nothing(conn):
    first = pipeline.ingest([str(EXAMPLES)], conn, progress=False)
    before = snapshot(conn)
    second = pipeline.ingest([str(EXAMPLES)], conn, progress=False)
    assert first.ingested == 5 and second.ingested == 0 and second.unchanged == 5
    assert snapshot(conn) == before


def test_seed_documents_about_the_same_operation_are_one_operation(conn):
    summary = pipeline.ingest([str(EXAMPLES)], conn, progress=False)
    assert summary.operations == 3
    assert sorted(r["n_documents"] for r in op_store.list_operations(conn)) == [1, 2, 2]


def test_changed_file_replaces_its_old_record(conn, write):
    path = write("a.txt", operation_text(killed=140))
    pipeline.ingest([str(path)], conn, progress=False)
    path.write_text(operation_text(killed=150), encoding="utf-8")
    summary = pipeline.ingest([str(path)], conn, progress=False)
    assert (summary.replaced, summary.ingested) == (1, 0)
    assert doc_store.count_documents(conn) == 1
    op = op_store.find_operation(conn, "northern ridge")
    assert [c.killed.low for c in op.sides[0].casualties if c.killed] == [150]


def test_forgetting_a_document_removes_what_only_it_stated(conn, write):
    a = write("a.txt", operation_text())
    write("b.txt", operation_text(name="2030 Coastal offensive", year=2030, village="Bayt Hanun"))
    pipeline.ingest([str(a.parent)], conn, progress=False)
    assert pipeline.forget(conn, "b.txt") == ["b.txt"]
    assert [r["id"] for r in op_store.list_operations(conn)] == ["2031-northern-ridge-offensive"]
    with pytest.raises(Exception, match="no stored document"):
        pipeline.forget(conn, "b.txt")


# ---------------------------------------------------------------- transactions

def test_a_document_failing_mid_batch_leaves_nothing_of_itself_and_the_batch_goes_on(conn, write, monkeypatch):
    write("docs/a.txt", operation_text())
    bad = write("docs/b.txt", operation_text(name="2030 Coastal offensive", year=2030))
    write("docs/c.txt", operation_text(name="2029 Valley offensive", year=2029))
    real_save = doc_store.save_document

    def save_then_break(conn, doc, record, **kw):
        outcome = real_save(conn, doc, record, **kw)
        if kw["path"] == str(bad):
            conn.execute("INSERT INTO no_such_table VALUES (1)")  # fails after the row was written
        return outcome
    monkeypatch.setattr(doc_store, "save_document", save_then_break)
    summary = pipeline.ingest([str(bad.parent)], conn, progress=False)
    assert (summary.ingested, summary.failed) == (2, 1)
    assert "failed b.txt: could not be stored" in summary.messages[0]
    assert sorted(r[0] for r in conn.execute("SELECT name FROM documents")) == ["a.txt", "c.txt"]


def test_a_failing_rebuild_leaves_the_previous_operations_and_is_retried(conn, write, monkeypatch):
    pipeline.ingest([str(write("a.txt", operation_text()))], conn, progress=False)
    before = snapshot(conn)

    def broken(conn, report=None, kept=(), update=False):
        conn.execute("DELETE FROM events")
        raise RuntimeError("resolver crashed")
    monkeypatch.setattr(pipeline, "resolve_and_save_entities", broken)
    with pytest.raises(RuntimeError):
        pipeline.ingest([str(write("b.txt", operation_text(name="2030 Coastal offensive", year=2030)))], conn,
                        progress=False)
    after = snapshot(conn)
    assert {k: v for k, v in after.items() if k != "documents"} == {k: v for k, v in before.items()
                                                                      if k != "documents"}
    assert op_store.is_stale(conn)
    monkeypatch.undo()
    assert pipeline.refresh_operations(conn) == 2 and not op_store.is_stale(conn)
    assert event_store.count_events(conn) >= 0


def test_rebuild_resolves_entities_and_links_operations_naming_each_other(conn, write):
    write("docs/a.txt", operation_text(name="2030 Coastal offensive", year=2030))
    write("docs/b.txt", operation_text(extra="The offensive followed the 2030 Coastal offensive."))
    pipeline.ingest([str(write("docs/a.txt", operation_text(name="2030 Coastal offensive", year=2030)).parent)],
                    conn, progress=False)
    links = [tuple(r) for r in conn.execute("SELECT a, b FROM operation_links")]
    assert ("2031-northern-ridge-offensive", "2030-coastal-offensive") in links
    killed = conn.execute("SELECT killed FROM entities WHERE name = 'Yusuf Karim'").fetchone()
    assert killed is not None and killed[0] == 1


DERIVED = ("operations", "operation_documents", "events", "sides", "casualties", "strength", "entities",
           "entity_aliases", "mentions", "entity_candidates", "operation_links")


def derived(conn):
    return {t: table_rows(conn, t) for t in DERIVED}


def test_ingesting_in_two_batches_gives_the_tables_one_batch_gives(conn, write):
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    extra = str(write("x.txt", operation_text(extra="The offensive followed the 2014 Latakia offensive.")))
    pipeline.ingest(seeds[::2], conn, progress=False)  # documents of one operation split over batches
    pipeline.ingest([*seeds[1::2], extra], conn, progress=False)
    whole = connect(":memory:")
    pipeline.ingest([*seeds, extra], whole, progress=False)
    assert derived(conn) == derived(whole)
    pipeline.rebuild_operations(conn, full=True)  # nothing reused: the same tables again
    assert derived(conn) == derived(whole)


# Tables whose rows a refresh deletes and adds entity by entity: their rowids follow no order
# (readers order them explicitly), so they compare as sets of rows.
UNORDERED = ("entities", "entity_aliases", "mentions", "entity_candidates")


# Tables holding each operation's rows, by the column naming it: a refresh leaves the rows of the
# operations it keeps where they are and writes the others after every row, so these compare by
# each row's place among its operation's rows (rowid order within the operation), not by rowid.
BY_OPERATION = {"operations": "id", "operation_merges": "operation_id",
                **{t: "operation_id" for t in ("operation_documents", "events", "sides", "casualties", "strength",
                                               "entity_inputs_mentions", "entity_inputs_facts",
                                               "entity_inputs_links", "operation_link_fields")}}


def by_operation(conn, table):
    """table's rows, each with its place among its operation's rows, as a sorted list."""
    return sorted((tuple(r) for r in conn.execute(
        f"SELECT row_number() OVER (PARTITION BY {BY_OPERATION[table]} ORDER BY rowid), * FROM {table}")), key=repr)


def search_index(conn):
    """The events' full-text index, each entry by the id of its event (rowids follow the events')."""
    joined = sorted(tuple(r) for r in conn.execute(
        "SELECT e.id, f.summary, f.places, f.actors FROM events_fts f JOIN events e ON e.rowid = f.rowid"))
    return joined, conn.execute("SELECT count(*) FROM events_fts").fetchone()[0]


def as_stored(conn):
    """Every derived table as its readers see it (rowid order for the links; each operation's rows
    in order, BY_OPERATION; the entity tables as sets, UNORDERED), the events' full-text index,
    and the caches a refresh keeps beside them: what a refresh must leave exactly as a full
    rebuild does."""
    tables = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in DERIVED
              if t not in UNORDERED and t not in BY_OPERATION}
    return tables | {t: by_operation(conn, t) for t in BY_OPERATION} | {"events_fts": search_index(conn)} | {
        t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr)
        for t in ("document_words", "entity_verdicts", "entity_spellings", "entity_clusters", "entity_names",
                  "entity_blocks", *UNORDERED)}


def test_a_batch_gives_the_links_a_fresh_ingest_finds(conn, write):
    """Links between operations the batch left alone, from one it adds to one it left alone, and
    from one it left alone to one it adds (a name the old text held, unknown until now)."""
    ridge = write("a.txt", operation_text(extra="The offensive followed the 2030 Coastal offensive."))
    desert = write("c.txt", operation_text(name="2029 Desert offensive", year=2029,
                                           extra="It came before the 2031 Northern Ridge offensive."))
    pipeline.ingest([str(ridge), str(desert)], conn, progress=False)
    coastal = write("b.txt", operation_text(name="2030 Coastal offensive", year=2030,
                                            extra="It followed the 2029 Desert offensive."))
    pipeline.ingest([str(coastal)], conn, progress=False)
    whole = connect(":memory:")
    pipeline.ingest([str(ridge), str(desert), str(coastal)], whole, progress=False)
    links = {(a, b) for a, b, _ in table_rows(conn, "operation_links")}
    assert {("2031-northern-ridge-offensive", "2030-coastal-offensive"),
            ("2030-coastal-offensive", "2029-desert-offensive"),
            ("2029-desert-offensive", "2031-northern-ridge-offensive")} <= links
    assert as_stored(conn) == as_stored(whole)


def test_a_replaced_document_gives_the_tables_a_full_rebuild_gives(conn, write):
    """The text of a stored input changes: the operation it made is merged again, under another
    name, and the links to and from it are found again; nothing else differs from a full rebuild."""
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    ridge = write("a.txt", operation_text(extra="The offensive followed the 2014 Latakia offensive."))
    pipeline.ingest([*seeds, str(ridge)], conn, progress=False)
    write("a.txt", operation_text(name="2032 Southern Ridge offensive", year=2032,
                                  extra="The offensive followed the 2014 Idlib offensive."))
    pipeline.ingest([str(ridge)], conn, progress=False)
    incremental = as_stored(conn)
    pipeline.rebuild_operations(conn, full=True)
    assert incremental == as_stored(conn)
    assert ("2032-southern-ridge-offensive", "2014-idlib-offensive") in {
        (a, b) for a, b, _ in table_rows(conn, "operation_links")}


def test_a_refresh_keys_only_new_names_and_judges_only_pairs_it_has_no_verdict_on(conn, write, monkeypatch):
    from warfile.resolve import entities as resolve_entities
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    judged: list[str] = []
    match = resolve_entities.match_names
    monkeypatch.setattr(resolve_entities, "match_names", lambda kind, a, b, *roles: judged.append(a) or match(
        kind, a, b, *roles))
    from warfile.resolve import pairs
    keyed: list[str] = []
    key = pairs.key
    monkeypatch.setattr(pairs, "key", lambda kind, surface: keyed.append(surface) or key(kind, surface))
    extra = write("a.txt", operation_text())
    pipeline.ingest([str(extra)], conn, progress=False)
    verdicts = conn.execute("SELECT count(*) FROM entity_verdicts").fetchone()[0]
    spellings = conn.execute("SELECT count(*) FROM entity_spellings").fetchone()[0]
    assert 0 < len(judged) < verdicts / 4 and 0 < len(keyed) < spellings / 4
    whole = connect(":memory:")
    pipeline.ingest([*seeds, str(extra)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


def test_a_new_name_close_in_spelling_only_to_a_stored_one_is_still_a_doubtful_pair(conn, write):
    """'Yusuf Karimov' shares no transliteration key with 'Yusuf Karim' and does not hold it word
    for word: only the spelling ratio finds the pair, between a new spelling and a kept one."""
    ridge = write("a.txt", operation_text())
    pipeline.ingest([str(ridge)], conn, progress=False)
    coastal = write("b.txt", operation_text(name="2030 Coastal offensive", year=2030).replace(
        "Yusuf Karim", "Yusuf Karimov"))
    pipeline.ingest([str(coastal)], conn, progress=False)
    assert [tuple(r) for r in conn.execute("SELECT a, b FROM entity_candidates")] == [
        ("person:yusuf karim", "person:yusuf karimov")]
    whole = connect(":memory:")
    pipeline.ingest([str(ridge), str(coastal)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


def test_new_names_holding_or_held_in_a_stored_one_word_for_word_are_still_compared(conn, write):
    """'Yusuf Karim Haddad' (new) holds the stored 'Yusuf Karim', 'Talibi' (new) is held in the
    stored 'Omar Talibi': spelling ratios too far apart, only containment finds either pair."""
    ridge = write("a.txt", operation_text())
    pipeline.ingest([str(ridge)], conn, progress=False)
    coastal = write("b.txt", operation_text(name="2030 Coastal offensive", year=2030).replace(
        "Yusuf Karim", "Yusuf Karim Haddad").replace("Omar Talibi", "Talibi"))
    pipeline.ingest([str(coastal)], conn, progress=False)
    assert {tuple(r) for r in conn.execute("SELECT a, b FROM entity_verdicts WHERE kind = 'person'")} >= {
        ("Yusuf Karim", "Yusuf Karim Haddad"), ("Omar Talibi", "Talibi")}
    whole = connect(":memory:")
    pipeline.ingest([str(ridge), str(coastal)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


def test_overrides_made_between_batches_give_the_tables_a_fresh_ingest_gives(conn, write):
    """Kept spellings and verdicts do not depend on overrides (a split or merge is applied after
    the verdicts): a curator's decision between two batches holds as if it came first."""
    from warfile.store import entities as entity_store
    from warfile.store.db import transaction
    ridge = write("a.txt", operation_text())
    pipeline.ingest([str(ridge)], conn, progress=False)
    decisions = [("merge", "person", "Yusuf Karim", "Yusuf Karimov"), ("split", "person", "Omar Talibi", "Talibi")]
    with transaction(conn):
        for decision in decisions:
            entity_store.add_override(conn, *decision)
        entity_store.refresh_entities(conn)
    coastal = write("b.txt", operation_text(name="2030 Coastal offensive", year=2030).replace(
        "Yusuf Karim", "Yusuf Karimov").replace("Omar Talibi", "Talibi"))
    pipeline.ingest([str(coastal)], conn, progress=False)
    whole = connect(":memory:")
    with transaction(whole):
        for decision in decisions:
            entity_store.add_override(whole, *decision)
    pipeline.ingest([str(ridge), str(coastal)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)
    one = "SELECT count(DISTINCT entity_id) FROM mentions WHERE surface IN (?, ?)"
    assert conn.execute(one, ("Yusuf Karim", "Yusuf Karimov")).fetchone()[0] == 1  # merged by the curator
    assert conn.execute(one, ("Omar Talibi", "Talibi")).fetchone()[0] == 2  # kept apart


def test_a_store_migrated_from_before_the_refresh_caches_refreshes_as_a_full_rebuild(tmp_path, write):
    """A store written before schema 6 has operations and merges but no stored names, words,
    spellings or verdicts: migration 8 drops the merges, so its next refresh merges and finds
    everything again, and leaves what a full rebuild leaves."""
    import sqlite3
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    path = tmp_path / "old.db"
    conn = connect(path)
    pipeline.ingest(seeds[1:], conn, progress=False)
    conn.close()
    raw = sqlite3.connect(path)
    for table in ("document_words", "entity_verdicts", "entity_inputs_mentions", "entity_inputs_facts",
                  "entity_inputs_links", "entity_spellings"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    conn = connect(path)
    assert conn.execute("SELECT count(*) FROM operation_merges").fetchone()[0] == 0
    pipeline.ingest(seeds[:1], conn, progress=False)
    incremental = as_stored(conn)
    pipeline.rebuild_operations(conn, full=True)
    assert incremental == as_stored(conn)


def test_verdicts_judged_by_other_code_are_judged_again(conn):
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    before = as_stored(conn)
    conn.execute("UPDATE entity_verdicts SET version = 'old', decision = 'same'")
    conn.execute("UPDATE entity_spellings SET version = 'old', key = 'x', words = '[\"x\"]', blocks = '[\"X\"]'")
    op_store.mark_stale(conn)
    pipeline.refresh_operations(conn)
    assert as_stored(conn) == before


def test_rebuild_reads_one_group_of_records_at_a_time_and_never_all(conn, write, monkeypatch):
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    before = derived(conn)

    def refuse(conn):
        raise AssertionError("the rebuild loaded every record at once")
    monkeypatch.setattr(doc_store, "load_records", refuse)
    read: list[str] = []
    load = doc_store.load_record
    monkeypatch.setattr(doc_store, "load_record", lambda c, i: read.append(i) or load(c, i))
    pipeline.rebuild_operations(conn, full=True)
    assert derived(conn) == before
    assert sorted(read) == sorted(r[0] for r in conn.execute("SELECT id FROM documents"))  # each once, to merge


def test_documents_stored_before_summaries_existed_group_as_ever(conn):
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    before = derived(conn)
    summaries = table_rows(conn, "document_summaries"), table_rows(conn, "document_keys")
    conn.execute("DELETE FROM document_summaries")  # as a database migrated from schema 3 has them
    conn.execute("DELETE FROM document_keys")
    pipeline.rebuild_operations(conn, full=True)
    assert derived(conn) == before
    assert (table_rows(conn, "document_summaries"), table_rows(conn, "document_keys")) == summaries


def test_summaries_of_other_grouping_code_are_computed_again(conn, write):
    pipeline.ingest([str(write("a.txt", operation_text()))], conn, progress=False)
    conn.execute("UPDATE document_summaries SET version = 'old', name = 'Something else entirely'")
    pipeline.rebuild_operations(conn, full=True)
    assert conn.execute("SELECT name FROM document_summaries").fetchone()[0] == "2031 Northern Ridge offensive"


def test_forgetting_a_document_forgets_its_summary_and_keys(conn, write):
    path = write("a.txt", operation_text())
    pipeline.ingest([str(path)], conn, progress=False)
    pipeline.forget(conn, str(path))
    assert table_rows(conn, "document_summaries") == table_rows(conn, "document_keys") == []


def test_forgetting_after_a_rebuild_gives_the_tables_never_ingesting_gives(conn):
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    pipeline.forget(conn, seeds[0])
    fresh = connect(":memory:")
    pipeline.ingest(seeds[1:], fresh, progress=False)
    assert derived(conn) == derived(fresh)


def test_dask_results_keep_input_order_paths_and_unreadable_inputs(conn, write, tmp_path, monkeypatch):
    """The Dask adapter: workers see only (text, name, shape); results come back in input order and
    are completed with each input's path, while unreadable inputs are reported in their place."""
    import warfile.engine as engine

    seen: list[tuple] = []

    def fake_run_dask(items, workers, scheduler, *, ordered):
        assert ordered
        for text, name, shape in items:
            seen.append((name, shape))
            yield pipeline.process_text(text, name, shape)  # what a worker returns: no path
    monkeypatch.setattr(engine, "run_dask", fake_run_dask)
    write("docs/a.txt", operation_text())
    write("docs/b.txt", "")
    write("docs/c.txt", operation_text(name="2030 Coastal offensive", year=2030))
    summary = pipeline.ingest([str(tmp_path / "docs")], conn, engine="dask", progress=False)
    assert seen == [("a.txt", None), ("c.txt", None)]
    assert (summary.ingested, summary.failed, summary.operations) == (2, 1, 2)
    assert sorted(r[0] for r in conn.execute("SELECT path FROM documents")) == [
        str((tmp_path / "docs" / n).resolve()) for n in ("a.txt", "c.txt")]


def test_progress_bar_does_not_swallow_the_one_line_messages(conn, write, tmp_path, capsys):
    for i in range(pipeline.PROGRESS_MIN_ITEMS):
        write(f"docs/{i:02d}.txt", "" if i == 3 else operation_text(name=f"20{i:02d} Ridge offensive", year=2000 + i))
    summary = pipeline.ingest([str(tmp_path / "docs")], conn, progress=True)
    assert summary.failed == 1 and "failed 03.txt: empty file" in capsys.readouterr().err


def test_rebuild_reports_each_pass_up_to_its_total(tmp_path):
    conn = connect(tmp_path / "w.db")
    pipeline.ingest([str(EXAMPLES)], conn, progress=False)
    told: dict[str, list[tuple[int, int | None]]] = {}
    n = pipeline.rebuild_operations(conn, full=True, report=lambda phase, done, total: told.setdefault(
        phase, []).append((done, total)))
    # entities' names are collected from each operation as it is merged: no pass of their own
    assert list(told) == ["merging operations", "finding links"]
    for phase, calls in told.items():
        assert calls[-1] == (n, n), phase  # every operation counted once, ending at the total
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_rebuild_progress_shows_only_when_the_first_pass_is_long():
    small = pipeline.RebuildProgress(True)
    with small as report:
        report("merging operations", 1, pipeline.PROGRESS_MIN_ITEMS - 1)
        report("finding links", 1, pipeline.PROGRESS_MIN_ITEMS - 1)
    assert small.bar is None
    large = pipeline.RebuildProgress(True)
    with large as report:
        report("merging operations", 3, 5 * pipeline.PROGRESS_MIN_ITEMS)
        report("finding links", 1, 5 * pipeline.PROGRESS_MIN_ITEMS)
        tasks = {t.description: t.completed for t in large.bar.tasks}
    assert tasks == {"merging operations": 3, "finding links": 1}
    with pipeline.RebuildProgress(False) as report:
        assert report is None


def test_a_reused_merge_given_another_id_is_stored_under_that_id(conn, write):
    # the same name in two years: two operations with one id, made unique in document order
    later = write("b.txt", operation_text(name="Siege of Tel Amir", year=2031))
    pipeline.ingest([str(later)], conn, progress=False)
    assert [r[0] for r in conn.execute("SELECT id FROM operations")] == ["siege-of-tel-amir"]
    earlier = write("a.txt", operation_text(name="Siege of Tel Amir", year=2019, village="Kafr Sala"))
    pipeline.ingest([str(earlier)], conn, progress=False)  # its group now comes first and takes the id
    whole = connect(":memory:")
    pipeline.ingest([str(earlier), str(later)], whole, progress=False)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM operations")) == ["siege-of-tel-amir",
                                                                              "siege-of-tel-amir-2"]
    assert derived(conn) == derived(whole)
    record = json.loads(conn.execute("SELECT record FROM operations WHERE id = 'siege-of-tel-amir-2'").fetchone()[0])
    assert record["id"] == "siege-of-tel-amir-2" and record["start_date"].startswith("2031")


def test_reused_merges_get_their_rows_back_in_the_order_a_full_rebuild_writes(conn, write, monkeypatch):
    """A refresh with more merges to make than it holds writes every operation after the first
    changed one again (here: all), copying the rows of reused merges back in order."""
    monkeypatch.setattr(pipeline, "MAX_MERGES_IN_PLACE", 0)
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds[1:], conn, progress=False)
    made: list[str] = []
    save_events = event_store.save_events
    monkeypatch.setattr(event_store, "save_events", lambda c, op: made.append(op.id) or save_events(c, op))
    pipeline.ingest(seeds[:1], conn, progress=False)  # sorts first: every stored operation moves down
    assert 0 < len(made) < op_store.count_operations(conn)  # the unchanged merges were copied, not made
    whole = connect(":memory:")
    pipeline.ingest(seeds, whole, progress=False)

    assert _rows(conn) == _rows(whole)


def test_a_refresh_with_too_many_merges_to_hold_makes_each_merge_once(conn, monkeypatch):
    """A first ingest of more groups than a refresh holds merges each group once: the refresh
    counts the merges it would make before making any, not after making as many as it holds."""
    monkeypatch.setattr(pipeline, "MAX_MERGES_IN_PLACE", 1)
    merged: list[list[str]] = []
    merge = pipeline._merge
    monkeypatch.setattr(pipeline, "_merge", lambda c, ids: merged.append(list(ids)) or merge(c, ids))
    pipeline.ingest(sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file()), conn, progress=False)
    assert op_store.count_operations(conn) == 3
    assert len(merged) == 3 and len({tuple(ids) for ids in merged}) == 3


def test_a_reused_merge_is_neither_decoded_nor_walked_for_names(conn, write, monkeypatch):
    from warfile.resolve import entities as resolve_entities
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    walked: list[str] = []
    walk = resolve_entities.entity_inputs
    monkeypatch.setattr(resolve_entities, "entity_inputs", lambda op: walked.append(op.id) or walk(op))
    decoded: list[dict] = []
    decode = op_store.record_from_dict
    monkeypatch.setattr(op_store, "record_from_dict", lambda d: decoded.append(d) or decode(d))
    pipeline.ingest([str(write("a.txt", operation_text()))], conn, progress=False)
    assert walked == ["2031-northern-ridge-offensive"] and decoded == []
    assert conn.execute("SELECT count(DISTINCT operation_id) FROM entity_inputs_mentions").fetchone()[0] == \
        op_store.count_operations(conn)


def test_operations_before_the_first_changed_one_keep_their_rows_where_they_are(conn, write, monkeypatch):
    """A batch sorting after every stored document, written the way a refresh with many merges to
    make writes: the operations before it are neither copied nor written again, and every table
    (full-text index included) is what a fresh ingest gives."""
    monkeypatch.setattr(pipeline, "MAX_MERGES_IN_PLACE", 0)
    seeds = [write(f"a/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir()) if p.is_file()]
    pipeline.ingest([str(p) for p in seeds], conn, progress=False)
    written: list[str] = []
    for name in ("save", "save_previous"):
        real = getattr(op_store.OperationWriter, name)
        monkeypatch.setattr(op_store.OperationWriter, name, lambda self, op, ids, real=real: written.append(
            getattr(op, "id", op)) or real(self, op, ids))
    extra = write("b/x.txt", operation_text(extra="The offensive followed the 2014 Latakia offensive."))
    pipeline.ingest([str(extra)], conn, progress=False)
    assert written == ["2031-northern-ridge-offensive"]
    whole = connect(":memory:")
    pipeline.ingest([*map(str, seeds), str(extra)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)
    assert found_events(conn, "Amir") == found_events(whole, "Amir") != []
    write("b/x.txt", operation_text(village="Kafr Nur"))  # its events and their index rows replaced
    pipeline.ingest([str(extra)], conn, progress=False)
    pipeline.ingest([str(extra)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)
    for word in ("Amir", "Nur"):
        assert found_events(conn, word) == found_events(whole, word)


def found_events(conn, word):
    return [tuple(r) for r in conn.execute("SELECT e.* FROM events_fts f JOIN events e ON e.rowid = f.rowid "
                                           "WHERE events_fts MATCH ? ORDER BY e.id", (word,))]


def test_a_batch_sorting_before_every_stored_document_writes_its_own_operations_alone(conn, write, monkeypatch):
    """The rows of the operations a batch leaves unchanged stay where they are, whatever the
    order of their documents: only the batch's operations are written (after every row), their
    events indexed, and every table reads as a fresh ingest's."""
    seeds = [write(f"b/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir()) if p.is_file()]
    pipeline.ingest([str(p) for p in seeds], conn, progress=False)
    before = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in ("events", "sides")}
    written: list[str] = []
    save = op_store.save_operation
    monkeypatch.setattr(op_store, "save_operation", lambda c, op, ids, *rest: written.append(op.id) or save(
        c, op, ids, *rest))
    extra = write("a/x.txt", operation_text(extra="The offensive followed the 2014 Latakia offensive."))
    pipeline.ingest([str(extra)], conn, progress=False)
    assert written == ["2031-northern-ridge-offensive"]
    for table, rows in before.items():  # every row stored before is still there, under its rowid
        assert set(rows) <= set(conn.execute(f"SELECT rowid, * FROM {table}").fetchall())
    whole = connect(":memory:")
    pipeline.ingest([*map(str, seeds), str(extra)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)
    assert found_events(conn, "Amir") == found_events(whole, "Amir") != []


def test_merges_whose_rows_other_code_made_are_made_again(conn, write, monkeypatch):
    """The rows a reused merge gets back (events, sides, the names entity resolution reads) are
    made by code merge_version does not hash: a change there is in reuse_version."""
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    monkeypatch.setattr(pipeline, "reuse_version", lambda: "other code")
    made: list[str] = []
    save = op_store.save_operation
    monkeypatch.setattr(op_store, "save_operation", lambda c, op, ids, *rest: made.append(op.id) or save(
        c, op, ids, *rest))
    pipeline.ingest([str(write("a.txt", operation_text()))], conn, progress=False)
    assert len(made) == op_store.count_operations(conn)


def _rows(c):
    """Every row of the derived tables with its place among its operation's rows (BY_OPERATION),
    the mentions as a set (UNORDERED)."""
    return {t: by_operation(c, t) for t in (*op_store.PREVIOUS_ROWS, "operations")} | {
        "mentions": sorted((tuple(r) for r in c.execute("SELECT * FROM mentions")), key=repr)}


def test_reused_merges_copied_in_batches_keep_the_order_of_merges_made_between_them(conn, write, monkeypatch):
    # a new document sorting between stored ones: merges reused before and after the one made now
    monkeypatch.setattr(pipeline, "MAX_MERGES_IN_PLACE", 0)  # written again after the first changed one
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    middle = len(seeds) // 2
    pipeline.ingest(seeds[:middle] + seeds[middle + 1:], conn, progress=False)
    made: list[str] = []
    save_events = event_store.save_events
    monkeypatch.setattr(event_store, "save_events", lambda c, op: made.append(op.id) or save_events(c, op))
    pipeline.ingest(seeds[middle:middle + 1], conn, progress=False)
    order = [r[0] for r in conn.execute("SELECT id FROM operations ORDER BY rowid")]
    assert made and 0 < order.index(made[0]) and order.index(made[-1]) < len(order) - 1
    whole = connect(":memory:")
    pipeline.ingest(seeds, whole, progress=False)
    assert _rows(conn) == _rows(whole)
    monkeypatch.setattr(op_store, "COPY_BATCH", 1)  # a batch of one: copied as each is stored
    pipeline.forget(conn, seeds[middle])
    alone = connect(":memory:")
    pipeline.ingest(seeds[:middle] + seeds[middle + 1:], alone, progress=False)
    assert _rows(conn) == _rows(alone)


def test_a_refresh_writes_the_entity_rows_of_the_names_a_batch_changes_and_no_others(conn, write):
    """A batch naming a few people and places deletes and writes the rows of the entities it
    changes (and of the operations it adds), not every entity's: rows written are counted by
    triggers. The tables are still a fresh ingest's."""
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    tables = ("entities", "entity_aliases", "mentions", "entity_candidates")
    conn.execute("CREATE TEMP TABLE written (name TEXT)")
    for table in tables:
        for event in ("INSERT", "DELETE"):
            conn.execute(f"CREATE TEMP TRIGGER count_{table}_{event} AFTER {event} ON main.{table} "
                         f"BEGIN INSERT INTO written VALUES ('{table}'); END")
    extra = write("a.txt", operation_text())
    pipeline.ingest([str(extra)], conn, progress=False)
    written = dict(conn.execute("SELECT name, count(*) FROM temp.written GROUP BY name").fetchall())
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    added = conn.execute("SELECT count(*) FROM mentions WHERE operation_id = '2031-northern-ridge-offensive'"
                         ).fetchone()[0]
    assert 0 < added <= written["mentions"] < mentions / 2
    assert written.get("entities", 0) < conn.execute("SELECT count(*) FROM entities").fetchone()[0] / 2
    whole = connect(":memory:")
    pipeline.ingest([*seeds, str(extra)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


def test_an_entity_whose_id_a_new_namesake_takes_is_renamed_as_a_fresh_ingest_names_it(conn, write, monkeypatch):
    """Two people the matcher tells apart, both named 'Yusuf Karim' once folded: the first in
    sorted order takes the bare id, the other ' 2'. A batch bringing the first moves the stored
    one's id (its rows written again under it); nothing else differs from a fresh ingest."""
    from warfile.resolve import entities as resolve_entities
    from warfile.resolve.names import Verdict
    match = resolve_entities.match_names

    def judged(kind, a, b, *roles):
        if {a, b} == {"Yusuf Karim", "Yusuf Karím"}:
            return Verdict("different", 0.0, "two people")
        return match(kind, a, b, *roles)

    monkeypatch.setattr(resolve_entities, "match_names", judged)
    ridge = write("a.txt", operation_text().replace("Yusuf Karim", "Yusuf Karím"))
    pipeline.ingest([str(ridge)], conn, progress=False)
    def of(c, surface):
        return [r[0] for r in c.execute("SELECT DISTINCT entity_id FROM mentions WHERE surface = ?", (surface,))]

    assert of(conn, "Yusuf Karím") == ["person:yusuf karim"]
    coastal = write("b.txt", operation_text(name="2030 Coastal offensive", year=2030))
    pipeline.ingest([str(coastal)], conn, progress=False)
    assert (of(conn, "Yusuf Karim"), of(conn, "Yusuf Karím")) == (["person:yusuf karim"], ["person:yusuf karim 2"])
    whole = connect(":memory:")
    pipeline.ingest([str(ridge), str(coastal)], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


def test_a_batch_is_grouped_by_comparing_its_own_documents_alone(conn, write, monkeypatch):
    """A refresh compares the new documents with those sharing a key with them, not the stored
    ones with each other (they are grouped as stored); the groups are a full grouping's."""
    from warfile.resolve import merge
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    compared: list[str] = []
    same = merge.same_operation
    monkeypatch.setattr(merge, "same_operation", lambda a, b, *rest: compared.append(a.name) or same(a, b, *rest))
    pipeline.ingest([str(write("a.txt", operation_text()))], conn, progress=False)
    batch = len(compared)
    compared.clear()
    pipeline.group_documents(conn)  # every pair of a block compared
    assert batch < len(compared) / 4
    whole = connect(":memory:")
    pipeline.ingest([*seeds, str(write("a.txt", operation_text()))], whole, progress=False)
    assert as_stored(conn) == as_stored(whole)


@pytest.mark.parametrize("gone", range(3))
def test_forgetting_a_document_of_a_group_regroups_the_rest_as_never_ingesting_it(conn, gone):
    """The documents of an operation that lost one are grouped again (they may part)."""
    seeds = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    pipeline.ingest(seeds, conn, progress=False)
    shared = [r[0] for r in conn.execute(
        "SELECT d.path FROM operation_documents od JOIN documents d ON d.id = od.document_id WHERE od.operation_id IN "
        "(SELECT operation_id FROM operation_documents GROUP BY operation_id HAVING count(*) > 1) ORDER BY d.path")]
    assert len(shared) > gone
    pipeline.forget(conn, shared[gone])
    fresh = connect(":memory:")
    pipeline.ingest([s for s in seeds if s != shared[gone]], fresh, progress=False)

    def stored(c):  # a document's words are kept under its rowid, which forgetting one moves
        return as_stored(c) | {"document_words": sorted(tuple(r)[1:] for r in c.execute("SELECT * FROM document_words"))}

    assert stored(conn) == stored(fresh)


def _regrouped(ids, keys, pairs, before, now):
    """(_regroup's groups, components()'s) of the documents now, the documents before grouped
    and stored as operations (by components())."""
    from warfile.resolve.merge import components
    conn = connect(":memory:")

    def stored(docs):  # numbered in path order, as number_documents does
        conn.execute("DELETE FROM documents")
        conn.executemany("INSERT INTO documents(id, path) VALUES (?, ?)", ((d, d) for d in docs))
        conn.execute("DELETE FROM document_keys")
        conn.executemany("INSERT INTO document_keys VALUES (?, ?)", ((k, d) for d in docs for k in keys[d]))
        n = doc_store.number_documents(conn)
        order = [r[0] for r in conn.execute("SELECT id FROM temp.doc_order ORDER BY idx")]
        return n, order, lambda i, j: frozenset((order[i], order[j])) in pairs

    n, order, same = stored(before)
    for k, group in enumerate(components(n, doc_store.iter_key_blocks(conn), same)):
        conn.execute("INSERT INTO operations(id, n_documents) VALUES (?, ?)", (f"op{k}", len(group)))
        conn.executemany("INSERT INTO operation_documents VALUES (?, ?)", ((f"op{k}", order[i]) for i in group))
    gone = sorted(set(before) - set(now))
    conn.execute(f"DELETE FROM operation_documents WHERE document_id IN ({','.join('?' * len(gone))})", gone)
    n, order, same = stored(now)
    return pipeline._regroup(conn, n, same), components(n, doc_store.iter_key_blocks(conn), same)


def test_regrouping_parts_a_group_that_lost_the_document_joining_it():
    chain = {frozenset(("a", "b")), frozenset(("b", "c"))}
    keys = {d: ["k"] for d in "abcd"}
    assert _regrouped("abcd", keys, chain, ["a", "b", "c"], ["a", "c", "d"]) == ([[0], [1], [2]],) * 2


@pytest.mark.parametrize("seed", range(60))
def test_regrouping_from_the_stored_groups_gives_the_groups_of_grouping_anew(seed):
    """Random documents, keys and 'same' pairs: groups stored for some documents, then some of
    those gone and others added; _regroup from the stored groups gives what components() gives."""
    import random
    rng = random.Random(seed)
    ids = [f"d{i:02d}" for i in range(rng.randint(2, 14))]
    keys = {d: rng.sample("abc", rng.randint(1, 2)) for d in ids}  # blocks overlap: chains are common
    pairs = {frozenset(rng.sample(ids, 2)) for _ in range(rng.randint(0, len(ids)))}
    before = sorted(rng.sample(ids, rng.randint(1, len(ids))))
    gone = set(rng.sample(before, rng.randint(0, len(before))))
    now = sorted((set(before) - gone) | set(rng.sample(ids, rng.randint(0, len(ids)))))
    regrouped, grouped = _regrouped(ids, keys, pairs, before, now)
    assert regrouped == grouped
