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
``documents``): the record with the longest text is read (a CMS channel
export lists short news items and corrections beside the notice) and the
other records are counted in a warning, never merged into it.

The module is not named ``csv.py`` so that it can never shadow the standard
library's ``csv``, which it uses.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sized
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
# The csv_columns key of the columns that are known but never read (ids, status, signer …).
UNREAD = "unread"
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
        ``warnings`` counts the records that were not read.

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
    table, after_marker = decoded.text, None
    if not _has_body_column(decoded.text):
        # No body column: the text may follow a marker line below the records.
        table, after_marker = split_at_body_marker(decoded.text)
    rows = _rows(table, name, max_chars)
    header, records = _header(rows, name)
    found = record_and_body(header, records, after_marker)
    if found is None:
        if not records:
            raise EmptyDocumentError(f"{name}: the export has a header row but no records; export the notice's record")
        raise CorruptFileError(f"{name}: no column holds a notice's text (a content/正文 column, or a long text); "
                               f"{_ADVICE}")
    first, record, body = found
    text = body_text(body, name)
    if not text.strip():
        where = "nothing follows the body marker" if after_marker is not None else "the notice's text column is blank"
        raise EmptyDocumentError(f"{name}: {where}; export the notice again")
    fields = record_fields(header, record)
    return RawDocument(path=str(path), format="csv", text=titled(text, fields), fields=fields,
                       warnings=tuple(decoded.warnings()) + skipped_warning(records, first))


def read_text_export(text: str, name: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, dict[str, str]] | None:
    """The notice's text and fields of an export saved as plain text, or None if ``text`` is not one.

    An OA export saved as ``.txt`` (or any text file) is recognised by its
    first line, not its name: a tab-, comma- or bar-separated row of column
    names of which at least two are known ones (``csv_columns``), one of them
    read, such as 公文ID, 标题, 文号, 密级 or DOC_ID, TITLE, SIGNER between tabs.
    The record's text is its body column, or the lines after a body marker
    (``-- 正文 --``, ``正文：``) below the records, or else the lines after the
    first rule line (``-----``, ``=====``) below a record, or else the lines
    after the record's one line; rule lines that open or close the text are
    not part of it. The columns map to header fields as for a ``.csv`` export.

    Example:
        ``"编号\\t标题\\t文号\\n12\\t某县教育局关于…的通知\\t某教发〔2025〕3号\\n== 正文 ==\\n某县教育局关于…的通知\\n…"``
        gives the text from ``某县教育局关于…的通知`` on and
        ``{"标题": "某县教育局关于…的通知", "文号": "某教发〔2025〕3号"}``.
    """
    # (comment lines a database tool writes above the header row are no part of the export)
    text = _drop_leading_comments(text.lstrip("\ufeff").lstrip("\n")).lstrip("\n")
    if not _known_header(text.split("\n", 1)[0]):
        return None
    if _has_body_column(text):
        # the body in the record's row, or written below a record that lacks it ("zw:…")
        table, after = split_at_labelled_body(text)
    else:
        # The text below a marker line, else below the header and the one record line.
        table, after = split_at_body_marker(text)
        if after is None:
            table, after = _split_at_rule(text)
        if after is None:
            lines = text.split("\n", 2)
            if len(lines) < 3:
                return None
            table, after = "\n".join(lines[:2]), lines[2]
    try:
        rows = _rows(table, name, max_chars)
        header, records = _header(rows, name)
    except (CorruptFileError, EmptyDocumentError):
        return None
    found = record_and_body(header, records, after)
    if found is None:
        return None
    _, record, body = found
    fields = record_fields(header, record)
    notice = _trim_rules(body_text(body, name))
    if not notice.strip():
        return None
    return titled(notice, fields), fields


