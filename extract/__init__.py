"""policykb: a knowledge base of Chinese local education-policy notices.

Public API (the CLI is a thin layer over it)::

    from extract import process_file, open_db, build
    doc = process_file(Path("corpus/004_39fd71eae852dec9.txt"))
    doc.metadata.title, [q.evidence for q in doc.extractions.quotas]
"""

from __future__ import annotations

from .build import Summary, build
from .pipeline import process_file, process_raw
from .store import ensure_db_shape, open_db, save_document
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
