"""Render a notice into the containers researchers really have, with a gold file for each.

Researchers' corpora are not clean ``.txt`` notices: they are pages saved from
bureau and school sites, Word "Web page" exports, OA/SQL dumps, text copied
out of a browser, news reposts, school wrappers that forward a bureau notice,
PDFs and DOCX files. This module takes a notice's plain text (and, when it has
one, its gold file in ``../shared/gold/SCHEMA.md`` form) and renders it into
each of those containers, deterministically from a seed, so that
``policykb eval`` can measure what each container costs extraction.

Example:
    >>> notice = Notice.from_file(Path("corpus/004_39fd71eae852dec9.txt"), gold=None)
    >>> page = render(notice, "cms_page", seed=0)
    >>> page.filename, "打印" in page.visible
    ('004_39fd71eae852dec9.cms_page.html', True)

What a container does to the gold file:

* it keeps the notice's identity (CMS page, Word HTML, OA dump, copied text,
  news repost, the signature and attachment variants, PDF, DOCX): the gold is
  the notice's own, its evidence re-located in the container's visible text
  (full-width digits, literal ``\\r\\n`` escapes), its metadata changed only where
  the container changes it (a month-only signature date is no date: the gold
  date becomes null, as heldout6's 611 has it);
* it wraps the notice (a school's 关于转发《…》的通知): title, issuer,
  doc_number and date are the wrapper's, the region the school's (the
  notice's own region), and the wrapped notice's quotas, deadlines and bodies
  count as the wrapper's content, plus the wrapper's own deadline and the
  office it reports to.

Chrome (publish dates, click counts, related links, ICP numbers, 抄送 and 印发
lines, the repost's lead-in date) adds nothing to a gold file: none of it is
a requirement, a deadline or a responsible body, so whatever the pipeline
extracts from it is a false hit, which is what the measurement is for.

Every rendering carries its ``visible`` text, made here independently of
policykb's readers: what a browser shows of an HTML page (head, scripts,
styles and comments dropped, inline tags joined without a space), the
decoded text of a ``.txt``, the page bodies of a PDF (running header and page
number cropped away), the paragraphs of a DOCX.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

__all__ = [
    "CONTAINERS",
    "IDENTITY",
    "NotApplicable",
    "Notice",
    "Rendering",
    "derive_gold",
    "locate",
    "render",
    "render_all",
    "squash",
    "visible_text",
    "write_renderings",
]

_WS = re.compile(r"\s+")
# Literal escapes an OA/SQL dump leaves inside a one-line body; a reader sees them as text.
_ESCAPES = ("\\r\\n", "\\n", "\\r")


def squash(text: str) -> str:
    """Whitespace removed, as check_gold.py compares evidence: ``"听课 30\\n节"`` → ``"听课30节"``."""
    return _WS.sub("", text)


def _fold(text: str) -> str:
    """Whitespace removed and width folded (NFKC), as ``policykb eval`` compares strings."""
    return squash(unicodedata.normalize("NFKC", text))


# --------------------------------------------------------------------------- the notice


@dataclass(frozen=True)
class Notice:
    """A notice's plain text, split into lines, with its gold file when it has one.

    ``name`` is the stem every rendering's file name starts with
    (``004_39fd71eae852dec9`` for ``004_39fd71eae852dec9.txt``).
    """

    name: str
    text: str
    gold: dict | None = None

    @classmethod
    def from_file(cls, path: Path, gold: Path | None = None) -> Notice:
        """Read a ``.txt`` notice (UTF-8 or GBK, any line ends) and its gold file.

        Example: ``Notice.from_file(Path("corpus/000_b11a7b4cf11b919c.txt")).lines[0]``.
        """
        data = Path(path).read_bytes()
        text = _decode_text(data)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        golddata = json.loads(Path(gold).read_text(encoding="utf-8")) if gold else None
        return cls(Path(path).stem, text, golddata)

    @property
    def lines(self) -> list[str]:
        """Non-blank lines, stripped of ASCII, ideographic and no-break spaces: one paragraph each."""
        out = []
        for ln in self.text.split("\n"):
            ln = ln.strip(" \t\u3000\xa0\ufeff")
            if ln:
                out.append(ln)
        return out

    @property
    def metadata(self) -> dict:
        """The gold metadata, or an empty one for a notice without gold."""
        return dict((self.gold or {}).get("metadata") or {})

    @property
    def title(self) -> str:
        """The gold title, else the first line."""
        return self.metadata.get("title") or self.lines[0]

    @property
    def issuer(self) -> str | None:
        """The gold issuer (None when the notice signs with nobody)."""
        return self.metadata.get("issuer")

    @property
    def date(self) -> dt.date | None:
        """The gold signing date."""
        value = self.metadata.get("date")
        return dt.date.fromisoformat(value) if value else None

    def title_index(self) -> int | None:
        """Index of the line that prints the title (whitespace-insensitive), else None."""
        key = squash(self.title)
        head = [squash(ln) for ln in self.lines[:40]]
        exact = [i for i, ln in enumerate(head) if ln == key]
        if exact:
            return exact[0]
        # A title printed after the issuer's name; never a header field such as "标题: …".
        return next(
            (i for i, ln in enumerate(head) if len(key) > 8 and ln.endswith(key) and not re.search("[:：]", ln)),
            None,
        )


def _decode_text(data: bytes) -> str:
    """UTF-8 (BOM or not), else GB18030: the encodings of the corpus's .txt notices."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


