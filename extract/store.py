"""The only module that writes: ``save_*(db, ...)`` and ``ensure_db_shape(db)``.

Each document is written all or nothing (a savepoint within a transaction
of many documents, see :class:`Writer`), so a failure leaves the rows
already stored for that path untouched.
"""

from __future__ import annotations

import bisect
import json
import operator
import re
import time
from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from .lexicons import schema_dir
from . import tokens
from .tokens import distinct_words, search_terms
from .types import Deadline, Document, Obligation, Provision, Quota, Reference, Region

# document_signatures.pipeline of a signature written with its document, not yet grouped
# (formatted with the grouping code's fingerprint and the document's pipeline; see groups.update_groups).
SIGNATURE_PENDING = "pending {groups} {pipeline}"
CHILD_TABLES = ("quotas", "obligations", "deadlines", "body_mentions", "references", "provisions", "sections")


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a policykb database with its shape applied."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA journal_mode=WAL")
    db.conn.execute("PRAGMA synchronous=NORMAL")
    ensure_db_shape(db)
    return db


def settle(path: Path | str) -> None:
    """Move everything in ``path``'s write-ahead log into the main file and truncate the log.

    A reader that opens the file immutable (Datasette ``-i``) sees only the
    main file: rows a build left in ``-wal`` (a connection not closed, a
    killed process) would be invisible to it.
    """
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("pragma wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Apply ``schema/schema.sql`` and ``schema/views.sql``; safe to run on every open.

    A database made by an older policykb first gets the columns that
    schema.sql has added since (``ALTER TABLE … ADD COLUMN``), so that its
    rows stay and the new indexes and views can refer to them.
    """
    schema = (schema_dir() / "schema.sql").read_text(encoding="utf-8")
    add_missing_columns(db.conn, schema)
    stale = _drop_stale_fts(db.conn, schema)
    db.conn.executescript(schema)
    summaries_changed = ensure_summary_tables(db.conn)
    views = schema_dir() / "views.sql"
    if views.exists():
        db.conn.executescript(views.read_text(encoding="utf-8"))
    ensure_fts(db, refill=stale)
    if summaries_changed or _summaries_stale(db.conn):
        refresh_summaries(db)  # made by older code, or a build stopped before its refresh


FTS_TABLES = ("provisions_fts", "documents_fts")


# ---------------------------------------------------------------- summary tables (schema/summaries.sql)

SUMMARIES_BY = "summaries_by"  # build_state: hash of summaries.sql that made the summary tables
SUMMARIES_ALL = "summaries_all"  # build_state: every summary row is out of date (a cold build, a new summaries.sql)
_DEFERRED_ATTR = "_policykb_summaries_deferred"


class SummarySql(NamedTuple):
    """schema/summaries.sql split: table and index statements, and the INSERTs that fill the tables, in order."""

    text: str
    ddl: list[str]
    fills: list[tuple[str, str, bool]]  # (table, INSERT … SELECT, per document)
    indexes: dict[str, list[str]]  # table → its CREATE INDEX statements


def summary_sql() -> SummarySql:
    """The statements of ``schema/summaries.sql``, read back one by one with SQLite's own statement splitter."""
    import sqlite3

    text = (schema_dir() / "summaries.sql").read_text(encoding="utf-8")
    statements, current = [], ""
    for line in text.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip().rstrip(";"))
            current = ""
    ddl, fills, indexes = [], [], {}
    for stmt in statements:
        body = re.sub(r"^(\s*--[^\n]*\n)*", "", stmt).strip()  # leading comments
        if body.upper().startswith("INSERT"):
            table = body.split()[2]
            fills.append((table, body, "{documents}" in body))
        else:
            ddl.append(body)
            m = re.match(r"CREATE INDEX IF NOT EXISTS \S+ ON (\w+)", body)
            if m:
                indexes.setdefault(m.group(1), []).append(body)
    return SummarySql(text, ddl, fills, indexes)


def summary_tables() -> list[str]:
    """Names of the summary tables, in the order they are filled."""
    return [table for table, _sql, _per in summary_sql().fills]


def ensure_summary_tables(conn) -> bool:
    """Create the summary tables; True if summaries.sql changed since they were made (they are then made anew and empty)."""
    import hashlib

    sql = summary_sql()
    made_by = hashlib.sha256(sql.text.encode("utf-8")).hexdigest()[:16]
    row = conn.execute("select value from build_state where key = ?", [SUMMARIES_BY]).fetchone()
    changed = row is None or row[0] != made_by
    with conn:
        if changed:
            for table in [t for t, _s, _p in sql.fills] + ["summary_pending"]:
                conn.execute(f"drop table if exists {_q(table)}")
        for stmt in sql.ddl:
            conn.execute(stmt)
        if changed:
            conn.execute("insert or replace into build_state (key, value) values (?, ?)", [SUMMARIES_BY, made_by])
            conn.execute("insert or replace into build_state (key, value) values (?, ?)", [SUMMARIES_ALL, now()])
    return changed


