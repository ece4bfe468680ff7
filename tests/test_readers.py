"""Reader tests: each format on its fixture (made by tests/make_fixtures.py), and every bad input."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncodingError,
    EncryptedError,
    ReadError,
    TooLargeError,
    UnsupportedFormatError,
)
from extract.readers import SUPPORTED, read
from extract.readers import docx as docx_reader
from extract.readers import html as html_reader
from extract.readers import pdf as pdf_reader
from extract.readers.txt import decode
from extract.types import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"
SEED_004 = Path(__file__).parent.parent / "corpus" / "004_39fd71eae852dec9.txt"
SEED_000 = Path(__file__).parent.parent / "corpus" / "000_b11a7b4cf11b919c.txt"

# Sentences of seed 004 that every reader must give whole and in this order.
KEY_SENTENCES = [
    "现将《乌海市一体化推进基础教育教研工作方案》印发给你们,请结合实际认真贯彻执行。",
    "为深入贯彻落实《乌海市委办公室 市人民政府办公室印发<关于加快全市教育高质量发展的意见>的通知》(乌党办发〔2022〕16号)",
    "2-3年内,市、区教研机构按照国家课程方案配齐所有学段文化课学科专职教研员",
    "教研能力强,具有6年以上教学工作经历;具有中级以上教师专业技术职称;",
    "将教研员纳入教师培训计划,每人每年培训不少于72课时,建立学术进修制度",
    "每位教研员联系1到2所学校,坚持深入学校,深入课堂",
    "以求真务实的态度解决教育改革中的问题,为教研工作高质量开展营造风清气正的氛围。",
]


def assert_in_order(text: str, needles: list[str]) -> None:
    pos = 0
    for needle in needles:
        found = text.find(needle, pos)
        assert found >= 0, f"missing or out of order: {needle}"
        pos = found + len(needle)


def headings(text: str) -> list[str]:
    """Heading markers at line starts, parentheses made half-width to compare across formats."""
    marks = re.findall(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+\.)", text, re.M)
    return [m.replace("（", "(").replace("）", ")") for m in marks]


SEED_HEADINGS = headings("\n".join(ln.strip() for ln in SEED_004.read_text(encoding="utf-8").splitlines()))


# --------------------------------------------------------------------------- dispatch


def test_supported_extensions() -> None:
    assert SUPPORTED == {".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".wps", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
                         ".shtml", ".shtm", ".xhtml", ".asp", ".aspx", ".jsp", ".php", ".csv", ".tsv", ".json", ".sql"}


@pytest.mark.parametrize("ext", [".shtml", ".SHTM", ".xhtml", ".aspx", ".php"])
def test_a_page_saved_with_its_servers_extension_is_read_as_html(tmp_path, ext) -> None:
    page = tmp_path / f"content_8812{ext}"
    page.write_bytes((FIXTURES / "notice.html").read_bytes())
    raw = read(page)
    assert raw.format == "html"
    assert raw.text == read(FIXTURES / "notice.html").text


@pytest.mark.parametrize(
    "name, fmt",
    [("notice_gbk.txt", "txt"), ("notice.html", "html"), ("notice_li.htm", "html"),
     ("notice.pdf", "pdf"), ("notice.docx", "docx")],
)
def test_dispatch_on_extension(name: str, fmt: str) -> None:
    raw = read(FIXTURES / name)
    assert raw.format == fmt
    assert raw.path == str(FIXTURES / name)


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    upper = tmp_path / "NOTICE.TXT"
    upper.write_bytes((FIXTURES / "notice_gbk.txt").read_bytes())
    assert read(upper).format == "txt"


# --------------------------------------------------------------------------- txt


def test_gbk_txt_decodes_and_normalises_crlf() -> None:
    raw = read(FIXTURES / "notice_gbk.txt")
    assert "\r" not in raw.text
    assert "乌党办发〔2022〕16号" in raw.text
    assert_in_order(raw.text, KEY_SENTENCES)
    # Same text as the UTF-8 seed, apart from the no-break spaces GBK cannot hold.
    assert raw.text == SEED_004.read_text(encoding="utf-8").replace("\xa0", " ")


def test_utf8_bom_txt_strips_bom() -> None:
    raw = read(FIXTURES / "notice_bom.txt")
    assert not raw.text.startswith("\ufeff")
    assert raw.text == SEED_000.read_text(encoding="utf-8")
    assert "清教党组〔2023〕2号" in raw.text


@pytest.mark.parametrize(
    "text, codec",
    [
        ("校长每学期至少听课30节。", "gbk"),
        ("各县（市、区）教育局：严禁有偿补课。", "gb2312"),
        ("教研员每学期听课不少于40节，其中𠀀字在GB18030里才有。", "gb18030"),
        ("请于2023年12月31日前报送。", "utf-8"),
    ],
)
def test_decode_prefers_utf8_then_gb18030(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec), "x.txt")
    assert decoded.text == text
    assert decoded.encoding == ("utf-8" if codec == "utf-8" else "gb18030")
    assert decoded.replaced == 0 and decoded.warnings() == ()


def _flip(data: bytes, at: int, bit: int = 0x40) -> bytes:
    return data[:at] + bytes([data[at] ^ bit]) + data[at + 1:]


def test_one_flipped_bit_in_utf8_keeps_the_notice(tmp_path: Path) -> None:
    """A bit flipped in a UTF-8 notice spoils one character, not the file."""
    data = SEED_004.read_bytes()
    at = data.index("72课时".encode()) + 2  # the lead byte of 课 becomes ASCII: its 2 trail bytes are left over
    path = tmp_path / "flipped.txt"
    path.write_bytes(_flip(data, at, 0x80))
    raw = read(path)
    assert raw.warnings == ("2 bytes were not valid UTF-8 and were replaced by \ufffd",)
    expected = SEED_004.read_text(encoding="utf-8").replace("72课时", "72" + chr(data[at] ^ 0x80) + "\ufffd\ufffd时", 1)
    assert raw.text == expected


@pytest.mark.parametrize(
    "text",
    ["校长每学期至少听课30节。", "严禁有偿补课", "听课", "教研员每学期听课不少于40节，其中公开课2节。"],
)
def test_short_utf8_with_a_bad_byte_is_utf8_and_short_gbk_is_gbk(text: str) -> None:
    damaged = text.encode("utf-8") + b"\xff"
    assert decode(damaged, "x.txt") == (text + "\ufffd", "utf-8", 1, 0)
    assert decode(text.encode("gbk"), "x.txt") == (text, "gb18030", 0, 0)


def test_damaged_gbk_notice_is_still_gb18030(tmp_path: Path) -> None:
    data = (FIXTURES / "notice_gbk.txt").read_bytes()
    at = data.index("72课时".encode("gbk")) + 3  # the trail byte of 课 becomes 0x7f: not GBK
    damaged = data[:at] + b"\x7f" + data[at + 1:]
    path = tmp_path / "gbk.txt"
    path.write_bytes(damaged)
    raw = read(path)
    assert raw.warnings == ("1 byte was not valid GB18030 and was replaced by \ufffd",)
    assert "每人每年培训不少于72\ufffd\x7f时" in raw.text  # the lead byte replaced, the ASCII byte kept
    assert "乌党办发〔2022〕16号" in raw.text


def test_utf8_bom_notice_with_a_bad_byte(tmp_path: Path) -> None:
    data = (FIXTURES / "notice_bom.txt").read_bytes() + b"\xe5\x90"  # a character cut at the end
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    raw = read(path)
    assert raw.text == SEED_000.read_text(encoding="utf-8") + "\ufffd\ufffd"
    assert raw.warnings == ("2 bytes were not valid UTF-8 and were replaced by \ufffd",)


def test_zeroed_stretch_in_a_text_file_is_removed_with_a_warning(tmp_path: Path) -> None:
    text = SEED_004.read_text(encoding="utf-8")
    data = text.encode()
    at = data.index("各区教育局".encode())
    path = tmp_path / "zeroed.txt"
    path.write_bytes(data[:at] + bytes(100) + data[at:])
    raw = read(path)
    assert raw.text == text
    assert raw.warnings == ("100 NUL bytes were removed (a zero-filled stretch of a damaged file?)",)


def test_gbk_read_as_utf8_never_passes_for_damaged_utf8() -> None:
    """Every seed notice in GBK has far fewer valid UTF-8 characters than bad bytes: it stays GB18030."""
    from tests.conftest import SEEDS

    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8").replace("\xa0", " ")
        decoded = decode(text.encode("gb18030"), seed.name)
        assert (decoded.text, decoded.encoding, decoded.replaced) == (text, "gb18030", 0), seed.name


@pytest.mark.parametrize("data", [" \r\n\u3000\n".encode(), "\ufeff \n".encode(), b"\x1c\x1d\x1e\x1f\n", b"\n" * 3])
def test_whitespace_only_text_is_empty(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyDocumentError, match=r"^blank.txt: the file is empty"):
        read(path)


def test_txt_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB that would take long to read, and are never read
    with pytest.raises(TooLargeError) as info:
        read(path)
    assert str(info.value) == (
        "dump.txt: 50.0 MB of text, far beyond any notice (the limit for 2,000,000 characters of text "
        "is 8.0 MB); split it into its notices, or raise the limit with `policykb build --max-chars N`"
    )


def test_txt_within_the_size_bound_but_over_max_chars(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("校长每学期至少听课30节。\n" * 100, encoding="utf-8")  # 1,400 characters in 3,600 bytes
    # Within 4 bytes per allowed character: read, then counted.
    with pytest.raises(TooLargeError, match=r"^long.txt: 1,400 characters of text, far beyond any notice \(limit 900\)"):
        read(path, max_chars=900)
    with pytest.raises(TooLargeError, match=r"^long.txt: 3,600 bytes of text, far beyond any notice \(the limit for 899 "
                                            r"characters of text is 3,596 bytes\)"):
        read(path, max_chars=899)


# --------------------------------------------------------------------------- html


@pytest.fixture(scope="module")
def html_doc():  # type: ignore[no-untyped-def]
    return read(FIXTURES / "notice.html")


def test_html_fields(html_doc) -> None:  # type: ignore[no-untyped-def]
    assert html_doc.fields["索引号"] == "11150300011554519Q/2023-10929"
    assert html_doc.fields["发文字号"] == "乌教发〔2023〕88号"
    assert html_doc.fields["成文日期"] == "2023-10-20"
    assert html_doc.fields["公开日期"] == "2023-10-31"
    assert html_doc.fields["发布机构"] == "乌海市教育局"
    assert html_doc.fields["标题"] == "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知"
    assert html_doc.fields["发布时间"] == "2023-10-31"  # stops at the ideographic space


def test_html_keeps_every_paragraph_in_order(html_doc) -> None:  # type: ignore[no-untyped-def]
    lines = html_doc.text.splitlines()
    # trafilatura drops the <h1> title and the short signature lines; the reader must not.
    assert "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知" in lines
    assert "各区教育局、直属各学校(单位):" in lines
    assert "乌海市教育局" in lines and "2023年10月20日" in lines
    assert_in_order(html_doc.text, KEY_SENTENCES)
    assert headings(html_doc.text) == SEED_HEADINGS


def test_html_inline_tags_do_not_split_numbers(html_doc) -> None:  # type: ignore[no-untyped-def]
    assert "每人每年培训不少于72课时" in html_doc.text  # <b>不少于</b> and <span>72</span>
    assert "具有6年以上教学工作经历" in html_doc.text
    assert "联系1到2所学校" in html_doc.text  # <font>1</font>到<font>2</font>


def test_html_drops_nav_scripts_and_footer(html_doc) -> None:  # type: ignore[no-untyped-def]
    for junk in ("首页", "统计代码", "ICP备", "电话：0473", "分享到", "扫一扫", "float"):
        assert junk not in html_doc.text


def test_html_li_and_dl_fields_and_inline_numbers() -> None:
    raw = read(FIXTURES / "notice_li.htm")
    assert raw.fields == {
        "索引号": "SM05104-1300-2023-00007",
        "备注/文号": "清教党组〔2023〕2号",
        "发布机构": "清流县教育局",
        "公文生成日期": "2023-01-13",
        "主题分类": "教育",
        "版权所有": "清流县教育局 闽ICP备00000000号",  # the footer's owner (metadata reads the name)
    }
    assert raw.text.splitlines() == [
        "各中、小学，幼儿园，教师进修学校：",
        "校长每学期至少听课30节，其中随堂课不少于10节。",
        "教师每学年不少于72学时。",
        "一、指导思想",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神。",
    ]


@pytest.mark.parametrize(
    "markup, expected",
    [
        ("<p>校长每学期至少听课<span>30</span>节</p>", ["校长每学期至少听课30节"]),
        ("<p>教师<b>不少于</b><i>72</i>学时<br>教研员<em>每学期</em>听课</p>", ["教师不少于72学时", "教研员每学期听课"]),
        # A source line break between two CJK characters is no space (CSS segment-break rule).
        ("<p>严禁在职教师\n  有偿补课</p>", ["严禁在职教师有偿补课"]),
        # Word writes each run of a number in its own span on its own line: one number.
        ("<p>每周课外活动不少于<span>1</span>\n<span>2</span>\n\n<span>0</span>分钟</p>", ["每周课外活动不少于120分钟"]),
        ("<p>抽查比例不低于<span>2</span>\n<span>5</span>%</p>", ["抽查比例不低于25%"]),
        # A space written on one line is a space: two numbers stay apart.
        ("<p>座位号<span>3</span> <span>7</span></p>", ["座位号3 7"]),
        ("<table><tr><td>索引号：</td><td>001</td></tr></table>", ["索引号：\t001"]),
        ("<div>一、总体要求<div>（一）坚持方向</div></div>", ["一、总体要求", "（一）坚持方向"]),
        ('<p>可见<span style="display:none">隐藏</span>文字</p>', ["可见文字"]),
    ],
)
def test_html_render(markup: str, expected: list[str]) -> None:
    import lxml.html

    lines = html_reader.render(lxml.html.document_fromstring(f"<html><body>{markup}</body></html>"))
    assert [ln.text for ln in lines] == expected


@pytest.mark.parametrize(
    "markup, expected",
    [
        ("<table><tr><td>发文机关：</td><td>某县教育局</td></tr><tr><td>成文日期：</td><td>2024年3月1日</td></tr></table>",
         {"发文机关": "某县教育局", "成文日期": "2024年3月1日"}),
        # Several pairs in one line, labels printed with spaces (as in seed 004's header).
        ("<div>索  引  号: 11150300011554519Q/2023-10929 发文字号: 乌教发〔2023〕88号</div>",
         {"索引号": "11150300011554519Q/2023-10929", "发文字号": "乌教发〔2023〕88号"}),
        ("<dl><dt>主题分类</dt><dd>教育</dd></dl>", {"主题分类": "教育"}),
        ("<ul><li><span>发布日期：</span>2024-05-06</li><li><span>有效性：</span>有效</li></ul>",
         {"发布日期": "2024-05-06", "有效性": "有效"}),
        # Body text that merely mentions a label is not a field.
        ("<p>按照成文日期先后排序。</p><p>标题应当准确简要。</p>", {}),
    ],
)
def test_html_field_pairs(markup: str, expected: dict[str, str]) -> None:
    import lxml.html

    tree = lxml.html.document_fromstring(f"<html><body>{markup}</body></html>")
    assert html_reader.parse_fields(html_reader.render(tree)) == expected


def test_html_declared_gbk_is_read_as_gb18030(tmp_path: Path) -> None:
    page = tmp_path / "gbk.htm"
    page.write_bytes('<html><head><meta charset="gb2312"></head><body><p>教研员每学期听课不少于40节。</p></body></html>'.encode("gbk"))
    assert read(page).text == "教研员每学期听课不少于40节。"


# --------------------------------------------------------------------------- pdf


@pytest.fixture(scope="module")
def pdf_doc():  # type: ignore[no-untyped-def]
    return read(FIXTURES / "notice.pdf")


def test_pdf_pages_and_running_lines_removed(pdf_doc) -> None:  # type: ignore[no-untyped-def]
    assert pdf_doc.pages == 5
    assert "乌海市教育局文件" not in pdf_doc.text  # the running header
    assert not re.search(r"- \d+ -|第\d+页", pdf_doc.text)  # both page-number styles
    assert not any(line.strip().isdigit() for line in pdf_doc.text.splitlines())


def test_pdf_rejoins_hard_wrapped_lines(pdf_doc) -> None:  # type: ignore[no-untyped-def]
    lines = pdf_doc.text.splitlines()
    assert lines[0] == "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知"
    assert "现将《乌海市一体化推进基础教育教研工作方案》印发给你们,请结合实际认真贯彻执行。" in lines
    assert_in_order(pdf_doc.text, KEY_SENTENCES)
    # Every paragraph of the seed is one line again, headings included (across page breaks too).
    seed = [ln.replace("\xa0", " ").strip() for ln in SEED_004.read_text(encoding="utf-8").splitlines()]
    start, end = seed.index("乌海市一体化推进基础教育教研工作方案"), seed.index("乌海市一体化推进基础教育教研工作方案.pdf")
    assert [ln for ln in lines[5:] if ln] == [ln for ln in seed[start:end] if ln]


def test_pdf_quotes_from_a_second_font_stay_in_place(pdf_doc) -> None:  # type: ignore[no-untyped-def]
    # The fixture draws “ ” after the rest of the line, as Word PDFs can.
    assert "教育高质量发展“1+N”政策体系配套文件" in pdf_doc.text
    assert "四、构建“一体化”教研工作机制" in pdf_doc.text


def test_pdf_engines_agree() -> None:
    fast = pdf_reader.read(FIXTURES / "notice.pdf")
    exact = pdf_reader.read(FIXTURES / "notice.pdf", engine="pdfplumber")
    assert fast.text == exact.text


@pytest.mark.parametrize(
    "line, is_number",
    [("- 3 -", True), ("—12—", True), ("3", True), ("第3页 共10页", True), ("第 3 页", True),
     ("共10页 第3页", True), ("3/10", True), ("Page 3 of 10", True),
     ("2023年10月20日", False), ("一、总体要求", False), ("4.考核不合格。", False)],
)
def test_page_number_lines(line: str, is_number: bool) -> None:
    assert pdf_reader.is_page_number(line) is is_number


def _line(text: str, x0: float, x1: float, top: float) -> pdf_reader.Line:
    return pdf_reader.Line(text, x0, x1, top, top + 12)


@pytest.mark.parametrize(
    "lines, expected",
    [
        # Wrapped at the margin mid-sentence: joined; indented next line: new paragraph.
        ([("  教研员每学期听课不少于", 96, 520), ("40节。", 72, 108), ("  严禁有偿补课。", 96, 200)],
         ["教研员每学期听课不少于40节。", "严禁有偿补课。"]),
        # A heading marker at the left margin starts a paragraph even after a full line.
        ([("  各学校要按照要求认真组织实施并及时总结经验做法推广", 96, 520), ("一、总体要求", 72, 144)],
         ["各学校要按照要求认真组织实施并及时总结经验做法推广", "一、总体要求"]),
        # A full line that ends a sentence is not continued.
        ([("  请于2023年12月31日前报送至县教育局教研室。", 96, 520), ("联系人：张老师", 72, 156)],
         ["请于2023年12月31日前报送至县教育局教研室。", "联系人：张老师"]),
        # Where paragraphs are indented, a full line ending in 。 mid-paragraph continues.
        ([("  各校要认真落实本方案各项要求并结合实际制定细则。", 96, 520), ("并于月底前报送。", 72, 170),
          ("  严禁有偿补课。", 96, 200)],
         ["各校要认真落实本方案各项要求并结合实际制定细则。并于月底前报送。", "严禁有偿补课。"]),
        # A short line (signature) is never continued.
        ([("乌海市教育局", 380, 452), ("2023年10月20日", 370, 460)], ["乌海市教育局", "2023年10月20日"]),
    ],
)
def test_join_lines(lines: list[tuple[str, float, float]], expected: list[str]) -> None:
    objs = [_line(t, x0, x1, i * 20) for i, (t, x0, x1) in enumerate(lines)]
    # A page of full-width lines sets the margins.
    margin = [_line("为" * 37, 72, 520, 500 + i * 20) for i in range(6)]
    assert pdf_reader.join_lines(objs + margin)[: len(expected)] == expected


# --------------------------------------------------------------------------- docx


@pytest.fixture(scope="module")
def docx_doc():  # type: ignore[no-untyped-def]
    return read(FIXTURES / "notice.docx")


def test_docx_recovers_word_numbering(docx_doc) -> None:  # type: ignore[no-untyped-def]
    lines = docx_doc.text.splitlines()
    for heading in ("一、总体要求", "二、进一步明确教研工作职能任务", "五、保障措施", "（一）教研机构设置",
                    "（二）教研员配备", "4.考核不合格。"):
        assert heading in lines
    # Same sequence as the seed: counters restart under each higher level.
    assert headings(docx_doc.text) == SEED_HEADINGS


def test_docx_text_table_and_runs(docx_doc) -> None:  # type: ignore[no-untyped-def]
    lines = docx_doc.text.splitlines()
    assert lines[0] == "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知"
    assert lines[1:4] == ["发文字号\t乌教发〔2023〕88号", "成文日期\t2023年10月20日", "主题分类\t教育"]
    assert_in_order(docx_doc.text, KEY_SENTENCES)  # 72 is its own bold run
    # Bullets are decoration: no "●" prefix, text kept.
    assert lines[-2:] == ["市级教研机构负责统筹", "区级教研机构负责落实"]


@pytest.mark.parametrize(
    "n, fmt, expected",
    [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
     (20, "chineseCounting", "二十"), (105, "chineseCounting", "一百零五"), (3, "chineseLegalSimplified", "叁"),
     (3, "decimal", "3"), (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"),
     (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimalZero", "07"), (5, "decimalFullWidth", "５")],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert docx_reader.format_number(n, fmt) == expected


_NUMBERING = """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="（%3）"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


