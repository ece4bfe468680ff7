"""Chinese text, once for every stage: numerals, markers, cuts, masks, widths, header labels.

Each language fact the readers, the cleaner, the segmenter, the metadata
reader and the extractors share lives here (the code) or in
``schema/lexicons/`` (the words): the heading and list markers come from
``headings.yml``, the 政务公开 header labels from ``metadata.yml``. A new
numeral form, marker or label is added in one place and every stage sees it.

Example:
    >>> to_number("一千五百"), to_number("1,500"), to_number("１２")
    (1500.0, 1500.0, 12.0)
    >>> to_chinese(21)
    '二十一'
    >>> import re
    >>> re.findall(NUMERAL, "每学期听课三十节，经费1.5万元")
    ['三十', '1.5万']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .errors import ConfigError
from .lexicons import alternation, load

CJK = "\u4e00-\u9fff"  # the unified ideographs: a regex class body, e.g. f"[{CJK}]"

# ---------------------------------------------------------------- lexicon word sets


@lru_cache(maxsize=None)
def word_set(lexicon: str, *keys: str) -> frozenset[str]:
    """The words under ``keys`` of ``schema/lexicons/<lexicon>.yml``, as a set built once per process.

    A key the lexicon lacks is an error naming it, not an empty set: a
    misspelt key must not switch a rule off in silence. An empty entry
    (``key:`` or ``key: []``) is an empty set. A stage that uses it should also
    call ``load("<lexicon>")`` itself, so that its fingerprint names the lexicon.

    Raises:
        ConfigError: ``keys`` do not lead to an entry of the lexicon.

    Example:
        >>> "每人" in word_set("roles", "pronouns")
        True
    """
    node: Any = load(lexicon)
    for depth, key in enumerate(keys):
        if not isinstance(node, dict) or key not in node:
            path = ".".join(keys[: depth + 1])
            raise ConfigError(f"lexicon {lexicon}.yml has no entry {path}: add it (an empty list if it has no words)")
        node = node[key]
    return frozenset(node or ())


# ---------------------------------------------------------------- newlines and widths

# Full-width ASCII (！ to ～) maps to half-width by a fixed offset; the seeds
# and the gold annotations use half-width digits, brackets and commas, so
# notices from other scrapers are brought to the same form.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# str.translate with a dict raises and clears a KeyError for every character it
# does not map, i.e. for almost every Chinese character; translating only the
# runs of full-width characters gives the same text about three times faster.
_FULLWIDTH_RUN = re.compile("[\uff01-\uff5e\u3000]+")


def unify_newlines(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` become ``\\n``; nothing else changes.

    Example:
        >>> unify_newlines("一、总体要求\\r\\n（一）坚持正确方向\\r")
        '一、总体要求\\n（一）坚持正确方向\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_newlines(text: str) -> str:
    """Line ends unified, form feeds made breaks, NBSP a space; BOM and zero-width spaces go.

    Example:
        >>> normalize_newlines("一、总体要求\\r\\n\\f校长\\u00a0听课\\ufeff")
        '一、总体要求\\n\\n校长 听课'
    """
    text = unify_newlines(text).replace("\f", "\n")
    return text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u200b", "")


def _halfwidth_run(m: re.Match[str]) -> str:
    return m.group().translate(_FULLWIDTH)


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters, brackets, ASCII punctuation and the ideographic space become half-width.

    Chinese punctuation without an ASCII twin (，。、《》“”) stays.

    Example:
        >>> to_halfwidth("每学期至少听课３０节（含）")
        '每学期至少听课30节(含)'
    """
    return _FULLWIDTH_RUN.sub(_halfwidth_run, text)


# ---------------------------------------------------------------- numerals

