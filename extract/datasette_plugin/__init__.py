"""Datasette plugin: Chinese full-text search that finds two-character words.

The FTS tables index jieba ``cut_for_search`` output (see
:func:`extract.tokens.search_terms`); a query must be segmented the same
way. This plugin (1) rewrites the ``_search`` parameters of table pages
before Datasette sees them, so the ordinary search box works, and (2)
registers the SQL function ``jieba_query(text)`` for canned queries:
``... where provisions_fts match jieba_query(:q)``. It also sets the security
headers of every response and caps what one query may allocate
(:mod:`.security`).
"""

from __future__ import annotations

import copy
import gc
import json
import re
from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

from ..tokens import segmenter
from . import ranking
from .security import OUT_OF_MEMORY, limit_connection, security_headers


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


# SQLite's page cache per connection (negative: KiB). The default 2 MB holds
# less than one pass of the lesson-observation query over 100,000 notices
# (20,000 index entries of quotas, as many probes into the documents index),
# so every request read those pages from the OS again: 64 MB cut its CPU time
# from ~45 to ~35 ms. Datasette keeps three connections per database.
CACHE_SIZE_KIB = 64 * 1024


@hookimpl
def prepare_connection(conn) -> None:
    conn.execute(f"pragma cache_size = -{CACHE_SIZE_KIB}")
    limit_connection(conn)
    conn.create_function("jieba_query", 1, lambda q: fts_match(q or ""), deterministic=True)
    conn.create_function("jieba_terms", 1, lambda q: segment_query(q or ""), deterministic=True)
    ranking.register(conn)


def table_metadata(datasette, path: str) -> tuple[str, str, dict, bool]:
    """(database, table, its metadata.yml entry, whether the page is HTML) for a table page path.

    Example: ``/policy/quotas.json`` → ``("policy", "quotas", {...}, False)``;
    a path that is no table page gives an empty entry.
    """
    from datasette.utils import tilde_decode

    parts = path.split("/")
    if len(parts) != 3 or not parts[1] or not parts[2] or parts[2].startswith("-"):
        return "", "", {}, False
    database, table = tilde_decode(parts[1]), tilde_decode(parts[2])
    tables = (datasette.metadata("databases") or {}).get(database, {}).get("tables", {})
    html = True
    if table not in tables and "." in table:
        table, html = table.rsplit(".", 1)[0], False  # /policy/quotas.json
    return database, table, tables.get(table, {}), html


def metadata_facets(datasette, path: str) -> set[str]:
    """The column facets ``metadata.yml`` gives the table page at ``path`` (``/policy/quotas``)."""
    return {f for f in table_metadata(datasette, path)[2].get("facets", []) if isinstance(f, str)}


# Query-string keys of a table page that do not narrow its rows.
_NOT_FILTERS = {"_search", "_searchmode", "_sort", "_sort_desc", "_size", "_next", "_facet", "_labels", "_label",
                "_col", "_nocol", "_nofacet", "_nosuggest", "_nocount"}


def fts_count_target(datasette, path: str, pairs: list[tuple[str, str]]) -> tuple[str, str, bool] | None:
    """(database, fts_table, raw search mode) when the HTML table page at ``path`` is a plain ``_search`` and nothing else narrows it.

    Then the number of matching rows is the number of FTS rows matched
    (the FTS rowids are the table's ids, written together by store.py), which
    FTS5 counts from its index: for 听课 in 100,000 notices 16 ms instead of the
    0.5 s Datasette spends looking up each of the 114,500 matching provisions.
    """
    keys = {k for k, _ in pairs}
    if "_search" not in keys or not keys <= _NOT_FILTERS:
        return None
    database, _, meta, html = table_metadata(datasette, path)
    if not html or not meta.get("fts_table"):
        return None
    mode = dict(pairs).get("_searchmode") or meta.get("searchmode")
    return database, meta["fts_table"], mode == "raw"


