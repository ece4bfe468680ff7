"""Quotas: numeric or countable requirements (每学期至少听课30节, 不少于72课时, 1到2所, 85%以上).

A quota is found from its numeral and measure word ("30节", "一次", "1到2所",
"百分之三十"), then read from the clause around it: the comparator (至少,
不少于, 以上 …), the period (每学期, 每年 …), the actor heading the clause or
the sentence, and the activity counted. All words, patterns and exclusions
live in ``schema/lexicons/quotas.yml``, ``roles.yml`` and ``activities.yml``.

Example:
    >>> from extract.types import Context, Provision
    >>> s = "校长每学期至少听课30节，业务副校长和教导主任每学期听课至少40节。"
    >>> [(q.actor, q.value, q.unit) for q in extract_quotas(s, Provision(0, None, s, 0, len(s)), Context())]
    [('校长', 30.0, '节'), ('业务副校长和教导主任', 40.0, '节')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import alternation, load
from ..zh import (
    AR_NUMERAL, CJK, CLAUSE_BREAK, CLAUSE_BREAKS, CN_DIGITS, CN_NUMERAL, NUMERAL, clause_spans, inside_marks, marker_kinds,
    ocr_marker_alternation, to_halfwidth, to_number, word_set,
)
from ..types import Context, Provision, Quota
from .base import AnyDoc, per_provision

# The rule id stored with every row: one coarse id until the quotas rules become
# lexicon entries of their own (issue 10).
_RULE = "quota.default"
# Clauses end at these; "（其中" also opens a clause of its own.
_SUBCLAUSE = re.compile(r"[（(](?=其中|含|包括)")
_MULTI_FIRSTS = r"每两二三四五六七八九十\d"  # what multi_period_re's branches start with
_CUT_RE = re.compile(rf"[{CLAUSE_BREAKS}]|{_SUBCLAUSE.pattern}")
_SHARE_UNITS = frozenset({"%", "‰", "个百分点"})
_SEPARATORS = ("、",)
_CONJUNCTIONS = ("以及", "或者", "和", "及", "与", "或")
# Bare durations in these units are deadlines or plan names ("三年行动计划",
# "6个月试用期"); in days, weeks, hours or minutes they state how long
# something lasts ("公示7天", "集中培训8天", "每次跟岗时间为1周").
_SPAN_UNITS = frozenset({"年", "个月", "日", "周岁"})  # 日: "1月12日" is a date
# Words that make a sentence a requirement, not a report of what was done.
_MODALS = re.compile(r"力争|确保|争取|要|应|须|将|拟|计划(?!”)")
# Patterns used inside per-hit loops, compiled once (re's own cache costs a lookup per call).
_YI_SLOGAN = re.compile(rf"、[{CJK}]{{1,3}}一")
_UNIT_DIGITS = re.compile("[十百千万点]")
_JOINERS = re.compile(alternation(_CONJUNCTIONS + _SEPARATORS))
_TRAILING_PAREN = re.compile(r"[（(][^()（）]*[)）]$")
_LIST_NUMBER = re.compile(r"[\s　]*(\d{1,2})[.．](?=\d)")
_YEAR_LEAD = re.compile(r"^(?:到|至|在|于)?\d{4}年(?:底|末|前)?")
_LIST_ITEM = re.compile(r"[^、，,；;。）)]*")
_EXPERIENCE = re.compile(r"(?:具有|具备|满|连续|累计|任教|从教|工作|服务)$")




@dataclass(frozen=True, eq=False)
class _Lexicon:
    """The compiled form of the three YAML lexicons.

    Hashed by identity (there is one per process), so that functions of a
    phrase and the lexicon can be memoised with lru_cache.
    """

    hit_re: re.Pattern[str]
    freq_re: re.Pattern[str]
    unit_kind: dict[str, str]
    not_after: dict[str, tuple[str, ...]]
    not_before_any: tuple[str, ...]
    not_before_cn: tuple[str, ...]
    not_before_yi: tuple[str, ...]
    not_quotas_re: re.Pattern[str]
    enum_nouns: tuple[str, ...]
    target_verbs: tuple[str, ...]
    cmp_before_re: re.Pattern[str]
    cmp_before: dict[str, str]
    cmp_after: tuple[tuple[str, str], ...]
    # cmp_after as one regex (longest word first, as the tuple) and each word's first comparator
    cmp_after_re: re.Pattern[str]
    cmp_after_of: dict[str, str]
    cmp_adjacent: dict[str, str]
    period_re: re.Pattern[str]
    # a character either period regex can start with: without one, no period
    period_start_re: re.Pattern[str]
    period_of: dict[str, str]
    period_not_before: dict[str, tuple[str, ...]]
    period_not_after: tuple[str, ...]
    multi_period_re: re.Pattern[str]
    multi_every_re: re.Pattern[str]
    per_year: dict[str, float | None]
    freq_period_of: dict[str, str]
    descriptive_re: re.Pattern[str]
    target_re: re.Pattern[str]
    measure_nouns: tuple[str, ...]
    carrier_verbs: tuple[str, ...]
    function_words: tuple[str, ...]
    keep_words: tuple[str, ...]
    activity_stop_re: re.Pattern[str]
    activity_suffixes: tuple[str, ...]
    actor_head_re: re.Pattern[str]
    evidence_head_re: re.Pattern[str]
    period_head_re: re.Pattern[str]
    role_re: re.Pattern[str]
    actor_re: re.Pattern[str]
    role_of: dict[str, str]
    role_terms: tuple[str, ...]
    term_re: re.Pattern[str]
    pronouns: frozenset[str]
    pronoun_re: re.Pattern[str]
    group_roles: frozenset[str]
    non_person_roles: frozenset[str]
    count_measures: tuple[str, ...]
    sanction_words: tuple[str, ...]
    noun_heads: tuple[str, ...]
    activities: tuple[tuple[str, tuple[str, ...], frozenset[str] | None], ...]
    # the same, each key's words as one regex: a search is "any word in it"
    activity_res: tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]
    activity_by_unit: dict[str, str]
    marker_re: re.Pattern[str]
    item_re: re.Pattern[str]
    article_re: re.Pattern[str]
    span_nouns: tuple[str, ...]
    span_re: re.Pattern[str]
    default_periods: tuple[tuple[str, str], ...]
    org_role: tuple[tuple[str, str], ...]
    division_re: re.Pattern[str]
    duty_heading_re: re.Pattern[str]
    object_markers: tuple[str, ...]
    marker_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    prepositions: tuple[str, ...]
    topic_prefix_re: re.Pattern[str]
    occasion_words: tuple[str, ...]
    conversion_words: tuple[str, ...]
    # "any of these words in s[a:b]" as one search(s, a, b) each, without slicing
    occasion_re: re.Pattern[str]
    conversion_re: re.Pattern[str]
    sanction_re: re.Pattern[str]
    restatement_words: tuple[str, ...]
    per_unit_re: re.Pattern[str]
    past_total_re: re.Pattern[str]
    condition_units: frozenset[str]
    share_of_re: re.Pattern[str]
    tally_words: frozenset[str]


def _any_word_re(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of ``words`` (none: never matches)."""
    words = list(words)
    if not all(words):
        raise ValueError("an empty word would match everywhere")
    return re.compile(alternation(words) if words else "(?!)")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Compile the lexicons once per process."""
    q: dict[str, Any] = load("quotas")
    roles: dict[str, Any] = load("roles")
    acts: dict[str, Any] = load("activities")
    bodies: dict[str, Any] = load("bodies")

    unit_kind = {u: kind for kind, units in q["units"].items() for u in units}
    seps = alternation(q["range_separators"])
    # Every branch opens with a digit or a Chinese numeral (百 of 百分之 is one):
    # the lookahead lets the regex engine reject every other position at once.
    hit_re = re.compile(
        rf"(?=[\d{CN_DIGITS}])(?:"
        rf"(?P<pct>百分之(?P<pnum>{NUMERAL}))"
        rf"|(?P<frac>(?P<fden>{CN_NUMERAL}|\d+)分之(?P<fnum>{CN_NUMERAL}|\d+))"
        # "300元至1000元": a range with the measure word written on both ends
        rf"|(?P<r1>{AR_NUMERAL})(?P<ru>{alternation(q['units']['count'])})\s*(?:{seps})\s*(?P<r2>{AR_NUMERAL})(?P=ru)"
        rf"|(?P<n1>{NUMERAL})(?:\s*(?:{seps})\s*(?P<n2>{NUMERAL}))?"
        rf"(?P<more>{alternation(q['comparators']['approx_more'])})?\s*(?P<unit>{alternation(unit_kind)}))"
    )
    freq_period_of = {w: p for p, words in q["frequency_periods"].items() for w in words}
    freq_re = re.compile(rf"一(?P<per>{alternation(freq_period_of)})一(?P<act>[{CJK}]{{1,2}})")

    cmp_before = {w: c for c, words in q["comparators"]["before"].items() for w in words}
    cmp_after = tuple(
        sorted(
            ((w, c) for c, words in q["comparators"]["after"].items() for w in words),
            key=lambda wc: len(wc[0]),
            reverse=True,
        )
    )
    cmp_adjacent = {w: c for c, words in q["comparators"]["adjacent"].items() for w in words}

    period_of = {w: p for p, words in q["periods"].items() for w in words}
    multi_units = alternation(q["multi_period_units"])
    # the leading lookaheads name every branch's first character (as hit_re's):
    # the engine rejects other positions in one step instead of trying each branch
    period_firsts = re.escape("".join(sorted({w[0] for w in period_of})))
    multi_period_re = re.compile(
        rf"(?=[{_MULTI_FIRSTS}])"
        rf"(?:每(?:[两二三四五六七八九十]|\d+)个?(?:{multi_units})"
        rf"|(?<![\d{CN_DIGITS}])(?:[两二三四五六七八九十]|\d{{1,2}})个?(?:{multi_units})(?:{alternation(q['multi_period_after'])}))"
    )

    terms = [t for ts in roles["roles"].values() for t in ts]
    role_of = {t: r for r, ts in roles["roles"].items() for t in ts}
    paren = rf"(?:[（(][{CJK}、]{{1,5}}[)）])?"
    pronouns = rf"(?:{alternation(roles['pronouns'])})(?![{CJK}]{{0,4}}(?:{alternation(terms)}))"
    qualifiers = "|".join([alternation(roles["qualifiers"]), *roles.get("qualifier_patterns", ())])
    orgs = roles["organisations"]
    org_role = tuple(
        sorted(((e, r) for r, es in orgs["endings"].items() for e in es), key=lambda er: len(er[0]), reverse=True)
    )
    # a level word, a few words of name, an organ ending: 市教育和体育局
    org = (
        rf"(?:{alternation(orgs['levels'])})(?!级)[{CJK}]{{1,{int(orgs['max_inner'])}}}?"
        rf"(?:{alternation(e for e, _ in org_role)})"
    )
    one_role = (
        rf"(?:{alternation(roles['distributive'])})?(?:(?:{qualifiers})*(?:{alternation(terms)})|{org}){paren}"
    )
    role_re = re.compile(one_role)
    actor_re = re.compile(rf"{pronouns}|{one_role}(?:(?:{alternation(_CONJUNCTIONS + _SEPARATORS)}){one_role})*")
    period_words = alternation(period_of)

    # heading and list markers, as the segmenter knows them (headings.yml)
    kinds = marker_kinds()
    marker_alts = [*kinds.values(), ocr_marker_alternation()]
    item_alts = [marker for k, marker in kinds.items() if k not in ("chapter", "article")]

    activities = []
    for key, spec in acts["activities"].items():
        if isinstance(spec, dict):
            activities.append((key, tuple(spec["words"]), frozenset(spec.get("units") or ())))
        else:
            activities.append((key, tuple(spec), None))

    return _Lexicon(
        hit_re=hit_re,
        freq_re=freq_re,
        unit_kind=unit_kind,
        not_after={u: tuple(v or ()) for u, v in q["not_after_unit"].items()},
        not_before_any=tuple(q["not_before_numeral"]),
        not_before_cn=tuple(q["not_before_chinese"]),
        not_before_yi=tuple(q["not_before_yi"]),
        not_quotas_re=re.compile(alternation(q["not_quotas"])),
        enum_nouns=tuple(q["enumeration_nouns"]),
        target_verbs=tuple(sorted(q["target_verbs"], key=len, reverse=True)),
        cmp_before_re=re.compile(alternation(cmp_before)),
        cmp_before=cmp_before,
        cmp_after=cmp_after,
        cmp_after_re=re.compile(alternation(w for w, _ in cmp_after) if cmp_after else "(?!)"),
        cmp_after_of={w: c for w, c in reversed(cmp_after)},
        cmp_adjacent=cmp_adjacent,
        period_re=re.compile(rf"(?=[{period_firsts}])(?:{period_words})"),
        period_start_re=re.compile(rf"[{period_firsts}{_MULTI_FIRSTS}]"),
        period_of=period_of,
        period_not_before={w: tuple(v) for w, v in q["period_not_before"].items()},
        period_not_after=tuple(q["period_not_after"]),
        multi_period_re=multi_period_re,
        multi_every_re=re.compile(
            rf"每(?:[两二三四五六七八九十]|\d+)个?(?:{multi_units})(?!{alternation(q['multi_period_after'])})"
        ),
        per_year={p: (None if f is None else float(f)) for p, f in q["per_year"].items()},
        freq_period_of=freq_period_of,
        descriptive_re=re.compile(alternation(q["descriptive_markers"])),
        target_re=re.compile(rf"{alternation(q['target_markers'])}|到\d{{4}}年"),
        measure_nouns=tuple(q["measure_nouns"]),
        carrier_verbs=tuple(sorted(q["carrier_verbs"], key=len, reverse=True)),
        function_words=tuple(sorted(q["function_words"], key=len, reverse=True)),
        keep_words=tuple(q["keep_words"]),
        activity_stop_re=re.compile(alternation(q["activity_stop"])),
        activity_suffixes=tuple(sorted(q["activity_suffixes"], key=len, reverse=True)),
        # head words, then period words: after "每学年" a verb such as 指导 is the
        # clause's own verb and the role after it its object ("每学年指导青年教师…")
        actor_head_re=re.compile(
            rf"(?:{'|'.join([alternation(q['actor_head_words']), *q.get('actor_head_patterns', ())])}|[“\"‘\s])*"
            rf"(?:{period_words}|[“\"‘\s])*"
        ),
        evidence_head_re=re.compile(rf"(?:{alternation(q['evidence_head_words'])})+(?=[{CJK}“\d])"),
        # "每学期，…" or a frame opened by one: "每年学时中，公需科目不少于…"
        period_head_re=re.compile(rf"^(?:原则上|要|应|须)?(?:{period_words})(?:[{CJK}]{{0,6}}[中里内])?$"),
        role_re=role_re,
        actor_re=actor_re,
        role_of=role_of,
        role_terms=tuple(sorted(terms, key=len, reverse=True)),
        term_re=re.compile(alternation(terms)),
        pronouns=word_set("roles", "pronouns"),
        pronoun_re=re.compile(pronouns),
        group_roles=word_set("roles", "group_roles"),
        non_person_roles=word_set("roles", "non_person_roles"),
        count_measures=tuple(q["count_measures"]),
        sanction_words=tuple(q["sanction_words"]),
        noun_heads=tuple(roles.get("noun_heads") or ()),
        activities=tuple(activities),
        activity_res=tuple((k, re.compile(alternation(ws) if ws else "(?!)"), u) for k, ws, u in activities),
        activity_by_unit=dict(acts.get("by_unit") or {}),
        marker_re=re.compile(rf"[\s　]*(?:(?:{'|'.join(marker_alts)})[\s　]*)*"),
        item_re=re.compile(rf"[\s　]*(?:{'|'.join(item_alts)})"),
        article_re=re.compile(rf"[\s　]*(?:{kinds['article']})"),
        span_nouns=tuple(q.get("span_nouns") or ()),
        span_re=_any_word_re(q.get("span_nouns") or ()),
        default_periods=tuple(
            sorted(((w, p) for p, ws in (q.get("default_periods") or {}).items() for w in ws),
                   key=lambda wp: len(wp[0]), reverse=True)
        ),
        org_role=org_role,
        # a division written after its organ is the actor, named without the
        # parent as SCHEMA.md names bodies ("县教育局教研室" → 教研室, "市教育局人事科" → 人事科)
        division_re=re.compile(
            rf"(?:(?:{alternation(bodies['division_stems'])})(?:{alternation(w for d in bodies['divisions'] for w in d['words'])})"
            rf"|{alternation(t for t in terms if role_of[t] in set(roles.get('division_roles') or ()))}"
            rf")(?!长|主任)"
        ),
        duty_heading_re=re.compile(
            rf"(?P<role>{one_role})的?(?:{alternation(q.get('duty_headings') or ())})"
        ),
        object_markers=tuple(q.get("object_markers") or ()),
        prepositions=tuple(q.get("prepositions") or ()),
        topic_prefix_re=re.compile(rf"(?:[{CJK}]{{0,12}}(?:{alternation(q.get('topic_prefix_ends') or ('学校',))}))?"),
        marker_kinds=tuple((k, re.compile(rf"[\s　]*(?:{marker})")) for k, marker in kinds.items()),
        occasion_words=tuple(q.get("occasion_words") or ()),
        conversion_words=tuple(q.get("conversion_words") or ()),
        occasion_re=_any_word_re(q.get("occasion_words") or ()),
        conversion_re=_any_word_re(q.get("conversion_words") or ()),
        sanction_re=_any_word_re(q["sanction_words"]),
        restatement_words=tuple(q.get("restatement_words") or ()),
        per_unit_re=re.compile(rf"每(?:{alternation(q.get('per_unit_verbs') or ('读完',))})$"),
        # "2024年全市…共补充新教师286名": a year opening the sentence, a total counted
        past_total_re=re.compile(
            rf"\s*(?:{'|'.join(item_alts)})?\s*\d{{4}}年(?![底末前后内初中起以至到])"
            rf"[^。；;]*?(?:{alternation(q.get('past_total_words') or ('共',))})"
        ),
        condition_units=word_set("quotas", "condition_units"),
        tally_words=word_set("quotas", "tally_words"),
        share_of_re=re.compile("|".join(q.get("share_of") or ("(?!)",))),
    )


# ---------------------------------------------------------------- numbers


# ---------------------------------------------------------------- candidates


class _Hit(NamedTuple):
    """A numeral with its measure word, offsets relative to the provision."""

    # NamedTuples, not frozen dataclasses, for the small records made per hit:
    # a frozen dataclass pays an object.__setattr__ per field

    start: int  # numeral start (or 百分之 / the 一…一 frequency start)
    num_end: int
    end: int  # after the measure word
    value: float | None
    value_max: float | None
    unit: str
    more: bool  # 十余名, 100多人
    share: bool
    chinese: bool
    freq_period: str | None = None  # 一学年一考核
    freq_act: str | None = None
    doubtful: bool = False  # "上一节": a count only with a comparator or period


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


def _ends_with_any(s: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` (longest first where it matters) that ``s`` ends with."""
    if not words:
        return None
    # a C-level check first (most calls miss), unless the tuple is long (role_terms)
    if len(words) <= _SHORT_TUPLE and not s.endswith(words):
        return None
    # of the words s ends with (at most one per length), the first in tuple order
    cached = _WORD_INDEX.get(id(words))
    if cached is None or cached[0] is not words:
        cached = _word_index(words)
    _, index, lengths = cached
    n = len(s)
    best = None
    for k in lengths:
        if k > n:
            break
        i = index.get(s[n - k:])
        if i is not None and (best is None or i < best):
            best = i
    return None if best is None else words[best]


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


