"""Seconds per MB of each extractor alone, on notices read, cleaned and segmented beforehand.

Runs every provision of every document through each extractor's
``extract_<kind>(text, provision, ctx)`` and prints MB/s per extractor and
for the pre-extraction stages (clean, metadata, segment). Use it to find
which stage a speed change should target; ``bench/build_speed.py`` measures
the whole build.

Example:
    .venv/bin/python bench/extractors.py bench/out/build_speed/text --repeat 3
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.clean import clean  # noqa: E402
from extract.extractors import bodies, deadlines, obligations, quotas, references  # noqa: E402
from extract.metadata import extract_metadata, read_header_fields  # noqa: E402
from extract.readers import read  # noqa: E402
from extract.segment import segment  # noqa: E402
from extract.types import Context  # noqa: E402

EXTRACTORS = {
    "quotas": quotas.extract_quotas,
    "obligations": obligations.extract_obligations,
    "deadlines": deadlines.extract_deadlines,
    "bodies": bodies.extract_bodies,
    "references": references.extract_references,
}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="runs per stage; the best is printed")
    ap.add_argument("--only", help="comma-separated extractor names")
    args = ap.parse_args(argv)

    raws = [read(p) for p in sorted(args.corpus.rglob("*")) if p.suffix in (".txt", ".html", ".docx", ".pdf")]
    mb = sum(len(r.text.encode("utf-8")) for r in raws) / 1e6
    stage: dict[str, float] = {"clean": 0.0, "metadata": 0.0, "segment": 0.0}
    docs = []
    for r in raws:
        t0 = time.perf_counter()
        text = clean(r.text)
        t1 = time.perf_counter()
        meta = extract_metadata(text, {**read_header_fields(r.text), **(r.fields or {})})
        t2 = time.perf_counter()
        sections, provisions = segment(text)
        t3 = time.perf_counter()
        stage["clean"] += t1 - t0
        stage["metadata"] += t2 - t1
        stage["segment"] += t3 - t2
        ctx = Context(doc_date=date.fromisoformat(meta.date) if meta.date else None, region=meta.region,
                      provisions=provisions, sections=sections, recipients=meta.recipients,
                      issuer=meta.issuer, title=meta.title)
        docs.append((text, ctx))
    print(f"{len(docs)} documents, {mb:.2f} MB, {sum(len(c.provisions) for _, c in docs)} provisions")
    for name, secs in stage.items():
        print(f"  {name:12s} {secs:6.3f} s  {mb / secs if secs else float('inf'):7.2f} MB/s (first run, includes lexicon loading)")
    names = args.only.split(",") if args.only else list(EXTRACTORS)
    total = 0.0
    for name in names:
        fn = EXTRACTORS[name]
        best, found = float("inf"), 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = sum(1 for text, ctx in docs for p in ctx.provisions for _ in fn(text, p, ctx))
            best = min(best, time.perf_counter() - t0)
        total += best
        print(f"  {name:12s} {best:6.3f} s  {mb / best:7.2f} MB/s  {found} records")
    print(f"  {'all':12s} {total:6.3f} s  {mb / total:7.2f} MB/s")


if __name__ == "__main__":
    main()
