"""Read a text PDF: lines with their geometry, running headers/footers dropped, wraps rejoined.

Text comes from pypdfium2 (a pdfplumber dependency, ~50x faster than
``pdfplumber.extract_text``). pdfium returns characters in content-stream order,
which misplaces glyphs drawn out of order (curly quotes set in a second font);
reading its *text rectangles* and sorting them by position restores the visual
order. ``read(path, engine="pdfplumber")`` gives the slower pdfplumber lines
for comparison or for a PDF that pdfium handles badly.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorruptFileError, EmptyDocumentError, EncryptedError, ReadError, TooLargeError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS, SPLIT_ADVICE, is_blank
from ..zh import paragraph_start_re


@dataclass(frozen=True)
class Line:
    """One printed line: text and box in PDF points, ``top`` measured from the page top."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


# Running-header/footer lines that are page numbers whatever the document:
# "- 3 -", "—3—", "3", "第3页 共10页", "共10页 第3页", "3/10", "Page 3 of 10".
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－－~～\s]*\d{1,4}[-—–－~～\s]*"
    r"|第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)
# Line ends that close a paragraph; a quote or bracket closes only after a full stop.
_CLOSING = re.compile(r"(?:[。！？；：:;!?]|[。！？][”’」』）)])\s*$")
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")

# How many lines at each page edge may be running headers or footers.
_EDGE_LINES = 2
# Pages per allowed character above which a PDF is refused before reading: a
# GB/T 9704 page holds 22 lines of 28 characters (616), so 1 page per 500
# allowed characters (4,000 pages by default, ~2 minutes of reading at the
# measured ~35 pages/s) leaves room for sparse pages. Text-rich PDFs stop
# earlier: reading ends as soon as the text passes max_chars.
_CHARS_PER_PAGE = 500