CN_DIGITS = "零〇一二两三四五六七八九十百千万"  # the characters of a Chinese numeral (亿 only after digits: 3亿)
# A numeral as the patterns find it: 30, 1.5, 3万, 1.5亿, 1,500, 12,000; 三十, 两, 三点五, 四亿五千万.
# Thousands are grouped by a comma only in threes ("1,500"; "1,2" is a list).
AR_NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[万千亿])?"
CN_NUMERAL = rf"[{CN_DIGITS}]+(?:亿[{CN_DIGITS}]*)?(?:点[零〇一二三四五六七八九]+)?"
NUMERAL = rf"(?:{AR_NUMERAL}|{CN_NUMERAL})"
_DIGIT_VALUES = "一二三四五六七八九"
# Day, month and small counts as notices write them (一, 十二, 二十一, 三十),
# read without importing cn2an, which takes a quarter of a second; any other
# form goes to cn2an (the table gives the values cn2an gives).
_SMALL: dict[str, int] = {
    **{d: v for v, d in enumerate(_DIGIT_VALUES, 1)},
    "十": 10,
    **{"十" + d: 10 + v for v, d in enumerate(_DIGIT_VALUES, 1)},
    **{d + "十": 10 * v for v, d in enumerate(_DIGIT_VALUES, 1) if v > 1},
    **{d + "十" + e: 10 * v + w for v, d in enumerate(_DIGIT_VALUES, 1) if v > 1 for w, e in enumerate(_DIGIT_VALUES, 1)},
}
# Also 两 and whole hundreds, thousands and ten thousands (三百, 一千, 两万; a bare 百 is 一百), the
# only forms that sent the numerals of most notices to cn2an: a build then imported it for a handful
# of numerals (~0.2 s). tests/test_zh.py checks every entry against cn2an.
_SMALL |= {"两": 2, **{d + unit: v * scale for d, v in (("", 1), ("两", 2), *((d, v) for v, d in enumerate(_DIGIT_VALUES, 1)))
                       for unit, scale in (("百", 100), ("千", 1000), ("万", 10000))}}
# and whole hundred thousands, millions and ten millions (十万, 五十万, 一百万, 两千万): one 一百万 in
# 10 MB of notices imported cn2an into every build that read it (~0.25 s of a process's CPU).
_SMALL |= {d + unit: v * scale for d, v in (("", 1), *((d, v) for v, d in enumerate(_DIGIT_VALUES, 1)))
           for unit, scale in (("十万", 100_000), ("百万", 1_000_000), ("千万", 10_000_000))}
_SMALL |= {"两" + unit: 2 * scale for unit, scale in (("百万", 1_000_000), ("千万", 10_000_000))}
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# A year written digit by digit: 二〇二三, 二○二三 (a circle), 二0二三, 二O二三 (OCR).
_YEAR_DIGITS = {"〇": "0", "零": "0", "○": "0", "O": "0", "Ｏ": "0", "0": "0",
                **{d: str(v) for v, d in enumerate(_DIGIT_VALUES, 1)}}
YEAR_DIGIT_CHARS = "〇零○OＯ0" + _DIGIT_VALUES  # the characters of such a year, for regex classes
# The old contractions of a day's tens, as a signature may still write them: 廿六 = 二十六, 卅 = 三十.
_DAY_TENS = {"廿": "二十", "卅": "三十"}
DAY_TENS_CHARS = "".join(_DAY_TENS)


def expand_day_tens(numeral: str) -> str:
    """A day numeral with 廿 / 卅 written out, for :func:`to_int`.

    Example:
        >>> expand_day_tens("廿六"), expand_day_tens("卅"), expand_day_tens("十二")
        ('二十六', '三十', '十二')
    """
    for short, full in _DAY_TENS.items():
        numeral = numeral.replace(short, full)
    return numeral


