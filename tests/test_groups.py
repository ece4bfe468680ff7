"""Copies of one notice (extract/groups.py): grouping, canonical choice, relations, counting once."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from extract import groups
from extract.build import build
from extract.store import open_db

from .conftest import ROOT, SEEDS, copy_database

TITLE = "三明市教育局关于进一步加强中小学校长听课评课工作的通知"

# The bureau's notice: title, addressees, body with quotas, signature, date.
NOTICE = f"""{TITLE}

各县（市、区）教育局，市直各学校：
为深入推进课堂教学改革，发挥校长在教学管理中的示范引领作用，切实提高课堂教学质量，现就进一步加强中小学校长听课评课工作通知如下。
一、提高思想认识
校长是学校教学工作的第一责任人。各校要把听课评课作为校长深入教学一线、研究课堂、指导教师的重要途径，纳入学校教学常规管理，建立校长听课评课工作台账，做到有计划、有记录、有反馈。
二、明确听课要求
（一）校长每学期听课不少于30节，其中跨学科听课不少于10节。
（二）分管教学的副校长和教务主任每学期听课不少于40节。
（三）教研组长每学期听课不少于20节，新任教师每学期听课不少于15节。
（四）听课后要及时与授课教师交流，评课意见应具体明确，切忌流于形式。
三、加强评课指导
各校要以听课评课为抓手，开展同课异构、课例研讨等校本教研活动，每月至少组织一次集体评课活动。校长要带头上示范课，每学年不少于2节。
四、强化督导考核
各县（市、区）教育局要将校长听课评课情况纳入学校年度考核和校长考评的重要内容，每学期开展一次专项检查，检查结果在全市通报。对听课评课工作不落实、弄虚作假的学校，要责令整改并予以通报批评。
五、工作要求
各校要于2023年3月31日前制定本校听课评课实施细则，报所在县（市、区）教育局备案。市教育局将适时组织开展优秀听课笔记和评课案例评选活动，推广先进经验。

三明市教育局
2023年3月1日
"""

BUREAU = "发布机构：三明市教育局\n发布日期：2023-03-01\n" + NOTICE
# Two county sites repost it with their own page chrome and header fields.
COUNTY_A = (
    "当前位置：首页 > 通知公告 > 教育教学\n发布机构：清流县教育局\n发布日期：2023-03-08\n"
    "【字体：大 中 小】\n信息来源：三明市教育局网站（转载）\n" + NOTICE
    + "\n转自三明教育网\n扫一扫在手机上查看当前页面\n【打印本页】 【关闭窗口】\n"
    "主办单位：清流县人民政府办公室\n"
)
COUNTY_B = (
    "宁化县人民政府 | 政务公开 | 教育 | 通知公告\n索引号：xxq-2023-0311\n来源：宁化县教育局 发布时间：2023-03-11 浏览次数：532\n"
    + NOTICE.replace("\n\n", "\n") + "\n转自三明教育网\n责任编辑：宁化县教育局 张丽\n上一篇：宁化县2023年春季开学工作安排\n下一篇：关于做好中小学生安全教育工作的通知\n"
)
# A school forwards it: its own note, with a requirement of its own, then the whole notice.
SCHOOL = f"""清流县第一中学关于转发《{TITLE}》的通知

各教研组、各年段：
现将《{TITLE}》转发给你们，请认真组织学习，结合我校实际抓好落实。
我校另作如下要求：班主任每周听课不少于1节，听课记录每月底交教务处检查。

清流县第一中学
2023年3月9日

{NOTICE}"""
# A news item quotes it whole.
NEWS = f"""三明出台校长听课评课新规
3月5日，三明市教育局印发《{TITLE}》，对全市中小学校长、副校长和中层干部的听课节数提出明确要求。全文如下：
{NOTICE}
（记者 林晓）
"""

# Two counties' plans from one provincial template: the same sentences, their own names and numbers.
TEMPLATE = """{county}中小学教师继续教育学时管理办法

