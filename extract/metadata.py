"""GB/T 9704-2012 elements of a notice: title, issuer, 发文字号, 主送机关, dates, 附件, region.

Fields a notice does not give stay None; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

from .lexicons import load
from .zh import (CJK, DAY_TENS_CHARS, YEAR_DIGIT_CHARS, expand_day_tens, header_labels, marker_alternation,
                 spaced_alternation, to_int, year_digits)
from .region import index_region, province_named, resolve
from .types import Metadata

# "label: value" pairs, several on a line; or "label<TAB>value" cells of a table.
_SEP = r"(?:\s*[:：]|\t|[\]】]\s*)"
# "[发文字号] …" / "【成文日期】…": the label in brackets


@lru_cache(maxsize=1)
def _header_pair() -> re.Pattern[str]:
    """A "label: value" pair whose label is one of metadata.yml's header labels marked ``text``.

    The label starts a word: a news item's closing "（原标题：《…》）" is the
    item's own headline, not a 标题 field (nor 副标题, 文件名称 …).
    """
    label = f"(?:{spaced_alternation(header_labels('text'))})"
    return re.compile(rf"[\[【]?(?<![\u3400-\u9fff])({label}){_SEP}\s*(.*?)(?=\s+[\[【]?{label}{_SEP}|$)")
_LEADING_DATETIME = re.compile(r"^(\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*来源")


@lru_cache(maxsize=1)
def _ip_label_line() -> re.Pattern[str]:
    """A WeChat page's meta line ending with its IP label (metadata.yml ``ip_label_line``)."""
    return re.compile(load("metadata").get("ip_label_line") or r"(?!)")


def read_header_fields(raw: str, limit: int = 40) -> dict[str, str]:
    """Label: value pairs of a web page's header (政务公开 fields), from the raw text.

    Only the first ``limit`` lines are read: the header sits above the notice.

    Example: ``read_header_fields("索 引 号: SM05104-1300-2023-00007")`` →
    ``{"索引号": "SM05104-1300-2023-00007"}``.
    """
    fields: dict[str, str] = {}
    for line in _head_lines(raw, limit):
        line = line.strip().lstrip("-").strip(" ")
        if line.startswith("|") and line.endswith("|"):  # a table row written "| 标题 | … |"
            line = "\t".join(cell.strip() for cell in line.strip("|").split("|"))
        if m := _LEADING_DATETIME.match(line):
            fields.setdefault("发布日期", m.group(1))
        if m := _ip_label_line().match(line):
            fields.setdefault("IP属地", m.group(1))
        for m in _header_pair().finditer(line):
            key = _WS.sub("", m.group(1))
            value = m.group(2).strip()
            if value and key not in fields:
                fields[key] = value
    for key, value in _column_fields(_head_lines(raw, limit)).items():
        fields.setdefault(key, value)
    if "版权所有" not in fields and (owner := site_owner(raw[-_FOOTER_CHARS:])):
        fields["版权所有"] = owner
    if "地址" not in fields and (address := site_address(raw[-_FOOTER_CHARS:])):
        fields["地址"] = address
    return fields


_COLUMN_CODE = re.compile(r"[A-Z][A-Z0-9_]{1,11}")
_RULE_ROW = re.compile(r"^[\s\-+|=]*$")


def _cells(line: str) -> list[str]:
    sep = "\t" if "\t" in line else "|"
    return [cell.strip() for cell in line.strip().strip("|").split(sep)]


def _column_fields(lines: list[str]) -> dict[str, str]:
    """Header labels read from an export's table head: a row of column codes over a row of values.

    Only the codes of metadata.yml ``export_column_labels`` are read.

    Example: ``_column_fields(["ID\tWH\tCWRQ", "7\t某教〔2025〕3号\t2025-03-12"])``
    → ``{"成文日期": "2025-03-12"}``.
    """
    labels = _lex().get("export_column_labels") or {}
    for i, line in enumerate(lines):
        codes = _cells(line)
        if len(codes) < 3 or not all(_COLUMN_CODE.fullmatch(c) for c in codes):
            continue
        row = next((r for r in lines[i + 1 : i + 3] if not _RULE_ROW.match(r)), None)
        if row is None:
            return {}
        return {labels[c]: v for c, v in zip(codes, _cells(row)) if c in labels and v}
    return {}


def header_values(raw: str, labels: tuple[str, ...], limit: int = 40) -> tuple[str, ...]:
    """Every value of these header labels in the head of the raw text, in order.

    :func:`read_header_fields` keeps the first value of a label; a repost
    keeps the original page's byline under its host page's own, and that
    second ``来源`` may be the one that names the issuer's county.

    Example: ``header_values("来源:本站原创\n来源:某某县某某镇中心学校", ("来源",))`` →
    ``("本站原创", "某某县某某镇中心学校")``.
    """
    values = []
    for line in _head_lines(raw, limit):
        for m in _header_pair().finditer(line.strip()):
            if _WS.sub("", m.group(1)) in labels and (value := m.group(2).strip()):
                values.append(value)
    return tuple(values)


# A page's footer sits in its last few lines.
_FOOTER_CHARS = 2000
# "版权所有：某某中学", "Copyright 2012-2015 某某县某某镇中心学校 版权所有"
_OWNER_AFTER = re.compile(rf"版权所有\s*[:：]\s*([{CJK}()（）]{{4,30}})")
_OWNER_BEFORE = re.compile(rf"([{CJK}()（）]{{4,30}})\s*版权所有")
# A footer line naming the site's owner before its contacts and its ICP record, without
# the word 版权所有: "某某区某某镇中心幼儿园　电话：022-1234　津ICP备1号".
_OWNER_CONTACTS = re.compile(
    rf"(?m)^[ \t\u3000]*([{CJK}()（）]{{4,30}})[ \t\u3000]+(?:联系)?(?:电话|地址|邮编|邮箱)\s*[:：][^\n]*ICP备")


# "Copyright © 2008-2025 某某县某某镇中心学校 All Rights Reserved": the English form of 版权所有.
_OWNER_RESERVED = re.compile(
    rf"Copyright\s*(?:©|\(c\)|&copy;)?\s*(?:\d{{4}}\s*(?:[-—–~]\s*\d{{4}})?)?\s*([{CJK}()（）]{{4,30}})\s*All\s+Rights\s+Reserved",
    re.IGNORECASE)


