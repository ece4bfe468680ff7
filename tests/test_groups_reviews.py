"""Copies of one notice (issue 12) and researchers' reviews (issue 13) together: a notice published twice, one of
its quotas rejected and one corrected on the canonical copy. The comparisons count the corrected value once, the
rejected one not at all; include_reposts=1 and reviewed_only=1 keep their meaning; grouping ignores manual rows."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path

import pytest
import yaml

from extract import groups
from extract import reviews as rv
from extract.build import build
from extract.lexicons import schema_dir
from extract.reviews import Review
from extract.store import open_db

from .conftest import copy_database
from .test_groups import BUREAU, COUNTY_A

CANONICAL, REPOST = "c_sanming_notice.txt", "a_qingliu_repost.txt"
PRINCIPAL = "校长每学期听课不少于30节"  # corrected to 20 on the canonical copy
MANAGERS = "分管教学的副校长和教务主任每学期听课不少于40节"  # rejected on the canonical copy
CHROME = "转自三明教育网"  # the repost's own line (the rest of its page chrome is cleaned away), where a researcher "adds" a quota


def _review(db, path: str, evidence: str, decision: str, **fields) -> Review:
    """A review of the row of ``path`` with this evidence (a quota), or of the text itself for ``added``."""
    sha, text = db.execute("select sha256, text from documents where path = ?", [path]).fetchone()
    if decision == "added":
        start, auto = text.index(evidence), {}
    else:
        row = db.execute(
            "select q.start, q.value, q.period, q.comparator from quotas q join documents d on d.id = q.document_id "
            "where d.path = ? and q.evidence = ?", [path, evidence]).fetchone()
        start, auto = row[0], {"value": row[1], "period": row[2], "comparator": row[3]}
    return Review(sha256=sha, path=path, table="quotas", start=start, end=start + len(evidence), evidence=evidence,
                  decision=decision, fields=fields, auto=auto, reviewer="test", at="2026-01-01T00:00:00+00:00")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The bureau's notice and a county repost of it, built, then reviewed on the canonical copy and built again."""
    tmp = tmp_path_factory.mktemp("groups-reviews")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / CANONICAL).write_text(BUREAU, encoding="utf-8")
    (corpus / REPOST).write_text(COUNTY_A, encoding="utf-8")
    db = open_db(tmp / "policy.db")
    assert build(corpus, db).failed == 0
    rv.write_reviews(corpus / "reviews.csv", [
        _review(db, CANONICAL, MANAGERS, "rejected"),
        _review(db, CANONICAL, PRINCIPAL, "corrected", value=20.0),
    ])
    summary = build(corpus, db)
    assert "reviews: 2 applied, 0 disputed, 0 stale, 0 invalid" in summary.line(), summary.line()
    db.close()
    return tmp


@pytest.fixture
def conn(site):
    c = sqlite3.connect(site / "policy.db")
    yield c
    c.close()


def _ids(conn) -> dict[str, int]:
    return {path: i for i, path in conn.execute("select id, path from documents")}


def _query(conn, name: str, **params) -> list[dict]:
    sql = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["databases"]["policy"]["queries"][
        name]["sql"]
    params = {**dict.fromkeys(re.findall(r"(?<!:):(\w+)", sql), ""), **params}  # as Datasette passes them
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.row_factory = None


def test_the_two_copies_are_grouped_and_the_reviews_applied(conn):
    ids = _ids(conn)
    assert dict(conn.execute("select document_id, relation from document_groups")) == {
        ids[CANONICAL]: "canonical", ids[REPOST]: "repost"}
    reviewed = conn.execute("select evidence, value, auto_value, review from quotas where document_id = ? "
                            "and review is not null order by start", [ids[CANONICAL]]).fetchall()
    assert reviewed == [(PRINCIPAL, 20.0, 30.0, "corrected"), (MANAGERS, 40.0, None, "rejected")]


