"""Researchers' reviews of extracted rows: confirm, reject, correct, add.

Reviews are the researcher's data, so they live in the corpus as a plain,
diff-friendly file, ``corpus/reviews.csv`` (UTF-8 with BOM, one line per
reviewed row, sorted by document path), keyed by what identifies a row across
rebuilds: the document's content hash (``documents.sha256``), the table, the
evidence's offsets and the evidence text. The build never reads it as a
notice; :func:`apply_reviews` applies it to the freshly built database:

- a rejected row stays, with ``review = 'rejected'``;
- a corrected row carries the corrected values, the automatic ones in ``auto_*``;
- an added row is inserted with ``rule = 'manual'``;
- a review whose evidence is no longer at its offsets (the notice text
  changed) is ``stale`` and applied to nothing; a review of a row the rules
  now extract differently (the automatic values differ from those the review
  recorded) is applied and marked ``review_state = 'disputed'``.

Every line's outcome goes to the ``review_status`` table; a malformed line
is reported with its line number and skipped, the others apply.

Example:

    >>> rv = Review(sha256="ab" * 32, path="通知.txt", table="quotas", start=10, end=21,
    ...             evidence="校长每学期至少听课30节", decision="corrected", fields={"value": 20})
    >>> rv.key[1:]
    ('quotas', 10, 21, '校长每学期至少听课30节')
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from . import store
from .errors import PolicyKBError

CSV_NAME = "reviews.csv"
CSV_COLUMNS = ("sha256", "path", "table", "start", "end", "evidence", "decision", "fields", "auto", "note", "reviewer", "at")
DECISIONS = ("confirmed", "rejected", "corrected", "added")
# Rows a comparison may count as reviewed: a disputed confirmation confirmed values the rules no longer give.
REVIEWED_SQL = "(review in ('corrected', 'added') or (review = 'confirmed' and review_state is null))"

PERIODS = ("semester", "school_year", "year", "quarter", "month", "week", "day", "total")
COMPARATORS = (">=", "<=", "=", "range")
KINDS = ("absolute", "range", "relative", "recurring", "period")
MODALITIES = ("must", "must_not", "should", "encouraged", "may")
ROLES = ("issuer", "recipient", "lead", "responsible", "cooperating", "oversight")


@dataclass(frozen=True)
class TableSpec:
    """What a researcher may review in one extraction table."""

    evidence: str  # column holding the evidence text
    fields: tuple[str, ...]  # fields a researcher may correct
    derived: tuple[str, ...] = ()  # columns recomputed from the fields
    required: tuple[str, ...] = ()  # fields an added row must give
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()

    @property
    def auto_columns(self) -> tuple[str, ...]:
        """The columns whose automatic values a correction keeps in ``auto_*``."""
        return self.fields + self.derived


TABLES: dict[str, TableSpec] = {
    "quotas": TableSpec(
        "evidence", ("actor", "activity", "period", "comparator", "value", "value_max", "unit"),
        derived=("actor_role", "activity_key", "per_year"), required=("period", "comparator", "value"),
        choices={"period": PERIODS, "comparator": COMPARATORS}, numbers=("value", "value_max"),
    ),
    "deadlines": TableSpec(
        "evidence", ("kind", "start_date", "end_date"), required=("kind",), choices={"kind": KINDS},
        dates=("start_date", "end_date"),
    ),
    "obligations": TableSpec(
        "evidence", ("modality", "actor", "action"), required=("modality",), choices={"modality": MODALITIES},
    ),
    "body_mentions": TableSpec("text", ("name", "role"), required=("name", "role"), choices={"role": ROLES}),
}
STATES = ("applied", "disputed", "stale", "superseded", "invalid")


class ReviewError(PolicyKBError):
    """A review that cannot be recorded (wrong table, decision, fields or evidence)."""


@dataclass(frozen=True)
class Review:
    """One researcher's decision on one row (a line of ``corpus/reviews.csv``)."""

    sha256: str
    path: str
    table: str
    start: int
    end: int
    evidence: str
    decision: str
    fields: dict[str, Any] = field(default_factory=dict)  # corrected / added values
    auto: dict[str, Any] = field(default_factory=dict)  # the automatic values the reviewer saw
    note: str = ""
    reviewer: str = ""
    at: str = ""
    line: int = 0  # line in the file it was read from (0 = not from a file)

    @property
    def key(self) -> tuple[str, str, int, int, str]:
        """What identifies the reviewed row across rebuilds."""
        return (self.sha256, self.table, self.start, self.end, self.evidence)

    def csv_row(self) -> list[str]:
        """The line of ``reviews.csv``: JSON with sorted keys, so a diff shows only what changed."""
        return [
            self.sha256, self.path, self.table, str(self.start), str(self.end), self.evidence, self.decision,
            _json(self.fields) if self.fields else "", _json(self.auto) if self.auto else "",
            self.note, self.reviewer, self.at,
        ]