@pytest.mark.parametrize(
    "sequence, expected",
    [
        # 第%1条 has no closing punctuation: Word's tab shows as a space.
        ([("1", 0), ("1", 0)], ["第一条 ", "第二条 "]),
        ([("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1)], ["第一条 ", "一.1 ", "一.2 ", "第二条 ", "二.1 "]),
        # Without isLgl, %1 in a deeper level keeps its own format, as Word shows it.
        # A second num on the same abstract list continues it; a startOverride restarts it.
        ([("1", 0), ("2", 0), ("3", 0), ("3", 0)], ["第一条 ", "第二条 ", "第一条 ", "第二条 "]),
        # lvlRestart 0: level 2 never restarts.
        ([("1", 2), ("1", 0), ("1", 2)], ["（1）", "第一条 ", "（2）"]),
    ],
)
def test_numbering_counters(sequence: list[tuple[str, int]], expected: list[str]) -> None:
    from lxml import etree

    numbering = docx_reader.Numbering.from_part(etree.fromstring(_NUMBERING))
    assert [numbering.label(num_id, ilvl) for num_id, ilvl in sequence] == expected


def test_docx_numbering_from_paragraph_style(tmp_path: Path) -> None:
    """Headings numbered through their style (Heading 1 linked to a list), not the paragraph."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sys.path.insert(0, str(Path(__file__).parent))
    import make_fixtures

    document = docx.Document()
    make_fixtures._add_numbering_part(document)
    style = document.styles["Heading 1"]
    ppr = style.element.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), "3")
    num_pr.append(nid)
    ppr.insert(0, num_pr)
    document.add_paragraph("总体要求", style="Heading 1")
    document.add_paragraph("坚持正确方向。")
    document.add_paragraph("保障措施", style="Heading 1")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    assert read(path).text.splitlines() == ["一、总体要求", "坚持正确方向。", "二、保障措施"]


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    "name, error, words",
    [
        ("empty.txt", EmptyDocumentError, "empty"),
        ("blank.txt", EmptyDocumentError, "the file is empty (only whitespace)"),
        ("junk.txt", EncodingError, "not"),
        ("corrupt.pdf", CorruptFileError, "not a readable PDF"),
        ("encrypted.pdf", EncryptedError, "password"),
        ("scan.pdf", EmptyDocumentError, "no text layer"),
        ("truncated.docx", CorruptFileError, "not a complete DOCX (its zip directory is missing or damaged: File is not "
                                      "a zip file); the file is probably truncated: download or copy it again"),
        ("notes.xyz", UnsupportedFormatError, "unsupported extension .xyz"),
    ],
)
def test_bad_inputs(name: str, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as info:
        read(FIXTURES / name)
    message = str(info.value)
    assert message.startswith(f"{name}: ")
    assert words in message


def test_scan_message_says_run_ocr() -> None:
    with pytest.raises(EmptyDocumentError, match="run OCR"):
        read(FIXTURES / "scan.pdf")


def test_encrypted_pdf_with_pdfplumber_is_also_reported_as_password() -> None:
    with pytest.raises(ReadError, match="password"):
        pdf_reader.read(FIXTURES / "encrypted.pdf", engine="pdfplumber")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 8,  # high bytes without NUL: no encoding makes text of them
        b"\x01\x02\x03\x04\x05\x06" * 200,  # control characters, valid ASCII but not text
    ],
)
def test_binary_without_nul_is_rejected(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "weird.txt"
    path.write_bytes(data)
    with pytest.raises(EncodingError, match="^weird.txt: "):
        read(path)


@pytest.mark.parametrize(
    "name, hint",
    [("old.rtf", "save it as .docx"), ("page.ofd", "PDF"), ("noext", "(none)")],
)
def test_unsupported_formats_say_what_to_do(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")
    with pytest.raises(UnsupportedFormatError, match=re.escape(hint)):
        read(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="^gone.pdf: no such file"):
        read(tmp_path / "gone.pdf")


def test_renamed_doc_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)  # OLE2 header of a .doc
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == (
        "old.docx: an old Word .doc (or WPS) file with a .docx name; convert it "
        "(`libreoffice --headless --convert-to docx`, or Word's Save As .docx) and add the .docx"
    )


def test_password_protected_docx(tmp_path: Path) -> None:
    """Word wraps an encrypted .docx in an OLE2 container with an EncryptedPackage stream."""
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    with pytest.raises(EncryptedError, match=r"^locked.docx: the DOCX is password-protected; open it in Word or WPS, remove the password"):
        read(path)


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "text.docx"
    path.write_text("校长每学期至少听课30节。", encoding="utf-8")
    with pytest.raises(ReadError, match=r"^text.docx: not a DOCX \(not a zip file\); if it is a Word or WPS document"):
        read(path)


# --------------------------------------------------------------------------- damaged and oversized pages


@pytest.mark.parametrize("charset, codec", [("utf-8", "UTF-8"), ("gb2312", "GB18030")])
def test_html_with_a_damaged_byte_is_read_with_a_warning(tmp_path: Path, charset: str, codec: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>教研员每学期听课不少于40节。严禁有偿补课。</p></body></html>'
    data = page.encode("gbk" if charset == "gb2312" else "utf-8")
    at = data.index("严禁".encode("gbk" if charset == "gb2312" else "utf-8"))
    path = tmp_path / "page.html"
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])  # the first byte of 严
    raw = read(path)
    assert raw.text.startswith("教研员每学期听课不少于40节。\ufffd")
    # UTF-8: the two trail bytes of 严 are left over; GBK: 禁有偿补课。 is read shifted by one
    # byte until the ASCII "<" of </p>, which leaves the last byte of 。 alone.
    assert raw.warnings == (f"{3 if codec == 'UTF-8' else 2} bytes were not valid {codec} and were replaced by \ufffd",)


def test_html_size_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>" + "听课".encode() * 400 + b"</p>")
    with pytest.raises(TooLargeError) as info:
        read(path, max_chars=200)
    assert str(info.value) == (
        "page.html: a 2,407 bytes page, far beyond any notice (the limit for 200 characters of text is "
        "2,000 bytes of HTML); split it into its notices, or raise the limit with `policykb build --max-chars N`"
    )


def test_whitespace_only_page_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(" \n\u3000\n".encode())
    with pytest.raises(EmptyDocumentError, match=r"^blank.html: the file is empty \(only whitespace\)"):
        read(path)


# --------------------------------------------------------------------------- damaged and oversized DOCX
# One small reproduction per crash class the fuzz test (tests/test_fuzz_readers.py) found.

DOCX = FIXTURES / "notice.docx"
_DAMAGED_TAIL = "; download it again, or open it in Word or WPS (which can often repair it), save it as .docx and add it again"


def _rezip(tmp_path: Path, name: str = "damaged.docx", **parts: bytes) -> Path:
    """The fixture DOCX with some parts replaced (keyword: part name with / as __, . as _)."""
    import zipfile

    replace = {k.replace("__", "/").replace("_xml", ".xml").replace("_rels", ".rels"): v for k, v in parts.items()}
    path = tmp_path / name
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return path


def _central_entry(data: bytes, member: str) -> int:
    """Offset of ``member``'s entry in the zip's central directory."""
    import struct

    at = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + name_len] == member.encode():
            return at
        at = data.index(b"PK\x01\x02", at + 1)


def test_docx_broken_deflate_stream_is_a_read_error(tmp_path: Path) -> None:
    """zlib.error escaped: a document.xml whose compressed stream starts with an invalid block type."""
    import struct
    import zipfile

    data = bytearray(DOCX.read_bytes())
    with zipfile.ZipFile(DOCX) as z:
        info = z.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    data[info.header_offset + 30 + name_len + extra_len] = 0x07  # BFINAL=1, BTYPE=11: reserved
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as info_:
        read(path)
    assert str(info_.value) == (
        "broken.docx: damaged DOCX (word/document.xml is damaged inside the zip (Error -3 while decompressing "
        "data: invalid block type))" + _DAMAGED_TAIL
    )


def test_docx_unsupported_compression_method_is_a_read_error(tmp_path: Path) -> None:
    """NotImplementedError escaped: a member whose method field says 99 (not a method Word writes)."""
    import struct

    data = bytearray(DOCX.read_bytes())
    at = _central_entry(bytes(data), "word/document.xml")
    data[at + 10:at + 12] = struct.pack("<H", 99)
    path = tmp_path / "method.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as info:
        read(path)
    assert str(info.value) == (
        "method.docx: damaged DOCX (word/document.xml uses zip compression method 99, which is not one Word "
        "writes (That compression method is not supported))" + _DAMAGED_TAIL
    )


def test_docx_damaged_styles_part_is_a_warning(tmp_path: Path) -> None:
    """The text is in document.xml: a styles part with an unsupported method costs only style numbering."""
    import struct

    data = bytearray(DOCX.read_bytes())
    at = _central_entry(bytes(data), "word/styles.xml")
    data[at + 10:at + 12] = struct.pack("<H", 99)
    path = tmp_path / "styles.docx"
    path.write_bytes(bytes(data))
    raw = read(path)
    assert raw.text == read(DOCX).text  # the fixture's numbering is in numbering.xml, not in its styles
    assert raw.warnings == (
        "word/styles.xml uses zip compression method 99, which is not one Word writes (That compression method "
        "is not supported); it was skipped, so list numbers (一、 （一）) may be missing",
    )


def test_docx_garbled_relationships_fall_back_to_standard_parts(tmp_path: Path) -> None:
    """AttributeError escaped (python-docx: no Relationship_lst) when the relationships root was garbled."""
    import zipfile

    with zipfile.ZipFile(DOCX) as z:
        rels = z.read("word/_rels/document.xml.rels")
    garbled = rels.replace(b"<Relationships ", b"<Relationshipz ").replace(b"</Relationships>", b"</Relationshipz>")
    assert garbled != rels
    path = _rezip(tmp_path, word___rels__document_xml_rels=garbled)
    raw = read(path)
    assert raw.text == read(DOCX).text
    assert raw.warnings == ()


def test_docx_broken_xml_in_the_body_is_salvaged_with_a_warning(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(DOCX) as z:
        xml = z.read("word/document.xml").decode()
    at = xml.index("二、进一步明确") if "二、进一步明确" in xml else xml.index("进一步明确教研工作职能任务")
    broken = (xml[:at] + "<w:t broken" + xml[at:]).encode()
    path = _rezip(tmp_path, word__document_xml=broken)
    raw = read(path)
    assert raw.text.startswith("乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知\n")
    assert "一、总体要求" in raw.text
    assert len(raw.warnings) == 1
    assert raw.warnings[0].startswith("word/document.xml is not well-formed XML: ")
    assert raw.warnings[0].endswith("; the text libxml2's recovery mode salvages was read, and text near the damage may be missing")


def _one_run_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))


def test_docx_with_one_huge_run_is_read(tmp_path: Path) -> None:
    """libxml2 refused a text node over 10 MB ("save it as .docx again" could not help); now it is read."""
    import random

    # 3.5 million characters drawn from a notice (11.1 MB of UTF-8 in one w:t); drawn at random so that
    # it compresses like text, not ~340-fold like one sentence repeated, which is refused as a zip bomb.
    alphabet = sorted(set(SEED_004.read_text(encoding="utf-8")) - set("\n\r\xa0 <>&"))
    text = "".join(random.Random(9).choices(alphabet, k=3_500_000))
    path = tmp_path / "huge.docx"
    _one_run_docx(path, text)
    assert read(path, max_chars=4_000_000).text == text
    # Under the default limit the text is refused for what it is: too long.
    with pytest.raises(TooLargeError, match=r"^huge.docx: 3,500,000 characters of text, far beyond any notice \(limit 2,000,000\)"):
        read(path)


def _bomb(path: Path, member_mb: int) -> None:
    """A DOCX whose document.xml inflates to ``member_mb`` MB of one repeated paragraph (~1000-fold)."""
    import zipfile

    paragraph = b"<w:p><w:r><w:t>" + "听课".encode() * 20 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = paragraph * (1_000_000 // len(paragraph))
            for _ in range(member_mb):
                f.write(chunk)
            f.write(b"</w:body></w:document>")


_MEASURE = """
import resource, sys, time
from pathlib import Path
from extract.errors import TooLargeError
from extract.readers import read
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    read(Path(sys.argv[1]))
    print("read")
except TooLargeError as exc:
    print(exc)
print(time.perf_counter() - t0)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


@pytest.mark.parametrize(
    "member_mb, message",
    [
        # Beyond 20 bytes of XML per allowed character: refused by its size in the zip directory.
        (60, "bomb.docx: its word/document.xml inflates to 60.0 MB, far beyond any notice (the limit for "
             "2,000,000 characters of text is 40.0 MB of document XML); split it into its notices, or raise "
             "the limit with `policykb build --max-chars N`"),
        # Under the size bound but inflating ~250-fold: refused as a zip bomb.
        (30, "bomb.docx: its word/document.xml inflates 2"),
    ],
)
def test_docx_zip_bomb_is_refused_quickly_without_memory(tmp_path: Path, member_mb: int, message: str) -> None:
    import subprocess

    path = tmp_path / "bomb.docx"
    _bomb(path, member_mb)
    assert path.stat().st_size < 300_000
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).parent.parent)
    said, seconds, grew_mb = done.stdout.splitlines()
    assert said.startswith(message)
    if member_mb == 30:
        assert said.endswith("as zip bombs do; Word's parts inflate at most ~30-fold: open it in Word or WPS and "
                             "save it as .docx again if it is a real notice")
    assert float(seconds) < 2.0
    assert int(grew_mb) < 30  # the XML is never inflated (reading it took 1.5 GB before)


def test_damaged_numbering_values_do_not_hang(tmp_path: Path) -> None:
    """A start value of 10^9 in lowerLetter would have made a 38-million-letter label; level 10^9 a 10^9 loop."""
    from lxml import etree

    numbering = docx_reader.Numbering.from_part(etree.fromstring(
        _NUMBERING.replace('<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>',
                           '<w:start w:val="999999999"/><w:numFmt w:val="chineseCounting"/>')
                  .replace('w:ilvl="2"', 'w:ilvl="999999999"')
                  .replace('<w:startOverride w:val="1"/>', '<w:startOverride w:val="x"/>')))
    assert numbering.label("1", 0) == "第32767条 "  # clamped to Word's largest counter, shown in digits
    assert numbering.label("1", 999999999) == ""
    assert docx_reader.format_number(-3, "ideographDigital") == "-3"  # raised ValueError on the "-"
    assert docx_reader.format_number(10**9, "lowerLetter") == "1000000000"


# --------------------------------------------------------------------------- damaged and oversized PDF


def _pdf_with_broken_pages(tmp_path: Path, pages: tuple[int, ...]) -> Path:
    """The fixture PDF with the page objects of ``pages`` (1-based) no longer typed /Page."""
    data = (FIXTURES / "notice.pdf").read_bytes()
    marks = [m.start() for m in re.finditer(rb"/Type /Page\b", data)]
    for number in pages:
        at = marks[number - 1]
        data = data[:at] + b"/Type /Pagx" + data[at + len(b"/Type /Page"):]
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    return path


def test_pdf_page_that_fails_to_load_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """pypdfium2's PdfiumError "Failed to load page" escaped: it came on loading a page, not on opening."""
    raw = read(_pdf_with_broken_pages(tmp_path, (2,)))
    assert raw.pages == 5
    assert raw.warnings == ("page 2 of 5 could not be read (Failed to load page.) and was skipped; its text is missing",)
    whole = read(FIXTURES / "notice.pdf").text
    assert raw.text.splitlines()[0] == whole.splitlines()[0]
    assert len(raw.text) < len(whole)


def test_pdf_whose_pages_all_fail_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError) as info:
        read(_pdf_with_broken_pages(tmp_path, (1, 2, 3, 4, 5)))
    assert str(info.value) == (
        "pages.pdf: not a readable PDF (none of its 5 pages loads); download it again or repair it (e.g. qpdf in.pdf out.pdf)"
    )