@lru_cache(maxsize=4096)  # pure; cn2an's input checks dominate and numerals repeat
def to_number(numeral: str) -> float | None:
    """The value of an Arabic or Chinese numeral, or None when it has none.

    Reads 两, a bare 百/千/万 (百名 = 100), 亿/万 multipliers (1.5万, 三亿),
    decimals (1.5, 三点五), thousands separators (1,500) and full-width digits (１２).

    Args:
        numeral: the numeral alone, without its measure word.

    Returns:
        Its value as a float, or None (百千万 is no number).

    Example:
        >>> to_number("两"), to_number("百"), to_number("1.5万"), to_number("百千万")
        (2.0, 100.0, 15000.0, None)
    """
    s = numeral.strip()
    if not s:
        return None
    if _PLAIN_NUMBER.fullmatch(s):
        return float(s)
    if (small := _SMALL.get(s)) is not None:
        return float(small)
    if not s.isascii() and _FULLWIDTH_RUN.search(s):
        return to_number(to_halfwidth(s))
    if _THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _THOUSANDS.match(s):  # "1,500万": the grouped digits, then a multiplier
        s = s.replace(",", "")
    # cn2an rejects a bare 百/千/万 ("百名", "千名"); they mean one hundred etc.
    if s[0] in "百千万":
        s = "一" + s
    import cn2an  # late: importing it takes a quarter of a second

    try:
        return float(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def to_int(numeral: str) -> int | None:
    """:func:`to_number` for counts: the whole value, or None when there is no whole number.

    Example:
        >>> to_int("十二"), to_int("3"), to_int("1.5"), to_int("百")
        (12, 3, None, 100)
    """
    value = to_number(numeral)
    return int(value) if value is not None and value.is_integer() else None


def year_digits(numeral: str) -> str | None:
    """A year written digit by digit (二〇二三, 二○二三, 二O二三) as Arabic digits; None if it is not one.

    Example:
        >>> year_digits("二〇二三"), year_digits("二零一四"), year_digits("二十")
        ('2023', '2014', None)
    """
    out = [_YEAR_DIGITS.get(c) for c in numeral]
    return "".join(out) if out and None not in out else None  # type: ignore[arg-type]


_COUNTING_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int, digits: str = _COUNTING_DIGITS, units: str = "十百千") -> str:
    """Chinese counting as Word renders list numbers (``chineseCounting``), the inverse of :func:`to_number`.

    ``digits`` are 0-9 and ``units`` 10/100/1000: pass 零壹贰叁肆伍陆柒捌玖 and
    拾佰仟 for the legal (大写) forms. 10-19 drop the leading 一 as Word does;
    numbers outside 1-9999 stay Arabic.

    Example:
        >>> to_chinese(12), to_chinese(30), to_chinese(105)
        ('十二', '三十', '一百零五')
    """
    if n <= 0 or n >= 10000:
        return str(n)
    parts: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        # 十一, not 一十一, when ten is the leading unit.
        if not (power == 10 and d == 1 and not parts):
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


# ---------------------------------------------------------------- heading and list markers


@lru_cache(maxsize=1)
def headings() -> dict[str, Any]:
    """``schema/lexicons/headings.yml``: the marker kinds, heading ends and clause markers.

    Example:
        >>> list(headings()["kinds"])[:3]
        ['chapter', 'article', 'cn']
    """
    return load("headings")  # type: ignore[no-any-return]


def marker_kinds() -> dict[str, str]:
    """Marker kind → its regex (headings.yml), in the lexicon's order.

    Example:
        >>> import re
        >>> re.match(marker_kinds()["cn_paren"], "（二）工作要求") is not None
        True
    """
    return {kind: spec["marker"] for kind, spec in headings()["kinds"].items()}


def marker_alternation(kinds: Iterable[str] | None = None, *, named: bool = False) -> str:
    """One regex alternation of the markers of ``kinds`` (all kinds by default).

    Args:
        kinds: which kinds of headings.yml to include, in the lexicon's order.
        named: wrap each kind in a group named after it (``m.lastgroup`` is the kind).

    Example:
        >>> import re
        >>> re.match(marker_alternation(named=True), "1.总体要求").lastgroup
        'arabic'
    """
    chosen = set(kinds) if kinds is not None else None
    return "|".join(
        f"(?P<{kind}>{pattern})" if named else pattern
        for kind, pattern in marker_kinds().items()
        if chosen is None or kind in chosen
    )


@lru_cache(maxsize=1)
def paragraph_start_re() -> re.Pattern[str]:
    """A line that opens a paragraph in a laid-out page (PDF): a heading or list marker, or 附件.

    The marker kinds of headings.yml, and its ``paragraph_starts``: what opens
    a paragraph without being a heading of the tree (第二部分, 第三节, a lone 附件 line).

    Example:
        >>> bool(paragraph_start_re().match("（三）加强培训")), bool(paragraph_start_re().match("三年内完成"))
        (True, False)
    """
    return re.compile(r"^\s*(?:" + "|".join([marker_alternation(), *headings()["paragraph_starts"]]) + ")")


