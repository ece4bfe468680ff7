"""Researchers' reviews: corpus/reviews.csv applied by the build, kept across re-extraction, stale and disputed
reviews reported, malformed lines named, precision and gold files from reviews, spreadsheets in and out, and the
review POST endpoint's CSRF and origin checks."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from extract import fingerprint
from extract import reviews as rv
from extract.build import build
from extract.cli import cli
from extract.lexicons import schema_dir
from extract.reviews import Review
from extract.store import open_db

from .conftest import SEEDS, copy_database

OBSERVE = "001_3882e8ae2ec2069b.txt"
PRINCIPAL = "校长每学期至少听课30节"
MANAGERS = "业务副校长和教导主任每学期听课至少40节"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A corpus and database built once from the seeds (copy before changing: see ``site``)."""
    tmp = tmp_path_factory.mktemp("reviews-built")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    db = open_db(tmp / "policy.db")
    assert build(corpus, db).failed == 0
    db.close()
    return tmp


@pytest.fixture
def site(built, tmp_path):
    """A private copy of the built corpus and database: (corpus, db)."""
    shutil.copytree(built / "corpus", tmp_path / "corpus", copy_function=shutil.copy2)
    copy_database(built / "policy.db", tmp_path / "policy.db")
    db = open_db(tmp_path / "policy.db")
    yield tmp_path / "corpus", db
    db.close()


def quota(db, evidence: str) -> dict:
    cursor = db.execute(
        "select q.*, d.sha256, d.path from quotas q join documents d on d.id = q.document_id where q.evidence = ?", [evidence]
    )
    cols = [c[0] for c in cursor.description]
    return dict(zip(cols, cursor.fetchone()))


def change_lexicons(monkeypatch, tag: str, stages: tuple[str, ...] | None = None) -> None:
    """As if the lexicons of ``stages`` (default: every stage) had been edited: their fingerprints change."""
    real = fingerprint.fingerprints(Path(fingerprint.__file__).resolve().parent, schema_dir() / "lexicons")
    monkeypatch.setattr(fingerprint, "current", lambda: {
        k: (v + tag if stages is None or k in stages else v) for k, v in real.items()
    })


def review_of(row: dict, decision: str, table: str = "quotas", **fields) -> Review:
    spec = rv.TABLES[table]
    return Review(
        sha256=row["sha256"], path=row["path"], table=table, start=row["start"], end=row["end"],
        evidence=row[spec.evidence], decision=decision, fields=fields,
        auto={f: row[f] for f in spec.fields}, note="", reviewer="test", at="2026-01-01T00:00:00+00:00",
    )


def added_deadline(db, evidence: str, **fields) -> Review:
    doc = db.execute("select id, sha256, path, text from documents where path = ?", [OBSERVE]).fetchone()
    start = doc[3].index(evidence)
    return Review(sha256=doc[1], path=doc[2], table="deadlines", start=start, end=start + len(evidence),
                  evidence=evidence, decision="added", fields=fields, reviewer="test", at="2026-01-01T00:00:01+00:00")


def three_reviews(db) -> list[Review]:
    """Reject the managers' quota, correct the principal's to 20, add a deadline the rules missed."""
    text = db.execute("select text from documents where path = ?", [OBSERVE]).fetchone()[0]
    missed = next(s for s in ("每学期", "开学初") if s in text)
    return [
        review_of(quota(db, MANAGERS), "rejected"),
        review_of(quota(db, PRINCIPAL), "corrected", value=20.0),
        added_deadline(db, missed, kind="recurring"),
    ]