def test_pdf_page_count_is_checked_before_reading() -> None:
    with pytest.raises(TooLargeError) as info:
        read(FIXTURES / "notice.pdf", max_chars=2000)
    assert str(info.value) == (
        "notice.pdf: 5 pages, far beyond any notice (the limit for 2,000 characters of text is 4 pages); "
        "split it into its notices, or raise the limit with `policykb build --max-chars N`"
    )


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_reading_stops_once_past_max_chars(engine: str) -> None:
    with pytest.raises(TooLargeError, match=r"^notice.pdf: more than 3,000 characters of text in its first [1-4] of 5 pages, "
                                            r"far beyond any notice \(limit 3,000\); split it"):
        pdf_reader.read(FIXTURES / "notice.pdf", engine=engine, max_chars=3000)


@pytest.mark.parametrize("ext", [".txt", ".html", ".pdf", ".docx"])
@pytest.mark.parametrize("data", [b"", b" \r\n\t\n", " \u3000\n".encode()], ids=["zero", "ascii", "ideographic"])
def test_empty_or_whitespace_only_file_says_empty_in_every_format(tmp_path: Path, ext: str, data: bytes) -> None:
    path = tmp_path / f"blank{ext}"
    path.write_bytes(data)
    with pytest.raises(EmptyDocumentError, match=rf"^blank{re.escape(ext)}: the file is empty"):
        read(path)


