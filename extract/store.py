"""The only module that writes: ``save_*(db, ...)`` and ``ensure_db_shape(db)``.

Each document is written in one transaction, so a failure leaves the rows
already stored for that path untouched.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
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
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and provisions[i].start <= start < max(provisions[i].end, provisions[i].start + 1):
            return ids[i]
        return ids[i] if i >= 0 else None

    return find


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
            db["regions"].upsert(region, pk="key")
        existing = db.execute("select id from documents where path = ?", [doc.path]).fetchone()
        if existing:
            doc_id = existing[0]
            _delete_children(db, doc_id)
            db["documents"].update(doc_id, row)
        else:
            doc_id = db["documents"].insert(row).last_pk
        db.execute("delete from ingest_errors where path = ?", [doc.path])

        section_ids: dict[str, int] = {}
        for s in doc.sections:
            sid = db["sections"].insert(
                {"document_id": doc_id, "path": s.path, "heading": s.heading, "level": s.level, "start": s.start, "end": s.end}
            ).last_pk
            section_ids[s.path] = sid
        prov_ids: list[int] = []
        for p in doc.provisions:
            pid = db["provisions"].insert(
                {
                    "document_id": doc_id,
                    "section_id": section_ids.get(p.section_path) if p.section_path else None,
                    "section_path": p.section_path,
                    "ordinal": p.ordinal,
                    "text": p.text,
                    "start": p.start,
                    "end": p.end,
                }
            ).last_pk
            prov_ids.append(pid)
        db["provisions_fts"].insert_all(
            ({"rowid": pid, "text": search_terms(p.text)} for pid, p in zip(prov_ids, doc.provisions)),
            batch_size=1000,
        )
        db["documents_fts"].insert({"rowid": doc_id, "title": search_terms(meta.title or ""), "text": search_terms(doc.text)})

        if ex is not None:
            find = _provision_finder(doc.provisions, prov_ids)
            for table, records in (
                ("quotas", ex.quotas),
                ("obligations", ex.obligations),
                ("deadlines", ex.deadlines),
                ("references", ex.references),
            ):
                db[table].insert_all(
                    ({"document_id": doc_id, "provision_id": find(r.start), **asdict(r)} for r in records),
                    batch_size=1000,
                )
            _save_bodies(db, doc, doc_id, find)
            for err in ex.errors:
                db["ingest_errors"].insert(
                    {
                        "path": doc.path,
                        "error": f"extractor {err.extractor} failed on provision {err.provision_ordinal}: {err.error}",
                        "detail": err.detail,
                        "sha256": doc.sha256,
                        "at": now(),
                    }
                )
    return doc_id


def _save_bodies(db: sqlite_utils.Database, doc: Document, doc_id: int, find) -> None:
    from .extractors.bodies import resolve_bodies

    mentions = doc.extractions.bodies if doc.extractions else []
    for body in resolve_bodies(mentions, doc.metadata.region):
        row = {
            "key": body.key,
            "name": body.name,
            "kind": body.kind,
            "level": body.level,
            "region_adcode": body.region_adcode,
            "is_class": int(body.is_class),
        }
        existing = db.execute("select id from bodies where key = ?", [body.key]).fetchone()
        body_id = existing[0] if existing else db["bodies"].insert(row).last_pk
        db["body_mentions"].insert_all(
            (
                {
                    "body_id": body_id,
                    "document_id": doc_id,
                    "provision_id": find(mentions[i].start),
                    "role": mentions[i].role,
                    "name": mentions[i].name,
                    "text": mentions[i].text,
                    "start": mentions[i].start,
                    "end": mentions[i].end,
                }
                for i in body.mentions
            ),
            batch_size=1000,
        )


def link_references(db: sqlite_utils.Database) -> None:
    """Point each reference at the corpus document it cites, where that document is here."""
    from .extractors.references import match_reference

    candidates = [(r[0], r[1], r[2]) for r in db.execute("select id, title, doc_number from documents")]
    updates = []
    for ref_id, doc_id, title, number, current in db.execute(
        'select id, document_id, title, doc_number, cited_document_id from "references"'
    ).fetchall():
        target = match_reference_safe(match_reference, title, number, [c for c in candidates if c[0] != doc_id])
        if target != current:
            updates.append((target, ref_id))
    if updates:
        with db.conn:
            db.conn.executemany('update "references" set cited_document_id = ? where id = ?', updates)


def match_reference_safe(match, title, number, candidates) -> int | None:
    """``match_reference`` on a plain (title, doc_number) pair."""
    from .types import Reference

    return match(Reference(title=title, doc_number=number, evidence="", start=0, end=0), candidates)


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
