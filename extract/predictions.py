"""Read a built database back into the gold-file shape, for ``policykb eval``.

Scoring what the database holds (not what the extractors return in memory)
checks the whole pipeline, storage included.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from .store import iter_rows


def predictions(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """Document file name → prediction dict shaped like a gold file."""
    out: dict[str, dict[str, Any]] = {}
    regions = {r["key"]: r for r in iter_rows(db, "select * from regions")}
    for doc in iter_rows(db, "select id, path, title, issuer, doc_number, date, region_key, responsible_bodies from documents"):
        region = regions.get(doc["region_key"]) if doc["region_key"] else None
        name = doc["path"].rsplit("/", 1)[-1]
        quotas = [
            {k: q[k] for k in ("actor", "activity", "period", "comparator", "value", "value_max", "unit", "evidence")}
            for q in iter_rows(db, "select * from quotas where document_id = ? order by start", [doc["id"]])
        ]
        deadlines = [
            {"evidence": d["evidence"], "start": d["start_date"], "end": d["end_date"], "kind": d["kind"]}
            for d in iter_rows(db, "select * from deadlines where document_id = ? order by start", [doc["id"]])
        ]
        out[name] = {
            "doc": name,
            "metadata": {
                "title": doc["title"],
                "issuer": doc["issuer"],
                "doc_number": doc["doc_number"],
                "date": doc["date"],
                "region": {
                    "name": region["name"] if region else None,
                    "adcode": region["adcode"] if region else None,
                    "level": region["level"] if region else None,
                    "province": region["province"] if region else None,
                    "township": region["township"] if region else None,
                },
            },
            "quotas": quotas,
            "deadlines": deadlines,
            "bodies": json.loads(doc["responsible_bodies"] or "[]"),
        }
    return out
