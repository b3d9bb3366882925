"""Run the per-document pipeline on Dask: work items in, Processed | Skipped | Failed out.

``--engine local`` (the default) never imports this module, so Dask stays optional. With
``--engine dask`` the pipeline hands :func:`run_dask` its work items; each batch of items becomes one
``dask.distributed`` task running the pure ``pipeline.process_text`` on a worker (no database,
no screen), and results come back as tasks complete. A document whose processing raises is
retried once on the worker, then reported as :class:`Failed` — the batch goes on; a task lost
with its worker is resubmitted once by Dask (``retries=1``) and its documents reported as Failed
after that.

A work item is one of:

- ``(text, name)`` or ``(text, name, shape)``: a document already read;
- a path (``str`` / ``Path``): the worker reads the file, or every conflict page of a dump;
- a :class:`warfile.readers.dump.Stream`: one bz2 stream of a multistream dump, which the worker
  seeks to and decompresses itself (so the driver never reads the dump).

``ordered=True`` gives results back in input order (a MediaWiki stream's pages in page order),
which is what makes a database built on Dask identical to one built locally. Results waiting for
an earlier one are spilled to Parquet partitions (``spill``/``load_spilled``) so memory stays flat.
"""
from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Documents per Dask task. Measured with a no-op document function on a 2-worker LocalCluster
# (2 busy cores): ~13 ms of scheduling per task, i.e. 13 / 1.9 / 0.5 ms per document at 1 / 8 / 32
# documents per task. A document costs 50-100 ms in the pipeline, so 16 keeps the overhead near
# 1-2% while a thousand documents still make ~60 tasks to balance over the workers.
BATCH_SIZE = 16

# Tasks in flight per worker: enough to keep every worker busy while results travel back, few
# enough that the driver holds a bounded number of documents (flat memory on any input size).
IN_FLIGHT_PER_WORKER = 4

# Messages each Dask connection keeps for debugging (``distributed.admin.low-level-log-length``,
# 1,000 by default). Every task carries its documents' text, so with the default the client's and
# the in-process scheduler's logs held the last 1,000 batches each: the driver grew ~19 MiB per
# 1,000 documents (500 MiB peak on a 20,000-page dump). A remote scheduler keeps its own setting.
DASK_MESSAGE_LOG = 10

# Results kept in memory while waiting for an earlier one (ordered mode) before a Parquet
# partition is spilled; ~40 KB per result keeps this under ~100 MB.
SPILL_AFTER = 2000


@dataclass(frozen=True, slots=True)
class Failed:
    """A document whose processing raised twice; ``reason`` is the last exception, one line."""

    name: str
    reason: str


Process = Callable[[str, str, Any], Any]


def _default_process() -> Process:
    from warfile.pipeline import process_text

    return process_text


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:500]


def _documents(item: Any) -> Iterator[tuple[str, str, Any]]:
    """The (text, name, shape) documents a work item stands for, read on the worker."""
    if isinstance(item, tuple):
        text, name, *rest = item
        yield text, name, rest[0] if rest else None
        return
    from warfile.readers import dump

    if isinstance(item, dump.Stream):
        for title, text in dump.read_stream(item):  # named as `warfile ingest DUMP` names a dump's pages
            yield text, f"{Path(item.dump).name}#{title}", "mediawiki"
    else:
        path = Path(item)
        if dump.is_dump(path):
            for title, text in dump.iter_pages(path):
                yield text, f"{path.name}#{title}", "mediawiki"
        else:
            yield path.read_text(encoding="utf-8", errors="replace"), path.name, None


def process_batch(items: list[Any], process: Process | None = None) -> list[Any]:
    """Run the pipeline over a batch on a worker; a document that raises twice becomes Failed."""
    process = process or _default_process()
    out: list[Any] = []
    for item in items:
        try:
            documents = list(_documents(item))
        except Exception as exc:  # noqa: BLE001 - an unreadable item is reported, not raised
            out.append(Failed(_item_name(item), _reason(exc)))
            continue
        for text, name, shape in documents:
            out.append(_process_one(process, text, name, shape))
    return out


def _process_one(process: Process, text: str, name: str, shape: Any) -> Any:
    for attempt in (1, 2):
        try:
            return process(text, name, shape)
        except Exception as exc:  # noqa: BLE001 - retried once, then reported
            if attempt == 2:
                return Failed(name, _reason(exc))
    raise AssertionError("unreachable")  # pragma: no cover


def _item_name(item: Any) -> str:
    if isinstance(item, tuple) and len(item) > 1:
        return str(item[1])
    if hasattr(item, "offset") and hasattr(item, "dump"):
        return f"{Path(item.dump).name}@{item.offset}"
    return Path(str(item)).name


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        if not isinstance(item, tuple) and hasattr(item, "offset"):  # a dump stream is a batch of its own
            if batch:
                yield batch
                batch = []
            yield [item]
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _client(workers: int, scheduler: Any, processes: bool) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        return Client(cluster), cluster
    if isinstance(scheduler, Client):
        return scheduler, None
    address = scheduler if "://" in str(scheduler) else f"tcp://{scheduler}"
    return Client(address), None


