"""Reviewing extractions in the browser: the POST endpoint and what the notice page shows.

``policykb serve`` opens ``reviews.db`` writable beside the immutable
database (see :func:`extract.reviews.prepare_serving`). A review posted from
a notice page is checked (same host and origin, Datasette's CSRF token,
evidence equal to the notice text at its offsets), written to
``corpus/reviews.csv`` and to ``reviews.db``, and shown on the page at once;
the comparisons take it up at the next ``policykb build``.
"""

from __future__ import annotations

import json
import os
import secrets
from typing import Any
from urllib.parse import urlsplit

from .. import reviews as rv_mod
from ..reviews import DECISIONS, TABLES, Review, ReviewError

REVIEWS_DB = "reviews"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
CSRF_COOKIE = "ds_csrftoken"


class Refused(Exception):
    """A review POST that must be refused: (HTTP status, reason)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def settings(datasette) -> dict[str, str]:
    """The serving settings ``prepare_serving`` wrote (csv path, reviewer, hosts); empty when reviews are off."""
    if REVIEWS_DB not in datasette.databases:
        return {}
    try:
        rows = (await datasette.get_database(REVIEWS_DB).execute("select key, value from settings")).rows
    except Exception:  # noqa: BLE001  a reviews.db not made by policykb
        return {}
    return {r[0]: r[1] for r in rows}


def _hostname(netloc: str) -> str:
    if netloc.startswith("["):
        return netloc.split("]")[0] + "]"
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def check_origin(headers: dict[str, str], allowed: set[str]) -> None:
    """Refuse a POST whose Host is not this server's, or whose Origin (or Referer) is another site.

    Example: Host ``127.0.0.1:8001`` with Origin ``http://evil.example`` → 403.
    """
    host = headers.get("host", "")
    if _hostname(host) not in allowed:
        raise Refused(403, f"review refused: Host {host!r} is not this server (serving on {', '.join(sorted(allowed))})")
    origin = headers.get("origin")
    source = origin or headers.get("referer")
    if not source or source == "null":
        raise Refused(403, "review refused: the request names no Origin or Referer; post from the notice page")
    if urlsplit(source).netloc != host:
        raise Refused(403, f"review refused: posted from {urlsplit(source).netloc or source!r}, not from {host!r}")


def check_csrf(datasette, cookies: dict[str, str], token: str | None) -> None:
    """Refuse a POST without Datasette's CSRF token (form field ``csrftoken`` or header ``x-csrftoken``) matching its cookie.

    Datasette's own check lets a POST without cookies through; a review always needs both.
    """
    from itsdangerous import BadSignature

    cookie = cookies.get(CSRF_COOKIE, "")
    if not cookie or not token or not secrets.compare_digest(cookie, token):
        raise Refused(403, "review refused: missing or wrong CSRF token; reload the notice page and try again")
    try:
        datasette.unsign(cookie, "csrftoken")
    except BadSignature:
        raise Refused(403, "review refused: the CSRF cookie is not this server's; reload the notice page") from None


def _allowed_hosts(conf: dict[str, str]) -> set[str]:
    hosts = set(LOCAL_HOSTS)
    for h in (conf.get("hosts") or "").split(",") + os.environ.get("POLICYKB_REVIEW_HOSTS", "").split(","):
        if h.strip():
            hosts.add(h.strip())
    return hosts


async def _read(request) -> tuple[dict[str, Any], bool]:
    """The posted fields and whether they came as JSON."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip()
    if ctype == "application/json":
        try:
            data = json.loads((await request.post_body()) or b"{}")
        except ValueError:
            raise Refused(400, "review refused: the body is not JSON") from None
        if not isinstance(data, dict):
            raise Refused(400, "review refused: the body must be a JSON object")
        return data, True
    if ctype == "application/x-www-form-urlencoded":
        return dict(await request.post_vars()), False
    raise Refused(415, "review refused: post a form or JSON")


def _int(data: dict, name: str) -> int:
    try:
        return int(str(data.get(name, "")).strip())
    except ValueError:
        raise Refused(400, f"review refused: {name} must be a whole number") from None


