"""``policykb build --engine dask``: the per-document pipeline on a dask.distributed cluster.

The client (this process) walks the corpus, decides what changed exactly as a
local build does, ships each changed file's bytes to the workers, and writes
the returned :class:`~extract.build.Outcome` objects (each carrying its
document's rows as plain tuples) into the database in submission order.
Workers need the package installed but no access to the corpus folder or the
database: nothing but bytes, tuples and small dataclasses cross the wire, so
the build stays incremental and the database has a single writer.

Example:
    dask scheduler &                                   # on one machine
    dask worker tcp://scheduler-host:8786 --nthreads 1 &     # on each worker machine
    policykb build corpus --engine dask --scheduler tcp://scheduler-host:8786
"""

from __future__ import annotations

import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from .build import Job, Outcome, Summary, build, process_one
from .errors import PolicyKBError


class DaskUnavailable(PolicyKBError):
    """dask.distributed is not installed or the scheduler cannot be reached."""


def _process_bytes(rel: str, data: bytes, sha: str, extract: bool, max_chars: int,
                   only: frozenset[str] | None = None) -> Outcome:
    """On a worker: put the bytes under a private root with their relative name and run the pipeline."""
    with tempfile.TemporaryDirectory(prefix="policykb-") as tmp:
        root = Path(tmp)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return process_one(path, root, sha, extract, max_chars, only)


def _process_many(items: list[tuple]) -> list[Outcome]:
    """On a worker: :func:`_process_bytes` for each of a few documents sent as one task."""
    return [_process_bytes(*item) for item in items]


def dask_runner(client, window: int | None = None, chunk: int | None = None) -> Callable[[list[Job]], Iterator[Outcome]]:
    """A ``build(runner=…)`` that runs documents on ``client``'s workers.

    Documents go out a few per task (``chunk``, by default up to 4, fewer
    when there are few documents per worker thread): each task costs the
    scheduler and this process a few milliseconds of bookkeeping, which
    with one document per task took more of this process's CPU than
    writing the rows (on a local cluster, with the scheduler in this
    process), so the writer was busy long before the workers were. At most
    ``window`` tasks are in flight (default 2 per worker thread, at least
    4), so client memory stays bounded whatever the corpus size; results
    are yielded in submission order so row ids match a local build.
    """

    def run(todo: list[Job]) -> Iterator[Outcome]:
        threads = sum(client.nthreads().values()) or 1
        size = chunk or max(1, min(4, len(todo) // (threads * 16)))
        limit = window or max(4, 2 * threads)
        pending: deque = deque()
        batch: list[tuple] = []

        def send() -> None:
            if batch:
                pending.append(client.submit(_process_many, list(batch), pure=False))
                batch.clear()

        for job in todo:
            rel = job.path.relative_to(job.root).as_posix()
            try:
                data = job.path.read_bytes()
            except OSError as exc:  # gone or unreadable since it was hashed
                send()
                pending.append(_done([Outcome(rel, job.sha256, error=f"{rel}: cannot read this file ({exc.strerror}); "
                                                                   "check its permissions or remove it")]))
                continue
            batch.append((rel, data, job.sha256, job.extract, job.max_chars, job.only))
            if len(batch) >= size:
                send()
            while len(pending) >= limit:
                yield from pending.popleft().result()
        send()
        while pending:
            yield from pending.popleft().result()

    return run


class _done:
    """Finished results in the queue of dask futures (``.result()`` like a future)."""

    def __init__(self, outcomes: list[Outcome]) -> None:
        self.outcomes = outcomes

    def result(self) -> list[Outcome]:
        return self.outcomes


def build_dask(
    root: Path,
    db: sqlite_utils.Database,
    *,
    scheduler: str | None = None,
    client=None,
    workers: int = 2,
    extract: bool = True,
    progress=None,
    echo=None,
    **options,
) -> Summary:
    """``build()`` with the pipeline on a dask cluster: ``scheduler`` address, an open ``client``,
    or (neither) a local cluster of ``workers`` single-threaded processes; ``options`` go to ``build()``
    (``warn``, ``max_chars``, ``prune``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise DaskUnavailable("--engine dask needs dask.distributed: pip install 'distributed>=2024.1'") from exc

    own_cluster = own_client = None
    try:
        if client is None:
            if scheduler:
                try:
                    client = own_client = Client(scheduler, timeout="5s")
                except OSError as exc:
                    raise DaskUnavailable(
                        f"cannot reach the dask scheduler at {scheduler}; start it with `dask scheduler` "
                        "and check the address"
                    ) from exc
            else:
                own_cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
                client = own_client = Client(own_cluster)
        return build(root, db, extract=extract, progress=progress, echo=echo, runner=dask_runner(client), **options)
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
