"""Tests for extract.evaluate: every scoring rule of gold/SCHEMA.md pinned by a case."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from extract.errors import ConfigError, PolicyKBError
from extract.evaluate import (
    Counts,
    GoldFileError,
    Tally,
    Target,
    TargetResult,
    evidence_similarity,
    format_report,
    load_gold,
    load_targets,
    report_to_json,
    same_body,
    same_phrase,
    score_bodies,
    score_corpus,
    score_deadlines,
    score_document,
    score_metadata,
    score_quotas,
)

GOLD_DIR = Path("/work/shared/gold")
GOLD_FILES = sorted(p.name for p in GOLD_DIR.glob("*.json"))


def quota(**over: Any) -> dict[str, Any]:
    """A gold-shaped quota (seed 001), with fields overridden."""
    base = {
        "actor": "校长",
        "activity": "听课",
        "period": "semester",
        "comparator": ">=",
        "value": 30,
        "value_max": None,
        "unit": "节",
        "evidence": "校长每学期至少听课30节",
    }
    base.update(over)
    return base


def deadline(evidence: str, start: str | None = None, end: str | None = None, kind: str = "absolute") -> dict:
    return {"evidence": evidence, "start": start, "end": end, "kind": kind}


def gold_doc(doc: str = "x.txt", **over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "doc": doc,
        "metadata": {
            "title": "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知",
            "issuer": "乌海市教育局",
            "doc_number": None,
            "date": "2023-10-20",
            "region": {"name": "乌海市", "adcode": "150300", "level": "prefecture",
                       "province": "内蒙古自治区", "township": None},
        },
        "quotas": [],
        "deadlines": [],
        "bodies": [],
    }
    base.update(over)
    return base


# ---------------------------------------------------------------- load_gold


def test_load_gold_reads_every_seed_keyed_by_document_name() -> None:
    golds = load_gold(GOLD_DIR)
    assert sorted(golds) == [name[: -len(".json")] for name in GOLD_FILES]
    assert golds["000_b11a7b4cf11b919c.txt"]["metadata"]["issuer"] == "中共清流县教育局党组"


def test_load_gold_skips_files_that_are_not_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt.json").write_text(json.dumps(gold_doc("a.txt")), encoding="utf-8")
    (tmp_path / "NOTES.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "check_gold.py").write_text("print(1)", encoding="utf-8")
    assert list(load_gold(tmp_path)) == ["a.txt"]


def test_load_gold_falls_back_on_the_file_name_when_doc_is_missing(tmp_path: Path) -> None:
    data = gold_doc()
    del data["doc"]
    (tmp_path / "b.txt.json").write_text(json.dumps(data), encoding="utf-8")
    assert list(load_gold(tmp_path)) == ["b.txt"]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"doc": "bad.txt", "quotas": [}', "does not parse"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_load_gold_names_the_broken_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "ok.txt.json").write_text(json.dumps(gold_doc("ok.txt")), encoding="utf-8")
    (tmp_path / "bad.txt.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=message) as info:
        load_gold(tmp_path)
    assert "bad.txt.json" in str(info.value)
    assert isinstance(info.value, PolicyKBError)  # the CLI turns these into friendly messages


def test_load_gold_rejects_non_utf8(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt.json").write_bytes('{"doc": "教育局"}'.encode("gbk"))
    with pytest.raises(GoldFileError, match="gbk.txt.json.*not UTF-8"):
        load_gold(tmp_path)


def test_load_gold_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="not found"):
        load_gold(tmp_path / "nope")


# ---------------------------------------------------------------- perfect and empty


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_scored_against_itself_is_perfect(name: str) -> None:
    gold = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))
    score = score_document(gold, copy.deepcopy(gold))
    for ext in ("quotas", "deadlines", "bodies"):
        counts = score.extractor(ext).counts
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), ext
        assert counts.fp == counts.fn == 0
        assert counts.tp == len(gold[ext])
        for attr, tally in score.extractor(ext).attributes.items():
            assert tally.right == tally.total == len(gold[ext]), (ext, attr)
    assert all(res.right for res in score.metadata)


def test_corpus_of_gold_against_itself_meets_every_target() -> None:
    golds = load_gold(GOLD_DIR)
    report = score_corpus(golds, copy.deepcopy(golds))
    assert all(res.met for res in report.targets)
    assert {n: s.counts.f1 for n, s in report.extractors.items()} == {
        "quotas": 1.0, "deadlines": 1.0, "bodies": 1.0}
    assert all(t.accuracy == 1.0 for t in report.metadata.values())


@pytest.mark.parametrize("name", GOLD_FILES)
def test_empty_prediction_has_zero_recall(name: str) -> None:
    gold = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))
    score = score_document(gold, {"doc": gold["doc"], "metadata": {}, "quotas": [], "deadlines": [], "bodies": []})
    for ext in ("quotas", "deadlines", "bodies"):
        counts = score.extractor(ext).counts
        assert counts.recall == 0.0 and counts.f1 == 0.0 and counts.precision == 0.0
        assert counts.fn == len(gold[ext]) and counts.tp == counts.fp == 0
        assert list(score.extractor(ext).misses) == gold[ext]
    # Metadata the gold leaves as None is right against an empty prediction.
    for res in score.metadata:
        if res.field != "region":
            assert res.right is (gold["metadata"][res.field] is None), res.field


def test_missing_prediction_is_scored_as_empty_and_reported() -> None:
    golds = {"a.txt": gold_doc("a.txt", bodies=["市教育局"]), "b.txt": gold_doc("b.txt", bodies=["局党组"])}
    report = score_corpus(golds, {"a.txt": gold_doc("a.txt", bodies=["市教育局"])})
    assert report.missing == ("b.txt",)
    assert report.extractors["bodies"].counts == Counts(tp=1, fp=0, fn=1)
    assert "no prediction for: b.txt" in format_report(report)


# ---------------------------------------------------------------- counts


@pytest.mark.parametrize(
    "counts, p, r, f1",
    [
        (Counts(), 1.0, 1.0, 1.0),  # nothing to find, nothing found
        (Counts(fn=3), 0.0, 0.0, 0.0),
        (Counts(fp=2), 0.0, 0.0, 0.0),
        (Counts(tp=3, fp=1), 0.75, 1.0, 6 / 7),
        (Counts(tp=1, fn=3), 1.0, 0.25, 0.4),
    ],
)
def test_counts(counts: Counts, p: float, r: float, f1: float) -> None:
    assert counts.precision == pytest.approx(p)
    assert counts.recall == pytest.approx(r)
    assert counts.f1 == pytest.approx(f1)


# ---------------------------------------------------------------- quotas


@pytest.mark.parametrize(
    "pred, matched",
    [
        (quota(), True),
        (quota(value=30.0), True),  # numeric equality, not type equality
        (quota(value=31), False),
        (quota(value=None), False),
        (quota(period="school_year"), False),
        (quota(comparator="="), False),
        (quota(unit="课时"), False),
        (quota(evidence="每学期至少听课30节"), True),  # actor left out of the evidence
        (quota(evidence="校长 每学期\n至少听课 30 节"), True),  # whitespace is removed first
        (quota(evidence="校长每学期至少听课３０节"), True),  # full-width digits, as in raw sources
        (quota(evidence="校长每学期听课30节"), True),  # partial_ratio 80.0: at the threshold
        (quota(evidence="每学期听课不少于30节"), False),  # partial_ratio 76.2: below
        (quota(evidence="至少30节"), False),  # partial_ratio 75
        (quota(evidence=""), False),
    ],
)
def test_quota_match_rules(pred: dict, matched: bool) -> None:
    score = score_quotas([quota()], [pred])
    assert score.counts == (Counts(tp=1) if matched else Counts(fp=1, fn=1))


@pytest.mark.parametrize(
    "gold_unit, pred_unit, matched",
    [("名", "人", True), ("人", "名", True), ("名", "名", True), ("所", "个", False), ("%", "％", True)],
)
def test_units_ming_and_ren_are_equal(gold_unit: str, pred_unit: str, matched: bool) -> None:
    g = quota(actor=None, activity="培养选拔卓越教师", period="total", comparator="=", value=10,
              unit=gold_unit, evidence="培养选拔十名卓越教师")
    p = dict(g, unit=pred_unit)
    assert score_quotas([g], [p]).counts.tp == int(matched)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("校长每学期至少听课30节", "每学期至少听课30节", 100.0),
        ("校长每学期至少听课30节", "校长每学期听课30节", 80.0),
        ("2023年上半年", "", 0.0),
        (None, "2014年", 0.0),
    ],
)
def test_evidence_similarity(a: str | None, b: str, expected: float) -> None:
    assert evidence_similarity(a, b) == pytest.approx(expected)


def test_one_quota_evidence_cannot_be_claimed_twice() -> None:
    # 003: two yearly 1500-person targets in one sentence; one prediction "1500人" matches one.
    g1 = quota(actor=None, activity="新课程改革培训", period="year", comparator="=", value=1500, unit="人",
               evidence="每年完成新课程改革培训1500人")
    g2 = dict(
        g1,
        activity="教师岗位(岗前)培训",
        evidence="教师岗位(岗前)培训、班主任培训、教学能力提升工程培训等1500人",
    )
    score = score_quotas([g1, g2], [dict(g1, evidence="培训1500人")])
    assert score.counts == Counts(tp=1, fp=0, fn=1)


def test_duplicate_quota_predictions_give_a_false_hit() -> None:
    score = score_quotas([quota()], [quota(), quota(evidence="听课30节")])
    assert score.counts == Counts(tp=1, fp=1, fn=0)
    assert score.false_hits[0]["evidence"] == "听课30节"  # the closer one wins


def test_quota_greedy_prefers_the_closest_evidence_whatever_the_order() -> None:
    # Both golds are "semester >= 1 次" in seed 001; predictions listed in reverse order.
    g1 = quota(actor=None, activity="教学质量分析", value=1, unit="次",
               evidence="每学期至少组织开展一次教学质量分析")
    g2 = quota(actor="家长学校", activity="活动", value=1, unit="次",
               evidence="家长学校每学期至少组织开展1次活动")
    preds = [dict(g2), dict(g1)]
    score = score_quotas([g1, g2], preds)
    assert score.counts == Counts(tp=2)
    assert {p.gold["evidence"]: p.pred["evidence"] for p in score.pairs} == {
        g1["evidence"]: g1["evidence"], g2["evidence"]: g2["evidence"]}
    assert score.attributes["actor"] == Tally(2, 2)


@pytest.mark.parametrize(
    "gold, pred, right",
    [
        (None, None, True),  # the text names nobody, and nor does the prediction
        (None, "学校", False),
        ("学校", None, False),
        ("校长", "校长", True),
        ("每位教研员", "教研员", True),  # shortest form inside the longer one
        ("教研员", "每位 教研员", True),
        ("业务副校长和教导主任", "业务副校长和教导主任", True),
        ("名教师", "“名教师”", True),
        ("校长", "教研员", False),
        ("教学质量分析", "教学质量分析会", True),  # fuzz.ratio 92
        ("听课", "课", False),  # one character inside proves nothing
        ("新课程改革培训", "校本培训", False),
        ("", None, True),  # blank is None
    ],
)
def test_same_phrase(gold: str | None, pred: str | None, right: bool) -> None:
    assert same_phrase(gold, pred) is right


def test_actor_and_activity_scored_on_matched_pairs_only() -> None:
    golds = [quota(), quota(actor="教研员", activity="培训", period="year", value=72, unit="课时",
                            evidence="每人每年培训不少于72课时")]
    preds = [quota(actor="教师", activity="听课"), quota(actor="校长", value=99, evidence="校长听课99节")]
    score = score_quotas(golds, preds)
    assert score.counts == Counts(tp=1, fp=1, fn=1)
    assert score.attributes["actor"] == Tally(right=0, total=1)
    assert score.attributes["activity"] == Tally(right=1, total=1)
    assert score.pairs[0].wrong == ("actor",)


def test_range_value_max_is_reported_but_does_not_block_the_match() -> None:
    g = quota(actor="每位教研员", activity="联系学校", period="total", comparator="range", value=1, value_max=2,
              unit="所", evidence="每位教研员联系1到2所学校")
    score = score_quotas([g], [dict(g, value_max=3)])
    assert score.counts.tp == 1
    assert score.attributes["value_max"] == Tally(0, 1)


# ---------------------------------------------------------------- deadlines


def test_short_deadline_evidence_cannot_be_claimed_twice() -> None:
    gold = [deadline("2014年", "2014-01-01", "2014-12-31")]
    preds = [deadline("2014年", "2014-01-01", "2014-12-31"), deadline("2014年", "2014-01-01", "2014-12-31")]
    score = score_deadlines(gold, preds)
    assert score.counts == Counts(tp=1, fp=1, fn=0)


def test_short_prediction_goes_to_the_gold_it_equals() -> None:
    # "2014年" lies wholly inside both golds (partial 100); the tie goes to the closer one.
    golds = [deadline("2014年底前", None, "2014-12-31", "relative"), deadline("2014年", "2014-01-01", "2014-12-31")]
    preds = [deadline("2014年", "2014-01-01", "2014-12-31")]
    score = score_deadlines(golds, preds)
    assert score.counts == Counts(tp=1, fp=0, fn=1)
    assert score.pairs[0].gold["evidence"] == "2014年"
    assert score.misses[0]["evidence"] == "2014年底前"
    assert score.attributes["dates"] == Tally(1, 1)


@pytest.mark.parametrize(
    "pred, dates, start, end",
    [
        (deadline("2023年上半年", "2023-01-01", "2023-06-30"), True, True, True),
        (deadline("2023年上半年", "2023-01-01", "2023-06-01"), False, True, False),
        (deadline("2023年上半年", None, "2023-06-30"), False, False, True),
        (deadline("上半年", datetime.date(2023, 1, 1), datetime.date(2023, 6, 30)), True, True, True),
    ],
)
def test_deadline_dates_on_matched_pairs(pred: dict, dates: bool, start: bool, end: bool) -> None:
    score = score_deadlines([deadline("2023年上半年", "2023-01-01", "2023-06-30")], [pred])
    assert score.counts.tp == 1
    assert dict(score.pairs[0].attributes)["dates"] is dates
    assert score.attributes["start"] == Tally(int(start), 1)
    assert score.attributes["end"] == Tally(int(end), 1)


def test_null_dates_on_both_sides_are_right() -> None:
    gold = [deadline("每学期开学初", kind="recurring")]
    score = score_deadlines(gold, [deadline("每学期开学初", kind="recurring")])
    assert score.attributes["dates"] == Tally(1, 1)
    assert score.attributes["kind"] == Tally(1, 1)


@pytest.mark.parametrize(
    "pred_evidence, matched",
    [
        ("2-3年内", True),
        ("2—3年内", True),  # partial 80
        ("3年内", True),  # inside the gold
        ("三年内", True),  # partial 80: on short evidences the SCHEMA rule is lenient
        ("三年行动计划", False),
        ("年度", False),
    ],
)
def test_deadline_match_is_evidence_overlap_only(pred_evidence: str, matched: bool) -> None:
    gold = [deadline("2-3年内", "2023-10-20", "2026-10-20", "relative")]
    score = score_deadlines(gold, [deadline(pred_evidence, kind="period")])  # kind does not block a match
    assert score.counts.tp == int(matched)


# ---------------------------------------------------------------- bodies


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("教研部门", "市级教研部门", True),  # inside and at least half as long
        ("教育局", "各县(市、区)教育局", False),  # inside but too short
        ("教师进修学校", "县教师进修学校", True),  # ratio 92
        ("县教育局", "教育局", True),
        ("人事科", "市教育局人事科", False),  # 3 of 7 characters
        ("教研机构", "教研部门", False),
        ("各县(市、区)教育局", "试点县(市、区)教育局", False),  # ratio 85.7
        ("各县(市、区)教育局", "各县（市、区）教育局", True),  # parentheses width folded
        ("市教育局", "市 教育局", True),
        ("", "教育局", False),
    ],
)
def test_same_body(a: str, b: str, same: bool) -> None:
    assert same_body(a, b) is same
    assert same_body(b, a) is same


@pytest.mark.parametrize(
    "gold, pred, counts",
    [
        (["教研部门"], ["教研部门", "市级教研部门"], Counts(tp=1, fp=1)),  # one-to-one
        (["县教研室"], ["县教研室", "县教研室", " 县教研室"], Counts(tp=1)),  # a set: duplicates count once
        (["教育局"], ["各县(市、区)教育局"], Counts(fp=1, fn=1)),
        (["市教育局", "各区教育局", "局党组"], ["各区教育局", "市教育局"], Counts(tp=2, fn=1)),
        ([], ["市政府"], Counts(fp=1)),
        (["人事科"], [{"name": "人事科", "role": "responsible"}], Counts(tp=1)),  # BodyMention-like dicts
        (["市政府"], [], Counts(fn=1)),
    ],
)
def test_body_set_scores(gold: list[str], pred: list[str], counts: Counts) -> None:
    assert score_bodies(gold, pred).counts == counts


def test_bodies_pair_best_ratio_first() -> None:
    # 教研室 would fit 县教研室 too; 县教研室 must take its exact twin first.
    score = score_bodies(["教研室", "县教研室"], ["县教研室", "教研室"])
    assert score.counts == Counts(tp=2)
    assert {p.gold: p.pred for p in score.pairs} == {"教研室": "教研室", "县教研室": "县教研室"}


# ---------------------------------------------------------------- metadata


def meta(**over: Any) -> dict[str, Any]:
    return {**gold_doc()["metadata"], **over}


@pytest.mark.parametrize(
    "field, gold, pred, right",
    [
        ("doc_number", meta(), meta(), True),  # None == None
        ("doc_number", meta(), meta(doc_number="0"), False),  # placeholder not dropped
        ("doc_number", meta(doc_number="清教党组〔2023〕2号"), meta(doc_number=None), False),
        ("doc_number", meta(doc_number="清教党组〔2023〕2号"), meta(doc_number="清教党组[2023]2号"), False),
        ("issuer", meta(), meta(issuer="乌海市 教育局"), True),
        ("issuer", meta(), meta(issuer="乌海市教育局办公室"), False),
        ("date", meta(), meta(date="2023-10-21"), False),
        ("date", meta(), meta(date=datetime.date(2023, 10, 20)), True),
        ("date", meta(date=None), meta(date=None), True),
        ("title", meta(), meta(title="乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知"), True),
        ("title", meta(), meta(title="关于印发《乌海市一体化推进基础教育教研工作方案》的通知"), True),  # ratio 91
        ("title", meta(title="落儿岭镇中心学校2024-2025学年度中小教师全员培训实施方案"),
         meta(title="2024—2025学年度中小学教师全员培训实施方案"), False),  # ratio 80.7 (seed 002)
        ("title", meta(), meta(title=None), False),
        ("region", meta(), meta(region={"name": "乌海", "adcode": "150300"}), True),  # adcode only
        ("region", meta(), meta(region={"name": "乌海市", "adcode": 150300}), True),
        ("region", meta(), meta(region={"name": "乌海市", "adcode": "150302"}), False),
        ("region", meta(), meta(region=None), False),
        ("region", meta(), meta(region="150300"), True),  # a bare adcode
        ("region", meta(), meta(region="乌海市"), False),  # a bare name is not scored
        ("region", meta(region=None), meta(region=None), True),
    ],
)
def test_metadata_fields(field: str, gold: dict, pred: dict, right: bool) -> None:
    results = {res.field: res for res in score_metadata(gold, pred)}
    assert results[field].right is right


def test_metadata_missing_keys_are_none() -> None:
    results = {res.field: res.right for res in score_metadata(meta(doc_number=None), {})}
    assert results == {"title": False, "issuer": False, "doc_number": True, "date": False, "region": False}


# ---------------------------------------------------------------- corpus


def test_corpus_scores_are_micro_averaged() -> None:
    golds = {
        "a.txt": gold_doc("a.txt", bodies=["市教育局"]),
        "b.txt": gold_doc("b.txt", bodies=["局党组", "教务处", "教科研处"]),
    }
    preds = {
        "a.txt": gold_doc("a.txt", bodies=["市教育局"]),
        "b.txt": gold_doc("b.txt", bodies=[], metadata=meta(date=None)),
    }
    report = score_corpus(golds, preds)
    bodies = report.extractors["bodies"].counts
    assert bodies == Counts(tp=1, fp=0, fn=3)
    assert bodies.recall == 0.25  # macro averaging would give 0.5
    assert report.metadata["date"] == Tally(right=1, total=2)
    assert report.metadata["issuer"] == Tally(right=2, total=2)


def test_corpus_attribute_accuracy_is_matched_right_over_matched_total() -> None:
    training = quota(actor="教研员", activity="培训", period="year", value=72, unit="课时",
                     evidence="每人每年培训不少于72课时")
    golds = {"a.txt": gold_doc("a.txt", quotas=[quota()]), "b.txt": gold_doc("b.txt", quotas=[quota(), training])}
    preds = {
        "a.txt": gold_doc("a.txt", quotas=[quota(actor="教师")]),  # matched, actor wrong
        "b.txt": gold_doc("b.txt", quotas=[quota()]),  # matched, actor right; training missed
    }
    report = score_corpus(golds, preds)
    assert report.extractors["quotas"].attributes["actor"] == Tally(right=1, total=2)
    actor = next(r for r in report.targets if r.target.label == "quotas actor")
    assert actor.value == 0.5 and not actor.met


def test_prediction_keys_may_be_paths_and_extra_predictions_are_not_scored() -> None:
    golds = {"a.txt": gold_doc("a.txt", bodies=["市教育局"])}
    preds = {"corpus/a.txt": gold_doc("a.txt", bodies=["市教育局"]), "corpus/z.txt": gold_doc("z.txt")}
    report = score_corpus(golds, preds)
    assert report.missing == ()
    assert report.unscored == ("z.txt",)
    assert report.extractors["bodies"].counts == Counts(tp=1)


@pytest.mark.parametrize(
    "value, met",
    [(0.90, True), (0.8999, False), (1.0, True), (None, False)],
)
def test_target_threshold_is_inclusive(value: float | None, met: bool) -> None:
    assert TargetResult(Target("quotas", "f1", 0.90), value).met is met


def test_the_targets_are_issue_11s_bars_read_from_schema() -> None:
    bars = {(t.scope, t.measure): t.threshold for t in load_targets()}
    assert bars == {
        ("quotas", "f1"): 0.92,
        ("quotas", "actor"): 0.85,
        ("quotas", "activity"): 0.85,
        ("deadlines", "f1"): 0.88,
        ("deadlines", "dates"): 0.85,
        ("bodies", "f1"): 0.85,
        ("metadata", "title"): 0.95,
        ("metadata", "issuer"): 0.95,
        ("metadata", "doc_number"): 0.95,
        ("metadata", "date"): 0.95,
        ("metadata", "region"): 0.95,
    }


def test_a_report_measures_every_target_of_the_file() -> None:
    report = score_corpus({"a.txt": gold_doc("a.txt", bodies=["市教育局"])}, {"a.txt": gold_doc("a.txt")})
    assert [r.target for r in report.targets] == list(load_targets())
    bodies = next(r for r in report.targets if r.target.label == "bodies F1")
    assert bodies.value == 0.0 and not bodies.met


@pytest.mark.parametrize(
    "entry, says",
    [
        ("{scope: quotas, measure: f2, threshold: 0.9}", "quotas has no measure 'f2'"),
        ("{scope: obligations, measure: f1, threshold: 0.9}", "unknown scope 'obligations'"),
        ("{scope: bodies, measure: f1, threshold: 90}", "threshold must be a number from 0 to 1"),
        ("{scope: bodies, measure: f1}", "give exactly scope, measure and threshold"),
    ],
)
def test_a_wrong_target_entry_is_an_error_naming_the_file(tmp_path: Path, entry: str, says: str) -> None:
    path = tmp_path / "targets.yml"
    path.write_text(f"targets:\n  - {{scope: quotas, measure: f1, threshold: 0.92}}\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_targets(path)
    assert str(path) in str(err.value) and "target 2" in str(err.value) and says in str(err.value)


# ---------------------------------------------------------------- output


def _mixed_report():
    golds = load_gold(GOLD_DIR)
    preds = copy.deepcopy(golds)
    preds["004_39fd71eae852dec9.txt"]["bodies"] = ["市教育局", "校长"]
    preds["004_39fd71eae852dec9.txt"]["quotas"][1]["actor"] = "每人"
    preds["004_39fd71eae852dec9.txt"]["deadlines"][0]["start"] = datetime.date(2023, 10, 21)
    del preds["003_e84fabd137aa03fc.txt"]
    return score_corpus(golds, preds)


def test_format_report_shows_scores_and_targets() -> None:
    text = format_report(_mixed_report(), verbose=False)
    lines = text.splitlines()
    assert any(line.startswith("quotas") and "actor" in line and "activity" in line for line in lines)
    assert any(line.startswith("bodies") for line in lines)
    assert "metadata" in text and "doc_number" in text
    assert "quotas F1" in text and "deadlines dates" in text and "bodies F1" in text
    assert "NOT MET" in text
    assert "miss " not in text  # details only with --verbose


def test_format_report_verbose_lists_misses_false_hits_and_wrong_attributes() -> None:
    text = format_report(_mixed_report(), verbose=True)
    assert "== 004_39fd71eae852dec9.txt" in text
    assert "bodies    miss   教科研处" in text
    assert "bodies    false  校长" in text
    assert "wrong  actor" in text
    assert "wrong  dates, start" in text
    assert "(no prediction)" in text


def test_report_to_json_is_serialisable_and_complete() -> None:
    data = report_to_json(_mixed_report())
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert data["missing"] == ["003_e84fabd137aa03fc.txt"]
    assert set(data["extractors"]) == {"quotas", "deadlines", "bodies"}
    assert data["extractors"]["quotas"]["attributes"]["actor"]["right"] == data["extractors"]["quotas"]["tp"] - 1
    assert len(data["targets"]) == 11
    doc = next(d for d in data["per_document"] if d["doc"] == "004_39fd71eae852dec9.txt")
    assert "校长" in doc["bodies"]["false_hits"]
    assert doc["deadlines"]["wrong"][0]["pred"]["start"] == "2023-10-21"
