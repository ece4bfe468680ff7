"""The writer: batched transactions that still roll back one failing document alone."""

from __future__ import annotations

import sqlite3

from extract import store
from extract.build import build

COUNTED = ("documents", "sections", "provisions", "quotas", "obligations", "body_mentions", "provisions_fts", "documents_fts")


def counts(db, path: str) -> dict[str, int]:
    """Rows stored for the document at ``path``, per table."""
    doc = db.execute("select id from documents where path = ?", [path]).fetchone()
    if doc is None:
        return {}
    out = {}
    for table in COUNTED:
        if table == "documents_fts":
            sql = "select count(*) from documents_fts where rowid = ?"
        elif table == "provisions_fts":
            sql = "select count(*) from provisions_fts where rowid in (select id from provisions where document_id = ?)"
        elif table == "documents":
            sql = "select count(*) from documents where id = ?"
        else:
            sql = f"select count(*) from {table} where document_id = ?"
        out[table] = db.execute(sql, [doc[0]]).fetchone()[0]
    return out


def failing_on(monkeypatch, name: str) -> None:
    """Make writing the document ``name`` fail after its rows went in (so they must be rolled back)."""
    real = store.Writer._write

    def write(self, rows, new_bodies):
        out = real(self, rows, new_bodies)
        if rows.path == name:
            raise sqlite3.IntegrityError("simulated failure")
        return out

    monkeypatch.setattr(store.Writer, "_write", write)


def test_a_document_that_fails_to_write_is_recorded_and_the_build_goes_on(seed_corpus, fresh_db, monkeypatch):
    name = sorted(p.name for p in seed_corpus.glob("*.txt"))[2]
    failing_on(monkeypatch, name)
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (4, 1)
    assert counts(fresh_db, name) == {}
    errors = fresh_db.execute("select path, error from ingest_errors").fetchall()
    assert len(errors) == 1 and errors[0][0] == name and "could not store" in errors[0][1]
    # nothing of the failed document is left behind, and the others are whole
    assert fresh_db.execute("select count(*) from provisions_fts").fetchone()[0] == \
        fresh_db.execute("select count(*) from provisions").fetchone()[0]
    assert fresh_db.execute("select count(*) from documents_fts").fetchone()[0] == 4


def test_a_failed_rewrite_keeps_the_stored_rows(seed_corpus, fresh_db, monkeypatch):
    build(seed_corpus, fresh_db)
    target = sorted(seed_corpus.glob("*.txt"))[1]
    before = counts(fresh_db, target.name)
    assert before["provisions"] > 0 and before["provisions_fts"] == before["provisions"]
    target.write_text(target.read_text(encoding="utf-8") + "\n各校要按时报送材料。\n", encoding="utf-8")
    failing_on(monkeypatch, target.name)
    summary = build(seed_corpus, fresh_db)
    assert (summary.updated, summary.failed) == (0, 1)
    assert counts(fresh_db, target.name) == before


def test_small_batches_give_the_same_rows(seed_corpus, tmp_path):
    """Commits every few rows (as in a big build) store exactly what one transaction does."""
    from extract.build import process_one

    outcomes = [process_one(p, seed_corpus, "x") for p in sorted(seed_corpus.glob("*.txt"))]
    dumps = []
    for batch in (1, 10**9):
        db = store.open_db(tmp_path / f"b{batch}.db")
        with store.Writer(db, batch_rows=batch) as writer:
            for o in outcomes:
                writer.write(o.rows)
        dumps.append({
            t: db.execute(f'select {"rowid, *" if t.endswith("_fts") else "*"} from "{t}" order by rowid').fetchall()
            for t in ("sections", "provisions", "quotas", "bodies", "body_mentions", "provisions_fts", "documents_fts")
        })
    assert dumps[0] == dumps[1]


def test_the_same_document_twice_in_one_batch(seed_corpus, fresh_db):
    """A rewrite of a document whose full-text rows are still pending replaces them cleanly."""
    from extract.build import process_one

    path = sorted(seed_corpus.glob("*.txt"))[0]
    rows = process_one(path, seed_corpus, "x").rows
    with store.Writer(fresh_db) as writer:
        first = writer.write(rows)
        assert writer.write(rows) == first
    assert counts(fresh_db, path.name)["provisions_fts"] == counts(fresh_db, path.name)["provisions"] > 0
    assert fresh_db.execute("select count(*) from documents_fts").fetchone()[0] == 1


