"""Issue 13 end to end in headless Chromium: review extractions on the notice page, rebuild, compare, export.

A researcher opens a notice served by ``policykb serve``, rejects one quota
(with a reason), corrects another's value and adds a deadline the rules
missed by selecting its text with the mouse. Then ``policykb build`` runs
again, also after a lexicon change re-extracts every notice (a changed
pipeline fingerprint): the three decisions are in the database and in
corpus/reviews.csv, the comparison query shows the corrected value and, with
reviewed_only, hides the rejected row, and the CSV exports carry the states.
A changed notice text makes the reviews stale: in the build summary and in
Datasette. Chromium is driven over the DevTools protocol (tests/cdp.py).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract import reviews as rv
from extract.build import build
from extract.cli import cli
from extract.store import open_db

from .cdp import Browser
from .conftest import ROOT, SEEDS
from .test_browser import CHROMIUM, OUTPUT, free_port, table_rows
from .test_reviews import change_lexicons

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (/usr/bin/chromium); apt-get install chromium")

OBSERVE = "001_3882e8ae2ec2069b.txt"
PRINCIPAL = "校长每学期至少听课30节"
MANAGERS = "业务副校长和教导主任每学期听课至少40节"
MISSED = "每月进行情况通报"  # a monthly report the rules leave out: its 每月 is the deadline added by hand
SCREENSHOT = ROOT / "docs" / "screenshot-review.png"


class Server:
    """`policykb serve --no-build` on a free port; ``stop()`` ends its whole process group."""

    def __init__(self, db_path: Path, corpus: Path, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        script = Path(sys.executable).parent / "policykb"
        command = [str(script)] if script.exists() else [sys.executable, "-m", "extract.cli"]
        command += ["serve", "--no-build", "--db", str(db_path), "--corpus", str(corpus), "--port", str(self.port)]
        self.log = log
        self._fh = log.open("ab")
        self.proc = subprocess.Popen(command, cwd=ROOT, stdout=self._fh, stderr=subprocess.STDOUT, start_new_session=True,
                                     env=dict(os.environ, POLICYKB_REVIEWER="测试研究员"))
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"policykb serve did not answer: {log.read_text(errors='replace')}")
            time.sleep(0.3)

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.base + path, timeout=30) as r:
            return r.read().decode("utf-8-sig")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self._fh.close()


@pytest.fixture
def workspace(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    db_path = tmp_path / "db" / "policy.db"
    db = open_db(db_path)
    assert build(corpus, db).failed == 0
    rows = {}
    for evidence in (PRINCIPAL, MANAGERS):
        rows[evidence] = db.execute('select document_id, start, "end" from quotas where evidence = ?', [evidence]).fetchone()
    text = db.execute("select text from documents where id = ?", [rows[PRINCIPAL][0]]).fetchone()[0]
    assert db.execute("select count(*) from deadlines where document_id = ? and evidence like '每月%'",
                      [rows[PRINCIPAL][0]]).fetchone()[0] == 0
    db.close()
    return {"tmp": tmp_path, "corpus": corpus, "db": db_path, "doc": rows[PRINCIPAL][0], "rows": rows,
            "missed": text.index(MISSED)}


def li(rows, evidence) -> str:
    _, start, end = rows[evidence]
    return f"li#ex-quotas-{start}-{end}"


def select_in_notice(page, offset: int, length: int) -> None:
    """Drag the mouse over ``length`` characters of the notice text from ``offset`` (into documents.text)."""
    span_start = page.js(
        "(() => { const spans = [...document.querySelectorAll('span.ptext')];"
        f" const s = spans.filter(e => +e.dataset.start <= {offset}).pop(); return +s.dataset.start; }})()"
    )
    page.drag_select(f'span.ptext[data-start="{span_start}"]', offset - span_start, offset - span_start + length)


def invoke(runner: CliRunner, args: list[str]):
    """Run a policykb command in process, then close the database it left open.

    run_build does not close its connection (a process exits instead); here the
    server started next opens the database immutable, which ignores a WAL that
    an open connection has not checkpointed (FIELD-NOTES).
    """
    import gc

    result = runner.invoke(cli, args)
    gc.collect()
    return result


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_review_in_the_browser_survives_rebuilds(workspace, monkeypatch):
    corpus, db_path, doc, rows = workspace["corpus"], workspace["db"], workspace["doc"], workspace["rows"]
    home, log = workspace["tmp"] / "home", workspace["tmp"] / "serve.log"
    notice = f"/policy/-/notice/{doc}"
    OUTPUT.mkdir(parents=True, exist_ok=True)

    server = Server(db_path, corpus, log)
    try:
        with Browser(CHROMIUM, home) as browser:
            page = browser.page()
            page.goto(server.base + notice)
            # Reject the managers' quota, with a reason.
            page.type(f"{li(rows, MANAGERS)} input.rv-note", "中层干部听课另有规定")
            page.click(f"{li(rows, MANAGERS)} button.rv-reject", navigates=True)
            assert page.js(f"document.querySelector('{li(rows, MANAGERS)}').className") == "review-rejected"
            # Correct the principal's quota: 20 lessons, not 30.
            page.click(f"{li(rows, PRINCIPAL)} details.rv-correct summary")
            page.type(f"{li(rows, PRINCIPAL)} details.rv-correct input[name=f_value]", "20")
            page.click(f"{li(rows, PRINCIPAL)} button.rv-save", navigates=True)
            assert page.js(f"document.querySelector('{li(rows, PRINCIPAL)}').className") == "review-corrected"
            # Add the deadline the rules missed by selecting 每月 in the notice text.
            select_in_notice(page, workspace["missed"], 2)
            assert page.wait_for("!document.getElementById('rv-add').hidden"), page.js("document.getElementById('rv-add').dataset.ready")
            assert page.js("document.getElementById('rv-selected').textContent") == "每月"
            for name, value in (("rv-table", "deadlines"),):
                page.js(f"(s => {{ s.value = '{value}'; s.dispatchEvent(new Event('change')); }})(document.getElementById('{name}'))")
            page.js("document.querySelector('fieldset[data-table=deadlines] select[name=f_kind]').value = 'recurring'")
            page.type("#rv-add input[name=note]", "每月通报")
            page.click("#rv-add-save", navigates=True)
            added = f"li#ex-deadlines-{workspace['missed']}-{workspace['missed'] + 2}"
            assert page.js(f"document.querySelector('{added}').className") == "review-added review-pending"
            assert page.csp_violations() == []  # the review UI runs under serve's Content-Security-Policy
            assert "at next build" in page.js(f"document.querySelector('{added}').textContent")
    finally:
        server.stop()

    # The three decisions are in corpus/reviews.csv (and in the serving reviews.db).
    found = rv.read_reviews(corpus / "reviews.csv")
    assert found.problems == []
    decisions = {(r.table, r.evidence): r for r in found.reviews}
    assert set(decisions) == {("quotas", MANAGERS), ("quotas", PRINCIPAL), ("deadlines", "每月")}
    assert (decisions["quotas", MANAGERS].decision, decisions["quotas", MANAGERS].note) == ("rejected", "中层干部听课另有规定")
    assert decisions["quotas", PRINCIPAL].fields == {"value": 20.0} and decisions["quotas", PRINCIPAL].auto["value"] == 30.0
    assert decisions["deadlines", "每月"].fields == {"kind": "recurring"}
    assert {r.reviewer for r in found.reviews} == {"测试研究员"}
    assert (corpus / "reviews.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    import sqlite3

    assert sqlite3.connect(db_path.with_name("reviews.db")).execute("select count(*) from reviews").fetchone()[0] == 3

    # policykb build, then again after a lexicon change that re-extracts every notice.
    runner = CliRunner()
    for changed in (False, True):
        if changed:  # as if every lexicon had been edited: every notice is processed again
            change_lexicons(monkeypatch, "-edited")
        result = invoke(runner, ["build", str(corpus), "--db", str(db_path), "--quiet"])
        assert result.exit_code == 0, result.output
        assert "reviews: 3 applied, 0 disputed, 0 stale, 0 invalid" in result.output
        if changed:
            assert "5 updated" in result.output
        db = open_db(db_path)
        got = dict(db.execute("select evidence, review from quotas where review is not null").fetchall())
        assert got == {MANAGERS: "rejected", PRINCIPAL: "corrected"}
        assert db.execute("select value, auto_value from quotas where evidence = ?", [PRINCIPAL]).fetchone() == (20.0, 30.0)
        assert db.execute("select kind, rule, review from deadlines where rule = 'manual'").fetchall() == [
            ("recurring", "manual", "added")]
        db.close()

    # The comparison query: corrected value shown; reviewed_only hides the rejected (and every unreviewed) row.
    out = workspace["tmp"] / "observe.csv"
    for reviewed_only in ("", "1"):
        result = runner.invoke(cli, ["export", "principal_observation", "--db", str(db_path), "-o", str(out),
                                     "-p", f"reviewed_only={reviewed_only}"])
        assert result.exit_code == 0, result.output
        exported = [r for r in csv_rows(out.read_text(encoding="utf-8-sig")) if r["region"] == "大兴安岭地区"]
        assert [(r["actor"], r["value"], r["review"]) for r in exported] == [("校长", "20.0", "corrected")]
    result = runner.invoke(cli, ["export", "quota_comparison", "--db", str(db_path), "-o", str(out)])
    states = {r["evidence"]: r["review"] for r in csv_rows(out.read_text(encoding="utf-8-sig"))}
    assert states[MANAGERS] == "rejected" and states[PRINCIPAL] == "corrected" and set(states.values()) == {"", "rejected", "corrected"}

    server = Server(db_path, corpus, log)
    try:
        # Datasette's own CSV carries the states too.
        data = server.get("/policy/principal_observation.csv?" + urllib.parse.urlencode({"province": "", "reviewed_only": "1"}))
        assert [(r["region"], r["value"], r["review"]) for r in csv_rows(data)] == [("大兴安岭地区", "20.0", "corrected")]
        data = server.get(f"/policy/quota_comparison.csv?document_id={doc}&_size=max")
        assert {r["evidence"]: r["review"] for r in csv_rows(data)}[MANAGERS] == "rejected"
        data = server.get(f"/policy/deadline_timeline.csv?document_id={doc}&_size=max")
        assert ("每月", "added", "manual") in [(r["evidence"], r["review"], r["rule"]) for r in csv_rows(data)]
        with Browser(CHROMIUM, home) as browser:
            page = browser.page()
            page.goto(server.base + notice)
            classes = page.js("Object.fromEntries([...document.querySelectorAll('li[id^=ex-]')]"
                              ".filter(e => e.className !== 'review-none').map(e => [e.id, e.className]))")
            assert classes == {
                li(rows, MANAGERS)[3:]: "review-rejected",
                li(rows, PRINCIPAL)[3:]: "review-corrected",
                f"ex-deadlines-{workspace['missed']}-{workspace['missed'] + 2}": "review-added",
            }
            assert "≥ 20节" in page.js(f"document.querySelector('{li(rows, PRINCIPAL)}').textContent")
            assert page.js("document.getElementById('rv-add').dataset.ready") == "1"  # review.js ran
            # The screenshot for the README: the reviewed rows, and a selection about to become a row.
            page.js(f"document.querySelector('{li(rows, PRINCIPAL)}').scrollIntoView({{block: 'start'}})")
            text_start = page.js(f"+[...document.querySelectorAll('span.ptext')].filter(e => +e.dataset.start <= {rows[PRINCIPAL][1]}).pop().dataset.start")
            sentence = page.js(f"document.querySelector('span.ptext[data-start=\"{text_start}\"]').textContent")
            at = sentence.index("建立完善校长听课评课制度")
            page.drag_select(f'span.ptext[data-start="{text_start}"]', at, at + len("建立完善校长听课评课制度"))
            assert page.wait_for("!document.getElementById('rv-add').hidden")
            page.js("(s => { s.value = 'obligations'; s.dispatchEvent(new Event('change')); })(document.getElementById('rv-table'))")
            page.js("document.querySelector('fieldset[data-table=obligations] select[name=f_modality]').value = 'must'")
            page.js("window.scrollBy(0, -140)")
            shot = page.screenshot(OUTPUT / "review-notice.png")
            assert shot.stat().st_size > 50_000
            if os.environ.get("POLICYKB_UPDATE_SCREENSHOTS"):  # README's picture: look at it before committing
                shutil.copy2(shot, SCREENSHOT)
    finally:
        server.stop()

    # The notice text changes: its reviews are stale, in the build summary and in Datasette.
    path = corpus / OBSERVE
    path.write_text("（修订稿）\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke(runner, ["build", str(corpus), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 updated" in result.output and "reviews: 0 applied, 0 disputed, 3 stale, 0 invalid" in result.output
    assert "reviews.csv line 2: stale" in result.output and "the notice text changed" in result.output
    server = Server(db_path, corpus, log)
    try:
        with Browser(CHROMIUM, home) as browser:
            page = browser.page()
            page.goto(server.base + "/policy/review_problems")
            html = page.js("document.documentElement.outerHTML")
            problems = table_rows(html)
            assert sorted(r["evidence"] for r in problems) == sorted([PRINCIPAL, "每月", MANAGERS])
            assert all(r["state"] == "stale" and "the notice text changed" in r["message"] for r in problems)
            page.goto(server.base + notice)
            assert page.js("document.getElementById('rv-problems').textContent.split('stale').length - 1") == 3
            assert page.js("document.querySelectorAll('li.review-rejected, li.review-corrected, li.review-added').length") == 0
    finally:
        server.stop()