# ---------------------------------------------------------------- containers of real notices (issue 11)


def test_escaped_line_breaks_of_an_export_are_read_as_breaks(tmp_path):
    body = r"各乡镇学校:\r\n\r\n    一、每位教师每学期听课不少于15节。\r\n    二、请于6月1日前报送。\r\n某某县教育局\r\n2022年5月6日"
    path = tmp_path / "dump.txt"
    path.write_text("ID|BT|ZW\n9|关于听课的通知|" + body + "\n", encoding="utf-8")
    text = read(path).text
    assert "\\r\\n" not in text
    assert "一、每位教师每学期听课不少于15节。\n" in text
    assert text.rstrip().endswith("某某县教育局\n2022年5月6日")


@pytest.mark.parametrize(
    "text",
    [
        r"文件保存在 D:\new\plan.doc 中。",  # one path is no export
        "没有任何转义的正文。\n第二行。",
    ],
)
def test_text_without_an_export_keeps_its_backslashes(tmp_path, text):
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    assert read(path).text.rstrip("\n") == text


def test_article_revealed_by_a_script_is_read(tmp_path):
    paragraph = "各学校要组织教师每学期参加校本研修不少于24学时,并做好记录和考核工作。" * 8
    page = (
        "<html><head><title>关于开展校本研修的通知</title></head><body>"
        "<div class='nav'>首页</div>"
        "<div id='js_content' style='visibility: hidden;'>"
        f"<p>关于开展校本研修的通知</p><p>{paragraph}</p><p>某某区教育局</p><p>2022年4月1日</p></div>"
        "<div style='display:none'>弹窗提示</div>"
        "<script>document.getElementById('js_content').style.visibility='visible';</script>"
        "</body></html>"
    )
    path = tmp_path / "wechat.html"
    path.write_text(page, encoding="utf-8")
    text = read(path).text
    assert "不少于24学时" in text and "弹窗提示" not in text


