"""Summary tables of the comparison views (schema/summaries.sql, issue 14): never out of date.

A build writes them; serving only reads. Whatever changes the rows they are
made from (a cold or incremental build, a file removed, a review applied or
withdrawn, a regrouping, a document written outside a build, a build stopped
half way) must leave them equal to what their definitions make from the
tables now: ``store.summary_drift`` lists the tables that are not.
"""

from __future__ import annotations

import shutil

import pytest

from extract import groups, store
from extract import reviews as rv
from extract.build import build
from extract.store import open_db, summary_drift

from .conftest import SEEDS
from .test_groups import BUREAU, COUNTY_A, SCHOOL
from .test_groups_reviews import MANAGERS, PRINCIPAL, _review

CANONICAL, REPOST, WRAPPER = "c_sanming_notice.txt", "a_qingliu_repost.txt", "s_school_forward.txt"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for f in SEEDS[:3]:
        shutil.copy2(f, root / f.name)
    (root / CANONICAL).write_text(BUREAU, encoding="utf-8")
    (root / REPOST).write_text(COUNTY_A, encoding="utf-8")
    (root / WRAPPER).write_text(SCHOOL, encoding="utf-8")
    return root


def _principal(db) -> list[tuple]:
    """What counts of the principal's requirement: once per group."""
    return db.execute("select document_id, value, review from quota_comparison where evidence = ?", [PRINCIPAL]).fetchall()


def test_every_step_leaves_the_summary_tables_up_to_date(corpus, tmp_path):
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)  # cold: every row made at the end
    assert summary_drift(db) == []
    assert db.execute("select count(*) from summary_quotas").fetchone()[0] == db.execute(
        "select count(*) from quotas").fetchone()[0]
    ids = {p: i for i, p in db.execute("select id, path from documents")}
    assert _principal(db) == [(ids[CANONICAL], 30.0, None)]

    # Reviews applied by a build: a quota corrected, another rejected.
    rv.write_reviews(corpus / "reviews.csv", [_review(db, CANONICAL, MANAGERS, "rejected"),
                                              _review(db, CANONICAL, PRINCIPAL, "corrected", value=20.0)])
    build(corpus, db)
    assert summary_drift(db) == []
    assert _principal(db) == [(ids[CANONICAL], 20.0, "corrected")]
    assert db.execute("select review from quota_comparison where evidence = ?", [MANAGERS]).fetchall() == [("rejected",)]

    # Withdrawn again: the rows the review changed come back as the rules made them.
    (corpus / "reviews.csv").unlink()
    build(corpus, db)
    assert summary_drift(db) == []
    assert _principal(db) == [(ids[CANONICAL], 30.0, None)]

    # An incremental build: one notice changed, the canonical removed (the repost counts now).
    seed = corpus / SEEDS[0].name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n教师每学年至少听课20节。\n", encoding="utf-8")
    (corpus / CANONICAL).unlink()
    build(corpus, db)
    assert summary_drift(db) == []
    assert _principal(db) == [(ids[REPOST], 30.0, None)]

    # Regrouping outside a build, and a document written outside a build.
    groups.update_groups(db, full=True)
    assert summary_drift(db) == []
    from extract.pipeline import process_file

    (corpus / CANONICAL).write_text(BUREAU, encoding="utf-8")
    store.save_document(db, process_file(corpus / CANONICAL, root=corpus))
    assert summary_drift(db) == []
    store.delete_document(db, REPOST)
    assert summary_drift(db) == []
    db.close()


def test_a_build_stopped_before_its_refresh_is_caught_up_on_the_next_open(corpus, tmp_path, monkeypatch):
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(groups, "update_groups", stop)  # after the documents are written, before the refresh
    (corpus / REPOST).unlink()
    with pytest.raises(KeyboardInterrupt):
        build(corpus, db)
    assert summary_drift(db) != []  # the removed repost's rows are still there …
    db.close()
    monkeypatch.undo()
    db = open_db(tmp_path / "policy.db")  # … until the next open (policykb serve opens it too)
    assert summary_drift(db) == []
    assert db.execute("select count(*) from summary_pending").fetchone()[0] == 0
    db.close()


def test_a_changed_summaries_sql_fills_the_tables_again(corpus, tmp_path):
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)
    quotas = db.execute("select count(*) from quota_comparison_all").fetchone()[0]
    with db.conn:
        db.execute("update build_state set value = 'older' where key = ?", [store.SUMMARIES_BY])
        db.execute("delete from summary_quotas")
    db.close()
    db = open_db(tmp_path / "policy.db")
    assert db.execute("select count(*) from quota_comparison_all").fetchone()[0] == quotas > 0
    assert summary_drift(db) == []
    db.close()