def _find_hits(s: str, lex: _Lexicon) -> list[_Hit]:
    """All numeral + measure word candidates in ``s`` that are not plainly something else."""
    hits: list[_Hit] = []
    claimed: list[tuple[int, int]] = []
    candidates = list(lex.hit_re.finditer(s))
    if candidates:  # the words that are not quotas only ever hide a candidate
        claimed = [m.span() for m in lex.not_quotas_re.finditer(s)]
    for m in lex.freq_re.finditer(s):
        if m.start() > 0 and s[m.start() - 1] in "每第统唯":
            continue
        act = m.group("act")
        hits.append(
            _Hit(m.start(), m.start() + 1, m.end(), 1.0, None, "次", False, False, True,
                 lex.freq_period_of[m.group("per")], act if act[0] not in "度的" else None)
        )
        claimed.append((m.start(), m.end()))

    for m in candidates:
        a, b = m.start(), m.end()
        if claimed and any(ca < b and a < cb for ca, cb in claimed):
            continue
        if m.group("frac"):
            # 三分之一 is a share like 百分之三十: written as a percentage so shares compare
            den, num = to_number(m.group("fden")), to_number(m.group("fnum"))
            value = round(100 * num / den, 1) if den and num is not None else None
            hits.append(_Hit(a, b, b, value, None, "%", False, True, not m.group("fden")[0].isdigit()))
            continue
        if m.group("pct"):
            value = to_number(m.group("pnum"))
            hits.append(_Hit(a, b, b, value, None, "%", False, True, not m.group("pnum")[0].isdigit()))
            continue
        if m.group("r1"):
            n1, n2, unit = m.group("r1"), m.group("r2"), m.group("ru")
            n2_end = m.end("r2")
        else:
            n1, n2, unit = m.group("n1"), m.group("n2"), m.group("unit")
            n2_end = m.end("n2") if n2 else m.end("n1")
        chinese = not n1[0].isdigit()
        unit = to_halfwidth(unit)  # ％ is %
        kind = lex.unit_kind.get(unit, "count")
        # the text before (s[:a]) and after (s[b:]) the hit is read in place:
        # endswith/startswith with bounds and match(s, b) see what the slices would
        last = s[a - 1] if a else ""
        if last and (last.isdigit() or (chinese and last.isascii() and last.isalnum())):
            continue
        if lex.not_before_any and s.endswith(lex.not_before_any, 0, a):
            continue
        if chinese and lex.not_before_cn and s.endswith(lex.not_before_cn, 0, a):
            continue
        doubtful = n1 == "一" and bool(lex.not_before_yi) and s.endswith(lex.not_before_yi, 0, a)
        if to_halfwidth(s[b: b + 1]) == "+" or (n2 is None and to_halfwidth(last) == "+"):
            continue
        not_after = lex.not_after.get(unit)
        if not_after and s.startswith(not_after, b) and not lex.cmp_after_re.match(s, b):
            continue  # "所有", "年内" are words; "20所以上" is a count
        # a span noun in the next 8 characters, before any clause end
        cut = CLAUSE_BREAK.search(s, b, b + 8)
        if lex.span_re.search(s, b, cut.start() if cut else b + 8):
            continue  # "为一个培训周期": a count of cycles defines a span
        # 一人一档, 一校一策: a label, not a count; nor a slogan of 一-phrases
        # ("送教一次、受益一批、带动一片")
        if n1 == "一" and (s.startswith("一", b) or _YI_SLOGAN.match(s, b)):
            continue
        value = to_number(n1)
        value_max = to_number(n2) if n2 else None
        if unit == "元" and n1.endswith("万") and not n2:
            # money keeps its unit as written: "200万元" is 200 万元
            value, unit = to_number(n1[:-1]), "万元"
        if unit == "年" and ((value or 0) >= 1000 or (value_max or 0) >= 1000 or (chinese and len(n1) >= 3)):
            continue  # a calendar year (2014年, 2010-2020年, 二〇二三年)
        if chinese and len(n1) >= 3 and not _UNIT_DIGITS.search(n1):
            continue  # digit-by-digit numbers are codes or years, not counts
        if inside_marks(s, a):
            continue
        hits.append(
            _Hit(a, n2_end, b, value, value_max, unit,
                 bool(m.group("more")), kind == "share", chinese, doubtful=doubtful)
        )
    hits.sort(key=lambda h: h.start)
    return hits