def test_build_applies_reviews_and_keeps_them_after_re_extraction(site, monkeypatch):
    corpus, db = site
    rv.write_reviews(corpus / "reviews.csv", three_reviews(db))
    summary = build(corpus, db)
    assert summary.unchanged == 5 and summary.failed == 0  # reviews.csv is not a notice
    assert "reviews: 3 applied, 0 disputed, 0 stale, 0 invalid" in summary.line()
    # As applied; then after a quota lexicon change re-extracts the quotas; then after a change that redoes everything.
    for i, (stages, what) in enumerate(((("quotas",), "5 re-extracted"), (None, "5 updated"), (None, None))):
        rejected, corrected = quota(db, MANAGERS), quota(db, PRINCIPAL)
        assert (rejected["review"], rejected["value"]) == ("rejected", 40.0)
        assert (corrected["review"], corrected["value"], corrected["auto_value"]) == ("corrected", 20.0, 30.0)
        assert (corrected["per_year"], corrected["auto_per_year"]) == (40.0, 60.0)
        assert corrected["actor_role"] == corrected["auto_actor_role"] == "校长"
        added = db.execute("select kind, rule, review, provision_id from deadlines where rule = 'manual'").fetchall()
        assert len(added) == 1 and added[0][:3] == ("recurring", "manual", "added") and added[0][3] is not None
        if what is None:
            break
        change_lexicons(monkeypatch, f"-edit{i}", stages)
        again = build(corpus, db)
        assert what in again.line() and "reviews: 3 applied" in again.line(), again.line()
    # The comparison hides the rejected row and shows the corrected value; reviewed_only keeps reviewed rows only.
    rows = db.execute(
        "select actor, value, review from quota_comparison where activity_key = '听课' and document_id = ?",
        [corrected["document_id"]],
    ).fetchall()
    assert ("校长", 20.0, "corrected") in rows and ("业务副校长和教导主任", 40.0, "rejected") in rows


def test_removing_a_review_restores_the_automatic_row(site):
    corpus, db = site
    reviews = three_reviews(db)
    rv.write_reviews(corpus / "reviews.csv", reviews)
    build(corpus, db)
    rv.write_reviews(corpus / "reviews.csv", reviews[:1])
    build(corpus, db)
    principal = quota(db, PRINCIPAL)
    assert (principal["value"], principal["review"], principal["auto_value"], principal["per_year"]) == (30.0, None, None, 60.0)
    assert db.execute("select count(*) from deadlines where rule = 'manual'").fetchone()[0] == 0
    assert quota(db, MANAGERS)["review"] == "rejected"


def test_changed_notice_text_makes_the_review_stale(site):
    corpus, db = site
    rv.write_reviews(corpus / "reviews.csv", three_reviews(db))
    build(corpus, db)
    path = corpus / OBSERVE
    path.write_text("（修订）" + path.read_text(encoding="utf-8"), encoding="utf-8")
    messages: list[str] = []
    summary = build(corpus, db, echo=messages.append)
    assert summary.updated == 1
    assert "0 applied, 0 disputed, 3 stale" in summary.line()
    stale = db.execute("select line, message from review_status where state = 'stale' order by line").fetchall()
    assert [s[0] for s in stale] == [2, 3, 4]
    assert all("the notice text changed" in s[1] for s in stale)
    assert any("reviews.csv line 2: stale" in m for m in messages)
    # Not misapplied: nothing in the changed notice carries a review.
    assert db.execute("select count(*) from quotas where review is not null").fetchone()[0] == 0
    # The reviewed file is still what researchers own: the build never rewrites it.
    assert len(rv.read_reviews(corpus / "reviews.csv").reviews) == 3
    # `policykb review` lists them; --drop-stale removes them once the researcher has looked.
    db_path = Path(db.conn.execute("pragma database_list").fetchone()[2])
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "--db", str(db_path), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "0 applied, 0 disputed, 3 stale, 0 superseded, 0 invalid" in result.output
    assert "  line 2: stale: the notice text changed" in result.output
    result = runner.invoke(cli, ["review", "--drop-stale", "--db", str(db_path), "--corpus", str(corpus)])
    assert "3 stale reviews removed" in result.output
    assert rv.read_reviews(corpus / "reviews.csv").reviews == []


def test_a_review_of_values_the_rules_no_longer_give_is_disputed(site):
    corpus, db = site
    principal = quota(db, PRINCIPAL)
    seen = review_of(principal, "confirmed")
    older = Review(**{**seen.__dict__, "auto": {**seen.auto, "value": 25.0}})  # what the rules gave when reviewed
    rv.write_reviews(corpus / "reviews.csv", [older])
    summary = build(corpus, db)
    assert "0 applied, 1 disputed" in summary.line()
    row = quota(db, PRINCIPAL)
    assert (row["review"], row["review_state"]) == ("confirmed", "disputed")
    message = db.execute("select message from review_status where state = 'disputed'").fetchone()[0]
    assert "value 30.0 (reviewed: 25.0)" in message
    # A disputed confirmation is not a reviewed row for comparisons.
    assert db.execute(f"select count(*) from quotas where id = ? and {rv.REVIEWED_SQL}", [row["id"]]).fetchone()[0] == 0


