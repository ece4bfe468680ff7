"""Is the pipeline linear in the size of one notice? One N MB notice against N notices of 1 MB.

Concatenates synthetic notices (``bench/synth.py``) into N chunks of about
1 MB of UTF-8 each, runs the pipeline after reading (clean, metadata,
segment, extract: ``extract.pipeline.process_raw``, which has no size limit)
on each chunk and on all chunks joined as one notice, and prints the seconds
(wall and CPU: the CPU figure is steadier on a shared machine) per stage and
the ratio (one N MB notice / N notices of 1 MB). Linear means
a ratio near 1; a quadratic step makes it grow with N. ``--sizes 1,2,4,8``
also times single notices of those sizes (prefixes of the same text).
``--part-kb`` changes the size of a part (and so the unit of ``--mb`` and
``--sizes``). ``--write`` saves the texts under ``--out`` (``big/`` with the
one notice, ``parts/`` with the 1 MB ones) for ``bench/equal.py``.

Example:
    .venv/bin/python bench/big_notice.py --mb 8 --sizes 1,2,4,8
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synth import Synth  # noqa: E402
from extract.pipeline import Timings, process_raw, warm_up  # noqa: E402

MB = 1_000_000


def chunks(n: int, *, chunk_bytes: int = MB, doc_chars: int = 4000, seed: int = 0) -> list[str]:
    """``n`` texts of about ``chunk_bytes`` UTF-8 bytes, each synthetic notices joined by a blank line."""
    synth = Synth(seed)
    out: list[str] = []
    i = 0
    for _ in range(n):
        parts: list[str] = []
        size = 0
        while size < chunk_bytes:
            text = synth.notice(i, doc_chars)
            parts.append(text)
            size += len(text.encode("utf-8")) + 1
            i += 1
        out.append("\n".join(parts))
    return out


def timed(text: str, name: str) -> tuple[float, float, Timings, int]:
    """Wall and CPU seconds of ``process_raw`` on ``text``, its stage timings (wall), and the records it found."""
    t = Timings()
    t0, c0 = time.perf_counter(), time.process_time()
    doc = process_raw(text, path=name, timings=t)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    ex = doc.extractions
    found = len(ex.quotas) + len(ex.obligations) + len(ex.deadlines) + len(ex.bodies) + len(ex.references)
    return seconds, cpu, t, found


def stages(t: Timings) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in t.as_dict().items() if k not in ("read", "store"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=8, help="size of the one big notice, and number of 1 MB notices (default 8)")
    ap.add_argument("--sizes", default="", help="comma-separated MB sizes of single notices to time as well (1,2,4,8)")
    ap.add_argument("--part-kb", type=int, default=1000, help="size of the parts in kB (default 1000: the MB above)")
    ap.add_argument("--write", action="store_true", help="write the texts under --out for bench/equal.py")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "big_notice")
    args = ap.parse_args(argv)

    unit = "MB" if args.part_kb == 1000 else f"x {args.part_kb} kB"
    parts = chunks(args.mb, chunk_bytes=args.part_kb * 1000)
    big = "\n".join(parts)
    print(f"{len(parts)} notices of 1 {unit} ({sum(len(p) for p in parts) / len(parts):,.0f} characters each); "
          f"one notice of {len(big.encode('utf-8')) / MB:.2f} MB ({len(big):,} characters)")
    if args.write:
        for sub in ("big", "parts"):
            (args.out / sub).mkdir(parents=True, exist_ok=True)
            for old in (args.out / sub).glob("*.txt"):
                old.unlink()
        (args.out / "big" / f"big_{args.mb}.txt").write_text(big, encoding="utf-8")
        for k, p in enumerate(parts):
            (args.out / "parts" / f"part_{k:02d}.txt").write_text(p, encoding="utf-8")
        print(f"written under {args.out}")
    warm_up()

    for size in [int(s) for s in args.sizes.split(",") if s]:
        seconds, cpu, t, found = timed("\n".join(parts[:size]), f"single_{size}.txt")
        print(f"one notice of {size} {unit}: {seconds:.2f} s, CPU {cpu:.2f} s ({stages(t)}), {found} records")

    small_wall = small_cpu = 0.0
    small_t = Timings()
    for k, p in enumerate(parts):
        seconds, cpu, t, _ = timed(p, f"part_{k:02d}.txt")
        small_wall += seconds
        small_cpu += cpu
        small_t.add(t)
    print(f"{len(parts)} notices of 1 {unit}: {small_wall:.2f} s, CPU {small_cpu:.2f} s ({stages(small_t)})")
    seconds, cpu, t, found = timed(big, f"big_{args.mb}.txt")
    print(f"one notice of {args.mb} {unit}: {seconds:.2f} s, CPU {cpu:.2f} s ({stages(t)}), {found} records")
    print(f"ratio one notice of {args.mb} {unit} / {len(parts)} notices of 1 {unit}: {seconds / small_wall:.2f}, "
          f"CPU {cpu / max(small_cpu, 1e-9):.2f} (linear ≈ 1)")


if __name__ == "__main__":
    main()