# ---------------------------------------------------------------- clauses


def _clause_bounds(s: str) -> list[tuple[int, int]]:
    """Clause spans of a provision: split on ，；：。 and before "（其中"."""
    return clause_spans(s, _CUT_RE)


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
        if a and (s[a - 1].isdigit() or (word[0] != "每" and s.endswith(not_after, 0, a))):
            continue
        nb = lex.period_not_before.get(word)
        if nb and s.startswith(nb, b):
            continue
        found.append(_Period(a, b, lex.period_of[word]))
    if multi:  # period_re's own matches come in order
        found.sort(key=lambda p: p.start)
    return found


# ---------------------------------------------------------------- actors


class _Actor(NamedTuple):
    text: str
    start: int  # relative to the provision; -1 when taken from elsewhere
    end: int


@lru_cache(maxsize=4096)  # pure; actors repeat ("教师", "校长")
def _role_of(actor: str, lex: _Lexicon) -> str | None:
    """The canonical role of an actor as written ("业务副校长和教导主任" → 副校长/中层干部).

    The first of several joined actors decides, and within it the last term,
    the head noun ("中心学校领导班子成员" → 校长, not 学校); at one place the
    longest term wins (副校长 over 校长).
    """
    first = _JOINERS.split(actor, maxsplit=1)[0]
    head = _last_term(first, lex)  # "每个学科组" ends with 学科组, though 每个学科 starts it
    if head:
        return lex.role_of[head]
    terms = [m.group(0) for m in lex.term_re.finditer(first)] or [m.group(0) for m in lex.term_re.finditer(actor)][:1]
    if terms:
        return lex.role_of[terms[-1]]
    core = _TRAILING_PAREN.sub("", actor)
    return next((r for e, r in lex.org_role if core.endswith(e)), None)


