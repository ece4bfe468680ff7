"""Reader tests: each format on its fixture (made by tests/make_fixtures.py), and every bad input."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from extract.errors import EmptyDocumentError, EncodingError, ReadError, UnsupportedFormatError
from extract.readers import SUPPORTED, read
from extract.readers import docx as docx_reader
from extract.readers import html as html_reader
from extract.readers import pdf as pdf_reader
from extract.readers.txt import decode

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
    assert SUPPORTED == {".txt", ".html", ".htm", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


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
    decoded, used = decode(text.encode(codec), "x.txt")
    assert decoded == text
    assert used == ("utf-8" if codec == "utf-8" else "gb18030")


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
        ("blank.txt", EmptyDocumentError, "whitespace"),
        ("junk.txt", EncodingError, "not"),
        ("corrupt.pdf", ReadError, "not a readable PDF"),
        ("encrypted.pdf", ReadError, "password"),
        ("scan.pdf", EmptyDocumentError, "no text layer"),
        ("truncated.docx", ReadError, "not a readable DOCX"),
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
    [("old.doc", "convert-to docx"), ("page.ofd", "PDF"), ("noext", "(none)")],
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
    with pytest.raises(ReadError, match="^old.docx: not a readable DOCX"):
        read(path)
