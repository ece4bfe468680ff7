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

        return rewrite

    return wrap