# --------------------------------------------------------------------------- renderings


@dataclass(frozen=True)
class Rendering:
    """One notice in one container: the file's bytes, what a reader sees of it, its gold.

    ``gold`` is None when the notice had none. ``markup`` is the decoded
    source (HTML markup, the text of a .txt; empty for PDF and DOCX).
    """

    container: str
    filename: str
    data: bytes
    visible: str
    gold: dict | None
    markup: str = ""

    def renamed(self, filename: str) -> Rendering:
        """The same rendering under another file name (its gold's ``doc`` follows)."""
        gold = dict(self.gold, doc=filename) if self.gold is not None else None
        return replace(self, filename=filename, gold=gold)


# Each container function returns (extension, bytes, markup, metadata changes, extra gold).
_Built = tuple[str, bytes, str, dict[str, Any], dict[str, Any]]


def _rng(seed: int, container: str, notice: Notice) -> random.Random:
    # String seeds hash with SHA-512 in CPython: the same on every run and machine.
    return random.Random(f"{seed}:{container}:{notice.name}")


# ---- shared pieces of chrome

_NAV_BUREAU = ["首页", "机构概况", "政务公开", "通知公告", "教育动态", "办事服务", "互动交流", "专题专栏"]
_NAV_SCHOOL = ["学校首页", "学校概况", "新闻动态", "通知公告", "教学教研", "德育天地", "党建工作", "联系我们"]
_RELATED = [
    "关于公布{y}年度优秀教研成果评选结果的通知",
    "关于做好{y}年秋季学期开学工作的通知",
    "关于开展{y}年中小学校园安全隐患排查的通知",
    "关于举办第{n}届中小学生科技节的通知",
    "关于印发{y}年教育工作要点的通知",
    "关于公布{y}年义务教育学校招生计划的公告",
]
_PROVINCE_ABBR = {
    "北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "蒙", "辽宁": "辽", "吉林": "吉",
    "黑龙江": "黑", "上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣",
    "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼",
    "重庆": "渝", "四川": "川", "贵州": "黔", "云南": "滇", "西藏": "藏", "陕西": "陕", "甘肃": "甘",
    "青海": "青", "宁夏": "宁", "新疆": "新",
}


def _province_abbr(notice: Notice) -> str:
    province = ((notice.metadata.get("region") or {}).get("province")) or ""
    for name, abbr in _PROVINCE_ABBR.items():
        if province.startswith(name):
            return abbr
    return "京"


def _publish_date(notice: Notice, rng: random.Random) -> dt.date:
    """A page's publish date: a few days after signing (a fixed date for an undated notice)."""
    base = notice.date or dt.date(2023, 9, 1)
    return base + dt.timedelta(days=rng.randint(1, 9))


def _site_name(notice: Notice) -> str:
    return notice.issuer or "教育局"


def _related(rng: random.Random, year: int, k: int = 4) -> list[str]:
    picks = rng.sample(_RELATED, k)
    return [p.format(y=year - rng.randint(0, 1), n=rng.randint(3, 15)) for p in picks]


def _header_fields(notice: Notice, rng: random.Random, style: str) -> list[tuple[str, str]]:
    """The label/value pairs of an article header, in a site template's own labels."""
    pub = _publish_date(notice, rng)
    clock = f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    hits = str(rng.randint(37, 4800))
    source = _site_name(notice)
    if style == "bureau":
        fields = [("发布时间", f"{pub.isoformat()} {clock}"), ("来源", source), ("作者", "办公室"), ("点击数", hits)]
    elif style == "school":
        fields = [
            ("发布日期", f"{pub.year}年{pub.month}月{pub.day}日"),
            ("更新时间", (pub + dt.timedelta(days=rng.randint(0, 3))).isoformat()),
            ("来源", "本站原创"),
            ("浏览次数", hits),
        ]
    else:  # an old ASP/DedeCMS template
        fields = [
            ("作者", "佚名"),
            ("文章来源", source),
            ("点击数", hits),
            ("更新时间", f"{pub.year}-{pub.month}-{pub.day}"),
        ]
    if rng.random() < 0.5:
        rng.shuffle(fields)
    return fields


def _join_fields(fields: list[tuple[str, str]], rng: random.Random) -> str:
    colon = rng.choice(["：", ":", "： "])
    sep = rng.choice(["　", "  ", " | ", "　|　", "&nbsp;&nbsp;&nbsp;"])
    return sep.join(f"{k}{colon}{v}" for k, v in fields)


def _footer_lines(notice: Notice, rng: random.Random) -> list[str]:
    abbr = _province_abbr(notice)
    year = (notice.date or dt.date(2023, 1, 1)).year
    site = _site_name(notice)
    return [
        f"版权所有：{site}　主办：{site}",
        f"{abbr}ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 3)}　{abbr}公网安备 {rng.randint(10**13, 10**14 - 1)}号",
        f"技术支持：{rng.choice(['某某网络科技有限公司', '某某信息技术有限公司'])}　网站标识码：{rng.randint(10**9, 10**10 - 1)}",
        f"Copyright © 2015-{year} All Rights Reserved",
    ]


def _p(text: str) -> str:
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def _encode_page(page: str, charset: str) -> bytes:
    # A character GBK cannot hold becomes a numeric reference, as a CMS writes it.
    if charset == "gb2312":
        return page.encode("gbk", errors="xmlcharrefreplace")
    return page.encode("utf-8")