def site_owner(footer: str) -> str | None:
    """The organisation a page's footer names as its owner (版权所有), else None.

    Example: ``site_owner("Copyright 2012-2015 某某县某某镇中心学校 版权所有 某ICP备1号")`` →
    ``"某某县某某镇中心学校"``; so is a footer line that names it before its contacts and
    its ICP record, ``"某某县某某镇中心学校　电话：1234　某ICP备1号"``.
    """
    for pattern, word in _OWNER_PATTERNS:
        # the word first: a footer without it is rejected at C speed, not by a
        # search trying up to 30 CJK characters at every position
        if word in footer and (m := pattern.search(footer)):
            return m.group(1)
    return None


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, sorted(_lex()["footer_address_labels"], key=len, reverse=True)))
    return re.compile(rf"(?<![{CJK}])(?:{labels})\s*[:：]\s*([{CJK}\d()（）]{{4,40}})")


def site_address(footer: str) -> str | None:
    """The postal address a page's footer gives (metadata.yml ``footer_address_labels``), else None.

    A town school's footer names its county there when its own name does not:
    ``site_address("某某镇中心小学 版权所有 地址：某某省某某县某某镇 电话：1234")`` →
    ``"某某省某某县某某镇"``.
    """
    return m.group(1) if (m := _address().search(footer)) else None


@lru_cache(maxsize=1)
def _banner_name() -> re.Pattern[str]:
    greetings = "|".join(map(re.escape, sorted(_lex().get("banner_greetings") or (), key=len, reverse=True)))
    return re.compile(rf"^([{CJK}()（）]{{4,30}}?)(?:{greetings})?(?![{CJK}()（）])")


def site_banner(head: str) -> str | None:
    """The organ a page's head lines open with, its greeting cut off (the site's banner), else None.

    A town school's banner names its county where its signature and footer do not:
    ``site_banner("某某县某某镇中心小学 欢迎您！\n首页 | 学校概况")`` → ``"某某县某某镇中心小学"``;
    a navigation bar (``"首页 | 学校概况"``) names none.
    """
    for line in head.split("\n"):
        if (m := _banner_name().match(line.strip())) and _is_org(m.group(1)):
            return m.group(1)
    return None


# each owner pattern with a word every match of it contains ("": _OWNER_RESERVED opens on a literal already)
_OWNER_PATTERNS = ((_OWNER_AFTER, "版权所有"), (_OWNER_BEFORE, "版权所有"), (_OWNER_CONTACTS, "ICP备"), (_OWNER_RESERVED, ""))


def _head_lines(text: str, limit: int) -> list[str]:
    """``text.splitlines()[:limit]`` without splitting the whole text.

    A prefix holding more than ``limit`` lines ends its first ``limit`` lines
    exactly where the whole text does, whatever line break follows.
    """
    size = 4096
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > limit:
            return lines[:limit]
        size *= 4
    return text.splitlines()[:limit]


_WS = re.compile(r"\s+")
# A date in Chinese numerals: 二〇二三年一月十二日 (the year digit by digit, see zh.year_digits).
_MD = "一二三四五六七八九十" + DAY_TENS_CHARS  # the numerals of a month or a day (廿六 = 二十六)
_CN_DATE_CHAR = re.compile(f"[〇零{_MD}]")
# a year, month or day may mix the numeral styles ("二0二四年8月26日", "2024年八月二十六日")
_CN_DATE = re.compile(rf"([{YEAR_DIGIT_CHARS}0-9]{{4}})年([{_MD}0-9]{{1,3}})月([{_MD}0-9]{{1,3}})日?")
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[:：.、]\s*(?:\d+[.、])?\s*(.+)$")
_DOC_NUMBER = re.compile(rf"[{CJK}]{{1,12}}[〔\[【(（]\d{{4}}[〕\]】)）]\s*\d{{1,4}}\s*号")
_TERMINAL = tuple("。；;！!？?，,：:")


def parse_date(text: str, not_after: date | None = None) -> date | None:
    """An ISO date from the ways notices write one; None if absent or ambiguous.

    Handles 2023年1月12日, 2023-10-20, 2014/5/15, 二〇二三年一月十二日, and the
    compressed 2014211 (→ 2014-02-11, the only valid reading). ``not_after``
    rules out readings later than a known publication date.

    Example: ``parse_date("二〇二三年一月十二日")`` → ``date(2023, 1, 12)``.
    """
    s = re.sub(r"\s+", "", text)
    if _CN_DATE_CHAR.search(s) and "年" in s:
        m = _CN_DATE.fullmatch(s)
        if not m:
            return None
        year, month, day = (year_digits(m.group(1)) or (m.group(1) if m.group(1).isdigit() else None),
                            to_int(expand_day_tens(m.group(2))),
                            to_int(expand_day_tens(m.group(3))))
        if year is None or month is None or day is None:
            return None
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", s):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    if re.fullmatch(r"\d{6,8}", s):
        year, rest = int(s[:4]), s[4:]
        readings = set()
        for cut in range(1, len(rest)):
            month, day = rest[:cut], rest[cut:]
            if len(month) > 2 or len(day) > 2 or month.startswith("0") and len(month) == 1:
                continue
            try:
                d = date(year, int(month), int(day))
            except ValueError:
                continue
            if not_after is None or d <= not_after:
                readings.add(d)
        return readings.pop() if len(readings) == 1 else None
    return None


# An OA export may sign with a database timestamp: "2021-04-26 00:00:00.000".
_DATE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?|\d{6,8}"
    rf"|[{YEAR_DIGIT_CHARS}0-9]{{4}}年[{_MD}0-9]{{1,3}}月[{_MD}0-9]{{1,3}}日)$"  # numeral styles may mix
)


@lru_cache(maxsize=1)
def _lex() -> dict:
    return load("metadata")


@lru_cache(maxsize=1)
def _seal_notes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["id"], re.compile(r["pattern"])) for r in _lex().get("signature_notes") or ())


def signed_name(line: str) -> str:
    """A signature line without the seal note it may carry (metadata.yml ``signature_notes``).

    Example: ``signed_name("某某县教育局（印章）")`` → ``"某某县教育局"``.
    """
    for _rule, pattern in _seal_notes():
        if m := pattern.search(line):
            return line[: m.start()]
    return line


def _is_org(line: str) -> bool:
    """An organisation's name, or several joint issuers' names separated by spaces."""
    suffixes = tuple(_lex()["org_suffixes"])
    parts = line.split()
    return bool(parts) and len(parts) <= 4 and all(
        len(p) <= 30 and not p.endswith(_TERMINAL) and p.endswith(suffixes) and ":" not in p and "：" not in p
        for p in parts
    )


