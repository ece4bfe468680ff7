"""Read a JSON export of a CMS or OA database: the record that holds the longest notice text.

Researchers who collect notices from a site's API, or are handed a CMS
table as JSON, get files such as ``{"code": 0, "rows": [{"title": …,
"wenhao": …, "pubtime": …, "content": "<p>…</p>"}]}``: the records sit at
any depth, under any key. The reader walks the document in order, takes the
object holding the longest notice text (the first of equals: a channel's
list puts short news items beside the notice, as a CSV export does), and
reads it as the CSV reader reads a row: its keys are column names (``csv_columns`` in
schema/lexicons/metadata.yml says which name fills which header field), the
body is rendered as HTML when it is markup, and the title goes above a body
that does not print it. JSONP (``callback({...})``) and JSON Lines (one
object a line) are read too.

A file is one notice in the build: the other records with a text are
counted in a warning, never merged into it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import CorruptFileError, EmptyDocumentError
from ..types import RawDocument
from .common import DEFAULT_MAX_CHARS, file_size, megabytes, read_bytes, too_big
from .csv_export import body_text, column_role, record_body, record_fields, skipped_warning, titled
from .txt import decode

# Bytes per character at most (UTF-8 and GB18030; JSON's \uXXXX escapes take 6 for one).
_MAX_BYTES_PER_CHAR = 6
# A JSONP wrapper around the object: "jQuery1123_456({...});".
_JSONP = re.compile(r"^\s*[\w$.]+\s*\(\s*(?P<body>[\[{].*[\]}])\s*\)\s*;?\s*$", re.DOTALL)
_ADVICE = "export the notice again as JSON (an object with its text in a content/正文 field) or save its text as .txt"


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """Read a ``.json`` export holding a notice.

    Args:
        path: the file.
        max_chars: refuse, unread, a file of more than 6 bytes per allowed character.

    Returns:
        A RawDocument with format ``"json"``: the record's text (its title line
        above when the text does not print it) and ``fields`` such as
        ``{"标题": "…", "文号": "某教发〔2025〕3号", "发布日期": "2025-03-12 09:30"}``;
        ``warnings`` counts the other records with a text, which were not read.

    Raises:
        EmptyDocumentError: the file is blank, or no record holds a notice's text.
        EncodingError: the bytes are not text.
        CorruptFileError: the file is not JSON.
        TooLargeError: the file is larger than ``max_chars`` characters can be.

    Example:
        ``{"data": [{"title": "某县教育局关于…的通知", "wenhao": "某教发〔2025〕3号",
        "content": "<p>各学校：</p><p>…</p>"}]}`` gives the text
        ``某县教育局关于…的通知\\n各学校：\\n…`` and
        ``fields == {"标题": "某县教育局关于…的通知", "文号": "某教发〔2025〕3号"}``.
    """
    path = Path(path)
    size = file_size(path)
    if size > _MAX_BYTES_PER_CHAR * max_chars:
        raise too_big(path.name, f"{megabytes(size)} of JSON", megabytes(_MAX_BYTES_PER_CHAR * max_chars), max_chars)
    name = path.name
    decoded = decode(read_bytes(path, "remove it or export the notice again"), name)
    if not decoded.text.strip():
        raise EmptyDocumentError(f"{name}: the file is empty (only whitespace); remove it or export the notice again")
    records = [record for document in _documents(decoded.text, name) for record in _objects(document)]
    found = [(record, body) for record in records if (body := _record_body(record)) is not None]
    if not found:
        raise EmptyDocumentError(f"{name}: no object in the JSON holds a notice's text (a content/正文 field, "
                                 f"or a long text); {_ADVICE}")
    index = max(range(len(found)), key=lambda i: len(found[i][1].strip()))
    record, body = found[index]
    text = body_text(body, name)
    if not text.strip():
        raise EmptyDocumentError(f"{name}: the notice's text field is blank; {_ADVICE}")
    fields = _fields(record)
    return RawDocument(path=str(path), format="json", text=titled(text, fields), fields=fields,
                       warnings=tuple(decoded.warnings()) + skipped_warning(found, index))


def _documents(text: str, name: str) -> list[Any]:
    """The JSON values of the file: one document, a JSONP call's argument, or one a line (JSON Lines)."""
    text = text.lstrip("\ufeff")
    if (m := _JSONP.match(text)) and not text.lstrip().startswith(("{", "[")):
        text = m.group("body")
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as exc:
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines):
            try:
                return [json.loads(line) for line in lines]
            except json.JSONDecodeError:
                pass
        raise CorruptFileError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                               f"{_ADVICE}") from exc


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in the value, in document order (an object before the objects inside it)."""
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _objects(child)
    elif isinstance(value, list):
        for child in value:
            yield from _objects(child)


def _scalars(record: dict[str, Any]) -> list[tuple[str, str]]:
    """The record's own keys with text or number values, as strings (nested objects are records of their own)."""
    return [(key, value if isinstance(value, str) else str(value)) for key, value in record.items()
            if isinstance(value, (str, int, float)) and not isinstance(value, bool)]


def _record_body(record: dict[str, Any]) -> str | None:
    """The record's notice text, as for a CSV row: its body field, else its longest unnamed text."""
    cells = _scalars(record)
    return record_body([value for _, value in cells], [column_role(key) for key, _ in cells])


def _fields(record: dict[str, Any]) -> dict[str, str]:
    """The record's header fields: each known key's first non-blank value under its label."""
    cells = _scalars(record)
    return record_fields([key for key, _ in cells], [value for _, value in cells])