@lru_cache(maxsize=4096)  # pure; a list's introduction is read again for each of its items
def _actor_at_head(s: str, a: int, b: int, lex: _Lexicon, allow_head_words: bool = True) -> _Actor | None:
    """The actor heading ``s[a:b]``, as written, if the clause starts with one."""
    seg = s[a:b]
    pos = lex.marker_re.match(seg).end()
    while pos < len(seg) and seg[pos] in "“\"‘ ":
        pos += 1
    # "指导教师每月…" is a role, though 指导 may also open a clause ("指导总校…")
    m = lex.actor_re.match(seg, pos)
    if not m and allow_head_words:
        m = lex.actor_re.match(seg, lex.actor_head_re.match(seg, pos).end())
    if not m:
        return None
    start, end = m.start(), m.end()
    inner = lex.actor_re.match(seg, end)
    if inner and _role_of(m.group(0), lex) in lex.non_person_roles and _role_of(inner.group(0), lex) not in lex.non_person_roles:
        # the school only qualifies the people after it ("农村中小学在岗教师" → 在岗教师)
        start, end = inner.start(), inner.end()
    div = lex.division_re.match(seg, end)
    if div and _role_of(m.group(0), lex) in lex.non_person_roles and not _JOINERS.search(m.group(0)):
        start, end = div.start(), div.end()
    text = seg[start:end]
    after = seg[end:]
    if after.startswith(("”", "’", '"')):
        after = after[1:]
    if _starts_with_any(after, lex.measure_nouns) or after[:1] == "的":
        return None
    # "全市中小学教师持证上岗率100%": the role names what is measured; but
    # "各学校按不低于…经费5%…" has a word that makes the role its subject
    # A 每-period after the role makes it the subject ("市财政局每年安排…经费");
    # 年度 does not ("全县教师年度参训率不低于98%" measures the teachers).
    period = lex.period_re.match(after)
    subject = (
        _starts_with_any(after, lex.function_words)
        or lex.cmp_before_re.match(after)
        or (period and period.group(0).startswith("每"))
    )
    if not subject and _measured(after, lex):
        return None
    # "学校管理…", "教师队伍…": the word heads a longer noun, not the clause
    if _starts_with_any(after, lex.noun_heads):
        return None
    return _Actor(text, a + start, a + end)


def _measured(stretch: str, lex: _Lexicon, rates_only: bool = False) -> bool:
    """Whether the words before a numeral name a measure of a group, not a
    duty of someone ("合格率不低于", "优秀等次比例一般不超过", "班主任津贴每月不低于").

    With ``rates_only`` a head count ("专职教研员总数不少于40人") does not
    count: someone named before must still provide it.
    """
    noun = _ends_with_any(_activity_words(stretch, lex) or "", lex.measure_nouns)
    return noun is not None and not (rates_only and noun in lex.count_measures)


def _antecedent(s: str, upto: int, lex: _Lexicon) -> str | None:
    """The group of people a 每人/人均 refers to, when the text names them
    as an object ("将教研员纳入…，每人…" → 教研员). A group that is the subject
    is already named and 每人 stays as written ("教研员要…，每人每学年…");
    an organisation or a school is not "each person"."""
    for m in lex.role_re.finditer(s, 0, upto):
        if _role_of(m.group(0), lex) in lex.non_person_roles:
            continue
        if _starts_with_any(s[m.end():], lex.noun_heads):  # "教师教育网" names a thing
            continue
        if _ends_with_any(s[: m.start()], lex.object_markers):
            return m.group(0)
    return None