def _content_lines(notice: Notice, rng: random.Random) -> list[str]:
    """The notice's lines under a page's own title: the printed title kept or dropped at random."""
    lines = notice.lines
    ti = notice.title_index()
    if ti is not None and ti == 0 and rng.random() < 0.5:
        lines = lines[1:]
    return lines


# ---- CMS page


def _cms_page(notice: Notice, rng: random.Random) -> tuple[str, str]:
    """The markup and charset of a bureau or school CMS page holding the notice, in one of three site templates."""
    style = rng.choice(["bureau", "school", "aspcms"])
    nav = _NAV_SCHOOL if style == "school" else _NAV_BUREAU
    site = _site_name(notice) if style != "school" else _school_name(notice)
    arrow = rng.choice([" > ", " &gt; ", "&gt;&gt;", " » ", "→"])
    crumbs = arrow.join(["首页", rng.choice(["通知公告", "政务公开", "文件通知", "工作动态"]), "正文"])
    year = (notice.date or dt.date(2023, 1, 1)).year
    related = _related(rng, year)
    fields = _header_fields(notice, rng, style)
    title = notice.title
    meta = _join_fields(fields, rng)
    charset = "gb2312" if style in {"bureau", "aspcms"} and rng.random() < 0.6 else "utf-8"
    body_lines = _content_lines(notice, rng)
    paras = []
    for ln in body_lines:
        indent = rng.choice(["　　", "&nbsp;&nbsp;&nbsp;&nbsp;", ""])
        attrs = rng.choice(['', ' style="text-indent:2em"', ' class="MsoNormal"'])
        paras.append(f"<p{attrs}>{indent}{_p(ln)}</p>")
    font = rng.choice(["【字体：大 中 小】", "【字体：<a>大</a> <a>中</a> <a>小</a>】", "字号：T|T|T"])
    tools = rng.choice(["【打印】【关闭】", "打印本页 | 关闭窗口", "【打印此页】 【关闭窗口】"])
    share = "分享到：微信 微博 QQ空间"
    prev_, next_ = related[0], related[1]
    prev_label, next_label = rng.choice([("上一篇", "下一篇"), ("上一条", "下一条"), ("上一篇文章", "下一篇文章")])
    footer = "".join(f"<p>{_p(x)}</p>" for x in _footer_lines(notice, rng))
    nav_html = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    rel_html = "".join(f'<li><a href="/art/{rng.randint(1000, 9999)}.html">{_p(r)}</a></li>' for r in related[2:])
    head_meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset == "gb2312"
        else '<meta charset="utf-8">'
    )
    if style == "aspcms":
        # Table layout, as 2008-era ASP sites have it.
        article = f"""<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="nav">{' | '.join(f'<a href="#">{n}</a>' for n in nav)}</td></tr>
<tr><td class="weizhi">您现在的位置：{crumbs}</td></tr>
<tr><td align="center"><h2>{_p(title)}</h2></td></tr>
<tr><td align="center" class="info">{meta}　{font}</td></tr>
<tr><td id="fontzoom" class="content">
{chr(10).join(paras)}
</td></tr>
<tr><td>{prev_label}：<a href="#">{_p(prev_)}</a><br>{next_label}：<a href="#">{_p(next_)}</a></td></tr>
<tr><td align="right">{tools}</td></tr>
<tr><td><b>相关文章</b><ul>{rel_html}</ul></td></tr>
</table>
<div class="footer">{footer}</div>"""
    else:
        cls = "TRS_Editor" if style == "bureau" else "v_news_content"
        article = f"""<div class="top"><div class="logo">{_p(site)}</div>
<ul class="nav">{nav_html}</ul></div>
<div class="position">当前位置：{crumbs}</div>
<div class="main"><div class="article">
<h1 class="title">{_p(title)}</h1>
<div class="info">{meta}　<span class="font">{font}</span></div>
<div class="{cls}" id="zoom">
{chr(10).join(paras)}
</div>
<div class="tools">{tools}　{share}</div>
<div class="pages"><p>{prev_label}：<a href="#">{_p(prev_)}</a></p><p>{next_label}：<a href="#">{_p(next_)}</a></p></div>
<div class="related"><h3>相关链接</h3><ul>{rel_html}</ul></div>
</div></div>
<div class="footer">{footer}</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
{head_meta}
<title>{_p(title)}_{_p(site)}</title>
<script type="text/javascript">var _hmt = _hmt || []; document.write("访问统计");</script>
<style>.nav li {{ float:left; }} #zoom p {{ line-height:2em; }}</style>
</head>
<body>
{article}
<script>function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}</script>
</body>
</html>
"""
    return page, charset


def _cms(notice: Notice, rng: random.Random) -> _Built:
    page, charset = _cms_page(notice, rng)
    return ".html", _encode_page(page, charset), page, {}, {}