async def make_review(datasette, data: dict[str, Any], reviewer: str) -> tuple[Review, str, int]:
    """The :class:`Review` a POST describes, checked against the database; (review, database, document id)."""
    database = str(data.get("database") or "policy")
    if database not in datasette.databases or database == REVIEWS_DB:
        raise Refused(400, f"review refused: no database {database!r}")
    db = datasette.get_database(database)
    table = str(data.get("table") or "")
    decision = str(data.get("decision") or "")
    if table not in TABLES:
        raise Refused(400, f"review refused: table must be one of {', '.join(TABLES)}")
    if decision not in DECISIONS:
        raise Refused(400, f"review refused: decision must be one of {', '.join(DECISIONS)}")
    spec = TABLES[table]
    doc_id = _int(data, "document_id")
    found = (await db.execute("select sha256, path from documents where id = ?", [doc_id])).rows
    if not found:
        raise Refused(404, f"review refused: no document {doc_id}")
    sha, path = found[0]
    posted = {f: data[f"f_{f}"] for f in spec.fields if f"f_{f}" in data}
    posted.update({f: data[f] for f in spec.fields if f in data and f"f_{f}" not in data})
    auto: dict[str, Any] = {}
    if data.get("row_id") not in (None, ""):
        row_id = _int(data, "row_id")
        cols = ", ".join(f'coalesce("auto_{f}", "{f}")' for f in spec.fields)
        rows = (await db.execute(
            f'select start, "end", "{spec.evidence}", rule, {cols} from "{table}" where id = ? and document_id = ?',
            [row_id, doc_id],
        )).rows
        if not rows:
            raise Refused(404, f"review refused: no {table} row {row_id} in document {doc_id}")
        start, end, evidence, rule = rows[0][:4]
        auto = dict(zip(spec.fields, rows[0][4:]))
        if rule == "manual":  # a row a researcher added: reviewing it revises that addition
            if decision in ("corrected", "confirmed"):
                decision, posted = "added", {**auto, **posted}
            auto = {}
        if decision == "added" and rule != "manual":
            raise Refused(400, "review refused: this row was extracted; confirm, reject or correct it")
    else:
        if decision != "added":
            raise Refused(400, "review refused: give row_id of the row to review, or add a row")
        start, end = _int(data, "start"), _int(data, "end")
        if not 0 <= start < end:
            raise Refused(400, "review refused: select some text of the notice first")
        text = (await db.execute("select substr(text, ? + 1, ?) from documents where id = ?", [start, end - start, doc_id])).rows
        evidence = text[0][0] if text else ""
        if "evidence" in data and data["evidence"] != evidence:
            raise Refused(400, f"review refused: the selection {data['evidence']!r} is not the notice text at {start}-{end} ({evidence!r})")
    fields: dict[str, Any] = {}
    if decision in ("corrected", "added"):
        try:
            typed = rv_mod.check_fields(table, posted, "partial")
        except ReviewError as exc:
            raise Refused(400, f"review refused: {exc}") from None
        if decision == "corrected":
            fields = {f: v for f, v in typed.items() if not rv_mod._same(v, auto.get(f)) and not (v is None and auto.get(f) in (None, ""))}
            if not fields:
                decision = "confirmed"  # nothing differs from what the rules gave
        else:
            fields = {f: v for f, v in typed.items() if v is not None}
    review = Review(sha256=sha, path=path, table=table, start=start, end=end, evidence=evidence, decision=decision,
                    fields=fields, auto=auto if decision != "added" else {}, note=str(data.get("note") or "").strip(),
                    reviewer=reviewer, at=rv_mod.now())
    try:
        return rv_mod.check_review(review), database, doc_id
    except ReviewError as exc:
        raise Refused(400, f"review refused: {exc}") from None


async def review_post(request, datasette):
    """``POST /-/review``: record one review (form fields or JSON), then back to the notice page (or JSON)."""
    from datasette.utils.asgi import Response

    wants_json = "application/json" in request.headers.get("content-type", "") or \
        "application/json" in request.headers.get("accept", "")
    try:
        if request.method != "POST":
            raise Refused(405, "POST a review from a notice page")
        conf = await settings(datasette)
        if not conf.get("csv"):
            raise Refused(503, "reviews are off: serve with `policykb serve`, which opens reviews.db beside the database")
        check_origin({k.lower(): v for k, v in request.headers.items()}, _allowed_hosts(conf))
        data, is_json = await _read(request)
        check_csrf(datasette, request.cookies, str(data.get("csrftoken") or request.headers.get("x-csrftoken") or ""))
        review, database, doc_id = await make_review(datasette, data, conf.get("reviewer") or "")
    except Refused as exc:
        if wants_json:
            return Response.json({"ok": False, "error": exc.message}, status=exc.status)
        return Response.text(exc.message, status=exc.status)
    from pathlib import Path

    rv_mod.merge_reviews(Path(conf["csv"]), [review])
    def write(conn) -> None:
        with conn:  # Datasette leaves the transaction of a write function to it
            rv_mod.upsert_reviews_db(conn, [review])

    await datasette.get_database(REVIEWS_DB).execute_write_fn(write, block=True)
    if wants_json or is_json:
        return Response.json({"ok": True, "review": rv_mod.review_dict(review)})
    back = f"{datasette.urls.database(database)}/-/notice/{doc_id}#ex-{review.table}-{review.start}-{review.end}"
    return Response.redirect(back, status=303)