def ocr_marker_alternation() -> str:
    """A letter OCR reads for the list number 1 before a Chinese character (ocr.yml ``marker_one_lookalikes``).

    Example:
        >>> import re
        >>> bool(re.match(ocr_marker_alternation(), "L教研室")), bool(re.match(ocr_marker_alternation(), "Linux"))
        (True, False)
    """
    letters = load("ocr")["marker_one_lookalikes"]
    return f"[{re.escape(letters)}](?=[{CJK}])"


@lru_cache(maxsize=1)
def clause_marker_re() -> re.Pattern[str]:
    """Outline numbering in front of a clause (第十一条, 1., (一), 一、, 一是, ①, OCR "L"), optional.

    The marker kinds of headings.yml, its ``clause_markers`` (一是, 第3条) and
    a letter OCR reads for 1 (:func:`ocr_marker_alternation`); it always matches (maybe empty), so
    ``clause_marker_re().match(clause).end()`` is where the clause's words start.

    Example:
        >>> clause_marker_re().match("（二）县教研室负责").end()
        3
    """
    alts = [marker_alternation(), *headings()["clause_markers"], ocr_marker_alternation()]
    return re.compile(r"\s*(?:" + "|".join(alts) + r")?\s*")


# ---------------------------------------------------------------- clauses and sentences

SENTENCE_ENDS = "。；;！!？?"  # what ends a sentence (and a provision)
CLAUSE_BREAKS = "，,。；;：:！？!?\n"  # what ends a clause inside a sentence
CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAKS}]")
# The attributive particle: what closes a modifier before its noun (学时不达标的教师) and,
# at a clause's end, turns the clause into a condition (…不能参训的，).
ATTRIBUTIVE = "的"
PHRASE_BREAKS = "，,。；;"  # what a noun phrase never crosses (a regex class body, with ATTRIBUTIVE for a modifier)
# Everything up to the last clause break before ``endpos``: ``LAST_CLAUSE_BREAK.match(s, a, b).end()``
# is where the clause holding ``b`` starts (no match: none between ``a`` and ``b``).
LAST_CLAUSE_BREAK = re.compile(f".*[{CLAUSE_BREAKS}]", re.S)


def clause_spans(s: str, cut: re.Pattern[str] = CLAUSE_BREAK) -> list[tuple[int, int]]:
    """Non-empty clause spans of ``s``, cut at each match of ``cut`` (the cut itself one character, dropped).

    Args:
        s: a provision or sentence.
        cut: where clauses end; the default is :data:`CLAUSE_BREAKS`.

    Returns:
        ``(start, end)`` spans; the whole of ``s`` when nothing cuts it.

    Example:
        >>> s = "校长每学期听课30节，教师每学期听课20节。"
        >>> [s[a:b] for a, b in clause_spans(s)]
        ['校长每学期听课30节', '教师每学期听课20节']
    """
    spans = []
    start = 0
    for m in cut.finditer(s):
        c = m.start()
        if c > start:
            spans.append((start, c))
        start = c + 1
    if start < len(s):
        spans.append((start, len(s)))
    return spans or [(0, len(s))]


# ---------------------------------------------------------------- titles and quotations

# A cited 《title》, one level of 《》 nested inside; <…> as OCR writes 〈〉.
TITLE = re.compile(r"《[^《》]*(?:《[^《》]*》[^《》]*)*》|<[^<>]{1,80}>")
# A title or quotation within a line, the span a sentence is never cut inside.
QUOTED = re.compile(r"《(?:[^《》\n]|<[^<>\n]*>){0,200}》|“[^“”\n]{0,200}”|\"[^\"\n]{0,200}\"")
_MARK_PAIRS = (("“", "”"), ("《", "》"), ("〈", "〉"), ("「", "」"))
OPENING_MARKS = "“\"《〈「"  # what opens a quotation or a title (a regex class body)
QUOTE_MARKS = "“”\"《》〈〉「」"  # every quotation and title mark (a regex class body)


