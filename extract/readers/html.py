"""Read a government or school web page: the notice's text and its 政务公开 header fields.

trafilatura finds the article, but it drops short lines (the recipients line,
the signature, the date) and sometimes the title. So trafilatura only *locates*
the article: its first and last lines are found in our own rendering of the
page, and everything the page holds between them is kept. If trafilatura finds
too little, the element with the most paragraph text is used instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import DEFAULT_MAX_CHARS, file_size, megabytes, read_bytes, too_big
from ..errors import CorruptFileError, EmptyDocumentError
from ..types import RawDocument
from .txt import _MIN_ESCAPED_BREAKS, Decoded, decode
from ..zh import header_labels, spaced_alternation, unify_newlines

# Elements that start a new line; everything else (span, b, font, a, …) is inline
# and must not split 听课<span>30</span>节.
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary "
    "table tbody thead tfoot tr ul caption".split()
)
_CELL = frozenset({"td", "th"})
_DROP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "head", "select", "button"})
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# A value ends at an ideographic space or a wide gap: "发布时间：2023-10-31　浏览次数：1024".
_VALUE_END = re.compile(r"\u3000|\s{2,}")
# 政务公开 labels (metadata.yml header_labels, marked page); a page prints them
# with spaces (索  引  号) and a colon.
_LABEL_ALT = spaced_alternation(header_labels("page"))
# Label at the start of a cell, then a colon or the end of the cell.
_LABEL_RE = re.compile(rf"(?:^|(?<=\s))(?P<label>{_LABEL_ALT})\s*(?:[:：]|$)")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
# Word's HTML writes each run of a number in its own <span> on its own line
# (不超过<span>9</span>\n<span>0</span>分钟): a break between two digits splits one
# number, which a reader sees as 90, not "9 0".
_SEGMENT_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*(?=[{_CJK}])|(?<=[0-9])[ \t\r\f]*\n\s*(?=[0-9])")
_WS = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# Lines at least this long (non-space characters) locate trafilatura's text in the page.
_ANCHOR_LEN = 15
# Less than this share of the page's paragraph text means trafilatura missed the article.
_MIN_SHARE = 0.5
# Bytes of page per allowed character of text, above which a page is refused
# unread. Government pages carry 20-60 bytes of markup, scripts and navigation
# per character of a short notice, but the limit is per *allowed* character
# (2 million by default: 20 MB of page), which no saved notice page nears;
# parsing 20 MB takes lxml about 0.5 GB and trafilatura many seconds.
_MAX_BYTES_PER_CHAR = 10


# An OA/SQL dump pasted into a page keeps its line breaks written out (``\\r\\n``),
# outside scripts and styles: each becomes a <br>, as the text reader reads them.
_ESCAPED_OR_SCRIPT = re.compile(r"(<(script|style)\b.*?</\2\s*>)|\\r\\n|\\n|\\r", re.S | re.I)


def _unescape_breaks(markup: str) -> str:
    """Written-out line breaks of a pasted dump as <br> (at least three of them, see txt.unescape_line_breaks).

    Example: ``_unescape_breaks("<div>各学校：\\r\\n一、目标\\r\\n二、要求\\r\\n</div>")`` →
    ``"<div>各学校：<br>一、目标<br>二、要求<br></div>"``.
    """
    if markup.count("\\") < _MIN_ESCAPED_BREAKS:
        return markup
    hits = sum(1 for m in _ESCAPED_OR_SCRIPT.finditer(markup) if m.group(1) is None)
    if hits < _MIN_ESCAPED_BREAKS:
        return markup
    return _ESCAPED_OR_SCRIPT.sub(lambda m: m.group(1) or "<br>", markup)


# A page's footer sits in its last few rendered lines.
_FOOTER_LINES = 8
# How many lines above the article may hold the site's banner
_HEAD_LINES = 8


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read an ``.html``/``.htm`` page of a notice.

    Args:
        path: the file.

    Returns:
        A RawDocument with format ``"html"``: the article's paragraphs one per
        line, and ``fields`` such as ``{"索引号": "…", "成文日期": "2023-10-20"}``.

    Raises:
        EncodingError: the bytes are not text.
        EmptyDocumentError: the page has no readable text.
        TooLargeError: the page is over 10 bytes per allowed character (20 MB by default).

    Example:
        >>> raw = read(Path("tests/fixtures/notice.html"))
        >>> raw.fields["发文字号"], "每人每年培训不少于72课时" in raw.text
        ('乌教发〔2023〕88号', True)
    """
    path = Path(path)
    size = file_size(path)
    if size > _MAX_BYTES_PER_CHAR * max_chars:
        raise too_big(path.name, f"a {megabytes(size)} page", f"{megabytes(_MAX_BYTES_PER_CHAR * max_chars)} of HTML", max_chars)
    data = read_bytes(path, "save the page again and add it")
    decoded = decode_html(data, path.name)
    markup = _unescape_breaks(unify_newlines(decoded.text))
    if not markup.strip():
        raise EmptyDocumentError(f"{path.name}: the file is empty (only whitespace); save the page again and add it")
    tree = _parse(markup, path.name)
    lines = render(tree)
    fields = {**_element_fields(tree), **parse_fields(lines)}
    if "版权所有" not in fields:
        # The page's footer is no part of the notice: the owner it names (版权所有, or a
        # line of the owner's contacts and ICP record) is kept as a field.
        from ..metadata import site_owner

        if owner := site_owner("\n".join(ln.text for ln in lines[-_FOOTER_LINES:])):
            fields["版权所有"] = owner
    if "地址" not in fields:
        # and the address it gives, which may name the county of a town school's town
        from ..metadata import site_address

        if address := site_address("\n".join(ln.text for ln in lines[-_FOOTER_LINES:])):
            fields["地址"] = address
    body = _main_lines(markup, tree, lines, tree.findtext(".//title") or "")
    if "站名" not in fields and body:
        # and the banner above the article, which may name it with its county
        from ..metadata import site_banner

        start = next(i for i, ln in enumerate(lines) if ln is body[0])
        if banner := site_banner("\n".join(ln.text for ln in lines[:min(start, _HEAD_LINES)])):
            fields["站名"] = banner
    text = "\n".join(ln.text for ln in body)
    if not text.strip():
        raise EmptyDocumentError(f"{path.name}: the page has no text (a script-only or image page?); save the notice's own page")
    return RawDocument(path=str(path), format="html", text=text, fields=fields, warnings=decoded.warnings())


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode a page with its declared charset (gb2312/gbk read as GB18030), else by detection.

    A page that does not decode with its declared charset (a wrong
    declaration, or a few damaged bytes) is decoded like a text file, which
    replaces damaged bytes and counts them.

    Example:
        >>> decode_html('<meta charset="gbk"><p>听课</p>'.encode("gbk"), "a.html").text
        '<meta charset="gbk"><p>听课</p>'
    """
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = m.group(1).decode("ascii", "replace").lower()
        codec = "gb18030" if declared in {"gb2312", "gbk", "gb18030", "cp936", "x-gbk"} else declared
        try:
            return Decoded(data.decode(codec), codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detection below decides
    return decode(data, name)


def _parse(markup: str, name: str) -> Any:
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(markup)
    except (etree.LxmlError, ValueError) as exc:  # ParserError ("Document is empty") and kin
        raise CorruptFileError(f"{name}: not a readable HTML page ({exc}); save the page again and add it") from exc


# --------------------------------------------------------------------------- rendering


class RenderedLine:
    """A line of the rendered page, its cells, and the block element it came from."""

    __slots__ = ("cells", "element")

    def __init__(self, element: Any) -> None:
        self.cells: list[str] = [""]
        self.element = element

    @property
    def text(self) -> str:
        return "\t".join(c for c in (_tidy(c) for c in self.cells) if c)


def _tidy(text: str) -> str:
    # CSS drops a line break between two CJK characters and collapses other whitespace.
    text = _SEGMENT_BREAK.sub("", text)
    return _WS.sub(" ", text).strip()


# A hidden element with at least this much text (non-space characters) is an
# article a script reveals on load (WeChat's js_content starts as
# visibility:hidden), not a hidden menu or pop-up.
_REVEALED_CHARS = 300


def _hidden(el: Any) -> bool:
    """The element is not shown: display:none / visibility:hidden / ``hidden``, unless it holds an article."""
    if el.get("hidden") is None and not _HIDDEN.search(el.get("style", "")):
        return False
    return len(_key(el.text_content())) < _REVEALED_CHARS


def render(tree: Any) -> list[RenderedLine]:
    """Render a page to lines as a browser would lay out its blocks.

    Block elements and ``<br>`` end a line, table cells are separated by a tab,
    and inline elements are joined without any added space.

    Example:
        ``<p>校长每学期至少听课<span>30</span>节</p>`` → one line "校长每学期至少听课30节".
    """
    lines: list[RenderedLine] = []
    current = RenderedLine(tree)

    def newline(element: Any) -> None:
        nonlocal current
        if current.text:
            lines.append(current)
        current = RenderedLine(element)

    def visit(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _DROP or _hidden(el):
            if el.tail:
                current.cells[-1] += el.tail
            return
        tag = tag.lower()
        if tag == "br":
            newline(el.getparent())
        elif tag in _BLOCK:
            newline(el)
        elif tag in _CELL:
            current.cells.append("")
        if el.text:
            current.cells[-1] += el.text
        for child in el:
            visit(child)
        if tag in _BLOCK:
            newline(el.getparent())
        elif tag in _CELL:
            current.cells.append("")
        if el.tail:
            current.cells[-1] += el.tail

    visit(tree)
    newline(tree)
    return lines


# --------------------------------------------------------------------------- fields


def _element_fields(tree: Any) -> dict[str, str]:
    """Fields held by page elements without a label (metadata.yml element_fields), by element id.

    Example: ``<a id="js_name">某某县某某镇中心学校</a>`` → ``{"公众号": "某某县某某镇中心学校"}``.
    """
    from ..lexicons import load

    fields = {}
    for element_id, field in (load("metadata").get("element_fields") or {}).items():
        found = tree.get_element_by_id(element_id, None)
        if found is not None and (value := _tidy(found.text_content())) and len(value) <= 60:
            fields[field] = value
    return fields


def parse_fields(lines: list[RenderedLine]) -> dict[str, str]:
    """Find 政务公开 label/value pairs in table cells, list items and label lines.

    Keys are the labels without internal spaces; the first value of a label wins.

    Example:
        A row "索  引  号：\\t11150300011554519Q/2023-10929\\t发布机构：\\t乌海市教育局" gives
        ``{"索引号": "11150300011554519Q/2023-10929", "发布机构": "乌海市教育局"}``.
    """
    cells: list[str] = []
    for line in lines:
        cells.extend(_tidy(c) for c in line.cells if _tidy(c))
        cells.append("\n")  # a line end: a value never continues into the next block's label
    fields: dict[str, str] = {}
    i = 0
    while i < len(cells):
        cell = cells[i]
        matches = list(_LABEL_RE.finditer(cell))
        if not matches or matches[0].start() > 0:
            i += 1
            continue
        for k, m in enumerate(matches):
            key = re.sub(r"\s+", "", m.group("label"))
            end = matches[k + 1].start() if k + 1 < len(matches) else len(cell)
            value = _VALUE_END.split(cell[m.end():end].strip(), maxsplit=1)[0]
            if not value and k + 1 == len(matches):
                # The value is in the next cell (<td>) or the next block (<dt>/<dd>).
                j = i + 1
                while j < len(cells) and cells[j] == "\n" and j - i <= 2:
                    j += 1
                if j < len(cells) and cells[j] != "\n" and not _LABEL_RE.match(cells[j]):
                    value = cells[j]
                    i = j
            if value and len(value) <= 200 and key not in fields:
                fields[key] = value
        i += 1
    return fields


# --------------------------------------------------------------------------- main text


def _main_lines(markup: str, tree: Any, lines: list[RenderedLine], page_title: str = "") -> list[RenderedLine]:
    """The lines of the article: trafilatura's span widened to the whole article."""
    keys = [_key(ln.text) for ln in lines]
    located = _locate_with_trafilatura(markup, keys)
    container = _densest_element(tree)
    if located is None:
        if container is None:
            return lines
        inside = [i for i, ln in enumerate(lines) if _inside(ln.element, container)]
        if not inside:
            return lines
        first = _leading_run(lines, inside[0], container)
        return lines[_with_title(lines, first, page_title=page_title):inside[-1] + 1]
    first, last = located
    # Widen to every line of the elements that hold trafilatura's first and last
    # lines' common ancestor: short lines it dropped sit inside that element too.
    ancestor = _common_ancestor(lines[first].element, lines[last].element)
    if ancestor is not None and ancestor.tag not in ("html", "body"):
        inside = [i for i, ln in enumerate(lines) if _inside(ln.element, ancestor)]
        first, last = min(first, _leading_run(lines, inside[0], ancestor)), max(last, inside[-1])
    else:
        # The span starts outside the article (a metadata table above it) or ends
        # outside it (上一篇/下一篇 links below): still keep the short opening lines
        # (文号, 主送) of the block that holds the first line, and the short
        # closing lines (signature, date) of the block that holds the last.
        first = _block_start(lines, first)
        block = _block(lines[last].element)
        if block is not None:
            last = max(i for i, ln in enumerate(lines) if i >= last and _inside(ln.element, block) or i == last)
        last = _signature_below(lines, last)
    return lines[_with_title(lines, first, page_title=page_title):last + 1]


