"""Structure: the heading tree (一、/（一）/1./（1）/①/第X章/第X条) and sentences.

Offsets index the cleaned text. Headings may stand on their own line or,
in flattened viewer text, run on after a sentence end. Markers damaged by OCR
are repaired before this (extract/ocr_repair.py), not read here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache


from . import zh
from .types import Provision, Section

_CJK = zh.CJK
_AFTER_MARKER = rf"(?=[{_CJK}“\"《(（])"


@dataclass(frozen=True)
class Heading:
    """A heading found in the text: its kind, canonical label and extent."""

    kind: str
    label: str
    text: str
    start: int
    end: int


def _lex() -> dict:
    return zh.headings()


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    return re.compile("(?:" + zh.marker_alternation(named=True) + ")" + _AFTER_MARKER)


# Where a marker may stand: start of the text, or right after one of these
# (a line end or a sentence end).
_POSITION = f"[\n{zh.SENTENCE_ENDS}]"


@lru_cache(maxsize=1)
def _marker_after_position_re() -> re.Pattern[str]:
    # The marker sits in a lookahead so that each position character is tried
    # on its own, as if matching the marker after every one of them, while
    # the regex engine skips to those characters instead of trying every position.
    return re.compile(_POSITION + "(?=" + _marker_re().pattern + ")")
# In flattened text a "(一)" heading runs on right after its parent heading's
# words; bracketed Chinese numerals are distinctive enough to accept there.
# The lookbehind comes after the first character so that the regex engine can
# skip ahead to candidate characters instead of trying every position.
_PAREN_INLINE = re.compile(rf"[(（](?<=[{_CJK}][(（])[一二三四五六七八九十]{{1,3}}[)）](?=[{_CJK}“])")
_LABEL_DIGITS = re.compile(r"[^一二三四五六七八九十0-9]")
_COMMA = re.compile(r"[,，、]")


@lru_cache(maxsize=4096)  # pure given the lexicon; the same markers recur in every notice
def _label(kind: str, raw: str) -> str:
    return _lex()["kinds"][kind]["label"].format(raw=raw.strip(), num=_LABEL_DIGITS.sub("", raw))


def find_headings(text: str) -> list[Heading]:
    """Every heading with its kind and canonical label.

    Example: ``find_headings("三、工作任务\\n(一)加强师德师风建设")`` →
    labels ``["三", "（一）"]``.
    """
    marker = _marker_re()
    end_re = re.compile(_lex()["heading_end"])
    max_chars = int(_lex()["max_heading_chars"])
    first = marker.match(text)
    starts: list[tuple[int, str, str]] = [(0, first.lastgroup or "", first.group(0))] if first else []  # start, kind, raw marker
    starts += [(m.end(), m.lastgroup or "", m.group(m.lastgroup)) for m in _marker_after_position_re().finditer(text)]
    starts += [(m.start(), "cn_paren", m.group(0)) for m in _PAREN_INLINE.finditer(text)]
    starts = sorted(set(starts))
    headings: list[Heading] = []
    for i, (start, kind, raw) in enumerate(starts):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        limit = min(line_end, starts[i + 1][0] if i + 1 < len(starts) else line_end)
        body_start = start + len(raw)
        stop = end_re.search(text, body_start, limit)
        end = stop.start() if stop else limit
        if end - start > max_chars:
            comma = _COMMA.search(text, body_start, start + max_chars)
            end = comma.start() if comma else start + max_chars
        headings.append(Heading(kind, _label(kind, raw), text[start:end].strip(), start, end))
    return headings


def build_sections(text: str, headings: list[Heading]) -> list[Section]:
    """Nest headings into sections with paths like ``三/（一）/1``.

    The depth of a marker kind is fixed by the order kinds first appear
    (a stack): a kind already open closes everything below it.
    """
    opened: list[tuple[str, str, int, int]] = []  # path, heading, level, start of each section
    # the open sections, outermost first: their kinds, paths and indexes into opened
    kinds: list[str] = []
    paths: list[str] = []
    indexes: list[int] = []
    open_ends: dict[int, int] = {}
    for h in headings:
        if h.kind in kinds:  # a kind is open at most once: opening it again truncates
            depth = kinds.index(h.kind)
            for idx in indexes[depth:]:
                open_ends[idx] = h.start
            del kinds[depth:], paths[depth:], indexes[depth:]
        path = f"{paths[-1]}/{h.label}" if paths else h.label
        kinds.append(h.kind)
        paths.append(path)
        indexes.append(len(opened))
        opened.append((path, h.text, len(kinds), h.start))
    n = len(text)
    return [
        Section(path, heading, level, start, open_ends.get(i, n))
        for i, (path, heading, level, start) in enumerate(opened)
    ]


_BREAK = re.compile("\n|[" + zh.SENTENCE_ENDS + "][”\"’)）》]*")
_PROTECTED = zh.QUOTED


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split on 。；！？ and line ends, never inside 《》 or “”.

    A quote or title mark that is never closed on its line protects nothing,
    so OCR damage cannot swallow a paragraph.

    Example: ``split_sentences("学习《意见。草案》。要落实")`` → two spans.
    """
    n = len(text)
    # protected spans as parallel lists, closed by a sentinel beyond the text
    guards = [m.span() for m in _PROTECTED.finditer(text)]
    guards.append((n + 1, n + 1))
    guard_starts, guard_ends = zip(*guards)
    # A break (a line end, or a terminator with the closing quotes and brackets
    # after it, which belong to the sentence) counts unless it is protected.
    spans: list[tuple[int, int]] = []
    start = 0
    p = 0
    for m in _BREAK.finditer(text):
        at, end = m.span()
        while guard_ends[p] <= at:
            p += 1
        if guard_starts[p] <= at:
            continue
        # a line end is not part of the sentence; a terminator and its closers are
        spans.append((start, at) if text[at] == "\n" else (start, end))
        start = end
    spans.append((start, n))
    out = []
    for a, b in spans:
        if a < b and not text[a].isspace() and not text[b - 1].isspace():
            out.append((a, b))
            continue
        # str.strip() drops exactly the characters str.isspace() accepts, in C.
        body = text[a:b].lstrip()
        if body:
            a = b - len(body)
            out.append((a, a + len(body.rstrip())))
    return out


def segment(text: str) -> tuple[list[Section], list[Provision]]:
    """Sections and provisions of a cleaned text.

    Example:
        >>> sections, provisions = segment("一、总体要求\\n(一)坚持正确方向。严格纪律。")
        >>> [s.path for s in sections]
        ['一', '一/（一）']
        >>> [p.text for p in provisions]
        ['一、总体要求', '(一)坚持正确方向。', '严格纪律。']
    """
    sections = build_sections(text, find_headings(text))
    starts = [s.start for s in sections]
    # Sections end where another heading starts (or at the end of the text), so
    # every position between one heading start and the next has the same owner.
    owners: dict[int, str | None] = {}
    provisions = []
    for ordinal, (a, b) in enumerate(split_sentences(text)):
        last = bisect.bisect_right(starts, a) - 1
        if last in owners:
            owner = owners[last]
        else:
            # the innermost section holding a: the latest start at or before a whose span covers it
            owner = None
            for k in range(last, -1, -1):
                if a < sections[k].end:
                    owner = sections[k].path
                    break
            owners[last] = owner
        provisions.append(Provision(ordinal, owner, text[a:b], a, b))
    return sections, provisions
