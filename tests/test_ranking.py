"""The serving helpers of issue 14: documents_by_hits (search_documents) and the metadata Datasette holds."""

from __future__ import annotations

import asyncio
import copy
import json
import re
import sqlite3

import numpy as np
from datasette.app import Datasette

from extract.datasette_plugin import SharedMetadata
from extract.datasette_plugin.ranking import documents_by_hits, register

# Three documents: 7 holds provisions 1-4, 5 holds 5-6, 9 holds 7-12.
RANGES = (np.array([1, 5, 7]), np.array([7, 5, 9]))


def test_documents_by_hits_counts_each_documents_ids():
    assert json.loads(documents_by_hits("2,3,6,8,11,12", 10, RANGES)) == [[7, 2], [5, 1], [9, 3]]


def test_documents_by_hits_keeps_the_first_n_and_those_tied_with_the_last():
    ids = "1,2,5,6,7"  # 7: two, 5: two, 9: one
    assert sorted(json.loads(documents_by_hits(ids, 1, RANGES))) == [[5, 2], [7, 2]]
    assert len(json.loads(documents_by_hits(ids, 3, RANGES))) == 3
    assert sorted(json.loads(documents_by_hits(ids, 0, RANGES))) == [[5, 2], [7, 2]]  # like SQL's offset -1
    assert len(json.loads(documents_by_hits(ids, "", RANGES))) == 3  # no limit given: 100


def test_documents_by_hits_without_matches():
    assert documents_by_hits(None, 100, RANGES) == "[]"
    assert documents_by_hits("", 100, RANGES) == "[]"


def test_ranges_are_read_again_after_another_connection_writes(tmp_path):
    path = tmp_path / "r.db"
    writer = sqlite3.connect(path)
    writer.execute("create table summary_provision_ranges (first_provision_id integer primary key, "
                   "last_provision_id integer, document_id integer)")
    writer.execute("insert into summary_provision_ranges values (1, 3, 40)")
    writer.commit()
    reader = sqlite3.connect(path)
    register(reader)
    assert reader.execute("select documents_by_hits('2,3', 10)").fetchone()[0] == "[[40, 2]]"
    writer.execute("update summary_provision_ranges set last_provision_id = 2")
    writer.execute("insert into summary_provision_ranges values (3, 3, 41)")
    writer.commit()
    assert json.loads(reader.execute("select documents_by_hits('2,3', 10)").fetchone()[0]) == [[40, 1], [41, 1]]


def test_shared_metadata_is_not_copied():
    meta = SharedMetadata({"databases": {"d": {"tables": {"t": {"description": "x"}}}}})
    assert copy.deepcopy(meta) is meta


def test_a_tables_allow_block_still_hides_it(tmp_path):
    """Served without the per-table copies, Datasette still reads each table's ``allow``."""
    path = tmp_path / "p.db"
    conn = sqlite3.connect(path)
    conn.execute("create table open_notes (id integer primary key)")
    conn.execute("create table closed_notes (id integer primary key)")
    conn.commit()
    meta = {"databases": {"p": {"tables": {"closed_notes": {"allow": {"id": "root"}},
                                           "open_notes": {"description": "见得到"}}}}}
    ds = Datasette([str(path)], metadata=meta)

    async def run():
        await ds.invoke_startup()
        return (await ds.client.get("/p")).text, (await ds.client.get("/p/closed_notes")).status_code

    page, closed = asyncio.run(run())
    assert isinstance(ds._metadata_local, SharedMetadata)
    assert "open_notes" in page and "closed_notes" not in page and closed == 403


def test_an_immutable_databases_schema_is_asked_once(tmp_path):
    """The home page's tables, columns and keys of a database served immutable: the same answers, kept after the first."""
    path = tmp_path / "i.db"
    conn = sqlite3.connect(path)
    conn.execute("create table notes (id integer primary key, body text)")
    conn.execute("create table links (id integer primary key, note_id integer references notes(id))")
    conn.commit()
    conn.close()
    plain = Datasette(immutables=[str(path)])
    kept = Datasette(immutables=[str(path)])

    async def run():
        await kept.invoke_startup()
        pages = []
        for ds in (plain, kept, kept):
            texts = [(await ds.client.get(p)).text for p in ("/.json", "/i.json", "/i/links.json?_extra=foreign_keys")]
            pages.append([re.sub(r'"query_ms": [0-9.e-]+', "", t) for t in texts])
        db = kept.databases["i"]
        columns = await db.table_columns("notes")
        columns.append("changed by a caller")
        return pages, await db.table_columns("notes")

    pages, columns = asyncio.run(run())
    assert pages[0] == pages[1] == pages[2]
    assert columns == ["id", "body"]
