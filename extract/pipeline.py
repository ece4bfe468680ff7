"""One file in, one :class:`Document` out: read → clean → metadata → segment → extract."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, fields as dc_fields
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

from .errors import EmptyDocumentError
from .types import Context, Document, Extractions, Metadata

if TYPE_CHECKING:  # spaCy and the readers take ~2 s to import: a no-op rebuild never needs them
    from spacy.language import Language


@dataclass
class Timings:
    """Seconds spent per stage, summed over documents (cheap: a clock read per stage).

    Example: ``t = Timings(); process_file(path, timings=t); t.extract`` → 0.02.
    """

    read: float = 0.0
    clean: float = 0.0
    metadata: float = 0.0
    segment: float = 0.0
    extract: float = 0.0
    store: float = 0.0

    def add(self, other: "Timings | None") -> None:
        """Add ``other``'s seconds to these."""
        if other is not None:
            for f in dc_fields(self):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, float]:
        """Stage → seconds."""
        return {f.name: getattr(self, f.name) for f in dc_fields(self)}


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes (the incremental-build key)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _anchor(meta: Metadata) -> date | None:
    """The date relative and year-less expressions hang on: the signing date, else the page's publication date.

    A notice saved from a site without its signature date still has the date
    the site published it (发布时间), within days of the signing: 9月20日前 in it
    is that year's, never the year of some other date in the text. Else the
    first day of a month-only signature (2025年4月, ``meta.signed_month``): no
    signing date, but the year and month its year-less dates (6月30日前) are read in.
    """
    for value in (meta.date, meta.published):
        if value:
            return date.fromisoformat(value)
    return date.fromisoformat(f"{meta.signed_month}-01") if meta.signed_month else None


def extract_all(doc: Document, nlp: Language | None = None, only: frozenset[str] | None = None) -> Extractions:
    """Run every extractor (or those named in ``only``) over a segmented document.

    Without ``nlp`` the extractors run straight on the text (a
    :class:`~extract.extractors.TextDoc`): they never read tokens, and
    skipping spaCy's Doc keeps the build fast. With ``nlp`` (a pipeline from
    :func:`extract.nlp.build_nlp`) they run as its components and give the
    same records.
    """
    from .metadata import notice_start

    meta = doc.metadata
    ctx = Context(
        doc_date=_anchor(meta),
        doc_day_known=bool(meta.date or meta.published),
        region=meta.region,
        provisions=doc.provisions,
        sections=doc.sections,
        recipients=meta.recipients,
        issuer=meta.issuer,
        title=meta.title,
        doc_number=meta.doc_number,
        notice_start=notice_start(doc.text),
    )
    from .extractors.finish import finish

    if nlp is None:
        from .extractors import EXTRACTORS, TextDoc

        tdoc = TextDoc(doc.text, ctx)
        for attr, getter in EXTRACTORS.items():
            if only is None or attr in only:
                getattr(tdoc.extractions, attr).extend(getter(tdoc))
        extractions = tdoc.extractions
    else:
        from .nlp import make_doc

        extractions = make_doc(nlp, doc.text, ctx)._.extractions
        for attr in () if only is None else {"references", "quotas", "obligations", "deadlines", "bodies"} - only:
            setattr(extractions, attr, [])
    return finish(extractions, ctx, len(doc.text), only, doc.text)