def _prov_index(prov: Provision, ctx: Context) -> int | None:
    """Where ``prov`` stands in ``ctx.provisions``."""
    provs = ctx.provisions
    if 0 <= prov.ordinal < len(provs) and provs[prov.ordinal].ordinal == prov.ordinal:
        return prov.ordinal
    return next((i for i, p in enumerate(provs) if p.ordinal == prov.ordinal), None)


def _lead_length(s: str, prov: Provision, ctx: Context, lex: _Lexicon) -> int:
    """Length of the heading and list markers opening a provision (一、 (一) 1. ① 第七条 …).

    "2.40岁以下教师…" reads as item 2 only when it continues a numbered list
    ("1." before it, or "2." after a "1."), not as the number 2.40.
    """
    end = lex.marker_re.match(s).end()
    m = _LIST_NUMBER.match(s[end:])
    if not m or not ctx.provisions:
        return end
    idx = _prov_index(prov, ctx)
    if idx is None:
        return end
    n = int(m.group(1))
    want, near = (n - 1, range(idx - 1, max(-1, idx - 15), -1)) if n > 1 else (2, range(idx + 1, min(len(ctx.provisions), idx + 15)))
    if any(re.match(rf"[\s　]*{want}[.．、]", ctx.provisions[j].text) for j in near):
        return end + m.end()
    return end


def _marker_kind(text: str, lex: _Lexicon) -> str | None:
    """The kind of heading marker opening ``text`` (cn_paren for "（二）", arabic for "2.")."""
    return next((k for k, r in lex.marker_kinds if r.match(text)), None)


def _duty_heading_actor(text: str, lex: _Lexicon) -> str | None:
    """The role a heading line gives its items ("（二）学员职责" → 学员), else None."""
    body = text[lex.marker_re.match(text).end():].strip().rstrip("。.：:")
    m = lex.duty_heading_re.fullmatch(body)
    return m.group("role") if m else None


def _list_intro_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The actor of a list introduced by a colon ("教研员应具备如下条件：1.… 5.具有6年以上…")
    or by a heading naming whose duties follow ("（一）导师职责  1.每学期听课…")."""
    if not lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    kind = _marker_kind(prov.text, lex)
    for j in range(idx - 1, max(-1, idx - 15), -1):
        t = ctx.provisions[j].text.strip()
        if t.endswith(("：", ":")):
            found = _actor_at_head(t, 0, len(t), lex, allow_head_words=False)
            return found.text if found else None
        if lex.item_re.match(t) and _marker_kind(t, lex) != kind:
            # a marker of another level heads the list: it names the actor only
            # as a duty heading ("（二）学员职责")
            return _duty_heading_actor(t, lex)
        if not lex.item_re.match(t) and not t.endswith(("；", ";")):
            return None
    return None


def _chain_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The subject of the earlier part of the sentence when ``prov`` follows a
    "；" ("校长…满8年的，应当交流；…满10年的，必须交流" → 校长). A list item
    stands on its own: its actor comes from the list's introduction."""
    if lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    for j in range(idx - 1, max(-1, idx - 6), -1):
        t = ctx.provisions[j].text.rstrip()
        if not t.endswith(("；", ";")):
            return None
        bounds = _clause_bounds(t)
        lead = lex.marker_re.match(t).end()
        a, b = max(bounds[0][0], lead), bounds[0][1]
        found = _actor_at_head(t, a, b, lex, allow_head_words=False) or _topic_actor(t, (a, b), lex)
        if found:
            return found.text
        if lex.item_re.match(t):
            return None
    return None


