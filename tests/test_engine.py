"""The Dask engine: same database as the local engine, retry then Failed, ordering, dump work units."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from warfile import engine, pipeline  # noqa: E402
from warfile.readers import dump  # noqa: E402
from warfile.store import connect  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Every table a user sees, compared row for row (ingested_at is a clock reading, left out).
TABLES = {
    "documents": "id, path, name, shape, title, text, size, warnings, record",
    "operations": "*", "operation_documents": "*", "events": "*", "casualties": "*", "strength": "*",
    "sides": "*", "entities": "*", "entity_aliases": "*", "mentions": "*",
}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # Threads, not processes: starts in well under a second and still runs tasks through the scheduler.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c.scheduler_address


def snapshot(conn) -> dict[str, list[tuple]]:
    return {t: sorted((tuple(r) for r in conn.execute(f"SELECT {cols} FROM {t}")), key=repr)
            for t, cols in TABLES.items()}


def test_dask_cluster_builds_the_same_database_as_the_local_engine(cluster):
    local, remote = connect(":memory:"), connect(":memory:")
    s1 = pipeline.ingest([str(EXAMPLES)], local, progress=False)
    s2 = pipeline.ingest([str(EXAMPLES)], remote, progress=False, engine="dask", workers=2, scheduler=cluster)
    assert (s1.ingested, s1.skipped, s1.failed, s1.operations) == (s2.ingested, s2.skipped, s2.failed, s2.operations)
    assert s1.ingested >= 5, s1.messages  # every seed article is stored
    assert snapshot(local) == snapshot(remote)


# Task functions live at module level so the scheduler can ship them like the real pipeline's.
CALLS: dict[str, int] = {}


def flaky_process(text: str, name: str, shape):
    CALLS[name] = CALLS.get(name, 0) + 1
    if name.startswith("always"):
        raise ValueError(f"cannot read {name}")
    if name.startswith("once") and CALLS[name] == 1:
        raise RuntimeError("worker hiccup")
    return ("done", name, text)


def slow_first_process(text: str, name: str, shape):
    time.sleep(float(text or 0))  # the item's text says how long it takes
    return name


def test_failing_document_is_retried_once_then_reported_and_the_batch_goes_on(cluster):
    CALLS.clear()
    items = [("a", "ok-1"), ("b", "always-bad"), ("c", "once-flaky"), ("d", "ok-2")]
    out = list(engine.run_dask(items, scheduler=cluster, process=flaky_process, ordered=True, batch_size=2))
    assert out[0] == ("done", "ok-1", "a") and out[2] == ("done", "once-flaky", "c") and out[3][1] == "ok-2"
    assert out[1] == engine.Failed("always-bad", "ValueError: cannot read always-bad")
    assert CALLS["always-bad"] == 2 and CALLS["once-flaky"] == 2


def test_ordered_results_follow_input_order_even_when_spilled(cluster, monkeypatch):
    items = [("0.2" if i == 0 else "", f"d{i}") for i in range(40)]  # the first batch finishes last
    monkeypatch.setattr(engine, "SPILL_AFTER", 3)  # forces several Parquet partitions
    out = list(engine.run_dask(items, scheduler=cluster, process=slow_first_process, ordered=True, batch_size=2))
    assert out == [f"d{i}" for i in range(40)]


def test_unordered_results_stream_in_completion_order(cluster):
    items = [("0.6" if i == 0 else "", f"d{i}") for i in range(6)]
    out = list(engine.run_dask(items, scheduler=cluster, process=slow_first_process, batch_size=1))
    assert sorted(out) == sorted(f"d{i}" for i in range(6))
    assert out.index("d0") > 0  # the other worker's results came back first: nothing waited for d0


def load_bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_workers_read_multistream_units_themselves(cluster, tmp_path):
    writer = load_bench("dumpwriter")
    pages = [writer.Page(f"Battle {i}", f"{{{{Infobox military conflict|conflict=Battle {i}}}}}") for i in range(230)]
    writer.write_multistream(pages, tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2", per_stream=50)
    streams = list(dump.iter_streams(tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2"))
    out = list(engine.run_dask(streams, scheduler=cluster, process=flaky_process, ordered=True))
    assert [name for _, name, _ in out] == [f"m.xml.bz2#{p.title}" for p in pages]


def tarsel_multistream(tmp_path: Path) -> tuple[Path, Path]:
    """A multistream dump of 12 siege articles and 12 talk pages, 5 pages per stream, and its index."""
    writer = load_bench("dumpwriter")
    sys.path.insert(0, str(ROOT / "tests"))
    import renderers

    from warfile.model import Casualties, Count, Operation, Person, Side

    pages = []
    for i in range(12):
        op = Operation(name=f"Siege of Tarsel {i}", start_date=f"2015-04-0{i % 9 + 1}", places=("Tarsel", "Syria"),
                       sides=(Side(belligerents=("Tarsel Liberation Front",), commanders=(Person(f"Omar Dal {i}"),)),
                              Side(belligerents=("Syrian Arab Republic",),
                                   casualties=(Casualties(killed=Count.exact(10 + i)),))))
        pages.append(writer.Page(op.name, renderers.render_mediawiki(op)
                                 + f"\nOn 5 April 2015, rebels captured the village of Qarn {i}.\n"))
        pages.append(writer.Page(f"Talk:{op.name}", "chat", ns=1))
    dump_path, index = tmp_path / "m.xml.bz2", tmp_path / "i.txt.bz2"
    writer.write_multistream(pages, dump_path, index, per_stream=5)
    return dump_path, index


def test_multistream_ingest_on_dask_equals_ingesting_the_dump(cluster, tmp_path):
    dump_path, index = tarsel_multistream(tmp_path)
    whole, streamed = connect(":memory:"), connect(":memory:")
    summary = pipeline.ingest([str(dump_path)], whole, progress=False)
    assert summary.ingested == 12, summary.messages
    for r in engine.run_multistream(dump_path, index, scheduler=cluster):
        pipeline.store_result(streamed, r)
    pipeline.refresh_operations(streamed)
    assert snapshot(whole) == snapshot(streamed)


def test_unreadable_item_is_reported_not_raised(cluster, tmp_path):
    out = list(engine.run_dask([tmp_path / "missing.txt"], scheduler=cluster, process=flaky_process))
    assert len(out) == 1 and isinstance(out[0], engine.Failed) and out[0].name == "missing.txt"


def test_local_engine_imports_no_dask(tmp_path):
    code = ("import sys; from warfile import pipeline, store; "
            f"pipeline.ingest([{str(EXAMPLES)!r}], store.connect(':memory:'), progress=False); "
            "assert not any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules), 'dask'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_the_client_keeps_only_a_few_sent_batches_in_its_message_log(cluster, monkeypatch):
    # Each task message carries its documents' text; Dask's default log of 1,000 recent messages
    # per connection made the driver grow with the input (~19 MiB per 1,000 documents).
    made = []
    real_client = engine._client

    def recording_client(*args, **kwargs):
        client, local = real_client(*args, **kwargs)
        made.append(client)
        return client, local

    monkeypatch.setattr(engine, "_client", recording_client)
    items = [("x" * 20_000, f"d{i}") for i in range(3 * engine.DASK_MESSAGE_LOG)]
    out = list(engine.run_dask(items, scheduler=cluster, process=lambda text, name, shape: name, batch_size=1))
    assert sorted(out) == sorted(name for _, name in items)
    log = made[0].scheduler_comm.recent_message_log
    assert log.maxlen == engine.DASK_MESSAGE_LOG and len(log) <= engine.DASK_MESSAGE_LOG


def test_ingest_dump_command_with_progress_builds_the_dump_s_database(tmp_path):
    dump_path, index = tarsel_multistream(tmp_path)
    db = tmp_path / "w.db"
    run = subprocess.run([sys.executable, "-c", "from warfile.cli import main; main()", "ingest-dump", str(dump_path),
                          "--index", str(index), "--engine", "local", "--db", str(db)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "ingested 12" in run.stderr and "12 operations" in run.stderr
    whole = connect(":memory:")
    pipeline.ingest([str(dump_path)], whole, progress=True)
    assert snapshot(connect(db)) == snapshot(whole)
