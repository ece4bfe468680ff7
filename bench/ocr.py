"""OCR quality and speed: the seed notices printed, scanned and read back by policykb's OCR reader.

Each seed (``corpus/0*.txt``) is rendered to a text PDF with reportlab, its
pages rasterised at 150 and 300 dpi with a little noise and a rotation of
±0.5–1°, and saved as an image-only PDF (every page) and PNGs (first page).
The scans are built with ``policykb build`` and the script prints:

- character accuracy of the OCR'd text against the source (1 - normalised
  Levenshtein distance of whitespace-stripped cleaned texts; the text PDF's
  own figure shows what layout alone costs);
- extraction F1 against ``../shared/gold`` (scored with ``policykb eval``'s
  code) of the scans, of the text PDFs and of the plain ``.txt`` seeds, with
  the ratio scan / text PDF (target ≥ 0.85);
- pages per second of OCR (reading only, and the whole build).

Example:
    .venv/bin/python bench/ocr.py
    .venv/bin/python bench/ocr.py --dpi 150 --seeds 1   # quick look
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PIL.Image import Image

FONT = "STSong-Light"  # reportlab's built-in CID font; pdfium draws it with a system 宋体-like CJK font
FONT_SIZE = 12.0


# --------------------------------------------------------------------------- printing and scanning


# The seeds were scraped and their punctuation made half-width; a printed
# notice sets ，：；（）！？ full-width, and OCR is measured on what is printed.
_FULL = str.maketrans(",:;()!?", "，：；（）！？")
_CJK_PUNCT = re.compile(r"(?<![0-9A-Za-z])[,:;()!?]|[,:;()!?](?![0-9A-Za-z])")


def printed(text: str) -> str:
    """Punctuation as a printed notice sets it: full-width except inside numbers and Latin words (10:30, 1,000)."""
    return _CJK_PUNCT.sub(lambda m: m.group().translate(_FULL), text)


def render_text_pdf(text: str, path: Path) -> int:
    """Print ``text`` (one paragraph a line) to an A4 text PDF: first lines indented, hard-wrapped, page numbers.

    Returns the number of pages.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page_w, page_h = A4
    left = right = 72.0
    top = bottom = 80.0
    width = page_w - left - right
    leading = FONT_SIZE * 1.7
    lines: list[tuple[str, float]] = []
    for para in printed(text).splitlines():
        para = para.strip()
        if not para:
            continue
        indent, line, avail = 2 * FONT_SIZE, "", width - 2 * FONT_SIZE
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, FONT, FONT_SIZE) > avail and line and ch not in "，。、；：！？）》”":
                lines.append((line, indent))
                indent, line, avail = 0.0, "", width
            line += ch
        lines.append((line, indent))
    per_page = int((page_h - top - bottom) // leading)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    for number, page in enumerate(pages, start=1):
        c.setFont(FONT, 10.5)
        c.drawCentredString(page_w / 2, 45, f"- {number} -")
        c.setFont(FONT, FONT_SIZE)
        y = page_h - top
        for line, indent in page:
            c.drawString(left + indent, y, line)
            y -= leading
        c.showPage()
    c.save()
    return len(pages)


def scan_pages(pdf_path: Path, dpi: int, rng: random.Random) -> list[Image]:
    """Rasterise every page as a scanner would: grey, rotated ±0.5–1°, with sensor noise and specks."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image as PILImage

    pdf = pdfium.PdfDocument(str(pdf_path))
    images = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            angle = rng.choice((-1, 1)) * rng.uniform(0.5, 1.0)
            image = image.rotate(angle, resample=PILImage.Resampling.BICUBIC, fillcolor=255)
            noise = np.random.default_rng(rng.randrange(1 << 30))
            pixels = np.asarray(image, dtype=np.float32) + noise.normal(0, 12, (image.height, image.width))
            specks = noise.random((image.height, image.width)) < 0.0005
            pixels[specks] = 0
            image = PILImage.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
            image.info["dpi"] = (dpi, dpi)
            images.append(image)
    finally:
        pdf.close()
    return images


def save_image_pdf(images: list[Image], path: Path, dpi: int) -> None:
    """An image-only PDF (no text layer), one scanned page per PDF page."""
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])


# --------------------------------------------------------------------------- measuring


def build_folder(folder: Path, db_path: Path) -> tuple[dict, float, object]:
    """Build ``folder`` into a fresh database; (predictions keyed by the seed's .txt name, seconds, summary)."""
    from extract.build import build
    from extract.predictions import predictions
    from extract.store import open_db

    db = open_db(db_path)
    t0 = time.perf_counter()
    cpu0 = _children_cpu()
    summary = build(folder, db)
    seconds = time.perf_counter() - t0
    summary.ocr_cpu = _children_cpu() - cpu0  # type: ignore[attr-defined]
    if summary.errors:
        print("  build errors:", *summary.errors, sep="\n    ")
    preds = {Path(name).stem + ".txt": pred for name, pred in predictions(db).items()}
    db.close()
    return preds, seconds, summary


def _children_cpu() -> float:
    """CPU seconds of finished child processes (the Tesseract runs): a figure a busy machine does not inflate."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def texts(db_path: Path) -> dict[str, tuple[str, str]]:
    """Seed .txt name → (stored text, text_source) of each document in a built database."""
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        return {Path(p).stem + ".txt": (t, s) for p, t, s in con.execute("select path, text, text_source from documents")}
    finally:
        con.close()


def char_accuracy(ocr: str, source: str) -> float:
    """1 - normalised Levenshtein distance, whitespace removed from both."""
    from rapidfuzz.distance import Levenshtein

    strip = str.maketrans("", "", " \t\n\r\u3000")
    return 1.0 - Levenshtein.normalized_distance(ocr.translate(strip), source.translate(strip))


def f1_row(report) -> dict[str, float]:
    return {name: report.extractors[name].counts.f1 for name in ("quotas", "deadlines", "bodies")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--seeds", type=int, default=5, help="how many seed notices (first N)")
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--out", type=Path, default=HERE / "out" / "ocr")
    parser.add_argument("--seed", type=int, default=12, help="random seed of noise and rotation")
    args = parser.parse_args()

    from extract.clean import clean
    from extract.evaluate import load_gold, score_corpus
    from extract.readers import read

    shutil.rmtree(args.out, ignore_errors=True)
    seeds = sorted((ROOT / "corpus").glob("0*.txt"))[: args.seeds]
    golds = {k: v for k, v in load_gold(args.gold).items() if k in {s.name for s in seeds}}
    rng = random.Random(args.seed)

    folders: dict[str, Path] = {"txt": args.out / "txt", "text pdf": args.out / "textpdf"}
    for folder in folders.values():
        folder.mkdir(parents=True)
    pages = 0
    for seed in seeds:
        shutil.copy2(seed, folders["txt"] / seed.name)
        pages += render_text_pdf(seed.read_text(encoding="utf-8"), folders["text pdf"] / f"{seed.stem}.pdf")
    png_folders = {}
    for dpi in args.dpi:
        folder = folders[f"scan {dpi} dpi"] = args.out / f"scan{dpi}"
        png_folders[dpi] = args.out / f"png{dpi}"
        folder.mkdir()
        png_folders[dpi].mkdir()
        for seed in seeds:
            images = scan_pages(folders["text pdf"] / f"{seed.stem}.pdf", dpi, rng)
            save_image_pdf(images, folder / f"{seed.stem}.pdf", dpi)
            images[0].save(png_folders[dpi] / f"{seed.stem}.png", dpi=(dpi, dpi))
    print(f"{len(seeds)} seed notices, {pages} pages; scans at {', '.join(map(str, args.dpi))} dpi "
          f"(rotated ±0.5-1°, noise σ=12, specks), files under {args.out}")

    sources = {s.name: clean(s.read_text(encoding="utf-8")) for s in seeds}
    results: dict[str, dict] = {}
    for label, folder in folders.items():
        db_path = args.out / f"{folder.name}.db"
        preds, seconds, summary = build_folder(folder, db_path)
        stored = texts(db_path)
        accuracy = [char_accuracy(stored[name][0], sources[name]) for name in sources if name in stored]
        report = score_corpus(golds, preds)
        results[label] = {
            "f1": f1_row(report), "seconds": seconds, "read": summary.timings.read, "pages": summary.pages,
            "ocr_cpu": summary.ocr_cpu,
            "accuracy": sum(accuracy) / len(accuracy) if accuracy else 0.0, "min_accuracy": min(accuracy, default=0.0),
            "sources": sorted({s for _t, s in stored.values()}),
            "metadata": {k: t.accuracy for k, t in report.metadata.items()},
        }

    print("\n(a) character accuracy against the source text (mean / worst document)")
    for label, r in results.items():
        print(f"  {label:14s} {r['accuracy']:.4f} / {r['min_accuracy']:.4f}   text_source {','.join(r['sources'])}")
    for dpi, folder in png_folders.items():
        accs, t0 = [], time.perf_counter()
        for png in sorted(folder.glob("*.png")):
            raw = read(png)
            first_page = render_first_page_text(ROOT / "corpus" / (png.stem + ".txt"))
            accs.append(char_accuracy(clean(raw.text), clean(first_page)))
        seconds = time.perf_counter() - t0
        print(f"  PNG {dpi} dpi     {sum(accs) / len(accs):.4f} / {min(accs):.4f}   (first pages, {len(accs) / seconds:.2f} pages/s)")

    print("\n(b) extraction F1 against the gold files (ratio to the text PDF; target ≥ 0.85)")
    base = results["text pdf"]["f1"]
    for label, r in results.items():
        cells = "  ".join(
            f"{name} {r['f1'][name]:.3f}" + (f" ({r['f1'][name] / base[name]:.2f})" if label.startswith("scan") and base[name] else "")
            for name in ("quotas", "deadlines", "bodies")
        )
        meta = " ".join(f"{k} {v:.2f}" for k, v in r["metadata"].items() if v is not None)
        print(f"  {label:14s} {cells}\n  {'':14s} metadata: {meta}")

    print(f"\n(c) speed (1 build process, {ocr_jobs()} Tesseract processes at a time, load average now {os.getloadavg()[0]:.1f})")
    for label, r in results.items():
        if label.startswith("scan"):
            print(f"  {label:14s} OCR read {r['pages'] / r['read']:.2f} pages/s, whole build {r['pages'] / r['seconds']:.2f} pages/s "
                  f"({r['pages']} pages, {r['seconds']:.1f} s); Tesseract CPU {r['ocr_cpu'] / r['pages']:.2f} s/page "
                  f"= {r['pages'] / r['ocr_cpu']:.2f} pages/s per free core")


def ocr_jobs() -> int:
    from extract.readers.ocr import JOBS

    return JOBS


def render_first_page_text(seed: Path) -> str:
    """The source text of the first printed page of a seed (the lines ``render_text_pdf`` puts there)."""
    import tempfile

    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "one.pdf"
        render_text_pdf(seed.read_text(encoding="utf-8"), pdf_path)
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            page = pdf[0]
            text = page.get_textpage().get_text_range()
        finally:
            pdf.close()
    # The printed page number is dropped by the reader.
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith("- 1 -"))


if __name__ == "__main__":
    main()
