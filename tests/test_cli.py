"""The command line: each command end to end on a temporary database, errors as one 'Error:' line,
exports valid against the schema, and every command documented in the README."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import jsonschema
import pytest
from conftest import EXAMPLES, ROOT, operation_text

from warfile import pipeline
from warfile.cli.app import _register, app, main
from warfile.model import Event, Operation, Side
from warfile.store import connect, transaction
from warfile.store import operations as op_store


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    """cli(*args) -> (exit code, stdout, stderr), through the real entry point (error mapping included)."""
    db = str(tmp_path / "kb.db")

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["warfile", *args, *(["--db", db] if _takes_db(args) else [])])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return code, out, err
    run.db = db  # type: ignore[attr-defined]
    return run


def _takes_db(args: tuple[str, ...]) -> bool:
    return bool(args) and args[0] not in ("extract", "eval") and "--db" not in args


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """The examples ingested once per module; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("seeded") / "kb.db"
    conn = connect(path)
    assert pipeline.ingest([str(EXAMPLES)], conn, progress=False).ok
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def seeded(cli, seeded_db):
    shutil.copy(seeded_db, cli.db)
    return cli


def test_ingest_prints_one_summary_line_with_counts(cli):
    code, out, err = cli("ingest", str(EXAMPLES))
    assert code == 0 and out == ""
    assert "ingested 5, replaced 0, unchanged 0, skipped 1, failed 0" in err
    assert "3 operations" in err


def test_ingest_exits_1_when_an_input_failed_and_names_it_on_one_line(cli, write):
    good, empty = write("a.txt", operation_text()), write("empty.txt", "")
    code, _, err = cli("ingest", str(good), str(empty))
    assert code == 1
    assert [line for line in err.splitlines() if "empty.txt" in line] == ["failed empty.txt: empty file"]
    assert "ingested 1," in err and "failed 1" in err


def test_unknown_shape_is_one_error_line_without_traceback(cli, write):
    code, _, err = cli("ingest", str(write("a.txt", operation_text())), "--shape", "pdf")
    assert code == 1
    assert err.startswith("Error: unknown shape 'pdf'") and len(err.strip().splitlines()) == 1


def test_list_prints_one_line_per_operation(seeded):
    code, out, _ = seeded("list")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 4  # header + three operations
    assert re.match(r"2014-latakia-offensive\s+2014 Latakia offensive\s+2014-03-21 – 2014-06-15\s+2\s+\d+$", lines[3])


def test_show_renders_sides_and_marks_killed_commanders(seeded):
    code, out, _ = seeded("show", "2013 latakia")
    assert code == 0
    assert "Side 1" in out and "Side 2" in out and "Belligerents" in out
    assert "Nizar al-Khatib †" in out


def test_show_sources_names_the_documents_stating_each_value(seeded):
    code, out, _ = seeded("show", "2013-latakia-offensive", "--sources")
    assert code == 0
    assert "/start_date" in out and "002_09d95496904c7d66.txt" in out and "003_c8ad50788dbc0105.txt" in out


def test_show_unknown_operation_is_one_error_line(seeded):
    code, _, err = seeded("show", "Battle of Nowhere")
    assert code == 1 and err.startswith("Error: no operation matches 'Battle of Nowhere'")


def test_exported_jsonl_records_validate_against_the_schema(seeded):
    schema = json.loads((ROOT / "src/warfile/data/operation.schema.json").read_text())
    code, out, _ = seeded("export", "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 3
    for record in records:
        jsonschema.validate(record, schema)


def test_export_makes_the_folders_of_its_out_path_and_jsonl_to_a_folder_gives_tables(seeded, tmp_path):
    code, _, err = seeded("export", "--format", "jsonl", "--out", str(tmp_path / "new" / "ops.jsonl"))
    assert code == 0 and len((tmp_path / "new" / "ops.jsonl").read_text().splitlines()) == 3
    code, _, _ = seeded("export", "--format", "acled", "--out", str(tmp_path / "more" / "acled.csv"))
    assert code == 0 and (tmp_path / "more" / "acled.csv").read_text().startswith("event_id_cnty")
    (tmp_path / "tables").mkdir()
    code, _, err = seeded("export", "--format", "jsonl", "--out", str(tmp_path / "tables"))
    assert code == 0 and "6 tables" in err
    assert {p.name for p in (tmp_path / "tables").iterdir()} >= {"operations.jsonl", "events.jsonl", "sides.jsonl"}


def test_exported_json_is_a_list_of_records_written_to_out(seeded, tmp_path):
    out_file = tmp_path / "ops.json"
    code, _, err = seeded("export", "--format", "json", "--out", str(out_file))
    assert code == 0 and "3 operations" in err
    assert sorted(r["id"] for r in json.loads(out_file.read_text())) == [
        "2013-latakia-offensive", "2014-idlib-offensive", "2014-latakia-offensive"]


def test_table_export_without_out_folder_is_an_error(seeded):
    code, _, err = seeded("export", "--format", "csv")
    assert code == 1 and err.startswith("Error: --format csv writes one file per table")


def test_extract_prints_records_paired_to_their_file_names(cli):
    code, out, err = cli("extract", str(EXAMPLES / "000_08ffe769f8698342.txt"), str(EXAMPLES / "NOTICE"))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["sources"][0]["document"] for r in records] == ["000_08ffe769f8698342.txt"]
    assert err.startswith("skipped NOTICE: ")


