"""Document readers: one module per format, each with ``read(path) -> RawDocument``.

Readers produce faithful text (and header ``fields`` where the format has them);
boilerplate removal and normalisation belong to ``extract.clean``.

Example:
    >>> from extract.readers import read
    >>> raw = read(Path("corpus/004_39fd71eae852dec9.txt"))
    >>> raw.format
    'txt'
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from ..errors import ReadError, UnsupportedFormatError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS, too_large

__all__ = ["DEFAULT_MAX_CHARS", "SUPPORTED", "read"]

# Extension → reader module; modules are imported on first use so that reading
# .txt does not pay for pdfium, trafilatura or python-docx.
_MODULES: dict[str, str] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    # Pages saved from CMS sites keep the server's extension (静态 .shtml,
    # .xhtml, and the dynamic .asp/.aspx/.jsp/.php of school and bureau sites).
    ".shtml": "html",
    ".shtm": "html",
    ".xhtml": "html",
    ".asp": "html",
    ".aspx": "html",
    ".jsp": "html",
    ".php": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "office",  # through LibreOffice (soffice --convert-to docx)
    ".wps": "office",
    # A CSV export of an OA / CMS database: the text and fields of the record with the longest text.
    ".csv": "csv_export",
    # The same export with tabs between the fields (the delimiter is sniffed from the header).
    ".tsv": "csv_export",
    # A JSON export of a CMS / OA database or a site's API: the object with the longest notice text.
    ".json": "json_export",
    # An SQL dump of an OA / CMS table (INSERT INTO … VALUES): the row with the longest notice text.
    ".sql": "sql_dump",
    # Scans of printed notices, read by OCR (Tesseract, simplified Chinese).
    ".png": "ocr",
    ".jpg": "ocr",
    ".jpeg": "ocr",
    ".tif": "ocr",
    ".tiff": "ocr",
}
SUPPORTED: frozenset[str] = frozenset(_MODULES)

# Formats people often have, with the conversion that makes them readable.
_HINTS: dict[str, str] = {
    ".rtf": "save it as .docx or .txt",
    ".xls": "save the sheet as .txt or .docx",
    ".xlsx": "save the sheet as .txt or .docx",
    ".ofd": "export it to PDF in an OFD reader and add the PDF",
    ".mhtml": "save the page as .html",
}


def reader_for(path: Path) -> Callable[[Path], RawDocument]:
    """The ``read`` function for a path's extension (lower-cased).

    Raises:
        UnsupportedFormatError: the extension is not in ``SUPPORTED``.

    Example:
        >>> reader_for(Path("通知.PDF")).__module__
        'extract.readers.pdf'
    """
    ext = path.suffix.lower()
    module = _MODULES.get(ext)
    if module is None:
        shown = ext or "(none)"
        hint = _HINTS.get(ext, "convert it to .txt, .html, .pdf or .docx")
        raise UnsupportedFormatError(f"{path.name}: unsupported extension {shown}; {hint}")
    return import_module(f"{__name__}.{module}").read  # type: ignore[no-any-return]


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a notice in any supported format.

    Args:
        path: a ``.txt``, ``.html``/``.htm`` (or a page saved with its server's
            extension: ``.shtml``, ``.xhtml``, ``.asp``, ``.aspx``, ``.jsp``, ``.php``), ``.pdf``, ``.docx``, ``.doc`` or
            ``.wps`` file (the last two need LibreOffice), a ``.csv`` export of an OA/CMS
            database (header row, the notice's text in one column), a ``.json`` export
            of a CMS table or a site's API (objects whose keys name the fields), a ``.sql``
            dump of such a table (INSERT statements), or a scan (``.png``,
            ``.jpg``/``.jpeg``, ``.tif``/``.tiff``) read by OCR (needs Tesseract).
        max_chars: refuse a file with more characters of text than this
            (readers refuse it before reading where the format tells its size).

    Returns:
        The decoded text, header fields and page count.

    Raises:
        UnsupportedFormatError: unknown extension.
        TooLargeError: more than ``max_chars`` characters of text.
        ReadError: missing file, corrupt or encrypted file (subclasses say more).

    Example:
        >>> read(Path("tests/fixtures/notice.docx")).text.splitlines()[10]
        '一、总体要求'
    """
    path = Path(path)
    reader = reader_for(path)
    if not path.exists():
        raise ReadError(f"{path.name}: no such file ({path}); check the path")
    if not path.is_file():
        raise ReadError(f"{path.name}: not a file ({path}); give the path of one notice")
    raw = reader(path, max_chars=max_chars)
    if len(raw.text) > max_chars:
        raise too_large(path.name, len(raw.text), max_chars)
    return raw

