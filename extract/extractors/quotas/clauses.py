"""Clauses of a provision, the periods written in it (每学期, 每年 …), and the readers of the units and patterns of
quotas.yml's exclusion rules that run before any candidate is read."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from ...lexicons import alternation, load
from ...zh import clause_spans, CN_DIGITS

from .lexicon import (
    DIMENSION, EXCEED_TRIGGER, FROM_VALUE, _Lexicon, _lexicon, LISTED_COUNT, _need, ORDINAL_LIST, _Rules,
)


# word tuple -> (the tuple, each word's first index, word lengths): a hit is
# then found by a few slices and dict lookups, not a Python loop over the tuple.
# The tuple is kept in the value, so its id is never reused while cached.
_SHORT_TUPLE = 16  # longer tuples skip str.endswith(tuple), which tries every word
_WORD_INDEX: dict[int, tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]] = {}


def _word_index(words: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]:
    index: dict[str, int] = {}
    for i, w in enumerate(words):
        index.setdefault(w, i)
    cached = _WORD_INDEX[id(words)] = (words, index, tuple(sorted({len(w) for w in words})))
    return cached


def _starts_with_any(s: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``s`` starts with."""
    if not words:
        return None
    if len(words) <= _SHORT_TUPLE and not s.startswith(words):
        return None
    cached = _WORD_INDEX.get(id(words))
    if cached is None or cached[0] is not words:
        cached = _word_index(words)
    _, index, lengths = cached
    best = None
    for k in lengths:
        if k > len(s):
            break
        i = index.get(s[:k])
        if i is not None and (best is None or i < best):
            best = i
    return None if best is None else words[best]


AFTER_EVENT = "quota.not.after_event"
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")


@lru_cache(maxsize=1)
def _after_event_marks() -> tuple[frozenset[str], tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]:
    """quota.not.after_event: its units, its deadline words, the event word (后), what
    follows the unit (内, 之内) and the reporting verbs that make a bare 内 a deadline."""
    rule = next(e for e in load("quotas")["rules"] if e["id"] == AFTER_EVENT)
    (event, within), = rule["after_unit"].items()
    return frozenset(rule["units"]), tuple(rule["words"]), event, tuple(within), tuple(rule["report_verbs"])


@lru_cache(maxsize=None)
def _rule_marks(rule: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """An exclusion rule of quotas.yml read once: its units and its pattern (quota.not.page_counter: the counter
    label right before the numeral; alternative: the first count, 或 and the verb; class_ratio_staff: the range
    of classes before 1名; span_weeks: the date span before 共N周)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(rule, "units")), re.compile(rules.get(rule, "pattern"))


@lru_cache(maxsize=None)
def _frame_marks(rule: str) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    """An exclusion rule of quotas.yml that frames an amount: its units, the words right before
    the numeral and the pattern right after the unit (quota.not.tenure_exemption: 任职不满 … 的，不…;
    unit_age_exemption, project_age, ratio_base, grade_count)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(rule, "units")), rules.words(rule), re.compile(rules.get(rule, "pattern"))


def _framed_by(rule: str, s: str, a: int, b: int, unit: str) -> bool:
    """Whether the amount s[a:b] in ``unit`` stands in the frame of exclusion ``rule`` (_frame_marks)."""
    units, before, after = _frame_marks(rule)
    return unit in units and s.endswith(before, 0, a) and bool(after.match(s, b))


@lru_cache(maxsize=1)
def _from_value_marks() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """quota.not.from_value: the words right before the numeral (由) and the verb of change
    with 至 right after the unit (延长至)."""
    rules = _Rules(load("quotas")["rules"])
    return rules.words(FROM_VALUE), re.compile(rules.get(FROM_VALUE, "pattern"))