@dataclass
class ReviewFile:
    """What :func:`read_reviews` found: valid reviews, problems by line, and the raw invalid lines (kept on rewrite)."""

    reviews: list[Review] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    invalid_rows: list[list[str]] = field(default_factory=list)


def _json(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def now() -> str:
    """UTC time of a review, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def default_reviewer() -> str:
    """Who is reviewing: $POLICYKB_REVIEWER, else git's user.name, else the login name."""
    name = os.environ.get("POLICYKB_REVIEWER")
    if name:
        return name
    try:
        import subprocess

        out = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return os.environ.get("USER") or os.environ.get("USERNAME") or ""


# ------------------------------------------------------------------ checking


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_fields(table: str, fields: dict[str, Any], decision: str) -> dict[str, Any]:
    """Validate and normalise the corrected/added ``fields`` of a review; raises :class:`ReviewError`.

    Numbers become floats, empty strings None.

    Example: ``check_fields("quotas", {"value": "20"}, "corrected")`` → ``{"value": 20.0}``.
    """
    spec = TABLES[table]
    if not isinstance(fields, dict):
        raise ReviewError("fields must be a JSON object")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in spec.fields:
            raise ReviewError(f"{table} has no field {name!r}; it has {', '.join(spec.fields)}")
        if isinstance(value, str):
            value = value.strip()
        if value == "" or value is None:
            out[name] = None
            continue
        if name in spec.numbers:
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ReviewError(f"{name} must be a number, not {value!r}") from None
        elif name in spec.choices and value not in spec.choices[name]:
            raise ReviewError(f"{name} must be one of {', '.join(spec.choices[name])}, not {value!r}")
        elif name in spec.dates and not (isinstance(value, str) and _DATE.match(value)):
            raise ReviewError(f"{name} must be an ISO date (2024-03-31), not {value!r}")
        elif not isinstance(value, (str, int, float)):
            raise ReviewError(f"{name} must be text, not {value!r}")
        out[name] = value
    if decision == "corrected" and not out:
        raise ReviewError("a correction needs the corrected fields")
    if decision == "added":
        missing = [f for f in spec.required if out.get(f) is None]
        if missing:
            raise ReviewError(f"an added {table} row needs {', '.join(missing)}")
    if decision in ("confirmed", "rejected") and out:
        raise ReviewError(f"a {decision} review carries no fields (use decision corrected to change values)")
    return out


def check_review(rv: Review) -> Review:
    """``rv`` with its fields normalised, or :class:`ReviewError` saying what is wrong."""
    if not re.fullmatch(r"[0-9a-f]{64}", rv.sha256 or ""):
        raise ReviewError(f"sha256 must be the document's 64-character hex hash, not {rv.sha256!r}")
    if rv.table not in TABLES:
        raise ReviewError(f"table must be one of {', '.join(TABLES)}, not {rv.table!r}")
    if rv.decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {rv.decision!r}")
    if not (0 <= rv.start < rv.end):
        raise ReviewError(f"offsets {rv.start}-{rv.end} are not a span (0 <= start < end)")
    if not rv.evidence or len(rv.evidence) != rv.end - rv.start:
        raise ReviewError(f"evidence {rv.evidence!r} is not {rv.end - rv.start} characters long (end - start)")
    if not isinstance(rv.auto, dict):
        raise ReviewError("auto must be a JSON object")
    return replace(rv, fields=check_fields(rv.table, rv.fields, rv.decision))


def review_from_row(row: dict[str, str], line: int = 0) -> Review:
    """A :class:`Review` from a ``reviews.csv`` row (a dict of strings); raises :class:`ReviewError`."""
    def number(name: str) -> int:
        try:
            return int(str(row.get(name) or "").strip())
        except ValueError:
            raise ReviewError(f"{name} must be a whole number, not {row.get(name)!r}") from None

    def obj(name: str) -> dict:
        raw = (row.get(name) or "").strip()
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ReviewError(f"{name} is not valid JSON ({exc.msg} at character {exc.pos + 1})") from None
        if not isinstance(value, dict):
            raise ReviewError(f"{name} must be a JSON object like {{\"value\": 20}}")
        return value

    rv = Review(
        sha256=(row.get("sha256") or "").strip(), path=(row.get("path") or "").strip(),
        table=(row.get("table") or "").strip(), start=number("start"), end=number("end"),
        evidence=row.get("evidence") or "", decision=(row.get("decision") or "").strip(),
        fields=obj("fields"), auto=obj("auto"), note=row.get("note") or "", reviewer=row.get("reviewer") or "",
        at=(row.get("at") or "").strip(), line=line,
    )
    return check_review(rv)


# ------------------------------------------------------------------ the file


def read_reviews(path: Path) -> ReviewFile:
    """Read ``reviews.csv``; a malformed line is reported (line number, what is wrong) and skipped.

    A file without the expected header is one problem on line 1 and no reviews.
    """
    out = ReviewFile()
    if not path.exists():
        return out
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        out.problems.append((1, f"not UTF-8 ({exc.reason} at byte {exc.start}); save it as UTF-8 (with or without BOM)"))
        return out
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return out
    except csv.Error as exc:
        out.problems.append((1, f"unreadable CSV header ({exc})"))
        return out
    header = [h.strip() for h in header]
    missing = [c for c in CSV_COLUMNS if c not in header and c not in ("fields", "auto", "note", "reviewer", "at")]
    if missing:
        out.problems.append((1, f"header lacks column(s) {', '.join(missing)}; expected {','.join(CSV_COLUMNS)}"))
        return out
    while True:
        line = reader.line_num + 1
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.problems.append((line, f"unreadable CSV ({exc})"))
            break
        if not any(c.strip() for c in raw):
            continue
        if len(raw) > len(header):
            out.problems.append((line, f"{len(raw)} cells, the header has {len(header)} (an unquoted comma?)"))
            out.invalid_rows.append(raw)
            continue
        try:
            out.reviews.append(review_from_row(dict(zip(header, raw)), line))
        except ReviewError as exc:
            out.problems.append((line, str(exc)))
            out.invalid_rows.append(raw)
    return out


def _sort_key(rv: Review) -> tuple:
    return (rv.path, rv.sha256, rv.start, rv.end, rv.table, rv.evidence, rv.at)


def write_reviews(path: Path, reviews: Iterable[Review], invalid_rows: Iterable[list[str]] = ()) -> None:
    """Write ``reviews.csv`` atomically: UTF-8 with BOM, sorted by path (colleagues' additions merge line by line).

    Lines that could not be read are kept, verbatim, at the end: a researcher's data is never dropped.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for rv in sorted(reviews, key=_sort_key):
        writer.writerow(rv.csv_row())
    for raw in invalid_rows:
        writer.writerow(raw)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reviews.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(buf.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def merge_reviews(path: Path, new: Iterable[Review]) -> tuple[int, int]:
    """Record ``new`` reviews in the file at ``path``, replacing earlier reviews of the same rows.

    Returns (recorded, unchanged): a review equal to the one on file (same
    decision, fields and note) leaves the file's line, and its time, alone.
    """
    found = read_reviews(path)
    by_key: dict[tuple, Review] = {}
    for rv in found.reviews:
        if rv.key not in by_key or rv.at >= by_key[rv.key].at:
            by_key[rv.key] = rv
    others = [rv for rv in found.reviews if by_key.get(rv.key) is not rv]
    recorded = unchanged = 0
    for rv in new:
        old = by_key.get(rv.key)
        if old and (old.decision, old.fields, old.note) == (rv.decision, rv.fields, rv.note):
            unchanged += 1
            continue
        by_key[rv.key] = replace(rv, line=0)
        others = [o for o in others if o.key != rv.key]
        recorded += 1
    if recorded:
        write_reviews(path, list(by_key.values()) + others, found.invalid_rows)
    return recorded, unchanged


def latest(reviews: Iterable[Review]) -> tuple[list[Review], list[Review]]:
    """(the latest review of each row, the earlier ones it supersedes); a tie goes to the later line."""
    best: dict[tuple, Review] = {}
    for rv in reviews:
        if rv.key not in best or rv.at >= best[rv.key].at:
            best[rv.key] = rv
    keep = set(map(id, best.values()))
    return list(best.values()), [rv for rv in reviews if id(rv) not in keep]


# ------------------------------------------------------------------ applying


@dataclass
class ReviewReport:
    """What :func:`apply_reviews` did, for the build summary line."""

    states: Counter = field(default_factory=Counter)
    problems: list[tuple[int, str]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # stale and disputed reviews, one line each

    def line(self) -> str:
        """e.g. ``reviews: 3 applied, 1 disputed, 1 stale, 0 invalid``; empty without reviews."""
        if not sum(self.states.values()):
            return ""
        parts = [f"{self.states[s]} {s}" for s in ("applied", "disputed", "stale") ]
        parts += [f"{self.states[s]} {s}" for s in ("superseded",) if self.states[s]]
        parts.append(f"{self.states['invalid']} invalid")
        return "reviews: " + ", ".join(parts)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def undo_reviews(db: sqlite_utils.Database) -> None:
    """Put back the automatic rows: drop manual rows, restore corrected values, clear review columns."""
    for table, spec in TABLES.items():
        t = _q(table)
        db.execute(f"delete from {t} where rule = 'manual'")
        restore = ", ".join(f"{_q(c)} = {_q('auto_' + c)}" for c in spec.auto_columns)
        db.execute(f"update {t} set {restore} where review = 'corrected'")
        clear = ", ".join(f"{_q('auto_' + c)} = null" for c in spec.auto_columns)
        db.execute(f"update {t} set review = null, review_state = null, review_note = null, {clear} where review is not null")
    # Range on the unique key and a probe per body: no scan of bodies or body_mentions on a large corpus.
    db.execute("delete from bodies where key >= 'manual|' and key < 'manual}' "
               "and not exists (select 1 from body_mentions m where m.body_id = bodies.id)")


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-9
    if a == "" or b == "":
        return (a or None) == (b or None)
    return a == b


def differs(recorded: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """Fields whose automatic value the review recorded and the row now has differently."""
    return [k for k, v in recorded.items() if k in current and not _same(v, current[k])]


def derive(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a quota (actor_role, activity_key, per_year) from its fields, as the extractor computes them."""
    if table != "quotas":
        return {}
    from .extractors.quotas.activities import _activity_key
    from .extractors.quotas.actors import _role_of
    from .extractors.quotas.lexicon import _lexicon

    lex = _lexicon()
    actor, activity, unit = values.get("actor"), values.get("activity"), values.get("unit") or ""
    factor = lex.per_year.get(values.get("period"))
    value = values.get("value")
    share = unit in lex.share_units
    return {
        "actor_role": _role_of(actor, lex) if actor else None,
        "activity_key": _activity_key(activity, unit, lex),
        "per_year": value * factor if factor is not None and value is not None and not share else None,
    }


def _provision_at(db: sqlite_utils.Database, doc_id: int, start: int) -> int | None:
    row = db.execute(
        "select id from provisions where document_id = ? and start <= ? order by start desc limit 1", [doc_id, start]
    ).fetchone()
    return row[0] if row else None


def _insert_manual(db: sqlite_utils.Database, rv: Review, doc_id: int, values: dict[str, Any], review: str,
                   state: str | None) -> int:
    spec = TABLES[rv.table]
    row: dict[str, Any] = {
        "document_id": doc_id, "provision_id": _provision_at(db, doc_id, rv.start),
        spec.evidence: rv.evidence, "start": rv.start, "end": rv.end,
        "rule": "manual", "review": review, "review_state": state, "review_note": rv.note or None,
    }
    row.update({f: values.get(f) for f in spec.fields})
    row.update(derive(rv.table, values))
    if rv.table == "obligations":
        row["trigger"] = ""
    if rv.table == "body_mentions":
        name = values.get("name") or rv.evidence
        found = db.execute("select id from bodies where name = ? order by is_class, id limit 1", [name]).fetchone()
        if found:
            row["body_id"] = found[0]
        else:
            row["body_id"] = db.execute(
                "insert into bodies (key, name, kind, level, region_adcode, is_class) values (?, ?, null, null, null, 0)",
                ["manual|" + name, name],
            ).lastrowid
    cols = list(row)
    return db.execute(
        f"insert into {_q(rv.table)} ({', '.join(map(_q, cols))}) values ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    ).lastrowid


def _apply_to_row(db: sqlite_utils.Database, rv: Review, row: dict[str, Any], review: str, state: str | None) -> None:
    spec = TABLES[rv.table]
    sets: dict[str, Any] = {"review": review, "review_state": state, "review_note": rv.note or None}
    if review == "corrected":
        current = {c: row[c] for c in spec.auto_columns}
        values = {**{f: row[f] for f in spec.fields}, **rv.fields}
        sets.update({"auto_" + c: current[c] for c in spec.auto_columns})
        sets.update({f: values[f] for f in spec.fields})
        sets.update(derive(rv.table, values))
    db.execute(
        f"update {_q(rv.table)} set {', '.join(f'{_q(k)} = ?' for k in sets)} where id = ?", [*sets.values(), row["id"]]
    )


def apply_one(db: sqlite_utils.Database, rv: Review) -> list[tuple[str, str, int | None, int | None]]:
    """Apply one review to every document with its content; (state, message, document id, row id) for each."""
    spec = TABLES[rv.table]
    docs = db.execute(
        "select id, substr(text, ? + 1, ?) from documents where sha256 = ? order by id", [rv.start, rv.end - rv.start, rv.sha256]
    ).fetchall()
    moved = ""
    if not docs and rv.path:
        docs = db.execute(
            "select id, substr(text, ? + 1, ?) from documents where path = ?", [rv.start, rv.end - rv.start, rv.path]
        ).fetchall()
        moved = f" (document {rv.path} changed since the review)"
    if not docs:
        return [("stale", f"no document with sha256 {rv.sha256[:12]}… or path {rv.path!r} is in the database", None, None)]
    out = []
    for doc_id, text in docs:
        if text != rv.evidence:
            out.append(("stale", f"the notice text changed{moved}: at {rv.start}-{rv.end} it now reads {text!r}, "
                                 f"not {rv.evidence!r}; review it again", doc_id, None))
            continue
        cols = ", ".join(["id", *map(_q, spec.auto_columns)])
        rows = [
            dict(zip(["id", *spec.auto_columns], r))
            for r in db.execute(
                f"select {cols} from {_q(rv.table)} where document_id = ? and start = ? and \"end\" = ? "
                f"and {_q(spec.evidence)} = ? and rule is not 'manual' order by id",
                [doc_id, rv.start, rv.end, rv.evidence],
            )
        ]
        row = next((r for r in rows if not differs(rv.auto, r)), rows[0] if rows else None)
        if row is None:
            if rv.decision == "rejected":
                out.append(("applied", "the rules no longer extract this row", doc_id, None))
                continue
            values = {**rv.auto, **rv.fields}
            state = None if rv.decision == "added" else "disputed"
            row_id = _insert_manual(db, rv, doc_id, values, rv.decision, state)
            msg = "" if state is None else "the rules no longer extract this row; kept as a manual row with the reviewed values"
            out.append(("disputed" if state else "applied", msg + moved, doc_id, row_id))
            continue
        changed = differs(rv.auto, row)
        if rv.decision == "added":
            # The rules now find the row the researcher added: the researcher's values win, flagged for a look.
            _apply_to_row(db, replace(rv, decision="corrected"), row, "corrected", "disputed")
            out.append(("disputed", "the rules now extract this row too; the added values replace theirs", doc_id, row["id"]))
            continue
        state = "disputed" if changed else None
        _apply_to_row(db, rv, row, rv.decision, state)
        msg = ""
        if changed:
            msg = "the rules now extract " + ", ".join(f"{k} {row[k]!r} (reviewed: {rv.auto[k]!r})" for k in changed)
        out.append(("disputed" if changed else "applied", msg + (moved if msg else moved.strip()), doc_id, row["id"]))
    return out


def apply_reviews(db: sqlite_utils.Database, csv_path: Path) -> ReviewReport:
    """Apply ``csv_path`` (``corpus/reviews.csv``) to ``db``, in one transaction, and fill ``review_status``.

    Run after every build: it first undoes what the last run applied (so a
    review edited or removed in the file takes effect), then applies each
    row's latest review. Cost is proportional to the number of reviews.
    """
    report = ReviewReport()
    found = read_reviews(csv_path)
    current, superseded = latest(found.reviews)
    status: list[tuple] = []
    with db.conn:
        touched = _reviewed_documents(db)  # their summary rows change with the reviews undone …
        undo_reviews(db)
        db.execute("delete from review_status")
        for rv in sorted(current, key=lambda r: r.line):
            for state, message, doc_id, row_id in apply_one(db, rv):
                report.states[state] += 1
                status.append((rv.line, state, message or None, doc_id, row_id, rv))
                if state in ("stale", "disputed"):
                    report.messages.append(f"{csv_path.name} line {rv.line}: {state}: {rv.path} {rv.table} "
                                           f"“{rv.evidence}”: {message}")
        for rv in superseded:
            report.states["superseded"] += 1
            status.append((rv.line, "superseded", "a later review of the same row replaces it", None, None, rv))
        for line, problem in found.problems:
            report.states["invalid"] += 1
            report.problems.append((line, problem))
            db.execute("insert into review_status (line, state, message) values (?, 'invalid', ?)", [line, problem])
        db.conn.executemany(
            'insert into review_status (line, state, message, decision, extractor, document_id, row_id, path, sha256, '
            'start, "end", evidence, note, reviewer, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [(line, state, msg, rv.decision, rv.table, doc_id, row_id, rv.path, rv.sha256, rv.start, rv.end,
              rv.evidence, rv.note or None, rv.reviewer or None, rv.at or None)
             for line, state, msg, doc_id, row_id, rv in status],
        )
        store.mark_summaries(db.conn, touched | _reviewed_documents(db))  # … and applied again
    store.refresh_summaries(db)
    return report


