"""Read a Word ``.docx`` notice: body paragraphs and tables in order, list numbers recovered.

Word keeps automatic numbering (一、 （一） 1.) out of the run text, in
``numbering.xml``; without it the headings the segmenter needs vanish, so this
reader renders the numbers the way Word displays them and prefixes them to the
paragraph text.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CorruptFileError, EmptyDocumentError, EncryptedError, ReadError, TooLargeError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS, is_blank, megabytes, too_big
from ..zh import to_chinese

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _int(value: str | None, default: int) -> int:
    """An integer attribute, or ``default`` when it is missing or not a number (a damaged file)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# Word's list levels are 0-8 and its counters stop at 32767; anything else
# comes from a damaged file (and "%1" at level 10^9 would loop 10^9 times).
_LEVELS = range(9)
_MAX_COUNTER = 32767


def _val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of child ``w:<tag>`` of ``el``, or None."""
    if el is None:
        return None
    child = el.find(_q(tag))
    return None if child is None else child.get(_q("val"))


# --------------------------------------------------------------------------- number formats

_CN_DIGITS = "零一二三四五六七八九"  # ideographDigital: one character per digit
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


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
    if not 0 <= n <= _MAX_COUNTER:
        return str(n)  # beyond Word's counters: a damaged file, and "A" * n would be huge
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        if fmt == "ideographDigital":
            return "".join(_CN_DIGITS[int(d)] for d in str(n))
        return to_chinese(n)
    if fmt == "chineseLegalSimplified":
        return to_chinese(n, _CN_LEGAL, "拾佰仟")
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
                ilvl = _int(lvl.get(_q("ilvl")), 0)
                if ilvl not in _LEVELS:
                    continue
                restart = _val(lvl, "lvlRestart")
                levels[ilvl] = _Level(
                    start=min(max(_int(_val(lvl, "start"), 1), 0), _MAX_COUNTER),
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                    suffix=_val(lvl, "suff") or "tab",
                    restart=_int(restart, 0) if restart is not None else None,
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
                ilvl = _int(ov.get(_q("ilvl")), 0)
                if start is not None and ilvl in _LEVELS:
                    numbering.overrides.setdefault(nid, {})[ilvl] = min(max(_int(start, 1), 0), _MAX_COUNTER)
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


# --------------------------------------------------------------------------- package

# Bytes of document XML per allowed character of text above which a DOCX is
# refused before inflating it. Word writes 5-60 bytes of XML per character of
# a notice (run properties, revision ids, table cell properties; the fixture
# has 4.8), but the bound is per *allowed* character: 2 million by default,
# so 40 MB of XML, 30-100 times any real notice's document.xml. Reading costs
# ~8 bytes of memory per byte of XML (20 MB of the fixture's XML repeated:
# 174 MB peak RSS, 4.5 million characters), so this also bounds memory.
_XML_BYTES_PER_CHAR = 20
# Inflation ratio above which a large part is a zip bomb. Word's parts
# deflate 2-33-fold (the fixture's styles.xml 29-fold); deflate cannot go
# beyond ~1030-fold, which is what bombs aim at.
_MAX_RATIO = 200
_MIN_BOMB_SIZE = 1_000_000  # a small part cannot hurt, whatever its ratio
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, WPS .wps
# Word saves a password-protected .docx inside an OLE2 container with this stream.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


class _PartError(Exception):
    """A part of the package is damaged; ``why`` says which and how (for an error or a warning)."""

    def __init__(self, why: str, *, xml: bool = False) -> None:
        super().__init__(why)
        self.why = why
        self.xml = xml  # the zip stream is fine, the XML in it is not


class _Package:
    """The parts of a DOCX zip this reader needs, read with their sizes checked first."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, max_chars: int) -> None:
        self.path = path
        self.zf = zf
        self.max_chars = max_chars
        self.names = {info.filename: info for info in zf.infolist()}
        self.warnings: list[str] = []

    def xml(self, name: str, *, recover: bool = False) -> Any | None:
        """The parsed part, None if the package has no such part.

        Raises:
            _PartError: the part is damaged (zip stream or XML).
            TooLargeError: the part is too large for ``max_chars``, or a zip bomb.
        """
        data = self._bytes(name)
        if data is None:
            return None
        from lxml import etree

        try:
            return etree.fromstring(data, _parser(recover=recover))
        except etree.XMLSyntaxError as exc:
            raise _PartError(f"{name} is not well-formed XML: {_xml_error(exc)}", xml=True) from exc

    def helper_xml(self, name: str, loss: str) -> Any | None:
        """A part the text does not depend on (styles, numbering, relationships): if damaged, a warning and None.

        ``loss`` says what is missing without it, for the warning.
        """
        try:
            return self.xml(name)
        except _PartError as exc:
            self.warnings.append(f"{exc.why}; it was skipped, so {loss}")
            return None

    def document_xml(self, name: str) -> Any | None:
        """The main part; if its XML is damaged, what libxml2's recovery mode salvages, with a warning."""
        try:
            return self.xml(name)
        except _PartError as exc:
            if exc.xml:
                root = self.xml(name, recover=True)
                body = None if root is None else root.find(_q("body"))
                if body is not None and "".join(body.itertext()).strip():
                    self.warnings.append(
                        f"{exc.why}; the text libxml2's recovery mode salvages was read, and text near the "
                        f"damage may be missing"
                    )
                    return root
            raise _damaged(self.path, exc.why) from exc

    def _bytes(self, name: str) -> bytes | None:
        info = self.names.get(name)
        if info is None:
            return None
        limit = _XML_BYTES_PER_CHAR * self.max_chars
        if info.file_size > limit:
            raise too_big(self.path.name, f"its {name} inflates to {megabytes(info.file_size)}",
                          f"{megabytes(limit)} of document XML", self.max_chars)
        if info.file_size >= _MIN_BOMB_SIZE and info.file_size > _MAX_RATIO * max(1, info.compress_size):
            raise TooLargeError(
                f"{self.path.name}: its {name} inflates {info.file_size // max(1, info.compress_size):,}-fold "
                f"({megabytes(info.compress_size)} to {megabytes(info.file_size)}), as zip bombs do; Word's parts "
                f"inflate at most ~30-fold: open it in Word or WPS and save it as .docx again if it is a real notice"
            )
        try:
            # zipfile stops at the declared size, so the checks above bound memory.
            return self.zf.read(info)
        except NotImplementedError as exc:
            raise _PartError(f"{name} uses zip compression method {info.compress_type}, "
                             f"which is not one Word writes ({exc})") from exc
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
            raise EncryptedError(f"{self.path.name}: the DOCX is password-protected; open it in Word or WPS, remove "
                            f"the password, save it and add it again") from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
            # Bad CRC, a broken deflate stream, a header offset pointing elsewhere.
            raise _PartError(f"{name} is damaged inside the zip ({exc})") from exc

    def related(self, source: str, rel_type: str, default: str) -> str | None:
        """The part that ``source``'s relationship of ``rel_type`` (the end of its Type URI) targets.

        Without a readable relationships part, ``default`` (where Word puts
        that part) if the package has it.
        """
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        rels = self.helper_xml(rels_name, "the standard part names were used")
        if rels is None:
            return default if default in self.names else None
        for rel in rels:
            if not isinstance(rel.tag, str) or rel.get("TargetMode") == "External":
                continue
            if (rel.get("Type") or "").endswith("/" + rel_type) and rel.get("Target"):
                target = rel.get("Target")
                # Targets are relative to the source's folder, or absolute within the package.
                joined = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                return posixpath.normpath(joined)
        # A damaged relationship (its Type or Target garbled): where Word puts the part.
        return default if default in self.names else None


