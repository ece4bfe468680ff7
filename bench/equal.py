"""Check that a speed change leaves every stored row the same: build a corpus, dump the database canonically.

Builds ``policykb build`` on a folder and writes one JSON line per row of the
content tables (documents, sections, provisions, extractions), sorted, and the
full-text indexes themselves (read through ``fts5vocab``, so a contentless
table compares like one that stores its text): every (term, row, column,
position) of ``provisions_fts`` and every (term, row, column) of
``documents_fts`` (a document search asks only whether a word is in it), without the columns that record when or with which code a row
was built. Two dumps that differ show exactly which rows changed.

Example:
    .venv/bin/python bench/equal.py corpus /tmp/before.jsonl
    # change the code, then
    .venv/bin/python bench/equal.py corpus /tmp/after.jsonl --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("regions", "documents", "sections", "provisions", "quotas", "obligations", "deadlines",
          "bodies", "body_mentions", "references", "ingest_errors")
# full-text table → what of its index is compared (fts5vocab 'instance' columns)
FTS = {"provisions_fts": "term, doc, col, offset", "documents_fts": "distinct term, doc, col"}
VOLATILE = {"pipeline", "ingested_at", "at", "rowid"}


def dump(db: Path) -> list[str]:
    """Sorted JSON lines ``{"table": …, "row": {…}}`` of every content row."""
    conn = sqlite3.connect(db)
    lines = []
    for table in TABLES:
        cur = conn.execute(f'select * from "{table}"')
        cols = [c[0] for c in cur.description]
        for row in cur:
            rec = {c: v for c, v in zip(cols, row) if c not in VOLATILE}
            lines.append(json.dumps({"table": table, "row": rec}, ensure_ascii=False, sort_keys=True))
    for table, cols in FTS.items():
        conn.execute(f"create virtual table temp.v_{table} using fts5vocab(main, {table}, instance)")
        for row in conn.execute(f"select {cols} from temp.v_{table}"):
            lines.append(json.dumps({"table": table, "index": row}, ensure_ascii=False))
    conn.close()
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path, help="where to write the dump (JSON lines)")
    ap.add_argument("--compare", type=Path, help="an earlier dump: print the differing lines, exit 1 if any")
    ap.add_argument("--workers", default="1")
    ap.add_argument("--max-chars", default="100000000", help="passed to policykb build (default: no practical limit)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eq.db"
        subprocess.run([sys.executable, "-m", "extract.cli", "build", str(args.corpus), "--db", str(db),
                        "--quiet", "--workers", args.workers, "--max-chars", args.max_chars], cwd=ROOT, check=True)
        lines = dump(db)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows dumped to {args.out}")
    if args.compare:
        before = set(args.compare.read_text(encoding="utf-8").splitlines())
        after = set(lines)
        gone, new = sorted(before - after), sorted(after - before)
        for line in gone[:20]:
            print("- " + line[:300])
        for line in new[:20]:
            print("+ " + line[:300])
        print(f"{len(gone)} rows only before, {len(new)} rows only after")
        return 1 if gone or new else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
