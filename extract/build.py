"""Incremental corpus builds: walk corpus/, process what changed, write, summarise."""

from __future__ import annotations

import errno
import gc
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from contextlib import contextmanager
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from . import citations, fingerprint, groups, store
from .errors import PolicyKBError, ReadError
from .pipeline import Timings, process_file, sha256_file, warm_up
from .readers.common import DEFAULT_MAX_CHARS
from .reviews import ReviewReport, apply_reviews

# Files in corpus/ that describe the corpus rather than belong to it.
IGNORED_NAMES = {"readme.md", "readme.txt", "sources.csv", "sources.tsv", "sources.yml", "sources.yaml", ".gitkeep", "reviews.csv"}
IGNORED_SUFFIXES = {".url"}
# A sidecar of a notice: "通知.txt.json" beside "通知.txt" (a gold file, a scraper's record of the page).
_SIDECAR_SUFFIX = ".json"


@dataclass
class Summary:
    """What a build did, for the closing line and for tests."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reextracted: int = 0  # stored documents whose text stands, re-run by changed extractors only
    timings: Timings = field(default_factory=Timings)
    bytes_read: int = 0
    pages: int = 0
    reviews: ReviewReport | None = None  # what corpus/reviews.csv did, applied after the documents
    # CPU seconds of the building process since it started (time.process_time) when the documents began
    # ("documents": after start-up, the corpus walk and, for a pool, the warm-up before forking), when the
    # last one was written ("written") and at the end ("end"); "workers": CPU of the pool's processes.
    # What runs alone before and after can be told from what runs beside the workers (bench/build_speed.py).
    phases: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        """The closing summary, e.g. ``5 documents: 5 added, 0 updated, …``."""
        total = self.added + self.updated + self.unchanged + self.reextracted
        return (
            f"{total} documents: {self.added} added, {self.updated} updated, "
            + (f"{self.reextracted} re-extracted, " if self.reextracted else "")
            + f"{self.unchanged} unchanged, {self.removed} removed, {self.failed} failed"
            + (f", {len(self.warnings)} warnings" if self.warnings else "")
        ) + (f"; {self.reviews.line()}" if self.reviews is not None and self.reviews.line() else "")


@dataclass(frozen=True)
class Problem:
    """A corpus entry that cannot be read at all (before any reader sees it)."""

    path: str  # relative to the corpus root; a folder's ends with "/"
    error: str


def _is_sidecar(name: str, names: set[str]) -> bool:
    """True for ``X.json`` when the folder also holds ``X`` (a notice's gold or scrape record, not a notice).

    Example: ``_is_sidecar("通知.html.json", {"通知.html", "通知.html.json"})`` → True;
    ``_is_sidecar("通知.json", {"通知.json"})`` → False (a JSON export is a notice).
    """
    return name.lower().endswith(_SIDECAR_SUFFIX) and name[: -len(_SIDECAR_SUFFIX)] in names


def corpus_entries(root: Path) -> tuple[list[tuple[str, os.stat_result]], list[Problem]]:
    """(path relative to ``root``, stat) of every notice file, recursively, sorted by path, and the entries that cannot be read.

    os.scandir with plain strings: a no-op rebuild of a national corpus is
    mostly this walk, and pathlib costs several times more per file.
    Symbolic links are followed, but a folder is walked once (a link back
    to a folder already walked is a loop); a folder that cannot be listed,
    a link to nothing and a link loop are problems, not reasons to stop.

    Example: ``corpus_entries(Path("corpus"))`` → ``([("000_….txt", stat), …], [])``.
    """
    out: list[tuple[str, os.stat_result]] = []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()
    stack = [("", str(root))]
    while stack:
        prefix, folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen:
                problems.append(Problem(prefix, f"{prefix}: a symbolic link loop (this folder is already part of the corpus); "
                                                "remove the link"))
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                listed = list(it)
        except OSError as exc:
            shown = prefix or f"{root}/"
            problems.append(Problem(prefix or "./", f"{shown}: cannot open this folder ({exc.strerror}); "
                                            "check its permissions (chmod +rx) or move it out of the corpus"))
            continue
        names = {entry.name for entry in listed}
        for entry in listed:
            if entry.name.startswith(".") or _is_sidecar(entry.name, names):
                continue
            rel = prefix + entry.name
            try:
                if entry.is_dir():
                    stack.append((rel + "/", entry.path))
                    continue
                if entry.is_file():
                    name = entry.name.lower()
                    if name in IGNORED_NAMES or os.path.splitext(name)[1] in IGNORED_SUFFIXES:
                        continue
                    out.append((rel, entry.stat()))
                    continue
                if entry.is_symlink():
                    problems.append(Problem(rel, _link_problem(rel, entry.path)))
            except OSError as exc:
                problems.append(Problem(rel, _link_problem(rel, entry.path) if exc.errno == errno.ELOOP else
                                        f"{rel}: cannot read this entry ({exc.strerror}); check it or remove it"))
    out.sort(key=lambda e: e[0])
    problems.sort(key=lambda p: p.path)
    return out, problems


def _link_problem(rel: str, path: str) -> str:
    """What is wrong with a symbolic link that leads to no file or folder."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{rel}: a symbolic link loop (the link leads back to itself); remove the link"
        return f"{rel}: a symbolic link to nothing ({os.readlink(path)} does not exist); remove the link or restore its target"
    return f"{rel}: neither a file nor a folder (a device or pipe?); remove it from the corpus"


class Job(NamedTuple):
    """One file to process: the unit of work every engine sends out."""

    path: Path
    root: Path
    sha256: str
    extract: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    only: frozenset[str] | None = None  # a stored document whose text stands: re-run just these extractors


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


def process_one(path: Path, root: Path, sha: str, extract: bool = True, max_chars: int = DEFAULT_MAX_CHARS,
                only: frozenset[str] | None = None) -> Outcome:
    """Run the pipeline on one file and wrap the result (or the error) with its stage timings.

    This is the unit of work of every engine: the local loop, the process
    pool and the dask workers all call it. The document comes back as the
    rows to store (:func:`store.document_rows`, counted in the store stage),
    so the writer has little left to do and little to unpickle. Error
    messages name the file by its path in the corpus (two 通知.txt in two
    folders are told apart).
    """
    rel = path.relative_to(root).as_posix()
    timings = Timings()
    try:
        size = path.stat().st_size
        doc = process_file(path, root, extract=extract, sha256=sha, timings=timings, max_chars=max_chars, only=only)
        doc.sha256 = sha
        t0 = time.perf_counter()
        rows = store.document_rows(doc)
        if doc.only is None:  # its text is new: grouping's signature of it, made here rather than in the writer
            rows = rows._replace(signature=groups.document_signature(doc.text))
        timings.store += time.perf_counter() - t0
        return Outcome(rel, sha, rows=rows, timings=timings, size=size, pages=doc.pages)
    except ReadError as exc:
        return Outcome(rel, sha, error=_named(str(exc), path.name, rel), detail=type(exc).__name__, timings=timings)
    except Exception as exc:  # noqa: BLE001  a pipeline bug on one file must not stop the build
        return Outcome(
            rel,
            sha,
            error=f"{rel}: policykb failed on this file ({type(exc).__name__}: {exc}); please report it with the file",
            detail="".join(traceback.format_exception(exc))[-4000:],
            timings=timings,
        )


def _named(message: str, name: str, rel: str) -> str:
    """``message`` with its leading file name (the readers' convention) replaced by the path in the corpus.

    Example: ``_named("通知.txt: the file is empty; …", "通知.txt", "福建/通知.txt")``
    → ``"福建/通知.txt: the file is empty; …"``.
    """
    if message.startswith(name + ":"):
        return rel + message[len(name):]
    if message.startswith(rel + ":"):
        return message
    return f"{rel}: {message}"


def _process(job: Job) -> Outcome:
    return process_one(*job)


# The collector's thresholds while documents are processed and written: the
# default (a young collection every 700 new objects, a full one every 100 of
# those) walked the ~150,000 objects a build keeps alive (lexicons, compiled
# rules, caches, the batch of pending rows) again and again, ~6% of a 10 MB
# build's CPU. Rarer collections still collect: memory stays bounded
# (10 MB: 184 → 206 MB peak), only later.
_BULK_THRESHOLDS = (50_000, 50, 1_000)


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Collect garbage rarely while a build runs (see ``_BULK_THRESHOLDS``), as before afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(*_BULK_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _in_process(todo: list[Job]) -> Iterator[Outcome]:
    """The documents processed in this process, in order.

    After the first, the lexicons and compiled patterns it loaded are frozen
    out of the collector's sight (as :func:`pool_runner` does before forking):
    a full collection no longer walks them; they are unfrozen at the end.
    """
    frozen = False
    try:
        for job in todo:
            yield _process(job)
            if not frozen:
                gc.freeze()
                frozen = True
    finally:
        if frozen:
            gc.unfreeze()


def _process_chunk(chunk: list[Job]) -> list[Outcome]:
    return [process_one(*job) for job in chunk]


def _die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when the build process dies, even by kill -9.

    Otherwise the workers wait on their task pipe for minutes, holding the
    database files open. Linux tells a child of its parent's death through
    prctl(PR_SET_PDEATHSIG); elsewhere a thread watches the parent id.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="policykb-parent-watch", daemon=True).start()


def pool_runner(workers: int, phases: dict[str, float] | None = None) -> Callable[[list[Job]], Iterator[Outcome]]:
    """A ``build(runner=…)`` that runs documents in ``workers`` local processes.

    Documents go out in small chunks (fewer round trips) and come back in
    submission order, so ids match a one-process build; at most
    ``4 × workers`` chunks are in flight, so memory stays bounded when the
    writer falls behind, whatever the corpus size. Workers end when this
    process ends, however it ends. ``phases`` (a :class:`Summary`'s) gets
    this process's CPU when the workers start and their CPU when they end.
    """

    def run(todo: list[Job]) -> Iterator[Outcome]:
        size = max(1, min(4, len(todo) // (workers * 16)))
        chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
        forked = multiprocessing.get_start_method() == "fork"
        if forked:
            # Workers forked from a warm process share its imports, lexicons
            # and compiled patterns: that start-up is paid once, not per worker.
            warm_up()
            # ... and the collector leaves those objects alone from now on: it
            # would otherwise walk them again in every process (~2% of a
            # worker's CPU) and copy their pages into each worker by touching them.
            gc.freeze()
        if phases is not None:
            phases["documents"] = time.process_time()
        children = _children_cpu()
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),))
        try:
            pending: deque = deque()
            for i, chunk in enumerate(chunks):
                pending.append(pool.submit(_process_chunk, chunk))
                if i == min(len(chunks), 4 * workers) - 1 and not forked:
                    # What runs in this process alone after the pool is done
                    # (link_references) is imported now, while the workers
                    # are busy, not at the serial end.
                    citations.warm_up()
                if len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)
            if phases is not None:
                phases["workers"] = _children_cpu() - children

    return run