# How many short lines trafilatura may have dropped above the article's first
# long one: a 文号 line, a 主送 line, a red-header organ line.
_OPENING_LINES = 4


def _block_start(lines: list[RenderedLine], first: int) -> int:
    """``first`` moved up over the lines right above it in the same block, at most ``_OPENING_LINES``.

    ``<div id="a"><p>某教发〔2024〕22号</p><p>各学校：</p><p>为全面…</p>``: trafilatura
    starts at 为全面…; the 文号 and 主送 lines above it in that div are the article's.
    """
    block = _block(lines[first].element)
    if block is None:
        return first
    start = first
    while start > 0 and first - start < _OPENING_LINES and _inside(lines[start - 1].element, block):
        start -= 1
    return start


# A further item of an attachment list: "2.推荐汇总表", "3、报名表（样表）".
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}[.．、][^。；;，,]{1,40}$")


def _signature_below(lines: list[RenderedLine], last: int) -> int:
    """``last`` moved down over the signature right below it: an organ's name, then a date line.

    Paragraphs set straight in ``<body>`` share no block with the page's
    chrome, so nothing else carries trafilatura's span over the short
    closing lines it drops (``<p>某某县教育局</p><p>2025年3月4日</p>``).
    """
    from ..metadata import _DATE_LINE, _MONTH_LINE, _is_org, signed_name

    below = last
    if below + 1 < len(lines) and _tidy(lines[below + 1].text).startswith("附件"):
        below += 1
    if _tidy(lines[below].text).startswith("附件"):
        # the attachment list ("附件：1.报名表", "2.推荐汇总表") stands between the text and the signature
        while below + 1 < len(lines) and _ATTACHMENT_ITEM.match(_tidy(lines[below + 1].text)):
            below += 1
    if below + 2 >= len(lines):
        return last
    org, day = _tidy(lines[below + 1].text), _tidy(lines[below + 2].text)
    if _is_org(signed_name(org)) and (_DATE_LINE.match(day) or _MONTH_LINE.match(day)):
        return below + 2
    return last