def rewrite_query(pairs: list[tuple[str, str]], facets: set[str]) -> list[tuple[str, str]]:
    """Segment ``_search`` values; drop ``_facet=X`` when the metadata already facets X.

    Datasette computes (and shows) a facet twice when it is both in the
    metadata and in the URL: one GROUP BY over the whole table wasted.

    Example: ``rewrite_query([("_search", "校长听课"), ("_facet", "period")], {"period"})``
    → ``[("_search", "校长 听课")]``.
    """
    return [
        (k, segment_query(v) if k == "_search" or k.startswith("_search_") else v)
        for k, v in pairs
        if not (k == "_facet" and v in facets)
    ]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def rewrite(scope, receive, send):
            qs = scope.get("query_string", b"") if scope.get("type") == "http" else b""
            if b"_search" in qs or b"_facet=" in qs:
                path = scope.get("path", "")
                pairs = parse_qsl(qs.decode("utf-8"), keep_blank_values=True)
                facets = metadata_facets(datasette, path) if b"_facet=" in qs else set()
                pairs = rewrite_query(pairs, facets)
                scope = dict(scope)
                target = fts_count_target(datasette, path, pairs)
                if target and not any(k == "_nocount" for k, _ in pairs):
                    # Datasette's own count is skipped; extra_template_vars puts FTS5's in its place.
                    pairs.append(("_nocount", "1"))
                    scope["policykb.fts_count"] = target
                scope["query_string"] = urlencode(pairs).encode("utf-8")
            await app(scope, receive, send)

        return security_headers(_coalesce_csv(_with_bom(rewrite)))

    return wrap


@hookimpl
def handle_exception(datasette, request, exception):
    """A query that hit SQLite's heap limit (a MemoryError) gets a 400 page saying so, not an empty 500."""
    if not isinstance(exception, MemoryError):
        return None
    from datasette.handle_exception import handle_exception as default
    from datasette.views.base import DatasetteError

    return default(datasette, request, DatasetteError(OUT_OF_MEMORY, status=400, title="Query too large"))


@hookimpl
def extra_template_vars(view_name, request, datasette):
    """The number of search matches on a table page, counted by FTS5 (see :func:`fts_count_target`)."""
    target = request.scope.get("policykb.fts_count") if request is not None and view_name == "table" else None
    if not target:
        return {}

    async def count() -> dict:
        database, fts_table, raw = target
        match = ":search" if raw else "escape_fts(:search)"
        sql = f"select count(*) from [{fts_table}] where [{fts_table}] match {match}"
        try:
            rows = (await datasette.get_database(database).execute(sql, {"search": request.args.get("_search", "")})).rows
        except Exception:  # a malformed raw query: Datasette reports it on the page already
            return {}
        return {"filtered_table_rows_count": rows[0][0]}

    return count


# The SQL of Datasette's facets (column, date and array): "select <expr> as value, count(*) as count from (".
_FACET_SQL = re.compile(r"\s*select \S+ as value, count\(\*\) as count from \(", re.IGNORECASE)
FACET_CACHE_SIZE = 256


class SharedMetadata(dict):
    """metadata.yml as Datasette holds it, deep-copied as itself.

    Datasette 0.65.5 deep-copies every metadata source each time it checks
    whether a table may be shown (``Datasette._table_permission_allows``),
    to merge the sources without changing them: the home page checks ~106
    tables and hidden tables, each a copy of all of metadata.yml's ~470
    dicts, lists and strings (descriptions, canned queries, the dashboards'
    charts): ~50 of its ~65 ms at 100,000 notices. That merge only reads
    this, the last source: it makes new dicts for what it normalises and
    refers to the rest, and Datasette changes metadata nowhere else, so the
    copy is not needed. A plugin that gives metadata through
    ``get_metadata`` is merged before it and still copied.
    """

    def __deepcopy__(self, memo: dict) -> "SharedMetadata":
        return self


