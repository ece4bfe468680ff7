"""Incremental builds, provenance in the database, bad inputs that never stop a build."""

from __future__ import annotations

import json
import shutil

import pytest

from extract import store
from extract.build import build

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"

EXPECTED_REGIONS = {
    "000_b11a7b4cf11b919c.txt": ("350423", "county", None),
    "001_3882e8ae2ec2069b.txt": ("232700", "prefecture", None),
    "002_b48a4dfbefa08749.txt": ("341525", "township", "落儿岭镇"),
    "003_e84fabd137aa03fc.txt": ("350700", "prefecture", None),
    "004_39fd71eae852dec9.txt": ("150300", "prefecture", None),
}


def test_bundled_corpus_builds_with_regions(seed_corpus, fresh_db):
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (5, 0)
    rows = fresh_db.execute(
        "select d.path, r.adcode, r.level, r.township from documents d join regions r on r.key = d.region_key"
    ).fetchall()
    assert {r[0]: tuple(r[1:]) for r in rows} == EXPECTED_REGIONS


def test_provenance_holds_for_every_row(seed_corpus, fresh_db):
    build(seed_corpus, fresh_db)
    for table, column in (
        ("provisions", "text"),
        ("quotas", "evidence"),
        ("obligations", "evidence"),
        ("deadlines", "evidence"),
        ("body_mentions", "text"),
        ("references", "evidence"),
    ):
        total = fresh_db.execute(f'select count(*) from "{table}"').fetchone()[0]
        assert total > 0, table
        bad = fresh_db.execute(
            f'select count(*) from "{table}" t join documents d on d.id = t.document_id '
            f'where substr(d.text, t.start + 1, t."end" - t.start) != t.{column}'
        ).fetchone()[0]
        assert bad == 0, table
        orphans = fresh_db.execute(
            f'select count(*) from "{table}" t where t.document_id not in (select id from documents)'
        ).fetchone()[0]
        assert orphans == 0, table
    # every extraction sits inside the provision it points at
    for table in ("quotas", "obligations", "deadlines", "references"):
        outside = fresh_db.execute(
            f'select count(*) from "{table}" t join provisions p on p.id = t.provision_id '
            f'where t.start < p.start or t.start >= p."end"'
        ).fetchone()[0]
        assert outside == 0, table


def test_fts_finds_two_character_words(seed_corpus, fresh_db):
    build(seed_corpus, fresh_db)
    hits = fresh_db.execute(
        "select p.text from provisions_fts f join provisions p on p.id = f.rowid where provisions_fts match ?",
        ['"听课"'],
    ).fetchall()
    assert hits and all("听课" in h[0] for h in hits)
    assert any("校长每学期至少听课30节" in h[0] for h in hits)
    docs = fresh_db.execute("select rowid from documents_fts where documents_fts match ?", ['"进修"']).fetchall()
    assert len(docs) >= 2


def test_rebuild_is_incremental(seed_corpus, fresh_db):
    build(seed_corpus, fresh_db)
    before = fresh_db.execute("select id, path, ingested_at from documents order by id").fetchall()
    again = build(seed_corpus, fresh_db)
    assert (again.added, again.updated, again.unchanged, again.removed, again.failed) == (0, 0, 5, 0, 0)
    assert fresh_db.execute("select id, path, ingested_at from documents order by id").fetchall() == before

    changed = seed_corpus / "003_e84fabd137aa03fc.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("南平市教育局关于", "南平市教育局关于切实", 1), encoding="utf-8")
    (seed_corpus / "000_b11a7b4cf11b919c.txt").unlink()
    third = build(seed_corpus, fresh_db)
    assert (third.added, third.updated, third.unchanged, third.removed) == (0, 1, 3, 1)
    titles = [r[0] for r in fresh_db.execute("select title from documents where path like '003%'")]
    assert titles == ["南平市教育局关于切实进一步加强名校名师培育工作的通知"]
    assert fresh_db.execute("select count(*) from provisions where document_id not in (select id from documents)").fetchone()[0] == 0
    # the updated document keeps its id
    old_id = next(r[0] for r in before if r[1].startswith("003"))
    assert fresh_db.execute("select id from documents where path like '003%'").fetchone()[0] == old_id