# A signing date that gives only the year and month: "2016年5月", "二〇一六年五月".
_MONTH_LINE = re.compile(rf"^(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月|[{YEAR_DIGIT_CHARS}0-9]{{4}}年[{_MD}0-9]{{1,2}}月)$")
# A signing date in a form parse_date does not read (二〇二五年二月三十日, OCR damage in a
# numeral): still the date line under the first signature, which stays the wrapper's;
# the date is left None rather than taken from the forwarded plan's signature below.
_UNREAD_DATE_LINE = re.compile(rf"^[\d{YEAR_DIGIT_CHARS}]{{4}}\s*年\s*\S{{1,3}}\s*月\s*\S{{1,4}}\s*日$")
# How far from the end a signature without a date may sit (lines of 附件, 抄送 … after it).
_TAIL_REACH = 8


class Signature(NamedTuple):
    """发文机关署名 and 成文日期 as signed; ``month`` is the first day of a month-only date ("2024年9月")."""

    issuer: str | None
    date: date | None = None
    month: date | None = None


def _signature(lines: list[str], not_after: date | None) -> Signature:
    """发文机关署名 + 成文日期, tried as an ordered list of forms.

    1. The first organisation line right above a date line, full or
       month-only ("2016年5月"): a wrapper's own signature comes before the
       forwarded plan's, whatever its date gives. A month-only date leaves
       the date None (no day is invented, SCHEMA.md) and gives the month.
       In a forwarding notice the forwarded document's own signature may
       come first instead (the plan printed in full, then the wrapper's
       signature at the foot): a signature by the organ named in the 《》
       of the title or on the 附 line is the plan's, and a later one by
       another organ is the wrapper's.
    2. The date line set above the organisation's name where the notice
       closes (``_inverted_signature``: "二〇二四年十月十五日" / "某市教育局",
       a page that right-aligned both lines in the wrong order).
    3. The organisation's name and the date run together on the line that
       closes the notice (``_joined_signature``: a Word paragraph holding both,
       "溧阳市教育局　２０２５年９月１２日").
    4. An organisation line that closes the notice without a date (a school
       page whose date is only the page's 发布时间), with only tail lines
       (附件, 抄送, 印发, 主题词 …) after it.
    """
    forwarded = _forwarded_texts(lines)
    signatures = list(_dated_signatures(lines, not_after))
    if forwarded and (own := _forwarding_organ(lines)):
        # the heading names the wrapper's organ ("某镇中心学校关于转发《…》的通知"): its
        # signature is the wrapper's, wherever the plan's (signed by an organ the
        # plan's name may leave out) stands
        if mine := next((sig for sig in signatures if own.endswith(sig.issuer) and len(sig.issuer) >= 4), None):
            return mine
    plan: Signature | None = None
    for sig in signatures:
        if not any(all(name in text for name in sig.issuer.split()) for text in forwarded):
            return sig  # not a forwarding notice, or the wrapper's own signature
        plan = plan or sig  # the forwarded document's: the wrapper may sign below it
    return (plan or _inverted_signature(lines, not_after) or _joined_signature(lines, not_after)
            or Signature(_closing_org(lines), _closing_date(lines, not_after)))


# How many joint issuers may sign one above the other (洛阳市教育局 / 洛阳市发展和改革委员会).
_JOINT_REACH = 3


def _joint_signers(lines: list[str], i: int) -> str:
    """The organisation line ``lines[i]`` with the joint issuers signed right above it, space-joined.

    Example: ``["洛阳市教育局", "洛阳市发展和改革委员会"]``, i=1 → ``"洛阳市教育局 洛阳市发展和改革委员会"``.
    """
    names = [signed_name(lines[i])]
    j = i - 1
    while j >= 0 and len(names) < _JOINT_REACH and _is_org(above := signed_name(lines[j])):
        names.insert(0, above)
        j -= 1
    return " ".join(names)


def _dated_signatures(lines: list[str], not_after: date | None) -> Iterator[Signature]:
    """Every organisation line right above a date line (full, month-only or unread), in page order.

    Joint issuers signed one above the other are one signature (``_joint_signers``).
    """
    stamped: list[Signature] = []
    for i, line in enumerate(lines):
        if i == 0 or not _is_org(signed_name(lines[i - 1])):
            continue
        org = _joint_signers(lines, i - 1)
        if _DATE_LINE.match(line) and (d := parse_date(line, not_after)):
            if _CLOCK_TIME.search(line):
                # a page's timestamp under its author or account ("教务处 / 某某中心小学 /
                # 2024-09-19 17:46" under a WeChat article's title): it signs only when no
                # signature closes the notice itself
                stamped.append(Signature(org, d))
                continue
            yield Signature(org, d)
        elif _MONTH_LINE.match(line):
            yield Signature(org, None, parse_date(line + ("1日" if line[-2].isascii() else "一日")))
        elif _UNREAD_DATE_LINE.match(line):
            yield Signature(org)
    yield from stamped


# A clock time after a date: a page's or record's timestamp, not a 成文日期
_CLOCK_TIME = re.compile(r"\s\d{1,2}:\d{2}")


# How far down the head a forwarding heading may sit (page chrome above it).
_HEAD_REACH = 30


def _forwarded_texts(lines: list[str]) -> tuple[str, ...]:
    """The forwarded document's names in a forwarding notice (its 《》 or bare title in the heading, its 附 lines), else ().

    Example: ``_forwarded_texts(["关于转发《某县教育局课后服务方案》的通知", "各校:", "附：某县教育局课后服务方案"])``
    → ``("某县教育局课后服务方案", "某县教育局课后服务方案")``; a heading without 《》
    (某校转发某县教育局关于…的通知) names the forwarded notice's whole title after 转发.
    """
    heading, bare, appended = (_forwarded_name(rule) for rule in (
        "metadata.forwarded.heading", "metadata.forwarded.heading_bare", "metadata.forwarded.appended"))
    named = [m.group(1) for line in lines[:_HEAD_REACH] if (m := heading.match(line) or bare.match(line))]
    if not named:
        return ()
    return (*named, *(m.group(1) for line in lines if (m := appended.match(line)) and len(line) <= 80))


def _forwarding_organ(lines: list[str]) -> str | None:
    """The organ a forwarding heading names in front of its 关于转发 / 转发 / 印发, else None.

    Example: ``_forwarding_organ(["某某镇中心学校关于转发《某县课后服务方案》的通知"])`` → ``"某某镇中心学校"``;
    the same heading set in two lines (``"某某镇中心学校"``, ``"关于转发《…》的通知"``) gives the same organ,
    and so does a heading naming the forwarded notice without 《》 (``"某某镇中心学校转发县教育局关于…的通知"``).
    """
    heading, bare, organ = (_forwarded_name(rule) for rule in (
        "metadata.forwarded.heading", "metadata.forwarded.heading_bare", "metadata.forwarded.organ"))
    for i, line in enumerate(lines[:_HEAD_REACH]):
        if not (heading.match(line) or bare.match(line)):
            continue
        if (m := organ.match(line)) and _is_org(m.group(1)):
            return m.group(1)
        # the organ printed on its own line above a heading that opens with 关于 (a title set in two lines)
        if i and line.startswith("关于") and _is_org(above := lines[i - 1].strip()):
            return above
    return None