def test_malformed_lines_are_named_and_the_rest_applies(site):
    corpus, db = site
    good = review_of(quota(db, MANAGERS), "rejected")
    rows = [good.csv_row()]
    rows.append([good.sha256, good.path, "quotas", "x", "5", "abc", "rejected", "", "", "", "", ""])
    rows.append([good.sha256, good.path, "quotas", str(good.start), str(good.end), good.evidence, "maybe", "", "", "", "", ""])
    rows.append([good.sha256, good.path, "quotas", str(good.start), str(good.end), good.evidence, "corrected", "{value: 3}", "", "", "", ""])
    rows.append([good.sha256, good.path, "quotas", str(good.start), str(good.end), good.evidence, "corrected", '{"period": "fortnight"}', "", "", "", ""])
    import csv

    with (corpus / "reviews.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(rv.CSV_COLUMNS)
        w.writerows(rows)
    messages: list[str] = []
    summary = build(corpus, db, echo=messages.append)
    assert summary.failed == 0
    assert "1 applied" in summary.line() and "4 invalid" in summary.line()
    assert quota(db, MANAGERS)["review"] == "rejected"
    problems = dict(db.execute("select line, message from review_status where state = 'invalid'").fetchall())
    assert problems == {
        3: "start must be a whole number, not 'x'",
        4: "decision must be one of confirmed, rejected, corrected, added, not 'maybe'",
        5: "fields is not valid JSON (Expecting property name enclosed in double quotes at character 2)",
        6: "period must be one of semester, school_year, year, quarter, month, week, day, total, not 'fortnight'",
    }
    assert any(m.endswith("line 4: decision must be one of confirmed, rejected, corrected, added, not 'maybe'; that line is skipped") for m in messages)


def test_a_file_without_the_header_is_reported_not_fatal(site):
    corpus, db = site
    (corpus / "reviews.csv").write_text("hello,world\n1,2\n", encoding="utf-8")
    summary = build(corpus, db)
    assert summary.failed == 0 and "0 applied" in summary.line() and "1 invalid" in summary.line()
    message = db.execute("select line, message from review_status").fetchone()
    assert message[0] == 1 and message[1].startswith("header lacks column(s) sha256, path, table, start, end, evidence, decision")


def test_the_file_is_sorted_utf8_with_bom_and_keeps_lines_it_cannot_read(site, tmp_path):
    corpus, db = site
    path = tmp_path / "reviews.csv"
    rv.write_reviews(path, [], invalid_rows=[["not", "a", "review"]])
    a, b, c = three_reviews(db)
    assert rv.merge_reviews(path, [b, a]) == (2, 0)
    assert rv.merge_reviews(path, [c, Review(**{**a.__dict__, "at": "2026-02-01T00:00:00+00:00"})]) == (1, 1)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(rv.CSV_COLUMNS)
    starts = [int(line.split(",")[3]) for line in lines[1:4]]
    assert sorted(starts) == starts  # by path, then position in the notice: colleagues' lines merge
    assert lines[-1] == "not,a,review"
    assert '"{""value"": 20.0}"' in data.decode("utf-8-sig")


def test_precision_and_gold_from_reviews(site, tmp_path):
    corpus, db = site
    reviews = three_reviews(db)
    confirm = review_of(quota(db, "每年进行一次考核、调整、增补"), "confirmed")
    rv.write_reviews(corpus / "reviews.csv", reviews + [confirm])
    build(corpus, db)
    rows = {(r["extractor"], r["rule"]): r for r in rv.precision(db)}
    auto = rows[("quotas", "quota.count")]  # automatic quota rows carry the id of their kind rule (issue 10)
    assert (auto["reviewed"], auto["confirmed"], auto["corrected"], auto["rejected"]) == (3, 1, 1, 1)
    assert (auto["precision"], auto["strict_precision"]) == (0.667, 0.333)
    assert rows[("deadlines", "manual")]["added"] == 1
    db.close()
    result = CliRunner().invoke(cli, ["eval", "--reviews", "--db", str(corpus.parent / "policy.db")])
    assert result.exit_code == 0, result.output
    assert "quotas" in result.output and "0.67" in result.output and "0.33" in result.output
    gold_dir = tmp_path / "gold"
    result = CliRunner().invoke(cli, ["review", "--to-gold", str(gold_dir), "--db", str(corpus.parent / "policy.db"),
                                      "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in gold_dir.iterdir())
    assert set(files) == {"000_b11a7b4cf11b919c.txt.json", f"{OBSERVE}.json"}
    gold = json.loads((gold_dir / f"{OBSERVE}.json").read_text(encoding="utf-8"))
    assert gold["doc"] == OBSERVE and gold["metadata"]["region"]["adcode"] == "232700"
    assert gold["quotas"] == [{"actor": "校长", "activity": "听课", "period": "semester", "comparator": ">=",
                               "value": 20.0, "value_max": None, "unit": "节", "evidence": PRINCIPAL}]
    assert [d["kind"] for d in gold["deadlines"]] == ["recurring"] and gold["bodies"] == []
    # The gold files pass the shared checker's shape and score like gold.
    from extract.evaluate import load_gold

    assert set(load_gold(gold_dir)) == {"000_b11a7b4cf11b919c.txt", OBSERVE}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_spreadsheet_round_trip(site, tmp_path, suffix):
    corpus, db = site
    db_path = corpus.parent / "policy.db"
    db.close()
    sheet = tmp_path / f"review{suffix}"
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "--export", str(sheet), "--db", str(db_path), "--table", "quotas"])
    assert result.exit_code == 0, result.output
    if suffix == ".csv":
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
        for r in rows:
            if r["evidence"] == PRINCIPAL:
                r["decision"], r["value"] = "corrected", "20"
            elif r["evidence"] == MANAGERS:
                r["decision"], r["note"] = "rejected", "middle managers are counted elsewhere"
            elif r["evidence"] == "举办一次校长论坛":
                r["decision"], r["period"] = "corrected", "fortnight"
        with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        bad_line = next(i for i, r in enumerate(rows, start=2) if r["evidence"] == "举办一次校长论坛")
    else:
        from openpyxl import load_workbook

        wb = load_workbook(sheet)
        ws = wb.active
        head = [c.value for c in ws[1]]
        col = {h: i for i, h in enumerate(head)}
        bad_line = None
        for i, row in enumerate(ws.iter_rows(min_row=2), start=2):
            if row[col["evidence"]].value == PRINCIPAL:
                row[col["decision"]].value, row[col["value"]].value = "corrected", 20
            elif row[col["evidence"]].value == MANAGERS:
                row[col["decision"]].value, row[col["note"]].value = "rejected", "middle managers are counted elsewhere"
            elif row[col["evidence"]].value == "举办一次校长论坛":
                row[col["decision"]].value, row[col["period"]].value = "corrected", "fortnight"
                bad_line = i
        wb.save(sheet)
    result = runner.invoke(cli, ["review", "--import", str(sheet), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert f"line {bad_line}: period must be one of" in result.output
    assert "2 reviews recorded, 0 unchanged, 1 lines skipped" in result.output
    found = {r.evidence: r for r in rv.read_reviews(corpus / "reviews.csv").reviews}
    assert found[PRINCIPAL].decision == "corrected" and found[PRINCIPAL].fields == {"value": 20.0}
    assert found[PRINCIPAL].auto["value"] == 30.0
    assert found[MANAGERS].note == "middle managers are counted elsewhere"
    # Importing the same sheet again changes nothing.
    assert "0 reviews recorded, 2 unchanged" in runner.invoke(cli, ["review", "--import", str(sheet), "--corpus", str(corpus)]).output
    db = open_db(db_path)
    build(corpus, db)
    assert quota(db, PRINCIPAL)["value"] == 20.0
    db.close()


# ------------------------------------------------------------------ the POST endpoint, in process


@pytest.fixture
def served(site):
    """Datasette over the copied database plus reviews.db, as `policykb serve` opens them."""
    from datasette.app import Datasette

    corpus, db = site
    db_path = Path(db.conn.execute("pragma database_list").fetchone()[2])
    # read before closing: a writer opened after Datasette holds the file immutable (open_db applies the
    # schema, and its log is checkpointed into the file whenever the connection is collected) made Datasette
    # read a half-written page now and then ("database disk image is malformed")
    doc_id, row_id = db.execute("select document_id, id from quotas where evidence = ?", [MANAGERS]).fetchone()
    db.close()
    reviews_db, _ = rv.prepare_serving(db_path, corpus, hosts=["127.0.0.1"])
    metadata = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(reviews_db)], immutables=[str(db_path)], metadata=metadata, settings={"suggest_facets": False})
    return ds, corpus, doc_id, row_id


def run(coro):
    return asyncio.run(coro)


async def _token(ds, doc_id) -> tuple[str, str]:
    """(cookie, token) as a browser gets them from the notice page."""
    import re

    page = await ds.client.get(f"/policy/-/notice/{doc_id}")
    assert page.status_code == 200
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    return page.cookies["ds_csrftoken"], token


def test_notice_page_posts_a_review(served):
    ds, corpus, doc_id, row_id = served

    async def go():
        cookie, token = await _token(ds, doc_id)
        form = {"csrftoken": token, "database": "policy", "document_id": str(doc_id), "table": "quotas",
                "row_id": str(row_id), "decision": "rejected", "note": "不是听课要求"}
        response = await ds.client.post("/-/review", data=form, cookies={"ds_csrftoken": cookie},
                                        headers={"Origin": "http://localhost"})
        page = await ds.client.get(f"/policy/-/notice/{doc_id}")
        return response, page

    response, page = run(go())
    assert response.status_code == 303, response.text
    assert response.headers["location"].startswith(f"/policy/-/notice/{doc_id}#ex-quotas-")
    (review,) = rv.read_reviews(corpus / "reviews.csv").reviews
    assert (review.decision, review.evidence, review.note, review.auto["value"]) == ("rejected", MANAGERS, "不是听课要求", 40.0)
    assert 'class="review-rejected"' in page.text and "at next build" in page.text


def test_json_post_needs_the_token_too(served):
    ds, corpus, doc_id, row_id = served

    async def go(with_token: bool, with_cookie: bool = True):
        cookie, token = await _token(ds, doc_id)
        body = {"database": "policy", "document_id": doc_id, "table": "quotas", "row_id": row_id,
                "decision": "corrected", "f_value": "45"}
        headers = {"Origin": "http://localhost", "Content-Type": "application/json"}
        if with_token:
            headers["x-csrftoken"] = token
        cookies = {"ds_csrftoken": cookie} if with_cookie else {}
        return await ds.client.post("/-/review", content=json.dumps(body), cookies=cookies, headers=headers)

    assert run(go(False)).status_code == 403  # Datasette's own check (asgi-csrf) refuses it
    refused = run(go(False, with_cookie=False))  # which lets a POST without cookies through: ours does not
    assert refused.status_code == 403
    assert refused.json() == {"ok": False, "error": "review refused: missing or wrong CSRF token; reload the notice page and try again"}
    assert not (corpus / "reviews.csv").exists()
    accepted = run(go(True))
    assert accepted.status_code == 200 and accepted.json()["review"]["fields"] == {"value": 45.0}
    assert accepted.json()["review"]["auto"]["value"] == 40.0
    (review,) = rv.read_reviews(corpus / "reviews.csv").reviews
    assert (review.decision, review.fields) == ("corrected", {"value": 45.0})


@pytest.mark.parametrize("case, status, message", [
    ("no token", 403, "form-urlencoded POST field did not match cookie"),  # Datasette's asgi-csrf
    ("no cookie", 403, "review refused: missing or wrong CSRF token"),
    ("other origin", 403, "review refused: posted from 'evil.example', not from 'localhost'"),
    ("no origin", 403, "review refused: the request names no Origin or Referer"),
    ("other host", 403, "review refused: Host 'evil.example' is not this server"),
    ("wrong evidence", 400, "review refused: the selection"),
])
def test_refused_posts(served, case, status, message):
    ds, corpus, doc_id, row_id = served

    async def go():
        cookie, token = await _token(ds, doc_id)
        form = {"csrftoken": token, "database": "policy", "document_id": str(doc_id), "table": "quotas",
                "row_id": str(row_id), "decision": "confirmed"}
        cookies = {"ds_csrftoken": cookie}
        headers = {"Origin": "http://localhost"}
        if case == "no token":
            del form["csrftoken"]
        elif case == "no cookie":
            cookies = {}
        elif case == "other origin":
            headers["Origin"] = "http://evil.example"
        elif case == "no origin":
            headers = {}
        elif case == "other host":
            headers = {"Host": "evil.example", "Origin": "http://evil.example"}
        elif case == "wrong evidence":
            del form["row_id"]
            form.update(decision="added", start="0", end="4", evidence="不是原文", f_kind="absolute")
            form["table"] = "deadlines"
        return await ds.client.post("/-/review", data=form, cookies=cookies, headers=headers)

    response = run(go())
    assert response.status_code == status
    assert response.text.startswith(message)
    assert not (corpus / "reviews.csv").exists()


def mention(db, text: str) -> dict:
    cursor = db.execute(
        "select m.*, d.sha256, d.path from body_mentions m join documents d on d.id = m.document_id "
        "where m.text = ? and d.path = ? order by m.start limit 1", [text, OBSERVE]
    )
    cols = [c[0] for c in cursor.description]
    return dict(zip(cols, cursor.fetchone()))


def test_bodies_and_obligations_are_reviewed_too(site, monkeypatch):
    corpus, db = site
    body = mention(db, "各县(市、区)政府")
    cursor = db.execute("select o.*, d.sha256, d.path from obligations o join documents d on d.id = o.document_id "
                        "where o.evidence = '引导家长树立科学的育儿观念'")
    obligation = dict(zip([c[0] for c in cursor.description], cursor.fetchone()))
    text = db.execute("select text from documents where path = ?", [OBSERVE]).fetchone()[0]
    at = text.index("家长学校")
    new_body = Review(sha256=body["sha256"], path=OBSERVE, table="body_mentions", start=at, end=at + 4, evidence="家长学校",
                      decision="added", fields={"name": "家长学校", "role": "responsible"}, at="2026-01-01T00:00:02+00:00")
    rv.write_reviews(corpus / "reviews.csv", [
        review_of(body, "corrected", table="body_mentions", name="县(市、区)人民政府"),
        review_of(obligation, "corrected", table="obligations", modality="must"),
        new_body,
    ])
    for i in range(2):
        summary = build(corpus, db)
        assert "3 applied" in summary.line()
        row = mention(db, "各县(市、区)政府")
        assert (row["name"], row["auto_name"], row["review"]) == ("县(市、区)人民政府", "各县(市、区)政府", "corrected")
        duties = db.execute("select body, review from body_duties where mention = '各县(市、区)政府' and review is not null").fetchall()
        assert duties == [("县(市、区)人民政府", "corrected")]
        assert db.execute("select modality, auto_modality from obligations where evidence = ?",
                          [obligation["evidence"]]).fetchone() == ("must", "encouraged")  # ids change on re-extraction
        added = db.execute("select b.key, m.role, m.rule from body_mentions m join bodies b on b.id = m.body_id "
                           "where m.rule = 'manual'").fetchall()
        assert added == [("manual|家长学校", "responsible", "manual")]
        change_lexicons(monkeypatch, f"-edit{i}")
    # The mix of obligations counts the corrected modality.
    mix = db.execute("select reviewed, rejected from obligation_mix where document_id = ?", [obligation["document_id"]]).fetchone()
    assert mix == (1, 0)
    (corpus / "reviews.csv").unlink()
    build(corpus, db)
    assert db.execute("select count(*) from bodies where key like 'manual|%'").fetchone()[0] == 0
    assert mention(db, "各县(市、区)政府")["name"] == "各县(市、区)政府"
    assert db.execute("select modality from obligations where evidence = ?", [obligation["evidence"]]).fetchone() == ("encouraged",)
    assert db.execute("select count(*) from review_status").fetchone()[0] == 0


def test_a_colleagues_reviews_merge_and_the_latest_decision_wins(site):
    corpus, db = site
    mine = review_of(quota(db, MANAGERS), "rejected")
    theirs = Review(**{**mine.__dict__, "decision": "confirmed", "reviewer": "同事", "at": "2026-03-01T00:00:00+00:00"})
    other = review_of(quota(db, PRINCIPAL), "confirmed")
    # What git makes of two people's files: both lines of the same row, one after the other.
    rv.write_reviews(corpus / "reviews.csv", [mine, other])
    text = (corpus / "reviews.csv").read_text(encoding="utf-8-sig")
    (corpus / "reviews.csv").write_text(text + ",".join(f'"{c}"' for c in (x.replace('"', '""') for x in theirs.csv_row())) + "\n",
                                        encoding="utf-8-sig")
    summary = build(corpus, db)
    assert "reviews: 2 applied, 0 disputed, 0 stale, 1 superseded, 0 invalid" in summary.line()
    assert quota(db, MANAGERS)["review"] == "confirmed"
    # line 2 is the principal's quota (earlier in the notice), line 3 mine, line 4 the colleague's
    assert db.execute("select line, reviewer from review_status where state = 'superseded'").fetchall() == [(3, "test")]
