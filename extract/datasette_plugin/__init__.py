"""Datasette plugin: Chinese full-text search that finds two-character words.

The FTS tables index jieba ``cut_for_search`` output (see
:func:`extract.tokens.search_terms`); a query must be segmented the same
way. This plugin (1) rewrites the ``_search`` parameters of table pages
before Datasette sees them, so the ordinary search box works, and (2)
registers the SQL function ``jieba_query(text)`` for canned queries:
``... where provisions_fts match jieba_query(:q)``.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from .tokens import segmenter


def segment_query(query: str) -> str:
    """Segment a search query into space-separated words (all must match).

    Quoted phrases and FTS operators typed by a user are left alone.

    Example: ``segment_query("校长听课")`` → ``"校长 听课"``.
    """
    query = query.strip()
    if not query or '"' in query or re.search(r"\b(AND|OR|NOT|NEAR)\b", query):
        return query
    words: list[str] = []
    for part in query.split():
        words.extend(w for w in segmenter().cut(part) if w.strip() and not re.fullmatch(r"\W+", w))
    return " ".join(words)


def fts_match(query: str) -> str:
    """An FTS5 MATCH expression: every segmented word quoted, all required.

    Example: ``fts_match("校长听课")`` → ``'"校长" "听课"'``.
    """
    words = segment_query(query).split()
    return " ".join('"' + w.replace('"', '""') + '"' for w in words) or '""'


@hookimpl
def prepare_connection(conn) -> None:
    conn.create_function("jieba_query", 1, lambda q: fts_match(q or ""), deterministic=True)
    conn.create_function("jieba_terms", 1, lambda q: segment_query(q or ""), deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def rewrite(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                pairs = parse_qsl(scope["query_string"].decode("utf-8"), keep_blank_values=True)
                pairs = [(k, segment_query(v) if k == "_search" or k.startswith("_search_") else v) for k, v in pairs]
                scope = dict(scope, query_string=urlencode(pairs).encode("utf-8"))
            await app(scope, receive, send)

        return _with_bom(rewrite)

    return wrap


# Columns of views and canned queries that point at rows; base tables get
# their links from foreign keys already.
_LINKS = {
    "document_id": "documents",
    "cited_document_id": "documents",
    "provision_id": "provisions",
    "body_id": "bodies",
    "quota_id": "quotas",
    "deadline_id": "deadlines",
}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link id columns of views and queries to their rows (escaped, ids only)."""
    from markupsafe import Markup, escape

    target = _LINKS.get(column)
    if target is None or not isinstance(value, int) or (table and table == target):
        return None
    if table in {"documents", "provisions", "quotas", "obligations", "deadlines", "body_mentions", "references", "sections", "bodies"}:
        return None  # foreign keys link these already
    url = datasette.urls.row(database, target, str(value))
    return Markup(f'<a href="{escape(url)}">{escape(target[:-1])} {value}</a>')


def _excel_csv(request):
    """Redirect ``.excelcsv`` to the streamed CSV of the same rows, with a byte-order mark."""
    from datasette.utils.asgi import Response

    path = request.path.rsplit(".", 1)[0] + ".csv"
    pairs = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True) if k not in {"_bom", "_stream", "_size"}]
    pairs += [("_bom", "1"), ("_stream", "on"), ("_size", "max")]
    return Response.redirect(path + "?" + urlencode(pairs))


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excelcsv", "render": _excel_csv, "can_render": lambda: True}


def _with_bom(app):
    """Prepend a UTF-8 byte-order mark to ``.csv`` responses asked for with ``_bom=1``.

    Excel reads a CSV without BOM as the local code page and shows Chinese
    as mojibake (FIELD-NOTES.md); Datasette's CSV has none.
    """

    async def wrapped(scope, receive, send):
        qs = scope.get("query_string", b"") if scope.get("type") == "http" else b""
        if not (scope.get("path", "").endswith(".csv") and b"_bom=1" in qs):
            await app(scope, receive, send)
            return
        first = True

        async def send_with_bom(message):
            nonlocal first
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
                message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and first:
                first = False
                message = dict(message, body="\ufeff".encode("utf-8") + message.get("body", b""))
            await send(message)

        await app(scope, receive, send_with_bom)

    return wrapped
