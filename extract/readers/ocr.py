"""Read scanned notices: images (.png .jpg .tif …) and PDF pages without a text layer, by OCR.

Tesseract with its simplified-Chinese model (Debian ``tesseract-ocr`` +
``tesseract-ocr-chi-sim``) reads each page; the binary is called directly
(one process per page, PNG on stdin, TSV on stdout), which needs no Python
wrapper and lets a page be stopped after ``PAGE_TIMEOUT`` seconds.
pytesseract does the same through temporary files; ocrmypdf adds a text layer
to a PDF that would then be read back with pdfium, paying for a PDF rewrite.

The TSV output gives each printed line with its box, so the same layout code
as text PDFs applies: running headers and page numbers are dropped and
hard-wrapped lines rejoined (:func:`extract.readers.pdf.strip_running_lines`,
:func:`~extract.readers.pdf.join_lines`). The text then goes through the
general OCR repairs of :mod:`extract.ocr_repair` (spaces between Chinese
characters, 一/—, 〇/O in dates, boxes) before the usual cleaning.

Example: ``read(Path("通知.png"))`` gives a RawDocument with ``text_source="ocr"``
whose first line is the notice's title, 某县教育局关于…的通知.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CorruptFileError, EmptyDocumentError, OCRUnavailableError, ReadError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS

if TYPE_CHECKING:  # Pillow is imported only when a scan is read
    from PIL.Image import Image

__all__ = ["LANG", "MAX_PAGES", "OCR_DPI", "PAGE_TIMEOUT", "ocr_pages", "read", "read_pdf", "require_tesseract"]

# Tesseract's simplified-Chinese model; it reads the Latin letters and digits of a notice too.
LANG = "chi_sim"
# A fixed cap, not one derived from max_chars: a full GB/T 9704 page holds
# ~600 characters, so the default 2,000,000-character limit would allow
# thousands of pages (hours of OCR). 100 pages is longer than any notice with
# its attachments and takes a few minutes.
MAX_PAGES = 100
# Seconds for one page; an A4 page at 200 dpi takes ~2 s of one core (bench/ocr.py).
PAGE_TIMEOUT = 60.0
# Pages are read at this resolution: PDF pages are rendered at it, scans are
# enlarged or reduced to it. On the first pages of the seed notices scanned at
# 150 and 300 dpi (bench/ocr.py's scanner), mean character accuracy was
# 0.965 / 0.967 at 200 dpi with the median filter below, 0.804 / 0.967 at
# 200 dpi without it and 0.820 / 0.947 at 300 dpi without it; Tesseract's
# chi_sim model reads characters ~40 px high best, and 200 dpi costs less than half of 300.
OCR_DPI = 200
# Size of the median filter that removes specks and sensor noise (0: none);
# it took the 150 dpi scans from 0.80 to 0.965 and cost the 300 dpi ones nothing.
MEDIAN = 3
# Pages OCR'd at once (one Tesseract process each, single-threaded).
JOBS = max(1, min(4, os.cpu_count() or 1))
# Page segmentation mode 6: one uniform block of text. A notice page is one
# column; the automatic layout analysis (mode 3) cut lines of seed notices into
# fragments and was slower.
PSM = 6

# A line of at most this many characters read with less than this mean confidence (0-100) is dropped.
SPECK_CHARS = 4
SPECK_CONFIDENCE = 30.0

_INSTALL_HINT = (
    "install Tesseract and its simplified-Chinese model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim; "
    "or run scripts/setup.sh as root)"
)


@lru_cache(maxsize=1)
def _tesseract() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise OCRUnavailableError(f"Tesseract (the OCR program) is not installed; {_INSTALL_HINT}")
    try:
        langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise OCRUnavailableError(f"Tesseract at {path} does not run ({exc}); {_INSTALL_HINT}") from exc
    if LANG not in langs.split():
        raise OCRUnavailableError(f"Tesseract's simplified-Chinese model ({LANG}) is not installed; {_INSTALL_HINT}")
    return path


def require_tesseract(name: str) -> str:
    """The tesseract binary, or OCRUnavailableError naming the file that needed it.

    The check runs once per process (``_tesseract.cache_clear()`` after installing).

    Example: ``require_tesseract("scan.png")`` → ``"/usr/bin/tesseract"``.
    """
    try:
        return _tesseract()
    except OCRUnavailableError as exc:
        raise OCRUnavailableError(f"{name}: needs OCR, but {exc}") from None


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read an image of a notice (PNG, JPEG, TIFF; every page of a multi-page TIFF).

    Raises:
        OCRUnavailableError: Tesseract or its Chinese model is not installed.
        ReadError: not a readable image, more than ``MAX_PAGES`` pages, or OCR timed out.
        EmptyDocumentError: OCR found no text (a photo, a blank page).

    Example: ``read(Path("通知.png")).text_source`` → ``"ocr"``.
    """
    path = Path(path)
    require_tesseract(path.name)
    images = list(_image_pages(path))
    text = ocr_pages(path.name, images)
    if not text.strip():
        raise EmptyDocumentError(
            f"{path.name}: OCR found no text in the image (a photo, a blank or an unreadable scan?); "
            "add a scan of the notice's printed pages, at 300 dpi if you can"
        )
    fmt = path.suffix.lower().lstrip(".")
    return RawDocument(path=str(path), format={"jpeg": "jpg", "tiff": "tif"}.get(fmt, fmt), text=text,
                       pages=len(images), text_source="ocr")


