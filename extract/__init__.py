"""policykb: a knowledge base of Chinese local education-policy notices.

Public API (the CLI is a thin layer over it)::

    from extract import process_file, open_db, build
    doc = process_file(Path("corpus/004_39fd71eae852dec9.txt"))
    doc.metadata.title, [q.evidence for q in doc.extractions.quotas]
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from .types import (
    BodyMention,
    Deadline,
    Document,
    Metadata,
    Obligation,
    Provision,
    Quota,
    RawDocument,
    Reference,
    Region,
    Section,
)

__all__ = [
    "BodyMention",
    "Deadline",
    "Document",
    "Metadata",
    "Obligation",
    "Provision",
    "Quota",
    "RawDocument",
    "Reference",
    "Region",
    "Section",
    "Summary",
    "build",
    "ensure_db_shape",
    "open_db",
    "process_file",
    "process_raw",
    "save_document",
]

# Heavy modules (spaCy, sqlite-utils) load on first use, so `import extract`
# and CLI start-up stay fast for commands that do not need them.
_LAZY = {
    "Summary": "build",
    "build": "build",
    "process_file": "pipeline",
    "process_raw": "pipeline",
    "ensure_db_shape": "store",
    "open_db": "store",
    "save_document": "store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


class _NoPandasForSqliteUtils:
    """Hide pandas from sqlite-utils' import, and from nothing else.

    sqlite-utils imports pandas whenever it is installed (cpca depends on it),
    only to map ``pd.Timestamp`` columns, which policykb never writes; that
    import was 0.2 s of CPU in every command, 2-3% of a cold build of 10 MB.
    Any other ``import pandas`` is untouched.
    """

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name == "pandas":
            importer = sys.modules.get("sqlite_utils.db")
            if importer is not None and getattr(importer.__spec__, "_initializing", False):
                raise ModuleNotFoundError("pandas is not used by policykb", name=name)
        return None


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _NoPandasForSqliteUtils)