def _reviewed_documents(db: sqlite_utils.Database) -> set[int]:
    """Documents with a reviewed or a manual row in any reviewed table (read from the partial indexes on review and rule)."""
    found: set[int] = set()
    for table in TABLES:
        for where in ("review is not null", "rule = 'manual'"):
            found.update(r[0] for r in db.execute(f"select distinct document_id from {_q(table)} where {where}"))
    return found


# ------------------------------------------------------------------ precision and gold


def precision(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Per extractor and rule: rows reviewed, confirmed, corrected, rejected, added, and measured precision.

    ``precision`` counts a corrected row as found (its span was right);
    ``strict_precision`` only confirmed rows. Disputed reviews are left out:
    they judged what the rules extracted before.
    """
    cursor = db.execute("select * from review_precision")
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r)) for r in cursor]


def format_precision(rows: list[dict[str, Any]]) -> str:
    """The table ``policykb eval --reviews`` prints."""
    if not rows:
        return "no reviewed rows yet: review extractions on the notice pages of `policykb serve`, then `policykb build`"
    head = f"{'extractor':<14} {'rule':<12} {'reviewed':>8} {'confirmed':>9} {'corrected':>9} {'rejected':>8} {'added':>6} {'disputed':>8} {'precision':>9} {'strict':>7}"
    out = [head, "-" * len(head)]
    for r in rows:
        p = "—" if r["precision"] is None else f"{r['precision']:.2f}"
        s = "—" if r["strict_precision"] is None else f"{r['strict_precision']:.2f}"
        out.append(
            f"{r['extractor']:<14} {r['rule']:<12} {r['reviewed']:>8} {r['confirmed']:>9} {r['corrected']:>9} "
            f"{r['rejected']:>8} {r['added']:>6} {r['disputed']:>8} {p:>9} {s:>7}"
        )
    return "\n".join(out)


def _gold_metadata(db: sqlite_utils.Database, doc_id: int) -> tuple[str, dict[str, Any]]:
    """(path, the ``metadata`` of a gold file) for one stored document, as :mod:`extract.predictions` reads it."""
    path, title, issuer, number, date, name, adcode, level, province, township = db.execute(
        "select d.path, d.title, d.issuer, d.doc_number, d.date, r.name, r.adcode, r.level, r.province, r.township "
        "from documents d left join regions r on r.key = d.region_key where d.id = ?", [doc_id]
    ).fetchone()
    return path, {
        "title": title, "issuer": issuer, "doc_number": number, "date": date,
        "region": {"name": name, "adcode": adcode, "level": level, "province": province, "township": township},
    }


def drop_stale(db: sqlite_utils.Database, csv_path: Path) -> int:
    """Remove from ``csv_path`` the reviews the last build found stale (their notice text changed); returns how many.

    A researcher runs it after reviewing the changed notices again: the old
    lines would otherwise be reported on every build.
    """
    stale = {tuple(r) for r in db.execute(
        'select sha256, extractor, start, "end", evidence from review_status where state = \'stale\''
    )}
    found = read_reviews(csv_path)
    keep = [rv for rv in found.reviews if rv.key not in stale]
    dropped = len(found.reviews) - len(keep)
    if dropped:
        write_reviews(csv_path, keep, found.invalid_rows)
    return dropped


def to_gold(db: sqlite_utils.Database, out_dir: Path) -> list[tuple[str, dict[str, int]]]:
    """Write a gold file (../shared/gold/SCHEMA.md format) for every document with reviewed rows.

    A gold file holds the rows a researcher confirmed, corrected or added
    (never rejected or disputed-confirmed ones) and the document's stored
    metadata. Returns (file name, {table: rows, "unreviewed": rows left}) per file:
    a document is fully annotated only when nothing is left unreviewed.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = [r[0] for r in db.execute(
        "select distinct document_id from (" + " union all ".join(
            f"select document_id from {_q(t)} where review is not null" for t in TABLES
        ) + ") order by document_id"
    )]
    written = []
    for doc_id in docs:
        path, meta = _gold_metadata(db, doc_id)
        name = path.rsplit("/", 1)[-1]

        def rows(sql: str) -> list[dict]:
            cursor = db.execute(sql + f" and {REVIEWED_SQL} order by start, id", [doc_id])
            cols = [c[0] for c in cursor.description]
            return [dict(zip(cols, r)) for r in cursor]

        quotas = [
            {k: r[k] for k in ("actor", "activity", "period", "comparator", "value", "value_max", "unit", "evidence")}
            for r in rows("select * from quotas where document_id = ?")
        ]
        deadlines = [
            {"evidence": r["evidence"], "start": r["start_date"], "end": r["end_date"], "kind": r["kind"]}
            for r in rows("select * from deadlines where document_id = ?")
        ]
        bodies: list[str] = []
        for r in rows("select name from body_mentions where document_id = ?"):
            if r["name"] not in bodies:
                bodies.append(r["name"])
        gold = {"doc": name, "metadata": meta, "quotas": quotas, "deadlines": deadlines, "bodies": bodies}
        (out_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        left = sum(
            db.execute(f"select count(*) from {_q(t)} where document_id = ? and review is null", [doc_id]).fetchone()[0]
            for t in ("quotas", "deadlines", "body_mentions")
        )
        written.append((f"{name}.json", {"quotas": len(quotas), "deadlines": len(deadlines), "bodies": len(bodies),
                                          "unreviewed": left}))
    return written


# ------------------------------------------------------------------ spreadsheets

SHEET_FIELDS = ("actor", "activity", "period", "comparator", "value", "value_max", "unit", "kind", "start_date",
                "end_date", "modality", "action", "name", "role")
SHEET_COLUMNS = ("document_id", "path", "title", "sha256", "table", "start", "end", "evidence", "decision", "note",
                 *SHEET_FIELDS, "auto", "review_state")


def sheet_rows(db: sqlite_utils.Database, tables: Iterable[str] = tuple(TABLES)) -> Iterable[list[Any]]:
    """Every extracted row as a spreadsheet line: the current values (corrected where corrected), the decision on file."""
    for table in tables:
        spec = TABLES[table]
        autos = ", ".join(f"coalesce(x.{_q('auto_' + c)}, x.{_q(c)}) as {_q('a_' + c)}" for c in spec.fields)
        cols = ", ".join(f"x.{_q(c)}" for c in spec.fields)
        sql = (
            f"select x.document_id, d.path, d.title, d.sha256, x.start, x.\"end\", x.{_q(spec.evidence)}, x.review, "
            f"x.review_note, x.review_state, x.rule, {cols}, {autos} from {_q(table)} x join documents d on d.id = x.document_id "
            f"order by d.path, x.start, x.id"
        )
        n = len(spec.fields)
        for r in db.execute(sql):
            doc_id, path, title, sha, start, end, evidence, review, note, state, rule = r[:11]
            values = dict(zip(spec.fields, r[11:11 + n]))
            auto = {} if rule == "manual" else dict(zip(spec.fields, r[11 + n:]))
            yield [doc_id, path, title, sha, table, start, end, evidence, review or "", note or "",
                   *[values.get(f) if f in values else "" for f in SHEET_FIELDS],
                   _json(auto) if auto else "", state or ""]


def export_sheet(db: sqlite_utils.Database, out: Path, tables: Iterable[str] = tuple(TABLES)) -> int:
    """Write every extracted row to ``out`` (.csv with BOM, or .xlsx) for reviewing in a spreadsheet; returns rows."""
    from .export import write

    return write(list(SHEET_COLUMNS), iter(sheet_rows(db, tables)), "xlsx" if out.suffix.lower() == ".xlsx" else "csv", out)


def _sheet_dicts(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(it, [])]
        for i, values in enumerate(it, start=2):
            yield i, {h: ("" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() and h in ("start", "end", "document_id") else str(v)))
                      for h, v in zip(header, values)}
        wb.close()
        return
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    line = 2
    for row in reader:
        yield line, {k.strip(): (v or "") for k, v in row.items() if k is not None}
        line = reader.line_num + 1


def import_sheet(path: Path, csv_path: Path, reviewer: str | None = None) -> tuple[int, int, list[tuple[int, str]]]:
    """Bring the decisions of a spreadsheet made by :func:`export_sheet` back into ``reviews.csv``.

    Lines without a decision are skipped (an empty cell never deletes a
    review on file). For ``corrected`` and ``added`` the values are the
    table's field columns; ``auto`` (from the export) records what the rules
    gave. Returns (recorded, unchanged, problems by line).
    """
    reviewer = default_reviewer() if reviewer is None else reviewer
    at = now()
    new: list[Review] = []
    problems: list[tuple[int, str]] = []
    for line, row in _sheet_dicts(path):
        decision = (row.get("decision") or "").strip()
        if not decision:
            continue
        try:
            table = (row.get("table") or "").strip()
            if table not in TABLES:
                raise ReviewError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
            spec = TABLES[table]
            auto = json.loads(row["auto"]) if (row.get("auto") or "").strip() else {}
            fields: dict[str, Any] = {}
            if decision in ("corrected", "added"):
                fields = {f: row.get(f, "") for f in spec.fields}
                if decision == "corrected":  # only what the researcher changed
                    fields = {f: v for f, v in fields.items()
                              if not _same(_typed(spec, f, v), auto.get(f)) and not (v in ("", None) and auto.get(f) is None)}
                    if not fields:
                        decision = "confirmed"
            rv = review_from_row({
                "sha256": row.get("sha256", ""), "path": row.get("path", ""), "table": table,
                "start": row.get("start", ""), "end": row.get("end", ""), "evidence": row.get("evidence", ""),
                "decision": decision, "fields": _json(fields) if fields else "", "auto": _json(auto) if auto else "",
                "note": row.get("note", ""), "reviewer": reviewer, "at": at,
            }, line)
        except (ReviewError, json.JSONDecodeError) as exc:
            problems.append((line, str(exc)))
            continue
        new.append(rv)
    recorded, unchanged = merge_reviews(csv_path, new) if new else (0, 0)
    return recorded, unchanged, problems


def _typed(spec: TableSpec, name: str, value: Any) -> Any:
    if name in spec.numbers and value not in ("", None):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


# ------------------------------------------------------------------ serving


REVIEWS_DB_SQL = """
CREATE TABLE IF NOT EXISTS reviews (
    sha256 TEXT NOT NULL, path TEXT, "table" TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    evidence TEXT NOT NULL, decision TEXT NOT NULL, fields TEXT, auto TEXT, note TEXT, reviewer TEXT, at TEXT,
    line INTEGER,
    PRIMARY KEY (sha256, "table", start, "end", evidence)
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT);
"""


def reviews_db_path(db_path: Path) -> Path:
    """Where ``policykb serve`` keeps the writable reviews database: beside the built one."""
    return db_path.with_name("reviews.db")


def upsert_reviews_db(conn, reviews: Iterable[Review]) -> None:
    """Record reviews in the serving database's ``reviews`` table (one row per reviewed row)."""
    conn.executemany(
        'insert or replace into reviews (sha256, path, "table", start, "end", evidence, decision, fields, auto, note, '
        "reviewer, at, line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*rv.csv_row()[:3], rv.start, rv.end, *rv.csv_row()[5:], rv.line or None) for rv in reviews],
    )


def prepare_serving(db_path: Path, corpus: Path, hosts: Iterable[str] = ()) -> tuple[Path, ReviewFile]:
    """Make ``reviews.db`` beside ``db_path`` hold the reviews of ``corpus/reviews.csv``; returns its path and what was read.

    ``policykb serve`` opens it writable beside the immutable database; the
    notice pages record new reviews in both this database and the CSV.
    """
    import sqlite3

    path = reviews_db_path(db_path)
    csv_path = (corpus / CSV_NAME).resolve()
    found = read_reviews(csv_path)
    current, _ = latest(found.reviews)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executescript(REVIEWS_DB_SQL)
            conn.execute("delete from reviews")
            upsert_reviews_db(conn, current)
            settings = {"csv": str(csv_path), "reviewer": default_reviewer(), "hosts": ",".join(hosts)}
            conn.executemany("insert or replace into settings (key, value) values (?, ?)", list(settings.items()))
    finally:
        conn.close()
    return path, found


def review_dict(rv: Review) -> dict[str, Any]:
    """A review as JSON for the browser."""
    out = asdict(rv)
    out.pop("line", None)
    return out