@pytest.mark.parametrize(
    "name, fragment",
    [
        ("empty.txt", "empty.txt"),
        ("junk.txt", "junk.txt"),
        ("corrupt.pdf", "corrupt.pdf"),
        ("encrypted.pdf", "encrypted.pdf"),
        ("scan.pdf", "OCR"),
        ("truncated.docx", "truncated.docx"),
        ("notes.xyz", "notes.xyz"),
    ],
)
def test_bad_input_is_recorded_and_the_build_goes_on(seed_corpus, fresh_db, name, fragment):
    shutil.copy2(FIXTURES / name, seed_corpus / name)
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (5, 1)
    errors = fresh_db.execute("select path, error from ingest_errors").fetchall()
    assert len(errors) == 1 and errors[0][0] == name and fragment in errors[0][1]
    # the same bytes are not retried, and nothing changes
    again = build(seed_corpus, fresh_db)
    assert (again.unchanged, again.failed) == (5, 1)
    # removing the bad file clears its error
    (seed_corpus / name).unlink()
    build(seed_corpus, fresh_db)
    assert fresh_db.execute("select count(*) from ingest_errors").fetchone()[0] == 0


def test_a_good_document_survives_a_bad_replacement(seed_corpus, fresh_db):
    build(seed_corpus, fresh_db)
    target = seed_corpus / "004_39fd71eae852dec9.txt"
    before = fresh_db.execute("select count(*) from provisions p join documents d on d.id = p.document_id where d.path = ?", [target.name]).fetchone()[0]
    target.write_bytes(b"\x00\x01\x02junk" * 50)
    summary = build(seed_corpus, fresh_db)
    assert summary.failed == 1
    after = fresh_db.execute("select count(*) from provisions p join documents d on d.id = p.document_id where d.path = ?", [target.name]).fetchone()[0]
    assert after == before > 0
    assert fresh_db.execute("select count(*) from ingest_errors where path = ?", [target.name]).fetchone()[0] == 1


def test_all_formats_build(tmp_path, fresh_db):
    root = tmp_path / "c"
    root.mkdir()
    for name in ("notice.html", "notice.docx", "notice.pdf", "notice_gbk.txt", "notice_bom.txt"):
        shutil.copy2(FIXTURES / name, root / name)
    summary = build(root, fresh_db)
    assert (summary.added, summary.failed) == (5, 0), summary.errors
    formats = dict(fresh_db.execute("select path, format from documents").fetchall())
    assert formats["notice.pdf"] == "pdf" and formats["notice.docx"] == "docx" and formats["notice.html"] == "html"
    for path in ("notice.html", "notice.docx", "notice.pdf", "notice_gbk.txt"):
        row = fresh_db.execute("select title, date, region_adcode from documents where path = ?", [path]).fetchone()
        assert row == ("乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知", "2023-10-20", "150300"), path
    # headings survive in every format (Word numbering recovered in the DOCX)
    for path in ("notice.html", "notice.docx", "notice.pdf"):
        paths = [r[0] for r in fresh_db.execute(
            "select s.path from sections s join documents d on d.id = s.document_id where d.path = ?", [path])]
        assert "一/（一）" in paths and "三/（二）/1" in paths, path


def test_unchanged_size_and_mtime_skip_hashing(seed_corpus, fresh_db, monkeypatch):
    import extract.build as build_module

    build(seed_corpus, fresh_db)
    calls = []
    real = build_module.sha256_file
    monkeypatch.setattr(build_module, "sha256_file", lambda p: calls.append(p.name) or real(p))
    again = build(seed_corpus, fresh_db)
    assert again.unchanged == 5 and calls == []
    # touching a file re-hashes it, finds the same bytes, and changes nothing else
    target = seed_corpus / "002_b48a4dfbefa08749.txt"
    target.touch()
    import os

    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    third = build(seed_corpus, fresh_db)
    assert third.unchanged == 5 and calls == [target.name]