def _children_cpu() -> float:
    """User and system CPU seconds of this process's ended (and waited for) child processes."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class PruneRefused(PolicyKBError):
    """A build would remove more than half of the stored documents (an empty or moved corpus folder?)."""


def build(
    root: Path,
    db: sqlite_utils.Database,
    *,
    workers: int = 1,
    extract: bool = True,
    progress: Callable[[Iterator, int], Iterator] | None = None,
    echo: Callable[[str], None] | None = None,
    warn: Callable[[str], None] | None = None,
    runner: Callable[[list[Job]], Iterator[Outcome]] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    prune: bool = False,
) -> Summary:
    """Bring ``db`` in line with the files under ``root``.

    Unchanged files (same sha256, same pipeline fingerprint) are skipped;
    changed ones replace their rows; deleted ones lose theirs. A file that
    fails is recorded in ``ingest_errors`` and its previous rows stay; so do
    the rows of files in a folder that cannot be listed. A build that would
    remove more than half of the stored documents (an empty, unmounted or
    mistyped folder) raises :class:`PruneRefused` before writing anything,
    unless ``prune`` is set.

    ``runner`` turns the work list of :class:`Job` into outcomes (in any
    order); by default the documents are processed here or in a pool of
    ``workers`` processes. ``extract.engine_dask`` passes one that runs them
    on a dask cluster. Either way only this process writes.

    Corpus-level rows (reference links, bodies no document mentions) are
    marked out of date before the first document is written and brought up
    to date at the end; a build that was interrupted in between leaves the
    mark, and the next build, even one with nothing to do, redoes them all,
    as it does after a change to the linking code. Then the documents whose
    town several counties share get the one the rest of the corpus settles
    (``store.settle_regions``), copies of one notice are grouped
    (``groups.update_groups``, which repairs an interrupted build from the
    tables itself) and, last, ``reviews.csv`` is applied to the rows
    as they now stand (``apply_reviews``, every build). The summary tables
    of the comparison views (``schema/summaries.sql``) are brought up to date
    last, for every document those steps touched (``store.refresh_summaries``).
    """
    # Every step below marks the summary rows it makes out of date (store.mark_summaries);
    # they are made again once, at the end (or by the next open_db if this build stops first).
    with store.defer_summaries(db):
        summary = _build(root, db, workers=workers, extract=extract, progress=progress, echo=echo, warn=warn,
                         runner=runner, max_chars=max_chars, prune=prune)
    summary.phases["end"] = time.process_time()
    return summary


def _build(root: Path, db: sqlite_utils.Database, *, workers: int, extract: bool,
           progress: Callable[[Iterator, int], Iterator] | None, echo: Callable[[str], None] | None,
           warn: Callable[[str], None] | None, runner: Callable[[list[Job]], Iterator[Outcome]] | None,
           max_chars: int, prune: bool) -> Summary:
    summary = Summary()
    entries, problems = corpus_entries(root)
    known = store.known_documents(db)
    failed_before = store.known_errors(db)
    stats = store.known_files(db)
    hashed: list[tuple[str, int, int, str]] = []
    todo: list[Job] = []
    present: set[str] = set()
    for rel, st in entries:
        path = root / rel
        seen = stats.get(rel)
        if seen and seen[0] == st.st_size and seen[1] == st.st_mtime_ns:
            sha = seen[2]  # same size and mtime: trust the hash taken last time
        else:
            try:
                sha = sha256_file(path)
            except OSError as exc:
                problems.append(Problem(rel, f"{rel}: cannot read this file ({exc.strerror}); "
                                             "check its permissions (chmod +r) or remove it from the corpus"))
                continue
            hashed.append((rel, st.st_size, st.st_mtime_ns, sha))
        present.add(rel)
        if rel in known and known[rel][1] == sha and rel not in failed_before:
            # The same bytes: redo only what the code and lexicons changed since (see extract.fingerprint).
            stale = fingerprint.stale_stages(known[rel][2], fingerprint.current())
            if stale is not None and (not stale or not extract):
                summary.unchanged += 1
            else:
                todo.append(Job(path, root, sha, extract, max_chars, stale))
        elif rel in failed_before and failed_before[rel] == sha and (rel not in known or known[rel][1] != sha):
            summary.failed += 1  # the same bytes failed last time; the error row stands
        else:
            todo.append(Job(path, root, sha, extract, max_chars))

    # What could not be read is not gone: its stored rows stay.
    kept = {rel for rel in known if rel not in present and any(_under(rel, p.path) for p in problems)}
    gone = sorted(set(known) - present - kept)
    if gone and not prune and len(gone) > len(known) / 2:
        shown = ", ".join(gone[:3]) + (f" and {len(gone) - 3} more" if len(gone) > 3 else "")
        raise PruneRefused(
            f"{len(gone)} of the {len(known)} stored documents would be removed because their files are not in "
            f"{root} ({shown}); check that this is the corpus folder (an unmounted share? a typo?), "
            "or run again with --prune to remove them"
        )

    # fingerprint.current() (~0.2 s of hashing code and lexicons) only where a stored row needs it: a cold
    # build works it out at its first write, while a pool's workers run, not before they start.
    relink_all = store.derived_dirty(db) or (bool(known) and store.derived_by(db) != fingerprint.current()["links"])
    if todo or gone:
        store.mark_derived_dirty(db)
    changed: set[int] = set()  # ids of documents written by this build
    results: Iterator[Outcome]
    if runner is not None:
        summary.phases["documents"] = time.process_time()
        results = runner(todo)
    elif workers > 1 and len(todo) > 1:
        results = pool_runner(workers, summary.phases)(todo)
    else:
        summary.phases["documents"] = time.process_time()
        results = _in_process(todo)
    if progress is not None:
        results = progress(results, len(todo))
    # Many documents per transaction, each in its own savepoint: a document
    # that fails to write is rolled back alone and recorded, and leaving
    # (even on Ctrl-C) commits the documents written so far.
    # A cold build (an empty database) makes the secondary indexes at the end.
    with _rare_collections(), store.Writer(db, bulk=True) as writer:
        for problem in problems:
            summary.failed += 1
            summary.errors.append(problem.error)
            writer.error(problem.path, problem.error, "", None)
            if echo:
                echo(problem.error)
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
                    if outcome.rows.only is not None:
                        summary.reextracted += 1
                    elif outcome.path in known:
                        summary.updated += 1
                    else:
                        summary.added += 1
                    for warning in outcome.rows.warnings:
                        summary.warnings.append(f"{outcome.path}: {warning}")
                        if warn:
                            warn(f"{outcome.path}: {warning}")
                summary.timings.store += time.perf_counter() - t0
            if outcome.rows is None:
                summary.failed += 1
                summary.errors.append(error or outcome.path)
                writer.error(outcome.path, error or "failed", outcome.detail or "", outcome.sha256)
                if echo:
                    echo(error or outcome.path)
        summary.phases["written"] = time.process_time()  # the last document in (its batch not yet committed)
    summary.timings.store += writer.finish_seconds

    store.remember_files(db, hashed, gone=set(stats) - present - kept)
    for rel in gone:
        store.delete_document(db, rel)
        summary.removed += 1
    reported = {p.path for p in problems}
    stale_errors = set(failed_before) - present - reported - kept
    if stale_errors:
        with db.conn:
            for rel in stale_errors:
                db.execute("delete from ingest_errors where path = ?", [rel])
    if relink_all or todo or gone:
        citations.link_references(db, None if relink_all else changed)
        store.drop_orphan_bodies(db)
        store.clear_derived_dirty(db, fingerprint.current()["links"])
    # A town several counties share, settled by the corpus's other notices (every build: a removed
    # or added county notice changes what the corpus settles); only what changed is written.
    store.settle_regions(db)
    groups.update_groups(db)  # copies of one notice; regroups only what changed, repairs an interrupted build
    # Researchers' reviews (issue 13): re-applied on every build, to fresh rows and old. After grouping,
    # which reads only the rules' rows (a researcher's manual rows never decide what is a copy of what).
    summary.reviews = apply_reviews(db, root / "reviews.csv")
    if echo:
        for line, problem in summary.reviews.problems:
            echo(f"{root / 'reviews.csv'} line {line}: {problem}; that line is skipped")
        for message in summary.reviews.messages:
            echo(message)
    return summary


def _under(rel: str, problem: str) -> bool:
    """Whether the stored path ``rel`` is the entry ``problem`` or lies in that folder ("./" is the whole corpus)."""
    return rel == problem or problem == "./" or (problem.endswith("/") and rel.startswith(problem))
