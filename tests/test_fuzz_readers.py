"""Fuzz the readers with damaged copies of the fixtures: every failure must be a ReadError naming the file.

Real corpora hold truncated downloads, files with flipped bits, half-copied
zips and pages cut mid-tag. Whatever the damage, a reader either returns text
or raises one of the project's ReadError subclasses whose message starts with
the file name; never a library's own exception (zlib.error, PdfiumError,
NotImplementedError, …), which the build can only report as a policykb bug.

The mutations are seeded, so a failure reproduces: the test id names the
format and the seed. To measure over more files than the test runs:

Example:
    .venv/bin/python tests/test_fuzz_readers.py --per-format 2000
"""

from __future__ import annotations

import io
import random
import re
import struct
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.errors import ReadError
from extract.readers import read

FIXTURES = Path(__file__).parent / "fixtures"
SEED_004 = Path(__file__).parent.parent / "corpus" / "004_39fd71eae852dec9.txt"

# Originals per format: UTF-8, UTF-8 with BOM and GBK text; a GBK page with a
# field table and a short UTF-8 page; the 5-page PDF; the numbered DOCX.
ORIGINALS: dict[str, list[Path]] = {
    "txt": [SEED_004, FIXTURES / "notice_bom.txt", FIXTURES / "notice_gbk.txt"],
    "html": [FIXTURES / "notice.html", FIXTURES / "notice_li.htm"],
    "pdf": [FIXTURES / "notice.pdf"],
    "docx": [FIXTURES / "notice.docx"],
}
# Files per format in the test: enough to meet every crash class found so far
# (on the code before issue 9 these seeds hit NotImplementedError, zlib.error
# and AttributeError in DOCX, PdfiumError on page load). The PDF ones are the
# slowest, ~0.1 s each when they still read; the whole module takes ~15 s of
# CPU, 30-37 s on this 2-core machine with ~10 processes competing.
PER_FORMAT = {"txt": 300, "html": 200, "pdf": 80, "docx": 250}


# --------------------------------------------------------------------------- byte mutations


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, max(1, len(data) // 10)):]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randint(1, max(1, len(data) // 10))]
    at = rng.randrange(len(data))
    return data[:at] + chunk + data[at:]


def zero_range(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 256))
    return data[:start] + bytes(end - start) + data[end:]


BYTE_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    flip_bits, truncate, delete_chunk, duplicate_chunk, zero_range,
]


# --------------------------------------------------------------------------- zip member mutations


def _members(data: bytes) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.infolist()


