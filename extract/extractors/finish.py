"""The document-level finishing step: what the extractors conclude from a whole document's records.

The per-provision extractors see one sentence at a time; a few records
need the whole document: the body names that are variants of one body
(县教师进修学校 / 教师进修学校 / 进修学校) and the list of bodies the
notice makes responsible, the notice's own 发文字号 and the
plan it forwards (not citations), and the count of restrictions. They are
made here, so that the store only saves.
"""

from __future__ import annotations

from ..types import Context, Extractions
from .bodies import document_body_names, resolve_bodies
from .obligations import restriction_counts
from .references import is_self_reference


def finish(extractions: Extractions, ctx: Context, chars: int, only: frozenset[str] | None = None,
           text: str = "") -> Extractions:
    """Complete ``extractions`` of a document of ``chars`` characters (in place; returned for chaining).

    ``only`` limits the work to the records of those extractors (a rebuild
    that re-runs some of them); ``text``, the document's, lets the body list
    tell the firms a notice regulates from bodies it makes responsible.

    Example: in 乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知 the
    forwarded 《…工作方案》 is dropped from the references, and 12 must /
    must_not obligations in 6,000 characters give ``restrictions == 12``,
    ``restrictions_per_10k == 20.0``.
    """
    if only is None or "references" in only:
        # A notice names its own 发文字号 and the plan it forwards; neither is a citation.
        extractions.references = [
            r for r in extractions.references if not is_self_reference(r.title, r.doc_number, ctx.title, ctx.doc_number)
        ]
    if only is None or "bodies" in only:
        extractions.resolved_bodies = resolve_bodies(extractions.bodies, ctx.region)
        extractions.body_names = document_body_names(extractions.bodies, text)
    if only is None or "obligations" in only:
        extractions.restrictions, extractions.restrictions_per_10k = restriction_counts(extractions.obligations, chars)
    return extractions