@lru_cache(maxsize=None)
def _forwarded_name(rule_id: str) -> re.Pattern[str]:
    """A forwarded_names pattern of schema/lexicons/metadata.yml by its id; group 1 is the document's name."""
    return re.compile(next(r["pattern"] for r in _lex()["forwarded_names"] if r["id"] == rule_id))


def _is_tail_line(line: str, tail: tuple[str, ...]) -> bool:
    """A line that may follow a notice's signature: 附件, 抄送, 印发 …, an attachment item, a related title."""
    return bool(line.startswith(tail) or line.endswith("印发") or _ATTACHMENT_ITEM.match(line) or _related_title(line))


def _closing_line(lines: list[str], closes: Callable[[str], bool]) -> int | None:
    """Index of the last line for which ``closes`` holds, with only tail lines (附件, 抄送, page chrome …) after it, else None.

    Looks at most ``_TAIL_REACH`` lines up from the end; a line that neither closes nor is a tail line ends the search.
    """
    tail = tuple(_lex()["tail_prefixes"]) + tuple(_lex().get("page_tail_prefixes") or ())
    for k in range(len(lines) - 1, max(0, len(lines) - 1 - _TAIL_REACH), -1):
        # (a closing line first: "【抄送】县教育局办公室" ends like an organisation's name, so an organ's line
        # must not open with a tail prefix)
        if closes(lines[k]) and not signed_name(lines[k]).startswith(tail):
            return k
        if not _is_tail_line(signed_name(lines[k]), tail):
            return None
    return None


def _is_signing_org(line: str) -> bool:
    return _is_org(signed_name(line))


def is_signing_org(line: str) -> bool:
    """An organisation's name as signed under a notice, its seal note left out (for the extractors).

    Example: ``is_signing_org("溧阳市教育局")`` → ``True``; ``is_signing_org("报名截止时间：")`` → ``False``.
    """
    return _is_signing_org(line)


# A Word paragraph that signs the organ and the date in one run: the reader keeps
# "溧阳市教育局　２０２５年９月１２日" as one line. Only a date written with 年月日
# (a page's "教务处 2024-09-19 17:46" is its timestamp, see _CLOCK_TIME).
_ORG_DATE_LINE = re.compile(
    rf"^(.+?)\s*(\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|[{YEAR_DIGIT_CHARS}0-9]{{4}}年[{_MD}0-9]{{1,3}}月[{_MD}0-9]{{1,3}}日)$")


def _org_date_parts(line: str) -> tuple[str, str] | None:
    """The organ's name and the date of a signature written on one line, else None.

    Example: ``_org_date_parts("溧阳市教育局2025年9月12日")`` → ``("溧阳市教育局", "2025年9月12日")``;
    ``_org_date_parts("报名截止2025年9月12日")`` → ``None`` (not an organ's name).
    """
    m = _ORG_DATE_LINE.match(line)
    return (signed_name(m.group(1).strip()), m.group(2)) if m and _is_signing_org(m.group(1).strip()) else None


def _inverted_signature(lines: list[str], not_after: date | None) -> Signature | None:
    """A signature whose date line stands above the organisation's name, closing the notice; else None.

    Only where the notice ends: the name is the last line but tail lines (附件, 抄送 …), and the
    date line sits under a finished sentence, so a date line over an organ's name in the body
    or the page head is never read as one.

    Example: ``[…, "请认真落实。", "二〇二四年十月十五日", "某市教育局"]`` → ``Signature("某市教育局", date(2024, 10, 15))``.
    """
    k = _closing_line(lines, _is_signing_org)
    if k is not None and k >= 2 and _DATE_LINE.match(lines[k - 1]) and lines[k - 2].endswith(_TERMINAL) and (
            d := parse_date(lines[k - 1], not_after)):
        return Signature(signed_name(lines[k]), d)
    return None


def _joined_signature(lines: list[str], not_after: date | None) -> Signature | None:
    """The organ's name and the date signed on one line where the notice closes (``_org_date_parts``); else None.

    Only under a finished sentence with only tail lines after it, like ``_closing_org``.

    Example: ``[…, "本通知自2025年秋季学期起执行。", "溧阳市教育局2025年9月12日"]``
    → ``Signature("溧阳市教育局", date(2025, 9, 12))``.
    """
    k = _closing_line(lines, lambda line: _org_date_parts(line) is not None)
    if k and lines[k - 1].endswith(_TERMINAL) and (parts := _org_date_parts(lines[k])):
        return Signature(parts[0], parse_date(parts[1], not_after))
    return None


def _closing_org(lines: list[str]) -> str | None:
    """The organisation line that ends a notice signed without a date, else None.

    Example: ``[…, "各部门要高度重视。", "某某镇中心小学"]`` → ``"某某镇中心小学"``.
    """
    k = _closing_line(lines, _is_signing_org)
    return signed_name(lines[k]) if k and lines[k - 1].endswith(_TERMINAL) else None


def _closing_date(lines: list[str], not_after: date | None) -> date | None:
    """The date line that ends a notice signed without an organ's name above it, else None.

    The date closes the last paragraph, with only tail lines (附件, 抄送 …) after it.

    Example: ``[…, "请各校认真落实。", "二〇二五年四月二日"]`` → ``date(2025, 4, 2)``.
    """
    k = _closing_line(lines, lambda line: bool(_DATE_LINE.match(line)))
    # under a finished sentence only: "报名截止时间：" over a date line is the body's
    return parse_date(lines[k], not_after) if k and lines[k - 1].endswith(("。", "！", "!")) else None


def _related_title(line: str) -> bool:
    """A related link's title under a page: a short line ending in a 文种, no full stop ("关于…的通知")."""
    return len(line) <= _MAX_TITLE_CHARS and not line.endswith(_TERMINAL) and _ends_with_type(
        line, tuple(_lex()["doc_types"]))


# A continued attachment list: "2.送教活动统计表"
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}[.、]\s*\S{2,40}$")


_RED_HEADER = re.compile(r"^.{2,30}(文件|简报|通报)$")


