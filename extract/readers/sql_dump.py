"""Read an SQL dump of an OA / CMS table (``.sql``): the INSERT row that holds a notice's text.

Researchers are handed a bureau's OA table as the dump a database tool
writes (mysqldump, Navicat, a DBA's export): comment lines, perhaps a
``CREATE TABLE``, then ``INSERT INTO `gw_fawen` (`id`,`biaoti`,…,`zhengwen`)
VALUES (…),(…);`` with the notice's text in one quoted value whose line
breaks are written ``\\r\\n``. The reader parses the INSERT rows (MySQL and
standard quoting: ``\\'``, ``''``, ``\\\\``, ``\\n``), takes the column names
from the INSERT or else from the table's ``CREATE TABLE``, and reads the rows
as the CSV reader reads records: the row with the longest text, its known
columns (``csv_columns`` in schema/lexicons/metadata.yml) as header fields,
the others counted in a warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import CorruptFileError, EmptyDocumentError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS, file_size, megabytes, read_bytes, too_big
from .csv_export import body_text, record_and_body, record_fields, skipped_warning, titled
from .txt import decode

# Bytes per character at most (UTF-8 and GB18030; an escaped character takes two).
_MAX_BYTES_PER_CHAR = 4
_NAME = r"[`\"\[]?([\w\u4e00-\u9fff.$]+)[`\"\]]?"
_INSERT = re.compile(rf"INSERT\s+(?:IGNORE\s+)?INTO\s+{_NAME}\s*(?:\(([^)]*)\))?\s*VALUES\s*", re.IGNORECASE)
_CREATE = re.compile(rf"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_NAME}\s*\((.*?)\)\s*[^)]*?;", re.IGNORECASE | re.DOTALL)
# A column line of CREATE TABLE: its quoted or bare name first (keys and constraints are no columns).
_COLUMN_LINE = re.compile(r"^\s*[`\"\[]?([\w\u4e00-\u9fff]+)[`\"\]]?\s+\w", re.MULTILINE)
_NOT_COLUMNS = {"primary", "key", "unique", "index", "constraint", "foreign", "fulltext", "check"}
# A quoted value (an optional N or _utf8mb4 prefix), or a bare one (a number, NULL, NOW()).
_QUOTED = re.compile(r"(?:N|_\w+)?'((?:[^'\\]|\\.|'')*)'", re.DOTALL)
_BARE = re.compile(r"[^,()'\s]+(?:\(\))?")
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
_ESCAPE = re.compile(r"\\(.)|''", re.DOTALL)
_ADVICE = "export the table again as SQL INSERT statements (or as CSV with a header row)"


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.sql`` dump holding a notice.

    Args:
        path: the file.
        max_chars: refuse, unread, a file of more than 4 bytes per allowed character.

    Returns:
        A RawDocument with format ``"sql"``: the row's text (its title line above
        when the text does not print it) and ``fields`` such as
        ``{"标题": "…", "文号": "某教发〔2025〕3号"}``; ``warnings`` counts the rows not read.

    Raises:
        EmptyDocumentError: the file is blank, or no row holds a notice's text.
        EncodingError: the bytes are not text.
        CorruptFileError: no INSERT statement, or a row that is not closed.
        TooLargeError: the file is larger than ``max_chars`` characters can be.

    Example:
        ``INSERT INTO `fw` (`id`,`biaoti`,`zhengwen`) VALUES (7,'某县教育局关于…的通知','各学校：\\r\\n…');``
        gives the text ``某县教育局关于…的通知\\n各学校：\\n…`` and ``fields == {"标题": "某县教育局关于…的通知"}``.
    """
    path = Path(path)
    size = file_size(path)
    if size > _MAX_BYTES_PER_CHAR * max_chars:
        raise too_big(path.name, f"{megabytes(size)} of SQL", megabytes(_MAX_BYTES_PER_CHAR * max_chars), max_chars)
    name = path.name
    decoded = decode(read_bytes(path, "remove it or export the table again"), name)
    text = decoded.text
    if not text.strip():
        raise EmptyDocumentError(f"{name}: the file is empty (only whitespace); remove it or export the table again")
    notice, fields, skipped = dump_notice(text, name)
    return RawDocument(path=str(path), format="sql", text=notice, fields=fields,
                       warnings=tuple(decoded.warnings()) + skipped)