def _leading_run(lines: list[RenderedLine], first: int, container: Any) -> int:
    """``first`` moved back one line when the container's own leading text was rendered on the line above.

    A table cell is no block: the text a ``<td>`` opens with, before its first
    ``<br>``, goes on the line its row began (``<tr><td>某教发〔2025〕3号<br>各学校：…``),
    so that line belongs to the row, not the cell, yet it is the cell's.
    """
    if first == 0 or not _inside(container, lines[first - 1].element):
        return first
    lead = _tidy(container.text or "")
    return first - 1 if lead and lines[first - 1].text.endswith(lead) else first


def _block(element: Any) -> Any | None:
    """The nearest block container (div, article, section, td) below body holding the line's element, itself included.

    A line of text set straight in a block (``<div>…<br>某县教育局<br>2018年6月5日</div>``)
    has the block itself as its element.
    """
    for el in _ancestors(element):
        if el.tag in ("html", "body"):
            return None
        if el.tag in ("div", "article", "section", "td", "main"):
            return el
    return None


# A class naming a title (title, newstitle, art_title), not a subtitle: the byline row under
# the heading (发布时间 · 来源 · 浏览次数) is often class="subtitle" / "sub_title".
_TITLE_CLASS = re.compile(r"(?<!sub)(?<!sub[-_])title")