@hookimpl
def startup(datasette):
    """Keep the facet counts of immutable databases (``policykb serve`` opens the database with ``-i``).

    Each facet is a GROUP BY over every row the page shows: 40-130 ms for one
    column of the 391,500 quotas of 100,000 notices, however it is indexed. A
    database Datasette opens immutable cannot change while it is served, so a
    facet count once computed stays right (Datasette keeps their table counts
    for the same reason). The first request of a page pays the full cost; only
    finished queries are kept (a facet that timed out is tried again), at most
    ``FACET_CACHE_SIZE`` of them.
    """
    execute = datasette.execute
    cache: OrderedDict = OrderedDict()

    async def execute_with_facet_cache(db_name, sql, params=None, **kwargs):
        db = datasette.databases.get(db_name)
        if db is None or db.is_mutable or db.is_memory or not _FACET_SQL.match(sql):
            return await execute(db_name, sql, params, **kwargs)
        key = (db_name, sql, json.dumps(params, sort_keys=True, ensure_ascii=False, default=str))
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        results = await execute(db_name, sql, params, **kwargs)
        cache[key] = results
        if len(cache) > FACET_CACHE_SIZE:
            cache.popitem(last=False)
        return results

    datasette.execute = execute_with_facet_cache
    datasette.policykb_facet_cache = cache
    datasette._metadata_local = SharedMetadata(datasette._metadata_local or {})
    _keep_metadata_answers(datasette)
    for db in datasette.databases.values():
        _walk_sorted_search(db)
        _keep_schema(db)
    # What the server holds from here on (modules, Datasette, pint's unit registry, our metadata: ~120,000
    # objects) is never garbage. Python's full collections walked it all whenever one ran: every few requests
    # of a 200 kB table page (the quotas table at 100,000 notices) took 110-145 ms instead of ~40 ms,
    # its p95 over 100 ms. Frozen, they are left out of every collection (objects made later are not).
    gc.freeze()


# What Datasette asks of a table page with ?_search= (datasette/filters.py, views/table.py, facets.py): its
# rows, "select … from T where [… and ]PK in (select rowid from FTS where FTS match …)[ and …] order by COL
# [desc][, PK] limit N", and each column facet, "select COL as value, count(*) as count from (<those rows,
# unordered>) where COL is not null group by COL …".
_NAME = r"(?:\[[^\]]+\]|\w+)"
_SEARCHED = (rf"select .+? from (?P<table>{_NAME}) where (?:.+? and )?(?P<pk>{_NAME}) in "
             rf"\(select rowid from (?P<fts>{_NAME}) where (?P=fts) match (?:escape_fts\(:search\)|:search)\)")
_SEARCH_PAGE_SQL = re.compile(
    rf"^{_SEARCHED}.*? order by (?P<column>{_NAME})(?: desc)?(?:, (?P=pk))? limit \d+(?: offset \d+)?$", re.DOTALL)
_SEARCH_FACET_SQL = re.compile(
    rf"^\s*select (?P<column>{_NAME}) as value, count\(\*\) as count from \(\s*{_SEARCHED}.*?\)\s*"
    rf"where (?P=column) is not null\s+group by (?P=column) ", re.DOTALL)


def _search_match(sql: str):
    return _SEARCH_PAGE_SQL.match(sql) or _SEARCH_FACET_SQL.match(sql)


def walk_sort_index(sql: str, indexed: set[str]) -> str:
    """A search page's rows, or one of its facets, read from the index of the column sorted or counted.

    Datasette asks for ``PK in (select rowid from FTS …)``, so SQLite looks
    up every matching row by its key: for 校长听课 in 100,000 notices,
    52,500 whole documents (text included) read, and for the page all of
    them sorted to keep the first 50 (80-110 ms); a facet on a column the
    lookups cannot answer from an index (documents.format) reads them all
    too (~100 ms, past Datasette's 200 ms facet limit on a busy machine,
    so it was tried again on every request). With ``+PK`` (the same rows,
    no index on the expression) SQLite walks the index of the sorted or
    counted column instead and tests each entry against the matches: the
    page stops after one page of matches (5-8 ms), a facet reads one narrow
    index (~25 ms), and at most one pass over an index (100,000 entries,
    ~6-25 ms) when few or none match. Only for a column that leads an index
    of the table (``indexed``): with no index to walk, the rewrite would
    read every row of the table instead of only the matching ones.

    Example: ``... where id in (select rowid from documents_fts where ...) order by date desc limit 51``
    → ``... where +id in (select rowid ...) order by date desc limit 51`` when ``"date"`` is in ``indexed``.
    """
    m = _search_match(sql)
    if not m or m.group("column").strip("[]") not in indexed or m.group("column") == m.group("pk"):
        return sql
    return sql[: m.start("pk")] + "+" + sql[m.start("pk"):]