def read(path: Path, engine: str = "pdfium", *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.pdf`` notice; a scan without a text layer is read by OCR (``text_source="ocr"``).

    Args:
        path: the file.
        engine: ``"pdfium"`` (fast, default) or ``"pdfplumber"``.

    Returns:
        A RawDocument with format ``"pdf"``, paragraphs separated by newlines, and ``pages``.

    Raises:
        ReadError: corrupt or password-protected PDF.
        OCRUnavailableError: no page has a text layer (a scan) and Tesseract is not installed.
        EmptyDocumentError: no text layer, and OCR found no text either.

    Example:
        >>> raw = read(Path("tests/fixtures/notice.pdf"))
        >>> raw.pages, raw.text.splitlines()[0]
        (5, '乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知')
    """
    path = Path(path)
    if is_blank(path):
        raise EmptyDocumentError(f"{path.name}: the file is empty; download the PDF again or remove it")
    if engine == "pdfium":
        source = _pages_pdfium(path, max_chars)
    elif engine == "pdfplumber":
        source = _pages_pdfplumber(path, max_chars)
    else:
        raise ValueError(f"unknown PDF engine {engine!r}; use 'pdfium' or 'pdfplumber'")
    pages: list[list[Line]] = []
    warnings: list[str] = []
    chars = 0
    for number, total, page in source:
        if isinstance(page, str):
            warnings.append(page)
            page = []
        pages.append(page)
        chars += sum(len(line.text) for line in page)
        if chars > max_chars:
            raise TooLargeError(
                f"{path.name}: more than {max_chars:,} characters of text in its first {number} of {total:,} pages, "
                f"far beyond any notice (limit {max_chars:,}); {SPLIT_ADVICE}"
            )
    if pages and len(warnings) == len(pages):
        raise CorruptFileError(
            f"{path.name}: not a readable PDF (none of its {len(pages)} pages loads); download it again or "
            f"repair it (e.g. qpdf in.pdf out.pdf)"
        )
    if not any(line.text.strip() for page in pages for line in page):
        # A scan: read its page images with OCR (see extract.readers.ocr).
        from .ocr import read_pdf

        return read_pdf(path, len(pages))
    body = strip_running_lines(pages)
    text = "\n".join(join_lines([line for page in body for line in page]))
    return RawDocument(path=str(path), format="pdf", text=text, pages=len(pages), warnings=tuple(warnings))


def _check_pages(path: Path, count: int, max_chars: int) -> None:
    """Refuse, before reading, a PDF with more pages than any notice (see ``_CHARS_PER_PAGE``); and one with none."""
    if count == 0:
        raise CorruptFileError(f"{path.name}: the PDF has no pages (damaged?); download it again or repair it (e.g. qpdf in.pdf out.pdf)")
    limit = max(1, max_chars // _CHARS_PER_PAGE)
    if count > limit:
        raise TooLargeError(
            f"{path.name}: {count:,} pages, far beyond any notice (the limit for {max_chars:,} characters of "
            f"text is {limit:,} pages); {SPLIT_ADVICE}"
        )


def _skipped(number: int, total: int, exc: Exception) -> str:
    """The warning for a page that does not load: the others are still read."""
    return f"page {number} of {total} could not be read ({exc}) and was skipped; its text is missing"


# --------------------------------------------------------------------------- engines


def _open_error(path: Path, exc: Exception) -> ReadError:
    # repr, not str: pdfplumber wraps pdfminer's PDFPasswordIncorrect with an empty message.
    message = repr(exc).lower()
    if "password" in message or "encrypt" in message:
        return EncryptedError(
            f"{path.name}: the PDF is password-protected; remove the password "
            f"(e.g. qpdf --decrypt --password=... in.pdf out.pdf) and add it again"
        )
    return CorruptFileError(
        f"{path.name}: not a readable PDF ({exc}); download it again or repair it (e.g. qpdf in.pdf out.pdf)"
    )


def _pages_pdfium(path: Path, max_chars: int) -> Iterator[tuple[int, int, list[Line] | str]]:
    """(page number, page count, lines) per page via pdfium's text rectangles, in reading order.

    A page that pdfium cannot load or read gives the warning text instead of lines.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    try:
        total = len(pdf)
        _check_pages(path, total, max_chars)
        for index in range(total):
            try:
                yield index + 1, total, _page_lines_pdfium(pdf, index)
            except pdfium.PdfiumError as exc:
                # "Failed to load page": one damaged page object; the others may be fine.
                yield index + 1, total, _skipped(index + 1, total, exc)
    finally:
        pdf.close()


def _page_lines_pdfium(pdf: object, index: int) -> list[Line]:
    page = pdf[index]  # type: ignore[index]
    try:
        textpage = page.get_textpage()
        try:
            height = page.get_height()
            pieces: list[Line] = []
            for i in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(i)
                text = textpage.get_text_bounded(left, bottom, right, top)
                text = text.replace("\r", "").replace("\n", "")
                if text.strip():
                    pieces.append(Line(text, left, right, height - top, height - bottom))
            return _group_lines(pieces)
        finally:
            textpage.close()
    finally:
        # Unclosed pdfium pages keep their memory until the document closes.
        page.close()


def _pages_pdfplumber(path: Path, max_chars: int) -> Iterator[tuple[int, int, list[Line] | str]]:
    """(page number, page count, lines) per page via pdfplumber (exact, slower)."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many kinds (PDFSyntaxError, PSEOF, ...)
        raise _open_error(path, exc) from exc
    with pdf:
        try:
            total = len(pdf.pages)
        except Exception as exc:  # noqa: BLE001  pdfminer again, while walking the page tree
            raise _open_error(path, exc) from exc
        _check_pages(path, total, max_chars)
        for number, page in enumerate(pdf.pages, 1):
            try:
                yield number, total, [
                    Line(d["text"], d["x0"], d["x1"], d["top"], d["bottom"])
                    for d in page.extract_text_lines(return_chars=False)
                ]
            except Exception as exc:  # noqa: BLE001  pdfminer: a damaged page's content stream
                yield number, total, _skipped(number, total, exc)
            finally:
                # Without close() a 409-page PDF holds ~1 GB of cached objects.
                page.close()


def _group_lines(pieces: list[Line]) -> list[Line]:
    """Merge text pieces that share a baseline into lines, top to bottom, left to right."""
    if not pieces:
        return []
    char = _char_size(pieces)
    # Boxes of one line differ in height (a Latin quote sits high, a CJK glyph of a
    # non-embedded font has no height at all), so compare bottoms loosely: well
    # under the 1.2+ em between baselines of consecutive lines.
    tolerance = max(1.5, 0.6 * char)
    pieces.sort(key=lambda p: ((p.top + p.bottom) / 2, p.x0))
    rows: list[list[Line]] = []
    row_top = row_bottom = 0.0
    for piece in pieces:
        overlaps = piece.top <= row_bottom + 1.0 and piece.bottom >= row_top - 1.0
        if rows and (overlaps or abs(piece.bottom - row_bottom) <= tolerance):
            rows[-1].append(piece)
            row_top, row_bottom = min(row_top, piece.top), max(row_bottom, piece.bottom)
        else:
            rows.append([piece])
            row_top, row_bottom = piece.top, piece.bottom
    lines = []
    for row in rows:
        row.sort(key=lambda p: p.x0)
        text = row[0].text
        for prev, cur in zip(row, row[1:]):
            # A visible gap between two pieces is a space the PDF did not encode as a glyph.
            gap = cur.x0 - prev.x1
            if gap > 0.3 * char and not text.endswith(" ") and not cur.text.startswith(" "):
                text += " "
            text += cur.text
        lines.append(
            Line(text, row[0].x0, max(p.x1 for p in row), min(p.top for p in row), max(p.bottom for p in row))
        )
    return lines


def _char_size(lines: list[Line]) -> float:
    """Typical width of one CJK character (≈ font size), from line widths and lengths."""
    widths = [(ln.x1 - ln.x0) / n for ln in lines if (n := _display_len(ln.text)) >= 2]
    return statistics.median(widths) if widths else 12.0


_NARROW = re.compile("[\x00-\u2e7f]")


def _display_len(text: str) -> float:
    """Length in CJK character widths: ASCII counts as half."""
    text = text.strip()
    # Counting in C instead of summing per character in Python; halves and
    # whole numbers add up exactly in floating point, so the sum is the same.
    narrow = len(text) if text.isascii() else len(_NARROW.findall(text))
    return (0.5 * narrow + (len(text) - narrow)) or 1.0


# --------------------------------------------------------------------------- layout


def _edge_key(text: str) -> str:
    """Compare running lines across pages regardless of page numbers and spacing."""
    return _DIGITS.sub("#", _WS.sub("", text))


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number.

    Example:
        >>> is_page_number("第3页 共10页"), is_page_number("- 3 -"), is_page_number("2023年")
        (True, True, False)
    """
    return bool(_PAGE_NUMBER.match(text.strip()))


def strip_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and the headers/footers repeated at the same edge of most pages.

    A line at the top or bottom edge goes if it is a page number, or if the same
    text (digits ignored) sits at that edge on at least half the pages (two at least).

    Example:
        "乌海市教育局文件" above every page and "- 3 -" below it are removed; a
        body line that merely starts a page stays.
    """
    counts: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    for page in pages:
        counts["top"].update({_edge_key(ln.text) for ln in page[:_EDGE_LINES]})
        counts["bottom"].update({_edge_key(ln.text) for ln in page[-_EDGE_LINES:]})
    threshold = max(2, (len(pages) + 1) // 2)

    def running(line: Line, edge: str) -> bool:
        return is_page_number(line.text) or counts[edge][_edge_key(line.text)] >= threshold

    out = []
    for page in pages:
        start, end = 0, len(page)
        while start < min(_EDGE_LINES, end) and running(page[start], "top"):
            start += 1
        while end > start and len(page) - end < _EDGE_LINES and running(page[end - 1], "bottom"):
            end -= 1
        out.append(page[start:end])
    return out


def join_lines(lines: list[Line]) -> list[str]:
    """Rejoin hard-wrapped lines into paragraphs.

    A line continues on the next one when it reaches near the right margin and
    does not end with closing punctuation, unless the next line is indented (a
    new paragraph's first line) or starts with a heading marker. In a document
    whose paragraphs are indented, closing punctuation does not matter.

    Example:
        "现将《乌海市…方案》印发给你们,请结合实际认真贯" + "彻执行。" →
        "现将《乌海市…方案》印发给你们,请结合实际认真贯彻执行。"
    """
    lines = [ln for ln in lines if ln.text.strip()]
    if not lines:
        return []
    char = _char_size(lines)
    right = _margin([ln.x1 for ln in lines], high=True)
    left = _margin([ln.x0 for ln in lines], high=False)
    starts = sum(1 for ln in lines if left + 1.0 * char < ln.x0 <= left + 4.5 * char)
    indented = starts >= max(2, 0.1 * len(lines))
    paragraphs: list[str] = []
    current = lines[0].text.strip()
    for prev, line in zip(lines, lines[1:]):
        text = line.text.strip()
        wrapped = (
            # Ragged-right text stops up to a character short, plus one pushed down by
            # the rule that keeps ，。 off a line start.
            prev.x1 >= right - 2.0 * char
            # Where paragraphs are indented the indent alone marks a new one, so a
            # full line ending in 。 mid-paragraph still continues.
            and (indented or not _CLOSING.search(current))
            and line.x0 <= left + 1.0 * char
            and not paragraph_start_re().match(text)
        )
        if wrapped:
            # Latin words wrapped at a space need it back; CJK and digits join directly.
            sep = " " if current[-1:].isascii() and current[-1:].isalpha() and text[:1].isascii() and text[:1].isalpha() else ""
            current += sep + text
        else:
            paragraphs.append(current)
            current = text
    paragraphs.append(current)
    return paragraphs


def _margin(values: list[float], *, high: bool) -> float:
    """The text block's edge: the value most full lines share, robust to a few outliers."""
    ordered = sorted(values)
    if high:
        # The 90th percentile ignores a stray wide line (a table, a long URL).
        return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return ordered[int(0.1 * (len(ordered) - 1))]
