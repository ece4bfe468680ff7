"""Every extractor runs clean over every notice the project has: the seeds and each held-out set.

An extractor that raises is recorded per provision in ``ingest_errors`` and the build goes on (a researcher's
build must not stop), so a rule that breaks on load — a lexicon key renamed in one file and still read under
its old name in another — would only show as missing rows. This build of every notice fails on any such row.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from extract.build import build
from extract.store import open_db

ROOT = Path(__file__).resolve().parent.parent


def test_no_extractor_error_on_any_known_notice(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus / "seeds", ignore=shutil.ignore_patterns("*.csv", "*.md"))
    for docs in sorted((ROOT / "tests").glob("heldout*/docs")):
        shutil.copytree(docs, corpus / docs.parent.name)
    db = open_db(tmp_path / "policy.db")
    summary = build(corpus, db)
    errors = db.execute("select path, error from ingest_errors").fetchall()
    counts = {t: db.execute(f"select count(*) from [{t}]").fetchone()[0]
              for t in ("quotas", "obligations", "deadlines", "body_mentions", "references")}
    db.close()
    assert summary.failed == 0
    assert errors == []
    assert all(counts.values()), counts  # every extractor made rows