def _copied(notice: Notice, rng: random.Random) -> _Built:
    """A CMS page copied from the browser into a .txt: chrome lines around the notice."""
    style = rng.choice(["bureau", "school", "aspcms"])
    nav = _NAV_SCHOOL if style == "school" else _NAV_BUREAU
    year = (notice.date or dt.date(2023, 1, 1)).year
    related = _related(rng, year)
    meta = _join_fields(_header_fields(notice, rng, style), rng).replace("&nbsp;", " ")
    lines = [
        rng.choice([" | ", "  ", " "]).join(nav),
        "当前位置：" + rng.choice([" > ", ">", " » "]).join(["首页", "通知公告", "正文"]),
        notice.title,
        meta,
        rng.choice(["【字体：大 中 小】", "字体：【大 中 小】"]) + rng.choice(["　打印　关闭", " 【打印本页】【关闭窗口】"]),
        *_content_lines(notice, rng),
        rng.choice(["分享到：", "分享："]) + " 微信 微博 QQ空间",
        "【打印】 【关闭】",
        f"上一篇：{related[0]}",
        f"下一篇：{related[1]}",
        "相关链接",
        *related[2:],
        *_footer_lines(notice, rng),
    ]
    crlf = rng.random() < 0.5
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    gbk = rng.random() < 0.4
    data = text.encode("gb18030") if gbk else text.encode("utf-8")
    return ".txt", data, text, {}, {}


# ---- Word-exported HTML

_DIGITS = re.compile(r"\d+")
_RANGE_DASH = re.compile(r"(?<=\d)-(?=\d)")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _word_runs(text: str, rng: random.Random) -> str:
    """Escape a paragraph the way Word's HTML export leaves it: numbers in EN-US spans, split or full-width."""
    text = _RANGE_DASH.sub(lambda m: "－" if rng.random() < 0.5 else "-", text)
    out: list[str] = []
    pos = 0
    for m in _DIGITS.finditer(text):
        out.append(_p(text[pos:m.start()]))
        num = m.group(0)
        roll = rng.random()
        if roll < 0.3 and len(num) > 1:
            cut = rng.randint(1, len(num) - 1)
            # Word splits a number into two runs (spell check, an edit inside it).
            out.append(f'<span lang=EN-US>{num[:cut]}</span><span lang=EN-US>{num[cut:]}</span>')
        elif roll < 0.5:
            out.append(num.translate(_FULLWIDTH))
        elif roll < 0.8:
            out.append(f'<span lang=EN-US style=\'font-family:"Times New Roman"\'>{num}</span>')
        else:
            out.append(num)
        pos = m.end()
    out.append(_p(text[pos:]))
    return "".join(out)