def test_an_older_database_gets_new_columns_and_keeps_its_rows(tmp_path):
    """A column added to schema.sql reaches a database built before it, rows intact."""
    import sqlite3

    from extract.store import add_missing_columns

    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("create table documents (id integer primary key, path text not null)")
    conn.execute("insert into documents (path) values ('a.txt')")
    schema = (
        "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL, "
        "text_source TEXT NOT NULL DEFAULT 'text', note TEXT);"
        "CREATE TABLE IF NOT EXISTS other (x INTEGER);"
    )
    assert add_missing_columns(conn, schema) == ["documents.text_source", "documents.note"]
    assert conn.execute("select path, text_source, note from documents").fetchall() == [("a.txt", "text", None)]
    assert add_missing_columns(conn, schema) == []


def fts_index(db) -> dict[str, list[tuple]]:
    """Every entry of both full-text indexes (contentless tables have no text to compare)."""
    # Rows are named by document path (and sentence ordinal): a rewritten document's provisions get new ids.
    out = {}
    for table, sql in (
        ("provisions_fts", "select v.term, d.path, p.ordinal, v.col, v.offset from temp.v_provisions_fts v "
                           "left join provisions p on p.id = v.doc left join documents d on d.id = p.document_id"),
        ("documents_fts", "select distinct v.term, d.path, v.col from temp.v_documents_fts v left join documents d on d.id = v.doc"),
    ):
        db.execute(f"create virtual table if not exists temp.v_{table} using fts5vocab(main, {table}, instance)")
        out[table] = sorted(db.execute(sql).fetchall(), key=repr)
    return out


def test_rewriting_a_document_leaves_the_index_a_fresh_build_makes(seed_corpus, tmp_path):
    """Contentless FTS deletes a row by segmenting its text again: an edited notice leaves no stale word behind."""
    db = store.open_db(tmp_path / "inc.db")
    build(seed_corpus, db)
    target = sorted(seed_corpus.glob("*.txt"))[1]
    target.write_text(target.read_text(encoding="utf-8").replace("。", "。\n", 3) + "\n教研员每月听课4节。\n", encoding="utf-8")
    assert build(seed_corpus, db).updated == 1
    fresh = store.open_db(tmp_path / "fresh.db")
    build(seed_corpus, fresh)
    assert fts_index(db) == fts_index(fresh)
    assert db.execute("select count(*) from documents_fts where documents_fts match '\"听课\"'").fetchone()[0] > 0


def test_a_cold_build_ends_with_every_index(seed_corpus, fresh_db):
    """The secondary indexes a cold build drops while inserting are all there afterwards."""
    build(seed_corpus, fresh_db)
    have = {r[0] for r in fresh_db.execute("select name from sqlite_master where type = 'index'")}
    assert {store._index_name(s) for s in store._secondary_indexes()} <= have


def test_an_index_of_another_shape_or_segmenter_is_made_again(seed_corpus, tmp_path, monkeypatch):
    """A database whose FTS tables stored their text (before issue 14), or were made with another user dictionary, is re-indexed on open."""
    path = tmp_path / "old.db"
    db = store.open_db(path)
    build(seed_corpus, db)
    want = fts_index(db)
    db.conn.executescript("drop table provisions_fts; drop table documents_fts;"
                          "create virtual table provisions_fts using fts5(text, tokenize = 'unicode61');"
                          "create virtual table documents_fts using fts5(title, text, tokenize = 'unicode61');")
    db.close()
    assert fts_index(store.open_db(path)) == want
    monkeypatch.setattr(store.tokens, "fingerprint", lambda: "another dictionary")
    db = store.open_db(path)
    db.conn.execute("insert into provisions_fts (provisions_fts) values ('delete-all')")
    db.conn.commit()
    monkeypatch.setattr(store.tokens, "fingerprint", lambda: "a third one")
    assert fts_index(store.open_db(path)) == want
