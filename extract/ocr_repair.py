"""Repair the damage OCR does to Chinese text: small pure ``str -> str`` steps.

Applied by the OCR reader (:mod:`extract.readers.ocr`) to what Tesseract
read, before the usual cleaning (:mod:`extract.clean`); text read from a text
layer never passes here. Each step repairs a class of misreading, whatever
the notice; the characters and words involved are data in
``schema/lexicons/ocr.yml``.

Example:
    >>> repair("关 于 印 发 二O二三 年 工 作 要 点 的 通 知\\n—、总体要求")
    '关于印发二〇二三年工作要点的通知\\n一、总体要求'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicons import load

Step = Callable[[str], str]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Chinese punctuation that sits flush against characters.
_CJK_PUNCT = "，。、；：？！“”‘’《》（）〔〕【】「」『』…—"


@lru_cache(maxsize=1)
def _lex() -> dict:
    return load("ocr")  # type: ignore[no-any-return]


def _class(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


# --------------------------------------------------------------------------- characters


@lru_cache(maxsize=1)
def _characters() -> dict[int, str]:
    return {ord(k): v for k, v in _lex()["characters"].items()}


def normalize_lookalikes(text: str) -> str:
    """Punctuation OCR gives in an unusual width or form becomes the one notices print.

    Example: ``"工作方案｡各校､各单位"`` → ``"工作方案。各校、各单位"``.
    """
    return text.translate(_characters())


@lru_cache(maxsize=1)
def _box_line() -> re.Pattern[str]:
    lex = _lex()
    kou = "|".join(map(re.escape, lex["kou_words"]))
    return re.compile(
        rf"^([ \t]*)(?:[{_class(lex['boxes'])}]|(?!{kou})口(?=[{_CJK}（(\d]))[ \t]*", re.MULTILINE
    )


def drop_boxes(text: str) -> str:
    """A box, bullet or check box that OCR read at the start of a line (often as 口) goes.

    Example: ``"□加强师德建设"`` → ``"加强师德建设"``; ``"口语交际"`` stays.
    """
    return _box_line().sub(r"\1", text)


# 〈 (a bracket of nested titles) read where ( was printed: it is closed by ) not 〉.
_ANGLE_AS_PAREN = re.compile(r"〈(?=[^〈〉()（）\n]{1,40}[)）])")


def fix_angle_brackets(text: str) -> str:
    """An opening 〈 closed by ) is a misread (.

    Example: ``"规划纲要〈2010-2020年)"`` → ``"规划纲要(2010-2020年)"``; ``"《关于〈意见〉的通知》"`` stays.
    """
    return _ANGLE_AS_PAREN.sub("(", text)


# --------------------------------------------------------------------------- spaces

_SPACED = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \t\u3000]+(?=[{_CJK}{_CJK_PUNCT}])"
    rf"|(?<=[{_CJK}{_CJK_PUNCT}])[ \t\u3000]+(?=[\d,;:!?])"
    rf"|(?<=\d)[ \t\u3000]+(?=[{_CJK}{_CJK_PUNCT}])"
)


def join_spaced_cjk(text: str) -> str:
    """Spaces OCR puts between Chinese characters (and between them and numbers) go.

    Example: ``"校 长 每学期至少听课 30 节"`` → ``"校长每学期至少听课30节"``.
    """
    return _SPACED.sub("", text)


# --------------------------------------------------------------------------- 一 and dashes


@lru_cache(maxsize=1)
def _dash_patterns() -> tuple[re.Pattern[str], ...]:
    lex = _lex()
    dash = _class(lex["dashes"])
    not_one = _class(lex["dashes"].replace("一", ""))
    num = _class(lex["heading_numerals"])
    heading = re.compile(rf"^([ \t]*[{num}]*)[{dash}]([{num}]*[ \t]*[、.．])", re.MULTILINE)
    bracketed = re.compile(rf"([(（][ \t]*[{num}]*)[{dash}]([{num}]*[ \t]*[)）])")
    between_digits = re.compile(rf"(?<=\d)[{dash}](?=\d)")
    page_number = re.compile(rf"^[ \t]*[{dash}]+[ \t]*(\d{{1,4}})[ \t]*[{dash}]+[ \t]*$", re.MULTILINE)
    # A single dash between Chinese characters, or opening a line before one
    # (—是, 统—): a Chinese dash is doubled (——), so a single one is 一.
    # An ASCII hyphen opening a line is a list mark (- 索引号:), not 一.
    wide = not_one.replace("\\-", "")
    lone = re.compile(
        rf"(?:(?<=[{_CJK}])[{not_one}]|^[{wide}])(?<![{not_one}]{{2}})(?![{not_one}])(?=[{_CJK}])", re.MULTILINE
    )
    return heading, bracketed, between_digits, lone, page_number


@lru_cache(maxsize=1)
def _line_start_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lex()
    stops = re.compile(rf"^([ \t]*)[{_class(lex['never_line_initial'])}]+[ \t]*", re.MULTILINE)
    followers = _class(lex["number_followers"])
    number = re.compile(rf"^([ \t]*\d{{1,2}})(?=[{_CJK}])(?![{followers}])", re.MULTILINE)
    letter_one = re.compile(rf"^([ \t]*)[{_class(lex['marker_one_lookalikes'])}](?=[{_CJK}])", re.MULTILINE)
    return stops, number, letter_one


def fix_line_starts(text: str) -> str:
    """A stop or comma at a line start goes (typesetting never puts one there); a heading number gets back its dot.

    A letter read for the number 1 (L, l, I) before a Chinese character is 1. too.

    Example: ``"。实现清流教育高质量发展"`` → ``"实现清流教育高质量发展"``;
    ``"1坚持一个中心"`` → ``"1.坚持一个中心"``; ``"L提高管理水平"`` → ``"1.提高管理水平"``; ``"10月底前完成"`` stays.
    """
    stops, number, letter_one = _line_start_patterns()
    return letter_one.sub(r"\g<1>1.", number.sub(r"\1.", stops.sub(r"\1", text)))


@lru_cache(maxsize=1)
def _heading_separator() -> re.Pattern[str]:
    lex = _lex()
    num = _class(lex["heading_numerals"])
    return re.compile(rf"^([ \t]*[{num}]{{1,3}})[{_class(lex['heading_separator_lookalikes'])}](?=[{_CJK}])", re.MULTILINE)


def fix_heading_separator(text: str) -> str:
    """A heading numeral followed by a misread 、 (二:工作安排, 三，保障措施) gets its 、 back.

    Example: ``"二:工作安排"`` → ``"二、工作安排"``; ``"一是:加强"`` stays.
    """
    return _heading_separator().sub(r"\1、", text)


def fix_dashes(text: str) -> str:
    """一 and dashes put right: 一 in heading markers and words, a hyphen between numbers.

    Example: ``"—、总体要求"`` → ``"一、总体要求"``; ``"(十—)"`` → ``"(十一)"``; ``"一3一"`` → ``"- 3 -"``;
    ``"2023一2025年"`` → ``"2023-2025年"``; ``"进—步统—规划"`` → ``"进一步统一规划"``.
    """
    heading, bracketed, between_digits, lone, page_number = _dash_patterns()
    text = page_number.sub(r"- \1 -", text)  # 一3一 is a page number, as - 3 - is
    text = heading.sub(r"\1一\2", text)
    text = bracketed.sub(r"\1一\2", text)
    text = between_digits.sub("-", text)
    return lone.sub("一", text)


# --------------------------------------------------------------------------- 〇 and digits


@lru_cache(maxsize=1)
def _zero_patterns() -> tuple[re.Pattern[str], dict[int, str], re.Pattern[str], dict[int, str]]:
    lex = _lex()
    zeros = _class(lex["zero_lookalikes"])
    # Four characters of a year in Chinese numerals, at least one of them a real numeral.
    # Spaces OCR put between them go too (join_spaced_cjk cannot tell O from a Latin letter).
    char = rf"[〇零一二三四五六七八九{zeros}]"
    year = re.compile(rf"(?<![〇零一二三四五六七八九{zeros}])(?:{char}[ \t]*){{3}}{char}(?=[ \t]*年)")
    zero_map = {ord(c): "〇" for c in lex["zero_lookalikes"]}
    digits = lex["digit_lookalikes"]
    look = _class("".join(digits))
    number = re.compile(rf"(?<![A-Za-z0-9])[0-9{look}]*\d[0-9{look}]*(?![A-Za-z])")
    return year, zero_map, number, {ord(k): v for k, v in digits.items()}


@lru_cache(maxsize=1)
def _lone_one() -> re.Pattern[str]:
    # A single mark between date units: 2024年3月]日 → 2024年3月1日.
    one = _class(_lex()["one_lookalikes"])
    return re.compile(rf"(?:(?<=\d)|(?<=\d[年月]))[{one}](?=[年月日])")


@lru_cache(maxsize=1)
def _doc_number() -> re.Pattern[str]:
    lex = _lex()
    return re.compile(
        rf"(?<=[{_CJK}])[ \t]*[{_class(lex['doc_number_open'])}][ \t]*((?:19|20)\d\d)[ \t]*"
        rf"[{_class(lex['doc_number_close'])}][ \t]*(?=\d{{1,4}}[ \t]*号)"
    )


def fix_doc_number_brackets(text: str) -> str:
    """The year brackets of a 发文字号 that OCR read as [ 【 ( become 〔〕.

    Example: ``"某教发【2024]3号"`` → ``"某教发〔2024〕3号"``; ``"(2024)年度"`` stays.
    """
    return _doc_number().sub(r"〔\1〕", text)


def fix_zeros(text: str) -> str:
    """〇 misread as O/0/○ in Chinese-numeral years, and O/l/I/] misread inside Arabic dates and numbers.

    An Arabic number is repaired when most of it is real digits and it is
    followed by a Chinese character (a date, a count: 2O23年, 1O月, 3l节) or
    closes a bracket (〔2O23〕).

    Example: ``"二O二三年"`` → ``"二〇二三年"``; ``"2O23年1O月"`` → ``"2023年10月"``.
    """
    year, zero_map, number, digit_map = _zero_patterns()
    text = _lone_one().sub("1", text)

    def chinese(m: re.Match[str]) -> str:
        token = re.sub(r"[ \t]", "", m.group())
        # A real numeral besides the 〇s: "OO年代" is not a year.
        return token.translate(zero_map) if re.search("[一二三四五六七八九]", token) else m.group()

    text = year.sub(chinese, text)

    def arabic(m: re.Match[str]) -> str:
        token = m.group()
        real = sum(c.isdigit() for c in token)
        after = text[m.end():m.end() + 3].lstrip(" \t")[:1]
        if real == len(token) or real * 2 < len(token):
            return token
        if not (re.match(rf"[{_CJK}〕\]）)%]", after)):
            return token
        return token.translate(digit_map)

    return number.sub(arabic, text)


# --------------------------------------------------------------------------- line ends


@lru_cache(maxsize=1)
def _open_end() -> re.Pattern[str]:
    return re.compile(rf"[{_class(_lex()['open_line_ends'])}]$")


def join_broken_lines(text: str) -> str:
    """A line cut inside a sentence (it ends in ，、的 和 …, or leaves a 《 or “ open) is joined to the next one.

    The next line is not joined when it starts with a heading marker (一、 （一） 1.).

    Example: ``"各校要加强教师的\\n专业发展。"`` → ``"各校要加强教师的专业发展。"``.
    """
    # The PDF reader's test for a line that starts a paragraph (一、 （一） 1. 第一条 …).
    from .zh import paragraph_start_re

    heading = paragraph_start_re()

    open_end = _open_end()
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and _cut(out[-1], open_end) and line.strip() and not heading.match(line):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


# A 《title》 or “quote” opened near the line end and not closed: the line stops
# inside it. Only near the end: OCR invents quote marks, and an unclosed one
# early in a line must not pull every following line into it.
_OPEN_QUOTE = re.compile(r"(?:《[^》\n]{0,30}|“[^”\n]{0,30})$")


def _cut(line: str, open_end: re.Pattern[str]) -> bool:
    """The line stops inside a sentence: an open ending, or a 《title》 or “quote” opened just before its end."""
    line = line.rstrip()
    return bool(open_end.search(line) or _OPEN_QUOTE.search(line))


# Per line: what a misread character or space did. Applied to each printed
# line before the layout is rebuilt, so page numbers read as 一3一 are
# recognised as page numbers.
LINE_STEPS: tuple[Step, ...] = (
    normalize_lookalikes,
    fix_angle_brackets,
    drop_boxes,
    fix_zeros,
    join_spaced_cjk,
    fix_dashes,
    fix_heading_separator,
    fix_doc_number_brackets,
    fix_line_starts,
)
PIPELINE: tuple[Step, ...] = (*LINE_STEPS, join_broken_lines)


def repair(text: str, steps: tuple[Step, ...] = PIPELINE) -> str:
    """Apply every repair step in order.

    Example: ``repair("校 长 每 学 期 至 少 听 课 3O 节")`` → ``"校长每学期至少听课30节"``.
    """
    for step in steps:
        text = step(text)
    return text
