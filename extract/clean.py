"""Cleaning: small pure ``str -> str`` steps, composed once, before anything else.

After :func:`clean` the text never changes again; every offset stored in the
database indexes the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import zh
from .lexicons import load
from .readers.pdf import is_page_number

Step = Callable[[str], str]

# Newline and width normalisation are the Chinese-text module's (one home for
# every stage); cleaning composes them with its own line steps.
normalize_newlines = zh.normalize_newlines
to_halfwidth = zh.to_halfwidth


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    patterns = load("boilerplate")["line_patterns"]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _header_line() -> re.Pattern[str]:
    # "索引号: …" on web pages; "发文字号<TAB>…" from a table in a DOCX or HTML page
    # "[发文字号] …" with the label in brackets, too
    labels = zh.spaced_alternation(zh.header_labels("drop"))
    return re.compile(r"^-?\s*\|?\s*[\[【]?(?:" + labels + r")(?:\s*[:：|]|\t|[\]】])")


def drop_boilerplate_lines(text: str) -> str:
    """Drop whole lines of site navigation, footers, viewer wrappers and header fields.

    The header fields (索引号, 发文字号 …) are read into metadata from the raw
    text before cleaning; see :func:`extract.metadata.read_header_fields`.

    Example: ``"通知正文。\\n扫一扫在手机上查看当前页面"`` → ``"通知正文。"``.
    """
    noise = _boilerplate()
    header = _header_line()
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (noise.fullmatch(stripped) or header.match(stripped)):
            continue
        kept.append(line)
    return "\n".join(kept)


_FILENAME_LINE = re.compile(r"^(\s*)(.+?)\.(?:docx?|pdf|wps)\s*$", re.MULTILINE)
# Every line start is a candidate for _FILENAME_LINE and its lazy ``.+?`` walks
# the whole line; a text without any such extension needs no walk at all.
_FILENAME_EXT = re.compile(r"\.(?:docx?|pdf|wps)")


def strip_filename_suffix(text: str) -> str:
    """A viewer's title line "方案.docx" becomes "方案" (the notice's title).

    Example: ``"大兴安岭地区教育发展“三大工程”实施方案.docx"`` → ``"…实施方案"``.
    """
    if not _FILENAME_EXT.search(text):
        return text
    return _FILENAME_LINE.sub(r"\1\2", text)


_PAGE_CHUNK = re.compile(r"^(\d{1,3})、")
_SENTENCE_END = "。；;！!？?：:”\"）)"


def join_viewer_pages(text: str) -> str:
    """Rejoin the pages of a document viewer that prefixes each page with "N、".

    Doc-sharing viewers print a flattened page per line, numbered 1、 2、 3、…,
    cutting sentences mid-word ("…组织开\\n\\n4、展主题式…"). A run of at least
    three consecutively numbered long lines, most of which continue a
    sentence, is such a page sequence: the markers go and the pages join.
    Ordinary "1、" list items are short or end their sentences, so they stay.

    Example: ``"…集体听评课组织开\\n\\n4、展主题式…"`` → ``"…组织开展主题式…"``.
    """
    lines = text.split("\n")
    numbered = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := _PAGE_CHUNK.match(line)) and len(line) >= 200
    ]
    runs: list[list[int]] = []
    for i, n in numbered:
        if runs and n == lines_number(lines[runs[-1][-1]]) + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    page_lines: set[int] = set()
    for run in runs:
        if len(run) < 3:
            continue
        cut = sum(1 for i in run[:-1] if not lines[i].rstrip().endswith(tuple(_SENTENCE_END)))
        if cut * 2 >= len(run) - 1:
            page_lines.update(run)
    if not page_lines:
        return text
    out: list[str] = []
    after_page = False  # a page line came before: the next page continues it
    for i, line in enumerate(lines):
        if i not in page_lines:
            out.append(line)
            continue
        body = _PAGE_CHUNK.sub("", line, count=1)
        if after_page:
            while out and not out[-1].strip():  # blank lines between two pages
                out.pop()
            if out:
                out[-1] = out[-1].rstrip() + body
                continue
        out.append(body)
        after_page = True
    return "\n".join(out)


def lines_number(line: str) -> int:
    """The page number a viewer line starts with ("12、…" → 12), else -1."""
    m = _PAGE_CHUNK.match(line)
    return int(m.group(1)) if m else -1


_SPACES = re.compile(r"[ \t\u2002-\u200a\u3000]+")
_CJK = r"\u3400-\u9fff"
# A space between a Chinese character or digit and Chinese punctuation goes.
# The lookbehind follows the first whitespace character so that the regex
# engine can skip to whitespace instead of trying every position; ``[^\S\n]``
# keeps a match within one line, as when the lines were matched one by one.
_SPACE_BEFORE_CN_PUNCT = re.compile(rf"[^\S\n](?<=[{_CJK}\d][^\S\n])[^\S\n]*(?=[，。；：、！？,;:])")


def normalize_whitespace(text: str) -> str:
    """Runs of spaces become one, lines are stripped, blank lines go.

    A paragraph is one line; the segmenter splits sentences within it.

    Example: ``"  一、总体要求  \\n\\n\\n  (一)坚持正确方向。"`` → ``"一、总体要求\\n(一)坚持正确方向。"``.
    """
    # Both substitutions stay within a line and touch neither end of it, so they
    # run once over the whole text rather than once per line.
    text = _SPACE_BEFORE_CN_PUNCT.sub("", _SPACES.sub(" ", text))
    return "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)


# A database export's header row: four or more column codes (FWID|WJBT|FWZH|…).
_EXPORT_HEADER = re.compile(r"^\s*[A-Za-z_][A-Za-z0-9_]*(?:\s*\|\s*[A-Za-z_][A-Za-z0-9_]*){3,}\s*$")


def split_export_rows(text: str) -> str:
    """An OA/SQL export's row becomes one line per cell, and its header row of column codes goes.

    The cells (title, 文号, issuer, date, the first line of the text) are then
    lines as in a printed notice, where metadata and segmentation find them.

    Example: ``"ID|WJBT|FWZH|ZW\n7|关于…的通知|某教〔2021〕1号|各学校："`` →
    ``"\n7\n关于…的通知\n某教〔2021〕1号\n各学校："``.
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if _EXPORT_HEADER.match(line) and lines[i + 1].count("|") >= 3:
            lines[i] = ""
            lines[i + 1] = "\n".join(cell.strip() for cell in lines[i + 1].split("|"))
    return "\n".join(lines)