def test_principal_observation_counts_the_correction_once_and_the_rejection_never(conn):
    ids = _ids(conn)

    def lessons(**params) -> list[tuple]:
        rows = _query(conn, "principal_observation", province="", **params)
        return sorted((r["actor"], r["value"], r["statements"], r["review"], r["document_id"]) for r in rows)

    # Once per group: the canonical copy's rows, the corrected value in place of 30, no 40 anywhere.
    assert lessons() == lessons(include_reposts="0") == sorted([
        ("校长", 20.0, 1, "corrected", ids[CANONICAL]),
        ("校长", 10.0, 1, "unreviewed", ids[CANONICAL]),
        ("教研组长", 20.0, 1, "unreviewed", ids[CANONICAL]),
    ])
    # Every copy: the repost's own (unreviewed) rows join (both copies are in one region, so the rows both state
    # count 2, pointing at the lower id); the canonical's rejected row still never counts, the corrected one once.
    assert lessons(include_reposts="1") == sorted([
        ("校长", 20.0, 1, "corrected", ids[CANONICAL]),
        ("校长", 30.0, 1, "unreviewed", ids[REPOST]),
        ("分管教学的副校长和教务主任", 40.0, 1, "unreviewed", ids[REPOST]),
        ("校长", 10.0, 2, "unreviewed", min(ids.values())),
        ("教研组长", 20.0, 2, "unreviewed", min(ids.values())),
    ])
    # reviewed_only: the corrected row alone, with or without the reposts (their rows are unreviewed).
    for include_reposts in ("", "1"):
        assert lessons(reviewed_only="1", include_reposts=include_reposts) == [
            ("校长", 20.0, 1, "corrected", ids[CANONICAL])]


def test_activity_by_role_counts_the_correction_once_and_the_rejection_never(conn):
    ids = _ids(conn)

    def rows(**params) -> list[tuple]:
        found = _query(conn, "activity_by_role", activity="听课", **params)
        return sorted((r["evidence"], r["value"], r["review"], r["document_id"]) for r in found)

    once = rows(role="")
    assert {r[3] for r in once} == {ids[CANONICAL]}
    assert [r for r in once if r[0] in (PRINCIPAL, MANAGERS)] == [(PRINCIPAL, 20.0, "corrected", ids[CANONICAL])]
    assert len(once) == 4  # 30→20, 跨学科 10, 教研组长 20, 新任教师 15; the managers' 40 rejected
    assert rows(role="校长") == sorted([(PRINCIPAL, 20.0, "corrected", ids[CANONICAL]),
                                       ("跨学科听课不少于10节", 10.0, None, ids[CANONICAL])])
    every = rows(role="", include_reposts="1")
    assert [r for r in every if r[0] == PRINCIPAL] == sorted([(PRINCIPAL, 20.0, "corrected", ids[CANONICAL]),
                                                             (PRINCIPAL, 30.0, None, ids[REPOST])])
    assert [r for r in every if r[0] == MANAGERS] == [(MANAGERS, 40.0, None, ids[REPOST])]
    assert len(every) == 9
    for include_reposts in ("", "1"):
        assert rows(role="", reviewed_only="1", include_reposts=include_reposts) == [
            (PRINCIPAL, 20.0, "corrected", ids[CANONICAL])]


def test_views_and_the_dashboard_count_once_and_leave_rejected_rows_out(conn):
    ids = _ids(conn)
    # The _all twin has both copies of the rejected row, with their review and whether they count.
    assert sorted(conn.execute("select document_id, review, counted from quota_comparison_all where evidence = ?",
                               [MANAGERS])) == sorted([(ids[CANONICAL], "rejected", 1), (ids[REPOST], None, 0)])
    assert conn.execute("select count(*) from quota_comparison where document_id = ?", [ids[REPOST]]).fetchone()[0] == 0
    chart = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))["plugins"][
        "datasette-dashboards"]["compare"]["charts"]["principal-observation"]["query"]
    # Per year: the principal's corrected 20 → 40, 跨学科 10 → 20, 教研组长 20 → 40; no copy counted twice, no 40 → 80.
    assert sorted(r[1] for r in conn.execute(chart)) == [20.0, 40.0, 40.0]


