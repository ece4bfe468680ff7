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


def test_documents_by_hits_matches_counting_one_by_one():
    """bincount over the ranges gives what counting each id's document one by one gives, in range order."""
    from collections import Counter

    rng = np.random.default_rng(14)
    first = np.cumsum(rng.integers(1, 6, size=300))
    document = rng.permutation(300) + 1000
    ranges = (first, document)
    for size in (1, 5, 80, 2000):
        ids = np.unique(rng.integers(int(first[0]), int(first[-1]) + 5, size=size))
        found = Counter(int(document[np.searchsorted(first, i, side="right") - 1]) for i in ids)
        order = [int(d) for d in document if int(d) in found]
        expected = [[d, found[d]] for d in order]
        assert json.loads(documents_by_hits(",".join(map(str, ids)), 10_000, ranges)) == expected
        top = json.loads(documents_by_hits(",".join(map(str, ids)), 3, ranges))
        kth = sorted(found.values(), reverse=True)[min(3, len(found)) - 1]
        assert top == [[d, h] for d, h in expected if h >= kth]


def test_documents_by_hits_drops_ids_before_the_first_range():
    assert json.loads(documents_by_hits("0,2", 10, RANGES)) == [[7, 1]]
    assert documents_by_hits("0", 10, RANGES) == "[]"


def _two_tables(tmp_path):
    path = tmp_path / "n.db"
    conn = sqlite3.connect(path)
    conn.execute("create table Notes (id integer primary key)")
    conn.execute("create table secrets (id integer primary key)")
    conn.execute("create view note_view as select * from Notes")
    conn.commit()
    conn.close()
    return path


def test_table_name_spellings_are_kept_for_an_immutable_database(tmp_path):
    """Datasette's "view-table" check spells the name as SQLite does; the kept answer is the same, for any case."""
    from extract.datasette_plugin import _NAME_LOOKUP_SQL

    path = _two_tables(tmp_path)
    plain, kept = Datasette(immutables=[str(path)]), Datasette(immutables=[str(path)])

    async def run():
        await kept.invoke_startup()
        answers = []
        for ds in (plain, kept, kept):
            db = ds.databases["n"]
            answers.append([(await db.execute(_NAME_LOOKUP_SQL, [name])).rows
                            for name in ("notes", "NOTES", "Notes", "note_view", "SECRETS", "nothing")])
        return [[[tuple(r) for r in rows] for rows in a] for a in answers]

    plain_answers, first, second = asyncio.run(run())
    assert plain_answers == first == second
    assert first[:3] == [[("Notes",)]] * 3 and first[5] == []


def test_metadata_answers_are_kept_and_handed_out_as_copies(tmp_path):
    """A table's allow blocks and a plugin's settings: the same answers as Datasette's own, a caller's change not kept."""
    path = _two_tables(tmp_path)
    meta = {"databases": {"n": {"tables": {"secrets": {"allow": {"id": "root"}}, "Notes": {"description": "笔记"}}}},
            "plugins": {"some-plugin": {"columns": ["body"]}}}
    plain, kept = Datasette(immutables=[str(path)], metadata=meta), Datasette(immutables=[str(path)], metadata=meta)

    async def run():
        await kept.invoke_startup()
        pages = [[(await ds.client.get(p)).status_code for p in ("/n", "/n/secrets", "/n/Notes", "/n/NOTES")]
                 for ds in (plain, kept, kept)]
        return pages, (await kept.client.get("/n")).text

    pages, page = asyncio.run(run())
    assert pages[0] == pages[1] == pages[2] == [200, 403, 200, 404]
    assert "secrets" not in page and "Notes" in page
    assert {"_table_permission_allows", "plugin_config"} <= set(vars(kept))  # kept answers in place
    for table in ("secrets", "SECRETS", "Notes", "notes", "nothing"):
        assert kept._table_permission_allows("n", table) == plain._table_permission_allows("n", table)
    config = kept.plugin_config("some-plugin", database="n", table="Notes")
    assert config == plain.plugin_config("some-plugin", database="n", table="Notes") == {"columns": ["body"]}
    config["columns"].append("changed by a caller")
    assert kept.plugin_config("some-plugin", database="n", table="Notes") == {"columns": ["body"]}
