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

Example:
    .venv/bin/python bench/serve_latency.py --docs 100000 --requests 30
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
    (``/policy.json``), so a table or query added later is measured too.
    """
    from urllib.parse import quote, urlencode

    import yaml

    info = client.get("/policy.json").json()
    pages = {"home page": "/", "database page": "/policy"}
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
        "dashboard page": "/-/dashboards/compare",
    }
    meta = yaml.safe_load((ROOT / "schema" / "metadata.yml").read_text(encoding="utf-8"))
    charts = meta["plugins"]["datasette-dashboards"]["compare"]["charts"]
    for slug, chart in charts.items():  # what dashboards.js fetches for each chart
        pages[f"dashboard chart {slug} (JSON)"] = f"/{chart['db']}.json?sql={quote(chart['query'])}&_shape=objects"
    return pages


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--template", type=int, default=200, help="fully extracted notices to copy (default 200)")
    ap.add_argument("--chars", type=int, default=1500, help="characters per template notice")
    ap.add_argument("--requests", type=int, default=30, help="requests per page")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "serve")
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
    print(f"database {db} ({db.stat().st_size / 1e6:.0f} MB, {time.perf_counter() - t0:.0f} s to make or reuse): "
          + ", ".join(f"{v} {k}" for k, v in counts.items()))

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "extract.cli", "serve", "--no-build", "--db", str(db),
                               "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(300):
                try:
                    if client.get("/-/versions.json").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
            else:
                raise SystemExit("datasette did not start")
            pages = every_page(client, province[0] if province else "", doc_id)
            results = []
            for name, url in pages.items():
                t = time.perf_counter()
                r = client.get(url)
                first = (time.perf_counter() - t) * 1000  # nothing cached yet (facet counts, pages); also warms the page up
                status = r.status_code  # an error page (e.g. the 3 s SQL time limit) is reported, not fatal
                times = []
                # A page that takes seconds misses the targets anyway: fewer repetitions keep the run bounded.
                for _ in range(args.requests if first < 2000 else max(5, args.requests // 4)):
                    t = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                    status = max(status, r.status_code)
                timed_out = "These facets timed out" in r.text
                p50, p95 = statistics.median(times), percentile(times, 0.95)
                results.append((name, p50, p95, first, timed_out, status))
                print(f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, first {first:.0f} ms "
                      f"({len(r.content) / 1e3:.0f} kB){' FACETS TIMED OUT' if timed_out else ''}"
                      f"{f' HTTP {status}' if status >= 400 else ''} {unquote(url)}", flush=True)
        print(f"\n| page ({counts['documents']:,} documents) | p50 ms | p95 ms | first ms | target (p95 < 100, first < 1000) |")
        print("|---|---|---|---|---|")
        for name, p50, p95, first, timed_out, status in results:
            missed = [w for w, bad in (("p95", p95 >= 100), ("first", first >= 1000), ("facet timed out", timed_out),
                                       (f"HTTP {status}", status >= 400)) if bad]
            print(f"| {name} | {p50:.0f} | {p95:.0f} | {first:.0f} | {'**missed: ' + ', '.join(missed) + '**' if missed else 'met'} |")
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and anything it started
        server.wait(10)


if __name__ == "__main__":
    main()
