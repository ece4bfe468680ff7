"""Should .doc be read with antiword or catdoc instead of LibreOffice? Prints speed and fidelity figures.

Makes the seed notices into ``.docx`` twice, with headings as Word automatic
numbering and with headings typed, has LibreOffice convert them to ``.doc``,
then reads every ``.doc`` three ways:

- policykb's reader (LibreOffice → .docx → the DOCX reader),
- ``antiword -w 0 -m UTF-8.txt`` (Debian ``antiword``),
- ``catdoc -w -d utf-8`` (Debian ``catdoc``),

and compares each with the text of the ``.docx`` it came from (cleaned, blank
lines ignored): whole text identical, Chinese characters identical, heading
markers kept, and the same sections and quotas out of the pipeline. It also
times one ``soffice`` call converting every file at once (what a batch
pre-conversion would cost per file).

Example:
    .venv/bin/python bench/office.py --runs 3
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.clean import clean  # noqa: E402
from extract.pipeline import process_raw  # noqa: E402
from extract.readers import docx as docx_reader  # noqa: E402
from extract.readers import office  # noqa: E402
from tests.office_docs import notice_docx  # noqa: E402

_CJK = re.compile(r"[\u3400-\u9fff]")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．](?!\d))", re.M)


def lines(text: str) -> list[str]:
    """Cleaned text as its non-blank lines, stripped (tools differ in blank lines and indents)."""
    return [ln.strip() for ln in clean(text).splitlines() if ln.strip()]


@dataclass
class Score:
    """What one way of reading did over all files."""

    seconds: list[float] = field(default_factory=list)
    files: int = 0
    same_text: int = 0
    same_cjk: int = 0
    headings: int = 0
    headings_expected: int = 0
    same_sections: int = 0
    same_quotas: int = 0
    failed: int = 0
    cpu: list[float] = field(default_factory=list)  # CPU seconds of child processes (soffice), per reading


def chinese(text_lines: list[str]) -> list[str]:
    """The Chinese characters of the text outside heading markers (is the prose intact?)."""
    return _CJK.findall("\n".join(_HEADING.sub("", ln) for ln in text_lines))


def facts(text: str) -> tuple[list[str], list[tuple[str, float | None, str | None]]]:
    """Section headings and (evidence, value, unit) of quotas the pipeline finds in ``text``."""
    doc = process_raw(text)
    sections = [s.heading for s in doc.sections]
    quotas = [(q.evidence, q.value, q.unit) for q in doc.extractions.quotas]
    return sections, quotas


def _child_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_tool(cmd: list[str]) -> tuple[str, float]:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, timeout=120)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace")[-300:])
    return done.stdout.decode("utf-8", "replace"), took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="readings of each file per tool (min/median reported)")
    ap.add_argument("--seeds", type=int, default=5, help="how many seed notices (corpus/0*.txt) to use")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "office")
    args = ap.parse_args(argv)

    if office.find_soffice() is None:
        print("LibreOffice is not installed (apt-get install libreoffice-writer-nogui); nothing to measure")
        return 1
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    seeds = sorted((ROOT / "corpus").glob("0*.txt"))[: args.seeds]

    docx_files: list[Path] = []
    for seed in seeds:
        for numbered in (True, False):
            kind = "numbered" if numbered else "typed"
            docx_files.append(notice_docx(seed, args.out / f"{seed.stem[:3]}_{kind}.docx", numbered=numbered))

    # One soffice call per file, as the reader does, to make the .doc files ...
    t0 = time.perf_counter()
    docs = [office.convert(d, args.out / "doc", "doc") for d in docx_files]
    single = (time.perf_counter() - t0) / len(docs)
    # ... and one call for all of them, as a batch pre-conversion would.
    with tempfile.TemporaryDirectory() as home:
        profile = Path(home) / "profile"
        t0 = time.perf_counter()
        subprocess.run([office.find_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "docx", "--outdir", str(args.out / "batch"), *map(str, docs)],
                       capture_output=True, check=True, timeout=600, env={"HOME": home, "PATH": "/usr/bin:/bin"})
        batch = (time.perf_counter() - t0) / len(docs)

    tools = {"antiword": shutil.which("antiword"), "catdoc": shutil.which("catdoc")}
    names = ["LibreOffice (policykb)", *[t for t, exe in tools.items() if exe]]
    scores = {(name, kind): Score() for name in names for kind in ("numbered", "typed")}

    for source, doc in zip(docx_files, docs):
        reference = docx_reader.read(source).text
        ref_lines = lines(reference)
        ref_cjk = chinese(ref_lines)
        ref_heads = _HEADING.findall("\n".join(ref_lines))
        ref_facts = facts(clean(reference))
        kind = source.stem.split("_")[1]
        for name in names:
            score = scores[name, kind]
            text = ""
            for _ in range(args.runs):
                try:
                    if name.startswith("LibreOffice"):
                        c0 = _child_cpu()
                        t0 = time.perf_counter()
                        text = office.read(doc).text
                        took = time.perf_counter() - t0
                        score.cpu.append(_child_cpu() - c0)
                    elif name == "antiword":
                        text, took = run_tool([tools["antiword"], "-w", "0", "-m", "UTF-8.txt", str(doc)])  # type: ignore[list-item]
                    else:
                        text, took = run_tool([tools["catdoc"], "-w", "-d", "utf-8", str(doc)])  # type: ignore[list-item]
                except Exception as exc:  # noqa: BLE001 - a failing tool is a figure, not a crash
                    print(f"{name} failed on {doc.name}: {exc}")
                    score.failed += 1
                    break
                score.seconds.append(took)
            score.files += 1
            got = lines(text)
            score.same_text += got == ref_lines
            score.same_cjk += chinese(got) == ref_cjk
            score.headings += min(len(_HEADING.findall("\n".join(got))), len(ref_heads))
            score.headings_expected += len(ref_heads)
            sections, quotas = facts(clean(text)) if text else ([], [])
            score.same_sections += sections == ref_facts[0]
            score.same_quotas += quotas == ref_facts[1]

    n = len(docs)
    print(f"{n} .doc files from {len(seeds)} seed notices (each with numbered and typed headings), "
          f"{args.runs} readings each; LibreOffice {subprocess.run([office.find_soffice(), '--version'], capture_output=True, text=True).stdout.strip()}")
    print("Compared with the .docx each .doc came from; 'prose same': the Chinese characters outside heading markers.")
    print(f"{'reader, headings':34} {'ms/file min / median':>22} {'text same':>10} {'prose same':>11} "
          f"{'headings kept':>14} {'sections same':>14} {'quotas same':>12}")
    for (name, kind), s in scores.items():
        secs = s.seconds or [float("nan")]
        print(f"{name + ', ' + kind:34} {min(secs) * 1000:>10.0f} / {statistics.median(secs) * 1000:<9.0f} "
              f"{s.same_text:>6}/{s.files:<3} {s.same_cjk:>7}/{s.files:<3} "
              f"{s.headings:>7}/{s.headings_expected:<6} {s.same_sections:>10}/{s.files:<3} {s.same_quotas:>8}/{s.files:<3}"
              + (f"  ({s.failed} failed)" if s.failed else ""))
    cpu = [c for (name, _), sc in scores.items() if name.startswith("LibreOffice") for c in sc.cpu]
    print(f"LibreOffice CPU time per file (soffice processes, independent of machine load): "
          f"{min(cpu):.2f} / {statistics.median(cpu):.2f} s (min / median)")
    print(f"soffice .docx → .doc, one call per file: {single * 1000:.0f} ms/file")
    print(f"soffice .doc → .docx, one call for all {n} files: {batch * 1000:.0f} ms/file")
    missing = [t for t, exe in tools.items() if not exe]
    if missing:
        print(f"not installed, not measured: {', '.join(missing)} (apt-get install {' '.join(missing)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