def _not_title(line: str) -> bool:
    """Lines of the head that are never part of a title: 发文字号, red-header "…文件", 签发人."""
    return bool(
        _DOC_NUMBER.fullmatch(line)
        or _RED_HEADER.match(line) and not line.endswith(("通报",)) and "关于" not in line
        or line.startswith(("签发人", "签发:"))
        or line.startswith(tuple(_lex()["not_title_prefixes"]))
        or not _HAS_CJK.search(line)  # a row id, a separator, a page counter
        or _heading_marker().match(line)  # "三、时间安排": a heading of the body, never the title
        or any(pattern.search(line) for _, pattern in _not_title_lines())  # a dated link, a pointing lead-in
    )


@lru_cache(maxsize=1)
def _not_title_lines() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["id"], re.compile(r["pattern"])) for r in _lex().get("not_title_lines", ()))


@lru_cache(maxsize=1)
def _title_organ_pattern() -> re.Pattern[str]:
    return re.compile(_lex()["title_organ"]["pattern"])


def title_organ(title: str | None) -> str | None:
    """The organisation a notice title opens with (metadata.yml ``title_organ``), else None.

    Example: ``title_organ("某某县教育局关于开展读书月活动的通知")`` → ``"某某县教育局"``;
    ``title_organ("关于开展读书月活动的通知")`` → None.
    """
    m = _title_organ_pattern().match(title or "")
    return m.group(1) if m and _is_org(m.group(1)) else None


@lru_cache(maxsize=1)
def _column_tag() -> re.Pattern[str]:
    """A page's column tag opening its headline (metadata.yml ``title_column_tag``): 【通知】, [转载]."""
    return re.compile(_lex()["title_column_tag"]["pattern"])


@lru_cache(maxsize=1)
def _heading_marker() -> re.Pattern[str]:
    return re.compile(rf"^(?:{marker_alternation()})")


_HAS_CJK = re.compile(f"[{CJK}]")


@lru_cache(maxsize=1)
def _title_period() -> re.Pattern[str]:
    return re.compile(_lex()["title_period_note"])


def _ends_with_type(line: str, types: tuple[str, ...]) -> bool:
    """A title line ends with a 文种, perhaps in 》, before a status note or the years it covers: "…管理办法(试行)".

    Example: ``_ends_with_type("某校骨干教师管理办法(试行)", ("办法",))`` → True, and
    so is ``_ends_with_type("某县教研工作三年行动计划(2024—2026年)", ("计划",))``.
    """
    for note in _lex()["title_notes"]:
        if line.endswith(f"({note})"):
            line = line[: -len(note) - 2]
            break
    line = _title_period().sub("", line)
    return line.endswith(types) or line.endswith(tuple(t + "》" for t in types))


def _is_paragraph(line: str) -> bool:
    """A paragraph of running text: long, or a sentence ending in 。."""
    return len(line) > _MAX_TITLE_CHARS * 2 or len(line) > _MAX_TITLE_CHARS // 2 and line.endswith("。")


# A title line is at most this long (longer lines are running text).
_MAX_TITLE_CHARS = 60


def _title_head(parts: list[str], line: str, above: str) -> bool:
    """``parts`` is one organ's name printed as the first line of the title ``line`` continues.

    Only below the 版头 (a 文号 or a red header "…文件" line right above): a
    site name at the top of a page, over a title, is not printed with it, and
    an organ line over a title whose 文号 is printed under it is the
    发文机关标志, not the title's (heldout17, 86, 96 gold, four titles; heldout8
    and 12 join it, one title each).
    """
    return (
        len(parts) == 1 and " " not in parts[0] and line.startswith("关于") and not _RED_HEADER.match(parts[0])
        and bool(_DOC_NUMBER.fullmatch(above) or _RED_HEADER.match(above))
    )


def _title(lines: list[str]) -> str | None:
    """The printed heading: a short line (or two or three wrapped ones) ending in a 文种.

    A notice title (关于…的通知) wins over the plan title it wraps; otherwise
    the longest candidate in the head of the text (a web page's own short
    title loses to the printed heading).
    """
    types = tuple(_lex()["doc_types"])
    head = lines[:15]
    candidates: list[tuple[int, str]] = []
    for i in range(len(head)):
        parts: list[str] = []
        for j, line in enumerate(head[i : i + 3], i):
            if len(line) > 60 or line.endswith(_TERMINAL) or _DATE_LINE.match(line) or _not_title(line):
                break
            # A site name or a joint 发文机关标志 above a title is not part of it:
            # "甲局 乙局" over "关于…的通知" gives "关于…的通知". One organ's name
            # right above "关于…" is the title's first printed line
            # ("某某区教育局" / "关于印发…的通知" is "某某区教育局关于印发…的通知").
            if parts and (parts[-1] in line or _is_org(parts[-1]) and not _title_head(parts, line, head[i - 1] if i else "")):
                break
            # A notice title complete on its own line ("某局关于…的通知") takes no
            # lines above it but its organ's: a site's menu items over it
            # ("互动交流" / "专题专栏") are no wrapped part of it.
            if parts and not _is_org(parts[0]) and "关于" in line[:40] and _ends_with_type(line, types):
                break
            parts.append(line)
            sep = " " if " " in parts[0] else ""
            # the joined lines: a PDF may wrap the 文种 itself ("…活动的通" / "知")
            if _ends_with_type(sep.join(parts), types):
                candidates.append((i, _column_tag().sub("", sep.join(parts), count=1)))
                break
    if not candidates:
        return None
    # A title printed above the first paragraph wins over those below it (a
    # page's "相关文章" list, a sidebar); a plan title below a transmittal
    # paragraph is still found when nothing precedes the paragraph.
    body = next((i for i, line in enumerate(head) if _is_paragraph(line)), len(head))
    if body < len(head) and _lead_paragraph(head[body]) and not any(_is_notice_title(c[1]) for c in candidates if c[0] < body):
        # a page's lead saying the full text follows ("…现将全文推送如下。") under its headline:
        # the printed notice below it is still the head
        body = next((i for i in range(body + 1, len(head)) if _is_paragraph(head[i])), len(head))
    candidates = [c for c in candidates if c[0] < body] or candidates
    # a headline over the notice ("重磅!…最新通知") is the page's, not the notice's
    marks = tuple(_lex()["headline_marks"])
    candidates = [c for c in candidates if not any(m in c[1] for m in marks)] or candidates
    notices = [c for c in candidates if _is_notice_title(c[1])]
    if notices:
        # the page's headline may drop the issuer the printed heading below it
        # carries ("关于…的通知" over "某县教育局关于…的通知"): the heading as printed wins
        first = notices[0][1]
        fuller = [c[1] for c in notices[1:] if c[1].endswith(first) and _is_org(c[1][: -len(first)])]
        if fuller:
            return fuller[0]
        # a sidebar's or a list's other notice over the heading ("关于做好…的通知" over
        # "某市教育局关于开展…的通知" / 某教发〔2025〕9号): the heading is the one its
        # 文号 or 主送 line stands under; a forwarding heading keeps the notice it forwards below it
        anchored = [text for i, text in notices if _heading_anchor(head, i, text)]
        if anchored and not _is_forwarding(first):
            return anchored[0]
        # a school page's headline forwarding a notice ("转发县教育局关于…的通知") over the
        # wrapper's own printed heading, its 主送 line under it ("某小学关于转发《…》的通知"):
        # the heading as printed wins
        wrappers = [text for text in anchored if text != first and _is_forwarding_heading(text)]
        if wrappers and _is_forwarding(first):
            return wrappers[0]
        # a CMS page's headline issuing a plan ("某县教育局关于印发…办法的通知") over the plan
        # printed alone, its 文号 right under its heading: the heading as printed wins
        plans = [text for i, text in candidates if i > notices[0][0] and (i, text) not in notices
                 and _heading_anchor(head, i, text, numbered_only=True)]
        if plans and not anchored and not _is_forwarding(first):
            return plans[0]
        return first
    return max(candidates, key=lambda c: len(c[1]))[1]


