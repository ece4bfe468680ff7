"""Read old Word ``.doc`` and Kingsoft WPS ``.wps`` notices through LibreOffice.

Most county and school attachments are ``.doc`` or ``.wps``: OLE2 compound
files in Word 97's binary format (Kingsoft WPS Writer writes the same format
under its own extension). Rather than parse that format, this reader has
LibreOffice convert the file to ``.docx`` in a private temporary folder and
reads the result with the DOCX reader, which restores Word's automatic
numbering (一、 （一） 1.) that the segmenter needs. antiword and catdoc are
faster but drop that numbering (see ``bench/office.py``), so they are not used.

Each conversion runs ``soffice --headless`` with its own profile folder, so
parallel build workers never share (and wait on) one LibreOffice instance, and
with a timeout, so a file LibreOffice chokes on cannot hang a build.

Example: ``read(Path("corpus/通知.doc"))`` gives a RawDocument with format
``"doc"`` and path ``"corpus/通知.doc"``, its text as the DOCX reader gives it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..errors import ReadError
from ..types import RawDocument
from . import docx as docx_reader
from .common import DEFAULT_MAX_CHARS, read_bytes

# Seconds one conversion may take. A notice converts in ~1.5 s (most of it
# LibreOffice starting); a long plan with images in a few seconds more.
TIMEOUT = 120.0

INSTALL_HINT = "install LibreOffice (apt-get install libreoffice-writer-nogui), or save it as .docx"

# First bytes of the containers a .doc/.wps really is.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Kingsoft WPS, MS Works 4+
_ZIP = b"PK\x03\x04"  # a .docx saved under .doc/.wps (WPS offers this)
_RTF = b"{\\rtf"  # "Rich Text" saved under .doc

_SOFFICE_NAMES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """The LibreOffice executable on PATH (``soffice`` or ``libreoffice``), or None.

    Example: ``find_soffice()`` is ``"/usr/bin/soffice"`` on Debian with
    ``libreoffice-writer-nogui`` installed.
    """
    for name in _SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def read(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS, timeout: float = TIMEOUT) -> RawDocument:
    """Read a ``.doc`` or ``.wps`` notice by converting it to ``.docx`` with LibreOffice.

    Args:
        path: the user's file; the RawDocument keeps this path (the database
            stores its path and hash, never the temporary ``.docx``).
        max_chars: passed to the DOCX reader (``readers.read`` checks the text).
        timeout: seconds the conversion may take before it is stopped.

    Returns:
        The text as the DOCX reader gives it, with format ``"doc"`` or ``"wps"``
        (the file's extension).

    Raises:
        EmptyDocumentError: an empty file, or one with no text.
        ReadError: not a Word/WPS file, LibreOffice missing, cannot open it,
            or too slow; the message names the file and what to do.

    Example: ``read(Path("乌海市教研工作方案.wps")).text`` has the heading
    lines ``一、总体要求``, ``（一）坚持正确方向`` even where WPS numbered them
    automatically.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".") or "doc"
    data = read_bytes(path, "remove it, or open the original in WPS or Word and save it as .docx")
    with tempfile.TemporaryDirectory(prefix="policykb-office-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        if data.startswith(_ZIP):
            # Already a .docx inside: no converter needed, and no LibreOffice round trip.
            docx_path = work / "in.docx"
            docx_path.write_bytes(data)
        else:
            _check_container(path, data)
            # A fixed ASCII name keeps odd user file names (leading "-", quotes) away
            # from soffice's command line and makes the output name predictable.
            src = work / f"in.{fmt}"
            src.write_bytes(data)
            docx_path = convert(src, work / "out", "docx", timeout=timeout, shown_name=path.name)
        try:
            raw = docx_reader.read(docx_path, max_chars=max_chars)
        except ReadError as exc:
            raise _as_users_file(exc, docx_path.name, path.name) from exc
    return replace(raw, path=str(path), format=fmt)


def convert(src: Path, outdir: Path, to: str = "docx", *, timeout: float = TIMEOUT,
            shown_name: str | None = None) -> Path:
    """Convert ``src`` with ``soffice --headless --convert-to TO`` into ``outdir``; the new file's path.

    Runs LibreOffice with a private, throw-away profile, so that conversions
    in parallel processes do not collide, and kills it after ``timeout``
    seconds. The tests make their ``.doc`` fixtures with this same function.

    Args:
        src: the file to convert.
        outdir: folder for the result (created if missing).
        to: target extension, optionally with a filter (``"doc"``,
            ``"docx"``, ``"doc:MS Word 97"``).
        timeout: seconds before LibreOffice is stopped.
        shown_name: the name errors start with (default ``src.name``).

    Raises:
        ReadError: LibreOffice is not installed, could not load the file, or timed out.

    Example: ``convert(Path("通知.docx"), Path("/tmp/out"), "doc")`` writes and
    returns ``/tmp/out/通知.doc``.
    """
    name = shown_name or src.name
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(f"{name}: reading .doc and .wps needs LibreOffice, which is not installed; {INSTALL_HINT}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="policykb-soffice-", ignore_cleanup_errors=True) as home:
        profile = Path(home) / "profile"
        cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--nodefault", "--nologo", "--convert-to", to, "--outdir", str(outdir), str(src)]
        # HOME too: LibreOffice and fontconfig write caches there, not only in the profile.
        env = {**os.environ, "HOME": home}
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise ReadError(
                f"{name}: LibreOffice did not finish converting it in {timeout:g} s; open it in WPS or Word, "
                "save it as .docx and add that"
            ) from None
    target = outdir / f"{src.stem}.{to.split(':', 1)[0]}"
    if not target.is_file() or target.stat().st_size == 0:
        said = " ".join(line.strip() for line in (out + err).decode("utf-8", "replace").splitlines()
                        if line.startswith("Error") or "rror:" in line)
        detail = f" ({said})" if said else (f" (exit status {proc.returncode})" if proc.returncode else "")
        raise ReadError(
            f"{name}: LibreOffice could not open it{detail}: the file is damaged, password-protected or not a "
            "Word/WPS document; open it in WPS or Word and save it as .docx"
        )
    return target


def _check_container(path: Path, data: bytes) -> None:
    """Refuse what LibreOffice would import as plain text (garbage) instead of a document."""
    if data.startswith((_OLE2, _RTF)):
        return
    if path.name.startswith("~$"):
        raise ReadError(f"{path.name}: a lock file Word or WPS leaves beside an open document, not a notice; delete it")
    ext = path.suffix.lower().lstrip(".")
    if data.startswith(b"%PDF-"):
        raise ReadError(f"{path.name}: a PDF saved under .{ext}, not a Word/WPS document; rename it to .pdf and add it again")
    head = data[:4096].lstrip().lower()
    if head.startswith(b"<?xml") and b"worddocument" in head:
        # LibreOffice 7.4 drops list numbers of Word 2003 XML (a hand-made sample lost every
        # top-level 一、 and 1.; its own export writes "%0%.1、"), so the headings would be wrong.
        raise ReadError(
            f"{path.name}: a Word 2003 XML document saved under .{ext}, which LibreOffice reads without its "
            "heading numbers; open it in WPS or Word and save it as .docx"
        )
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or head.startswith(b"mime-version"):
        raise ReadError(
            f"{path.name}: a web page saved under .{ext}, not a Word/WPS document; "
            "rename it to .html and add it again"
        )
    raise ReadError(
        f"{path.name}: not a Word or WPS document (it does not start like one); "
        "open it in WPS or Word and save it as .docx, or if it is plain text rename it to .txt"
    )


def _as_users_file(exc: ReadError, temp_name: str, name: str) -> ReadError:
    """The DOCX reader's error about the temporary file, retold about the user's file (same class)."""
    message = str(exc)
    if message.startswith(f"{temp_name}: "):
        message = f"{name}: " + message[len(temp_name) + 2:]
    message = message.replace("not a readable DOCX", "LibreOffice's .docx of it is not readable")
    return type(exc)(message)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill the process group LibreOffice was started in (soffice, oosplash, soffice.bin)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the group is ours: start_new_session made it
    except (ProcessLookupError, PermissionError):
        pass
    proc.communicate()  # reap it and close the pipes
