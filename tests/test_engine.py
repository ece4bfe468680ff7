"""``build --engine dask`` gives the same database as a plain build (ids and timestamps aside)."""

from __future__ import annotations

import pytest

from extract.build import build
from extract.store import open_db

distributed = pytest.importorskip("distributed")

TABLES = ("documents", "regions", "sections", "provisions", "quotas", "obligations", "deadlines", "bodies",
          "body_mentions", "references", "ingest_errors", "provisions_fts", "documents_fts")
SKIP = {"id", "ingested_at", "at", "rowid"}


def snapshot(db) -> dict[str, list[tuple]]:
    """Every table as sorted rows with ids replaced by natural keys (document path, provision ordinal, body key)."""
    doc = dict(db.execute("select id, path from documents").fetchall())
    prov = {i: (doc[d], o) for i, d, o in db.execute("select id, document_id, ordinal from provisions")}
    sec = {i: (doc[d], p) for i, d, p in db.execute("select id, document_id, path from sections")}
    body = dict(db.execute("select id, key from bodies").fetchall())
    keys = {"document_id": doc, "cited_document_id": doc, "provision_id": prov, "section_id": sec, "body_id": body}
    out = {}
    for table in TABLES:
        if table.endswith("_fts"):
            base = "provisions" if table == "provisions_fts" else "documents"
            ref = prov if base == "provisions" else doc
            rows = [(ref[r[0]], *r[1:]) for r in db.execute(f"select rowid, * from {table}")]
        else:
            cur = db.execute(f'select * from "{table}"')
            cols = [c[0] for c in cur.description]
            rows = [
                tuple(keys[c].get(v, v) if c in keys and v is not None else v for c, v in zip(cols, r) if c not in SKIP)
                for r in cur
            ]
        out[table] = sorted(rows, key=repr)
    return out


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, Client(lc) as client:
        yield client


def test_dask_build_equals_plain_build(seed_corpus, tmp_path, cluster):
    from extract.engine_dask import build_dask

    plain = open_db(tmp_path / "plain.db")
    build(seed_corpus, plain)
    dask_db = open_db(tmp_path / "dask.db")
    summary = build_dask(seed_corpus, dask_db, client=cluster)
    assert (summary.added, summary.failed) == (5, 0)
    expected, got = snapshot(plain), snapshot(dask_db)
    assert expected["quotas"], "the bundled corpus has quotas"
    for table in TABLES:
        assert got[table] == expected[table], table


def test_dask_build_is_incremental(seed_corpus, tmp_path, cluster):
    from extract.engine_dask import build_dask

    db = open_db(tmp_path / "dask.db")
    build_dask(seed_corpus, db, client=cluster)
    again = build_dask(seed_corpus, db, client=cluster)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    first = sorted(seed_corpus.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n各校要按时报送材料。\n", encoding="utf-8")
    (seed_corpus / sorted(p.name for p in seed_corpus.glob("*.txt"))[1]).unlink()
    changed = build_dask(seed_corpus, db, client=cluster)
    assert (changed.added, changed.updated, changed.unchanged, changed.removed) == (0, 1, 3, 1)


def test_unreachable_scheduler_is_a_clear_error(seed_corpus, tmp_path):
    from extract.engine_dask import DaskUnavailable, build_dask

    with pytest.raises(DaskUnavailable, match="cannot reach the dask scheduler"):
        build_dask(seed_corpus, open_db(tmp_path / "x.db"), scheduler="tcp://127.0.0.1:1")
