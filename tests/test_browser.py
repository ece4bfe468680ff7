"""End to end in headless Chromium: `policykb serve` on a fresh build, read as a researcher would.

The server is `policykb serve --no-build` on 127.0.0.1 and a free port,
serving a database built from the bundled notices plus one notice whose text
carries ``<script>alert(1)</script>``. Chromium (Debian's /usr/bin/chromium,
flags from FIELD-NOTES.md) renders the pages: ``--dump-dom`` gives the DOM after
scripts ran (``--virtual-time-budget`` lets the vega charts and the Leaflet map
draw), ``--screenshot`` saves a PNG under tests/output/ (gitignored) to look at.
Chromium's console goes to stderr (``--enable-logging=stderr``): every page
opened must run without a Content-Security-Policy violation, so the policy
of schema/security.yml is checked against what the pages really load.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = ROOT / "tests" / "output"
PAYLOAD = "<script>alert(1)</script>"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (/usr/bin/chromium); apt-get install chromium")

# A notice whose heading and body carry markup: the pages must show it as text.
XSS_NOTICE = f"""关于开展课堂观察活动的通知
各中小学：
现将有关事项通知如下。
一、活动安排{PAYLOAD}
请各校组织{PAYLOAD}课堂观察活动。
测试县教育局
2024年3月1日
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Base URL of a running `policykb serve`, and the id of the markup notice; the server stops afterwards."""
    from extract.build import build
    from extract.store import open_db

    tmp = tmp_path_factory.mktemp("browser")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    (corpus / "zz_markup.txt").write_text(XSS_NOTICE, encoding="utf-8")
    db_path = tmp / "policy.db"
    db = open_db(db_path)
    summary = build(corpus, db)
    xss_id = db.execute("select id from documents where path = 'zz_markup.txt'").fetchone()[0]
    db.close()
    assert summary.failed == 0, summary.errors

    port = free_port()
    script = Path(sys.executable).parent / "policykb"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "extract.cli"]
    command += ["serve", "--no-build", "--db", str(db_path), "--port", str(port)]
    log = (tmp / "serve.log").open("wb")
    # Own session: policykb runs Datasette as a child, and the whole group must stop.
    proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"policykb serve did not answer on {base}: {(tmp / 'serve.log').read_text(errors='replace')}")
            time.sleep(0.3)
        yield {"base": base, "xss_id": xss_id, "tmp": tmp}
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def chromium(site):
    """Run headless Chromium with a fresh profile and HOME; returns stdout (the DOM for --dump-dom).

    Fails when the console reports a Content-Security-Policy violation.
    """
    home = site["tmp"] / "home"
    profile = site["tmp"] / "chromium-profile"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home))  # Chromium writes under $HOME/.config despite --user-data-dir

    def run(url: str, *args: str, budget_ms: int = 0) -> str:
        command = [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            # Only this machine answers: a request elsewhere (the map's tile server) fails at once
            # instead of hanging until the virtual-time budget or the test times out.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            f"--user-data-dir={profile}", "--window-size=1400,1000", "--hide-scrollbars",
            "--enable-logging=stderr", "--v=0", *args,
        ]
        if not any(a.startswith("--screenshot") for a in args):
            command.append("--dump-dom")
        if budget_ms:
            command.append(f"--virtual-time-budget={budget_ms}")
        done = subprocess.run(command + [url], env=env, capture_output=True, timeout=90)
        log = done.stderr.decode(errors="replace")
        assert done.returncode == 0, log[-2000:]
        violations = [line for line in log.splitlines() if "Content Security Policy" in line]
        assert not violations, f"{url}: " + "\n".join(violations)[:3000]
        return done.stdout.decode("utf-8")

    return run


def screenshot(chromium, site, url: str, name: str) -> Path:
    """Save a PNG of ``url`` as tests/output/NAME (written aside, then moved, so parallel runs never see half a file)."""
    shot = site["tmp"] / name
    chromium(url, f"--screenshot={shot}", budget_ms=5000)
    assert shot.stat().st_size > 20_000, f"{shot} looks empty"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return Path(shutil.move(shot, OUTPUT / name))


def table_rows(dom: str) -> list[dict[str, str]]:
    """Rows of Datasette's results table, as {column: cell text}."""
    import lxml.html

    tree = lxml.html.fromstring(dom)
    rows = []
    for tr in tree.xpath("//table[contains(@class, 'rows-and-columns')]/tbody/tr"):
        rows.append({
            td.get("class", "").split()[0].removeprefix("col-"): td.text_content().strip()
            for td in tr.xpath("./td")
        })
    return rows


