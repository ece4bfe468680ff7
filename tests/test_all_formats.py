"""One notice in every format researchers download, built in one `policykb build` (issue 12).

.txt, .html, .docx, Word 97 .doc and WPS .wps (made by LibreOffice from the
.docx), a PDF with a text layer, and the same page scanned as an image-only
PDF and as a PNG: every file's text, metadata and extractions reach the
database, and the copies of the one notice are grouped, so comparisons
count its requirements once.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from extract.build import build
from extract.store import open_db

from .test_ocr import NOTICE, TITLE

FORMATS = ("txt", "html", "docx", "doc", "wps", "pdf", "scan.pdf", "scan.png")


def _has_tools() -> str | None:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return "needs LibreOffice (scripts/setup.sh installs libreoffice-writer-nogui)"
    if shutil.which("tesseract") is None:
        return "needs Tesseract (scripts/setup.sh installs tesseract-ocr)"
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "chi_sim" not in langs:
        return "needs Tesseract's chi_sim model (tesseract-ocr-chi-sim)"
    return None


@pytest.fixture(scope="module")
def every_format(tmp_path_factory) -> Path:
    reason = _has_tools()
    if reason:
        pytest.skip(reason)
    from bench.ocr import render_text_pdf, save_image_pdf, scan_pages
    from extract.readers.office import convert

    from .office_docs import notice_docx

    work = tmp_path_factory.mktemp("formats-work")
    root = tmp_path_factory.mktemp("formats") / "corpus"
    root.mkdir()
    (root / "notice.txt").write_text(NOTICE, encoding="utf-8")
    body = "".join(f"<p>{line}</p>\n" for line in NOTICE.splitlines())
    (root / "notice.html").write_text(
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='content'>{body}</div>"
        "</body></html>", encoding="utf-8")
    txt = work / "notice.txt"
    txt.write_text(NOTICE, encoding="utf-8")
    notice_docx(txt, root / "notice.docx")
    for fmt in ("doc", "wps"):
        made = convert(root / "notice.docx", work / fmt, to=fmt)
        shutil.copy2(made, root / f"notice.{fmt}")
    render_text_pdf(NOTICE, root / "notice.pdf")
    images = scan_pages(root / "notice.pdf", 200, random.Random(7))
    save_image_pdf(images, root / "notice.scan.pdf", 200)
    images[0].save(root / "notice.scan.png", dpi=(200, 200))
    return root


def test_every_format_builds_in_one_build(every_format, tmp_path):
    db = open_db(tmp_path / "policy.db")
    try:
        summary = build(every_format, db)
        assert (summary.added, summary.failed) == (len(FORMATS), 0), summary.errors
        docs = {r[0]: r[1:] for r in db.execute(
            "select path, format, text_source, title, date, id from documents")}
        assert sorted(docs) == sorted(f"notice.{f}" for f in FORMATS)
        for path, (fmt, source, title, date, doc_id) in docs.items():
            assert fmt == path.rsplit(".", 1)[1], path
            assert source == ("ocr" if ".scan." in path else "text"), path
            assert (title, date) == (TITLE, "2024-03-01"), path
            quotas = db.execute("select actor, activity, value, unit, comparator from quotas where document_id = ?",
                                [doc_id]).fetchall()
            assert ("校长", "听课", 30.0, "节", ">=") in quotas, path
            deadlines = [r[0] for r in db.execute("select evidence from deadlines where document_id = ?", [doc_id])]
            assert "2024年12月底前" in deadlines, path
        # the copies of one notice are one group: a comparison counts its requirement once
        groups = db.execute("select group_id, count(*) from document_groups group by group_id").fetchall()
        assert len(groups) == 1 and groups[0][1] >= 6, groups
        counted = db.execute(
            "select count(*) from quota_comparison where activity_key = '听课' and actor_role = '校长'").fetchone()[0]
        assert counted <= len(FORMATS) - groups[0][1] + 1
    finally:
        db.close()
