"""What every reader does first: read the bytes, or fail with a message that names the file."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyDocumentError, ReadError, TooLargeError

# Characters of text above which a file is refused: a long notice is ~100,000
# characters and the longest plans a few times that, so 2 million is far
# beyond any notice (a runaway export, a concatenated dump, a zip bomb).
# `policykb build --max-chars N` changes it.
DEFAULT_MAX_CHARS = 2_000_000


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


def too_large(name: str, chars: int, max_chars: int) -> TooLargeError:
    """The error for a file beyond ``max_chars`` (``chars`` may be an estimate from its size)."""
    return TooLargeError(
        f"{name}: {chars:,} characters of text, far beyond any notice (limit {max_chars:,}); "
        "split it into its notices, or raise the limit with `policykb build --max-chars N`"
    )
