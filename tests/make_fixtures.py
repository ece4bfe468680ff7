"""Generate the small reader fixtures in ``tests/fixtures/`` from seed notice 004 (and 000).

The generated files are committed; run this script again only when a fixture
must change:

Example:
    .venv/bin/python tests/make_fixtures.py

Each fixture imitates what real corpora hold: a DOCX whose headings (一、 （一）
1.) come from Word's automatic numbering and are therefore *not* in the run
text, a hard-wrapped multi-page PDF with running headers and page numbers, a
GBK government web page with a 政务公开 field table and inline ``<span>``
around numbers, a GBK ``.txt`` with CRLF line ends, a UTF-8-with-BOM ``.txt``,
and the bad inputs every reader must reject with a clear message.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
CORPUS = HERE.parent / "corpus"
SEED_004 = CORPUS / "004_39fd71eae852dec9.txt"
SEED_000 = CORPUS / "000_b11a7b4cf11b919c.txt"

# Heading markers of the seed, as the segmenter will see them.
_LEVEL0 = re.compile(r"^([一二三四五六七八九十]+)、")
_LEVEL1 = re.compile(r"^[(（]([一二三四五六七八九十]+)[)）]")
_LEVEL2 = re.compile(r"^(\d+)[.．](?!\d)")


@dataclass(frozen=True)
class Para:
    """One paragraph of the seed: its text without the heading marker, and its list level."""

    text: str
    level: int | None  # 0 一、 | 1 （一） | 2 1. | None: plain paragraph
    marker: str = ""  # the marker as written in the seed, e.g. "一、"


@dataclass(frozen=True)
class Notice:
    """Seed 004 split into the parts of a GB/T 9704 notice."""

    title: str
    recipients: str
    transmittal: str
    issuer: str
    date: str
    plan_title: str
    body: list[Para]


def load_notice() -> Notice:
    """Parse seed 004 (乌海市教育局 教研工作方案) into its parts.

    Returns:
        The notice with its body paragraphs classified by heading level.
    """
    lines = [ln.replace("\xa0", " ").strip() for ln in SEED_004.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    start = lines.index("各区教育局、直属各学校(单位):")
    end = next(i for i, ln in enumerate(lines) if ln.endswith(".pdf"))
    recipients, transmittal, issuer, date, plan_title, *rest = lines[start:end]
    body: list[Para] = []
    for ln in rest:
        for pattern, level in ((_LEVEL0, 0), (_LEVEL1, 1), (_LEVEL2, 2)):
            m = pattern.match(ln)
            if m:
                body.append(Para(ln[m.end():], level, m.group(0)))
                break
        else:
            body.append(Para(ln, None))
    return Notice(
        title="乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知",
        recipients=recipients,
        transmittal=transmittal,
        issuer=issuer,
        date=date,
        plan_title=plan_title,
        body=body,
    )


# --------------------------------------------------------------------------- DOCX

_NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="7">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
      <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
      <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="9">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
      <w:lvlText w:val="●"/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="9"/></w:num>
</w:numbering>
"""


def _add_numbering_part(document: object) -> None:
    """Give a python-docx Document a numbering part with our list definitions."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    main = document.part  # type: ignore[attr-defined]
    for rel in list(main.rels.values()):
        if rel.reltype == RT.NUMBERING:
            # The default template's numbering part is replaced by ours.
            del main.rels[rel.rId]
    part = Part(
        PackURI("/word/numbering.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        _NUMBERING_XML.encode("utf-8"),
        main.package,
    )
    main.relate_to(part, RT.NUMBERING)


def _set_numbering(paragraph: object, num_id: int, ilvl: int) -> None:
    """Attach <w:numPr> to a paragraph, as Word does for an automatically numbered list item."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    num_pr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(lvl)
    num_pr.append(nid)
    ppr.insert(0, num_pr)


