"""Datasette with our metadata and plugin, in process: search, canned queries, CSV for Excel, escaping."""

from __future__ import annotations

import asyncio
import shutil
from urllib.parse import quote

import pytest
import yaml
from datasette.app import Datasette

from extract.build import build
from extract.datasette_plugin import fts_match, rewrite_query, segment_query
from extract.lexicons import schema_dir
from extract.store import open_db


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    from .conftest import SEEDS

    root = tmp_path_factory.mktemp("corpus")
    for f in SEEDS:
        shutil.copy2(f, root / f.name)
    (root / "xss.txt").write_text(
        "某县教育局关于<script>alert(1)</script>的通知\n各学校:\n教师要认真备课<b>加粗</b>。\n某县教育局\n2024年3月1日\n",
        encoding="utf-8",
    )
    path = tmp_path_factory.mktemp("db") / "policy.db"
    db = open_db(path)
    build(root, db)
    db.close()
    metadata = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette([str(path)], immutables=[], metadata=metadata, settings={"suggest_facets": False})


@pytest.fixture(scope="module")
def ds_path(ds):
    return ds.get_database("policy").path


def get(ds, path):
    async def run():
        return await ds.client.get(path)

    return asyncio.run(run())


@pytest.mark.parametrize(
    "query, expected",
    [("听课", "听课"), ("校长听课", "校长 听课"), ("教研员培训", "教研员 培训"), ('"原样"', '"原样"'), ("听课 OR 评课", "听课 OR 评课")],
)
def test_segment_query(query, expected):
    assert segment_query(query) == expected


def test_fts_match_quotes_every_word():
    assert fts_match("校长听课") == '"校长" "听课"'
    assert fts_match("") == '""'


def test_search_box_finds_two_character_words(ds):
    r = get(ds, "/policy/provisions.json?_shape=array&_search=" + quote("听课"))
    assert r.status_code == 200
    rows = r.json()
    assert rows and all("听课" in row["text"] for row in rows)
    assert any("校长每学期至少听课30节" in row["text"] for row in rows)


def test_search_box_with_an_unsegmented_phrase(ds):
    rows = get(ds, "/policy/provisions.json?_shape=array&_search=" + quote("校长听课")).json()
    assert rows and all("校长" in r["text"] and "听课" in r["text"] for r in rows)


def test_principal_query_has_the_daxinganling_row(ds):
    rows = get(ds, "/policy/principal_observation.json?_shape=array&province=").json()
    row = next(r for r in rows if r["region"] == "大兴安岭地区" and r["actor"] == "校长")
    assert (row["value"], row["unit"], row["period"], row["per_year"]) == (30, "节", "semester", 60)


def test_search_query_ranks_documents(ds):
    rows = get(ds, "/policy/search_documents.json?_shape=array&q=" + quote("听课")).json()
    assert rows and rows[0]["hits"] >= rows[-1]["hits"]
    assert "听课" in rows[0]["provisions"]


def test_every_canned_query_runs(ds):
    params = {"province": "", "activity": "听课", "role": "", "from": "2023-01-01", "to": "2026-12-31", "title": "教研", "q": "培训"}
    queries = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["databases"]["policy"]["queries"]
    for name, spec in queries.items():
        assert spec.get("title") and spec.get("description"), name
        assert not spec.get("write"), name  # no writable canned queries
        qs = "&".join(f"{k}={quote(v)}" for k, v in params.items())
        r = get(ds, f"/policy/{name}.json?_shape=array&{qs}")
        assert r.status_code == 200, (name, r.text[:300])


def test_excel_csv_has_a_bom(ds):
    r = get(ds, "/policy/quotas.excelcsv")
    assert r.status_code == 302
    location = r.headers["location"]
    assert ".csv?" in location and "_bom=1" in location
    csv = get(ds, location)
    assert csv.content.startswith("\ufeff".encode("utf-8"))
    assert "听课" in csv.content.decode("utf-8-sig")
    plain = get(ds, "/policy/quotas.csv")
    assert not plain.content.startswith(b"\xef\xbb\xbf")  # Datasette's own CSV unchanged