def _article_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The actor of the opening line of the 第X条 article whose list item ``prov`` is
    ("第五条 兼职教研员应当履行下列职责。(一)每学期参与…不少于4次" → 兼职教研员).

    Only items inherit: a later sentence of the article may be about someone
    else ("第五条 兼职教研员按…选聘。每学科聘任兼职教研员3—5名").
    """
    path = prov.section_path or ""
    parts = path.split("/")
    k = next((i for i in range(len(parts) - 1, -1, -1) if lex.article_re.fullmatch(parts[i])), None)
    if k is None or k == len(parts) - 1 or not lex.item_re.match(prov.text):
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    article = "/".join(parts[: k + 1])
    for j in range(idx - 1, -1, -1):
        p = ctx.provisions[j]
        if not (p.section_path == article or (p.section_path or "").startswith(article + "/")):
            return None
        if lex.article_re.match(p.text):
            found = _actor_at_head(p.text, 0, len(p.text), lex, allow_head_words=False)
            return found.text if found else None
    return None


# ---------------------------------------------------------------- activities


def _strip_function_words(s: str, lex: _Lexicon) -> str:
    """Drop function words from both ends ("将…", "…等"), keeping words like 及时, 能力."""
    changed = True
    while changed and s:
        changed = False
        if not _starts_with_any(s, lex.keep_words):
            w = _starts_with_any(s, lex.function_words)
            if w:
                s, changed = s[len(w):], True
        w = _ends_with_any(s, lex.function_words)
        if w and not _ends_with_any(s, lex.keep_words):
            s, changed = s[: -len(w)], True
    return s.strip("、，, “”\"")


def _activity_before(pre: str, lex: _Lexicon) -> str:
    """The activity words before the numeral, or "" when they only carry it on.

    Words after the last period word win ("校长每学期至少听课30节" → 听课);
    with none there, the words before it count ("乡村教师培训每年每人不少于5天"
    → 乡村教师培训), from the last 、 on, since a list before the period names
    other things ("提交研修课过程材料、每学期不少于10节").
    """
    periods = _find_periods(pre, lex)
    if periods:
        after = _activity_words(pre[periods[-1].end:], lex)
        if after is not None:
            return after
        pre = pre[: periods[-1].start]
        pre = pre[pre.rfind("、") + 1:]
    return _activity_words(pre, lex) or ""


@lru_cache(maxsize=4096)  # pure; read twice per quota (_measured, then the activity)
def _activity_words(pre: str, lex: _Lexicon) -> str | None:
    """Content words of ``pre``: None when there are none, "" when a carrier
    verb hands the activity on to the noun after the measure word."""
    pre = lex.pronoun_re.sub("", pre)
    pre = lex.cmp_before_re.sub("", pre)
    for p in reversed(_find_periods(pre, lex)):  # "每个周期" keeps its 周期
        pre = pre[: p.start] + pre[p.end:]
    pre = _YEAR_LEAD.sub("", pre)
    pre = pre.strip("、，, “”\"")
    if pre in lex.tally_words:
        return ""
    for step in (0, 1):
        if not pre:
            return None
        if _ends_with_any(pre, lex.carrier_verbs) and not _ends_with_any(pre, lex.keep_words):
            return ""
        if step == 0:
            pre = _strip_function_words(pre, lex)
    lead = _starts_with_any(pre, lex.carrier_verbs)
    if lead and len(pre) > len(lead):
        pre = _strip_function_words(pre[len(lead):], lex)
    return pre


def _activity_after(s: str, a: int, b: int, unit: str, lex: _Lexicon) -> tuple[str, int]:
    """The counted noun after the measure word and where it ends ("一次校长论坛" → 校长论坛)."""
    seg = s[a:b]
    pos = 0
    if unit in ("节", "堂") and seg.startswith("课"):
        pos = 1
    if seg[pos:].startswith("的"):
        pos += 1
    stop = lex.activity_stop_re.search(seg, pos)
    end = stop.start() if stop else len(seg)
    # a list continues the activity only when its items are short verbs
    # ("一次考核、调整、增补"); otherwise 、 starts something else
    i = seg.find("、", pos, end)
    while i >= 0:
        nxt = _LIST_ITEM.match(seg[i + 1:end]).group(0)
        if len(nxt) > 4 or len(seg[pos:i]) > 6:
            end = i
            break
        i = seg.find("、", i + 1, end)
    # a closing bracket that was never opened here ends the clause ("公需知识30学时)")
    depth = 0
    for k in range(pos, end):
        if seg[k] in "(（":
            depth += 1
        elif seg[k] in ")）":
            if depth == 0:
                end = k
                break
            depth -= 1
    words = seg[pos:end]
    suffix = _ends_with_any(words, lex.activity_suffixes)
    if suffix and len(words) > len(suffix) + 1:
        words = words[: -len(suffix)]
    stripped = _strip_function_words(words, lex)
    if not stripped:
        return "", a
    tail = words.rfind(stripped[-1]) + 1 if stripped else 0
    return stripped, a + pos + tail


@lru_cache(maxsize=4096)  # pure; activities repeat ("听课", "培训")
def _activity_key(activity: str | None, unit: str, lex: _Lexicon) -> str | None:
    if activity:
        for key, words, units in lex.activity_res:
            if units is not None and unit not in units:
                continue
            if words.search(activity):
                return key
    return lex.activity_by_unit.get(unit)


# ---------------------------------------------------------------- assembly


def _comparator(s: str, hit: _Hit, left: int, lex: _Lexicon) -> tuple[str, int]:
    """The comparator of ``hit`` and the end of its trailing word (以上 …) if any."""
    end = hit.end
    skip = 1 if hit.unit in ("节", "堂") and s.startswith("课", end) else 0
    post = None
    # the longest word of cmp_after written right after the measure word
    word_m = lex.cmp_after_re.match(s, hit.end + skip)
    if word_m:
        post = lex.cmp_after_of[word_m.group(0)]
        end = word_m.end()
    if hit.value_max is not None:
        return "range", end
    if post:
        return post, end
    pre = s[left: hit.start]
    found = [lex.cmp_before[m.group(0)] for m in lex.cmp_before_re.finditer(pre)]
    bounding = [c for c in found if c != "="]
    if bounding or found:
        return (bounding or found)[-1], end
    if pre and pre[-1] in lex.cmp_adjacent:
        return lex.cmp_adjacent[pre[-1]], end
    if hit.more:
        return ">=", end
    return "=", end


def _sanction_flip(s: str, bounds: list[tuple[int, int]], ci: int, cmp_end: int, lex: _Lexicon) -> dict[str, str] | None:
    """The comparator swap for a threshold stated on its forbidden side
    ("缺勤超过4学时的，不予结业" → at most 4; "考勤不足80%的，不予认定" → at least 80%)."""
    _, c_end = bounds[ci]
    if s[cmp_end:c_end].strip() != "的" or ci + 1 >= len(bounds):
        return None
    a, b = bounds[ci + 1]
    # "…的，不予结业", "…的，当年年度考核不得确定为优秀", "…的，须重新参加"
    if not lex.sanction_re.search(s, a, min(b, a + 14)):
        return None
    return {">=": "<=", "<=": ">="}


def _is_weak(hit: _Hit, has_period: bool, cmp: str) -> bool:
    """Whether a Chinese-numeral count has nothing to show it is a requirement."""
    return hit.chinese and not hit.share and not has_period and cmp == "=" and hit.freq_period is None


def _accept_weak(s: str, hit: _Hit, prev_hit: _Hit | None, clause_start: int, lex: _Lexicon) -> bool:
    """Accept a bare Chinese count only after a target verb ("举办一次", "培养选拔十名")
    or as the next item of a list of counts ("十名…、百名…和千名…")."""
    rest = s[hit.end:]
    if _starts_with_any(rest, lex.enum_nouns) or rest[:1] in ("：", ":"):
        return False
    before = s[clause_start: hit.start]
    if before.endswith(("”", "》", "'", '"')):
        return False
    if _ends_with_any(before, lex.target_verbs):
        return True
    if prev_hit is not None and prev_hit.end >= clause_start:
        between = s[prev_hit.end: hit.start]
        if len(between) <= 14 and between.endswith(_SEPARATORS + _CONJUNCTIONS):
            return True
    return False


def _list_cut(gap: str) -> int:
    """Where a list of counts is cut between two quotas: the first 、, else the first 和/及/与."""
    cut = gap.find("、")
    if cut < 0:
        cut = min((gap.find(w) for w in _CONJUNCTIONS if w in gap), default=-1)
    return cut


def _left_bound(s: str, prev: _Hit | None, hit: _Hit, c_start: int) -> int:
    """Start of a quota's stretch: its clause, or just after the previous quota of the clause."""
    if prev is None or prev.end < c_start:
        return c_start
    gap = s[prev.end: hit.start]
    cut = _list_cut(gap)
    if cut < 0:
        return prev.end
    return prev.end + cut + (2 if gap[cut:].startswith("以及") else 1)


def _right_bound(s: str, hit: _Hit, nxt: _Hit | None, c_end: int) -> int:
    """End of a quota's stretch: its clause end, or the list cut before the next quota."""
    if nxt is None:
        return c_end
    cut = _list_cut(s[hit.end: nxt.start])
    return hit.end + cut if cut >= 0 else nxt.start


def _group_actor(
    s: str, bounds: list[tuple[int, int]], ci: int, lex: _Lexicon, memo: dict[int, _Actor | None] | None = None
) -> _Actor | None:
    """A group set up at the end of an earlier clause of the sentence (…讲师团队，…，每学年…).

    ``memo`` keeps each clause's answer for the other hits of the provision.
    """
    for j in range(ci - 1, -1, -1):
        if memo is not None and j in memo:
            found = memo[j]
        else:
            found = _group_at_end(s, bounds[j], lex)
            if memo is not None:
                memo[j] = found
        if found is not None:
            return found
    return None