def make_docx(notice: Notice, path: Path) -> None:
    """Write the notice as a DOCX: auto-numbered headings, one table, a bullet list, split runs."""
    import docx

    document = docx.Document()
    _add_numbering_part(document)
    document.add_paragraph(notice.title, style="Title")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(
        table.rows,
        [("发文字号", "乌教发〔2023〕88号"), ("成文日期", "2023年10月20日"), ("主题分类", "教育")],
    ):
        row.cells[0].text = label
        row.cells[1].text = value
    document.add_paragraph(notice.recipients)
    document.add_paragraph(notice.transmittal)
    document.add_paragraph(notice.issuer)
    document.add_paragraph(notice.date)
    document.add_paragraph(notice.plan_title)
    for para in notice.body:
        p = document.add_paragraph()
        if "72" in para.text:
            # Word often splits a sentence into runs at a number (spell check, formatting).
            head, tail = para.text.split("72", 1)
            p.add_run(head)
            p.add_run("72").bold = True
            p.add_run(tail)
        else:
            p.add_run(para.text)
        if para.level is not None:
            _set_numbering(p, 3, para.level)
    for item in ("市级教研机构负责统筹", "区级教研机构负责落实"):
        _set_numbering(document.add_paragraph(item), 4, 0)
    document.save(str(path))


# --------------------------------------------------------------------------- PDF

PDF_HEADER = "乌海市教育局文件"
PDF_FONT = "STSong-Light"
PDF_SIZE = 12.0


def _wrap(text: str, width: float, indent: float) -> list[str]:
    """Hard-wrap a paragraph as a word processor would, keeping 。，etc. off a line start."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(s: str) -> float:
        # Quotes are drawn in Times-Roman (see _draw_quotes_last), so measure them so.
        return sum(stringWidth(ch, "Times-Roman" if ch in "“”" else PDF_FONT, PDF_SIZE) for ch in s)

    lines: list[str] = []
    line = ""
    avail = width - indent
    for ch in text:
        if measure(line + ch) > avail and line and ch not in "，。、；：！？）》”":
            lines.append(line)
            line = ""
            avail = width
        line += ch
    if line:
        lines.append(line)
    return lines


def _draw_quotes_last(c: object, x: float, y: float, text: str) -> None:
    """Draw a line whose curly quotes come from a Latin font, drawn after the rest.

    Word-made PDFs set “ ” in a second font, and their glyphs can come later in
    the content stream than the characters around them: pdfium's plain text then
    puts the quotes out of order, which the reader must undo.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    quotes = []
    run, run_x = "", x
    for ch in text:
        if ch in "“”":
            if run:
                c.drawString(run_x, y, run)  # type: ignore[attr-defined]
            quotes.append((x, ch))
            x += stringWidth(ch, "Times-Roman", PDF_SIZE)
            run, run_x = "", x
        else:
            run += ch
            x += stringWidth(ch, PDF_FONT, PDF_SIZE)
    if run:
        c.drawString(run_x, y, run)  # type: ignore[attr-defined]
    c.setFont("Times-Roman", PDF_SIZE)  # type: ignore[attr-defined]
    for qx, ch in quotes:
        c.drawString(qx, y, ch)  # type: ignore[attr-defined]
    c.setFont(PDF_FONT, PDF_SIZE)  # type: ignore[attr-defined]


