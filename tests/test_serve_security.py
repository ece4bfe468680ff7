"""What `policykb serve` promises a reader who opens it: headers on every response, queries within limits, notice text shown as text.

Datasette runs in process with the settings `policykb serve` gives it
(read from :func:`extract.cli.datasette_args`, so the two cannot drift apart).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import shutil
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import lxml.html
import pytest
import yaml
from datasette.app import Datasette

from extract.build import build
from extract.cli import datasette_args
from extract.datasette_plugin.security import (
    HEAP_LIMIT_BYTES,
    MAX_RESULT_CHARS,
    MAX_VALUE_BYTES,
    SOFT_HEAP_LIMIT_BYTES,
    limit_connection,
    policy_for,
    security_config,
)
from extract.lexicons import schema_dir
from extract.readers import DEFAULT_MAX_CHARS
from extract.store import open_db
from extract.tokens import search_terms

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
# A notice whose title, recipients line and body carry markup.
MARKUP_NOTICE = f"""测试县教育局关于开展听课活动{IMG}的通知
各中小学{SCRIPT}：
现将有关事项通知如下。
一、活动安排
校长每学期至少听课20节{SCRIPT}，请各校组织{IMG}课堂观察。
测试县教育局
2024年3月1日
"""


def serve_settings() -> dict:
    """The ``--setting`` pairs of `policykb serve`, typed as Datasette's constructor wants them."""
    args = datasette_args(Path("policy.db"), "127.0.0.1", 8001)
    settings = {}
    for i, arg in enumerate(args):
        if arg == "--setting":
            name, value = args[i + 1], args[i + 2]
            settings[name] = int(value) if value.isdigit() else {"off": False, "on": True}.get(value, value)
    return settings


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(Datasette serving a build of the seeds plus the markup notice, immutable like `policykb serve`; that notice's id)."""
    from .conftest import SEEDS

    root = tmp_path_factory.mktemp("corpus")
    for f in SEEDS:
        shutil.copy2(f, root / f.name)
    (root / "zz_markup.txt").write_text(MARKUP_NOTICE, encoding="utf-8")
    path = tmp_path_factory.mktemp("db") / "policy.db"
    db = open_db(path)
    build(root, db)
    markup_id = db.execute("select id from documents where path = 'zz_markup.txt'").fetchone()[0]
    db.close()
    metadata = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    assert serve_settings()["sql_time_limit_ms"] == 3000
    return Datasette([], immutables=[str(path)], metadata=metadata, settings=serve_settings()), markup_id


@pytest.fixture(scope="module")
def ds(served):
    return served[0]


def get(ds, path):
    async def run():
        return await ds.client.get(path)

    return asyncio.run(run())


def metadata() -> dict:
    return yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))


SLOW = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"


def page_paths(markup_id: int) -> list[str]:
    """Every page type linked from the home page: database, tables, views, canned queries, search, rows, notice, errors."""
    tables = metadata()["databases"]["policy"]["tables"]
    params = {"province": "", "activity": "听课", "role": "", "from": "2023-01-01", "to": "2026-12-31", "title": "教研", "q": "听课"}
    queries = [f"/policy/{name}?{urlencode(params)}" for name in metadata()["databases"]["policy"]["queries"]]
    return [
        "/", "/policy", "/policy?_show_hidden=1",
        *(f"/policy/{t}" for t, meta in tables.items() if not meta.get("hidden")),
        *queries,
        "/policy/provisions?_search=" + quote("听课"),
        f"/policy/documents/{markup_id}", "/policy/quotas/1", "/policy/regions/150300",
        f"/policy/-/notice/{markup_id}",
        "/policy?" + urlencode({"sql": "select name, latitude, longitude from regions"}),  # the map on a query page
        "/policy/quotas?_facet=unit",
        "/-/metadata", "/nothing-here", "/policy/-/notice/999999",
        "/policy?" + urlencode({"sql": SLOW}),  # Datasette's time-limit error page
    ]


# --- headers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/policy/quotas", "text/html"),
        ("/policy/quotas.json", "application/json"),
        ("/policy/quotas.csv", "text/plain"),
        ("/policy/principal_observation.csv?province=", "text/plain"),
        ("/policy/quotas.csv?_bom=1&_stream=on", "text/plain"),
        ("/policy.json?sql=select+1", "application/json"),
        ("/-/static/app.css", "text/css"),
        ("/-/static-plugins/datasette-cluster-map/datasette-cluster-map.js", "text/javascript"),  # nosniff: a script must be served as one
        ("/nothing-here", "text/html"),
    ],
)
def test_every_response_carries_nosniff_and_the_policy(ds, path, kind):
    r = get(ds, path)
    assert r.headers["content-type"].startswith(kind), (path, r.headers["content-type"])
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-security-policy"] == policy_for(path)
    assert r.headers.get_list("content-security-policy") == [policy_for(path)]  # one policy, not two


def directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in policy.split("; ")}


def test_the_policy_runs_no_inline_code_but_lets_the_review_ui_post_and_fetch():
    policy = directives(policy_for("/policy/-/notice/1"))
    assert policy["default-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["form-action"] == ["'self'"] and policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "https://*.tile.openstreetmap.org" in policy["img-src"]
    dashboards = directives(policy_for("/-/dashboards/compare"))
    assert "'unsafe-eval'" in dashboards["script-src"]  # Vega compiles expressions with Function()
    assert {k: v for k, v in dashboards.items() if k != "script-src"} == {k: v for k, v in policy.items() if k != "script-src"}
    assert policy_for("/-/dashboardsx") == policy_for("/policy")  # a prefix is a path segment


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def test_every_inline_script_of_every_page_is_allowed_by_hash(served):
    """Datasette's and the plugins' inline scripts run; a change in their text shows here with the hash to put in schema/security.yml."""
    ds, markup_id = served
    seen: set[str] = set()
    for path in page_paths(markup_id):
        r = get(ds, path)
        assert r.status_code in (200, 400, 404), (path, r.status_code)
        allowed = directives(r.headers["content-security-policy"])["script-src"]
        for script in lxml.html.fromstring(r.text).xpath("//script[not(@src)]"):
            source = sha256_source(script.text or "")
            assert source in allowed, f"{path}: inline script {(script.text or '')[:60]!r} needs {source} in schema/security.yml"
            seen.add(source)
    listed = {s for s in security_config()["policy"]["script-src"] if s.startswith("'sha256-")}
    assert listed == seen, f"hashes no page uses any more: {listed - seen}"


# --- limits ----------------------------------------------------------------

HOSTILE = {
    "randomblob": "select length(randomblob(1e9))",
    "zeroblob": "select length(zeroblob(1e9))",
    "hex-replace": "select length(replace(hex(zeroblob(1e8)), '0', '00'))",
    "recursive-cte": "with recursive r(s) as (select 'x' union all select s || s from r where length(s) < 1e10) select max(length(s)) from r",
    "group-concat": "select length(group_concat(d.text)) from documents d, provisions p",
    "many-big-rows": "with recursive n(i) as (select 1 union all select i + 1 from n limit 1000) select zeroblob(3e7) from n",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_query_fails_fast_and_the_server_goes_on(ds, name):
    start = time.monotonic()
    r = get(ds, "/policy.json?" + urlencode({"sql": HOSTILE[name]}))
    elapsed = time.monotonic() - start
    assert r.status_code == 400, (name, r.status_code, r.text[:300])
    assert "too big" in r.json()["error"] or "larger than" in r.json()["error"], r.json()
    assert elapsed < 3, f"{name} took {elapsed:.1f} s"  # sql_time_limit_ms of policykb serve
    html = get(ds, "/policy?" + urlencode({"sql": HOSTILE[name]}))
    assert html.status_code == 400 and ("too big" in html.text or "larger than" in html.text)
    after = get(ds, "/policy.json?_shape=array&" + urlencode({"sql": "select count(*) as n from documents"}))
    assert after.status_code == 200 and after.json()[0]["n"] >= 6


def test_a_row_past_sqlites_heap_limit_is_an_error_page_not_a_crash(ds):
    # Each value stays under MAX_VALUE_BYTES, but SQLite holds a whole row at once.
    values = HEAP_LIMIT_BYTES // (30 * 10**6) + 2
    sql = "select " + ", ".join(["randomblob(3e7)"] * values)
    for path in ("/policy.json?", "/policy?"):
        r = get(ds, path + urlencode({"sql": sql}))
        assert r.status_code == 400, r.text[:300]
        assert "more memory than this server gives SQLite" in r.text
    assert get(ds, "/policy/quotas.json?_size=1").status_code == 200


def test_real_pages_fit_the_limits(ds):
    """The heaviest pages of the seeds work: every document with its text, the CSV exports, a canned query's JSON."""
    docs = get(ds, "/policy/documents.json?_shape=array&_size=max").json()
    assert len(docs) >= 6 and all(d["text"] for d in docs)
    assert get(ds, "/policy/provisions.csv?_stream=on&_size=max").status_code == 200
    assert get(ds, "/policy/search_documents.json?q=" + quote("听课")).status_code == 200
    fts = get(ds, "/policy.json?" + urlencode({"sql": "select * from documents_fts"})).json()
    assert "error" not in fts or not fts["error"], fts


def test_the_longest_document_a_reader_admits_is_readable_within_the_limits(tmp_path):
    """A notice of DEFAULT_MAX_CHARS characters and its segmented copy for full-text search come back whole."""
    from .conftest import SEEDS

    seed = SEEDS[0].read_text(encoding="utf-8")
    text = (seed * (DEFAULT_MAX_CHARS // len(seed) + 1))[:DEFAULT_MAX_CHARS]
    segmented = search_terms(text)
    assert len(segmented.encode("utf-8")) * 3 <= MAX_VALUE_BYTES  # 3× room (see security.py)
    conn = sqlite3.connect(tmp_path / "big.db")
    conn.execute("create table documents (text, fts)")
    conn.execute("insert into documents values (?, ?)", [text, segmented])
    conn.commit()
    limit_connection(conn)
    assert conn.execute("select text, fts from documents").fetchone() == (text, segmented)
    with pytest.raises(sqlite3.DataError):
        conn.execute("select text || fts || fts || fts || fts from documents").fetchone()


def test_sqlite_grows_freely_only_up_to_the_soft_limit(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    limit_connection(conn)
    assert conn.execute("pragma hard_heap_limit").fetchone()[0] == HEAP_LIMIT_BYTES
    assert conn.execute("pragma soft_heap_limit").fetchone()[0] == SOFT_HEAP_LIMIT_BYTES < HEAP_LIMIT_BYTES
    assert conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == MAX_VALUE_BYTES


def test_the_result_budget_counts_per_statement(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.row_factory = sqlite3.Row
    limit_connection(conn)
    rows = conn.execute("with recursive n(i) as (select 1 union all select i + 1 from n limit 3) select i, zeroblob(?) as b from n",
                        [MAX_RESULT_CHARS // 4]).fetchall()
    assert [r["i"] for r in rows] == [1, 2, 3]  # rows are still sqlite3.Row
    again = conn.execute("select zeroblob(?)", [MAX_RESULT_CHARS // 2]).fetchall()  # a new statement starts from 0
    assert len(again[0][0]) == MAX_RESULT_CHARS // 2
    with pytest.raises(sqlite3.OperationalError, match="fewer rows or columns"):
        conn.execute("with recursive n(i) as (select 1 union all select i + 1 from n limit 5) select zeroblob(?) from n",
                     [MAX_RESULT_CHARS // 4]).fetchall()


# --- notice text is text ------------------------------------------------------


def assert_shown_as_text(html: str, where: str) -> None:
    assert SCRIPT not in html and IMG not in html, where
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//img[@onerror]"), where
    assert not [s for s in tree.xpath("//script") if "alert(" in (s.text or "")], where
    text = tree.text_content()
    assert SCRIPT in text or IMG in text, f"{where}: the markup should be visible as text"


def test_markup_in_a_notice_shows_as_text_everywhere(served):
    ds, markup_id = served
    provision = get(ds, f"/policy/provisions.json?_shape=array&document_id={markup_id}&text__contains=" + quote(IMG)).json()[0]["id"]
    pages = {
        "documents table": "/policy/documents",
        "provisions table": f"/policy/provisions?document_id={markup_id}",
        "quotas table": f"/policy/quotas?document_id={markup_id}",
        "row page": f"/policy/documents/{markup_id}",
        "provision row page": f"/policy/provisions/{provision}",
        "filtered search": f"/policy/provisions?document_id={markup_id}&_search=" + quote("听课"),
        "notice page": f"/policy/-/notice/{markup_id}",
        "search page": "/policy/provisions?_search=" + quote("课堂观察"),
        "search query": "/policy/search_documents?q=" + quote("课堂观察"),
        "view": f"/policy/quota_comparison?document_id={markup_id}",
    }
    for where, path in pages.items():
        r = get(ds, path)
        assert r.status_code == 200, (where, r.status_code)
        assert_shown_as_text(r.text, where)
    notice = lxml.html.fromstring(get(ds, pages["notice page"]).text).text_content()
    assert IMG in notice and SCRIPT in notice  # title and body, as written