def mark_summaries(conn, document_ids: Iterable[int] | None = None) -> None:
    """Say, in the caller's transaction, that the summary rows of ``document_ids`` (None: of every document) are out of date."""
    if document_ids is None:
        conn.execute("insert or replace into build_state (key, value) values (?, ?)", [SUMMARIES_ALL, now()])
    else:
        conn.executemany("insert or ignore into summary_pending (document_id) values (?)", [(i,) for i in document_ids])


def _summaries_stale(conn) -> bool:
    return (conn.execute("select 1 from build_state where key = ?", [SUMMARIES_ALL]).fetchone() is not None
            or conn.execute("select 1 from summary_pending limit 1").fetchone() is not None)


class defer_summaries:
    """Within this block :func:`refresh_summaries` does nothing; leaving it refreshes once (what a build does).

    Example:
        with defer_summaries(db):
            ...  # write documents, regroup, apply reviews
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def __enter__(self) -> "defer_summaries":
        setattr(self.db, _DEFERRED_ATTR, getattr(self.db, _DEFERRED_ATTR, 0) + 1)
        return self

    def __exit__(self, *exc) -> None:
        setattr(self.db, _DEFERRED_ATTR, getattr(self.db, _DEFERRED_ATTR) - 1)
        if exc[0] is None:
            refresh_summaries(self.db)
        # after a failure the marks stay: the next refresh (the next open_db) brings the rows up to date


def summary_drift(db: sqlite_utils.Database) -> list[str]:
    """Summary tables whose rows differ from what their definitions make from the tables now (none, when up to date)."""
    drift = []
    for table, stmt, _per in summary_sql().fills:
        select = re.sub(r'[\w."]+ IN \{documents\}', "1", stmt.split(None, 3)[3])
        have = db.conn.execute(f"select count(*) from {_q(table)}").fetchone()[0]
        want = db.conn.execute(f"select count(*) from ({select}\n)").fetchone()[0]
        differ = f"select 1 from (select * from {_q(table)} except select * from ({select}\n)) limit 1"
        if have != want or db.conn.execute(differ).fetchone():
            drift.append(table)
    return drift


def refresh_summaries(db: sqlite_utils.Database, *, full: bool = False) -> int:
    """Bring the summary tables up to date with the documents marked out of date; returns how many were refreshed.

    A document's rows are deleted and made again from the tables (one
    transaction for everything); the corpus-level tables are made again
    whole from the per-document ones. After a cold build, a change to
    summaries.sql or with ``full``, every row is made again, the tables'
    indexes built after their rows. Does nothing inside :class:`defer_summaries`.
    """
    if getattr(db, _DEFERRED_ATTR, 0):
        return 0
    conn = db.conn
    sql = summary_sql()
    full = full or conn.execute("select 1 from build_state where key = ?", [SUMMARIES_ALL]).fetchone() is not None
    if not full:
        pending = conn.execute("select count(*) from summary_pending").fetchone()[0]
        if not pending:
            return 0
    with conn:
        if full:
            count = conn.execute("select count(*) from documents").fetchone()[0]
            for table, stmt, _per in sql.fills:
                conn.execute(f"delete from {_q(table)}")
                for index in sql.indexes.get(table, []):
                    conn.execute(f"drop index if exists {_q(_index_name(index))}")
                conn.execute(re.sub(r'[\w."]+ IN \{documents\}', "1", stmt))  # every document
                for index in sql.indexes.get(table, []):
                    conn.execute(index)
        else:
            count = pending
            docs = "(SELECT document_id FROM summary_pending)"
            for table, stmt, per_document in sql.fills:
                if per_document:
                    conn.execute(f"delete from {_q(table)} where document_id in {docs}")
                    conn.execute(stmt.replace("{documents}", docs))
                else:
                    conn.execute(f"delete from {_q(table)}")
                    conn.execute(stmt)
        conn.execute("delete from summary_pending")
        conn.execute("delete from build_state where key = ?", [SUMMARIES_ALL])
    return count


def _drop_stale_fts(conn, schema: str) -> bool:
    """Drop full-text tables whose definition differs from ``schema``'s (e.g. an older one that stored its text); True if any."""
    import sqlite3

    want = sqlite3.connect(":memory:")
    try:
        want.executescript(schema)
        sql = "select name, sql from sqlite_master where type = 'table' and name in (?, ?)"
        wanted = dict(want.execute(sql, FTS_TABLES).fetchall())
    finally:
        want.close()
    stale = [name for name, have in conn.execute(sql, FTS_TABLES) if have != wanted.get(name)]
    for name in stale:
        conn.execute(f"drop table {_q(name)}")
    return bool(stale)