def make_pdf(notice: Notice, path: Path, *, encrypt: str | None = None) -> None:
    """Write the notice as a several-page text PDF with headers, page numbers and hard wraps."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    page_w, page_h = A4
    left, right, top, bottom = 72.0, 72.0, 80.0, 80.0
    width = page_w - left - right
    leading = PDF_SIZE * 1.6

    # (text, centred, indent) for every line, page breaks decided below.
    blocks: list[tuple[str, bool]] = [(notice.title, True), (notice.recipients, False)]
    blocks += [(notice.transmittal, False), (notice.issuer, False), (notice.date, False)]
    blocks += [(notice.plan_title, True)]
    blocks += [(p.marker + p.text, False) for p in notice.body]
    lines: list[tuple[str, bool, float]] = []
    for text, centred in blocks:
        if centred:
            lines.append((text, True, 0.0))
            continue
        indent = 2 * PDF_SIZE
        for i, ln in enumerate(_wrap(text, width, indent)):
            lines.append((ln, False, indent if i == 0 else 0.0))

    per_page = int((page_h - top - bottom) // leading)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, ownerPassword=encrypt + "-owner", strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1, **kwargs)
    c.setTitle(notice.title)
    for number, page in enumerate(pages, start=1):
        c.setFont(PDF_FONT, 10.5)
        c.drawCentredString(page_w / 2, page_h - 50, PDF_HEADER)
        c.line(left, page_h - 56, page_w - right, page_h - 56)
        # Both footer styles seen in notices: 公文 "- 3 -" and viewer "第3页 共10页".
        footer = f"- {number} -" if number % 2 else f"第{number}页 共{len(pages)}页"
        c.drawCentredString(page_w / 2, 45, footer)
        c.setFont(PDF_FONT, PDF_SIZE)
        y = page_h - top
        for text, centred, indent in page:
            if centred:
                c.drawCentredString(page_w / 2, y, text)
            elif "“" in text or "”" in text:
                _draw_quotes_last(c, left + indent, y, text)
            else:
                c.drawString(left + indent, y, text)
            y -= leading
        c.showPage()
    c.save()


def make_image_pdf(path: Path) -> None:
    """A scanned-looking PDF: one page holding only an image, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (200, 280), 255)
    draw = ImageDraw.Draw(img)
    for y in range(30, 260, 14):
        draw.line((20, y, 180, y), fill=40, width=3)  # looks like lines of print, but is pixels
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)  # same bytes on every run
    c.drawImage(ImageReader(buf), 50, 100, width=495, height=690)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- HTML

_NUM = re.compile(r"(\d+)")


def _inline(text: str, para_no: int) -> str:
    """Escape a paragraph and wrap its numbers and some 不少于 in inline tags, as CMS editors do."""
    out = html.escape(text, quote=False)
    if para_no % 2 == 0:
        out = _NUM.sub(r'<span style="font-family:Times New Roman">\1</span>', out)
    else:
        out = _NUM.sub(r"<font>\1</font>", out)
    return out.replace("不少于", "<b>不少于</b>")