def test_notice_text_is_escaped(ds):
    rows = get(ds, "/policy/documents.json?_shape=array&path=xss.txt").json()
    doc_id = rows[0]["id"]
    for path in (f"/policy/-/notice/{doc_id}", f"/policy/documents/{doc_id}", "/policy/provisions?_search=" + quote("备课")):
        html = get(ds, path).text
        assert "<script>alert(1)</script>" not in html, path
        assert "<b>加粗</b>" not in html, path


def test_documents_table_links_each_title_to_its_notice_page(ds):
    """A researcher reads a notice from the documents table: its title opens the notice page."""
    rows = get(ds, "/policy/documents.json?_shape=array&_col=title").json()
    html = get(ds, "/policy/documents?_search=" + quote("听课")).text
    hits = get(ds, "/policy/documents.json?_shape=array&_col=title&_search=" + quote("听课")).json()
    assert hits
    for row in hits:
        assert f'<a href="/policy/-/notice/{row["id"]}">{row["title"]}</a>' in html
    assert "td.col-title { min-width" in html  # Chinese titles are not squeezed to a few characters a line
    pipeline = html.split('<td class="col-pipeline', 1)[1].split("</td>", 1)[0]
    assert "&#34;text&#34;:" in pipeline and "&#34;, &#34;" in pipeline  # the fingerprints wrap
    xss = next(r for r in rows if "alert" in (r["title"] or ""))
    page = get(ds, f"/policy/documents/{xss['id']}").text
    assert f'href="/policy/-/notice/{xss["id"]}"' in page and "<script>alert(1)</script>" not in page


def test_notice_page_reads_like_the_notice(ds):
    rows = get(ds, "/policy/documents.json?_shape=array&path=004_39fd71eae852dec9.txt").json()
    html = get(ds, f"/policy/-/notice/{rows[0]['id']}").text
    assert "乌海市教育局关于印发" in html
    assert html.index("一、总体要求") < html.index("(一)坚持正确方向")
    assert "/policy/quotas/" in html  # extractions link to their rows


@pytest.mark.parametrize(
    "pairs, facets, expected",
    [
        ([("_search", "校长听课")], set(), [("_search", "校长 听课")]),
        ([("_facet", "period"), ("_facet", "unit")], {"period", "actor_role"}, [("_facet", "unit")]),
        ([("_facet", "period"), ("period", "semester")], {"period"}, [("period", "semester")]),
        ([("_facet", "period")], set(), [("_facet", "period")]),
    ],
)
def test_rewrite_query(pairs, facets, expected):
    assert rewrite_query(pairs, facets) == expected


def test_a_metadata_facet_asked_for_again_is_computed_once(ds):
    data = get(ds, "/policy/quotas.json?_facet=period&_facet=unit").json()
    assert set(data["facet_results"]) == {"actor_role", "activity_key", "period", "unit"}


def test_quotas_can_be_faceted_by_every_column_researchers_compare(ds):
    data = get(ds, "/policy/quotas.json?_facet=comparator&_facet=unit").json()
    assert {"actor_role", "activity_key", "period", "comparator", "unit"} <= set(data["facet_results"])
    assert get(ds, "/policy/quota_comparison.json?_facet=province").json()["facet_results"]["province"]["results"]


def _plan(conn, sql: str, params=()) -> str:
    return "\n".join(r[3] for r in conn.execute("explain query plan " + sql, params))


def test_principal_query_reads_the_summary_by_its_keys(ds_path):
    import sqlite3

    queries = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["databases"]["policy"]["queries"]
    # start (a wrapper's own quotas, document_groups) and the review columns are in the index too.
    for name, params in (("principal_observation", {"province": ""}), ("activity_by_role", {"activity": "听课", "role": "校长"})):
        for include_reposts in ("", "1"):
            for reviewed_only in ("", "1"):
                plan = _plan(sqlite3.connect(ds_path), queries[name]["sql"],
                             {**params, "include_reposts": include_reposts, "reviewed_only": reviewed_only})
                # The rows joined by the build (summary_quotas), found by their keys: nothing scanned, nothing joined.
                assert "idx_summary_quotas_keys" in plan and "SCAN" not in plan, (name, plan)


def test_links_from_other_tables_are_counted_with_indexes(ds_path):
    """A document's row page counts the rows pointing at it in every table: none may scan."""
    import sqlite3

    conn = sqlite3.connect(ds_path)
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
    for table in tables:
        for fk in conn.execute(f'pragma foreign_key_list("{table}")').fetchall():
            plan = _plan(conn, f'select count(*) from "{table}" where "{fk[3]}" = ?', [1])
            assert "SCAN" not in plan, (table, fk[3], plan)