def _xml_error(exc: SyntaxError) -> str:
    """lxml's message without its ``(<string>, line N)`` suffix and stray line breaks."""
    message = getattr(exc, "msg", None) or str(exc)
    return " ".join(str(message).split())


def _parser(*, recover: bool = False) -> Any:
    """python-docx's element classes (Paragraph.text needs them) on a parser whose limits ours replace.

    libxml2 refuses a text node over 10 MB ("huge text node"): a DOCX whose
    whole text is one run failed with advice to save it again, which cannot
    help. The size checks above bound the XML instead.
    """
    parser = _PARSERS.get(recover)
    if parser is None:
        from docx.oxml.parser import element_class_lookup
        from lxml import etree

        parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True, huge_tree=True,
                                 recover=recover)
        parser.set_element_class_lookup(element_class_lookup)
        _PARSERS[recover] = parser
    return parser


_PARSERS: dict[bool, Any] = {}


def _damaged(path: Path, why: str) -> CorruptFileError:
    return CorruptFileError(
        f"{path.name}: damaged DOCX ({why}); download it again, or open it in Word or WPS "
        f"(which can often repair it), save it as .docx and add it again"
    )


def _head_and_tail(path: Path, size: int = 1 << 16) -> bytes:
    """The first and last 64 KB of a file, where an OLE2 container keeps its directory of streams."""
    with path.open("rb") as f:
        head = f.read(size)
        f.seek(0, 2)
        f.seek(max(len(head), f.tell() - size))
        return head + f.read(size)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot open ({exc.strerror}); check the path and permissions") from exc
    if is_blank(path):
        raise EmptyDocumentError(f"{path.name}: the file is empty; remove it or add the notice again")
    if head == _OLE2:
        if _ENCRYPTED_PACKAGE in _head_and_tail(path):
            raise EncryptedError(
                f"{path.name}: the DOCX is password-protected; open it in Word or WPS, remove the password "
                f"(File > Info > Protect Document), save it and add it again"
            )
        raise ReadError(
            f"{path.name}: an old Word .doc (or WPS) file with a .docx name; convert it "
            f"(`libreoffice --headless --convert-to docx`, or Word's Save As .docx) and add the .docx"
        )
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        if head.startswith(b"PK"):
            raise CorruptFileError(
                f"{path.name}: not a complete DOCX (its zip directory is missing or damaged: {exc}); the file "
                f"is probably truncated: download or copy it again"
            ) from exc
        raise ReadError(
            f"{path.name}: not a DOCX (not a zip file); if it is a Word or WPS document, open it and "
            f"save it as .docx, then add it again"
        ) from exc


