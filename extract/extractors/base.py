"""What every extractor shares: per-provision runs that record failures instead of stopping.

The extractors read a document's text and context, never its tokens, so
they run on either a spaCy ``Doc`` made by :func:`extract.nlp.make_doc`
(the ``policykb_*`` components, for notebooks and displaCy) or a plain
:class:`TextDoc` (the build, which skips spaCy's tokenisation: see
``extract.pipeline.extract_all``). Both give the same records.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar, Union

from ..types import Context, ExtractionError, Extractions, Provision
from . import triggers

if TYPE_CHECKING:  # importing spaCy costs ~1 s: the build never needs it
    from spacy.tokens import Doc

T = TypeVar("T")

ProvisionExtractor = Callable[[str, Provision, Context], Iterable[T]]


@dataclass
class TextDoc:
    """A document as the extractors see it: its text, its context, and where failures go.

    Example: ``list(get_quotas(TextDoc(text, ctx)))`` gives the same quotas as
    the spaCy component on ``make_doc(nlp, text, ctx)``.
    """

    text: str
    ctx: Context
    extractions: Extractions = field(default_factory=Extractions)


AnyDoc = Union[TextDoc, "Doc"]


def doc_parts(doc: AnyDoc) -> tuple[str, Context, Extractions | None]:
    """(text, context, extractions) of a TextDoc or of a spaCy Doc made by make_doc."""
    if isinstance(doc, TextDoc):
        return doc.text, doc.ctx, doc.extractions
    # Doc.text joins every token on each access (0.085 s/MB): make_doc keeps the
    # input string, which is the same text, for all components to share.
    return doc.user_data.get("policykb_text") or doc.text, doc._.ctx, doc._.extractions


def per_provision(doc: AnyDoc, name: str, fn: ProvisionExtractor[T]) -> Iterator[T]:
    """Apply ``fn(text, provision, ctx)`` to each provision of ``doc``.

    A provision whose extraction raises is recorded in the document's
    extraction errors and skipped; the other provisions go on.
    """
    text, ctx, extractions = doc_parts(doc)
    # only where the trigger scan of the document finds what ``fn`` needs
    for prov in triggers.provisions_for(name, text, ctx.provisions):
        try:
            found = list(fn(text, prov, ctx))
        except Exception as exc:  # noqa: BLE001  one bad provision must not stop the document
            if extractions is not None:
                extractions.errors.append(
                    ExtractionError(
                        extractor=name,
                        provision_ordinal=prov.ordinal,
                        error=f"{type(exc).__name__}: {exc}",
                        detail="".join(traceback.format_exception_only(exc)).strip(),
                    )
                )
            continue
        yield from found


def add_spans(doc: "Doc", key: str, records: list) -> None:
    """Mirror records into ``doc.spans[key]`` (labelled) for displaCy and debugging."""
    spans = []
    for rec in records:
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        if span is not None:
            label = getattr(rec, "kind", None) or getattr(rec, "modality", None) or key
            spans.append(doc.char_span(span.start_char, span.end_char, label=str(label)))
    doc.spans[key] = [s for s in spans if s is not None]
