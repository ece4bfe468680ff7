"""Read a Word ``.docx`` notice: body paragraphs and tables in order, list numbers recovered.

Word keeps automatic numbering (一、 （一） 1.) out of the run text, in
``numbering.xml``; without it the headings the segmenter needs vanish, so this
reader renders the numbers the way Word displays them and prefixes them to the
paragraph text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EmptyDocumentError, ReadError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of child ``w:<tag>`` of ``el``, or None."""
    if el is None:
        return None
    child = el.find(_q(tag))
    return None if child is None else child.get(_q("val"))


# --------------------------------------------------------------------------- number formats

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_counting(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """Word's ``chineseCounting``: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五.

    Example:
        >>> chinese_counting(12), chinese_counting(30)
        ('十二', '三十')
    """
    if n <= 0:
        return str(n)
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        # 十一, not 一十一, when ten is the leading unit.
        if not (power == 10 and d == 1 and not parts):
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letter(n: int) -> str:
    # Word repeats the letter: 27 → AA, 28 → BB.
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a Word ``numFmt``.

    Example:
        >>> format_number(3, "chineseCounting"), format_number(3, "decimalEnclosedCircle")
        ('三', '③')
    """
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        if fmt == "ideographDigital":
            return "".join(_CN_DIGITS[int(d)] for d in str(n))
        return chinese_counting(n)
    if fmt == "chineseLegalSimplified":
        return chinese_counting(n, _CN_LEGAL, "拾佰仟")
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)  # ⑴
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)  # ⒈
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "none":
        return ""
    return str(n)  # decimal and anything exotic: the number is better than nothing


# --------------------------------------------------------------------------- numbering state


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = "tab"
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False


@dataclass
class Numbering:
    """Word list definitions and the running counters, rendered as Word displays them.

    Counters belong to the abstract list, so two ``w:num`` that share one keep
    counting together, as in Word; a ``w:startOverride`` restarts its level
    the first time its ``w:num`` is used.

    Example:
        With lvlText "%1、" in chineseCounting and "（%2）", the third level-0
        paragraph gets "三、" and the next level-1 paragraph "（一）".
    """

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId → numStyleLink style

    @classmethod
    def from_part(cls, root: Any | None) -> Numbering:
        """Parse the ``w:numbering`` element (None when the document has no lists)."""
        numbering = cls()
        if root is None:
            return numbering
        links = numbering.links
        for an in root.iter(_q("abstractNum")):
            aid = an.get(_q("abstractNumId"))
            levels: dict[int, _Level] = {}
            for lvl in an.findall(_q("lvl")):
                ilvl = int(lvl.get(_q("ilvl"), "0"))
                restart = _val(lvl, "lvlRestart")
                levels[ilvl] = _Level(
                    start=int(_val(lvl, "start") or 1),
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                    suffix=_val(lvl, "suff") or "tab",
                    restart=int(restart) if restart is not None else None,
                    legal=lvl.find(_q("isLgl")) is not None,
                )
            numbering.abstract[aid] = levels
            link = _val(an, "numStyleLink")
            if link and not levels:
                links[aid] = link
        for num in root.iter(_q("num")):
            nid = num.get(_q("numId"))
            numbering.nums[nid] = _val(num, "abstractNumId") or ""
            for ov in num.findall(_q("lvlOverride")):
                start = _val(ov, "startOverride")
                if start is not None:
                    numbering.overrides.setdefault(nid, {})[int(ov.get(_q("ilvl"), "0"))] = int(start)
        return numbering

    def resolve_style_links(self, style_num: dict[str, tuple[str, int | None]]) -> None:
        """Point abstract lists that only say ``numStyleLink`` at the style's real definition."""
        for aid, style_id in self.links.items():
            target = style_num.get(style_id)
            if target and self.nums.get(target[0]) in self.abstract:
                self.abstract[aid] = self.abstract[self.nums[target[0]]]

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num_id, ilvl) and return the rendered label with its suffix."""
        aid = self.nums.get(num_id)
        levels = self.abstract.get(aid or "")
        if not levels:
            return ""
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(aid, {})  # type: ignore[arg-type]
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
                for deeper in [d for d in counters if d > lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            # Default: a deeper level restarts whenever a shallower one is numbered.
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return ""  # bullets are decoration, not structure
        text = level.text
        for lvl in range(ilvl, -1, -1):
            placeholder = f"%{lvl + 1}"
            if placeholder in text:
                sub = levels.get(lvl, _Level())
                value = counters.get(lvl, sub.start)
                fmt = "decimal" if level.legal and lvl != ilvl else sub.fmt
                text = text.replace(placeholder, format_number(value, fmt))
        if not text:
            return ""
        if level.suffix == "space" or (level.suffix == "tab" and text[-1] not in "、.．）)：:，,"):
            # Word shows a gap here; a marker already ending in 、 or ） needs none.
            return text + " "
        return text


# --------------------------------------------------------------------------- reader


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.docx`` notice.

    Args:
        path: the file.

    Returns:
        A RawDocument with format ``"docx"``: one line per paragraph, one line per
        table row (cells separated by a tab), numbering labels restored.

    Raises:
        ReadError: not a valid DOCX (truncated, corrupt, or an old .doc renamed).
        EmptyDocumentError: no text in the body.

    Example:
        >>> "一、总体要求" in read(Path("tests/fixtures/notice.docx")).text.splitlines()
        True
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError, SyntaxError) as exc:
        # lxml's XMLSyntaxError is a SyntaxError; a renamed .doc is not a zip at all.
        raise ReadError(
            f"{path.name}: not a readable DOCX ({type(exc).__name__}: {exc}); open it in Word or "
            f"LibreOffice, save it as .docx again and add it again"
        ) from exc
    try:
        lines = list(_body_lines(document))
    except (KeyError, ValueError, SyntaxError) as exc:
        raise ReadError(f"{path.name}: broken DOCX parts ({exc}); save it as .docx again and add it again") from exc
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError(f"{path.name}: the document body has no text; check that it is the notice itself")
    return RawDocument(path=str(path), format="docx", text=text)


def _body_lines(document: Any) -> Iterator[str]:
    numbering = Numbering.from_part(_numbering_root(document))
    style_num = _style_numbering(document)
    numbering.resolve_style_links(style_num)
    default_style = _default_style_id(document)
    for line in _walk(document.element.body, numbering, style_num, default_style):
        if line.strip():
            yield line


def _numbering_root(document: Any) -> Any | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _style_numbering(document: Any) -> dict[str, tuple[str, int | None]]:
    """styleId → (numId, ilvl) for paragraph styles that carry numbering, following basedOn."""
    styles_root = document.styles.element
    raw: dict[str, tuple[str | None, int | None, str | None]] = {}
    for style in styles_root.iter(_q("style")):
        sid = style.get(_q("styleId"))
        ppr = style.find(_q("pPr"))
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        raw[sid] = (num_id, int(ilvl) if ilvl is not None else None, _val(style, "basedOn"))
    resolved: dict[str, tuple[str, int | None]] = {}
    for sid in raw:
        seen: set[str] = set()
        cur: str | None = sid
        num_id, ilvl = None, None
        while cur and cur in raw and cur not in seen:
            seen.add(cur)
            n, lv, based = raw[cur]
            num_id = num_id or n
            ilvl = ilvl if ilvl is not None else lv
            cur = based
        if num_id and num_id != "0":
            resolved[sid] = (num_id, ilvl)
    return resolved


def _default_style_id(document: Any) -> str | None:
    """The default paragraph style id (used when a paragraph names none)."""
    for style in document.styles.element.iter(_q("style")):
        if style.get(_q("type")) == "paragraph" and style.get(_q("default")) in ("1", "true"):
            return style.get(_q("styleId"))  # type: ignore[no-any-return]
    return None


def _walk(container: Any, numbering: Numbering, style_num: dict[str, tuple[str, int | None]],
          default_style: str | None) -> Iterator[str]:
    """Lines of a body or table cell in document order (w:p, w:tbl, content controls)."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _q("p"):
            yield _paragraph_text(child, numbering, style_num, default_style)
        elif tag == _q("tbl"):
            yield from _table_lines(child, numbering, style_num, default_style)
        elif tag in (_q("sdt"), _q("customXml")):
            content = child.find(_q("sdtContent"))
            yield from _walk(content if content is not None else child, numbering, style_num, default_style)