def process_file(
    path: Path,
    root: Path | None = None,
    extract: bool = True,
    nlp: Language | None = None,
    *,
    sha256: str | None = None,
    timings: Timings | None = None,
    max_chars: int | None = None,
    only: frozenset[str] | None = None,
) -> Document:
    """Everything policykb makes of one file; raises ReadError subclasses on bad input.

    ``max_chars`` refuses files with more text than that (default: the
    readers' limit, far beyond any notice). ``only`` runs just those
    extractors (a rebuild after a change to one of them).

    Example: ``process_file(Path("corpus/004_39fd71eae852dec9.txt"), Path("corpus"))``
    gives a Document titled 乌海市教育局关于印发《…》的通知, dated 2023-10-20.
    """
    from .readers import read

    t0 = time.perf_counter()
    raw = read(path) if max_chars is None else read(path, max_chars=max_chars)
    if sha256 is None:  # build() has hashed the file already
        sha256 = sha256_file(path)
    if timings is not None:
        timings.read += time.perf_counter() - t0
    return process_raw(raw.text, raw.fields, path=_relative(path, root), fmt=raw.format,
                       sha256=sha256, pages=raw.pages, extract=extract, nlp=nlp, timings=timings,
                       warnings=raw.warnings, only=only, text_source=raw.text_source)


# Header labels whose every value may name the issuer's place (a repost keeps
# the original page's byline under its host page's own).
_BYLINE_LABELS = ("来源", "文章来源", "发布机构", "发文机关", "发文单位")
# Fields a reader found without a label that name the publisher like a byline (a WeChat account)
_BYLINE_FIELDS = ("公众号",)


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
    timings: Timings | None = None,
    warnings: tuple[str, ...] = (),
    only: frozenset[str] | None = None,
    text_source: str = "text",
) -> Document:
    """The pipeline after reading: for text that is already in memory (``text_source``: text | ocr)."""
    from .clean import clean
    from .metadata import extract_metadata, header_values, read_header_fields
    from .segment import segment

    t0 = time.perf_counter()
    fields = {**read_header_fields(raw_text), **(fields or {})}
    text = clean(raw_text)
    if not text.strip():
        raise EmptyDocumentError(f"{path}: no text left after removing page boilerplate; check the file is the notice itself")
    t1 = time.perf_counter()
    bylines = header_values(raw_text, _BYLINE_LABELS) + tuple(fields[k] for k in _BYLINE_FIELDS if fields.get(k))
    metadata = extract_metadata(text, fields, bylines)
    t2 = time.perf_counter()
    sections, provisions = segment(text)
    t3 = time.perf_counter()
    doc = Document(
        path=path, format=fmt, sha256=sha256, text=text, metadata=metadata,
        sections=sections, provisions=provisions, fields=fields, pages=pages, warnings=warnings,
        text_source=text_source,
    )
    if extract:
        doc.extractions = extract_all(doc, nlp, only)
        doc.only = only
    if timings is not None:
        timings.clean += t1 - t0
        timings.metadata += t2 - t1
        timings.segment += t3 - t2
        timings.extract += time.perf_counter() - t3
    return doc


def _relative(path: Path, root: Path | None) -> str:
    if root is None:
        return path.name
    # abspath, not resolve: a file reached through a symbolic link to a
    # folder keeps its path in the corpus (resolve would leave the corpus).
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return path.name


# A short notice with one of everything the extractors look for.
_WARM_UP_TEXT = (
    "某县教育局关于印发《某县中小学教学常规管理办法》的通知\n"
    "某教〔2024〕1号\n"
    "各乡镇中心学校、县直各学校：\n"
    "一、工作要求\n"
    "（一）校长每学期至少听课30节，教师每人每年参加培训不少于72学时。\n"
    "（二）县教师进修学校负责组织培训，各学校要于2024年12月底前完成，严禁有偿补课，鼓励教师参加研修。\n"
    "根据《某省教育厅关于加强教研工作的意见》（某教发〔2023〕5号）要求，2-3年内配齐专职教研员。\n"
    "某县教育局\n"
    "2024年3月1日\n"
)


def warm_up() -> None:
    """Import the pipeline and run it once on a short notice, compiling its patterns and loading its lexicons.

    A process pool forked after this starts its workers warm: the ~1 s of
    imports, lexicon loading and regex compilation is paid once, not once
    per worker.
    """
    from . import citations, store

    store.document_rows(process_raw(_WARM_UP_TEXT, path="warm-up.txt", sha256="0"))
    citations.warm_up()