def _is_notice_title(title: str) -> bool:
    """A notice's own heading (关于…的通知 / 通报 / 决定 / 意见 / 批复 / 函), not a plan's."""
    return "关于" in title and title.endswith(("通知", "通报", "决定", "意见", "批复", "函"))


def _lead_paragraph(line: str) -> bool:
    """A page's lead paragraph saying the full text follows (metadata.yml ``lead_paragraph_end``)."""
    pattern = _lex().get("lead_paragraph_end")
    return bool(pattern and re.search(pattern, line))


def notice_start(text: str, reach: int = 8) -> int:
    """Where the notice a news page quotes begins: the line under the page's lead paragraph
    saying the full text follows, when the notice's title is printed there; else 0.

    The page's headline and lead paragraph above it report the notice
    ("某区出台新规:小学生每天睡眠不少于10小时"); they state none of its requirements.
    A transmittal paragraph under the notice's own 主送 line is the notice's text.

    Example: for the lines "某市出台作业新规 书面作业不超60分钟" / "3月6日,某市教育局印发《关于…的通知》,全文如下:" /
    "某市教育局关于加强作业管理的通知" / … the notice begins at the third line's first character.
    """
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines[:reach]):
        offset += len(line) + 1
        if _lead_paragraph(line.strip()):
            return offset if _printed_title_at(lines[i + 1:i + 4]) else 0
        if _addressee_line(line.strip()):
            return 0
    return 0


def _addressee_line(line: str) -> bool:
    """A short line ending in a colon, no sentence in it: a 主送 ("各村小:"), so what follows is the notice's own."""
    return line.endswith((":", "：")) and len(line) <= 120 and "。" not in line


def _printed_title_at(lines: list[str]) -> bool:
    """A title is printed starting on the first of ``lines`` (perhaps wrapped over the next two)."""
    first = lines[0].strip() if lines else ""
    title = _title(lines) if first else None
    return bool(title) and first[:6] in title[:len(first)]


def _heading_anchor(head: list[str], i: int, title: str, numbered_only: bool = False) -> bool:
    """The title starting on line ``i`` has its 文号 (or, unless ``numbered_only``, its 主送 line) right under its last line."""
    k, joined = i, head[i]
    while len(joined) < len(title.replace(" ", "")) and k + 1 < len(head):
        k += 1
        joined += head[k]
    below = head[k + 1] if k + 1 < len(head) else ""
    return bool(_DOC_NUMBER.fullmatch(below) or not numbered_only and _recipients([below]))


class LeadIn(NamedTuple):
    """What a repost's lead-in says of the notice it quotes, and the line it is on."""

    line: int
    rule: str
    title: str
    issuer: str | None
    month: int | None
    day: int | None
    doc_number: str | None


@lru_cache(maxsize=1)
def _lead_in_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["id"], re.compile(r["pattern"])) for r in _lex()["lead_ins"])


def lead_in(lines: list[str], reach: int = 8) -> LeadIn | None:
    """The lead-in of a news item or repost quoting a notice, in the head of the text, else None.

    Example: a line "3月5日,某市教育局发布《关于做好教师培训工作的通知》,全文如下" gives
    title 关于做好教师培训工作的通知, issuer 某市教育局, month 3, day 5.
    """
    for i, line in enumerate(lines[:reach]):
        if i and _recipients(lines[i - 1:i]):
            # a line under the 主送 ("各村完小、中心小学各处室:") is the notice's own
            # transmittal paragraph ("近日,县局印发《…》,现全文转发给你们"), never
            # a news item's lead-in: a school forwarding a plan is the notice
            return None
        # the lead-in may say 全文如下 at the end of the paragraph after it
        # ("…印发《…方案》(…)。" / "据介绍，…以下为《方案》全文。"): the
        # two lines are read as one, but the notice must be named on the first
        following = lines[i + 1] if i + 1 < len(lines) else ""
        joined = (f"{line} {following}" if "如下" not in line and re.search(_lex()["lead_in_next_line"], following)
                  else line)
        for rule, pattern in _lead_in_rules():
            m = pattern.search(joined)
            if not m or m.end("title") > len(line):
                continue
            title = m.group("title")
            if not _ends_with_type(title, tuple(_lex()["doc_types"])):
                continue
            issuer = m.group("issuer")
            return LeadIn(
                i, rule, title, issuer if _is_org(issuer) else None,
                int(m.group("month")) if m.group("month") else None,
                int(m.group("day")) if m.group("day") else None,
                m.group("doc_number"),
            )
    return None


def _number_under(lines: list[str], title: str, reach: int = 30) -> str | None:
    """The 文号 printed on the line right under the title's last line, within the first ``reach`` lines."""
    for k, line in enumerate(lines[: reach - 1]):
        if line and title.endswith(line) and _DOC_NUMBER.fullmatch(lines[k + 1]):
            return lines[k + 1]
    return None


def _lead_in_date(lead: LeadIn, published: date | None, doc_number: str | None = None) -> date | None:
    """The lead-in's month and day in the year of the page's date (the year before if that would be later).

    A page without a date of its own takes the year of the notice's 文号
    (〔2026〕29号: the lead-in's 4月10日 is 2026-04-10).
    """
    if published is None and doc_number and (year := re.search(r"[〔\[【(（](\d{4})[〕\]】)）]", doc_number)):
        published = date(int(year.group(1)), 12, 31)
    if lead.month is None or lead.day is None or published is None:
        return None
    try:
        d = date(published.year, lead.month, lead.day)
        return d if d <= published else date(published.year - 1, lead.month, lead.day)
    except ValueError:
        return None