def _word_html(notice: Notice, rng: random.Random) -> _Built:
    charset = rng.choice(["gb2312", "utf-8"])
    lines = notice.lines
    ti = notice.title_index()
    date_line = _date_line(notice)
    paras = []
    for i, ln in enumerate(lines):
        runs = _word_runs(ln, rng)
        if i == ti:
            paras.append(
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span "
                f"style='font-size:22.0pt;font-family:方正小标宋简体'>{runs}<span lang=EN-US><o:p></o:p></span></span></b></p>"
            )
        elif i == date_line or (date_line is not None and i == date_line - 1 and len(ln) < 30):
            pad = "&nbsp;" * rng.randint(8, 40)
            paras.append(
                "<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>"
                f"{pad}</span><span style='font-family:仿宋_GB2312'>{runs}</span><span lang=EN-US><o:p></o:p></span></p>"
            )
        else:
            lead = "<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>" if rng.random() < 0.3 else ""
            paras.append(
                "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"
                f"{lead}<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{runs}</span>"
                "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>"
            )
        if rng.random() < 0.1:
            paras.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body = "\n".join(paras)
    # Word wraps its source at ~76 columns, sometimes inside a tag: "<span\nlang=EN-US>".
    body = re.sub(r"<span lang=EN-US", lambda m: "<span\nlang=EN-US" if rng.random() < 0.3 else m.group(0), body)
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<title>{_p(notice.title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>USER</o:Author>
  <o:Pages>3</o:Pages>
  <o:Company>教育局</o:Company>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {{font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}}
 p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; margin-bottom:.0001pt; text-align:justify;
  text-justify:inter-ideograph; font-size:10.5pt; font-family:"Times New Roman";}}
 @page Section1 {{size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
 div.Section1 {{page:Section1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=Section1 style='layout-grid:15.6pt'>

{body}

<p class=MsoNormal><span lang=EN-US><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></span></p>
<!--[if !supportLineBreakNewLine]--><br style='mso-special-character:line-break'><!--[endif]-->
</div>

</body>

</html>
"""
    page = page.replace("\n", "\r\n")
    return ".htm", _encode_page(page, charset), page, {}, {}


# ---- OA / SQL dump


def _oa_dump(notice: Notice, rng: random.Random) -> _Built:
    md = notice.metadata
    issuer = notice.issuer or ""
    date = notice.date
    header = [
        ("来文单位", issuer),
        ("文号", md.get("doc_number") or ""),
        ("密级", rng.choice(["无", "公开", "非密"])),
        ("紧急程度", rng.choice(["普通", "一般", "平件"])),
        ("成文日期", date.isoformat() if date else ""),
        ("公开方式", rng.choice(["主动公开", "依申请公开"])),
    ]
    if rng.random() < 0.5:
        rng.shuffle(header)
    sep = rng.choice(["|", "｜", "\t"])
    colon = rng.choice(["：", ":"])
    head = sep.join(f"{k}{colon}{v}" for k, v in header)
    escaped = rng.random() < 0.5
    body_lines = notice.lines
    printed = (date or dt.date(2023, 9, 1)) + dt.timedelta(days=rng.randint(0, 3))
    office = (issuer + "办公室") if issuer and not issuer.endswith("办公室") else (issuer or "办公室")
    tail = [
        f"拟稿：{rng.choice(['张', '李', '王', '刘'])}××（{rng.choice(['基础教育科', '教研室', '人事科'])}）"
        f"{sep}审核：{rng.choice(['陈', '杨', '赵'])}××{sep}签发：{rng.choice(['黄', '周', '吴'])}××",
        f"抄送：{rng.choice(['市委办公室，市政府办公室', '省教育厅办公室', '县委办，县政府办'])}。",
        f"{office}　　{printed.year}年{printed.month}月{printed.day}日印发",
        f"（共印{rng.randint(20, 80)}份）",
    ]
    if escaped:
        # One record per line: the body's line ends are the two characters \ r \ n.
        body = "\\r\\n".join(body_lines)
        text = "\n".join(
            [
                f"-- export of table GW_FWDJ, {printed.isoformat()}",
                head,
                f"标题{colon}{notice.title}",
                f"正文{colon}{body}",
                *tail,
            ]
        ) + "\n"
    else:
        text = "\r\n".join([head, f"标题{colon}{notice.title}", "正文：", *body_lines, *tail]) + "\r\n"
    return ".txt", text.encode("utf-8"), text, {}, {}


# ---- news repost


def _repost(notice: Notice, rng: random.Random) -> _Built:
    pub = _publish_date(notice, rng)
    who = notice.issuer or "有关部门"
    lead = (
        f"{pub.month}月{pub.day}日，{who}发布《{notice.title}》"
        + rng.choice(["，全文如下↓↓↓", "。全文如下：", "，一起来看↓↓↓"])
    )
    hits = rng.randint(1000, 90000)
    paras = "\n".join(f"<p>{_p(ln)}</p>" for ln in notice.lines)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{_p(notice.title)}_新闻中心</title>
<script>var s = document.createElement("script");</script></head>
<body>
<div class="header"><a href="/">新闻首页</a> | <a href="/gn/">国内</a> | <a href="/jy/">教育</a> | <a href="/sh/">社会</a></div>
<div class="article">
<h1>{_p(notice.title)}</h1>
<div class="meta">{pub.isoformat()} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}　来源：{rng.choice(['教育发布', '晚报', '新闻网'])}　编辑：{rng.choice(['李', '王', '陈'])}×　阅读：{hits}</div>
<div class="content">
<p>{_p(lead)}</p>
{paras}
</div>
<p class="editor">责任编辑：{rng.choice(['张', '刘', '赵'])}××</p>
<p class="statement">声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请与我们联系，我们将及时更正、删除。</p>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="related"><h3>相关阅读</h3><ul>{''.join(f'<li>{_p(r)}</li>' for r in _related(rng, pub.year, 3))}</ul></div>
</div>
<div class="footer"><p>{_p(_footer_lines(notice, rng)[1])}</p></div>
</body></html>
"""
    return ".html", page.encode("utf-8"), page, {}, {}


# ---- school wrapper


def _school_name(notice: Notice) -> str:
    region = notice.metadata.get("region") or {}
    if region.get("township"):
        return f"{region['township']}中心学校"
    name = region.get("name") or ""
    level = region.get("level")
    if level == "province":
        return f"{name}实验中学"
    return f"{name}第一中学" if name else "实验中学"


def _school_abbr(school: str) -> str:
    # 清流县第一中学 → 清一中; 落儿岭镇中心学校 → 落中
    return school[0] + ("一中" if "第一中学" in school else "中")


def _wrapper(notice: Notice, rng: random.Random) -> _Built:
    school = _school_name(notice)
    signed = _publish_date(notice, rng)
    due = signed + dt.timedelta(days=rng.randint(10, 25))
    while f"{due.year}年{due.month}月{due.day}日" in squash(notice.text):
        # The wrapper's deadline must be its own, not a date the notice already prints.
        due += dt.timedelta(days=1)
    inner = notice.title.replace("《", "〈").replace("》", "〉")
    title = f"关于转发《{inner}》的通知"
    number = f"{_school_abbr(school)}〔{signed.year}〕{rng.randint(2, 40)}号"
    due_text = f"{due.year}年{due.month}月{due.day}日前"
    instruction = (
        f"现将《{notice.title}》转发给你们，请各处室、各年级组、各教研组认真组织学习，结合实际抓好落实，"
        f"并于{due_text}将落实情况书面报学校教务处。"
    )
    lines = [
        title,
        number,
        rng.choice(["各处室、各年级组、各教研组：", "全体教职工："]),
        instruction,
        f"附件：{notice.title}",
        school,
        f"{signed.year}年{signed.month}月{signed.day}日",
        *notice.lines,
    ]
    fields = [("发布时间", signed.isoformat()), ("来源", school), ("浏览次数", str(rng.randint(30, 900)))]
    paras = "\n".join(f"<p>{_p(ln)}</p>" for ln in lines[1:])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{_p(title)}-{_p(school)}</title></head>
<body>
<div class="top">{_p(school)} | {' | '.join(_NAV_SCHOOL)}</div>
<div class="position">当前位置：首页 &gt; 通知公告 &gt; 正文</div>
<h1>{_p(title)}</h1>
<div class="info">{_join_fields(fields, rng)}</div>
<div class="v_news_content">
{paras}
</div>
<div class="tools">【打印】【关闭】</div>
<div class="footer"><p>版权所有：{_p(school)}</p></div>
</body></html>
"""
    region = dict(notice.metadata.get("region") or {})
    meta = {"title": title, "issuer": school, "doc_number": number, "date": signed.isoformat(), "region": region}
    extra = {
        "deadlines": [{"evidence": due_text, "start": None, "end": due.isoformat(), "kind": "absolute"}],
        "bodies": ["教务处"],
    }
    return ".html", page.encode("utf-8"), page, meta, extra


# ---- signature and attachment variants (plain .txt)

_CN = "〇一二三四五六七八九"


def _cn_year(year: int, zero: str) -> str:
    return "".join(_CN[int(d)] for d in str(year)).replace("〇", zero)


def _cn_small(n: int) -> str:
    """1..31 in Chinese numerals: 9 → 九, 10 → 十, 20 → 二十, 21 → 二十一."""
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + ("" if ones == 0 else _CN[ones])


def _date_forms(d: dt.date) -> list[str]:
    """How a signing date may already be printed in the notice."""
    cn = f"{_cn_year(d.year, '〇')}年{_cn_small(d.month)}月{_cn_small(d.day)}日"
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        cn,
        cn.replace("〇", "○"),
        cn.replace("〇", "零"),
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.year}.{d.month}.{d.day}",
    ]


def _date_line(notice: Notice) -> int | None:
    """Index of the signature date's line (the last short line printing the signing date)."""
    if notice.date is None:
        return None
    forms = _date_forms(notice.date)
    lines = notice.lines
    for i in range(len(lines) - 1, -1, -1):
        s = squash(lines[i])
        # The 印发 line of the 版记 prints a date too, but it is not the signature,
        # Nor is a labelled field (成文日期：, an OA dump's 签发：… 2021-04-26).
        if len(s) <= 40 and any(f in s for f in forms) and "印发" not in s and not re.search("[:：]", s):
            return i
    return None


def _signature(notice: Notice, rng: random.Random, form: str) -> _Built:
    i = _date_line(notice)
    if i is None:
        raise NotApplicable("no signing date line to rewrite")
    d = notice.date
    assert d is not None
    lines = list(notice.lines)
    old = next(f for f in _date_forms(d) if f in squash(lines[i]))
    line = squash(lines[i])
    changes: dict[str, Any] = {}
    if form == "month":
        new = f"{d.year}年{d.month}月"
        changes["date"] = None  # a month is no signing date (heldout6 611 annotates it so)
    else:
        zero = {"zero": "0", "fwo": "Ｏ", "circle": "○"}[form]
        new = f"{_cn_year(d.year, zero)}年{_cn_small(d.month)}月{_cn_small(d.day)}日"
    lines[i] = line.replace(old, new)
    text = "\n".join(lines) + "\n"
    return ".txt", text.encode("utf-8"), text, changes, {}


_ATTACHMENTS = ["报名操作指南", "申报表", "情况汇总表", "工作联系人回执", "评分细则"]


def _attachments(notice: Notice, rng: random.Random, where: str) -> _Built:
    names = rng.sample(_ATTACHMENTS, rng.randint(1, 3))
    colon = rng.choice(["：", ":"])
    att = [f"附件{k}{colon}{n}" for k, n in enumerate(names, start=1)]
    if len(att) == 1 and rng.random() < 0.5:
        att = [f"附件{colon}{names[0]}"]
    lines = list(notice.lines)
    if where == "head":
        ti = notice.title_index()
        at = (ti + 1) if ti is not None else 0
    else:
        di = _date_line(notice)
        at = (di + 1) if di is not None else len(lines)
    lines[at:at] = att
    text = "\n".join(lines) + "\n"
    return ".txt", text.encode("utf-8"), text, {}, {}


# ---- PDF and DOCX

PDF_FONT = "STSong-Light"


def _pdf(notice: Notice, rng: random.Random) -> _Built:
    """A text PDF: hard-wrapped lines, a running header, page numbers (reportlab, CID font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    # fonts-noto-cjk ships CFF-outline OpenType collections, which reportlab's TTFont
    # refuses ("postscript outlines are not supported"); the Adobe CID font needs no file
    # and its text extracts through the standard UniGB-UCS2 CMap.
    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    size = rng.choice([12.0, 14.0, 15.0])
    page_w, page_h = A4
    left = right = 72.0
    top = bottom = 80.0
    width = page_w - left - right
    leading = size * 1.7
    ti = notice.title_index()
    di = _date_line(notice)
    lines: list[tuple[str, str, float]] = []  # (text, align, indent)
    for i, ln in enumerate(notice.lines):
        ln = ln.replace("\xa0", " ")
        if i == ti:
            for part in _wrap(ln, width, 0.0, size + 4):
                lines.append((part, "title", 0.0))
        elif di is not None and i in (di, di - 1) and len(ln) < 30:
            lines.append((ln, "right", 0.0))
        else:
            for k, part in enumerate(_wrap(ln, width, 2 * size, size)):
                lines.append((part, "left", 2 * size if k == 0 else 0.0))
    per_page = int((page_h - top - bottom) // leading)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    header = rng.choice([f"{notice.issuer}文件" if notice.issuer else "", "", "教育信息公开"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(notice.title)
    for number, page in enumerate(pages, start=1):
        c.setFont(PDF_FONT, 10.5)
        if header:
            c.drawCentredString(page_w / 2, page_h - 50, header)
        footer = rng.choice([f"- {number} -", f"第{number}页 共{len(pages)}页", f"—{number}—"])
        c.drawCentredString(page_w / 2, 45, footer)
        y = page_h - top
        for text, align, indent in page:
            if align == "title":
                c.setFont(PDF_FONT, size + 4)
                c.drawCentredString(page_w / 2, y, text)
            elif align == "right":
                c.setFont(PDF_FONT, size)
                c.drawRightString(page_w - right - 2 * size, y, text)
            else:
                c.setFont(PDF_FONT, size)
                c.drawString(left + indent, y, text)
            y -= leading
        c.showPage()
    c.save()
    return ".pdf", buf.getvalue(), "", {}, {}


def _wrap(text: str, width: float, indent: float, size: float) -> list[str]:
    """Hard-wrap a paragraph as a word processor does, keeping closing punctuation off a line start."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    avail = width - indent
    for ch in text:
        if stringWidth(line + ch, PDF_FONT, size) > avail and line and ch not in "，。、；：！？）》”":
            lines.append(line)
            line = ""
            avail = width
        line += ch
    if line:
        lines.append(line)
    return lines


def _docx(notice: Notice, rng: random.Random) -> _Built:
    """A DOCX: centred bold title, indented paragraphs, numbers in runs of their own."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    ti = notice.title_index()
    di = _date_line(notice)
    for i, ln in enumerate(notice.lines):
        p = document.add_paragraph()
        if i == ti:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(ln).bold = True
            continue
        if di is not None and i in (di, di - 1) and len(ln) < 30:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.first_line_indent = Pt(32)
        pos = 0
        for m in _DIGITS.finditer(ln):
            # Word keeps a number in a run of its own when it was typed or formatted apart.
            if rng.random() < 0.5:
                p.add_run(ln[pos:m.start()])
                p.add_run(m.group(0)).font.name = "Times New Roman"
                pos = m.end()
        p.add_run(ln[pos:])
    document.core_properties.author = "USER"
    # python-docx stamps the save time; a fixed one keeps the bytes the same for a seed.
    document.core_properties.created = dt.datetime(2020, 1, 1)
    document.core_properties.modified = dt.datetime(2020, 1, 1)
    document.core_properties.last_modified_by = "USER"
    buf = io.BytesIO()
    document.save(buf)
    return ".docx", _fixed_zip_times(buf.getvalue()), "", {}, {}


def _fixed_zip_times(data: bytes) -> bytes:
    """Rewrite a zip with fixed member times, so that a DOCX is byte-identical for a seed."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- registry


class NotApplicable(Exception):
    """The notice lacks what the container rewrites (e.g. no signature date line)."""


CONTAINERS: dict[str, Callable[[Notice, random.Random], _Built]] = {
    "cms_page": _cms,
    "word_html": _word_html,
    "oa_dump": _oa_dump,
    "copied_text": _copied,
    "news_repost": _repost,
    "school_wrapper": _wrapper,
    "sig_month": lambda n, r: _signature(n, r, "month"),
    "sig_zero": lambda n, r: _signature(n, r, "zero"),
    "sig_fullwidth_o": lambda n, r: _signature(n, r, "fwo"),
    "sig_circle": lambda n, r: _signature(n, r, "circle"),
    "attach_head": lambda n, r: _attachments(n, r, "head"),
    "attach_tail": lambda n, r: _attachments(n, r, "tail"),
    "pdf": _pdf,
    "docx": _docx,
}

# Containers whose gold is the notice's own (metadata changed only where the container changes it).
IDENTITY: frozenset[str] = frozenset(CONTAINERS) - {"school_wrapper"}


def render(notice: Notice, container: str, seed: int = 0) -> Rendering:
    """Render one notice into one container.

    Raises:
        KeyError: unknown container.
        NotApplicable: the notice lacks what the container rewrites.

    Example: ``render(notice, "word_html", seed=3).visible`` holds the notice with
    every number whole, though the markup splits some with spans.
    """
    build = CONTAINERS[container]
    ext, data, markup, changes, extra = build(notice, _rng(seed, container, notice))
    filename = f"{notice.name}.{container}{ext}"
    visible = visible_text(data, ext)
    gold = None
    if notice.gold is not None:
        gold = derive_gold(notice.gold, filename, visible, changes, extra, replace_metadata=container == "school_wrapper")
    return Rendering(container, filename, data, visible, gold, markup)


def render_all(notice: Notice, seed: int = 0, containers: Iterable[str] | None = None) -> list[Rendering]:
    """Every applicable container of a notice (containers that do not apply are skipped)."""
    out = []
    for name in containers or CONTAINERS:
        try:
            out.append(render(notice, name, seed))
        except NotApplicable:
            continue
    return out


def write_renderings(renderings: Iterable[Rendering], out: Path, *, visible: bool = True) -> None:
    """Write ``out/<container>/docs/<file>``, ``gold/<file>.json`` and, with ``visible``, ``visible/<file>``.

    ``visible/`` holds UTF-8 visible-text copies under the documents' names, the
    folder ``check_gold.py GOLD --seeds VISIBLE`` validates the gold files against.
    """
    for r in renderings:
        base = Path(out) / r.container
        (base / "docs").mkdir(parents=True, exist_ok=True)
        (base / "docs" / r.filename).write_bytes(r.data)
        if r.gold is not None:
            (base / "gold").mkdir(exist_ok=True)
            (base / "gold" / f"{r.filename}.json").write_text(
                json.dumps(r.gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        if visible:
            (base / "visible").mkdir(exist_ok=True)
            (base / "visible" / r.filename).write_text(r.visible, encoding="utf-8")


# --------------------------------------------------------------------------- gold


def locate(evidence: str, visible: str) -> str | None:
    """The stretch of ``visible`` that shows ``evidence``, whitespace removed; None if it is not there.

    Found verbatim (whitespace-insensitive) it is returned as given; else it is
    searched with width folded and literal ``\\r\\n`` escapes skipped, and the
    visible characters are returned: ``locate("不少于72课时", "不少于７２课时")`` →
    ``"不少于７２课时"``.
    """
    key = squash(evidence)
    if key in squash(visible):
        return key
    target = _fold(evidence)
    if not target:
        return None
    chars: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(visible):
        esc = next((e for e in _ESCAPES if visible.startswith(e, i)), None)
        if esc:
            i += len(esc)
            continue
        for ch in unicodedata.normalize("NFKC", visible[i]):
            if not ch.isspace():
                chars.append(ch)
                where.append(i)
        i += 1
    at = "".join(chars).find(target)
    if at < 0:
        return None
    return squash(visible[where[at]:where[at + len(target) - 1] + 1])


def derive_gold(
    gold: dict,
    filename: str,
    visible: str,
    changes: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
    *,
    replace_metadata: bool = False,
) -> dict:
    """The gold file of a rendering: evidence re-located in its visible text, metadata adjusted.

    Args:
        gold: the notice's gold file.
        filename: the rendering's file name (the new ``doc``).
        visible: what a reader sees of the rendering.
        changes: metadata fields the container changes (e.g. ``{"date": None}``).
        extra: quotas, deadlines or bodies the container adds (a wrapper's own deadline).
        replace_metadata: ``changes`` is the whole metadata (a wrapper's).

    Raises:
        ValueError: an evidence, body or doc_number is not in the visible text:
            the rendering lost part of the notice.
    """
    changes = changes or {}
    extra = extra or {}
    meta = dict(changes) if replace_metadata else {**(gold.get("metadata") or {}), **changes}
    number = meta.get("doc_number")
    if number:
        found = locate(number, visible)
        if found is None:
            raise ValueError(f"{filename}: doc_number {number!r} not in the visible text")
        meta["doc_number"] = found
    out: dict[str, Any] = {"doc": filename, "metadata": meta}
    for kind in ("quotas", "deadlines"):
        items = []
        for item in [*(gold.get(kind) or []), *(extra.get(kind) or [])]:
            found = locate(item["evidence"], visible)
            if found is None:
                raise ValueError(f"{filename}: {kind} evidence {item['evidence']!r} not in the visible text")
            items.append(dict(item, evidence=found if found != squash(item["evidence"]) else item["evidence"]))
        out[kind] = items
    bodies: list[str] = []
    for body in [*(gold.get("bodies") or []), *(extra.get("bodies") or [])]:
        found = locate(body, visible)
        if found is None:
            raise ValueError(f"{filename}: body {body!r} not in the visible text")
        name = body if found == squash(body) else found
        if name not in bodies:
            bodies.append(name)
    out["bodies"] = bodies
    return out


# --------------------------------------------------------------------------- visible text

_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "dl", "dt", "dd",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "title",
}
_CELL = {"td", "th"}
_SKIP = {"head", "script", "style", "noscript", "xml", "template"}
# Word's downlevel-revealed conditionals (<![if !supportLists]> … <![endif]>) are markers, not text.
_DOWNLEVEL = re.compile(r"<!\[(?:if [^\]]*|endif)\]>")


def _decode_html(data: bytes) -> str:
    m = _CHARSET.search(data[:4096])
    codec = "utf-8"
    if m:
        declared = m.group(1).decode("ascii").lower()
        codec = "gb18030" if declared in {"gb2312", "gbk", "gb18030"} else declared
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    return data.decode(codec, errors="replace")


def _html_visible(data: bytes) -> str:
    import lxml.html

    markup = _DOWNLEVEL.sub("", _decode_html(data))
    root = lxml.html.document_fromstring(markup)
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag.split("}")[-1].lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP:  # comments, processing instructions, skipped elements
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _CELL:
            parts.append(" ")
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    text = "".join(parts)
    # Source line breaks and runs of spaces inside a block render as one space.
    lines = [re.sub(r"[ \t\r\n]+", " ", ln).strip(" ") for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln.strip(" \xa0\u3000"))


def _pdf_visible(data: bytes) -> str:
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            # The page body only: the running header (y < 62) and the page number (y > h - 60) are cropped.
            body = page.crop((0, 62, page.width, page.height - 60))
            out.append(body.extract_text() or "")
            page.close()
    return "\n".join(out)


def _docx_visible(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def visible_text(data: bytes, ext: str) -> str:
    """What a person sees of a file: rendered HTML text, decoded .txt, PDF page bodies, DOCX paragraphs.

    Example: ``visible_text(b'<p>30<span>0</span></p>', ".html")`` → ``"300"``.
    """
    ext = ext.lower()
    if ext in {".html", ".htm"}:
        return _html_visible(data)
    if ext == ".txt":
        return _decode_text(data).replace("\r\n", "\n")
    if ext == ".pdf":
        return _pdf_visible(data)
    if ext == ".docx":
        return _docx_visible(data)
    raise ValueError(f"no visible-text rule for {ext}")
