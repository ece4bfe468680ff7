"""Rule-based extractors, one module each, all with the same API.

``get_<kind>(doc) -> Iterator[Record]`` reads a spaCy ``Doc`` whose
``doc._.ctx`` holds the document context (provisions, date, region), and
yields frozen records with char offsets into ``doc.text``. Each is also a
spaCy component (``policykb_<kind>``) that stores its records in
``doc._.extractions.<kind>`` and ``doc.spans["<kind>"]``. Extractors write
nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .base import add_spans
from .bodies import get_bodies
from .deadlines import get_deadlines
from .obligations import get_obligations
from .quotas import get_quotas
from .references import get_references

__all__ = ["get_bodies", "get_deadlines", "get_obligations", "get_quotas", "get_references"]


def _component(attr: str, getter: Callable[[Doc], Iterator]) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        records = list(getter(doc))
        getattr(doc._.extractions, attr).extend(records)
        add_spans(doc, attr, records)
        return doc

    return run


for _attr, _getter in {
    "quotas": get_quotas,
    "obligations": get_obligations,
    "deadlines": get_deadlines,
    "bodies": get_bodies,
    "references": get_references,
}.items():
    Language.factory(
        f"policykb_{_attr}",
        func=lambda nlp, name, _a=_attr, _g=_getter: _component(_a, _g),
    )