各乡镇中心学校，县直各学校：
为规范我县中小学教师继续教育学时管理，提高教师专业素养，根据省教育厅有关文件精神，结合{county}实际，制定本办法。
一、学时要求
（一）全县中小学教师每学年参加继续教育培训不少于{hours}学时，五年累计不少于{total}学时。
（二）新任教师在试用期内参加岗前培训不少于{new}学时。
（三）校长每年参加校长任职培训或提高培训不少于{head}学时。
二、学时认定
教师参加县级以上教育行政部门组织的集中培训、网络研修和校本研修，经考核合格后按实际学时予以认定。校本研修学时由学校审核后报县教师进修学校认定，每学年认定的校本研修学时不超过总学时的百分之三十。
三、管理与考核
各校要建立教师继续教育学时档案，实行一人一档，每学年末将学时认定情况报县教育局备案。继续教育学时达不到规定要求的，年度考核不得评为优秀，不得参加高一级专业技术职务评聘。
四、附则
本办法由{county}教育局负责解释，自印发之日起施行。

{county}教育局
2022年9月1日
"""


@pytest.fixture(scope="module")
def grouped(tmp_path_factory) -> Path:
    """A corpus where one notice appears five times, with two unrelated seeds and two template-derived plans."""
    tmp = tmp_path_factory.mktemp("groups")
    corpus = tmp / "corpus"
    corpus.mkdir()
    # File names put a county repost first, so "earliest id" alone would pick the wrong copy.
    files = {
        "a_qingliu_repost.txt": COUNTY_A,
        "b_ninghua_repost.txt": COUNTY_B,
        "c_sanming_notice.txt": BUREAU,
        "d_school_forward.txt": SCHOOL,
        "e_news.txt": NEWS,
        "t_qingliu_plan.txt": TEMPLATE.format(county="清流县", hours=72, total=360, new=120, head=40),
        "t_ninghua_plan.txt": TEMPLATE.format(county="宁化县", hours=48, total=240, new=100, head=30),
    }
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for seed in SEEDS[:2]:
        shutil.copy2(seed, corpus / seed.name)
    db = open_db(tmp / "policy.db")
    summary = build(corpus, db)
    assert summary.failed == 0, summary.errors
    db.close()
    return tmp


def _ids(conn) -> dict[str, int]:
    return {path: i for i, path in conn.execute("select id, path from documents")}


def _query(conn, name: str, **params) -> list[dict]:
    import yaml

    meta = yaml.safe_load((ROOT / "schema" / "metadata.yml").read_text(encoding="utf-8"))
    sql = meta["databases"]["policy"]["queries"][name]["sql"]
    # A parameter not given is empty, as Datasette and policykb export pass it (reviewed_only, include_reposts …).
    params = {**dict.fromkeys(re.findall(r"(?<!:):(\w+)", sql), ""), **params}
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.row_factory = None


@pytest.fixture
def conn(grouped):
    c = sqlite3.connect(grouped / "policy.db")
    yield c
    c.close()


def test_one_group_of_five_with_the_bureau_as_canonical(conn):
    ids = _ids(conn)
    rows = {r[0]: r[1:] for r in conn.execute(
        'select document_id, group_id, canonical_id, relation, similarity, start, "end" from document_groups')}
    five = ["a_qingliu_repost.txt", "b_ninghua_repost.txt", "c_sanming_notice.txt", "d_school_forward.txt", "e_news.txt"]
    assert set(rows) == {ids[p] for p in five}
    assert {rows[ids[p]][0] for p in five} == {min(ids[p] for p in five)}
    assert {rows[ids[p]][1] for p in five} == {ids["c_sanming_notice.txt"]}
    relations = {p: rows[ids[p]][2] for p in five}
    assert relations == {
        "c_sanming_notice.txt": "canonical",
        "a_qingliu_repost.txt": "repost",
        "b_ninghua_repost.txt": "repost",
        "d_school_forward.txt": "wraps",
        "e_news.txt": "quoted-in",
    }
    for p in ("a_qingliu_repost.txt", "b_ninghua_repost.txt"):
        assert rows[ids[p]][3] >= groups.JACCARD
        assert rows[ids[p]][4] is None
    # A wrapper's span is exactly the notice inside it, from its title to its date.
    for p in ("d_school_forward.txt", "e_news.txt"):
        start, end = rows[ids[p]][4:]
        text = conn.execute("select text from documents where id = ?", [ids[p]]).fetchone()[0]
        assert text[start:end].startswith(TITLE) and text[start:end].rstrip().endswith("2023年3月1日")
        assert rows[ids[p]][3] >= groups.CONTAINMENT


def test_unrelated_and_template_derived_notices_stay_alone(conn):
    ids = _ids(conn)
    alone = [SEEDS[0].name, SEEDS[1].name, "t_qingliu_plan.txt", "t_ninghua_plan.txt"]
    got = conn.execute(
        f"select count(*) from document_groups where document_id in ({', '.join('?' * len(alone))})",
        [ids[p] for p in alone]).fetchone()[0]
    assert got == 0


def test_principal_observation_counts_the_notice_once(conn):
    def statements(rows):
        return sum(r["statements"] for r in rows if r["evidence"] == "校长每学期听课不少于30节")

    once = _query(conn, "principal_observation", province="", include_reposts="")
    every = _query(conn, "principal_observation", province="", include_reposts="1")
    assert statements(once) == 1
    assert statements(every) == 5
    assert statements(_query(conn, "principal_observation", province="", include_reposts="0")) == 1


def test_activity_by_role_counts_the_notice_once_and_keeps_the_wrappers_own_rule(conn):
    ids = _ids(conn)
    once = _query(conn, "activity_by_role", activity="听课", role="", include_reposts="")
    every = _query(conn, "activity_by_role", activity="听课", role="", include_reposts="1")
    principal = [r for r in once if r["evidence"] == "校长每学期听课不少于30节"]
    assert [r["document_id"] for r in principal] == [ids["c_sanming_notice.txt"]]
    assert len([r for r in every if r["evidence"] == "校长每学期听课不少于30节"]) == 5
    # The school's own requirement (班主任每周听课不少于1节) is outside the copied text: it counts.
    own = [r for r in once if r["document_id"] == ids["d_school_forward.txt"]]
    assert [(r["actor_role"], r["value"], r["period"]) for r in own] == [("班主任", 1.0, "week")]


def test_restriction_intensity_and_views_count_once(conn):
    ids = _ids(conn)
    copies = [ids[p] for p in ("a_qingliu_repost.txt", "b_ninghua_repost.txt")]
    marks = ", ".join("?" * len(copies))
    for view in ("quota_comparison", "obligation_mix", "deadline_timeline", "body_duties"):
        assert conn.execute(f"select count(*) from {view} where document_id in ({marks})", copies).fetchone()[0] == 0, view
        assert conn.execute(f"select count(*) from {view}_all where document_id in ({marks})", copies).fetchone()[0] > 0, view
    once = _query(conn, "restriction_intensity", include_reposts="")
    every = _query(conn, "restriction_intensity", include_reposts="1")
    assert sum(r["documents"] for r in once) == sum(r["documents"] for r in every) - 2
    assert sum(r["restrictions"] for r in once) < sum(r["restrictions"] for r in every)
    # The wrappers' copied text is not counted again: only their own characters.
    school = conn.execute("select chars from obligation_mix where document_id = ?", [ids["d_school_forward.txt"]]).fetchone()[0]
    assert 0 < school < 200


def test_grouping_is_incremental_and_repairs_itself(grouped, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(grouped / "corpus", corpus)
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)
    before = db.execute("select * from document_groups order by document_id").fetchall()
    assert groups.update_groups(db) == groups.GroupStats()  # nothing changed: nothing done

    # Deleting the bureau's own copy: the earliest repost becomes canonical.
    (corpus / "c_sanming_notice.txt").unlink()
    build(corpus, db)
    ids = _ids(db.conn)
    rows = dict(db.execute("select document_id, relation from document_groups").fetchall())
    assert len(rows) == 4 and rows[ids["a_qingliu_repost.txt"]] == "canonical"

    # An edit that changes a number splits the edited copy off; only its group is redone, unchanged ones are not re-hashed.
    (corpus / "b_ninghua_repost.txt").write_text(COUNTY_B.replace("不少于30节", "不少于25节"), encoding="utf-8")
    build(corpus, db)
    assert ids["b_ninghua_repost.txt"] not in dict(db.execute("select document_id, relation from document_groups").fetchall())

    # A build interrupted before grouping (rows and signatures lost) is repaired by the next one.
    (corpus / "c_sanming_notice.txt").write_text(BUREAU, encoding="utf-8")
    (corpus / "b_ninghua_repost.txt").write_text(COUNTY_B, encoding="utf-8")
    build(corpus, db)
    db.execute("delete from document_groups")
    db.execute("delete from document_signatures where document_id % 2 = 0")
    db.conn.commit()
    stats = groups.update_groups(db)
    assert 0 < stats.hashed < 11
    after = db.execute("select * from document_groups order by document_id").fetchall()
    assert len(after) == len(before) == 5

    # Other grouping code (its fingerprint in build_state) regroups the whole corpus once.
    db.execute("update build_state set value = 'older code' where key = ?", [groups.GROUPED_BY])
    db.conn.commit()
    assert groups.update_groups(db).hashed == db.execute("select count(*) from documents").fetchone()[0]
    assert groups.update_groups(db) == groups.GroupStats()
    assert db.execute("select * from document_groups order by document_id").fetchall() == after
    db.close()


@pytest.mark.parametrize("text, expected", [
    ("3月5日，三明市教育局发布通知，全文如下：\n{n}", "quoted-in"),
    ("现将《通知》转发给你们，请认真贯彻执行。\n{n}", "wraps"),
    ("当前位置：首页\n{n}\n【打印本页】", "repost"),
    ("学校自行制定的实施细则。" * 40 + "\n{n}", "wraps"),
])
def test_copy_kind_reads_what_is_added_around_the_notice(text, expected):
    full = text.format(n=NOTICE)
    start = full.index(NOTICE)
    assert groups.copy_kind(full, (start, start + len(NOTICE))) == expected


def test_signature_estimates_jaccard():
    import numpy as np

    a = groups.shingles(NOTICE)
    b = groups.shingles(NOTICE[: len(NOTICE) // 2])
    exact = len(np.intersect1d(a.unique, b.unique)) / len(np.union1d(a.unique, b.unique))
    estimate = float((groups.signature(a.unique) == groups.signature(b.unique)).mean())
    assert abs(estimate - exact) < 0.15
    assert (groups.signature(a.unique) == groups.signature(groups.shingles(NOTICE.replace("\n", "\n  ")).unique)).all()


def test_the_quota_check_is_what_keeps_template_plans_apart(conn, tmp_path):
    ids = _ids(conn)
    qingliu, ninghua = groups._load(conn, [ids["t_qingliu_plan.txt"]])[0], groups._load(conn, [ids["t_ninghua_plan.txt"]])[0]
    assert groups.compare(qingliu, ninghua) is None
    common = len(set(qingliu.shingles.unique.tolist()) & set(ninghua.shingles.unique.tolist()))
    assert common / min(qingliu.shingles.size, ninghua.shingles.size) >= groups.CONTAINMENT  # the text alone would group them

    # The same plan with the numbers left as they were: the county names alone do not make it another requirement.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "t_qingliu_plan.txt").write_text(TEMPLATE.format(county="清流县", hours=72, total=360, new=120, head=40), encoding="utf-8")
    (corpus / "t_ninghua_plan.txt").write_text(TEMPLATE.format(county="宁化县", hours=72, total=360, new=120, head=40), encoding="utf-8")
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)
    assert sorted(r[0] for r in db.execute("select relation from document_groups")) == ["canonical", "repost"]
    db.close()


def test_no_false_groups_among_the_real_notices(tmp_path):
    """The seeds and the held-out notices (49 real notices from different regions) are all different notices."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in SEEDS:
        shutil.copy2(f, corpus / f.name)
    for f in sorted(ROOT.glob("tests/heldout*/docs/*")):
        shutil.copy2(f, corpus / f"{f.parent.parent.name}_{f.name}")
    db = open_db(tmp_path / "policy.db")
    summary = build(corpus, db)
    assert summary.added >= 49
    assert db.execute("select count(*) from document_signatures").fetchone()[0] == summary.added
    assert db.execute("select count(*) from document_groups").fetchone()[0] == 0
    db.close()