def _with_issuer(printed: str, title: str) -> bool:
    """True if the printed heading is the title with an organisation's name in front.

    Example: ``_with_issuer("某某县教育局关于开展读书月活动的通知", "关于开展读书月活动的通知")`` → True.
    """
    head = printed[: len(printed) - len(title)]
    return len(printed) > len(title) and printed.endswith(title) and _is_org(head)


def _official_over_headline(printed: str, title: str) -> bool:
    """True if the printed heading is a notice's full title (organ + 关于 + 事由) and the record's is a headline without 关于.

    A CMS record often keeps its channel's shortened headline, the organ clipped
    and 关于 dropped, above the full title printed at the head of the text.

    Example: ``_official_over_headline("某县教育体育局基础教育股关于开展推门听课活动的通知",
    "县教育体育局推门听课活动通知")`` → True.
    """
    organ, about, _ = printed.partition("关于")
    return bool(about) and "关于" not in title and _is_org(organ)


def _is_forwarding_heading(title: str) -> bool:
    """A wrapper's own heading, 关于 before its 转发 ("某小学关于转发《…》的通知"), not a page's bare headline."""
    return _is_forwarding(title) and "关于转发" in title


def _is_forwarding(title: str) -> bool:
    """A 转发 notice's title: "关于转发《…》的通知", "某校转发市教育局关于…的通知"."""
    return bool(re.match(r"^[^《》]{0,30}转发", title))


def _recipients(lines: list[str]) -> str | None:
    """主送机关: a line near the top ending with a colon that names organisations."""
    for line in lines[:12]:
        if _addressee_line(line):
            body = line.rstrip(":：")
            if re.search(r"(局|委|学校|学|校|园|部门|单位|处|科|室|组|中心|政府|本部)\)?$", body) and not _heading_marker().match(body):
                return body
    return None


def _from_fields(fields: dict[str, str], name: str) -> str | None:
    for label in _lex()["field_map"][name]:
        value = fields.get(label)
        if value and value.strip() not in {"0", "无", "-", "—"}:
            return value.strip()
    return None


def _issuer_town(issuer: str | None) -> str | None:
    """The town whose organ or school signs (某某镇中心学校, 某某镇第三初级中学教务处 → 某某镇), else None."""
    from .region import town_organ

    m = town_organ().search(issuer) if issuer else None
    return m.group(1) if m and m.end() > m.end(1) else None


@lru_cache(maxsize=1)
def _unnamed_level() -> re.Pattern[str]:
    return re.compile(_lex()["unnamed_level_issuer"]["pattern"])


def _unnamed_level_issuer(issuer: str) -> bool:
    """The issuer names its level but not its place: 县教育局, 区教研室 (metadata.yml unnamed_level_issuer)."""
    return bool(_unnamed_level().match(issuer))


def _same_org(issuer: str, owner: str | None) -> bool:
    """The page's owner is the issuer (or the organ whose division signs), named more fully.

    Example: ``_same_org("某某中学教务处", "重庆市某某区某某中学")`` → True.
    """
    if not owner:
        return False
    if issuer in owner:
        return True
    # a division signing for its organ: 教务处, 师资处, 人事股, 教科室
    return issuer.endswith(("处", "科", "室", "股")) and any(
        issuer[:-k] in owner for k in (2, 3, 4) if len(issuer) - k >= 4
    )


def body_county(text: str) -> str | None:
    """The qualified name of the only county-level unit the text names, else None.

    Example: a text citing "田东县教育局" and "我镇" → "广西壮族自治区百色市田东县".
    """
    from .region import find_units, qualified_name

    # two-character names (和县, 城区) hide inside running text ("…意见》和县教研室")
    counties = {u[0].adcode for u in find_units(text) if len(u) == 1 and u[0].level == "county" and len(u[0].name) > 2}
    return qualified_name(counties.pop()) if len(counties) == 1 else None


@lru_cache(maxsize=1)
def _field_codes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r["pattern"]) for r in _lex().get("export_field_codes", ()))


def field_row_values(lines: list[str], reach: int = 15, least: int = 3) -> list[str]:
    """The lines with an export's column codes taken off the rows of its head.

    Only where ``least`` or more of the first ``reach`` lines are such rows: a
    single line "AI 赋能课堂教学实施方案" is a title, not a field.

    Example: ``field_row_values(["ID 1", "BT 关于…的通知", "WH 某教发〔2024〕1号"])``
    → ``["ID 1", "关于…的通知", "某教发〔2024〕1号"]``.
    """
    codes = _field_codes()
    found = [(i, m) for i, line in enumerate(lines[:reach]) for p in codes if (m := p.match(line))]
    if len(found) < least:
        return lines
    out = list(lines)
    for i, m in found:
        out[i] = lines[i][m.end():]
    return out


def _wrapper_number(lines: list[str], number: str) -> str | None:
    """``number`` unless it is printed right under the forwarded document's own title (then None).

    Example: "某校关于转发《某县教育局关于…的通知》的通知" / "各班:" / "现将…转发给你们" / "某县教育局关于…的通知" /
    "某教发〔2024〕5号" → None: the wrapper prints no 文号 of its own.
    """
    forwarded = _forwarded_texts(lines)
    head = lines[:10]
    at = next((i for i, line in enumerate(head) if line == number), None)
    return None if at and head[at - 1] in forwarded else number


def _above_signature_date(lines: list[str]) -> list[str]:
    """The lines above the first signature (an organ's name over a date line, the day perhaps left out).

    A 文号 under a short wrapper's signature is the forwarded notice's, not the wrapper's.
    """
    end = next((i for i, line in enumerate(lines) if i and (_DATE_LINE.match(line) or _MONTH_LINE.match(line))
                and _is_org(signed_name(lines[i - 1]))), len(lines))
    return lines[:end]


