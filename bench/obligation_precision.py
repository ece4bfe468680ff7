"""Precision of the obligations extractor on a sample judged by an independent annotator.

``tests/obligations/judged.csv`` holds obligations the extractor found at one
commit, drawn at random from the seeds and every held-out set, each judged by
an annotator who saw neither the rules nor the output's modality and actor:
whether the marked word makes the sentence a duty, prohibition, encouragement
or permission (``is_obligation``), its modality and the words naming who bears
it (``actor``, empty when the sentence names no one). Each row is keyed by the
file, its sentence and the trigger's place in it (and the offset it had, to
choose among repeated sentences), so the same judgement scores any later
version of the rules and readers.

The script builds the seeds and held-out sets the way the sample was drawn
(``<set>/<file>``), finds the obligation the current rules make at each judged
trigger, and prints, over the judged rows the rules still extract: precision
(judged an obligation), modality precision (also the right modality) and actor
precision (also the annotator's actor, exactly); plus how many judged rows the
rules no longer extract, split into true ones lost and false ones dropped.
With ``--system FILE`` it scores the rows of an earlier run instead (the
untuned figures: ``tests/obligations/system_at_sampling.csv``).

Example:
    .venv/bin/python bench/obligation_precision.py
    .venv/bin/python bench/obligation_precision.py --system tests/obligations/system_at_sampling.csv
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "obligations" / "judged.csv"


@dataclass(frozen=True)
class Found:
    """What the rules say at one judged trigger."""

    modality: str
    actor: str


def corpus(dest: Path) -> Path:
    """The seeds as ``seeds/`` and each held-out set as ``<set>/``, as the sample was drawn."""
    seeds = dest / "seeds"
    seeds.mkdir(parents=True)
    for f in sorted((ROOT / "corpus").glob("*.txt")):
        shutil.copy(f, seeds / f.name)
    for docs in sorted((ROOT / "tests").glob("heldout*/docs")):
        shutil.copytree(docs, dest / docs.parent.name)
    return dest


def trigger_offset(text: str, row: dict[str, str]) -> int | None:
    """Where the judged trigger is in the current stored text of its document.

    The sentence is looked up (the occurrence nearest the offset it had when
    judged): a reader or cleaning change that shifts the text must not lose
    the judgement. None when the sentence is no longer in the text.
    """
    marked, word = row["sentence_with_marked_word"], row["word"]
    at = marked.find(f"【{word}】")
    sentence = marked[:at] + word + marked[at + len(word) + 2:]
    hits, pos = [], text.find(sentence)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(sentence, pos + 1)
    if not hits:
        return None
    return min(hits, key=lambda p: abs(p + at - int(row["offset"]))) + at


def current(judged: list[dict[str, str]], db: Path) -> dict[int, Found]:
    """Row index → the obligation the current rules make at that trigger (absent when none)."""
    conn = sqlite3.connect(db)
    texts = dict(conn.execute("select path, text from documents"))
    found: dict[int, Found] = {}
    for i, row in enumerate(judged):
        word = row["word"]
        off = trigger_offset(texts.get(row["file"], ""), row)
        if off is None:
            continue
        hits = conn.execute(
            'select o.modality, o.actor, o.start, o.evidence from obligations o join documents d '
            'on d.id = o.document_id where d.path = ? and o.trigger = ? and o.start <= ? and o."end" > ?',
            (row["file"], word, off, off),
        ).fetchall()
        for modality, actor, start, evidence in hits:
            if evidence[off - start: off - start + len(word)] == word:
                found[i] = Found(modality, actor or "")
                break
    conn.close()
    return found


def earlier(judged: list[dict[str, str]], system: Path) -> dict[int, Found]:
    """Row index → the obligation an earlier run made (``--system`` file, keyed like the sample)."""
    with system.open(encoding="utf-8") as f:
        by_key = {(r["file"], r["offset"], r["word"]): Found(r["modality"], r["actor"]) for r in csv.DictReader(f)}
    return {i: by_key[(r["file"], r["offset"], r["word"])] for i, r in enumerate(judged)
            if (r["file"], r["offset"], r["word"]) in by_key}


def report(judged: list[dict[str, str]], found: dict[int, Found]) -> dict[str, float]:
    """Precision figures over the judged rows the rules extract, and what they no longer extract."""
    n = len(found)
    true = [i for i in found if judged[i]["is_obligation"] == "yes"]
    modality_ok = [i for i in true if found[i].modality == judged[i]["modality"]]
    actor_ok = [i for i in modality_ok if found[i].actor == judged[i]["actor"]]
    actor_ok_any = [i for i in true if found[i].actor == judged[i]["actor"]]
    # the same party, one span holding the other (城镇中小学教师 / 教师): annotators trim modifiers differently
    actor_near = [i for i in modality_ok if found[i].actor == judged[i]["actor"] or (
        found[i].actor and judged[i]["actor"] and (found[i].actor in judged[i]["actor"] or judged[i]["actor"] in found[i].actor))]
    lost = [i for i, r in enumerate(judged) if i not in found and r["is_obligation"] == "yes"]
    dropped = [i for i, r in enumerate(judged) if i not in found and r["is_obligation"] != "yes"]
    return {
        "judged": len(judged),
        "extracted": n,
        "precision": len(true) / n if n else 0.0,
        "modality_precision": len(modality_ok) / n if n else 0.0,
        "actor_precision": len(actor_ok) / n if n else 0.0,
        "actor_accuracy_on_true": len(actor_ok_any) / len(true) if true else 0.0,
        "actor_precision_nested": len(actor_near) / n if n else 0.0,
        "true_lost": len(lost),
        "false_dropped": len(dropped),
    }


def main() -> None:
    """Print the figures of the current rules (or of ``--system``) on the judged sample."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judged", type=Path, default=JUDGED)
    ap.add_argument("--system", type=Path, help="score this earlier run's rows instead of building")
    ap.add_argument("--errors", action="store_true", help="list every row judged wrong")
    args = ap.parse_args()
    with args.judged.open(encoding="utf-8") as f:
        judged = list(csv.DictReader(f))
    if args.system:
        found = earlier(judged, args.system)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            src = corpus(Path(tmp) / "corpus")
            db = Path(tmp) / "o.db"
            subprocess.run([sys.executable, "-m", "extract.cli", "build", str(src), "--db", str(db), "--quiet"],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            found = current(judged, db)
    figures = report(judged, found)
    for k, v in figures.items():
        print(f"{k:24} {v:.3f}" if isinstance(v, float) else f"{k:24} {v}")
    if args.errors:
        for i, f in sorted(found.items()):
            r = judged[i]
            if r["is_obligation"] != "yes":
                print(f"not an obligation  {r['sentence_with_marked_word']}")
            elif f.modality != r["modality"] or f.actor != r["actor"]:
                print(f"{f.modality}/{f.actor or '-'} ≠ {r['modality']}/{r['actor'] or '-'}  {r['sentence_with_marked_word']}")


if __name__ == "__main__":
    main()