@pytest.fixture(scope="module", params=["immutable", "mutable"])
def ds(request, grouped):
    import yaml
    from datasette.app import Datasette

    metadata = yaml.safe_load((ROOT / "schema" / "metadata.yml").read_text(encoding="utf-8"))
    path = str(grouped / "policy.db")
    if request.param == "immutable":
        return Datasette(immutables=[path], metadata=metadata, settings={"suggest_facets": False})
    return Datasette([path], metadata=metadata, settings={"suggest_facets": False})


def _get(ds, path):
    import asyncio

    async def run():
        return await ds.client.get(path)

    return asyncio.run(run())


def test_notice_page_links_the_other_copies(ds, conn):
    import re

    ids = _ids(conn)
    html = _get(ds, f"/policy/-/notice/{ids['c_sanming_notice.txt']}").text
    assert "also published as" in html and "The canonical copy" in html
    linked = {int(i) for i in re.findall(r'href="/policy/-/notice/(\d+)"', html)}
    assert linked == {ids[p] for p in ("a_qingliu_repost.txt", "b_ninghua_repost.txt", "d_school_forward.txt", "e_news.txt")}
    school = _get(ds, f"/policy/-/notice/{ids['d_school_forward.txt']}").text
    assert "forwards the notice in full" in school and "(canonical)" in school
    alone = _get(ds, f"/policy/-/notice/{ids['t_qingliu_plan.txt']}").text
    assert "also published as" not in alone


