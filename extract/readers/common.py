"""What every reader does first: read the bytes, or fail with a message that names the file."""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyDocumentError, ReadError


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
