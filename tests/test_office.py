"""The .doc / .wps reader: seed 004 through LibreOffice reads and builds like its .txt; bad input fails clearly.

The fixtures are made once per session with the reader's own converter: seed
004 becomes a .docx whose headings are Word automatic numbering
(tests/office_docs.py), LibreOffice turns it into .doc and into .wps. For
.wps, LibreOffice's export is Word 97's binary format under the .wps name
(its ``writer_MS_Word_97`` type claims both extensions): that is what Kingsoft
WPS Writer's .wps files are. MS Works .wps LibreOffice can only import, so
there is no Works fixture.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.clean import clean
from extract.cli import cli
from extract.errors import EmptyDocumentError, ReadError
from extract.readers import SUPPORTED, read
from extract.readers import office

from .office_docs import SEED_004, notice_docx

NAME = "乌海市一体化推进基础教育教研工作方案"
NO_SOFFICE = "LibreOffice is not installed (Debian libreoffice-writer-nogui; bash scripts/setup.sh installs it)"
needs_soffice = pytest.mark.skipif(office.find_soffice() is None, reason=NO_SOFFICE)


@pytest.fixture(scope="session")
def office_files(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """Seed 004 as .docx (numbered headings), .doc and .wps, and a .doc with no text; converted once."""
    if office.find_soffice() is None:
        pytest.skip(NO_SOFFICE)
    tmp = tmp_path_factory.mktemp("office")
    docx = notice_docx(SEED_004, tmp / f"{NAME}.docx")
    import docx as python_docx

    blank = python_docx.Document()
    blank.add_paragraph("")
    blank.save(str(tmp / "空白.docx"))
    return {
        "docx": docx,
        "doc": office.convert(docx, tmp / "doc", "doc"),
        "wps": office.convert(docx, tmp / "wps", "wps"),
        "blank": office.convert(tmp / "空白.docx", tmp / "doc", "doc"),
    }


def test_doc_and_wps_are_supported() -> None:
    assert {".doc", ".wps"} <= SUPPORTED


# --------------------------------------------------------------------------- reading


@needs_soffice
@pytest.mark.parametrize("kind", ["doc", "wps"])
def test_reads_like_the_txt(office_files, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = office_files[kind]
    assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # an OLE2 file, as Word and WPS write
    raw = read(path)
    assert raw.format == kind
    assert raw.path == str(path)  # the user's file, never the temporary .docx
    assert clean(raw.text) == clean(read(SEED_004).text)
    # The heading numbers are Word's automatic numbering in the file (see the next
    # test): LibreOffice must carry the lists into its .docx for them to appear.
    lines = raw.text.splitlines()
    for heading in ("一、总体要求", "（一）坚持正确方向", "三、推进教研机构和教研队伍建设", "1.完善市、区、校三级教研体系"):
        assert any(ln.startswith(heading) for ln in lines), heading


@needs_soffice
def test_the_numbers_come_from_word_numbering(office_files) -> None:  # type: ignore[no-untyped-def]
    import docx as python_docx

    typed = [p.text for p in python_docx.Document(str(office_files["docx"])).paragraphs]
    assert "总体要求" in typed and "一、总体要求" not in typed


@needs_soffice
def test_no_text_is_an_empty_document_named_after_the_users_file(office_files) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EmptyDocumentError) as info:
        read(office_files["blank"])
    assert str(info.value).startswith("空白.doc: ")
    assert "in.docx" not in str(info.value)


@needs_soffice
def test_truncated_doc_is_a_read_error(office_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "损坏.doc"
    path.write_bytes(office_files["doc"].read_bytes()[:9000])  # an OLE2 header, then cut off
    started = time.monotonic()
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value).startswith("损坏.doc: LibreOffice could not open it")
    assert "save it as .docx" in str(info.value)
    assert time.monotonic() - started < 60


@needs_soffice
def test_rtf_saved_as_doc_is_read(tmp_path: Path) -> None:
    # Office systems often save Rich Text under .doc; LibreOffice reads it like a Word file.
    def rtf(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in text)

    body = "\\par\n".join(rtf(ln) for ln in ("一、工作要求", "校长每学期至少听课30节。"))
    path = tmp_path / "通知.doc"
    path.write_text("{\\rtf1\\ansi\\ansicpg936\\uc1\n" + body + "\\par\n}", encoding="ascii")
    raw = read(path)
    assert raw.format == "doc"
    assert raw.text.splitlines() == ["一、工作要求", "校长每学期至少听课30节。"]


@needs_soffice
def test_ole_header_without_a_document(tmp_path: Path) -> None:
    path = tmp_path / "x.wps"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    with pytest.raises(ReadError, match=r"^x\.wps: LibreOffice could not open it"):
        read(path)


@needs_soffice
def test_parallel_conversions_do_not_collide_and_leave_no_temp_files(office_files, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Build workers convert at the same time; each soffice has its own profile.
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    texts: dict[str, str] = {}

    def work(kind: str) -> None:
        texts[kind] = read(office_files[kind]).text

    threads = [threading.Thread(target=work, args=(k,)) for k in ("doc", "wps")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert texts["doc"] == texts["wps"] != ""
    assert list(temp.iterdir()) == []


# --------------------------------------------------------------------------- policykb build


TABLES = {
    "sections": ("path", "heading", "level", "start", '"end"'),
    "provisions": ("section_path", "ordinal", "text", "start", '"end"'),
    "quotas": ("actor", "actor_role", "activity", "activity_key", "period", "comparator", "value", "value_max",
               "unit", "per_year", "evidence", "start", '"end"'),
    "obligations": ("modality", "trigger", "strength", "actor", "action", "evidence", "start", '"end"'),
    "deadlines": ("kind", "start_date", "end_date", "anchor", "evidence", "start", '"end"'),
}
DOC_COLUMNS = ("title", "issuer", "doc_number", "recipients", "date", "published", "index_no", "region_key",
               "chars", "restrictions", "text")


def rows(conn: sqlite3.Connection, doc_id: int) -> dict[str, object]:
    """Every extraction row of a document, without ids, in a stable order."""
    out: dict[str, object] = {}
    for table, cols in TABLES.items():
        out[table] = conn.execute(f"select {', '.join(cols)} from {table} where document_id = ? "
                                  f"order by start, \"end\", {cols[0]}", (doc_id,)).fetchall()
    out["documents"] = conn.execute(f"select {', '.join(DOC_COLUMNS)} from documents where id = ?", (doc_id,)).fetchone()
    return out


@pytest.fixture(scope="module")
def built(office_files, tmp_path_factory) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    """``policykb build`` over a folder with seed 004 as .txt, .doc and .wps."""
    tmp = tmp_path_factory.mktemp("office-build")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / f"{NAME}.txt").write_bytes(SEED_004.read_bytes())
    for kind in ("doc", "wps"):
        (corpus / f"{NAME}.{kind}").write_bytes(office_files[kind].read_bytes())
    db = tmp / "policy.db"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--db", str(db), "--quiet", "--strict"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    yield conn
    conn.close()


@needs_soffice
@pytest.mark.parametrize("kind", ["doc", "wps"])
def test_build_gives_the_rows_of_the_txt(built: sqlite3.Connection, office_files, kind: str) -> None:  # type: ignore[no-untyped-def]
    ids = dict(built.execute("select format, id from documents").fetchall())
    assert set(ids) == {"txt", "doc", "wps"}
    want, got = rows(built, ids["txt"]), rows(built, ids[kind])
    assert got == want
    title, _issuer, doc_number = got["documents"][:3]  # type: ignore[index]
    assert title == "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知"
    assert doc_number is None  # the seed's 发文字号 field says 0, in every format
    quotas = [(q[6], q[8], q[10]) for q in got["quotas"]]  # type: ignore[union-attr]
    assert (72.0, "课时", "每人每年培训不少于72课时") in quotas
    assert len(quotas) == 3
    assert len(got["sections"]) > 60  # type: ignore[arg-type]


@needs_soffice
@pytest.mark.parametrize("kind", ["doc", "wps"])
def test_build_keeps_the_users_file(built: sqlite3.Connection, office_files, kind: str) -> None:  # type: ignore[no-untyped-def]
    path, sha = built.execute("select path, sha256 from documents where format = ?", (kind,)).fetchone()
    assert path == f"{NAME}.{kind}"
    assert sha == hashlib.sha256(office_files[kind].read_bytes()).hexdigest()
    assert not built.execute("select count(*) from ingest_errors").fetchone()[0]


# --------------------------------------------------------------------------- without LibreOffice


@pytest.fixture
def no_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.mark.parametrize("name", ["通知.doc", "通知.WPS"])
def test_without_libreoffice_the_error_says_how_to_install_it(tmp_path: Path, no_soffice: None, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == (
        f"{name}: reading .doc and .wps needs LibreOffice, which is not installed; "
        "install LibreOffice (apt-get install libreoffice-writer-nogui), or save it as .docx"
    )


def test_a_docx_saved_as_doc_needs_no_converter(tmp_path: Path, no_soffice: None) -> None:
    path = tmp_path / f"{NAME}.doc"  # WPS can save .docx content under .doc
    notice_docx(SEED_004, path)
    raw = read(path)
    assert (raw.format, raw.path) == ("doc", str(path))
    assert clean(raw.text) == clean(read(SEED_004).text)


@pytest.mark.parametrize(
    "name, data, error, words",
    [
        ("空.doc", b"", EmptyDocumentError, "the file is empty"),
        ("空.wps", b" \r\n", EmptyDocumentError, "the file is empty"),
        ("乱码.wps", bytes(range(1, 256)) * 20, ReadError, "not a Word or WPS document"),
        ("文本.doc", "校长每学期至少听课30节。".encode("gbk"), ReadError, "rename it to .txt"),
        ("网页.doc", b"<html xmlns:w='urn:schemas-microsoft-com:office:word'><body>x</body></html>", ReadError,
         "a web page saved under .doc, not a Word/WPS document; rename it to .html"),
        ("扫描.doc", b"%PDF-1.4\n%...", ReadError, "a PDF saved under .doc, not a Word/WPS document; rename it to .pdf"),
        ("模板.doc", b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?><w:wordDocument xmlns:w='
         b'"http://schemas.microsoft.com/office/word/2003/wordml"/>', ReadError,
         "a Word 2003 XML document saved under .doc, which LibreOffice reads without its heading numbers"),
        ("~$通知.doc", b"\x06zhangsan" + b"\0" * 150, ReadError, "a lock file"),
    ],
)
def test_bad_input_is_refused_before_libreoffice(tmp_path: Path, no_soffice: None, name: str, data: bytes,
                                                 error: type[Exception], words: str) -> None:
    # LibreOffice would import these as plain text and give garbage; they never reach it.
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read(path)
    assert str(info.value).startswith(f"{name}: ")
    assert words in str(info.value)


def test_a_hanging_converter_is_killed_after_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pids = tmp_path / "pids"
    fake = bin_dir / "soffice"
    # Like soffice: a launcher with a child process, here both asleep.
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $! >> {pids}\necho $$ >> {pids}\nwait\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    path = tmp_path / "卡住.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    started = time.monotonic()
    with pytest.raises(ReadError, match=r"^卡住\.doc: LibreOffice did not finish converting it in 1 s"):
        office.read(path, timeout=1)
    assert time.monotonic() - started < 10
    for pid in map(int, pids.read_text().split()):
        assert not alive(pid), pid


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting to be reaped does not)."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat_line.rsplit(")", 1)[1].split()[0] != "Z"


@needs_soffice
def test_bench_prints_its_figures(tmp_path: Path) -> None:
    import subprocess
    import sys

    from .conftest import ROOT

    done = subprocess.run([sys.executable, str(ROOT / "bench" / "office.py"), "--seeds", "1", "--runs", "1",
                           "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in ("LibreOffice (policykb), numbered", "ms/file", "headings kept", "CPU time per file",
                   "one call for all 2 files"):
        assert figure in done.stdout, (figure, done.stdout)
    # The reader itself keeps every heading of the seed; this is what the bench is for.
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("LibreOffice (policykb), numbered"))
    assert "1/1" in line
