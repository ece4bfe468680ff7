"""Shared fixtures: the seed corpus, a fresh database, the shared gold folder."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("0*.txt"))
GOLD = (ROOT / ".." / "shared" / "gold").resolve()


def copy_database(src: Path, dst: Path) -> None:
    """Copy a built database through SQLite's backup, not the file alone: a build leaves it in WAL mode,
    and a copy of the main file without the pages still in its -wal file is malformed (seen once in CI)."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    source.close()
    target.close()


@pytest.fixture
def fresh_db(tmp_path):
    """An empty policykb database with its shape applied."""
    from extract.store import open_db

    db = open_db(tmp_path / "policy.db")
    yield db
    db.close()


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A private copy of the bundled corpus that a test may change."""
    root = tmp_path / "corpus"
    root.mkdir()
    for f in SEEDS:
        shutil.copy2(f, root / f.name)
    return root


def seed_text(prefix: str) -> str:
    """Raw text of the seed whose file name starts with ``prefix``."""
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_db_path(tmp_path_factory) -> Path:
    """A database built once per test session from the bundled notices (read it, do not change it)."""
    from extract.build import build
    from extract.store import open_db

    tmp = tmp_path_factory.mktemp("seed-db")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    path = tmp / "policy.db"
    db = open_db(path)
    summary = build(corpus, db)
    db.close()
    assert summary.failed == 0, summary.errors
    return path