def _group_at_end(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """A group role closing the clause ``s[bound]``, if any."""
    a, b = bound
    seg = s[a:b].rstrip()
    for m in lex.role_re.finditer(seg):
        if m.end() == len(seg) and lex.role_of.get(_last_term(m.group(0), lex)) in lex.group_roles:
            return _Actor(m.group(0), a + m.start(), a + m.end())
    return None


def _topic_actor(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """The people a "…的，" opening clause singles out ("被认定为骨干教师的，每学年…" → 骨干教师)."""
    a, b = bound
    seg = s[a:b].rstrip()
    lead = lex.marker_re.match(seg).end()
    if _starts_with_any(seg[lead:], lex.prepositions):
        return None  # "对新入职教师…的教师，": the people are an object, not the topic
    found = list(lex.role_re.finditer(seg))
    if not found:
        return None
    m = found[-1]
    if seg.endswith("的") or (m.end() == len(seg) and seg[: m.start()].endswith("的")):
        # "…的，" or a group defined by "…的<role>，" ("入职3年内的新教师，每学期…")
        return _Actor(m.group(0), a + m.start(), a + m.end())
    if m.end() == len(seg) and lex.topic_prefix_re.fullmatch(seg[lead: m.start()]):
        # a bare noun phrase as topic ("公办学校在编在岗教师，在同一所学校…满6年的，")
        return _Actor(m.group(0), a + m.start(), a + m.end())
    return None


def _defined_group(s: str, bound: tuple[int, int], hit: _Hit, lex: _Lexicon) -> _Actor | None:
    """A clause that ends by naming the group its own count defines
    ("连续任职满两届的校长，原则上应当交流" → 校长)."""
    a, b = bound
    seg = s[hit.end:b].rstrip()
    m = None
    for m in lex.role_re.finditer(seg):
        pass
    if m is None or m.end() != len(seg) or not seg[: m.start()].endswith("的"):
        return None
    return _Actor(m.group(0), hit.end + m.start(), hit.end + m.end())


def _last_term(actor: str, lex: _Lexicon) -> str | None:
    """The role term an actor ends with ("家庭教育讲师团队" → 讲师团队)."""
    core = _TRAILING_PAREN.sub("", actor)
    return _ends_with_any(core, lex.role_terms)


@dataclass
class _Found:
    """A hit accepted as a quota, with what the first pass resolved."""

    hit: _Hit
    clause: int
    period: str
    actor: _Actor | None
    comparator: str
    left: int  # start of its stretch (_left_bound)
    cmp_end: int  # end of the measure word and its trailing comparator (_comparator)


def _resolve(s: str, hits: list[_Hit], bounds: list[tuple[int, int]], lex: _Lexicon) -> list[_Found]:
    """Keep the hits that are quotas and resolve period, comparator and actor."""
    # facts of the provision as a whole, found once for all its hits
    periods = _find_periods(s, lex)
    starts = [a for a, _ in bounds]
    head = lex.marker_re.match(s).end()
    group_ends: dict[int, _Actor | None] = {}  # a group closing each earlier clause
    clause_actors: dict[int, _Actor | None] = {}  # a clause's own head actor, without head words
    clause_of = [_clause_index(bounds, h.start, starts) for h in hits]
    hit_clauses = set(clause_of)  # clauses holding a candidate, kept or not
    found: list[_Found] = []
    head_actor: _Actor | None | bool = False  # computed lazily
    for hit, ci in zip(hits, clause_of):
        c_start, _ = bounds[ci]
        if lex.descriptive_re.search(s, c_start, hit.start):
            continue
        if lex.descriptive_re.search(s, 0, c_start) and not lex.target_re.search(s, c_start, hit.end + 4):
            continue
        prev = found[-1] if found else None
        left = _left_bound(s, prev.hit if prev and prev.clause == ci else None, hit, c_start)
        cmp, cmp_end = _comparator(s, hit, left, lex)
        kind = lex.unit_kind.get(hit.unit)
        if kind == "age" and lex.role_re.match(s, cmp_end + (s[cmp_end: cmp_end + 1] == "的")):
            continue  # "35周岁以下青年教师": the age defines a group, it requires nothing
        if kind in ("time", "age") and cmp_end > hit.end and s[cmp_end: cmp_end + 1] == "的" and lex.role_re.match(s, cmp_end + 1):
            continue  # "教龄3年以内的青年教师": the span defines a group (not "满6年的中层干部", a condition)
        sanction = _sanction_flip(s, bounds, ci, cmp_end, lex)
        if sanction:
            cmp = sanction.get(cmp, cmp)
        elif hit.unit in lex.condition_units and s[cmp_end: bounds[ci][1]].strip() in ("的", "") and s[: bounds[ci][1]].rstrip().endswith("的"):
            continue  # "同一学科任课教师2人以上的，须单独设立…": a condition, not a requirement
        pre = s[c_start: hit.start]
        restated = None
        if cmp == "=" and not hit.freq_period:
            lead_word = _starts_with_any(s[lex.marker_re.match(s, c_start).end(): hit.start], lex.restatement_words)
            if lead_word and prev is not None and prev.clause == ci - 1:
                restated = prev  # "不少于360学时，折合36学分": the same requirement in another unit
                cmp = prev.comparator
            elif hit.unit in ("学时", "课时", "学分") or kind == "time":
                if lex.conversion_re.search(s, c_start, bounds[ci][1]):
                    continue  # "每篇认定10学时": a crediting rate
            if lex.per_unit_re.search(pre):
                continue  # "每读完1本书须…": the unit a rate is counted in
            if lex.past_total_re.match(s, head, hit.start) and not _MODALS.search(s[head: hit.start]):
                continue  # "2024年全市共补充新教师286名": a fact reported, not a target
        if cmp == "=" and prev is not None and prev.clause == ci and s[prev.hit.end: hit.start] in ("或", "或者"):
            cmp = prev.comparator  # "不少于5天或40学时": one comparator for both
        if hit.freq_period:
            own_period, period = True, hit.freq_period
        else:
            own = [p for p in periods if c_start <= p.start and p.end <= hit.start]
            own_period, period = bool(own), (own[-1].period if own else "")
            every = lex.multi_every_re.match(s, own[-1].start) if own and hit.unit == "次" else None
            if every and every.end() == own[-1].end:
                # "每两周开展一次", "每两年举办一次": a count of occasions per cycle the
                # period enum cannot hold is a recurring deadline (as seed 003's
                # 五年一周期); an amount over the window ("每人每五年不少于360学时",
                # "每五年内…不少于1学年") is a total and stays
                continue
            if lex.occasion_re.search(s, own[-1].end if own else c_start, hit.start):
                own_period, period = True, "total"  # "每次不少于2天": per occasion
        if restated is not None:
            own_period, period = True, restated.period
        if hit.unit in _SPAN_UNITS and cmp == "=" and not own_period and hit.value_max is None:
            # a bare duration is a deadline or a plan name ("三年行动计划"), unless
            # it states an experience ("具有6年…", "任教满…")
            if not _EXPERIENCE.search(s[c_start: hit.start]):
                continue
        if _is_weak(hit, own_period, cmp) and (
            hit.doubtful or not _accept_weak(s, hit, prev.hit if prev else None, c_start, lex)
        ):
            continue

        actor = _actor_at_head(s, c_start, hit.start, lex) or _defined_group(s, bounds[ci], hit, lex)
        if actor is None and lex.unit_kind.get(hit.unit) != "money" and hit.unit not in ("元", "万元"):
            # "校本研修学时每人每年不少于36学时": a 每人 inside the clause is its actor,
            # as written (a per-head sum of money is a rate: it names nobody)
            pm = lex.pronoun_re.search(s, c_start, hit.start)
            if pm:
                actor = _Actor(pm.group(0), -1, -1)  # the words around it still name the activity
        # a clause about a rate or a measure ("合格率不低于95%") has its own
        # subject: it takes neither actor nor period from the clauses before
        share = hit.share or hit.unit in _SHARE_UNITS
        measured = actor is None and _measured(s[left: hit.start], lex, rates_only=not share)
        adjacent = prev is not None and prev.clause >= ci - 1 and not measured
        if not period:
            if adjacent and actor is None:
                period = prev.period  # "(其中专业知识不少于60学时，公需知识30学时)"
            else:
                period = _head_period(s, periods, bounds, ci, lex) or _default_period(s[c_start: hit.start], lex)
        if actor is None and adjacent:
            actor = prev.actor
        if actor is None and ci > 0 and not measured:
            actor = _group_actor(s, bounds, ci, lex, group_ends)
        if actor is None and ci > 0 and not measured:
            if head_actor is False:
                head_actor = _actor_at_head(s, bounds[0][0], bounds[0][1], lex, allow_head_words=False)
                if head_actor is None:
                    head_actor = _topic_actor(s, bounds[0], lex)
            actor = head_actor or None
        if actor is None and ci > 1 and not measured:
            # no subject opens the sentence: the nearest earlier clause that states
            # no quota of its own but is headed by one carries it on
            # ("对新教师…，校长和中层干部应重点跟踪听课，每学期…听课2节")
            actor = next(
                (x for j in range(ci - 1, 0, -1)
                 if j not in hit_clauses and (x := _clause_actor(s, bounds, j, clause_actors, lex))),
                None,
            )
        found.append(_Found(hit, ci, period, actor, cmp, left, cmp_end))
    return found


def _clause_actor(
    s: str, bounds: list[tuple[int, int]], j: int, memo: dict[int, _Actor | None], lex: _Lexicon
) -> _Actor | None:
    """The actor heading clause ``j`` (no head words), found once per provision."""
    if j not in memo:
        memo[j] = _actor_at_head(s, bounds[j][0], bounds[j][1], lex, allow_head_words=False)
    return memo[j]


def _default_period(stretch: str, lex: _Lexicon) -> str:
    """The period a measure holds over by nature when none is written
    ("书面作业平均完成时间不超过60分钟" → day), else total."""
    return next((p for w, p in lex.default_periods if w in stretch), "total")


def _head_period(s: str, periods: list[_Period], bounds: list[tuple[int, int]], ci: int, lex: _Lexicon) -> str | None:
    """The period of a previous clause that is nothing but a period word ("每学期，教师听课…")."""
    if ci == 0:
        return None
    a, b = bounds[ci - 1]
    if lex.period_head_re.match(s[a:b].strip()):
        inside = [p for p in periods if a <= p.start < b]
        return inside[-1].period if inside else None
    return None


_HAS_NUMERAL = re.compile(rf"[\d{CN_DIGITS}]")


def extract_quotas(text: str, prov: Provision, ctx: Context) -> Iterator[Quota]:
    """Quotas stated in one provision, with offsets into the whole ``text``.

    Example:
        >>> s = "每位教研员联系1到2所学校。"
        >>> q = next(extract_quotas(s, Provision(0, None, s, 0, len(s)), Context()))
        >>> (q.actor, q.activity, q.comparator, q.value, q.value_max, q.unit, q.evidence)
        ('每位教研员', '联系学校', 'range', 1.0, 2.0, '所', '每位教研员联系1到2所学校')
    """
    # cheap prefilter: no digit and no Chinese numeral → no quota (every
    # candidate of _find_hits starts with one; see test_prefilter_is_necessary)
    if not _HAS_NUMERAL.search(text, prov.start, prov.end):
        return
    s = text[prov.start: prov.end]
    lex = _lexicon()
    hits = _find_hits(s, lex)
    if not hits:
        return
    bounds = _clause_bounds(s)
    # heading and list markers are never part of evidence, actor or activity
    lead = _lead_length(s, prov, ctx, lex)
    if lead:
        hits = [h for h in hits if h.start >= lead]
        bounds = [(max(a, lead), b) for a, b in bounds if b > lead]
        if not hits or not bounds:
            return
    found = _resolve(s, hits, bounds, lex)

    list_actor: str | None | bool = False  # computed lazily
    chain_actor: str | None | bool = False
    article_actor: str | None | bool = False
    prev_activity: str | None = None
    for n, f in enumerate(found):
        hit, ci = f.hit, f.clause
        c_start, c_end = bounds[ci]
        prev = found[n - 1] if n > 0 else None
        nxt = found[n + 1].hit if n + 1 < len(found) and found[n + 1].clause == ci else None
        # as _resolve found them: the same previous quota, the same clause
        left, unit_end = f.left, f.cmp_end
        right = _right_bound(s, hit, nxt, c_end)

        actor = f.actor
        actor_text = actor.text if actor else None
        if actor_text in lex.pronouns:
            actor_text = _antecedent(s, c_start, lex) or actor_text
        if actor_text is None:
            if chain_actor is False:
                chain_actor = _chain_actor(prov, ctx, lex)
            actor_text = chain_actor or None
        if actor_text is None:
            if list_actor is False:
                list_actor = _list_intro_actor(prov, ctx, lex)
            actor_text = list_actor or None
        if actor_text is None:
            if article_actor is False:
                article_actor = _article_actor(prov, ctx, lex)
            actor_text = article_actor or None

        if hit.freq_period:
            activity, ev_start, ev_end = hit.freq_act, hit.start, hit.end
        else:
            # the activity lies between the actor/period and the numeral, or after the measure word
            pre_start = left
            if actor and c_start <= actor.start and actor.end <= hit.start:
                pre_start = max(pre_start, actor.end)
            before = _activity_before(s[pre_start: hit.start], lex)
            after, after_end = _activity_after(s, unit_end, right, hit.unit, lex)
            share_of = lex.share_of_re.match(s, unit_end, right) if hit.unit in _SHARE_UNITS else None
            if share_of:
                # "不低于公用经费5%的比例安排教师培训经费": the share is of the money allocated
                before, (after, after_end) = "", _activity_after(s, share_of.end(), right, hit.unit, lex)
            activity = (before + after) or None
            if activity is None and prev is not None and prev.clause >= ci - 1:
                activity = prev_activity  # "…等1500人，五年共15000人": the total of the same thing
            ev_end = max(unit_end, after_end)
            ev_start = left
            m = lex.evidence_head_re.match(s, ev_start, hit.start)
            if m and not _starts_with_any(s[ev_start:], lex.keep_words):  # 在校学生 keeps its 在
                ev_start = m.end()
        while ev_start < hit.start and s[ev_start] in " \u3000、":
            ev_start += 1
        while ev_end > ev_start and s[ev_end - 1] in " \u3000、，,":
            ev_end -= 1
        prev_activity = activity

        factor = lex.per_year.get(f.period)
        per_year = None
        if factor is not None and hit.value is not None and not hit.share and hit.unit not in _SHARE_UNITS:
            # a range counts at its lower bound, the minimum actually required
            per_year = hit.value * factor
        yield Quota(
            rule=_RULE,
            actor=actor_text,
            actor_role=_role_of(actor_text, lex) if actor_text else None,
            activity=activity,
            activity_key=_activity_key(activity, hit.unit, lex),
            period=f.period,
            comparator=f.comparator,
            value=hit.value,
            value_max=hit.value_max,
            unit=hit.unit,
            per_year=per_year,
            evidence=text[prov.start + ev_start: prov.start + ev_end],
            start=prov.start + ev_start,
            end=prov.start + ev_end,
        )


def get_quotas(doc: AnyDoc) -> Iterator[Quota]:
    """Quotas of every provision of a processed ``doc``.

    Example: for "校长每学期至少听课30节。" → one Quota (校长, 听课, semester, >=, 30, 节).
    """
    return per_provision(doc, "quotas", extract_quotas)