def corrupt_member_content(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the zip with one member's uncompressed bytes damaged (broken XML, not broken zip)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        infos = src.infolist()
        # The parts the reader uses are the interesting ones.
        wanted = [i for i in infos if i.filename.endswith((".xml", ".rels"))] or infos
        victim = rng.choice(wanted).filename
        for info in infos:
            content = src.read(info.filename)
            if info.filename == victim and content:
                content = rng.choice(BYTE_MUTATIONS)(content, rng)
            dst.writestr(info.filename, content)
    return out.getvalue()


def corrupt_compressed_member(data: bytes, rng: random.Random) -> bytes:
    """Flip bits inside one member's compressed stream (zlib errors, bad CRC)."""
    info = rng.choice(_members(data))
    # Local header: 30 bytes, then name and extra field, then the compressed data.
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    if info.compress_size == 0:
        return flip_bits(data, rng)
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        i = start + rng.randrange(info.compress_size)
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def change_compression_method(data: bytes, rng: random.Random) -> bytes:
    """Set an unknown or unsupported compression method on one member (NotImplementedError)."""
    out = bytearray(data)
    offsets = [i for i in range(len(data) - 4) if data[i:i + 4] == b"PK\x01\x02"]
    at = rng.choice(offsets)
    method = rng.choice([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 16, 19, 97, 98, 99])
    out[at + 10:at + 12] = struct.pack("<H", method)
    return bytes(out)


ZIP_MUTATIONS: list[Callable[[bytes, random.Random], bytes]] = [
    corrupt_member_content, corrupt_compressed_member, change_compression_method,
]


def mutate(fmt: str, data: bytes, rng: random.Random) -> bytes:
    """One damaged copy: byte-level damage, or for a DOCX also damage inside the zip."""
    pool = BYTE_MUTATIONS + ZIP_MUTATIONS * 2 if fmt == "docx" else BYTE_MUTATIONS
    return rng.choice(pool)(data, rng)


def damaged_file(fmt: str, seed: int, folder: Path) -> Path:
    """Write the damaged copy for (format, seed) under ``folder`` and return its path."""
    rng = random.Random(f"{fmt}-{seed}")
    original = rng.choice(ORIGINALS[fmt])
    path = folder / f"fuzz_{seed}{original.suffix}"
    path.write_bytes(mutate(fmt, original.read_bytes(), rng))
    return path


def outcome(path: Path) -> str | None:
    """None if the reader behaved (text, or a ReadError naming the file); else what went wrong."""
    try:
        raw = read(path)
    except ReadError as exc:
        if not str(exc).startswith(f"{path.name}: "):
            return f"message does not start with the file name: {exc}"
        return None
    except Exception as exc:  # noqa: BLE001  what the fuzz test exists to catch
        return f"{type(exc).__name__}: {exc}"
    if not isinstance(raw.text, str) or not raw.text.strip():
        return "returned no text"
    return None


# --------------------------------------------------------------------------- the test


@pytest.mark.parametrize("fmt", sorted(PER_FORMAT))
def test_damaged_files_fail_with_read_errors(fmt: str, tmp_path: Path) -> None:
    bad = {}
    for seed in range(PER_FORMAT[fmt]):
        path = damaged_file(fmt, seed, tmp_path)
        problem = outcome(path)
        if problem is not None:
            bad[seed] = problem
        path.unlink()
    assert not bad, f"{len(bad)} of {PER_FORMAT[fmt]} damaged {fmt} files: {dict(list(bad.items())[:10])}"


@pytest.mark.parametrize("original", ORIGINALS["txt"], ids=lambda p: p.name)
def test_text_with_flipped_bits_is_read(original: Path, tmp_path: Path) -> None:
    """A few flipped bits spoil a few characters of a UTF-8 or GBK notice, never the whole file."""
    clean = read(original).text
    path = tmp_path / original.name
    for seed in range(100):
        rng = random.Random(f"flip-{original.name}-{seed}")
        path.write_bytes(flip_bits(original.read_bytes(), rng))
        raw = read(path)  # no EncodingError
        assert raw.text.strip()
        # Every U+FFFD the reader put in is announced, with the count of bytes it replaced.
        if raw.text.count("\ufffd") > clean.count("\ufffd"):
            assert raw.warnings and re.fullmatch(
                r"\d+ bytes? (was|were) not valid (UTF-8|GB18030) and (was|were) replaced by \ufffd", raw.warnings[0]
            ), (seed, raw.warnings)


def main(argv: list[str]) -> None:
    """Print, per format, how many damaged files escaped and with which exception."""
    import tempfile

    per = int(argv[argv.index("--per-format") + 1]) if "--per-format" in argv else 500
    formats = [a for a in argv if a in ORIGINALS] or sorted(ORIGINALS)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in formats:
            t0 = time.perf_counter()
            kinds: Counter[str] = Counter()
            results: Counter[str] = Counter()
            for seed in range(per):
                path = damaged_file(fmt, seed, Path(tmp))
                results[_result(path)] += 1
                problem = outcome(path)
                if problem is not None:
                    kinds[problem.split(":")[0]] += 1
                    if kinds[problem.split(":")[0]] == 1:
                        print(f"  {fmt} seed {seed}: {problem[:200]}")
                path.unlink()
            print(f"{fmt}: {sum(kinds.values())} of {per} escaped in {time.perf_counter() - t0:.1f} s {dict(kinds)}")
            print(f"  results: {dict(results.most_common())}")


def _result(path: Path) -> str:
    """'read' (with or without warnings) or the class of the error, to compare before and after a change."""
    try:
        raw = read(path)
    except Exception as exc:  # noqa: BLE001  counting, not judging
        return type(exc).__name__
    return "read with warnings" if getattr(raw, "warnings", ()) else "read"


if __name__ == "__main__":
    main(sys.argv[1:])
