"""The data types that flow between the pipeline stages.

After cleaning, a document's text never changes: every offset below indexes
``Document.text`` (== ``documents.text`` in the database), and for every
annotation ``text[a.start:a.end] == a.evidence`` holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RawDocument:
    """What a reader returns: decoded text plus header fields found outside the body.

    Example: an HTML page of 乌海市教育局 gives ``fields={"成文日期": "2023-10-20", ...}``.
    """

    path: str
    format: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    pages: int | None = None
    # Problems that did not stop reading (e.g. "3 bytes were not valid UTF-8 and were replaced").
    warnings: tuple[str, ...] = ()
    # "text" when the file held the text, "ocr" when it was read from page images.
    text_source: str = "text"


@dataclass(frozen=True)
class Region:
    """A GB/T 2260 administrative unit, e.g. 清流县 350423 (county, 福建省 三明市)."""

    adcode: str
    name: str
    level: str  # province | prefecture | county | township
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    township: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Metadata:
    """GB/T 9704 elements of a notice; a field the text does not give is None."""

    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    recipients: str | None = None
    date: str | None = None  # 成文日期, ISO YYYY-MM-DD
    # The month of a signature that gives no day ("二〇二四年九月"), ISO YYYY-MM; date stays None
    signed_month: str | None = None
    published: str | None = None  # 发布/公开日期, ISO
    index_no: str | None = None
    attachments: tuple[str, ...] = ()
    region: Region | None = None
    region_candidates: tuple[str, ...] = ()
    # No region, and the issuer's town is one several counties have: its readings the text leaves,
    # as region keys ("350121/白沙镇"), for the corpus to settle (region.settle_by_corpus)
    region_options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading and the span of text it governs; ``path`` like ``三/（一）/1``."""

    path: str
    heading: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class Provision:
    """One sentence of the notice (split on 。；！？ and line ends)."""

    ordinal: int
    section_path: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quota:
    """A numeric requirement, e.g. 校长每学期至少听课30节 → (校长, 听课, semester, >=, 30, 节)."""

    actor: str | None
    actor_role: str | None
    activity: str | None
    activity_key: str | None
    period: str  # semester | school_year | year | quarter | month | week | day | total
    comparator: str  # >= | <= | = | range
    value: float | None
    value_max: float | None
    unit: str | None
    per_year: float | None
    evidence: str
    start: int
    end: int
    # the id of the rule that made it (schema/lexicons/*.yml; `policykb rules --id`)
    rule: str | None = None


@dataclass(frozen=True)
class Obligation:
    """A clause that imposes, forbids, encourages or permits, e.g. 严禁有偿补课 (must_not)."""

    modality: str  # must | must_not | should | encouraged | may
    trigger: str
    strength: str | None
    actor: str | None
    action: str | None
    evidence: str
    start: int
    end: int
    # the id of the rule that made it (schema/lexicons/*.yml; `policykb rules --id`)
    rule: str | None = None


@dataclass(frozen=True)
class Deadline:
    """A time expression bounding when something happens, e.g. 2023年上半年 → 2023-01-01..2023-06-30."""

    kind: str  # absolute | range | relative | recurring | period
    start_date: str | None
    end_date: str | None
    anchor: str | None
    evidence: str
    start: int
    end: int
    # the id of the rule that made it (schema/lexicons/*.yml; `policykb rules --id`)
    rule: str | None = None


@dataclass(frozen=True)
class BodyMention:
    """An organisation the text makes responsible, e.g. 县教师进修学校 (role responsible)."""

    name: str  # shortest complete name as written
    role: str  # issuer | recipient | lead | responsible | cooperating | oversight
    kind: str | None  # e.g. bureau, school, research_office, division, government, class
    level: str | None  # province | prefecture | county | township | None
    is_class: bool  # 各县(市、区)教育局: a class of bodies, not one
    text: str  # == document text[start:end]
    start: int
    end: int
    # the id of the rule that made it (schema/lexicons/*.yml; `policykb rules --id`)
    rule: str | None = None


@dataclass(frozen=True)
class Reference:
    """A cited document: 《…》 title and/or 发文字号 such as 国办发〔2017〕47号."""

    title: str | None
    doc_number: str | None
    evidence: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractionError:
    """An extractor that failed on one provision; the rest of the document goes on."""

    extractor: str
    provision_ordinal: int | None
    error: str
    detail: str


@dataclass
class Context:
    """What an extractor may know about the document besides its text."""

    doc_date: date | None = None
    # False where doc_date is only the first day of a month-only signature (2025年4月):
    # its year and month read year-less dates, but nothing starts on that day.
    doc_day_known: bool = True
    region: Region | None = None
    provisions: list[Provision] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    recipients: str | None = None
    issuer: str | None = None
    title: str | None = None
    doc_number: str | None = None  # the notice's own 发文字号: citing it is no citation
    # offset where the notice a news page quotes begins (metadata.notice_start): the page's
    # headline and lead paragraph above it report the notice and state none of its requirements
    notice_start: int = 0


@dataclass(frozen=True)
class ResolvedBody:
    """One body of a document after merging its name variants.

    Example: 县教师进修学校 / 教师进修学校 / 进修学校 in a 清流县 notice →
    ``ResolvedBody(key="350423:清流县教师进修学校", name="清流县教师进修学校", ...)``.
    """

    key: str
    name: str
    kind: str | None
    level: str | None
    region_adcode: str | None
    is_class: bool
    mentions: tuple[int, ...]


@dataclass
class Extractions:
    """Everything the extractors found in one document."""

    quotas: list[Quota] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    bodies: list[BodyMention] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    errors: list[ExtractionError] = field(default_factory=list)
    # Made by the document-level finishing step (extractors/finish.py) from the records above.
    resolved_bodies: list[ResolvedBody] = field(default_factory=list)
    body_names: list[str] = field(default_factory=list)  # the bodies made responsible, each in its shortest complete name
    restrictions: int | None = None
    restrictions_per_10k: float | None = None


@dataclass
class Document:
    """A cleaned, segmented and (optionally) extracted notice."""

    path: str
    format: str
    sha256: str
    text: str
    metadata: Metadata
    sections: list[Section]
    provisions: list[Provision]
    fields: dict[str, str] = field(default_factory=dict)
    extractions: Extractions | None = None
    pages: int | None = None
    warnings: tuple[str, ...] = ()  # from the reader: problems that did not stop reading
    only: frozenset[str] | None = None  # the extractors that ran, when not all of them
    text_source: str = "text"  # text | ocr