def test_documents_table_shows_the_copies(ds, conn):
    ids = _ids(conn)
    html = _get(ds, "/policy/documents?_size=20").text
    assert html.count("also published as") == 5
    row = _get(ds, f"/policy/documents/{ids['a_qingliu_repost.txt']}").text
    assert f'<a href="/policy/-/notice/{ids["c_sanming_notice.txt"]}">{ids["c_sanming_notice.txt"]}</a> (canonical)' in row


def test_canned_query_parameter_in_datasette(ds):
    def count(**params):
        from urllib.parse import urlencode

        rows = _get(ds, "/policy/principal_observation.json?_shape=array&" + urlencode({"province": "", **params})).json()
        return sum(r["statements"] for r in rows if r["evidence"] == "校长每学期听课不少于30节")

    assert count() == 1
    assert count(include_reposts="1") == 5


def test_the_same_text_laid_out_differently_is_identical(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(BUREAU, encoding="utf-8")
    (corpus / "b.txt").write_bytes(("　　" + BUREAU.replace("\n", "\r\n　　")).encode("gb18030"))
    db = open_db(tmp_path / "policy.db")
    build(corpus, db)
    rows = dict(db.execute("select d.path, g.relation from document_groups g join documents d on d.id = g.document_id"))
    assert rows == {"a.txt": "canonical", "b.txt": "identical"}
    db.close()


def test_bands_propose_what_datasketch_would_in_the_same_order():
    """The bands are datasketch's for threshold 0.5, and a query lists the same candidates in the same order."""
    import random

    import numpy as np

    datasketch = pytest.importorskip("datasketch")
    from datasketch.lsh import _optimal_param

    assert _optimal_param(groups.LSH_THRESHOLD, groups.NUM_PERM, 0.5, 0.5) == (groups.LSH_BANDS, groups.LSH_ROWS)
    rng = random.Random(7)
    families = [np.array([rng.getrandbits(64) for _ in range(200)], dtype=np.uint64) for _ in range(40)]
    sigs = {}
    for k in range(600):  # near-copies of 40 texts: each shares bands with some, not all, of its family
        base = families[rng.randrange(40)]
        kept = base[np.array([rng.random() < 0.85 for _ in base])]
        own = np.array([rng.getrandbits(64) for _ in range(rng.randrange(30))], dtype=np.uint64)
        sigs[rng.getrandbits(24) * 1000 + k] = groups.signature(np.unique(np.concatenate([kept, own])))
    ids = list(sigs)
    rng.shuffle(ids)
    lsh = datasketch.MinHashLSH(threshold=groups.LSH_THRESHOLD, num_perm=groups.NUM_PERM)
    for i in ids:
        lsh.insert(i, datasketch.LeanMinHash(seed=0, hashvalues=sigs[i], scheme="affine64"))
    bands = groups.Bands(ids, sigs)
    found = [bands.query(i) for i in ids]
    assert sum(len(f) > 1 for f in found) > 300
    assert found == [lsh.query(datasketch.LeanMinHash(seed=0, hashvalues=sigs[i], scheme="affine64")) for i in ids]


def test_signatures_made_with_the_rows_are_the_ones_grouping_would_make(grouped):
    """The workers sign each new text; after grouping the stored signatures are those of the stored texts, none pending."""
    import numpy as np

    conn = sqlite3.connect(grouped / "policy.db")
    try:
        texts = dict(conn.execute("select id, text from documents"))
        rows = conn.execute("select document_id, sha256, pipeline, shingles, minhash from document_signatures").fetchall()
        current = {r[0]: (r[1], r[2]) for r in conn.execute("select id, sha256, pipeline from documents")}
    finally:
        conn.close()
    assert sorted(r[0] for r in rows) == sorted(texts)
    for doc_id, sha, pipeline, size, minhash in rows:
        assert (sha, pipeline) == current[doc_id]
        sh = groups.shingles(texts[doc_id])
        assert (size, minhash) == groups.document_signature(texts[doc_id]) == (sh.size, groups.signature(sh.unique).tobytes())
        assert np.frombuffer(minhash, dtype=np.uint64).shape == (groups.NUM_PERM,)


def test_a_pending_signature_is_taken_only_for_the_text_it_was_made_from(grouped, tmp_path):
    """update_groups takes a signature the writer left under the pending key of the document's current
    sha256 and pipeline; one left for other bytes is not trusted (the text is hashed again)."""
    from extract import store

    copy_database(grouped / "policy.db", tmp_path / "policy.db")
    db = open_db(tmp_path / "policy.db")
    made_by = db.execute("select value from build_state where key = ?", [groups.GROUPED_BY]).fetchone()[0]
    doc_id, sha, pipeline = db.execute("select id, sha256, pipeline from documents order by id limit 1").fetchone()
    other, other_sha, other_pipeline = db.execute("select id, sha256, pipeline from documents order by id desc limit 1").fetchone()
    good = db.execute("select shingles, minhash from document_signatures where document_id = ?", [doc_id]).fetchone()
    pending = store.SIGNATURE_PENDING.format(groups=made_by, pipeline=pipeline)
    with db.conn:
        # (one shingle more than the text has: what comes out shows the stored one was taken, not recomputed)
        db.execute("update document_signatures set pipeline = ?, shingles = shingles + 1 where document_id = ?", [pending, doc_id])
        db.execute("update document_signatures set sha256 = 'other bytes', shingles = 1, minhash = ? where document_id = ?",
                   [bytes(8 * groups.NUM_PERM), other])
    stats = groups.update_groups(db)
    assert stats.hashed == 2
    rows = dict((r[0], r[1:]) for r in db.execute("select document_id, sha256, pipeline, shingles, minhash from document_signatures"))
    assert rows[doc_id] == (sha, pipeline, good[0] + 1, good[1])
    assert rows[other][:3] == (other_sha, other_pipeline, groups.shingles(db.execute(
        "select text from documents where id = ?", [other]).fetchone()[0]).size)
    db.close()
