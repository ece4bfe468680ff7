"""Read a CSV export of an OA / CMS database: a header row, then one notice a row.

Researchers are handed notices as such exports ("id,doc_no,title,…,content"
or "标题,文号,成文日期,正文"): CRLF, the notice's text in one quoted multi-line
field, UTF-8 or GBK with or without BOM. The reader takes the text of the
body column and gives the record's title, 文号 and dates as header ``fields``
under the labels metadata already reads (the HTML reader's 政务公开 fields), so
the notice's own printed head and signature still win and the export's
columns fill what the text does not print. Which column names mean what is
data: ``csv_columns`` in schema/lexicons/metadata.yml.

A file is one notice in the build (one path, one sha256, one row of
``documents``): the first record with text is read and the records below it
are counted in a warning, never merged into it.

The module is not named ``csv.py`` so that it can never shadow the standard
library's ``csv``, which it uses.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from pathlib import Path

from ..errors import CorruptFileError, EmptyDocumentError
from ..types import RawDocument
from ..zh import CJK, unify_newlines
from .common import DEFAULT_MAX_CHARS, file_size, megabytes, read_bytes, too_big
from .txt import decode, unescape_line_breaks

# Bytes per character at most (UTF-8 and GB18030), as for .txt.
_MAX_BYTES_PER_CHAR = 4
# A header cell is a column name: short, one line, not a value (a date, a number).
_MAX_NAME_CHARS = 40
_VALUE_LIKE = re.compile(r"^[\d\s\-/:.年月日]+$")
# A body is a notice's text: several lines, or at least a paragraph of Chinese.
_MIN_ONE_LINE_BODY = 50
# A title printed in the body's head is not printed again above it.
_TITLE_REACH = 10
# Markup in the body field (a CMS stores the article's HTML): rendered as the HTML reader does.
_MARKUP = re.compile(r"<(?:p|div|br|span|table|td|font|section|h[1-6])\b[^>]*>", re.IGNORECASE)
_NAME_NOISE = re.compile(r"[\s_\-.\ufeff]+")
_DELIMITERS = ",\t;|"
_ADVICE = "export the table as CSV with a header row (column names) and the notice's text in one column"


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.csv`` export holding a notice.

    Args:
        path: the file.
        max_chars: refuse, unread, a file of more than 4 bytes per allowed character.

    Returns:
        A RawDocument with format ``"csv"``: the body's text (the title line
        above it when the body does not print it) and ``fields`` such as
        ``{"标题": "…", "文号": "某教发〔2025〕3号", "成文日期": "2025-03-12"}``;
        ``warnings`` counts the records below the first that were not read.

    Raises:
        EmptyDocumentError: the file is blank, or no record has text.
        EncodingError: the bytes are not text.
        CorruptFileError: no header row, no column holding a notice's text, or broken quoting.
        TooLargeError: the file is larger than ``max_chars`` characters can be.

    Example:
        ``标题,文号,正文`` over ``某某县教育局关于…的通知,某教发〔2025〕3号,"各学校：\\r\\n…"``
        gives the text ``某某县教育局关于…的通知\\n各学校：\\n…`` and
        ``fields == {"标题": "某某县教育局关于…的通知", "文号": "某教发〔2025〕3号"}``.
    """
    path = Path(path)
    size = file_size(path)
    if size > _MAX_BYTES_PER_CHAR * max_chars:
        raise too_big(path.name, f"{megabytes(size)} of CSV", megabytes(_MAX_BYTES_PER_CHAR * max_chars), max_chars)
    name = path.name
    decoded = decode(read_bytes(path, "remove it or export the notice again"), name)
    rows = _rows(decoded.text, name, max_chars)
    header, records = _header(rows, name)
    roles = [_role(cell) for cell in header]
    found = next(((i, body) for i, record in enumerate(records) if (body := _body(record, roles)) is not None), None)
    if found is None:
        if not records:
            raise EmptyDocumentError(f"{name}: the export has a header row but no records; export the notice's record")
        raise CorruptFileError(f"{name}: no column holds a notice's text (a content/正文 column, or a long text); "
                               f"{_ADVICE}")
    first, body = found
    record = records[first]
    fields = {}
    for role, value in zip(roles, record):
        value = value.strip()
        if role not in (None, "body") and value and role not in fields:
            fields[role] = value
    text = _body_text(body, name)
    if not text.strip():
        raise EmptyDocumentError(f"{name}: the notice's text column is blank; export the notice again")
    title = fields.get("标题")
    if title and not _printed(title, text):
        text = f"{title}\n{text}"
    warnings = list(decoded.warnings())
    if skipped := len(records) - first - 1:
        warnings.append(
            f"the export holds {len(records)} records; only record {first + 1} was read and the "
            f"{skipped} below it {'was' if skipped == 1 else 'were'} skipped (one notice a file: "
            "export each notice to its own file)")
    return RawDocument(path=str(path), format="csv", text=text, fields=fields, warnings=tuple(warnings))


