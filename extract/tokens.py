"""Chinese word segmentation: rjieba (jieba-rs) with the domain user dictionary.

rjieba gives the same tokens as jieba for 99.8% of words at ~25x the speed
(see ../shared/FIELD-NOTES.md), so both the spaCy tokenizer and the
full-text index use it. The user dictionary keeps domain words such as 听课,
教研员, 进修学校 whole.
"""

from __future__ import annotations

from functools import lru_cache

import rjieba

from .lexicons import schema_dir


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """The shared rjieba instance with ``schema/lexicons/userdict.txt`` loaded."""
    jb = rjieba.Jieba()
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