def read_pdf(path: Path, pages: int) -> RawDocument:
    """OCR every page of a PDF that has no text layer (called by the PDF reader).

    Raises:
        OCRUnavailableError: Tesseract or its Chinese model is not installed.
        ReadError: more than ``MAX_PAGES`` pages, or OCR of a page timed out.
        EmptyDocumentError: OCR found no text on any page.
    """
    require_tesseract(path.name)
    _check_pages(path.name, pages)
    text = ocr_pages(path.name, _pdf_pages(path))
    if not text.strip():
        raise EmptyDocumentError(
            f"{path.name}: no text layer, and OCR found no text on its {pages} page(s) "
            "(a blank or picture-only scan?); run OCR on a better scan (300 dpi) or add the notice's text"
        )
    return RawDocument(path=str(path), format="pdf", text=text, pages=pages, text_source="ocr")


def ocr_pages(name: str, images: Iterable[Image]) -> str:
    """OCR page images and lay their lines out as text PDFs are, then repair OCR damage.

    Example: ``ocr_pages("scan.png", [Image.open("scan.png")])`` → ``"乌海市教育局关于…的通知\\n…"``.
    """
    from dataclasses import replace

    from ..ocr_repair import LINE_STEPS, join_broken_lines, repair
    from .pdf import join_lines, strip_running_lines

    from concurrent.futures import ThreadPoolExecutor

    # Tesseract runs in its own process, so threads read pages in parallel.
    # A batch at a time, so that a long scan is not held in memory as images.
    pages: list[list] = []
    batch: list[tuple[int, Image]] = []
    with ThreadPoolExecutor(JOBS) as pool:
        for job in enumerate(images, start=1):
            batch.append(job)
            if len(batch) == JOBS:
                pages += pool.map(lambda j: _ocr_lines(name, *j), batch)
                batch = []
        pages += pool.map(lambda j: _ocr_lines(name, *j), batch)
    # Misread characters are repaired line by line first, so that a page
    # number read as 一3一 is dropped like - 3 - and a heading read as —、 starts a paragraph.
    pages = [[replace(ln, text=repair(ln.text, LINE_STEPS)) for ln in page] for page in pages]
    body = strip_running_lines(pages)
    return join_broken_lines("\n".join(join_lines([line for page in body for line in page])))


# --------------------------------------------------------------------------- pages


def _check_pages(name: str, pages: int) -> None:
    if pages > MAX_PAGES:
        raise ReadError(
            f"{name}: {pages} scanned pages, more than a notice has (OCR stops at {MAX_PAGES}); "
            "split it into its notices (e.g. qpdf in.pdf --pages . 1-20 -- out.pdf) and add them"
        )


