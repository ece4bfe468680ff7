"""One file in, one :class:`Document` out: read → clean → metadata → segment → extract."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .clean import clean
from .errors import EmptyDocumentError
from .metadata import extract_metadata, read_header_fields
from .readers import read
from .segment import segment
from .types import Context, Document, Extractions


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The extraction pipeline, built once per process."""
    from .nlp import build_nlp

    return build_nlp()


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes (the incremental-build key)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_all(doc: Document, nlp: Language | None = None) -> Extractions:
    """Run every extractor component over a segmented document."""
    from .nlp import make_doc

    meta = doc.metadata
    ctx = Context(
        doc_date=date.fromisoformat(meta.date) if meta.date else None,
        region=meta.region,
        provisions=doc.provisions,
        sections=doc.sections,
        recipients=meta.recipients,
        issuer=meta.issuer,
        title=meta.title,
    )
    from .extractors.references import is_self_reference

    extractions: Extractions = make_doc(nlp or default_nlp(), doc.text, ctx)._.extractions
    # A notice names its own 发文字号 and the plan it forwards; neither is a citation.
    extractions.references = [
        r for r in extractions.references if not is_self_reference(r, meta.title, meta.doc_number)
    ]
    return extractions


def process_file(path: Path, root: Path | None = None, extract: bool = True, nlp: Language | None = None) -> Document:
    """Everything policykb makes of one file; raises ReadError subclasses on bad input.

    Example: ``process_file(Path("corpus/004_39fd71eae852dec9.txt"), Path("corpus"))``
    gives a Document titled 乌海市教育局关于印发《…》的通知, dated 2023-10-20.
    """
    raw = read(path)
    return process_raw(raw.text, raw.fields, path=_relative(path, root), fmt=raw.format,
                       sha256=sha256_file(path), pages=raw.pages, extract=extract, nlp=nlp)


def process_raw(
    raw_text: str,
    fields: dict[str, str] | None = None,
    *,
    path: str = "<text>",
    fmt: str = "txt",
    sha256: str = "",
    pages: int | None = None,
    extract: bool = True,
    nlp: Language | None = None,
) -> Document:
    """The pipeline after reading: for text that is already in memory."""
    fields = {**read_header_fields(raw_text), **(fields or {})}
    text = clean(raw_text)
    if not text.strip():
        raise EmptyDocumentError(f"{path}: no text left after removing page boilerplate; check the file is the notice itself")
    metadata = extract_metadata(text, fields)
    sections, provisions = segment(text)
    doc = Document(
        path=path, format=fmt, sha256=sha256, text=text, metadata=metadata,
        sections=sections, provisions=provisions, fields=fields, pages=pages,
    )
    if extract:
        doc.extractions = extract_all(doc, nlp)
    return doc


def _relative(path: Path, root: Path | None) -> str:
    if root is None:
        return path.name
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
