"""The Chinese-text module: every stage's numerals, markers, cuts, masks and labels (extract/zh.py)."""

from __future__ import annotations

import re

import pytest

from extract import zh
from extract.errors import ConfigError


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("30", 30.0),
        ("1.5", 1.5),
        ("两", 2.0),
        ("十", 10.0),
        ("二十一", 21.0),
        ("百", 100.0),  # 百名骨干教师: a bare 百 is one hundred
        ("千", 1000.0),
        ("一千五百", 1500.0),
        ("三点五", 3.5),
        ("1.5万", 15000.0),
        ("3亿", 300000000.0),
        ("两万", 20000.0),
        ("1,500", 1500.0),  # 培训经费1,500元
        ("12,000.5", 12000.5),
        ("１２", 12.0),  # full-width digits of a scraped page
        ("３０", 30.0),
        ("〇", 0.0),
        ("", None),
        ("百千万", None),
        ("1,50", None),  # not a thousands separator
    ],
)
def test_to_number(numeral: str, value: float | None) -> None:
    assert zh.to_number(numeral) == value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十二", 12), ("三十", 30), ("两", 2), ("百", 100), ("1.5", None), ("七", 7), ("十百", None)],
)
def test_to_int(numeral: str, value: int | None) -> None:
    assert zh.to_int(numeral) == value


@pytest.mark.parametrize(
    ("year", "digits"),
    [
        ("二〇二三", "2023"),  # 二〇二三年一月十二日
        ("二○二三", "2023"),  # a circle for the zero
        ("二零一四", "2014"),
        ("二0二三", "2023"),  # an Arabic zero between Chinese digits
        ("二O二二", "2022"),  # OCR: a letter O
        ("二Ｏ二二", "2022"),  # a full-width letter O
        ("二十", None),  # 十 is no digit of a year
        ("", None),
    ],
)
def test_year_digits(year: str, digits: str | None) -> None:
    assert zh.year_digits(year) == digits


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (105, "一百零五"), (110, "一百一十"),
     (1001, "一千零一"), (0, "0"), (10000, "10000")],
)
def test_to_chinese(n: int, text: str) -> None:
    assert zh.to_chinese(n) == text


@pytest.mark.parametrize("n", range(1, 100))
def test_to_chinese_reads_back(n: int) -> None:
    """Word's list numbers read back to the number they count (the two directions agree)."""
    assert zh.to_int(zh.to_chinese(n)) == n


def test_to_chinese_legal_forms() -> None:
    assert zh.to_chinese(12, "零壹贰叁肆伍陆柒捌玖", "拾佰仟") == "拾贰"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("一、总体要求", "cn"),
        ("（一）坚持正确方向", "cn_paren"),
        ("(二)工作要求", "cn_paren"),
        ("1.校长每学期至少听课30节", "arabic"),
        ("（1）教研员职责", "ar_paren"),
        ("①听课", "circled"),
        ("第三章 保障措施", "chapter"),
        ("第十二条 本办法自发布之日起施行", "article"),
        ("1.5倍课时计算", None),  # a decimal, not a list number
        ("三年内完成", None),
    ],
)
def test_heading_markers_from_the_lexicon(line: str, kind: str | None) -> None:
    m = re.match(zh.marker_alternation(named=True), line)
    found = m.lastgroup if m and (kind is None or m.end() < len(line)) else None
    if kind is None:
        assert m is None or not re.match(r"[\u4e00-\u9fff“\"《(（]", line[m.end():])
    else:
        assert found == kind


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("一、总体要求", True),
        ("（三）加强培训", True),
        ("2.完善制度", True),
        ("⑤建立台账", True),
        ("第二部分 主要任务", True),
        ("附件：", True),
        ("附件1", True),
        ("三年内完成全员培训", False),
        ("2023年起实施", False),
        ("彻执行。", False),
    ],
)
def test_paragraph_starts(line: str, starts: bool) -> None:
    assert bool(zh.paragraph_start_re().match(line)) is starts


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("第十一条 县教研室负责", "县教研室负责"),
        ("（二）各学校要落实", "各学校要落实"),
        ("一是学校要建立制度", "学校要建立制度"),
        ("二、教师进修学校牵头", "教师进修学校牵头"),
        ("3. 教研员每学期听课", "教研员每学期听课"),
        ("②乡镇中心学校负责", "乡镇中心学校负责"),
        ("L教研室负责", "教研室负责"),  # OCR: L for 1.
        ("县教育局负责", "县教育局负责"),
    ],
)
def test_clause_markers(clause: str, words: str) -> None:
    assert clause[zh.clause_marker_re().match(clause).end():] == words


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("校长每学期至少听课30节，业务副校长每学期听课至少40节。", ["校长每学期至少听课30节", "业务副校长每学期听课至少40节"]),
        ("教师每年参加培训；其中：集中培训不少于24学时", ["教师每年参加培训", "其中", "集中培训不少于24学时"]),
        ("没有标点的一句", ["没有标点的一句"]),
        ("。", ["。"]),  # nothing but a cut: the whole text
    ],
)
def test_clause_spans(text: str, clauses: list[str]) -> None:
    assert [text[a:b] for a, b in zh.clause_spans(text)] == clauses