def make_html(notice: Notice, path: Path) -> None:
    """Write a GBK gov-site page: nav, 政务公开 field table, article, share/ICP footer."""
    body = [f'<p style="text-align:left">{html.escape(notice.recipients)}</p>']
    body.append(f"<p>　　{html.escape(notice.transmittal)}</p>")
    body.append(f'<p style="text-align:right">{notice.issuer}</p>')
    body.append(f'<p style="text-align:right">{notice.date}</p>')
    body.append(f'<p style="text-align:center"><strong>{html.escape(notice.plan_title)}</strong></p>')
    for i, para in enumerate(notice.body):
        text = _inline(para.marker + para.text, i)
        if para.level == 0:
            body.append(f"<p><strong>　　{text}</strong></p>")
        else:
            body.append(f"<p>　　{text}</p>")
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(notice.title)}-乌海市教育局</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="header"><div class="logo">乌海市教育局</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/jyxw/">教育新闻</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门文件</div>
<div class="xxgk-info">
<table class="xxgk-table">
<tr><td class="label">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11150300011554519Q/2023-10929</td>
<td class="label">发布机构：</td><td>乌海市教育局</td></tr>
<tr><td class="label">发文字号：</td><td>乌教发〔2023〕88号</td>
<td class="label">主题分类：</td><td>教育</td></tr>
<tr><td class="label">成文日期：</td><td>2023-10-20</td>
<td class="label">公开日期：</td><td>2023-10-31</td></tr>
<tr><td class="label">标　　题：</td><td colspan="3">{html.escape(notice.title)}</td></tr>
</table>
</div>
<div class="article">
<h1 class="article-title">{html.escape(notice.title)}</h1>
<div class="article-meta">来源：乌海市教育局　发布时间：2023-10-31　浏览次数：<span id="hits">1024</span></div>
<div class="TRS_Editor" id="zoom">
{chr(10).join(body)}
</div>
<div class="attach">附件：<a href="/files/jyfa.pdf">乌海市一体化推进基础教育教研工作方案.pdf</a></div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="footer">
<p>主办单位：乌海市教育局　<a href="#">网站地图</a>　<a href="#">联系我们</a></p>
<p>地址：乌海市海勃湾区滨河区教育大楼　电话：0473-3999999</p>
<p><a href="https://beian.miit.gov.cn">蒙ICP备05000000号-1</a>　蒙公网安备 15030202000000号</p>
</div>
</body>
</html>
"""
    # gb2312 is what such pages declare; the bytes are really GBK/GB18030.
    path.write_bytes(page.encode("gb18030"))


def make_html_li(path: Path) -> None:
    """A UTF-8 page whose header fields are <li><span>label</span>value</li> and <dl> pairs."""
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>清流县教育局</title></head>
<body><div class="menu"><a href="/">首页</a> <a href="/xxgk/">信息公开</a></div>
<ul class="meta">
<li><span>索 引 号：</span>SM05104-1300-2023-00007</li>
<li><span>备注/文号：</span>清教党组〔2023〕2号</li>
<li><span>发布机构：</span>清流县教育局</li>
<li><span>公文生成日期：</span>2023-01-13</li>
</ul>
<dl class="more"><dt>主题分类</dt><dd>教育</dd></dl>
<div class="content">
<p>各中、小学，幼儿园，教师进修学校：</p>
<p>　　校长每学期至少听课<span>30</span>节，其中随堂课不少于<b>10</b>节。</p>
<p>　　教师每学年<strong>不少于</strong>72学时。</p>
<p>　　一、指导思想</p>
<p>　　坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神。</p>
</div>
<div class="footer">版权所有：清流县教育局 闽ICP备00000000号</div>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- all


def main() -> None:
    """Write every fixture, small enough to commit."""
    FIXTURES.mkdir(exist_ok=True)
    notice = load_notice()

    make_docx(notice, FIXTURES / "notice.docx")
    make_pdf(notice, FIXTURES / "notice.pdf")
    make_html(notice, FIXTURES / "notice.html")
    make_html_li(FIXTURES / "notice_li.htm")

    seed004 = SEED_004.read_text(encoding="utf-8")
    # A Windows scrape: GBK bytes, CRLF line ends, no non-breaking spaces (GBK has none).
    gbk = seed004.replace("\xa0", " ").replace("\n", "\r\n")
    (FIXTURES / "notice_gbk.txt").write_bytes(gbk.encode("gb18030"))
    (FIXTURES / "notice_bom.txt").write_bytes(b"\xef\xbb\xbf" + SEED_000.read_bytes())

    # Bad inputs.
    (FIXTURES / "empty.txt").write_bytes(b"")
    (FIXTURES / "blank.txt").write_bytes(" \r\n\t\u3000\n".encode("utf-8"))
    junk = bytes((i * 7919 + 13) % 256 for i in range(4096))
    (FIXTURES / "junk.txt").write_bytes(junk)
    (FIXTURES / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + junk[:2000])
    make_pdf(notice, FIXTURES / "encrypted.pdf", encrypt="secret")
    make_image_pdf(FIXTURES / "scan.pdf")
    data = (FIXTURES / "notice.docx").read_bytes()
    (FIXTURES / "truncated.docx").write_bytes(data[: len(data) // 2])
    (FIXTURES / "notes.xyz").write_text("不是支持的格式\n", encoding="utf-8")

    total = sum(p.stat().st_size for p in FIXTURES.iterdir())
    assert zipfile.is_zipfile(FIXTURES / "notice.docx")
    print(f"wrote {len(list(FIXTURES.iterdir()))} fixtures, {total / 1024:.0f} KB")


if __name__ == "__main__":
    main()
