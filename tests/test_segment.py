"""Heading parser and sentence splitter, on real headings of the seeds and other notices."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.segment import find_headings, segment, split_sentences

from .conftest import SEEDS, seed_text


@pytest.mark.parametrize(
    "text, label, heading",
    [
        ("一、指导思想", "一", "一、指导思想"),
        ("十二、其他事项", "十二", "十二、其他事项"),
        ("(一)加强师德师风建设,铸牢教师专业成长之魂", "（一）", "(一)加强师德师风建设,铸牢教师专业成长之魂"),
        ("（三）强化督导检查。地区教育局将此项工作纳入评价", "（三）", "（三）强化督导检查"),
        ("1.坚持一个中心:以提高全县教育教学质量为中心", "1", "1.坚持一个中心"),
        ("16.全力打造优质团队。严格落实教育部意见", "16", "16.全力打造优质团队"),
        ("2、落实经费保障。实施市级培训计划", "2", "2、落实经费保障"),
        ("(1)校长每学期听课不少于30节。", "（1）", "(1)校长每学期听课不少于30节"),
        ("①组织专题培训", "①", "①组织专题培训"),
        ("第一章 总则", "第一章", "第一章 总则"),
        ("第十二条 教研员每年培训不少于72课时。", "第十二条", "第十二条 教研员每年培训不少于72课时"),
        ("第五条之三 校长每月巡课不少于4次。", "第五条之三", "第五条之三 校长每月巡课不少于4次"),
    ],
)
def test_heading_kinds(text, label, heading):
    found = find_headings(text)
    assert found, text
    assert found[0].label == label
    assert found[0].text == heading


@pytest.mark.parametrize(
    "text",
    [
        "经费按不少于教职工每年工资总额的1.5%纳入预算。",
        "2023年1月12日印发",
        "(以下简称《意见》)要求各校落实。",
    ],
)
def test_not_headings(text):
    assert find_headings(text) == []


def test_section_paths_nest_by_first_appearance():
    text = "三、工作任务\n(一)加强师德\n1.深入开展宣传\n2.弘扬典型\n(二)抓实培训\n5.持续推进\n四、组织保障\n1.强化领导"
    sections, _ = segment(text)
    assert [s.path for s in sections] == [
        "三", "三/（一）", "三/（一）/1", "三/（一）/2", "三/（二）", "三/（二）/5", "四", "四/1",
    ]
    # a section ends where the next one of the same or a higher level starts
    first = sections[1]
    assert text[first.start : first.end].startswith("(一)加强师德") and "(二)" not in text[first.start : first.end]


def test_flattened_headings_of_seed_001():
    sections, _ = segment(clean(seed_text("001")))
    paths = [s.path for s in sections]
    assert "四/（三）" in paths  # "(三)" run on after its parent heading's words


def test_letters_are_no_markers_in_a_text_layer():
    # OCR damage (L for 1.) is repaired in OCR text (extract/ocr_repair.py), never guessed here
    assert find_headings("加强管理L提高质量") == []
    assert [h.label for h in find_headings("一、总体要求\n(S)实施工程")] == ["一"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("校长每学期至少听课30节;业务副校长每学期听课至少40节。", ["校长每学期至少听课30节;", "业务副校长每学期听课至少40节。"]),
        ("学习《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》。要落实", ["学习《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》。", "要落实"]),
        ("开展“请进来。走出去”活动。下一句", ["开展“请进来。走出去”活动。", "下一句"]),
        ("一、总体要求\n(一)坚持方向。", ["一、总体要求", "(一)坚持方向。"]),
        ("是否落实?请报告!完", ["是否落实?", "请报告!", "完"]),
        # an unclosed 《 protects nothing
        ("根据《意见(以下简称。要落实。", ["根据《意见(以下简称。", "要落实。"]),
    ],
)
def test_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_provisions_cover_the_text_with_exact_offsets(path):
    text = clean(path.read_text(encoding="utf-8"))
    sections, provisions = segment(text)
    assert provisions
    for p in provisions:
        assert text[p.start : p.end] == p.text
    covered = "".join(p.text for p in provisions)
    assert covered.replace(" ", "") == text.replace("\n", "").replace(" ", "")
    for s in sections:
        assert s.start < s.end <= len(text)
        assert text[s.start : s.start + len(s.heading)] == s.heading
