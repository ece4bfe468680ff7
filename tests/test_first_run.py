"""The README's first command, walked through as a new user does: it must serve the data (issue 9).

`bash scripts/run.sh` is `scripts/setup.sh` then `policykb serve`, which
builds db/policy.db from corpus/ and starts Datasette on it immutable. A
build that left its rows in the write-ahead log served "0 tables" on the
first run while every other test passed; these tests look at what the
server serves right after the same process built it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

POLICYKB = Path(sys.executable).parent / "policykb"
EXPECTED_TABLES = {"documents", "provisions", "quotas", "obligations", "deadlines", "bodies", "body_mentions",
                   "references", "sections", "regions", "ingest_errors"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, timeout: float = 5) -> dict | list:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.load(resp)


class Served:
    """A command that serves a database on a port, stopped (with its children) on exit."""

    def __init__(self, args: list[str], port: int, db_name: str, cwd: Path, env: dict | None = None,
                 wait: float = 120) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.db_name = db_name
        self.log = cwd / f"serve-{port}.log"
        self.proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=self.log.open("w"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server stopped: {self.log.read_text()[-2000:]}")
            try:
                _get_json(f"{self.base}/-/versions.json", timeout=1)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise AssertionError(f"nothing served on {self.base} within {wait} s: {self.log.read_text()[-2000:]}")

    def json(self, path: str, **params: str) -> dict | list:
        query = ("?" + urllib.parse.urlencode(params)) if params else ""
        return _get_json(f"{self.base}/{self.db_name}{path}{query}")

    def tables(self) -> set[str]:
        return {t["name"] for t in self.json(".json")["tables"]}

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def __enter__(self) -> "Served":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _provisions_with(db_path: Path, word: str) -> set[str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("select text from provisions where instr(text, ?) > 0", [word])}
    finally:
        conn.close()


def _check_served(server: Served, db_path: Path, documents: int) -> None:
    assert EXPECTED_TABLES <= server.tables(), server.tables()
    assert server.json("/documents.json", _shape="array", _size="max").__len__() == documents
    hits = server.json("/provisions.json", _search="听课", _shape="array", _size="max", _col="text")
    texts = {h["text"] for h in hits}
    assert texts and all("听课" in t for t in texts)
    # the search finds the provisions that contain the word (the index may also split 听课 off a longer word)
    assert texts == _provisions_with(db_path, "听课")


def test_serve_builds_a_fresh_database_and_serves_it_at_once(tmp_path):
    """`policykb serve` exactly as scripts/run.sh runs it, on a fresh database, then after `policykb add`."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS[:4]:
        shutil.copy2(f, corpus / f.name)
    db_path = tmp_path / "db" / "policy.db"
    port = _free_port()
    args = [str(POLICYKB), "serve", "--db", str(db_path), "--corpus", str(corpus), "--port", str(port)]
    with Served(args, port, "policy", tmp_path) as server:
        _check_served(server, db_path, documents=4)

    # one more notice while nothing is served: served next time
    added = subprocess.run([str(POLICYKB), "add", str(SEEDS[4]), "--corpus", str(corpus), "--db", str(db_path)],
                           capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    assert "5 documents: 1 added, 0 updated, 4 unchanged" in added.stdout
    with Served(args, port, "policy", tmp_path) as server:
        _check_served(server, db_path, documents=5)
        titles = {d["title"] for d in server.json("/documents.json", _shape="array", _col="title")}
        assert "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知" in titles


def test_a_killed_build_is_served_whole(tmp_path):
    """A build killed after writing leaves its rows in the WAL; serve --no-build must still show them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    db_path = tmp_path / "policy.db"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from extract.build import build\n"
        "from extract.store import open_db\n"
        "db = open_db(sys.argv[2])\n"
        "build(Path(sys.argv[1]), db)\n"
        "os.kill(os.getpid(), signal.SIGKILL)  # never closed: the rows are in policy.db-wal\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(corpus), str(db_path)], cwd=ROOT)
    assert run.returncode == -signal.SIGKILL
    assert Path(f"{db_path}-wal").stat().st_size > 0
    port = _free_port()
    args = [str(POLICYKB), "serve", "--no-build", "--db", str(db_path), "--port", str(port)]
    with Served(args, port, "policy", tmp_path) as server:
        _check_served(server, db_path, documents=5)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to clone the repository")
def test_readme_first_command_in_a_fresh_clone(tmp_path):
    """`bash scripts/run.sh --port N` in a fresh clone, as the README says.

    The clone's .venv is made beforehand to see this venv's installed
    packages (a .pth file), so the set-up script's pip finds every
    dependency present and installs only the clone itself: the script runs
    whole, without downloading the world.
    """
    clone = tmp_path / "policykb"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    if not any((clone / "corpus").glob("*.txt")):
        pytest.skip("the clone has no bundled notices")
    subprocess.run([sys.executable, "-m", "venv", str(clone / ".venv")], check=True)
    site = next((clone / ".venv" / "lib").glob("python*/site-packages"))
    ours = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "_policykb_test_deps.pth").write_text("\n".join(ours) + "\n")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    with Served(["bash", "scripts/run.sh", "--port", str(port)], port, "policy", clone, env=env, wait=600) as server:
        assert (clone / ".venv" / "bin" / "policykb").exists()
        n = len(list((clone / "corpus").glob("0*.txt")))
        _check_served(server, clone / "db" / "policy.db", documents=n)