# --------------------------------------------------------------------------- reader


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.docx`` notice.

    Only the parts holding text and its numbering are read (document, styles,
    numbering), each refused before inflating if its size in the zip
    directory exceeds 20 bytes of XML per allowed character or looks like a
    zip bomb; a damaged image or theme does not matter.

    Args:
        path: the file.
        max_chars: the most characters of text allowed (bounds the XML read).

    Returns:
        A RawDocument with format ``"docx"``: one line per paragraph, one line per
        table row (cells separated by a tab), numbering labels restored.

    Raises:
        ReadError: not a valid DOCX (truncated, damaged, encrypted, or an old .doc renamed).
        EmptyDocumentError: no text in the body.
        TooLargeError: a part too large for ``max_chars``, or a zip bomb.

    Example:
        >>> "一、总体要求" in read(Path("tests/fixtures/notice.docx")).text.splitlines()
        True
    """
    path = Path(path)
    with _open_zip(path) as zf:
        package = _Package(path, zf, max_chars)
        main = package.related("", "officeDocument", "word/document.xml") or "word/document.xml"
        root = package.document_xml(main)
        if root is None:
            raise ReadError(
                f"{path.name}: not a Word document (the zip has no {main}); if it is another kind of "
                f"file renamed, give it its own extension; if Word opens it, save it as .docx again"
            )
        if root.tag == f"{{{_STRICT_W}}}document":
            raise ReadError(
                f"{path.name}: saved as Strict Open XML, which policykb does not read; open it in Word "
                f"and save it as 'Word Document (*.docx)'"
            )
        body = root.find(_q("body"))
        if body is None:
            raise _damaged(path, f"{main} has no w:body")
        lost = "list numbers (一、 （一）) may be missing"
        styles_part = package.related(main, "styles", "word/styles.xml")
        numbering_part = package.related(main, "numbering", "word/numbering.xml")
        styles = package.helper_xml(styles_part, lost) if styles_part else None
        numbering = package.helper_xml(numbering_part, lost) if numbering_part else None
    try:
        lines = list(_body_lines(body, numbering, styles))
    except RecursionError as exc:
        raise _damaged(path, "tables or content controls nested thousands deep") from exc
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError(f"{path.name}: the document body has no text; check that it is the notice itself")
    return RawDocument(path=str(path), format="docx", text=text, warnings=tuple(package.warnings))


def _body_lines(body: Any, numbering_root: Any | None, styles_root: Any | None) -> Iterator[str]:
    numbering = Numbering.from_part(numbering_root)
    style_num = _style_numbering(styles_root)
    numbering.resolve_style_links(style_num)
    default_style = _default_style_id(styles_root)
    for line in _walk(body, numbering, style_num, default_style):
        if line.strip():
            yield line


def _style_numbering(styles_root: Any | None) -> dict[str, tuple[str, int | None]]:
    """styleId → (numId, ilvl) for paragraph styles that carry numbering, following basedOn."""
    if styles_root is None:
        return {}
    raw: dict[str, tuple[str | None, int | None, str | None]] = {}
    for style in styles_root.iter(_q("style")):
        sid = style.get(_q("styleId"))
        ppr = style.find(_q("pPr"))
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        raw[sid] = (num_id, _int(ilvl, 0) if ilvl is not None else None, _val(style, "basedOn"))
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


def _default_style_id(styles_root: Any | None) -> str | None:
    """The default paragraph style id (used when a paragraph names none)."""
    if styles_root is None:
        return None
    for style in styles_root.iter(_q("style")):
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
    return numbering.label(num_id, _int(ilvl_raw, 0)) + text


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