def mask_titles(s: str, fill: str = "□") -> str:
    """``s`` with each cited 《title》 (and <title>) overwritten by ``fill``, offsets kept.

    Example:
        >>> mask_titles("根据《福建省教育厅关于…》要求")
        '根据□□□□□□□□□□□要求'
    """
    if "《" not in s and "<" not in s:
        return s
    return TITLE.sub(lambda m: fill * len(m.group(0)), s)


def title_spans(s: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cited 《title》 (and <title>) of ``s``.

    Example:
        >>> title_spans("学习《关于加强教研的意见》，要落实")
        [(2, 13)]
    """
    if "《" not in s and "<" not in s:
        return []
    return [m.span() for m in TITLE.finditer(s)]


def inside_marks(s: str, pos: int) -> bool:
    """Whether ``pos`` lies inside “…”, 《…》, 〈…〉 or 「…」 of ``s`` (a label or a title).

    An opening mark never closed afterwards protects nothing (OCR damage).

    Example:
        >>> s = "开展“十佳教师”评选，每年评选10名"
        >>> inside_marks(s, s.index("十")), inside_marks(s, s.index("10"))
        (True, False)
    """
    for open_, close in _MARK_PAIRS:
        if s.count(open_, 0, pos) > s.count(close, 0, pos):
            if s.find(close, pos) >= 0:
                return True
    return False


def unclosed_mark(text: str, lo: int, pos: int, opener: str, closer: str) -> int:
    """Offset of an ``opener`` in ``text[lo:pos]`` left open at ``pos`` (《 without its 》), else -1.

    With ``opener == closer`` (a straight quote) the last one is open when
    an odd number of them stands between ``lo`` and ``pos``. Unlike
    :func:`inside_marks`, a mark never closed afterwards still counts.

    Example:
        >>> s = "根据《规划(2021-2025年)》制定"
        >>> unclosed_mark(s, 0, s.index("2021"), "《", "》"), unclosed_mark(s, 0, s.index("制"), "《", "》")
        (2, -1)
    """
    o = text.rfind(opener, lo, pos)
    if o == -1:
        return -1
    if opener == closer:
        return o if text.count(opener, lo, pos) % 2 == 1 else -1
    return o if text.rfind(closer, lo, pos) < o else -1


# ---------------------------------------------------------------- 政务公开 header labels


@lru_cache(maxsize=None)
def header_labels(use: str | None = None) -> tuple[str, ...]:
    """The 政务公开 header labels of metadata.yml, longest first; only those marked ``use`` if given.

    Uses: ``page`` (the HTML reader finds it in a page's cells), ``text``
    (metadata reads it from a notice's head), ``drop`` (cleaning drops its line).

    Example:
        >>> "索引号" in header_labels("drop"), "点击数" in header_labels("drop")
        (True, False)
    """
    entries: dict[str, list[str]] = load("metadata")["header_labels"]
    chosen = [label for label, uses in entries.items() if use is None or use in uses]
    return tuple(sorted(chosen, key=len, reverse=True))


def spaced_alternation(labels: Iterable[str]) -> str:
    """A regex alternation of ``labels`` allowing spaces between their characters (索  引  号).

    Example:
        >>> import re
        >>> bool(re.fullmatch(spaced_alternation(["索引号"]), "索 引  号"))
        True
    """
    return "|".join(r"\s*".join(re.escape(ch) for ch in label) for label in labels)


__all__ = [
    "AR_NUMERAL", "CJK", "CLAUSE_BREAK", "CLAUSE_BREAKS", "CN_DIGITS", "CN_NUMERAL", "NUMERAL", "QUOTED", "SENTENCE_ENDS", "TITLE", "YEAR_DIGIT_CHARS",
    "alternation", "clause_marker_re", "clause_spans", "header_labels", "headings", "inside_marks",
    "marker_alternation", "marker_kinds", "mask_titles", "normalize_newlines", "ocr_marker_alternation",
    "paragraph_start_re",
    "spaced_alternation", "to_chinese", "to_halfwidth", "to_int", "to_number", "unclosed_mark", "unify_newlines", "word_set",
    "year_digits",
    "LAST_CLAUSE_BREAK", "OPENING_MARKS", "QUOTE_MARKS", "title_spans",
]