def _paragraph_text(p: Any, numbering: Numbering, style_num: dict[str, tuple[str, int | None]],
                    default_style: str | None) -> str:
    from docx.text.paragraph import Paragraph

    text = Paragraph(p, None).text
    ppr = p.find(_q("pPr"))
    num_pr = ppr.find(_q("numPr")) if ppr is not None else None
    style_id = _val(ppr, "pStyle") or default_style
    num_id = _val(num_pr, "numId")
    ilvl_raw = _val(num_pr, "ilvl")
    from_style = style_num.get(style_id or "")
    if num_id is None and from_style:
        num_id = from_style[0]
    if ilvl_raw is None and from_style and from_style[0] == num_id:
        ilvl_raw = str(from_style[1] or 0)
    if not num_id or num_id == "0":  # numId 0 switches a style's numbering off
        return text
    return numbering.label(num_id, int(ilvl_raw or 0)) + text


def _table_lines(tbl: Any, numbering: Numbering, style_num: dict[str, tuple[str, int | None]],
                 default_style: str | None) -> Iterator[str]:
    """One line per row, cells joined by a tab; merged cells are written once."""
    for tr in tbl.iterchildren(_q("tr")):
        cells: list[str] = []
        for tc in tr.iterchildren(_q("tc")):
            tcpr = tc.find(_q("tcPr"))
            vmerge = tcpr.find(_q("vMerge")) if tcpr is not None else None
            if vmerge is not None and vmerge.get(_q("val")) in (None, "continue"):
                continue  # the text sits in the first cell of a vertical merge
            parts = [ln.strip() for ln in _walk(tc, numbering, style_num, default_style) if ln.strip()]
            cells.append(" ".join(parts))
        if any(cells):
            yield "\t".join(cells)
