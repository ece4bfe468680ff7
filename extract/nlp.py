"""The spaCy pipeline: ``spacy.blank("zh")`` with an rjieba tokenizer and our components.

spaCy's built-in jieba segmenter runs at ~0.9 MB/s; rjieba with the same
dictionary runs ~5 MB/s inside spaCy (FIELD-NOTES.md). The tokenizer keeps
``doc.text`` identical to the input, so char offsets stay valid.

This is the pipeline for notebooks, displaCy and trying rules on a
sentence: the records land in ``doc._.extractions`` and ``doc.spans``. The
corpus build calls the same extractors on the text directly
(``extract.pipeline.extract_all``): the components never read tokens, and
building a Doc of every notice would cost more than all the rules together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .extractors import EXTRACTORS
from .extractors.base import add_spans
from .tokens import segmenter
from .types import Context, Extractions

if not Doc.has_extension("ctx"):
    Doc.set_extension("ctx", default=None)
if not Doc.has_extension("extractions"):
    Doc.set_extension("extractions", default=None)


class RJiebaTokenizer:
    """A spaCy tokenizer backed by rjieba; whitespace becomes its own tokens."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # cut() gives the same words as tokenize() without building offset tuples (1.5x faster)
        words = segmenter().cut(text) if text else []
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy serialises tokenizers with the pipeline; ours has no state to save.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> "RJiebaTokenizer":
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> "RJiebaTokenizer":
        return self


def _component(attr: str, getter: Callable[[Doc], Iterator]) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        records = list(getter(doc))
        getattr(doc._.extractions, attr).extend(records)
        add_spans(doc, attr, records)
        return doc

    return run


for _attr, _getter in EXTRACTORS.items():
    if f"policykb_{_attr}" not in Language.factories:
        Language.factory(
            f"policykb_{_attr}",
            func=lambda nlp, name, _a=_attr, _g=_getter: _component(_a, _g),
        )

COMPONENTS = tuple(f"policykb_{attr}" for attr in EXTRACTORS)


def build_nlp(components: tuple[str, ...] = COMPONENTS) -> Language:
    """A blank Chinese pipeline with the rjieba tokenizer and the given extractor components.

    Example:
        >>> nlp = build_nlp()
        >>> doc = make_doc(nlp, "校长每学期至少听课30节。")
        >>> [q.value for q in doc._.extractions.quotas]
        [30.0]
    """
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = RJiebaTokenizer(nlp.vocab)
    for name in components:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, text: str, ctx: Context | None = None) -> Doc:
    """Run ``nlp`` on ``text`` with a document context set before the components run.

    Without ``ctx.provisions`` the text is segmented here, so a single
    sentence can be tried out directly.
    """
    if ctx is None:
        ctx = Context()
    if not ctx.provisions:
        from .segment import segment

        ctx.sections, ctx.provisions = segment(text)
    doc = nlp.make_doc(text)
    doc.user_data["policykb_text"] = text  # == doc.text: the tokenizer keeps every character
    doc._.ctx = ctx
    doc._.extractions = Extractions()
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