def record_and_body(header: list[str], records: list[list[str]],
                     after: str | None) -> tuple[int, list[str], str] | None:
    """The record read, its index and the notice's text, or None when no record holds a text.

    ``after`` is the text found below the records (a marker or rule line):
    then the first record (or none) gives the columns. Otherwise the record
    whose body column (or long text) holds the longest notice is read, the
    first of equals: a site's export of a channel puts a two-line news item
    or a correction beside the notice, above or below it.
    """
    if after is not None:
        return 0, (records[0] if records else []), after
    roles = [column_role(cell) for cell in header]
    found = [(i, record, body) for i, record in enumerate(records)
             if (body := record_body(record, roles)) is not None]
    return max(found, key=lambda hit: len(hit[2].strip()), default=None)


# A field the export tool wrote on its own line below the record, labelled: "zw:各学校：…".
_LABELLED_FIELD = re.compile(r"^\s*([A-Za-z_\u4e00-\u9fff]{1,24})\s*[:：]\s*(.*)$")
# How far below the header row such a body may begin (a rule row, the record, then the body).
_LABELLED_REACH = 4


def split_at_labelled_body(text: str) -> tuple[str, str | None]:
    """The header and record above a body field written below its record, and that body (None: no such field).

    An export tool may leave a long text column out of the record's row and write it on
    the lines below, after the column's name and a colon (``zw:各学校：…``, MySQL's
    vertical output): the record then has fewer cells than the header row.

    Example: ``"id\tbt\tzw\n7\t某通知\nzw:各学校：\n现通知如下。"`` →
    ``("id\tbt\tzw\n7\t某通知", "各学校：\n现通知如下。")``.
    """
    lines = text.split("\n")
    width = max(len(lines[0].split(sep)) for sep in _DELIMITERS)
    for i in range(2, min(len(lines), _LABELLED_REACH + 1)):
        m = _LABELLED_FIELD.match(lines[i])
        if m and column_role(m.group(1)) == "body":
            record = next((line for line in reversed(lines[1:i]) if line.strip() and not _RULE_LINE.match(line)), "")
            if record and max(len(record.split(sep)) for sep in _DELIMITERS) < width:
                return "\n".join(lines[:i]), "\n".join([m.group(2), *lines[i + 1:]])
    return text, None


