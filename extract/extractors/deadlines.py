"""Deadlines: time expressions that bound when something must happen or when a plan runs.

Every record is normalised to ISO dates with the Chinese school calendar
(学年 Sep 1-Aug 31, spring semester Mar 1-Jul 31, autumn semester Sep 1-Jan 31,
上半年/下半年, five-year plans). The calendar, the bound words and the
contexts that are *not* deadlines (cited titles, document numbers, stamps,
look-backs) live in ``schema/lexicons/deadlines.yml``, and so do the forms
themselves: each is a rule entry (id, family, reader, pattern, requires,
examples), and every deadline keeps the id of the rule that found it. A
rule's ``reader`` names the small function below (``READERS``) that turns its
match into dates; ``family`` says which step gathers it.

Kinds (see the gold SCHEMA "Judgement calls"):

* ``absolute``: an explicit calendar unit or a bound anchored to one
  (``2014年``, ``2023年上半年``, ``2025年12月底前``, ``从2023年春季学期开始``).
* ``range``: an explicit from-to span (``2024年8月-2025年6月``).
* ``relative``: the year is left implicit (``下半年``, ``春季开学前``) or the
  span is counted from the document date or an event (``2-3年内``,
  ``启动会后一周内``, ``跟岗学习期间``).
* ``recurring``: repeats (``每学期开学初``, ``每周一至周五19:00-21:00``,
  ``五年一周期``); dates are null.
* ``period``: a named or durational span (``十二五期间``, ``2024-2025学年度``,
  ``五年共15000人``).

Example:
    >>> from extract.types import Context, Provision
    >>> s = "计划在2023年上半年开展教学技能大赛"
    >>> [(d.evidence, d.start_date, d.end_date) for d in
    ...  extract_deadlines(s, Provision(0, None, s, 0, len(s)), Context())]
    [('2023年上半年', '2023-01-01', '2023-06-30')]
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .. import zh
from ..metadata import is_signing_org
from ..errors import ConfigError
from ..lexicons import alternation, load
from ..types import Context, Deadline, Provision
from .base import AnyDoc, doc_parts, per_provision
from .triggers import Trigger

__all__ = ["extract_deadlines", "get_deadlines"]

_LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "township": 4}
# Priorities break ties between overlapping candidates of equal length.
_PRIO_RECURRING, _PRIO_NAMED, _PRIO_DATE, _PRIO_DURATION, _PRIO_EVENT = 0, 1, 2, 3, 4

Span = tuple[date, date]


@dataclass(frozen=True)
class _Cand:
    """A candidate deadline inside one provision, before overlap resolution."""

    start: int
    end: int
    kind: str
    start_date: date | None
    end_date: date | None
    anchor: str | None
    priority: int
    dedupe: bool = False  # a bare span that a restatement should not repeat
    rule: str = ""  # the id of the rule that found it (set by ``_run_family``)


# ---------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    return load("deadlines")


@lru_cache(maxsize=1)
def _dash_class() -> str:
    lx = _lex()
    return "".join(re.escape(d) for d in _lex()["dashes"] if len(d) == 1 and d not in lx["digit_only_dashes"])


@lru_cache(maxsize=1)
def _all_dashes() -> str:
    """Every dash, those that join only digits (一) too."""
    return _dash_class() + "".join(_lex()["digit_only_dashes"])


@lru_cache(maxsize=None)
def _words(key: str) -> tuple[str, ...]:
    """A word list of the lexicon as a tuple, for one ``str.startswith``/``endswith`` call."""
    return tuple(_lex()[key])


@lru_cache(maxsize=None)
def _longest_first(key: str) -> tuple[str, ...]:
    """A word list of the lexicon, longest first (the first hit is the longest)."""
    return tuple(sorted(_lex()[key], key=len, reverse=True))


@lru_cache(maxsize=None)
def _re(pattern: str) -> re.Pattern[str]:
    """``re.compile`` with a cache of its own: the helpers' fixed patterns would
    otherwise be recompiled whenever ``_dash_insensitive`` floods re's 512 entries."""
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _helper_patterns() -> dict[str, re.Pattern[str]]:
    """The ``helper_patterns`` of the lexicon, and the filler before a span, compiled (not gated like the rules)."""
    lx = _lex()
    out = {key: re.compile(_expand(pattern)) for key, pattern in lx["helper_patterns"].items()}
    out["filler"] = re.compile(rf"(?:{alternation(lx['anchor_fillers'])})$")
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The patterns the rules' readers use as helpers (they make no deadline themselves)."""
    return {
        "token": re.compile(_expand(r"(\d{1,4}){{SP}}({{UNIT}})?|({{DASH}})")),
        **_helper_patterns(),
    }


# ---------------------------------------------------------------- rules as data

# The steps that read the rules' matches, in the order their candidates are
# gathered (which decides ties between equally long, equally specific ones).
FAMILIES = ("recurring", "dates", "named", "durations")
_TEMPLATE = re.compile(r"\{\{\s*([A-Za-z_]+)(?::([A-Za-z_,]+))?\s*\}\}")


@lru_cache(maxsize=None)
def _expand(template: str) -> str:
    """A pattern template of deadlines.yml as a regex: ``{{NAME}}`` is a fragment, ``{{words:KEY}}`` a word list.

    Example: ``_expand("{{words:ahead_words}}")`` → ``"提前"``.
    """
    lx = _lex()

    def sub(m: re.Match[str]) -> str:
        name, arg = m.group(1), m.group(2)
        if name == "words":
            words: list[str] = []
            for key in (arg or "").split(","):
                if key not in lx or isinstance(lx[key], str):
                    raise ConfigError(f"deadlines.yml: {{{{words:{key}}}}} names no word list or map of the file")
                words += list(lx[key])
            return alternation(words)
        if name == "dash_class":
            return _dash_class()
        frag = (lx.get("fragments") or {}).get(name)
        if frag is None:
            raise ConfigError(f"deadlines.yml: {{{{{name}}}}} is not one of its fragments")
        return _expand(frag)

    return _TEMPLATE.sub(sub, template)


@dataclass(frozen=True)
class _Rule:
    """A rule entry of deadlines.yml, compiled."""

    id: str
    family: str
    reader: str
    pattern: re.Pattern[str]
    entry: dict[str, Any]


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    out = []
    for entry in _lex()["rules"]:
        rid = entry["id"]
        if entry["family"] not in FAMILIES:
            raise ConfigError(f"deadlines.yml: rule {rid}: family {entry['family']!r} is not one of {', '.join(FAMILIES)}")
        if entry["reader"] not in READERS:
            raise ConfigError(f"deadlines.yml: rule {rid}: reader {entry['reader']!r} is not one of {', '.join(READERS)}")
        if "pattern" not in entry:
            raise ConfigError(f"deadlines.yml: rule {rid} has no pattern")
        try:
            pattern = re.compile(_expand(entry["pattern"]))
        except re.error as exc:
            raise ConfigError(f"deadlines.yml: rule {rid}: its pattern is not a valid regex ({exc})") from exc
        out.append(_Rule(rid, entry["family"], entry["reader"], pattern, entry))
    return tuple(out)


@lru_cache(maxsize=None)
def _family(family: str) -> tuple[_Rule, ...]:
    """The rules of one family, in file order."""
    return tuple(r for r in _rules() if r.family == family)


@lru_cache(maxsize=None)
def _family_ids(family: str) -> frozenset[str]:
    return frozenset(r.id for r in _family(family))


def _run_family(
    family: str, text: str, lo: int, hi: int, ctx: Context, alive: dict[str, re.Pattern[str]]
) -> Iterator[_Cand]:
    """The candidates of every live rule of ``family`` in ``text[lo:hi]``, each carrying its rule id."""
    for rule in _family(family):
        pat = alive.get(rule.id)
        if pat is None:
            continue
        read = READERS[rule.reader]
        for m in pat.finditer(text, lo, hi):
            for c in read(text, lo, hi, ctx, m, rule):
                yield c if c.rule else replace(c, rule=rule.id)


# ---------------------------------------------------------------- gates

_DIGIT = re.compile(r"\d")

# A requirement of a rule: characters one of which every match consumes, whether
# any digit does too, and (for a word list) the words one of which it contains.
_Need = tuple[frozenset[str], bool, tuple[str, ...] | None]


def _needs(rule: _Rule) -> list[_Need]:
    """The ``requires`` of a rule entry: ``"\\d年"`` (a digit or 年), ``{words: KEY}`` (one of those words)."""
    out: list[_Need] = []
    for item in rule.entry.get("requires") or []:
        if isinstance(item, dict) and set(item) == {"words"}:
            words = item["words"]
            ws = tuple(_lex()[words]) if isinstance(words, str) else tuple(words)
            if not ws or not all(isinstance(w, str) and w for w in ws):
                raise ConfigError(f"deadlines.yml: rule {rule.id}: requires {item} names no words")
            out.append((frozenset(w[0] for w in ws), False, ws))
        elif isinstance(item, str) and item:
            chars = _expand(item)
            digit = "\\d" in chars
            out.append((frozenset(chars.replace("\\d", "")), digit, None))
        else:
            raise ConfigError(f"deadlines.yml: rule {rule.id}: requires item {item!r} is neither characters nor {{words: …}}")
    return out


def _narrowness(need: _Need) -> int:
    """How many sentences a requirement lets through, roughly: a word list of 2+ characters least, a digit most."""
    chars, digit, words = need
    if words and min(map(len, words)) >= 2:
        return 0
    return len(chars) + (1000 if digit else 0)


# Filled once by ``_gates``: read on every provision, so plain module dicts.
_BITS: dict[str, int] = {}
_PATS: dict[str, re.Pattern[str]] = {}
_WORDS: dict[str, re.Pattern[str] | None] = {}  # one of the words a match must contain


@lru_cache(maxsize=1)
def _gates() -> tuple[dict[str, int], frozenset[str], int, re.Pattern[str] | None]:
    """One bit per requirement each rule declares, and the characters that set them.

    Returns (character → bits, those characters, bits a digit sets, the
    prefilter). Fills ``_BITS`` with the bits each rule needs all of, and
    ``_PATS``. The prefilter finds the narrowest requirement of any rule
    (see ``_narrowness``): a sentence without one holds no deadline (None
    when some rule declares no requirement).
    """
    table: dict[str, int] = {}
    digit_bits = 0
    bit = 1
    any_chars: set[str] = set()
    any_words: set[str] = set()
    any_digit = False
    unfiltered = False
    for rule in _rules():
        wanted = 0
        needs = _needs(rule)
        for chars, digit, _words_ in needs:
            for ch in chars:
                table[ch] = table.get(ch, 0) | bit
            if digit:
                digit_bits |= bit
            wanted |= bit
            bit <<= 1
        if needs:
            chars, digit, words = min(needs, key=_narrowness)  # the first of the narrowest
            if words and min(map(len, words)) >= 2:
                any_words.update(words)
            else:
                any_chars |= chars
                any_digit |= digit
        else:
            unfiltered = True
        _BITS[rule.id] = wanted
        _PATS[rule.id] = rule.pattern
        # Single characters are already in the bits; a word is rarer than its characters.
        words = next((ws for _c, _d, ws in needs if ws and min(map(len, ws)) >= 2), None)
        _WORDS[rule.id] = re.compile(alternation(words)) if words else None
    prefilter = None
    if not unfiltered:
        # a word holding a character of the class already passes by that character
        any_words = {w for w in any_words if not any_chars.intersection(w) and not (any_digit and _DIGIT.search(w))}
        chars = "".join(re.escape(c) for c in sorted(any_chars)) + ("\\d" if any_digit else "")
        prefilter = re.compile("|".join(([f"[{chars}]"] if chars else []) + ([alternation(any_words)] if any_words else [])))
    return table, frozenset(table), digit_bits, prefilter


def _mask(text: str, lo: int, hi: int) -> int:
    """The requirement bits (see ``_gates``) that ``text[lo:hi]`` satisfies.

    A rule some of whose bits are unset cannot match there: every match
    consumes a character of each of its requirements.
    """
    table, chars, digit_bits, _pre = _gates()
    mask = 0
    for ch in chars.intersection(text[lo:hi]):
        mask |= table[ch]
    if digit_bits and _DIGIT.search(text, lo, hi):
        mask |= digit_bits
    return mask


@lru_cache(maxsize=1)
def _scanned() -> tuple[tuple[str, int, re.Pattern[str] | None, re.Pattern[str]], ...]:
    """(rule id, bits, word pattern, pattern) of every rule."""
    _gates()
    return tuple((r.id, _BITS[r.id], _WORDS[r.id], _PATS[r.id]) for r in _rules())


@lru_cache(maxsize=1)  # like ``_gates``, whose prefilter it restates
def trigger() -> Trigger | None:
    """What a provision needs to hold a deadline (see :mod:`.triggers`), from the rules' ``requires``.

    The prefilter of ``_gates`` as characters: each rule's narrowest
    requirement (a word list by the words' first characters). None when
    some rule declares none.
    """
    chars: set[str] = set()
    digit = False
    for rule in _rules():
        needs = _needs(rule)
        if not needs:
            return None
        need_chars, need_digit, _words = min(needs, key=_narrowness)
        chars |= need_chars  # a word list's: the first characters of its words
        digit |= need_digit
    return Trigger(frozenset(chars), digit)


def _alive(text: str, lo: int, hi: int) -> dict[str, re.Pattern[str]]:
    """The rules that may match in ``text[lo:hi]``, by id: their gates all pass there.

    Decided once per provision, so each family looks a rule up instead of
    testing its gate again, and is skipped whole when none of its rules is left.
    """
    mask = _mask(text, lo, hi)
    return {
        key: pat
        for key, wanted, words, pat in _scanned()
        if mask & wanted == wanted and (words is None or words.search(text, lo, hi))
    }



# ---------------------------------------------------------------- calendar


