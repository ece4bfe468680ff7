"""What keeps `policykb serve` safe to open: response headers, and limits on what one query may allocate.

Headers: every response carries ``X-Content-Type-Options: nosniff`` and the
Content-Security-Policy of ``schema/security.yml`` (data, not code; the file
says why each source is there).

Limits: Datasette stops a query after ``sql_time_limit_ms`` by checking the
clock every 1,000 SQLite instructions, but one instruction can run for
seconds and allocate gigabytes (``select randomblob(1e9)``). Three caps close
that: the length of any one value (:data:`MAX_VALUE_BYTES`), the heap of
SQLite in the whole process (:data:`HEAP_LIMIT_BYTES`), and the size of the
rows one statement hands to Python (:data:`MAX_RESULT_CHARS`).
"""

from __future__ import annotations

import sqlite3
import weakref
from functools import lru_cache
from typing import Any

import yaml

from ..lexicons import schema_dir

# The longest string or blob SQLite may make or read on a serving connection.
# The largest stored value is documents.text (at most DEFAULT_MAX_CHARS = 2
# million characters, 3 bytes each in UTF-8: 6 MB) or its segmented copy in
# documents_fts (about 1.5 times the text's bytes: 9 MB); json_group_array in
# search_documents holds at most one document's provisions. Reading a stored
# value longer than this limit fails, so it keeps 3× room above 9 MB.
# randomblob(1e9), zeroblob(1e9), replace(hex(zeroblob(1e8)), ...), a
# recursive CTE doubling a string and group_concat over all texts stop with
# "string or blob too big" once they pass it.
MAX_VALUE_BYTES = 32 * 1024 * 1024

# SQLite's heap for the whole server process (PRAGMA hard_heap_limit): an
# allocation past it fails, and the query with it. Below the soft limit
# SQLite grows freely; past it, page caches recycle their pages and sorts
# spill to disk early instead of growing, so normal use settles there and the
# room up to the hard limit stays for the queries themselves. Normal use:
# Datasette's three read connections with a 64 MB page cache each
# (CACHE_SIZE_KIB, 192 MB, plus a writable database's if one is served) and a
# sorter each of at most the cache size. The hard limit stops a single row of
# many large values (select randomblob(3e7), randomblob(3e7), ...): SQLite
# holds a whole result row at once, and one instruction per value runs
# between time checks.
HEAP_LIMIT_BYTES = 512 * 1024 * 1024
SOFT_HEAP_LIMIT_BYTES = 256 * 1024 * 1024


# Characters (of text) plus bytes (of blobs) one statement may return to
# Python. Datasette fetches up to 1,001 rows of any query, each value up to
# MAX_VALUE_BYTES: 1,001 × 32 MB would be 32 GB. The biggest real result is a
# page of 1,000 documents (documents.json?_size=max, a page of a streamed
# CSV): at ~13,000 characters a notice, 13 million. In Python a Chinese
# character takes 2 bytes and 6 in Datasette's JSON (\uXXXX), so a result at
# the limit still costs some 300 MB to send. Past it the query fails with an
# error that says to ask for fewer rows or columns.
MAX_RESULT_CHARS = 32 * 1024 * 1024


class ResultTooLargeError(sqlite3.OperationalError):
    """A query returned more than MAX_RESULT_CHARS of text and blobs."""


OUT_OF_MEMORY = (
    f"The query needs more memory than this server gives SQLite ({HEAP_LIMIT_BYTES // 2**20} MB): "
    "ask for fewer rows, fewer columns or smaller values."
)


@lru_cache(maxsize=None)
def security_config() -> dict[str, Any]:
    """``schema/security.yml``, read once."""
    return yaml.safe_load((schema_dir() / "security.yml").read_text(encoding="utf-8"))


def policy_for(path: str) -> str:
    """The Content-Security-Policy header value for a request path.

    Example: ``policy_for("/policy/quotas")`` → ``"default-src 'none'; script-src 'self' 'sha256-…'; …"``;
    ``policy_for("/-/dashboards/compare")`` has the dashboards' script-src.
    """
    return _policy_for_prefix(_prefix(path))


def _prefix(path: str) -> str:
    for prefix in security_config().get("paths") or {}:
        if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
            return prefix
    return ""


@lru_cache(maxsize=None)
def _policy_for_prefix(prefix: str) -> str:
    config = security_config()
    directives = dict(config["policy"])
    if prefix:
        directives.update(config["paths"][prefix])
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def security_headers(app):
    """ASGI middleware: set the headers of ``schema/security.yml`` on every HTTP response (replacing any of the same name)."""
    fixed = [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in security_config()["headers"].items()]
    names = {k for k, _ in fixed} | {b"content-security-policy"}

    async def wrapped(scope, receive, send):
        if scope.get("type") != "http":
            await app(scope, receive, send)
            return
        csp = policy_for(scope.get("path", "")).encode("latin-1")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = dict(message, headers=headers + fixed + [(b"content-security-policy", csp)])
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped


def limit_connection(conn: sqlite3.Connection) -> None:
    """Cap what a query on ``conn`` may allocate (see the module docstring)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"pragma hard_heap_limit = {HEAP_LIMIT_BYTES}")  # process-wide; the pragma can only lower it
    conn.execute(f"pragma soft_heap_limit = {SOFT_HEAP_LIMIT_BYTES}")
    conn.row_factory = _counting_row_factory(conn.row_factory)


def _counting_row_factory(inner):
    """A row factory that fails a statement once its rows passed MAX_RESULT_CHARS, then builds rows with ``inner``.

    The rows of one cursor arrive one after another, so the count restarts
    whenever another cursor's row comes (the cursor is held weakly: a
    half-read statement must not stay open because of us). About 1 ms per
    1,000 rows of 17 columns.
    """
    state: list = [lambda: None, 0]  # weak reference to the cursor being counted, its count

    def factory(cursor, row):
        if state[0]() is not cursor:
            state[0], state[1] = weakref.ref(cursor), 0
        state[1] += sum(map(len, [value for value in row if type(value) in _SIZED]))
        if state[1] > MAX_RESULT_CHARS:
            raise ResultTooLargeError(
                f"the result is larger than {MAX_RESULT_CHARS // 2**20} million characters; ask for fewer rows or columns"
            )
        return inner(cursor, row) if inner is not None else row

    return factory


_SIZED = (str, bytes)
