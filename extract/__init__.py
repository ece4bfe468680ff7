"""policykb: a knowledge base of Chinese local education-policy notices.

Public API (the CLI is a thin layer over it)::

    from extract import process_file, open_db, build
    doc = process_file(Path("corpus/004_39fd71eae852dec9.txt"))
    doc.metadata.title, [q.evidence for q in doc.extractions.quotas]
"""

from __future__ import annotations

import importlib
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
