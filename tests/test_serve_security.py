"""What `policykb serve` promises a reader who opens it: headers on every response, queries within limits, notice text shown as text.

Datasette runs in process with the settings `policykb serve` gives it
(read from :func:`extract.cli.datasette_args`, so the two cannot drift apart).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import shutil
from pathlib import Path
from urllib.parse import quote, urlencode

import lxml.html
import pytest
import yaml
from datasette.app import Datasette

from extract.build import build
from extract.cli import datasette_args
from extract.datasette_plugin.security import policy_for, security_config
from extract.lexicons import schema_dir
from extract.store import open_db

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