def test_clause_spans_with_another_cut() -> None:
    cut = re.compile(r"[，。]|[（(](?=其中)")
    s = "每学期听课20节（其中校外听课不少于5节）。"
    assert [s[a:b] for a, b in zh.clause_spans(s, cut)] == ["每学期听课20节", "其中校外听课不少于5节）"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("根据《福建省教育厅关于…》要求", "根据□□□□□□□□□□□要求"),
        ("落实《关于印发〈方案〉的通知》精神", "落实□□□□□□□□□□□□□精神"),
        ("学习《关于《意见》的通知》", "学习□□□□□□□□□□□"),
        ("按<教师法>规定", "按□□□□□规定"),
        ("县教育局负责", "县教育局负责"),
        ("《未闭合的书名", "《未闭合的书名"),
    ],
)
def test_mask_titles(text: str, masked: str) -> None:
    out = zh.mask_titles(text)
    assert out == masked and len(out) == len(text)


@pytest.mark.parametrize(
    ("text", "at", "inside"),
    [
        ("开展“十佳教师”评选，每年评选10名", "十", True),
        ("开展“十佳教师”评选，每年评选10名", "10", False),
        ("学习《中小学教师三年培训规划》", "三", True),
        ("学习《中小学教师三年培训规划", "三", False),  # never closed: OCR damage protects nothing
        ("「一校一品」建设，每校一个", "一校", True),
        ("每学期听课20节", "20", False),
    ],
)
def test_inside_marks(text: str, at: str, inside: bool) -> None:
    assert zh.inside_marks(text, text.index(at)) is inside


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("学习《意见。草案》。要落实", ["《意见。草案》"]),
        ("提出“三个一”要求", ["“三个一”"]),
        ("《未闭合\n下一行》", []),  # a title never crosses a line
    ],
)
def test_quoted_spans(text: str, spans: list[str]) -> None:
    assert [m.group(0) for m in zh.QUOTED.finditer(text)] == spans


@pytest.mark.parametrize(
    ("raw", "unified", "normalized"),
    [
        ("一、总体要求\r\n（一）坚持正确方向\r", "一、总体要求\n（一）坚持正确方向\n", "一、总体要求\n（一）坚持正确方向\n"),
        ("第一页\f第二页", "第一页\f第二页", "第一页\n第二页"),
        ("\ufeff校长\u00a0听课\u200b", "\ufeff校长\u00a0听课\u200b", "校长 听课"),
    ],
)
def test_newlines(raw: str, unified: str, normalized: str) -> None:
    assert zh.unify_newlines(raw) == unified
    assert zh.normalize_newlines(raw) == normalized


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("每学期至少听课３０节（含）", "每学期至少听课30节(含)"),
        ("ＡＢＣ：１２３；", "ABC:123;"),
        ("索引号：\u3000001", "索引号: 001"),
        ("好，。、《》“”", "好,。、《》“”"),  # the full-width comma has an ASCII twin; 。、《》“” do not
    ],
)
def test_to_halfwidth(text: str, half: str) -> None:
    assert zh.to_halfwidth(text) == half


def test_header_labels_one_list() -> None:
    everything = set(zh.header_labels())
    for use in ("page", "text", "drop"):
        assert set(zh.header_labels(use)) <= everything
    assert "索引号" in zh.header_labels("drop") and "索引号" in zh.header_labels("page")
    # 点击数 is read from a page but its line is not dropped from the text
    assert "点击数" in zh.header_labels("text") and "点击数" not in zh.header_labels("drop")
    labels = zh.header_labels()
    assert list(labels) == sorted(labels, key=len, reverse=True)


@pytest.mark.parametrize(
    ("line", "label"),
    [("索  引  号：SM05104", "索  引  号"), ("发文字号:闽教〔2023〕1号", "发文字号"), ("备注/文号：无", "备注/文号")],
)
def test_spaced_labels(line: str, label: str) -> None:
    m = re.match(zh.spaced_alternation(zh.header_labels()), line)
    assert m and m.group(0) == label


def test_every_header_label_has_known_uses() -> None:
    from extract.lexicons import load

    for label, uses in load("metadata")["header_labels"].items():
        assert uses and set(uses) <= {"page", "text", "drop"}, label


def test_words_is_built_once() -> None:
    assert zh.word_set("roles", "pronouns") is zh.word_set("roles", "pronouns")
    assert "人均" in zh.word_set("roles", "pronouns")
    with pytest.raises(ConfigError, match="metadata.yml has no entry field_map.titel"):
        zh.word_set("metadata", "field_map", "titel")


def test_numerals_read_without_cn2an_have_cn2an_values() -> None:
    """The table that spares a build importing cn2an gives the values cn2an gives (a bare 百 as 一百)."""
    import cn2an

    for numeral, value in zh._SMALL.items():
        assert value == cn2an.cn2an(("一" if numeral[0] in "百千万" else "") + numeral, "smart"), numeral


@pytest.mark.parametrize("numeral, value", [("廿", 20), ("廿九", 29), ("卅", 30), ("卅一", 31), ("十五", 15)])
def test_day_tens_contractions_read_as_their_value(numeral: str, value: int) -> None:
    assert zh.to_int(zh.expand_day_tens(numeral)) == value