def test_default_facets_of_tables_read_indexes(ds_path):
    """Each facet is a GROUP BY over the whole table: on 100,000 notices a table scan times out."""
    import sqlite3

    conn = sqlite3.connect(ds_path)
    tables = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["databases"]["policy"]["tables"]
    base = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    facets = {(t, c) for t, meta in tables.items() if t in base for c in meta.get("facets", [])}
    facets |= {("quotas", "comparator"), ("quotas", "unit")}  # one click away
    assert ("documents", "year") in facets and ("quotas", "period") in facets
    for table, column in sorted(facets):
        if table in {"regions", "bodies"}:
            continue  # a few hundred rows
        plan = _plan(conn, f'select {column}, count(*) from (select * from "{table}") where {column} is not null group by {column}')
        assert "COVERING INDEX" in plan, (table, column, plan)


@pytest.mark.parametrize("query", ["听课", "校长听课", "备课"])
def test_search_page_counts_matches_with_fts(ds, query):
    """The HTML page takes the count from FTS5; it must equal Datasette's own count (JSON keeps that one)."""
    exact = get(ds, "/policy/provisions.json?_search=" + quote(query)).json()["filtered_table_rows_count"]
    assert exact
    html = get(ds, "/policy/provisions?_search=" + quote(query)).text
    assert f"{exact:,} row" in html
    assert "_nocount" not in get(ds, "/policy/provisions.json?_search=" + quote(query)).url.query.decode()


def test_a_filtered_search_keeps_datasettes_count(ds):
    rows = get(ds, "/policy/provisions.json?_shape=array&_size=max&_search=" + quote("听课")).json()
    doc = rows[0]["document_id"]
    expected = sum(r["document_id"] == doc for r in rows)
    html = get(ds, f"/policy/provisions?document_id={doc}&_search=" + quote("听课")).text
    assert f"{expected:,} row" in html


def test_facet_counts_of_an_immutable_database_are_kept(ds, ds_path):
    metadata = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    frozen = Datasette([], immutables=[str(ds_path)], metadata=metadata, settings={"suggest_facets": False})
    path = "/policy/quotas.json?_facet=unit&_facet_size=5"
    first = get(frozen, path).json()["facet_results"]
    assert len(frozen.policykb_facet_cache) == 4  # actor_role, activity_key, period, unit
    assert get(frozen, path).json()["facet_results"] == first == get(ds, path).json()["facet_results"]
    assert len(frozen.policykb_facet_cache) == 4
    get(frozen, path + "&period=semester")  # other rows, other counts
    assert len(frozen.policykb_facet_cache) == 8
    assert not getattr(ds, "policykb_facet_cache", {})  # a mutable database is never cached


