"""Grouping copies of one notice: seconds for N documents, cold, after 1% edited, and with nothing changed.

Documents rows are inserted directly (a full build of 10,000 notices takes
minutes and is not what is measured here): ``--copies`` of them are copies
of others (a county repost with its own page chrome, a school's 转发 wrapper,
a news item quoting the notice whole), the rest distinct synthetic notices
(bench/synth.py) of about ``--chars`` characters. The grouping itself is
the real :func:`extract.groups.update_groups`, as ``policykb build`` calls
it; the printed groups are checked against the copies made.

Example:
    .venv/bin/python bench/groups.py --docs 10000 --runs 3
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synth import Synth  # noqa: E402

CPU: list[float] = []  # CPU seconds of each timed() call, in order
COLUMNS = ("path", "format", "sha256", "pipeline", "title", "issuer", "date", "chars", "text", "ingested_at")


def copy_of(text: str, issuer: str, k: int) -> str:
    """A repost, a wrapper or a news item around ``text`` (by ``k`` mod 3)."""
    title = text.splitlines()[0]
    if k % 3 == 0:
        return f"当前位置:首页 > 通知公告\n信息来源:{issuer}(转载)\n{text}\n责任编辑:县教育局办公室\n"
    if k % 3 == 1:
        return (f"第{k}中学关于转发《{title}》的通知\n各教研组:\n现将《{title}》转发给你们,请认真组织学习,结合我校实际抓好落实。\n"
                f"第{k}中学\n2024年3月9日\n{text}")
    return f"{issuer}发布新规\n3月5日,{issuer}印发《{title}》。全文如下:\n{text}\n(记者 林晓)\n"


def make_db(path: Path, docs: int, copies: int, chars: int) -> dict[int, int]:
    """Write ``docs`` documents rows; returns copy id → original id."""
    from extract.store import now, open_db

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    synth = Synth(0)
    originals = docs - copies
    rows, expected = [], {}
    texts: list[tuple[str, str]] = []
    for i in range(originals):
        parts = synth.parts(i, chars)
        text = synth.notice(i, chars)
        texts.append((text, parts["issuer"]))
        rows.append(_row(f"syn_{i:06d}.txt", parts["title"], parts["issuer"], text))
    for k in range(copies):
        o = (k * 7) % originals
        text = copy_of(texts[o][0], texts[o][1], k)
        rows.append(_row(f"copy_{k:06d}.txt", text.splitlines()[0], texts[o][1], text))
        expected[originals + k + 1] = o + 1
    with db.conn:
        db.conn.executemany(
            f"insert into documents (id, {', '.join(COLUMNS)}) values ({', '.join('?' * (len(COLUMNS) + 1))})",
            [(i + 1, *r[:-1], now()) for i, r in enumerate(rows)],
        )
    db.close()
    return expected


def _row(path: str, title: str, issuer: str, text: str) -> tuple:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return (path, "txt", sha, "bench", title, issuer, "2024-03-01", len(text), text, None)


def timed(path: Path, **kwargs) -> tuple[float, object]:
    from extract import groups
    from extract.store import open_db

    db = open_db(path)
    t0, c0 = time.perf_counter(), time.process_time()
    stats = groups.update_groups(db, **kwargs)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    db.close()
    CPU.append(cpu)
    return seconds, stats


def edit(path: Path, n: int) -> None:
    """Change the text (and so the sha256) of ``n`` documents spread over the table."""
    import sqlite3

    conn = sqlite3.connect(path)
    total = conn.execute("select count(*) from documents").fetchone()[0]
    step = max(1, total // max(1, n))
    with conn:
        for i in range(1, total + 1, step):
            conn.execute("update documents set text = text || ?, sha256 = sha256 || 'x' where id = ?",
                         [f"\n附:第{i}次修订。", i])
    conn.close()


def check(path: Path, expected: dict[int, int]) -> str:
    """How many of the copies made were grouped with their original, and how many documents were grouped wrongly."""
    import sqlite3

    conn = sqlite3.connect(path)
    group = dict(conn.execute("select document_id, group_id from document_groups"))
    relation = dict(conn.execute("select document_id, relation from document_groups"))
    conn.close()
    found = sum(1 for c, o in expected.items() if c in group and group.get(c) == group.get(o))
    originals = set(expected.values())
    stray = [d for d in group if d not in expected and d not in originals]
    kinds = {r: list(relation.values()).count(r) for r in sorted(set(relation.values()))}
    return f"{found}/{len(expected)} copies grouped with their original, {len(stray)} other documents grouped; relations {kinds}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--copies", type=float, default=0.1, help="share of the documents that are copies of another")
    ap.add_argument("--chars", type=int, default=4000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "groups")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "groups.db"
    copies = int(args.docs * args.copies)
    t0 = time.perf_counter()
    expected = make_db(path, args.docs, copies, args.chars)
    print(f"made {args.docs} documents ({copies} copies) in {time.perf_counter() - t0:.1f} s")
    work = args.out / "work.db"
    cold, incremental, noop = [], [], []
    cpu: dict[str, list[float]] = {"cold": [], "noop": [], "incremental": []}
    # The first grouping of a process imports numpy and compiles the grouping
    # lexicon; a build pays it once, so it is measured apart.
    t0 = time.perf_counter()
    from extract import groups as _groups  # noqa: F401
    imported = time.perf_counter() - t0
    for _ in range(args.runs):
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copy2(path, work)
        seconds, stats = timed(work)
        cold.append(seconds)
        cpu["cold"].append(CPU[-1])
        result = check(work, expected)
        seconds, _ = timed(work)
        noop.append(seconds)
        cpu["noop"].append(CPU[-1])
        edit(work, args.docs // 100)
        seconds, inc_stats = timed(work)
        incremental.append(seconds)
        cpu["incremental"].append(CPU[-1])
    def cpu_of(kind: str) -> str:
        return f"CPU min {min(cpu[kind]):.2f} / median {statistics.median(cpu[kind]):.2f} s"

    print(f"importing the grouping module (once per process): {imported:.2f} s")
    print(f"grouping {args.docs} documents cold: min {min(cold):.2f} / median {statistics.median(cold):.2f} s, "
          f"{cpu_of('cold')} ({args.docs / statistics.median(cold):.0f} documents/s; {stats})")
    print(f"  {result}")
    print(f"after editing 1% ({args.docs // 100} documents): min {min(incremental):.2f} / median "
          f"{statistics.median(incremental):.2f} s, {cpu_of('incremental')} ({inc_stats})")
    print(f"nothing changed: min {min(noop) * 1000:.1f} / median {statistics.median(noop) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