def test_principal_observation_query(site, chromium):
    dom = chromium(site["base"] + "/policy/principal_observation?province=")
    rows = table_rows(dom)
    principal = [r for r in rows if r["region"] == "大兴安岭地区" and r["actor"] == "校长"]
    assert len(principal) == 1, rows
    row = principal[0]
    assert (row["value"], row["unit"], row["period"], row["per_semester"], row["per_year"]) == ("30.0", "节", "semester", "30.0", "60.0")
    assert row["evidence"] == "校长每学期至少听课30节"
    managers = next(r for r in rows if r["actor_role"] == "副校长/中层干部")
    assert (managers["region"], managers["per_year"]) == ("大兴安岭地区", "80.0")
    screenshot(chromium, site, site["base"] + "/policy/principal_observation?province=", "principal_observation.png")


def test_search_box_finds_two_character_words(site, chromium):
    url = site["base"] + "/policy/provisions?" + urllib.parse.urlencode({"_search": "听课"})
    dom = chromium(url)
    assert "rows where search matches" in dom
    texts = [r["text"] for r in table_rows(dom)]
    assert texts and all("听课" in t for t in texts)
    assert any("校长每学期至少听课30节" in t for t in texts)


def test_dashboard_draws_charts(site, chromium):
    url = site["base"] + "/-/dashboards/compare"
    dom = chromium(url, budget_ms=5000)
    assert "地区比较" in dom
    # vega-lite draws each bar chart as an SVG with marks; the map as Leaflet markers.
    assert dom.count("<svg") >= 4, "vega charts did not render"
    assert "mark-rect" in dom
    assert "leaflet-marker-icon" in dom
    for label in ("大兴安岭地区", "听课节数/年", "学时/年"):
        assert label in dom
    screenshot(chromium, site, url, "dashboard_compare.png")


def test_issuer_map_shows_markers(site, chromium):
    url = site["base"] + "/policy/issuer_map"
    dom = chromium(url, budget_ms=5000)
    assert "leaflet-container" in dom
    assert dom.count("leaflet-marker-icon") >= 2  # single markers and/or clusters; tiles stay grey offline
    screenshot(chromium, site, url, "issuer_map.png")


def test_excel_csv_has_bom_and_chinese(site):
    url = site["base"] + "/policy/principal_observation.excelcsv?province="
    with urllib.request.urlopen(url, timeout=30) as response:
        final = response.geturl()
        data = response.read()
    assert ".csv?" in final and "_bom=1" in final
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith("region,province,level,actor")
    assert "大兴安岭地区" in text and "校长每学期至少听课30节" in text


def test_notice_page_escapes_markup(site, chromium):
    url = f"{site['base']}/policy/-/notice/{site['xss_id']}"
    with urllib.request.urlopen(url, timeout=30) as response:
        html = response.read().decode("utf-8")
    assert "关于开展课堂观察活动的通知" in html
    assert PAYLOAD not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    dom = chromium(url)  # after Chromium parsed it: still text, never an element
    assert PAYLOAD not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    provisions = site["base"] + "/policy/provisions?" + urllib.parse.urlencode({"document_id": site["xss_id"]})
    assert PAYLOAD not in chromium(provisions)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/policy",
        "/policy/quotas",
        "/policy/documents/1",
        "/policy?sql=" + urllib.parse.quote("select id, title from documents"),
        "/-/dashboards",
        "/-/dashboards/compare/principal-observation",
    ],
)
def test_other_pages_run_within_the_content_security_policy(site, chromium, path):
    """The pages the tests above do not open: home, database (CodeMirror), table (table.js), row, SQL, dashboard list and chart."""
    dom = chromium(site["base"] + path, budget_ms=3000)
    assert "</html>" in dom
    if path.startswith("/policy?sql") or path == "/policy":
        assert "CodeMirror" in dom  # the SQL editor's script ran
    if path == "/-/dashboards/compare/principal-observation":
        assert "mark-rect" in dom  # Vega drew the bars


def test_the_policy_blocks_injected_script(site, chromium):
    """Were markup ever to slip through escaping, an inline script without a listed hash would not run."""
    from extract.datasette_plugin.security import policy_for

    probe = site["tmp"] / "probe.html"
    script = "<script>document.title = 'ran'</script>"
    probe.write_text(f"<html><head></head><body>{script}</body></html>", encoding="utf-8")
    assert "<title>ran</title>" in chromium(probe.as_uri())
    # The notice page's policy as a <meta> (a file:// page has no headers; frame-ancestors only works as a header).
    csp = policy_for("/policy/-/notice/1").replace("frame-ancestors 'none'; ", "")
    probe.write_text(f'<html><head><meta http-equiv="Content-Security-Policy" content="{csp}"></head>'
                     f"<body>{script}</body></html>", encoding="utf-8")
    with pytest.raises(AssertionError, match="inline script violates"):
        chromium(probe.as_uri())