def test_obligation_mix_leaves_rejected_clauses_out_of_restrictions(site, tmp_path):
    import shutil

    corpus, db_path = tmp_path / "corpus", tmp_path / "policy.db"
    shutil.copytree(site / "corpus", corpus)
    copy_database(site / "policy.db", db_path)
    db = open_db(db_path)
    ids = _ids(db.conn)
    before = db.execute("select restrictions, must, must_not from obligation_mix where document_id = ?",
                        [ids[CANONICAL]]).fetchone()
    sha = db.execute("select sha256 from documents where id = ?", [ids[CANONICAL]]).fetchone()[0]
    start, end, evidence, modality = db.execute(
        "select start, \"end\", evidence, modality from obligations where document_id = ? "
        "and modality in ('must', 'must_not') order by start limit 1", [ids[CANONICAL]]).fetchone()
    reviews = rv.read_reviews(corpus / "reviews.csv").reviews + [
        Review(sha256=sha, path=CANONICAL, table="obligations", start=start, end=end, evidence=evidence,
               decision="rejected", reviewer="test", at="2026-01-01T00:00:02+00:00")]
    rv.write_reviews(corpus / "reviews.csv", reviews)
    assert "reviews: 3 applied" in build(corpus, db).line()
    after = db.execute("select restrictions, must, must_not, rejected from obligation_mix where document_id = ?",
                       [ids[CANONICAL]]).fetchone()
    must, must_not = (before[1] - 1, before[2]) if modality == "must" else (before[1], before[2] - 1)
    assert after == (before[0] - 1, must, must_not, 1)
    every = _query(db.conn, "restriction_intensity", include_reposts="1")
    once = _query(db.conn, "restriction_intensity")
    assert sum(r["restrictions"] for r in once) == after[0]  # the repost is left out
    assert sum(r["restrictions"] for r in every) == after[0] + before[0]  # the repost's copy is not reviewed
    db.close()


def test_a_manual_row_never_decides_what_is_a_copy(site, tmp_path):
    """A quota a researcher adds in a repost's page chrome must not make it a wrapper with a requirement of its own."""
    import shutil

    corpus, db_path = tmp_path / "corpus", tmp_path / "policy.db"
    shutil.copytree(site / "corpus", corpus)
    copy_database(site / "policy.db", db_path)
    db = open_db(db_path)
    reviews = rv.read_reviews(corpus / "reviews.csv").reviews
    rv.write_reviews(corpus / "reviews.csv", reviews + [
        _review(db, REPOST, CHROME, "added", value=1.0, period="year", comparator=">=")])
    assert "reviews: 3 applied" in build(corpus, db).line()
    assert db.execute("select count(*) from quotas where rule = 'manual'").fetchone()[0] == 1
    groups.update_groups(db, full=True)  # what a change to the grouping code does, now that the manual row exists
    ids = _ids(db.conn)
    assert dict(db.execute("select document_id, relation from document_groups")) == {
        ids[CANONICAL]: "canonical", ids[REPOST]: "repost"}
    assert db.execute("select counted from quota_comparison_all where rule = 'manual'").fetchall() == [(0,)]
    db.close()


def test_the_notice_page_shows_copies_and_review_controls(site, tmp_path):
    import shutil

    from datasette.app import Datasette

    corpus, db_path = tmp_path / "corpus", tmp_path / "policy.db"
    shutil.copytree(site / "corpus", corpus)
    copy_database(site / "policy.db", db_path)
    reviews_db, _ = rv.prepare_serving(db_path, corpus, hosts=["127.0.0.1"])
    metadata = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(reviews_db)], immutables=[str(db_path)], metadata=metadata, settings={"suggest_facets": False})
    ids = {p: i for i, p in sqlite3.connect(db_path).execute("select id, path from documents")}

    async def page(doc_id: int) -> str:
        response = await ds.client.get(f"/policy/-/notice/{doc_id}")
        assert response.status_code == 200
        return response.text

    canonical = asyncio.run(page(ids[CANONICAL]))
    assert "also published as" in canonical and "The canonical copy" in canonical
    assert f'href="/policy/-/notice/{ids[REPOST]}"' in canonical
    assert 'class="review-rejected"' in canonical and 'class="review-corrected"' in canonical
    assert 'name="csrftoken"' in canonical and 'button class="rv-reject"' in canonical
    repost = asyncio.run(page(ids[REPOST]))
    assert "comparisons count the canonical copy instead" in repost and 'button class="rv-reject"' in repost