def test_references_link_to_corpus_documents_incrementally(tmp_path, fresh_db):
    root = tmp_path / "c"
    root.mkdir()
    cited = "某市教育局关于印发《某市教研员管理办法》的通知\n某教发〔2024〕3号\n各学校:\n教研员每年下校不少于60天。\n某市教育局\n2024年3月1日\n"
    citing = "某县教育局关于落实教研员管理的通知\n各学校:\n根据《某市教研员管理办法》(某教发〔2024〕3号)要求,做好工作。\n某县教育局\n2024年5月1日\n"
    (root / "b_citing.txt").write_text(citing, encoding="utf-8")
    build(root, fresh_db)
    assert fresh_db.execute('select cited_document_id from "references" where doc_number is not null').fetchall() == [(None,)]
    # the cited notice arrives later: the unchanged citing document now links to it
    (root / "a_cited.txt").write_text(cited, encoding="utf-8")
    build(root, fresh_db)
    target = fresh_db.execute("select id from documents where path = 'a_cited.txt'").fetchone()[0]
    assert fresh_db.execute('select cited_document_id from "references" where doc_number is not null').fetchall() == [(target,)]
    # and the link goes when the cited notice is removed
    (root / "a_cited.txt").unlink()
    build(root, fresh_db)
    assert fresh_db.execute('select cited_document_id from "references" where doc_number is not null').fetchall() == [(None,)]


TOWN_SCHOOL = "百善镇中心学校关于开展听课活动的通知\n各教研组:\n本学期每位教师听课不少于10节。\n百善镇中心学校\n2024年3月5日\n"
COUNTY_BUREAU = "濉溪县教育局关于开展中小学教研活动的通知\n各中小学:\n请各校每月组织一次教研活动。\n濉溪县教育局\n2024年3月1日\n"


def _town_region(db) -> tuple:
    return db.execute("select region_key, region_basis from documents where path = 'town.txt'").fetchone()


def test_a_shared_town_name_is_settled_by_the_county_notice_of_the_corpus(tmp_path, fresh_db):
    # 百善镇: 北京市昌平区 and 安徽省濉溪县 have one; the school's notice names neither
    root = tmp_path / "c"
    root.mkdir()
    (root / "town.txt").write_text(TOWN_SCHOOL, encoding="utf-8")
    build(root, fresh_db)
    assert _town_region(fresh_db) == (None, None)
    options = fresh_db.execute("select region_options from documents where path = 'town.txt'").fetchone()[0]
    assert json.loads(options) == ["110114/百善镇", "340621/百善镇"]
    # the county's notice arrives: the unchanged school notice gets its county, from the corpus
    (root / "county.txt").write_text(COUNTY_BUREAU, encoding="utf-8")
    build(root, fresh_db)
    assert _town_region(fresh_db) == ("340621/百善镇", "corpus")
    assert fresh_db.execute("select level, township from regions where key = '340621/百善镇'").fetchone() == (
        "township", "百善镇")
    assert fresh_db.execute("select region_basis from documents where path = 'county.txt'").fetchone() == ("text",)
    # the summaries see it (the per-document rows were refreshed with the new region)
    assert not store.summary_drift(fresh_db)
    # a build with nothing new changes nothing
    build(root, fresh_db)
    assert _town_region(fresh_db) == ("340621/百善镇", "corpus")
    # the other county's notice too: two readings are seen, none is taken
    (root / "other.txt").write_text(COUNTY_BUREAU.replace("濉溪县", "北京市昌平区"), encoding="utf-8")
    build(root, fresh_db)
    assert _town_region(fresh_db) == (None, None)
    (root / "other.txt").unlink()
    build(root, fresh_db)
    assert _town_region(fresh_db) == ("340621/百善镇", "corpus")
    # the county's notice is removed: no region again
    (root / "county.txt").unlink()
    build(root, fresh_db)
    assert _town_region(fresh_db) == (None, None)
    assert not store.summary_drift(fresh_db)


def test_a_province_alone_settles_no_shared_town_and_a_region_of_the_text_stays(tmp_path, fresh_db):
    root = tmp_path / "c"
    root.mkdir()
    (root / "town.txt").write_text(TOWN_SCHOOL, encoding="utf-8")
    (root / "province.txt").write_text(COUNTY_BUREAU.replace("濉溪县教育局", "安徽省教育厅"), encoding="utf-8")
    build(root, fresh_db, workers=2)
    assert _town_region(fresh_db) == (None, None)
    # a school of the other 百善镇 whose own text names 北京市: its region is the text's, and it is
    # what the corpus now holds in 北京市 (1101), so the first school is read as 昌平区's
    (root / "named.txt").write_text(TOWN_SCHOOL.replace("本学期", "按北京市教委要求,本学期"), encoding="utf-8")
    build(root, fresh_db)
    assert _town_region(fresh_db) == ("110114/百善镇", "corpus")
    assert fresh_db.execute("select region_key, region_basis from documents where path = 'named.txt'").fetchone() == (
        "110114/百善镇", "text")