# ------------------------------------------------------------------ the notice page

STATE_LABELS = {
    "confirmed": "✓ confirmed", "rejected": "✗ rejected", "corrected": "✎ corrected", "added": "+ added",
}


async def notice_reviews(datasette, database: str, doc: dict, extractions: dict[int, list[dict]],
                         provisions: list[dict]) -> dict[str, Any]:
    """Review state for the notice page: decorates ``extractions`` in place and returns extra template variables.

    Each reviewable extraction gets its offsets, current field values, the
    decision (the latest one recorded, even before a build applied it) and a
    CSS class by state. Added rows not yet built are listed per provision;
    stale and disputed reviews of this notice from the last build are listed.
    """
    db = datasette.get_database(database)
    conf = await settings(datasette)
    if "review" not in await db.table_columns("quotas"):  # a database built before reviews, served --no-build
        return {"reviews_on": False, "review_pending": {}, "review_problems": [], "review_tables": {}}
    doc_id = doc["id"]
    live: dict[tuple, dict] = {}
    if conf:
        for r in (await datasette.get_database(REVIEWS_DB).execute(
            'select * from reviews where sha256 = ?', [doc["sha256"]]
        )).rows:
            r = dict(r)
            live[(r["table"], r["start"], r["end"], r["evidence"])] = r
    rows: dict[tuple[str, int], dict] = {}
    built_keys: set[tuple] = set()
    for table, spec in TABLES.items():
        cols = ", ".join(f'"{f}"' for f in spec.fields)
        for r in (await db.execute(
            f'select id, start, "end", "{spec.evidence}" as evidence, rule, review, review_state, review_note, {cols} '
            f'from "{table}" where document_id = ?', [doc_id]
        )).rows:
            r = dict(r)
            rows[(table, r["id"])] = r
            built_keys.add((table, r["start"], r["end"], r["evidence"]))
    for items in extractions.values():
        for ex in items:
            r = rows.get((ex["table"], ex["id"]))
            if r is None:
                continue
            spec = TABLES[ex["table"]]
            ex["reviewable"] = True
            ex["start"], ex["end"] = r["start"], r["end"]
            ex["fields"] = {f: r[f] for f in spec.fields}
            ex["choices"] = spec.choices
            ex["manual"] = r["rule"] == "manual"
            ex["built_review"], ex["review_state"] = r["review"], r["review_state"]
            lr = live.get((ex["table"], r["start"], r["end"], r["evidence"]))
            decision = lr["decision"] if lr else r["review"]
            ex["review"] = decision
            ex["note"] = (lr or {}).get("note") or r["review_note"] or ""
            ex["pending"] = bool(lr) and lr["decision"] != r["review"] and not (lr["decision"] == "added" and ex["manual"])
            if lr and lr.get("fields") and decision in ("corrected", "added"):
                ex["fields"].update(json.loads(lr["fields"]))
            ex["label"] = STATE_LABELS.get(decision or "", "")
            classes = [f"review-{decision}" if decision else "review-none"]
            if r["review_state"] and not ex["pending"]:
                classes.append(f"review-{r['review_state']}")
            ex["review_class"] = " ".join(classes)
    # Added rows recorded since the last build, shown under their provision.
    pending: dict[int, list[dict]] = {}
    starts = [(p["start"], p["id"]) for p in provisions]
    for key, lr in live.items():
        if lr["decision"] != "added" or key in built_keys:
            continue
        pid = next((i for s, i in reversed(starts) if s <= lr["start"]), None)
        pending.setdefault(pid, []).append({
            "table": lr["table"], "kind": lr["table"].rstrip("s").replace("_", " "), "evidence": lr["evidence"],
            "fields": json.loads(lr["fields"] or "{}"), "start": lr["start"], "end": lr["end"],
            "review_class": "review-added review-pending", "label": STATE_LABELS["added"], "note": lr["note"] or "",
        })
    problems = [dict(r) for r in (await db.execute(
        "select state, line, message, decision, extractor, evidence from review_status "
        "where state in ('stale', 'disputed') and (document_id = ? or path = ?) order by line",
        [doc_id, doc["path"]],
    )).rows] if await db.table_exists("review_status") else []
    return {
        "reviews_on": bool(conf),
        "review_pending": pending,
        "review_problems": problems,
        "review_tables": {t: {"fields": s.fields, "choices": s.choices} for t, s in TABLES.items()},
    }
