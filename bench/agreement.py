"""How far two annotators of the same notices agree, scored exactly as ``policykb eval`` scores the rules.

The issue-11 targets are measured against one annotator's gold; where two
careful annotators of the same notices disagree, no rule set can score higher
than they agree. This script takes two gold folders annotating the same
documents (same file names), treats the first as gold and the second as the
prediction, and prints eval's report: F1 is symmetric, and the attribute
accuracies on matched pairs (quota actor, activity, dates) are the share of
pairs both annotators matched on which they also wrote the same value.

Example:
    .venv/bin/python bench/agreement.py tests/heldout46/gold tests/agreement46/gold
    .venv/bin/python bench/agreement.py A/gold B/gold --verbose   # every disagreement
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.evaluate import format_report, load_gold, score_corpus  # noqa: E402


def agreement(first: Path, second: Path):
    """Eval's report of ``second`` scored against ``first`` (documents both annotated).

    Raises:
        SystemExit: the folders share no document.
    """
    golds, others = load_gold(first), load_gold(second)
    shared = sorted(set(golds) & set(others))
    if not shared:
        raise SystemExit(f"{first} and {second} annotate no document in common: pass two gold folders of the same notices")
    return score_corpus({k: golds[k] for k in shared}, {k: others[k] for k in shared}), shared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="gold folder of one annotator (scored as gold)")
    parser.add_argument("second", type=Path, help="gold folder of another annotator of the same notices")
    parser.add_argument("--verbose", action="store_true", help="list every item the two disagree on")
    args = parser.parse_args(argv)
    report, shared = agreement(args.first, args.second)
    print(f"{args.second} scored against {args.first}: {len(shared)} documents annotated by both")
    print(format_report(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