def _image_pages(path: Path) -> Iterator[Image]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(path)
        frames = getattr(image, "n_frames", 1)
        _check_pages(path.name, frames)
        pages = [_prepared(frame.copy()) for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(
            f"{path.name}: not a readable image ({exc}); save the scan again as PNG, JPEG or TIFF"
        ) from exc
    yield from pages


def _prepared(image: Image) -> Image:
    """Grey levels at ``OCR_DPI``, despeckled: what Tesseract reads best."""
    from PIL import Image as PILImage, ImageFilter

    dpi = image.info.get("dpi", (0, 0))[0] or _guess_dpi(image)
    if image.mode not in ("L", "1"):
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            white = PILImage.new("RGBA", image.size, "white")
            image = PILImage.alpha_composite(white, image)
    image = image.convert("L")
    if dpi > 0 and abs(dpi - OCR_DPI) > 0.05 * OCR_DPI:
        scale = OCR_DPI / dpi
        image = image.resize((round(image.width * scale), round(image.height * scale)), PILImage.Resampling.LANCZOS)
        dpi = OCR_DPI
    if MEDIAN:
        image = image.filter(ImageFilter.MedianFilter(MEDIAN))
    image.info["dpi"] = (dpi, dpi)
    return image


def _guess_dpi(image: Image) -> float:
    # No resolution recorded: take the image as an A4 page (8.27 in wide) if it is upright.
    return image.width / 8.27 if image.height >= image.width else image.width / 11.69


def _pdf_pages(path: Path) -> Iterator[Image]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise CorruptFileError(f"{path.name}: not a readable PDF ({exc}); download it again or repair it") from exc
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
                image.info["dpi"] = (OCR_DPI, OCR_DPI)
                yield _prepared(image)
            finally:
                page.close()
    finally:
        pdf.close()


# --------------------------------------------------------------------------- tesseract


def _ocr_lines(name: str, number: int, image: Image) -> list:
    """The printed lines of one page image, with their boxes in pixels, top to bottom."""
    from .pdf import Line

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    dpi = round(image.info.get("dpi", (0, 0))[0]) or OCR_DPI
    # One thread: Tesseract's OpenMP threads made a page 4x slower on 2 cores,
    # and build workers already use the cores.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = [_tesseract(), "stdin", "stdout", "-l", LANG, "--psm", str(PSM), "--dpi", str(dpi), "tsv"]
    try:
        done = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired as exc:
        raise ReadError(
            f"{name}: OCR of page {number} took more than {PAGE_TIMEOUT:.0f} s; "
            "check the scan is a page of text (not a huge picture) and try again"
        ) from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise ReadError(f"{name}: OCR of page {number} failed ({detail[0]}); check the scan opens in an image viewer")
    return _tsv_lines(done.stdout.decode("utf-8", "replace"), Line)


def _tsv_lines(tsv: str, make_line: type) -> list:
    """Group Tesseract's TSV words into lines; line boxes come from its level-4 rows.

    Word boxes of Chinese text are unreliable (a word spans a character or two
    of arbitrary width), so words are joined without spaces, except between
    two Latin words or numbers, where Tesseract's own word break is a space.
    """
    boxes: dict[tuple[str, str, str], tuple[int, int, int, int]] = {}
    words: dict[tuple[str, str, str], list[str]] = {}
    confidence: dict[tuple[str, str, str], list[float]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        key = (row["block_num"], row["par_num"], row["line_num"])
        if row["level"] == "4":
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            boxes[key] = (left, top, left + width, top + height)
        elif row["level"] == "5" and (row.get("text") or "").strip():
            words.setdefault(key, []).append(row["text"].strip())
            confidence.setdefault(key, []).append(float(row["conf"]))
    lines = []
    for key, parts in words.items():
        if _speck(parts, confidence[key]):
            continue
        x0, top, x1, bottom = boxes[key]
        text = parts[0]
        for word in parts[1:]:
            latin = text[-1].isascii() and text[-1].isalnum() and word[0].isascii() and word[0].isalnum()
            text += (" " if latin else "") + word
        lines.append(make_line(text, float(x0), float(x1), float(top), float(bottom)))
    lines.sort(key=lambda ln: (ln.top + ln.bottom) / 2)
    return lines


def _speck(words: list[str], confidence: list[float]) -> bool:
    """A short line read with little confidence is dirt on the scan (a speck, a stamp's edge), not print.

    On the noisy seed scans such lines scored 5-20 and real lines 45-97.
    """
    return sum(map(len, words)) <= SPECK_CHARS and sum(confidence) / len(confidence) < SPECK_CONFIDENCE
