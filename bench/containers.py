"""What each container costs extraction: notices rendered into CMS pages, Word HTML, OA dumps … and scored.

Renders every ``.txt`` notice that has a gold file into each container of
``tests/containers.py`` (deterministic for ``--seed``), writes
``bench/out/containers/<container>/{docs,gold,visible}``, scores each folder
with ``extract.evaluate.run`` (a fresh build per container, as
``policykb eval --gold OUT/<container>/gold --sources OUT/<container>/docs``
does) and prints one table: a row per container plus the plain-text baseline,
so the loss a container causes is its row minus the ``plain`` row.

Example:
    .venv/bin/python bench/containers.py                    # the five seeds (corpus + ../shared/gold)
    .venv/bin/python bench/containers.py --heldout          # the .txt notices of tests/heldout*/
    .venv/bin/python bench/containers.py --docs D --gold G  # any folder of .txt notices and their gold
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from extract.evaluate import Report, run, summarise  # noqa: E402
from tests.containers import CONTAINERS, Notice, NotApplicable, render, write_renderings  # noqa: E402

SEEDS = (ROOT / "corpus", ROOT.parent / "shared" / "gold")
COLUMNS = (
    "quotas F1", "actor", "activity", "deadlines F1", "dates", "bodies F1",
    "title", "issuer", "doc_number", "date", "region",
)


def notices(pairs: list[tuple[Path, Path]]) -> list[Notice]:
    """The ``.txt`` notices of each (docs, gold) pair that have a gold file, sorted by name."""
    out: dict[str, Notice] = {}
    for docs, gold in pairs:
        for path in sorted(Path(docs).glob("*.txt")):
            g = Path(gold) / f"{path.name}.json"
            if not g.is_file():
                continue
            n = Notice.from_file(path, g)
            if n.name in out:
                raise SystemExit(f"two notices named {n.name}: score the sets separately")
            out[n.name] = n
    return list(out.values())


def write_plain(items: list[Notice], pairs: list[tuple[Path, Path]], out: Path) -> None:
    """The baseline: each notice as it came, with its own gold file."""
    docs, gold = out / "docs", out / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    names = {n.name for n in items}
    for d, g in pairs:
        for path in sorted(Path(d).glob("*.txt")):
            if path.stem in names and (Path(g) / f"{path.name}.json").is_file():
                shutil.copy2(path, docs / path.name)
                shutil.copy2(Path(g) / f"{path.name}.json", gold / f"{path.name}.json")


def figures(report: Report) -> dict[str, float | None]:
    """The table's columns from a report (None where nothing was compared)."""
    ex, md = report.extractors, report.metadata
    return {
        "quotas F1": ex["quotas"].counts.f1,
        "actor": ex["quotas"].accuracy("actor"),
        "activity": ex["quotas"].accuracy("activity"),
        "deadlines F1": ex["deadlines"].counts.f1,
        "dates": ex["deadlines"].accuracy("dates"),
        "bodies F1": ex["bodies"].counts.f1,
        **{name: md[name].accuracy for name in ("title", "issuer", "doc_number", "date", "region")},
    }


def restrict(report: Report, stems: set[str]) -> Report:
    """The report summed over the documents whose notice is in ``stems`` only (a fair baseline for a subset)."""
    return summarise([d for d in report.documents if d.doc.split(".")[0] in stems])


def table(rows: list[tuple[str, int, dict[str, float | None]]]) -> str:
    """A Markdown table: container, documents scored, then the figures."""
    head = "| container | documents | " + " | ".join(COLUMNS) + " |"
    lines = [head, "|" + "---|" * (len(COLUMNS) + 2)]
    for name, count, fig in rows:
        cells = ["n/a" if fig[c] is None else f"{fig[c]:.3f}" for c in COLUMNS]
        lines.append(f"| {name} | {count} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, action="append", default=[], help="folder of .txt notices (repeatable)")
    parser.add_argument("--gold", type=Path, action="append", default=[], help="their gold folder (one per --docs)")
    parser.add_argument("--heldout", action="store_true", help="the .txt notices of tests/heldout*/")
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--seeds", type=int, default=1, help="pool this many seeds (seed, seed+1, …) per container")
    parser.add_argument("--containers", default=",".join(CONTAINERS), help="comma-separated subset")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "containers")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    if len(args.docs) != len(args.gold):
        parser.error("give one --gold per --docs")
    pairs = list(zip(args.docs, args.gold))
    if args.heldout:
        pairs += [(d / "docs", d / "gold") for d in sorted((ROOT / "tests").glob("heldout*")) if (d / "gold").is_dir()]
    if not pairs:
        pairs = [SEEDS]
    items = notices(pairs)
    if not items:
        raise SystemExit("no .txt notice with a gold file in " + ", ".join(str(d) for d, _ in pairs))

    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    write_plain(items, pairs, args.out / "plain")
    chosen = [c.strip() for c in args.containers.split(",") if c.strip()]
    for name in chosen:
        for n in items:
            for seed in range(args.seed, args.seed + args.seeds):
                try:
                    r = render(n, name, seed)
                except NotApplicable:
                    break
                if args.seeds > 1:
                    # One file per seed: 004_….s1.cms_page.html; the baseline counts each notice once.
                    r = r.renamed(r.filename.replace(f".{name}.", f".s{seed}.{name}.", 1))
                write_renderings([r], args.out)

    rows = []
    plain: Report | None = None
    for name in ["plain", *chosen]:
        folder = args.out / name
        if not (folder / "gold").is_dir():
            rows.append((name, 0, dict.fromkeys(COLUMNS)))
            continue
        t0 = time.perf_counter()
        report = run(folder / "gold", [folder / "docs"])
        count = len(report.documents)
        rows.append((name, count, figures(report)))
        print(f"{name}: {count} notices scored in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        if plain is None:
            plain = report
        else:
            stems = {d.doc.split(".")[0] for d in report.documents}
            if len(stems) < len(plain.documents):
                # Not every notice fits this container (no dated signature): compare with the same notices.
                same = restrict(plain, stems)
                rows.append((f"↳ plain, same {len(stems)} notices", len(stems), figures(same)))
    seeds = f"seed {args.seed}" if args.seeds == 1 else f"seeds {args.seed}-{args.seed + args.seeds - 1} pooled"
    print(f"{len(items)} notices, {seeds}; loss of a container = its row minus plain")
    print(table(rows))
    if args.json:
        args.json.write_text(
            json.dumps({name: {"notices": c, **f} for name, c, f in rows}, ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