def split_at_body_marker(text: str) -> tuple[str, str | None]:
    """The text above a body-marker line (``-- 正文 --``, ``【正文】``) and the text below it (None: no marker).

    A marker is a line holding only a body column's name (``csv_columns`` body)
    framed by dashes, equals signs, stars or brackets, or followed by a colon (``正文：``).
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _is_body_marker(line):
            return "\n".join(lines[:i]), "\n".join(lines[i + 1:])
    return text, None


# What frames a body marker's name, and a column type after it ("CONTENT (nvarchar(max))").
_MARKER_FRAME = re.compile(r"^[\s\-=*#_~<>\[\]【】〔〕（）()《》:：]+|[\s\-=*#_~<>\[\]【】〔〕（）()《》:：]+$")
_TYPE_NOTE = re.compile(r"\s*[(（][^()（）]*(?:[(（][^()（）]*[)）]?)?[)）]?$")


# A rule line of a dump: dashes, equals signs, stars, box-drawing bars (a "----+----" column rule too).
_RULE_LINE = re.compile(r"^[ \t\u3000+|]*[-=*_─━═—]{3,}[-=*_─━═—+| \t\u3000]*$")


# A dump's own line between its records and the body: a row count ("(1 row(s) affected)", "-- 1 row").
_DUMP_NOTE = re.compile(r"^\s*(?:[(（].*[)）]|--.*)\s*$")


def _split_at_rule(text: str) -> tuple[str, str | None]:
    """The text above and below the rule line that closes the records (None: no such rule).

    The rule must follow at least one record, with only records (lines holding
    the header's delimiter), other rules and row counts between: a rule
    inside the notice's text does not cut its head off. A rule between the
    column names and the record (``----+----``) is the table's own.
    """
    lines = text.split("\n")
    delimiter = next((d for d in "\t|," if d in lines[0]), None)
    seen_record = False
    for i, line in enumerate(lines[1:], start=1):
        if _RULE_LINE.match(line):
            if seen_record:
                return "\n".join(lines[:i]), "\n".join(lines[i + 1:])
        elif delimiter is not None and delimiter in line:
            seen_record = True
        elif line.strip() and not _DUMP_NOTE.match(line):
            return text, None
    return text, None


def _trim_rules(text: str) -> str:
    """The text without the rule lines (and blank lines) that open or close it."""
    lines = text.split("\n")
    while lines and (not lines[0].strip() or _RULE_LINE.match(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1].strip() or _RULE_LINE.match(lines[-1])):
        lines.pop()
    return "\n".join(lines)


def _is_body_marker(line: str) -> bool:
    """A line that only announces the body: ``-- 正文 --``, ``【正文】``, ``正文：``, ``== CONTENT (clob) ==``."""
    stripped = line.strip()
    # (a dump's column type may follow the name: "== CONTENT (clob) ==")
    inner = _TYPE_NOTE.sub("", _MARKER_FRAME.sub("", stripped))
    # (framed: "-- 正文 --", "【正文】", or closed by a colon: "正文：")
    return bool(inner) and inner != stripped and column_role(inner) == "body"


def _known_header(line: str) -> bool:
    """A row of column names, tab-, comma- or bar-separated, at least two of them known ones, one of them read."""
    for sep in ("\t", ",", "|"):
        cells = [c.strip().strip('"') for c in line.strip().strip(sep).split(sep)]
        if len(cells) < 3 or any(not c or len(c) > _MAX_NAME_CHARS or _VALUE_LIKE.match(c) for c in cells):
            continue
        roles = [role for c in cells if (role := column_role(c)) is not None]
        if len(roles) >= 2 and any(role != UNREAD for role in roles):
            return True
    return False


def _has_body_column(text: str) -> bool:
    """True if the first line names a body column (the text is then a field, not below a marker)."""
    head = text.lstrip("\ufeff").split("\n", 1)[0]
    return any(column_role(cell.strip().strip('"')) == "body" for cell in re.split(f"[{re.escape(_DELIMITERS)}]", head))


def record_fields(header: list[str], record: list[str]) -> dict[str, str]:
    """The record's header fields: each known column's first non-blank value under its label."""
    fields: dict[str, str] = {}
    for role, value in zip((column_role(cell) for cell in header), record):
        value = value.strip()
        if role not in (None, "body", UNREAD) and value and role not in fields:
            fields[role] = value
    return fields


def titled(text: str, fields: dict[str, str]) -> str:
    """The text with the record's title above it when its head does not print it."""
    title = fields.get("标题")
    return f"{title}\n{text}" if title and not _printed(title, text) else text


def skipped_warning(records: Sized, first: int) -> tuple[str, ...]:
    """The warning counting the records beside the one read (``first``, its index), if any."""
    if not (skipped := len(records) - 1):
        return ()
    where = "below it" if first == 0 else "beside it"
    return (f"the export holds {len(records)} records; only record {first + 1} was read and the "
            f"{skipped} {where} {'was' if skipped == 1 else 'were'} skipped (one notice a file: "
            "export each notice to its own file)",)


# A comment a database tool writes above the exported table ("-- export from table oa_fawen",
# "/* Navicat … */", "# 1 row"): no row of the table.
_LEADING_COMMENT = re.compile(r"[ \t]*(?:--|#|/\*)[^\n]*(?:\n|$)")


def _drop_leading_comments(text: str) -> str:
    """The export without the comment lines above its header row."""
    while (m := _LEADING_COMMENT.match(text)) and m.end():
        text = text[m.end():]
    return text


def _rows(text: str, name: str, max_chars: int) -> list[list[str]]:
    """Every row of the file, with the delimiter (comma, tab, semicolon or bar) sniffed from the header line.

    Comment lines a database tool writes above the header row are skipped.
    """
    text = _drop_leading_comments(text.lstrip("\ufeff"))
    head = text.split("\n", 1)[0]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    # The header line quotes no quote, so the sniffer cannot tell how a quote inside a
    # quoted cell is written and says "not doubled": exports double it (RFC 4180,
    # csv.excel), and a body quoting a slogan (食堂""明厨亮灶""覆盖率) would end there.
    dialect.doublequote = True
    # A notice's text is one field: the module's default limit (131,072
    # characters) is below a long plan's. Raised, never lowered, once per process.
    if csv.field_size_limit() < max_chars:
        csv.field_size_limit(max_chars)
    try:
        rows = _with_body_run_on(list(csv.reader(io.StringIO(text, newline=""), dialect)))
    except csv.Error as exc:
        raise CorruptFileError(f"{name}: not a readable CSV file ({exc}); {_ADVICE}") from exc
    # (a dump's rule rows, "------+------", are no records)
    return [row for row in rows if any(cell.strip() for cell in row) and not _RULE_LINE.match("|".join(row))]


def _with_body_run_on(rows: list[list[str]]) -> list[list[str]]:
    """Rows with a last body column whose text runs on, unquoted, over the lines below its one record
    (an OA export saved as text: ``ID\\tDOC_TITLE\\tCONTENT`` / ``7\\t关于…的通知\\t关于…的通知`` / ``各学校：`` / …):
    the lines after the record that hold no delimiter are lines of that text, joined to it, up to a rule
    or body-marker line (``-----``, ``【正文】``: the text below a marker is read as such) or another record;
    the database tool's closing row count (``(1 row affected)``) is dropped.

    Example: ``[["ID", "TITLE", "CONTENT"], ["7", "某通知", "某通知"], ["各学校："]]`` →
    ``[["ID", "TITLE", "CONTENT"], ["7", "某通知", "某通知\\n各学校："]]``.
    """
    if len(rows) < 3 or not rows[0] or column_role(rows[0][-1].strip().strip('"')) != "body" \
            or len(rows[1]) != len(rows[0]) or len(rows[0]) < 2:
        return rows
    while rows and (not any(cell.strip() for cell in rows[-1]) or (len(rows[-1]) == 1 and _DUMP_NOTE.match(rows[-1][0]))):
        rows = rows[:-1]  # blank lines and the row count that close the dump
    record = list(rows[1])
    for k, row in enumerate(rows[2:], start=2):
        if len(row) > 1 or (row and (_RULE_LINE.match(row[0]) or _is_body_marker(row[0]))):
            return [rows[0], record, *rows[k:]]
        record[-1] += "\n" + (row[0] if row else "")
    return [rows[0], record]


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


def column_role(column: str) -> str | None:
    """What a column holds: a header label (标题, 文号, 成文日期 …), "body", "unread" (known, not read) or None."""
    return _names().get(_normal(column))


_CJK_CHAR = re.compile(f"[{CJK}]")


def _is_text(value: str) -> bool:
    """A notice's text, not a short value: Chinese over several lines, or a paragraph of it."""
    value = value.strip()
    return bool(_CJK_CHAR.search(value)) and ("\n" in value or "\r" in value or len(value) >= _MIN_ONE_LINE_BODY)


def record_body(record: list[str], roles: list[str | None]) -> str | None:
    """The record's text: its body column's value, else its longest value outside the metadata columns.

    A body column that is blank in this record (an export with both a content
    and a plain-text column, one of them empty) leaves the other columns to try.
    """
    cells = list(zip(roles, record))
    named = [value for role, value in cells if role == "body" and value.strip()]
    pool = named or [value for role, value in cells if role is None]
    best = max(pool, key=lambda v: len(v.strip()), default=None)
    return best if best is not None and _is_text(best) else None


def body_text(body: str, name: str) -> str:
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

