"""Incremental rebuilds of many small notices: a no-op rebuild, then 1% touched, then 1% edited.

The first build (cached under bench/out/rebuild while the corpus matches)
runs with ``--workers 2``; then each timed rebuild is a fresh
``policykb build`` process, start-up included, as a user would run it.

Example:
    .venv/bin/python bench/rebuild.py --docs 10000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synth import Synth  # noqa: E402

POLICYKB = [sys.executable, "-m", "extract.cli"]


def make_corpus(root: Path, docs: int, chars: int) -> None:
    """``docs`` small notices of about ``chars`` characters (kept if already there)."""
    root.mkdir(parents=True, exist_ok=True)
    existing = len(list(root.glob("*.txt")))
    if existing == docs:
        return
    for p in root.glob("*.txt"):
        p.unlink()
    synth = Synth(3)
    for i in range(docs):
        (root / f"small_{i:06d}.txt").write_text(synth.notice(i, chars), encoding="utf-8")


def run_build(corpus: Path, db: Path, *extra: str) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run([*POLICYKB, "build", str(corpus), "--db", str(db), "--quiet", *extra],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t0, out.strip().splitlines()[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--chars", type=int, default=400, help="characters per notice (default 400)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "rebuild")
    args = ap.parse_args(argv)

    corpus, db = args.out / f"corpus-{args.docs}", args.out / f"rebuild-{args.docs}.db"
    make_corpus(corpus, args.docs, args.chars)
    seconds, line = run_build(corpus, db, "--workers", "2")
    print(f"initial build (--workers 2): {seconds:.1f} s; {line}")

    files = sorted(corpus.glob("*.txt"))
    step = max(1, len(files) // max(1, len(files) // 100))  # every 100th file: 1%
    chosen = files[::step][: max(1, len(files) // 100)]
    noop, touched, edited = [], [], []
    for run in range(args.runs):
        s, line = run_build(corpus, db)
        noop.append(s)
        now = time.time() + run + 1
        for p in chosen:  # mtime changes, bytes stay: found unchanged by hash
            os.utime(p, (now, now))
        s, touch_line = run_build(corpus, db)
        touched.append(s)
        for p in chosen:  # bytes change: re-extracted
            with p.open("a", encoding="utf-8") as fh:
                fh.write(f"\n各校要在{run + 1}月底前报送材料。\n")
        s, edit_line = run_build(corpus, db)
        edited.append(s)
    print(f"no-op rebuild of {len(files)} documents: min {min(noop):.2f} / median {statistics.median(noop):.2f} s ({line})")
    print(f"rebuild after touching {len(chosen)} files (mtime only): min {min(touched):.2f} / "
          f"median {statistics.median(touched):.2f} s ({touch_line})")
    print(f"rebuild after editing {len(chosen)} files (1%): min {min(edited):.2f} / median {statistics.median(edited):.2f} s "
          f"({edit_line})")


if __name__ == "__main__":
    main()