# Text copied out of a PDF keeps the page's line breaks: every line of a
# paragraph but its last runs to the same right margin, whatever its words
# ("…图书年更新率不低于1\n%。"). A printed A4 line holds 28–40 characters.
_WRAP_MIN, _WRAP_MAX = 20, 60  # right margin, in characters (or 2× in display width)
_WRAP_SLACK = 1  # a full line stops up to a character short of the margin
_WRAP_MIN_LINES = 6
_PARAGRAPH_END = re.compile(r"(?:[。！？；：:;!?]|[。！？][”’」』）)])\s*$")


# the characters a monospaced CJK font draws two columns wide
_WIDE = re.compile("[\u2e80-\u9fff\uf900-\uffef“”‘’—…]")


def _display_width(line: str) -> int:
    """Columns ``line`` takes in a monospaced CJK font: 2 for a wide character, 1 for any other.

    Example: ``_display_width("第1条")`` → 5.
    """
    return len(line) + len(_WIDE.findall(line))


def _wrap_margin(lines: list[str], measure: Callable[[str], int], slack: int) -> int | None:
    """The right margin most lines of a hard-wrapped text reach, else None.

    Wrapped: at least six lines stop at the margin, they are at least half of
    the lines longer than half of it, and most of them stop inside a sentence.
    An ordinary text (one line per paragraph) has no such shared length.
    """
    widths = [measure(line) for line in lines]  # once per line: the width is read three times below
    values = sorted(w for line, w in zip(lines, widths) if line)
    if len(values) < _WRAP_MIN_LINES:
        return None
    right = values[min(len(values) - 1, int(0.9 * len(values)))]
    scale = 1 if measure is len else 2
    if not _WRAP_MIN * scale <= right <= _WRAP_MAX * scale:
        return None
    full = [line for line, w in zip(lines, widths) if line and right - slack <= w <= right]
    long = [line for line, w in zip(lines, widths) if w > right / 2]
    open_ends = sum(1 for line in full if not _PARAGRAPH_END.search(line))
    if len(full) >= _WRAP_MIN_LINES and 2 * len(full) >= len(long) and 3 * open_ends >= 2 * len(full):
        return right
    return None


def join_hard_wraps(text: str) -> str:
    """Rejoin the lines of a text copied out of a PDF, hard-wrapped at the page's right margin.

    A line that reaches the margin and stops inside a sentence continues on
    the next one, unless that one opens a heading or list item. The pages'
    numbers (``— 1 —``) go. Texts not wrapped stay as they are.

    Example: ``"…图书年更新率不低于1\\n%。"`` (lines of 36 characters) → ``"…不低于1%。"``.
    """
    lines = [line.strip() for line in text.split("\n")]
    for measure, slack in ((len, _WRAP_SLACK), (_display_width, 2 * _WRAP_SLACK + 1)):
        right = _wrap_margin(lines, measure, slack)
        if right is not None:
            break
    else:
        return text
    heading = zh.paragraph_start_re()
    out: list[str] = []
    cut = False  # the last line read stops at the margin inside a sentence
    pending: list[str] = []  # blank lines after such a line
    for line in lines:
        if is_page_number(line):  # a page's foot or head: the text came out of pages
            continue
        if cut and not line:
            pending.append(line)
            continue
        if cut and not heading.match(line):
            out[-1] += line
        else:
            out.extend(pending)
            out.append(line)
        pending = []
        cut = right - slack <= measure(line) <= right and not _PARAGRAPH_END.search(line)
    out.extend(pending)
    return "\n".join(out)


PIPELINE: tuple[Step, ...] = (
    normalize_newlines,
    to_halfwidth,
    split_export_rows,
    drop_boilerplate_lines,
    strip_filename_suffix,
    join_viewer_pages,
    join_hard_wraps,
    normalize_whitespace,
)


def clean(text: str, steps: tuple[Step, ...] = PIPELINE) -> str:
    """Apply every cleaning step in order.

    Example: ``clean("校长每学期至少听课<b>３０</b>节\\r\\n分享到:")`` keeps the sentence
    and drops the share line.
    """
    for step in steps:
        text = step(text)
    return text