def _walk_sorted_search(db) -> None:
    """Make ``db.execute`` apply :func:`walk_sort_index` to search pages and their facets (each table's indexed columns are read once)."""
    execute = db.execute
    leading: dict[str, set[str]] = {}

    async def execute_walking_sort_index(sql, *args, **kwargs):
        m = _search_match(sql) if isinstance(sql, str) and " in (select rowid from " in sql else None
        if m:
            table = m.group("table").strip("[]")
            if table not in leading:
                rows = (await execute(
                    "select i.name, (select name from pragma_index_info(i.name) where seqno = 0) "
                    "from pragma_index_list(:t) i", {"t": table})).rows
                leading[table] = {r[1] for r in rows if r[1]}
            sql = walk_sort_index(sql, leading[table])
        return await execute(sql, *args, **kwargs)

    db.execute = execute_walking_sort_index


# What Datasette asks of a database's schema (datasette/database.py), with how a kept answer is handed out:
# lists of names and of column tuples are copied, foreign keys (lists of dicts) copied whole.
_SCHEMA_METHODS = {
    "table_names": list, "hidden_table_names": list, "view_names": list, "table_columns": list,
    "table_column_details": list, "primary_keys": list, "fts_table": lambda v: v,
    "foreign_keys_for_table": copy.deepcopy, "get_all_foreign_keys": copy.deepcopy,
}


def _keep_schema(db) -> None:
    """Keep what Datasette reads of an immutable database's schema (its tables, columns, keys) after the first time.

    The home and database pages ask for each table's columns, primary keys
    and FTS table, one thread hop each: ~240 per home page for the ~80
    tables (hidden ones included) of the policy database, each a wait for
    an executor thread, which on a busy machine is where most of the page's
    time went. A database opened immutable (``policykb serve`` uses ``-i``)
    cannot change while served, so the answers stay right. Writable
    databases (reviews.db) are asked every time, as before.
    """
    if db.is_mutable or db.is_memory:
        return
    for name, copy_out in _SCHEMA_METHODS.items():
        method = getattr(db, name, None)
        if method is not None:
            setattr(db, name, _kept(method, copy_out))
    _keep_name_lookups(db)


# Datasette 0.65.5 (app.py, permission_allowed) spells a table or view name as SQLite does before every
# "view-table" check: one query, one executor thread hop, per table and view a page lists.
_NAME_LOOKUP_SQL = "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _keep_name_lookups(db) -> None:
    """Answer Datasette's spelling lookup of a table name from memory once asked (immutable databases only).

    The home page checks whether each of the ~106 tables and views may be
    shown, and each check first asks SQLite how the name is spelled: ~106
    executor hops per page, ~10 ms of CPU at 100,000 notices and most of its
    wall time on a busy machine (each hop waits for a thread). An immutable
    database's names cannot change while served. Answers are kept by the
    name as ``collate nocase`` compares it (ASCII letters folded), and only
    for names that exist: a request for a made-up name is asked every time
    and keeps nothing.
    """
    execute = db.execute
    spelled: dict = {}

    async def execute_keeping_names(sql, params=None, *args, **kwargs):
        if sql != _NAME_LOOKUP_SQL or not params or not isinstance(params[0], str):
            return await execute(sql, params, *args, **kwargs)
        key = params[0].translate(_ASCII_LOWER)
        if key not in spelled:
            results = await execute(sql, params, *args, **kwargs)
            if not results.rows:
                return results
            spelled[key] = results
        kept = spelled[key]
        return type(kept)(list(kept.rows), kept.truncated, kept.description)

    db.execute = execute_keeping_names


