"""Chinese word segmentation: rjieba (jieba-rs) with the domain user dictionary.

rjieba gives the same tokens as jieba for 99.8% of words at ~25x the speed
(see ../shared/FIELD-NOTES.md), so both the spaCy tokenizer and the
full-text index use it. The user dictionary keeps domain words such as 听课,
教研员, 进修学校 whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import rjieba

from .lexicons import schema_dir


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """The shared rjieba instance with ``schema/lexicons/userdict.txt`` loaded.

    It is rjieba's own default instance, which importing rjieba builds (its
    dictionary, ~0.1 s): a second ``rjieba.Jieba()`` would build it again in
    every process. policykb calls rjieba only through this function.
    """
    jb = getattr(rjieba, "_DEFAULT_JIEBA", None) or rjieba.Jieba()
    path = schema_dir() / "lexicons" / "userdict.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts or line.startswith("#"):
                continue
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[2] if len(parts) > 2 else None
            jb.add_word(parts[0], freq, tag)
    return jb


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words with their char offsets; together they cover ``text`` exactly.

    Example: ``tokenize("校长每学期至少听课30节")[0]`` → ``("校长", 0, 2)``.
    """
    return segmenter().tokenize(text)


def search_terms(text: str) -> str:
    """Text segmented for the full-text index: words joined by spaces.

    ``cut_for_search`` also emits the sub-words of long words (教师进修学校 →
    教师 进修 学校 教师进修学校), so a two-character query finds them.

    Example: ``search_terms("校长听课")`` → ``"校长 听课"``.
    """
    return " ".join(filter(str.strip, segmenter().cut_for_search(text)))


def distinct_words(segmented: Iterable[str]) -> str:
    """Each word of already segmented texts once, in order of first appearance: what ``documents_fts`` indexes.

    Example: ``distinct_words(["校长 听课", "听课 30 节"])`` → ``"校长 听课 30 节"``.
    """
    return " ".join(dict.fromkeys(" ".join(segmented).split()))


def fingerprint() -> str:
    """What :func:`search_terms` depends on: this module, the user dictionary and the rjieba version.

    The full-text tables are contentless: a row is deleted by segmenting its
    text again, which must give the words it was indexed with. When this
    changes, :func:`extract.store.ensure_fts` re-indexes everything instead.
    """
    h = hashlib.sha256(Path(__file__).read_bytes())
    userdict = schema_dir() / "lexicons" / "userdict.txt"
    if userdict.exists():
        h.update(userdict.read_bytes())
    h.update(version("rjieba").encode())
    return h.hexdigest()[:16]