def test_heading_in_a_table_cell_is_found_from_the_page_title(tmp_path):
    paragraph = "为进一步加强学校体育工作,保证学生每天校内体育活动时间不少于1小时,现就有关事项通知如下。" * 4
    page = (
        "<html><head><title>某某市教育局关于加强学校体育工作的通知--某某教育网</title></head><body>"
        "<table><tr><td><a href='/'>首页</a> | <a href='/n'>新闻</a></td></tr>"
        "<tr><td align='center'><font size='4'><b>某某市教育局关于加强学校体育工作的通知</b></font></td></tr>"
        "<tr><td>作者:佚名 点击数:12 更新时间:2009-4-1</td></tr>"
        f"<tr><td><p>{paragraph}</p><p>{paragraph}</p><p>某某市教育局</p><p>二○○九年三月三十日</p></td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "old_cms.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert "某某市教育局关于加强学校体育工作的通知" in lines


def test_heading_above_a_subtitle_byline_is_kept(tmp_path):
    # the byline row under the heading is class="subtitle": it is no title, the heading above it is
    paragraph = "为进一步加强中小学图书馆建设,保证学生每周阅读时间不少于3小时,现就有关事项通知如下。" * 4
    page = (
        "<html><head><meta charset='utf-8'><title>某某市教育局关于加强中小学图书馆建设的通知 - 某某市教育局</title></head><body>"
        "<div class='menu'><a>首页</a><a>通知公告</a></div><div class='detail'>"
        "<div class='title'>某某市教育局关于加强中小学图书馆建设的通知</div>"
        "<div class='subtitle'>发布时间:2024-05-06 来源:基教科 浏览次数:312 <a>打印</a> <a>关闭</a></div>"
        f"<div class='con'><p>某教发〔2024〕8号</p><p>各县区教育局:</p><p>{paragraph}</p><p>{paragraph}</p>"
        "<p>某某市教育局</p><p>2024年5月6日</p></div></div></body></html>"
    )
    path = tmp_path / "subtitle.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert "某某市教育局关于加强中小学图书馆建设的通知" in lines


_SUMMER_PLAN = [
    "为提升全县教师专业素养，根据上级有关要求，结合我县教育工作实际，特制定本方案，请各学校认真组织实施。",
    "一、研修对象为全县中小学、幼儿园在职在岗教师，新入职教师和青年教师须全员参加，不得缺席。",
    "二、研修时间安排在七月中旬至八月下旬，各学校可结合实际分批次组织，确保每位教师完成规定学时。",
    "三、研修内容包括师德师风、课程标准解读、信息技术应用和心理健康教育等专题，由县教师发展中心统筹安排。",
    "四、各学校要建立研修档案，如实记录教师参训情况，县教育局将于九月开学后组织专项检查并通报结果。",
]


def test_title_in_plain_table_markup_above_the_byline_row_is_kept(tmp_path: Path) -> None:
    # a table-layout site: <title> names the site only, the heading is <td><font><b>
    paragraphs = "".join(f"<p>{p}</p>" for p in _SUMMER_PLAN)
    page = tmp_path / "table_page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>某某县人民政府</title></head><body><table width='1000' align='center'>"
        "<tr><td><a href='/'>首页</a> | <a href='/a'>政务公开</a></td></tr>"
        "<tr><td align='center'><font size='5'><b>某某县2025年暑期教师研修工作方案</b></font></td></tr>"
        "<tr><td align='center'>日期：2025年06月10日　　来源：县教育局　　浏览次数：<script>document.write(12)</script>"
        "　　[ <a href='#'>打印</a> ]</td></tr>"
        f"<tr><td class='con'>{paragraphs}<p>某某县教育局</p><p>2025年6月8日</p></td></tr>"
        "<tr><td>相关信息：<br><a href='#'>某某县2024年暑期教师研修工作方案</a></td></tr></table></body></html>",
        encoding="utf-8")
    assert read(page).text.splitlines()[0] == "某某县2025年暑期教师研修工作方案"


def test_a_link_above_the_article_is_not_taken_for_its_title(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _SUMMER_PLAN)
    page = tmp_path / "linked.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>某某县人民政府</title></head><body><table width='1000' align='center'>"
        "<tr><td align='center'><a href='#'>某某县2024年暑期教师研修工作方案</a></td></tr>"
        f"<tr><td class='con'>{paragraphs}<p>某某县教育局</p><p>2025年6月8日</p></td></tr></table></body></html>",
        encoding="utf-8")
    assert "2024年暑期" not in read(page).text


def test_a_cells_first_line_before_its_first_br_stays_with_the_article(tmp_path: Path) -> None:
    # the 文号 opens the content cell, before any <br>: it is rendered on its row's line,
    # and the heading above it (a plain <b> in a cell, under a site-name <title>) is kept too
    body = "<br>".join(_SUMMER_PLAN)
    page = tmp_path / "cell_page.htm"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>某某县教育局</title></head><body>"
        "<table><tr><td>首页 | 政务公开 | 通知公告</td></tr></table>"
        "<table><tr><td class='tt'><b>某某县教育局关于做好2025年暑期教师研修工作的通知</b></td></tr>"
        "<tr><td>更新时间：2025/6/9　　信息来源：县教育局</td></tr>"
        f"<tr><td class='con'>\n某教发〔2025〕18号<br><br>各学校：<br>{body}<br>某某县教育局<br>2025年6月8日</td></tr>"
        "</table><p>分享到：微信 微博</p></body></html>",
        encoding="utf-8")
    lines = read(page).text.splitlines()
    assert lines[:4] == ["某某县教育局关于做好2025年暑期教师研修工作的通知", "更新时间：2025/6/9　　信息来源：县教育局",
                         "某教发〔2025〕18号", "各学校："]


def test_a_signature_in_paragraphs_set_straight_in_body_is_kept(tmp_path: Path) -> None:
    # no block holds the article: its closing organ and date are <p>s of <body> like the chrome below
    paragraphs = "".join(f"<p>{p}</p>" for p in _SUMMER_PLAN)
    page = tmp_path / "body_page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>某某县教育体育局</title></head><body>"
        "<div>当前位置： 首页 &gt;&gt; 通知公告</div>"
        "<div align='center'><b>某某县2025年暑期教师研修工作方案</b></div><hr>"
        f"{paragraphs}<p>&nbsp;</p><p>某某县教育体育局</p><p>二〇二五年六月八日</p><hr>"
        "<div>【打印本页】【关闭窗口】</div><div>上一条：某某县召开教育工作会议</div>"
        "<div>Copyright 2025 某某县教育体育局 All Rights Reserved</div></body></html>",
        encoding="utf-8")
    lines = read(page).text.splitlines()
    assert lines[-2:] == ["某某县教育体育局", "二〇二五年六月八日"]


# --------------------------------------------------------------------------- csv (OA / CMS exports)

_CSV_TITLE = "某某区教育局关于开展2024年秋季学期教学常规检查的通知"
_CSV_BODY = [
    "各中小学：",
    "为规范学校教学管理，区教育局决定开展秋季学期教学常规检查。",
    "一、检查内容",
    "教师每学期听课不少于15节，教研组每两周开展1次集体备课。",
    "二、时间安排",
    "各校于10月20日前完成自查，并报送自查报告。",
    "某某区教育局",
    "2024年9月18日",
]


def _csv_line(cells: list[str], sep: str = ",") -> str:
    return sep.join('"' + c.replace('"', '""') + '"' for c in cells) + "\r\n"


def _export(path: Path, header: list[str], *records: list[str], encoding: str = "utf-8", sep: str = ",") -> Path:
    path.write_bytes("".join(_csv_line(r, sep) for r in (header, *records)).encode(encoding))
    return path


def test_csv_gbk_export_with_chinese_columns_gives_text_and_fields(tmp_path: Path) -> None:
    body = "\r\n".join(_CSV_BODY)  # the body does not print the title: it goes above the text
    raw = read(_export(tmp_path / "导出.csv", ["序号", "标题", "文号", "拟稿单位", "成文日期", "正文"],
                       ["7", _CSV_TITLE, "某教发〔2024〕31号", "教研室", "2024-09-18", body], encoding="gbk"))
    assert raw.format == "csv"
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号", "成文日期": "2024-09-18"}
    assert raw.warnings == ()


def test_csv_english_columns_bom_and_a_body_that_prints_its_head(tmp_path: Path) -> None:
    body = "\r\n".join([_CSV_TITLE, "某教发〔2024〕31号", *_CSV_BODY])
    path = _export(tmp_path / "oa.csv", ["ID", "Doc_No", "Title", "draft_org", "signer", "Sign_Date", "Content"],
                   ["A-1", "某教发〔2024〕31号", _CSV_TITLE, "教研室", "王某", "2024/9/18", body], encoding="utf-8-sig")
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, "某教发〔2024〕31号", *_CSV_BODY]  # the title is not repeated
    assert raw.fields == {"文号": "某教发〔2024〕31号", "标题": _CSV_TITLE, "成文日期": "2024/9/18"}  # no drafting office


def test_csv_export_reaches_metadata_where_the_text_does_not_print_it(tmp_path: Path) -> None:
    from extract.pipeline import process_file

    body = "\r\n".join(_CSV_BODY[:-2])  # no signature: issuer and date only in the columns
    path = _export(tmp_path / "record.csv", ["title", "doc_no", "issuer", "sign_date", "content"],
                   [_CSV_TITLE, "某教发〔2024〕31号", "某某区教育局", "2024-09-18", body])
    meta = process_file(path, extract=False).metadata
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        _CSV_TITLE, "某教发〔2024〕31号", "某某区教育局", "2024-09-18")


@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_csv_without_a_body_column_takes_the_longest_text(tmp_path: Path, sep: str) -> None:
    body = "\r\n".join(_CSV_BODY)
    path = _export(tmp_path / "dump.csv", ["rec", "memo", "wz", "bt"], ["3", "已归档，待公开", body, _CSV_TITLE], sep=sep)
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields == {"标题": _CSV_TITLE}


def test_a_tab_separated_export_saved_as_tsv_is_read_as_one(tmp_path: Path) -> None:
    # an OA tool's export with tabs between unquoted fields, a comment line above the header
    body = "\\r\\n".join(_CSV_BODY)  # line breaks written out, as such exports do
    path = tmp_path / "gw_fw.tsv"
    path.write_text("-- OA export, table gw_fw\n" + "\t".join(["id", "bt", "wh", "zw"]) + "\n"
                    + "\t".join(["88", _CSV_TITLE, "某教发〔2024〕31号", body]) + "\n", encoding="utf-8")
    raw = read(path)
    assert raw.format == "csv"
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号"}


