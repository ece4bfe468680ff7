"""Rule-based extractors, one module each, all with the same API.

``get_<kind>(doc) -> Iterator[Record]`` reads a document's text and context
(a :class:`TextDoc`, or a spaCy ``Doc`` whose ``doc._.ctx`` holds the
context) and yields frozen records with char offsets into the text.
Extractors write nothing else. ``EXTRACTORS`` lists them in the order the
pipeline runs them; :mod:`extract.nlp` wraps each as a spaCy component
(``policykb_<kind>``).
"""

from __future__ import annotations

from .base import TextDoc
from .bodies import get_bodies
from .deadlines import get_deadlines
from .obligations import get_obligations
from .quotas import get_quotas
from .references import get_references

__all__ = ["EXTRACTORS", "TextDoc", "get_bodies", "get_deadlines", "get_obligations", "get_quotas", "get_references"]

# Extractions attribute → extractor, in pipeline order.
EXTRACTORS = {
    "references": get_references,
    "quotas": get_quotas,
    "obligations": get_obligations,
    "deadlines": get_deadlines,
    "bodies": get_bodies,
}
