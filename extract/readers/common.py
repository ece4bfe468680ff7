"""What every reader does first: read the bytes, or fail with a message that names the file."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyDocumentError, ReadError, TooLargeError

# Characters of text above which a file is refused: a long notice is ~100,000
# characters and the longest plans a few times that, so 2 million is far
# beyond any notice (a runaway export, a concatenated dump, a zip bomb).
# `policykb build --max-chars N` changes it.
DEFAULT_MAX_CHARS = 2_000_000
# What every TooLargeError message ends with.
SPLIT_ADVICE = "split it into its notices, or raise the limit with `policykb build --max-chars N`"


def read_bytes(path: Path, empty_hint: str) -> bytes:
    """The file's bytes; ReadError if it cannot be opened, EmptyDocumentError if blank.

    Example: ``read_bytes(Path("a.txt"), "remove it or add the notice's text")``.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path.name}: cannot open ({exc.strerror}); check the path and permissions") from exc
    if not data.strip():
        raise EmptyDocumentError(f"{path.name}: the file is empty; {empty_hint}")
    return data


def file_size(path: Path) -> int:
    """The file's size in bytes, or 0 if it cannot be stat'ed (reading it will then say why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def is_blank(path: Path, *, look: int = 1 << 16) -> bool:
    """True if the file is empty or holds only whitespace (ASCII or Unicode, e.g. U+3000), looking at small files only.

    For the binary formats, whose parsers would call such a file corrupt.
    """
    size = file_size(path)
    if size > look:
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return False  # reading it will say why
    return not data.decode("utf-8", errors="ignore").strip()


def too_big(name: str, what: str, limit: str, max_chars: int) -> TooLargeError:
    """The error for a file refused by its size before reading, when its text cannot be counted yet.

    Example: ``too_big("a.txt", "52.4 MB of text", "8.0 MB", 2_000_000)``.
    """
    return TooLargeError(
        f"{name}: {what}, far beyond any notice (the limit for {max_chars:,} characters of text is {limit}); "
        f"{SPLIT_ADVICE}"
    )


def megabytes(size: int) -> str:
    """A size for a message: ``megabytes(52_428_800)`` → '52.4 MB', ``megabytes(3_600)`` → '3,600 bytes'."""
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size:,} bytes"


def too_large(name: str, chars: int, max_chars: int) -> TooLargeError:
    """The error for a file beyond ``max_chars`` (``chars`` may be an estimate from its size)."""
    return TooLargeError(
        f"{name}: {chars:,} characters of text, far beyond any notice (limit {max_chars:,}); {SPLIT_ADVICE}"
    )