def test_csv_rows_are_sent_in_chunks():
    from extract.datasette_plugin import CSV_CHUNK, _coalesce_csv

    rows = [f"{i},听课{i}\r\n".encode("utf-8") for i in range(20000)]

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for row in rows:
            await send({"type": "http.response.body", "body": row, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    sent = []

    async def send(message):
        sent.append(message)

    asyncio.run(_coalesce_csv(app)({"type": "http", "path": "/policy/quotas.csv"}, None, send))
    bodies = [m for m in sent if m["type"] == "http.response.body"]
    assert b"".join(m["body"] for m in bodies) == b"".join(rows)
    assert 1 < len(bodies) <= len(b"".join(rows)) // CSV_CHUNK + 2  # still streamed, no longer one per row
    assert [m["more_body"] for m in bodies] == [True] * (len(bodies) - 1) + [False]


def test_csv_export_is_unchanged(ds):
    csv = get(ds, "/policy/quotas.csv?_size=max").content.decode("utf-8")
    rows = get(ds, "/policy/quotas.json?_shape=array&_size=max").json()
    assert csv.count("\r\n") >= len(rows) + 1 and csv.startswith("id,document_id,")
    streamed = get(ds, "/policy/quotas.csv?_stream=on").content.decode("utf-8")
    assert streamed.splitlines()[: len(rows) + 1] == csv.splitlines()[: len(rows) + 1]


def test_stopping_policykb_serve_stops_the_server(ds_path):
    """`policykb serve` becomes Datasette: a SIGTERM to it must not leave a server on the port."""
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "serve", "--no-build", "--db", str(ds_path),
                             "--port", str(port)], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/-/versions.json"
    try:
        for _ in range(150):
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise AssertionError("policykb serve did not answer")
    finally:
        proc.terminate()
        proc.wait(15)
    with pytest.raises(httpx.HTTPError):
        httpx.get(url, timeout=2)


def test_documents_page_sort_reads_an_index(ds_path):
    import sqlite3

    plan = _plan(sqlite3.connect(ds_path), "select * from documents order by date desc, id limit 51")
    assert "idx_documents_date" in plan and "TEMP B-TREE" not in plan, plan


def test_default_facets_of_views_read_indexes_only(ds_path):
    """A view page runs its default facets: each scans a narrow index (of a summary table, schema/summaries.sql), never the rows."""
    import sqlite3

    conn = sqlite3.connect(ds_path)
    tables = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["databases"]["policy"]["tables"]
    views = {r[0] for r in conn.execute("select name from sqlite_master where type = 'view'")}
    facets = [(v, c) for v, meta in tables.items() if v in views for c in meta.get("facets", [])]
    assert ("quota_comparison", "activity_key") in facets and ("body_duties", "role") in facets
    for view, column in facets:
        sql = (f"select {column} as value, count(*) as count from (select * from [{view}]) "
               f"where {column} is not null group by {column} order by count desc, value limit 31")
        plan = _plan(conn, sql)
        scans = [line for line in plan.splitlines() if line.startswith("SCAN")]  # lookups by key (SEARCH) are fine
        assert "COVERING INDEX" in plan and all("COVERING INDEX" in line for line in scans), (view, column, plan)
        assert "provisions" not in plan, (view, column, plan)  # the sentence a row came from is shown, never counted


_SEARCH_SQL = ("select id, title, date from documents where id in (select rowid from documents_fts where documents_fts "
               "match escape_fts(:search)) order by date desc limit 51")


@pytest.mark.parametrize(
    "sql, indexed, walked",
    [
        (_SEARCH_SQL, {"date"}, True),
        (_SEARCH_SQL.replace("desc limit", "desc, id limit"), {"date"}, True),  # the next page adds the key
        (_SEARCH_SQL.replace("id in (select", "year = :p0 and id in (select"), {"date"}, True),
        (_SEARCH_SQL.replace("date desc", "chars"), {"date"}, False),  # no index to walk: keep looking up the matches
        (_SEARCH_SQL.replace("date desc", "id"), {"id", "date"}, False),  # the matches come in key order already
        ("select id, title from documents where id in (select 1) order by date desc limit 51", {"date"}, False),
    ],
)
def test_walk_sort_index(sql, indexed, walked):
    from extract.datasette_plugin import walk_sort_index

    out = walk_sort_index(sql, indexed)
    assert out == (sql.replace(" id in (select rowid", " +id in (select rowid") if walked else sql)


def test_documents_search_walks_the_date_index(ds, ds_path):
    """The search page's rows: walked in date order from the index, never all matches sorted; the same rows as before."""
    import sqlite3

    from extract.datasette_plugin import walk_sort_index

    conn = sqlite3.connect(ds_path)
    conn.create_function("escape_fts", 1, lambda q: " ".join(f'"{w}"' for w in q.split()))
    walked = walk_sort_index(_SEARCH_SQL, {"date"})
    plan = _plan(conn, walked, {"search": "听课"})
    assert "idx_documents_date" in plan and "TEMP B-TREE" not in plan, plan
    assert conn.execute(walked, {"search": "听课"}).fetchall() == conn.execute(_SEARCH_SQL, {"search": "听课"}).fetchall()
    rows = get(ds, "/policy/documents.json?_shape=array&_search=" + quote("听课")).json()
    assert rows and [r["date"] or "" for r in rows] == sorted((r["date"] or "" for r in rows), reverse=True)


def test_search_documents_counts_each_documents_matching_sentences(ds, ds_path):
    """Mapped through the documents' ranges of provision ids (summary_provision_ranges), the same counts and sentences as a plain join."""
    import json
    import sqlite3

    from extract.datasette_plugin import fts_match

    conn = sqlite3.connect(ds_path)
    ranges = conn.execute("select document_id, min(id), max(id), count(*) from provisions group by document_id").fetchall()
    assert all(last - first + 1 == n for _doc, first, last, n in ranges)  # consecutive ids: what the ranges rely on
    for query in ("听课", "校长听课", "培训"):
        expected = {}
        for doc, pid in conn.execute("select p.document_id, p.id from provisions_fts f join provisions p on p.id = f.rowid "
                                     "where provisions_fts match ?", [fts_match(query)]):
            expected.setdefault(doc, []).append(pid)
        rows = get(ds, "/policy/search_documents.json?_shape=array&limit=1000&q=" + quote(query)).json()
        assert rows and {r["document_id"]: r["hits"] for r in rows} == {d: len(p) for d, p in expected.items()}, query
        assert all(sorted(p["provision_id"] for p in json.loads(r["provisions"])) == expected[r["document_id"]] for r in rows)


def test_search_facets_read_the_counted_columns_index(ds_path):
    """A search page's facet on an indexed column reads that index and tests each entry; the same counts."""
    import sqlite3

    from extract.datasette_plugin import walk_sort_index

    conn = sqlite3.connect(ds_path)
    conn.create_function("escape_fts", 1, lambda q: " ".join(f'"{w}"' for w in q.split()))
    for column, indexed in (("format", True), ("year", True), ("issuer", False)):
        sql = (f"\n                select {column} as value, count(*) as count from (\n                    "
               f"{_SEARCH_SQL.split(' order by')[0].replace('date from', 'date, format, year, issuer from')} \n                )\n                where {column} is not null\n"
               f"                group by {column} order by count desc, value limit 31\n            ")
        walked = walk_sort_index(sql, {"format", "year", "date"})
        assert (walked != sql) == indexed, column
        if indexed:
            plan = _plan(conn, walked, {"search": "听课"})
            assert f"COVERING INDEX idx_documents_{column}" in plan, plan
        assert conn.execute(walked, {"search": "听课"}).fetchall() == conn.execute(sql, {"search": "听课"}).fetchall()


def test_home_page_links_lead_somewhere(ds):
    """A researcher's first page: the data source and the starting points all open, none leaves the server."""
    import re

    html = get(ds, "/").text
    links = set(re.findall(r'<a href="([^"]+)"', html))
    assert {"/policy/documents", "/-/dashboards/compare", "/policy#queries", "/policy/quota_comparison"} <= links
    for href in sorted(h for h in links if h.startswith("/")):
        assert get(ds, href.split("#")[0]).status_code == 200, href
    assert not any("pypi.org" in h for h in links), links


def _quota(**fields):
    row = {"actor": None, "activity_key": None, "comparator": ">=", "value": 1.0, "value_max": None, "unit": "次",
           "period": "semester"}
    return {**row, **fields}


@pytest.mark.parametrize(
    "table, row, expected",
    [
        ("quotas", _quota(actor="校长", activity_key="听课", value=30.0, unit="节"), "校长 · 听课 ≥ 30节 per semester"),
        ("quotas", _quota(actor="教学点", activity_key="听课", comparator="range", value=15.0, value_max=20.0, unit="节"),
         "教学点 · 听课 15–20节 per semester"),
        ("quotas", _quota(comparator="<=", value=3.0, unit="个工作日", period="total"), "— · — ≤ 3个工作日"),
        ("quotas", _quota(activity_key="覆盖率", value=33.33, unit="%", period="school_year"), "— · 覆盖率 ≥ 33.33% per school year"),
        ("deadlines", {"kind": "relative", "start_date": None, "end_date": "2024-01-10"}, "relative, by 2024-01-10"),
        ("deadlines", {"kind": "absolute", "start_date": "2023-09-01", "end_date": None}, "absolute, from 2023-09-01"),
        ("deadlines", {"kind": "range", "start_date": "2024-03-01", "end_date": "2024-06-30"}, "range 2024-03-01 – 2024-06-30"),
        ("deadlines", {"kind": "absolute", "start_date": "2024-03-01", "end_date": "2024-03-01"}, "absolute 2024-03-01"),
        ("deadlines", {"kind": "recurring", "start_date": None, "end_date": None}, "recurring (no date)"),
    ],
)
def test_notice_page_summaries_read_as_the_notice_says(table, row, expected):
    """Beside each extraction a researcher reads ≥ 30节 per semester, not >= 30.0节 / semester, and no '? – ?'."""
    from extract.datasette_plugin import _summary

    assert _summary(table, row) == expected


def test_documents_region_facet_names_the_region(ds):
    """A researcher picks 乌海市, not 150300: the default facet is on region_key, a key into regions."""
    data = get(ds, "/policy/documents.json?_size=0").json()
    results = data["facet_results"]["region_key"]["results"]
    assert results and "region_adcode" not in data["facet_results"]
    names = {r["name"] for r in get(ds, "/policy/regions.json?_shape=array&_size=max").json()}
    assert all(r["label"] in names and not r["label"].isdigit() for r in results), results
    searched = get(ds, "/policy/documents.json?_size=0&_search=" + quote("听课")).json()["facet_results"]
    assert searched["region_key"]["results"]


def test_documents_page_leads_with_what_a_researcher_reads_and_keeps_every_column(ds):
    import re

    html = get(ds, "/policy/documents").text
    header = re.findall(r'<th [^>]*data-column="([^"]+)"', html)
    columns = [c for c in get(ds, "/policy/documents.json?_size=1").json()["columns"]]
    assert sorted(header) == sorted(columns)
    assert header[:6] == ["id", "title", "issuer", "date", "region_key", "doc_number"]
    row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", html, re.DOTALL).group(1)
    assert re.findall(r'<td class="col-([\w-]+) ', row) == header  # each cell under its own header
    nocol = get(ds, "/policy/documents?_nocol=title&_nocol=text").text
    assert 'data-column="title"' not in nocol and 'data-column="issuer"' in nocol


def test_column_descriptions_are_one_click_away(ds):
    """The quotas page opens on its rows: the descriptions sit in a closed <details>, none lost."""
    html = get(ds, "/policy/quotas").text
    box = html.split('<details class="column-descriptions-box">', 1)[1].split("</details>", 1)[0]
    meta = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    for column in meta["databases"]["policy"]["tables"]["quotas"]["columns"]:
        assert f"<dt>{column}</dt>" in box


def test_canned_query_flags_are_labelled_checkboxes(ds):
    html = get(ds, "/policy/principal_observation").text
    for flag in ("include_reposts", "reviewed_only"):
        assert f'<input type="checkbox" id="qp' in html and f'name="{flag}" value="1">' in html
    assert "canonical copy</label>" in html
    ticked = get(ds, "/policy/principal_observation?province=&include_reposts=1").text
    assert 'name="include_reposts" value="1" checked>' in ticked and 'name="reviewed_only" value="1">' in ticked
    # Unticked sends nothing: the query runs as with an empty box.
    assert get(ds, "/policy/principal_observation.json?province=").json()["rows"] == \
        get(ds, "/policy/principal_observation.json?province=&include_reposts=&reviewed_only=").json()["rows"]


def test_the_latency_bench_measures_every_page_linked_from_home_and_dashboard(ds, ds_path):
    """Issue 14's done-when: bench/serve_latency.py covers every page the home page, database page and dashboard link to."""
    import re
    import sqlite3
    from urllib.parse import unquote, urlsplit

    from bench.serve_latency import every_page

    class Client:  # every_page's httpx client, answered by Datasette in process
        def get(self, url):
            return get(ds, url)

    conn = sqlite3.connect(ds_path)
    doc_id = conn.execute("select max(id) from documents").fetchone()[0]
    conn.close()
    measured = {unquote(u) for u in every_page(Client(), "", doc_id).values()}
    linked = set()
    for page in ("/", "/policy", "/-/dashboards/compare"):
        for href in re.findall(r'href="([^"#]*)', get(ds, page).text):
            url = urlsplit(href.replace("&amp;", "&"))
            if url.netloc or not url.path.startswith("/") or url.path.startswith(("/-/static", "/policy.db")) \
                    or url.path.endswith(".json"):
                continue  # other sites, static files, the database download, JSON twins of the pages
            linked.add(unquote(url.path + (f"?{url.query}" if url.query else "")))
    # a canned query is measured with its parameters filled in (search_documents?q=听课): the same page
    measured |= {urlsplit(u).path for u in measured}
    assert linked and linked <= measured, sorted(linked - measured)
