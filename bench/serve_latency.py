"""Datasette latency on a large database: p50/p95/first request of every page a researcher opens.

Every page linked from the home page and the database page (each table, view
and canned query with its default parameters, with their default facets),
the dashboard and the JSON each of its charts fetches, a search on provisions
and on documents, a document's row page and notice page, and a 1,000-row CSV;
a closing table says which miss the targets (p95 < 100 ms, first < 1 s, no
facet timed out).

The database (kept under bench/out/serve, reused while its size matches) is
made the fast way: a few hundred synthetic notices go through the full
pipeline, then their rows (documents, sections, provisions, quotas,
obligations, deadlines, body mentions, references, FTS) are copied with
shifted ids and new paths until there are ``--docs`` documents, in bulk
INSERT … SELECT statements, with the FTS tables filled last.

With ``--against DIR`` (another checkout of policykb, e.g. main's worktree)
a second server runs that checkout's code on a copy of the same database, at
the same time, and each page's requests alternate between the two (first
requests too), so the load other programs put on the machine falls on both
alike; the closing table shows both sides.

Example:
    .venv/bin/python bench/serve_latency.py --docs 100000 --requests 30
    .venv/bin/python bench/serve_latency.py --docs 100000 --requests 20 --against ../main
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from urllib.parse import unquote
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


# table → columns shifted by the copy's offsets (id columns) or renamed (path)
OFFSETS = {
    "documents": {"id": "documents"},
    "sections": {"id": "sections", "document_id": "documents"},
    "provisions": {"id": "provisions", "document_id": "documents", "section_id": "sections"},
    "quotas": {"id": "quotas", "document_id": "documents", "provision_id": "provisions"},
    "obligations": {"id": "obligations", "document_id": "documents", "provision_id": "provisions"},
    "deadlines": {"id": "deadlines", "document_id": "documents", "provision_id": "provisions"},
    "body_mentions": {"id": "body_mentions", "document_id": "documents", "provision_id": "provisions"},
    "references": {"id": "references", "document_id": "documents", "provision_id": "provisions",
                   "cited_document_id": "documents"},
}


def template_db(out: Path, docs: int, chars: int) -> Path:
    """A fully extracted database of ``docs`` synthetic notices."""
    db = out / f"template-{docs}.db"
    if db.exists():
        return db
    corpus = out / f"template-{docs}"
    import shutil

    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    from bench.synth import Synth

    synth = Synth(5)
    for i in range(docs):
        (corpus / f"t_{i:05d}.txt").write_text(synth.notice(i, chars), encoding="utf-8")
    tmp = db.with_suffix(".tmp")
    subprocess.run([sys.executable, "-m", "extract.cli", "build", str(corpus), "--db", str(tmp), "--quiet", "--workers", "2"],
                   cwd=ROOT, check=True, capture_output=True)
    tmp.rename(db)
    return db


def big_db(out: Path, docs: int, template: Path) -> Path:
    """``docs`` documents made by copying the template's rows with shifted ids."""
    db = out / f"docs-{docs}" / "policy.db"  # Datasette names the database after the file: /policy/…
    db.parent.mkdir(parents=True, exist_ok=True)
    from extract.store import ensure_db_shape, open_db

    if db.exists():
        # indexes and views added since it was made (idempotent; a new index is built once)
        import sqlite_utils

        reused = sqlite_utils.Database(db)
        ensure_db_shape(reused)
        reused.close()
        return db

    tmp = db.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    open_db(tmp).close()  # schema, views, indexes
    conn = sqlite3.connect(tmp)
    conn.execute("pragma journal_mode=off")
    conn.execute("pragma synchronous=off")
    conn.execute("attach ? as t", [str(template)])
    span = {name: (conn.execute(f'select max(id) from t."{name}"').fetchone()[0] or 0) for name in OFFSETS}
    n_template = conn.execute("select count(*) from t.documents").fetchone()[0]
    copies = -(-docs // n_template)
    # The FTS tables are contentless: segment the template's text once, as store.py does.
    from extract.tokens import distinct_words, search_terms

    conn.execute("create temp table pterms (rowid integer primary key, text text)")
    conn.execute("create temp table dterms (rowid integer primary key, title text, text text)")
    for doc_id, title in conn.execute("select id, title from t.documents").fetchall():
        prov = conn.execute("select id, text from t.provisions where document_id = ? order by id", [doc_id]).fetchall()
        terms = [search_terms(text) for _, text in prov]
        conn.executemany("insert into temp.pterms values (?, ?)", [(pid, t) for (pid, _), t in zip(prov, terms)])
        conn.execute("insert into temp.dterms values (?, ?, ?)", [doc_id, search_terms(title or ""), distinct_words(terms)])
    conn.execute("insert into regions select * from t.regions")
    conn.execute("insert into bodies select * from t.bodies")
    with conn:
        for k in range(copies):
            for table, shifted in OFFSETS.items():
                cols = [r[1] for r in conn.execute(f'pragma t.table_info("{table}")')]
                exprs = []
                for c in cols:
                    if c in shifted:
                        exprs.append(f'"{c}" + {k * span[shifted[c]]}')
                    elif table == "documents" and c == "path":
                        exprs.append(f"'c{k:04d}/' || path")
                    else:
                        exprs.append(f'"{c}"')
                # the last copy may be partial: its extra children are dropped below
                partial = table == "documents" and (k + 1) * n_template > docs
                where = f" where id <= {docs - k * n_template}" if partial else ""
                names = ", ".join('"' + c + '"' for c in cols)
                conn.execute(f'insert into main."{table}" ({names}) '
                             f'select {", ".join(exprs)} from t."{table}"{where}')
            # FTS rows for this copy: the template's segmented text, rowids shifted
            conn.execute(f"insert into main.provisions_fts (rowid, text) select rowid + {k * span['provisions']}, text from temp.pterms")
            conn.execute(f"insert into main.documents_fts (rowid, title, text) select rowid + {k * span['documents']}, title, text from temp.dterms")
    # rows of the last partial copy whose document was cut off
    with conn:
        for table in OFFSETS:
            if table != "documents":
                conn.execute(f'delete from main."{table}" where document_id not in (select id from main.documents)')
        for table, base in (("provisions", "provisions"), ("documents", "documents")):
            cols = "rowid, text" if table == "provisions" else "rowid, title, text"
            shifted = f"rowid + {copies - 1} * {span[base]}"
            conn.execute(f"insert into main.{table}_fts ({table}_fts, {cols}) "
                         f"select 'delete', {shifted}, {cols.split(', ', 1)[1]} from temp.{table[0]}terms "
                         f"where {shifted} not in (select id from main.{base})")
    conn.execute("detach t")
    conn.close()
    from extract.store import refresh_summaries

    made = open_db(tmp)  # what a build does last: the comparison views' summary tables
    refresh_summaries(made, full=True)
    made.close()
    conn = sqlite3.connect(tmp)
    conn.execute("analyze")
    conn.execute("pragma journal_mode=delete")
    conn.close()
    tmp.rename(db)
    return db


# Parameters for canned queries that need one to show anything; the others run with their defaults (empty).
QUERY_PARAMS = {"search_documents": {"q": "听课"}}


def every_page(client, province: str, doc_id: int) -> dict[str, str]:
    """Name → URL of every page linked from the home page and the dashboard, plus search, facets, notice and CSV.

    The tables, views and canned queries are read from the server itself
    (``/policy.json``, ``/reviews.json``), so a table or query added later is
    measured too. Not measured: the download of the whole database file
    (``/policy.db``, 3.7 GB at 100,000 notices) and static files.
    """
    from urllib.parse import quote, urlencode

    import yaml

    info = client.get("/policy.json").json()
    pages = {"home page": "/", "database page": "/policy", "database page with hidden tables": "/policy?_show_hidden=1"}
    for table in info["tables"]:
        if not table["hidden"]:
            pages[f"table {table['name']}"] = f"/policy/{quote(table['name'])}"
    for view in (v if isinstance(v, str) else v["name"] for v in info["views"]):
        pages[f"view {view}"] = f"/policy/{quote(view)}"
    for query in info["queries"]:
        params = QUERY_PARAMS.get(query["name"], {p: "" for p in query.get("params") or []})
        pages[f"query {query['name']}"] = f"/policy/{quote(query['name'])}" + (f"?{urlencode(params)}" if params else "")
    pages |= {
        "principal_observation (canned query, one province)": f"/policy/principal_observation?province={quote(province)}",
        "quotas faceted by activity_key, period": "/policy/quotas?_facet=activity_key&_facet=period",
        "search 听课 in provisions": "/policy/provisions?_search=" + quote("听课"),
        "search 校长听课 in documents": "/policy/documents?_search=" + quote("校长听课"),
        "document row page": f"/policy/documents/{doc_id}",
        "notice page": f"/policy/-/notice/{doc_id}",
        "quotas.csv, 1000 rows": "/policy/quotas.csv?_size=1000",
        "dashboards index": "/-/dashboards",
        "dashboard page": "/-/dashboards/compare",
    }
    meta = yaml.safe_load((ROOT / "schema" / "metadata.yml").read_text(encoding="utf-8"))
    charts = meta["plugins"]["datasette-dashboards"]["compare"]["charts"]
    for slug, chart in charts.items():  # what dashboards.js fetches for each chart, and the chart's own page
        pages[f"dashboard chart {slug} (JSON)"] = f"/{chart['db']}.json?sql={quote(chart['query'])}&_shape=objects"
        pages[f"dashboard chart {slug} (page)"] = f"/-/dashboards/compare/{quote(slug)}"
    # The reviews database (issue 13), linked from the home page when served.
    reviews = client.get("/reviews.json")
    if reviews.status_code == 200:
        pages["reviews database page"] = "/reviews"
        for table in reviews.json()["tables"]:
            if not table["hidden"]:
                pages[f"reviews table {table['name']}"] = f"/reviews/{quote(table['name'])}"
    return pages


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def start_server(root: Path, db: Path) -> tuple[subprocess.Popen, str]:
    """``policykb serve --no-build`` of the checkout at ``root`` on ``db``: the process and its base URL."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(root))
    server = subprocess.Popen([sys.executable, "-m", "extract.cli", "serve", "--no-build", "--db", str(db),
                               "--port", str(port)], cwd=root, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    return server, f"http://127.0.0.1:{port}"


def wait_until_up(client) -> None:
    import httpx

    for _ in range(300):
        try:
            if client.get("/-/versions.json").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"datasette did not start at {client.base_url}")


def copy_of(db: Path) -> Path:
    """A copy of ``db`` for the second server (kept beside it, made again when the size differs)."""
    import shutil

    copy = db.parent.with_name(db.parent.name + "-against") / db.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    if not copy.exists() or copy.stat().st_size != db.stat().st_size:
        tmp = copy.with_suffix(".tmp")
        shutil.copyfile(db, tmp)
        tmp.rename(copy)
    return copy


def timed(client, url: str) -> tuple[float, object]:
    t = time.perf_counter()
    r = client.get(url)
    return (time.perf_counter() - t) * 1000, r


def verdict(p95: float, first: float, timed_out: bool, status: int) -> str:
    missed = [w for w, bad in (("p95", p95 >= 100), ("first", first >= 1000), ("facet timed out", timed_out),
                               (f"HTTP {status}", status >= 400)) if bad]
    return f"**missed: {', '.join(missed)}**" if missed else "met"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--template", type=int, default=200, help="fully extracted notices to copy (default 200)")
    ap.add_argument("--chars", type=int, default=1500, help="characters per template notice")
    ap.add_argument("--requests", type=int, default=30, help="requests per page")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "serve")
    ap.add_argument("--against", type=Path, help="another checkout of policykb to serve a copy of the database "
                                                  "at the same time, requests alternating (before/after)")
    args = ap.parse_args(argv)
    import httpx

    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    template = template_db(args.out, min(args.template, args.docs), args.chars)
    db = big_db(args.out, args.docs, template)
    conn = sqlite3.connect(db)
    counts = {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0]
              for t in ("documents", "provisions", "quotas", "obligations", "deadlines", "body_mentions")}
    province = conn.execute("select province from quota_comparison where activity_key = '听课' and actor_role = '校长' "
                            "limit 1").fetchone()
    doc_id = conn.execute("select id from documents order by id desc limit 1").fetchone()[0]
    conn.close()
    sides = {"this": (ROOT, db)}
    if args.against:
        sides = {"against": (args.against.resolve(), copy_of(db)), **sides}
    print(f"database {db} ({db.stat().st_size / 1e6:.0f} MB, {time.perf_counter() - t0:.0f} s to make or reuse): "
          + ", ".join(f"{v} {k}" for k, v in counts.items()))

    servers = {name: start_server(root, path) for name, (root, path) in sides.items()}
    try:
        clients = {name: httpx.Client(base_url=base, timeout=60) for name, (_, base) in servers.items()}
        for client in clients.values():
            wait_until_up(client)
        pages = every_page(clients["this"], province[0] if province else "", doc_id)
        if args.against:  # a page only one side has is asked of both (the other answers 404)
            pages = every_page(clients["against"], province[0] if province else "", doc_id) | pages
        results: dict[str, dict[str, tuple]] = {name: {} for name in clients}
        for name, url in pages.items():
            first, status, times, last = {}, {}, {n: [] for n in clients}, {}
            for side, client in clients.items():
                # nothing cached yet (facet counts, pages); also warms the page up
                first[side], last[side] = timed(client, url)
                status[side] = last[side].status_code  # an error page (e.g. the 3 s SQL limit) is reported, not fatal
            # A page that takes seconds misses the targets anyway: fewer repetitions keep the run bounded.
            repeat = args.requests if max(first.values()) < 2000 else max(5, args.requests // 4)
            for _ in range(repeat):
                for side, client in clients.items():  # alternating, so both see the same moments of load
                    ms, last[side] = timed(client, url)
                    times[side].append(ms)
                    status[side] = max(status[side], last[side].status_code)
            for side in clients:
                r = last[side]
                timed_out = "These facets timed out" in r.text
                p50, p95 = statistics.median(times[side]), percentile(times[side], 0.95)
                results[side][name] = (p50, p95, first[side], timed_out, status[side])
                label = f"[{side}] " if args.against else ""
                print(f"{label}{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, first {first[side]:.0f} ms "
                      f"({len(r.content) / 1e3:.0f} kB){' FACETS TIMED OUT' if timed_out else ''}"
                      f"{f' HTTP {status[side]}' if status[side] >= 400 else ''} {unquote(url)}", flush=True)
        for client in clients.values():
            client.close()
        if args.against:
            print(f"\n| page ({counts['documents']:,} documents) | against ({args.against}) p50 / p95 / first ms "
                  f"| this p50 / p95 / first ms | this (p95 < 100, first < 1000) |")
            print("|---|---|---|---|")
            for name in pages:
                cells = []
                for side in ("against", "this"):
                    got = results[side].get(name)
                    cells.append(f"{got[0]:.0f} / {got[1]:.0f} / {got[2]:.0f}" if got else "—")
                mine = results["this"].get(name)
                print(f"| {name} | {cells[0]} | {cells[1]} | {verdict(*mine[1:]) if mine else '—'} |")
        else:
            print(f"\n| page ({counts['documents']:,} documents) | p50 ms | p95 ms | first ms | target (p95 < 100, first < 1000) |")
            print("|---|---|---|---|---|")
            for name, (p50, p95, first, timed_out, status) in results["this"].items():
                print(f"| {name} | {p50:.0f} | {p95:.0f} | {first:.0f} | {verdict(p95, first, timed_out, status)} |")
    finally:
        for server, _ in servers.values():
            os.killpg(server.pid, signal.SIGTERM)  # the server and anything it started
            server.wait(10)


if __name__ == "__main__":
    main()