def ensure_fts(db: sqlite_utils.Database, refill: bool = False) -> None:
    """Re-index every stored document if the full-text tables were made with another segmenter (or ``refill``).

    The tables are contentless, so deleting a row means segmenting its text
    again; that gives the words it was indexed with only while
    :func:`extract.tokens.fingerprint` is unchanged (``build_state.fts_by``).
    """
    want = tokens.fingerprint()
    row = db.conn.execute("select value from build_state where key = 'fts_by'").fetchone()
    if row is not None and row[0] == want and not refill:
        return
    with db.conn:
        if row is not None or refill or db.conn.execute("select 1 from documents limit 1").fetchone():
            refill_fts(db.conn)
        db.conn.execute("insert or replace into build_state (key, value) values ('fts_by', ?)", [want])


def refill_fts(conn) -> None:
    """Empty both full-text tables and index every stored document again from its provisions."""
    for table in FTS_TABLES:
        conn.execute(f"insert into {table} ({table}) values ('delete-all')")
    for doc_id, title in conn.execute("select id, title from documents order by id").fetchall():
        pids, terms = _provision_terms(conn, doc_id)
        conn.executemany("insert into provisions_fts (rowid, text) values (?, ?)", zip(pids, terms))
        conn.execute("insert into documents_fts (rowid, title, text) values (?, ?, ?)",
                     [doc_id, search_terms(title or ""), distinct_words(terms)])


def _provision_terms(conn, doc_id: int) -> tuple[list[int], list[str]]:
    rows = conn.execute("select id, text from provisions where document_id = ? order by id", [doc_id]).fetchall()
    return [r[0] for r in rows], [search_terms(r[1]) for r in rows]


def add_missing_columns(conn, schema: str) -> list[str]:
    """Add to ``conn``'s existing tables the columns ``schema`` declares and they lack; returns ``table.column`` added.

    The declarations are read back from SQLite itself (the schema applied to
    an empty in-memory database), not parsed here.
    """
    import sqlite3

    want = sqlite3.connect(":memory:")
    try:
        want.executescript(schema)
        tables = [r[0] for r in want.execute("select name from sqlite_master where type = 'table' and sql not like '%VIRTUAL%'")]
        have = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        added = []
        for table in tables:
            if table not in have:
                continue
            present = {r[1] for r in conn.execute(f"pragma table_info({_q(table)})")}
            for _cid, name, decl, notnull, default, _pk in want.execute(f"pragma table_info({_q(table)})"):
                if name in present:
                    continue
                clause = f"alter table {_q(table)} add column {_q(name)} {decl}"
                if default is not None:
                    clause += f" default {default}"
                elif notnull:  # SQLite needs a default to add a NOT NULL column to rows that exist
                    clause += " default ''"
                if notnull:
                    clause += " not null"
                conn.execute(clause)
                added.append(f"{table}.{name}")
        return added
    finally:
        want.close()


def pipeline_fingerprint() -> str:
    """The ``documents.pipeline`` value of rows made now: each stage's fingerprint (see :mod:`extract.fingerprint`)."""
    from .fingerprint import current, encode

    return encode(current())