def extract_metadata(text: str, fields: dict[str, str], bylines: tuple[str, ...] = ()) -> Metadata:
    """GB/T 9704 metadata from the cleaned text and the page's header fields.

    ``bylines`` are every 来源 / 发布机构 value of the page's head (see
    :func:`header_values`): one that names the town of a town issuer gives
    its county when nothing else does.

    Example: a notice signed "中共清流县教育局党组 / 2023年 1月 12 日" gives
    issuer 中共清流县教育局党组 and date 2023-01-12.
    """
    lines = field_row_values(text.split("\n"))
    published_raw = _from_fields(fields, "published")
    published = parse_date(published_raw.split()[0]) if published_raw else None
    issuer, signed, signed_month = _signature(lines, published)
    if signed is None and (raw := _from_fields(fields, "date")):
        signed = parse_date(raw.split()[0])
    issuer = issuer or _from_fields(fields, "issuer")

    # The 文号 printed under the title first: a school page forwarding a
    # bureau plan carries the plan's 政务公开 fields further down the page,
    # and the notice is the wrapper (SCHEMA.md: title, 文号 are the wrapper's).
    doc_number = next((line for line in _above_signature_date(lines[:10]) if _DOC_NUMBER.fullmatch(line)), None)
    if doc_number is None and (raw := _from_fields(fields, "doc_number")) and _DOC_NUMBER.search(raw):
        doc_number = _DOC_NUMBER.search(raw).group(0)

    lead = lead_in(lines)
    if lead is not None:
        # The notice quoted below the lead-in: its own printed parts win, the
        # lead-in fills what it does not print; the page's headline above
        # the lead-in is the news item's, never the notice's.
        issuer = issuer or lead.issuer
        doc_number = doc_number or lead.doc_number
        # a month-only signature leaves the date null (SCHEMA.md: no day is invented):
        # "2月27日，某局印发…" over "2025年2月" is when a news site reported it
        # (issue 11; 20 of 29 gold files with such a lead-in in the signed month read null)
        told = None if signed_month else _lead_in_date(lead, published, doc_number)
        signed = signed or told
    printed = (_title(lines[lead.line + 1:]) or lead.title) if lead is not None else _title(lines)
    if lead is not None and printed:
        # A headline above the lead-in that issues or forwards the very document
        # quoted below ("某局关于印发《X》的通知" over "…印发《X》，全文如下", then the
        # cover letter and X) is the notice's own title, not the news item's.
        heading = _forwarded_name("metadata.forwarded.heading")
        printed = next(
            (line for line in lines[: lead.line] if (m := heading.match(line)) and m.group(1) in (printed, lead.title)),
            printed,
        )
    if doc_number is None and printed:
        # an OA record's field rows push the printed head down: the 文号 right under the title
        doc_number = _number_under(lines, printed)
    if doc_number is not None and printed and _is_forwarding(printed):
        # a wrapper printing none of its own: the 文号 under the forwarded notice's own title is that
        # notice's (also when the wrapper's heading ends with that title: 某校转发某局关于…的通知)
        doc_number = _wrapper_number(lines, doc_number)
    field_title = _from_fields(fields, "title")
    if printed and (_is_forwarding(printed) or field_title and (
            _with_issuer(printed, field_title) or _official_over_headline(printed, field_title))):
        # a wrapper's own heading; or the heading as printed, the record's title with its
        # issuer in front, or in full where the record keeps a site's shortened headline
        title = printed
    else:
        title = field_title or printed
    if issuer is None:
        # no organ signs (a date line alone closes the notice), nor a field or a lead-in
        # names one: the organ the title opens with issues it
        issuer = title_organ(title)
    recipients = _recipients(lines)
    attachments = tuple(
        m.group(1).strip()
        for line in lines
        if line.startswith("附件") and (m := _ATTACHMENT.match(line)) and len(line) <= 80
    )
    index_no = _from_fields(fields, "index_no")
    # 发文机关标志: the organ's name (or "…文件") printed above the title
    masthead = [line for line in lines[:6] if _is_org(line) or _RED_HEADER.match(line)]
    sources = [issuer, title, fields.get("发布机构"), fields.get("发文机关"), fields.get("来源"), fields.get("文章来源"),
               *masthead, index_region(index_no)]
    region, candidates = resolve(sources)
    town = _issuer_town(issuer)
    page = "\n".join([text, *fields.values()])
    if region is None and town:
        # The page names the town with its county ("互助县威远镇中心学校", an address line).
        from .region import town_county

        if county := town_county(page, town):
            region, candidates = resolve([issuer, county])
    if region is None and issuer and (town or _unnamed_level_issuer(issuer)):
        # A town school's notice often names its county only in the body
        # ("根据田东县教育局《…》"), and so does a bureau signing without its place
        # ("县教育局教研室", "在某某县中小学开展…"): use the one county it names, if only one.
        region, candidates = resolve([issuer, body_county(text)])
    owner = site_owner(f"版权所有:{fields['版权所有']}") if fields.get("版权所有") else None
    if region is None and issuer and _same_org(issuer, owner):
        # A school's page names its county only in the footer: "版权所有：某某区某某中学".
        region, candidates = resolve([owner])
    if region is None and town:
        # A repost keeps the original page's byline ("来源:某某省某某县某某镇中心学校")
        # under the host page's own 来源: a byline naming the issuer's own town
        # with its county gives the county.
        if named := [b for b in bylines if town in b]:
            found, considered = resolve([issuer, *named])
            if found is not None and found.level == "township":
                region, candidates = found, considered
    if (region is None or region.level in ("province", "prefecture")) and town:
        # No line names the town's county (a town school forwarding its city's notice
        # names the city): the table of towns does (鲁朗镇 → 巴宜区), a name several
        # counties share settled by the province or city the page names.
        from .region import gazetteer_county, narrows

        if county := gazetteer_county(page, town, fields.get("IP属地")):
            found, considered = resolve([issuer, county])
            if found is not None and (region is None or narrows(region, found)):
                region, candidates = found, considered
    if region is None and candidates and (province := province_named(fields.get("IP属地"))):
        # A name several units share (城中区: 西宁 and 柳州) on a WeChat page posted from one
        # of their provinces: the province settles it (never the province alone).
        found, considered = resolve([province + source for source in sources if source])
        if found is not None and found.level != "province":
            region, candidates = found, considered
    if region is None:
        # Last: a town's own name read as its county's (武功镇 → 武功县), weaker than all the above,
        # unless the table of towns puts every town of that name elsewhere (西城镇 is not 西城区's)
        from .region import gazetteer_allows

        found, considered = resolve(sources, town_names=True)
        if found is None or gazetteer_allows(found):
            region, candidates = found, considered
    options: tuple[str, ...] = ()
    if region is None and town:
        # A town several counties have (白沙镇: 24) and nothing here says which: keep the readings
        # the page leaves, for the notices of the same corpus to settle (region.settle_by_corpus).
        from .region import option_key, town_counties, town_options

        if len(town_counties(town)) > 1:
            options = tuple(option_key(code, town) for code in town_options(page, town, fields.get("IP属地")))
    return Metadata(
        title=title,
        issuer=issuer,
        doc_number=doc_number,
        recipients=recipients,
        date=signed.isoformat() if signed else None,
        signed_month=signed_month.isoformat()[:7] if signed_month and not signed else None,
        published=published.isoformat() if published else None,
        index_no=index_no,
        attachments=attachments,
        region=region,
        region_candidates=candidates,
        region_options=options,
    )