def run_dask_batches(items: Iterable[Any], workers: int = 2, scheduler: Any = None,
                     process: Process | None = None, processes: bool = True,
                     batch_size: int = BATCH_SIZE) -> Iterator[tuple[int, list[Any]]]:
    """(batch number, results) as each batch completes; batch numbers follow input order."""
    import dask
    from distributed import as_completed

    with dask.config.set({"distributed.admin.low-level-log-length": DASK_MESSAGE_LOG}):
        client, cluster = _client(workers, scheduler, processes)
    try:
        limit = max(1, IN_FLIGHT_PER_WORKER * max(workers, len(client.scheduler_info().get("workers", {}))))
        batches = enumerate(_batches(items, batch_size))
        pending: dict[Any, tuple[int, list[Any]]] = {}

        def submit_next(queue: Any) -> None:
            for number, batch in batches:
                future = client.submit(process_batch, batch, process, retries=1, pure=False)
                pending[future] = (number, batch)
                queue.add(future)
                return

        queue = as_completed()
        for _ in range(limit):
            submit_next(queue)
        for future in queue:
            number, batch = pending.pop(future)
            if future.status == "finished":
                results = future.result()
            else:  # the task itself failed twice (worker lost, unpicklable result...)
                reason = _reason(future.exception()) if future.status == "error" else future.status
                results = [Failed(_item_name(item), reason) for item in batch]
            future.release()
            yield number, results
            submit_next(queue)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_dask(items: Iterable[Any], workers: int = 2, scheduler: Any = None, *, ordered: bool = False,
             process: Process | None = None, processes: bool = True,
             batch_size: int = BATCH_SIZE) -> Iterator[Any]:
    """Processed | Skipped | Failed for every document of the items, computed on Dask.

    ``scheduler``: None starts a LocalCluster of ``workers`` processes (threads when
    ``processes=False``); an address (``tcp://host:8786`` or ``host:8786``) or a ``Client``
    uses that cluster. Results stream back in completion order, or input order with ``ordered``.
    """
    stream = run_dask_batches(items, workers, scheduler, process, processes, batch_size)
    if not ordered:
        for _, results in stream:
            yield from results
        return
    yield from _in_order(stream)


def _in_order(stream: Iterator[tuple[int, list[Any]]]) -> Iterator[Any]:
    waiting: dict[int, list[Any]] = {}
    held = 0
    next_number = 0
    with tempfile.TemporaryDirectory(prefix="warfile-spill-") as tmp:
        spilled: list[Path] = []
        for number, results in stream:
            waiting[number] = results
            held += len(results)
            while next_number in waiting and not spilled:
                batch = waiting.pop(next_number)
                held -= len(batch)
                next_number += 1
                yield from batch
            if held > SPILL_AFTER:
                spilled.append(spill(waiting, Path(tmp) / f"part-{len(spilled):05d}.parquet"))
                waiting, held = {}, 0
        if spilled:  # merge the sorted partitions with what is still in memory
            yield from _merge(spilled, waiting, next_number)
        else:
            for number in sorted(waiting):
                yield from waiting[number]


# ---------------------------------------------------------------- Parquet partitions

def spill(batches: dict[int, list[Any]], path: Path) -> Path:
    """Write results to one Parquet partition: (batch, position, name, kind, payload) rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [(number, i, _result_name(r), type(r).__name__, pickle.dumps(r, protocol=5))
            for number in sorted(batches) for i, r in enumerate(batches[number])]
    table = pa.table({
        "batch": pa.array([r[0] for r in rows], pa.int64()),
        "position": pa.array([r[1] for r in rows], pa.int32()),
        "name": pa.array([r[2] for r in rows], pa.string()),
        "kind": pa.array([r[3] for r in rows], pa.string()),
        "payload": pa.array([r[4] for r in rows], pa.binary()),
    })
    pq.write_table(table, path)
    return path


def load_spilled(path: Path) -> Iterator[tuple[int, int, Any]]:
    """(batch, position, result) rows of a partition, in the sorted order they were written."""
    import pyarrow.parquet as pq

    for group in pq.ParquetFile(path).iter_batches(batch_size=256, columns=["batch", "position", "payload"]):
        cols = group.to_pydict()
        for number, position, payload in zip(cols["batch"], cols["position"], cols["payload"]):
            yield number, position, pickle.loads(payload)


def _merge(spilled: list[Path], waiting: dict[int, list[Any]], start: int) -> Iterator[Any]:
    memory = ((n, i, r) for n in sorted(waiting) for i, r in enumerate(waiting[n]))
    for number, _, result in heapq.merge(memory, *(load_spilled(p) for p in spilled),
                                         key=lambda row: (row[0], row[1])):
        if number >= start:
            yield result


def _result_name(result: Any) -> str:
    doc = getattr(result, "doc", None)
    return str(getattr(result, "name", "") or getattr(doc, "path", "") or getattr(doc, "title", ""))


# ---------------------------------------------------------------- multistream dumps

def run_multistream(dump_path: str | Path, index: str | Path, workers: int = 2, scheduler: Any = None, *,
                    engine: str = "dask", processes: bool = True) -> Iterator[Any]:
    """Pipeline results for every conflict page of a multistream dump, in page order.

    Workers seek to and decompress their own bz2 streams (the driver reads only the index).
    Results carry the names and paths ``pipeline.ingest`` gives a dump's pages
    (``dump.xml.bz2#Title``), so storing them builds the same database as ingesting the dump.
    ``engine="local"`` reads the streams one by one in this process, importing no Dask.
    """
    from warfile.pipeline import Item, finish
    from warfile.readers.dump import iter_streams

    resolved = Path(dump_path).resolve()
    streams = iter_streams(resolved, index)
    if engine == "local":
        results: Iterable[Any] = (r for s in streams for r in process_batch([s]))
    else:
        results = run_dask(streams, workers, scheduler, ordered=True, processes=processes)
    for r in results:
        title = r.name.partition("#")[2]
        yield finish(Item(r.name, f"{resolved}#{title}" if title else str(resolved), "", "mediawiki"), r)
