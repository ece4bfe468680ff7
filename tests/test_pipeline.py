"""The whole pipeline on one text: extraction failures are recorded, not fatal; spaCy keeps offsets."""

from __future__ import annotations

import pytest

from extract.nlp import build_nlp, make_doc
from extract.pipeline import process_raw
from extract.store import save_document

TEXT = (
    "某县教育局关于加强教学常规管理的通知\n"
    "各学校:\n"
    "一、听课要求\n"
    "校长每学期至少听课30节,业务副校长和教导主任每学期听课至少40节。\n"
    "二、培训要求\n"
    "教师每人每年参加培训不少于72学时,2024年12月底前完成。\n"
    "某县教育局\n"
    "2024年3月1日\n"
)


def test_tokenizer_keeps_the_text_and_offsets():
    nlp = build_nlp(components=())
    doc = nlp.make_doc(TEXT)
    assert doc.text == TEXT
    assert "".join(t.text for t in doc) == TEXT


def test_components_write_spans_and_records():
    doc = make_doc(build_nlp(), "校长每学期至少听课30节。")
    assert [q.value for q in doc._.extractions.quotas] == [30]
    assert [s.text for s in doc.spans["quotas"]] == ["校长每学期至少听课30节"]


def test_an_extractor_failing_on_one_provision_is_recorded(monkeypatch, fresh_db):
    import extract.extractors.quotas as quotas

    real = quotas.extract_quotas

    def flaky(text, prov, ctx):
        if "业务副校长" in prov.text:
            raise ValueError("boom")
        return real(text, prov, ctx)

    monkeypatch.setattr(quotas, "extract_quotas", flaky)
    doc = process_raw(TEXT, path="flaky.txt", sha256="x", nlp=build_nlp())
    assert [e.extractor for e in doc.extractions.errors] == ["quotas"]
    # the other provisions are still extracted, and other extractors ran on the failing one
    assert any(q.unit == "学时" for q in doc.extractions.quotas)
    assert doc.extractions.deadlines and doc.extractions.obligations is not None
    save_document(fresh_db, doc)
    errors = fresh_db.execute("select path, error from ingest_errors").fetchall()
    assert errors and errors[0][0] == "flaky.txt" and "quotas" in errors[0][1] and "boom" in errors[0][1]
    assert fresh_db.execute("select count(*) from quotas").fetchone()[0] >= 1


def test_the_build_path_without_spacy_gives_what_the_spacy_components_give():
    """extract_all runs the extractors on the text; through spaCy they must find the same records."""
    from pathlib import Path

    from extract.pipeline import process_file

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    nlp = build_nlp()
    for path in sorted(corpus.glob("0*.txt")):
        plain = process_file(path, corpus).extractions
        via_spacy = process_file(path, corpus, nlp=nlp).extractions
        assert plain == via_spacy, path.name
        assert plain.quotas and plain.obligations and plain.bodies


def test_an_extractor_failing_is_recorded_without_spacy_too(monkeypatch):
    import extract.extractors.quotas as quotas

    monkeypatch.setattr(quotas, "extract_quotas", lambda text, prov, ctx: 1 / 0)
    doc = process_raw(TEXT, path="flaky.txt", sha256="x")
    assert {e.extractor for e in doc.extractions.errors} == {"quotas"}
    assert doc.extractions.quotas == [] and doc.extractions.deadlines


@pytest.mark.parametrize(
    "table, evidence",
    [
        ("quotas", "校长每学期至少听课30节"),
        ("quotas", "业务副校长和教导主任每学期听课至少40节"),
        ("deadlines", "2024年12月底前"),
    ],
)
def test_pipeline_end_to_end(table, evidence, fresh_db):
    doc = process_raw(TEXT, path="t.txt", sha256="x")
    assert doc.metadata.date == "2024-03-01"
    save_document(fresh_db, doc)
    rows = fresh_db.execute(f"select evidence from {table}").fetchall()
    assert (evidence,) in rows


@pytest.mark.parametrize(
    "text, whole, parts",
    [
        ("校长听评课", "听评课", ["评课"]),
        ("开展校本研修", "校本研修", ["校本", "研修"]),
        ("组织集体备课", "集体备课", ["集体", "备课"]),
        ("县教师进修学校负责", "教师进修学校", ["进修", "学校"]),
    ],
)
def test_domain_dictionary_keeps_words_whole_and_indexes_their_parts(text, whole, parts):
    from extract.tokens import search_terms, segmenter

    assert whole in segmenter().cut(text)
    terms = search_terms(text).split()
    assert whole in terms and all(p in terms for p in parts)


def test_the_warm_up_notice_exercises_every_extractor():
    """pipeline.warm_up compiles what a forked worker needs only if its notice reaches every extractor."""
    from extract.pipeline import _WARM_UP_TEXT, warm_up

    doc = process_raw(_WARM_UP_TEXT, path="warm-up.txt", sha256="0")
    found = doc.extractions
    assert found.quotas and found.obligations and found.deadlines and found.bodies and found.references
    assert not found.errors
    warm_up()  # and it runs cleanly


def _page(body: str) -> str:
    return ("<html><head><title>关于做好教师暑期研修的通知</title></head><body>"
            "<div class='info'>发布时间：2019-06-12 来源：某县教育局</div>"
            f"<div class='content'>{body}</div></body></html>")


@pytest.mark.parametrize(
    ("text", "expect_end"),
    [
        # no signing date in the body: the page's publication year anchors 7月10日前, not the 2016 in the text
        ("各中小学：\n为做好暑期教师研修工作，现将有关事项通知如下。各校于7月10日前上报参训教师名单。"
         "研修按2016年印发的办法执行。", "2019-07-10"),
        # a signing date in the body wins over the page date
        ("各中小学：\n为做好暑期教师研修工作，现将有关事项通知如下。各校于7月10日前上报参训教师名单。"
         "\n某县教育局\n2018年6月5日", "2018-07-10"),
    ],
)
def test_year_less_dates_hang_on_the_signing_date_else_the_page_date(text, expect_end, tmp_path):
    from extract.pipeline import process_file

    page = tmp_path / "notice.html"
    page.write_text(_page(text.replace("\n", "<br>")), encoding="utf-8")
    doc = process_file(page)
    ends = [d.end_date for d in doc.extractions.deadlines if d.evidence.startswith("7月10日")]
    assert ends == [expect_end]


def test_a_town_school_repost_takes_its_county_from_the_original_byline():
    # the host page's own 来源 comes first; the repost's byline below it names the town with its county
    raw = (
        "来源:本站原创 点击数:88\n某某镇中心小学2022年秋季教研活动安排\n"
        "2022-09-01 08:00 来源:湖南省隆回县某某镇中心小学 文字大小:[ ] 背景色:\n"
        "全体教师:\n一、每位教师每学期听课不少于12节。\n某某镇中心小学\n2022年8月30日\n"
    )
    doc = process_raw(raw, extract=False)
    region = doc.metadata.region
    assert (region.adcode, region.level, region.township) == ("430524", "township", "某某镇")


def test_a_byline_naming_another_town_gives_no_county():
    raw = (
        "来源:本站原创\n某某镇中心小学2022年秋季教研活动安排\n2022-09-01 08:00 来源:湖南省隆回县另一镇中心小学 文字大小:[ ]\n"
        "全体教师:\n一、每位教师每学期听课不少于12节。\n某某镇中心小学\n2022年8月30日\n"
    )
    assert process_raw(raw, extract=False).metadata.region is None