def test_extract_stores_nothing(cli, tmp_path):
    cli("extract", str(EXAMPLES))
    assert not (tmp_path / "kb.db").exists()


def test_forget_removes_the_document_and_remerges(seeded):
    code, _, err = seeded("forget", "002_09d95496904c7d66.txt")
    assert code == 0 and "3 operations remain" in err
    _, out, _ = seeded("list")
    assert re.search(r"2013-latakia-offensive .* 1\s+\d+$", out, re.M)
    code, _, err = seeded("forget", "002_09d95496904c7d66.txt")
    assert code == 1 and err.startswith("Error: no stored document matches")


def test_eval_prints_the_table_and_the_summary_line(cli):
    code, out, _ = cli("eval", str(ROOT / "tests/gold"), str(EXAMPLES))
    assert code == 0 and "sides.commanders" in out
    assert re.search(r"infobox F1 \d\.\d{3} \| events F1 \d\.\d{3} \| events.typed F1 \d\.\d{3}", out)


def _store_events(db: str) -> None:
    conn = connect(db)
    op = Operation("2031 Northern Ridge offensive", id="ridge", sides=(Side(),), events=(
        Event("2031-05-03", "attack", actors=("Ridge Liberation Front",), places=("Tel Amir",), summary="attacked"),
        Event("2031-05-05", "recapture", places=("Tel Amir",), claimant="state media", disputed=True,
              summary="recaptured")))
    with transaction(conn):
        op_store.replace_operations(conn, [op], [[]])


def test_timeline_filters_by_type_and_dates(cli):
    _store_events(cli.db)
    code, out, _ = cli("timeline", "ridge", "--type", "recapture")
    assert code == 0 and "2031-05-05" in out and "2031-05-03" not in out and "disputed" in out
    _, out, _ = cli("timeline", "northern ridge", "--from", "2031-05-01", "--to", "2031-05-04")
    assert "2031-05-03" in out and "2031-05-05" not in out


def test_events_export_as_csv_and_jsonl(cli):
    _store_events(cli.db)
    code, out, _ = cli("events", "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("operation_id,id,idx,date") and len(lines) == 3
    _, out, _ = cli("events", "--format", "jsonl")
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["attack", "recapture"]


def test_unknown_event_type_is_one_error_line(cli):
    code, _, err = cli("events", "--type", "picnic")
    assert code == 1 and err.startswith("Error: unknown event type 'picnic'")


def test_debug_shows_the_traceback_that_is_otherwise_hidden(tmp_path):
    cmd = [sys.executable, "-c", "from warfile.cli import main; main()", "show", "x", "--db", str(tmp_path / "k.db")]
    plain = subprocess.run(cmd, capture_output=True, text=True)
    debug = subprocess.run(cmd + ["--debug"], capture_output=True, text=True)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert "Traceback" in debug.stderr


def test_every_command_is_documented_in_the_readme_and_the_core_ones_in_docs():
    _register()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reference = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    names += [g.name for g in app.registered_groups if g.name]
    core = {"ingest", "extract", "list", "show", "export", "forget", "eval", "timeline", "events"}
    assert core <= set(names)
    assert not [n for n in names if f"warfile {n}" not in readme], "a command is missing from README.md"
    assert not [n for n in core if f"## warfile {n}" not in reference], "a core command is missing from docs/cli.md"


def test_a_database_another_process_is_writing_gives_one_clear_line(cli, monkeypatch):
    import sqlite3

    from warfile.store import db as store_db
    assert cli("ingest", str(EXAMPLES / "001_4f2c31ee76f1100b.txt"))[0] == 0
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)
    writer = sqlite3.connect(cli.db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        code, _, err = cli("ingest", str(EXAMPLES / "000_08ffe769f8698342.txt"))
    finally:
        writer.execute("ROLLBACK")
    assert code == 1
    assert "database is busy" in err and "Traceback" not in err and len(err.strip().splitlines()) <= 2