def test_csv_html_body_is_rendered_and_escaped_breaks_unescaped(tmp_path: Path) -> None:
    html = "".join(f"<p style='text-indent:2em'>{line}</p>" for line in _CSV_BODY)
    escaped = "\\r\\n".join(_CSV_BODY)  # a SQL dump's written-out line breaks
    raw = read(_export(tmp_path / "cms.csv", ["标题", "内容"], [_CSV_TITLE, html]))
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    raw = read(_export(tmp_path / "sql.csv", ["标题", "内容"], [_CSV_TITLE, escaped]))
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]


@pytest.mark.parametrize("quoted_header", [True, False])
def test_csv_body_with_a_doubled_quote_reads_on_past_it(tmp_path: Path, quoted_header: bool) -> None:
    body = ["各学校：", '年底前，全县学校"一校一案"覆盖率达到100%。', "某某县教育局", "2024年9月18日"]
    path = _export(tmp_path / "cms.csv", ["id", "title", "publish_time", "content"],
                   ["31", _CSV_TITLE, "2024-09-20 10:00:00", "\r\n".join(body)])
    if not quoted_header:  # a CMS writes its column names bare
        path.write_text(path.read_text(encoding="utf-8").replace('"id","title","publish_time","content"',
                                                                  "id,title,publish_time,content"), encoding="utf-8")
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *body]  # the quote kept once, the date line without a stray quote
    assert raw.warnings == ()


def test_csv_with_several_records_reads_the_first_and_counts_the_rest(tmp_path: Path) -> None:
    other = ["某某区教育局关于做好冬季校园安全工作的通知", "各学校：\r\n各校每月开展1次安全检查。\r\n某某区教育局"]
    path = _export(tmp_path / "batch.csv", ["标题", "正文"],
                   [_CSV_TITLE, "\r\n".join(_CSV_BODY)], other, other)
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # nothing of the other notices
    assert "安全检查" not in raw.text
    assert raw.warnings == ("the export holds 3 records; only record 1 was read and the 2 below it were skipped "
                            "(one notice a file: export each notice to its own file)",)


def test_csv_channel_export_reads_the_longest_notice_not_the_news_item_above_it(tmp_path: Path) -> None:
    news = ["某某区召开秋季开学工作会议", "9月2日，区教育局召开秋季开学工作会议。"]
    path = _export(tmp_path / "channel.csv", ["标题", "正文"],
                   news, [_CSV_TITLE, "\r\n".join(_CSV_BODY)], news)
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert "开学工作会议" not in raw.text
    assert raw.warnings == ("the export holds 3 records; only record 2 was read and the 2 beside it were skipped "
                            "(one notice a file: export each notice to its own file)",)


def test_csv_long_body_beyond_the_csv_modules_default_field_limit(tmp_path: Path) -> None:
    body = "\r\n".join(_CSV_BODY * 3000)  # ~250,000 characters in one field
    raw = read(_export(tmp_path / "long.csv", ["标题", "正文"], [_CSV_TITLE, body]))
    assert len(raw.text) > 131_072 and raw.text.endswith("2024年9月18日")


@pytest.mark.parametrize(
    "comments",
    [
        "-- 导出自表 gw_notice，共1条记录\r\n",
        "/* Navicat MySQL Data Transfer */\r\n-- 2024-09-18 10:02:11\r\n\r\n",
        "# dump of table oa_doc\n",
    ],
)
def test_csv_comment_lines_of_a_database_tool_above_the_header_are_skipped(tmp_path: Path, comments: str) -> None:
    path = _export(tmp_path / "dump.csv", ["标题", "成文日期", "正文"], [_CSV_TITLE, "2024-09-18", "\r\n".join(_CSV_BODY)])
    path.write_bytes(comments.encode() + path.read_bytes())
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields == {"标题": _CSV_TITLE, "成文日期": "2024-09-18"}


@pytest.mark.parametrize(
    "header, records, error, words",
    [
        # no header: the first row is the record itself
        ([_CSV_TITLE, "2024-09-18", "\r\n".join(_CSV_BODY)], [], CorruptFileError,
         "no header row (the first row holds values such as '2024-09-18', not column names)"),
        # columns of short values only: no notice text anywhere
        (["id", "title", "status"], [["1", _CSV_TITLE, "已发布"]], CorruptFileError,
         "no column holds a notice's text"),
        (["标题", "正文"], [], EmptyDocumentError, "the export has a header row but no records"),
    ],
)
def test_bad_csv_exports_name_the_file(tmp_path: Path, header, records, error, words) -> None:
    path = _export(tmp_path / "bad.csv", header, *records)
    with pytest.raises(error) as info:
        read(path)
    assert str(info.value).startswith("bad.csv: ")
    assert words in str(info.value)


def test_a_csv_export_whose_body_marker_has_nothing_below_it_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "marker.csv"
    path.write_text("编号,标题,文号\r\n7,某某县教育局关于开展教研活动的通知,某教发〔2025〕9号\r\n== 正文 ==\r\n\r\n",
                    encoding="utf-8")
    with pytest.raises(EmptyDocumentError, match=r"^marker.csv: nothing follows the body marker; export"):
        read(path)


def test_csv_exports_in_a_build_a_bad_one_is_recorded_and_the_build_goes_on(tmp_path: Path, fresh_db) -> None:
    from extract.build import build

    root = tmp_path / "corpus"
    root.mkdir()
    other = ["某某区教育局关于做好冬季校园安全工作的通知", "各学校：\r\n各校每月开展1次安全检查。\r\n某某区教育局"]
    _export(root / "good.csv", ["标题", "文号", "正文"], [_CSV_TITLE, "某教发〔2024〕31号", "\r\n".join(_CSV_BODY)], other)
    _export(root / "bad.csv", ["id", "status"], ["1", "已发布"])
    summary = build(root, fresh_db)
    assert (summary.added, summary.failed) == (1, 1)
    assert fresh_db.execute("select format, title, doc_number, date from documents").fetchall() == [
        ("csv", _CSV_TITLE, "某教发〔2024〕31号", "2024-09-18")]
    (path, error), = fresh_db.execute("select path, error from ingest_errors").fetchall()
    assert path == "bad.csv" and "no column holds a notice's text" in error
    (path, warning), = fresh_db.execute("select path, warning from ingest_warnings").fetchall()
    assert path == "good.csv" and "2 records; only record 1 was read" in warning


def _json_export(path: Path, payload: object, *, encoding: str = "utf-8") -> Path:
    import json

    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding=encoding)
    return path


def test_json_api_export_reads_the_record_under_its_envelope(tmp_path: Path) -> None:
    html = "".join(f"<p>{line}</p>" for line in _CSV_BODY)
    payload = {"status": 200, "message": "ok", "result": {"count": 1, "list": [
        {"articleId": 901, "channelName": "通知公告", "title": _CSV_TITLE, "fileNo": "某教发〔2024〕31号",
         "publisher": "某某区教育局办公室", "publishDate": "2024-09-20 10:15:00", "viewCount": 88,
         "content": html, "attachments": [{"name": "自查报告模板.docx", "size": 1024}]}]}}
    raw = read(_json_export(tmp_path / "api.json", payload))
    assert raw.format == "json"
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # the title goes above a body that does not print it
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号", "发布机构": "某某区教育局办公室",
                          "发布日期": "2024-09-20 10:15:00"}
    assert raw.warnings == ()


def test_json_export_plain_text_field_gbk_and_the_metadata_it_fills(tmp_path: Path) -> None:
    from extract.pipeline import process_file

    body = "\n".join(_CSV_BODY[:-2])  # no signature: issuer and date only in the fields
    payload = [{"id": "7", "标题": _CSV_TITLE, "发文字号": "某教发〔2024〕31号", "发文机关": "某某区教育局",
                "成文日期": "2024-09-18", "正文": body}]
    path = _json_export(tmp_path / "oa.json", payload, encoding="gbk")
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY[:-2]]
    meta = process_file(path, extract=False).metadata
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        _CSV_TITLE, "某教发〔2024〕31号", "某某区教育局", "2024-09-18")


def test_json_export_in_camel_case_fills_the_doc_number_and_source(tmp_path: Path) -> None:
    # a TRS-style record: docTitle, fileNum, pubDate, docSource, docHtmlCon
    payload = {"total": 1, "rows": [{"docid": 77, "docTitle": _CSV_TITLE, "fileNum": "某教发〔2024〕31号",
                                     "pubDate": "2024-09-20 10:15:00", "docSource": "基础教育科",
                                     "docHtmlCon": "".join(f"<p>{line}</p>" for line in _CSV_BODY)}]}
    raw = read(_json_export(tmp_path / "trs.json", payload))
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号", "发布日期": "2024-09-20 10:15:00",
                          "来源": "基础教育科"}


def test_json_without_a_known_text_key_takes_the_longest_text(tmp_path: Path) -> None:
    payload = {"rec": 3, "memo": "已归档，待公开", "wz": "\n".join(_CSV_BODY), "bt": _CSV_TITLE}
    raw = read(_json_export(tmp_path / "dump.json", payload))
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # bt (标题) is a known title key
    assert raw.fields == {"标题": _CSV_TITLE}


def test_jsonp_and_json_lines_are_read(tmp_path: Path) -> None:
    import json

    record = {"title": _CSV_TITLE, "content": "\n".join(_CSV_BODY)}
    jsonp = tmp_path / "callback.json"
    jsonp.write_text(f"jQuery11230_1726(" + json.dumps({"data": [record]}, ensure_ascii=False) + ");", encoding="utf-8")
    assert read(jsonp).text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    other = {"title": "某某区教育局关于做好冬季校园安全工作的通知", "content": "各学校：\n各校每月开展1次安全检查。\n某某区教育局"}
    lines = tmp_path / "rows.json"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (record, other)) + "\n", encoding="utf-8")
    raw = read(lines)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # nothing of the second record
    assert raw.warnings == ("the export holds 2 records; only record 1 was read and the 1 below it "
                            "was skipped (one notice a file: export each notice to its own file)",)
    # a short news item listed first: the notice beside it is read
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (other, record)) + "\n", encoding="utf-8")
    assert read(lines).text.split("\n") == [_CSV_TITLE, *_CSV_BODY]