@lru_cache(maxsize=1)
def _dimension_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """quota.not.dimension: its length units and the multiplication signs beside them (×)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(DIMENSION, "units")), rules.words(DIMENSION)


@lru_cache(maxsize=1)
def _exceed_marks() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """quota.not.exceed_trigger: its units, the exceeding word right before the numeral (超过),
    the negations before that word that keep a cap (不, 不得) and what follows the unit (的)."""
    rules = _Rules(load("quotas")["rules"])
    return (frozenset(rules.words(EXCEED_TRIGGER, "units")), rules.words(EXCEED_TRIGGER),
            rules.words(EXCEED_TRIGGER, "until"), re.compile(rules.get(EXCEED_TRIGGER, "pattern")))


def _exceed_trigger(s: str, a: int, b: int, unit: str) -> bool:
    """"误差超过5%的学校须重新测试": a share after a bare 超过 and before 的 names the units a check
    catches (quota.not.exceed_trigger); ``a``/``b`` are where the numeral starts and the hit ends."""
    units, words, negations, after = _exceed_marks()
    if unit not in units or after.match(s, b) is None:
        return False
    word = next((w for w in words if s.endswith(w, 0, a)), None)
    return word is not None and not s.endswith(negations, 0, a - len(word))


@lru_cache(maxsize=1)
def _ordinal_list_re() -> re.Pattern[str]:
    """quota.not.ordinal_list: an ordinal and a list mark right before the numeral (第二、)."""
    return re.compile(_Rules(load("quotas")["rules"]).get(ORDINAL_LIST, "pattern"))


GLOSSED_TERM = "quota.not.glossed_term"


@lru_cache(maxsize=1)
def _glossed_marks() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], str]:
    """marks.glossed_units, glossed_term and glossed_unit: a count of terms glossed in years
    (两届（6年）), the numeral of the gloss and the unit it is written in."""
    m = load("quotas")["marks"]
    return (frozenset(_need(m, "glossed_units", "marks")), re.compile(_need(m, "glossed_term", "marks")),
            re.compile(rf"\d+|[{CN_DIGITS}]+"), _need(m, "glossed_unit", "marks"))


@lru_cache(maxsize=1)
def _listed_count_marks() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...], str, re.Pattern[str],
                                   tuple[str, ...], tuple[str, ...]]:
    """quota.not.listed_count: its units, what may stand between the list and the numeral,
    the words no bare list holds, the item separator, the joiners of the last two items,
    the words holding a stop word that are none (满意) and the verbs that open a list (分为, 包括)."""
    q = load("quotas")
    rule = next(e for e in q["rules"] if e["id"] == LISTED_COUNT)
    gap = re.compile(rf"(?:{alternation(rule['words'])})$")
    return (frozenset(rule["units"]), gap, tuple(rule["until"]), _need(q["marks"], "list_separators", "marks")[0],
            re.compile(alternation(_need(q["marks"], "conjunctions", "marks"))),
            tuple(rule.get("keep", ())), tuple(rule.get("openers", ())))


def _listed_count(s: str, a: int, value: float | None) -> bool:
    """Whether the count at ``a`` closes a list of as many items as it counts ("语文、数学和英语3个学科")."""
    if value is None or value < 2:
        return False
    _, gap, stops, sep, joiners, keep, openers = _listed_count_marks()
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
    run = s[start:a]
    # "每名校长考核材料包括A、B、C共3项": the list starts after the verb that opens it
    start = max((run.rfind(o) + len(o) for o in openers if o in run), default=0)
    run = run[start:]
    m = gap.search(run)
    if m:
        run = run[: m.start()]
    bare = run
    for w in keep:
        bare = bare.replace(w, "")
    if sep not in run or any(w in bare for w in stops):
        return False
    items = run.split(sep)
    joined = list(joiners.finditer(items[-1]))
    # the verb is sought after the last joiner only: "队伍建设和办学成效" is a noun item joined to the last one
    last = items[-1][joined[-1].end():] if joined else items[-1]
    if not all(items) or any(v in last for v in _lexicon().target_verbs):
        return False  # "小学、初中新建2所学校": what the verb produces
    n = len(items) + (1 if joined else 0)
    return n == value


@lru_cache(maxsize=1)
def _limit_marks() -> dict[str, list[str]]:
    """marks.time_limit (quota.not.after_event): the units, the verbs right after 内 and the clause words that keep it."""
    return load("quotas")["marks"]["time_limit"]


def _after_event(s: str, a: int, b: int) -> bool:
    """Whether the span ``s[a:b]`` is counted from an event and bounds a deadline
    ("事发后30分钟内", "最迟不超过听课后3个工作日"), or bounds when to report ("30分钟内电话报告")."""
    _, words, event, within, reports = _after_event_marks()
    if not s.endswith(event, 0, a):
        # "30分钟内电话报告": no event named, but the span bounds when to report
        w = _starts_with_any(s[b:], within)
        if w is None:
            return False
        m = _CLAUSE_BREAK.search(s, b)
        tail = s[b + len(w): m.start() if m else len(s)]
        if any(r in tail for r in reports):
            return True
        # "学校应在15分钟内完成交接": a time limit on an act, unless its clause is about homework (the time a pupil
        # spends, "书面作业须在60分钟内完成")
        limit = _limit_marks()
        head = max((k.end() for k in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
        return (any(s[a:b].endswith(u) for u in limit["units"])
            and _starts_with_any(tail, tuple(limit["verbs"])) is not None
            and not any(x in s[head: m.start() if m else len(s)] for x in limit["unless"]))
    if s.startswith(within, b):
        return True
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
    return any(s.find(w, start, a) >= 0 for w in words)


def _clause_bounds(s: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Clause spans of a provision: split on ，；：。 and before "（其中"."""
    return clause_spans(s, lex.cut_re)