def dump_notice(text: str, name: str) -> tuple[str, dict[str, str], tuple[str, ...]]:
    """The notice of a dump's text: its row's text (titled), header fields and a warning for rows not read.

    Raises:
        EmptyDocumentError: no row holds a notice's text, or its text column is blank.
        CorruptFileError: no INSERT statement, or a row that is not closed.
    """
    header, records = _table(text, name)
    found = record_and_body(header, records, None)
    if found is None:
        raise EmptyDocumentError(f"{name}: no row of the dump holds a notice's text (a zhengwen/content/正文 "
                                 f"column, or a long text); {_ADVICE}")
    first, record, body = found
    notice = body_text(body, name)
    if not notice.strip():
        raise EmptyDocumentError(f"{name}: the notice's text column is blank; {_ADVICE}")
    fields = record_fields(header, record)
    return titled(notice, fields), fields, skipped_warning(records, first)


# A line that opens an INSERT statement: a dump saved as text, whatever its name.
_INSERT_LINE = re.compile(r"^INSERT\s+(?:IGNORE\s+)?INTO\s", re.IGNORECASE | re.MULTILINE)


def text_dump(text: str, name: str) -> tuple[str, dict[str, str], tuple[str, ...]] | None:
    """``dump_notice`` of a text file that holds an SQL dump (a line opening ``INSERT INTO``), else None.

    A dump saved as ``.txt`` (``公文.sql.txt``) is read as the dump; a text that
    only mentions INSERT, or whose statement holds no readable row, is not one.

    Example: ``text_dump("-- dump\\nINSERT INTO `fw` (`id`,`zhengwen`) VALUES (1,'各学校：\\r\\n…');", "a.txt")``
    reads the row; ``text_dump("各学校：…", "a.txt")`` is None.
    """
    if not _INSERT_LINE.search(text):
        return None
    try:
        return dump_notice(text, name)
    except (CorruptFileError, EmptyDocumentError):
        return None


def _table(text: str, name: str) -> tuple[list[str], list[list[str]]]:
    """The column names and the rows of the dump's INSERT statements (those into its first table)."""
    inserts = list(_INSERT.finditer(text))
    if not inserts:
        raise CorruptFileError(f"{name}: no INSERT INTO … VALUES statement in the dump; {_ADVICE}")
    table, listed = inserts[0].group(1), inserts[0].group(2)
    header = _names(listed) if listed else _created_columns(text, table)
    records: list[list[str]] = []
    for m in inserts:
        if m.group(1) == table:
            records.extend(_rows(text, m.end(), name))
    width = max((len(r) for r in records), default=0)
    header = header + [f"column{i + 1}" for i in range(len(header), width)]
    return header, records


def _names(listed: str) -> list[str]:
    """The column names of an INSERT's column list: `id`, "title", [zhengwen], plain."""
    return [cell.strip().strip('`"[] ') for cell in listed.split(",")]


def _created_columns(text: str, table: str) -> list[str]:
    """The column names of the table's CREATE TABLE, or none when the dump has none."""
    for m in _CREATE.finditer(text):
        if m.group(1) == table:
            return [c for c in _COLUMN_LINE.findall(m.group(2)) if c.lower() not in _NOT_COLUMNS]
    return []


def _rows(text: str, pos: int, name: str) -> list[list[str]]:
    """The value tuples from ``pos`` (just after VALUES) to the statement's end."""
    rows: list[list[str]] = []
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= n or text[pos] != "(":
            return rows  # ";" or the next statement
        row, pos = _row(text, pos + 1, name)
        rows.append(row)
    return rows


def _row(text: str, pos: int, name: str) -> tuple[list[str], int]:
    """One tuple's values (unquoted, escapes read) and the position after its ")"."""
    values: list[str] = []
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos < n and text[pos] == ")":
            return values, pos + 1
        if pos < n and text[pos] == ",":
            pos += 1
            continue
        if (m := _QUOTED.match(text, pos)) is not None:
            values.append(_unescape(m.group(1)))
        elif (m := _BARE.match(text, pos)) is not None:
            values.append("" if m.group(0).upper() == "NULL" else m.group(0))
        else:
            break
        pos = m.end()
    line = text.count("\n", 0, pos) + 1
    raise CorruptFileError(f"{name}: a row of the INSERT statement is not closed (line {line}); {_ADVICE}")


def _unescape(value: str) -> str:
    """A quoted value's text: ``\\'`` and ``''`` are ', ``\\n`` a line break, ``\\\\`` a backslash."""
    return _ESCAPE.sub(lambda m: "'" if m.group(0) == "''" else _ESCAPES.get(m.group(1), m.group(1)), value)
