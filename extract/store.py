"""The only module that writes: ``save_*(db, ...)`` and ``ensure_db_shape(db)``.

Each document is written in one transaction, so a failure leaves the rows
already stored for that path untouched.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from .lexicons import schema_dir
from .tokens import search_terms
from .types import Document, Provision

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


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Apply ``schema/schema.sql`` and ``schema/views.sql``; safe to run on every open."""
    for name in ("schema.sql", "views.sql"):
        path = schema_dir() / name
        if path.exists():
            db.conn.executescript(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the package code and the lexicons: a change re-extracts every document."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    files = sorted(root.rglob("*.py")) + sorted((schema_dir() / "lexicons").glob("*"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


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
    """path → sha256 of files whose last ingest failed."""
    return {row[0]: row[1] for row in db.execute("select path, sha256 from ingest_errors")}


def _delete_children(db: sqlite_utils.Database, doc_id: int) -> None:
    db.execute("delete from provisions_fts where rowid in (select id from provisions where document_id = ?)", [doc_id])
    db.execute("delete from documents_fts where rowid = ?", [doc_id])
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
    return True


def record_error(db: sqlite_utils.Database, path: str, error: str, detail: str, sha256: str | None) -> None:
    """Replace the ingest error recorded for ``path`` (rows stored for it stay)."""
    with db.conn:
        db.execute("delete from ingest_errors where path = ? and error not like 'extractor %'", [path])
        db["ingest_errors"].insert({"path": path, "error": error, "detail": detail, "sha256": sha256, "at": now()})


def _provision_finder(provisions: list[Provision], ids: list[int]):
    starts = [p.start for p in provisions]

    def find(start: int) -> int | None:
        """The provision that starts at or before ``start`` (records never start between sentences' text)."""
        i = bisect.bisect_right(starts, start) - 1
        return ids[i] if i >= 0 else None

    return find


def _flat(record) -> dict:
    """A flat record's fields as a dict; ``asdict`` deep-copies and cost a quarter of store time."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _region_row(doc: Document) -> dict | None:
    region = doc.metadata.region
    if region is None:
        return None
    row = asdict(region)
    row["key"] = region.adcode + (f"/{region.township}" if region.township else "")
    return row


def save_document(db: sqlite_utils.Database, doc: Document) -> int:
    """Write one document and its sections, provisions and extractions in one transaction.

    An existing row for the same path keeps its id; its old children are
    replaced. Returns the document id.
    """
    meta = doc.metadata
    ex = doc.extractions
    region = _region_row(doc)
    restrictions, per_10k = (None, None)
    if ex is not None:
        from .extractors.obligations import restriction_counts

        restrictions, per_10k = restriction_counts(ex.obligations, len(doc.text))
    row = {
        "path": doc.path,
        "format": doc.format,
        "sha256": doc.sha256,
        "pipeline": pipeline_fingerprint(),
        "title": meta.title,
        "issuer": meta.issuer,
        "doc_number": meta.doc_number,
        "recipients": meta.recipients,
        "date": meta.date,
        "year": int(meta.date[:4]) if meta.date else None,
        "published": meta.published,
        "index_no": meta.index_no,
        "attachments": json.dumps(list(meta.attachments), ensure_ascii=False),
        "region_adcode": region["adcode"] if region else None,
        "region_key": region["key"] if region else None,
        "region_candidates": json.dumps(list(meta.region_candidates), ensure_ascii=False) if meta.region_candidates else None,
        "pages": doc.pages,
        "chars": len(doc.text),
        "restrictions": restrictions,
        "restrictions_per_10k": per_10k,
        "text": doc.text,
        "ingested_at": now(),
    }
    with db.conn:
        if region:
            _upsert_region(db, region)
        existing = db.execute("select id from documents where path = ?", [doc.path]).fetchone()
        if existing:
            doc_id = existing[0]
            _delete_children(db, doc_id)
            db.execute(
                f"update documents set {', '.join(f'{_q(k)} = ?' for k in row)} where id = ?",
                [*row.values(), doc_id],
            )
        else:
            doc_id = db.execute(
                f"insert into documents ({', '.join(map(_q, row))}) values ({', '.join('?' * len(row))})",
                list(row.values()),
            ).lastrowid
        db.execute("delete from ingest_errors where path = ?", [doc.path])

        # Ids are assigned here (max + 1, what SQLite would pick) so that
        # children go in with one executemany per table instead of one
        # insert per row.
        section_ids: dict[str, int] = {}
        next_sid = _next_id(db, "sections")
        section_rows = []
        for i, s in enumerate(doc.sections):
            section_ids[s.path] = next_sid + i
            section_rows.append((next_sid + i, doc_id, s.path, s.heading, s.level, s.start, s.end))
        db.conn.executemany(
            'insert into sections (id, document_id, path, heading, level, start, "end") values (?, ?, ?, ?, ?, ?, ?)',
            section_rows,
        )
        next_pid = _next_id(db, "provisions")
        prov_ids = list(range(next_pid, next_pid + len(doc.provisions)))
        db.conn.executemany(
            'insert into provisions (id, document_id, section_id, section_path, ordinal, text, start, "end") '
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pid, doc_id, section_ids.get(p.section_path) if p.section_path else None, p.section_path,
                 p.ordinal, p.text, p.start, p.end)
                for pid, p in zip(prov_ids, doc.provisions)
            ],
        )
        # Segment each sentence once; the document index is the same words.
        terms = [search_terms(p.text) for p in doc.provisions]
        db.conn.executemany("insert into provisions_fts (rowid, text) values (?, ?)", list(zip(prov_ids, terms)))
        db.execute(
            "insert into documents_fts (rowid, title, text) values (?, ?, ?)",
            [doc_id, search_terms(meta.title or ""), "\n".join(terms)],
        )

        if ex is not None:
            find = _provision_finder(doc.provisions, prov_ids)
            for table, records in (
                ("quotas", ex.quotas),
                ("obligations", ex.obligations),
                ("deadlines", ex.deadlines),
                ("references", ex.references),
            ):
                _insert_many(db, table, [{"document_id": doc_id, "provision_id": find(r.start), **_flat(r)} for r in records])
            _save_bodies(db, doc, doc_id, find)
            _insert_many(
                db,
                "ingest_errors",
                [
                    {
                        "path": doc.path,
                        "error": f"extractor {err.extractor} failed on provision {err.provision_ordinal}: {err.error}",
                        "detail": err.detail,
                        "sha256": doc.sha256,
                        "at": now(),
                    }
                    for err in ex.errors
                ],
            )
    return doc_id


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return (db.execute(f'select max(id) from "{table}"').fetchone()[0] or 0) + 1


def _insert_many(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """One executemany for rows that share their keys (records of one dataclass)."""
    if not rows:
        return
    cols = list(rows[0])
    db.conn.executemany(
        f"insert into {_q(table)} ({', '.join(map(_q, cols))}) values ({', '.join('?' * len(cols))})",
        [tuple(r[c] for c in cols) for r in rows],
    )


def _upsert_region(db: sqlite_utils.Database, region: dict) -> None:
    cols = list(region)
    db.execute(
        f"insert into regions ({', '.join(map(_q, cols))}) values ({', '.join('?' * len(cols))}) "
        f"on conflict(key) do update set {', '.join(f'{_q(c)} = excluded.{_q(c)}' for c in cols if c != 'key')}",
        [region[c] for c in cols],
    )


def _save_bodies(db: sqlite_utils.Database, doc: Document, doc_id: int, find) -> None:
    from .extractors.bodies import resolve_bodies

    mentions = doc.extractions.bodies if doc.extractions else []
    rows = []
    for body in resolve_bodies(mentions, doc.metadata.region):
        existing = db.execute("select id from bodies where key = ?", [body.key]).fetchone()
        if existing:
            body_id = existing[0]
        else:
            body_id = db.execute(
                "insert into bodies (key, name, kind, level, region_adcode, is_class) values (?, ?, ?, ?, ?, ?)",
                [body.key, body.name, body.kind, body.level, body.region_adcode, int(body.is_class)],
            ).lastrowid
        for i in body.mentions:
            m = mentions[i]
            rows.append((body_id, doc_id, find(m.start), m.role, m.name, m.text, m.start, m.end))
    db.conn.executemany(
        'insert into body_mentions (body_id, document_id, provision_id, role, name, text, start, "end") '
        "values (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def link_references(db: sqlite_utils.Database, changed: set[int] | None = None) -> None:
    """Point each reference at the corpus document it cites, where that document is here.

    ``match_reference`` compares a title with every document (fuzzy ratio);
    with thousands of documents that is quadratic, so candidates are first
    narrowed with rapidfuzz's vectorised ``cdist`` (the same ``fuzz.ratio``,
    any score ≥ 80) and by 发文字号; ``match_reference`` then decides among
    the survivors, in the original order.

    With ``changed`` (ids of documents written by this build), only the work
    a change can affect is done: references of changed documents and
    references whose target changed or went are matched against the whole
    corpus; the other references only against the changed documents.
    """
    candidates = [(r[0], r[1], r[2]) for r in db.execute("select id, title, doc_number from documents order by id")]
    refs = db.execute('select id, document_id, title, doc_number, cited_document_id from "references"').fetchall()
    if changed is None:
        full, partial = refs, []
    else:
        ids = {c[0] for c in candidates}
        full = [r for r in refs if r[1] in changed or (r[4] is not None and (r[4] in changed or r[4] not in ids))]
        partial = [r for r in refs if r not in full and r[4] is None] if changed else []
    updates = _match_refs(full, candidates)
    fresh = [c for c in candidates if changed and c[0] in changed]
    if fresh and partial:
        updates += [(t, i) for t, i in _match_refs(partial, fresh) if t is not None]
    if updates:
        with db.conn:
            db.conn.executemany('update "references" set cited_document_id = ? where id = ?', updates)


def _match_refs(refs: list[tuple], candidates: list[tuple[int, str | None, str | None]]) -> list[tuple[int | None, int]]:
    """(target, reference id) for each reference whose target differs from the stored one."""
    from .extractors.references import core_title, match_reference, normalise_number
    from .types import Reference

    by_number: dict[str, list[int]] = {}
    for i, (_id, _title, number) in enumerate(candidates):
        if number:
            by_number.setdefault(normalise_number(number), []).append(i)
    titled = [i for i, c in enumerate(candidates) if c[1]]
    titles = [candidates[i][1] for i in titled]
    cores = [core_title(t) for t in titles]
    updates = []
    for ref_id, doc_id, title, number, current in refs:
        keep: set[int] = set()
        if number:
            keep.update(by_number.get(normalise_number(number), ()))
        if title and titles:
            keep.update(titled[j] for j in _similar(title, core_title(title), titles, cores))
        pool = [candidates[i] for i in sorted(keep) if candidates[i][0] != doc_id]
        ref = Reference(title=title, doc_number=number, evidence="", start=0, end=0)
        target = match_reference(ref, pool) if pool else None
        if target != current:
            updates.append((target, ref_id))
    return updates


def _similar(title: str, core: str, titles: list[str], cores: list[str]) -> list[int]:
    """Indexes of titles within reach of ``title`` (a superset of what match_reference accepts)."""
    from rapidfuzz import fuzz, process

    a = process.cdist([title], titles, scorer=fuzz.ratio, score_cutoff=80)[0]
    b = process.cdist([core], cores, scorer=fuzz.ratio, score_cutoff=80)[0]
    return [int(j) for j in ((a > 0) | (b > 0)).nonzero()[0]]


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