@pytest.mark.parametrize(
    "content, error, words",
    [
        ('{"title": "某某通知", "content": "各学校：', CorruptFileError, "not valid JSON (Unterminated string"),
        ('{"code": 0, "rows": [{"id": 1, "title": "某某区教育局关于开展教研活动的通知"}]}', EmptyDocumentError,
         "no object in the JSON holds a notice's text"),
        ("  \n", EmptyDocumentError, "the file is empty"),
    ],
)
def test_bad_json_exports_name_the_file(tmp_path: Path, content: str, error, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error) as info:
        read(path)
    assert str(info.value).startswith("bad.json: ")
    assert words in str(info.value)


def test_a_bad_json_export_in_a_build_is_recorded_and_the_build_goes_on(tmp_path: Path, fresh_db) -> None:
    from extract.build import build

    root = tmp_path / "corpus"
    root.mkdir()
    _json_export(root / "good.json", {"data": [{"title": _CSV_TITLE, "content": "\n".join(_CSV_BODY)}]})
    (root / "bad.json").write_text("{not json", encoding="utf-8")
    summary = build(root, fresh_db)
    assert (summary.added, summary.failed) == (1, 1)
    assert fresh_db.execute("select format, title, date from documents").fetchall() == [
        ("json", _CSV_TITLE, "2024-09-18")]
    (path, error), = fresh_db.execute("select path, error from ingest_errors").fetchall()
    assert path == "bad.json" and "not valid JSON" in error


def test_a_json_beside_a_notice_of_its_name_is_the_notices_sidecar_not_a_notice(tmp_path: Path, fresh_db) -> None:
    from extract.build import build

    root = tmp_path / "corpus"
    root.mkdir()
    (root / "通知.txt").write_text("\n".join([_CSV_TITLE, *_CSV_BODY]), encoding="utf-8")
    (root / "通知.txt.json").write_text('{"doc": "通知.txt", "quotas": []}', encoding="utf-8")  # its gold file
    summary = build(root, fresh_db)
    assert (summary.added, summary.failed) == (1, 0)
    assert fresh_db.execute("select path, format from documents").fetchall() == [("通知.txt", "txt")]