def now() -> str:
    """UTC timestamp for ``ingested_at`` / ``at`` columns."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def known_documents(db: sqlite_utils.Database) -> dict[str, tuple[int, str, str]]:
    """path → (id, sha256, pipeline) of every stored document."""
    return {
        row[0]: (row[1], row[2], row[3])
        for row in db.execute("select path, id, sha256, pipeline from documents")
    }


def known_files(db: sqlite_utils.Database) -> dict[str, tuple[int, int, str]]:
    """path → (size, mtime_ns, sha256) recorded when each file was last hashed."""
    return {row[0]: (row[1], row[2], row[3]) for row in db.execute("select path, size, mtime_ns, sha256 from files")}


def remember_files(db: sqlite_utils.Database, rows: list[tuple[str, int, int, str]], gone: Iterable[str] = ()) -> None:
    """Record (path, size, mtime_ns, sha256) of hashed files and forget deleted ones, in one transaction."""
    gone = list(gone)
    if not rows and not gone:
        return
    with db.conn:
        db.conn.executemany("insert or replace into files (path, size, mtime_ns, sha256) values (?, ?, ?, ?)", rows)
        db.conn.executemany("delete from files where path = ?", [(p,) for p in gone])


def known_errors(db: sqlite_utils.Database) -> dict[str, str | None]:
    """path → sha256 of files whose last ingest failed.

    A scan that failed only because OCR was not installed maps to None, so
    that the next build tries it again instead of keeping the error for the
    same bytes: installing Tesseract is the fix its message asks for.
    """
    # An extractor that failed on a provision is no reason to read the file again:
    # the same code fails the same way, and a change to it re-runs that extractor anyway.
    return {
        row[0]: None if row[2] == "OCRUnavailableError" else row[1]
        for row in db.execute("select path, sha256, detail from ingest_errors where error not like 'extractor %'")
    }


DERIVED_DIRTY = "derived_dirty"


def derived_dirty(db: sqlite_utils.Database) -> bool:
    """Whether a build changed documents and did not finish the corpus-level steps (reference links) after it."""
    return db.execute("select 1 from build_state where key = ?", [DERIVED_DIRTY]).fetchone() is not None


def mark_derived_dirty(db: sqlite_utils.Database) -> None:
    """Say, durably and before any document is written, that corpus-level rows are about to go out of date."""
    with db.conn:
        db.execute("insert or replace into build_state (key, value) values (?, ?)", [DERIVED_DIRTY, now()])


def clear_derived_dirty(db: sqlite_utils.Database, made_by: str) -> None:
    """Corpus-level rows are up to date again, made by the code fingerprinted ``made_by`` (called after they are committed)."""
    with db.conn:
        db.execute("delete from build_state where key = ?", [DERIVED_DIRTY])
        db.execute("insert or replace into build_state (key, value) values ('derived_by', ?)", [made_by])


def derived_by(db: sqlite_utils.Database) -> str | None:
    """The fingerprint of the code that made the corpus-level rows, as :func:`clear_derived_dirty` recorded it."""
    row = db.execute("select value from build_state where key = 'derived_by'").fetchone()
    return row[0] if row else None


def _delete_children(db: sqlite_utils.Database, doc_id: int) -> None:
    # Contentless FTS5 deletes a row given the words it was indexed with:
    # the stored text segmented again (same segmenter, see ensure_fts).
    conn = db.conn
    pids, terms = _provision_terms(conn, doc_id)
    conn.executemany("insert into provisions_fts (provisions_fts, rowid, text) values ('delete', ?, ?)", zip(pids, terms))
    title = conn.execute("select title from documents where id = ?", [doc_id]).fetchone()
    conn.execute("insert into documents_fts (documents_fts, rowid, title, text) values ('delete', ?, ?, ?)",
                 [doc_id, search_terms((title[0] if title else None) or ""), distinct_words(terms)])
    for table in CHILD_TABLES:
        db.execute(f'delete from "{table}" where document_id = ?', [doc_id])


def delete_document(db: sqlite_utils.Database, path: str) -> bool:
    """Remove a document and everything extracted from it; True if it existed."""
    row = db.execute("select id from documents where path = ?", [path]).fetchone()
    if row is None:
        return False
    with db.conn:
        _delete_children(db, row[0])
        db.execute("delete from documents where id = ?", [row[0]])
        db.execute("delete from ingest_errors where path = ?", [path])
        db.execute("delete from ingest_warnings where path = ?", [path])
        mark_summaries(db.conn, [row[0]])
    refresh_summaries(db)
    return True


DOCUMENT_COLUMNS = (
    "path", "format", "sha256", "pipeline", "title", "issuer", "doc_number", "recipients", "date", "year",
    "published", "index_no", "attachments", "region_adcode", "region_key", "region_candidates", "region_basis",
    "region_options", "pages", "text_source", "chars",
    "restrictions", "restrictions_per_10k", "responsible_bodies", "text", "ingested_at",
)
REGION_COLUMNS = tuple(f.name for f in fields(Region)) + ("key",)
# Extraction tables and their record fields, in column order.
RECORD_TABLES = tuple(
    (table, tuple(f.name for f in fields(cls)))
    for table, cls in (("quotas", Quota), ("obligations", Obligation), ("deadlines", Deadline), ("references", Reference))
)

# A record's field values in column order, read in C (attrgetter of one name gives the value, not a tuple).
_RECORD_VALUES = tuple(
    operator.attrgetter(*cols) if len(cols) > 1 else (lambda r, c=cols[0]: (getattr(r, c),))
    for _table, cols in RECORD_TABLES
)


class DocumentRows(NamedTuple):
    """Everything :func:`save_rows` writes for one document, as plain tuples.

    Made by :func:`document_rows` where the document was processed (a pool
    or dask worker), so the single writer only adds ids and inserts; tuples
    of strings and ints also pickle and unpickle several times faster than
    the dataclasses they come from. Links between rows are list indexes
    (a provision's section, a record's provision, a mention's body), turned
    into ids by the writer.
    """

    path: str
    sha256: str
    document: tuple  # DOCUMENT_COLUMNS values; pipeline and ingested_at are set by the writer
    region: tuple | None  # REGION_COLUMNS values
    sections: list[tuple]  # (path, heading, level, start, end)
    provisions: list[tuple]  # (section index | None, section_path, ordinal, text, start, end)
    terms: list[str]  # search_terms of each provision's text
    title_terms: str
    records: list[list[tuple]]  # per RECORD_TABLES: (provision index | None, *fields)
    bodies: list[tuple]  # (key, name, kind, level, region_adcode, is_class)
    mentions: list[tuple]  # (body index, provision index | None, role, name, text, start, end, rule)
    errors: list[tuple[str, str]]  # (error, detail) of extractors that failed
    warnings: tuple[str, ...] = ()  # the reader's warnings
    only: frozenset[str] | None = None  # extractors re-run on a stored document: write just their rows
    document_terms: str | None = None  # distinct_words(terms), what documents_fts indexes (None: the writer makes it)
    signature: tuple[int, bytes] | None = None  # groups.document_signature(text), kept for update_groups

    @property
    def count(self) -> int:
        """Rows this document adds (for batching)."""
        return 1 + len(self.sections) + 2 * len(self.provisions) + sum(map(len, self.records)) + len(self.mentions)


def document_rows(doc: Document) -> DocumentRows:
    """The rows of ``doc``, ready for :func:`save_rows`; pure, so it runs in the worker.

    Includes the jieba segmentation of every provision for the full-text
    index (the costliest part), so that it is spread over the workers.

    Example: ``document_rows(process_file(Path("corpus/通知.txt"))).provisions[0]``
    → ``(None, None, 1, "各县(市、区)教育局:", 0, 11)``.
    """
    meta = doc.metadata
    ex = doc.extractions
    region = _region_row(meta.region)
    restrictions, per_10k = (ex.restrictions, ex.restrictions_per_10k) if ex is not None else (None, None)
    document = (
        doc.path, doc.format, doc.sha256, None, meta.title, meta.issuer, meta.doc_number, meta.recipients,
        meta.date, int(meta.date[:4]) if meta.date else None, meta.published, meta.index_no,
        json.dumps(list(meta.attachments), ensure_ascii=False),
        region[0] if region else None, region[-1] if region else None,
        json.dumps(list(meta.region_candidates), ensure_ascii=False) if meta.region_candidates else None,
        "text" if region else None,
        json.dumps(list(meta.region_options), ensure_ascii=False) if meta.region_options else None,
        doc.pages, doc.text_source, len(doc.text), restrictions, per_10k,
        json.dumps(ex.body_names, ensure_ascii=False) if ex is not None else None, doc.text, None,
    )
    # A provision points at the last section of its path, as a dict built in order would.
    section_index = {s.path: i for i, s in enumerate(doc.sections)}
    sections = [(s.path, s.heading, s.level, s.start, s.end) for s in doc.sections]
    provisions = [
        (section_index.get(p.section_path) if p.section_path else None, p.section_path, p.ordinal, p.text, p.start, p.end)
        for p in doc.provisions
    ]
    # Segment each sentence once; the document index is the same words.
    terms = [search_terms(p.text) for p in doc.provisions]
    records: list[list[tuple]] = [[] for _ in RECORD_TABLES]
    bodies: list[tuple] = []
    mentions: list[tuple] = []
    errors: list[tuple[str, str]] = []
    if ex is not None:
        find = _provision_finder(doc.provisions)
        for out, values, items in zip(records, _RECORD_VALUES, (ex.quotas, ex.obligations, ex.deadlines, ex.references)):
            out.extend((find(r.start), *values(r)) for r in items)
        ms = ex.bodies
        for b, body in enumerate(ex.resolved_bodies):
            bodies.append((body.key, body.name, body.kind, body.level, body.region_adcode, int(body.is_class)))
            for i in body.mentions:
                m = ms[i]
                mentions.append((b, find(m.start), m.role, m.name, m.text, m.start, m.end, m.rule))
        errors = [
            (f"extractor {err.extractor} failed on provision {err.provision_ordinal}: {err.error}", err.detail)
            for err in ex.errors
        ]
    return DocumentRows(
        doc.path, doc.sha256, document, region, sections, provisions, terms, search_terms(meta.title or ""),
        records, bodies, mentions, errors, doc.warnings, doc.only, distinct_words(terms),
    )


def _provision_finder(provisions: list[Provision]):
    starts = [p.start for p in provisions]

    def find(start: int) -> int | None:
        """Index of the provision that starts at or before ``start`` (records never start between sentences' text)."""
        i = bisect.bisect_right(starts, start) - 1
        return i if i >= 0 else None

    return find


def _region_row(region: Region | None) -> tuple | None:
    if region is None:
        return None
    key = region.adcode + (f"/{region.township}" if region.township else "")
    return (*(getattr(region, c) for c in REGION_COLUMNS[:-1]), key)


def save_document(db: sqlite_utils.Database, doc: Document) -> int:
    """Write one document and its sections, provisions and extractions in one transaction.

    An existing row for the same path keeps its id; its old children are
    replaced. Returns the document id.
    """
    return save_rows(db, document_rows(doc))


def save_rows(db: sqlite_utils.Database, rows: DocumentRows) -> int:
    """:func:`save_document` for rows made by :func:`document_rows`."""
    with Writer(db) as writer:
        return writer.write(rows)


class Writer:
    """The build's single writer: many documents per transaction, each in a savepoint.

    One commit per document cost more than the inserts, mostly in flushing
    the full-text index; so documents are batched, ``batch_rows`` rows per
    transaction, each in its own savepoint, so that a document that fails to
    write is rolled back alone and rows already written are never lost.
    The full-text rows of a batch go in just before its commit, in bulk:
    FTS5 flushes its pending terms at every savepoint, so inserting them
    document by document would flush once per document again. Use as a
    context manager: leaving it commits the documents written so far.

    With ``bulk=True`` on a database that holds no document yet (a cold
    build), the secondary indexes are dropped first and made once at the end,
    from the finished tables: on 8 MB of notices that took a quarter off the
    writer's CPU time. Nothing a cold build writes looks a row up by them.
    ``finish_seconds`` is the time leaving took (the last commit, the indexes).

    Example:
        with Writer(db) as w:
            doc_id = w.write(document_rows(doc))
    """

    def __init__(self, db: sqlite_utils.Database, batch_rows: int = 20_000, bulk: bool = False) -> None:
        self.db = db
        self.conn = db.conn
        self.batch_rows = batch_rows
        self.finish_seconds = 0.0
        self.dropped: list[str] = []
        self.bulk = bulk and db.conn.execute("select 1 from documents limit 1").fetchone() is None
        if self.bulk:
            self.dropped = [s for s in _secondary_indexes() if _index_exists(db.conn, s)]
            for stmt in self.dropped:
                db.conn.execute(f"drop index {_q(_index_name(stmt))}")
            with db.conn:  # every summary row is made at the end, after the indexes
                mark_summaries(db.conn)
        self.pending = 0
        self.provisions_fts: list[tuple[int, str]] = []
        self.documents_fts: list[tuple[int, str, str]] = []
        self.paths: set[str] = set()  # documents written in this batch
        self.bodies: dict[str, int] = {}  # body key → id, for bodies seen by this writer

    @cached_property
    def pipeline(self) -> str:
        """``documents.pipeline`` of the rows written now.

        Worked out at the first write, not when the writer opens: hashing the
        code and lexicons (~0.2 s) then runs while a pool's workers are busy
        with the first documents, not while they wait to be started.
        """
        return pipeline_fingerprint()

    @cached_property
    def _groups_print(self) -> str:
        from .fingerprint import current

        return current()["groups"]

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        t0 = time.perf_counter()
        try:
            self.commit()
        finally:
            if self.dropped:  # also after a failure: the rows written so far keep their indexes
                with self.conn:
                    for stmt in self.dropped:
                        self.conn.execute(stmt)
                self.dropped = []
            self.finish_seconds = time.perf_counter() - t0
        if exc[0] is None:  # (inside a build, defer_summaries: it refreshes once, at its end)
            refresh_summaries(self.db)

    def commit(self) -> None:
        """Write the batch's full-text rows and make the documents written so far durable.

        Should that fail, the whole batch is rolled back (the database stays
        as it was before it) and the error raised.
        """
        try:
            if self.provisions_fts:
                self.conn.executemany("insert into provisions_fts (rowid, text) values (?, ?)", self.provisions_fts)
            if self.documents_fts:
                self.conn.executemany("insert into documents_fts (rowid, title, text) values (?, ?, ?)", self.documents_fts)
            if self.conn.in_transaction:
                self.conn.commit()
        except BaseException:
            self.conn.rollback()
            self.bodies.clear()
            raise
        finally:
            self.provisions_fts, self.documents_fts, self.pending = [], [], 0
            self.paths.clear()

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    def write(self, rows: DocumentRows) -> int:
        """Write one document's rows, replacing any stored for its path; returns its id.

        If writing fails, the document's rows are rolled back (its previous
        rows stay) and the exception is raised again.
        """
        if rows.path in self.paths:
            self.commit()  # its full-text rows are still pending: they must be in before they can be replaced
        self._begin()
        self.conn.execute("SAVEPOINT document")
        new_bodies: list[str] = []
        try:
            if rows.only is not None:
                doc_id = self._write_extractions(rows, new_bodies)
                self.conn.execute("RELEASE document")
                self.pending += rows.count
                if self.pending >= self.batch_rows:
                    self.commit()  # a re-extraction of the whole corpus commits as it goes, like a build
                return doc_id
            doc_id, pid = self._write(rows, new_bodies)
        except BaseException:
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            for key in new_bodies:
                self.bodies.pop(key, None)
            raise
        self.conn.execute("RELEASE document")
        self.provisions_fts.extend(zip(range(pid, pid + len(rows.terms)), rows.terms))
        words = rows.document_terms if rows.document_terms is not None else distinct_words(rows.terms)
        self.documents_fts.append((doc_id, rows.title_terms, words))
        self.paths.add(rows.path)
        self.pending += rows.count
        if self.pending >= self.batch_rows:
            self.commit()
        return doc_id

    def error(self, path: str, error: str, detail: str, sha256: str | None) -> None:
        """Replace the ingest error recorded for ``path`` (rows stored for it stay), inside the current batch."""
        self._begin()
        self.conn.execute("delete from ingest_errors where path = ? and error not like 'extractor %'", [path])
        self.conn.execute(
            "insert into ingest_errors (path, error, detail, sha256, at) values (?, ?, ?, ?, ?)",
            [path, error, detail, sha256, now()],
        )
        self.pending += 1

    def _write_extractions(self, rows: DocumentRows, new_bodies: list[str]) -> int:
        """Replace only the rows of the extractors in ``rows.only`` for a stored document whose text is unchanged.

        Its sections and provisions are the same as when they were stored
        (same text, same segmentation code), so a record's provision index
        is the index of its provision among the stored ones.
        """
        conn = self.conn
        row = conn.execute("select id from documents where path = ?", [rows.path]).fetchone()
        if row is None:
            raise LookupError(f"{rows.path}: no stored document to re-extract")
        doc_id = row[0]
        mark_summaries(conn, [doc_id])
        document = dict(zip(DOCUMENT_COLUMNS, rows.document))
        sets = {"pipeline": self.pipeline, "ingested_at": now()}
        if "obligations" in rows.only:
            sets |= {"restrictions": document["restrictions"], "restrictions_per_10k": document["restrictions_per_10k"]}
        if "bodies" in rows.only:
            sets["responsible_bodies"] = document["responsible_bodies"]
        conn.execute(f"update documents set {', '.join(f'{_q(k)} = ?' for k in sets)} where id = ?", [*sets.values(), doc_id])
        pids = [r[0] for r in conn.execute("select id from provisions where document_id = ? order by id", [doc_id])]
        for (table, _cols), sql, items in zip(RECORD_TABLES, _INSERT_RECORDS, rows.records):
            if table in rows.only:
                conn.execute(f"delete from {_q(table)} where document_id = ?", [doc_id])
                conn.executemany(sql, [(doc_id, None if p is None else pids[p], *rest) for p, *rest in items])
        if "bodies" in rows.only:
            conn.execute("delete from body_mentions where document_id = ?", [doc_id])
            self._write_mentions(rows, doc_id, pids, new_bodies)
        for stage in rows.only:
            conn.execute("delete from ingest_errors where path = ? and error like ?", [rows.path, f"extractor {stage} %"])
        self._write_errors(rows)
        return doc_id

    def _write_mentions(self, rows: DocumentRows, doc_id: int, pids, new_bodies: list[str]) -> None:
        if rows.bodies:
            body_ids = [self._body_id(b, new_bodies) for b in rows.bodies]
            self.conn.executemany(
                'insert into body_mentions (body_id, document_id, provision_id, role, name, text, start, "end", rule) '
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(body_ids[b], doc_id, None if p is None else pids[p], *rest) for b, p, *rest in rows.mentions],
            )

    def _write_errors(self, rows: DocumentRows) -> None:
        if rows.errors:
            at = now()
            self.conn.executemany(
                "insert into ingest_errors (path, error, detail, sha256, at) values (?, ?, ?, ?, ?)",
                [(rows.path, error, detail, rows.sha256, at) for error, detail in rows.errors],
            )

    def _write(self, rows: DocumentRows, new_bodies: list[str]) -> tuple[int, int]:
        """Every row but the full-text ones; returns the document id and its first provision id."""
        conn = self.conn
        if rows.region:
            conn.execute(_UPSERT_REGION, rows.region)
        document = list(rows.document)
        document[3] = self.pipeline
        document[-1] = now()
        existing = conn.execute("select id from documents where path = ?", [rows.path]).fetchone()
        if existing:
            doc_id = existing[0]
            _delete_children(self.db, doc_id)
            conn.execute(_UPDATE_DOCUMENT, [*document, doc_id])
        else:
            doc_id = conn.execute(_INSERT_DOCUMENT, document).lastrowid
        if not self.bulk:
            mark_summaries(conn, [doc_id])
        conn.execute("delete from ingest_errors where path = ?", [rows.path])
        conn.execute("delete from ingest_warnings where path = ?", [rows.path])
        if rows.warnings:
            at = now()
            conn.executemany(
                "insert into ingest_warnings (path, warning, sha256, at) values (?, ?, ?, ?)",
                [(rows.path, w, rows.sha256, at) for w in rows.warnings],
            )

        # Ids are assigned here (max + 1, what SQLite would pick) so that
        # children go in with one executemany per table.
        sid = _next_id(self.db, "sections")
        conn.executemany(
            'insert into sections (id, document_id, path, heading, level, start, "end") values (?, ?, ?, ?, ?, ?, ?)',
            [(sid + i, doc_id, *s) for i, s in enumerate(rows.sections)],
        )
        pid = _next_id(self.db, "provisions")
        conn.executemany(
            'insert into provisions (id, document_id, section_id, section_path, ordinal, text, start, "end") '
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [(pid + i, doc_id, None if s is None else sid + s, *rest) for i, (s, *rest) in enumerate(rows.provisions)],
        )
        for sql, items in zip(_INSERT_RECORDS, rows.records):
            if items:
                conn.executemany(sql, [(doc_id, None if p is None else pid + p, *rest) for p, *rest in items])
        self._write_mentions(rows, doc_id, range(pid, pid + len(rows.provisions)), new_bodies)
        self._write_errors(rows)
        if rows.signature is not None:
            # Under a key that is not this document's (sha256, pipeline): groups.update_groups still sees
            # the document as changed and regroups it, but takes this signature instead of hashing the text.
            conn.execute(
                "insert or replace into document_signatures (document_id, sha256, pipeline, shingles, minhash) "
                "values (?, ?, ?, ?, ?)",
                [doc_id, rows.sha256, SIGNATURE_PENDING.format(groups=self._groups_print, pipeline=document[3]),
                 *rows.signature],
            )
        return doc_id, pid

    def _body_id(self, body: tuple, new_bodies: list[str]) -> int:
        key = body[0]
        body_id = self.bodies.get(key)
        if body_id is None:
            row = self.conn.execute("select id from bodies where key = ?", [key]).fetchone()
            if row:
                body_id = row[0]
            else:
                body_id = self.conn.execute(
                    "insert into bodies (key, name, kind, level, region_adcode, is_class) values (?, ?, ?, ?, ?, ?)", body
                ).lastrowid
                new_bodies.append(key)
            self.bodies[key] = body_id
        return body_id


def _secondary_indexes() -> list[str]:
    """The ``CREATE INDEX`` statements of schema.sql (not the UNIQUE and PRIMARY KEY ones tables need to write)."""
    schema = (schema_dir() / "schema.sql").read_text(encoding="utf-8")
    return re.findall(r"CREATE INDEX IF NOT EXISTS [^;]*", schema)


def _index_name(stmt: str) -> str:
    return stmt.split()[5]


def _index_exists(conn, stmt: str) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'index' and name = ?", [_index_name(stmt)]).fetchone() is not None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return (db.execute(f'select max(id) from "{table}"').fetchone()[0] or 0) + 1


_INSERT_DOCUMENT = (
    f"insert into documents ({', '.join(map(_q, DOCUMENT_COLUMNS))}) values ({', '.join('?' * len(DOCUMENT_COLUMNS))})"
)
_UPDATE_DOCUMENT = f"update documents set {', '.join(f'{_q(k)} = ?' for k in DOCUMENT_COLUMNS)} where id = ?"
_UPSERT_REGION = (
    f"insert into regions ({', '.join(map(_q, REGION_COLUMNS))}) values ({', '.join('?' * len(REGION_COLUMNS))}) "
    f"on conflict(key) do update set "
    f"{', '.join(f'{_q(c)} = excluded.{_q(c)}' for c in REGION_COLUMNS if c != 'key')}"
)
_INSERT_RECORDS = tuple(
    f"insert into {_q(table)} (document_id, provision_id, {', '.join(map(_q, cols))}) "
    f"values ({', '.join('?' * (len(cols) + 2))})"
    for table, cols in RECORD_TABLES
)


def save_citation_links(db: sqlite_utils.Database, updates: list[tuple[int | None, int]]) -> None:
    """Set ``references.cited_document_id`` for each (target id or None, reference id), in one transaction."""
    if updates:
        with db.conn:
            db.conn.executemany('update "references" set cited_document_id = ? where id = ?', updates)


def settle_regions(db: sqlite_utils.Database) -> int:
    """Give the documents whose town several counties share the county their corpus settles; returns how many changed.

    Run after every build has written its documents: a document with
    ``region_options`` and no region of its own (or one the corpus gave
    before) is settled again (``region.settle_by_corpus``) from the regions
    the other documents' own text settled, ``region_basis`` 'corpus'; one the
    corpus no longer settles (its county's notice was removed) gets no region
    again. A region the text settled is never changed. The changed documents'
    summary rows are marked out of date.

    Example: a 白沙镇中心学校 notice beside a 闽侯县教育局 one → region_key
    ``350121/白沙镇``, region_basis ``corpus``.
    """
    from .region import settle_by_corpus

    conn = db.conn
    # the partial index holds only the documents with options: the others' rows (their text) are never read
    open_ = conn.execute(
        "select id, region_options, region_key from documents indexed by idx_documents_region_options "
        "where region_options is not null and (region_key is null or region_basis = 'corpus')"
    ).fetchall()
    if not open_:
        return 0
    # a region written by older code has no basis: its text settled it
    settled = [code for (code,) in conn.execute(
        "select d.region_adcode from documents d join regions r on r.key = d.region_key "
        "where coalesce(d.region_basis, 'text') = 'text' and r.level != 'province'")]
    found = settle_by_corpus({doc_id: json.loads(options) for doc_id, options, _key in open_}, settled)
    changed = []
    with conn:
        for doc_id, _options, key in open_:
            row = _region_row(found.get(doc_id))
            if (row[-1] if row else None) == key:
                continue
            if row:
                conn.execute(_UPSERT_REGION, row)
            conn.execute("update documents set region_adcode = ?, region_key = ?, region_basis = ? where id = ?",
                         [row[0] if row else None, row[-1] if row else None, "corpus" if row else None, doc_id])
            changed.append(doc_id)
        mark_summaries(conn, changed)
    return len(changed)


def drop_orphan_bodies(db: sqlite_utils.Database) -> None:
    """Bodies no longer mentioned by any document go."""
    with db.conn:
        db.execute("delete from bodies where id not in (select distinct body_id from body_mentions)")


def iter_rows(db: sqlite_utils.Database, sql: str, params: Iterable = ()) -> Iterable[dict]:
    """Rows of a query as dicts (for export and eval)."""
    cursor = db.execute(sql, list(params))
    cols = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(cols, row))