def _keep_metadata_answers(datasette) -> None:
    """Keep Datasette's answers drawn from metadata.yml alone: a table's ``allow`` blocks and a plugin's settings.

    ``_table_permission_allows(database, table)`` normalises every table of
    the metadata again for each table whose visibility is checked (~106 per
    home page: ~11 ms of its CPU at 100,000 notices), and
    ``plugin_config`` merges the metadata for every cell a page renders
    (datasette-render-markdown asks for its settings once per cell: 750 per
    table page, 600 on search_documents, ~9 ms). Both depend only on the
    metadata, which is read once at startup and not changed while serving
    (see :class:`SharedMetadata`), so each answer is kept after the first
    time and handed out as a copy (at most ``METADATA_ANSWERS`` of each). When
    a plugin gives metadata through the ``get_metadata`` hook, which may
    change, nothing is kept. ``$env`` and ``$file`` values in a plugin's
    settings are resolved once (metadata.yml has none).
    """
    from datasette.plugins import pm

    if pm.hook.get_metadata.get_hookimpls():
        return
    for name in ("_table_permission_allows", "plugin_config"):
        method = getattr(datasette, name, None)
        if method is not None:
            setattr(datasette, name, _kept_sync(method))


METADATA_ANSWERS = 1024


def _kept_sync(method):
    """``method`` with each answer kept after the first call (a copy is handed out), at most ``METADATA_ANSWERS``."""
    answers: OrderedDict = OrderedDict()

    def kept(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in answers:
            answers.move_to_end(key)
        else:
            answers[key] = method(*args, **kwargs)
            if len(answers) > METADATA_ANSWERS:
                answers.popitem(last=False)
        return copy.deepcopy(answers[key])

    return kept


def _kept(method, copy_out):
    answers: dict = {}

    async def kept(*args):
        if args not in answers:
            answers[args] = await method(*args)
        return copy_out(answers[args])

    return kept


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
def render_cell(row, value, column, table, database, datasette):
    """Link id columns of views and queries to their rows, documents to the notice page, and copies of a notice to each other.

    A document's title links to its notice page, where a researcher reads the
    notice with its extractions: Datasette renders the primary-key column of a
    table page itself (render_cell is not called for it), so the title is
    the one cell of the documents table that can carry the link. Under it the
    other copies of the notice are listed (document groups: "also published
    as 3 (canonical) 7 (wraps)"), linked to their notice pages.

    Only ids (integers) go into the links; every text is escaped.
    """
    if table == "documents" and column == "title" and row is not None and "id" in row.keys():
        doc_id = row["id"]
        if not isinstance(doc_id, int):
            return None
        base = datasette.urls.database(database)

        async def with_copies():
            title = Markup(f'<a href="{escape(base)}/-/notice/{doc_id}">{escape(value or "(no title)")}</a>')
            copies = await copies_of(datasette, database, doc_id)
            if not copies:
                return title
            links = " ".join(f'<a href="{escape(base)}/-/notice/{i}">{i}</a> ({escape(rel)})' for i, rel in copies)
            return Markup(f"{title}<br><small>also published as {links}</small>")

        return with_copies
    if table == "documents" and column == "pipeline" and isinstance(value, str):
        # One unbroken JSON line of fingerprints was the widest thing in the documents table,
        # squeezing the title to a few characters a line: a space after each comma lets it wrap.
        return value.replace(",", ", ")
    if table == "documents" and column == "id" and isinstance(value, int):
        url = f"{datasette.urls.database(database)}/-/notice/{value}"
        return Markup(f'{value} <a href="{escape(url)}">read as notice</a>')
    target = _LINKS.get(column)
    if target is None or not isinstance(value, int) or (table and table == target):
        return None
    if table in {"documents", "provisions", "quotas", "obligations", "deadlines", "body_mentions", "references", "sections", "bodies"}:
        return None  # foreign keys link these already
    url = datasette.urls.row(database, target, str(value))
    return Markup(f'<a href="{escape(url)}">{escape(target[:-1])} {value}</a>')


_COPIES_SQL = (
    "select o.document_id, o.relation from document_groups g "
    "join document_groups o on o.group_id = g.group_id and o.document_id != g.document_id "
    "where g.document_id = ? order by o.relation != 'canonical', o.document_id"
)


async def copies_of(datasette, database: str, doc_id: int) -> list[tuple[int, str]]:
    """(document id, relation) of the other copies of ``doc_id``'s notice (document_groups), canonical first.

    A database served immutable cannot change, so its groups are read once
    (one small table: only documents that have copies have rows) instead of
    once per cell of the documents table; a mutable one is asked every time.
    """
    db = datasette.get_database(database)
    try:
        if db.is_mutable:
            return [tuple(r) for r in (await db.execute(_COPIES_SQL, [doc_id])).rows]
        cache = getattr(datasette, "policykb_copies", None)
        if cache is None:
            cache = datasette.policykb_copies = {}
        if database not in cache:
            rows = await _all_groups(db)
            groups: dict[int, list[tuple[int, str]]] = {}
            member: dict[int, int] = {}
            for doc, group, relation in rows:
                groups.setdefault(group, []).append((doc, relation))
                member[doc] = group
            cache[database] = (groups, member)
        groups, member = cache[database]
        if doc_id not in member:
            return []
        return [(i, rel) for i, rel in groups[member[doc_id]] if i != doc_id]
    except Exception:  # a database built before document_groups existed
        return []


async def _all_groups(db) -> list[tuple[int, int, str]]:
    def read(conn):
        return conn.execute(
            "select document_id, group_id, relation from document_groups order by relation != 'canonical', document_id"
        ).fetchall()

    return await db.execute_fn(read)


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


CSV_CHUNK = 64 * 1024


def _coalesce_csv(app):
    """Send a ``.csv`` response in chunks of about ``CSV_CHUNK`` bytes instead of one message per row.

    Datasette writes each CSV row as its own ASGI message, which uvicorn sends
    as its own HTTP chunk and socket write: for 1,000 quota rows that, not the
    8 ms query, was most of the time. Large exports still stream.
    """

    async def wrapped(scope, receive, send):
        if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
            await app(scope, receive, send)
            return
        buffer: list[bytes] = []
        size = 0

        async def send_coalesced(message):
            nonlocal size
            if message["type"] != "http.response.body":
                await send(message)
                return
            buffer.append(message.get("body", b""))
            size += len(buffer[-1])
            more = message.get("more_body", False)
            if not more or size >= CSV_CHUNK:
                body = b"".join(buffer)
                buffer.clear()
                size = 0
                await send({"type": "http.response.body", "body": body, "more_body": more})

        await app(scope, receive, send_coalesced)

    return wrapped


def _with_bom(app):
    """Prepend a UTF-8 byte-order mark to ``.csv`` responses asked for with ``_bom=1``.

    Excel reads a CSV without BOM as the local code page and shows Chinese
    as mojibake (FIELD-NOTES.md); Datasette's CSV has none.
    """

    async def wrapped(scope, receive, send):
        if scope.get("type") == "http" and scope.get("path", "").endswith(".excelcsv"):
            # Query views (canned queries, ?sql=) override a renderer's status
            # with their own 200, which turns the redirect into a blank page.
            async def send_redirect(message):
                if message["type"] == "http.response.start" and any(k.lower() == b"location" for k, _ in message.get("headers", [])):
                    message = dict(message, status=302)
                await send(message)

            await app(scope, receive, send_redirect)
            return
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


_EXTRACTION_SQL = {
    "quotas": "select id, provision_id, evidence, actor, activity_key, comparator, value, value_max, unit, period, per_year from quotas where document_id = ?",
    "obligations": "select id, provision_id, evidence, modality, trigger from obligations where document_id = ?",
    "deadlines": "select id, provision_id, evidence, kind, start_date, end_date from deadlines where document_id = ?",
    "body_mentions": "select m.id, m.provision_id, m.text as evidence, m.role, b.name from body_mentions m join bodies b on b.id = m.body_id where m.document_id = ?",
    "references": 'select id, provision_id, evidence, title, doc_number from "references" where document_id = ?',
}


_COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "=": "=", "range": ""}
# total is "no repeating period" (≥ 12个 offered, ≥ 95% taking part): nothing to say, "in total" misreads it
_PERIOD_WORDS = {"total": "", "school_year": "per school year"}