def _is_title(element: Any) -> bool:
    return element.tag in ("h1", "h2", "h3") or bool(_TITLE_CLASS.search((element.get("class") or "").lower()))


def _with_title(lines: list[RenderedLine], first: int, reach: int = 12, page_title: str = "") -> int:
    """Move the start back to the page's title heading when the article span begins just below it.

    The heading is an ``h1``–``h3`` or ``class="…title…"`` element, or a line
    that repeats the page's ``<title>`` (before its " - 站名"): table-layout and
    school CMS pages print the heading in ``<td><font><b>`` or ``<div class="show_t">``.
    """
    wanted = _title_keys(page_title)
    for i in range(first, max(-1, first - reach), -1):
        if _is_title(lines[i].element) or _key(lines[i].text) in wanted:
            return i
    return _printed_title_above(lines, first)


def _printed_title_above(lines: list[RenderedLine], first: int, reach: int = 3) -> int:
    """The start moved back to a title printed in plain markup right above the article, else ``first``.

    A table-layout page sets its heading in ``<td><font><b>`` under a ``<title>``
    that names only the site: the line is taken when it reads as a title (short,
    no closing punctuation, ending in a 文种) and only page chrome (发布日期,
    来源, 浏览次数 rows) lies between it and the article; a link is never taken.
    """
    from ..metadata import _related_title

    if _related_title(_tidy(lines[first].text)):
        return first  # the article opens with its title already
    for i in range(first - 1, max(-1, first - 1 - reach), -1):
        text = _tidy(lines[i].text)
        if _LABEL_RE.search(text) or _DATE_ROW.search(text):
            continue  # a byline row of the page between heading and article
        element = lines[i].element
        a_link = any(el.tag == "a" for el in _ancestors(element)) or _key(text) in {
            _key(a.text_content()) for a in element.iter("a")}
        crumbs = any(mark in text for mark in _CRUMB_MARKS)  # 当前位置:首页 > 通知公告
        return i if text and not a_link and not crumbs and _related_title(text) else first
    return first


