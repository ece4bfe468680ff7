"""Build speed: a synthetic corpus built cold by ``policykb build``, against a naive reference.

Prints MB/s, documents/s, PDF pages/s, peak RSS, wall and CPU seconds per
run and per stage, the speed-up of ``--workers 2`` and, as the headline, the
ratio to the naive pipeline of issue 14, run in the same process loop on the
same files: ``spacy.blank("zh")`` with its jieba segmenter, the sentencizer,
one quota regex per sentence, SQLite rows (sentences and quota hits) and one
FTS5 table over the sentences' tokens. ``--old-naive`` also runs the earlier
reference (jieba.lcut + the same spaCy pipeline, no regex), for comparison
with older figures.

``--phases`` adds CPU accounting that does not need a quiet machine: the
text corpus built again, 1 process and ``--workers 2``, each in a fresh
process that reports ``Summary.phases``: CPU of the building process
before the workers start (start-up, corpus walk, warm-up), beside them
(the single writer) and after them (indexes, citation links, grouping,
summary tables), and the workers' CPU. From these it estimates the
``--workers 2`` time on 2 idle cores as alone-before + max((workers +
writer) / 2, writer) + alone-after, against the 1-process CPU, and the
number of workers at which the single writer would be busy (workers' CPU /
writer's CPU).

Example:
    .venv/bin/python bench/build_speed.py --mb 20 --runs 3
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.synth import write_corpus  # noqa: E402

POLICYKB = [sys.executable, "-m", "extract.cli"]


def cold_build(corpus: Path, db: Path, workers: int = 1) -> dict:
    """Run ``policykb build`` in a fresh process on a fresh database; seconds, stage timings, peak RSS."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    out = subprocess.run(
        [*POLICYKB, "build", str(corpus), "--db", str(db), "--quiet", "--timings", "--workers", str(workers)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    seconds = time.perf_counter() - t0
    stats = {"cpu": _children_cpu() - cpu0}
    stats |= json.loads(out.split("timings: ", 1)[1])
    # ru_maxrss of children: the largest single descendant so far (KiB on Linux).
    stats["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stats["seconds"] = seconds
    stats["summary"] = out.splitlines()[0]
    return stats


def phase_run(corpus: Path, db: Path, workers: int) -> None:
    """In this (fresh) process: build like ``policykb build`` and print ``Summary.phases`` as JSON."""
    import extract.cli  # noqa: F401  the command's own imports, paid by every build
    from extract.build import build
    from extract.store import open_db

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    handle = open_db(db)
    summary = build(corpus, handle, workers=workers)
    handle.close()
    print(json.dumps(summary.phases))


def phases(corpus: Path, db: Path, workers: int) -> dict:
    """``Summary.phases`` of a cold build in a fresh process."""
    out = subprocess.run([sys.executable, __file__, "--phase-run", str(corpus), str(db), str(workers)],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def estimate(one: dict, two: dict) -> dict:
    """The ``--workers 2`` build on 2 idle cores, from CPU seconds (see the module docstring)."""
    before, beside = two["documents"], two["written"] - two["documents"]
    after, workers = two["end"] - two["written"], two["workers"]
    pool = max((workers + beside) / 2, beside)
    return {"one": one["end"], "before": before, "beside": beside, "after": after, "workers": workers,
            "alone": before + after, "two": before + pool + after, "speedup": one["end"] / (before + pool + after),
            "writer_busy_at": workers / beside if beside else float("inf")}


def _children_cpu() -> float:
    """User + system CPU seconds of the finished children (and their own waited-for children: pool workers)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


# One quota regex, the kind a first attempt would write: 每学期至少听课30节, 不少于72学时.
NAIVE_QUOTA = re.compile(
    r"(每(?:学期|学年|年|月|周|天|日)|(?:至少|不少于|不低于|不超过|达到))[^，。；！？]{0,12}?"
    r"(\d+(?:\.\d+)?|[一二三四五六七八九十百两]+)\s*(节|次|学时|课时|篇|小时|天|人|%)"
)


def naive_pipeline(corpus: Path, db: Path) -> tuple[float, float]:
    """Issue 14's naive pipeline on every ``*.txt`` of ``corpus``; (wall, CPU) seconds, imports included.

    spaCy ``blank("zh")`` with its jieba segmenter, the sentencizer, one quota
    regex per sentence, SQLite rows (a sentence table and a quota table) and
    one FTS5 table over the sentences' jieba tokens, one transaction per notice.
    """
    db.unlink(missing_ok=True)
    t0, c0 = time.perf_counter(), time.process_time()
    import jieba
    import spacy

    jieba.setLogLevel(60)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", "\n"]})
    conn = sqlite3.connect(db)
    conn.execute("create table sentences (id integer primary key, document text, text text, start int, \"end\" int)")
    conn.execute("create table quotas (id integer primary key, sentence_id int, evidence text, value text, unit text)")
    conn.execute("create virtual table sentences_fts using fts5(text)")
    sid = 0
    for path in sorted(corpus.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        sents, quotas, fts = [], [], []
        for s in doc.sents:
            sid += 1
            sents.append((sid, path.name, s.text, s.start_char, s.end_char))
            fts.append((sid, " ".join(t.text for t in s if not t.is_space)))
            quotas.extend((sid, m.group(0), m.group(2), m.group(3)) for m in NAIVE_QUOTA.finditer(s.text))
        with conn:
            conn.executemany('insert into sentences values (?, ?, ?, ?, ?)', sents)
            conn.executemany("insert into quotas (sentence_id, evidence, value, unit) values (?, ?, ?, ?)", quotas)
            conn.executemany("insert into sentences_fts (rowid, text) values (?, ?)", fts)
    conn.close()
    return time.perf_counter() - t0, time.process_time() - c0


def naive_reference(corpus: Path, db: Path) -> float:
    """The earlier reference (issue 5): jieba.lcut + spaCy's own jieba segmenter + sentencizer + sqlite sentence rows."""
    import jieba
    import spacy

    jieba.setLogLevel(60)
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", "\n"]})
    conn = sqlite3.connect(db)
    conn.execute("create table sentences (id integer primary key, document text, text text, start int, \"end\" int)")
    conn.execute("create virtual table sentences_fts using fts5(text)")
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words = jieba.lcut(text)
        doc = nlp(text)
        rows = [(path.name, s.text, s.start_char, s.end_char) for s in doc.sents]
        with conn:
            conn.executemany('insert into sentences (document, text, start, "end") values (?, ?, ?, ?)', rows)
            conn.execute("insert into sentences_fts (text) values (?)", [" ".join(words)])
    conn.close()
    return time.perf_counter() - t0


def naive_run(corpus: Path, db: Path, old: bool = False) -> dict:
    """The naive pipeline in a fresh process, like ``policykb build``: wall and CPU seconds, start-up included."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--naive-only", str(corpus), str(db), *(["--old-naive"] if old else [])],
                   cwd=ROOT, check=True)
    return {"seconds": time.perf_counter() - t0, "cpu": _children_cpu() - cpu0}


def fmt(values: list[float], unit: str, digits: int = 2) -> str:
    return f"min {min(values):.{digits}f} / median {statistics.median(values):.{digits}f} {unit}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="MB of text notices (default 20)")
    ap.add_argument("--pdf", type=int, default=None, help="PDF notices (default: 2 per MB, at least 2)")
    ap.add_argument("--docx", type=int, default=None, help="DOCX notices (default: 1 per MB, at least 1)")
    ap.add_argument("--html", type=int, default=None, help="HTML notices (default: 1 per MB, at least 1)")
    ap.add_argument("--runs", type=int, default=1, help="repetitions; min and median are printed")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "build_speed")
    ap.add_argument("--no-naive", action="store_true", help="skip the naive pipeline")
    ap.add_argument("--old-naive", action="store_true", help="also run issue 5's reference (jieba.lcut + spaCy, no regex)")
    ap.add_argument("--no-workers", action="store_true", help="skip the --workers 2 run")
    ap.add_argument("--no-other", action="store_true", help="skip the PDF and DOCX/HTML builds")
    ap.add_argument("--phases", action="store_true", help="also estimate --workers 2 on idle cores from CPU per phase")
    ap.add_argument("--naive-only", nargs=2, type=Path, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    ap.add_argument("--phase-run", nargs=3, metavar=("CORPUS", "DB", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase_run:
        phase_run(Path(args.phase_run[0]), Path(args.phase_run[1]), int(args.phase_run[2]))
        return
    if args.naive_only:
        (naive_reference if args.old_naive else naive_pipeline)(*args.naive_only)
        return

    out = args.out
    shutil.rmtree(out, ignore_errors=True)
    text_dir, mixed_dir, pdf_dir = out / "text", out / "mixed", out / "pdf"
    n_pdf = args.pdf if args.pdf is not None else max(2, int(2 * args.mb))
    n_docx = args.docx if args.docx is not None else max(1, int(args.mb))
    n_html = args.html if args.html is not None else max(1, int(args.mb))
    t0 = time.perf_counter()
    counts = write_corpus(text_dir, args.mb)
    if not args.no_other:
        write_corpus(pdf_dir, 0, pdf=n_pdf, seed=1)
        write_corpus(mixed_dir, 0, docx=n_docx, html=n_html, seed=2)
    print(f"corpus: {counts['txt']} text notices, {counts['txt_bytes'] / 1e6:.1f} MB; {n_pdf} PDF, "
          f"{n_docx} DOCX, {n_html} HTML ({time.perf_counter() - t0:.1f} s to generate) in {out}")

    db = out / "bench.db"
    text_runs, w2_runs, naive_runs, old_runs, pdf_runs, mixed_runs, estimates = [], [], [], [], [], [], []
    for _ in range(args.runs):
        # Interleaved, so that both sides of each ratio see the same load on a shared machine.
        if not args.no_naive:
            naive_runs.append(naive_run(text_dir, out / "naive.db"))
        text_runs.append(cold_build(text_dir, db))
        if not args.no_workers:
            w2_runs.append(cold_build(text_dir, db, workers=2))
        if args.old_naive:
            old_runs.append(naive_run(text_dir, out / "naive-old.db", old=True))
        if not args.no_other:
            pdf_runs.append(cold_build(pdf_dir, db))
            mixed_runs.append(cold_build(mixed_dir, db))
        if args.phases:
            estimates.append(estimate(phases(text_dir, db, 1), phases(text_dir, db, 2)))

    mb = counts["txt_bytes"] / 1e6
    docs = counts["txt"]
    secs = [r["seconds"] for r in text_runs]
    cpus = [r["cpu"] for r in text_runs]
    if naive_runs:
        nsecs = [r["seconds"] for r in naive_runs]
        ncpus = [r["cpu"] for r in naive_runs]
        print(f"naive pipeline (spaCy blank zh + jieba segmenter + sentencizer + one quota regex per sentence + "
              f"sqlite rows + one FTS5 table): {fmt([mb / s for s in nsecs], 'MB/s')}; "
              f"wall {fmt(nsecs, 's')}, CPU {fmt(ncpus, 's')}")
        print(f"RATIO policykb build (1 process) / naive, same run, same files: wall {fmt([n / s for n, s in zip(nsecs, secs)], 'x')}; "
              f"CPU {fmt([n / c for n, c in zip(ncpus, cpus)], 'x')}")
    print(f"text build (1 process, cold, incl. start-up): {text_runs[0]['summary']}")
    print(f"  speed: {fmt([mb / s for s in secs], 'MB/s')}; {fmt([docs / s for s in secs], 'documents/s', 1)}")
    print(f"  seconds: wall {fmt(secs, 's')}, CPU {fmt(cpus, 's')}")
    stages = {k: [r["stages"][k] for r in text_runs] for k in text_runs[0]["stages"]}
    total = statistics.median(secs)
    print("  per stage (median s, share of wall time): " + ", ".join(
        f"{k} {statistics.median(v):.2f} ({statistics.median(v) / total:.0%})" for k, v in stages.items()))
    print(f"  peak RSS of any build process: {max(r['peak_rss_mb'] for r in text_runs + w2_runs + pdf_runs + mixed_runs):.0f} MB")
    if w2_runs:
        w2 = [r["seconds"] for r in w2_runs]
        print(f"text build --workers 2: {fmt([mb / s for s in w2], 'MB/s')}; speed-up "
              f"{fmt([a / b for a, b in zip(secs, w2)], 'x')} (CPU {fmt([r['cpu'] for r in w2_runs], 's')})")
    if estimates:
        e = {k: [r[k] for r in estimates] for k in estimates[0]}
        print(f"--workers 2 from CPU per phase (min / median s): 1 process {fmt(e['one'], 's')}; "
              f"building process alone before the workers {fmt(e['before'], 's')}, beside them {fmt(e['beside'], 's')}, "
              f"alone after them {fmt(e['after'], 's')}; workers {fmt(e['workers'], 's')}")
        print(f"  estimated on 2 idle cores: {fmt(e['two'], 's')}, speed-up {fmt(e['speedup'], 'x')}; "
              f"the single writer is busy from {fmt(e['writer_busy_at'], 'workers', 1)} on (workers' CPU / writer's CPU), "
              f"i.e. at most {fmt([mb / b for b in e['beside']], 'MB/s', 1)} while documents are written")
    if old_runs:
        osecs = [r["seconds"] for r in old_runs]
        print(f"issue 5's reference (jieba.lcut + spaCy jieba segmenter + sentencizer + sqlite): "
              f"{fmt([mb / s for s in osecs], 'MB/s')}; policykb / it {fmt([n / s for n, s in zip(osecs, secs)], 'x')}")
    if pdf_runs:
        pdf_secs = [r["seconds"] for r in pdf_runs]
        pages = pdf_runs[0]["pages"]
        read_pdf = [r["stages"]["read"] for r in pdf_runs]
        print(f"PDF build: {pages} pages in {n_pdf} files: {fmt([pages / s for s in pdf_secs], 'pages/s (whole build)', 1)}; "
              f"reading only {fmt([pages / s for s in read_pdf], 'pages/s', 1)}")
    if mixed_runs:
        mixed_secs = [r["seconds"] for r in mixed_runs]
        print(f"DOCX+HTML build: {n_docx + n_html} files: {fmt([(n_docx + n_html) / s for s in mixed_secs], 'documents/s', 1)}")


if __name__ == "__main__":
    main()
