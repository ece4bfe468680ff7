"""Export a table, view, canned query or SQL statement to Excel-safe CSV, XLSX or JSON."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from .errors import PolicyKBError
from .lexicons import schema_dir


class ExportError(PolicyKBError):
    """The thing to export is not a table, view, canned query or SELECT statement."""


def canned_queries() -> dict[str, dict[str, Any]]:
    """The canned queries of ``schema/metadata.yml``."""
    meta = yaml.safe_load((schema_dir() / "metadata.yml").read_text(encoding="utf-8"))
    return meta["databases"]["policy"].get("queries", {})


def resolve_query(db: sqlite_utils.Database, name: str, params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """SQL and parameters for a table/view name, a canned query name or a SELECT.

    Example: ``resolve_query(db, "principal_observation", {})`` fills the
    missing ``:province`` parameter with '' (all provinces).
    """
    if name in db.table_names() or name in db.view_names():
        return f'select * from "{name}"', params
    queries = canned_queries()
    if name in queries:
        sql = queries[name]["sql"]
    elif re.match(r"^\s*(select|with)\b", name, re.IGNORECASE):
        sql = name
    else:
        raise ExportError(
            f"{name!r} is not a table, view or canned query; try one of: "
            + ", ".join(sorted(n for n in db.table_names() + db.view_names() if "_fts" not in n) + sorted(queries))
        )
    needed = set(re.findall(r":(\w+)", sql))
    filled = {k: params.get(k, "") for k in needed}
    return sql, filled


def rows(db: sqlite_utils.Database, sql: str, params: dict[str, str]) -> tuple[list[str], Iterator[tuple]]:
    """Column names and a row iterator for ``sql`` (with the plugin's functions, jieba_query and others, available)."""
    from .datasette_plugin import fts_match, ranking, segment_query

    db.conn.create_function("jieba_query", 1, lambda q: fts_match(q or ""), deterministic=True)
    db.conn.create_function("jieba_terms", 1, lambda q: segment_query(q or ""), deterministic=True)
    ranking.register(db.conn)
    cursor = db.conn.execute(sql, params)
    return [c[0] for c in cursor.description], iter(cursor)


def write(columns: list[str], data: Iterator[tuple], fmt: str, out: Path) -> int:
    """Write rows to ``out``; CSV is UTF-8 with BOM so Excel shows Chinese. Returns the row count."""
    count = 0
    if fmt == "csv":
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in data:
                writer.writerow(row)
                count += 1
    elif fmt == "json":
        with out.open("w", encoding="utf-8") as fh:
            fh.write("[")
            for row in data:
                fh.write(("," if count else "") + "\n" + json.dumps(dict(zip(columns, row)), ensure_ascii=False))
                count += 1
            fh.write("\n]\n")
    elif fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("policykb")
        ws.append(columns)
        for row in data:
            ws.append(list(row))
            count += 1
        wb.save(out)
    else:
        raise ExportError(f"unknown format {fmt}; use csv, xlsx or json")
    return count
