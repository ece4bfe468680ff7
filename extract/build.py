"""Incremental corpus builds: walk corpus/, process what changed, write, summarise."""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from . import store
from .errors import ReadError
from .pipeline import Timings, process_file, sha256_file, warm_up
from .reviews import apply_reviews

# Files in corpus/ that describe the corpus rather than belong to it.
IGNORED_NAMES = {"readme.md", "readme.txt", "sources.csv", "sources.tsv", "sources.yml", "sources.yaml", ".gitkeep", "reviews.csv"}
IGNORED_SUFFIXES = {".url", ".json"}


@dataclass
class Summary:
    """What a build did, for the closing line and for tests."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    timings: Timings = field(default_factory=Timings)
    bytes_read: int = 0
    pages: int = 0
    reviews: object | None = None  # reviews.ReviewReport of corpus/reviews.csv, applied after the documents

    def line(self) -> str:
        """The closing summary, e.g. ``5 documents: 5 added, 0 updated, …``."""
        total = self.added + self.updated + self.unchanged
        return (
            f"{total} documents: {self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.removed} removed, {self.failed} failed"
        ) + (f"; {self.reviews.line()}" if self.reviews is not None and self.reviews.line() else "")


def corpus_entries(root: Path) -> list[tuple[str, os.stat_result]]:
    """(path relative to ``root``, stat) of every notice file, recursively, sorted by path.

    os.scandir with plain strings: a no-op rebuild of a national corpus is
    mostly this walk, and pathlib costs several times more per file.
    """
    out: list[tuple[str, os.stat_result]] = []
    stack = [("", str(root))]
    while stack:
        prefix, folder = stack.pop()
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.startswith("."):
                    continue
                rel = prefix + entry.name
                if entry.is_dir():
                    stack.append((rel + "/", entry.path))
                elif entry.is_file():
                    name = entry.name.lower()
                    if name in IGNORED_NAMES or os.path.splitext(name)[1] in IGNORED_SUFFIXES:
                        continue
                    out.append((rel, entry.stat()))
    out.sort(key=lambda e: e[0])
    return out


@dataclass(frozen=True)
class Outcome:
    """The result of processing one file in a worker."""

    path: str
    sha256: str
    rows: store.DocumentRows | None = None
    error: str | None = None
    detail: str | None = None
    timings: Timings | None = None
    size: int = 0
    pages: int | None = None


def process_one(path: Path, root: Path, sha: str, extract: bool = True) -> Outcome:
    """Run the pipeline on one file and wrap the result (or the error) with its stage timings.

    This is the unit of work of every engine: the local loop, the process
    pool and the dask workers all call it. The document comes back as the
    rows to store (:func:`store.document_rows`, counted in the store stage),
    so the writer has little left to do and little to unpickle.
    """
    rel = path.relative_to(root).as_posix()
    timings = Timings()
    try:
        size = path.stat().st_size
        doc = process_file(path, root, extract=extract, sha256=sha, timings=timings)
        doc.sha256 = sha
        t0 = time.perf_counter()
        rows = store.document_rows(doc)
        timings.store += time.perf_counter() - t0
        return Outcome(rel, sha, rows=rows, timings=timings, size=size, pages=doc.pages)
    except ReadError as exc:
        return Outcome(rel, sha, error=str(exc), detail=type(exc).__name__, timings=timings)
    except Exception as exc:  # noqa: BLE001  a pipeline bug on one file must not stop the build
        return Outcome(
            rel,
            sha,
            error=f"{rel}: policykb failed on this file ({type(exc).__name__}: {exc}); please report it with the file",
            detail="".join(traceback.format_exception(exc))[-4000:],
            timings=timings,
        )


def _process(args: tuple[Path, Path, str, bool]) -> Outcome:
    return process_one(*args)


def _process_chunk(chunk: list[tuple[Path, Path, str, bool]]) -> list[Outcome]:
    return [process_one(*args) for args in chunk]


def pool_runner(workers: int) -> Callable[[list[tuple[Path, Path, str, bool]]], Iterator[Outcome]]:
    """A ``build(runner=…)`` that runs documents in ``workers`` local processes.

    Documents go out in small chunks (fewer round trips) and come back in
    submission order, so ids match a one-process build; at most
    ``4 × workers`` chunks are in flight, so memory stays bounded when the
    writer falls behind, whatever the corpus size.
    """

    def run(todo: list[tuple[Path, Path, str, bool]]) -> Iterator[Outcome]:
        size = max(1, min(4, len(todo) // (workers * 16)))
        chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
        forked = multiprocessing.get_start_method() == "fork"
        if forked:
            # Workers forked from a warm process share its imports, lexicons
            # and compiled patterns: that start-up is paid once, not per worker.
            warm_up()
        pool = ProcessPoolExecutor(max_workers=workers)
        try:
            pending: deque = deque()
            for i, chunk in enumerate(chunks):
                pending.append(pool.submit(_process_chunk, chunk))
                if not forked and i == min(len(chunks), 4 * workers) - 1:
                    # This process imports nothing of the pipeline but what
                    # link_references needs after the pool is done; import it
                    # now, while the workers are busy, not at the serial end.
                    store.warm_up()
                if len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)

    return run


def build(
    root: Path,
    db: sqlite_utils.Database,
    *,
    workers: int = 1,
    extract: bool = True,
    progress: Callable[[Iterator, int], Iterator] | None = None,
    echo: Callable[[str], None] | None = None,
    runner: Callable[[list[tuple[Path, Path, str, bool]]], Iterator[Outcome]] | None = None,
) -> Summary:
    """Bring ``db`` in line with the files under ``root``.

    Unchanged files (same sha256, same pipeline fingerprint) are skipped;
    changed ones replace their rows; deleted ones lose theirs. A file that
    fails is recorded in ``ingest_errors`` and its previous rows stay.

    ``runner`` turns the work list ``[(path, root, sha256, extract), …]`` into
    outcomes (in any order); by default the documents are processed here or
    in a pool of ``workers`` processes. ``extract.engine_dask`` passes one
    that runs them on a dask cluster. Either way only this process writes.
    """
    summary = Summary()
    entries = corpus_entries(root)
    known = store.known_documents(db)
    failed_before = store.known_errors(db)
    fingerprint = store.pipeline_fingerprint()
    stats = store.known_files(db)
    hashed: list[tuple[str, int, int, str]] = []
    todo: list[tuple[Path, Path, str, bool]] = []
    present: set[str] = set()
    for rel, st in entries:
        path = root / rel
        present.add(rel)
        seen = stats.get(rel)
        if seen and seen[0] == st.st_size and seen[1] == st.st_mtime_ns:
            sha = seen[2]  # same size and mtime: trust the hash taken last time
        else:
            sha = sha256_file(path)
            hashed.append((rel, st.st_size, st.st_mtime_ns, sha))
        if rel in known and known[rel][1] == sha and known[rel][2] == fingerprint and rel not in failed_before:
            summary.unchanged += 1
        elif rel in failed_before and failed_before[rel] == sha and (rel not in known or known[rel][1] != sha):
            summary.failed += 1  # the same bytes failed last time; the error row stands
        else:
            todo.append((path, root, sha, extract))

    changed: set[int] = set()  # ids of documents written by this build
    results: Iterator[Outcome]
    if runner is not None:
        results = runner(todo)
    elif workers > 1 and len(todo) > 1:
        results = pool_runner(workers)(todo)
    else:
        results = map(_process, todo)
    if progress is not None:
        results = progress(results, len(todo))
    # Many documents per transaction, each in its own savepoint: a document
    # that fails to write is rolled back alone and recorded, and leaving
    # (even on Ctrl-C) commits the documents written so far.
    with store.Writer(db) as writer:
        for outcome in results:
            summary.timings.add(outcome.timings)
            error = outcome.error
            if outcome.rows is not None:
                t0 = time.perf_counter()
                try:
                    changed.add(writer.write(outcome.rows))
                except Exception as exc:  # noqa: BLE001  one unwritable document must not stop the build
                    error = (f"{outcome.path}: policykb could not store this file ({type(exc).__name__}: {exc}); "
                             "please report it with the file")
                    outcome = Outcome(outcome.path, outcome.sha256, error=error,
                                      detail="".join(traceback.format_exception(exc))[-4000:])
                else:
                    summary.bytes_read += outcome.size
                    summary.pages += outcome.pages or 0
                    if outcome.path in known:
                        summary.updated += 1
                    else:
                        summary.added += 1
                summary.timings.store += time.perf_counter() - t0
            if outcome.rows is None:
                summary.failed += 1
                summary.errors.append(error or outcome.path)
                writer.error(outcome.path, error or "failed", outcome.detail or "", outcome.sha256)
                if echo:
                    echo(error or outcome.path)

    store.remember_files(db, hashed, gone=set(stats) - present)
    for rel in sorted(set(known) - present):
        store.delete_document(db, rel)
        summary.removed += 1
    stale_errors = set(failed_before) - present
    if stale_errors:
        with db.conn:
            for rel in stale_errors:
                db.execute("delete from ingest_errors where path = ?", [rel])
    if summary.added or summary.updated or summary.removed:
        store.link_references(db, changed)
        store.drop_orphan_bodies(db)
    # Researchers' reviews (issue 13): re-applied on every build, to fresh rows and old.
    summary.reviews = apply_reviews(db, root / "reviews.csv")
    if echo:
        for line, problem in summary.reviews.problems:
            echo(f"{root / 'reviews.csv'} line {line}: {problem}; that line is skipped")
        for message in summary.reviews.messages:
            echo(message)
    return summary