def _md(year: int, spec: str) -> date:
    """``_md(2025, "02-last")`` → 2025-02-28."""
    month, day = spec.split("-")
    m = int(month)
    d = calendar.monthrange(year, m)[1] if day == "last" else int(day)
    return date(year, m, min(d, calendar.monthrange(year, m)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    total = d.month - 1 + months
    y, m = d.year + total // 12, total % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _calendar_span(year: int, entry: dict[str, Any]) -> Span:
    """The span of a YAML calendar entry (``{start: "09-01", end: "01-31", next_year: true}``)."""
    start = _md(year, entry["start"])
    end = _md(year + 1 if entry.get("next_year") else year, entry["end"])
    return start, end


_num = zh.to_int  # a count of the patterns (一, 两, 3, 十二) as an int


# ---------------------------------------------------------------- context helpers


def _inside_pair(text: str, lo: int, pos: int, opener: str, closer: str) -> int:
    """Index of the unclosed ``opener`` before ``pos`` (searching back to ``lo``), else -1."""
    if pos - lo > _SCAN_LIMIT and len(opener) == len(closer) == 1:
        return _doc_index(text, None).inside_pair(lo, pos, opener, closer)
    return zh.unclosed_mark(text, lo, pos, opener, closer)


def _line_start(text: str, pos: int) -> int:
    """Offset of the line holding ``pos`` (a notice in one long line is looked up, not scanned back)."""
    if pos <= _SCAN_LIMIT:
        return text.rfind("\n", 0, pos) + 1
    return _doc_index(text, None).line_start(pos)


def _line_end(text: str, pos: int) -> int:
    """``text.find("\\n", pos)``, looked up in a long notice."""
    if len(text) - pos <= _SCAN_LIMIT:
        return text.find("\n", pos)
    return _doc_index(text, None).line_end(pos)


def _issuer_rank(ctx: Context) -> int:
    if ctx.region is not None and ctx.region.level in _LEVEL_RANK:
        return _LEVEL_RANK[ctx.region.level]
    # Most notices come from cities and counties: without a region, a 全省
    # programme is still someone else's.
    return _LEVEL_RANK["prefecture"]


_LINK_LIST_REACH = 1000  # how far back a link-list header is looked for (a list of a dozen titles)


def _in_link_list(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a page's list of links to other articles, not in the notice.

    A line opening with a link bullet (``· 和平区召开2024年秋季开学工作部署会``), or a
    line under a header such as 往期推荐 / 相关阅读 standing alone on its line
    (``link_list_headers``, ``link_bullets``), or followed only by a link to the
    full list (``link_list_header_tails``: 相关文章更多>>).
    """
    lx = _lex()
    line = _line_start(text, pos)
    if text[line : line + 1] in lx["link_bullets"]:
        return True
    if text.startswith(tuple(lx.get("link_line_prefixes", ())), line):
        return True  # 上一篇：… / 下一篇：…
    if _listing_entry(text, line):
        return True
    if _headline_run(text, line):
        return True
    for header in lx["link_list_headers"]:
        k = text.rfind(header, max(0, pos - _LINK_LIST_REACH), pos)
        if k < 0 or _line_start(text, k) != k:
            continue
        tail = text[k + len(header) : _line_end(text, k)].strip(" \u3000:：")
        if (tail == "" or tail in lx.get("link_list_header_tails", ())) and "\n" in text[k:pos]:
            return True
    return False


_LISTING_MAX = 100  # longer lines are prose, never one entry of a list of links
_HEADLINE_MAX = 40  # a headline of a related article is short
_HEADLINE_PUNCT = "，,。；;：:！!？?"  # a headline has none of these; a sentence or a label does


def _line_text(text: str, line: int) -> str:
    end = _line_end(text, line)
    return text[line : len(text) if end < 0 else end].strip()


def _headline(entry: str) -> bool:
    """Whether a line is a bare headline of an article (…工作会议召开, …三年行动计划(2024-2026年))."""
    if not entry or len(entry) > _HEADLINE_MAX or any(c in _HEADLINE_PUNCT for c in entry):
        return False
    entry = _helper_patterns()["headline_tail"].sub("", entry)
    return entry.endswith(_words("link_headline_endings"))


def _headline_run(text: str, line: int) -> bool:
    """Whether the line at ``line`` is in a run of two or more headlines right after the notice's close.

    Pages list related articles under the signature or the contact line with no
    header (梅州市教育局 / 2025年4月8日 / 梅州市2025年春季学期中小学开学工作提示 /
    全市教育系统安全生产工作会议召开): their dates bound nothing the notice asks.
    The close (``link_run_closes``: a date line, 联系人…) must come right before
    the run, so the notice's own title lines and attachments are never taken.
    """
    if not _headline(_line_text(text, line)):
        return False
    first, n = line, 1
    while first > 0 and _headline(_line_text(text, prev := _line_start(text, first - 1))):
        first, n = prev, n + 1
    nxt = _line_end(text, line)
    while nxt >= 0 and _headline(_line_text(text, nxt + 1)):
        nxt, n = _line_end(text, nxt + 1), n + 1
    if n < 2 or first == 0:
        return False
    close = _line_text(text, _line_start(text, first - 1))
    if (nxt < 0 or not text[nxt:].strip()) and close.endswith(tuple(zh.SENTENCE_ENDS)):
        return True  # the page ends on the run, right after the notice's last paragraph (no signature)
    return bool(_helper_patterns()["link_run_close"].fullmatch(close))


def _listing_entry(text: str, line: int) -> bool:
    """Whether the line starting at ``line`` is one entry of a list of links or of comments, without a header.

    A title (or a reader's name) followed by nothing but its date stamp:
    ``关于做好2025年汛期学校安全工作的紧急通知(2025-05-28)``, ``漓江边的老李 3月5日``.
    A line naming a bound (``listing_time_words``: 截止, 前 …) stays the notice's.
    """
    end = _line_end(text, line)
    entry = text[line : len(text) if end < 0 else end].strip()
    if len(entry) > _LISTING_MAX:
        return False
    hp = _helper_patterns()
    if not (hp["listing_entry"].fullmatch(entry) or hp["comment_entry"].fullmatch(entry)):
        return False
    return not any(w in entry for w in _words("listing_time_words"))


def _excluded(text: str, start: int, end: int, lo: int, hi: int, ctx: Context, recurring: bool = False) -> bool:
    """Whether text[start:end] is a time expression that is not a deadline.

    ``lo``/``hi`` bound the sentence it sits in. Cited titles, quoted names,
    titles of higher-level programmes, document numbers, look-backs and
    publication stamps are excluded.
    """
    lx = _lex()
    if _in_link_list(text, start):
        return True
    for opener, closer in lx["title_brackets"]:
        o = _inside_pair(text, lo, start, opener, closer)
        if o != -1 and not _own_plan_title(text, o, end, hi, closer):
            return True
    for opener, closer in lx["quote_marks"]:
        q = _inside_pair(text, lo, start, opener, closer)
        if q == -1:
            continue
        close = text.find(closer, end, hi)
        inner_before = text[q + 1 : start].strip()
        inner_after = text[end : close if close != -1 else hi].strip()
        if inner_before or inner_after:
            return True
    before = text[lo:start].rstrip(" \u3000")
    after = text[end:hi].lstrip(" \u3000")
    evidence = text[start:end]
    # 2019年制定的… is an edition, but 3月底前制定… bounds the drafting itself.
    # A repeating point (每学期开学第一周制定…) is never an edition either.
    if after.startswith(_words("never_followed_by")):
        return True  # 2018年8月31日以前出生: a birth-date cut-off of a group, even with its bound
    if _names_a_programme(evidence, after):
        return True
    bounded = recurring or evidence.endswith(_words("bounded_endings"))
    if not bounded and after.startswith(_words("not_followed_by")) \
            and not after.startswith(_words("coming_words")):  # 5月12日至16日来我校: a visit, not 2020年来
        return True
    # Scopes may stack (2025年全旗小学应届毕业生: the banner, then the school left).
    reach = 0
    for _ in range(_COHORT_SCOPE_DEPTH):
        scope = next((w for w in lx["cohort_scopes"] if after.startswith(w, reach)), "")
        reach += len(scope)
        if not scope:
            break
    if after.startswith(_words("cohort_followers"), reach) \
            and not any(u in evidence for u in lx["cohort_date_units"]) \
            and not (bounded and after.startswith(_words("cohort_act_followers"), reach)):
        return True  # 2024年新入职教师: the year names a cohort of people, it bounds nothing
    if before.endswith(_words("not_preceded_by")):
        return True
    # 根据…和市教育局2024年度工作要点安排: the year of a document the notice rests on.
    clause = zh.CLAUSE_BREAK.split(before)[-1].lstrip(" \u3000“\"")
    if clause.startswith(_words("basis_openers")) and after.startswith(_words("basis_documents")):
        return True
    # …部门关于做好2024年度职称评审工作的通知精神: a cited title without book-title marks.
    if "关于" in clause and _helper_patterns()["cited_title_tail"].match(text, end, hi):
        return True
    # 经县教委2025年第7次主任办公会审议通过: the year counts the meetings, it bounds nothing.
    if _helper_patterns()["meeting_ordinal"].match(text, end, hi):
        return True
    # A cited document named right after its number: 霍教职9号2024-2025学年度…方案.
    if _helper_patterns()["doc_number_before"].search(before):
        return True
    if before.endswith(("(", "（")):
        name = before[:-1]
        if name.endswith(("》", "〉")):
            return True
        if name.endswith(_words("title_words")):
            clause = _re(r"[,，。;；:：、\s]").split(name)[-1]
            rank = _issuer_rank(ctx)
            for prefix, level in lx["external_prefixes"].items():
                if prefix in clause and _LEVEL_RANK[level] < rank:
                    return True
    return False


def _names_a_programme(evidence: str, after: str) -> bool:
    """Whether a dated vacation opens the name of a campaign or training programme.

    Example: 2025年暑期 in "开展2025年暑期校外培训专项治理行动" is the campaign's title, while
    2025年暑期 in "于2025年暑期开展治理行动" is when it happens.
    """
    vacations = tuple(_lex()["vacation_openings"])
    return bool(re.search(r"\d", evidence)) and evidence.endswith(vacations) \
        and after.startswith(_words("vacation_programme_followers"))


_COHORT_SCOPE_DEPTH = 2  # scope words that may stand between a year and its cohort (全旗 + 小学)


def _own_plan_title(text: str, opener: int, end: int, hi: int, closer: str) -> bool:
    """关于印发《…(2024—2026年)》的通知: the bracketed title is the notice's own plan, not a citation."""
    close = text.find(closer, end, hi)
    if close == -1:
        return False
    before = text[max(0, opener - 4) : opener]
    after = text[close + 1 : close + 6]
    return before.endswith(_words("own_plan_verbs")) and after.startswith(_words("own_plan_notice"))


def _is_stamp(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A signing or publication date: alone on its line, labelled, or followed by 印发."""
    lx = _lex()
    line_lo = max(lo, _line_start(text, start))
    line_hi = _line_end(text, end)
    line_hi = hi if line_hi == -1 else min(line_hi, hi)
    rest = _re(r"[\s,，。:：]").sub("", text[line_lo:start] + text[end:line_hi])
    if not rest:
        return True
    before = text[line_lo:start].rstrip(" \u3000:：")
    after = text[end:line_hi].lstrip(" \u3000")
    if before.endswith(_words("end_labels")):
        return False  # 申报截止时间：2023/6/30 bounds the applications
    if any(before.endswith(w) for w in lx["stamp_labels"]):
        return True
    if not after and is_signing_org(before):
        return True  # 溧阳市教育局2025年9月12日: the organ and its signing date in one paragraph
    return any(after.startswith(w) for w in lx["stamp_followers"])


def _alone_on_line(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds (bar spaces and punctuation), within ``lo``..``hi``."""
    line_lo = max(lo, _line_start(text, start))
    line_hi = _line_end(text, end)
    line_hi = hi if line_hi == -1 else min(line_hi, hi)
    return not _re(r"[\s,，。:：]").sub("", text[line_lo:start] + text[end:line_hi])


def _reference_date(text: str, pos: int, ctx: Context) -> date | None:
    """The date an implicit year is read against.

    The nearest preceding explicit year in the text (a range counts from its
    first year; 000: 下半年 after 2023年上半年), but never later than the
    document date: a later phase named earlier (2025年春季学期起) does not move
    a schedule's 9月15日前 out of the year the notice is signed in. Years
    before the notice's own year are look-backs (2023年度有27名教师获奖) and
    are skipped.

    Past the first ``_SCAN_LIMIT`` characters the years before ``pos`` are
    looked up in the document's index (see ``_DocIndex.reference_date``), not
    rescanned from the start of the text.
    """
    if pos > _SCAN_LIMIT:
        return _doc_index(text, ctx).reference_date(pos)
    return _reference_date_scan(text, pos, ctx)


def _reference_date_scan(text: str, pos: int, ctx: Context) -> date | None:
    """``_reference_date`` by reading every year from offset 0 to ``pos``."""
    for m in reversed(list(_patterns()["year_ref"].finditer(text, 0, pos))):
        found = _year_reference(text, m, ctx.doc_date)
        if found is not None:
            return found
    return ctx.doc_date


def _year_reference(text: str, m: re.Match[str], doc: date | None) -> date | None:
    """What one ``year_ref`` match says about an implicit year read after it; None if it is skipped."""
    lo = _line_start(text, m.start())
    # A year inside a cited title (《…(2018年修订)》) says nothing about this notice.
    if any(_inside_pair(text, lo, m.start(), o, c) != -1 for o, c in _lex()["title_brackets"]):
        return None
    year = int(m.group(1))
    if doc is not None and year < doc.year:
        return None
    if _helper_patterns()["unrelated_date_tail"].match(text, m.end()):
        return None  # (2019年8月31日以前出生): a date of other people's lives says nothing about this notice
    if m.group(2) is None and doc is not None and year == doc.year:
        return doc  # 2024年 alone says nothing about the month: read on from the signing date
    if _helper_patterns()["range_right"].search(text, lo, m.start()):
        return None  # 2025年9月至2026年1月: a range counts from its first year
    month = int(m.group(2)) if m.group(2) else 1
    if m.group(2) is None and _helper_patterns()["school_year_tail"].match(text, m.end()):
        # 2025—2026学年度: the school year starts in September of its first year (``school_year``)
        month = _md(year, _lex()["school_year"]["start"]).month
    found = date(year, month if 1 <= month <= 12 else 1, 1)
    return min(found, doc) if doc is not None else found


def _pick_year(span_for: Callable[[int], Span | None], ref: date | None, grace: int = 0) -> int | None:
    """Resolve an implicit year: the first occurrence that has not ended before ``ref``.

    One that ended fewer than ``grace`` days before ``ref`` still counts: a
    plan's step just past when it was signed or forwarded.

    Example: 寒假 read against 2024-11-11 → 2025 (Jan-Feb 2024 is over).
    """
    if ref is None:
        return None
    for year in (ref.year, ref.year + 1):
        span = span_for(year)
        if span is not None and (span[1] >= ref or (year == ref.year and (ref - span[1]).days < grace)):
            return year
    return None


def _year_of(rel: str | None, ctx: Context, text: str, pos: int) -> int | None:
    """The year 今年 / 明年 (``rel``) names: the notice's own, else the reference date's, plus its offset."""
    if rel is None:
        return None
    ref = ctx.doc_date or _reference_date(text, pos, ctx)
    return ref.year + int(_lex()["relative_years"][rel]) if ref is not None else None


# ---------------------------------------------------------------- explicit dates


@dataclass
class _Point:
    y: int | None = None
    m: int | None = None
    d: int | None = None
    school_year: bool = False
    year_written: bool = False


_ORDER = {"y": 0, "sy": 0, "m": 1, "d": 2}


def _parse_run(raw: str) -> tuple[list[_Point], str] | None:
    """Split a digit run into one or two calendar points.

    Units left out on the left of a dash come from the right ("2024年7-9月",
    "2023-2025年"), higher units left out on the right come from the left
    ("2025年2月-5月"). Returns the points and the lowest unit of the last one.
    """
    sides: list[list[tuple[int, str | None, str]]] = [[]]
    for m in _patterns()["token"].finditer(raw):
        if m.group(3):
            sides.append([])
        else:
            sides[-1].append((int(m.group(1)), _lex()["date_units"].get(m.group(2) or ""), m.group(1)))
    sides = [s for s in sides if s]
    if not sides or len(sides) > 2:
        return None
    if len(sides) == 2:
        left, right = sides
        if left[-1][1] is None:
            left[-1] = (left[-1][0], right[0][1], left[-1][2])
    for side in sides:
        if any(u is None for _, u, _ in side):
            return None
    points: list[_Point] = []
    for side in sides:
        p = _Point()
        last = -1
        for value, u, digits in side:
            if u is None or _ORDER[u] <= last:
                return None
            last = _ORDER[u]
            if u in ("y", "sy"):
                if len(digits) != 4 or not 1949 <= value <= 2100:
                    return None
                p.y, p.school_year, p.year_written = value, u == "sy", True
            elif u == "m":
                if not 1 <= value <= 12:
                    return None
                p.m = value
            else:
                p.d = value
        points.append(p)
    if len(points) == 2:
        a, b = points
        if b.y is None and a.y is not None:
            b.y, b.school_year = a.y, a.school_year
            if b.m is None:
                b.m = a.m
        elif a.y is None and b.y is not None:
            a.y = b.y
        if b.m is None and b.d is not None:
            b.m = a.m
        if a.m is None and a.d is not None:
            return None
        if a.school_year and b.school_year and a.m is None and b.m is None and b.y == (a.y or 0) + 1:
            # "2024-2025学年度" names one school year, the one starting in 2024.
            points = [a]
    for p in points:
        if p.d is not None and p.m is None:
            return None
        if p.y is None and p.m is None:
            return None
    last_p = points[-1]
    lowest = "d" if last_p.d else "m" if last_p.m else "sy" if last_p.school_year else "y"
    return points, lowest


def _point_span(p: _Point, year: int, qual: dict[str, Any] | None, qual_kind: str | None) -> Span | None:
    """The calendar span of a point in ``year``, narrowed by a qualifier (上半年, 下旬…)."""
    try:
        if p.d is not None and p.m is not None:
            d = date(year, p.m, p.d)
            return d, d
        if p.m is not None:
            if qual_kind == "month_part" and qual is not None:
                last = calendar.monthrange(year, p.m)[1]
                end = last if qual["end"] == "last" else int(qual["end"])
                return date(year, p.m, int(qual["start"])), date(year, p.m, end)
            return date(year, p.m, 1), _month_end(year, p.m)
        if p.school_year:
            if qual_kind == "term" and qual is not None:
                return _calendar_span(year + int(qual.get("year_offset", 0)), qual)
            return _calendar_span(year, _lex()["school_year"] | {"next_year": True})
        if qual is not None and qual_kind in ("year_part", "semester", "vacation"):
            return _calendar_span(year, qual)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _qualifier_table() -> list[tuple[str, str, dict[str, Any]]]:
    """(word, kind, entry) for every qualifier that may follow a date, longest first."""
    lx = _lex()
    rows: list[tuple[str, str, dict[str, Any]]] = []
    rows += [(w, "year_part", e) for w, e in lx["year_parts"].items()]
    rows += [(w, "semester", e) for w, e in lx["semesters"].items()]
    rows += [(w, "vacation", e) for w, e in lx["vacations"].items()]
    rows += [(w, "month_part", e) for w, e in lx["month_parts"].items()]
    rows += [(w, "term", e) for w, e in lx["school_year_terms"].items()]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


_QUAL_FOR = {"y": ("year_part", "semester", "vacation"), "sy": ("term",), "m": ("month_part",), "d": ()}


@lru_cache(maxsize=None)
def _qualifiers_after(lowest: str) -> tuple[list[tuple[str, str, dict[str, Any]]], tuple[str, ...]]:
    """The rows of ``_qualifier_table`` that may follow a date whose lowest unit is ``lowest``, and their words.

    The words let one ``str.startswith`` call rule out every qualifier, which
    is what happens after most dates.
    """
    rows = [r for r in _qualifier_table() if r[1] in _QUAL_FOR[lowest]]
    return rows, tuple(r[0] for r in rows)


def _first_ending(before: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``before`` ends with (one C-level test rules them all out)."""
    if not before.endswith(words):
        return None
    return next(w for w in words if before.endswith(w))


@lru_cache(maxsize=1)
def _bound_words() -> dict[str, list[str]]:
    lx = _lex()
    return {
        "open": sorted(lx["opening_words"], key=len, reverse=True),
        "end": sorted(lx["end_suffixes"], key=len, reverse=True),
        "start": sorted(lx["start_suffixes"], key=len, reverse=True),
        "span": sorted(lx["span_suffixes"], key=len, reverse=True),
    }


Bounded = Callable[[int], "tuple[date | None, date | None] | None"]


def _apply_bounds(
    text: str, pos: int, hi: int, span_for: Callable[[int], Span | None], season: bool, inclusive: bool
) -> tuple[int, Bounded, str | None] | None:
    """Read the bound words after a date (开学前, 前, 起, 期间).

    ``inclusive`` says the span's last day is itself the bound (a day, or a
    month/year narrowed by 底/末): "12月31日前", "12月底前" end on Dec 31,
    while "春季开学前" ends the day before the span starts (SCHEMA.md: before an event).

    Returns the new end offset, a function year → (start, end) with the bound
    applied, and the bound kind ("end", "start", "opening" or None). None
    means the expression looks back (2020年以来) and must be dropped.
    """
    words = _bound_words()
    rest = text[pos:hi]
    aside = _helper_patterns()["weekday_aside"].match(rest)
    if aside is not None and rest.startswith(tuple(words["end"] + words["start"]), aside.end()):
        # 2025年11月28日（星期五）前: the weekday stands between the date and its bound.
        pos, rest = pos + aside.end(), rest[aside.end() :]
    if rest.startswith(_words("since_words")):
        return None

    def with_span(fn: Callable[[Span], tuple[date | None, date | None]]) -> Bounded:
        return lambda y: None if (sp := span_for(y)) is None else fn(sp)

    if season:
        for w in words["open"]:
            if rest.startswith(w):
                side = _lex()["opening_words"][w]
                if side == "before" and rest.startswith(_words("around_words"), len(w) - 1):
                    return None  # 2024年秋季开学前后: around the opening, it bounds nothing
                if side == "before":
                    return pos + len(w), with_span(lambda sp: (None, sp[0] - timedelta(days=1))), "opening"
                if side == "first_month":
                    return pos + len(w), with_span(lambda sp: (sp[0], _month_end(sp[0].year, sp[0].month))), "opening"
                return pos + len(w), with_span(lambda sp: (sp[0], None)), "opening"
    around = next((w for w in _words("around_words") if rest.startswith(w)), None)
    if around is not None:
        # 5月25日前后: around the day, no one bound (as 5·25心理健康日前后), dates null
        return pos + len(around), lambda y: (None, None), None
    for w in words["end"]:
        if rest.startswith(w):
            if inclusive or w in _words("inclusive_end_suffixes"):
                return pos + len(w), with_span(lambda sp: (None, sp[1])), "end"
            return pos + len(w), with_span(lambda sp: (None, sp[0] - timedelta(days=1))), "end"
    for w in words["start"]:
        if rest.startswith(w):
            return pos + len(w), with_span(lambda sp: (sp[0], None)), "start"
    for w in words["span"]:
        if rest.startswith(w):
            return pos + len(w), span_for, None
    return pos, span_for, None


def _explicit_dates(
    text: str, lo: int, hi: int, ctx: Context, alive: dict[str, re.Pattern[str]] | None = None
) -> Iterator[_Cand]:
    """Digit-bearing dates and ranges (the ``dates`` rules): 2024年8月-2025年6月, 2025年12月底前, 9月1日起."""
    if alive is None:
        alive = _alive(text, lo, hi)
    yield from _run_family("dates", text, lo, hi, ctx, alive)


@dataclass
class _DateRun:
    """One run of digits and date units as the steps of ``DATE_STEPS`` read it, left to right.

    ``r_start``/``r_end`` bound the run itself; ``start``/``end`` the
    evidence as the steps widen it (a qualifier, bound words, a prefix).
    """

    text: str
    lo: int
    hi: int
    ctx: Context
    r_start: int
    r_end: int
    points: list[_Point]
    lowest: str  # the lowest unit of the last point: y, sy, m or d
    start: int = 0
    end: int = 0
    qual: dict[str, Any] | None = None  # the qualifier's calendar entry (上半年, 下旬, 第一学期)
    qual_kind: str | None = None  # year_part, semester, vacation, month_part or term
    dated: Bounded | None = None  # year → (start, end) with the bound words applied
    bound: str | None = None  # end, start, opening or None (a span)
    from_now: str | None = None  # 即日起至…
    pre_end: str | None = None  # 到…, 截至…
    pre_start: str | None = None  # 自…, 从…
    end_label: bool = False  # 截止时间：…
    year: int | None = None  # the year the run hangs on
    s_date: date | None = None
    e_date: date | None = None
    raw_span: Span | None = None  # the span named, without bound words
    kind: str = "absolute"

    @property
    def written(self) -> bool:
        """Whether the run writes its own year."""
        return any(p.year_written for p in self.points)

    def span_for(self, year: int) -> Span | None:
        """The whole span the run names when its year (if not written) is ``year``."""
        first, last = self.points[0], self.points[-1]
        # _parse_run copied a written year to both ends, so only a fully
        # yearless expression takes ``year``.
        y0 = first.y if first.y is not None else year
        y1 = last.y if last.y is not None else y0
        one = first is last
        a = _point_span(first, y0, self.qual if one else None, self.qual_kind if one else None)
        b = _point_span(last, y1, self.qual, self.qual_kind)
        if a is None or b is None or b[1] < a[0]:
            return None
        return a[0], b[1]

    def candidate(self) -> _Cand:
        # Only spans are deduplicated: a year restated in another statement is
        # another deadline, the plan's 学年度 restated in the body is not.
        dedupe = self.kind in ("period", "range") and self.bound is None and self.from_now is None
        return _Cand(self.start, self.end, self.kind, self.s_date, self.e_date, None, _PRIO_DATE, dedupe)


def _date_run(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str]) -> _DateRun | _Cand | None:
    """The run a ``date_run`` match reads as calendar points; a bracketed unitless year range as its candidate."""
    raw = m.group(0).rstrip(" \u3000").rstrip(_all_dashes())
    if raw.isdecimal():
        return None  # a bare number (1. 30节), two thirds of all runs: no unit, no bracketed year range
    r_start = m.start()
    r_end = r_start + len(raw)
    parsed = _parse_run(raw)
    if parsed is None:
        return _bracketed_years(text, raw, r_start, r_end)
    points, lowest = parsed
    return _DateRun(text, lo, hi, ctx, r_start, r_end, points, lowest, start=r_start, end=r_end)


def _bracketed_years(text: str, raw: str, r_start: int, r_end: int) -> _Cand | None:
    """(2021-2025): no unit, but the brackets make it a year range."""
    yy = _helper_patterns()["years"].fullmatch(raw)
    if not (yy and text[r_start - 1 : r_start] in "(（" and text[r_end : r_end + 1] in ")）"):
        return None
    y1, y2 = int(yy.group(1)), int(yy.group(2))
    if y2 <= y1:
        return None
    return _Cand(r_start, r_end, "range", date(y1, 1, 1), date(y2, 12, 31), None, _PRIO_DATE, True)


# ---- the steps of a date run, in order; each returns False to drop the run


def _step_qualifier(run: _DateRun) -> bool:
    """A qualifier narrowing the last unit (2023年上半年, 12月下旬, 2024学年第一学期)."""
    rest = run.text[run.end : run.hi]
    quals, qual_words = _qualifiers_after(run.lowest)
    if rest.startswith(qual_words):
        for word, kind, entry in quals:
            if rest.startswith(word):
                if rest.startswith(_words("qualifier_blockers"), len(word) - 1):
                    break  # 2025年初中…: a school level, not the start of the year
                run.qual, run.qual_kind, run.end = entry, kind, run.end + len(word)
                break
    if run.qual_kind == "month_part" and len(run.points) == 1:
        _month_part_range(run, quals)
    return True


def _month_part_range(run: _DateRun, quals: list[tuple[str, str, dict[str, Any]]]) -> None:
    """8月中旬至下旬: a second part of the same month after a dash widens the span to its end."""
    dash = _re(f"[{_dash_class()}]").match(run.text, run.end, run.hi)
    if dash is None:
        return
    rest = run.text[dash.end() : run.hi]
    for word, kind, entry in quals:
        if kind == "month_part" and rest.startswith(word):
            first_start = int(run.qual["start"])
            if entry["end"] != "last" and int(entry["end"]) <= first_start:
                return  # 下旬至上旬 runs into the next month: not read here
            run.qual = {"start": first_start, "end": entry["end"]}
            run.end = dash.end() + len(word)
            return


def _step_time_of_day(run: _DateRun) -> bool:
    """A time of day between a day and its end bound (11月5日17:00前, 明天(5月8日)中午前) joins the day;
    one running to another day (4月22日9:00至4月26日18:00) makes a range."""
    if run.lowest != "d" or len(run.points) != 1:
        return True
    r = _helper_patterns()["day_time_range"].match(run.text, run.end, run.hi) \
        or _helper_patterns()["day_weekday_range"].match(run.text, run.end, run.hi)
    if r is not None:  # 4月22日9:00至4月26日18:00: the days bound a range
        first = run.points[0]
        run.points.append(_Point(first.y, int(r.group(1)) if r.group(1) else first.m, int(r.group(2))))
        run.end = r.end()
        return True
    m = _helper_patterns()["day_time"].match(run.text, run.end, run.hi)
    if m is None or m.end() == run.end:
        return True
    if m.group(0)[:1] in ")）" and run.text[run.r_start - 1 : run.r_start] not in "(（":
        return True  # a closing bracket joins only a day written in brackets
    run.end = m.end()
    return True


def _step_bound_words(run: _DateRun) -> bool:
    """Interval: the bound words after the run (开学前, 底前, 起, 期间); a look back (以来) is dropped."""
    season = run.qual_kind in ("semester", "term", "vacation")
    # SCHEMA.md: "X前" ends on X's last day, X included (2025年前 → 2025-12-31,
    # 10月前 → 10-31); only before an event or a season (春季开学前, 暑假前) does it end the day before.
    inclusive = not season or run.lowest == "d" or (
        run.qual is not None and run.text.startswith(_words("inclusive_qualifiers"), run.r_end)
    )
    # 2024年9月开学前: a whole month in which a term opens (see ``semesters``) names that
    # opening, so the opening words after it read as after 秋季 (ends Aug 31).
    # A bare 开学 after it (新学期于9月开学) states the month, it bounds nothing.
    opening_month = run.lowest == "m" and run.qual is None and len(run.points) == 1 \
        and run.points[0].m in _opening_months() \
        and run.text.startswith(tuple(w for w in _lex()["opening_words"] if w != _lex()["term_opening_event"]), run.end)
    bounded = _apply_bounds(run.text, run.end, run.hi, run.span_for, season or opening_month, inclusive)
    if bounded is None:
        return False
    run.end, run.dated, run.bound = bounded
    return True


@lru_cache(maxsize=1)
def _opening_months() -> frozenset[int]:
    """The months in which a term opens on the school calendar of deadlines.yml (3 and 9)."""
    return frozenset(int(e["start"][:2]) for e in _lex()["semesters"].values())


def _step_prefix_words(run: _DateRun) -> bool:
    """Interval: the bound words before the run (即日起至, 到/截至, 自/从), read before any other step moves its start."""
    before = run.text[run.lo : run.start]
    run.from_now = _first_ending(before, _longest_first("from_now_prefixes"))
    run.pre_end = _first_ending(before, _longest_first("end_prefixes"))
    run.pre_start = _first_ending(before, _words("start_prefixes"))
    run.end_label = before.rstrip(" \u3000:：").endswith(_words("end_labels"))
    return True


def _step_anchor(run: _DateRun) -> bool:
    """Anchor: the year the run hangs on: its own, the year after the schedule's (次年6月), or the reference date's."""
    text, ctx = run.text, run.ctx
    if run.written:
        run.year = run.points[0].y or run.points[-1].y
    else:
        run.year = _pick_year(run.span_for, _reference_date(text, run.start, ctx), _lex()["past_step_grace_days"])
    next_year = _first_ending(text[run.lo : run.start], _words("next_year_words"))
    if next_year is not None and not run.written and len(run.points) == 1:
        # 次年6月底前: the year after the one the schedule is in.
        ref = _reference_date(text, run.start, ctx)
        run.year = ref.year + 1 if ref is not None else None
        run.start -= len(next_year)
    return True


def _step_interval(run: _DateRun) -> bool:
    """Interval: start and end from the anchored year, the bound words and the prefix; the kind they make.

    截至 a date already over when the notice was signed states a figure, not a deadline.
    """
    ctx, year = run.ctx, run.year
    result = run.dated(year) if year is not None and run.dated is not None else None
    run.raw_span = run.span_for(year) if year is not None else None
    run.s_date, run.e_date = result if result is not None else (None, None)
    single = len(run.points) == 1
    run.kind = "absolute" if single else "range"
    if run.points[0].school_year and run.lowest == "sy" and run.qual_kind in (None, "term") and run.bound is None:
        # a school year, or one of its named terms (2024—2025学年第一学期: 30 of 30 gold read period)
        run.kind = "period"
    if not run.written and single:
        # a yearless from-to span (11月3日-18日, 10月至11月) stays a range: most sets' gold
        run.kind = "relative"
    raw = run.raw_span
    if run.from_now is not None:
        run.start -= len(run.from_now)
        run.s_date, run.kind = ctx.doc_date, "range"
        run.e_date = raw[1] if raw else None
    elif run.pre_end is not None and run.bound is None and single:
        run.start -= len(run.pre_end)
        run.s_date, run.e_date = None, raw[1] if raw else None
        if run.pre_end in _words("as_of_prefixes") and ctx.doc_date and run.e_date and run.e_date < ctx.doc_date:
            return False  # 截至2022年底: a statistic, not a deadline
    elif run.pre_start is not None and single:
        run.start -= len(run.pre_start)
        run.s_date, run.e_date = (raw[0] if raw else None), None
    elif run.end_label and run.bound is None and single:
        run.s_date, run.e_date = None, raw[1] if raw else None  # 截止时间：2023/6/30
    return True


def _step_not_deadline(run: _DateRun) -> bool:
    """Drop a signing stamp, a written span wholly before the notice's year, and a school year already over."""
    text, ctx, raw = run.text, run.ctx, run.raw_span
    if run.points[-1].d is not None and len(run.points) == 1 and run.bound is None \
            and _is_stamp(text, run.r_start, run.end, run.lo, run.hi):
        return False
    if run.points[-1].m is not None and run.written and len(run.points) == 1 and run.bound is None \
            and run.qual is None and _alone_on_line(text, run.r_start, run.end, run.lo, run.hi):
        return False  # 2016年5月 alone on a line closing the body: a signature dated to the month
    if run.points[-1].d is not None and len(run.points) == 1 and run.bound is None and run.written \
            and not (run.pre_end or run.pre_start or run.from_now or run.end_label) \
            and not text[run.lo : run.r_start].rstrip(" \u3000").endswith(_words("stamp_time_cues")) \
            and _helper_patterns()["stamp_time"].match(text, run.end, run.hi):
        return False  # 2025年08月27日 17:05 (a post's or page's time stamp): when it went out
    if run.points[-1].d is not None and len(run.points) == 1 and run.bound is None \
            and not (run.pre_end or run.pre_start or run.from_now or run.end_label) \
            and _helper_patterns()["published_tail"].match(text, run.end, run.hi):
        return False  # 3月5日，某市教育局发布《…》: a news lead-in's date of publication
    if run.written and ctx.doc_date and raw and raw[1] < date(ctx.doc_date.year, 1, 1) \
            and not _start_of_current_range(run.text, run.end, run.hi, ctx.doc_date.year):
        return False  # wholly in an earlier year than the notice: a look back (2022年,全市共有…)
    if run.written and run.bound is None and run.kind == "period" and ctx.doc_date and raw and raw[1] < ctx.doc_date:
        return False  # a school year over before the notice (2023—2024学年人均听课21节): a statistic
    if run.written and run.bound is None and run.qual_kind in ("semester", "term") and not run.pre_end \
            and ctx.doc_date and raw and raw[1] < ctx.doc_date:
        return False  # a term over before the notice (2023年秋季学期检查优秀率为68%): a statistic
    return True


def _start_of_current_range(text: str, end: int, hi: int, year: int) -> bool:
    """自2024年9月1日起至2029年8月31日止: an earlier start joined (起至, 至, 到) to an end year not before ``year``.

    Such a start opens a span the notice is still in (a cycle, a term of validity).
    """
    m = _re(r"起?(?:至|到)((?:19|20)\d{2})年").match(text, end, hi)
    return m is not None and int(m.group(1)) >= year


def _step_next_year_tail(run: _DateRun) -> bool:
    """Interval: 9月下旬至次年6月, a span that runs into the following year."""
    tail = _next_year_tail(run.text, run.end, run.hi)
    if tail is not None and len(run.points) == 1 and run.bound is None and run.s_date is not None:
        t_end, month, part = tail
        y2 = run.s_date.year + 1
        last_day = calendar.monthrange(y2, month)[1]
        run.e_date = date(y2, month, last_day if part is None or part["end"] == "last" else int(part["end"]))
        run.end, run.kind = t_end, ("range" if run.written else "relative")
    return True


def _step_month_tail(run: _DateRun) -> bool:
    """Interval: 9月下旬至10月中旬, a month part joined to a later month of the same year: one range.

    A day after that month ends the range on it (11月中旬至12月10日 → 11-11..12-10; the
    same month too: 3月上旬至3月20日).
    """
    if run.qual_kind != "month_part" or len(run.points) != 1 or run.bound is not None or run.s_date is None:
        return True
    m = _helper_patterns()["month_tail"].match(run.text, run.end, run.hi)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return True
    y, month = run.s_date.year, int(m.group(1))
    last_day = calendar.monthrange(y, month)[1]
    if m.group(3):
        day = int(m.group(3))
        if not 1 <= day <= last_day or date(y, month, day) < run.s_date:
            return True
        run.e_date = date(y, month, day)
    else:
        if not run.s_date.month < month:
            return True
        part = _lex()["month_parts"][m.group(2)] if m.group(2) else None
        run.e_date = date(y, month, last_day if part is None or part["end"] == "last" else int(part["end"]))
    run.end, run.kind = m.end(), "range"
    return True


# The steps a date run goes through, in order (tests/test_deadlines.py has a table for each).
DATE_STEPS: tuple[Callable[[_DateRun], bool], ...] = (
    _step_qualifier,
    _step_time_of_day,
    _step_bound_words,
    _step_prefix_words,
    _step_anchor,
    _step_interval,
    _step_not_deadline,
    _step_next_year_tail,
    _step_month_tail,
)


def _through_steps(run: _DateRun) -> Iterator[_Cand]:
    """The candidate of a run that every step of ``DATE_STEPS`` keeps."""
    for step in DATE_STEPS:
        if not step(run):
            return
    yield run.candidate()


def _read_numeric_date(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """2023-06-30, 2023/6/30: a day written in digits and separators, read by the same steps as 2023年6月30日.

    Only a bounded or cued one is a deadline (see ``numeric_date_cues`` in deadlines.yml).
    """
    points = []
    for k in ("", "2"):
        if m.group("y" + k) is None:
            continue
        y, mo, d = int(m.group("y" + k)), int(m.group("m" + k)), int(m.group("d" + k))
        try:
            date(y, mo, d)
        except ValueError:
            return
        points.append(_Point(y, mo, d, year_written=True))
    if len(points) == 2 and (points[1].y, points[1].m, points[1].d) <= (points[0].y, points[0].m, points[0].d):
        return  # not a span forward in time
    run = _DateRun(text, lo, hi, ctx, m.start(), m.end(), points, "d", m.start(), m.end())
    if not all(step(run) for step in DATE_STEPS):
        return
    cued = text[lo : run.r_start].endswith(_words("numeric_date_cues")) or len(points) == 2  # a span is cue enough
    if run.bound is None and not (run.from_now or run.pre_end or run.pre_start or run.end_label or cued):
        return  # 签发:王某 2021-04-26, 2024-03-06 09:21来源: a timestamp, not a deadline (numeric_date_cues)
    yield run.candidate()


def _read_chinese_date(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """二〇三五年, 二零一七年下半年, 十月底前: a date in Chinese numerals, read by the same steps as one in digits."""
    digits = zh.year_digits(m.group("y")) if m.group("y") else None
    y = int(digits) if digits else None
    if m.group("y") and (y is None or not 1949 <= y <= 2100):
        return
    month = m.group("m") or m.group("m2")
    day = m.group("d") or m.group("d2")
    if day:
        day = zh.expand_day_tens(day)  # 廿六 = 二十六
    mo = _num(month) if month else None
    d = _num(day) if day else None
    if (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
        return
    points = [_Point(y, mo, d, year_written=y is not None)]
    if m.group("d3"):
        # 四月二十日至五月十日, 三月二日—六日: a day-to-day span, the month of its end carried over when left out
        mo2 = _num(m.group("m3")) if m.group("m3") else mo
        d2 = _num(m.group("d3"))
        if mo is None or mo2 is None or d2 is None or not 1 <= mo2 <= 12 or not 1 <= d2 <= 31 or (mo2, d2) <= (mo, d or 0):
            return
        points.append(_Point(y, mo2, d2, year_written=y is not None))
    lowest = "d" if d else "m" if mo else "y"
    yield from _through_steps(_DateRun(text, lo, hi, ctx, m.start(), m.end(), points, lowest, m.start(), m.end()))


def _read_date_run(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """A run of digits and date units, read by the ``DATE_STEPS`` (qualifier, bound words, anchor, interval…)."""
    run = _date_run(text, lo, hi, ctx, m)
    if isinstance(run, _Cand):
        yield run
        return
    if run is None:
        return
    yield from _through_steps(run)


def _read_ocr_range(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """(20232025): a bracketed year range whose dash OCR dropped (seed 001)."""
    y1, y2 = int(m.group(1)), int(m.group(2))
    if 0 < y2 - y1 <= 10:
        yield _Cand(m.start(), m.end(), "range", date(y1, 1, 1), date(y2, 12, 31), None, _PRIO_DATE, True)


def _next_year_tail(text: str, pos: int, hi: int) -> tuple[int, int, dict[str, Any] | None] | None:
    """``至次年6月`` after a date: (end offset, month, month part or None), else None."""
    lx = _lex()
    m = _helper_patterns()["next_year_tail"].match(text[pos:hi])
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return None
    part = lx["month_parts"][m.group(2)] if m.group(2) else None
    return pos + m.end(), int(m.group(1)), part


# ---------------------------------------------------------------- named spans without digits


def _read_five_year_plan(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """十二五期间 → the plan's years; 十四五末 ends with it, 十四五初 starts with it."""
    y1, y2 = _lex()["five_year_plans"][m.group(1)]
    part = _lex()["five_year_plan_suffixes"][m.group(2)]
    if part == "end":
        s, e = None, date(y2, 12, 31)
    elif part == "start":
        s, e = date(y1, 1, 1), None
    else:
        s, e = date(y1, 1, 1), date(y2, 12, 31)
    yield _Cand(m.start(), m.end(), "period", s, e, None, _PRIO_NAMED)


def _opening_year(entry: dict[str, Any], ref: date | None) -> int | None:
    """The year of the next opening of a term (``semesters`` entry), or of one just past.

    An opening fewer than ``term_opening_grace_days`` before ``ref`` is the one
    meant (a notice of 3月10日 about 春季开学后); one longer past is next year's
    (a May enrolment notice's 春季开学后 is the next spring's).
    """
    if ref is None:
        return None
    grace = _lex()["term_opening_grace_days"]
    return next(y for y in (ref.year - 1, ref.year, ref.year + 1) if (ref - _md(y, entry["start"])).days < grace)


def _yearless(
    text: str, hi: int, ctx: Context, m: re.Match[str], entry: dict[str, Any], season: bool, opening: bool = False
) -> Iterator[_Cand]:
    """A calendar entry without a year (下半年, 秋季学期, 寒假) in the year it next falls, with its bound words.

    With ``opening`` (春季开学后) the year is that of the term's next opening (``_opening_year``).
    """

    def span_for(y: int) -> Span | None:
        return _calendar_span(y, entry)

    inclusive = m.groupdict().get("part") in _words("inclusive_qualifiers")
    bounded = _apply_bounds(text, m.end(), hi, span_for, season, inclusive)
    if bounded is None:
        return
    end, dated, _bound = bounded
    year = _year_of(m.groupdict().get("rel"), ctx, text, m.start())
    if year is None and opening:
        year = _opening_year(entry, _reference_date(text, m.start(), ctx))
    elif year is None:
        year = _pick_year(span_for, _reference_date(text, m.start(), ctx))
    result = dated(year) if year is not None else None
    s, e = result if result is not None else (None, None)
    yield _Cand(m.start(), end, "relative", s, e, None, _PRIO_NAMED)


def _read_yearless_part(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """下半年, 年底前 (``year_parts``)."""
    yield from _yearless(text, hi, ctx, m, _lex()["year_parts"][m.group("part")], False)


def _read_yearless_season(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """秋季学期, 春季开学前 (``semesters``); a bare 春季 is no span."""
    if not (m.group("sem") or m.group("open")):
        return
    entry = _lex()["semesters"].get(_lex()["season_semesters"][m.group("season")])
    if entry is None:
        return
    if not m.group("open") and text.endswith(_words("this_term_object_words"), lo, m.start()) \
            and not text.endswith(_words("this_term_own_plan_words"), lo, m.start()):
        return  # 将秋季学期资助工作总结报送…: the term the thing handed over is about, as 将本学期台账报…
    for cand in _yearless(text, hi, ctx, m, entry, True, opening=bool(m.group("open"))):
        if m.group("open") or cand.end != m.end() or not _term_names_thing(text, lo, hi, ctx, m.start(), m.end()):
            yield cand  # 春季学期送教安排在3月中旬至5月底: the dates bound it, the term is its label


def _read_yearless_vacation(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """寒假期间, 暑假前 (``vacations``)."""
    yield from _yearless(text, hi, ctx, m, _lex()["vacations"][m.group("vac")], False)


def _read_scheduled_vacation(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """安排在暑假进行 (the vacation it next falls in), 利用寒暑假 (both, every year: recurring)."""
    entry = _lex()["vacations"].get(m.group("vac"))
    if entry is None:
        yield _Cand(m.start("vac"), m.end("vac"), "recurring", None, None, None, _PRIO_NAMED)
        return
    for c in _yearless(text, hi, ctx, m, entry, False):
        yield replace(c, start=m.start("vac"))


def _read_relative_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """明年 / 今年 as a whole year counted from the notice's own, with its bound words (明年起); 今年以来 looks back."""
    if _cited_scope(text, lo, hi, m.start(), m.end()):
        return
    year = _year_of(m.group("rel"), ctx, text, m.start())
    bounded = _apply_bounds(text, m.end(), hi, lambda y: (date(y, 1, 1), date(y, 12, 31)), False, True)
    if bounded is None:
        return
    end, dated, _bound = bounded
    s, e = (dated(year) or (None, None)) if year is not None else (None, None)
    yield _Cand(m.start(), end, "relative", s, e, None, _PRIO_NAMED)


def _cited_scope(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """对今年全市教师培训工作作出部署: a news lead-in telling what a cited notice is about, not a deadline.

    The year follows one of ``cited_scope_before`` and its sentence goes on to
    one of ``cited_scope_verbs`` (``cited_scope``).
    """
    if not text.endswith(_words("cited_scope_before"), lo, start):
        return False
    stop = re.compile(f"[{zh.SENTENCE_ENDS}\n]").search(text, end, hi)
    rest = text[end : stop.start() if stop else hi]
    return any(w in rest for w in _words("cited_scope_verbs"))


def _read_act_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """参加下一年度竞聘 / 在下一年度补修: the year an act is put off to, counted from the notice's own (``act_years``)."""
    ref = ctx.doc_date or _reference_date(text, m.start(), ctx)
    year = ref.year + int(_lex()["act_years"][m.group("rel")]) if ref is not None else None
    s, e = (date(year, 1, 1), date(year, 12, 31)) if year is not None else (None, None)
    yield _Cand(m.start(), m.end(), "relative", s, e, None, _PRIO_NAMED)


def _terms_around(ref: date) -> tuple[Span, Span]:
    """The term holding ``ref`` (or the next to open, in a vacation) and the one after it (``term_openings``)."""
    lx = _lex()
    spans = sorted(_calendar_span(y, lx["semesters"][w]) for y in (ref.year - 1, ref.year, ref.year + 1)
                   for w in lx["term_openings"])
    i = next(i for i, sp in enumerate(spans) if sp[1] >= ref)
    return spans[i], spans[i + 1]


def _read_this_term(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """本学期 / 下学期 on the school calendar; 本学期末 ends it, 下学期开学前 ends the day before it opens.

    A bare 学期 is read only with an end word (学期末): as this term's end.
    """
    which = m.group("which")
    if which is not None and text.endswith(_words("this_term_booklets"), lo, m.start() + 1):
        which = None  # 听课记录本学期结束后归档: the 本 ends a notebook, the term is bare
    if which is None and m.group("end") is None:
        return
    if which is not None and m.group("end") is None and m.group("open") is None \
            and text.endswith(_words("this_term_object_words"), lo, m.start()) \
            and not text.endswith(_words("this_term_own_plan_words"), lo, m.start()):
        return  # 将本学期研修台账报…: the term the thing handed over is about
    if which is not None and m.group("end") is None and m.group("open") is None \
            and _cites_term_plan(text, lo, m.start()):
        return  # 根据县教研室本学期教研工作要点: the term of the plan cited
    if which is None and any(text.rfind(w, lo, m.start()) >= 0 for w in _words("repeating_term_words")):
        # 每学期末形成报告，于学期末前…: the term named as repeating repeats its end; 每课时40元，
        # 于学期末前发放 repeats only the rate, the term's end is this term's.
        yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_NAMED)
        return
    if text[m.end() : m.end() + 1] in ("(", "（") and any(
        c.start == m.end() + 1 for c in _explicit_dates(text, m.end() + 1, hi, ctx)
    ):
        return  # 下学期（2026年2月至7月）: the bracketed range states the term
    ref = _reference_date(text, m.start(), ctx)
    span = _terms_around(ref)[int(_lex()["this_term_words"][which] if which else 0)] if ref is not None else None
    s, e = span if span is not None else (None, None)
    end = m.end()
    if m.group("end"):
        s = None
    elif m.group("open"):
        bounded = _apply_bounds(text, m.start("open"), hi, lambda y: span, True, False)
        if bounded is not None:
            end, dated, _bound = bounded
            s, e = (dated(0) or (None, None)) if span is not None else (None, None)
    else:
        bounded = _apply_bounds(text, end, hi, lambda y: span, False, False)
        if bounded is None:
            return
        end, dated, _bound = bounded
        if end == m.end() and _term_names_thing(text, lo, hi, ctx, m.start(), m.end()):
            return  # 本学期内 / 本学期起 keep their bound; a bare 本学期 may be a quota's period
        s, e = (dated(0) or (None, None)) if span is not None else (None, None)
    yield _Cand(m.start(), end, "relative", s, e, None, _PRIO_NAMED)


def _cites_term_plan(text: str, lo: int, start: int) -> bool:
    """Whether the clause before ``start`` cites a plan (根据县教研室本学期教研工作要点, ``this_term_cited_words``)."""
    c_lo = max(lo, *(text.rfind(ch, lo, start) + 1 for ch in zh.CLAUSE_BREAKS))
    head = text[c_lo:start]
    return any(w in head for w in _words("this_term_cited_words"))


def _term_names_thing(text: str, lo: int, hi: int, ctx: Context, start: int, end: int) -> bool:
    """Whether a bare 本学期 is no deadline of its clause: a quota's period or the attribute of a dated thing.

    每位班主任本学期家访不少于10户: the term is the period of the quota
    (SCHEMA: the period word of a quota is not also a deadline).
    本学期家访登记表于6月20日前交德育处: the precise date bounds the clause; the
    term only says which register is meant.
    """
    c_lo = max(lo, *(text.rfind(ch, lo, start) + 1 for ch in zh.CLAUSE_BREAKS))
    br = zh.CLAUSE_BREAK.search(text, end, hi)
    c_hi = br.start() if br else hi
    rest = text[end:c_hi]
    for w in _words("this_term_quota_words"):
        i = rest.find(w)
        if i >= 0 and _QUOTA_NUMBER.match(rest, i + len(w)):
            return True
    return any(not (c.start <= start < c.end) for c in _explicit_dates(text, c_lo, c_hi, ctx))


_QUOTA_NUMBER = re.compile(f".{{0,12}}?{zh.NUMERAL}", re.S)
_FIGURE = re.compile(r"[0-9０-９]")


def _read_within_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """年内: by the end of the reference year, from the document date when that is the year it falls in.

    力争年内完成 in a notice of 2024-03-25 → 2024-03-25..2024-12-31 (heldout4, 14 and 41 all
    start it at the notice): a span from now, as N年内 is, not an open bound.
    """
    ref = _reference_date(text, m.start(), ctx)
    e = date(ref.year, 12, 31) if ref is not None else None
    s = ctx.doc_date if ref is not None and ctx.doc_date is not None and ctx.doc_date.year == ref.year else None
    yield _Cand(m.start(), m.end(), "relative", s, e, None, _PRIO_NAMED)


def _read_holiday(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """A holiday with a bound word (group ``f`` the holiday, ``b`` the bound); its date from the rule's ``dates``."""
    yield _festival(text, m, ctx, rule)


def _term_opening(text: str, lo: int, hi: int, pos: int, ctx: Context, which: int | None = None,
                  coming: bool = False) -> date | None:
    """The day term opens for a 开学 at ``pos`` without a season (``term_openings``).

    ``which`` 0 (本学期开学) is the opening of the term holding the reference date,
    1 (下学期开学) the next one's; a bare 开学 is the opening just past when the
    reference date falls in the first ``term_opening_grace_days`` after it (published
    2023-09-04 → 2023-09-01), else the next to come (signed 2024-02-26 → 2024-03-01;
    an enrolment notice of 2025-04-08 → 2025-09-01; a summer notice → 2024-09-01).
    None in a sentence that opens term after each vacation (寒暑假…开学后,
    ``term_opening_any``): no one day. A vacation named after the opening
    (从开学第一周开始实施，节假日及寒暑假不安排) is a clause of its own.
    ``coming`` (新学期开学前) takes the next opening to come, with no grace.
    """
    if any(text.find(w, lo, pos) >= 0 for w in _words("term_opening_any")):
        return None
    ref = _reference_date(text, pos, ctx)
    if ref is None:
        return None
    if which is not None:
        return _terms_around(ref)[which][0]
    lx = _lex()
    openings = sorted(_md(y, lx["semesters"][w]["start"]) for y in (ref.year - 1, ref.year, ref.year + 1)
                      for w in lx["term_openings"])
    past = max(d for d in openings if d <= ref)
    if not coming and (ref - past).days < lx["term_opening_grace_days"]:
        return past
    return min(d for d in openings if d > ref)


def _season_opening(text: str, pos: int, ctx: Context, anchor: str) -> date | None:
    """秋季开学 / 春季开学: the day the named term opens, in the year it has not yet ended (``season_semesters``)."""
    lx = _lex()
    head = anchor[: -len(lx["term_opening_event"])]
    # 春季学期开学: the term named in full, else by its season (春季开学, 秋开学)
    term = next((w for w in sorted(lx["semesters"], key=len, reverse=True) if head.endswith(w)), None)
    season = next((w for w in sorted(lx["season_semesters"], key=len, reverse=True) if head.endswith(w)), None)
    if term is None and season is None:
        return None
    entry = lx["semesters"][term or lx["season_semesters"][season]]
    year = _opening_year(entry, _reference_date(text, pos, ctx))
    return _md(year, entry["start"]) if year is not None else None


def _read_term_opening(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """开学前 / 开学后 without a season: the day before / the day of the next opening (``_term_opening``).

    开学初 stays anchored on 开学 with dates unknown.
    """
    s = e = None
    bound = m.group(0)[-1]
    if bound == "前" and _names_a_task(text, lo, m.start(), m.end()):
        return
    start = m.start()
    if bound in "前后":
        # 新学期开学前 in a notice signed just after term opened: the new term is the next one
        opening = _term_opening(text, lo, hi, m.start(), ctx, coming=m.group("new") is not None)
        stated = _stated_opening(text, lo, m.start(), ctx)
        vac = next((w for w in sorted(_lex()["vacation_openings"], key=len, reverse=True)
                    if text.endswith(w, lo, m.start())), None)
        if stated is not None:
            # 9月1日开学前: the day term opens is stated, so the bound is counted from it.
            start, opening = stated
        elif vac is not None:
            # 暑假开学前: the opening that ends the vacation named (``vacation_openings``).
            start = m.start() - len(vac)
            term = _lex()["vacation_openings"][vac] + _lex()["term_opening_event"]
            opening = _season_opening(text, start, ctx, term)
        if opening is not None and bound == "前":
            e = opening - timedelta(days=1)
        elif opening is not None:
            s = opening
    yield _Cand(start, m.end(), "relative", s, e, m.group("anchor"), _PRIO_EVENT)


def _stated_opening(text: str, lo: int, pos: int, ctx: Context) -> tuple[int, date] | None:
    """9月1日开学前 / 2025年9月1日开学后: where the stated opening day starts and the day, else None."""
    stated = _helper_patterns()["opening_day"].search(text, lo, pos)
    if stated is None:
        return None
    ref = _reference_date(text, stated.start(), ctx)
    year = int(stated.group("y")) if stated.group("y") else ref.year if ref is not None else None
    try:
        return (stated.start(), date(year, int(stated.group("m")), int(stated.group("d")))) if year else None
    except ValueError:
        return None


def _names_a_task(text: str, lo: int, start: int, end: int) -> bool:
    """完成开学前安全检查 / 开展开学前隐患排查: 开学前 between a verb and its object names the task, bounds nothing.

    The verb stands right before it (``opening_task_verbs``) and a noun follows at once;
    在开学前完成检查 keeps its deadline.
    """
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":  # zh.CJK
        return False
    return text[lo:start].endswith(_words("opening_task_verbs"))


def _read_term_first_week(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """开学后第一周 / 开学第一周内: the seven days from the opening (``_term_opening``); 开学第一天 its first.

    开学第二周 is the week after the first; with 起 (开学第二周起) only its first day, the start, is kept.
    """
    which = m.group("which")
    idx = int(_lex()["this_term_words"][which]) if which else None
    start = m.start()
    season = m.groupdict().get("season")
    if season:  # 秋季开学后第一周: the named season's opening
        s = _season_opening(text, m.start(), ctx, season + _lex()["term_opening_event"])
    else:
        s = _term_opening(text, lo, hi, m.start(), ctx, idx)
    stated = _helper_patterns()["opening_day"].search(text, lo, m.start()) if which is None and not season else None
    if stated is not None:
        # 9月2日开学第一周: the day term opens is stated, so the week runs from it.
        ref = _reference_date(text, stated.start(), ctx)
        year = int(stated.group("y")) if stated.group("y") else ref.year if ref is not None else None
        try:
            s = date(year, int(stated.group("m")), int(stated.group("d"))) if year is not None else None
        except ValueError:
            s = None
        start = stated.start()
    days = int(_lex()["term_first_days"][m.group("u") or m.group("u1")])
    nth = _num(m.group("n")) if m.group("n") else 1
    if s is not None and nth:
        s += timedelta(days=days * (nth - 1))  # 开学第二周: the week after the first
    e = s + timedelta(days=days - 1) if s is not None and not m.group("from") else None
    yield _Cand(start, m.end(), "relative", s, e, None, _PRIO_DURATION)


def _read_bare_term_week_before(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str],
                                 rule: _Rule) -> Iterator[_Cand]:
    """第十二周前 with no 学期 or 开学: up to the day before week N of the term (``_term_opening``).

    After 每学期 in its clause (每学期第三周前…，第十八周前…) it comes round every term: recurring, dates null.
    """
    if any(text.find(w, lo, m.start()) >= 0 for w in _words("repeating_term_words")):
        yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_RECURRING)
        return
    s = _term_opening(text, lo, hi, m.start(), ctx)
    n = _num(m.group("n"))
    e = s + timedelta(days=7 * (n - 1) - 1) if s is not None and n else None
    yield _Cand(m.start(), m.end(), "relative", None, e, None, _PRIO_NAMED)


def _read_activity_end_after(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str],
                             rule: _Rule) -> Iterator[_Cand]:
    """活动结束后 with no span after it: after the activity's end, anchored on it; dated by get_deadlines."""
    yield _Cand(m.start(), m.end(), "relative", None, None, m.group(0)[:-1], _PRIO_EVENT)


def _read_term_point(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """期末评选 / 期末考试前 bound an act by the end of the term; 期末考试 alone is the exam."""
    if m.group("ev") and not m.group("b"):
        return
    if not m.group("b") and any(text.startswith(w, m.end()) for w in _lex()["term_point_not_before"]):
        return
    yield _Cand(m.start(), m.end(), "relative", None, None, m.group(0), _PRIO_EVENT)


def _read_person_span(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """试用期内 / 聘期内: runs from each person's own start, so no dates; the span is the anchor."""
    yield _Cand(m.start(), m.end(), "relative", None, None, m.group(0), _PRIO_EVENT)


def _read_entry_before(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """上岗前 / 入职前: before each person's own entry, dates null.

    Not when its clause goes on to name the training after that same time
    (上岗前须参加不少于30学时的岗前培训): the time is then the programme's name
    said twice (``entry_named_after``), as 2024年暑假教师研修 is a title.
    """
    cut = zh.CLAUSE_BREAK.search(text, m.end(), hi)
    if any(w in text[m.end() : cut.start() if cut else hi] for w in _words("entry_named_after")):
        return
    yield from _read_person_span(text, lo, hi, ctx, m, rule)


def _read_ordinal_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """第一年 of a span stated before it (see ``_ordinal_year``)."""
    yield _ordinal_year(text, lo, m, ctx)


def _read_service_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """入职第一年 / 任职第一学年内: each person's own year of service, dates null."""
    yield _Cand(m.start(), m.end(), "relative", None, None, None, _PRIO_EVENT - 1)


def _read_span_end(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """研修结束时 / 周期期满: the end of a programme, dates unknown."""
    yield _Cand(m.start(), m.end(), "relative", None, None, None, _PRIO_EVENT)


def _read_this_school_year(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """本学年内: the school year holding the reference date."""
    ref = _reference_date(text, m.start(), ctx)
    s = e = None
    if ref is not None:
        sy = _lex()["school_year"]
        y = ref.year if ref >= _md(ref.year, sy["start"]) else ref.year - 1
        s, e = _md(y, sy["start"]), _md(y + 1, sy["end"])
    yield _Cand(m.start(), m.end(), "relative", s, e, None, _PRIO_NAMED)


def _read_school_year_end(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """学年末: by the end of the school year holding the reference date; after 每 in the sentence, recurring."""
    if any(text.rfind(w, lo, m.start()) >= 0 for w in _words("every_words")):
        yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_NAMED)
        return
    ref = _reference_date(text, m.start(), ctx)
    e = None
    if ref is not None:
        sy = _lex()["school_year"]
        y = ref.year if ref >= _md(ref.year, sy["start"]) else ref.year - 1
        e = _md(y + 1, sy["end"])
    yield _Cand(m.start(), m.end(), "relative", None, e, None, _PRIO_NAMED)


def _holiday_date(rule: _Rule, name: str, year: int) -> date | None:
    """The date of holiday ``name`` in ``year`` from the rule's ``dates``; None when the table lacks the year.

    ``dates`` is ``MM-DD`` (every year), a map year → ``MM-DD`` (a movable
    feast such as 春节), or the name of a map of deadlines.yml from the word
    matched to either.
    """
    spec: Any = rule.entry.get("dates")
    if isinstance(spec, str) and not _MM_DD.match(spec):
        spec = _lex()[spec].get(name)
    if isinstance(spec, dict):
        spec = spec.get(year, spec.get(str(year)))
    if not isinstance(spec, str) or not _MM_DD.match(spec):
        return None
    month, day = (int(x) for x in spec.split("-"))
    return date(year, month, day)


_MM_DD = re.compile(r"^\d\d-\d\d$")


def _within_after(text: str, pos: int) -> re.Match[str] | None:
    """A whole-unit span right at ``pos`` (两周内, 10日内), by the pattern of ``deadline.within``; None for a range or 半年."""
    pat = next(r.pattern for r in _rules() if r.reader == "within")
    found = pat.match(text, pos)
    if found is None or found.group("n2") or _num(found.group("n")) is None:
        return None
    return found


def _festival_day(rule: _Rule, m: re.Match[str], year: int) -> date | None:
    """The day of the holiday matched: printed in the name (groups ``mo``, ``d``: “5·15”国际家庭日) or from ``dates``."""
    found = m.groupdict()
    if found.get("mo") and found.get("d"):
        try:
            return date(year, int(found["mo"]), int(found["d"]))
        except ValueError:  # “2·30”: no such day
            return None
    return _holiday_date(rule, found.get("f") or "", year)


def _festival(text: str, m: re.Match[str], ctx: Context, rule: _Rule) -> _Cand:
    """元旦前 / 国庆节后 / 教师节期间: a holiday with a bound, in the year it next falls.

    Before the holiday ends the day before it, after it starts the day after,
    during it is the day itself (SCHEMA's convention).

    Example: 元旦前 in a plan signed 2024-09-10 → end 2024-12-31 (start null).
    """
    # A quoted day alone (在“六一”儿童节等节点) is the day itself.
    side = _lex()["festival_bounds"].get(m.group("b") or "", "during")
    if m.group("b") in _words("festival_break_bounds") and _lex()["festival_breaks"].get(m.groupdict().get("f")):
        side = "break"  # 国庆节期间: the days off of a holiday whose length is fixed
    # 国庆节后两周内: a span after the holiday runs from the day after it to the holiday + the span.
    within = _within_after(text, m.end()) if side == "after" and m.end() == m.end("b") else None
    stop = within.end() if within is not None else m.end()

    def bounded(y: int) -> tuple[date | None, date | None] | None:
        fest = _festival_day(rule, m, y)
        if fest is None or side == "around":  # 5·25心理健康日前后: no one bound
            return None
        if side == "before":
            return None, fest - timedelta(days=1)
        if side == "after":
            if within is not None:
                return fest + timedelta(days=1), _shift(fest, _num(within.group("n")) or 0, within.group("u"))
            return fest + timedelta(days=1), None
        if side == "break":  # 国庆假期: the days off (festival_breaks), unknown for other holidays
            days = _lex()["festival_breaks"].get(m.group("f"))
            return (fest, fest + timedelta(days=days - 1)) if days else None
        return fest, fest

    def span_for(y: int) -> Span | None:
        found = bounded(y)
        if found is None:
            return None
        d = next(x for x in found if x)
        return d, d

    every = next((w for w in _words("annual_every_words") if text.endswith(w, 0, m.start())), None)
    if every is not None:  # 每年教师节期间: the holiday comes round every year
        return _Cand(m.start() - len(every), stop, "recurring", None, None, None, _PRIO_NAMED)
    written = m.groupdict().get("y")
    if written:  # 2026年元旦前: the year is printed, an explicit calendar day
        found = bounded(int(written))
        s, e = found if found is not None else (None, None)
        return _Cand(m.start(), stop, "absolute", s, e, None, _PRIO_NAMED)
    # The year is picked on the bound itself: 元旦前 read against 2024-01-01 is 2024-12-31.
    year = _pick_year(span_for, _reference_date(text, m.start(), ctx))
    found = bounded(year) if year is not None else None
    s, e = found if found is not None else (None, None)
    return _Cand(m.start(), stop, "relative", s, e, None, _PRIO_NAMED)


def _ordinal_year(text: str, lo: int, m: re.Match[str], ctx: Context) -> _Cand:
    """第一年 of a span stated earlier in the sentence (培养期三年(2024年9月-2027年8月),其中第一年…).

    The N-th year runs from the span's start plus N-1 years to the day before
    the next anniversary; without such a span the dates stay null.
    """
    n = _num(m.group(1))
    spans = [c for c in _explicit_dates(text, lo, m.start(), ctx) if c.start_date and c.end_date]
    s = e = None
    if n and spans:
        first = spans[-1].start_date
        s = _add_months(first, 12 * (n - 1))
        e = _add_months(first, 12 * n) - timedelta(days=1)
        if e > spans[-1].end_date:
            s = e = None
    return _Cand(m.start(), m.end(), "relative", s, e, None, _PRIO_EVENT)


# ---------------------------------------------------------------- recurring, durations, events


def _read_recurring(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """每学期开学初, 每年3月、9月开学初, 五年一周期: the whole expression repeats, dates null."""
    yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_RECURRING)


def _read_every_years(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """每两年开展一次, 每三年核定一次, 每半年通报一次: a cycle of N (two or more) years or of half a year, recurring, dates null.

    A cycle that a bounded amount in its clause counts in (每五年累计参加培训不少于360学时),
    or a count in figures (校长每3年轮训1次, 每三年主持1项课题), is that quota's period, not
    also a deadline (SCHEMA), as in 18 of the 18 gold quotas that no deadline shares.
    """
    if m.group(1) != _lex()["half_word"]:  # 每半年: half a year, no quota's period
        n = _num(m.group(1))
        if n is None or n < 2:
            return
    br = zh.CLAUSE_BREAK.search(text, m.end(), hi)
    rest = text[m.end() : br.start() if br else hi]
    if _FIGURE.search(rest):
        return
    for w in _words("this_term_quota_words"):
        i = rest.find(w)
        if i >= 0 and _QUOTA_NUMBER.match(rest, i + len(w)):
            return
    yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_RECURRING)


def _read_every_weekday(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """每周一至周五19:00-21:00 repeats; 每周一次 / 每周一节 is a frequency, not Monday."""
    nxt = text[m.end() : m.end() + 1]
    if _helper_patterns()["every_monday"].fullmatch(m.group(0)) and nxt and nxt in _words("monday_frequency_followers"):
        return
    yield _Cand(m.start(), m.end(), "recurring", None, None, None, _PRIO_RECURRING)


@lru_cache(maxsize=1)
def _stop() -> re.Pattern[str]:
    """What an event phrase does not run back across: a non-Chinese character or an ``anchor_stops`` word."""
    return re.compile(f"[^{zh.CJK}]|{alternation(_lex()['anchor_stops'])}")


def _anchor_before(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """The event phrase right before ``pos`` (学校年度培训启动会 in …启动会后一周内)."""
    links = _lex()["anchor_links"]
    word = next((w for w in links if text.endswith(w, lo, pos)), None)
    if word is None:
        return None
    head_end = pos - len(word)
    i = head_end
    while i > lo and i > head_end - 12 and not _stop().match(text[i - 1]):
        i -= 1
    if head_end - i < 2:
        return None
    return i, text[i:head_end] + (links[word] or "")


def _trim_to_every(a_start: int, anchor: str) -> tuple[int, str]:
    """各学校每学年开学 → 每学年开学: the subject before a repeating event is not part of it."""
    units = _words("recurring_units")
    for i in range(1, len(anchor)):
        every = next((w for w in _longest_first("every_words") if anchor.startswith(w, i)), None)
        if every is not None and anchor.startswith(units, i + len(every)):
            return a_start + i, anchor[i:]
    return a_start, anchor


def _shift(doc: date | None, n: int, unit: str) -> date | None:
    """``doc`` moved on by ``n`` of ``unit`` (``duration_units``); None for 工作日, hours and minutes, or without a date."""
    field, mult = _lex()["duration_units"][unit]
    if doc is None or field in ("workday", "hour", "minute"):
        return None
    if field == "day":
        return doc + timedelta(days=n * mult)
    if field == "month":
        return _add_months(doc, n * mult)
    return _add_months(doc, 12 * n * mult)


def _names_the_document(anchor: str) -> bool:
    """印发 / 本通知下发: the notice's own issue; 评审结果公布, 报告下发 name another thing's (``doc_date_event_heads``)."""
    event = min((w for w in _words("doc_date_events") if anchor.endswith(w)), key=len)
    head = anchor[: -len(event)]
    return not head or head.endswith(_words("doc_date_event_heads"))


def _read_within(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """2-3年内 from the notice, 启动会后一周内 from an event, 一个月内 from the act just described."""
    lx = _lex()
    doc = ctx.doc_date
    n = _num(m.group("n2") or m.group("n"))
    unit = m.group("u")
    half = m.group("n") == lx["half_word"]
    if half:
        n, unit = lx["half_year"]["n"], lx["half_year"]["unit"]  # 半年内 = six months
    if n is None:
        return
    start = m.start()
    before = text[lo:start]
    if any(before.endswith(w) for w in lx["past_prefixes"]):
        return
    if before.endswith(_words("within_limit_prefixes")):
        return  # 作业控制在1小时以内: a cap on a length (a quota), not a time to act
    if before.endswith(_words("every_words")):
        # 每五年内应…: the span starts again every N years.
        yield _Cand(start - 1, m.end(), "recurring", None, None, None, _PRIO_DURATION)
        return
    if _helper_patterns()["group"].match(text[m.end() : hi]):
        return  # 入职3年内的新教师: the span defines a group of people
    if before.endswith(_words("service_start_words")) \
            and _helper_patterns()["group_after_service"].match(text[m.end() : hi]):
        return  # 新入职三年内教师: a person's years since starting, naming the group even without 的
    if before.endswith(_words("tenure_words")):
        return  # 教龄5年以内: a person's years of service, a condition on who is meant
    if _helper_patterns()["counted_condition"].match(text, m.end(), hi):
        return  # 一学年内累计两次被查实…的: the window a condition counts in, not a time to act
    # 听课后应在一周内: a modal and 在/于 may stand between the event and the span.
    filler = _helper_patterns()["filler"].search(before)
    anchored = _anchor_before(text, lo, start - (len(filler.group(0)) if filler else 0))
    if anchored is not None and not any(e in anchored[1] for e in lx["event_anchors"]):
        anchored = None  # "…后" after something that is not an event: count from the notice
    if anchored is not None:
        a_start, anchor = anchored
        a_start, anchor = _trim_to_every(a_start, anchor)
        every = next((w for w in _longest_first("instance_every_words") if anchor.startswith(w)), None)
        if every is not None and not anchor.startswith(_words("recurring_units"), len(every)):
            # 每轮视导结束后10个工作日内, 每次活动后2天内: counted from each event, like
            # 启动会后一周内, not a point of the school calendar; dates unknown.
            yield _Cand(a_start, m.end(), "relative", None, None, anchor, _PRIO_DURATION)
        elif anchor.startswith(_words("every_words")):
            # 每学期开学后两周内: the event itself repeats, so the span does too.
            yield _Cand(a_start, m.end(), "recurring", None, None, anchor, _PRIO_DURATION)
        elif anchor.endswith(_words("doc_date_events")) and _names_the_document(anchor):  # 印发之日 is one of them
            # signed 2024年10月 with no day: the issue day, and so the span, is unknown
            issued = doc if ctx.doc_day_known else None
            yield _Cand(a_start, m.end(), "relative", issued, _shift(issued, n, unit), None, _PRIO_DURATION)
        elif anchor == lx["term_opening_event"] and not half:
            yield _after_opening(text, lo, hi, a_start, m, n, ctx)
        elif anchor.endswith(lx["term_opening_event"]) and not half and _opening_head(anchor) is not False:
            # 本学期开学后两周内 / 教师开学后两周内: the opening of the term the head names.
            head = _opening_head(anchor)
            yield _after_opening(text, lo, hi, a_start, m, n, ctx, None if head is None else int(head))
        elif anchor.endswith(lx["term_opening_event"]) and not half \
                and (opening := _season_opening(text, a_start, ctx, anchor)) is not None:
            # 秋季开学后两周内; a year written right before it (2025年春季学期开学后一个月内) is its
            # own: that year's opening, of the kind dated_opening_span_kind (relative: from an event).
            year = _helper_patterns()["year_before"].search(text, lo, a_start)
            if year is None:
                yield _after_opening(text, lo, hi, a_start, m, n, ctx, opening=opening)
            else:
                opening = opening.replace(year=int(year.group(0)[:4]))
                c = _after_opening(text, lo, hi, year.start(), m, n, ctx, opening=opening)
                yield replace(c, kind=lx["dated_opening_span_kind"])
        else:
            yield _Cand(a_start, m.end(), "relative", None, None, anchor, _PRIO_DURATION)
        return
    if unit in lx["day_units"] and _helper_patterns()["month_before"].search(before):
        return  # "3月5日内" is a date, not a duration
    if unit not in lx["doc_dated_units"] and not half:
        # 并在一个月内进行跟踪复听: counted from the act just described, not the notice.
        yield _Cand(start, m.end(), "relative", None, None, None, _PRIO_DURATION)
        return
    if text.startswith(_words("ban_followers"), m.end()) or before.endswith(_words("ban_preceders")):
        # 取消其三年内申报资格, 3年内不得申报: a ban counted from each finding, not from the notice.
        yield _Cand(start, m.end(), "relative", None, None, None, _PRIO_DURATION)
        return
    yield _Cand(start, m.end(), "relative", doc, _shift(doc, n, unit), None, _PRIO_DURATION)


def _read_forward(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """今后三年 / 用两年时间: from the document date forward.

    Right after a range of years that it restates (2025年至2027年，用三年时间) it is
    that span as a period: 2025-01-01..2027-12-31.
    """
    n = _num(m.group("n") or m.group("n3"))
    unit = m.group("u") or m.group("u3")
    if n is None:
        return
    if text[m.end() : m.end() + 1] in ("(", "（") and any(
        c.start == m.end() + 1 for c in _explicit_dates(text, m.end() + 1, hi, ctx)
    ):
        return  # 利用三年时间（2025—2027年）: the bracketed range states the span, as after 培养期三年
    k = m.start() - 1 if text[m.start() - 1 : m.start()] in ("，", ",") else m.start()
    span = next((c for c in _explicit_dates(text, lo, k, ctx)
                 if c.end == k and c.kind == "range" and c.start_date and c.end_date), None)
    if span is not None and unit == "年" and span.end_date.year - span.start_date.year + 1 == n:
        yield _Cand(m.start(), m.end(), "period", span.start_date, span.end_date, None, _PRIO_DURATION)
        return
    kind = _lex()["effort_span_kind"] if m.group("n3") else "relative"  # 用三年时间: a span of effort
    yield _Cand(m.start(), m.end(), kind, ctx.doc_date, _shift(ctx.doc_date, n, unit), None, _PRIO_DURATION)


def _read_period_before(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """为期一年, 聘期三年; 有效期5年 is dated from the 施行 date (see ``_validity``)."""
    lx = _lex()
    n = _num(m.group("n"))
    if n is None and m.group("n") != lx["half_word"]:
        return
    if m.group("norm") and m.group("u") in _words("period_norm_units"):
        return  # 交流期限一般为3年: the usual length of every such term (``period_norm_words``)
    if text.startswith(_words("condition_followers"), m.end()):
        return  # 居住证有效期6个月以上: a condition on a length, not a span of this notice
    if m.group("w") in _words("activity_length_words") and m.group("u") in _words("activity_length_units"):
        return  # 开展为期10天的跟岗研修: how long an activity lasts (a quota in the gold), not a span of the plan
    if n is not None and any(m.group("w").startswith(w) for w in lx["period_from_start"]):
        yield _validity(text, lo, m, n, ctx)
        return
    # 任期三年(2023年9月—2026年8月): the range in brackets right after dates the period.
    if text[m.end() : m.end() + 1] in ("(", "（") and any(
        c.start == m.end() + 1 for c in _explicit_dates(text, m.end() + 1, hi, ctx)
    ):
        return  # 培养期三年(2024年9月-2027年8月): the bracketed range states the span
    yield _Cand(m.start(), m.end(), "period", None, None, None, _PRIO_DURATION)


def _read_ahead(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """提前一周: before an event, dates unknown."""
    yield _Cand(m.start(), m.end(), "relative", None, None, None, _PRIO_DURATION)


def _read_vacation_start(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """放假前: before the coming vacation (``_coming_vacation``), ending the day before it.

    A day stated right before (7月10日放假前) is that vacation's start. 放假前最后一周 and
    放假当天 stay undated (the sets that have them split), as does everything without a
    document date.
    """
    stated = _stated_opening(text, lo, m.start(), ctx)
    v = stated[1] if stated else _coming_vacation(text, m.start(), ctx)
    if v is None or m.group("last") or m.group("day"):
        yield _Cand(m.start(), m.end(), "relative", None, None, None, _PRIO_DURATION)
        return
    yield _Cand(stated[0] if stated else m.start(), m.end(), "relative", None, v - timedelta(days=1), None,
                _PRIO_DURATION)


def _coming_vacation(text: str, pos: int, ctx: Context, name: str | None = None) -> date | None:
    """The first day of the vacation a bare 放假 at ``pos`` starts (``coming_vacations``), else None.

    The next of them after the document date, on SCHEMA's calendar: a notice of
    2025-01-06 goes on 寒假 on 2025-02-01, one of 2025-06-10 on 暑假 on 2025-08-01.
    Without a document date it is unknown: a year elsewhere in the text does not
    tell which vacation is coming.
    """
    ref = ctx.doc_date
    if ref is None:
        return None
    lx = _lex()
    names = [name] if name else lx["coming_vacations"]  # 放暑假: that vacation's next start, not any
    starts = [_md(y, lx["vacations"][w]["start"]) for w in names for y in (ref.year, ref.year + 1)]
    return min((d for d in starts if d > ref), default=None)


def _read_event_before(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """在活动开展前一周: counted back from an event whose date is not given."""
    ev = m.group("ev")
    cut = max((ev.rfind(w) + len(w) for w in _lex()["anchor_stops"] if w in ev), default=0)
    a_start = m.start() + cut
    if m.end("ev") - a_start < 2:
        return
    anchor = text[a_start : m.end("ev")]
    if anchor.startswith(_words("every_words")):
        # 每学期开学前一周内: the event repeats, so the span does too.
        yield _Cand(a_start, m.end(), "recurring", None, None, anchor, _PRIO_DURATION)
        return
    end_event = _lex()["term_end_event"]
    if anchor.endswith(end_event) and anchor[: -len(end_event)].lstrip("至到于在") in ("", "本"):
        # 学期结束前一周 / 至本学期结束前两周: the preposition is no part of the evidence.
        cut = len(anchor) - len(anchor.lstrip("至到于在"))
        yield _before_term_end(text, lo, a_start + cut, m, anchor[cut:], ctx)
        return
    # 7月10日放假前一周内 / 8月30日开学前三天: the day of the event is stated right before it.
    stated = next((_stated_opening(text, lo, m.end("ev") - len(w), ctx) for w in (
        _lex()["vacation_start_event"], _lex()["term_opening_event"]) if anchor.endswith(w)), None)
    named = next((w for w in _lex()["named_vacation_starts"] if anchor.endswith(w)), None)
    if named is not None and not stated:
        # 放暑假前一周内 / 寒假放假前三天: counted back from the next start of the vacation named.
        a_start += len(anchor) - len(named)
        anchor = named
    if anchor == _lex()["vacation_start_event"] or named or (stated and anchor.endswith(_lex()["vacation_start_event"])):
        # 放假前一周内: counted back from the start of the coming vacation, ending the day before it.
        v = stated[1] if stated else _coming_vacation(text, a_start, ctx, _lex()["named_vacation_starts"].get(named))
        n = _num(m.group("n"))
        field, mult = _lex()["duration_units"].get(m.group("u"), (None, 0))
        if v is not None and n is not None and field in ("day", "month"):
            s = v - timedelta(days=n * mult) if field == "day" else _add_months(v, -n * mult)
            yield _Cand(stated[0] if stated else a_start, m.end(), "relative", s, v - timedelta(days=1), None,
                        _PRIO_DURATION)
            return
    opening_event = _lex()["term_opening_event"]
    season_anchor = _season_anchor(anchor)
    if stated is not None and anchor.endswith(opening_event):
        n = _num(m.group("n"))
        field, mult = _lex()["duration_units"].get(m.group("u"), (None, 0))
        if n is not None and field in ("day", "month"):
            o = stated[1]
            s = o - timedelta(days=n * mult) if field == "day" else _add_months(o, -n * mult)
            yield _Cand(stated[0], m.end(), "relative", s, o - timedelta(days=1), None, _PRIO_DURATION)
            return
    if anchor == opening_event or season_anchor:
        # 开学前一周: counted back from the next opening of term, ending the day before it;
        # 春季开学前三天内: from the opening of the season named (the evidence starts at the season).
        if season_anchor:
            a_start += len(anchor) - len(season_anchor)
            opening = _season_opening(text, a_start, ctx, season_anchor)
        else:
            opening = _term_opening(text, lo, hi, a_start, ctx)
        n = _num(m.group("n"))
        field, mult = _lex()["duration_units"].get(m.group("u"), (None, 0))
        if opening is not None and n is not None and field in ("day", "month"):
            s = opening - timedelta(days=n * mult) if field == "day" else _add_months(opening, -n * mult)
            e = s if _names_a_day_before(m) else opening - timedelta(days=1)
            yield _Cand(a_start, m.end(), "relative", s, e, None, _PRIO_DURATION)
            return
    yield _Cand(a_start, m.end(), "relative", None, None, anchor, _PRIO_DURATION)


def _names_a_day_before(m: re.Match[str]) -> bool:
    """秋季开学前3天 (no 内): the one day that many days before the opening, not the days up to it.

    开学前3天内 and 开学前一周 are spans ending the day before the opening; a count of
    days (``day_before_units``) with no ``within_suffixes`` names a single day.
    """
    return m.group("u") in _words("day_before_units") and not m.group(0).endswith(_words("within_suffixes"))


def _season_anchor(anchor: str) -> str | None:
    """The 春季开学 / 秋季学期开学 that ends an event phrase (rule deadline.event_before), else None.

    Only the season and the opening: 各校春季开学 → 春季开学; a bare 开学 is not a season's.
    """
    lx = _lex()
    event = lx["term_opening_event"]
    if not anchor.endswith(event):
        return None
    head = anchor[: -len(event)]
    for name in sorted([*lx["semesters"], *lx["season_semesters"]], key=len, reverse=True):
        if head.endswith(name):
            return name + event
    return None


def _before_term_end(text: str, lo: int, a_start: int, m: re.Match[str], anchor: str, ctx: Context) -> _Cand:
    """学期结束前两周: by that day of the term holding the reference date (end only, like ``X前``).

    In a sentence that has named a repeating term before it (每学期末形成报告，于学期结束前
    一周上报) it is a step of that schedule: recurring, no dates. The sentence runs across a
    ``；`` (每学期开学后两周内报计划；学期结束前一周报总结): a clause of the same schedule.

    Example: signed 2025-09-01, 学期结束前两周 → end 2026-01-17 (the term ends Jan 31).
    """
    line = _line_start(text, a_start)
    sentence = max([line] + [text.rfind(ch, line, a_start) + 1 for ch in _FULL_STOPS if ch != "\n"])
    if any(text.find(w + "学期", min(lo, sentence), a_start) >= 0 for w in _words("every_words")):
        return _Cand(a_start, m.end(), "recurring", None, None, None, _PRIO_DURATION)
    n = _num(m.group("n"))
    field, mult = _lex()["duration_units"].get(m.group("u"), (None, 0))
    ref = _reference_date(text, a_start, ctx)
    if ref is None or n is None or field != "day":
        return _Cand(a_start, m.end(), "relative", None, None, anchor, _PRIO_DURATION)
    term_end = _terms_around(ref)[0][1]
    return _Cand(a_start, m.end(), "relative", None, term_end - timedelta(days=n * mult), None, _PRIO_DURATION)


def _read_through(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """通过三年努力: a span of effort from the document date forward (``effort_span_kind``)."""
    n = _num(m.group("n"))
    if n is not None:
        yield _Cand(m.start(), m.end(), _lex()["effort_span_kind"], ctx.doc_date, _shift(ctx.doc_date, n, m.group("u")),
                    None, _PRIO_DURATION)


def _read_period_after(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """五年共…: a durational period."""
    if _num(m.group("n")) is not None:
        yield _Cand(m.start(), m.end(), "period", None, None, None, _PRIO_DURATION)


def _read_from_doc(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """自印发之日起: from the document date, open-ended (unknown under a month-only signature)."""
    yield _Cand(m.start(), m.end(), "relative", ctx.doc_date if ctx.doc_day_known else None, None, None,
                _PRIO_DURATION)


def _read_event_period(text: str, lo: int, hi: int, ctx: Context, m: re.Match[str], rule: _Rule) -> Iterator[_Cand]:
    """跟岗学习期间: an event span with unknown dates; 在此期间 names no event."""
    head = m.group(1)
    lx = _lex()
    cut = max((head.rfind(w) + len(w) for w in lx["event_period_cuts"] if w in head), default=0)
    head = head[cut:]
    # 其中寒假期间, 每年教师节期间: a named span (vacation, holiday) is read by its own rule.
    named = next((w for w in sorted((*lx["vacations"], *lx["festivals"], *lx["lunar_festivals"]), key=len, reverse=True)
                  if head.endswith(w) or head.endswith(w + "节")), None)
    if named is not None and len(head) > len(named) + (1 if head.endswith(named + "节") else 0) \
            and not head.endswith(tuple(lx["joined_vacations"])):  # 寒暑假期间 stays an event span
        return
    if len(head) < 2 or head in lx["event_period_stop"] or head.endswith(_words("demonstratives")):
        return
    if head.endswith(_words("daily_service_periods")):
        return  # 课后服务期间: a time of every school day, not a span
    if head.endswith(_words("posting_periods")):
        return  # 在受援学校工作期间: a person's posting, a status
    yield _Cand(m.end() - 2 - len(head), m.end(), "relative", None, None, head, _PRIO_EVENT)


def _opening_head(anchor: str) -> int | bool | None:
    """What stands before 开学 in an anchor: 本学期 → 0, 下学期 → 1, a season or 每 → False, else None (bare)."""
    lx = _lex()
    head = anchor[: -len(lx["term_opening_event"])]
    for word, idx in lx["this_term_words"].items():
        if head.endswith(word + "学期"):
            return int(idx)
    if any(head.endswith(w) for w in lx["semesters"]) or any(w in head for w in _words("every_words")):
        return False
    return None


def _after_opening(
    text: str, lo: int, hi: int, a_start: int, m: re.Match[str], n: int, ctx: Context, which: int | None = None,
    opening: date | None = None,
) -> _Cand:
    """开学后两周内: from the term opening (``_term_opening``: Mar 1 or Sep 1, see ``semesters``) for the span.

    The last day is opening + N, or opening + N - 1 where the opening day counts as the
    span's first (``opening_span_first_day_counts``, a convention the sets split on).

    Example: signed 2024-08-26 → 2024-09-01..2024-09-15.
    """
    lx = _lex()
    s = opening or _term_opening(text, lo, hi, a_start, ctx, which)
    e = None
    if s is not None:
        field, mult = lx["duration_units"][m.group("u")]
        if field == "day":
            e = s + timedelta(days=(_num(m.group("n2") or m.group("n")) or n) * mult)
        elif field in ("month", "year"):
            e = _add_months(s, n * mult * (12 if field == "year" else 1))
        elif field == "workday" and lx.get("opening_workdays_dated"):
            return _Cand(a_start, m.end(), "relative", s, _nth_weekday(s, n * mult), None, _PRIO_DURATION)
        else:
            s = None
        if e is not None and lx.get("opening_span_first_day_counts"):
            e -= timedelta(days=1)
    return _Cand(a_start, m.end(), "relative", s, e, None, _PRIO_DURATION)


def _nth_weekday(start: date, n: int) -> date:
    """The ``n``-th Monday-to-Friday day from ``start`` on, ``start`` counted (no holiday calendar).

    Example: 2024-09-01 (a Sunday), 5 → 2024-09-06.
    """
    day, left = start, n
    while True:
        if day.weekday() < 5:
            left -= 1
            if left <= 0:
                return day
        day += timedelta(days=1)


def _validity(text: str, lo: int, m: re.Match[str], n: int, ctx: Context) -> _Cand:
    """有效期5年: counted from the 施行 date stated before it in the sentence, else the document date.

    From a stated 施行 date the first day counts, so five years from 2024-09-01 end
    on 2029-08-31 (see ``validity_starts`` in deadlines.yml); from the document date
    it runs like ``N年内`` to the same day N years on (2024-03-05 → 2029-03-05).
    """
    lx = _lex()
    start = ctx.doc_date
    from_effective = False
    for c in _explicit_dates(text, lo, m.start(), ctx):
        ev = text[c.start : c.end]
        if c.start_date and c.end_date is None and any(w in ev for w in lx["validity_starts"]):
            start, from_effective = c.start_date, True
    field, mult = lx["duration_units"][m.group("u")]
    end = None
    if start is not None and field in ("day", "month", "year"):
        if field == "day":
            end = start + timedelta(days=n * mult)
        else:
            end = _add_months(start, n * mult * (12 if field == "year" else 1))
        if from_effective:
            # 自2024年9月1日起施行，有效期5年: the first day counts (…2029-08-31).
            # Counted from the document date it reads like N年内: date + N years.
            end -= timedelta(days=1)
    return _Cand(m.start(), m.end(), "period", start, end, None, _PRIO_DURATION)


# ---------------------------------------------------------------- assembly


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest of overlapping candidates (ties: the more specific rule)."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=4096)
def _dash_insensitive(evidence: str) -> "_DashFinder | re.Pattern[str]":
    """What finds ``evidence`` again with any dash for each of its dashes, and its optional suffix or not.

    Its ``finditer`` gives what ``re.compile`` of the pattern
    ``core-with-dash-classes(?:suffix)?`` gives, without compiling one
    pattern per evidence (one per distinct deadline of a corpus, ~1 ms each).
    """
    dashes = _all_dashes()
    # 2024—2025学年 in the title and 2024—2025学年度 in the body name one school year.
    core, optional = _optional_suffix(evidence)
    if core and _DASH_MARK not in core:
        return _DashFinder(core.translate(_dash_table()), optional)
    parts = [f"[{re.escape(dashes)}]" if ch in dashes else re.escape(ch) for ch in core]
    suffix = f"(?:{re.escape(optional)})?" if optional else ""
    return re.compile("".join(parts) + suffix)


_DASH_MARK = "\uffff"  # a noncharacter: every dash of a text is read as it


@lru_cache(maxsize=1)
def _dash_table() -> dict[int, str]:
    return {ord(d): _DASH_MARK for d in _all_dashes()}


_last_dashless: tuple[str, str | None] | None = None


def _dashless(text: str) -> str | None:
    """``text`` with every dash as ``_DASH_MARK`` (same length), for the last text asked; None if it holds the mark."""
    global _last_dashless
    last = _last_dashless
    if last is None or last[0] is not text:
        last = _last_dashless = (text, None if _DASH_MARK in text else _marked(text))
    return last[1]


def _marked(text: str) -> str:
    """``text.translate(_dash_table())``, one ``str.replace`` per dash: a whole notice is
    marked, and translate through a dict costs ~17x as much on Chinese text."""
    for dash in _dash_table():
        text = text.replace(chr(dash), _DASH_MARK)
    return text


class _DashMatch:
    """The part of ``re.Match`` that the callers of ``_dash_insensitive`` read."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class _DashFinder:
    """``core`` (its dashes as ``_DASH_MARK``) then ``suffix`` if it follows: found by ``str.find`` in the dashless text."""

    __slots__ = ("core", "suffix", "_pattern")

    def __init__(self, core: str, suffix: str) -> None:
        self.core, self.suffix, self._pattern = core, suffix, None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[_DashMatch]:
        """Like ``re.Pattern.finditer``: leftmost matches, each taking the suffix when it fits, none overlapping."""
        norm = _dashless(text)
        if norm is None:  # the text holds the mark itself: the pattern, compiled after all
            if self._pattern is None:
                dashes = _all_dashes()
                core = "".join(f"[{re.escape(dashes)}]" if ch == _DASH_MARK else re.escape(ch) for ch in self.core)
                self._pattern = re.compile(core + (f"(?:{re.escape(self.suffix)})?" if self.suffix else ""))
            yield from self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        core, suffix, n = self.core, self.suffix, len(self.core)
        i = norm.find(core, pos, end)
        while i != -1:
            e = i + n
            if suffix and e + len(suffix) <= end and text.startswith(suffix, e):
                e += len(suffix)
            yield _DashMatch(i, e)
            i = norm.find(core, e, end)


def _optional_suffix(evidence: str) -> tuple[str, str]:
    """``evidence`` without a suffix a restatement may drop (``restated_optional``), and that suffix ("" if none).

    Example: ``_optional_suffix("2024-2025学年度")`` → ``("2024-2025学年", "度")``.
    """
    for unit, suffix in _lex()["restated_optional"].items():
        if evidence.endswith(unit + suffix):
            return evidence[: -len(suffix)], suffix
        if evidence.endswith(unit):
            return evidence, suffix
    return evidence, ""


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence around ``pos``: after the last terminator before it, up to the next one."""
    return _doc_index(text, None).sentence_bounds(pos)


def _restated(text: str, c: _Cand, ctx: Context) -> bool:
    """A plan span already stated earlier (title, then body: 2024-2025学年度…).

    The earlier mention must itself be a deadline with the same dates, so
    2023年 in 2023年上半年 does not hide a later bare 2023年.
    """
    return _doc_index(text, ctx).restated(c)


def _restated_scan(text: str, c: _Cand, ctx: Context) -> bool:
    """``_restated`` by scanning the text before ``c`` (``_DocIndex.restated`` looks it up)."""
    evidence = text[c.start : c.end]
    for m in _dash_insensitive(evidence).finditer(text, 0, c.start):
        lo, hi = _sentence_bounds(text, m.start())
        for e in _explicit_dates(text, lo, hi, ctx):
            if (e.start, e.end) == (m.start(), m.end()) and (e.start_date, e.end_date) == (c.start_date, c.end_date):
                if not _excluded(text, e.start, e.end, lo, hi, ctx):
                    return True
    return False


_NAME_TAIL = 6  # characters after a date that make a restatement the same name


def _restated_name(text: str, c: _Cand, ctx: Context) -> bool:
    """The notice's title restated in its heading or body (关于开展2024年全市…培训的通知 … 开展2024年全市…培训).

    A date followed by the same words as an earlier deadline is that
    deadline's name said again, annotated once. A date followed by other
    words (2024年 in 2024年11月中旬 vs 2024年全市…) is another statement.
    """
    if not _name_tail(text, c):
        return False
    return _doc_index(text, ctx).restated_name(c)


def _name_tail(text: str, c: _Cand) -> str | None:
    """The words after ``c`` that would make a restatement the same name, if there are enough of them."""
    tail = text[c.end : c.end + _NAME_TAIL]
    if len(tail) < _NAME_TAIL or not _re(f"[{zh.CJK}]+").fullmatch(tail):
        return None
    return tail


def _restated_name_scan(text: str, c: _Cand, ctx: Context) -> bool:
    """``_restated_name`` by searching the text before ``c`` (``_DocIndex.restated_name`` looks it up)."""
    tail = _name_tail(text, c)
    if tail is None:
        return False
    phrase = text[c.start : c.end] + tail
    pos = text.find(phrase, 0, c.start)
    while pos != -1:
        lo, hi = _sentence_bounds(text, pos)
        for e in _explicit_dates(text, lo, hi, ctx):
            if (e.start, e.end) == (pos, pos + c.end - c.start) and (e.start_date, e.end_date) == (
                c.start_date, c.end_date
            ) and not _excluded(text, e.start, e.end, lo, hi, ctx):
                return True
        pos = text.find(phrase, pos + 1, c.start)
    return False


def _merge_open_bounds(text: str, cands: list[_Cand]) -> list[_Cand]:
    """自2025年1月1日起至2029年12月31日止: a start bound joined by 至/到 to an end bound is one range.

    So is 自2024年9月1日起施行，至2027年8月31日止 (the validity of the document), and a
    start read on its own right before an end that carries the joiner (国庆节后至11月15日,
    开学后至3月28日, 12月上旬至12月下旬: the start's first day to the end).
    """
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _joined_to_end(text, prev, c):
            out[-1] = _Cand(prev.start, c.end, "range", prev.start_date, c.end_date, None, _PRIO_DATE, rule=prev.rule)
            continue
        close = _closed_after_comma(text, prev, c) if prev is not None else None
        if close is None and prev is not None:
            close = _bridged_to_end(text, prev, c)
        if close is not None and prev is not None:
            out[-1] = _Cand(prev.start, close, "range", prev.start_date, c.end_date, None, _PRIO_DATE, rule=prev.rule)
            continue
        if (
            prev is not None
            and prev.start_date is not None and prev.end_date is None
            and c.start_date is None and c.end_date is not None
            and text[prev.end : c.start] in _words("bound_joiners")
            # across a comma (自…起施行，至…止) only an end that closes on 止 belongs to the start
            and (text[prev.end : c.start].isalpha() or text[c.end - 1 : c.end] == "止")
            and prev.start_date <= c.end_date
        ):
            # the rule of the start bound names the joined range
            out[-1] = _Cand(prev.start, c.end, "range", prev.start_date, c.end_date, None, _PRIO_DATE, rule=prev.rule)
            continue
        out.append(c)
    return out


def _joined_to_end(text: str, prev: _Cand, c: _Cand) -> bool:
    """Whether ``c`` (至11月15日: an end bound that begins with its joiner) directly follows ``prev``, a start.

    ``prev`` has a first day (国庆节后 → 10-02, 12月上旬 → 12-01..12-10) that is not
    later than the end of ``c``; its own last day, if any, is not past that end either.
    """
    if prev.end != c.start or prev.start_date is None or c.start_date is not None or c.end_date is None:
        return False
    if prev.kind not in ("relative", "absolute") or c.kind not in ("relative", "absolute"):
        return False
    if not text.startswith(tuple(w for w in _words("bound_joiners") if w.isalpha()), c.start):
        return False
    return prev.start_date <= c.end_date and (prev.end_date is None or prev.end_date <= c.end_date)


def _closed_after_comma(text: str, prev: _Cand, c: _Cand) -> int | None:
    """自7月12日开始，8月31日结束: where the range that ``prev`` opens and ``c`` closes ends, else None.

    ``prev`` is a start bound ending in a ``range_open_words`` word; a lone comma
    stands between; ``c`` is one day ending in (or followed by) a ``range_close_words`` word.
    """
    if prev.start_date is None or prev.end_date is not None or c.end_date is None:
        return None
    if text[prev.end : c.start] not in (",", "，") or not text[prev.start : prev.end].endswith(_words("range_open_words")):
        return None
    if c.start_date is not None and c.start_date != c.end_date:
        return None
    closers = _words("range_close_words")
    if text[c.start : c.end].endswith(closers):
        end = c.end
    else:
        word = next((w for w in closers if text.startswith(w, c.end)), None)
        if word is None:
            return None
        end = c.end + len(word)
    return end if prev.start_date <= c.end_date else None


def _bridged_to_end(text: str, prev: _Cand, c: _Cand) -> int | None:
    """自印发之日起执行，执行至2027年8月31日: where the range ``prev`` opens and ``c`` closes ends, else None.

    ``prev`` is a start bound (a first day, no last); ``c`` an end bound (a last day,
    no first); between them only what ``range_bridge`` allows (起, the start's verb,
    a comma, a word the end restates, 至). A 结束 / 止 right after ``c`` joins the range.
    """
    if prev.start_date is None or prev.end_date is not None or c.start_date is not None or c.end_date is None:
        return None
    if prev.start_date > c.end_date:
        return None
    # 至 is either the last character before ``c`` or the first of ``c``
    upto = c.start + 1 if text.startswith("至", c.start) else c.start
    lead = text[prev.start : upto]
    bridge = _patterns()["range_bridge"].search(lead)
    # the bridge's 起 is the start bound's own (inside it or right after it), nothing else between
    if bridge is None or bridge.start() > prev.end - prev.start:
        return None
    word = next((w for w in _words("range_close_words") if text.startswith(w, c.end)), "")
    return c.end + len(word)


def _ends_sentence(text: str, start: int, end: int, ends: str | None = None) -> bool:
    """A sentence end (。；!?, or those of ``ends``) lies between ``start`` and ``end``."""
    return any(text.find(ch, start, end) >= 0 for ch in (ends or zh.SENTENCE_ENDS))


_FULL_STOPS = "。！？!?\n"  # the ends of a whole sentence, not of a clause (；)


def _lone_bound_of_count(text: str, k: int, c: _Cand) -> bool:
    """每学年开展一次体质测试，数据于12月15日前上报: the count's one dated bound is a one-off.

    The bound (…前) sits in a later clause of the counting sentence and is the only month
    that sentence names: the gold dates it in the notice's year (11 of 14 such items across
    the sets). A schedule of several dated steps after the count (每年组织一次：5月上旬摸底，
    6月中旬公示，8月25日前到岗) is still a yearly cycle.
    """
    if not text[c.start : c.end].endswith(tuple(_words("end_suffixes"))):
        return False
    years = _words("cycle_year_words") + _words("next_year_words")
    if text.endswith(years, 0, c.start) or text.startswith(years, c.start):
        # 测试数据于当年12月15日前上报, 于次年1月10日前: the year is counted from each cycle's
        # own year, so the bound recurs with it (gold: heldout10, 133, 147, 217)
        return False
    if zh.CLAUSE_BREAK.search(text, k, c.start) is None:
        return False
    stop = min((i for ch in zh.SENTENCE_ENDS if (i := text.find(ch, c.end)) >= 0), default=len(text))
    return len(_patterns()["listed_month"].findall(text, k, stop)) == 1


def _in_annual_cycle(text: str, c: _Cand) -> bool:
    """A yearless date that follows 每年 in the same paragraph is a step of that yearly cycle.

    每年5月底前摸排名单；6月中旬公布；8月底前报到 and 每年6月确定名单，于7月15日前报备。
    交流教师于8月25日前到岗: every step recurs each year, so none has dates.
    A year named after the 每年 (今年, 2024年) makes the later date a one-off again.
    """
    ev = text[c.start : c.end]
    if not _patterns()["yearless_step"].match(ev):
        return False
    line = _line_start(text, c.start)
    found = [(k, w) for w in _words("annual_cycle_words") if (k := text.rfind(w, line, c.start)) >= 0]
    if not found:
        return False
    k, w = max(found)
    if _patterns()["annual_frequency"].match(text, k + len(w), c.start) and (
        _ends_sentence(text, k, c.start) or _lone_bound_of_count(text, k, c)
    ):
        # 市教育局每学年组织一次培训。各校于10月31日前完成…: the 每学年 counted the acts of the
        # sentence before, it opens no yearly cycle of dated steps for the next one
        return False
    if _patterns()["list_item"].search(text, k + len(w), c.start) and _ends_sentence(text, k, c.start, _FULL_STOPS):
        # （三）校长每学年任课不少于4节。（四）各校于8月20日前…: a new item, a new topic; steps
        # numbered inside one sentence ((一)每年5月下旬摸底；(二)6月中旬公示) are still the cycle's
        return False
    return not _patterns()["named_year"].search(text, k + len(w), c.start)


# The functions a rule's ``reader`` names: each turns one match into candidates.
READERS: dict[str, Callable[..., Iterator[_Cand]]] = {
    "recurring": _read_recurring,
    "every_weekday": _read_every_weekday,
    "every_years": _read_every_years,
    "date_run": _read_date_run,
    "numeric_date": _read_numeric_date,
    "chinese_date": _read_chinese_date,
    "relative_year": _read_relative_year,
    "act_year": _read_act_year,
    "this_term": _read_this_term,
    "ocr_range": _read_ocr_range,
    "five_year_plan": _read_five_year_plan,
    "yearless_part": _read_yearless_part,
    "yearless_season": _read_yearless_season,
    "yearless_vacation": _read_yearless_vacation,
    "scheduled_vacation": _read_scheduled_vacation,
    "within_year": _read_within_year,
    "holiday": _read_holiday,
    "term_opening": _read_term_opening,
    "term_first_week": _read_term_first_week,
    "bare_term_week_before": _read_bare_term_week_before,
    "activity_end_after": _read_activity_end_after,
    "term_point": _read_term_point,
    "person_span": _read_person_span,
    "entry_before": _read_entry_before,
    "ordinal_year": _read_ordinal_year,
    "service_year": _read_service_year,
    "span_end": _read_span_end,
    "this_school_year": _read_this_school_year,
    "school_year_end": _read_school_year_end,
    "within": _read_within,
    "forward": _read_forward,
    "period_before": _read_period_before,
    "ahead": _read_ahead,
    "vacation_start": _read_vacation_start,
    "event_before": _read_event_before,
    "through": _read_through,
    "period_after": _read_period_after,
    "from_doc": _read_from_doc,
    "event_period": _read_event_period,
}


# ---------------------------------------------------------------- per-document index

# Sentence ends for ``_sentence_bounds``. None of them can be part of a year
# reference (``year_ref``), of a restated span or of a restated name, so a
# scan for those never crosses one: the index relies on it.
_TERMINATORS = "。；;！？!?\n"
_TERMINATOR_RE = re.compile(f"[{re.escape(_TERMINATORS)}]")

# Years and restatements this close to the start are scanned for: the scan of
# a short prefix is cheap, while the index reads the whole notice (for
# restatements it runs the date rules over every sentence, which made deadlines
# ~1.5x slower on 4,000-character notices).
_SCAN_LIMIT = 20_000


class _DocIndex:
    """What the per-candidate helpers look up in one document instead of rescanning its text from the start.

    ``_reference_date``, ``_sentence_bounds``, ``_restated`` and
    ``_restated_name`` ask about the text around a candidate. Scanning it from
    offset 0 for every candidate made extraction quadratic in the length of a
    notice (8 MB in one file: ~27 s, against ~6 s for eight files of 1 MB).
    Built on first use, once
    per document (text and context), each answer is the same as the scan's.

    Example: ``_doc_index("通知。2024年9月前完成", ctx).sentence_bounds(5)`` →
    ``(3, 13)``, as ``_sentence_bounds`` scanned it.
    """

    def __init__(self, text: str, ctx: Context | None, terminators: list[int] | None = None) -> None:
        self.text = text
        self.ctx = ctx
        self.doc_date = ctx.doc_date if ctx is not None else None
        self.region = ctx.region if ctx is not None else None
        self.terminators = terminators if terminators is not None else [
            m.start() for m in _TERMINATOR_RE.finditer(text)
        ]
        self._chars: dict[str, list[int]] = {}
        self._year_starts: list[int] | None = None
        self._year_latest: list[date | None] = []
        # Restatements: sentences indexed so far (the next one starts at sentence
        # number ``_next_sentence``), their deadlines, and the first of each.
        self._next_sentence = 0
        self._sentences: dict[int, list[tuple[int, int, tuple[str, date | None, date | None]]]] = {}
        self._first_span: dict[tuple[str, date | None, date | None], int] = {}
        self._first_name: dict[tuple[str, date | None, date | None], int] = {}
        self._broken = False

    def fits(self, ctx: Context) -> bool:
        """Whether this index was built with ``ctx`` as it is now (its date and region decide the answers)."""
        return self.ctx is ctx and self.doc_date == ctx.doc_date and self.region is ctx.region

    # ---- sentences

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around ``pos``: after the last terminator before it, up to the next one."""
        t = self.terminators
        i = bisect_left(t, pos)
        return (t[i - 1] + 1 if i else 0), (t[i] if i < len(t) else len(self.text))

    # ---- lines and brackets

    def line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``."""
        nl = self._positions("\n")
        i = bisect_left(nl, pos)
        return nl[i - 1] + 1 if i else 0

    def line_end(self, pos: int) -> int:
        """``text.find("\\n", pos)``."""
        nl = self._positions("\n")
        i = bisect_left(nl, pos)
        return nl[i] if i < len(nl) else -1

    def inside_pair(self, lo: int, pos: int, opener: str, closer: str) -> int:
        """``_inside_pair`` for one-character marks, from their offsets."""
        opens = self._positions(opener)
        i = bisect_left(opens, pos)
        o = opens[i - 1] if i and opens[i - 1] >= lo else -1
        if o == -1:
            return -1
        if opener == closer:
            return o if (i - bisect_left(opens, lo)) % 2 == 1 else -1
        closes = self._positions(closer)
        j = bisect_left(closes, pos)
        c = closes[j - 1] if j and closes[j - 1] >= lo else -1
        return o if c < o else -1

    def _positions(self, ch: str) -> list[int]:
        """Every offset of the character ``ch``, found once."""
        found = self._chars.get(ch)
        if found is None:
            found = self._chars[ch] = [m.start() for m in re.finditer(re.escape(ch), self.text)]
        return found

    # ---- reference dates

    def reference_date(self, pos: int) -> date | None:
        """``_reference_date`` at ``pos``: the last usable ``year_ref`` match before it, else the document date.

        ``year_ref.finditer(text, 0, pos)`` finds the same matches as a scan of
        the whole text up to the last terminator ``b`` before ``pos`` (no match
        reads a terminator, so none reads past ``b``), plus those of
        ``finditer(text, b + 1, pos)``. Only that last stretch is scanned; the
        rest is a lookup.
        """
        text = self.text
        if self._year_starts is None:
            self._index_years()
            assert self._year_starts is not None
        t = self.terminators
        i = bisect_left(t, pos)
        b = t[i - 1] if i else -1
        for m in reversed(list(_patterns()["year_ref"].finditer(text, b + 1, pos))):
            found = _year_reference(text, m, self.doc_date)
            if found is not None:
                return found
        k = bisect_right(self._year_starts, b)
        latest = self._year_latest[k - 1] if k else None
        return latest if latest is not None else self.doc_date

    def _index_years(self) -> None:
        starts: list[int] = []
        latest: list[date | None] = []
        last: date | None = None
        for m in _patterns()["year_ref"].finditer(self.text):
            found = _year_reference(self.text, m, self.doc_date)
            if found is not None:
                last = found
            starts.append(m.start())
            latest.append(last)
        self._year_starts, self._year_latest = starts, latest

    # ---- restatements

    def restated(self, c: _Cand) -> bool:
        """``_restated_scan``, answered from the deadlines of the sentences before ``c``.

        ``_dash_insensitive(evidence)`` matches only characters of a sentence,
        so its matches before ``c`` are those of each sentence scanned alone.
        An earlier deadline counts if it is such a match: the first one of each
        (normalised evidence, dates) is kept per whole sentence; the sentence
        holding ``c`` is checked on the spot.
        """
        text = self.text
        evidence = text[c.start : c.end]
        if not self._indexed(evidence, c.start):
            assert self.ctx is not None
            return _restated_scan(text, c, self.ctx)
        key = (_span_key(evidence), c.start_date, c.end_date)
        first_end = self._first_span.get(key)
        if first_end is not None and first_end <= c.start:
            return True
        lo, _hi = self.sentence_bounds(c.start)
        here = [(s, e) for s, e, k in self._sentences.get(lo, ()) if k == key and e <= c.start]
        if not here:
            return False
        spans = {m.span() for m in _dash_insensitive(evidence).finditer(text, lo, c.start)}
        return any(span in spans for span in here)

    def restated_name(self, c: _Cand) -> bool:
        """``_restated_name_scan``: the first deadline of each evidence + following words, looked up."""
        text = self.text
        evidence = text[c.start : c.end]
        if not self._indexed(evidence, c.start):
            assert self.ctx is not None
            return _restated_name_scan(text, c, self.ctx)
        phrase = text[c.start : c.end + _NAME_TAIL]
        first = self._first_name.get((phrase, c.start_date, c.end_date))
        return first is not None and first + len(phrase) <= c.start

    def _indexed(self, evidence: str, upto: int) -> bool:
        """Index the sentences up to the one holding ``upto``; False if the index cannot answer for ``evidence``."""
        if upto <= _SCAN_LIMIT or self._broken or not _sentence_bound():
            return False
        if any(ch in _TERMINATORS for ch in evidence):
            return False
        try:
            self._index_sentences(upto)
        except Exception:  # noqa: BLE001  the scan will meet (and report) the same failure where it matters
            self._broken = True
            return False
        return True

    def _index_sentences(self, upto: int) -> None:
        """The deadlines (not excluded) of every sentence starting at or before ``upto``."""
        text, ctx, t = self.text, self.ctx, self.terminators
        assert ctx is not None
        n = len(t)
        while self._next_sentence <= n:
            j = self._next_sentence
            lo = t[j - 1] + 1 if j else 0
            if lo > upto:
                return
            hi = t[j] if j < n else len(text)
            # Every date has a digit (``run`` and ``ocr_range`` start with one): most sentences have none.
            found = [
                e for e in _explicit_dates(text, lo, hi, ctx) if not _excluded(text, e.start, e.end, lo, hi, ctx)
            ] if _DIGIT.search(text, lo, hi) else []
            spans: dict[str, set[tuple[int, int]]] = {}
            entries = []
            for e in found:
                ev = text[e.start : e.end]
                key = (_span_key(ev), e.start_date, e.end_date)
                entries.append((e.start, e.end, key))
                name = (text[e.start : e.end + _NAME_TAIL], e.start_date, e.end_date)
                self._first_name[name] = min(e.start, self._first_name.get(name, e.start))
                if key in self._first_span:
                    continue
                if key[0] not in spans:
                    spans[key[0]] = {m.span() for m in _dash_insensitive(ev).finditer(text, lo, hi)}
                if (e.start, e.end) in spans[key[0]]:
                    self._first_span[key] = hi
            if entries:
                self._sentences[lo] = entries
            self._next_sentence = j + 1


@lru_cache(maxsize=1)
def _sentence_bound() -> bool:
    """Whether a restated span stays inside its sentence: no dash of the lexicon is a terminator."""
    return not set(_all_dashes()) & set(_TERMINATORS)


def _span_key(evidence: str) -> str:
    """What every match of ``_dash_insensitive(evidence)`` has in common: dashes as "-", no 度 after a final 年."""
    dashes = _all_dashes()
    core, _optional = _optional_suffix(evidence)
    return "".join("-" if ch in dashes else ch for ch in core)


_last_index: _DocIndex | None = None


def _doc_index(text: str, ctx: Context | None) -> _DocIndex:
    """The index of ``text`` read with ``ctx``, built on first use; ``ctx=None`` asks only for sentences.

    One document is extracted provision after provision, so the index of the
    last one is kept (like ``bodies._by_ordinal``).
    """
    global _last_index
    idx = _last_index
    if idx is not None and idx.text is text and (ctx is None or idx.fits(ctx)):
        return idx
    idx = _DocIndex(text, ctx, idx.terminators if idx is not None and idx.text is text else None)
    _last_index = idx
    return idx


def extract_deadlines(text: str, prov: Provision, ctx: Context) -> Iterator[Deadline]:
    """Deadlines in one provision, with offsets into the whole document text.

    Args:
        text: the whole cleaned document text.
        prov: the sentence to read; ``prov.start``/``prov.end`` index ``text``.
        ctx: the document context; ``ctx.doc_date`` resolves relative dates.

    Example:
        ``2024年8月-2025年6月`` → range 2024-08-01..2025-06-30;
        ``学校年度培训启动会后一周内`` → relative, anchor 学校年度培训启动会, dates None.
    """
    lo, hi = prov.start, prov.end
    prefilter = _gates()[3]
    if prefilter is not None and not prefilter.search(text, lo, hi):
        return
    alive = _alive(text, lo, hi)
    if not alive:
        return
    cands: list[_Cand] = []
    for family in FAMILIES:
        if not alive.keys().isdisjoint(_family_ids(family)):
            cands += _run_family(family, text, lo, hi, ctx, alive)
    for c in _merge_open_bounds(text, _resolve(cands)):
        if _excluded(text, c.start, c.end, lo, hi, ctx, recurring=c.kind == "recurring"):
            continue
        if c.dedupe and _restated(text, c, ctx):
            continue
        if c.priority == _PRIO_DATE and _restated_name(text, c, ctx):
            continue
        if c.kind == "relative" and _in_annual_cycle(text, c):
            c = _Cand(c.start, c.end, "recurring", None, None, None, c.priority, rule=c.rule)
        yield Deadline(
            kind=c.kind,
            start_date=c.start_date.isoformat() if c.start_date else None,
            end_date=c.end_date.isoformat() if c.end_date else None,
            anchor=c.anchor,
            evidence=text[c.start : c.end],
            start=c.start,
            end=c.end,
            rule=c.rule,
        )


def get_deadlines(doc: AnyDoc) -> Iterator[Deadline]:
    """Every deadline of a document (see :func:`extract_deadlines`).

    Example: for seed 004 (成文 2023-10-20), ``2-3年内`` → relative 2023-10-20..2026-10-20.
    """
    # An event span with no dates (交流期间, 研修期间) said again later is the
    # same span, not a new one: only dated expressions differ by statement.
    # A dated span of a vacation or holiday (暑假期间 → 08-01..08-31) said again is the
    # same span too (``restated_span_endings``), as is the coming vacation's eve said
    # again (放假前 … 放假前, ``restated_once_rules``): the sets annotate it once. So is a
    # bare 本学期 said again (``restated_once_evidence``), the notice's term each time.
    seen: set[tuple[str, str | None, str | None]] = set()
    found = []
    for d in per_provision(doc, "deadlines", extract_deadlines):
        if d.kind == "relative" and (d.start_date is None and d.end_date is None
                                     or d.evidence.endswith(_words("restated_span_endings"))
                                     or d.rule in _words("restated_once_rules")
                                     or d.evidence in _words("restated_once_evidence")):
            key = (d.evidence, d.start_date, d.end_date)
            if key in seen:
                continue
            seen.add(key)
        found.append(d)
    text = doc_parts(doc)[0]
    yield from _date_stated_activity(text, _join_dated_vacation(text, _join_listed(text, _drop_title_restated(text, found))))


@lru_cache(maxsize=1)
def _after_end_span() -> re.Pattern[str]:
    """结束后N周内 and the like: the day and month units of ``duration_units`` (working days and hours stay null)."""
    units = sorted((u for u, (field, _) in _lex()["duration_units"].items() if field in ("day", "month")), key=len, reverse=True)
    return re.compile(r"结束后(?P<n>[一二三四五六七八九十两\d]{1,3})(?P<u>" + "|".join(map(re.escape, units)) + ")内")


def _date_stated_activity(text: str, found: list[Deadline]) -> list[Deadline]:
    """Undated spans of an activity whose span the notice states under a label take their dates from it.

    一、活动时间2024年9月9日至2025年1月10日 … 活动期间 → 2024-09-09..2025-01-10;
    活动结束后一周内 → 2025-01-11..2025-01-17. The first labelled dated span counts
    (``stated_span_labels``); 活动结束后5个工作日内 stays null (no holiday calendar).
    """
    labels, links = _words("stated_span_labels"), "".join(_words("stated_span_links"))
    span = next((d for d in sorted(found, key=lambda d: d.start) if d.start_date and d.end_date
                 and text[max(0, d.start - 64): d.start].rstrip(links).endswith(labels)), None)
    if span is None:  # 活动结束后 alone bounds nothing the notice dates
        return [d for d in found if d.rule != "deadline.activity_end_after"]
    s0, e0 = date.fromisoformat(span.start_date), date.fromisoformat(span.end_date)
    events = _words("stated_span_events")
    out = []
    for d in found:
        if d.kind == "relative" and d.start_date is None and d.end_date is None and d.anchor:
            if d.anchor in events and d.evidence.endswith(_words("restated_span_endings")):
                d = replace(d, start_date=s0.isoformat(), end_date=e0.isoformat())
            elif d.anchor.startswith(events) and d.anchor.endswith(_lex()["anchor_links"]["结束后"]):
                m = _after_end_span().search(d.evidence)
                n = _num(m.group("n")) if m else None
                if d.rule == "deadline.activity_end_after":
                    d = replace(d, start_date=(e0 + timedelta(days=1)).isoformat())
                elif n:
                    field, mult = _lex()["duration_units"][m.group("u")]
                    e = _add_months(e0, n * mult) if field == "month" else e0 + timedelta(days=n * mult)
                    d = replace(d, start_date=(e0 + timedelta(days=1)).isoformat(), end_date=e.isoformat())
        out.append(d)
    return out


def _join_dated_vacation(text: str, found: list[Deadline]) -> list[Deadline]:
    """A vacation and the dates that state it are one span: 暑假期间（7月1日至8月31日）, 7月中旬至8月中旬暑假期间.

    The vacation's own calendar (SCHEMA: 暑假 = August) gives way to the dates the
    notice writes for it, bracketed right after it (``vacation_date_brackets``) or right before it.
    """
    vacations = tuple(_lex()["vacations"])
    pairs = _lex()["vacation_date_brackets"]
    out: list[Deadline] = []
    for d in sorted(found, key=lambda d: d.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "relative" and prev.evidence.startswith(vacations) \
                and d.kind == "range" and d.start_date and d.end_date \
                and text[prev.end : d.start] in pairs and text[d.end : d.end + 1] == pairs[text[prev.end : d.start]]:
            out[-1] = replace(d, start=prev.start, end=d.end + 1, evidence=text[prev.start : d.end + 1])
            continue
        if prev is not None and prev.kind == "range" and prev.start_date and prev.end_date \
                and d.kind == "relative" and d.evidence.startswith(vacations) and prev.end == d.start:
            out[-1] = replace(prev, end=d.end, evidence=text[prev.start : d.end])
            continue
        out.append(d)
    return out


def _join_listed(text: str, found: list[Deadline]) -> list[Deadline]:
    """Months listed under one statement are one deadline (于7月、8月 → 07-01..08-31; 每年4月30日前和11月30日前).

    Two neighbours joined only by ``list_joiners`` make one when both are whole
    yearless months (``listed_month``), or when the first repeats (每年…) and the
    second, read as a step of that cycle, repeats too (but not a clock time: 每天12:00—15:00、18:00—20:00
    are two windows of the day, each a deadline). A list said of each of
    its items (于6月、10月各开展一次督导: ``list_each_words``) stays one per item.
    """
    hp = _helper_patterns()
    joiners = _words("list_joiners")
    out: list[Deadline] = []
    for d in sorted(found, key=lambda d: d.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == d.kind and text[prev.end : d.start] in joiners \
                and not text.startswith(_words("list_each_words"), d.end) and (
            (d.kind == "relative" and hp["listed_month"].fullmatch(prev.evidence)
             and hp["listed_month"].fullmatch(d.evidence))
            or (d.kind == "recurring" and prev.evidence.startswith(_words("every_words"))
                and d.evidence[:1].isdigit() and not hp["clock_time"].search(d.evidence))
        ):
            out[-1] = replace(prev, end_date=d.end_date, evidence=text[prev.start : d.end], end=d.end)
            continue
        if prev is not None and _shares_bound(text, prev, d):
            # 1月10日、6月30日前 / 中秋节、国庆节假期期间: the bound after the last item is said of the
            # whole list, one statement: the span runs from the first item to the last one's end.
            start = None if d.start_date is None else min(x for x in (prev.start_date, d.start_date) if x)
            out[-1] = replace(d, start=prev.start, evidence=text[prev.start : d.end], start_date=start)
            continue
        out.append(d)
    return out


def _shares_bound(text: str, prev: Deadline, d: Deadline) -> bool:
    """Whether ``prev``, a bare day or holiday, is listed right before ``d``, which ends on a bound the list shares.

    ``list_shared_bounds`` are the bounds (前, 期间 …); ``prev`` has none of them and is one day
    (1月10日) or a holiday without dates (中秋节); the list is not said of each item (各, 分别).
    """
    bounds = _words("list_shared_bounds")
    if text[prev.end : d.start] not in _words("list_joiners") or text.startswith(_words("list_each_words"), d.end):
        return False
    if prev.kind not in ("relative", "absolute") or d.kind != prev.kind or prev.evidence.endswith(bounds):
        return False
    return prev.start_date == prev.end_date and d.evidence.endswith(bounds)


def _drop_title_restated(text: str, found: list[Deadline]) -> list[Deadline]:
    """The plan year of the notice's title line, said again in its body, is annotated at the body's statement.

    关于做好2025年教师交流轮岗工作的通知 … 现就做好2025年教师交流轮岗工作通知如下:
    one deadline (the body's). The body restates it as the notice's own work
    (``plan_year_lead``: 做好/开展/实施… before it, ``plan_year_follow``: 继续… after
    it); a year of a cited plan or of an attachment is no restatement, and a title
    whose year the body never restates keeps it.
    """
    titled = [d for d in found if d.kind == "absolute" and _on_title_line(text, d.start)]
    if not titled:
        return found
    hp = _helper_patterns()
    body = {
        (d.start_date, d.end_date) for d in found
        if d.kind == "absolute" and not _on_title_line(text, d.start)
        and (hp["plan_year_lead"].search(text, max(0, d.start - _PLAN_LEAD_REACH), d.start)
             or hp["plan_year_follow"].match(text, d.end))
    }
    drop = {id(d) for d in titled if (d.start_date, d.end_date) in body}
    return [d for d in found if id(d) not in drop]


_PLAN_LEAD_REACH = 8  # how far before a restated plan year its verb (现就做好, 决定开展 …) is looked for


def _on_title_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line shaped as a notice's title (关于…的通知 alone on its line)."""
    line = _line_start(text, pos)
    end = _line_end(text, pos)
    return bool(_helper_patterns()["title_line"].fullmatch(text[line : len(text) if end < 0 else end].strip()))