def _number(value: float | None) -> str:
    """30.0 → "30", 33.33 → "33.33": the figure as the notice would print it."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _summary(table: str, row: dict) -> str:
    """One line a researcher reads beside the evidence: 校长 · 听课 ≥ 30节 per semester; deadline by 2024-01-10."""
    if table == "quotas":
        value = _number(row["value"]) if row["value_max"] is None else f"{_number(row['value'])}–{_number(row['value_max'])}"
        comparator = _COMPARATOR_SIGNS.get(row["comparator"], row["comparator"] or "")
        period = _PERIOD_WORDS.get(row["period"], f"per {row['period']}" if row["period"] else "")
        figure = f"{comparator} {value}".strip()
        return f"{row['actor'] or '—'} · {row['activity_key'] or '—'} {figure}{row['unit'] or ''} {period}".rstrip()
    if table == "obligations":
        return f"{row['modality']} ({row['trigger']})"
    if table == "deadlines":
        start, end = row["start_date"], row["end_date"]
        if start and end:
            return f"{row['kind']} {start} – {end}" if start != end else f"{row['kind']} {start}"
        if end:
            return f"{row['kind']}, by {end}"
        if start:
            return f"{row['kind']}, from {start}"
        return f"{row['kind']} (no date)"
    if table == "body_mentions":
        return f"{row['name']} ({row['role']})"
    return row["title"] or row["doc_number"] or ""


async def notice_page(request, datasette):
    """A document read like the notice: metadata, then provisions in order with their extractions."""
    from datasette.utils.asgi import NotFound, Response

    database = request.url_vars["database"]
    doc_id = int(request.url_vars["id"])
    db = datasette.get_database(database)
    rows = (await db.execute("select * from documents where id = ?", [doc_id])).rows
    if not rows:
        raise NotFound(f"document {doc_id} not found")
    doc = dict(rows[0])
    region = None
    if doc.get("region_key"):
        found = (await db.execute("select * from regions where key = ?", [doc["region_key"]])).rows
        region = dict(found[0]) if found else None
    headings = {r["start"] for r in (await db.execute("select start from sections where document_id = ?", [doc_id])).rows}
    provisions = [
        dict(r, heading=r["start"] in headings)
        for r in (await db.execute(
            "select id, section_path, text, start from provisions where document_id = ? order by ordinal", [doc_id]
        )).rows
    ]
    copies = []
    for copy_id, relation in await copies_of(datasette, database, doc_id):
        found = (await db.execute("select title, issuer, date from documents where id = ?", [copy_id])).rows
        if found:
            copies.append({"id": copy_id, "relation": relation, **dict(found[0])})
    group = (await db.execute(
        'select relation, similarity, start, "end" from document_groups where document_id = ?', [doc_id])).rows \
        if copies else []
    extractions: dict[int, list[dict]] = {}
    for table, sql in _EXTRACTION_SQL.items():
        for r in (await db.execute(sql, [doc_id])).rows:
            row = dict(r)
            extractions.setdefault(row["provision_id"], []).append(
                {"table": table, "id": row["id"], "kind": table.rstrip("s").replace("_", " "),
                 "summary": _summary(table, row), "evidence": row["evidence"]}
            )
    from .review import notice_reviews

    context = {"doc": doc, "region": region, "provisions": provisions, "extractions": extractions, "database": database,
               "copies": copies, "group": dict(group[0]) if group else None}
    context.update(await notice_reviews(datasette, database, doc, extractions, provisions))  # issue 13: review state
    html = await datasette.render_template("notice.html", context, request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    from .review import review_post

    return [
        (r"^/(?P<database>[^/]+)/-/notice/(?P<id>\d+)$", notice_page),
        (r"^/-/review$", review_post),
    ]