def _clause_index(bounds: list[tuple[int, int]], pos: int, starts: list[int] | None = None) -> int:
    """The clause of ``bounds`` holding ``pos``; pass ``starts`` (each clause's start) when asking often."""
    if starts is None:
        starts = [a for a, _ in bounds]
    return max(0, bisect_right(starts, pos) - 1)


class _Period(NamedTuple):
    # a tuple, not a frozen dataclass: thousands are made per MB and read once
    start: int
    end: int
    period: str


def _find_periods(s: str, lex: _Lexicon) -> list[_Period]:
    """Period words in ``s`` (每学期 → semester; 每五年, 五年共 → total)."""
    if not lex.period_start_re.search(s):
        return []  # most activity phrases ("听课") hold no period at all
    found: list[_Period] = [_Period(m.start(), m.end(), "total") for m in lex.multi_period_re.finditer(s)]
    multi = bool(found)
    not_after = lex.period_not_after
    # the words around a match are tested in place (endswith/startswith with
    # bounds), as the slices before and after it would be
    for m in lex.period_re.finditer(s):
        a, b = m.span()
        if multi and any(p.start <= a < p.end for p in found):
            continue
        word = m.group(0)
        if a and (s[a - 1].isdigit() or (not word.startswith(lex.every) and s.endswith(not_after, 0, a))):
            continue
        na = lex.period_not_after_word.get(word)
        if na and s.endswith(na, 0, a):
            continue
        nb = lex.period_not_before.get(word)
        if nb and s.startswith(nb, b):
            continue
        nb = lex.period_not_before_opening.get(word)
        if nb and s.startswith(nb, b) and lex.marker_re.match(s).end() >= a:
            continue
        found.append(_Period(a, b, lex.period_of[word]))
    for m in lex.each_this_term_re.finditer(s):
        a, b = m.span(m.lastgroup)  # the one named group of the alternative that matched: the period words
        found.append(_Period(a, b, "semester"))
        multi = True
    if multi:  # period_re's own matches come in order
        found.sort(key=lambda p: p.start)
    return found