def _rows(text: str, name: str, max_chars: int) -> list[list[str]]:
    """Every row of the file, with the delimiter (comma, tab, semicolon or bar) sniffed from the header line."""
    head = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    # A notice's text is one field: the module's default limit (131,072
    # characters) is below a long plan's. Raised, never lowered, once per process.
    if csv.field_size_limit() < max_chars:
        csv.field_size_limit(max_chars)
    try:
        return [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), dialect)
                if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise CorruptFileError(f"{name}: not a readable CSV file ({exc}); {_ADVICE}") from exc


def _header(rows: list[list[str]], name: str) -> tuple[list[str], list[list[str]]]:
    """The header row and the records under it; CorruptFileError if the first row is not column names."""
    if not rows:
        raise EmptyDocumentError(f"{name}: the file is empty (only whitespace); remove it or export the notice again")
    header = [cell.strip().lstrip("\ufeff") for cell in rows[0]]
    values = [cell for cell in header if "\n" in cell or "\r" in cell or len(cell) > _MAX_NAME_CHARS
              or (cell and _VALUE_LIKE.match(cell))]
    if values:
        shown = values[0].splitlines()[0][:20]
        raise CorruptFileError(f"{name}: no header row (the first row holds values such as {shown!r}, "
                               f"not column names); {_ADVICE}")
    return header, rows[1:]


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Normalised column name → the header label it fills, or "body" (metadata.yml ``csv_columns``)."""
    from ..lexicons import load

    columns = load("metadata").get("csv_columns") or {}
    return {_normal(n): role for role, names in columns.items() for n in names}


def _normal(column: str) -> str:
    return _NAME_NOISE.sub("", column).lower()


def _role(column: str) -> str | None:
    """What a column holds: a header label (标题, 文号, 成文日期 …), "body", or None (not read)."""
    return _names().get(_normal(column))


_CJK_CHAR = re.compile(f"[{CJK}]")


def _is_text(value: str) -> bool:
    """A notice's text, not a short value: Chinese over several lines, or a paragraph of it."""
    value = value.strip()
    return bool(_CJK_CHAR.search(value)) and ("\n" in value or "\r" in value or len(value) >= _MIN_ONE_LINE_BODY)


def _body(record: list[str], roles: list[str | None]) -> str | None:
    """The record's text: its body column's value, else its longest value outside the metadata columns.

    A body column that is blank in this record (an export with both a content
    and a plain-text column, one of them empty) leaves the other columns to try.
    """
    cells = list(zip(roles, record))
    named = [value for role, value in cells if role == "body" and value.strip()]
    pool = named or [value for role, value in cells if role is None]
    best = max(pool, key=lambda v: len(v.strip()), default=None)
    return best if best is not None and _is_text(best) else None


def _body_text(body: str, name: str) -> str:
    """The body field as lines: HTML rendered, escaped line breaks of a dump unescaped."""
    body = unescape_line_breaks(unify_newlines(body))
    if _MARKUP.search(body):
        from .html import _parse, render

        lines = render(_parse(body, name))
        return "\n".join(text for ln in lines if (text := ln.text))
    return body.strip("\n")


def _printed(title: str, text: str) -> bool:
    """True if the title stands in the head of the text (spaces and line breaks aside)."""
    head = _NAME_NOISE.sub("", "".join(text.split("\n")[:_TITLE_REACH]))
    return _NAME_NOISE.sub("", title) in head