def _sql_value(text: str) -> str:
    """A MySQL string literal of ``text``: quotes and backslashes escaped, line breaks written \\r\\n."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\r\\n") + "'"


def test_sql_dump_reads_the_insert_row_holding_the_notice(tmp_path: Path) -> None:
    body = "\n".join(_CSV_BODY)
    other = "各学校：\n定于下周召开教研组长会议。"
    dump = "\n".join([
        "-- MySQL dump 10.13  Distrib 5.7.40",
        "-- Host: 10.0.0.5    Database: oa",
        "INSERT INTO `gw_fawen` (`id`,`biaoti`,`wenhao`,`ngr`,`zhengwen`,`cjsj`) VALUES",
        f"(41,'某某区教育局关于召开教研组长会议的通知','',NULL,{_sql_value(other)},'2024-09-01 08:00:00'),",
        f"(42,{_sql_value(_CSV_TITLE)},'某教发〔2024〕31号','王某',{_sql_value(body)},NOW());",
    ])
    path = tmp_path / "oa_gw.sql"
    path.write_text(dump, encoding="utf-8")
    raw = read(path)
    assert raw.format == "sql"
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # the longer row; its title above the text
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号"}
    assert raw.warnings == ("the export holds 2 records; only record 2 was read and the 1 beside it was skipped "
                            "(one notice a file: export each notice to its own file)",)


def test_sql_dump_without_a_column_list_takes_the_create_table_columns(tmp_path: Path) -> None:
    dump = "\n".join([
        "CREATE TABLE `notice` (",
        "  `id` int(11) NOT NULL AUTO_INCREMENT,",
        "  `title` varchar(200) DEFAULT NULL,",
        "  `content` longtext,",
        "  PRIMARY KEY (`id`)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
        f"INSERT INTO `notice` VALUES (7,'{_CSV_TITLE}','各中小学：\\r\\n为规范学校管理，区里说''要抓实''。\\r\\n某某区教育局');",
    ])
    path = tmp_path / "notice.sql"
    path.write_text(dump, encoding="gbk")
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, "各中小学：", "为规范学校管理，区里说'要抓实'。", "某某区教育局"]
    assert raw.fields == {"标题": _CSV_TITLE}


def test_sql_dump_saved_as_text_is_read_as_the_dump(tmp_path: Path) -> None:
    # an OA row dumped to 公文.sql.txt: the row's text and columns, not the INSERT line glued to the title
    body = "\n".join(_CSV_BODY)
    dump = "\n".join([
        "-- Dump completed on 2024-09-10 02:00:01",
        "INSERT INTO `oa_doc` (`id`,`title`,`wh`,`content`,`create_time`) VALUES "
        f"(9,{_sql_value(_CSV_TITLE)},'某教发〔2024〕31号',{_sql_value(body)},'2024-09-02 17:45:11');",
    ])
    path = tmp_path / "公文.sql.txt"
    path.write_text(dump, encoding="utf-8")
    raw = read(path)
    assert raw.format == "txt"
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields["标题"] == _CSV_TITLE and raw.fields["文号"] == "某教发〔2024〕31号"


def _read_text_export(tmp_path: Path, lines: list[str]) -> RawDocument:
    """An OA export saved as text, one line per item of ``lines``, read."""
    path = tmp_path / "oa.txt"
    path.write_text("\n".join([*lines, ""]), encoding="utf-8")
    return read(path)


def _assert_record_and_body(raw: RawDocument) -> None:
    """The notice's body lines close its text and the record's title and 文号 are its fields."""
    assert raw.text.split("\n")[-len(_CSV_BODY):] == _CSV_BODY
    assert raw.fields["标题"] == _CSV_TITLE and raw.fields["文号"] == "某教发〔2024〕31号"


def test_text_export_body_running_on_unquoted_below_its_record(tmp_path: Path) -> None:
    # an OA row saved as text: the body column last, its lines written below the record without quotes
    _assert_record_and_body(_read_text_export(tmp_path, [
        "ID\tDOC_TITLE\tDOC_NO\tCONTENT",
        f"31\t{_CSV_TITLE}\t某教发〔2024〕31号\t{_CSV_BODY[0]}",
        *_CSV_BODY[1:],
        "(1 row affected)",  # the database tool's row count closes the dump, no line of the notice
    ]))


@pytest.mark.parametrize("label", ["zw:", "CONTENT：", "正文: "])
def test_text_export_body_written_below_a_record_that_lacks_it(tmp_path: Path, label: str) -> None:
    # the tool leaves the long text column out of the record's row and writes it below, labelled
    _assert_record_and_body(_read_text_export(tmp_path, [
        "-- 导出 2024-03-01 库：oa",
        "id\tbt\twh\tngr\tzw",
        "----\t----\t----\t----\t----",
        f"31\t{_CSV_TITLE}\t某教发〔2024〕31号\t拟稿：办公室",
        f"{label}{_CSV_BODY[0]}",
        *_CSV_BODY[1:],
    ]))


def test_text_export_record_holding_its_body_keeps_a_labelled_line_of_it(tmp_path: Path) -> None:
    # a full record: a line of its body that opens with 正文： is text, not a field below it
    raw = _read_text_export(tmp_path, ["ID\tTITLE\tCONTENT", f"31\t{_CSV_TITLE}\t{_CSV_BODY[0]}", "正文：见附件"])
    assert raw.text.split("\n")[-2:] == [_CSV_BODY[0], "正文：见附件"]


def test_text_export_body_column_pointing_below_a_marker_is_not_run_on(tmp_path: Path) -> None:
    # the body column says "<见下>" and the text follows a rule and a 【正文】 marker: no line runs on into the record
    path = tmp_path / "oa_marker.txt"
    path.write_text("\n".join([
        "ID\tWJBT\tWH\tZW",
        f"41\t{_CSV_TITLE}\t某教发〔2024〕31号\t<见下>",
        "-" * 40,
        "【正文】",
        *_CSV_BODY,
    ]), encoding="utf-8")
    lines = read(path).text.split("\n")
    assert lines[2:4] == ["-" * 40, "【正文】"] and lines[-len(_CSV_BODY):] == _CSV_BODY  # not glued to "<见下>"


def test_text_mentioning_insert_is_no_dump(tmp_path: Path) -> None:
    # a line opening INSERT INTO whose statement holds no row stays the text it is
    text = "关于数据上报的说明\nINSERT INTO 语句由信息中心统一执行。\n各学校于10月20日前报送。"
    path = tmp_path / "说明.txt"
    path.write_text(text, encoding="utf-8")
    assert read(path).text == text


@pytest.mark.parametrize(
    "content, error, words",
    [
        ("-- MySQL dump\nCREATE TABLE t (id int);\n", CorruptFileError, "no INSERT INTO … VALUES statement"),
        ("INSERT INTO t (id, title) VALUES (1, '某某区教育局关于开展教研活动的通知');", EmptyDocumentError,
         "no row of the dump holds a notice's text"),
        ("INSERT INTO t (id, content) VALUES (1, '各学校：\\r\\n请于10月20日前报送。", CorruptFileError,
         "a row of the INSERT statement is not closed (line 1)"),
    ],
)
def test_bad_sql_dumps_name_the_file(tmp_path: Path, content: str, error, words: str) -> None:
    path = tmp_path / "bad.sql"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error) as info:
        read(path)
    assert str(info.value).startswith("bad.sql: ")
    assert words in str(info.value)


@pytest.mark.parametrize("suffix, sep, marker", [
    (".txt", "\t", "-- 正文 --"), (".dat", ",", "【正文内容】"), (".txt", "\t", "===== content ====="),
])
def test_text_export_row_of_column_names_is_fields_not_the_title(tmp_path: Path, suffix: str, sep: str,
                                                                  marker: str) -> None:
    from extract.readers.csv_export import read_text_export

    header = sep.join(["记录号", "标题", "发文字号", "保密等级", "承办科室", "签发日期"])
    record = sep.join(["2024-0918-07", _CSV_TITLE, "某教发〔2024〕31号", "公开", "教研室", "2024-09-16"])
    path = tmp_path / f"oa导出{suffix}"
    path.write_text("\n".join([header, record, marker, *_CSV_BODY, "(1 row(s) affected)"]), encoding="utf-8")
    text, fields = read_text_export(path.read_text(encoding="utf-8"), path.name)
    assert text.split("\n")[:2] == [_CSV_TITLE, _CSV_BODY[0]]  # the title goes above a body that does not print it
    assert fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号"}  # no drafting office, no 签发日期
    if suffix == ".txt":
        raw = read(path)
        assert (raw.text, raw.fields) == (text, fields)


def test_text_export_under_a_database_tools_comment_line_keeps_its_pinyin_columns(tmp_path: Path) -> None:
    body = "\\r\\n".join(_CSV_BODY)  # the body in one field, line breaks written out
    path = tmp_path / "gw.txt"
    path.write_text("\n".join(["-- OA导出 export_time=2024-09-20 08:00:00 table=gw_fawen",
                               "id\tbiaoti\twenhao\tngr\tzhengwen",
                               f"7\t{_CSV_TITLE}\t某教发〔2024〕31号\t拟稿：王某\t{body}"]), encoding="utf-8")
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert raw.fields == {"标题": _CSV_TITLE, "文号": "某教发〔2024〕31号"}


def test_text_export_through_metadata_and_text_that_is_no_export(tmp_path: Path) -> None:
    from extract.pipeline import process_file
    from extract.readers.csv_export import read_text_export

    path = tmp_path / "dump.txt"
    path.write_text("\n".join(["ID\tTitle\tDoc_No\tState", f"88\t{_CSV_TITLE}\t某教发〔2024〕31号\t已发布",
                               "## 正文 ##", _CSV_TITLE, *_CSV_BODY]), encoding="utf-8")
    meta = process_file(path, extract=False).metadata
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        _CSV_TITLE, "某教发〔2024〕31号", "某某区教育局", "2024-09-18")
    # A notice whose first line holds tabs but no column names, and a bare "正文" line, are plain text.
    assert read_text_export("\n".join([f"{_CSV_TITLE}\t\t", "正文", *_CSV_BODY]), "x.txt") is None
    assert read_text_export("\n".join(["序号\t单位\t人数", "1\t某某中学\t12", *_CSV_BODY]), "x.txt") is None


@pytest.mark.parametrize("between", [
    ["=====", "承办：教研室 张某", "正文："],  # a rule, a drafting line, then the colon marker
    ["-- 2 rows fetched", "******** NR (text) ********"],  # a dump's column type after the name
    [],  # no marker: the body follows the record's line
])
def test_text_export_body_after_a_marker_or_the_record_line(between: list[str]) -> None:
    from extract.readers.csv_export import read_text_export

    short = _CSV_TITLE.removeprefix("某某区教育局")
    lines = ["FlowNo\tBT\tWH\tCreateTime", f"77\t{short}\t某教发〔2024〕31号\t2024-09-15 08:00:00", *between,
             _CSV_TITLE, *_CSV_BODY]
    text, fields = read_text_export("\n".join(lines), "dump.txt")
    assert text.split("\n") == [_CSV_TITLE, *_CSV_BODY]
    assert fields == {"标题": short, "文号": "某教发〔2024〕31号"}


def test_printed_heading_with_its_issuer_wins_over_the_records_shorter_title(tmp_path: Path) -> None:
    from extract.pipeline import process_file

    short = _CSV_TITLE.removeprefix("某某区教育局")
    path = _export(tmp_path / "rec.csv", ["标题", "正文"], [short, "\r\n".join([_CSV_TITLE, *_CSV_BODY])])
    assert process_file(path, extract=False).metadata.title == _CSV_TITLE


@pytest.mark.parametrize("header, record, between, after", [
    # English column names, most of them known but unread, and a dashed rule before the body
    ("RECORD_ID\tTITLE\tDRAFTER\tSIGNER\tSTATUS", f"JY-2024-0311\t{_CSV_TITLE}\t拟稿：教研室 张某\t签发：李某\t已办结",
     ["-" * 48], ["-" * 48]),
    # pinyin codes between bars, the table's own "---+---" rule under them, a framed 正文 marker
    ("FID|WJBT|FWZH|MJ|JJCD", f"311|{_CSV_TITLE}|某教发〔2024〕31号|公开|平件", ["== 正文 =="], []),
    # lower-case pinyin codes, a rule of equals signs
    ("id\tbt\tngr\tqfr\tgdrq", f"2024091801\t{_CSV_TITLE}\t张某\t李某\t2024-09-20 09:30:00", ["=" * 30], []),
])
def test_text_export_with_oa_column_codes_and_a_rule_before_the_body(tmp_path: Path, header: str, record: str,
                                                                     between: list[str], after: list[str]) -> None:
    lines = [header, record, *between, _CSV_TITLE, *_CSV_BODY, *after]
    if "|" in header:
        lines.insert(1, "-----+" + "-" * 40 + "+--------")
    path = tmp_path / "export.txt"
    path.write_bytes("\n".join(lines).encode("gbk"))
    raw = read(path)
    assert raw.text.split("\n") == [_CSV_TITLE, *_CSV_BODY]  # no record line, no rule, nothing glued to the title
    assert raw.fields["标题"] == _CSV_TITLE
    assert set(raw.fields) <= {"标题", "文号"}  # drafter, signer, status, 密级 are not read


def test_a_row_of_unread_column_names_alone_is_no_export() -> None:
    from extract.readers.csv_export import read_text_export

    # ids, status and signers alone do not make a notice's first line an export's head
    assert read_text_export("\n".join(["ID\tSTATUS\tSIGNER", "7\t已办结\t李某", "-----", *_CSV_BODY]), "x.txt") is None
    # nor does a notice's own table head of names and a status
    assert read_text_export("\n".join(["序号,姓名,学校,状态", "1,张某,某某中学,已报名", *_CSV_BODY]), "x.txt") is None


def test_a_rule_inside_the_notice_does_not_cut_off_its_head() -> None:
    from extract.readers.csv_export import read_text_export

    # no marker and no rule under the record: the body follows the record's line, whole
    lines = ["RECORD_ID\tTITLE\tSTATUS", f"5\t{_CSV_TITLE}\t已办结", _CSV_TITLE, *_CSV_BODY[:3], "-" * 20,
             *_CSV_BODY[3:]]
    text, fields = read_text_export("\n".join(lines), "dump.txt")
    assert text.split("\n") == [_CSV_TITLE, *_CSV_BODY[:3], "-" * 20, *_CSV_BODY[3:]]
    assert fields == {"标题": _CSV_TITLE}


def test_signature_below_an_attachment_list_set_straight_in_body_is_kept(tmp_path: Path) -> None:
    # a news page's paragraphs straight in <body>: the attachment list's second item
    # stands between the last paragraph and the signature, and an editor's credit follows
    paragraph = "各学校要按照本通知要求，认真组织教师参加暑期研修，确保每位教师完成规定学时，并做好过程记录和总结。" * 3
    page = (
        "<html><head><title>某市启动暑期研修-某某日报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; 教育</div>"
        f"<p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p>"
        "<p>附件：1.研修报名表</p><p>2.学时汇总表</p><p>某某市教育局</p><p>2025年6月3日</p>"
        "<p>（责任编辑：某某）</p><div class='share'>分享到：微信 微博</div></body></html>"
    )
    path = tmp_path / "news.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert lines[-4:] == ["附件：1.研修报名表", "2.学时汇总表", "某某市教育局", "2025年6月3日"]


def test_the_short_opening_lines_above_the_article_are_kept_when_its_span_ends_in_chrome(tmp_path: Path) -> None:
    # trafilatura starts at the first long paragraph and ends in the 上一篇/下一篇 links:
    # the 文号 and 主送 lines above that paragraph, in the same div, are the notice's
    paragraph = "为规范校外培训行为，各乡镇中心学校要会同有关部门开展专项排查，建立台账，逐校逐班核实学生参训情况并按时报送。" * 3
    page = (
        "<html><head><title>某某县教育局</title></head><body>"
        "<div class='menu'><a>首页</a> <a>通知公告</a></div>"
        "<div class='atit'>某某县教育局关于开展校外培训专项排查的通知</div>"
        "<div class='info'>发布日期：2025-04-08 来源：基教股</div>"
        f"<div class='con'><p>某教基〔2025〕7号</p><p>各乡镇中心学校：</p><p>{paragraph}</p><p>{paragraph}</p>"
        "<p>某某县教育局</p><p>2025年4月7日</p></div>"
        "<div class='near'><p>上一篇：关于开展春季运动会的通知</p><p>下一篇：关于做好招生工作的通知</p></div>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert lines[:4] == ["某某县教育局关于开展校外培训专项排查的通知", "发布日期：2025-04-08 来源：基教股",
                         "某教基〔2025〕7号", "各乡镇中心学校："]


def _wechat_page(account: str, signer: str) -> str:
    paragraph = "为培养学生良好的阅读习惯，各村小、教学点要每天安排晨读不少于15分钟，由班主任负责组织实施并做好记录。" * 3
    return (
        "<html><head><title>关于开展读书月活动的通知</title></head><body id='activity-detail'>"
        "<h1 class='rich_media_title' id='activity-name'>关于开展读书月活动的通知</h1>"
        f"<div id='meta_content'><span class='rich_media_meta rich_media_meta_text'>教务处</span>"
        f"<a id='js_name'>{account}</a><em id='publish_time'>2025-03-02 18:30</em></div>"
        f"<div class='rich_media_content' id='js_content'><p>{signer}关于开展读书月活动的通知</p>"
        f"<p>{paragraph}</p><p>{paragraph}</p><p>{signer}</p><p>2025年3月1日</p></div></body></html>"
    )


def test_a_wechat_account_is_read_as_a_field(tmp_path: Path) -> None:
    path = tmp_path / "wechat.html"
    path.write_text(_wechat_page("宁乡市煤炭坝镇中心学校", "煤炭坝镇中心学校"), encoding="utf-8")
    raw = read(path)
    assert raw.fields["公众号"] == "宁乡市煤炭坝镇中心学校"


def test_a_wechat_account_naming_the_county_places_a_town_school(tmp_path: Path) -> None:
    from extract.pipeline import process_file

    path = tmp_path / "wechat.html"
    path.write_text(_wechat_page("宁乡市煤炭坝镇中心学校", "煤炭坝镇中心学校"), encoding="utf-8")
    region = process_file(path, tmp_path, extract=False).metadata.region
    assert region is not None and (region.adcode, region.township) == ("430182", "煤炭坝镇")