# What a breadcrumb trail has and a title never does
_CRUMB_MARKS = (">", "»", "＞", "›", "位置")
# A byline row's date: "日期：2024年06月03日", "时间:2024-06-03"
_DATE_ROW = re.compile(r"(?:日期|时间)\s*[:：]\s*\d{4}")


# What separates a page <title>'s notice title from the site's name.
_TITLE_SEPARATOR = re.compile(r"\s*(?:--+|—+|_+|\||｜|\s-\s|-(?=[^-]*$))\s*")


def _title_keys(page_title: str) -> set[str]:
    """The longest part of a page's <title> (the notice's title, not the site's name), whitespace removed.

    Example: ``_title_keys("关于做好课后服务工作的通知 - 某某区实验小学")`` → ``{"关于做好课后服务工作的通知"}``.
    """
    longest = max((_key(p) for p in _TITLE_SEPARATOR.split(page_title)), key=len, default="")
    return {longest} if len(longest) >= 8 else set()


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _locate_with_trafilatura(markup: str, keys: list[str]) -> tuple[int, int] | None:
    """Indices of the rendered lines where trafilatura's article starts and ends."""
    import trafilatura

    try:
        extracted = trafilatura.extract(markup, include_tables=True, include_comments=False, include_formatting=False)
    except (ValueError, TypeError, AttributeError, RecursionError, SyntaxError):
        # trafilatura only locates the article: on a page it cannot handle,
        # the densest element does that instead.
        return None
    if not extracted:
        return None
    # Only distinctive lines anchor the span: a short one ("乌海市教育局") also
    # matches the site logo. trafilatura writes table rows as "| a | b |".
    wanted = [k for k in (_key(t.replace("|", "")) for t in extracted.splitlines()) if len(k) >= _ANCHOR_LEN]
    if not wanted:
        return None
    matched = [i for i, k in enumerate(keys) if len(k) >= _ANCHOR_LEN and any(w == k or w in k for w in wanted)]
    if not matched:
        return None
    first, last = matched[0], matched[-1]
    covered = sum(len(k) for k in keys[first:last + 1])
    paragraph_text = sum(len(k) for k in keys if len(k) >= 30)
    if covered < _MIN_SHARE * paragraph_text:
        return None
    return first, last


def _densest_element(tree: Any) -> Any | None:
    """The element whose own paragraphs and text runs hold the most text (the article body).

    Only direct ``<p>`` children and loose text count, so a wrapper <div> around
    the whole page does not win over the article inside it.
    """
    best, best_score = None, 0
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _DROP:
            continue
        score = len(_key(el.text or ""))
        for child in el:
            if child.tag == "p":
                score += len(_key(child.text_content()))
            score += len(_key(child.tail or ""))
        if score > best_score:
            best, best_score = el, score
    return best


def _inside(element: Any, container: Any) -> bool:
    while element is not None:
        if element is container:
            return True
        element = element.getparent()
    return False


def _ancestors(element: Any) -> Iterator[Any]:
    while element is not None:
        yield element
        element = element.getparent()


def _common_ancestor(a: Any, b: Any) -> Any | None:
    # Keep the proxies alive: lxml makes a new proxy object per access, so ids
    # of proxies that were already freed can be reused and match wrongly.
    chain = list(_ancestors(a))
    return next((el for el in _ancestors(b) if any(el is c for c in chain)), None)
